from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = _("Newsletter")

    def ready(self):
        from core import cache
        from newsletter.models import Newsletter

        cache.watch(Newsletter)  # the footer's sign-up form lists the open newsletters
