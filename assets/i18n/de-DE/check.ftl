# Die Probleme der Live-Prüfung: eine Meldung, was nicht stimmt, und ein Rat, was zu tun ist.
# Geschrieben für Menschen, die noch nie von IMAP oder SMTP gehört haben.

side-incoming = Posteingangsserver
side-outgoing = Postausgangsserver

check-server-said = { " " }Der Server meldet: „{ $text }“.
# Dasselbe für eine Antwort, die schon mit einem Satzzeichen endet: kein zweiter Punkt.
check-server-said-ended = { " " }Der Server meldet: „{ $text }“

check-dns-missing = Der { $which } { $host } existiert nicht.
check-dns-missing-advice-incoming = Prüfen Sie den Servernamen auf Tippfehler. Stimmt er, fragen Sie Ihren E-Mail-Anbieter nach dem richtigen Posteingangsserver und ob die MX-Einträge Ihrer Domain auf ihn verweisen.
check-dns-missing-advice-outgoing = Prüfen Sie den Servernamen auf Tippfehler oder fragen Sie Ihren E-Mail-Anbieter nach dem richtigen Postausgangsserver (SMTP).
check-dns-failed = Der Name { $host } konnte nicht nachgeschlagen werden.
check-dns-failed-advice = Prüfen Sie, ob dieser Computer mit dem Internet verbunden ist, und versuchen Sie es dann noch einmal.

check-unreachable = Der { $which } { $host } ist über Port { $port } nicht erreichbar.
check-unreachable-advice-outgoing = Ihr Netzwerk oder eine Firewall sperrt vielleicht Port { $port } (viele Netzwerke sperren die Ports zum Senden), oder der Server nimmt dort keine E-Mails an. Versuchen Sie Port 465 oder 587 oder fragen Sie die Person, die Ihr Netzwerk betreut.
check-unreachable-advice = Vielleicht sperrt eine Firewall Port { $port }, oder Servername oder Port sind falsch. Klären Sie beides mit Ihrem E-Mail-Anbieter.

check-timeout = Der { $which } { $host } hat nicht rechtzeitig geantwortet (Port { $port }).
check-timeout-advice = Der Server ist vielleicht ausgefallen, oder eine Firewall sperrt den Port stillschweigend. Versuchen Sie es später oder in einem anderen Netzwerk noch einmal; passiert es immer wieder, fragen Sie Ihren E-Mail-Anbieter.

check-cert = Das Sicherheitszertifikat von { $host } ist nicht gültig: { $reason }.
check-cert-names = { " " }Es wurde ausgestellt für: { $names }.
check-cert-expired-on = { " " }Es ist am { $date } abgelaufen.
check-cert-reason-expired = es ist abgelaufen
check-cert-reason-not-yet-valid = es ist noch nicht gültig
check-cert-reason-wrong-name = es wurde für andere Namen ausgestellt
check-cert-reason-unknown-issuer = es ist von keiner Stelle unterschrieben, der dieser Computer vertraut (selbst ausgestellt oder unbekannter Aussteller)
check-cert-reason-revoked = es wurde zurückgezogen
check-cert-reason-other = es ist ungültig
check-cert-advice-name = Der Server hat vielleicht einen anderen Namen: Versuchen Sie { $name } als Servernamen oder fragen Sie Ihren E-Mail-Anbieter, welchen Namen Sie verwenden sollen.
check-cert-advice-date = Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen. Wenn ja, muss der Anbieter sein Zertifikat erneuern: Sagen Sie ihm Bescheid.
check-cert-advice = Ihr Passwort wurde nicht gesendet. Bitten Sie Ihren E-Mail-Anbieter, sein Zertifikat in Ordnung zu bringen, und verbinden Sie sich erst danach.
check-cert-fingerprint = { " " }Fingerabdruck des Zertifikats (SHA-256): { $fingerprint }.

