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
        <source>Certificate presented by the server:</source>
        <translation>Certificado presentado por el servidor:</translation>
    </message>
    <message>
        <source>{label}, once you have checked it: run again with --pin {pin}</source>
        <translation>{label}, una vez comprobado: vuelva a ejecutar con --pin {pin}</translation>
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
        <source>main.py export: --profile and --format are required (or --list-formats)</source>
        <translation>main.py export: hacen falta --profile y --format (o --list-formats)</translation>
    </message>
    <message>
        <source>main.py import: the text is in no format this version reads; name it with --format (one of: {choices})</source>
        <translation>main.py import: el texto no está en ningún formato que esta versión lea; indíquelo con --format (uno de: {choices})</translation>
    </message>
    <message>
        <source>main.py import: the text could be {found}; name it with --format (one of: {choices})</source>
        <translation>main.py import: el texto podría ser {found}; indíquelo con --format (uno de: {choices})</translation>
    </message>
    <message>
        <source>main.py import: {message}</source>
        <translation>main.py import: {message}</translation>
    </message>
    <message>
        <source>main.py import: {path} could not be read: {reason}</source>
        <translation>main.py import: no se pudo leer {path}: {reason}</translation>
    </message>
    <message>
        <source>main.py import: {path} is not text (UTF-8): nothing was imported</source>
        <translation>main.py import: {path} no es texto (UTF-8): no se importó nada</translation>
    </message>
    <message>
        <source>main.py import: a saved setup is already called &quot;{name}&quot;: nothing was imported. Choose another name with --name.</source>
        <translation>main.py import: ya hay una configuración guardada llamada «{name}»: no se importó nada. Elija otro nombre con --name.</translation>
    </message>
    <message>
        <source>Imported &quot;{name}&quot; ({format}): {endpoint} ({security}){user}{sender}</source>
        <translation>Importada «{name}» ({format}): {endpoint} ({security}){user}{sender}</translation>
    </message>
    <message>
        <source>, from {address}</source>
        <translation>, desde {address}</translation>
    </message>
    <message>
        <source>The password was saved in the keyring.</source>
        <translation>La contraseña se guardó en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The text held no password: give it when you check (--password-stdin) or save it in the wizard.</source>
        <translation>El texto no contenía contraseña: indíquela al comprobar (--password-stdin) o guárdela en el asistente.</translation>
    </message>
    <message>
        <source>main.py import: &quot;{name}&quot; was saved, but its password was not: {reason} Save it in the wizard, or give it when you check (--password-stdin).</source>
        <translation>main.py import: «{name}» se guardó, pero su contraseña no: {reason} Guárdela en el asistente o indíquela al comprobar (--password-stdin).</translation>
    </message>
    <message>
        <source>main.py import: &quot;{name}&quot; was saved, but no usable keyring was found, so its password was not kept. Give it when you check (--password-stdin).</source>
        <translation>main.py import: «{name}» se guardó, pero no se encontró un llavero utilizable, así que su contraseña no se conservó. Indíquela al comprobar (--password-stdin).</translation>
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
        <source>SPF alignment is strict (aspf=s): the bounce address (envelope sender) must use exactly this domain, not a subdomain.</source>
        <translation>La alineación SPF es estricta (aspf=s): la dirección de rebote (remitente del sobre) debe usar exactamente este dominio, no un subdominio.</translation>
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
        <source>SPF: the list, published in your domain&apos;s DNS, of the servers allowed to send its mail.</source>
        <translation>SPF: la lista, publicada en el DNS de su dominio, de los servidores autorizados a enviar su correo.</translation>
    </message>
    <message>
        <source>DMARC: tells receivers what to do with mail that uses your domain but fails the SPF and DKIM (signature) checks.</source>
        <translation>DMARC: indica a los destinatarios qué hacer con el correo que usa su dominio pero no supera las comprobaciones SPF y DKIM (firma).</translation>
    </message>
    <message>
        <source>MX: the servers that receive mail for your domain.</source>
        <translation>MX: los servidores que reciben el correo de su dominio.</translation>
    </message>
    <message>
        <source>Blocklists: public lists of addresses known to send spam.</source>
        <translation>Listas de bloqueo: listas públicas de direcciones conocidas por enviar spam.</translation>
    </message>
    <message>
        <source>DNS record to publish (type TXT) at %1:</source>
        <translation>Registro DNS que publicar (tipo TXT) en %1:</translation>
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
        <source>This port needs SSL/TLS from the start</source>
        <translation>Este puerto necesita SSL/TLS desde el principio</translation>
    </message>
    <message>
        <source>Port {port} waits for an encrypted connection and stays silent otherwise. Choose &quot;SSL/TLS&quot; as the security for this port.</source>
        <translation>El puerto {port} espera una conexión cifrada y, si no la recibe, se queda en silencio. Elija «SSL/TLS» como seguridad para este puerto.</translation>
    </message>
    <message>
        <source>Switching to a secure connection failed</source>
        <translation>No se pudo pasar a una conexión segura</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>El certificado del servidor no es de confianza</translation>
    </message>
    <message>
        <source>No trusted authority signed the server&apos;s certificate: the server signed it itself, or your company&apos;s own authority did. If your IT department has one, select its certificate (CA file); otherwise someone may be intercepting the connection.</source>
        <translation>Ninguna autoridad de confianza firmó el certificado del servidor: lo firmó el propio servidor, o la autoridad propia de su empresa. Si su departamento de informática tiene una, seleccione su certificado (archivo CA); si no, alguien podría estar interceptando la conexión.</translation>
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
        <source>Port {port} starts unencrypted, so &quot;SSL/TLS&quot; (encrypted from the start) cannot work here. Use STARTTLS (encryption switched on after connecting) on this port, or SSL/TLS on port 465.</source>
        <translation>El puerto {port} empieza sin cifrar, así que «SSL/TLS» (cifrado desde el principio) no puede funcionar aquí. Use STARTTLS (el cifrado se activa después de conectar) en este puerto, o SSL/TLS en el puerto 465.</translation>
    </message>
    <message>
        <source>The server cannot switch to encryption (STARTTLS)</source>
        <translation>El servidor no puede pasar a una conexión cifrada (STARTTLS)</translation>
    </message>
    <message>
        <source>You chose STARTTLS (connect, then switch to encryption), but the server on port {port} does not offer it. We stopped before sending your password, so it never travelled unencrypted. Try SSL/TLS on port 465.</source>
        <translation>Eligió STARTTLS (conectar y después pasar a una conexión cifrada), pero el servidor del puerto {port} no lo ofrece. Nos detuvimos antes de enviar su contraseña, así que nunca viajó sin cifrar. Pruebe SSL/TLS en el puerto 465.</translation>
    </message>
    <message>
        <source>The server offered to switch to encryption (STARTTLS) but could not complete it. This is usually a temporary problem, or the server&apos;s encryption settings are broken.</source>
        <translation>El servidor ofreció pasar a una conexión cifrada (STARTTLS) pero no pudo completarlo. Suele ser un problema temporal, o la configuración de cifrado del servidor es defectuosa.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s CA certificate is not accepted</source>
        <translation>No se acepta el certificado de la CA de su organización</translation>
    </message>
    <message>
        <source>Your CA file was used, but strict checks (Python 3.13&apos;s default) refuse its CA: {defects}. Whoever runs the CA must re-issue it; until then you can trust this server&apos;s certificate by its fingerprint.</source>
        <translation>Se usó su archivo de CA, pero las comprobaciones estrictas (predeterminadas en Python 3.13) rechazan su CA: {defects}. Quien administre la CA debe volver a emitirla; mientras tanto, puede confiar en el certificado de este servidor por su huella.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation>El certificado del servidor ha cambiado</translation>
    </message>
    <message>
        <source>The server presented another certificate than the one this setup trusts, so the check stopped before signing in. Trust the new one only if the server&apos;s administrator confirms its fingerprint.</source>
        <translation>El servidor presentó un certificado distinto del que esta configuración considera de confianza, así que la comprobación se detuvo antes de iniciar sesión. Confíe en el nuevo solo si el administrador del servidor le confirma su huella.</translation>
    </message>
    <message>
        <source>The server only speaks an old version of the encryption protocol (TLS) that is no longer considered safe. Its administrator must enable TLS 1.2 or newer.</source>
        <translation>El servidor solo usa una versión antigua del protocolo de cifrado (TLS) que ya no se considera segura. Su administrador debe activar TLS 1.2 o posterior.</translation>
    </message>
    <message>
        <source>The server did not offer any way to sign in on this connection. Some servers offer it only after encryption; others (internal servers that pass on the local network&apos;s mail) do not need a password.</source>
        <translation>El servidor no ofreció ninguna forma de iniciar sesión en esta conexión. Algunos servidores solo la ofrecen tras cifrar la conexión; otros (servidores internos que reenvían el correo de la red local) no necesitan contraseña.</translation>
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
        <source>The server refused to pass mail on to {recipient} for us (&quot;relay denied&quot;). Servers pass mail on to other domains only for signed-in users or trusted networks: turn sign-in on, or ask the server&apos;s administrator to allow this computer.</source>
        <translation>El servidor se negó a hacer llegar el correo a {recipient} por nosotros («relay denied»). Los servidores solo reenvían correo a otros dominios para usuarios con sesión iniciada o redes de confianza: active el inicio de sesión o pida al administrador del servidor que permita este equipo.</translation>
    </message>
    <message>
        <source>The server answered with something that is not the mail protocol (SMTP). The port may belong to a different kind of service.</source>
        <translation>El servidor respondió con algo que no es el protocolo de correo (SMTP). Puede que el puerto pertenezca a otro tipo de servicio.</translation>
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
        <source>it is an old version 1 certificate, which cannot say that it is a CA</source>
        <translation>es un certificado antiguo de versión 1, que no puede indicar que es una CA</translation>
    </message>
    <message>
        <source>it has no Basic Constraints extension (CA:TRUE)</source>
        <translation>no tiene la extensión Basic Constraints (CA:TRUE)</translation>
    </message>
    <message>
        <source>its Basic Constraints say it is not a CA (CA:FALSE)</source>
        <translation>su Basic Constraints dice que no es una CA (CA:FALSE)</translation>
    </message>
    <message>
        <source>its Basic Constraints are not marked critical</source>
        <translation>su Basic Constraints no está marcada como crítica</translation>
    </message>
    <message>
        <source>it has no Key Usage extension</source>
        <translation>no tiene la extensión Key Usage</translation>
    </message>
    <message>
        <source>its Key Usage does not allow signing certificates (keyCertSign)</source>
        <translation>su Key Usage no permite firmar certificados (keyCertSign)</translation>
    </message>
    <message>
        <source>it has no Subject Key Identifier</source>
        <translation>no tiene Subject Key Identifier</translation>
    </message>
    <message>
        <source>the server certificate it issued has no Authority Key Identifier</source>
        <translation>el certificado de servidor que emitió no tiene Authority Key Identifier</translation>
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
        <source>&quot;security&quot; is ssl (implicit TLS), starttls or none.</source>
        <translation>«security» es ssl (TLS implícito), starttls o none.</translation>
    </message>
    <message>
        <source>SMTP_SECURITY is ssl (implicit TLS), starttls or none. Values are quoted so that a shell (. file), python-dotenv and Node&apos;s dotenv read them alike; a value no quoting keeps alike is written for the shell, and a note says so.</source>
        <translation>SMTP_SECURITY es ssl (TLS implícito), starttls o none. Los valores van entrecomillados para que un shell (. archivo), python-dotenv y dotenv de Node los lean igual; un valor que ninguna forma de entrecomillar mantiene igual se escribe para el shell, y una nota lo indica.</translation>
    </message>
    <message>
        <source>SMTP_SECURITY is ssl (implicit TLS), starttls or none. For python-dotenv (load_dotenv, dotenv_values; interpolate left on): a ${ in a value is written ${DOLLAR=:-$}{ so that it is not expanded.</source>
        <translation>SMTP_SECURITY es ssl (TLS implícito), starttls o none. Para python-dotenv (load_dotenv, dotenv_values; con interpolate activado): un ${ en un valor se escribe ${DOLLAR=:-$}{ para que no se expanda.</translation>
    </message>
    <message>
        <source>SMTP_SECURITY is ssl (implicit TLS), starttls or none. For Node&apos;s dotenv (config, parse) without dotenv-expand; a value it cannot read exactly is left out, and a note says so.</source>
        <translation>SMTP_SECURITY es ssl (TLS implícito), starttls o none. Para dotenv de Node (config, parse) sin dotenv-expand; un valor que no puede leer exactamente se omite, y una nota lo indica.</translation>
    </message>
    <message>
        <source>This format cannot carry a trusted certificate. The wizard&apos;s test trusted the server&apos;s certificate by its SHA-256 fingerprint {fingerprint}, not by a certificate authority: configure your application to accept that certificate (msmtp: tls_fingerprint; Nodemailer: a checkServerIdentity that compares fingerprint256), or its connection will fail where the wizard&apos;s test passed.</source>
        <translation>Este formato no puede incluir un certificado de confianza. La prueba del asistente confió en el certificado del servidor por su huella SHA-256 {fingerprint}, no por una autoridad de certificación: configure su aplicación para que acepte ese certificado (msmtp: tls_fingerprint; Nodemailer: un checkServerIdentity que compare fingerprint256), o su conexión fallará donde la prueba del asistente funcionó.</translation>
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
        <source>&amp;Include password</source>
        <translation>&amp;Incluir la contraseña</translation>
    </message>
    <message>
        <source>Warning: the export will contain the password in readable form. Store it like a password; a saved file is readable only by you.</source>
        <translation>Atención: la exportación contendrá la contraseña en texto legible. Guárdela como guardaría una contraseña; un archivo guardado solo lo puede leer usted.</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Cómo aplicarla</translation>
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
        <source>Where will you use these settings?</source>
        <translation>¿Dónde usará esta configuración?</translation>
    </message>
    <message>
        <source>Where will you &amp;use these settings?</source>
        <translation>¿Dónde &amp;usará esta configuración?</translation>
    </message>
    <message>
        <source>Files of the export</source>
        <translation>Archivos de la exportación</translation>
    </message>
    <message>
        <source>How to apply the settings</source>
        <translation>Cómo aplicar la configuración</translation>
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
        <source>Choose the sign-in method automatically</source>
        <translation>Elegir el método de inicio de sesión automáticamente</translation>
    </message>
    <message>
        <source>Send from the account&apos;s address, with replies to the user</source>
        <translation>Enviar desde la dirección de la cuenta, con las respuestas al usuario</translation>
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
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Confiar en el certificado nuevo</translation>
    </message>
    <message>
        <source>Only whoever runs your organisation&apos;s CA can re-issue it: CA:TRUE marked critical, keyCertSign, Subject and Authority Key Identifiers.</source>
        <translation>Solo quien administra la CA de su organización puede volver a emitirla: CA:TRUE marcada como crítica, keyCertSign, Subject y Authority Key Identifiers.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether its certificate was renewed, and compare the new fingerprint with theirs.</source>
        <translation>Pregunte al administrador del servidor si renovó su certificado y compare la huella nueva con la que él le dé.</translation>
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
        <source>Turn sign-in off (internal server, no password)</source>
        <translation>Desactivar el inicio de sesión (servidor interno, sin contraseña)</translation>
    </message>
    <message>
        <source>Select your company&apos;s certificate (CA file)</source>
        <translation>Seleccionar el certificado de su empresa (archivo CA)</translation>
    </message>
    <message>
        <source>How an administrator turns on sign-in (SMTP AUTH)</source>
        <translation>Cómo activa un administrador el inicio de sesión (SMTP AUTH)</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import settings</source>
        <translation>Importar configuración</translation>
    </message>
    <message>
        <source>&amp;Paste your application&apos;s mail settings (a .env, a DSN, an msmtprc, settings.py lines…), or open their file:</source>
        <translation>&amp;Pegue la configuración de correo de su aplicación (un .env, un DSN, un msmtprc, líneas de settings.py…) o abra su archivo:</translation>
    </message>
    <message>
        <source>Settings to import</source>
        <translation>Configuración que importar</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Format of the settings</source>
        <translation>Formato de la configuración</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Open settings file</source>
        <translation>Abrir archivo de configuración</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a settings file (text).</source>
        <translation>%1 no es un archivo de configuración (texto).</translation>
    </message>
    <message>
        <source>Paste the settings first, or open their file.</source>
        <translation>Pegue primero la configuración o abra su archivo.</translation>
    </message>
    <message>
        <source>These settings are in no format the wizard reads. Pick the format in the list if you know it.</source>
        <translation>Esta configuración no está en ningún formato que el asistente lea. Elija el formato en la lista si lo conoce.</translation>
    </message>
    <message>
        <source>These settings could be: %1. Pick the format in the list.</source>
        <translation>Esta configuración podría ser: %1. Elija el formato en la lista.</translation>
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
        <source>{field} must be a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>{field} debe ser una huella SHA-256 (64 dígitos hexadecimales)</translation>
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
        <source>&amp;Forget it</source>
        <translation>&amp;Olvidarlo</translation>
    </message>
    <message>
        <source>Forget the trusted certificate</source>
        <translation>Olvidar el certificado de confianza</translation>
    </message>
    <message>
        <source>Company certificate (CA file)</source>
        <translation>Certificado de la empresa (archivo de CA)</translation>
    </message>
    <message>
        <source>Trusted certificate (by its SHA-256 fingerprint, without a CA or name check): %1</source>
        <translation>Certificado de confianza (por su huella SHA-256, sin comprobar CA ni nombre): %1</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Server name</source>
        <translation>Nombre del &amp;servidor</translation>
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
        <source>Settings imported from %1.</source>
        <translation>Configuración importada de %1.</translation>
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
        <translation>Búsqueda del servidor</translation>
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
        <source>&amp;Import settings…</source>
        <translation>Im&amp;portar configuración…</translation>
    </message>
    <message>
        <source>Fill the wizard from an application&apos;s settings: paste them or open the file.</source>
        <translation>Rellena el asistente con la configuración de una aplicación: péguela o abra el archivo.</translation>
    </message>
    <message>
        <source>Imported from %1: %2, port %3, %4. The next pages are filled in.</source>
        <translation>Importado de %1: %2, puerto %3, %4. Las páginas siguientes ya están rellenadas.</translation>
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
    <message>
        <source>This text is not in the {format} format.</source>
        <translation>Este texto no está en el formato {format}.</translation>
    </message>
    <message>
        <source>No server name was found in the {format} text.</source>
        <translation>No se encontró el nombre del servidor en el texto de {format}.</translation>
    </message>
    <message>
        <source>The server name in the {format} text is not a valid host name.</source>
        <translation>El nombre del servidor en el texto de {format} no es un nombre de host válido.</translation>
    </message>
    <message>
        <source>The port in the {format} text is not a number from 1 to 65535.</source>
        <translation>El puerto en el texto de {format} no es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>These settings use STARTTLS only when the server offers it, and would send unencrypted otherwise. They were imported as STARTTLS, which the test requires; export them again to have the application insist on it too.</source>
        <translation>Esta configuración usa STARTTLS solo cuando el servidor lo ofrece y, si no, enviaría sin cifrar. Se ha importado como STARTTLS, que la prueba exige; expórtela de nuevo para que la aplicación también lo exija.</translation>
    </message>
    <message>
        <source>{format} has no setting for a CA file. Set openssl.cafile={path} in the php.ini the application runs with (a file holding that CA and the usual ones), or its connection will fail where the wizard&apos;s test passed.</source>
        <translation>{format} no tiene ningún ajuste para un archivo de CA. Ponga openssl.cafile={path} en el php.ini con el que se ejecuta la aplicación (un archivo con esa CA y las habituales), o su conexión fallará donde la prueba del asistente funcionó.</translation>
    </message>
    <message>
        <source>Django (settings.py)</source>
        <translation>Django (settings.py)</translation>
    </message>
    <message>
        <source>Django has no setting for a CA file (EMAIL_SSL_CERTFILE is a client certificate). Start the application with the environment variable SSL_CERT_FILE={path}, a file holding that CA and the usual ones, or its connection will fail where the wizard&apos;s test passed.</source>
        <translation>Django no tiene ningún ajuste para un archivo de CA (EMAIL_SSL_CERTFILE es un certificado de cliente). Inicie la aplicación con la variable de entorno SSL_CERT_FILE={path}, un archivo con esa CA y las habituales, o su conexión fallará donde la prueba del asistente funcionó.</translation>
    </message>
    <message>
        <source>The password has characters outside ASCII. Django signs in through Python&apos;s smtplib, which cannot send them: sign-in will fail until the password is changed.</source>
        <translation>La contraseña tiene caracteres fuera de ASCII. Django inicia sesión mediante smtplib de Python, que no puede enviarlos: el inicio de sesión fallará hasta que se cambie la contraseña.</translation>
    </message>
    <message>
        <source>EMAIL_USE_TLS is STARTTLS and EMAIL_USE_SSL is implicit TLS; never both.</source>
        <translation>EMAIL_USE_TLS es STARTTLS y EMAIL_USE_SSL es TLS implícito; nunca los dos.</translation>
    </message>
    <message>
        <source>Paste the lines at the end of your project&apos;s settings.py (or your settings module), replacing any EMAIL_ lines there.</source>
        <translation>Pegue las líneas al final del settings.py de su proyecto (o de su módulo de configuración), sustituyendo las líneas EMAIL_ que haya.</translation>
    </message>
    <message>
        <source>Without the password in the lines, set the environment variable EMAIL_HOST_PASSWORD for the application.</source>
        <translation>Si las líneas no llevan la contraseña, defina la variable de entorno EMAIL_HOST_PASSWORD para la aplicación.</translation>
    </message>
    <message>
        <source>Restart the application, then test with: python manage.py sendtestemail you@example.com</source>
        <translation>Reinicie la aplicación y pruebe con: python manage.py sendtestemail usted@example.com</translation>
    </message>
    <message>
        <source>Django before 4.2 does not check the server&apos;s certificate: upgrade.</source>
        <translation>Django anterior a 4.2 no comprueba el certificado del servidor: actualícelo.</translation>
    </message>
    <message>
        <source>Lines for settings.py</source>
        <translation>Líneas para settings.py</translation>
    </message>
    <message>
        <source>django-environ (EMAIL_URL)</source>
        <translation>django-environ (EMAIL_URL)</translation>
    </message>
    <message>
        <source>smtp+ssl:// is implicit TLS; smtp+tls:// is STARTTLS (so is smtps:// in django-environ); smtp:// is unencrypted.</source>
        <translation>smtp+ssl:// es TLS implícito; smtp+tls:// es STARTTLS (y también smtps:// en django-environ); smtp:// es sin cifrar.</translation>
    </message>
    <message>
        <source>Add the lines to the .env file your settings read.</source>
        <translation>Añada las líneas al archivo .env que lee su configuración.</translation>
    </message>
    <message>
        <source>In settings.py: env = environ.Env(); vars().update(env.email_url()); DEFAULT_FROM_EMAIL = env(&quot;DEFAULT_FROM_EMAIL&quot;)</source>
        <translation>En settings.py: env = environ.Env(); vars().update(env.email_url()); DEFAULT_FROM_EMAIL = env(&quot;DEFAULT_FROM_EMAIL&quot;)</translation>
    </message>
    <message>
        <source>Without the password in the URL, add it after the user name as user:password, percent-encoded.</source>
        <translation>Si la URL no lleva la contraseña, añádala tras el nombre de usuario como usuario:contraseña, con codificación por porcentaje.</translation>
    </message>
    <message>
        <source>Restart the application.</source>
        <translation>Reinicie la aplicación.</translation>
    </message>
    <message>
        <source>Lines for .env</source>
        <translation>Líneas para .env</translation>
    </message>
    <message>
        <source>URL / DSN (Symfony, Nodemailer)</source>
        <translation>URL / DSN (Symfony, Nodemailer)</translation>
    </message>
    <message>
        <source>Nodemailer reads neither require_tls nor auto_tls from a URL: for Nodemailer use its own export (requireTLS, ignoreTLS).</source>
        <translation>Nodemailer no lee require_tls ni auto_tls de una URL: para Nodemailer use su propia exportación (requireTLS, ignoreTLS).</translation>
    </message>
    <message>
        <source>Put the URL where your application takes a mail URL (for example MAILER_DSN or a transport URL).</source>
        <translation>Ponga la URL donde su aplicación acepta una URL de correo (por ejemplo MAILER_DSN o una URL de transporte).</translation>
    </message>
    <message>
        <source>Mail URL</source>
        <translation>URL de correo</translation>
    </message>
    <message>
        <source>Save the file as .env in your application&apos;s folder (or add its lines).</source>
        <translation>Guarde el archivo como .env en la carpeta de su aplicación (o añada sus líneas).</translation>
    </message>
    <message>
        <source>Have the application read SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_USER, SMTP_PASSWORD, SMTP_FROM and SMTP_CA_FILE.</source>
        <translation>Haga que la aplicación lea SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_USER, SMTP_PASSWORD, SMTP_FROM y SMTP_CA_FILE.</translation>
    </message>
    <message>
        <source>Environment file</source>
        <translation>Archivo de entorno</translation>
    </message>
    <message>
        <source>.env file</source>
        <translation>Archivo .env</translation>
    </message>
    <message>
        <source>.env file for python-dotenv</source>
        <translation>Archivo .env para python-dotenv</translation>
    </message>
    <message>
        <source>.env file for Node (dotenv)</source>
        <translation>Archivo .env para Node (dotenv)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save the file where your application or script reads its settings.</source>
        <translation>Guarde el archivo donde su aplicación o script lee su configuración.</translation>
    </message>
    <message>
        <source>Have it use host, port and security as written: ssl is implicit TLS, starttls must upgrade or stop.</source>
        <translation>Haga que use host, port y security tal como están: ssl es TLS implícito; starttls debe cifrar o detenerse.</translation>
    </message>
    <message>
        <source>Settings as JSON</source>
        <translation>Configuración en JSON</translation>
    </message>
    <message>
        <source>Laravel (.env)</source>
        <translation>Laravel (.env)</translation>
    </message>
    <message>
        <source>Laravel reads the value of {names} as true, false, null or empty however it is quoted, so it is left out. Set it in config/mail.php instead.</source>
        <translation>Laravel lee el valor de {names} como true, false, null o vacío lo entrecomille como lo entrecomille, así que se omite. Defínalo en config/mail.php.</translation>
    </message>
    <message>
        <source>MAIL_SCHEME=smtps is implicit TLS; smtp upgrades with STARTTLS when the server offers it, and config/mail.php makes it required. Laravel 11.36 and later ignore MAIL_ENCRYPTION.</source>
        <translation>MAIL_SCHEME=smtps es TLS implícito; smtp pasa a STARTTLS cuando el servidor lo ofrece, y config/mail.php lo hace obligatorio. Laravel 11.36 y posteriores ignoran MAIL_ENCRYPTION.</translation>
    </message>
    <message>
        <source>Replace the MAIL_ lines in your Laravel .env with these; delete any MAIL_ENCRYPTION line.</source>
        <translation>Sustituya las líneas MAIL_ del .env de Laravel por estas; borre cualquier línea MAIL_ENCRYPTION.</translation>
    </message>
    <message>
        <source>If there is a config/mail.php part, add that line to the smtp mailer in config/mail.php.</source>
        <translation>Si hay una parte para config/mail.php, añada esa línea al mailer smtp de config/mail.php.</translation>
    </message>
    <message>
        <source>Without the password in the lines, add MAIL_PASSWORD=&quot;...&quot; yourself.</source>
        <translation>Si las líneas no llevan la contraseña, añada usted MAIL_PASSWORD=&quot;...&quot;.</translation>
    </message>
    <message>
        <source>Run: php artisan config:clear</source>
        <translation>Ejecute: php artisan config:clear</translation>
    </message>
    <message>
        <source>Line for config/mail.php</source>
        <translation>Línea para config/mail.php</translation>
    </message>
    <message>
        <source>msmtp (msmtprc)</source>
        <translation>msmtp (msmtprc)</translation>
    </message>
    <message>
        <source>The password has a line break, which an msmtprc line cannot hold: the account reads it from the keyring instead.</source>
        <translation>La contraseña tiene un salto de línea, que una línea de msmtprc no puede contener: la cuenta la lee del llavero del sistema.</translation>
    </message>
    <message>
        <source>tls on with tls_starttls on is STARTTLS (required); tls_starttls off is implicit TLS; tls off is unencrypted.</source>
        <translation>tls on con tls_starttls on es STARTTLS (obligatorio); tls_starttls off es TLS implícito; tls off es sin cifrar.</translation>
    </message>
    <message>
        <source>Add the lines to ~/.msmtprc (or save them as that file) and make it readable only by you: chmod 600 ~/.msmtprc</source>
        <translation>Añada las líneas a ~/.msmtprc (o guárdelas como ese archivo) y haga que solo usted pueda leerlo: chmod 600 ~/.msmtprc</translation>
    </message>
    <message>
        <source>Without the password in the file, msmtp asks the system keyring for it (secret-tool): save the setup in the wizard first, on the same account.</source>
        <translation>Si el archivo no lleva la contraseña, msmtp la pide al llavero del sistema (secret-tool): guarde antes la configuración en el asistente, con la misma cuenta de usuario.</translation>
    </message>
    <message>
        <source>Test with: printf &apos;Subject: test\n\ntest\n&apos; | msmtp you@example.com</source>
        <translation>Pruebe con: printf &apos;Subject: test\n\ntest\n&apos; | msmtp usted@example.com</translation>
    </message>
    <message>
        <source>Account for ~/.msmtprc</source>
        <translation>Cuenta para ~/.msmtprc</translation>
    </message>
    <message>
        <source>Nodemailer (transport options)</source>
        <translation>Nodemailer (opciones de transporte)</translation>
    </message>
    <message>
        <source>Nodemailer wants the CA certificate itself, not its file name: start Node with NODE_EXTRA_CA_CERTS={path}, or set transport.tls.ca to the contents of that file, or its connection will fail where the wizard&apos;s test passed.</source>
        <translation>Nodemailer necesita el propio certificado de la CA, no el nombre del archivo: inicie Node con NODE_EXTRA_CA_CERTS={path} o ponga en transport.tls.ca el contenido de ese archivo, o su conexión fallará donde la prueba del asistente funcionó.</translation>
    </message>
    <message>
        <source>secure: true is implicit TLS; secure: false with requireTLS: true insists on STARTTLS; ignoreTLS: true keeps the connection unencrypted.</source>
        <translation>secure: true es TLS implícito; secure: false con requireTLS: true exige STARTTLS; ignoreTLS: true mantiene la conexión sin cifrar.</translation>
    </message>
    <message>
        <source>Save the file as smtp.json next to your code.</source>
        <translation>Guarde el archivo como smtp.json junto a su código.</translation>
    </message>
    <message>
        <source>In your code: const s = require(&apos;./smtp.json&apos;); const transporter = nodemailer.createTransport(s.transport, s.defaults);</source>
        <translation>En su código: const s = require(&apos;./smtp.json&apos;); const transporter = nodemailer.createTransport(s.transport, s.defaults);</translation>
    </message>
    <message>
        <source>Without the password in the file, set transport.auth.pass from your secret store or environment before createTransport.</source>
        <translation>Si el archivo no lleva la contraseña, ponga transport.auth.pass desde su almacén de secretos o el entorno antes de createTransport.</translation>
    </message>
    <message>
        <source>Transport options</source>
        <translation>Opciones de transporte</translation>
    </message>
    <message>
        <source>Postfix (relay through this server)</source>
        <translation>Postfix (reenviar a través de este servidor)</translation>
    </message>
    <message>
        <source>The server is an IP address, which Postfix cannot check a certificate against: the connection is encrypted (smtp_tls_security_level = encrypt), but the certificate is not checked. Use the server&apos;s name to have it checked.</source>
        <translation>El servidor es una dirección IP, con la que Postfix no puede comprobar un certificado: la conexión va cifrada (smtp_tls_security_level = encrypt), pero el certificado no se comprueba. Use el nombre del servidor para que se compruebe.</translation>
    </message>
    <message>
        <source>No encryption: Postfix sends mail, and the password, in plain text (smtp_tls_security_level = none).</source>
        <translation>Sin cifrado: Postfix envía el correo, y la contraseña, en texto plano (smtp_tls_security_level = none).</translation>
    </message>
    <message>
        <source>sasl_passwd cannot hold this user name or password (a colon in the user name, a line break, or spaces at either end): the line has the user name only. Add the sign-in by hand.</source>
        <translation>sasl_passwd no puede contener este nombre de usuario o esta contraseña (dos puntos en el usuario, un salto de línea o espacios en un extremo): la línea lleva solo el nombre de usuario. Añada el inicio de sesión a mano.</translation>
    </message>
    <message>
        <source>smtp_tls_security_level = secure checks the certificate, encrypt only encrypts; smtp_tls_wrappermode = yes is implicit TLS (port 465).</source>
        <translation>smtp_tls_security_level = secure comprueba el certificado, encrypt solo cifra; smtp_tls_wrappermode = yes es TLS implícito (puerto 465).</translation>
    </message>
    <message>
        <source>Add the main.cf lines to /etc/postfix/main.cf, replacing any line that sets the same name.</source>
        <translation>Añada las líneas de main.cf a /etc/postfix/main.cf, sustituyendo cualquier línea que defina el mismo nombre.</translation>
    </message>
    <message>
        <source>Put the sasl_passwd line in /etc/postfix/sasl_passwd; without the password in it, type the password after the colon.</source>
        <translation>Ponga la línea de sasl_passwd en /etc/postfix/sasl_passwd; si no lleva la contraseña, escríbala tras los dos puntos.</translation>
    </message>
    <message>
        <source>Run the commands as root: they protect the file, build its table and reload Postfix.</source>
        <translation>Ejecute los comandos como root: protegen el archivo, generan su tabla y recargan Postfix.</translation>
    </message>
    <message>
        <source>Postfix needs the package libsasl2-modules to sign in (Debian, Ubuntu).</source>
        <translation>Postfix necesita el paquete libsasl2-modules para iniciar sesión (Debian, Ubuntu).</translation>
    </message>
    <message>
        <source>Lines for /etc/postfix/main.cf</source>
        <translation>Líneas para /etc/postfix/main.cf</translation>
    </message>
    <message>
        <source>Line for /etc/postfix/sasl_passwd</source>
        <translation>Línea para /etc/postfix/sasl_passwd</translation>
    </message>
    <message>
        <source>Commands to apply (as root)</source>
        <translation>Comandos para aplicarlo (como root)</translation>
    </message>
    <message>
        <source>Symfony Mailer (MAILER_DSN)</source>
        <translation>Symfony Mailer (MAILER_DSN)</translation>
    </message>
    <message>
        <source>Symfony Mailer before 7.3 ignores require_tls=true: it still uses STARTTLS when the server offers it, but would send unencrypted if it did not.</source>
        <translation>Symfony Mailer anterior a 7.3 ignora require_tls=true: sigue usando STARTTLS cuando el servidor lo ofrece, pero enviaría sin cifrar si no lo ofreciera.</translation>
    </message>
    <message>
        <source>Symfony Mailer before 7.1 ignores auto_tls=false and switches to STARTTLS whenever the server offers it; the server&apos;s certificate must then be trusted.</source>
        <translation>Symfony Mailer anterior a 7.1 ignora auto_tls=false y pasa a STARTTLS siempre que el servidor lo ofrece; entonces el certificado del servidor debe ser de confianza.</translation>
    </message>
    <message>
        <source>smtps:// is implicit TLS; smtp:// with require_tls=true insists on STARTTLS; auto_tls=false keeps an unencrypted connection unencrypted.</source>
        <translation>smtps:// es TLS implícito; smtp:// con require_tls=true exige STARTTLS; auto_tls=false mantiene sin cifrar una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>Put the MAILER_DSN line in .env.local (or the server&apos;s environment).</source>
        <translation>Ponga la línea MAILER_DSN en .env.local (o en el entorno del servidor).</translation>
    </message>
    <message>
        <source>Put the mailer.yaml part in config/packages/mailer.yaml, so that mail goes out from the tested address.</source>
        <translation>Ponga la parte de mailer.yaml en config/packages/mailer.yaml, para que el correo salga desde la dirección probada.</translation>
    </message>
    <message>
        <source>Without the password in the DSN, add it after the user name as user:password, percent-encoded.</source>
        <translation>Si el DSN no lleva la contraseña, añádala tras el nombre de usuario como usuario:contraseña, con codificación por porcentaje.</translation>
    </message>
    <message>
        <source>Run: php bin/console cache:clear</source>
        <translation>Ejecute: php bin/console cache:clear</translation>
    </message>
    <message>
        <source>Line for .env.local</source>
        <translation>Línea para .env.local</translation>
    </message>
    <message>
        <source>Sender in mailer.yaml</source>
        <translation>Remitente en mailer.yaml</translation>
    </message>
    <message>
        <source>{app} has no setting for a CA file. Add {ca_file} to the trust store of the machine that runs it (Debian: copy it to /usr/local/share/ca-certificates/ with a .crt name and run update-ca-certificates), or it will refuse the server&apos;s certificate.</source>
        <translation>{app} no tiene ningún ajuste para un archivo de CA. Añada {ca_file} al almacén de confianza del equipo donde se ejecuta (Debian: cópielo en /usr/local/share/ca-certificates/ con extensión .crt y ejecute update-ca-certificates); si no, rechazará el certificado del servidor.</translation>
    </message>
    <message>
        <source>{app} has no setting for a CA file. Add {ca_file} to the system trust store (Debian: update-ca-certificates), or start {app} with SSL_CERT_FILE={ca_file} (which then replaces the system store).</source>
        <translation>{app} no tiene ningún ajuste para un archivo de CA. Añada {ca_file} al almacén de confianza del sistema (Debian: update-ca-certificates) o inicie {app} con SSL_CERT_FILE={ca_file} (que entonces sustituye al almacén del sistema).</translation>
    </message>
    <message>
        <source>The value of {key} has characters {app}&apos;s file cannot hold exactly (a line break or a control character): it is left out; set it by hand.</source>
        <translation>El valor de {key} contiene caracteres que el archivo de {app} no puede guardar tal cual (un salto de línea o un carácter de control): se ha omitido; configúrelo a mano.</translation>
    </message>
    <message>
        <source>{app} uses STARTTLS only when the server offers it and goes on unencrypted otherwise; it cannot be told to insist. Imported as STARTTLS, which the test requires.</source>
        <translation>{app} usa STARTTLS solo cuando el servidor lo ofrece y, si no, continúa sin cifrar; no se le puede exigir. Se ha importado como STARTTLS, que la prueba exige.</translation>
    </message>
    <message>
        <source>The password is not included (you did not ask for it): type it in {app} after applying these settings.</source>
        <translation>La contraseña no está incluida (no la pidió): escríbala en {app} después de aplicar estos ajustes.</translation>
    </message>
    <message>
        <source>No encryption: {app} sends the password and every message in plain text.</source>
        <translation>Sin cifrado: {app} envía la contraseña y cada mensaje en texto plano.</translation>
    </message>
    <message>
        <source>This does not look like {app} mail settings.</source>
        <translation>Esto no parece una configuración de correo de {app}.</translation>
    </message>
    <message>
        <source>The {app} settings name no mail server.</source>
        <translation>La configuración de {app} no indica ningún servidor de correo.</translation>
    </message>
    <message>
        <source>{app} setting {key} has a value it does not accept: {value}</source>
        <translation>El ajuste {key} de {app} tiene un valor que no admite: {value}</translation>
    </message>
    <message>
        <source>These settings log in without encryption. The test will not send the password in plain text unless you allow it on the Sign-in page.</source>
        <translation>Esta configuración inicia sesión sin cifrado. La prueba no enviará la contraseña en texto plano salvo que lo permita en la página «Inicio de sesión».</translation>
    </message>
    <message>
        <source>The password has characters {app}&apos;s configuration file cannot hold together (a backtick with a quote at the end or a line break): it is left out; set it through the environment instead.</source>
        <translation>La contraseña contiene caracteres que el archivo de configuración de {app} no puede guardar juntos (un acento grave con una comilla al final, o un salto de línea): se ha omitido; defínala mediante el entorno.</translation>
    </message>
    <message>
        <source>CiviCRM</source>
        <translation>CiviCRM</translation>
    </message>
    <message>
        <source>smtpServer ssl://host is implicit TLS; a bare host gets STARTTLS only when logging in and only if offered. tls:// would also mean implicit TLS here.</source>
        <translation>smtpServer ssl://host es TLS implícito; un host sin prefijo solo usa STARTTLS al iniciar sesión y solo si se ofrece. Aquí tls:// también significaría TLS implícito.</translation>
    </message>
    <message>
        <source>With cv: save the JSON as mailing_backend.json and run cv setting:set --in=json &lt; mailing_backend.json in the site&apos;s folder.</source>
        <translation>Con cv: guarde el JSON como mailing_backend.json y ejecute cv setting:set --in=json &lt; mailing_backend.json en la carpeta del sitio.</translation>
    </message>
    <message>
        <source>Or in the form: Administer &gt; System Settings &gt; Outbound Email, choose SMTP and copy the values of the JSON into the fields of the same meaning.</source>
        <translation>O en el formulario: Administrar &gt; Configuración del sistema &gt; Correo saliente, elija SMTP y copie los valores del JSON en los campos equivalentes.</translation>
    </message>
    <message>
        <source>Or, to fix the settings for good, add the PHP lines to civicrm.settings.php (the form then shows them read-only).</source>
        <translation>O, para fijar la configuración de forma permanente, añada las líneas PHP a civicrm.settings.php (el formulario las mostrará entonces en solo lectura).</translation>
    </message>
    <message>
        <source>Type the password in the Outbound Email form and click Save &amp; Send Test Email: the form stores it encrypted when CIVICRM_CRED_KEYS is set.</source>
        <translation>Escriba la contraseña en el formulario de correo saliente y pulse «Guardar y enviar correo de prueba»: el formulario la guarda cifrada si CIVICRM_CRED_KEYS está definido.</translation>
    </message>
    <message>
        <source>mailing_backend for cv setting:set --in=json</source>
        <translation>mailing_backend para cv setting:set --in=json</translation>
    </message>
    <message>
        <source>Override for civicrm.settings.php</source>
        <translation>Ajuste fijo para civicrm.settings.php</translation>
    </message>
    <message>
        <source>CiviCRM cannot require STARTTLS: it upgrades only if the server offers it, so an attacker who removes the offer gets the password in plain text. Use implicit TLS (port 465) if the server has it.</source>
        <translation>CiviCRM no puede exigir STARTTLS: solo cifra si el servidor lo ofrece, así que un atacante que elimine esa oferta obtiene la contraseña en texto plano. Use TLS implícito (puerto 465) si el servidor lo admite.</translation>
    </message>
    <message>
        <source>Without a login CiviCRM never uses STARTTLS: its mail goes in plain text. Use implicit TLS (port 465) if the server has it.</source>
        <translation>Sin inicio de sesión, CiviCRM nunca usa STARTTLS: su correo viaja en texto plano. Use TLS implícito (puerto 465) si el servidor lo admite.</translation>
    </message>
    <message>
        <source>CiviCRM cannot turn encryption off while logging in: it uses STARTTLS whenever the server offers it.</source>
        <translation>CiviCRM no puede desactivar el cifrado cuando inicia sesión: usa STARTTLS siempre que el servidor lo ofrece.</translation>
    </message>
    <message>
        <source>cv stores the password as plain text in the database; save the Outbound Email form once to store it encrypted.</source>
        <translation>cv guarda la contraseña en texto plano en la base de datos; guarde una vez el formulario de correo saliente para que quede cifrada.</translation>
    </message>
    <message>
        <source>CiviCRM keeps sender addresses apart: add {address} under Administer &gt; Communications &gt; FROM Email Addresses.</source>
        <translation>CiviCRM gestiona los remitentes aparte: añada {address} en Administrar &gt; Comunicaciones &gt; Direcciones de correo del remitente (FROM).</translation>
    </message>
    <message>
        <source>In CiviCRM tls:// means implicit TLS (as ssl://), not STARTTLS: imported as implicit TLS.</source>
        <translation>En CiviCRM, tls:// significa TLS implícito (como ssl://), no STARTTLS: se ha importado como TLS implícito.</translation>
    </message>
    <message>
        <source>The password is encrypted with the site&apos;s CIVICRM_CRED_KEYS and cannot be read here: type it before the test.</source>
        <translation>La contraseña está cifrada con las CIVICRM_CRED_KEYS del sitio y no se puede leer aquí: escríbala antes de la prueba.</translation>
    </message>
    <message>
        <source>coreBOS</source>
        <translation>coreBOS</translation>
    </message>
    <message>
        <source>Server Name ssl://host:port is implicit TLS, tls://host:port is STARTTLS (required); coreBOS reads the port only from there and takes STARTTLS whenever offered.</source>
        <translation>En el nombre del servidor, ssl://host:puerto es TLS implícito y tls://host:puerto es STARTTLS (obligatorio); coreBOS solo lee el puerto de ahí y usa STARTTLS siempre que se ofrece.</translation>
    </message>
    <message>
        <source>In coreBOS, open Settings &gt; Outgoing Server and click Edit.</source>
        <translation>En coreBOS, abra Configuración &gt; Servidor de correo saliente y pulse Editar.</translation>
    </message>
    <message>
        <source>Copy each value of the form fields into the field of the same name; the Server Name keeps its ssl:// or tls:// prefix and its :port.</source>
        <translation>Copie cada valor de los campos del formulario en el campo del mismo nombre; el nombre del servidor conserva su prefijo ssl:// o tls:// y su :puerto.</translation>
    </message>
    <message>
        <source>Click Save: coreBOS first sends a test message to your user&apos;s address and saves nothing if that fails.</source>
        <translation>Pulse Guardar: coreBOS envía primero un mensaje de prueba a la dirección de su usuario y no guarda nada si falla.</translation>
    </message>
    <message>
        <source>For automation instead, run the SQL on the coreBOS database (it updates the outgoing server row, or adds it if there is none).</source>
        <translation>Para automatizarlo, ejecute en su lugar el SQL en la base de datos de coreBOS (actualiza la fila del servidor de correo saliente o la añade si no existe).</translation>
    </message>
    <message>
        <source>Outgoing Server form fields</source>
        <translation>Campos del formulario «Servidor de correo saliente»</translation>
    </message>
    <message>
        <source>SQL for automation (vtiger_systems)</source>
        <translation>SQL para automatizar (vtiger_systems)</translation>
    </message>
    <message>
        <source>The value of {key} has a line break, which the form cannot take: it is only in the SQL.</source>
        <translation>El valor de {key} contiene un salto de línea, que el formulario no admite: solo figura en el SQL.</translation>
    </message>
    <message>
        <source>coreBOS cannot turn encryption off: its PHPMailer switches to STARTTLS whenever the server offers it, and then fails if the server&apos;s certificate is not trusted.</source>
        <translation>coreBOS no puede desactivar el cifrado: su PHPMailer pasa a STARTTLS siempre que el servidor lo ofrece, y entonces falla si el certificado del servidor no es de confianza.</translation>
    </message>
    <message>
        <source>coreBOS&apos;s mailer does not accept the server name {host} (only letters, digits, dots and dashes): use its IP address or another name.</source>
        <translation>El módulo de correo de coreBOS no acepta el nombre de servidor {host} (solo letras, dígitos, puntos y guiones): use su dirección IP u otro nombre.</translation>
    </message>
    <message>
        <source>From Email is left empty: coreBOS then sends as each user&apos;s own address, so the server must let the login send as all of them.</source>
        <translation>El campo «Email From» queda vacío: coreBOS envía entonces con la dirección de cada usuario, así que el servidor debe permitir que la cuenta envíe como todos ellos.</translation>
    </message>
    <message>
        <source>coreBOS has no field for the sender name: it uses each user&apos;s name.</source>
        <translation>coreBOS no tiene campo para el nombre del remitente: usa el nombre de cada usuario.</translation>
    </message>
    <message>
        <source>coreBOS was set not to check the server&apos;s certificate ({value}); the test checks it.</source>
        <translation>coreBOS estaba configurado para no comprobar el certificado del servidor ({value}); la prueba sí lo comprueba.</translation>
    </message>
    <message>
        <source>Only the first of several servers was imported.</source>
        <translation>Solo se importó el primero de varios servidores.</translation>
    </message>
    <message>
        <source>Gitea / Forgejo (app.ini)</source>
        <translation>Gitea / Forgejo (app.ini)</translation>
    </message>
    <message>
        <source>PROTOCOL smtps is implicit TLS, smtp+starttls is STARTTLS (plain text if not offered), smtp is none.</source>
        <translation>PROTOCOL smtps es TLS implícito, smtp+starttls es STARTTLS (texto plano si no se ofrece) y smtp es sin cifrado.</translation>
    </message>
    <message>
        <source>Open app.ini (often /etc/gitea/app.ini or custom/conf/app.ini) and replace the [mailer] section with these lines.</source>
        <translation>Abra app.ini (a menudo /etc/gitea/app.ini o custom/conf/app.ini) y sustituya la sección [mailer] por estas líneas.</translation>
    </message>
    <message>
        <source>Without PASSWD in the lines, add PASSWD = `your password` (backticks keep # and ; in it), or set GITEA__mailer__PASSWD in the container environment.</source>
        <translation>Si las líneas no incluyen PASSWD, añada PASSWD = `su contraseña` (los acentos graves conservan # y ;), o defina GITEA__mailer__PASSWD en el entorno del contenedor.</translation>
    </message>
    <message>
        <source>Restart Gitea and send a test from Site Administration &gt; Configuration &gt; Mailer Configuration.</source>
        <translation>Reinicie Gitea y envíe una prueba desde Administración del sitio &gt; Configuración &gt; Configuración del correo.</translation>
    </message>
    <message>
        <source>app.ini [mailer] section</source>
        <translation>Sección [mailer] de app.ini</translation>
    </message>
    <message>
        <source>Gitea cannot require STARTTLS: if the server stops offering it, Gitea only logs a warning and sends in plain text.</source>
        <translation>Gitea no puede exigir STARTTLS: si el servidor deja de ofrecerlo, Gitea solo registra un aviso y envía en texto plano.</translation>
    </message>
    <message>
        <source>Gitea was set to trust any certificate (FORCE_TRUST_SERVER_CERT); the test checks it.</source>
        <translation>Gitea estaba configurado para aceptar cualquier certificado (FORCE_TRUST_SERVER_CERT); la prueba sí lo comprueba.</translation>
    </message>
    <message>
        <source>GitLab (gitlab.rb)</source>
        <translation>GitLab (gitlab.rb)</translation>
    </message>
    <message>
        <source>smtp_tls is implicit TLS; smtp_enable_starttls_auto is STARTTLS when the server offers it; both false is none.</source>
        <translation>smtp_tls es TLS implícito; smtp_enable_starttls_auto es STARTTLS cuando el servidor lo ofrece; ambos en false es sin cifrado.</translation>
    </message>
    <message>
        <source>Add the lines to /etc/gitlab/gitlab.rb (replace any smtp_ lines already there).</source>
        <translation>Añada las líneas a /etc/gitlab/gitlab.rb (sustituya las líneas smtp_ que ya existan).</translation>
    </message>
    <message>
        <source>Without the password in the lines, store it encrypted: sudo gitlab-rake gitlab:smtp:secret:edit EDITOR=editor, with user_name: and password: lines, and remove the smtp_user_name line.</source>
        <translation>Si las líneas no incluyen la contraseña, guárdela cifrada: sudo gitlab-rake gitlab:smtp:secret:edit EDITOR=editor, con las líneas user_name: y password:, y quite la línea smtp_user_name.</translation>
    </message>
    <message>
        <source>Run sudo gitlab-ctl reconfigure.</source>
        <translation>Ejecute sudo gitlab-ctl reconfigure.</translation>
    </message>
    <message>
        <source>Test from sudo gitlab-rails console: Notify.test_email(&apos;you@example.com&apos;, &apos;Test&apos;, &apos;Body&apos;).deliver_now</source>
        <translation>Pruebe desde sudo gitlab-rails console: Notify.test_email(&apos;usted@example.com&apos;, &apos;Prueba&apos;, &apos;Cuerpo&apos;).deliver_now</translation>
    </message>
    <message>
        <source>gitlab.rb lines</source>
        <translation>Líneas para gitlab.rb</translation>
    </message>
    <message>
        <source>GitLab&apos;s smtp_enable_starttls_auto uses STARTTLS only when the server offers it: a connection where the offer is removed goes on in plain text, password included.</source>
        <translation>smtp_enable_starttls_auto de GitLab solo usa STARTTLS cuando el servidor lo ofrece: una conexión en la que se elimina esa oferta continúa en texto plano, contraseña incluida.</translation>
    </message>
    <message>
        <source>GitLab was set not to check the certificate (smtp_openssl_verify_mode &apos;none&apos;); the test checks it.</source>
        <translation>GitLab estaba configurado para no comprobar el certificado (smtp_openssl_verify_mode &apos;none&apos;); la prueba sí lo comprueba.</translation>
    </message>
    <message>
        <source>Grafana (grafana.ini)</source>
        <translation>Grafana (grafana.ini)</translation>
    </message>
    <message>
        <source>Implicit TLS on port 465 only; on other ports startTLS_policy decides: MandatoryStartTLS or NoStartTLS.</source>
        <translation>TLS implícito solo en el puerto 465; en los demás puertos decide startTLS_policy: MandatoryStartTLS o NoStartTLS.</translation>
    </message>
    <message>
        <source>Open grafana.ini (often /etc/grafana/grafana.ini) and replace the [smtp] section with these lines.</source>
        <translation>Abra grafana.ini (a menudo /etc/grafana/grafana.ini) y sustituya la sección [smtp] por estas líneas.</translation>
    </message>
    <message>
        <source>Without the password in the lines, set GF_SMTP_PASSWORD in Grafana&apos;s environment (or add password = `your password`).</source>
        <translation>Si las líneas no incluyen la contraseña, defina GF_SMTP_PASSWORD en el entorno de Grafana (o añada password = `su contraseña`).</translation>
    </message>
    <message>
        <source>Restart Grafana and send a test from a contact point (Alerting &gt; Contact points &gt; Test).</source>
        <translation>Reinicie Grafana y envíe una prueba desde un punto de contacto (Alertas &gt; Puntos de contacto &gt; Probar).</translation>
    </message>
    <message>
        <source>grafana.ini [smtp] section</source>
        <translation>Sección [smtp] de grafana.ini</translation>
    </message>
    <message>
        <source>Grafana uses implicit TLS on port 465 and only there: with port {port} it will not connect the way you tested.</source>
        <translation>Grafana usa TLS implícito en el puerto 465 y solo ahí: con el puerto {port} no se conectará como en la prueba.</translation>
    </message>
    <message>
        <source>Grafana was set to STARTTLS only when offered (OpportunisticStartTLS): imported as STARTTLS, which the test requires.</source>
        <translation>Grafana estaba configurado para usar STARTTLS solo cuando se ofrece (OpportunisticStartTLS): se ha importado como STARTTLS, que la prueba exige.</translation>
    </message>
    <message>
        <source>Grafana was set not to check the certificate (skip_verify); the test checks it.</source>
        <translation>Grafana estaba configurado para no comprobar el certificado (skip_verify); la prueba sí lo comprueba.</translation>
    </message>
    <message>
        <source>Nextcloud</source>
        <translation>Nextcloud</translation>
    </message>
    <message>
        <source>mail_smtpsecure &apos;ssl&apos; is implicit TLS; empty means STARTTLS when the server offers it (and implicit TLS on port 465).</source>
        <translation>mail_smtpsecure &apos;ssl&apos; es TLS implícito; vacío significa STARTTLS cuando el servidor lo ofrece (y TLS implícito en el puerto 465).</translation>
    </message>
    <message>
        <source>Save the PHP file as config/smtp.config.php in the Nextcloud folder, owned by the web server user (Nextcloud merges every config/*.config.php).</source>
        <translation>Guarde el archivo PHP como config/smtp.config.php en la carpeta de Nextcloud, con el usuario del servidor web como propietario (Nextcloud combina todos los config/*.config.php).</translation>
    </message>
    <message>
        <source>Or run the occ commands in the Nextcloud folder as the web server user (for example sudo -u www-data).</source>
        <translation>O ejecute los comandos occ en la carpeta de Nextcloud como usuario del servidor web (por ejemplo, sudo -u www-data).</translation>
    </message>
    <message>
        <source>Type the password in Administration settings &gt; Basic settings &gt; Email server if it is not included, and click Send email to test.</source>
        <translation>Si la contraseña no está incluida, escríbala en Configuración de administración &gt; Configuración básica &gt; Servidor de correo, y pulse «Enviar correo» para probar.</translation>
    </message>
    <message>
        <source>config/smtp.config.php</source>
        <translation>config/smtp.config.php</translation>
    </message>
    <message>
        <source>occ commands</source>
        <translation>Comandos occ</translation>
    </message>
    <message>
        <source>Nextcloud cannot require STARTTLS: it upgrades when the server offers it and otherwise sends in plain text.</source>
        <translation>Nextcloud no puede exigir STARTTLS: cifra cuando el servidor lo ofrece y, si no, envía en texto plano.</translation>
    </message>
    <message>
        <source>Nextcloud cannot turn encryption off: it uses STARTTLS whenever the server offers it, and then fails if the certificate is not trusted.</source>
        <translation>Nextcloud no puede desactivar el cifrado: usa STARTTLS siempre que el servidor lo ofrece, y entonces falla si el certificado no es de confianza.</translation>
    </message>
    <message>
        <source>On port 465 Nextcloud always uses implicit TLS, whatever the setting.</source>
        <translation>En el puerto 465, Nextcloud usa siempre TLS implícito, sea cual sea el ajuste.</translation>
    </message>
    <message>
        <source>Nextcloud always sends from one address ({address}).</source>
        <translation>Nextcloud envía siempre desde una única dirección ({address}).</translation>
    </message>
    <message>
        <source>Nextcloud takes the sender name from its theming settings (Administration settings &gt; Theming &gt; Name), not from these settings.</source>
        <translation>Nextcloud toma el nombre del remitente de su configuración de tema (Configuración de administración &gt; Tema &gt; Nombre), no de estos ajustes.</translation>
    </message>
    <message>
        <source>Nextcloud uses STARTTLS when the server offers it: imported as STARTTLS, which the test requires.</source>
        <translation>Nextcloud usa STARTTLS cuando el servidor lo ofrece: se ha importado como STARTTLS, que la prueba exige.</translation>
    </message>
    <message>
        <source>Odoo 17/18</source>
        <translation>Odoo 17/18</translation>
    </message>
    <message>
        <source>smtp_encryption ssl is implicit TLS, starttls is STARTTLS (required), none is plain text; Odoo 17/18 do not check the certificate.</source>
        <translation>smtp_encryption ssl es TLS implícito, starttls es STARTTLS (obligatorio) y none es texto plano; Odoo 17/18 no comprueban el certificado.</translation>
    </message>
    <message>
        <source>In Odoo, open Settings &gt; Technical &gt; Outgoing Mail Servers (developer mode), create a server with the values of the record and click Test Connection.</source>
        <translation>En Odoo, abra Ajustes &gt; Técnico &gt; Servidores de correo saliente (modo desarrollador), cree un servidor con los valores del registro y pulse «Probar conexión».</translation>
    </message>
    <message>
        <source>Or run the Python script: it asks for the Odoo address, database, login and API key, creates the server and tests the connection.</source>
        <translation>O ejecute el script de Python: pide la dirección de Odoo, la base de datos, el usuario y la clave de API, crea el servidor y prueba la conexión.</translation>
    </message>
    <message>
        <source>Or put the XML record in a module&apos;s data files, or the odoo.conf lines under [options] and restart Odoo (used when no mail server record exists).</source>
        <translation>O ponga el registro XML en los archivos de datos de un módulo, o las líneas de odoo.conf bajo [options], y reinicie Odoo (se usan cuando no existe ningún servidor de correo registrado).</translation>
    </message>
    <message>
        <source>ir.mail_server data record (XML)</source>
        <translation>Registro de datos ir.mail_server (XML)</translation>
    </message>
    <message>
        <source>XML-RPC script that creates the server</source>
        <translation>Script XML-RPC que crea el servidor</translation>
    </message>
    <message>
        <source>odoo.conf lines</source>
        <translation>Líneas para odoo.conf</translation>
    </message>
    <message>
        <source>Some values have characters the XML record or odoo.conf cannot hold exactly (a line break or a control character): they are only in the Python script.</source>
        <translation>Algunos valores contienen caracteres que el registro XML u odoo.conf no pueden guardar tal cual (un salto de línea o un carácter de control): solo figuran en el script de Python.</translation>
    </message>
    <message>
        <source>Odoo 17 and 18 encrypt but never check the server&apos;s certificate: anyone in between can pose as the server. On Odoo 19 choose the encryption ending in &quot;with validation&quot; ({value}_strict).</source>
        <translation>Odoo 17 y 18 cifran pero nunca comprueban el certificado del servidor: cualquiera que se interponga puede hacerse pasar por el servidor. En Odoo 19 elija el cifrado que termina en «con validación» ({value}_strict).</translation>
    </message>
    <message>
        <source>odoo.conf has no implicit TLS (its smtp_ssl means STARTTLS): use the mail server record.</source>
        <translation>odoo.conf no admite TLS implícito (su smtp_ssl significa STARTTLS): use el registro del servidor de correo.</translation>
    </message>
    <message>
        <source>Odoo has no setting for a CA file ({ca_file}); versions 17 and 18 do not check certificates at all.</source>
        <translation>Odoo no tiene ningún ajuste para un archivo de CA ({ca_file}); las versiones 17 y 18 no comprueban ningún certificado.</translation>
    </message>
    <message>
        <source>Odoo cannot log in with this password: it logs in through Python&apos;s smtplib, which accepts only ASCII characters in passwords. Use a password without accents or symbols such as €.</source>
        <translation>Odoo no puede iniciar sesión con esta contraseña: lo hace mediante smtplib de Python, que solo admite caracteres ASCII en las contraseñas. Use una contraseña sin tildes ni símbolos como €.</translation>
    </message>
    <message>
        <source>from_filter lets this server send only as {address}: set Odoo&apos;s default sender (Settings &gt; Technical &gt; Alias Domains, Default From) to the same address.</source>
        <translation>from_filter solo permite a este servidor enviar como {address}: configure el remitente predeterminado de Odoo (Ajustes &gt; Técnico &gt; Dominios de alias, «Remitente predeterminado») con la misma dirección.</translation>
    </message>
    <message>
        <source>Odoo has no sender name in the mail server: it uses the name of the user or company that sends.</source>
        <translation>Odoo no guarda un nombre de remitente en el servidor de correo: usa el nombre del usuario o de la empresa que envía.</translation>
    </message>
    <message>
        <source>The server logs in with a client certificate, which the test cannot use: it tries without.</source>
        <translation>El servidor inicia sesión con un certificado de cliente, que la prueba no puede usar: lo intentará sin él.</translation>
    </message>
    <message>
        <source>PHPMailer (PHP)</source>
        <translation>PHPMailer (PHP)</translation>
    </message>
    <message>
        <source>SMTPSecure ENCRYPTION_SMTPS is implicit TLS, ENCRYPTION_STARTTLS is STARTTLS (required); no encryption also turns SMTPAutoTLS off.</source>
        <translation>SMTPSecure ENCRYPTION_SMTPS es TLS implícito y ENCRYPTION_STARTTLS es STARTTLS (obligatorio); sin cifrado también se desactiva SMTPAutoTLS.</translation>
    </message>
    <message>
        <source>Paste the snippet where your code creates the mailer, after $mail = new PHPMailer(true);</source>
        <translation>Pegue el fragmento donde su código crea el objeto de correo, después de $mail = new PHPMailer(true);</translation>
    </message>
    <message>
        <source>Without the password in the snippet, set the SMTP_PASSWORD environment variable for the PHP process (or replace getenv(&apos;SMTP_PASSWORD&apos;)).</source>
        <translation>Si el fragmento no lleva la contraseña, defina la variable de entorno SMTP_PASSWORD para el proceso PHP (o sustituya getenv(&apos;SMTP_PASSWORD&apos;)).</translation>
    </message>
    <message>
        <source>Send a test message from your application.</source>
        <translation>Envíe un mensaje de prueba desde su aplicación.</translation>
    </message>
    <message>
        <source>PHP snippet for PHPMailer</source>
        <translation>Fragmento PHP para PHPMailer</translation>
    </message>
    <message>
        <source>SMTPAutoTLS is on: PHPMailer uses STARTTLS whenever the server offers it, although no encryption is set.</source>
        <translation>SMTPAutoTLS está activado: PHPMailer usa STARTTLS siempre que el servidor lo ofrece, aunque no se haya configurado cifrado.</translation>
    </message>
    <message>
        <source>Thunderbird autoconfig</source>
        <translation>Autoconfiguración de Thunderbird</translation>
    </message>
    <message>
        <source>socketType SSL is implicit TLS, STARTTLS is STARTTLS (required), plain is none.</source>
        <translation>socketType SSL es TLS implícito, STARTTLS es STARTTLS (obligatorio) y plain es sin cifrado.</translation>
    </message>
    <message>
        <source>Add the &lt;incomingServer&gt; of your IMAP or POP3 server to the file where the comment says so: Thunderbird refuses a file without one.</source>
        <translation>Añada el &lt;incomingServer&gt; de su servidor IMAP o POP3 al archivo donde lo indica el comentario: Thunderbird rechaza un archivo sin él.</translation>
    </message>
    <message>
        <source>Publish it as https://autoconfig.&lt;your domain&gt;/mail/config-v1.1.xml (or /.well-known/autoconfig/mail/config-v1.1.xml on the domain&apos;s web site).</source>
        <translation>Publíquelo como https://autoconfig.&lt;su dominio&gt;/mail/config-v1.1.xml (o /.well-known/autoconfig/mail/config-v1.1.xml en el sitio web del dominio).</translation>
    </message>
    <message>
        <source>In Thunderbird, add the account with an address of that domain: it reads the file and fills in the servers.</source>
        <translation>En Thunderbird, añada la cuenta con una dirección de ese dominio: leerá el archivo y rellenará los servidores.</translation>
    </message>
    <message>
        <source>Autoconfig file (clientConfig 1.1)</source>
        <translation>Archivo de autoconfiguración (clientConfig 1.1)</translation>
    </message>
    <message>
        <source>The file describes only the outgoing server: add the incoming server before publishing it, or Thunderbird rejects the file.</source>
        <translation>El archivo describe solo el servidor de correo saliente: añada el servidor de entrada antes de publicarlo, o Thunderbird lo rechazará.</translation>
    </message>
    <message>
        <source>Autoconfig has no place for a CA file and Thunderbird checks the certificate: each user must trust {ca_file} (Settings &gt; Privacy &amp; Security &gt; Manage Certificates &gt; Authorities &gt; Import).</source>
        <translation>La autoconfiguración no admite un archivo de CA y Thunderbird comprueba el certificado: cada usuario debe confiar en {ca_file} (Ajustes &gt; Privacidad y seguridad &gt; Administrar certificados &gt; Autoridades &gt; Importar).</translation>
    </message>
    <message>
        <source>This file holds the password (a &lt;password&gt; element Thunderbird reads but the autoconfig spec does not have): never publish it; hand it only to the one user it belongs to.</source>
        <translation>Este archivo contiene la contraseña (un elemento &lt;password&gt; que Thunderbird lee aunque la especificación de autoconfiguración no lo tiene): no lo publique nunca; entréguelo solo al usuario al que pertenece.</translation>
    </message>
    <message>
        <source>Autoconfig describes servers, not senders: each user types the From address and name in Thunderbird.</source>
        <translation>La autoconfiguración describe servidores, no remitentes: cada usuario escribe su dirección y nombre de remitente en Thunderbird.</translation>
    </message>
    <message>
        <source>The server wants {method} sign-in; the test signs in with a user name and password.</source>
        <translation>El servidor pide inicio de sesión {method}; la prueba inicia sesión con usuario y contraseña.</translation>
    </message>
    <message>
        <source>The user name is a placeholder ({value}): type your own.</source>
        <translation>El nombre de usuario es un marcador ({value}): escriba el suyo.</translation>
    </message>
    <message>
        <source>WordPress (WP Mail SMTP)</source>
        <translation>WordPress (WP Mail SMTP)</translation>
    </message>
    <message>
        <source>WPMS_SSL &apos;ssl&apos; is implicit TLS, &apos;tls&apos; is STARTTLS (required), &apos;&apos; is none (with WPMS_SMTP_AUTOTLS off).</source>
        <translation>WPMS_SSL &apos;ssl&apos; es TLS implícito, &apos;tls&apos; es STARTTLS (obligatorio) y &apos;&apos; es sin cifrado (con WPMS_SMTP_AUTOTLS desactivado).</translation>
    </message>
    <message>
        <source>Install and activate the WP Mail SMTP plugin.</source>
        <translation>Instale y active el plugin WP Mail SMTP.</translation>
    </message>
    <message>
        <source>Paste the lines into wp-config.php above the line /* That&apos;s all, stop editing! */.</source>
        <translation>Pegue las líneas en wp-config.php encima de la línea /* That&apos;s all, stop editing! */.</translation>
    </message>
    <message>
        <source>Without WPMS_SMTP_PASS in the lines, type the password in WP Mail SMTP &gt; Settings (the plugin stores it encrypted).</source>
        <translation>Si las líneas no incluyen WPMS_SMTP_PASS, escriba la contraseña en WP Mail SMTP &gt; Ajustes (el plugin la guarda cifrada).</translation>
    </message>
    <message>
        <source>Send a test from WP Mail SMTP &gt; Tools &gt; Email Test.</source>
        <translation>Envíe una prueba desde WP Mail SMTP &gt; Herramientas &gt; Prueba de correo.</translation>
    </message>
    <message>
        <source>wp-config.php constants</source>
        <translation>Constantes para wp-config.php</translation>
    </message>
    <message>
        <source>WPMS_SMTP_AUTOTLS is on: WordPress uses STARTTLS whenever the server offers it, although no encryption is set.</source>
        <translation>WPMS_SMTP_AUTOTLS está activado: WordPress usa STARTTLS siempre que el servidor lo ofrece, aunque no se haya configurado cifrado.</translation>
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
        <source>Code for support: %1</source>
        <translation>Código para el soporte: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificado: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Emitido por: %1</translation>
    </message>
    <message>
        <source>Names: %1; valid from %2 until %3</source>
        <translation>Nombres: %1; válido desde %2 hasta %3</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella SHA-256: %1</translation>
    </message>
    <message>
        <source>Trusted (pinned) fingerprint: %1</source>
        <translation>Huella de confianza (fijada): %1</translation>
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
        <source>Trust this certificate?</source>
        <translation>¿Confiar en este certificado?</translation>
    </message>
    <message>
        <source>Trust this certificate only if you know it is your server&apos;s: compare its fingerprint with the one your mail server&apos;s administrator gives you.</source>
        <translation>Confíe en este certificado solo si sabe que es el de su servidor: compare su huella con la que le dé el administrador de su servidor de correo.</translation>
    </message>
    <message>
        <source>From now on this setup accepts this one certificate, without checking a certificate authority or the server name, and refuses any other before signing in.</source>
        <translation>A partir de ahora, esta configuración acepta este único certificado, sin comprobar una autoridad de certificación ni el nombre del servidor, y rechaza cualquier otro antes de iniciar sesión.</translation>
    </message>
    <message>
        <source>Don&apos;t trust it</source>
        <translation>No confiar</translation>
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
        <source>Trusted certificate</source>
        <translation>Certificado de confianza</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
        <source>The certificate is the pinned one (SHA-256 matches): trusted by its fingerprint, without a CA or name check.</source>
        <translation>El certificado es el fijado (la huella SHA-256 coincide): se confía en él por su huella, sin comprobar CA ni nombre.</translation>
    </message>
    <message>
        <source>not the pinned certificate (pinned SHA-256 {pinned}); {presented}</source>
        <translation>no es el certificado fijado (SHA-256 fijado {pinned}); {presented}</translation>
    </message>
    <message>
        <source>not the pinned certificate</source>
        <translation>no es el certificado fijado</translation>
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
        <source>the server&apos;s list of features (EHLO) does not include STARTTLS</source>
        <translation>la lista de funciones del servidor (EHLO) no incluye STARTTLS</translation>
    </message>
    <message>
        <source>the server&apos;s list of features (EHLO) does not include sign-in (AUTH)</source>
        <translation>la lista de funciones del servidor (EHLO) no incluye el inicio de sesión (AUTH)</translation>
    </message>
    <message>
        <source>Warning: the server no longer offers the sign-in method {mechanism} that passed the last test of this setup; it now offers: {offered}.</source>
        <translation>Aviso: el servidor ya no ofrece el método de inicio de sesión {mechanism} con el que esta configuración pasó la última prueba; ahora ofrece: {offered}.</translation>
    </message>
    <message>
        <source>The server accepts this sender for delivery (the envelope); some servers (Exchange) refuse &apos;send as&apos; only after the message: send a test message to be sure.</source>
        <translation>El servidor acepta este remitente para la entrega (el sobre); algunos servidores (Exchange) rechazan «enviar como» solo después del mensaje: envíe un mensaje de prueba para estar seguro.</translation>
    </message>
    <message>
        <source>the connection is not encrypted</source>
        <translation>la conexión no está cifrada</translation>
    </message>
    <message>
        <source>the server offers: {mechanisms}</source>
        <translation>el servidor ofrece: {mechanisms}</translation>
    </message>
    <message>
        <source>The From address {address} is the account&apos;s own: checking &apos;send as&apos; with another address of its domain, {probe}.</source>
        <translation>El remitente {address} es la dirección de la propia cuenta: se comprueba &apos;enviar como&apos; con otra dirección de su dominio, {probe}.</translation>
    </message>
    <message>
        <source>QUIT not answered cleanly: {error}</source>
        <translation>QUIT no recibió una respuesta limpia: {error}</translation>
    </message>
    <message>
        <source>The certificate the server presented (fetched again over a second connection that stopped after the TLS handshake; nothing was signed in):</source>
        <translation>El certificado que presentó el servidor (obtenido de nuevo por una segunda conexión que se detuvo tras la negociación TLS; no se inició sesión):</translation>
    </message>
    <message>
        <source>the server&apos;s list of features (EHLO) does not include SMTPUTF8 (addresses with accents, RFC 6531), needed for the address {address}; nothing was sent for it</source>
        <translation>la lista de funciones del servidor (EHLO) no incluye SMTPUTF8 (direcciones con acentos, RFC 6531), necesario para la dirección {address}; no se envió nada para ella</translation>
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
    <message>
        <source>certificate subject: {value}</source>
        <translation>titular del certificado: {value}</translation>
    </message>
    <message>
        <source>certificate issuer: {value}</source>
        <translation>emisor del certificado: {value}</translation>
    </message>
    <message>
        <source>certificate names: {value}</source>
        <translation>nombres del certificado: {value}</translation>
    </message>
    <message>
        <source>certificate valid from {start} until {end}</source>
        <translation>certificado válido desde {start} hasta {end}</translation>
    </message>
    <message>
        <source>certificate SHA-256: {value}</source>
        <translation>SHA-256 del certificado: {value}</translation>
    </message>
    <message>
        <source>presented certificate: {subject}; issuer: {issuer}; names: {names}; valid {start} to {end}; SHA-256 {sha256}</source>
        <translation>certificado presentado: {subject}; emisor: {issuer}; nombres: {names}; válido de {start} a {end}; SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>({count} lines left out here: a transcript keeps its first {head} and its newest lines, {max} in all)</source>
        <translation>({count} líneas omitidas aquí: una transcripción conserva sus primeras {head} líneas y las más recientes, {max} en total)</translation>
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
    <message>
        <source>%1 earlier lines — full transcript in Save transcript…</source>
        <translation>%1 líneas anteriores: la transcripción completa está en «Guardar la transcripción…»</translation>
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
        <source>Trusted certificate</source>
        <translation>Certificado de confianza</translation>
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
