//! The storage boundary's contract, method by method, on both backends: what one backend does,
//! the other does too.
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Europe::Madrid;
use convene_core::domain::*;
use convene_core::store::testing::TestDb;
use convene_core::store::{EventFilter, PostedIn, Transaction, UserRef};
use convene_core::time::Recurrence;

convene_core::on_both_backends!(
    chats_and_people_are_made_once_and_kept_up_to_date,
    events_are_numbered_per_calendar_and_stale_edits_refused,
    the_agenda_filters_by_time_topic_words_place_and_range,
    answers_keep_their_order_and_a_new_answer_goes_last,
    answers_belong_to_one_occurrence_and_follow_it_when_moved,
    votes_toggle_and_list_their_voters,
    statistics_feeds_and_blocking,
    concurrent_writers_never_share_a_number,
    a_chat_goes_quiet_and_keeps_its_calendar_under_a_new_id,
    posted_cards_and_private_message_hints_are_remembered,
    the_speaker_is_read_in_one_go_and_kept_up_to_date,
);

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-20T09:00:00Z").unwrap().with_timezone(&Utc)
}

fn chat(id: &str, title: &str) -> ChatIdentity {
    ChatIdentity { platform: Platform::Telegram, external_id: id.into(), title: title.into() }
}

fn person(id: &str, name: &str) -> UserIdentity {
    UserIdentity { platform: Platform::Telegram, external_id: id.into(), display_name: name.into() }
}

async fn begin(db: &TestDb) -> Box<dyn Transaction> {
    db.store.begin(now()).await.unwrap()
}

fn event(calendar: CalendarId, creator: UserId, title: &str, in_hours: i64) -> NewEvent {
    let starts_at = now() + Duration::hours(in_hours);
    NewEvent {
        calendar,
        title: EventTitle::parse(title).unwrap(),
        description: None,
        location: None,
        topics: Vec::new(),
        starts_at,
        ends_at: starts_at + Duration::hours(1),
        zone: Madrid,
        recurrence: None,
        capacity: None,
        creator,
    }
}

/// A chat, its home calendar and its first person, committed.
async fn setting(db: &TestDb) -> (Chat, User) {
    let mut tx = begin(db).await;
    let home = tx.chat(&chat("-100", "Games")).await.unwrap();
    let ana = tx.user(&person("1", "Ana")).await.unwrap();
    tx.commit().await.unwrap();
    (home, ana)
}

async fn chats_and_people_are_made_once_and_kept_up_to_date(db: TestDb) {
    let (games, ana) = setting(&db).await;
    let mut tx = begin(&db).await;
    let renamed = tx.chat(&chat("-100", "Board games")).await.unwrap();
    assert_eq!((renamed.id, renamed.home_calendar), (games.id, games.home_calendar));
    assert_eq!(renamed.identity.title, "Board games");
    let other = tx.chat(&chat("-200", "Work")).await.unwrap();
    assert_ne!(other.home_calendar, games.home_calendar, "each chat gets its own calendar");
    let again = tx.user(&person("1", "Ana M.")).await.unwrap();
    assert_eq!((again.id, again.identity.display_name.as_str(), again.blocked), (ana.id, "Ana M.", false));
    tx.set_chat_zone(games.id, Some(Madrid)).await.unwrap();
    tx.set_create_policy(games.id, CreatePolicy::Admins).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = begin(&db).await;
    let read = tx.chat(&chat("-100", "Board games")).await.unwrap();
    assert_eq!((read.zone, read.create_policy), (Some(Madrid), CreatePolicy::Admins));
    assert_eq!(tx.calendar(games.home_calendar).await.unwrap().unwrap().name, "Games", "named at creation");
}

