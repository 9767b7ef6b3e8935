# Die Texte der Fehlertypen aus src/check, src/export, src/discover, src/diagnose und src/desktop.
# Die meisten stehen in einer längeren Meldung (nach einer Adresse und einem Doppelpunkt oder als
# Grund in Klammern), darum enden sie ohne Punkt.

## Die Prüfung mit dem Server (src/check): warum eine Anmeldung fehlschlug.
error-check-connect-timeout = Die Verbindung ließ sich nicht rechtzeitig aufbauen
error-check-handshake-timeout = Der Server hat die Verbindung angenommen, die Verschlüsselung aber nicht rechtzeitig eingerichtet
error-check-greeting-timeout = Der Server hat die Verbindung angenommen, sich aber nicht rechtzeitig gemeldet
error-check-reply-timeout = Der Server antwortet nicht mehr
error-check-whole-timeout = Die Prüfung hat zu lange gedauert
error-check-plain-refused = Laut den Einstellungen soll ohne Verschlüsselung verbunden werden; das Passwort wäre unterwegs lesbar
# { $error } ist die Beschreibung des Betriebssystems (oft auf Englisch).
error-check-io = Verbindungsfehler: { $error }
error-check-oauth-only = Bei diesem Anbieter melden Sie sich hier auf seiner eigenen Seite an; ein Passwort wird nicht angenommen

