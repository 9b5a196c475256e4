<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong, but your settings are still here. Details were written to %1 for support.</source>
        <translation>Algo ha fallado, pero su configuración sigue aquí. Los detalles se han guardado en %1 para el soporte técnico.</translation>
    </message>
    <message>
        <source>main.py: the app could not start (%1). The details are in %2.</source>
        <translation>main.py: la aplicación no pudo arrancar (%1). Los detalles están en %2.</translation>
    </message>
    <message>
        <source>No saved setup is called &quot;%1&quot;.</source>
        <translation>No hay ninguna configuración guardada con el nombre «%1».</translation>
    </message>
    <message>
        <source>Something went wrong. Your settings are still here; please try again.</source>
        <translation>Algo ha fallado. Su configuración sigue aquí; vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Checking {endpoint} ({security}){user}</source>
        <translation>Comprobando {endpoint} ({security}){user}</translation>
    </message>
    <message>
        <source>, signing in as {user}</source>
        <translation>, iniciando sesión como {user}</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Transcripción:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Success: the server accepted everything that was checked.</source>
        <translation>Correcto: el servidor aceptó todo lo que se comprobó.</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Contraseña de {user}: </translation>
    </message>
    <message>
        <source>no password: use --password-stdin, set {env}, or run in a terminal to be asked</source>
        <translation>falta la contraseña: use --password-stdin, defina {env} o ejecútelo en un terminal para que se le pida</translation>
    </message>
    <message>
        <source>invalid {option}: {message}</source>
        <translation>{option} no válido: {message}</translation>
    </message>
    <message>
        <source>Test an SMTP server stage by stage.</source>
        <translation>Prueba un servidor SMTP paso a paso.</translation>
    </message>
    <message>
        <source>invalid --nameserver: {value} is not IP or IP:PORT (for example 127.0.0.1:5353)</source>
        <translation>--nameserver no válido: {value} no es IP ni IP:PUERTO (por ejemplo 127.0.0.1:5353)</translation>
    </message>
    <message>
        <source>invalid address: {message}</source>
        <translation>dirección no válida: {message}</translation>
    </message>
    <message>
        <source>Looking for the outgoing server of {address}</source>
        <translation>Buscando el servidor de correo saliente de {address}</translation>
    </message>
    <message>
        <source>Found: {endpoint} ({security}), from: {source}</source>
        <translation>Encontrado: {endpoint} ({security}), mediante: {source}</translation>
    </message>
    <message>
        <source>User name: {user}</source>
        <translation>Nombre de usuario: {user}</translation>
    </message>
    <message>
        <source>Not confirmed: this server is outside your domain. Make sure it belongs to your mail provider before you use it.</source>
        <translation>Sin confirmar: este servidor está fuera de su dominio. Asegúrese de que pertenece a su proveedor de correo antes de usarlo.</translation>
    </message>
    <message>
        <source>Nothing found. Pick your provider in the wizard, or ask your provider for the outgoing (SMTP) server name and port.</source>
        <translation>No se encontró nada. Elija su proveedor en el asistente o pida a su proveedor el nombre y el puerto del servidor de correo saliente (SMTP).</translation>
    </message>
    <message>
        <source>Also answered:</source>
        <translation>También respondieron:</translation>
    </message>
    <message>
        <source>Servers tried:</source>
        <translation>Servidores probados:</translation>
    </message>
    <message>
        <source>Deliverability of mail from {domain}{server}</source>
        <translation>Entregabilidad del correo de {domain}{server}</translation>
    </message>
    <message>
        <source> sent through {server}</source>
        <translation> enviado a través de {server}</translation>
    </message>
    <message>
        <source>Publish this TXT record at {name}:</source>
        <translation>Publique este registro TXT en {name}:</translation>
    </message>
    <message>
        <source>Record found:</source>
        <translation>Registro encontrado:</translation>
    </message>
    <message>
        <source>main.py: a password is never given as an option (anyone on this computer can read options): use --password-stdin or the {env} environment variable</source>
        <translation>main.py: una contraseña nunca se da como opción (cualquiera en este equipo puede leer las opciones): use --password-stdin o la variable de entorno {env}</translation>
    </message>
    <message>
        <source>main.py: the setup &quot;{name}&quot; was not deleted: {reason}</source>
        <translation>main.py: no se eliminó la configuración «{name}»: {reason}</translation>
    </message>
    <message>
        <source>main.py: the password of &quot;{name}&quot; was deleted from the keyring, but the setup is still listed: {reason} Run the same command again to finish.</source>
        <translation>main.py: la contraseña de «{name}» se eliminó del llavero, pero la configuración sigue en la lista: {reason} Ejecute la misma orden otra vez para terminar.</translation>
    </message>
    <message>
        <source>main.py: no password is stored for the setup &quot;{name}&quot;, so it cannot be included. Save it in the wizard first, or export without --include-password.</source>
        <translation>main.py: no hay ninguna contraseña guardada para la configuración «{name}», así que no se puede incluir. Guárdela antes en el asistente, o exporte sin --include-password.</translation>
    </message>
    <message>
        <source>main.py: {path} could not be written: {reason}</source>
        <translation>main.py: no se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>main.py: something unexpected went wrong ({error}). The details are in {log}; please send that file to support.</source>
        <translation>main.py: algo inesperado salió mal ({error}). Los detalles están en {log}; envíe ese archivo al soporte.</translation>
    </message>
    <message>
        <source>main.py: something unexpected went wrong ({error}), and the details could not be written to {log}.</source>
        <translation>main.py: algo inesperado salió mal ({error}), y los detalles no se pudieron escribir en {log}.</translation>
    </message>
    <message>
        <source>looking</source>
        <translation>buscando</translation>
    </message>
    <message>
        <source>found</source>
        <translation>encontrado</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>couldn&apos;t check (DNS failed)</source>
        <translation>no se pudo comprobar (falló el DNS)</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no hace falta</translation>
    </message>
