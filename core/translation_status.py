"""Which language an item lacks: the one rule behind the admin's "Translations" column, its
"translation missing" filter and the start page's checklists.

A translated field counts when it is filled in in one language and empty in the other. A
field empty in both (an optional vision, an image text without an image) is not missing a
translation: there is nothing to translate. Every translated field counts, names included:
a name that is the same in English is typed again, so that "filled in in both" means that
somebody looked at it. Empty is NULL or the empty string.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

LANGUAGES = ("nl", "en")

# What the column and the filter say, by the language that is missing.
MISSING_LABELS = {"nl": _("Dutch missing"), "en": _("English missing")}


def translated_fields(model) -> list[str]:
    """The model's translated fields by their original names, in declaration order."""
    try:
        # A proxy (Network) has its concrete model's columns.
        options = translator.get_options_for_model(model._meta.concrete_model)
    except NotRegistered:
        return []
    # In the model's order (modeltranslation keeps them in a set).
    return [
        field.name
        for field in model._meta.concrete_model._meta.fields
        if field.name in options.all_fields
    ]


def _empty(name: str) -> Q:
    return Q(**{f"{name}__isnull": True}) | Q(**{name: ""})


def missing_q(model, language: str) -> Q:
    """Rows with at least one field filled in in the other language and empty in this one."""
    (other,) = (code for code in LANGUAGES if code != language)
    conditions = [
        _empty(f"{name}_{language}") & ~_empty(f"{name}_{other}")
        for name in translated_fields(model)
    ]
    if not conditions:
        return Q(pk__in=[])
    return reduce(or_, conditions)


def _filled(value) -> bool:
    return value not in (None, "")


def missing_fields(obj) -> dict[str, list[str]]:
    """Language -> the fields `obj` lacks in it, judged from its own columns (no query)."""
    missing = {}
    for language in LANGUAGES:
        (other,) = (code for code in LANGUAGES if code != language)
        names = [
            name
            for name in translated_fields(type(obj))
            if not _filled(getattr(obj, f"{name}_{language}"))
            and _filled(getattr(obj, f"{name}_{other}"))
        ]
        if names:
            missing[language] = names
    return missing


def missing_languages(obj) -> list[str]:
    """The languages `obj` lacks, judged from its own columns (no query)."""
    return list(missing_fields(obj))
