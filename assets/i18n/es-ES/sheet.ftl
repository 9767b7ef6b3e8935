# La hoja de configuración para imprimir.
sheet-title = Configuración de correo de { $address }
sheet-intro = Escriba estos datos en cualquier programa de correo. Su contraseña es la que eligió; no aparece aquí.
sheet-incoming = Correo entrante
sheet-outgoing = Correo saliente
sheet-kind = Tipo
sheet-server = Servidor
sheet-port = Puerto
sheet-security = Cifrado
sheet-username = Nombre de usuario
sheet-password = Contraseña
sheet-password-value = la que eligió (no aparece aquí)
sheet-security-tls = SSL/TLS
sheet-security-starttls = STARTTLS
sheet-security-none = ninguno
sheet-leave-copy-yes = Dejar una copia de cada mensaje en el servidor: sí.
sheet-leave-copy-no = Dejar una copia de cada mensaje en el servidor: no.
