"""The newsletters a visitor can choose from: those open for sign-up, named in the page's
language.

Separate because every page's footer asks for them, cached, and needs nothing else of the
newsletter's rules.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from newsletter.config import setting
from newsletter.models import ACTIVE_NEWSLETTERS_CACHE_KEY, Newsletter


@dataclass(frozen=True)
class NewsletterChoice:
    pk: int
    names: dict

    @property
    def name(self) -> str:
        return self.names.get(get_language()) or self.names.get(settings.LANGUAGE_CODE, "")


def active_newsletters() -> list[NewsletterChoice]:
    """The newsletters open for sign-up: at most one query, then cached for every page's
    footer (the cache is cleared whenever a newsletter is saved or deleted)."""
    rows = cache.get(ACTIVE_NEWSLETTERS_CACHE_KEY)
    if rows is None:
        rows = []
        for newsletter in Newsletter.objects.public():
            fallback = (
                getattr(newsletter, f"name_{settings.LANGUAGE_CODE}", None) or newsletter.name
            )
            names = {
                code: getattr(newsletter, f"name_{code}", None) or fallback
                for code, _name in settings.LANGUAGES
            }
            rows.append((newsletter.pk, names))
        cache.set(ACTIVE_NEWSLETTERS_CACHE_KEY, rows, setting("NEWSLETTERS_CACHE_SECONDS", 300))
    return [NewsletterChoice(pk, names) for pk, names in rows]
