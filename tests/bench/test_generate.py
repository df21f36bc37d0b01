"""The benchmark data generator, at a small scale (`make bench` makes 20,000 projects)."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.db.models import Count, Q
from django.test import modify_settings
from django.utils import translation
from django_countries import countries

from donors.models import Donor, Funding
from finances.models import Budget, Transaction
from organisations.models import Organisation, Partnership
from projects.models import Participation, ParticipationRole, Project
from projects.search import search
from results.models import Indicator, IndicatorPeriod, Result
from tools.bench.generate import Scale, generate

pytestmark = pytest.mark.django_db

SMALL = Scale(organisations=30, projects=120, donors=20, fundings=300, partnerships=60)


@pytest.fixture
def generated():
    return generate(SMALL, seed=1)


def test_makes_exactly_the_numbers_asked_for(generated):
    assert generated["organisation"] == 30
    assert generated["project"] == 120
    assert generated["donor"] == 20
    assert generated["funding"] == 300
    assert generated["partnership"] == 60
    assert Organisation.objects.filter(is_portal_network=True).count() == 1


def test_every_project_has_exactly_one_lead(generated):
    leads = Project.objects.annotate(
        leads=Count("participations", filter=Q(participations__role=ParticipationRole.LEAD))
    )
    assert set(leads.values_list("leads", flat=True)) == {1}
    assert Participation.objects.count() > Project.objects.count()  # partners too


def test_countries_are_iso_codes_stored_as_the_model_stores_them(generated):
    for codes in Project.objects.values_list("countries", flat=True):
        assert codes
        assert codes == sorted(set(codes))
        assert all(code in countries for code in codes), codes


def test_rows_pass_the_models_own_validation(generated):
    samples = [
        *Organisation.objects.order_by("pk")[:10],
        *Project.objects.order_by("pk")[:10],
        *Participation.objects.order_by("pk")[:10],
        *Donor.objects.order_by("pk")[:10],
        *Funding.objects.order_by("pk")[:10],
        *Partnership.objects.order_by("pk")[:10],
        *Budget.objects.order_by("pk")[:10],
        *Transaction.objects.order_by("pk")[:10],
        *Result.objects.order_by("pk")[:5],
        *Indicator.objects.order_by("pk")[:5],
        *IndicatorPeriod.objects.order_by("pk")[:5],
    ]
    for obj in samples:
        obj.full_clean()


def test_nearly_everything_is_public_and_search_finds_it(generated):
    assert Project.objects.public().count() >= 0.9 * SMALL.projects
    assert Donor.objects.public().count() >= 0.9 * SMALL.donors
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM projects_project WHERE search_nl IS NULL")
        assert cursor.fetchone() == (0,)
    with translation.override("nl"):
        assert search(Project.objects.public(), "kinderen").exists()
    with translation.override("en"):
        assert search(Project.objects.public(), "children").exists()


def snapshot():
    return (
        list(Project.objects.order_by("slug").values_list("slug", "title_en", "countries", "end")),
        sorted(Participation.objects.values_list("project__slug", "organisation__slug", "role")),
        sorted(Funding.objects.values_list("project__slug", "donor__slug", "amount")),
    )


def test_the_same_seed_makes_the_same_data():
    with transaction.atomic():
        generate(SMALL, seed=3)
        first = snapshot()
        transaction.set_rollback(True)
    generate(SMALL, seed=3)
    assert snapshot() == first


def test_refuses_a_database_that_has_content(generated):
    with pytest.raises(ValueError, match="not empty"):
        generate(SMALL)


def test_impossible_numbers_are_refused():
    with pytest.raises(ValueError):
        generate(Scale(organisations=30, projects=10, donors=4, fundings=100, partnerships=5))


@modify_settings(INSTALLED_APPS={"append": "tools.bench"})  # as tools.bench.settings does
def test_the_management_command():
    out = io.StringIO()
    call_command(
        "bench_data",
        *("--organisations", "12", "--projects", "10", "--donors", "6"),
        *("--fundings", "12", "--partnerships", "5"),
        stdout=out,
    )
    assert "10 project," in out.getvalue()
    assert Funding.objects.count() == 12


def test_the_site_has_no_benchmark_command():
    with pytest.raises(CommandError, match="Unknown command"):
        call_command("bench_data", "--projects", "10")
    assert not Project.objects.exists()


def test_a_seed_makes_the_rows_it_always_made(generated):
    """Pinned when the generator was split into modules: a change that draws differently from
    the seed (another order of steps, one draw more or less) shows here. The pin changes only
    with a deliberate change of the generated data, and `make bench`'s report with it."""
    assert generated == {
        "organisation": 30, "membership": 33, "partnership": 60, "project": 120,
        "participation": 264, "projecttheme": 215, "theme": 11, "reachfigure": 50,
        "donor": 20, "instrument": 1, "funding": 300,
        # Added with issue #14, drawn after the rows above, which stayed as they were.
        "budget": 272, "transaction": 288, "result": 43, "indicator": 43, "indicatorperiod": 86,
        # Added with the publications, drawn last.
        "publication": 12,
        # Added with issue #16 (one newsletter issue per 200 projects, at least one), after them.
        "edition": 1,
        # The news (one item per four projects), drawn after the issues.
        "newsitem": 30,
        # Added with the campaigns (one per 500 projects, at least one, the first with a
        # petition), drawn after everything else.
        "campaign": 1, "signature": 56,
    }  # fmt: skip
    assert list(Project.objects.order_by("pk").values_list("slug", flat=True)[:2]) == [
        "education-for-young-mothers-in-juvenile-justice-in-tuzla-1",
        "family-based-care-for-teenagers-in-childrens-homes-in-the-neighbourhood-in-la-paz-2",
    ]


def test_scaled_to_the_benchmark_size_is_the_benchmark():
    """`make bench` at 20,000 projects keeps its data; other sizes keep its proportions."""
    assert Scale.for_projects(20_000) == Scale()
    larger = Scale.for_projects(100_000)
    assert (larger.organisations, larger.donors, larger.fundings, larger.partnerships) == (
        2_500,
        5_000,
        250_000,
        25_000,
    )
    larger.check()


@modify_settings(INSTALLED_APPS={"append": "tools.bench"})
def test_the_management_command_scales_everything_with_the_projects():
    out = io.StringIO()
    call_command("bench_data", "--scaled-to", "100", stdout=out)
    assert "100 project," in out.getvalue()
    assert Funding.objects.count() == 250
    assert Organisation.objects.count() == 10
