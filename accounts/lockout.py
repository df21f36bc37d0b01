"""The page a locked-out login gets: in the visitor's language, saying for how long."""

import math

from axes.helpers import get_cool_off
from django.shortcuts import render


def locked_out_response(request, original_response=None, credentials=None):
    cool_off = get_cool_off(request)
    minutes = max(1, math.ceil(cool_off.total_seconds() / 60))
    response = render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(minutes * 60)
    return response
