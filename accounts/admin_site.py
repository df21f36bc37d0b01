"""The admin site: staff log in through the two-step login (accounts.urls), and those whose
role requires a second factor are led to enrol one before they see any admin page."""

from django.contrib import admin
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from accounts import policy
from core.start_page import sections_for


class StaffAdminSite(admin.AdminSite):
    site_header = _("Child Rights Portal: administration")
    site_title = _("Child Rights Portal")
    index_title = _("Administration")

    def index(self, request, extra_context=None):
        extra_context = {"start_sections": sections_for(request), **(extra_context or {})}
        return super().index(request, extra_context)

    def has_permission(self, request):
        return super().has_permission(request) and policy.may_enter_admin(request.user)

    def login(self, request, extra_context=None):
        """The admin's own login form would skip the second factor: send everyone to the
        two-step login instead, and a signed-in member of staff without a required
        second factor to its enrolment."""
        if policy.must_enrol(request.user):
            return redirect("two_factor:setup")
        next_url = request.POST.get(REDIRECT_FIELD_NAME, request.GET.get(REDIRECT_FIELD_NAME))
        if not next_url or not url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            next_url = reverse("admin:index")
        return redirect_to_login(next_url)
