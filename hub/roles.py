"""Which parts of the hub run in this process: `hub run --role router --role recorder ...`.

Every process serves /healthz, /readyz and /metrics; `api` adds web chat, the events API and
the read API; `connectors` runs the pull connectors.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ALL = "all"
    API = "api"
    ROUTER = "router"
    RECORDER = "recorder"
    CONNECTORS = "connectors"


def expand(roles: list[Role] | None) -> frozenset[Role]:
    chosen = set(roles) if roles is not None else {Role.ALL}
    if Role.ALL in chosen:
        return frozenset({Role.API, Role.ROUTER, Role.RECORDER, Role.CONNECTORS})
    return frozenset(chosen)
