"""Rich text: formatted paragraphs, lists and subheadings (HTML cleaned with nh3)."""

from typing import Literal

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Text
from bubblegum.blocks.safety import RichText


class Props(BlockProps):
    title: Text(120) = ""
    body: RichText = Field(description="HTML: p, strong, em, a, ul, ol, li, h2, h3, blockquote")
    width: Literal["narrow", "wide"] = "narrow"


TEMPLATE = """<section class="sec b-rich-text t-{{ p.tone }}"><div class="wrap {{ p.width }}">
{% if p.title %}<h2>{{ p.title }}</h2>{% endif %}
<div class="prose">{{ p.body | safe }}</div>
</div></section>"""

CSS = """
.b-rich-text h1,.b-rich-text>div>h2{font-size:clamp(1.8rem,4vw,2.5rem)}
.prose{font-size:1.08rem}
.prose h2,.prose h3{margin:1.6em 0 .5em}
.prose h2{font-size:1.6rem}.prose h3{font-size:1.25rem}
.prose a{color:var(--lnk);text-decoration:underline;text-underline-offset:.2em}
.prose blockquote{margin:1.5em 0;padding-left:1.25rem;border-left:4px solid var(--primary);font-style:italic}
.prose ul,.prose ol{padding-left:1.3rem}
.prose li{margin:.35em 0}
"""

BLOCK = BlockType(
    type="rich_text",
    label="Rich text",
    icon="text",
    category="content",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Paragraphs of formatted text: about us, policies, stories.",
    example={
        "title": "Our story",
        "body": "<p>We opened our doors in 2009 with one oven and a stubborn belief that good bread takes time. Today we bake <strong>over 400 loaves a day</strong>, still by hand, still with a 36-hour sourdough.</p><h3>What we stand for</h3><ul><li>Flour milled within 50 miles</li><li>No additives, ever</li><li>Leftovers go to the <a href=\"https://example.org/food-bank\">local food bank</a></li></ul>",
    },
)
