# La línea de comandos (`mailsetup discover`, `check`, `save-password`).

cli-bad-dns-server = «{ $value }» no es una dirección IP ni tiene la forma IP:PUERTO.
cli-cannot-start = no se puede iniciar: { $reason }
cli-no-window = no se ha podido abrir la ventana: { $reason }
cli-no-display = este ordenador no tiene un escritorio gráfico donde mostrarla (no está definida ni DISPLAY ni WAYLAND_DISPLAY). Para configurar su correo en este terminal, escriba: mailsetup setup
cli-window-missing = falta { $program }: vuelva a instalar Mail Setup o configure su correo en este terminal con: mailsetup setup
cli-bad-timeout = --timeout debe estar entre 0 y 600 segundos.
cli-bad-address = «{ $address }» no es una dirección de correo válida: { $reason }
cli-looking-up = Buscando la configuración de correo de { $address }…
cli-looking-up-running = Buscando la configuración de { $address }: { $sources }
cli-settings-for = Configuración de correo de { $address } (encontrada en { $ms } ms)
cli-incoming = Correo entrante
cli-outgoing = Correo saliente
cli-server = { $protocol } { $host }  puerto { $port }  { $security }  usuario { $username }
cli-from = fuente: { $source } ({ $url })
cli-from-unvouched = fuente: { $source } ({ $url }), sin confirmar por su dominio
cli-no-outgoing = Correo saliente  no encontrado: pida a su proveedor el servidor de correo saliente (SMTP).
cli-careful = Cuidado: { $host } pertenece a { $domain }, no a { $address_domain }, y ninguna fuente de confianza lo ha confirmado. Envíe allí su contraseña solo si sabe que { $domain } gestiona su correo.
cli-alternatives = { $count ->
    [one] También se ha encontrado otro servidor posible (vea --json).
   *[other] También se han encontrado { $count } servidores posibles más (vea --json).
}
cli-where-we-looked = Dónde hemos buscado:
cli-status-found = encontrado
cli-status-nothing = nada
cli-status-failed = error
cli-status-timeout = sin respuesta a tiempo
cli-status-skipped = omitido
cli-status-running = en curso
cli-not-found = No se ha encontrado ningún servidor de correo entrante para { $address }. Compruebe que la dirección no tiene errores de escritura; si es correcta, pida a su proveedor de correo el nombre del servidor de correo entrante.

cli-password-prompt = Contraseña de { $address }:{ " " }
cli-password-read-failed = no se ha podido leer la contraseña: { $reason }
cli-password-needed = indique la contraseña por la entrada estándar con --password-stdin
cli-password-empty = la contraseña está vacía
cli-password-too-long = la contraseña de la entrada estándar ocupa más de 64 KiB
cli-settings-unreadable = no se puede leer { $file }: { $reason }
cli-settings-too-large = { $file } ocupa más de 1 MiB; no es un archivo de configuración
cli-settings-invalid = { $file } no es un archivo de configuración de `mailsetup discover --json`: { $reason }
cli-settings-other-address = { $file } contiene la configuración de { $other }, no la de { $address }

cli-check-working = funciona
cli-check-not-working = NO funciona
cli-check-note = Nota: { $note }
cli-check-problem = Problema: { $message }
cli-check-no-outgoing = No se ha encontrado ningún servidor de correo saliente.
cli-check-no-outgoing-advice = Pida a su proveedor de correo el nombre y el puerto del servidor de correo saliente (SMTP).
cli-check-all-working = Su cuenta de correo funciona.
cli-check-refused-foreign = la contraseña iría a { $host } ({ $domain }), que no forma parte de { $address_domain } y que ninguna fuente de confianza ha confirmado (fuente: { $source }). Si { $domain } gestiona de verdad su correo, vuelva a ejecutar la orden con --trust.
check-not-vouched-advice = Pregunte a su proveedor de correo si { $domain } gestiona su correo. Si es así, vuelva a ejecutar la orden con --trust.
check-not-checked = Sin comprobar: el otro servidor no está confirmado, así que la contraseña no se ha enviado a ninguno de los dos.
check-not-checked-no-incoming = Sin comprobar: no se ha encontrado ningún servidor de correo entrante, así que la contraseña no se ha enviado a ningún sitio.
check-not-checked-advice = Resuelva primero lo del otro servidor y vuelva a comprobar.
cli-check-not-found-advice = Compruebe que la dirección no tiene errores de escritura, o pida a su proveedor de correo el nombre del servidor de correo entrante.

