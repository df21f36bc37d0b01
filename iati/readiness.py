"""Ready for IATI: what keeps a project from a complete IATI activity and from the Dutch
Ministry of Foreign Affairs' requirements for its grantees.

Each rule is written twice, once for one project (the panel on its admin form, which may
run a few queries) and once as a queryset condition (the "IATI" filter on the project
list). `tests/iati/test_readiness.py` checks that the two agree.

The file itself is written whatever is missing, as far as it is valid (`iati.activities`);
percentages are not a rule here because the portal divides them itself, adding up to 100.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import (
    CharField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    QuerySet,
    Value,
)
from django.db.models.functions import Concat
from django.utils.translation import gettext_lazy as _

from donors.models import Funding
from finances.models import LONGEST_BUDGET_PERIOD, Budget, Transaction
from iati.activities import sector_codes
from iati.selectors import lead_with_identifier, network_reports
from organisations.models import Organisation
from projects.models import ParticipationRole, Project, ProjectTheme
from results.models import NUMERIC_MEASURES, Indicator, Result

MINISTRY = "XM-DAC-7"  # the Dutch Ministry of Foreign Affairs' IATI identifier


@dataclass(frozen=True)
class Rule:
    key: str
    label: str  # short, for the list filter
    message: str  # for the panel
    # True when one project has the problem (the panel).
    applies: Callable[[Project, Organisation | None], bool]
    # The projects that have the problem (the list filter).
    condition: Callable[[Organisation | None], Q]


def _empty(field: str) -> Q:
    return Q(**{f"{field}__isnull": True}) | Q(**{field: ""})


def _lead(project):
    participation = project.participations.filter(role=ParticipationRole.LEAD).first()
    return participation.organisation if participation else None


def _no_reporter(project, network) -> bool:
    lead = _lead(project)
    return not (lead and lead.iati_identifier) and not network_reports(network)


def _identifier_off(project, network) -> bool:
    """The project's own identifier does not start with its reporting organisation's."""
    lead = _lead(project)
    reporter = lead if lead and lead.iati_identifier else network
    if not project.iati_identifier or not (reporter and reporter.iati_identifier):
        return False
    return not project.iati_identifier.startswith(f"{reporter.iati_identifier}-")


def _identifier_off_condition(network) -> Q:
    prefixed_by_lead = (
        lead_with_identifier()
        .annotate(
            prefix=Concat("organisation__iati_identifier", Value("-")),
            identifier=ExpressionWrapper(OuterRef("iati_identifier"), output_field=CharField()),
        )
        .filter(identifier__startswith=F("prefix"))
    )
    by_lead = Exists(lead_with_identifier()) & ~Exists(prefixed_by_lead)
    by_network = (
        ~Exists(lead_with_identifier())
        & ~Q(iati_identifier__startswith=f"{network.iati_identifier}-")
        if network_reports(network)
        else Q(pk__in=[])
    )
    return ~Q(iati_identifier="") & (by_lead | by_network)


def _ministry_fundings():
    return Funding.objects.filter(donor__iati_identifier=MINISTRY, donor_activity_id="")


def _ministry_transactions():
    return Transaction.objects.filter(provider_activity_id__startswith=f"{MINISTRY}-")


def _ministry_link_missing(project, network) -> bool:
    if not _ministry_fundings().filter(project=project).exists():
        return False
    return not _ministry_transactions().filter(project=project).exists()


def _numeric_without_baseline():
    return Indicator.objects.filter(measure__in=NUMERIC_MEASURES).filter(
        Q(baseline_value__isnull=True) | Q(baseline_year__isnull=True)
    )


def _long_budgets():
    return Budget.objects.filter(period_end__gt=F("period_start") + LONGEST_BUDGET_PERIOD)


def _of_project(queryset, path="project"):
    return Exists(queryset.filter(**{path: OuterRef("pk")}))


RULES = [
    Rule(
        "reporting",
        _("reporting organisation"),
        _(
            "No organisation can report it: give the lead organisation (or the portal "
            "network) an IATI organisation identifier. Until then it is not in the IATI files."
        ),
        _no_reporter,
        lambda network: (
            Q(pk__in=[]) if network_reports(network) else ~Exists(lead_with_identifier())
        ),
    ),
    Rule(
        "dates",
        _("dates"),
        _("No start or end date: an IATI activity needs one. Not in the IATI files until then."),
        lambda project, network: not (project.start or project.end),
        lambda network: Q(start__isnull=True, end__isnull=True),
    ),
    Rule(
        "identifier",
        _("activity identifier"),
        _(
            "Its IATI activity identifier does not start with the reporting organisation's "
            "identifier and a hyphen: IATI requires it. Leave it empty to have one made."
        ),
        _identifier_off,
        _identifier_off_condition,
    ),
    Rule(
        "title_en",
        _("English title"),
        _("No English title."),
        lambda project, network: not (project.title_en or "").strip(),
        lambda network: _empty("title_en"),
    ),
    Rule(
        "description_en",
        _("English summary"),
        _("No English summary: the IATI description has only Dutch."),
        lambda project, network: not (project.summary_en or "").strip(),
        lambda network: _empty("summary_en"),
    ),
    Rule(
        "sector",
        _("sector"),
        _("No sector: none of its themes has a DAC sector code."),
        lambda project, network: not sector_codes(project),
        lambda network: ~_of_project(ProjectTheme.objects.exclude(theme__dac_code="")),
    ),
    Rule(
        "country",
        _("country"),
        _("No country: IATI wants the countries the project works in."),
        lambda project, network: not project.countries,
        lambda network: Q(countries=[]),
    ),
    Rule(
        "ministry",
        _("ministry's activity identifier"),
        _(
            "Funded by the Ministry of Foreign Affairs without the ministry's activity "
            "identifier (XM-DAC-7-PPR-…): add it to the funding or to an incoming transaction."
        ),
        _ministry_link_missing,
        lambda network: _of_project(_ministry_fundings()) & ~_of_project(_ministry_transactions()),
    ),
    Rule(
        "baseline",
        _("baseline"),
        _("A numeric indicator has no baseline year and value."),
        lambda project, network: (
            _numeric_without_baseline().filter(result__project=project).exists()
        ),
        lambda network: _of_project(_numeric_without_baseline(), "result__project"),
    ),
    Rule(
        "indicator",
        _("indicator"),
        _("A result has no indicator, so it is left out of the IATI file."),
        lambda project, network: project.results.filter(indicators__isnull=True).exists(),
        lambda network: _of_project(Result.objects.filter(indicators__isnull=True)),
    ),
    Rule(
        "budget",
        _("budget"),
        _("No budget."),
        lambda project, network: not project.budgets.exists(),
        lambda network: ~_of_project(Budget.objects.all()),
    ),
    Rule(
        "budget_period",
        _("budget of at most a year"),
        _("A budget period is longer than a year: split it per year."),
        lambda project, network: _long_budgets().filter(project=project).exists(),
        lambda network: _of_project(_long_budgets()),
    ),
]
RULES_BY_KEY = {rule.key: rule for rule in RULES}


def problems(project: Project, network: Organisation | None) -> list[str]:
    """What keeps this project from a complete IATI activity, in the rules' order."""
    return [str(rule.message) for rule in RULES if rule.applies(project, network)]


def with_problem(projects: QuerySet[Project], key: str, network) -> QuerySet[Project]:
    return projects.filter(RULES_BY_KEY[key].condition(network))


def ready(projects: QuerySet[Project], network) -> QuerySet[Project]:
    """The projects no rule finds anything wrong with."""
    for rule in RULES:
        projects = projects.exclude(rule.condition(network))
    return projects
