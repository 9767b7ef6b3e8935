# Los problemas de la comprobación: un mensaje que dice qué falla y un consejo que dice qué hacer.
# Escrito para personas que nunca han oído hablar de IMAP ni de SMTP.

side-incoming = servidor de correo entrante
side-outgoing = servidor de correo saliente

check-server-said = { " " }El servidor ha respondido: «{ $text }».
# Lo mismo, para una respuesta que ya termina con un punto: sin un segundo punto.
check-server-said-ended = { " " }El servidor ha respondido: «{ $text }»

check-dns-missing = El { $which } { $host } no existe.
check-dns-missing-advice-incoming = Compruebe que el nombre del servidor no tiene errores de escritura. Si es correcto, pida a su proveedor de correo el servidor de correo entrante correcto y pregúntele si los registros MX de su dominio apuntan a él.
check-dns-missing-advice-outgoing = Compruebe que el nombre del servidor no tiene errores de escritura, o pida a su proveedor de correo el servidor de correo saliente (SMTP) correcto.
check-dns-failed = No se ha podido consultar el nombre { $host }.
check-dns-failed-advice = Compruebe que este ordenador está conectado a Internet y vuelva a intentarlo.

check-unreachable = No se ha podido contactar con el { $which } { $host } en el puerto { $port }.
check-unreachable-advice-outgoing = Puede que su red o un cortafuegos bloquee el puerto { $port } (muchas redes bloquean los puertos de envío), o que el servidor no acepte correo en él. Pruebe el puerto 465 o el 587, o pregunte a quien administra su red.
check-unreachable-advice = Puede que un cortafuegos bloquee el puerto { $port }, o que el nombre del servidor o el puerto no sean correctos. Compruébelos con su proveedor de correo.

check-timeout = El { $which } { $host } no ha respondido a tiempo (puerto { $port }).
check-timeout-advice = Puede que el servidor no esté funcionando o que un cortafuegos bloquee el puerto sin avisar. Vuelva a intentarlo más tarde o desde otra red; si sigue pasando, consulte a su proveedor de correo.

check-cert = El certificado de seguridad de { $host } no es válido: { $reason }.
check-cert-names = { " " }Se emitió para: { $names }.
check-cert-expired-on = { " " }Caducó el { $date }.
check-cert-reason-expired = ha caducado
check-cert-reason-not-yet-valid = todavía no es válido
check-cert-reason-wrong-name = se emitió para otros nombres
check-cert-reason-unknown-issuer = no lo firma ninguna autoridad en la que confíe este ordenador (autofirmado o de un emisor desconocido)
check-cert-reason-revoked = ha sido revocado
check-cert-reason-other = no es válido
check-cert-advice-name = Puede que el servidor tenga otro nombre: pruebe { $name } como nombre del servidor, o pregunte a su proveedor de correo qué nombre debe usar.
check-cert-advice-date = Compruebe que la fecha y la hora de este ordenador son correctas. Si lo son, el proveedor tiene que renovar su certificado: avíseles.
check-cert-advice = Su contraseña no se ha enviado. Pida a su proveedor de correo que arregle su certificado y no se conecte hasta que lo hayan hecho.
check-cert-fingerprint = { " " }Huella digital del certificado (SHA-256): { $fingerprint }.

