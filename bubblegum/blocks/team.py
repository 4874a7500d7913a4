"""Team: people with photo, name, role and a short bio."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Image, Model, Text


class Member(Model):
    name: Text(80, 1)
    role: Text(80) = ""
    bio: Text(300) = ""
    photo: Image | None = None


class Props(BlockProps):
    eyebrow: Text(60) = ""
    title: Text(120) = ""
    subtitle: Text(300) = ""
    members: list[Member] = Field(min_length=1, max_length=16)


TEMPLATE = """<section class="sec b-team t-{{ p.tone }}"><div class="wrap">
{{ head(p) }}
<ul class="grid">{% for m in p.members %}<li>{% if m.photo %}{{ img(m.photo, '(min-width: 960px) 240px, 45vw', alt=m.photo.alt or tr('portrait_of', name=m.name)) }}{% endif %}<h3>{{ m.name }}</h3>{% if m.role %}<p class="role">{{ m.role }}</p>{% endif %}{% if m.bio %}<p class="bio">{{ m.bio }}</p>{% endif %}</li>{% endfor %}</ul>
</div></section>"""

CSS = """
.b-team .grid{display:grid;grid-template-columns:repeat(2,1fr);gap:2rem 1.25rem;list-style:none;margin:0;padding:0}
.b-team img{width:100%;aspect-ratio:1;object-fit:cover;border-radius:var(--r);margin-bottom:1rem}
.b-team li h2,.b-team li h3{font-size:1.1rem;margin:0}
.b-team .role{color:var(--lnk);font-weight:500;margin:.15rem 0 .5rem}
.b-team .bio{color:var(--mut);font-size:.95rem;margin:0}
@media(min-width:960px){.b-team .grid{grid-template-columns:repeat(4,1fr)}}
"""

BLOCK = BlockType(
    type="team",
    label="Team",
    icon="users",
    category="content",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="The people behind the business.",
    example={
        "eyebrow": "Our team",
        "title": "Meet the people you'll work with",
        "members": [
            {"name": "Maya Okafor", "role": "Founder", "bio": "Fifteen years in the trade and still loves a tricky job.", "photo": {"src": "asset:sample/team-1", "alt": "Portrait of Maya Okafor"}},
            {"name": "Leo Martins", "role": "Lead carpenter", "bio": "Turns sketches into furniture that lasts.", "photo": {"src": "asset:sample/team-2", "alt": "Portrait of Leo Martins"}},
            {"name": "Sara Kim", "role": "Project manager", "bio": "Keeps every job on time and on budget.", "photo": {"src": "asset:sample/team-3", "alt": "Portrait of Sara Kim"}},
            {"name": "Jonas Weber", "role": "Electrician", "bio": "Certified, careful and always tidy.", "photo": {"src": "asset:sample/team-4", "alt": "Portrait of Jonas Weber"}},
        ],
    },
)
