//! Benchmark (issue 16): RSVP button presses handled per second end-to-end through the Discord
//! adapter, with the Telegram benchmark run next to it in the same sitting as the yardstick.
//!
//! A fake Discord on loopback (REST and gateway, Discord's real JSON; see
//! `bots/tests/support/fake_discord`) plays a server with 1,000 text channels. Each channel gets
//! one event through `/new` (not measured), then people press the RSVP buttons on the event
//! cards: press `i` goes to channel `i % 1000`, by the channel's person `(i / 1000) % 10` (10,000
//! different people), "Going" on the first round over everyone and "Maybe" on the next. At most
//! BENCH_WINDOW (default 50) presses are unanswered at once: a new one is dispatched on the
//! gateway as each callback arrives. Latency runs from the moment the fake's gateway sent the
//! INTERACTION_CREATE to the moment the interaction callback reached its REST API (the instants
//! the fake records: `response_time`). The real adapter (serenity gateway client, lanes, chat kit)
//! and engine handle each press on Postgres and answer by updating the pressed card in place
//! (callback type 7), then tell the presser what changed (an ephemeral follow-up). Also printed:
//! CPU per press, how the machine's CPU was shared meanwhile (this process, Postgres, everything
//! else: the machine may be shared), commits and `posted_cards` writes per press from Postgres's
//! statistics, and the REST calls per press.
//!
//! Then, as the yardstick, the `telegram_bench` example runs as a child process with the same
//! number of commands, the same window and pool, on its own scratch database, and both are
//! printed side by side.
//!
//! Each run creates scratch databases (random names) next to DATABASE_URL and drops them after.
//!
//! ```sh
//! DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//!   cargo run --release -p convene-bots --example discord_bench [-- PRESSES]
//! ```
#![allow(clippy::unwrap_used)]

#[path = "../tests/support/fake_discord/mod.rs"]
mod fake_discord;

use anyhow::Context as _;
use convene_bots::discord::{Discord, DiscordOptions};
use convene_core::store::{PgStore, Store};
use convene_core::{Engine, EngineSettings, SystemClock};
use fake_discord::{FakeDiscord, Person, TOKEN};
use serde_json::{json, Value};
use sqlx::{Connection, PgConnection};
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

const CHANNELS: u64 = 1_000;
const PEOPLE_PER_CHANNEL: u64 = 10;
const GUILD: u64 = 900_000_000_000_000_001;
const FIRST_CHANNEL: u64 = 910_000_000_000_000_000;
const FIRST_PERSON: u64 = 810_000_000_000_000_000;
/// Plans every event (an administrator, as `/new` asks).
const HOST: Person = Person::admin(800_000_000_000_000_001, "Host");
const NAMES: [&str; PEOPLE_PER_CHANNEL as usize] =
    ["Ana", "Bob", "Carol", "Dan", "Eve", "Fay", "Gus", "Hana", "Ivo", "Jun"];
/// A run stops (and says so) when no answer came for this long.
const STALL: Duration = Duration::from_secs(30);

/// What one platform's run measured.
#[derive(Debug, Clone, Copy, Default)]
struct Figures {
    per_second: f64,
    p50: f64,
    p99: f64,
    max: f64,
    cpu_us: f64,
    /// Writes to `posted_cards` (the table of which message shows which card) per interaction.
    card_writes: f64,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let presses: usize = std::env::args().nth(1).map(|n| n.parse()).transpose()?.unwrap_or(10_000);
    let window: usize = env_number("BENCH_WINDOW", 50)?;
    let pool: u32 = env_number("BENCH_POOL", 10)?;
    let base = std::env::var("CONVENE_DATABASE_URL")
        .or_else(|_| std::env::var("DATABASE_URL"))
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    // Built before anything is measured, so that its compilation never overlaps a run.
    let telegram_bench = telegram_bench_binary()?;

    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    println!("machine: {cores} cores, {} (shared: figures move with load)", cpu_model());
    println!("postgres: {}", server_version(&base).await?);
    println!();

