from django.urls import path

from donors import views

app_name = "donors"

urlpatterns = [
    path("", views.DonorListView.as_view(), name="list"),
    path("<slug:slug>/", views.DonorDetailView.as_view(), name="detail"),
]
