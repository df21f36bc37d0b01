"""manage.py bench_data: fill an empty database with the generated benchmark data (issue #7)."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from tools.bench.generate import BENCHMARK, SEED, Scale, generate


class Command(BaseCommand):
    help = (
        "Fill an EMPTY database with generated benchmark data (by default 500 organisations, "
        "20,000 projects, 1,000 donors, 50,000 fundings, 5,000 partnerships), the same on "
        "every run, then ANALYZE. `make bench` runs it on its own database; never on yours."
    )

    def add_arguments(self, parser):
        for field in ("organisations", "projects", "donors", "fundings", "partnerships"):
            parser.add_argument(f"--{field}", type=int, default=getattr(BENCHMARK, field))
        parser.add_argument("--seed", type=int, default=SEED)
        parser.add_argument(
            "--scaled-to",
            type=int,
            metavar="PROJECTS",
            help="this many projects, and everything else in the default proportions "
            "(instead of the numbers one by one)",
        )

    def handle(self, *args, seed, verbosity, scaled_to, **options):
        self.verbosity = verbosity
        fields = ("organisations", "projects", "donors", "fundings", "partnerships")
        if scaled_to:
            scale = Scale.for_projects(scaled_to)
        else:
            scale = Scale(**{field: options[field] for field in fields})
        started = time.monotonic()
        try:
            counts = generate(scale, seed=seed, progress=self.progress)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        generated = time.monotonic() - started
        # Fresh statistics (and the visibility map), as autovacuum keeps them in production.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        self.stdout.write(
            f"benchmark data generated in {generated:.0f} s "
            f"(analysed in {time.monotonic() - started - generated:.0f} s): {summary}"
        )

    def progress(self, line: str) -> None:
        if self.verbosity >= 2:
            self.stdout.write(f"  {line}")
