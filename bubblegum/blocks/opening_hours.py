"""Opening hours: a small table of days and times."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Model, Text


class Row(Model):
    days: Text(40, 1) = Field(description="e.g. 'Mon–Fri'")
    hours: Text(60, 1) = Field(description="e.g. '8:00–18:00' or 'Closed'")


class Props(BlockProps):
    title: Text(120) = "Opening hours"
    subtitle: Text(300) = ""
    rows: list[Row] = Field(min_length=1, max_length=14)
    note: Text(200) = ""


TEMPLATE = """<section class="sec b-opening-hours t-{{ p.tone }}"><div class="wrap narrow">
{{ head(p) }}
<table class="card"><tbody>{% for r in p.rows %}<tr><th scope="row">{{ r.days }}</th><td>{{ r.hours }}</td></tr>{% endfor %}</tbody></table>
{% if p.note %}<p class="hnote">{{ p.note }}</p>{% endif %}
</div></section>"""

CSS = """
.b-opening-hours table{width:100%;max-width:32rem;margin:0 auto;border-collapse:collapse;padding:.5rem 1.5rem}
.b-opening-hours th,.b-opening-hours td{padding:.85rem 1.5rem;border-bottom:1px solid var(--bd);text-align:left}
.b-opening-hours td{text-align:right;font-variant-numeric:tabular-nums}
.b-opening-hours th{font-weight:600}
.b-opening-hours tr:last-child>*{border-bottom:0}
.b-opening-hours .hnote{text-align:center;color:var(--mut);margin:1.25rem 0 0}
.b-opening-hours .sh{text-align:center}
"""

BLOCK = BlockType(
    type="opening_hours",
    label="Opening hours",
    icon="clock",
    category="contact",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="When you're open.",
    example={
        "title": "Opening hours",
        "rows": [
            {"days": "Monday – Friday", "hours": "7:00 – 18:00"},
            {"days": "Saturday", "hours": "8:00 – 16:00"},
            {"days": "Sunday", "hours": "9:00 – 13:00"},
        ],
        "note": "Closed on public holidays.",
    },
)
