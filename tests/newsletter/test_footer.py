"""The sign-up form in every page's footer."""

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from newsletter.models import Newsletter

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.newsletter.urls")]


def render_footer(rf, path="/nl/projects/"):
    request = rf.get(path)
    with translation.override(path.split("/")[1]):
        return render_to_string("newsletter/includes/footer_form.html", request=request)


def test_footer_form_posts_to_the_newsletter_page(rf):
    html = render_footer(rf)

    assert 'action="/nl/newsletter/"' in html
    assert 'method="post"' in html
    assert "csrfmiddlewaretoken" not in html  # no token, so no cookie: pages stay cacheable
    assert 'name="source" value="/nl/projects/"' in html
    assert 'id="id_footer_email"' in html  # no clash with the page's own form
    assert 'href="/nl/privacy/"' in html
    assert 'name="newsletter"' not in html
    assert " style=" not in html


def test_footer_form_costs_at_most_one_cached_query(rf):
    with CaptureQueriesContext(connection) as first:
        render_footer(rf)
    with CaptureQueriesContext(connection) as second:
        render_footer(rf, "/en/")

    assert len(first) <= 1
    assert len(second) == 0


def test_footer_form_offers_a_choice_when_there_are_several_newsletters(rf):
    Newsletter.objects.create(name_nl="Ledennieuws", name_en="Member news", slug="members")

    html = render_footer(rf, "/en/")

    assert 'name="newsletter"' in html
    assert "Member news" in html and "Network newsletter" in html


def test_no_footer_form_without_an_open_newsletter(rf):
    Newsletter.objects.update(is_active=False)
    from django.core.cache import cache

    cache.clear()  # update() sends no signal
    assert "<form" not in render_footer(rf)


def test_footer_form_carries_each_pages_path_and_a_signed_start(rf):
    import re

    from newsletter.forms import SubscribeForm

    render_footer(rf, "/nl/projects/")  # the fields are rendered once, then reused
    html = render_footer(rf, "/nl/organisations/?x=<b>")

    assert 'name="source" value="/nl/organisations/"' in html
    started = re.search(r'name="started" value="([^"]+)"', html).group(1)
    form = SubscribeForm({"started": started}, newsletters=[])
    assert form._seconds_open() is not None  # a genuine, signed start time
    assert "\x00" not in html
