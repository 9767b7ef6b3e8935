# La prueba de envío y recepción, y el diagnóstico de un correo ya configurado. Escrito para personas
# que nunca han oído hablar de IMAP, SMTP ni de puertos.

## El propio mensaje de prueba (llega un momento a la bandeja de entrada de la persona).

send-test-subject = Mensaje de prueba de Mail Setup (puede borrarlo)
send-test-body =
    Este es un mensaje de prueba de Mail Setup.
    Se ha enviado desde su dirección a esa misma dirección para comprobar que su correo llega de verdad.
    Mail Setup lo retira en cuanto lo ve; si todavía puede leerlo, simplemente bórrelo.

## Lo que ha encontrado la prueba.

send-test-refused = Su servidor de correo saliente no ha querido enviar el mensaje de prueba. Ha respondido: «{ $reply }»
send-test-refused-sender-advice = Puede que el servidor no permita a este inicio de sesión enviar desde esta dirección. Compruebe que la dirección desde la que envía es la del buzón en el que inicia sesión, o pregunte a su proveedor de correo qué direcciones puede usar este inicio de sesión.
send-test-refused-message-advice = El servidor ha rechazado el propio mensaje. Vuelva a intentarlo más tarde; si sigue pasando, pregunte a su proveedor de correo por qué se rechazan los mensajes.
send-test-not-delivered = El mensaje de prueba se ha enviado, pero no ha llegado a su bandeja de entrada en { $seconds } segundos.
send-test-not-delivered-advice = Puede que su correo se entregue en otro sitio, o que hoy simplemente vaya lento. { $mx }
send-test-sending = Enviando un mensaje de prueba a su propia dirección…
send-test-sent-arrived = Mensaje de prueba: enviado, y ha llegado a su bandeja de entrada al cabo de { $seconds } segundos.
send-test-removed = Se ha retirado de nuevo.
send-test-flagged = Se ha marcado como eliminado; su programa de correo lo quitará la próxima vez que limpie la bandeja de entrada.
send-test-left = No se ha podido retirar: puede borrarlo usted (su asunto empieza por «Mensaje de prueba de Mail Setup»).
send-test-not-run = El mensaje de prueba no se ha enviado porque el inicio de sesión no ha funcionado.
send-test-not-run-advice = Arregle primero el inicio de sesión (vea más arriba) y vuelva a hacer la prueba.

## Resultados del diagnóstico (mailsetup diagnose y «Arreglar mi correo» en el asistente).

diagnose-outgoing-no-login = Su programa de correo envía sin iniciar sesión en el servidor de correo saliente. La mayoría de los proveedores rechazan el correo enviado así, y es el motivo habitual por el que se puede recibir pero no enviar.
diagnose-outgoing-no-login-advice = Active «el servidor de salida requiere autenticación», con el mismo nombre de usuario que para recibir. «Arreglar» lo hace por usted.
diagnose-pop3-deletes = Esta cuenta descarga su correo con POP3 y luego lo borra del servidor. Su móvil, el correo web y sus otros ordenadores no verán esos mensajes.
diagnose-pop3-deletes-by-age = Esta cuenta descarga su correo con POP3 y lo borra del servidor al cabo de unos días. Su móvil, el correo web y sus otros ordenadores no verán los mensajes más antiguos.
diagnose-pop3-deletes-advice = Active «dejar los mensajes en el servidor». «Arreglar» lo hace por usted; no se borra ningún correo.
diagnose-not-encrypted = El { $which } { $host } se usa sin cifrado: su contraseña y sus mensajes viajan de forma que otros pueden leerlos.
diagnose-not-encrypted-advice = Cambie la conexión a una cifrada (SSL/TLS o STARTTLS). «Arreglar» lo hace cuando ha comprobado que la conexión cifrada funciona.
diagnose-wrong-port = El { $which } { $host } no responde en el puerto { $port }, pero sí en el puerto { $works }.
diagnose-wrong-port-advice = Use el puerto { $port }. «Arreglar» hace este cambio por usted.
diagnose-wrong-security = El puerto { $port } del { $which } { $host } usa { $works }, no { $set }.
diagnose-wrong-security-advice = Ponga la seguridad en { $works } para el puerto { $port }. «Arreglar» hace este cambio por usted.
diagnose-wrong-security-port = El puerto { $port } del { $which } { $host } no usa { $set }: el servidor responde ahí primero sin cifrado. { $set } funciona en el puerto { $works }.
diagnose-wrong-security-port-advice = Use el puerto { $port } con { $security }. «Arreglar» hace este cambio por usted.
diagnose-provider-sign-in = En el { $which } se inicia sesión en la página de su proveedor, y en este equipo no hay ningún inicio de sesión guardado, así que solo se comprobaron la conexión y su cifrado, no el inicio de sesión.
diagnose-provider-sign-in-advice = Su programa de correo le pide iniciar sesión con su proveedor cuando lo necesita. Para comprobar también el inicio de sesión, configure la cuenta una vez con Mail Setup.
diagnose-wrong-server = El { $which } { $host } no se puede usar, pero el servidor { $works } de su proveedor funciona.
diagnose-wrong-server-advice = Use el servidor { $works }. «Arreglar» hace este cambio por usted.
diagnose-cannot-connect = No se ha podido contactar con el { $which } { $host } en el puerto { $port }, ni con ningún otro servidor para su dirección.
diagnose-cannot-connect-advice = Compruebe que este ordenador tiene conexión a Internet. Si la tiene, pida a su proveedor de correo la configuración de servidor correcta.
diagnose-username-form = El { $which } no acepta el nombre de usuario «{ $configured }», pero sí acepta «{ $works }».
diagnose-username-form-advice = Use el nombre de usuario que funciona. «Arreglar» hace este cambio por usted.
diagnose-login-failed = El inicio de sesión no ha funcionado.
diagnose-mixed-protocols = Esta dirección está configurada aquí con POP3, pero su proveedor recomienda IMAP ({ $host }), que mantiene su correo en el servidor para todos sus dispositivos.
diagnose-mixed-protocols-advice = Piense en volver a configurar la cuenta con IMAP (Mail Setup puede hacerlo por usted). Sus mensajes se quedan en el servidor.
diagnose-settings-differ = El { $which } funciona, pero su proveedor publica ahora otra configuración: { $published }.
diagnose-settings-differ-advice = Hoy no hace falta cambiar nada; si el servidor antiguo deja de funcionar, pase a la configuración publicada.
diagnose-works = El { $which } funciona con esta configuración.

