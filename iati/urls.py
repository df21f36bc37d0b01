from django.urls import path

from iati import views

app_name = "iati"

# Outside the language prefix: one file holds both languages.
urlpatterns = [
    path("activities.xml", views.activities, name="activities"),
    path(
        "<str:identifier>/activities.xml",
        views.organisation_activities,
        name="organisation-activities",
    ),
    path("<str:identifier>/organisation.xml", views.organisation, name="organisation-file"),
]
