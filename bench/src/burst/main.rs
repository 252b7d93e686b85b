//! Reminder burst benchmark (issue 4): 10,000 reminders due at the same instant for 10,000
//! distinct Telegram chats, sent by the real scheduler through the real Telegram outbound path
//! (teloxide and Convene's pacer) to a fake Bot API on loopback that answers 429 above 30
//! messages a second. Run against a Postgres you can spare:
//!
//!     DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//!         cargo run --release -p convene-bench --bin burst-bench [-- --chats 10000]
//!
//! It creates (dropping first) the database `convene_bench_burst`. At the default size the run
//! takes about six minutes: 10,000 messages at just under 30 a second.

mod flood_fake;
mod report;
mod world;

use convene_bench::setup::{self, arg};
use convene_bots::telegram::{Telegram, TelegramOptions};
use convene_core::delivery::{Outbox, Outboxes};
use convene_core::domain::Platform;
use convene_core::store::{PgStore, Store};
use convene_core::{Clock, Engine, EngineSettings, SystemClock};
use convene_scheduler::{Scheduler, SchedulerSettings};
use std::sync::Arc;
use std::time::Duration;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let base = std::env::var("DATABASE_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let chats = arg("--chats", 10_000);
    println!(
        "machine: {} cores; {}",
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        setup::cpu_model()
    );
    let url = setup::fresh_database(&base, "convene_bench_burst").await?;
    let store = Arc::new(PgStore::connect(&url, 10).await?);
    store.migrate().await?;
    let due = world::fill(&store, chats).await?;
    println!("setup: {chats} Telegram chats, one reminder each, all due at {due}");

    let (api_url, record) = flood_fake::start().await?;
    let store: Arc<dyn Store> = store;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let engine = Engine::new(store.clone(), clock.clone(), EngineSettings::default());
    let options = TelegramOptions::new("4242:bench-token").with_api_url(Some(api_url));
    let telegram = Telegram::start(options, engine).await?;
    let outboxes: Arc<dyn Outbox> = Arc::new(Outboxes::default().with(Platform::Telegram, telegram));
    let scheduler = Scheduler::new(store.clone(), clock, outboxes, SchedulerSettings::default(), Arc::default());
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let running = tokio::spawn(scheduler.run(stopped));

    // Wall-clock waiting is what a benchmark measures; tests never do this.
    let limit = due + chrono::Duration::seconds((chats / 25 + 60) as i64);
    while chrono::Utc::now() < limit && report::accepted(&record) < chats as usize {
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await; // let the last deliveries be recorded
    stop.send(true).ok();
    running.await?;
    println!("{}", report::summary(&record, chats, &world::states(&url).await?));
    Ok(())
}
