# ruff: noqa: E501 (tables read best one row a line)
"""Word lists for the benchmark data: every value a (Dutch, English) pair.

Built so that the texts read like the portal's own and full-text search finds things:
"geweld", "jeugdrecht", "pleeggezinnen", "Bisjkek" and "Kirgizië" all occur often.
"""

# (ISO code, weight, Dutch name, English name, [(Dutch city, English city), ...])
# fmt: off
COUNTRIES = [
    ("NL", 10, "Nederland", "the Netherlands", [("Amsterdam", "Amsterdam"), ("Rotterdam", "Rotterdam"), ("Den Haag", "The Hague"), ("Utrecht", "Utrecht"), ("Leiden", "Leiden")]),
    ("KG", 8, "Kirgizië", "Kyrgyzstan", [("Bisjkek", "Bishkek"), ("Osj", "Osh"), ("Karakol", "Karakol"), ("Naryn", "Naryn"), ("Jalal-Abad", "Jalal-Abad")]),
    ("PE", 6, "Peru", "Peru", [("Lima", "Lima"), ("Cusco", "Cusco"), ("Arequipa", "Arequipa"), ("Iquitos", "Iquitos"), ("Puno", "Puno")]),
    ("BE", 5, "België", "Belgium", [("Brussel", "Brussels"), ("Antwerpen", "Antwerp"), ("Gent", "Ghent"), ("Luik", "Liège")]),
    ("UA", 4, "Oekraïne", "Ukraine", [("Kyiv", "Kyiv"), ("Lviv", "Lviv"), ("Charkiv", "Kharkiv")]),
    ("XK", 2, "Kosovo", "Kosovo", [("Pristina", "Pristina"), ("Prizren", "Prizren")]),
    ("AL", 2, "Albanië", "Albania", [("Tirana", "Tirana"), ("Shkodër", "Shkodër")]),
    ("RS", 2, "Servië", "Serbia", [("Belgrado", "Belgrade"), ("Novi Sad", "Novi Sad")]),
    ("BA", 2, "Bosnië en Herzegovina", "Bosnia and Herzegovina", [("Sarajevo", "Sarajevo"), ("Tuzla", "Tuzla")]),
    ("MK", 2, "Noord-Macedonië", "North Macedonia", [("Skopje", "Skopje"), ("Bitola", "Bitola")]),
    ("MD", 2, "Moldavië", "Moldova", [("Chisinau", "Chisinau"), ("Bălți", "Bălți")]),
    ("RO", 2, "Roemenië", "Romania", [("Boekarest", "Bucharest"), ("Cluj-Napoca", "Cluj-Napoca")]),
    ("KZ", 2, "Kazachstan", "Kazakhstan", [("Almaty", "Almaty"), ("Shymkent", "Shymkent")]),
    ("TJ", 2, "Tadzjikistan", "Tajikistan", [("Dushanbe", "Dushanbe"), ("Khujand", "Khujand")]),
    ("UZ", 2, "Oezbekistan", "Uzbekistan", [("Tasjkent", "Tashkent"), ("Samarkand", "Samarkand")]),
    ("IN", 3, "India", "India", [("Delhi", "Delhi"), ("Kolkata", "Kolkata"), ("Chennai", "Chennai")]),
    ("NP", 2, "Nepal", "Nepal", [("Kathmandu", "Kathmandu"), ("Pokhara", "Pokhara")]),
    ("BD", 2, "Bangladesh", "Bangladesh", [("Dhaka", "Dhaka"), ("Chittagong", "Chittagong")]),
    ("KE", 3, "Kenia", "Kenya", [("Nairobi", "Nairobi"), ("Kisumu", "Kisumu"), ("Mombasa", "Mombasa")]),
    ("UG", 3, "Oeganda", "Uganda", [("Kampala", "Kampala"), ("Gulu", "Gulu")]),
    ("TZ", 2, "Tanzania", "Tanzania", [("Dar es Salaam", "Dar es Salaam"), ("Arusha", "Arusha")]),
    ("ET", 2, "Ethiopië", "Ethiopia", [("Addis Abeba", "Addis Ababa"), ("Bahir Dar", "Bahir Dar")]),
    ("SL", 2, "Sierra Leone", "Sierra Leone", [("Freetown", "Freetown"), ("Bo", "Bo")]),
    ("LR", 1, "Liberia", "Liberia", [("Monrovia", "Monrovia")]),
    ("GH", 2, "Ghana", "Ghana", [("Accra", "Accra"), ("Kumasi", "Kumasi")]),
    ("ZA", 2, "Zuid-Afrika", "South Africa", [("Kaapstad", "Cape Town"), ("Durban", "Durban")]),
    ("MW", 1, "Malawi", "Malawi", [("Lilongwe", "Lilongwe")]),
    ("MZ", 1, "Mozambique", "Mozambique", [("Maputo", "Maputo")]),
    ("BO", 2, "Bolivia", "Bolivia", [("La Paz", "La Paz"), ("Cochabamba", "Cochabamba")]),
    ("CO", 2, "Colombia", "Colombia", [("Bogotá", "Bogotá"), ("Medellín", "Medellín")]),
    ("GT", 2, "Guatemala", "Guatemala", [("Guatemala-Stad", "Guatemala City")]),
    ("HT", 1, "Haïti", "Haiti", [("Port-au-Prince", "Port-au-Prince")]),
    ("PH", 2, "Filipijnen", "the Philippines", [("Manilla", "Manila"), ("Cebu", "Cebu")]),
    ("KH", 2, "Cambodja", "Cambodia", [("Phnom Penh", "Phnom Penh"), ("Siem Reap", "Siem Reap")]),
    ("ID", 2, "Indonesië", "Indonesia", [("Jakarta", "Jakarta"), ("Medan", "Medan")]),
    ("DE", 1, "Duitsland", "Germany", [("Berlijn", "Berlin"), ("Keulen", "Cologne")]),
]
# fmt: on