    println!(
        "Discord: {presses} RSVP button presses on {CHANNELS} event cards ({PEOPLE_PER_CHANNEL} people per channel), \
         at most {window} in flight, database pool {pool}"
    );
    let discord = with_scratch_database(&base, "discord", move |url| discord_run(url, presses, window, pool)).await?;
    println!();

    println!("Telegram (yardstick, same sitting): telegram_bench {presses}, BENCH_WINDOW={window}, BENCH_POOL={pool}");
    let telegram = with_scratch_database(&base, "telegram", move |url| async move {
        let run = url.clone();
        let mut figures =
            tokio::task::spawn_blocking(move || telegram_run(&telegram_bench, &run, presses, window, pool)).await??;
        // Its setup makes events through the engine, not the adapter: every card write is a command's.
        figures.card_writes = database_counts(&url).await?.card_writes as f64 / presses as f64;
        println!("  posted_cards writes: {:.2} per command", figures.card_writes);
        Ok(figures)
    })
    .await?;
    println!();

    let row = |name: &str, f: &Figures| {
        format!(
            "| {name} | {:.0} | {:.1} ms | {:.1} ms | {:.1} ms | {:.2} ms | {:.2} |",
            f.per_second,
            f.p50,
            f.p99,
            f.max,
            f.cpu_us / 1000.0,
            f.card_writes
        )
    };
    println!(
        "| run ({presses} RSVPs, {window} in flight, pool {pool}) | per second | p50 | p99 | max | CPU each (bot + \
         fake) | posted_cards writes each |"
    );
    println!("|---|---|---|---|---|---|---|");
    println!("{}", row("Discord: button press -> interaction callback", &discord));
    println!("{}", row("Telegram: `/join 1` typed -> sendMessage", &telegram));
    println!(
        "| Discord / Telegram | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | |",
        discord.per_second / telegram.per_second,
        discord.p50 / telegram.p50,
        discord.p99 / telegram.p99,
        discord.max / telegram.max,
        discord.cpu_us / telegram.cpu_us
    );
    println!();
    let verdict = if discord.p99 <= 250.0 { "met" } else { "MISSED" };
    println!("target Discord p99 <= 250 ms: {verdict} ({:.1} ms)", discord.p99);
    Ok(())
}

