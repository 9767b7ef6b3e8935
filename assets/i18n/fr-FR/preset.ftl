# Préréglages du service d’assistance (`preset.toml`) : ce qui ne va pas dans l’un d’eux, et comment l’assistant présente l’organisation.

preset-error-at = { $file }, ligne { $line } : { $reason }
preset-error = { $file } : { $reason }
preset-unreadable = impossible de lire le fichier ({ $reason })
preset-too-large = le fichier dépasse 1 Mio
preset-file-too-large = le fichier dépasse 1 Mio
preset-syntax = { $reason }
preset-no-name = [organisation] name est vide ; indiquez le nom de l’organisation tel que les gens le connaissent
preset-logo-unreadable = impossible de lire le logo « { $file } » ({ $reason }) ; il doit se trouver à côté du fichier de préréglage
preset-logo-too-large = le logo « { $file } » dépasse 1 Mio
preset-logo-not-image = le logo « { $file } » n’est ni une image SVG ni une image PNG (ou le PNG est endommagé)
preset-logo-too-many-pixels = le logo « { $file } » mesure { $width } × { $height } pixels ; { $max } au maximum dans chaque sens
preset-no-support = [support] est présent mais vide ; indiquez au moins une adresse e-mail, un numéro de téléphone ou une page web
preset-bad-support-email = « { $value } » n’est pas une adresse e-mail
preset-bad-support-url = « { $value } » n’est pas une adresse web (elle doit commencer par https:// ou http://)
preset-bad-support-phone = « { $value } » n’est pas un numéro de téléphone (40 caractères au maximum, sur une seule ligne)
preset-no-domains = [mail] domains est vide ; indiquez les domaines de messagerie que couvre ce préréglage
preset-bad-domain = « { $domain } » n’est pas un domaine sur lequel on peut avoir une adresse : { $reason }
preset-duplicate-domain = « { $domain } » figure deux fois
preset-no-servers = [mail] ne nomme aucun serveur ; indiquez soit autoconfig = "fichier.xml", soit des entrées [[mail.incoming]] et [[mail.outgoing]]
preset-both-server-kinds = [mail] contient à la fois un fichier autoconfig et des serveurs décrits directement ; n’en gardez qu’un
preset-autoconfig-unreadable = impossible de lire le fichier autoconfig « { $file } » ({ $reason })
preset-autoconfig-invalid = le fichier autoconfig « { $file } » est inutilisable : { $reason }
preset-no-incoming = aucun serveur de réception (IMAP ou POP3) n’est indiqué
preset-no-outgoing = aucun serveur d’envoi (SMTP) n’est indiqué
preset-bad-host = « { $host } » n’est pas un nom de serveur valide
preset-bad-port = le port 0 n’est pas un port valide
preset-plain-text = { $host } est réglé pour se connecter sans chiffrement ; le mot de passe serait lisible en chemin. Utilisez "tls" ou "starttls"
preset-wrong-direction = { $protocol } n’a pas sa place dans { $list }
preset-no-password-auth = { $host } est réglé sur une méthode de connexion qui n’utilise pas le mot de passe ; Mail Setup ne sait configurer que la connexion par mot de passe
preset-no-protocols = [rules] protocols est vide ; autorisez "imap", "pop3" ou les deux
preset-protocol-not-incoming = [rules] protocols mentionne { $protocol }, qui ne sert pas à recevoir du courrier ; utilisez "imap" ou "pop3"
preset-no-allowed-server = [rules] protocols n’autorise aucun des serveurs de réception indiqués par le préréglage
preset-no-exports = [rules] exports est vide ; supprimez-le pour proposer tous les formats
preset-bad-pin = « { $value } » n’est pas une empreinte SHA-256 (64 chiffres hexadécimaux, deux-points autorisés)
preset-pin-unknown-host = un certificat épinglé mentionne { $host }, qu’aucun des serveurs du préréglage n’utilise

# Comment l’assistant et les commandes présentent un préréglage.
preset-title = { $organisation } — Mail Setup
preset-welcome = { $organisation }
preset-ignored = Le fichier de paramètres de votre organisation n’a pas pu être utilisé ; Mail Setup fonctionne donc sans lui. Signalez-le à votre service d’assistance : { $error }
preset-support-heading = Besoin d’aide ? Contactez le service d’assistance de { $organisation } :
preset-support-email = E-mail : { $email }
preset-support-phone = Téléphone : { $phone }
preset-support-url = Web : { $url }
preset-source-detail = Paramètres de { $organisation } ({ $file })
cli-preset-ignored = avertissement : { $error } — poursuite sans le préréglage.
cli-preset-ok = { $file } : un préréglage valide pour { $organisation } ({ $domains }).
cli-preset-help-contact = Pour obtenir de l’aide : { $contact }

preset-bad-oauth = une entrée [[oauth]] contient { $value }, qui n’est pas un simple nom d’émetteur, identifiant client ou locataire (sans espaces ni barres obliques)
preset-unknown-issuer = une entrée [[oauth]] nomme l’émetteur { $value }, qu’aucun fournisseur connu de Mail Setup n’utilise (connus : { $known })
preset-not-a-guid = l’identifiant client Microsoft { $value } n’est pas un identifiant d’application (il ressemble à 0b7f6c2e-1d3a-4e5f-9a8b-7c6d5e4f3a21 : copiez l’« ID d’application (client) » depuis la page de présentation de l’application)
preset-bad-placeholder = Mail Setup ne sait pas remplir { $value } (un modèle peut contenir { $known })
preset-bad-provision-address = le modèle d’adresse { $value } ne donne pas une adresse e-mail une fois rempli (écrivez-le par exemple "{"{"}user{"}"}@example.co.uk")
preset-at-login-needs-address = at_login = true demande un modèle d’adresse dans [provision] (par exemple address = "{"{"}user{"}"}@example.co.uk") : à l’ouverture de session, personne n’est interrogé
