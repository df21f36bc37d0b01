"""The load test's baseline: the least a Django page can cost here.

One query, a small template, the full middleware stack: what every page pays before it
does anything of its own.
"""

from django.http import HttpResponse
from django.template import engines
from django.views.decorators.http import require_safe

from organisations.models import Organisation

TEMPLATE = engines["django"].from_string(
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Minimal</title>'
    "</head><body><h1>Organisations</h1><ul>"
    "{% for organisation in organisations %}<li>{{ organisation.name }}</li>{% endfor %}"
    "</ul></body></html>"
)


@require_safe
def minimal(request):
    organisations = Organisation.objects.public().only("id", "name_nl", "name_en")[:10]
    return HttpResponse(TEMPLATE.render({"organisations": organisations}, request))
