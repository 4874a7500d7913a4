"""/dashboard: the organization's projects; /dashboard/trash: deleted ones, restorable."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.components.forms import field, form_error
from bubblegum.components.layout import dashboard_page
from bubblegum.components.prompt_project import prompt_dialog
from bubblegum.state.projects import ProjectsState
from bubblegum.state.session import SessionState

CAN_MANAGE = SessionState.allowed.contains("project.create")


def create_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.trigger(rx.button(rx.icon("plus", size=16), "New project", size="3")),
        rx.dialog.content(
            rx.dialog.title("New blank project"),
            rx.dialog.description("Start from an empty home page. You can rename it any time.", size="2",
                                  margin_bottom="16px"),
            rx.form(
                rx.vstack(
                    form_error(ProjectsState.errors),
                    field("Project name", "name", ProjectsState.errors, placeholder="e.g. Rosa's Bakery",
                          auto_focus=True, max_length=120),
                    rx.hstack(
                        rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray", type="button")),
                        rx.button("Create project", type="submit"),
                        justify="end", width="100%", spacing="3",
                    ),
                    spacing="4",
                ),
                on_submit=ProjectsState.create,
                reset_on_submit=False,
            ),
            max_width="460px",
        ),
        open=ProjectsState.create_open,
        on_open_change=ProjectsState.set_create_open,
    )


def rename_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Rename project"),
            rx.form(
                rx.vstack(
                    form_error(ProjectsState.errors),
                    field("Project name", "name", ProjectsState.errors, default_value=ProjectsState.rename_name,
                          key=ProjectsState.rename_id, max_length=120),
                    rx.hstack(
                        rx.button("Cancel", variant="soft", color_scheme="gray", type="button",
                                  on_click=ProjectsState.cancel_rename),
                        rx.button("Save", type="submit"),
                        justify="end", width="100%", spacing="3",
                    ),
                    spacing="4",
                ),
                on_submit=ProjectsState.rename,
                reset_on_submit=False,
            ),
            max_width="460px",
        ),
        open=ProjectsState.rename_id != "",
        on_open_change=lambda _open: ProjectsState.cancel_rename(),
    )


def status_badge(project) -> rx.Component:
    return rx.cond(
        project["live_url"] != "",
        rx.link(rx.badge(rx.icon("globe", size=12), "Published", rx.icon("external-link", size=11),
                         color_scheme="green", variant="soft", radius="full"),
                href=project["live_url"], is_external=True, title="Open the live site",
                aria_label="Open the live site of " + project["name"]),
        rx.badge("Draft", color_scheme="gray", variant="soft", radius="full"),
    )


def site_cover(project) -> rx.Component:
    """A miniature of the site in its own theme: its name in the heading font, a bar of
    text and a button in its brand colour, over its background and card colours."""
    def bar(width: str, opacity: str) -> rx.Component:
        return rx.box(width=width, height="6px", border_radius="3px", background=project["look_fg"], opacity=opacity)

    return rx.link(
        rx.box(
            rx.hstack(
                rx.text(project["name"], size="2", weight="bold", line_height="1.3", style={
                    "color": project["look_fg"], "font_family": project["look_font"], "white_space": "nowrap",
                    "overflow": "hidden", "text_overflow": "ellipsis"}),
                rx.spacer(),
                rx.box(width="26px", height="9px", flex_shrink="0", border_radius=project["look_radius"],
                       background=project["look_primary"]),
                align="center", width="100%", padding="10px 12px 0",
            ),
            rx.vstack(bar("70%", "0.85"), bar("45%", "0.35"),
                      rx.box(width="44px", height="13px", margin_top="4px", border_radius=project["look_radius"],
                             background=project["look_primary"]),
                      spacing="2", align="center", width="100%", padding_top="14px"),
            rx.box(height="22px", width="100%", background=project["look_surface"], position="absolute", bottom="0"),
            position="relative", height="120px", width="100%", border_radius="10px", overflow="hidden",
            background=project["look_bg"], box_shadow=f"inset 0 0 0 1px {rx.color('gray', 5)}",
        ),
        # a second way in for the pointer; keyboards and screen readers use the title link
        href=routes.editor(project["id"]), tab_index=-1, aria_hidden="true",
        width="100%", display="block",
    )


def project_card(project) -> rx.Component:
    menu = rx.menu.root(
        rx.menu.trigger(rx.icon_button(rx.icon("ellipsis", size=16), variant="ghost", color_scheme="gray",
                                       aria_label="Project actions for " + project["name"])),
        rx.menu.content(
            rx.menu.item(rx.icon("pencil", size=14), "Rename",
                         on_click=ProjectsState.start_rename(project["id"], project["name"])),
            rx.menu.item(rx.icon("image", size=14), "Images",
                         on_click=rx.redirect(routes.assets(project["id"]))),
            rx.menu.item(rx.icon("inbox", size=14), "Leads",
                         on_click=rx.redirect(routes.leads(project["id"]))),
            rx.menu.item(rx.icon("chart-line", size=14), "Analytics",
                         on_click=rx.redirect(routes.analytics(project["id"]))),
            rx.menu.separator(),
            rx.menu.item(rx.icon("trash-2", size=14), "Move to trash", color="red",
                         on_click=ProjectsState.delete(project["id"])),
        ),
    )
    return rx.card(
        rx.vstack(
            site_cover(project),
            rx.hstack(
                rx.vstack(
                    rx.link(rx.heading(project["name"], as_="h3", size="3", trim="both"),
                            href=routes.editor(project["id"]), color=rx.color("gray", 12), underline="hover"),
                    rx.text(project["slug"], size="1", color=rx.color("gray", 10), font_family="monospace"),
                    spacing="1",
                    min_width="0",
                ),
                rx.spacer(),
                rx.cond(CAN_MANAGE, menu),
                width="100%",
                align="start",
            ),
            rx.hstack(
                status_badge(project),
                rx.spacer(),
                rx.text("Edited ", rx.el.time(project["edited"], date_time=project["edited_iso"]), size="1",
                        color=rx.color("gray", 10)),
                width="100%",
                align="center",
            ),
            spacing="3",
        ),
        size="2",
        class_name="project-card",
        data_project=project["name"],
    )


def empty_state() -> rx.Component:
    return rx.card(
        rx.center(
            rx.vstack(
                rx.center(rx.icon("sparkles", size=28), width="56px", height="56px", border_radius="16px",
                          background=rx.color("accent", 3), color=rx.color("accent", 11)),
                rx.heading("No projects yet", as_="h2", size="5"),
                rx.text(rx.cond(CAN_MANAGE, "Create your first site: start blank and add sections in the editor.",
                                "When an admin of this organization creates a project, it shows up here."),
                        color=rx.color("gray", 11), size="2", align="center", max_width="360px"),
                align="center",
                spacing="3",
            ),
            padding="48px",
        ),
        width="100%",
    )


def _actions() -> rx.Component:
    return rx.cond(CAN_MANAGE, rx.hstack(prompt_dialog(), create_dialog(), spacing="3", flex_wrap="wrap"))


@dashboard_page("Projects", routes.DASHBOARD, description="Every site of this organization.", actions=_actions)
def projects_page() -> rx.Component:
    return rx.fragment(
        form_error(ProjectsState.errors),
        rx.cond(
            ProjectsState.items.length() > 0,
            rx.grid(rx.foreach(ProjectsState.items, project_card), columns=rx.breakpoints(initial="1", sm="2", lg="3"),
                    spacing="4", width="100%"),
            empty_state(),
        ),
        rename_dialog(),
    )


def trash_row(project) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(rx.text(project["name"], weight="medium")),
        rx.table.cell(project["slug"]),
        rx.table.cell(project["deleted"]),
        rx.table.cell(rx.button(rx.icon("undo-2", size=14), "Restore", size="1", variant="soft",
                                on_click=ProjectsState.restore(project["id"]))),
        align="center",
    )


@dashboard_page("Trash", routes.TRASH, description="Deleted projects. Restore one to bring it back.")
def trash_page() -> rx.Component:
    return rx.fragment(
        form_error(ProjectsState.errors),
        rx.cond(
            ProjectsState.items.length() > 0,
            rx.card(rx.table.root(
                rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                               ("Name", "Address", "Deleted", "")])),
                rx.table.body(rx.foreach(ProjectsState.items, trash_row)),
                width="100%",
            ), width="100%"),
            rx.card(rx.center(rx.text("The trash is empty.", color=rx.color("gray", 11)), padding="40px"),
                    width="100%"),
        ),
    )
