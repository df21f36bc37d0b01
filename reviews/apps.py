from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewsConfig(AppConfig):
    """Review before publishing: organisation editors submit drafts, network editors approve
    (publish) or return them. It sits above the domain apps, which never import it."""

    name = "reviews"
    verbose_name = _("Review before publishing")

    def ready(self):
        from core import start_page
        from core.admin import add_publication_note, on_added, on_published
        from reviews import start_sections, status

        add_publication_note(status.publication_note)
        on_added(status.submit_if_added_for_good)
        on_published(status.approve_if_published)
        start_page.add_section(start_sections.waiting_for_review)
        start_page.add_section(start_sections.your_submissions)
