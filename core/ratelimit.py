"""Rate limits counted in PostgreSQL, shared by every worker whatever cache is configured.

The cache is no place for them: local memory counts per process (three workers let three
times the limit through), and the database cache's incr is a read and then a write, so
requests arriving together are counted once. Here one statement counts a hit: an upsert
that starts a new window when the key's window has ended, else adds one, and returns the
count. PostgreSQL locks the row for the update, so simultaneous hits wait for each other
and every one of them is counted.

Call hit() outside a transaction (in autocommit, as a view runs): inside one, the row stays
locked until that transaction ends, and a rollback would undo the count.
"""

import datetime
import ipaddress
import math
import secrets

from django.db import connection
from django.utils import timezone
from django.utils.crypto import salted_hmac

from core.models import RateLimitCounter

KEY_SALT = "cpcportal.rate-limit"
# About one hit in this many also deletes the counters whose window has ended, so the
# table stays small without a scheduled job (purge_unconfirmed deletes them daily too).
CLEANUP_EVERY = 200


class RateLimited(Exception):
    """Too many hits on one key; retry_after is the seconds until its window ends."""

    def __init__(self, retry_after: int):
        super().__init__(retry_after)
        self.retry_after = retry_after


def counter_key(scope: str, value: str) -> str:
    # A keyed hash: the table never holds an e-mail or IP address in clear.
    digest = salted_hmac(KEY_SALT, f"{scope}:{value}", algorithm="sha256").hexdigest()
    return f"{scope}:{digest}"


def ip_value(ip: str) -> str:
    """What a limit per client address counts: the address, or for IPv6 its /64, since
    one IPv6 user holds a whole /64 and counting single addresses would be no limit."""
    address = ipaddress.ip_address(ip)
    if address.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return ip


def _now() -> datetime.datetime:
    return timezone.now()


def _count(key: str, window: int, now: datetime.datetime) -> tuple[int, datetime.datetime]:
    table = connection.ops.quote_name(RateLimitCounter._meta.db_table)
    # In SET, every column reference reads the row as it was before this update.
    sql = f"""
        INSERT INTO {table} (key, window_end, count) VALUES (%s, %s, 1)
        ON CONFLICT (key) DO UPDATE SET
            count = CASE WHEN {table}.window_end > %s THEN {table}.count + 1 ELSE 1 END,
            window_end = CASE WHEN {table}.window_end > %s
                THEN {table}.window_end ELSE EXCLUDED.window_end END
        RETURNING count, window_end
    """  # noqa: S608 (the table name is ours; every value is a parameter)
    with connection.cursor() as cursor:
        cursor.execute(sql, [key, now + datetime.timedelta(seconds=window), now, now])
        return cursor.fetchone()


def hit(scope: str, value: str, *, limit: int, window: int) -> int:
    """Counts one hit on `value` within `scope` and returns the count in the current
    window (of `window` seconds, from the first hit); raises RateLimited above `limit`."""
    now = _now()
    count, window_end = _count(counter_key(scope, value), window, now)
    if secrets.randbelow(CLEANUP_EVERY) == 0:
        delete_expired(now)
    if count > limit:
        raise RateLimited(max(1, math.ceil((window_end - now).total_seconds())))
    return count


def delete_expired(now: datetime.datetime | None = None) -> int:
    """Deletes the counters whose window has ended; returns how many."""
    deleted, _by_model = RateLimitCounter.objects.filter(window_end__lte=now or _now()).delete()
    return deleted
