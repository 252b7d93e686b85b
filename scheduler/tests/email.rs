//! Email through a real SMTP server on loopback: linking an address with a code, and reminders
//! with a text part, an HTML part and the event as an .ics attachment.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(
    people_link_an_email_with_a_code_and_get_reminders_there,
    a_refused_address_is_said_and_too_many_wrong_codes_void_the_code,
    codes_expire,
    an_unreachable_mail_server_is_retried_then_counted_as_failed,
);

use convene_bots::console::{Console, ConsoleOptions};
use convene_bots::email::EmailOutbox;
use convene_core::delivery::{Channel, Outbox, Outboxes};
use convene_core::domain::Platform;
use convene_core::store::testing::TestDb;
use convene_core::Clock;
use std::sync::Arc;
use support::{world, World};

fn smtp_server() -> (String, support::smtp::Received) {
    let (port, received) = support::smtp::start().unwrap();
    (format!("smtp://127.0.0.1:{port}?tls=none"), received)
}

/// Everything that goes out of this world: console rooms are printed, email goes over SMTP.
fn outboxes(w: &World, smtp: &str) -> Arc<dyn Outbox> {
    let email = EmailOutbox::new(smtp, "Convene <convene@test.example>").unwrap();
    let console = Arc::new(convene_bots::console::ConsoleOutbox::new(w.printed.clone()));
    Arc::new(Outboxes::default().with(Platform::Console, console).with_channel(Channel::Email, Arc::new(email)))
}

async fn chat(w: &World, outbox: &Arc<dyn Outbox>, script: &str) -> String {
    let options = ConsoleOptions { chat: "games".into(), user: "ana".into(), echo: true };
    let output = Arc::new(tokio::sync::Mutex::new(Vec::new()));
    let mut console = Console::new(w.engine.clone(), options).with_outbox(outbox.clone());
    console.run(script.as_bytes(), output.clone()).await.unwrap();
    let bytes = output.lock().await.clone();
    String::from_utf8(bytes).unwrap()
}

fn code_in(mail: &str) -> String {
    let at = mail.find("code is ").unwrap() + "code is ".len();
    mail[at..at + 6].to_string()
}

async fn people_link_an_email_with_a_code_and_get_reminders_there(db: TestDb) {
    let w = world(db, "2026-11-20T09:00:00Z");
    let (smtp, received) = smtp_server();
    let outbox = outboxes(&w, &smtp);

    let out = chat(&w, &outbox, "bob> /verify 123456\nbob> /email bob@example.org\n").await;
    assert!(out.contains("There is no code waiting"), "{out}");
    assert!(
        out.contains("I sent a 6-digit code to b***@example.org") && out.contains(">> email to b***@example.org: sent"),
        "{out}"
    );
    assert_eq!(out.matches("bob@example.org").count(), 1, "only the typed line has the address: replies mask it");
    let mail = received.lock().unwrap().last().cloned().unwrap();
    assert!(mail.contains("To: bob@example.org") && mail.contains("Subject: Your Convene code is"), "{mail}");
    let code = code_in(&mail);
    let wrong = if code == "000000" { "111111" } else { "000000" };

    let out = chat(&w, &outbox, &format!("bob> /verify {wrong}\nbob> /verify {code}\nbob> /email\n")).await;
    assert!(out.contains("That code is not right. 4 tries left."), "{out}");
    assert!(out.contains("Done: your reminders now also go to bob@example.org."), "{out}");
    assert!(out.contains("Your reminders also go to bob@example.org."), "{out}");

    let out = chat(&w, &outbox, "/new Board games saturday 19:30 @Kim's place #games\nbob> /remind 1 30m\n").await;
    assert!(out.contains("I'll remind you of #1 30m before"), "{out}");
    let scheduler = support::scheduler_with(&w.store, &w.clock, outbox.clone(), &w.engine);
    w.clock.set(support::at("2026-11-21T18:00:00Z"));
    let report = scheduler.tick().await.unwrap();
    assert_eq!(report.sent, 1);
    assert!(w.printed().await.contains("[to bob, privately]\nReminder: #1.1 Board games starts in 30m"));
    let mail = received.lock().unwrap().last().cloned().unwrap();
    assert!(mail.contains("Subject: Reminder: #1.1 Board games starts in 30m"), "{mail}");
    assert!(mail.contains("Content-Type: text/plain") && mail.contains("Content-Type: text/html"), "{mail}");
    assert!(mail.contains("Kim&#39;s place") || mail.contains("Kim's place"), "{mail}");
    assert!(mail.contains("Content-Type: text/calendar") && mail.contains("filename=\"event.ics\""), "{mail}");
    assert!(mail.contains("BEGIN:VEVENT") && mail.contains("SUMMARY:Board games"), "{mail}");
    assert!(
        mail.contains("ORGANIZER;CN=\"ana\"") && mail.contains("DTSTART;TZID=Europe/Madrid:20261121T193000"),
        "{mail}"
    );

    let stats = w.store.stats(w.clock.now(), chrono::Duration::days(1)).await.unwrap();
    assert_eq!((stats.totals.emails.sent, stats.totals.emails.failed), (1, 0));

    // Moving the event tells bob in private and by email.
    let out = chat(
        &w,
        &outbox,
        "bob> /join 1
/move 1 sunday 19:30
",
    )
    .await;
    assert!(
        out.contains(">> to bob (private message):") && out.contains(">> email to b***@example.org: sent"),
        "{out}"
    );
    let mail = received.lock().unwrap().last().cloned().unwrap();
    assert!(mail.contains("Subject: #1 Board games has moved: it is now Sun 22 Nov 2026,"), "{mail}");
    assert!(mail.contains("it is now Sun 22 Nov 2026, 19:30"), "the text part has the new time: {mail}");
}

