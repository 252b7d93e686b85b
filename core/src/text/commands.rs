//! The command catalogue: names, usage, summaries and examples shown by `/help` and in hints. The
//! parser finds commands here by name ([`CommandSpec::find`]), so the language and its help never
//! disagree.

/// One command of the command language, as listed by `/help`.
#[derive(Debug, PartialEq, Eq)]
pub struct CommandSpec {
    /// The name, without `/`.
    pub name: &'static str,
    /// Other names people may type.
    pub aliases: &'static [&'static str],
    /// The shape of its arguments, e.g. `<id>`.
    pub usage: &'static str,
    /// One line: what it does.
    pub summary: &'static str,
    /// Examples that work as typed.
    pub examples: &'static [&'static str],
    /// More explanation for `/help <name>`.
    pub details: &'static str,
}

impl CommandSpec {
    /// The spec called `name` (or one of its aliases), case-insensitively.
    pub fn find(name: &str) -> Option<&'static CommandSpec> {
        let name = name.trim_start_matches('/').to_lowercase();
        COMMANDS.iter().find(|c| c.name == name || c.aliases.contains(&name.as_str()))
    }

    /// The one-line summary in `language` (menus published once for every language).
    pub fn summary_in(&self, _language: crate::domain::Language) -> String {
        self.summary.to_owned()
    }

    /// The known command closest to a typo, if one is close enough.
    pub fn closest(name: &str) -> Option<&'static str> {
        let name = name.to_lowercase();
        COMMANDS
            .iter()
            .flat_map(|c| std::iter::once(c.name).chain(c.aliases.iter().copied()).map(move |n| (c.name, n)))
            .map(|(canonical, n)| (canonical, strsim::damerau_levenshtein(&name, n)))
            .filter(|(canonical, d)| *d <= 2 && *d < canonical.len())
            .min_by_key(|(_, d)| *d)
            .map(|(canonical, _)| canonical)
    }
}

macro_rules! spec {
    ($name:literal, [$($alias:literal),*], $usage:literal, $summary:literal, [$($example:literal),+], $details:literal) => {
        CommandSpec {
            name: $name,
            aliases: &[$($alias),*],
            usage: $usage,
            summary: $summary,
            examples: &[$($example),+],
            details: $details,
        }
    };
}

