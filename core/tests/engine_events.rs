//! Creating, showing, editing, moving and cancelling events; who may do what.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(
    new_reads_title_time_length_place_topics_and_limit,
    repeating_events_show_their_rule_and_next_time,
    only_the_organizer_or_an_admin_changes_an_event,
    moving_tells_everyone_who_answered,
    cancelling_removes_the_event_from_the_agenda,
    a_stale_edit_is_refused_by_the_store,
    admins_can_restrict_who_creates,
    one_day_of_a_series_can_be_cancelled,
    cards_carry_what_they_show_as_data,
);

use convene_core::domain::{CalendarId, EventNo};
use convene_core::store::testing::TestDb;
use convene_core::Audience;
use support::{assert_has, Room};

async fn new_reads_title_time_length_place_topics_and_limit(db: TestDb) {
    let room = Room::new(db, "games");
    let created = room.say("ana", "/new Board games friday 19:30 for 3h @Kim's place #games max 6").await;
    assert_has(
        &created.reply.plain_text(),
        &[
            "Created #1 Board games, Fri 20 Nov 2026, 19:30–22:30 (Europe/Madrid)",
            "Where: Kim's place",
            "Topics: #games",
            "Going (1/6): Ana",
            "Organizer: Ana",
        ],
    );
    let buttons: Vec<&str> = created.reply.buttons.iter().flatten().map(|b| b.command.as_str()).collect();
    assert_eq!(buttons, ["/join 1", "/maybe 1", "/decline 1"]);
    assert_has(&room.text("bob", "/event #1").await, &["#1 Board games", "Where: Kim's place"]);
}

async fn repeating_events_show_their_rule_and_next_time(db: TestDb) {
    let room = Room::new(db, "work");
    let created = room.text("ana", "/new Standup every weekday 9:15").await;
    assert_has(&created, &["Created #1 Standup", "Mon 23 Nov 2026, 09:15"]);
    room.clock.set(support::at("2026-11-24T12:00:00Z"));
    assert_has(&room.text("ana", "/event 1").await, &["next: Wed 25 Nov 2026, 09:15"]);
}

async fn only_the_organizer_or_an_admin_changes_an_event(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("bob", "/new Pub quiz tomorrow 20:00").await;
    let before = room.snapshot().await;
    for attempt in ["/edit 1 title Mine now", "/move 1 tomorrow 21:00", "/cancel 1"] {
        assert_has(&room.text("carol", attempt).await, &["Only the organizer of #1 or an admin"]);
    }
    assert_eq!(before, room.snapshot().await, "refused changes leave everything as it was");
    assert_has(&room.text("bob", "/edit 1 place The Crown").await, &["Updated the place of #1", "Where: The Crown"]);
    assert_has(&room.text("ana", "/edit 1 title Big pub quiz").await, &["#1 Big pub quiz"]);
}

async fn moving_tells_everyone_who_answered(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("ana", "/new Board games friday 19:30").await;
    room.say("bob", "/join 1").await;
    room.say("carol", "/decline 1").await;
    let moved = room.say("ana", "/move 1 tomorrow 20:00").await;
    assert_has(&moved.reply.plain_text(), &["Moved #1 Board games to Sat 21 Nov 2026, 20:00–21:00 (Europe/Madrid)"]);
    let told: Vec<String> = moved
        .notices
        .iter()
        .map(|n| match &n.to {
            Audience::Person(p) => p.external_id.clone(),
            Audience::Chat(c) => c.external_id.clone(),
            Audience::Email(address) => address.to_string(),
        })
        .collect();
    assert_eq!(told, ["bob"], "those going are told; those who declined and the mover are not");
    assert_has(&moved.notices[0].reply.plain_text(), &["has moved: it is now Sat 21 Nov 2026, 20:00"]);
}

async fn cancelling_removes_the_event_from_the_agenda(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("ana", "/new Board games friday 19:30").await;
    room.say("bob", "/join 1").await;
    let cancelled = room.say("ana", "/cancel 1").await;
    assert_has(&cancelled.reply.plain_text(), &["Cancelled #1 Board games. I've told the 1 person who had answered."]);
    assert_has(&cancelled.notices[0].reply.plain_text(), &["has been cancelled"]);
    assert_has(&room.text("ana", "/events").await, &["No upcoming events"]);
    assert_has(&room.text("ana", "/event 1").await, &["CANCELLED: #1 Board games"]);
}

