# Warum etwas im Netz, im Schlüsselbund oder bei der Eingabe fehlgeschlagen ist. Das sind die Wörter
# der Fehlertypen selbst: ein kurzer Satz, oft nach einem Doppelpunkt in einer längeren Meldung, ohne
# Punkt am Ende. Ein `{ $reason }` ist die Einzelheit vom System oder vom Server, meist auf Englisch.

## Verbinden (src/net/tcp.rs)

error-tcp-refused = Die Verbindung wurde abgelehnt
error-tcp-unreachable = Der Server ist von hier aus nicht erreichbar (keine Route)
error-tcp-failed = Die Verbindung ist fehlgeschlagen: { $reason }
# $reason ist eine der error-cert-*-Meldungen unten.
error-tcp-certificate = Das Zertifikat des Servers wurde nicht akzeptiert: { $reason }
# $name ist der Hostname in geraden Anführungszeichen, z. B. "mail example.com".
error-tcp-bad-name = { $name } ist kein gültiger Hostname für TLS

## Aufbau der Verschlüsselung (TLS)

# $greeting ist, was der Server stattdessen gesendet hat, in geraden Anführungszeichen.
error-tls-plain-text = Der Server hat unverschlüsselt geantwortet, wo Verschlüsselung erwartet war: { $greeting }
# $alert ist der technische Name der Warnung, z. B. handshake_failure.
error-tls-alert = Der Server hat den Aufbau der verschlüsselten Verbindung mit der TLS-Warnung { $alert } abgebrochen
error-tls-old-version = Der Server bietet nur veraltete Verschlüsselung an
# $version ist die Version, die der Server angeboten hat, z. B. „TLS 1.0“.
error-tls-old-version-offered = Der Server bietet nur veraltete Verschlüsselung an ({ $version })
error-tls-no-common-cipher = Der Server bietet kein Verschlüsselungsverfahren an, das dieses Programm akzeptiert
error-tls-failed = Der TLS-Verbindungsaufbau ist fehlgeschlagen: { $reason }

## Was mit dem Zertifikat des Servers nicht stimmt: steht nach dem Doppelpunkt von error-tcp-certificate, „es“ ist das Zertifikat.

error-cert-expired = Es ist abgelaufen
error-cert-not-yet-valid = Es ist noch nicht gültig
error-cert-wrong-name = Es wurde für andere Namen ausgestellt
error-cert-unknown-issuer = Es ist nicht von einer Stelle unterschrieben, der dieser Computer vertraut (selbst unterschrieben oder unbekannter Aussteller)
error-cert-revoked = Es wurde widerrufen
# Ein IT-Support hat angegeben, welches Zertifikat dieser Server hat, und dies ist ein anderes.
error-cert-pin-mismatch = Es ist nicht das Zertifikat, das Ihre Organisation angekündigt hat
error-cert-other = Es ist nicht gültig: { $reason }

## Einstellungen aus dem Web abrufen (src/net/http.rs)

error-http-connect = Keine Verbindung möglich: { $reason }
error-http-certificate = Das Zertifikat des Servers wurde nicht akzeptiert: { $reason }
# $status ist die HTTP-Statusnummer, z. B. 404.
error-http-status = Der Server hat mit HTTP { $status } geantwortet
# $size ist eine Zahl, $unit sagt, wovon: mib (MiB), kib (KiB) oder bytes.
error-http-too-large = Die Antwort ist größer als { $unit ->
        [mib] { $size } MiB
        [kib] { $size } KiB
       *[bytes] { $size } Bytes
    }
error-http-too-many-redirects = Zu viele Weiterleitungen
# Eine Webadresse hat von einer verschlüsselten (https://) auf eine unverschlüsselte (http://) weitergeleitet.
error-http-downgrade = Eine Weiterleitung wollte von HTTPS auf unverschlüsseltes HTTP wechseln
error-http-downgrade-refused = Weiterleitung von HTTPS auf HTTP abgelehnt
error-http-timeout = Der Server hat nicht rechtzeitig geantwortet
error-http-failed = Die Anfrage ist fehlgeschlagen: { $reason }

## Ein Gespräch mit einem Mailserver (src/net/session.rs)

