# La fenêtre de l’assistant. Des mots simples : pas de jargon IMAP ou SMTP, sauf quand un choix a besoin d’un nom.

app-title = Mail Setup
back = Retour
cancel = Annuler

## Étape 1 : vous
you-title = Configurer votre messagerie
you-intro = Saisissez votre nom et votre adresse e-mail. Nous trouvons le reste.
you-name = Votre nom
you-name-placeholder = par ex. Camille Martin
you-address = Adresse e-mail
you-address-placeholder = par ex. contact@votreentreprise.fr
you-address-hint = L’adresse à laquelle on vous écrit.
you-address-ok = Nous allons chercher les paramètres de messagerie de { $domain }.
you-address-empty = Saisissez votre adresse e-mail.
you-address-missing-at = Une adresse e-mail contient un @, comme contact@votreentreprise.fr.
you-address-empty-local = Il manque quelque chose avant le @.
you-address-empty-domain = Il manque quelque chose après le @.
you-address-too-long = La partie avant le @ est trop longue.
you-address-bad-character = Une adresse e-mail ne peut pas contenir « { $character } ».
you-address-bad-dots = La partie avant le @ ne peut ni commencer ni finir par un point, ni contenir deux points à la suite.
you-address-ip = Utilisez l’adresse avec un nom de domaine après le @, pas un numéro.
you-address-bad-domain = « { $domain } » n’est pas un nom de domaine valide. Vérifiez qu’il ne contient pas de faute de frappe.
you-address-single-label = La partie après le @ doit contenir un point, comme votreentreprise.fr.
you-address-public-suffix = « { $domain } » n’est que la fin d’un nom de domaine : il manque quelque chose devant.
you-password = Mot de passe
you-password-placeholder = Le mot de passe de votre messagerie
you-show-password = Afficher le mot de passe
you-continue = Continuer

## Étape 2 : recherche de vos paramètres
finding-title = Recherche de vos paramètres
finding-intro = Nous cherchons à plusieurs endroits à la fois les serveurs de messagerie de { $domain }.
finding-waiting = en attente
finding-running = recherche…
finding-found = trouvé
finding-nothing-here = rien ici
finding-no-answer = pas de réponse
finding-not-needed = inutile
finding-nothing = Nous n’avons pas trouvé les paramètres de messagerie de { $domain }. Votre fournisseur de messagerie peut vous donner les noms des serveurs ; vous pouvez les saisir vous-même.
finding-setup-failed = Impossible de lire les paramètres réseau de cet ordinateur : { $reason }
finding-manual = Saisir les paramètres à la main

source-preset = Les paramètres de votre organisation
source-manual = Les paramètres que vous avez saisis
source-bundled = Liste intégrée de fournisseurs de messagerie
source-autoconfig = Les paramètres publiés par votre domaine
source-ispdb = La base de fournisseurs de Mozilla
source-srv = Enregistrements DNS
source-autodiscover = Recherche Microsoft Exchange
source-mx = Votre fournisseur de messagerie (d’après le DNS)
source-autoconfig-http = Les paramètres publiés par votre domaine (non chiffrés)
source-guess = Essai des noms de serveur probables

## Étape 3 : comment voulez-vous recevoir votre courrier ?
receive-title = Comment voulez-vous recevoir votre courrier ?
receive-imap = Garder le courrier sur le serveur (IMAP) — recommandé
receive-imap-explained = Votre courrier reste sur le serveur, identique sur votre téléphone, votre ordinateur portable et votre webmail.
receive-pop3 = Télécharger le courrier sur cet ordinateur (POP3)
receive-pop3-explained = Télécharge le courrier sur cet ordinateur uniquement.
receive-leave-copy = Laisser une copie sur le serveur
receive-leave-copy-warning = Sans copie sur le serveur, le courrier téléchargé ici n’apparaîtra ni sur votre téléphone ni dans votre webmail, et il sera perdu si cet ordinateur tombe en panne.
receive-only-imap = Votre fournisseur garde le courrier sur le serveur (IMAP) : il n’y a rien à choisir.
receive-only-pop3 = Votre fournisseur propose seulement de télécharger le courrier sur cet ordinateur (POP3).
receive-foreign-title = Votre mot de passe serait envoyé à :
receive-foreign-explained = Ce serveur n’appartient pas à { $address_domain }, et aucune source de confiance n’a confirmé qu’il gère votre courrier. Ne continuez que si vous savez que cette société gère votre messagerie.
receive-foreign-confirm = Je confie mon mot de passe à { $domain }
receive-show-details = Afficher les détails
receive-hide-details = Masquer les détails
receive-server-line = { $protocol } { $host }, port { $port }, sécurité { $security }
receive-incoming-server = Réception : { $server }
receive-outgoing-server = Envoi : { $server }
receive-no-outgoing = Envoi : introuvable
receive-continue = Vérifier mon compte

