"""Public pages of organisations: the directory and the profiles."""

from dataclasses import dataclass

from django.db.models import BooleanField, Count, ExpressionWrapper, F, Prefetch, Q, Window
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404
from django.utils.decorators import method_decorator
from django.views.generic import DetailView, ListView

from core.cache import cache_public_page
from core.localised import localised_order
from donors.models import Donor
from organisations.filters import OrganisationFilter
from organisations.models import (
    Membership,
    Organisation,
    OrganisationKind,
    Partnership,
    PartnershipLevel,
    SocialLink,
)
from projects.models import ParticipationRole, Project
from projects.selectors import PROJECT_CARDS_SHOWN, newest_first, public_project_cards

PAGE_SIZE = 24


@method_decorator(cache_public_page, name="dispatch")
class OrganisationListView(ListView):
    template_name = "organisations/organisation_list.html"
    context_object_name = "organisations"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        self.filterset = OrganisationFilter(
            self.request.GET,
            queryset=Organisation.objects.in_directory().with_public_memberships(),
        )
        # Invalid values (an unknown country, a deleted network) are left out of the form's
        # cleaned data, so they filter nothing; the form shows what was wrong.
        return self.filterset.qs.order_by(localised_order(), "pk")

    def paginate_queryset(self, queryset, page_size):
        # A broken or out-of-range ?page= gives the first or last page instead of an error.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop(self.page_kwarg, None)
        context.update(
            filter=self.filterset,
            filter_query=query.urlencode(),
            is_filtered=any(self.filterset.form.cleaned_data.values())
            if self.filterset.form.is_valid()
            else bool(query),
        )
        return context


@method_decorator(cache_public_page, name="dispatch")
class OrganisationDetailView(DetailView):
    template_name = "organisations/organisation_detail.html"
    context_object_name = "organisation"

    def get_object(self, queryset=None):
        queryset = (
            Organisation.objects.public()
            .with_goals()
            .prefetch_related(
                "principles",
                Prefetch("social_links", queryset=SocialLink.objects.order_by("platform")),
                "frameworks",
            )
        )
        return get_object_or_404(queryset, slug=self.kwargs["slug"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.object
        projects = projects_by_role(organisation)
        memberships = list(Membership.objects.of_organisation(organisation))
        context.update(
            networks=[m for m in memberships if not m.is_members_row],
            members=[m for m in memberships if m.is_members_row] if organisation.is_network else [],
            projects=projects,
            donors=funding_donors(organisation),
            partnership_levels=partnerships_by_level(organisation),
            json_ld=organisation_json_ld(organisation, self.request),
        )
        return context


@dataclass
class ProjectsByRole:
    """An organisation's public projects as cards: at most `limit` of each list, newest
    first, with how many there are in all."""

    lead: list
    lead_total: int
    partner: list
    partner_total: int

    @property
    def total(self) -> int:
        return self.lead_total + self.partner_total

    @property
    def is_capped(self) -> bool:
        return len(self.lead) < self.lead_total or len(self.partner) < self.partner_total


def projects_by_role(organisation, limit: int = PROJECT_CARDS_SHOWN) -> ProjectsByRole:
    """The public projects it leads and those it is a partner in, as cards, in one query.

    Window functions per role (lead or not) number the rows and count them all, so the
    query returns at most `limit` rows of each with the totals in every row.
    """
    # One filter(), so that the organisation and the role are those of one participation
    # (an organisation takes part in a project once).
    leads = ExpressionWrapper(
        Q(organisation_role=ParticipationRole.LEAD), output_field=BooleanField()
    )
    projects = (
        public_project_cards(
            Project.objects.filter(participations__organisation=organisation).alias(
                organisation_role=F("participations__role")
            )
        )
        .annotate(
            leads=leads,
            role_total=Window(Count("pk"), partition_by=[leads]),
            position=Window(RowNumber(), partition_by=[leads], order_by=newest_first()),
        )
        .filter(position__lte=limit)
        .order_by(*newest_first())
    )
    lead, partner = [], []
    totals = {True: 0, False: 0}
    for project in projects:
        (lead if project.leads else partner).append(project)
        totals[project.leads] = project.role_total
    return ProjectsByRole(lead, totals[True], partner, totals[False])


def funding_donors(organisation):
    """Published donors funding public projects this organisation takes part in, once each."""
    projects = Project.objects.public().filter(participations__organisation=organisation)
    return (
        Donor.objects.public()
        .filter(fundings__project__in=projects)
        .distinct()
        .order_by(localised_order())
    )


def partnerships_by_level(organisation):
    """[(level label, [partnerships])] from local to international, empty levels left out."""
    partnerships = (
        Partnership.objects.public()
        .filter(organisation=organisation)
        .select_related("partner")
        .order_by(localised_order("partner__name"), "kind")
    )
    grouped = {level: [] for level in PartnershipLevel.values}
    for partnership in partnerships:
        grouped[partnership.level].append(partnership)
    return [(PartnershipLevel(level).label, items) for level, items in grouped.items() if items]


def organisation_json_ld(organisation, request) -> dict:
    """schema.org NGO (or Organization for other kinds) for search engines."""
    is_ngo = organisation.kind in {
        OrganisationKind.NGO,
        OrganisationKind.INTERNATIONAL_NGO,
        OrganisationKind.NETWORK,
        OrganisationKind.SHELTER,
    }
    data = {
        "@context": "https://schema.org",
        "@type": "NGO" if is_ngo else "Organization",
        "name": organisation.name,
        "url": request.build_absolute_uri(organisation.get_absolute_url()),
    }
    if organisation.short_name:
        data["alternateName"] = organisation.short_name
    if organisation.summary or organisation.mission:
        data["description"] = organisation.summary or organisation.mission
    if organisation.logo:
        data["logo"] = request.build_absolute_uri(organisation.logo.url)
    if organisation.email:
        data["email"] = organisation.email
    if organisation.country or organisation.city:
        address = {"@type": "PostalAddress"}
        if organisation.city:
            address["addressLocality"] = organisation.city
        if organisation.country:
            address["addressCountry"] = organisation.country.code
        data["address"] = address
    same_as = [link.url for link in organisation.social_links.all()]
    if organisation.website:
        same_as.insert(0, organisation.website)
    if same_as:
        data["sameAs"] = same_as
    return data
