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

# /start
reply-welcome =
    Hi! I'm Convene: I help this chat plan things together.
    Create an event: /new Board games friday 19:30 @Kim's place max 6
    Everyone answers with the buttons (or /join 1), and I keep the list and the waitlist.
    Can't agree on a time? /poll Team dinner | thu 20:00 | fri 21:00
    Send /help to see everything I can do.
reply-welcome-help-button = Help
reply-welcome-events-button = Upcoming events

# /help: the list, then one command.
help-heading = Here is what I understand:
help-line = /{ $name } { $usage }: { $summary }
help-more = Send /help <command> for details and examples, e.g. /help new
help-examples = { $count ->
    [one] Example:
   *[other] Examples:
}
help-aliases = Also works as { $aliases }.

# Several numbers or names: "1, 2 and 3" ($rest is "1, 2").
reply-list-and = { $rest } and { $last }

# /new
reply-created = Created { $label } { $title }, { $interpreted }. You're going; others can answer with the buttons or /join { $number }.
reply-in-your-zone = (I read the time in your zone: { $interpreted }.)
reply-in-written-zone = (I read the time in the zone you wrote: { $interpreted }.)
reply-new-in-calendar = New event in "{ $calendar }":

# /join, /maybe, /decline, /leave and the waitlist
reply-going = You're going to { $label } { $title }.
reply-waitlisted = { $label } is full, so you're on the waitlist (number { $position }). I'll tell you when a place frees up.
reply-already-going = You're already going to { $label }.
reply-already-waitlisted = You're already on the waitlist for { $label } (number { $position }).
reply-maybe = Noted: maybe for { $label }.
reply-declined = Noted: you can't make it to { $label }.
reply-left = Your answer to { $label } is withdrawn.
reply-nothing-to-leave = You hadn't answered { $label }, so there was nothing to take back.
reply-promoted-line = { $name } moved up from the waitlist and is going now.
reply-promoted-notice = Good news: a place freed up for { $label } { $title } ({ $when }). You moved up from the waitlist and are going now.
# /join without a number
reply-pick-event-none = Nothing is planned here yet. Create an event, e.g. /new Board games friday 19:30
reply-pick-event = Which event? Press one, or send /{ $command } <number>.

# /move, /cancel, /edit
reply-moved = Moved { $label } { $title } to { $when }.
reply-moved-notice = { $label } { $title } has moved: it is now { $when }.
reply-cancelled = { $count ->
    [0] Cancelled { $label } { $title }.
    [one] Cancelled { $label } { $title }. I've told the 1 person who had answered.
   *[other] Cancelled { $label } { $title }. I've told the { $count } people who had answered.
}
reply-cancelled-notice = { $label } { $title } ({ $when }) has been cancelled.
# $field: title, place, description, topics, places (the limit) or length.
reply-edited = { $field ->
    [title] Updated the title of { $label }.
    [place] Updated the place of { $label }.
    [description] Updated the description of { $label }.
    [topics] Updated the topics of { $label }.
    [places] Updated the number of places of { $label }.
   *[length] Updated the length of { $label }.
}

# /events and /search
reply-agenda-empty = No upcoming events. Create one, e.g. /new Board games friday 19:30
reply-agenda-heading = Upcoming events:
reply-agenda-heading-paged = Upcoming events (page { $page } of { $pages }):
reply-agenda-details = Send /event <number> for details.
reply-agenda-previous = < Previous
reply-agenda-next = Next >
reply-agenda-page-missing = { $pages ->
    [one] There is only { $pages } page of events. Try /events 1
   *[other] There are only { $pages } pages of events. Try /events 1
}
reply-search-none = No upcoming events match. Try fewer words, or /events for everything.
reply-search-found = { $count ->
    [one] Found { $count } event:
   *[other] Found { $count } events:
}
reply-search-showing = (showing the first { $count })

