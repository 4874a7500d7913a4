"""Comparison table: features down the side, plans or options across the top."""

from pydantic import Field, model_validator

from bubblegum.blocks.base import BlockProps, BlockType, Model, Text


class Row(Model):
    feature: Text(120, 1)
    values: list[Text(60)] = Field(
        min_length=1, max_length=5, description="One per column: 'yes', 'no' (or the site language's word) or short text"
    )


class Props(BlockProps):
    title: Text(120) = ""
    subtitle: Text(300) = ""
    columns: list[Text(40, 1)] = Field(min_length=1, max_length=5)
    rows: list[Row] = Field(min_length=1, max_length=30)

    @model_validator(mode="after")
    def _same_width(self) -> "Props":
        for n, row in enumerate(self.rows):
            if len(row.values) != len(self.columns):
                raise ValueError(
                    f"rows.{n}.values has {len(row.values)} values but there are "
                    f"{len(self.columns)} columns"
                )
        return self


TEMPLATE = """<section class="sec b-comparison t-{{ p.tone }}"><div class="wrap">
{{ head(p) }}
<div class="scroll"><table>
<thead><tr><td></td>{% for c in p.columns %}<th scope="col">{{ c }}</th>{% endfor %}</tr></thead>
<tbody>{% for r in p.rows %}<tr><th scope="row">{{ r.feature }}</th>{% for v in r.values %}<td>{% if v | lower in ('yes', 'true', '✓', tr('yes') | lower) %}<span class="y" aria-hidden="true">✓</span><span class="vh">{{ tr('yes') }}</span>{% elif v | lower in ('no', 'false', '', '-', '—', tr('no') | lower) %}<span class="n" aria-hidden="true">—</span><span class="vh">{{ tr('no') }}</span>{% else %}{{ v }}{% endif %}</td>{% endfor %}</tr>{% endfor %}</tbody>
</table></div>
</div></section>"""

CSS = """
.b-comparison .scroll{overflow-x:auto}
.b-comparison table{width:100%;border-collapse:collapse;min-width:32rem;background:var(--card);border-radius:var(--r)}
.b-comparison th,.b-comparison td{padding:.9rem 1rem;text-align:center;border-bottom:1px solid var(--bd)}
.b-comparison th[scope=row]{text-align:left;font-weight:500}
.b-comparison thead th{font:var(--hw) 1.05rem var(--font-h)}
.b-comparison tbody tr:last-child>*{border-bottom:0}
.b-comparison .y{color:var(--lnk);font-weight:700}
.b-comparison .n{color:var(--mut)}
"""

BLOCK = BlockType(
    type="comparison",
    label="Comparison table",
    icon="table",
    category="commerce",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Compare plans or options feature by feature.",
    example={
        "title": "Compare plans",
        "columns": ["Starter", "Regular", "Coached"],
        "rows": [
            {"feature": "Group classes", "values": ["1 a week", "Unlimited", "Unlimited"]},
            {"feature": "Open gym access", "values": ["yes", "yes", "yes"]},
            {"feature": "Progress check", "values": ["no", "Monthly", "Weekly"]},
            {"feature": "Personal coach", "values": ["no", "no", "yes"]},
            {"feature": "Nutrition plan", "values": ["no", "no", "yes"]},
        ],
    },
)
