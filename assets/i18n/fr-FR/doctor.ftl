# Santé du domaine (`mailsetup doctor`, « Vérifier mon domaine »). Chaque constat : ce que nous avons vu, puis ce qu’il faut faire.
# « Les personnes qui gèrent votre domaine » : celles qui s’occupent de son DNS, souvent la société auprès de laquelle il a été acheté.

doctor-dns-failed = Vérification impossible : { $reason } (en cherchant { $name }).
doctor-dns-failed-advice = Vérifiez que cet ordinateur est connecté à Internet, puis réessayez.
doctor-dns-failed-advice-timeout = Vérifiez que cet ordinateur est connecté à Internet, puis réessayez. Si cela se reproduit, les serveurs DNS du domaine ou de votre réseau sont peut-être en panne.
doctor-dns-failed-advice-servfail = Réessayez dans quelques minutes. Si cela se reproduit, les réglages DNS du domaine sont peut-être défectueux : prévenez les personnes qui gèrent votre domaine.
doctor-dns-failed-advice-refused = Le serveur DNS qu’utilise cet ordinateur n’a pas voulu répondre à cette question. Réessayez depuis un autre réseau, ou demandez à la personne qui gère ce réseau.
doctor-timeout = Vérification impossible : la réponse n’est pas arrivée à temps.
doctor-timeout-advice = Réessayez plus tard ; si cela se reproduit, les serveurs DNS du domaine sont peut-être lents ou en panne.

# Ce qu’a fait le serveur DNS : le `{ $reason }` de doctor-dns-failed.
doctor-dns-reason-timeout = le serveur DNS n’a pas répondu à temps
doctor-dns-reason-servfail = le serveur DNS a signalé un échec (SERVFAIL)
doctor-dns-reason-refused = le serveur DNS a refusé de répondre (REFUSED)
doctor-dns-reason-nxdomain = ce nom n’existe pas
doctor-dns-reason-no-records = il n’y a pas d’enregistrement de ce type
doctor-dns-reason-other = la recherche a échoué ({ $detail })

doctor-domain-missing = Le domaine { $domain } n’existe pas.
doctor-domain-missing-advice = Vérifiez l’orthographe. Si elle est correcte, le domaine a peut-être expiré : renseignez-vous auprès de la personne qui l’a enregistré.
doctor-mx-missing = { $domain } n’a pas d’enregistrement MX : les autres serveurs ne savent donc pas où livrer son courrier.
doctor-mx-missing-advice = Demandez aux personnes qui gèrent votre domaine d’ajouter les enregistrements MX que vous donne votre fournisseur de messagerie.
doctor-mx-null = Ce domaine ne reçoit aucun courrier : son DNS l’indique avec un enregistrement « MX nul ».
doctor-mx-null-advice = Si vous voulez recevoir du courrier sur ce domaine, demandez aux personnes qui le gèrent de remplacer le MX nul par les enregistrements MX de votre fournisseur de messagerie.
doctor-mx-target-missing = L’enregistrement MX pointe vers { $host }, qui n’existe pas : le courrier destiné à votre domaine ne peut donc pas y être livré.
doctor-mx-target-missing-advice = Demandez aux personnes qui gèrent votre domaine de corriger l’enregistrement MX avec le nom de serveur que donne votre fournisseur de messagerie.
doctor-mx-ok = Le courrier de ce domaine arrive chez { $host }.
doctor-mx-ok-provider = Le courrier de ce domaine arrive chez { $host } ({ $provider }).
doctor-mx-consistent = Le serveur de réception trouvé, { $incoming }, correspond à l’endroit où votre courrier est livré.
doctor-mx-inconsistent = Votre courrier est livré à { $mx }, mais le serveur de réception trouvé est { $incoming } : vous cherchez peut-être vos messages au mauvais endroit.
doctor-mx-inconsistent-advice = Demandez à votre fournisseur de messagerie quel serveur contient votre boîte aux lettres ; si les enregistrements MX ne sont plus à jour, demandez aux personnes qui gèrent votre domaine de les mettre à jour.

