"""Benchmark data: one campaign for every 500 projects (at least one), by one to three of
the most frequent leads with up to two outside bodies, most with a petition and its
signatures (confirmed, some shown by name, some waiting), so that the campaign pages are
measured with many partners and signers."""

from __future__ import annotations

import datetime

from campaigns.models import Campaign, Signature
from organisations.models import OrganisationKind
from tools.bench.generate_base import GeneratorBase, draft_or_published

PROJECTS_PER_CAMPAIGN = 500
FIRST_DAY = datetime.date(2022, 1, 1)
OUTSIDE_KINDS = {
    OrganisationKind.GOVERNMENT,
    OrganisationKind.PUBLIC_BODY,
    OrganisationKind.COMPANY,
}
SIGNED = datetime.datetime(2026, 9, 1, 12, tzinfo=datetime.UTC)


class CampaignSteps(GeneratorBase):
    """make_campaigns, of self.leads and self.organisations."""

    def make_campaigns(self) -> None:
        rng = self.rng
        outside = [o for o in self.organisations if o.kind in OUTSIDE_KINDS] or self.organisations
        count = max(1, self.scale.projects // PROJECTS_PER_CAMPAIGN)
        rows, links = [], []
        for number in range(1, count + 1):
            start = FIRST_DAY + datetime.timedelta(days=rng.randrange(5 * 365))
            # The first always has one, so that every size measures a petition page.
            petition = rng.random() < 0.7 or number == 1
            rows.append(
                Campaign(
                    slug=f"campaign-{number}",
                    title_nl=f"Campagne {number}: elk kind veilig",
                    title_en=f"Campaign {number}: every child safe",
                    summary_nl="Samen opkomen voor kinderen die bescherming nodig hebben. " * 2,
                    summary_en="Standing up together for children who need protection. " * 2,
                    goal_nl="Elk kind groeit veilig op.",
                    goal_en="Every child grows up safe.",
                    body_nl="<p>Wat de campagne doet en waarom.</p>" * 4,
                    body_en="<p>What the campaign does and why.</p>" * 4,
                    start=start,
                    end=start + datetime.timedelta(days=rng.randrange(90, 3 * 365)),
                    has_petition=petition,
                    petition_text_nl="Wij vragen de regering om kinderen te beschermen."
                    if petition
                    else "",
                    petition_text_en="We ask the government to protect children."
                    if petition
                    else "",
                    signature_goal=rng.choice([None, 1000, 5000]) if petition else None,
                    publication=draft_or_published(rng),
                )
            )
            partners = self.leads.distinct(rng.choice([1, 2, 3]))
            bodies = rng.sample(outside, min(len(outside), rng.choice([0, 1, 2])))
            signers = rng.randrange(20, 400) if petition else 0
            links.append((partners, bodies, signers))
        campaigns = self.save(Campaign, rows)
        Partners, Bodies = Campaign.organisations.through, Campaign.outside_bodies.through
        self.save(
            Partners,
            [
                Partners(campaign=campaign, organisation=organisation)
                for campaign, (partners, _bodies, _signers) in zip(campaigns, links, strict=True)
                for organisation in partners
            ],
        )
        self.save(
            Bodies,
            [
                Bodies(campaign=campaign, organisation=organisation)
                for campaign, (_partners, bodies, _signers) in zip(campaigns, links, strict=True)
                for organisation in bodies
            ],
        )
        signatures = []
        for campaign, (_partners, _bodies, signers) in zip(campaigns, links, strict=True):
            for number in range(signers):
                signed = SIGNED - datetime.timedelta(minutes=rng.randrange(60 * 24 * 365))
                confirmed = rng.random() < 0.9
                signatures.append(
                    Signature(
                        campaign=campaign,
                        name=f"Ondertekenaar {number}",
                        email=f"signer-{campaign.pk}-{number}@example.org",
                        place=rng.choice(["", "Utrecht", "Leiden", "Gent", "Bisjkek"]),
                        show_name=rng.random() < 0.6,
                        consent=True,
                        language="nl" if rng.random() < 0.7 else "en",
                        created_at=signed,
                        confirmed_at=signed + datetime.timedelta(minutes=5) if confirmed else None,
                    )
                )
        self.save(Signature, signatures)
