"""Site-wide views: the health check, home, about, country pages, statements, the open-data
page, robots.txt."""

from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView
from django_countries import countries

from core.cache import cache_public_page, public_cache_headers
from core.localised import name_order
from cpcportal.models import SitePage
from cpcportal.world_map import world_map
from news import selectors as news_selectors
from organisations import selectors as organisation_selectors
from projects import listing
from projects import selectors as project_selectors
from projects.models import country_name

HOME_PROJECTS = 6
HOME_NEWS = 3


@never_cache
@require_safe
def healthz(request):
    """For load balancers and monitoring: does the application reach its database?"""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@method_decorator(cache_public_page, name="dispatch")
class HomeView(TemplateView):
    template_name = "cpcportal/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        network = organisation_selectors.portal_network()
        counts = listing.projects_per_country()
        per_country = {code: count for code, count in counts.items() if code in countries}
        context.update(
            network=network,
            members=organisation_selectors.network_members(network) if network else [],
            projects=project_selectors.running_project_cards(HOME_PROJECTS),
            news_items=news_selectors.latest_news(HOME_NEWS),
            countries=sorted(
                ({"code": code.lower(), "name": country_name(code)} for code in per_country),
                key=lambda country: name_order(country["name"]),
            ),
            world_map=world_map(per_country),
        )
        return context


@method_decorator(cache_public_page, name="dispatch")
class AboutView(TemplateView):
    template_name = "cpcportal/about.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        network = organisation_selectors.portal_network_with_goals()
        if network:
            context.update(
                pillars=network.pillar_list,
                loose_goals=network.loose_goal_list,
                members=organisation_selectors.network_members(network),
            )
        context["network"] = network
        return context


@method_decorator(cache_public_page, name="dispatch")
class CountriesView(TemplateView):
    """Every country with a public project or a public organisation based there: how
    many of each, by name in the page's language."""

    template_name = "cpcportal/countries.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        projects = listing.projects_per_country()
        based = organisation_selectors.based_per_country()
        rows = [
            {
                "code": code.lower(),
                "name": country_name(code),
                "projects": projects.get(code, 0),
                "organisations": based.get(code, 0),
            }
            for code in {*projects, *based}
            if code in countries
        ]
        context["countries"] = sorted(rows, key=lambda row: name_order(row["name"]))
        context["world_map"] = world_map({code: n for code, n in projects.items() if n})
        return context


@method_decorator(cache_public_page, name="dispatch")
class TransparencyView(TemplateView):
    """The network's members side by side: charity marks, annual reports, safeguarding
    policy and complaints contact (issue #16)."""

    template_name = "cpcportal/transparency.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["organisations"] = list(organisation_selectors.network_transparency())
        return context


@method_decorator(cache_public_page, name="dispatch")
class CountryView(TemplateView):
    """Public projects in a country, the organisations based there and their partners."""

    template_name = "cpcportal/country.html"

    def get(self, request, *args, **kwargs):
        code = kwargs["code"]
        if code != code.lower():
            return redirect("country", code=code.lower(), permanent=True)
        if code.upper() not in countries:
            raise Http404("Unknown country code")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        code = self.kwargs["code"].upper()
        projects, project_total = project_selectors.country_project_cards(code)
        context.update(
            country_code=code.lower(),
            country_name=countries.name(code),
            projects=projects,
            project_total=project_total,
            based_here=organisation_selectors.based_in(code),
            partners=project_selectors.partners_in_country(code),
        )
        return context


@method_decorator(cache_public_page, name="dispatch")
class SitePageView(TemplateView):
    """The privacy or the accessibility statement, as edited in the admin."""

    template_name = "cpcportal/site_page.html"
    key = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = get_object_or_404(SitePage, key=self.key)
        return context


@method_decorator(cache_public_page, name="dispatch")
class OpenDataView(SitePageView):
    """What the portal publishes as open data, as edited in the admin, with the addresses of
    the files and the API, and each publishing member's IATI files."""

    template_name = "cpcportal/open_data.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            licence=organisation_selectors.open_data_licence(),
            iati_publishers=organisation_selectors.iati_publishers(),
        )
        return context


@method_decorator(cache_public_page, name="dispatch")
class ContactView(SitePageView):
    """The contact page as edited in the admin, with the secretariat's details as its
    profile gives them (the portal's own network)."""

    template_name = "cpcportal/contact.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["network"] = organisation_selectors.portal_network_contact()
        return context


@public_cache_headers
@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /account/",
        # Filtered and searched listings are the same projects again in countless
        # combinations, each computed afresh (docs/performance.md); the sitemap lists them all.
        "Disallow: /*/projects/?",
        "Disallow: /*/organisations/?",
        "Disallow: /*/search/",  # the site search: the same pages again, grouped
        # The same again as data: the listing's CSV link and the API's filtered lists.
        "Disallow: /*/open-data/projects.csv?",
        "Disallow: /api/v1/projects/?",
        # Personal one-time links (they carry noindex too).
        "Disallow: /*/newsletter/confirm/",
        "Disallow: /*/newsletter/unsubscribe/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
