"""The newsletter archive on the site: what was sent, never a draft."""

import pytest

from core.models import Publication
from editions import sending
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(draft, subscribers):
    def make(**fields):
        edition = draft(**fields)
        sending.start_sending(edition.pk, by=None, base="https://portal.example")
        sending.send_pending(edition)
        edition.refresh_from_db()
        return edition

    return make


def test_the_archive_lists_sent_issues_newest_first(client, sent, draft):
    sent(subject="Eerste nieuwsbrief", slug="eerste")
    sent(subject="Second issue", slug="second", language="en")
    draft(subject="Nog niet verstuurd", slug="concept")

    page = client.get("/nl/newsletter/archive/").content.decode()

    assert page.index("Second issue") < page.index("Eerste nieuwsbrief")
    assert '<a href="/nl/newsletter/archive/second/" lang="en">Second issue</a>' in page
    assert "Nog niet verstuurd" not in page


def test_an_issue_page_shows_its_text_and_public_projects(client, sent):
    shown = ProjectFactory(title_nl="Zomerkampen", title_en="Summer camps")
    hidden = ProjectFactory(title_nl="Nog geheim")
    edition = sent()
    edition.projects.set([shown, hidden])
    hidden.publication = Publication.DRAFT
    hidden.save()

    page = client.get("/en/newsletter/archive/nieuws-uit-het-netwerk/").content.decode()

    assert '<h1 lang="nl">Nieuws uit het netwerk</h1>' in page
    assert 'href="https://example.org/kampen"' in page
    assert "Zomerkampen" in page and "Summer camps" not in page  # in the issue's language
    assert "Nog geheim" not in page


def test_a_draft_has_no_page(client, draft):
    draft()
    assert client.get("/nl/newsletter/archive/nieuws-uit-het-netwerk/").status_code == 404


def test_the_archive_is_in_the_sitemap_the_footer_and_on_the_sign_up_page(client, sent, draft):
    sent()
    draft(slug="concept")

    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/nl/newsletter/archive/nieuws-uit-het-netwerk/" in sitemap
    assert "/en/newsletter/archive/</loc>" in sitemap
    assert "concept" not in sitemap
    assert 'href="/nl/newsletter/archive/"' in client.get("/nl/").content.decode()
    assert 'href="/en/newsletter/archive/"' in client.get("/en/newsletter/").content.decode()


def test_an_issue_page_shows_its_public_news_and_publications(client, sent):
    from tests.factories import NewsItemFactory, PublicationFactory

    news = NewsItemFactory(title_nl="Kamp geopend", slug="kamp")
    hidden = NewsItemFactory(title_nl="Nog geheim", publication=Publication.DRAFT)
    report = PublicationFactory(title_nl="Jaarverslag", slug="jaarverslag")
    edition = sent()
    edition.news_items.set([news, hidden])
    edition.publications.set([report])

    page = client.get("/en/newsletter/archive/nieuws-uit-het-netwerk/").content.decode()

    assert '<h2 class="h4 mt-4">Nieuws</h2>' in page  # in the issue's language
    assert '<a href="/nl/news/kamp/">Kamp geopend</a>' in page
    assert '<a href="/nl/publications/jaarverslag/">Jaarverslag</a>' in page
    assert "Nog geheim" not in page
