//! End-to-end conversations through the console adapter, on a real database of each backend.
#![allow(clippy::unwrap_used)]

use convene_bots::console::{Console, ConsoleOptions};
use convene_core::store::testing::TestDb;
use convene_core::{Engine, EngineSettings, ManualClock};
use std::sync::Arc;

convene_core::on_both_backends!(
    the_readme_conversation_promotes_carol,
    a_group_of_three_plans_with_buttons_polls_moves_and_cancels,
    rooms_share_a_calendar,
);

/// Friday 20 Nov 2026, 10:00 in Madrid.
fn clock() -> Arc<ManualClock> {
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-20T09:00:00Z").unwrap().with_timezone(&chrono::Utc);
    Arc::new(ManualClock::new(now))
}

fn engine(db: &TestDb, clock: Arc<ManualClock>) -> Engine {
    Engine::new(
        db.store.clone(),
        clock,
        EngineSettings { default_zone: chrono_tz::Europe::Madrid, ..EngineSettings::default() },
    )
}

/// Plays `script` in the console as user "you" in room "lobby" and returns what it printed.
async fn play(engine: Engine, script: &str) -> String {
    let options = ConsoleOptions { chat: "lobby".into(), user: "you".into(), echo: true };
    let output = Arc::new(tokio::sync::Mutex::new(Vec::new()));
    Console::new(engine, options).run(script.as_bytes(), output.clone()).await.expect("console runs");
    let bytes = output.lock().await.clone();
    String::from_utf8(bytes).expect("utf-8")
}

/// What the console printed for the script line `said`: everything up to the next script line.
fn after<'a>(transcript: &'a str, said: &str) -> &'a str {
    let start = transcript.find(&format!("{said}\n")).unwrap_or_else(|| panic!("{said:?} not in:\n{transcript}"));
    let rest = &transcript[start + said.len() + 1..];
    let is_script_line = |line: &str| {
        line.starts_with('/') && !line.starts_with("/subscribe ")
            || line
                .split_once("> ")
                .is_some_and(|(who, _)| !who.is_empty() && !who.contains(' ') && !who.starts_with(' '))
    };
    let mut end = 0;
    for line in rest.split_inclusive('\n') {
        if end > 0 && is_script_line(line) {
            break;
        }
        end += line.len();
    }
    &rest[..end]
}

async fn the_readme_conversation_promotes_carol(db: TestDb) {
    let script = "/new Board games friday 19:30 max 2\nbob> /join 1\ncarol> /join 1\nbob> /leave 1\n/event 1\n";
    let out = play(engine(&db, clock()), script).await;
    assert!(after(&out, "carol> /join 1").contains("on the waitlist (number 1)"), "{out}");
    let left = after(&out, "bob> /leave 1");
    assert!(left.contains("carol moved up from the waitlist and is going now."), "{out}");
    assert!(left.contains(">> to carol (private message):"), "{out}");
    let card = after(&out, "/event 1");
    assert!(card.contains("When: Fri 20 Nov 2026, 19:30–20:30 (Europe/Madrid)"), "{out}");
    assert!(card.contains("Going (2/2): you, carol"), "{out}");
    assert!(card.contains("[1] Going (2)  [2] Maybe (0)  [3] Can't (0)") || card.contains("[1] Waitlist (0)"), "{out}");
}

async fn a_group_of_three_plans_with_buttons_polls_moves_and_cancels(db: TestDb) {
    let script = "\
/new Climbing saturday 10:00 @Boulder hall #sport max 2
; alice presses the first button of the card (Going)
alice> 1
bob> /join 1
bob> /event 1
alice> /leave 1
/poll Team dinner | thu 20:00 | fri 21:00
alice> /vote 1 2
bob> 2
/close 1
/move 1 sunday 11:00
/cancel 2
/events
";
    let out = play(engine(&db, clock()), script).await;
    assert!(after(&out, "alice> 1").contains("You're going to #1 Climbing"), "{out}");
    assert!(after(&out, "bob> /join 1").contains("#1 is full, so you're on the waitlist (number 1)"), "{out}");
    assert!(after(&out, "alice> /leave 1").contains("bob moved up from the waitlist"), "{out}");
    assert!(after(&out, "bob> 2").contains("2. Fri 20 Nov 2026, 21:00 (Europe/Madrid): 2 votes (alice, bob)"), "{out}");
    let closed = after(&out, "/close 1");
    assert!(closed.contains("#2 Team dinner") && closed.contains("Going (3): you, alice, bob"), "{out}");
    let moved = after(&out, "/move 1 sunday 11:00");
    assert!(moved.contains("Moved #1 Climbing to Sun 22 Nov 2026, 11:00–12:00 (Europe/Madrid)"), "{out}");
    assert!(moved.contains(">> to bob (private message):"), "{out}");
    assert!(after(&out, "/cancel 2").contains("I've told the 2 people who had answered"), "{out}");
    let agenda = after(&out, "/events");
    assert!(agenda.contains("#1 Climbing: Sun 22 Nov 2026, 11:00 · Boulder hall · 2/2 going"), "{out}");
    assert!(!agenda.contains("Team dinner"), "{out}");
}

async fn rooms_share_a_calendar(db: TestDb) {
    let clock = clock();
    let shared = play(engine(&db, clock.clone()), "/new Board games friday 19:30\n/share\n").await;
    let code = shared.lines().find_map(|l| l.strip_prefix("/subscribe ")).expect("code").to_string();
    let script = format!("you@friends> /subscribe {code}\nzoe@friends> /events\nzoe@friends> /join 1.1\n/event 1\n/new Chess saturday 18:00\n");
    let out = play(engine(&db, clock), &script).await;
    assert!(after(&out, "zoe@friends> /events").contains("#1.1 Board games"), "{out}");
    assert!(after(&out, "/event 1").contains("Going (2): you, zoe"), "{out}");
    let created = after(&out, "/new Chess saturday 18:00");
    assert!(created.contains(">> to chat friends:") && created.contains("#1.2 Chess"), "{out}");
}
