# The live check's problems: one message saying what is wrong, one piece of advice saying what to do.
# Written for people who have never heard of IMAP or SMTP.

side-incoming = incoming mail server
side-outgoing = outgoing mail server

check-server-said = { " " }The server said: “{ $text }”.
# The same, for a reply that already ends its sentence (“Authentication failed.”): no second full stop.
check-server-said-ended = { " " }The server said: “{ $text }”

check-dns-missing = The { $which } { $host } does not exist.
check-dns-missing-advice-incoming = Check the server name for typing mistakes. If it is right, ask your email provider for the correct incoming server, and whether your domain’s MX records point to them.
check-dns-missing-advice-outgoing = Check the server name for typing mistakes, or ask your email provider for the correct outgoing (SMTP) server.
check-dns-failed = The name { $host } could not be looked up.
check-dns-failed-advice = Check that this computer is connected to the internet, then try again.

check-unreachable = The { $which } { $host } could not be reached on port { $port }.
check-unreachable-advice-outgoing = Your network or firewall may block port { $port } (many networks block sending ports), or the server does not accept mail on it. Try port 465 or 587, or ask whoever runs your network.
check-unreachable-advice = A firewall may block port { $port }, or the server name or port is wrong. Check them with your email provider.

check-timeout = The { $which } { $host } did not answer in time (port { $port }).
check-timeout-advice = The server may be down or a firewall may silently block the port. Try again later, or on another network; if it keeps happening, ask your email provider.

check-cert = The security certificate of { $host } is not valid: { $reason }.
check-cert-names = { " " }It was made for: { $names }.
check-cert-expired-on = { " " }It expired on { $date }.
check-cert-reason-expired = it has expired
check-cert-reason-not-yet-valid = it is not valid yet
check-cert-reason-wrong-name = it was made for other names
check-cert-reason-unknown-issuer = it is not signed by an authority this computer trusts (self-signed or unknown issuer)
check-cert-reason-revoked = it has been revoked
check-cert-reason-other = it is not valid
check-cert-advice-name = The server may be known by another name: try { $name } as the server name, or ask your email provider which name to use.
check-cert-advice-date = Check that this computer’s date and time are right. If they are, the provider must renew its certificate: tell them.
check-cert-advice = Your password was not sent. Ask your email provider to fix their certificate; do not connect until they have.
check-cert-fingerprint = { " " }Certificate fingerprint (SHA-256): { $fingerprint }.

check-tls-failed = A secure connection to { $host } could not be set up.
check-tls-failed-advice = Check the server name for typing mistakes, or ask your email provider for the right one.
check-tls-failed-other-advice = The reason given was: { $detail }. Try again later; if it keeps happening, give these details to your email provider.
check-tls-plain-text = { $host } answers without encryption on port { $port } (it said “{ $greeting }”), but the settings say SSL/TLS.
check-tls-plain-text-advice = Port { $port } uses STARTTLS, not SSL/TLS: choose STARTTLS as the security for port { $port }, or SSL/TLS with port { $tls_port }. Mail Setup tried both and neither worked, so ask your email provider which settings to use.
check-tls-alert = { $host } broke off setting up the secure connection (it sent the TLS alert “{ $alert }”).
check-tls-alert-advice = Your password was not sent. The server’s encryption is set up wrongly, or it refuses this computer. Try again later; if it keeps happening, give this message to your email provider.
check-tls-old = { $host } offers only old encryption this program does not accept, because it is no longer safe.
check-tls-old-offered = { $host } offers only old encryption ({ $offered }) this program does not accept, because it is no longer safe.
check-tls-no-cipher = { $host } offers no encryption method this program accepts: the ones it has are no longer safe.
check-tls-old-advice = Your password was not sent. Ask your email provider to switch on current encryption (TLS 1.2 or newer) on their server.

check-no-encryption = The { $which } { $host } does not offer an encrypted connection on port { $port }.
check-no-encryption-advice = Your password was not sent, because anyone on the network could read it. Ask your email provider for secure settings (usually port 993 for incoming IMAP and 465 or 587 for outgoing mail).

