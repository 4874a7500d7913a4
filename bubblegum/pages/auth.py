"""Signed-out pages: sign up, log in, forgot password, reset password."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.components.forms import field, form_error, kept_form, submit_button
from bubblegum.components.layout import auth_page
from bubblegum.state.auth_forms import ForgotState, LoginState, ResetState, SignupState


def _muted_link(text: str, label: str, href) -> rx.Component:
    return rx.text(text, " ", rx.link(label, href=href, weight="medium"), size="2", color=rx.color("gray", 11),
                   align="center", width="100%")


def signup() -> rx.Component:
    errors = SignupState.errors
    return auth_page(
        "Create your account",
        rx.cond(SignupState.invite_org != "",
                rx.text("Join ", rx.text.strong(SignupState.invite_org), " on Bubble Gum.", size="2",
                        color=rx.color("gray", 11)),
                rx.text("Describe your business and get a website in minutes. Free while self-hosted.", size="2",
                        color=rx.color("gray", 11))),
        rx.cond(
            SignupState.notice != "",
            rx.callout(SignupState.notice, icon="mail-check", color_scheme="green", width="100%", role="status"),
        ),
        rx.cond(
            SignupState.dev_link != "",
            rx.callout(rx.text("Development mode (BUBBLEGUM_DEV_SHOW_LINKS): ",
                               rx.link("open the confirmation link", href=SignupState.dev_link,
                                       id="dev-confirm-link")),
                       icon="info", color_scheme="gray", width="100%"),
        ),
        kept_form(
            SignupState.submit,
            form_error(errors),
            field("Your name", "name", errors, placeholder="Ada Lovelace", auto_complete="name"),
            rx.cond(
                SignupState.invite_email != "",
                field("Work email", "email", errors, type="email", value=SignupState.invite_email,
                      read_only=True, auto_complete="email"),
                field("Work email", "email", errors, type="email", placeholder="you@business.com",
                      auto_complete="email", required=True),
            ),
            field("Password", "password", errors, type="password", auto_complete="new-password", required=True,
                  hint="At least 10 characters. A few unrelated words make a strong, memorable password."),
            submit_button("Create account"),
        ),
        _muted_link("Already have an account?", "Log in", routes.LOGIN),
    )


def login() -> rx.Component:
    errors = LoginState.errors
    return auth_page(
        "Log in",
        "Welcome back. Pick up where you left off.",
        kept_form(
            LoginState.submit,
            form_error(errors),
            field("Email", "email", errors, type="email", placeholder="you@business.com", auto_complete="email",
                  required=True),
            field("Password", "password", errors, type="password", auto_complete="current-password",
                  required=True),
            rx.link("Forgot your password?", href=routes.FORGOT, size="2", align="right", width="100%"),
            submit_button("Log in"),
        ),
        _muted_link("New to Bubble Gum?", "Create an account", routes.SIGNUP),
    )


def forgot() -> rx.Component:
    errors = ForgotState.errors
    return auth_page(
        "Reset your password",
        "Enter the email address of your account and we will send you a link to choose a new password.",
        rx.cond(
            ForgotState.notice != "",
            rx.callout(ForgotState.notice, icon="mail-check", color_scheme="green", width="100%", role="status"),
        ),
        rx.cond(
            ForgotState.dev_link != "",
            rx.callout(rx.text("Development mode (BUBBLEGUM_DEV_SHOW_LINKS): ",
                               rx.link("open the reset link", href=ForgotState.dev_link, id="dev-reset-link")),
                       icon="info", color_scheme="gray", width="100%"),
        ),
        kept_form(
            ForgotState.submit,
            form_error(errors),
            field("Email", "email", errors, type="email", placeholder="you@business.com", auto_complete="email",
                  required=True),
            submit_button("Send reset link"),
        ),
        _muted_link("Remembered it?", "Back to log in", routes.LOGIN),
    )


def reset() -> rx.Component:
    errors = ResetState.errors
    return auth_page(
        "Choose a new password",
        "Every device signed in to your account will be logged out.",
        rx.cond(
            ResetState.done,
            rx.vstack(
                rx.callout("Your password has been changed. Log in with your new password.", icon="circle-check",
                           color_scheme="green", width="100%", role="status"),
                rx.link(rx.button("Log in", size="3", width="100%"), href=routes.LOGIN, width="100%"),
                width="100%",
            ),
            rx.cond(
                ResetState.token_ok,
                kept_form(
                    ResetState.submit,
                    form_error(errors),
                    field("New password", "password", errors, type="password", auto_complete="new-password",
                          required=True, hint="At least 10 characters."),
                    field("Repeat the new password", "confirm", errors, type="password",
                          auto_complete="new-password", required=True),
                    submit_button("Change password"),
                ),
                rx.vstack(
                    rx.callout(errors["token"].to(str), icon="triangle-alert", color_scheme="red", width="100%"),
                    rx.link(rx.button("Ask for a new link", size="3", width="100%"), href=routes.FORGOT, width="100%"),
                    width="100%",
                ),
            ),
        ),
    )
