# The send-and-receive test and the diagnosis of an existing mail setup. Written for people who have
# never heard of IMAP, SMTP or a port.

## The test message itself (it lands in the person's own inbox for a moment).

send-test-subject = Mail Setup test message (you can delete this)
send-test-body =
    This is a test message from Mail Setup.
    It was sent from your address to itself to check that your email really arrives.
    Mail Setup removes it again as soon as it has seen it; if you can still read it, you can simply delete it.

## What the test found.

send-test-refused = Your outgoing mail server would not send the test message. It said: “{ $reply }”
send-test-refused-sender-advice = The server may not allow this login to send from this address. Check that the address you send from is the same as the mailbox you log in to, or ask your email provider which addresses this login may use.
send-test-refused-message-advice = The server refused the message itself. Try again later; if it keeps happening, ask your email provider why messages are refused.
send-test-not-delivered = The test message was sent, but it did not arrive in your inbox within { $seconds } seconds.
send-test-not-delivered-advice = Your mail may be delivered somewhere else, or it may only be slow today. { $mx }
send-test-sending = Sending a test message to yourself…
send-test-sent-arrived = Test message: sent, and it arrived in your inbox after { $seconds } seconds.
send-test-removed = It has been removed again.
send-test-flagged = It has been marked as deleted; your mail program will remove it the next time it cleans up the inbox.
send-test-left = It could not be removed: you can delete it yourself (its subject starts with “Mail Setup test message”).
send-test-not-run = The test message was not sent, because the login did not work.
send-test-not-run-advice = Fix the login first (see above), then run the test again.

## Diagnosis findings (mailsetup diagnose, and the wizard's "Fix my existing email").

diagnose-outgoing-no-login = Your mail program sends without logging in to the outgoing mail server. Most providers refuse mail sent that way, which is the usual reason you can receive but not send.
diagnose-outgoing-no-login-advice = Switch on “outgoing server requires login”, with the same username as for receiving. “Fix it” does this for you.
diagnose-pop3-deletes = This account downloads your mail with POP3 and then deletes it from the server. Your phone, webmail and other computers will miss those messages.
diagnose-pop3-deletes-by-age = This account downloads your mail with POP3 and deletes it from the server after some days. Your phone, webmail and other computers will miss older messages.
diagnose-pop3-deletes-advice = Switch on “leave messages on the server”. “Fix it” does this for you; no mail is deleted.
diagnose-not-encrypted = The { $which } { $host } is used without encryption: your password and messages travel readable by others.
diagnose-not-encrypted-advice = Switch the connection to an encrypted one (SSL/TLS or STARTTLS). “Fix it” does this once it has checked the encrypted connection works.
diagnose-wrong-port = The { $which } { $host } does not answer on port { $port }, but it does on port { $works }.
diagnose-wrong-port-advice = Use port { $port }. “Fix it” makes this change for you.
diagnose-wrong-security = Port { $port } of the { $which } { $host } uses { $works }, not { $set }.
diagnose-wrong-security-advice = Set the security to { $works } for port { $port }. “Fix it” makes this change for you.
diagnose-wrong-security-port = Port { $port } of the { $which } { $host } does not use { $set }: the server answers there without encryption first. { $set } works on port { $works }.
diagnose-wrong-security-port-advice = Use port { $port } with { $security }. “Fix it” makes this change for you.
diagnose-provider-sign-in = The { $which } signs you in on your provider’s own page, and no sign-in is kept on this computer, so only the connection and its encryption were checked, not the sign-in.
diagnose-provider-sign-in-advice = Your mail program asks you to sign in with your provider when it needs to. To have the sign-in checked too, set the account up once with Mail Setup.
diagnose-wrong-server = The { $which } { $host } cannot be used, but your provider’s server { $works } works.
diagnose-wrong-server-advice = Use the server { $works }. “Fix it” makes this change for you.
diagnose-cannot-connect = The { $which } { $host } could not be reached on port { $port }, and neither could any other server for your address.
diagnose-cannot-connect-advice = Check that this computer is online. If it is, ask your email provider for the right server settings.
diagnose-username-form = The { $which } does not accept the username “{ $configured }”, but it does accept “{ $works }”.
diagnose-username-form-advice = Use the username that works. “Fix it” makes this change for you.
diagnose-login-failed = The login did not work.
diagnose-mixed-protocols = This address is set up with POP3 here, but your provider recommends IMAP ({ $host }), which keeps your mail on the server for all your devices.
diagnose-mixed-protocols-advice = Consider setting the account up again with IMAP (Mail Setup can do this for you). Your messages stay on the server.
diagnose-settings-differ = The { $which } works, but your provider now publishes other settings: { $published }.
diagnose-settings-differ-advice = Nothing needs to change today; if the old server stops working, switch to the published one.
diagnose-works = The { $which } works with these settings.

## The diagnose command's own words.

diagnose-no-profile = No Thunderbird profile was found on this computer.
diagnose-no-profile-advice = Open Thunderbird once, or name the profile folder with --thunderbird-profile.
diagnose-not-a-profile = { $dir } is not a Thunderbird profile (it has no prefs.js).
diagnose-prefs-unreadable = Thunderbird’s settings file { $path } cannot be read: { $reason }
diagnose-no-accounts = This Thunderbird profile has no email accounts.
diagnose-no-such-account = This Thunderbird profile has no account for { $address }.
diagnose-fix-needs-account = This profile has more than one account: say which one to fix with --account.
diagnose-account = Account { $address }
diagnose-account-unknown = (no address)
diagnose-no-password = No password was given or saved for { $address }, so the logins were not tried.
diagnose-fixed = Fixed: { $ids }. A copy of the old settings is in prefs.js.mailsetup-backup.
diagnose-fix-refused = Nothing was changed: { $reason }
diagnose-all-well = No problems found.
diagnose-status-ok = Fine
diagnose-status-warning = Worth a look
diagnose-status-problem = Problem

## The wizard: "Send a test message" and "Fix my existing email".

send-test-button = Send a test message
send-test-waiting = Sending a test message to yourself and waiting for it to arrive (up to a minute)…
existing-open = Fix my existing email
existing-title = Fix my existing email
existing-intro = Mail Setup reads the email accounts already set up in Thunderbird on this computer, checks each one and says in plain words what is wrong.
existing-no-profile = No Thunderbird settings were found on this computer.
existing-choose = Which account does not work?
existing-password = Password for { $address } (optional: with it, the logins are checked too)
existing-check = Check this account
existing-step-read = Read your settings
existing-step-servers = Check the servers and your provider’s settings
existing-step-login = Log in to your mail servers
existing-running = Checking…
existing-all-well = No problems found with this account.
existing-fix-it = Fix it
existing-fixed = Fixed. Thunderbird will use the corrected settings the next time it starts (a copy of the old settings was kept).
existing-fix-failed = Nothing was changed: { $reason }
existing-fix-needs-check = To fix this, Mail Setup must first check the corrected settings work; enter your password and check again.
existing-test-intro = Finally, check that a message you send really arrives:
existing-other = Check another account, or this one again
