# The command line (`mailsetup discover`, `check`, `save-password`).

cli-bad-dns-server = “{ $value }” is not an IP address or IP:PORT.
cli-cannot-start = cannot start: { $reason }
cli-no-window = the window could not be opened: { $reason }
cli-no-display = this computer has no graphical desktop to show it on (neither DISPLAY nor WAYLAND_DISPLAY is set). To set up your email in this terminal instead, run: mailsetup setup
cli-window-missing = { $program } is missing: install Mail Setup again, or set up your email in this terminal with: mailsetup setup
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
cli-password-too-long = the password on standard input is longer than 64 KiB
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
check-not-vouched-advice = Ask your email provider whether { $domain } runs your mail. If it does, run again with --trust.
check-not-checked = Not checked: the other server was not vouched for, so the password was sent to neither.
check-not-checked-no-incoming = Not checked: no incoming mail server was found, so the password was sent nowhere.
check-not-checked-advice = Sort out the other server first, then check again.
cli-check-not-found-advice = Check the address for typing mistakes, or ask your email provider for the incoming server's name.

## Exports
cli-add-to-thunderbird-only = --add-to works with --format thunderbird only.
cli-add-to-no-format = --add-to { $program } takes no --format (the program decides what it reads); leave out --format { $format }.
export-autoconfig-howto = Publish this file at https://autoconfig.{ $domain }/mail/config-v1.1.xml (or https://{ $domain }/.well-known/autoconfig/mail/config-v1.1.xml). Thunderbird, K-9/Thunderbird for Android, Evolution and Mail Setup then find the settings by themselves.
export-autodiscover-howto = Serve this file at https://autodiscover.{ $domain }/autodiscover/autodiscover.xml (it must answer POST requests). Outlook then finds the settings by itself.
export-dns-howto = Add these lines to the DNS zone of { $domain } (or type them into your DNS provider’s form as SRV records). Mail programs that read RFC 6186 records, Mail Setup among them, then find the servers.
export-qr-howto = In Thunderbird for Android, choose “Import settings” → “Scan QR code” and scan this picture. Your password is not in it: the app asks for it.
export-written = Wrote { $path }.
export-password-warning = This file contains your password: keep it safe and delete it once it has been imported.
apple-profile-name = Email: { $address }
apple-profile-description = Sets up the email account { $address } in Mail.

# Adding an account to the Thunderbird a person already uses ($program: "Thunderbird", "Thunderbird (Snap)" …).
tb-added = Added { $address } to { $program }, beside the accounts it already had (profile “{ $profile }”, { $path }). The old settings are kept in prefs.js.mailsetup-backup.
tb-added-default = Added { $address } to { $program } as its default account, as it had no other mail account yet (profile “{ $profile }”, { $path }). The old settings are kept in prefs.js.mailsetup-backup.
tb-already = { $address } is already set up in { $program } (profile “{ $profile }”): nothing was changed.
tb-created = { $program } had no profile yet, so Mail Setup made one with { $address } in it ({ $path }). Thunderbird opens it the next time it starts.
tb-also-found = Thunderbird profiles were also found for { $others }; the one used most recently was chosen.
tb-close-first = Thunderbird is open. Close Thunderbird, then try again: nothing was changed.
tb-could-not-add = The account could not be added to Thunderbird: { $reason }
tb-ini-too-large = the file is larger than 1 MiB

