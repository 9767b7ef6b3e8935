# Das Fenster des Assistenten. Einfache Worte: kein IMAP- oder SMTP-Fachjargon, außer wo eine Wahl einen Namen braucht.

app-title = Mail Setup
back = Zurück
cancel = Abbrechen

## Schritt 1: Sie
you-title = Ihre E-Mail einrichten
you-intro = Geben Sie Ihren Namen und Ihre E-Mail-Adresse ein. Den Rest finden wir.
you-name = Ihr Name
you-name-placeholder = z. B. Erika Mustermann
you-address = E-Mail-Adresse
you-address-placeholder = z. B. info@ihrefirma.de
you-address-hint = Die Adresse, an die andere Ihnen E-Mails schicken.
you-address-ok = Wir suchen die E-Mail-Einstellungen von { $domain }.
you-address-empty = Geben Sie Ihre E-Mail-Adresse ein.
you-address-missing-at = Eine E-Mail-Adresse enthält ein @, etwa info@ihrefirma.de.
you-address-empty-local = Vor dem @ fehlt etwas.
you-address-empty-domain = Nach dem @ fehlt etwas.
you-address-too-long = Der Teil vor dem @ ist zu lang.
you-address-bad-character = Eine E-Mail-Adresse darf kein „{ $character }“ enthalten.
you-address-bad-dots = Der Teil vor dem @ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander haben.
you-address-ip = Verwenden Sie die Adresse mit einem Domainnamen nach dem @, nicht mit einer Zahl.
you-address-bad-domain = „{ $domain }“ ist kein gültiger Domainname. Prüfen Sie ihn auf Tippfehler.
you-address-single-label = Der Teil nach dem @ braucht einen Punkt, etwa ihrefirma.de.
you-address-public-suffix = „{ $domain }“ ist nur das Ende eines Domainnamens: Davor fehlt etwas.
you-password = Passwort
you-password-placeholder = Ihr E-Mail-Passwort
you-show-password = Passwort anzeigen
you-continue = Weiter

## Schritt 2: Ihre Einstellungen werden gesucht
finding-title = Ihre Einstellungen werden gesucht
finding-intro = Wir suchen an mehreren Stellen gleichzeitig nach den E-Mail-Servern von { $domain }.
finding-waiting = wartet
finding-running = sucht …
finding-found = gefunden
finding-nothing-here = nichts gefunden
finding-no-answer = keine Antwort
finding-not-needed = nicht nötig
finding-nothing = Wir konnten die E-Mail-Einstellungen für { $domain } nicht finden. Ihr E-Mail-Anbieter kann Ihnen die Servernamen nennen; Sie können sie selbst eingeben.
finding-setup-failed = Die Netzwerkeinstellungen dieses Computers konnten nicht gelesen werden: { $reason }
finding-manual = Einstellungen selbst eingeben

source-preset = Einstellungen Ihrer Organisation
source-manual = Ihre eigenen Angaben
source-bundled = Eingebaute Liste von E-Mail-Anbietern
source-autoconfig = Einstellungen Ihrer Domain
source-ispdb = Mozillas Datenbank der Anbieter
source-srv = DNS-Einträge
source-autodiscover = Microsoft-Exchange-Suche
source-mx = Ihr E-Mail-Anbieter (laut DNS)
source-autoconfig-http = Einstellungen Ihrer Domain (unverschlüsselt)
source-guess = Übliche Servernamen ausprobieren

## Schritt 3: Wie möchten Sie E-Mails empfangen?
receive-title = Wie möchten Sie E-Mails empfangen?
receive-imap = E-Mails auf dem Server behalten (IMAP) – empfohlen
receive-imap-explained = Ihre E-Mails bleiben auf dem Server und sind auf Handy, Laptop und im Webmail immer gleich.
receive-pop3 = E-Mails auf diesen Computer herunterladen (POP3)
receive-pop3-explained = Lädt die E-Mails nur auf diesen Computer herunter.
receive-leave-copy = Eine Kopie auf dem Server lassen
receive-leave-copy-warning = Ohne Kopie auf dem Server erscheinen hier heruntergeladene E-Mails nicht auf Ihrem Handy oder im Webmail und sind verloren, wenn dieser Computer kaputtgeht.
receive-only-imap = Ihr Anbieter behält die E-Mails auf dem Server (IMAP), es gibt also nichts zu wählen.
receive-only-pop3 = Ihr Anbieter bietet nur das Herunterladen der E-Mails auf diesen Computer an (POP3).
receive-foreign-title = Ihr Passwort würde gesendet an:
receive-foreign-explained = Dieser Server gehört nicht zu { $address_domain }, und keine vertrauenswürdige Quelle hat bestätigt, dass er Ihre E-Mails betreut. Fahren Sie nur fort, wenn Sie wissen, dass diese Firma für Ihre E-Mails zuständig ist.
receive-foreign-confirm = Ich vertraue { $domain } mein Passwort an
receive-show-details = Details anzeigen
receive-hide-details = Details ausblenden
receive-server-line = { $protocol } { $host }, Port { $port }, Sicherheit { $security }
receive-incoming-server = Posteingang: { $server }
receive-outgoing-server = Postausgang: { $server }
receive-no-outgoing = Postausgang: nicht gefunden
receive-continue = Mein Konto prüfen

