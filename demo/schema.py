"""What the data files may say: each kind of item is a schema, a mapping from key to the
kind of value it takes. `check_item` checks one item and turns its values into what the
models take, and says in words what is wrong, naming the file and the item."""

import datetime
import re
from dataclasses import dataclass, field

from core.models import Precision

LANGUAGES = ("nl", "en")
SLUG = re.compile(r"^[-a-z0-9]+$")


class DemoDataError(Exception):
    """The data files say something the loader cannot use; the message says where."""


class Problem(Exception):
    """A value that does not fit its key; check_item adds where it is."""


@dataclass(frozen=True)
class Text:
    """A translated text: {nl: …, en: …}. Dutch is always needed; English may be left out
    (the site then shows the Dutch text)."""

    required: bool = False
    # For a text that names an item others refer to (a framework's short name).
    needs_english: bool = False

    def read(self, value, refs):
        if isinstance(value, str):
            raise Problem("give the text in both languages, on two lines: nl: … and en: …")
        if not isinstance(value, dict):
            raise Problem("expected nl: … and en: …")
        unknown = set(value) - set(LANGUAGES)
        if unknown:
            raise Problem(f"only nl and en are known, not {', '.join(sorted(map(str, unknown)))}")
        if not isinstance(value.get("nl"), str) or not value["nl"].strip():
            raise Problem("the Dutch text (nl) is missing")
        english = value.get("en") or ""
        if not isinstance(english, str):
            raise Problem("the English text (en) is not text")
        if self.needs_english and not english.strip():
            raise Problem("the English text (en) is missing")
        return (value["nl"].strip(), english.strip())


@dataclass(frozen=True)
class String:
    required: bool = False
    slug: bool = False

    def read(self, value, refs):
        if isinstance(value, bool):
            raise Problem(f"{value} was read as yes/no: put the text in quotes")
        if isinstance(value, int | float):
            raise Problem(f"{value} was read as a number: put it in quotes ('{value}')")
        if not isinstance(value, str) or not value.strip():
            raise Problem("expected a text")
        if self.slug and not SLUG.match(value):
            raise Problem(f"{value!r}: only small letters, digits and hyphens")
        return value.strip()


@dataclass(frozen=True)
class Choice:
    choices: type
    required: bool = False

    def read(self, value, refs):
        if value not in self.choices.values:
            allowed = ", ".join(self.choices.values)
            raise Problem(f"{value!r} is not one of: {allowed}")
        return value


@dataclass(frozen=True)
class Number:
    required: bool = False
    minimum: int = 0
    maximum: int = 10**9

    def read(self, value, refs):
        if isinstance(value, bool) or not isinstance(value, int):
            raise Problem(f"{value!r} is not a whole number")
        if not self.minimum <= value <= self.maximum:
            raise Problem(f"{value} is not between {self.minimum} and {self.maximum}")
        return value


@dataclass(frozen=True)
class YesNo:
    required: bool = False

    def read(self, value, refs):
        if not isinstance(value, bool):
            raise Problem(f"{value!r}: write true or false")
        return value


MONTH = re.compile(r"^(\d{4})-(\d{2})$")
MID_YEAR = re.compile(r"^mid-(\d{4})$")


@dataclass(frozen=True)
class Date:
    """A date known to a year (2016), half a year (mid-2022), a month (2018-09) or a day
    (2021-02-28); read as (date, precision), the end given as the period's first day (the
    model moves an end to the last day of its period)."""

    required: bool = False

    def read(self, value, refs):
        try:
            if isinstance(value, datetime.date):
                return value, Precision.DAY
            if isinstance(value, int) and not isinstance(value, bool):
                return datetime.date(value, 1, 1), Precision.YEAR
            if isinstance(value, str) and (match := MONTH.match(value)):
                return datetime.date(int(match[1]), int(match[2]), 1), Precision.MONTH
            if isinstance(value, str) and (match := MID_YEAR.match(value)):
                return datetime.date(int(match[1]), 7, 1), Precision.MID_YEAR
        except ValueError as error:
            raise Problem(f"{value!r} is not a date: {error}") from None
        raise Problem(f"{value!r}: write 2016, mid-2022, 2018-09 or 2021-02-28")


@dataclass(frozen=True)
class Ref:
    """The key of an item in another file (an organisation's slug, a donor's slug…)."""

    kind: str
    required: bool = False

    def read(self, value, refs):
        value = String(slug=self.kind != "framework").read(value, refs)
        refs.append((self.kind, value))
        return value


@dataclass(frozen=True)
class ListOf:
    """A list of plain values: [KG, NL] or [education, migration]."""

    item: object
    required: bool = False

    def read(self, value, refs):
        if not isinstance(value, list):
            raise Problem("expected a list, such as [a, b]")
        return [self.item.read(item, refs) for item in value]


@dataclass(frozen=True)
class Items:
    """A list of items, each with keys of its own (a project's participants)."""

    label: str
    schema: dict = field(default_factory=dict)
    required: bool = False


# The keys whose value names an item in a message ("project 17 (capisce)"), in this order.
NAMING_KEYS = ("slug", "network", "member", "organisation", "partner", "donor", "project", "title")


def describe(label: str, number: int, data) -> str:
    """ "project 17 (capisce)": the item's place, and its slug or other name if it has one."""
    if isinstance(data, dict):
        for key in NAMING_KEYS:
            name = data.get(key)
            if isinstance(name, dict):
                name = name.get("nl")
            if isinstance(name, str | int) and name:
                return f"{label} {number} ({name})"
    return f"{label} {number}"


def check_item(data, schema: dict, where: str, problems: list, refs: list) -> dict:
    """The item's values as the models take them; each thing wrong goes to `problems`."""
    if not isinstance(data, dict):
        problems.append(f"{where}: expected keys and values (key: value)")
        return {}
    values = {}
    for key in data:
        if key not in schema:
            allowed = ", ".join(schema)
            problems.append(f"{where}: unknown key {key!r}; the keys it may have: {allowed}")
    for key, spec in schema.items():
        if key not in data or data[key] is None:
            if spec.required:
                problems.append(f"{where}: {key} is missing")
            continue
        if isinstance(spec, Items):
            values[key] = check_items(data[key], spec, f"{where}, ", problems, refs)
            continue
        found = []
        try:
            values[key] = spec.read(data[key], found)
        except Problem as problem:
            problems.append(f"{where}, {key}: {problem}")
        refs.extend((kind, value, f"{where}, {key}") for kind, value in found)
    values["where"] = where
    return values


def check_items(data, spec: Items, prefix: str, problems: list, refs: list) -> list[dict]:
    if not isinstance(data, list):
        problems.append(f"{prefix}{spec.label}s: expected a list (lines starting with -)")
        return []
    return [
        check_item(item, spec.schema, prefix + describe(spec.label, number, item), problems, refs)
        for number, item in enumerate(data, start=1)
    ]