# /poll, /vote, /close ($options: "2" or "1, 2 and 3"; $count: how many)
reply-poll-started = Poll { $label } is open. Vote with the buttons or /vote { $label } <option>; the organizer closes it with /close { $label }.
reply-voted-in = { $count ->
    [0] Your vote is in.
    [one] Your vote for { $options } is in.
   *[other] Your votes for { $options } are in.
}
reply-voted-out = { $count ->
    [0] Your vote is taken back.
    [one] Your vote for { $options } is taken back.
   *[other] Your votes for { $options } are taken back.
}
reply-voted-in-and-out = { $count ->
    [0] Your vote is
    [one] Your vote for { $options } is
   *[other] Your votes for { $options } are
} in; { $removed_count ->
    [0] your vote is
    [one] your vote for { $removed } is
   *[other] your votes for { $removed } are
} taken back.
reply-poll-closed = Poll closed: { $title } goes ahead at the time with the most votes ({ $votes }). Its voters are going.

# The step-by-step /new
draft-cancel-button = Cancel
draft-skip-button = Skip
draft-create-button = Create
draft-ask-title = Let's plan an event. What is it called? Reply to this message with a title, like "Board games".
draft-ask-when = When is { $title }? Reply with a time, like "friday 19:30", "tomorrow 8-10pm" or "every tuesday 20:00".
draft-ask-place = Where is it? Reply with the place, or press Skip.
draft-confirm =
    Create this event?
    { $title }
    When: { $when }
draft-confirm-with-place =
    Create this event?
    { $title }
    When: { $when }
    Where: { $place }
draft-try-again =
    { $problem } Please try again.

    { $question }
draft-cancelled = OK, I dropped that event. Send /new to start again.
draft-expired = That event you were planning was left for over an hour, so I dropped it. Send /new to start again.
draft-none = You're not planning an event step by step here. Send /new to start one.
draft-only-place-skips = Only the place can be skipped.
draft-not-ready = A few more answers first.

