"""The demo's news (data/news.yaml): organisations' updates and the network's own news."""

import datetime
from pathlib import Path

import yaml

from news.models import NewsItem
from projects.models import Project

from .loader import Loader
from .pictures import picture_for
from .schema import DemoDataError

FILE = "news.yaml"


def load_news(loader: Loader, directory: Path, organisations: dict) -> None:
    """Upsert each item by its slug; a data folder without the file has none."""
    path = directory / FILE
    if not path.is_file():
        return
    items = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("news", [])
    for number, item in enumerate(items, start=1):
        where = f"{FILE}, item {number} ({item.get('slug', '?')})"
        owner = item.get("organisation")
        if owner is not None and owner not in organisations:
            raise DemoDataError(f"{where}: unknown organisation {owner!r}")
        project = None
        if item.get("project"):
            project = Project.objects.filter(slug=item["project"]).first()
            if project is None:
                raise DemoDataError(f"{where}: unknown project {item['project']!r}")
        published_on = item["published_on"]
        if not isinstance(published_on, datetime.date):
            raise DemoDataError(f"{where}: published_on is not a date")
        values = {
            "published_on": published_on,
            "organisation": organisations[owner] if owner else None,
            "project": project,
            "title": (item["title"]["nl"], item["title"]["en"]),
            "summary": (item["summary"]["nl"], item["summary"]["en"]),
            "body": (item["body"]["nl"], item["body"]["en"]),
            "publication": item.get("publication", "published"),
            **picture_for(item["slug"], folder="images/news/demo"),
        }
        loader.upsert(NewsItem, {"slug": item["slug"]}, values, where=where)
