# The wizard window. Plain words: no IMAP or SMTP jargon except where a choice needs a name.

app-title = Mail Setup
back = Back
cancel = Cancel

## The step indicator above every page of the main path: "Step 2 of 4 — Finding your settings"
step-of = Step { $number } of { $total } — { $name }
step-you = Your details
step-finding = Finding your settings
step-receive = Choosing how to receive mail
step-checking = Checking your account

## Step 1: You
you-title = Set up your email
you-intro = Type your name and email address. We find the rest.
you-name = Your name
you-name-placeholder = e.g. Sam Taylor
you-address = Email address
you-address-placeholder = e.g. hello@yourbusiness.co.uk
you-address-hint = The address people send your email to.
you-address-ok = We will look for the mail settings of { $domain }.
you-address-empty = Type your email address.
you-address-missing-at = An email address has an @ in it, like hello@yourbusiness.co.uk.
you-address-empty-local = Something is missing before the @.
you-address-empty-domain = Something is missing after the @.
you-address-too-long = The part before the @ is too long.
you-address-bad-character = An email address cannot contain “{ $character }”.
you-address-bad-dots = The part before the @ cannot start or end with a dot, or have two dots in a row.
you-address-ip = Use the address with a domain name after the @, not a number.
you-address-bad-domain = “{ $domain }” is not a valid domain name. Check for typing mistakes.
you-address-single-label = The part after the @ needs a dot, like yourbusiness.co.uk.
you-address-public-suffix = “{ $domain }” is only the end of a domain name: something is missing before it.
you-password = Password
you-password-placeholder = Your email password
you-show-password = Show password
you-continue = Continue

## Step 2: Finding your settings
finding-title = Finding your settings
finding-intro = Looking in several places at once for the mail servers of { $domain }.
finding-waiting = waiting
finding-running = looking…
finding-found = found
finding-nothing-here = nothing there
finding-no-answer = no answer
finding-not-needed = not needed
finding-nothing = We could not find the mail settings for { $domain }. Your email provider can tell you the server names; you can type them in yourself.
finding-setup-failed = This computer’s network settings could not be read: { $reason }
finding-manual = Enter settings by hand

source-preset = Your organisation’s settings
source-manual = Settings you entered
source-bundled = Built-in list of email providers
source-autoconfig = Your domain’s settings
source-ispdb = Mozilla’s database of providers
source-srv = DNS records
source-autodiscover = Microsoft Exchange lookup
source-mx = Your mail provider (from DNS)
source-autoconfig-http = Your domain’s settings (unencrypted)
source-guess = Trying likely server names

## Step 3: How do you want to receive mail?
receive-title = How do you want to receive mail?
receive-imap = Keep mail on the server (IMAP) — recommended
receive-imap-explained = Keeps your mail on the server, in sync on your phone, laptop and webmail.
receive-pop3 = Download mail to this computer (POP3)
receive-pop3-explained = Downloads mail to this computer only.
receive-leave-copy = Leave a copy on the server
receive-leave-copy-warning = Without a copy on the server, mail downloaded here will not appear on your phone or in webmail, and is lost if this computer breaks.
receive-only-imap = Your provider keeps mail on the server (IMAP), so there is nothing to choose.
receive-only-pop3 = Your provider only offers downloading mail to this computer (POP3).
receive-foreign-title = Your password would be sent to:
receive-foreign-explained = This server does not belong to { $address_domain }, and no trusted source confirmed that it handles your mail. Only continue if you know this company runs your email.
receive-foreign-confirm = I trust { $domain } with my password
receive-show-details = Show details
receive-hide-details = Hide details
receive-server-line = { $protocol } { $host }, port { $port }, security { $security }
receive-incoming-server = Incoming: { $server }
receive-outgoing-server = Outgoing: { $server }
receive-no-outgoing = Outgoing: not found
receive-continue = Check my account

## Step 4: Checking your account
checking-title = Checking your account
checking-intro = Logging in to your mail servers, just as your mail program will.
checking-incoming = Receiving mail
checking-outgoing = Sending mail
checking-no-outgoing = no server found
checking-busy = checking…

## Step 5: Done
done-title = Your email is ready
# Said until the account is in a mail program.
done-works-title = Your account works
done-incoming-works = Receiving mail works ({ $host })
done-outgoing-works = Sending mail works ({ $host })
done-server-message = Message from your provider: { $message }
done-save-password = Save my password in this computer’s keyring
done-saving = Saving your password…
done-saved = Your password is saved in this computer’s keyring.
done-keyring-locked = The keyring is locked, so your password was not saved. Everything else is set up; your mail program will ask for the password once.
done-keyring-missing = This computer has no keyring we can use, so your password was not saved. Everything else is set up; your mail program will ask for the password once.
done-keyring-failed = The keyring did not accept your password, so it was not saved. Everything else is set up.
done-finish = Finish
done-close = Close

