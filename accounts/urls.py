"""Login, second-factor enrolment (authenticator app, security key or passkey) and recovery
codes, at /account/… (no language prefix, like the admin they lead to; the language follows
the browser)."""

from django.urls import include, path
from two_factor.views import BackupTokensView, QRGeneratorView, SetupCompleteView

from accounts.views import StaffDisableView, StaffLoginView, StaffProfileView, StaffSetupView

# The namespace two_factor's own templates and views reverse into.
app_name = "two_factor"

urlpatterns = [
    path("account/login/", StaffLoginView.as_view(), name="login"),
    path("account/two_factor/", StaffProfileView.as_view(), name="profile"),
    path("account/two_factor/setup/", StaffSetupView.as_view(), name="setup"),
    path("account/two_factor/qrcode/", QRGeneratorView.as_view(), name="qr"),
    path("account/two_factor/setup/complete/", SetupCompleteView.as_view(), name="setup_complete"),
    path("account/two_factor/backup/tokens/", BackupTokensView.as_view(), name="backup_tokens"),
    path("account/two_factor/disable/", StaffDisableView.as_view(), name="disable"),
    # The scripts that ask the browser for a security key or passkey.
    path(
        "account/two_factor/webauthn/",
        include(("two_factor.plugins.webauthn.urls", "webauthn")),
    ),
]
