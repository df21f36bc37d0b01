"""The newsletter archive: every issue that was sent, newest first, and each one's page."""

from django.http import Http404
from django.utils.decorators import method_decorator
from django.views.generic import DetailView, ListView

from core.cache import cache_public_page
from core.views import LenientPaginationMixin
from editions.content import shown_sections
from editions.models import Edition

ISSUES_PER_PAGE = 20


@method_decorator(cache_public_page, name="dispatch")
class ArchiveView(LenientPaginationMixin, ListView):
    template_name = "editions/archive.html"
    context_object_name = "editions"
    paginate_by = ISSUES_PER_PAGE

    def get_queryset(self):
        return (
            Edition.objects.public()
            .select_related("newsletter")
            .only(
                "slug",
                "subject",
                "language",
                "introduction",
                "sending_started_at",
                "newsletter__name_nl",
                "newsletter__name_en",
                "newsletter__name",
            )
            .order_by("-sending_started_at", "-pk")
        )


@method_decorator(cache_public_page, name="dispatch")
class EditionView(DetailView):
    template_name = "editions/edition.html"
    context_object_name = "edition"

    def get_object(self, queryset=None):
        edition = (
            Edition.objects.public().select_related("newsletter").filter(slug=self.kwargs["slug"])
        ).first()
        if edition is None:
            raise Http404("No such newsletter issue")
        return edition

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sections"] = shown_sections(self.object)
        return context
