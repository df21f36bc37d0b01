"""The newsletter archive's issues (editions.yaml): written and sent before the demo
began, so they appear in the archive without anyone on the list having received them."""

import datetime

from django.utils import timezone

from editions.models import Edition, State
from newsletter.models import Newsletter

from .loader import Loader
from .projects import paragraphs
from .schema import Choice, Date, Items, ListOf, Ref, String


class Language:
    values = ["nl", "en"]


EDITION = {
    "slug": String(required=True, slug=True),
    "language": Choice(Language, required=True),
    "sent": Date(required=True),
    "subject": String(required=True),
    "introduction": String(required=True),
    "text": String(),
    "projects": ListOf(Ref("project")),
}
SECTIONS = {"editions": Items("newsletter issue", EDITION)}


def load_editions(loader: Loader, items: list[dict], projects: dict) -> None:
    newsletter = Newsletter.objects.get(slug="network")
    for item in items:
        sent_on, _precision = item["sent"]
        sent_at = timezone.make_aware(datetime.datetime.combine(sent_on, datetime.time(9)))
        edition = loader.upsert(
            Edition,
            {"slug": item["slug"]},
            {
                "newsletter": newsletter,
                "language": item["language"],
                "subject": item["subject"],
                "introduction": item["introduction"],
                "body": paragraphs(item.get("text", "")),
                "state": State.SENT,
                "sending_started_at": sent_at,
                "sent_at": sent_at,
            },
            where=item["where"],
        )
        loader.set_m2m(edition.projects, [projects[slug] for slug in item.get("projects", [])])