## Schritt 4: Ihr Konto wird geprüft
checking-title = Ihr Konto wird geprüft
checking-intro = Wir melden uns bei Ihren E-Mail-Servern an, genau wie es Ihr E-Mail-Programm tun wird.
checking-incoming = E-Mails empfangen
checking-outgoing = E-Mails senden
checking-no-outgoing = kein Server gefunden
checking-busy = wird geprüft …

## Schritt 5: Fertig
done-title = Ihre E-Mail ist bereit
# Steht da, bis das Konto in einem E-Mail-Programm ist.
done-works-title = Ihr Konto funktioniert
done-incoming-works = E-Mails empfangen funktioniert ({ $host })
done-outgoing-works = E-Mails senden funktioniert ({ $host })
done-server-message = Nachricht Ihres Anbieters: { $message }
done-save-password = Mein Passwort im Schlüsselbund dieses Computers speichern
done-saving = Ihr Passwort wird gespeichert …
done-saved = Ihr Passwort ist im Schlüsselbund dieses Computers gespeichert.
done-keyring-locked = Der Schlüsselbund ist gesperrt, deshalb wurde Ihr Passwort nicht gespeichert. Alles andere ist eingerichtet; Ihr E-Mail-Programm fragt einmal nach dem Passwort.
done-keyring-missing = Dieser Computer hat keinen Schlüsselbund, den wir nutzen können, deshalb wurde Ihr Passwort nicht gespeichert. Alles andere ist eingerichtet; Ihr E-Mail-Programm fragt einmal nach dem Passwort.
done-keyring-failed = Der Schlüsselbund hat Ihr Passwort nicht angenommen, deshalb wurde es nicht gespeichert. Alles andere ist eingerichtet.
done-finish = Fertig
done-close = Schließen

## Etwas muss behoben werden
fix-title = Etwas muss behoben werden
fix-incoming = E-Mails empfangen
fix-outgoing = E-Mails senden
fix-works = funktioniert
fix-what-to-do = Was Sie tun können: { $advice }
fix-no-outgoing = Wir konnten keinen Server zum Senden von E-Mails finden. Fragen Sie Ihren E-Mail-Anbieter danach und tragen Sie ihn unter „Einstellungen bearbeiten“ ein.
fix-try-again = Erneut versuchen
fix-edit = Einstellungen bearbeiten
fix-copy = Details für Ihren IT-Support kopieren
fix-copied = Die Details sind kopiert. Fügen Sie sie in eine E-Mail oder einen Chat an Ihren IT-Support ein; Ihr Passwort ist nicht darin enthalten.

## Einstellungen bearbeiten
manual-title = Ihre E-Mail-Server-Einstellungen
manual-intro = Geben Sie die Einstellungen ein, die Sie von Ihrem E-Mail-Anbieter bekommen haben.
manual-imap = IMAP
manual-pop3 = POP3
manual-only-protocol = E-Mails empfangen: { $protocol } (von Ihrer Organisation festgelegt)
manual-incoming = Posteingangsserver
manual-outgoing = Postausgangsserver (SMTP)
manual-host = Servername
manual-port = Port
manual-username = Benutzername
manual-security-tls = SSL/TLS
manual-security-starttls = STARTTLS
manual-security = Verschlüsselung
manual-protocol = Wie E-Mails abgerufen werden
manual-bad-host = Geben Sie einen Servernamen wie mail.example.com ein.
manual-bad-port = Der Port ist eine Zahl von 1 bis 65535, etwa 993 oder 465.
manual-bad-username = Geben Sie Ihren Benutzernamen ein (oft Ihre E-Mail-Adresse).
manual-check = Diese Einstellungen prüfen

