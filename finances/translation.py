from modeltranslation.translator import TranslationOptions, register
from simple_history import register as track_history

from finances.models import Budget, Transaction


@register(Transaction)
class TransactionTranslation(TranslationOptions):
    fields = ("description",)


# After the translated fields exist, so that the history keeps both languages.
for model in (Budget, Transaction):
    track_history(model)
