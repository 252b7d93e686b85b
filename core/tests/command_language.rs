//! The command language, parsed without a database: what people type becomes one command.
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Duration, Utc};
use convene_core::command::{parse, Answer, Command, DigestChoice, EventChange, ParseError, Problem};
use convene_core::domain::{CalendarId, DigestSchedule, EventNo, EventRef};
use convene_core::time::TimeContext;
use proptest::prelude::*;

fn ctx() -> TimeContext {
    // Friday 20 Nov 2026, 10:00 in Madrid.
    let now = DateTime::parse_from_rfc3339("2026-11-20T09:00:00Z").unwrap().with_timezone(&Utc);
    TimeContext { now, zone: chrono_tz::Europe::Madrid }
}

fn local(when: &convene_core::time::When) -> String {
    when.start.format("%a %Y-%m-%d %H:%M %Z").to_string()
}

#[test]
fn new_with_every_marker() {
    let Ok(Command::New(draft)) = parse("/new Board games friday 19:30 for 3h @Kim's place #games max 6", &ctx())
    else {
        panic!("parses")
    };
    assert_eq!(draft.title.as_str(), "Board games");
    assert_eq!(local(&draft.when), "Fri 2026-11-20 19:30 CET");
    assert_eq!(draft.length, Duration::hours(3));
    assert_eq!(draft.location.as_ref().map(|l| l.as_str()), Some("Kim's place"));
    assert_eq!(draft.topics.iter().map(|t| t.as_str()).collect::<Vec<_>>(), ["games"]);
    assert_eq!(draft.capacity.map(|c| c.get()), Some(6));
}

