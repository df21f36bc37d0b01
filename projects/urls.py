from django.urls import path

from core.cache import public_cache_headers
from core.compression import compress_public_response
from projects import feeds, views

app_name = "projects"

urlpatterns = [
    path("", views.project_list, name="list"),
    # The same for every reader, no secret: compressed per request (core/compression.py).
    path(
        "feed/rss/",
        compress_public_response(public_cache_headers(feeds.ProjectRssFeed())),
        name="feed-rss",
    ),
    path(
        "feed/atom/",
        compress_public_response(public_cache_headers(feeds.ProjectAtomFeed())),
        name="feed-atom",
    ),
    path("<slug:slug>/", views.project_detail, name="detail"),
    # In the page's language, since the image shows the title (images/opengraph.py).
    path("<slug:slug>/og.png", views.project_og_image, name="og-image"),
]