## Exporte (src/export): Dateien speichern, Thunderbird-Profile, das Apple-Profil und der QR-Code.
error-save-not-a-file = Ein Thunderbird-Export ist ein Profilordner, keine einzelne Datei
# Eine Datei oder ein Ordner, die sich nicht schreiben ließen, dann der Grund vom Betriebssystem.
error-save-io = { $path }: { $error }
# Eine Datei oder ein Ordner eines Thunderbird-Profils, die sich nicht schreiben ließen, dann der Grund.
error-thunderbird-io = { $path }: { $error }
error-thunderbird-running = Thunderbird läuft gerade; schließen Sie es zuerst
# { $path } ist der Ordner des Profils.
error-thunderbird-locked = Das Profil { $path } wird von einem laufenden Thunderbird verwendet; schließen Sie es zuerst
error-thunderbird-exists = { $path } gibt es schon; wählen Sie einen neuen Ordner für das Profil
# prefs.js ist der Dateiname der Einstellungen eines Profils: nicht übersetzen.
error-thunderbird-not-a-profile = { $path } ist kein Thunderbird-Profil (keine prefs.js)
# { $path } ist Thunderbirds profiles.ini, die Liste seiner Profile; { $reason } sagt, was darin nicht stimmt.
error-thunderbird-bad-profiles-ini = { $path } lässt sich nicht als Thunderbirds Profilliste lesen ({ $reason }); die Datei wurde nicht verändert
error-tb-profiles-unreadable = { $path } konnte nicht gelesen werden: { $reason }
# Der Grund in error-tb-profiles-unreadable, wenn die Datei kein Text ist.
error-tb-profiles-not-utf8 = Die Datei ist kein gültiger UTF-8-Text
# Das Signieren des Apple-Mail-Profils mit dem Zertifikat des Helpdesks; { $reason } kommt vom PEM-Leser.
error-apple-certificate = Die Zertifikatsdatei enthält kein PEM-Zertifikat: { $reason }
# Der Grund in error-apple-certificate, wenn die Datei gar kein Zertifikat enthält.
error-apple-certificate-empty = sie ist leer
error-apple-key = Die Schlüsseldatei enthält keinen privaten P-256- oder RSA-Schlüssel in PEM (PKCS#8 oder PKCS#1)
error-apple-sign = Das Signieren ist fehlgeschlagen: { $reason }
error-android-qr-not-ascii = Thunderbird für Android braucht eine Adresse aus einfachen ASCII-Buchstaben
error-android-qr-too-long = Die Einstellungen passen nicht in einen einzigen QR-Code
error-android-qr-no-outgoing = Thunderbird für Android braucht einen Postausgangsserver

## Im Web veröffentlichte Einstellungen (src/discover): XML-Dateien, Autoconfig, Autodiscover, Raten.
error-xml-too-large = Die Datei ist größer als { $mib } MiB
error-xml-not-utf8 = Die Datei ist kein UTF-8-Text
# { $max } ist eine Zahl (32).
error-xml-too-deep = Die Datei verschachtelt Elemente tiefer als { $max } Ebenen
# { $max } ist eine Zahl (20000).
error-xml-too-many-elements = Die Datei hat mehr als { $max } Elemente
error-xml-doctype = Die Datei deklariert einen Dokumenttyp, den Einstellungsdateien nie brauchen
# Eine XML-Entität wie &nbsp;: das & und das ; um { $name } bleiben stehen.
error-xml-unknown-entity = Die Datei verwendet eine Entität, die wir nicht auflösen: &{ $name };
# { $reason } ist eine der Meldungen error-xml-malformed-… unten oder der Text des XML-Lesers (auf Englisch).
error-xml-malformed = Die Datei ist kein wohlgeformtes XML: { $reason }
error-xml-malformed-after-root = Inhalt nach dem Wurzelelement
error-xml-malformed-end-tag = ein unerwartetes End-Tag
error-xml-malformed-text-outside = Text außerhalb des Wurzelelements
error-xml-malformed-char-ref = ein ungültiger Zeichenverweis
error-xml-malformed-unclosed = Die Datei endet mitten in einem Element
error-xml-empty = Die Datei hat kein Wurzelelement
# { $root } ist der Name des XML-Elements, mit dem die Datei beginnt.
error-config-not-client-config = Die Datei ist XML, aber keine Autoconfig-Datei (Wurzelelement <{ $root }>)
# <emailProvider> ist der Name eines XML-Elements: nicht übersetzen.
error-config-no-provider = Die Datei hat kein Element <emailProvider>
# { $root } ist der Name des XML-Elements, mit dem die Antwort beginnt.
error-autodiscover-not-autodiscover = Die Antwort ist keine Autodiscover-Antwort (Wurzelelement <{ $root }>)
# { $message } sind die Worte des Servers.
error-autodiscover-server-error = Der Server hat einen Fehler gemeldet: { $message }
# Die Worte des Servers in error-autodiscover-server-error, wenn er keine nennt.
error-autodiscover-unknown = unbekannter Fehler
# Die Adresse, von der eine Einstellungsdatei geholt wurde, dann warum sie nicht zu gebrauchen war.
error-discover-at-url = { $url }: { $error }
# { $error } ist die Beschreibung des Betriebssystems (oft auf Englisch).
error-guess-io = Verbindungsfehler: { $error }
error-guess-timeout = Keine rechtzeitige Antwort
# Das Erzeugen der mitgelieferten Anbieterdaten aus der Thunderbird-Datenbank (ein Werkzeug für Entwickler).
error-bundled-read = { $path } konnte nicht gelesen werden: { $error }
error-bundled-parse = { $path }: { $error }

## Thunderbirds Einstellungsdatei prefs.js, gelesen und repariert (src/diagnose).
error-prefs-too-large = Die Datei ist größer als { $mib } MiB
# { $line } ist eine Zeilennummer in prefs.js; { $expected } ist eine der Meldungen error-prefs-expected-…
# oder ein Stück der Dateisyntax wie ";" oder user_pref(…); so, wie es ist.
error-prefs-expected = Zeile { $line }: Erwartet wurde { $expected }
error-prefs-expected-quoted-string = ein Text in Anführungszeichen
error-prefs-expected-utf8 = Text in UTF-8
error-prefs-expected-number = eine Zahl
# true und false stehen so in prefs.js: nicht übersetzen.
error-prefs-expected-value = ein Text in Anführungszeichen, eine Zahl, true oder false
error-prefs-expected-attribute = ein Attribut
error-prefs-unterminated-string = Zeile { $line }: Ein Text in Anführungszeichen wird nicht geschlossen
error-prefs-unterminated-comment = Zeile { $line }: Ein Kommentar wird nicht geschlossen
# Eine Escape-Sequenz: ein Rückstrich mit Zeichen wie \n oder \u00e9 in einem Text.
error-prefs-bad-escape = Zeile { $line }: Eine ungültige Escape-Sequenz in einem Text
error-prefs-bad-number = Zeile { $line }: Eine Zahl außerhalb des gültigen Bereichs
# Die Datei ist kein Text (steht nach „lässt sich nicht lesen“).
error-prefs-not-utf8 = Die Datei ist kein gültiger UTF-8-Text
# { $path } ist der Ordner des Profils.
error-fix-locked = Das Profil { $path } ist in einem laufenden Thunderbird geöffnet; schließen Sie Thunderbird zuerst
error-fix-not-verified = Die reparierten Einstellungen haben die Prüfung mit dem Server nicht bestanden, darum wurden sie nicht gespeichert
error-fix-nothing = Es gibt nichts zu reparieren
error-fix-prefs = prefs.js lässt sich nicht lesen: { $reason }

## Die Mailprogramme des Linux-Desktops (src/desktop). { $program } ist der Kurzname des Programms (Goa, Evolution, Geary, KMail).
error-desktop-no-pop3 = Die GNOME-Online-Konten kennen keine POP3-Konten
error-desktop-not-password = Die Server nehmen kein Passwort an
error-desktop-no-outgoing = Kein Postausgangsserver
error-desktop-no-password = Kein Passwort
# { $reason } sind die Worte des Desktop-Dienstes (oft auf Englisch).
error-desktop-unavailable = { $program } ist nicht verfügbar: { $reason }
error-desktop-not-allowed = Die GNOME-Online-Konten erlauben hier keine IMAP- und SMTP-Konten
error-desktop-refused = { $program } hat das Konto abgelehnt: { $reason }
error-desktop-by-hand = { $program } bietet keinen Weg, ein Konto von außen hinzuzufügen