#[test]
fn new_finds_the_time_wherever_it_is() {
    let read = |text: &str| match parse(text, &ctx()) {
        Ok(Command::New(draft)) => {
            (draft.title.as_str().to_string(), local(&draft.when), draft.description.clone().map(String::from))
        }
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(read("/new Standup every weekday 9:15").0, "Standup");
    assert_eq!(read("/new tomorrow 9am Dentist").0, "Dentist");
    assert_eq!(read("/new Friday drinks friday 18:00").0, "Friday drinks");
    assert_eq!(read("/new Dinner for two tomorrow 20:00").0, "Dinner for two");
    assert_eq!(read("/new Talk @Hall B next friday 18:30").1, "Fri 2026-11-27 18:30 CET");
    assert_eq!(read("/new Talk @Hall B next friday 18:30").0, "Talk");
    let numeric = read("/new Meeting 25/12 10:00");
    assert_eq!(
        (numeric.0.as_str(), numeric.1.as_str()),
        ("Meeting", "Fri 2026-12-25 10:00 CET"),
        "not a title \"Meeting 25/12\""
    );
    assert_eq!(read("/new Half marathon 1/2 sat 9:00").0, "Half marathon 1/2", "a fraction in a title stays");
    let (_, _, description) = read("/new Retro tomorrow 15:00 -- bring sticky notes");
    assert_eq!(description.as_deref(), Some("bring sticky notes"));
    let Ok(Command::New(series)) = parse("/new Standup every weekday 9:15", &ctx()) else { panic!() };
    assert_eq!(
        series.when.recurrence.as_ref().map(|r| r.rrule().to_string()).as_deref(),
        Some("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")
    );
}

#[test]
fn an_end_time_sets_the_length_and_leaves_the_title_alone() {
    let read = |text: &str| match parse(text, &ctx()) {
        Ok(Command::New(draft)) => (draft.title.as_str().to_string(), local(&draft.when), draft.length),
        other => panic!("{text}: {other:?}"),
    };
    let party = read("/new New Year's party 31.12. 22:00-02:00");
    assert_eq!(party, ("New Year's party".into(), "Thu 2026-12-31 22:00 CET".into(), Duration::hours(4)));
    assert_eq!(
        read("/new Games friday 19:30 – 22:00 @Kim's").2,
        Duration::minutes(150),
        "an en dash is no description"
    );
    assert_eq!(read("/new Office hours tomorrow 9 to 5").2, Duration::hours(8));
    assert_eq!(
        read("/new Games friday 19:30 for 2h"),
        ("Games".into(), "Fri 2026-11-20 19:30 CET".into(), Duration::hours(2)),
        "a length as the last words"
    );
    assert_eq!(
        read("/new Trip to Paris friday 10:00"),
        ("Trip to Paris".into(), "Fri 2026-11-20 10:00 CET".into(), Duration::hours(1))
    );
    assert_eq!(read("/new Match 3-1 replay friday 19:00").0, "Match 3-1 replay");
    assert_eq!(read("/new Meeting tomorrow 10:00 CET").0, "Meeting", "a zone is not part of the title");
    assert_eq!(
        read("/new Lunch tuesday next week 12:30"),
        ("Lunch".into(), "Tue 2026-11-24 12:30 CET".into(), Duration::hours(1))
    );
    assert_eq!(read("/new Retro the day after tomorrow 10:00").1, "Sun 2026-11-22 10:00 CET");
    assert_eq!(read("/new Next steps friday 10:00").0, "Next steps", "a time word away from the time is title");
    assert_eq!(read("/new tomorrow 9am Last orders").0, "Last orders");
    assert_eq!(read("/new Kids U-12 training sat 10-12").0, "Kids U-12 training");
    let Ok(Command::New(described)) = parse("/new Retro tomorrow 15:00 — bring notes", &ctx()) else { panic!() };
    assert_eq!(
        described.description.as_ref().map(|d| d.as_str()),
        Some("bring notes"),
        "a dash before words still starts a description"
    );
    let edited = parse("/edit 2 time sat 10-12:30", &ctx());
    assert_eq!(edited, parse("/move 2 sat 10-12:30", &ctx()), "/edit <id> time is a move");
    let moved = parse("/move 2 sat 10-12:30", &ctx());
    assert!(matches!(moved, Ok(Command::Move(_, _, Some(d))) if d == Duration::minutes(150)), "{moved:?}");
}

#[test]
fn a_time_inside_the_message_is_found_and_at_after_it_is_the_place() {
    let read = |text: &str| match parse(text, &ctx()) {
        Ok(Command::New(draft)) => {
            let place = draft.location.as_ref().map(|l| l.as_str().to_string());
            (draft.title.as_str().to_string(), local(&draft.when), place)
        }
        other => panic!("{text}: {other:?}"),
    };
    let pub_night = read("/new Drinks friday 19:30 at the pub");
    assert_eq!(pub_night, ("Drinks".into(), "Fri 2026-11-20 19:30 CET".into(), Some("the pub".into())));
    assert_eq!(read("/new Dinner at 8pm at Luigi's").2.as_deref(), Some("Luigi's"));
    assert_eq!(read("/new Board games friday 19:30 with Kim").0, "Board games with Kim");
    assert_eq!(read("/new Quiz tomorrow 20:00 in room 4 @Main hall").0, "Quiz in room 4", "an @place wins");
    assert_eq!(read("/new Rent on the 1st at 9:00").1, "Tue 2026-12-01 09:00 CET");
    assert_eq!(read("/new Karaoke tonight at 9").1, "Fri 2026-11-20 21:00 CET");
    assert_eq!(read("/new Brunch tomorrow morning at 11").0, "Brunch");
}

#[test]
fn the_other_examples_parse() {
    let move_3 = parse("/move 3 tomorrow 20:00", &ctx());
    let Ok(Command::Move(event, when, None)) = move_3 else { panic!("{move_3:?}") };
    assert_eq!(event, EventRef { calendar: None, no: EventNo(3) });
    assert_eq!(local(&when), "Sat 2026-11-21 20:00 CET");
    let Ok(Command::Poll(poll)) = parse("/poll Team dinner | thu 20:00 | fri 21:00 | sat 13:00", &ctx()) else {
        panic!()
    };
    assert_eq!(poll.title.as_str(), "Team dinner");
    let Ok(Command::Poll(commas)) = parse("/poll Team dinner: thu 20:00, fri 21:00, sat 13:00", &ctx()) else {
        panic!("a colon and commas work when there is no |")
    };
    assert_eq!((commas.title.as_str(), commas.options.len()), ("Team dinner", 3));
    assert_eq!(
        parse("/poll Dinner: dec 24, 19:00", &ctx()),
        Err(ParseError::Invalid { command: "poll", problem: Problem::OptionCount(0) }),
        "commas that do not split into times are not guessed at"
    );
    assert_eq!(
        poll.options.iter().map(|o| local(&o.when)).collect::<Vec<_>>(),
        ["Thu 2026-11-26 20:00 CET", "Fri 2026-11-20 21:00 CET", "Sat 2026-11-21 13:00 CET"]
    );
    assert_eq!(
        parse("/join #7.3", &ctx()),
        Ok(Command::Rsvp(EventRef { calendar: Some(CalendarId(7)), no: EventNo(3) }, Answer::Going))
    );
    assert_eq!(
        parse("/JOIN@ConveneBot 2", &ctx()),
        Ok(Command::Rsvp(EventRef { calendar: None, no: EventNo(2) }, Answer::Going))
    );
    assert!(matches!(parse("/edit 2 max none", &ctx()), Ok(Command::Edit(_, EventChange::Capacity(None)))));
    assert!(
        matches!(parse("/move 2 dec 24 19:00 for 2h", &ctx()), Ok(Command::Move(_, _, Some(d))) if d == Duration::hours(2))
    );
    // "for 5 days" after a repeat ends the repeat; it is not the length of each time.
    let Ok(Command::Move(_, when, length)) = parse("/move 2 every day 8am for 5 days", &ctx()) else {
        panic!("a move")
    };
    assert_eq!(when.recurrence.map(|r| r.rrule().to_string()).as_deref(), Some("FREQ=DAILY;COUNT=5"));
    assert_eq!(length, None);
    let Ok(Command::Move(_, when, length)) = parse("/move 2 every monday 19:00 for 2h", &ctx()) else {
        panic!("a move")
    };
    assert!(when.recurrence.is_some());
    assert_eq!(length, Some(Duration::hours(2)), "a length stays a length");
    // /edit names its parts in English or Spanish, accents optional.
    for (spanish, english) in [
        ("/edit 2 lugar Casa de Ana", "/edit 2 place Casa de Ana"),
        ("/edit 2 Título Cena", "/edit 2 title Cena"),
        ("/edit 2 cupo ninguno", "/edit 2 max none"),
        ("/edit 2 duración 2h", "/edit 2 length 2h"),
        ("/edit 2 temas juegos", "/edit 2 topics juegos"),
        ("/edit 2 hora sábado 20:00", "/move 2 saturday 20:00"),
    ] {
        assert_eq!(parse(spanish, &ctx()), parse(english, &ctx()), "{spanish}");
        assert!(parse(spanish, &ctx()).is_ok(), "{spanish}");
    }
}

#[test]
fn typos_get_a_suggestion() {
    let unknown = |text: &str| match parse(text, &ctx()) {
        Err(ParseError::Unknown { suggestion, .. }) => suggestion,
        other => panic!("{other:?}"),
    };
    assert_eq!(unknown("/evnts"), Some("events"));
    assert_eq!(unknown("/jion 1"), Some("join"));
    assert_eq!(unknown("/subscirbe X"), Some("subscribe"));
    assert_eq!(unknown("/xyzzy"), None);
}

#[test]
fn missing_and_wrong_arguments_say_what_is_wrong() {
    let problem = |text: &str| match parse(text, &ctx()) {
        Err(ParseError::Invalid { problem, .. }) => problem,
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(problem("/leave"), Problem::MissingArguments);
    assert_eq!(parse("/maybe", &ctx()), Ok(Command::PickEvent(Answer::Maybe)), "which event is asked");
    assert_eq!(problem("/new Board games"), Problem::NoTime);
    assert_eq!(problem("/new friday 19:30"), Problem::NoTitle);
    assert_eq!(problem(&format!("/new {} friday 19:30", "x".repeat(101))), Problem::BadTitle);
    assert!(matches!(problem("/new Party 2020-01-01 10:00"), Problem::Time(_)));
    assert_eq!(problem("/new Party friday 19:30 max 20000"), Problem::BadCapacity("20000".into()));
    assert_eq!(problem("/poll Lunch | mon 12:00"), Problem::OptionCount(1));
    assert_eq!(problem("/new Games friday 19:30-22:00 for 2h"), Problem::EndAndLength);
    let left = |word: &str, time: &str| Problem::TimeWordLeft { time: time.into(), word: word.into() };
    assert_eq!(problem("/new Sync every 2nd tuesday 9:00"), left("2nd", "tuesday 9:00"));
    assert_eq!(problem("/new Gym mon wed fri 7:00"), left("wed", "fri 7:00"));
    assert_eq!(problem("/new Drinks @the pub, first friday 19:00"), left("first", "friday 19:00"));
    assert_eq!(problem("/move 1 friday 19:30-22:00 for 2h"), Problem::EndAndLength);
    assert_eq!(problem("/poll Lunch | mon 12-14 | mon 12:00"), Problem::DuplicateOption(1, 2), "same start");
}

#[test]
fn digest_shows_stops_or_sets_a_schedule() {
    let digest = |text: &str| match parse(text, &ctx()) {
        Ok(Command::Digest(choice)) => choice,
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(digest("/digest"), DigestChoice::Show);
    assert_eq!(digest("/digest off"), DigestChoice::Off);
    let weekly = DigestSchedule::parse("weekly mon 08:00").unwrap();
    assert_eq!(digest("/digest weekly mon 08:00"), DigestChoice::Set(weekly));
}

proptest! {
    #[test]
    fn nothing_typed_makes_the_parser_panic(text in ".{0,80}") {
        let _ = parse(&text, &ctx());
        let _ = parse(&format!("/new {text}"), &ctx());
        let _ = parse(&format!("/search {text}"), &ctx());
        let _ = parse(&format!("/poll {text}"), &ctx());
    }

    #[test]
    fn any_plain_title_survives_new(words in prop::collection::vec(prop::sample::select(TITLE_WORDS), 1..6)) {
        let title = words.join(" ");
        let parsed = parse(&format!("/new {title} tomorrow 20:00"), &ctx());
        let Ok(Command::New(draft)) = parsed else { panic!("{title}: {parsed:?}") };
        prop_assert_eq!(draft.title.as_str(), title);
        prop_assert_eq!(local(&draft.when), "Sat 2026-11-21 20:00 CET");
    }
}

proptest! {
    #[test]
    fn time_words_in_any_order_never_panic_and_events_make_sense(
        words in prop::collection::vec(prop::sample::select(TIME_SOUP), 1..9)
    ) {
        let text = format!("/new Party {}", words.join(" "));
        for command in [text.clone(), text.replacen("/new Party", "/move 1", 1), text.replacen("/new", "/poll", 1)] {
            if let Ok(Command::New(draft)) = parse(&command, &ctx()) {
                prop_assert!(!draft.title.as_str().is_empty(), "{}", command);
                prop_assert!(draft.length > Duration::zero(), "{}", command);
                prop_assert!(draft.length <= Duration::days(1) || words.contains(&"for"), "{}: {:?}", command, draft.length);
            }
        }
    }
}

const TIME_SOUP: &[&str] = &[
    "-", "–", "to", "until", "from", "at", "7", "9pm", "10", "12:30", "22:00", "2am", "tonight", "tomorrow", "morning",
    "evening", "night", "the", "5th", "on", "next", "week", "friday", "every", "other", "monday", "for", "2h", "24/12",
    "31.12.", "in", "pub", "@Kim's", "--", "day", "after",
];

const TITLE_WORDS: &[&str] = &[
    "Board", "games", "Pizza", "Retro", "Karaoke", "Chess", "club", "walk", "Reading", "circle", "Dinner", "party",
    "quiz", "Kim's", "2", "big", "to", "-", "3-1", "till",
];
