#!/usr/bin/python3
"""What GNOME Online Accounts and Evolution's source registry hold, asked through their own client
libraries (GObject introspection), printed as one JSON object for tests/desktop.rs.

Usage: desktop_driver.py [goa] [evolution] [--wait-for ADDRESS]
  --wait-for: poll (up to 20 s) until Evolution lists an identity with ADDRESS (accounts that
  GNOME Online Accounts holds reach Evolution's registry a moment after it starts).
"""
import json
import sys
import time

import gi

gi.require_version("Goa", "1.0")
gi.require_version("EDataServer", "1.2")
from gi.repository import EDataServer, Goa  # noqa: E402


def goa_accounts():
    client = Goa.Client.new_sync(None)
    out = []
    for obj in client.get_accounts():
        account = obj.get_account()
        row = {
            "provider": account.props.provider_type,
            "id": account.props.id,
            "identity": account.props.identity,
        }
        mail = obj.get_mail()
        if mail is not None:
            row.update(
                address=mail.props.email_address,
                name=mail.props.name,
                imap_host=mail.props.imap_host,
                imap_user=mail.props.imap_user_name,
                imap_ssl=mail.props.imap_use_ssl,
                imap_tls=mail.props.imap_use_tls,
                smtp_host=mail.props.smtp_host,
                smtp_user=mail.props.smtp_user_name,
                smtp_auth=mail.props.smtp_use_auth,
                smtp_ssl=mail.props.smtp_use_ssl,
                smtp_tls=mail.props.smtp_use_tls,
            )
            try:
                row["password"] = obj.get_password_based().call_get_password_sync(
                    "imap-password", None
                )
            except Exception as e:  # the keyring did not take it
                row["password_error"] = str(e)
        out.append(row)
    return out


def server(source):
    auth = source.get_extension(EDataServer.SOURCE_EXTENSION_AUTHENTICATION)
    security = source.get_extension(EDataServer.SOURCE_EXTENSION_SECURITY)
    ok, password = False, None
    try:
        ok, password = source.lookup_password_sync(None)
    except Exception:
        pass
    return {
        "host": auth.get_host(),
        "port": auth.get_port(),
        "user": auth.get_user(),
        "method": auth.get_method(),
        "security": security.get_method(),
        "password": password if ok else None,
    }


def evolution_accounts(registry):
    out = []
    for source in registry.list_sources(EDataServer.SOURCE_EXTENSION_MAIL_ACCOUNT):
        account = source.get_extension(EDataServer.SOURCE_EXTENSION_MAIL_ACCOUNT)
        identity = registry.ref_source(account.get_identity_uid() or "")
        if identity is None or not identity.has_extension(
            EDataServer.SOURCE_EXTENSION_MAIL_IDENTITY
        ):
            continue
        ident = identity.get_extension(EDataServer.SOURCE_EXTENSION_MAIL_IDENTITY)
        row = {
            "uid": source.get_uid(),
            "backend": account.get_backend_name(),
            "address": ident.get_address(),
            "name": ident.get_name(),
            "enabled": source.get_enabled(),
            "from_goa": False,
            "text": source.to_string()[0],
        }
        parent = registry.ref_source(source.get_parent() or "")
        if parent is not None:
            row["from_goa"] = parent.has_extension(
                EDataServer.SOURCE_EXTENSION_GOA
            )
        if row["backend"] != "none":
            row["incoming"] = server(source)
        submission = identity.get_extension(EDataServer.SOURCE_EXTENSION_MAIL_SUBMISSION)
        transport = registry.ref_source(submission.get_transport_uid() or "")
        if transport is not None:
            t = transport.get_extension(EDataServer.SOURCE_EXTENSION_MAIL_TRANSPORT)
            row["transport_backend"] = t.get_backend_name()
            row["outgoing"] = server(transport)
        out.append(row)
    return out


def main():
    args = sys.argv[1:]
    result = {}
    if "goa" in args:
        result["goa"] = goa_accounts()
    if "evolution" in args:
        registry = EDataServer.SourceRegistry.new_sync(None)
        wait_for = args[args.index("--wait-for") + 1] if "--wait-for" in args else None
        deadline = time.monotonic() + 20
        while True:
            accounts = evolution_accounts(registry)
            seen = any(a["address"] == wait_for for a in accounts)
            if wait_for is None or seen or time.monotonic() > deadline:
                break
            ctx = gi.repository.GLib.MainContext.default()
            while ctx.pending():
                ctx.iteration(False)
            time.sleep(0.2)
        result["evolution"] = accounts
    print(json.dumps(result))


if __name__ == "__main__":
    main()
