//! Reminder scheduler benchmarks (issue 4). Run against a Postgres you can spare:
//!
//!     DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//!         cargo run --release -p convene-bench --bin reminder-bench
//!
//! It creates (and drops first) the databases `convene_bench` and `convene_bench_pgbench`, then:
//! 1. lateness: 1,000,000 reminders pending over 30 days plus 20 a second coming due for 60 s,
//!    delivered by the real scheduler loop to a fake chat API on loopback; lateness is measured
//!    from the due time to the fake receiving the send call; also peak RSS and the time from a
//!    fresh scheduler start (connect, migrate) to the first due send;
//! 2. claim rate: reminders claimed and marked in batches of 100, against a plain pgbench
//!    `FOR UPDATE SKIP LOCKED` claim script on a table of the same shape, in the same run.

mod claim;
mod fake;
use convene_bench::setup::{self, arg};

use anyhow::Context;
use std::time::Instant;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let base = std::env::var("DATABASE_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let pending = arg("--pending", 1_000_000);
    let rate = arg("--rate", 20);
    let seconds = arg("--seconds", 60);
    let claims = arg("--claims", 200_000);
    println!(
        "machine: {} cores; {}",
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        setup::cpu_model()
    );

    // `--claims-only`: just the claim rate and its yardstick (quick A/B runs).
    if !std::env::args().any(|a| a == "--claims-only") {
        let url = setup::fresh_database(&base, "convene_bench").await.context("creating convene_bench")?;
        let started = Instant::now();
        let world = setup::fill(&url, pending, rate, seconds).await?;
        println!("setup: {pending} pending + {} streamed reminders in {:.1?}", rate * seconds, started.elapsed());
        let lateness = fake::run_lateness(&url, &world, rate * seconds, seconds).await?;
        println!("{lateness}");
    }

    let claim_url = setup::fresh_database(&base, "convene_bench_claims").await?;
    let ours = claim::ours(&claim_url, claims).await?;
    let pg_url = setup::fresh_database(&base, "convene_bench_pgbench").await?;
    let pgbench = claim::pgbench(&pg_url, claims).await?;
    println!(
        "claim rate: convene {ours:.0} reminders/s; pgbench SKIP LOCKED script {pgbench:.0} rows/s; ratio {:.2}",
        ours / pgbench
    );
    Ok(())
}
