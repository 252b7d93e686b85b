//! Spanish time words, turned into the grammar's vocabulary: days and months, "mañana" (tomorrow,
//! or morning after "a/de/por la"), "a las 9 y media", "de la noche", "el lunes que viene",
//! "todos los martes", "de lunes a viernes", "dentro de media hora", "hasta", "durante".

use super::{clock_word, number, number_word, Language};

/// The words with every Spanish word or phrase replaced; other words pass through.
pub(super) fn translate(words: &[String], hint: Option<Language>) -> Vec<String> {
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut at = 0;
    while at < words.len() {
        let (emitted, used) = step(&words[at..], out.last().map(String::as_str), hint);
        out.extend(emitted);
        at += used.max(1);
    }
    out
}

fn emit(text: &str, used: usize) -> (Vec<String>, usize) {
    (text.split_whitespace().map(str::to_string).collect(), used)
}

/// What the words at the start of `rest` become, and how many were read.
fn step(rest: &[&str], previous: Option<&str>, hint: Option<Language>) -> (Vec<String>, usize) {
    if let Some(read) = super::ranges::hour_range(rest).or_else(|| phrase(rest)).or_else(|| clock(rest, previous)) {
        return read;
    }
    let Some(word) = rest.first() else {
        return (Vec::new(), 1);
    };
    match *word {
        "ago" if previous.is_some_and(is_day_number) || hint == Some(Language::Es) => emit("aug", 1),
        "el" | "la" | "los" | "las" | "del" if rest.get(1).is_some_and(|next| number(next).is_some()) => emit("the", 1),
        "el" | "la" | "los" | "las" => (Vec::new(), 1),
        other => match single(other) {
            Some(text) => emit(text, 1),
            None => match number_word(other) {
                Some(n) => (vec![n.to_string()], 1),
                None => (vec![other.to_string()], 1),
            },
        },
    }
}

fn is_day_number(word: &str) -> bool {
    word.parse::<u32>().is_ok_and(|n| (1..=31).contains(&n))
}

/// Phrases of several words.
fn phrase(rest: &[&str]) -> Option<(Vec<String>, usize)> {
    let read = match rest {
        ["pasado", "manana", ..] => emit("the day after tomorrow", 2),
        ["a" | "de" | "por" | "en", "la", part, ..] if part_word(part).is_some() => {
            emit(&format!("in the {}", part_word(part)?), 3)
        }
        // "la mañana" is always the morning, never tomorrow.
        ["la", part, ..] if part_word(part).is_some() => emit(&format!("in the {}", part_word(part)?), 2),
        ["esta", "noche", ..] => emit("tonight", 2),
        ["esta", "manana", ..] => emit("this morning", 2),
        ["esta", "tarde", ..] => emit("this evening", 2),
        ["de", first, "a", last, ..] => emit(&format!("every {}", day_run(first, last)?), 4),
        ["todos" | "todas", "los" | "las", plural, ..] => emit(&format!("every {}", every_unit(plural)?), 3),
        ["los" | "las", day, ..] if plural_day(day).is_some() => emit(plural_day(day)?, 2),
        [day, "que", "viene" | "viene,", ..] => emit(&format!("next {}", next_unit(day)?), 3),
        ["semana", "pasada", ..] => emit("last week", 2),
        ["mes", "pasado", ..] => emit("last month", 2),
        [day, "pasado", ..] if weekday(day).is_some() => emit(&format!("last {}", weekday(day)?), 2),
        ["dentro", "de", ..] => emit("in", 2),
        ["al" | "a", "mediodia", ..] => emit("at noon", 2),
        ["a", "medianoche", ..] => emit("at midnight", 2),
        ["media", "hora", ..] => emit("half an hour", 2),
        ["primero" | "primer" | "1ro" | "1ero" | "1o", "de", month, ..] if month_word(month).is_some() => {
            emit(&format!("1 of {}", month_word(month)?), 3)
        }
        ["ano", "nuevo", ..] => emit("jan 1", 2),
        ["fin" | "fines", "de", "ano", ..] => emit("dec 31", 3),
        ["dia", "de", "reyes", ..] => emit("jan 6", 3),
        ["fin", "de", "semana", ..] => emit("weekend", 3),
        ["fines", "de", "semana", ..] => emit("weekends", 3),
        _ => return None,
    };
    Some(read)
}

/// "a las 9", "las 9 y media", "10 menos cuarto", "9 y 10", "21 hs", "a las 15 horas", "9 en punto".
fn clock(rest: &[&str], previous: Option<&str>) -> Option<(Vec<String>, usize)> {
    if let ["a", "las" | "la", next, ..] = rest {
        return is_clock(next).then(|| emit("at", 2));
    }
    if let ["las" | "la", next, ..] = rest {
        return (is_clock(next) && previous != Some("at")).then(|| emit("at", 1));
    }
    if let ["a", next, ..] = rest {
        return is_clock(next).then(|| emit("at", 1));
    }
    let first = rest.first()?;
    let hour = hour_word(first).or_else(|| (previous == Some("at")).then(|| number(first)).flatten())?;
    let read = match rest.get(1..)? {
        ["y", "media", ..] => emit(&clock_word(hour, 30), 3),
        ["y", "cuarto", ..] => emit(&clock_word(hour, 15), 3),
        ["menos", "cuarto", ..] => emit(&clock_word(before(hour), 45), 3),
        ["y", minutes, ..] if number(minutes).is_some_and(|m| (1..60).contains(&m)) => {
            emit(&clock_word(hour, number(minutes)?), 3)
        }
        ["menos", minutes, ..] if number(minutes).is_some_and(|m| (1..30).contains(&m)) => {
            emit(&clock_word(before(hour), 60 - number(minutes)?), 3)
        }
        ["en", "punto", ..] => emit(&clock_word(hour, 0), 3),
        ["hs" | "horas" | "hrs", ..] if !matches!(previous, Some("in" | "for" | "every" | "ago")) => {
            emit(&clock_word(hour, 0), 2)
        }
        _ if previous == Some("at") => emit(&hour.to_string(), 1),
        _ => return None,
    };
    Some(read)
}

