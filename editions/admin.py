"""Writing, previewing, testing and sending newsletter issues (network editors).

A draft can be changed, previewed and sent as a test to the editor's own address as
often as they like; sending it to the subscribers happens once, after a confirmation, and
from then on the issue is read-only. The sending runs in the request for a while and is
taken over by `manage.py send_editions` (or the "Continue sending" button) for the rest.
"""

from csp.decorators import csp_replace
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from core.admin_messages import ArticleMessagesMixin
from editions import sending
from editions.content import render_mail
from editions.models import DeliveryStatus, Edition, State
from newsletter.models import Newsletter
from newsletter.subscriptions import base_url

# How long the request that starts (or continues) a sending keeps at it, in seconds:
# below the application server's timeout; cron takes over the rest.
SENDING_SECONDS_PER_REQUEST = 20


class EditionForm(forms.ModelForm):
    class Meta:
        model = Edition
        fields = [
            "newsletter",
            "language",
            "subject",
            "slug",
            "introduction",
            "body",
            "projects",
            "news_items",
            "publications",
        ]

    def _only_public(self, name, message):
        chosen = self.cleaned_data[name]
        hidden = chosen.exclude(pk__in=chosen.model.objects.public().values("pk"))
        if hidden.exists():
            raise forms.ValidationError(
                message % {"titles": ", ".join(str(item) for item in hidden[:3])}
            )
        return chosen

    def clean_projects(self):
        return self._only_public(
            "projects",
            _("Only public projects can be in a newsletter issue: %(titles)s is not public."),
        )

    def clean_news_items(self):
        return self._only_public(
            "news_items",
            _("Only public news can be in a newsletter issue: %(titles)s is not public."),
        )

    def clean_publications(self):
        return self._only_public(
            "publications",
            _("Only public publications can be in a newsletter issue: %(titles)s is not public."),
        )