/// The Discord run on database `url`.
async fn discord_run(url: String, presses: usize, window: usize, pool: u32) -> anyhow::Result<Figures> {
    let store = PgStore::connect(&url, pool).await?;
    store.migrate().await?;
    let store: Arc<dyn Store> = Arc::new(store);
    let settings = EngineSettings { commands_per_minute: 0, ..EngineSettings::default() };
    let engine = Engine::new(store, Arc::new(SystemClock), settings);

    let fake = FakeDiscord::start().await;
    fake.add_member(GUILD, &HOST);
    for c in 0..CHANNELS {
        fake.add_channel(GUILD, channel(c));
        for p in 0..PEOPLE_PER_CHANNEL {
            fake.add_member(GUILD, &person(c, p));
        }
    }
    // Production settings (pacing, edit delay, deferral after 2 s), only pointed at the fake.
    let mut options = DiscordOptions::new(TOKEN);
    options.api_url = Some(fake.url());
    options.guilds = vec![GUILD];
    let discord = Discord::start(options, engine).await?;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let gateway = tokio::spawn(discord.clone().run_gateway(stopped));
    fake.wait_ready().await;
    fake.wait_until("the commands registered", |f| {
        f.commands_for(Some(GUILD)).as_array().is_some_and(|c| !c.is_empty())
    })
    .await;

    let cards = create_events(&fake, window).await?;
    println!("  setup: {} events made with /new, one card per channel", cards.len());

    let counts_before = settled_counts(&url).await?;
    let calls_before = fake.calls().len();
    let cpu_before = cpu_seconds();
    let machine_before = Machine::now(None);
    let mut ids = Vec::with_capacity(presses);
    let elapsed = drive(&fake, presses, window, |i| {
        let (c, p) = ((i as u64) % CHANNELS, (i as u64 / CHANNELS) % PEOPLE_PER_CHANNEL);
        let card = &cards[c as usize];
        let round = i as u64 / (CHANNELS * PEOPLE_PER_CHANNEL);
        let button = if round.is_multiple_of(2) { &card.going } else { &card.maybe };
        let id = fake.press(card.channel, card.message, &person(c, p), button);
        ids.push(id);
        id
    })
    .await?;
    let cpu = cpu_seconds() - cpu_before;
    let machine = Machine::now(None).since(&machine_before);
    let counts = settled_counts(&url).await?;
    let calls = fake.calls();
    let mut kinds = std::collections::BTreeMap::<String, usize>::new();
    for call in &calls[calls_before..] {
        let kind = match call.path.split('/').nth(1) {
            Some("interactions") => "callback",
            Some("webhooks") => "follow-up or edit",
            _ => "other",
        };
        *kinds.entry(format!("{kind} {}", call.status)).or_default() += 1;
    }

    let mut latencies = Vec::with_capacity(presses);
    let (mut updated, mut deferred, mut other) = (0, 0, Vec::new());
    for &id in &ids {
        latencies.push(fake.response_time(id).context("answered")?.as_secs_f64() * 1000.0);
        match fake.response_to(id).await["type"].as_u64() {
            Some(7) => updated += 1,
            Some(6) => deferred += 1,
            kind => other.push(kind),
        }
    }
    latencies.sort_by(f64::total_cmp);
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    let figures = Figures {
        per_second: presses as f64 / elapsed.as_secs_f64(),
        p50: pct(0.50),
        p99: pct(0.99),
        max: pct(1.0),
        cpu_us: cpu / presses as f64 * 1e6,
        card_writes: (counts.card_writes - counts_before.card_writes) as f64 / presses as f64,
    };
    println!("  throughput: {:.0} presses/s ({:.2} s)", figures.per_second, elapsed.as_secs_f64());
    println!(
        "  latency (gateway dispatch -> interaction callback): p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        figures.p50, figures.p99, figures.max
    );
    println!(
        "  callbacks: {updated} updated the card in place (type 7), {deferred} deferred (type 6), {} other {:?}",
        other.len(),
        &other[..other.len().min(5)]
    );
    println!("  cpu (this process: bot + fake, not Postgres): {:.0} us/press", figures.cpu_us);
    println!("  machine during the presses: {machine}");
    println!(
        "  database: {:.2} commits per press (read-only ones included), {:.2} posted_cards writes per press",
        (counts.commits - counts_before.commits) as f64 / presses as f64,
        figures.card_writes
    );
    let kinds: Vec<String> =
        kinds.iter().map(|(kind, n)| format!("{kind}: {:.2}", *n as f64 / presses as f64)).collect();
    println!("  REST calls per press, by kind and status: {}", kinds.join(", "));
    println!("  429 answers: {}", fake.too_many());

    stop.send(true).ok();
    if tokio::time::timeout(Duration::from_secs(20), gateway).await.is_err() {
        println!("  (the gateway did not stop within 20 s)");
    }
    Ok(figures)
}

/// An event card: where it is and its Going and Maybe buttons.
struct Card {
    channel: u64,
    message: u64,
    going: String,
    maybe: String,
}

/// One `/new` per channel by the host (at most `window` at once); returns the cards.
async fn create_events(fake: &FakeDiscord, window: usize) -> anyhow::Result<Vec<Card>> {
    let mut asked = Vec::new();
    drive(fake, CHANNELS as usize, window, |c| {
        let options = json!([
            {"name": "title", "type": 3, "value": format!("Party {c}")},
            {"name": "when", "type": 3, "value": "tomorrow 19:00"},
        ]);
        let id = fake.slash(GUILD, channel(c as u64), &HOST, "new", options);
        asked.push(id);
        id
    })
    .await?;
    let mut cards = Vec::new();
    for (c, id) in asked.into_iter().enumerate() {
        let answer = fake.response_to(id).await;
        let message = fake.original(id).with_context(|| format!("/new in channel {c} made no message: {answer}"))?;
        let buttons = custom_ids(&message);
        let find = |verb: &str| buttons.iter().find(|b| b.starts_with(verb)).cloned();
        let (Some(going), Some(maybe)) = (find("/join"), find("/maybe")) else {
            anyhow::bail!("/new in channel {c} made no card with RSVP buttons: {answer}");
        };
        let message = message["id"].as_str().and_then(|m| m.parse().ok()).context("message id")?;
        cards.push(Card { channel: channel(c as u64), message, going, maybe });
    }
    Ok(cards)
}

