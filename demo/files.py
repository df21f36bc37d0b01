"""The data files, what each may hold, and reading them: every file is read and checked,
and every reference to another item resolved, before anything is saved."""

import os
from pathlib import Path

import yaml
from django.conf import settings

from core.models import Publication
from donors.models import DonorType
from organisations.models import MembershipRole, OrganisationKind, PartnershipKind, PartnershipLevel
from projects.models import ParticipationRole, ProjectKind

from .editions import SECTIONS as EDITIONS_SECTIONS
from .finances import BudgetKind, BudgetStatus, TransactionKind
from .results import SECTIONS as RESULTS_SECTIONS
from .schema import (
    Choice,
    Date,
    DemoDataError,
    Items,
    ListOf,
    Number,
    Ref,
    String,
    Text,
    YesNo,
    check_items,
)

DATA_DIR = Path(__file__).resolve().parent / "data"

YEAR = {"minimum": 1900, "maximum": 2100}
PERIOD = {"start": Date(), "end": Date(), "ongoing": YesNo()}

ORGANISATION = {
    "slug": String(required=True, slug=True),
    "name": Text(required=True),
    "short_name": Text(),
    "kind": Choice(OrganisationKind),
    "publication": Choice(Publication),
    "portal_network": YesNo(),
    "iati_identifier": String(),
    "country": String(),
    "city": String(),
    "website": String(),
    "summary": Text(),
    "mission": Text(),
    "vision": Text(),
    "approach": Text(),
    "principles": Items("principle", {"title": Text(required=True), "description": Text()}),
}
GOAL = {"title": Text(required=True), "description": Text()}
NETWORK = {
    "network": Ref("organisation", required=True),
    "frameworks": ListOf(Ref("framework")),
    "members": Items(
        "member",
        {
            "member": Ref("organisation", required=True),
            "role": Choice(MembershipRole, required=True),
            "member_since": Number(**YEAR),
            "role_since": Number(**YEAR),
        },
    ),
    "pillars": Items(
        "pillar",
        {"title": Text(required=True), "description": Text(), "goals": Items("goal", GOAL)},
    ),
    "goals": Items("goal", GOAL),
}
FRAMEWORK = {
    "short_name": Text(required=True, needs_english=True),
    "year": Number(required=True, minimum=1800, maximum=2100),
    "title": Text(required=True),
    "url": String(),
    "description": Text(),
}
PARTNERSHIP = {
    "organisation": Ref("organisation", required=True),
    "partner": Ref("organisation", required=True),
    "level": Choice(PartnershipLevel, required=True),
    "kind": Choice(PartnershipKind, required=True),
    "description": Text(),
    **PERIOD,
}
DONOR = {
    "slug": String(required=True, slug=True),
    "name": Text(required=True),
    "short_name": Text(),
    "type": Choice(DonorType, required=True),
    "country": String(),
    "website": String(),
    "organisation": Ref("organisation"),
    "iati_identifier": String(),
    "description": Text(),
    "support": Text(),
}
INSTRUMENT = {
    "donor": Ref("donor", required=True),
    "short_name": Text(required=True),
    "name": Text(required=True),
    "managed_by": Ref("organisation"),
    "url": String(),
    "description": Text(),
    "start": Date(),
    "end": Date(),
}
THEME = {
    "slug": String(required=True, slug=True),
    "name": Text(required=True),
    "dac_code": String(),
}
TARGET_GROUP = {"slug": String(required=True, slug=True), "name": Text(required=True)}
PROJECT = {
    "slug": String(required=True, slug=True),
    "kind": Choice(ProjectKind),
    "publication": Choice(Publication),
    "title": Text(required=True),
    "summary": Text(required=True),
    "description": Text(),
    **PERIOD,
    "countries": ListOf(String()),
    "themes": ListOf(Ref("theme"), required=True),
    "target_groups": ListOf(Ref("target group")),
    "website": String(),
    "participants": Items(
        "participant",
        {
            "organisation": Ref("organisation", required=True),
            "role": Choice(ParticipationRole, required=True),
            "description": Text(),
        },
        required=True,
    ),
    "fundings": Items(
        "funding",
        {"donor": Ref("donor", required=True), "instrument": String(), "activity": String()},
    ),
    "reach": Items("reach figure", {"number": Number(required=True), "label": Text(required=True)}),
}

