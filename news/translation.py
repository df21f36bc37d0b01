"""Dutch and English values of a news item's texts (Dutch required)."""

from modeltranslation.translator import TranslationOptions, register

from news.models import NewsItem


@register(NewsItem)
class NewsItemTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "image_alt")
    required_languages = {"nl": ("title", "summary")}
