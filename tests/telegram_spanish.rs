//! A Spanish group on Telegram, end to end through the real adapter, engine and scheduler against
//! a fake Bot API: the first person's Telegram speaks Spanish, so the group is answered in
//! Spanish; they create, answer with buttons and aliases, fill the event, run a time poll, and get
//! the reminder and the digest in Spanish.
#![allow(clippy::unwrap_used)]

#[path = "../bots/tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;
#[path = "support/telegram_world.rs"]
mod telegram_world;

use fake_telegram::Call;
use telegram_world::{sent, world, GROUP};

fn edited(calls: &[Call], needle: &str) -> Option<Call> {
    let text = |c: &Call| c.body["text"].as_str().unwrap_or("").to_string();
    calls.iter().find(|c| c.method == "editmessagetext" && text(c).contains(needle)).cloned()
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_spanish_group_plans_and_is_reminded_in_spanish(pool: sqlx::PgPool) {
    let w = world(pool).await;
    let fake = &w.fake;
    let mut ana = fake.person(1, "Ana", true);
    ana["language_code"] = "es-AR".into();
    let bob = fake.person(2, "Bob", true);
    let carol = fake.person(3, "Carol", true);
    let group = fake.group(GROUP, "Amigos", &[&ana]);

    fake.say(&group, &ana, "/nuevo Juegos de mesa viernes 19:30 @casa de Kim max 2");
    let card = fake.wait_for("the card", |calls| sent(calls, GROUP, "Creé #1 Juegos de mesa")).await;
    let text = card.body["text"].as_str().unwrap();
    assert!(text.contains("vie 20 nov 2026, 19:30–20:30 (Europe/Madrid)") && text.contains("Van (1/2): Ana"), "{text}");
    let buttons = card.body["reply_markup"]["inline_keyboard"].to_string();
    assert!(
        buttons.contains("Voy (1)") && buttons.contains("Quizás (0)") && buttons.contains("No puedo (0)"),
        "{buttons}"
    );

    fake.press(&group, card.sent_id.unwrap(), &bob, "/join 1");
    fake.wait_for("Bob on the card", |calls| edited(calls, "Van (2/2): Ana, Bob")).await;
    fake.say(&group, &carol, "/voy 1");
    fake.wait_for("Carol waiting", |calls| sent(calls, GROUP, "estás en la lista de espera (número 1)")).await;
    fake.say(&group, &bob, "/nopuedo 1");
    fake.wait_for("Carol moved up", |calls| sent(calls, GROUP, "Carol salió de la lista de espera y ahora va.")).await;
    fake.wait_for("Carol told privately", |calls| sent(calls, 3, "Buenas noticias: se liberó un lugar en #1")).await;

    fake.say(&group, &ana, "/encuesta Cena | sábado 21:00 | domingo 13:00");
    fake.wait_for("the poll", |calls| sent(calls, GROUP, "Encuesta 1: Cena")).await;
    fake.say(&group, &bob, "/votar 1 2");
    fake.say(&group, &ana, "/cerrar 1");
    fake.wait_for("the poll closed", |calls| sent(calls, GROUP, "Encuesta cerrada: Cena")).await;
    fake.say(&group, &ana, "/resumen diario 08:00");
    fake.wait_for("the digest set", |calls| sent(calls, GROUP, "todos los días a las 08:00")).await;

    w.tick_at("2026-11-20T17:30:00Z").await;
    let reminder = fake
        .wait_for("the reminder", |calls| sent(calls, GROUP, "Recordatorio: #1 Juegos de mesa empieza dentro de 1h"))
        .await;
    assert!(reminder.body["text"].as_str().unwrap().contains("Van (2): Ana, Carol"), "{reminder:?}");

    w.digests_at("2026-11-21T07:00:00Z").await;
    let digest =
        fake.wait_for("the digest", |calls| sent(calls, GROUP, "La agenda de la semana (Europe/Madrid):")).await;
    assert!(digest.body["text"].as_str().unwrap().contains("#2 Cena: dom 22 nov 2026, 13:00"), "{digest:?}");
}
