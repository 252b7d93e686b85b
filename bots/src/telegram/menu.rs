//! The command menu Telegram shows when someone types `/`: every command with its summary, for
//! private chats and groups.

use convene_core::command::COMMANDS;
use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope};
use teloxide::RequestError;

/// Publishes the menu (setMyCommands) for the default, private and group scopes.
pub async fn publish(bot: &Bot) -> Result<(), RequestError> {
    let commands: Vec<BotCommand> = COMMANDS.iter().map(|c| BotCommand::new(c.name, c.summary())).collect();
    for scope in [BotCommandScope::Default, BotCommandScope::AllPrivateChats, BotCommandScope::AllGroupChats] {
        super::deliver::with_retry(bot.set_my_commands(commands.clone()).scope(scope)).await?;
    }
    tracing::info!(commands = commands.len(), "command menu published");
    Ok(())
}
