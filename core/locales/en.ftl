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


