"""The API's rate limit per client address, as the newsletter and the login lockout count it."""

from rest_framework.throttling import AnonRateThrottle

from core.client_address import client_ip


class ClientAddressThrottle(AnonRateThrottle):
    """DRF's anonymous throttle (rate `anon` in REST_FRAMEWORK), keyed by the address
    core.client_address finds: behind the reverse proxy, the right-most entry of
    CLIENT_IP_HEADER, which a client cannot forge, rather than DRF's own guess."""

    def get_ident(self, request):
        return client_ip(request) or super().get_ident(request)
