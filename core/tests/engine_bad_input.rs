//! Bad input of every command gets a clear sentence, usually with an example, and changes nothing.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(
    every_command_explains_bad_input_and_changes_nothing,
    refusals_leave_the_database_untouched,
    help_explains_itself,
    a_flood_of_commands_is_slowed_down,
    control_characters_are_dropped_not_stored,
    oversized_input_is_refused_naming_the_limit,
);

use convene_core::domain::UserIdentity;
use convene_core::store::testing::TestDb;
use convene_core::Incoming;
use support::{assert_has, Room};

async fn every_command_explains_bad_input_and_changes_nothing(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("ana", "/new Board games friday 19:30 max 1").await;
    room.say("ana", "/poll Dinner | sat 20:00 | sun 20:00").await;
    room.say("bob", "/join 1").await;
    let before = room.snapshot().await;

    let cases: &[(&str, &[&str])] = &[
        ("hello there", &["Commands start with /. Try /help"]),
        ("/evnets", &["I don't know /evnets. Did you mean /events?"]),
        ("/frobnicate", &["I don't know /frobnicate. /help lists"]),
        ("/draft", &["/draft needs more", "Example: /draft create"]),
        ("/draft later", &["I didn't expect \"later\" there."]),
        ("/new Board games", &["I couldn't find when it is.", "Example: /new"]),
        (
            "/new Party 2020-01-01 10:00",
            &["That time is in the past: I read it as Wed 1 Jan 2020, 10:00 (Europe/Madrid)"],
        ),
        ("/new Party tomorrow", &["needs a time of day"]),
        ("/new Party 5/6 19:00", &["does 5/6 mean 5 June or 6 May? Write the month as a word, like \"5 jun\"."]),
        ("/new friday 19:30", &["It needs a title first", "Example: /new Board games"]),
        (
            "/new Sync every 2nd tuesday 9:00",
            &[
                "I read \"tuesday 9:00\" as the time but not \"2nd\", so I'd rather ask than guess.",
                "every mon, wed, fri 7:00",
            ],
        ),
        ("/new Party friday 19:30-22:00 for 2h", &["Give an end time (19:30-22:00) or a length (for 2h), not both."]),
        (
            "/poll Lunch | mon 12-14 | tue 12:00-25:00",
            &["\"tue 12:00-25:00\" is not a real date or time", "Example: /poll"],
        ),
        ("/move 1 friday 19:30-25:00", &["not a real date or time"]),
        ("/poll | fri 19:00 | sat 20:00", &["It needs a title first", "Example: /poll"]),
        ("/edit 1 title", &["/edit needs more", "Example: /edit 3"]),
        ("/new Party friday 19:30 max 0", &["\"0\" is not a number of places"]),
        ("/new Party friday 19:30 #no!", &["\"#no!\" is not a topic"]),
        (&format!("/new {} friday 19:30", "x".repeat(101)), &["A title can be at most 100 characters."]),
        ("/events 0", &["I didn't expect \"0\" there."]),
        ("/event", &["/event needs more", "Example: /event 3"]),
        ("/event abc", &["\"abc\" is not an event number"]),
        ("/event 99", &["There is no event #99 here."]),
        ("/event 5.1", &["There is no event #5.1 here."]),
        ("/search", &["/search needs more"]),
        ("/join", &["Which event? Press one, or send /join <number>."]),
        ("/join 2", &["There is no event #2 here."]),
        ("/maybe x", &["\"x\" is not an event number"]),
        ("/decline 1 please", &["I didn't expect \"please\" there."]),
        ("/leave", &["/leave needs more"]),
        ("/edit 1", &["/edit needs more"]),
        ("/edit 1 colour red", &["I can't edit \"colour\""]),
        ("/edit 1 max lots", &["\"lots\" is not a number of places"]),
        ("/edit 1 length forever", &["\"forever\" is not a length"]),
        ("/move 1", &["/move needs more"]),
        ("/move 1 someday", &["I can't read \"someday\" as a time"]),
        ("/move 1 yesterday 10:00", &["That time is in the past: I read it as Thu 19 Nov 2026, 10:00"]),
        ("/move 1 2020-01-01 10:00", &["That time is in the past"]),
        ("/cancel", &["/cancel needs more"]),
        ("/poll", &["/poll needs more"]),
        ("/poll Dinner", &["A poll needs 2 to 10 times"]),
        ("/vote", &["/vote needs more"]),
        ("/vote 1", &["/vote needs more"]),
        ("/close", &["/close needs more"]),
        ("/close x", &["\"x\" is not a poll number"]),
        ("/timezone Europe/Madird", &["I don't know the time zone \"Europe/Madird\". Did you mean Europe/Madrid?"]),
        ("/mytimezone Mars/Olympus", &["I don't know the time zone \"Mars/Olympus\""]),
        ("/subscribe", &["/subscribe needs more"]),
        ("/subscribe nope", &["\"nope\" is not a share code"]),
        ("/settings colour blue", &["I don't know \"colour blue\" here."]),
        ("/help frobnicate", &["I don't know \"frobnicate\" here."]),
    ];
    for (input, expected) in cases {
        // Stay under the 20-commands-a-minute limit.
        room.clock.advance(chrono::Duration::seconds(3));
        let reply = room.text("bob", input).await;
        assert_has(&reply, expected);
        assert!(reply.lines().count() <= 3, "a refusal is short: {input} -> {reply}");
    }
    // Commands that need the organizer or an admin, said by someone else.
    room.clock.advance(chrono::Duration::minutes(1));
    assert_has(&room.text("bob", "/cancel 1").await, &["Only the organizer of #1"]);
    assert_has(&room.text("bob", "/close 1").await, &["Only the organizer of poll 1"]);
    assert_has(&room.text("bob", "/timezone Europe/Paris").await, &["Only admins"]);
    assert_eq!(before, room.snapshot().await, "no refusal changed anything");
}

