"""The editor's toolbar and the server's cleaning allow the same HTML."""

from django_prose_editor.config import allowlist_from_extensions

from core.richtext import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, EDITOR_EXTENSIONS, sanitise_html


def test_the_toolbar_makes_exactly_the_tags_the_server_keeps():
    editor = allowlist_from_extensions(EDITOR_EXTENSIONS)

    assert editor["tags"] == ALLOWED_TAGS
    assert editor["url_schemes"] == {"http", "https", "mailto"}


def test_the_server_keeps_no_attribute_the_toolbar_cannot_set():
    editor = allowlist_from_extensions(EDITOR_EXTENSIONS)["attributes"]

    for tag, attributes in ALLOWED_ATTRIBUTES.items():
        assert attributes <= set(editor[tag]), tag


def test_what_the_toolbar_makes_survives_the_cleaning():
    html = (
        "<h2>Doel</h2><h3>Aanpak</h3><p><strong>Vet</strong>, <em>cursief</em><br>en "
        '<a href="https://example.org/" title="Voorbeeld">een link</a></p>'
        '<ul><li><p>een</p></li></ul><ol start="3"><li><p>drie</p></li></ol>'
    )

    assert sanitise_html(html) == html.replace(
        'title="Voorbeeld"', 'title="Voorbeeld" rel="noopener noreferrer"'
    )
