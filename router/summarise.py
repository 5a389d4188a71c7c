"""The record text: method, time, subjects discussed, further actions, one or two plain sentences.

Built only from what the contact says (new content, quoted history stripped) and its metadata;
nothing is invented. A pluggable backend can replace the sentences; this one runs offline.
"""

from __future__ import annotations

import re
from typing import Protocol

from router.classify import Classification
from router.glossary import MAX_WORDS
from schemas import CallStatus, Category, Channel, ContactEvent, Direction, Hazard, Summary

_METHOD = {
    Channel.VOICE: "Phone call",
    Channel.SMS: "SMS",
    Channel.WHATSAPP: "WhatsApp",
    Channel.EMAIL: "Email",
    Channel.WEBCHAT: "Web chat",
    Channel.TELEGRAM: "Telegram",
    Channel.FACEBOOK: "Facebook",
    Channel.INSTAGRAM: "Instagram",
    Channel.LETTER: "Letter",
    Channel.VISIT: "Visit",
}
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_STAFF_SPEAKERS = ("agent", "officer", "adviser", "advisor", "operator", "staff")
_SPEAKER = re.compile(
    rf"^\s*({'|'.join(_STAFF_SPEAKERS)}|interpreter|caller|visitor|customer|tenant|resident)(\s*\([^)]*\))?\s*:\s*",
    re.IGNORECASE,
)
_MAX_TEXT = 360  # two or three plain sentences
# Sentences that say nothing about the contact: greetings, call-centre openers, acknowledgements.
_FILLER = re.compile(
    r"^\W*(?:(?:hi+|hello|hiya|hey|morning|afternoon|evening|good (?:morning|afternoon|evening)|dear \w+(?: \w+)?"
    r"|(?:ok(?:ay)?|right|yes|yeah|yep|sure|great|lovely|brilliant|perfect|no problem|of course|thank you|thanks|"
    r"cheers|bye|that's fine|that's great)(?: \w+)?"
    r"|(?:[\w']+ ){0,3}(?:homes|housing|out of hours)\W+(?:[\w']+ ){0,2}(?:speaking|here)"
    r"|(?:this is|it's|you're through to) [\w' ]{1,30} (?:speaking|here|from [\w ]*(?:homes|housing|repairs|team))"
    r"|how can i help(?: you)?(?: today)?|thanks? (?:you )?for (?:calling|holding|waiting|getting back)[\w ]*"
    r"|can i (?:take|have|get) your [\w ,]+|is that (?:mr|mrs|ms|miss)\b[\w .']*)\W*)$",
    re.IGNORECASE,
)
# A commitment in staff's own words: what happens next, as they promised it.
_PROMISE = re.compile(
    r"\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|(?:i've|i have|we've|we have) "
    r"(?:booked|raised|logged|arranged|passed|referred|ordered|reported|sent|opened)"
    r"|(?:someone|engineer|plumber|electrician|surveyor|officer|contractor|caretaker|team) (?:will|is going to|'ll)"
    r"|booked (?:in )?for)\b",
    re.IGNORECASE,
)
MAX_SUBJECTS = 4
# A matched phrase is shown beside its subject when it names a thing ("plumbing fault (toilet)"), not
# when it is a longer turn of phrase ("on the floor for") or says what the subject already says.
_DANGLING = frozenset("a an the my our your his her their for to of in on at up and or with from".split())  # noqa: SIM905


def _shown(matched: str, subject: str) -> bool:
    words = matched.split()
    return len(words) <= 2 and words[-1] not in _DANGLING and matched not in subject


MAX_PROMISES = 2
_MAX_PROMISE = 160
_MIN_PROMISE = 25  # "I'll note that." promises nothing worth recording
_REPLY_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|tr)\s*:\s*)+", re.IGNORECASE)
# What the decision itself says about the contact, for when no lexicon term named the topic (a short
# message in another language, or a topic only the model recognised). A decision, not an invented fact.
_TOPIC: dict[Category, tuple[str, str]] = {
    Category.REPAIRS: ("repair request", "book repair"),
    Category.DAMP_MOULD: ("damp and mould", "arrange damp and mould inspection"),
    Category.RENT: ("rent account", "income team to respond"),
    Category.ASB: ("anti-social behaviour report", "open ASB case"),
    Category.SAFEGUARDING: ("safeguarding concern", "refer to safeguarding lead"),
    Category.COMPLAINT: ("complaint / dissatisfaction", "log stage 1 complaint and acknowledge"),
    Category.TENANCY: ("tenancy matter", "tenancy team to respond"),
    Category.LETTINGS: ("lettings / rehousing", "lettings team to respond"),
    Category.ESTATE: ("estate / communal areas", "estate services to respond"),
}
_HAZARD = {
    Hazard.EMERGENCY: ("emergency hazard", "emergency: make safe within 24 hours"),
    Hazard.DAMP_MOULD: ("damp and mould hazard", "investigate within 10 working days (Awaab's Law)"),
}


class Summariser(Protocol):
    def __call__(self, event: ContactEvent, text: str, cls: Classification) -> Summary: ...


