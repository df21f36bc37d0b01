"""Dutch and English newsletter names (Dutch required, English falls back to Dutch)."""

from modeltranslation.translator import TranslationOptions, register

from newsletter.models import Newsletter


@register(Newsletter)
class NewsletterTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = {"nl": ("name",)}
