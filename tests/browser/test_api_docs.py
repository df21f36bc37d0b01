"""The API's reference page in Chromium: Swagger UI from our own static files renders every
endpoint under the strict content security policy, and "Try it out" reaches the API.

The page is Swagger UI's own markup, not ours, so it is left out of test_pages.py's Nu
HTML and axe checks; here it must run without a console error (a CSP violation is one).
"""

from playwright.sync_api import expect


def test_the_reference_renders_every_endpoint_without_console_errors(page):
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    response = page.goto("/api/v1/docs/")

    assert response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    operations = page.locator(".opblock-summary-path")
    expect(operations.first).to_be_visible(timeout=20_000)
    paths = set(operations.all_inner_texts())
    assert {"/api/v1/projects/", "/api/v1/projects/{slug}/", "/api/v1/themes/"} <= {
        path.replace("\u200b", "") for path in paths
    }
    # Nothing is fetched from anywhere but the portal itself.
    origin = page.url.split("/api/")[0]
    assert all(url.startswith((origin, "data:")) for url in requests), requests
    assert page.console_errors == []


def test_try_it_out_reads_the_api(page):
    page.goto("/api/v1/docs/")
    block = page.locator("#operations-themes-themes_list")
    expect(block).to_be_visible(timeout=20_000)
    block.locator(".opblock-summary").click()
    block.locator(".try-out__btn").click()
    block.locator(".execute").click()

    live = block.locator(".live-responses-table tr.response .response-col_status")
    expect(live.first).to_contain_text("200", timeout=15_000)
    assert page.console_errors == []
