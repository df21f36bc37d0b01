"""Dutch and English values (Dutch required), then change history (see organisations)."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as track_history

from donors.models import Donor, Funding, Instrument


@register(Donor)
class DonorTranslation(TranslationOptions):
    fields = ("name", "short_name", "logo_alt", "description", "support")
    required_languages = {"nl": ("name",)}


@register(Instrument)
class InstrumentTranslation(TranslationOptions):
    fields = ("name", "short_name", "description")
    required_languages = {"nl": ("name",)}


for model in (Donor, Instrument, Funding):
    track_history(model)