check-tls-failed = No se ha podido establecer una conexión segura con { $host }.
check-tls-failed-advice = Compruebe que el nombre del servidor no tenga errores, o pida el nombre correcto a su proveedor de correo.
check-tls-failed-other-advice = El motivo indicado fue: { $detail }. Vuelva a intentarlo más tarde; si sigue pasando, dé estos detalles a su proveedor de correo.
check-tls-plain-text = { $host } responde sin cifrado en el puerto { $port } (dijo «{ $greeting }»), pero la configuración indica SSL/TLS.
check-tls-plain-text-advice = El puerto { $port } usa STARTTLS, no SSL/TLS: elija STARTTLS como seguridad para el puerto { $port }, o SSL/TLS con el puerto { $tls_port }. Mail Setup probó ambas opciones y ninguna funcionó, así que pregunte a su proveedor de correo qué configuración usar.
check-tls-alert = { $host } interrumpió el establecimiento de la conexión segura (envió la alerta TLS «{ $alert }»).
check-tls-alert-advice = Su contraseña no se ha enviado. El cifrado del servidor está mal configurado, o rechaza este equipo. Vuelva a intentarlo más tarde; si sigue pasando, dé este mensaje a su proveedor de correo.
check-tls-old = { $host } solo ofrece un cifrado antiguo que este programa no acepta, porque ya no es seguro.
check-tls-old-offered = { $host } solo ofrece un cifrado antiguo ({ $offered }) que este programa no acepta, porque ya no es seguro.
check-tls-no-cipher = { $host } no ofrece ningún método de cifrado que este programa acepte: los suyos ya no son seguros.
check-tls-old-advice = Su contraseña no se ha enviado. Pida a su proveedor de correo que active un cifrado actual (TLS 1.2 o posterior) en su servidor.

check-no-encryption = El { $which } { $host } no ofrece una conexión cifrada en el puerto { $port }.
check-no-encryption-advice = Su contraseña no se ha enviado, porque cualquiera en la red podría leerla. Pida a su proveedor de correo una configuración segura (normalmente el puerto 993 para el correo entrante por IMAP y el 465 o el 587 para el saliente).

check-wrong-password = { $host } no ha aceptado su contraseña.{ $server_says }
check-wrong-password-advice = Compruebe la contraseña (mayúsculas, distribución del teclado) y el nombre de usuario «{ $username }». Si usa la verificación en dos pasos, puede que su proveedor exija una contraseña de aplicación.
check-send-login = El servidor de correo saliente no ha aceptado su inicio de sesión, aunque la recepción funciona.{ $server_says }
check-send-login-advice = Puede que el envío necesite su propio ajuste: compruebe que el inicio de sesión para el correo saliente (SMTP) está activado en su cuenta y si el servidor de correo saliente espera otro nombre de usuario. Las páginas de ayuda o el servicio de atención de su proveedor se lo pueden decir.
check-app-password = { $host } no acepta su contraseña habitual desde programas de correo.{ $server_says }
check-app-password-advice = Cree una contraseña de aplicación en la configuración de seguridad de su cuenta de correo (o inicie sesión una vez en la web del proveedor) y úsela en lugar de su contraseña habitual.
check-temporary = { $host } tiene un problema pasajero y no ha podido comprobar su inicio de sesión.{ $server_says }
check-temporary-advice = Vuelva a intentarlo dentro de unos minutos.
check-in-use = Otro programa está usando su buzón en { $host }.{ $server_says }
check-in-use-advice = Cierre los demás programas de correo o dispositivos que descargan este buzón, espere un minuto y vuelva a intentarlo.
check-encryption-required = { $host } pide una conexión más segura antes de iniciar sesión.{ $server_says }
check-encryption-required-advice = Pida a su proveedor de correo la configuración segura.

