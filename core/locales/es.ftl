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
    .usage = <número> <titulo|lugar|descripcion|temas|cupo|duracion|hora> <valor>
    .summary = cambiar un evento
    .details = Solo quien lo organiza y los admins del chat pueden editarlo. Usa "ninguno" para quitar el lugar, la descripción, los temas o el cupo. Los nombres en inglés (title, place, max...) también sirven.
    .examples =
        /edit 3 lugar casa de Kim
        /edit 3 cupo 8
        /edit 3 titulo Noche de juegos de mesa
        /edit 3 duracion 2h
        /edit 3 hora sáb 20:00
        /edit 3 cupo ninguno
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
    .usage = diario <hora> | semanal <día> <hora> | off
    .summary = publicar aquí con regularidad los eventos de la semana
    .details = A esa hora (en la zona de este chat) publico los eventos de los próximos 7 días (diario o semanal, con el día en español o en inglés: lunes, lun, mon). Solo los admins pueden cambiarlo.
    .examples =
        /digest diario 08:00
        /digest semanal lunes 08:00
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

# A cancelled event's heading: "CANCELLED: #3 Board games".
card-heading-cancelled = CANCELADO: { $label } { $title }
# An event card's time line.
card-when = Cuándo: { $when }
# A series' time line: how it repeats (card-series), then its next time.
card-when-series = Cuándo: { $series }; próxima: { $when }
# How a series repeats, on its card: "every Monday at 19:00 (Europe/Madrid)"; $hour is the hour alone (0 to 23).
card-series = { $repeat } { $hour ->
    [1] a la
   *[other] a las
} { $time } ({ $zone })
# The headings of a card's parts.
card-where = Dónde
card-topics = Temas
card-going = Van ({ $count })
card-going-limited = Van ({ $count }/{ $capacity })
card-maybe = Quizás
card-declined = No pueden
card-waitlist = Lista de espera
card-organizer = Organiza
# Who is going, when nobody is.
card-nobody = nadie todavía
card-from-calendar = Del calendario "{ $calendar }"
# An event's line in /events and /search, after its time and place: "2/6 going", "from "Club"".
card-line-going = { $count } { $count ->
    [one] va
   *[other] van
}
card-line-going-limited = { $count }/{ $capacity } { $count ->
    [one] va
   *[other] van
}
card-line-from = de "{ $calendar }"
# A poll card.
card-poll-heading = Encuesta { $label }: { $title }
card-poll-open = Vota todas las horas que te vengan bien:
card-poll-closed = Cerrada: ahora es el evento #{ $event }.
card-votes = { $count ->
    [one] { $count } voto
   *[other] { $count } votos
}
# A poll, named in a sentence ("Only the organizer of poll 3...").
card-poll-named = la encuesta { $label }
# The answer buttons under a card, with how many answered so.
button-going = Voy ({ $count })
button-waitlist = Lista de espera ({ $count })
button-maybe = Quizás ({ $count })
button-declined = No puedo ({ $count })
button-close-poll = Cerrar encuesta

