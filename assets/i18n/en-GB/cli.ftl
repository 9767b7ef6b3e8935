# The command line (`mailsetup discover`, `check`, `save-password`).

cli-bad-dns-server = “{ $value }” is not an IP address or IP:PORT.
cli-cannot-start = cannot start: { $reason }
cli-no-window = the window could not be opened: { $reason }
cli-bad-timeout = --timeout must be between 0 and 600 seconds.
cli-bad-address = “{ $address }” is not a valid email address: { $reason }
cli-looking-up = Looking up the mail settings for { $address }…
cli-looking-up-running = Looking up settings for { $address }: { $sources }
cli-settings-for = Mail settings for { $address } (found in { $ms } ms)
cli-incoming = Incoming mail
cli-outgoing = Outgoing mail
cli-server = { $protocol } { $host }  port { $port }  { $security }  username { $username }
cli-from = from { $source } ({ $url })
cli-from-unvouched = from { $source } ({ $url }), not vouched for by your domain
cli-no-outgoing = Outgoing mail  not found: ask your provider for the outgoing (SMTP) server.
cli-careful = Careful: { $host } belongs to { $domain }, not { $address_domain }, and no trusted source vouched for it. Only send your password there if you know { $domain } runs your mail.
cli-alternatives = { $count ->
    [one] One alternative server was also found (see --json).
   *[other] { $count } alternative servers were also found (see --json).
}
cli-where-we-looked = Where we looked:
cli-status-found = found
cli-status-nothing = nothing
cli-status-failed = failed
cli-status-timeout = timed out
cli-status-skipped = skipped
cli-status-running = running
cli-not-found = No incoming mail server could be found for { $address }. Check the address for typing mistakes; if it is right, ask your email provider for the incoming server’s name.

cli-password-prompt = Password for { $address }:{ " " }
cli-password-read-failed = could not read the password: { $reason }
cli-password-needed = give the password on standard input with --password-stdin
cli-password-empty = the password is empty
cli-settings-unreadable = cannot read { $file }: { $reason }
cli-settings-too-large = { $file } is larger than 1 MiB; it is not a settings file
cli-settings-invalid = { $file } is not a settings file from `mailsetup discover --json`: { $reason }
cli-settings-other-address = { $file } holds the settings for { $other }, not { $address }

cli-check-working = working
cli-check-not-working = NOT working
cli-check-note = Note: { $note }
cli-check-problem = Problem: { $message }
cli-check-no-outgoing = No outgoing mail server was found.
cli-check-no-outgoing-advice = Ask your email provider for the outgoing (SMTP) server name and port.
cli-check-all-working = Your email account works.
cli-check-refused-foreign = the password would go to { $host } ({ $domain }), which is not part of { $address_domain } and was not vouched for by a trusted source (it came from { $source }). If { $domain } really runs your mail, run again with --trust.
