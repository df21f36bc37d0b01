"""Themes, target groups and projects, with who takes part, who funds them and their reach."""

import datetime

from core.models import Precision, Publication
from core.richtext import sanitise_html
from donors.models import Donor, Funding
from organisations.models import Organisation
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

from .base import Loader, tr
from .donors import AMIF, CHILD_LABOUR_FUND, JUST_REC, MATRA
from .organisations import BCN, CPC, DFC, KRC, PERU, STATE_SHELTERS

LEAD = ParticipationRole.LEAD
PARTNER = ParticipationRole.PARTNER
LOCAL = ParticipationRole.IMPLEMENTING

# slug: (name, DAC 5 purpose code)
THEMES = {
    "violence-against-children": (
        tr("Geweld tegen kinderen", "Violence against children"),
        "15160",
    ),
    "sexual-exploitation": (tr("Seksuele uitbuiting", "Sexual exploitation"), "15180"),
    "juvenile-justice": (tr("Jeugdrecht", "Juvenile justice"), "15130"),
    "alternative-care": (tr("Alternatieve zorg", "Alternative care"), "16010"),
    "health-vaccination": (tr("Gezondheid en vaccinatie", "Health and vaccination"), "12220"),
    "education": (tr("Onderwijs", "Education"), "11220"),
    "migration": (tr("Migratie", "Migration"), "15190"),
    "girls-rights": (tr("Rechten van meisjes", "Girls' rights"), "15180"),
    "childrens-rights-advocacy": (
        tr("Belangenbehartiging voor kinderrechten", "Children's rights advocacy"),
        "15160",
    ),
    "child-participation": (tr("Participatie van jongeren", "Youth participation"), "15150"),
    "social-protection": (
        tr("Sociale bescherming en armoede", "Social protection and poverty"),
        "16010",
    ),
}

TARGET_GROUPS = {
    "children-difficult-situation": tr(
        "Kinderen in een moeilijke levenssituatie", "Children in a difficult life situation"
    ),
    "parents": tr("Ouders en verzorgers", "Parents and carers"),
    "internal-migrants": tr("Binnenlandse migranten", "Internal migrants"),
    "girls": tr("Meisjes", "Girls"),
    "young-people": tr("Jongeren", "Young people"),
    "teenagers-residential-care": tr("Tieners in kindertehuizen", "Teenagers in residential care"),
    "shelter-staff": tr("Medewerkers van kindertehuizen", "Shelter staff"),
    "children-conflict-law": tr(
        "Kinderen in aanraking met justitie", "Children in conflict with the law"
    ),
    "professionals": tr("Professionals", "Professionals"),
    "travellers": tr("Reizigers en de reisbranche", "Travellers and the travel sector"),
    "foster-families": tr("Pleeggezinnen", "Foster families"),
    "policy-makers": tr("Beleidsmakers", "Policy makers"),
}


def year(value: int):
    return datetime.date(value, 1, 1), Precision.YEAR


def month(value: int, month_number: int):
    return datetime.date(value, month_number, 1), Precision.MONTH


def mid_year(value: int):
    return datetime.date(value, 7, 1), Precision.MID_YEAR


def period(start=None, end=None, ongoing=False) -> dict:
    """A project's period as model fields; a missing start or end stays empty."""
    values = {"start": None, "end": None, "is_ongoing": ongoing}
    values["start_precision"] = values["end_precision"] = Precision.DAY
    if start:
        values["start"], values["start_precision"] = start
    if end:
        values["end"], values["end_precision"] = end
    return values


