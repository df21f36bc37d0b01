"""Public publication pages: the listing with filters and search, a publication's page,
and the download of its PDF."""

from django.http import FileResponse, Http404
from django.utils.decorators import method_decorator
from django.utils.translation import gettext
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from core.cache import cache_public_page, public_cache_headers
from core.views import FilteredListMixin
from publications import selectors
from publications.filters import PublicationFilter
from publications.models import Publication

PAGE_SIZE = 20


@method_decorator(cache_public_page, name="dispatch")
class PublicationListView(FilteredListMixin, ListView):
    template_name = "publications/publication_list.html"
    context_object_name = "publications"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        self.filterset = PublicationFilter(
            self.request.GET, queryset=selectors.public_publications()
        )
        found = selectors.publication_cards(self.filterset.qs)
        if self.filterset.searching:
            return found.order_by("-search_rank", "-published_on", "pk")
        return found.order_by("-published_on", "pk")


@method_decorator(cache_public_page, name="dispatch")
class PublicationDetailView(DetailView):
    template_name = "publications/publication_detail.html"
    context_object_name = "publication"

    def get_object(self, queryset=None):
        try:
            return selectors.public_publication_detail(self.kwargs["slug"])
        except Publication.DoesNotExist:
            raise Http404(gettext("No such publication.")) from None


@require_safe
@public_cache_headers
def download(request, slug):
    """The PDF of a public publication, as an attachment named after its slug."""
    try:
        publication = selectors.public_download(slug)
    except Publication.DoesNotExist:
        raise Http404(gettext("No such publication.")) from None
    try:
        pdf = publication.file.open("rb")
    except FileNotFoundError:
        raise Http404(gettext("No such publication.")) from None
    response = FileResponse(
        pdf, as_attachment=True, filename=f"{publication.slug}.pdf", content_type="application/pdf"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
