"""/dashboard/analytics/[analytics_project]: a site's cookie-free analytics: figures against the
previous period, visitors and page views over time (Reflex's recharts), top lists, visitors in
the last five minutes, CSV export."""

from __future__ import annotations

import reflex as rx

from bubblegum.components.layout import dashboard_page
from bubblegum.state.analytics import AnalyticsState

PERIODS = (("today", "Today"), ("7d", "7 days"), ("30d", "30 days"))
VISITORS, PAGEVIEWS = rx.color("accent", 9), rx.color("gray", 9)


def figure_card(card) -> rx.Component:
    tone = card["tone"]
    return rx.card(
        rx.vstack(
            rx.text(card["label"], size="1", weight="medium", color=rx.color("gray", 11)),
            rx.text(card["value"], size="6", weight="bold", class_name="analytics-figure"),
            rx.text(rx.cond(tone == "", "same as before", card["change"] + " vs previous"), size="1",
                    color=rx.cond(tone == "good", rx.color("grass", 11),
                                  rx.cond(tone == "bad", rx.color("tomato", 11), rx.color("gray", 10)))),
            spacing="1",
        ),
        size="2",
    )


def chart() -> rx.Component:
    return rx.card(
        rx.recharts.area_chart(
            rx.recharts.cartesian_grid(stroke_dasharray="3 3", vertical=False),
            rx.recharts.x_axis(data_key="label", tick_line=False, min_tick_gap=16, font_size=12),
            rx.recharts.y_axis(allow_decimals=False, width=40, tick_line=False, font_size=12),
            rx.recharts.graphing_tooltip(),
            rx.recharts.legend(),
            rx.recharts.area(data_key="pageviews", name="Page views", stroke=PAGEVIEWS, fill=PAGEVIEWS,
                             fill_opacity=0.12, type_="monotone"),
            rx.recharts.area(data_key="visitors", name="Visitors", stroke=VISITORS, fill=VISITORS,
                             fill_opacity=0.25, type_="monotone"),
            data=AnalyticsState.series, width="100%", height=280,
        ),
        width="100%", aria_label="Visitors and page views over time",
    )


def top_row(row) -> rx.Component:
    return rx.hstack(
        rx.box(rx.text(row["value"], size="2", trim="both", class_name="analytics-top-value"),
               position="relative", flex="1", min_width="0", padding="6px 8px", border_radius="4px",
               background=f"linear-gradient(90deg, {rx.color('accent', 3)} {row['share']}, transparent {row['share']})"),
        rx.text(row["visitors"], size="2", width="64px", text_align="right"),
        rx.text(row["count"], size="2", width="64px", text_align="right", color=rx.color("gray", 11)),
        width="100%", align="center", spacing="2",
    )


def top_list(title: str, rows, count_label: str) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(rx.heading(title, as_="h2", size="3"), rx.spacer(),
                      rx.text("visitors", size="1", width="64px", text_align="right", color=rx.color("gray", 10)),
                      rx.text(count_label, size="1", width="64px", text_align="right", color=rx.color("gray", 10)),
                      width="100%", align="center", spacing="2"),
            rx.cond(rows.length() > 0, rx.foreach(rows, top_row),
                    rx.text("Nothing yet.", size="2", color=rx.color("gray", 10), padding_y="8px")),
            spacing="1", width="100%",
        ),
        width="100%",
    )


def now_badge() -> rx.Component:
    return rx.hstack(
        rx.box(width="8px", height="8px", border_radius="50%", background=rx.color("grass", 9)),
        rx.text(AnalyticsState.visitors_now, rx.cond(AnalyticsState.visitors_now == 1, " visitor", " visitors"),
                " now", size="2", weight="medium", class_name="analytics-now"),
        rx.tooltip(rx.icon_button(rx.icon("refresh-cw", size=14), variant="ghost", size="1",
                                  aria_label="Refresh visitors now", on_click=AnalyticsState.refresh_now),
                   content="Visitors in the last 5 minutes"),
        align="center", spacing="2",
    )


def toolbar() -> rx.Component:
    return rx.flex(
        rx.segmented_control.root(*[rx.segmented_control.item(label, value=key) for key, label in PERIODS],
                                  value=AnalyticsState.period, on_change=AnalyticsState.set_period, size="2"),
        rx.text(AnalyticsState.range_label, size="2", color=rx.color("gray", 11)),
        rx.spacer(),
        now_badge(),
        width="100%", align="center", gap="12px", flex_wrap="wrap",
    )


def page_actions() -> rx.Component:
    return rx.hstack(
        rx.button(rx.icon("download", size=16), "Export CSV", variant="soft", on_click=AnalyticsState.download_csv),
        rx.link(rx.button(rx.icon("pencil", size=16), "Open in the editor", variant="soft"),
                href="/editor/" + AnalyticsState.project_param),
        spacing="3", flex_wrap="wrap",
    )


@dashboard_page("Analytics", "/dashboard", actions=page_actions,
                description="Visits to the published site, counted without cookies or any personal data.")
def analytics_page() -> rx.Component:
    return rx.vstack(
        toolbar(),
        rx.grid(rx.foreach(AnalyticsState.cards, figure_card), columns=rx.breakpoints(initial="2", sm="3", lg="6"),
                gap="12px", width="100%"),
        chart(),
        rx.grid(
            top_list("Top pages", AnalyticsState.pages, "views"),
            top_list("Referrers", AnalyticsState.referrers, "visits"),
            top_list("Entry pages", AnalyticsState.entries, "visits"),
            top_list("Exit pages", AnalyticsState.exits, "visits"),
            top_list("UTM sources", AnalyticsState.sources, "visits"),
            top_list("Devices", AnalyticsState.devices, "visits"),
            top_list("Browsers", AnalyticsState.browsers, "visits"),
            top_list("Operating systems", AnalyticsState.systems, "visits"),
            columns=rx.breakpoints(initial="1", md="2"), gap="12px", width="100%",
        ),
        rx.text("Countries are not shown: no IP-to-country database whose licence allows shipping it is bundled. "
                "Visitors are told apart by a hash that changes every day; no address is stored.",
                size="1", color=rx.color("gray", 10)),
        spacing="4", width="100%",
    )
