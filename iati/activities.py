"""The IATI 2.03 activity file: one `iati-activity` per public project, streamed.

Elements come in the schema's order (iati/schemas/iati-activities-schema.xsd). An element
is written only when the data make it valid; what is missing is left out, never made up,
and `iati.readiness` tells the editor about it.

Fuzzy dates (core.models.Precision): a date known to the day is written as an actual
date once it has passed and as a planned date before. A date known only to the month,
the middle of the year or the year is always written as a *planned* date at the bound it
is stored as (the first day of its period for a start, the last day for an end), with a
narrative saying how precisely it is known, because an actual date claims a day.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from django.urls import reverse
from django.utils import timezone, translation
from lxml import etree

import codelists
from core.models import Precision, format_date, today
from iati.result_elements import add_results
from iati.selectors import CHUNK_SIZE, lead_of, network_reports, with_activity_data
from iati.xmltools import (
    FILE_LANGUAGE,
    XML_LANG,
    ChunkSink,
    add,
    add_narrated,
    add_narratives,
    percentages,
    translations,
)
from organisations.models import Organisation
from projects.models import ParticipationRole, Project

IATI_VERSION = "2.03"
DEFAULT_CURRENCY = "EUR"

# donors.DonorType → IATI OrganisationType
DONOR_ORGANISATION_TYPE = {
    "government": "10",
    "eu": "40",
    "un_agency": "40",
    "foundation": "60",
    "lottery": "90",
    "church": "90",
    "company": "70",
    "other": "90",
}

IMAGE_FORMATS = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
}


@dataclass
class Publisher:
    """What every activity of one file shares."""

    network: Organisation | None
    base_url: str  # "https://portal.example", for the document links
    generated: datetime = field(default_factory=timezone.now)

    def reporting_organisation(self, project: Project) -> tuple[Organisation, bool] | None:
        """(organisation, is a secondary reporter): the lead when it has an identifier,
        else the portal network on its behalf; None when neither can report."""
        lead = lead_of(project)
        if lead and lead.iati_identifier:
            return lead, False
        if network_reports(self.network):
            return self.network, lead is not None and lead.pk != self.network.pk
        return None


def activity_identifier(project: Project, reporting: Organisation) -> str:
    """The project's own IATI identifier where the editor gave one; else the reporting
    organisation's identifier and the project's database key, which never changes."""
    return project.iati_identifier.strip() or f"{reporting.iati_identifier}-{project.pk}"


def stream_activities(projects: Iterable[Project], publisher: Publisher) -> Iterator[bytes]:
    """The file in pieces: the opening, then each activity as soon as it is written."""
    sink = ChunkSink()
    with etree.xmlfile(sink, encoding="utf-8") as xf:
        xf.write_declaration()
        attributes = {
            "version": IATI_VERSION,
            "generated-datetime": publisher.generated.replace(microsecond=0).isoformat(),
        }
        with xf.element("iati-activities", attributes):
            xf.write("\n")
            yield from sink.drain()
            for project in projects:
                activity = activity_element(project, publisher)
                if activity is not None:
                    xf.write(activity, pretty_print=True)
                    xf.flush()
                    yield from sink.drain()
    yield from sink.drain()


def activity_file(projects, publisher: Publisher) -> Iterator[bytes]:
    """The activity file of these projects, read chunk by chunk, each chunk with its
    prefetches: what the views stream and write_iati_files writes."""
    chunks = with_activity_data(projects).iterator(chunk_size=CHUNK_SIZE)
    return stream_activities(chunks, publisher)


def activity_element(project: Project, publisher: Publisher):
    """One `iati-activity`, or None when the project cannot make a valid one."""
    reporting = publisher.reporting_organisation(project)
    if reporting is None or not (project.start or project.end):
        return None
    reporter, secondary = reporting
    lead = lead_of(project)
    activity = etree.Element(
        "iati-activity",
        {
            "last-updated-datetime": project.updated_at.replace(microsecond=0).isoformat(),
            XML_LANG: FILE_LANGUAGE,
            "default-currency": DEFAULT_CURRENCY,
        },
    )
    add(activity, "iati-identifier", activity_identifier(project, reporter))
    reporting_org = add(
        activity,
        "reporting-org",
        ref=reporter.iati_identifier,
        type=reporter.iati_type,
        secondary_reporter=secondary or None,
    )
    add_narratives(reporting_org, translations(reporter, "name"))
    add_narrated(activity, "title", translations(project, "title"))
    _add_descriptions(activity, project)
    _add_participants(activity, project)
    add(activity, "activity-status", code=project.iati_status)
    _add_dates(activity, project)
    _add_contact(activity, lead)
    _add_countries(activity, project)
    _add_sectors(activity, project)
    for marker in project.policy_markers.all():
        add(
            activity,
            "policy-marker",
            vocabulary="1",
            code=marker.code,
            significance=marker.significance,
        )
    _add_default_types(activity, lead or publisher.network, publisher.network)
    _add_budgets(activity, project)
    _add_transactions(activity, project)
    _add_document_links(activity, project, publisher.base_url)
    add_results(activity, project)
    return activity


def _add_descriptions(activity, project):
    general = {}
    for language, summary in translations(project, "summary").items():
        text = translations(project, "description").get(language, "")
        general[language] = f"{summary}\n\n{text}".strip()
    if add_narrated(activity, "description", general, type="1") is None:
        # The schema wants a description: the title stands in rather than nothing.
        add_narrated(activity, "description", translations(project, "title"), type="1")
    groups = {}
    for group in project.target_groups.all():
        for language, name in translations(group, "name").items():
            groups.setdefault(language, []).append(name)
    add_narrated(activity, "description", {k: ", ".join(v) for k, v in groups.items()}, type="3")


def _add_participants(activity, project):
    seen = set()
    for funding in project.fundings.all():
        donor = funding.donor
        key = (donor.pk, funding.donor_activity_id)
        if key in seen:
            continue
        seen.add(key)
        org = add(
            activity,
            "participating-org",
            ref=donor.iati_identifier,
            role="1",
            type=DONOR_ORGANISATION_TYPE.get(donor.type),
            activity_id=funding.donor_activity_id,
        )
        add_narratives(org, translations(donor, "name") or {FILE_LANGUAGE: donor.name})
    order = [ParticipationRole.LEAD, ParticipationRole.PARTNER, ParticipationRole.IMPLEMENTING]
    participations = sorted(project.participations.all(), key=lambda p: order.index(p.role))
    for participation in participations:
        organisation = participation.organisation
        org = add(
            activity,
            "participating-org",
            ref=organisation.iati_identifier,
            role=participation.iati_role,
            type=organisation.iati_type,
        )
        add_narratives(org, translations(organisation, "name"))
    if not seen and not participations:
        # The schema wants one: the reporting organisation is accountable at least.
        reporting = activity.find("reporting-org")
        org = add(
            activity,
            "participating-org",
            ref=reporting.get("ref"),
            role="2",
            type=reporting.get("type"),
        )
        for narrative in reporting:
            org.append(etree.fromstring(etree.tostring(narrative)))


def _add_dates(activity, project):
    """Activity dates as the module's docstring says: planned unless known to the day."""
    passed = today()
    for date, precision, planned, actual in (
        (project.start, project.start_precision, "1", "2"),
        (project.end, project.end_precision, "3", "4"),
    ):
        if date is None:
            continue
        if precision == Precision.DAY:
            add(
                activity, "activity-date", type=actual if date <= passed else planned, iso_date=date
            )
            continue
        element = add(activity, "activity-date", type=planned, iso_date=date)
        texts = {}
        for language in ("nl", "en"):
            with translation.override(language):
                texts[language] = translation.gettext("Known to: %(when)s") % {
                    "when": format_date(date, precision)
                }
        add_narratives(element, texts)


