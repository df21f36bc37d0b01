"""Translated columns in queries, and names in the order a visitor reads them."""

import functools
import unicodedata

from django.conf import settings
from django.db.models import CharField, F, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language


def localised(field: str = "name"):
    """A translated column as the visitor reads it: the active language's value, or the
    Dutch one where that is empty (as modeltranslation falls back), for use in queries."""
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    language = (get_language() or default).split("-")[0]
    if language == default:
        return F(f"{field}_{default}")
    return Coalesce(
        NullIf(F(f"{field}_{language}"), Value("")),
        F(f"{field}_{default}"),
        output_field=CharField(),
    )


def in_language(field: str, language: str):
    """A translated text column in a given language, the English falling back to the Dutch
    (as the pages do): for search documents, which are written once per language. Column
    names as text, as the indexes on these expressions were declared."""
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    if language == default:
        return f"{field}_{default}"
    return Coalesce(
        NullIf(f"{field}_{language}", Value(""), output_field=TextField()),
        f"{field}_{default}",
        output_field=TextField(),
    )


def localised_order(field: str = "name"):
    """Order by a translated field as the visitor reads it (a plain order_by would put the
    empty values of the active language first)."""
    return localised(field).asc()


@functools.lru_cache(maxsize=4096)
def name_order(name) -> str:
    """A sort key for names in a list a visitor reads: case and accents ignored, so that
    "België" comes between "Bangladesh" and "Bolivia" (code points put it after "Zambia")."""
    decomposed = unicodedata.normalize("NFKD", str(name))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
