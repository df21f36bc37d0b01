"""The rules of a publication: a PDF or a link, exactly one; what the public sees."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from core.models import Publication as State
from publications.models import Publication
from tests.factories import OrganisationFactory, PublicationFactory
from tests.publications.conftest import upload

pytestmark = pytest.mark.django_db


def test_public_needs_publication_and_a_public_organisation():
    shown = PublicationFactory()
    draft = PublicationFactory(publication=State.DRAFT)
    hidden_org = OrganisationFactory(publication=State.DRAFT)
    by_hidden = PublicationFactory(organisations=[hidden_org])
    with_one_public = PublicationFactory(organisations=[hidden_org, OrganisationFactory()])

    public = set(Publication.objects.public())

    assert public == {shown, with_one_public}
    for publication in (shown, draft, by_hidden, with_one_public):
        assert publication.is_public == (publication in public)


def test_a_file_and_a_link_together_are_refused_by_the_database(valid_pdf):
    publication = PublicationFactory()
    publication.file = upload(valid_pdf)
    with pytest.raises(IntegrityError), transaction.atomic():
        publication.save()


def test_neither_file_nor_link_is_refused_by_the_database():
    publication = PublicationFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Publication.objects.filter(pk=publication.pk).update(url="")


def test_clean_says_which_one_is_missing_or_too_much(valid_pdf):
    publication = PublicationFactory.build(url="")
    with pytest.raises(ValidationError) as neither:
        publication.clean()
    assert "file" in neither.value.message_dict

    publication.url = "https://example.org/x.pdf"
    publication.file = upload(valid_pdf)
    with pytest.raises(ValidationError) as both:
        publication.clean()
    assert both.value.message_dict["url"] == ["Give either a PDF file or a link, not both."]


def test_an_uploaded_pdf_gets_a_thumbnail_and_a_random_name(valid_pdf):
    publication = PublicationFactory(url="", file=upload(valid_pdf, "Jaarverslag 2024.pdf"))

    publication.refresh_from_db()
    assert publication.file.name.endswith(".pdf")
    assert "Jaarverslag" not in publication.file.name
    assert publication.file_size == len(valid_pdf)
    assert publication.thumbnail.name.endswith(".webp")
    assert publication.thumbnail_width == 300
    assert 400 < publication.thumbnail_height < 450  # A4's proportions
