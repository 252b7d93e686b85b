//! A Spanish group on the console, end to end: the group chooses Spanish, creates an event with
//! Spanish aliases and times, answers, fills it and moves the waitlist, runs a time poll, and gets
//! its reminder, a private reminder and its digest in Spanish; English times still work.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(a_spanish_group_plans_answers_polls_and_is_reminded_in_spanish,);

use convene_core::store::testing::TestDb;
use support::world;

/// Friday 20 Nov 2026, 10:00 in Madrid.
const NOW: &str = "2026-11-20T09:00:00Z";

fn assert_has(text: &str, needles: &[&str]) {
    for needle in needles {
        assert!(text.contains(needle), "{needle:?} not in:\n{text}");
    }
}

async fn a_spanish_group_plans_answers_polls_and_is_reminded_in_spanish(db: TestDb) {
    let w = world(db, NOW);
    assert_has(&w.say("juegos", "ana", "/idioma es").await, &["Desde ahora hablo español en este chat."]);

    let created = w.say("juegos", "ana", "/nuevo Juegos de mesa viernes a las 19:30 @casa de Kim max 2").await;
    assert_has(
        &created,
        &[
            "Creé #1 Juegos de mesa, vie 20 nov 2026, 19:30–20:30 (Europe/Madrid). Tú vas;",
            "Dónde: casa de Kim",
            "Van (1/2): ana",
            "Organiza: ana",
        ],
    );
    assert_has(&w.say("juegos", "bob", "/voy 1").await, &["Vas a #1 Juegos de mesa.", "Van (2/2): ana, bob"]);
    let waiting = w.say("juegos", "carol", "/voy 1").await;
    assert_has(
        &waiting,
        &["#1 está lleno, así que estás en la lista de espera (número 1).", "Lista de espera: 1. carol"],
    );
    let freed = w.say("juegos", "bob", "/nopuedo 1").await;
    assert_has(&freed, &["carol salió de la lista de espera y ahora va.", "Van (2/2): ana, carol", "No pueden: bob"]);

    let poll = w.say("juegos", "ana", "/encuesta Cena | sábado 21:00 | domingo 13:00").await;
    assert_has(&poll, &["Encuesta 1: Cena", "1. sáb 21 nov 2026, 21:00 (Europe/Madrid): 0 votos"]);
    assert_has(&w.say("juegos", "bob", "/votar 1 2").await, &["Tu voto por 2 quedó registrado.", "1 voto (bob)"]);
    let closed = w.say("juegos", "ana", "/cerrar 1").await;
    assert_has(&closed, &["Encuesta cerrada: Cena", "#2 Cena", "Cuándo: dom 22 nov 2026, 13:00–14:00"]);

    // People mix languages: an English time in a Spanish chat is read, and answered in Spanish.
    assert_has(&w.say("juegos", "bob", "/new Padel tomorrow 9am").await, &["Creé #3 Padel, sáb 21 nov 2026, 09:00"]);
    assert_has(&w.say("juegos", "carol", "/recordar 1 30m").await, &["Te recordaré #1 30m antes por mensaje privado."]);
    let refused = w.say("juegos", "ana", "/nuevo Retro ayer 10:00").await;
    assert_has(&refused, &["Esa hora ya pasó: la entendí como jue 19 nov 2026, 10:00 (Europe/Madrid)."]);
    assert_has(&w.say("juegos", "ana", "/resumen diario 08:00").await, &["todos los días a las 08:00 (Europe/Madrid)"]);
    w.printed().await;

    // The chat's reminder an hour before, and Carol's own half an hour before, in Spanish.
    w.tick_at("2026-11-20T17:30:00Z").await;
    let reminded = w.printed().await;
    assert_has(
        &reminded,
        &[
            "[in juegos]\nRecordatorio: #1 Juegos de mesa empieza dentro de 1h, vie 20 nov 2026, 19:30 (Europe/Madrid).",
            "Dónde: casa de Kim\nVan (2): ana, carol",
            "[1] Voy  [2] Quizás  [3] No puedo",
        ],
    );
    w.tick_at("2026-11-20T18:00:00Z").await;
    let private = w.printed().await;
    assert_has(
        &private,
        &["[to carol, privately]\nRecordatorio: #1.1 Juegos de mesa empieza dentro de 30m", "Posponer 10m"],
    );

    // The digest the next morning at 08:00 in Madrid.
    w.clock.set(support::at("2026-11-21T07:00:00Z"));
    assert_eq!(w.scheduler.tick_digests().await.unwrap().posted, 1);
    let digest = w.printed().await;
    assert_has(
        &digest,
        &[
            "[in juegos]\nLa agenda de la semana (Europe/Madrid):",
            "#3 Padel: sáb 21 nov 2026, 09:00",
            "#2 Cena: dom 22 nov 2026, 13:00",
        ],
    );
}
