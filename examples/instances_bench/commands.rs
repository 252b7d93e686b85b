//! Commands per second through Telegram's webhook mode behind one address: the benchmark plays
//! Telegram and POSTs each RSVP update to the forwarder, which hands it to the instances in turn;
//! each instance answers its updates with sendMessage to the fake Bot API.

use crate::fake_telegram::FakeTelegram;
use crate::fleet::Fleet;
use crate::forwarder::Forwarder;
use crate::rsvp_load::figures::{cpu_seconds, Figures};
use crate::rsvp_load::{keep_asking, Groups};
use convene_core::store::PgStore;
use convene_core::{Engine, EngineSettings, SystemClock};
use std::sync::Arc;
use std::time::Instant;

const SECRET: &str = "bench-secret";

/// What a run measured.
pub struct Run {
    pub figures: Figures,
    /// CPU seconds of the instances, and of this process (fake, forwarder, the posting).
    pub cpu: (f64, f64),
    /// Requests each instance was handed.
    pub served: Vec<usize>,
}

/// `commands` RSVPs, at most `window` unanswered, through `instances` instances on the fresh
/// database at `url` (each with `pool` connections).
pub async fn run(url: &str, instances: usize, commands: usize, window: usize, pool: u32) -> anyhow::Result<Run> {
    let store = PgStore::connect(url, 4).await?;
    store.migrate().await?;
    let engine = Engine::new(Arc::new(store), Arc::new(SystemClock), EngineSettings::default());
    let fake = FakeTelegram::start().await;
    let groups = Groups::with_events(&fake, &engine).await;
    let pool = pool.to_string();
    let env = [
        ("CONVENE_TELEGRAM_TOKEN", "4242:bench-token"),
        ("CONVENE_TELEGRAM_API_URL", fake.url.as_str()),
        ("CONVENE_TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram"),
        ("CONVENE_TELEGRAM_WEBHOOK_SECRET", SECRET),
        ("CONVENE_DATABASE_MAX_CONNECTIONS", pool.as_str()),
    ];
    let fleet = Fleet::start(instances, url, &env).await?;
    let front = Forwarder::start(fleet.addresses()).await?;
    let hook = format!("http://{}/telegram", front.address);
    let client = reqwest::Client::new();
    let (fleet_before, own_before) = (fleet.cpu_seconds(), cpu_seconds("self"));
    let mut asked = Vec::with_capacity(commands);
    keep_asking(&fake, commands, window, |i| {
        let (chat, person, text) = groups.command(i);
        let update = fake.message_update(chat, person, text);
        asked.push((chat["id"].as_i64().unwrap_or_default(), Instant::now()));
        let post = client.post(&hook).header("x-telegram-bot-api-secret-token", SECRET).json(&update).send();
        tokio::spawn(async move {
            match post.await {
                Ok(answer) if answer.status().is_success() => {}
                Ok(answer) => eprintln!("webhook answered {}", answer.status()),
                Err(error) => eprintln!("webhook post failed: {error}"),
            }
        });
    })
    .await;
    let cpu = (fleet.cpu_seconds() - fleet_before, cpu_seconds("self") - own_before);
    let figures = Figures::measure(&fake, &asked);
    fleet.stop().await;
    Ok(Run { figures, cpu, served: front.served() })
}

impl Run {
    /// The figures as one line.
    pub fn line(&self) -> String {
        let per = |seconds: f64| seconds / self.figures.commands as f64 * 1e6;
        format!(
            "{}; cpu per command: instances {:.0} us, this process (fake, forwarder, posting) {:.0} us; \
             requests per instance {:?}",
            self.figures.line(None),
            per(self.cpu.0),
            per(self.cpu.1),
            self.served
        )
    }
}
