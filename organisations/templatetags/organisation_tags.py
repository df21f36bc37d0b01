"""Organisation pieces every page shows (the footer's links)."""

from django import template

from core.cache import remember
from organisations.models import Organisation, SocialLink

register = template.Library()


@register.simple_tag
def portal_network_links():
    """The published portal network's social links for the footer, cached with the pages."""
    return remember("footer-social-links", _portal_network_links)


def _portal_network_links() -> list:
    network = Organisation.objects.public().filter(is_portal_network=True)
    return list(SocialLink.objects.filter(organisation__in=network).order_by("platform"))
