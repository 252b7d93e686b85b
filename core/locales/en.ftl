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



## Discord slash command options (bots/src/discord/commands.rs)

slash-event = Which event (start typing its title)
slash-event-or-ask = Which event (leave empty to choose)
slash-zone = A zone like Europe/Madrid (leave empty to see it)
slash-new-title = What it is, e.g. Board games
slash-new-when = When, e.g. friday 19:30, tomorrow 9am, every monday 10:00
slash-new-length = How long, e.g. 3h (1 hour unless given)
slash-new-place = Where, e.g. Kim's place
slash-new-topic = A topic to find it by, e.g. games
slash-new-max = How many places (later people join a waitlist)
slash-new-description = More about it
slash-events-page = Which page
slash-search-words = Words, #topic, @place or a time range like next week
slash-edit-what = title, place, description, topics, max, length or time
slash-edit-value = The new value (none clears it)
slash-move-when = The new time, e.g. sat 20:00
slash-move-length = A new length, e.g. 2h
slash-cancel-day = Only this day of a repeating event, e.g. dec 1
slash-poll-title = What it is, e.g. Team dinner
slash-poll-times = 2 to 10 times split by |, e.g. thu 20:00 | fri 21:00
slash-vote-poll = The poll's number
slash-vote-options = Option numbers, e.g. 1 3 (again to take back)
slash-close-poll = The poll's number
slash-remind-before = How long before, e.g. 30m or 1d 2h, or off
slash-snooze-for = How long, e.g. 30m (10 minutes unless given)
slash-digest-when = daily 08:00, weekly mon 08:00, or off
slash-email-address = Your address, or off
slash-verify-code = The 6-digit code from the email
slash-mytimezone-zone = A zone like America/New_York, or off
slash-subscribe-code = The code /share gave in the other chat
slash-unsubscribe-calendar = The code or calendar number (empty: list them)
slash-settings-change = e.g. create admins, reminders 2h 15m, feed (empty: show them)
slash-help-command = A command, e.g. new
slash-language-language = es or en (empty: show it)
slash-mylanguage-language = es, en or off (empty: show it)

## Words only one platform shows (bots/)

# (end of adapters)


