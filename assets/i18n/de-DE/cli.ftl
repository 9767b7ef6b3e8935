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

# `mailsetup --help` und das `--help` jedes Befehls (src/cli/help.rs bildet die IDs aus den Namen
# der Befehle und Argumente: help-<Befehl>-about, help-<Befehl>-<Option>; globale Optionen: help-<Option>).
help-heading-usage = Aufruf:
help-heading-commands = Befehle:
help-heading-arguments = Argumente:
help-heading-options = Optionen:
help-builtin-help = Hilfe anzeigen
help-builtin-help-more = Hilfe anzeigen (ausführlicher mit '--help')
help-builtin-help-summary = Hilfe anzeigen (kurz gefasst mit '-h')
help-builtin-version = Version anzeigen
help-builtin-help-command = Diese Hilfe anzeigen, oder die Hilfe zu den angegebenen Befehlen
help-about = Bringt Ihre E-Mail auf diesem Computer zum Laufen: findet Ihre Mailserver, prüft Ihre Anmeldung, speichert Ihr Passwort.
help-dns-server = Diesen DNS-Server (IP oder IP:PORT) fragen, nicht den des Systems
help-ca-file = Auch den Zertifizierungsstellen in dieser PEM-Datei vertrauen (mehrfach möglich)
help-ispdb-url = Basis-URL der ISPDB (Mozillas Datenbank der E-Mail-Anbieter)
help-preset = Diese Vorgabe des IT-Supports verwenden statt einer installierten (/etc/mailsetup/preset.toml, dann der Datenordner des Programms)
help-no-preset = Keine installierte Vorgabe des IT-Supports verwenden
help-oauth-client = Bei diesem OAuth2-Aussteller (wie ihn die Anbieterdaten nennen, z. B. login.microsoftonline.com) mit dieser Client-ID anmelden, registriert von dem, der dieses Exemplar betreibt (mehrfach möglich; hat Vorrang vor denen der Vorgabe und den eingebauten)
help-discover-about = Den Posteingangs- und den Postausgangsserver für eine E-Mail-Adresse finden
help-discover-address = Die E-Mail-Adresse, z. B. hello@theirbusiness.co.uk
help-discover-json = Die Einstellungen als ein JSON-Objekt ausgeben (die Einstellungsdatei, die andere Befehle annehmen)
help-discover-timeout = Nach so vielen Sekunden aufgeben
help-check-about = Am Posteingangs- und am Postausgangsserver anmelden, um zu prüfen, ob das Konto funktioniert
help-check-address = Die E-Mail-Adresse
help-check-batch = Jedes Konto in dieser CSV-Datei prüfen (eine Kopfzeile mit `address` und wahlweise `password` und `name`; enthält sie Passwörter, darf die Datei nur für Sie lesbar sein)
help-check-jobs = Mit --batch: höchstens so viele Konten gleichzeitig prüfen
help-check-per-server = Mit --batch: höchstens so viele Verbindungen gleichzeitig zu einem Server öffnen
help-check-password-stdin = Das Passwort von der Standardeingabe lesen (eine Zeile), statt danach zu fragen
help-check-protocol = Dieses Protokoll für den Posteingang prüfen (Standard: das beste gefundene)
help-check-settings = Diese Einstellungen verwenden (das JSON, das `mailsetup discover --json` ausgibt), statt sie nachzuschlagen
help-check-json = Das Ergebnis als ein JSON-Objekt ausgeben
help-check-trust = Das Passwort auch an einen Server außerhalb Ihrer Domain senden, für den keine vertrauenswürdige Quelle bürgt
help-check-details = Auch das Gespräch mit jedem Server ausgeben (Passwörter ersetzt), für den IT-Support
help-check-remember = Nach einer funktionierenden Anmeldung beim Anbieter (OAuth2) diese im Schlüsselbund des Systems behalten, damit die nächste Prüfung keinen Browser braucht
help-check-send-test = Wenn beide Anmeldungen funktionieren, zusätzlich eine Testnachricht an Sie selbst senden, warten, bis sie in Ihrem Posteingang ist, und sie dann wieder entfernen
help-check-wait = Mit --send-test: wie viele Sekunden auf die Testnachricht gewartet wird (Standard 60)
help-save-password-about = Das Passwort des Kontos im Schlüsselbund des Systems speichern, wie es der Assistent tut
help-save-password-address = Die E-Mail-Adresse, zu der das Passwort gehört
help-save-password-password-stdin = Das Passwort von der Standardeingabe lesen (eine Zeile), statt danach zu fragen
help-doctor-about = Prüfen, ob eine Domain zum Empfangen und Senden von E-Mails eingerichtet ist (MX, SPF, DKIM, DMARC, MTA-STS …)
help-doctor-domain = Die Domain, z. B. theirbusiness.co.uk (eine E-Mail-Adresse geht auch)
help-doctor-json = Die Befunde als ein JSON-Objekt ausgeben
help-diagnose-about = Herausfinden, was mit den bereits in Thunderbird eingerichteten E-Mail-Konten nicht stimmt, und es reparieren
help-diagnose-thunderbird-profile = Das Thunderbird-Profil, das gelesen wird: `default` (das, welches Thunderbird öffnet) oder ein Profilordner
help-diagnose-account = Nur dieses Konto (seine E-Mail-Adresse)
help-diagnose-password-stdin = Das Passwort des Kontos von der Standardeingabe lesen (eine Zeile); braucht --account. Ohne diese Option wird das im Schlüsselbund des Systems gespeicherte Passwort verwendet, falls es eines gibt
help-diagnose-send-test = Wenn beide Anmeldungen funktionieren, zusätzlich eine Testnachricht an Sie selbst senden und warten, bis sie ankommt
help-diagnose-wait = Mit --send-test: wie viele Sekunden auf die Testnachricht gewartet wird (Standard 60)
help-diagnose-fix = Reparieren, was sich reparieren lässt, sobald die reparierten Einstellungen eine echte Prüfung bestanden haben (prefs.js wird vorher gesichert; nichts wird geschrieben, solange Thunderbird das Profil geöffnet hat)
help-diagnose-json = Die Diagnose als ein JSON-Objekt ausgeben
help-export-about = Die Einstellungen für ein anderes E-Mail-Programm oder zum Veröffentlichen schreiben (Thunderbird, Apple Mail, …)
help-export-address = Die E-Mail-Adresse
help-export-format = Das Format (ergibt sich aus --add-to)
help-value-format-thunderbird = Ein Thunderbird-Profilordner (oder, mit --add-to, ein Konto, das einem Profil hinzugefügt wird)
help-value-format-apple = Ein Apple-Konfigurationsprofil (.mobileconfig) für Mail auf macOS, iPhone und iPad
help-value-format-android-qr = Ein QR-Code für Thunderbird für Android (.svg oder .png)
help-value-format-autoconfig = config-v1.1.xml zum Veröffentlichen unter autoconfig.<domain>
help-value-format-autodiscover = Die Exchange-Autodiscover-Antwort für Outlook
help-value-format-dns = SRV-Einträge nach RFC 6186/8314 als Zeilen einer DNS-Zone
help-value-format-sheet = Ein druckbares HTML-Blatt mit den Einstellungen
help-export-settings = Diese Einstellungen verwenden (aus `mailsetup discover --json`), statt sie nachzuschlagen
help-export-output = Wohin geschrieben wird: eine Datei, oder für `thunderbird` ein neuer Profilordner
help-export-name = Der Name der Person für die Identität des Kontos
help-export-protocol = Das Protokoll für den Posteingang (Standard: das beste gefundene)
help-export-register = thunderbird: das neue Profil auch in ~/.thunderbird/profiles.ini eintragen
help-export-add-to = Das Konto in ein E-Mail-Programm eintragen: `thunderbird` (oder `default`: das Profil, das Ihr Thunderbird öffnet, angelegt, wenn es keines gibt), `evolution`, `goa` (GNOME Online-Konten), `geary` oder `kmail` (wie man es von Hand hinzufügt, oder für Geary über GNOME Online-Konten), oder ein Thunderbird-Profilordner (schreiben Sie `./goa` für einen Ordner, der wie ein Programm heißt)
help-export-include-password = apple: das Passwort ins Profil aufnehmen (die Datei kann dann nur von Ihnen gelesen werden)
help-export-password-stdin = Mit --include-password oder --add-to goa|evolution: das Passwort von der Standardeingabe lesen
help-export-sign-cert = apple: das Profil mit diesem Zertifikat signieren (PEM; die Zertifikatskette darf folgen)
help-export-sign-key = apple: der private Schlüssel zu --sign-cert (PEM, P-256 oder RSA)
help-preset-about = Eine Vorgabedatei des IT-Supports prüfen und sagen, was sie einrichtet (oder was daran falsch ist, und wo)
help-preset-file = Die Vorgabedatei, z. B. preset.toml
help-preset-json = Eine Zusammenfassung als ein JSON-Objekt ausgeben (Organisation, Kurzname, Domains, Dateien, die sie nennt)
help-setup-about = Ihre E-Mail Schritt für Schritt in diesem Terminal einrichten, wie es das Fenster tut (für Bildschirmleser und SSH: einfache Zeilen, kein Neuzeichnen)
help-provision-about = Das E-Mail-Konto der angemeldeten Person in ihr Thunderbird eintragen, ohne Fenster und ohne Rückfrage (für die Verteilung durch den IT-Support; Adresse und Name können aus der Vorgabe kommen)
help-provision-address = Die E-Mail-Adresse (Standard: die ausgefüllte Adressvorlage aus [provision] der Vorgabe)
help-provision-name = Der Name der Person (Standard: die Namensvorlage aus [provision] der Vorgabe, sonst der vollständige Name, den dieser Computer für Sie kennt)
help-provision-add-to = Das Thunderbird-Profil: `default` (das, welches Ihr Thunderbird öffnet, angelegt, wenn es keines gibt) oder ein Profilordner
help-provision-update = Ein Konto für diese Adresse ändern, das andere Server verwendet (sonst bleibt es unverändert)
help-provision-json = Das Ergebnis als ein JSON-Objekt ausgeben
help-provision-log = Nichts ausgeben; eine Zeile an provision.log in Ihrem Statusordner anhängen (zum Ausführen bei der Anmeldung)