## Étape 4 : vérification de votre compte
checking-title = Vérification de votre compte
checking-intro = Connexion à vos serveurs de messagerie, exactement comme le fera votre logiciel de messagerie.
checking-incoming = Réception du courrier
checking-outgoing = Envoi du courrier
checking-no-outgoing = aucun serveur trouvé
checking-busy = vérification…

## Étape 5 : terminé
done-title = Votre messagerie est prête
# Affiché tant que le compte n’est pas dans un logiciel de messagerie.
done-works-title = Votre compte fonctionne
done-incoming-works = La réception du courrier fonctionne ({ $host })
done-outgoing-works = L’envoi du courrier fonctionne ({ $host })
done-server-message = Message de votre fournisseur : { $message }
done-save-password = Enregistrer mon mot de passe dans le trousseau de cet ordinateur
done-saving = Enregistrement de votre mot de passe…
done-saved = Votre mot de passe est enregistré dans le trousseau de cet ordinateur.
done-keyring-locked = Le trousseau est verrouillé : votre mot de passe n’a donc pas été enregistré. Tout le reste est configuré ; votre logiciel de messagerie vous demandera le mot de passe une fois.
done-keyring-missing = Cet ordinateur n’a pas de trousseau utilisable : votre mot de passe n’a donc pas été enregistré. Tout le reste est configuré ; votre logiciel de messagerie vous demandera le mot de passe une fois.
done-keyring-failed = Le trousseau n’a pas accepté votre mot de passe, qui n’a donc pas été enregistré. Tout le reste est configuré.
done-finish = Terminer
done-close = Fermer

## Quelque chose est à corriger
fix-title = Quelque chose est à corriger
fix-incoming = Réception du courrier
fix-outgoing = Envoi du courrier
fix-works = fonctionne
fix-what-to-do = Que faire : { $advice }
fix-no-outgoing = Nous n’avons pas trouvé de serveur pour envoyer le courrier. Demandez-le à votre fournisseur de messagerie et saisissez-le avec « Modifier les paramètres ».
fix-try-again = Réessayer
fix-edit = Modifier les paramètres
fix-copy = Copier les détails pour votre service d’assistance
fix-copied = Les détails sont copiés. Collez-les dans un e-mail ou une discussion avec votre service d’assistance ; votre mot de passe n’y figure pas.

## Modifier les paramètres
manual-title = Les paramètres de vos serveurs de messagerie
manual-intro = Saisissez les paramètres que votre fournisseur de messagerie vous a donnés.
manual-imap = IMAP
manual-pop3 = POP3
manual-only-protocol = Réception du courrier : { $protocol } (choisi par votre organisation)
manual-incoming = Serveur de réception
manual-outgoing = Serveur d’envoi (SMTP)
manual-host = Nom du serveur
manual-port = Port
manual-username = Nom d’utilisateur
manual-security-tls = SSL/TLS
manual-security-starttls = STARTTLS
manual-security = Sécurité
manual-protocol = Comment le courrier est reçu
manual-bad-host = Saisissez un nom de serveur comme mail.example.com.
manual-bad-port = Le port est un nombre de 1 à 65535, par exemple 993 ou 465.
manual-bad-username = Saisissez votre nom d’utilisateur (souvent votre adresse e-mail).
manual-check = Vérifier ces paramètres

