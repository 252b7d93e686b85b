# Convene's messages in English.
# Every message here has its twin in the other language's file (a test checks).
# Values are plain text: adapters escape them for their platform.

## Dates and times (text/format.rs)

# A day of the week, short: 1 is Monday.
weekday-short = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
# A month, short: 1 is January.
month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

# (end of format)



## Languages (text/language.rs)

# A language's name, by its code.
language-name = { $code ->
    [es] Spanish
   *[en] English
}
chat-language = I speak { $name } in this chat. Admins can change it: /language es or /language en
chat-language-set = From now on I speak { $name } in this chat. Times can be written in English or Spanish.
my-language = Your private messages and emails come in { $name }. /mylanguage off makes them follow the chat's language.
my-language-none = Your private messages and emails come in the language of the chat they are about (here { $chat }). Choose your own with /mylanguage es or /mylanguage en.
my-language-set = Your private messages and emails will come in { $name }.
my-language-cleared = Your private messages and emails will come in the language of the chat they are about (here { $chat }).

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


