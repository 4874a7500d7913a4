"""A site's leads inbox: every form post of its published pages, spam kept with its reason.

- ``intake``: stores a visitor's post (called by the form endpoint), judges spam, queues the mail;
- ``spam``: the rules and what a site's filter learns from "spam" / "not spam";
- ``inbox``: list, search, read, star, archive, spam marks, delete and erasure (per role);
- ``inbox_settings``: who is notified (each lead or a daily digest) and how long leads are kept;
- ``notify``: the notification and digest mails, the hourly retention and digest task;
- ``export``: CSV.
"""
