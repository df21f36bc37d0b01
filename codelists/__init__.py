"""The IATI 2.03 codelists the portal uses, read from the copies shipped in `data/`.

On the ground floor because budgets, transactions, results, themes and organisations all
take their codes from these lists, and the IATI writer at the top checks against them.
Every list is read once per process. Names are the IATI's English ones, translated where
the portal offers the code to an editor or shows it to a visitor (`names.py`).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    active: bool
    category: str


@cache
def items(list_name: str) -> dict[str, Code]:
    """Every code of a list, withdrawn ones included, in the list's order."""
    path = DATA / f"{list_name}.xml"
    if not path.is_file():
        raise LookupError(f"The IATI codelist {list_name!r} is not shipped in {DATA}.")
    root = ElementTree.parse(path).getroot()  # noqa: S314  see the import
    found = {}
    for item in root.iter("codelist-item"):
        code = (item.findtext("code") or "").strip()
        found[code] = Code(
            code=code,
            name=" ".join((item.findtext("name/narrative") or code).split()),
            active=item.get("status", "active") != "withdrawn",
            category=(item.findtext("category") or "").strip(),
        )
    return found


@cache
def codes(list_name: str, *, withdrawn: bool = False) -> frozenset[str]:
    """The codes a new entry may use (withdrawn ones too when asked)."""
    return frozenset(code for code, item in items(list_name).items() if withdrawn or item.active)


def name(list_name: str, code: str) -> str:
    """The code's name in the active language where the portal translates it."""
    item = items(list_name).get(code)
    return gettext(item.name) if item else code


name_lazy = lazy(name, str)


def choices(list_name: str, only: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(code, name) pairs for a form field: `only` those codes, in that order, or all
    active codes in the list's order. Names translate when the page is rendered."""
    wanted = (
        list(only) if only is not None else sorted(codes(list_name), key=_list_order(list_name))
    )
    unknown = [code for code in wanted if code not in items(list_name)]
    if unknown:
        raise LookupError(f"Not in the IATI codelist {list_name}: {', '.join(unknown)}")
    return [(code, name_lazy(list_name, code)) for code in wanted]


def _list_order(list_name: str):
    position = {code: index for index, code in enumerate(items(list_name))}
    return position.__getitem__


@deconstructible
class InCodelist:
    """Validates that a value is an active code of an IATI codelist."""

    def __init__(self, list_name: str):
        self.list_name = list_name

    def __call__(self, value):
        if value and value not in codes(self.list_name):
            raise ValidationError(
                _("%(value)s is not a code of the IATI list %(list)s."),
                code="not_in_codelist",
                params={"value": value, "list": self.list_name},
            )

    def __eq__(self, other):
        return isinstance(other, InCodelist) and other.list_name == self.list_name

    def __hash__(self):
        return hash(self.list_name)
