# The text of the error types of src/check, src/export, src/discover, src/diagnose and src/desktop.
# Most are shown inside a longer message (after an address and a colon, or as the reason in
# brackets), so in English they start with a small letter and end without a full stop.

## The live check (src/check): why one login attempt failed.
error-check-connect-timeout = the connection could not be opened in time
error-check-handshake-timeout = the server accepted the connection but did not finish setting up encryption in time
error-check-greeting-timeout = the server accepted the connection but did not greet in time
error-check-reply-timeout = the server stopped answering
error-check-whole-timeout = the check took too long
error-check-plain-refused = the settings say to connect without encryption; the password would be readable on the way
# { $error } is the operating system's own description of the failure (often in English).
error-check-io = connection error: { $error }
error-check-oauth-only = the provider signs people in on its own page here; a password is not accepted

## Exports (src/export): saving files, Thunderbird profiles, the Apple profile and the QR code.
error-save-not-a-file = a Thunderbird export is a profile folder, not one file
# A file or folder that could not be written, then the operating system's description of why.
error-save-io = { $path }: { $error }
# A file or folder of a Thunderbird profile that could not be written, then why.
error-thunderbird-io = { $path }: { $error }
error-thunderbird-running = Thunderbird is running; close it first
# { $path } is the profile's folder.
error-thunderbird-locked = the profile { $path } is in use by a running Thunderbird; close it first
error-thunderbird-exists = { $path } already exists; choose a new folder for the profile
# prefs.js is the file name of a profile's settings: keep it as it is.
error-thunderbird-not-a-profile = { $path } is not a Thunderbird profile (no prefs.js)
# { $path } is Thunderbird's profiles.ini, the file that lists its profiles; { $reason } says what is wrong in it.
error-thunderbird-bad-profiles-ini = { $path } cannot be read as Thunderbird's profile list ({ $reason }); it was left as it is
error-tb-profiles-unreadable = { $path } could not be read: { $reason }
# The reason of error-tb-profiles-unreadable when the file is not text.
error-tb-profiles-not-utf8 = stream did not contain valid UTF-8
# Signing the Apple Mail profile with the helpdesk's certificate; { $reason } is the PEM reader's words.
error-apple-certificate = the certificate file holds no PEM certificate: { $reason }
# The reason of error-apple-certificate when the file holds no certificate at all.
error-apple-certificate-empty = empty
error-apple-key = the key file holds no P-256 or RSA private key in PEM (PKCS#8 or PKCS#1)
error-apple-sign = signing failed: { $reason }
error-android-qr-not-ascii = Thunderbird for Android needs an address in plain ASCII letters
error-android-qr-too-long = the settings do not fit in one QR code
error-android-qr-no-outgoing = Thunderbird for Android needs an outgoing server

## Settings published on the web (src/discover): XML files, autoconfig, autodiscover, guessing.
error-xml-too-large = the file is larger than { $mib } MiB
error-xml-not-utf8 = the file is not UTF-8 text
# { $max } is a number (32).
error-xml-too-deep = the file nests elements deeper than { $max } levels
# { $max } is a number (20000).
error-xml-too-many-elements = the file has more than { $max } elements
error-xml-doctype = the file declares a document type, which settings files never need
# An XML entity such as &nbsp;: keep the & and ; around { $name }.
error-xml-unknown-entity = the file uses an entity we do not expand: &{ $name };
# { $reason } is one of the error-xml-malformed-… messages below, or the XML reader's own words (in English).
error-xml-malformed = the file is not well-formed XML: { $reason }
error-xml-malformed-after-root = content after the root element
error-xml-malformed-end-tag = unexpected end tag
error-xml-malformed-text-outside = text outside the root element
error-xml-malformed-char-ref = a bad character reference
error-xml-malformed-unclosed = the file ends inside an element
error-xml-empty = the file has no root element
# { $root } is the name of the XML element the file starts with.
error-config-not-client-config = the file is XML but not an autoconfig file (root element <{ $root }>)
# <emailProvider> is an XML element's name: keep it as it is.
error-config-no-provider = the file has no <emailProvider> element
# { $root } is the name of the XML element the answer starts with.
error-autodiscover-not-autodiscover = the answer is not an autodiscover response (root element <{ $root }>)
# { $message } is the server's own words.
error-autodiscover-server-error = the server reported an error: { $message }
# The server's words in error-autodiscover-server-error when it gave none.
error-autodiscover-unknown = unknown error
# The address a settings file was fetched from, then why it could not be used.
error-discover-at-url = { $url }: { $error }
# { $error } is the operating system's own description of the failure (often in English).
error-guess-io = connection error: { $error }
error-guess-timeout = no answer in time
# Building the bundled provider data from the Thunderbird database (a developer's tool).
error-bundled-read = could not read { $path }: { $error }
error-bundled-parse = { $path }: { $error }

## Thunderbird's settings file prefs.js, read and repaired (src/diagnose).
error-prefs-too-large = the file is larger than { $mib } MiB
# { $line } is a line number in prefs.js; { $expected } is one of the error-prefs-expected-… messages,
# or a piece of the file's syntax such as ";" or user_pref(…); as it is.
error-prefs-expected = line { $line }: expected { $expected }
# A "string" is text between quotation marks in the file.
error-prefs-expected-quoted-string = a string in quotes
error-prefs-expected-utf8 = text in UTF-8
error-prefs-expected-number = a number
# true and false are written as they are in prefs.js: keep them.
error-prefs-expected-value = a string, a number, true or false
error-prefs-expected-attribute = an attribute
error-prefs-unterminated-string = line { $line }: a string is not closed
error-prefs-unterminated-comment = line { $line }: a comment is not closed
# An escape: a backslash sequence such as \n or \u00e9 in a string.
error-prefs-bad-escape = line { $line }: a bad escape in a string
error-prefs-bad-number = line { $line }: a number out of range
# The file is not text (shown after "cannot be read").
error-prefs-not-utf8 = stream did not contain valid UTF-8
# { $path } is the profile's folder.
error-fix-locked = the profile { $path } is open in a running Thunderbird; close Thunderbird first
error-fix-not-verified = the repaired settings did not pass a live check, so they were not written
error-fix-nothing = there is nothing to repair
error-fix-prefs = prefs.js cannot be read: { $reason }

## The Linux desktop's mail programs (src/desktop). { $program } is the program's short name (Goa, Evolution, Geary, KMail).
error-desktop-no-pop3 = GNOME Online Accounts has no POP3 accounts
error-desktop-not-password = the servers do not take a password
error-desktop-no-outgoing = no outgoing server
error-desktop-no-password = no password
# { $reason } is the desktop service's own words (often in English).
error-desktop-unavailable = { $program } is not available: { $reason }
error-desktop-not-allowed = GNOME Online Accounts does not allow IMAP and SMTP accounts here
error-desktop-refused = { $program } refused the account: { $reason }
error-desktop-by-hand = { $program } has no way to add an account from outside
