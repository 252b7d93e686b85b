//! Fault trial 4 (docs/RELIABILITY.md): the mail server fails under the real `convene serve`.
//! A real SMTP server on loopback sits behind a proxy this program controls. Two phases of OUTAGE
//! seconds each (60 by default): (1) the server is down (connections refused); (2) it hangs
//! (connections accepted, never answered). In each, ten people's own reminders (a private
//! Telegram message and an email each) and ten groups' chat reminders come due half-way
//! through, the email ones first. The program checks that chat reminders go out on time, that
//! every email arrives once after the server is back (or is recorded as failed), and how the
//! process got through.
//!
//! Run with `scripts/faults` or:
//! `CONVENE_BIN=target/release/convene CONVENE_DATABASE_URL=postgres://.../scratch \
//!  cargo run --release -p convene-bots --example faults_smtp -- 60`
#![allow(clippy::unwrap_used)]

#[path = "../tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;
mod fault_trials;
#[path = "../../core/tests/support/proxy.rs"]
mod proxy;
#[path = "../../scheduler/tests/support/smtp.rs"]
mod smtp;

use fake_telegram::{Call, FakeTelegram};
use fault_trials::db::Db;
use fault_trials::report::spread_ms;
use fault_trials::{say, Setup};
use std::time::{Duration, Instant};

/// People with an email reminder, and groups with a chat reminder, in each phase.
const PER_PHASE: i64 = 10;
/// Minutes between phases.
const GAP_MINUTES: i64 = 3;
const PHASES: [&str; 2] = ["mail server down (connections refused)", "mail server hangs (never answers)"];

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let outage = Duration::from_secs(std::env::args().nth(1).map(|n| n.parse()).transpose()?.unwrap_or(60));
    let setup = Setup::from_env()?;
    let fake = FakeTelegram::start().await;
    let (port, received) = smtp::start()?;
    let proxy = proxy::Proxy::start(([127, 0, 0, 1], port).into()).await;
    seed(&setup, &fake).await?;
    let db = Db::connect(&setup.database).await?;
    let dues = db.due_times().await?;
    let smtp_url = format!("smtp://127.0.0.1:{}?tls=none", proxy.port);
    let settings = [("CONVENE_SMTP_URL", smtp_url.as_str()), ("CONVENE_EMAIL_FROM", "Convene <convene@test.example>")];
    let mut serve = setup.serve(&fake.url, &settings)?;

    let phase_dues: Vec<_> = (0..PHASES.len()).map(|k| dues[k * 2 * PER_PHASE as usize]).collect();
    let mut spans = Vec::new();
    for (k, name) in PHASES.into_iter().enumerate() {
        let due = phase_dues[k];
        fault_trials::sleep_until(due - chrono::Duration::from_std(outage / 2)?).await;
        let from = Instant::now();
        match k {
            0 => proxy.cut(),
            _ => proxy.hang().await,
        }
        tokio::time::sleep(outage).await;
        proxy.restore().await;
        spans.push((name, from, Instant::now()));
    }
    let finished = db.wait_reminders_finished(Duration::from_secs(900)).await?;
    let alive = fault_trials::stop(&mut serve)?;
    println!(
        "all reminders finished {:.0} s after the last phase; process alive throughout: {alive}",
        finished.as_secs_f64()
    );
    let mail = received.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
    report(&db, &fake.calls(), &mail, &spans, &phase_dues).await
}

/// Phase `k`'s people (ids) and groups.
fn phase_people(k: usize) -> Vec<i64> {
    (0..PER_PHASE).map(|p| 5_000 + k as i64 * 100 + p).collect()
}
fn phase_groups(k: usize) -> Vec<i64> {
    (0..PER_PHASE).map(|c| -500_000 - k as i64 * 100 - c).collect()
}
fn address(person: i64) -> String {
    format!("p{person}@example.org")
}

