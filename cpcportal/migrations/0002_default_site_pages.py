"""The privacy and accessibility statements as a starting point; the secretariat edits them."""

from django.db import migrations

VERSION = "2026-1"

PRIVACY_NL = """<p>Dit portaal laat zien wat het netwerk en zijn leden doen. Wij verzamelen zo weinig mogelijk gegevens over bezoekers. Deze verklaring legt uit welke gegevens wij bewaren, waarom, en hoe u ze weer laat verwijderen.</p>
<h2>Bezoek aan de website</h2>
<p>Wij gebruiken geen cookies om bezoekers te volgen, geen advertentienetwerken en geen statistiekdiensten van derden. Daarom vragen wij ook niet om toestemming voor cookies. De website plaatst alleen functionele cookies: een cookie dat uw taalkeuze onthoudt, een beveiligingscookie dat formulieren tegen misbruik beschermt (CSRF), en een sessiecookie voor medewerkers die inloggen om de inhoud te beheren.</p>
<h2>De nieuwsbrief</h2>
<p>Als u zich aanmeldt voor de nieuwsbrief, bewaren wij:</p>
<ul>
<li>uw e-mailadres, om de nieuwsbrief te kunnen versturen;</li>
<li>uw naam, als u die opgeeft, om u persoonlijk aan te spreken;</li>
<li>de taal waarin u de nieuwsbrief wilt ontvangen;</li>
<li>het bewijs van uw toestemming: het tijdstip van aanmelding en van bevestiging, de tekst waarmee u toestemming gaf, de versie van deze privacyverklaring die u te zien kreeg, de pagina vanaf waar u zich aanmeldde, en uw IP-adres in ingekorte vorm, zodat het niet naar u persoonlijk te herleiden is.</li>
</ul>
<p>Het bewijs van toestemming bewaren wij omdat de wet van ons vraagt te kunnen aantonen dat u zelf om de nieuwsbrief vroeg. Wij gebruiken uw gegevens voor niets anders en geven ze aan niemand door.</p>
<h2>Afmelden en uw gegevens laten verwijderen</h2>
<p>Onder elke nieuwsbrief staat een link waarmee u zich direct afmeldt. U kunt ons ook vragen welke gegevens wij van u hebben, ze te verbeteren of ze te verwijderen. Neem daarvoor contact op met het secretariaat van het netwerk. Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.</p>"""

PRIVACY_EN = """<p>This portal shows what the network and its members do. We collect as little information about visitors as we can. This statement explains what we keep, why, and how to have it removed.</p>
<h2>Visiting the website</h2>
<p>We do not use cookies to follow visitors, no advertising networks and no third-party analytics. That is why we do not ask for consent to cookies. The website only sets functional cookies: one that remembers your language, a security cookie that protects forms against abuse (CSRF), and a session cookie for staff who sign in to edit the content.</p>
<h2>The newsletter</h2>
<p>When you sign up for the newsletter, we keep:</p>
<ul>
<li>your e-mail address, so that we can send you the newsletter;</li>
<li>your name, if you give it, so that we can address you personally;</li>
<li>the language you want to read the newsletter in;</li>
<li>proof of your consent: when you signed up and confirmed, the text you agreed to, the version of this privacy statement you were shown, the page you signed up from, and your IP address shortened so that it no longer points to you.</li>
</ul>
<p>We keep the proof of consent because the law asks us to be able to show that you asked for the newsletter yourself. We use your details for nothing else and share them with no one.</p>
<h2>Unsubscribing and having your details removed</h2>
<p>Every newsletter ends with a link that unsubscribes you at once. You can also ask us which details we hold about you, to correct them or to delete them: contact the network's secretariat. If you disagree with how we handle your details, you can complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).</p>"""

ACCESSIBILITY_NL = """<p>Iedereen moet dit portaal kunnen gebruiken, ook met een beperking en ook met hulpmiddelen zoals een schermlezer, vergroting of alleen een toetsenbord. Wij streven ernaar te voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA.</p>
<h2>Wat wij daarvoor doen</h2>
<ul>
<li>Alle pagina's werken zonder JavaScript en met alleen een toetsenbord; de focus is altijd zichtbaar.</li>
<li>Teksten en knoppen hebben voldoende kleurcontrast.</li>
<li>Logo's en afbeeldingen hebben een beschrijving die onze redactie invult.</li>
<li>Elke pagina heeft een duidelijke kopstructuur en een link om direct naar de inhoud te gaan.</li>
<li>De website is in het Nederlands en in het Engels te lezen.</li>
</ul>
<h2>Een probleem melden</h2>
<p>Loopt u ergens tegenaan? Laat het ons weten via het secretariaat van het netwerk. Vertel ons op welke pagina het was en wat er misging. Wij reageren binnen vijf werkdagen en lossen het probleem zo snel mogelijk op.</p>"""

ACCESSIBILITY_EN = """<p>Everyone should be able to use this portal, including people with a disability and people who use assistive technology such as a screen reader, magnification or only a keyboard. We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.</p>
<h2>What we do for that</h2>
<ul>
<li>Every page works without JavaScript and with a keyboard alone; the focus is always visible.</li>
<li>Text and buttons have enough colour contrast.</li>
<li>Logos and images have a description that our editors write.</li>
<li>Every page has a clear heading structure and a link that skips straight to the content.</li>
<li>The website can be read in Dutch and in English.</li>
</ul>
<h2>Reporting a problem</h2>
<p>Did something not work for you? Let us know through the network's secretariat. Tell us which page it was and what went wrong. We answer within five working days and fix the problem as soon as we can.</p>"""

PAGES = [
    ("privacy", "Privacyverklaring", "Privacy statement", PRIVACY_NL, PRIVACY_EN),
    (
        "accessibility",
        "Toegankelijkheidsverklaring",
        "Accessibility statement",
        ACCESSIBILITY_NL,
        ACCESSIBILITY_EN,
    ),
]


def create_pages(apps, schema_editor):
    SitePage = apps.get_model("cpcportal", "SitePage")
    for key, title_nl, title_en, body_nl, body_en in PAGES:
        SitePage.objects.get_or_create(
            key=key,
            defaults={
                "title": title_nl,
                "title_nl": title_nl,
                "title_en": title_en,
                "body": body_nl,
                "body_nl": body_nl,
                "body_en": body_en,
                "version": VERSION,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("cpcportal", "0001_initial")]

    operations = [migrations.RunPython(create_pages, migrations.RunPython.noop)]
