//! The form behind `/new`, autocomplete, and answers only the asker sees.

use crate::world::*;
use serde_json::Value;

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn new_on_its_own_opens_a_form_and_a_bad_time_keeps_nothing(pool: sqlx::PgPool) {
    let bot = bot(&pool).await;
    let fake = &bot.fake;

    let asked = fake.slash(GUILD, CHANNEL, &BOB, "new", serde_json::json!([]));
    let form = fake.response_to(asked).await;
    assert_eq!(form["type"], 9, "a form: {form}");
    let submitted = fake.submit_modal(
        GUILD,
        CHANNEL,
        &BOB,
        "new",
        &[("title", "Picnic"), ("when", "someday"), ("place", "The park")],
    );
    let answer = fake.response_to(submitted).await;
    assert!(only_for_asker(&answer["data"]), "the reading problem goes to Bob alone: {answer}");
    assert!(answer["data"]["content"].as_str().unwrap().contains("I can't read \"someday\" as a time"), "{answer}");
    assert!(card(fake, CHANNEL, "#1").is_none(), "nothing was created");

    let asked = fake.slash(GUILD, CHANNEL, &BOB, "new", serde_json::json!([]));
    fake.response_to(asked).await;
    let submitted = fake.submit_modal(
        GUILD,
        CHANNEL,
        &BOB,
        "new",
        &[
            ("title", "Picnic"),
            ("when", "saturday 13:00"),
            ("place", "The park"),
            ("max", "8"),
            ("description", "Bring a blanket\nand fruit"),
        ],
    );
    fake.response_to(submitted).await;
    let card = card(fake, CHANNEL, "#1 Picnic").expect("the event from the form");
    assert_eq!(field(&card, "Where").map(|f| f.1), Some("The park"));
    assert_eq!(field(&card, "Going").map(|f| f.0), Some("Going (1/8)"));
    let description = embed(&card)["description"].as_str().unwrap();
    assert!(
        description.contains("Sat 21 Nov 2026, 13:00") && description.contains("Bring a blanket\nand fruit"),
        "{description}"
    );
}

/// The choices an autocomplete answer offers, as (shown, value).
fn choices(answer: &Value) -> Vec<(String, String)> {
    let listed = answer["data"]["choices"].as_array().cloned().unwrap_or_default();
    listed.iter().map(|c| (c["name"].as_str().unwrap().to_string(), c["value"].as_str().unwrap().to_string())).collect()
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn autocomplete_offers_events_zones_and_how_a_time_is_read(pool: sqlx::PgPool) {
    let bot = bot(&pool).await;
    let fake = &bot.fake;
    for (title, when) in [("Board games", "friday 19:30"), ("Climbing", "sunday 10:00")] {
        let asked = fake.slash(GUILD, CHANNEL, &ANA, "new", options(&[("title", title), ("when", when)]));
        fake.response_to(asked).await;
    }

    let asked = fake.autocomplete(
        GUILD,
        CHANNEL,
        &BOB,
        "join",
        serde_json::json!([{"name": "event", "type": 3, "value": "", "focused": true}]),
    );
    let offered = choices(&fake.response_to(asked).await);
    assert_eq!(
        offered,
        [
            ("#1 Board games: Fri 20 Nov 2026, 19:30".to_string(), "1".to_string()),
            ("#2 Climbing: Sun 22 Nov 2026, 10:00".to_string(), "2".to_string()),
        ]
    );
    let asked = fake.autocomplete(
        GUILD,
        CHANNEL,
        &BOB,
        "join",
        serde_json::json!([{"name": "event", "type": 3, "value": "clim", "focused": true}]),
    );
    assert_eq!(choices(&fake.response_to(asked).await).len(), 1);

    let asked = fake.autocomplete(
        GUILD,
        CHANNEL,
        &BOB,
        "new",
        serde_json::json!([{"name": "when", "type": 3, "value": "tomorrow 9am", "focused": true}]),
    );
    let offered = choices(&fake.response_to(asked).await);
    assert_eq!(offered, [("Sat 21 Nov 2026, 09:00–10:00 (Europe/Madrid)".to_string(), "tomorrow 9am".to_string())]);
    let asked = fake.autocomplete(
        GUILD,
        CHANNEL,
        &BOB,
        "new",
        serde_json::json!([{"name": "when", "type": 3, "value": "yesterday 9am", "focused": true}]),
    );
    let offered = choices(&fake.response_to(asked).await);
    assert_eq!(
        offered[0].0, "That time is in the past: I read it as Thu 19 Nov 2026, 09:00 (Europe/Madrid).",
        "never read silently wrong"
    );

    let asked = fake.autocomplete(
        GUILD,
        CHANNEL,
        &BOB,
        "mytimezone",
        serde_json::json!([{"name": "zone", "type": 3, "value": "buenos", "focused": true}]),
    );
    let offered = choices(&fake.response_to(asked).await);
    assert_eq!(offered.first().map(|c| c.1.as_str()), Some("America/Argentina/Buenos_Aires"));
    let events = sqlx::query_scalar::<_, i64>("SELECT count(*) FROM events").fetch_one(&pool).await.unwrap();
    assert_eq!(events, 2, "autocomplete creates nothing");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn refusals_and_personal_answers_are_shown_to_the_asker_alone(pool: sqlx::PgPool) {
    let bot = bot(&pool).await;
    let fake = &bot.fake;
    let asked = fake.slash(GUILD, CHANNEL, &BOB, "event", options(&[("event", "7")]));
    let answer = fake.response_to(asked).await;
    assert!(only_for_asker(&answer["data"]), "{answer}");
    assert!(answer["data"]["content"].as_str().unwrap().contains("There is no event #7"), "{answer}");

    let asked = fake.slash(GUILD, CHANNEL, &BOB, "mytimezone", options(&[("zone", "America/New_York")]));
    let answer = fake.response_to(asked).await;
    assert!(only_for_asker(&answer["data"]), "{answer}");
    let asked = fake.slash(GUILD, CHANNEL, &BOB, "settings", options(&[("change", "create admins")]));
    let answer = fake.response_to(asked).await;
    assert!(only_for_asker(&answer["data"]), "Bob is no admin: {answer}");
    let asked = fake.slash(GUILD, CHANNEL, &ANA, "settings", options(&[("change", "create admins")]));
    let answer = fake.response_to(asked).await;
    assert!(!only_for_asker(&answer["data"]), "Ana manages the server: her change is news for the channel: {answer}");
    assert!(fake.messages_in(CHANNEL).len() == 1, "only Ana's change shows in the channel:\n{}", fake.report());
}