check-tls-failed = Eine sichere Verbindung zu { $host } konnte nicht hergestellt werden.
check-tls-failed-advice = Prüfen Sie den Servernamen auf Tippfehler, oder fragen Sie Ihren E-Mail-Anbieter nach dem richtigen Namen.
check-tls-failed-other-advice = Als Grund wurde genannt: { $detail }. Versuchen Sie es später noch einmal; wenn es wieder passiert, geben Sie diese Angaben Ihrem E-Mail-Anbieter.
check-tls-plain-text = { $host } antwortet auf Port { $port } unverschlüsselt (die Antwort war „{ $greeting }“), aber in den Einstellungen steht SSL/TLS.
check-tls-plain-text-advice = Port { $port } verwendet STARTTLS, nicht SSL/TLS: Wählen Sie STARTTLS als Sicherheit für Port { $port } oder SSL/TLS mit Port { $tls_port }. Mail Setup hat beides versucht, aber nichts davon hat funktioniert. Fragen Sie Ihren E-Mail-Anbieter nach den richtigen Einstellungen.
check-tls-alert = { $host } hat den Aufbau der sicheren Verbindung abgebrochen (mit der TLS-Meldung „{ $alert }“).
check-tls-alert-advice = Ihr Passwort wurde nicht gesendet. Die Verschlüsselung des Servers ist falsch eingerichtet, oder er lehnt diesen Computer ab. Versuchen Sie es später noch einmal; wenn es wieder passiert, geben Sie diese Meldung Ihrem E-Mail-Anbieter.
check-tls-old = { $host } bietet nur eine veraltete Verschlüsselung an, die dieses Programm nicht annimmt, weil sie nicht mehr sicher ist.
check-tls-old-offered = { $host } bietet nur eine veraltete Verschlüsselung an ({ $offered }), die dieses Programm nicht annimmt, weil sie nicht mehr sicher ist.
check-tls-no-cipher = { $host } bietet kein Verschlüsselungsverfahren an, das dieses Programm annimmt: Seine Verfahren sind nicht mehr sicher.
check-tls-old-advice = Ihr Passwort wurde nicht gesendet. Bitten Sie Ihren E-Mail-Anbieter, auf dem Server eine aktuelle Verschlüsselung (TLS 1.2 oder neuer) einzuschalten.

check-no-encryption = Der { $which } { $host } bietet über Port { $port } keine verschlüsselte Verbindung an.
check-no-encryption-advice = Ihr Passwort wurde nicht gesendet, denn jeder im Netzwerk könnte es mitlesen. Fragen Sie Ihren E-Mail-Anbieter nach sicheren Einstellungen (meist Port 993 für den Posteingang per IMAP und 465 oder 587 für den Postausgang).

check-wrong-password = { $host } hat Ihr Passwort nicht angenommen.{ $server_says }
check-wrong-password-advice = Prüfen Sie das Passwort (Groß- und Kleinschreibung, Tastaturbelegung) und den Benutzernamen „{ $username }“. Wenn Sie die Anmeldung in zwei Schritten nutzen, verlangt Ihr Anbieter vielleicht ein App-Passwort.
check-send-login = Der Postausgangsserver hat Ihre Anmeldung nicht angenommen, obwohl das Empfangen funktioniert.{ $server_says }
check-send-login-advice = Das Senden braucht vielleicht eine eigene Einstellung: Prüfen Sie, ob die Anmeldung am Postausgangsserver (SMTP) für Ihr Konto eingeschaltet ist und ob der Postausgangsserver einen anderen Benutzernamen erwartet. Die Hilfeseiten oder der Kundendienst Ihres Anbieters können Ihnen das sagen.
check-app-password = { $host } nimmt Ihr normales Passwort von E-Mail-Programmen nicht an.{ $server_says }
check-app-password-advice = Erstellen Sie in den Sicherheitseinstellungen Ihres E-Mail-Kontos ein App-Passwort (oder melden Sie sich einmal auf der Website des Anbieters an) und verwenden Sie es statt Ihres normalen Passworts.
check-temporary = { $host } hat gerade ein vorübergehendes Problem und konnte Ihre Anmeldung nicht prüfen.{ $server_says }
check-temporary-advice = Versuchen Sie es in ein paar Minuten noch einmal.
check-in-use = Ihr Postfach auf { $host } wird gerade von einem anderen Programm benutzt.{ $server_says }
check-in-use-advice = Schließen Sie andere E-Mail-Programme oder Geräte, die dieses Postfach abrufen, warten Sie eine Minute und versuchen Sie es noch einmal.
check-encryption-required = { $host } verlangt vor der Anmeldung eine sicherere Verbindung.{ $server_says }
check-encryption-required-advice = Fragen Sie Ihren E-Mail-Anbieter nach den sicheren Einstellungen.

