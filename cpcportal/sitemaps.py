"""/sitemap.xml: every public page in Dutch and English, with hreflang alternates.

Each sitemap lists only what a visitor can open (public() querysets), so drafts never leak.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import F, Func
from django.urls import NoReverseMatch, reverse

from campaigns.selectors import sitemap_items as public_campaigns
from cpcportal.models import SitePage
from donors.models import Donor
from editions.models import Edition
from news.selectors import sitemap_items as public_news
from organisations.models import Organisation
from projects.models import Project
from publications.selectors import sitemap_items as public_publications


class I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class StaticPagesSitemap(I18nSitemap):
    priority = 0.8
    changefreq = "weekly"

    def items(self):
        names = [
            "home",
            "about",
            "organisations:list",
            "projects:list",
            "donors:list",
            "publications:list",
            "news:list",
            "campaigns:list",
            "countries",
            "partnerships",
            "transparency",
            "editions:archive",
        ]
        return [name for name in names if _resolves(name)]

    def location(self, item):
        return reverse(item)


class SitePagesSitemap(I18nSitemap):
    priority = 0.2
    changefreq = "yearly"

    def items(self):
        return SitePage.objects.order_by("key")

    def lastmod(self, page):
        return page.updated_at


class OrganisationSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Organisation.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, organisation):
        return organisation.updated_at


class ProjectSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        if not _resolves("projects:detail", slug="x"):
            return []
        return Project.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, project):
        return project.updated_at


class DonorSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Donor.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, donor):
        return donor.updated_at


class PublicationSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return public_publications()

    def lastmod(self, publication):
        return publication.updated_at


class NewsSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return public_news()

    def lastmod(self, item):
        return item.updated_at


class CampaignSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return public_campaigns()

    def lastmod(self, campaign):
        return campaign.updated_at


class CountrySitemap(I18nSitemap):
    """Countries with a public project or a published organisation based there."""

    changefreq = "monthly"

    def items(self):
        in_projects = (
            Project.objects.public()
            .annotate(code=Func(F("countries"), function="unnest"))
            .order_by()
            .values_list("code", flat=True)
        )
        based = Organisation.objects.public().exclude(country="").values_list("country", flat=True)
        return sorted({code.lower() for code in [*in_projects, *based] if code})

    def location(self, code):
        return reverse("country", kwargs={"code": code})


class EditionSitemap(I18nSitemap):
    """The newsletter archive's issues."""

    changefreq = "yearly"

    def items(self):
        return Edition.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, edition):
        return edition.updated_at


def _resolves(name, **kwargs) -> bool:
    # Project pages come from another part of the site; list them once they exist.
    try:
        reverse(name, kwargs=kwargs or None)
    except NoReverseMatch:
        return False
    return True


sitemaps = {
    "pages": StaticPagesSitemap,
    "statements": SitePagesSitemap,
    "organisations": OrganisationSitemap,
    "projects": ProjectSitemap,
    "donors": DonorSitemap,
    "publications": PublicationSitemap,
    "news": NewsSitemap,
    "campaigns": CampaignSitemap,
    "countries": CountrySitemap,
    "newsletter-issues": EditionSitemap,
}
