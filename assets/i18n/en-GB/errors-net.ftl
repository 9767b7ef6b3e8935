# Why something failed on the network, in the keyring or in what was typed. These are the typed
# errors' own words: a short phrase, often put after a colon in a longer message, so it starts
# lower-case and has no full stop. A `{ $reason }` is the detail from the system or the server,
# usually in English.

## Connecting (src/net/tcp.rs)

error-tcp-refused = the connection was refused
error-tcp-unreachable = there is no route to the server
error-tcp-failed = the connection failed: { $reason }
# $reason is one of the error-cert-* messages below.
error-tcp-certificate = the server's certificate was not accepted: { $reason }
# $name is the host name in straight double quotes, e.g. "mail example.com".
error-tcp-bad-name = { $name } is not a valid host name for TLS

## Encryption (TLS) set-up

# $greeting is what the server sent instead, in straight double quotes, e.g. "* OK IMAP ready".
error-tls-plain-text = the server answered without encryption where encryption was expected: { $greeting }
# $alert is the alert's technical name, e.g. handshake_failure.
error-tls-alert = the server ended the encrypted connection set-up with the TLS alert { $alert }
error-tls-old-version = the server offers only old encryption
# $version is the version the server offered, e.g. "TLS 1.0".
error-tls-old-version-offered = the server offers only old encryption ({ $version })
error-tls-no-common-cipher = the server offers no encryption method this program accepts
error-tls-failed = the TLS handshake failed: { $reason }

## What was wrong with the server's certificate: put after error-tcp-certificate's colon, "it" is the certificate.

error-cert-expired = it has expired
error-cert-not-yet-valid = it is not valid yet
error-cert-wrong-name = it was made for other names
error-cert-unknown-issuer = it is not signed by an authority this computer trusts (self-signed or unknown issuer)
error-cert-revoked = it has been revoked
# A helpdesk has said which certificate this server has, and this is another one.
error-cert-pin-mismatch = it is not the certificate your organisation said to expect
error-cert-other = it is not valid: { $reason }

## Fetching settings over the web (src/net/http.rs)

error-http-connect = could not connect: { $reason }
error-http-certificate = the server's certificate was not accepted: { $reason }
# $status is the HTTP status number, e.g. 404.
error-http-status = the server answered HTTP { $status }
# $size is a number and $unit says what of: mib (MiB), kib (KiB) or bytes.
error-http-too-large = the answer is larger than { $unit ->
        [mib] { $size } MiB
        [kib] { $size } KiB
       *[bytes] { $size } bytes
    }
error-http-too-many-redirects = too many redirects
# A web address sent us on from an encrypted (https://) address to an unencrypted (http://) one.
error-http-downgrade = a redirect tried to leave HTTPS for plain HTTP
error-http-downgrade-refused = HTTPS to HTTP redirect refused
error-http-timeout = the server did not answer in time
error-http-failed = the request failed: { $reason }

## A conversation with a mail server (src/net/session.rs)

error-session-connect-timeout = the connection could not be opened in time
error-session-handshake-timeout = the server did not finish setting up encryption in time
# The server let us connect but did not send its first line (its greeting).
error-session-greeting-timeout = the server accepted the connection but did not greet in time
error-session-reply-timeout = the server stopped answering
error-session-plain-refused = the connection would not be encrypted
error-session-io = connection error: { $reason }

## DNS look-ups (src/net/dns.rs)

# $name is a domain or host name.
error-dns-nxdomain = { $name } does not exist
error-dns-no-records = { $name } has no records of that type
error-dns-timeout = the DNS server did not answer in time
error-dns-servfail = the DNS server reported a failure (SERVFAIL)
error-dns-refused = the DNS server refused to answer (REFUSED)
error-dns-failed = the DNS lookup failed: { $reason }

## Setting up the network layer (src/net/mod.rs)

error-net-resolver = could not read the system's DNS configuration: { $reason }
# $path is a file given with --ca-file.
error-net-ca-file = could not read certificates from { $path }: { $reason }
error-net-ca-file-empty = { $path } holds no PEM certificate
error-net-tls = could not set up TLS: { $reason }
error-net-http = could not set up the HTTP client: { $reason }

## How a conversation with a mail server ended (src/proto/shared.rs)

