"""The benchmark's projects: themes, projects with their periods and texts, participations."""

from __future__ import annotations

import datetime

from django.utils.text import slugify

from core.models import Precision, first_day, last_day
from demo.vocabulary import TARGET_GROUPS, THEMES
from projects.models import (
    ManualStatus,
    Participation,
    ParticipationRole,
    Project,
    ProjectKind,
    ProjectTheme,
    ReachFigure,
    TargetGroup,
    Theme,
)
from tools.bench import words
from tools.bench.generate_base import GeneratorBase, cap, draft_or_published, pick


class ProjectSteps(GeneratorBase):
    """make_themes, make_projects, make_participations (leads and partners chosen from the
    organisations' skewed choices). Stores self.themes and self.projects.
    """

    def make_themes(self) -> None:
        self.themes = self.save(
            Theme,
            [
                Theme(slug=slug, name_nl=nl, name_en=en, dac_code=code, position=position)
                for position, (slug, ((nl, en), code)) in enumerate(THEMES.items(), start=1)
            ],
        )
        self.target_groups = self.save(
            TargetGroup,
            [TargetGroup(slug=s, name_nl=nl, name_en=en) for s, (nl, en) in TARGET_GROUPS.items()],
        )

    def period(self) -> dict:
        rng = self.rng
        year = rng.randint(2008, 2029)
        precision = pick(
            rng,
            {Precision.DAY: 40, Precision.MONTH: 30, Precision.MID_YEAR: 10, Precision.YEAR: 20},
        )
        start = first_day(datetime.date(year, rng.randint(1, 12), rng.randint(1, 28)), precision)
        shape = rng.random()
        if shape < 0.08:  # ongoing work without a planned end
            return {"start": start, "start_precision": precision, "is_ongoing": True}
        end_precision = pick(rng, {Precision.DAY: 40, Precision.MONTH: 30, Precision.YEAR: 30})
        end = last_day(
            datetime.date(year + rng.randint(1, 6), rng.randint(1, 12), rng.randint(1, 28)),
            end_precision,
        )
        if shape < 0.11:  # only the end is known
            return {"end": end, "end_precision": end_precision}
        return {
            "start": start,
            "start_precision": precision,
            "end": end,
            "end_precision": end_precision,
        }

    def make_projects(self) -> None:
        rng = self.rng
        kinds = {ProjectKind.PROJECT: 80, ProjectKind.PROGRAMME: 12, ProjectKind.CAMPAIGN: 8}
        theme_names = {theme.pk: (theme.name_nl, theme.name_en) for theme in self.themes}
        projects, self.project_themes = [], []
        for index in range(self.scale.projects):
            codes = self.countries_for_project()
            city = self.city(codes[0])
            country = self.country_info[codes[0]][2:4]
            group = rng.choice(words.GROUPS)
            action = rng.choice(words.ACTIONS)
            context = rng.choice(words.CONTEXTS)
            themes = rng.sample(self.themes, rng.choice([1, 1, 2, 2, 3]))
            self.project_themes.append(themes)
            theme = theme_names[themes[0].pk]
            title_nl = " ".join(filter(None, [action[0], group[0], context[0], f"in {city[0]}"]))
            title_en = " ".join(filter(None, [action[1], group[1], context[1], f"in {city[1]}"]))
            slots = [
                {"group": g, "Group": cap(g), "city": c, "country": n, "theme": t.lower()}
                for g, c, n, t in zip(group, city, country, theme, strict=True)
            ]
            summary = [
                self.sentence(words.SUMMARIES, slots[0], slots[1]) for _ in range(rng.randint(1, 2))
            ]
            paragraphs = []
            for _ in range(rng.randint(2, 4)):
                number = rng.randint(10, 5000)
                sentences = [
                    self.sentence(
                        words.SENTENCES, {**slots[0], "n": number}, {**slots[1], "n": number}
                    )
                    for _ in range(rng.randint(2, 3))
                ]
                paragraphs.append(sentences)
            project = Project(
                slug=f"{slugify(title_en)[:200]}-{index + 1}",
                title_nl=title_nl,
                title_en=title_en,
                kind=pick(rng, kinds),
                summary_nl=" ".join(s[0] for s in summary),
                summary_en=" ".join(s[1] for s in summary),
                description_nl="".join(f"<p>{' '.join(s[0] for s in p)}</p>" for p in paragraphs),
                description_en="".join(f"<p>{' '.join(s[1] for s in p)}</p>" for p in paragraphs),
                countries=codes,
                publication=draft_or_published(rng),
                **self.period(),
            )
            manual = rng.random()
            if manual < 0.015:
                project.manual_status = ManualStatus.CANCELLED
            elif manual < 0.025:
                project.manual_status = ManualStatus.SUSPENDED
            if rng.random() < 0.2:
                project.website = f"https://projects.example.org/{project.slug}"
            if rng.random() < 0.3:
                project.iati_identifier = f"NL-KVK-{rng.randrange(10**7, 10**8)}-{index + 1}"
            projects.append(project)
        self.projects = self.save(Project, projects)

        self.save(
            ProjectTheme,
            [
                ProjectTheme(project=project, theme=theme)
                for project, themes in zip(self.projects, self.project_themes, strict=True)
                for theme in themes
            ],
        )
        through = Project.target_groups.through
        groups, reach = [], []
        for project in self.projects:
            for group in rng.sample(self.target_groups, rng.choice([0, 1, 1, 2])):
                groups.append(through(project_id=project.pk, targetgroup_id=group.pk))
            if rng.random() < 0.25:
                for position in range(1, rng.randint(1, 2) + 1):
                    nl, en = rng.choice(words.REACH_LABELS)
                    reach.append(
                        ReachFigure(
                            project=project,
                            position=position,
                            value=rng.randint(10, 20000),
                            label_nl=nl,
                            label_en=en,
                        )
                    )
        self.save(through, groups)
        self.save(ReachFigure, reach)

    def countries_for_project(self) -> list[str]:
        count = self.rng.choices([1, 2, 3], weights=[70, 22, 8])[0]
        codes: set[str] = set()
        while len(codes) < count:
            codes.add(self.country())
        return sorted(codes)

    def make_participations(self) -> None:
        rng = self.rng
        objects = []
        for project in self.projects:
            lead = self.leads.one()
            objects.append(
                Participation(
                    project=project, organisation=lead, role=ParticipationRole.LEAD, position=1
                )
            )
            others = self.partners.distinct(
                rng.choices([0, 1, 2, 3, 4], weights=[30, 30, 20, 12, 8])[0], exclude=[lead]
            )
            for position, organisation in enumerate(others, start=2):
                role = (
                    ParticipationRole.PARTNER
                    if rng.random() < 0.6
                    else ParticipationRole.IMPLEMENTING
                )
                participation = Participation(
                    project=project, organisation=organisation, role=role, position=position
                )
                if rng.random() < 0.3:
                    participation.description_nl = f"Werkt in {organisation.city}"
                    participation.description_en = f"Works in {organisation.city}"
                objects.append(participation)
        self.save(Participation, objects)
