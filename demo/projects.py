"""Themes and target groups (themes.yaml); projects with who takes part, who funds them
and their reach (projects.yaml)."""

from django.utils.html import escape

from core.models import Publication
from core.richtext import sanitise_html
from donors.models import Funding
from projects.models import (
    Participation,
    ParticipationRole,
    Project,
    ProjectKind,
    ProjectTheme,
    ReachFigure,
    TargetGroup,
    Theme,
)

from .loader import Loader, period
from .pictures import picture_for


def load_themes(loader: Loader, data: dict) -> tuple[dict, dict]:
    themes, groups = {}, {}
    for position, item in enumerate(data["themes"], start=1):
        themes[item["slug"]] = loader.upsert(
            Theme,
            {"slug": item["slug"]},
            {"name": item["name"], "dac_code": item.get("dac_code", ""), "position": position},
            where=item["where"],
        )
    for item in data["target_groups"]:
        groups[item["slug"]] = loader.upsert(
            TargetGroup, {"slug": item["slug"]}, {"name": item["name"]}, where=item["where"]
        )
    return themes, groups


def paragraphs(text: str) -> str:
    """A description as the data file writes it, one paragraph per line, as the HTML that
    Project.save() stores: escaped, each paragraph in <p>, then sanitised as on every save,
    so that a second run sees no difference."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return sanitise_html("".join(f"<p>{escape(line)}</p>" for line in lines))


def load_projects(loader: Loader, items: list[dict], refs: dict) -> dict:
    """`refs` holds what projects refer to: organisations, donors, instruments, themes and
    target groups, each by the key the data files use. Returns the projects by slug."""
    projects = {}
    for item in items:
        description = item.get("description", ("", ""))
        values = {
            "kind": item.get("kind", ProjectKind.PROJECT),
            "publication": item.get("publication", Publication.PUBLISHED),
            "title": item["title"],
            "summary": item["summary"],
            "description": tuple(paragraphs(text) for text in description),
            "countries": sorted(set(item.get("countries", []))),
            "website": item.get("website", ""),
            **period(item),
            **picture_for(item["slug"]),
        }
        project = loader.upsert(Project, {"slug": item["slug"]}, values, where=item["where"])
        projects[item["slug"]] = project
        for slug in item["themes"]:
            loader.upsert(
                ProjectTheme,
                {"project": project, "theme": refs["themes"][slug]},
                where=item["where"],
            )
        loader.set_m2m(
            project.target_groups, [refs["groups"][slug] for slug in item.get("target_groups", [])]
        )
        # The lead last: when the data names a new lead, the old one is a partner by then
        # (a project has one lead at a time).
        participants = sorted(
            enumerate(item["participants"], start=1),
            key=lambda numbered: numbered[1]["role"] == ParticipationRole.LEAD,
        )
        for position, participant in participants:
            loader.upsert(
                Participation,
                {
                    "project": project,
                    "organisation": refs["organisations"][participant["organisation"]],
                },
                {
                    "role": participant["role"],
                    "description": participant.get("description", ("", "")),
                    "position": position,
                },
                where=participant["where"],
            )
        for funding in item.get("fundings", []):
            instrument = funding.get("instrument")
            loader.upsert(
                Funding,
                {
                    "project": project,
                    "donor": refs["donors"][funding["donor"]],
                    "instrument": refs["instruments"][(funding["donor"], instrument)]
                    if instrument
                    else None,
                },
                {"donor_activity_id": funding.get("activity", "")},
                where=funding["where"],
            )
        for position, figure in enumerate(item.get("reach", []), start=1):
            loader.upsert(
                ReachFigure,
                {"project": project, "position": position},
                {"value": figure["number"], "label": figure["label"]},
                where=figure["where"],
            )
    return projects
