//! Never a silent misreading: what people type to `/new`, in English and Spanish, is either read
//! whole or asked about. Read in Europe/Madrid on Friday 2026-03-27 at 10:00, two days before the
//! spring DST change.

#![allow(clippy::unwrap_used)]

use chrono::{TimeZone, Utc};
use chrono_tz::Tz;
use convene_core::command::{parse, Command};
use convene_core::refusal::{ParseError, Problem};
use convene_core::time::TimeContext;

fn ctx() -> TimeContext {
    let zone = Tz::Europe__Madrid;
    TimeContext { now: zone.with_ymd_and_hms(2026, 3, 27, 10, 0, 0).unwrap().with_timezone(&Utc), zone }
}

/// "title | local start [rule]", or "ask: word" when a time word was left, or the problem.
fn read(text: &str) -> String {
    match parse(text, &ctx()) {
        Ok(Command::New(draft)) => {
            let mut out = format!("{} | {}", draft.title.as_str(), draft.when.start.format("%Y-%m-%d %H:%M"));
            if let Some(rule) = &draft.when.recurrence {
                out = format!("{out} {}", rule.rrule());
            }
            out
        }
        Err(ParseError::Invalid { problem: Problem::TimeWordLeft { word, .. }, .. }) => format!("ask: {word}"),
        Err(ParseError::Invalid { problem, .. }) => format!("{problem:?}"),
        other => format!("{other:?}"),
    }
}

#[rustfmt::skip]
const MESSAGES: &[(&str, &str)] = &[
    // the failing examples of issue 18: read right, or asked
    ("/new Retro yesterday 10:00", "Time(InPast { interpreted: 2026-03-26T10:00:00CET })"),
    ("/new Drinks half past 7 tonight", "Drinks | 2026-03-27 19:30"),
    ("/new Dinner monday at 7 in the evening", "Dinner | 2026-03-30 19:00"),
    ("/new Party christmas eve 8pm", "Party | 2026-12-24 20:00"),
    ("/new Yoga mondays 19:00", "Yoga | 2026-03-30 19:00 FREQ=WEEKLY;BYDAY=MO"),
    ("/new Walk every evening at 9", "Walk | 2026-03-27 21:00 FREQ=DAILY"),
    ("/new Standup every friday until january 31 19:00", "Standup | 2026-03-27 19:00 FREQ=WEEKLY;BYDAY=FR;UNTIL=20270131T235959"),
    ("/new Detox every day for 5 days 8am", "Detox | 2026-03-28 08:00 FREQ=DAILY;COUNT=5"),
    ("/new Retreat friday 9:00 for 2 days", "Retreat | 2026-04-03 09:00"),
    ("/new Drinks friday @ 7pm", "Drinks | 2026-03-27 19:00"),
    ("/new Drinks friday @7pm", "Drinks | 2026-03-27 19:00"),
    // a time word left in the title is asked about unless the time agrees with it
    ("/new Sunday brunch sunday 11:00", "Sunday brunch | 2026-03-29 11:00"),
    ("/new Sunday brunch 11:00", "ask: Sunday"),
    ("/new Friday drinks saturday 19:30", "ask: Friday"),
    ("/new Movie night friday 20:00", "Movie night | 2026-03-27 20:00"),
    ("/new Morning run 19:00", "ask: Morning"),
    ("/new Coffee with April friday 10:00", "ask: April"),
    // "March" a person or the month: either way this Friday is in March, so nothing is misread
    ("/new Coffee with March friday 10:00", "Coffee with March | 2026-03-27 10:00"),
    ("/new Meet March 5 10:00", "Meet | 2027-03-05 10:00"),
    ("/new Christmas dinner dec 24 21:00", "Christmas dinner | 2026-12-24 21:00"),
    ("/new Retro until friday 10:00", "ask: until"),
    ("/new Before friday 19:30", "Before | 2026-03-27 19:30"),
    ("/new Last orders friday 23:00", "Last orders | 2026-03-27 23:00"),
    ("/new Gym fri 7", "Time(AmbiguousHour { phrase: \"fri 7\", hour: 7 })"),
    ("/new Gym fri 3", "Gym | 2026-03-27 15:00"),
    // Spanish
    ("/new Cena mañana a las 21", "Cena | 2026-03-28 21:00"),
    ("/new Cena viernes 21:00", "Cena | 2026-03-27 21:00"),
    ("/new Asado el sábado a las 13", "Asado | 2026-03-28 13:00"),
    ("/new Fútbol todos los martes 20hs", "Fútbol | 2026-03-31 20:00 FREQ=WEEKLY;BYDAY=TU"),
    ("/new Clase de lunes a viernes a las 9", "Clase | 2026-03-30 09:00 FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ("/new Reunión de la mañana 9:00", "ask: la"),
    ("/new Retro ayer 10:00", "Time(InPast { interpreted: 2026-03-26T10:00:00CET })"),
    ("/new Cena del viernes sábado 21:00", "ask: viernes"),
    ("/new Curso todos los lunes a las 19 durante 4 semanas", "Curso | 2026-03-30 19:00 FREQ=WEEKLY;BYDAY=MO;COUNT=4"),
];

#[test]
fn messages_are_read_whole_or_asked_about() {
    let failures: Vec<String> = MESSAGES
        .iter()
        .filter_map(|(text, expected)| {
            let got = read(text);
            (got != *expected).then(|| format!("{text:?}: expected {expected:?}, got {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}
