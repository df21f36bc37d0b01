"""The caches the settings modules choose from (DJANGO_CACHE), and the per-process store of
public pages beside whichever is chosen (core/cache.py)."""

import os

from django.core.exceptions import ImproperlyConfigured

CACHE_BACKENDS = {
    "locmem": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
    # Shared by every gunicorn worker, no extra service: `manage.py createcachetable`.
    "database": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "cpcportal_cache",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
    # Redis or Memcached: the client package must be installed (redis, pymemcache).
    "redis": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("DJANGO_CACHE_URL", "redis://127.0.0.1:6379/0"),
    },
    "memcached": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": os.environ.get("DJANGO_CACHE_URL", "127.0.0.1:11211"),
    },
}


def cache_settings(default: str) -> tuple[dict, int]:
    """CACHES and how long a public page is kept (see core/cache.py)."""
    name = os.environ.get("DJANGO_CACHE", default)
    if name not in CACHE_BACKENDS:
        raise ImproperlyConfigured(
            f"DJANGO_CACHE is {name!r}; it must be one of {', '.join(CACHE_BACKENDS)}."
        )
    # Local memory is per process: another worker learns of a save only when its copy of
    # a page expires, so it keeps pages a few seconds. A shared cache is told at once.
    seconds = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", 5 if name == "locmem" else 600))
    return {"default": CACHE_BACKENDS[name], "local": LOCAL_PAGE_STORE}, seconds


# Pages and page fragments, in each process's memory, keyed by the shared cache's content
# generation (core/cache.py). Bounded by count: a page is kept compressed (the project
# listing: 9 KB of Brotli, gzip too once asked for), so 1,000 take 10-20 MB per worker.
LOCAL_PAGE_STORE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "cpcportal-pages",
    "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("DJANGO_PAGE_STORE_ENTRIES", "1000"))},
}