def _add_contact(activity, lead):
    if lead is None or not (lead.email or lead.website):
        return
    contact = add(activity, "contact-info", type="1")
    add_narrated(contact, "organisation", translations(lead, "name"))
    if lead.email:
        add(contact, "email", lead.email)
    if lead.website:
        add(contact, "website", lead.website)


def _add_countries(activity, project):
    known = codelists.codes("Country")
    codes = [code for code in project.countries if code in known]
    for code, share in zip(codes, percentages(len(codes)), strict=True):
        add(activity, "recipient-country", code=code, percentage=share)


def sector_codes(project) -> dict[str, list]:
    """{DAC code: themes}, for the project's themes with a code in the Sector list."""
    known = codelists.codes("Sector")
    sectors: dict[str, list] = {}
    for theme in project.themes.all():
        if theme.dac_code in known:
            sectors.setdefault(theme.dac_code, []).append(theme)
    return sectors


def _add_sectors(activity, project):
    sectors = sector_codes(project)
    for (code, themes), share in zip(sectors.items(), percentages(len(sectors)), strict=True):
        sector = add(activity, "sector", vocabulary="1", code=code, percentage=share)
        names = {}
        for theme in themes:
            for language, name in translations(theme, "name").items():
                names.setdefault(language, []).append(name)
        add_narratives(sector, {k: ", ".join(v) for k, v in names.items()})


