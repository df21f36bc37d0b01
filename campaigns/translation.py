"""Dutch and English values of a campaign's texts (Dutch required)."""

from modeltranslation.translator import TranslationOptions, register

from campaigns.models import Campaign


@register(Campaign)
class CampaignTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "goal", "petition_text", "image_alt")
    required_languages = {"nl": ("title", "summary")}