async fn refusals_leave_the_database_untouched(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("ana", "/new Board games friday 19:30 max 1").await;
    let before = room.snapshot().await;
    for input in [
        "/evnets",
        "/new Board games",
        "/join 7",
        "/edit 1 colour red",
        "/move 1 someday",
        "/subscribe ZZZZ-ZZZZ",
        "/vote 3 1",
    ] {
        room.say("newcomer", input).await;
    }
    assert_eq!(before, room.snapshot().await, "not even the newcomer is remembered");
}

async fn oversized_input_is_refused_naming_the_limit(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("ana", "/new Board games friday 19:30").await;
    let before = room.snapshot().await;
    let long = "x".repeat(10_000);
    let said = room.text("ana", &format!("/new Party friday 19:30 -- {long}")).await;
    assert_has(&said, &["A description can be at most 2000 characters; this one has 10000."]);
    let said = room.text("ana", &format!("/edit 1 description {long}")).await;
    assert_has(&said, &["A description can be at most 2000 characters"]);
    let options: Vec<String> = (0..100).map(|n| format!("sat {}:00", n % 24)).collect();
    assert_has(
        &room.text("ana", &format!("/poll Big | {}", options.join(" | "))).await,
        &["2 to 10 times", "I found 100"],
    );
    let said = room.text("ana", &format!("/new {} friday 19:30", "y".repeat(5_000))).await;
    assert_has(&said, &["A title can be at most 100 characters."]);
    assert_eq!(before, room.snapshot().await, "nothing was cut and kept");
}

async fn help_explains_itself(db: TestDb) {
    let room = Room::new(db, "games");
    let help = room.text("bob", "/help").await;
    for command in [
        "/new",
        "/events",
        "/event",
        "/search",
        "/join",
        "/maybe",
        "/decline",
        "/leave",
        "/edit",
        "/move",
        "/cancel",
        "/poll",
        "/vote",
        "/close",
        "/timezone",
        "/mytimezone",
        "/share",
        "/subscribe",
        "/unsubscribe",
        "/settings",
        "/help",
        "/start",
    ] {
        assert!(
            help.contains(&format!("\n{command} ")) || help.contains(&format!("\n{command}:")),
            "{command} missing from:\n{help}"
        );
    }
    assert_has(
        &room.text("bob", "/help new").await,
        &["/new <title> <when>", "Examples:", "/new Standup every weekday 9:15"],
    );
    assert_has(&room.text("bob", "/help@ConveneBot poll").await, &["/poll Team dinner | thu 20:00"]);
    assert_has(&room.text("bob", "/start").await, &["I'm Convene", "/new Board games"]);
}

async fn a_flood_of_commands_is_slowed_down(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("ana", "/new Board games friday 19:30").await;
    for _ in 0..20 {
        room.say("bob", "/events").await;
    }
    let before = room.snapshot().await;
    assert_has(&room.text("bob", "/join 1").await, &["Slow down a little", "Try again in 60s."]);
    assert_eq!(before, room.snapshot().await, "the limited command changed nothing");
    assert_has(&room.text("carol", "/join 1").await, &["You're going"]);
    // Said before the chat is read: in the language the person's app reports.
    for _ in 0..20 {
        room.say("dan", "/events").await;
    }
    let limited = room.say_from("dan", "/join 1", Some(convene_core::domain::Language::Es)).await;
    assert_has(&limited.reply.plain_text(), &["Más despacio", "Inténtalo de nuevo en 60s."]);
    room.clock.advance(chrono::Duration::seconds(61));
    assert_has(&room.text("bob", "/join 1").await, &["You're going"]);
}

async fn control_characters_are_dropped_not_stored(db: TestDb) {
    let room = Room::new(db, "games");
    let before = room.snapshot().await;
    let reply = room.text("ana", "/new \0\0\0 friday 19:30").await;
    assert_has(&reply, &["It needs a title first"]);
    assert_eq!(before, room.snapshot().await, "a title of NULs changed nothing");

    assert_has(&room.text("ana", "/new Board\0 games\u{1b} friday 19:30").await, &["Created #1 Board games"]);
    let odd_name = Incoming {
        language: None,
        chat: room.chat.clone(),
        user: UserIdentity {
            platform: room.chat.platform,
            external_id: "bob".into(),
            display_name: "Bob\0\nby".into(),
        },
        is_admin: false,
        text: "/join 1\0".into(),
    };
    assert_has(&room.engine.handle(&odd_name).await.reply.plain_text(), &["You're going"]);
    assert_has(&room.text("ana", "/event 1").await, &["Going (2): Ana, Bob by"]);
}
