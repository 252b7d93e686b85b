//! The reminder burst sent by several instances at once: many reminders due at the same instant,
//! each to its own chat, claimed and sent by every instance's scheduler, through a fake Bot API
//! that answers 429 above Telegram's 30 messages a second (`bench/src/burst`). The instances share
//! that budget (each paces to its slice), so more instances should not send faster.

use crate::fleet::Fleet;
use crate::{flood_fake, report, world};
use convene_core::store::PgStore;
use std::time::Duration;

/// What a run measured: the sustained rate, and the burst's summary.
pub struct Run {
    pub sustained: f64,
    pub summary: String,
}

/// `reminders` reminders to as many chats, sent by `instances` instances on the fresh database
/// at `url`. Webhook mode, so that nobody polls the fake.
pub async fn run(url: &str, instances: usize, reminders: u64) -> anyhow::Result<Run> {
    let store = PgStore::connect(url, 4).await?;
    store.migrate().await?;
    let (api_url, record) = flood_fake::start().await?;
    let env = [
        ("CONVENE_TELEGRAM_TOKEN", "4242:bench-token"),
        ("CONVENE_TELEGRAM_API_URL", api_url.as_str()),
        ("CONVENE_TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram"),
        ("CONVENE_TELEGRAM_WEBHOOK_SECRET", "bench-secret"),
    ];
    let fleet = Fleet::start(instances, url, &env).await?;
    let due = world::fill(&store, reminders).await?;
    // Wall-clock waiting is what a benchmark measures; tests never do this.
    let limit = due + chrono::Duration::seconds((reminders / 25 + 60) as i64);
    while chrono::Utc::now() < limit && report::accepted(&record) < reminders as usize {
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await; // late duplicates would show now
    fleet.stop().await;
    let summary = report::summary(&record, reminders, &world::states(url).await?);
    Ok(Run { sustained: report::sustained(&record), summary })
}
