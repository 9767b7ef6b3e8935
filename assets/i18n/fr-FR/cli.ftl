# La ligne de commande (`mailsetup discover`, `check`, `save-password`).

cli-bad-dns-server = « { $value } » n’est ni une adresse IP ni de la forme IP:PORT.
cli-cannot-start = démarrage impossible : { $reason }
cli-no-window = impossible d’ouvrir la fenêtre : { $reason }
cli-no-display = cet ordinateur n’a pas de bureau graphique où l’afficher (ni DISPLAY ni WAYLAND_DISPLAY n’est défini). Pour configurer votre messagerie dans ce terminal, tapez : mailsetup setup
cli-window-missing = { $program } est introuvable : réinstallez Mail Setup, ou configurez votre messagerie dans ce terminal avec : mailsetup setup
cli-bad-timeout = --timeout doit être compris entre 0 et 600 secondes.
cli-bad-address = « { $address } » n’est pas une adresse e-mail valide : { $reason }
cli-looking-up = Recherche des paramètres de messagerie de { $address }…
cli-looking-up-running = Recherche des paramètres de { $address } : { $sources }
cli-settings-for = Paramètres de messagerie de { $address } (trouvés en { $ms } ms)
cli-incoming = Réception
cli-outgoing = Envoi
cli-server = { $protocol } { $host }  port { $port }  { $security }  nom d’utilisateur { $username }
cli-from = source : { $source } ({ $url })
cli-from-unvouched = source : { $source } ({ $url }), sans confirmation de votre domaine
cli-no-outgoing = Envoi  introuvable : demandez à votre fournisseur le serveur d’envoi (SMTP).
cli-careful = Attention : { $host } appartient à { $domain }, pas à { $address_domain }, et aucune source de confiance ne l’a confirmé. N’y envoyez votre mot de passe que si vous savez que { $domain } gère votre messagerie.
cli-alternatives = { $count ->
    [one] Un autre serveur possible a aussi été trouvé (voir --json).
   *[other] { $count } autres serveurs possibles ont aussi été trouvés (voir --json).
}
cli-where-we-looked = Où nous avons cherché :
cli-status-found = trouvé
cli-status-nothing = rien
cli-status-failed = échec
cli-status-timeout = pas de réponse à temps
cli-status-skipped = ignoré
cli-status-running = en cours
cli-not-found = Aucun serveur de réception n’a été trouvé pour { $address }. Vérifiez que l’adresse ne contient pas de faute de frappe ; si elle est correcte, demandez à votre fournisseur de messagerie le nom du serveur de réception.

cli-password-prompt = Mot de passe de { $address } :{ " " }
cli-password-read-failed = impossible de lire le mot de passe : { $reason }
cli-password-needed = donnez le mot de passe sur l’entrée standard avec --password-stdin
cli-password-empty = le mot de passe est vide
cli-password-too-long = le mot de passe sur l’entrée standard dépasse 64 Kio
cli-settings-unreadable = impossible de lire { $file } : { $reason }
cli-settings-too-large = { $file } dépasse 1 Mio ; ce n’est pas un fichier de paramètres
cli-settings-invalid = { $file } n’est pas un fichier de paramètres produit par `mailsetup discover --json` : { $reason }
cli-settings-other-address = { $file } contient les paramètres de { $other }, pas de { $address }

cli-check-working = fonctionne
cli-check-not-working = NE fonctionne PAS
cli-check-note = Remarque : { $note }
cli-check-problem = Problème : { $message }
cli-check-no-outgoing = Aucun serveur d’envoi n’a été trouvé.
cli-check-no-outgoing-advice = Demandez à votre fournisseur de messagerie le nom et le port du serveur d’envoi (SMTP).
cli-check-all-working = Votre compte de messagerie fonctionne.
cli-check-refused-foreign = le mot de passe irait à { $host } ({ $domain }), qui ne fait pas partie de { $address_domain } et qu’aucune source de confiance n’a confirmé (source : { $source }). Si { $domain } gère vraiment votre messagerie, relancez la commande avec --trust.
check-not-vouched-advice = Demandez à votre fournisseur de messagerie si { $domain } gère votre messagerie. Si c’est le cas, relancez la commande avec --trust.
check-not-checked = Non vérifié : l’autre serveur n’a pas été confirmé, le mot de passe n’a donc été envoyé à aucun des deux.
check-not-checked-no-incoming = Non vérifié : aucun serveur de réception n’a été trouvé, le mot de passe n’a donc été envoyé nulle part.
check-not-checked-advice = Réglez d’abord le problème de l’autre serveur, puis vérifiez de nouveau.
cli-check-not-found-advice = Vérifiez que l’adresse ne contient pas de faute de frappe, ou demandez à votre fournisseur de messagerie le nom du serveur de réception.

