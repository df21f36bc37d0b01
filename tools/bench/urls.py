"""The public site plus /bench/minimal/, the load test's baseline (tools.bench.settings only)."""

from django.urls import path

from cpcportal.urls import urlpatterns as site_urlpatterns
from tools.bench.views import minimal

urlpatterns = [path("bench/minimal/", minimal, name="bench-minimal"), *site_urlpatterns]
