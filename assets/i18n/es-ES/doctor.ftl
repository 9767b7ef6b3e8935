# Estado del dominio (`mailsetup doctor`, «Comprobar mi dominio»). Cada resultado: lo que hemos visto y luego qué hacer.
# «Quien gestiona su dominio» es quien administra su DNS: a menudo la empresa a la que se compró.

doctor-dns-failed = No se ha podido comprobar: { $reason } (al consultar { $name }).
doctor-dns-failed-advice = Compruebe que este ordenador tiene conexión a Internet y vuelva a intentarlo.
doctor-dns-failed-advice-timeout = Compruebe que este ordenador tiene conexión a Internet y vuelva a intentarlo. Si sigue pasando, puede que los servidores DNS del dominio o de su red no funcionen.
doctor-dns-failed-advice-servfail = Vuelva a intentarlo dentro de unos minutos. Si sigue pasando, puede que la configuración DNS del dominio esté mal: avise a quien gestiona su dominio.
doctor-dns-failed-advice-refused = El servidor DNS que usa este ordenador no ha querido responder a esta consulta. Inténtelo desde otra red o pregunte a quien gestiona esta red.
doctor-timeout = No se ha podido comprobar: la respuesta no ha llegado a tiempo.
doctor-timeout-advice = Vuelva a intentarlo más tarde; si sigue pasando, puede que los servidores DNS del dominio sean lentos o no funcionen bien.

# Lo que ha hecho el servidor DNS: el `{ $reason }` de doctor-dns-failed.
doctor-dns-reason-timeout = el servidor DNS no ha respondido a tiempo
doctor-dns-reason-servfail = el servidor DNS ha informado de un fallo (SERVFAIL)
doctor-dns-reason-refused = el servidor DNS se ha negado a responder (REFUSED)
doctor-dns-reason-nxdomain = ese nombre no existe
doctor-dns-reason-no-records = no hay ningún registro de ese tipo
doctor-dns-reason-other = la consulta ha fallado ({ $detail })

doctor-domain-missing = El dominio { $domain } no existe.
doctor-domain-missing-advice = Compruebe cómo está escrito. Si es correcto, puede que el dominio haya caducado: pregunte a quien lo registró.
doctor-mx-missing = { $domain } no tiene registros MX, así que los demás servidores no saben dónde entregar su correo.
doctor-mx-missing-advice = Pida a quien gestiona su dominio que añada los registros MX que le indique su proveedor de correo.
doctor-mx-null = Este dominio no recibe correo: su DNS lo indica con un registro «MX nulo».
doctor-mx-null-advice = Si quiere recibir correo en este dominio, pida a quien lo gestiona que sustituya el MX nulo por los registros MX de su proveedor de correo.
doctor-mx-target-missing = El registro MX apunta a { $host }, que no existe, así que el correo para su dominio no se puede entregar allí.
doctor-mx-target-missing-advice = Pida a quien gestiona su dominio que corrija el registro MX con el nombre de servidor que le indique su proveedor de correo.
doctor-mx-ok = El correo de este dominio va a { $host }.
doctor-mx-ok-provider = El correo de este dominio va a { $host } ({ $provider }).
doctor-mx-consistent = El servidor de correo entrante que hemos encontrado, { $incoming }, coincide con el lugar al que se entrega su correo.
doctor-mx-inconsistent = Su correo se entrega en { $mx }, pero el servidor de correo entrante que hemos encontrado es { $incoming }: puede que esté buscando su correo en el sitio equivocado.
doctor-mx-inconsistent-advice = Pregunte a su proveedor de correo qué servidor tiene su buzón; si los registros MX están desactualizados, pida a quien gestiona su dominio que los actualice.

