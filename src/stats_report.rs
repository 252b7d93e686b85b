//! `convene stats`: the statistics for operators without HTTP access.

use anyhow::Context;
use chrono::{DateTime, Utc};
use convene_core::stats::Stats;
use convene_core::store::Store;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Prints the statistics for `window` (e.g. "2h") as text or JSON.
pub async fn print(store: &dyn Store, now: DateTime<Utc>, window: &str, json: bool) -> anyhow::Result<()> {
    let length = convene_core::time::parse_duration(window)
        .with_context(|| format!("--window {window:?} is not a duration like 90m, 2h or 7d"))?;
    let stats = store.stats(now, length).await.context("reading statistics")?;
    let instances = store.leases(now).await.context("reading the live instances")?;
    let serving: Vec<String> = instances
        .iter()
        .filter_map(|lease| lease.role.strip_prefix(convene_core::leadership::INSTANCE_PREFIX).map(str::to_string))
        .collect();
    if json {
        let mut value = serde_json::to_value(&stats)?;
        value["instances"] = serde_json::json!(serving);
        println!("{}", serde_json::to_string_pretty(&value)?);
    } else {
        print!("{}", render(&stats, window));
        println!(
            "Instances serving: {}{}",
            serving.len(),
            if serving.is_empty() { String::new() } else { format!(" ({})", serving.join(", ")) }
        );
    }
    Ok(())
}

fn split(map: &BTreeMap<String, i64>) -> String {
    if map.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = map.iter().map(|(k, v)| format!("{k} {v}")).collect();
    format!(" ({})", parts.join(", "))
}

/// The statistics as aligned text.
pub fn render(stats: &Stats, window: &str) -> String {
    let t = &stats.totals;
    let w = &stats.window;
    let mut out = String::new();
    let _ = writeln!(out, "Convene statistics at {}", stats.generated_at.format("%Y-%m-%d %H:%M UTC"));
    let _ = writeln!(out, "Users:      {}{}", t.users.total, split(&t.users.by_platform));
    let _ = writeln!(out, "Chats:      {} ({} active){}", t.chats.total, t.chats.active, split(&t.chats.by_platform));
    let _ = writeln!(out, "Calendars:  {}{}", t.calendars.total, split(&t.calendars.by_platform));
    let e = &t.events;
    let _ = writeln!(out, "Events:     {} upcoming, {} past, {} cancelled", e.upcoming, e.past, e.cancelled);
    let r = &t.rsvps;
    let _ = writeln!(
        out,
        "RSVPs:      {} going, {} maybe, {} can't, {} waitlisted",
        r.going, r.maybe, r.declined, r.waitlisted
    );
    let _ = writeln!(out, "Polls:      {} open, {} closed; {} votes", t.polls.open, t.polls.closed, t.votes);
    let m = &t.reminders;
    let _ = writeln!(
        out,
        "Reminders:  {} pending, {} sent, {} late, {} missed, {} failed",
        m.pending, m.sent, m.late, m.missed, m.failed
    );
    let _ = writeln!(out, "Emails:     {} sent, {} failed", t.emails.sent, t.emails.failed);
    let _ = writeln!(out, "In the last {window}:");
    let _ = writeln!(
        out,
        "  events created {}, RSVPs {}, votes {}, reminders sent {}",
        w.events_created, w.rsvps, w.votes_cast, w.reminders_sent
    );
    let _ = writeln!(out, "  commands{}", split(&w.commands));
    let _ = writeln!(out, "  outcomes{}", split(&w.outcomes));
    let topics: Vec<String> = w.top_topics.iter().map(|t| format!("#{} {}", t.topic, t.events)).collect();
    let _ = writeln!(out, "  top topics: {}", if topics.is_empty() { "none".into() } else { topics.join(", ") });
    for option in &w.top_poll_options {
        let _ = writeln!(out, "  poll \"{}\" option {}: {} votes", option.poll, option.option, option.votes);
    }
    out
}
