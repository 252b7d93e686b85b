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