/// For each phase: a group whose people linked an email and asked for their own reminder one
/// minute before its event, then groups with a chat reminder due at the same minute.
async fn seed(setup: &Setup, fake: &FakeTelegram) -> anyhow::Result<()> {
    let engine = setup.engine().await?;
    for k in 0..PHASES.len() {
        let minutes = 2 + GAP_MINUTES * k as i64;
        let people = phase_people(k);
        let group = -510_000 - k as i64;
        let first = fake.person(people[0], "Mia", true);
        fake.group(group, "Mail", &[&first]);
        say(&engine, group, people[0], "/settings reminders off").await;
        say(&engine, group, people[0], &format!("/new Mail check {k} in {minutes} minutes")).await;
        for &person in &people {
            fake.person(person, "Mia", true);
            let asked = say(&engine, person, person, &format!("/email {}", address(person))).await;
            let text = asked.notices.first().map(|n| n.reply.plain_text()).unwrap_or_default();
            let code = text.split("code is ").nth(1).and_then(|rest| rest.get(..6)).unwrap_or_default().to_string();
            say(&engine, person, person, &format!("/verify {code}")).await;
            say(&engine, group, person, "/join 1").await;
            say(&engine, group, person, "/remind 1 1m").await;
        }
        for id in phase_groups(k) {
            let admin = fake.person(-id, "Ada", true);
            fake.group(id, "Chat", &[&admin]);
            say(&engine, id, -id, "/settings reminders 1m").await;
            say(&engine, id, -id, &format!("/new Chat check {k} in {minutes} minutes")).await;
        }
    }
    Ok(())
}

async fn report(
    db: &Db,
    calls: &[Call],
    mail: &[String],
    spans: &[(&str, Instant, Instant)],
    dues: &[chrono::DateTime<chrono::Utc>],
) -> anyhow::Result<()> {
    let lateness = db.delivery_lateness().await?;
    let late_of = |targets: &[String]| -> Vec<f64> {
        lateness.iter().filter(|(t, _)| targets.contains(t)).map(|(_, s)| s * 1000.0).collect()
    };
    for (k, (name, from, to)) in spans.iter().enumerate() {
        println!("phase: {name} for {:.0} s", (*to - *from).as_secs_f64());
        let groups: Vec<String> = phase_groups(k).iter().map(|g| format!("chat:telegram:{g}")).collect();
        let addresses: Vec<String> = phase_people(k).iter().map(|p| address(*p)).collect();
        let private = phase_people(k).iter().filter(|p| reminders_to(calls, **p) > 0).count();
        println!("  group reminders on time? lateness {}", spread_ms(&late_of(&groups)));
        println!(
            "  private Telegram reminders: {private} of {PER_PHASE} sent; duplicates {}",
            phase_people(k).iter().map(|p| reminders_to(calls, *p).saturating_sub(1)).sum::<usize>()
        );
        let emails: Vec<usize> = addresses
            .iter()
            .map(|a| {
                mail.iter().filter(|m| m.contains(&format!("To: {a}")) && m.contains("Subject: Reminder:")).count()
            })
            .collect();
        // When each email was sent (its Date header, written as it goes), against the due time.
        let sent_at = |mail: &String| {
            let date = mail.lines().find_map(|l| l.strip_prefix("Date: "))?;
            chrono::DateTime::parse_from_rfc2822(date.trim()).ok()
        };
        let emails_late: Vec<f64> = mail
            .iter()
            .filter(|m| addresses.iter().any(|a| m.contains(&format!("To: {a}"))) && m.contains("Subject: Reminder:"))
            .filter_map(|m| Some((sent_at(m)?.with_timezone(&chrono::Utc) - dues[k]).num_milliseconds() as f64))
            .collect();
        println!(
            "  emails: {} of {PER_PHASE} arrived; duplicates {}; sent after their due time: {}",
            emails.iter().filter(|n| **n > 0).count(),
            emails.iter().map(|n| n.saturating_sub(1)).sum::<usize>(),
            spread_ms(&emails_late)
        );
    }
    let failed = db.count("SELECT count(*) FROM deliveries WHERE target LIKE 'email:%' AND outcome <> 'sent'").await?;
    println!("email deliveries recorded as failed: {failed}");
    println!("reminders: {:?}", db.reminder_states().await?);
    Ok(())
}

/// Reminders the fake took for `person`'s private chat.
fn reminders_to(calls: &[Call], person: i64) -> usize {
    let to_person =
        |c: &&Call| c.method == "sendmessage" && c.status == 200 && c.body["chat_id"].as_i64() == Some(person);
    calls.iter().filter(to_person).filter(|c| c.body["text"].as_str().unwrap_or("").starts_with("Reminder:")).count()
}
