"""The Python consumers read the exports with their own code: Django's settings
loader and mail backend, django-environ's ``read_env`` and ``email_url`` (issue 14).
Sending through Postfix with them is the system tier's job (branch i14c)."""

from __future__ import annotations

import asyncio
import importlib
import ssl
import sys

import django
import environ
import pytest
from django.conf import Settings, settings
from django.core.mail import get_connection
from django.test.utils import override_settings

from tests.servers import USER, SmtpServer
from wizard.core.model import Profile, Security
from wizard.targets import TARGETS

PASSWORD = "p+w#d:@/%é 'x\"\\"  # what URL, Python and .env quoting must all survive
EMAIL_KEYS = (
    "EMAIL_BACKEND",
    "EMAIL_HOST",
    "EMAIL_PORT",
    "EMAIL_USE_TLS",
    "EMAIL_USE_SSL",
    "EMAIL_HOST_USER",
    "EMAIL_HOST_PASSWORD",
    "DEFAULT_FROM_EMAIL",
    "EMAIL_TIMEOUT",
)
CASES = {
    "starttls": Profile(
        host="smtp.example.com",
        port=587,
        security=Security.STARTTLS,
        username="app+crm@example.com",
        from_address="app@example.com",
        display_name="Billing, Inc.",
    ),
    "ssl": Profile(host="mail.example.org", port=465, security=Security.SSL, username="sender"),
    "none": Profile(host="10.0.0.25", port=25, security=Security.NONE, auth=False),
}


@pytest.fixture(scope="module", autouse=True)
def django_configured():
    if not settings.configured:
        settings.configure(SECRET_KEY="test", USE_TZ=True)
        django.setup()


def _django_reads(tmp_path, monkeypatch, text: str):
    """Load ``text`` as a settings module the way DJANGO_SETTINGS_MODULE is loaded,
    then let Django's SMTP backend take its values."""
    name = f"exported_settings_{len(sys.modules)}"
    (tmp_path / f"{name}.py").write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    loaded = Settings(name)
    values = {key: getattr(loaded, key) for key in EMAIL_KEYS if hasattr(loaded, key)}
    with override_settings(**values):
        return get_connection(), values


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("with_password", [False, True])
def test_django_loads_the_snippet_and_its_smtp_backend_connects_as_exported(
    tmp_path, monkeypatch, case, with_password
):
    profile = CASES[case]
    password = PASSWORD if with_password and profile.auth else None
    monkeypatch.setenv("EMAIL_HOST_PASSWORD", "from-the-environment")
    text = TARGETS["django"].export(profile, password).combined()
    connection, values = _django_reads(tmp_path, monkeypatch, text)
    assert (connection.host, connection.port) == (profile.host, profile.effective_port)
    assert connection.use_tls == (profile.security is Security.STARTTLS)
    assert connection.use_ssl == (profile.security is Security.SSL)
    assert connection.username == (profile.username if profile.auth else "")
    if not profile.auth:
        assert connection.password == ""
    else:
        assert connection.password == (password or "from-the-environment")
    assert connection.timeout == profile.timeout
    if profile.from_address:
        assert values["DEFAULT_FROM_EMAIL"] == '"Billing, Inc." <app@example.com>'


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("with_password", [False, True])
def test_django_environ_reads_the_env_file_into_the_same_settings(
    tmp_path, monkeypatch, case, with_password
):
    profile = CASES[case]
    password = PASSWORD if with_password and profile.auth else None
    for key in ("EMAIL_URL", "DEFAULT_FROM_EMAIL"):
        monkeypatch.delenv(key, raising=False)
    path = tmp_path / ".env"
    path.write_text(TARGETS["django-environ"].export(profile, password).combined())
    environ.Env.read_env(str(path), overwrite=True)
    env = environ.Env()
    config = env.email_url("EMAIL_URL")
    assert config["EMAIL_HOST"] == profile.host
    assert config["EMAIL_PORT"] == profile.effective_port
    assert bool(config.get("EMAIL_USE_TLS")) == (profile.security is Security.STARTTLS)
    assert bool(config.get("EMAIL_USE_SSL")) == (profile.security is Security.SSL)
    assert (config["EMAIL_HOST_USER"] or "") == (profile.username if profile.auth else "")
    assert config["EMAIL_HOST_PASSWORD"] == password  # None: not in the URL
    if profile.from_address:
        assert env("DEFAULT_FROM_EMAIL") == profile.from_address
    # The settings Django then builds from them connect the same way.
    with override_settings(**config):
        connection = get_connection()
    assert connection.use_ssl == (profile.security is Security.SSL)
    assert connection.use_tls == (profile.security is Security.STARTTLS)


