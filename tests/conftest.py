import io
import logging

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session", autouse=True)
def collected_static(django_db_blocker):
    """Pages link hashed static file names, so the manifest must exist, as in production."""
    with django_db_blocker.unblock():
        call_command("collectstatic", interactive=False, verbosity=0)


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploads made by a test land in a folder thrown away after it."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PUBLICATION_FILES_ROOT = tmp_path / "publication-files"


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: no page, count or rate limit of another test."""
    from django.core.cache import caches

    for each in caches.all(initialized_only=False):
        each.clear()
    yield
    for each in caches.all(initialized_only=False):
        each.clear()


@pytest.fixture
def log_output():
    """What the configured "stdout" handler writes (the operator's log), captured instead
    of printed."""
    handler = next(h for h in logging.getLogger("django.request").handlers if h.name == "stdout")
    buffer = io.StringIO()
    original = handler.setStream(buffer)
    yield buffer
    handler.setStream(original)