## Something needs fixing
fix-title = Something needs fixing
fix-incoming = Receiving mail
fix-outgoing = Sending mail
fix-works = works
fix-what-to-do = What to do: { $advice }
fix-no-outgoing = We could not find a server for sending mail. Ask your email provider for it and enter it with “Edit settings”.
fix-try-again = Try again
# Above the password field on "Something needs fixing", when a server refused the password.
fix-password-again = Type your password again
fix-edit = Edit settings
fix-copy = Copy details for your helpdesk
fix-copied = The details are copied. Paste them into an email or chat to your helpdesk; your password is not in them.

## Edit settings
manual-title = Your mail server settings
manual-intro = Type the settings your email provider gave you.
manual-imap = IMAP
manual-pop3 = POP3
manual-only-protocol = Receiving mail: { $protocol } (set by your organisation)
manual-incoming = Incoming mail server
manual-outgoing = Outgoing mail server (SMTP)
manual-host = Server name
manual-port = Port
manual-username = Username
manual-security-tls = SSL/TLS
manual-security-starttls = STARTTLS
manual-security = Security
manual-protocol = How mail is received
manual-bad-host = Type a server name like mail.example.com.
manual-bad-port = The port is a number from 1 to 65535, such as 993 or 465.
manual-bad-username = Type your username (often your email address).
manual-check = Check these settings

## Set up an app (on "Your email is ready")
done-lead-thunderbird = Now put it into Thunderbird, the mail program on this computer. The accounts already in Thunderbird stay as they are.
done-add-thunderbird = Add to Thunderbird
done-open-thunderbird = Open Thunderbird
done-adding = Adding…
done-lead-apple = Now put it into Apple Mail on this Mac. System Settings will ask you to confirm.
done-add-apple = Add to Apple Mail
done-lead-program = Now put it into { $program }, the mail program on this computer. The accounts already there stay as they are.
done-lead-goa = Now put it into GNOME Online Accounts, this computer's own list of accounts: Evolution and Geary show it from there, and the password stays in the keyring.
done-lead-geary = Now put it into Geary, the mail program on this computer. It goes into GNOME Online Accounts, where Geary (and Evolution) find it.
done-add-to = Add to { $program }
done-apple-opened = System Settings now shows the profile for { $address }: open Privacy & Security, then Profiles, double-click it and choose Install. Apple Mail then has the account.
done-close-thunderbird = Thunderbird is open. Close Thunderbird, then press Try again: nothing was changed yet.
done-no-thunderbird = Thunderbird is not installed on this computer.
done-open-failed = Thunderbird could not be started: { $reason }
done-other-ways = Other ways to use these settings:
done-app-thunderbird-separate = A separate Thunderbird profile
done-phone-title = On your phone
done-phone-imap = Use IMAP on every device — computer, phone and tablet — so that they all show the same mail. Thunderbird for Android reads the code; other mail apps ask for these settings.
done-phone-qr = In Thunderbird for Android: Add account, then Scan QR code.
done-phone-incoming = Incoming mail ({ $protocol })
done-phone-outgoing = Outgoing mail ({ $protocol })
done-phone-server = Server: { $host }
done-phone-port = Port: { $port }, security: { $security }
done-phone-username = Username: { $username }
done-app-apple = Apple profile file (iPhone, iPad, Mac)
done-app-android = Phone (QR code)
done-app-sheet = Printable settings sheet
done-export-saved = Saved to { $path }.
done-export-thunderbird = Thunderbird now has a profile called “{ $profile }” with this account; choose it when Thunderbird starts (thunderbird -P).
done-export-no-home = This computer has no home folder to save to.
sign-in-title = Sign in with { $provider }
sign-in-intro = Your provider signs you in on its own page. Your browser is opening { $provider }’s sign-in page: sign in there, then come back here.
sign-in-waiting = Waiting for you to sign in…
sign-in-no-browser = If no browser opened, copy this address into one:
sign-in-try-again = Try again
you-password-not-needed = Not needed: { $provider } signs you in on its own page. Leave it empty.
you-app-password = { $provider } does not take your usual password in mail programs: make an app password at { $page } and type that here.
sign-in-copy = Copy the address
you-password-later = Optional: asked later, if your provider needs it.
password-title = Your password
password-intro = Your provider signs in with a password. Type the password of { $address }.
done-keep-signed-in = Keep me signed in on this computer
done-unchecked-title = Your settings are ready
done-unchecked-explained = Not checked yet: Thunderbird asks you to sign in with your provider when it starts, and then your email works there.

# What a screen reader says beside the window's words (src/ui/access).
access-status = { $tone }: { $text }
access-success = Works
access-warning = Warning
access-problem = Problem
access-progress = In progress
access-skipped = Not needed
access-enter = Enter
