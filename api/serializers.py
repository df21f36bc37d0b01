"""What the API says of each public thing: every text in Dutch and English, codes as codes.

The serializers only read what the views' querysets already hold (prefetched lists,
annotations): a serializer that queried would make a page's query count grow with its rows.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django_countries import countries
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse as api_reverse

from core.models import Precision
from donors.models import DonorType
from organisations.models import OrganisationKind
from projects.models import ParticipationRole, ProjectKind, ProjectStatus

LANGUAGES = [code for code, _name in settings.LANGUAGES]


class TranslatedTextSerializer(serializers.Serializer):
    """Only for the schema: a text in each language, null where it is not written."""

    nl = serializers.CharField(allow_null=True)
    en = serializers.CharField(allow_null=True)


def in_both_languages(value) -> dict:
    """{"nl": ..., "en": ...} of a function of the active language (a page's address, a
    country's name)."""
    result = {}
    for code in LANGUAGES:
        with translation.override(code):
            result[code] = str(value())
    return result


@extend_schema_field(TranslatedTextSerializer)
class TranslatedField(serializers.Field):
    """A translated model field as {"nl": ..., "en": ...}, without modeltranslation's
    fallback: an English text that was never written is null, not the Dutch one."""

    def __init__(self, field_name: str, **kwargs):
        self.field_name_in_model = field_name
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance):
        return {
            code: getattr(instance, f"{self.field_name_in_model}_{code}", None) or None
            for code in LANGUAGES
        }


@extend_schema_field(TranslatedTextSerializer)
class WebPageField(serializers.Field):
    """The thing's page on the site, in each language (absolute addresses)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance):
        request = self.context["request"]
        return {
            code: request.build_absolute_uri(address)
            for code, address in in_both_languages(instance.get_absolute_url).items()
        }


class NamedRefSerializer(serializers.Serializer):
    """A reference to another public thing: its slug and its name in both languages."""

    slug = serializers.CharField()
    name = TranslatedField("name")


class CountrySerializer(serializers.Serializer):
    code = serializers.CharField(help_text="ISO 3166-1 alpha-2 (XK for Kosovo)")
    name = serializers.SerializerMethodField()
    project_count = serializers.IntegerField(required=False)
    page = serializers.SerializerMethodField()

    @extend_schema_field(TranslatedTextSerializer)
    def get_name(self, country) -> dict:
        return in_both_languages(lambda: countries.name(country["code"]))

    @extend_schema_field(TranslatedTextSerializer)
    def get_page(self, country) -> dict:
        request = self.context["request"]
        return {
            code: request.build_absolute_uri(address)
            for code, address in in_both_languages(
                lambda: reverse("country", kwargs={"code": country["code"].lower()})
            ).items()
        }


class ThemeSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = TranslatedField("name")
    description = TranslatedField("description")
    dac_code = serializers.CharField(help_text="OECD DAC 5-digit sector code, or empty")
    project_count = serializers.IntegerField(help_text="public projects with this theme")


class ParticipationSerializer(serializers.Serializer):
    organisation = NamedRefSerializer()
    role = serializers.ChoiceField(choices=ParticipationRole.choices)
    iati_role = serializers.CharField(help_text="IATI OrganisationRole code")
    description = TranslatedField("description")


class InstrumentRefSerializer(serializers.Serializer):
    name = TranslatedField("name")
    short_name = TranslatedField("short_name")
    url = serializers.URLField()


class FundingSerializer(serializers.Serializer):
    donor = NamedRefSerializer()
    instrument = InstrumentRefSerializer(allow_null=True)
    amount = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    currency = serializers.CharField(help_text="ISO 4217; empty without an amount")
    start = serializers.DateField(allow_null=True)
    end = serializers.DateField(allow_null=True)


class ProjectSerializer(serializers.Serializer):
    """A project in a list: what its card and its page's side panel say."""

    slug = serializers.CharField()
    url = serializers.SerializerMethodField()
    page = WebPageField()
    title = TranslatedField("title")
    summary = TranslatedField("summary")
    kind = serializers.ChoiceField(choices=ProjectKind.choices)
    status = serializers.ChoiceField(choices=ProjectStatus.choices)
    start = serializers.DateField(allow_null=True)
    start_precision = serializers.ChoiceField(choices=Precision.choices)
    end = serializers.DateField(allow_null=True)
    end_precision = serializers.ChoiceField(choices=Precision.choices)
    is_ongoing = serializers.BooleanField()
    countries = serializers.SerializerMethodField()
    themes = NamedRefSerializer(source="theme_list", many=True)
    participations = ParticipationSerializer(source="participation_list", many=True)
    fundings = FundingSerializer(source="funding_list", many=True)
    iati_identifier = serializers.CharField()
    updated_at = serializers.DateTimeField()

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, project) -> str:
        return api_reverse(
            "api:project-detail", kwargs={"slug": project.slug}, request=self.context["request"]
        )

    @extend_schema_field(CountrySerializer(many=True))
    def get_countries(self, project) -> list:
        return CountrySerializer(
            [{"code": code} for code in project.countries], many=True, context=self.context
        ).data


class ReachFigureSerializer(serializers.Serializer):
    value = serializers.IntegerField()
    label = TranslatedField("label")


class BudgetSerializer(serializers.Serializer):
    budget_type = serializers.CharField(help_text="IATI BudgetType: 1 original, 2 revised")
    status = serializers.CharField(help_text="IATI BudgetStatus: 1 indicative, 2 committed")
    period_start = serializers.DateField()
    period_end = serializers.DateField()
    value = serializers.DecimalField(max_digits=14, decimal_places=2)
    currency = serializers.CharField(help_text="ISO 4217")
    value_date = serializers.DateField(allow_null=True)


