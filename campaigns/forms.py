"""The petition form on a campaign's page, with the newsletter form's anti-bot measures
(newsletter.forms.BotTrapMixin): a field people never see, and a signed start time (too
fast, or none, is a bot; too old is sent back)."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Field, Layout
from django import forms
from django.utils.html import format_html, strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from newsletter.forms import BotTrapMixin, privacy_url, sign_started


def consent_label() -> str:
    """The consent checkbox's label, with the link to the privacy statement (HTML)."""
    return format_html(
        gettext(
            "I sign this petition and agree that my details are kept as described in the "
            '<a href="{url}">privacy statement</a>, and erased after the campaign.'
        ),
        url=privacy_url(),
    )


class SignatureForm(BotTrapMixin, forms.Form):
    # The footer's newsletter form is on the same page: its fields' ids must differ.
    prefix = "petition"

    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("Only to confirm your signature; never shown."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    place = forms.CharField(
        label=_("Place (optional)"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    show_name = forms.BooleanField(
        label=_("Show my name and place with the signatures on this page"),
        required=False,
    )
    consent = forms.BooleanField(
        error_messages={"required": _("Please tick this box to sign.")},
    )
    # Bots fill in every field; people never see this one (see the layout).
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = consent_label()
        self.fields["started"].initial = sign_started()
        self.helper = FormHelper(self)
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # no token: the view checks the Origin instead
        self.helper.layout = Layout(
            "name",
            "email",
            "place",
            "show_name",
            "consent",
            # Hidden from sight by a class (the CSP forbids style attributes) and from
            # screen readers by aria-hidden; not reachable with the Tab key.
            Div(Field("website"), css_class="visually-hidden", aria_hidden="true"),
            "started",
        )

    @property
    def consent_text(self) -> str:
        """The consent as the signer read it, in their language, for the proof."""
        return strip_tags(str(self.fields["consent"].label))

    def clean(self):
        cleaned_data = super().clean()
        self.check_open_time()
        return cleaned_data
