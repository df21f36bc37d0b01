"""The platform a visitor and an operator rely on: health, languages, security headers."""

import os
import subprocess
import sys
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import override_settings

from tools.localdb import BASE_DIR

pytestmark = pytest.mark.django_db


def test_health_check_reports_a_reachable_database(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert not response.cookies


def test_health_check_reports_an_unreachable_database(client):
    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.ensure_connection",
        side_effect=OperationalError("connection refused"),
    ):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"
    assert not response.cookies


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("nl-NL,nl;q=0.9,en;q=0.8", "/nl/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("fr-FR,fr;q=0.9", "/nl/"),  # unsure: Dutch
        ("", "/nl/"),
    ],
)
def test_root_redirects_to_the_visitors_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


def test_home_page_in_both_languages(client):
    dutch = client.get("/nl/")
    english = client.get("/en/")

    assert dutch.status_code == english.status_code == 200
    assert '<html lang="nl">' in dutch.text
    assert '<html lang="en">' in english.text
    assert dutch.text != english.text


def test_language_switcher_links_to_the_same_page_in_the_other_language(client):
    response = client.get("/nl/")

    assert 'href="/en/" hreflang="en" lang="en"' in response.text
    assert 'href="#main"' in response.text  # the skip link


def test_language_switcher_keeps_the_filters_and_sends_an_unknown_page_home(client):
    for _visit in range(2):  # the second answer comes from what the first one kept
        listing = client.get("/nl/projects/?country=KG&q=school")
        missing = client.get("/nl/no-such-page/")

        assert 'href="/en/projects/?country=KG&amp;q=school" hreflang="en"' in listing.text
        assert missing.status_code == 404
        assert 'href="/en/" hreflang="en" lang="en"' in missing.text
    english = client.get("/en/projects/?country=KG")
    assert 'href="/nl/projects/?country=KG" hreflang="nl"' in english.text


@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_SSL_REDIRECT=False)
def test_security_headers_on_a_page(client):
    response = client.get("/nl/", secure=True)

    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_pages_use_hashed_static_files_from_our_own_server(client):
    response = client.get("/nl/")

    assert "/static/vendor/bootstrap/bootstrap.min." in response.text
    assert "cdn" not in response.text.lower()
    assert ".css" in response.text and "bootstrap.min.css" not in response.text  # hashed


def test_admin_login_page_is_reachable(client):
    response = client.get("/admin/login/", follow=True)

    assert response.status_code == 200
    assert 'name="auth-password"' in response.text


def _django(settings_module, code, **env):
    """Run `code` in a fresh interpreter with the given settings and environment."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    clean.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=clean, capture_output=True, text=True
    )


PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "x7" * 30 + "-a-long-random-production-secret",
    "DJANGO_ALLOWED_HOSTS": "portal.example.org",
    "DATABASE_URL": "postgres://portal@db.example.org:5432/cpcportal",
}


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "DATABASE_URL"])
def test_production_refuses_to_start_without_a_secret_key_or_a_database(missing):
    env = {name: value for name, value in PRODUCTION_ENV.items() if name != missing}

    result = _django("cpcportal.settings.production", "import django; django.setup()", **env)

    assert result.returncode != 0
    assert f"{missing} must be set in production" in result.stderr


def test_production_runs_no_code_of_the_launcher_or_the_benchmark():
    """tools/ (the launcher, the benchmark) is not in the wheel a server installs."""
    result = _django(
        "cpcportal.settings.production",
        "import sys, django; django.setup(); import cpcportal.wsgi, cpcportal.urls;"
        "print(sorted(m for m in sys.modules"
        " if m.split('.')[0] == 'tools' or m.startswith('cpcportal.bench')))",
        **PRODUCTION_ENV,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_deploy_check_is_clean_with_production_settings():
    result = _django(
        "cpcportal.settings.production",
        "from django.core.management import execute_from_command_line as run;"
        "run(['manage.py', 'check', '--deploy', '--fail-level', 'DEBUG'])",
        **PRODUCTION_ENV,
    )

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.django_db
def test_database_sessions_run_without_jit_compilation():
    """JIT made the listing's facet counts three times slower at benchmark size."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone() == ("off",)
