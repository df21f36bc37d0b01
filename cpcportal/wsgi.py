"""WSGI entry point for gunicorn: `gunicorn cpcportal.wsgi:application`.

Production settings unless DJANGO_SETTINGS_MODULE says otherwise (`make run` sets
`cpcportal.settings.local`), so a server started without it still demands its secrets.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cpcportal.settings.production")

application = get_wsgi_application()
