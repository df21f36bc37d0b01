"""The IATI 2.03 organisation file of one reporting organisation: its name, its total
budget and expenditure per calendar year and currency (from the budgets and expenditure
transactions of the projects it reports), and links to its profile.

A budget belongs to the calendar year its period starts in (IATI budgets are at most a
year, so none is counted twice). Where a project has a revised budget for a period, it
replaces the original one for that period. Currencies are never added together: a year
with budgets in euros and dollars gets a `total-budget` for each.
"""

from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal

from django.db.models import Max
from django.utils import timezone, translation
from lxml import etree

from finances.models import Budget, Transaction
from iati.activities import DEFAULT_CURRENCY, IATI_VERSION
from iati.xmltools import FILE_LANGUAGE, XML_LANG, add, add_narrated, add_narratives, translations
from organisations.models import Organisation

EXPENDITURE = "4"
ORIGINAL, REVISED = "1", "2"


def yearly_budgets(budgets) -> dict[tuple[int, str], Decimal]:
    """{(year, currency): total}; a revised budget replaces the original of its period."""
    chosen: dict[tuple, Budget] = {}
    for budget in budgets:
        key = (budget.project_id, budget.period_start, budget.period_end, budget.currency)
        if key not in chosen or budget.budget_type == REVISED:
            chosen[key] = budget
    totals: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    for budget in chosen.values():
        totals[(budget.period_start.year, budget.currency)] += budget.value
    return dict(sorted(totals.items()))


def yearly_expenditure(transactions) -> dict[tuple[int, str], Decimal]:
    totals: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    for row in transactions:
        totals[(row.date.year, row.currency)] += row.value
    return dict(sorted(totals.items()))


def organisation_file(
    organisation: Organisation, projects, base_url: str, generated: datetime | None = None
) -> bytes:
    """The whole file: one organisation, small enough to build in memory."""
    generated = generated or timezone.now()
    root = etree.Element(
        "iati-organisations",
        {
            "version": IATI_VERSION,
            "generated-datetime": generated.replace(microsecond=0).isoformat(),
        },
    )
    root.append(organisation_element(organisation, projects, base_url))
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def organisation_element(organisation: Organisation, projects, base_url: str):
    budgets = Budget.objects.filter(project__in=projects).only(
        "project_id", "period_start", "period_end", "currency", "value", "budget_type"
    )
    spent = Transaction.objects.filter(project__in=projects, transaction_type=EXPENDITURE).only(
        "date", "currency", "value"
    )
    newest = projects.aggregate(newest=Max("updated_at"))["newest"]
    updated = max(filter(None, [organisation.updated_at, newest]))
    element = etree.Element(
        "iati-organisation",
        {
            "last-updated-datetime": updated.replace(microsecond=0).isoformat(),
            XML_LANG: FILE_LANGUAGE,
            "default-currency": DEFAULT_CURRENCY,
        },
    )
    add(element, "organisation-identifier", organisation.iati_identifier)
    add_narrated(element, "name", translations(organisation, "name"))
    reporting = add(
        element, "reporting-org", ref=organisation.iati_identifier, type=organisation.iati_type
    )
    add_narratives(reporting, translations(organisation, "name"))
    for tag, totals in (
        ("total-budget", yearly_budgets(budgets)),
        ("total-expenditure", yearly_expenditure(spent)),
    ):
        for (year, currency), total in totals.items():
            line = add(element, tag)
            add(line, "period-start", iso_date=date(year, 1, 1))
            add(line, "period-end", iso_date=date(year, 12, 31))
            add(line, "value", total, currency=currency, value_date=date(year, 1, 1))
    for language in ("nl", "en"):
        with translation.override(language):
            url = base_url + organisation.get_absolute_url()
        link = add(element, "document-link", url=url, format="text/html")
        name = translations(organisation, "name")
        add_narrated(link, "title", {language: name.get(language) or next(iter(name.values()))})
        add(link, "category", code="B16")  # Organisation web page
        add(link, "language", code=language)
    return element
