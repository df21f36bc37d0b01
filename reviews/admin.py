"""The review screens in the admin: the network editors' dashboard of what waits (the
Review list), Approve and Return on it, and the page where an editor submits a draft."""

from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.admin import is_restricted
from core.models import Publishable
from reviews import selectors, services
from reviews.models import Review


def is_secretariat(request) -> bool:
    return not is_restricted(request)  # is_network_editor, asked once per request


def base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


class ReviewAdmin(admin.ModelAdmin):
    """Network editors only; reviews are made by submitting and deciding, never by hand."""

    def has_module_permission(self, request):
        return is_secretariat(request)

    def has_view_permission(self, request, obj=None):
        return is_secretariat(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "<int:review_id>/approve/",
                wrap(require_POST(self.approve_view)),
                name="reviews_review_approve",
            ),
            path(
                "<int:review_id>/return/",
                wrap(require_POST(self.return_view)),
                name="reviews_review_return",
            ),
            path(
                "submit/<int:content_type_id>/<int:object_id>/",
                wrap(self.submit_view),
                name="reviews_review_submit",
            ),
            path("", wrap(self.changelist_view), name="reviews_review_changelist"),
        ]

    def changelist_view(self, request, extra_context=None):
        """The dashboard: what waits, oldest first, with its changes; what was decided."""
        if not is_secretariat(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Waiting for review"),
            "waiting": selectors.waiting_with_changes(),
            "decided": selectors.recently_decided(),
        }
        return TemplateResponse(request, "reviews/dashboard.html", context)

    def approve_view(self, request, review_id):
        if not is_secretariat(request):
            raise PermissionDenied  # before the lookup: nobody learns which reviews exist
        review = get_object_or_404(Review, pk=review_id)
        try:
            review = services.approve(review, request.user, base_url=base_url(request))
        except services.ReviewRefused as refusal:  # decided meanwhile by someone else
            self.message_user(request, str(refusal), messages.ERROR)
            return HttpResponseRedirect(reverse("admin:reviews_review_changelist"))
        self.message_user(
            request,
            _("“%(item)s” is approved and published.") % {"item": review.item},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:reviews_review_changelist"))

    def return_view(self, request, review_id):
        if not is_secretariat(request):
            raise PermissionDenied
        review = get_object_or_404(Review, pk=review_id)
        dashboard = reverse("admin:reviews_review_changelist")
        try:
            review = services.return_to_editor(
                review, request.user, request.POST.get("comment", ""), base_url=base_url(request)
            )
        except services.ReviewRefused as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
            return HttpResponseRedirect(dashboard)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return HttpResponseRedirect(f"{dashboard}#review-{review.pk}")
        self.message_user(
            request,
            _("“%(item)s” is returned to its editor.") % {"item": review.item},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(dashboard)

    def submit_view(self, request, content_type_id, object_id):
        item = self._editable_item(request, content_type_id, object_id)
        change_url = reverse(
            f"admin:{item._meta.app_label}_{item._meta.model_name}_change", args=[item.pk]
        )
        if request.method == "POST":
            try:
                services.submit(item, request.user, base_url=base_url(request))
            except services.ReviewRefused as refusal:
                self.message_user(request, str(refusal), messages.ERROR)
            else:
                self.message_user(
                    request,
                    _("“%(item)s” is submitted for review. The secretariat is told by e-mail.")
                    % {"item": item},
                    messages.SUCCESS,
                )
            return HttpResponseRedirect(change_url)
        context = {
            **self.admin_site.each_context(request),
            "opts": item._meta,
            "title": _("Submit for review"),
            "item": item,
            "change_url": change_url,
        }
        return TemplateResponse(request, "reviews/submit.html", context)

    def _editable_item(self, request, content_type_id, object_id):
        """The item, if this user may change it; 404 otherwise, the same for another
        organisation's item as for one that does not exist."""
        content_type = ContentType.objects.filter(pk=content_type_id).first()
        model = content_type.model_class() if content_type else None
        if (
            model is None
            or not issubclass(model, Publishable)
            or not self.admin_site.is_registered(model)
        ):
            raise Http404
        model_admin = self.admin_site.get_model_admin(model)
        item = model_admin.get_queryset(request).filter(pk=object_id).first()
        if item is None or not model_admin.has_change_permission(request, item):
            raise Http404
        return item


admin.site.register(Review, ReviewAdmin)
