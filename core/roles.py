"""The two staff roles, as auth groups (created and kept up to date by migrations).

- Network editors (secretariat): edit everything, including memberships, themes, the
  portal's own network and newsletter subscribers.
- Organisation editors: linked to one or more organisations (Organisation.editors); edit
  those organisations' profiles, the projects they lead, their partnerships and the
  fundings of those projects; may add donors; see nothing else of others' content.
"""

NETWORK_EDITORS = "Network editors"
ORGANISATION_EDITORS = "Organisation editors"


def is_network_editor(user) -> bool:
    return user.is_active and (
        user.is_superuser or user.groups.filter(name=NETWORK_EDITORS).exists()
    )
