"""/api/v1/: the JSON API, its OpenAPI schema and its reference page."""

from django.urls import URLPattern, include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from api import views
from core.compression import compress_public_response

app_name = "api"

router = DefaultRouter()
router.register("projects", views.ProjectViewSet, basename="project")
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("donors", views.DonorViewSet, basename="donor")
router.register("countries", views.CountryViewSet, basename="country")
router.register("themes", views.ThemeViewSet, basename="theme")


def compressed(patterns: list[URLPattern]) -> list[URLPattern]:
    """The same URLs, their answers compressed per request as the client accepts. The API
    has no login and no secret (it is the same for everyone), so BREACH reveals nothing
    (core/compression.py)."""
    return [
        URLPattern(
            pattern.pattern,
            compress_public_response(pattern.callback),
            pattern.default_args,
            pattern.name,
        )
        for pattern in patterns
    ]


urlpatterns = [
    # OpenAPI 3 as YAML, or as JSON with ?format=json.
    path("schema/", compress_public_response(SpectacularAPIView.as_view()), name="schema"),
    path("docs/", views.ApiReferenceView.as_view(), name="docs"),
    path("", include(compressed(router.urls))),
]