BUDGET = {
    "year": Number(required=True, **YEAR),
    "amount": Number(required=True),
    "currency": String(),
    "kind": Choice(BudgetKind),
    "status": Choice(BudgetStatus),
}
TRANSACTION = {
    "type": Choice(TransactionKind, required=True),
    "date": Date(required=True),
    "amount": Number(required=True),
    "currency": String(),
    "donor": Ref("donor"),
    "from": Ref("organisation"),
    "activity": String(),
    "to": Ref("organisation"),
    "description": Text(),
}
MONEY = {
    "project": Ref("project", required=True),
    "budgets": Items("budget", BUDGET),
    "transactions": Items("transaction", TRANSACTION),
}

# file: {section: the kind of item it lists}
FILES = {
    "organisations.yaml": {"organisations": Items("organisation", ORGANISATION)},
    "networks.yaml": {
        "frameworks": Items("framework", FRAMEWORK),
        "networks": Items("network", NETWORK),
    },
    "partnerships.yaml": {"partnerships": Items("partnership", PARTNERSHIP)},
    "donors.yaml": {
        "donors": Items("donor", DONOR),
        "instruments": Items("instrument", INSTRUMENT),
    },
    "themes.yaml": {
        "themes": Items("theme", THEME),
        "target_groups": Items("target group", TARGET_GROUP),
    },
    "projects.yaml": {"projects": Items("project", PROJECT)},
    "finances.yaml": {"money": Items("project's money", MONEY)},
    "results.yaml": RESULTS_SECTIONS,
    "editions.yaml": EDITIONS_SECTIONS,
}


class UniqueKeyLoader(yaml.SafeLoader):
    """YAML that refuses a key written twice in one item (YAML would keep the last one)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"{key!r} is written twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def shown(path: Path) -> str:
    """The file's path as the person who runs the command finds it."""
    relative = os.path.relpath(path, settings.BASE_DIR)
    return str(path) if relative.startswith("..") else relative


def read_data(directory: Path = DATA_DIR) -> dict[str, list[dict]]:
    """Every section of every file, checked: {"projects": [{…, "where": "…"}], …}."""
    problems, refs, data = [], [], {}
    for name, sections in FILES.items():
        path = directory / name
        content = read_yaml(path, problems)
        for section, spec in sections.items():
            data[section] = check_items(
                content.get(section, []), spec, f"{shown(path)}, ", problems, refs
            )
        for section in set(content) - set(sections):
            problems.append(
                f"{shown(path)}: unknown section {section!r}; it may have: {', '.join(sections)}"
            )
    if not problems:  # references into a file that could not be read say nothing new
        check_references(data, refs, problems)
    if problems:
        raise DemoDataError(
            f"The demo's data files have {len(problems)} problem(s):\n  " + "\n  ".join(problems)
        )
    return data


def read_yaml(path: Path, problems: list) -> dict:
    try:
        content = yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)  # noqa: S506
    except OSError as error:
        problems.append(f"{shown(path)}: cannot be read ({error.strerror})")
        return {}
    except yaml.YAMLError as error:
        problems.append(f"{shown(path)}: not valid YAML: {error}")
        return {}
    if not isinstance(content, dict):
        problems.append(f"{shown(path)}: expected sections such as {next(iter(FILES[path.name]))}:")
        return {}
    return content


def check_references(data: dict, refs: list, problems: list) -> None:
    """Each reference names an item that exists, and no key is used twice."""
    keys = {
        "organisation": ("organisations", "slug"),
        "donor": ("donors", "slug"),
        "theme": ("themes", "slug"),
        "target group": ("target_groups", "slug"),
        "framework": ("frameworks", "short_name"),
        "project": ("projects", "slug"),
    }
    defined = {}
    for kind, (section, key) in keys.items():
        names = [item[key][1] if key == "short_name" else item[key] for item in data[section]]
        defined[kind] = set(names)
        for name in {name for name in names if names.count(name) > 1}:
            problems.append(f"{section}: {name!r} is the {key} of more than one {kind}")
    for kind, value, where in refs:
        if value not in defined[kind]:
            problems.append(f"{where}: there is no {kind} {value!r}")
    instruments = {(i["donor"], i["short_name"][0]) for i in data["instruments"]}
    for project in data["projects"]:
        for funding in project.get("fundings", []):
            name = funding.get("instrument")
            if name and (funding["donor"], name) not in instruments:
                problems.append(
                    f"{funding['where']}: donor {funding['donor']!r} has no instrument {name!r}"
                )
