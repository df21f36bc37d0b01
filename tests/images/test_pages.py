"""Images on the public pages, as a visitor's browser gets them: a <picture> with WebP and
a fallback, srcset, sizes, width and height, lazy loading and alt text; a broken source
never breaks the page."""

import re

import pytest

from images import renditions
from tests.factories import OrganisationFactory, ProjectFactory
from tests.images.conftest import upload

pytestmark = pytest.mark.django_db


def test_the_project_page_shows_its_photo_as_a_responsive_picture(client, media):
    project = ProjectFactory(
        slug="school",
        image=upload("school.jpg", size=(1600, 900)),
        image_alt_nl="Kinderen in een klaslokaal",
        image_alt_en="Children in a classroom",
    )
    folder = f"/media/renditions/{project.image.name}"

    text = client.get("/en/projects/school/").text

    picture = re.search(r"<picture>.*?</picture>", text, re.S).group(0)
    assert (
        f'<source type="image/webp" srcset="{folder}/320.webp 320w, {folder}/640.webp 640w, '
        f'{folder}/960.webp 960w, {folder}/1280.webp 1280w"'
    ) in picture
    assert f'src="{folder}/1280.jpg"' in picture
    assert f'srcset="{folder}/320.jpg 320w, {folder}/640.jpg 640w' in picture
    assert 'width="1280" height="720"' in picture
    assert 'alt="Children in a classroom"' in picture
    assert 'sizes="(min-width: 1400px) 856px' in picture
    # The page's first image is fetched at once, not lazily.
    assert 'loading="eager"' in picture and 'fetchpriority="high"' in picture
    assert 'decoding="async"' in picture
    # Every listed rendition is there (the URLs' media view reads the folder of the
    # settings at start-up, not this test's).
    for url in re.findall(r"/media/(\S+) \d+w", picture):
        assert (media / url).is_file()


def test_logos_are_lazy_pictures_with_their_size(client):
    organisation = OrganisationFactory(
        slug="cpc",
        name_nl="CPC",
        logo=upload("logo.png", size=(400, 200), mode="RGBA", color=(0, 0, 0, 0)),
        logo_alt_nl="Logo van CPC",
    )
    ProjectFactory(lead=organisation)  # so the directory lists it
    folder = f"/media/renditions/{organisation.logo.name}"

    profile = client.get("/nl/organisations/cpc/").text
    directory = client.get("/nl/organisations/").text

    assert f'src="{folder}/400.png"' in profile
    assert 'width="400" height="200" alt="Logo van CPC" loading="lazy"' in profile
    assert f"{folder}/160.webp 160w, {folder}/320.webp 320w, {folder}/400.webp 400w" in profile
    assert 'sizes="176px"' in profile
    # In the directory the name stands beside it: the logo is decorative there.
    decorative = rf'<img src="{re.escape(folder)}/400.png"[^>]* alt="" loading="lazy"'
    assert re.search(decorative, directory)


def test_a_missing_source_shows_the_original_and_never_fails(client):
    ProjectFactory(slug="gone", image="images/projects/gone.jpg", image_alt_nl="Weg")

    response = client.get("/nl/projects/gone/")

    assert response.status_code == 200
    assert '<img src="/media/images/projects/gone.jpg" alt="Weg"' in response.text


def test_a_corrupt_source_shows_the_original_and_never_fails(client, media, settings):
    project = ProjectFactory(
        slug="broken", image=upload("broken.jpg", size=(900, 600)), image_alt_nl="Kapot"
    )
    renditions.remove(project.image.name)
    (media / project.image.name).write_bytes(b"not an image any more")

    response = client.get("/nl/projects/broken/")

    assert response.status_code == 200
    assert (
        f'<img src="/media/{project.image.name}" width="900" height="600" alt="Kapot"'
        in response.text
    )


def test_renditions_deleted_behind_the_portals_back_are_made_again(client, media):
    project = ProjectFactory(
        slug="again", image=upload("again.jpg", size=(700, 400)), image_alt_nl="Opnieuw"
    )
    renditions.remove(project.image.name)

    text = client.get("/nl/projects/again/").text

    assert "<picture>" in text
    assert (media / "renditions" / project.image.name / "700.webp").exists()