## Exportaciones
cli-add-to-thunderbird-only = --add-to solo funciona con --format thunderbird.
cli-add-to-no-format = --add-to { $program } no lleva --format (el programa decide lo que lee); quite --format { $format }.
export-autoconfig-howto = Publique este archivo en https://autoconfig.{ $domain }/mail/config-v1.1.xml (o en https://{ $domain }/.well-known/autoconfig/mail/config-v1.1.xml). Thunderbird, K-9/Thunderbird para Android, Evolution y Mail Setup encontrarán entonces la configuración por sí solos.
export-autodiscover-howto = Sirva este archivo en https://autodiscover.{ $domain }/autodiscover/autodiscover.xml (debe responder a peticiones POST). Outlook encontrará entonces la configuración por sí solo.
export-dns-howto = Añada estas líneas a la zona DNS de { $domain } (o escríbalas como registros SRV en el formulario de su proveedor de DNS). Los programas de correo que leen registros RFC 6186, entre ellos Mail Setup, encontrarán entonces los servidores.
export-qr-howto = En Thunderbird para Android, elija «Importar configuración» → «Escanear código QR» y escanee esta imagen. Su contraseña no está incluida: la aplicación se la pedirá.
export-written = Se ha escrito { $path }.
export-password-warning = Este archivo contiene su contraseña: guárdelo en un lugar seguro y bórrelo cuando lo haya importado.
apple-profile-name = Correo: { $address }
apple-profile-description = Configura la cuenta de correo { $address } en Mail.

# Añadir una cuenta al Thunderbird que la persona ya usa ($program: «Thunderbird», «Thunderbird (Snap)»…).
tb-added = Se ha añadido la cuenta { $address } a { $program }, junto a las cuentas que ya tenía (perfil «{ $profile }», { $path }). La configuración anterior se guarda en prefs.js.mailsetup-backup.
tb-added-default = Se ha añadido la cuenta { $address } a { $program } como cuenta predeterminada, porque { $program } todavía no tenía ninguna otra cuenta de correo (perfil «{ $profile }», { $path }). La configuración anterior se guarda en prefs.js.mailsetup-backup.
tb-already = La cuenta { $address } ya está configurada en { $program } (perfil «{ $profile }»): no se ha cambiado nada.
tb-created = { $program } aún no tenía ningún perfil, así que Mail Setup ha creado uno con { $address } ({ $path }). Thunderbird lo abrirá la próxima vez que se inicie.
tb-also-found = También se han encontrado perfiles de Thunderbird para { $others }; se ha elegido el que se usó más recientemente.
tb-close-first = Thunderbird está abierto. Cierre Thunderbird y vuelva a intentarlo: no se ha cambiado nada.
tb-could-not-add = No se ha podido añadir la cuenta a Thunderbird: { $reason }
tb-ini-too-large = el archivo ocupa más de 1 MiB

