"""Staff logins through HTTP, as a person types them, in Dutch unless a test says otherwise."""

import re
from base64 import b32decode

import pytest
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "a-long-staff-password-42"
LOGIN = "/account/login/"
WIZARD = "staff_login_view-current_step"


@pytest.fixture
def browser():
    """A client that sends what a Dutch browser sends, CSRF checks included."""
    return Client(HTTP_ACCEPT_LANGUAGE="nl", enforce_csrf_checks=True)


def csrf_token(client, url) -> str:
    """The token the page's form carries; a GET of a wizard starts it again, so a later
    step reuses the browser's CSRF cookie, which Django accepts as the token too."""
    if "csrftoken" in client.cookies:
        return client.cookies["csrftoken"].value
    page = client.get(url)
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)


def post_password(client, username, password, *, next_url="", ip="192.0.2.10"):
    data = {
        "csrfmiddlewaretoken": csrf_token(client, LOGIN),
        WIZARD: "auth",
        "auth-username": username,
        "auth-password": password,
    }
    url = f"{LOGIN}?next={next_url}" if next_url else LOGIN
    return client.post(url, data, REMOTE_ADDR=ip)


def post_code(client, code, *, step="token", ip="192.0.2.10"):
    data = {
        "csrfmiddlewaretoken": csrf_token(client, LOGIN),
        WIZARD: step,
        f"{step}-otp_token": code,
    }
    return client.post(LOGIN, data, REMOTE_ADDR=ip)


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def code_for_secret(secret: str) -> str:
    """What an authenticator app shows for the base32 secret of the QR code."""
    return f"{totp(b32decode(secret)):06d}"
