# Die Befehlszeile (`mailsetup discover`, `check`, `save-password`).

cli-bad-dns-server = „{ $value }“ ist keine IP-Adresse und keine Angabe der Form IP:PORT.
cli-cannot-start = Start nicht möglich: { $reason }
cli-no-window = Das Fenster konnte nicht geöffnet werden: { $reason }
cli-no-display = auf diesem Computer gibt es keine grafische Oberfläche, auf der es erscheinen kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Um Ihre E-Mail stattdessen in diesem Terminal einzurichten, geben Sie ein: mailsetup setup
cli-window-missing = { $program } fehlt: Installieren Sie Mail Setup erneut, oder richten Sie Ihre E-Mail in diesem Terminal ein mit: mailsetup setup
cli-bad-timeout = --timeout muss zwischen 0 und 600 Sekunden liegen.
cli-bad-address = „{ $address }“ ist keine gültige E-Mail-Adresse: { $reason }
cli-looking-up = Die E-Mail-Einstellungen für { $address } werden gesucht …
cli-looking-up-running = Einstellungen für { $address } werden gesucht: { $sources }
cli-settings-for = E-Mail-Einstellungen für { $address } (gefunden in { $ms } ms)
cli-incoming = Posteingang
cli-outgoing = Postausgang
cli-server = { $protocol } { $host }  Port { $port }  { $security }  Benutzername { $username }
cli-from = Quelle: { $source } ({ $url })
cli-from-unvouched = Quelle: { $source } ({ $url }), nicht von Ihrer Domain bestätigt
cli-no-outgoing = Postausgang  nicht gefunden: Fragen Sie Ihren Anbieter nach dem Postausgangsserver (SMTP).
cli-careful = Vorsicht: { $host } gehört zu { $domain }, nicht zu { $address_domain }, und keine vertrauenswürdige Quelle hat das bestätigt. Geben Sie Ihr Passwort dort nur ein, wenn Sie sicher sind, dass { $domain } Ihre E-Mails betreut.
cli-alternatives = { $count ->
    [one] Außerdem wurde ein weiterer Server gefunden (siehe --json).
   *[other] Außerdem wurden { $count } weitere Server gefunden (siehe --json).
}
cli-where-we-looked = Wo wir gesucht haben:
cli-status-found = gefunden
cli-status-nothing = nichts
cli-status-failed = fehlgeschlagen
cli-status-timeout = keine Antwort
cli-status-skipped = übersprungen
cli-status-running = läuft
cli-not-found = Für { $address } wurde kein Posteingangsserver gefunden. Prüfen Sie die Adresse auf Tippfehler; stimmt sie, fragen Sie Ihren E-Mail-Anbieter nach dem Namen des Posteingangsservers.

cli-password-prompt = Passwort für { $address }:{ " " }
cli-password-read-failed = Das Passwort konnte nicht gelesen werden: { $reason }
cli-password-needed = Geben Sie das Passwort mit --password-stdin über die Standardeingabe ein.
cli-password-empty = Das Passwort ist leer.
cli-password-too-long = Das Passwort auf der Standardeingabe ist länger als 64 KiB
cli-settings-unreadable = { $file } kann nicht gelesen werden: { $reason }
cli-settings-too-large = { $file } ist größer als 1 MiB und damit keine Einstellungsdatei.
cli-settings-invalid = { $file } ist keine Einstellungsdatei aus `mailsetup discover --json`: { $reason }
cli-settings-other-address = { $file } enthält die Einstellungen für { $other }, nicht für { $address }.

