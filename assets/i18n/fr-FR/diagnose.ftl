# Le test d’envoi et de réception, et le diagnostic d’une messagerie déjà configurée. Écrit pour des
# personnes qui n’ont jamais entendu parler d’IMAP, de SMTP ou de port.

## Le message de test lui-même (il arrive un instant dans la boîte de réception de la personne).

send-test-subject = Message de test de Mail Setup (vous pouvez le supprimer)
send-test-body =
    Ceci est un message de test envoyé par Mail Setup.
    Il a été envoyé de votre adresse à elle-même pour vérifier que votre courrier arrive vraiment.
    Mail Setup le retire dès qu’il l’a vu ; si vous pouvez encore le lire, supprimez-le simplement.

## Ce que le test a trouvé.

send-test-refused = Votre serveur d’envoi n’a pas voulu envoyer le message de test. Il a répondu : « { $reply } »
send-test-refused-sender-advice = Le serveur n’autorise peut-être pas cette identification à envoyer depuis cette adresse. Vérifiez que l’adresse d’expédition est bien celle de la boîte aux lettres à laquelle vous vous connectez, ou demandez à votre fournisseur de messagerie quelles adresses cette identification peut utiliser.
send-test-refused-message-advice = Le serveur a refusé le message lui-même. Réessayez plus tard ; si cela se reproduit, demandez à votre fournisseur de messagerie pourquoi les messages sont refusés.
send-test-not-delivered = Le message de test a été envoyé, mais il n’est pas arrivé dans votre boîte de réception en { $seconds } secondes.
send-test-not-delivered-advice = Votre courrier est peut-être livré ailleurs, ou il est simplement lent aujourd’hui. { $mx }
send-test-sending = Envoi d’un message de test à vous-même…
send-test-sent-arrived = Message de test : envoyé, et arrivé dans votre boîte de réception au bout de { $seconds } secondes.
send-test-removed = Il a été retiré.
send-test-flagged = Il a été marqué comme supprimé ; votre logiciel de messagerie le retirera au prochain nettoyage de la boîte de réception.
send-test-left = Il n’a pas pu être retiré : vous pouvez le supprimer vous-même (son objet commence par « Message de test de Mail Setup »).
send-test-not-run = Le message de test n’a pas été envoyé, car l’identification n’a pas fonctionné.
send-test-not-run-advice = Réglez d’abord le problème d’identification (voir ci-dessus), puis relancez le test.

## Constats du diagnostic (mailsetup diagnose, et « Réparer ma messagerie » dans l’assistant).

diagnose-outgoing-no-login = Votre logiciel de messagerie envoie sans s’identifier auprès du serveur d’envoi. La plupart des fournisseurs refusent le courrier envoyé ainsi : c’est la raison habituelle pour laquelle on peut recevoir mais pas envoyer.
diagnose-outgoing-no-login-advice = Activez « le serveur d’envoi requiert une authentification », avec le même nom d’utilisateur que pour la réception. « Réparer » le fait pour vous.
diagnose-pop3-deletes = Ce compte télécharge votre courrier en POP3, puis le supprime du serveur. Votre téléphone, votre webmail et vos autres ordinateurs ne verront pas ces messages.
diagnose-pop3-deletes-by-age = Ce compte télécharge votre courrier en POP3 et le supprime du serveur au bout de quelques jours. Votre téléphone, votre webmail et vos autres ordinateurs ne verront pas les messages plus anciens.
diagnose-pop3-deletes-advice = Activez « laisser les messages sur le serveur ». « Réparer » le fait pour vous ; aucun message n’est supprimé.
diagnose-not-encrypted = Le { $which } { $host } est utilisé sans chiffrement : votre mot de passe et vos messages circulent lisibles par d’autres.
diagnose-not-encrypted-advice = Passez à une connexion chiffrée (SSL/TLS ou STARTTLS). « Réparer » le fait après avoir vérifié que la connexion chiffrée fonctionne.
diagnose-wrong-port = Le { $which } { $host } ne répond pas sur le port { $port }, mais il répond sur le port { $works }.
diagnose-wrong-port-advice = Utilisez le port { $port }. « Réparer » fait ce changement pour vous.
diagnose-wrong-security = Le port { $port } du { $which } { $host } utilise { $works }, pas { $set }.
diagnose-wrong-security-advice = Réglez la sécurité sur { $works } pour le port { $port }. « Réparer » fait ce changement pour vous.
diagnose-wrong-security-port = Le port { $port } du { $which } { $host } n’utilise pas { $set } : le serveur y répond d’abord sans chiffrement. { $set } fonctionne sur le port { $works }.
diagnose-wrong-security-port-advice = Utilisez le port { $port } avec { $security }. « Réparer » fait ce changement pour vous.
diagnose-provider-sign-in = Pour le { $which }, vous vous connectez sur la page de votre fournisseur, et aucune connexion n’est gardée sur cet ordinateur : seuls la connexion au serveur et son chiffrement ont été vérifiés, pas l’identification.
diagnose-provider-sign-in-advice = Votre logiciel de messagerie vous demande de vous connecter chez votre fournisseur quand il en a besoin. Pour faire vérifier aussi l’identification, configurez le compte une fois avec Mail Setup.
diagnose-wrong-server = Le { $which } { $host } est inutilisable, mais le serveur { $works } de votre fournisseur fonctionne.
diagnose-wrong-server-advice = Utilisez le serveur { $works }. « Réparer » fait ce changement pour vous.
diagnose-cannot-connect = Impossible de joindre le { $which } { $host } sur le port { $port }, ni aucun autre serveur pour votre adresse.
diagnose-cannot-connect-advice = Vérifiez que cet ordinateur est connecté à Internet. Si c’est le cas, demandez à votre fournisseur de messagerie les bons paramètres de serveur.
diagnose-username-form = Le { $which } n’accepte pas le nom d’utilisateur « { $configured } », mais il accepte « { $works } ».
diagnose-username-form-advice = Utilisez le nom d’utilisateur qui fonctionne. « Réparer » fait ce changement pour vous.
diagnose-login-failed = L’identification n’a pas fonctionné.
diagnose-mixed-protocols = Cette adresse est configurée ici en POP3, mais votre fournisseur recommande IMAP ({ $host }), qui garde votre courrier sur le serveur pour tous vos appareils.
diagnose-mixed-protocols-advice = Envisagez de configurer à nouveau le compte en IMAP (Mail Setup peut le faire pour vous). Vos messages restent sur le serveur.
diagnose-settings-differ = Le { $which } fonctionne, mais votre fournisseur publie désormais d’autres paramètres : { $published }.
diagnose-settings-differ-advice = Rien ne doit changer aujourd’hui ; si l’ancien serveur cesse de fonctionner, passez aux paramètres publiés.
diagnose-works = Le { $which } fonctionne avec ces paramètres.