# How a series repeats (time/recurrence/describe.rs). $n is how many days, weeks, months or years
# apart; $day a weekday (1 is Monday); $month a month (1 is January); $date a day of the month.
weekday-long = { $day ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
month-long = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
repeat-daily = { $n ->
    [1] todos los días
   *[other] cada { $n } días
}
repeat-work-week = de lunes a viernes
repeat-weekend = todos los fines de semana
repeat-weekly-one = todos los { repeat-day-in-list }
# Weekly on some days; $days is a list of repeat-day-in-list joined by repeat-day-list.
repeat-weekly = { $n ->
    [1] todas las semanas
   *[other] cada { $n } semanas
} los { $days }
repeat-day-in-list = { $day ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábados
   *[7] domingos
}
# The last two of a list of days; $first may itself be several, joined by ", ".
repeat-day-list = { $first } y { $last }
# $ordinal is the day of the month as an English ordinal ("1st").
repeat-monthly-day = { $n ->
    [1] todos los meses
   *[other] cada { $n } meses
} el día { $date }
# $nth: which of the month's weekdays (1 is the first, -1 the last).
repeat-nth = { $nth ->
    [-1] último
    [-2] penúltimo
    [1] primer
    [2] segundo
    [3] tercer
    [4] cuarto
    [5] quinto
   *[other] { $nth }.º
}
repeat-monthly-weekday = { $n ->
    [1] el { repeat-nth } { weekday-long } de cada mes
   *[other] cada { $n } meses el { repeat-nth } { weekday-long }
}
repeat-yearly = { $n ->
    [1] todos los años
   *[other] cada { $n } años
} el { $date } de { month-long }
# A series that ends: after $count times, or on a last day ($date, $month, $year).
repeat-times = { $repeat }, { $count ->
    [one] { $count } vez
   *[other] { $count } veces
}
repeat-until = { $repeat } hasta el { $date } { month-short } { $year }
# A series' time as read from /new, and as shown while typing a time.
repeat-starting = { $repeat }, a partir del { $span }
repeat-next = { $repeat }; próxima: { $span }

# (end of cards)



## Settings, zones, languages, sharing (text/settings.rs)

# /timezone, in the chat.
zone-chat = La zona horaria de este chat es { $zone }. Cámbiala con /timezone Europe/Madrid
zone-chat-default = La zona horaria de este chat es { $zone } (la predeterminada; un administrador puede cambiarla). Cámbiala con /timezone Europe/Madrid
# $now is the time there: "Fri 27 Nov 2026, 19:30".
zone-chat-set = La zona horaria de este chat ahora es { $zone }. Allí es { $now }.
# After /timezone: events planned in another zone now show at another clock time.
zone-shifted = Los eventos ya planeados siguen en el mismo momento, así que en { $zone } quedan a otra hora:
zone-shifted-event = { $label } { $title }: planeado para { $planned }, ahora se ve como { $shown }
zone-shifted-more = …y { $count } más (/events los muestra).
zone-shifted-move = Para dejar uno a su hora de antes, muévelo, p. ej. /move { $number } <día> <hora>.
# /mytimezone
zone-mine = Tu zona horaria es { $zone }. Con /mytimezone off vuelves a usar la del chat.
zone-mine-none = No tienes zona horaria propia, así que leo tus horas en { $zone }. Pon una con /mytimezone America/New_York
zone-mine-set = Entendido: leeré las horas que escribas en { $zone }.
zone-mine-cleared = Quité tu zona horaria propia; leeré tus horas en { $zone }.
# DST: a time typed in the hour that the clocks skip, or in the hour they repeat.
dst-gap = Nota: las { $asked } no existen el { $date } en { $zone } (se adelantan los relojes), así que usé las { $used }.
dst-fold = Nota: las { $asked } pasan dos veces el { $date } en { $zone } (se atrasan los relojes), así que usé la primera vez.
# /share, /subscribe, /unsubscribe
share-code =
    Cualquier otro chat en el que esté, en Telegram o Discord, puede seguir "{ $calendar }" enviando:
    /subscribe { $code }
    Verá sus eventos y se le avisará de los nuevos.
share-subscribed = Este chat ahora sigue "{ $calendar }". Sus eventos salen en /events con números como #{ $id }.1.
share-already = Este chat ya sigue "{ $calendar }".
share-unsubscribed = Este chat ya no sigue "{ $calendar }".
share-none = Este chat no sigue otros calendarios. Sigue uno con /subscribe <código>.
share-list = Este chat sigue:
share-list-stop = Deja de seguir uno con /unsubscribe <número>.
button-upcoming = Próximos eventos
button-unfollow = Dejar de seguir { $calendar }
# /settings
setting-summary =
    Ajustes de este chat:
    Zona horaria: { $zone } (cambiar: /timezone <zona>)
    Quién puede crear eventos: { $who } (cambiar: /settings create admins, o everyone)
    Recordatorios en este chat: { $reminders } (cambiar: /settings reminders 2h 15m, o bien off)
    Calendarios seguidos: { $follows } (ver: /unsubscribe)
# The chat's zone in /settings when no admin chose it.
setting-zone-default = { $zone } (predeterminada)
# Who can create events: $policy is "admins" or "everyone".
setting-who = { $policy ->
    [admins] solo administradores
   *[everyone] todos
}
setting-policy-everyone = Ahora todos en este chat pueden crear eventos y encuestas.
setting-policy-admins = Ahora solo los administradores de este chat pueden crear eventos y encuestas.
setting-mirroring-on = Hecho: los eventos de este chat también aparecerán en la pestaña Eventos del servidor (donde la plataforma la tenga) y se mantendrán al día allí. Quien pulse Interesado allí cuenta como quizás.
setting-mirroring-off = Hecho: los eventos de este chat ya no aparecen en la pestaña Eventos del servidor.
setting-mirroring-refused = No pude añadir eventos a la pestaña Eventos del servidor: necesito allí el permiso Crear eventos. No se cambió nada y sigue desactivado; dame el permiso y vuelve a enviar /settings discord-events on.
# /settings feed: the address of the chat's calendar feed.
feed-show =
    El calendario de este chat como feed:
    { $url }
    { feed-how }
feed-reset =
    Hecho: la dirección anterior del feed ya no funciona. La nueva:
    { $url }
    { feed-how }
feed-how = Añádelo a Google Calendar (Otros calendarios > Desde URL), Calendario de Apple (Archivo > Nueva suscripción a calendario) o Thunderbird (Nuevo calendario > En la red). Cualquiera con la dirección puede leer los eventos, así que compártela con cuidado; /settings feed reset crea una nueva.

# (end of settings)



## Refusals and hints (text/refusals.rs, refusal/)

refusal-internal-error = Perdona, algo falló por mi parte y no se cambió nada. Inténtalo de nuevo en un momento.
refusal-database-unreachable = Ahora mismo no puedo acceder a mi base de datos, así que no se cambió nada. Inténtalo de nuevo en un momento.
refusal-still-too-many = Sigues enviando demasiados comandos: espera un momento y vuelve a intentarlo.
refusal-time-not-read = No entiendo "{ $typed }" como hora. Prueba p. ej. "viernes 19:30", "mañana 9:00" o "todos los lunes 10:00".
# $event se escribe como lo haría la persona: "#3" o "#7.3"; $poll como "2" o "7.2".
refusal-no-such-event = Aquí no hay ningún evento { $event }. /events muestra los números.
refusal-no-such-poll = Aquí no hay ninguna encuesta { $poll }.
refusal-create-admins-only = En este chat solo los admins pueden crear eventos y encuestas (ver /settings).
refusal-not-organizer = Solo quien organiza { $label } o un admin de su chat puede cambiarlo.
refusal-admins-only = Solo los admins de este chat pueden cambiar eso.
refusal-event-cancelled = { $label } se canceló, así que no admite respuestas ni cambios.
refusal-event-over = { $label } ya terminó.
refusal-stale = Este evento cambió mientras tanto; así está ahora. Inténtalo de nuevo.
# $id es el número del evento sin "#", como se escribe después de un comando.
refusal-not-repeating = { $label } no se repite; /cancel { $id } lo cancela.
refusal-no-occurrence = { $label } no tiene ninguna fecha el { $day }.
refusal-series-needs-rule = { $label } se repite, así que muévelo a otra repetición, p. ej. /move { $id } todos los martes 19:30
refusal-wrong-code = Ningún calendario tiene ese código. Compruébalo con quien te lo envió (lo obtiene con /share).
refusal-own-calendar = Ese código es el calendario de este mismo chat; compártelo con otro chat.
refusal-not-subscribed = Este chat no sigue "{ $what }". /unsubscribe muestra lo que sigue.
refusal-poll-closed = La encuesta { $label } ya está cerrada; se convirtió en el evento #{ $event }.
refusal-no-such-option = La encuesta { $label } tiene las opciones 1 a { $count }; no existe la opción { $given }.
refusal-no-votes = Nadie ha votado todavía en la encuesta { $label }, así que no hay hora que elegir. Vota con /vote { $label } <opción>.
refusal-slow-down = Más despacio: demasiados comandos en un minuto. Inténtalo de nuevo en { $seconds }s.
refusal-blocked = Lo siento, no puedes usar Convene aquí.
refusal-winner-in-past = La hora más votada de la encuesta { $label } ya pasó. Crea una encuesta nueva con horas más adelante.
refusal-not-a-command = Los comandos empiezan por /. Prueba /help para ver lo que sé hacer.
refusal-unknown-command = No conozco /{ $given }. ¿Quisiste decir /{ $suggestion }? (/help lo muestra todo)
refusal-unknown-command-alone = No conozco /{ $given }. /help muestra lo que entiendo.
# $problem es una de las frases problem-; $example un comando completo.
refusal-invalid = { $problem } Ejemplo: { $example }

problem-missing-arguments = A /{ $command } le falta algo: /{ $command } { $usage }.
problem-missing-arguments-alone = A /{ $command } le falta algo.
problem-bad-event-ref = "{ $given }" no es un número de evento (como 3 o #3).
problem-bad-poll-ref = "{ $given }" no es un número de encuesta (como 1).
problem-no-title = Primero necesita un título.
problem-bad-title = Un título puede tener como mucho { $max } caracteres.
problem-description-too-long = Una descripción puede tener como mucho { $max } caracteres; esta tiene { $given }. Acórtala o pon un enlace a los detalles.
problem-no-time = No encontré cuándo es.
problem-recurrence-not-allowed = Las opciones de una encuesta son horas sueltas; "{ $phrase }" se repite.
problem-needs-recurrence = Un evento que se repite solo se puede mover a otra repetición.
problem-bad-length = "{ $given }" no es una duración (como 2h, 90m o 1h30).
problem-end-and-length = Da una hora de fin (19:30-22:00) o una duración (durante 2h), no ambas.
problem-bad-capacity = "{ $given }" no es un número de plazas (de 1 a 10000).
problem-bad-topic = "{ $given }" no es un tema: usa letras, dígitos, - y _ después de #.
problem-bad-place = El lugar debe tener de 1 a 200 caracteres.
problem-unknown-zone = No conozco la zona horaria "{ $input }". ¿Quisiste decir { $suggestion }?
problem-unknown-zone-alone = No conozco la zona horaria "{ $input }". Usa un nombre como Europe/Madrid o America/Mexico_City.
problem-bad-language = No hablo "{ $given }". Hablo inglés (en) y español (es): /language es
problem-bad-code = "{ $given }" no es un código para compartir (son así: KQ7M-X2PD).
problem-option-count = Una encuesta necesita de 2 a 10 horas separadas por |; encontré { $count }.
problem-duplicate-option = Las opciones { $first } y { $second } son la misma hora.
problem-bad-option = "{ $given }" no es un número de opción.
# Los nombres de campo son los que lee /edit, en los dos idiomas.
problem-unknown-field = No puedo editar "{ $given }"; puedo editar titulo, lugar, descripcion, temas, cupo, duracion y hora.
problem-unknown-setting = No sé qué es "{ $given }" aquí.
problem-bad-digest = "{ $given }" no es una hora para la agenda: escribe diario 08:00 o semanal lunes 08:00.
problem-bad-email = "{ $given }" no es una dirección de email.
problem-bad-code6 = "{ $given }" no es un código de 6 dígitos.
problem-bad-lead = "{ $given }" no es un tiempo de aviso antes del evento (como 30m, 2h o 1d, hasta 30d).
problem-unexpected = No esperaba "{ $extra }" ahí.

# Horas: $phrase, $time y $word se citan tal como los escribió la persona.
time-word-left = Leí "{ $time }" como la hora pero no "{ $word }", así que prefiero preguntar antes que adivinar. Escribe la hora completa y junta (como "el martes de la semana que viene 12:30", "todos los lun, mié, vie 7:00" o "cada viernes hasta el 31 de enero 19:00"), o quita "{ $word }" del título.
time-past-phrase = "{ $phrase }" ya pasó, así que no puedo planear nada para entonces. Da una hora que aún esté por llegar.
# $evening es $hour + 12.
time-ambiguous-hour = En "{ $phrase }", ¿las { $hour } son por la mañana o por la tarde? Escribe "{ $hour }:00" o "{ $evening }:00".
time-unrecognised = No entiendo "{ $phrase }" como hora.
time-missing-time = A "{ $phrase }" le falta la hora, p. ej. "{ $suggestion }".
# $when es la fecha, hora y zona tal como se entendió.
time-in-past = Esa hora ya pasó: la entendí como { $when }.
time-no-such-date = "{ $phrase }" no es una fecha u hora que exista.
# $one y $other son las dos lecturas (time-day-month), $example la primera con el mes abreviado.
time-ambiguous-date = En "{ $phrase }", ¿{ $first }/{ $second } es el { $one } o el { $other }? Escribe el mes con letras, como "{ $example }".
time-day-month = { $day } de { $month }
# Un mes, completo: 1 es enero.
time-month-name = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}

# (end of refusals)



## Reminders, digests, emails, delivery (text/reminding.rs, text/delivery.rs)

# Cuánto antes de un evento salen los avisos: $lead como "1d", $rest como "1d, 2h".
remind-leads-off = desactivados
remind-leads-one = { $lead } antes
remind-leads-many = { $rest } y { $last } antes
remind-chat-leads-off = Los recordatorios de este chat están desactivados. Cada persona puede pedir los suyos con /remind.
# $leads es remind-leads-one o remind-leads-many.
remind-chat-leads-set = Los recordatorios de este chat ahora salen { $leads }. Los próximos eventos se han reprogramado.
remind-personal-off = Tus recordatorios de { $label } están desactivados.
remind-personal-set = Te recordaré { $label } { $leads } por mensaje privado. /reminders los muestra; /remind { $id } off los detiene.
remind-snoozed = Pospuesto: te recordaré { $label } otra vez dentro de { $lead }.
remind-pending-none = No tienes recordatorios pendientes. Pide uno con /remind <evento> 30m.
remind-pending-heading = Tus próximos recordatorios:
remind-pending-line = { $label } { $title }: { $lead } antes del { $when }
remind-occurrence-cancelled = { $label } { $title } del { $when } se canceló; el resto de la serie sigue.

# Un recordatorio: $left como "1h" o "30m", $when la fecha, hora y zona.
reminder-starts-in = Recordatorio: { $label } { $title } empieza dentro de { $left }, { $when }.
reminder-started = Recordatorio: { $label } { $title } ya empezó, { $when }.
reminder-where = Dónde: { $place }
# $who son los nombres de quienes van, separados por comas.
reminder-going = { $count ->
    [0] Van (0): nadie todavía
   *[other] Van ({ $count }): { $who }
}
reminder-button-snooze = Posponer 10m
reminder-button-going = Voy
reminder-button-maybe = Quizás
reminder-button-decline = No puedo

# La agenda: los eventos de los próximos 7 días en un chat.
digest-heading = La agenda de la semana ({ $zone }):
digest-nothing-planned = Todavía no hay nada planeado. Planea algo: /new Juegos de mesa viernes 19:30
digest-button-events = Todos los próximos eventos
# $schedule es digest-every-day o digest-every-week.
digest-set = Publicaré aquí la agenda de la semana { $schedule } ({ $zone }).
digest-off = No publicaré más agendas aquí. /digest diario 08:00 las vuelve a activar.
digest-status = Este chat recibe la agenda de la semana { $schedule } ({ $zone }). /digest off la detiene.
digest-status-none = Este chat no recibe la agenda. /digest diario 08:00 o /digest semanal lunes 08:00 la activa.
digest-every-day = todos los días a las { $time }
# $day: 1 es el lunes; $short es el día abreviado ("lun").
digest-every-week = { $day ->
    [1] todos los lunes
    [2] todos los martes
    [3] todos los miércoles
    [4] todos los jueves
    [5] todos los viernes
    [6] todos los sábados
   *[7] todos los domingos
} a las { $time }

# Email: la primera línea de un email es su asunto.
email-code = Tu código de Convene es { $code }.
    Envía /verify { $code } en el chat en los próximos 15 minutos para recibir recordatorios en esta dirección.
    Si no lo pediste, ignora este email.
# El nombre del archivo de calendario adjunto a un recordatorio por email.
email-event-file = evento.ics
email-code-sent = Envié un código de 6 dígitos a { $masked }. Envía /verify <código> en los próximos 15 minutos para vincularlo.
email-status = Tus recordatorios también van a { $address }. /email off lo detiene.
email-status-none = No hay ningún email vinculado. /email tu@ejemplo.org vincula uno.
email-off = Tu email está desvinculado; los recordatorios solo llegan por mensaje privado.
email-verified = Listo: tus recordatorios ahora también van a { $address }.
email-wrong-code = { $left ->
    [one] Ese código no es correcto. Te queda { $left } intento.
   *[other] Ese código no es correcto. Te quedan { $left } intentos.
}
email-too-many-tries = Demasiados códigos incorrectos. Pide uno nuevo con /email <dirección>.
email-code-expired = Ese código ha caducado. Pide uno nuevo con /email <dirección>.
email-nothing-pending = No hay ningún código pendiente. Empieza con /email <dirección>.

# Entrega: $link abre un chat privado con el bot.
delivery-private-blocked = { $name }, todavía no puedo enviarte mensajes privados, así que te perderás avisos de la lista de espera y recordatorios. Abre { $link } y pulsa Iniciar, y podré hacerlo.
delivery-direct-closed = { $name }, tienes los mensajes directos cerrados para mí, así que te perderás avisos de la lista de espera y recordatorios. Para recibirlos, abre los Ajustes de privacidad de este servidor y activa los Mensajes directos.
delivery-button-expired = Ese botón ya no funciona aquí. Envía el comando en su lugar.

# (end of reminding)



## Discord slash command options (bots/src/discord/commands.rs)

slash-event = Qué evento (escribe parte de su título)
slash-event-or-ask = Qué evento (vacío para elegir)
slash-zone = Una zona como America/Argentina/Buenos_Aires (vacío para verla)
slash-new-title = Qué es, p. ej. Juegos de mesa
slash-new-when = Cuándo, p. ej. viernes 19:30, mañana a las 9, todos los lunes 10:00
slash-new-length = Cuánto dura, p. ej. 3h (1 hora si no se indica)
slash-new-place = Dónde, p. ej. casa de Kim
slash-new-topic = Un tema para encontrarlo, p. ej. juegos
slash-new-max = Cuántos lugares (los demás van a la lista de espera)
slash-new-description = Más detalles
slash-events-page = Qué página
slash-search-words = Palabras, #tema, @lugar o un rango como la semana que viene
slash-edit-what = titulo, lugar, descripcion, temas, cupo, duracion u hora
slash-edit-value = El nuevo valor (ninguno lo borra)
slash-move-when = La nueva hora, p. ej. sábado 20:00
slash-move-length = Una nueva duración, p. ej. 2h
slash-cancel-day = Solo este día de un evento que se repite, p. ej. 1 dic
slash-poll-title = Qué es, p. ej. Cena del equipo
slash-poll-times = De 2 a 10 horas separadas por |, p. ej. jue 20:00 | vie 21:00
slash-vote-poll = El número de la encuesta
slash-vote-options = Números de opción, p. ej. 1 3 (otra vez para quitar el voto)
slash-close-poll = El número de la encuesta
slash-remind-before = Cuánto antes, p. ej. 30m o 1d 2h, u off
slash-snooze-for = Cuánto tiempo, p. ej. 30m (10 minutos si no se indica)
slash-digest-when = diario 08:00, semanal lunes 08:00 u off
slash-email-address = Tu dirección, u off
slash-verify-code = El código de 6 cifras del correo
slash-mytimezone-zone = Una zona como America/Mexico_City, u off
slash-subscribe-code = El código que dio /share en el otro chat
slash-unsubscribe-calendar = El código o número de calendario (vacío: los lista)
slash-settings-change = p. ej. create admins, reminders 2h 15m, feed (vacío: los muestra)
slash-help-command = Un comando, p. ej. new
slash-language-language = es o en (vacío: lo muestra)
slash-mylanguage-language = es, en u off (vacío: lo muestra)

## Words only one platform shows (bots/)

# El formulario de Discord para planear un evento: etiquetas y ejemplos (45 caracteres como mucho cada uno).
discord-form = Planea un evento
discord-form-title = ¿Qué es?
    .example = Juegos de mesa
discord-form-when = ¿Cuándo?
    .example = viernes 19:30, mañana 9:00, todos los lunes 10:00
discord-form-place = ¿Dónde? (opcional)
    .example = Casa de Kim
discord-form-max = ¿Cuántas plazas? (opcional)
    .example = 6
discord-form-description = ¿Algo más? (opcional)
    .example = Trae algo para picar

# (end of adapters)