async fn a_refused_address_is_said_and_too_many_wrong_codes_void_the_code(db: TestDb) {
    let w = world(db, "2026-11-20T09:00:00Z");
    let (smtp, _received) = smtp_server();
    let outbox = outboxes(&w, &smtp);
    let out = chat(&w, &outbox, "bob> /email nobody@example.org\n").await;
    assert!(out.contains(">> email to n***@example.org: not sent (permanent failure: mail server refused"), "{out}");
    let out = chat(&w, &outbox, &"bob> /verify 999999\n".repeat(6)).await;
    assert!(out.contains("1 tries left") && out.contains("Too many wrong codes"), "{out}");
    let out = chat(&w, &outbox, "bob> /email bob@\n").await;
    assert!(out.contains("\"bob@\" is not an email address"), "{out}");
}

async fn codes_expire(db: TestDb) {
    let w = world(db, "2026-11-20T09:00:00Z");
    let (smtp, received) = smtp_server();
    let outbox = outboxes(&w, &smtp);
    chat(&w, &outbox, "bob> /email bob@example.org\n").await;
    let code = code_in(received.lock().unwrap().last().unwrap());
    w.advance(chrono::Duration::minutes(16));
    let out = chat(&w, &outbox, &format!("bob> /verify {code}\n")).await;
    assert!(out.contains("That code has expired"), "{out}");
}

async fn an_unreachable_mail_server_is_retried_then_counted_as_failed(db: TestDb) {
    let w = world(db, "2026-11-20T09:00:00Z");
    let (smtp, received) = smtp_server();
    let outbox = outboxes(&w, &smtp);
    chat(&w, &outbox, "bob> /email bob@example.org\n").await;
    let code = code_in(received.lock().unwrap().last().unwrap());
    chat(
        &w,
        &outbox,
        &format!("bob> /verify {code}\n/settings reminders off\n/new Board games saturday 19:30\nbob> /remind 1 30m\n"),
    )
    .await;
    // The mail server is gone by the time the reminder is due: nothing listens on that port.
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let broken = outboxes(&w, &format!("smtp://127.0.0.1:{dead}"));
    let scheduler = support::scheduler_with(&w.store, &w.clock, broken, &w.engine);
    w.clock.set(support::at("2026-11-21T18:00:00Z"));
    let mut failed = 0;
    for _ in 0..6 {
        failed += scheduler.tick().await.unwrap().failed;
        w.clock.advance(chrono::Duration::minutes(40));
    }
    assert_eq!(failed, 1, "given up after five attempts");
    assert_eq!(w.printed().await.matches("[to bob, privately]").count(), 1, "the private message went out once");
    let stats = w.store.stats(w.clock.now(), chrono::Duration::days(2)).await.unwrap();
    assert_eq!((stats.totals.emails.sent, stats.totals.emails.failed), (0, 1));
}
