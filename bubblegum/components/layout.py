"""Page frames. `dashboard_page` is the one layout decorator of signed-in pages: it gives each
its navigation (organization switcher, sections, profile, log out) and its header.
`auth_page` frames the signed-out forms (sign up, log in, password reset, invitation)."""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx

from bubblegum import routes
from bubblegum.components.brand import logo
from bubblegum.state.session import SessionState

NAV = [  # (label, icon, route, action needed to see it)
    ("Projects", "layout-grid", routes.DASHBOARD, "project.read"),
    ("Trash", "trash-2", routes.TRASH, "project.restore"),
    ("Members", "users", routes.MEMBERS, "member.read"),
    ("Settings", "settings", routes.SETTINGS, "org.read"),
    ("Billing", "credit-card", routes.BILLING, "billing.read"),
    ("Audit log", "scroll-text", routes.AUDIT, "audit.read"),
]


def org_switcher() -> rx.Component:
    return rx.vstack(
        rx.el.label("Organization", html_for="org-switcher", font_size="12px", font_weight="500",
                    color=rx.color("gray", 10), text_transform="uppercase", letter_spacing="0.04em"),
        rx.select.root(
            rx.select.trigger(id="org-switcher", width="100%", placeholder="Choose an organization"),
            rx.select.content(
                rx.foreach(SessionState.organizations, lambda org: rx.select.item(org["name"], value=org["id"])),
            ),
            value=SessionState.org_id.to_string(),
            on_change=SessionState.switch_org,
            size="2",
        ),
        rx.link(rx.hstack(rx.icon("plus", size=14), rx.text("New organization", size="1"), spacing="1",
                          align="center"), href=routes.SETTINGS + "#new-organization", color=rx.color("gray", 11),
                underline="none"),
        spacing="1",
        width="100%",
    )


def nav_link(label: str, icon: str, route: str, action: str, current: str) -> rx.Component:
    active = route == current
    link = rx.link(
        rx.hstack(rx.icon(icon, size=16), rx.text(label, size="2", weight="medium"), spacing="3", align="center"),
        href=route,
        underline="none",
        color=rx.color("accent", 11) if active else rx.color("gray", 11),
        background=rx.color("accent", 3) if active else "transparent",
        padding="8px 12px",
        border_radius="8px",
        width="100%",
        aria_current="page" if active else None,
        _hover={"background": rx.color("accent", 3) if active else rx.color("gray", 3)},
    )
    return rx.cond(SessionState.allowed.contains(action), link)


def sidebar_content(current: str) -> list[rx.Component]:
    return [
        rx.box(logo("4"), padding="4px 4px 12px"),
        org_switcher(),
        rx.separator(size="4", margin_y="8px"),
        rx.vstack(*[nav_link(*item, current) for item in NAV], spacing="1", width="100%", as_="nav",
                  aria_label="Dashboard"),
        rx.spacer(),
        rx.separator(size="4"),
        rx.link(
            rx.hstack(
                rx.avatar(fallback=SessionState.user_initial, size="2", radius="full", variant="soft"),
                rx.vstack(rx.text(SessionState.user_name, size="2", weight="medium", trim="both"),
                          rx.text(SessionState.user_email, size="1", color=rx.color("gray", 10), line_height="1.4",
                                  max_width="150px", overflow="hidden", text_overflow="ellipsis", white_space="nowrap"),
                          spacing="1"),
                align="center", spacing="2",
            ),
            href=routes.PROFILE, underline="none", color=rx.color("gray", 12), aria_label="Your profile",
        ),
        rx.button(rx.icon("log-out", size=14), "Log out", variant="ghost", color_scheme="gray", size="2",
                  on_click=SessionState.log_out, width="100%", justify_content="flex-start"),
    ]


def sidebar(current: str) -> rx.Component:
    """The navigation column on wide screens."""
    return rx.vstack(
        *sidebar_content(current),
        display=rx.breakpoints(initial="none", md="flex"),
        width="248px",
        min_width="248px",
        height="100vh",
        position="sticky",
        top="0",
        padding="20px 16px",
        border_right=f"1px solid {rx.color('gray', 4)}",
        background=rx.color("gray", 1),
        spacing="3",
    )


