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

# (end of refusals)



## Reminders, digests, emails, delivery (text/reminding.rs, text/delivery.rs)

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
slash-edit-what = title, place, description, topics, max, length o time
slash-edit-value = El nuevo valor (none lo borra)
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
slash-digest-when = daily 08:00, weekly mon 08:00 u off
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

# (end of adapters)


