"""The open-data page as a starting point; the secretariat edits it like the statements.

The addresses of the files, the API and the licence are added by the page's template
(templates/cpcportal/open_data.html), so this text only explains them.
"""

from django.db import migrations

VERSION = "2026-1"

BODY_NL = """<p>Het netwerk publiceert wat het over zijn projecten weet als open data: wie een project leidt en uitvoert, waar en wanneer het loopt, welke thema's het heeft en welke donoren het financieren. Dezelfde gegevens die je op deze website leest, kun je ook in je eigen programma's gebruiken. Je vindt hier alleen wat ook op de website openbaar is: concepten en niet-gepubliceerde organisaties blijven erbuiten.</p>
<h2>Wat je kunt downloaden</h2>
<ul>
<li><strong>IATI-bestanden</strong> volgens de standaard van het International Aid Transparency Initiative (versie 2.03), voor het hele netwerk en per lid dat een IATI-identificatie heeft.</li>
<li><strong>Een JSON-API</strong> om projecten, organisaties, donoren, landen en thema's op te vragen, met dezelfde filters en zoekfunctie als de projectenlijst.</li>
<li><strong>CSV-bestanden</strong> die je in een spreadsheet opent.</li>
</ul>
<h2>Je IATI-bestand aanmelden bij het IATI Registry</h2>
<p>Organisaties die geld krijgen van het ministerie van Buitenlandse Zaken moeten hun activiteiten in IATI publiceren. Het portaal maakt het bestand voor je; je meldt het zelf één keer aan:</p>
<ol>
<li>Vraag het secretariaat om de IATI-organisatie-identificatie van je organisatie in te vullen, bijvoorbeeld NL-KVK-12345678 (je KvK-nummer).</li>
<li>Maak een account op het IATI Registry (iatiregistry.org) en vraag daar een publisher aan met dezelfde identificatie.</li>
<li>Voeg in het Registry twee bestanden toe en geef als adres de links onder 'IATI-bestanden' op deze pagina: het activiteitenbestand en het organisatiebestand van je organisatie.</li>
<li>Het Registry haalt de bestanden voortaan zelf op. Wat je in het portaal verandert, staat er zo vanzelf in.</li>
<li>Controleer je bestanden met de IATI Validator; in het beheer van het portaal zie je per project wat er nog ontbreekt.</li>
</ol>"""

BODY_EN = """<p>The network publishes what it knows about its projects as open data: who leads and carries out a project, where and when it runs, its themes and the donors that fund it. The same information you read on this website can be used in your own programs. You only find here what is public on the website too: drafts and unpublished organisations are left out.</p>
<h2>What you can download</h2>
<ul>
<li><strong>IATI files</strong> following the standard of the International Aid Transparency Initiative (version 2.03), for the whole network and for each member with an IATI identifier.</li>
<li><strong>A JSON API</strong> to query projects, organisations, donors, countries and themes, with the same filters and search as the project list.</li>
<li><strong>CSV files</strong> that open in a spreadsheet.</li>
</ul>
<h2>Registering your IATI file with the IATI Registry</h2>
<p>Organisations funded by the Dutch Ministry of Foreign Affairs must publish their activities in IATI. The portal writes the file for you; you register it yourself, once:</p>
<ol>
<li>Ask the secretariat to fill in your organisation's IATI organisation identifier, for example NL-KVK-12345678 (your Chamber of Commerce number).</li>
<li>Create an account on the IATI Registry (iatiregistry.org) and apply there for a publisher with the same identifier.</li>
<li>Add two files in the Registry, giving as their addresses the links under 'IATI files' on this page: your organisation's activities file and its organisation file.</li>
<li>From then on the Registry fetches the files itself, so whatever you change in the portal reaches it on its own.</li>
<li>Check your files with the IATI Validator; the portal's admin shows per project what is still missing.</li>
</ol>"""


def create_page(apps, schema_editor):
    SitePage = apps.get_model("cpcportal", "SitePage")
    SitePage.objects.get_or_create(
        key="open-data",
        defaults={
            "title": "Open data",
            "title_nl": "Open data",
            "title_en": "Open data",
            "body": BODY_NL,
            "body_nl": BODY_NL,
            "body_en": BODY_EN,
            "version": VERSION,
        },
    )


class Migration(migrations.Migration):
    dependencies = [("cpcportal", "0007_open_data_page_key")]

    operations = [migrations.RunPython(create_page, migrations.RunPython.noop)]
