"""The site's URLs plus the newsletter's, until cpcportal/urls.py includes them itself."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import URLResolver, include, path

from cpcportal.urls import urlpatterns as site_urlpatterns


def _has_newsletter(patterns) -> bool:
    for pattern in patterns:
        if isinstance(pattern, URLResolver) and (
            pattern.namespace == "newsletter" or _has_newsletter(pattern.url_patterns)
        ):
            return True
    return False


urlpatterns = list(site_urlpatterns)
if not _has_newsletter(urlpatterns):
    urlpatterns += i18n_patterns(
        path("newsletter/", include("newsletter.urls")), prefix_default_language=True
    )
