# Les problèmes de la vérification : un message qui dit ce qui ne va pas, un conseil qui dit quoi faire.
# Écrit pour des personnes qui n’ont jamais entendu parler d’IMAP ou de SMTP.

side-incoming = serveur de réception
side-outgoing = serveur d’envoi

check-server-said = { " " }Le serveur a répondu : « { $text } ».
# La même chose, pour une réponse qui se termine déjà par un point : pas de second point.
check-server-said-ended = { " " }Le serveur a répondu : « { $text } »

check-dns-missing = Le { $which } { $host } n’existe pas.
check-dns-missing-advice-incoming = Vérifiez que le nom du serveur ne contient pas de faute de frappe. S’il est correct, demandez à votre fournisseur de messagerie le bon serveur de réception, et si les enregistrements MX de votre domaine pointent bien vers lui.
check-dns-missing-advice-outgoing = Vérifiez que le nom du serveur ne contient pas de faute de frappe, ou demandez à votre fournisseur de messagerie le bon serveur d’envoi (SMTP).
check-dns-failed = La recherche du nom { $host } a échoué.
check-dns-failed-advice = Vérifiez que cet ordinateur est connecté à Internet, puis réessayez.

check-unreachable = Impossible de joindre le { $which } { $host } sur le port { $port }.
check-unreachable-advice-outgoing = Votre réseau ou un pare-feu bloque peut-être le port { $port } (beaucoup de réseaux bloquent les ports d’envoi), ou le serveur n’accepte pas de messages sur ce port. Essayez le port 465 ou 587, ou demandez à la personne qui gère votre réseau.
check-unreachable-advice = Un pare-feu bloque peut-être le port { $port }, ou le nom du serveur ou le port est faux. Vérifiez-les avec votre fournisseur de messagerie.

check-timeout = Le { $which } { $host } n’a pas répondu à temps (port { $port }).
check-timeout-advice = Le serveur est peut-être en panne, ou un pare-feu bloque le port sans prévenir. Réessayez plus tard ou depuis un autre réseau ; si cela se reproduit, contactez votre fournisseur de messagerie.

check-cert = Le certificat de sécurité de { $host } n’est pas valide : { $reason }.
check-cert-names = { " " }Il a été établi pour : { $names }.
check-cert-expired-on = { " " }Il a expiré le { $date }.
check-cert-reason-expired = il a expiré
check-cert-reason-not-yet-valid = il n’est pas encore valide
check-cert-reason-wrong-name = il a été établi pour d’autres noms
check-cert-reason-unknown-issuer = il n’est signé par aucune autorité à laquelle cet ordinateur fait confiance (certificat auto-signé ou émetteur inconnu)
check-cert-reason-revoked = il a été révoqué
check-cert-reason-other = il n’est pas valide
check-cert-advice-name = Le serveur porte peut-être un autre nom : essayez { $name } comme nom de serveur, ou demandez à votre fournisseur de messagerie quel nom utiliser.
check-cert-advice-date = Vérifiez que la date et l’heure de cet ordinateur sont justes. Si c’est le cas, le fournisseur doit renouveler son certificat : prévenez-le.
check-cert-advice = Votre mot de passe n’a pas été envoyé. Demandez à votre fournisseur de messagerie de corriger son certificat, et ne vous connectez pas avant qu’il l’ait fait.
check-cert-fingerprint = { " " }Empreinte du certificat (SHA-256) : { $fingerprint }.

