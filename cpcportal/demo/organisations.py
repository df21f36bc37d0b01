"""Organisations, networks, memberships and partnerships of the demo.

The five organisations of the domain brief come first, then the other members of the
networks and the outside bodies that take part in projects or partnerships. Facts come from
the brief; every text is written for this portal.
"""

import datetime

from core.models import Precision, Publication
from organisations.models import (
    Framework,
    Goal,
    Membership,
    MembershipRole,
    Organisation,
    OrganisationKind,
    Partnership,
    PartnershipKind,
    PartnershipLevel,
    Pillar,
    WorkingPrinciple,
)

from .base import Loader, tr

K = OrganisationKind
L = PartnershipLevel
P = PartnershipKind

CPC = "cpc"
DFC = "defence-for-children-ecpat"
KRC = "kinderrechtencoalitie"
PERU = "peru-shelter-youth"
BCN = "better-care-network-nederland"
KRCOLL = "kinderrechtencollectief"
STATE_SHELTERS = "peru-state-shelters"

# --- the five organisations of the brief -----------------------------------------------------

MAIN_ORGANISATIONS = [
    {
        "slug": CPC,
        "name": tr("CPC – Child Protection Centre", "CPC – Child Protection Centre"),
        "short_name": tr("CPC", "CPC"),
        "kind": K.NGO,
        "country": "KG",
        "city": "Bisjkek",
        "summary": tr(
            "Kirgizische organisatie die kinderen in een moeilijke levenssituatie en hun "
            "ouders bijstaat, dicht bij de doelgroep en op vier niveaus tegelijk.",
            "Kyrgyz organisation that stands by children in a difficult life situation and "
            "their parents, close to the people it serves and on four levels at once.",
        ),
        "mission": tr(
            "Wij zorgen dat kinderen in een moeilijke levenssituatie veilig kunnen opgroeien, "
            "hun rechten kennen en de hulp krijgen waar ze recht op hebben, samen met hun "
            "ouders en de mensen om hen heen.",
            "We make sure that children in a difficult life situation can grow up safely, know "
            "their rights and receive the help they are entitled to, together with their "
            "parents and the people around them.",
        ),
        "vision": tr(
            "Een Kirgizië waarin elk kind wordt gezien als een persoon met eigen rechten, en "
            "waarin gezinnen, buurten en overheden samen verantwoordelijkheid nemen voor zijn "
            "ontwikkeling.",
            "A Kyrgyzstan where every child is seen as a person with rights of its own, and "
            "where families, neighbourhoods and authorities share responsibility for its "
            "development.",
        ),
        "approach": tr(
            "CPC werkt tegelijk met het kind, het gezin, de gemeenschap en de overheid. "
            "Jongeren leren van leeftijdgenoten (peer-to-peer), kinderen en ouders krijgen "
            "psychosociale steun, en medewerkers van lokale en landelijke instanties worden "
            "getraind. Omdat de organisatie dicht bij haar doelgroep staat, ziet zij snel wat "
            "er nodig is.",
            "CPC works with the child, the family, the community and the government at the "
            "same time. Young people learn from their peers, children and parents receive "
            "psychosocial support, and staff of local and national bodies are trained. "
            "Being close to the people it serves, the organisation quickly sees what is "
            "needed.",
        ),
        "principles": [
            (
                tr("Het kind heeft rechten", "The child holds rights"),
                tr(
                    "We zien elk kind als een persoon met eigen rechten en handelen altijd "
                    "in zijn belang.",
                    "We see every child as a person with rights of its own and always act in "
                    "its best interest.",
                ),
            ),
            (
                tr("Een samenhangende aanpak", "An integrated approach"),
                tr(
                    "We leren kinderen, trainen ouders, buurten en lokale en landelijke "
                    "overheden, en scheppen zo de voorwaarden waarin een kind zich kan "
                    "ontwikkelen.",
                    "We teach children, train parents, communities and local and national "
                    "authorities, and so create the conditions in which a child can develop.",
                ),
            ),
            (
                tr(
                    "Rechtenbenadering en gelijkheid van mannen en vrouwen",
                    "Rights-based and gender-equal",
                ),
                tr(
                    "Kinderen en ouders zijn dragers van rechten, overheden dragen plichten; "
                    "gelijke kansen voor meisjes en jongens vormen het fundament.",
                    "Children and parents hold rights and authorities carry duties; equal "
                    "chances for girls and boys are the foundation.",
                ),
            ),
            (
                tr("Iedereen doet mee", "Everyone takes part"),
                tr(
                    "We betrekken alle betrokkenen bij een langdurige samenwerking over de "
                    "grenzen van sectoren heen.",
                    "We involve every stakeholder in lasting cooperation across sectors.",
                ),
            ),
            (
                tr("Alleen op basis van betrouwbare gegevens", "Only on reliable evidence"),
                tr(
                    "We baseren ons werk uitsluitend op onderbouwde en betrouwbare informatie.",
                    "We base our work only on sound and reliable evidence.",
                ),
            ),
        ],
    },
    {
        "slug": KRC,
        "name": tr("Kinderrechtencoalitie", "Children's Rights Coalition (Kinderrechtencoalitie)"),
        "short_name": tr("KRC", "KRC"),
        "kind": K.NETWORK,
        "country": "BE",
        "city": "Gent",
        "website": "https://www.kinderrechtencoalitie.be",
        "summary": tr(
            "Coalitie van 27 middenveldorganisaties in Vlaanderen en Brussel die erop toeziet "
            "dat België het VN-Kinderrechtenverdrag naleeft.",
            "Coalition of 27 civil-society organisations in Flanders and Brussels that watches "
            "over how Belgium lives up to the UN Convention on the Rights of the Child.",
        ),
        "mission": tr(
            "Samen met onze leden zorgen we dat kinderrechten in Vlaanderen en Brussel "
            "werkelijkheid worden, en bundelen we de krachten van iedereen die voor kinderen "
            "opkomt.",
            "Together with our members we work to make children's rights real in Flanders and "
            "Brussels, and we bring together everyone who stands up for children.",
        ),
        "vision": tr(
            "Een samenleving waarin het Kinderrechtenverdrag overal wordt toegepast, geen kind "
            "uit beeld raakt en kinderen en jongeren mee vormgeven aan de toekomst.",
            "A society in which the Convention is applied everywhere, no child drops out of "
            "sight and children and young people help shape the future.",
        ),
        "approach": tr(
            "De coalitie volgt het beleid, rapporteert aan het VN-Kinderrechtencomité en "
            "brengt organisaties samen in een forum en een netwerk.",
            "The coalition follows policy, reports to the UN Committee on the Rights of the "
            "Child and brings organisations together in a forum and a network.",
        ),
    },
    {
        "slug": DFC,
        "name": tr(
            "Defence for Children – ECPAT Nederland", "Defence for Children – ECPAT Netherlands"
        ),
        "short_name": tr("Defence for Children", "Defence for Children"),
        "kind": K.NGO,
        "country": "NL",
        "city": "Leiden",
        "website": "https://www.defenceforchildren.nl",
        "summary": tr(
            "Kinderrechtenorganisatie in Leiden die in Nederland en daarbuiten opkomt voor "
            "kinderen, onder meer tegen seksuele uitbuiting en voor eerlijke jeugdrechtspraak.",
            "Children's rights organisation in Leiden that stands up for children in the "
            "Netherlands and abroad, among other things against sexual exploitation and for "
            "fair juvenile justice.",
        ),
        "mission": tr(
            "Wij beschermen en versterken de rechten van kinderen, zoals vastgelegd in het "
            "VN-Kinderrechtenverdrag, en maken ons sterk voor kinderen die het kwetsbaarst zijn.",
            "We protect and strengthen the rights of children laid down in the UN Convention "
            "on the Rights of the Child, and speak up for the children who are most at risk.",
        ),
        "vision": tr(
            "Een wereld waarin elk kind veilig is voor geweld en uitbuiting en waarin zijn "
            "rechten in wetgeving, beleid en praktijk worden gerespecteerd.",
            "A world in which every child is safe from violence and exploitation and its "
            "rights are respected in law, policy and practice.",
        ),
        "approach": tr(
            "We combineren juridische hulp, onderzoek, voorlichting en lobby, en werken in "
            "allianties met andere organisaties, overheden en het bedrijfsleven, in Nederland "
            "en met lokale partners in andere landen.",
            "We combine legal help, research, information and lobbying, and work in alliances "
            "with other organisations, governments and business, in the Netherlands and with "
            "local partners in other countries.",
        ),
    },
    {
        "slug": PERU,
        "name": tr(
            "Steun voor jongeren in Peruaanse kindertehuizen",
            "Support for young people in Peruvian shelters",
        ),
        "kind": K.NGO,
        "country": "PE",
        "summary": tr(
            "Demoprofiel, gebaseerd op een bestaande kleine Peruaanse organisatie, die "
            "tieners in kindertehuizen helpt zelfstandig te worden.",
            "Demo profile, based on a real small Peruvian organisation, that helps teenagers "
            "in residential care become independent.",
        ),
        "mission": tr(
            "We bereiden tieners in kindertehuizen voor op een zelfstandig leven, met "
            "vaardigheden, onderwijs en een netwerk dat hen blijft steunen.",
            "We prepare teenagers in residential care for an independent life, with skills, "
            "education and a network that keeps supporting them.",
        ),
        "vision": tr(
            "Geen jongere die een tehuis verlaat staat er alleen voor, en kinderen groeien "
            "waar het kan op in een gezin.",
            "No young person leaving a shelter is left alone, and children grow up in a family "
            "wherever possible.",
        ),
        "approach": tr(
            "We werken op vier niveaus: lokaal met tehuizen, werkplaatsen en een kerk; "
            "regionaal met de provincie; landelijk met het ministerie; internationaal met "
            "trainers en initiatieven uit Latijns-Amerika.",
            "We work on four levels: locally with shelters, workshops and a church; "
            "regionally with the province; nationally with the ministry; internationally with "
            "trainers and initiatives from Latin America.",
        ),
    },
    {
        "slug": BCN,
        "name": tr("Better Care Network Nederland", "Better Care Network Netherlands"),
        "short_name": tr("BCN Nederland", "BCN Netherlands"),
        "kind": K.NETWORK,
        "country": "NL",
        "website": "https://www.bettercarenetwork.nl",
        "is_portal_network": True,
        "summary": tr(
            "Netwerk van Nederlandse organisaties dat zich inzet voor kinderen die geen "
            "passende ouderlijke zorg krijgen.",
            "Network of Dutch organisations working for children who lack adequate parental care.",
        ),
        "mission": tr(
            "Wij bundelen kennis en stemmen van organisaties zodat kinderen zonder passende "
            "ouderlijke zorg de zorg krijgen die bij hen past, bij voorkeur in een gezin.",
            "We pool the knowledge and voices of organisations so that children without "
            "adequate parental care receive care that suits them, preferably in a family.",
        ),
        "vision": tr(
            "Elk kind groeit op in een veilige, liefdevolle gezinsomgeving; opvang in een "
            "instelling is alleen een laatste redmiddel.",
            "Every child grows up in a safe and loving family environment; care in an "
            "institution is only a last resort.",
        ),
        "approach": tr(
            "Sinds 2007 werken de leden in de Nederlandse afdeling samen: ze wisselen ervaring "
            "uit, brengen de internationale richtlijnen onder de aandacht en spreken overheid "
            "en donoren aan. Defence for Children – ECPAT Nederland is sinds 2016 voorzitter.",
            "Since 2007 the members have worked together in the Dutch section: they share "
            "experience, promote the international guidelines and address government and "
            "donors. Defence for Children – ECPAT Netherlands has chaired the network since "
            "2016.",
        ),
    },
]

