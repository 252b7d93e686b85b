//! Refusals, hints, reminders, digests and emails in Spanish: whole sentences from the catalogue,
//! with what the person typed quoted as typed, and every example they suggest readable.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(a_spanish_chat_hears_its_refusals_in_spanish, the_examples_of_spanish_hints_work);

use chrono::TimeZone;
use convene_core::domain::{DigestSchedule, Language, Lead};
use convene_core::refusal::{ParseError, Problem, Refusal};
use convene_core::store::testing::TestDb;
use convene_core::text;
use convene_core::time::{parse_span, TimeContext, TimeError};
use support::{assert_has, Room};

/// A refusal of `/new`: `sentence`, then an example of the command (worded with the commands).
#[track_caller]
fn assert_refused(said: &str, sentence: &str) {
    let example = said.strip_prefix(sentence).unwrap_or_else(|| panic!("expected {sentence:?} in:\n{said}"));
    assert!(example.starts_with(" Ejemplo: /new "), "{said}");
}

fn spanish<R>(work: impl FnOnce() -> R) -> R {
    text::speaking_now(Language::Es, work)
}

async fn a_spanish_chat_hears_its_refusals_in_spanish(db: TestDb) {
    let room = Room::new(db, "amigos");
    room.say("ana", "/language es").await;
    assert_refused(
        &room.text("ana", "/new Retro ayer 10:00").await,
        "Esa hora ya pasó: la entendí como jue 19 nov 2026, 10:00 (Europe/Madrid).",
    );
    assert_refused(
        &room.text("ana", "/new Retro Hace 2 horas").await,
        "\"Hace 2 horas\" ya pasó, así que no puedo planear nada para entonces. Da una hora que aún esté por llegar.",
    );
    assert_eq!(
        room.text("bob", "/evnets").await,
        "No conozco /evnets. ¿Quisiste decir /events? (/help lo muestra todo)"
    );
    assert_has(
        &room.text("ana", "/new Fiesta 5/6 19:00").await,
        &["En \"5/6 19:00\", ¿5/6 es el 5 de junio o el 6 de mayo? Escribe el mes con letras, como \"5 jun\"."],
    );
}

/// The time phrases Spanish hints offer as examples are read as times in a Spanish chat.
async fn the_examples_of_spanish_hints_work(db: TestDb) {
    let room = Room::new(db, "amigos");
    room.say("ana", "/language es").await;
    for example in [
        "/new Juegos de mesa viernes 19:30",
        "/new Yoga mañana 9:00",
        "/new Café todos los lunes 10:00",
        "/new Sync el martes de la semana que viene 12:30",
        "/new Gimnasio todos los lun, mié, vie 7:00",
        "/new Coro cada viernes hasta el 31 de enero 19:00",
        "/new Cena vie 7:00",
        "/new Cena vie 19:00",
    ] {
        let said = room.text("ana", example).await;
        assert!(!said.contains("Ejemplo:") && !said.contains("?"), "{example} was refused: {said}");
    }
}

#[test]
fn a_time_in_the_past_is_refused_in_spanish_quoting_what_was_typed() {
    let refusal = Refusal::Parse(ParseError::Invalid {
        command: "new",
        problem: Problem::Time(TimeError::Past { phrase: "Ayer 10:00".into() }),
    });
    assert_refused(
        &spanish(|| text::refusal(&refusal)).plain_text(),
        "\"Ayer 10:00\" ya pasó, así que no puedo planear nada para entonces. Da una hora que aún esté por llegar.",
    );
    let zone = chrono_tz::Europe::Madrid;
    let interpreted = zone.with_ymd_and_hms(2020, 1, 1, 10, 0, 0).unwrap();
    assert_eq!(
        spanish(|| text::problem_text(&Problem::Time(TimeError::InPast { interpreted }))),
        "Esa hora ya pasó: la entendí como mié 1 ene 2020, 10:00 (Europe/Madrid)."
    );
    assert_eq!(
        spanish(|| text::problem_text(&Problem::Time(TimeError::AmbiguousHour { phrase: "vie 7".into(), hour: 7 }))),
        "En \"vie 7\", ¿las 7 son por la mañana o por la tarde? Escribe \"7:00\" o \"19:00\"."
    );
}

#[test]
fn an_unknown_command_is_hinted_in_spanish() {
    let unknown = |suggestion| Refusal::Parse(ParseError::Unknown { given: "evnets".into(), suggestion });
    assert_eq!(
        spanish(|| text::refusal(&unknown(Some("events")))).plain_text(),
        "No conozco /evnets. ¿Quisiste decir /events? (/help lo muestra todo)"
    );
    assert_eq!(
        spanish(|| text::refusal(&unknown(None))).plain_text(),
        "No conozco /evnets. /help muestra lo que entiendo."
    );
    assert_eq!(
        spanish(|| text::refusal(&Refusal::SlowDown(12))).plain_text(),
        "Más despacio: demasiados comandos en un minuto. Inténtalo de nuevo en 12s."
    );
}