check-tls-failed = Impossible d’établir une connexion sécurisée avec { $host }.
check-tls-failed-advice = Vérifiez que le nom du serveur ne contient pas de faute de frappe, ou demandez le bon nom à votre fournisseur de messagerie.
check-tls-failed-other-advice = La raison donnée : { $detail }. Réessayez plus tard ; si cela se reproduit, transmettez ces détails à votre fournisseur de messagerie.
check-tls-plain-text = { $host } répond sans chiffrement sur le port { $port } (il a dit « { $greeting } »), alors que les paramètres indiquent SSL/TLS.
check-tls-plain-text-advice = Le port { $port } utilise STARTTLS, pas SSL/TLS : choisissez STARTTLS comme sécurité pour le port { $port }, ou SSL/TLS avec le port { $tls_port }. Mail Setup a essayé les deux sans succès : demandez à votre fournisseur de messagerie quels paramètres utiliser.
check-tls-alert = { $host } a interrompu la mise en place de la connexion sécurisée (il a envoyé l’alerte TLS « { $alert } »).
check-tls-alert-advice = Votre mot de passe n’a pas été envoyé. Le chiffrement du serveur est mal configuré, ou il refuse cet ordinateur. Réessayez plus tard ; si cela se reproduit, transmettez ce message à votre fournisseur de messagerie.
check-tls-old = { $host } ne propose qu’un ancien chiffrement que ce programme n’accepte pas, car il n’est plus sûr.
check-tls-old-offered = { $host } ne propose qu’un ancien chiffrement ({ $offered }) que ce programme n’accepte pas, car il n’est plus sûr.
check-tls-no-cipher = { $host } ne propose aucune méthode de chiffrement acceptée par ce programme : les siennes ne sont plus sûres.
check-tls-old-advice = Votre mot de passe n’a pas été envoyé. Demandez à votre fournisseur de messagerie d’activer un chiffrement actuel (TLS 1.2 ou plus récent) sur son serveur.

check-no-encryption = Le { $which } { $host } ne propose pas de connexion chiffrée sur le port { $port }.
check-no-encryption-advice = Votre mot de passe n’a pas été envoyé, car n’importe qui sur le réseau aurait pu le lire. Demandez à votre fournisseur de messagerie des paramètres sécurisés (en général le port 993 pour la réception en IMAP, et 465 ou 587 pour l’envoi).

check-wrong-password = { $host } n’a pas accepté votre mot de passe.{ $server_says }
check-wrong-password-advice = Vérifiez le mot de passe (majuscules, disposition du clavier) et le nom d’utilisateur « { $username } ». Si vous utilisez la validation en deux étapes, votre fournisseur exige peut-être un mot de passe d’application.
check-send-login = Le serveur d’envoi n’a pas accepté votre identification, alors que la réception fonctionne.{ $server_says }
check-send-login-advice = L’envoi demande peut-être un réglage à part : vérifiez que l’identification pour l’envoi (SMTP) est activée sur votre compte, et si le serveur d’envoi attend un autre nom d’utilisateur. Les pages d’aide ou l’assistance de votre fournisseur pourront vous le dire.
check-app-password = { $host } n’accepte pas votre mot de passe habituel depuis un logiciel de messagerie.{ $server_says }
check-app-password-advice = Créez un mot de passe d’application dans les paramètres de sécurité de votre compte de messagerie (ou connectez-vous une fois sur le site du fournisseur), puis utilisez-le à la place de votre mot de passe habituel.
check-temporary = { $host } rencontre un problème passager et n’a pas pu vérifier votre identification.{ $server_says }
check-temporary-advice = Réessayez dans quelques minutes.
check-in-use = Votre boîte aux lettres sur { $host } est utilisée par un autre programme.{ $server_says }
check-in-use-advice = Fermez les autres logiciels de messagerie ou appareils qui relèvent cette boîte, attendez une minute, puis réessayez.
check-encryption-required = { $host } demande une connexion plus sécurisée avant l’identification.{ $server_says }
check-encryption-required-advice = Demandez à votre fournisseur de messagerie les paramètres sécurisés.

