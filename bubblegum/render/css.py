"""CSS generation: theme tokens + base styles + only the used blocks' CSS, minified.

``page_css(tokens, block_types, font_url)`` is cached per (theme, set of block types), so
a site of 1,000 pages builds its CSS a handful of times, not 1,000.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bubblegum.render.themes import Tokens

BASE_CSS = """
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%;scroll-behavior:smooth}
body{margin:0;background:var(--bg0);color:var(--fg0);font:400 1.0625rem/1.65 var(--font-b);overflow-wrap:anywhere;-webkit-font-smoothing:antialiased;text-rendering:optimizeLegibility}
img,svg{display:block;max-width:100%}
img{height:auto}
h1,h2,h3,h4{font-family:var(--font-h);font-weight:var(--hw);line-height:1.12;letter-spacing:-.02em;margin:0 0 .5em;text-wrap:balance;overflow-wrap:anywhere;hyphens:auto}
h1{font-size:clamp(2.2rem,5vw,3.5rem)}h2{font-size:clamp(1.75rem,3.6vw,2.5rem)}h3{font-size:1.25rem}
p{margin:0 0 1em}
a{color:var(--lnk,var(--link0))}
:focus-visible{outline:3px solid var(--link0);outline-offset:2px}
.vh,.hp{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.skip{position:absolute;left:1rem;top:-4rem;z-index:9;padding:.75rem 1rem;background:var(--bg0);color:var(--fg0);border-radius:var(--rb)}
.skip:focus{top:1rem}
.sec{--bg:var(--bg0);--fg:var(--fg0);--mut:var(--muted0);--lnk:var(--link0);--card:var(--surface);--bd:var(--border0);background:var(--bg);color:var(--fg);padding:calc(3.75rem*var(--sp)) 0}
@media(min-width:768px){.sec{padding:calc(5.5rem*var(--sp)) 0}}
.t-alt{--bg:var(--surface);--card:var(--bg0)}
.t-accent{--bg:var(--primary);--fg:var(--on-primary);--mut:var(--on-primary);--lnk:var(--on-primary);--card:var(--primary-2);--bd:color-mix(in srgb,var(--on-primary) 28%,transparent);--btn-bg:var(--on-primary);--btn-fg:var(--primary)}
.t-accent a:not(.btn){color:var(--on-primary)}
.wrap{width:100%;max-width:1160px;margin:0 auto;padding:0 1.25rem}
.narrow{max-width:800px}
.wide{max-width:1160px}
.sh{max-width:44rem;margin:0 0 2.75rem}
.sh.c{text-align:center;margin-left:auto;margin-right:auto}
.sh p:last-child{margin-bottom:0}
.eyebrow{font-size:.85rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--lnk);margin:0 0 .75rem}
.t-accent .eyebrow{color:var(--on-primary)}
.lead{font-size:1.2rem;color:var(--mut)}
.card{background:var(--card);border-radius:var(--r);box-shadow:var(--shadow)}
.btns{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:.5rem}
.btns.center{justify-content:center}
.btn{display:inline-flex;align-items:center;justify-content:center;gap:.5rem;min-height:48px;padding:.7rem 1.5rem;border:2px solid var(--btn-bg,var(--primary));border-radius:var(--rb);background:var(--btn-bg,var(--primary));color:var(--btn-fg,var(--on-primary));font:600 1rem/1.2 var(--font-b);text-decoration:none;cursor:pointer;transition:transform .15s,box-shadow .15s}
.btn:hover{transform:translateY(-1px);box-shadow:0 6px 16px -6px rgba(0,0,0,.35)}
.btn-2{background:transparent;color:var(--fg);border-color:currentColor}
.btn-sm{min-height:44px;padding:.5rem 1.1rem}
.ticks{list-style:none;padding:0;margin:0 0 1.5rem}
.ticks li{display:flex;gap:.6rem;align-items:flex-start;margin:.45rem 0}
.ticks .ico{flex:none;margin-top:.2em;color:var(--lnk)}
label{display:block;font-weight:600;margin-bottom:.35rem}
input,textarea{width:100%;font:inherit;color:var(--fg0);background:var(--bg0);border:1.5px solid var(--field);border-radius:calc(var(--r)*.6);padding:.75rem .9rem;min-height:48px}
textarea{resize:vertical}
input:focus,textarea:focus{outline:3px solid var(--link0);outline-offset:1px;border-color:var(--link0)}
"""

EDIT_CSS = (
    "[data-block-id]{position:relative;cursor:pointer}"
    "[data-block-id]:hover{outline:2px dashed #6366f1;outline-offset:-2px}"
    "[data-block-id][data-selected]{outline:3px solid #6366f1;outline-offset:-3px}"
    # sample content: striped amber frame and a badge no theme uses, so it never reads as content
    "[data-sample]{outline:3px dashed #b45309;outline-offset:-3px;"
    "background-image:repeating-linear-gradient(135deg,transparent 0 14px,rgba(180,83,9,.06) 14px 28px)}"
    ".bg-sample{position:absolute;top:10px;left:10px;z-index:5;margin:0;padding:4px 12px;border-radius:999px;"
    "background:#fef3c7;color:#78350f;border:2px solid #b45309;font:700 13px/1.4 system-ui,sans-serif;"
    "letter-spacing:.02em;text-transform:none;box-shadow:0 1px 3px rgba(0,0,0,.25)}"
)

_COMMENTS = re.compile(r"/\*.*?\*/", re.S)
_SPACE = re.compile(r"\s+")
_AROUND = re.compile(r"\s*([{};,>])\s*")


def minify_css(css: str) -> str:
    """Small, safe CSS minifier for our own stylesheets (no strings with braces in them)."""
    css = _COMMENTS.sub("", css)
    css = _SPACE.sub(" ", css)
    css = _AROUND.sub(r"\1", css)
    css = re.sub(r":\s+", ":", css).replace(";}", "}")
    # restore the space that selectors like "a :hover" would need — we never write those,
    # but media queries need "and (" which the rules above leave intact.
    return css.strip()


@lru_cache(maxsize=None)
def _block_css(block_type: str) -> str:
    from bubblegum.blocks.registry import get_block

    return minify_css(get_block(block_type).css)


_BASE_MIN = minify_css(BASE_CSS)


def page_css(tokens: Tokens, block_types: Iterable[str], font_url: str | None, *, edit: bool = False) -> str:
    return _page_css(tokens, frozenset(block_types), font_url, edit)


@lru_cache(maxsize=512)
def _page_css(tokens: Tokens, block_types: frozenset[str], font_url: str | None, edit: bool) -> str:
    from bubblegum.blocks.registry import BLOCKS
    from bubblegum.render.fonts import font_face

    parts = []
    if font_url and tokens.heading_font.file:
        parts.append(font_face(tokens.heading_font, font_url))
    parts.append(tokens.css_vars())
    parts.append(_BASE_MIN)
    for name in BLOCKS:  # registry order keeps the output stable
        if name in block_types:
            parts.append(_block_css(name))
    if edit:
        parts.append(EDIT_CSS)
    return "".join(parts)
