"""Public pages of donors: who supports the network's work, and what each one funds."""

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404
from django.utils.decorators import method_decorator
from django.views.generic import DetailView, ListView
from django_countries import countries

from cpcportal.cache import cache_public_page
from donors.models import Donor, DonorType, Funding, Instrument
from organisations.models import localised_order
from projects.models import Project
from projects.selectors import public_project_cards


def donors_with_project_counts():
    """Published donors, each with `project_count`: the public projects it funds."""
    return Donor.objects.public().annotate(
        project_count=Count(
            "fundings__project",
            filter=Q(fundings__project__in=Project.objects.public()),
            distinct=True,
        )
    )


@method_decorator(cache_public_page, name="dispatch")
class DonorListView(ListView):
    template_name = "donors/donor_list.html"
    context_object_name = "donors"

    def get_queryset(self):
        return donors_with_project_counts().order_by(localised_order(), "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Grouped in the order of the type choices (government first), empty types left out.
        groups = {donor_type: [] for donor_type in DonorType.values}
        for donor in context["donors"]:
            groups.setdefault(donor.type, []).append(donor)
        context["donor_groups"] = [
            (DonorType(donor_type).label, items) for donor_type, items in groups.items() if items
        ]
        return context


@method_decorator(cache_public_page, name="dispatch")
class DonorDetailView(DetailView):
    template_name = "donors/donor_detail.html"
    context_object_name = "donor"

    def get_object(self, queryset=None):
        return get_object_or_404(
            donors_with_project_counts().select_related("organisation"), slug=self.kwargs["slug"]
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        donor = self.object
        projects = list(
            public_project_cards(
                Project.objects.filter(fundings__donor=donor).distinct()
            ).prefetch_related(
                Prefetch(
                    "fundings",
                    queryset=Funding.objects.filter(donor=donor).select_related("instrument"),
                    to_attr="donor_fundings",
                )
            )
        )
        codes = sorted({code for project in projects for code in project.countries})
        context.update(
            projects=projects,
            instruments=Instrument.objects.filter(
                donor=donor, fundings__project__in=Project.objects.public()
            )
            .select_related("managed_by")
            .distinct()
            .order_by(localised_order()),
            countries=sorted(
                ({"code": code.lower(), "name": countries.name(code)} for code in codes),
                key=lambda country: country["name"],
            ),
            # The donor's own profile, when it is also a published organisation here.
            donor_organisation=donor.organisation
            if donor.organisation and donor.organisation.is_public
            else None,
        )
        return context
