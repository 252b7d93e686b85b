//! `/new` as a form: one `name: value` line per part, for platforms whose people fill in fields
//! (Discord's slash-command options and forms) and for anyone who prefers it:
//!
//! ```text
//! /new
//! title: Board games @ Kim's
//! when: friday 19:30
//! place: Kim's place
//! ```
//!
//! The parts may be named in Spanish too (`título:`, `cuándo:`, `lugar:`...).
//!
//! Each part is read on its own, so nothing moves between them: a title may hold `@`, `#` or
//! words that look like a time, and the time must be read whole (a word of it left unread is
//! refused, never put in the title). `description` is last and may span lines.

use super::draft::EventDraft;
use super::phrases::{capacity, one_length, read_title, time_problem, DEFAULT_LENGTH};
use crate::domain::{Description, EventTitle, Location, Topic};
use crate::refusal::Problem;
use crate::time::{fold_accents, parse_duration, parse_span, Span, TimeContext};

/// The parts a form may give, in the order they are written.
pub const FORM_FIELDS: &[&str] = &["title", "when", "length", "place", "topic", "max", "description"];

/// Other names a part may be written with (Spanish, accents optional), and the part each names.
const OTHER_FIELD_NAMES: &[(&str, &str)] = &[
    ("titulo", "title"),
    ("cuando", "when"),
    ("duracion", "length"),
    ("lugar", "place"),
    ("tema", "topic"),
    ("cupo", "max"),
    ("descripcion", "description"),
];

/// The part a line's name stands for: "title", "Título" and "titulo" all name the title.
fn field_named(name: &str) -> Option<&'static str> {
    let name = fold_accents(&name.trim().to_lowercase());
    let known = FORM_FIELDS.iter().copied().find(|field| *field == name);
    known.or_else(|| OTHER_FIELD_NAMES.iter().find(|(other, _)| *other == name).map(|(_, field)| *field))
}

/// The parts of a form, when `args` is one: every line `name: value` with a known name (lines
/// after `description:` belong to it), and at least a title and a time.
pub(super) fn read_form(args: &str) -> Option<Vec<(&'static str, String)>> {
    let mut parts: Vec<(&'static str, String)> = Vec::new();
    for line in args.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let field = line.split_once(':').and_then(|(name, value)| Some((field_named(name)?, value.trim().to_string())));
        let in_description = parts.iter().any(|(n, _)| *n == "description");
        match (field, parts.last_mut()) {
            (Some(field), _) if !in_description => parts.push(field),
            (_, Some(("description", text))) => {
                text.push('\n');
                text.push_str(line);
            }
            _ => return None,
        }
    }
    let has = |name| parts.iter().any(|(n, v)| *n == name && !v.is_empty());
    (has("title") && has("when")).then_some(parts)
}

