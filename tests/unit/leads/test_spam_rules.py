"""The spam rules and the learning, as pure functions."""

from __future__ import annotations

from bubblegum.services.leads import spam

LEAD = {"name": "Ada", "email": "ada@example.com", "message": "Can you fit a kitchen in May?"}


def judge(fields=LEAD, form=None, site=spam.SiteFilter(), **options):
    return spam.judge(fields, form or {}, site, over_rate=options.pop("over_rate", False), **options)


def test_a_plain_message_is_a_lead():
    assert judge() is None


def test_bot_signals_win_even_over_a_trusted_sender():
    trusted = spam.SiteFilter(allowed=frozenset({"ada@example.com"}))
    assert judge(form={"_hp": "x"}, site=trusted) == spam.Verdict("honeypot")
    assert judge(form={"_ts": "1000000"}, site=trusted, now=1000001.5) == spam.Verdict("too_fast", "1.5 s")
    assert judge(form={"_ts": "1000000000"}, site=trusted, now=1000001.5).reason == "too_fast"  # milliseconds
    assert judge(form={"_ts": "soon"}, site=trusted) is None
    assert judge(site=trusted, over_rate=True) == spam.Verdict("rate")


def test_blocked_addresses_and_domains():
    assert judge(site=spam.SiteFilter(blocked=frozenset({"@example.com"}))) == spam.Verdict("blocked", "ada@example.com")
    assert judge(site=spam.SiteFilter(blocked=frozenset({"@other.example"}))) is None


def test_content_rules():
    assert spam.content_rule({"message": "see http://a http://b"}) == ""
    assert spam.content_rule({"message": "see http://a http://b www.c"}) == "3 links in the message"
    assert spam.content_rule({"message": "[URL=http://x]cheap[/url]"}) == "link markup in the message"


def test_learning_is_bounded_and_undone_by_not_spam():
    weights = {}
    for _ in range(7):
        weights = spam.learn(weights, "casino casino bonus", spam=True)
    assert weights == {"casino": 5, "bonus": 5}
    weights = spam.learn(weights, "bonus", spam=False)
    assert weights["bonus"] == 4
    assert spam.learnt_verdict("casino bonus tonight", weights) == \
        spam.Verdict("learnt", "casino, bonus (2 of 3 words)")
    assert spam.learnt_verdict("is the casino near the harbour open", weights) is None
