"""Related projects on a project's page: those that share the most with it.

Sharing an organisation (in any role) comes first, and among those the projects sharing
the most organisations; then sharing a donor; then sharing a theme; equals, the most
recently updated first. So a programme's sister programme of the same partners comes
before projects that merely share a theme (issue #16: the Girls Advocacy Alliance listed
the coalition's projects, not Down to Zero).

One query, as before: a UNION ALL of one limited, ordered select per kind of sharing, so
that PostgreSQL counts shared organisations only for the projects that share one and stops
each part after `limit` rows; a count over every project sharing a theme would grow with
the data (thousands of projects per theme at 100,000).
"""

from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

from projects.listing_index import RELATED_FACETS
from projects.models import Participation, Project, ProjectTheme
from projects.selectors import CARD_FIELDS


def related_projects(project, limit: int = 4) -> list:
    """Up to `limit` public projects sharing an organisation, a donor (or whatever an app
    above links projects to: RELATED_FACETS) or a theme with this one (one query)."""
    # Only what a visitor may see counts: a hidden partner or donor relates nothing.
    mine = (
        Participation.objects.of_public_organisations()
        .filter(project=project.pk)
        .values("organisation_id")
    )
    sharing = Participation.objects.filter(project=OuterRef("pk"), organisation_id__in=mine)
    shares_organisation = Exists(sharing)
    shares_link = Q()
    for link_model, key, options in RELATED_FACETS.values():
        theirs = link_model.objects.filter(project=project.pk, **{f"{key}__in": options()})
        theirs = theirs.values(key)
        shares_link |= Q(
            Exists(link_model.objects.filter(project=OuterRef("pk"), **{f"{key}__in": theirs}))
        )
    shares_theme = Exists(
        ProjectTheme.objects.filter(
            project=OuterRef("pk"),
            theme_id__in=ProjectTheme.objects.filter(project=project.pk).values("theme_id"),
        )
    )
    shared_organisations = Coalesce(
        Subquery(
            sharing.order_by()
            .values("project")
            .annotate(n=Count("organisation", distinct=True))
            .values("n")[:1],
            output_field=IntegerField(),
        ),
        0,
    )
    others = Project.objects.public().exclude(pk=project.pk).only(*CARD_FIELDS)
    parts = [
        others.filter(shares_organisation).annotate(tier=Value(0), shared=shared_organisations),
    ]
    if shares_link:
        parts.append(
            others.filter(shares_link)
            .exclude(shares_organisation)
            .annotate(tier=Value(1), shared=Value(0))
        )
    only_theme = others.filter(shares_theme).exclude(shares_organisation)
    if shares_link:
        only_theme = only_theme.exclude(shares_link)
    parts.append(only_theme.annotate(tier=Value(2), shared=Value(0)))
    ordered = [part.order_by("-shared", "-updated_at", "pk")[:limit] for part in parts]
    union = ordered[0].union(*ordered[1:], all=True)
    return list(union.order_by("tier", "-shared", "-updated_at", "pk")[:limit])
