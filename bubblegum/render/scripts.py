"""The only scripts the renderer writes, and their CSP hashes.

A page's Content-Security-Policy allows exactly these sources (hashed once, at import),
never whatever ``<script>`` a page happens to contain: if markup from data ever slipped a
script in, the browser would refuse to run it. JSON-LD (``application/ld+json``) is data,
not script, and needs no hash. A new inline script belongs here, or it will not run.
"""

from __future__ import annotations

import base64
import hashlib

from markupsafe import Markup

# Edit mode only (the editor canvas): selection, and live patching of one block's HTML.
EDIT_SCRIPT = Markup(
    "(()=>{let s;const pick=id=>{s&&s.removeAttribute('data-selected');"
    "s=id&&document.querySelector('[data-block-id=\"'+CSS.escape(id)+'\"]');"
    "s&&s.setAttribute('data-selected','')};"
    "document.addEventListener('click',e=>{const b=e.target.closest('[data-block-id]');"
    "if(!b)return;e.preventDefault();pick(b.dataset.blockId);"
    "parent.postMessage({type:'bubblegum:select',id:b.dataset.blockId},'*')},true);"
    "document.addEventListener('submit',e=>e.preventDefault(),true);"
    "addEventListener('message',e=>{const d=e.data||{};if(d.type==='bubblegum:select')pick(d.id);"
    "if(d.type==='bubblegum:patch'){const o=document.querySelector('[data-block-id=\"'+CSS.escape(d.id)+'\"]');"
    "if(o){o.outerHTML=d.html;pick(d.id)}}})})()"
)

VIEW_BEACON_PATH = "_bg/view"  # relative to a site's base path, like `_forms/`

# Published pages: the cookie-free page-view beacon. Its endpoint is the script element's
# `data-e` (so one hash serves every site and base path). It sends once the page has loaded
# (never competing with the page's own requests), waits while a page is only prerendered, and
# counts a page restored from the back/forward cache again. No cookie, no storage.
BEACON_SCRIPT = Markup(
    "(()=>{const e=document.currentScript.dataset.e,s=()=>{const q=new URLSearchParams(location.search),"
    "b=new URLSearchParams({p:location.pathname,r:document.referrer,w:screen.width});"
    "for(const k of['source','medium','campaign'])q.has('utm_'+k)&&b.set(k[0],q.get('utm_'+k).slice(0,80));"
    "navigator.sendBeacon(e,b)},g=()=>document.prerendering?addEventListener('prerenderingchange',s,{once:1}):s();"
    "document.readyState=='complete'?g():addEventListener('load',()=>setTimeout(g),{once:1});"
    "addEventListener('pageshow',v=>v.persisted&&s())})()"
)

RENDERER_SCRIPTS: dict[str, str] = {"edit": EDIT_SCRIPT, "beacon": BEACON_SCRIPT}


def csp_hash(source: str | bytes) -> str:
    """The CSP source expression (``'sha256-…'``) that allows exactly this inline code."""
    data = source.encode() if isinstance(source, str) else source
    return "'sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode() + "'"


SCRIPT_HASHES: tuple[str, ...] = tuple(sorted(csp_hash(source) for source in RENDERER_SCRIPTS.values()))
