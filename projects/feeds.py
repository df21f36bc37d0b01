"""RSS and Atom feeds of recently published or updated public projects, per language."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext

from projects.selectors import recent_public_projects


class ProjectRssFeed(Feed):
    # language: left unset, so Feed uses the active one, which the URL's prefix chose.
    def title(self):
        return gettext("Projects of the Child Rights Portal")

    def description(self):
        return gettext("Projects recently published or updated by the network's members.")

    def link(self):
        return reverse("projects:list")

    def feed_url(self):
        return reverse("projects:feed-rss")

    def items(self):
        return recent_public_projects()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Feed readers render the description as HTML (Atom says type="html"); the summary
        # is plain text, so markup an editor typed must arrive as text, never run.
        return escape(item.summary)

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at


class ProjectAtomFeed(ProjectRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()

    def feed_url(self):
        return reverse("projects:feed-atom")
