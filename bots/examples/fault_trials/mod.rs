//! What the fault trials (`faults_*.rs`, docs/RELIABILITY.md) share: the real `convene serve`
//! started against a fake Bot API, chats seeded straight through the engine before it starts,
//! the database read afterwards on either backend, and the process's memory.
#![allow(dead_code)]

pub mod db;
pub mod report;
pub mod talk;

use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::reply::Outcome;
use convene_core::store::{Database, Store};
use convene_core::{Engine, EngineSettings, Incoming, SystemClock};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

/// Where the trial runs: the binary and the database, from the environment `scripts/faults` sets.
pub struct Setup {
    /// The `convene` binary (CONVENE_BIN, the release build by default).
    pub binary: String,
    /// The database URL (CONVENE_DATABASE_URL): `postgres://...` or `sqlite://file`.
    pub database: String,
}

impl Setup {
    pub fn from_env() -> anyhow::Result<Self> {
        let database = std::env::var("CONVENE_DATABASE_URL")?;
        let binary = std::env::var("CONVENE_BIN").unwrap_or_else(|_| "target/release/convene".into());
        Ok(Self { binary, database })
    }

    /// The engine on the trial's database (migrated), to seed it before `serve` starts. On SQLite
    /// it holds the file's lock: drop it (and the store) before starting `serve`.
    pub async fn engine(&self) -> anyhow::Result<Engine> {
        let store: Arc<dyn Store> = Database::from_url(&self.database)?.open(4).await?;
        Ok(Engine::new(store, Arc::new(SystemClock), EngineSettings::default()))
    }

    /// `convene serve` on the trial's database against the fake Bot API at `api_url`, logging only
    /// errors, with the per-person limit off unless `settings` sets it, and `settings` added.
    pub fn serve(&self, api_url: &str, settings: &[(&str, &str)]) -> anyhow::Result<Child> {
        let mut command = Command::new(&self.binary);
        command
            .arg("serve")
            .env("CONVENE_DATABASE_URL", &self.database)
            .env("CONVENE_TELEGRAM_TOKEN", "1:FAULTS")
            .env("CONVENE_TELEGRAM_API_URL", api_url)
            .env("CONVENE_ADMIN_ADDR", "127.0.0.1:0")
            .env("CONVENE_COMMANDS_PER_MINUTE", "0")
            .env("CONVENE_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        for (name, value) in settings {
            command.env(name, value);
        }
        Ok(command.spawn()?)
    }
}

/// Someone types `text` in the group `chat` (an administrator), straight into the engine.
pub async fn say(engine: &Engine, chat: i64, person: i64, text: &str) -> Outcome {
    let chat =
        ChatIdentity { platform: Platform::Telegram, external_id: chat.to_string(), title: format!("Chat {chat}") };
    let user = UserIdentity {
        platform: Platform::Telegram,
        external_id: person.to_string(),
        display_name: format!("P{person}"),
    };
    engine.handle(&Incoming { language: None, chat, user, is_admin: true, text: text.into() }).await
}

/// A free address on loopback for the admin endpoint.
pub fn free_address() -> anyhow::Result<String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?.to_string())
}

/// The HTTP status `url` answers with (None: no answer within 10 s).
pub async fn status(client: &reqwest::Client, url: &str) -> Option<u16> {
    let asked = client.get(url).timeout(Duration::from_secs(10)).send().await;
    asked.ok().map(|r| r.status().as_u16())
}

/// A process's peak resident memory (VmHWM) and its resident memory now (VmRSS), in KiB.
pub fn memory_kib(pid: u32) -> Option<(u64, u64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        let line = status.lines().find(|l| l.starts_with(name))?;
        line.split_whitespace().nth(1)?.parse().ok()
    };
    Some((field("VmHWM:")?, field("VmRSS:")?))
}

/// Sleeps until the wall-clock time `at` (at once if it has passed).
pub async fn sleep_until(at: chrono::DateTime<chrono::Utc>) {
    tokio::time::sleep((at - chrono::Utc::now()).to_std().unwrap_or_default()).await;
}

/// Stops `serve`; returns whether it was still running (it never stopped by itself).
pub fn stop(serve: &mut Child) -> anyhow::Result<bool> {
    let alive = serve.try_wait()?.is_none();
    serve.kill()?;
    Ok(alive)
}
