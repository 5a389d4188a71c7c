"""Glossary terms (see the package docstring)."""

from __future__ import annotations

TERMS: list[tuple[str, str]] = []
SUBSTRINGS: dict[str, str] = {}
