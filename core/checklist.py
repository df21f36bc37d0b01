"""What an item lacks that a reader of its public page would miss, for the admin's start
page: network editors see the items missing a translation or their image ("Missing
translation or image"), an organisation editor sees their own items and what each lacks
("Your items").

Core knows no app: each domain app registers its models from its `AppConfig.ready()`
(`checklist.register(Project, image=..., checks=...)`). An editor's items are the rows their
model admin's `get_queryset` gives them (ScopedAdminMixin), so the start page shows exactly
what the lists show. One query per registered model, however many items there are: each
check is an annotation, and a window count gives the total beside the first rows.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib import admin
from django.contrib.admin.exceptions import NotRegistered
from django.db.models import BooleanField, Count, ExpressionWrapper, Q, Window
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import translation_status
from core.start_page import Section

LIMIT = 10  # rows shown per model; the rest is a link to the filtered list
ANY = "any"  # the filter's value for "lacks anything"


@dataclass(frozen=True)
class Check:
    key: str  # in the list filter's URL: ?lacks=<key>
    label: str  # what the item lacks: "logo", "English text"
    missing: Callable[[], Q]  # the rows that lack it (a function: built once apps are ready)


@dataclass(frozen=True)
class Checklist:
    model: type
    checks: tuple[Check, ...]  # translations and image: the network editors' list
    more_checks: tuple[Check, ...] = ()  # what else an organisation editor is told
    for_editors: bool = False  # in an organisation editor's "Your items"
    order: int = 100
    ordering: tuple[str, ...] = ("-updated_at", "pk")  # the recently worked on first

    def all_checks(self, *, more: bool) -> tuple[Check, ...]:
        return self.checks + (self.more_checks if more else ())


_checklists: dict[type, Checklist] = {}


def translation_checks(model) -> tuple[Check, ...]:
    return (
        Check("en", _("English text"), lambda: translation_status.missing_q(model, "en")),
        Check("nl", _("Dutch text"), lambda: translation_status.missing_q(model, "nl")),
    )


def _empty(name: str) -> Q:
    return Q(**{f"{name}__isnull": True}) | Q(**{name: ""})


def empty(*names: str) -> Callable[[], Q]:
    """A check's rows for text or file fields left empty: all of them (both languages)."""

    def missing() -> Q:
        query = Q()
        for name in names:
            query &= _empty(name)
        return query

    return missing


def register(
    model,
    *,
    image: tuple[str, str] | None = None,
    more: tuple[Check, ...] = (),
    for_editors: bool = False,
    order: int = 100,
) -> None:
    """`image` is (field name, what to call it: "logo"); `more` the checks an organisation
    editor is told of besides translations and image."""
    checks = translation_checks(model)
    if image is not None:
        name, label = image
        checks += (Check(name, label, empty(name)),)
    _checklists[model] = Checklist(model, checks, tuple(more), for_editors, order)


def checklist_for(model) -> Checklist | None:
    return _checklists.get(model)


def checks_for_filter(model) -> tuple[Check, ...]:
    checklist = checklist_for(model)
    return checklist.all_checks(more=True) if checklist else ()


def lacking(checks, key: str) -> Q:
    """The rows the list filter's `?lacks=key` stands for."""
    chosen = [check.missing() for check in checks if key in (ANY, check.key)]
    query = Q(pk__in=[])
    for condition in chosen:
        query |= condition
    return query


@dataclass
class Group:
    title: str
    links: list = field(default_factory=list)
    more: int = 0
    more_url: str = ""


def _group(request, checklist: Checklist, *, mine: bool) -> Group | None:
    model = checklist.model
    try:
        model_admin = admin.site.get_model_admin(model)
    except NotRegistered:
        return None
    if not model_admin.has_view_or_change_permission(request):
        return None
    checks = checklist.all_checks(more=mine)
    flags = {
        f"lacks_{index}": ExpressionWrapper(check.missing(), output_field=BooleanField())
        for index, check in enumerate(checks)
    }
    rows = (
        model_admin.get_queryset(request)
        .prefetch_related(None)
        .annotate(**flags)
        .order_by(*checklist.ordering)
    )
    if not mine:
        rows = rows.filter(lacking(checks, ANY))
    rows = rows.annotate(checklist_total=Window(Count("pk")))
    items = list(rows[:LIMIT])
    if not items:
        return None
    opts = model._meta
    changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    group = Group(title=capfirst(opts.verbose_name_plural))
    for item in items:
        lacks = [
            str(check.label)
            for index, check in enumerate(checks)
            if getattr(item, f"lacks_{index}")
        ]
        group.links.append(
            {
                "label": str(item),
                "url": reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk]),
                "detail": gettext("lacks: %(things)s") % {"things": ", ".join(lacks)}
                if lacks
                else gettext("complete"),
            }
        )
    group.more = items[0].checklist_total - len(items)
    group.more_url = changelist if mine else f"{changelist}?lacks={ANY}"
    return group


def _groups(request, *, mine: bool) -> list[Group]:
    checklists = sorted(_checklists.values(), key=lambda checklist: checklist.order)
    if mine:
        checklists = [checklist for checklist in checklists if checklist.for_editors]
    return [group for checklist in checklists if (group := _group(request, checklist, mine=mine))]


class LacksFilter(admin.SimpleListFilter):
    """On the lists of registered models: the items lacking one thing, or anything."""

    title = _("what is missing")
    parameter_name = "lacks"

    def lookups(self, request, model_admin):
        checks = checks_for_filter(model_admin.model)
        return [(ANY, _("anything")), *((check.key, check.label) for check in checks)]

    def queryset(self, request, queryset):
        checks = checks_for_filter(queryset.model)
        if self.value() not in {ANY, *(check.key for check in checks)}:
            return queryset
        return queryset.filter(lacking(checks, self.value()))


def _restricted(request) -> bool:
    from core.admin import is_restricted  # core.admin's filters import this module

    return is_restricted(request)


def network_section(request) -> Section | None:
    if _restricted(request):
        return None
    return Section(
        title=_("Missing translation or image"),
        template="admin/start/checklist.html",
        context={
            "groups": _groups(request, mine=False),
            "empty": _("Every item has both languages and its image."),
        },
        order=30,
    )


def editor_section(request) -> Section | None:
    if not _restricted(request):
        return None
    return Section(
        title=_("Your items"),
        template="admin/start/checklist.html",
        context={
            "groups": _groups(request, mine=True),
            "empty": _("There is no organisation or project for you to edit yet."),
        },
        order=10,
    )
