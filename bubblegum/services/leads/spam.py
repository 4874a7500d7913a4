"""Why a post is spam, in words a site owner understands, and what a site's filter learns.

Bot signals always count: the honeypot field filled, the form sent within seconds of being
shown (``_ts``, when the page's form script sets it), too many posts from one visitor. Then a
sender the site marked "not spam" is trusted; a blocked sender (an address, or ``@domain``) is
spam; then fixed content rules (links); then the site's learnt words: each "spam" mark adds one
to the weight of every word of the message (only the message: names and addresses are the
senders lists' business), each "not spam" subtracts one; a word weighing 2 or
more is a learnt spam word, and a post made at least half of them (two or more) is spam, naming them.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from bubblegum.blocks.forms import HONEYPOT_FIELD

MIN_SECONDS_TO_FILL = 3
LEARNT_WEIGHT = 2
WORD_LIMIT = 5
MAX_LEARNT_WORDS = 2000
MAX_WORDS_PER_MESSAGE = 60
_WORD = re.compile(r"[^\W\d_]{3,}")
_LINK = re.compile(r"https?://|www\.", re.IGNORECASE)

LABELS = {
    "honeypot": "Hidden field filled in (a bot)",
    "too_fast": "Sent too fast after the page opened",
    "rate": "Too many posts from one visitor",
    "blocked": "Blocked sender",
    "content": "Content rules",
    "learnt": "Words you marked as spam",
    "marked": "Marked as spam",
}


@dataclass(frozen=True)
class Verdict:
    reason: str  # a key of LABELS
    detail: str = ""


@dataclass(frozen=True)
class SiteFilter:
    """What a site's filter knows: its senders lists and learnt word weights."""

    blocked: frozenset[str] = frozenset()
    allowed: frozenset[str] = frozenset()
    weights: dict | None = None


def words(text: str) -> list[str]:
    """The distinct words (3+ letters, lower case) of a text, in order, at most 60."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(text.lower()):
        seen.setdefault(word, None)
        if len(seen) == MAX_WORDS_PER_MESSAGE:
            break
    return list(seen)


def sender_matches(sender: str, entries: frozenset[str]) -> bool:
    return bool(sender) and (sender in entries or "@" + sender.rpartition("@")[2] in entries)


def judge(fields: dict[str, str], form: dict[str, str], site: SiteFilter, *, over_rate: bool,
          now: float | None = None) -> Verdict | None:
    """The reason this post is spam, or None when it is a lead."""
    now = time.time() if now is None else now
    if form.get(HONEYPOT_FIELD):
        return Verdict("honeypot")
    shown_at = _shown_at(form.get("_ts", ""))
    if shown_at is not None and now - shown_at < MIN_SECONDS_TO_FILL:
        return Verdict("too_fast", f"{max(0.0, now - shown_at):.1f} s")
    if over_rate:
        return Verdict("rate")
    sender = fields.get("email", "").lower()
    if sender_matches(sender, site.allowed):
        return None
    if sender_matches(sender, site.blocked):
        return Verdict("blocked", sender)
    broken = content_rule(fields)
    if broken:
        return Verdict("content", broken)
    return learnt_verdict(fields.get("message", ""), site.weights or {})


def content_rule(fields: dict[str, str]) -> str:
    """The fixed content rule a post breaks ("" when none)."""
    message, name = fields.get("message", ""), fields.get("name", "")
    if _LINK.search(name):
        return "a link in the name"
    if "[url=" in message.lower() or "<a " in message.lower():
        return "link markup in the message"
    links = len(_LINK.findall(message))
    if links >= 3:
        return f"{links} links in the message"
    return ""


def learnt_verdict(text: str, weights: dict) -> Verdict | None:
    """Spam when at least half of the words (and two or more) are learnt spam words."""
    all_words = words(text)
    learnt = [word for word in all_words if weights.get(word, 0) >= LEARNT_WEIGHT]
    if len(learnt) < 2 or 2 * len(learnt) < len(all_words):
        return None
    heaviest = sorted(learnt, key=lambda word: -weights[word])[:3]
    return Verdict("learnt", f"{', '.join(heaviest)} ({len(learnt)} of {len(all_words)} words)")


def learn(weights: dict, text: str, *, spam: bool) -> dict:
    """The word weights after one "spam" (+1 per word) or "not spam" (-1) mark, each within ±5."""
    step = 1 if spam else -1
    learnt = dict(weights)
    for word in words(text):
        learnt[word] = max(-WORD_LIMIT, min(WORD_LIMIT, learnt.get(word, 0) + step))
        if learnt[word] == 0:
            del learnt[word]
    if len(learnt) > MAX_LEARNT_WORDS:  # keep the most telling words
        learnt = dict(sorted(learnt.items(), key=lambda item: -abs(item[1]))[:MAX_LEARNT_WORDS])
    return learnt


def label(reason: str, detail: str) -> str:
    """"Content rules: 4 links in the message" for the inbox."""
    text = LABELS.get(reason, reason)
    return f"{text}: {detail}" if detail else text


def _shown_at(value: str) -> float | None:
    try:
        stamp = float(value)
    except ValueError:
        return None
    return stamp / 1000 if stamp > 1e11 else stamp  # the script sends milliseconds
