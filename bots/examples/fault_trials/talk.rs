//! People talking through the fake while a trial runs. Each command creates an event whose title
//! carries a tag (`Ping c05n0012`), which its answer repeats, so afterwards every command can be
//! checked: answered exactly once, or lost, and how long the answer took.

use crate::fake_telegram::{Call, FakeTelegram};
use serde_json::Value;
use std::collections::HashMap;
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// One command said.
#[derive(Debug, Clone)]
pub struct Said {
    /// The tag its answer repeats.
    pub tag: String,
    /// The chat it was said in.
    pub chat: i64,
    /// When.
    pub at: Instant,
}

/// What became of the commands said.
#[derive(Debug, Default)]
pub struct Answers {
    /// Answered exactly once.
    pub once: usize,
    /// Never answered.
    pub lost: Vec<Said>,
    /// Answers beyond the first.
    pub duplicates: usize,
    /// Each answered command: when it was said, its chat, and how long its answer took (ms).
    pub delays: Vec<(Instant, i64, f64)>,
}

/// The command for `tag`.
pub fn command(tag: &str) -> String {
    format!("/new Ping {tag} in 3 days")
}

/// Says a command in each of `chats` (a group and someone in it) in turn, one every `every`, until
/// `stop` turns true; returns what was said.
pub async fn keep_talking(
    fake: FakeTelegram,
    chats: Vec<(Value, Value)>,
    every: Duration,
    mut stop: watch::Receiver<bool>,
) -> Vec<Said> {
    let mut said = Vec::new();
    for n in 0usize.. {
        if *stop.borrow_and_update() {
            break;
        }
        let (group, person) = &chats[n % chats.len()];
        let chat = group["id"].as_i64().unwrap_or_default();
        let tag = format!("c{:02}n{:04}", n % chats.len(), n / chats.len());
        fake.say(group, person, &command(&tag));
        said.push(Said { tag, chat, at: Instant::now() });
        _ = tokio::time::timeout(every, stop.changed()).await;
    }
    said
}

/// The tags in a message's text.
fn tags(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices("Ping c").filter_map(|(at, _)| text.get(at + 5..at + 13))
}

/// Checks every command said against the messages the fake took (status 200).
pub fn answers(calls: &[Call], said: &[Said]) -> Answers {
    let mut seen: HashMap<&str, (usize, Instant)> = HashMap::new();
    for call in calls.iter().filter(|c| c.method == "sendmessage" && c.status == 200) {
        let mut in_this: Vec<&str> = tags(call.body["text"].as_str().unwrap_or("")).collect();
        in_this.dedup();
        for tag in in_this {
            seen.entry(tag).and_modify(|(n, _)| *n += 1).or_insert((1, call.at));
        }
    }
    let mut answers = Answers::default();
    for one in said {
        match seen.get(one.tag.as_str()) {
            None => answers.lost.push(one.clone()),
            Some((n, first)) => {
                answers.once += usize::from(*n == 1);
                answers.duplicates += n - 1;
                answers.delays.push((one.at, one.chat, (*first - one.at).as_secs_f64() * 1000.0));
            }
        }
    }
    answers
}

/// Waits (at most `limit`) until every command said has an answer; returns how long it took.
pub async fn wait_answered(fake: &FakeTelegram, said: &[Said], limit: Duration) -> Duration {
    let started = Instant::now();
    while !answers(&fake.calls(), said).lost.is_empty() && started.elapsed() < limit {
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    started.elapsed()
}
