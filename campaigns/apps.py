from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = _("Campaigns")

    def ready(self):
        from campaigns import models, selectors
        from core import cache
        from images import renditions
        from organisations import selectors as organisation_selectors

        # Signatures are not watched: a confirmation would empty every cached page. The
        # campaign's own page, with the counter, is not in the page cache.
        cache.watch(
            models.Campaign,
            models.Campaign.organisations.through,
            models.Campaign.outside_bodies.through,
        )
        renditions.register(models.Campaign, "image", widths=(320, 640, 960, 1280))
        # Campaigns sit above organisations: a profile lists an organisation's campaigns
        # as a column of its own row, which costs no query.
        organisation_selectors.add_profile_annotation(
            "campaign_list", selectors.organisation_campaigns
        )