# --- other organisations: network members, consortium partners, outside bodies ---------------

OTHER_ORGANISATIONS = [
    # Network members
    {
        "slug": KRCOLL,
        "name": tr(
            "Kinderrechtencollectief", "Children's Rights Collective (Kinderrechtencollectief)"
        ),
        "kind": K.NETWORK,
        "country": "NL",
        "summary": tr(
            "Samenwerkingsverband van Nederlandse organisaties dat informatie over kinderrechten "
            "in Nederland toegankelijk maakt.",
            "Collaboration of Dutch organisations that makes information on children's rights "
            "in the Netherlands accessible.",
        ),
    },
    {
        "slug": "icco-kerk-in-actie",
        "name": tr("ICCO/Kerk in Actie", "ICCO/Kerk in Actie"),
        "kind": K.FAITH,
        "country": "NL",
        "summary": tr(
            "Kerkelijke ontwikkelingsorganisatie, lid van Better Care Network Nederland.",
            "Church-based development organisation, member of Better Care Network Netherlands.",
        ),
    },
    {
        "slug": "stichting-kinderperspectief",
        "name": tr("Stichting Kinderperspectief", "Stichting Kinderperspectief"),
        "kind": K.NGO,
        "country": "NL",
        "summary": tr(
            "Stichting voor kinderen die zonder ouderlijke zorg opgroeien, lid van Better Care "
            "Network Nederland.",
            "Foundation for children growing up without parental care, member of Better Care "
            "Network Netherlands.",
        ),
    },
    {
        "slug": "sos-kinderdorpen",
        "name": tr("SOS Kinderdorpen", "SOS Children's Villages Netherlands"),
        "kind": K.NGO,
        "country": "NL",
        "website": "https://www.soskinderdorpen.nl",
        "summary": tr(
            "Organisatie voor kinderen die hun ouders verloren of dreigen te verliezen, lid van "
            "Better Care Network Nederland.",
            "Organisation for children who have lost, or risk losing, the care of their "
            "parents; member of Better Care Network Netherlands.",
        ),
    },
    {
        "slug": "unicef-nederland",
        "name": tr("UNICEF Nederland", "UNICEF Netherlands"),
        "kind": K.FOUNDATION,
        "country": "NL",
        "website": "https://www.unicef.nl",
        "summary": tr(
            "Nederlands comité van het kinderfonds van de Verenigde Naties; lid en donor van "
            "Better Care Network Nederland.",
            "Dutch committee of the United Nations children's fund; member and supporter of "
            "Better Care Network Netherlands.",
        ),
    },
    {
        "slug": "wereldkinderen",
        "name": tr("Wereldkinderen", "Wereldkinderen"),
        "kind": K.NGO,
        "country": "NL",
        "website": "https://www.wereldkinderen.nl",
        "summary": tr(
            "Organisatie voor kinderen zonder ouderlijke zorg, lid van Better Care Network "
            "Nederland.",
            "Organisation for children without parental care, member of Better Care Network "
            "Netherlands.",
        ),
    },
    {
        "slug": "wilde-ganzen",
        "name": tr("Wilde Ganzen", "Wilde Ganzen"),
        "kind": K.FOUNDATION,
        "country": "NL",
        "website": "https://www.wildeganzen.nl",
        "summary": tr(
            "Stichting die kleinschalige projecten van particuliere initiatieven meefinanciert; "
            "lid van Better Care Network Nederland.",
            "Foundation that co-funds small projects of private initiatives; member of Better "
            "Care Network Netherlands.",
        ),
    },
    {
        "slug": "stichting-elnura",
        "name": tr("Stichting Elnura", "Stichting Elnura"),
        "kind": K.FOUNDATION,
        "summary": tr(
            "Stichting die kinderen en gezinnen in Kirgizië steunt.",
            "Foundation that supports children and families in Kyrgyzstan.",
        ),
    },
    # Consortium partners and NGOs abroad
    {
        "slug": "plan-international-nederland",
        "name": tr("Plan International Nederland", "Plan International Netherlands"),
        "kind": K.INTERNATIONAL_NGO,
        "country": "NL",
        "website": "https://www.planinternational.nl",
    },
    {
        "slug": "terre-des-hommes-nederland",
        "name": tr("Terre des Hommes Nederland", "Terre des Hommes Netherlands"),
        "kind": K.INTERNATIONAL_NGO,
        "country": "NL",
        "website": "https://www.terredeshommes.nl",
    },
    {
        "slug": "free-a-girl",
        "name": tr("Free a Girl", "Free a Girl"),
        "kind": K.NGO,
        "country": "NL",
    },
    {
        "slug": "icco-cooperation",
        "name": tr("ICCO Cooperation", "ICCO Cooperation"),
        "kind": K.NGO,
        "country": "NL",
    },
    {
        "slug": "save-the-children-nederland",
        "name": tr("Save the Children Nederland", "Save the Children Netherlands"),
        "kind": K.INTERNATIONAL_NGO,
        "country": "NL",
        "website": "https://www.savethechildren.nl",
    },
    {"slug": "stimulanz", "name": tr("Stimulanz", "Stimulanz"), "kind": K.NGO, "country": "NL"},
    {
        "slug": "ecpat-mexico",
        "name": tr("ECPAT Mexico", "ECPAT Mexico"),
        "kind": K.NGO,
        "country": "MX",
        "city": "Cancún",
    },
    {
        "slug": "ecpat-international",
        "name": tr("ECPAT International", "ECPAT International"),
        "kind": K.INTERNATIONAL_NGO,
        "country": "TH",
        "website": "https://ecpat.org",
    },
    {"slug": "ecpat-germany", "name": tr("ECPAT Duitsland", "ECPAT Germany"), "country": "DE"},
    {"slug": "ecpat-france", "name": tr("ECPAT Frankrijk", "ECPAT France"), "country": "FR"},
    {"slug": "ecpat-belgium", "name": tr("ECPAT België", "ECPAT Belgium"), "country": "BE"},
    {"slug": "ecpat-austria", "name": tr("ECPAT Oostenrijk", "ECPAT Austria"), "country": "AT"},
    {
        "slug": "all-ukrainian-foundation-childrens-rights",
        "name": tr(
            "All-Ukrainian Foundation on Children's Rights",
            "All-Ukrainian Foundation on Children's Rights",
        ),
        "country": "UA",
    },
    {
        "slug": "public-health-foundation-georgia",
        "name": tr("Public Health Foundation of Georgia", "Public Health Foundation of Georgia"),
        "country": "GE",
    },
    {
        "slug": "terre-des-hommes-albania",
        "name": tr("Terre des Hommes Albanië", "Terre des Hommes Albania"),
        "country": "AL",
    },
    {
        "slug": "terre-des-hommes-kosovo",
        "name": tr("Terre des Hommes Kosovo", "Terre des Hommes Kosovo"),
        "country": "XK",  # user-assigned code, added by COUNTRIES_OVERRIDE in the settings
    },
    {
        "slug": "terre-des-hommes-hungary",
        "name": tr("Terre des hommes Hongarije", "Terre des hommes Hungary"),
        "country": "HU",
    },
    # Dutch government and public bodies
    {
        "slug": "ministerie-buitenlandse-zaken",
        "name": tr("Ministerie van Buitenlandse Zaken", "Ministry of Foreign Affairs"),
        "short_name": tr("BZ", "MFA"),
        "kind": K.GOVERNMENT,
        "country": "NL",
        "city": "Den Haag",
    },
    {
        "slug": "ministerie-justitie-veiligheid",
        "name": tr("Ministerie van Justitie en Veiligheid", "Ministry of Justice and Security"),
        "short_name": tr("JenV", "JenV"),
        "kind": K.GOVERNMENT,
        "country": "NL",
        "city": "Den Haag",
    },
    {
        "slug": "rvo",
        "name": tr("Rijksdienst voor Ondernemend Nederland", "Netherlands Enterprise Agency"),
        "short_name": tr("RVO", "RVO"),
        "kind": K.GOVERNMENT,
        "country": "NL",
        "website": "https://www.rvo.nl",
    },
    {
        "slug": "koninklijke-marechaussee",
        "name": tr("Koninklijke Marechaussee", "Royal Netherlands Marechaussee"),
        "kind": K.PUBLIC_BODY,
        "country": "NL",
    },
    {
        "slug": "nationale-politie",
        "name": tr("Nationale Politie", "Netherlands Police"),
        "kind": K.PUBLIC_BODY,
        "country": "NL",
        "website": "https://www.politie.nl",
    },
    # Business
    {
        "slug": "anvr",
        "name": tr(
            "ANVR, branchevereniging van reisorganisaties",
            "ANVR, Dutch association of travel businesses",
        ),
        "short_name": tr("ANVR", "ANVR"),
        "kind": K.OTHER,
        "country": "NL",
    },
    {
        "slug": "tui-nederland",
        "name": tr("TUI Nederland", "TUI Netherlands"),
        "kind": K.COMPANY,
        "country": "NL",
    },
    # Kyrgyzstan
    {
        "slug": "bishkek-district-authorities",
        "name": tr(
            "Lokale overheden en sociale diensten in Bisjkek",
            "Local authorities and social services in Bishkek",
        ),
        "kind": K.PUBLIC_BODY,
        "country": "KG",
        "city": "Bisjkek",
    },
    # Peru: partners of the Peruvian NGO on its four levels
    {
        "slug": "peru-private-shelter-1",
        "name": tr("Particulier kindertehuis 1", "Private shelter 1"),
        "kind": K.SHELTER,
        "country": "PE",
    },
    {
        "slug": "peru-private-shelter-2",
        "name": tr("Particulier kindertehuis 2", "Private shelter 2"),
        "kind": K.SHELTER,
        "country": "PE",
    },
    {
        "slug": STATE_SHELTERS,
        "name": tr("Twee staatstehuizen", "Two state shelters"),
        "kind": K.SHELTER,
        "country": "PE",
        # Deliberately a draft, so that the public site has something to hide.
        "publication": Publication.DRAFT,
        "summary": tr(
            "CONCEPT, niet publiceren: de samenwerking is nog niet hervat.",
            "DRAFT, do not publish: the cooperation has not restarted yet.",
        ),
    },
    {
        "slug": "peru-handicraft-workshops",
        "name": tr("Ambachtelijke werkplaatsen", "Handicraft workshops"),
        "kind": K.COMPANY,
        "country": "PE",
    },
    {
        "slug": "peru-local-church",
        "name": tr("Plaatselijke kerk", "Local church"),
        "kind": K.FAITH,
        "country": "PE",
    },
    {
        "slug": "peru-provincial-government",
        "name": tr("Provinciale overheid", "Provincial government"),
        "kind": K.PUBLIC_BODY,
        "country": "PE",
    },
    {
        "slug": "peru-special-protection-unit",
        "name": tr("Bijzondere eenheid voor kinderbescherming", "Special child protection unit"),
        "kind": K.PUBLIC_BODY,
        "country": "PE",
    },
    {
        "slug": "peru-ministry-women",
        "name": tr(
            "Ministerie van Vrouwen en Kwetsbare Bevolkingsgroepen",
            "Ministry of Women and Vulnerable Populations",
        ),
        "short_name": tr("MIMP", "MIMP"),
        "kind": K.GOVERNMENT,
        "country": "PE",
        "city": "Lima",
    },
    {
        "slug": "peru-state-scholarships",
        "name": tr(
            "Peruaans beurzenprogramma van de staat", "Peruvian state scholarship programme"
        ),
        "kind": K.GOVERNMENT,
        "country": "PE",
    },
    {
        "slug": "trainers-mexico",
        "name": tr("Trainers uit Mexico", "Trainers from Mexico"),
        "kind": K.OTHER,
        "country": "MX",
    },
    {
        "slug": "trainers-guatemala",
        "name": tr("Trainers uit Guatemala", "Trainers from Guatemala"),
        "kind": K.OTHER,
        "country": "GT",
    },
    {
        "slug": "trainers-costa-rica",
        "name": tr("Trainers uit Costa Rica", "Trainers from Costa Rica"),
        "kind": K.OTHER,
        "country": "CR",
    },
    {
        "slug": "changing-the-way-we-care-guatemala",
        "name": tr("Changing the Way We Care (Guatemala)", "Changing the Way We Care (Guatemala)"),
        "kind": K.INTERNATIONAL_NGO,
        "country": "GT",
        "summary": tr(
            "Guatemalteeks initiatief dat zorg voor kinderen in gezinnen bevordert.",
            "Guatemalan initiative that promotes care for children in families.",
        ),
    },
]

