"""Quote: one large pull quote with its author."""

from bubblegum.blocks.base import BlockProps, BlockType, Image, Text


class Props(BlockProps):
    quote: Text(500, 1)
    author: Text(80) = ""
    role: Text(80) = ""
    photo: Image | None = None


TEMPLATE = """<section class="sec b-quote t-{{ p.tone }}"><figure class="wrap narrow">
<blockquote><p>{{ p.quote }}</p></blockquote>
{% if p.author %}<figcaption>{% if p.photo %}{{ img(p.photo, '56px', cls='av') }}{% endif %}<span><strong>{{ p.author }}</strong>{% if p.role %}<span class="role">{{ p.role }}</span>{% endif %}</span></figcaption>{% endif %}
</figure></section>"""

CSS = """
.b-quote figure{margin:0 auto;text-align:center}
.b-quote blockquote{margin:0 0 1.75rem;font:500 clamp(1.4rem,3vw,2rem)/1.4 var(--font-h);letter-spacing:-.01em}
.b-quote blockquote p::before{content:"\\201C"}.b-quote blockquote p::after{content:"\\201D"}
.b-quote figcaption{display:inline-flex;align-items:center;gap:.85rem;text-align:left}
.b-quote figcaption>span{display:flex;flex-direction:column;line-height:1.35}
.b-quote .av{width:56px;height:56px;border-radius:50%;object-fit:cover}
.b-quote .role{color:var(--mut);font-size:.95rem}
"""

BLOCK = BlockType(
    type="quote",
    label="Quote",
    icon="quote",
    category="social proof",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="One memorable quote, large.",
    example={
        "quote": "The best sourdough I've had outside San Francisco, and the kindest people behind the counter.",
        "author": "Elena Rossi",
        "role": "Food writer, The City Table",
        "photo": {"src": "asset:sample/team-4", "alt": ""},
        "tone": "alt",
    },
)