error-session-connect-timeout = Die Verbindung konnte nicht rechtzeitig aufgebaut werden
error-session-handshake-timeout = Der Server hat die Verschlüsselung nicht rechtzeitig eingerichtet
# Der Server hat die Verbindung angenommen, aber seine erste Zeile (die Begrüßung) nicht gesendet.
error-session-greeting-timeout = Der Server hat die Verbindung angenommen, sich aber nicht rechtzeitig gemeldet
error-session-reply-timeout = Der Server antwortet nicht mehr
error-session-plain-refused = Die Verbindung wäre nicht verschlüsselt
error-session-io = Verbindungsfehler: { $reason }

## DNS-Abfragen (src/net/dns.rs)

# $name ist ein Domain- oder Hostname.
error-dns-nxdomain = { $name } existiert nicht
error-dns-no-records = { $name } hat keine Einträge dieser Art
error-dns-timeout = Der DNS-Server hat nicht rechtzeitig geantwortet
error-dns-servfail = Der DNS-Server hat einen Fehler gemeldet (SERVFAIL)
error-dns-refused = Der DNS-Server hat die Antwort verweigert (REFUSED)
error-dns-failed = Die DNS-Abfrage ist fehlgeschlagen: { $reason }

## Einrichten der Netzwerkfunktionen (src/net/mod.rs)

error-net-resolver = Die DNS-Einstellungen des Systems ließen sich nicht lesen: { $reason }
# $path ist eine Datei, die mit --ca-file angegeben wurde.
error-net-ca-file = Die Zertifikate aus { $path } ließen sich nicht lesen: { $reason }
error-net-ca-file-empty = { $path } enthält kein PEM-Zertifikat
error-net-tls = TLS ließ sich nicht einrichten: { $reason }
error-net-http = Der HTTP-Client ließ sich nicht einrichten: { $reason }

## Wie ein Gespräch mit einem Mailserver geendet hat (src/proto/shared.rs)

# $reply ist die Antwort des Servers selbst, meist auf Englisch.
error-dialogue-refused = Der Server hat die Verbindung abgelehnt: { $reply }
error-dialogue-not-protocol = Der Server spricht nicht das erwartete Protokoll
error-dialogue-no-encryption = Der Server bietet keine Verschlüsselung an (STARTTLS)
error-dialogue-starttls-refused = Der Server hat STARTTLS angeboten, dann aber abgelehnt: { $reply }
# $offered sind die Anmeldeverfahren des Servers, durch Leerzeichen getrennt, z. B. „PLAIN LOGIN“.
error-dialogue-no-password-method = Der Server bietet kein Anmeldeverfahren mit Passwort an, das wir nutzen dürfen (er bietet an: { $offered })
error-dialogue-password-not-allowed = Der Server erlaubt hier nur eine OAuth2-Anmeldung, kein Passwort (er bietet an: { $offered })
error-dialogue-no-token-method = Der Server bietet keine OAuth2-Anmeldung an (OAUTHBEARER, XOAUTH2; er bietet an: { $offered })
error-dialogue-login-not-offered = Der Server bietet auf diesem Port keine Anmeldung an
# Eine Prüfung ohne Passwort hat dort angehalten, wo sie sich angemeldet hätte.
error-dialogue-not-sent = Die Anmeldung wurde nicht versucht (es wurde kein Passwort angegeben)
error-dialogue-rejected = Die Anmeldung wurde abgelehnt: { $reply }
error-dialogue-unencodable = Das Passwort enthält Zeichen, die an diesen Server nicht gesendet werden können
error-dialogue-closed = Der Server hat die Verbindung beendet
# $kib ist eine Zahl von Kibibyte (KiB).
error-dialogue-line-too-long = Der Server hat eine Zeile gesendet, die länger als { $kib } KiB ist
error-dialogue-reply-too-long = Der Server hat eine Antwort mit mehr als { $lines } Zeilen oder mehr als { $capabilities } Fähigkeiten gesendet

## Die Zeilen des Servers lesen (src/proto/lines.rs)

error-lines-too-long = Der Server hat eine Zeile gesendet, die länger als { $kib } KiB ist

## Anmelden (SASL, src/proto/sasl.rs)

error-sasl-has-nul = Benutzername oder Passwort enthalten ein NUL-Zeichen
# Der Server hat weiter gefragt, nachdem das Anmeldeverfahren alles gesendet hatte.
error-sasl-exhausted = Der Server hat mehr verlangt, als das Anmeldeverfahren zu sagen hat
# Eine „Challenge“ ist die codierte Erklärung des Servers, warum ein Anmelde-Token abgelehnt wurde.
error-sasl-challenge-too-long = Die Challenge ist länger als { $max } Zeichen
error-sasl-challenge-not-base64 = Die Challenge ist nicht in Base64 codiert
error-sasl-challenge-not-json = Die Challenge ist kein JSON-Objekt mit einem Status

