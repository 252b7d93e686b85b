//! Dates and times as people read them, always with the zone so a wrong guess shows at once.

use crate::time::LocalTimeAdjustment;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// "Fri 27 Nov 2026, 19:30 (Europe/Madrid)"
pub fn when_with_zone(at: DateTime<Utc>, zone: Tz) -> String {
    format!("{} ({})", moment(at, zone), zone.name())
}

/// "Fri 27 Nov 2026, 19:30"
pub fn moment(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone).format("%a %-d %b %Y, %H:%M").to_string()
}

/// "Fri 27 Nov, 19:30": a moment without its year, for a button with little room.
pub fn moment_this_year(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone).format("%a %-d %b, %H:%M").to_string()
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
    Some(match adjustment? {
        LocalTimeAdjustment::ShiftedPastGap { asked, used } => format!(
            "Note: {} does not exist on {} in {} (the clocks go forward), so I used {}.",
            asked.format("%H:%M"),
            asked.format("%-d %b %Y"),
            zone.name(),
            used.format("%H:%M")
        ),
        LocalTimeAdjustment::AmbiguousTookEarlier { asked } => format!(
            "Note: {} happens twice on {} in {} (the clocks go back), so I used the first one.",
            asked.format("%H:%M"),
            asked.format("%-d %b %Y"),
            zone.name()
        ),
    })
}
