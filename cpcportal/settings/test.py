"""Tests: fast password hashing, mail kept in memory, uploads in a throw-away folder."""

import os

from .local import *  # noqa: F403
from .local import BASE_DIR, DATABASES

# Parallel test runs on one cluster (several developers' terminals) each name their own.
TEST_DATABASE_NAME = os.environ.get("DJANGO_TEST_DB_NAME", "test_cpcportal")
DATABASES["default"]["TEST"] = {"NAME": TEST_DATABASE_NAME}

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STATIC_ROOT = str(BASE_DIR / "var" / f"static-{TEST_DATABASE_NAME}")
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
