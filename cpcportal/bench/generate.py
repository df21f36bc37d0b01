"""Benchmark data: a large, realistic portal, the same on every run (seeded), bulk-inserted.

    generate(Scale())      # 500 organisations, 20,000 projects, 1,000 donors,
                           # 50,000 fundings, 5,000 partnerships (issue #7)

Every model rule holds: each project has exactly one lead participation and no organisation
twice; fundings and partnerships are unique; periods end after they start; ongoing
projects have no end. Nearly everything is published; about 2% of organisations, projects
and donors are drafts, so that the public pages have something to hide. Texts are Dutch and
English, built from `words`, so that full-text search finds things.

The projects' search vectors are kept by triggers (projects/migrations/0003_search.py),
which would rebuild a project once per participation and funding inserted: they are off
while the rows go in, and one UPDATE of every project rebuilds the vectors at the end.
Run ANALYZE afterwards (`manage.py bench_data` does).
"""

from __future__ import annotations

import bisect
import contextlib
import datetime
import itertools
import random
import time
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection, transaction
from django.utils import translation
from django.utils.text import slugify

from cpcportal.bench import words
from cpcportal.models import Precision, Publication, first_day, last_day
from demo.vocabulary import TARGET_GROUPS, THEMES
from donors.models import Donor, DonorType, Funding, Instrument
from organisations.models import (
    Framework,
    Goal,
    Membership,
    MembershipRole,
    Organisation,
    OrganisationKind,
    Partnership,
    PartnershipKind,
    PartnershipLevel,
    Pillar,
    SocialLink,
    WorkingPrinciple,
)
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

SEED = 7  # issue #7
DRAFT_SHARE = 0.02
# The search-vector triggers that fire per inserted row (see the module's docstring).
SEARCH_TRIGGERS = {
    "projects_project": "projects_project_search_vectors",
    "projects_participation": "projects_participation_search",
    "donors_funding": "projects_funding_search",
}
# Time stamps spread over ten years before this moment, fixed so that every run is the same.
EPOCH = datetime.datetime(2026, 10, 1, tzinfo=datetime.UTC)
TEN_YEARS = 10 * 365 * 24 * 3600