/// Every command, in the order `/help` lists them.
pub static COMMANDS: &[CommandSpec] = &[
    spec!("new", ["create", "add"], "<title> <when> [for <length>] [@place] [#topic] [max N] [-- description]",
        "create an event",
        ["/new Board games friday 19:30 for 3h @Kim's place #games max 6", "/new Standup every weekday 9:15", "/new Lunch tomorrow 13:00"],
        "The time can be a date and time (\"dec 24 19:00\", \"24/12 19:00\", \"tomorrow 9am\", \"next friday 18:30\", \"tuesday next week 12:30\", \"in 2 hours\") or a repeat (\"every monday 10:00\", \"every other tuesday 9:00\", \"every 2 weeks on tue, thu 18:30\", \"every last friday of the month 19:00\"). Events last 1 hour unless you give an end (\"friday 19:30-22:00\", \"sat 22:00 until 2am\") or a length (\"for 3h\"). \"max 6\" limits places; later people join a waitlist. Send /new on its own and I ask for the title, the time and the place one at a time. Or write it as a form, one part a line after /new: \"title: Board games\", \"when: friday 19:30\", then any of length, place, topic, max and description."),
    spec!("draft", [], "<create|skip|cancel>", "go on with an event you are planning step by step",
        ["/draft create", "/draft cancel"],
        "Send /new on its own and I ask for the title, the time and the place one at a time; the buttons under my questions do the same as these."),
    spec!("events", ["agenda", "list", "upcoming"], "[page]", "list upcoming events",
        ["/events", "/events 2"],
        "Shows this chat's events and those of calendars it follows, soonest first, 10 a page."),
    spec!("event", ["show", "info"], "<id>", "show an event with who is going",
        ["/event 3"],
        "Events of calendars this chat follows have two-part numbers, like #7.3."),
    spec!("search", ["find"], "[words] [#topic] [@place] [time range]", "find events",
        ["/search #boardgames next week", "/search pizza @Luigi's", "/search this weekend"],
        "Time ranges: today, tomorrow, this week, next week, this weekend, this month, next month, a month name or a date."),
    spec!("join", ["going", "yes", "rsvp"], "[id]", "say you are going",
        ["/join 3"],
        "When the event is full you join the waitlist and move up automatically when a place frees. For a repeating event, your answer is for the next time it happens. Without a number I show the coming events to choose from."),
    spec!("maybe", [], "[id]", "say you might come", ["/maybe 3"], "A maybe takes no place."),
    spec!("decline", ["no", "cant"], "[id]", "say you can't come", ["/decline 3"], "Your place, if you had one, goes to the first person on the waitlist."),
    spec!("leave", ["unjoin"], "<id>", "take back your answer", ["/leave 3"], "Your place, if you had one, goes to the first person on the waitlist."),
    spec!("edit", [], "<id> <title|place|description|topics|max|length|time> <value>", "change an event",
        ["/edit 3 place Kim's place", "/edit 3 max 8", "/edit 3 title Board games night", "/edit 3 length 2h", "/edit 3 time sat 20:00", "/edit 3 max none"],
        "Only the organizer and the chat's admins can edit. Use \"none\" to clear the place, description, topics or limit."),
    spec!("move", ["reschedule"], "<id> <when> [for <length>]", "move an event to another time",
        ["/move 3 tomorrow 20:00", "/move 3 dec 24 19:00 for 2h", "/move 3 sat 10-12"],
        "Only the organizer and the chat's admins can move an event. A repeating event moves to another repeat, e.g. \"/move 2 every tuesday 9:30\"."),
    spec!("cancel", ["delete", "remove"], "<id> [day]", "cancel an event, or one day of a repeating one",
        ["/cancel 3", "/cancel 2 dec 1"],
        "Only the organizer and the chat's admins can cancel. Everyone who answered is told. With a day, only that occurrence of a repeating event is cancelled."),
    spec!("poll", ["when"], "<title> | <time> | <time> ...", "ask the group which time suits best",
        ["/poll Team dinner | thu 20:00 | fri 21:00 | sat 13:00", "/poll Climbing | sat 10-13 | sun 15-18"],
        "Give 2 to 10 times, each with an end if you like (\"sat 10-13\"; an hour otherwise). Everyone votes for every time that works; the organizer closes the poll and the most-voted time (the earliest on a tie) becomes an event with its voters going."),
    spec!("vote", [], "<poll> <option> [option ...]", "vote for poll options (again to take it back)",
        ["/vote 1 2", "/vote 1 1 3"], "Voting for an option you already voted for removes that vote."),
    spec!("close", [], "<poll>", "close a poll and create the event", ["/close 1"],
        "Only the poll's organizer and the chat's admins can close it."),
    spec!("remind", [], "<id> <lead> [lead ...] | off", "get your own reminder before an event",
        ["/remind 3 30m", "/remind 3 1d 2h", "/remind 3 off"],
        "Your reminders come by private message (and by email once you link one). The chat's own reminders are set with /settings reminders."),
    spec!("reminders", [], "", "list your coming reminders", ["/reminders"], "Shows each reminder you asked for with /remind."),
    spec!("snooze", [], "<id> [lead]", "remind me again in a while", ["/snooze 3", "/snooze 3 30m"],
        "Without a length you are reminded again in 10 minutes."),
    spec!("digest", [], "daily <time> | weekly <day> <time> | off", "post the week ahead here regularly",
        ["/digest daily 08:00", "/digest weekly mon 08:00", "/digest off"],
        "At that time (in this chat's zone) I post the events of the next 7 days. Only admins can change it."),
    spec!("email", [], "[address | off]", "get your reminders by email too",
        ["/email you@example.org", "/email off"],
        "I send a 6-digit code to the address; send it back with /verify to link it. Best done in a private chat with me."),
    spec!("verify", [], "<code>", "confirm your email address", ["/verify 123456"], "Codes last 15 minutes; after 5 wrong tries ask for a new one."),
    spec!("timezone", ["tz"], "[zone]", "show or set this chat's time zone",
        ["/timezone Europe/Madrid", "/timezone"],
        "Zones are IANA names like Europe/Madrid or America/New_York. Only admins can change it."),
    spec!("mytimezone", ["mytz"], "[zone|off]", "show or set your own time zone",
        ["/mytimezone America/New_York", "/mytimezone off"],
        "Times you type are read in your zone when you have one, else in the chat's."),
    spec!("language", ["idioma", "lang"], "[es|en]", "show or set the language I speak in this chat",
        ["/language es", "/language en", "/language"],
        "I speak English (en) and Spanish (es), and read times written in either. Only admins can change it; a chat that never chose one gets the language of its platform."),
    spec!("mylanguage", ["miidioma", "mylang"], "[es|en|off]", "show or set the language of your private messages and emails",
        ["/mylanguage es", "/mylanguage off"],
        "Your own reminders, by private message and by email, come in this language; with off they follow the chat's."),
    spec!("share", [], "", "get a code other chats can use to follow this calendar", ["/share"],
        "Any chat, on any platform, can then follow this chat's events with /subscribe."),
    spec!("subscribe", ["follow"], "<code>", "follow another chat's calendar", ["/subscribe KQ7M-X2PD"],
        "Ask someone in the other chat to send /share for the code."),
    spec!("unsubscribe", ["unfollow"], "[code or calendar number]", "stop following a calendar",
        ["/unsubscribe", "/unsubscribe 7"], "With no argument, lists the calendars this chat follows."),
    spec!("settings", ["config"], "[create admins|everyone] [reminders <leads>|off] [timezone <zone>] [feed [reset]] [discord-events on|off]", "show or change this chat's settings",
        ["/settings", "/settings create admins", "/settings reminders 2h 15m", "/settings feed", "/settings discord-events on"],
        "Only admins can change settings. \"/settings feed\" gives a private address to follow this chat's events in Google Calendar, Apple Calendar or Thunderbird; \"/settings feed reset\" replaces it. On Discord, \"/settings discord-events on\" also lists this channel's events in the server's Events tab."),
    spec!("help", [], "[command]", "list commands, or explain one", ["/help", "/help new"], "Every command has its own help."),
    spec!("start", [], "", "what Convene is and how to begin", ["/start"], "Starts here."),
];
