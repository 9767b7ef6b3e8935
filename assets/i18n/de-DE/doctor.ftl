# Zustand der Domain (`mailsetup doctor`, „Meine Domain prüfen“). Jeder Befund: was wir gesehen haben, dann was zu tun ist.
# „Wer Ihre Domain verwaltet“ ist, wer ihr DNS betreut: oft die Firma, bei der sie gekauft wurde.

doctor-dns-failed = Das ließ sich nicht prüfen: { $reason } (bei der Abfrage von { $name }).
doctor-dns-failed-advice = Prüfen Sie, ob dieser Computer online ist, und versuchen Sie es noch einmal.
doctor-dns-failed-advice-timeout = Prüfen Sie, ob dieser Computer online ist, und versuchen Sie es noch einmal. Passiert es immer wieder, sind die DNS-Server der Domain oder Ihres Netzwerks vielleicht ausgefallen.
doctor-dns-failed-advice-servfail = Versuchen Sie es in ein paar Minuten noch einmal. Passiert es immer wieder, sind die DNS-Einstellungen der Domain vielleicht fehlerhaft: Sagen Sie es den Verwaltern Ihrer Domain.
doctor-dns-failed-advice-refused = Der DNS-Server, den dieser Computer fragt, wollte diese Frage nicht beantworten. Versuchen Sie es in einem anderen Netzwerk, oder fragen Sie, wer dieses Netzwerk betreut.
doctor-timeout = Das ließ sich nicht prüfen: Die Antwort kam nicht rechtzeitig.
doctor-timeout-advice = Versuchen Sie es später noch einmal; passiert es immer wieder, sind die DNS-Server der Domain vielleicht langsam oder gestört.

# Was der DNS-Server getan hat: das `{ $reason }` von doctor-dns-failed.
doctor-dns-reason-timeout = Der DNS-Server hat nicht rechtzeitig geantwortet
doctor-dns-reason-servfail = Der DNS-Server hat einen Fehler gemeldet (SERVFAIL)
doctor-dns-reason-refused = Der DNS-Server hat die Antwort verweigert (REFUSED)
doctor-dns-reason-nxdomain = Diesen Namen gibt es nicht
doctor-dns-reason-no-records = Es gibt keinen solchen Eintrag
doctor-dns-reason-other = Die Abfrage ist fehlgeschlagen ({ $detail })

doctor-domain-missing = Die Domain { $domain } existiert nicht.
doctor-domain-missing-advice = Prüfen Sie die Schreibweise. Stimmt sie, ist die Domain vielleicht abgelaufen: Fragen Sie, wer sie registriert hat.
doctor-mx-missing = { $domain } hat keine MX-Einträge, deshalb wissen andere Server nicht, wohin sie E-Mails für diese Domain zustellen sollen.
doctor-mx-missing-advice = Bitten Sie die Verwalter Ihrer Domain, die MX-Einträge einzutragen, die Ihr E-Mail-Anbieter Ihnen nennt.
doctor-mx-null = Diese Domain empfängt keine E-Mails: Ihr DNS sagt das mit einem „Null-MX“-Eintrag.
doctor-mx-null-advice = Wenn Sie unter dieser Domain E-Mails empfangen möchten, bitten Sie die Verwalter der Domain, den Null-MX durch die MX-Einträge Ihres E-Mail-Anbieters zu ersetzen.
doctor-mx-target-missing = Der MX-Eintrag verweist auf { $host }. Diesen Server gibt es nicht, deshalb können E-Mails an Ihre Domain dort nicht zugestellt werden.
doctor-mx-target-missing-advice = Bitten Sie die Verwalter Ihrer Domain, den MX-Eintrag mit dem Servernamen zu korrigieren, den Ihr E-Mail-Anbieter nennt.
doctor-mx-ok = E-Mails für diese Domain gehen an { $host }.
doctor-mx-ok-provider = E-Mails für diese Domain gehen an { $host } ({ $provider }).
doctor-mx-consistent = Der gefundene Posteingangsserver { $incoming } passt dazu, wohin Ihre E-Mails zugestellt werden.
doctor-mx-inconsistent = Ihre E-Mails werden an { $mx } zugestellt, der gefundene Posteingangsserver ist aber { $incoming }: Vielleicht suchen Sie Ihre E-Mails an der falschen Stelle.
doctor-mx-inconsistent-advice = Fragen Sie Ihren E-Mail-Anbieter, auf welchem Server Ihr Postfach liegt; sind die MX-Einträge veraltet, bitten Sie die Verwalter Ihrer Domain, sie zu aktualisieren.

