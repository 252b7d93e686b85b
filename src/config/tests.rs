//! Configuration from the file and the environment: overrides, refusals, hidden secrets.

use super::*;
use std::collections::HashMap;

#[test]
fn environment_overrides_file_and_secrets_stay_hidden() {
    let mut config: Config =
        toml::from_str("database_url = \"postgres://file\"\ndefault_timezone = \"Europe/Madrid\"").expect("valid");
    let env: HashMap<&str, &str> =
        [("CONVENE_DATABASE_URL", "postgres://u:hunter2@env/db"), ("CONVENE_LOG_FORMAT", "json")].into();
    config.apply_env(|k| env.get(k).map(|v| v.to_string())).expect("valid env");
    assert_eq!(config.database_url(), "postgres://u:hunter2@env/db");
    assert_eq!(config.default_timezone, "Europe/Madrid");
    assert_eq!(config.log_format, LogFormat::Json);
    assert!(!format!("{config:?}").contains("hunter2"));
}

#[test]
fn bad_values_are_named() {
    let mut config = Config::default();
    let error = config.apply_env(|k| (k == "CONVENE_LOG_FORMAT").then(|| "yaml".to_string())).expect_err("refused");
    assert!(error.to_string().contains("CONVENE_LOG_FORMAT"));
    assert!(toml::from_str::<Config>("databse_url = \"x\"").is_err(), "unknown keys are refused");
    assert_eq!(Config::default().database_url(), "sqlite://convene.db", "SQLite when none is configured");
}

#[test]
fn telegram_settings_come_from_the_environment_and_the_token_stays_hidden() {
    let mut config = Config::default();
    let env: HashMap<&str, &str> = [
        ("CONVENE_TELEGRAM_TOKEN", "123:sekrit"),
        ("CONVENE_TELEGRAM_API_URL", "http://127.0.0.1:8081"),
        ("CONVENE_TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram"),
    ]
    .into();
    config.apply_env(|k| env.get(k).map(|v| v.to_string())).expect("valid env");
    assert_eq!(config.telegram_token.as_ref().map(Secret::expose), Some("123:sekrit"));
    assert_eq!(config.telegram_api_url.as_deref(), Some("http://127.0.0.1:8081"));
    assert!(!format!("{config:?}").contains("sekrit"));
    let missing = config.telegram_webhook().expect_err("a webhook needs a secret");
    assert!(missing.to_string().contains("CONVENE_TELEGRAM_WEBHOOK_SECRET"));
    config.telegram_webhook_secret = Some(Secret("no spaces allowed".into()));
    assert!(config.telegram_webhook().is_err());
    config.telegram_webhook_secret = Some(Secret("s3cret_token-1".into()));
    assert_eq!(config.telegram_webhook().expect("valid"), Some(("https://bot.example.org/telegram", "s3cret_token-1")));
}

#[test]
fn the_shipped_config_file_parses() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/config/convene.toml")).expect("config file");
    toml::from_str::<Config>(&text).expect("shipped config is valid");
}

#[test]
fn discord_settings_come_from_the_environment_and_bad_ones_are_named() {
    let mut config = Config::default();
    assert!(config.discord_options().expect("fine").is_none(), "no token: no Discord bot");
    let env: HashMap<&str, &str> = [
        ("CONVENE_DISCORD_TOKEN", "MTE.sekrit"),
        ("CONVENE_DISCORD_GUILDS", "123, 456"),
        ("CONVENE_DISCORD_PUBLIC_KEY", "abc"),
    ]
    .into();
    config.apply_env(|k| env.get(k).map(|v| v.to_string())).expect("valid env");
    let options = config.discord_options().expect("valid").expect("a bot");
    assert_eq!(options.guilds, [123, 456]);
    assert!(!format!("{config:?} {options:?}").contains("sekrit"), "the token stays hidden");
    let key = config.discord_public_key().err().expect("a bad key is refused");
    assert!(key.to_string().contains("CONVENE_DISCORD_PUBLIC_KEY"), "{key}");
    config.discord_guilds = "123,general".into();
    let guilds = config.discord_options().expect_err("a bad server id is refused");
    assert!(
        guilds.to_string().contains("CONVENE_DISCORD_GUILDS") && guilds.to_string().contains("general"),
        "{guilds}"
    );
}

#[test]
fn a_default_language_is_read_and_a_bad_one_named() {
    let mut config = Config::default();
    assert_eq!(config.default_language().expect("fine"), None, "none configured: the platform's, else English");
    config.apply_env(|k| (k == "CONVENE_DEFAULT_LANGUAGE").then(|| "es".to_string())).expect("valid env");
    assert_eq!(config.default_language().expect("valid"), Some(convene_core::domain::Language::Es));
    config.default_language = Some("klingon".into());
    let error = config.default_language().expect_err("refused");
    assert!(error.to_string().contains("default_language") && error.to_string().contains("klingon"), "{error}");
}
