"""The IATI rules the XML schema cannot express, checked on a written file as the IATI
Validator does: every code in its codelist, percentages per vocabulary adding up to 100,
no end before its start, budget periods of at most a year, numeric values where the
indicator is numeric, and identifiers that start with the reporting organisation's.

`problems(root)` returns readable lines; an empty list means the file passes. The tests
run it on every file the portal writes, beside `schema(...)`'s XSD validation.
"""

from collections import defaultdict
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from lxml import etree

import codelists
from finances.models import LONGEST_BUDGET_PERIOD

SCHEMAS = Path(__file__).parent / "schemas"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# (element, attribute) → codelist; "*" is any element.
CODES = {
    ("iati-activity", "default-currency"): "Currency",
    ("iati-organisation", "default-currency"): "Currency",
    ("value", "currency"): "Currency",
    ("reporting-org", "type"): "OrganisationType",
    ("participating-org", "type"): "OrganisationType",
    ("provider-org", "type"): "OrganisationType",
    ("receiver-org", "type"): "OrganisationType",
    ("participating-org", "role"): "OrganisationRole",
    ("activity-status", "code"): "ActivityStatus",
    ("activity-date", "type"): "ActivityDateType",
    ("contact-info", "type"): "ContactType",
    ("description", "type"): "DescriptionType",
    ("recipient-country", "code"): "Country",
    ("policy-marker", "significance"): "PolicySignificance",
    ("default-flow-type", "code"): "FlowType",
    ("default-finance-type", "code"): "FinanceType",
    ("default-aid-type", "code"): "AidType",
    ("default-tied-status", "code"): "TiedStatus",
    ("budget", "type"): "BudgetType",
    ("budget", "status"): "BudgetStatus",
    ("transaction-type", "code"): "TransactionType",
    ("category", "code"): "DocumentCategory",
    ("language", "code"): "Language",
    ("result", "type"): "ResultType",
    ("indicator", "measure"): "IndicatorMeasure",
    ("*", XML_LANG): "Language",
}
# Vocabulary 1 of sectors and policy markers is the list that has the codes.
VOCABULARY_CODES = {"sector": "Sector", "policy-marker": "PolicyMarker"}
START_END = {"1": "3", "2": "4"}  # activity-date types: planned and actual start → end
QUALITATIVE = "5"


@cache
def schema(kind: str = "activities") -> etree.XMLSchema:
    """The 2.03 schema of `activities` or `organisations` files, read once."""
    return etree.XMLSchema(etree.parse(str(SCHEMAS / f"iati-{kind}-schema.xsd")))


def schema_errors(root, kind: str = "activities") -> list[str]:
    checker = schema(kind)
    if checker.validate(root):
        return []
    return [f"line {error.line}: {error.message}" for error in checker.error_log]


def problems(root) -> list[str]:
    """Every codelist and consistency problem of a file (activities or organisations)."""
    found = []
    for element in root.iter(etree.Element):
        found += [f"{_where(element)}: {text}" for text in _code_problems(element)]
    for activity in root.iter("iati-activity"):
        found += [f"{_where(activity)}: {text}" for text in _activity_problems(activity)]
    for period in root.iter("budget", "total-budget", "total-expenditure", "period"):
        found += [f"{_where(period)}: {text}" for text in _period_problems(period)]
    return found


def _where(element) -> str:
    activity = next(element.iterancestors("iati-activity"), None)
    if element.tag == "iati-activity":
        activity = element
    name = activity.findtext("iati-identifier") if activity is not None else None
    return f"{name or 'file'}, line {element.sourceline or '?'} <{element.tag}>"


def _code_problems(element):
    for attribute, value in element.attrib.items():
        list_name = CODES.get((element.tag, attribute)) or CODES.get(("*", attribute))
        if list_name and value not in codelists.codes(list_name):
            yield f"{attribute}={value!r} is not in the codelist {list_name}"
    list_name = VOCABULARY_CODES.get(element.tag)
    if (
        list_name
        and element.get("vocabulary", "1") == "1"
        and element.get("code") not in codelists.codes(list_name)
    ):
        yield f"code={element.get('code')!r} is not in the codelist {list_name}"


def _activity_problems(activity):
    identifier = activity.findtext("iati-identifier") or ""
    reporter = activity.find("reporting-org")
    if reporter is not None and not identifier.startswith(reporter.get("ref", "") + "-"):
        yield f"the identifier {identifier!r} does not start with {reporter.get('ref')!r}-"
    shares = defaultdict(list)
    for element in activity.findall("recipient-country") + activity.findall("recipient-region"):
        shares["recipient countries and regions"].append(element.get("percentage"))
    for element in activity.findall("sector"):
        shares[f"sectors of vocabulary {element.get('vocabulary', '1')}"].append(
            element.get("percentage")
        )
    for what, values in shares.items():
        given = [Decimal(value) for value in values if value is not None]
        if len(values) > 1 and (len(given) != len(values) or sum(given) != 100):
            yield f"the percentages of its {what} add up to {sum(given)}, not 100"
        elif len(values) == 1 and given and given[0] != 100:
            yield f"the percentage of its only one of {what} is {given[0]}, not 100"
    dates = {
        date_.get("type"): date.fromisoformat(date_.get("iso-date"))
        for date_ in activity.findall("activity-date")
    }
    for start, end in START_END.items():
        if start in dates and end in dates and dates[end] < dates[start]:
            yield f"activity-date type {end} is before type {start}"
    for indicator in activity.iter("indicator"):
        yield from _indicator_problems(indicator)


def _indicator_problems(indicator):
    qualitative = indicator.get("measure") == QUALITATIVE
    for element in indicator.iter("baseline", "target", "actual"):
        value = element.get("value")
        if qualitative and value is not None:
            yield f"a qualitative indicator's {element.tag} has a value ({value})"
        if not qualitative and value is not None:
            try:
                Decimal(value)
            except InvalidOperation:
                yield f"{element.tag} value {value!r} is not a number"


def _period_problems(period):
    try:
        start = date.fromisoformat(period.find("period-start").get("iso-date"))
        end = date.fromisoformat(period.find("period-end").get("iso-date"))
    except (AttributeError, TypeError, ValueError):
        return  # the schema reports a missing or malformed date
    if end < start:
        yield "its end is before its start"
    if period.tag != "period" and end - start > LONGEST_BUDGET_PERIOD:
        yield "a budget period is longer than a year"