doctor-spf-ok = Die Domain gibt an, welche Server ihre E-Mails senden dürfen (SPF, { $lookups } von höchstens 10 Abfragen).
doctor-spf-missing = { $domain } gibt nicht an, welche Server ihre E-Mails senden dürfen (kein SPF-Eintrag), deshalb landen Ihre Nachrichten eher im Spam.
doctor-spf-missing-advice = Fragen Sie Ihren E-Mail-Anbieter nach seinem SPF-Eintrag (er beginnt mit v=spf1) und bitten Sie die Verwalter Ihrer Domain, ihn einzutragen.
doctor-spf-several = Die Domain hat { $count } SPF-Einträge; empfangende Server werten das als Fehler und weisen Ihre E-Mails vielleicht ab.
doctor-spf-several-advice = Fassen Sie sie zu einem Eintrag zusammen, der mit v=spf1 beginnt.
doctor-spf-broken = Der SPF-Eintrag ist fehlerhaft: { $reason }.
doctor-spf-broken-advice = Bitten Sie die Verwalter Ihrer Domain, ihn zu korrigieren; Ihr E-Mail-Anbieter kann Ihnen den richtigen Eintrag nennen.
doctor-spf-plus-all = Der SPF-Eintrag endet auf +all: Damit darf jeder auf der Welt E-Mails im Namen Ihrer Domain senden.
doctor-spf-plus-all-advice = Ändern Sie +all in ~all (oder in -all, sobald Sie sicher sind, dass jeder Dienst aufgeführt ist, der für Sie E-Mails sendet).
doctor-spf-no-all = Der SPF-Eintrag endet weder auf ~all noch auf -all und sagt den Empfängern daher nicht, was mit gefälschten E-Mails geschehen soll.
doctor-spf-no-all-advice = Fügen Sie am Ende des Eintrags ~all an.
doctor-spf-include-missing = Der SPF-Eintrag bindet { $domain } ein, doch dort gibt es keinen eigenen SPF-Eintrag: Empfänger werten das als Fehler.
doctor-spf-include-missing-advice = Entfernen Sie diese Einbindung oder korrigieren Sie den Namen; Ihr E-Mail-Anbieter kann Ihnen sagen, welcher richtig ist.
doctor-spf-too-many-lookups = Die Prüfung des SPF-Eintrags braucht { $count } DNS-Abfragen; Empfänger hören bei 10 auf und werten das dann als Fehler.
doctor-spf-too-many-lookups-advice = Entfernen Sie Einbindungen für Dienste, die Sie nicht mehr nutzen, oder ersetzen Sie einige durch ip4:/ip6:-Bereiche.
doctor-spf-covers = Der SPF-Eintrag erlaubt Ihren Postausgangsserver { $host }.
doctor-spf-not-covers = Wir konnten nicht bestätigen, dass der SPF-Eintrag Ihren Postausgangsserver { $host } erlaubt.
doctor-spf-not-covers-advice = Klären Sie mit Ihrem E-Mail-Anbieter, ob sein SPF-Teil (meist ein include:) in Ihrem Eintrag steht.

doctor-dkim-rsa = Nachrichten können signiert werden (DKIM-Schlüssel „{ $selector }“, RSA mit { $bits } Bit).
doctor-dkim-ed25519 = Nachrichten können signiert werden (DKIM-Schlüssel „{ $selector }“, Ed25519).
doctor-dkim-weak = Der DKIM-Schlüssel „{ $selector }“ hat nur { $bits } Bit: Empfänger beachten seine Signaturen vielleicht nicht.
doctor-dkim-weak-advice = Bitten Sie Ihren E-Mail-Anbieter um einen neuen Schlüssel mit mindestens 2048 Bit.
doctor-dkim-revoked = Der DKIM-Schlüssel „{ $selector }“ wurde zurückgezogen (er ist leer).
doctor-dkim-revoked-advice = Wenn nichts mehr damit signiert, ist das in Ordnung; sonst veröffentlichen Sie den aktuellen Schlüssel.
doctor-dkim-other = Der DKIM-Schlüssel „{ $selector }“ hat eine Art, die wir nicht kennen ({ $kind }).
doctor-dkim-broken = Der DKIM-Eintrag „{ $selector }“ ist fehlerhaft: { $reason }.
doctor-dkim-broken-advice = Übernehmen Sie den DKIM-Eintrag noch einmal genau so, wie Ihr E-Mail-Anbieter ihn vorgibt.
doctor-dkim-unknown = Wir konnten nicht feststellen, ob Ihre Nachrichten signiert werden (DKIM): Die üblichen Schlüsselnamen gibt es nicht, und andere lassen sich nicht auflisten.
doctor-dkim-unknown-advice = Ihr E-Mail-Anbieter kann Ihnen sagen, ob DKIM-Signaturen eingeschaltet sind und welchen Schlüsselnamen (Selector) er verwendet.

