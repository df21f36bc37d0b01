from django.urls import path

from core.cache import public_cache_headers
from projects import feeds, views

app_name = "projects"

urlpatterns = [
    path("", views.project_list, name="list"),
    path("feed/rss/", public_cache_headers(feeds.ProjectRssFeed()), name="feed-rss"),
    path("feed/atom/", public_cache_headers(feeds.ProjectAtomFeed()), name="feed-atom"),
    path("<slug:slug>/", views.project_detail, name="detail"),
]