cli-check-working = funktioniert
cli-check-not-working = funktioniert NICHT
cli-check-note = Hinweis: { $note }
cli-check-problem = Problem: { $message }
cli-check-no-outgoing = Es wurde kein Postausgangsserver gefunden.
cli-check-no-outgoing-advice = Fragen Sie Ihren E-Mail-Anbieter nach Name und Port des Postausgangsservers (SMTP).
cli-check-all-working = Ihr E-Mail-Konto funktioniert.
cli-check-refused-foreign = Das Passwort ginge an { $host } ({ $domain }). Das gehört nicht zu { $address_domain }, und keine vertrauenswürdige Quelle hat es bestätigt (Quelle: { $source }). Wenn { $domain } wirklich Ihre E-Mails betreut, starten Sie den Befehl noch einmal mit --trust.
check-not-vouched-advice = Fragen Sie Ihren E-Mail-Anbieter, ob { $domain } Ihre E-Mails betreut. Wenn ja, starten Sie den Befehl noch einmal mit --trust.
check-not-checked = Nicht geprüft: Der andere Server ist nicht bestätigt, deshalb wurde das Passwort an keinen der beiden gesendet.
check-not-checked-no-incoming = Nicht geprüft: Es wurde kein Posteingangsserver gefunden, deshalb wurde das Passwort nirgendwohin gesendet.
check-not-checked-advice = Klären Sie zuerst den anderen Server und prüfen Sie dann noch einmal.
cli-check-not-found-advice = Prüfen Sie die Adresse auf Tippfehler oder fragen Sie Ihren E-Mail-Anbieter nach dem Namen des Posteingangsservers.

## Exporte
cli-add-to-thunderbird-only = --add-to funktioniert nur zusammen mit --format thunderbird.
cli-add-to-no-format = --add-to { $program } braucht kein --format (das Programm bestimmt, was es liest); lassen Sie --format { $format } weg.
export-autoconfig-howto = Veröffentlichen Sie diese Datei unter https://autoconfig.{ $domain }/mail/config-v1.1.xml (oder https://{ $domain }/.well-known/autoconfig/mail/config-v1.1.xml). Thunderbird, K-9/Thunderbird für Android, Evolution und Mail Setup finden die Einstellungen dann von selbst.
export-autodiscover-howto = Stellen Sie diese Datei unter https://autodiscover.{ $domain }/autodiscover/autodiscover.xml bereit (sie muss auf POST-Anfragen antworten). Outlook findet die Einstellungen dann von selbst.
export-dns-howto = Tragen Sie diese Zeilen in die DNS-Zone von { $domain } ein (oder geben Sie sie im Formular Ihres DNS-Anbieters als SRV-Einträge ein). E-Mail-Programme, die Einträge nach RFC 6186 lesen, darunter Mail Setup, finden die Server dann von selbst.
export-qr-howto = Wählen Sie in Thunderbird für Android „Einstellungen importieren“ → „QR-Code scannen“ und scannen Sie dieses Bild. Ihr Passwort ist nicht darin enthalten: Die App fragt danach.
export-written = { $path } wurde geschrieben.
export-password-warning = Diese Datei enthält Ihr Passwort: Bewahren Sie sie sicher auf und löschen Sie sie, sobald sie importiert ist.
apple-profile-name = E-Mail: { $address }
apple-profile-description = Richtet das E-Mail-Konto { $address } in Mail ein.

# Ein Konto dem Thunderbird hinzufügen, das jemand schon benutzt ($program: „Thunderbird“, „Thunderbird (Snap)“ …).
tb-added = Das Konto { $address } wurde zu { $program } hinzugefügt, neben den Konten, die dort schon waren (Profil „{ $profile }“, { $path }). Die alten Einstellungen liegen in prefs.js.mailsetup-backup.
tb-added-default = Das Konto { $address } wurde zu { $program } hinzugefügt, und zwar als Standardkonto, weil es dort noch kein anderes E-Mail-Konto gab (Profil „{ $profile }“, { $path }). Die alten Einstellungen liegen in prefs.js.mailsetup-backup.
tb-already = Das Konto { $address } ist in { $program } schon eingerichtet (Profil „{ $profile }“): Es wurde nichts geändert.
tb-created = { $program } hatte noch kein Profil, deshalb hat Mail Setup eines mit { $address } angelegt ({ $path }). Thunderbird öffnet es beim nächsten Start.
tb-also-found = Es wurden auch Thunderbird-Profile für { $others } gefunden; gewählt wurde das zuletzt benutzte.
tb-close-first = Thunderbird ist geöffnet. Schließen Sie Thunderbird und versuchen Sie es dann noch einmal: Es wurde nichts geändert.
tb-could-not-add = Das Konto konnte nicht zu Thunderbird hinzugefügt werden: { $reason }
tb-ini-too-large = Die Datei ist größer als 1 MiB

