"""Donors and the named funds (instruments) they fund through (donors.yaml)."""

from core.models import Publication
from donors.models import Donor, Instrument

from .loader import Loader, period


def load_donors(loader: Loader, items: list[dict], organisations: dict) -> dict[str, Donor]:
    donors = {}
    for item in items:
        organisation = item.get("organisation")
        values = {
            "name": item["name"],
            "short_name": item.get("short_name", ("", "")),
            "type": item["type"],
            "country": item.get("country", ""),
            "website": item.get("website", ""),
            "iati_identifier": item.get("iati_identifier", ""),
            "description": item.get("description", ("", "")),
            "support": item.get("support", ("", "")),
            "organisation": organisations[organisation] if organisation else None,
            "publication": Publication.PUBLISHED,
        }
        donors[item["slug"]] = loader.upsert(
            Donor, {"slug": item["slug"]}, values, where=item["where"]
        )
    return donors


def load_instruments(
    loader: Loader, items: list[dict], donors: dict, organisations: dict
) -> dict[tuple[str, str], Instrument]:
    """{(donor slug, Dutch short name): instrument}, as projects.yaml refers to them."""
    instruments = {}
    for item in items:
        managed_by = item.get("managed_by")
        donor = donors[item["donor"]]
        values = {
            "short_name": item["short_name"],
            "name_en": item["name"][1],
            "managed_by": organisations[managed_by] if managed_by else None,
            "url": item.get("url", ""),
            "description": item.get("description", ("", "")),
            **period(item),
        }
        values.pop("is_ongoing")  # an instrument has no such field
        # Keyed on the donor and the Dutch name, as the admin lists them.
        instrument = loader.upsert(
            Instrument, {"donor": donor, "name_nl": item["name"][0]}, values, where=item["where"]
        )
        instruments[(item["donor"], item["short_name"][0])] = instrument
    return instruments