check-no-password-method = { $host } nimmt keine Anmeldung mit Passwort von E-Mail-Programmen an (angeboten wird: { $offered }).
check-no-password-method-advice = Der Anbieter verlangt vielleicht die Anmeldung über seine Website (OAuth2) oder ein App-Passwort. Suchen Sie auf den Hilfeseiten Ihres Anbieters nach „App-Passwort“ oder „IMAP-Zugriff“.
check-login-not-offered = Der Postausgangsserver { $host } bietet über Port { $port } keine Anmeldung an.
check-login-not-offered-advice = Dieser Port ist vielleicht nur für Server gedacht. Verwenden Sie den Port zum Senden (587 oder 465), den Ihr Anbieter nennt, und prüfen Sie, ob das Senden mit Anmeldung für Ihr Konto eingeschaltet ist.
check-unencodable = Ihr Passwort oder Ihr Benutzername enthält Zeichen, die dieser Server nicht empfangen kann.
check-unencodable-advice = Wählen Sie ein Passwort ohne ungewöhnliche Zeichen oder fragen Sie Ihren E-Mail-Anbieter.
check-refused = { $host } hat die Verbindung abgelehnt: „{ $text }“.
check-refused-advice = Der Server ist vielleicht ausgelastet oder nimmt keine Verbindungen aus Ihrem Netzwerk an. Versuchen Sie es später noch einmal oder fragen Sie Ihren E-Mail-Anbieter.
check-not-protocol = { $host } antwortet über Port { $port } nicht wie ein { $protocol }-Server.
check-not-protocol-advice = Servername oder Port sind wahrscheinlich falsch. Klären Sie beides mit Ihrem E-Mail-Anbieter.
check-too-long = { $host } hat mehr gesendet, als dieses Programm liest ({ $limit }), deshalb wurde die Prüfung dort beendet.
check-too-long-advice = So antwortet ein E-Mail-Server normalerweise nicht: Prüfen Sie Servername und Port mit Ihrem E-Mail-Anbieter und geben Sie ihm diese Angaben.
check-closed = { $host } hat die Verbindung unerwartet beendet.
check-closed-advice = Versuchen Sie es noch einmal. Passiert es immer wieder, lehnt der Server oder Ihr Netzwerk vielleicht E-Mail-Programme ab; fragen Sie Ihren E-Mail-Anbieter.

check-note-port-switch = Port { $from } war nicht erreichbar oder hat nicht rechtzeitig geantwortet, deshalb haben wir es stattdessen mit Port { $to } versucht.
check-note-port-switch-works = Port { $from } war nicht erreichbar oder hat nicht rechtzeitig geantwortet, deshalb haben wir es stattdessen mit Port { $to } versucht – und der funktioniert.
check-note-username = Die Anmeldung funktioniert mit dem Benutzernamen „{ $username }“.
check-note-plain-text-starttls = Port { $port } verwendet STARTTLS, nicht SSL/TLS: Der Server hat zuerst unverschlüsselt geantwortet, deshalb haben wir die Verbindung stattdessen mit STARTTLS gesichert. Wählen Sie in Ihrem E-Mail-Programm STARTTLS für Port { $port }.
check-note-plain-text-tls-port = Port { $from } verwendet kein SSL/TLS (der Server hat zuerst unverschlüsselt geantwortet), deshalb haben wir stattdessen SSL/TLS auf Port { $to } verwendet.
check-note-tls-expected = Port { $port } verwendet SSL/TLS, nicht STARTTLS: Der Server erwartet dort von Anfang an Verschlüsselung, deshalb haben wir SSL/TLS verwendet. Wählen Sie in Ihrem E-Mail-Programm SSL/TLS für Port { $port }.
check-help-link = { " " }Ihr Anbieter erklärt es hier: { $url }
check-cert-reason-pin = es ist nicht das Zertifikat, das Ihre Organisation angekündigt hat
check-cert-advice-pin = Ihr Passwort wurde nicht gesendet. Vielleicht fängt jemand die Verbindung ab, oder der Server hat ein neues Zertifikat, über das Ihre Organisation Mail Setup noch nicht informiert hat. Nennen Sie Ihrem IT-Support den Fingerabdruck unten.

