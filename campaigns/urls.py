from django.urls import path

from campaigns import views

app_name = "campaigns"

urlpatterns = [
    path("", views.CampaignListView.as_view(), name="list"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("<slug:slug>/", views.campaign_detail, name="detail"),
    path("<slug:slug>/check-your-inbox/", views.check_inbox, name="check_inbox"),
    # In the page's language, since the image shows the title (images/opengraph.py).
    path("<slug:slug>/og.png", views.campaign_og_image, name="og-image"),
]
