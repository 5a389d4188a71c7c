"""Reading a rules file: YAML → validated models, errors reported as `file:line: reason`;
a holder that hot-reloads on change and keeps the last good version when an edit is invalid."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import structlog
import yaml
from pydantic import ValidationError

from router.rules.engine import RuleSet
from router.rules.model import RulesFile

log = structlog.get_logger("router.rules")


class RulesError(ValueError):
    """An invalid rules file; `str()` is `file:line: reason`."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}")
        self.path, self.line, self.reason = path, line, reason


def _line_of(root: yaml.Node | None, loc: tuple[int | str, ...]) -> int:
    """The 1-based line of the YAML node at `loc`, or of its nearest existing parent."""
    node = root
    line = (root.start_mark.line + 1) if root is not None else 1
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if getattr(k, "value", None) == key), None)
            if nxt is None:
                return line
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            return line
        line = node.start_mark.line + 1
    return line


def parse_rules(text: str, path: str = "<rules>") -> RuleSet:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data: Any = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise RulesError(path, line, f"invalid YAML: {exc.problem or exc}") from exc
    if not isinstance(data, dict):
        raise RulesError(path, 1, "a rules file is a mapping with 'version' and 'rules'")
    try:
        model = RulesFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        where = ".".join(str(p) for p in loc) or "file"
        raise RulesError(path, _line_of(root, loc), f"{where}: {err['msg']}") from exc
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    return RuleSet.compile(model, version=digest, source=path)


def load_rules(path: Path) -> RuleSet:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulesError(str(path), 1, f"cannot read: {exc.strerror or exc}") from exc
    return parse_rules(text, str(path))


@dataclass
class RulesHolder:
    """The rules in force. `refresh()` reloads when the file changed; a bad edit keeps the old rules."""

    path: Path | None
    current: RuleSet
    last_error: str | None = None
    _stamp: tuple[float, int] | None = None

    @classmethod
    def open(cls, path: Path | None) -> RulesHolder:
        if path is None:
            return cls(None, RuleSet.empty())
        holder = cls(path, load_rules(path))
        holder._stamp = holder._stat()
        return holder

    def _stat(self) -> tuple[float, int] | None:
        assert self.path is not None
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_mtime, st.st_size)

    def refresh(self) -> bool:
        """Reload if the file changed; True when new rules took effect."""
        if self.path is None:
            return False
        stamp = self._stat()
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        try:
            new = load_rules(self.path)
        except RulesError as exc:
            self.last_error = str(exc)
            log.error("rules_rejected", error=str(exc), kept_version=self.current.version)
            return False
        self.last_error = None
        if new.version == self.current.version:
            return False
        log.info("rules_reloaded", version=new.version, rules=len(new.rules))
        self.current = new
        return True
