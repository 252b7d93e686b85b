//! Choosing the language: a chat takes its platform's language when it first speaks, admins change
//! it with /language, and each person may choose their own for private messages with /mylanguage.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(
    the_first_speakers_language_is_the_chats_until_an_admin_changes_it,
    only_admins_change_the_chats_language_and_bad_choices_change_nothing,
    a_person_chooses_the_language_of_their_own_messages,
);

use convene_core::domain::Language;
use convene_core::store::testing::TestDb;
use support::{assert_has, Room};

async fn the_first_speakers_language_is_the_chats_until_an_admin_changes_it(db: TestDb) {
    let room = Room::new(db, "amigos");
    let first = room.say_from("bob", "/events", Some(Language::Es)).await;
    assert_has(&first.reply.plain_text(), &["No hay eventos próximos"]);
    // Someone whose app speaks English comes later: the chat keeps its language.
    let later = room.say_from("zoe", "/new Cena mañana 21:00", Some(Language::En)).await;
    assert_has(&later.reply.plain_text(), &["Creé #1 Cena, sáb 21 nov 2026, 21:00–22:00"]);
    assert_has(&room.text("ana", "/language").await, &["En este chat hablo español."]);
    assert_has(&room.text("ana", "/language en").await, &["From now on I speak English in this chat."]);
    assert_has(&room.text("zoe", "/event 1").await, &["When: Sat 21 Nov 2026, 21:00–22:00"]);
}

async fn only_admins_change_the_chats_language_and_bad_choices_change_nothing(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("ana", "/new Board games friday 19:30").await;
    let before = room.snapshot().await;
    assert_has(&room.text("bob", "/language es").await, &["Only admins"]);
    assert_has(&room.text("ana", "/language klingon").await, &["I don't speak \"klingon\"", "/language es"]);
    assert_eq!(room.snapshot().await, before, "nothing changed");
    assert_has(&room.text("bob", "/language").await, &["I speak English in this chat."]);
    assert_has(&room.text("ana", "/idioma Español").await, &["Desde ahora hablo español en este chat."]);
}

async fn a_person_chooses_the_language_of_their_own_messages(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("ana", "/new Board games friday 19:30 max 1").await;
    assert_has(&room.text("bob", "/join 1").await, &["on the waitlist"]);
    assert_has(&room.text("bob", "/mylanguage").await, &["the language of the chat they are about (here English)"]);
    assert_has(&room.text("bob", "/mylanguage es").await, &["Tus mensajes privados y correos llegarán en español."]);
    // The chat still speaks English; what reaches Bob privately is in Spanish.
    let freed = room.say("ana", "/leave 1").await;
    assert_has(&freed.reply.plain_text(), &["Bob moved up from the waitlist"]);
    let bob_told = freed.notices.iter().find(|n| format!("{:?}", n.to).contains("\"bob\"")).unwrap();
    assert_has(
        &bob_told.reply.plain_text(),
        &["Buenas noticias: se liberó un lugar en #1 Board games (vie 20 nov 2026"],
    );
    assert_has(&room.text("bob", "/mylanguage off").await, &["the language of the chat they are about"]);
}
