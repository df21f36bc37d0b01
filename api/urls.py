"""/api/v1/: the JSON API, its OpenAPI schema and its reference page."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from api import views

app_name = "api"

router = DefaultRouter()
router.register("projects", views.ProjectViewSet, basename="project")
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("donors", views.DonorViewSet, basename="donor")
router.register("countries", views.CountryViewSet, basename="country")
router.register("themes", views.ThemeViewSet, basename="theme")

urlpatterns = [
    # OpenAPI 3 as YAML, or as JSON with ?format=json.
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", views.ApiReferenceView.as_view(), name="docs"),
    path("", include(router.urls)),
]
