"""With router worker processes, a rejected rules edit still shows in the main process's /readyz."""

from __future__ import annotations

from pathlib import Path

import aiohttp

from hub.settings import Settings
from tests.integration.helpers import base_url, running_hub, wait_for

GOOD = """version: 1
rules:
  - id: invoices
    when: {text_matches: "invoice"}
    then: {action: ignore}
"""
BAD = GOOD + "  - id: broken\n    when: {channel: carrier-pigeon}\n    then: {action: ignore}\n"


async def test_rejected_rules_edit_shows_in_main_readyz(settings: Settings, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(GOOD)
    configured = settings.model_copy(update={"rules_file": rules, "router_workers": 1})
    async with running_hub(configured) as hub, aiohttp.ClientSession() as http:
        assert hub.workers is not None and hub.workers.count == 1

        async def checks() -> dict[str, str]:
            async with http.get(f"{base_url(hub)}/readyz") as r:
                body: dict[str, str] = (await r.json())["checks"]
                return body

        assert "rules" not in await checks()
        rules.write_text(BAD)

        async def rejected() -> str | None:
            return (await checks()).get("rules")

        note = await wait_for(rejected, timeout=10)
        assert "kept last good" in note and f"{rules}:7" in note