# The commands, for /help and the menus: what follows the name, one line, more, examples (one a line).
cmd-new =
    .usage = <title> <when> [for <length>] [@place] [#topic] [max N] [-- description]
    .summary = create an event
    .details = The time can be a date and time ("dec 24 19:00", "24/12 19:00", "tomorrow 9am", "next friday 18:30", "tuesday next week 12:30", "in 2 hours") or a repeat ("every monday 10:00", "every other tuesday 9:00", "every 2 weeks on tue, thu 18:30", "every last friday of the month 19:00"). Events last 1 hour unless you give an end ("friday 19:30-22:00", "sat 22:00 until 2am") or a length ("for 3h"). "max 6" limits places; later people join a waitlist. Send /new on its own and I ask for the title, the time and the place one at a time. Or write it as a form, one part a line after /new: "title: Board games", "when: friday 19:30", then any of length, place, topic, max and description.
    .examples =
        /new Board games friday 19:30 for 3h @Kim's place #games max 6
        /new Standup every weekday 9:15
        /new Lunch tomorrow 13:00
cmd-draft =
    .usage = <create|skip|cancel>
    .summary = go on with an event you are planning step by step
    .details = Send /new on its own and I ask for the title, the time and the place one at a time; the buttons under my questions do the same as these.
    .examples =
        /draft create
        /draft cancel
cmd-events =
    .usage = [page]
    .summary = list upcoming events
    .details = Shows this chat's events and those of calendars it follows, soonest first, 10 a page.
    .examples =
        /events
        /events 2
cmd-event =
    .usage = <id>
    .summary = show an event with who is going
    .details = Events of calendars this chat follows have two-part numbers, like #7.3.
    .examples =
        /event 3
cmd-search =
    .usage = [words] [#topic] [@place] [time range]
    .summary = find events
    .details = Time ranges: today, tomorrow, this week, next week, this weekend, this month, next month, a month name or a date.
    .examples =
        /search #boardgames next week
        /search pizza @Luigi's
        /search this weekend
cmd-join =
    .usage = [id]
    .summary = say you are going
    .details = When the event is full you join the waitlist and move up automatically when a place frees. For a repeating event, your answer is for the next time it happens. Without a number I show the coming events to choose from.
    .examples =
        /join 3
cmd-maybe =
    .usage = [id]
    .summary = say you might come
    .details = A maybe takes no place.
    .examples =
        /maybe 3
cmd-decline =
    .usage = [id]
    .summary = say you can't come
    .details = Your place, if you had one, goes to the first person on the waitlist.
    .examples =
        /decline 3
cmd-leave =
    .usage = <id>
    .summary = take back your answer
    .details = Your place, if you had one, goes to the first person on the waitlist.
    .examples =
        /leave 3
cmd-edit =
    .usage = <id> <title|place|description|topics|max|length|time> <value>
    .summary = change an event
    .details = Only the organizer and the chat's admins can edit. Use "none" to clear the place, description, topics or limit.
    .examples =
        /edit 3 place Kim's place
        /edit 3 max 8
        /edit 3 title Board games night
        /edit 3 length 2h
        /edit 3 time sat 20:00
        /edit 3 max none
cmd-move =
    .usage = <id> <when> [for <length>]
    .summary = move an event to another time
    .details = Only the organizer and the chat's admins can move an event. A repeating event moves to another repeat, e.g. "/move 2 every tuesday 9:30".
    .examples =
        /move 3 tomorrow 20:00
        /move 3 dec 24 19:00 for 2h
        /move 3 sat 10-12
cmd-cancel =
    .usage = <id> [day]
    .summary = cancel an event, or one day of a repeating one
    .details = Only the organizer and the chat's admins can cancel. Everyone who answered is told. With a day, only that occurrence of a repeating event is cancelled.
    .examples =
        /cancel 3
        /cancel 2 dec 1
cmd-poll =
    .usage = <title> | <time> | <time> ...
    .summary = ask the group which time suits best
    .details = Give 2 to 10 times, each with an end if you like ("sat 10-13"; an hour otherwise). Everyone votes for every time that works; the organizer closes the poll and the most-voted time (the earliest on a tie) becomes an event with its voters going.
    .examples =
        /poll Team dinner | thu 20:00 | fri 21:00 | sat 13:00
        /poll Climbing | sat 10-13 | sun 15-18
cmd-vote =
    .usage = <poll> <option> [option ...]
    .summary = vote for poll options (again to take it back)
    .details = Voting for an option you already voted for removes that vote.
    .examples =
        /vote 1 2
        /vote 1 1 3
cmd-close =
    .usage = <poll>
    .summary = close a poll and create the event
    .details = Only the poll's organizer and the chat's admins can close it.
    .examples =
        /close 1
cmd-remind =
    .usage = <id> <lead> [lead ...] | off
    .summary = get your own reminder before an event
    .details = Your reminders come by private message (and by email once you link one). The chat's own reminders are set with /settings reminders.
    .examples =
        /remind 3 30m
        /remind 3 1d 2h
        /remind 3 off
cmd-reminders =
    .usage = {""}
    .summary = list your coming reminders
    .details = Shows each reminder you asked for with /remind.
    .examples =
        /reminders
cmd-snooze =
    .usage = <id> [lead]
    .summary = remind me again in a while
    .details = Without a length you are reminded again in 10 minutes.
    .examples =
        /snooze 3
        /snooze 3 30m
cmd-digest =
    .usage = daily <time> | weekly <day> <time> | off
    .summary = post the week ahead here regularly
    .details = At that time (in this chat's zone) I post the events of the next 7 days. Only admins can change it.
    .examples =
        /digest daily 08:00
        /digest weekly mon 08:00
        /digest off
cmd-email =
    .usage = [address | off]
    .summary = get your reminders by email too
    .details = I send a 6-digit code to the address; send it back with /verify to link it. Best done in a private chat with me.
    .examples =
        /email you@example.org
        /email off
cmd-verify =
    .usage = <code>
    .summary = confirm your email address
    .details = Codes last 15 minutes; after 5 wrong tries ask for a new one.
    .examples =
        /verify 123456
cmd-timezone =
    .usage = [zone]
    .summary = show or set this chat's time zone
    .details = Zones are IANA names like Europe/Madrid or America/New_York. Only admins can change it.
    .examples =
        /timezone Europe/Madrid
        /timezone
cmd-mytimezone =
    .usage = [zone|off]
    .summary = show or set your own time zone
    .details = Times you type are read in your zone when you have one, else in the chat's.
    .examples =
        /mytimezone America/New_York
        /mytimezone off
cmd-language =
    .usage = [es|en]
    .summary = show or set the language I speak in this chat
    .details = I speak English (en) and Spanish (es), and read times written in either. Only admins can change it; a chat that never chose one gets the language of its platform.
    .examples =
        /language es
        /language en
        /language
cmd-mylanguage =
    .usage = [es|en|off]
    .summary = show or set the language of your private messages and emails
    .details = Your own reminders, by private message and by email, come in this language; with off they follow the chat's.
    .examples =
        /mylanguage es
        /mylanguage off
cmd-share =
    .usage = {""}
    .summary = get a code other chats can use to follow this calendar
    .details = Any chat, on any platform, can then follow this chat's events with /subscribe.
    .examples =
        /share
cmd-subscribe =
    .usage = <code>
    .summary = follow another chat's calendar
    .details = Ask someone in the other chat to send /share for the code.
    .examples =
        /subscribe KQ7M-X2PD
cmd-unsubscribe =
    .usage = [code or calendar number]
    .summary = stop following a calendar
    .details = With no argument, lists the calendars this chat follows.
    .examples =
        /unsubscribe
        /unsubscribe 7
cmd-settings =
    .usage = [create admins|everyone] [reminders <leads>|off] [timezone <zone>] [feed [reset]] [discord-events on|off]
    .summary = show or change this chat's settings
    .details = Only admins can change settings. "/settings feed" gives a private address to follow this chat's events in Google Calendar, Apple Calendar or Thunderbird; "/settings feed reset" replaces it. On Discord, "/settings discord-events on" also lists this channel's events in the server's Events tab.
    .examples =
        /settings
        /settings create admins
        /settings reminders 2h 15m
        /settings feed
        /settings discord-events on
cmd-help =
    .usage = [command]
    .summary = list commands, or explain one
    .details = Every command has its own help.
    .examples =
        /help
        /help new
cmd-start =
    .usage = {""}
    .summary = what Convene is and how to begin
    .details = Starts here.
    .examples =
        /start

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

refusal-internal-error = Sorry, something went wrong on my side and nothing was changed. Please try again in a moment.
refusal-database-unreachable = I can't reach my database right now, so nothing was changed. Please try again in a moment.
refusal-still-too-many = Still too many commands from you: wait a moment, then try again.
refusal-time-not-read = I can't read "{ $typed }" as a time. Try e.g. "friday 19:30", "tomorrow 9am" or "every monday 10:00".
# $event is written as the person would: "#3" or "#7.3"; $poll as "2" or "7.2".
refusal-no-such-event = There is no event { $event } here. /events lists the numbers.
refusal-no-such-poll = There is no poll { $poll } here.
refusal-create-admins-only = In this chat only admins can create events and polls (see /settings).
refusal-not-organizer = Only the organizer of { $label } or an admin of its chat can change it.
refusal-admins-only = Only admins of this chat can change that.
refusal-event-cancelled = { $label } has been cancelled, so it takes no answers or changes.
refusal-event-over = { $label } is already over.
refusal-stale = This event changed meanwhile; here it is now. Please try again.
# $id is the event's number without "#", as typed after a command.
refusal-not-repeating = { $label } does not repeat; /cancel { $id } cancels it.
refusal-no-occurrence = { $label } has no occurrence on { $day }.
refusal-series-needs-rule = { $label } repeats, so move it to another repeat, e.g. /move { $id } every tuesday 19:30
refusal-wrong-code = No calendar has that code. Check it with whoever sent it (they get it with /share).
refusal-own-calendar = That code is this chat's own calendar; share it with another chat instead.
refusal-not-subscribed = This chat doesn't follow "{ $what }". /unsubscribe lists what it follows.
refusal-poll-closed = Poll { $label } is closed already; it became event #{ $event }.
refusal-no-such-option = Poll { $label } has options 1 to { $count }; there is no option { $given }.
refusal-no-votes = Nobody has voted in poll { $label } yet, so there is no time to pick. Vote with /vote { $label } <option>.
refusal-slow-down = Slow down a little: too many commands in a minute. Try again in { $seconds }s.
refusal-blocked = Sorry, you can't use Convene here.
refusal-winner-in-past = The most-voted time of poll { $label } has already passed. Start a new poll with later times.
refusal-not-a-command = Commands start with /. Try /help to see what I can do.
refusal-unknown-command = I don't know /{ $given }. Did you mean /{ $suggestion }? (/help lists everything)
refusal-unknown-command-alone = I don't know /{ $given }. /help lists what I understand.
# $problem is one of the problem- sentences; $example a whole command.
refusal-invalid = { $problem } Example: { $example }

problem-missing-arguments = /{ $command } needs more: /{ $command } { $usage }.
problem-missing-arguments-alone = /{ $command } needs more.
problem-bad-event-ref = "{ $given }" is not an event number (like 3 or #3).
problem-bad-poll-ref = "{ $given }" is not a poll number (like 1).
problem-no-title = It needs a title first.
problem-bad-title = A title can be at most { $max } characters.
problem-description-too-long = A description can be at most { $max } characters; this one has { $given }. Shorten it, or link to the details.
problem-no-time = I couldn't find when it is.
problem-recurrence-not-allowed = Poll options are single times; "{ $phrase }" repeats.
problem-needs-recurrence = A repeating event moves to another repeat.
problem-bad-length = "{ $given }" is not a length (like 2h, 90m or 1h30).
problem-end-and-length = Give an end time (19:30-22:00) or a length (for 2h), not both.
problem-bad-capacity = "{ $given }" is not a number of places (1 to 10000).
problem-bad-topic = "{ $given }" is not a topic: use letters, digits, - and _ after #.
problem-bad-place = The place must be 1 to 200 characters.
problem-unknown-zone = I don't know the time zone "{ $input }". Did you mean { $suggestion }?
problem-unknown-zone-alone = I don't know the time zone "{ $input }". Use a name like Europe/Madrid or America/New_York.
problem-bad-language = I don't speak "{ $given }". I speak English (en) and Spanish (es): /language es
problem-bad-code = "{ $given }" is not a share code (they look like KQ7M-X2PD).
problem-option-count = A poll needs 2 to 10 times separated by |; I found { $count }.
problem-duplicate-option = Options { $first } and { $second } are the same time.
problem-bad-option = "{ $given }" is not an option number.
# The field names are what /edit reads, in both languages.
problem-unknown-field = I can't edit "{ $given }"; I can edit title, place, description, topics, max, length and time.
problem-unknown-setting = I don't know "{ $given }" here.
# "daily 08:00" and "weekly mon 08:00" are what /digest reads, in both languages.
problem-bad-digest = "{ $given }" is not a digest time: say daily 08:00 or weekly mon 08:00.
problem-bad-email = "{ $given }" is not an email address.
problem-bad-code6 = "{ $given }" is not a 6-digit code.
problem-bad-lead = "{ $given }" is not a reminder time before the event (like 30m, 2h or 1d, up to 30d).
problem-unexpected = I didn't expect "{ $extra }" there.

# Times: $phrase, $time and $word are quoted as the person typed them.
time-word-left = I read "{ $time }" as the time but not "{ $word }", so I'd rather ask than guess. Write the whole time together (like "tuesday next week 12:30", "every mon, wed, fri 7:00" or "every friday until jan 31 19:00"), or leave "{ $word }" out of the title.
time-past-phrase = "{ $phrase }" is in the past, so I can't plan anything then. Give a time that is still ahead.
# $evening is $hour + 12.
time-ambiguous-hour = In "{ $phrase }", is { $hour } in the morning or in the evening? Write "{ $hour }am" or "{ $evening }:00".
time-unrecognised = I can't read "{ $phrase }" as a time.
time-missing-time = "{ $phrase }" needs a time of day, e.g. "{ $suggestion }".
# $when is the date, time and zone it was read as.
time-in-past = That time is in the past: I read it as { $when }.
time-no-such-date = "{ $phrase }" is not a real date or time.
# $one and $other are the two readings (time-day-month), $example the first written with a short month.
time-ambiguous-date = In "{ $phrase }", does { $first }/{ $second } mean { $one } or { $other }? Write the month as a word, like "{ $example }".
time-day-month = { $day } { $month }
# A month, in full: 1 is January.
time-month-name = { $month ->
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

# (end of refusals)



## Reminders, digests, emails, delivery (text/reminding.rs, text/delivery.rs)

# How long before an event reminders go out: $lead like "1d", $rest like "1d, 2h".
remind-leads-off = off
remind-leads-one = { $lead } before
remind-leads-many = { $rest } and { $last } before
remind-chat-leads-off = Reminders in this chat are off. People can still ask for their own with /remind.
# $leads is remind-leads-one or remind-leads-many.
remind-chat-leads-set = Reminders in this chat now go out { $leads }. Upcoming events are rescheduled.
remind-personal-off = Your own reminders for { $label } are off.
remind-personal-set = I'll remind you of { $label } { $leads } by private message. /reminders lists them; /remind { $id } off stops them.
remind-snoozed = Snoozed: I'll remind you of { $label } again in { $lead }.
remind-pending-none = You have no reminders coming. Ask for one with /remind <event> 30m.
remind-pending-heading = Your coming reminders:
remind-pending-line = { $label } { $title }: { $lead } before { $when }
remind-occurrence-cancelled = { $label } { $title } on { $when } is cancelled; the rest of the series goes on.

# A reminder: $left like "1h" or "30m", $when the date, time and zone.
reminder-starts-in = Reminder: { $label } { $title } starts in { $left }, { $when }.
reminder-started = Reminder: { $label } { $title } has started, { $when }.
reminder-where = Where: { $place }
# $who is the names of those going, separated by commas.
reminder-going = { $count ->
    [0] Going (0): nobody yet
   *[other] Going ({ $count }): { $who }
}
reminder-button-snooze = Snooze 10m
reminder-button-going = Going
reminder-button-maybe = Maybe
reminder-button-decline = Can't

# The digest: the coming week's events in a chat.
digest-heading = The week ahead ({ $zone }):
digest-nothing-planned = Nothing planned yet. Plan something: /new Board games friday 19:30
digest-button-events = All upcoming events
# $schedule is digest-every-day or digest-every-week.
digest-set = I'll post the week ahead here { $schedule } ({ $zone }).
digest-off = No more digests here. /digest daily 08:00 starts them again.
digest-status = This chat gets the week ahead { $schedule } ({ $zone }). /digest off stops it.
digest-status-none = This chat gets no digest. /digest daily 08:00 or /digest weekly mon 08:00 starts one.
digest-every-day = every day at { $time }
# $day: 1 is Monday; $short is the day written short ("Mon").
digest-every-week = every { $short } at { $time }

# Email: the first line of an email is its subject.
email-code = Your Convene code is { $code }.
    Send /verify { $code } in the chat within 15 minutes to get reminders at this address.
    If you did not ask for this, ignore this email.
# The name of the calendar file attached to a reminder by email.
email-event-file = event.ics
email-code-sent = I sent a 6-digit code to { $masked }. Send /verify <code> within 15 minutes to link it.
email-status = Your reminders also go to { $address }. /email off stops that.
email-status-none = No email is linked. /email you@example.org links one.
email-off = Your email is unlinked; reminders come by private message only.
email-verified = Done: your reminders now also go to { $address }.
email-wrong-code = That code is not right. { $left } tries left.
email-too-many-tries = Too many wrong codes. Ask for a new one with /email <address>.
email-code-expired = That code has expired. Ask for a new one with /email <address>.
email-nothing-pending = There is no code waiting. Start with /email <address>.

# Delivery: $link opens a private chat with the bot.
delivery-private-blocked = { $name }, I can't send you private messages yet, so you'll miss waitlist news and reminders. Open { $link } and press Start, and I'll be able to.
delivery-direct-closed = { $name }, your direct messages are closed to me, so you'll miss waitlist news and reminders. To get them, open this server's Privacy Settings and turn on Direct Messages.
delivery-button-expired = That button no longer works here. Send the command instead.

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

# Discord's form for planning an event: labels and placeholders (at most 45 characters each).
discord-form = Plan an event
discord-form-title = What is it?
    .example = Board games
discord-form-when = When?
    .example = friday 19:30, tomorrow 9am, every monday 10:00
discord-form-place = Where? (optional)
    .example = Kim's place
discord-form-max = How many places? (optional)
    .example = 6
discord-form-description = Anything else? (optional)
    .example = Bring snacks

# (end of adapters)


