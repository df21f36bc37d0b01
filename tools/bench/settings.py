"""`make bench`: the production settings, plus the benchmark's app and baseline view.

Only the benchmark uses it (tools/bench/run.py sets the environment: a throw-away secret
key, the loopback host, DJANGO_SECURE_SSL_REDIRECT=0 for plain HTTP, the benchmark database
in DATABASE_URL). The app `tools.bench` brings `manage.py bench_data`; the public site's
settings install neither it nor /bench/.
"""

from cpcportal.settings.production import *  # noqa: F403
from cpcportal.settings.production import INSTALLED_APPS

# The demo-size database is filled by manage.py load_demo (the demo app).
INSTALLED_APPS = [*INSTALLED_APPS, "demo", "tools.bench"]
ROOT_URLCONF = "tools.bench.urls"