# Each project: the lead comes first in "participants"; fundings are (donor, instrument).
PROJECTS = [
    # --- CPC, Kyrgyzstan: the six projects listed in November 2020 -----------------------------
    {
        "slug": "cpc-vaccination-mobilisation",
        "title": tr(
            "Sociale mobilisatie voor de vaccinatie van kinderen",
            "Social mobilisation for children's vaccination",
        ),
        "summary": tr(
            "Ouders en buurten krijgen betrouwbare informatie over vaccinatie, zodat meer "
            "kinderen op tijd worden ingeënt.",
            "Parents and neighbourhoods receive reliable information on vaccination, so that "
            "more children are immunised on time.",
        ),
        "description": tr(
            "<p>CPC gaat in gesprek met ouders, buurtcomités en zorgverleners over twijfels "
            "rond vaccinatie en brengt hen in contact met de gezondheidszorg.</p>"
            "<p>Het project moet in februari 2021 zijn afgerond.</p>",
            "<p>CPC talks with parents, neighbourhood committees and health workers about "
            "doubts around vaccination and connects them with health services.</p>"
            "<p>The project is due to be completed in February 2021.</p>",
        ),
        **period(end=month(2021, 2)),
        "countries": ["KG"],
        "themes": ["health-vaccination"],
        "target_groups": ["parents", "children-difficult-situation"],
        "participants": [(CPC, LEAD, tr("", ""))],
        "fundings": [("unicef", None)],
    },
    {
        "slug": "cpc-violence-prevention-internal-migrants",
        "title": tr(
            "Geweld tegen kinderen voorkomen en binnenlandse migranten toegang geven tot "
            "overheidsdiensten",
            "Preventing violence against children and opening public services to internal migrants",
        ),
        "summary": tr(
            "Gezinnen die binnen Kirgizië zijn verhuisd, vinden de weg naar overheidsdiensten; "
            "kinderen, ouders en buurten leren geweld te voorkomen.",
            "Families who moved within Kyrgyzstan find their way to public services; "
            "children, parents and communities learn to prevent violence.",
        ),
        "description": tr(
            "<p>Veel binnenlandse migranten in Bisjkek zijn niet ingeschreven en missen "
            "daardoor zorg, onderwijs en uitkeringen. CPC helpt hen daarbij en werkt tegelijk "
            "aan het voorkomen van geweld in gezin en school.</p>",
            "<p>Many internal migrants in Bishkek are not registered and so miss out on health "
            "care, schooling and benefits. CPC helps them with this and at the same time works "
            "to prevent violence at home and at school.</p>",
        ),
        **period(end=mid_year(2022)),
        "countries": ["KG"],
        "themes": ["violence-against-children", "migration"],
        "target_groups": ["internal-migrants", "children-difficult-situation", "parents"],
        "participants": [
            (CPC, LEAD, tr("", "")),
            (
                "bishkek-district-authorities",
                LOCAL,
                tr(
                    "Wijkinstanties die de gezinnen verder helpen",
                    "District services that help the families",
                ),
            ),
        ],
        "fundings": [("brot-fuer-die-welt", None)],
    },
    {
        "slug": "cpc-girls-in-science",
        "title": tr("Meisjes in de wetenschap", "Girls in science"),
        "summary": tr(
            "Meisjes worden aangemoedigd om te kiezen voor wiskunde, techniek en "
            "natuurwetenschappen.",
            "Girls are encouraged to choose mathematics, technology and the natural sciences.",
        ),
        "description": tr(
            "<p>Met workshops, rolmodellen en gesprekken met ouders en leraren laat CPC zien "
            "dat wetenschap ook voor meisjes is.</p>",
            "<p>Through workshops, role models and conversations with parents and teachers, "
            "CPC shows that science is for girls too.</p>",
        ),
        **period(end=year(2022)),
        "countries": ["KG"],
        "themes": ["education", "girls-rights"],
        "target_groups": ["girls"],
        "participants": [(CPC, LEAD, tr("", ""))],
        "fundings": [("unicef", None)],
    },
    {
        "slug": "cpc-corona-relief-bishkek",
        "title": tr(
            "Gevolgen van de coronacrisis verzachten in zeven achterstandswijken van Bisjkek",
            "Easing the effects of the corona crisis in seven deprived districts of Bishkek",
        ),
        "summary": tr(
            "Noodhulp en steun voor kinderen en gezinnen die door de coronacrisis in de "
            "problemen kwamen.",
            "Emergency help and support for children and families who ran into trouble "
            "because of the corona crisis.",
        ),
        "description": tr(
            "<p>In zeven wijken van Bisjkek kregen gezinnen voedselpakketten, hygiënemiddelen "
            "en psychosociale steun.</p>",
            "<p>In seven districts of Bishkek families received food parcels, hygiene supplies "
            "and psychosocial support.</p>",
        ),
        **period(start=year(2020), end=year(2020)),
        "countries": ["KG"],
        "themes": ["social-protection"],
        "target_groups": ["children-difficult-situation", "parents"],
        "participants": [(CPC, LEAD, tr("", ""))],
        "fundings": [("stichting-elnura", None), ("wilde-ganzen", None)],
    },
    {
        "slug": "cpc-internal-migrants-pandemic",
        "title": tr(
            "Toegang tot overheidsdiensten voor binnenlandse migranten tijdens de pandemie",
            "Internal migrants' access to public services during the pandemic",
        ),
        "summary": tr(
            "Binnenlandse migranten kregen tijdens de pandemie hulp om zorg en steun van de "
            "overheid te bereiken.",
            "During the pandemic internal migrants were helped to reach health care and "
            "government support.",
        ),
        **period(start=year(2020), end=year(2020)),
        "countries": ["KG"],
        "themes": ["migration", "social-protection"],
        "target_groups": ["internal-migrants"],
        "participants": [(CPC, LEAD, tr("", ""))],
        "fundings": [("zwitserse-overheid", None)],
    },
    {
        "slug": "cpc-financial-adoption",
        "title": tr(
            "Financiële adoptie: schoolgeld voor kinderen",
            "Financial adoption: paying for children's education",
        ),
        "summary": tr(
            "Sponsors betalen de schoolkosten van kinderen uit gezinnen die dat zelf niet "
            "kunnen opbrengen.",
            "Sponsors pay the school costs of children from families who cannot afford them.",
        ),
        **period(ongoing=True),
        "countries": ["KG"],
        "themes": ["education"],
        "target_groups": ["children-difficult-situation"],
        "participants": [(CPC, LEAD, tr("", ""))],
        "fundings": [("stichting-elnura", None)],
    },
    # --- Defence for Children – ECPAT Nederland -------------------------------------------------
    {
        "slug": "girls-advocacy-alliance",
        "kind": ProjectKind.PROGRAMME,
        "title": tr("Girls Advocacy Alliance", "Girls Advocacy Alliance"),
        "summary": tr(
            "Alliantie die in tien landen opkomt voor gelijke rechten van meisjes en jonge "
            "vrouwen en tegen geweld tegen hen.",
            "Alliance that stands up in ten countries for equal rights for girls and young "
            "women and against violence towards them.",
        ),
        "description": tr(
            "<p>Plan International Nederland is penvoerder, samen met Terre des Hommes en "
            "Defence for Children – ECPAT. Defence for Children werkt met lokale partners in "
            "Sierra Leone, Liberia, Ghana en Ethiopië.</p>",
            "<p>Plan International Netherlands is the lead applicant, together with Terre des "
            "Hommes and Defence for Children – ECPAT. Defence for Children works with local "
            "partners in Sierra Leone, Liberia, Ghana and Ethiopia.</p>",
        ),
        **period(start=year(2016), end=year(2020)),
        "countries": ["SL", "LR", "GH", "ET"],
        "themes": ["girls-rights", "violence-against-children", "childrens-rights-advocacy"],
        "target_groups": ["girls", "policy-makers"],
        "participants": [
            ("plan-international-nederland", LEAD, tr("Penvoerder", "Lead applicant")),
            ("terre-des-hommes-nederland", PARTNER, tr("", "")),
            (
                DFC,
                PARTNER,
                tr(
                    "Werkt in Sierra Leone, Liberia, Ghana en Ethiopië",
                    "Works in Sierra Leone, Liberia, Ghana and Ethiopia",
                ),
            ),
        ],
        "fundings": [("minister-bhos", None)],
    },
    {
        "slug": "down-to-zero",
        "kind": ProjectKind.PROGRAMME,
        "title": tr("Down to Zero", "Down to Zero"),
        "summary": tr(
            "Alliantie tegen seksuele uitbuiting van kinderen, met lokale partners in zes "
            "landen in Azië en Latijns-Amerika.",
            "Alliance against the sexual exploitation of children, with local partners in six "
            "countries in Asia and Latin America.",
        ),
        "description": tr(
            "<p>Terre des Hommes leidt de alliantie met Plan International Nederland, Free a "
            "Girl, ICCO Cooperation en Defence for Children – ECPAT. Lokale partners werken in "
            "Brazilië, de Dominicaanse Republiek, de Filipijnen, India, Indonesië en "
            "Thailand.</p>",
            "<p>Terre des Hommes leads the alliance with Plan International Netherlands, Free a "
            "Girl, ICCO Cooperation and Defence for Children – ECPAT. Local partners work in "
            "Brazil, the Dominican Republic, the Philippines, India, Indonesia and "
            "Thailand.</p>",
        ),
        **period(start=year(2016), end=year(2020)),
        "countries": ["BR", "DO", "PH", "IN", "ID", "TH"],
        "themes": ["sexual-exploitation"],
        "target_groups": ["children-difficult-situation", "professionals"],
        "participants": [
            ("terre-des-hommes-nederland", LEAD, tr("Penvoerder", "Lead applicant")),
            ("plan-international-nederland", PARTNER, tr("", "")),
            ("free-a-girl", PARTNER, tr("", "")),
            ("icco-cooperation", PARTNER, tr("", "")),
            (DFC, PARTNER, tr("", "")),
        ],
        "fundings": [("minister-bhos", None)],
    },
    {
        "slug": "child-protection-systems-justice",
        "kind": ProjectKind.PROGRAMME,
        "title": tr(
            "Sterkere kinderbeschermingssystemen voor kinderen in aanraking met justitie",
            "Stronger child protection systems for children in conflict with the law",
        ),
        "summary": tr(
            "Vier jaar werk in Oekraïne, Georgië, Albanië en Kosovo aan jeugdrecht dat kinderen "
            "beschermt in plaats van straft.",
            "Four years of work in Ukraine, Georgia, Albania and Kosovo on juvenile justice "
            "that protects children rather than punishes them.",
        ),
        "description": tr(
            "<p>Met de All-Ukrainian Foundation on Children's Rights, de Public Health "
            "Foundation of Georgia, Terre des Hommes Albanië en Terre des Hommes Kosovo. "
            "Gefinancierd uit het Matra-programma 2017–2020 van Buitenlandse Zaken.</p>",
            "<p>With the All-Ukrainian Foundation on Children's Rights, the Public Health "
            "Foundation of Georgia, Terre des Hommes Albania and Terre des Hommes Kosovo. "
            "Funded from the Foreign Affairs Matra programme 2017–2020.</p>",
        ),
        **period(start=year(2017), end=year(2020)),
        "countries": ["UA", "GE", "AL", "XK"],
        "themes": ["juvenile-justice"],
        "target_groups": ["children-conflict-law", "professionals"],
        "participants": [
            (DFC, LEAD, tr("", "")),
            ("all-ukrainian-foundation-childrens-rights", LOCAL, tr("Oekraïne", "Ukraine")),
            ("public-health-foundation-georgia", LOCAL, tr("Georgië", "Georgia")),
            ("terre-des-hommes-albania", LOCAL, tr("Albanië", "Albania")),
            ("terre-des-hommes-kosovo", LOCAL, tr("Kosovo", "Kosovo")),
        ],
        "fundings": [("ministerie-buitenlandse-zaken", MATRA)],
    },
    {
        "slug": "together-protection-children-tourism",
        "title": tr(
            "Samen voor de bescherming van kinderen in het toerisme",
            "Together for the protection of children in tourism",
        ),
        "summary": tr(
            "Met ECPAT-partners in Mexico en Thailand werkt de reissector aan het beschermen "
            "van kinderen tegen uitbuiting.",
            "With ECPAT partners in Mexico and Thailand, the travel sector works to protect "
            "children from exploitation.",
        ),
        "description": tr(
            "<p>ECPAT Mexico in Cancún en ECPAT International in Phuket werken met hotels en "
            "reisbedrijven. Gefinancierd uit het Fonds Bestrijding Kinderarbeid, dat RVO "
            "beheert voor Buitenlandse Zaken.</p>",
            "<p>ECPAT Mexico in Cancún and ECPAT International in Phuket work with hotels and "
            "travel companies. Funded by the Fund against Child Labour, which RVO runs for "
            "Foreign Affairs.</p>",
        ),
        **period(),
        "countries": ["MX", "TH"],
        "themes": ["sexual-exploitation"],
        "target_groups": ["travellers", "professionals"],
        "participants": [
            (DFC, LEAD, tr("", "")),
            ("ecpat-mexico", LOCAL, tr("Cancún", "Cancún")),
            ("ecpat-international", LOCAL, tr("Phuket", "Phuket")),
        ],
        "fundings": [("ministerie-buitenlandse-zaken", CHILD_LABOUR_FUND)],
    },
    {
        "slug": "kinderrechtencollectief-secretariat",
        "title": tr(
            "Secretariaat van het Kinderrechtencollectief",
            "Secretariat of the Kinderrechtencollectief",
        ),
        "summary": tr(
            "Informatie, materialen en trainingen over kinderrechten in Nederland, onder meer "
            "via kinderrechten.nl.",
            "Information, materials and trainings on children's rights in the Netherlands, "
            "among others through kinderrechten.nl.",
        ),
        **period(ongoing=True),
        "countries": ["NL"],
        "themes": ["childrens-rights-advocacy"],
        "target_groups": ["professionals", "young-people"],
        "website": "https://www.kinderrechten.nl",
        "participants": [(DFC, LEAD, tr("Secretariaat", "Secretariat"))],
        "fundings": [("ministerie-vws", None)],
    },
    {
        "slug": "speaking-minds",
        "title": tr("Speaking Minds", "Speaking Minds"),
        "summary": tr(
            "Jongeren beslissen mee over het armoedebeleid van hun gemeente.",
            "Young people have a say in their municipality's poverty policy.",
        ),
        **period(),
        "countries": ["NL"],
        "themes": ["child-participation", "social-protection"],
        "target_groups": ["young-people", "policy-makers"],
        "participants": [
            (DFC, LEAD, tr("", "")),
            ("save-the-children-nederland", PARTNER, tr("", "")),
            ("stimulanz", PARTNER, tr("", "")),
        ],
        "fundings": [("ministerie-szw", None)],
    },
    {
        "slug": "dont-look-away",
        "kind": ProjectKind.CAMPAIGN,
        "title": tr("Don't Look Away", "Don't Look Away"),
        "summary": tr(
            "Campagne die reizigers oproept niet weg te kijken bij kindersekstoerisme en "
            "vermoedens te melden.",
            "Campaign that asks travellers not to look away from child sex tourism and to "
            "report what they suspect.",
        ),
        "description": tr(
            "<p>Overheid, politie, reisbranche en hulporganisaties werken samen; via een "
            "meldwebsite kan iedereen een vermoeden doorgeven.</p>",
            "<p>Government, police, the travel sector and aid organisations work together; "
            "anyone can pass on a suspicion through a reporting website.</p>",
        ),
        **period(ongoing=True),
        "countries": ["NL"],
        "themes": ["sexual-exploitation"],
        "target_groups": ["travellers"],
        "participants": [
            (DFC, LEAD, tr("", "")),
            ("ministerie-justitie-veiligheid", PARTNER, tr("", "")),
            ("koninklijke-marechaussee", PARTNER, tr("", "")),
            ("nationale-politie", PARTNER, tr("", "")),
            ("anvr", PARTNER, tr("", "")),
            ("tui-nederland", PARTNER, tr("", "")),
            ("plan-international-nederland", PARTNER, tr("", "")),
            ("terre-des-hommes-nederland", PARTNER, tr("", "")),
            ("free-a-girl", PARTNER, tr("", "")),
        ],
        "fundings": [("ministerie-jenv", None)],
    },
    {
        "slug": "alert-actors-report",
        "title": tr("Alert Actors Report", "Alert Actors Report"),
        "summary": tr(
            "Europees project dat professionals leert signalen van seksuele uitbuiting van "
            "kinderen te herkennen en te melden.",
            "European project that teaches professionals to recognise and report signs of "
            "the sexual exploitation of children.",
        ),
        **period(start=month(2018, 9)),
        "countries": ["NL", "DE", "FR", "BE", "AT"],
        "themes": ["sexual-exploitation"],
        "target_groups": ["professionals"],
        "participants": [
            (DFC, LEAD, tr("", "")),
            ("ecpat-germany", PARTNER, tr("", "")),
            ("ecpat-france", PARTNER, tr("", "")),
            ("ecpat-belgium", PARTNER, tr("", "")),
            ("ecpat-austria", PARTNER, tr("", "")),
        ],
        "fundings": [("europese-commissie", None)],
    },
    {
        "slug": "focus-on-my-needs",
        "title": tr("FOCUS on my needs", "FOCUS on my needs"),
        "summary": tr(
            "Tweejarig Europees project voor kinderen in het strafproces, zodat hun behoeften "
            "centraal staan.",
            "Two-year European project for children in criminal proceedings, so that their "
            "needs come first.",
        ),
        "description": tr(
            "<p>Onder leiding van Terre des hommes Hongarije, met partners in Bulgarije, "
            "Griekenland, Roemenië, Servië, België en Nederland.</p>",
            "<p>Led by Terre des hommes Hungary, with partners in Bulgaria, Greece, Romania, "
            "Serbia, Belgium and the Netherlands.</p>",
        ),
        **period(),
        "countries": ["HU", "BG", "GR", "RO", "RS", "BE", "NL"],
        "themes": ["juvenile-justice"],
        "target_groups": ["children-conflict-law", "professionals"],
        "participants": [
            ("terre-des-hommes-hungary", LEAD, tr("Penvoerder", "Lead applicant")),
            (DFC, PARTNER, tr("Partner in Nederland", "Partner in the Netherlands")),
        ],
        "fundings": [("europese-commissie", JUST_REC)],
    },
    {
        "slug": "capisce",
        "title": tr("CAPISCE", "CAPISCE"),
        "summary": tr(
            "Tolken leren signalen van mensenhandel te herkennen.",
            "Interpreters learn to recognise signs of human trafficking.",
        ),
        **period(),
        "countries": ["NL"],
        "themes": ["migration", "sexual-exploitation"],
        "target_groups": ["professionals"],
        "participants": [(DFC, LEAD, tr("", ""))],
        "fundings": [("europese-commissie", AMIF)],
    },
    # --- the Peruvian organisation --------------------------------------------------------------
    {
        "slug": "peru-shelter-staff-training",
        "title": tr(
            "Maandelijkse trainingen voor medewerkers van kindertehuizen",
            "Monthly trainings for shelter staff",
        ),
        "summary": tr(
            "Medewerkers van tehuizen in heel Peru volgen maandelijks een training en krijgen "
            "een certificaat van de provincie.",
            "Staff of shelters all over Peru follow a monthly training and receive a "
            "provincial certificate.",
        ),
        "description": tr(
            "<p>De provincie erkent de trainingen met een certificaat en het ministerie maakt "
            "ze landelijk bekend. Trainers uit Mexico, Guatemala en Costa Rica dragen bij.</p>",
            "<p>The province recognises the trainings with a certificate and the ministry "
            "promotes them nationwide. Trainers from Mexico, Guatemala and Costa Rica "
            "contribute.</p>",
        ),
        **period(ongoing=True),
        "countries": ["PE"],
        "themes": ["alternative-care"],
        "target_groups": ["shelter-staff"],
        "participants": [
            (PERU, LEAD, tr("", "")),
            ("peru-provincial-government", PARTNER, tr("Certificaat", "Certificate")),
            ("peru-ministry-women", PARTNER, tr("Landelijke bekendheid", "Nationwide promotion")),
            ("trainers-mexico", LOCAL, tr("", "")),
            ("trainers-guatemala", LOCAL, tr("", "")),
            ("trainers-costa-rica", LOCAL, tr("", "")),
        ],
        "reach": [(500, tr("deelnemers per maand", "participants a month"))],
    },
    {
        "slug": "peru-towards-independence",
        "title": tr(
            "Op weg naar zelfstandigheid voor tieners in tehuizen",
            "Towards independence for teenagers in shelters",
        ),
        "summary": tr(
            "Tieners in tehuizen leren een vak, krijgen begeleiding en hulp bij het aanvragen "
            "van een studiebeurs.",
            "Teenagers in shelters learn a trade, are mentored and get help applying for a "
            "scholarship.",
        ),
        **period(ongoing=True),
        "countries": ["PE"],
        "themes": ["alternative-care", "education"],
        "target_groups": ["teenagers-residential-care"],
        "participants": [
            (PERU, LEAD, tr("", "")),
            ("peru-private-shelter-1", LOCAL, tr("", "")),
            ("peru-private-shelter-2", LOCAL, tr("", "")),
            ("peru-handicraft-workshops", LOCAL, tr("Vakopleiding", "Vocational training")),
            ("peru-local-church", LOCAL, tr("Ruimtes", "Rooms")),
        ],
    },
    {
        "slug": "peru-foster-families",
        "title": tr("Pleeggezinnen in de provincie", "Foster families in the province"),
        "summary": tr(
            "Samen met de bijzondere kinderbeschermingseenheid worden pleeggezinnen geworven, "
            "zodat minder kinderen in een tehuis opgroeien.",
            "Together with the special child protection unit, foster families are recruited "
            "so that fewer children grow up in a shelter.",
        ),
        **period(ongoing=True),
        "countries": ["PE"],
        "themes": ["alternative-care"],
        "target_groups": ["foster-families"],
        "participants": [
            (PERU, LEAD, tr("", "")),
            ("peru-special-protection-unit", PARTNER, tr("", "")),
        ],
    },
    {
        "slug": "peru-state-shelters-restart",
        "title": tr(
            "Samenwerking met twee staatstehuizen (in voorbereiding)",
            "Cooperation with two state shelters (in preparation)",
        ),
        "summary": tr(
            "CONCEPT, in voorbereiding: nog niet publiceren tot de afspraken met de tehuizen "
            "rond zijn.",
            "DRAFT, in preparation: do not publish until the agreements with the shelters are "
            "settled.",
        ),
        # Deliberately a draft, so that the public site has a project to hide.
        "publication": Publication.DRAFT,
        **period(),
        "countries": ["PE"],
        "themes": ["alternative-care"],
        "target_groups": ["teenagers-residential-care"],
        "participants": [(PERU, LEAD, tr("", "")), (STATE_SHELTERS, LOCAL, tr("", ""))],
    },
    # --- Kinderrechtencoalitie -------------------------------------------------------------------
    {
        "slug": "krc-crc-monitoring",
        "kind": ProjectKind.PROGRAMME,
        "title": tr(
            "Toezicht op het Kinderrechtenverdrag in België",
            "Monitoring the Convention on the Rights of the Child in Belgium",
        ),
        "summary": tr(
            "De coalitie volgt hoe België het verdrag naleeft en brengt daarover verslag uit "
            "aan het VN-Kinderrechtencomité.",
            "The coalition follows how Belgium complies with the Convention and reports on it "
            "to the UN Committee on the Rights of the Child.",
        ),
        **period(ongoing=True),
        "countries": ["BE"],
        "themes": ["childrens-rights-advocacy"],
        "target_groups": ["policy-makers"],
        "participants": [(KRC, LEAD, tr("", ""))],
    },
    {
        "slug": "krc-forum-network",
        "title": tr("Kinderrechtenforum en netwerk", "Children's rights forum and network"),
        "summary": tr(
            "Een forum en een netwerk waar organisaties kennis delen en samen standpunten innemen.",
            "A forum and a network where organisations share knowledge and take positions "
            "together.",
        ),
        **period(ongoing=True),
        "countries": ["BE"],
        "themes": ["childrens-rights-advocacy", "child-participation"],
        "target_groups": ["professionals", "young-people"],
        "participants": [(KRC, LEAD, tr("", ""))],
    },
    # --- Better Care Network Nederland -----------------------------------------------------------
    {
        "slug": "bcn-exchange-advocacy",
        "kind": ProjectKind.PROGRAMME,
        "title": tr(
            "Kennisuitwisseling en belangenbehartiging voor betere zorg",
            "Knowledge exchange and advocacy for better care",
        ),
        "summary": tr(
            "De leden delen ervaring en vragen samen aandacht voor zorg in gezinnen in plaats "
            "van in instellingen.",
            "The members share experience and together call for care in families rather than "
            "in institutions.",
        ),
        **period(ongoing=True),
        "countries": ["NL"],
        "themes": ["alternative-care", "childrens-rights-advocacy"],
        "target_groups": ["policy-makers", "professionals"],
        "participants": [
            (BCN, LEAD, tr("", "")),
            (DFC, PARTNER, tr("Voorzitter van het netwerk", "Chair of the network")),
            ("sos-kinderdorpen", PARTNER, tr("", "")),
            ("unicef-nederland", PARTNER, tr("", "")),
            ("wereldkinderen", PARTNER, tr("", "")),
        ],
        "fundings": [("nationale-postcode-loterij", None), ("kinderpostzegels", None)],
    },
    {
        "slug": "bcn-petition-family-care",
        "kind": ProjectKind.CAMPAIGN,
        "title": tr(
            "Petitie: elk kind verdient een gezin",
            "Petition: every child deserves a family",
        ),
        "summary": tr(
            "Handtekeningenactie die de politiek vraagt te kiezen voor zorg in gezinnen en "
            "weeshuizen niet langer te steunen.",
            "Signature campaign asking politicians to choose family-based care and to stop "
            "supporting orphanages.",
        ),
        **period(ongoing=True),
        "countries": ["NL"],
        "themes": ["alternative-care", "childrens-rights-advocacy"],
        "target_groups": ["policy-makers"],
        "participants": [(BCN, LEAD, tr("", ""))],
    },
]