## `mailsetup setup`: el asistente en el terminal. Usa los mensajes de la ventana; estos son los
## pocos que necesita además un terminal (preguntas y respuestas escritas).
# Una pregunta que espera la respuesta en la misma línea.
setup-prompt = { $label }:{ " " }
setup-yes = sí
setup-no = no
# La respuesta se escribe: basta con la primera letra.
setup-yes-no = ¿{ $question }? ({ $yes } o { $no }; solo Intro: { $default })
setup-yes-no-again = Escriba { $yes } o { $no }, por favor.
setup-choose = Escriba 1 o 2 (solo Intro: 1)
setup-choose-again = Escriba 1 o 2, por favor.
setup-password-empty = La contraseña no puede estar vacía.
setup-password-again = Vuelva a escribir su contraseña (solo Intro para terminar aquí)
setup-source = { $source }: { $status }
setup-checking = { $side } ({ $host }): { $status }
setup-trust-type = Para enviar allí su contraseña, escriba { $domain } (cualquier otra cosa termina aquí)
setup-trust-refused = No se ha enviado nada: no ha confirmado { $domain }. Si { $domain } gestiona de verdad su correo, empiece de nuevo y escríbalo cuando se le pida.
setup-by-hand = Para escribir usted los nombres de los servidores, use la ventana de Mail Setup («Escribir la configuración a mano») o `mailsetup check` con un archivo de configuración.
setup-stopped = Detenido. No se ha cambiado nada más: lo que ya estaba guardado está completo y nada ha quedado a medio escribir.
setup-end-of-input = la entrada terminó antes de acabar la configuración; no se ha cambiado nada más.
setup-answer-too-long = la respuesta ocupa más de 4 KiB, así que no se ha usado; no se ha cambiado nada más.

cli-sign-in-again = no se ha podido usar el inicio de sesión guardado ({ $reason }); se vuelve a iniciar sesión en el navegador
cli-sign-in-kept = Su inicio de sesión se guarda en el llavero del sistema: la próxima comprobación no necesitará el navegador.
export-apple-oauth-by-hand = Los perfiles de Apple Mail no pueden iniciar sesión en la propia página de este proveedor (el perfil de correo de Apple no admite ese inicio de sesión). Añada la cuenta a mano en Mail: en un Mac, abra Mail, elija Mail ▸ Añadir cuenta y seleccione su proveedor (para Microsoft 365, «Microsoft Exchange»); en un iPhone o iPad, abra Ajustes ▸ Apps ▸ Mail ▸ Cuentas de correo ▸ Añadir cuenta. Mail abrirá entonces por sí mismo la página de inicio de sesión del proveedor.
setup-cancel-word = cancelar
setup-sign-in-waiting = Esperando a que inicie sesión… (escriba { setup-cancel-word } y pulse Intro para detenerlo)
setup-signed-in = Ha iniciado sesión con { $provider }.
setup-add-unchecked = ¿Añadirla a Thunderbird de todos modos? Thunderbird le pedirá que inicie sesión
setup-unchecked-added = Aún sin comprobar: cuando se abra Thunderbird, inicie sesión allí con su proveedor.
batch-too-large = { $file } ocupa más de { $limit } MiB; divida la lista en varios archivos.
batch-open-to-others = { $file } contiene contraseñas y otras personas de este ordenador pueden leerlo (sus permisos son { $mode }). No se ha comprobado nada. Haga que solo usted pueda leerlo con: chmod 600 { $file }
batch-unknown-column = { $file }, línea 1: no hay ninguna columna llamada «{ $column }». Las columnas son address, password (opcional) y name (opcional). No se ha comprobado nada.
batch-repeated-column = { $file }, línea 1: la columna «{ $column }» aparece dos veces. No se ha comprobado nada.
batch-no-address-column = { $file }, línea 1: la primera línea debe nombrar las columnas, una de ellas «address» (y, si quiere, «password» y «name»). No se ha comprobado nada.
batch-row-fields = { $file }, línea { $line }: esta fila tiene { $found } campos y la primera línea nombra { $expected } columnas (una coma dentro de un nombre o una contraseña necesita comillas alrededor). No se ha comprobado nada.
batch-row-not-text = { $file }, línea { $line }: esta fila no es texto legible (guarde el archivo como CSV en UTF-8). No se ha comprobado nada.
batch-row-no-address = { $file }, línea { $line }: la dirección está vacía. No se ha comprobado nada.
batch-row-repeated = { $file }, línea { $line }: { $address } ya está en la línea { $first }; cada cuenta debe aparecer una sola vez. No se ha comprobado nada.
batch-too-many-rows = { $file } contiene más de { $limit } cuentas; divida la lista en varios archivos.
batch-empty = { $file } no contiene ninguna cuenta: después de la primera línea, escriba una dirección por línea.
batch-bad-address-advice = Corrija la dirección de la línea { $line } de la lista.
batch-ok = ✓ { $address }
batch-ok-no-login = ✓ { $address } (los servidores responden, con cifrado, y ofrecen inicio de sesión; sin contraseña no se ha intentado iniciar sesión)
batch-failed = ✗ { $address }: { $problem }
batch-progress = { $done } de { $total } cuentas comprobadas
batch-summary = { $accounts } cuentas comprobadas en { $seconds } s: { $ok } funcionan, { $failed } con problemas.
batch-interrupted = Detenido. { $left } cuentas no se han comprobado.
provision-no-address = No hay ninguna dirección que configurar: indique una con --address, o use un preajuste cuya tabla [provision] tenga una plantilla de dirección (address = "{"{"}user{"}"}@example.co.uk").
provision-unfilled = La plantilla «{ $template }» necesita { $placeholder }, pero este ordenador no tiene ese dato para usted (un nombre completo vacío cuenta como ninguno). Indique el valor con --address o --name, o pida a quien administra este ordenador que anote su nombre completo.
provision-thunderbird-running = Thunderbird está abierto, así que no se ha cambiado nada. Vuelva a intentarlo cuando Thunderbird se haya cerrado.
provision-no-profile-folder = { $path } no es una carpeta; indique la carpeta de un perfil de Thunderbird, o default.
provision-added = Su correo { $address } está configurado en Thunderbird (perfil { $profile }). Thunderbird le pedirá la contraseña la primera vez que descargue su correo.
provision-added-sign-in = Su correo { $address } está configurado en Thunderbird (perfil { $profile }). La primera vez que descargue su correo, Thunderbird abrirá la página de inicio de sesión de su proveedor.
provision-already = Su correo { $address } ya está configurado en Thunderbird (perfil { $profile }); no se ha cambiado nada.
provision-updated = La cuenta de { $address } en Thunderbird (perfil { $profile }) usa ahora los servidores de su organización; hay una copia de los ajustes anteriores en prefs.js.mailsetup-backup.
provision-skipped = Thunderbird (perfil { $profile }) ya tiene una cuenta para { $address } con otros servidores; se ha dejado como estaba. Para pasarla a los servidores de su organización, vuelva a ejecutar la orden con --update.
provision-skipped-protocol = Thunderbird (perfil { $profile }) ya tiene una cuenta para { $address } que recibe el correo por { $existing }, mientras que los ajustes de su organización usan { $wanted }; se ha dejado como estaba, porque Mail Setup no cambia una cuenta de uno a otro. Elimine esa cuenta en Thunderbird y vuelva a ejecutar la orden.

