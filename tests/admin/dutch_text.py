"""What a Dutch admin page must not show: untranslated English msgids, English words,
formal Dutch ("u", "uw") and Django's "met succes". Read from a page's interface text (text
nodes, and the attributes and button values a person reads), not from its data."""

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import django
from babel.messages.pofile import read_po
from django.apps import apps
from django.utils.translation.trans_real import DjangoTranslation

# Words that are English and never Dutch, as whole words in interface text.
ENGLISH_WORDS = {
    "the", "and", "with", "select", "choose", "save", "delete", "add", "change", "changed",
    "history", "search", "show", "all", "none", "yes", "no", "you", "your", "this", "for",
    "to", "are", "was", "has", "have", "please", "click", "remove", "edit", "view", "by",
    "successfully", "date", "time", "user", "users", "groups", "password", "device",
}  # fmt: skip
# Formal Dutch ("u", "uw"): we say "je" and "jouw".
FORMAL_DUTCH = re.compile(r"\b(u|uw|U|Uw)\b")
# Django's "… is met succes gewijzigd"; ours say "… is gewijzigd".
WITH_SUCCESS = re.compile(r"met succes", re.IGNORECASE)
# Names and codes that the checks would take for English, each with the reason. Empty
# today: a msgid whose Dutch is the same word ("Filter", "Project", "Status") is not
# taken for untranslated, and the data below is Dutch.
ALLOWED: set[str] = set()
SKIPPED_ELEMENTS = {"script", "style", "textarea", "option", "select", "template", "svg"}
CHECKED_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
BUTTON_TYPES = {"submit", "button", "reset"}


class InterfaceText(HTMLParser):
    """The interface text of a page: text nodes and the attributes a person reads."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in SKIPPED_ELEMENTS:
            self.skipping += 1
            return
        if self.skipping:
            return
        for name in CHECKED_ATTRIBUTES:
            if attributes.get(name):
                self.texts.append(attributes[name])
        if tag == "input" and attributes.get("type") in BUTTON_TYPES and attributes.get("value"):
            self.texts.append(attributes["value"])

    def handle_startendtag(self, tag, attrs):
        if tag not in SKIPPED_ELEMENTS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in SKIPPED_ELEMENTS and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.texts.append(data)


def interface_text(html: str) -> list[str]:
    parser = InterfaceText()
    parser.feed(html)
    return [" ".join(text.split()) for text in parser.texts]


def _po_files():
    """One catalogue of every installed app that has any (the msgids are the same in
    each language), and Django's own."""
    folders = [Path(django.__file__).parent / "conf" / "locale"]
    folders += [Path(config.path) / "locale" for config in apps.get_app_configs()]
    for folder in folders:
        for domain in ("django.po", "djangojs.po"):
            found = sorted(folder.glob(f"*/LC_MESSAGES/{domain}"))
            preferred = [path for path in found if path.parts[-3] in {"en", "nl", "de"}]
            if preferred or found:
                yield (preferred or found)[0]


@cache
def untranslated_english() -> frozenset[str]:
    """English msgids of the installed catalogues whose Dutch differs: shown as they are,
    they were not translated."""
    dutch = DjangoTranslation("nl")
    msgids = set()
    for path in _po_files():
        with path.open("rb") as handle:
            for message in read_po(handle):
                msgid = message.id[0] if isinstance(message.id, tuple | list) else message.id
                if msgid and not message.context:
                    msgids.add(msgid)
    return frozenset(
        msgid
        for msgid in msgids
        if "%" not in msgid
        and "{" not in msgid
        and re.search("[a-z]", msgid)
        and dutch.gettext(msgid) != msgid
    )


def english_in(html: str) -> list[str]:
    english = untranslated_english()
    found = []
    for text in interface_text(html):
        bare = text.strip(" :.…»«›‹|/-–—()")
        if bare in ALLOWED:
            continue
        words = {word.lower() for word in re.findall(r"[A-Za-z]+", text)}
        if bare in english or text in english:
            found.append(f"untranslated: {text!r}")
        elif words & ENGLISH_WORDS:
            found.append(f"English word: {text!r}")
        elif FORMAL_DUTCH.search(text) or WITH_SUCCESS.search(text):
            found.append(f"formal or 'met succes': {text!r}")
    return found
