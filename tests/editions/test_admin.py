"""Network editors write, preview, test and send an issue; nobody else can."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.utils import translation

from core.models import Publication
from editions.models import Edition, State
from tests.admin.conftest import dutch_client, english_client
from tests.admin.dutch_text import english_in
from tests.factories import OrganisationFactory, ProjectFactory, network_editor, organisation_editor

pytestmark = pytest.mark.django_db

ADD = "/admin/editions/edition/add/"


def change_url(edition, view="change"):
    return f"/admin/editions/edition/{edition.pk}/{view}/"


@pytest.fixture
def editor():
    return english_client(network_editor(username="secretariat"))


def form(newsletter, **fields):
    return {
        "newsletter": newsletter.pk,
        "language": "nl",
        "subject": "Nieuws uit het netwerk",
        "slug": "nieuws-uit-het-netwerk",
        "introduction": "Wat de leden deze maand deden.",
        "body": "<p>Hallo<script>alert(1)</script></p>",
        **fields,
    }


def test_a_network_editor_writes_an_issue_with_public_projects(editor, network_newsletter):
    project = ProjectFactory()

    response = editor.post(ADD, form(network_newsletter, projects=[project.pk]))

    assert response.status_code == 302
    edition = Edition.objects.get()
    assert edition.state == State.DRAFT
    assert edition.body == "<p>Hallo</p>"
    assert list(edition.projects.all()) == [project]


def test_news_and_publications_that_are_not_public_are_refused(editor, network_newsletter):
    from tests.factories import NewsItemFactory, PublicationFactory

    news = NewsItemFactory(title_nl="Geheim nieuws", publication=Publication.DRAFT)
    report = PublicationFactory(title_nl="Geheim verslag", publication=Publication.DRAFT)
    shown = NewsItemFactory(title_nl="Open nieuws")

    refused = editor.post(
        ADD, form(network_newsletter, news_items=[news.pk], publications=[report.pk])
    ).content.decode()
    accepted = editor.post(ADD, form(network_newsletter, news_items=[shown.pk]))

    assert "Only public news can be in a newsletter issue: Geheim nieuws" in refused
    assert "Only public publications can be in a newsletter issue: " in refused
    assert accepted.status_code == 302
    assert list(Edition.objects.get().news_items.all()) == [shown]


def test_a_project_that_is_not_public_is_refused_with_a_message(editor, network_newsletter):
    hidden = ProjectFactory(title_en="Secret plans", publication=Publication.DRAFT)

    response = editor.post(ADD, form(network_newsletter, projects=[hidden.pk]))

    assert response.status_code == 200
    assert "Only public projects can be in a newsletter issue" in response.content.decode()
    assert not Edition.objects.exists()


def test_preview_shows_both_versions(editor, draft, subscribers):
    subscribers(4)
    edition = draft()

    page = editor.get(change_url(edition, "preview")).content.decode()
    html = editor.get(change_url(edition, "preview-html"))

    assert "Wat de leden deze maand deden." in page
    assert "de zomerkampen (https://example.org/kampen)" in page
    assert "4 confirmed subscribers" in page
    assert html.status_code == 200
    assert b'<h1 style="' in html.content
    policy = html["Content-Security-Policy"]
    assert "style-src 'unsafe-inline'" in policy and "script-src 'self'" in policy
    assert not mail.outbox


def test_a_test_goes_to_the_editor_only(editor, draft, subscribers):
    subscribers(3)
    edition = draft()

    response = editor.post(change_url(edition, "test"), follow=True)

    (message,) = mail.outbox
    assert message.to == ["secretariat@example.org"]
    assert message.subject.endswith("Nieuws uit het netwerk") and "Test" in message.subject
    assert "A test was sent to secretariat@example.org." in response.content.decode()
    edition.refresh_from_db()
    assert edition.state == State.DRAFT and edition.test_sent_at is not None


def test_sending_asks_first_then_sends_and_locks_the_issue(editor, draft, subscribers):
    subscribers(5)
    edition = draft()

    question = editor.get(change_url(edition, "send")).content.decode()
    assert "5 confirmed subscribers" in question
    assert not mail.outbox

    response = editor.post(change_url(edition, "send"), follow=True)

    assert len(mail.outbox) == 5
    assert "The issue was sent: 5 of 5 e-mails, 0 failed." in response.content.decode()
    edition.refresh_from_db()
    assert edition.state == State.SENT and edition.sent_by.username == "secretariat"
    page = editor.get(change_url(edition)).content.decode()
    assert "Sent: 5 of 5." in page
    # Read-only from now on, and sent only once.
    editor.post(change_url(edition), form(edition.newsletter, subject="Changed"))
    editor.post(change_url(edition, "send"))
    edition.refresh_from_db()
    assert edition.subject == "Nieuws uit het netwerk"
    assert len(mail.outbox) == 5
    assert editor.post(f"/admin/editions/edition/{edition.pk}/delete/").status_code == 403


def test_an_organisation_editor_cannot_see_or_send_issues(draft, subscribers):
    subscribers(2)
    edition = draft()
    client = english_client(organisation_editor(OrganisationFactory(), username="member"))

    assert client.get("/admin/editions/edition/").status_code == 403
    assert client.get(change_url(edition)).status_code in (302, 403)
    assert client.post(change_url(edition, "send")).status_code == 403
    assert client.post(change_url(edition, "test")).status_code == 403
    assert not mail.outbox


def test_writing_issues_without_the_right_to_send_them(draft, subscribers):
    subscribers(2)
    edition = draft()
    user = network_editor(username="writer")
    user.groups.clear()
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="editions", codename__in=["view_edition", "change_edition"]
        )
    )
    client = english_client(user)

    assert client.get(change_url(edition)).status_code == 200
    assert client.post(change_url(edition, "send")).status_code == 403
    assert not mail.outbox
    assert Edition.objects.get(pk=edition.pk).state == State.DRAFT


def test_the_sending_pages_speak_dutch(draft, subscribers):
    subscribers(2)
    edition = draft()
    client = dutch_client(network_editor(username="secretariaat"))

    pages = {view: client.get(change_url(edition, view)) for view in ("change", "preview", "send")}

    with translation.override("nl"):
        english = {view: english_in(page.content.decode()) for view, page in pages.items()}
    assert english == {"change": [], "preview": [], "send": []}
    sentence = "naar 2 bevestigde abonnees van ‘Nieuwsbrief van het netwerk’ in het Nederlands."
    assert sentence in pages["send"].content.decode()
