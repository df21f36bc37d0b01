"""What an organisation says about the open data it publishes through the portal: the
default IATI types of its activities and, for the portal's own network, the licence."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from codelists import InCodelist
from codelists.offered import offered_choices


class OpenDataLicence(models.TextChoices):
    CC_BY_4 = "CC-BY-4.0", _("Creative Commons Attribution 4.0 (CC BY 4.0)")
    CC_BY_SA_4 = "CC-BY-SA-4.0", _("Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)")
    CC0 = "CC0-1.0", _("Creative Commons Zero 1.0: no rights reserved (CC0)")
    ODBL = "ODbL-1.0", _("Open Data Commons Open Database License 1.0 (ODbL)")


LICENCE_URLS = {
    OpenDataLicence.CC_BY_4: "https://creativecommons.org/licenses/by/4.0/",
    OpenDataLicence.CC_BY_SA_4: "https://creativecommons.org/licenses/by-sa/4.0/",
    OpenDataLicence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
    OpenDataLicence.ODBL: "https://opendatacommons.org/licenses/odbl/1-0/",
}

# The IATI default-* elements of an activity, in the order the schema wants them.
IATI_DEFAULT_FIELDS = ("default_flow_type", "default_finance_type", "default_aid_type",
                       "default_tied_status")  # fmt: skip


def _default_type(label, list_name):
    return models.CharField(
        label,
        max_length=4,
        blank=True,
        choices=offered_choices(list_name),
        validators=[InCodelist(list_name)],
        help_text=_("Empty: the portal network's choice applies."),
    )


class OpenDataSettings(models.Model):
    default_aid_type = _default_type(_("default aid type (IATI)"), "AidType")
    default_finance_type = _default_type(_("default finance type (IATI)"), "FinanceType")
    default_flow_type = _default_type(_("default flow type (IATI)"), "FlowType")
    default_tied_status = _default_type(_("default tied status (IATI)"), "TiedStatus")
    open_data_licence = models.CharField(
        _("open-data licence"),
        max_length=20,
        choices=OpenDataLicence.choices,
        default=OpenDataLicence.CC_BY_4,
        help_text=_("Only the portal network's choice counts: it covers everything published."),
    )

    class Meta:
        abstract = True

    @property
    def open_data_licence_url(self) -> str:
        return LICENCE_URLS[self.open_data_licence]

    def iati_defaults(self, network=None) -> dict[str, str]:
        """Its own default types, each empty one taken from the network's."""
        return {
            field: getattr(self, field) or (getattr(network, field) if network else "")
            for field in IATI_DEFAULT_FIELDS
        }