/// An hour of the clock, in digits or as a word ("nueve", "once", "doce").
fn hour_word(word: &str) -> Option<u32> {
    if word == "once" {
        return Some(11);
    }
    number(word).filter(|hour| (0..=24).contains(hour))
}

/// An hour word or a clock time in digits ("9", "19:30", "21hs").
fn is_clock(word: &str) -> bool {
    hour_word(word).is_some() || word.starts_with(|c: char| c.is_ascii_digit())
}

fn before(hour: u32) -> u32 {
    if hour == 0 {
        23
    } else {
        hour - 1
    }
}

fn part_word(word: &str) -> Option<&'static str> {
    match word {
        "manana" | "madrugada" => Some("morning"),
        "tarde" => Some("evening"),
        "noche" => Some("night"),
        _ => None,
    }
}

/// "de lunes a viernes": the days from `first` to `last`.
fn day_run(first: &str, last: &str) -> Option<String> {
    const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let from = DAYS.iter().position(|day| Some(*day) == weekday(first))?;
    let to = DAYS.iter().position(|day| Some(*day) == weekday(last))?;
    (from < to).then(|| DAYS[from..=to].join(" "))
}

/// After "todos los": "lunes" -> "monday", "dias" -> "day", "meses" -> "month", "noches" -> "night".
fn every_unit(plural: &str) -> Option<&'static str> {
    let unit = match plural {
        "dias" => "day",
        "semanas" => "week",
        "meses" => "month",
        "anos" => "year",
        "mananas" => "morning",
        "tardes" => "evening",
        "noches" => "night",
        "sabados" => "saturday",
        "domingos" => "sunday",
        other => weekday(other)?,
    };
    Some(unit)
}

/// "los lunes", "los sábados": every such day.
fn plural_day(word: &str) -> Option<&'static str> {
    let plural = match word {
        "sabados" => "saturdays",
        "domingos" => "sundays",
        "lunes" => "mondays",
        "martes" => "tuesdays",
        "miercoles" => "wednesdays",
        "jueves" => "thursdays",
        "viernes" => "fridays",
        _ => return None,
    };
    Some(plural)
}

/// What "... que viene" can follow.
fn next_unit(word: &str) -> Option<&'static str> {
    match word {
        "semana" => Some("week"),
        "mes" => Some("month"),
        "ano" => Some("year"),
        other => weekday(other),
    }
}

fn weekday(word: &str) -> Option<&'static str> {
    let day = match word {
        "lunes" | "lun" => "monday",
        "martes" => "tuesday",
        "miercoles" | "mie" | "mier" => "wednesday",
        "jueves" | "jue" => "thursday",
        "viernes" | "vie" => "friday",
        "sabado" | "sab" => "saturday",
        "domingo" | "dom" => "sunday",
        _ => return None,
    };
    Some(day)
}

fn month_word(word: &str) -> Option<&'static str> {
    let month = match word {
        "enero" | "ene" => "january",
        "febrero" => "february",
        "marzo" => "march",
        "abril" | "abr" => "april",
        "mayo" => "may",
        "junio" => "june",
        "julio" => "july",
        "agosto" => "august",
        "septiembre" | "setiembre" => "september",
        "octubre" => "october",
        "noviembre" => "november",
        "diciembre" | "dic" => "december",
        _ => return None,
    };
    Some(month)
}

/// Words that stand alone.
fn single(word: &str) -> Option<&'static str> {
    if let Some(day) = weekday(word).or_else(|| month_word(word)) {
        return Some(day);
    }
    let english = match word {
        "manana" => "tomorrow",
        "hoy" => "today",
        "ayer" => "yesterday",
        "anteayer" | "antier" => "the day before yesterday",
        "proximo" | "proxima" => "next",
        "este" | "esta" => "this",
        "pasado" | "pasada" => "last",
        "cada" => "every",
        "en" => "in",
        "hace" => "ago",
        "de" | "del" => "of",
        "y" => "and",
        "hasta" => "until",
        "durante" => "for",
        "veces" => "times",
        "mediodia" => "noon",
        "medianoche" => "midnight",
        "nochebuena" => "dec 24",
        "navidad" => "dec 25",
        "nochevieja" => "dec 31",
        "reyes" => "jan 6",
        "primer" | "primero" | "1er" | "1ro" => "first",
        "segundo" => "second",
        "tercer" | "tercero" => "third",
        "cuarto" => "fourth",
        "quinto" => "fifth",
        "ultimo" | "ultima" => "last",
        "dia" => "day",
        "dias" => "days",
        "semana" => "week",
        "semanas" => "weeks",
        "mes" => "month",
        "meses" => "months",
        "ano" => "year",
        "anos" => "years",
        "hora" => "hour",
        "horas" | "hs" => "hours",
        "minuto" => "minute",
        "minutos" => "minutes",
        "quincena" => "fortnight",
        "sabados" => "saturdays",
        "domingos" => "sundays",
        _ => return None,
    };
    Some(english)
}
