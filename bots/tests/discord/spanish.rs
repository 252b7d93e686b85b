//! Spanish on Discord: the commands are described in Spanish to Spanish clients, and a server
//! whose people write from a Spanish client is answered in Spanish.

use crate::world::*;

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn commands_and_their_options_are_described_in_spanish_for_spanish_clients(pool: sqlx::PgPool) {
    let bot = bot(&pool).await;
    let commands = bot.fake.commands_for(Some(GUILD));
    let new = commands.as_array().unwrap().iter().find(|c| c["name"] == "new").unwrap();
    assert_eq!(new["description"], "create an event");
    for locale in ["es-ES", "es-419"] {
        let spanish = new["description_localizations"][locale].as_str().unwrap_or_default();
        assert!(!spanish.is_empty() && spanish != "create an event", "{locale}: {new}");
        let when = &new["options"].as_array().unwrap().iter().find(|o| o["name"] == "when").unwrap();
        assert!(when["description_localizations"][locale].as_str().unwrap_or_default().contains("mañana"), "{when}");
    }
    let names: Vec<&str> = commands.as_array().unwrap().iter().filter_map(|c| c["name"].as_str()).collect();
    assert!(names.contains(&"language") && names.contains(&"mylanguage"), "{names:?}");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_channel_whose_first_speaker_writes_from_a_spanish_client_is_answered_in_spanish(pool: sqlx::PgPool) {
    let bot = bot(&pool).await;
    let fake = &bot.fake;
    let ana = ANA.with_locale("es-ES");
    let when = ("when", "viernes 19:30");
    let asked = fake.slash(GUILD, CHANNEL, &ana, "new", options(&[("title", "Juegos de mesa"), when, ("max", "2")]));
    fake.response_to(asked).await;
    let card = card(fake, CHANNEL, "#1 Juegos de mesa").expect("the card is in the channel");
    let description = embed(&card)["description"].as_str().unwrap();
    assert!(description.contains("vie 20 nov 2026, 19:30"), "the chat's zone, in Spanish: {description}");
    assert_eq!(field(&card, "Van"), Some(("Van (1/2)", "Ana")));

    // Bob's client speaks English, but the channel chose Spanish with its first speaker.
    let pressed = fake.press(CHANNEL, id(&card), &BOB, "/join 1");
    fake.response_to(pressed).await;
    assert_eq!(field(&fake.message(id(&card)).unwrap(), "Van"), Some(("Van (2/2)", "Ana, Bob")));
    fake.wait_until("Bob told what his press did", |f| !f.followups(pressed).is_empty()).await;
    let told: Vec<String> =
        fake.followups(pressed).iter().map(|m| m["content"].as_str().unwrap_or("").to_owned()).collect();
    assert!(told.iter().any(|t| t.contains("Vas a #1 Juegos de mesa")), "{told:?}");

    // Autocomplete shows how a time is read, and the events, in the channel's language.
    let focused =
        |name: &str, value: &str| serde_json::json!([{"name": name, "type": 3, "value": value, "focused": true}]);
    let asked = fake.autocomplete(GUILD, CHANNEL, &BOB, "new", focused("when", "sábado 20:00"));
    let offered = fake.response_to(asked).await["data"]["choices"].to_string();
    assert!(offered.contains("sáb 21 nov 2026, 20:00"), "{offered}");
    let asked = fake.autocomplete(GUILD, CHANNEL, &BOB, "leave", focused("event", ""));
    let offered = fake.response_to(asked).await["data"]["choices"].to_string();
    assert!(offered.contains("#1 Juegos de mesa: vie 20 nov 2026, 19:30"), "{offered}");
}
