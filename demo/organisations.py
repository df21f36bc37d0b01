"""Organisations (organisations.yaml), networks (networks.yaml) and partnerships
(partnerships.yaml)."""

from core.models import Publication
from organisations.models import (
    Framework,
    Goal,
    Membership,
    MembershipRole,
    Organisation,
    OrganisationKind,
    Partnership,
    Pillar,
    WorkingPrinciple,
)

from .loader import Loader, period

TEXTS = ("short_name", "summary", "mission", "vision", "approach")


def load_organisations(loader: Loader, items: list[dict]) -> dict[str, Organisation]:
    # Only one network may be the portal's own: leave another one alone if it was chosen.
    slugs = [item["slug"] for item in items if item.get("portal_network")]
    other_portal = Organisation.objects.filter(is_portal_network=True).exclude(slug__in=slugs)
    keep_portal = other_portal.exists()
    organisations = {}
    for item in items:
        values = {
            "name": item["name"],
            "kind": item.get("kind", OrganisationKind.NGO),
            "publication": item.get("publication", Publication.PUBLISHED),
            "country": item.get("country", ""),
            "city": item.get("city", ""),
            "website": item.get("website", ""),
            "iati_identifier": item.get("iati_identifier", ""),
            # Every translated text is filled in both languages, empty where unknown.
            **{field: item.get(field, ("", "")) for field in TEXTS},
        }
        if not keep_portal:
            values["is_portal_network"] = item.get("portal_network", False)
        org = loader.upsert(Organisation, {"slug": item["slug"]}, values, where=item["where"])
        organisations[org.slug] = org
        for position, principle in enumerate(item.get("principles", []), start=1):
            loader.upsert(
                WorkingPrinciple,
                {"organisation": org, "position": position},
                {
                    "title": principle["title"],
                    "description": principle.get("description", ("", "")),
                },
                where=principle["where"],
            )
    return organisations


def load_networks(loader: Loader, data: dict, organisations: dict) -> None:
    frameworks = {}
    for item in data["frameworks"]:
        short_name = item["short_name"]
        frameworks[short_name[1]] = loader.upsert(
            Framework,
            {"year": item["year"], "short_name_en": short_name[1]},
            {
                "short_name_nl": short_name[0],
                "title": item["title"],
                "url": item.get("url", ""),
                "description": item.get("description", ("", "")),
            },
            where=item["where"],
        )
    for item in data["networks"]:
        network = organisations[item["network"]]
        loader.set_m2m(network.frameworks, [frameworks[n] for n in item.get("frameworks", [])])
        for member in item.get("members", []):
            loader.upsert(
                Membership,
                {"network": network, "member": organisations[member["member"]]},
                {
                    "role": member.get("role", MembershipRole.MEMBER),
                    "year_joined": member.get("member_since"),
                    "role_since": member.get("role_since"),
                },
                where=member["where"],
            )
        load_goals(loader, network, item)


def load_goals(loader: Loader, network: Organisation, item: dict) -> None:
    """Pillars in their order, then goals numbered through: first those under a pillar,
    then those under none."""
    goals = []
    for position, pillar_item in enumerate(item.get("pillars", []), start=1):
        pillar = loader.upsert(
            Pillar,
            {"network": network, "position": position},
            {
                "title": pillar_item["title"],
                "description": pillar_item.get("description", ("", "")),
            },
            where=pillar_item["where"],
        )
        goals += [(pillar, goal) for goal in pillar_item.get("goals", [])]
    goals += [(None, goal) for goal in item.get("goals", [])]
    for position, (pillar, goal) in enumerate(goals, start=1):
        loader.upsert(
            Goal,
            {"network": network, "position": position},
            {
                "title": goal["title"],
                "description": goal.get("description", ("", "")),
                "pillar": pillar,
            },
            where=goal["where"],
        )


def load_partnerships(loader: Loader, items: list[dict], organisations: dict) -> None:
    for item in items:
        loader.upsert(
            Partnership,
            {
                "organisation": organisations[item["organisation"]],
                "partner": organisations[item["partner"]],
                "level": item["level"],
                "kind": item["kind"],
            },
            {
                "description": item.get("description", ("", "")),
                **period(item, ongoing_default=True),
            },
            where=item["where"],
        )