ORGANISATIONS = MAIN_ORGANISATIONS + OTHER_ORGANISATIONS

# --- networks: frameworks, memberships, pillars and goals -------------------------------------

CRC = "crc"
STOCKHOLM = "stockholm"

FRAMEWORKS = {
    CRC: {
        "key": {"year": 1989, "short_name_en": "CRC"},
        "title": tr(
            "VN-Verdrag inzake de rechten van het kind",
            "UN Convention on the Rights of the Child",
        ),
        "short_name": tr("IVRK", "CRC"),
        "url": "https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child",
        "description": tr(
            "Het verdrag waarin de rechten van ieder kind zijn vastgelegd; bijna alle landen "
            "hebben het bekrachtigd.",
            "The treaty that sets out the rights of every child; almost every country has "
            "ratified it.",
        ),
    },
    STOCKHOLM: {
        "key": {"year": 2003, "short_name_en": "Stockholm Declaration"},
        "title": tr(
            "Verklaring van Stockholm over kinderen en residentiële zorg",
            "Stockholm Declaration on Children and Residential Care",
        ),
        "short_name": tr("Verklaring van Stockholm", "Stockholm Declaration"),
        "description": tr(
            "Internationale oproep om kinderen zo min mogelijk in instellingen op te vangen en "
            "te kiezen voor zorg in gezin en gemeenschap.",
            "International call to place as few children as possible in institutions and to "
            "choose care in families and communities.",
        ),
    },
}