check-no-password-method = { $host } n’accepte pas l’identification par mot de passe depuis un logiciel de messagerie (il propose : { $offered }).
check-no-password-method-advice = Le fournisseur exige peut-être une connexion par son site web (OAuth2) ou un mot de passe d’application. Cherchez « mot de passe d’application » ou « accès IMAP » dans les pages d’aide de votre fournisseur.
check-login-not-offered = Le serveur d’envoi { $host } ne propose pas d’identification sur le port { $port }.
check-login-not-offered-advice = Ce port est peut-être réservé aux serveurs. Utilisez le port d’envoi (587 ou 465) indiqué par votre fournisseur, et vérifiez que l’envoi avec identification est activé sur votre compte.
check-unencodable = Votre mot de passe ou votre nom d’utilisateur contient des caractères que ce serveur ne peut pas recevoir.
check-unencodable-advice = Choisissez un mot de passe sans caractères inhabituels, ou demandez à votre fournisseur de messagerie.
check-refused = { $host } a refusé la connexion : « { $text } ».
check-refused-advice = Le serveur est peut-être surchargé, ou il n’accepte pas les connexions venant de votre réseau. Réessayez plus tard, ou demandez à votre fournisseur de messagerie.
check-not-protocol = { $host } ne répond pas comme un serveur { $protocol } sur le port { $port }.
check-not-protocol-advice = Le nom du serveur ou le port est sans doute faux. Vérifiez-les avec votre fournisseur de messagerie.
check-too-long = { $host } a envoyé plus que ce que ce programme lit ({ $limit }), la vérification s’est donc arrêtée là.
check-too-long-advice = Ce n’est pas ainsi qu’un serveur de messagerie répond d’habitude : vérifiez le nom du serveur et le port avec votre fournisseur de messagerie, et transmettez-lui ces détails.
check-closed = { $host } a fermé la connexion de façon inattendue.
check-closed-advice = Réessayez. Si cela se reproduit, le serveur ou votre réseau refuse peut-être les logiciels de messagerie ; contactez votre fournisseur de messagerie.

check-note-port-switch = Le port { $from } était injoignable ou n’a pas répondu à temps ; nous avons donc essayé le port { $to } à la place.
check-note-port-switch-works = Le port { $from } était injoignable ou n’a pas répondu à temps ; nous avons donc essayé le port { $to } à la place, et il fonctionne.
check-note-username = L’identification fonctionne avec le nom d’utilisateur « { $username } ».
check-note-plain-text-starttls = Le port { $port } utilise STARTTLS, pas SSL/TLS : le serveur a d’abord répondu sans chiffrement, nous avons donc sécurisé la connexion avec STARTTLS. Choisissez STARTTLS pour le port { $port } dans votre logiciel de messagerie.
check-note-plain-text-tls-port = Le port { $from } n’utilise pas SSL/TLS (le serveur a d’abord répondu sans chiffrement), nous avons donc utilisé SSL/TLS sur le port { $to }.
check-note-tls-expected = Le port { $port } utilise SSL/TLS, pas STARTTLS : le serveur y attend le chiffrement dès le début, nous avons donc utilisé SSL/TLS. Choisissez SSL/TLS pour le port { $port } dans votre logiciel de messagerie.
check-help-link = { " " }Votre fournisseur l’explique ici : { $url }
check-cert-reason-pin = ce n’est pas le certificat que votre organisation a annoncé
check-cert-advice-pin = Votre mot de passe n’a pas été envoyé. Quelqu’un intercepte peut-être la connexion, ou le serveur a un nouveau certificat dont votre organisation n’a pas encore informé Mail Setup. Donnez à votre service d’assistance l’empreinte ci-dessous.