## `mailsetup setup`: der Assistent im Terminal. Er verwendet die Meldungen des Fensters; hier stehen
## die wenigen, die ein Terminal zusätzlich braucht (Eingabeaufforderungen, getippte Antworten).
# Eine Frage, die in derselben Zeile auf eine Antwort wartet.
setup-prompt = { $label }:{ " " }
setup-yes = ja
setup-no = nein
# Die Antwort wird getippt: Der erste Buchstabe genügt.
setup-yes-no = { $question }? ({ $yes } oder { $no }, nur Eingabetaste: { $default })
setup-yes-no-again = Bitte tippen Sie { $yes } oder { $no }.
setup-choose = Tippen Sie 1 oder 2 (nur Eingabetaste: 1)
setup-choose-again = Bitte tippen Sie 1 oder 2.
setup-password-empty = Das Passwort darf nicht leer sein.
setup-password-again = Geben Sie Ihr Passwort noch einmal ein (nur Eingabetaste beendet hier)
setup-source = { $source }: { $status }
setup-checking = { $side } ({ $host }): { $status }
setup-trust-type = Um Ihr Passwort dorthin zu senden, tippen Sie { $domain } (jede andere Eingabe beendet hier)
setup-trust-refused = Es wurde nichts gesendet: Sie haben { $domain } nicht bestätigt. Wenn { $domain } wirklich Ihre E-Mails betreut, starten Sie noch einmal und tippen Sie den Namen, wenn Sie danach gefragt werden.
setup-by-hand = Um die Servernamen selbst einzugeben, verwenden Sie das Fenster von Mail Setup („Einstellungen selbst eingeben“) oder `mailsetup check` mit einer Einstellungsdatei.
setup-stopped = Beendet. Es wurde nichts weiter geändert: Was schon gespeichert war, ist vollständig, und nichts wurde nur halb geschrieben.
setup-end-of-input = Die Eingabe endete, bevor die Einrichtung abgeschlossen war; es wurde nichts weiter geändert.
setup-answer-too-long = Die Antwort ist länger als 4 KiB und wurde deshalb nicht verwendet; es wurde nichts weiter geändert.

