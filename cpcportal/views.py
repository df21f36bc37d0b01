"""Site-wide views: the health check, home, about, country pages, statements, robots.txt."""

from django.db import DatabaseError, connection
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView
from django_countries import countries

from core.cache import cache_public_page, public_cache_headers
from core.localised import localised_order
from cpcportal.models import SitePage
from organisations.models import Goal, Membership, Organisation, Pillar
from projects.models import Project, ProjectStatus
from projects.selectors import countries_of, first_cards, public_project_cards

HOME_PROJECTS = 6


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


def portal_network():
    """The portal's own network if it is published, with its goals and links, or None."""
    return (
        Organisation.objects.public()
        .filter(is_portal_network=True)
        .prefetch_related(
            Prefetch("goals", queryset=Goal.objects.order_by("position", "id")),
            "frameworks",
        )
        .first()
    )


def countries_worked_in():
    """[{code, name}] of every country with a public project, by name in this language."""
    return countries_of(Project.objects.public())


@method_decorator(cache_public_page, name="dispatch")
class HomeView(TemplateView):
    template_name = "cpcportal/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        network = portal_network()
        running = Project.objects.with_status().filter(
            current_status__in=[ProjectStatus.RUNNING, ProjectStatus.ONGOING]
        )
        context.update(
            network=network,
            members=list(Membership.objects.members_of(network)) if network else [],
            projects=list(public_project_cards(running)[:HOME_PROJECTS]),
            countries=countries_worked_in(),
        )
        return context


def goals_by_pillar(network):
    """([the network's pillars, each with `goal_list`], [its goals under none of them]).

    The goals come from the network's prefetched goals, so this costs one query (the
    pillars) whether or not the network has pillars.
    """
    pillars = list(Pillar.objects.filter(network=network).order_by("position", "id"))
    goals = {pillar.pk: [] for pillar in pillars}
    loose = []
    for goal in network.goals.all():  # in order: see portal_network()
        goals.get(goal.pillar_id, loose).append(goal)
    for pillar in pillars:
        pillar.goal_list = goals[pillar.pk]
    return pillars, loose


@method_decorator(cache_public_page, name="dispatch")
class AboutView(TemplateView):
    template_name = "cpcportal/about.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        network = portal_network()
        if network:
            pillars, loose_goals = goals_by_pillar(network)
            context.update(
                pillars=pillars,
                loose_goals=loose_goals,
                members=list(Membership.objects.members_of(network)),
            )
        context["network"] = network
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
        projects, project_total = first_cards(
            public_project_cards(Project.objects.filter(countries__contains=[code]))
        )
        context.update(
            country_code=code.lower(),
            country_name=countries.name(code),
            projects=projects,
            project_total=project_total,
            based_here=Organisation.objects.public()
            .filter(country=code)
            .order_by(localised_order()),
            partners=Organisation.objects.public()
            .filter(
                participations__project__in=Project.objects.public().filter(
                    countries__contains=[code]
                )
            )
            .distinct()
            .order_by(localised_order()),
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
        # Personal one-time links (they carry noindex too).
        "Disallow: /*/newsletter/confirm/",
        "Disallow: /*/newsletter/unsubscribe/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
