"""Benchmark data: a large, realistic portal, the same on every run (seeded), bulk-inserted.

    generate(Scale())      # 500 organisations, 20,000 projects, 1,000 donors,
                           # 50,000 fundings, 5,000 partnerships (issue #7)
    generate(Scale.for_projects(100_000))  # the same proportions, five times as much

Every model rule holds: each project has exactly one lead participation and no organisation
twice; fundings and partnerships are unique; periods end after they start; ongoing
projects have no end. Nearly everything is published; about 2% of organisations, projects
and donors are drafts, so that the public pages have something to hide. Texts are Dutch and
English, built from `words`, so that full-text search finds things.

The projects' search vectors are kept by triggers (projects/migrations/0003_search.py),
which would rebuild a project once per participation and funding inserted: they are off
while the rows go in, and one UPDATE of every project rebuilds the vectors at the end.
Run ANALYZE afterwards (`manage.py bench_data` does).

This module runs the steps; they live beside it, one module per kind of content:
generate_organisations (organisations, networks, partnerships), generate_projects (themes,
projects, participations) and generate_donors (donors, instruments, fundings), on the shared
state and random choices of generate_base.
"""

from __future__ import annotations

import contextlib
import datetime
import time
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import translation

from campaigns.models import Campaign, Signature
from donors.models import Donor, Funding, Instrument
from editions.models import Edition
from finances.models import Budget, Transaction
from news.models import NewsItem
from organisations.models import Membership, Organisation, Partnership
from projects.models import Participation, Project, ProjectTheme, ReachFigure, Theme
from publications.models import Publication
from results.models import Indicator, IndicatorPeriod, Result
from tools.bench.generate_campaigns import CampaignSteps
from tools.bench.generate_donors import DonorSteps
from tools.bench.generate_editions import EditionSteps
from tools.bench.generate_finances import FinanceSteps
from tools.bench.generate_news import NewsSteps
from tools.bench.generate_organisations import OrganisationSteps
from tools.bench.generate_projects import ProjectSteps
from tools.bench.generate_publications import PublicationSteps

SEED = 7  # issue #7
# The search-vector triggers that fire per inserted row (see the module's docstring).
SEARCH_TRIGGERS = [
    ("projects_project", "projects_project_search_vectors"),
    ("projects_participation", "projects_participation_search"),
    ("donors_funding", "projects_funding_search"),
    # The narrow search rows (projects/migrations/0008_search_rows.py) are written when
    # the final UPDATE gives the projects their vectors, not once more per insert.
    ("projects_project", "projects_search_row_insert"),
]
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

    @classmethod
    def for_projects(cls, projects: int) -> Scale:
        """The benchmark's proportions at another number of projects, so that a larger
        portal has as many organisations, donors, fundings and partnerships per project
        (20,000 gives exactly the defaults, and so the same data for the same seed)."""
        default = cls()
        share = projects / default.projects
        return cls(
            organisations=max(10, round(default.organisations * share)),
            projects=projects,
            donors=max(6, round(default.donors * share)),  # 2.5 fundings a project
            fundings=round(default.fundings * share),
            partnerships=round(default.partnerships * share),
        )


BENCHMARK = Scale()


@contextlib.contextmanager
def search_triggers_off():
    """Within the caller's transaction: the per-row search triggers off, then on again."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND (c.relname, t.tgname) IN "
            "(SELECT * FROM unnest(%s::text[], %s::text[]))",
            [[table for table, _t in SEARCH_TRIGGERS], [name for _t, name in SEARCH_TRIGGERS]],
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


class Generator(
    OrganisationSteps,
    ProjectSteps,
    DonorSteps,
    FinanceSteps,
    PublicationSteps,
    EditionSteps,
    NewsSteps,
    CampaignSteps,
):
    """The whole portal, step by step; each step draws from the one random source in turn."""

    def run(self, progress) -> None:
        # The order is part of the data: the same seed gives the same rows only in this order.
        for step in (
            self.make_themes,
            self.make_organisations,
            self.make_networks,
            self.make_donors,
            self.make_projects,
            self.make_participations,
            self.make_fundings,
            self.make_partnerships,
            # Added for issue #14, after the others so that their rows stay as they were.
            self.make_money,
            self.make_results,
            # Added with the publications, last, so that the rows above stay as they were.
            self.make_publications,
            self.make_editions,  # issue #16
            self.make_news,  # issue #16, after the editions
            self.make_campaigns,  # campaigns and petitions, after all the others
        ):
            started = time.monotonic()
            step()
            progress(f"{step.__name__.removeprefix('make_')}: {time.monotonic() - started:.1f} s")

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
        ReachFigure, Donor, Instrument, Funding, Budget, Transaction, Result, Indicator,
        IndicatorPeriod, Publication, Edition, NewsItem, Campaign, Signature,
    ]  # fmt: skip
    return {model._meta.model_name: model.objects.count() for model in models}
