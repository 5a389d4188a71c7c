"""Getting at the new content of a contact: quoted history, signatures and disclaimers removed."""

from __future__ import annotations

import re

from schemas import ContactEvent

_QUOTE_HEADER = re.compile(
    r"^\s*(On .{4,200}wrote:?\s*$|-{2,}\s*Original Message\s*-{2,}|_{5,}\s*$|From:\s.+$)",
    re.IGNORECASE | re.MULTILINE,
)
_OUTLOOK_BLOCK = re.compile(r"^\s*From:\s.*\n(?:.*\n){0,4}?\s*(Sent|Date):\s", re.IGNORECASE | re.MULTILINE)
_SIGNOFF = re.compile(
    r"^\s*(--\s*$|kind regards|best regards|regards,?$|many thanks,?$|thanks,?$|cheers,?$|"
    r"yours (sincerely|faithfully)|sent from my (iphone|android|samsung|phone)|get outlook for)",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(r"^\s*(this (e-?mail|message) (is|and any) .*confidential|disclaimer:)", re.IGNORECASE)


def strip_reply(text: str) -> str:
    """The new part of an e-mail: everything above the first quoted block, without the sign-off."""
    cut = len(text)
    outlook = _OUTLOOK_BLOCK.search(text)
    if outlook:
        cut = min(cut, outlook.start())
    header = _QUOTE_HEADER.search(text)
    if (header and header.group(0).strip().lower().startswith("on ")) or (
        header and not header.group(0).strip().lower().startswith("from:")
    ):
        cut = min(cut, header.start())
    lines = []
    for line in text[:cut].splitlines():
        if line.lstrip().startswith(">"):
            continue
        if _SIGNOFF.match(line) or _DISCLAIMER.match(line):
            break
        lines.append(line)
    new = "\n".join(lines).strip()
    return new or text.strip()


def content_of(event: ContactEvent) -> str:
    """The text the router reads: subject, new e-mail content, call transcript."""
    parts: list[str] = []
    if event.subject:
        parts.append(event.subject)
    if event.text:
        parts.append(strip_reply(event.text) if event.channel.value == "email" else event.text)
    if event.call and event.call.transcript:
        parts.append(event.call.transcript)
    return "\n".join(parts)
