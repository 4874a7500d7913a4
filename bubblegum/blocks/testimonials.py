"""Testimonials: customer quotes with name, role, optional photo and star rating."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Image, Model, Text


class Testimonial(Model):
    quote: Text(600, 1)
    name: Text(80, 1)
    role: Text(80) = ""
    avatar: Image | None = None
    rating: int | None = Field(None, ge=1, le=5, description="Stars out of five")


class Props(BlockProps):
    eyebrow: Text(60) = ""
    title: Text(120) = ""
    subtitle: Text(300) = ""
    items: list[Testimonial] = Field(min_length=1, max_length=9)


TEMPLATE = """<section class="sec b-testimonials t-{{ p.tone }}"><div class="wrap">
{{ head(p) }}
<ul class="grid">{% for t in p.items %}<li class="card"><figure>
{% if t.rating %}<p class="stars"><span class="vh">{{ tr('rated', rating=t.rating) }}</span><span aria-hidden="true">{{ '★' * t.rating }}{{ '☆' * (5 - t.rating) }}</span></p>{% endif %}
<blockquote><p>{{ t.quote }}</p></blockquote>
<figcaption>{% if t.avatar %}{{ img(t.avatar, '48px', cls='av') }}{% endif %}<span><strong>{{ t.name }}</strong>{% if t.role %}<span class="role">{{ t.role }}</span>{% endif %}</span></figcaption>
</figure></li>{% endfor %}</ul>
</div></section>"""

CSS = """
.b-testimonials .grid{display:grid;gap:1.25rem;list-style:none;margin:0;padding:0}
.b-testimonials figure{margin:0;padding:1.75rem;display:flex;flex-direction:column;height:100%}
.b-testimonials blockquote{margin:0 0 1.5rem;font-size:1.05rem;flex:1}
.b-testimonials .stars{margin:0 0 .75rem;color:var(--fg);letter-spacing:.15em}
.b-testimonials figcaption{display:flex;align-items:center;gap:.75rem}
.b-testimonials .av{width:48px;height:48px;border-radius:50%;object-fit:cover}
.b-testimonials figcaption>span{display:flex;flex-direction:column;line-height:1.35}
.b-testimonials .role{color:var(--mut);font-size:.92rem}
@media(min-width:768px){.b-testimonials .grid{grid-template-columns:repeat(auto-fit,minmax(17rem,1fr))}}
"""

BLOCK = BlockType(
    type="testimonials",
    label="Testimonials",
    icon="quote",
    category="social proof",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="What customers say, as quote cards.",
    example={
        "eyebrow": "Reviews",
        "title": "Loved by our neighbours",
        "items": [
            {"quote": "They turned up on time, explained everything and left the place spotless. Best tradespeople we've hired.", "name": "Priya Shah", "role": "Homeowner, Riverside", "rating": 5, "avatar": {"src": "asset:sample/team-1", "alt": ""}},
            {"quote": "Clear quote, no surprises, and the finish is beautiful. We've already recommended them to friends.", "name": "Tom Becker", "role": "Café owner", "rating": 5, "avatar": {"src": "asset:sample/team-2", "alt": ""}},
            {"quote": "Friendly, fast and fairly priced. The online booking made it painless.", "name": "Ana Lima", "role": "Landlord", "rating": 4, "avatar": {"src": "asset:sample/team-3", "alt": ""}},
        ],
    },
)
