"""Public pages of organisations: the directory and the profiles."""

from django.http import Http404
from django.utils.decorators import method_decorator
from django.utils.translation import gettext
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from core.cache import cache_public_page
from core.localised import localised_order
from core.views import FilteredListMixin, LenientPaginationMixin
from images import opengraph
from organisations import selectors
from organisations.filters import OrganisationFilter
from organisations.models import Organisation, OrganisationKind, PartnershipLevel

PAGE_SIZE = 24
PARTNERSHIPS_PER_PAGE = 50


@method_decorator(cache_public_page, name="dispatch")
class OrganisationListView(FilteredListMixin, ListView):
    template_name = "organisations/organisation_list.html"
    context_object_name = "organisations"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        self.filterset = OrganisationFilter(
            self.request.GET,
            queryset=selectors.directory(),
        )
        # Invalid values (an unknown country, a deleted network) are left out of the form's
        # cleaned data, so they filter nothing; the form shows what was wrong.
        return self.filterset.qs.order_by(localised_order(), "pk")


@method_decorator(cache_public_page, name="dispatch")
class PartnershipListView(LenientPaginationMixin, ListView):
    """Every public partnership, by level (?level= shows one), paginated."""

    template_name = "organisations/partnership_list.html"
    context_object_name = "partnerships"
    paginate_by = PARTNERSHIPS_PER_PAGE

    def get_queryset(self):
        level = self.request.GET.get("level")
        self.level = level if level in PartnershipLevel.values else ""
        return selectors.partnership_index(self.level)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        levels = selectors.partnerships_per_level()
        context.update(
            level=self.level,
            levels=levels,
            total=sum(count for _level, _label, count in levels),
            level_query=f"level={self.level}" if self.level else "",
        )
        return context


@method_decorator(cache_public_page, name="dispatch")
class OrganisationDetailView(DetailView):
    template_name = "organisations/organisation_detail.html"
    context_object_name = "organisation"

    def get_object(self, queryset=None):
        try:
            return selectors.public_organisation(self.kwargs["slug"])
        except Organisation.DoesNotExist:
            raise Http404("No such organisation") from None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.object
        networks, members = selectors.networks_and_members(organisation)
        context.update(
            networks=networks,
            members=members,
            partnership_levels=selectors.partnerships_by_level(organisation),
            json_ld=organisation_json_ld(organisation, self.request),
            # `projects` and `donors`, from projects and donors (see selectors.py).
            **selectors.profile_sections(organisation),
        )
        return context


@require_safe
def organisation_og_image(request, slug):
    """The 1200 × 630 PNG that social media show for a link to the profile: drawn from the
    name and place (a logo cropped to that shape would be cut)."""
    try:
        organisation = selectors.public_organisation_for_sharing(slug)
    except Organisation.DoesNotExist:
        raise Http404("No such organisation") from None
    place = ", ".join(str(part) for part in (organisation.city, organisation.country.name) if part)
    return opengraph.response(
        request,
        kind="organisations",
        key=organisation.slug,
        title=str(organisation.name),
        subtitle=place,
        updated_at=organisation.updated_at,
        site_name=gettext("Child Rights Portal"),
    )


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