/// Dispatches `total` interactions with `send` (given its index, returns the interaction id),
/// keeping at most `window` unanswered, until all are answered; returns the time from the first
/// dispatch to the last answer seen.
async fn drive(
    fake: &FakeDiscord,
    total: usize,
    window: usize,
    mut send: impl FnMut(usize) -> u64,
) -> anyhow::Result<Duration> {
    let start = Instant::now();
    let (mut next, mut in_flight, mut last_answer) = (0, Vec::with_capacity(window), Instant::now());
    loop {
        let before = in_flight.len();
        in_flight.retain(|id| fake.response_time(*id).is_none());
        if in_flight.len() < before {
            last_answer = Instant::now();
        }
        if next == total && in_flight.is_empty() {
            return Ok(start.elapsed());
        }
        while next < total && in_flight.len() < window {
            in_flight.push(send(next));
            next += 1;
        }
        if last_answer.elapsed() > STALL {
            anyhow::bail!(
                "no interaction answered for {STALL:?}: {} of {total} sent, {} waiting",
                next,
                in_flight.len()
            );
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

/// Runs the Telegram benchmark program on database `url`; prints its output and reads its
/// figures.
fn telegram_run(binary: &PathBuf, url: &str, commands: usize, window: usize, pool: u32) -> anyhow::Result<Figures> {
    let mut child = Command::new(binary)
        .arg(commands.to_string())
        .env("CONVENE_DATABASE_URL", url)
        .env("BENCH_WINDOW", window.to_string())
        .env("BENCH_POOL", pool.to_string())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .with_context(|| format!("running {}", binary.display()))?;
    let read = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            pipe.map(|mut p| p.read_to_string(&mut text));
            text
        })
    };
    let stdout = read(child.stdout.take().map(|p| Box::new(p) as _));
    let stderr = read(child.stderr.take().map(|p| Box::new(p) as _));
    let machine_before = Machine::now(Some(child.id()));
    let mut machine_last = machine_before.clone();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        // Processes' CPU times can only be read while they run: the last look at each counts.
        machine_last = Machine::now(Some(child.id())).after(&machine_last);
        std::thread::sleep(Duration::from_millis(50));
    };
    let machine = machine_last.since(&machine_before);
    let stdout = stdout.join().unwrap_or_default();
    for line in stdout.lines() {
        println!("  {line}");
    }
    println!("  machine during the whole program (its setup too): {machine}");
    anyhow::ensure!(status.success(), "telegram_bench failed ({status}):\n{}", stderr.join().unwrap_or_default());
    let line = |start: &str| stdout.lines().find(|l| l.starts_with(start)).unwrap_or("");
    let after = |line: &str, key: &str| -> f64 {
        line.split_once(key)
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(f64::NAN)
    };
    let latency = line("latency:");
    Ok(Figures {
        per_second: after(line("throughput:"), "throughput:"),
        p50: after(latency, "p50"),
        p99: after(latency, "p99"),
        max: after(latency, "max"),
        cpu_us: after(line("cpu"), "):"),
        card_writes: f64::NAN,
    })
}

