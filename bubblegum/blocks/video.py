"""Video: a click-to-load facade. The page shows a local poster image linking to the
video; nothing is requested from the video host until the visitor clicks."""

from urllib.parse import urlparse

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Image, Text
from bubblegum.blocks.safety import SafeUrl


class Props(BlockProps):
    title: Text(120) = ""
    subtitle: Text(300) = ""
    video_url: SafeUrl = Field(description="Link to the video (YouTube, Vimeo or a file)")
    video_title: Text(120, 1) = Field(description="What the video shows; used for the play link")
    poster: Image | None = Field(None, description="Local preview image shown before playing")
    caption: Text(200) = ""


def host_of(url: str) -> str:
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.")


TEMPLATE = """<section class="sec b-video t-{{ p.tone }}"><div class="wrap narrow">
{{ head(p) }}
<figure><a class="facade" href="{{ url(p.video_url) }}" rel="noopener">{% if p.poster %}{{ img(p.poster, '(min-width: 860px) 800px, 92vw', alt='') }}{% endif %}<span class="play">{{ icon('play', 28) }}</span><span class="vh">{{ tr('play_video', title=p.video_title) }}{% if host(p.video_url) %} {{ tr('opens_host', host=host(p.video_url)) }}{% endif %}</span></a>
{% if p.caption %}<figcaption>{{ p.caption }}</figcaption>{% endif %}</figure>
</div></section>"""

CSS = """
.b-video figure{margin:0}
.b-video .facade{position:relative;display:block;aspect-ratio:16/9;border-radius:var(--r);overflow:hidden;background:var(--img-bg);box-shadow:var(--shadow)}
.b-video .facade img{width:100%;height:100%;object-fit:cover}
.b-video .play{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);display:flex;align-items:center;justify-content:center;width:4.5rem;height:4.5rem;border-radius:50%;background:var(--on-img);color:var(--ink);box-shadow:var(--lift);transition:transform .2s}
.b-video .facade:hover .play,.b-video .facade:focus .play{transform:translate(-50%,-50%) scale(1.08)}
.b-video .play svg{margin-left:4px;fill:currentColor}
.b-video figcaption{text-align:center;color:var(--mut);margin-top:.75rem;font-size:.95rem}
"""

BLOCK = BlockType(
    type="video",
    label="Video",
    icon="circle-play",
    category="media",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="A video that loads only when clicked (no third-party request before).",
    extra={"helpers": {"host": host_of}},
    example={
        "title": "See us at work",
        "video_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "video_title": "A day in our workshop",
        "poster": {"src": "asset:sample/cover", "alt": ""},
        "caption": "Two minutes behind the scenes in our workshop.",
    },
)
