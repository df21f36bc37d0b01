"""Dutch and English values for every text a visitor reads (Dutch required, English falls
back to Dutch), then change history; history is registered after translation so that the
historical tables also get the _nl and _en columns."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as track_history

from organisations.models import (
    Framework,
    Goal,
    Membership,
    Organisation,
    Partnership,
    Pillar,
    WorkingPrinciple,
)


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "short_name", "logo_alt", "summary", "mission", "vision", "approach")
    required_languages = {"nl": ("name",)}


@register(WorkingPrinciple)
class WorkingPrincipleTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"nl": ("title",)}


@register(Framework)
class FrameworkTranslation(TranslationOptions):
    fields = ("title", "short_name", "description")
    required_languages = {"nl": ("title",)}


@register(Pillar)
class PillarTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"nl": ("title",)}


@register(Goal)
class GoalTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"nl": ("title",)}


@register(Partnership)
class PartnershipTranslation(TranslationOptions):
    fields = ("description",)


for model in (Organisation, Membership, Partnership, WorkingPrinciple, Pillar, Goal):
    track_history(model)
