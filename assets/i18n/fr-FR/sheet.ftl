# La fiche de paramètres à imprimer.
sheet-title = Paramètres de messagerie de { $address }
sheet-intro = Saisissez ces informations dans n’importe quel logiciel de messagerie. Votre mot de passe est celui que vous avez choisi ; il n’est pas écrit ici.
sheet-incoming = Réception
sheet-outgoing = Envoi
sheet-kind = Type
sheet-server = Serveur
sheet-port = Port
sheet-security = Chiffrement
sheet-username = Nom d’utilisateur
sheet-password = Mot de passe
sheet-password-value = celui que vous avez choisi (non écrit ici)
sheet-security-tls = SSL/TLS
sheet-security-starttls = STARTTLS
sheet-security-none = aucun
sheet-leave-copy-yes = Laisser une copie de chaque message sur le serveur : oui.
sheet-leave-copy-no = Laisser une copie de chaque message sur le serveur : non.
