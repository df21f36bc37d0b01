"""/api/v1/: read-only viewsets over the public querysets the pages use.

A visitor's view and the API's are the same: what public() hides (a draft project, a
project led by a draft organisation, an unpublished donor) is absent from every list and
404 in detail.
"""

from django.conf import settings
from django.http import Http404
from django.utils import translation
from django.views.generic import TemplateView
from django_countries import countries
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from api import selectors, serializers
from donors.models import Donor
from organisations.models import Organisation
from projects import ordering
from projects import selectors as project_selectors
from projects.filters import ProjectFilter
from projects.models import Project

SEARCH_LANGUAGE = OpenApiParameter(
    "language",
    str,
    enum=serializers.LANGUAGES,
    description=(
        "The language `q` searches in and `sort=title` sorts by, as on /nl/projects/ or "
        "/en/projects/ (default nl). Every object holds both languages whatever it is."
    ),
)


class StablePagination(PageNumberPagination):
    """?page=N (and ?page_size= up to 100) over a fully ordered queryset: a row is on the
    same page however often it is asked for, while the content stays the same."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100


class ReadOnlyViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    lookup_field = "slug"
    pagination_class = StablePagination


class ProjectViewSet(ReadOnlyViewSet):
    """Public projects with the listing's filters, search and order (/nl/projects/): the
    same query string gives the same projects, and `count` is the number the listing shows.
    An invalid filter value is refused (400) with the reason, where the listing ignores it."""

    filter_backends = [DjangoFilterBackend]  # for the schema's parameters; see filter_queryset
    filterset_class = ProjectFilter

    def get_queryset(self):
        return project_selectors.public_projects()

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.ProjectDetailSerializer
        return serializers.ProjectSerializer

    @extend_schema(parameters=[SEARCH_LANGUAGE])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    def filter_queryset(self, queryset):
        # The listing's own FilterSet, then its own order (sort=relevance while searching,
        # else newest first; each order ends on the primary key, so pages are stable).
        # Search and title order work in one language, as on /nl/projects/ or /en/projects/.
        language = self.request.query_params.get("language")
        if language not in serializers.LANGUAGES:
            language = settings.LANGUAGE_CODE
        with translation.override(language):
            filterset = ProjectFilter(self.request.query_params, queryset=queryset)
            if not filterset.is_valid():
                raise ValidationError(filterset.errors)
            sorted_projects = ordering.sort_projects(filterset.qs, filterset.chosen_sort)
        # Prefetched for the page's rows only, after the count and the slice.
        return selectors.with_project_lists(sorted_projects)

    def get_object(self):
        try:
            return selectors.public_project(self.kwargs["slug"])
        except Project.DoesNotExist:
            raise Http404 from None


class OrganisationViewSet(ReadOnlyViewSet):
    """Public organisations, by Dutch name."""

    def get_queryset(self):
        return selectors.public_organisations()

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.OrganisationDetailSerializer
        return serializers.OrganisationSerializer

    def get_object(self):
        try:
            return self.get_queryset().get(slug=self.kwargs["slug"])
        except Organisation.DoesNotExist:
            raise Http404 from None


class DonorViewSet(ReadOnlyViewSet):
    """Public donors, by Dutch name, with the number of public projects each funds."""

    serializer_class = serializers.DonorSerializer

    def get_queryset(self):
        return selectors.public_donors()

    def get_object(self):
        try:
            return self.get_queryset().get(slug=self.kwargs["slug"])
        except Donor.DoesNotExist:
            raise Http404 from None


class ThemeViewSet(ReadOnlyViewSet):
    """Every theme, in the listing's order, with its number of public projects."""

    serializer_class = serializers.ThemeSerializer
    pagination_class = None  # a few dozen at most

    def get_queryset(self):
        return selectors.themes_with_counts()


class CountryViewSet(viewsets.ViewSet):
    """Countries with public projects, by ISO code."""

    serializer_class = serializers.CountrySerializer
    lookup_field = "code"
    lookup_value_regex = "[A-Za-z]{2}"

    @extend_schema(responses=serializers.CountrySerializer(many=True))
    def list(self, request):
        rows = selectors.country_counts()
        return self._response(rows, many=True)

    @extend_schema(
        parameters=[OpenApiParameter("code", str, OpenApiParameter.PATH, description="ISO code")],
        responses=serializers.CountrySerializer,
    )
    def retrieve(self, request, code):
        code = code.upper()
        if code not in countries:
            raise Http404
        counts = {row["code"]: row["project_count"] for row in selectors.country_counts()}
        return self._response({"code": code, "project_count": counts.get(code, 0)})

    def _response(self, data, many=False):
        serializer = serializers.CountrySerializer(
            data, many=many, context={"request": self.request}
        )
        return Response(serializer.data)


class ApiReferenceView(TemplateView):
    """The API's reference page: Swagger UI from our own static files (the sidecar package)
    started by our own script, so that it runs under the strict content security policy."""

    template_name = "api/docs.html"
