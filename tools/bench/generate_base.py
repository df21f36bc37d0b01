"""What every step of the benchmark data generator shares: the random source and its choices.

The steps themselves live beside this module, one per kind of content
(generate_organisations, generate_projects, generate_donors); generate.py runs them in order.
"""

from __future__ import annotations

import bisect
import itertools
import random
from typing import TYPE_CHECKING

from core.models import Publication
from tools.bench import words

if TYPE_CHECKING:
    from tools.bench.generate import Scale

DRAFT_SHARE = 0.02


class Weighted:
    """A skewed choice: a few items are chosen very often, most now and then (Zipf-like)."""

    def __init__(self, rng: random.Random, items: list, exponent: float = 0.6):
        self.items = list(items)
        order = list(range(len(self.items)))
        rng.shuffle(order)  # which items are the popular ones is itself random
        weights = [0.0] * len(self.items)
        for rank, index in enumerate(order, start=1):
            weights[index] = 1 / rank**exponent
        self.weights = weights
        self.cumulative = list(itertools.accumulate(weights))
        self.rng = rng

    def most_chosen(self, count: int) -> list:
        ranked = sorted(range(len(self.items)), key=lambda index: -self.weights[index])
        return [self.items[index] for index in ranked[:count]]

    def one(self):
        total = self.cumulative[-1]
        return self.items[bisect.bisect(self.cumulative, self.rng.random() * total)]

    def distinct(self, count: int, exclude=()) -> list:
        chosen: list = []
        while len(chosen) < count:
            item = self.one()
            if item not in chosen and item not in exclude:
                chosen.append(item)
        return chosen


def pick(rng: random.Random, weighted: dict):
    return rng.choices(list(weighted), weights=list(weighted.values()))[0]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def draft_or_published(rng: random.Random) -> str:
    return Publication.DRAFT if rng.random() < DRAFT_SHARE else Publication.PUBLISHED


class GeneratorBase:
    """The state of one run: the scale, the seeded random source, and the helpers of the steps.

    The steps run in the order generate.Generator.run gives; a later step reads what an
    earlier one stored on `self` (self.organisations, self.projects, self.donors…).
    """

    def __init__(self, scale: Scale, seed: int, batch_size: int):
        scale.check()
        self.scale = scale
        self.rng = random.Random(seed)  # noqa: S311 (repeatable data, no secrets)
        self.batch_size = batch_size
        self.country_weights = {c[0]: c[1] for c in words.COUNTRIES}
        self.country_info = {c[0]: c for c in words.COUNTRIES}

    # --- helpers -------------------------------------------------------------------------

    def save(self, model, objects: list) -> list:
        return model.objects.bulk_create(objects, batch_size=self.batch_size)

    def country(self) -> str:
        return pick(self.rng, self.country_weights)

    def city(self, code: str) -> tuple[str, str]:
        return self.rng.choice(self.country_info[code][4])

    def sentence(self, templates, slots_nl: dict, slots_en: dict) -> tuple[str, str]:
        nl, en = self.rng.choice(templates)
        return nl.format(**slots_nl), en.format(**slots_en)
