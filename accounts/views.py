"""The two-step login (django-two-factor-auth's), logging a wrong second factor too."""

from two_factor.views import LoginView

from accounts import login_log


class StaffLoginView(LoginView):
    def render(self, form=None, **kwargs):
        second_step = self.steps.current in (self.TOKEN_STEP, self.BACKUP_STEP)
        if second_step and form is not None and form.is_bound and form.errors:
            user = self.get_user()
            login_log.second_factor_failed(self.request, user.get_username() if user else "")
        return super().render(form, **kwargs)
