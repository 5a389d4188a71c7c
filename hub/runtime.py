"""The running hub: database, broker, bus consumers, directory and rules refresh, HTTP server.

An async context manager; everything it started is stopped in reverse order, also when start-up
fails part-way.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Sequence
from contextlib import AsyncExitStack
from types import TracebackType
from typing import Any

import aiohttp
import structlog
from aiohttp import web
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from connectors.base import Health
from connectors.runner import run_forever
from connectors.state import SqlCursors
from connectors.twilio.client import TwilioClient
from connectors.twilio.connector import CallsConnector, MessagesConnector
from hub import metrics
from hub.bus import Bus
from hub.embedded_nats import EmbeddedNats
from hub.roles import Role, expand
from hub.settings import Settings
from hub.tasks import cancel_all
from hub.workers import RouterWorkers, auto_workers
from recorder import directory as customer_directory
from recorder.db import make_engine, sessions
from recorder.handlers import RecorderHandler
from recorder.migrate import upgrade
from router.decide import Router
from router.handlers import RouterHandler
from router.llm.backend import Refine, chat_refiner
from router.llm.client import ChatEndpoint
from router.matcher import Directory
from router.rules import RulesHolder
from schemas import ContactEvent, DeadLetter
from schemas.subjects import Subjects

log = structlog.get_logger("hub")


async def load_directory(session_factory: async_sessionmaker[Any]) -> Directory:
    async with session_factory() as s:
        version = await customer_directory.version(s)
        customers = await customer_directory.load(s)
    return Directory.build(customers, version=version)


async def open_database(settings: Settings) -> tuple[AsyncEngine, async_sessionmaker[Any]]:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.database)
    await upgrade(engine)
    return engine, sessions(engine)


class Hub:
    def __init__(self, settings: Settings, roles: list[Role] | None = None, namespace: str = "") -> None:
        self.settings = settings
        self.roles = expand(roles)
        self.subjects = Subjects(namespace or settings.namespace)
        self.health = Health()
        self.rules = RulesHolder.open(settings.rules_file)
        self.router = Router(Directory())
        self.embedded: EmbeddedNats | None = None
        self.engine: AsyncEngine | None = None
        self.sessions: async_sessionmaker[Any] | None = None
        self.bus: Bus | None = None
        self.workers: RouterWorkers | None = None
        self.twilio: TwilioClient | None = None
        self.http_port: int | None = None
        self._stack = AsyncExitStack()
        self._tasks: list[asyncio.Task[None]] = []

    # -- publishing, shared by every connector -------------------------------------------------
    async def publish_events(self, events: Sequence[ContactEvent]) -> None:
        assert self.bus is not None
        by_subject: dict[str, list[tuple[str, bytes]]] = defaultdict(list)
        for e in events:
            by_subject[self.subjects.captured(e.channel)].append((e.id, e.to_json()))
        await asyncio.gather(*(self.bus.publish(s, items) for s, items in by_subject.items()))
        for e in events:
            metrics.CAPTURED.labels(channel=e.channel.value).inc()

    async def publish_dead(self, letters: Sequence[DeadLetter]) -> None:
        assert self.bus is not None
        items = [(f"dead:{d.stage}:{d.msg_id or id(d)}", d.model_dump_json().encode()) for d in letters]
        await self.bus.publish(self.subjects.dead, items)
        for d in letters:
            metrics.DEAD_LETTERED.labels(stage=d.stage).inc()
            log.warning("dead_lettered", stage=d.stage, msg_id=d.msg_id, reason=d.reason[:200])

    async def _publish_routed(self, items: Sequence[tuple[str, bytes]]) -> None:
        assert self.bus is not None
        await self.bus.publish(self.subjects.routed, items)

    # -- lifecycle -----------------------------------------------------------------------------
    async def __aenter__(self) -> Hub:
        try:
            await self._start()
        except BaseException:
            await self._stack.aclose()
            raise
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await cancel_all(self._tasks)
        await self._stack.aclose()

    async def _start(self) -> None:
        s = self.settings
        self.engine, self.sessions = await open_database(s)
        self._stack.push_async_callback(self.engine.dispose)
        url = s.broker_url
        if not url:
            self.embedded = await self._stack.enter_async_context(EmbeddedNats(s.data_dir))
            url = self.embedded.url
        self.bus = Bus(
            url,
            self.subjects,
            replicas=s.stream_replicas,
            batch_wait_s=s.batch_wait_s,
            retry_backoff_s=s.retry_backoff_s,
        )
        workers = s.router_workers if s.router_workers is not None else auto_workers()
        if Role.ROUTER in self.roles and workers == 0:
            self.router = Router(await load_directory(self.sessions), self.rules.current)
            refine = await self._summary_backend()
            self.bus.consume(
                self.subjects.consumer_router,
                self.subjects.stream_captured,
                self.subjects.captured_all,
                s.router_batch,
                RouterHandler(
                    lambda: self.router, self._publish_routed, self.publish_dead, self.subjects.captured_all, refine
                ),
            )
        if Role.ROUTER in self.roles:
            # With worker processes the routing (and its rules) live there; this process still reads
            # the rules file so that its /readyz shows a rejected edit.
            self._tasks.append(asyncio.create_task(self._refresh_loop(routing_here=workers == 0)))
        if Role.RECORDER in self.roles:
            self.bus.consume(
                self.subjects.consumer_recorder,
                self.subjects.stream_routed,
                self.subjects.routed,
                s.recorder_batch,
                RecorderHandler(self.sessions, self.publish_dead, self.subjects.routed),
            )
        await self._stack.enter_async_context(self.bus)
        if Role.ROUTER in self.roles and workers > 0:
            self.workers = await self._stack.enter_async_context(
                RouterWorkers(workers, self._worker_env(url), s.data_dir / "logs")
            )
        await self._start_connectors()
        from hub.http import build_app  # late: http imports this module for typing

        runner = web.AppRunner(build_app(self), access_log=None, handle_signals=False)
        await runner.setup()
        self._stack.push_async_callback(runner.cleanup)
        site = web.TCPSite(runner, s.http_host, s.http_port)
        await site.start()
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        self.http_port = sockets[0].getsockname()[1] if sockets else s.http_port
        log.info(
            "hub_started",
            roles=sorted(r.value for r in self.roles),
            http_port=self.http_port,
            broker="embedded" if self.embedded else "external",
        )

    async def _start_connectors(self) -> None:
        """Pull connectors run in the background; each one's health shows in /readyz."""
        assert self.sessions is not None
        config = self.settings.twilio()
        if config is None:
            return
        self.twilio = await self._stack.enter_async_context(TwilioClient(config))
        if Role.CONNECTORS not in self.roles:
            return
        cursors = SqlCursors(self.sessions)
        for connector in (CallsConnector(self.twilio, config), MessagesConnector(self.twilio, config)):
            self.health.set(connector.name, "starting")
            self._tasks.append(
                asyncio.create_task(
                    run_forever(connector, self.publish_events, cursors, self.health, config.poll_interval_s)
                )
            )

    def _worker_env(self, broker_url: str) -> dict[str, str]:
        """Settings a router worker needs, as HUB_* variables (it reads them like any hub process)."""
        s = self.settings
        env = {
            "HUB_BROKER_URL": broker_url,
            "HUB_DATABASE_URL": s.database,
            "HUB_DATA_DIR": str(s.data_dir.resolve()),
            "HUB_NAMESPACE": self.subjects.namespace,
            "HUB_HTTP_PORT": "0",
            "HUB_ROUTER_WORKERS": "0",
            "HUB_ROUTER_BATCH": str(s.router_batch),
            "HUB_BATCH_WAIT_S": str(s.batch_wait_s),
            "HUB_RETRY_BACKOFF_S": str(s.retry_backoff_s),
            "HUB_DIRECTORY_REFRESH_S": str(s.directory_refresh_s),
            "HUB_STREAM_REPLICAS": str(s.stream_replicas),
            "HUB_LOG_LEVEL": s.log_level,
            "HUB_LOG_JSON": str(s.log_json).lower(),
            "HUB_SUMMARY_MODEL": s.summary_model,
            "HUB_SUMMARY_TIMEOUT_S": str(s.summary_timeout_s),
        }
        if s.rules_file:
            env["HUB_RULES_FILE"] = str(s.rules_file.resolve())
        if s.summary_url:
            env["HUB_SUMMARY_URL"] = s.summary_url
        if s.summary_api_key:
            env["HUB_SUMMARY_API_KEY"] = s.summary_api_key.get_secret_value()
        return env

    async def _summary_backend(self) -> Refine | None:
        s = self.settings
        if not s.summary_url:
            return None
        session = await self._stack.enter_async_context(aiohttp.ClientSession())
        key = s.summary_api_key.get_secret_value() if s.summary_api_key else None
        log.info("summary_backend", model=s.summary_model)
        return chat_refiner(session, ChatEndpoint(s.summary_url, s.summary_model, key, s.summary_timeout_s))

    async def _refresh_loop(self, routing_here: bool) -> None:
        """Hot-reload the rules file (every second) and the customer directory (when it changed)."""
        assert self.sessions is not None
        last_dir_check = 0.0
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(1.0)
            changed = self.rules.refresh()
            if not routing_here:
                continue
            directory = self.router.directory
            if loop.time() - last_dir_check >= self.settings.directory_refresh_s:
                last_dir_check = loop.time()
                try:
                    async with self.sessions() as session:
                        version = await customer_directory.version(session)
                    if version != directory.version:
                        directory = await load_directory(self.sessions)
                        changed = True
                        log.info("directory_reloaded", customers=len(directory))
                except Exception as exc:
                    log.warning("directory_refresh_failed", error=type(exc).__name__)
            if changed:
                self.router = Router(directory, self.rules.current)

    # -- readiness -----------------------------------------------------------------------------
    async def readiness(self) -> tuple[bool, dict[str, str]]:
        checks: dict[str, str] = {}
        checks["broker"] = "ok" if self.bus and self.bus.connected else "not connected"
        try:
            assert self.engine is not None
            async with asyncio.timeout(3):
                async with self.engine.connect() as conn:
                    await conn.execute(text("SELECT 1"))
            checks["database"] = "ok"
        except Exception as exc:
            checks["database"] = f"unreachable: {type(exc).__name__}"
        if self.bus and Role.RECORDER in self.roles and self.bus.failing(self.subjects.consumer_recorder):
            checks["recorder"] = f"retrying after {self.bus.failing(self.subjects.consumer_recorder)} failed batches"
        if self.workers is not None and self.workers.alive < self.workers.count:
            checks["router-workers"] = f"{self.workers.alive} of {self.workers.count} running (restarting)"
        if self.rules.last_error:
            checks["rules"] = f"ok (kept last good; rejected edit: {self.rules.last_error})"
        for name, status in self.health.connectors.items():
            checks[f"connector:{name}"] = status.state + (f": {status.detail}" if status.detail else "")
            metrics.CONNECTOR_UP.labels(connector=name).set(1 if status.healthy else 0)
        ready = (
            checks["broker"] == "ok"
            and checks["database"] == "ok"
            and "recorder" not in checks
            and "router-workers" not in checks
            and all(st.healthy for st in self.health.connectors.values())
        )
        return ready, checks