/// The event a form describes.
pub(super) fn event_from_form(parts: &[(&'static str, String)], ctx: &TimeContext) -> Result<EventDraft, Problem> {
    let part = |name: &str| parts.iter().find(|(n, v)| *n == name && !v.is_empty()).map(|(_, v)| v.as_str());
    let Span { when, length: until_end } = parse_span(part("when").unwrap_or_default(), ctx).map_err(time_problem)?;
    let written = match part("length") {
        Some(length) => {
            Some(parse_duration(length).ok_or_else(|| Problem::BadLength(length.chars().take(32).collect()))?)
        }
        None => None,
    };
    let location = match part("place") {
        Some(place) => Some(Location::parse(place).ok_or(Problem::BadPlace)?),
        None => None,
    };
    let topics = match part("topic") {
        Some(topic) => {
            let tag = format!("#{}", topic.trim_start_matches('#'));
            vec![Topic::parse(&tag).ok_or_else(|| Problem::BadTopic(tag.chars().take(32).collect()))?]
        }
        None => Vec::new(),
    };
    let description = match part("description").map(Description::parse).transpose() {
        Ok(description) => description.flatten(),
        Err(too_long) => return Err(Problem::DescriptionTooLong(too_long.0)),
    };
    Ok(EventDraft {
        title: read_title(part("title").unwrap_or_default(), EventTitle::parse)?,
        when,
        length: one_length(until_end, written)?.unwrap_or(DEFAULT_LENGTH),
        location,
        topics,
        capacity: part("max").map(capacity).transpose()?,
        description,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::{parse, Command};
    use chrono::TimeZone;

    fn ctx() -> TimeContext {
        let now = chrono::Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).single().expect("a time");
        TimeContext { now, zone: chrono_tz::Europe::Madrid }
    }

    fn new_event(text: &str) -> Result<EventDraft, String> {
        match parse(text, &ctx()) {
            Ok(Command::New(draft)) => Ok(*draft),
            Ok(other) => Err(format!("{other:?}")),
            Err(error) => Err(error.to_string()),
        }
    }

    #[test]
    fn each_part_is_read_on_its_own() {
        let draft = new_event(
            "/new\ntitle: Friday drinks @ Kim's #1\nwhen: tomorrow 19:00\nplace: Kim's #2 flat\nmax: 6\ntopic: #social",
        )
        .expect("a form");
        assert_eq!(draft.title.as_str(), "Friday drinks @ Kim's #1");
        assert_eq!(draft.location.as_ref().map(|l| l.as_str()), Some("Kim's #2 flat"));
        assert_eq!(draft.capacity.map(|c| c.get()), Some(6));
        assert_eq!(draft.topics.len(), 1);
        assert_eq!(draft.when.start.to_rfc3339(), "2026-11-21T19:00:00+01:00");
    }

    #[test]
    fn a_time_with_words_left_unread_is_refused_not_guessed() {
        let error = new_event("/new\ntitle: Retro\nwhen: yesterday 10:00").expect_err("refused");
        assert!(error.contains("Time") || error.contains("time"), "{error}");
        assert!(new_event("/new\ntitle: Picnic\nwhen: someday").is_err());
    }

    #[test]
    fn the_description_is_last_and_keeps_its_lines() {
        let draft =
            new_event("/new\ntitle: Picnic\nwhen: sat 13:00\nlength: 3h\ndescription: Bring a blanket\nand: fruit")
                .expect("a form");
        assert_eq!(draft.description.as_ref().map(|d| d.as_str()), Some("Bring a blanket\nand: fruit"));
        assert_eq!(draft.length, chrono::Duration::hours(3));
    }

    #[test]
    fn the_parts_may_be_named_in_spanish() {
        let draft = new_event(
            "/new\nTítulo: Cena de fin de año\ncuándo: 31 dic 21:30\nlugar: casa de Ana\nduracion: 3h\ncupo: 8\ntema: cena\ndescripción: Trae algo\npara: beber",
        )
        .expect("a form");
        assert_eq!(draft.title.as_str(), "Cena de fin de año");
        assert_eq!(draft.when.start.to_rfc3339(), "2026-12-31T21:30:00+01:00");
        assert_eq!(draft.location.as_ref().map(|l| l.as_str()), Some("casa de Ana"));
        assert_eq!((draft.length, draft.capacity.map(|c| c.get())), (chrono::Duration::hours(3), Some(8)));
        assert_eq!(draft.description.as_ref().map(|d| d.as_str()), Some("Trae algo\npara: beber"));
        assert_eq!(draft.topics.len(), 1);
    }

    #[test]
    fn text_that_is_no_form_is_read_as_a_sentence() {
        let draft = new_event("/new Board games friday 19:30 @Kim's place").expect("a sentence");
        assert_eq!(draft.title.as_str(), "Board games");
        assert!(read_form("Board games\nwhen: friday").is_none(), "every line must be a part");
        assert!(read_form("title: Board games").is_none(), "a form needs a time");
    }
}