doctor-dmarc-missing = Die Domain hat keinen DMARC-Eintrag. Empfänger wissen daher nicht, was mit E-Mails geschehen soll, die die Prüfungen nicht bestehen, und große Anbieter begegnen Ihren E-Mails vielleicht mit Misstrauen.
doctor-dmarc-missing-advice = Bitten Sie die Verwalter Ihrer Domain, unter _dmarc einen TXT-Eintrag mit mindestens „v=DMARC1; p=none; rua=mailto:sie@ihredomain“ anzulegen, und verschärfen Sie ihn später.
doctor-dmarc-several = Die Domain hat mehr als einen DMARC-Eintrag; Empfänger ignorieren dann alle.
doctor-dmarc-several-advice = Behalten Sie unter _dmarc genau einen TXT-Eintrag.
doctor-dmarc-broken = Der DMARC-Eintrag ist fehlerhaft: { $reason }.
doctor-dmarc-broken-advice = Korrigieren Sie ihn so, dass er etwa „v=DMARC1; p=quarantine; rua=mailto:sie@ihredomain“ lautet.
doctor-dmarc-none = DMARC ist nur auf Beobachten gestellt (p=none): Gefälschte E-Mails im Namen Ihrer Domain werden weiterhin zugestellt. { $reports }
doctor-dmarc-none-advice = Sobald die Berichte zeigen, dass Ihre eigenen E-Mails die Prüfung bestehen, ändern Sie p=none in p=quarantine.
doctor-dmarc-ok = DMARC schützt Ihre Domain (p={ $policy }). { $reports }
doctor-dmarc-reports = Berichte gehen an { $to }.
doctor-dmarc-no-reports = Es werden keine Berichte angefordert.

doctor-mta-sts-missing = Die Domain verlangt von anderen Servern nicht, E-Mails an sie immer verschlüsselt zu senden (kein MTA-STS).
doctor-mta-sts-missing-advice = Freiwillig, aber empfohlen: Ihr E-Mail-Anbieter bietet MTA-STS vielleicht an.
doctor-mta-sts-broken = Die MTA-STS-Einrichtung ist fehlerhaft: { $reason }.
doctor-mta-sts-broken-advice = Korrigieren Sie den _mta-sts-Eintrag und die Richtlinie unter https://mta-sts.<Ihre Domain>/.well-known/mta-sts.txt oder entfernen Sie den Eintrag.
doctor-mta-sts-unfetchable = Die MTA-STS-Richtlinie unter { $url } konnte nicht gelesen werden: { $reason }.
doctor-mta-sts-timeout = Die MTA-STS-Richtlinie unter { $url } kam nicht rechtzeitig an.
doctor-mta-sts-mx-mismatch = Die MTA-STS-Richtlinie führt { $hosts } nicht auf, deshalb verweigern Server, die sich an sie halten, dorthin die Zustellung.
doctor-mta-sts-mx-mismatch-advice = Tragen Sie jeden MX-Server in die mx:-Zeilen der Richtlinie ein und ändern Sie dann die id im _mta-sts-Eintrag.
doctor-mta-sts-enforce = Andere Server müssen E-Mails an diese Domain verschlüsselt senden (MTA-STS, enforce).
doctor-mta-sts-testing = MTA-STS ist im Testmodus: Verschlüsselung wird erbeten, aber noch nicht verlangt.
doctor-mta-sts-testing-advice = Sobald die Berichte keine Probleme mehr zeigen, stellen Sie die Richtlinie auf mode: enforce um.
doctor-mta-sts-none = MTA-STS ist ausgeschaltet (mode: none).