GROUPS = [
    ("kinderen", "children"),
    ("jongeren", "young people"),
    ("meisjes", "girls"),
    ("straatkinderen", "street children"),
    ("alleenstaande minderjarige vluchtelingen", "unaccompanied refugee minors"),
    ("kinderen in instellingen", "children in institutions"),
    ("pleegkinderen", "foster children"),
    ("kinderen met een beperking", "children with disabilities"),
    ("tieners in kindertehuizen", "teenagers in children's homes"),
    ("kinderen van arbeidsmigranten", "children of labour migrants"),
    ("jonge moeders", "young mothers"),
    ("kinderen in aanraking met justitie", "children in conflict with the law"),
]

ACTIONS = [
    ("Bescherming van", "Protecting"),
    ("Steun voor", "Support for"),
    ("Onderwijs voor", "Education for"),
    ("Rechtshulp voor", "Legal aid for"),
    ("Een stem voor", "A voice for"),
    ("Veilige plekken voor", "Safe spaces for"),
    ("Psychosociale hulp aan", "Psychosocial support for"),
    ("Zorg in gezinnen voor", "Family-based care for"),
    ("Weerbaarheid van", "Resilience of"),
    ("Gezondheidszorg voor", "Health care for"),
]

CONTEXTS = [
    ("tegen geweld", "against violence"),
    ("tegen uitbuiting", "against exploitation"),
    ("op school", "at school"),
    ("in de jeugdzorg", "in youth care"),
    ("in het jeugdrecht", "in juvenile justice"),
    ("langs de migratieroute", "along the migration route"),
    ("na een ramp", "after a disaster"),
    ("online en offline", "online and offline"),
    ("in de wijk", "in the neighbourhood"),
    ("", ""),
]

SUMMARIES = [
    (
        "{Group} in {city} krijgen steun en bescherming, zodat zij veilig kunnen opgroeien.",
        "{Group} in {city} receive support and protection, so that they can grow up safely.",
    ),
    (
        "Het project versterkt de hulp aan {group} in {country} en brengt hulpverleners, "
        "scholen en gemeenten samen.",
        "The project strengthens help for {group} in {country} and brings social workers, "
        "schools and municipalities together.",
    ),
    (
        "Samen met lokale partners werken we aan {theme} voor {group} in {city}.",
        "Together with local partners we work on {theme} for {group} in {city}.",
    ),
    (
        "{Group} leren hun rechten kennen en krijgen een stem in beslissingen die hen raken.",
        "{Group} learn about their rights and get a say in decisions that affect them.",
    ),
    (
        "Een aanpak van {theme} die uitgaat van het belang van het kind, in {country}.",
        "An approach to {theme} built on the best interests of the child, in {country}.",
    ),
    (
        "Ouders, leerkrachten en jeugdwerkers in {city} leren signalen van geweld te herkennen.",
        "Parents, teachers and youth workers in {city} learn to recognise signs of violence.",
    ),
]

SENTENCES = [
    (
        "In {city} werken {n} vrijwilligers en professionals samen met {group}.",
        "In {city}, {n} volunteers and professionals work together with {group}.",
    ),
    (
        "Het project sluit aan bij het Kinderrechtenverdrag en bij de nationale plannen van "
        "{country}.",
        "The project follows the Convention on the Rights of the Child and the national plans "
        "of {country}.",
    ),
    (
        "Medewerkers van gemeenten, politie en scholen volgen trainingen over {theme}.",
        "Staff of municipalities, police and schools take part in training on {theme}.",
    ),
    (
        "Kinderen en jongeren denken mee over de aanpak en beoordelen de resultaten.",
        "Children and young people help shape the approach and assess the results.",
    ),
    (
        "Gezinnen in een kwetsbare situatie krijgen begeleiding aan huis.",
        "Families in a vulnerable situation receive support at home.",
    ),
    (
        "Een meldpunt en een telefonische hulplijn zijn dag en nacht bereikbaar.",
        "A reporting point and a telephone helpline are open day and night.",
    ),
    (
        "De partners delen hun kennis in een netwerk met organisaties uit {country}.",
        "The partners share their knowledge in a network with organisations from {country}.",
    ),
    (
        "Pleeggezinnen en kleinschalige woonvormen vervangen de grote kindertehuizen.",
        "Foster families and small group homes replace the large children's institutions.",
    ),
    (
        "Jaarlijks bereikt het project ongeveer {n} kinderen en hun ouders.",
        "Each year the project reaches about {n} children and their parents.",
    ),
    (
        "Advocaten bieden gratis rechtshulp aan {group} in {city}.",
        "Lawyers offer free legal aid to {group} in {city}.",
    ),
    (
        "De aanpak van {theme} wordt onafhankelijk geëvalueerd.",
        "The approach to {theme} is evaluated independently.",
    ),
    (
        "Lokale overheden nemen de werkwijze over in hun eigen beleid.",
        "Local authorities adopt the way of working in their own policies.",
    ),
]

