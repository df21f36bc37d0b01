"""The visitor's address, and the network it belongs to (which no longer points to a person).

Behind a reverse proxy CLIENT_IP_HEADER names the header that proxy sets (for example
HTTP_X_FORWARDED_FOR); its right-most entry is the one our own proxy added, the others can
be forged by the client. Used by the newsletter's rate limits and the staff login lockout.
"""

import ipaddress

from django.conf import settings


def client_ip(request) -> str | None:
    header = getattr(settings, "CLIENT_IP_HEADER", None)
    value = request.META.get(header, "") if header else ""
    candidate = value.split(",")[-1].strip() if value else request.META.get("REMOTE_ADDR", "")
    try:
        address = ipaddress.ip_address(candidate)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return str(address)


def truncate_ip(ip: str | None) -> str:
    """IPv4 to its /24, IPv6 to its /48."""
    if not ip:
        return ""
    address = ipaddress.ip_address(ip)
    prefix = 24 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))
