# La ventana del asistente. Palabras sencillas: nada de jerga IMAP o SMTP, salvo donde una elección necesita un nombre.

app-title = Mail Setup
back = Atrás
cancel = Cancelar

## Paso 1: usted
you-title = Configure su correo
you-intro = Escriba su nombre y su dirección de correo. Nosotros encontramos el resto.
you-name = Su nombre
you-name-placeholder = p. ej., Lucía García
you-address = Dirección de correo electrónico
you-address-placeholder = p. ej., hola@suempresa.es
you-address-hint = La dirección a la que le envían el correo.
you-address-ok = Buscaremos la configuración de correo de { $domain }.
you-address-empty = Escriba su dirección de correo.
you-address-missing-at = Una dirección de correo lleva una @, como hola@suempresa.es.
you-address-empty-local = Falta algo antes de la @.
you-address-empty-domain = Falta algo después de la @.
you-address-too-long = La parte anterior a la @ es demasiado larga.
you-address-bad-character = Una dirección de correo no puede contener «{ $character }».
you-address-bad-dots = La parte anterior a la @ no puede empezar ni terminar con un punto, ni tener dos puntos seguidos.
you-address-ip = Use la dirección con un nombre de dominio después de la @, no con un número.
you-address-bad-domain = «{ $domain }» no es un nombre de dominio válido. Compruebe que no tiene errores de escritura.
you-address-single-label = La parte posterior a la @ necesita un punto, como suempresa.es.
you-address-public-suffix = «{ $domain }» es solo el final de un nombre de dominio: falta algo delante.
you-password = Contraseña
you-password-placeholder = La contraseña de su correo
you-show-password = Mostrar la contraseña
you-continue = Continuar

## Paso 2: buscando su configuración
finding-title = Buscando su configuración
finding-intro = Buscamos a la vez en varios sitios los servidores de correo de { $domain }.
finding-waiting = en espera
finding-running = buscando…
finding-found = encontrado
finding-nothing-here = nada aquí
finding-no-answer = sin respuesta
finding-not-needed = no hace falta
finding-nothing = No hemos encontrado la configuración de correo de { $domain }. Su proveedor de correo puede darle los nombres de los servidores, y usted puede escribirlos a mano.
finding-setup-failed = No se ha podido leer la configuración de red de este ordenador: { $reason }
finding-manual = Escribir la configuración a mano

source-preset = La configuración de su organización
source-manual = La configuración que ha escrito
source-bundled = Lista integrada de proveedores de correo
source-autoconfig = La configuración publicada por su dominio
source-ispdb = La base de datos de proveedores de Mozilla
source-srv = Registros DNS
source-autodiscover = Búsqueda de Microsoft Exchange
source-mx = Su proveedor de correo (según el DNS)
source-autoconfig-http = La configuración publicada por su dominio (sin cifrar)
source-guess = Probando nombres de servidor habituales

## Paso 3: ¿cómo quiere recibir el correo?
receive-title = ¿Cómo quiere recibir el correo?
receive-imap = Mantener el correo en el servidor (IMAP, recomendado)
receive-imap-explained = Su correo se queda en el servidor y se ve igual en el móvil, el portátil y el correo web.
receive-pop3 = Descargar el correo en este ordenador (POP3)
receive-pop3-explained = Descarga el correo solo en este ordenador.
receive-leave-copy = Dejar una copia en el servidor
receive-leave-copy-warning = Sin una copia en el servidor, el correo descargado aquí no aparecerá en su móvil ni en el correo web, y se perderá si este ordenador se estropea.
receive-only-imap = Su proveedor mantiene el correo en el servidor (IMAP), así que no hay nada que elegir.
receive-only-pop3 = Su proveedor solo permite descargar el correo en este ordenador (POP3).
receive-foreign-title = Su contraseña se enviaría a:
receive-foreign-explained = Este servidor no pertenece a { $address_domain } y ninguna fuente de confianza ha confirmado que gestione su correo. Continúe solo si sabe que esta empresa se encarga de su correo.
receive-foreign-confirm = Confío mi contraseña a { $domain }
receive-show-details = Mostrar detalles
receive-hide-details = Ocultar detalles
receive-server-line = { $protocol } { $host }, puerto { $port }, seguridad { $security }
receive-incoming-server = Entrante: { $server }
receive-outgoing-server = Saliente: { $server }
receive-no-outgoing = Saliente: no encontrado
receive-continue = Comprobar mi cuenta

