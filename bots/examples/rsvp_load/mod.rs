//! The load of the command benchmarks (`telegram_bench`, and `examples/instances_bench` in the root
//! package): RSVP commands typed by 10 people in each of 1,000 Telegram group chats, each chat with
//! one event, kept at a fixed number unanswered, and what that load measured.

pub mod figures;

use crate::fake_telegram::FakeTelegram;
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::{Engine, Incoming};
use serde_json::Value;
use std::time::Duration;

const CHATS: i64 = 1_000;
const PEOPLE_PER_CHAT: i64 = 10;

/// The groups of the fake and their people.
pub struct Groups(Vec<(Value, Vec<Value>)>);

impl Groups {
    /// 1,000 groups of 10 people in the fake, nothing in the database.
    pub fn in_fake(fake: &FakeTelegram) -> Self {
        let groups = (0..CHATS).map(|c| {
            let people = (0..PEOPLE_PER_CHAT).map(|p| fake.person(c * 100 + p + 1, &format!("P{p}"), true)).collect();
            (fake.group(-1_000_000 - c, &format!("Group {c}"), &[]), people)
        });
        Self(groups.collect())
    }

    /// The same groups, each with one event made through `engine` (`/new`, not measured).
    pub async fn with_events(fake: &FakeTelegram, engine: &Engine) -> Self {
        let groups = Self::in_fake(fake);
        for (c, (group, _)) in groups.0.iter().enumerate() {
            let chat = group["id"].as_i64().unwrap_or_default();
            let incoming = Incoming {
                language: None,
                chat: ChatIdentity {
                    platform: Platform::Telegram,
                    external_id: chat.to_string(),
                    title: format!("Group {c}"),
                },
                user: UserIdentity {
                    platform: Platform::Telegram,
                    external_id: (c * 100 + 1).to_string(),
                    display_name: "P0".into(),
                },
                is_admin: true,
                text: "/new Party tomorrow 19:00".into(),
            };
            engine.handle(&incoming).await;
        }
        groups
    }

    /// Every chat and person, for a bot that keeps one row per pair: (chat id, person id).
    pub fn pairs(&self) -> impl Iterator<Item = (i64, i64)> + '_ {
        self.0.iter().flat_map(|(group, people)| {
            let chat = group["id"].as_i64().unwrap_or_default();
            people.iter().map(move |p| (chat, p["id"].as_i64().unwrap_or_default()))
        })
    }

    /// Command `i`: in chat `i % 1000`, by its person `(i / 1000) % 10`; the first round over
    /// everyone says `/join 1`, the next `/maybe 1`, and so on.
    pub fn command(&self, i: usize) -> (&Value, &Value, &'static str) {
        let (chat, people) = &self.0[i % self.0.len()];
        let person = &people[(i / self.0.len()) % people.len()];
        let text = if (i / (self.0.len() * people.len())).is_multiple_of(2) { "/join 1" } else { "/maybe 1" };
        (chat, person, text)
    }
}

/// Asks `commands` commands through `ask` (given the command's number), never more than `window`
/// unanswered: a new one is asked as each answer reaches the fake.
pub async fn keep_asking(fake: &FakeTelegram, commands: usize, window: usize, mut ask: impl FnMut(usize)) {
    let sent_before = fake.sent_count();
    let mut asked = 0;
    loop {
        let answered = fake.sent_count() - sent_before;
        if answered >= commands {
            return;
        }
        while asked < commands && asked < answered + window {
            ask(asked);
            asked += 1;
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}
