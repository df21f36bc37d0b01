"""handler404 and handler403: staff pages answer in the admin's look, public pages in the site's.

Django has one handler per status for the whole site. Without this dispatch an organisation
editor who opened another organisation's project in the admin (ScopedAdminMixin answers
Http404) landed on the public 404 page, and a refused history page showed Django's bare
English "403 Forbidden". The staff pages say the same thing whatever the reason, so that
they never tell whether an item exists.
"""

from django.contrib import admin
from django.shortcuts import render
from django.views import csrf, defaults

# The admin and the staff account pages (login, second factor) share the admin's look.
STAFF_PREFIXES = ("/admin/", "/account/")


def is_staff_page(request) -> bool:
    return request.path_info.startswith(STAFF_PREFIXES)


def _staff_error(request, template_name, status):
    # The admin's own context: its header, the user's links and the side bar of their apps.
    context = admin.site.each_context(request)
    return render(request, template_name, context, status=status)


def page_not_found(request, exception):
    if is_staff_page(request):
        return _staff_error(request, "admin/404.html", 404)
    return defaults.page_not_found(request, exception)


def permission_denied(request, exception):
    if is_staff_page(request):
        return _staff_error(request, "admin/403.html", 403)
    return defaults.permission_denied(request, exception)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a staff form sent with an expired or missing token (the login
    left open overnight) gets the admin's look too; the reason stays in the log only."""
    if is_staff_page(request):
        return _staff_error(request, "admin/403_csrf.html", 403)
    return csrf.csrf_failure(request, reason)