## `mailsetup setup`: the wizard in the terminal. It says the window's own messages; these are the
## few a terminal needs besides (prompts, typed answers).
# A question waiting for an answer on the same line.
setup-prompt = { $label }:{ " " }
setup-yes = yes
setup-no = no
# The answer is typed: the first letter is enough.
setup-yes-no = { $question }? ({ $yes } or { $no }, Enter alone: { $default })
setup-yes-no-again = Please type { $yes } or { $no }.
setup-choose = Type 1 or 2 (Enter alone: 1)
setup-choose-again = Please type 1 or 2.
setup-password-empty = The password cannot be empty.
setup-password-again = Type your password again (Enter alone stops here)
setup-source = { $source }: { $status }
setup-checking = { $side } ({ $host }): { $status }
setup-trust-type = To send your password there, type { $domain } (anything else stops here)
setup-trust-refused = Nothing was sent: you did not confirm { $domain }. If { $domain } really runs your mail, start again and type it when asked.
setup-by-hand = To type the server names yourself, use the Mail Setup window (“Enter settings by hand”), or `mailsetup check` with a settings file.
setup-stopped = Stopped. Nothing more was changed: what was already saved is complete, and nothing was half-written.
setup-end-of-input = the input ended before the setup was finished; nothing more was changed.
setup-answer-too-long = the answer is longer than 4 KiB, so it was not used; nothing more was changed.
cli-sign-in-again = the kept sign-in could not be used ({ $reason }); signing in again in the browser
cli-sign-in-kept = Your sign-in is kept in the system keyring: the next check needs no browser.
export-apple-oauth-by-hand = Apple Mail profiles cannot sign in with this provider’s own page (Apple’s mail profile has no such sign-in). Add the account in Mail by hand instead: on a Mac, open Mail, choose Mail ▸ Add Account and pick your provider (for Microsoft 365, “Microsoft Exchange”); on an iPhone or iPad, open Settings ▸ Apps ▸ Mail ▸ Mail Accounts ▸ Add Account. Mail then opens the provider’s sign-in page itself.
setup-cancel-word = cancel
setup-sign-in-waiting = Waiting for you to sign in… (type { setup-cancel-word } and Enter to stop)
setup-signed-in = You are signed in with { $provider }.
setup-add-unchecked = Add it to Thunderbird anyway? Thunderbird will ask you to sign in
setup-unchecked-added = Not checked yet: when Thunderbird starts, sign in with your provider there.
batch-too-large = { $file } is larger than { $limit } MiB; split the list into smaller files.
batch-open-to-others = { $file } holds passwords and other people on this computer can read it (its permissions are { $mode }). Nothing was checked. Make it readable by you only with: chmod 600 { $file }
batch-unknown-column = { $file }, line 1: there is no column called “{ $column }”. The columns are address, password (optional) and name (optional). Nothing was checked.
batch-repeated-column = { $file }, line 1: the column “{ $column }” is there twice. Nothing was checked.
batch-no-address-column = { $file }, line 1: the first line must name the columns, one of them “address” (and optionally “password” and “name”). Nothing was checked.
batch-row-fields = { $file }, line { $line }: this row has { $found } fields where the first line names { $expected } columns (a comma inside a name or password needs quotes around it). Nothing was checked.
batch-row-not-text = { $file }, line { $line }: this row is not readable text (save the file as CSV in UTF-8). Nothing was checked.
batch-row-no-address = { $file }, line { $line }: the address is empty. Nothing was checked.
batch-row-repeated = { $file }, line { $line }: { $address } is already on line { $first }; each account must be listed once. Nothing was checked.
batch-too-many-rows = { $file } lists more than { $limit } accounts; split the list into smaller files.
batch-empty = { $file } lists no accounts: after the first line, put one address per line.
batch-bad-address-advice = Correct the address on line { $line } of the list.
batch-ok = ✓ { $address }
batch-ok-no-login = ✓ { $address } (the servers answer, encrypted, and offer a login; with no password given, no login was tried)
batch-failed = ✗ { $address }: { $problem }
batch-progress = { $done } of { $total } accounts checked
batch-summary = { $accounts } accounts checked in { $seconds } s: { $ok } working, { $failed } with problems.
batch-interrupted = Stopped. { $left } accounts were not checked.
provision-no-address = There is no address to set up: give one with --address, or use a preset whose [provision] table has an address template (address = "{"{"}user{"}"}@example.co.uk").
provision-unfilled = The template “{ $template }” needs { $placeholder }, but this computer has none for you (an empty full name counts as none). Give the value with --address or --name, or ask whoever looks after this computer to fill in your full name.
provision-thunderbird-running = Thunderbird is open, so nothing was changed. Try again after Thunderbird closes.
provision-no-profile-folder = { $path } is not a folder; give the folder of a Thunderbird profile, or default.
provision-added = Your email { $address } is set up in Thunderbird (profile { $profile }). Thunderbird asks for your password the first time it fetches your mail.
provision-added-sign-in = Your email { $address } is set up in Thunderbird (profile { $profile }). The first time Thunderbird fetches your mail, it opens your provider’s sign-in page.
provision-already = Your email { $address } is already set up in Thunderbird (profile { $profile }); nothing was changed.
provision-updated = The account for { $address } in Thunderbird (profile { $profile }) now uses your organisation’s servers; a copy of the old settings is in prefs.js.mailsetup-backup.
provision-skipped = Thunderbird (profile { $profile }) already has an account for { $address } with other servers; it was left as it is. To switch it to your organisation’s servers, run this again with --update.
provision-skipped-protocol = Thunderbird (profile { $profile }) already has an account for { $address } that receives mail with { $existing }, where your organisation’s settings use { $wanted }; it was left as it is, as Mail Setup does not switch an account between the two. Remove that account in Thunderbird, then run this again.
