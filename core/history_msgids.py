"""Strings of django-simple-history (3.13), which ships no Dutch, for our catalogue.

The history pages and their revert form are simple_history's templates and views; listed
here, `make messages` puts their msgids in locale/*/django.po, and our Dutch (LOCALE_PATHS
comes before every app's catalogue) serves them. Only the strings Django's own Dutch does
not already cover; the list's columns are in templates/simple_history/object_history_list.html.
Nothing imports this module: it exists for makemessages.
"""

from django.utils.translation import gettext_noop

SIMPLE_HISTORY_MSGIDS = (
    # templates/simple_history/object_history.html
    gettext_noop(
        "Choose a date from the list below to revert to a previous version of this object."
    ),
    gettext_noop("This object doesn't have a change history."),
    # templates/simple_history/object_history_form.html and submit_line.html
    gettext_noop("View %(verbose_name)s"),
    gettext_noop("Revert %(verbose_name)s"),
    gettext_noop("Press the 'Revert' button below to revert to this version of the object."),
    gettext_noop("Press the 'Change History' button below to edit the history."),
    gettext_noop("Revert"),
    gettext_noop("Change History"),
    # simple_history/admin.py: page titles
    gettext_noop("View history: %s"),
    gettext_noop("Revert %s"),
    # simple_history/models.py: the kind of change, and a deleted object's name
    gettext_noop("Created"),
    gettext_noop("Changed"),
    gettext_noop("Deleted"),
    gettext_noop("Deleted %(type_name)s"),
)
