"""`bubblegum worker`: run the background job queue in the foreground until Ctrl-C."""

from __future__ import annotations

import typer


def worker(
    poll_interval: float = typer.Option(2.0, help="Seconds between polls when Redis is not configured."),
    once: bool = typer.Option(False, "--once", help="Run the periodic tasks (lead retention and digests) and "
                                                    "queued jobs until none is left, then exit (for cron)."),
) -> None:
    """Run background jobs (image variants, publishing, AI) from the durable queue."""
    import logging
    import signal
    import threading

    from bubblegum.services import jobs

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    runner = jobs.Worker(poll_interval=poll_interval)
    if once:
        jobs.recover_stale_jobs()
        runner.periodic.run_due()
        while runner.run_once():
            pass
        typer.echo(f"ran {runner.jobs_run} job(s)")
        return
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    typer.echo(f"worker started; kinds: {', '.join(jobs.registered_kinds()) or 'none'}")
    runner.run(stop)
    typer.echo(f"worker stopped after {runner.jobs_run} job(s)")
