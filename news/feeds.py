"""RSS and Atom feeds of the latest public news, per language."""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext

from news.selectors import feed_items


class NewsRssFeed(Feed):
    # language: left unset, so Feed uses the active one, which the URL's prefix chose.
    def title(self):
        return gettext("News from the Child Rights Portal")

    def description(self):
        return gettext("Updates from the network's organisations and their projects.")

    def link(self):
        return reverse("news:list")

    def feed_url(self):
        return reverse("news:feed-rss")

    def items(self):
        return feed_items()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # The summary is plain text: markup an editor typed must arrive as text, never run.
        return escape(item.summary)

    def item_author_name(self, item):
        if item.organisation is not None:
            return item.organisation.name
        return gettext("The network")

    def item_pubdate(self, item):
        # The item's date is a day; a feed wants a moment: its start, in our time zone.
        return timezone.make_aware(datetime.datetime.combine(item.published_on, datetime.time()))

    def item_updateddate(self, item):
        return item.updated_at


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()

    def feed_url(self):
        return reverse("news:feed-atom")
