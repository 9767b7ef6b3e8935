# Das Einstellungsblatt zum Ausdrucken.
sheet-title = E-Mail-Einstellungen für { $address }
sheet-intro = Tragen Sie diese Angaben in ein beliebiges E-Mail-Programm ein. Ihr Passwort ist das, das Sie gewählt haben; es steht nicht hier.
sheet-incoming = Posteingang
sheet-outgoing = Postausgang
sheet-kind = Art
sheet-server = Server
sheet-port = Port
sheet-security = Verschlüsselung
sheet-username = Benutzername
sheet-password = Passwort
sheet-password-value = das, das Sie gewählt haben (steht nicht hier)
sheet-security-tls = SSL/TLS
sheet-security-starttls = STARTTLS
sheet-security-none = keine
sheet-leave-copy-yes = Eine Kopie jeder Nachricht auf dem Server lassen: ja.
sheet-leave-copy-no = Eine Kopie jeder Nachricht auf dem Server lassen: nein.
