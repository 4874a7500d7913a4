"""Who is asking: bots, crawlers, headless browsers, prefetches and link previews are not
counted; a person's user agent is reduced to its browser, OS and device families (nothing
else of it is kept).

Bot lists come from ``crawlerdetect`` (a maintained port of the PHP CrawlerDetect lists) and
``user-agents`` (ua-parser's rules, which also name the browser and OS).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from crawlerdetect import CrawlerDetect
from user_agents import parse

_CRAWLERS = CrawlerDetect()
# Speculative loads and previews name themselves in one of these headers.
_PURPOSE_HEADERS = ("sec-purpose", "purpose", "x-purpose", "x-moz")
_AUTOMATION_WORDS = ("headless", "lighthouse", "phantomjs", "electron", "puppeteer", "playwright",
                     "selenium", "webdriver", "prerender")
MAX_AGENT = 512


@lru_cache(maxsize=8192)
def is_bot_agent(user_agent: str) -> bool:
    """True for an empty, oversized or automated user agent."""
    agent = user_agent.strip()
    if not agent or len(agent) > MAX_AGENT or not agent.startswith("Mozilla/"):
        return True
    lowered = agent.lower()
    if any(word in lowered for word in _AUTOMATION_WORDS):
        return True
    return _CRAWLERS.is_crawler(agent) or parse(agent).is_bot


def is_automated(user_agent: str, headers: Mapping[str, str]) -> bool:
    """A bot's agent, or a prefetch/prerender/preview request (``Sec-Purpose: prefetch``…)."""
    if any(headers.get(name) for name in _PURPOSE_HEADERS):
        return True
    return is_bot_agent(user_agent)


@lru_cache(maxsize=8192)
def families(user_agent: str) -> tuple[str, str, str]:
    """(browser, OS, device) families, e.g. ("Chrome Mobile", "Android", "mobile")."""
    agent = parse(user_agent)
    device = "tablet" if agent.is_tablet else "mobile" if agent.is_mobile else "desktop"
    return agent.browser.family[:40], agent.os.family[:40], device


def device_for(width: int | None, agent_device: str) -> str:
    """The screen width decides when the beacon sent one (as Plausible does); else the agent."""
    if not width:
        return agent_device
    return "mobile" if width < 576 else "tablet" if width < 992 else "desktop"
