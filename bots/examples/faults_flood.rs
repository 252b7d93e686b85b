//! Fault trial 5 (docs/RELIABILITY.md): a flood under the real `convene serve` with the default
//! per-person limit (20 commands a minute). PEOPLE people each give one command in each of CHATS
//! groups, in rounds (person p in round r writes in chat (p + r) mod CHATS), as fast as the fake
//! can queue them: 10,000 updates in a few seconds by default. Each command makes an event whose
//! title carries its tag. The program checks: answers to the flood (at most one "slow down" per
//! person and window, no reply flood back), the process's memory while it works (VmRSS sampled,
//! VmHWM at the end), and that every command let in was handled, once, in order within its chat.
//!
//! Run with `scripts/faults` or:
//! `CONVENE_BIN=target/release/convene CONVENE_DATABASE_URL=postgres://.../scratch \
//!  cargo run --release -p convene-bots --example faults_flood -- 100`
#![allow(clippy::unwrap_used)]

#[path = "../tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;
mod fault_trials;

use fake_telegram::FakeTelegram;
use fault_trials::db::Db;
use fault_trials::talk::{self, Said};
use fault_trials::{free_address, memory_kib, status, Setup};
use std::collections::HashMap;
use std::time::{Duration, Instant};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // PEOPLE people and as many groups: PEOPLE * PEOPLE updates.
    let people: i64 = std::env::args().nth(1).map(|n| n.parse()).transpose()?.unwrap_or(100);
    let setup = Setup::from_env()?;
    let fake = FakeTelegram::start().await;
    let persons: Vec<_> = (0..people).map(|p| fake.person(7_000 + p, "Flo", true)).collect();
    let groups: Vec<_> = (0..people).map(|c| fake.group(-700_000 - c, "Flood", &[&persons[0]])).collect();
    let admin = free_address()?;
    let limit = [("CONVENE_ADMIN_ADDR", admin.as_str()), ("CONVENE_COMMANDS_PER_MINUTE", "20")];
    let mut serve = setup.serve(&fake.url, &limit)?;
    let client = reqwest::Client::new();
    while status(&client, &format!("http://{admin}/readyz")).await != Some(200) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let pid = serve.id();
    let (before, _) = memory_kib(pid).unwrap_or_default();
    let sampling = tokio::spawn(sample_memory(pid));

    let started = Instant::now();
    let mut said = Vec::new();
    for round in 0..people {
        for (p, person) in persons.iter().enumerate() {
            let c = (p as i64 + round) % people;
            let tag = format!("c{c:02}n{round:04}");
            fake.say(&groups[c as usize], person, &talk::command(&tag));
            said.push(Said { tag, chat: -700_000 - c, at: Instant::now() });
        }
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
    let flooded_in = started.elapsed();
    let quiet = settle(&fake).await;
    let (peak_sampled, after) = sampling.await?;
    let (hwm, _) = memory_kib(pid).unwrap_or_default();
    let alive = fault_trials::stop(&mut serve)?;
    println!("{} updates from {people} people in {people} groups in {:.1} s", said.len(), flooded_in.as_secs_f64());
    println!("last answer sent {:.0} s after the last update", quiet.as_secs_f64());
    println!(
        "memory of convene serve: {} MiB before, peak {} MiB (VmHWM; sampled VmRSS peak {} MiB), {} MiB after",
        before / 1024,
        hwm / 1024,
        peak_sampled / 1024,
        after / 1024
    );
    println!("process alive throughout: {alive}");
    report(&Db::connect(&setup.database).await?, &fake, &said, people).await
}

/// Samples the process's resident memory every 100 ms until it has been flat for QUIET or gone;
/// returns the highest sample and the last.
async fn sample_memory(pid: u32) -> (u64, u64) {
    let (mut peak, mut last, mut flat_since) = (0, 0, Instant::now());
    while let Some((_, rss)) = memory_kib(pid) {
        peak = peak.max(rss);
        if rss.abs_diff(last) > 1024 {
            flat_since = Instant::now();
        }
        last = rss;
        if flat_since.elapsed() > QUIET {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    (peak, last)
}

/// Waits until the bot has sent nothing for QUIET (longer than a group's 20-a-minute window, so
/// a chat's 21st message is waited for), at most 10 minutes; returns when it last sent.
async fn settle(fake: &FakeTelegram) -> Duration {
    let started = Instant::now();
    let (mut sent, mut since) = (fake.sent_count(), Instant::now());
    while since.elapsed() < QUIET && started.elapsed() < Duration::from_secs(600) {
        tokio::time::sleep(Duration::from_millis(500)).await;
        if fake.sent_count() != sent {
            (sent, since) = (fake.sent_count(), Instant::now());
        }
    }
    since - started
}

/// How long without a message means the bot is done.
const QUIET: Duration = Duration::from_secs(70);

async fn report(db: &Db, fake: &FakeTelegram, said: &[Said], people: i64) -> anyhow::Result<()> {
    let calls = fake.calls();
    let sent: Vec<&str> = calls
        .iter()
        .filter(|c| c.method == "sendmessage" && c.status == 200)
        .map(|c| c.body["text"].as_str().unwrap_or(""))
        .collect();
    let slow_down = sent.iter().filter(|t| t.starts_with("Slow down")).count();
    let answers = talk::answers(&calls, said);
    let titles = db.event_titles().await?;
    // Tags of the events made, in the order they were made, per chat.
    let mut made: HashMap<&str, Vec<u32>> = HashMap::new();
    for title in &titles {
        if let Some(tag) = title.strip_prefix("Ping ").filter(|t| t.len() == 8) {
            made.entry(&tag[..3]).or_default().push(tag[4..].parse().unwrap_or(u32::MAX));
        }
    }
    let out_of_order = made.values().filter(|rounds| rounds.windows(2).any(|w| w[0] >= w[1])).count();
    println!("messages sent back: {} for {} updates", sent.len(), said.len());
    println!(
        "commands let in and handled (events made): {}; answered once: {}; duplicates: {}",
        titles.len(),
        answers.once,
        answers.duplicates
    );
    println!("\"slow down\" answers: {slow_down} (people: {people}; at most one per person per minute)");
    println!("chats whose commands were handled out of order: {out_of_order} of {}", made.len());
    let dropped = calls.iter().filter(|c| c.status >= 400).count();
    println!("requests refused by the fake: {dropped}");
    Ok(())
}
