"""Compressed public responses: Brotli or gzip, as the client's Accept-Encoding allows.

Only answers that hold no secret are compressed. A compression attack (BREACH) guesses a
secret in a page, a CSRF token or personal data, from the compressed size while it makes
the page echo guesses of its own (a search term, say); a page with no secret has nothing to
guess. The public pages are such pages: the same for every visitor, with no cookie and no
CSRF token (core/cache.py, core/origin.py), so what they echo from the address reveals
nothing. Pages with a token or anything personal (the admin, /account/, forms that show
what was posted) are never compressed: nothing here is middleware, a view has to ask.

What asks: the page cache (core/cache.py), for its pages, and compress_public_response
for the sitemap, the project feeds and the JSON API (api/urls.py: no login, the same for
everyone). Left as
they are: the streamed CSV and IATI files (compressing costs as much as the file is big, on
requests that are already long; a reverse proxy may do it), robots.txt (too small), the
newsletter's own page (it shows what was posted). Static files come compressed from
whitenoise.

Both forms are made with levels that cost well under a millisecond for the project
listing (measured on its demo HTML, 37.6 KB, on this 2-core machine):

    gzip  level 1: 0.28 ms, 8,348 B   level 4: 0.40 ms, 7,553 B   level 6: 0.59 ms, 7,276 B
    brotli      3: 0.23 ms, 7,536 B         4: 0.38 ms, 7,204 B         5: 0.58 ms, 6,831 B
    brotli      9: 8.1 ms,  6,761 B        11: 47 ms,   6,185 B

A page missing from the cache is rendered and stored in the same request, so the store
path *is* the uncached path (every new search is one): only the form that request asked
for is made there, the other when a client first asks for it; the plain page is not kept
(a client that accepts neither gets a compressed form unpacked, 0.1 ms). Brotli 11 would
save another 10 % at a hundred times the cost, on the very requests that are already the
slowest. Measured again on search pages of the 20,000-project benchmark (42 KB each):

    brotli 2: 0.26 ms, 8.56 KiB   3: 0.31 ms, 8.39 KiB   4: 0.50 ms, 8.04 KiB
    gzip   1: 0.31 ms, 9.44 KiB   4: 0.50 ms, 8.43 KiB

so Brotli at quality 3: 4 % more bytes than 4 for two fifths less time on every miss.
"""

import gzip
from functools import wraps

import brotli
from django.utils.cache import patch_vary_headers

GZIP_LEVEL = 4
BROTLI_QUALITY = 3
# As Django's GZipMiddleware: below this the headers cost more than compression saves.
MIN_LENGTH = 200
IDENTITY = ""
# When the client accepts both equally (all current browsers), Brotli: it is smaller.
PREFERENCE = ("br", "gzip")


def gzip_compress(body: bytes) -> bytes:
    # mtime=0: the same page gives the same bytes, whichever worker made them.
    return gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)


def brotli_compress(body: bytes) -> bytes:
    return brotli.compress(body, mode=brotli.MODE_TEXT, quality=BROTLI_QUALITY)


COMPRESSORS = {"br": brotli_compress, "gzip": gzip_compress}


DECOMPRESSORS = {"br": brotli.decompress, "gzip": gzip.decompress}


def stored_forms(body: bytes, encoding: str) -> dict[str, bytes]:
    """What to keep of a page first asked for in `encoding`: the body in that encoding
    alone (Brotli when the client wanted it plain), or as it is when too small to
    compress. The other forms are made when a client first asks for them (form_for)."""
    if len(body) < MIN_LENGTH:
        return {IDENTITY: body}
    encoding = encoding or PREFERENCE[0]
    return {encoding: COMPRESSORS[encoding](body)}


def form_for(forms: dict[str, bytes], encoding: str) -> tuple[bytes, bool]:
    """(the kept page in `encoding`, whether that form was added to `forms` just now).

    The plain page is unpacked and not kept: every browser accepts a compressed form, and
    the plain page is several times its size."""
    if encoding in forms:
        return forms[encoding], False
    stored, packed = next(iter(forms.items()))
    plain = DECOMPRESSORS[stored](packed) if stored else packed
    if not encoding:
        return plain, False
    forms[encoding] = COMPRESSORS[encoding](plain)
    return forms[encoding], True


def accepted(header: str) -> dict[str, float]:
    """The codings an Accept-Encoding header names, with their weights (RFC 9110, 12.5.3):
    "br;q=0, gzip" → {"br": 0.0, "gzip": 1.0}. A weight that cannot be read counts as 0."""
    weights = {}
    for item in header.split(","):
        coding, *params = (part.strip() for part in item.split(";"))
        if not coding:
            continue
        weight = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    weight = 0.0
        coding = coding.lower()
        weights["gzip" if coding == "x-gzip" else coding] = weight
    return weights


def chosen_encoding(request, available) -> str:
    """The encoding to send of those `available` (IDENTITY when none is acceptable, or the
    client sent no Accept-Encoding: then it may not decode anything)."""
    weights = accepted(request.headers.get("Accept-Encoding", ""))
    best, best_weight = IDENTITY, 0.0
    for encoding in PREFERENCE:
        if encoding not in available:
            continue
        weight = weights.get(encoding, weights.get("*", 0.0))
        if weight > best_weight:
            best, best_weight = encoding, weight
    # "identity" with a higher weight than any coding: the client prefers it plain.
    if best and weights.get("identity", 0.0) > best_weight:
        return IDENTITY
    return best


def with_encoding(response, encoding: str, body: bytes):
    """`response` carrying `body`, which is encoded with `encoding` (IDENTITY: not at all)."""
    response.content = body
    response.headers["Content-Length"] = str(len(body))
    if encoding:
        response.headers["Content-Encoding"] = encoding
        # The bytes differ per encoding, so a strong validator may no longer claim them.
        etag = response.get("ETag", "")
        if etag.startswith('"'):
            response.headers["ETag"] = "W/" + etag
    patch_vary_headers(response, ("Accept-Encoding",))
    return response


def compressible(response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Content-Encoding")
    )


def compress_public_response(view):
    """Compress a public answer per request (one that holds no secret, see above): for
    views whose answer is not kept by the page cache, such as the sitemap."""

    @wraps(view)
    def compressed_view(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if callable(getattr(response, "render", None)):
            response = response.render()
        if not compressible(response):
            return response
        body = response.content
        if len(body) < MIN_LENGTH:
            return with_encoding(response, IDENTITY, body)
        encoding = chosen_encoding(request, COMPRESSORS)
        if encoding:
            body = COMPRESSORS[encoding](body)
        return with_encoding(response, encoding, body)

    return compressed_view
