# Convene's messages in Spanish (Spain and Latin America).
# Every message here has its twin in the other language's file (a test checks).
# Values are plain text: adapters escape them for their platform.

## Dates and times (text/format.rs)

# A day of the week, short: 1 is Monday.
weekday-short = { $day ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
# A month, short: 1 is January.
month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sep
    [10] oct
    [11] nov
   *[12] dic
}

# (end of format)



## Languages (text/language.rs)

# A language's name, by its code.
language-name = { $code ->
    [es] español
   *[en] inglés
}
chat-language = En este chat hablo { $name }. Los administradores pueden cambiarlo: /idioma es o /idioma en
chat-language-set = Desde ahora hablo { $name } en este chat. Las horas se pueden escribir en español o en inglés.
my-language = Tus mensajes privados y correos llegan en { $name }. Con /miidioma off siguen el idioma del chat.
my-language-none = Tus mensajes privados y correos llegan en el idioma del chat del que tratan (aquí, { $chat }). Elige el tuyo con /miidioma es o /miidioma en.
my-language-set = Tus mensajes privados y correos llegarán en { $name }.
my-language-cleared = Tus mensajes privados y correos llegarán en el idioma del chat del que tratan (aquí, { $chat }).

## Replies to commands, welcome and help (text/messages.rs, text/commands.rs, text/drafts.rs)

# /start
reply-welcome =
    ¡Hola! Soy Convene: ayudo a este chat a organizar planes juntos.
    Crea un evento: /new Juegos de mesa viernes 19:30 @casa de Kim max 6
    Todos responden con los botones (o /join 1), y yo llevo la lista y la lista de espera.
    ¿Cuesta elegir la hora? /poll Cena del equipo | jue 20:00 | vie 21:00
    Envía /help para ver todo lo que sé hacer.
reply-welcome-help-button = Ayuda
reply-welcome-events-button = Próximos eventos

# /help: the list, then one command.
help-heading = Esto es lo que entiendo:
help-line = /{ $name } { $usage }: { $summary }
help-more = Envía /help <comando> para ver detalles y ejemplos, p. ej. /help new
help-examples = { $count ->
    [one] Ejemplo:
   *[other] Ejemplos:
}
help-aliases = También funciona como { $aliases }.

# Several numbers or names: "1, 2 y 3" ($rest is "1, 2").
reply-list-and = { $rest } y { $last }

# /new
reply-created = Creé { $label } { $title }, { $interpreted }. Tú vas; los demás pueden responder con los botones o con /join { $number }.
reply-in-your-zone = (Leí la hora en tu zona: { $interpreted }.)
reply-in-written-zone = (Leí la hora en la zona que escribiste: { $interpreted }.)
reply-new-in-calendar = Nuevo evento en "{ $calendar }":

# /join, /maybe, /decline, /leave and the waitlist
reply-going = Vas a { $label } { $title }.
reply-waitlisted = { $label } está lleno, así que estás en la lista de espera (número { $position }). Te aviso cuando se libere un lugar.
reply-already-going = Ya vas a { $label }.
reply-already-waitlisted = Ya estás en la lista de espera de { $label } (número { $position }).
reply-maybe = Anotado: quizás vayas a { $label }.
reply-declined = Anotado: no puedes ir a { $label }.
reply-left = Retiré tu respuesta a { $label }.
reply-nothing-to-leave = No habías respondido a { $label }, así que no había nada que retirar.
reply-promoted-line = { $name } salió de la lista de espera y ahora va.
reply-promoted-notice = Buenas noticias: se liberó un lugar en { $label } { $title } ({ $when }). Saliste de la lista de espera y ahora vas.
# /join without a number
reply-pick-event-none = Todavía no hay nada planeado aquí. Crea un evento, p. ej. /new Juegos de mesa viernes 19:30
reply-pick-event = ¿Qué evento? Toca uno, o envía /{ $command } <número>.

# /move, /cancel, /edit
reply-moved = Cambié { $label } { $title } a { $when }.
reply-moved-notice = { $label } { $title } cambió de hora: ahora es { $when }.
reply-cancelled = { $count ->
    [0] Cancelé { $label } { $title }.
    [one] Cancelé { $label } { $title }. Avisé a la persona que había respondido.
   *[other] Cancelé { $label } { $title }. Avisé a las { $count } personas que habían respondido.
}
reply-cancelled-notice = Se canceló { $label } { $title } ({ $when }).
# $field: title, place, description, topics, places (the limit) or length.
reply-edited = { $field ->
    [title] Cambié el título de { $label }.
    [place] Cambié el lugar de { $label }.
    [description] Cambié la descripción de { $label }.
    [topics] Cambié los temas de { $label }.
    [places] Cambié el número de lugares de { $label }.
   *[length] Cambié la duración de { $label }.
}