#[test]
fn a_chat_reminder_speaks_spanish_with_spanish_buttons() {
    let when = "vie 4 dic 2026, 19:30 (Europe/Madrid)";
    let reply = spanish(|| {
        text::chat_reminder(text::reminder("#3", "Juegos", when, Some("Casa de Kim"), &["Ana", "Bea"], 60), "#3")
    });
    assert_eq!(
        reply.text,
        "Recordatorio: #3 Juegos empieza dentro de 1h, vie 4 dic 2026, 19:30 (Europe/Madrid).\nDónde: Casa de Kim\nVan (2): Ana, Bea"
    );
    let labels: Vec<&str> = reply.buttons.iter().flatten().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["Voy", "Quizás", "No puedo"]);
}

#[test]
fn a_private_reminder_speaks_spanish_with_a_snooze_button() {
    let when = "vie 4 dic 2026, 19:30 (Europe/Madrid)";
    let reply = spanish(|| text::private_reminder(text::reminder("#7.3", "Juegos", when, None, &[], 0), "#7.3"));
    assert_eq!(
        reply.text,
        "Recordatorio: #7.3 Juegos ya empezó, vie 4 dic 2026, 19:30 (Europe/Madrid).\nVan (0): nadie todavía"
    );
    assert_eq!(reply.buttons[0][0].label, "Posponer 10m");
    assert_eq!(reply.buttons[0][0].command, "/snooze 7.3 10m");
    assert_eq!(
        spanish(|| text::snoozed("#3", Lead::parse("10m").unwrap())).text,
        "Pospuesto: te recordaré #3 otra vez dentro de 10m."
    );
}

#[test]
fn a_digest_speaks_spanish() {
    let zone = chrono_tz::Europe::Madrid;
    assert_eq!(
        spanish(|| text::digest(Vec::new(), zone)).text,
        "La agenda de la semana (Europe/Madrid):\nTodavía no hay nada planeado. Planea algo: /new Juegos de mesa viernes 19:30"
    );
    let weekly = DigestSchedule::parse("weekly mon 08:00").unwrap();
    assert_eq!(
        spanish(|| text::digest_set(Some(&weekly), zone)).text,
        "Publicaré aquí la agenda de la semana todos los lunes a las 08:00 (Europe/Madrid)."
    );
    assert_eq!(
        text::digest_set(Some(&weekly), zone).text,
        "I'll post the week ahead here every Mon at 08:00 (Europe/Madrid)."
    );
}

#[test]
fn the_verification_email_speaks_spanish_from_its_subject_on() {
    let email = spanish(|| text::email_code("482913"));
    assert_eq!(
        email.text,
        "Tu código de Convene es 482913.\nEnvía /verify 482913 en el chat en los próximos 15 minutos para recibir \
         recordatorios en esta dirección.\nSi no lo pediste, ignora este email."
    );
    let wrong = |left| spanish(|| text::verify_result(&convene_core::store::VerifyOutcome::Wrong { left })).text;
    assert_eq!(wrong(1), "Ese código no es correcto. Te queda 1 intento.");
    assert_eq!(wrong(2), "Ese código no es correcto. Te quedan 2 intentos.");
}

#[test]
fn delivery_notices_and_the_event_form_speak_spanish() {
    assert_eq!(
        spanish(|| text::private_messages_blocked("Ana", "https://t.me/convene_bot?start=hello")),
        "Ana, todavía no puedo enviarte mensajes privados, así que te perderás avisos de la lista de espera y \
         recordatorios. Abre https://t.me/convene_bot?start=hello y pulsa Iniciar, y podré hacerlo."
    );
    assert_eq!(spanish(text::event_form_title), "Planea un evento");
    let when = spanish(|| text::event_form_field("when")).unwrap();
    assert_eq!(
        (when.label.as_str(), when.example.as_str()),
        ("¿Cuándo?", "viernes 19:30, mañana 9:00, todos los lunes 10:00")
    );
    for field in ["title", "when", "place", "max", "description"] {
        let form = spanish(|| text::event_form_field(field)).unwrap();
        assert!(form.label.chars().count() <= 45 && form.example.chars().count() <= 100, "{form:?}");
    }
}

#[test]
fn the_time_examples_read_in_a_form_are_readable() {
    let ctx = TimeContext { now: support::at(support::NOW), zone: chrono_tz::Europe::Madrid };
    for phrase in ["viernes 19:30", "mañana 9:00", "todos los lunes 10:00"] {
        assert!(parse_span(phrase, &ctx).is_ok(), "{phrase}");
    }
}
