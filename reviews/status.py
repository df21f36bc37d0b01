"""What an organisation editor reads in place of the publication field of an item they
edit (core.admin.add_publication_note): whether it waits for review, was returned and why,
and the link to submit it; and what happens to an item they added (core.admin.on_added)."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

from core.models import Publication
from reviews import services
from reviews.models import Review, ReviewState


def submit_url(item) -> str:
    content_type = ContentType.objects.get_for_model(item, for_concrete_model=True)
    return reverse("admin:reviews_review_submit", args=[content_type.pk, item.pk])


def publication_note(item) -> str:
    if item is None or item.pk is None:
        return _("— the secretariat publishes it after review.")
    if item.publication != Publication.DRAFT:
        return ""
    latest = Review.objects.of(item).order_by("-submitted_at", "-pk").first()
    if latest is not None and latest.state == ReviewState.WAITING:
        when = formats.date_format(timezone.localtime(latest.submitted_at), "DATETIME_FORMAT")
        return format_html("— {}", _("waiting for review since %(when)s") % {"when": when})
    link = format_html(
        '<a href="{}" class="submit-for-review">{}</a>', submit_url(item), _("Submit for review")
    )
    if latest is not None and latest.state == ReviewState.RETURNED:
        return format_html("— {} “{}” {}", _("returned by the secretariat:"), latest.comment, link)
    return format_html("— {}", link)


def submit_if_added_for_good(request, item) -> None:
    """After an organisation editor added an item (core.admin.on_added)."""
    base_url = request.build_absolute_uri("/").rstrip("/")
    if services.submit_added(item, request.user, base_url=base_url):
        messages.info(request, _("It has been sent to the secretariat for review."))


def approve_if_published(request, item) -> None:
    """After a network editor published an item outside review (core.admin.on_published)."""
    base_url = request.build_absolute_uri("/").rstrip("/")
    if services.approve_published(item, request.user, base_url=base_url):
        messages.info(request, _("Its waiting review is approved; the editor is told."))
