"""The demo's campaigns (data/campaigns.yaml), their outside bodies, and a petition's few
confirmed signatures."""

import datetime
from pathlib import Path

import yaml
from django.utils import timezone
from django.utils.html import escape

from campaigns.models import Campaign, Signature
from core.richtext import sanitise_html

from .loader import Loader
from .schema import DemoDataError

FILE = "campaigns.yaml"


def _paragraphs(lines: list[str]) -> str:
    return sanitise_html("".join(f"<p>{escape(line)}</p>" for line in lines))


def load_campaigns(loader: Loader, directory: Path, organisations: dict) -> None:
    """Upsert each campaign by its slug, set its organisations and outside bodies, and add
    its demo signatures once (confirmed); a data folder without the file has none."""
    path = directory / FILE
    if not path.is_file():
        return
    items = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("campaigns", [])
    for number, item in enumerate(items, start=1):
        where = f"{FILE}, campaign {number} ({item.get('slug', '?')})"
        try:
            partners = [organisations[slug] for slug in item.get("organisations", [])]
            bodies = [organisations[slug] for slug in item.get("outside_bodies", [])]
        except KeyError as missing:
            raise DemoDataError(f"{where}: unknown organisation {missing}") from None
        for side in ("start", "end"):
            if item.get(side) is not None and not isinstance(item[side], datetime.date):
                raise DemoDataError(f"{where}: {side} is not a date")
        petition = item.get("petition") or {}
        values = {
            "title": (item["title"]["nl"], item["title"]["en"]),
            "summary": (item["summary"]["nl"], item["summary"]["en"]),
            "goal": (item["goal"]["nl"], item["goal"]["en"]),
            "body": (_paragraphs(item["body"]["nl"]), _paragraphs(item["body"]["en"])),
            "start": item.get("start"),
            "end": item.get("end"),
            "has_petition": bool(petition),
            "petition_text": (
                (petition["text"]["nl"], petition["text"]["en"]) if petition else ("", "")
            ),
            "signature_goal": petition.get("goal"),
            "publication": item.get("publication", "published"),
        }
        campaign = loader.upsert(Campaign, {"slug": item["slug"]}, values, where=where)
        loader.set_m2m(campaign.organisations, partners)
        loader.set_m2m(campaign.outside_bodies, bodies)
        for signer in petition.get("signatures", []):
            if not campaign.signatures.filter(email__iexact=signer["email"]).exists():
                moment = timezone.now()
                Signature.objects.create(
                    campaign=campaign,
                    name=signer["name"],
                    email=signer["email"],
                    place=signer.get("place", ""),
                    show_name=signer.get("show_name", False),
                    consent=True,
                    consent_text="(demo)",
                    language="nl",
                    created_at=moment,
                    confirmed_at=moment,
                )