doctor-spf-ok = El dominio indica qué servidores pueden enviar su correo (SPF, { $lookups } de un máximo de 10 consultas).
doctor-spf-missing = { $domain } no indica qué servidores pueden enviar su correo (no tiene registro SPF), así que es más probable que sus mensajes acaben en el correo no deseado.
doctor-spf-missing-advice = Pida a su proveedor de correo su registro SPF (empieza por v=spf1) y a quien gestiona su dominio que lo añada.
doctor-spf-several = El dominio tiene { $count } registros SPF; los servidores que reciben su correo lo tratan como un error y pueden rechazarlo.
doctor-spf-several-advice = Únalos en un solo registro que empiece por v=spf1.
doctor-spf-broken = El registro SPF tiene un error: { $reason }.
doctor-spf-broken-advice = Pida a quien gestiona su dominio que lo corrija; su proveedor de correo le puede dar el registro correcto.
doctor-spf-plus-all = El registro SPF termina en +all: permite que cualquiera en el mundo envíe correo en nombre de su dominio.
doctor-spf-plus-all-advice = Cambie +all por ~all (o por -all cuando tenga la certeza de que aparecen todos los servicios que envían correo por usted).
doctor-spf-no-all = El registro SPF no termina en ~all ni en -all, así que no indica a los destinatarios qué hacer con el correo falsificado.
doctor-spf-no-all-advice = Añada ~all al final del registro.
doctor-spf-include-missing = El registro SPF incluye { $domain }, que no tiene registro SPF propio: los destinatarios lo tratan como un error.
doctor-spf-include-missing-advice = Quite ese include o corrija el nombre; su proveedor de correo le puede decir cuál usar.
doctor-spf-too-many-lookups = Comprobar el registro SPF requiere { $count } consultas DNS; los destinatarios se detienen en 10 y lo tratan entonces como un error.
doctor-spf-too-many-lookups-advice = Quite los include de servicios que ya no use, o sustituya algunos por rangos ip4:/ip6:.
doctor-spf-covers = El registro SPF permite su servidor de correo saliente, { $host }.
doctor-spf-not-covers = No hemos podido confirmar que el registro SPF permita su servidor de correo saliente, { $host }.
doctor-spf-not-covers-advice = Compruebe con su proveedor de correo que su entrada SPF (normalmente un include:) está en su registro.

doctor-dkim-rsa = Los mensajes se pueden firmar (clave DKIM «{ $selector }», RSA de { $bits } bits).
doctor-dkim-ed25519 = Los mensajes se pueden firmar (clave DKIM «{ $selector }», Ed25519).
doctor-dkim-weak = La clave DKIM «{ $selector }» solo tiene { $bits } bits: puede que los destinatarios no tengan en cuenta sus firmas.
doctor-dkim-weak-advice = Pida a su proveedor de correo una clave nueva de al menos 2048 bits.
doctor-dkim-revoked = La clave DKIM «{ $selector }» se ha retirado (está vacía).
doctor-dkim-revoked-advice = Si ya no se firma nada con ella, no pasa nada; si no, publique la clave actual.
doctor-dkim-other = La clave DKIM «{ $selector }» es de un tipo que no conocemos ({ $kind }).
doctor-dkim-broken = El registro DKIM «{ $selector }» tiene un error: { $reason }.
doctor-dkim-broken-advice = Vuelva a copiar el registro DKIM exactamente como se lo da su proveedor de correo.
doctor-dkim-unknown = No hemos podido saber si sus mensajes se firman (DKIM): los nombres de clave habituales no están y los demás no se pueden listar.
doctor-dkim-unknown-advice = Su proveedor de correo le puede decir si la firma DKIM está activada y qué nombre de clave (selector) usa.

doctor-dmarc-missing = El dominio no tiene registro DMARC, así que los destinatarios no reciben instrucciones para el correo que no pasa las comprobaciones, y los grandes proveedores pueden desconfiar de su correo.
doctor-dmarc-missing-advice = Pida a quien gestiona su dominio que añada un registro TXT en _dmarc con al menos «v=DMARC1; p=none; rua=mailto:usted@sudominio», y endurézcalo más adelante.
doctor-dmarc-several = El dominio tiene más de un registro DMARC; los destinatarios no tienen en cuenta ninguno.
doctor-dmarc-several-advice = Deje un solo registro TXT en _dmarc.
doctor-dmarc-broken = El registro DMARC tiene un error: { $reason }.
doctor-dmarc-broken-advice = Corríjalo para que quede como «v=DMARC1; p=quarantine; rua=mailto:usted@sudominio».
doctor-dmarc-none = DMARC está configurado solo para observar (p=none): el correo falsificado en nombre de su dominio se sigue entregando. { $reports }
doctor-dmarc-none-advice = Cuando los informes muestren que su propio correo pasa las comprobaciones, cambie p=none por p=quarantine.
doctor-dmarc-ok = DMARC protege su dominio (p={ $policy }). { $reports }
doctor-dmarc-reports = Los informes se envían a { $to }.
doctor-dmarc-no-reports = No se piden informes.

