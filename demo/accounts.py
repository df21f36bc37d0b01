"""The two demo accounts: a network editor and an organisation editor for CPC."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from core.roles import NETWORK_EDITORS, ORGANISATION_EDITORS
from organisations.models import Organisation

CPC = "cpc"

# (username, group, organisations edited)
ACCOUNTS = [
    ("netwerkredactie", NETWORK_EDITORS, []),
    ("cpc-redactie", ORGANISATION_EDITORS, [CPC]),
]


def load_accounts() -> list[tuple[str, str]]:
    """Create the accounts that are missing; return (username, password) of the new ones.

    An existing account keeps its password, so a second run shows and changes nothing.
    """
    User = get_user_model()
    new_accounts = []
    for username, group_name, organisations in ACCOUNTS:
        # get_or_create: the roles migration may or may not have made the groups yet.
        group, _ = Group.objects.get_or_create(name=group_name)
        user = User.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(16)
            user = User.objects.create_user(username=username, password=password, is_staff=True)
            new_accounts.append((username, password))
        user.groups.add(group)
        for slug in organisations:
            Organisation.objects.get(slug=slug).editors.add(user)
    return new_accounts