# $reply is the server's own answer, usually in English.
error-dialogue-refused = the server refused the connection: { $reply }
error-dialogue-not-protocol = the server does not speak the expected protocol
error-dialogue-no-encryption = the server does not offer encryption (STARTTLS)
error-dialogue-starttls-refused = the server offered STARTTLS but then refused it: { $reply }
# $offered lists the server's login methods, separated by spaces, e.g. "PLAIN LOGIN".
error-dialogue-no-password-method = the server accepts no password login method we may use (it offers: { $offered })
error-dialogue-password-not-allowed = the server takes only an OAuth2 sign-in here, not a password (it offers: { $offered })
error-dialogue-no-token-method = the server offers no OAuth2 login (OAUTHBEARER, XOAUTH2; it offers: { $offered })
error-dialogue-login-not-offered = the server does not offer login on this port
# A check run without a password stopped where it would have logged in.
error-dialogue-not-sent = the login was not tried (no password was given)
error-dialogue-rejected = the login was refused: { $reply }
error-dialogue-unencodable = the password contains characters that cannot be sent to this server
error-dialogue-closed = the server closed the connection
# $kib is a number of kibibytes (KiB).
error-dialogue-line-too-long = the server sent a line longer than { $kib } KiB
error-dialogue-reply-too-long = the server sent a reply longer than { $lines } lines or more than { $capabilities } capabilities

## Reading the server's lines (src/proto/lines.rs)

error-lines-too-long = the server sent a line longer than { $kib } KiB

## Logging in (SASL, src/proto/sasl.rs)

error-sasl-has-nul = the username or password contains a NUL character
# The server kept asking after the login method had sent everything it sends.
error-sasl-exhausted = the server asked for more than the mechanism has to say
# A "challenge" is the server's coded explanation of why a sign-in token was refused.
error-sasl-challenge-too-long = the challenge is longer than { $max } characters
error-sasl-challenge-not-base64 = the challenge is not base64
error-sasl-challenge-not-json = the challenge is not a JSON object with a status

## The email address as typed (src/address.rs)

error-address-empty = the address is empty
error-address-missing-at = the address has no @ sign
error-address-empty-local-part = the part before the @ is empty
error-address-empty-domain = the part after the @ is empty
error-address-local-part-too-long = the part before the @ is longer than 64 characters
# $character is the character in straight single quotes, e.g. ' ' or ','.
error-address-bad-character = the address contains a character that is not allowed: { $character }
error-address-bad-dots = the part before the @ has a dot at its start or end, or two dots in a row
error-address-ip-literal = addresses at a bare IP address are not supported
# $domain is in straight double quotes, e.g. "example..com".
error-address-bad-domain = the domain { $domain } is not a valid domain name
error-address-single-label = the domain { $domain } needs at least one dot, like example.com
# A public suffix is a name such as "co.uk" under which only other domains are registered.
error-address-public-suffix = { $domain } is a public suffix that no mailbox can live directly under

## Signing in with the provider (src/oauth/mod.rs)

# $value is what was given, in straight double quotes; ISSUER=CLIENT_ID is the expected form, keep it.
error-oauth-bad-registration = { $value } is not ISSUER=CLIENT_ID
error-oauth-cancelled = the sign-in was cancelled on the provider's page
error-oauth-denied = the provider refused the sign-in: { $reason }
error-oauth-state-mismatch = the answer did not belong to this sign-in (state mismatch)
error-oauth-timeout = the browser did not come back in time
error-oauth-answer-too-long = the answer from the browser is longer than { $kib } KiB
error-oauth-listener = could not listen for the browser's answer: { $reason }
# The token endpoint is the provider's address that hands out sign-in tokens.
error-oauth-token = the token endpoint failed: { $reason }
error-oauth-token-timeout = the token endpoint did not answer in time
# A sign-in kept in the keyring from an earlier time.
error-oauth-refresh-refused = the kept sign-in is no longer valid
error-oauth-insecure-endpoint = the provider's sign-in addresses are not https:// URLs
error-oauth-admin-approval = the organisation has to approve Mail Setup first
error-oauth-issuer-mismatch = the answer came from another provider than the one asked (iss)
error-oauth-invalid-client = the provider does not know this program (invalid_client)
error-oauth-not-offered = the provider offers no sign-in this program can use without a registration
error-oauth-metadata = the provider's sign-in settings could not be read: { $reason }
error-oauth-registration = the provider refused to register this program: { $reason }

## Opening the browser (src/oauth/browser.rs)

error-browser-failed = could not start a browser: { $reason }

## The system keyring (src/secrets.rs)

error-keyring-unavailable = no keyring is available on this computer: { $reason }
error-keyring-locked = the keyring is locked: { $reason }
error-keyring-other = the keyring refused the password: { $reason }
