"""The admin's history pages, readable, and restoring a version with one click.

On top of simple_history's `SimpleHistoryAdmin`:

- each version on the history page carries `field_changes` (core.history: one line per
  changed field, a word diff for long text) instead of simple_history's
  `history_delta_changes`, which listed translated fields twice and cut long values;
- network editors get a "Restore this version" button per version: a POST that saves the
  item as it was in that version, recorded as a new version with the reason
  "restored the version of <date>". Nobody else may restore, neither through this button
  nor through simple_history's revert form (an organisation editor's change to a published
  item goes live, and the secretariat can undo it from here).

Queries of the history page: the user's permissions, the count and the page of versions
(with their users and the related objects of their foreign keys joined), and one more for
the version before the page's oldest when there are more pages; never one per version or
per field.
"""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from core.history import changes_between
from core.roles import is_network_editor

RESTORE_REASON = "restored:{history_id}"  # history_change_reason of a restore


def restored_version_id(record) -> int | None:
    """The history_id of the version a restore brought back, if `record` is a restore."""
    reason = record.history_change_reason or ""
    prefix = RESTORE_REASON.split("{")[0]
    if reason.startswith(prefix) and reason[len(prefix) :].isdigit():
        return int(reason[len(prefix) :])
    return None


class ReadableHistoryMixin:
    """Put before SimpleHistoryAdmin in an admin's bases."""

    object_history_template = "simple_history/object_history.html"

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        restore = path(
            "<path:object_id>/history/<int:version_id>/restore/",
            self.admin_site.admin_view(self.restore_view),
            name="{}_{}_history_restore".format(*info),
        )
        return [restore, *super().get_urls()]

    def may_restore(self, request, obj) -> bool:
        # The same per-request answer core.admin.is_restricted keeps, asked once.
        if not hasattr(request, "_portal_restricted"):
            request._portal_restricted = not is_network_editor(request.user)
        return not request._portal_restricted and self.has_change_permission(request, obj)

    def revert_disabled(self, request, obj=None):
        # Hides simple_history's "Revert" button and our "Restore" buttons alike.
        return super().revert_disabled(request, obj) or not self.may_restore(request, obj)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            obj = self.get_object(request, unquote(object_id))
            if obj is None:
                raise Http404
            if self.revert_disabled(request, obj):
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        records = list(historical_records)
        by_id = {record.history_id: record for record in records}
        first_page = getattr(historical_records, "number", 1) == 1
        has_older_page = getattr(historical_records, "has_next", lambda: False)()
        for index, record in enumerate(records):
            record.is_current = first_page and index == 0
            restored_id = restored_version_id(record)
            record.is_restore = restored_id is not None
            record.restored_version = by_id.get(restored_id)
            if index + 1 < len(records):
                older = records[index + 1]
            elif has_older_page and record.history_type != "+":
                older = record.prev_record  # the one query for a page's last version
            else:
                older = None
            record.field_changes = changes_between(older, record) if older else []

    def restore_view(self, request, object_id, version_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if self.revert_disabled(request, obj):
            raise PermissionDenied
        version = get_object_or_404(obj.history.all(), history_id=version_id)
        if version.history_type == "-":
            raise Http404
        history_url = reverse(
            f"admin:{self.opts.app_label}_{self.opts.model_name}_history", args=[obj.pk]
        )
        restored = version.instance
        restored._state.adding = False
        when = formats.date_format(timezone.localtime(version.history_date), "DATETIME_FORMAT")
        try:
            restored.full_clean()
        except ValidationError as error:
            self.message_user(
                request,
                _("The version of %(date)s cannot be restored: %(errors)s")
                % {"date": when, "errors": " ".join(error.messages)},
                messages.ERROR,
            )
            return HttpResponseRedirect(history_url)
        restored._history_user = request.user
        restored._change_reason = RESTORE_REASON.format(history_id=version.history_id)
        restored.save()
        self.log_change(request, restored, _("Restored the version of %(date)s") % {"date": when})
        self.message_user(
            request,
            _("The version of %(date)s is the current one again.") % {"date": when},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(history_url)