doctor-mta-sts-missing = El dominio no pide a los demás servidores que cifren siempre el correo que le envían (no tiene MTA-STS).
doctor-mta-sts-missing-advice = Opcional, pero recomendable: puede que su proveedor de correo ofrezca MTA-STS.
doctor-mta-sts-broken = La configuración de MTA-STS tiene un error: { $reason }.
doctor-mta-sts-broken-advice = Corrija el registro _mta-sts y la política en https://mta-sts.<su dominio>/.well-known/mta-sts.txt, o elimine el registro.
doctor-mta-sts-unfetchable = No se ha podido leer la política MTA-STS en { $url }: { $reason }.
doctor-mta-sts-timeout = La política MTA-STS en { $url } no ha llegado a tiempo.
doctor-mta-sts-mx-mismatch = La política MTA-STS no incluye { $hosts }, así que los servidores que la siguen se negarán a entregar correo allí.
doctor-mta-sts-mx-mismatch-advice = Añada cada servidor MX a las líneas mx: de la política y luego cambie el id en el registro _mta-sts.
doctor-mta-sts-enforce = Los demás servidores deben cifrar el correo que envían a este dominio (MTA-STS, enforce).
doctor-mta-sts-testing = MTA-STS está en modo de prueba: se pide cifrado, pero todavía no se exige.
doctor-mta-sts-testing-advice = Cuando los informes no muestren problemas, cambie la política a mode: enforce.
doctor-mta-sts-none = MTA-STS está desactivado (mode: none).

doctor-tls-rpt-missing = El dominio no pide informes sobre problemas de cifrado (no tiene TLS-RPT).
doctor-tls-rpt-missing-advice = Opcional: un registro TXT en _smtp._tls como «v=TLSRPTv1; rua=mailto:usted@sudominio».
doctor-tls-rpt-ok = Los informes sobre problemas de cifrado se envían a { $to }.
doctor-tls-rpt-broken = El registro de informes TLS tiene un error: { $reason }.
doctor-tls-rpt-broken-advice = Corríjalo para que quede como «v=TLSRPTv1; rua=mailto:usted@sudominio».

doctor-autoconfig-ok = El dominio publica su configuración de correo para los programas de correo ({ $url }).
doctor-srv-ok = El dominio publica sus servidores de correo como registros de servicio DNS (RFC 6186).
doctor-autoconfig-missing = { $domain } no publica su configuración de correo, así que los programas de correo tienen que adivinarla.
doctor-autoconfig-missing-advice = Publíquela una vez y cada dispositivo se configurará solo: `mailsetup export --format autoconfig` crea el archivo de configuración y `mailsetup export --format dns` los registros DNS.

## Por qué un registro tiene un error: el `{ $reason }` de los resultados de arriba que señalan un registro con error.
doctor-reason-dkim-not-dkim = no es un registro de clave DKIM (v=DKIM1)
doctor-reason-dkim-no-key = no tiene clave pública (p=)
doctor-reason-dkim-bad-base64 = la clave pública no está en base64 válido
doctor-reason-dmarc-not-dmarc = no empieza por v=DMARC1
doctor-reason-dmarc-no-policy = no tiene política (p=)
doctor-reason-dmarc-bad-policy = «{ $value }» no es una política DMARC (none, quarantine o reject)
doctor-reason-dmarc-bad-pct = pct=«{ $value }» no es un número del 0 al 100
doctor-reason-dmarc-malformed = «{ $value }» no tiene la forma etiqueta=valor
doctor-reason-sts-no-version = la política no indica version: STSv1
doctor-reason-sts-bad-mode = la política no tiene un mode válido (enforce, testing o none)
doctor-reason-sts-bad-max-age = la política no tiene un max_age válido
doctor-reason-sts-no-mx = la política no incluye ningún patrón mx
doctor-reason-sts-bad-record = el registro DNS no empieza por v=STSv1 y un id
doctor-reason-tls-rpt-bad = el registro no empieza por v=TLSRPTv1 y una dirección rua
doctor-reason-spf-not-spf = no empieza por v=spf1
doctor-reason-spf-unknown-term = «{ $value }» no es un término SPF
doctor-reason-spf-missing-domain = «{ $value }» necesita un dominio
doctor-reason-spf-bad-network = «{ $value }» no es un rango de direcciones válido
doctor-reason-spf-duplicate-modifier = el modificador «{ $value }» aparece dos veces

## La línea de comandos y la página del asistente
doctor-title = Comprobar mi dominio
doctor-intro = ¿Está { $domain } preparado para recibir y enviar correo?
doctor-running = Comprobando los registros DNS del dominio…
doctor-status-ok = Correcto
doctor-status-warning = Conviene arreglarlo
doctor-status-problem = Problema
doctor-status-unknown = No se sabe
doctor-check-mx = Recepción (MX)
doctor-check-spf = Remitentes permitidos (SPF)
doctor-check-dkim = Firmas (DKIM)
doctor-check-dmarc = Protección contra suplantación (DMARC)
doctor-check-mta-sts = Cifrado obligatorio (MTA-STS)
doctor-check-tls-rpt = Informes de cifrado (TLS-RPT)
doctor-check-autoconfig = Configuración para programas de correo
doctor-summary-ok = Nada de esto impide que su correo funcione.
doctor-summary-problem = Algunos de estos puntos impiden que el correo llegue o que se considere fiable: vea los problemas de arriba.
