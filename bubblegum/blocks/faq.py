"""FAQ: questions that expand to answers (native <details>, no JavaScript)."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Model, Text


class QA(Model):
    question: Text(200, 1)
    answer: Text(1500, 1)


class Props(BlockProps):
    eyebrow: Text(60) = ""
    title: Text(120) = "Frequently asked questions"
    subtitle: Text(300) = ""
    items: list[QA] = Field(min_length=1, max_length=20)


TEMPLATE = """<section class="sec b-faq t-{{ p.tone }}"><div class="wrap narrow">
{{ head(p) }}
<div class="list">{% for q in p.items %}<details><summary>{{ q.question }}</summary><p>{{ q.answer }}</p></details>{% endfor %}</div>
</div></section>"""

CSS = """
.b-faq .list{border-top:1px solid var(--bd)}
.b-faq details{border-bottom:1px solid var(--bd)}
.b-faq summary{cursor:pointer;list-style:none;display:flex;justify-content:space-between;gap:1rem;padding:1.15rem 0;font-weight:600;font-size:1.08rem}
.b-faq summary::-webkit-details-marker{display:none}
.b-faq summary::after{content:"+";font-size:1.4rem;line-height:1;color:var(--lnk);transition:transform .2s}
.b-faq details[open] summary::after{transform:rotate(45deg)}
.b-faq details p{margin:0 0 1.25rem;color:var(--mut);max-width:60ch}
"""

BLOCK = BlockType(
    type="faq",
    label="FAQ",
    icon="circle-help",
    category="content",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Common questions with expandable answers.",
    example={
        "title": "Frequently asked questions",
        "items": [
            {"question": "Do I need to book in advance?", "answer": "Walk-ins are welcome, but booking guarantees your slot. Most weeks we have same-day availability."},
            {"question": "Which areas do you cover?", "answer": "We work across the city and up to 25 miles around it, with no travel charge inside the ring road."},
            {"question": "How do I pay?", "answer": "Card, bank transfer or cash. We only take payment once you're happy with the work."},
            {"question": "Can I cancel or reschedule?", "answer": "Yes, free of charge up to 24 hours before your appointment."},
        ],
    },
)
