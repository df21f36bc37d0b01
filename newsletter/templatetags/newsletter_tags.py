"""The sign-up form in the footer of every page."""

from django import template

from newsletter import choices
from newsletter.forms import SubscribeForm

register = template.Library()


@register.simple_tag(takes_context=True)
def newsletter_footer_form(context):
    """An unbound sign-up form, or None when no newsletter is open for sign-up.

    One cached query at most; its ids differ from the newsletter page's own form, which
    may be on the same page.
    """
    newsletters = choices.active_newsletters()
    if not newsletters:
        return None
    request = context.get("request")
    return SubscribeForm(
        newsletters=newsletters,
        source_path=request.path if request is not None else "",
        auto_id="id_footer_%s",
    )
