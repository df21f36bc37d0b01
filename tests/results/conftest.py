"""The admin tests' clients and organisations (tests/admin/conftest.py), for the results'
admin tests."""

from tests.admin.conftest import (  # noqa: F401
    editor_client_for,
    network_editor_client,
    two_organisations,
)