NETWORK_FRAMEWORKS = {BCN: [CRC, STOCKHOLM], KRC: [CRC], KRCOLL: [CRC]}

# (network, member, role, year joined)
MEMBERSHIPS = [
    # The Dutch section dates from 2007; Defence for Children has chaired it since 2016.
    (BCN, DFC, MembershipRole.CHAIR, 2007),
    (BCN, "icco-kerk-in-actie", MembershipRole.MEMBER, 2007),
    (BCN, "stichting-kinderperspectief", MembershipRole.MEMBER, 2007),
    (BCN, "sos-kinderdorpen", MembershipRole.MEMBER, 2007),
    (BCN, "unicef-nederland", MembershipRole.MEMBER, 2007),
    (BCN, "wereldkinderen", MembershipRole.MEMBER, 2007),
    (BCN, "wilde-ganzen", MembershipRole.MEMBER, 2007),
    (KRCOLL, DFC, MembershipRole.SECRETARIAT, None),
]

BCN_GOALS = [
    tr("Minder kinderen gescheiden van hun ouders", "Fewer children separated from their parents"),
    tr("Kinderen weer bij hun familie", "Children back with their families"),
    tr(
        "Alternatieven in gezin en gemeenschap",
        "Family- and community-based alternatives",
    ),
    tr("Kindvriendelijke rechtspraak", "Child-friendly justice"),
    tr("Kaders en toezicht", "Frameworks and oversight"),
    tr(
        "Residentiële opvang alleen als laatste redmiddel",
        "Residential care only as a last resort",
    ),
    tr("Uitwisseling en belangenbehartiging", "Exchange and advocacy"),
]
BCN_GOAL_DESCRIPTIONS = [
    tr(
        "Gezinnen krijgen steun, zodat kinderen niet onnodig uit huis worden geplaatst.",
        "Families receive support so that children are not taken from home needlessly.",
    ),
    tr(
        "Kinderen die toch gescheiden zijn, keren waar mogelijk veilig terug naar hun familie.",
        "Children who have been separated return safely to their families wherever possible.",
    ),
    tr(
        "Pleegzorg, zorg door familieleden en kleinschalige vormen krijgen voorrang.",
        "Foster care, kinship care and small-scale forms come first.",
    ),
    tr(
        "Kinderen die met justitie in aanraking komen, worden behandeld als kind.",
        "Children who come into contact with justice are treated as children.",
    ),
    tr(
        "Overheden stellen regels op voor alternatieve zorg en zien toe op de kwaliteit.",
        "Governments set rules for alternative care and oversee its quality.",
    ),
    tr(
        "Een instelling is alleen aan de orde als niets anders past, en dan zo kort mogelijk.",
        "An institution is only considered when nothing else fits, and then as briefly as "
        "possible.",
    ),
    tr(
        "Leden delen kennis en spreken samen beleidsmakers en donoren aan.",
        "Members share knowledge and address policy makers and donors together.",
    ),
]

