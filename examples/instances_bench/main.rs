//! Benchmark (issue 17): three `convene serve` processes on one Postgres against one, in the same
//! run, each part as a ratio to one instance.
//!
//! 1. Commands: RSVPs through Telegram's webhook mode behind one address (a round-robin HTTP
//!    forwarder in this program), at most `--window` unanswered, answered through the fake Bot
//!    API of the tests (`bots/examples/rsvp_load`: 1,000 chats of 10 people).
//! 2. Burst: `--reminders` reminders due at once to as many chats, sent by every instance's
//!    scheduler through a fake that answers 429 above Telegram's 30 messages a second.
//!
//! The instances are the release build of `convene serve` in the directory above this program's
//! (`target/release/convene`), so build both:
//!
//! ```sh
//! cargo build --release --bin convene --example instances_bench && \
//!   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres target/release/examples/instances_bench
//! # options: --instances 3 --commands 8000 --window 10 --pool 10 --reminders 1000 --skip-burst --skip-commands
//! ```
//!
//! It creates (dropping first) the databases `convene_bench_instances_commands` and
//! `convene_bench_instances_burst`, once per run.
#![allow(clippy::unwrap_used)]

mod burst;
mod commands;
#[path = "../../bots/tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;
mod fleet;
#[path = "../../bench/src/burst/flood_fake.rs"]
mod flood_fake;
mod forwarder;
#[path = "../../bench/src/burst/report.rs"]
mod report;
#[path = "../../bots/examples/rsvp_load/mod.rs"]
#[allow(dead_code)]
mod rsvp_load;
#[path = "../../tests/support/serve.rs"]
mod serve;
#[path = "../../bench/src/setup.rs"]
#[allow(dead_code)]
mod setup;
#[path = "../../bench/src/burst/world.rs"]
mod world;

use setup::{arg, fresh_database};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let base = std::env::var("DATABASE_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let many = arg("--instances", 3) as usize;
    let skip = |part: &str| std::env::args().any(|a| a == format!("--skip-{part}"));
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    println!("machine: {cores} cores, {} (shared: compare the ratios)", setup::cpu_model());
    println!("convene: {}", serve::program().display());

    if !skip("commands") {
        let (commands, window) = (arg("--commands", 8_000) as usize, arg("--window", 10) as usize);
        let pool = arg("--pool", 10) as u32;
        println!("commands: {commands} RSVPs in webhook mode, at most {window} unanswered, pool {pool} per instance");
        let mut rates = Vec::new();
        for instances in [1, many] {
            let url = fresh_database(&base, "convene_bench_instances_commands").await?;
            let run = commands::run(&url, instances, commands, window, pool).await?;
            println!("  {instances} instance(s): {}", run.line());
            rates.push(run.figures.rate());
        }
        println!("  {many} instances / 1: {:.2} of its commands/s", rates[1] / rates[0]);
    }
    if !skip("burst") {
        let reminders = arg("--reminders", 1_000);
        println!("burst: {reminders} reminders due at once to as many chats; the fake allows 30 messages/s");
        let mut rates = Vec::new();
        for instances in [1, many] {
            let url = fresh_database(&base, "convene_bench_instances_burst").await?;
            let run = burst::run(&url, instances, reminders).await?;
            println!("  {instances} instance(s): {}", run.summary.replace('\n', "\n    "));
            rates.push(run.sustained);
        }
        println!("  {many} instances / 1: {:.2} of its sustained rate", rates[1] / rates[0]);
    }
    Ok(())
}
