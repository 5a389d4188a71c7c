"""X-Twilio-Signature checking as the hub does it, against Twilio's published test vectors."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from twilio.request_validator import RequestValidator

from connectors.twilio.webhooks import verified_params

URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+14158675309",
    "Digits": "1234",
    "From": "+14158675309",
    "To": "+18005551212",
}
VECTOR = "RSOYDt4T1cUTdK1PDd93/VVr8B8="  # auth token 12345 (the helper libraries' test vector)


@pytest.fixture
async def client() -> AsyncIterator[TestClient[web.Request, web.Application]]:
    validator = RequestValidator("12345")

    async def handler(request: web.Request) -> web.Response:
        params = await verified_params(request, validator, "https://mycompany.com")
        return web.json_response(params, status=200 if params is not None else 403)

    app = web.Application()
    app.router.add_post("/myapp.php", handler)
    async with TestClient(TestServer(app, host="127.0.0.1")) as c:
        yield c


def test_published_vector_with_the_library() -> None:
    assert RequestValidator("12345").compute_signature(URL, PARAMS) == VECTOR


async def test_valid_signature_is_accepted_behind_a_proxy(client: TestClient[web.Request, web.Application]) -> None:
    resp = await client.post("/myapp.php?foo=1&bar=2", data=PARAMS, headers={"X-Twilio-Signature": VECTOR})
    assert resp.status == 200
    assert await resp.json() == PARAMS


@pytest.mark.parametrize(
    ("path", "params", "signature"),
    [
        ("/myapp.php?foo=1&bar=2", PARAMS | {"Digits": "1235"}, VECTOR),  # tampered parameter
        ("/myapp.php?foo=1&bar=3", PARAMS, VECTOR),  # tampered URL
        ("/myapp.php?foo=1&bar=2", PARAMS | {"Extra": "1"}, VECTOR),  # added parameter
        ("/myapp.php?foo=1&bar=2", PARAMS, ""),  # missing signature
        ("/myapp.php?foo=1&bar=2", PARAMS, "AAAAAAAAAAAAAAAAAAAAAAAAAAA="),  # wrong signature
    ],
)
async def test_tampering_is_refused(
    client: TestClient[web.Request, web.Application], path: str, params: dict[str, str], signature: str
) -> None:
    resp = await client.post(path, data=params, headers={"X-Twilio-Signature": signature} if signature else {})
    assert resp.status == 403


async def test_json_body_form(client: TestClient[web.Request, web.Application]) -> None:
    body = '{"property": "value", "boolean": true}'
    validator = RequestValidator("12345")
    digest = validator.compute_hash(body)
    path = f"/myapp.php?bodySHA256={digest}"
    signature = validator.compute_signature(f"https://mycompany.com{path}", {})
    resp = await client.post(
        path, data=body, headers={"X-Twilio-Signature": signature, "Content-Type": "application/json"}
    )
    assert resp.status == 200
    tampered = await client.post(
        path,
        data=body.replace("value", "other"),
        headers={"X-Twilio-Signature": signature, "Content-Type": "application/json"},
    )
    assert tampered.status == 403
