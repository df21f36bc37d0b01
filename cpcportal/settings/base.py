"""Settings shared by every environment; every deploy-time value comes from the environment.

The secret key and the database come from DJANGO_SECRET_KEY and DATABASE_URL alone.
Development (`make run`, `manage.py`) uses `cpcportal.settings.local`, which adds the
project-local cluster and a key kept in var/; production is `cpcportal.settings.production`;
the tests use `cpcportal.settings.test`.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from cpcportal.settings.caches import cache_settings


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Required in production; the development settings keep one in var/secret_key.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = env_bool("DJANGO_DEBUG")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "modeltranslation",  # before the admin, which it extends
    "accounts.apps.StaffAdminConfig",  # django.contrib.admin behind the two-step login
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "csp",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_countries",
    "django_filters",
    "django_prose_editor",  # the rich-text editor's static files (core/richtext.py)
    "rest_framework",  # the read-only JSON API (api/)
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's files, served as our own static files
    "corsheaders",
    "simple_history",
    "django_otp",
    "django_otp.plugins.otp_static",  # single-use recovery codes
    "django_otp.plugins.otp_totp",  # authenticator apps
    "two_factor",
    "two_factor.plugins.webauthn",  # security keys and passkeys
    "axes",
    "core",
    "images",  # renditions, {% picture %}, Open Graph images: beside core
    "cpcportal",
    "accounts",
    "organisations",
    "projects",
    "donors",
    "finances",
    "results",
    "newsletter",
    "reviews",
    "iati",
    "publications",  # above organisations and projects, whose pages list its items
    "news",  # the same
    "search",  # above the apps whose content it searches
    "editions",  # newsletter issues: above the newsletter and the content they pick
    "campaigns",  # campaigns and petitions: above organisations and the newsletter's outbox
    "api",
    "demo",  # manage.py load_demo; production settings leave it out
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before CommonMiddleware; only /api/ answers other sites (CORS_URLS_REGEX below).
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.cache.GenerationMiddleware",  # the content generation read once per request
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After the two above: on /admin/ and /account/, a staff member's chosen language.
    "accounts.language.StaffLanguageMiddleware",
    "django_otp.middleware.OTPMiddleware",  # user.is_verified(): the second factor was used
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",  # who made each change
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",  # turns a locked-out login into its own page
    # Last, so that it is the first to see a view's exception: the database is down.
    "core.unavailable.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "cpcportal.urls"
WSGI_APPLICATION = "cpcportal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- database: DATABASE_URL (development falls back to the project-local cluster) --------


def with_connection_options(database: dict) -> dict:
    """Persistent, health-checked connections without JIT compilation."""
    database = {**database, "CONN_MAX_AGE": 60, "CONN_HEALTH_CHECKS": True}
    # Statements are prepared only where code asks (core/db.py; Django's own cursors bind
    # on the client and never prepare). Off behind PgBouncer in transaction mode.
    if env_bool("DJANGO_DB_PREPARED", default=True):
        database["OPTIONS"] = {**database.get("OPTIONS", {}), "prepare_threshold": 1_000_000}
    # No JIT compilation: the facet counts' row estimates (unnest, generate_series) can
    # cross jit_above_cost, and compiling then costs more than the query (1.4 s instead of
    # 0.4 s at 20,000 projects, docs/performance.md). Behind PgBouncer, allow `options` in
    # its ignore_startup_parameters, or set DJANGO_DB_JIT=1 and
    # `ALTER DATABASE … SET jit = off`.
    if not env_bool("DJANGO_DB_JIT", default=False):
        options = dict(database.get("OPTIONS", {}))
        options["options"] = f"{options.get('options', '')} -c jit=off".strip()
        database["OPTIONS"] = options
    return database


DATABASES = (
    {"default": with_connection_options(dj_database_url.parse(os.environ["DATABASE_URL"]))}
    if os.environ.get("DATABASE_URL")
    else {}
)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- staff logins: two steps, locked after repeated failures ----------------------------
# Axes refuses a locked-out user name or client address before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "two_factor:login"
LOGIN_REDIRECT_URL = "admin:index"
# Failures are counted in the database, shared by every worker, per user name and, apart
# from that, per client address; the lockout lifts by itself after STAFF_LOCKOUT_MINUTES,
# or at once when a network editor deletes the attempt in the admin (or axes_reset_username).
AXES_FAILURE_LIMIT = int(os.environ.get("STAFF_LOCKOUT_FAILURES", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("STAFF_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.locked_out_response"
AXES_VERBOSE = False  # accounts.login_log writes one line per event, without full addresses
AXES_ENABLE_ACCESS_FAILURE_LOG = False
# No table of successful logins with full addresses: the log line above says enough.
AXES_DISABLE_ACCESS_LOG = True
# Authenticator codes are 6 digits; each wrong one doubles the wait before the next try.
OTP_TOTP_ISSUER = "Kinderrechtenportaal"
# Security keys and passkeys are bound to the site's host name (the relying party); an IP
# address cannot be one, so they work on localhost and the real domain, not on 127.0.0.1.
TWO_FACTOR_WEBAUTHN_RP_NAME = "Kinderrechtenportaal"
TWO_FACTOR_LOGIN_TIMEOUT = 600

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- languages: Dutch first, English second --------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
# Kosovo has no ISO 3166-1 code yet; XK is the user-assigned code the EU and IATI use.
COUNTRIES_OVERRIDE = {"XK": _("Kosovo")}
# Translated model fields: Dutch is required, English falls back to Dutch.
MODELTRANSLATION_DEFAULT_LANGUAGE = "nl"
MODELTRANSLATION_LANGUAGES = ("nl", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("nl",)
USE_I18N = True
USE_TZ = True

# --- static and uploaded files --------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files that must sit at the site's root (/favicon.ico, which browsers and feed readers ask
# for whatever the page's <link rel="icon"> says), served by whitenoise: tools/favicon.py.
WHITENOISE_ROOT = BASE_DIR / "cpcportal" / "root_files"
STATIC_ROOT = os.environ.get("DJANGO_STATIC_ROOT", str(BASE_DIR / "var" / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = os.environ.get("DJANGO_MEDIA_ROOT", str(BASE_DIR / "var" / "media"))
# Django itself serves uploads only where no reverse proxy does (make run); never in production.
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", default=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed (gzip, brotli), content-hashed names: whitenoise sends them with
    # far-future cache headers.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Publications' PDF files: outside MEDIA_ROOT, so that no web server hands them out by their
# name; the download view serves those of public publications (publications/views.py).
PUBLICATION_FILES_ROOT = os.environ.get(
    "DJANGO_PUBLICATION_FILES_ROOT", str(BASE_DIR / "var" / "publication-files")
)
PUBLICATION_MAX_BYTES = int(os.environ.get("DJANGO_PUBLICATION_MAX_BYTES", str(20 * 1024 * 1024)))

# --- cache: per process by default; production shares one (rate limits, pages) ------------
CACHES, PUBLIC_PAGE_CACHE_SECONDS = cache_settings("locmem")
# How long a shared cache (a CDN, a caching proxy) may keep a public page (s-maxage):
# nothing can tell it of a save, so a change shows there within this time. Browsers keep
# nothing (max-age=0), so an editor who saves sees the change at once.
PUBLIC_PAGE_SHARED_MAX_AGE = int(os.environ.get("DJANGO_SHARED_CACHE_SECONDS", "60"))

# --- client addresses ---------------------------------------------------------------------
# Behind a reverse proxy the client address is in X-Forwarded-For (its right-most entry);
# without it every visitor would share one rate limit, one login lockout and one truncated
# address. NEWSLETTER_CLIENT_IP_HEADER is the variable's older name.
CLIENT_IP_HEADER = (
    os.environ.get("CLIENT_IP_HEADER") or os.environ.get("NEWSLETTER_CLIENT_IP_HEADER") or None
)

# --- newsletter ---------------------------------------------------------------------------
# Petition signatures are erased this many days after their campaign ends
# (manage.py erase_signatures); the privacy statement says so.
CAMPAIGN_SIGNATURE_RETENTION_DAYS = int(
    os.environ.get("DJANGO_CAMPAIGN_SIGNATURE_RETENTION_DAYS", "90")
)
NEWSLETTER_BASE_URL = os.environ.get("NEWSLETTER_BASE_URL", "http://127.0.0.1:8000")
# Where `manage.py write_iati_files` writes the IATI activity files for the views to serve
# (iati/published.py); empty: every file is written live on each request.
IATI_FILES_DIR = os.environ.get("DJANGO_IATI_FILES_DIR", "")

# --- forms ------------------------------------------------------------------------------
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# --- e-mail: the console in development, SMTP in production ------------------------------
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
EMAIL_TIMEOUT = 20
# For the file backend (django.core.mail.backends.filebased.EmailBackend): one file per
# message, which the browser tests read as a person reads their inbox.
EMAIL_FILE_PATH = os.environ.get("DJANGO_EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Kinderrechtenportaal <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- security headers (the production module adds HTTPS-only settings) -------------------
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
# A refused staff form answers in the admin's look (cpcportal/errors.py).
CSRF_FAILURE_VIEW = "cpcportal.errors.csrf_failure"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Content security policy: our own files only; no inline script, no third party.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        # Bootstrap draws its toggler and select arrows as data: SVG images.
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# --- the JSON API (api/): read-only, public, no sessions, no forms ---------------------------
REST_FRAMEWORK = {
    # Nothing to log in to: what the API shows is what any visitor sees.
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    # JSON only: no browsable API with its forms and inline scripts.
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.ClientAddressThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": os.environ.get("API_RATE_LIMIT", "120/minute")},
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Kinderrechtenportaal API",
    "DESCRIPTION": (
        "Read-only open data of the child-rights network: public projects, organisations, "
        "donors, countries and themes, every text in Dutch and English (null where it has "
        "no translation). Published under the licence named on the open-data page."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_AUTHENTICATION": [],
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # One name per set of choices, whichever field uses it.
    "ENUM_NAME_OVERRIDES": {
        "PrecisionEnum": "core.models.Precision",
        "ProjectKindEnum": "projects.models.ProjectKind",
        "OrganisationKindEnum": "organisations.models.OrganisationKind",
    },
}
# Any site may read the API from a browser (GET only, never with cookies).
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False

# --- logging: one line per event on standard output, addresses redacted ------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "line": {
            "()": "core.log.OneLineRedactingFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
        }
    },
    "filters": {"as_one_warning": {"()": "core.log.AsOneWarning"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "line",
        }
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        # Client errors (404s of bots) are noise; request errors (5xx) are logged.
        "django.request": {"handlers": ["stdout"], "level": "ERROR", "propagate": False},
        "django.server": {"handlers": ["stdout"], "level": "ERROR", "propagate": False},
        # accounts.login writes the login lines; axes' own would repeat them.
        "axes": {"handlers": ["stdout"], "level": "WARNING", "propagate": False},
        # A request for a host the portal does not serve: one line, not a traceback each.
        "django.security.DisallowedHost": {
            "handlers": ["stdout"],
            "filters": ["as_one_warning"],
            "level": "WARNING",
            "propagate": False,
        },
    },
}
