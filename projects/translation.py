"""Dutch and English values (Dutch required), then change history (see organisations)."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as track_history

from projects.models import Participation, Project, ReachFigure, TargetGroup, Theme


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"nl": ("name",)}


@register(TargetGroup)
class TargetGroupTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = {"nl": ("name",)}


@register(Project)
class ProjectTranslation(TranslationOptions):
    fields = ("title", "summary", "description", "image_alt")
    required_languages = {"nl": ("title", "summary")}


@register(Participation)
class ParticipationTranslation(TranslationOptions):
    fields = ("description",)


@register(ReachFigure)
class ReachFigureTranslation(TranslationOptions):
    fields = ("label",)
    required_languages = {"nl": ("label",)}


for model in (Project, Participation, Theme, ReachFigure):
    track_history(model)
