"""Publications: reports, annual reports, evaluations, position papers and factsheets of the
network's organisations, each a PDF kept here or a link to where it is published."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q, Value
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.localised import in_language, name_order
from core.models import Publishable, PublishableQuerySet
from organisations.models import Organisation
from projects.models import Project, Theme, country_name
from projects.search import TEXT_CONFIGURATIONS
from publications.files import (
    PublicationFileStorage,
    first_page_thumbnail,
    random_pdf_name,
    random_thumbnail_name,
    validate_pdf_upload,
)

# Stemmed in the page's language, accents ignored: the project search's configurations.
SEARCH_CONFIGURATIONS = TEXT_CONFIGURATIONS


def search_document(language: str) -> SearchVector:
    """What a search in `language` matches: the titles in both languages and the summary in
    that one (the English falls back to the Dutch, as the pages do). The same expression is
    indexed (Meta.indexes), so the query can use the index."""
    return SearchVector(
        "title_nl",
        "title_en",
        in_language("summary", language),
        config=Value(SEARCH_CONFIGURATIONS[language]),
    )


class PublicationKind(models.TextChoices):
    REPORT = "report", _("Report")
    ANNUAL_REPORT = "annual_report", _("Annual report")
    EVALUATION = "evaluation", _("Evaluation")
    POSITION_PAPER = "position_paper", _("Position paper")
    FACTSHEET = "factsheet", _("Factsheet")


class DocumentLanguage(models.TextChoices):
    DUTCH = "nl", _("Dutch")
    ENGLISH = "en", _("English")
    OTHER = "other", _("Another language")


class PublicationQuerySet(PublishableQuerySet):
    def public(self):
        """Published, and by at least one public organisation (as a project is hidden with
        its lead, a publication is hidden when none of its organisations is shown)."""
        by_public = Organisation.objects.public().filter(publications=OuterRef("pk"))
        return super().public().filter(Exists(by_public))


class Publication(Publishable):
    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("type"), max_length=20, choices=PublicationKind.choices)
    published_on = models.DateField(_("publication date"), db_index=True)
    language = models.CharField(
        _("language of the document"),
        max_length=5,
        choices=DocumentLanguage.choices,
        default=DocumentLanguage.DUTCH,
    )
    summary = models.TextField(_("summary"), help_text=_("A few sentences on what it is about."))
    organisations = models.ManyToManyField(
        Organisation, related_name="publications", verbose_name=_("organisations")
    )
    projects = models.ManyToManyField(
        Project, blank=True, related_name="publications", verbose_name=_("projects")
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="publications", verbose_name=_("themes")
    )
    countries = ArrayField(
        models.CharField(max_length=2, choices=list(countries)),
        verbose_name=_("countries"),
        default=list,
        blank=True,
    )
    file = models.FileField(
        _("PDF file"),
        storage=PublicationFileStorage(),
        upload_to=random_pdf_name,
        blank=True,
        validators=[validate_pdf_upload],
        help_text=_("A PDF, not protected by a password. Or give a link instead."),
    )
    file_size = models.PositiveIntegerField(_("file size"), null=True, editable=False)
    url = models.URLField(
        _("link"),
        max_length=500,
        blank=True,
        validators=[URLValidator(schemes=["https"])],
        help_text=_("Where the publication can be read (https), if there is no PDF here."),
    )
    thumbnail = models.ImageField(
        _("picture of the first page"),
        upload_to=random_thumbnail_name,
        blank=True,
        editable=False,
        width_field="thumbnail_width",
        height_field="thumbnail_height",
    )
    thumbnail_width = models.PositiveIntegerField(null=True, editable=False)
    thumbnail_height = models.PositiveIntegerField(null=True, editable=False)

    objects = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        ordering = ["-published_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(file="") & ~Q(url="")) | (~Q(file="") & Q(url="")),
                name="publication_file_or_link",
                violation_error_message=_("Give either a PDF file or a link, not both."),
            ),
        ]
        indexes = [
            GinIndex(fields=["countries"], name="publication_countries_gin"),
            *(
                GinIndex(search_document(language), name=f"publication_search_{language}")
                for language in SEARCH_CONFIGURATIONS
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("publications:detail", kwargs={"slug": self.slug})

    def get_download_url(self):
        return reverse("publications:download", kwargs={"slug": self.slug}) if self.file else ""

    def clean(self):
        super().clean()
        if self.file and self.url:
            raise ValidationError({"url": _("Give either a PDF file or a link, not both.")})
        if not self.file and not self.url:
            raise ValidationError(
                {"file": _("Upload the publication as a PDF, or give a link to it.")}
            )

    def save(self, *args, **kwargs):
        self.countries = sorted(set(self.countries or []))
        if self.file and not self.file._committed:
            # A new upload: its first page is drawn once, here.
            self.file_size = self.file.size
            self.thumbnail = None
            picture = first_page_thumbnail(self.file)
            if picture is not None:
                self.thumbnail.save(picture.name, picture, save=False)
        elif not self.file:
            self.file_size = None
            self.thumbnail = None
        super().save(*args, **kwargs)

    @property
    def is_public(self) -> bool:
        """As PublicationQuerySet.public(), for this one publication: one query, none when
        `organisations` is prefetched."""
        if not super().is_public:
            return False
        prefetched = getattr(self, "_prefetched_objects_cache", {}).get("organisations")
        if prefetched is None:
            return self.organisations.public().exists()
        return any(organisation.is_public for organisation in prefetched)

    def country_names(self) -> list[tuple[str, str]]:
        """(code, name) of its countries, by name in the active language."""
        named = [(code, country_name(code)) for code in self.countries]
        return sorted(named, key=lambda country: name_order(country[1]))

    @property
    def year(self) -> int:
        return self.published_on.year
