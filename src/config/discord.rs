//! The Discord part of the configuration: the bot token, another API base URL (a test fake), and
//! the servers to register commands in at once.

use super::{Config, Secret};
use convene_bots::discord::{parse_guilds, DiscordOptions, PublicKey};

impl Config {
    pub(super) fn apply_discord_env(&mut self, var: &impl Fn(&str) -> Option<String>) {
        let non_empty = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        if let Some(token) = non_empty("CONVENE_DISCORD_TOKEN") {
            self.discord_token = Some(Secret(token));
        }
        if let Some(url) = non_empty("CONVENE_DISCORD_API_URL") {
            self.discord_api_url = Some(url);
        }
        if let Some(guilds) = non_empty("CONVENE_DISCORD_GUILDS") {
            self.discord_guilds = guilds;
        }
        if let Some(key) = non_empty("CONVENE_DISCORD_PUBLIC_KEY") {
            self.discord_public_key = Some(key);
        }
    }

    /// How to reach Discord, when a token is configured.
    pub fn discord_options(&self) -> anyhow::Result<Option<DiscordOptions>> {
        let Some(token) = &self.discord_token else { return Ok(None) };
        let mut options = DiscordOptions::new(token.expose());
        options.api_url = self.discord_api_url.clone();
        options.guilds =
            parse_guilds(&self.discord_guilds).map_err(|error| anyhow::anyhow!("CONVENE_DISCORD_GUILDS: {error}"))?;
        Ok(Some(options))
    }

    /// The public key for HTTP interactions mode, when configured.
    pub fn discord_public_key(&self) -> anyhow::Result<Option<PublicKey>> {
        let Some(key) = &self.discord_public_key else { return Ok(None) };
        PublicKey::parse(key).map(Some).map_err(|error| anyhow::anyhow!("CONVENE_DISCORD_PUBLIC_KEY: {error}"))
    }
}
