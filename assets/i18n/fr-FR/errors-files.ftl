# Les textes des types d’erreur de src/check, src/export, src/discover, src/diagnose et src/desktop.
# La plupart s’affichent dans un message plus long (après une adresse et deux-points, ou comme raison
# entre parenthèses) : ils commencent donc par une minuscule et finissent sans point.

## La vérification auprès du serveur (src/check) : pourquoi une connexion a échoué.
error-check-connect-timeout = la connexion n’a pas pu être ouverte à temps
error-check-handshake-timeout = le serveur a accepté la connexion mais n’a pas fini de mettre en place le chiffrement à temps
error-check-greeting-timeout = le serveur a accepté la connexion mais ne s’est pas présenté à temps
error-check-reply-timeout = le serveur a cessé de répondre
error-check-whole-timeout = la vérification a pris trop de temps
error-check-plain-refused = les réglages demandent de se connecter sans chiffrement ; le mot de passe serait lisible en chemin
# { $error } est la description du système d’exploitation (souvent en anglais).
error-check-io = erreur de connexion : { $error }
error-check-oauth-only = ici, le fournisseur vous connecte sur sa propre page ; un mot de passe n’est pas accepté

## Les exports (src/export) : fichiers enregistrés, profils Thunderbird, profil Apple et code QR.
error-save-not-a-file = un export Thunderbird est un dossier de profil, pas un seul fichier
# Un fichier ou un dossier qui n’a pas pu être écrit, puis la raison donnée par le système.
error-save-io = { $path } : { $error }
# Un fichier ou un dossier d’un profil Thunderbird qui n’a pas pu être écrit, puis la raison.
error-thunderbird-io = { $path } : { $error }
error-thunderbird-running = Thunderbird est ouvert ; fermez-le d’abord
# { $path } est le dossier du profil.
error-thunderbird-locked = le profil { $path } est utilisé par un Thunderbird ouvert ; fermez-le d’abord
error-thunderbird-exists = { $path } existe déjà ; choisissez un nouveau dossier pour le profil
# prefs.js est le nom du fichier de réglages d’un profil : ne pas le traduire.
error-thunderbird-not-a-profile = { $path } n’est pas un profil Thunderbird (pas de prefs.js)
# { $path } est le profiles.ini de Thunderbird, la liste de ses profils ; { $reason } dit ce qui ne va pas.
error-thunderbird-bad-profiles-ini = { $path } ne peut pas être lu comme la liste des profils de Thunderbird ({ $reason }) ; il a été laissé tel quel
error-tb-profiles-unreadable = { $path } n’a pas pu être lu : { $reason }
# La raison de error-tb-profiles-unreadable quand le fichier n’est pas du texte.
error-tb-profiles-not-utf8 = le fichier n’est pas du texte UTF-8 valide
# La signature du profil Apple Mail avec le certificat du support ; { $reason } vient du lecteur PEM.
error-apple-certificate = le fichier de certificat ne contient aucun certificat PEM : { $reason }
# La raison de error-apple-certificate quand le fichier ne contient aucun certificat.
error-apple-certificate-empty = il est vide
error-apple-key = le fichier de clé ne contient aucune clé privée P-256 ou RSA au format PEM (PKCS#8 ou PKCS#1)
error-apple-sign = la signature a échoué : { $reason }
error-android-qr-not-ascii = Thunderbird pour Android a besoin d’une adresse en simples lettres ASCII
error-android-qr-too-long = les réglages ne tiennent pas dans un seul code QR
error-android-qr-no-outgoing = Thunderbird pour Android a besoin d’un serveur d’envoi

## Les réglages publiés sur le web (src/discover) : fichiers XML, autoconfig, autodiscover, essais.
error-xml-too-large = le fichier dépasse { $mib } Mio
error-xml-not-utf8 = le fichier n’est pas du texte UTF-8
# { $max } est un nombre (32).
error-xml-too-deep = le fichier imbrique des éléments sur plus de { $max } niveaux
# { $max } est un nombre (20000).
error-xml-too-many-elements = le fichier compte plus de { $max } éléments
error-xml-doctype = le fichier déclare un type de document, ce dont les fichiers de réglages n’ont jamais besoin
# Une entité XML comme &nbsp; : garder le & et le ; autour de { $name }.
error-xml-unknown-entity = le fichier utilise une entité que nous ne développons pas : &{ $name };
# { $reason } est l’un des messages error-xml-malformed-… ci-dessous, ou le texte du lecteur XML (en anglais).
error-xml-malformed = le fichier n’est pas du XML bien formé : { $reason }
error-xml-malformed-after-root = du contenu après l’élément racine
error-xml-malformed-end-tag = une balise de fin inattendue
error-xml-malformed-text-outside = du texte en dehors de l’élément racine
error-xml-malformed-char-ref = une référence de caractère invalide
error-xml-malformed-unclosed = le fichier se termine au milieu d’un élément
error-xml-empty = le fichier n’a pas d’élément racine
# { $root } est le nom de l’élément XML par lequel le fichier commence.
error-config-not-client-config = le fichier est du XML, mais pas un fichier autoconfig (élément racine <{ $root }>)
# <emailProvider> est le nom d’un élément XML : ne pas le traduire.
error-config-no-provider = le fichier n’a pas d’élément <emailProvider>
# { $root } est le nom de l’élément XML par lequel la réponse commence.
error-autodiscover-not-autodiscover = la réponse n’est pas une réponse autodiscover (élément racine <{ $root }>)
# { $message } est le texte du serveur.
error-autodiscover-server-error = le serveur a signalé une erreur : { $message }
# Le texte du serveur dans error-autodiscover-server-error quand il n’en donne aucun.
error-autodiscover-unknown = erreur inconnue
# L’adresse d’où vient un fichier de réglages, puis pourquoi il n’a pas pu servir.
error-discover-at-url = { $url } : { $error }
# { $error } est la description du système d’exploitation (souvent en anglais).
error-guess-io = erreur de connexion : { $error }
error-guess-timeout = pas de réponse à temps
# La génération des données de fournisseurs intégrées depuis la base de Thunderbird (un outil de développement).
error-bundled-read = impossible de lire { $path } : { $error }
error-bundled-parse = { $path } : { $error }

## Le fichier de réglages de Thunderbird, prefs.js, lu et réparé (src/diagnose).
error-prefs-too-large = le fichier dépasse { $mib } Mio
# { $line } est un numéro de ligne de prefs.js ; { $expected } est l’un des messages error-prefs-expected-…
# ou un morceau de la syntaxe du fichier comme ";" ou user_pref(…); tel quel.
error-prefs-expected = ligne { $line } : on attendait { $expected }
error-prefs-expected-quoted-string = un texte entre guillemets
error-prefs-expected-utf8 = du texte en UTF-8
error-prefs-expected-number = un nombre
# true et false s’écrivent ainsi dans prefs.js : ne pas les traduire.
error-prefs-expected-value = un texte entre guillemets, un nombre, true ou false
error-prefs-expected-attribute = un attribut
error-prefs-unterminated-string = ligne { $line } : un texte entre guillemets n’est pas fermé
error-prefs-unterminated-comment = ligne { $line } : un commentaire n’est pas fermé
# Une séquence d’échappement : une barre oblique inverse suivie de caractères, comme \n ou \u00e9.
error-prefs-bad-escape = ligne { $line } : une séquence d’échappement invalide dans un texte
error-prefs-bad-number = ligne { $line } : un nombre hors limites
# Le fichier n’est pas du texte (affiché après « ne peut pas être lu »).
error-prefs-not-utf8 = le fichier n’est pas du texte UTF-8 valide
# { $path } est le dossier du profil.
error-fix-locked = le profil { $path } est ouvert dans un Thunderbird en cours d’exécution ; fermez d’abord Thunderbird
error-fix-not-verified = les réglages réparés n’ont pas passé la vérification auprès du serveur ; ils n’ont donc pas été écrits
error-fix-nothing = il n’y a rien à réparer
error-fix-prefs = prefs.js ne peut pas être lu : { $reason }

## Les logiciels de messagerie du bureau Linux (src/desktop). { $program } est le nom court du logiciel (Goa, Evolution, Geary, KMail).
error-desktop-no-pop3 = les comptes en ligne GNOME ne prennent pas de comptes POP3
error-desktop-not-password = les serveurs n’acceptent pas de mot de passe
error-desktop-no-outgoing = aucun serveur d’envoi
error-desktop-no-password = aucun mot de passe
# { $reason } est le texte du service du bureau (souvent en anglais).
error-desktop-unavailable = { $program } n’est pas disponible : { $reason }
error-desktop-not-allowed = les comptes en ligne GNOME n’autorisent pas ici les comptes IMAP et SMTP
error-desktop-refused = { $program } a refusé le compte : { $reason }
error-desktop-by-hand = { $program } ne permet pas d’ajouter un compte depuis l’extérieur
