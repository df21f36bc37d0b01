"""The read queries of the publication pages, and the publications other apps' pages show
(a project's page, an organisation's profile) as JSON columns of those items' own rows."""

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import Case, CharField, F, OuterRef, Prefetch, Value, When
from django.db.models.functions import ExtractYear, JSONObject

from core.localised import localised, localised_order
from organisations.models import Organisation
from projects.models import Project, Theme
from projects.search import search_by_document
from publications.models import (
    Publication,
    PublicationKind,
    search_document,
)

# What a card in the listing shows; the summary is read in the active language only.
CARD_FIELDS = (
    "id",
    "slug",
    "kind",
    "language",
    "published_on",
    "title_nl",
    "title_en",
    "summary_nl",
    "summary_en",
    "file",
    "file_size",
    "url",
    "thumbnail",
    "thumbnail_width",
    "thumbnail_height",
)


def kind_name():
    """The type's label in the active language, in SQL (for the JSON columns)."""
    return Case(
        *(When(kind=value, then=Value(str(label))) for value, label in PublicationKind.choices),
        default=Value(""),
        output_field=CharField(),
    )


def organisation_names():
    """The names of a publication's public organisations, in the row itself."""
    return ArraySubquery(
        Organisation.objects.public()
        .filter(publications=OuterRef("pk"))
        .order_by(localised_order(), "pk")
        .annotate(json=JSONObject(slug="slug", name=localised("name")))
        .values("json")
    )


def public_publications():
    return Publication.objects.public()


def search(queryset, text: str, language: str):
    """The publications matching every word (the last one may be unfinished), stemmed in
    the page's language with accents ignored; annotated with `search_rank`."""
    return search_by_document(queryset, text, language, search_document)


def publication_cards(queryset):
    """Rows for the listing's cards: the organisations' names come along as JSON."""
    return queryset.only(*CARD_FIELDS).annotate(organisation_list=organisation_names())


def public_publication_detail(slug: str):
    """A public publication with what its page shows; raises Publication.DoesNotExist."""
    return (
        Publication.objects.public()
        .prefetch_related(
            Prefetch(
                "organisations",
                queryset=Organisation.objects.public().order_by(localised_order(), "pk"),
                to_attr="organisation_list",
            ),
            Prefetch(
                "projects",
                queryset=Project.objects.public()
                .only("slug", "title_nl", "title_en")
                .order_by(localised_order("title"), "pk"),
                to_attr="project_list",
            ),
            Prefetch(
                "themes", queryset=Theme.objects.order_by("position", "pk"), to_attr="theme_list"
            ),
        )
        .get(slug=slug)
    )


def public_download(slug: str):
    """A public publication with a PDF of its own; raises Publication.DoesNotExist."""
    return Publication.objects.public().exclude(file="").only("slug", "file").get(slug=slug)


# --- on other apps' pages ----------------------------------------------------------------


# Publications listed on a project's page or a profile; the listing has all of them.
SHOWN = 10


def _listed(publications):
    """[{slug, title, kind, year}] of the latest SHOWN of these publications, newest first,
    as one column."""
    return ArraySubquery(
        publications.order_by(F("published_on").desc(), "pk")
        .annotate(
            json=JSONObject(
                slug="slug",
                title=localised("title"),
                kind=kind_name(),
                year=ExtractYear("published_on"),
            )
        )
        .values("json")[:SHOWN]
    )


def project_publications():
    """A project's public publications, on its page (projects.selectors.public_project_detail)."""
    return _listed(Publication.objects.public().filter(projects=OuterRef("pk")))


def organisation_publications():
    """An organisation's public publications, on its profile."""
    return _listed(Publication.objects.public().filter(organisations=OuterRef("pk")))


def sitemap_items():
    return Publication.objects.public().only("slug", "updated_at").order_by("pk")
