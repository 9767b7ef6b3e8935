# Der Sende- und Empfangstest und die Diagnose einer bestehenden E-Mail-Einrichtung. Geschrieben für
# Menschen, die noch nie von IMAP, SMTP oder einem Port gehört haben.

## Die Testnachricht selbst (sie liegt kurz im eigenen Posteingang).

send-test-subject = Testnachricht von Mail Setup (Sie können sie löschen)
send-test-body =
    Dies ist eine Testnachricht von Mail Setup.
    Sie wurde von Ihrer Adresse an Ihre eigene Adresse gesendet, um zu prüfen, ob Ihre E-Mails wirklich ankommen.
    Mail Setup entfernt sie wieder, sobald es sie gesehen hat; wenn Sie sie trotzdem lesen können, löschen Sie sie einfach.

## Was der Test ergeben hat.

send-test-refused = Ihr Postausgangsserver wollte die Testnachricht nicht senden. Er meldete: „{ $reply }“
send-test-refused-sender-advice = Vielleicht erlaubt der Server dieser Anmeldung nicht, von dieser Adresse zu senden. Prüfen Sie, ob die Absenderadresse zu dem Postfach gehört, bei dem Sie sich anmelden, oder fragen Sie Ihren E-Mail-Anbieter, von welchen Adressen diese Anmeldung senden darf.
send-test-refused-message-advice = Der Server hat die Nachricht selbst abgelehnt. Versuchen Sie es später noch einmal; passiert es immer wieder, fragen Sie Ihren E-Mail-Anbieter, warum Nachrichten abgelehnt werden.
send-test-not-delivered = Die Testnachricht wurde gesendet, ist aber nicht innerhalb von { $seconds } Sekunden in Ihrem Posteingang angekommen.
send-test-not-delivered-advice = Ihre E-Mails werden vielleicht woandershin zugestellt, oder es dauert heute nur länger. { $mx }
send-test-sending = Eine Testnachricht an Sie selbst wird gesendet …
send-test-sent-arrived = Testnachricht: gesendet und nach { $seconds } Sekunden in Ihrem Posteingang angekommen.
send-test-removed = Sie wurde wieder entfernt.
send-test-flagged = Sie wurde als gelöscht markiert; Ihr E-Mail-Programm entfernt sie, wenn es den Posteingang das nächste Mal aufräumt.
send-test-left = Sie konnte nicht entfernt werden: Sie können sie selbst löschen (ihr Betreff beginnt mit „Testnachricht von Mail Setup“).
send-test-not-run = Die Testnachricht wurde nicht gesendet, weil die Anmeldung nicht funktioniert hat.
send-test-not-run-advice = Bringen Sie zuerst die Anmeldung in Ordnung (siehe oben) und starten Sie den Test dann noch einmal.

## Befunde der Diagnose (mailsetup diagnose und „Meine bestehende E-Mail reparieren“ im Assistenten).

diagnose-outgoing-no-login = Ihr E-Mail-Programm sendet, ohne sich beim Postausgangsserver anzumelden. Die meisten Anbieter lehnen so gesendete E-Mails ab – das ist der übliche Grund, warum Empfangen funktioniert, Senden aber nicht.
diagnose-outgoing-no-login-advice = Schalten Sie „Postausgangsserver erfordert Anmeldung“ ein, mit demselben Benutzernamen wie beim Empfangen. „Reparieren“ erledigt das für Sie.
diagnose-pop3-deletes = Dieses Konto lädt Ihre E-Mails per POP3 herunter und löscht sie danach auf dem Server. Auf Ihrem Handy, im Webmail und auf anderen Computern fehlen diese Nachrichten dann.
diagnose-pop3-deletes-by-age = Dieses Konto lädt Ihre E-Mails per POP3 herunter und löscht sie nach einigen Tagen auf dem Server. Auf Ihrem Handy, im Webmail und auf anderen Computern fehlen dann ältere Nachrichten.
diagnose-pop3-deletes-advice = Schalten Sie „Nachrichten auf dem Server belassen“ ein. „Reparieren“ erledigt das für Sie; dabei wird keine E-Mail gelöscht.
diagnose-not-encrypted = Der { $which } { $host } wird ohne Verschlüsselung benutzt: Ihr Passwort und Ihre Nachrichten sind unterwegs für andere lesbar.
diagnose-not-encrypted-advice = Stellen Sie die Verbindung auf eine verschlüsselte um (SSL/TLS oder STARTTLS). „Reparieren“ erledigt das, sobald es geprüft hat, dass die verschlüsselte Verbindung funktioniert.
diagnose-wrong-port = Der { $which } { $host } antwortet nicht über Port { $port }, wohl aber über Port { $works }.
diagnose-wrong-port-advice = Verwenden Sie Port { $port }. „Reparieren“ ändert das für Sie.
diagnose-wrong-security = Port { $port } des { $which }s { $host } verwendet { $works }, nicht { $set }.
diagnose-wrong-security-advice = Stellen Sie die Sicherheit für Port { $port } auf { $works }. „Reparieren“ ändert das für Sie.
diagnose-wrong-security-port = Port { $port } des { $which }s { $host } verwendet kein { $set }: Der Server antwortet dort zuerst unverschlüsselt. { $set } funktioniert über Port { $works }.
diagnose-wrong-security-port-advice = Verwenden Sie Port { $port } mit { $security }. „Reparieren“ ändert das für Sie.
diagnose-provider-sign-in = Beim { $which } melden Sie sich auf der eigenen Seite Ihres Anbieters an, und auf diesem Computer ist keine Anmeldung gespeichert. Deshalb wurden nur die Verbindung und ihre Verschlüsselung geprüft, nicht die Anmeldung.
diagnose-provider-sign-in-advice = Ihr E-Mail-Programm bittet Sie selbst um die Anmeldung bei Ihrem Anbieter, wenn es sie braucht. Damit auch die Anmeldung geprüft wird, richten Sie das Konto einmal mit Mail Setup ein.
diagnose-wrong-server = Der { $which } { $host } ist nicht nutzbar, aber der Server { $works } Ihres Anbieters funktioniert.
diagnose-wrong-server-advice = Verwenden Sie den Server { $works }. „Reparieren“ ändert das für Sie.
diagnose-cannot-connect = Der { $which } { $host } war über Port { $port } nicht erreichbar, und auch kein anderer Server für Ihre Adresse.
diagnose-cannot-connect-advice = Prüfen Sie, ob dieser Computer online ist. Wenn ja, fragen Sie Ihren E-Mail-Anbieter nach den richtigen Servereinstellungen.
diagnose-username-form = Der { $which } nimmt den Benutzernamen „{ $configured }“ nicht an, wohl aber „{ $works }“.
diagnose-username-form-advice = Verwenden Sie den Benutzernamen, der funktioniert. „Reparieren“ ändert das für Sie.
diagnose-login-failed = Die Anmeldung hat nicht funktioniert.
diagnose-mixed-protocols = Diese Adresse ist hier mit POP3 eingerichtet, Ihr Anbieter empfiehlt aber IMAP ({ $host }): Damit bleiben Ihre E-Mails für alle Ihre Geräte auf dem Server.
diagnose-mixed-protocols-advice = Überlegen Sie, das Konto neu mit IMAP einzurichten (Mail Setup kann das für Sie tun). Ihre Nachrichten bleiben auf dem Server.
diagnose-settings-differ = Der { $which } funktioniert, aber Ihr Anbieter veröffentlicht inzwischen andere Einstellungen: { $published }.
diagnose-settings-differ-advice = Heute muss nichts geändert werden; wenn der alte Server nicht mehr funktioniert, wechseln Sie zu den veröffentlichten Einstellungen.
diagnose-works = Der { $which } funktioniert mit diesen Einstellungen.