check-wrong-password = Your password was not accepted by { $host }.{ $server_says }
check-wrong-password-advice = Check the password (capital letters, keyboard layout) and the username “{ $username }”. If you use two-step sign-in, your provider may require an app password.
check-send-login = The outgoing mail server did not accept your login, although receiving works.{ $server_says }
check-send-login-advice = Sending may need its own setting: check that the outgoing (SMTP) login is switched on for your account, and whether the outgoing server wants a different username. Your provider’s help pages or helpdesk can tell you.
check-app-password = { $host } does not accept your normal password from mail programs.{ $server_says }
check-app-password-advice = Create an app password in your email account’s security settings (or sign in once on the provider’s website), then use that instead of your normal password.
check-temporary = { $host } has a temporary problem and could not check your login.{ $server_says }
check-temporary-advice = Try again in a few minutes.
check-in-use = Your mailbox on { $host } is in use by another program.{ $server_says }
check-in-use-advice = Close other mail programs or devices that download this mailbox, wait a minute, and try again.
check-encryption-required = { $host } wants a more secure connection before you log in.{ $server_says }
check-encryption-required-advice = Ask your email provider for the secure settings.

check-no-password-method = { $host } does not accept a password login from mail programs (it offers: { $offered }).
check-no-password-method-advice = The provider may require signing in through its website (OAuth2) or an app password. Check your provider’s help pages for “app password” or “IMAP access”.
check-login-not-offered = The outgoing mail server { $host } does not offer a login on port { $port }.
check-login-not-offered-advice = This port may be for servers only. Use the submission port (587 or 465) your provider gives, and check that sending by login is switched on for your account.
check-unencodable = Your password or username contains characters this server cannot receive.
check-unencodable-advice = Change the password to one without unusual characters, or ask your email provider.
check-refused = { $host } refused the connection: “{ $text }”.
check-refused-advice = The server may be busy or may not accept connections from your network. Try again later, or ask your email provider.
check-not-protocol = { $host } on port { $port } does not answer like a { $protocol } server.
check-not-protocol-advice = The server name or port is probably wrong. Check them with your email provider.
check-too-long = { $host } sent more than this program reads ({ $limit }), so the check stopped there.
check-too-long-advice = This is not how a mail server normally answers: check the server name and port with your email provider, and give them these details.
check-closed = { $host } closed the connection unexpectedly.
check-closed-advice = Try again. If it keeps happening, the server or your network may be refusing mail programs; ask your email provider.

check-note-port-switch = Port { $from } could not be reached or did not answer in time, so we tried port { $to } instead.
check-note-port-switch-works = Port { $from } could not be reached or did not answer in time, so we tried port { $to } instead — and it works.
check-note-username = The login works with the username “{ $username }”.
check-note-plain-text-starttls = Port { $port } uses STARTTLS, not SSL/TLS: the server answered without encryption first, so we secured the connection with STARTTLS instead. Choose STARTTLS for port { $port } in your mail program.
check-note-plain-text-tls-port = Port { $from } does not use SSL/TLS (the server answered without encryption first), so we used SSL/TLS on port { $to } instead.
check-note-tls-expected = Port { $port } uses SSL/TLS, not STARTTLS: the server there waits for encryption from the start, so we used SSL/TLS. Choose SSL/TLS for port { $port } in your mail program.
check-help-link = { " " }Your provider explains it here: { $url }
check-cert-reason-pin = it is not the certificate your organisation said to expect
check-cert-advice-pin = Your password was not sent. Someone may be intercepting the connection, or the server has a new certificate your organisation has not told Mail Setup about yet. Tell your helpdesk the fingerprint below.

