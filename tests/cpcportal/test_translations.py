"""The translation catalogues: Dutch complete and up to date with the code, both languages served.

Strings in the code are English; Dutch is the site's first language, so every string needs
a Dutch translation. English falls back to the msgid.
"""

import io
import os

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.pofile import read_po
from django.core.management import call_command
from django.utils.translation.template import templatize

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
    assert any(message.id for message in catalogue), "the Dutch catalogue is empty"

    untranslated, fuzzy = untranslated_and_fuzzy(catalogue)

    assert not untranslated, "Untranslated in locale/nl/LC_MESSAGES/django.po: " + ", ".join(
        untranslated
    )
    assert not fuzzy, (
        "Fuzzy (a guess by msgmerge: check the translation, then remove the '#, fuzzy' line) "
        "in locale/nl/LC_MESSAGES/django.po: " + ", ".join(fuzzy)
    )


# The marking functions makemessages gives xgettext (Django's, and xgettext's own for
# Python), in Babel's notation: which arguments are the msgid, the plural and the context.
KEYWORDS = {
    "_": None,
    "gettext": None,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ugettext": None,
    "dgettext": (2,),
    "ngettext": (1, 2),
    "ngettext_lazy": (1, 2),
    "ungettext": (1, 2),
    "dngettext": (2, 3),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "npgettext_lazy": ((1, "c"), 2, 3),
}


def source_files(root):
    """The files `make messages` reads (makemessages' django domain), below `root`."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("."))
        for name in sorted(files):
            if os.path.splitext(name)[1] in SOURCE_SUFFIXES and not name.startswith("."):
                yield os.path.join(folder, name)


def strings_in_code(root):
    """Every (context, msgid) marked for translation below `root`, found as makemessages
    finds them, without GNU gettext: Python files as they are, templates turned into
    Python-like source by Django's templatize() (what makemessages hands xgettext), both
    read by Babel's Python extractor."""
    found = set()
    for path in source_files(root):
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        if not path.endswith(".py"):
            # xgettext reads templatize()'s lines as they come; Python's tokenizer, which
            # Babel uses, wants consistent indentation, which template text has no need of.
            lines = templatize(text, origin=path).splitlines()
            text = "\n".join(line.lstrip() for line in lines)
        for _line, message, _comments, context in extract(
            "python", io.BytesIO(text.encode("utf-8")), keywords=KEYWORDS
        ):
            msgid = message[0] if isinstance(message, tuple | list) else message
            if msgid:
                found.add((context, msgid))
    return found


def missing_from(catalogue, in_code):
    keys = {message_key(m) for m in catalogue if m.id}
    return sorted(in_code - keys, key=lambda key: (key[1], key[0] or ""))


def untranslated_and_fuzzy(catalogue):
    entries = [message for message in catalogue if message.id]
    untranslated = [
        describe(message_key(m))
        for m in entries
        if not (all(m.string) if isinstance(m.string, tuple | list) else m.string)
    ]
    return untranslated, [describe(message_key(m)) for m in entries if m.fuzzy]


def test_catalogue_has_every_string_in_the_code():
    in_code = strings_in_code(BASE_DIR)
    missing = missing_from(read_catalogue("nl"), in_code)

    assert len(in_code) > 100, "found hardly any strings marked for translation in the code"
    assert not missing, (
        f"{len(missing)} string(s) in the code are not in the catalogue: {REFRESH}. Missing: "
        + ", ".join(describe(key) for key in missing)
    )


def test_a_string_missing_from_the_catalogue_is_found_in_code_and_templates(tmp_path):
    """The comparison above can fail: strings of every marking form are found."""
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "views.py").write_text(
        "from django.utils.translation import gettext_lazy as _, npgettext, pgettext_lazy\n"
        "TITLE = _('A title no catalogue has')\n"
        "MONTH = pgettext_lazy('month', 'May')\n"
        "def count(n):\n"
        "    return npgettext('things', '%(n)s thing', '%(n)s things', n) % {'n': n}\n"
    )
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "page.html").write_text(
        "{% load i18n %}<h1>{% translate 'A heading no catalogue has' %}</h1>\n"
        "{% blocktranslate count counter=n %}{{ counter }} visit{% plural %}"
        "{{ counter }} visits{% endblocktranslate %}\n"
    )
    (tmp_path / "templates" / "mail.txt").write_text(
        "{% load i18n %}{% translate 'Greeting' context 'mail' %}\n"
    )
    (tmp_path / "node_modules").mkdir()  # left out, as make messages leaves it out
    (tmp_path / "node_modules" / "x.py").write_text("_('Not ours')\n")
    catalogue = Catalog(locale="nl")
    catalogue.add("A title no catalogue has", "Een titel")

    in_code = strings_in_code(tmp_path)

    assert in_code == {
        (None, "A title no catalogue has"),
        ("month", "May"),
        ("things", "%(n)s thing"),
        (None, "A heading no catalogue has"),
        (None, "%(counter)s visit"),
        ("mail", "Greeting"),
    }
    assert (None, "A title no catalogue has") not in missing_from(catalogue, in_code)
    assert (None, "A heading no catalogue has") in missing_from(catalogue, in_code)


def test_an_untranslated_or_fuzzy_dutch_entry_is_reported():
    catalogue = Catalog(locale="nl")
    catalogue.add("Done", "Klaar")
    catalogue.add("Open", "")
    catalogue.add(("%(n)s day", "%(n)s days"), ("%(n)s dag", ""))
    catalogue.add("Closed", "Dicht", flags=["fuzzy"])

    untranslated, fuzzy = untranslated_and_fuzzy(catalogue)

    assert untranslated == ["'Open'", "'%(n)s day'"]
    assert fuzzy == ["'Closed'"]


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
