"""Benchmark data: publications, one for every ten projects, each about one project, by its
organisations' most frequent leads (links only: the benchmark measures pages, not PDFs)."""

from __future__ import annotations

import datetime

from django.utils.text import slugify

from publications.models import DocumentLanguage, Publication, PublicationKind
from tools.bench.generate_base import draft_or_published

KINDS = {
    PublicationKind.REPORT: (40, "Verslag", "Report"),
    PublicationKind.ANNUAL_REPORT: (15, "Jaarverslag", "Annual report"),
    PublicationKind.EVALUATION: (20, "Evaluatie", "Evaluation"),
    PublicationKind.POSITION_PAPER: (10, "Standpunt", "Position paper"),
    PublicationKind.FACTSHEET: (15, "Factsheet", "Factsheet"),
}
FIRST_DAY = datetime.date(2010, 1, 1)


class PublicationSteps:
    def make_publications(self) -> None:
        rng = self.rng
        kinds = list(KINDS)
        weights = [KINDS[kind][0] for kind in kinds]
        languages = list(DocumentLanguage.values)
        rows, links = [], []
        for index in range(max(1, self.scale.projects // 10)):
            position = rng.randrange(len(self.projects))
            project = self.projects[position]
            kind = rng.choices(kinds, weights=weights)[0]
            _weight, label_nl, label_en = KINDS[kind]
            rows.append(
                Publication(
                    slug=f"{slugify(label_en)}-{index + 1}",
                    kind=kind,
                    title_nl=f"{label_nl}: {project.title_nl}",
                    title_en=f"{label_en}: {project.title_en}",
                    summary_nl=project.summary_nl,
                    summary_en=project.summary_en,
                    published_on=FIRST_DAY + datetime.timedelta(days=rng.randrange(16 * 365)),
                    language=rng.choices(languages, weights=[60, 35, 5])[0],
                    countries=list(project.countries),
                    url=f"https://example.org/publications/{index + 1}.pdf",
                    publication=draft_or_published(rng),
                )
            )
            organisations = self.leads.distinct(rng.choice([1, 1, 1, 2]))
            links.append((project, organisations, self.project_themes[position]))
        publications = self.save(Publication, rows)
        Through = Publication.organisations.through
        self.save(
            Through,
            [
                Through(publication=publication, organisation=organisation)
                for publication, (_project, organisations, _themes) in zip(
                    publications, links, strict=True
                )
                for organisation in organisations
            ],
        )
        self.save(
            Publication.projects.through,
            [
                Publication.projects.through(publication=publication, project=project)
                for publication, (project, _organisations, _themes) in zip(
                    publications, links, strict=True
                )
            ],
        )
        self.save(
            Publication.themes.through,
            [
                Publication.themes.through(publication=publication, theme=theme)
                for publication, (_project, _organisations, themes) in zip(
                    publications, links, strict=True
                )
                for theme in themes
            ],
        )
