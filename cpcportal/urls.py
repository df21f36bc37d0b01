from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.static import serve

from accounts.views import AdminLanguageView
from api import downloads
from core.cache import public_cache_headers
from core.compression import compress_public_response
from cpcportal import views
from cpcportal.models import SitePageKey
from cpcportal.sitemaps import sitemaps
from organisations.views import PartnershipListView
from search.views import SiteSearchView

# A database that cannot be reached answers 503, not 500 (cpcportal/unavailable.py).
handler500 = "core.unavailable.server_error"
# Inside the admin, a 404 and a 403 keep the admin's look (cpcportal/errors.py).
handler404 = "cpcportal.errors.page_not_found"
handler403 = "cpcportal.errors.permission_denied"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("", include("accounts.urls")),
    path("account/language/", AdminLanguageView.as_view(), name="admin_language"),
    # The read-only JSON API, its schema and reference: the same in every language.
    path("api/v1/", include("api.urls")),
    # Search engines look for these at the root, without a language prefix.
    path("robots.txt", views.robots_txt, name="robots"),
    path(
        "sitemap.xml",
        compress_public_response(public_cache_headers(sitemap)),
        {"sitemaps": sitemaps},
        name="sitemap",
    ),
    # The IATI files hold both languages, so they have no language prefix.
    path("iati/", include("iati.urls")),
]

if settings.SERVE_MEDIA:
    # Uploaded logos and images when no reverse proxy serves them (make run).
    urlpatterns += [
        re_path(
            r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}, name="media"
        )
    ]

# Every public page carries its language in the URL: /nl/… and /en/….
urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("about/", views.AboutView.as_view(), name="about"),
    path("organisations/", include("organisations.urls")),
    path("projects/", include("projects.urls")),
    path("donors/", include("donors.urls")),
    path("publications/", include("publications.urls")),
    path("news/", include("news.urls")),
    path("campaigns/", include("campaigns.urls")),
    path("newsletter/archive/", include("editions.urls")),
    path("newsletter/", include("newsletter.urls")),
    path("countries/", views.CountriesView.as_view(), name="countries"),
    path("search/", SiteSearchView.as_view(), name="search"),
    path("transparency/", views.TransparencyView.as_view(), name="transparency"),
    path("partnerships/", PartnershipListView.as_view(), name="partnerships"),
    # Two letters in either case: upper case is redirected to the lower-case address.
    re_path(r"^countries/(?P<code>[A-Za-z]{2})/$", views.CountryView.as_view(), name="country"),
    path("privacy/", views.SitePageView.as_view(key=SitePageKey.PRIVACY), name="privacy"),
    path(
        "accessibility/",
        views.SitePageView.as_view(key=SitePageKey.ACCESSIBILITY),
        name="accessibility",
    ),
    path("open-data/", views.OpenDataView.as_view(key=SitePageKey.OPEN_DATA), name="open-data"),
    path("contact/", views.ContactView.as_view(key=SitePageKey.CONTACT), name="contact"),
    # Texts in both languages, names of codes in the address's language.
    path("open-data/projects.csv", downloads.projects_csv, name="projects-csv"),
    path("open-data/organisations.csv", downloads.organisations_csv, name="organisations-csv"),
    path("open-data/donors.csv", downloads.donors_csv, name="donors-csv"),
    path("open-data/fundings.csv", downloads.fundings_csv, name="fundings-csv"),
    prefix_default_language=True,
)
