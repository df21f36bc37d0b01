"""What an issue says, as an e-mail (HTML and plain text) and as an archive page.

The e-mail is rendered once per batch with a stand-in for the unsubscribe link, which is
then swapped for each subscriber's own: a thousand subscribers cost one rendering, not a
thousand. Projects are shown only while they are public.
"""

import html
import re
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape, strip_tags

from projects.models import Project

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


def shown_projects(edition) -> list:
    """The issue's projects a visitor may see, by title."""
    with translation.override(edition.language):
        return list(
            Project.objects.public()
            .filter(pk__in=edition.projects.values("pk"))
            .only("slug", "title_nl", "title_en", "summary_nl", "summary_en")
            .order_by("title_" + edition.language, "pk")
        )


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


def render_mail(edition, *, base: str, projects: list | None = None) -> Mail:
    """The issue's e-mail with the stand-in for the unsubscribe link."""
    projects = shown_projects(edition) if projects is None else projects
    with translation.override(edition.language):
        newsletter = edition.newsletter
        context = {
            "edition": edition,
            "language": edition.language,
            "newsletter_name": getattr(newsletter, f"name_{edition.language}", None)
            or newsletter.name,
            "body_text": html_to_text(edition.body),
            "projects": [
                {
                    "title": project.title,
                    "summary": project.summary,
                    "url": base + project.get_absolute_url(),
                }
                for project in projects
            ],
            "web_url": base + edition.get_absolute_url(),
            "unsubscribe_url": UNSUBSCRIBE_STAND_IN,
        }
        return Mail(
            subject=edition.subject,
            text=render_to_string("editions/email/edition.txt", context),
            html=render_to_string("editions/email/edition.html", context),
        )
