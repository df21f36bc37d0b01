"""Demo content: the five organisations of the domain brief, their networks, projects, donors
and partnerships, in Dutch and English. `manage.py load_demo` loads it; see load()."""

from django.contrib.auth import get_user_model
from django.db import transaction

from donors.models import Donor, Funding, Instrument
from organisations.models import (
    Framework,
    Goal,
    Membership,
    Organisation,
    Partnership,
    Pillar,
    WorkingPrinciple,
)
from projects.models import Participation, Project, ReachFigure, TargetGroup, Theme

from .accounts import load_accounts
from .base import Loader
from .donors import load_donors, load_instruments
from .organisations import load_networks, load_organisations, load_partnerships
from .projects import load_projects, load_themes

# What the summary counts, in this order.
COUNTED_MODELS = [
    Organisation,
    WorkingPrinciple,
    Framework,
    Membership,
    Pillar,
    Goal,
    Partnership,
    Theme,
    TargetGroup,
    Project,
    Participation,
    ReachFigure,
    Donor,
    Instrument,
    Funding,
]


def load() -> tuple[Loader, list[tuple[str, str]]]:
    """Load everything in one transaction; return the loader and the new accounts."""
    loader = Loader()
    with transaction.atomic():
        load_organisations(loader)
        load_networks(loader)
        load_donors(loader)
        instruments = load_instruments(loader)
        load_themes(loader)
        load_projects(loader, instruments)
        load_partnerships(loader)
        new_accounts = load_accounts()
    return loader, new_accounts


def counts() -> dict[str, int]:
    result = {
        str(model._meta.verbose_name_plural): model.objects.count() for model in COUNTED_MODELS
    }
    result[str(get_user_model()._meta.verbose_name_plural)] = get_user_model().objects.count()
    return result
