"""A campaign's Open Graph image and its photo: drawn on the server for a link shared on
social media, the photo in the sizes a page needs."""

import io

import pytest
from PIL import Image

from core.models import Publication
from images import opengraph
from tests.factories import CampaignFactory, OrganisationFactory
from tests.images.conftest import media, upload  # noqa: F401

pytestmark = pytest.mark.django_db


def test_a_public_campaign_has_a_drawn_open_graph_image_and_its_page_points_to_it(client):
    partner = OrganisationFactory(name_nl="Defence for Children")
    CampaignFactory(slug="kijk-niet-weg", title_nl="Kijk niet weg", organisations=[partner])
    CampaignFactory(slug="concept", publication=Publication.DRAFT)

    response = client.get("/nl/campaigns/kijk-niet-weg/og.png")
    page = client.get("/nl/campaigns/kijk-niet-weg/").text

    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert (image.format, image.size) == ("PNG", (1200, 630))
    assert image.getpixel((600, 600)) == opengraph.DARK
    assert (
        '<meta property="og:image" content="http://testserver/nl/campaigns/kijk-niet-weg/og.png">'
        in page
    )
    assert '<meta property="og:image:alt" content="Kijk niet weg">' in page
    assert client.get("/nl/campaigns/concept/og.png").status_code == 404


def test_a_campaign_photo_needs_a_description_and_is_shown_in_sizes(client, media):  # noqa: F811
    from django.core.exceptions import ValidationError

    campaign = CampaignFactory(slug="gezin", image=upload("family.jpg", size=(1600, 900)))
    with pytest.raises(ValidationError) as refused:
        campaign.full_clean()
    assert "image_alt_nl" in refused.value.message_dict

    campaign.image_alt_nl = "Een gezin aan tafel"
    campaign.save()
    page = client.get("/nl/campaigns/gezin/").text

    assert '<source type="image/webp"' in page
    # The largest rendition (1280 wide) is the fallback, its size set against layout shifts.
    assert 'width="1280" height="720" alt="Een gezin aan tafel" loading="eager"' in page
    assert list((media / "renditions").rglob("640.webp"))
