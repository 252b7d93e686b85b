//! A mail server that hangs holds nothing up: the send is cut off after the limit, and while the
//! server is known to be down, sends fail at once (the reminder queue tries them again later).

use super::*;
use convene_core::delivery::DeliveryError;
use convene_core::domain::Email;
use std::time::Duration;
use tokio::time::Instant;

fn reminder() -> (Audience, Reply) {
    (Audience::Email(Email::parse("bob@example.org").unwrap()), Reply::text("Reminder: #1 Dinner starts in 1h"))
}

#[tokio::test(start_paused = true)]
async fn a_hung_mail_server_is_cut_off_then_not_waited_on_until_the_cool_off_ends() {
    // Connections are accepted (by the kernel) and never answered, as by a hung server.
    let hung = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("smtp://127.0.0.1:{}?tls=none", hung.local_addr().unwrap().port());
    let outbox = EmailOutbox::new(&url, "Convene <convene@test.example>").unwrap();
    let (to, message) = reminder();

    let started = Instant::now();
    let first = outbox.deliver(&to, &message).await;
    assert!(matches!(first, Err(DeliveryError::Transient(_))), "{first:?}");
    assert!(started.elapsed() <= SEND_LIMIT, "cut off after the limit, not waited on forever");

    let again = Instant::now();
    let second = outbox.deliver(&to, &message).await;
    assert!(matches!(second, Err(DeliveryError::Transient(_))), "{second:?}");
    assert_eq!(again.elapsed(), Duration::ZERO, "known down: failed at once, without trying");

    tokio::time::advance(COOL_OFF).await;
    let later = Instant::now();
    let third = outbox.deliver(&to, &message).await;
    assert!(matches!(third, Err(DeliveryError::Transient(_))), "{third:?}");
    assert!(later.elapsed() > Duration::ZERO, "after the cool-off the server is tried again");
}
