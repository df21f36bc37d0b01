"""A project's budgets and transactions, edited in tables on the project's form.

Whose money it is follows from the project: an organisation editor reaches only the forms
of projects their organisations lead (projects.admin.ProjectAdmin's scope), and a formset
only takes rows of the project it belongs to. The organisations a transaction names are
limited to those the editor may pick elsewhere (published ones and their own), so a forged
POST cannot name another member's draft.
"""

from core.admin import PlainTabularInline, PortalTabularInline, is_restricted
from finances.models import Budget, Transaction
from organisations.models import Organisation
from projects.admin import add_project_inline


class BudgetInline(PlainTabularInline):
    model = Budget
    fields = [
        "period_start",
        "period_end",
        "budget_type",
        "status",
        "value",
        "currency",
        "value_date",
    ]


class TransactionInline(PortalTabularInline):
    model = Transaction
    fields = [
        "transaction_type",
        "date",
        "value",
        "currency",
        "provider_donor",
        "provider_organisation",
        "provider_activity_id",
        "receiver_organisation",
        "description",
    ]
    autocomplete_fields = ["provider_donor", "provider_organisation", "receiver_organisation"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in ("provider_organisation", "receiver_organisation") and is_restricted(
            request
        ):
            kwargs["queryset"] = Organisation.objects.pickable_by(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


add_project_inline(BudgetInline)  # projects/admin.py cannot name finances
add_project_inline(TransactionInline)
