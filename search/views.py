from django import forms
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from core.cache import cache_public_page
from projects.search import MAX_QUERY_LENGTH, search_terms
from search import sources


class SiteSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the portal"),
        max_length=MAX_QUERY_LENGTH,
        required=False,
        help_text=_(
            "Projects, organisations, countries, donors, news and publications, in Dutch or "
            "English."
        ),
    )


@method_decorator(cache_public_page, name="dispatch")
class SiteSearchView(TemplateView):
    """One search for the whole portal, grouped by kind."""

    template_name = "search/search.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = SiteSearchForm(self.request.GET or None)
        text = form.cleaned_data["q"] if form.is_valid() else ""
        groups = []
        if search_terms(text):
            groups = sources.find_everything(text, get_language() or "nl")
        context.update(
            form=form,
            query=text,
            groups=groups,
            found=sum(group.total for group in groups),
        )
        return context
