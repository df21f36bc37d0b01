from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

from cpcportal import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
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
    path("organisations/", include("organisations.urls")),
    path("projects/", include("projects.urls")),
    path("donors/", include("donors.urls")),
    prefix_default_language=True,
)
