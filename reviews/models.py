"""A review: one submission of a draft item and the secretariat's decision on it.

Every submission is a row of its own, so the reviews of an item are its review history;
the database allows one waiting review per item at a time.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class ReviewState(models.TextChoices):
    WAITING = "waiting", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Returned")


class ReviewQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(state=ReviewState.WAITING)

    def of(self, item):
        return self.filter(
            content_type=ContentType.objects.get_for_model(item, for_concrete_model=True),
            object_id=item.pk,
        )


class Review(models.Model):
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("kind of item"), on_delete=models.CASCADE
    )
    object_id = models.PositiveBigIntegerField(_("item id"))
    item = GenericForeignKey("content_type", "object_id")
    state = models.CharField(
        _("state"), max_length=10, choices=ReviewState.choices, default=ReviewState.WAITING
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        on_delete=models.SET_NULL,  # the review stays in the item's history
        null=True,
        related_name="submitted_reviews",
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="decided_reviews",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["submitted_at", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=Q(state=ReviewState.WAITING),
                name="reviews_review_one_waiting_per_item",
                violation_error_message=_("This item is already waiting for review."),
            ),
            models.CheckConstraint(
                condition=~Q(state=ReviewState.RETURNED) | ~Q(comment=""),
                name="reviews_review_returned_with_comment",
                violation_error_message=_("Say why the item is returned."),
            ),
            models.CheckConstraint(
                condition=Q(state=ReviewState.WAITING, decided_at__isnull=True)
                | (~Q(state=ReviewState.WAITING) & Q(decided_at__isnull=False)),
                name="reviews_review_decided_when_not_waiting",
            ),
        ]

    def __str__(self):
        return f"{self.content_type.name} {self.object_id}: {self.get_state_display()}"

    @property
    def item_admin_path(self) -> str:
        ct = self.content_type
        return reverse(f"admin:{ct.app_label}_{ct.model}_change", args=[self.object_id])
