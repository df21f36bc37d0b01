"""The demo's publications (data/publications.yaml): links only, no PDFs."""

import datetime
from pathlib import Path

import yaml

from projects.models import Project
from publications.models import Publication

from .loader import Loader
from .schema import DemoDataError

FILE = "publications.yaml"


def load_publications(loader: Loader, directory: Path, organisations: dict) -> None:
    """Upsert each publication by its slug and set its organisations and projects; a data
    folder without the file has none."""
    path = directory / FILE
    if not path.is_file():
        return
    items = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("publications", [])
    for number, item in enumerate(items, start=1):
        where = f"{FILE}, publication {number} ({item.get('slug', '?')})"
        try:
            owners = [organisations[slug] for slug in item["organisations"]]
            projects = list(Project.objects.filter(slug__in=item.get("projects", [])))
        except KeyError as missing:
            raise DemoDataError(f"{where}: unknown or missing {missing}") from None
        if len(projects) != len(item.get("projects", [])):
            raise DemoDataError(f"{where}: a project it names does not exist")
        published_on = item["published_on"]
        if not isinstance(published_on, datetime.date):
            raise DemoDataError(f"{where}: published_on is not a date")
        values = {
            "kind": item["kind"],
            "published_on": published_on,
            "language": item["language"],
            "title": (item["title"]["nl"], item["title"]["en"]),
            "summary": (item["summary"]["nl"], item["summary"]["en"]),
            "url": item["url"],
            "countries": sorted(item.get("countries", [])),
            "publication": item.get("publication", "published"),
        }
        publication = loader.upsert(Publication, {"slug": item["slug"]}, values, where=where)
        loader.set_m2m(publication.organisations, owners)
        loader.set_m2m(publication.projects, projects)
