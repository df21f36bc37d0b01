"""The codes the portal offers its editors, per list, and their names for translation.

A network of NGOs gives grants and runs projects: loans, equity and debt relief are in
the IATI lists but not in our forms. The files we publish are still checked against the
complete lists. Each name below is the IATI's English name, word for word, so that
`codelists.name()` finds its translation.
"""

from django.utils.translation import gettext_noop

OFFERED = {
    "TransactionType": ["11", "1", "2", "3", "4", "7", "13", "12"],
    "BudgetType": ["1", "2"],
    "BudgetStatus": ["1", "2"],
    "ResultType": ["1", "2", "3", "9"],
    "IndicatorMeasure": ["1", "2", "3", "4", "5"],
    "AidType": ["C01", "B01", "B02", "B03", "B04", "D01", "D02", "E01", "G01", "H01"],
    "FinanceType": ["110", "422", "421"],
    "FlowType": ["10", "21", "30", "40", "50"],
    "TiedStatus": ["5", "3", "4"],
    "PolicyMarker": ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
    "PolicySignificance": ["0", "1", "2", "3", "4"],
    "ActivityStatus": ["1", "2", "3", "4", "5", "6"],
    "OrganisationRole": ["1", "2", "3", "4"],
}

NAMES = [
    # TransactionType
    gettext_noop("Incoming Commitment"),
    gettext_noop("Incoming Funds"),
    gettext_noop("Outgoing Commitment"),
    gettext_noop("Disbursement"),
    gettext_noop("Expenditure"),
    gettext_noop("Reimbursement"),
    gettext_noop("Incoming Pledge"),
    gettext_noop("Outgoing Pledge"),
    # BudgetType, BudgetStatus
    gettext_noop("Original"),
    gettext_noop("Revised"),
    gettext_noop("Indicative"),
    gettext_noop("Committed"),
    # ResultType
    gettext_noop("Output"),
    gettext_noop("Outcome"),
    gettext_noop("Impact"),
    gettext_noop("Other"),
    # IndicatorMeasure
    gettext_noop("Unit"),
    gettext_noop("Percentage"),
    gettext_noop("Nominal"),
    gettext_noop("Ordinal"),
    gettext_noop("Qualitative"),
    # AidType
    gettext_noop("Project-type interventions"),
    gettext_noop("Core support to NGOs, other private bodies, PPPs and research institutes"),
    gettext_noop("Core contributions to multilateral institutions and global funds"),
    gettext_noop(
        "Contributions to specific-purpose programmes and funds managed by implementing partners"
    ),
    gettext_noop("Basket funds/pooled funding"),
    gettext_noop("Donor country personnel"),
    gettext_noop("Other technical assistance"),
    gettext_noop("Scholarships/training in donor country"),
    gettext_noop("Administrative costs not included elsewhere"),
    gettext_noop("Development awareness"),
    # FinanceType
    gettext_noop("Standard grant"),
    gettext_noop("Reimbursable grant"),
    gettext_noop("Standard loan"),
    # FlowType
    gettext_noop("ODA"),
    gettext_noop("Non-export credit OOF"),
    gettext_noop("Private Development Finance"),
    gettext_noop("Non flow"),
    gettext_noop("Other flows"),
    # TiedStatus
    gettext_noop("Untied"),
    gettext_noop("Partially tied"),
    gettext_noop("Tied"),
    # PolicyMarker
    gettext_noop("Gender Equality"),
    gettext_noop("Aid to Environment"),
    gettext_noop("Participatory Development/Good Governance"),
    gettext_noop("Trade Development"),
    gettext_noop("Aid Targeting the Objectives of the Convention on Biological Diversity"),
    gettext_noop(
        "Aid Targeting the Objectives of the Framework Convention on Climate Change - Mitigation"
    ),
    gettext_noop(
        "Aid Targeting the Objectives of the Framework Convention on Climate Change - Adaptation"
    ),
    gettext_noop("Aid Targeting the Objectives of the Convention to Combat Desertification"),
    gettext_noop("Reproductive, Maternal, Newborn and Child Health (RMNCH)"),
    gettext_noop("Disaster Risk Reduction(DRR)"),
    gettext_noop("Disability"),
    gettext_noop("Nutrition"),
    # PolicySignificance
    gettext_noop("not targeted"),
    gettext_noop("significant objective"),
    gettext_noop("principal objective"),
    gettext_noop("principal objective AND in support of an action programme"),
    gettext_noop("Explicit primary objective"),
    # ActivityStatus
    gettext_noop("Pipeline/identification"),
    gettext_noop("Implementation"),
    gettext_noop("Finalisation"),
    gettext_noop("Closed"),
    gettext_noop("Cancelled"),
    gettext_noop("Suspended"),
    # OrganisationRole
    gettext_noop("Funding"),
    gettext_noop("Accountable"),
    gettext_noop("Extending"),
    gettext_noop("Implementing"),
]


def offered_choices(list_name: str) -> list[tuple[str, str]]:
    from codelists import choices

    return choices(list_name, OFFERED[list_name])
