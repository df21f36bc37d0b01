from django.urls import path

from organisations import views

app_name = "organisations"

urlpatterns = [
    path("", views.OrganisationListView.as_view(), name="list"),
    path("<slug:slug>/", views.OrganisationDetailView.as_view(), name="detail"),
    # In the page's language, since the image shows the name (images/opengraph.py).
    path("<slug:slug>/og.png", views.organisation_og_image, name="og-image"),
]
