"""Rate-limit counters in PostgreSQL: every hit counted once, whichever process or
connection makes it, and nothing kept in clear or longer than its window."""

import datetime
import threading
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone

from core import ratelimit
from core.models import RateLimitCounter


def hit_at(moment, value="203.0.113.9", limit=2, window=3600):
    with mock.patch("core.ratelimit._now", return_value=moment):
        return ratelimit.hit("test", value, limit=limit, window=window)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_hits_on_separate_connections_are_each_counted_once():
    """What a read-then-write counter (the database cache's incr) loses, and what a
    per-process one (local memory) never sees: hits from other connections."""
    hits, limit = 16, 10
    start = threading.Barrier(hits)
    allowed, refused = [], []

    def one_hit():
        try:
            start.wait()
            allowed.append(ratelimit.hit("test", "203.0.113.9", limit=limit, window=3600))
        except ratelimit.RateLimited as limited:
            refused.append(limited.retry_after)
        finally:
            connections.close_all()  # this thread's own connection

    threads = [threading.Thread(target=one_hit) for _ in range(hits)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(allowed) == list(range(1, limit + 1))
    assert len(refused) == hits - limit
    # The connection of this test sees the same count as the sixteen others made.
    assert RateLimitCounter.objects.get().count == hits
    assert ratelimit.hit("test", "203.0.113.9", limit=100, window=3600) == hits + 1


@pytest.mark.django_db
def test_the_window_starts_at_the_first_hit_and_retry_after_is_what_is_left_of_it():
    start = timezone.now()

    assert hit_at(start) == 1
    assert hit_at(start + datetime.timedelta(seconds=10)) == 2
    with pytest.raises(ratelimit.RateLimited) as limited:
        hit_at(start + datetime.timedelta(seconds=1000))
    assert limited.value.retry_after == 2600
    # Once the window has ended, counting starts again.
    assert hit_at(start + datetime.timedelta(seconds=3600)) == 1
    assert hit_at(start + datetime.timedelta(seconds=3601), value="198.51.100.1") == 1


@pytest.mark.django_db
def test_counters_hold_no_address_in_clear():
    ratelimit.hit("newsletter-email", "ada.lovelace@example.org", limit=5, window=3600)
    ratelimit.hit("newsletter-ip", "203.0.113.9", limit=5, window=3600)

    with connection.cursor() as cursor:
        cursor.execute("SELECT key FROM core_ratelimitcounter")
        stored = " ".join(row[0] for row in cursor.fetchall())
    assert "lovelace" not in stored and "example" not in stored
    assert "203.0.113" not in stored


@pytest.mark.django_db
def test_purge_unconfirmed_deletes_the_counters_whose_window_has_ended():
    long_ago = timezone.now() - datetime.timedelta(hours=2)
    hit_at(long_ago, value="198.51.100.1")
    hit_at(timezone.now(), value="198.51.100.2")

    call_command("purge_unconfirmed", stdout=mock.Mock())

    assert RateLimitCounter.objects.count() == 1
    assert RateLimitCounter.objects.get().window_end > timezone.now()


@pytest.mark.parametrize(
    ("ip", "counted"),
    [
        ("203.0.113.7", "203.0.113.7"),
        # One IPv6 user holds a whole /64: every address in it counts as one.
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:ffff::9", "2001:db8:1:2::/64"),
    ],
)
def test_a_client_is_counted_by_its_address_or_its_ipv6_64(ip, counted):
    assert ratelimit.ip_value(ip) == counted