## Exports
cli-add-to-thunderbird-only = --add-to ne fonctionne qu’avec --format thunderbird.
cli-add-to-no-format = --add-to { $program } ne prend pas de --format (le logiciel décide de ce qu’il lit) ; retirez --format { $format }.
export-autoconfig-howto = Publiez ce fichier à l’adresse https://autoconfig.{ $domain }/mail/config-v1.1.xml (ou https://{ $domain }/.well-known/autoconfig/mail/config-v1.1.xml). Thunderbird, K-9/Thunderbird pour Android, Evolution et Mail Setup trouveront alors les paramètres tout seuls.
export-autodiscover-howto = Mettez ce fichier à disposition à l’adresse https://autodiscover.{ $domain }/autodiscover/autodiscover.xml (il doit répondre aux requêtes POST). Outlook trouvera alors les paramètres tout seul.
export-dns-howto = Ajoutez ces lignes à la zone DNS de { $domain } (ou saisissez-les comme enregistrements SRV dans le formulaire de votre hébergeur DNS). Les logiciels de messagerie qui lisent les enregistrements RFC 6186, dont Mail Setup, trouveront alors les serveurs.
export-qr-howto = Dans Thunderbird pour Android, choisissez « Importer des paramètres » → « Scanner un code QR » et scannez cette image. Votre mot de passe n’y figure pas : l’application vous le demandera.
export-written = { $path } a été enregistré.
export-password-warning = Ce fichier contient votre mot de passe : gardez-le en lieu sûr et supprimez-le une fois importé.
apple-profile-name = Messagerie : { $address }
apple-profile-description = Configure le compte de messagerie { $address } dans Mail.

# Ajouter un compte au Thunderbird que la personne utilise déjà ($program : « Thunderbird », « Thunderbird (Snap) »…).
tb-added = Le compte { $address } a été ajouté à { $program }, à côté des comptes qui s’y trouvaient déjà (profil « { $profile } », { $path }). Les anciens réglages sont conservés dans prefs.js.mailsetup-backup.
tb-added-default = Le compte { $address } a été ajouté à { $program } comme compte par défaut, car { $program } n’avait encore aucun autre compte de messagerie (profil « { $profile } », { $path }). Les anciens réglages sont conservés dans prefs.js.mailsetup-backup.
tb-already = Le compte { $address } est déjà configuré dans { $program } (profil « { $profile } ») : rien n’a été modifié.
tb-created = { $program } n’avait pas encore de profil ; Mail Setup en a donc créé un qui contient { $address } ({ $path }). Thunderbird l’ouvrira à son prochain démarrage.
tb-also-found = Des profils Thunderbird ont aussi été trouvés pour { $others } ; celui utilisé le plus récemment a été choisi.
tb-close-first = Thunderbird est ouvert. Fermez Thunderbird, puis réessayez : rien n’a été modifié.
tb-could-not-add = Impossible d’ajouter le compte à Thunderbird : { $reason }
tb-ini-too-large = le fichier dépasse 1 Mio

