"""The sign-up limit per IP address holds across gunicorn's workers when requests arrive
together (issue #11): counted once, in PostgreSQL, whatever the cache.

A second gunicorn with three workers serves the browser tests' database with the default
per-process cache (local memory), where counting in the cache let three times the limit
through. Its counters are deleted before and after, so the other browser tests, which sign
up from the same address, are not refused.
"""

import re
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from http.cookiejar import CookieJar
from urllib.parse import urlencode

import psycopg
import pytest

from newsletter import subscriptions
from tests.browser.conftest import free_port, serve

SIMULTANEOUS = 40
HUMAN_SECONDS = 3.2  # the form takes faster posts for a robot's


def _delete_counters(portal) -> None:
    with psycopg.connect(**portal.connection) as conn:
        conn.execute("DELETE FROM core_ratelimitcounter")


@pytest.fixture
def three_workers(portal, tmp_path):
    env = {**portal.env, "PORT": str(free_port()), "WEB_CONCURRENCY": "3"}
    del env["DJANGO_CACHE"]  # the default: local memory, one per worker
    _delete_counters(portal)
    try:
        with serve(env, tmp_path / "gunicorn.log") as url:
            yield url
    finally:
        _delete_counters(portal)


class _KeepRedirects(urllib.request.HTTPRedirectHandler):
    """A sign-up answers 302 (to "check your inbox"): that answer is what is counted."""

    def redirect_request(self, *args, **kwargs):
        return None


def _hidden(name: str, html: str) -> str | None:
    found = re.search(rf'name="{name}" value="([^"]*)"', html)
    return found.group(1) if found else None


def test_simultaneous_sign_ups_from_one_address_stop_at_the_limit(portal, three_workers):
    url = three_workers
    limit, window = subscriptions.DEFAULT_RATE_LIMIT_IP
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(CookieJar()), _KeepRedirects
    )
    # The form as a browser gets it: its timer, and a CSRF token and cookie if it has one.
    with opener.open(f"{url}/nl/newsletter/", timeout=10) as response:
        html = response.read().decode()
    fields = {"started": _hidden("started", html), "consent": "on", "website": ""}
    if token := _hidden("csrfmiddlewaretoken", html):
        fields["csrfmiddlewaretoken"] = token
    if newsletter := _hidden("newsletter", html):
        fields["newsletter"] = newsletter
    time.sleep(HUMAN_SECONDS)

    stamp = time.time_ns()
    start = threading.Barrier(SIMULTANEOUS)
    answers: list[tuple[int, str | None]] = []

    def sign_up(number: int) -> None:
        body = urlencode({**fields, "email": f"flood-{stamp}-{number}@example.org"}).encode()
        request = urllib.request.Request(  # noqa: S310 (our own server's http URL)
            f"{url}/nl/newsletter/", data=body, headers={"Origin": url}, method="POST"
        )
        start.wait()
        try:
            with opener.open(request, timeout=60) as response:
                answers.append((response.status, None))
        except urllib.error.HTTPError as error:
            answers.append((error.code, error.headers.get("Retry-After")))

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(SIMULTANEOUS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert Counter(code for code, _retry in answers) == {
        302: limit,
        429: SIMULTANEOUS - limit,
    }
    # Retry-After: the seconds left in the window that started with the first sign-up.
    retry_after = [int(retry) for code, retry in answers if code == 429]
    assert all(window - 120 < seconds <= window for seconds in retry_after)
    # The ones let through were real sign-ups, not posts taken for a robot's.
    pending = portal.sql(
        "SELECT count(*) FROM newsletter_subscriber WHERE email LIKE %s", (f"flood-{stamp}-%",)
    )
    assert pending == [(limit,)]