/// The `telegram_bench` program next to this one, built first when run by cargo (so that both
/// come from the same sources).
fn telegram_bench_binary() -> anyhow::Result<PathBuf> {
    let path = std::env::current_exe()?.with_file_name("telegram_bench");
    if let Ok(cargo) = std::env::var("CARGO") {
        let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
        let mut build = Command::new(cargo);
        // What `cargo run` told this program about itself would look like a changed environment
        // to build scripts (ring's tracks CARGO_MANIFEST_DIR) and rebuild half the tree.
        for (name, _) in std::env::vars() {
            let about_us = ["CARGO_MANIFEST_DIR", "CARGO_MANIFEST_PATH", "CARGO_CRATE_NAME", "CARGO_PRIMARY_PACKAGE"];
            if name.starts_with("CARGO_PKG_") || about_us.contains(&name.as_str()) || name == "OUT_DIR" {
                build.env_remove(name);
            }
        }
        build.args(["build", "-q", "--manifest-path", manifest, "--example", "telegram_bench"]);
        if !cfg!(debug_assertions) {
            build.arg("--release");
        }
        anyhow::ensure!(build.status()?.success(), "could not build telegram_bench");
    }
    anyhow::ensure!(
        path.exists(),
        "{} is missing: cargo build --release -p convene-bots --example telegram_bench",
        path.display()
    );
    Ok(path)
}

/// Creates a database with a fresh name next to `base`, runs `run` on its URL, then drops it
/// (also when `run` fails or panics).
async fn with_scratch_database<F, Fut>(base: &str, what: &str, run: F) -> anyhow::Result<Figures>
where
    F: FnOnce(String) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<Figures>> + Send + 'static,
{
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.subsec_nanos();
    let name = format!("convene_bench_{what}_{}_{nanos:x}", std::process::id());
    let mut admin = PgConnection::connect(base).await?;
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await?;
    let mut url = url::Url::parse(base)?;
    url.set_path(&format!("/{name}"));
    let result = tokio::spawn(run(url.to_string())).await;
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut admin).await?;
    match result {
        Ok(figures) => figures,
        Err(panic) if panic.is_panic() => std::panic::resume_unwind(panic.into_panic()),
        Err(cancelled) => Err(cancelled.into()),
    }
}

fn channel(c: u64) -> u64 {
    FIRST_CHANNEL + c
}

fn person(c: u64, p: u64) -> Person {
    Person::new(FIRST_PERSON + c * 100 + p, NAMES[p as usize])
}

/// The custom ids of a message's buttons, in order.
fn custom_ids(message: &Value) -> Vec<String> {
    let rows = message["components"].as_array().cloned().unwrap_or_default();
    rows.iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["custom_id"].as_str().map(str::to_string))
        .collect()
}

fn env_number<T: std::str::FromStr>(name: &str, default: T) -> anyhow::Result<T>
where
    T::Err: std::error::Error + Send + Sync + 'static,
{
    Ok(std::env::var(name).ok().map(|n| n.parse()).transpose()?.unwrap_or(default))
}

/// Counters of a database, from Postgres's statistics.
struct Counts {
    /// Transactions committed (read-only ones included).
    commits: i64,
    /// Rows inserted into or updated in `posted_cards`.
    card_writes: i64,
}

/// The counts once every backend has published its statistics: an idle backend publishes them
/// within 10 s (PGSTAT_IDLE_INTERVAL), and work goes on after each callback (follow-ups,
/// bookkeeping).
async fn settled_counts(url: &str) -> anyhow::Result<Counts> {
    tokio::time::sleep(Duration::from_secs(12)).await;
    database_counts(url).await
}

async fn database_counts(url: &str) -> anyhow::Result<Counts> {
    let mut db = PgConnection::connect(url).await?;
    let commits = "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()";
    let commits: i64 = sqlx::query_scalar(commits).fetch_one(&mut db).await?;
    let cards = "SELECT coalesce(sum(n_tup_ins + n_tup_upd), 0)::bigint FROM pg_stat_user_tables \
                 WHERE relname = 'posted_cards'";
    let card_writes: i64 = sqlx::query_scalar(cards).fetch_one(&mut db).await?;
    db.close().await?;
    Ok(Counts { commits, card_writes })
}

