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



## Words only one platform shows (bots/)

# (end of adapters)


