//! Duration phrases: "3h", "90 min", "1h30", "1.5h", "2 days", "1 week".

use chrono::Duration;

const MINUTE: i64 = 60;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;
const WEEK: i64 = 7 * DAY;

/// A duration phrase: "3h", "3 hours", "90m", "90 min", "1h30", "1h 30m",
/// "1.5h", "45 minutes", "2d", "1 day", "1 week". None if it is not a
/// duration or is not longer than zero.
pub fn parse_duration(s: &str) -> Option<Duration> {
    let compact: String = s.to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
    let mut rest = compact.as_str();
    let mut total: i64 = 0;
    let mut last_unit: Option<i64> = None;
    while !rest.is_empty() {
        let (amount, after_number) = split_number(rest)?;
        let (unit, after_unit) = split_unit(after_number, last_unit)?;
        if last_unit.is_some_and(|previous| unit >= previous) {
            return None;
        }
        total = total.checked_add(amount.seconds_of(unit)?)?;
        last_unit = Some(unit);
        rest = after_unit;
    }
    (total > 0).then(|| Duration::seconds(total))
}

/// A decimal amount such as "1.5", kept as whole part and fraction digits.
struct Amount<'a> {
    whole: &'a str,
    fraction: &'a str,
}

impl Amount<'_> {
    fn seconds_of(&self, unit: i64) -> Option<i64> {
        let whole: i64 = self.whole.parse().ok()?;
        let mut seconds = whole.checked_mul(unit)?;
        if !self.fraction.is_empty() {
            let digits: i64 = self.fraction.parse().ok()?;
            let scale = 10_i64.checked_pow(u32::try_from(self.fraction.len()).ok()?)?;
            seconds = seconds.checked_add(digits.checked_mul(unit)? / scale)?;
        }
        Some(seconds)
    }
}

fn split_number(text: &str) -> Option<(Amount<'_>, &str)> {
    let end = text.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len());
    let (number, rest) = text.split_at(end);
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let ok = !whole.is_empty() && whole.len() <= 6 && fraction.len() <= 3;
    let digits_only = fraction.bytes().all(|b| b.is_ascii_digit());
    (ok && digits_only).then_some((Amount { whole, fraction }, rest))
}

/// Unit word at the start of `text`; a missing unit after hours means minutes ("1h30").
fn split_unit(text: &str, previous: Option<i64>) -> Option<(i64, &str)> {
    let end = text.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(text.len());
    let (word, rest) = text.split_at(end);
    let unit = match word {
        "" if previous == Some(HOUR) && rest.is_empty() => MINUTE,
        "m" | "min" | "mins" | "minute" | "minutes" => MINUTE,
        "h" | "hr" | "hrs" | "hour" | "hours" => HOUR,
        "d" | "day" | "days" => DAY,
        "w" | "wk" | "wks" | "week" | "weeks" => WEEK,
        _ => return None,
    };
    Some((unit, rest))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn minutes(s: &str) -> Option<i64> {
        parse_duration(s).map(|d| d.num_minutes())
    }

    #[test]
    fn reads_every_documented_form() {
        assert_eq!(minutes("3h"), Some(180));
        assert_eq!(minutes("3 hours"), Some(180));
        assert_eq!(minutes("90m"), Some(90));
        assert_eq!(minutes("90 min"), Some(90));
        assert_eq!(minutes("1h30"), Some(90));
        assert_eq!(minutes("1h 30m"), Some(90));
        assert_eq!(minutes("1.5h"), Some(90));
        assert_eq!(minutes("45 minutes"), Some(45));
        assert_eq!(minutes("2d"), Some(2 * 24 * 60));
        assert_eq!(minutes("1 day"), Some(24 * 60));
        assert_eq!(minutes("1 week"), Some(7 * 24 * 60));
        assert_eq!(minutes("1 Hour"), Some(60));
    }

    #[test]
    fn rejects_non_durations() {
        for text in [
            "",
            "0h",
            "0 minutes",
            "h",
            "banana",
            "3",
            "30m1h",
            "1h1h",
            "1..5h",
            "9999999h",
            "1.2345h",
            "3 hours extra",
        ] {
            assert_eq!(parse_duration(text), None, "{text}");
        }
    }
}