async fn events_are_numbered_per_calendar_and_stale_edits_refused(db: TestDb) {
    let (games, ana) = setting(&db).await;
    let mut tx = begin(&db).await;
    let work = tx.chat(&chat("-200", "Work")).await.unwrap();
    let first = tx.insert_event(&event(games.home_calendar, ana.id, "Chess", 5)).await.unwrap();
    let second = tx.insert_event(&event(games.home_calendar, ana.id, "Go", 6)).await.unwrap();
    let elsewhere = tx.insert_event(&event(work.home_calendar, ana.id, "Standup", 7)).await.unwrap();
    assert_eq!((first.no, second.no, elsewhere.no), (EventNo(1), EventNo(2), EventNo(1)));
    tx.commit().await.unwrap();

    let mut tx = begin(&db).await;
    let mut edit = tx.event(games.home_calendar, EventNo(1), true).await.unwrap().unwrap();
    edit.title = EventTitle::parse("Chess night").unwrap();
    let stored = tx.update_event(&edit).await.unwrap().unwrap();
    assert_eq!((stored.version, stored.title.as_str()), (first.version + 1, "Chess night"));
    assert_eq!(tx.update_event(&edit).await.unwrap(), None, "an edit of the old version is stale");
    tx.commit().await.unwrap();
    assert_eq!(begin(&db).await.event(games.home_calendar, EventNo(3), false).await.unwrap(), None);
}

/// Titles of the calendar's upcoming events that match.
async fn find(tx: &mut dyn Transaction, calendar: CalendarId, filter: EventFilter) -> Vec<String> {
    let events = tx.upcoming_events(&[calendar], now(), &filter).await.unwrap();
    events.into_iter().map(|e| e.title.as_str().to_string()).collect()
}

async fn the_agenda_filters_by_time_topic_words_place_and_range(db: TestDb) {
    let (games, ana) = setting(&db).await;
    let cal = games.home_calendar;
    let mut tx = begin(&db).await;
    let mut quiz = event(cal, ana.id, "Pub QUIZ", 30);
    quiz.location = Location::parse("The Crown");
    quiz.topics = vec![Topic::parse("trivia").unwrap()];
    quiz.description = Some("Teams of FOUR".into());
    tx.insert_event(&quiz).await.unwrap();
    tx.insert_event(&event(cal, ana.id, "Breakfast", -3)).await.unwrap();
    let mut standup = event(cal, ana.id, "Standup", -48);
    standup.recurrence = Some(Recurrence::from_rrule("FREQ=DAILY").unwrap());
    tx.insert_event(&standup).await.unwrap();
    let mut called_off = tx.insert_event(&event(cal, ana.id, "Picnic", 10)).await.unwrap();
    called_off.status = EventStatus::Cancelled;
    tx.update_event(&called_off).await.unwrap().unwrap();
    tx.insert_event(&event(cal, ana.id, "Lunch", 3)).await.unwrap();

    let tx = tx.as_mut();
    assert_eq!(
        find(tx, cal, EventFilter::default()).await,
        ["Standup", "Lunch", "Pub QUIZ"],
        "by start; series always"
    );
    assert_eq!(find(tx, cal, EventFilter { text: Some("quiz".into()), ..Default::default() }).await, ["Pub QUIZ"]);
    assert_eq!(
        find(tx, cal, EventFilter { text: Some("teams of four".into()), ..Default::default() }).await,
        ["Pub QUIZ"]
    );
    assert_eq!(find(tx, cal, EventFilter { place: Some("crown".into()), ..Default::default() }).await, ["Pub QUIZ"]);
    assert_eq!(find(tx, cal, EventFilter { topic: Topic::parse("trivia"), ..Default::default() }).await, ["Pub QUIZ"]);
    let range = Some((now(), now() + Duration::hours(24)));
    assert_eq!(find(tx, cal, EventFilter { range, ..Default::default() }).await, ["Standup", "Lunch"]);
    assert!(find(tx, cal, EventFilter { text: Some("karaoke".into()), ..Default::default() }).await.is_empty());
}

