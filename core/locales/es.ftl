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

# (end of cards)



## Settings, zones, languages, sharing (text/settings.rs)

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
problem-unknown-field = No puedo editar "{ $given }"; puedo editar title, place, description, topics, max, length y time.
problem-unknown-setting = No sé qué es "{ $given }" aquí.
# "daily 08:00" y "weekly mon 08:00" son lo que lee /digest, en los dos idiomas.
problem-bad-digest = "{ $given }" no es una hora para la agenda: escribe daily 08:00 o weekly mon 08:00.
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
digest-off = No publicaré más agendas aquí. /digest daily 08:00 las vuelve a activar.
digest-status = Este chat recibe la agenda de la semana { $schedule } ({ $zone }). /digest off la detiene.
digest-status-none = Este chat no recibe la agenda. /digest daily 08:00 o /digest weekly mon 08:00 la activa.
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


