"""The sign-up form in the footer of every page."""

from crispy_forms.utils import render_crispy_form
from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from newsletter import choices, forms
from newsletter.forms import SubscribeForm, consent_label

register = template.Library()

# Stand-ins for the two values that differ per request, swapped in after rendering.
STARTED, SOURCE = "\x00started\x00", "\x00source\x00"


@register.simple_tag(takes_context=True)
def newsletter_footer_fields(context):
    """The footer sign-up form's fields as `{% crispy form %}` renders them, or "" when no
    newsletter is open for sign-up (one cached query at most).

    Rendered once per language, newsletters and consent text in this process (crispy
    takes ~6 ms, and building the form ~0.5 ms, on every page), with the start time and
    the page's path filled in per request. Its ids differ from the newsletter page's own
    form, which may be on the same page.
    """
    newsletters = choices.active_newsletters()
    if not newsletters:
        return ""
    key = (
        get_language() or "",
        tuple((choice.pk, str(choice.name)) for choice in newsletters),
        str(consent_label()),
    )
    skeleton = _skeletons.get(key)
    if skeleton is None:
        if len(_skeletons) > 64:  # a new key per newsletter renamed: keep it bounded
            _skeletons.clear()
        skeleton = _skeletons[key] = _render_skeleton(newsletters)
    request = context.get("request")
    path = request.path if request is not None else ""
    html = skeleton.replace(STARTED, conditional_escape(forms.sign_started())).replace(
        SOURCE, conditional_escape(path)
    )
    return mark_safe(html)  # noqa: S308 (crispy's output; the two values escaped above)


_skeletons: dict[tuple, str] = {}


def _render_skeleton(newsletters) -> str:
    form = SubscribeForm(newsletters=newsletters, source_path=SOURCE, auto_id="id_footer_%s")
    form.fields["started"].initial = STARTED
    return render_crispy_form(form)
