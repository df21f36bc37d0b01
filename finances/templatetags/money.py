"""Amounts in the visitor's language, and a project's money section from what its page
prefetched (finances.money): no query from a template."""

from django import template
from django.utils.translation import get_language

from finances.money import format_money, project_money

register = template.Library()


@register.filter
def money(amount, currency):
    """{{ budget.value|money:budget.currency }}: "€ 120.000,00" in Dutch."""
    if amount is None or not currency:
        return ""
    return format_money(amount, currency, get_language() or "nl")


@register.simple_tag
def money_of(project):
    """{% money_of project as money %}: the budgets, donors' contributions and spending."""
    return project_money(project)
