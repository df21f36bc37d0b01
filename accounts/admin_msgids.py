"""Strings of Django's admin and auth and of django-axes, for our catalogue.

Django's own Dutch says "u" and "met succes" ("De gebruiker ‘…’ is met succes gewijzigd.",
"Weet u zeker dat u …"); we say "je" and "… is gewijzigd". django-axes, whose admin lists
the login attempts, ships no Dutch at all, and Django 5.2's Dutch lacks a few newer admin
strings. Listed here, `make messages` puts their msgids in locale/*/django.po, and our
Dutch serves them: LOCALE_PATHS comes before every app's catalogue.
tests/admin/test_dutch_walk.py finds what is still missing. Nothing imports this module:
it exists for makemessages.
"""

# ruff: noqa: E501 (each msgid is written whole, exactly as Django and axes write it)

from django.utils.translation import gettext_noop, ngettext


def _plurals(count):  # never called; makemessages reads the plural forms from here
    return (
        ngettext(
            "%(count)s %(name)s was changed successfully.",
            "%(count)s %(name)s were changed successfully.",
            count,
        ),
        ngettext(
            "Your password must contain at least %(min_length)d character.",
            "Your password must contain at least %(min_length)d characters.",
            count,
        ),
    )


DJANGO_MSGIDS = (
    gettext_noop("Successfully deleted %(count)d %(items)s."),
    gettext_noop("Are you sure?"),
    gettext_noop("The {name} “{obj}” was added successfully."),
    gettext_noop("You may edit it again below."),
    gettext_noop("The {name} “{obj}” was added successfully. You may add another {name} below."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may edit it again below."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may add another {name} below."),
    gettext_noop("The {name} “{obj}” was changed successfully."),
    gettext_noop("The %(name)s “%(obj)s” was deleted successfully."),
    gettext_noop(
        "There’s been an error. It’s been reported to the site administrators via email and should be fixed shortly. Thanks for your patience."
    ),
    gettext_noop("You don’t have permission to view or edit anything."),
    gettext_noop(
        "First, enter a username and password. Then, you’ll be able to edit more user options."
    ),
    gettext_noop(
        "Deleting the %(object_name)s '%(escaped_object)s' would result in deleting related objects, but your account doesn't have permission to delete the following types of objects:"
    ),
    gettext_noop(
        'Are you sure you want to delete the %(object_name)s "%(escaped_object)s"? All of the following related items will be deleted:'
    ),
    gettext_noop(
        "Deleting the selected %(objects_name)s would result in deleting related objects, but your account doesn't have permission to delete the following types of objects:"
    ),
    gettext_noop(
        "Are you sure you want to delete the selected %(objects_name)s? All of the following objects and their related items will be deleted:"
    ),
    gettext_noop(
        "You are authenticated as %(username)s, but are not authorized to access this page. Would you like to login to a different account?"
    ),
    gettext_noop("Your password was changed."),
    gettext_noop(
        "Please enter your old password, for security’s sake, and then enter your new password twice so we can verify you typed it in correctly."
    ),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    gettext_noop("Your old password was entered incorrectly. Please enter it again."),
    gettext_noop(
        "Designates whether this user should be treated as active. Unselect this instead of deleting accounts."
    ),
    gettext_noop("Your password can’t be too similar to your other personal information."),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("Your password can’t be entirely numeric."),
)

AXES_MSGIDS = (
    gettext_noop("Form Data"),
    gettext_noop("Meta Data"),
    gettext_noop("User Agent"),
    gettext_noop("IP Address"),
    gettext_noop("Username"),
    gettext_noop("HTTP Accept"),
    gettext_noop("Path"),
    gettext_noop("Attempt Time"),
    gettext_noop("access failure"),
    gettext_noop("access failures"),
    gettext_noop("GET Data"),
    gettext_noop("POST Data"),
    gettext_noop("Failed Logins"),
    gettext_noop("access attempt"),
    gettext_noop("access attempts"),
    gettext_noop("Logout Time"),
    gettext_noop("access log"),
    gettext_noop("access logs"),
    gettext_noop("Access Attempt"),
    gettext_noop("Access lock out"),
    gettext_noop("Account locked: too many login attempts. Please try again later."),
    gettext_noop("Attempt Remaining"),
    gettext_noop("Clean up expired attempts"),
    gettext_noop("Expires At"),
    gettext_noop("Locked Out"),
    gettext_noop("Not set"),
    gettext_noop("Session key hash (sha256)"),
    gettext_noop("The time when access attempt expires and is no longer valid."),
    gettext_noop("access attempt expiration"),
    gettext_noop("access attempt expirations"),
)
