"""The listing's orders as SQL (the API and the CSV files sort with these; the listing index
keeps the same orders in memory: projects/listing_index.py)."""

from django.db.models import CharField, F, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils.translation import get_language


def title_in_language(language: str | None = None):
    """The title a visitor sees: English falls back to Dutch."""
    if (language or get_language()) == "en":
        return Lower(Coalesce(NullIf("title_en", Value("")), "title_nl", output_field=CharField()))
    return Lower("title_nl")


def sort_projects(queryset, sort: str):
    """Order for the listing; `relevance` needs search.search's `search_rank`."""
    if sort == "title":
        return queryset.order_by(title_in_language(), "pk")
    if sort == "start":
        return queryset.order_by(F("start").desc(nulls_last=True), title_in_language(), "pk")
    if sort == "relevance":
        return queryset.order_by(F("search_rank").desc(nulls_last=True), "-updated_at", "pk")
    return queryset.order_by("-created_at", "-pk")
