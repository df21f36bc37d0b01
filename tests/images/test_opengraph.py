"""Open Graph images: a 1200 × 630 PNG per public project and organisation, drawn once and
kept, with long cache headers; the pages point to it."""

import io

import pytest
from PIL import Image

from core.models import Publication
from images import opengraph
from tests.factories import OrganisationFactory, ProjectFactory
from tests.images.conftest import upload

pytestmark = pytest.mark.django_db


def png(response) -> Image.Image:
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert (image.format, image.size) == ("PNG", (1200, 630))
    return image


def test_a_project_without_a_photo_gets_a_drawn_image(client, media):
    lead = OrganisationFactory(name_nl="Kinderrechtencoalitie België")
    ProjectFactory(slug="watch", title_nl="Toezicht op het Kinderrechtenverdrag", lead=lead)

    response = client.get("/nl/projects/watch/og.png")

    image = png(response)
    assert image.getpixel((600, 600)) == opengraph.DARK  # the portal's dark blue
    assert "public" in response["Cache-Control"] and "max-age=86400" in response["Cache-Control"]
    assert response["ETag"] and response["Last-Modified"]
    assert list((media / "opengraph" / "projects" / "watch").glob("nl-*.png"))


def test_a_project_with_a_photo_shows_it_cropped(client):
    ProjectFactory(
        slug="photo",
        image=upload("green.jpg", size=(800, 800), color=(0, 128, 0)),
        image_alt_nl="Groen",
    )

    image = png(client.get("/en/projects/photo/og.png"))

    red, green, blue = image.getpixel((600, 100))
    assert green > 100 and red < 40 and blue < 40


def test_the_image_is_drawn_once_and_again_after_a_change(client, media, monkeypatch):
    project = ProjectFactory(slug="once", title_nl="Eerste titel")
    first = client.get("/nl/projects/once/og.png")
    drawings = []
    monkeypatch.setattr(opengraph, "draw", lambda *a, **k: drawings.append(a) or b"png")

    again = client.get("/nl/projects/once/og.png")
    assert drawings == [] and again.content == first.content
    unchanged = client.get("/nl/projects/once/og.png", HTTP_IF_NONE_MATCH=first["ETag"])
    assert unchanged.status_code == 304

    project.title_nl = "Tweede titel"
    project.save()
    changed = client.get("/nl/projects/once/og.png")
    assert drawings and changed["ETag"] != first["ETag"]
    # The old drawing went: one per object and language.
    assert len(list((media / "opengraph" / "projects" / "once").glob("nl-*.png"))) == 1


def test_only_public_objects_have_an_image(client):
    ProjectFactory(slug="draft", publication=Publication.DRAFT)
    OrganisationFactory(slug="hidden", publication=Publication.DRAFT)

    assert client.get("/nl/projects/draft/og.png").status_code == 404
    assert client.get("/nl/organisations/hidden/og.png").status_code == 404
    assert client.get("/nl/projects/nothing/og.png").status_code == 404


def test_an_organisation_gets_a_drawn_image(client):
    OrganisationFactory(slug="cpc", name_nl="CPC – Child Protection Centre", city="Bisjkek")

    png(client.get("/nl/organisations/cpc/og.png"))


def test_the_pages_point_social_media_to_the_image(client):
    ProjectFactory(slug="shared", title_en="Girls in science")
    OrganisationFactory(slug="cpc", name_en="CPC")

    project = client.get("/en/projects/shared/").text
    profile = client.get("/en/organisations/cpc/").text

    assert '<meta property="og:image" content="http://testserver/en/projects/shared/og.png">' in (
        project
    )
    assert '<meta property="og:image:width" content="1200">' in project
    assert '<meta property="og:image:height" content="630">' in project
    assert '<meta property="og:image:alt" content="Girls in science">' in project
    assert '<meta name="twitter:card" content="summary_large_image">' in project
    assert 'content="http://testserver/en/organisations/cpc/og.png"' in profile


def test_long_titles_are_wrapped_and_cut_to_fit():
    title = " ".join(["Kinderrechten"] * 60)

    size, lines = opengraph.fit(title, 900)

    assert len(lines) == 4 and lines[-1].endswith("…")
    assert all(opengraph.lettering.length(line, size) <= 900 for line in lines)


def test_accents_are_drawn_without_a_system_font():
    from images import lettering

    drawn, accents = lettering.plan("België – Ça", 40)

    assert drawn == "Belgie - Ca"
    assert accents == [(5, "diaeresis"), (9, "cedilla")]