cli-sign-in-again = Die gespeicherte Anmeldung war nicht verwendbar ({ $reason }); Sie werden erneut im Browser angemeldet.
cli-sign-in-kept = Ihre Anmeldung ist im Schlüsselbund des Systems gespeichert: Die nächste Prüfung braucht keinen Browser.
export-apple-oauth-by-hand = Apple-Mail-Profile können sich nicht über die eigene Seite dieses Anbieters anmelden (das Mail-Profil von Apple kennt diese Anmeldung nicht). Fügen Sie das Konto stattdessen selbst in Mail hinzu: Öffnen Sie auf einem Mac die App Mail, wählen Sie Mail ▸ Account hinzufügen und dann Ihren Anbieter (für Microsoft 365 „Microsoft Exchange“); auf einem iPhone oder iPad öffnen Sie Einstellungen ▸ Apps ▸ Mail ▸ Mail-Accounts ▸ Account hinzufügen. Mail öffnet dann selbst die Anmeldeseite des Anbieters.
setup-cancel-word = abbrechen
setup-sign-in-waiting = Warten auf Ihre Anmeldung … (zum Abbrechen { setup-cancel-word } eingeben und Enter drücken)
setup-signed-in = Sie sind bei { $provider } angemeldet.
setup-add-unchecked = Trotzdem zu Thunderbird hinzufügen? Thunderbird bittet Sie dann, sich anzumelden
setup-unchecked-added = Noch nicht geprüft: Melden Sie sich beim Start von Thunderbird dort bei Ihrem Anbieter an.
batch-too-large = { $file } ist größer als { $limit } MiB; teilen Sie die Liste auf mehrere Dateien auf.
batch-open-to-others = { $file } enthält Passwörter, und andere Personen auf diesem Computer können die Datei lesen (ihre Rechte sind { $mode }). Es wurde nichts geprüft. Machen Sie sie nur für Sie lesbar mit: chmod 600 { $file }
batch-unknown-column = { $file }, Zeile 1: Es gibt keine Spalte „{ $column }“. Die Spalten heißen address, password (freiwillig) und name (freiwillig). Es wurde nichts geprüft.
batch-repeated-column = { $file }, Zeile 1: Die Spalte „{ $column }“ steht zweimal da. Es wurde nichts geprüft.
batch-no-address-column = { $file }, Zeile 1: Die erste Zeile muss die Spalten benennen, eine davon „address“ (und auf Wunsch „password“ und „name“). Es wurde nichts geprüft.
batch-row-fields = { $file }, Zeile { $line }: Diese Zeile hat { $found } Felder, die erste Zeile aber { $expected } Spalten (ein Komma in einem Namen oder Passwort braucht Anführungszeichen drumherum). Es wurde nichts geprüft.
batch-row-not-text = { $file }, Zeile { $line }: Diese Zeile ist kein lesbarer Text (speichern Sie die Datei als CSV in UTF-8). Es wurde nichts geprüft.
batch-row-no-address = { $file }, Zeile { $line }: Die Adresse ist leer. Es wurde nichts geprüft.
batch-row-repeated = { $file }, Zeile { $line }: { $address } steht schon in Zeile { $first }; jedes Konto darf nur einmal vorkommen. Es wurde nichts geprüft.
batch-too-many-rows = { $file } enthält mehr als { $limit } Konten; teilen Sie die Liste auf mehrere Dateien auf.
batch-empty = { $file } enthält keine Konten: Schreiben Sie nach der ersten Zeile eine Adresse pro Zeile.
batch-bad-address-advice = Korrigieren Sie die Adresse in Zeile { $line } der Liste.
batch-ok = ✓ { $address }
batch-ok-no-login = ✓ { $address } (die Server antworten verschlüsselt und bieten eine Anmeldung an; ohne Passwort wurde keine Anmeldung versucht)
batch-failed = ✗ { $address }: { $problem }
batch-progress = { $done } von { $total } Konten geprüft
batch-summary = { $accounts } Konten in { $seconds } s geprüft: { $ok } funktionieren, { $failed } mit Problemen.
batch-interrupted = Abgebrochen. { $left } Konten wurden nicht geprüft.
provision-no-address = Es gibt keine Adresse zum Einrichten: Geben Sie eine mit --address an, oder verwenden Sie eine Vorgabe, deren Tabelle [provision] eine Adressvorlage enthält (address = "{"{"}user{"}"}@example.co.uk").
provision-unfilled = Die Vorlage „{ $template }“ braucht { $placeholder }, aber dieser Computer hat dafür keinen Wert für Sie (ein leerer vollständiger Name zählt als keiner). Geben Sie den Wert mit --address oder --name an, oder bitten Sie die Betreuung dieses Computers, Ihren vollständigen Namen einzutragen.
provision-thunderbird-running = Thunderbird ist geöffnet, deshalb wurde nichts geändert. Versuchen Sie es erneut, nachdem Thunderbird geschlossen ist.
provision-no-profile-folder = { $path } ist kein Ordner; geben Sie den Ordner eines Thunderbird-Profils an, oder default.
provision-added = Ihre E-Mail { $address } ist in Thunderbird eingerichtet (Profil { $profile }). Thunderbird fragt nach Ihrem Passwort, wenn es zum ersten Mal Ihre E-Mails abruft.
provision-added-sign-in = Ihre E-Mail { $address } ist in Thunderbird eingerichtet (Profil { $profile }). Wenn Thunderbird zum ersten Mal Ihre E-Mails abruft, öffnet es die Anmeldeseite Ihres Anbieters.
provision-already = Ihre E-Mail { $address } ist bereits in Thunderbird eingerichtet (Profil { $profile }); es wurde nichts geändert.
provision-updated = Das Konto für { $address } in Thunderbird (Profil { $profile }) verwendet jetzt die Server Ihrer Organisation; eine Kopie der alten Einstellungen liegt in prefs.js.mailsetup-backup.
provision-skipped = Thunderbird (Profil { $profile }) hat schon ein Konto für { $address } mit anderen Servern; es wurde so gelassen, wie es ist. Um es auf die Server Ihrer Organisation umzustellen, führen Sie den Befehl erneut mit --update aus.
provision-skipped-protocol = Thunderbird (Profil { $profile }) hat schon ein Konto für { $address }, das E-Mails mit { $existing } abruft, während die Einstellungen Ihrer Organisation { $wanted } verwenden; es wurde so gelassen, wie es ist, denn Mail Setup stellt ein Konto nicht zwischen beiden um. Entfernen Sie das Konto in Thunderbird und führen Sie den Befehl dann erneut aus.
