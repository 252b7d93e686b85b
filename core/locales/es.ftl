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