# `mailsetup --help` y el `--help` de cada orden (src/cli/help.rs forma los identificadores con los
# nombres de las órdenes y los argumentos: help-<orden>-about, help-<orden>-<opción>; opciones globales: help-<opción>).
help-heading-usage = Uso:
help-heading-commands = Órdenes:
help-heading-arguments = Argumentos:
help-heading-options = Opciones:
help-builtin-help = Mostrar la ayuda
help-builtin-help-more = Mostrar la ayuda (más detalles con '--help')
help-builtin-help-summary = Mostrar la ayuda (un resumen con '-h')
help-builtin-version = Mostrar la versión
help-builtin-help-command = Mostrar este mensaje, o la ayuda de las órdenes indicadas
help-about = Hace funcionar su correo en este ordenador: encuentra sus servidores de correo, comprueba su inicio de sesión y guarda su contraseña.
help-dns-server = Preguntar a este servidor DNS (IP o IP:PUERTO) en lugar de al del sistema
help-ca-file = Confiar también en las autoridades de certificación de este archivo PEM (se puede repetir)
help-ispdb-url = Dirección base de la ISPDB (la base de datos de proveedores de Mozilla)
help-preset = Usar estos ajustes predefinidos del servicio de asistencia en lugar de los instalados (/etc/mailsetup/preset.toml y, si no, la carpeta de datos del programa)
help-no-preset = No tener en cuenta ningún ajuste predefinido instalado del servicio de asistencia
help-oauth-client = Iniciar sesión con este emisor OAuth2 (tal como lo llaman los datos del proveedor, p. ej. login.microsoftonline.com) con este identificador de cliente, registrado por quien gestiona esta copia (se puede repetir; tiene prioridad sobre los de los ajustes predefinidos y los incluidos)
help-discover-about = Encontrar los servidores de entrada y de salida de una dirección de correo
help-discover-address = La dirección de correo, p. ej. hello@theirbusiness.co.uk
help-discover-json = Mostrar la configuración como un objeto JSON (el archivo de configuración que aceptan las demás órdenes)
help-discover-timeout = Rendirse al cabo de estos segundos
help-check-about = Iniciar sesión en los servidores de entrada y de salida para comprobar que la cuenta funciona
help-check-address = La dirección de correo
help-check-batch = Comprobar cada cuenta de este archivo CSV (una fila de encabezado con `address` y, si se quiere, `password` y `name`; si lleva contraseñas, solo usted debe poder leer el archivo)
help-check-jobs = Con --batch: comprobar como mucho este número de cuentas a la vez
help-check-per-server = Con --batch: abrir como mucho este número de conexiones a la vez con un mismo servidor
help-check-password-stdin = Leer la contraseña de la entrada estándar (una línea) en lugar de pedirla
help-check-protocol = Comprobar este protocolo de entrada (por defecto: el mejor encontrado)
help-check-settings = Usar esta configuración (el JSON que muestra `mailsetup discover --json`) en lugar de buscarla
help-check-json = Mostrar el resultado como un objeto JSON
help-check-trust = Enviar la contraseña incluso a un servidor ajeno a su dominio que ninguna fuente de confianza avala
help-check-details = Mostrar también la conversación con cada servidor (con las contraseñas ocultas), para el servicio de asistencia
help-check-remember = Tras un inicio de sesión con el proveedor (OAuth2) que funcione, guardarlo en el llavero del sistema para que la próxima comprobación no necesite el navegador
help-check-send-test = Si los dos inicios de sesión funcionan, enviarse también un mensaje de prueba, esperar a que llegue a su bandeja de entrada y después borrarlo
help-check-wait = Con --send-test: cuántos segundos esperar el mensaje de prueba (60 por defecto)
help-save-password-about = Guardar la contraseña de la cuenta en el llavero del sistema, como hace el asistente
help-save-password-address = La dirección de correo a la que pertenece la contraseña
help-save-password-password-stdin = Leer la contraseña de la entrada estándar (una línea) en lugar de pedirla
help-doctor-about = Comprobar si un dominio está preparado para recibir y enviar correo (MX, SPF, DKIM, DMARC, MTA-STS …)
help-doctor-domain = El dominio, p. ej. theirbusiness.co.uk (también vale una dirección de correo)
help-doctor-json = Mostrar los hallazgos como un objeto JSON
help-diagnose-about = Averiguar qué falla en las cuentas de correo ya configuradas en Thunderbird, y repararlo
help-diagnose-thunderbird-profile = El perfil de Thunderbird que se lee: `default` (el que abre Thunderbird) o una carpeta de perfil
help-diagnose-account = Solo esta cuenta (su dirección de correo)
help-diagnose-password-stdin = Leer la contraseña de la cuenta de la entrada estándar (una línea); necesita --account. Sin esta opción se usa la contraseña guardada en el llavero del sistema, si la hay
help-diagnose-send-test = Si los dos inicios de sesión funcionan, enviarse también un mensaje de prueba y esperar a que llegue
help-diagnose-wait = Con --send-test: cuántos segundos esperar el mensaje de prueba (60 por defecto)
help-diagnose-fix = Reparar lo que se pueda reparar, una vez que la configuración reparada haya superado una comprobación real (antes se hace una copia de prefs.js; no se escribe nada mientras Thunderbird tenga el perfil abierto)
help-diagnose-json = Mostrar el diagnóstico como un objeto JSON
help-export-about = Escribir la configuración para otro programa de correo o para publicarla (Thunderbird, Apple Mail, …)
help-export-address = La dirección de correo
help-export-format = El formato (se deduce de --add-to)
help-value-format-thunderbird = Una carpeta de perfil de Thunderbird (o, con --add-to, una cuenta añadida a un perfil)
help-value-format-apple = Un perfil de configuración de Apple (.mobileconfig) para Mail en macOS, iPhone y iPad
help-value-format-android-qr = Un código QR para Thunderbird para Android (.svg o .png)
help-value-format-autoconfig = config-v1.1.xml para publicar en autoconfig.<domain>
help-value-format-autodiscover = La respuesta autodiscover de Exchange para Outlook
help-value-format-dns = Registros SRV según los RFC 6186/8314, como líneas de zona DNS
help-value-format-sheet = Una hoja de configuración HTML para imprimir
help-export-settings = Usar esta configuración (de `mailsetup discover --json`) en lugar de buscarla
help-export-output = Dónde escribir: un archivo o, para `thunderbird`, una carpeta de perfil nueva
help-export-name = El nombre de la persona, para la identidad de la cuenta
help-export-protocol = El protocolo de entrada que se usa (por defecto: el mejor encontrado)
help-export-register = thunderbird: registrar también el perfil nuevo en ~/.thunderbird/profiles.ini
help-export-add-to = Añadir la cuenta a un programa de correo: `thunderbird` (o `default`: el perfil que abre su Thunderbird, creado si no hay ninguno), `evolution`, `goa` (Cuentas en línea de GNOME), `geary` o `kmail` (cómo añadirla a mano, o para Geary a través de Cuentas en línea de GNOME), o una carpeta de perfil de Thunderbird (escriba `./goa` para una carpeta que se llame como un programa)
help-export-include-password = apple: incluir la contraseña en el perfil (entonces solo usted puede leer el archivo)
help-export-password-stdin = Con --include-password, o --add-to goa|evolution: leer la contraseña de la entrada estándar
help-export-sign-cert = apple: firmar el perfil con este certificado (PEM; puede ir seguido de la cadena)
help-export-sign-key = apple: la clave privada de --sign-cert (PEM, P-256 o RSA)
help-preset-about = Comprobar un archivo de ajustes predefinidos del servicio de asistencia y decir qué configura (o qué falla en él, y dónde)
help-preset-file = El archivo de ajustes predefinidos, p. ej. preset.toml
help-preset-json = Mostrar un resumen como un objeto JSON (organización, nombre corto, dominios, archivos que menciona)
help-setup-about = Configurar su correo paso a paso en este terminal, como hace la ventana (para lectores de pantalla y SSH: líneas sencillas, sin redibujar)
help-provision-about = Añadir la cuenta de correo de la persona que ha iniciado sesión a su Thunderbird, sin ventana y sin preguntas (para un despliegue del servicio de asistencia; la dirección y el nombre pueden venir de los ajustes predefinidos)
help-provision-address = La dirección de correo (por defecto: la plantilla de dirección de la tabla [provision] de los ajustes predefinidos, rellenada)
help-provision-name = El nombre de la persona (por defecto: la plantilla de nombre de la tabla [provision] de los ajustes predefinidos o, si no, el nombre completo que este ordenador tiene para usted)
help-provision-add-to = El perfil de Thunderbird: `default` (el que abre su Thunderbird, creado si no hay ninguno) o una carpeta de perfil
help-provision-update = Cambiar una cuenta de esta dirección que usa otros servidores (si no, se deja como está)
help-provision-json = Mostrar el resultado como un objeto JSON
help-provision-log = No mostrar nada; añadir una línea a provision.log en su carpeta de estado (para ejecutarlo al iniciar sesión)
