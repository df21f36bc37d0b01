from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from core import cache
        from images import renditions
        from news import models, selectors
        from organisations import selectors as organisation_selectors
        from projects import selectors as project_selectors

        cache.watch(models.NewsItem)
        renditions.register(models.NewsItem, "image", widths=(320, 640, 960, 1280))
        # News sits above organisations and projects: their pages list an item's news as a
        # column of the item's own row, which costs no query.
        project_selectors.add_detail_annotation("news_list", selectors.project_news)
        organisation_selectors.add_profile_annotation("news_list", selectors.organisation_news)
