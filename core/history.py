"""What changed between two versions of an item, as an editor reads it.

django-simple-history stores each version as a row of a historical table. This module
compares two such rows field by field and says it in words: one line per changed field,
labelled by the field's verbose name, with the old and the new value shown as a person
reads them (choices and foreign keys by their label, yes/no, dates in the active
language). Long text (rich text, or anything over LONG_TEXT characters) gets a word-level
diff instead of two walls of text.

Translated fields come three times in a historical row (`summary`, `summary_nl`,
`summary_en`): only the language columns are compared, labelled "Samenvatting
(Nederlands)"; the base column only mirrors one of them.
"""

import difflib
import html
import re
from dataclasses import dataclass

from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.utils import formats
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

# Longer values than this (in characters) are shown as a word diff, not in full twice.
LONG_TEXT = 200
# In a word diff, an unchanged stretch longer than twice this many words is shortened to
# its first and last CONTEXT_WORDS words around an ellipsis.
CONTEXT_WORDS = 12

_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)
_LOOKS_LIKE_HTML = re.compile(r"<[a-z][^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str
    # For long text: the words removed and added, marked with <del> and <ins>.
    diff_html: SafeString | None = None


def compared_fields(history_model) -> list[models.Field]:
    """The fields of the tracked model an editor changes, in the model's order: no primary
    key, no automatic timestamps, and no base column of a translated field."""
    fields = list(history_model.tracked_fields)
    translated_bases = {
        field.translated_field.name for field in fields if hasattr(field, "translated_field")
    }
    return [
        field
        for field in fields
        if not field.primary_key and field.editable and field.name not in translated_bases
    ]


def field_label(field) -> str:
    translated = getattr(field, "translated_field", None)
    if translated is None:
        return str(capfirst(field.verbose_name))
    language = get_language_info(field.language)["name_translated"]
    return f"{capfirst(translated.verbose_name)} ({language})"


def changed_fields(older, newer) -> list[models.Field]:
    """The fields whose stored value differs between two historical rows of one item."""
    return [
        field for field in compared_fields(type(newer)) if _raw(older, field) != _raw(newer, field)
    ]


def changes_between(older, newer, skip: frozenset[str] = frozenset()) -> list[FieldChange]:
    """One line per changed field, oldest to newest as read in the model's field order.

    Foreign keys are labelled from the rows' cached related objects: select the related
    objects with the versions (simple_history's history queryset does) so that this runs
    no query. Fields named in `skip` are left out (the review dashboard shows the
    publication apart).
    """
    changes = []
    for field in changed_fields(older, newer):
        if field.name in skip:
            continue
        label = field_label(field)
        old, new = _raw(older, field), _raw(newer, field)
        if _is_long_text(field, old, new):
            changes.append(
                FieldChange(label, _("(long text)"), _("(long text)"), word_diff(old, new))
            )
        else:
            changes.append(FieldChange(label, display(older, field), display(newer, field)))
    return changes


def display(record, field) -> str:
    """A stored value as an editor reads it."""
    value = _raw(record, field)
    if value is None or value == "" or value == []:
        return _("(empty)")
    if isinstance(field, models.ForeignKey):
        try:
            return str(getattr(record, field.name))
        except ObjectDoesNotExist:
            return _("%(id)s (deleted)") % {"id": value}
    if isinstance(field, ArrayField):
        choices = dict(field.base_field.flatchoices)
        return ", ".join(str(choices.get(item, item)) for item in value)
    if field.flatchoices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return _("yes") if value else _("no")
    if isinstance(field, models.FileField):
        return str(value)
    if isinstance(field, models.DateTimeField | models.DateField | models.DecimalField):
        return str(formats.localize(value, use_l10n=True))
    return str(value)


def word_diff(old: str, new: str) -> SafeString:
    """The words of `new` compared with those of `old`: removed words in <del>, added ones
    in <ins>, each with a visually hidden "removed:"/"added:" for screen readers. Rich text
    is compared as the text a visitor reads; a change of markup alone is said so."""
    old_words, new_words = _words(old), _words(new)
    if old_words == new_words:
        return format_html("<p>{}</p>", _("Only the formatting changed."))
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    parts = []
    for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if operation == "equal":
            parts.append(_unchanged(old_words[old_start:old_end]))
            continue
        if old_end > old_start:
            parts.append(_marked("del", _("removed:"), old_words[old_start:old_end]))
        if new_end > new_start:
            parts.append(_marked("ins", _("added:"), new_words[new_start:new_end]))
    return mark_safe(" ".join(parts))  # noqa: S308 - every word went through escape()


def _marked(tag: str, hidden_label: str, words: list[str]) -> str:
    return (
        f'<{tag}><span class="visually-hidden">{escape(hidden_label)} </span>'
        f"{escape(' '.join(words))}</{tag}>"
    )


def _unchanged(words: list[str]) -> str:
    if len(words) <= 2 * CONTEXT_WORDS:
        return escape(" ".join(words))
    head = " ".join(words[:CONTEXT_WORDS])
    tail = " ".join(words[-CONTEXT_WORDS:])
    return f"{escape(head)} … {escape(tail)}"


def _words(value) -> list[str]:
    text = str(value or "")
    if _LOOKS_LIKE_HTML.search(text):
        text = html.unescape(strip_tags(_BLOCK_END.sub(" ", text)))
    return text.split()


def _is_long_text(field, old, new) -> bool:
    if not isinstance(field, models.TextField):
        return False
    values = [str(value or "") for value in (old, new)]
    return any(len(value) > LONG_TEXT or _LOOKS_LIKE_HTML.search(value) for value in values)


def _raw(record, field):
    value = getattr(record, field.attname)
    if isinstance(value, models.fields.files.FieldFile):
        return value.name or None
    return value
