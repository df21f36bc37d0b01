"""core.history: what changed between two versions, one line per field, in words."""

import pytest
from django.utils import translation

from core.history import FieldChange, changes_between, word_diff
from donors.models import Funding
from tests.factories import DonorFactory, FundingFactory, ProjectFactory

pytestmark = pytest.mark.django_db

LONG_DUTCH = (
    "Noodhulp voor gezinnen in zeven wijken van Bisjkek: voedselpakketten, hygiënemiddelen "
    "en psychosociale steun voor kinderen en hun ouders, met vrijwilligers uit de buurt die "
    "de gezinnen kennen en elke week langsgaan om te vragen wat er nodig is."
)


def two_versions(obj):
    newer, older = obj.history.all()[:2]
    return older, newer


def test_a_translated_field_is_one_line_per_language_never_the_base_column():
    project = ProjectFactory(summary_nl="Oud", summary_en="Old")
    project.summary_nl = "Nieuw"
    project.save()

    with translation.override("nl"):
        changes = changes_between(*two_versions(project))

    assert changes == [FieldChange("Samenvatting (Nederlands)", "Oud", "Nieuw")]


def test_labels_follow_the_active_language():
    project = ProjectFactory(title_en="Old title")
    project.title_en = "New title"
    project.save()

    with translation.override("en"):
        (change,) = changes_between(*two_versions(project))

    assert change.label == "Title (English)"


def test_long_text_is_a_word_diff_not_a_cut_value():
    project = ProjectFactory(summary_nl=LONG_DUTCH)
    project.summary_nl = LONG_DUTCH.replace("zeven wijken", "negen wijken")
    project.save()

    with translation.override("nl"):
        (change,) = changes_between(*two_versions(project))

    assert "[" not in change.diff_html  # nothing like "Noodh[23 chars]ren"
    assert '<del><span class="visually-hidden">verwijderd: </span>zeven</del>' in change.diff_html
    assert '<ins><span class="visually-hidden">toegevoegd: </span>negen</ins>' in change.diff_html
    assert "Noodhulp voor gezinnen in" in change.diff_html


def test_rich_text_is_compared_as_the_words_a_visitor_reads():
    with translation.override("en"):
        diff = word_diff("<p>Kind &amp; ouder</p><p>leren</p>", "<p>Kind &amp; ouder</p>")

    removed = '<del><span class="visually-hidden">removed: </span>leren</del>'
    assert diff == f"Kind &amp; ouder {removed}"


def test_markup_alone_is_said_so():
    with translation.override("en"):
        assert "Only the formatting changed." in word_diff("<p>Hallo</p>", "<p><b>Hallo</b></p>")


def test_a_diff_escapes_what_it_shows():
    diff = word_diff("a <script>x</script>", "a &lt;b&gt;")

    assert "<script>" not in diff and "<b>" not in diff


def test_foreign_keys_by_their_label_and_empty_values_said_so():
    funding = FundingFactory(donor=DonorFactory(name_nl="UNICEF"))
    funding.donor = DonorFactory(name_nl="Wilde Ganzen")
    funding.amount, funding.currency = 5000, "EUR"
    funding.save()
    versions = Funding.history.select_related("donor").filter(id=funding.pk)
    newer, older = versions[:2]

    with translation.override("nl"):
        changes = {change.label: change for change in changes_between(older, newer)}

    assert set(changes) == {"Donor", "Bedrag", "Valuta"}, changes
    assert (changes["Donor"].old, changes["Donor"].new) == ("UNICEF", "Wilde Ganzen")
    assert (changes["Valuta"].old, changes["Valuta"].new) == ("(leeg)", "EUR")
    assert changes["Bedrag"].new == "5000,00"


def test_choices_by_their_label_even_in_a_list():
    project = ProjectFactory(countries=["KG"])
    project.countries = ["KG", "NL"]
    project.save()

    with translation.override("nl"):
        (change,) = changes_between(*two_versions(project))

    assert (change.old, change.new) == ("Kirgizië", "Kirgizië, Nederland")
