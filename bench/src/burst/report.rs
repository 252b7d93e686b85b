//! What the burst measured, as printed lines.

use crate::flood_fake::{Record, Shared, LIMIT_PER_SECOND};

/// Sends the fake accepted so far.
pub fn accepted(record: &Shared) -> usize {
    record.lock().map(|r| r.accepted.len()).unwrap_or(0)
}

/// The sustained rate: accepted messages over the time from the first to the last, per second.
#[allow(dead_code)] // burst-bench prints the summary; examples/instances_bench compares rates
pub fn sustained(record: &Shared) -> f64 {
    rate(&record.lock().unwrap_or_else(|p| p.into_inner())).map_or(f64::NAN, |(_, rate)| rate)
}

/// The time from the first accepted message to the last, and the sustained rate.
fn rate(record: &Record) -> Option<(f64, f64)> {
    let (first, last) = (record.accepted.first()?, record.accepted.last()?);
    let span = last.duration_since(*first).as_secs_f64();
    Some((span, if span > 0.0 { (record.accepted.len() - 1) as f64 / span } else { f64::NAN }))
}

/// Delivered, distinct chats, 429s, sustained rate and the per-second spread.
pub fn summary(record: &Shared, expected: u64, states: &[(String, i64)]) -> String {
    let record = record.lock().unwrap_or_else(|p| p.into_inner());
    let sent = record.accepted.len();
    let (Some(first), Some((span, sustained))) = (record.accepted.first(), rate(&record)) else {
        return format!("burst: nothing delivered (429s: {})", record.refused);
    };
    // Sends per whole second after the first send; the last, partial second is left out.
    let mut per_second = vec![0usize; span as usize + 1];
    for at in &record.accepted {
        per_second[at.duration_since(*first).as_secs() as usize] += 1;
    }
    per_second.pop();
    let states: Vec<String> = states.iter().map(|(state, n)| format!("{state} {n}")).collect();
    format!(
        "burst: {sent} of {expected} delivered to {} distinct chats in {span:.1} s; sustained {sustained:.2} msg/s \
         ({:.1}% of the fake's {LIMIT_PER_SECOND}/s); 429 answers: {}; whole seconds: min {} max {} msg/s\n\
         reminders in the database: {}",
        record.chats.len(),
        sustained / LIMIT_PER_SECOND as f64 * 100.0,
        record.refused,
        per_second.iter().min().copied().unwrap_or(0),
        per_second.iter().max().copied().unwrap_or(0),
        states.join(", "),
    )
}
