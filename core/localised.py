"""Translated columns in queries, as the visitor reads them."""

from django.conf import settings
from django.db.models import CharField, F, Value
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


def localised_order(field: str = "name"):
    """Order by a translated field as the visitor reads it (a plain order_by would put the
    empty values of the active language first)."""
    return localised(field).asc()