## Configurer une application (sur « Votre messagerie est prête »)
done-lead-thunderbird = Ajoutez maintenant le compte à Thunderbird, le logiciel de messagerie de cet ordinateur. Les comptes qui sont déjà dans Thunderbird restent comme ils sont.
done-add-thunderbird = Ajouter à Thunderbird
done-open-thunderbird = Ouvrir Thunderbird
done-adding = Ajout en cours…
done-lead-apple = Ajoutez maintenant le compte à Apple Mail sur ce Mac. Les Réglages Système vous demanderont de confirmer.
done-add-apple = Ajouter à Apple Mail
done-lead-program = Ajoutez-le maintenant à { $program }, le logiciel de messagerie de cet ordinateur. Les comptes qui s’y trouvent déjà restent tels quels.
done-lead-goa = Ajoutez-le maintenant aux comptes en ligne GNOME, la liste de comptes de cet ordinateur : Evolution et Geary l’affichent depuis là, et le mot de passe reste dans le trousseau.
done-lead-geary = Ajoutez-le maintenant à Geary, le logiciel de messagerie de cet ordinateur. Il va dans les comptes en ligne GNOME, où Geary (et Evolution) le trouvent.
done-add-to = Ajouter à { $program }
done-apple-opened = Les Réglages Système affichent maintenant le profil de { $address } : ouvrez Confidentialité et sécurité, puis Profils, double-cliquez sur le profil et choisissez Installer. Apple Mail aura alors le compte.
done-close-thunderbird = Thunderbird est ouvert. Fermez Thunderbird, puis cliquez sur Réessayer : rien n’a encore été modifié.
done-no-thunderbird = Thunderbird n’est pas installé sur cet ordinateur.
done-open-failed = Impossible de démarrer Thunderbird : { $reason }
done-other-ways = Autres façons d’utiliser ces paramètres :
done-app-thunderbird-separate = Un profil Thunderbird séparé
done-phone-title = Sur votre téléphone
done-phone-imap = Utilisez IMAP sur tous vos appareils (ordinateur, téléphone et tablette) pour qu’ils affichent tous le même courrier. Thunderbird pour Android lit le code ; les autres applications de messagerie demandent ces paramètres.
done-phone-qr = Dans Thunderbird pour Android : Ajouter un compte, puis Scanner un code QR.
done-phone-incoming = Réception ({ $protocol })
done-phone-outgoing = Envoi ({ $protocol })
done-phone-server = Serveur : { $host }
done-phone-port = Port : { $port }, sécurité : { $security }
done-phone-username = Nom d’utilisateur : { $username }
done-app-apple = Fichier de profil Apple (iPhone, iPad, Mac)
done-app-android = Téléphone (code QR)
done-app-sheet = Fiche de paramètres à imprimer
done-export-saved = Enregistré dans { $path }.
done-export-thunderbird = Thunderbird a maintenant un profil nommé « { $profile } » avec ce compte ; choisissez-le au démarrage de Thunderbird (thunderbird -P).
done-export-no-home = Cet ordinateur n’a pas de dossier personnel où enregistrer le fichier.

## L’indicateur d’étape au-dessus de chaque page du parcours principal : « Étape 2 sur 4 — Recherche de vos paramètres »
step-of = Étape { $number } sur { $total } — { $name }
step-you = Vos informations
step-finding = Recherche de vos paramètres
step-receive = Choix de la réception du courrier
step-checking = Vérification de votre compte
# Au-dessus du champ du mot de passe sur « Quelque chose est à corriger », quand un serveur a refusé le mot de passe.
fix-password-again = Saisissez de nouveau votre mot de passe

sign-in-title = Se connecter avec { $provider }
sign-in-intro = Votre fournisseur vous connecte sur sa propre page. Votre navigateur ouvre la page de connexion de { $provider } : connectez-vous là-bas, puis revenez ici.
sign-in-waiting = En attente de votre connexion…
sign-in-no-browser = Si aucun navigateur ne s’est ouvert, copiez cette adresse dans un navigateur :
sign-in-try-again = Réessayer
you-password-not-needed = Inutile : { $provider } vous connecte sur sa propre page. Laissez ce champ vide.
you-app-password = { $provider } n’accepte pas votre mot de passe habituel dans les logiciels de messagerie : créez un mot de passe d’application sur { $page } et saisissez-le ici.
sign-in-copy = Copier l’adresse
you-password-later = Facultatif : demandé plus tard, si votre fournisseur en a besoin.
password-title = Votre mot de passe
password-intro = Votre fournisseur se connecte avec un mot de passe. Saisissez le mot de passe de { $address }.
done-keep-signed-in = Rester connecté sur cet ordinateur
done-unchecked-title = Vos réglages sont prêts
done-unchecked-explained = Pas encore vérifié : au démarrage, Thunderbird vous demande de vous connecter auprès de votre fournisseur, et votre messagerie y fonctionne ensuite.

# Ce qu'un lecteur d'écran dit en plus des mots de la fenêtre (src/ui/access).
access-status = { $tone } : { $text }
access-success = Fonctionne
access-warning = Attention
access-problem = Problème
access-progress = En cours
access-skipped = Pas nécessaire
access-enter = Entrée
