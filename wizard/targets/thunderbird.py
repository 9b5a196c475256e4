"""Thunderbird autoconfig: the ``outgoingServer`` of a clientConfig 1.1 file
(config-v1.1.xml, as served at autoconfig.<domain> or in the ISPDB).

clientConfig (TARGETS.md §10; draft-ietf-mailmaint-autoconfig; Thunderbird's
readFromXML.js): ``socketType`` ``SSL`` = implicit TLS, ``STARTTLS`` =
mandatory upgrade (the client must disconnect if it fails), ``plain``
(deprecated). Certificates MUST be validated, against the system's CAs: the
file has no place for a CA, nor (in the spec) for a password; Thunderbird
also reads ``<password>``, written only on request. Thunderbird refuses a file
without an ``incomingServer`` ("Need proper <incomingServer> in XML file"),
so the admin adds the IMAP/POP3 server before publishing it.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import AuthMechanism, Profile, Security

from . import appsupport as s
from .base import Artifact, Export, Group, Imported, Text

APP = "Thunderbird"
SOCKET_TYPES = {Security.SSL: "SSL", Security.STARTTLS: "STARTTLS", Security.NONE: "plain"}
# clientConfig 1.1 <authentication> values for outgoing servers, plus the ones
# Thunderbird also accepts (readFromXML.js).
AUTHENTICATIONS = (
    "password-cleartext",
    "password-encrypted",
    "NTLM",
    "GSSAPI",
    "TLS-client-cert",
    "OAuth2",
    "client-IP-address",
    "none",
    "smtp-after-pop",
    "plain",
    "secure",
)
_PASSWORD_LOGINS = {"password-cleartext", "password-encrypted", "plain", "secure"}


def provider_domain(profile: Profile) -> str:
    return s.domain_of(profile.from_address) or s.domain_of(profile.username) or profile.host


class Thunderbird:
    id = "thunderbird"
    label = QT_TRANSLATE_NOOP("Targets", "Thunderbird autoconfig")
    group = Group.SERVERS
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "socketType SSL is implicit TLS, STARTTLS is STARTTLS (required), plain is none.",
        )
    )
    # Autoconfig names servers, not senders, and has no CA.
    cannot_carry = frozenset({"ca_file", "from_address"})
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets",
            "Add the <incomingServer> of your IMAP or POP3 server to the file where the "
            "comment says so: Thunderbird refuses a file without one.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Publish it as https://autoconfig.<your domain>/mail/config-v1.1.xml (or "
            "/.well-known/autoconfig/mail/config-v1.1.xml on the domain's web site).",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "In Thunderbird, add the account with an address of that domain: it reads "
            "the file and fills in the servers.",
        ),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        domain = provider_domain(profile)
        if not profile.auth:
            authentication = "none"
        elif profile.mechanism is AuthMechanism.CRAM_MD5:
            authentication = "password-encrypted"
        else:
            authentication = "password-cleartext"
        server = [
            f"      <hostname>{s.xml_text(profile.host)}</hostname>",
            f"      <port>{profile.effective_port}</port>",
            f"      <socketType>{SOCKET_TYPES[profile.security]}</socketType>",
            f"      <authentication>{authentication}</authentication>",
        ]
        left_out = []
        if profile.auth and s.xml_writable(profile.username):
            server.append(f"      <username>{s.xml_text(profile.username)}</username>")
        elif profile.auth:
            left_out.append("username")
        # Not in the spec, but Thunderbird reads it (readFromXML.js): only on request,
        # for a private file handed to one user.
        with_password = password is not None and profile.auth
        if with_password and password is not None and not s.xml_writable(password):
            with_password = False
            left_out.append("password")
        if with_password and password is not None:
            server.append(f"      <password>{s.xml_text(password)}</password>")
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<clientConfig version="1.1">\n'
            f"  <emailProvider id={quoteattr(domain)}>\n"
            f"    <domain>{s.xml_text(domain)}</domain>\n"
            f"    <displayName>{s.xml_text(domain)}</displayName>\n"
            f"    <displayShortName>{s.xml_text(domain)}</displayShortName>\n"
            "    <!-- Add your <incomingServer> (IMAP or POP3) here: Thunderbird needs one. -->\n"
            '    <outgoingServer type="smtp">\n' + "\n".join(server) + "\n    </outgoingServer>\n"
            "  </emailProvider>\n"
            "</clientConfig>\n"
        )
        artifact = Artifact(
            "config-v1.1.xml",
            Text(QT_TRANSLATE_NOOP("Targets", "Autoconfig file (clientConfig 1.1)")),
            text,
            contains_password=with_password,
            syntax="xml",
        )
        notes: list[Text] = [
            Text(
                QT_TRANSLATE_NOOP(
                    "Targets",
                    "The file describes only the outgoing server: add the incoming "
                    "server before publishing it, or Thunderbird rejects the file.",
                )
            )
        ]
        notes += [s.value_left_out(APP, key) for key in left_out]
        if profile.ca_file:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Autoconfig has no place for a CA file and Thunderbird checks the "
                        "certificate: each user must trust {ca_file} (Settings > Privacy & "
                        "Security > Manage Certificates > Authorities > Import).",
                    ),
                    {"ca_file": profile.ca_file},
                )
            )
        if with_password:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "This file holds the password (a <password> element Thunderbird "
                        "reads but the autoconfig spec does not have): never publish it; "
                        "hand it only to the one user it belongs to.",
                    )
                )
            )
        if profile.security is Security.NONE and profile.auth:
            notes.append(s.plaintext_warning(APP))
        if profile.from_address or profile.display_name:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Autoconfig describes servers, not senders: each user types the "
                        "From address and name in Thunderbird.",
                    )
                )
            )
        return Export((artifact,), tuple(notes))

    def detect(self, text: str) -> int:
        return 95 if "<clientConfig" in text else 0

    def parse(self, text: str) -> Imported:
        root = s.xml_root(text, APP)
        server = next(
            (o for o in root.iter("outgoingServer") if o.get("type") == "smtp"),
            None,
        )
        if root.tag != "clientConfig" or server is None:
            raise s.bad_format(APP)

        def child(name: str) -> str:
            return (server.findtext(name) or "").strip()

        socket_type = child("socketType")
        reverse = {v: k for k, v in SOCKET_TYPES.items()}
        if socket_type not in reverse:
            raise s.bad_value(APP, "socketType", socket_type)
        methods = [(a.text or "").strip() for a in server.findall("authentication")]
        known = [m for m in methods if m in AUTHENTICATIONS]
        if methods and not known:
            raise s.bad_value(APP, "authentication", methods[0])
        first = known[0] if known else "none"
        notes: list[Text] = []
        if first not in _PASSWORD_LOGINS and first not in ("none", "client-IP-address"):
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "The server wants {method} sign-in; the test signs in with a "
                        "user name and password.",
                    ),
                    {"method": first},
                )
            )
        username = child("username")
        if "%" in username:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "The user name is a placeholder ({value}): type your own.",
                    ),
                    {"value": username},
                )
            )
            username = ""
        secret = server.findtext("password") or ""  # exactly: spaces may belong to it
        mechanism = AuthMechanism.CRAM_MD5 if first == "password-encrypted" else AuthMechanism.AUTO
        return s.imported(
            APP,
            host=child("hostname"),
            port=s.port_of(child("port") or str(reverse[socket_type].default_port), APP, "port"),
            security=reverse[socket_type],
            auth=first not in ("none", "client-IP-address"),
            username=username,
            password=secret or None,
            mechanism=mechanism,
            warnings=notes,
        )


TARGET = Thunderbird()