@dataclass(frozen=True)
class Scale:
    """How much to make; the defaults are the benchmark size of issue #7."""

    organisations: int = 500
    projects: int = 20_000
    donors: int = 1_000
    fundings: int = 50_000
    partnerships: int = 5_000

    def check(self) -> None:
        if self.organisations < 10:
            raise ValueError("at least 10 organisations are needed")
        if self.projects < 1 or self.donors < 3:
            raise ValueError("at least 1 project and 3 donors are needed")
        if self.fundings < 0 or -(-self.fundings // self.projects) > self.donors // 2:
            raise ValueError("too many fundings: a project would need more donors than exist")
        pairs = self.organisations * (self.organisations - 1)
        if self.partnerships < 0 or self.partnerships > pairs:
            raise ValueError(f"at most {pairs} partnerships for {self.organisations} organisations")


BENCHMARK = Scale()


class Weighted:
    """A skewed choice: a few items are chosen very often, most now and then (Zipf-like)."""

    def __init__(self, rng: random.Random, items: list, exponent: float = 0.6):
        self.items = list(items)
        order = list(range(len(self.items)))
        rng.shuffle(order)  # which items are the popular ones is itself random
        weights = [0.0] * len(self.items)
        for rank, index in enumerate(order, start=1):
            weights[index] = 1 / rank**exponent
        self.weights = weights
        self.cumulative = list(itertools.accumulate(weights))
        self.rng = rng

    def most_chosen(self, count: int) -> list:
        ranked = sorted(range(len(self.items)), key=lambda index: -self.weights[index])
        return [self.items[index] for index in ranked[:count]]

    def one(self):
        total = self.cumulative[-1]
        return self.items[bisect.bisect(self.cumulative, self.rng.random() * total)]

    def distinct(self, count: int, exclude=()) -> list:
        chosen: list = []
        while len(chosen) < count:
            item = self.one()
            if item not in chosen and item not in exclude:
                chosen.append(item)
        return chosen


def pick(rng: random.Random, weighted: dict):
    return rng.choices(list(weighted), weights=list(weighted.values()))[0]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def draft_or_published(rng: random.Random) -> str:
    return Publication.DRAFT if rng.random() < DRAFT_SHARE else Publication.PUBLISHED


@contextlib.contextmanager
def search_triggers_off():
    """Within the caller's transaction: the per-row search triggers off, then on again."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND (c.relname, t.tgname) IN "
            "(SELECT * FROM unnest(%s::text[], %s::text[]))",
            [list(SEARCH_TRIGGERS), list(SEARCH_TRIGGERS.values())],
        )
        found = cursor.fetchall()
        qn = connection.ops.quote_name
        for table, trigger in found:
            cursor.execute(f"ALTER TABLE {qn(table)} DISABLE TRIGGER {qn(trigger)}")
        yield
        # Django's foreign keys are checked at commit; ALTER TABLE wants no checks pending.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        for table, trigger in found:
            cursor.execute(f"ALTER TABLE {qn(table)} ENABLE TRIGGER {qn(trigger)}")


class Generator:
    def __init__(self, scale: Scale, seed: int, batch_size: int):
        scale.check()
        self.scale = scale
        self.rng = random.Random(seed)  # noqa: S311 (repeatable data, no secrets)
        self.batch_size = batch_size
        self.country_weights = {c[0]: c[1] for c in words.COUNTRIES}
        self.country_info = {c[0]: c for c in words.COUNTRIES}

    # --- helpers -------------------------------------------------------------------------

    def save(self, model, objects: list) -> list:
        return model.objects.bulk_create(objects, batch_size=self.batch_size)

    def country(self) -> str:
        return pick(self.rng, self.country_weights)

    def city(self, code: str) -> tuple[str, str]:
        return self.rng.choice(self.country_info[code][4])

    def sentence(self, templates, slots_nl: dict, slots_en: dict) -> tuple[str, str]:
        nl, en = self.rng.choice(templates)
        return nl.format(**slots_nl), en.format(**slots_en)

    # --- the steps ---------------------------------------------------------------------

    def run(self, progress) -> None:
        for step in (
            self.make_themes,
            self.make_organisations,
            self.make_networks,
            self.make_donors,
            self.make_projects,
            self.make_participations,
            self.make_fundings,
            self.make_partnerships,
        ):
            started = time.monotonic()
            step()
            progress(f"{step.__name__.removeprefix('make_')}: {time.monotonic() - started:.1f} s")

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

    def organisation_name(self, kind: str, code: str) -> tuple[str, str]:
        rng = self.rng
        city_nl, city_en = self.city(code)
        country_nl, country_en = self.country_info[code][2:4]
        topic_nl, topic_en = rng.choice(words.TOPICS)
        surname = rng.choice(words.SURNAMES)
        K = OrganisationKind
        if kind == K.NETWORK:
            return f"Netwerk {topic_nl}", f"{topic_en} Network"
        if kind == K.INTERNATIONAL_NGO:
            return f"{topic_en} International", f"{topic_en} International"
        if kind == K.GOVERNMENT:
            nl, en = rng.choice(words.MINISTRIES)
            return f"Ministerie van {nl} ({country_nl})", f"Ministry of {en} ({country_en})"
        if kind == K.PUBLIC_BODY:
            return f"Gemeente {city_nl}", f"Municipality of {city_en}"
        if kind == K.MULTILATERAL:
            return f"UNICEF {country_nl}", f"UNICEF {country_en}"
        if kind == K.FOUNDATION:
            return f"{surname} Fonds", f"{surname} Fund"
        if kind == K.COMPANY:
            suffix = rng.choice(words.COMPANY_SUFFIXES)
            return f"{surname} {suffix}", f"{surname} {suffix}"
        if kind == K.FAITH:
            return f"Diaconie {city_nl}", f"Diaconal Service {city_en}"
        if kind == K.SHELTER:
            return f"Kindertehuis {city_nl}", f"Children's Home {city_en}"
        if kind == K.ACADEMIC:
            return f"Universiteit van {city_nl}", f"University of {city_en}"
        if rng.random() < 0.5:
            return f"Centrum {topic_nl} {city_nl}", f"{topic_en} Centre {city_en}"
        return f"Stichting {topic_nl} {city_nl}", f"{topic_en} Foundation {city_en}"

    def make_organisations(self) -> None:
        rng = self.rng
        K = OrganisationKind
        count = self.scale.organisations
        networks = max(2, count // 25)
        kinds = {
            K.NGO: 55, K.INTERNATIONAL_NGO: 8, K.GOVERNMENT: 6, K.PUBLIC_BODY: 6,
            K.MULTILATERAL: 3, K.FOUNDATION: 6, K.COMPANY: 2, K.FAITH: 4, K.SHELTER: 5,
            K.ACADEMIC: 4, K.OTHER: 1,
        }  # fmt: skip
        objects = []
        for index in range(count):
            portal = index == 0
            kind = K.NETWORK if index < networks else pick(rng, kinds)
            code = "NL" if portal else self.country()
            if portal:
                name = ("Kinderrechtennetwerk Nederland", "Children's Rights Network Netherlands")
            else:
                name = self.organisation_name(kind, code)
            city = self.city(code)
            topic = rng.choice(words.GROUPS)
            theme = rng.choice(list(THEMES.values()))[0]
            slug = f"{slugify(name[1])[:180]}-{index + 1}"
            organisation = Organisation(
                slug=slug,
                name_nl=name[0],
                name_en=name[1],
                kind=kind,
                country=code,
                city=city[0],
                website=f"https://{slug}.example.org/",
                email=f"info@{slug}.example.org" if rng.random() < 0.5 else "",
                summary_nl=f"{name[0]} zet zich in voor {topic[0]} in {city[0]}.",
                summary_en=f"{name[1]} works for {topic[1]} in {city[1]}.",
                mission_nl=f"Wij werken aan {theme[0].lower()}, zodat {topic[0]} veilig "
                "kunnen opgroeien en hun rechten kennen.",
                mission_en=f"We work on {theme[1].lower()}, so that {topic[1]} can grow up "
                "safely and know their rights.",
                is_portal_network=portal,
                publication=Publication.PUBLISHED if portal else draft_or_published(rng),
            )
            if rng.random() < 0.3 or portal:
                organisation.vision_nl = "Een wereld waarin elk kind veilig opgroeit."
                organisation.vision_en = "A world in which every child grows up safely."
                organisation.approach_nl = rng.choice(words.SENTENCES)[0].format(
                    city=city[0], n=rng.randint(5, 500), group=topic[0],
                    country=self.country_info[code][2], theme=theme[0].lower(),
                )  # fmt: skip
            if code == "NL" and kind in (K.NGO, K.FOUNDATION) and rng.random() < 0.5:
                organisation.anbi_rsin = f"{rng.randrange(10**8, 10**9):09d}"
                organisation.cbf_recognised = rng.random() < 0.5
            if rng.random() < 0.3:
                organisation.iati_identifier = f"NL-KVK-{rng.randrange(10**7, 10**8)}"
            objects.append(organisation)
        self.organisations = self.save(Organisation, objects)
        self.portal = self.organisations[0]
        self.networks = self.organisations[:networks]
        # Projects are led and joined mostly by a few big organisations, as in real life.
        self.leads = Weighted(rng, self.organisations)
        self.partners = Weighted(rng, self.organisations)

        principles, links = [], []
        for organisation in self.organisations:
            count = 4 if organisation is self.portal else rng.choice([0, 0, 1, 2, 3])
            for position, (nl, en) in enumerate(rng.sample(words.PRINCIPLES, count), start=1):
                principles.append(
                    WorkingPrinciple(
                        organisation=organisation, position=position, title_nl=nl, title_en=en
                    )
                )
            if rng.random() < 0.3:
                platforms = rng.sample(["facebook", "instagram", "linkedin", "bluesky"], 2)
                for platform in platforms[: rng.randint(1, 2)]:
                    links.append(
                        SocialLink(
                            organisation=organisation,
                            platform=platform,
                            url=f"https://{platform}.example/{organisation.slug}",
                        )
                    )
        self.save(WorkingPrinciple, principles)
        self.save(SocialLink, links)

    def make_networks(self) -> None:
        rng = self.rng
        frameworks = self.save(
            Framework,
            [
                Framework(title_nl=nl, title_en=en, short_name_nl=short, year=year)
                for nl, en, short, year in words.FRAMEWORKS
            ],
        )
        others = self.organisations[len(self.networks) :]
        memberships = []
        for network in self.networks:
            network.frameworks.set(
                frameworks if network is self.portal else rng.sample(frameworks, 1)
            )
            size = min(len(others), 80 if network is self.portal else rng.randint(5, 30))
            for position, member in enumerate(rng.sample(others, size)):
                joined = rng.randint(1995, 2025)
                left = rng.randint(joined, 2026) if rng.random() < 0.05 else None
                role = {0: MembershipRole.CHAIR, 1: MembershipRole.SECRETARIAT}.get(
                    position, MembershipRole.MEMBER
                )
                memberships.append(
                    Membership(
                        network=network,
                        member=member,
                        role=role,
                        year_joined=joined,
                        year_left=left,
                    )
                )
        self.save(Membership, memberships)
        pillars = self.save(
            Pillar,
            [
                Pillar(network=self.portal, position=p, title_nl=nl, title_en=en)
                for p, (nl, en) in enumerate(words.PILLARS, start=1)
            ],
        )
        self.save(
            Goal,
            [
                Goal(
                    network=self.portal,
                    pillar=pillars[p % len(pillars)] if p < 6 else None,
                    position=p + 1,
                    title_nl=nl,
                    title_en=en,
                )
                for p, (nl, en) in enumerate(words.GOALS)
            ],
        )

    def make_donors(self) -> None:
        rng = self.rng
        T = DonorType
        types = {
            T.GOVERNMENT: 10, T.EU: 2, T.UN_AGENCY: 3, T.FOUNDATION: 40, T.LOTTERY: 3,
            T.CHURCH: 10, T.COMPANY: 25, T.OTHER: 7,
        }  # fmt: skip
        foundations = [o for o in self.organisations if o.kind == OrganisationKind.FOUNDATION]
        objects = []
        for index in range(self.scale.donors):
            kind = pick(rng, types)
            code = self.country()
            city_nl, city_en = self.city(code)
            country_nl, country_en = self.country_info[code][2:4]
            surname = rng.choice(words.SURNAMES)
            if kind == T.GOVERNMENT:
                nl, en = rng.choice(words.MINISTRIES)
                name = (f"Ministerie van {nl} ({country_nl})", f"Ministry of {en} ({country_en})")
            elif kind == T.EU:
                name = ("Europese Commissie", "European Commission")
            elif kind == T.UN_AGENCY:
                name = (f"UNICEF {country_nl}", f"UNICEF {country_en}")
            elif kind == T.LOTTERY:
                name = (f"Loterij {city_nl}", f"{city_en} Lottery")
            elif kind == T.CHURCH:
                saint = rng.choice(words.SAINTS)
                name = (f"Parochie {saint} {city_nl}", f"{saint} Parish {city_en}")
            elif kind == T.COMPANY:
                suffix = rng.choice(words.COMPANY_SUFFIXES)
                name = (f"{surname} {suffix}", f"{surname} {suffix}")
            elif kind == T.FOUNDATION:
                name = (f"{surname} Kinderfonds", f"{surname} Children's Fund")
            else:
                name = (f"Vrienden van {city_nl}", f"Friends of {city_en}")
            donor = Donor(
                slug=f"{slugify(name[1])[:180]}-{index + 1}",
                name_nl=name[0],
                name_en=name[1],
                type=kind,
                country=code,
                website=f"https://donor-{index + 1}.example.org/",
                description_nl=f"{name[0]} steunt projecten voor kinderen in {country_nl}.",
                description_en=f"{name[1]} supports projects for children in {country_en}.",
                publication=draft_or_published(rng),
            )
            if kind == T.FOUNDATION and foundations and rng.random() < 0.3:
                donor.organisation = foundations.pop()
            objects.append(donor)
        self.donors = self.save(Donor, objects)
        self.donor_choice = Weighted(rng, self.donors)
        # The biggest donors fund through named instruments.
        big = self.donor_choice.most_chosen(max(1, self.scale.donors // 20))
        instruments = []
        for donor in big:
            nl, en = rng.choice(words.INSTRUMENT_TOPICS)
            start = rng.randint(2005, 2022)
            instruments.append(
                Instrument(
                    donor=donor,
                    name_nl=f"{nl} {donor.name_nl}",
                    name_en=f"{en} {donor.name_en}",
                    start=datetime.date(start, 1, 1),
                    start_precision=Precision.YEAR,
                    end=datetime.date(start + rng.randint(3, 10), 12, 31),
                    end_precision=Precision.YEAR,
                )
            )
        self.instruments: dict[int, list[Instrument]] = {}
        for instrument in self.save(Instrument, instruments):
            self.instruments.setdefault(instrument.donor_id, []).append(instrument)

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

    def make_fundings(self) -> None:
        """Exactly `scale.fundings`, spread as evenly as possible over the projects."""
        rng = self.rng
        base, extra = divmod(self.scale.fundings, len(self.projects))
        order = list(range(len(self.projects)))
        rng.shuffle(order)
        more = set(order[:extra])
        currencies = {"EUR": 90, "USD": 7, "GBP": 3}
        objects = []
        for index, project in enumerate(self.projects):
            for donor in self.donor_choice.distinct(base + (index in more)):
                funding = Funding(donor=donor, project=project)
                options = self.instruments.get(donor.pk)
                if options and rng.random() < 0.5:
                    funding.instrument = rng.choice(options)
                if rng.random() < 0.7:
                    funding.amount = Decimal(rng.randrange(5_000, 2_000_000, 500))
                    funding.currency = pick(rng, currencies)
                if project.start:
                    funding.start = datetime.date(project.start.year, 1, 1)
                    funding.start_precision = Precision.YEAR
                if project.end:
                    funding.end = datetime.date(project.end.year, 12, 31)
                    funding.end_precision = Precision.YEAR
                objects.append(funding)
        self.save(Funding, objects)

    def make_partnerships(self) -> None:
        rng = self.rng
        levels = {
            PartnershipLevel.LOCAL: 35,
            PartnershipLevel.REGIONAL: 20,
            PartnershipLevel.NATIONAL: 30,
            PartnershipLevel.INTERNATIONAL: 15,
        }
        kinds = list(PartnershipKind.values)
        seen: set[tuple] = set()
        objects = []
        while len(objects) < self.scale.partnerships:
            organisation = self.leads.one()
            partner = rng.choice(self.organisations)
            key = (organisation.pk, partner.pk, pick(rng, levels), rng.choice(kinds))
            if partner is organisation or key in seen:
                continue
            seen.add(key)
            start = rng.randint(2005, 2026)
            partnership = Partnership(
                organisation=organisation,
                partner=partner,
                level=key[2],
                kind=key[3],
                start=datetime.date(start, 1, 1),
                start_precision=Precision.YEAR,
                is_ongoing=rng.random() < 0.7,
            )
            if not partnership.is_ongoing:
                partnership.end = datetime.date(rng.randint(start, 2026), 12, 31)
                partnership.end_precision = Precision.YEAR
            if rng.random() < 0.4:
                nl, en = rng.choice(words.PARTNERSHIP_TOPICS)
                partnership.description_nl, partnership.description_en = nl, en
            objects.append(partnership)
        self.save(Partnership, objects)

    def finish(self) -> None:
        """Spread the projects' time stamps and rebuild their search vectors, one UPDATE."""
        rng = self.rng
        ids, created, updated = [], [], []
        for project in self.projects:
            age = rng.randrange(TEN_YEARS)
            ids.append(project.pk)
            created.append(EPOCH - datetime.timedelta(seconds=age))
            updated.append(EPOCH - datetime.timedelta(seconds=rng.randrange(age + 1)))
        with connection.cursor() as cursor:
            # Without statistics the trigger's lookups by project scan whole tables.
            cursor.execute(
                "ANALYZE projects_project, projects_participation, donors_funding, "
                "organisations_organisation, donors_donor"
            )
            cursor.execute(
                "UPDATE projects_project AS p SET title_nl = p.title_nl, "
                "created_at = v.created, updated_at = v.updated "
                "FROM unnest(%s::bigint[], %s::timestamptz[], %s::timestamptz[]) "
                "AS v(id, created, updated) WHERE p.id = v.id",
                [ids, created, updated],
            )


def generate(
    scale: Scale = BENCHMARK, seed: int = SEED, batch_size: int = 2000, progress=None
) -> dict:
    """Fill an empty database; returns the number of rows per model. One transaction.

    `progress`, when given, is called with a line of text after each step.
    """
    progress = progress or (lambda line: None)
    if Organisation.objects.exists() or Project.objects.exists() or Donor.objects.exists():
        raise ValueError("the database is not empty: benchmark data goes into a fresh one")
    generator = Generator(scale, seed, batch_size)
    # The untranslated columns (name, title…) get the Dutch values, as the admin stores them.
    with transaction.atomic(), translation.override("nl"):
        with search_triggers_off():
            generator.run(progress)
        started = time.monotonic()
        generator.finish()
        progress(f"search vectors and time stamps: {time.monotonic() - started:.1f} s")
    return counts()


def counts() -> dict[str, int]:
    models = [
        Organisation, Membership, Partnership, Project, Participation, ProjectTheme, Theme,
        ReachFigure, Donor, Instrument, Funding,
    ]  # fmt: skip
    return {model._meta.model_name: model.objects.count() for model in models}
