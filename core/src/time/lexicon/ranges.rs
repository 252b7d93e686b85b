//! Spanish hour ranges: "de 19 a 22", "de 19:30 a 22:00", "desde las 19 hasta las 22hs" become
//! the grammar's "19-22" (an end time, read like "friday 19:30-22:00").

/// The range at the start of `rest`, and how many words it took.
pub(super) fn hour_range(rest: &[&str]) -> Option<(Vec<String>, usize)> {
    let (from, at) = match rest {
        ["de" | "desde", "la" | "las", from, ..] => (*from, 3),
        ["de" | "desde", from, ..] => (*from, 2),
        _ => return None,
    };
    let (to, used) = match &rest[at..] {
        ["a" | "hasta", "la" | "las", to, ..] => (*to, at + 3),
        ["a" | "hasta", to, ..] => (*to, at + 2),
        _ => return None,
    };
    Some((vec![format!("{}-{}", clock(from)?, clock(to)?)], used))
}

/// "19", "19hs", "19h", "19:30" as the grammar writes a clock time, if it is one.
fn clock(word: &str) -> Option<String> {
    let bare = word.strip_suffix("hs").or_else(|| word.strip_suffix('h')).unwrap_or(word);
    let (hours, minutes) = bare.split_once(':').unwrap_or((bare, "00"));
    let (h, m): (u32, u32) = (hours.parse().ok()?, minutes.parse().ok()?);
    (h <= 24 && m < 60 && minutes.len() == 2).then(|| if bare.contains(':') { bare.to_owned() } else { h.to_string() })
}

#[cfg(test)]
mod tests {
    use super::hour_range;

    #[test]
    fn ranges_read_with_and_without_articles() {
        let read = |text: &str| hour_range(&text.split(' ').collect::<Vec<_>>());
        assert_eq!(read("de 19 a 22"), Some((vec!["19-22".into()], 4)));
        assert_eq!(read("desde las 19:30 hasta las 22hs manana"), Some((vec!["19:30-22".into()], 6)));
        assert_eq!(read("de lunes a viernes"), None, "days are a repeat, read elsewhere");
        assert_eq!(read("de la mañana"), None);
        assert_eq!(read("de 25 a 27"), None, "not hours");
    }
}