# /events and /search
reply-agenda-empty = No hay eventos próximos. Crea uno, p. ej. /new Juegos de mesa viernes 19:30
reply-agenda-heading = Próximos eventos:
reply-agenda-heading-paged = Próximos eventos (página { $page } de { $pages }):
reply-agenda-details = Envía /event <número> para ver los detalles.
reply-agenda-previous = < Anterior
reply-agenda-next = Siguiente >
reply-agenda-page-missing = { $pages ->
    [one] Solo hay { $pages } página de eventos. Prueba /events 1
   *[other] Solo hay { $pages } páginas de eventos. Prueba /events 1
}
reply-search-none = Ningún evento próximo coincide. Prueba con menos palabras, o /events para verlos todos.
reply-search-found = { $count ->
    [one] Encontré { $count } evento:
   *[other] Encontré { $count } eventos:
}
reply-search-showing = (muestro los primeros { $count })

# /poll, /vote, /close ($options: "2" or "1, 2 y 3"; $count: how many)
reply-poll-started = La encuesta { $label } está abierta. Vota con los botones o con /vote { $label } <opción>; quien la organiza la cierra con /close { $label }.
reply-voted-in = { $count ->
    [0] Tu voto quedó registrado.
    [one] Tu voto por { $options } quedó registrado.
   *[other] Tus votos por { $options } quedaron registrados.
}
reply-voted-out = { $count ->
    [0] Retiré tu voto.
    [one] Retiré tu voto por { $options }.
   *[other] Retiré tus votos por { $options }.
}
reply-voted-in-and-out = { $count ->
    [0] Tu voto quedó registrado
    [one] Tu voto por { $options } quedó registrado
   *[other] Tus votos por { $options } quedaron registrados
}; { $removed_count ->
    [0] retiré tu voto
    [one] retiré tu voto por { $removed }
   *[other] retiré tus votos por { $removed }
}.
reply-poll-closed = Encuesta cerrada: { $title } será a la hora con más votos ({ $votes }). Quienes la votaron van.

# The step-by-step /new
draft-cancel-button = Cancelar
draft-skip-button = Saltar
draft-create-button = Crear
draft-ask-title = Planeemos un evento. ¿Cómo se llama? Responde a este mensaje con un título, como "Juegos de mesa".
draft-ask-when = ¿Cuándo es { $title }? Responde con una hora, como "viernes 19:30", "mañana 20-22" o "todos los martes 20:00".
draft-ask-place = ¿Dónde es? Responde con el lugar, o toca Saltar.
draft-confirm =
    ¿Creo este evento?
    { $title }
    Cuándo: { $when }
draft-confirm-with-place =
    ¿Creo este evento?
    { $title }
    Cuándo: { $when }
    Dónde: { $place }
draft-try-again =
    { $problem } Prueba otra vez.

    { $question }
draft-cancelled = Listo, descarté ese evento. Envía /new para empezar de nuevo.
draft-expired = El evento que planeabas quedó sin terminar más de una hora, así que lo descarté. Envía /new para empezar de nuevo.
draft-none = No estás planeando un evento paso a paso aquí. Envía /new para empezar uno.
draft-only-place-skips = Solo se puede saltar el lugar.
draft-not-ready = Faltan algunas respuestas.

