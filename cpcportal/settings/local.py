"""Development: `make run`, `manage.py` and, through `cpcportal.settings.test`, the tests.

The base settings plus what a clone provides: the project-local PostgreSQL cluster that
`make run` starts (unless DATABASE_URL is set) and a secret key kept in var/secret_key
(unless DJANGO_SECRET_KEY is set). Both come from `tools/localdb.py`, which is not in the
wheel; production (`cpcportal.settings.production`) never imports this module.
"""

from tools import localdb

from .base import *  # noqa: F403
from .base import DATABASES, SECRET_KEY, with_connection_options

SECRET_KEY = SECRET_KEY or localdb.local_secret_key()
if not DATABASES:
    DATABASES = {"default": with_connection_options(localdb.database_settings())}
