"""Public pages of donors: who supports the network's work, and what each one funds."""

from django.db.models import Exists, Func, IntegerField, OuterRef, Prefetch, Subquery
from django.shortcuts import get_object_or_404
from django.utils.decorators import method_decorator
from django.views.generic import DetailView, ListView

from core.cache import cache_public_page
from core.localised import localised_order
from donors.models import Donor, DonorType, Funding, Instrument
from projects.models import Project
from projects.selectors import countries_of, first_cards, public_project_cards

# Donors on a page of the list, grouped by type.
DONORS_PER_PAGE = 48


def donors_with_project_counts():
    """Published donors, each with `project_count`: the public projects it funds.

    A subquery per donor rather than a join and GROUP BY: on a page of the list the
    database counts only for the donors shown, after the ORDER BY and LIMIT.
    """
    funded = Project.objects.public().filter(
        Exists(Funding.objects.filter(project=OuterRef("pk"), donor=OuterRef(OuterRef("pk"))))
    )
    return Donor.objects.public().annotate(
        project_count=Subquery(
            funded.order_by().annotate(count=Func("pk", function="COUNT")).values("count"),
            output_field=IntegerField(),
        )
    )


@method_decorator(cache_public_page, name="dispatch")
class DonorListView(ListView):
    template_name = "donors/donor_list.html"
    context_object_name = "donors"
    paginate_by = DONORS_PER_PAGE

    def get_queryset(self):
        # By type, then by name: each page holds whole stretches of one type or the next,
        # so its grouping reads as on one long page.
        return donors_with_project_counts().in_type_order(localised_order(), "pk")

    def paginate_queryset(self, queryset, page_size):
        # A broken or out-of-range ?page= gives the first or last page instead of an error.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

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
        return get_object_or_404(
            donors_with_project_counts().select_related("organisation"), slug=self.kwargs["slug"]
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        donor = self.object
        # Exists, not a join: a project the donor funds twice is still one card.
        funded = Project.objects.filter(
            Exists(Funding.objects.filter(project=OuterRef("pk"), donor=donor))
        )
        projects, project_total = first_cards(
            public_project_cards(funded).prefetch_related(
                Prefetch(
                    "fundings",
                    queryset=Funding.objects.filter(donor=donor).select_related("instrument"),
                    to_attr="donor_fundings",
                )
            )
        )
        context.update(
            projects=projects,
            project_total=project_total,
            instruments=Instrument.objects.filter(
                donor=donor, fundings__project__in=Project.objects.public()
            )
            .select_related("managed_by")
            .distinct()
            .order_by(localised_order()),
            # Of every project it funds, not only of the cards shown.
            countries=countries_of(funded.public()),
            # The donor's own profile, when it is also a published organisation here.
            donor_organisation=donor.organisation
            if donor.organisation and donor.organisation.is_public
            else None,
        )
        return context
