//! Fault trial 3 (docs/RELIABILITY.md): the Bot API fails under the real `convene serve`. Three
//! phases of OUTAGE seconds each (60 by default), each with ten chat reminders coming due
//! half-way through it, while people keep giving commands in every chat (two a second in all):
//! (1) every request is answered 500; (2) no request is answered (each ends at the client's
//! timeout); (3) a flood-control storm on one chat: every send there is answered 429, retry_after
//! 10 s. Then the
//! program waits for everything to arrive and checks from the fake's records: every command
//! answered once, every reminder delivered once, other chats served during the storm, how many
//! requests reached the failing API, and how many invalid (4xx) requests were made in all.
//!
//! Run with `scripts/faults` or:
//! `CONVENE_BIN=target/release/convene CONVENE_DATABASE_URL=postgres://.../scratch \
//!  cargo run --release -p convene-bots --example faults_platform -- 60`
#![allow(clippy::unwrap_used)]

#[path = "../tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;
mod fault_trials;

use fake_telegram::{Call, FakeTelegram, Outage};
use fault_trials::db::Db;
use fault_trials::report::{busiest, spread_ms};
use fault_trials::talk::{self, Said};
use fault_trials::{say, Setup};
use std::time::{Duration, Instant};

/// Chats with a reminder due in each phase.
const CHATS_PER_PHASE: i64 = 10;
/// Minutes between phases.
const GAP_MINUTES: i64 = 3;
/// The storm's retry_after.
const STORM_RETRY_AFTER: u32 = 10;

#[derive(Debug, Clone, Copy)]
enum Fault {
    Outage(Outage),
    Storm,
}

const PHASES: [(&str, Fault); 3] = [
    ("every request answered 500", Fault::Outage(Outage::ServerError)),
    ("no request answered (timeouts)", Fault::Outage(Outage::Silent)),
    ("429 storm on one chat", Fault::Storm),
];

/// A phase as it ran.
struct Ran {
    name: &'static str,
    fault: Fault,
    chats: Vec<i64>,
    from: Instant,
    to: Instant,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let outage = Duration::from_secs(std::env::args().nth(1).map(|n| n.parse()).transpose()?.unwrap_or(60));
    let setup = Setup::from_env()?;
    let fake = FakeTelegram::start().await;
    let talkers = seed(&setup, &fake).await?;
    let db = Db::connect(&setup.database).await?;
    let dues = db.due_times().await?;
    let mut serve = setup.serve(&fake.url, &[])?;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let talking = tokio::spawn(talk::keep_talking(fake.clone(), talkers, Duration::from_millis(500), stopped));

    let mut ran = Vec::new();
    for (k, (name, fault)) in PHASES.into_iter().enumerate() {
        let due = dues[k * CHATS_PER_PHASE as usize];
        fault_trials::sleep_until(due - chrono::Duration::from_std(outage / 2)?).await;
        let chats = phase_chats(k);
        let from = Instant::now();
        set_fault(&fake, fault, chats[0], true);
        tokio::time::sleep(outage).await;
        set_fault(&fake, fault, chats[0], false);
        ran.push(Ran { name, fault, chats, from, to: Instant::now() });
    }
    tokio::time::sleep(Duration::from_secs(10)).await;
    stop.send(true)?;
    let said = talking.await?;
    let answered_in = talk::wait_answered(&fake, &said, Duration::from_secs(360)).await;
    db.wait_reminders_finished(Duration::from_secs(600)).await?;
    let alive = fault_trials::stop(&mut serve)?;
    println!(
        "commands answered {:.0} s after the last phase; process alive throughout: {alive}",
        answered_in.as_secs_f64()
    );
    report(&db, &fake.calls(), &said, &ran).await
}

/// The group ids of phase `k`.
fn phase_chats(k: usize) -> Vec<i64> {
    (0..CHATS_PER_PHASE).map(|c| -400_000 - (k as i64 * CHATS_PER_PHASE + c)).collect()
}

/// Each phase's groups, each with an event whose chat reminder (one minute before) comes due in
/// the phase; returns each group with someone who talks in it.
async fn seed(setup: &Setup, fake: &FakeTelegram) -> anyhow::Result<Vec<(serde_json::Value, serde_json::Value)>> {
    let engine = setup.engine().await?;
    let mut talkers = Vec::new();
    for k in 0..PHASES.len() {
        for (c, id) in phase_chats(k).into_iter().enumerate() {
            let person = fake.person(1_000 + k as i64 * 100 + c as i64, "Pat", true);
            let admin = person["id"].as_i64().unwrap_or_default();
            talkers.push((fake.group(id, "Platform", &[&person]), person));
            say(&engine, id, admin, "/settings reminders 1m").await;
            say(&engine, id, admin, &format!("/new Phase {k} check in {} minutes", 2 + GAP_MINUTES * k as i64)).await;
        }
    }
    Ok(talkers)
}

