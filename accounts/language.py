"""The admin's language follows the staff member's choice (StaffPreference), on /admin/ and
/account/ only: public pages keep the language of their /nl/ or /en/ prefix. Without a
choice the browser's language decides, as LocaleMiddleware does.

The choice is kept in the session, read from the database once at login (or at the first
admin request of a session older than this feature), so that no admin page pays a query.
"""

from django.contrib.auth.signals import user_logged_in
from django.utils import translation

from accounts.models import AdminLanguage, StaffPreference

SESSION_KEY = "staff_language"
STAFF_PATHS = ("/admin/", "/account/")


def chosen_language(user) -> str:
    """The user's choice, or "" to follow the browser."""
    preference = StaffPreference.objects.filter(user=user).values_list("language", flat=True)
    return next(iter(preference), AdminLanguage.BROWSER)


def choose_language(request, language: str) -> None:
    StaffPreference.objects.update_or_create(user=request.user, defaults={"language": language})
    request.session[SESSION_KEY] = language


def _session_language(request) -> str:
    if SESSION_KEY not in request.session:
        request.session[SESSION_KEY] = chosen_language(request.user)
    return request.session[SESSION_KEY]


def _remember_at_login(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session") and user.is_staff:
        request.session[SESSION_KEY] = chosen_language(user)


def connect() -> None:
    user_logged_in.connect(_remember_at_login, dispatch_uid="accounts-staff-language")


class StaffLanguageMiddleware:
    """After LocaleMiddleware and AuthenticationMiddleware: on the staff's pages, a logged-in
    member of staff's chosen language replaces the browser's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(STAFF_PATHS):
            user = request.user
            if user.is_authenticated and user.is_staff:
                language = _session_language(request)
                if language in AdminLanguage.values and language:
                    translation.activate(language)
                    request.LANGUAGE_CODE = language
        return self.get_response(request)