## `mailsetup setup` : l’assistant dans le terminal. Il reprend les messages de la fenêtre ; voici les
## quelques messages dont un terminal a besoin en plus (invites, réponses tapées).
# Une question qui attend une réponse sur la même ligne.
setup-prompt = { $label } :{ " " }
setup-yes = oui
setup-no = non
# La réponse se tape : la première lettre suffit.
setup-yes-no = { $question } ? ({ $yes } ou { $no }, Entrée seule : { $default })
setup-yes-no-again = Tapez { $yes } ou { $no }, s’il vous plaît.
setup-choose = Tapez 1 ou 2 (Entrée seule : 1)
setup-choose-again = Tapez 1 ou 2, s’il vous plaît.
setup-password-empty = Le mot de passe ne peut pas être vide.
setup-password-again = Saisissez de nouveau votre mot de passe (Entrée seule pour arrêter ici)
setup-source = { $source } : { $status }
setup-checking = { $side } ({ $host }) : { $status }
setup-trust-type = Pour envoyer votre mot de passe à ce serveur, tapez { $domain } (toute autre réponse arrête ici)
setup-trust-refused = Rien n’a été envoyé : vous n’avez pas confirmé { $domain }. Si { $domain } gère vraiment votre messagerie, recommencez et tapez ce nom quand il vous est demandé.
setup-by-hand = Pour saisir vous-même les noms des serveurs, utilisez la fenêtre de Mail Setup (« Saisir les paramètres à la main »), ou `mailsetup check` avec un fichier de paramètres.
setup-stopped = Arrêté. Rien d’autre n’a été modifié : ce qui était déjà enregistré est complet, et rien n’est resté à moitié écrit.
setup-end-of-input = l’entrée s’est terminée avant la fin de la configuration ; rien d’autre n’a été modifié.
setup-answer-too-long = la réponse dépasse 4 Kio, elle n’a donc pas été utilisée ; rien d’autre n’a été modifié.

