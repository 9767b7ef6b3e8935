# Ajustes predefinidos del servicio de asistencia (`preset.toml`): qué falla en uno y cómo muestra el asistente la organización.

preset-error-at = { $file }, línea { $line }: { $reason }
preset-error = { $file }: { $reason }
preset-unreadable = no se ha podido leer el archivo ({ $reason })
preset-too-large = el archivo ocupa más de 1 MiB
preset-file-too-large = el archivo ocupa más de 1 MiB
preset-syntax = { $reason }
preset-no-name = [organisation] name está vacío; indique el nombre de la organización tal como la conoce la gente
preset-logo-unreadable = no se ha podido leer el logotipo «{ $file }» ({ $reason }); debe estar junto al archivo de ajustes predefinidos
preset-logo-too-large = el logotipo «{ $file }» ocupa más de 1 MiB
preset-logo-not-image = el logotipo «{ $file }» no es una imagen SVG ni PNG (o el PNG está dañado)
preset-logo-too-many-pixels = el logotipo «{ $file }» mide { $width } × { $height } píxeles; como máximo { $max } en cada dirección
preset-no-support = [support] está, pero vacío; indique al menos una dirección de correo, un número de teléfono o una página web
preset-bad-support-email = «{ $value }» no es una dirección de correo
preset-bad-support-url = «{ $value }» no es una dirección web (debe empezar por https:// o http://)
preset-bad-support-phone = «{ $value }» no es un número de teléfono (como máximo 40 caracteres, en una sola línea)
preset-no-domains = [mail] domains está vacío; indique los dominios de correo a los que se aplican estos ajustes
preset-bad-domain = «{ $domain }» no es un dominio en el que se puedan tener direcciones de correo: { $reason }
preset-duplicate-domain = «{ $domain }» aparece dos veces
preset-no-servers = [mail] no indica ningún servidor; indique autoconfig = "archivo.xml" o bien entradas [[mail.incoming]] y [[mail.outgoing]]
preset-both-server-kinds = [mail] tiene a la vez un archivo autoconfig y servidores escritos directamente; deje solo uno de los dos
preset-autoconfig-unreadable = no se ha podido leer el archivo autoconfig «{ $file }» ({ $reason })
preset-autoconfig-invalid = el archivo autoconfig «{ $file }» no se puede usar: { $reason }
preset-no-incoming = no se indica ningún servidor de correo entrante (IMAP o POP3)
preset-no-outgoing = no se indica ningún servidor de correo saliente (SMTP)
preset-bad-host = «{ $host }» no es un nombre de servidor válido
preset-bad-port = el puerto 0 no es un puerto válido
preset-plain-text = { $host } está configurado para conectarse sin cifrado; la contraseña se podría leer por el camino. Use "tls" o "starttls"
preset-wrong-direction = { $protocol } no corresponde a { $list }
preset-no-password-auth = { $host } está configurado con un método de inicio de sesión que no usa la contraseña; Mail Setup solo puede configurar el inicio de sesión con contraseña
preset-no-protocols = [rules] protocols está vacío; permita "imap", "pop3" o los dos
preset-protocol-not-incoming = [rules] protocols incluye { $protocol }, que no sirve para recibir correo; use "imap" o "pop3"
preset-no-allowed-server = [rules] protocols no permite ninguno de los servidores de correo entrante que indican los ajustes
preset-no-exports = [rules] exports está vacío; quítelo para ofrecer todos los formatos
preset-bad-pin = «{ $value }» no es una huella digital SHA-256 (64 dígitos hexadecimales; se admiten dos puntos)
preset-pin-unknown-host = un certificado fijado menciona { $host }, que no usa ninguno de los servidores de los ajustes

# Cómo muestran el asistente y las órdenes unos ajustes predefinidos.
preset-title = { $organisation } — Mail Setup
preset-welcome = { $organisation }
preset-ignored = No se ha podido usar el archivo de configuración de su organización, así que Mail Setup funciona sin él. Comuníqueselo a su servicio de asistencia: { $error }
preset-support-heading = ¿Sigue teniendo problemas? El servicio de asistencia de { $organisation } puede ayudarle:
preset-support-email = Correo: { $email }
preset-support-phone = Teléfono: { $phone }
preset-support-url = Web: { $url }
preset-source-detail = Configuración de { $organisation } ({ $file })
cli-preset-ignored = aviso: { $error }; se continúa sin los ajustes predefinidos.
cli-preset-ok = { $file }: unos ajustes predefinidos válidos para { $organisation } ({ $domains }).
cli-preset-help-contact = Para obtener ayuda: { $contact }

preset-bad-oauth = una entrada [[oauth]] tiene { $value }, que no es un simple nombre de emisor, identificador de cliente ni inquilino (sin espacios ni barras)
preset-unknown-issuer = una entrada [[oauth]] nombra el emisor { $value }, que no usa ningún proveedor que Mail Setup conozca (conocidos: { $known })
preset-not-a-guid = el identificador de cliente de Microsoft { $value } no es un identificador de aplicación (tiene este aspecto: 0b7f6c2e-1d3a-4e5f-9a8b-7c6d5e4f3a21; copie el «Id. de aplicación (cliente)» de la página de información general de la aplicación)
preset-bad-placeholder = Mail Setup no sabe rellenar { $value } (una plantilla puede usar { $known })
preset-bad-provision-address = la plantilla de dirección { $value } no da una dirección de correo una vez rellenada (escríbala, por ejemplo, así: "{"{"}user{"}"}@example.co.uk")
preset-at-login-needs-address = at_login = true necesita una plantilla de dirección en [provision] (por ejemplo address = "{"{"}user{"}"}@example.co.uk"): al iniciar sesión no se pregunta a nadie