## Anmeldung per OAuth2 und Passwörter, die ein Anbieter ablehnt
check-password-not-allowed = { $host } nimmt das Passwort Ihres Kontos von E-Mail-Programmen nicht an: Ihr Anbieter meldet Sie auf seiner eigenen Seite an.
check-password-not-allowed-advice = Ihr Anbieter braucht seine eigene Anmeldung oder ein App-Passwort, das Sie in den Sicherheitseinstellungen Ihres Kontos erstellen. Verwenden Sie das App-Passwort statt Ihres üblichen Passworts, oder fragen Sie Ihren IT-Support.
check-password-not-allowed-advice-microsoft = Bei Microsoft 365 melden Sie sich im Browser bei Microsoft an, statt hier Ihr Passwort einzugeben. Kann diese Ausgabe von Mail Setup das nicht, fragen Sie Ihren IT-Support, oder fügen Sie das Konto in Thunderbird hinzu: Thunderbird meldet sich von selbst bei Microsoft an.
check-password-not-allowed-advice-google = Google verlangt ein App-Passwort: Erstellen Sie eines unter https://myaccount.google.com/apppasswords (die Bestätigung in zwei Schritten muss eingeschaltet sein) und verwenden Sie es statt Ihres üblichen Passworts – oder melden Sie sich bei Google an, falls Ihr IT-Support das eingerichtet hat.
check-no-token-method = { $host } bietet keine Anmeldung mit einem Token Ihres Anbieters an (angeboten wird: { $offered }).
check-no-token-method-advice = Dieser Server nimmt die Anmeldung des Anbieters nicht an. Prüfen Sie, ob das die Server Ihres Anbieters sind, oder fragen Sie Ihren IT-Support.
check-token-refused = { $host } hat Ihre Anmeldung nicht angenommen.{ $server_says }
check-token-refused-advice = Die Anmeldung ist vielleicht abgelaufen oder wurde widerrufen. Melden Sie sich erneut an; passiert es immer wieder, fragen Sie Ihren IT-Support.
check-token-scope = { $host } meldet, dass Ihre Anmeldung keinen Zugriff auf E-Mails umfasst.{ $server_says }
check-token-scope-advice = Melden Sie sich erneut an und erlauben Sie alles, worum der Anbieter bittet. Fragt die Seite nie nach E-Mails, wenden Sie sich an Ihren IT-Support: Der Registrierung des Programms fehlt vielleicht der Zugriff auf E-Mails.
check-token-not-allowed = { $host } erlaubt E-Mail-Programmen nicht, sich bei diesem Postfach anzumelden.{ $server_says }
check-token-not-allowed-advice = Bitten Sie Ihre Administration, IMAP, POP und SMTP mit Anmeldung für Ihr Postfach einzuschalten.
sign-in-cancelled = Die Anmeldung wurde auf der Seite Ihres Anbieters abgebrochen.
sign-in-cancelled-advice = Um dieses Konto hier zu nutzen, melden Sie sich erneut an und erlauben Sie Mail Setup, Ihre E-Mails zu lesen und zu senden.
sign-in-failed = Die Anmeldung bei Ihrem Anbieter wurde nicht abgeschlossen: { $reason }.
sign-in-failed-advice = Versuchen Sie es noch einmal. Scheitert es immer wieder, geben Sie diese Details an Ihren IT-Support weiter.
sign-in-not-configured = { $provider } meldet Sie auf seiner eigenen Seite an, und diese Ausgabe von Mail Setup kann das bei diesem Anbieter nicht.
sign-in-not-configured-advice = Thunderbird meldet sich selbst bei { $provider } an: Fügen Sie das Konto zu Thunderbird hinzu und melden Sie sich an, wenn es danach fragt. Ihre IT-Abteilung kann Mail Setup auch für { $provider } einrichten.
sign-in-reason-state = die Antwort, die zurückkam, gehörte nicht zu dieser Anmeldung
sign-in-reason-timeout = der Browser ist nicht innerhalb von 5 Minuten zurückgekehrt
sign-in-reason-answer-too-long = die Antwort, die zurückkam, ist länger als 8 KiB und wurde deshalb nicht gelesen
sign-in-reason-listener = dieser Computer konnte nicht auf die Antwort des Browsers warten ({ $detail })
sign-in-reason-token = der Anbieter hat die Anmeldung nicht ausgestellt ({ $detail })
sign-in-reason-token-timeout = der Anbieter hat nicht rechtzeitig geantwortet
sign-in-reason-denied = der Anbieter hat abgelehnt ({ $detail })
sign-in-reason-endpoint = die Anmeldeadresse des Anbieters ist keine sichere https://-Adresse
sign-in-open-browser = Melden Sie sich in Ihrem Browser bei { $provider } an. Falls er sich nicht öffnet, rufen Sie diese Adresse auf:
sign-in-page-done = Sie sind angemeldet. Sie können diesen Tab schließen und zu Mail Setup zurückkehren.
sign-in-page-failed = Die Anmeldung wurde nicht abgeschlossen. Sie können diesen Tab schließen und zu Mail Setup zurückkehren.
sign-in-reason-issuer = die Antwort kam von einem anderen Anbieter als dem, bei dem Sie sich anmelden wollten
sign-in-reason-register = Mail Setup konnte sich bei Ihrem Anbieter nicht anmelden lassen ({ $detail })
sign-in-your-provider = Ihr Anbieter
sign-in-admin-approval = Ihre Organisation muss Mail Setup erst freigeben, bevor Sie sich anmelden können.
sign-in-admin-approval-advice = Bitten Sie Ihre IT-Abteilung, Mail Setup für Ihre Organisation freizugeben, und versuchen Sie es dann erneut.
sign-in-admin-approval-advice-link = Bitten Sie Ihre IT-Abteilung, Mail Setup für Ihre Organisation freizugeben, und versuchen Sie es dann erneut. Das geht unter dieser Adresse: { $link }

# What the window copies for the helpdesk after a failed sign-in.
sign-in-details-heading = == Anmeldung bei { $provider } ({ $kind }) ==
sign-in-details-admin-consent = Seite für die Freigabe durch die Administration: { $url }
# The command line cannot find its own file (to start the window program beside it).
cli-no-self = Es ist nicht festzustellen, wo dieses Programm liegt: { $reason }
# A password given on standard input that is not text.
cli-not-utf8 = der Text ist kein gültiges UTF-8
