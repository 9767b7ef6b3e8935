# Helpdesk presets (`preset.toml`): what is wrong with one, and how the wizard shows the organisation.

preset-error-at = { $file }, line { $line }: { $reason }
preset-error = { $file }: { $reason }
preset-unreadable = the file could not be read ({ $reason })
preset-too-large = the file is larger than 1 MiB
preset-file-too-large = the file is larger than 1 MiB
preset-syntax = { $reason }
preset-no-name = [organisation] name is empty; give the organisation’s name as people know it
preset-logo-unreadable = the logo “{ $file }” could not be read ({ $reason }); it must sit beside the preset file
preset-logo-too-large = the logo “{ $file }” is larger than 1 MiB
preset-logo-not-image = the logo “{ $file }” is neither an SVG nor a PNG image (or the PNG is damaged)
preset-logo-too-many-pixels = the logo “{ $file }” is { $width }×{ $height } pixels; at most { $max } each way
preset-no-support = [support] is there but empty; give at least an email address, a phone number or a web page
preset-bad-support-email = “{ $value }” is not an email address
preset-bad-support-url = “{ $value }” is not a web address (it must start with https:// or http://)
preset-bad-support-phone = “{ $value }” is not a phone number (at most 40 characters, on one line)
preset-no-domains = [mail] domains is empty; list the email domains this preset answers for
preset-bad-domain = “{ $domain }” is not a domain people can have addresses at: { $reason }
preset-duplicate-domain = “{ $domain }” is listed twice
preset-no-servers = [mail] names no servers; give either autoconfig = "file.xml" or [[mail.incoming]] and [[mail.outgoing]] entries
preset-both-server-kinds = [mail] has both an autoconfig file and inline servers; keep one of them
preset-autoconfig-unreadable = the autoconfig file “{ $file }” could not be read ({ $reason })
preset-autoconfig-invalid = the autoconfig file “{ $file }” cannot be used: { $reason }
preset-no-incoming = no incoming (IMAP or POP3) server is given
preset-no-outgoing = no outgoing (SMTP) server is given
preset-bad-host = “{ $host }” is not a valid server name
preset-bad-port = port 0 is not a port
preset-plain-text = { $host } is set to connect without encryption; the password would be readable on the way. Use "tls" or "starttls"
preset-wrong-direction = { $protocol } does not belong in { $list }
preset-no-password-auth = { $host } is set to a sign-in method that does not use the password; Mail Setup can only set up password sign-in
preset-no-protocols = [rules] protocols is empty; allow "imap", "pop3" or both
preset-protocol-not-incoming = [rules] protocols lists { $protocol }, which is not a way to receive mail; use "imap" or "pop3"
preset-no-allowed-server = [rules] protocols allows none of the incoming servers the preset gives
preset-no-exports = [rules] exports is empty; leave it out to offer every format
preset-bad-pin = “{ $value }” is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed)
preset-pin-unknown-host = a certificate pin names { $host }, which none of the preset’s servers uses
preset-bad-oauth = an [[oauth]] entry has { $value }, which is not a plain issuer name, client id or tenant (no spaces or slashes)

# How the wizard and the commands show a preset.
preset-title = { $organisation } — Mail Setup
preset-welcome = { $organisation }
preset-ignored = Your organisation’s settings file could not be used, so Mail Setup is working without it. Tell your helpdesk: { $error }
preset-support-heading = Still stuck? { $organisation }’s helpdesk can help:
preset-support-email = Email: { $email }
preset-support-phone = Phone: { $phone }
preset-support-url = Web: { $url }
preset-source-detail = { $organisation }’s settings ({ $file })
cli-preset-ignored = warning: { $error } — carrying on without the preset.
cli-preset-ok = { $file }: a valid preset for { $organisation } ({ $domains }).
cli-preset-help-contact = For help: { $contact }
preset-unknown-issuer = an [[oauth]] entry names the issuer { $value }, which no provider Mail Setup knows uses (known: { $known })
preset-not-a-guid = the Microsoft client id { $value } is not an application id (it looks like 0b7f6c2e-1d3a-4e5f-9a8b-7c6d5e4f3a21: copy the “Application (client) ID” from the app’s overview page)
preset-bad-placeholder = { $value } is not something Mail Setup can fill in (a template may use { $known })
preset-bad-provision-address = the address template { $value } does not make an email address once filled in (write it like "{"{"}user{"}"}@example.co.uk")
preset-at-login-needs-address = at_login = true needs an address template in [provision] (such as address = "{"{"}user{"}"}@example.co.uk"): at login nobody is asked for one
