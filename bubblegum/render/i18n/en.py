"""English fixed strings of published pages (the reference table: every language has these
keys, with the same ``{placeholders}``)."""

STRINGS = {
    # editor canvas only
    "sample_marker": "Sample — replace or remove",
    # every page
    "skip_link": "Skip to content",
    "nav_label": "Main",
    "nav_menu": "Menu",
    # forms
    "field_name": "Your name",
    "field_email": "Email address",
    "field_phone": "Phone",
    "field_message": "Message",
    "optional": "(optional)",
    "honeypot": "Leave this field empty",
    "email_placeholder": "you@example.com",
    # blocks
    "contact_visit": "Visit",
    "contact_maps": "Open in maps",
    "contact_call": "Call",
    "contact_email": "Email",
    "yes": "Yes",
    "no": "No",
    "most_popular": "Most popular",
    "portrait_of": "Portrait of {name}",
    "rated": "Rated {rating} out of 5",
    "play_video": "Play video: {title}",
    "opens_host": "(opens {host})",
    # the not-found page
    "not_found_title": "Page not found",
    "not_found_text": "Sorry, there's nothing at this address. It may have moved, or the link may be mistyped.",
    "not_found_home": "Go to the home page",
    "not_found_description": "This page does not exist on {name}.",
    # the page served after a form post
    "form_ok_title": "Thank you!",
    "form_error_title": "Something went wrong",
    "form_back": "Back to {name}",
    "form_sent_contact": "Thank you! Your message has been sent.",
    "form_sent_newsletter": "Thank you! You are on the list.",
    "form_required": "{field} is required.",
    "form_too_long": "{field} is too long (at most {limit} characters).",
    "form_invalid_email": "Please enter a valid email address.",
    "form_too_many": "Too many messages from your connection. Please wait a few minutes and try again.",
    "form_unknown": "This form does not exist.",
    # opening hours (render.i18n.hours)
    "day_mon": "Mon",
    "day_tue": "Tue",
    "day_wed": "Wed",
    "day_thu": "Thu",
    "day_fri": "Fri",
    "day_sat": "Sat",
    "day_sun": "Sun",
    "closed": "Closed",
    "open_24h": "Open 24 hours",
}
