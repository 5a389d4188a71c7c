"""Router worker processes: the CPU-heavy routing runs beside the main process so that one hub
uses every core. Each worker is `hub run --role router` on the same broker and database; the
durable consumer shares the work between them. Workers die with the hub (PR_SET_PDEATHSIG) and
are restarted if they crash.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import os
import signal
import sys
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

import structlog

from hub.tasks import cancel_all

log = structlog.get_logger("hub.workers")
_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def auto_workers() -> int:
    """One router worker when there is a second core to run it on; none on a single core."""
    return 1 if (os.cpu_count() or 1) >= 2 else 0


class RouterWorkers:
    def __init__(self, count: int, env: Mapping[str, str], log_dir: Path) -> None:
        self.count = count
        self.env = {**os.environ, **env}
        self.log_dir = log_dir
        self.restarts = 0
        self._procs: list[asyncio.subprocess.Process | None] = [None] * count
        self._tasks: list[asyncio.Task[None]] = []
        self._stopping = False

    @property
    def alive(self) -> int:
        return sum(1 for p in self._procs if p is not None and p.returncode is None)

    async def _spawn(self, index: int) -> asyncio.subprocess.Process:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        with (self.log_dir / f"router-worker-{index}.log").open("ab") as err:
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "hub",
                "run",
                "--role",
                "router",
                env=self.env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=err,
                start_new_session=True,
                preexec_fn=die_with_parent,
            )
        self._procs[index] = proc
        log.info("router_worker_started", index=index, pid=proc.pid)
        return proc

    async def _watch(self, index: int) -> None:
        proc = await self._spawn(index)
        while not self._stopping:
            code = await proc.wait()
            if self._stopping:
                return
            self.restarts += 1
            log.error("router_worker_died", index=index, code=code, restarts=self.restarts)
            await asyncio.sleep(min(10.0, 0.5 * self.restarts))
            proc = await self._spawn(index)

    async def __aenter__(self) -> RouterWorkers:
        self._tasks = [asyncio.create_task(self._watch(i)) for i in range(self.count)]
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stopping = True
        await cancel_all(self._tasks)
        for proc in self._procs:
            if proc is not None and proc.returncode is None:
                proc.terminate()
        for proc in self._procs:
            if proc is not None and proc.returncode is None:
                try:
                    await asyncio.wait_for(proc.wait(), 15)
                except TimeoutError:
                    proc.kill()
                    await proc.wait()