## Paso 4: comprobando su cuenta
checking-title = Comprobando su cuenta
checking-intro = Iniciamos sesión en sus servidores de correo, igual que lo hará su programa de correo.
checking-incoming = Recibir correo
checking-outgoing = Enviar correo
checking-no-outgoing = no se ha encontrado ningún servidor
checking-busy = comprobando…

## Paso 5: listo
done-title = Su correo está listo
# Se muestra hasta que la cuenta está en un programa de correo.
done-works-title = Su cuenta funciona
done-incoming-works = Recibir correo funciona ({ $host })
done-outgoing-works = Enviar correo funciona ({ $host })
done-server-message = Mensaje de su proveedor: { $message }
done-save-password = Guardar mi contraseña en el llavero de este ordenador
done-saving = Guardando su contraseña…
done-saved = Su contraseña está guardada en el llavero de este ordenador.
done-keyring-locked = El llavero está bloqueado, así que su contraseña no se ha guardado. Todo lo demás está configurado; su programa de correo le pedirá la contraseña una vez.
done-keyring-missing = Este ordenador no tiene ningún llavero que podamos usar, así que su contraseña no se ha guardado. Todo lo demás está configurado; su programa de correo le pedirá la contraseña una vez.
done-keyring-failed = El llavero no ha aceptado su contraseña, así que no se ha guardado. Todo lo demás está configurado.
done-finish = Terminar
done-close = Cerrar

## Hay algo que arreglar
fix-title = Hay algo que arreglar
fix-incoming = Recibir correo
fix-outgoing = Enviar correo
fix-works = funciona
fix-what-to-do = Qué hacer: { $advice }
fix-no-outgoing = No hemos encontrado ningún servidor para enviar correo. Pídaselo a su proveedor de correo y escríbalo en «Editar configuración».
fix-try-again = Reintentar
fix-edit = Editar configuración
fix-copy = Copiar los detalles para su servicio de asistencia
fix-copied = Los detalles se han copiado. Péguelos en un correo o en un chat con su servicio de asistencia; su contraseña no está incluida.

## Editar configuración
manual-title = La configuración de sus servidores de correo
manual-intro = Escriba la configuración que le ha dado su proveedor de correo.
manual-imap = IMAP
manual-pop3 = POP3
manual-only-protocol = Recibir correo: { $protocol } (lo ha decidido su organización)
manual-incoming = Servidor de correo entrante
manual-outgoing = Servidor de correo saliente (SMTP)
manual-host = Nombre del servidor
manual-port = Puerto
manual-username = Nombre de usuario
manual-security-tls = SSL/TLS
manual-security-starttls = STARTTLS
manual-security = Seguridad
manual-protocol = Cómo se recibe el correo
manual-bad-host = Escriba un nombre de servidor como mail.example.com.
manual-bad-port = El puerto es un número del 1 al 65535, como 993 o 465.
manual-bad-username = Escriba su nombre de usuario (a menudo es su dirección de correo).
manual-check = Comprobar esta configuración