fn set_fault(fake: &FakeTelegram, fault: Fault, storm_chat: i64, on: bool) {
    match fault {
        Fault::Outage(outage) => fake.outage(on.then_some(outage)),
        Fault::Storm => fake.storm(storm_chat, on.then_some(STORM_RETRY_AFTER)),
    }
}

async fn report(db: &Db, calls: &[Call], said: &[Said], ran: &[Ran]) -> anyhow::Result<()> {
    let all = talk::answers(calls, said);
    println!(
        "commands: {} said, {} answered once, {} lost, {} duplicate answers",
        said.len(),
        all.once,
        all.lost.len(),
        all.duplicates
    );
    for lost in all.lost.iter().take(5) {
        println!("  lost: {} in chat {}", lost.tag, lost.chat);
    }
    let lateness = db.delivery_lateness().await?;
    for phase in ran {
        let secs = (phase.to - phase.from).as_secs_f64();
        println!("phase: {} for {secs:.0} s", phase.name);
        let failing: Vec<&Call> =
            calls.iter().filter(|c| c.at >= phase.from && c.at <= phase.to && c.status >= 400).collect();
        let times: Vec<f64> = failing.iter().map(|c| (c.at - phase.from).as_secs_f64()).collect();
        let mut methods = std::collections::BTreeMap::<&str, usize>::new();
        for call in &failing {
            *methods.entry(call.method.as_str()).or_default() += 1;
        }
        println!(
            "  requests to the failing API: {} ({:.2} a second; at most {} in any second) {methods:?}",
            failing.len(),
            failing.len() as f64 / secs,
            busiest(&times, Duration::from_secs(1))
        );
        reminders(calls, &lateness, phase);
        let during: Vec<Said> = said.iter().filter(|s| s.at >= phase.from && s.at <= phase.to).cloned().collect();
        let answers = talk::answers(calls, &during);
        println!(
            "  commands during it: {} said, {} answered once, {} lost, {} duplicates; answer times {}",
            during.len(),
            answers.once,
            answers.lost.len(),
            answers.duplicates,
            spread_ms(&answers.delays.iter().map(|(_, _, ms)| *ms).collect::<Vec<_>>())
        );
        if let Fault::Storm = phase.fault {
            let others: Vec<f64> =
                answers.delays.iter().filter(|(_, chat, _)| *chat != phase.chats[0]).map(|d| d.2).collect();
            println!("  other chats' answers during the storm: {}", spread_ms(&others));
        }
    }
    let invalid: Vec<f64> =
        calls.iter().filter(|c| (400..500).contains(&c.status)).map(|c| (c.at - ran[0].from).as_secs_f64()).collect();
    let throttled = calls.iter().filter(|c| c.status == 429).count();
    println!(
        "invalid requests (4xx) in the whole trial: {} ({throttled} of them 429); at most {} in any 10 minutes",
        invalid.len(),
        busiest(&invalid, Duration::from_secs(600))
    );
    println!("reminders: {:?}", db.reminder_states().await?);
    Ok(())
}

/// The phase's chat reminders: delivered (each once?) and how late.
fn reminders(calls: &[Call], lateness: &[(String, f64)], phase: &Ran) {
    let sent = |chat: i64| {
        let to_chat =
            |c: &&Call| c.method == "sendmessage" && c.status == 200 && c.body["chat_id"].as_i64() == Some(chat);
        calls.iter().filter(to_chat).filter(|c| c.body["text"].as_str().unwrap_or("").starts_with("Reminder:")).count()
    };
    let counts: Vec<usize> = phase.chats.iter().map(|c| sent(*c)).collect();
    let late: Vec<f64> = lateness
        .iter()
        .filter(|(target, _)| phase.chats.iter().any(|c| target.ends_with(&format!(":{c}"))))
        .map(|(_, s)| *s * 1000.0)
        .collect();
    println!(
        "  reminders due: {}; delivered: {}; duplicates: {}; lateness {}",
        counts.len(),
        counts.iter().filter(|n| **n > 0).count(),
        counts.iter().map(|n| n.saturating_sub(1)).sum::<usize>(),
        spread_ms(&late)
    );
    if let Fault::Storm = phase.fault {
        let others: Vec<f64> = lateness
            .iter()
            .filter(|(target, _)| phase.chats[1..].iter().any(|c| target.ends_with(&format!(":{c}"))))
            .map(|(_, s)| *s * 1000.0)
            .collect();
        println!("  other chats' reminders in the storm: lateness {}", spread_ms(&others));
    }
}
