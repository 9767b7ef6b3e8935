# Pourquoi quelque chose a échoué sur le réseau, dans le trousseau ou dans ce qui a été saisi. Ce sont
# les mots des types d’erreur eux-mêmes : une courte phrase, souvent placée après un deux-points dans
# un message plus long, donc sans majuscule ni point final. Un `{ $reason }` est le détail donné par
# le système ou le serveur, le plus souvent en anglais.

## Connexion (src/net/tcp.rs)

error-tcp-refused = la connexion a été refusée
error-tcp-unreachable = le serveur est injoignable d’ici (aucune route)
error-tcp-failed = la connexion a échoué : { $reason }
# $reason est l’un des messages error-cert-* ci-dessous.
error-tcp-certificate = le certificat du serveur n’a pas été accepté : { $reason }
# $name est le nom d’hôte entre guillemets droits, par ex. "mail example.com".
error-tcp-bad-name = { $name } n’est pas un nom d’hôte valide pour TLS

## Mise en place du chiffrement (TLS)

# $greeting est ce que le serveur a envoyé à la place, entre guillemets droits.
error-tls-plain-text = le serveur a répondu sans chiffrement alors qu’un chiffrement était attendu : { $greeting }
# $alert est le nom technique de l’alerte, par ex. handshake_failure.
error-tls-alert = le serveur a interrompu la mise en place de la connexion chiffrée avec l’alerte TLS { $alert }
error-tls-old-version = le serveur ne propose qu’un chiffrement ancien
# $version est la version proposée par le serveur, par ex. « TLS 1.0 ».
error-tls-old-version-offered = le serveur ne propose qu’un chiffrement ancien ({ $version })
error-tls-no-common-cipher = le serveur ne propose aucune méthode de chiffrement acceptée par ce programme
error-tls-failed = l’établissement de la connexion TLS a échoué : { $reason }

## Ce qui ne va pas avec le certificat du serveur : vient après le deux-points de error-tcp-certificate, « il » est le certificat.

error-cert-expired = il a expiré
error-cert-not-yet-valid = il n’est pas encore valide
error-cert-wrong-name = il a été établi pour d’autres noms
error-cert-unknown-issuer = il n’est signé par aucune autorité à laquelle cet ordinateur fait confiance (certificat auto-signé ou émetteur inconnu)
error-cert-revoked = il a été révoqué
# Un service informatique a indiqué quel certificat ce serveur possède, et celui-ci est différent.
error-cert-pin-mismatch = ce n’est pas le certificat annoncé par votre organisation
error-cert-other = il n’est pas valide : { $reason }

## Récupérer des réglages sur le Web (src/net/http.rs)

error-http-connect = connexion impossible : { $reason }
error-http-certificate = le certificat du serveur n’a pas été accepté : { $reason }
# $status est le code d’état HTTP, par ex. 404.
error-http-status = le serveur a répondu HTTP { $status }
# $size est un nombre et $unit dit de quoi : mib (Mio), kib (Kio) ou bytes (octets).
error-http-too-large = la réponse dépasse { $unit ->
        [mib] { $size } Mio
        [kib] { $size } Kio
       *[bytes] { $size } octets
    }
error-http-too-many-redirects = trop de redirections
# Une adresse Web a renvoyé d’une adresse chiffrée (https://) vers une adresse non chiffrée (http://).
error-http-downgrade = une redirection a tenté de passer de HTTPS à HTTP non chiffré
error-http-downgrade-refused = redirection de HTTPS vers HTTP refusée
error-http-timeout = le serveur n’a pas répondu à temps
error-http-failed = la requête a échoué : { $reason }

## Une conversation avec un serveur de messagerie (src/net/session.rs)

error-session-connect-timeout = la connexion n’a pas pu être ouverte à temps
error-session-handshake-timeout = le serveur n’a pas terminé la mise en place du chiffrement à temps
# Le serveur a accepté la connexion mais n’a pas envoyé sa première ligne (son message d’accueil).
error-session-greeting-timeout = le serveur a accepté la connexion mais ne s’est pas présenté à temps
error-session-reply-timeout = le serveur a cessé de répondre
error-session-plain-refused = la connexion ne serait pas chiffrée
error-session-io = erreur de connexion : { $reason }

## Recherches DNS (src/net/dns.rs)

# $name est un nom de domaine ou d’hôte.
error-dns-nxdomain = { $name } n’existe pas
error-dns-no-records = { $name } n’a aucun enregistrement de ce type
error-dns-timeout = le serveur DNS n’a pas répondu à temps
error-dns-servfail = le serveur DNS a signalé un échec (SERVFAIL)
error-dns-refused = le serveur DNS a refusé de répondre (REFUSED)
error-dns-failed = la recherche DNS a échoué : { $reason }

## Mise en place des fonctions réseau (src/net/mod.rs)

error-net-resolver = impossible de lire la configuration DNS du système : { $reason }
# $path est un fichier donné avec --ca-file.
error-net-ca-file = impossible de lire les certificats de { $path } : { $reason }
error-net-ca-file-empty = { $path } ne contient aucun certificat PEM
error-net-tls = impossible de mettre en place TLS : { $reason }
error-net-http = impossible de mettre en place le client HTTP : { $reason }

## Comment s’est terminée une conversation avec un serveur de messagerie (src/proto/shared.rs)

