"""News through the admin: an organisation's editors write only their organisations' news,
about their own projects, as drafts that go to review; the secretariat writes the network's
news and publishes. Bad input gets a message and saves nothing."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from core.models import Publication
from news.models import NewsItem
from reviews.models import Review, ReviewState
from tests.admin.conftest import change_form_data
from tests.factories import NewsItemFactory, ProjectFactory
from tests.news.conftest import photo

pytestmark = pytest.mark.django_db

ADD = reverse("admin:news_newsitem_add")
LIST = reverse("admin:news_newsitem_changelist")


def change_url(item):
    return reverse("admin:news_newsitem_change", args=[item.pk])


def new_item(client, **changes):
    data = change_form_data(client.get(ADD))
    data.update(
        {
            "title_nl": "Nieuwe club",
            "slug": "nieuwe-club",
            "published_on": "2025-03-08",
            "summary_nl": "Twintig meisjes begonnen.",
            "body_nl": "<p>Het hele verhaal.</p>",
            **changes,
        }
    )
    return data


def errors_of(response, field):
    return response.context["adminform"].form.errors.get(field, [])


def test_the_secretariat_writes_and_publishes_the_networks_own_news(network_editor_client):
    data = new_item(network_editor_client, organisation="", publication="published")

    response = network_editor_client.post(ADD, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    item = NewsItem.objects.get()
    assert item.is_network_news and item.publication == Publication.PUBLISHED


def test_an_editor_writes_their_organisations_news_as_a_draft_and_submits_it(
    editor_client_for, two_organisations, client
):
    a, _b = two_organisations
    project = ProjectFactory(lead=a, slug="club")
    editor = editor_client_for(a)
    data = new_item(
        editor, organisation=str(a.pk), project=str(project.pk), publication="published"
    )

    assert editor.post(ADD, data).status_code == 302

    item = NewsItem.objects.get()
    assert (item.organisation, item.project) == (a, project)
    assert item.publication == Publication.DRAFT  # the secretariat publishes
    assert client.get("/nl/news/nieuwe-club/").status_code == 404
    form = editor.get(change_url(item)).text
    submit = reverse(
        "admin:reviews_review_submit",
        kwargs={"content_type_id": _content_type_id(), "object_id": item.pk},
    )
    assert f'href="{submit}"' in form
    assert editor.post(submit).status_code == 302
    assert Review.objects.get().state == ReviewState.WAITING


def _content_type_id():
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(NewsItem).pk


def test_an_editor_cannot_write_the_networks_news_nor_another_organisations(
    editor_client_for, two_organisations
):
    a, b = two_organisations
    editor = editor_client_for(a)

    without = editor.post(ADD, new_item(editor, organisation=""))
    foreign = editor.post(ADD, new_item(editor, organisation=str(b.pk)))

    assert errors_of(without, "organisation") == ["This field is required."]
    assert errors_of(foreign, "organisation")
    assert not NewsItem.objects.exists()


def test_an_editor_picks_only_projects_their_organisation_takes_part_in(
    editor_client_for, two_organisations
):
    a, b = two_organisations
    own = ProjectFactory(lead=a, title_en="Our project")
    theirs = ProjectFactory(lead=b, title_en="Their project")
    editor = editor_client_for(a)

    form = editor.get(ADD).text
    response = editor.post(ADD, new_item(editor, organisation=str(a.pk), project=str(theirs.pk)))

    assert f'<option value="{own.pk}">Our project</option>' in form
    assert "Their project" not in form
    assert errors_of(response, "project")
    assert not NewsItem.objects.exists()


def test_the_project_must_be_one_the_organisation_takes_part_in(
    network_editor_client, two_organisations
):
    a, b = two_organisations
    theirs = ProjectFactory(lead=b)
    data = new_item(network_editor_client, organisation=str(a.pk), project=str(theirs.pk))

    response = network_editor_client.post(ADD, data)

    assert errors_of(response, "project") == [
        "This organisation does not take part in that project. Choose one of its projects, or none."
    ]
    assert not NewsItem.objects.exists()


def test_a_date_in_the_future_and_a_photo_without_description_are_refused(
    network_editor_client,
):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    future = new_item(network_editor_client, published_on=tomorrow.isoformat())
    undescribed = new_item(network_editor_client, slug="foto", image=photo(), image_alt_nl="")

    assert errors_of(network_editor_client.post(ADD, future), "published_on") == [
        "The date cannot be in the future: keep it as a draft and publish it on the day."
    ]
    assert errors_of(network_editor_client.post(ADD, undescribed), "image_alt_nl") == [
        "Describe the photo for people who cannot see it, or remove the photo."
    ]
    assert not NewsItem.objects.exists()


def test_a_photo_is_checked_by_its_content_and_shown_with_its_size_and_description(
    network_editor_client, client
):
    fake = new_item(
        network_editor_client,
        image=photo("fake.jpg").__class__("fake.jpg", b"not an image", "image/jpeg"),
        image_alt_nl="Meisjes met een robot",
    )
    assert errors_of(network_editor_client.post(ADD, fake), "image")
    assert not NewsItem.objects.exists()

    good = new_item(
        network_editor_client,
        image=photo(size=(60, 40)),
        image_alt_nl="Meisjes met een robot",
        publication="published",
    )
    assert network_editor_client.post(ADD, good).status_code == 302

    page = client.get("/nl/news/nieuwe-club/").text
    assert 'width="60" height="40" alt="Meisjes met een robot"' in page
    listing = client.get("/nl/news/").text
    assert 'alt="Meisjes met een robot" loading="lazy"' in listing


def test_an_editor_sees_and_opens_only_their_organisations_news(
    editor_client_for, two_organisations
):
    a, b = two_organisations
    own = NewsItemFactory(organisation=a, title_nl="Van ons")
    other = NewsItemFactory(organisation=b, title_nl="Van een ander")
    network = NewsItemFactory(organisation=None, title_nl="Van het netwerk")
    editor = editor_client_for(a)

    listed = editor.get(LIST)

    assert set(listed.context["cl"].result_list) == {own}
    assert editor.get(change_url(other)).status_code == 404
    assert editor.get(change_url(network)).status_code == 404
    data = change_form_data(editor.get(change_url(own)))
    data["title_nl"] = "Gekaapt"
    assert editor.post(change_url(other), data).status_code == 404
    other.refresh_from_db()
    assert other.title_nl == "Van een ander"


def test_rich_text_is_cleaned_whatever_the_form_sent(network_editor_client):
    data = new_item(
        network_editor_client,
        body_nl='<p>Goed</p><img src=x onerror="alert(1)"><script>alert(2)</script>',
    )

    network_editor_client.post(ADD, data)

    assert NewsItem.objects.get().body_nl == "<p>Goed</p>"
