"""What an issue says, as an e-mail (HTML and plain text) and as an archive page.

The e-mail is rendered once per batch with a stand-in for the unsubscribe link, which is
then swapped for each subscriber's own: a thousand subscribers cost one rendering, not a
thousand. Projects, news and publications are shown only while they are public.
"""

import html
import re
from dataclasses import dataclass

from django.db.models import CharField, Value
from django.db.models.functions import Cast
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext_lazy as _

from core.localised import localised, name_order
from news.models import NewsItem
from projects.models import Project
from publications.models import Publication

# Characters no URL, template or translation contains.
UNSUBSCRIBE_STAND_IN = "\x00unsubscribe\x00"

_LINK = re.compile(r'<a\s[^>]*href="([^"]*)"[^>]*>(.*?)</a>', re.IGNORECASE | re.DOTALL)
_LIST_ITEM = re.compile(r"<li[^>]*>", re.IGNORECASE)
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BLOCK_END = re.compile(r"</(p|h2|h3|ul|ol|li)>", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n{3,}")


def html_to_text(fragment: str) -> str:
    """Cleaned rich text (core.richtext) as plain text: links as "text (address)", list
    items as dashes, paragraphs apart."""
    if not fragment:
        return ""

    def link(match):
        address, text = html.unescape(match.group(1)), strip_tags(match.group(2)).strip()
        return text if address in (text, f"mailto:{text}") else f"{text} ({address})"

    text = _LINK.sub(link, fragment)
    text = _LIST_ITEM.sub("- ", text)
    text = _LINE_BREAK.sub("\n", text)
    text = _BLOCK_END.sub(lambda match: "\n" if match.group(1) == "li" else "\n\n", text)
    text = html.unescape(strip_tags(text))
    lines = [line.strip() for line in text.splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


@dataclass
class Section:
    """Projects, news or publications an issue shows: (title, summary, path) each."""

    key: str
    heading: str
    items: list[tuple[str, str, str]]


# What an issue can show, in its order: (the Edition's field, the heading, the model, its
# URL name, how the items are ordered: "title" by title, else newest first).
_KINDS = [
    ("projects", _("Projects"), Project, "projects:detail", "title"),
    ("news_items", _("News"), NewsItem, "news:detail", "published_on"),
    ("publications", _("Publications"), Publication, "publications:detail", "published_on"),
]


def shown_sections(edition) -> list[Section]:
    """The issue's projects, news and publications a visitor may see, in its language:
    one query for all three, and a section only for a kind it has."""
    with translation.override(edition.language):
        parts = [
            model.objects.public()
            .filter(pk__in=getattr(edition, key).values("pk"))
            .annotate(
                group_key=Value(key),
                shown_title=localised("title"),
                shown_summary=localised("summary"),
                # A title, or an ISO date (text sorts as the date does).
                sort_key=localised("title") if order == "title" else Cast(order, CharField()),
            )
            .order_by()
            .values_list("group_key", "slug", "shown_title", "shown_summary", "sort_key")
            for key, _heading, model, _url_name, order in _KINDS
        ]
        rows = list(parts[0].union(*parts[1:], all=True))
        sections = []
        for key, heading, _model, url_name, order in _KINDS:
            mine = [row for row in rows if row[0] == key]
            if order == "title":
                mine.sort(key=lambda row: (name_order(row[4]), row[1]))
            else:
                mine.sort(key=lambda row: (row[4], row[1]), reverse=True)
            if mine:
                items = [
                    (title, summary, reverse(url_name, kwargs={"slug": slug}))
                    for _key, slug, title, summary, _sort in mine
                ]
                sections.append(Section(key, str(heading), items))
        return sections


@dataclass
class Mail:
    subject: str
    text: str
    html: str

    def for_address(self, unsubscribe_url: str) -> "Mail":
        return Mail(
            self.subject,
            self.text.replace(UNSUBSCRIBE_STAND_IN, unsubscribe_url),
            self.html.replace(UNSUBSCRIBE_STAND_IN, escape(unsubscribe_url)),
        )


def render_mail(edition, *, base: str) -> Mail:
    """The issue's e-mail with the stand-in for the unsubscribe link."""
    sections = shown_sections(edition)
    with translation.override(edition.language):
        newsletter = edition.newsletter
        context = {
            "edition": edition,
            "language": edition.language,
            "newsletter_name": getattr(newsletter, f"name_{edition.language}", None)
            or newsletter.name,
            "body_text": html_to_text(edition.body),
            "sections": [
                {
                    "heading": section.heading,
                    "items": [
                        {"title": title, "summary": summary, "url": base + path}
                        for title, summary, path in section.items
                    ],
                }
                for section in sections
            ],
            "web_url": base + edition.get_absolute_url(),
            "unsubscribe_url": UNSUBSCRIBE_STAND_IN,
        }
        return Mail(
            subject=edition.subject,
            text=render_to_string("editions/email/edition.txt", context),
            html=render_to_string("editions/email/edition.html", context),
        )
