"""What `make bench` measures: the page types, in the report's order, and the URL of each,
chosen the same way in every database."""

from __future__ import annotations

from collections import Counter

# Page types, in the report's order: (key, label, has a server-time target).
PAGE_TYPES = [
    ("home", "Home", False),
    ("about", "About", False),
    ("organisation_list", "Organisation list", True),
    ("organisation_detail", "Organisation profile", True),
    ("project_list", "Project listing", True),
    ("project_filtered", "Filtered listing", True),
    ("project_search", "Search", True),
    ("project_detail", "Project page", True),
    ("donor_list", "Donor list", True),
    ("donor_detail", "Donor page", True),
    ("publication_list", "Publication listing", False),
    ("publication_search", "Publication search", False),
    ("publication_detail", "Publication page", False),
    ("news_list", "News index", True),
    ("news_search", "News search", True),
    ("news_detail", "News item", True),
    ("campaign_list", "Campaign index", False),
    ("campaign_detail", "Campaign page (petition)", False),
    ("country", "Country page", True),
    ("countries", "Countries index", True),
    ("partnerships", "Partnerships", True),
    ("transparency", "Transparency", True),
    ("site_search", "Site search", True),
    ("contact", "Contact page", False),
    ("newsletter", "Newsletter page", False),
    ("newsletter_archive", "Newsletter archive", True),
    ("newsletter_issue", "Newsletter issue", True),
    ("privacy", "Privacy statement", False),
    ("feed", "Project feed (RSS)", False),
    ("api_projects", "API: projects", False),
    ("api_filtered", "API: filtered projects", False),
    ("minimal", "Baseline: minimal view", False),
]
SEARCH_QUERY = "geweld Bisjkek"  # a topic and a place, as visitors search; both data sets have it
# The publication and news searches: a word both data sets have in those (an empty result
# would skip a query at one size and not at the other).
DATED_SEARCH_QUERY = "kinderen"


def page_urls() -> dict[str, str]:
    """The URL measured for each page type, chosen the same way in every database.

    Detail pages show the biggest of their kind (the organisation, donor and country with
    the most public projects, the project with the most participants and funders), so that
    a page whose cost grows with its content shows it.
    """
    from django.db import connection
    from django.db.models import Count, Q

    from donors.models import Donor
    from editions.models import Edition
    from organisations.models import Organisation
    from projects.models import Project, ProjectStatus

    public = Project.objects.public()
    organisation = (
        Organisation.objects.public()
        .annotate(n=Count("participations", filter=Q(participations__project__in=public)))
        .order_by("-n", "pk")
        .first()
    )
    project = (
        public.annotate(n=Count("participations", distinct=True) + Count("fundings", distinct=True))
        .order_by("-n", "pk")
        .first()
    )
    donor = (
        Donor.objects.public()
        .annotate(n=Count("fundings", filter=Q(fundings__project__in=public)))
        .order_by("-n", "pk")
        .first()
    )
    sql, params = public.values("pk").query.sql_with_params()
    # A queryset's own SQL, its parameters kept apart: no outside text goes into the query.
    where = f"WHERE id IN ({sql}) GROUP BY code ORDER BY count(*) DESC, code LIMIT 1"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT code FROM projects_project, unnest(countries) AS code " + where,  # noqa: S608
            params,
        )
        country = cursor.fetchone()[0]
    # The country and theme with the most running projects, so that the filtered listing
    # has cards to show at every size (an empty page skips its prefetch queries).
    pairs = Counter()
    running = public.with_status().filter(current_status=ProjectStatus.RUNNING)
    for codes, theme in running.values_list("countries", "themes__slug").iterator():
        for code in codes if theme else []:
            pairs[code, theme] += 1
    from publications.models import Publication

    publication = (
        Publication.objects.public().order_by("-published_on", "pk").values("slug").first()
    )
    from campaigns.models import Campaign

    # The public petition with the most signatures: its page reads the most.
    campaign = (
        Campaign.objects.public()
        .filter(has_petition=True)
        .annotate(signed=Count("signatures"))
        .order_by("-signed", "pk")
        .values("slug")
        .first()
    )
    filter_country, theme = min(pairs, key=lambda pair: (-pairs[pair], pair), default=(country, ""))
    from news.models import NewsItem

    news_item = NewsItem.objects.public().order_by("-published_on", "-pk").values("slug").first()
    newest_issue = (
        Edition.objects.public().order_by("-sending_started_at").values_list("slug", flat=True)
    ).first()
    return {
        "home": "/nl/",
        "about": "/nl/about/",
        "organisation_list": "/nl/organisations/",
        "organisation_detail": f"/nl/organisations/{organisation.slug}/",
        "project_list": "/nl/projects/",
        "project_filtered": f"/nl/projects/?country={filter_country}&theme={theme}&status=running",
        "project_search": "/nl/projects/?q=" + SEARCH_QUERY.replace(" ", "+"),
        "project_detail": f"/nl/projects/{project.slug}/",
        "donor_list": "/nl/donors/",
        "donor_detail": f"/nl/donors/{donor.slug}/",
        "publication_list": "/nl/publications/",
        "publication_search": "/nl/publications/?q=" + DATED_SEARCH_QUERY,
        "publication_detail": f"/nl/publications/{publication['slug']}/" if publication else "",
        "news_list": "/nl/news/",
        "news_search": "/nl/news/?q=" + DATED_SEARCH_QUERY,
        "news_detail": f"/nl/news/{news_item['slug']}/" if news_item else "",
        "campaign_list": "/nl/campaigns/",
        "campaign_detail": f"/nl/campaigns/{campaign['slug']}/" if campaign else "",
        "country": f"/nl/countries/{country.lower()}/",
        "countries": "/nl/countries/",
        "partnerships": "/nl/partnerships/",
        "transparency": "/nl/transparency/",
        "site_search": "/nl/search/?q=" + SEARCH_QUERY.replace(" ", "+"),
        "contact": "/nl/contact/",
        "newsletter": "/nl/newsletter/",
        "newsletter_archive": "/nl/newsletter/archive/",
        "newsletter_issue": f"/nl/newsletter/archive/{newest_issue}/",
        "privacy": "/nl/privacy/",
        "feed": "/nl/projects/feed/rss/",
        "api_projects": "/api/v1/projects/",
        "api_filtered": f"/api/v1/projects/?country={filter_country}&theme={theme}&status=running",
        "minimal": "/bench/minimal/",  # tools/bench/views.py: one query, a small template
    }
