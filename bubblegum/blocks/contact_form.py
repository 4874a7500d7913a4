"""Contact form: name, email, optional phone and a message, posted to the site's form
endpoint (works without JavaScript; the server answers with a confirmation page)."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Text


class Props(BlockProps):
    eyebrow: Text(60) = ""
    title: Text(120) = "Send us a message"
    subtitle: Text(300) = ""
    show_phone: bool = Field(True, description="Ask for a phone number (optional field)")
    message_placeholder: Text(120) = ""
    submit_label: Text(40, 1) = "Send message"
    privacy_note: Text(300) = "We only use your details to reply to you."


TEMPLATE = """<section class="sec b-contact-form t-{{ p.tone }}"><div class="wrap narrow">
{{ head(p) }}
<form class="card" method="post" action="{{ form_action('contact') }}">
<input type="hidden" name="_page" value="{{ page_slug }}"><input type="hidden" name="_block" value="{{ block_id }}">
<div class="row2"><p><label for="{{ block_id }}-name">{{ tr('field_name') }}</label><input id="{{ block_id }}-name" name="name" type="text" required maxlength="100" autocomplete="name"></p>
<p><label for="{{ block_id }}-email">{{ tr('field_email') }}</label><input id="{{ block_id }}-email" name="email" type="email" required maxlength="200" autocomplete="email"></p></div>
{% if p.show_phone %}<p><label for="{{ block_id }}-phone">{{ tr('field_phone') }} <span class="opt">{{ tr('optional') }}</span></label><input id="{{ block_id }}-phone" name="phone" type="tel" maxlength="40" autocomplete="tel"></p>{% endif %}
<p><label for="{{ block_id }}-message">{{ tr('field_message') }}</label><textarea id="{{ block_id }}-message" name="message" rows="5" required maxlength="5000" placeholder="{{ p.message_placeholder }}"></textarea></p>
{{ honeypot(block_id, tr('honeypot')) }}
<button class="btn" type="submit">{{ p.submit_label }}</button>
{% if p.privacy_note %}<p class="fnote">{{ p.privacy_note }}</p>{% endif %}
</form>
</div></section>"""

CSS = """
.b-contact-form form{padding:1.75rem;display:grid;gap:1rem}
.b-contact-form form p{margin:0}
.b-contact-form .row2{display:grid;gap:1rem}
.b-contact-form .opt{font-weight:400;color:var(--mut)}
.b-contact-form .btn{justify-self:start}
.b-contact-form .fnote{font-size:.9rem;color:var(--mut)}
@media(min-width:640px){.b-contact-form .row2{grid-template-columns:1fr 1fr}.b-contact-form form{padding:2.5rem}}
"""

BLOCK = BlockType(
    type="contact_form",
    label="Contact form",
    icon="mail",
    category="forms",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="A message form; submissions arrive in the site's inbox.",
    example={
        "eyebrow": "Contact",
        "title": "Tell us about your project",
        "subtitle": "We reply within one working day.",
        "message_placeholder": "What would you like done, and when?",
        "anchor": "contact",
    },
)