doctor-tls-rpt-missing = Die Domain fordert keine Berichte über Verschlüsselungsprobleme an (kein TLS-RPT).
doctor-tls-rpt-missing-advice = Freiwillig: ein TXT-Eintrag unter _smtp._tls wie „v=TLSRPTv1; rua=mailto:sie@ihredomain“.
doctor-tls-rpt-ok = Berichte über Verschlüsselungsprobleme gehen an { $to }.
doctor-tls-rpt-broken = Der Eintrag für TLS-Berichte ist fehlerhaft: { $reason }.
doctor-tls-rpt-broken-advice = Korrigieren Sie ihn so, dass er etwa „v=TLSRPTv1; rua=mailto:sie@ihredomain“ lautet.

doctor-autoconfig-ok = Die Domain veröffentlicht ihre E-Mail-Einstellungen für E-Mail-Programme ({ $url }).
doctor-srv-ok = Die Domain veröffentlicht ihre E-Mail-Server als DNS-Diensteinträge (RFC 6186).
doctor-autoconfig-missing = { $domain } veröffentlicht ihre E-Mail-Einstellungen nicht, deshalb müssen E-Mail-Programme sie erraten.
doctor-autoconfig-missing-advice = Veröffentlichen Sie sie einmal, dann richtet sich jedes Gerät von selbst ein: `mailsetup export --format autoconfig` erzeugt die Einstellungsdatei und `mailsetup export --format dns` die DNS-Einträge.

## Warum ein Eintrag fehlerhaft ist: der `{ $reason }` der Befunde oben, die einen fehlerhaften Eintrag melden.
doctor-reason-dkim-not-dkim = Es ist kein DKIM-Schlüsseleintrag (v=DKIM1)
doctor-reason-dkim-no-key = Er enthält keinen öffentlichen Schlüssel (p=)
doctor-reason-dkim-bad-base64 = Der öffentliche Schlüssel ist kein gültiges Base64
doctor-reason-dmarc-not-dmarc = Er beginnt nicht mit v=DMARC1
doctor-reason-dmarc-no-policy = Er enthält keine Richtlinie (p=)
doctor-reason-dmarc-bad-policy = „{ $value }“ ist keine DMARC-Richtlinie (none, quarantine oder reject)
doctor-reason-dmarc-bad-pct = pct=„{ $value }“ ist keine Zahl von 0 bis 100
doctor-reason-dmarc-malformed = „{ $value }“ hat nicht die Form tag=value
doctor-reason-sts-no-version = Die Richtlinie enthält nicht version: STSv1
doctor-reason-sts-bad-mode = Die Richtlinie hat keinen gültigen mode (enforce, testing oder none)
doctor-reason-sts-bad-max-age = Die Richtlinie hat kein gültiges max_age
doctor-reason-sts-no-mx = Die Richtlinie führt keine mx-Muster auf
doctor-reason-sts-bad-record = Der DNS-Eintrag beginnt nicht mit v=STSv1 und einer id
doctor-reason-tls-rpt-bad = Der Eintrag beginnt nicht mit v=TLSRPTv1 und einer rua-Adresse
doctor-reason-spf-not-spf = Er beginnt nicht mit v=spf1
doctor-reason-spf-unknown-term = „{ $value }“ ist kein SPF-Bestandteil
doctor-reason-spf-missing-domain = „{ $value }“ braucht eine Domain
doctor-reason-spf-bad-network = „{ $value }“ ist kein gültiger Adressbereich
doctor-reason-spf-duplicate-modifier = Der Modifikator „{ $value }“ kommt zweimal vor

## Die Befehlszeile und die Seite im Assistenten
doctor-title = Meine Domain prüfen
doctor-intro = Ist { $domain } richtig eingerichtet, um E-Mails zu empfangen und zu senden?
doctor-running = Die DNS-Einträge der Domain werden geprüft …
doctor-status-ok = In Ordnung
doctor-status-warning = Sollte behoben werden
doctor-status-problem = Problem
doctor-status-unknown = Unklar
doctor-check-mx = Empfang (MX)
doctor-check-spf = Erlaubte Absender (SPF)
doctor-check-dkim = Signaturen (DKIM)
doctor-check-dmarc = Schutz vor Fälschungen (DMARC)
doctor-check-mta-sts = Verschlüsselung erzwingen (MTA-STS)
doctor-check-tls-rpt = Berichte zur Verschlüsselung (TLS-RPT)
doctor-check-autoconfig = Einstellungen für E-Mail-Programme
doctor-summary-ok = Nichts hiervon verhindert, dass Ihre E-Mails funktionieren.
doctor-summary-problem = Einige dieser Punkte verhindern, dass E-Mails ankommen oder als vertrauenswürdig gelten: siehe die Probleme oben.
