"""A custom domain serves a site only after a DNS TXT record proves its owner controls it
(checked against a DNS server on loopback), and a changed domain must be proved again."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from bubblegum.config import get_settings
from bubblegum.db import session_scope
from bubblegum.models import Project
from bubblegum.services import domains, rate_limit, site_config
from bubblegum.services.publishing.deploy import publish
from bubblegum.services.publishing.urls import site_base_url
from tests.integration.dns_server import TxtServer

DOMAIN = "www.harborandpine.example"


@pytest.fixture
def dns_server(monkeypatch):
    with TxtServer() as server:
        monkeypatch.setenv("BUBBLEGUM_DNS_NAMESERVERS", "127.0.0.1")
        monkeypatch.setenv("BUBBLEGUM_DNS_PORT", str(server.port))
        get_settings.cache_clear()
        rate_limit.reset_all()
        yield server
    get_settings.cache_clear()
    rate_limit.reset_all()


def set_domain(project_id: int, domain: str) -> domains.DomainStatus:
    with session_scope() as session:
        project = session.get(Project, project_id)
        config = site_config.config_of(project)
        site_config.configure(session, project, name=config.name, language=config.language,
                              description=config.description, custom_domain=domain, actor_id=None)
        return domains.status_of(project)


def verify(project_id: int) -> tuple[domains.DomainStatus, str]:
    with session_scope() as session:
        return domains.verify(session, session.get(Project, project_id), actor_id=None)


def on_domain(site_client, domain: str = DOMAIN):
    return site_client.get("/", headers={"host": domain})


def test_unverified_domain_is_pending_and_not_served(project_id, site_client, dns_server):
    publish(project_id)
    status = set_domain(project_id, DOMAIN)
    assert status.state == "pending" and status.record_name == f"_bubblegum-challenge.{DOMAIN}"
    assert len(status.record_value) >= 32 and status.address == ""
    assert 'rel="canonical"' not in on_domain(site_client).text
    with session_scope() as session:
        assert DOMAIN not in site_base_url(session.get(Project, project_id))


def test_missing_or_wrong_txt_record_stays_pending(project_id, site_client, dns_server):
    publish(project_id)
    status = set_domain(project_id, DOMAIN)
    assert "was not found" in verify(project_id)[1]
    dns_server.records[status.record_name] = ["someone-else's-token"]
    still, message = verify(project_id)
    assert still.state == "pending" and "different value" in message
    assert 'rel="canonical"' not in on_domain(site_client).text


def test_right_txt_record_verifies_and_serves(project_id, site_client, dns_server):
    status = set_domain(project_id, DOMAIN)
    dns_server.records[status.record_name] = ["unrelated", status.record_value]
    verified, message = verify(project_id)
    assert verified.state == "verified" and "is verified" in message
    assert verified.address == f"http://{DOMAIN}/"  # this installation provides no HTTPS by default
    publish(project_id)
    response = on_domain(site_client)
    assert response.status_code == 200 and f'rel="canonical" href="http://{DOMAIN}/"' in response.text


def test_https_is_claimed_only_when_configured(project_id, dns_server, monkeypatch):
    status = set_domain(project_id, DOMAIN)
    dns_server.records[status.record_name] = [status.record_value]
    monkeypatch.setenv("BUBBLEGUM_CUSTOM_DOMAIN_HTTPS", "true")
    get_settings.cache_clear()
    verified, _ = verify(project_id)
    assert verified.address == f"https://{DOMAIN}/" and "HTTPS" in verified.transport


def test_changing_the_domain_resets_verification(project_id, site_client, dns_server):
    status = set_domain(project_id, DOMAIN)
    dns_server.records[status.record_name] = [status.record_value]
    assert verify(project_id)[0].state == "verified"
    publish(project_id)
    other = set_domain(project_id, "shop.harborandpine.example")
    assert other.state == "pending" and other.record_value != status.record_value
    for host in (DOMAIN, "shop.harborandpine.example"):
        assert 'rel="canonical"' not in on_domain(site_client, host).text
    assert set_domain(project_id, "").state == "none"


def test_cli_shows_the_record_and_checks_it(project_id, dns_server):
    from bubblegum.cli import app

    runner = CliRunner()
    shown = runner.invoke(app, ["project", "settings", "harbor-pine", "--domain", DOMAIN])
    assert shown.exit_code == 0 and f"_bubblegum-challenge.{DOMAIN}" in shown.output and "pending" in shown.output
    assert runner.invoke(app, ["project", "check-domain", "harbor-pine"]).exit_code == 1
    with session_scope() as session:
        token = session.get(Project, project_id).domain_token
    dns_server.records[f"_bubblegum-challenge.{DOMAIN}"] = [token]
    checked = runner.invoke(app, ["project", "check-domain", "harbor-pine"])
    assert checked.exit_code == 0 and "is verified" in checked.output


def test_dns_without_answer_is_explained(project_id, monkeypatch):
    monkeypatch.setenv("BUBBLEGUM_DNS_NAMESERVERS", "127.0.0.1")
    monkeypatch.setenv("BUBBLEGUM_DNS_PORT", "9")  # nothing listens there
    get_settings.cache_clear()
    rate_limit.reset_all()
    set_domain(project_id, DOMAIN)
    monkeypatch.setattr(domains, "_resolver", _quick(domains._resolver))
    with pytest.raises(domains.DnsUnavailable, match="did not get an answer"):
        verify(project_id)
    get_settings.cache_clear()


def _quick(make):
    def resolver():
        made = make()
        made.lifetime = 0.5
        return made
    return resolver
