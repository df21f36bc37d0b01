from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImagesConfig(AppConfig):
    """Renditions of uploaded images, the `{% picture %}` tag and the Open Graph images.
    On the ground floor beside core: it imports only core, and the apps that own image
    fields register them (images.renditions.register) from their own ready()."""

    name = "images"
    verbose_name = _("Images")
