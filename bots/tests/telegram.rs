//! End-to-end: people in Telegram chats (played by a fake Bot API speaking the real JSON) use
//! Convene through the real adapter, engine and a fresh Postgres database.
#![allow(clippy::unwrap_used)]

mod support;

use support::fake_telegram::BOT_NAME;
use support::{id, polling_bot, shown, three_friends, wait_edited, wait_sent, wait_toast, Shown, GROUP};

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn three_friends_fill_an_event_with_buttons_and_the_waitlist_moves_up(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, bob, carol, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    fake.say(&group, &ana, "/new Board games friday 19:30 max 2");
    let card = wait_sent(fake, GROUP, "Created #1 Board games").await;
    assert_eq!(card.parse_mode, "HTML");
    assert_eq!(card.button("Going (1)"), "/join 1");
    assert_eq!(card.button("Maybe (0)"), "/maybe 1");
    let card_id = card.message_id.unwrap();

    fake.press(&group, card_id, &bob, "/join 1");
    assert!(wait_toast(fake, "You're going to #1 Board games").await.len() <= 190);
    let edited = wait_edited(fake, GROUP, "Going (2/2): Ana, Bob").await;
    assert_eq!(edited.message_id, Some(card_id), "the pressed card is edited in place");
    assert_eq!(edited.button("Waitlist (0)"), "/join 1", "a full event offers the waitlist");

    fake.press(&group, card_id, &carol, "/join 1");
    wait_toast(fake, "on the waitlist (number 1)").await;
    let edited = wait_edited(fake, GROUP, "Waitlist: 1. Carol").await;
    assert_eq!(edited.button("Waitlist (1)"), "/join 1");
    assert!(edited.text.starts_with("#1 Board games\n"), "the shared card does not speak to Carol: {edited:#?}");

    fake.say(&group, &bob, "/leave 1");
    wait_sent(fake, GROUP, "Carol moved up from the waitlist and is going now.").await;
    let private = wait_sent(fake, id(&carol), "Good news: a place freed up for #1 Board games").await;
    assert!(private.text.contains("Fri 20 Nov 2026, 19:30"), "{private:#?}");
    let sent_to_group = shown(&fake.calls(), "sendmessage", GROUP);
    assert_eq!(sent_to_group.len(), 2, "button presses edit the card instead of sending: {sent_to_group:#?}");
}

