from django.urls import path

from projects import feeds, views

app_name = "projects"

urlpatterns = [
    path("", views.project_list, name="list"),
    path("feed/rss/", feeds.ProjectRssFeed(), name="feed-rss"),
    path("feed/atom/", feeds.ProjectAtomFeed(), name="feed-atom"),
    path("<slug:slug>/", views.project_detail, name="detail"),
]