## Die eingegebene E-Mail-Adresse (src/address.rs)

error-address-empty = Die Adresse ist leer
error-address-missing-at = Die Adresse enthält kein @-Zeichen
error-address-empty-local-part = Der Teil vor dem @ ist leer
error-address-empty-domain = Der Teil nach dem @ ist leer
error-address-local-part-too-long = Der Teil vor dem @ ist länger als 64 Zeichen
# $character ist das Zeichen in geraden einfachen Anführungszeichen, z. B. ' ' oder ','.
error-address-bad-character = Die Adresse enthält ein Zeichen, das nicht erlaubt ist: { $character }
error-address-bad-dots = Der Teil vor dem @ hat einen Punkt am Anfang oder Ende oder zwei Punkte hintereinander
error-address-ip-literal = Adressen direkt an einer IP-Adresse werden nicht unterstützt
# $domain steht in geraden Anführungszeichen, z. B. "example..com".
error-address-bad-domain = Die Domain { $domain } ist kein gültiger Domainname
error-address-single-label = Die Domain { $domain } braucht mindestens einen Punkt, wie example.com
# Eine öffentliche Endung ist ein Name wie „co.uk“, unter dem nur andere Domains registriert werden.
error-address-public-suffix = { $domain } ist eine öffentliche Endung, direkt darunter kann kein Postfach liegen

## Anmelden beim Anbieter (src/oauth/mod.rs)

# $value ist die Angabe in geraden Anführungszeichen; ISSUER=CLIENT_ID ist die erwartete Form, bitte so lassen.
error-oauth-bad-registration = { $value } hat nicht die Form ISSUER=CLIENT_ID
error-oauth-cancelled = Die Anmeldung wurde auf der Seite des Anbieters abgebrochen
error-oauth-denied = Der Anbieter hat die Anmeldung abgelehnt: { $reason }
error-oauth-state-mismatch = Die Antwort gehörte nicht zu dieser Anmeldung (state stimmt nicht überein)
error-oauth-timeout = Der Browser ist nicht rechtzeitig zurückgekehrt
error-oauth-answer-too-long = Die Antwort des Browsers ist länger als { $kib } KiB
error-oauth-listener = Auf die Antwort des Browsers konnte nicht gewartet werden: { $reason }
# Der Token-Endpunkt ist die Adresse des Anbieters, die Anmelde-Token ausgibt.
error-oauth-token = Der Token-Endpunkt ist fehlgeschlagen: { $reason }
error-oauth-token-timeout = Der Token-Endpunkt hat nicht rechtzeitig geantwortet
# Eine Anmeldung, die von früher im Schlüsselbund aufbewahrt wurde.
error-oauth-refresh-refused = Die gespeicherte Anmeldung ist nicht mehr gültig
error-oauth-insecure-endpoint = Die Anmeldeadressen des Anbieters sind keine https://-Adressen
error-oauth-admin-approval = Ihre Organisation muss Mail Setup zuerst genehmigen
error-oauth-issuer-mismatch = Die Antwort kam von einem anderen Anbieter als dem gefragten (iss)
error-oauth-invalid-client = Der Anbieter kennt dieses Programm nicht (invalid_client)
error-oauth-not-offered = Der Anbieter bietet keine Anmeldung an, die dieses Programm ohne Registrierung nutzen kann
error-oauth-metadata = Die Anmeldeeinstellungen des Anbieters ließen sich nicht lesen: { $reason }
error-oauth-registration = Der Anbieter hat die Registrierung dieses Programms abgelehnt: { $reason }

## Den Browser öffnen (src/oauth/browser.rs)

error-browser-failed = Es ließ sich kein Browser starten: { $reason }

## Der Schlüsselbund des Systems (src/secrets.rs)

error-keyring-unavailable = Auf diesem Computer ist kein Schlüsselbund verfügbar: { $reason }
error-keyring-locked = Der Schlüsselbund ist gesperrt: { $reason }
error-keyring-other = Der Schlüsselbund hat das Passwort nicht angenommen: { $reason }
