"""Tests: fast password hashing, mail kept in memory, uploads in a throw-away folder."""

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STATIC_ROOT = str(BASE_DIR / "var" / "test-static")
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