def test_django_environ_smtps_means_starttls_so_implicit_tls_is_written_smtp_ssl():
    text = TARGETS["django-environ"].export(CASES["ssl"]).combined()
    assert text.startswith("EMAIL_URL=smtp+ssl://")
    assert environ.Env.email_url_config("smtps://h:465")["EMAIL_USE_TLS"] is True
    # and an smtps:// pasted by the admin imports as what environ does: STARTTLS
    assert TARGETS["django-environ"].parse("EMAIL_URL=smtps://h:587").profile.security == (
        Security.STARTTLS
    )


# --- The CA warning's advice works: Django signs in and sends over STARTTLS ----------


async def _django_sends(tmp_path, monkeypatch, text: str) -> int:
    from django.core.mail import EmailMessage

    connection, values = _django_reads(tmp_path, monkeypatch, text)
    message = EmailMessage("wizard test", "body", values["DEFAULT_FROM_EMAIL"], [USER])
    try:
        return await asyncio.to_thread(connection.send_messages, [message])
    finally:
        # Django closes a half-open connection only on OSError: close it here too.
        for smtp in (connection.connection, getattr(connection, "_partial_connection", None)):
            if smtp is not None and smtp.sock is not None:
                smtp.close()


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
async def test_django_sends_with_the_private_ca_set_as_the_warning_says(
    tmp_path, monkeypatch, certs, tls
):
    # ASCII: smtplib (so Django) encodes AUTH as ASCII and cannot send "€" at all.
    password = "s3cret-Passw0rd"
    async with SmtpServer(certs, tls=tls, password=password) as server:
        security = Security.STARTTLS if tls == "starttls" else Security.SSL
        profile = Profile(
            host="127.0.0.1",
            port=server.port,
            security=security,
            username=USER,
            from_address=USER,
            ca_file=certs.ca_file,
        )
        export = TARGETS["django"].export(profile, password)
        [warning] = export.warnings
        assert f"SSL_CERT_FILE={certs.ca_file}" in warning.text()
        # Without the advice, Django does not trust the server the wizard tested ...
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "no-such-bundle.pem"))
        with pytest.raises(ssl.SSLCertVerificationError):
            await _django_sends(tmp_path, monkeypatch, export.combined())
        assert server.recorder.messages == []
        # ... with it, the message goes out, signed in with the exported password.
        monkeypatch.setenv("SSL_CERT_FILE", certs.ca_file)
        assert await _django_sends(tmp_path, monkeypatch, export.combined()) == 1
        assert len(server.recorder.messages) == 1


async def test_a_non_ascii_password_is_said_up_front_since_django_cannot_send_it(
    tmp_path, monkeypatch, certs
):
    password = "contraseña-€"
    async with SmtpServer(certs, password=password) as server:
        profile = Profile(host="127.0.0.1", port=server.port, username=USER, from_address=USER)
        for target in ("django", "django-environ"):
            warnings = [w.text() for w in TARGETS[target].export(profile, password).warnings]
            assert any("outside ASCII" in w for w in warnings), target
        assert not TARGETS["django"].export(profile, "ascii").warnings
        monkeypatch.setenv("SSL_CERT_FILE", certs.ca_file)
        text = TARGETS["django"].export(profile, password).combined()
        with pytest.raises(UnicodeEncodeError):  # what the warning is about
            await _django_sends(tmp_path, monkeypatch, text)