# $reply est la réponse du serveur lui-même, le plus souvent en anglais.
error-dialogue-refused = le serveur a refusé la connexion : { $reply }
error-dialogue-not-protocol = le serveur ne parle pas le protocole attendu
error-dialogue-no-encryption = le serveur ne propose pas de chiffrement (STARTTLS)
error-dialogue-starttls-refused = le serveur a proposé STARTTLS puis l’a refusé : { $reply }
# $offered liste les méthodes de connexion du serveur, séparées par des espaces, par ex. « PLAIN LOGIN ».
error-dialogue-no-password-method = le serveur n’accepte aucune méthode de connexion par mot de passe que nous pouvons utiliser (il propose : { $offered })
error-dialogue-password-not-allowed = le serveur n’accepte ici qu’une connexion OAuth2, pas de mot de passe (il propose : { $offered })
error-dialogue-no-token-method = le serveur ne propose pas de connexion OAuth2 (OAUTHBEARER, XOAUTH2 ; il propose : { $offered })
error-dialogue-login-not-offered = le serveur ne propose pas de connexion sur ce port
# Une vérification sans mot de passe s’est arrêtée là où elle se serait connectée.
error-dialogue-not-sent = la connexion n’a pas été tentée (aucun mot de passe n’a été donné)
error-dialogue-rejected = la connexion a été refusée : { $reply }
error-dialogue-unencodable = le mot de passe contient des caractères qui ne peuvent pas être envoyés à ce serveur
error-dialogue-closed = le serveur a fermé la connexion
# $kib est un nombre de kibioctets (Kio).
error-dialogue-line-too-long = le serveur a envoyé une ligne de plus de { $kib } Kio
error-dialogue-reply-too-long = le serveur a envoyé une réponse de plus de { $lines } lignes ou de plus de { $capabilities } capacités

## Lecture des lignes du serveur (src/proto/lines.rs)

error-lines-too-long = le serveur a envoyé une ligne de plus de { $kib } Kio

## Connexion (SASL, src/proto/sasl.rs)

error-sasl-has-nul = le nom d’utilisateur ou le mot de passe contient un caractère NUL
# Le serveur a continué à demander alors que la méthode de connexion avait tout envoyé.
error-sasl-exhausted = le serveur a demandé plus que ce que la méthode de connexion a à dire
# Un « challenge » est l’explication codée par laquelle le serveur dit pourquoi un jeton de connexion a été refusé.
error-sasl-challenge-too-long = le challenge dépasse { $max } caractères
error-sasl-challenge-not-base64 = le challenge n’est pas codé en base64
error-sasl-challenge-not-json = le challenge n’est pas un objet JSON avec un statut

## L’adresse e-mail saisie (src/address.rs)

error-address-empty = l’adresse est vide
error-address-missing-at = l’adresse ne contient pas de signe @
error-address-empty-local-part = la partie avant le @ est vide
error-address-empty-domain = la partie après le @ est vide
error-address-local-part-too-long = la partie avant le @ dépasse 64 caractères
# $character est le caractère entre apostrophes droites, par ex. ' ' ou ','.
error-address-bad-character = l’adresse contient un caractère non autorisé : { $character }
error-address-bad-dots = la partie avant le @ a un point au début ou à la fin, ou deux points à la suite
error-address-ip-literal = les adresses directement sur une adresse IP ne sont pas prises en charge
# $domain est entre guillemets droits, par ex. "example..com".
error-address-bad-domain = le domaine { $domain } n’est pas un nom de domaine valide
error-address-single-label = le domaine { $domain } doit contenir au moins un point, comme example.com
# Un suffixe public est un nom comme « co.uk » sous lequel on n’enregistre que d’autres domaines.
error-address-public-suffix = { $domain } est un suffixe public : aucune boîte aux lettres ne peut se trouver directement dessous

## Connexion auprès du fournisseur (src/oauth/mod.rs)

# $value est ce qui a été donné, entre guillemets droits ; ISSUER=CLIENT_ID est la forme attendue, à garder telle quelle.
error-oauth-bad-registration = { $value } n’est pas de la forme ISSUER=CLIENT_ID
error-oauth-cancelled = la connexion a été annulée sur la page du fournisseur
error-oauth-denied = le fournisseur a refusé la connexion : { $reason }
error-oauth-state-mismatch = la réponse n’appartenait pas à cette connexion (state ne correspond pas)
error-oauth-timeout = le navigateur n’est pas revenu à temps
error-oauth-answer-too-long = la réponse du navigateur dépasse { $kib } Kio
error-oauth-listener = impossible d’attendre la réponse du navigateur : { $reason }
# Le point de terminaison des jetons est l’adresse du fournisseur qui délivre les jetons de connexion.
error-oauth-token = le point de terminaison des jetons a échoué : { $reason }
error-oauth-token-timeout = le point de terminaison des jetons n’a pas répondu à temps
# Une connexion gardée dans le trousseau depuis une fois précédente.
error-oauth-refresh-refused = la connexion enregistrée n’est plus valide
error-oauth-insecure-endpoint = les adresses de connexion du fournisseur ne sont pas des adresses https://
error-oauth-admin-approval = votre organisation doit d’abord approuver Mail Setup
error-oauth-issuer-mismatch = la réponse venait d’un autre fournisseur que celui qui a été interrogé (iss)
error-oauth-invalid-client = le fournisseur ne connaît pas ce programme (invalid_client)
error-oauth-not-offered = le fournisseur ne propose aucune connexion que ce programme peut utiliser sans inscription
error-oauth-metadata = les réglages de connexion du fournisseur n’ont pas pu être lus : { $reason }
error-oauth-registration = le fournisseur a refusé d’inscrire ce programme : { $reason }

## Ouverture du navigateur (src/oauth/browser.rs)

error-browser-failed = impossible de lancer un navigateur : { $reason }

## Le trousseau du système (src/secrets.rs)

error-keyring-unavailable = aucun trousseau n’est disponible sur cet ordinateur : { $reason }
error-keyring-locked = le trousseau est verrouillé : { $reason }
error-keyring-other = le trousseau a refusé le mot de passe : { $reason }
