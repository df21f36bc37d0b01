"""The read queries of the news pages, and the news other pages show: a project's page and
an organisation's profile as JSON columns of those items' own rows, the home page."""

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import F, OuterRef
from django.db.models.functions import JSONObject

from core.localised import localised
from news.models import NewsItem, search_document
from projects.search import search_by_document

# What a card shows; the texts are read in the active language only.
CARD_FIELDS = (
    "id",
    "slug",
    "published_on",
    "title_nl",
    "title_en",
    "summary_nl",
    "summary_en",
    "image",
    "image_width",
    "image_height",
    "image_alt_nl",
    "image_alt_en",
    "organisation__slug",
    "organisation__name_nl",
    "organisation__name_en",
    "project__slug",
    "project__title_nl",
    "project__title_en",
)


def public_news():
    return NewsItem.objects.public()


def search(queryset, text: str, language: str):
    """The items matching every word (the last one may be unfinished), stemmed in the
    page's language with accents ignored; annotated with `search_rank`."""
    return search_by_document(queryset, text, language, search_document)


def news_cards(queryset):
    """Rows for cards: the organisation and the project come along in the same query."""
    return queryset.select_related("organisation", "project").only(*CARD_FIELDS)


def latest_news(limit: int):
    """The newest public items as cards (the home page)."""
    return list(news_cards(public_news()).order_by("-published_on", "-pk")[:limit])


def public_news_detail(slug: str):
    """A public item with its organisation and project, and the organisation's (or the
    network's) other recent items as a column; raises NewsItem.DoesNotExist."""
    item = news_cards(public_news()).only(*CARD_FIELDS, "body_nl", "body_en")
    others = public_news().exclude(pk=OuterRef("pk"))
    same_source = others.filter(organisation=OuterRef("organisation"))
    network = others.filter(organisation__isnull=True)
    return item.annotate(
        more_from_organisation=_listed(same_source, MORE),
        more_from_network=_listed(network, MORE),
    ).get(slug=slug)


def feed_items(limit: int = 20):
    return (
        news_cards(public_news())
        .only(*CARD_FIELDS, "updated_at")
        .order_by("-published_on", "-pk")[:limit]
    )


def sitemap_items():
    return NewsItem.objects.public().only("slug", "updated_at").order_by("pk")


# --- on other apps' pages ----------------------------------------------------------------

# Items listed on a project's page or a profile; the index has all of them.
SHOWN = 5
# Other items on an item's page.
MORE = 4


def _listed(items, limit: int):
    """[{slug, title, date}] of the latest `limit` of these items, newest first, as one
    column (the date as ISO text: the templates' |isodate makes it a date again)."""
    return ArraySubquery(
        items.order_by(F("published_on").desc(), "-pk")
        .annotate(json=JSONObject(slug="slug", title=localised("title"), date="published_on"))
        .values("json")[:limit]
    )


def project_news():
    """A project's public news, on its page (projects.selectors.public_project_detail)."""
    return _listed(NewsItem.objects.public().filter(project=OuterRef("pk")), SHOWN)


def organisation_news():
    """An organisation's public news, on its profile."""
    return _listed(NewsItem.objects.public().filter(organisation=OuterRef("pk")), SHOWN)
