import time

import pytest
from django.core.cache import cache

from newsletter.forms import sign_started
from newsletter.models import Newsletter


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters and the cached newsletter list must not leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def network_newsletter(db):
    return Newsletter.objects.get(slug="network")


def form_data(email="ada@example.org", **extra):
    data = {
        "email": email,
        "name": "",
        "consent": "on",
        "website": "",
        "started": sign_started(time.time() - 10),
        "source": "/nl/projects/",
    }
    data.update(extra)
    return data


@pytest.fixture
def sign_up(client, django_capture_on_commit_callbacks):
    """Posts the sign-up form as a person would, running the after-commit sending."""

    def post(
        email="ada@example.org",
        language="nl",
        client=client,
        ip="203.0.113.77",
        meta=None,  # request headers as in request.META: {"HTTP_ORIGIN": …}
        **extra,
    ):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                f"/{language}/newsletter/",
                form_data(email, **extra),
                REMOTE_ADDR=ip,
                **(meta or {}),
            )

    return post
