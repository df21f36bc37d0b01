"""Organisations (members, networks and outside bodies), memberships and partnerships.

One module per concern; everything is importable from organisations.models as before.
"""

from organisations.models.networks import (
    Framework,
    Goal,
    Membership,
    MembershipQuerySet,
    MembershipRole,
    Pillar,
)
from organisations.models.open_data import (
    IATI_DEFAULT_FIELDS,
    LICENCE_URLS,
    OpenDataLicence,
)
from organisations.models.organisations import (
    IATI_ORGANISATION_TYPE,
    Network,
    NetworkManager,
    Organisation,
    OrganisationKind,
    OrganisationQuerySet,
    SocialLink,
    SocialLinkQuerySet,
    WorkingPrinciple,
)
from organisations.models.partnerships import (
    Partnership,
    PartnershipKind,
    PartnershipLevel,
    PartnershipQuerySet,
)
from organisations.models.trust import AnnualReport, AnnualReportQuerySet

__all__ = [
    "IATI_DEFAULT_FIELDS",
    "IATI_ORGANISATION_TYPE",
    "LICENCE_URLS",
    "AnnualReport",
    "AnnualReportQuerySet",
    "Framework",
    "Goal",
    "Membership",
    "MembershipQuerySet",
    "MembershipRole",
    "Network",
    "NetworkManager",
    "OpenDataLicence",
    "Organisation",
    "OrganisationKind",
    "OrganisationQuerySet",
    "Partnership",
    "PartnershipKind",
    "PartnershipLevel",
    "PartnershipQuerySet",
    "Pillar",
    "SocialLink",
    "SocialLinkQuerySet",
    "WorkingPrinciple",
]
