"""Renditions of uploaded images: made on upload, in the right sizes and formats, never
wider than the source, turned by EXIF, without metadata, removed with their source."""

import io

import pytest
from PIL import Image

from images import renditions
from tests.factories import OrganisationFactory, ProjectFactory
from tests.images.conftest import image_bytes, upload

pytestmark = pytest.mark.django_db


def files_under(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_a_project_photo_gets_every_width_in_webp_and_jpeg_on_upload(media):
    project = ProjectFactory(image=upload("school.jpg", size=(1600, 900)), image_alt_nl="Een klas")

    name = project.image.name
    made = files_under(media / "renditions" / name)
    assert made == sorted(f"{w}.{f}" for w in (320, 640, 960, 1280) for f in ("webp", "jpg"))
    assert (project.image_width, project.image_height) == (1600, 900)
    with Image.open(media / "renditions" / name / "640.webp") as webp:
        assert (webp.format, webp.size) == ("WEBP", (640, 360))
    with Image.open(media / "renditions" / name / "1280.jpg") as jpeg:
        assert (jpeg.format, jpeg.size) == ("JPEG", (1280, 720))


def test_a_small_image_is_never_made_larger(media):
    project = ProjectFactory(image=upload("small.jpg", size=(700, 500)), image_alt_nl="Klein")

    made = files_under(media / "renditions" / project.image.name)

    assert made == sorted(f"{w}.{f}" for w in (320, 640, 700) for f in ("webp", "jpg"))
    with Image.open(media / "renditions" / project.image.name / "700.jpg") as largest:
        assert largest.size == (700, 500)


def test_a_transparent_logo_falls_back_to_png(media):
    organisation = OrganisationFactory(
        logo=upload("logo.png", size=(600, 300), mode="RGBA", color=(0, 0, 0, 0))
    )

    folder = media / "renditions" / organisation.logo.name
    expected = sorted(f"{w}.{f}" for w in (160, 320, 480) for f in ("webp", "png"))
    assert files_under(folder) == expected
    with Image.open(folder / "160.png") as fallback:
        assert fallback.mode == "RGBA" and fallback.size == (160, 80)


def test_exif_orientation_is_applied_and_metadata_dropped(media):
    exif = Image.Exif()
    exif[0x0112] = 6  # taken with the camera on its side: shown turned a quarter
    exif[0x010F] = "Camera maker"
    content = image_bytes(size=(800, 400), exif=exif.tobytes())
    project = ProjectFactory(image=upload("side.jpg"), image_alt_nl="Gedraaid")
    project.image.save("side.jpg", io.BytesIO(content), save=True)
    project.refresh_from_db()

    assert (project.image_width, project.image_height) == (400, 800)
    with Image.open(media / "renditions" / project.image.name / "320.jpg") as turned:
        assert turned.size == (320, 640)
        assert not turned.getexif() and "icc_profile" not in turned.info


def test_replacing_an_image_removes_the_old_renditions(media):
    project = ProjectFactory(image=upload("first.jpg", size=(800, 600)), image_alt_nl="Eerst")
    old = media / "renditions" / project.image.name
    assert files_under(old)

    project.image = upload("second.jpg", size=(1000, 500))
    project.save()

    assert not files_under(old)
    assert files_under(media / "renditions" / project.image.name)
    assert (project.image_width, project.image_height) == (1000, 500)


def test_deleting_a_project_removes_its_renditions(media):
    project = ProjectFactory(image=upload("gone.jpg", size=(800, 600)), image_alt_nl="Weg")
    folder = media / "renditions" / project.image.name

    project.delete()

    assert not files_under(folder)


def test_removing_the_image_removes_its_renditions_and_size(media):
    project = ProjectFactory(image=upload("away.jpg", size=(800, 600)), image_alt_nl="Weg")
    folder = media / "renditions" / project.image.name

    project.image = ""
    project.save()

    assert not files_under(folder)
    assert project.image_width is None


def test_a_missing_rendition_is_made_on_first_use(media):
    project = ProjectFactory(image=upload("later.jpg", size=(800, 600)), image_alt_nl="Later")
    (media / "renditions" / project.image.name / "320.webp").unlink()
    renditions._known.clear()

    assert renditions.ensure(project.image.name, (320, 640), source_width=800)

    assert (media / "renditions" / project.image.name / "320.webp").exists()


def test_fill_sizes_measures_stored_images_and_skips_missing_files(media):
    from projects.models import Project

    kept = ProjectFactory(image=upload("kept.jpg", size=(300, 200)), image_alt_nl="Bewaard")
    gone = ProjectFactory(image="images/projects/not-there.jpg", image_alt_nl="Weg")
    Project.objects.filter(pk__in=[kept.pk, gone.pk]).update(image_width=None, image_height=None)

    assert renditions.fill_sizes(Project, "image") == 1

    kept.refresh_from_db()
    gone.refresh_from_db()
    assert (kept.image_width, kept.image_height) == (300, 200)
    assert gone.image_width is None


def test_a_donor_logo_gets_its_renditions_and_size(media):
    from tests.factories import DonorFactory

    donor = DonorFactory(logo=upload("donor.jpg", size=(500, 250)))

    assert (donor.logo_width, donor.logo_height) == (500, 250)
    expected = sorted(f"{w}.{f}" for w in (160, 320, 480) for f in ("webp", "jpg"))
    assert files_under(media / "renditions" / donor.logo.name) == expected
