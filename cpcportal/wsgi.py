"""WSGI entry point for gunicorn: `gunicorn cpcportal.wsgi:application`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cpcportal.settings.base")

application = get_wsgi_application()
