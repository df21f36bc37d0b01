"""The contact page as a starting point; the secretariat edits it like the statements.

The secretariat's name, place, e-mail address and website are added by the page's
template from the portal network's profile (templates/cpcportal/contact.html), so this
text only says whom to ask what.
"""

from django.db import migrations

VERSION = "2026-1"

BODY_NL = """<p>Heb je een vraag over het netwerk, over een project of over deze website? Neem contact op met het secretariaat van het netwerk. Wij antwoorden binnen vijf werkdagen.</p>
<h2>Vragen over een project of organisatie</h2>
<p>Een vraag over een bepaald project stel je het best aan de organisatie die het leidt: op haar profiel vind je haar website en e-mailadres.</p>
<h2>Pers</h2>
<p>Ben je journalist? Het secretariaat brengt je in contact met een woordvoerder van het netwerk of met een van de leden. Zet in je bericht dat het om een persvraag gaat en wanneer je het antwoord nodig hebt.</p>"""

BODY_EN = """<p>Do you have a question about the network, about a project or about this website? Contact the network's secretariat. We answer within five working days.</p>
<h2>Questions about a project or an organisation</h2>
<p>A question about a particular project is best asked of the organisation that leads it: its profile gives its website and e-mail address.</p>
<h2>Press</h2>
<p>Are you a journalist? The secretariat puts you in touch with a spokesperson of the network or with one of its members. Say in your message that it is a press enquiry and when you need the answer.</p>"""


def create_page(apps, schema_editor):
    SitePage = apps.get_model("cpcportal", "SitePage")
    SitePage.objects.get_or_create(
        key="contact",
        defaults={
            "title": "Contact",
            "title_nl": "Contact",
            "title_en": "Contact",
            "body": BODY_NL,
            "body_nl": BODY_NL,
            "body_en": BODY_EN,
            "version": VERSION,
        },
    )


class Migration(migrations.Migration):
    dependencies = [("cpcportal", "0010_contact_page_key")]

    operations = [migrations.RunPython(create_page, migrations.RunPython.noop)]