doctor-spf-ok = Le domaine indique quels serveurs peuvent envoyer son courrier (SPF, { $lookups } recherches sur 10 au maximum).
doctor-spf-missing = { $domain } n’indique pas quels serveurs peuvent envoyer son courrier (pas d’enregistrement SPF) : vos messages risquent davantage d’arriver dans les indésirables.
doctor-spf-missing-advice = Demandez à votre fournisseur de messagerie son enregistrement SPF (il commence par v=spf1), et aux personnes qui gèrent votre domaine de l’ajouter.
doctor-spf-several = Le domaine a { $count } enregistrements SPF ; les serveurs destinataires considèrent cela comme une erreur et peuvent refuser votre courrier.
doctor-spf-several-advice = Regroupez-les en un seul enregistrement qui commence par v=spf1.
doctor-spf-broken = L’enregistrement SPF est incorrect : { $reason }.
doctor-spf-broken-advice = Demandez aux personnes qui gèrent votre domaine de le corriger ; votre fournisseur de messagerie peut donner le bon enregistrement.
doctor-spf-plus-all = L’enregistrement SPF se termine par +all : il permet à n’importe qui dans le monde d’envoyer du courrier au nom de votre domaine.
doctor-spf-plus-all-advice = Remplacez +all par ~all (ou par -all, une fois que tous les services qui envoient du courrier pour vous figurent dans l’enregistrement).
doctor-spf-no-all = L’enregistrement SPF ne se termine ni par ~all ni par -all : il ne dit donc pas aux destinataires quoi faire du courrier falsifié.
doctor-spf-no-all-advice = Ajoutez ~all à la fin de l’enregistrement.
doctor-spf-include-missing = L’enregistrement SPF inclut { $domain }, qui n’a pas d’enregistrement SPF à lui : les destinataires considèrent cela comme une erreur.
doctor-spf-include-missing-advice = Supprimez cet include ou corrigez le nom ; votre fournisseur de messagerie peut vous dire lequel utiliser.
doctor-spf-too-many-lookups = La vérification de l’enregistrement SPF demande { $count } recherches DNS ; les destinataires s’arrêtent à 10 et considèrent alors cela comme une erreur.
doctor-spf-too-many-lookups-advice = Supprimez les include des services que vous n’utilisez plus, ou remplacez-en certains par des plages ip4:/ip6:.
doctor-spf-covers = L’enregistrement SPF autorise votre serveur d’envoi, { $host }.
doctor-spf-not-covers = Nous n’avons pas pu confirmer que l’enregistrement SPF autorise votre serveur d’envoi, { $host }.
doctor-spf-not-covers-advice = Vérifiez avec votre fournisseur de messagerie que sa mention SPF (en général un include:) figure dans votre enregistrement.

doctor-dkim-rsa = Les messages peuvent être signés (clé DKIM « { $selector } », RSA { $bits } bits).
doctor-dkim-ed25519 = Les messages peuvent être signés (clé DKIM « { $selector } », Ed25519).
doctor-dkim-weak = La clé DKIM « { $selector } » ne fait que { $bits } bits : les destinataires risquent d’ignorer ses signatures.
doctor-dkim-weak-advice = Demandez à votre fournisseur de messagerie une nouvelle clé d’au moins 2048 bits.
doctor-dkim-revoked = La clé DKIM « { $selector } » a été retirée (elle est vide).
doctor-dkim-revoked-advice = Si plus rien ne signe avec elle, c’est normal ; sinon, publiez la clé actuelle.
doctor-dkim-other = La clé DKIM « { $selector } » est d’un type que nous ne connaissons pas ({ $kind }).
doctor-dkim-broken = L’enregistrement DKIM « { $selector } » est incorrect : { $reason }.
doctor-dkim-broken-advice = Recopiez l’enregistrement DKIM exactement comme votre fournisseur de messagerie le donne.
doctor-dkim-unknown = Nous n’avons pas pu savoir si vos messages sont signés (DKIM) : les noms de clé habituels sont absents, et les autres ne peuvent pas être listés.
doctor-dkim-unknown-advice = Votre fournisseur de messagerie peut vous dire si la signature DKIM est activée et quel nom de clé (sélecteur) il utilise.

