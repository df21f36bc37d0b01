"""Django's "The project “…” was changed successfully." with the right article.

Django builds its success messages from one template for every model, and Dutch gives it
one article: "De project ‘…’ is met succes gewijzigd", wrong for every het-word. An admin
says whether its model's name is a neuter noun (`noun_gender`); this mixin recognises
Django's messages as they arrive in `message_user` (by the active language's translation
of Django's own templates, so nothing is guessed from the wording) and puts ours in their
place, whose translations are chosen by grammatical gender (message context).
"""

import re

from django.contrib import messages
from django.utils.html import escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import gettext as djangos_gettext
from django.utils.translation import pgettext

COMMON = "common noun"  # Dutch de-words: de organisatie, de donor, de financiering
NEUTER = "neuter noun"  # Dutch het-words: het project, het netwerk, het thema


def _ours(gender: str, key: str) -> str:
    """Our template for one of Django's messages; each msgid is written out twice, with
    the context as a literal, so that makemessages finds it under both contexts."""
    if gender == NEUTER:
        templates = {
            "added": pgettext("neuter noun", "The {name} “{obj}” was added successfully."),
            "added_edit": pgettext(
                "neuter noun",
                "The {name} “{obj}” was added successfully. You may edit it again below.",
            ),
            "added_another": pgettext(
                "neuter noun",
                "The {name} “{obj}” was added successfully. You may add another {name} below.",
            ),
            "changed": pgettext("neuter noun", "The {name} “{obj}” was changed successfully."),
            "changed_edit": pgettext(
                "neuter noun",
                "The {name} “{obj}” was changed successfully. You may edit it again below.",
            ),
            "changed_another": pgettext(
                "neuter noun",
                "The {name} “{obj}” was changed successfully. You may add another {name} below.",
            ),
            "deleted": pgettext("neuter noun", "The {name} “{obj}” was deleted successfully."),
        }
    else:
        templates = {
            "added": pgettext("common noun", "The {name} “{obj}” was added successfully."),
            "added_edit": pgettext(
                "common noun",
                "The {name} “{obj}” was added successfully. You may edit it again below.",
            ),
            "added_another": pgettext(
                "common noun",
                "The {name} “{obj}” was added successfully. You may add another {name} below.",
            ),
            "changed": pgettext("common noun", "The {name} “{obj}” was changed successfully."),
            "changed_edit": pgettext(
                "common noun",
                "The {name} “{obj}” was changed successfully. You may edit it again below.",
            ),
            "changed_another": pgettext(
                "common noun",
                "The {name} “{obj}” was changed successfully. You may add another {name} below.",
            ),
            "deleted": pgettext("common noun", "The {name} “{obj}” was deleted successfully."),
        }
    return templates[key]


def _djangos() -> list[tuple[str, str]]:
    """Django's templates (admin/options.py) in the active language, longest first so that
    "… added. You may edit it again below." is not taken for "… added."."""
    # Django's own msgids, translated by Django's catalogue; the alias keeps makemessages
    # from copying them into ours.
    added = djangos_gettext("The {name} “{obj}” was added successfully.")
    found = [
        ("added_edit", added + " " + djangos_gettext("You may edit it again below.")),
        (
            "added_another",
            djangos_gettext(
                "The {name} “{obj}” was added successfully. You may add another {name} below."
            ),
        ),
        (
            "changed_edit",
            djangos_gettext(
                "The {name} “{obj}” was changed successfully. You may edit it again below."
            ),
        ),
        (
            "changed_another",
            djangos_gettext(
                "The {name} “{obj}” was changed successfully. You may add another {name} below."
            ),
        ),
        ("added", added),
        ("changed", djangos_gettext("The {name} “{obj}” was changed successfully.")),
        (
            "deleted",
            djangos_gettext("The %(name)s “%(obj)s” was deleted successfully.")
            .replace("%(name)s", "{name}")
            .replace("%(obj)s", "{obj}"),
        ),
    ]
    return sorted(found, key=lambda item: len(item[1]), reverse=True)


def _pattern(template: str, name: str) -> re.Pattern:
    parts = re.split(r"(\{name\}|\{obj\})", template)
    regex = "".join(
        re.escape(name)
        if part == "{name}"
        else "(?P<obj>.*)"
        if part == "{obj}"
        else re.escape(part)
        for part in parts
        if part
    )
    return re.compile(regex, re.DOTALL)


def with_article(message, verbose_name, gender: str):
    """`message` with Django's wording for this model replaced by ours; anything else as
    it came."""
    safe = isinstance(message, SafeData)
    name = str(escape(verbose_name)) if safe else str(verbose_name)
    text = str(message)
    for key, template in _djangos():
        if template.count("{obj}") != 1:
            continue
        match = _pattern(template, name).fullmatch(text)
        if match:
            result = _ours(gender, key).format(name=name, obj=match["obj"])
            return mark_safe(result) if safe else result  # noqa: S308 (parts were safe)
    return message


class ArticleMessagesMixin:
    """Success messages with the article the model's name takes (Dutch "het project")."""

    # Grammatical gender of the model's verbose name where the language's article depends
    # on it: NEUTER for Dutch het-words. An English-only fact would not need this.
    noun_gender = COMMON

    def message_user(
        self, request, message, level=messages.INFO, extra_tags="", fail_silently=False
    ):
        message = with_article(message, self.opts.verbose_name, self.noun_gender)
        return super().message_user(request, message, level, extra_tags, fail_silently)