cli-sign-in-again = la connexion enregistrée n’a pas pu être utilisée ({ $reason }) ; nouvelle connexion dans le navigateur
cli-sign-in-kept = Votre connexion est conservée dans le trousseau du système : la prochaine vérification n’aura pas besoin du navigateur.
export-apple-oauth-by-hand = Les profils Apple Mail ne savent pas se connecter sur la propre page de ce fournisseur (le profil de messagerie d’Apple ne prévoit pas ce type de connexion). Ajoutez plutôt le compte vous-même dans Mail : sur un Mac, ouvrez Mail, choisissez Mail ▸ Ajouter un compte et sélectionnez votre fournisseur (pour Microsoft 365, « Microsoft Exchange ») ; sur un iPhone ou un iPad, ouvrez Réglages ▸ Apps ▸ Mail ▸ Comptes de messagerie ▸ Ajouter un compte. Mail ouvre alors lui-même la page de connexion du fournisseur.
setup-cancel-word = annuler
setup-sign-in-waiting = En attente de votre connexion… (tapez { setup-cancel-word } puis Entrée pour arrêter)
setup-signed-in = Vous êtes connecté auprès de { $provider }.
setup-add-unchecked = L’ajouter quand même à Thunderbird ? Thunderbird vous demandera de vous connecter
setup-unchecked-added = Pas encore vérifié : au démarrage de Thunderbird, connectez-vous-y auprès de votre fournisseur.
batch-too-large = { $file } dépasse { $limit } Mio ; répartissez la liste en plusieurs fichiers.
batch-open-to-others = { $file } contient des mots de passe et d’autres personnes sur cet ordinateur peuvent le lire (ses droits sont { $mode }). Rien n’a été vérifié. Rendez-le lisible par vous seul avec : chmod 600 { $file }
batch-unknown-column = { $file }, ligne 1 : il n’y a pas de colonne « { $column } ». Les colonnes sont address, password (facultative) et name (facultative). Rien n’a été vérifié.
batch-repeated-column = { $file }, ligne 1 : la colonne « { $column } » figure deux fois. Rien n’a été vérifié.
batch-no-address-column = { $file }, ligne 1 : la première ligne doit nommer les colonnes, dont « address » (et si vous le souhaitez « password » et « name »). Rien n’a été vérifié.
batch-row-fields = { $file }, ligne { $line } : cette ligne a { $found } champs alors que la première ligne nomme { $expected } colonnes (une virgule dans un nom ou un mot de passe doit être entourée de guillemets). Rien n’a été vérifié.
batch-row-not-text = { $file }, ligne { $line } : cette ligne n’est pas du texte lisible (enregistrez le fichier en CSV UTF-8). Rien n’a été vérifié.
batch-row-no-address = { $file }, ligne { $line } : l’adresse est vide. Rien n’a été vérifié.
batch-row-repeated = { $file }, ligne { $line } : { $address } figure déjà à la ligne { $first } ; chaque compte ne doit apparaître qu’une fois. Rien n’a été vérifié.
batch-too-many-rows = { $file } contient plus de { $limit } comptes ; répartissez la liste en plusieurs fichiers.
batch-empty = { $file } ne contient aucun compte : après la première ligne, mettez une adresse par ligne.
batch-bad-address-advice = Corrigez l’adresse à la ligne { $line } de la liste.
batch-ok = ✓ { $address }
batch-ok-no-login = ✓ { $address } (les serveurs répondent, de façon chiffrée, et proposent une connexion ; sans mot de passe, aucune connexion n’a été tentée)
batch-failed = ✗ { $address } : { $problem }
batch-progress = { $done } comptes vérifiés sur { $total }
batch-summary = { $accounts } comptes vérifiés en { $seconds } s : { $ok } fonctionnent, { $failed } ont un problème.
batch-interrupted = Arrêté. { $left } comptes n’ont pas été vérifiés.
provision-no-address = Il n’y a aucune adresse à configurer : indiquez-en une avec --address, ou utilisez un préréglage dont la table [provision] contient un modèle d’adresse (address = "{"{"}user{"}"}@example.co.uk").
provision-unfilled = Le modèle « { $template } » a besoin de { $placeholder }, mais cet ordinateur n’en a pas pour vous (un nom complet vide compte comme absent). Indiquez la valeur avec --address ou --name, ou demandez à la personne qui gère cet ordinateur d’y inscrire votre nom complet.
provision-thunderbird-running = Thunderbird est ouvert, donc rien n’a été modifié. Réessayez une fois Thunderbird fermé.
provision-no-profile-folder = { $path } n’est pas un dossier ; indiquez le dossier d’un profil Thunderbird, ou default.
provision-added = Votre adresse { $address } est configurée dans Thunderbird (profil { $profile }). Thunderbird vous demandera votre mot de passe la première fois qu’il relèvera votre courrier.
provision-added-sign-in = Votre adresse { $address } est configurée dans Thunderbird (profil { $profile }). La première fois qu’il relèvera votre courrier, Thunderbird ouvrira la page de connexion de votre fournisseur.
provision-already = Votre adresse { $address } est déjà configurée dans Thunderbird (profil { $profile }) ; rien n’a été modifié.
provision-updated = Le compte { $address } dans Thunderbird (profil { $profile }) utilise désormais les serveurs de votre organisation ; une copie des anciens réglages se trouve dans prefs.js.mailsetup-backup.
provision-skipped = Thunderbird (profil { $profile }) a déjà un compte pour { $address } avec d’autres serveurs ; il a été laissé tel quel. Pour le passer sur les serveurs de votre organisation, relancez la commande avec --update.
provision-skipped-protocol = Thunderbird (profil { $profile }) a déjà un compte pour { $address } qui relève le courrier en { $existing }, alors que les réglages de votre organisation utilisent { $wanted } ; il a été laissé tel quel, car Mail Setup ne fait pas passer un compte de l’un à l’autre. Supprimez ce compte dans Thunderbird, puis relancez la commande.