async fn answers_keep_their_order_and_a_new_answer_goes_last(db: TestDb) {
    let (games, ana) = setting(&db).await;
    let mut tx = begin(&db).await;
    let bob = tx.user(&person("2", "Bob")).await.unwrap();
    let cat = tx.user(&person("3", "Cat")).await.unwrap();
    let party = tx.insert_event(&event(games.home_calendar, ana.id, "Party", 5)).await.unwrap();
    for (who, state) in [(ana.id, RsvpState::Going), (bob.id, RsvpState::Waitlisted), (cat.id, RsvpState::Maybe)] {
        tx.set_rsvp(party.id, party.starts_at, who, state).await.unwrap();
    }
    tx.commit().await.unwrap();
    let mut tx = begin(&db).await;
    tx.set_rsvp(party.id, party.starts_at, ana.id, RsvpState::Declined).await.unwrap();
    assert!(tx.remove_rsvp(party.id, party.starts_at, cat.id).await.unwrap());
    assert!(!tx.remove_rsvp(party.id, party.starts_at, cat.id).await.unwrap(), "nothing left to remove");
    let order: Vec<(String, RsvpState)> = tx
        .attendance(party.id, party.starts_at)
        .await
        .unwrap()
        .into_iter()
        .map(|a| (a.user.identity.display_name, a.state))
        .collect();
    assert_eq!(order, [("Bob".into(), RsvpState::Waitlisted), ("Ana".into(), RsvpState::Declined)]);
}

async fn answers_belong_to_one_occurrence_and_follow_it_when_moved(db: TestDb) {
    let (games, ana) = setting(&db).await;
    let mut tx = begin(&db).await;
    let bob = tx.user(&person("2", "Bob")).await.unwrap();
    let weekly = tx.insert_event(&event(games.home_calendar, ana.id, "Weekly", 5)).await.unwrap();
    let (first, second) = (weekly.starts_at, weekly.starts_at + Duration::weeks(1));
    tx.set_rsvp(weekly.id, first, ana.id, RsvpState::Going).await.unwrap();
    tx.set_rsvp(weekly.id, second, bob.id, RsvpState::Going).await.unwrap();
    tx.set_rsvp(weekly.id, second, ana.id, RsvpState::Declined).await.unwrap();
    let names = |list: Vec<Attendance>| list.into_iter().map(|a| a.user.identity.display_name).collect::<Vec<_>>();
    assert_eq!(names(tx.attendance(weekly.id, first).await.unwrap()), ["Ana"]);
    assert_eq!(names(tx.attendance(weekly.id, second).await.unwrap()), ["Bob", "Ana"]);
    assert_eq!(names(tx.attendance_from(weekly.id, second).await.unwrap()), ["Bob", "Ana"]);
    assert_eq!(tx.answered_occurrences(weekly.id, first).await.unwrap(), [first, second]);
    assert!(!tx.remove_rsvp(weekly.id, first, bob.id).await.unwrap(), "Bob answered the second only");

    let later = second + Duration::hours(1);
    tx.move_rsvps(weekly.id, second, later).await.unwrap();
    assert!(tx.attendance(weekly.id, second).await.unwrap().is_empty());
    assert_eq!(names(tx.attendance(weekly.id, later).await.unwrap()), ["Bob", "Ana"]);
    tx.commit().await.unwrap();
}

async fn votes_toggle_and_list_their_voters(db: TestDb) {
    let (games, ana) = setting(&db).await;
    let mut tx = begin(&db).await;
    let bob = tx.user(&person("2", "Bob")).await.unwrap();
    let (first, second) = (now() + Duration::days(1), now() + Duration::days(2));
    let options = vec![
        ProposedTime { starts_at: first, ends_at: None },
        ProposedTime { starts_at: second, ends_at: Some(second + Duration::minutes(150)) },
    ];
    let new = NewPoll {
        calendar: games.home_calendar,
        title: PollTitle::parse("Dinner").unwrap(),
        zone: Madrid,
        creator: ana.id,
        options,
    };
    let poll = tx.insert_poll(&new).await.unwrap();
    assert_eq!(poll.no, PollNo(1));
    assert!(tx.toggle_vote(poll.id, 2, bob.id).await.unwrap());
    assert!(tx.toggle_vote(poll.id, 2, ana.id).await.unwrap());
    assert!(tx.toggle_vote(poll.id, 1, ana.id).await.unwrap());
    assert!(!tx.toggle_vote(poll.id, 1, ana.id).await.unwrap(), "a second press takes the vote back");
    let stored = tx.poll_options(poll.id).await.unwrap();
    let ends: Vec<_> = stored.iter().map(|o| o.ends_at).collect();
    assert_eq!(ends, [None, Some(second + Duration::minutes(150))], "an option keeps its end");
    let voters: Vec<Vec<String>> =
        stored.into_iter().map(|o| o.voters.into_iter().map(|v| v.identity.display_name).collect()).collect();
    assert_eq!(voters, [vec![], vec!["Ana".to_string(), "Bob".to_string()]], "by vote time, then person");
    let closing = tx.insert_event(&event(games.home_calendar, ana.id, "Dinner", 48)).await.unwrap();
    tx.close_poll(poll.id, closing.id).await.unwrap();
    let closed = tx.poll(games.home_calendar, PollNo(1), true).await.unwrap().unwrap();
    assert_eq!(closed.closed_into, Some(closing.no));
}