check-no-password-method = { $host } no acepta el inicio de sesión con contraseña desde programas de correo (ofrece: { $offered }).
check-no-password-method-advice = Puede que el proveedor exija iniciar sesión a través de su web (OAuth2) o una contraseña de aplicación. Busque «contraseña de aplicación» o «acceso IMAP» en las páginas de ayuda de su proveedor.
check-login-not-offered = El servidor de correo saliente { $host } no ofrece inicio de sesión en el puerto { $port }.
check-login-not-offered-advice = Puede que este puerto sea solo para servidores. Use el puerto de envío (587 o 465) que le indique su proveedor y compruebe que el envío con inicio de sesión está activado en su cuenta.
check-unencodable = Su contraseña o su nombre de usuario contiene caracteres que este servidor no puede recibir.
check-unencodable-advice = Cambie la contraseña por una sin caracteres poco habituales, o consulte a su proveedor de correo.
check-refused = { $host } ha rechazado la conexión: «{ $text }».
check-refused-advice = Puede que el servidor esté saturado o que no acepte conexiones desde su red. Vuelva a intentarlo más tarde o consulte a su proveedor de correo.
check-not-protocol = { $host } no responde en el puerto { $port } como un servidor { $protocol }.
check-not-protocol-advice = Probablemente el nombre del servidor o el puerto no son correctos. Compruébelos con su proveedor de correo.
check-too-long = { $host } envió más de lo que este programa lee ({ $limit }), así que la comprobación se detuvo ahí.
check-too-long-advice = Un servidor de correo no suele responder así: compruebe el nombre del servidor y el puerto con su proveedor de correo y dele estos detalles.
check-closed = { $host } ha cerrado la conexión de forma inesperada.
check-closed-advice = Vuelva a intentarlo. Si sigue pasando, puede que el servidor o su red estén rechazando los programas de correo; consulte a su proveedor de correo.

check-note-port-switch = No se pudo contactar con el puerto { $from } o no respondió a tiempo, así que hemos probado con el puerto { $to }.
check-note-port-switch-works = No se pudo contactar con el puerto { $from } o no respondió a tiempo, así que hemos probado con el puerto { $to }, y funciona.
check-note-username = El inicio de sesión funciona con el nombre de usuario «{ $username }».
check-note-plain-text-starttls = El puerto { $port } usa STARTTLS, no SSL/TLS: el servidor respondió primero sin cifrado, así que protegimos la conexión con STARTTLS. Elija STARTTLS para el puerto { $port } en su programa de correo.
check-note-plain-text-tls-port = El puerto { $from } no usa SSL/TLS (el servidor respondió primero sin cifrado), así que usamos SSL/TLS en el puerto { $to }.
check-note-tls-expected = El puerto { $port } usa SSL/TLS, no STARTTLS: el servidor espera cifrado desde el principio, así que usamos SSL/TLS. Elija SSL/TLS para el puerto { $port } en su programa de correo.
check-help-link = { " " }Su proveedor lo explica aquí: { $url }
check-cert-reason-pin = no es el certificado que su organización indicó que se esperaba
check-cert-advice-pin = Su contraseña no se ha enviado. Puede que alguien esté interceptando la conexión, o que el servidor tenga un certificado nuevo del que su organización aún no ha informado a Mail Setup. Comunique a su servicio de asistencia la huella digital que aparece abajo.

