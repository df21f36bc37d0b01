"""Rich text from the admin: the editor's toolbar and the server's cleaning allow the same.

Editors write in django-prose-editor (Tiptap). Its toolbar offers exactly what
`sanitise_html` keeps: paragraphs, headings of levels 2 and 3 (the page has its h1), bold,
italic, links, bullet and numbered lists, and line breaks. The server cleans every save
whatever the source (admin, a crafted POST, an import): the models call `sanitise_html` in
`save()`. `tests/core/test_richtext.py` holds the two lists together.
"""

import json

import nh3
from django import forms
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.forms import Script
from django_prose_editor.config import expand_extensions

# Tiptap extensions of the toolbar (django-prose-editor's names). Document, Text,
# Paragraph, History (undo/redo), the drop and gap cursors and the menu come by default.
EDITOR_EXTENSIONS = {
    "Heading": {"levels": [2, 3]},
    "Bold": True,
    "Italic": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "HardBreak": True,
    # On by default in django-prose-editor; editors want their spelling checked.
    "NoSpellCheck": False,
}

ALLOWED_TAGS = {"p", "br", "h2", "h3", "strong", "em", "a", "ul", "ol", "li"}
# A numbered list may start at another number ("3. " typed at a paragraph's start).
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto"}


def sanitise_html(html: str) -> str:
    """Remove scripts, event handlers, styles and unknown tags; links get rel=noopener."""
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    ).strip()


class RichTextWidget(forms.Textarea):
    """A textarea that static/js/richtext-editor.js turns into the editor.

    Not django-prose-editor's own widget: that one loads its modules through an inline
    import map, and Tiptap injects an inline <style>; our CSP (script-src and style-src
    'self') refuses both. Our module imports the editor by its static path and turns the
    style injection off (static/css/richtext-editor.css has those rules instead).
    """

    class Media:
        css = {
            "all": [
                "django_prose_editor/material-icons.css",
                "django_prose_editor/editor.css",
                "django_prose_editor/overrides.css",
                "css/richtext-editor.css",
            ]
        }
        js = [Script("js/richtext-editor.js", type="module")]

    def __init__(self, attrs=None):
        config = {"extensions": expand_extensions(EDITOR_EXTENSIONS)}
        attrs = {
            "data-richtext": json.dumps(config, separators=(",", ":"), cls=DjangoJSONEncoder),
            **(attrs or {}),
        }
        super().__init__(attrs)

    def use_required_attribute(self, initial):
        # The textarea is hidden behind the editor; a browser cannot point at it.
        return False


class RichTextField(models.TextField):
    """A text column holding cleaned HTML, edited with the rich-text editor.

    In the database and in migrations it is a plain TextField, so changing a field to it
    needs no migration.
    """

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.TextField", args, kwargs

    def formfield(self, **kwargs):
        # The admin passes its own textarea for every TextField; the editor replaces it.
        kwargs["widget"] = RichTextWidget
        return super().formfield(**kwargs)
