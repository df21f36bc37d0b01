"""The benchmark's donors: donors, the big ones' instruments, and the fundings of projects."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.utils.text import slugify

from core.models import Precision
from donors.models import Donor, DonorType, Funding, Instrument
from organisations.models import OrganisationKind
from tools.bench import words
from tools.bench.generate_base import GeneratorBase, Weighted, draft_or_published, pick


class DonorSteps(GeneratorBase):
    """make_donors (some foundations among the organisations are donors too) and
    make_fundings (of self.projects). Stores self.donors and their instruments.
    """

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