## Les mots propres à la commande diagnose.

diagnose-no-profile = Aucun profil Thunderbird n’a été trouvé sur cet ordinateur.
diagnose-no-profile-advice = Ouvrez Thunderbird une fois, ou indiquez le dossier du profil avec --thunderbird-profile.
diagnose-not-a-profile = { $dir } n’est pas un profil Thunderbird (il n’a pas de fichier prefs.js).
diagnose-prefs-unreadable = Impossible de lire le fichier de paramètres de Thunderbird { $path } : { $reason }
diagnose-no-accounts = Ce profil Thunderbird n’a aucun compte de messagerie.
diagnose-no-such-account = Ce profil Thunderbird n’a pas de compte pour { $address }.
diagnose-fix-needs-account = Ce profil contient plusieurs comptes : indiquez lequel réparer avec --account.
diagnose-account = Compte { $address }
diagnose-account-unknown = (pas d’adresse)
diagnose-no-password = Aucun mot de passe n’a été donné ni enregistré pour { $address } : les identifications n’ont donc pas été essayées.
diagnose-fixed = Réparé : { $ids }. Une copie des anciens paramètres se trouve dans prefs.js.mailsetup-backup.
diagnose-fix-refused = Rien n’a été modifié : { $reason }
diagnose-all-well = Aucun problème trouvé.
diagnose-status-ok = Correct
diagnose-status-warning = À vérifier
diagnose-status-problem = Problème

## L’assistant : « Envoyer un message de test » et « Réparer ma messagerie ».

send-test-button = Envoyer un message de test
send-test-waiting = Envoi d’un message de test à vous-même et attente de son arrivée (jusqu’à une minute)…
existing-open = Réparer ma messagerie
existing-title = Réparer ma messagerie
existing-intro = Mail Setup lit les comptes de messagerie déjà configurés dans Thunderbird sur cet ordinateur, vérifie chacun d’eux et explique en termes simples ce qui ne va pas.
existing-no-profile = Aucun paramètre Thunderbird n’a été trouvé sur cet ordinateur.
existing-choose = Quel compte ne fonctionne pas ?
existing-password = Mot de passe de { $address } (facultatif : avec lui, les identifications sont vérifiées aussi)
existing-check = Vérifier ce compte
existing-step-read = Lire vos paramètres
existing-step-servers = Vérifier les serveurs et les paramètres de votre fournisseur
existing-step-login = Se connecter à vos serveurs de messagerie
existing-running = Vérification…
existing-all-well = Aucun problème trouvé sur ce compte.
existing-fix-it = Réparer
existing-fixed = Réparé. Thunderbird utilisera les paramètres corrigés à son prochain démarrage (une copie des anciens paramètres a été conservée).
existing-fix-failed = Rien n’a été modifié : { $reason }
existing-fix-needs-check = Pour réparer cela, Mail Setup doit d’abord vérifier que les paramètres corrigés fonctionnent ; saisissez votre mot de passe et vérifiez de nouveau.
existing-test-intro = Pour finir, vérifiez qu’un message que vous envoyez arrive vraiment :
existing-other = Vérifier un autre compte, ou celui-ci de nouveau