## Las palabras propias de la orden diagnose.

diagnose-no-profile = No se ha encontrado ningún perfil de Thunderbird en este ordenador.
diagnose-no-profile-advice = Abra Thunderbird una vez, o indique la carpeta del perfil con --thunderbird-profile.
diagnose-not-a-profile = { $dir } no es un perfil de Thunderbird (no tiene prefs.js).
diagnose-prefs-unreadable = No se puede leer el archivo de configuración de Thunderbird { $path }: { $reason }
diagnose-no-accounts = Este perfil de Thunderbird no tiene cuentas de correo.
diagnose-no-such-account = Este perfil de Thunderbird no tiene ninguna cuenta para { $address }.
diagnose-fix-needs-account = Este perfil tiene más de una cuenta: indique cuál arreglar con --account.
diagnose-account = Cuenta { $address }
diagnose-account-unknown = (sin dirección)
diagnose-no-password = No se ha indicado ni guardado ninguna contraseña para { $address }, así que no se han probado los inicios de sesión.
diagnose-fixed = Arreglado: { $ids }. Hay una copia de la configuración anterior en prefs.js.mailsetup-backup.
diagnose-fix-refused = No se ha cambiado nada: { $reason }
diagnose-all-well = No se han encontrado problemas.
diagnose-status-ok = Correcto
diagnose-status-warning = Conviene revisarlo
diagnose-status-problem = Problema

## El asistente: «Enviar un mensaje de prueba» y «Arreglar mi correo».

send-test-button = Enviar un mensaje de prueba
send-test-waiting = Enviando un mensaje de prueba a su propia dirección y esperando a que llegue (hasta un minuto)…
existing-open = Arreglar mi correo
existing-title = Arreglar mi correo
existing-intro = Mail Setup lee las cuentas de correo que ya están configuradas en Thunderbird en este ordenador, comprueba cada una y le explica con palabras sencillas qué falla.
existing-no-profile = No se ha encontrado ninguna configuración de Thunderbird en este ordenador.
existing-choose = ¿Qué cuenta no funciona?
existing-password = Contraseña de { $address } (opcional: con ella también se comprueban los inicios de sesión)
existing-check = Comprobar esta cuenta
existing-step-read = Leer su configuración
existing-step-servers = Comprobar los servidores y la configuración de su proveedor
existing-step-login = Iniciar sesión en sus servidores de correo
existing-running = Comprobando…
existing-all-well = No se han encontrado problemas en esta cuenta.
existing-fix-it = Arreglar
existing-fixed = Arreglado. Thunderbird usará la configuración corregida la próxima vez que se inicie (se ha guardado una copia de la configuración anterior).
existing-fix-failed = No se ha cambiado nada: { $reason }
existing-fix-needs-check = Para arreglarlo, Mail Setup tiene que comprobar primero que la configuración corregida funciona; escriba su contraseña y vuelva a comprobar.
existing-test-intro = Por último, compruebe que un mensaje que envía llega de verdad:
existing-other = Comprobar otra cuenta, o esta de nuevo