def _add_default_types(activity, organisation, network):
    if organisation is None:
        return
    defaults = organisation.iati_defaults(network)
    for tag, field_name, list_name in (
        ("default-flow-type", "default_flow_type", "FlowType"),
        ("default-finance-type", "default_finance_type", "FinanceType"),
        ("default-aid-type", "default_aid_type", "AidType"),
        ("default-tied-status", "default_tied_status", "TiedStatus"),
    ):
        if defaults[field_name] in codelists.codes(list_name):
            add(activity, tag, code=defaults[field_name])


def _add_budgets(activity, project):
    for budget in project.budgets.all():
        if budget.period_end < budget.period_start:
            continue
        element = add(activity, "budget", type=budget.budget_type, status=budget.status)
        add(element, "period-start", iso_date=budget.period_start)
        add(element, "period-end", iso_date=budget.period_end)
        add(
            element,
            "value",
            budget.value,
            currency=budget.currency,
            value_date=budget.value_date or budget.period_start,
        )


def _add_transactions(activity, project):
    for transaction in project.transactions.all():
        element = add(activity, "transaction")
        add(element, "transaction-type", code=transaction.transaction_type)
        add(element, "transaction-date", iso_date=transaction.date)
        add(
            element,
            "value",
            transaction.value,
            currency=transaction.currency,
            value_date=transaction.date,
        )
        add_narrated(element, "description", translations(transaction, "description"))
        provider = _public_party(transaction.provider_donor) or _public_party(
            transaction.provider_organisation
        )
        if provider or transaction.provider_activity_id:
            org = add(
                element,
                "provider-org",
                ref=provider and provider.iati_identifier,
                provider_activity_id=transaction.provider_activity_id,
            )
            if provider:
                add_narratives(org, translations(provider, "name") or {"nl": provider.name})
        receiver = _public_party(transaction.receiver_organisation)
        if receiver:
            org = add(
                element, "receiver-org", ref=receiver.iati_identifier, type=receiver.iati_type
            )
            add_narratives(org, translations(receiver, "name"))


def _public_party(party):
    """A donor or organisation as the public may see it: a draft one is left out."""
    return party if party is not None and party.is_public else None


def _add_document_links(activity, project, base_url):
    for language in ("nl", "en"):
        with translation.override(language):
            url = base_url + project.get_absolute_url()
        link = add(activity, "document-link", url=url, format="text/html")
        title = translations(project, "title")
        add_narrated(link, "title", {language: title.get(language) or next(iter(title.values()))})
        add(link, "category", code="A12")
        add(link, "language", code=language)
    if project.image:
        suffix = "." + project.image.name.rsplit(".", 1)[-1].lower()
        if suffix in IMAGE_FORMATS:
            link = add(
                activity,
                "document-link",
                url=base_url + project.image.url,
                format=IMAGE_FORMATS[suffix],
            )
            add_narrated(
                link, "title", translations(project, "image_alt") or translations(project, "title")
            )
            add(link, "category", code="A12")


def activities_url_path() -> str:
    return reverse("iati:activities")
