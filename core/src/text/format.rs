//! Dates and times as people read them, always with the zone so a wrong guess shows at once.

use crate::time::LocalTimeAdjustment;
use chrono::{DateTime, Datelike, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;

/// "Fri 27 Nov 2026, 19:30 (Europe/Madrid)"
pub fn when_with_zone(at: DateTime<Utc>, zone: Tz) -> String {
    format!("{} ({})", moment(at, zone), zone.name())
}

/// "Fri 27 Nov 2026, 19:30" ("vie 27 nov 2026, 19:30")
pub fn moment(at: DateTime<Utc>, zone: Tz) -> String {
    let local = at.with_timezone(&zone);
    format!("{} {}, {}", weekday_short(local.weekday()), date(local.date_naive()), local.format("%H:%M"))
}

/// "Fri 27 Nov, 19:30": a moment without its year, for a button with little room.
pub fn moment_this_year(at: DateTime<Utc>, zone: Tz) -> String {
    let local = at.with_timezone(&zone);
    let (day, month) = (local.day(), month_short(local.month()));
    format!("{} {day} {month}, {}", weekday_short(local.weekday()), local.format("%H:%M"))
}

/// "27 Nov 2026" ("27 nov 2026")
pub fn date(day: NaiveDate) -> String {
    format!("{} {} {}", day.day(), month_short(day.month()), day.year())
}

/// "Fri" ("vie")
pub fn weekday_short(day: Weekday) -> String {
    crate::tr!("weekday-short", day = day.number_from_monday())
}

/// "Nov" ("nov"), for month 1 to 12.
pub fn month_short(month: u32) -> String {
    crate::tr!("month-short", month = month)
}

/// "Fri 27 Nov 2026, 19:30–22:30 (Europe/Madrid)", or with the end's date when it is another day.
pub fn span(start: DateTime<Utc>, end: DateTime<Utc>, zone: Tz) -> String {
    let (local_start, local_end) = (start.with_timezone(&zone), end.with_timezone(&zone));
    let end_text = if local_start.date_naive() == local_end.date_naive() {
        local_end.format("%H:%M").to_string()
    } else {
        moment(end, zone)
    };
    format!("{}–{} ({})", moment(start, zone), end_text, zone.name())
}

/// A sentence explaining how a time in a DST gap or fold was read, if it was.
pub fn adjustment_note(adjustment: Option<&LocalTimeAdjustment>, zone: Tz) -> Option<String> {
    let zone = zone.name();
    Some(match adjustment? {
        LocalTimeAdjustment::ShiftedPastGap { asked, used } => crate::tr!(
            "dst-gap",
            asked = asked.format("%H:%M").to_string(),
            date = date(asked.date()),
            zone = zone,
            used = used.format("%H:%M").to_string()
        ),
        LocalTimeAdjustment::AmbiguousTookEarlier { asked } => {
            crate::tr!("dst-fold", asked = asked.format("%H:%M").to_string(), date = date(asked.date()), zone = zone)
        }
    })
}
