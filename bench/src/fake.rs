//! A fake chat API on loopback that records when each send call arrives, an outbox that calls it
//! over HTTP, and the lateness run itself.

use async_trait::async_trait;
use axum::{extract::State, routing::post, Json, Router};
use chrono::Utc;
use convene_bench::setup::World;
use convene_core::delivery::{DeliveryError, Outbox, Outboxes};
use convene_core::domain::Platform;
use convene_core::store::{PgStore, Store};
use convene_core::{Audience, Clock, Reply, SystemClock};
use convene_scheduler::{Scheduler, SchedulerSettings};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Arrival time minus due time, in milliseconds, per streamed reminder; and when the first arrived.
#[derive(Default)]
struct Arrivals {
    lateness_ms: Vec<f64>,
    first: Option<Instant>,
}

type Shared = Arc<Mutex<Arrivals>>;

async fn send(State(arrivals): State<Shared>, Json(body): Json<serde_json::Value>) -> &'static str {
    let now_ms = Utc::now().timestamp_millis();
    let text = body["text"].as_str().unwrap_or("");
    let due_ms = text.split_whitespace().find_map(|w| w.strip_prefix('t').and_then(|n| n.parse::<i64>().ok()));
    let mut arrivals = arrivals.lock().unwrap_or_else(|p| p.into_inner());
    arrivals.first.get_or_insert_with(Instant::now);
    if let Some(due_ms) = due_ms {
        arrivals.lateness_ms.push((now_ms - due_ms) as f64);
    }
    "ok"
}

/// Sends every message as one HTTP POST to the fake.
struct HttpOutbox {
    client: reqwest::Client,
    url: String,
}

#[async_trait]
impl Outbox for HttpOutbox {
    async fn deliver(&self, _to: &Audience, message: &Reply) -> Result<(), DeliveryError> {
        let body = serde_json::json!({ "text": message.text });
        let response = self.client.post(&self.url).json(&body).send().await;
        match response {
            Ok(r) if r.status().is_success() => Ok(()),
            Ok(r) => Err(DeliveryError::Transient(format!("fake answered {}", r.status()))),
            Err(e) => Err(DeliveryError::Transient(e.to_string())),
        }
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}

/// Starts the fake and a fresh scheduler, waits for the stream, and reports.
pub async fn run_lateness(url: &str, world: &World, expected: u64, seconds: u64) -> anyhow::Result<String> {
    let arrivals: Shared = Arc::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let fake_url = format!("http://{}/send", listener.local_addr()?);
    let app = Router::new().route("/send", post(send)).with_state(arrivals.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });

    convene_bench::setup::probe(url).await?;
    let started = Instant::now();
    let store: Arc<dyn Store> = Arc::new(PgStore::connect(url, 10).await?);
    let outbox = Arc::new(HttpOutbox { client: reqwest::Client::new(), url: fake_url });
    let outboxes: Arc<dyn Outbox> = Arc::new(Outboxes::default().with(Platform::Console, outbox));
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let scheduler = Scheduler::new(store, clock, outboxes, SchedulerSettings::default(), Arc::default());
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let running = tokio::spawn(scheduler.run(stopped));

    let deadline = world.first_due + chrono::Duration::seconds(seconds as i64 + 20);
    while Utc::now() < deadline && (arrivals.lock().map(|a| a.lateness_ms.len()).unwrap_or(0) as u64) < expected {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    stop.send(true).ok();
    running.await?;
    let arrivals = arrivals.lock().map_err(|_| anyhow::anyhow!("poisoned"))?;
    let first_send = arrivals.first.map(|f| f.duration_since(started));
    let mut sorted = arrivals.lateness_ms.clone();
    sorted.sort_by(|a, b| a.total_cmp(b));
    Ok(format!(
        "lateness: {} of {expected} streamed reminders delivered; p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; \
         peak RSS {:.0} MB (whole bench process); scheduler start (connect) to first due send {:.2?}",
        sorted.len(),
        percentile(&sorted, 0.5),
        percentile(&sorted, 0.99),
        sorted.last().copied().unwrap_or(f64::NAN),
        peak_rss_mb(),
        first_send.unwrap_or_default(),
    ))
}
