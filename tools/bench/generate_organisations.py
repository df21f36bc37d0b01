"""The benchmark's organisations: names, profiles, networks with their members, partnerships."""

from __future__ import annotations

import datetime

from django.utils.text import slugify

from core.models import Precision, Publication
from core.validators import rsin_check_digit
from demo.vocabulary import THEMES
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
from tools.bench import words
from tools.bench.generate_base import GeneratorBase, Weighted, draft_or_published, pick


class OrganisationSteps(GeneratorBase):
    """make_organisations, make_networks, make_partnerships.

    Stores self.organisations (the portal's network first), self.networks, and the skewed
    choices self.leads and self.partners that the projects' participations use too.
    """

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
                first_eight = f"{rng.randrange(10**7, 10**8):08d}"
                check = rsin_check_digit(first_eight)
                # One in eleven has no check digit: that organisation goes without an RSIN.
                organisation.anbi_rsin = "" if check is None else f"{first_eight}{check}"
                organisation.cbf_recognised = rng.random() < 0.5
            if rng.random() < 0.3:
                organisation.iati_identifier = f"NL-KVK-{rng.randrange(10**7, 10**8)}"
            if portal:  # it reports the projects whose lead has no identifier, as in the demo
                organisation.iati_identifier = "XI-EXAMPLE-NETWORK"
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
