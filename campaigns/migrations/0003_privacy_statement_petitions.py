"""The default privacy statement says what a petition keeps and for how long.

Only a statement whose closing heading is still the one migrations 0002 and 0009 of the
site wrote, and that says nothing of petitions yet, is changed; it gets a new version
label (newsletter consents record the version they saw). A statement the secretariat has
rewritten is left as it is. The number of days is CAMPAIGN_SIGNATURE_RETENTION_DAYS as it
is when the migration runs (the page is text kept in the database); whoever changes the
setting later changes the statement too.
"""

from django.conf import settings
from django.db import migrations

VERSION = "2026-4"
ANCHOR_NL = "<h2>Afmelden en je gegevens laten verwijderen</h2>"
ANCHOR_EN = "<h2>Unsubscribing and having your details removed</h2>"

SECTION_NL = """<h2>Petities</h2>
<p>Als je een petitie ondertekent, bewaren wij je naam, je e-mailadres, je woonplaats als je die opgeeft, of je naam op de pagina mag staan, de taal van het formulier, de tekst waarmee je toestemming gaf en wanneer je tekende en bevestigde. Je handtekening telt pas mee als je haar bevestigt met de link in onze e-mail; een handtekening die je niet binnen een week bevestigt, verwijderen wij. Je e-mailadres tonen wij nooit; je naam en woonplaats alleen als je daarvoor kiest. De organisaties achter de campagne kunnen de bevestigde handtekeningen ontvangen om de petitie aan te bieden. {days} dagen na het einde van de campagne verwijderen wij alle handtekeningen; alleen hun aantal blijft staan.</p>
"""
SECTION_EN = """<h2>Petitions</h2>
<p>When you sign a petition, we keep your name, your e-mail address, your town if you give it, whether your name may be shown on the page, the language of the form, the text you agreed to, and when you signed and confirmed. Your signature counts only once you confirm it with the link in our e-mail; a signature not confirmed within a week is deleted. We never show your e-mail address, and your name and town only if you choose so. The organisations behind the campaign may receive the confirmed signatures to hand the petition over. {days} days after the campaign ends we delete all its signatures; only their number remains.</p>
"""


def add_petitions(apps, schema_editor):
    SitePage = apps.get_model("cpcportal", "SitePage")
    days = getattr(settings, "CAMPAIGN_SIGNATURE_RETENTION_DAYS", 90)
    for page in SitePage.objects.filter(key="privacy"):
        body_nl, body_en = page.body_nl or "", page.body_en or ""
        if ANCHOR_NL not in body_nl or ANCHOR_EN not in body_en:
            continue
        if "<h2>Petities</h2>" in body_nl or "<h2>Petitions</h2>" in body_en:
            continue
        page.body_nl = page.body = body_nl.replace(
            ANCHOR_NL, SECTION_NL.format(days=days) + ANCHOR_NL
        )
        page.body_en = body_en.replace(ANCHOR_EN, SECTION_EN.format(days=days) + ANCHOR_EN)
        page.version = VERSION
        page.save(update_fields=["body", "body_nl", "body_en", "version"])


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0002_roles"),
        ("cpcportal", "0011_default_contact_page"),
    ]

    operations = [migrations.RunPython(add_petitions, migrations.RunPython.noop)]
