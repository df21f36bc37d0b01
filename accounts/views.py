"""django-two-factor-auth's views, with the portal's rules: a wrong second factor is logged,
and whoever must use a second factor cannot switch it off."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from two_factor.plugins.registry import registry
from two_factor.views import DisableView, LoginView, ProfileView, SetupView

from accounts import language, login_log, policy
from accounts.models import AdminLanguage


class StaffLoginView(LoginView):
    def get_form(self, step=None, **kwargs):
        form = super().get_form(step, **kwargs)
        step = step or self.steps.current
        if step == self.TOKEN_STEP and "otp_token" in form.fields:
            form.fields["otp_token"].label = _("Code")
        elif step == self.BACKUP_STEP:
            form.fields["otp_token"].label = _("Recovery code")
        return form

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form, **kwargs)
        device = context.get("device")
        # Which second factor the page asks for, to say it in the portal's own words.
        context["second_factor_method"] = (
            registry.method_from_device(device).code if device is not None else ""
        )
        return context

    def render(self, form=None, **kwargs):
        second_step = self.steps.current in (self.TOKEN_STEP, self.BACKUP_STEP)
        if second_step and form is not None and form.is_bound and form.errors:
            user = self.get_user()
            login_log.second_factor_failed(self.request, user.get_username() if user else "")
        return super().render(form, **kwargs)


# The methods as staff know them, instead of two_factor's "Token generator" and "WebAuthn".
METHOD_LABELS = {
    "generator": _("An authenticator app on my phone"),
    "webauthn": _("A security key or passkey"),
}


class StaffSetupView(SetupView):
    def get_form(self, step=None, **kwargs):
        form = super().get_form(step, **kwargs)
        if (step or self.steps.current) == "method":
            field = form.fields["method"]
            field.label = _("Second factor")
            field.choices = [
                (code, METHOD_LABELS.get(code, label)) for code, label in field.choices
            ]
        return form


class StaffProfileView(ProfileView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["second_factor_required"] = policy.second_factor_required(self.request.user)
        return context


class StaffDisableView(DisableView):
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and policy.second_factor_required(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class AdminLanguageForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of the admin"),
        choices=AdminLanguage.choices,
        widget=forms.RadioSelect,
        required=False,
    )


class AdminLanguageView(FormView):
    """A member of staff chooses the admin's language: Dutch, English or the browser's."""

    form_class = AdminLanguageForm
    template_name = "accounts/admin_language.html"

    @method_decorator(staff_member_required)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"language": language.chosen_language(self.request.user)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(admin.site.each_context(self.request), title=_("Language of the admin"))
        return context

    def form_invalid(self, form):
        messages.error(self.request, _("Choose one of the languages offered."))
        return super().form_invalid(form)

    def form_valid(self, form):
        chosen = form.cleaned_data["language"]
        language.choose_language(self.request, chosen)
        # Said in the language just chosen, which the next page will speak.
        with translation.override(chosen or translation.get_language()):
            messages.success(self.request, str(_("The admin's language is saved.")))
        return redirect("admin:index")