## OAuth2 sign-in and passwords a provider refuses
check-password-not-allowed = { $host } does not accept your account password from mail programs: your provider signs you in on its own page.
check-password-not-allowed-advice = Your provider needs its own sign-in, or an app password made in your account’s security settings. Use the app password instead of your usual password, or ask your helpdesk.
check-password-not-allowed-advice-microsoft = Microsoft 365 needs you to sign in with Microsoft, in your browser, instead of typing your password here. If this copy of Mail Setup cannot do that, ask your helpdesk, or add the account in Thunderbird, which signs in with Microsoft by itself.
check-password-not-allowed-advice-google = Google needs an app password: create one at https://myaccount.google.com/apppasswords (2-Step Verification must be on) and use it instead of your usual password — or sign in with Google, if your helpdesk has set that up.
check-no-token-method = { $host } does not offer signing in with a token from your provider (it offers: { $offered }).
check-no-token-method-advice = This server does not take the provider’s sign-in. Check that these are your provider’s servers, or ask your helpdesk.
check-token-refused = { $host } did not accept your sign-in.{ $server_says }
check-token-refused-advice = The sign-in may have expired or been withdrawn. Sign in again; if it keeps happening, ask your helpdesk.
check-token-scope = { $host } says your sign-in does not include access to mail.{ $server_says }
check-token-scope-advice = Sign in again and accept every permission the provider asks for. If the page never asks about mail, ask your helpdesk: the program’s registration may lack mail access.
check-token-not-allowed = { $host } does not allow mail programs to sign in to this mailbox.{ $server_says }
check-token-not-allowed-advice = Ask your administrator to switch on IMAP, POP and authenticated SMTP for your mailbox.
sign-in-cancelled = The sign-in was cancelled on your provider’s page.
sign-in-cancelled-advice = To use this account here, sign in again and allow Mail Setup to read and send your mail.
sign-in-failed = The sign-in with your provider did not complete: { $reason }.
sign-in-failed-advice = Try again. If it keeps failing, give these details to your helpdesk.
sign-in-not-configured = { $provider } signs you in on its own page, and this copy of Mail Setup cannot do that with it.
sign-in-not-configured-advice = Thunderbird signs in with { $provider } by itself: add the account to Thunderbird and sign in when it asks. Your helpdesk can also set Mail Setup up for { $provider }.
sign-in-reason-state = the answer that came back did not belong to this sign-in
sign-in-reason-timeout = the browser did not come back within 5 minutes
sign-in-reason-answer-too-long = the answer that came back is longer than 8 KiB, so it was not read
sign-in-reason-listener = this computer could not wait for the browser's answer ({ $detail })
sign-in-reason-token = the provider did not issue the sign-in ({ $detail })
sign-in-reason-token-timeout = the provider did not answer in time
sign-in-reason-denied = the provider refused ({ $detail })
sign-in-reason-endpoint = the provider's sign-in address is not a secure https:// address
sign-in-open-browser = Sign in with { $provider } in your browser. If it does not open, go to:
sign-in-page-done = You are signed in. You can close this tab and go back to Mail Setup.
sign-in-page-failed = The sign-in did not complete. You can close this tab and go back to Mail Setup.
sign-in-reason-issuer = the answer came from another provider than the one you were signing in with
sign-in-reason-register = Mail Setup could not introduce itself to your provider ({ $detail })
sign-in-your-provider = Your provider
sign-in-admin-approval = Your organisation has to approve Mail Setup before you can sign in.
sign-in-admin-approval-advice = Ask your IT administrator to approve Mail Setup for your organisation, then try again.
sign-in-admin-approval-advice-link = Ask your IT administrator to approve Mail Setup for your organisation, then try again. They can do it at this address: { $link }

# What the window copies for the helpdesk after a failed sign-in.
sign-in-details-heading = == Sign-in with { $provider } ({ $kind }) ==
sign-in-details-admin-consent = Administrator approval page: { $url }
# The command line cannot find its own file (to start the window program beside it).
cli-no-self = Cannot tell where this program is: { $reason }
# A password given on standard input that is not text.
cli-not-utf8 = the text is not valid UTF-8
