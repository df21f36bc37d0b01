"""`make bench`: the production settings, plus the minimal baseline view's URL.

Only the benchmark uses it (cpcportal/bench/run.py sets the environment: a throw-away
secret key, the loopback host, DJANGO_SECURE_SSL_REDIRECT=0 for plain HTTP, the benchmark
database in DATABASE_URL). The public site never serves /bench/.
"""

from .production import *  # noqa: F403

ROOT_URLCONF = "cpcportal.bench.urls"

# The benchmark's demo-size database is filled by manage.py load_demo.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
