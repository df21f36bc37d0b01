"""Dutch and English site pages (Dutch required), then change history (see organisations)."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as track_history

from cpcportal.models import SitePage


@register(SitePage)
class SitePageTranslation(TranslationOptions):
    fields = ("title", "body")
    required_languages = {"nl": ("title", "body")}


track_history(SitePage)