async fn server_version(base: &str) -> anyhow::Result<String> {
    let mut admin = PgConnection::connect(base).await?;
    let version: String = sqlx::query_scalar("SHOW server_version").fetch_one(&mut admin).await?;
    let ssl: String = sqlx::query_scalar("SHOW ssl").fetch_one(&mut admin).await?;
    let sync: String = sqlx::query_scalar("SHOW synchronous_commit").fetch_one(&mut admin).await?;
    Ok(format!(
        "PostgreSQL {version} on {} (ssl {ssl}, synchronous_commit {sync})",
        url::Url::parse(base)?.host_str().unwrap_or("?")
    ))
}

fn cpu_model() -> String {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = info.lines().find(|l| l.starts_with("model name")).and_then(|l| l.split(':').nth(1));
    model.map_or_else(|| "unknown CPU".into(), |m| m.trim().to_string())
}

/// CPU time of the whole machine, of Postgres's processes and of one process, in clock ticks.
#[derive(Debug, Clone, Default)]
struct Machine {
    total: u64,
    busy: u64,
    /// Each Postgres process's, by pid.
    postgres: std::collections::HashMap<u32, u64>,
    own: u64,
}

impl Machine {
    /// Now, with `own` the process `pid` (None: this one), from /proc (Linux).
    fn now(pid: Option<u32>) -> Self {
        let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
        let cpu: Vec<u64> =
            stat.lines().next().unwrap_or("").split_whitespace().skip(1).filter_map(|n| n.parse().ok()).collect();
        let total: u64 = cpu.iter().sum();
        // idle and iowait
        let busy = total - cpu.get(3).copied().unwrap_or(0) - cpu.get(4).copied().unwrap_or(0);
        let mut postgres = std::collections::HashMap::new();
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse().ok()) else { continue };
            if let Some((comm, ticks)) = process_ticks(&entry.path().join("stat")) {
                if comm == "postgres" {
                    postgres.insert(pid, ticks);
                }
            }
        }
        let own = pid.map_or_else(|| "/proc/self/stat".to_string(), |pid| format!("/proc/{pid}/stat"));
        let own = process_ticks(std::path::Path::new(&own)).map_or(0, |(_, ticks)| ticks);
        Self { total, busy, postgres, own }
    }

    /// This look, keeping from `earlier` the processes that have ended since.
    fn after(mut self, earlier: &Self) -> Self {
        for (pid, ticks) in &earlier.postgres {
            self.postgres.entry(*pid).or_insert(*ticks);
        }
        self.own = self.own.max(earlier.own);
        self
    }

    /// What happened between `before` and this (a Postgres process that ended in between is
    /// missed; one that started is counted whole).
    fn since(&self, before: &Self) -> Self {
        let postgres = self
            .postgres
            .iter()
            .map(|(pid, ticks)| (*pid, ticks.saturating_sub(before.postgres.get(pid).copied().unwrap_or(0))))
            .collect();
        Self {
            total: self.total.saturating_sub(before.total),
            busy: self.busy.saturating_sub(before.busy),
            postgres,
            own: self.own.saturating_sub(before.own),
        }
    }
}

impl std::fmt::Display for Machine {
    /// Shares of all the machine's CPU time.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let share = |ticks: u64| ticks as f64 / self.total.max(1) as f64 * 100.0;
        let postgres: u64 = self.postgres.values().sum();
        let others = self.busy.saturating_sub(self.own + postgres);
        write!(
            f,
            "benchmark process {:.0}%, postgres {:.0}%, everything else {:.0}%, idle {:.0}% (of all cores)",
            share(self.own),
            share(postgres),
            share(others),
            share(self.total - self.busy)
        )
    }
}

/// A process's name and user + system CPU time in clock ticks, from its `stat` file.
fn process_ticks(stat: &std::path::Path) -> Option<(String, u64)> {
    let stat = std::fs::read_to_string(stat).ok()?;
    let (head, rest) = stat.rsplit_once(')')?;
    let comm = head.split_once('(')?.1.to_string();
    let fields: Vec<&str> = rest.split_whitespace().collect();
    Some((comm, fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?))
}

/// User + system CPU time of this process, from /proc (Linux; clock ticks of 1/100 s).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}