</context>
<context>
    <name>Deliverability</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Couldn&apos;t check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>SPF authorizes this server</source>
        <translation>SPF autoriza este servidor</translation>
    </message>
    <message>
        <source>The SPF record of {domain} allows mail sent through {server} (it matches “{mechanism}”).</source>
        <translation>El registro SPF de {domain} permite el correo enviado a través de {server} (coincide con «{mechanism}»).</translation>
    </message>
    <message>
        <source>SPF authorizes {provider}</source>
        <translation>SPF autoriza a {provider}</translation>
    </message>
    <message>
        <source>The SPF record of {domain} includes {include}, which {provider} asks its customers to publish.</source>
        <translation>El registro SPF de {domain} incluye {include}, que es lo que {provider} pide publicar a sus clientes.</translation>
    </message>
    <message>
        <source>{domain} does not say which servers may send its mail. Many receivers (Gmail, Microsoft) put such mail in spam or refuse it. Publish this TXT record on {domain}:</source>
        <translation>{domain} no indica qué servidores pueden enviar su correo. Muchos destinatarios (Gmail, Microsoft) lo mandan a spam o lo rechazan. Publique este registro TXT en {domain}:</translation>
    </message>
    <message>
        <source>SPF does not authorize this server</source>
        <translation>SPF no autoriza este servidor</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not list {server}, so receivers will treat mail from it as {result}. Replace the record with this one:</source>
        <translation>El registro SPF de {domain} no incluye {server}, así que los destinatarios tratarán su correo como {result}. Sustituya el registro por este:</translation>
    </message>
    <message>
        <source>SPF does not vouch for this server</source>
        <translation>SPF no avala este servidor</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not list {server} and ends with a {result} result, which receivers treat as suspicious. Replace the record with this one:</source>
        <translation>El registro SPF de {domain} no incluye {server} y termina con un resultado {result}, que los destinatarios consideran sospechoso. Sustituya el registro por este:</translation>
    </message>
    <message>
        <source>Two SPF records</source>
        <translation>Dos registros SPF</translation>
    </message>
    <message>
        <source>{domain} publishes more than one SPF record. That is an error (RFC 7208): receivers ignore both. Merge them into one record.</source>
        <translation>{domain} publica más de un registro SPF. Eso es un error (RFC 7208): los destinatarios ignoran ambos. Únalos en un solo registro.</translation>
    </message>
    <message>
        <source>SPF record needs too many look-ups</source>
        <translation>El registro SPF necesita demasiadas consultas</translation>
    </message>
    <message>
        <source>Checking the SPF record of {domain} takes more than 10 DNS look-ups (includes, a, mx, ptr, exists, redirect). Receivers stop and treat it as an error. Remove includes of services you no longer use, or replace some with ip4:/ip6: ranges.</source>
        <translation>Comprobar el registro SPF de {domain} requiere más de 10 consultas DNS (include, a, mx, ptr, exists, redirect). Los destinatarios se detienen y lo tratan como un error. Quite los include de servicios que ya no use o sustituya algunos por rangos ip4:/ip6:.</translation>
    </message>
    <message>
        <source>SPF record is broken</source>
        <translation>El registro SPF tiene un error</translation>
    </message>
    <message>
        <source>The SPF record of {domain} has an error, so receivers ignore it: {reason}.</source>
        <translation>El registro SPF de {domain} tiene un error y los destinatarios lo ignoran: {reason}.</translation>
    </message>
    <message>
        <source>Couldn&apos;t check SPF</source>
        <translation>No se pudo comprobar SPF</translation>
    </message>
    <message>
        <source>The DNS look-up for the SPF record of {domain} failed ({reason}). This says nothing about whether the record exists; try again later or with another DNS server.</source>
        <translation>La consulta DNS del registro SPF de {domain} falló ({reason}). Eso no indica si el registro existe o no; vuelva a intentarlo más tarde o con otro servidor DNS.</translation>
    </message>
    <message>
        <source>Couldn&apos;t check SPF against the server</source>
        <translation>No se pudo comprobar SPF para el servidor</translation>
    </message>
    <message>
        <source>The address of the server {server} could not be found, so we could not see whether SPF allows it.</source>
        <translation>No se encontró la dirección del servidor {server}, así que no pudimos ver si SPF lo permite.</translation>
    </message>
    <message>
        <source>DMARC policy in place</source>
        <translation>Política DMARC en vigor</translation>
    </message>
    <message>
        <source>{domain} publishes a DMARC policy of &quot;{policy}&quot;: receivers reject or quarantine mail that fails SPF and DKIM alignment. {alignment}</source>
        <translation>{domain} publica una política DMARC «{policy}»: los destinatarios rechazan o ponen en cuarentena el correo que no supera la alineación SPF y DKIM. {alignment}</translation>
    </message>
    <message>
        <source>DMARC only monitors</source>
        <translation>DMARC solo supervisa</translation>
    </message>
    <message>
        <source>{domain} publishes DMARC with policy &quot;none&quot;: nothing is enforced yet. That is a fine start; move to &quot;quarantine&quot; once the reports show all your mail aligns. {alignment}</source>
        <translation>{domain} publica DMARC con la política «none»: todavía no se aplica nada. Es un buen comienzo; pase a «quarantine» cuando los informes muestren que todo su correo está alineado. {alignment}</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Publish an SPF record</source>
        <translation>Publique un registro SPF</translation>
    </message>
    <message>
        <source>{domain} does not say which servers may send its mail. Many receivers (Gmail, Microsoft) put such mail in spam or refuse it. Ask whoever runs your mail server which SPF record to publish on {domain}.</source>
        <translation>{domain} no indica qué servidores pueden enviar su correo. Muchos receptores (Gmail, Microsoft) mandan ese correo a spam o lo rechazan. Pregunte a quien gestione su servidor de correo qué registro SPF publicar en {domain}.</translation>
    </message>
    <message>
        <source>Publish a DMARC record</source>
        <translation>Publique un registro DMARC</translation>
    </message>
    <message>
        <source>{domain} has no DMARC record. Gmail and Yahoo require one from bulk senders, and it protects your domain from spoofing. Start by publishing this TXT record:</source>
        <translation>{domain} no tiene registro DMARC. Gmail y Yahoo lo exigen a quienes envían correo masivo, y protege su dominio frente a suplantaciones. Empiece publicando este registro TXT:</translation>
    </message>
    <message>
        <source>DMARC record is malformed</source>
        <translation>El registro DMARC está mal formado</translation>
    </message>
    <message>
        <source>The DMARC record of {domain} cannot be used, so receivers ignore it: {reason}. A valid minimal record is:</source>
        <translation>El registro DMARC de {domain} no se puede usar y los destinatarios lo ignoran: {reason}. Un registro mínimo válido es:</translation>
    </message>
    <message>
        <source>Couldn&apos;t check DMARC</source>
        <translation>No se pudo comprobar DMARC</translation>
    </message>
    <message>
        <source>The DNS look-up for the DMARC record of {domain} failed ({reason}).</source>
        <translation>La consulta DNS del registro DMARC de {domain} falló ({reason}).</translation>
    </message>
    <message>
        <source>The domain receives mail</source>
        <translation>El dominio recibe correo</translation>
    </message>
    <message>
        <source>Replies and bounces to {domain} are delivered to {hosts}.</source>
        <translation>Las respuestas y devoluciones a {domain} se entregan en {hosts}.</translation>
    </message>
    <message>
        <source>The domain accepts no mail</source>
        <translation>El dominio no acepta correo</translation>
    </message>
    <message>
        <source>{domain} publishes a &quot;null MX&quot; (RFC 7505): it receives no mail, so replies and bounces to your From address are lost, and some receivers refuse mail from it.</source>
        <translation>{domain} publica un «MX nulo» (RFC 7505): no recibe correo, así que las respuestas y devoluciones a su dirección de remitente se pierden, y algunos destinatarios rechazan su correo.</translation>
    </message>
    <message>
        <source>No MX record</source>
        <translation>No hay registro MX</translation>
    </message>
    <message>
        <source>{domain} has no MX record, so replies may not arrive and some receivers refuse mail from domains that cannot receive any.</source>
        <translation>{domain} no tiene registro MX: puede que las respuestas no lleguen, y algunos destinatarios rechazan el correo de dominios que no pueden recibirlo.</translation>
    </message>
    <message>
        <source>Couldn&apos;t check MX</source>
        <translation>No se pudo comprobar MX</translation>
    </message>
    <message>
        <source>The DNS look-up for the MX records of {domain} failed ({reason}).</source>
        <translation>La consulta DNS de los registros MX de {domain} falló ({reason}).</translation>
    </message>
    <message>
        <source>Not listed on {list}</source>
        <translation>No aparece en {list}</translation>
    </message>
    <message>
        <source>{addresses} is not on the {list} blocklist.</source>
        <translation>{addresses} no está en la lista de bloqueo {list}.</translation>
    </message>
    <message>
        <source>Listed on {list}</source>
        <translation>Aparece en {list}</translation>
    </message>
    <message>
        <source>{addresses} is on the {list} blocklist ({code}), so many receivers refuse its mail. Ask whoever runs the server (or your provider) to request removal.</source>
        <translation>{addresses} está en la lista de bloqueo {list} ({code}), así que muchos destinatarios rechazan su correo. Pida a quien gestiona el servidor (o a su proveedor) que solicite la baja.</translation>
    </message>
    <message>
        <source>Couldn&apos;t check {list}</source>
        <translation>No se pudo comprobar {list}</translation>
    </message>
    <message>
        <source>The {list} blocklist did not give a usable answer ({reason}). Some lists refuse queries from public DNS resolvers; this is not a listing.</source>
        <translation>La lista de bloqueo {list} no dio una respuesta utilizable ({reason}). Algunas listas rechazan las consultas desde servidores DNS públicos; esto no significa que aparezca en ella.</translation>
    </message>
    <message>
        <source>Blocklists: nothing to check</source>
        <translation>Listas de bloqueo: nada que comprobar</translation>
    </message>
    <message>
        <source>The server {server} has a private address ({addresses}); the address it sends from on the internet is not known here, so blocklists could not be checked.</source>
        <translation>El servidor {server} tiene una dirección privada ({addresses}); no se sabe desde qué dirección envía a Internet, así que no se pudieron comprobar las listas de bloqueo.</translation>
    </message>
    <message>
        <source>SPF alignment is strict (aspf=s): the envelope sender must use exactly this domain, not a subdomain.</source>
        <translation>La alineación SPF es estricta (aspf=s): el remitente del sobre debe usar exactamente este dominio, no un subdominio.</translation>
    </message>
    <message>
        <source>{provider} sends with its own bounce domain, so SPF will not align with your From: set up DKIM signing for your domain in {provider} so DMARC passes.</source>
        <translation>{provider} envía con su propio dominio de devoluciones, así que SPF no estará alineado con su remitente: configure la firma DKIM de su dominio en {provider} para que DMARC se cumpla.</translation>
    </message>
    <message>
        <source>the DNS server did not answer in time</source>
        <translation>el servidor DNS no respondió a tiempo</translation>
    </message>
    <message>
        <source>the DNS server reported a failure</source>
        <translation>el servidor DNS informó de un fallo</translation>
    </message>
    <message>
        <source>the list&apos;s test entry did not answer as expected</source>
        <translation>la entrada de prueba de la lista no respondió como debía</translation>
    </message>
    <message>
        <source>“{value}” is not a tag=value pair</source>
        <translation>«{value}» no es un par etiqueta=valor</translation>
    </message>
    <message>
        <source>the record must start with v=DMARC1</source>
        <translation>el registro debe empezar por v=DMARC1</translation>
    </message>
    <message>
        <source>the policy tag p= is missing</source>
        <translation>falta la etiqueta de política p=</translation>
    </message>
    <message>
        <source>p={value} is not none, quarantine or reject</source>
        <translation>p={value} no es none, quarantine ni reject</translation>
    </message>
    <message>
        <source>{value} is not r or s</source>
        <translation>{value} no es r ni s</translation>
    </message>
    <message>
        <source>pct={value} is not between 0 and 100</source>
        <translation>pct={value} no está entre 0 y 100</translation>
    </message>
    <message>
        <source>there is more than one DMARC record</source>
        <translation>hay más de un registro DMARC</translation>
    </message>
