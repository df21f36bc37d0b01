"""/api/v1/projects/: the listing's filters and counts, stable pages, both languages, and
never what the site hides."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import DonorFactory, FundingFactory, OrganisationFactory, ParticipationFactory
from tests.projects.conftest import make_projects

pytestmark = pytest.mark.django_db

API = "/api/v1/projects/"


def listing_count(client, language, query) -> int:
    """The number the HTML listing tells the visitor ("3 projecten gevonden")."""
    response = client.get(f"/{language}/projects/?{query}")
    assert response.status_code == 200
    counter = re.search(r'class="results-count"[^>]*>\s*(\d+)', response.text)
    return int(counter.group(1))


def slugs(response) -> list[str]:
    return [project["slug"] for project in response.json()["results"]]


# A dozen filter combinations, each with the projects it should find (in the world fixture).
COMBINATIONS = [
    ("nl", "", 4),
    ("nl", "country=KG", 2),
    ("nl", "country=UG", 2),
    ("nl", "theme=education", 3),
    ("nl", "status=completed", 1),
    ("nl", "status=planned", 1),
    ("nl", "year=2020", 1),
    ("nl", "organisation=save", 3),
    ("nl", "donor=unicef", 2),
    ("nl", "q=scholen", 2),
    ("en", "q=schools", 2),
    ("en", "q=shelters", 1),
    ("nl", "country=KG&theme=education", 1),
    ("nl", "theme=education&organisation=save&sort=title", 3),
    ("nl", "country=KG&kind=campaign&donor=unicef&sort=start", 1),
    ("nl", "q=scholen&country=PE&sort=relevance", 1),
]


@pytest.mark.parametrize(("language", "query", "expected"), COMBINATIONS)
def test_the_api_counts_what_the_listing_counts(client, world, language, query, expected):
    response = client.get(f"{API}?{query}&language={language}")

    assert response.status_code == 200
    assert response.json()["count"] == expected
    assert response.json()["count"] == listing_count(client, language, query)


def test_the_order_is_the_listings(client, world):
    for sort in ("title", "start", "newest"):
        listing = client.get(f"/nl/projects/?sort={sort}")
        api = client.get(f"{API}?sort={sort}")
        assert slugs(api) == [project.slug for project in listing.context["projects"]]


def test_drafts_and_projects_of_hidden_leads_are_absent_and_404(client, world):
    listed = slugs(client.get(f"{API}?page_size=100"))

    assert "draft-project" not in listed
    assert "hidden-lead-project" not in listed
    assert client.get(f"{API}draft-project/").status_code == 404
    assert client.get(f"{API}hidden-lead-project/").status_code == 404
    assert client.get(f"{API}no-such-project/").status_code == 404


def test_a_project_in_both_languages_with_only_what_is_public(client, world):
    response = client.get(f"{API}bravo/")

    assert response.status_code == 200
    project = response.json()
    assert project["title"] == {"nl": "Bravo campagne", "en": "Bravo campaign"}
    assert project["page"]["en"].endswith("/en/projects/bravo/")
    assert project["status"] == "running"
    assert [c["code"] for c in project["countries"]] == ["KG", "UG"]
    assert project["countries"][0]["name"] == {"nl": "Kirgizië", "en": "Kyrgyzstan"}
    assert [t["slug"] for t in project["themes"]] == ["health"]
    # The draft partner is left out; the lead is there.
    organisations = [p["organisation"]["slug"] for p in project["participations"]]
    assert "hidden-lead" not in organisations
    assert len(organisations) == 1
    assert project["participations"][0]["role"] == "lead"
    [funding] = project["fundings"]
    assert funding["donor"]["slug"] == "unicef"
    assert funding["instrument"]["name"]["nl"] == "Matra"
    assert (funding["amount"], funding["currency"]) == ("1000.00", "EUR")


def test_an_untranslated_text_is_null_not_the_dutch_one(client, world):
    project = client.get(f"{API}charlie/").json()

    assert project["title"] == {"nl": "Charlie zorg", "en": None}


def test_a_hidden_donors_funding_is_not_shown(client, world):
    project = client.get(f"{API}alfa/").json()

    assert project["fundings"] == []


def test_an_invalid_filter_is_refused_with_its_reason(client, world):
    response = client.get(f"{API}?country=XX&year=abc")

    assert response.status_code == 400
    assert set(response.json()) == {"country", "year"}


def test_pages_are_stable_and_link_to_each_other(client, world):
    first = client.get(f"{API}?page_size=2&sort=title").json()
    second = client.get(first["next"]).json()

    assert first["count"] == second["count"] == 4
    assert first["previous"] is None
    assert second["next"] is None
    assert second["previous"]
    seen = [p["slug"] for p in first["results"] + second["results"]]
    assert seen == ["alfa", "bravo", "charlie", "delta"]
    assert client.get(f"{API}?page=9").status_code == 404


def count_api_queries(client, url) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "query", ["", "?country=KG&sort=title", "?q=bulkproject", "?donor=d-0", "?page=2&page_size=2"]
)
def test_the_number_of_queries_does_not_grow_with_the_data(client, query):
    donors = [DonorFactory(slug=f"d-{n}") for n in range(3)]
    partners = [OrganisationFactory() for _ in range(3)]

    def add(count, prefix):
        projects = make_projects(count, prefix=prefix)
        for n, project in enumerate(projects):
            FundingFactory(project=project, donor=donors[n % 3], amount=10, currency="EUR")
            ParticipationFactory(project=project, organisation=partners[n % 3])

    add(3, "few")
    few = count_api_queries(client, f"{API}{query}")
    add(30, "many")
    many = count_api_queries(client, f"{API}{query}")

    assert few == many
    assert many <= 10


def add_money_and_results(project, hidden_donor):
    import datetime

    from finances.models import Budget, Transaction
    from results.models import Disaggregation, Indicator, IndicatorPeriod, Result

    for year, value in ((2020, 1000), (2021, 500)):
        Budget.objects.create(
            project=project,
            period_start=datetime.date(year, 1, 1),
            period_end=datetime.date(year, 12, 31),
            value=value,
            currency="EUR",
            value_date=datetime.date(year, 1, 1),
        )
    Budget.objects.create(
        project=project,
        period_start=datetime.date(2020, 1, 1),
        period_end=datetime.date(2020, 12, 31),
        value=300,
        currency="USD",
        value_date=datetime.date(2020, 1, 1),
    )
    Transaction.objects.create(
        project=project,
        transaction_type="1",
        date=datetime.date(2020, 2, 1),
        value=700,
        currency="EUR",
        provider_donor=hidden_donor,
        provider_activity_id="XM-DAC-7-PPR-1",
    )
    result = Result.objects.create(project=project, result_type="1", title_nl="Getrainde ouders")
    indicator = Indicator.objects.create(
        result=result, title_nl="Aantal ouders", baseline_year=2019, baseline_value=0
    )
    period = IndicatorPeriod.objects.create(
        indicator=indicator,
        period_start=datetime.date(2020, 1, 1),
        period_end=datetime.date(2020, 12, 31),
        target_value=500,
        actual_value=520,
    )
    Disaggregation.objects.create(
        period=period, dimension_name_nl="geslacht", dimension_value_nl="vrouw", actual_value=300
    )


def test_a_project_shows_its_budgets_transactions_and_results(client, world):
    add_money_and_results(world["bravo"], world["hidden_donor"])

    project = client.get(f"{API}bravo/").json()

    assert [b["value"] for b in project["budgets"]] == ["1000.00", "300.00", "500.00"]
    # Never one sum across currencies.
    assert project["budget_totals"] == {"EUR": "1500.00", "USD": "300.00"}
    [transaction] = project["transactions"]
    assert transaction["value"] == "700.00"
    assert transaction["provider_activity_id"] == "XM-DAC-7-PPR-1"
    assert transaction["provider_donor"] is None  # a draft donor is not named
    [result] = project["results"]
    assert result["title"] == {"nl": "Getrainde ouders", "en": None}
    [indicator] = result["indicators"]
    assert indicator["baseline_value"] == "0.00"
    [period] = indicator["periods"]
    assert (period["target_value"], period["actual_value"]) == ("500.00", "520.00")
    [breakdown] = period["disaggregations"]
    assert breakdown["dimension_value"]["nl"] == "vrouw"


def test_a_projects_page_takes_a_fixed_number_of_queries(client, world):
    add_money_and_results(world["bravo"], world["hidden_donor"])
    few = count_api_queries(client, f"{API}bravo/")
    for _ in range(3):
        add_money_and_results(world["bravo"], world["unicef"])
    many = count_api_queries(client, f"{API}bravo/")

    assert few == many
    assert many <= 14