async fn a_stale_edit_is_refused_by_the_store(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("ana", "/new Board games friday 19:30").await;
    let store = room.store();
    let mut first = store.begin(support::at(support::NOW)).await.unwrap();
    let event = first.event(CalendarId(1), EventNo(1), false).await.unwrap().expect("event");
    first.commit().await.unwrap();
    // Someone else edits it meanwhile.
    room.say("ana", "/edit 1 place Kim's").await;
    let mut late = store.begin(support::at(support::NOW)).await.unwrap();
    let mut edited = event.clone();
    edited.capacity = convene_core::domain::Capacity::new(3);
    assert_eq!(late.update_event(&edited).await.unwrap(), None, "the old version no longer matches");
    late.commit().await.unwrap();
    assert_has(&room.text("bob", "/event 1").await, &["Where: Kim's", "Going (1): Ana"]);
}

async fn admins_can_restrict_who_creates(db: TestDb) {
    let room = Room::new(db, "club");
    assert_has(&room.text("bob", "/settings create admins").await, &["Only admins of this chat can change that."]);
    assert_has(&room.text("ana", "/settings create admins").await, &["Only admins of this chat can create events"]);
    let before = room.snapshot().await;
    assert_has(&room.text("bob", "/new Party friday 21:00").await, &["only admins can create events and polls"]);
    assert_has(&room.text("bob", "/poll Party | fri 21:00 | sat 21:00").await, &["only admins can create"]);
    assert_eq!(before, room.snapshot().await);
    assert_has(&room.text("ana", "/new Party friday 21:00").await, &["Created #1 Party"]);
    assert_has(
        &room.text("bob", "/settings").await,
        &["Who can create events: admins only", "Europe/Madrid (default)"],
    );
}

async fn one_day_of_a_series_can_be_cancelled(db: TestDb) {
    let room = Room::new(db, "work");
    room.say("ana", "/new Standup every weekday 9:15").await;
    room.say("ana", "/new Lunch saturday 13:00").await;
    room.say("bob", "/join 1").await;
    let before = room.snapshot().await;
    assert_has(&room.text("ana", "/cancel 1 saturday").await, &["#1 has no occurrence on Sat 21 Nov 2026."]);
    assert_has(&room.text("ana", "/cancel 2 saturday").await, &["#2 does not repeat; /cancel 2 cancels it."]);
    assert_has(&room.text("bob", "/cancel 1 monday").await, &["Only the organizer of #1"]);
    assert_eq!(before, room.snapshot().await);
    let cancelled = room.say("ana", "/cancel 1 monday").await;
    assert_has(
        &cancelled.reply.plain_text(),
        &["#1 Standup on Mon 23 Nov 2026, 09:15 (Europe/Madrid) is cancelled; the rest of the series goes on."],
    );
    assert_eq!(cancelled.notices.len(), 1, "bob, who is going, is told");
    assert_has(&room.text("bob", "/event 1").await, &["next: Tue 24 Nov 2026, 09:15"]);
    assert_has(&room.text("bob", "/events").await, &["#1 Standup: Tue 24 Nov 2026, 09:15"]);
}

/// Adapters that draw cards their own way (Discord embeds) read the card's data; it says what the
/// text says.
async fn cards_carry_what_they_show_as_data(db: TestDb) {
    use convene_core::card_view::CardView;
    let room = Room::new(db, "games");
    room.say("ana", "/new Board games friday 19:30 for 2h @Kim's place #games max 2 -- Bring snacks").await;
    room.say("bob", "/join 1").await;
    room.say("carol", "/join 1").await;
    let shown = room.say("dave", "/maybe 1").await.reply;
    let Some(CardView::Event(card)) = shown.view.as_deref() else { panic!("an event card: {shown:?}") };
    assert_eq!((card.label.as_str(), card.title.as_str(), card.cancelled), ("#1", "Board games", false));
    assert_eq!(card.starts_at, support::at("2026-11-20T18:30:00Z"));
    assert_eq!(card.ends_at - card.starts_at, chrono::Duration::hours(2));
    assert_eq!(
        (card.zone, card.place.as_deref(), card.capacity),
        (chrono_tz::Europe::Madrid, Some("Kim's place"), Some(2))
    );
    assert_eq!((card.topics.clone(), card.description.as_deref()), (vec!["games".to_string()], Some("Bring snacks")));
    assert_eq!(
        (card.going.clone(), card.waitlist.clone(), card.maybe.clone()),
        (vec!["Ana".into(), "Bob".into()], vec!["Carol".to_string()], vec!["Dave".to_string()])
    );
    assert_eq!(card.organizer.as_deref(), Some("Ana"));

    room.say("ana", "/poll Dinner | sat 20:00 | sun 20:00-22:00").await;
    let poll = room.say("bob", "/vote 1 2").await.reply;
    let Some(CardView::Poll(card)) = poll.view.as_deref() else { panic!("a poll card: {poll:?}") };
    assert_eq!((card.label.as_str(), card.title.as_str(), card.became), ("1", "Dinner", None));
    assert_eq!(card.options[1].voters, vec!["Bob".to_string()]);
    assert_eq!(card.options[1].ends_at, Some(support::at("2026-11-22T21:00:00Z")));
}