## Configurar una aplicación (en «Su correo está listo»)
done-lead-thunderbird = Ahora añada la cuenta a Thunderbird, el programa de correo de este ordenador. Las cuentas que ya tiene Thunderbird se quedan como están.
done-add-thunderbird = Añadir a Thunderbird
done-open-thunderbird = Abrir Thunderbird
done-adding = Añadiendo…
done-lead-apple = Ahora añada la cuenta a Apple Mail en este Mac. Ajustes del Sistema le pedirá que lo confirme.
done-add-apple = Añadir a Apple Mail
done-lead-program = Ahora añádala a { $program }, el programa de correo de este ordenador. Las cuentas que ya tiene se quedan como están.
done-lead-goa = Ahora añádala a las cuentas en línea de GNOME, la lista de cuentas de este ordenador: Evolution y Geary la muestran desde allí, y la contraseña se queda en el depósito de claves.
done-lead-geary = Ahora añádala a Geary, el programa de correo de este ordenador. Va a las cuentas en línea de GNOME, donde Geary (y Evolution) la encuentran.
done-add-to = Añadir a { $program }
done-apple-opened = Ajustes del Sistema muestra ahora el perfil de { $address }: abra Privacidad y seguridad y luego Perfiles, haga doble clic en él y elija Instalar. Después, Apple Mail tendrá la cuenta.
done-close-thunderbird = Thunderbird está abierto. Cierre Thunderbird y pulse Reintentar: todavía no se ha cambiado nada.
done-no-thunderbird = Thunderbird no está instalado en este ordenador.
done-open-failed = No se ha podido iniciar Thunderbird: { $reason }
done-other-ways = Otras formas de usar esta configuración:
done-app-thunderbird-separate = Un perfil de Thunderbird aparte
done-phone-title = En su móvil
done-phone-imap = Use IMAP en todos sus dispositivos (ordenador, móvil y tableta) para que todos muestren el mismo correo. Thunderbird para Android lee el código; otras aplicaciones de correo le pedirán estos datos.
done-phone-qr = En Thunderbird para Android: Añadir cuenta y luego Escanear código QR.
done-phone-incoming = Correo entrante ({ $protocol })
done-phone-outgoing = Correo saliente ({ $protocol })
done-phone-server = Servidor: { $host }
done-phone-port = Puerto: { $port }, seguridad: { $security }
done-phone-username = Nombre de usuario: { $username }
done-app-apple = Archivo de perfil de Apple (iPhone, iPad, Mac)
done-app-android = Móvil (código QR)
done-app-sheet = Hoja de configuración para imprimir
done-export-saved = Guardado en { $path }.
done-export-thunderbird = Thunderbird tiene ahora un perfil llamado «{ $profile }» con esta cuenta; elíjalo cuando se inicie Thunderbird (thunderbird -P).
done-export-no-home = Este ordenador no tiene ninguna carpeta personal donde guardar.

## El indicador de paso sobre cada página del recorrido principal: «Paso 2 de 4 — Buscando su configuración»
step-of = Paso { $number } de { $total } — { $name }
step-you = Sus datos
step-finding = Buscando su configuración
step-receive = Cómo recibir el correo
step-checking = Comprobando su cuenta
# Sobre el campo de la contraseña en «Hay algo que arreglar», cuando un servidor ha rechazado la contraseña.
fix-password-again = Vuelva a escribir su contraseña

sign-in-title = Iniciar sesión con { $provider }
sign-in-intro = Su proveedor le hace iniciar sesión en su propia página. Su navegador está abriendo la página de inicio de sesión de { $provider }: inicie sesión allí y vuelva aquí.
sign-in-waiting = Esperando a que inicie sesión…
sign-in-no-browser = Si no se ha abierto ningún navegador, copie esta dirección en uno:
sign-in-try-again = Reintentar
you-password-not-needed = No hace falta: { $provider } le hace iniciar sesión en su propia página. Déjelo vacío.
you-app-password = { $provider } no acepta su contraseña habitual en los programas de correo: cree una contraseña de aplicación en { $page } y escríbala aquí.
sign-in-copy = Copiar la dirección
you-password-later = Opcional: se le pedirá más tarde si su proveedor la necesita.
password-title = Su contraseña
password-intro = Su proveedor inicia sesión con una contraseña. Escriba la contraseña de { $address }.
done-keep-signed-in = Mantener la sesión iniciada en este ordenador
done-unchecked-title = Su configuración está lista
done-unchecked-explained = Aún sin comprobar: Thunderbird le pedirá que inicie sesión con su proveedor al abrirse, y después su correo funcionará allí.

# Lo que un lector de pantalla dice además de las palabras de la ventana (src/ui/access).
access-status = { $tone }: { $text }
access-success = Funciona
access-warning = Atención
access-problem = Problema
access-progress = En curso
access-skipped = No hace falta
access-enter = Intro
