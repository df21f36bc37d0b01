"""Donors and the named funds (instruments) they fund through."""

import datetime

from core.models import Precision, Publication
from donors.models import Donor, DonorType, Instrument
from organisations.models import Organisation

from .base import Loader, tr

T = DonorType

DONORS = [
    {
        "slug": "unicef",
        "name": tr("UNICEF", "UNICEF"),
        "type": T.UN_AGENCY,
        "website": "https://www.unicef.org",
        "description": tr(
            "Het kinderfonds van de Verenigde Naties; financiert in Kirgizië onder meer "
            "vaccinatievoorlichting en onderwijsprojecten voor meisjes.",
            "The United Nations children's fund; in Kyrgyzstan it funds, among other things, "
            "vaccination outreach and education projects for girls.",
        ),
    },
    {
        "slug": "brot-fuer-die-welt",
        "name": tr("Brot für die Welt", "Bread for the World"),
        "type": T.CHURCH,
        "country": "DE",
        "website": "https://www.brot-fuer-die-welt.de",
        "description": tr(
            "Ontwikkelingsorganisatie van de protestantse kerken in Duitsland.",
            "Development agency of the Protestant churches in Germany.",
        ),
    },
    {
        "slug": "stichting-elnura",
        "name": tr("Stichting Elnura", "Stichting Elnura"),
        "type": T.FOUNDATION,
        "organisation": "stichting-elnura",
        "description": tr(
            "Stichting die kinderen en gezinnen in Kirgizië steunt.",
            "Foundation that supports children and families in Kyrgyzstan.",
        ),
    },
    {
        "slug": "wilde-ganzen",
        "name": tr("Wilde Ganzen", "Wilde Ganzen"),
        "type": T.FOUNDATION,
        "country": "NL",
        "website": "https://www.wildeganzen.nl",
        "organisation": "wilde-ganzen",
        "description": tr(
            "Verdubbelt het geld dat particuliere initiatieven inzamelen voor kleinschalige "
            "projecten.",
            "Adds to the money that private initiatives raise for small projects.",
        ),
    },
    {
        "slug": "zwitserse-overheid",
        "name": tr("Zwitserse overheid", "Government of Switzerland"),
        "type": T.GOVERNMENT,
        "country": "CH",
        "description": tr(
            "Steunde in 2020 hulp aan binnenlandse migranten in Kirgizië tijdens de pandemie.",
            "Supported help for internal migrants in Kyrgyzstan during the 2020 pandemic.",
        ),
    },
    {
        "slug": "ministerie-buitenlandse-zaken",
        "name": tr("Ministerie van Buitenlandse Zaken", "Ministry of Foreign Affairs"),
        "short_name": tr("BZ", "MFA"),
        "type": T.GOVERNMENT,
        "country": "NL",
        "organisation": "ministerie-buitenlandse-zaken",
        "description": tr(
            "Financiert onder meer via het Matra-programma en het Fonds Bestrijding Kinderarbeid.",
            "Funds through, among others, the Matra programme and the Fund against Child Labour.",
        ),
    },
    {
        "slug": "minister-bhos",
        "name": tr(
            "Ministerie van Buitenlandse Handel en Ontwikkelingssamenwerking",
            "Ministry of Foreign Trade and Development Cooperation",
        ),
        "short_name": tr("BHOS", "BHOS"),
        "type": T.GOVERNMENT,
        "country": "NL",
        "description": tr(
            "Financierde de allianties Girls Advocacy Alliance en Down to Zero (2016–2020).",
            "Funded the Girls Advocacy Alliance and Down to Zero alliances (2016–2020).",
        ),
    },
    {
        "slug": "ministerie-vws",
        "name": tr(
            "Ministerie van Volksgezondheid, Welzijn en Sport",
            "Ministry of Health, Welfare and Sport",
        ),
        "short_name": tr("VWS", "VWS"),
        "type": T.GOVERNMENT,
        "country": "NL",
        "description": tr(
            "Financiert het secretariaat van het Kinderrechtencollectief.",
            "Funds the secretariat of the Kinderrechtencollectief.",
        ),
    },
    {
        "slug": "ministerie-szw",
        "name": tr(
            "Ministerie van Sociale Zaken en Werkgelegenheid",
            "Ministry of Social Affairs and Employment",
        ),
        "short_name": tr("SZW", "SZW"),
        "type": T.GOVERNMENT,
        "country": "NL",
        "description": tr(
            "Financiert Speaking Minds, over jongeren en gemeentelijk armoedebeleid.",
            "Funds Speaking Minds, on young people and municipal poverty policy.",
        ),
    },
    {
        "slug": "ministerie-jenv",
        "name": tr("Ministerie van Justitie en Veiligheid", "Ministry of Justice and Security"),
        "short_name": tr("JenV", "JenV"),
        "type": T.GOVERNMENT,
        "country": "NL",
        "organisation": "ministerie-justitie-veiligheid",
        "description": tr(
            "Steunt de campagne Don't Look Away tegen kindersekstoerisme.",
            "Supports the Don't Look Away campaign against child sex tourism.",
        ),
    },
    {
        "slug": "europese-commissie",
        "name": tr("Europese Commissie", "European Commission"),
        "type": T.EU,
        "website": "https://commission.europa.eu",
        "description": tr(
            "Financiert projecten via onder meer AMIF en de programma's JUST en REC.",
            "Funds projects through, among others, AMIF and the JUST and REC programmes.",
        ),
    },
    {
        "slug": "nationale-postcode-loterij",
        "name": tr("Nationale Postcode Loterij", "Dutch Postcode Lottery"),
        "type": T.LOTTERY,
        "country": "NL",
        "website": "https://www.postcodeloterij.nl",
        "description": tr(
            "Goede-doelenloterij en steunpilaar van Better Care Network Nederland.",
            "Charity lottery and a supporter of Better Care Network Netherlands.",
        ),
    },
    {
        "slug": "kinderpostzegels",
        "name": tr("Kinderpostzegels", "Kinderpostzegels"),
        "type": T.FOUNDATION,
        "country": "NL",
        "website": "https://www.kinderpostzegels.nl",
        "description": tr(
            "Stichting die projecten voor kwetsbare kinderen steunt; supporter van Better Care "
            "Network Nederland.",
            "Foundation that supports projects for vulnerable children; a supporter of Better "
            "Care Network Netherlands.",
        ),
    },
    {
        "slug": "unicef-nederland",
        "name": tr("UNICEF Nederland", "UNICEF Netherlands"),
        "type": T.FOUNDATION,
        "country": "NL",
        "website": "https://www.unicef.nl",
        "organisation": "unicef-nederland",
        "description": tr(
            "Nederlands comité van UNICEF; lid en supporter van Better Care Network Nederland.",
            "Dutch committee of UNICEF; member and supporter of Better Care Network Netherlands.",
        ),
    },
    {
        "slug": "plan-international-nederland",
        "name": tr("Plan International Nederland", "Plan International Netherlands"),
        "type": T.FOUNDATION,
        "country": "NL",
        "organisation": "plan-international-nederland",
        "description": tr(
            "Supporter van Better Care Network Nederland.",
            "A supporter of Better Care Network Netherlands.",
        ),
    },
    {
        "slug": "save-the-children-nederland",
        "name": tr("Save the Children Nederland", "Save the Children Netherlands"),
        "type": T.FOUNDATION,
        "country": "NL",
        "organisation": "save-the-children-nederland",
        "description": tr(
            "Supporter van Better Care Network Nederland.",
            "A supporter of Better Care Network Netherlands.",
        ),
    },
    {
        "slug": "kerk-in-actie",
        "name": tr("ICCO/Kerk in Actie", "ICCO/Kerk in Actie"),
        "type": T.CHURCH,
        "country": "NL",
        "organisation": "icco-kerk-in-actie",
        "description": tr(
            "Kerkelijke ontwikkelingsorganisatie en lid van Better Care Network Nederland.",
            "Church development organisation and member of Better Care Network Netherlands.",
        ),
    },
]