# Organisation names: (Dutch, English) parts.
TOPICS = [
    ("Kinderhulp", "Child Aid"),
    ("Jeugdrecht", "Youth Justice"),
    ("Veilig Opgroeien", "Growing Up Safely"),
    ("Kinderstem", "Children's Voice"),
    ("Zorg voor Kinderen", "Care for Children"),
    ("Kansen voor Kinderen", "Chances for Children"),
    ("Kinderbescherming", "Child Protection"),
    ("Gezinszorg", "Family Care"),
    ("Straatkinderen", "Street Children"),
    ("Meisjesrechten", "Girls' Rights"),
    ("Kinderrechten", "Children's Rights"),
    ("Jeugd en Toekomst", "Youth and Future"),
]
SURNAMES = [
    "Van den Berg", "De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder",
    "De Boer", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Dijkstra", "Kok",
    "Verhoeven", "Willems", "Maes", "Claes", "Goossens", "Wouters", "Janssens", "Peeters",
]  # fmt: skip
MINISTRIES = [
    ("Sociale Zaken", "Social Affairs"),
    ("Onderwijs", "Education"),
    ("Justitie", "Justice"),
    ("Volksgezondheid", "Health"),
    ("Buitenlandse Zaken", "Foreign Affairs"),
]
SAINTS = ["Sint-Jan", "Sint-Pieter", "Sint-Maarten", "Sint-Nicolaas", "Onze-Lieve-Vrouw"]
COMPANY_SUFFIXES = ["Groep", "Holding", "Verzekeringen", "Bank", "Bouw", "Techniek"]

PILLARS = [
    ("Kinderrechten waarmaken", "Realising children's rights"),
    ("Opgroeien in een gezin", "Growing up in a family"),
    ("Samen sterker", "Stronger together"),
]
GOALS = [
    ("Het Kinderrechtenverdrag overal toegepast", "The Convention applied everywhere"),
    ("Minder kinderen in instellingen", "Fewer children in institutions"),
    ("Kinderen gehoord in het jeugdrecht", "Children heard in juvenile justice"),
    ("Geweld tegen kinderen voorkomen", "Violence against children prevented"),
    ("Pleegzorg van goede kwaliteit", "Good quality foster care"),
    ("Kennis gedeeld tussen de leden", "Knowledge shared between the members"),
    ("Eén stem richting de politiek", "One voice towards politics"),
    ("Jongeren aan tafel", "Young people at the table"),
]
# fmt: off
FRAMEWORKS = [
    ("Verdrag inzake de rechten van het kind", "Convention on the Rights of the Child", "IVRK", 1989),
    ("Verklaring van Stockholm", "Stockholm Declaration", "", 1996),
    ("VN-richtlijnen voor alternatieve zorg", "UN Guidelines for the Alternative Care of Children", "", 2009),
]
# fmt: on
PRINCIPLES = [
    ("Het belang van het kind staat voorop", "The best interests of the child come first"),
    ("Dicht bij de doelgroep", "Close to the people we serve"),
    ("Samenwerken met de overheid", "Working with the authorities"),
    ("Kinderen praten mee", "Children have a say"),
    ("Onafhankelijk en transparant", "Independent and transparent"),
]
REACH_LABELS = [
    ("kinderen per jaar", "children a year"),
    ("deelnemers per maand", "participants a month"),
    ("getrainde professionals", "trained professionals"),
    ("gezinnen begeleid", "families supported"),
]
INSTRUMENT_TOPICS = [
    ("Fonds Kinderbescherming", "Child Protection Fund"),
    ("Programma Jeugd en Recht", "Youth and Justice Programme"),
    ("Fonds Gezinszorg", "Family Care Fund"),
    ("Onderwijsprogramma", "Education Programme"),
    ("Noodfonds", "Emergency Fund"),
]
PARTNERSHIP_TOPICS = [
    ("Samenwerking bij de opvang van kinderen.", "Cooperation on the care of children."),
    ("Gezamenlijke training van professionals.", "Joint training of professionals."),
    ("Doorverwijzing van kinderen en gezinnen.", "Referral of children and families."),
    ("Samen lobbyen voor betere wetgeving.", "Joint advocacy for better laws."),
]
