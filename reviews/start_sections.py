"""The start page's review sections (core.start_page): what waits, for network editors;
their own submissions, for organisation editors."""

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from core.roles import is_network_editor
from core.start_page import Section
from reviews import selectors
from reviews.models import Review, ReviewState

SHOWN = 10


def _when(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


def _submitter(review) -> str:
    user = review.submitted_by
    return (user.get_full_name() or user.get_username()) if user else "–"


def waiting_for_review(request) -> Section | None:
    if not is_network_editor(request.user):
        return None
    count = Review.objects.waiting().count()
    dashboard = reverse("admin:reviews_review_changelist")
    links = [
        {
            "label": str(review.item),
            "url": f"{dashboard}#review-{review.pk}",
            "detail": _("%(who)s, %(when)s")
            % {"who": _submitter(review), "when": _when(review.submitted_at)},
        }
        for review in (selectors.waiting(limit=SHOWN) if count else [])
        if review.item is not None
    ]
    if count > SHOWN:
        links.append(
            {
                "label": _("All %(count)d on the review dashboard") % {"count": count},
                "url": dashboard,
            }
        )
    return Section(
        title=_("Waiting for review (%(count)d)") % {"count": count},
        template="admin/start/links.html",
        context={"links": links, "empty": _("Nothing waits for review.")},
        order=10,
    )


def your_submissions(request) -> Section | None:
    if is_network_editor(request.user):
        return None
    links = []
    for review in selectors.open_submissions_of(request.user):
        if review.item is None:
            continue
        if review.state == ReviewState.WAITING:
            detail = _("waiting for review since %(when)s") % {"when": _when(review.submitted_at)}
        else:
            detail = _("returned: %(comment)s") % {"comment": review.comment}
        links.append({"label": str(review.item), "url": review.item_admin_path, "detail": detail})
    return Section(
        title=_("Your submissions"),
        template="admin/start/links.html",
        context={
            "links": links,
            "empty": _(
                "Nothing waits for review. Open a draft and choose “Submit for review” "
                "to have the secretariat publish it."
            ),
        },
        order=20,
    )
