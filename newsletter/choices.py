"""The newsletters a visitor can choose from: those open for sign-up, named in the page's
language.

Separate because every page's footer asks for them, cached, and needs nothing else of the
newsletter's rules.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language

from core.cache import remember
from newsletter.models import Newsletter


@dataclass(frozen=True)
class NewsletterChoice:
    pk: int
    names: dict

    @property
    def name(self) -> str:
        return self.names.get(get_language()) or self.names.get(settings.LANGUAGE_CODE, "")


def active_newsletters() -> list[NewsletterChoice]:
    """The newsletters open for sign-up: at most one query, then kept for every page's
    footer until the content changes (a newsletter is watched content: newsletter/apps.py)."""
    return remember("newsletter-active", _active_newsletters)


def _active_newsletters() -> list[NewsletterChoice]:
    rows = []
    for newsletter in Newsletter.objects.public():
        fallback = getattr(newsletter, f"name_{settings.LANGUAGE_CODE}", None) or newsletter.name
        names = {
            code: getattr(newsletter, f"name_{code}", None) or fallback
            for code, _name in settings.LANGUAGES
        }
        rows.append(NewsletterChoice(newsletter.pk, names))
    return rows