# The commands, for /help and the menus: what follows the name, one line, more, examples (one a line).
cmd-new =
    .usage = <título> <cuándo> [for <duración>] [@lugar] [#tema] [max N] [-- descripción]
    .summary = crear un evento
    .details = La hora puede ser una fecha y hora ("24 dic 19:00", "24/12 19:00", "mañana 9:00", "el viernes que viene 18:30", "el martes de la semana que viene 12:30", "dentro de 2 horas") o una repetición ("todos los lunes 10:00", "cada 2 semanas el martes 9:00", "cada 2 semanas martes y jueves 18:30", "el último viernes de cada mes 19:00"). Los eventos duran 1 hora salvo que indiques el final ("viernes 19:30-22:00", "sáb 22:00 hasta las 2") o la duración ("for 3h"). "max 6" limita los lugares; quienes lleguen después pasan a la lista de espera. Envía /new solo y te pido el título, la hora y el lugar uno por uno. O escríbelo como formulario, una parte por línea después de /new: "título: Juegos de mesa", "cuándo: viernes 19:30", y luego cualquiera de duración, lugar, tema, cupo y descripción.
    .examples =
        /new Juegos de mesa viernes 19:30-22:30 @casa de Kim #juegos max 6
        /new Reunión diaria de lunes a viernes 9:15
        /new Almuerzo mañana 13:00
cmd-draft =
    .usage = <create|skip|cancel>
    .summary = seguir con un evento que planeas paso a paso
    .details = Envía /new solo y te pido el título, la hora y el lugar uno por uno; los botones bajo mis preguntas hacen lo mismo que estos.
    .examples =
        /draft create
        /draft cancel
cmd-events =
    .usage = [página]
    .summary = ver los próximos eventos
    .details = Muestra los eventos de este chat y los de los calendarios que sigue, los más cercanos primero, 10 por página.
    .examples =
        /events
        /events 2
cmd-event =
    .usage = <número>
    .summary = ver un evento y quién va
    .details = Los eventos de calendarios que sigue este chat tienen números de dos partes, como #7.3.
    .examples =
        /event 3
cmd-search =
    .usage = [palabras] [#tema] [@lugar] [período]
    .summary = buscar eventos
    .details = Períodos: hoy, mañana, esta semana, la semana que viene, este fin de semana, este mes, el mes que viene, el nombre de un mes o una fecha.
    .examples =
        /search #juegosdemesa la semana que viene
        /search pizza @Luigi's
        /search este fin de semana
cmd-join =
    .usage = [número]
    .summary = decir que vas
    .details = Si el evento está lleno entras en la lista de espera y subes solo cuando se libera un lugar. En un evento que se repite, tu respuesta vale para la próxima vez. Sin número te muestro los próximos eventos para elegir.
    .examples =
        /join 3
cmd-maybe =
    .usage = [número]
    .summary = decir que quizás vayas
    .details = Un quizás no ocupa lugar.
    .examples =
        /maybe 3
cmd-decline =
    .usage = [número]
    .summary = decir que no puedes ir
    .details = Tu lugar, si tenías uno, pasa a la primera persona de la lista de espera.
    .examples =
        /decline 3
cmd-leave =
    .usage = <número>
    .summary = retirar tu respuesta
    .details = Tu lugar, si tenías uno, pasa a la primera persona de la lista de espera.
    .examples =
        /leave 3
cmd-edit =
    .usage = <número> <title|place|description|topics|max|length|time> <valor>
    .summary = cambiar un evento
    .details = Solo quien lo organiza y los admins del chat pueden editarlo. Usa "none" para quitar el lugar, la descripción, los temas o el límite.
    .examples =
        /edit 3 place casa de Kim
        /edit 3 max 8
        /edit 3 title Noche de juegos de mesa
        /edit 3 length 2h
        /edit 3 time sáb 20:00
        /edit 3 max none
cmd-move =
    .usage = <número> <cuándo> [for <duración>]
    .summary = cambiar la hora de un evento
    .details = Solo quien lo organiza y los admins del chat pueden cambiarle la hora. Un evento que se repite pasa a otra repetición, p. ej. "/move 2 todos los martes 9:30".
    .examples =
        /move 3 mañana 20:00
        /move 3 24 dic 19:00-21:00
        /move 3 sáb 10-12
cmd-cancel =
    .usage = <número> [día]
    .summary = cancelar un evento, o un día de uno que se repite
    .details = Solo quien lo organiza y los admins del chat pueden cancelarlo. Aviso a todos los que respondieron. Con un día, solo se cancela esa vez del evento que se repite.
    .examples =
        /cancel 3
        /cancel 2 1 dic
cmd-poll =
    .usage = <título> | <hora> | <hora> ...
    .summary = preguntar al grupo qué hora le va mejor
    .details = Da de 2 a 10 horas, cada una con su final si quieres ("sáb 10-13"; si no, dura una hora). Cada uno vota todas las horas que le vienen bien; quien organiza cierra la encuesta y la hora más votada (la más temprana si hay empate) se convierte en un evento al que van quienes la votaron.
    .examples =
        /poll Cena del equipo | jue 20:00 | vie 21:00 | sáb 13:00
        /poll Escalada | sáb 10-13 | dom 15-18
cmd-vote =
    .usage = <encuesta> <opción> [opción ...]
    .summary = votar opciones de una encuesta (otra vez para quitar el voto)
    .details = Votar una opción que ya votaste quita ese voto.
    .examples =
        /vote 1 2
        /vote 1 1 3
cmd-close =
    .usage = <encuesta>
    .summary = cerrar una encuesta y crear el evento
    .details = Solo quien organizó la encuesta y los admins del chat pueden cerrarla.
    .examples =
        /close 1
cmd-remind =
    .usage = <número> <antelación> [antelación ...] | off
    .summary = recibir tu propio recordatorio antes de un evento
    .details = Tus recordatorios llegan por mensaje privado (y por correo cuando vincules uno). Los recordatorios del chat se configuran con /settings reminders.
    .examples =
        /remind 3 30m
        /remind 3 1d 2h
        /remind 3 off
cmd-reminders =
    .usage = {""}
    .summary = ver tus próximos recordatorios
    .details = Muestra cada recordatorio que pediste con /remind.
    .examples =
        /reminders
cmd-snooze =
    .usage = <número> [tiempo]
    .summary = recordármelo otra vez en un rato
    .details = Sin tiempo, te lo recuerdo otra vez en 10 minutos.
    .examples =
        /snooze 3
        /snooze 3 30m
cmd-digest =
    .usage = daily <hora> | weekly <día> <hora> | off
    .summary = publicar aquí con regularidad los eventos de la semana
    .details = A esa hora (en la zona de este chat) publico los eventos de los próximos 7 días. El día se escribe en inglés (mon, tue...). Solo los admins pueden cambiarlo.
    .examples =
        /digest daily 08:00
        /digest weekly mon 08:00
        /digest off
cmd-email =
    .usage = [dirección | off]
    .summary = recibir también tus recordatorios por correo
    .details = Envío un código de 6 dígitos a la dirección; mándamelo con /verify para vincularla. Mejor hazlo en un chat privado conmigo.
    .examples =
        /email tu@example.org
        /email off
cmd-verify =
    .usage = <código>
    .summary = confirmar tu dirección de correo
    .details = Los códigos duran 15 minutos; tras 5 intentos fallidos pide uno nuevo.
    .examples =
        /verify 123456
cmd-timezone =
    .usage = [zona]
    .summary = ver o cambiar la zona horaria de este chat
    .details = Las zonas son nombres IANA como Europe/Madrid o America/Mexico_City. Solo los admins pueden cambiarla.
    .examples =
        /timezone America/Mexico_City
        /timezone
cmd-mytimezone =
    .usage = [zona|off]
    .summary = ver o elegir tu propia zona horaria
    .details = Las horas que escribes se leen en tu zona si tienes una; si no, en la del chat.
    .examples =
        /mytimezone America/Bogota
        /mytimezone off
cmd-language =
    .usage = [es|en]
    .summary = ver o cambiar el idioma que hablo en este chat
    .details = Hablo inglés (en) y español (es), y leo horas escritas en los dos. Solo los admins pueden cambiarlo; un chat que nunca eligió uno recibe el idioma de su plataforma.
    .examples =
        /language es
        /language en
        /language
cmd-mylanguage =
    .usage = [es|en|off]
    .summary = ver o elegir el idioma de tus mensajes privados y correos
    .details = Tus propios recordatorios, por mensaje privado y por correo, llegan en este idioma; con off siguen el del chat.
    .examples =
        /mylanguage es
        /mylanguage off
cmd-share =
    .usage = {""}
    .summary = obtener un código para que otros chats sigan este calendario
    .details = Así cualquier chat, en cualquier plataforma, puede seguir los eventos de este chat con /subscribe.
    .examples =
        /share
cmd-subscribe =
    .usage = <código>
    .summary = seguir el calendario de otro chat
    .details = Pide a alguien del otro chat que envíe /share para obtener el código.
    .examples =
        /subscribe KQ7M-X2PD
cmd-unsubscribe =
    .usage = [código o número de calendario]
    .summary = dejar de seguir un calendario
    .details = Sin argumentos, muestra los calendarios que sigue este chat.
    .examples =
        /unsubscribe
        /unsubscribe 7
cmd-settings =
    .usage = [create admins|everyone] [reminders <antelaciones>|off] [timezone <zona>] [feed [reset]] [discord-events on|off]
    .summary = ver o cambiar los ajustes de este chat
    .details = Solo los admins pueden cambiar los ajustes. "/settings feed" da una dirección privada para seguir los eventos de este chat en Google Calendar, Apple Calendar o Thunderbird; "/settings feed reset" la reemplaza. En Discord, "/settings discord-events on" también muestra los eventos de este canal en la pestaña Eventos del servidor.
    .examples =
        /settings
        /settings create admins
        /settings reminders 2h 15m
        /settings feed
        /settings discord-events on
cmd-help =
    .usage = [comando]
    .summary = ver los comandos, o explicar uno
    .details = Cada comando tiene su propia ayuda.
    .examples =
        /help
        /help new
cmd-start =
    .usage = {""}
    .summary = qué es Convene y cómo empezar
    .details = Todo empieza aquí.
    .examples =
        /start

# (end of messages)



## Cards and buttons (text/cards.rs, text/card_parts.rs)

# (end of cards)



## Settings, zones, languages, sharing (text/settings.rs)

# (end of settings)



## Refusals and hints (text/refusals.rs, refusal/)

# (end of refusals)



## Reminders, digests, emails, delivery (text/reminding.rs, text/delivery.rs)

# (end of reminding)



## Words only one platform shows (bots/)

# (end of adapters)


