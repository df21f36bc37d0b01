"""The public site plus /bench/minimal/, the baseline of the load test (settings.bench only)."""

from django.urls import path

from cpcportal.bench.views import minimal
from cpcportal.urls import urlpatterns as site_urlpatterns

urlpatterns = [path("bench/minimal/", minimal, name="bench-minimal"), *site_urlpatterns]
