from django.urls import path

from editions import views

app_name = "editions"

urlpatterns = [
    path("", views.ArchiveView.as_view(), name="archive"),
    path("<slug:slug>/", views.EditionView.as_view(), name="detail"),
]
