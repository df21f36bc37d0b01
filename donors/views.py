"""Public pages of donors: who supports the network's work, and what each one funds."""

from django.http import Http404
from django.utils.decorators import method_decorator
from django.views.generic import DetailView, ListView

from core.cache import cache_public_page
from core.views import LenientPaginationMixin
from donors import selectors
from donors.models import Donor, DonorType

# Donors on a page of the list, grouped by type.
DONORS_PER_PAGE = 48


@method_decorator(cache_public_page, name="dispatch")
class DonorListView(LenientPaginationMixin, ListView):
    template_name = "donors/donor_list.html"
    context_object_name = "donors"
    paginate_by = DONORS_PER_PAGE

    def get_queryset(self):
        # By type, then by name: each page holds whole stretches of one type or the next,
        # so its grouping reads as on one long page.
        return selectors.donor_list()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = {}
        for donor in context["donors"]:
            groups.setdefault(donor.type, []).append(donor)
        context["donor_groups"] = [
            (DonorType(donor_type).label, items) for donor_type, items in groups.items()
        ]
        return context


@method_decorator(cache_public_page, name="dispatch")
class DonorDetailView(DetailView):
    template_name = "donors/donor_detail.html"
    context_object_name = "donor"

    def get_object(self, queryset=None):
        try:
            return selectors.public_donor(self.kwargs["slug"])
        except Donor.DoesNotExist:
            raise Http404("No such donor") from None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        donor = self.object
        projects, project_total = selectors.donor_project_cards(donor)
        context.update(
            projects=projects,
            project_total=project_total,
            instruments=selectors.donor_instruments(donor),
            countries=selectors.donor_countries(donor),
            # The donor's own profile, when it is also a public organisation here.
            donor_organisation=donor.organisation
            if donor.organisation and donor.organisation.is_public
            else None,
            # `money_years`, from finances (see selectors.py).
            **selectors.detail_sections(donor),
        )
        return context