KRC_PILLARS = [
    (
        tr("Kinderrechten realiseren", "Making children's rights real"),
        tr(
            "Het verdrag moet voor elk kind in Vlaanderen en Brussel het verschil maken.",
            "The Convention must make a difference for every child in Flanders and Brussels.",
        ),
        [
            tr(
                "Het Kinderrechtenverdrag wordt overal toegepast",
                "The Convention applies everywhere",
            ),
            tr(
                "Elk kind kent zijn rechten en kan ze gebruiken",
                "Every child knows its rights and can use them",
            ),
            tr(
                "Geen kind blijft achter: onzichtbare kinderen worden zichtbaar",
                "No child left behind: invisible children become visible",
            ),
        ],
    ),
    (
        tr("Krachten bundelen", "Joining forces"),
        tr(
            "Samen bereiken organisaties, overheden en jongeren meer dan ieder afzonderlijk.",
            "Together, organisations, governments and young people achieve more than alone.",
        ),
        [
            tr(
                "Bruggen bouwen in het belang van het kind",
                "Building bridges in the child's interest",
            ),
            tr("Een kinderreflex in elk beleid", "A child reflex in every policy"),
            tr(
                "Kinderen en jongeren bouwen mee aan de toekomst",
                "Children and young people help shape the future",
            ),
        ],
    ),
]

