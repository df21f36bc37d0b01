"""What only the IATI files need from a project: its policy markers (gender equality,
participatory development, …, and how significant each is to the project)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from codelists import InCodelist
from codelists.offered import offered_choices
from projects.models import Project


class ProjectPolicyMarker(models.Model):
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="policy_markers", verbose_name=_("project")
    )
    code = models.CharField(
        _("policy marker"),
        max_length=2,
        choices=offered_choices("PolicyMarker"),
        validators=[InCodelist("PolicyMarker")],
    )
    significance = models.CharField(
        _("significance"),
        max_length=1,
        choices=offered_choices("PolicySignificance"),
        validators=[InCodelist("PolicySignificance")],
        default="1",
    )

    class Meta:
        verbose_name = _("policy marker")
        verbose_name_plural = _("policy markers")
        ordering = ["project", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "code"],
                name="one_policy_marker_per_code",
                violation_error_message=_("This policy marker is there already."),
            ),
        ]

    def __str__(self):
        return f"{self.get_code_display()}: {self.get_significance_display()}"
