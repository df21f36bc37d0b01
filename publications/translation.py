"""Dutch and English values of a publication's title and summary (Dutch required)."""

from modeltranslation.translator import TranslationOptions, register

from publications.models import Publication


@register(Publication)
class PublicationTranslation(TranslationOptions):
    fields = ("title", "summary")
    required_languages = {"nl": ("title", "summary")}
