# Por qué algo ha fallado en la red, en el llavero o en lo que se ha escrito. Son las palabras de los
# propios tipos de error: una frase corta, a menudo colocada tras dos puntos en un mensaje más largo,
# así que empieza en minúscula y no lleva punto final. Un `{ $reason }` es el detalle que da el sistema
# o el servidor, casi siempre en inglés.

## Conectar (src/net/tcp.rs)

error-tcp-refused = se ha rechazado la conexión
error-tcp-unreachable = no se puede llegar al servidor desde aquí (no hay ruta)
error-tcp-failed = la conexión ha fallado: { $reason }
# $reason es uno de los mensajes error-cert-* de abajo.
error-tcp-certificate = no se ha aceptado el certificado del servidor: { $reason }
# $name es el nombre de host entre comillas rectas, p. ej. "mail example.com".
error-tcp-bad-name = { $name } no es un nombre de host válido para TLS

## Establecer el cifrado (TLS)

# $greeting es lo que el servidor ha enviado en su lugar, entre comillas rectas.
error-tls-plain-text = el servidor ha respondido sin cifrado donde se esperaba cifrado: { $greeting }
# $alert es el nombre técnico de la alerta, p. ej. handshake_failure.
error-tls-alert = el servidor ha interrumpido el establecimiento de la conexión cifrada con la alerta TLS { $alert }
error-tls-old-version = el servidor solo ofrece un cifrado antiguo
# $version es la versión que ha ofrecido el servidor, p. ej. «TLS 1.0».
error-tls-old-version-offered = el servidor solo ofrece un cifrado antiguo ({ $version })
error-tls-no-common-cipher = el servidor no ofrece ningún método de cifrado que este programa acepte
error-tls-failed = el establecimiento de la conexión TLS ha fallado: { $reason }

## Qué le pasa al certificado del servidor: va tras los dos puntos de error-tcp-certificate; el sujeto es el certificado.

error-cert-expired = ha caducado
error-cert-not-yet-valid = todavía no es válido
error-cert-wrong-name = se emitió para otros nombres
error-cert-unknown-issuer = no lo firma ninguna autoridad en la que confíe este ordenador (autofirmado o de un emisor desconocido)
error-cert-revoked = ha sido revocado
# Un servicio de soporte ha indicado qué certificado tiene este servidor, y este es otro.
error-cert-pin-mismatch = no es el certificado que su organización indicó que debía esperarse
error-cert-other = no es válido: { $reason }

## Obtener ajustes de la web (src/net/http.rs)

error-http-connect = no se ha podido conectar: { $reason }
error-http-certificate = no se ha aceptado el certificado del servidor: { $reason }
# $status es el código de estado HTTP, p. ej. 404.
error-http-status = el servidor ha respondido HTTP { $status }
# $size es un número y $unit dice de qué: mib (MiB), kib (KiB) o bytes.
error-http-too-large = la respuesta ocupa más de { $unit ->
        [mib] { $size } MiB
        [kib] { $size } KiB
       *[bytes] { $size } bytes
    }
error-http-too-many-redirects = demasiadas redirecciones
# Una dirección web ha redirigido de una dirección cifrada (https://) a una sin cifrar (http://).
error-http-downgrade = una redirección ha intentado pasar de HTTPS a HTTP sin cifrar
error-http-downgrade-refused = se ha rechazado una redirección de HTTPS a HTTP
error-http-timeout = el servidor no ha respondido a tiempo
error-http-failed = la solicitud ha fallado: { $reason }

## Una conversación con un servidor de correo (src/net/session.rs)

error-session-connect-timeout = no se ha podido abrir la conexión a tiempo
error-session-handshake-timeout = el servidor no ha terminado de establecer el cifrado a tiempo
# El servidor ha aceptado la conexión pero no ha enviado su primera línea (su saludo).
error-session-greeting-timeout = el servidor ha aceptado la conexión pero no ha saludado a tiempo
error-session-reply-timeout = el servidor ha dejado de responder
error-session-plain-refused = la conexión no estaría cifrada
error-session-io = error de conexión: { $reason }

## Consultas DNS (src/net/dns.rs)

# $name es un nombre de dominio o de host.
error-dns-nxdomain = { $name } no existe
error-dns-no-records = { $name } no tiene registros de ese tipo
error-dns-timeout = el servidor DNS no ha respondido a tiempo
error-dns-servfail = el servidor DNS ha informado de un fallo (SERVFAIL)
error-dns-refused = el servidor DNS se ha negado a responder (REFUSED)
error-dns-failed = la consulta DNS ha fallado: { $reason }

## Preparar las funciones de red (src/net/mod.rs)

error-net-resolver = no se ha podido leer la configuración DNS del sistema: { $reason }
# $path es un archivo indicado con --ca-file.
error-net-ca-file = no se han podido leer los certificados de { $path }: { $reason }
error-net-ca-file-empty = { $path } no contiene ningún certificado PEM
error-net-tls = no se ha podido preparar TLS: { $reason }
error-net-http = no se ha podido preparar el cliente HTTP: { $reason }

## Cómo ha terminado una conversación con un servidor de correo (src/proto/shared.rs)

