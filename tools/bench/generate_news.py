"""Benchmark news: one item for every four projects, over the six years before the epoch;
one in five is the network's own, the rest by a project's lead, most about that project."""

from __future__ import annotations

import datetime

from news.models import NewsItem
from projects.models import Participation, ParticipationRole
from tools.bench.generate_base import GeneratorBase, draft_or_published

PROJECTS_PER_ITEM = 4
LAST_DAY = datetime.date(2026, 9, 30)
NETWORK_SHARE = 0.2
ABOUT_THE_PROJECT = 0.7


class NewsSteps(GeneratorBase):
    """make_news, of self.projects and their leads."""

    def make_news(self) -> None:
        rng = self.rng
        # Read back, not drawn: the leads were drawn with the participations.
        lead_of = dict(
            Participation.objects.filter(role=ParticipationRole.LEAD).values_list(
                "project_id", "organisation_id"
            )
        )
        items = []
        for number in range(max(1, len(self.projects) // PROJECTS_PER_ITEM)):
            project = self.projects[rng.randrange(len(self.projects))]
            published_on = LAST_DAY - datetime.timedelta(days=rng.randrange(6 * 365))
            by_network = rng.random() < NETWORK_SHARE
            about = not by_network and rng.random() < ABOUT_THE_PROJECT
            items.append(
                NewsItem(
                    slug=f"news-{number + 1}",
                    published_on=published_on,
                    organisation_id=None if by_network else lead_of.get(project.pk),
                    project=project if about else None,
                    title_nl=f"Nieuws: {project.title_nl}",
                    title_en=f"News: {project.title_en}",
                    summary_nl=project.summary_nl,
                    summary_en=project.summary_en,
                    body_nl=f"<p>{project.summary_nl}</p>" * 4,
                    body_en=f"<p>{project.summary_en}</p>" * 4,
                    publication=draft_or_published(rng),
                )
            )
        self.save(NewsItem, items)
