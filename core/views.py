"""What the public list pages share."""


class LenientPaginationMixin:
    """For a ListView: a broken or out-of-range ?page= gives the first or last page
    instead of an error (a visitor's typo or an old link is not a 404)."""

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()


class FilteredListMixin(LenientPaginationMixin):
    """For a ListView whose get_queryset() sets `self.filterset` (a django-filter FilterSet):
    the filter form in the context, the query string without the page for the pagination's
    links, and whether anything filters (an invalid value filters nothing, but the form
    shows it, so the page counts as filtered)."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop(self.page_kwarg, None)
        form = self.filterset.form
        context.update(
            filter=self.filterset,
            filter_query=query.urlencode(),
            is_filtered=any(form.cleaned_data.values()) if form.is_valid() else bool(query),
        )
        return context
