"""manage.py write_iati_files: the activity files written ahead into IATI_FILES_DIR.

Run it from a scheduler (every hour, say) on a portal whose full file takes longer than a
request may last; a file whose projects have not changed since it was written is kept.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from iati import published, selectors
from iati.activities import Publisher, activity_file
from organisations.models import Organisation


class Command(BaseCommand):
    help = "Writes the IATI activity files into IATI_FILES_DIR, which the IATI views serve."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=settings.NEWSLETTER_BASE_URL,
            help="the portal's public address, for the links in the files "
            "(default: NEWSLETTER_BASE_URL, the address its e-mails link to)",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="write every file again, also where no project changed (a change to a "
            "budget, transaction or result alone does not change a project)",
        )

    def handle(self, *args, base_url, force, **options):
        if not settings.IATI_FILES_DIR:
            raise CommandError(
                "Set DJANGO_IATI_FILES_DIR to the folder the files go to; without it the "
                "IATI views write every file live."
            )
        network = selectors.portal_network()
        files = [(published.activities_path(), selectors.exportable_projects(network), ())]
        for organisation in Organisation.objects.public().exclude(iati_identifier=""):
            files.append(
                (
                    published.activities_path(organisation),
                    selectors.reported_by(organisation, network),
                    (organisation,),
                )
            )
        publisher = Publisher(network=network, base_url=base_url.rstrip("/"))
        for path, projects, owners in files:
            etag, count, _modified = published.version("activities", projects, network, *owners)
            if not count:
                published.remove(path)  # the view then answers 404, as it would live
            elif force or published.written_etag(path) != etag:
                size = published.write(path, activity_file(projects, publisher), etag)
                self.stdout.write(f"{path.name}: {count} activities, {size:,} bytes")
