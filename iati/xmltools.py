"""Small pieces every IATI element is built from: narratives in two languages, clean text,
dates and percentages that add up to 100."""

import datetime
import html
import re
from collections.abc import Iterator
from decimal import Decimal

from django.utils.html import strip_tags
from lxml import etree

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The files' own language: a narrative without xml:lang is Dutch.
FILE_LANGUAGE = "nl"
OTHER_LANGUAGES = ("en",)

# Characters XML 1.0 does not allow (control characters other than tab and newlines).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(value) -> str:
    """Plain text from a value that may hold HTML (rich-text descriptions)."""
    text = str(value or "")
    if "<" in text or "&" in text:  # most texts are plain: strip_tags is a parser run
        text = html.unescape(strip_tags(text))
    return _NOT_XML.sub("", text).strip()


def translations(obj, field: str) -> dict[str, str]:
    """{language: text} of a modeltranslation field, the empty ones left out."""
    found = {}
    for language in (FILE_LANGUAGE, *OTHER_LANGUAGES):
        text = clean_text(getattr(obj, f"{field}_{language}", ""))
        if text:
            found[language] = text
    return found


def add_narratives(parent, texts: dict[str, str]) -> int:
    """A narrative per language (xml:lang on all but the file's own); how many were added."""
    for language, text in texts.items():
        narrative = etree.SubElement(parent, "narrative")
        if language != FILE_LANGUAGE:
            narrative.set(XML_LANG, language)
        narrative.text = text
    return len(texts)


def add_narrated(parent, tag: str, texts: dict[str, str], **attributes):
    """An element with narratives, or nothing when there is no text (an element whose
    narrative is required would be invalid empty)."""
    if not texts:
        return None
    element = etree.SubElement(parent, tag, attrib=_attributes(attributes))
    add_narratives(element, texts)
    return element


def add(parent, tag: str, text=None, **attributes):
    element = etree.SubElement(parent, tag, attrib=_attributes(attributes))
    if text is not None:
        element.text = clean_text(_text(text))
    return element


def _attributes(attributes: dict) -> dict[str, str]:
    """Python names to IATI's (`iso_date` → `iso-date`), empty ones left out."""
    return {
        name.replace("_", "-"): _text(value)
        for name, value in attributes.items()
        if value is not None and value != ""
    }


def _text(value) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime.datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return str(value)


def percentages(count: int) -> list[int]:
    """`count` whole percentages adding up to 100: an equal share each, rounded down, and
    the remainder on the first."""
    if count <= 0:
        return []
    share, remainder = divmod(100, count)
    return [share + remainder, *([share] * (count - 1))]


class ChunkSink:
    """A file object for `etree.xmlfile` that hands out what was written since last asked,
    so the file is sent in pieces and never held whole."""

    def __init__(self):
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> None:
        self._parts.append(data)

    def take(self) -> bytes:
        data = b"".join(self._parts)
        self._parts.clear()
        return data

    def drain(self) -> Iterator[bytes]:
        data = self.take()
        if data:
            yield data
