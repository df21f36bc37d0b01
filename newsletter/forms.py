"""The sign-up form, used on the newsletter page and in the footer of every page."""

import time

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Field, Layout
from django import forms
from django.conf import settings
from django.core import signing
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

STARTED_SALT = "newsletter.form-started"


def privacy_url() -> str:
    try:
        return reverse("privacy")
    except NoReverseMatch:  # the privacy page is not wired (yet): the site's root
        return "/"


def consent_label() -> str:
    """The consent checkbox's label, with the link to the privacy statement (HTML)."""
    return format_html(
        gettext(
            "I want to receive this newsletter by e-mail and agree that my details are kept "
            'as described in the <a href="{url}">privacy statement</a>.'
        ),
        url=privacy_url(),
    )


def sign_started(at: float | None = None) -> str:
    """A signed moment at which the form was shown; a person needs a few seconds to fill
    it in, a bot posts at once."""
    moment = time.time() if at is None else at
    return signing.Signer(salt=STARTED_SALT).sign(f"{moment:.3f}")


def min_fill_seconds() -> float:
    return getattr(settings, "NEWSLETTER_MIN_FILL_SECONDS", 3)


def max_fill_seconds() -> float:
    # Without an end, one fetched form could be posted again and again for ever.
    return getattr(settings, "NEWSLETTER_MAX_FILL_SECONDS", 60 * 60)


class BotTrapMixin:
    """The anti-bot measures of a public form with a `website` honeypot field and a signed
    `started` field (sign_started): the newsletter's, and the petitions' above it."""

    def _seconds_open(self) -> float | None:
        """How long ago the form was shown, or None without a genuine start time."""
        started = self.data.get(self.add_prefix("started"), "")
        try:
            return time.time() - float(signing.Signer(salt=STARTED_SALT).unsign(started))
        except (signing.BadSignature, ValueError):
            return None

    def looks_automated(self) -> bool:
        """A filled-in honeypot, a form sent sooner than a person can fill it in, or one
        without a genuine start time. Such a post is answered like a success."""
        if self.data.get(self.add_prefix("website")):
            return True
        seconds = self._seconds_open()
        return seconds is None or seconds < min_fill_seconds()

    def check_open_time(self) -> None:
        """For clean(): refuses a form kept open too long, or one fetched form posted
        again and again, and sends it back with a fresh start time, so that a person
        only has to send it once more."""
        seconds = self._seconds_open()
        if seconds is not None and seconds > max_fill_seconds():
            self.data = self.data.copy()
            self.data[self.add_prefix("started")] = sign_started()
            raise forms.ValidationError(
                _("This form was open for more than an hour. Check it and send it again."),
                code="expired",
            )


class SubscribeForm(BotTrapMixin, forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    name = forms.CharField(
        label=_("Name (optional)"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    newsletter = forms.TypedChoiceField(
        label=_("Newsletter"), coerce=int, widget=forms.RadioSelect, choices=()
    )
    consent = forms.BooleanField(
        error_messages={"required": _("Please tick this box to sign up.")},
    )
    # Bots fill in every field; people never see this one (see the layout).
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)
    source = forms.CharField(required=False, max_length=500, widget=forms.HiddenInput)

    def __init__(self, *args, newsletters, source_path: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.newsletters = list(newsletters)
        if len(self.newsletters) > 1:
            field = self.fields["newsletter"]
            field.choices = [(choice.pk, choice.name) for choice in self.newsletters]
            field.initial = self.newsletters[0].pk
        else:
            # One newsletter: nothing to choose.
            del self.fields["newsletter"]
        self.fields["consent"].label = consent_label()
        self.fields["started"].initial = sign_started()
        self.fields["source"].initial = source_path

        self.helper = FormHelper(self)
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # no token: the views check the Origin instead
        fields = ["email", "name"]
        if "newsletter" in self.fields:
            fields.append("newsletter")
        self.helper.layout = Layout(
            *fields,
            "consent",
            # Hidden from sight by a class (the CSP forbids style attributes) and from
            # screen readers by aria-hidden; not reachable with the Tab key.
            Div(Field("website"), css_class="visually-hidden", aria_hidden="true"),
            "started",
            "source",
        )

    @property
    def consent_text(self) -> str:
        """The consent as the visitor read it, in their language, for the proof."""
        return strip_tags(str(self.fields["consent"].label))

    def newsletter_id(self) -> int | None:
        if "newsletter" in self.fields:
            return self.cleaned_data["newsletter"]
        return self.newsletters[0].pk if self.newsletters else None

    def clean(self):
        cleaned_data = super().clean()
        self.check_open_time()
        return cleaned_data