/// The label of the button that sends `command`.
fn toggle_label<'a>(shown: &'a Shown, command: &str) -> &'a str {
    shown.buttons.iter().find(|(_, data)| data == command).map_or("", |(label, _)| label.as_str())
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_time_poll_is_voted_with_buttons_and_closed_into_an_event(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, bob, carol, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    fake.say(&group, &ana, "/poll Team dinner | thu 20:00 | fri 21:00");
    let poll = wait_sent(fake, GROUP, "Poll 1: Team dinner").await;
    let friday = poll.button("2. Fri ");
    assert_eq!(friday, "/vote 1 2", "{poll:#?}");
    assert_eq!(toggle_label(&poll, &friday).split_once(", ").map(|(_, time)| time), Some("21:00 (0)"));
    assert_eq!(poll.button("Close poll"), "/close 1");
    let poll_id = poll.message_id.unwrap();

    fake.press(&group, poll_id, &bob, &friday);
    wait_edited(fake, GROUP, "1 vote (Bob)").await;
    fake.press(&group, poll_id, &carol, &friday);
    let voted = wait_edited(fake, GROUP, "2 votes (Bob, Carol)").await;
    assert!(toggle_label(&voted, &friday).ends_with("21:00 (2)"), "vote counts show on the buttons: {voted:#?}");

    fake.press(&group, poll_id, &ana, "/close 1");
    let event = wait_edited(fake, GROUP, "#1 Team dinner").await;
    assert!(event.text.contains("Going (3): Ana, Bob, Carol"), "{event:#?}");
    assert!(
        event.text.contains("Fri 27 Nov 2026, 21:00") || event.text.contains("Fri 20 Nov 2026, 21:00"),
        "{event:#?}"
    );
    assert_eq!(event.button("Going (3)"), "/join 1", "the poll message became the event card");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn groups_answer_commands_for_this_bot_and_ignore_chatter(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let fake = &bot.fake;
    let bob = fake.person(2, "Bob", true);
    let group = fake.group(GROUP, "Friends", &[]);

    fake.say(&group, &bob, "anyone up for climbing on saturday?");
    fake.say(&group, &bob, "/events@SomeOtherBot");
    fake.say(&group, &bob, &format!("/events@{BOT_NAME}"));
    wait_sent(fake, GROUP, "").await;
    // Updates of one chat are handled in order: the chatter before was read and left unanswered.
    let sent = shown(&fake.calls(), "sendmessage", GROUP);
    assert_eq!(sent.len(), 1, "only /events@{BOT_NAME} is answered: {sent:#?}");
    assert!(!sent[0].text.contains("don't know") && !sent[0].text.is_empty(), "{sent:#?}");

    fake.say(&fake.private_chat(&bob), &bob, "hello");
    wait_sent(fake, id(&bob), "/help").await;
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn titles_with_markup_are_shown_as_typed(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let fake = &bot.fake;
    let ana = fake.person(1, "Ana", true);
    let group = fake.group(GROUP, "Friends", &[&ana]);

    fake.say(&group, &ana, "/new <b>Quiz</b> & \"friends\" friday 19:30");
    let card = wait_sent(fake, GROUP, "Created #1").await;
    assert!(card.text.contains("&lt;b&gt;Quiz&lt;/b&gt; &amp; \"friends\""), "{card:#?}");
    assert!(!card.text.contains("<b>"), "{card:#?}");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn someone_who_never_wrote_to_the_bot_is_told_once_how_to_get_private_messages(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, bob, _, group) = three_friends(&bot.fake);
    let fake = &bot.fake;
    let dave = fake.person(4, "Dave", false);

    fake.say(&group, &ana, "/new Board games friday 19:30 max 1");
    fake.say(&group, &ana, "/new Chess saturday 18:00 max 1");
    fake.say(&group, &dave, "/join 1");
    fake.say(&group, &dave, "/join 2");
    wait_sent(fake, GROUP, "#2 is full, so you're on the waitlist").await;
    fake.say(&group, &ana, "/leave 1");
    let nudge = wait_sent(fake, GROUP, "Dave, I can't send you private messages yet").await;
    assert!(nudge.text.contains(&format!("https://t.me/{BOT_NAME}?start=")), "{nudge:#?}");
    fake.say(&group, &ana, "/leave 2");
    wait_sent(fake, GROUP, "Your answer to #2 is withdrawn.").await;
    fake.say(&group, &bob, "/events");
    wait_sent(fake, GROUP, "#2 Chess").await;
    let nudges = shown(&fake.calls(), "sendmessage", GROUP).into_iter().filter(|s| s.text.contains("Dave, I can't"));
    assert_eq!(nudges.count(), 1, "the group is told once");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn only_the_groups_administrators_change_its_settings(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, bob, _, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    fake.say(&group, &bob, "/timezone Europe/Berlin");
    wait_sent(fake, GROUP, "Only admins of this chat can change that.").await;
    fake.say(&group, &ana, "/timezone Europe/Berlin");
    wait_sent(fake, GROUP, "This chat's time zone is now Europe/Berlin").await;
    let lookups = fake.calls().iter().filter(|c| c.method == "getchatadministrators").count();
    assert_eq!(lookups, 1, "the administrator list is remembered between commands");

    let bob_alone = fake.private_chat(&bob);
    fake.say(&bob_alone, &bob, "/timezone Europe/Lisbon");
    wait_sent(fake, id(&bob), "This chat's time zone is now Europe/Lisbon").await;
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn flood_control_is_waited_out_and_the_reply_still_arrives(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, _, _, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    fake.flood_next("sendMessage", 1);
    fake.say(&group, &ana, "/help");
    wait_sent(fake, GROUP, "Here is what I understand").await;
    let attempts = fake.calls().iter().filter(|c| c.method == "sendmessage").count();
    assert_eq!(attempts, 2, "one 429, then the retry");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn the_command_menu_is_published_for_private_chats_and_groups_in_both_languages(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let menus = bot.fake.wait_for("setMyCommands", |calls| {
        let menus: Vec<_> = calls.iter().filter(|c| c.method == "setmycommands").map(|c| c.body.clone()).collect();
        (menus.len() == 6).then_some(menus)
    });
    let menus = menus.await;
    let scopes: Vec<&str> = menus.iter().map(|m| m["scope"]["type"].as_str().unwrap_or("")).collect();
    assert_eq!(scopes, ["default", "all_private_chats", "all_group_chats"].repeat(2));
    let languages: Vec<&str> = menus.iter().map(|m| m["language_code"].as_str().unwrap_or("")).collect();
    assert_eq!(languages, ["", "", "", "es", "es", "es"]);
    let new_in = |menu: &serde_json::Value| {
        let new = menu["commands"].as_array().unwrap().iter().find(|c| c["command"] == "new").cloned().unwrap();
        new["description"].as_str().unwrap().to_owned()
    };
    assert_eq!(new_in(&menus[2]), "create an event");
    let spanish = new_in(&menus[5]);
    assert!(spanish.contains("evento"), "the Spanish menu: {spanish}");
    let names = |menu: &serde_json::Value| menu["commands"].as_array().unwrap().len();
    assert_eq!(names(&menus[0]), names(&menus[3]), "the same commands in both");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn an_event_with_two_hundred_people_going_still_renders(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, _, _, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    fake.say(&group, &ana, "/new Street party saturday 18:00");
    let card = wait_sent(fake, GROUP, "Created #1 Street party").await;
    for n in 0..199 {
        let person = fake.person(1000 + n, &format!("Guest{n}"), true);
        fake.press(&group, card.message_id.unwrap(), &person, "/join 1");
    }
    let full = wait_edited(fake, GROUP, "Going (200): Ana, Guest0").await;
    assert!(full.text.contains("Guest198"), "{full:#?}");
    assert!(full.text.chars().count() <= convene_bots::telegram::MAX_MESSAGE_CHARS);
    assert_eq!(full.button("Going (200)"), "/join 1");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_group_upgraded_to_a_supergroup_keeps_its_calendar(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, bob, _, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    fake.say(&group, &ana, "/new Board games friday 19:30");
    wait_sent(fake, GROUP, "Created #1 Board games").await;
    let supergroup = fake.upgrade(&group, -100_778, &ana);
    fake.say(&supergroup, &bob, "/events");
    let agenda = wait_sent(fake, -100_778, "#1 Board games").await;
    assert!(!agenda.text.contains("No upcoming"), "{agenda:#?}");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn removing_the_bot_marks_the_group_inactive_until_it_speaks_again(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, _, _, group) = three_friends(&bot.fake);
    let fake = &bot.fake;
    let active =
        || sqlx::query_scalar::<_, bool>("SELECT active FROM chats WHERE external_id = $1").bind(GROUP.to_string());

    fake.say(&group, &ana, "/events");
    wait_sent(fake, GROUP, "").await;
    assert!(active().fetch_one(&pool).await.unwrap());
    fake.remove_bot(&group, &ana);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while active().fetch_one(&pool).await.unwrap() {
        assert!(std::time::Instant::now() < deadline, "the chat never became inactive");
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    fake.say(&group, &ana, "/help");
    wait_sent(fake, GROUP, "Here is what I understand").await;
    assert!(active().fetch_one(&pool).await.unwrap(), "speaking again makes it active");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_burst_of_presses_is_one_card_edit_made_at_the_latest_when_the_bot_stops(pool: sqlx::PgPool) {
    // The edit window is far longer than the test: the card can only change by the stop's flush.
    let bot = support::polling_bot_with(&pool, std::time::Duration::from_secs(3600)).await;
    let (ana, bob, carol, group) = three_friends(&bot.fake);
    let fake = &bot.fake;
    let dave = fake.person(4, "Dave", true);

    fake.say(&group, &ana, "/new Board games friday 19:30");
    let card = wait_sent(fake, GROUP, "Created #1 Board games").await.message_id.unwrap();
    for person in [&bob, &carol, &dave] {
        fake.press(&group, card, person, "/join 1");
    }
    fake.wait_for("three answered presses", |calls| {
        (calls.iter().filter(|c| c.method == "answercallbackquery").count() == 3).then_some(())
    })
    .await;
    assert!(shown(&fake.calls(), "editmessagetext", GROUP).is_empty(), "the card waits for the burst to end");

    let fake = bot.stop().await;
    let edits = shown(&fake.calls(), "editmessagetext", GROUP);
    assert_eq!(edits.len(), 1, "three presses, one edit: {edits:#?}");
    assert!(edits[0].text.contains("Going (4): Ana, Bob, Carol, Dave"), "{edits:#?}");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn an_event_deep_link_opens_the_card_in_a_private_chat(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, bob, _, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    fake.say(&group, &ana, "/new Board games friday 19:30");
    fake.say(&group, &bob, "/join 1");
    wait_sent(fake, GROUP, "You're going to #1 Board games").await;
    fake.say(&fake.private_chat(&bob), &bob, "/start ev_1_1");
    let card = wait_sent(fake, id(&bob), "Board games").await;
    assert!(card.text.contains("Going (2): Ana, Bob"), "{card:#?}");
    assert_eq!(card.button("Maybe"), "/maybe 1.1", "the buttons name the group's calendar");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn the_agenda_pages_in_place_with_its_buttons(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, bob, _, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    for day in 1..=11 {
        fake.say(&group, &ana, &format!("/new Meetup {day} in {day} days 19:00"));
    }
    wait_sent(fake, GROUP, "Created #11 Meetup 11").await;
    fake.say(&group, &bob, "/events");
    let agenda = wait_sent(fake, GROUP, "Upcoming events (page 1 of 2)").await;
    fake.press(&group, agenda.message_id.unwrap(), &bob, &agenda.button("Next"));
    let next = wait_edited(fake, GROUP, "Upcoming events (page 2 of 2)").await;
    assert_eq!(next.message_id, agenda.message_id);
    assert!(next.text.contains("#11 Meetup 11") && !next.text.contains("#1 Meetup 1:"), "{next:#?}");
    assert_eq!(next.button("< Previous"), "/events 1");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_bare_new_in_a_group_plans_the_event_step_by_step(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (_ana, bob, carol, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    fake.say(&group, &bob, "/new");
    let asked = wait_sent(fake, GROUP, "What is it called?").await;
    assert_eq!(asked.button("Cancel"), "/draft cancel");
    fake.say(&group, &carol, "unrelated chatter in the group");
    fake.reply(&group, &bob, asked.message_id.unwrap(), "Board games");
    let when = wait_sent(fake, GROUP, "When is Board games?").await;
    fake.reply(&group, &bob, when.message_id.unwrap(), "friday 19:30");
    let place = wait_sent(fake, GROUP, "Where is it?").await;
    let question = place.message_id.unwrap();
    fake.press(&group, question, &bob, &place.button("Skip"));
    let confirm = wait_edited(fake, GROUP, "Create this event?").await;
    assert_eq!(confirm.message_id, Some(question), "the question becomes the confirmation");
    fake.press(&group, question, &bob, &confirm.button("Create"));
    let card = wait_edited(fake, GROUP, "Going (1): Bob").await;
    assert_eq!(card.message_id, Some(question), "and then the event card");
    assert_eq!(card.button("Going (1)"), "/join 1");
    wait_toast(fake, "Created #1 Board games").await;

    fake.say(&group, &carol, "/new");
    let asked = wait_sent(fake, GROUP, "What is it called?").await;
    fake.press(&group, asked.message_id.unwrap(), &carol, "/draft cancel");
    wait_toast(fake, "I dropped that event").await;
    let chatter = shown(&fake.calls(), "sendmessage", GROUP);
    assert!(chatter.iter().all(|m| !m.text.contains("Commands start with /")), "chatter is not answered: {chatter:#?}");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn the_group_is_told_about_private_messages_once_even_across_a_restart(pool: sqlx::PgPool) {
    {
        let bot = polling_bot(&pool).await;
        let (ana, _, _, group) = three_friends(&bot.fake);
        let fake = &bot.fake;
        let dave = fake.person(4, "Dave", false);
        fake.say(&group, &ana, "/new Board games friday 19:30 max 1");
        fake.say(&group, &dave, "/join 1");
        wait_sent(fake, GROUP, "#1 is full").await;
        fake.say(&group, &ana, "/leave 1");
        wait_sent(fake, GROUP, "Dave, I can't send you private messages yet").await;
    }
    // The bot restarts: a new process over the same database.
    let bot = polling_bot(&pool).await;
    let (ana, bob, _, group) = three_friends(&bot.fake);
    let fake = &bot.fake;
    let dave = fake.person(4, "Dave", false);
    fake.say(&group, &ana, "/new Chess saturday 18:00 max 1");
    fake.say(&group, &dave, "/join 2");
    wait_sent(fake, GROUP, "#2 is full").await;
    fake.say(&group, &ana, "/leave 2");
    wait_sent(fake, GROUP, "Dave moved up from the waitlist").await;
    fake.say(&group, &bob, "/events");
    wait_sent(fake, GROUP, "#2 Chess").await;
    let nudges = shown(&fake.calls(), "sendmessage", GROUP).into_iter().filter(|s| s.text.contains("Dave, I can't"));
    assert_eq!(nudges.count(), 0, "the group was told before the restart");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn markup_people_type_is_shown_as_typed_not_obeyed(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, _, _, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    fake.say(&group, &ana, "/new <b>Tom</b> & Jerry friday 19:30 @<a href=\"http://x\">here</a>");
    let card = wait_sent(fake, GROUP, "Created #1").await;
    assert_eq!(card.parse_mode, "HTML");
    assert!(card.text.contains("#1 &lt;b&gt;Tom&lt;/b&gt; &amp; Jerry"), "{card:#?}");
    assert!(card.text.contains("Where: &lt;a href=\"http://x\"&gt;here&lt;/a&gt;"), "{card:#?}");
    assert!(!card.text.contains("<b>") && !card.text.contains("<a "), "{card:#?}");
}
