from django.urls import path

from core.cache import public_cache_headers
from core.compression import compress_public_response
from news import feeds, views

app_name = "news"

urlpatterns = [
    path("", views.NewsListView.as_view(), name="list"),
    # The same for every reader, no secret: compressed per request (core/compression.py).
    path(
        "feed/rss/",
        compress_public_response(public_cache_headers(feeds.NewsRssFeed())),
        name="feed-rss",
    ),
    path(
        "feed/atom/",
        compress_public_response(public_cache_headers(feeds.NewsAtomFeed())),
        name="feed-atom",
    ),
    path("<slug:slug>/", views.NewsDetailView.as_view(), name="detail"),
]
