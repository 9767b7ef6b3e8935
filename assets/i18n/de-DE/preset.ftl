# Vorgaben des IT-Supports (`preset.toml`): was an einer nicht stimmt und wie der Assistent die Organisation zeigt.

preset-error-at = { $file }, Zeile { $line }: { $reason }
preset-error = { $file }: { $reason }
preset-unreadable = Die Datei konnte nicht gelesen werden ({ $reason })
preset-too-large = Die Datei ist größer als 1 MiB
preset-file-too-large = Die Datei ist größer als 1 MiB
preset-syntax = { $reason }
preset-no-name = [organisation] name ist leer; geben Sie den Namen der Organisation so an, wie die Leute sie kennen
preset-logo-unreadable = Das Logo „{ $file }“ konnte nicht gelesen werden ({ $reason }); es muss neben der Vorgabedatei liegen
preset-logo-too-large = Das Logo „{ $file }“ ist größer als 1 MiB
preset-logo-not-image = Das Logo „{ $file }“ ist weder ein SVG- noch ein PNG-Bild (oder das PNG ist beschädigt)
preset-logo-too-many-pixels = Das Logo „{ $file }“ hat { $width } × { $height } Pixel; erlaubt sind höchstens { $max } in jeder Richtung
preset-no-support = [support] ist vorhanden, aber leer; geben Sie mindestens eine E-Mail-Adresse, eine Telefonnummer oder eine Webseite an
preset-bad-support-email = „{ $value }“ ist keine E-Mail-Adresse
preset-bad-support-url = „{ $value }“ ist keine Webadresse (sie muss mit https:// oder http:// beginnen)
preset-bad-support-phone = „{ $value }“ ist keine Telefonnummer (höchstens 40 Zeichen in einer Zeile)
preset-no-domains = [mail] domains ist leer; führen Sie die E-Mail-Domains auf, für die diese Vorgabe gilt
preset-bad-domain = „{ $domain }“ ist keine Domain, unter der man E-Mail-Adressen haben kann: { $reason }
preset-duplicate-domain = „{ $domain }“ ist doppelt aufgeführt
preset-no-servers = [mail] nennt keine Server; geben Sie entweder autoconfig = "datei.xml" oder Einträge [[mail.incoming]] und [[mail.outgoing]] an
preset-both-server-kinds = [mail] enthält sowohl eine Autoconfig-Datei als auch direkt angegebene Server; behalten Sie nur eins von beiden
preset-autoconfig-unreadable = Die Autoconfig-Datei „{ $file }“ konnte nicht gelesen werden ({ $reason })
preset-autoconfig-invalid = Die Autoconfig-Datei „{ $file }“ ist nicht verwendbar: { $reason }
preset-no-incoming = Es ist kein Posteingangsserver (IMAP oder POP3) angegeben
preset-no-outgoing = Es ist kein Postausgangsserver (SMTP) angegeben
preset-bad-host = „{ $host }“ ist kein gültiger Servername
preset-bad-port = Port 0 ist kein gültiger Port
preset-plain-text = { $host } ist auf eine Verbindung ohne Verschlüsselung eingestellt; das Passwort wäre unterwegs lesbar. Verwenden Sie "tls" oder "starttls"
preset-wrong-direction = { $protocol } gehört nicht in { $list }
preset-no-password-auth = { $host } ist auf eine Anmeldeart eingestellt, die kein Passwort verwendet; Mail Setup kann nur die Anmeldung mit Passwort einrichten
preset-no-protocols = [rules] protocols ist leer; erlauben Sie "imap", "pop3" oder beides
preset-protocol-not-incoming = [rules] protocols nennt { $protocol }, womit man keine E-Mails empfängt; verwenden Sie "imap" oder "pop3"
preset-no-allowed-server = [rules] protocols erlaubt keinen der Posteingangsserver, die die Vorgabe nennt
preset-no-exports = [rules] exports ist leer; lassen Sie es weg, um alle Formate anzubieten
preset-bad-pin = „{ $value }“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern, Doppelpunkte erlaubt)
preset-pin-unknown-host = Ein Zertifikats-Pin nennt { $host }, aber keiner der Server in der Vorgabe verwendet diesen Namen

# Wie der Assistent und die Befehle eine Vorgabe zeigen.
preset-title = { $organisation } – Mail Setup
preset-welcome = { $organisation }
preset-ignored = Die Einstellungsdatei Ihrer Organisation war nicht verwendbar, deshalb arbeitet Mail Setup ohne sie. Geben Sie Ihrem IT-Support Bescheid: { $error }
preset-support-heading = Kommen Sie nicht weiter? Der IT-Support von { $organisation } hilft Ihnen:
preset-support-email = E-Mail: { $email }
preset-support-phone = Telefon: { $phone }
preset-support-url = Web: { $url }
preset-source-detail = Einstellungen von { $organisation } ({ $file })
cli-preset-ignored = Warnung: { $error } – es geht ohne die Vorgabe weiter.
cli-preset-ok = { $file }: eine gültige Vorgabe für { $organisation } ({ $domains }).
cli-preset-help-contact = Hilfe: { $contact }

preset-bad-oauth = Ein [[oauth]]-Eintrag enthält { $value }, und das ist kein einfacher Aussteller-Name, keine Client-ID und kein Mandant (ohne Leerzeichen oder Schrägstriche)
preset-unknown-issuer = ein [[oauth]]-Eintrag nennt den Aussteller { $value }, den kein Mail Setup bekannter Anbieter verwendet (bekannt: { $known })
preset-not-a-guid = die Microsoft-Client-ID { $value } ist keine Anwendungs-ID (sie sieht so aus: 0b7f6c2e-1d3a-4e5f-9a8b-7c6d5e4f3a21; kopieren Sie die „Anwendungs-ID (Client)“ von der Übersichtsseite der App)
preset-bad-placeholder = { $value } kann Mail Setup nicht ausfüllen (eine Vorlage darf { $known } enthalten)
preset-bad-provision-address = die Adressvorlage { $value } ergibt ausgefüllt keine E-Mail-Adresse (schreiben Sie sie etwa so: "{"{"}user{"}"}@example.co.uk")
preset-at-login-needs-address = at_login = true braucht in [provision] eine Adressvorlage (etwa address = "{"{"}user{"}"}@example.co.uk"): bei der Anmeldung wird niemand danach gefragt
