"""The long tail: a different URL on every request, so that the page cache never helps.

Three kinds, each a list of distinct URLs drawn (seeded) from the database being measured:

- listing: the project listing's pages, `/nl/projects/?page=N`, then the same pages in the
  other sort orders, then with a parameter the listing ignores (`&v=N`), which defeats the
  page cache as a new URL does;
- filtered: filter combinations (country and year, theme and status, and wider ones) that
  the public projects actually have, so that (nearly) every page shows cards, some of them
  on their second or third page;
- search: Dutch words from the generated texts (tools/bench/words.py), alone, with a place
  or with another word, one in seven with a typo, some on their second page.

measure.py times them in process with the caches off; load.py has wrk cycle through them
(distinct.lua), each thread its own share, so that no URL repeats within a run.
"""

from __future__ import annotations

import random
import re
import statistics
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

KINDS = [
    ("listing", "Project listing, page N"),
    ("filtered", "Filtered listing, a new combination"),
    ("search", "Search, a new word or pair"),
]
SEED = 15  # issue #15
PER_PAGE = 20  # projects/views.py
LISTING = "/nl/projects/"
SORTS = ["newest", "title", "start"]  # beside the default order
# How the listing says what it found ("1.234 projecten gevonden"), or that it found nothing.
RESULTS_COUNT = re.compile(rb'class="results-count"[^>]*>\s*([\d.,\s\xa0\xc2]+)')
EMPTY_RESULT = b'class="empty-result"'
# Words too common or too short to be searched for on their own.
STOPWORDS = {"voor", "van", "met", "een", "aan", "het", "den", "de", "in", "op", "na", "langs"}


def seeded() -> random.Random:
    return random.Random(SEED)  # noqa: S311 (repeatable URLs, no secrets)