## Inicio de sesión con OAuth2 y contraseñas que un proveedor rechaza
check-password-not-allowed = { $host } no acepta la contraseña de su cuenta desde programas de correo: su proveedor le hace iniciar sesión en su propia página.
check-password-not-allowed-advice = Su proveedor necesita su propio inicio de sesión, o una contraseña de aplicación creada en la configuración de seguridad de su cuenta. Use la contraseña de aplicación en lugar de su contraseña habitual, o consulte a su servicio de asistencia.
check-password-not-allowed-advice-microsoft = Con Microsoft 365 tiene que iniciar sesión con Microsoft en su navegador, en lugar de escribir aquí su contraseña. Si esta copia de Mail Setup no puede hacerlo, consulte a su servicio de asistencia, o añada la cuenta en Thunderbird, que inicia sesión con Microsoft por sí solo.
check-password-not-allowed-advice-google = Google necesita una contraseña de aplicación: cree una en https://myaccount.google.com/apppasswords (la verificación en dos pasos debe estar activada) y úsela en lugar de su contraseña habitual, o inicie sesión con Google si su servicio de asistencia lo ha configurado.
check-no-token-method = { $host } no ofrece iniciar sesión con un token de su proveedor (ofrece: { $offered }).
check-no-token-method-advice = Este servidor no admite el inicio de sesión del proveedor. Compruebe que son los servidores de su proveedor, o consulte a su servicio de asistencia.
check-token-refused = { $host } no ha aceptado su inicio de sesión.{ $server_says }
check-token-refused-advice = Puede que el inicio de sesión haya caducado o se haya retirado. Vuelva a iniciar sesión; si sigue pasando, consulte a su servicio de asistencia.
check-token-scope = { $host } indica que su inicio de sesión no incluye acceso al correo.{ $server_says }
check-token-scope-advice = Vuelva a iniciar sesión y acepte todos los permisos que pida el proveedor. Si la página nunca pregunta por el correo, consulte a su servicio de asistencia: puede que el registro del programa no tenga acceso al correo.
check-token-not-allowed = { $host } no permite que los programas de correo inicien sesión en este buzón.{ $server_says }
check-token-not-allowed-advice = Pida a su administrador que active IMAP, POP y SMTP autenticado para su buzón.
sign-in-cancelled = El inicio de sesión se canceló en la página de su proveedor.
sign-in-cancelled-advice = Para usar esta cuenta aquí, vuelva a iniciar sesión y permita que Mail Setup lea y envíe su correo.
sign-in-failed = El inicio de sesión con su proveedor no se ha completado: { $reason }.
sign-in-failed-advice = Vuelva a intentarlo. Si sigue fallando, dé estos detalles a su servicio de asistencia.
sign-in-not-configured = { $provider } le hace iniciar sesión en su propia página, y esta copia de Mail Setup no puede hacerlo con él.
sign-in-not-configured-advice = Thunderbird inicia sesión con { $provider } por sí mismo: añada la cuenta a Thunderbird e inicie sesión cuando se lo pida. Su servicio de asistencia también puede configurar Mail Setup para { $provider }.
sign-in-reason-state = la respuesta recibida no correspondía a este inicio de sesión
sign-in-reason-timeout = el navegador no ha vuelto en 5 minutos
sign-in-reason-answer-too-long = la respuesta recibida ocupa más de 8 KiB, así que no se ha leído
sign-in-reason-listener = este ordenador no ha podido esperar la respuesta del navegador ({ $detail })
sign-in-reason-token = el proveedor no ha emitido el inicio de sesión ({ $detail })
sign-in-reason-token-timeout = el proveedor no ha respondido a tiempo
sign-in-reason-denied = el proveedor lo ha rechazado ({ $detail })
sign-in-reason-endpoint = la dirección de inicio de sesión del proveedor no es una dirección https:// segura
sign-in-open-browser = Inicie sesión con { $provider } en su navegador. Si no se abre, vaya a:
sign-in-page-done = Ha iniciado sesión. Puede cerrar esta pestaña y volver a Mail Setup.
sign-in-page-failed = El inicio de sesión no se ha completado. Puede cerrar esta pestaña y volver a Mail Setup.
sign-in-reason-issuer = la respuesta llegó de un proveedor distinto de aquel con el que estaba iniciando sesión
sign-in-reason-register = Mail Setup no pudo darse a conocer a su proveedor ({ $detail })
sign-in-your-provider = Su proveedor
sign-in-admin-approval = Su organización tiene que aprobar Mail Setup antes de que pueda iniciar sesión.
sign-in-admin-approval-advice = Pida a su administrador informático que apruebe Mail Setup para su organización y vuelva a intentarlo.
sign-in-admin-approval-advice-link = Pida a su administrador informático que apruebe Mail Setup para su organización y vuelva a intentarlo. Puede hacerlo en esta dirección: { $link }

# What the window copies for the helpdesk after a failed sign-in.
sign-in-details-heading = == Inicio de sesión con { $provider } ({ $kind }) ==
sign-in-details-admin-consent = Página de aprobación del administrador: { $url }
# The command line cannot find its own file (to start the window program beside it).
cli-no-self = No se puede saber dónde está este programa: { $reason }
# A password given on standard input that is not text.
cli-not-utf8 = el texto no es UTF-8 válido
