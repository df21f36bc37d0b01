"""Visitors get no cookie any more (issue #11): the default privacy statement says so.

Only a statement whose cookie paragraph is still the one migration 0002 wrote is changed,
and it gets a new version label (newsletter consents record the version they saw); a
statement the secretariat has rewritten is left as it is.
"""

from django.db import migrations

VERSION = "2026-2"
OLD_NL = "<p>Wij gebruiken geen cookies om bezoekers te volgen, geen advertentienetwerken en geen statistiekdiensten van derden. Daarom vragen wij ook niet om toestemming voor cookies. De website plaatst alleen functionele cookies: een cookie dat uw taalkeuze onthoudt, een beveiligingscookie dat formulieren tegen misbruik beschermt (CSRF), en een sessiecookie voor medewerkers die inloggen om de inhoud te beheren.</p>"
OLD_EN = "<p>We do not use cookies to follow visitors, no advertising networks and no third-party analytics. That is why we do not ask for consent to cookies. The website only sets functional cookies: one that remembers your language, a security cookie that protects forms against abuse (CSRF), and a session cookie for staff who sign in to edit the content.</p>"
NEW_NL = "<p>Wij gebruiken geen cookies om bezoekers te volgen, geen advertentienetwerken en geen statistiekdiensten van derden. Daarom vragen wij ook niet om toestemming voor cookies. Bezoekers krijgen van deze website geen enkel cookie. Alleen medewerkers die inloggen om de inhoud te beheren, krijgen twee functionele cookies: een sessiecookie en een beveiligingscookie dat hun formulieren tegen misbruik beschermt (CSRF).</p>"
NEW_EN = "<p>We do not use cookies to follow visitors, no advertising networks and no third-party analytics. That is why we do not ask for consent to cookies. Visitors get no cookie at all from this website. Only staff who sign in to edit the content get two functional cookies: a session cookie and a security cookie that protects their forms against abuse (CSRF).</p>"


def say_no_cookies(apps, schema_editor):
    SitePage = apps.get_model("cpcportal", "SitePage")
    for page in SitePage.objects.filter(key="privacy"):
        if OLD_NL not in page.body_nl or OLD_EN not in (page.body_en or ""):
            continue
        page.body_nl = page.body = page.body_nl.replace(OLD_NL, NEW_NL)
        page.body_en = page.body_en.replace(OLD_EN, NEW_EN)
        page.version = VERSION
        page.save(update_fields=["body", "body_nl", "body_en", "version"])


class Migration(migrations.Migration):
    dependencies = [("cpcportal", "0004_rate_limit_counter")]

    operations = [migrations.RunPython(say_no_cookies, migrations.RunPython.noop)]
