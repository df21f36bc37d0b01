"""A project's time of change follows the rows that hang from it in apps above projects
(budgets, transactions, results and their parts, policy markers), which this app cannot
name: they register here from their `ready()`.

The IATI files' ETag, Last-Modified and `last-updated-datetime`, the files written ahead
and the sitemap all read `Project.updated_at`; without this, a new budget alone would leave
them as they were. One UPDATE of that column only: it fires no search trigger and writes
no history.
"""

from collections.abc import Callable

from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from projects.models import Project


def follow(model, project_id_of: Callable[[object], int | None]) -> None:
    """After a row of `model` is saved or deleted, its project counts as changed."""

    def touch(sender, instance, **kwargs):
        project_id = project_id_of(instance)
        if project_id:
            Project.objects.filter(pk=project_id).update(updated_at=timezone.now())

    post_save.connect(touch, sender=model, weak=False, dispatch_uid=f"touch-{model._meta.label}")
    post_delete.connect(
        touch, sender=model, weak=False, dispatch_uid=f"untouch-{model._meta.label}"
    )
