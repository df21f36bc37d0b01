"""The default privacy statement tells visitors the truth about cookies: they get none."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("lang", "no_cookie", "old_claim"),
    [
        ("nl", "Bezoekers krijgen van deze website geen enkel cookie.", "uw taalkeuze"),
        ("en", "Visitors get no cookie at all from this website.", "remembers your language"),
    ],
)
def test_the_privacy_statement_says_visitors_get_no_cookie(lang, no_cookie, old_claim):
    response = Client().get(f"/{lang}/privacy/")

    assert no_cookie in response.text
    assert old_claim not in response.text
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("path", ["/nl/privacy/", "/nl/accessibility/"])
def test_the_dutch_statements_address_the_visitor_as_je(path):
    # The public site says "je" everywhere (issue #16); the default statements said "u".
    import re

    text = Client().get(path).text
    main = text[text.index("<main") : text.index("</main>")]

    assert not re.findall(r"\b(u|uw|U|Uw)\b", main)
    assert re.search(r"\b(je|jij|jou|Je|Loop je)\b", main)