# --- partnerships: (organisation, partner, level, kind, description, period) ------------------

PARTNERSHIPS = [
    # The Peruvian organisation, on all four levels
    (
        PERU,
        "peru-private-shelter-1",
        L.LOCAL,
        P.AGREEMENT,
        tr(
            "Afspraken over begeleiding van tieners die zich voorbereiden op het verlaten van "
            "het tehuis.",
            "Agreement on guiding teenagers who are preparing to leave the shelter.",
        ),
    ),
    (
        PERU,
        "peru-private-shelter-2",
        L.LOCAL,
        P.AGREEMENT,
        tr(
            "Afspraken over trainingen in zelfstandigheid voor de oudere bewoners.",
            "Agreement on independence training for the older residents.",
        ),
    ),
    (
        PERU,
        STATE_SHELTERS,
        L.LOCAL,
        P.AGREEMENT,
        tr(
            "Eerdere samenwerking die de organisatie graag wil hervatten.",
            "Earlier cooperation that the organisation hopes to restart.",
        ),
        {"is_ongoing": False},
    ),
    (
        PERU,
        "peru-handicraft-workshops",
        L.LOCAL,
        P.TRAINING,
        tr(
            "Jongeren leren een ambacht en doen werkervaring op in de werkplaatsen.",
            "Young people learn a craft and gain work experience in the workshops.",
        ),
    ),
    (
        PERU,
        "peru-local-church",
        L.LOCAL,
        P.AGREEMENT,
        tr(
            "De kerk stelt ruimtes beschikbaar voor bijeenkomsten en trainingen.",
            "The church lends rooms for meetings and trainings.",
        ),
    ),
    (
        PERU,
        "peru-local-church",
        L.LOCAL,
        P.FUNDING,
        tr("De kerk geeft af en toe een gift.", "The church donates from time to time."),
    ),
    (
        PERU,
        "peru-provincial-government",
        L.REGIONAL,
        P.AGREEMENT,
        tr(
            "Overeenkomst voor maandelijkse trainingen van tehuismedewerkers, met een "
            "certificaat van de provincie.",
            "Agreement on monthly trainings for shelter staff, with a provincial certificate.",
        ),
    ),
    (
        PERU,
        "peru-special-protection-unit",
        L.REGIONAL,
        P.REFERRAL,
        tr(
            "Samen werven en toeleiden van pleeggezinnen.",
            "Finding and referring foster families together.",
        ),
    ),
    (
        PERU,
        "peru-ministry-women",
        L.NATIONAL,
        P.TRAINING,
        tr(
            "Het ministerie maakt de trainingen bekend bij tehuizen in heel Peru; elke maand "
            "doen er meer dan 500 mensen mee.",
            "The ministry promotes the trainings to shelters throughout Peru; more than 500 "
            "people take part each month.",
        ),
    ),
    (
        PERU,
        "peru-state-scholarships",
        L.NATIONAL,
        P.REFERRAL,
        tr(
            "Jongeren krijgen hulp bij hun aanvraag voor een studiebeurs van de staat.",
            "Young people get help applying for a state scholarship.",
        ),
    ),
    (
        PERU,
        "trainers-mexico",
        L.INTERNATIONAL,
        P.TRAINING,
        tr(
            "Trainers uit Mexico verzorgen een deel van de trainingen.",
            "Trainers from Mexico give part of the trainings.",
        ),
    ),
    (
        PERU,
        "trainers-guatemala",
        L.INTERNATIONAL,
        P.TRAINING,
        tr(
            "Trainers uit Guatemala verzorgen een deel van de trainingen.",
            "Trainers from Guatemala give part of the trainings.",
        ),
    ),
    (
        PERU,
        "trainers-costa-rica",
        L.INTERNATIONAL,
        P.TRAINING,
        tr(
            "Trainers uit Costa Rica verzorgen een deel van de trainingen.",
            "Trainers from Costa Rica give part of the trainings.",
        ),
    ),
    (
        PERU,
        "changing-the-way-we-care-guatemala",
        L.INTERNATIONAL,
        P.NETWORK,
        tr(
            "Maandelijkse online uitwisselingsgroepen over zorg in gezinnen.",
            "Monthly online exchange groups on family-based care.",
        ),
    ),
    # CPC
    (
        CPC,
        "bishkek-district-authorities",
        L.LOCAL,
        P.TRAINING,
        tr(
            "CPC traint medewerkers van wijkinstanties in het herkennen van en reageren op "
            "geweld tegen kinderen.",
            "CPC trains district staff to recognise and respond to violence against children.",
        ),
    ),
    (
        CPC,
        "wilde-ganzen",
        L.INTERNATIONAL,
        P.FUNDING,
        tr(
            "Wilde Ganzen financierde mee aan de corona-noodhulp in 2020.",
            "Wilde Ganzen co-funded the corona emergency relief in 2020.",
        ),
        {
            "start": datetime.date(2020, 1, 1),
            "start_precision": Precision.YEAR,
            "end": datetime.date(2020, 12, 31),
            "end_precision": Precision.YEAR,
            "is_ongoing": False,
        },
    ),
    (
        CPC,
        "stichting-elnura",
        L.INTERNATIONAL,
        P.FUNDING,
        tr(
            "Stichting Elnura steunt de financiële adoptie van schoolgaande kinderen.",
            "Stichting Elnura supports the financial adoption of children at school.",
        ),
    ),
    # Defence for Children is the Dutch member of the ECPAT network.
    (
        DFC,
        "ecpat-international",
        L.INTERNATIONAL,
        P.NETWORK,
        tr(
            "Nederlands lid van het wereldwijde ECPAT-netwerk tegen seksuele uitbuiting van "
            "kinderen.",
            "Dutch member of the worldwide ECPAT network against the sexual exploitation of "
            "children.",
        ),
    ),
]