## Eine App einrichten (auf „Ihre E-Mail ist bereit“)
done-lead-thunderbird = Übernehmen Sie das Konto jetzt in Thunderbird, das E-Mail-Programm auf diesem Computer. Die Konten, die schon in Thunderbird sind, bleiben, wie sie sind.
done-add-thunderbird = Zu Thunderbird hinzufügen
done-open-thunderbird = Thunderbird öffnen
done-adding = Wird hinzugefügt …
done-lead-apple = Übernehmen Sie das Konto jetzt in Apple Mail auf diesem Mac. Die Systemeinstellungen bitten Sie um eine Bestätigung.
done-add-apple = Zu Apple Mail hinzufügen
done-lead-program = Richten Sie es jetzt in { $program } ein, dem Mailprogramm auf diesem Computer. Die Konten, die dort schon sind, bleiben, wie sie sind.
done-lead-goa = Richten Sie es jetzt in den GNOME-Online-Konten ein, der Kontenliste dieses Computers: Evolution und Geary zeigen es von dort an, und das Passwort bleibt im Schlüsselbund.
done-lead-geary = Richten Sie es jetzt in Geary ein, dem Mailprogramm auf diesem Computer. Es kommt in die GNOME-Online-Konten, wo Geary (und Evolution) es finden.
done-add-to = In { $program } einrichten
done-apple-opened = Die Systemeinstellungen zeigen jetzt das Profil für { $address }: Öffnen Sie „Datenschutz & Sicherheit“ und dann „Profile“, doppelklicken Sie darauf und wählen Sie „Installieren“. Danach hat Apple Mail das Konto.
done-close-thunderbird = Thunderbird ist geöffnet. Schließen Sie Thunderbird und klicken Sie dann auf „Erneut versuchen“: Es wurde noch nichts geändert.
done-no-thunderbird = Thunderbird ist auf diesem Computer nicht installiert.
done-open-failed = Thunderbird konnte nicht gestartet werden: { $reason }
done-other-ways = Andere Möglichkeiten, diese Einstellungen zu nutzen:
done-app-thunderbird-separate = Ein eigenes Thunderbird-Profil
done-phone-title = Auf Ihrem Handy
done-phone-imap = Verwenden Sie IMAP auf allen Geräten – Computer, Handy und Tablet –, damit überall dieselben E-Mails zu sehen sind. Thunderbird für Android liest den Code; andere E-Mail-Apps fragen nach diesen Einstellungen.
done-phone-qr = In Thunderbird für Android: Konto hinzufügen, dann QR-Code scannen.
done-phone-incoming = Posteingang ({ $protocol })
done-phone-outgoing = Postausgang ({ $protocol })
done-phone-server = Server: { $host }
done-phone-port = Port: { $port }, Sicherheit: { $security }
done-phone-username = Benutzername: { $username }
done-app-apple = Apple-Profildatei (iPhone, iPad, Mac)
done-app-android = Handy (QR-Code)
done-app-sheet = Einstellungsblatt zum Ausdrucken
done-export-saved = Gespeichert unter { $path }.
done-export-thunderbird = Thunderbird hat jetzt ein Profil namens „{ $profile }“ mit diesem Konto; wählen Sie es beim Start von Thunderbird aus (thunderbird -P).
done-export-no-home = Dieser Computer hat keinen persönlichen Ordner, in dem gespeichert werden könnte.

## Die Schrittanzeige über jeder Seite des Hauptwegs: „Schritt 2 von 4 – Ihre Einstellungen werden gesucht“
step-of = Schritt { $number } von { $total } – { $name }
step-you = Ihre Angaben
step-finding = Ihre Einstellungen werden gesucht
step-receive = Wie Sie E-Mails empfangen
step-checking = Ihr Konto wird geprüft
# Über dem Passwortfeld auf „Etwas muss behoben werden“, wenn ein Server das Passwort abgelehnt hat.
fix-password-again = Geben Sie Ihr Passwort noch einmal ein

sign-in-title = Bei { $provider } anmelden
sign-in-intro = Ihr Anbieter meldet Sie auf seiner eigenen Seite an. Ihr Browser öffnet gerade die Anmeldeseite von { $provider }: Melden Sie sich dort an und kehren Sie dann hierher zurück.
sign-in-waiting = Warten auf Ihre Anmeldung …
sign-in-no-browser = Falls sich kein Browser geöffnet hat, kopieren Sie diese Adresse in einen Browser:
sign-in-try-again = Erneut versuchen
you-password-not-needed = Nicht nötig: { $provider } meldet Sie auf seiner eigenen Seite an. Lassen Sie das Feld leer.
you-app-password = { $provider } nimmt Ihr übliches Passwort in E-Mail-Programmen nicht an: Erstellen Sie unter { $page } ein App-Passwort und geben Sie es hier ein.
sign-in-copy = Adresse kopieren
you-password-later = Freiwillig: wird später erfragt, falls Ihr Anbieter es braucht.
password-title = Ihr Passwort
password-intro = Ihr Anbieter meldet Sie mit einem Passwort an. Geben Sie das Passwort von { $address } ein.
done-keep-signed-in = Auf diesem Computer angemeldet bleiben
done-unchecked-title = Ihre Einstellungen sind bereit
done-unchecked-explained = Noch nicht geprüft: Thunderbird bittet Sie beim Start, sich bei Ihrem Anbieter anzumelden; danach funktioniert Ihre E-Mail dort.

# Was ein Bildschirmleser zusätzlich zu den Worten des Fensters sagt (src/ui/access).
access-status = { $tone }: { $text }
access-success = Funktioniert
access-warning = Achtung
access-problem = Problem
access-progress = Läuft
access-skipped = Nicht nötig
access-enter = Eingabetaste