def mobile_bar(current: str) -> rx.Component:
    """On narrow screens: the logo and a menu button that opens the same navigation."""
    return rx.hstack(
        logo("4"),
        rx.spacer(),
        rx.drawer.root(
            rx.drawer.trigger(rx.icon_button(rx.icon("menu", size=20), variant="ghost", aria_label="Open menu")),
            rx.drawer.overlay(z_index="40"),
            rx.drawer.portal(rx.drawer.content(
                rx.vstack(*sidebar_content(current), spacing="3", height="100%", padding="20px 16px"),
                width="280px", height="100%", top="0", left="0", background=rx.color("gray", 1), z_index="50",
            )),
            direction="left",
        ),
        display=rx.breakpoints(initial="flex", md="none"),
        align="center",
        width="100%",
        padding="12px 16px",
        border_bottom=f"1px solid {rx.color('gray', 4)}",
        background=rx.color("gray", 1),
    )


def session_handoff() -> rx.Component:
    """Sends the browser to set or clear its HttpOnly session cookie when a handler asks
    (`SessionState.handoff`): a meta refresh, so it needs no script."""
    return rx.cond(SessionState.handoff != "",
                   rx.el.meta(http_equiv="refresh", content="0;url=" + SessionState.handoff))


def billing_banner() -> rx.Component:
    """Owners only, on every page, while a payment is failing (SessionState.billing_warning)."""
    return rx.cond(SessionState.billing_warning != "", rx.callout(
        rx.link(SessionState.billing_warning, href=routes.BILLING, color="inherit"),
        icon="credit-card", color_scheme="red", width="100%", margin_bottom="20px",
    ))


def dashboard_page(title: str, route: str, *, description: str = "", actions: Callable[[], rx.Component] | None = None):
    """Decorator: the wrapped function returns the page body; this adds the navigation and header."""

    def decorate(body: Callable[[], rx.Component]) -> Callable[[], rx.Component]:
        def page() -> rx.Component:
            return rx.flex(
                session_handoff(),
                sidebar(route),
                mobile_bar(route),
                rx.box(
                    rx.hstack(
                        rx.vstack(
                            rx.heading(title, as_="h1", size="7"),
                            rx.text(description, color=rx.color("gray", 11), size="2") if description else rx.fragment(),
                            spacing="1",
                        ),
                        rx.spacer(),
                        actions() if actions else rx.fragment(),
                        align="end",
                        width="100%",
                        padding_bottom="24px",
                        flex_wrap="wrap",
                        gap="12px",
                    ),
                    billing_banner(),
                    body(),
                    as_="main",
                    flex="1",
                    padding=rx.breakpoints(initial="20px 16px", md="40px 48px"),
                    max_width="1100px",
                    width="100%",
                ),
                direction=rx.breakpoints(initial="column", md="row"),
                align="start",
                width="100%",
                min_height="100vh",
                background=rx.color("gray", 2),
            )

        page.__name__ = body.__name__
        return page

    return decorate


def auth_page(heading: str, subheading: rx.Component | str, *children: rx.Component) -> rx.Component:
    return rx.center(
        rx.vstack(
            session_handoff(),
            rx.center(logo("5"), width="100%", padding_bottom="8px"),
            rx.card(
                rx.vstack(
                    rx.heading(heading, as_="h1", size="6"),
                    rx.text(subheading, color=rx.color("gray", 11), size="2") if isinstance(subheading, str)
                    else subheading,
                    *children,
                    spacing="4",
                    width="100%",
                ),
                size="4",
                width="100%",
            ),
            spacing="4",
            width="100%",
            max_width="440px",
            as_="main",
        ),
        min_height="100vh",
        padding="24px",
        background=f"radial-gradient(circle at 20% 0%, {rx.color('accent', 3)} 0%, transparent 45%), "
                   f"radial-gradient(circle at 90% 100%, {rx.color('accent', 2)} 0%, transparent 40%), "
                   f"{rx.color('gray', 2)}",
    )


def section_card(heading: str, description: str, *children: rx.Component, **props) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(heading, as_="h2", size="4"),
            rx.text(description, size="2", color=rx.color("gray", 11)) if description else rx.fragment(),
            *children,
            spacing="3",
            width="100%",
        ),
        size="3",
        width="100%",
        **props,
    )
