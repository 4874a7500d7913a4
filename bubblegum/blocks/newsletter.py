"""Newsletter sign-up: one email field posted to the site's form endpoint."""

from bubblegum.blocks.base import BlockProps, BlockType, Text


class Props(BlockProps):
    title: Text(120, 1) = "Get our newsletter"
    text: Text(300) = ""
    button_label: Text(40, 1) = "Subscribe"
    privacy_note: Text(200) = "No spam. Unsubscribe any time."


TEMPLATE = """<section class="sec b-newsletter t-{{ p.tone }}"><div class="wrap">
<div class="box card"><div class="copy"><h2>{{ p.title }}</h2>{% if p.text %}<p>{{ p.text }}</p>{% endif %}</div>
<form method="post" action="{{ form_action('newsletter') }}"><input type="hidden" name="_page" value="{{ page_slug }}"><input type="hidden" name="_block" value="{{ block_id }}">
<label class="vh" for="{{ block_id }}-email">{{ tr('field_email') }}</label>
<div class="line"><input id="{{ block_id }}-email" name="email" type="email" required maxlength="200" autocomplete="email" placeholder="{{ tr('email_placeholder') }}"><button class="btn" type="submit">{{ p.button_label }}</button></div>
{{ honeypot(block_id, tr('honeypot')) }}
{% if p.privacy_note %}<p class="fnote">{{ p.privacy_note }}</p>{% endif %}</form></div>
</div></section>"""

CSS = """
.b-newsletter .box{display:grid;gap:1.5rem;padding:2rem;align-items:center}
.b-newsletter h1,.b-newsletter h2{font-size:clamp(1.5rem,3vw,2rem);margin-bottom:.3em}
.b-newsletter .copy p{margin:0;color:var(--mut)}
.b-newsletter .line{display:flex;flex-wrap:wrap;gap:.75rem}
.b-newsletter input[type=email]{flex:1 1 14rem}
.b-newsletter .fnote{font-size:.88rem;color:var(--mut);margin:.75rem 0 0}
@media(min-width:900px){.b-newsletter .box{grid-template-columns:1fr 1fr;padding:3rem}}
"""

BLOCK = BlockType(
    type="newsletter",
    label="Newsletter sign-up",
    icon="send",
    category="forms",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Collect email addresses for your newsletter.",
    example={
        "title": "Fresh from the oven, once a month",
        "text": "Seasonal specials, baking classes and the occasional recipe. One email a month.",
        "button_label": "Subscribe",
    },
)