doctor-dmarc-missing = Le domaine n’a pas d’enregistrement DMARC : les destinataires ne reçoivent aucune consigne pour le courrier qui échoue aux vérifications, et les grands fournisseurs risquent de se méfier de votre courrier.
doctor-dmarc-missing-advice = Demandez aux personnes qui gèrent votre domaine d’ajouter un enregistrement TXT sur _dmarc contenant au moins « v=DMARC1; p=none; rua=mailto:vous@votredomaine », puis renforcez-le plus tard.
doctor-dmarc-several = Le domaine a plus d’un enregistrement DMARC ; les destinataires les ignorent tous.
doctor-dmarc-several-advice = Gardez un seul enregistrement TXT sur _dmarc.
doctor-dmarc-broken = L’enregistrement DMARC est incorrect : { $reason }.
doctor-dmarc-broken-advice = Corrigez-le pour qu’il ressemble à « v=DMARC1; p=quarantine; rua=mailto:vous@votredomaine ».
doctor-dmarc-none = DMARC est réglé sur la simple observation (p=none) : le courrier falsifié au nom de votre domaine est toujours livré. { $reports }
doctor-dmarc-none-advice = Quand les rapports montrent que votre propre courrier passe les vérifications, remplacez p=none par p=quarantine.
doctor-dmarc-ok = DMARC protège votre domaine (p={ $policy }). { $reports }
doctor-dmarc-reports = Les rapports sont envoyés à { $to }.
doctor-dmarc-no-reports = Aucun rapport n’est demandé.

doctor-mta-sts-missing = Le domaine ne demande pas aux autres serveurs de toujours chiffrer le courrier qu’ils lui envoient (pas de MTA-STS).
doctor-mta-sts-missing-advice = Facultatif, mais recommandé : votre fournisseur de messagerie propose peut-être MTA-STS.
doctor-mta-sts-broken = La configuration MTA-STS est incorrecte : { $reason }.
doctor-mta-sts-broken-advice = Corrigez l’enregistrement _mta-sts et la politique publiée à l’adresse https://mta-sts.<votre domaine>/.well-known/mta-sts.txt, ou supprimez l’enregistrement.
doctor-mta-sts-unfetchable = Impossible de lire la politique MTA-STS à l’adresse { $url } : { $reason }.
doctor-mta-sts-timeout = La politique MTA-STS à l’adresse { $url } n’est pas arrivée à temps.
doctor-mta-sts-mx-mismatch = La politique MTA-STS ne mentionne pas { $hosts } : les serveurs qui la respectent refuseront donc d’y livrer le courrier.
doctor-mta-sts-mx-mismatch-advice = Ajoutez chaque serveur MX aux lignes mx: de la politique, puis changez l’id dans l’enregistrement _mta-sts.
doctor-mta-sts-enforce = Les autres serveurs doivent chiffrer le courrier qu’ils envoient à ce domaine (MTA-STS, enforce).
doctor-mta-sts-testing = MTA-STS est en mode test : le chiffrement est demandé mais pas encore exigé.
doctor-mta-sts-testing-advice = Quand les rapports ne montrent plus de problème, passez la politique en mode: enforce.
doctor-mta-sts-none = MTA-STS est désactivé (mode: none).

doctor-tls-rpt-missing = Le domaine ne demande aucun rapport sur les problèmes de chiffrement (pas de TLS-RPT).
doctor-tls-rpt-missing-advice = Facultatif : un enregistrement TXT sur _smtp._tls comme « v=TLSRPTv1; rua=mailto:vous@votredomaine ».
doctor-tls-rpt-ok = Les rapports sur les problèmes de chiffrement sont envoyés à { $to }.
doctor-tls-rpt-broken = L’enregistrement des rapports TLS est incorrect : { $reason }.
doctor-tls-rpt-broken-advice = Corrigez-le pour qu’il ressemble à « v=TLSRPTv1; rua=mailto:vous@votredomaine ».

