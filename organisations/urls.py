from django.urls import path  # noqa: F401  (filled in as the public pages are built)

app_name = "organisations"

urlpatterns = []
