//! Mirroring a chat's events into its platform's own list: the setting, what is mirrored, and
//! the links between our events and the platform's, on both backends.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(
    admins_turn_mirroring_on_and_the_chats_own_coming_events_are_wanted,
    links_are_kept_per_chat,
);

use convene_core::domain::{EventId, Platform};
use convene_core::store::testing::TestDb;
use support::{assert_has, Room};

async fn admins_turn_mirroring_on_and_the_chats_own_coming_events_are_wanted(db: TestDb) {
    let room = Room::new(db, "club");
    let mirrors = room.engine.native_events(Platform::Console);
    room.say("ana", "/new Board games friday 19:30 @Kim's place").await;
    room.say("ana", "/new Standup every monday 10:00").await;
    room.say("ana", "/new Old one tomorrow 10:00").await;
    room.say("ana", "/cancel 3").await;
    assert_eq!(mirrors.wanted(&room.chat).await.unwrap(), None, "off until an admin turns it on");

    assert_has(&room.text("bob", "/settings discord-events on").await, &["Only admins"]);
    assert_eq!(mirrors.wanted(&room.chat).await.unwrap(), None);
    assert_has(&room.text("ana", "/settings discord-events on").await, &["Events tab"]);
    let wanted = mirrors.wanted(&room.chat).await.unwrap().expect("on");
    let titles: Vec<&str> = wanted.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["Board games", "Standup"], "coming, not cancelled");
    assert_eq!(wanted[0].place.as_deref(), Some("Kim's place"));
    assert!(wanted[1].recurrence.is_some());
    let cancelled = mirrors.event(&room.chat, EventId(wanted[0].event.0 + 2)).await.unwrap();
    assert!(cancelled.is_some_and(|e| e.gone), "a cancelled event is known as gone");

    room.say("ana", "/settings discord-events off").await;
    assert_eq!(mirrors.wanted(&room.chat).await.unwrap(), None);
}

async fn links_are_kept_per_chat(db: TestDb) {
    let room = Room::new(db, "club");
    let mirrors = room.engine.native_events(Platform::Discord);
    mirrors.remember("c1", EventId(7), "900").await.unwrap();
    mirrors.remember("c1", EventId(8), "901").await.unwrap();
    mirrors.remember("c2", EventId(7), "902").await.unwrap();
    assert_eq!(mirrors.link("c1", EventId(7)).await.unwrap().as_deref(), Some("900"));
    assert_eq!(mirrors.links("c1").await.unwrap(), [(EventId(7), "900".to_string()), (EventId(8), "901".to_string())]);
    mirrors.forget("c1", EventId(7), "900").await.unwrap();
    assert_eq!(mirrors.links("c1").await.unwrap().len(), 1);
    assert_eq!(mirrors.links("c2").await.unwrap().len(), 1, "per chat");
    let cards = room.engine.posted_cards(Platform::Discord);
    assert_eq!(cards.find("c1", convene_core::CardOf::Event(EventId(8))).await, None, "links are no cards");
}