# $reply es la respuesta del propio servidor, casi siempre en inglés.
error-dialogue-refused = el servidor ha rechazado la conexión: { $reply }
error-dialogue-not-protocol = el servidor no habla el protocolo esperado
error-dialogue-no-encryption = el servidor no ofrece cifrado (STARTTLS)
error-dialogue-starttls-refused = el servidor ha ofrecido STARTTLS pero luego lo ha rechazado: { $reply }
# $offered enumera los métodos de inicio de sesión del servidor, separados por espacios, p. ej. «PLAIN LOGIN».
error-dialogue-no-password-method = el servidor no acepta ningún método de inicio de sesión con contraseña que podamos usar (ofrece: { $offered })
error-dialogue-password-not-allowed = el servidor solo admite aquí un inicio de sesión OAuth2, no una contraseña (ofrece: { $offered })
error-dialogue-no-token-method = el servidor no ofrece inicio de sesión OAuth2 (OAUTHBEARER, XOAUTH2; ofrece: { $offered })
error-dialogue-login-not-offered = el servidor no ofrece inicio de sesión en este puerto
# Una comprobación sin contraseña se ha detenido donde habría iniciado sesión.
error-dialogue-not-sent = no se ha intentado iniciar sesión (no se ha indicado ninguna contraseña)
error-dialogue-rejected = se ha rechazado el inicio de sesión: { $reply }
error-dialogue-unencodable = la contraseña contiene caracteres que no se pueden enviar a este servidor
error-dialogue-closed = el servidor ha cerrado la conexión
# $kib es un número de kibibytes (KiB).
error-dialogue-line-too-long = el servidor ha enviado una línea de más de { $kib } KiB
error-dialogue-reply-too-long = el servidor ha enviado una respuesta de más de { $lines } líneas o más de { $capabilities } capacidades

## Leer las líneas del servidor (src/proto/lines.rs)

error-lines-too-long = el servidor ha enviado una línea de más de { $kib } KiB

## Iniciar sesión (SASL, src/proto/sasl.rs)

error-sasl-has-nul = el nombre de usuario o la contraseña contienen un carácter NUL
# El servidor ha seguido preguntando después de que el método de inicio de sesión lo enviara todo.
error-sasl-exhausted = el servidor ha pedido más de lo que el método de inicio de sesión tiene que decir
# Un «desafío» es la explicación codificada del servidor de por qué se ha rechazado un token de inicio de sesión.
error-sasl-challenge-too-long = el desafío tiene más de { $max } caracteres
error-sasl-challenge-not-base64 = el desafío no está en base64
error-sasl-challenge-not-json = el desafío no es un objeto JSON con un estado

## La dirección de correo escrita (src/address.rs)

error-address-empty = la dirección está vacía
error-address-missing-at = la dirección no tiene el signo @
error-address-empty-local-part = la parte anterior a la @ está vacía
error-address-empty-domain = la parte posterior a la @ está vacía
error-address-local-part-too-long = la parte anterior a la @ tiene más de 64 caracteres
# $character es el carácter entre comillas simples rectas, p. ej. ' ' o ','.
error-address-bad-character = la dirección contiene un carácter no permitido: { $character }
error-address-bad-dots = la parte anterior a la @ tiene un punto al principio o al final, o dos puntos seguidos
error-address-ip-literal = no se admiten direcciones en una dirección IP directamente
# $domain va entre comillas rectas, p. ej. "example..com".
error-address-bad-domain = el dominio { $domain } no es un nombre de dominio válido
error-address-single-label = el dominio { $domain } necesita al menos un punto, como example.com
# Un sufijo público es un nombre como «co.uk» bajo el que solo se registran otros dominios.
error-address-public-suffix = { $domain } es un sufijo público: ningún buzón puede estar directamente debajo

## Iniciar sesión con el proveedor (src/oauth/mod.rs)

# $value es lo que se ha indicado, entre comillas rectas; ISSUER=CLIENT_ID es la forma esperada, déjela tal cual.
error-oauth-bad-registration = { $value } no tiene la forma ISSUER=CLIENT_ID
error-oauth-cancelled = se ha cancelado el inicio de sesión en la página del proveedor
error-oauth-denied = el proveedor ha rechazado el inicio de sesión: { $reason }
error-oauth-state-mismatch = la respuesta no correspondía a este inicio de sesión (state no coincide)
error-oauth-timeout = el navegador no ha vuelto a tiempo
error-oauth-answer-too-long = la respuesta del navegador ocupa más de { $kib } KiB
error-oauth-listener = no se ha podido esperar la respuesta del navegador: { $reason }
# El punto de conexión de tokens es la dirección del proveedor que entrega los tokens de inicio de sesión.
error-oauth-token = el punto de conexión de tokens ha fallado: { $reason }
error-oauth-token-timeout = el punto de conexión de tokens no ha respondido a tiempo
# Un inicio de sesión guardado en el llavero de una vez anterior.
error-oauth-refresh-refused = el inicio de sesión guardado ya no es válido
error-oauth-insecure-endpoint = las direcciones de inicio de sesión del proveedor no son direcciones https://
error-oauth-admin-approval = su organización tiene que aprobar Mail Setup primero
error-oauth-issuer-mismatch = la respuesta venía de otro proveedor distinto del consultado (iss)
error-oauth-invalid-client = el proveedor no conoce este programa (invalid_client)
error-oauth-not-offered = el proveedor no ofrece ningún inicio de sesión que este programa pueda usar sin registrarse
error-oauth-metadata = no se han podido leer los ajustes de inicio de sesión del proveedor: { $reason }
error-oauth-registration = el proveedor se ha negado a registrar este programa: { $reason }

## Abrir el navegador (src/oauth/browser.rs)

error-browser-failed = no se ha podido abrir un navegador: { $reason }

## El llavero del sistema (src/secrets.rs)

error-keyring-unavailable = no hay ningún llavero disponible en este ordenador: { $reason }
error-keyring-locked = el llavero está bloqueado: { $reason }
error-keyring-other = el llavero ha rechazado la contraseña: { $reason }
