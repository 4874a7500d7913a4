"""Cookie-free analytics of published sites.

A page view arrives from the page's inline beacon (``render.scripts.BEACON_SCRIPT``) on the
site's own origin (``ingest``), is checked for bots (``agents``), keyed to a visitor by a hash
salted per day (``visitors``) and buffered in memory; a background flusher writes batches
(``buffer``). Finished days are rolled up into daily, hourly and top-list rows (``rollup``);
``metrics`` answers the dashboard and the CLI from the rollups plus today's raw views.
"""
