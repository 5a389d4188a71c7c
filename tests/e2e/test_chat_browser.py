"""A tenant uses the web chat page in a real headless browser; the conversation is recorded against them.

Drives Debian's chromium (/usr/bin/chromium) through Playwright against a hub running in-process on
the embedded stack (SQLite + embedded nats-server). Playwright's own browser download does not work
here, so the system chromium is required: with CI=true its absence fails the test, elsewhere it skips.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
from pathlib import Path

import pytest

from hub.settings import Settings
from tests.integration.helpers import base_url, rows, running_hub, stored

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STEP_MS = 15_000  # any single browser wait
TOTAL_S = 60.0  # the whole conversation, browser and database


def chromium_path() -> str:
    """The system chromium, or skip (fail when CI=true) when it is not installed."""
    if os.path.exists("/usr/bin/chromium"):
        return "/usr/bin/chromium"
    found = shutil.which("chromium")
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail("chromium not installed but CI=true: apt-get install chromium (browser tests must run in CI)")
    pytest.skip(
        "chromium not installed: apt-get install chromium (Playwright's own browser download does not work here)"
    )


async def test_tenant_chats_in_the_browser_and_is_recorded(settings: Settings, tmp_path: Path) -> None:
    executable = chromium_path()
    from playwright.async_api import async_playwright, expect

    async with asyncio.timeout(TOTAL_S), running_hub(settings) as hub, async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        try:
            page = await browser.new_page(viewport={"width": 800, "height": 1000})
            page.set_default_timeout(STEP_MS)
            expect.set_options(timeout=STEP_MS)
            await page.goto(f"{base_url(hub)}/chat")
            await expect(page).to_have_title("Chat with your housing team")

            hub_bubbles = page.locator("#log .msg.hub")
            await expect(hub_bubbles).to_have_count(1)  # the greeting: the websocket is open

            await page.fill("#name", "Liam")
            await page.fill("#phone", "07700 900608")
            request = "The bathroom extractor fan has stopped working and the window won't open"
            await page.fill("#text", request)
            await page.click("#send")

            await expect(page.locator("#log .msg.me")).to_have_text([request])
            await expect(hub_bubbles).to_have_count(2)  # the hub acknowledged the message
            await expect(hub_bubbles.nth(1)).to_contain_text("Thanks, we've noted that")
            await expect(page.locator("#name")).to_be_disabled()  # the details went with the first message
            await expect(page.locator("#text")).to_have_value("")

            await page.click("#finish")
            done = page.locator("#log .msg.done")
            await expect(done).to_contain_text(re.compile(r"Sent to our team\. Your reference: webchat:chat-\S+"))
            await expect(page.locator("#send")).to_be_disabled()
            await expect(page.locator("#finish")).to_be_disabled()

            reference = await page.locator("#log").get_attribute("data-reference")
            assert reference and reference.startswith("webchat:chat-"), reference
            assert (await done.inner_text()).endswith(reference)

            shot = tmp_path / "chat-finished.png"
            await page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 0
        finally:
            await browser.close()

        await stored(hub, 1)
        got = await rows(
            hub, "SELECT customer_ref, category, channel FROM contact_records WHERE event_id = :i", i=reference
        )
        assert got == [{"customer_ref": "C200308", "category": "repairs", "channel": "webchat"}]
