"""The benchmark's newsletter archive: one issue sent for every 200 projects, each showing
five of them, so that the archive pages are measured with many issues."""

from __future__ import annotations

import datetime

from editions.models import Edition, State
from newsletter.models import Newsletter
from tools.bench.generate_base import GeneratorBase

PROJECTS_PER_ISSUE = 200
SHOWN = 5
FIRST_ISSUE = datetime.datetime(2026, 9, 15, 9, tzinfo=datetime.UTC)


class EditionSteps(GeneratorBase):
    """make_editions, of self.projects."""

    def make_editions(self) -> None:
        rng = self.rng
        newsletter = Newsletter.objects.get(slug="network")
        count = max(1, len(self.projects) // PROJECTS_PER_ISSUE)
        editions = []
        for number in range(count):
            sent = FIRST_ISSUE - datetime.timedelta(days=14 * number)
            language = "nl" if rng.random() < 0.7 else "en"
            editions.append(
                Edition(
                    newsletter=newsletter,
                    language=language,
                    subject=f"Nieuwsbrief {count - number}",
                    slug=f"issue-{count - number}",
                    introduction="Nieuws van de leden en hun projecten. " * 4,
                    body="<p>Wat de leden deden.</p>" * 6,
                    state=State.SENT,
                    sending_started_at=sent,
                    sent_at=sent,
                )
            )
        editions = self.save(Edition, editions)
        through = Edition.projects.through
        self.save(
            through,
            [
                through(edition_id=edition.pk, project_id=project.pk)
                for edition in editions
                for project in rng.sample(self.projects, min(SHOWN, len(self.projects)))
            ],
        )
