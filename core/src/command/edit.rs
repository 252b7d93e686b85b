//! `/edit <id> <field> <value>`: which part of an event changes, named in English or Spanish.

use super::parse::{event_ref, move_to};
use super::phrases::capacity;
use super::{Command, EventChange};
use crate::domain::{Description, EventTitle, Location, Topic};
use crate::refusal::Problem;
use crate::time::{parse_duration, TimeContext};

pub(super) fn edit(args: &str, ctx: &TimeContext) -> Result<Command, Problem> {
    let (event, rest) = event_ref(args)?;
    let (field, value) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let value = value.trim();
    let cleared = matches!(value.to_lowercase().as_str(), "none" | "-" | "off" | "no" | "ninguno" | "nada");
    // English or Spanish field names, accents optional.
    let change = match crate::time::fold_accents(&field.to_lowercase()).as_str() {
        "" => return Err(Problem::MissingArguments),
        // "/edit 3 time friday 20:00" is a move.
        "time" | "when" | "date" | "day" | "start" | "hora" | "cuando" | "fecha" | "dia" => {
            return move_to(event, value, ctx)
        }
        "title" | "name" | "titulo" | "nombre" if value.is_empty() => return Err(Problem::MissingArguments),
        "title" | "name" | "titulo" | "nombre" => {
            EventChange::Title(EventTitle::parse(value).ok_or(Problem::BadTitle)?)
        }
        "place" | "where" | "location" | "lugar" | "donde" if cleared => EventChange::Place(None),
        "place" | "where" | "location" | "lugar" | "donde" => {
            EventChange::Place(Some(Location::parse(value.trim_start_matches('@')).ok_or(Problem::BadPlace)?))
        }
        "description" | "desc" | "about" | "notes" | "descripcion" | "notas" if cleared => {
            EventChange::Description(None)
        }
        "description" | "desc" | "about" | "notes" | "descripcion" | "notas" => EventChange::Description(
            Description::parse(value).map_err(|too_long| Problem::DescriptionTooLong(too_long.0))?,
        ),
        "topics" | "tags" | "topic" | "temas" | "tema" if cleared => EventChange::Topics(Vec::new()),
        "topics" | "tags" | "topic" | "temas" | "tema" => EventChange::Topics(
            value
                .split([' ', ','])
                .filter(|t| !t.is_empty())
                .map(|t| Topic::parse(t).ok_or_else(|| Problem::BadTopic(t.into())))
                .collect::<Result<_, _>>()?,
        ),
        "max" | "capacity" | "limit" | "places" | "cupo" | "lugares" if cleared => EventChange::Capacity(None),
        "max" | "capacity" | "limit" | "places" | "cupo" | "lugares" => EventChange::Capacity(Some(capacity(value)?)),
        "length" | "duration" | "for" | "duracion" => {
            EventChange::Length(parse_duration(value).ok_or_else(|| Problem::BadLength(value.into()))?)
        }
        other => return Err(Problem::UnknownField(other.chars().take(30).collect())),
    };
    Ok(Command::Edit(event, change))
}