doctor-autoconfig-ok = Le domaine publie ses paramètres de messagerie pour les logiciels de messagerie ({ $url }).
doctor-srv-ok = Le domaine publie ses serveurs de messagerie sous forme d’enregistrements de service DNS (RFC 6186).
doctor-autoconfig-missing = { $domain } ne publie pas ses paramètres de messagerie : les logiciels de messagerie doivent donc les deviner.
doctor-autoconfig-missing-advice = Publiez-les une fois pour toutes et chaque appareil se configurera tout seul : `mailsetup export --format autoconfig` crée le fichier de paramètres et `mailsetup export --format dns` les enregistrements DNS.

## Pourquoi un enregistrement est incorrect : le `{ $reason }` des constats ci-dessus qui signalent un enregistrement incorrect.
doctor-reason-dkim-not-dkim = ce n’est pas un enregistrement de clé DKIM (v=DKIM1)
doctor-reason-dkim-no-key = il ne contient pas de clé publique (p=)
doctor-reason-dkim-bad-base64 = la clé publique n’est pas en base64 valide
doctor-reason-dmarc-not-dmarc = il ne commence pas par v=DMARC1
doctor-reason-dmarc-no-policy = il n’indique aucune politique (p=)
doctor-reason-dmarc-bad-policy = « { $value } » n’est pas une politique DMARC (none, quarantine ou reject)
doctor-reason-dmarc-bad-pct = pct=« { $value } » n’est pas un nombre de 0 à 100
doctor-reason-dmarc-malformed = « { $value } » n’est pas de la forme balise=valeur
doctor-reason-sts-no-version = la politique n’indique pas version: STSv1
doctor-reason-sts-bad-mode = la politique n’a pas de mode valide (enforce, testing ou none)
doctor-reason-sts-bad-max-age = la politique n’a pas de max_age valide
doctor-reason-sts-no-mx = la politique ne liste aucun motif mx
doctor-reason-sts-bad-record = l’enregistrement DNS ne commence pas par v=STSv1 suivi d’un id
doctor-reason-tls-rpt-bad = l’enregistrement ne commence pas par v=TLSRPTv1 suivi d’une adresse rua
doctor-reason-spf-not-spf = il ne commence pas par v=spf1
doctor-reason-spf-unknown-term = « { $value } » n’est pas un terme SPF
doctor-reason-spf-missing-domain = « { $value } » a besoin d’un domaine
doctor-reason-spf-bad-network = « { $value } » n’est pas une plage d’adresses valide
doctor-reason-spf-duplicate-modifier = le modificateur « { $value } » apparaît deux fois

## La ligne de commande et la page de l’assistant
doctor-title = Vérifier mon domaine
doctor-intro = { $domain } est-il prêt à recevoir et à envoyer du courrier ?
doctor-running = Vérification des enregistrements DNS du domaine…
doctor-status-ok = OK
doctor-status-warning = À corriger
doctor-status-problem = Problème
doctor-status-unknown = Impossible à dire
doctor-check-mx = Réception (MX)
doctor-check-spf = Expéditeurs autorisés (SPF)
doctor-check-dkim = Signatures (DKIM)
doctor-check-dmarc = Protection contre l’usurpation (DMARC)
doctor-check-mta-sts = Chiffrement obligatoire (MTA-STS)
doctor-check-tls-rpt = Rapports de chiffrement (TLS-RPT)
doctor-check-autoconfig = Paramètres pour les logiciels de messagerie
doctor-summary-ok = Rien ici n’empêche votre messagerie de fonctionner.
doctor-summary-problem = Certains de ces points empêchent le courrier d’arriver ou d’être jugé fiable : voir les problèmes ci-dessus.