async fn statistics_feeds_and_blocking(db: TestDb) {
    let (games, ana) = setting(&db).await;
    let mut tx = begin(&db).await;
    let mut quiz = event(games.home_calendar, ana.id, "Quiz", 5);
    quiz.topics = vec![Topic::parse("trivia").unwrap()];
    let quiz = tx.insert_event(&quiz).await.unwrap();
    tx.set_rsvp(quiz.id, quiz.starts_at, ana.id, RsvpState::Going).await.unwrap();
    tx.set_feed_token(games.home_calendar, "t0ken").await.unwrap();
    assert_eq!(tx.feed_token(games.home_calendar).await.unwrap().as_deref(), Some("t0ken"));
    tx.commit().await.unwrap();

    let stats = db.store.stats(now(), Duration::hours(2)).await.unwrap();
    assert_eq!((stats.totals.users.total, stats.totals.events.upcoming, stats.totals.rsvps.going), (1, 1, 1));
    assert_eq!(stats.window.top_topics[0].topic, "trivia");
    let feed = db.store.feed("t0ken").await.unwrap().unwrap();
    assert_eq!((feed.calendar.name.as_str(), feed.events.len()), ("Games", 1));
    assert_eq!(db.store.feed("wrong").await.unwrap(), None);

    let ana_ref = UserRef { platform: Platform::Telegram, external_id: "1".into() };
    let stranger = UserRef { platform: Platform::Discord, external_id: "99".into() };
    assert!(db.store.set_blocked(&ana_ref, true, now()).await.unwrap());
    assert!(!db.store.set_blocked(&ana_ref, true, now()).await.unwrap(), "already blocked");
    assert!(db.store.set_blocked(&stranger, true, now()).await.unwrap(), "blocked before first sight");
    assert!(begin(&db).await.user(&person("1", "Ana")).await.unwrap().blocked);
    assert!(db.store.set_blocked(&ana_ref, false, now()).await.unwrap());
    assert!(!begin(&db).await.user(&person("1", "Ana")).await.unwrap().blocked);
}

async fn concurrent_writers_never_share_a_number(db: TestDb) {
    let (games, ana) = setting(&db).await;
    let store = db.store.clone();
    let writers = (0..20).map(|i| {
        let store = store.clone();
        tokio::spawn(async move {
            let mut tx = store.begin(now()).await.unwrap();
            let made = tx.insert_event(&event(games.home_calendar, ana.id, &format!("Event {i}"), 5)).await.unwrap();
            tx.commit().await.unwrap();
            made.no.0
        })
    });
    let mut numbers = Vec::new();
    for writer in writers {
        numbers.push(writer.await.unwrap());
    }
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=20).collect::<Vec<_>>());
}