@admin.register(Edition)
class EditionAdmin(ArticleMessagesMixin, admin.ModelAdmin):
    form = EditionForm
    list_display = ["subject", "newsletter", "language", "state", "sending_started_at", "figures"]
    list_filter = ["state", "language", "newsletter"]
    search_fields = ["subject", "introduction"]
    prepopulated_fields = {"slug": ("subject",)}
    autocomplete_fields = ["projects", "news_items", "publications"]
    list_select_related = ["newsletter"]
    change_form_template = "admin/editions/edition/change_form.html"
    sending_fields = ["state", "sending_started_at", "sent_at", "sent_by", "figures"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                recipient_count=Count("deliveries"),
                sent_count=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.SENT)),
                failed_count=Count(
                    "deliveries", filter=Q(deliveries__status=DeliveryStatus.FAILED)
                ),
            )
        )

    @admin.display(description=_("sent / failed / recipients"))
    def figures(self, obj):
        if obj is None or obj.is_draft:
            return "–"
        return f"{obj.sent_count} / {obj.failed_count} / {obj.recipient_count}"

    def get_changeform_initial_data(self, request):
        # Most portals have one newsletter: start with the first that is open for sign-up.
        initial = super().get_changeform_initial_data(request)
        first = Newsletter.objects.public().values_list("pk", flat=True).first()
        return {"newsletter": first, **initial} if first else initial

    def get_fields(self, request, obj=None):
        fields = list(EditionForm.Meta.fields)
        return fields if obj is None or obj.is_draft else [*fields, *self.sending_fields]

    def get_readonly_fields(self, request, obj=None):
        if obj is None or obj.is_draft:
            return []
        return self.get_fields(request, obj)  # sent once, as it was written

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if obj is None or obj.is_draft else {}

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or obj.is_draft)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # sent issues stay; drafts are deleted one by one
        return actions

    def change_view(self, request, object_id, form_url="", extra_context=None):
        edition = self.get_object(request, object_id)
        extra = {}
        if edition is not None:
            extra = {
                "can_send": request.user.has_perm("editions.send_edition"),
                "recipient_count": sending.recipients(edition).count(),
                "progress": None if edition.is_draft else sending.progress(edition),
            }
        return super().change_view(request, object_id, form_url, {**extra, **(extra_context or {})})

    def get_urls(self):
        def view(function, name):
            return path(
                f"<int:pk>/{name}/",
                self.admin_site.admin_view(function),
                name=f"editions_edition_{name.replace('-', '_')}",
            )

        return [
            view(self.preview_view, "preview"),
            view(self.preview_html_view, "preview-html"),
            view(self.test_view, "test"),
            view(self.send_view, "send"),
            view(self.continue_view, "continue"),
            *super().get_urls(),
        ]

    # --- the views behind the change form's buttons ---------------------------------------

    def _edition(self, request, pk, *, to_send=False) -> Edition:
        edition = get_object_or_404(self.get_queryset(request), pk=pk)
        if not self.has_view_or_change_permission(request, edition):
            raise PermissionDenied
        if to_send and not request.user.has_perm("editions.send_edition"):
            raise PermissionDenied
        return edition

    def _back(self, edition) -> HttpResponseRedirect:
        return HttpResponseRedirect(reverse("admin:editions_edition_change", args=[edition.pk]))

    def preview_view(self, request, pk):
        edition = self._edition(request, pk)
        mail = render_mail(edition, base=base_url(request))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Preview of “%(subject)s”") % {"subject": edition.subject},
            "opts": self.model._meta,
            "original": edition,
            "mail": mail.for_address(base_url(request) + reverse("newsletter:subscribe")),
            "recipient_count": sending.recipients(edition).count(),
        }
        return TemplateResponse(request, "admin/editions/edition/preview.html", context)

    @staticmethod
    @csp_replace({"style-src": ["'unsafe-inline'"], "img-src": ["'self'"]})
    def _as_page(html):
        # The e-mail's own HTML (inline styles, as mail programs need); it holds no script.
        return HttpResponse(html)

    def preview_html_view(self, request, pk):
        edition = self._edition(request, pk)
        base = base_url(request)
        mail = render_mail(edition, base=base).for_address(base + reverse("newsletter:subscribe"))
        return self._as_page(mail.html)

    def test_view(self, request, pk):
        if request.method != "POST":
            return HttpResponse(status=405)
        edition = self._edition(request, pk)
        if not self.has_change_permission(request, edition):
            raise PermissionDenied
        if not request.user.email:
            self.message_user(
                request, _("Your account has no e-mail address to send a test to."), messages.ERROR
            )
            return self._back(edition)
        report = sending.send_test(edition, to=request.user.email, base=base_url(request))
        if report.sent:
            self.message_user(
                request,
                _("A test was sent to %(email)s.") % {"email": request.user.email},
                messages.SUCCESS,
            )
        else:
            self.message_user(
                request,
                _("The test could not be sent; it waits in the outbox."),
                messages.WARNING,
            )
        return self._back(edition)

    def send_view(self, request, pk):
        edition = self._edition(request, pk, to_send=True)
        if not edition.is_draft:
            return self._back(edition)
        if request.method == "POST":
            try:
                sending.start_sending(edition.pk, by=request.user, base=base_url(request))
            except sending.NotADraft:
                return self._back(edition)
            edition.refresh_from_db()
            return self._keep_sending(request, edition)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Send “%(subject)s”") % {"subject": edition.subject},
            "opts": self.model._meta,
            "original": edition,
            "recipient_count": sending.recipients(edition).count(),
        }
        return TemplateResponse(request, "admin/editions/edition/send.html", context)

    def continue_view(self, request, pk):
        if request.method != "POST":
            return HttpResponse(status=405)
        edition = self._edition(request, pk, to_send=True)
        if edition.state != State.SENDING:
            return self._back(edition)
        return self._keep_sending(request, edition)

    def _keep_sending(self, request, edition):
        counts = sending.send_pending(edition, seconds=SENDING_SECONDS_PER_REQUEST)
        figures = {"sent": counts.sent, "failed": counts.failed, "total": counts.recipients}
        if counts.waiting:
            self.message_user(
                request,
                _(
                    "Sent so far: %(sent)d of %(total)d (%(failed)d failed). The rest is sent "
                    "by the scheduled task, or press “Continue sending”."
                )
                % figures,
                messages.WARNING,
            )
        else:
            self.message_user(
                request,
                _("The issue was sent: %(sent)d of %(total)d e-mails, %(failed)d failed.")
                % figures,
                messages.WARNING if counts.failed else messages.SUCCESS,
            )
        return self._back(edition)