# `mailsetup --help` et le `--help` de chaque commande (src/cli/help.rs forme les identifiants à partir
# des noms des commandes et des arguments : help-<commande>-about, help-<commande>-<option> ; options globales : help-<option>).
help-heading-usage = Utilisation :
help-heading-commands = Commandes :
help-heading-arguments = Arguments :
help-heading-options = Options :
help-builtin-help = Afficher l’aide
help-builtin-help-more = Afficher l’aide (plus de détails avec '--help')
help-builtin-help-summary = Afficher l’aide (un résumé avec '-h')
help-builtin-version = Afficher la version
help-builtin-help-command = Afficher ce message, ou l’aide des commandes indiquées
help-about = Fait fonctionner votre messagerie sur cet ordinateur : trouve vos serveurs de courrier, vérifie votre connexion, enregistre votre mot de passe.
help-dns-server = Interroger ce serveur DNS (IP ou IP:PORT) plutôt que celui du système
help-ca-file = Faire aussi confiance aux autorités de certification de ce fichier PEM (peut être répété)
help-ispdb-url = Adresse de base de l’ISPDB (la base de données des fournisseurs de Mozilla)
help-preset = Utiliser ce préréglage du service d’assistance plutôt qu’un préréglage installé (/etc/mailsetup/preset.toml, puis le dossier de données du programme)
help-no-preset = Ne tenir compte d’aucun préréglage installé du service d’assistance
help-oauth-client = Se connecter auprès de cet émetteur OAuth2 (tel que le nomment les données du fournisseur, par ex. login.microsoftonline.com) avec cet identifiant de client, enregistré par qui fait fonctionner cet exemplaire (peut être répété ; l’emporte sur ceux du préréglage et ceux intégrés)
help-discover-about = Trouver les serveurs de réception et d’envoi d’une adresse e-mail
help-discover-address = L’adresse e-mail, par ex. hello@theirbusiness.co.uk
help-discover-json = Afficher les paramètres sous la forme d’un objet JSON (le fichier de paramètres qu’acceptent les autres commandes)
help-discover-timeout = Abandonner au bout de ce nombre de secondes
help-check-about = Se connecter aux serveurs de réception et d’envoi pour vérifier que le compte fonctionne
help-check-address = L’adresse e-mail
help-check-batch = Vérifier chaque compte de ce fichier CSV (une ligne d’en-tête avec `address` et, si vous le souhaitez, `password` et `name` ; s’il contient des mots de passe, vous seul devez pouvoir lire le fichier)
help-check-jobs = Avec --batch : vérifier au plus ce nombre de comptes à la fois
help-check-per-server = Avec --batch : ouvrir au plus ce nombre de connexions à la fois vers un même serveur
help-check-password-stdin = Lire le mot de passe sur l’entrée standard (une ligne) au lieu de le demander
help-check-protocol = Vérifier ce protocole de réception (par défaut : le meilleur trouvé)
help-check-settings = Utiliser ces paramètres (le JSON qu’affiche `mailsetup discover --json`) au lieu de les rechercher
help-check-json = Afficher le résultat sous la forme d’un objet JSON
help-check-trust = Envoyer le mot de passe même à un serveur extérieur à votre domaine dont aucune source de confiance ne se porte garante
help-check-details = Afficher aussi l’échange avec chaque serveur (mots de passe masqués), pour le service d’assistance
help-check-remember = Après une connexion réussie auprès du fournisseur (OAuth2), la conserver dans le trousseau du système pour que la prochaine vérification n’ait pas besoin du navigateur
help-check-send-test = Si les deux connexions fonctionnent, envoyer aussi un message de test à vous-même, attendre qu’il arrive dans votre boîte de réception, puis le supprimer
help-check-wait = Avec --send-test : combien de secondes attendre le message de test (60 par défaut)
help-save-password-about = Enregistrer le mot de passe du compte dans le trousseau du système, comme le fait l’assistant
help-save-password-address = L’adresse e-mail à laquelle appartient le mot de passe
help-save-password-password-stdin = Lire le mot de passe sur l’entrée standard (une ligne) au lieu de le demander
help-doctor-about = Vérifier si un domaine est configuré pour recevoir et envoyer du courrier (MX, SPF, DKIM, DMARC, MTA-STS …)
help-doctor-domain = Le domaine, par ex. theirbusiness.co.uk (une adresse e-mail convient aussi)
help-doctor-json = Afficher les constats sous la forme d’un objet JSON
help-diagnose-about = Trouver ce qui ne va pas dans les comptes de messagerie déjà configurés dans Thunderbird, et le réparer
help-diagnose-thunderbird-profile = Le profil Thunderbird à lire : `default` (celui qu’ouvre Thunderbird) ou un dossier de profil
help-diagnose-account = Uniquement ce compte (son adresse e-mail)
help-diagnose-password-stdin = Lire le mot de passe du compte sur l’entrée standard (une ligne) ; nécessite --account. Sans cette option, le mot de passe enregistré dans le trousseau du système est utilisé, s’il y en a un
help-diagnose-send-test = Si les deux connexions fonctionnent, envoyer aussi un message de test à vous-même et attendre qu’il arrive
help-diagnose-wait = Avec --send-test : combien de secondes attendre le message de test (60 par défaut)
help-diagnose-fix = Réparer ce qui peut l’être, une fois que les paramètres réparés ont réussi une vraie vérification (prefs.js est d’abord sauvegardé ; rien n’est écrit tant que Thunderbird a le profil ouvert)
help-diagnose-json = Afficher le diagnostic sous la forme d’un objet JSON
help-export-about = Écrire les paramètres pour un autre logiciel de messagerie ou pour les publier (Thunderbird, Apple Mail, …)
help-export-address = L’adresse e-mail
help-export-format = Le format (déduit de --add-to)
help-value-format-thunderbird = Un dossier de profil Thunderbird (ou, avec --add-to, un compte ajouté à un profil)
help-value-format-apple = Un profil de configuration Apple (.mobileconfig) pour Mail sur macOS, iPhone et iPad
help-value-format-android-qr = Un code QR pour Thunderbird pour Android (.svg ou .png)
help-value-format-autoconfig = config-v1.1.xml à publier sur autoconfig.<domain>
help-value-format-autodiscover = La réponse autodiscover d’Exchange pour Outlook
help-value-format-dns = Des enregistrements SRV selon les RFC 6186/8314, en lignes de zone DNS
help-value-format-sheet = Une fiche de paramètres HTML à imprimer
help-export-settings = Utiliser ces paramètres (issus de `mailsetup discover --json`) au lieu de les rechercher
help-export-output = Où écrire : un fichier, ou pour `thunderbird` un nouveau dossier de profil
help-export-name = Le nom de la personne, pour l’identité du compte
help-export-protocol = Le protocole de réception à utiliser (par défaut : le meilleur trouvé)
help-export-register = thunderbird : inscrire aussi le nouveau profil dans ~/.thunderbird/profiles.ini
help-export-add-to = Ajouter le compte à un logiciel de messagerie : `thunderbird` (ou `default` : le profil qu’ouvre votre Thunderbird, créé s’il n’y en a pas), `evolution`, `goa` (Comptes en ligne GNOME), `geary` ou `kmail` (comment l’ajouter à la main, ou pour Geary via les Comptes en ligne GNOME), ou un dossier de profil Thunderbird (écrivez `./goa` pour un dossier qui porte le nom d’un programme)
help-export-include-password = apple : mettre le mot de passe dans le profil (le fichier n’est alors lisible que par vous)
help-export-password-stdin = Avec --include-password, ou --add-to goa|evolution : lire le mot de passe sur l’entrée standard
help-export-sign-cert = apple : signer le profil avec ce certificat (PEM ; la chaîne peut le suivre)
help-export-sign-key = apple : la clé privée pour --sign-cert (PEM, P-256 ou RSA)
help-preset-about = Vérifier un fichier de préréglage du service d’assistance et dire ce qu’il configure (ou ce qui ne va pas, et où)
help-preset-file = Le fichier de préréglage, par ex. preset.toml
help-preset-json = Afficher un résumé sous la forme d’un objet JSON (organisation, nom court, domaines, fichiers qu’il cite)
help-setup-about = Configurer votre messagerie pas à pas dans ce terminal, comme le fait la fenêtre (pour les lecteurs d’écran et SSH : des lignes simples, sans réaffichage)
help-provision-about = Ajouter le compte de messagerie de la personne connectée à son Thunderbird, sans fenêtre ni question (pour un déploiement par le service d’assistance ; l’adresse et le nom peuvent venir du préréglage)
help-provision-address = L’adresse e-mail (par défaut : le modèle d’adresse de la table [provision] du préréglage, complété)
help-provision-name = Le nom de la personne (par défaut : le modèle de nom de la table [provision] du préréglage, sinon le nom complet que cet ordinateur connaît pour vous)
help-provision-add-to = Le profil Thunderbird : `default` (celui qu’ouvre votre Thunderbird, créé s’il n’y en a pas) ou un dossier de profil
help-provision-update = Modifier un compte de cette adresse qui utilise d’autres serveurs (sinon il reste tel quel)
help-provision-json = Afficher le résultat sous la forme d’un objet JSON
help-provision-log = Ne rien afficher ; ajouter une ligne à provision.log dans votre dossier d’état (pour une exécution à l’ouverture de session)
