//! How the time tables write a reading: local time with offset, " gap"/" fold" when a DST rule
//! applied, and the RRULE of a repeat.

use convene_core::time::{LocalTimeAdjustment, When};

/// The reading of `when`, as the tables expect it.
pub fn reading(when: When) -> String {
    let mut text = when.start.format("%Y-%m-%d %H:%M %:z").to_string();
    match when.adjustment {
        Some(LocalTimeAdjustment::ShiftedPastGap { .. }) => text.push_str(" gap"),
        Some(LocalTimeAdjustment::AmbiguousTookEarlier { .. }) => text.push_str(" fold"),
        None => {}
    }
    if let Some(rule) = when.recurrence {
        text = format!("{text} {}", rule.rrule());
    }
    text
}
