"""Public pages from the cache, for every visitor, until the content changes.

A page is kept under a key made of the content *generation*, the day, the language, the
host and the full path. Saving or deleting any public content (the models the apps `watch()`,
from the admin, a command or the shell) moves the generation on, so every cached page is
out of date at once, in every process that shares the cache; it moves again when the
transaction commits, so a page read during the save is never kept as the new one. The day
is in the key because a project's status follows from today's date.

The pages, and the fragments `remember()` keeps, are held in this process's memory (the
cache alias LOCAL, a bounded LocMemCache): only the generation is read from the shared
cache, once per request. Storing every new search's page in a shared DatabaseCache cost
more than making it (an INSERT of some 70 KB and a COUNT(*) of the table, 5.5 ms, on
every miss of the long tail: docs/performance.md); each worker now makes a popular page
once per generation instead of once in all, and serves it without a query.

Public pages are the same for every visitor and set no cookie (the newsletter's forms
carry no CSRF token: core/origin.py), so they are stored and served as they are, compressed
with Brotli or gzip where the client accepts it (no secret for BREACH: core/compression.py;
each form is made once, when a client first asks for it, so a hit compresses nothing), and
say `Cache-Control: public, max-age=0, s-maxage=PUBLIC_PAGE_SHARED_MAX_AGE` so that a
shared cache or a CDN in front of the portal may keep them too. That cache cannot be told
of a save, hence the short s-maxage; browsers ask again each time, so an editor sees a
save at once.

With the per-process local-memory cache as the default cache (development) another
worker does not see the generation move, so pages are kept only PUBLIC_PAGE_CACHE_SECONDS
(a few seconds there).
"""

import hashlib
import time
from contextvars import ContextVar
from functools import wraps

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from core.compression import (
    COMPRESSORS,
    IDENTITY,
    chosen_encoding,
    form_for,
    stored_forms,
    with_encoding,
)
from core.models import today

GENERATION_KEY = "content:generation"
# The alias of the per-process store of pages and fragments (cpcportal/settings/caches.py).
LOCAL = "local"
# What the current request has read of the generation (GenerationMiddleware), so that a
# page and its fragments read it once; None outside a request.
_request_reads: ContextVar[dict | None] = ContextVar("generation_reads", default=None)


# --- the generation -----------------------------------------------------------------------


def generation() -> int:
    """The current content generation (a new, never used number if the cache lost it)."""
    reads = _request_reads.get()
    if reads is not None and GENERATION_KEY in reads:
        return reads[GENERATION_KEY]
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = time.time_ns()
        if not cache.add(GENERATION_KEY, value, timeout=None):
            value = cache.get(GENERATION_KEY, value)
    if reads is not None:
        reads[GENERATION_KEY] = value
    return value


class GenerationMiddleware:
    """Each request reads the generation from the shared cache once at most, however many
    fragments its page remembers (in production each read is a query)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_reads.set({})
        try:
            return self.get_response(request)
        finally:
            _request_reads.reset(token)


def _next_generation() -> None:
    reads = _request_reads.get()
    if reads is not None:  # this request changed the content: read the new one
        reads.pop(GENERATION_KEY, None)
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not in the cache (any more): a number never used before
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def content_changed() -> None:
    """Everything cached from the content is out of date: now, and once more at commit."""
    _next_generation()
    transaction.on_commit(_next_generation, robust=True)


def remember(name: str, build):
    """`build()`'s value, cached until the content changes or the day ends (it must
    pickle; `name` must say everything else it depends on, and be a valid cache key)."""
    key = f"content:{generation()}:{today().isoformat()}:{name}"
    local = caches[LOCAL]
    value = local.get(key)
    if value is None:
        value = build()
        local.set(key, value, settings.PUBLIC_PAGE_CACHE_SECONDS)
    return value


# --- whole pages --------------------------------------------------------------------------


def page_key(request, content_generation: int) -> str:
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return ":".join(
        [
            "encoded-page",
            str(content_generation),
            today().isoformat(),
            get_language() or "",
            request.scheme,
            request.get_host(),
            path,
        ]
    )


def cache_public_page(view):
    """Serve a public page from the cache while the content has not changed.

    Only successful GET and HEAD answers that set no cookie of their own are kept. Pages
    are the same for everyone (nothing depends on who is logged in), so staff see them
    too; a save moves the generation on before the admin's redirect is even sent.
    """

    @public_cache_headers
    @wraps(view)
    def cached_view(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        key = page_key(request, generation())
        local = caches[LOCAL]
        stored = local.get(key)
        # Of every encoding, not only those kept: a missing form is made (form_for).
        encoding = chosen_encoding(request, COMPRESSORS)
        if stored is not None:
            content_type, forms = stored
            if IDENTITY in forms:  # too small to compress
                encoding = IDENTITY
            body, added = form_for(forms, encoding)
            if added:
                local.set(key, stored, settings.PUBLIC_PAGE_CACHE_SECONDS)
            return with_encoding(HttpResponse(content_type=content_type), encoding, body)
        response = view(request, *args, **kwargs)
        if callable(getattr(response, "render", None)):
            response = response.render()
        if not _keepable(response):
            return response
        forms = stored_forms(response.content, encoding)
        local.set(key, (response["Content-Type"], forms), settings.PUBLIC_PAGE_CACHE_SECONDS)
        if IDENTITY in forms:  # too small to compress
            encoding = IDENTITY
        return with_encoding(response, encoding, forms.get(encoding, response.content))

    return cached_view


def public_cache_headers(view):
    """Lets shared caches keep a successful GET of a public page for
    PUBLIC_PAGE_SHARED_MAX_AGE seconds, while browsers ask again each time (the portal's
    own page cache answers that cheaply, and is emptied by a save); an answer that sets a
    cookie or says otherwise is left alone."""

    @wraps(view)
    def view_with_headers(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.cookies
            and not response.has_header("Cache-Control")
        ):
            patch_cache_control(
                response, public=True, max_age=0, s_maxage=settings.PUBLIC_PAGE_SHARED_MAX_AGE
            )
        return response

    return view_with_headers


def _keepable(response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Content-Encoding")  # never compressed twice
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


# --- what counts as content ---------------------------------------------------------------


# Each app names its models in its AppConfig.ready(), so that this ground module needs to
# know none of them.
_content_models: set = set()


def watch(*models) -> None:
    """Count these models (and M2M tables) as public content: a save or delete of any row
    empties the page cache. Every model whose rows a public page shows belongs here."""
    _content_models.update(model._meta.concrete_model for model in models)


def connect_signals() -> None:
    """Called once, from CoreConfig.ready()."""
    models = _content_models

    def saved_or_deleted(sender, **kwargs):
        # A proxy (Network) is saved under its own class; its table is the concrete one.
        if sender._meta.concrete_model in models:
            content_changed()

    def related_changed(sender, action, **kwargs):
        if sender in models and action in ("post_add", "post_remove", "post_clear"):
            content_changed()

    post_save.connect(saved_or_deleted, dispatch_uid="content-saved", weak=False)
    post_delete.connect(saved_or_deleted, dispatch_uid="content-deleted", weak=False)
    m2m_changed.connect(related_changed, dispatch_uid="content-related", weak=False)
