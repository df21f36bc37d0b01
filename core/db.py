"""Statements prepared on the server, for the few that run on every listing page (the
cards, the search).

Django binds parameters on the client and psycopg then never prepares a statement, so
PostgreSQL parses, analyses and plans each one again. For the listing's cards (a join, a
sub-select and twenty ids) that was 1.2 ms of the 2 ms the statement took at 20,000
projects; prepared once per connection, it is about 0.6 ms less (docs/performance.md).

A prepared statement lives in one server session, so this needs the connection's
`prepare_threshold` (cpcportal.settings, DJANGO_DB_PREPARED). Behind a pooler that hands
one session's statements to another (PgBouncer in transaction mode), set it off: psycopg
then runs the same statement unprepared. Every other query stays bound on the client.
"""

from django.db import connection
from django.db.backends.postgresql.base import ServerBindingCursor


class _PreparingCursor(ServerBindingCursor):
    def execute(self, query, params=None, *, prepare=None, binary=None):
        return super().execute(query, params, prepare=True, binary=binary)


def prepared_cursor():
    """A cursor of the default connection whose statements are bound on the server and
    prepared (each text once per connection), logged and counted as any other query."""
    connection.ensure_connection()
    connection.validate_thread_sharing()
    with connection.wrap_database_errors:
        cursor = _PreparingCursor(connection.connection)
    if connection.queries_logged:
        return connection.make_debug_cursor(cursor)
    return connection.make_cursor(cursor)
