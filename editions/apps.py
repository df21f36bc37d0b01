from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditionsConfig(AppConfig):
    """Newsletter issues: written in the admin, sent to a newsletter's confirmed subscribers
    through its outbox, kept in an archive on the site. Above the newsletter and the
    domain apps whose content an issue picks; nothing below imports it."""

    name = "editions"
    verbose_name = _("Newsletter issues")

    def ready(self):
        from core import cache
        from editions import sending
        from editions.models import Edition
        from newsletter.outbox import message_failed, message_sent

        cache.watch(Edition)  # the archive
        message_sent.connect(sending.mark_sent, dispatch_uid="editions-sent")
        message_failed.connect(sending.mark_failed, dispatch_uid="editions-failed")
