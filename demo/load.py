"""Loading everything the data files say, in one transaction; see load()."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction

from campaigns.models import Campaign
from donors.models import Donor, Funding, Instrument
from editions.models import Edition
from finances.models import Budget, Transaction
from news.models import NewsItem
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
from publications.models import Publication
from results.models import Indicator, IndicatorPeriod, Result

from .accounts import load_accounts
from .campaigns import load_campaigns
from .donors import load_donors, load_instruments
from .editions import load_editions
from .files import DATA_DIR, read_data
from .finances import load_finances
from .loader import Loader
from .news import load_news
from .organisations import load_networks, load_organisations, load_partnerships
from .projects import load_projects, load_themes
from .publications import load_publications
from .results import load_results

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
    Budget,
    Transaction,
    Result,
    Indicator,
    IndicatorPeriod,
    Publication,
    NewsItem,
    Edition,
    Campaign,
]


def load(directory: Path = DATA_DIR) -> tuple[Loader, list[tuple[str, str]]]:
    """Read and check every file first (DemoDataError says what is wrong, and nothing is
    saved), then load it all in one transaction; return the loader and the new accounts."""
    data = read_data(directory)
    loader = Loader()
    with transaction.atomic():
        organisations = load_organisations(loader, data["organisations"])
        load_networks(loader, data, organisations)
        donors = load_donors(loader, data["donors"], organisations)
        instruments = load_instruments(loader, data["instruments"], donors, organisations)
        themes, groups = load_themes(loader, data)
        refs = {
            "organisations": organisations,
            "donors": donors,
            "instruments": instruments,
            "themes": themes,
            "groups": groups,
        }
        projects = load_projects(loader, data["projects"], refs)
        load_results(loader, data["results"], projects)
        load_partnerships(loader, data["partnerships"], organisations)
        load_finances(loader, data["money"], refs)
        load_publications(loader, directory, organisations)
        load_news(loader, directory, organisations)
        load_campaigns(loader, directory, organisations)
        load_editions(loader, data["editions"], projects)
        new_accounts = load_accounts()
    return loader, new_accounts


def counts() -> dict[str, int]:
    result = {
        str(model._meta.verbose_name_plural): model.objects.count() for model in COUNTED_MODELS
    }
    result[str(get_user_model()._meta.verbose_name_plural)] = get_user_model().objects.count()
    return result
