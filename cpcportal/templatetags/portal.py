"""Template helpers used across the site."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language, get_language_info, override

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in every language: the switcher's links and the hreflang alternates.

    The path is translated through the URL resolver, so the visitor stays on the same
    page (and keeps its filters); a page that resolves nowhere falls back to the home page.
    """
    request = context["request"]
    current = get_language()
    full_path = request.get_full_path()
    versions = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(full_path, code)
        if url == full_path and code != current:
            with override(code):
                url = reverse("home")
        versions.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "current": code == current,
            }
        )
    return versions