def load_themes(loader: Loader) -> None:
    for position, (slug, (name, dac_code)) in enumerate(THEMES.items(), start=1):
        loader.upsert(
            Theme,
            {"slug": slug},
            {"name": name, "dac_code": dac_code, "position": position},
        )
    for slug, name in TARGET_GROUPS.items():
        loader.upsert(TargetGroup, {"slug": slug}, {"name": name})


def load_projects(loader: Loader, instruments: dict) -> None:
    themes = {theme.slug: theme for theme in Theme.objects.filter(slug__in=THEMES)}
    groups = {g.slug: g for g in TargetGroup.objects.filter(slug__in=TARGET_GROUPS)}
    for data in PROJECTS:
        values = dict(data)
        slug = values.pop("slug")
        theme_slugs = values.pop("themes")
        group_slugs = values.pop("target_groups")
        participants = values.pop("participants")
        fundings = values.pop("fundings", [])
        reach = values.pop("reach", [])
        values.setdefault("kind", ProjectKind.PROJECT)
        values.setdefault("publication", Publication.PUBLISHED)
        values.setdefault("description", tr("", ""))
        values.setdefault("website", "")
        # Stored as Project.save() stores them, so that a second run sees no difference.
        values["description"] = tuple(sanitise_html(text) for text in values["description"])
        values["countries"] = sorted(set(values["countries"]))
        project = loader.upsert(Project, {"slug": slug}, values)

        for theme_slug in theme_slugs:
            ProjectTheme.objects.get_or_create(project=project, theme=themes[theme_slug])
        loader.set_m2m(project.target_groups, [groups[s] for s in group_slugs])
        for position, (organisation, role, description) in enumerate(participants, start=1):
            loader.upsert(
                Participation,
                {"project": project, "organisation": Organisation.objects.get(slug=organisation)},
                {"role": role, "description": description, "position": position},
            )
        for donor, instrument in fundings:
            loader.upsert(
                Funding,
                {
                    "project": project,
                    "donor": Donor.objects.get(slug=donor),
                    "instrument": instruments[instrument] if instrument else None,
                },
            )
        for position, (value, label) in enumerate(reach, start=1):
            loader.upsert(
                ReachFigure,
                {"project": project, "position": position},
                {"value": value, "label": label},
            )
