"""News: dated updates by the network's organisations, each optionally about one of their
projects, and the secretariat's network news (an item without an organisation)."""

import datetime

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Value
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.localised import in_language
from core.models import Publishable, PublishableQuerySet
from core.richtext import RichTextField, sanitise_html
from core.validators import validate_image_upload
from organisations.models import Organisation
from projects.models import Participation, Project
from projects.search import TEXT_CONFIGURATIONS

# Stemmed in the page's language, accents ignored: the project search's configurations.
SEARCH_CONFIGURATIONS = TEXT_CONFIGURATIONS


def search_document(language: str) -> SearchVector:
    """What a search in `language` matches: the titles in both languages, the summary and
    the text in that one. Markup in the text is no word: PostgreSQL's parser reads tags as
    tokens of their own, which the text search configurations do not index. The same
    expression is indexed (Meta.indexes), so the query can use the index."""
    return SearchVector(
        "title_nl",
        "title_en",
        in_language("summary", language),
        in_language("body", language),
        config=Value(SEARCH_CONFIGURATIONS[language]),
    )


class NewsItemQuerySet(PublishableQuerySet):
    def public(self):
        """Published; by a public organisation or by the network; about a public project or
        none. An item about a hidden project is hidden with it, as its page would link to
        nothing and tell what the project's page does not."""
        return (
            super()
            .public()
            .filter(
                Q(organisation__isnull=True)
                | Q(organisation__in=Organisation.objects.public().values("pk"))
            )
            .filter(Q(project__isnull=True) | Q(project__in=Project.objects.public().values("pk")))
        )

    def network_news(self):
        return self.filter(organisation__isnull=True)


class NewsItem(Publishable):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    published_on = models.DateField(
        _("date"),
        default=datetime.date.today,
        db_index=True,
        help_text=_("The date shown with it; the newest come first."),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="news_items",
        verbose_name=_("organisation"),
        help_text=_("Whose news it is. Leave it empty for news from the network itself."),
    )
    project = models.ForeignKey(
        Project,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="news_items",
        verbose_name=_("project"),
        help_text=_("The project it is about, if any: one the organisation takes part in."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences, shown in lists, feeds and search results."),
    )
    body = RichTextField(_("text"), blank=True)
    image = models.ImageField(
        _("photo"),
        upload_to="images/news/",
        blank=True,
        validators=[validate_image_upload],
    )
    # Kept by the images app on save (news/apps.py registers the field): its renditions'
    # sizes follow from them without opening a file.
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = models.CharField(
        _("photo description"),
        max_length=250,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it."),
    )

    objects = NewsItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        ordering = ["-published_on", "-pk"]
        indexes = [
            models.Index(fields=["organisation", "-published_on"], name="news_by_organisation"),
            models.Index(fields=["project", "-published_on"], name="news_by_project"),
            *(
                GinIndex(search_document(language), name=f"news_search_{language}")
                for language in SEARCH_CONFIGURATIONS
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        errors = {}
        if self.published_on and self.published_on > timezone.localdate():
            errors["published_on"] = _(
                "The date cannot be in the future: keep it as a draft and publish it on the day."
            )
        if self.image and not (self.image_alt_nl or "").strip():
            errors["image_alt_nl"] = _(
                "Describe the photo for people who cannot see it, or remove the photo."
            )
        if self.project_id and self.organisation_id and not self._organisation_takes_part():
            errors["project"] = _(
                "This organisation does not take part in that project. Choose one of its "
                "projects, or none."
            )
        if errors:
            raise ValidationError(errors)

    def _organisation_takes_part(self) -> bool:
        return Participation.objects.filter(
            project_id=self.project_id, organisation_id=self.organisation_id
        ).exists()

    def save(self, *args, **kwargs):
        for column in ("body_nl", "body_en"):
            setattr(self, column, sanitise_html(getattr(self, column) or ""))
        super().save(*args, **kwargs)

    @property
    def is_network_news(self) -> bool:
        return self.organisation_id is None