@extend_schema_field(NamedRefSerializer(allow_null=True))
class PublicRefField(serializers.Field):
    """A donor or organisation a transaction names, where it is public (else null: the
    money of a public project is shown, the name of a hidden body is not)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        if value is None or not value.is_public:
            return None
        return NamedRefSerializer(value).data

    def get_attribute(self, instance):
        # The related object itself, even when it is None (DRF would skip the field).
        return getattr(instance, self.source)


class TransactionSerializer(serializers.Serializer):
    transaction_type = serializers.CharField(
        help_text="IATI TransactionType: 1 incoming funds, 2 outgoing commitment, "
        "3 disbursement, 4 expenditure, 11 incoming commitment, …"
    )
    date = serializers.DateField()
    value = serializers.DecimalField(max_digits=14, decimal_places=2)
    currency = serializers.CharField(help_text="ISO 4217")
    description = TranslatedField("description")
    provider_donor = PublicRefField()
    provider_organisation = PublicRefField()
    provider_activity_id = serializers.CharField(help_text="IATI identifier of the source")
    receiver_organisation = PublicRefField()


class DisaggregationSerializer(serializers.Serializer):
    dimension_name = TranslatedField("dimension_name")
    dimension_value = TranslatedField("dimension_value")
    target_value = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    actual_value = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)


class IndicatorPeriodSerializer(serializers.Serializer):
    period_start = serializers.DateField()
    period_end = serializers.DateField()
    target_value = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    target_comment = TranslatedField("target_comment")
    actual_value = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    actual_comment = TranslatedField("actual_comment")
    disaggregations = DisaggregationSerializer(many=True, source="disaggregations.all")


class IndicatorSerializer(serializers.Serializer):
    title = TranslatedField("title")
    description = TranslatedField("description")
    measure = serializers.CharField(help_text="IATI IndicatorMeasure: 1 unit, 2 percentage, …")
    ascending = serializers.BooleanField()
    aggregation_status = serializers.BooleanField()
    baseline_year = serializers.IntegerField(allow_null=True)
    baseline_value = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    baseline_comment = TranslatedField("baseline_comment")
    periods = IndicatorPeriodSerializer(many=True, source="periods.all")


class ResultSerializer(serializers.Serializer):
    result_type = serializers.CharField(help_text="IATI ResultType: 1 output, 2 outcome, 3 impact")
    title = TranslatedField("title")
    description = TranslatedField("description")
    aggregation_status = serializers.BooleanField()
    indicators = IndicatorSerializer(many=True, source="indicators.all")


class ProjectDetailSerializer(ProjectSerializer):
    """A project with everything its page shows, and its money and results."""

    description = TranslatedField("description", help_text="HTML, sanitised")
    website = serializers.URLField()
    target_groups = NamedRefSerializer(source="target_group_list", many=True)
    reach_figures = ReachFigureSerializer(source="reach_figure_list", many=True)
    budgets = BudgetSerializer(source="budget_list", many=True)
    budget_totals = serializers.SerializerMethodField()
    transactions = TransactionSerializer(source="transaction_list", many=True)
    results = ResultSerializer(source="api_result_list", many=True)

    @extend_schema_field(
        {
            "type": "object",
            "additionalProperties": {"type": "string", "format": "decimal"},
            "description": "The budgets' total per currency; never added across currencies",
        }
    )
    def get_budget_totals(self, project) -> dict:
        totals = {}
        for budget in project.budget_list:
            totals[budget.currency] = totals.get(budget.currency, 0) + budget.value
        return {currency: f"{total:.2f}" for currency, total in sorted(totals.items())}


class OrganisationSerializer(serializers.Serializer):
    slug = serializers.CharField()
    url = serializers.SerializerMethodField()
    page = WebPageField()
    name = TranslatedField("name")
    short_name = TranslatedField("short_name")
    kind = serializers.ChoiceField(choices=OrganisationKind.choices)
    country = serializers.CharField(source="country.code", allow_blank=True)
    city = serializers.CharField()
    website = serializers.URLField()
    summary = TranslatedField("summary")
    iati_identifier = serializers.CharField()
    iati_type = serializers.CharField(help_text="IATI OrganisationType code")
    updated_at = serializers.DateTimeField()

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, organisation) -> str:
        return api_reverse(
            "api:organisation-detail",
            kwargs={"slug": organisation.slug},
            request=self.context["request"],
        )


class OrganisationDetailSerializer(OrganisationSerializer):
    mission = TranslatedField("mission")
    vision = TranslatedField("vision")
    approach = TranslatedField("approach")


class DonorSerializer(serializers.Serializer):
    slug = serializers.CharField()
    url = serializers.SerializerMethodField()
    page = WebPageField()
    name = TranslatedField("name")
    short_name = TranslatedField("short_name")
    type = serializers.ChoiceField(choices=DonorType.choices)
    country = serializers.CharField(source="country.code", allow_blank=True)
    website = serializers.URLField()
    description = TranslatedField("description")
    project_count = serializers.IntegerField(help_text="public projects it funds")
    organisation = serializers.CharField(
        source="public_organisation_slug",
        allow_null=True,
        help_text="slug of its own organisation on the portal, where that is public",
    )
    updated_at = serializers.DateTimeField()

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, donor) -> str:
        return api_reverse(
            "api:donor-detail", kwargs={"slug": donor.slug}, request=self.context["request"]
        )
