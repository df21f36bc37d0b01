"""The review's e-mails, rendered in each recipient's language and put in the newsletter's
outbox (`newsletter.models.OutboxMessage` without a subscriber), which sends them after the
decision is committed, or later by `manage.py send_outbox` when the mail server was down."""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from accounts.language import chosen_language
from newsletter.models import OutboxMessage
from newsletter.outbox import send_outbox


def language_of(user) -> str:
    """The staff member's admin language (accounts.language); Dutch when they follow the
    browser, which an e-mail cannot ask."""
    chosen = chosen_language(user)
    languages = {code for code, _name in settings.LANGUAGES}
    return chosen if chosen in languages else settings.LANGUAGE_CODE


def queue_submitted(review, item, recipients, *, base_url: str) -> None:
    """One e-mail per network editor with an address: something waits for them."""
    context = {
        "review": review,
        "submitter": review.submitted_by,
        "item_url": base_url + review.item_admin_path,
        "dashboard_url": base_url + reverse("admin:reviews_review_changelist"),
    }
    _queue("submitted", item, recipients, context)


def queue_decided(review, item, *, base_url: str) -> None:
    """The submitter hears of the decision (approved, or returned with the comment)."""
    submitter = review.submitted_by
    if submitter is None or not submitter.email:
        return
    context = {"review": review, "item_url": base_url + review.item_admin_path}
    _queue(review.state, item, [submitter], context)


def _queue(kind: str, item, recipients, context: dict) -> None:
    queued = []
    for user in recipients:
        language = language_of(user)
        with translation.override(language):
            # The item's name in the recipient's language (modeltranslation follows it).
            context = {**context, "item": str(item), "kind": item._meta.verbose_name}
            subject = " ".join(
                render_to_string(f"reviews/email/{kind}_subject.txt", context).split()
            )
            body = render_to_string(f"reviews/email/{kind}.txt", context)
        message = OutboxMessage.objects.create(
            to=user.email,
            subject=subject[:300],
            body_text=body,
            headers={"Auto-Submitted": "auto-generated", "Content-Language": language},
        )
        queued.append(message.pk)
    if queued:
        transaction.on_commit(lambda: send_outbox(ids=queued))