</context>
<context>
    <name>DeliverabilityPage</name>
    <message>
        <source>TXT record at %1:</source>
        <translation>Registro TXT en %1:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the record</source>
        <translation>Copiar el registro</translation>
    </message>
    <message>
        <source>Record found: %1</source>
        <translation>Registro encontrado: %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Deliverability</source>
        <translation>Entregabilidad</translation>
    </message>
    <message>
        <source>Will your mail land in the inbox? These checks read public DNS records; nothing is sent. You can go on whatever they say.</source>
        <translation>¿Llegará su correo a la bandeja de entrada? Estas comprobaciones leen registros DNS públicos; no se envía nada. Puede continuar sea cual sea el resultado.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Enter the From address on the first page first.</source>
        <translation>Primero escriba la dirección del remitente en la primera página.</translation>
    </message>
    <message>
        <source>Checking %1 and the server %2…</source>
        <translation>Comprobando %1 y el servidor %2…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>The checks stopped because of an internal error.</source>
        <translation>Las comprobaciones se detuvieron por un error interno.</translation>
    </message>
    <message>
        <source>Receivers may refuse or junk mail from %1 until the problems at the top are fixed.</source>
        <translation>Los receptores pueden rechazar o mandar a spam el correo de %1 hasta que se resuelvan los problemas de arriba.</translation>
    </message>
    <message>
        <source>To make sure mail from %1 is not marked as spam, publish the recommended records below.</source>
        <translation>Para que el correo de %1 no se marque como spam, publique los registros recomendados de abajo.</translation>
    </message>
    <message>
        <source>To make sure mail from %1 is not marked as spam, follow the recommendations below.</source>
        <translation>Para que el correo de %1 no se marque como spam, siga las recomendaciones de abajo.</translation>
    </message>
    <message>
        <source>Everything that could be checked for %1 looks right.</source>
        <translation>Todo lo que se pudo comprobar de %1 parece correcto.</translation>
    </message>
    <message>
        <source>Everything checked for %1 looks right.</source>
        <translation>Todo lo comprobado de %1 parece correcto.</translation>
    </message>
    <message>
        <source>Your mail was accepted.</source>
        <translation>Su correo fue aceptado.</translation>
    </message>
    <message>
        <source>Problems: %1 · Recommended: %2 · OK: %3 · Couldn&apos;t check: %4</source>
        <translation>Problemas: %1 · Recomendado: %2 · Correcto: %3 · Sin comprobar: %4</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Server name not found</source>
        <translation>No se encuentra el nombre del servidor</translation>
    </message>
    <message>
        <source>The name {host} does not exist or could not be looked up. Check it for typos; your provider&apos;s help pages list the exact outgoing (SMTP) server name.</source>
        <translation>El nombre {host} no existe o no se pudo consultar. Compruebe que no tenga erratas; las páginas de ayuda de su proveedor indican el nombre exacto del servidor de correo saliente (SMTP).</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>El servidor rechazó la conexión</translation>
    </message>
    <message>
        <source>Nothing accepts connections on {host} port {port}. The port is probably wrong, or the mail service is not running there.</source>
        <translation>Nada acepta conexiones en {host}, puerto {port}. Probablemente el puerto es incorrecto o el servicio de correo no está funcionando allí.</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation>El servidor no responde</translation>
    </message>
    <message>
        <source>Connecting to {host} port {port} got no answer. A firewall may be blocking this port (many networks block port 25), or the server is down.</source>
        <translation>La conexión a {host}, puerto {port}, no obtuvo respuesta. Puede que un cortafuegos bloquee este puerto (muchas redes bloquean el 25) o que el servidor esté caído.</translation>
    </message>
    <message>
        <source>The server did not say hello</source>
        <translation>El servidor no saludó</translation>
    </message>
    <message>
        <source>The connection opened, but the server sent nothing. This is not a working mail server on this port, or it is overloaded.</source>
        <translation>La conexión se abrió, pero el servidor no envió nada. En este puerto no hay un servidor de correo que funcione, o está sobrecargado.</translation>
    </message>
    <message>
        <source>The server turned us away</source>
        <translation>El servidor nos rechazó</translation>
    </message>
    <message>
        <source>The server answered the connection with a refusal. It may not accept connections from this network or address.</source>
        <translation>El servidor respondió a la conexión con un rechazo. Puede que no acepte conexiones desde esta red o dirección.</translation>
    </message>
    <message>
        <source>This port does not use SSL/TLS from the start</source>
        <translation>Este puerto no usa SSL/TLS desde el principio</translation>
    </message>
    <message>
        <source>Port {port} speaks plain SMTP, so &quot;SSL/TLS&quot; cannot work here. Use STARTTLS on this port, or SSL/TLS on port 465.</source>
        <translation>El puerto {port} habla SMTP sin cifrar, así que «SSL/TLS» no puede funcionar aquí. Use STARTTLS en este puerto, o SSL/TLS en el puerto 465.</translation>
    </message>
    <message>
        <source>This port needs SSL/TLS from the start</source>
        <translation>Este puerto necesita SSL/TLS desde el principio</translation>
    </message>
    <message>
        <source>Port {port} waits for an encrypted connection and stays silent otherwise. Choose &quot;SSL/TLS&quot; as the security for this port.</source>
        <translation>El puerto {port} espera una conexión cifrada y, si no la recibe, se queda en silencio. Elija «SSL/TLS» como seguridad para este puerto.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>El servidor no ofrece STARTTLS</translation>
    </message>
    <message>
        <source>You chose STARTTLS, but the server on port {port} does not offer it. We stopped before sending your password, so it never travelled unencrypted. Try SSL/TLS on port 465.</source>
        <translation>Eligió STARTTLS, pero el servidor del puerto {port} no lo ofrece. Nos detuvimos antes de enviar su contraseña, así que nunca viajó sin cifrar. Pruebe SSL/TLS en el puerto 465.</translation>
    </message>
    <message>
        <source>Switching to a secure connection failed</source>
        <translation>No se pudo pasar a una conexión segura</translation>
    </message>
    <message>
        <source>The server offered STARTTLS but could not complete it. This is usually a temporary problem or a broken TLS setup on the server.</source>
        <translation>El servidor ofreció STARTTLS pero no pudo completarlo. Suele ser un problema temporal o una configuración TLS defectuosa en el servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>El certificado del servidor no es de confianza</translation>
    </message>
    <message>
        <source>The server proved its identity with a certificate that no trusted authority signed (self-signed or a private company CA). If your IT department runs its own CA, select its certificate file; otherwise someone may be intercepting the connection.</source>
        <translation>El servidor se identificó con un certificado que no firmó ninguna autoridad de confianza (autofirmado o de una CA privada de empresa). Si su departamento de informática tiene su propia CA, seleccione el archivo de su certificado; si no, alguien podría estar interceptando la conexión.</translation>
    </message>
    <message>
        <source>The certificate is for a different server name</source>
        <translation>El certificado es de otro nombre de servidor</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not list the name {host}. Use the exact server name your provider gives (the one on its certificate), not an alias or IP address.</source>
        <translation>El certificado del servidor no incluye el nombre {host}. Use el nombre exacto que le da su proveedor (el que figura en su certificado), no un alias ni una dirección IP.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>El certificado del servidor ha caducado</translation>
    </message>
    <message>
        <source>The certificate is out of date, so the connection cannot be trusted. The server&apos;s administrator must renew it. Also check that this computer&apos;s date is correct.</source>
        <translation>El certificado está caducado, así que no se puede confiar en la conexión. El administrador del servidor debe renovarlo. Compruebe también que la fecha de este equipo sea correcta.</translation>
    </message>
    <message>
        <source>The server&apos;s encryption is outdated</source>
        <translation>El cifrado del servidor está anticuado</translation>
    </message>
    <message>
        <source>The server only speaks an old TLS version that is no longer considered safe. Its administrator must enable TLS 1.2 or newer.</source>
        <translation>El servidor solo admite una versión antigua de TLS que ya no se considera segura. Su administrador debe activar TLS 1.2 o posterior.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up</source>
        <translation>No se pudo establecer la conexión segura</translation>
    </message>
    <message>
        <source>The encrypted connection failed for a reason other than the certificate. The details below are for the server&apos;s administrator.</source>
        <translation>La conexión cifrada falló por un motivo distinto del certificado. Los detalles de abajo son para el administrador del servidor.</translation>
    </message>
    <message>
        <source>The server does not offer sign-in</source>
        <translation>El servidor no ofrece inicio de sesión</translation>
    </message>
    <message>
        <source>The server did not offer any way to sign in on this connection. Some servers offer it only after encryption; others (internal relays) do not need a password.</source>
        <translation>El servidor no ofreció ninguna forma de iniciar sesión en esta conexión. Algunos servidores solo lo ofrecen tras cifrar la conexión; otros (relés internos) no necesitan contraseña.</translation>
    </message>
    <message>
        <source>This server cannot take an address with accents</source>
        <translation>Este servidor no admite direcciones con acentos</translation>
    </message>
    <message>
        <source>An address in this test (see the details) has non-ASCII letters before the @. This server does not offer SMTPUTF8 (RFC 6531), which such addresses need, so nothing was sent. Use a plain address or ask its administrator.</source>
        <translation>Una dirección de esta prueba (vea los detalles) tiene letras fuera del ASCII antes de la @. Este servidor no ofrece SMTPUTF8 (RFC 6531), que esas direcciones necesitan, así que no se envió nada. Use una dirección sin acentos o consulte a su administrador.</translation>
    </message>
    <message>
        <source>The sign-in method is not supported</source>
        <translation>El método de inicio de sesión no es compatible</translation>
    </message>
    <message>
        <source>The server does not support the sign-in method that was chosen. Let the wizard pick the method automatically.</source>
        <translation>El servidor no admite el método de inicio de sesión elegido. Deje que el asistente elija el método automáticamente.</translation>
    </message>
    <message>
        <source>User name or password not accepted</source>
        <translation>No se aceptó el usuario o la contraseña</translation>
    </message>
    <message>
        <source>The server rejected the user name or password. Check both (the user name is often the full email address). We tried only once, so the account is not locked by this test.</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña. Compruebe ambos (el usuario suele ser la dirección de correo completa). Solo lo intentamos una vez, así que esta prueba no bloquea la cuenta.</translation>
    </message>
    <message>
        <source>An app password is required</source>
        <translation>Hace falta una contraseña de aplicación</translation>
    </message>
    <message>
        <source>This account uses 2-step verification, so its normal password does not work for mail programs. Create an app password in the account&apos;s security settings and use it here.</source>
        <translation>Esta cuenta usa verificación en dos pasos, así que su contraseña normal no sirve para programas de correo. Cree una contraseña de aplicación en la configuración de seguridad de la cuenta y úsela aquí.</translation>
    </message>
    <message>
        <source>Sign-in for mail programs is turned off</source>
        <translation>El inicio de sesión para programas de correo está desactivado</translation>
    </message>
    <message>
        <source>The provider has switched off password sign-in (SMTP AUTH) for this mailbox or organisation. In Microsoft 365 an administrator must enable &quot;Authenticated SMTP&quot; for the mailbox.</source>
        <translation>El proveedor ha desactivado el inicio de sesión con contraseña (SMTP AUTH) para este buzón u organización. En Microsoft 365, un administrador debe activar «SMTP autenticado» para el buzón.</translation>
    </message>
    <message>
        <source>The server requires sign-in</source>
        <translation>El servidor exige iniciar sesión</translation>
    </message>
    <message>
        <source>The server only accepts mail from signed-in users. Turn sign-in on and enter the account&apos;s user name and password.</source>
        <translation>El servidor solo acepta correo de usuarios que han iniciado sesión. Active el inicio de sesión y escriba el usuario y la contraseña de la cuenta.</translation>
    </message>
    <message>
        <source>The server requires encryption</source>
        <translation>El servidor exige cifrado</translation>
    </message>
    <message>
        <source>The server refuses to continue on an unencrypted connection. Choose STARTTLS (port 587) or SSL/TLS (port 465).</source>
        <translation>El servidor se niega a continuar en una conexión sin cifrar. Elija STARTTLS (puerto 587) o SSL/TLS (puerto 465).</translation>
    </message>
    <message>
        <source>Password not sent over an unencrypted connection</source>
        <translation>La contraseña no se envió por una conexión sin cifrar</translation>
    </message>
    <message>
        <source>Signing in here would send your password unencrypted, so it was not sent. Choose STARTTLS or SSL/TLS. Allow unencrypted sign-in only on a trusted internal network.</source>
        <translation>Iniciar sesión aquí enviaría su contraseña sin cifrar, así que no se envió. Elija STARTTLS o SSL/TLS. Permita el inicio de sesión sin cifrar solo en una red interna de confianza.</translation>
    </message>
    <message>
        <source>This account may not send as that address</source>
        <translation>Esta cuenta no puede enviar como esa dirección</translation>
    </message>
    <message>
        <source>You signed in, but the server does not let this account send mail &quot;as&quot; {sender}. Either give the account &quot;send as&quot; rights for that address on the mail server, or send everything from the account&apos;s own address with Reply-To set to the user.</source>
        <translation>Ha iniciado sesión, pero el servidor no permite que esta cuenta envíe correo «como» {sender}. Dé a la cuenta permisos de «enviar como» para esa dirección en el servidor de correo, o envíe todo desde la dirección de la propia cuenta con Responder a = el usuario.</translation>
    </message>
    <message>
        <source>The sender address was refused</source>
        <translation>Se rechazó la dirección del remitente</translation>
    </message>
    <message>
        <source>The server refused the sender address {sender}. Check that it is spelled correctly and belongs to this account or domain.</source>
        <translation>El servidor rechazó la dirección de remitente {sender}. Compruebe que esté bien escrita y que pertenezca a esta cuenta o dominio.</translation>
    </message>
    <message>
        <source>The server will not pass mail on</source>
        <translation>El servidor no reenvía el correo</translation>
    </message>
    <message>
        <source>The server refused to deliver to {recipient} for us (&quot;relay denied&quot;). Servers only relay for signed-in users or trusted networks: turn sign-in on, or ask the server&apos;s administrator to allow this computer.</source>
        <translation>El servidor se negó a entregar a {recipient} por nosotros («relay denied»). Los servidores solo reenvían para usuarios con sesión iniciada o redes de confianza: active el inicio de sesión o pida al administrador del servidor que permita este equipo.</translation>
    </message>
    <message>
        <source>The test recipient was refused</source>
        <translation>Se rechazó el destinatario de prueba</translation>
    </message>
    <message>
        <source>The server refused the recipient {recipient}. Check the address, or send the test to another mailbox.</source>
        <translation>El servidor rechazó el destinatario {recipient}. Compruebe la dirección o envíe la prueba a otro buzón.</translation>
    </message>
    <message>
        <source>The test message was refused</source>
        <translation>Se rechazó el mensaje de prueba</translation>
    </message>
    <message>
        <source>The server accepted the addresses but refused the message itself. The server&apos;s reply below says why (content, size or policy).</source>
        <translation>El servidor aceptó las direcciones pero rechazó el propio mensaje. La respuesta del servidor, abajo, indica el motivo (contenido, tamaño o política).</translation>
    </message>
    <message>
        <source>Temporary problem on the server</source>
        <translation>Problema temporal en el servidor</translation>
    </message>
    <message>
        <source>The server reported a temporary problem. Nothing is wrong with your settings so far; try again in a few minutes.</source>
        <translation>El servidor informó de un problema temporal. Hasta ahora su configuración no tiene ningún fallo; vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Too many attempts or messages</source>
        <translation>Demasiados intentos o mensajes</translation>
    </message>
    <message>
        <source>The server is limiting how often this account or computer may connect or send. Wait a while before trying again.</source>
        <translation>El servidor está limitando la frecuencia con la que esta cuenta o este equipo pueden conectarse o enviar. Espere un rato antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>El servidor cerró la conexión</translation>
    </message>
    <message>
        <source>The server hung up in the middle of the conversation. This can be a firewall, an anti-spam measure or an overloaded server.</source>
        <translation>El servidor colgó en mitad de la conversación. Puede deberse a un cortafuegos, a una medida antispam o a un servidor sobrecargado.</translation>
    </message>
    <message>
        <source>The server&apos;s answer made no sense</source>
        <translation>La respuesta del servidor no tiene sentido</translation>
    </message>
    <message>
        <source>The server answered with something that is not valid SMTP. The port may belong to a different kind of service.</source>
        <translation>El servidor respondió con algo que no es SMTP válido. Puede que el puerto pertenezca a otro tipo de servicio.</translation>
    </message>
    <message>
        <source>The check took too long</source>
        <translation>La comprobación tardó demasiado</translation>
    </message>
    <message>
        <source>The server answered too slowly, so the check was stopped after {seconds} seconds. The server or the network may be overloaded.</source>
        <translation>El servidor respondió demasiado despacio, así que la comprobación se detuvo a los {seconds} segundos. Puede que el servidor o la red estén sobrecargados.</translation>
    </message>
    <message>
        <source>Some settings need correcting</source>
        <translation>Hay que corregir algunos ajustes</translation>
    </message>
    <message>
        <source>Nothing was sent to the server because a setting is not valid. Correct the marked field and run the check again.</source>
        <translation>No se envió nada al servidor porque un ajuste no es válido. Corrija el campo marcado y vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation>Comprobación cancelada</translation>
    </message>
    <message>
        <source>The check was stopped before it finished.</source>
        <translation>La comprobación se detuvo antes de terminar.</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>Built-in provider list</source>
        <translation>Lista de proveedores incorporada</translation>
    </message>
    <message>
        <source>DNS service records (SRV)</source>
        <translation>Registros de servicio DNS (SRV)</translation>
    </message>
    <message>
        <source>Mail exchanger (MX) of the domain</source>
        <translation>Intercambiador de correo (MX) del dominio</translation>
    </message>
    <message>
        <source>Trying common server names</source>
        <translation>Probando nombres de servidor habituales</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&quot;security&quot; is ssl (implicit TLS), starttls or none.</source>
        <translation>«security» es ssl (TLS implícito), starttls o none.</translation>
    </message>
    <message>
        <source>.env file</source>
        <translation>Archivo .env</translation>
    </message>
    <message>
        <source>SMTP_SECURITY is ssl (implicit TLS), starttls or none. Values are quoted so that a shell (. file), python-dotenv and Node&apos;s dotenv read them alike; a value no quoting keeps alike is written for the shell, and a note says so.</source>
        <translation>SMTP_SECURITY es ssl (TLS implícito), starttls o none. Los valores van entrecomillados para que un shell (. archivo), python-dotenv y dotenv de Node los lean igual; un valor que ninguna forma de entrecomillar mantiene igual se escribe para el shell, y una nota lo indica.</translation>
    </message>
    <message>
        <source>.env file for python-dotenv</source>
        <translation>Archivo .env para python-dotenv</translation>
    </message>
    <message>
        <source>SMTP_SECURITY is ssl (implicit TLS), starttls or none. For python-dotenv (load_dotenv, dotenv_values; interpolate left on): a ${ in a value is written ${DOLLAR=:-$}{ so that it is not expanded.</source>
        <translation>SMTP_SECURITY es ssl (TLS implícito), starttls o none. Para python-dotenv (load_dotenv, dotenv_values; con interpolate activado): un ${ en un valor se escribe ${DOLLAR=:-$}{ para que no se expanda.</translation>
    </message>
    <message>
        <source>.env file for Node (dotenv)</source>
        <translation>Archivo .env para Node (dotenv)</translation>
    </message>
    <message>
        <source>SMTP_SECURITY is ssl (implicit TLS), starttls or none. For Node&apos;s dotenv (config, parse) without dotenv-expand; a value it cannot read exactly is left out, and a note says so.</source>
        <translation>SMTP_SECURITY es ssl (TLS implícito), starttls o none. Para dotenv de Node (config, parse) sin dotenv-expand; un valor que no puede leer exactamente se omite, y una nota lo indica.</translation>
    </message>
    <message>
        <source>No quoting makes a shell, python-dotenv and Node&apos;s dotenv read the same value for {names}, so the file writes it for a shell (. file). For python-dotenv or Node&apos;s dotenv, export the .env file for that reader.</source>
        <translation>Ninguna forma de entrecomillar hace que un shell, python-dotenv y dotenv de Node lean el mismo valor de {names}, así que el archivo lo escribe para un shell (. archivo). Para python-dotenv o dotenv de Node, exporte el archivo .env de ese lector.</translation>
    </message>
    <message>
        <source>Node&apos;s dotenv cannot read the value of {names} exactly, however it is quoted, so the file leaves it out. Set it in the application&apos;s environment instead.</source>
        <translation>dotenv de Node no puede leer exactamente el valor de {names}, se entrecomille como se entrecomille, así que el archivo lo omite. Póngalo en el entorno de la aplicación.</translation>
    </message>
    <message>
        <source>URL / DSN (Symfony, Nodemailer)</source>
        <translation>URL / DSN (Symfony, Nodemailer)</translation>
    </message>
    <message>
        <source>smtps:// is implicit TLS (port 465); smtp:// with require_tls=true insists on STARTTLS; user and password are percent-encoded.</source>
        <translation>smtps:// es TLS implícito (puerto 465); smtp:// con require_tls=true exige STARTTLS; el usuario y la contraseña van codificados con porcentajes.</translation>
    </message>
    <message>
        <source>This format cannot name a CA file. Configure your application to trust the CA certificate in {path} (Nodemailer: tls.ca with the file&apos;s contents; Symfony: the ssl cafile stream option), or its connection will fail where the wizard&apos;s test passed.</source>
        <translation>Este formato no puede indicar un archivo de CA. Configure su aplicación para que confíe en el certificado de CA de {path} (Nodemailer: tls.ca con el contenido del archivo; Symfony: la opción de flujo ssl cafile); si no, su conexión fallará donde la prueba del asistente salió bien.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1 — %2</source>
        <translation>Exportar %1 — %2</translation>
    </message>
    <message>
        <source>Last test: %1</source>
        <translation>Última prueba: %1</translation>
    </message>
    <message>
        <source>No password is stored for this setup.</source>
        <translation>No hay ninguna contraseña guardada para esta configuración.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Forma&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Include password</source>
        <translation>&amp;Incluir la contraseña</translation>
    </message>
    <message>
        <source>Warning: the export will contain the password in readable form. Store it like a password; a saved file is readable only by you.</source>
        <translation>Atención: la exportación contendrá la contraseña en texto legible. Guárdela como guardaría una contraseña; un archivo guardado solo lo puede leer usted.</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Vista previa de la exportación</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Sav&amp;e as…</source>
        <translation>Guardar co&amp;mo…</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Exportar configuración</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>Line breaks and other control characters are not allowed here.</source>
        <translation>Aquí no se permiten saltos de línea ni otros caracteres de control.</translation>
    </message>
    <message>
        <source>Enter the SMTP server&apos;s name, e.g. smtp.example.com.</source>
        <translation>Escriba el nombre del servidor SMTP, p. ej. smtp.example.com.</translation>
    </message>
    <message>
        <source>This is not a valid server name or IP address.</source>
        <translation>No es un nombre de servidor ni una dirección IP válidos.</translation>
    </message>
    <message>
        <source>Unknown prefix. Use ssl://, tls://, smtp:// or smtps://, or just the server name.</source>
        <translation>Prefijo desconocido. Use ssl://, tls://, smtp:// o smtps://, o solo el nombre del servidor.</translation>
    </message>
    <message>
        <source>The port must be a number, e.g. 587.</source>
        <translation>El puerto debe ser un número, p. ej. 587.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>El puerto debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>This is not a valid email address (it should look like name@example.com).</source>
        <translation>No es una dirección de correo válida (debería tener la forma nombre@example.com).</translation>
    </message>
    <message>
        <source>This is not a valid domain name.</source>
        <translation>No es un nombre de dominio válido.</translation>
    </message>
    <message>
        <source>Invisible text-direction characters (such as U+202E) are not allowed here: they make an address look different from what it is.</source>
        <translation>Aquí no se admiten caracteres invisibles de dirección del texto (como U+202E): hacen que una dirección parezca otra.</translation>
    </message>
    <message>
        <source>The part before the @ is too long (at most 64 bytes).</source>
        <translation>La parte anterior a la @ es demasiado larga (64 bytes como máximo).</translation>
    </message>
    <message>
        <source>The part after the @ is too long (at most 255 characters).</source>
        <translation>La parte posterior a la @ es demasiado larga (255 caracteres como máximo).</translation>
    </message>
    <message>
        <source>This address is too long (at most 254 bytes in all).</source>
        <translation>Esta dirección es demasiado larga (254 bytes como máximo en total).</translation>
    </message>
    <message>
        <source>This name has characters that are not allowed in a domain name (IDNA 2008), or a part of it is empty, too long or starts or ends with a hyphen.</source>
        <translation>Este nombre tiene caracteres que no se admiten en un nombre de dominio (IDNA 2008), o una de sus partes está vacía, es demasiado larga o empieza o termina con un guion.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 300 seconds.</source>
        <translation>El tiempo de espera debe estar entre 1 y 300 segundos.</translation>
    </message>
    <message>
        <source>Enter the user name for sign-in, or turn sign-in off.</source>
        <translation>Escriba el nombre de usuario para iniciar sesión, o desactive el inicio de sesión.</translation>
    </message>
    <message>
        <source>Give this setup a name.</source>
        <translation>Dé un nombre a esta configuración.</translation>
    </message>
    <message>
        <source>A saved setup already has this name.</source>
        <translation>Ya hay una configuración guardada con este nombre.</translation>
    </message>
    <message>
        <source>This certificate file does not exist.</source>
        <translation>Este archivo de certificado no existe.</translation>
    </message>
    <message>
        <source>List at least one domain that may appear as the sender.</source>
        <translation>Indique al menos un dominio que pueda aparecer como remitente.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Save these settings and export them for your application.</source>
        <translation>Guarde esta configuración y expórtela para su aplicación.</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>Setup &amp;name</source>
        <translation>&amp;Nombre de la configuración</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;anyway (not tested)</source>
        <translation>Guardar &amp;de todos modos (sin probar)</translation>
    </message>
    <message>
        <source>Save &amp;anyway (test failed)</source>
        <translation>Guardar &amp;de todos modos (la prueba falló)</translation>
    </message>
    <message>
        <source>Save &amp;anyway (test out of date)</source>
        <translation>Guardar &amp;de todos modos (prueba desactualizada)</translation>
    </message>
    <message>
        <source>Changed since it was saved: save again to keep it.</source>
        <translation>Ha cambiado desde que se guardó: guarde de nuevo para conservarlo.</translation>
    </message>
    <message>
        <source>Run a passing test first.</source>
        <translation>Primero haga una prueba que salga bien.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved without a passing test: run the test again before relying on it.</source>
        <translation>Guardado sin una prueba correcta: vuelva a hacer la prueba antes de confiar en esta configuración.</translation>
    </message>
</context>
<context>
    <name>Fix</name>
    <message>
        <source>Switch to port 465 with SSL/TLS</source>
        <translation>Cambiar al puerto 465 con SSL/TLS</translation>
    </message>
    <message>
        <source>Switch to port 587 with STARTTLS</source>
        <translation>Cambiar al puerto 587 con STARTTLS</translation>
    </message>
    <message>
        <source>Use SSL/TLS on this port</source>
        <translation>Usar SSL/TLS en este puerto</translation>
    </message>
    <message>
        <source>Use STARTTLS on this port</source>
        <translation>Usar STARTTLS en este puerto</translation>
    </message>
    <message>
        <source>Turn sign-in on</source>
        <translation>Activar el inicio de sesión</translation>
    </message>
    <message>
        <source>Turn sign-in off (internal relay)</source>
        <translation>Desactivar el inicio de sesión (relé interno)</translation>
    </message>
    <message>
        <source>Choose the sign-in method automatically</source>
        <translation>Elegir el método de inicio de sesión automáticamente</translation>
    </message>
    <message>
        <source>Always send from the account&apos;s address, Reply-To = the user</source>
        <translation>Enviar siempre desde la dirección de la cuenta, Responder a = el usuario</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Volver a intentarlo más tarde</translation>
    </message>
    <message>
        <source>Run the test again</source>
        <translation>Volver a ejecutar la prueba</translation>
    </message>
    <message>
        <source>Select your organisation&apos;s CA certificate file</source>
        <translation>Seleccionar el archivo del certificado de la CA de su organización</translation>
    </message>
    <message>
        <source>Re-enter the password (and check the user name)</source>
        <translation>Volver a escribir la contraseña (y comprobar el usuario)</translation>
    </message>
    <message>
        <source>Create an app password and enter it instead</source>
        <translation>Crear una contraseña de aplicación y escribirla en su lugar</translation>
    </message>
    <message>
        <source>Check the server name</source>
        <translation>Revise el nombre del servidor</translation>
    </message>
    <message>
        <source>Use the server name on the certificate</source>
        <translation>Use el nombre del servidor que figura en el certificado</translation>
    </message>
    <message>
        <source>Check the port</source>
        <translation>Revise el puerto</translation>
    </message>
    <message>
        <source>Use your provider&apos;s outgoing server</source>
        <translation>Use el servidor de salida de su proveedor</translation>
    </message>
    <message>
        <source>Check the From address</source>
        <translation>Revise la dirección de remitente</translation>
    </message>
    <message>
        <source>Send the test to another address</source>
        <translation>Envíe la prueba a otra dirección</translation>
    </message>
    <message>
        <source>How an administrator turns on SMTP AUTH</source>
        <translation>Cómo activa un administrador SMTP AUTH</translation>
    </message>
    <message>
        <source>Create an app password on the provider&apos;s website</source>
        <translation>Cree una contraseña de aplicación en el sitio web del proveedor</translation>
    </message>
    <message>
        <source>Only the server&apos;s administrator can let this computer connect: send them the transcript (Copy for support).</source>
        <translation>Solo el administrador del servidor puede dejar que este equipo se conecte: envíele la transcripción (Copiar para el soporte).</translation>
    </message>
    <message>
        <source>Only the server&apos;s administrator can renew the certificate. Meanwhile, check that this computer&apos;s date is correct.</source>
        <translation>Solo el administrador del servidor puede renovar el certificado. Mientras tanto, compruebe que la fecha de este equipo es correcta.</translation>
    </message>
    <message>
        <source>Only the server&apos;s administrator can turn on TLS 1.2 or newer on the server.</source>
        <translation>Solo el administrador del servidor puede activar TLS 1.2 o posterior en el servidor.</translation>
    </message>
    <message>
        <source>Only the server&apos;s administrator can repair its encryption: send them the transcript (Copy for support).</source>
        <translation>Solo el administrador del servidor puede reparar su cifrado: envíele la transcripción (Copiar para el soporte).</translation>
    </message>
    <message>
        <source>Only the server&apos;s administrator can change what the server accepts; its reply (the details) says why.</source>
        <translation>Solo el administrador del servidor puede cambiar lo que acepta el servidor; su respuesta (los detalles) dice por qué.</translation>
    </message>
    <message>
        <source>The server offers no sign-in method the wizard can use (the details list them): ask its administrator to allow PLAIN or LOGIN over an encrypted connection.</source>
        <translation>El servidor no ofrece ningún método de inicio de sesión que el asistente pueda usar (los detalles los enumeran): pida a su administrador que permita PLAIN o LOGIN sobre una conexión cifrada.</translation>
    </message>
    <message>
        <source>Correct the setting named in the details, then run the check again.</source>
        <translation>Corrija el ajuste que nombran los detalles y vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>Correct the marked setting</source>
        <translation>Corrija el ajuste marcado</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>send as each user</source>
        <translation>enviar como cada usuario</translation>
    </message>
    <message>
        <source>always one address</source>
        <translation>siempre una dirección</translation>
    </message>
    <message>
        <source>user&apos;s address for allowed domains</source>
        <translation>la del usuario en los dominios permitidos</translation>
    </message>
</context>
<context>
    <name>ProfileManager</name>
    <message>
        <source>Failed: %1 · %2</source>
        <translation>Falló: %1 · %2</translation>
    </message>
    <message>
        <source>Saved setups — %1</source>
        <translation>Configuraciones guardadas — %1</translation>
    </message>
    <message>
        <source>Filter by name, server or address</source>
        <translation>Filtrar por nombre, servidor o dirección</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Última prueba</translation>
    </message>
    <message>
        <source>Saved setups</source>
        <translation>Configuraciones guardadas</translation>
    </message>
    <message>
        <source>No saved setups yet. Add one to get started.</source>
        <translation>Todavía no hay configuraciones guardadas. Añada una para empezar.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation>Probando «%1»…</translation>
    </message>
    <message>
        <source>No password is stored for &quot;%1&quot;. Choose Edit… and type it, then test.</source>
        <translation>No hay ninguna contraseña guardada para «%1». Elija Editar…, escríbala y pruebe.</translation>
    </message>
    <message>
        <source>Test of &quot;%1&quot; stopped.</source>
        <translation>Se detuvo la prueba de «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: test passed. Mail from %2 to %3 was accepted by %4.</source>
        <translation>«%1»: prueba superada. %4 aceptó el correo de %2 a %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: test failed: %2. %3 Choose Edit… to change the settings.</source>
        <translation>«%1»: la prueba falló: %2. %3 Elija Editar… para cambiar la configuración.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Sin probar</translation>
    </message>
    <message>
        <source>Out of date (%1)</source>
        <translation>Desactualizada (%1)</translation>
    </message>
    <message>
        <source>Passed · %1</source>
        <translation>Superada · %1</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>S&amp;top test</source>
        <translation>&amp;Detener la prueba</translation>
    </message>
    <message>
        <source>Delete the setup &quot;%1&quot; and its stored password?</source>
        <translation>¿Eliminar la configuración «%1» y su contraseña guardada?</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The saved setups file {path} could not be read. It is left as it is; the next save keeps it next to the new list under another name.</source>
        <translation>No se pudo leer el archivo de configuraciones guardadas {path}. Se deja como está; al guardar la próxima vez se conserva junto a la lista nueva con otro nombre.</translation>
    </message>
    <message>
        <source>The saved setups file {path} could not be opened. It is left as it is.</source>
        <translation>No se pudo abrir el archivo de configuraciones guardadas {path}. Se deja como está.</translation>
    </message>
    <message>
        <source>The saved setups file {path} was written by a newer version of this app. It is shown read-only and left untouched: changes can only be saved by the newer version.</source>
        <translation>El archivo de configuraciones guardadas {path} lo escribió una versión más reciente de esta aplicación. Se muestra solo para lectura y no se modifica: los cambios solo los puede guardar la versión más reciente.</translation>
    </message>
    <message>
        <source>Some saved setups in {path} could not be read and are not shown. The file is left as it is:</source>
        <translation>Algunas configuraciones guardadas en {path} no se pudieron leer y no se muestran. El archivo se deja como está:</translation>
    </message>
    <message>
        <source>Setup {number}: {reason}</source>
        <translation>Configuración {number}: {reason}</translation>
    </message>
    <message>
        <source>Setup {number} (&quot;{name}&quot;): {reason}</source>
        <translation>Configuración {number} («{name}»): {reason}</translation>
    </message>
    <message>
        <source>not a setup record</source>
        <translation>no es un registro de configuración</translation>
    </message>
    <message>
        <source>{field} must be text</source>
        <translation>{field} debe ser texto</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>{field} no puede estar vacío</translation>
    </message>
    <message>
        <source>{field} must be true or false</source>
        <translation>{field} debe ser verdadero o falso</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high}</source>
        <translation>{field} debe ser un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>{field} must be a number from {low} to {high}</source>
        <translation>{field} debe ser un número de {low} a {high}</translation>
    </message>
    <message>
        <source>{field} must be a list of text</source>
        <translation>{field} debe ser una lista de textos</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}</source>
        <translation>{field} debe ser uno de: {choices}</translation>
    </message>
    <message>
        <source>the same id as setup {other}</source>
        <translation>el mismo identificador que la configuración {other}</translation>
    </message>
    <message>
        <source>The saved setups file {path} could not be written: {reason}.</source>
        <translation>No se pudo escribir el archivo de configuraciones guardadas {path}: {reason}.</translation>
    </message>
    <message>
        <source>The saved setups file {path} could not be read: {reason}.</source>
        <translation>No se pudo leer el archivo de configuraciones guardadas {path}: {reason}.</translation>
    </message>
    <message>
        <source>The saved setups file {path} was written by a newer version of this app, so this version does not change it.</source>
        <translation>El archivo de configuraciones guardadas {path} lo escribió una versión más reciente de esta aplicación, así que esta versión no lo modifica.</translation>
    </message>
    <message>
        <source>The saved setups file {path} is being saved by another window or program; try again in a moment.</source>
        <translation>Otra ventana u otro programa está guardando el archivo de configuraciones guardadas {path}; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Another setup called &quot;{name}&quot; was saved meanwhile (in another window or program); choose another name.</source>
        <translation>Mientras tanto se guardó otra configuración llamada «{name}» (en otra ventana u otro programa); elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Gmail needs an app password: turn on 2-Step Verification, then create an app password in your Google Account. Your normal password will be refused.</source>
        <translation>Gmail necesita una contraseña de aplicación: active la verificación en dos pasos y cree una contraseña de aplicación en su cuenta de Google. Su contraseña normal será rechazada.</translation>
    </message>
    <message>
        <source>Use an app password (2-Step Verification must be on), or ask your Workspace admin to set up the SMTP relay service.</source>
        <translation>Use una contraseña de aplicación (con la verificación en dos pasos activada) o pida al administrador de Workspace que configure el servicio de relé SMTP.</translation>
    </message>
    <message>
        <source>An administrator must enable Authenticated SMTP (SMTP AUTH) for this mailbox in the Microsoft 365 admin center; it is off by default.</source>
        <translation>Un administrador debe activar SMTP autenticado (SMTP AUTH) para este buzón en el centro de administración de Microsoft 365; viene desactivado de forma predeterminada.</translation>
    </message>
    <message>
        <source>Outlook.com accounts with two-step verification need an app password.</source>
        <translation>Las cuentas de Outlook.com con verificación en dos pasos necesitan una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>Create an app password in Yahoo&apos;s account security settings; the account password is refused.</source>
        <translation>Cree una contraseña de aplicación en la configuración de seguridad de su cuenta de Yahoo; la contraseña de la cuenta se rechaza.</translation>
    </message>
    <message>
        <source>Create an app password in AOL&apos;s account security settings.</source>
        <translation>Cree una contraseña de aplicación en la configuración de seguridad de su cuenta de AOL.</translation>
    </message>
    <message>
        <source>iCloud needs an app-specific password from appleid.apple.com, and the user name is the full iCloud address.</source>
        <translation>iCloud necesita una contraseña específica de aplicación de appleid.apple.com, y el usuario es la dirección completa de iCloud.</translation>
    </message>
    <message>
        <source>With two-factor authentication on, use an application-specific password.</source>
        <translation>Con la autenticación en dos pasos activada, use una contraseña específica de aplicación.</translation>
    </message>
    <message>
        <source>Accounts in Zoho&apos;s EU data centre use smtp.zoho.eu. With two-factor authentication on, use an application-specific password.</source>
        <translation>Las cuentas del centro de datos europeo de Zoho usan smtp.zoho.eu. Con la autenticación en dos pasos activada, use una contraseña específica de aplicación.</translation>
    </message>
    <message>
        <source>Create an app password with SMTP access in Fastmail&apos;s settings.</source>
        <translation>Cree una contraseña de aplicación con acceso SMTP en la configuración de Fastmail.</translation>
    </message>
    <message>
        <source>Turn on &quot;POP3/IMAP access&quot; in GMX&apos;s settings first, or sending is refused.</source>
        <translation>Active primero el «acceso POP3/IMAP» en la configuración de GMX; si no, el envío se rechaza.</translation>
    </message>
    <message>
        <source>Turn on &quot;POP3/IMAP access&quot; in WEB.DE&apos;s settings first, or sending is refused.</source>
        <translation>Active primero el «acceso POP3/IMAP» en la configuración de WEB.DE; si no, el envío se rechaza.</translation>
    </message>
    <message>
        <source>Use the full email address and the mailbox password.</source>
        <translation>Use la dirección de correo completa y la contraseña del buzón.</translation>
    </message>
    <message>
        <source>Use the full email address and the mailbox password set in Arsys&apos;s control panel.</source>
        <translation>Use la dirección de correo completa y la contraseña del buzón que definió en el panel de control de Arsys.</translation>
    </message>
    <message>
        <source>Dinahosting serves SMTP under your own domain; use the full email address and the mailbox password.</source>
        <translation>Dinahosting ofrece el SMTP bajo su propio dominio; use la dirección de correo completa y la contraseña del buzón.</translation>
    </message>
    <message>
        <source>Allow mail clients in Yandex Mail&apos;s settings and use an app password.</source>
        <translation>Permita los clientes de correo en la configuración de Yandex Mail y use una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>Turn on POP3/IMAP access in mail.com&apos;s settings first.</source>
        <translation>Active primero el acceso POP3/IMAP en la configuración de mail.com.</translation>
    </message>
    <message>
        <source>Proton Mail works only through Proton Mail Bridge running on this computer. Use the user name and password Bridge shows (not your Proton password), and trust Bridge&apos;s certificate by exporting it and choosing it as the CA file.</source>
        <translation>Proton Mail solo funciona a través de Proton Mail Bridge ejecutándose en este equipo. Use el usuario y la contraseña que muestra Bridge (no su contraseña de Proton) y confíe en el certificado de Bridge exportándolo y eligiéndolo como archivo de CA.</translation>
    </message>
    <message>
        <source>SES SMTP credentials are not your IAM access keys: create SMTP credentials in the SES console for this region. New accounts can only send to verified addresses (sandbox).</source>
        <translation>Las credenciales SMTP de SES no son sus claves de acceso de IAM: cree credenciales SMTP en la consola de SES para esta región. Las cuentas nuevas solo pueden enviar a direcciones verificadas (sandbox).</translation>
    </message>
    <message>
        <source>The user name is literally &quot;apikey&quot;; the password is an API key with Mail Send permission.</source>
        <translation>El usuario es literalmente «apikey»; la contraseña es una clave de API con permiso Mail Send.</translation>
    </message>
    <message>
        <source>Use the SMTP credentials of your sending domain (for example postmaster@mg.your-domain), not your account login.</source>
        <translation>Use las credenciales SMTP de su dominio de envío (por ejemplo postmaster@mg.su-dominio), no el usuario de su cuenta.</translation>
    </message>
    <message>
        <source>Domains in Mailgun&apos;s EU region use smtp.eu.mailgun.org. Use the sending domain&apos;s SMTP credentials.</source>
        <translation>Los dominios de la región europea de Mailgun usan smtp.eu.mailgun.org. Use las credenciales SMTP del dominio de envío.</translation>
    </message>
    <message>
        <source>User name and password are both your Server API token.</source>
        <translation>El usuario y la contraseña son ambos su token de API del servidor (Server API token).</translation>
    </message>
    <message>
        <source>Use the SMTP login and key from Brevo&apos;s &quot;SMTP &amp; API&quot; settings, not your account password.</source>
        <translation>Use el usuario y la clave SMTP de la sección «SMTP &amp; API» de Brevo, no la contraseña de su cuenta.</translation>
    </message>
    <message>
        <source>The user name is your API key and the password is your secret key.</source>
        <translation>El usuario es su clave de API y la contraseña es su clave secreta.</translation>
    </message>
    <message>
        <source>The user name is literally &quot;SMTP_Injection&quot;; the password is an API key with the Send via SMTP permission.</source>
        <translation>El usuario es literalmente «SMTP_Injection»; la contraseña es una clave de API con el permiso Send via SMTP.</translation>
    </message>
    <message>
        <source>Use any user name (your Mailchimp login by convention) and a Mandrill API key as the password.</source>
        <translation>Use cualquier nombre de usuario (por convención, su usuario de Mailchimp) y una clave de API de Mandrill como contraseña.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The password will be kept in the system keyring ({backend}).</source>
        <translation>La contraseña se guardará en el llavero del sistema ({backend}).</translation>
    </message>
    <message>
        <source>The password will be kept in the system keyring.</source>
        <translation>La contraseña se guardará en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No usable system keyring was found, so the password is kept for this session only and will have to be typed again next time. It is never written to a file.</source>
        <translation>No se encontró un llavero del sistema utilizable, así que la contraseña se guarda solo durante esta sesión y habrá que escribirla de nuevo la próxima vez. Nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (for example by signing in again) and retry.</source>
        <translation>El llavero del sistema está bloqueado. Desbloquéelo (por ejemplo, volviendo a iniciar sesión) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The system keyring did not answer in time. The password was kept for this session.</source>
        <translation>El llavero del sistema no respondió a tiempo. La contraseña se conserva durante esta sesión.</translation>
    </message>
    <message>
        <source>The system keyring could not be used: {detail}</source>
        <translation>No se pudo usar el llavero del sistema: {detail}</translation>
    </message>
    <message>
        <source>The password is too long to store (2560 bytes at most).</source>
        <translation>La contraseña es demasiado larga para guardarla (2560 bytes como máximo).</translation>
    </message>
    <message>
        <source>GNOME Keyring / Secret Service</source>
        <translation>Llavero de GNOME / Secret Service</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>No password is stored for this setup.</source>
        <translation>No hay ninguna contraseña guardada para esta configuración.</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Which From address the application puts on its mail.</source>
        <translation>Qué dirección de remitente (From) pone la aplicación en su correo.</translation>
    </message>
    <message>
        <source>Always send from &amp;one address</source>
        <translation>Enviar siempre desde &amp;una dirección</translation>
    </message>
    <message>
        <source>Every message comes from the address below; replies go to the user who sent it (Reply-To). Works with every server.</source>
        <translation>Todos los mensajes salen de la dirección de abajo; las respuestas van al usuario que lo envió (Responder a). Funciona con cualquier servidor.</translation>
    </message>
    <message>
        <source>Send &amp;as each user</source>
        <translation>Enviar &amp;como cada usuario</translation>
    </message>
    <message>
        <source>Each message comes from its user&apos;s own address. The server must allow this account to send as them (&quot;send as&quot; rights).</source>
        <translation>Cada mensaje sale de la dirección de su usuario. El servidor debe permitir que esta cuenta envíe en su nombre (permisos de «enviar como»).</translation>
    </message>
    <message>
        <source>Keep the user&apos;s address when its &amp;domain is allowed</source>
        <translation>Mantener la dirección del usuario si su &amp;dominio está permitido</translation>
    </message>
    <message>
        <source>Users of the listed domains send as themselves; everyone else sends from the address below.</source>
        <translation>Los usuarios de los dominios indicados envían con su propia dirección; el resto envía desde la dirección de abajo.</translation>
    </message>
    <message>
        <source>Default &amp;From address</source>
        <translation>Dirección de &amp;remitente predeterminada</translation>
    </message>
    <message>
        <source>e.g. Example Ltd</source>
        <translation>p. ej. Ejemplo S.L.</translation>
    </message>
    <message>
        <source>Displa&amp;y name</source>
        <translation>Nombre &amp;visible</translation>
    </message>
    <message>
        <source>example.com, example.org</source>
        <translation>example.com, example.org</translation>
    </message>
    <message>
        <source>Allowed do&amp;mains</source>
        <translation>Do&amp;minios permitidos</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente puerto 465)</translation>
    </message>
    <message>
        <source>None — unencrypted (not recommended)</source>
        <translation>Ninguna — sin cifrar (no recomendado)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Where the application connects to send mail.</source>
        <translation>Dónde se conecta la aplicación para enviar correo.</translation>
    </message>
    <message>
        <source>smtp.example.com or ssl://smtp.example.com:465</source>
        <translation>smtp.example.com o ssl://smtp.example.com:465</translation>
    </message>
    <message>
        <source>&amp;Server (host)</source>
        <translation>&amp;Servidor (host)</translation>
    </message>
    <message>
        <source>The outgoing (SMTP) server name. You can paste ssl://host:465 or tls://host:587.</source>
        <translation>El nombre del servidor de correo saliente (SMTP). Puede pegar ssl://host:465 o tls://host:587.</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>S&amp;eguridad</translation>
    </message>
    <message>
        <source>How the connection is encrypted.</source>
        <translation>Cómo se cifra la conexión.</translation>
    </message>
    <message>
        <source>Usually left empty</source>
        <translation>Normalmente se deja vacío</translation>
    </message>
    <message>
        <source>Only if your IT department gave you one for a private mail server.</source>
        <translation>Solo si su departamento de informática le dio uno para un servidor de correo privado.</translation>
    </message>
    <message>
        <source>&amp;Company certificate (CA file)</source>
        <translation>&amp;Certificado de la empresa (archivo de CA)</translation>
    </message>
    <message>
        <source>Company certificate (CA file)</source>
        <translation>Certificado de la empresa (archivo de CA)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificados (*.pem *.crt *.cer)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Settings found by: %1 (trusted).</source>
        <translation>Configuración encontrada mediante: %1 (de confianza).</translation>
    </message>
    <message>
        <source>Settings found by: %1. Not confirmed: the server is outside your domain, and you chose to use it.</source>
        <translation>Configuración encontrada mediante: %1. Sin confirmar: el servidor está fuera de su dominio y usted eligió usarlo.</translation>
    </message>
    <message>
        <source>Settings from the built-in preset for %1 (trusted).</source>
        <translation>Configuración del ajuste predefinido de %1 (de confianza).</translation>
    </message>
    <message>
        <source>Settings from your saved setup.</source>
        <translation>Configuración de su configuración guardada.</translation>
    </message>
    <message>
        <source>Settings entered by you.</source>
        <translation>Configuración introducida por usted.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Server: %1, port %2, security %3</source>
        <translation>Servidor: %1, puerto %2, seguridad %3</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Inicio de sesión: %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Remitente: %1</translation>
    </message>
    <message>
        <source>Test: passed.</source>
        <translation>Prueba: superada.</translation>
    </message>
    <message>
        <source>Test: failed (%1).</source>
        <translation>Prueba: falló (%1).</translation>
    </message>
    <message>
        <source>Test: out of date. %1 Run the test again.</source>
        <translation>Prueba: desactualizada. %1 Vuelva a ejecutar la prueba.</translation>
    </message>
    <message>
        <source>Test: not run yet.</source>
        <translation>Prueba: todavía sin ejecutar.</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation>¿Guardar los cambios de «%1» antes de cerrar?</translation>
    </message>
    <message>
        <source>Save this setup before closing?</source>
        <translation>¿Guardar esta configuración antes de cerrar?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, what you typed here is lost.</source>
        <translation>Si no la guarda, se perderá lo que escribió aquí.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>No guardar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>New setup</source>
        <translation>Configuración nueva</translation>
    </message>
    <message>
        <source>The password is in the system keyring.</source>
        <translation>La contraseña está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The password is kept for this session only.</source>
        <translation>La contraseña se conserva solo durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Most servers only send mail for signed-in accounts.</source>
        <translation>La mayoría de los servidores solo envían correo de cuentas con sesión iniciada.</translation>
    </message>
    <message>
        <source>The server requires &amp;sign-in</source>
        <translation>El servidor exige &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>Often the full email address.</source>
        <translation>A menudo, la dirección de correo completa.</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Mos&amp;trar</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>The account&apos;s password or app password.</source>
        <translation>La contraseña de la cuenta o una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automático (recomendado)</translation>
    </message>
    <message>
        <source>Sign-in &amp;method</source>
        <translation>&amp;Método de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Allow sending the password unencrypted (only on a trusted internal network)</source>
        <translation>Permitir enviar la contraseña sin ci&amp;frar (solo en una red interna de confianza)</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Settings check</source>
        <translation>Comprobación de los ajustes</translation>
    </message>
    <message>
        <source>Server name lookup</source>
        <translation>Búsqueda del nombre del servidor</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Secure connection (SSL/TLS)</source>
        <translation>Conexión segura (SSL/TLS)</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Saludo del servidor</translation>
    </message>
    <message>
        <source>What the server offers (EHLO)</source>
        <translation>Lo que ofrece el servidor (EHLO)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>&quot;Send as&quot; permission</source>
        <translation>Permiso «enviar como»</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Mensaje de prueba</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconexión</translation>
    </message>
    <message>
        <source>Secure connection (STARTTLS)</source>
        <translation>Conexión segura (STARTTLS)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>✔ Found</source>
        <translation>✔ Encontrado</translation>
    </message>
    <message>
        <source>– Nothing found</source>
        <translation>– No se encontró nada</translation>
    </message>
    <message>
        <source>⚠ Couldn&apos;t check (DNS did not answer)</source>
        <translation>⚠ No se pudo comprobar (el DNS no respondió)</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No hace falta</translation>
    </message>
    <message>
        <source>Outgoing mail setup</source>
        <translation>Configuración del correo saliente</translation>
    </message>
    <message>
        <source>This wizard finds, tests and saves the outgoing mail (SMTP) settings for your application.</source>
        <translation>Este asistente encuentra, prueba y guarda la configuración del correo saliente (SMTP) de su aplicación.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>&amp;Which address should the application send from?</source>
        <translation>¿Desde qué dirección debe &amp;enviar la aplicación?</translation>
    </message>
    <message>
        <source>The email address your application&apos;s mail will come from.</source>
        <translation>La dirección de correo desde la que saldrá el correo de su aplicación.</translation>
    </message>
    <message>
        <source>Other / I&apos;ll enter the server myself</source>
        <translation>Otro / escribiré el servidor yo mismo</translation>
    </message>
    <message>
        <source>&amp;Mail provider</source>
        <translation>Proveedor de &amp;correo</translation>
    </message>
    <message>
        <source>Pick your provider to fill in its server settings.</source>
        <translation>Elija su proveedor para rellenar su configuración de servidor.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The language of this wizard. It changes at once.</source>
        <translation>El idioma de este asistente. Cambia al momento.</translation>
    </message>
    <message>
        <source>&amp;Find my settings</source>
        <translation>&amp;Buscar mi configuración</translation>
    </message>
    <message>
        <source>Look up the outgoing server for this address and check that it answers.</source>
        <translation>Busca el servidor de correo saliente de esta dirección y comprueba que responde.</translation>
    </message>
    <message>
        <source>S&amp;top looking</source>
        <translation>&amp;Dejar de buscar</translation>
    </message>
    <message>
        <source>Looking for settings</source>
        <translation>Buscando la configuración</translation>
    </message>
    <message>
        <source>Where we looked</source>
        <translation>Dónde hemos buscado</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>&amp;Usar este servidor</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Stopped. You can pick your provider in the Mail provider list, or try again.</source>
        <translation>Detenido. Puede elegir su proveedor en la lista Proveedor de correo, o volver a intentarlo.</translation>
    </message>
    <message>
        <source>Looking up the settings failed. Pick your provider in the Mail provider list.</source>
        <translation>No se pudo buscar la configuración. Elija su proveedor en la lista Proveedor de correo.</translation>
    </message>
    <message>
        <source>No settings found for this address. Pick your provider in the Mail provider list, or choose &quot;Other&quot; and enter the server your provider gives you.</source>
        <translation>No se encontró configuración para esta dirección. Elija su proveedor en la lista Proveedor de correo, o elija «Otro» e introduzca el servidor que le indique su proveedor.</translation>
    </message>
    <message>
        <source>Found %1, port %2, %3 (from: %4).</source>
        <translation>Encontrado %1, puerto %2, %3 (mediante: %4).</translation>
    </message>
    <message>
        <source>The next page is filled in with these settings.</source>
        <translation>La página siguiente ya está rellenada con esta configuración.</translation>
    </message>
    <message>
        <source>This server is outside your domain (%1), so it is not confirmed. Use it only if you know it belongs to your mail provider.</source>
        <translation>Este servidor está fuera de su dominio (%1), así que no está confirmado. Úselo solo si sabe que pertenece a su proveedor de correo.</translation>
    </message>
    <message>
        <source>Using it.</source>
        <translation>Se usará.</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Not used: SSL/TLS from the start</source>
        <translation>No se usa: SSL/TLS desde el principio</translation>
    </message>
    <message>
        <source>Not used: the connection is not encrypted</source>
        <translation>No se usa: la conexión no está cifrada</translation>
    </message>
    <message>
        <source>Sign-in is off</source>
        <translation>El inicio de sesión está desactivado</translation>
    </message>
    <message>
        <source>Not needed: the From address is the account&apos;s own</source>
        <translation>No hace falta: el remitente es la dirección de la propia cuenta</translation>
    </message>
    <message>
        <source>Not checked under this From policy</source>
        <translation>No se comprueba con esta política de remitente</translation>
    </message>
    <message>
        <source>Check without sending was chosen</source>
        <translation>Se eligió comprobar sin enviar</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>current step</source>
        <translation>paso actual</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>needs correcting</source>
        <translation>hay que corregirlo</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>aún sin ejecutar</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>aún no alcanzado</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Deliverability</source>
        <translation>Entregabilidad</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3.</source>
        <translation>Paso %1 de %2: %3.</translation>
    </message>
    <message>
        <source>Step %1 of %2.</source>
        <translation>Paso %1 de %2.</translation>
    </message>
    <message>
        <source>You are here.</source>
        <translation>Está aquí.</translation>
    </message>
    <message>
        <source>Press Enter to go to this step.</source>
        <translation>Pulse Intro para ir a este paso.</translation>
    </message>
    <message>
        <source>Not reached yet: use Next to get there.</source>
        <translation>Aún no alcanzado: use Siguiente para llegar.</translation>
    </message>
    <message>
        <source>Correct the steps before it first.</source>
        <translation>Corrija antes los pasos anteriores.</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>CRM and ERP</source>
        <translation>CRM y ERP</translation>
    </message>
    <message>
        <source>Web frameworks and web apps</source>
        <translation>Frameworks y aplicaciones web</translation>
    </message>
    <message>
        <source>Servers and tools</source>
        <translation>Servidores y herramientas</translation>
    </message>
    <message>
        <source>Other formats</source>
        <translation>Otros formatos</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Connect to the server and check every step, for real.</source>
        <translation>Conéctese al servidor y compruebe cada paso, de verdad.</translation>
    </message>
    <message>
        <source>Send a test message &amp;to:</source>
        <translation>Enviar un &amp;mensaje de prueba a:</translation>
    </message>
    <message>
        <source>Test message recipient</source>
        <translation>Destinatario del mensaje de prueba</translation>
    </message>
    <message>
        <source>Check &amp;without sending</source>
        <translation>Comprobar &amp;sin enviar</translation>
    </message>
    <message>
        <source>&amp;Run test</source>
        <translation>&amp;Ejecutar la prueba</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>&amp;Cancelar la prueba</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>Estado de la prueba</translation>
    </message>
    <message>
        <source>Changed by the fix</source>
        <translation>Cambiado por la solución</translation>
    </message>
    <message>
        <source>&amp;Undo fix</source>
        <translation>&amp;Deshacer la solución</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Pasos de la prueba</translation>
    </message>
    <message>
        <source>Save transcri&amp;pt…</source>
        <translation>Guardar la &amp;transcripción…</translation>
    </message>
    <message>
        <source>Copy for &amp;support</source>
        <translation>Copiar para el so&amp;porte</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <source>The test stopped because of an internal error.</source>
        <translation>La prueba se detuvo por un error interno.</translation>
    </message>
    <message>
        <source>Test passed: the server accepted everything.</source>
        <translation>Prueba superada: el servidor lo aceptó todo.</translation>
    </message>
    <message>
        <source>Out of date: %1 Run the test again.</source>
        <translation>Desactualizada: %1 Vuelva a ejecutar la prueba.</translation>
    </message>
    <message>
        <source>Mail from %1 to %2 would be accepted by %3; no message was sent.</source>
        <translation>%3 aceptaría el correo de %1 a %2; no se envió ningún mensaje.</translation>
    </message>
    <message>
        <source>Mail from %1 to %2 was accepted by %3; queued as %4.</source>
        <translation>%3 aceptó el correo de %1 a %2; en cola como %4.</translation>
    </message>
    <message>
        <source>Mail from %1 to %2 was accepted by %3, which replied: %4</source>
        <translation>%3 aceptó el correo de %1 a %2 y respondió: %4</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Send as %1 allowed</source>
        <translation>Enviar como %1: permitido</translation>
    </message>
    <message>
        <source>Send as %1</source>
        <translation>Enviar como %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Skipped — %1</source>
        <translation>Omitido — %1</translation>
    </message>
    <message>
        <source>Send as %1 refused after the message</source>
        <translation>Enviar como %1: rechazado tras el mensaje</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Ir a: %1</translation>
    </message>
    <message>
        <source>Apply fix: %1</source>
        <translation>Aplicar la solución: %1</translation>
    </message>
    <message>
        <source>Open in browser: %1</source>
        <translation>Abrir en el navegador: %1</translation>
    </message>
    <message>
        <source>Run the test again</source>
        <translation>Volver a ejecutar la prueba</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>From policy</source>
        <translation>Política de remitente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Reply-To: %1</source>
        <translation>Responder a (Reply-To): %1</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>La prueba falló: %1</translation>
    </message>
    <message>
        <source>Changed by the fix: %1</source>
        <translation>Cambiado por la solución: %1</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Guardar la transcripción</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Copied: transcript, app version and settings (no password).</source>
        <translation>Copiado: transcripción, versión de la aplicación y configuración (sin contraseña).</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>the name lookup timed out</source>
        <translation>la búsqueda del nombre agotó el tiempo</translation>
    </message>
    <message>
        <source>Trying {address}...</source>
        <translation>Probando {address}...</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>sin respuesta en {seconds} s</translation>
    </message>
    <message>
        <source>Connected to {address}</source>
        <translation>Conectado a {address}</translation>
    </message>
    <message>
        <source>no greeting within {seconds} s</source>
        <translation>sin saludo en {seconds} s</translation>
    </message>
    <message>
        <source>No greeting: trying a TLS handshake on the same port...</source>
        <translation>Sin saludo: probando una negociación TLS en el mismo puerto...</translation>
    </message>
    <message>
        <source>The port answered a TLS handshake: it expects SSL/TLS first.</source>
        <translation>El puerto respondió a una negociación TLS: espera SSL/TLS desde el principio.</translation>
    </message>
    <message>
        <source>EHLO did not list STARTTLS</source>
        <translation>EHLO no ofreció STARTTLS</translation>
    </message>
    <message>
        <source>the connection is not encrypted</source>
        <translation>la conexión no está cifrada</translation>
    </message>
    <message>
        <source>EHLO did not list AUTH</source>
        <translation>EHLO no ofreció AUTH</translation>
    </message>
    <message>
        <source>the server offers: {mechanisms}</source>
        <translation>el servidor ofrece: {mechanisms}</translation>
    </message>
    <message>
        <source>Warning: the server no longer offers the sign-in method {mechanism} that passed the last test of this setup; it now offers: {offered}.</source>
        <translation>Aviso: el servidor ya no ofrece el método de inicio de sesión {mechanism} con el que esta configuración pasó la última prueba; ahora ofrece: {offered}.</translation>
    </message>
    <message>
        <source>The From address {address} is the account&apos;s own: checking &apos;send as&apos; with another address of its domain, {probe}.</source>
        <translation>El remitente {address} es la dirección de la propia cuenta: se comprueba &apos;enviar como&apos; con otra dirección de su dominio, {probe}.</translation>
    </message>
    <message>
        <source>The envelope may use this sender; some servers (Exchange) refuse &apos;send as&apos; only after the message: send a test message to be sure.</source>
        <translation>El sobre puede usar este remitente; algunos servidores (Exchange) rechazan &apos;enviar como&apos; solo después del mensaje: envíe un mensaje de prueba para asegurarse.</translation>
    </message>
    <message>
        <source>EHLO did not list SMTPUTF8, needed for the address {address} (RFC 6531); nothing was sent for it</source>
        <translation>EHLO no incluyó SMTPUTF8, necesario para la dirección {address} (RFC 6531); no se envió nada para ella</translation>
    </message>
    <message>
        <source>QUIT not answered cleanly: {error}</source>
        <translation>QUIT no recibió una respuesta limpia: {error}</translation>
    </message>
    <message>
        <source>invalid setting: {field} ({error}); nothing was sent</source>
        <translation>ajuste no válido: {field} ({error}); no se envió nada</translation>
    </message>
    <message>
        <source>stopped after {seconds} s</source>
        <translation>detenido tras {seconds} s</translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation>Comprobación cancelada</translation>
    </message>
    <message>
        <source>(message body: {lines} lines, {bytes} bytes, not shown)</source>
        <translation>(cuerpo del mensaje: {lines} líneas, {bytes} bytes, no se muestra)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>SMTP transcript</source>
        <translation>Transcripción SMTP</translation>
    </message>
    <message>
        <source>Each line starts with -&gt; for what we sent, &lt;- for what the server sent, ~&gt; and &lt;~ inside encryption, === for notes and *** for errors.</source>
        <translation>Cada línea empieza con -&gt; para lo que enviamos, &lt;- para lo que envió el servidor, ~&gt; y &lt;~ dentro del cifrado, === para notas y *** para errores.</translation>
    </message>
    <message>
        <source>The test failed at the highlighted line: %1</source>
        <translation>La prueba falló en la línea resaltada: %1</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo del certificado de CA</translation>
    </message>
    <message>
        <source>CA certificate file contents</source>
        <translation>Contenido del archivo del certificado de CA</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unencrypted password permission</source>
        <translation>Permiso de contraseña sin cifrar</translation>
    </message>
    <message>
        <source>From policy</source>
        <translation>Política de remitente</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Dirección de remitente</translation>
    </message>
    <message>
        <source>Allowed domains</source>
        <translation>Dominios permitidos</translation>
    </message>
    <message>
        <source>Test recipient</source>
        <translation>Destinatario de la prueba</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <source>{field} changed since the last test.</source>
        <translation>Ha cambiado desde la última prueba: {field}.</translation>
    </message>
    <message>
        <source>Changed since the last test: {fields}.</source>
        <translation>Ha cambiado desde la última prueba: {fields}.</translation>
    </message>
</context>
</TS>
