//! The command menu Telegram shows when someone types `/`: every command with its summary, for
//! private chats and groups, in English for everyone and in Spanish for people whose Telegram
//! speaks Spanish (`language_code`).

use convene_core::command::COMMANDS;
use convene_core::domain::Language;
use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope};
use teloxide::RequestError;

/// Publishes the menu (setMyCommands) for the default, private and group scopes: the default
/// language, then each other language Convene speaks under its code.
pub async fn publish(bot: &Bot) -> Result<(), RequestError> {
    for (language, code) in [(Language::En, None), (Language::Es, Some(Language::Es.code()))] {
        let commands: Vec<BotCommand> =
            COMMANDS.iter().map(|c| BotCommand::new(c.name, c.summary_in(language))).collect();
        for scope in [BotCommandScope::Default, BotCommandScope::AllPrivateChats, BotCommandScope::AllGroupChats] {
            let mut request = bot.set_my_commands(commands.clone()).scope(scope);
            if let Some(code) = code {
                request = request.language_code(code);
            }
            super::deliver::with_retry(request).await?;
        }
        tracing::info!(commands = commands.len(), language = language.code(), "command menu published");
    }
    Ok(())
}
