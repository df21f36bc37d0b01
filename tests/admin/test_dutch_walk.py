"""The Dutch admin has no English: every page of every registered model, walked as a Dutch
network editor and as a Dutch organisation editor.

For each model: the list, the add form, a change form, its history (and a version in
it), the delete confirmation where the user may delete, and the page after saving the
change form back. The visible interface text of each page (text, and the title,
aria-label, placeholder and button values) is checked; what comes from the database
(inputs', text areas' and options' values) is left out, and the data below is Dutch or
neutral so that a table cell cannot trip the check either.
"""

import datetime
import re

import pytest
from django.contrib import admin
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from tests.admin.conftest import change_form_data, dutch_client
from tests.admin.dutch_text import english_in
from tests.factories import (
    DonorFactory,
    FundingFactory,
    InstrumentFactory,
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
    PartnershipFactory,
    ProjectFactory,
    ThemeFactory,
    network_editor,
    organisation_editor,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def portal_data():
    """At least one row of every registered model, with Dutch or neutral values."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django_otp.plugins.otp_static.models import StaticDevice
    from two_factor.plugins.webauthn.models import WebauthnDevice

    from editions.models import Edition
    from newsletter.models import ErasureLog, Newsletter, OutboxMessage, Subscriber
    from organisations.models import Framework, Goal, Pillar, SocialLink, WorkingPrinciple
    from projects.models import ReachFigure, TargetGroup
    from tests.factories import NewsItemFactory, PublicationFactory

    organisation = OrganisationFactory(name_nl="Stichting Kinderstem", name_en="Kinderstem")
    network = NetworkFactory(name_nl="Kindernetwerk", name_en="Kindernetwerk")
    MembershipFactory(network=network, member=organisation)
    PartnershipFactory(organisation=organisation)
    theme = ThemeFactory(name_nl="Onderwijs", name_en="Onderwijs")
    project = ProjectFactory(
        title_nl="Veilige scholen", title_en="Veilige scholen", lead=organisation, themes=[theme]
    )
    donor = DonorFactory(name_nl="Stichting Elnura", name_en="Stichting Elnura")
    FundingFactory(project=project, donor=InstrumentFactory(donor=donor).donor)
    from finances.models import Budget, Transaction

    Budget.objects.create(
        project=project, period_start="2024-01-01", period_end="2024-12-31", value=1000
    )
    Transaction.objects.create(
        project=project, transaction_type="11", date="2024-01-15", value=1000, provider_donor=donor
    )
    WorkingPrinciple.objects.create(organisation=organisation, title_nl="Kindgericht werken")
    SocialLink.objects.create(
        organisation=organisation, platform="linkedin", url="https://example.org/kinderstem"
    )
    Framework.objects.create(title_nl="Kinderrechtenverdrag")
    Pillar.objects.create(network=network, title_nl="Kinderrechten waarmaken")
    Goal.objects.create(network=network, title_nl="Elk kind kent zijn rechten")
    TargetGroup.objects.create(name_nl="Jongeren", slug="jongeren")
    ReachFigure.objects.create(project=project, value=120, label_nl="kinderen")
    from results.models import Disaggregation, Indicator, IndicatorPeriod, Result

    indicator = Indicator.objects.create(
        result=Result.objects.create(project=project, title_nl="Getrainde leerkrachten"),
        title_nl="Leerkrachten met een certificaat",
        baseline_year=2022,
        baseline_value=10,
    )
    period = IndicatorPeriod.objects.create(
        indicator=indicator,
        period_start=datetime.date(2024, 1, 1),
        period_end=datetime.date(2024, 12, 31),
        target_value=40,
        actual_value=35,
    )
    Disaggregation.objects.create(
        period=period, dimension_name_nl="geslacht", dimension_value_nl="vrouw", actual_value=20
    )
    newsletter = Newsletter.objects.get_or_create(
        slug="nieuwsbrief", defaults={"name_nl": "Nieuwsbrief"}
    )[0]
    Subscriber.objects.create(newsletter=newsletter, email="lezer@example.org", language="nl")
    OutboxMessage.objects.create(
        to="lezer@example.org", subject="Welkom", body_text="Welkom bij de nieuwsbrief."
    )
    ErasureLog.objects.create()
    PublicationFactory(
        organisations=[organisation],
        projects=[project],
        title_nl="Jaarverslag 2024",
        title_en="Jaarverslag 2024",
        summary_en="Wat we deden.",
    )
    NewsItemFactory(
        organisation=organisation,
        project=project,
        title_nl="Nieuwe club",
        summary_nl="Twintig meisjes begonnen.",
    )
    from tests.factories import CampaignFactory, SignatureFactory

    SignatureFactory(
        campaign=CampaignFactory(
            title_nl="Kijk niet weg",
            title_en="Kijk niet weg",
            summary_en="Niet wegkijken.",
            goal_en="Elk kind veilig.",
            petition_text_en="Wij vragen de regering om kinderen te beschermen.",
            organisations=[organisation],
            outside_bodies=[network],
        ),
        name="Anouk de Vries",
    )
    Edition.objects.create(
        newsletter=newsletter,
        subject="Nieuws uit het netwerk",
        slug="nieuws",
        introduction="Wat de leden deden.",
    ).projects.set([project])
    editor = organisation_editor(organisation, username="redacteur")
    StaticDevice.objects.create(user=editor, name="herstelcodes")
    WebauthnDevice.objects.create(
        user=editor, name="sleutel", public_key="-", key_handle="-", sign_count=0
    )
    client_values = {
        "user_agent": "Firefox",
        "http_accept": "*/*",
        "path_info": "/account/login/",
        "ip_address": "192.0.2.1",
        "username": "bezoeker",
    }
    AccessAttempt.objects.create(get_data="", post_data="", failures_since_start=1, **client_values)
    AccessLog.objects.create(**client_values)
    AccessFailureLog.objects.create(**client_values)
    # A draft of the editor's that waits for review: the dashboard lists it, and its form
    # offers the submit page (walked for the organisation editor's other draft below).
    from core.models import Publication
    from reviews.models import Review

    waiting = ProjectFactory(
        title_nl="Spelen zonder zorgen", lead=organisation, publication=Publication.DRAFT
    )
    Review.objects.create(item=waiting, submitted_by=editor)
    ProjectFactory(title_nl="Leren lezen", lead=organisation, publication=Publication.DRAFT)
    return editor


def admin_url(model, name, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{name}", args=args)


def first_link(html: str, pattern: str) -> str | None:
    match = re.search(rf'href="({pattern})"', html)
    return match[1] if match else None


def walk(client) -> tuple[dict[str, list[str]], set[str], list[str]]:
    """GETs every admin page the client's user may see, and saves each change form back;
    returns the English found per page, the models whose list showed no row, and the
    pages seen."""
    findings: dict[str, list[str]] = {}
    empty: set[str] = set()
    seen: list[str] = []

    def check(url, response):
        assert response.status_code in (200, 302, 403), (url, response.status_code)
        seen.append(url)
        if response.status_code == 200:
            found = english_in(response.content.decode())
            if found:
                findings[url] = found

    def get(url):
        response = client.get(url)
        check(url, response)
        return response

    index = get(reverse("admin:index"))
    for app_label in sorted({model._meta.app_label for model in admin.site._registry}):
        app_index = reverse("admin:app_list", args=[app_label])
        if f'href="{app_index}"' in index.content.decode():
            get(app_index)
    for model in admin.site._registry:
        changelist = admin_url(model, "changelist")
        if f'href="{changelist}' not in index.content.decode():
            continue  # not for this user
        page = get(changelist)
        try:
            add = admin_url(model, "add")
        except NoReverseMatch:
            continue  # a page of its own, not a list of rows (the review dashboard)
        if 'href="' + add in page.content.decode():
            get(add)
        base = changelist.rstrip("/")
        change = first_link(page.content.decode(), rf"{re.escape(base)}/[^/\"]+/change/")
        if not change:
            empty.add(model._meta.label)
            continue
        form = get(change)
        history = get(change.replace("/change/", "/history/"))
        version = first_link(history.content.decode(), rf"{re.escape(base)}/[^/\"]+/history/\d+/")
        if version:
            get(version)
        submit = first_link(form.content.decode(), r"/admin/reviews/review/submit/\d+/\d+/")
        if submit:
            get(submit)
        delete = change.replace("/change/", "/delete/")
        if f'href="{delete}"' in form.content.decode():
            get(delete)
        if (
            form.status_code == 200
            and "adminform" in form.context
            and form.context["has_change_permission"]
        ):
            data = change_form_data(form) | {"_continue": "1"}
            saved = client.post(change, data, follow=True)
            if saved.context and list(saved.context.get("messages", [])):
                check(f"{change} (saved)", saved)
    return findings, empty, seen


def test_the_walk_finds_english_formal_dutch_and_met_succes():
    html = (
        '<h1>Wijzig project</h1><p title="Show all">Kies</p><input type="submit" value="Save">'
        '<input name="title" value="The project"><select><option>With all</option></select>'
        "<textarea>Yes and no</textarea><p>Klik hier als u wilt</p><p>Is met succes gewijzigd</p>"
        "<p>Select a date</p><p>Wachtwoord</p>"
    )

    with translation.override("nl"):
        found = english_in(html)

    assert found == [
        "untranslated: 'Show all'",
        "untranslated: 'Save'",
        "formal or 'met succes': 'Klik hier als u wilt'",
        "formal or 'met succes': 'Is met succes gewijzigd'",
        "English word: 'Select a date'",
    ]


@pytest.mark.parametrize("role", ["network editor", "organisation editor"])
def test_a_dutch_editor_finds_no_english_on_any_admin_page(portal_data, role):
    user = network_editor(username="secretariaat") if role == "network editor" else portal_data
    client = dutch_client(user)

    findings, empty, seen = walk(client)

    # Each English text once, with the first page it is on.
    first_seen = {}
    for url, texts in findings.items():
        for text in texts:
            first_seen.setdefault(text, url)
    assert not first_seen, "English in the Dutch admin:\n" + "\n".join(
        f"{url}: {text}" for text, url in sorted(first_seen.items(), key=lambda i: i[1])
    )
    # Every list the user sees has a row (portal_data makes one of each), so its change,
    # history and delete pages were walked too.
    assert empty == set()
    saved = [url for url in seen if url.endswith("(saved)")]
    assert len(saved) >= (5 if role == "organisation editor" else 15)
    assert len(seen) >= (40 if role == "organisation editor" else 100)


def test_the_submit_page_and_the_dashboard_speak_dutch(portal_data):
    from projects.models import Project
    from reviews.status import submit_url

    draft = Project.objects.get(title_nl="Leren lezen")
    editor = dutch_client(portal_data)
    secretariat = dutch_client(network_editor(username="secretariaat"))

    submit_page = editor.get(submit_url(draft))
    dashboard = secretariat.get(reverse("admin:reviews_review_changelist"))

    assert submit_page.status_code == dashboard.status_code == 200
    assert "Spelen zonder zorgen" in dashboard.content.decode()
    assert english_in(submit_page.content.decode()) == []
    assert english_in(dashboard.content.decode()) == []