## Die eigenen Worte des Befehls diagnose.

diagnose-no-profile = Auf diesem Computer wurde kein Thunderbird-Profil gefunden.
diagnose-no-profile-advice = Öffnen Sie Thunderbird einmal, oder nennen Sie den Profilordner mit --thunderbird-profile.
diagnose-not-a-profile = { $dir } ist kein Thunderbird-Profil (es gibt dort keine prefs.js).
diagnose-prefs-unreadable = Die Einstellungsdatei { $path } von Thunderbird kann nicht gelesen werden: { $reason }
diagnose-no-accounts = Dieses Thunderbird-Profil hat keine E-Mail-Konten.
diagnose-no-such-account = Dieses Thunderbird-Profil hat kein Konto für { $address }.
diagnose-fix-needs-account = Dieses Profil hat mehr als ein Konto: Geben Sie mit --account an, welches repariert werden soll.
diagnose-account = Konto { $address }
diagnose-account-unknown = (keine Adresse)
diagnose-no-password = Für { $address } wurde kein Passwort angegeben oder gespeichert, deshalb wurden die Anmeldungen nicht versucht.
diagnose-fixed = Repariert: { $ids }. Eine Kopie der alten Einstellungen liegt in prefs.js.mailsetup-backup.
diagnose-fix-refused = Es wurde nichts geändert: { $reason }
diagnose-all-well = Keine Probleme gefunden.
diagnose-status-ok = In Ordnung
diagnose-status-warning = Einen Blick wert
diagnose-status-problem = Problem

## Der Assistent: „Testnachricht senden“ und „Meine bestehende E-Mail reparieren“.

send-test-button = Testnachricht senden
send-test-waiting = Eine Testnachricht an Sie selbst wird gesendet; wir warten, bis sie ankommt (bis zu einer Minute) …
existing-open = Meine bestehende E-Mail reparieren
existing-title = Meine bestehende E-Mail reparieren
existing-intro = Mail Setup liest die E-Mail-Konten, die in Thunderbird auf diesem Computer schon eingerichtet sind, prüft jedes davon und sagt in einfachen Worten, was nicht stimmt.
existing-no-profile = Auf diesem Computer wurden keine Thunderbird-Einstellungen gefunden.
existing-choose = Welches Konto funktioniert nicht?
existing-password = Passwort für { $address } (freiwillig: damit werden auch die Anmeldungen geprüft)
existing-check = Dieses Konto prüfen
existing-step-read = Ihre Einstellungen lesen
existing-step-servers = Die Server und die Einstellungen Ihres Anbieters prüfen
existing-step-login = Bei Ihren E-Mail-Servern anmelden
existing-running = Wird geprüft …
existing-all-well = Bei diesem Konto wurden keine Probleme gefunden.
existing-fix-it = Reparieren
existing-fixed = Repariert. Thunderbird verwendet die korrigierten Einstellungen beim nächsten Start (eine Kopie der alten Einstellungen wurde aufbewahrt).
existing-fix-failed = Es wurde nichts geändert: { $reason }
existing-fix-needs-check = Um das zu reparieren, muss Mail Setup erst prüfen, ob die korrigierten Einstellungen funktionieren; geben Sie Ihr Passwort ein und prüfen Sie noch einmal.
existing-test-intro = Prüfen Sie zum Schluss, ob eine Nachricht, die Sie senden, wirklich ankommt:
existing-other = Ein anderes Konto prüfen oder dieses noch einmal
