"""The donors' queries for the public pages, their own and what they add to project pages."""

from django.db.models import Prefetch

from donors.models import Donor, Funding


def project_fundings_prefetch() -> Prefetch:
    """A project's fundings by published donors, donor and instrument with them, as
    `funding_list` (added to the project page's prefetches in DonorsConfig.ready())."""
    fundings = (
        Funding.objects.filter(donor__in=Donor.objects.public())
        .select_related("donor", "instrument")
        .order_by("donor__name_nl", "pk")
    )
    return Prefetch("fundings", queryset=fundings, to_attr="funding_list")


def public_donors():
    return Donor.objects.public()