def method_of(event: ContactEvent) -> str:
    base = _METHOD[event.channel]
    if event.visit:
        kind = event.visit.kind.value.replace("_", "-")
        outcome = event.visit.outcome.value.replace("_", " ")
        return f"{base}: {kind} ({event.direction.value}, {outcome})"
    if event.call and event.call.status is not CallStatus.COMPLETED:
        return f"{base} ({event.direction.value}, {event.call.status.value.replace('-', ' ')})"
    return f"{base} ({event.direction.value})"


def _attempt_sentence(event: ContactEvent) -> str | None:
    call = event.call
    if call is None or event.direction is not Direction.OUTBOUND:
        return None
    answered_by = call.answered_by.value if call.answered_by else ""
    if call.status is CallStatus.COMPLETED and not answered_by.startswith("machine"):
        return None
    outcome = {
        CallStatus.NO_ANSWER: "no answer",
        CallStatus.BUSY: "line busy",
        CallStatus.FAILED: "call failed",
        CallStatus.CANCELED: "call cancelled before connecting",
    }.get(call.status, "answering machine")
    if call.voicemail_left:
        left = "voicemail message left"
    elif call.voicemail_left is False or answered_by.startswith("machine"):
        left = "no voicemail left"
    else:
        left = "no message left"
    return f"Unsuccessful outbound call attempt: {outcome}; {left}."


def _sentences(text: str) -> str:
    """One or two plain sentences: the opening of the new content, greetings and call-centre
    pleasantries left out."""
    lines = [_SPEAKER.sub("", ln).strip() for ln in text.splitlines()]
    sentences = _SENTENCE.split(" ".join(ln for ln in lines if ln))
    out = ""
    for sentence in [s for s in sentences if not _FILLER.match(s)] or sentences:
        if len(out) + len(sentence) > _MAX_TEXT and out:
            break
        out = f"{out} {sentence}".strip()
    return _clip(out, _MAX_TEXT)


def _promises(text: str, staff_wrote: bool) -> list[str]:
    """The last commitments staff made, verbatim: from the agent's lines of a transcript, or from the
    whole text when staff wrote it (an outbound message, a visit note)."""
    found: list[str] = []
    labelled = False
    for line in text.splitlines():
        speaker = _SPEAKER.match(line)
        labelled = labelled or speaker is not None
        if speaker is not None:
            if speaker.group(1).lower() not in _STAFF_SPEAKERS:
                continue
        elif labelled or not staff_wrote:
            continue
        said = (line[speaker.end() :] if speaker else line).strip()
        found += [s.strip() for s in _SENTENCE.split(said) if _PROMISE.search(s) and len(s) >= _MIN_PROMISE]
    return [_clip(p, _MAX_PROMISE) for p in found[-MAX_PROMISES:]]


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _decided_topics(cls: Classification) -> list[tuple[str, str]]:
    """The category and hazard the decision found, where no lexicon term already names them."""
    out = []
    if cls.category in _TOPIC and not any(m.term.category is cls.category for m in cls.matches):
        out.append(_TOPIC[cls.category])
    named_hazard = any(
        m.term.hazard is cls.hazard or (cls.hazard is Hazard.DAMP_MOULD and m.term.category is Category.DAMP_MOULD)
        for m in cls.matches
    )
    if cls.hazard is not None and not named_hazard:
        out.append(_HAZARD[cls.hazard])
    return out


def builtin_summary(event: ContactEvent, text: str, cls: Classification) -> Summary:
    named: dict[str, list[str]] = {}  # subject phrase -> the contact's own words for it
    actions: list[str] = []
    for m in sorted(cls.matches, key=lambda m: -m.term.weight):
        if m.term.subject and (m.term.subject in named or len(named) < MAX_SUBJECTS):
            words = named.setdefault(m.term.subject, [])
            if _shown(m.text, m.term.subject) and m.text not in words:
                words.append(m.text)
        if m.term.action and m.term.action not in actions and len(actions) < 3:
            actions.append(m.term.action)
    subjects = [f"{subject} ({', '.join(words)})" if words else subject for subject, words in named.items()]
    for subject, action in _decided_topics(cls):
        if subject not in subjects:
            subjects.append(subject)
        if action not in actions:
            actions.append(action)
    if cls.glossed:
        subjects.append("mentions (in English): " + ", ".join(cls.glossed[:MAX_WORDS]))
    headline = _REPLY_PREFIX.sub("", event.subject or "").strip()
    if headline and len(headline) <= 80 and headline.lower() not in (s.lower() for s in subjects):
        subjects.insert(0, headline)
    attempt = _attempt_sentence(event)
    if attempt:
        subjects.insert(0, "call attempt")
        actions.append("try again or write to the customer")
    if event.visit and event.visit.outcome.value != "attended":
        subjects.insert(0, event.visit.outcome.value.replace("_", " "))
        actions.append("rebook the appointment")
    body = text
    if event.subject and body.startswith(event.subject):
        body = body[len(event.subject) :]
    sentence = _sentences(body)
    staff_wrote = event.direction is Direction.OUTBOUND or event.visit is not None
    actions += _promises(body, staff_wrote)
    full = " ".join(s for s in (attempt, sentence) if s)
    return Summary(
        method=method_of(event),
        occurred_at=event.occurred_at,
        subjects=subjects,
        actions=actions,
        text=full,
    )
