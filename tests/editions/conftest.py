import pytest
from django.utils import timezone

from editions.models import Edition
from newsletter.models import Newsletter, Status, Subscriber


@pytest.fixture
def network_newsletter(db):
    return Newsletter.objects.get(slug="network")


@pytest.fixture
def subscribers(network_newsletter):
    """subscribers(count, language="nl", status=confirmed) -> the subscribers made."""

    def make(count, *, language="nl", status=Status.CONFIRMED, newsletter=None, start=0):
        return Subscriber.objects.bulk_create(
            Subscriber(
                newsletter=newsletter or network_newsletter,
                email=f"reader{start + number}.{language}@example.org",
                language=language,
                status=status,
                confirmed_at=timezone.now() if status == Status.CONFIRMED else None,
            )
            for number in range(count)
        )

    return make


@pytest.fixture
def draft(network_newsletter):
    def make(**fields):
        values = {
            "newsletter": network_newsletter,
            "language": "nl",
            "subject": "Nieuws uit het netwerk",
            "slug": "nieuws-uit-het-netwerk",
            "introduction": "Wat de leden deze maand deden.",
            "body": '<p>Lees over <a href="https://example.org/kampen">de zomerkampen</a>.</p>',
            **fields,
        }
        return Edition.objects.create(**values)

    return make
