"""The translation catalogues: Dutch complete and up to date with the code, both languages served.

Strings in the code are English; Dutch is the site's first language, so every string needs
a Dutch translation. English falls back to the msgid.
"""

import os
import shutil
import subprocess
import sys

import pytest
from babel.messages.pofile import read_po
from django.core.management import call_command

from tools.localdb import BASE_DIR

LOCALE = BASE_DIR / "locale"
CATALOGUES = {lang: LOCALE / lang / "LC_MESSAGES" / "django.po" for lang in ("nl", "en")}
REFRESH = "run `make messages`, translate the new entries in locale/nl/LC_MESSAGES/django.po"
# The same folders `make messages` leaves out; plus version control and caches.
SKIPPED_DIRS = {".venv", "var", "node_modules", ".git", "locale", "__pycache__"}
SOURCE_SUFFIXES = {".py", ".html", ".txt"}  # what makemessages reads for the django domain


def read_catalogue(lang):
    path = CATALOGUES[lang]
    if not path.is_file():
        pytest.fail(f"{path.relative_to(BASE_DIR)} is missing: {REFRESH}", pytrace=False)
    with path.open("rb") as handle:
        return read_po(handle, locale=lang)


def message_key(message):
    msgid = message.id[0] if isinstance(message.id, tuple | list) else message.id
    return (message.context, msgid)


def describe(key):
    context, msgid = key
    return f"{msgid!r} (context {context!r})" if context else repr(msgid)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_catalogue_exists_with_language_and_plural_forms(lang):
    catalogue = read_catalogue(lang)

    assert str(catalogue.locale) == lang
    headers = dict(catalogue.mime_headers)
    assert headers.get("Language") == lang
    assert headers.get("Plural-Forms") == "nplurals=2; plural=(n != 1);"
    assert not catalogue.fuzzy, f"{CATALOGUES[lang]}: remove '#, fuzzy' from the header"


def test_every_dutch_entry_is_translated_and_none_is_fuzzy():
    catalogue = read_catalogue("nl")
    entries = [message for message in catalogue if message.id]
    assert entries, "the Dutch catalogue is empty"

    untranslated = [
        describe(message_key(m))
        for m in entries
        if not (all(m.string) if isinstance(m.string, tuple | list) else m.string)
    ]
    fuzzy = [describe(message_key(m)) for m in entries if m.fuzzy]

    assert not untranslated, "Untranslated in locale/nl/LC_MESSAGES/django.po: " + ", ".join(
        untranslated
    )
    assert not fuzzy, (
        "Fuzzy (a guess by msgmerge: check the translation, then remove the '#, fuzzy' line) "
        "in locale/nl/LC_MESSAGES/django.po: " + ", ".join(fuzzy)
    )


def copy_sources(target):
    """The files makemessages reads, in the same layout, plus an empty locale folder."""
    for folder, dirs, files in os.walk(BASE_DIR):
        dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS and not d.startswith(".")]
        relative = os.path.relpath(folder, BASE_DIR)
        for name in files:
            if os.path.splitext(name)[1] in SOURCE_SUFFIXES:
                destination = target / relative / name
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(os.path.join(folder, name), destination)
    (target / "locale").mkdir()


def test_catalogue_has_every_string_in_the_code(tmp_path):
    missing_tools = [tool for tool in ("xgettext", "msguniq") if not shutil.which(tool)]
    if missing_tools:
        pytest.fail(
            "GNU gettext is needed to compare the catalogue with the code: "
            "apt-get install gettext (macOS: brew install gettext)",
            pytrace=False,
        )
    copy = tmp_path / "source"
    copy_sources(copy)
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    # Settings only need to load; a fixed key keeps the copy from writing one.
    env.update(
        DJANGO_SETTINGS_MODULE="cpcportal.settings.base",
        DJANGO_SECRET_KEY="makemessages-in-a-copy-of-the-sources-" * 2,
    )

    # makemessages writes into the locale folder under its cwd: here, the copy's.
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale", "nl", "--no-obsolete"],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    with (copy / "locale" / "nl" / "LC_MESSAGES" / "django.po").open("rb") as handle:
        in_code = {message_key(m) for m in read_po(handle, locale="nl") if m.id}
    in_catalogue = {message_key(m) for m in read_catalogue("nl") if m.id}

    missing = sorted(in_code - in_catalogue, key=lambda key: (key[1], key[0] or ""))
    assert in_code, "makemessages found no strings at all in the copy of the code"
    assert not missing, (
        f"{len(missing)} string(s) in the code are not in the catalogue: {REFRESH}. Missing: "
        + ", ".join(describe(key) for key in missing)
    )


@pytest.fixture
def compiled_catalogues(settings):
    """The .mo files built from the .po files as they are now, as `make test` does first."""
    call_command("compile_translations", verbosity=0)
    # Changing LOCALE_PATHS makes Django drop the catalogues it already loaded.
    settings.LOCALE_PATHS = [*settings.LOCALE_PATHS]


@pytest.mark.django_db
@pytest.mark.usefixtures("compiled_catalogues")
def test_pages_are_served_in_dutch_and_in_english(client):
    dutch = client.get("/nl/")
    english = client.get("/en/")

    assert dutch.status_code == english.status_code == 200
    assert "Direct naar de inhoud" in dutch.text  # the skip link
    assert "Kinderrechtenportaal" in dutch.text
    assert "Skip to main content" not in dutch.text
    assert "Skip to main content" in english.text
    assert "Direct naar de inhoud" not in english.text