MATRA = "matra"
AMIF = "amif"
JUST_REC = "just-rec"
CHILD_LABOUR_FUND = "fund-against-child-labour"

# Keyed on the donor and the Dutch name, the natural key of an instrument.
INSTRUMENTS = {
    MATRA: {
        "donor": "ministerie-buitenlandse-zaken",
        "name": tr(
            "Matra-programma 2017–2020",
            "Matra programme 2017–2020",
        ),
        "short_name": tr("Matra", "Matra"),
        "start": datetime.date(2017, 1, 1),
        "start_precision": Precision.YEAR,
        "end": datetime.date(2020, 12, 31),
        "end_precision": Precision.YEAR,
        "description": tr(
            "Steun voor de rechtsstaat en het maatschappelijk middenveld in landen in de "
            "buurt van de Europese Unie.",
            "Support for the rule of law and civil society in countries neighbouring the "
            "European Union.",
        ),
    },
    AMIF: {
        "donor": "europese-commissie",
        "name": tr(
            "Asiel-, Migratie- en Integratiefonds", "Asylum, Migration and Integration Fund"
        ),
        "short_name": tr("AMIF", "AMIF"),
        "description": tr(
            "EU-fonds voor asiel, migratie en integratie, onder meer tegen mensenhandel.",
            "EU fund for asylum, migration and integration, including action against human "
            "trafficking.",
        ),
    },
    JUST_REC: {
        "donor": "europese-commissie",
        "name": tr(
            "Programma's Justitie (JUST) en Rechten, Gelijkheid en Burgerschap (REC)",
            "Justice (JUST) and Rights, Equality and Citizenship (REC) programmes",
        ),
        "short_name": tr("JUST/REC", "JUST/REC"),
        "description": tr(
            "EU-programma's voor toegang tot het recht en voor de rechten van burgers.",
            "EU programmes for access to justice and the rights of citizens.",
        ),
    },
    CHILD_LABOUR_FUND: {
        "donor": "ministerie-buitenlandse-zaken",
        "managed_by": "rvo",
        "name": tr("Fonds Bestrijding Kinderarbeid", "Fund against Child Labour"),
        "short_name": tr("FBK", "FBK"),
        "description": tr(
            "Fonds dat de Rijksdienst voor Ondernemend Nederland namens Buitenlandse Zaken "
            "beheert.",
            "Fund that the Netherlands Enterprise Agency runs for the Ministry of Foreign Affairs.",
        ),
    },
}


def load_donors(loader: Loader) -> None:
    for data in DONORS:
        values = dict(data)
        slug = values.pop("slug")
        organisation = values.pop("organisation", None)
        values["organisation"] = (
            Organisation.objects.get(slug=organisation) if organisation else None
        )
        values.setdefault("short_name", tr("", ""))
        values.setdefault("publication", Publication.PUBLISHED)
        loader.upsert(Donor, {"slug": slug}, values)


def load_instruments(loader: Loader) -> dict[str, Instrument]:
    instruments = {}
    for name, data in INSTRUMENTS.items():
        values = dict(data)
        donor = Donor.objects.get(slug=values.pop("donor"))
        managed_by = values.pop("managed_by", None)
        values["managed_by"] = Organisation.objects.get(slug=managed_by) if managed_by else None
        name_nl = values["name"][0]
        instruments[name] = loader.upsert(Instrument, {"donor": donor, "name_nl": name_nl}, values)
    return instruments
