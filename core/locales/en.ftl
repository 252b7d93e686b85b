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

# A cancelled event's heading: "CANCELLED: #3 Board games".
card-heading-cancelled = CANCELLED: { $label } { $title }
# An event card's time line.
card-when = When: { $when }
# A series' time line: how it repeats (card-series), then its next time.
card-when-series = When: { $series }; next: { $when }
# How a series repeats, on its card: "every Monday at 19:00 (Europe/Madrid)"; $hour is the hour alone (0 to 23).
card-series = { $repeat } at { $time } ({ $zone })
# The headings of a card's parts.
card-where = Where
card-topics = Topics
card-going = Going ({ $count })
card-going-limited = Going ({ $count }/{ $capacity })
card-maybe = Maybe
card-declined = Can't
card-waitlist = Waitlist
card-organizer = Organizer
# Who is going, when nobody is.
card-nobody = nobody yet
card-from-calendar = From the calendar "{ $calendar }"
# An event's line in /events and /search, after its time and place: "2/6 going", "from "Club"".
card-line-going = { $count } going
card-line-going-limited = { $count }/{ $capacity } going
card-line-from = from "{ $calendar }"
# A poll card.
card-poll-heading = Poll { $label }: { $title }
card-poll-open = Vote for every time that works for you:
card-poll-closed = Closed: it became event #{ $event }.
card-votes = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
# A poll, named in a sentence ("Only the organizer of poll 3...").
card-poll-named = poll { $label }
# The answer buttons under a card, with how many answered so.
button-going = Going ({ $count })
button-waitlist = Waitlist ({ $count })
button-maybe = Maybe ({ $count })
button-declined = Can't ({ $count })
button-close-poll = Close poll

# How a series repeats (time/recurrence/describe.rs). $n is how many days, weeks, months or years
# apart; $day a weekday (1 is Monday); $month a month (1 is January); $date a day of the month.
weekday-long = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
month-long = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
repeat-daily = { $n ->
    [1] every day
   *[other] every { $n } days
}
repeat-work-week = every weekday
repeat-weekend = every weekend
repeat-weekly-one = every { weekday-long }
# Weekly on some days; $days is a list of repeat-day-in-list joined by repeat-day-list.
repeat-weekly = { $n ->
    [1] every week
   *[other] every { $n } weeks
} on { $days }
repeat-day-in-list = { weekday-short }
# The last two of a list of days; $first may itself be several, joined by ", ".
repeat-day-list = { $first }, { $last }
# $ordinal is the day of the month as an English ordinal ("1st").
repeat-monthly-day = { $n ->
    [1] every month
   *[other] every { $n } months
} on the { $ordinal }
# $nth: which of the month's weekdays (1 is the first, -1 the last).
repeat-nth = { $nth ->
    [-1] last
    [-2] second to last
    [1] first
    [2] second
    [3] third
    [4] fourth
    [5] fifth
   *[other] { $nth }.
}
repeat-monthly-weekday = { $n ->
    [1] every { repeat-nth } { weekday-long } of the month
   *[other] every { $n } months on the { repeat-nth } { weekday-long }
}
repeat-yearly = { $n ->
    [1] every year
   *[other] every { $n } years
} on { month-short } { $date }
# A series that ends: after $count times, or on a last day ($date, $month, $year).
repeat-times = { $repeat }, { $count ->
    [one] once
   *[other] { $count } times
}
repeat-until = { $repeat } until { month-short } { $date }, { $year }
# A series' time as read from /new, and as shown while typing a time.
repeat-starting = { $repeat }, starting { $span }
repeat-next = { $repeat }; next: { $span }

# (end of cards)



## Settings, zones, languages, sharing (text/settings.rs)

# /timezone, in the chat.
zone-chat = This chat's time zone is { $zone }. Change it with /timezone Europe/Madrid
zone-chat-default = This chat's time zone is { $zone } (the default; an admin can change it). Change it with /timezone Europe/Madrid
# $now is the time there: "Fri 27 Nov 2026, 19:30".
zone-chat-set = This chat's time zone is now { $zone }. It is { $now } there.
# After /timezone: events planned in another zone now show at another clock time.
zone-shifted = Events already planned keep their moment, so in { $zone } they are at another time:
zone-shifted-event = { $label } { $title }: planned for { $planned }, now shown as { $shown }
zone-shifted-more = …and { $count } more (/events lists them).
zone-shifted-move = To keep one at its old clock time, move it, e.g. /move { $number } <day> <time>.
# /mytimezone
zone-mine = Your time zone is { $zone }. /mytimezone off uses the chat's again.
zone-mine-none = You have no time zone of your own, so I read your times in { $zone }. Set one with /mytimezone America/New_York
zone-mine-set = Got it: I'll read the times you type in { $zone }.
zone-mine-cleared = Your own time zone is cleared; I'll read your times in { $zone }.
# DST: a time typed in the hour that the clocks skip, or in the hour they repeat.
dst-gap = Note: { $asked } does not exist on { $date } in { $zone } (the clocks go forward), so I used { $used }.
dst-fold = Note: { $asked } happens twice on { $date } in { $zone } (the clocks go back), so I used the first one.
# /share, /subscribe, /unsubscribe
share-code =
    Any other chat I am in, on Telegram or Discord, can follow "{ $calendar }" by sending:
    /subscribe { $code }
    They will see its events and be told about new ones.
share-subscribed = This chat now follows "{ $calendar }". Its events show in /events with numbers like #{ $id }.1.
share-already = This chat already follows "{ $calendar }".
share-unsubscribed = This chat no longer follows "{ $calendar }".
share-none = This chat follows no other calendars. Follow one with /subscribe <code>.
share-list = This chat follows:
share-list-stop = Stop following one with /unsubscribe <number>.
button-upcoming = Upcoming events
button-unfollow = Unfollow { $calendar }
# /settings
setting-summary =
    Settings of this chat:
    Time zone: { $zone } (change: /timezone <zone>)
    Who can create events: { $who } (change: /settings create admins, or everyone)
    Reminders in this chat: { $reminders } (change: /settings reminders 2h 15m, or off)
    Calendars followed: { $follows } (see: /unsubscribe)
# The chat's zone in /settings when no admin chose it.
setting-zone-default = { $zone } (default)
# Who can create events: $policy is "admins" or "everyone".
setting-who = { $policy ->
    [admins] admins only
   *[everyone] everyone
}
setting-policy-everyone = Everyone in this chat can create events and polls now.
setting-policy-admins = Only admins of this chat can create events and polls now.
setting-mirroring-on = Done: this chat's events will also be listed in the server's Events tab (where the platform has one) and kept up to date there. People who click Interested there count as maybe.
setting-mirroring-off = Done: this chat's events are no longer listed in the server's Events tab.
setting-mirroring-refused = I couldn't add events to the server's Events tab: I need the Create Events permission there. Nothing was changed and it is off again; give me the permission, then send /settings discord-events on again.
# /settings feed: the address of the chat's calendar feed.
feed-show =
    This chat's calendar as a feed:
    { $url }
    { feed-how }
feed-reset =
    Done: the old feed address no longer works. The new one:
    { $url }
    { feed-how }
feed-how = Add it to Google Calendar (Other calendars > From URL), Apple Calendar (File > New Calendar Subscription) or Thunderbird (New Calendar > On the network). Anyone with the address can read the events, so share it with care; /settings feed reset makes a new one.

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


