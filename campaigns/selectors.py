"""The read queries of the campaign pages, and the campaigns on an organisation's profile.

A campaign's page is one query: the partners, the outside bodies and the latest names
shown come along as JSON columns of the campaign's own row, and the counter as a subquery.
"""

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, JSONObject

from campaigns.models import Campaign, Signature, search_document
from core.localised import localised, localised_order
from organisations.models import Organisation
from projects.search import search_by_document

# The latest confirmed signers shown by name on a campaign's page.
SHOWN_NAMES = 20
# Campaigns listed on a profile; the index has all of them.
SHOWN_ON_PROFILE = 10


def signature_count():
    """Confirmed signatures, those erased after the campaign included."""
    confirmed = (
        Signature.objects.confirmed()
        .filter(campaign=OuterRef("pk"))
        .order_by()
        .values("campaign")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(confirmed, output_field=IntegerField()), Value(0)) + F(
        "erased_signature_count"
    )


def _organisations(relation: str):
    return ArraySubquery(
        Organisation.objects.public()
        .filter(**{relation: OuterRef("pk")})
        .order_by(localised_order(), "pk")
        .annotate(json=JSONObject(slug="slug", name=localised("name")))
        .values("json")
    )


def _shown_names():
    return ArraySubquery(
        Signature.objects.confirmed()
        .filter(campaign=OuterRef("pk"), show_name=True)
        .order_by(F("confirmed_at").desc(), "-pk")
        .annotate(json=JSONObject(name="name", place="place"))
        .values("json")[:SHOWN_NAMES]
    )


def public_campaigns():
    return Campaign.objects.public()


def campaign_cards(queryset):
    """Rows for the index's cards, each with its partners' names."""
    return queryset.defer("body_nl", "body_en", "petition_text_nl", "petition_text_en").annotate(
        partner_list=_organisations("campaigns")
    )


def public_campaign_detail(slug: str) -> Campaign:
    """A public campaign with what its page shows; raises Campaign.DoesNotExist."""
    return (
        Campaign.objects.public()
        .annotate(
            partner_list=_organisations("campaigns"),
            outside_body_list=_organisations("campaigns_supported"),
            signer_list=_shown_names(),
            signature_total=signature_count(),
        )
        .get(slug=slug)
    )


def organisation_campaigns():
    """A public organisation's public campaigns (as partner), on its profile, as
    [{slug, title}] in one column."""
    return ArraySubquery(
        Campaign.objects.public()
        .filter(organisations=OuterRef("pk"))
        .order_by(F("start").desc(nulls_last=True), "pk")
        .annotate(json=JSONObject(slug="slug", title=localised("title")))
        .values("json")[:SHOWN_ON_PROFILE]
    )


def public_campaign_for_sharing(slug: str) -> Campaign:
    """What a campaign's Open Graph image shows; raises Campaign.DoesNotExist."""
    return (
        Campaign.objects.public()
        .only("slug", "title_nl", "title_en", "image", "image_width", "image_height", "updated_at")
        .annotate(partner_list=_organisations("campaigns"))
        .get(slug=slug)
    )


def search(queryset, text: str, language: str):
    """The campaigns matching every word (the last one may be unfinished), stemmed in the
    page's language with accents ignored; annotated with `search_rank` (the site search)."""
    return search_by_document(queryset, text, language, search_document)


def sitemap_items():
    return Campaign.objects.public().only("slug", "updated_at").order_by("pk")
