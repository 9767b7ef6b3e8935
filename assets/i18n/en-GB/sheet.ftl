# The printable settings sheet.
sheet-title = Email settings for { $address }
sheet-intro = Type these into any mail program. Your password is the one you chose; it is not written here.
sheet-incoming = Incoming mail
sheet-outgoing = Outgoing mail
sheet-kind = Type
sheet-server = Server
sheet-port = Port
sheet-security = Encryption
sheet-username = Username
sheet-password = Password
sheet-password-value = the one you chose (not written here)
sheet-security-tls = SSL/TLS
sheet-security-starttls = STARTTLS
sheet-security-none = none
sheet-leave-copy-yes = Leave a copy of each message on the server: yes.
sheet-leave-copy-no = Leave a copy of each message on the server: no.
