"""The newsletter archive's issues (editions.yaml): written and sent before the demo
began, so they appear in the archive without anyone on the list having received them."""

import datetime

from django.utils import timezone

from editions.models import Edition, State
from news.models import NewsItem
from newsletter.models import Newsletter
from publications.models import Publication

from .loader import Loader
from .projects import paragraphs
from .schema import Choice, Date, DemoDataError, Items, ListOf, Ref, String


class Language:
    values = ["nl", "en"]


EDITION = {
    "slug": String(required=True, slug=True),
    "language": Choice(Language, required=True),
    "sent": Date(required=True),
    "subject": String(required=True),
    "introduction": String(required=True),
    "text": String(),
    "projects": ListOf(Ref("project")),
    # Slugs in news.yaml and publications.yaml, which are read apart: checked on loading.
    "news": ListOf(String(slug=True)),
    "publications": ListOf(String(slug=True)),
}
SECTIONS = {"editions": Items("newsletter issue", EDITION)}


def load_editions(loader: Loader, items: list[dict], projects: dict) -> None:
    newsletter = Newsletter.objects.get(slug="network")
    for item in items:
        sent_on, _precision = item["sent"]
        sent_at = timezone.make_aware(datetime.datetime.combine(sent_on, datetime.time(9)))
        edition = loader.upsert(
            Edition,
            {"slug": item["slug"]},
            {
                "newsletter": newsletter,
                "language": item["language"],
                "subject": item["subject"],
                "introduction": item["introduction"],
                "body": paragraphs(item.get("text", "")),
                "state": State.SENT,
                "sending_started_at": sent_at,
                "sent_at": sent_at,
            },
            where=item["where"],
        )
        loader.set_m2m(edition.projects, [projects[slug] for slug in item.get("projects", [])])
        loader.set_m2m(edition.news_items, _by_slug(NewsItem, item, "news"))
        loader.set_m2m(edition.publications, _by_slug(Publication, item, "publications"))


def _by_slug(model, item: dict, key: str) -> list:
    slugs = item.get(key, [])
    found = list(model.objects.filter(slug__in=slugs))
    missing = sorted(set(slugs) - {row.slug for row in found})
    if missing:
        raise DemoDataError(f"{item['where']}: no {key} {', '.join(missing)}")
    return found
