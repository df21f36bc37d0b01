"""Country names in the active language, cached: every listing shows dozens."""

import functools

from django.utils.translation import get_language
from django_countries import countries


@functools.lru_cache(maxsize=2048)
def country_name_in(language: str, code: str) -> str:
    """A country's name in `language`, the active one: the language is part of the key."""
    return str(countries.name(code))


def country_name(code: str) -> str:
    """A country's name in the active language; django-countries looks it up through its
    translation machinery each time (~0.1 ms), and every listing shows dozens."""
    return country_name_in(get_language() or "", code)
