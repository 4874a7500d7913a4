"""A report as CSV and as plain data (the dashboard's download, the CLI's --json): the same
figures in one table of ``section, label, visitors, visits, pageviews`` rows, or one dict."""

from __future__ import annotations

import csv
import io

from bubblegum.services.analytics.metrics import Report, Totals
from bubblegum.services.leads.export import spreadsheet_cell

HEADER = ("section", "label", "visitors", "visits", "pageviews", "bounce_rate", "visit_duration_s")


def totals_dict(totals: Totals) -> dict:
    return {"visitors": totals.visitors, "visits": totals.visits, "pageviews": totals.pageviews,
            "views_per_visit": totals.views_per_visit, "bounce_rate": totals.bounce_rate,
            "visit_duration": totals.visit_duration}


def report_dict(report: Report) -> dict:
    return {
        "from": report.start.isoformat(), "to": report.end.isoformat(),
        "totals": totals_dict(report.totals), "previous": totals_dict(report.previous),
        "visitors_now": report.visitors_now,
        "series": [{"label": p.label, "visitors": p.visitors, "pageviews": p.pageviews} for p in report.series],
        "tops": {name: [{"value": row.value, "visitors": row.visitors, "visits": row.visits,
                         "pageviews": row.pageviews} for row in rows] for name, rows in report.tops.items()},
    }


def report_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for section, totals in (("total", report.totals), ("previous period", report.previous)):
        writer.writerow((section, f"{report.start}..{report.end}" if section == "total" else "", totals.visitors,
                         totals.visits, totals.pageviews, totals.bounce_rate, totals.visit_duration))
    for point in report.series:
        writer.writerow(("hour" if ":" in point.label else "day", point.label, point.visitors, "", point.pageviews,
                         "", ""))
    for name, rows in report.tops.items():
        for row in rows:
            writer.writerow((name, spreadsheet_cell(row.value), row.visitors, row.visits, row.pageviews, "", ""))
    return out.getvalue()

