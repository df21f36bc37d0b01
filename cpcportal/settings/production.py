"""Production: HTTPS behind a reverse proxy, secrets and hosts from the environment.

Switch to it with DJANGO_SETTINGS_MODULE=cpcportal.settings.production.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CLIENT_IP_HEADER, env_bool, env_list
from .caches import cache_settings


def required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in production")
    return value


# The demo content (manage.py load_demo) is for development and tests only.
INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "demo"]  # noqa: F405

SECRET_KEY = required("DJANGO_SECRET_KEY")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be at least 50 characters long")
required("DATABASE_URL")  # base.py reads it; without it there would be no database at all
DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS") or [required("DJANGO_ALLOWED_HOSTS")]
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", default=False)

# TLS ends at the reverse proxy, which says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
# Load balancers probe the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", default=True)

# __Host- cookies: HTTPS only, this host only, path / — no subdomain can set or read them.
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_NAME = "__Host-csrftoken"
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_NAME = "__Host-language"

# Rate limits must count across all workers: a shared cache unless told otherwise.
CACHES, PUBLIC_PAGE_CACHE_SECONDS = cache_settings("database")
# Behind the reverse proxy the client address is in X-Forwarded-For, unless told otherwise.
CLIENT_IP_HEADER = CLIENT_IP_HEADER or "HTTP_X_FORWARDED_FOR"

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
