"""Template helpers used across the site."""

import datetime
import functools
import hashlib
import json
import re

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import get_script_prefix, get_urlconf, reverse, translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info, override

from core.cache import remember

register = template.Library()


@register.tag("remember")
def do_remember(parser, token):
    """`{% remember "name" value… %}…{% endremember %}`: the part rendered once per
    language, content generation and day in each process (core.cache.remember), and
    once per combination of the values named. The part must depend on nothing else: not
    on a block a child template may override (put the tag inside the block).

    The base page's header and footer are the same on every listing page, and Django's
    template engine takes milliseconds to render them anew.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% remember %} needs a name.")
    nodelist = parser.parse(("endremember",))
    parser.delete_first_token()
    return RememberNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])


class RememberNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist, self.parts = nodelist, parts

    def render(self, context):
        parts = "\x1f".join(str(part.resolve(context)) for part in self.parts)
        digest = hashlib.sha256(parts.encode()).hexdigest()
        key = f"fragment:{get_language() or ''}:{digest}"
        return remember(key, lambda: self.nodelist.render(context))


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in every language: the switcher's links and the hreflang alternates.

    The path is translated through the URL resolver, so the visitor stays on the same
    page (and keeps its filters); a page that resolves nowhere falls back to the home page.
    """
    request = context["request"]
    current = get_language()
    path, mark, query = request.get_full_path().partition("?")
    languages = _paths_in_languages(
        path, current, get_script_prefix(), get_urlconf(settings.ROOT_URLCONF)
    )
    return [
        {
            "code": code,
            "name": name,
            "url": f"{translated}{mark}{query}" if is_this_page else translated,
            "current": code == current,
        }
        for code, name, translated, is_this_page in languages
    ]


@functools.lru_cache(maxsize=4096)
def _paths_in_languages(path, current, _script_prefix, _urlconf) -> list[tuple]:
    """(code, name, path, whether it is this page) per language. Resolving and reversing a
    path took half a millisecond of every page; the answer changes only with the path, the
    language and the URLs (the other two arguments), so it is kept per path (a bounded
    number: a visitor's random paths only evict others)."""
    versions = []
    for code, _name in settings.LANGUAGES:
        translated = translate_url(path, code)
        is_this_page = translated != path or code == current
        if not is_this_page:
            with override(code):
                translated = reverse("home")
        versions.append((code, get_language_info(code)["name_local"], translated, is_this_page))
    return versions


ACRONYM = re.compile(r"([A-Z]{2,5})(?:\s|$)")


@register.filter
def initials(name) -> str:
    """ "Defence for Children" → "DC": a logo placeholder; small words are skipped.

    A name that starts with its own acronym keeps it: "CPC – Child Protection Centre" →
    "CPC", "SOS Kinderdorpen" → "SOS" (not "CCP", "SK").
    """
    acronym = ACRONYM.match(str(name or ""))
    if acronym:
        return acronym.group(1)
    words = [word for word in str(name or "").split() if word[:1].isalnum()]
    capitals = [word for word in words if word[:1].isupper() or word[:1].isdigit()]
    letters = "".join(word[0] for word in (capitals or words)[:3])
    return letters.upper() or "?"


@register.filter
def isodate(value):
    """A date that came as text in a JSON column ("2026-11-29") as a date, for |date."""
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# How wide a logo's box is drawn (portal.css, .logo-box and its sizes), for its `sizes`.
LOGO_BOX_SIZES = {"sm": "56px", "md": "144px", "lg": "176px"}


@register.filter
def logo_sizes(size) -> str:
    """The `sizes` attribute of a logo in a box of this size (sm, md or lg)."""
    return LOGO_BOX_SIZES.get(str(size or "md"), LOGO_BOX_SIZES["md"])


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@register.filter
def first_sentences(text, count=2) -> str:
    """The first sentences of a text, for a short introduction ("in two sentences")."""
    sentences = _SENTENCE_END.split(str(text or "").strip())
    return " ".join(sentences[: int(count)])


@register.filter
def jsonld(data) -> str:
    """Structured data as a <script type="application/ld+json"> block.

    A data block is not executed, so the CSP allows it; <, > and & are escaped as in
    json_script so that text from the admin cannot close the element.
    """
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_JSON_ESCAPES)),  # noqa: S308 (escaped just above)
    )


_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def og_locale() -> str:
    """Open Graph wants a territory: nl_NL, en_GB."""
    return {"nl": "nl_NL", "en": "en_GB"}.get(get_language() or "nl", "nl_NL")


@register.simple_tag(takes_context=True)
def absolute(context, path) -> str:
    """An absolute URL for a path (canonical, Open Graph), on the host the visitor used."""
    request = context.get("request")
    return request.build_absolute_uri(path) if request is not None else path
