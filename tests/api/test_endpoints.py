"""/api/v1/: organisations, donors, countries, themes; the schema and its reference page;
JSON only, CORS for GET, a rate limit."""

import json

import pytest
import yaml
from openapi_spec_validator import validate

from core.models import Publication
from tests.api.test_projects import count_api_queries
from tests.factories import DonorFactory, FundingFactory, OrganisationFactory
from tests.projects.conftest import make_projects

pytestmark = pytest.mark.django_db


def test_the_root_lists_the_endpoints(client):
    response = client.get("/api/v1/")

    assert response.status_code == 200
    assert set(response.json()) == {"projects", "organisations", "donors", "countries", "themes"}


def test_organisations_are_the_public_ones_in_both_languages(client, world):
    listed = client.get("/api/v1/organisations/?page_size=100").json()
    slugs = [organisation["slug"] for organisation in listed["results"]]

    assert "save" in slugs
    assert "hidden-lead" not in slugs
    assert client.get("/api/v1/organisations/hidden-lead/").status_code == 404
    save = client.get("/api/v1/organisations/save/").json()
    assert save["name"] == {"nl": "Red het Kind", "en": "Save the Child"}
    assert save["mission"] == {"nl": "Kinderen beschermen.", "en": "Protecting children."}
    assert save["page"]["nl"].endswith("/nl/organisations/save/")


def test_donors_count_only_public_projects_and_hide_drafts(client, world):
    listed = client.get("/api/v1/donors/").json()
    slugs = [donor["slug"] for donor in listed["results"]]

    assert "hidden-donor" not in slugs
    assert client.get("/api/v1/donors/hidden-donor/").status_code == 404
    unicef = client.get("/api/v1/donors/unicef/").json()
    assert unicef["project_count"] == 2  # bravo and charlie; not the draft project
    assert unicef["organisation"] is None


def test_a_donors_own_organisation_is_named_only_when_public(client):
    public, draft = OrganisationFactory(slug="own"), OrganisationFactory(slug="own-draft")
    DonorFactory(slug="with-public", organisation=public)
    DonorFactory(slug="with-draft", organisation=draft)
    draft.publication = Publication.DRAFT
    draft.save()

    assert client.get("/api/v1/donors/with-public/").json()["organisation"] == "own"
    assert client.get("/api/v1/donors/with-draft/").json()["organisation"] is None


def test_countries_count_public_projects(client, world):
    countries = {c["code"]: c for c in client.get("/api/v1/countries/").json()}

    # KG: alfa and bravo (not the draft, not the hidden lead's project).
    assert {code: c["project_count"] for code, c in countries.items()} == {
        "KG": 2,
        "UG": 2,
        "PE": 1,
    }
    assert countries["PE"]["name"] == {"nl": "Peru", "en": "Peru"}
    assert client.get("/api/v1/countries/kg/").json()["project_count"] == 2
    assert client.get("/api/v1/countries/NL/").json()["project_count"] == 0
    assert client.get("/api/v1/countries/QQ/").status_code == 404


def test_themes_count_public_projects(client, world):
    themes = {t["slug"]: t for t in client.get("/api/v1/themes/").json()}

    assert themes["education"]["project_count"] == 3  # alfa, charlie, delta
    assert themes["education"]["name"] == {"nl": "Onderwijs", "en": "Education"}
    assert client.get("/api/v1/themes/health/").json()["project_count"] == 2


@pytest.mark.parametrize(
    "url", ["/api/v1/organisations/", "/api/v1/donors/", "/api/v1/countries/", "/api/v1/themes/"]
)
def test_the_number_of_queries_does_not_grow_with_the_data(client, url):
    def add(count, prefix):
        organisation = OrganisationFactory()
        donor = DonorFactory()
        for project in make_projects(count, lead=organisation, prefix=prefix):
            FundingFactory(project=project, donor=donor)

    add(3, "few")
    few = count_api_queries(client, url)
    for n in range(10):
        add(3, f"many{n}")
    many = count_api_queries(client, url)

    assert few == many
    assert many <= 10


# --- the schema and its reference page ------------------------------------------------------


def test_the_schema_is_valid_openapi_3_in_yaml_and_json(client):
    as_yaml = client.get("/api/v1/schema/")
    as_json = client.get("/api/v1/schema/?format=json")

    assert as_yaml.status_code == as_json.status_code == 200
    schema = json.loads(as_json.content)
    validate(schema)
    assert yaml.safe_load(as_yaml.content) == schema
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    assert "/api/v1/projects/{slug}/" in paths
    parameters = {p["name"] for p in paths["/api/v1/projects/"]["get"]["parameters"]}
    # The listing's filters, the donor facet that donors adds included.
    assert {"q", "country", "theme", "status", "year", "organisation", "donor", "sort"} <= (
        parameters
    )
    assert {"page", "page_size", "language"} <= parameters


def test_the_reference_page_uses_only_our_own_files(client):
    response = client.get("/api/v1/docs/")

    assert response.status_code == 200
    html = response.text
    assert "swagger-ui-bundle" in html
    assert 'data-schema-url="/api/v1/schema/?format=json"' in html
    assert "<script>" not in html  # every script is a file (CSP: script-src 'self')
    assert "http://" not in html
    assert "https://" not in html
    assert "unsafe" not in response["Content-Security-Policy"]


# --- what the API answers, and to whom --------------------------------------------------------


def test_only_json_no_browsable_forms(client, world):
    response = client.get("/api/v1/projects/", HTTP_ACCEPT="text/html")

    assert response.status_code in (200, 406)
    assert "<form" not in response.content.decode()
    assert client.get("/api/v1/projects/?format=api").status_code == 404


def test_writing_is_not_allowed(client, world):
    assert client.post("/api/v1/projects/", {}).status_code == 405
    assert client.delete("/api/v1/projects/alfa/").status_code == 405


def test_any_site_may_read_the_api_without_credentials(client, world):
    response = client.get("/api/v1/projects/", HTTP_ORIGIN="https://example.org")

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert not response.cookies


def test_only_the_api_answers_other_sites(client, world):
    response = client.get("/nl/projects/", HTTP_ORIGIN="https://example.org")

    assert "Access-Control-Allow-Origin" not in response


def test_a_client_asking_too_often_is_slowed_down(client, settings):
    from rest_framework.settings import api_settings
    from rest_framework.throttling import SimpleRateThrottle

    rates = {**api_settings.DEFAULT_THROTTLE_RATES, "anon": "3/minute"}
    original = SimpleRateThrottle.THROTTLE_RATES
    SimpleRateThrottle.THROTTLE_RATES = rates
    try:
        answers = [client.get("/api/v1/themes/").status_code for _ in range(4)]
        other = client.get("/api/v1/themes/", REMOTE_ADDR="192.0.2.7").status_code
    finally:
        SimpleRateThrottle.THROTTLE_RATES = original

    assert answers == [200, 200, 200, 429]
    assert other == 200  # counted per client address
