"""What the public list pages share."""


class LenientPaginationMixin:
    """For a ListView: a broken or out-of-range ?page= gives the first or last page
    instead of an error (a visitor's typo or an old link is not a 404)."""

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()