def organisation(slug: str) -> Organisation:
    return Organisation.objects.get(slug=slug)


def load_organisations(loader: Loader) -> None:
    # Only one network may be the portal's own: leave another one alone if it was chosen.
    other_portal = Organisation.objects.filter(is_portal_network=True).exclude(slug=BCN).exists()
    for data in ORGANISATIONS:
        values = dict(data)
        slug = values.pop("slug")
        principles = values.pop("principles", [])
        values.setdefault("kind", K.NGO)
        values.setdefault("publication", Publication.PUBLISHED)
        if other_portal:
            values.pop("is_portal_network", None)
        # Every translated text is filled in both languages, empty where unknown.
        for field in ("short_name", "summary", "mission", "vision", "approach"):
            values.setdefault(field, tr("", ""))
        org = loader.upsert(Organisation, {"slug": slug}, values)
        for position, (title, description) in enumerate(principles, start=1):
            loader.upsert(
                WorkingPrinciple,
                {"organisation": org, "position": position},
                {"title": title, "description": description},
            )


def load_networks(loader: Loader) -> None:
    frameworks = {
        name: loader.upsert(Framework, data["key"], {k: v for k, v in data.items() if k != "key"})
        for name, data in FRAMEWORKS.items()
    }
    for network, names in NETWORK_FRAMEWORKS.items():
        loader.set_m2m(organisation(network).frameworks, [frameworks[n] for n in names])
    for network, member, role, year in MEMBERSHIPS:
        loader.upsert(
            Membership,
            {"network": organisation(network), "member": organisation(member)},
            {"role": role, "year_joined": year},
        )
    bcn = organisation(BCN)
    for position, (title, description) in enumerate(
        zip(BCN_GOALS, BCN_GOAL_DESCRIPTIONS, strict=True), start=1
    ):
        loader.upsert(
            Goal,
            {"network": bcn, "position": position},
            {"title": title, "description": description, "pillar": None},
        )
    krc = organisation(KRC)
    goal_position = 0
    for pillar_position, (title, description, goals) in enumerate(KRC_PILLARS, start=1):
        pillar = loader.upsert(
            Pillar,
            {"network": krc, "position": pillar_position},
            {"title": title, "description": description},
        )
        for goal_title in goals:
            goal_position += 1
            loader.upsert(
                Goal,
                {"network": krc, "position": goal_position},
                {"title": goal_title, "description": tr("", ""), "pillar": pillar},
            )


def load_partnerships(loader: Loader) -> None:
    for organisation_slug, partner, level, kind, description, *extra in PARTNERSHIPS:
        values = {"description": description, "is_ongoing": True}
        values.update(extra[0] if extra else {})
        loader.upsert(
            Partnership,
            {
                "organisation": organisation(organisation_slug),
                "partner": organisation(partner),
                "level": level,
                "kind": kind,
            },
            values,
        )
