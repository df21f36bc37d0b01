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
