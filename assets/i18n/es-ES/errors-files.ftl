# Los textos de los tipos de error de src/check, src/export, src/discover, src/diagnose y src/desktop.
# La mayoría aparece dentro de un mensaje más largo (tras una dirección y dos puntos, o como motivo
# entre paréntesis), así que empiezan en minúscula y terminan sin punto.

## La comprobación con el servidor (src/check): por qué falló un inicio de sesión.
error-check-connect-timeout = no se pudo abrir la conexión a tiempo
error-check-handshake-timeout = el servidor aceptó la conexión pero no terminó de establecer el cifrado a tiempo
error-check-greeting-timeout = el servidor aceptó la conexión pero no saludó a tiempo
error-check-reply-timeout = el servidor dejó de responder
error-check-whole-timeout = la comprobación tardó demasiado
error-check-plain-refused = la configuración indica conectarse sin cifrado; la contraseña se podría leer por el camino
# { $error } es la descripción del sistema operativo (a menudo en inglés).
error-check-io = error de conexión: { $error }
error-check-oauth-only = aquí el proveedor inicia la sesión en su propia página; no se acepta una contraseña

## Las exportaciones (src/export): archivos guardados, perfiles de Thunderbird, el perfil de Apple y el código QR.
error-save-not-a-file = una exportación de Thunderbird es una carpeta de perfil, no un único archivo
# Un archivo o una carpeta que no se pudo escribir, y luego el motivo que da el sistema.
error-save-io = { $path }: { $error }
# Un archivo o una carpeta de un perfil de Thunderbird que no se pudo escribir, y luego el motivo.
error-thunderbird-io = { $path }: { $error }
error-thunderbird-running = Thunderbird está abierto; ciérrelo primero
# { $path } es la carpeta del perfil.
error-thunderbird-locked = el perfil { $path } lo está usando un Thunderbird abierto; ciérrelo primero
error-thunderbird-exists = { $path } ya existe; elija una carpeta nueva para el perfil
# prefs.js es el nombre del archivo de configuración de un perfil: no lo traduzca.
error-thunderbird-not-a-profile = { $path } no es un perfil de Thunderbird (no tiene prefs.js)
# { $path } es el profiles.ini de Thunderbird, la lista de sus perfiles; { $reason } dice qué le pasa.
error-thunderbird-bad-profiles-ini = { $path } no se puede leer como la lista de perfiles de Thunderbird ({ $reason }); se ha dejado como estaba
error-tb-profiles-unreadable = no se pudo leer { $path }: { $reason }
# El motivo de error-tb-profiles-unreadable cuando el archivo no es texto.
error-tb-profiles-not-utf8 = el archivo no es texto UTF-8 válido
# La firma del perfil de Apple Mail con el certificado del servicio de ayuda; { $reason } viene del lector de PEM.
error-apple-certificate = el archivo del certificado no contiene ningún certificado PEM: { $reason }
# El motivo de error-apple-certificate cuando el archivo no contiene ningún certificado.
error-apple-certificate-empty = está vacío
error-apple-key = el archivo de la clave no contiene ninguna clave privada P-256 ni RSA en PEM (PKCS#8 o PKCS#1)
error-apple-sign = la firma falló: { $reason }
error-android-qr-not-ascii = Thunderbird para Android necesita una dirección escrita solo con letras ASCII simples
error-android-qr-too-long = la configuración no cabe en un solo código QR
error-android-qr-no-outgoing = Thunderbird para Android necesita un servidor de salida

## La configuración publicada en la web (src/discover): archivos XML, autoconfig, autodiscover, tanteo.
error-xml-too-large = el archivo ocupa más de { $mib } MiB
error-xml-not-utf8 = el archivo no es texto UTF-8
# { $max } es un número (32).
error-xml-too-deep = el archivo anida elementos a más de { $max } niveles
# { $max } es un número (20000).
error-xml-too-many-elements = el archivo tiene más de { $max } elementos
error-xml-doctype = el archivo declara un tipo de documento, algo que los archivos de configuración nunca necesitan
# Una entidad XML como &nbsp;: mantenga el & y el ; alrededor de { $name }.
error-xml-unknown-entity = el archivo usa una entidad que no expandimos: &{ $name };
# { $reason } es uno de los mensajes error-xml-malformed-… de abajo, o el texto del lector de XML (en inglés).
error-xml-malformed = el archivo no es XML bien formado: { $reason }
error-xml-malformed-after-root = contenido después del elemento raíz
error-xml-malformed-end-tag = una etiqueta de cierre inesperada
error-xml-malformed-text-outside = texto fuera del elemento raíz
error-xml-malformed-char-ref = una referencia de carácter no válida
error-xml-malformed-unclosed = el archivo termina dentro de un elemento
error-xml-empty = el archivo no tiene elemento raíz
# { $root } es el nombre del elemento XML con el que empieza el archivo.
error-config-not-client-config = el archivo es XML pero no es un archivo autoconfig (elemento raíz <{ $root }>)
# <emailProvider> es el nombre de un elemento XML: no lo traduzca.
error-config-no-provider = el archivo no tiene ningún elemento <emailProvider>
# { $root } es el nombre del elemento XML con el que empieza la respuesta.
error-autodiscover-not-autodiscover = la respuesta no es una respuesta autodiscover (elemento raíz <{ $root }>)
# { $message } es el texto del servidor.
error-autodiscover-server-error = el servidor informó de un error: { $message }
# El texto del servidor en error-autodiscover-server-error cuando no da ninguno.
error-autodiscover-unknown = error desconocido
# La dirección de la que se obtuvo un archivo de configuración, y luego por qué no sirvió.
error-discover-at-url = { $url }: { $error }
# { $error } es la descripción del sistema operativo (a menudo en inglés).
error-guess-io = error de conexión: { $error }
error-guess-timeout = sin respuesta a tiempo
# La generación de los datos de proveedores incluidos a partir de la base de datos de Thunderbird (una herramienta de desarrollo).
error-bundled-read = no se pudo leer { $path }: { $error }
error-bundled-parse = { $path }: { $error }

## El archivo de configuración de Thunderbird, prefs.js, leído y reparado (src/diagnose).
error-prefs-too-large = el archivo ocupa más de { $mib } MiB
# { $line } es un número de línea de prefs.js; { $expected } es uno de los mensajes error-prefs-expected-…
# o un trozo de la sintaxis del archivo como ";" o user_pref(…); tal cual.
error-prefs-expected = línea { $line }: se esperaba { $expected }
error-prefs-expected-quoted-string = un texto entre comillas
error-prefs-expected-utf8 = texto en UTF-8
error-prefs-expected-number = un número
# true y false se escriben así en prefs.js: no los traduzca.
error-prefs-expected-value = un texto entre comillas, un número, true o false
error-prefs-expected-attribute = un atributo
error-prefs-unterminated-string = línea { $line }: un texto entre comillas no está cerrado
error-prefs-unterminated-comment = línea { $line }: un comentario no está cerrado
# Una secuencia de escape: una barra invertida seguida de caracteres, como \n o \u00e9.
error-prefs-bad-escape = línea { $line }: una secuencia de escape no válida en un texto
error-prefs-bad-number = línea { $line }: un número fuera de rango
# El archivo no es texto (aparece tras «no se puede leer»).
error-prefs-not-utf8 = el archivo no es texto UTF-8 válido
# { $path } es la carpeta del perfil.
error-fix-locked = el perfil { $path } está abierto en un Thunderbird en marcha; cierre Thunderbird primero
error-fix-not-verified = la configuración reparada no superó la comprobación con el servidor, así que no se ha escrito
error-fix-nothing = no hay nada que reparar
error-fix-prefs = no se puede leer prefs.js: { $reason }

## Los programas de correo del escritorio Linux (src/desktop). { $program } es el nombre corto del programa (Goa, Evolution, Geary, KMail).
error-desktop-no-pop3 = las cuentas en línea de GNOME no admiten cuentas POP3
error-desktop-not-password = los servidores no aceptan una contraseña
error-desktop-no-outgoing = no hay servidor de salida
error-desktop-no-password = no hay contraseña
# { $reason } es el texto del servicio del escritorio (a menudo en inglés).
error-desktop-unavailable = { $program } no está disponible: { $reason }
error-desktop-not-allowed = las cuentas en línea de GNOME no permiten aquí cuentas IMAP y SMTP
error-desktop-refused = { $program } rechazó la cuenta: { $reason }
error-desktop-by-hand = { $program } no ofrece ninguna forma de añadir una cuenta desde fuera