def listing_urls(public_projects: int, count: int) -> list[str]:
    pages = max(1, -(-public_projects // PER_PAGE))
    numbers = list(range(1, pages + 1))
    rng = seeded()
    rng.shuffle(numbers)
    urls = [f"{LISTING}?page={n}" for n in numbers]
    for sort in SORTS:
        urls += [f"{LISTING}?sort={sort}&page={n}" for n in numbers]
    variant = 0
    while len(urls) < count:  # more requests than pages: the same pages, other URLs
        variant += 1
        urls += [f"{LISTING}?page={n}&v={variant}" for n in numbers]
    return urls[:count]


def filter_combinations(rows, year_now: int) -> Counter:
    """How many public projects each combination of filter values has.

    `rows`: (countries, theme slugs, status, kind, first year, last year) per project.
    """
    combinations = Counter()
    for countries, themes, status, kind, first, last in rows:
        years = range(first, min(last, year_now + 5) + 1) if first and last else []
        for year in years:
            for country in countries:
                combinations["country", country, "year", year] += 1
            for theme in themes:
                combinations["theme", theme, "status", status, "year", year] += 1
        for theme in themes:
            combinations["theme", theme, "status", status] += 1
            combinations["theme", theme, "kind", kind] += 1
            for country in countries:
                combinations["country", country, "theme", theme] += 1
                combinations["country", country, "theme", theme, "status", status] += 1
    return combinations


def filtered_urls(combinations: Counter, count: int) -> list[str]:
    candidates = []
    for combination, found in sorted(combinations.items()):
        query = list(zip(combination[::2], combination[1::2], strict=True))
        candidates.append(f"{LISTING}?{urlencode(query)}")
        for page in range(2, min(3, -(-found // PER_PAGE)) + 1):
            candidates.append(f"{LISTING}?{urlencode([*query, ('page', page)])}")
    rng = seeded()
    rng.shuffle(candidates)
    return cycle_with_variants(candidates, count)


def search_words() -> tuple[list[str], list[str]]:
    """(words, places): Dutch words of the generated titles and texts, and city names."""
    from tools.bench import words

    texts = [nl for pairs in (words.GROUPS, words.ACTIONS, words.CONTEXTS) for nl, _en in pairs]
    texts += [nl for nl, _en in words.TOPICS]
    found = set()
    for text in texts:
        for word in re.findall(r"[^\W\d_]+", text.lower()):
            if len(word) >= 4 and word not in STOPWORDS:
                found.add(word)
    places = sorted({nl for country in words.COUNTRIES for nl, _en in country[4] if " " not in nl})
    return sorted(found), places


def typo(rng: random.Random, word: str) -> str:
    """One slip of the finger: two letters swapped, one left out or one doubled."""
    at = rng.randrange(1, len(word) - 2)
    slip = rng.choice(["swap", "drop", "double"])
    if slip == "swap" and word[at] != word[at + 1]:
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    if slip == "drop":
        return word[:at] + word[at + 1 :]
    return word[:at] + word[at] + word[at:]


def search_urls(count: int) -> list[str]:
    vocabulary, places = search_words()
    rng = seeded()
    queries = set(vocabulary) | {place.lower() for place in places}
    queries |= {f"{word} {place}" for word in vocabulary for place in places}
    queries |= {f"{a} {b}" for a in vocabulary for b in vocabulary if a < b}
    queries = sorted(queries)
    rng.shuffle(queries)
    urls = []
    for query in queries:
        terms = query.split()
        if rng.random() < 1 / 7:  # a typo in the longest word
            longest = max(terms, key=len)
            terms[terms.index(longest)] = typo(rng, longest)
        page = rng.choice([1, 1, 1, 1, 2, 3])
        params = [("q", " ".join(terms))] + ([("page", page)] if page > 1 else [])
        urls.append(f"{LISTING}?{urlencode(params)}")
    return cycle_with_variants(list(dict.fromkeys(urls)), count)


def cycle_with_variants(urls: list[str], count: int) -> list[str]:
    """`count` distinct URLs: the list, then again with a parameter the page ignores."""
    result = list(urls)
    variant = 0
    while len(result) < count and urls:
        variant += 1
        result += [f"{url}&v={variant}" for url in urls]
    return result[:count]


def distinct_urls(count: int) -> dict[str, list[str]]:
    """`count` distinct URLs per kind, from the database of the current settings."""
    from django.db.models import F

    from core.models import today
    from projects.models import Project
    from projects.selectors import with_active_years

    public = Project.objects.public()
    rows = []
    themes_of = {}
    for project_id, slug in public.values_list("pk", "themes__slug").iterator():
        if slug:
            themes_of.setdefault(project_id, []).append(slug)
    annotated = (
        with_active_years(public.with_status())
        .annotate(first=F("active_from"), last=F("active_until"))
        .values_list("pk", "countries", "current_status", "kind", "first", "last")
    )
    for project_id, countries, status, kind, first, last in annotated.iterator():
        rows.append((countries, themes_of.get(project_id, []), status, kind, first, last))
    combinations = filter_combinations(rows, today().year)
    return {
        "listing": listing_urls(len(rows), count),
        "filtered": filtered_urls(combinations, count),
        "search": search_urls(count),
    }


def write_lists(lists: dict[str, list[str]], directory: Path, label: str) -> dict[str, str]:
    """One file per kind, a URL a line, for wrk; returns the paths by kind."""
    paths = {}
    for kind, urls in lists.items():
        path = directory / f"urls-{label}-{kind}.txt"
        path.write_text("\n".join(urls) + "\n")
        paths[kind] = str(path)
    return paths


def projects_found(body: bytes) -> int | None:
    """The number of projects the listing says it found, None if it does not say."""
    match = RESULTS_COUNT.search(body)
    if match:
        return int(re.sub(rb"\D", b"", match.group(1)) or 0)
    return 0 if EMPTY_RESULT in body else None


def get_body(handler, url: str) -> tuple[int, bytes]:
    """(status, body) of a GET through the WSGI handler (measure.environ's request)."""
    from tools.bench.measure import environ

    statuses = []
    response = handler(environ(url), lambda status, headers, exc_info=None: statuses.append(status))
    try:
        body = b"".join(response)
    finally:
        response.close()
    return int(statuses[0].split()[0]), body


def time_distinct(handler, urls: list[str], requests: int, budget: float) -> dict:
    """Server time of up to `requests` of these URLs, each once, caches off (the caller's),
    after three others as a warm-up; statuses counted, and the pages that found projects."""
    from tools.bench.measure import percentile

    for url in urls[-3:]:
        get_body(handler, url)
    samples, statuses, found = [], Counter(), Counter()
    deadline = time.monotonic() + budget
    for url in urls[:requests]:
        if time.monotonic() > deadline:
            break
        started = time.perf_counter()
        status, body = get_body(handler, url)
        samples.append(time.perf_counter() - started)
        statuses[status] += 1
        number = projects_found(body)
        found["unknown" if number is None else "some" if number else "none"] += 1
    samples.sort()
    return {
        "requests": len(samples),
        "median_ms": round(statistics.median(samples) * 1000, 2),
        "p95_ms": round(percentile(samples, 0.95) * 1000, 2),
        "stopped_early": len(samples) < requests,
        "statuses": {str(code): n for code, n in sorted(statuses.items())},
        "found": dict(found),
    }
