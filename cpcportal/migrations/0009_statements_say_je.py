"""The public site addresses its visitors with "je" (issue #16): the default privacy and
accessibility statements of migration 0002 said "u".

Only sentences still as migration 0002 (or 0005) wrote them are changed; whatever the
secretariat has rewritten is left as it is. A privacy statement that changed gets a new
version label, as newsletter consents record the version they saw.
"""

from django.db import migrations

VERSION = "2026-3"
PRIVACY = [
    ("en hoe u ze weer laat verwijderen.", "en hoe je ze weer laat verwijderen."),
    ("een cookie dat uw taalkeuze onthoudt", "een cookie dat je taalkeuze onthoudt"),
    (
        "Als u zich aanmeldt voor de nieuwsbrief, bewaren wij:",
        "Als je je aanmeldt voor de nieuwsbrief, bewaren wij:",
    ),
    (
        "<li>uw e-mailadres, om de nieuwsbrief te kunnen versturen;</li>",
        "<li>je e-mailadres, om je de nieuwsbrief te kunnen sturen;</li>",
    ),
    (
        "<li>uw naam, als u die opgeeft, om u persoonlijk aan te spreken;</li>",
        "<li>je naam, als je die opgeeft, om je persoonlijk aan te spreken;</li>",
    ),
    (
        "<li>de taal waarin u de nieuwsbrief wilt ontvangen;</li>",
        "<li>de taal waarin je de nieuwsbrief wilt ontvangen;</li>",
    ),
    (
        "het bewijs van uw toestemming: het tijdstip van aanmelding en van bevestiging, de "
        "tekst waarmee u toestemming gaf, de versie van deze privacyverklaring die u te zien "
        "kreeg, de pagina vanaf waar u zich aanmeldde, en uw IP-adres in ingekorte vorm, "
        "zodat het niet naar u persoonlijk te herleiden is.",
        "het bewijs van je toestemming: het tijdstip van aanmelding en van bevestiging, de "
        "tekst waarmee je toestemming gaf, de versie van deze privacyverklaring die je te zien "
        "kreeg, de pagina vanaf waar je je aanmeldde, en je IP-adres in ingekorte vorm, "
        "zodat het niet naar jou persoonlijk te herleiden is.",
    ),
    (
        "dat u zelf om de nieuwsbrief vroeg. Wij gebruiken uw gegevens",
        "dat je zelf om de nieuwsbrief vroeg. Wij gebruiken je gegevens",
    ),
    (
        "<h2>Afmelden en uw gegevens laten verwijderen</h2>",
        "<h2>Afmelden en je gegevens laten verwijderen</h2>",
    ),
    (
        "een link waarmee u zich direct afmeldt. U kunt ons ook vragen welke gegevens wij "
        "van u hebben,",
        "een link waarmee je je direct afmeldt. Je kunt ons ook vragen welke gegevens wij "
        "van je hebben,",
    ),
    (
        "Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht",
        "Ben je het niet eens met hoe wij met je gegevens omgaan, dan kun je een klacht",
    ),
]
ACCESSIBILITY = [("Loopt u ergens tegenaan?", "Loop je ergens tegenaan?")]


def say_je(apps, schema_editor):
    SitePage = apps.get_model("cpcportal", "SitePage")
    for key, sentences in (("privacy", PRIVACY), ("accessibility", ACCESSIBILITY)):
        for page in SitePage.objects.filter(key=key):
            body = page.body_nl or ""
            for formal, informal in sentences:
                body = body.replace(formal, informal)
            if body == page.body_nl:
                continue
            page.body_nl = page.body = body
            fields = ["body", "body_nl"]
            if key == "privacy":
                page.version = VERSION
                fields.append("version")
            page.save(update_fields=fields)


class Migration(migrations.Migration):
    dependencies = [("cpcportal", "0008_default_open_data_page")]

    operations = [migrations.RunPython(say_je, migrations.RunPython.noop)]
