"""The portal served by gunicorn on 127.0.0.1 with the demo content, and Debian's Chromium.

The server runs in its own processes on its own throw-away database (the test database's
name with `_browser` appended), so what the browser sees is what a visitor of `make run`
would see: the real middleware, security headers, whitenoise and templates. E-mail goes to
files that the tests read as a person reads their inbox.
"""

import contextlib
import email
import email.policy
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from django.conf import settings

from tools.devctl import stop_process

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
ROOT = Path(settings.BASE_DIR)
SCREENSHOTS = ROOT / "var" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# Set on the throw-away database only, so the journeys can log in as the demo editor.
EDITOR_USERNAME = "cpc-redactie"
NETWORK_EDITOR_USERNAME = "netwerkredactie"
# A member of staff of no organisation, made for the security-key journey.
KEY_USER_USERNAME = "sleutelhouder"
EDITOR_PASSWORD = "browser-journey-password"
MAIL_SEPARATOR = b"\n" + b"-" * 79 + b"\n"


@dataclass
class Portal:
    url: str
    mail_dir: Path
    connection: dict = field(repr=False)
    env: dict = field(repr=False)  # what its gunicorn runs with, for a second server

    def sql(self, query: str, params=()) -> list[tuple]:
        """Reads the portal's database, for what a test needs to know (ids, saved rows)."""
        with psycopg.connect(**self.connection) as conn:
            return conn.execute(query, params).fetchall()

    def project_id(self, slug: str) -> int:
        return self.sql("SELECT id FROM projects_project WHERE slug = %s", (slug,))[0][0]

    def mails_to(self, address: str) -> list[email.message.EmailMessage]:
        """The e-mails the portal sent to an address, oldest first."""
        found = []
        for path in sorted(self.mail_dir.glob("*.log"), key=lambda p: p.stat().st_mtime):
            for raw in path.read_bytes().split(MAIL_SEPARATOR):
                if not raw.strip():
                    continue
                message = email.message_from_bytes(raw.lstrip(), policy=email.policy.default)
                if address in str(message["To"]):
                    found.append(message)
        return found


def link_in(message: email.message.EmailMessage, path_part: str) -> str:
    """The first link in an e-mail's text whose address contains `path_part`."""
    body = message.get_body(preferencelist=("plain",)).get_content()
    return next(link for link in re.findall(r"https?://\S+", body) if path_part in link)


def watch_console(page):
    """Keeps the page's console errors and uncaught exceptions in `page.console_errors`
    (a content security policy violation is one)."""
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    return page


def _connection_kwargs(database: str) -> dict:
    db = settings.DATABASES["default"]
    kwargs = {"dbname": database, "user": db["USER"], "autocommit": True}
    for key, name in (("HOST", "host"), ("PORT", "port"), ("PASSWORD", "password")):
        if db.get(key):
            kwargs[name] = db[key]
    return kwargs


def _database_url(database: str) -> str:
    db = settings.DATABASES["default"]
    auth = quote(db["USER"], safe="")
    if db.get("PASSWORD"):
        auth += ":" + quote(db["PASSWORD"], safe="")
    # A socket folder goes into the host part percent-encoded, as dj-database-url reads it.
    host = quote(db.get("HOST") or "", safe="")
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"postgres://{auth}@{host}{port}/{database}"


def _run(args: list[str], env: dict, log: Path) -> None:
    with log.open("ab") as out:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if result.returncode:
        pytest.fail(f"manage.py {' '.join(args)} failed; see {log}:\n{log.read_text()[-3000:]}")


def _wait_until_up(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"gunicorn exited; see {log}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:  # not listening yet, or a worker still loading on a busy machine
            time.sleep(0.2)
    pytest.fail(f"the portal did not answer /healthz within a minute; see {log}")


@contextlib.contextmanager
def serve(env: dict, log: Path):
    """gunicorn with `env` (its HOST, PORT and WEB_CONCURRENCY) until the block ends;
    yields its URL once it answers /healthz."""
    url = f"http://{env['HOST']}:{env['PORT']}"
    with log.open("ab") as out:
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "cpcportal.wsgi:application"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_up(url, server, log)
        yield url
    finally:
        stop_process(server)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="package")
def portal(collected_static, tmp_path_factory) -> Portal:
    test_database = settings.DATABASES["default"]["TEST"]["NAME"]
    database = f"{test_database}_browser"
    admin = _connection_kwargs("postgres")
    with psycopg.connect(**admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{database}"')

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    work = tmp_path_factory.mktemp("portal")
    mail_dir = work / "mail"
    mail_dir.mkdir()
    log = ROOT / "var" / f"browser-portal-{test_database}.log"
    log.write_text("")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cpcportal.settings.local",
        "DATABASE_URL": _database_url(database),
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",  # localhost: security keys
        "DJANGO_STATIC_ROOT": str(settings.STATIC_ROOT),
        "DJANGO_MEDIA_ROOT": str(work / "media"),
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "DJANGO_EMAIL_FILE_PATH": str(mail_dir),
        "NEWSLETTER_BASE_URL": url,
        # One cache that every worker shares, as in production.
        "DJANGO_CACHE": "database",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": "2",
    }
    _run(["migrate", "--noinput"], env, log)
    _run(["createcachetable"], env, log)
    _run(["load_demo"], env, log)
    _run(
        [
            "shell",
            "-c",
            "from django.contrib.auth import get_user_model\n"
            f"for name in ({EDITOR_USERNAME!r}, {NETWORK_EDITOR_USERNAME!r}):\n"
            "    u = get_user_model().objects.get(username=name)\n"
            f"    u.set_password({EDITOR_PASSWORD!r}); u.save()\n"
            f"get_user_model().objects.create_user({KEY_USER_USERNAME!r}, "
            f"password={EDITOR_PASSWORD!r}, is_staff=True)",
        ],
        env,
        log,
    )
    try:
        with serve(env, log) as url:
            yield Portal(
                url=url, mail_dir=mail_dir, connection=_connection_kwargs(database), env=env
            )
    finally:
        with psycopg.connect(**admin) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@pytest.fixture(scope="package")
def browser():
    # Imported here: the sync API runs an event loop, which must not exist while the
    # rest of the suite uses the ORM.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="package")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def new_page(browser, portal):
    """Opens a fresh browser window (own cookies) on the portal; console errors are kept."""
    contexts = []

    def open_page(viewport=DESKTOP, locale="nl-NL", **options):
        context = browser.new_context(
            base_url=portal.url, viewport=viewport, locale=locale, **options
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return watch_console(context.new_page())

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()
