"""Public news pages: the index with filters and search, and an item's page."""

from django.http import Http404
from django.utils.decorators import method_decorator
from django.utils.translation import gettext
from django.views.generic import DetailView, ListView

from core.cache import cache_public_page
from core.views import FilteredListMixin
from news import selectors
from news.filters import NewsFilter
from news.models import NewsItem

PAGE_SIZE = 12


@method_decorator(cache_public_page, name="dispatch")
class NewsListView(FilteredListMixin, ListView):
    template_name = "news/news_list.html"
    context_object_name = "news_items"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        self.filterset = NewsFilter(self.request.GET, queryset=selectors.public_news())
        found = selectors.news_cards(self.filterset.qs)
        if self.filterset.searching:
            return found.order_by("-search_rank", "-published_on", "-pk")
        return found.order_by("-published_on", "-pk")


@method_decorator(cache_public_page, name="dispatch")
class NewsDetailView(DetailView):
    template_name = "news/news_detail.html"
    context_object_name = "item"

    def get_object(self, queryset=None):
        try:
            return selectors.public_news_detail(self.kwargs["slug"])
        except NewsItem.DoesNotExist:
            raise Http404(gettext("No such news item.")) from None
