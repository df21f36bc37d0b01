"""`{% load images %}{% picture project.image alt=project.image_alt sizes="(min-width: 992px)
66vw, 100vw" widths="320 640 960" %}`: an uploaded image as a responsive `<picture>`
(images/pictures.py). `loading="eager"` for the image at the top of a page; `css_class` for
the `<img>`'s classes."""

from django import template
from django.utils.safestring import mark_safe

from images.pictures import picture_html

register = template.Library()


@register.simple_tag
def picture(fieldfile, alt="", sizes="100vw", widths=None, loading="lazy", css_class=""):
    return mark_safe(  # noqa: S308 (picture_html escapes every value)
        picture_html(
            fieldfile, alt=alt, sizes=sizes, widths=widths, loading=loading, css_class=css_class
        )
    )
