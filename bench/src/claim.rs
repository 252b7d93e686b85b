//! Claim rate: Convene's claim (select due rows and mark them claimed, in batches of 100, rows
//! returned to the scheduler) against pgbench running a plain SKIP LOCKED claim-and-mark script
//! on a table of the same shape and index, in the same run.

use chrono::{Duration, Utc};
use convene_core::store::{PgStore, Store};
use std::process::Command;
use std::time::Instant;

/// Reminders claimed per second by the store's claim, batches of 100, one connection.
pub async fn ours(url: &str, rows: u64) -> anyhow::Result<f64> {
    convene_bench::setup::fill(url, 0, 0, 0).await?;
    let store = PgStore::connect(url, 2).await?;
    let now = Utc::now();
    sqlx::query(
        "INSERT INTO reminders (event_id, occurrence, lead_minutes, due_at, created_at) \
         SELECT (SELECT min(id) FROM events), $1 + i * interval '1 millisecond', 60, $1 + i * interval '1 millisecond', now() \
         FROM generate_series(1, $2) AS i",
    )
    .bind(now - Duration::minutes(30))
    .bind(rows as i64)
    .execute(store.pool())
    .await?;
    sqlx::query("VACUUM ANALYZE reminders").execute(store.pool()).await?;
    let started = Instant::now();
    let mut claimed = 0;
    loop {
        let batch = store.claim_due_reminders(now, 100, Duration::minutes(5)).await?;
        if batch.is_empty() {
            break;
        }
        claimed += batch.len();
    }
    Ok(claimed as f64 / started.elapsed().as_secs_f64())
}

fn pg_program(name: &str) -> String {
    let found = std::fs::read_dir("/usr/lib/postgresql")
        .ok()
        .and_then(|dirs| dirs.filter_map(Result::ok).map(|d| d.path().join("bin").join(name)).find(|p| p.exists()));
    found.map(|p| p.display().to_string()).unwrap_or_else(|| name.to_string())
}

/// Rows per second pgbench claims with the same query shape, batches of 100, one client.
pub async fn pgbench(url: &str, rows: u64) -> anyhow::Result<f64> {
    let store = PgStore::connect(url, 1).await?;
    for sql in [
        "CREATE TABLE claims (id BIGSERIAL PRIMARY KEY, due_at TIMESTAMPTZ NOT NULL, state TEXT NOT NULL DEFAULT 'pending', \
         lease_until TIMESTAMPTZ, attempts INT NOT NULL DEFAULT 0)",
        "CREATE INDEX claims_due ON claims (due_at) WHERE state = 'pending'",
    ] {
        sqlx::query(sql).execute(store.pool()).await?;
    }
    sqlx::query("INSERT INTO claims (due_at) SELECT now() - interval '30 minutes' + i * interval '1 millisecond' FROM generate_series(1, $1) AS i")
        .bind(rows as i64)
        .execute(store.pool())
        .await?;
    sqlx::query("VACUUM ANALYZE claims").execute(store.pool()).await?;
    let script = std::env::temp_dir().join("convene-claim.sql");
    std::fs::write(
        &script,
        "WITH due AS (SELECT id FROM claims WHERE state = 'pending' AND due_at <= now() \
         ORDER BY due_at LIMIT 100 FOR UPDATE SKIP LOCKED) \
         UPDATE claims c SET state = 'sending', lease_until = now() + interval '5 minutes', attempts = c.attempts + 1 \
         FROM due WHERE c.id = due.id;\n",
    )?;
    let output = Command::new(pg_program("pgbench"))
        .args(["-n", "-c", "1", "-t", &(rows / 100).to_string(), "-f"])
        .arg(&script)
        .arg(url)
        .output()?;
    let text = String::from_utf8_lossy(&output.stdout);
    let tps: f64 = text
        .lines()
        .find(|l| l.starts_with("tps ="))
        .and_then(|l| l.split_whitespace().nth(2))
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| anyhow::anyhow!("pgbench printed no tps: {text}{}", String::from_utf8_lossy(&output.stderr)))?;
    Ok(tps * 100.0)
}