async fn a_chat_goes_quiet_and_keeps_its_calendar_under_a_new_id(db: TestDb) {
    let (games, _) = setting(&db).await;
    let mut tx = begin(&db).await;
    let work = tx.chat(&chat("-200", "Work")).await.unwrap();
    tx.subscribe(work.id, games.home_calendar).await.unwrap();
    assert!(tx.deactivate_chat(&chat("-200", "Work")).await.unwrap());
    assert!(!tx.deactivate_chat(&chat("-200", "Work")).await.unwrap(), "already quiet");
    assert!(tx.subscribers(games.home_calendar).await.unwrap().is_empty(), "a quiet chat is not told");
    assert!(tx.move_chat(&chat("-100", "Games"), "-100999").await.unwrap());
    assert!(!tx.move_chat(&chat("-200", "Work"), "-100999").await.unwrap(), "the new id is taken");
    let moved = tx.chat(&chat("-100999", "Games")).await.unwrap();
    assert_eq!((moved.id, moved.home_calendar), (games.id, games.home_calendar));
}

async fn posted_cards_and_private_message_hints_are_remembered(db: TestDb) {
    let store = &db.store;
    let group = PostedIn { platform: Platform::Telegram, chat_external_id: "-100" };
    let other = PostedIn { platform: Platform::Telegram, chat_external_id: "-200" };
    assert_eq!(store.posted_card(&group, "event:1").await.unwrap(), None);
    store.remember_card(&group, "event:1", "41", now()).await.unwrap();
    store.remember_card(&group, "event:1", "57", now()).await.unwrap();
    assert_eq!(store.posted_card(&group, "event:1").await.unwrap().as_deref(), Some("57"), "the latest wins");
    assert_eq!(store.posted_card(&other, "event:1").await.unwrap(), None, "per chat");
    assert_eq!(store.posted_card(&group, "poll:1").await.unwrap(), None, "per card");
    store.forget_card(&group, "event:1", "41").await.unwrap();
    assert_eq!(store.posted_card(&group, "event:1").await.unwrap().as_deref(), Some("57"), "a newer card is kept");
    store.forget_card(&group, "event:1", "57").await.unwrap();
    assert_eq!(store.posted_card(&group, "event:1").await.unwrap(), None, "a deleted card is forgotten");

    let dave = UserRef { platform: Platform::Telegram, external_id: "4".into() };
    assert!(store.note_nudge(&dave, "-100", now()).await.unwrap(), "the first time");
    assert!(!store.note_nudge(&dave, "-100", now()).await.unwrap(), "not twice in one group");
    assert!(store.note_nudge(&dave, "-200", now()).await.unwrap(), "once per group");
    store.forget_nudges(&dave).await.unwrap();
    assert!(store.note_nudge(&dave, "-100", now()).await.unwrap(), "again after starting the bot");
}

async fn the_speaker_is_read_in_one_go_and_kept_up_to_date(db: TestDb) {
    let mut tx = begin(&db).await;
    let (group, ana) = tx.speaker(&chat("-1", "Friends"), &person("1", "Ana")).await.unwrap();
    assert_eq!((group.identity.title.as_str(), ana.name()), ("Friends", "Ana"), "made on first sight");
    let (again, same) = tx.speaker(&chat("-1", "Friends"), &person("1", "Ana")).await.unwrap();
    assert_eq!((again.id, again.home_calendar, same.id), (group.id, group.home_calendar, ana.id));
    let (renamed, ana_b) = tx.speaker(&chat("-1", "Board gamers"), &person("1", "Ana B.")).await.unwrap();
    assert_eq!((renamed.id, ana_b.id), (group.id, ana.id), "the same chat and person");
    assert_eq!((renamed.identity.title.as_str(), ana_b.name()), ("Board gamers", "Ana B."), "new names kept");
    tx.commit().await.unwrap();
    let mut tx = begin(&db).await;
    assert!(tx.deactivate_chat(&chat("-1", "Board gamers")).await.unwrap());
    tx.commit().await.unwrap();
    let mut tx = begin(&db).await;
    let (back, _) = tx.speaker(&chat("-1", "Board gamers"), &person("1", "Ana B.")).await.unwrap();
    assert_eq!(back.id, group.id);
    assert!(tx.deactivate_chat(&chat("-1", "Board gamers")).await.unwrap(), "speaking made it active again");
}
