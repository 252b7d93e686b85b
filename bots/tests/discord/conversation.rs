//! A server's channel plans together: slash commands, cards with buttons, the waitlist, polls.

use crate::world::*;
use serde_json::Value;

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn three_members_fill_an_event_with_buttons_and_the_waitlist_moves_up(pool: sqlx::PgPool) {
    let bot = bot(&pool).await;
    let fake = &bot.fake;

    let asked = fake.slash(
        GUILD,
        CHANNEL,
        &ANA,
        "new",
        options(&[("title", "Board games"), ("when", "friday 19:30"), ("max", "2")]),
    );
    let answer = fake.response_to(asked).await;
    assert_eq!(answer["type"], 4, "a new message: {answer}");
    assert!(!only_for_asker(&answer["data"]), "the card is for everyone");
    let card = card(fake, CHANNEL, "#1 Board games").expect("the card is in the channel");
    let description = embed(&card)["description"].as_str().unwrap();
    assert!(description.contains("<t:1795199400:F>"), "a timestamp each viewer sees in their zone: {description}");
    assert!(description.contains("Fri 20 Nov 2026, 19:30"), "and the chat's zone: {description}");
    assert_eq!(field(&card, "Going"), Some(("Going (1/2)", "Ana")));
    assert_eq!(buttons(&card), ["/join 1", "/maybe 1", "/decline 1"]);

    let pressed = fake.press(CHANNEL, id(&card), &BOB, "/join 1");
    let answer = fake.response_to(pressed).await;
    assert_eq!(answer["type"], 7, "the pressed card is updated in place: {answer}");
    let card_now = fake.message(id(&card)).unwrap();
    assert_eq!(field(&card_now, "Going"), Some(("Going (2/2)", "Ana, Bob")));
    fake.wait_until("Bob told what his press did", |f| !f.followups(pressed).is_empty()).await;
    let told = fake.followups(pressed);
    assert!(told.iter().all(only_for_asker), "what the press did is told to Bob alone: {told:?}");
    assert!(told.iter().any(|m| m["content"].as_str().unwrap_or("").contains("You're going")), "{told:?}");

    let pressed = fake.press(CHANNEL, id(&card), &CAROL, "/join 1");
    fake.response_to(pressed).await;
    let card_now = fake.message(id(&card)).unwrap();
    assert_eq!(field(&card_now, "Waitlist"), Some(("Waitlist", "1. Carol")));
    fake.wait_until("Carol told she waits", |f| !f.followups(pressed).is_empty()).await;
    let told = fake.followups(pressed);
    assert!(told.iter().any(|m| m["content"].as_str().unwrap_or("").contains("waitlist (number 1)")), "{told:?}");

    let asked = fake.slash(GUILD, CHANNEL, &BOB, "leave", options(&[("event", "1")]));
    fake.response_to(asked).await;
    fake.wait_until("Carol's good news by DM", |f| {
        f.dms_to(CAROL.id)
            .iter()
            .any(|m| m["content"].as_str().unwrap_or("").contains("a place freed up for #1 Board games"))
    })
    .await;
    fake.wait_until("the card shows Carol going", |f| {
        f.message(id(&card)).is_some_and(|m| field(&m, "Going") == Some(("Going (2/2)", "Ana, Carol")))
    })
    .await;
    let cards = fake.messages_in(CHANNEL).iter().filter(|m| !m["embeds"].as_array().is_none_or(Vec::is_empty)).count();
    assert_eq!(cards, 1, "one card per event in the channel, kept up to date:\n{}", fake.report());
    let everything = fake.messages_in(CHANNEL);
    let pinged: Vec<&Value> =
        everything.iter().filter(|m| m["mentions"].as_array().is_some_and(|m| !m.is_empty())).collect();
    assert!(pinged.is_empty(), "nobody is pinged: {pinged:?}");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_time_poll_is_voted_with_buttons_and_closed_into_an_event(pool: sqlx::PgPool) {
    let bot = bot(&pool).await;
    let fake = &bot.fake;

    let asked = fake.slash(
        GUILD,
        CHANNEL,
        &ANA,
        "poll",
        options(&[("title", "Team dinner"), ("times", "thu 20:00 | fri 21:00")]),
    );
    fake.response_to(asked).await;
    let poll = card(fake, CHANNEL, "Poll 1: Team dinner").expect("the poll card");
    assert_eq!(buttons(&poll), ["/vote 1 1", "/vote 1 2", "/close 1"]);

    for person in [&BOB, &CAROL] {
        let pressed = fake.press(CHANNEL, id(&poll), person, "/vote 1 2");
        assert_eq!(fake.response_to(pressed).await["type"], 7);
    }
    let poll_now = fake.message(id(&poll)).unwrap();
    let friday = field(&poll_now, "2. ").expect("the second option");
    assert_eq!(friday.1, "2 votes (Bob, Carol)");

    let pressed = fake.press(CHANNEL, id(&poll), &ANA, "/close 1");
    assert_eq!(fake.response_to(pressed).await["type"], 7);
    let event = fake.message(id(&poll)).unwrap();
    assert_eq!(embed(&event)["title"], "#1 Team dinner", "the poll message became the event card");
    assert_eq!(
        field(&event, "Going"),
        Some(("Going (3)", "Ana, Bob, Carol")),
        "the organizer and the voters are going"
    );
    assert_eq!(buttons(&event), ["/join 1", "/maybe 1", "/decline 1"]);
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn titles_and_places_cannot_format_or_ping(pool: sqlx::PgPool) {
    let bot = bot(&pool).await;
    let fake = &bot.fake;
    let title = "**Party** @everyone <@800000000000000002>";
    let asked = fake.slash(
        GUILD,
        CHANNEL,
        &ANA,
        "new",
        options(&[("title", title), ("when", "friday 19:30"), ("place", "[here](https://evil.example)")]),
    );
    let answer = fake.response_to(asked).await;
    let card = card(fake, CHANNEL, "#1").unwrap_or_else(|| panic!("the card: {answer}"));
    assert_eq!(embed(&card)["title"], "#1 \\*\\*Party\\*\\* \\@everyone \\<\\@800000000000000002>");
    assert_eq!(field(&card, "Where").map(|f| f.1), Some("\\[here\\](https://evil.example)"));
    assert_eq!(card["mention_everyone"], false);
    assert_eq!(card["mentions"], serde_json::json!([]), "nobody pinged: {card}");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn slow_work_is_deferred_within_discords_three_seconds_then_shown(pool: sqlx::PgPool) {
    // Work slower than the deferral point (here: any work at all) is deferred first.
    let bot = bot_with(&pool, |options| options.defer_after = std::time::Duration::ZERO).await;
    let fake = &bot.fake;
    let asked = fake.slash(GUILD, CHANNEL, &ANA, "new", options(&[("title", "Board games"), ("when", "friday 19:30")]));
    assert_eq!(fake.response_to(asked).await["type"], 5, "deferred: Discord shows that Convene is thinking");
    fake.wait_until("the deferred answer edited into the card", |f| {
        f.original(asked).is_some_and(|m| embed(&m)["title"] == "#1 Board games")
    })
    .await;
    let card = fake.original(asked).unwrap();
    let pressed = fake.press(CHANNEL, id(&card), &BOB, "/join 1");
    assert_eq!(fake.response_to(pressed).await["type"], 6, "a press is acknowledged, then the card edited");
    fake.wait_until("the card shows Bob", |f| {
        f.message(id(&card)).is_some_and(|m| field(&m, "Going") == Some(("Going (2)", "Ana, Bob")))
    })
    .await;
    for interaction in [asked, pressed] {
        assert!(fake.response_time(interaction).unwrap() < std::time::Duration::from_secs(3));
    }
}
