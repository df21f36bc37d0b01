"""Who must log in with a second factor, and who may therefore enter the admin.

Superusers and network editors publish for the whole network: they must enrol a second
factor (an authenticator app, a security key or a passkey). Organisation editors may
enrol; once they have, they always use it.
"""

from django_otp import user_has_device

from core.roles import is_network_editor


def second_factor_required(user) -> bool:
    return user.is_active and user.is_staff and (user.is_superuser or is_network_editor(user))


def may_enter_admin(user) -> bool:
    """A verified second factor, or, where none is required, no enrolled one either (an
    enrolled device that was not used at login means the login was not complete)."""
    if user.is_verified():
        return True
    return not second_factor_required(user) and not user_has_device(user)


def must_enrol(user) -> bool:
    return user.is_authenticated and second_factor_required(user) and not user_has_device(user)