## Connexion OAuth2 et mots de passe refusés par un fournisseur
check-password-not-allowed = { $host } n’accepte pas le mot de passe de votre compte depuis un logiciel de messagerie : votre fournisseur vous connecte sur sa propre page.
check-password-not-allowed-advice = Votre fournisseur demande sa propre connexion, ou un mot de passe d’application créé dans les paramètres de sécurité de votre compte. Utilisez ce mot de passe d’application à la place de votre mot de passe habituel, ou demandez à votre service d’assistance.
check-password-not-allowed-advice-microsoft = Avec Microsoft 365, vous vous connectez auprès de Microsoft dans votre navigateur au lieu de taper ici votre mot de passe. Si cette version de Mail Setup ne sait pas le faire, demandez à votre service d’assistance, ou ajoutez le compte dans Thunderbird, qui se connecte tout seul auprès de Microsoft.
check-password-not-allowed-advice-google = Google demande un mot de passe d’application : créez-en un sur https://myaccount.google.com/apppasswords (la validation en deux étapes doit être activée) et utilisez-le à la place de votre mot de passe habituel, ou connectez-vous avec Google si votre service d’assistance l’a mis en place.
check-no-token-method = { $host } ne propose pas la connexion avec un jeton de votre fournisseur (il propose : { $offered }).
check-no-token-method-advice = Ce serveur n’accepte pas la connexion du fournisseur. Vérifiez qu’il s’agit bien des serveurs de votre fournisseur, ou demandez à votre service d’assistance.
check-token-refused = { $host } n’a pas accepté votre connexion.{ $server_says }
check-token-refused-advice = La connexion a peut-être expiré ou été révoquée. Reconnectez-vous ; si cela se reproduit, demandez à votre service d’assistance.
check-token-scope = { $host } indique que votre connexion ne donne pas accès au courrier.{ $server_says }
check-token-scope-advice = Reconnectez-vous et acceptez toutes les autorisations que demande le fournisseur. Si la page ne parle jamais du courrier, contactez votre service d’assistance : l’enregistrement du programme n’a peut-être pas l’accès au courrier.
check-token-not-allowed = { $host } n’autorise pas les logiciels de messagerie à se connecter à cette boîte aux lettres.{ $server_says }
check-token-not-allowed-advice = Demandez à votre administrateur d’activer IMAP, POP et SMTP authentifié pour votre boîte aux lettres.
sign-in-cancelled = La connexion a été annulée sur la page de votre fournisseur.
sign-in-cancelled-advice = Pour utiliser ce compte ici, reconnectez-vous et autorisez Mail Setup à lire et à envoyer votre courrier.
sign-in-failed = La connexion auprès de votre fournisseur n’a pas abouti : { $reason }.
sign-in-failed-advice = Réessayez. Si l’échec se répète, transmettez ces détails à votre service d’assistance.
sign-in-not-configured = { $provider } vous connecte sur sa propre page, et cet exemplaire de Mail Setup ne sait pas le faire avec lui.
sign-in-not-configured-advice = Thunderbird se connecte seul à { $provider } : ajoutez le compte à Thunderbird et connectez-vous quand il vous le demande. Votre service d’assistance peut aussi configurer Mail Setup pour { $provider }.
sign-in-reason-state = la réponse reçue ne correspondait pas à cette connexion
sign-in-reason-timeout = le navigateur n’est pas revenu dans les 5 minutes
sign-in-reason-answer-too-long = la réponse reçue dépasse 8 Kio, elle n’a donc pas été lue
sign-in-reason-listener = cet ordinateur n’a pas pu attendre la réponse du navigateur ({ $detail })
sign-in-reason-token = le fournisseur n’a pas délivré la connexion ({ $detail })
sign-in-reason-token-timeout = le fournisseur n’a pas répondu à temps
sign-in-reason-denied = le fournisseur a refusé ({ $detail })
sign-in-reason-endpoint = l’adresse de connexion du fournisseur n’est pas une adresse https:// sécurisée
sign-in-open-browser = Connectez-vous auprès de { $provider } dans votre navigateur. S’il ne s’ouvre pas, allez à l’adresse :
sign-in-page-done = La connexion a réussi. Vous pouvez fermer cet onglet et revenir à Mail Setup.
sign-in-page-failed = La connexion n’a pas abouti. Vous pouvez fermer cet onglet et revenir à Mail Setup.
sign-in-reason-issuer = la réponse venait d’un autre fournisseur que celui auprès duquel vous vous connectiez
sign-in-reason-register = Mail Setup n’a pas pu se faire connaître de votre fournisseur ({ $detail })
sign-in-your-provider = Votre fournisseur
sign-in-admin-approval = Votre organisation doit d’abord autoriser Mail Setup avant que vous puissiez vous connecter.
sign-in-admin-approval-advice = Demandez à votre administrateur informatique d’autoriser Mail Setup pour votre organisation, puis réessayez.
sign-in-admin-approval-advice-link = Demandez à votre administrateur informatique d’autoriser Mail Setup pour votre organisation, puis réessayez. Il peut le faire à cette adresse : { $link }

# What the window copies for the helpdesk after a failed sign-in.
sign-in-details-heading = == Connexion chez { $provider } ({ $kind }) ==
sign-in-details-admin-consent = Page d’approbation par l’administrateur : { $url }
# The command line cannot find its own file (to start the window program beside it).
cli-no-self = Impossible de savoir où se trouve ce programme : { $reason }
# A password given on standard input that is not text.
cli-not-utf8 = le texte n’est pas en UTF-8 valide
