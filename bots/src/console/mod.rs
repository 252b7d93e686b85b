//! The console chat: a local chat room in the terminal, speaking the same command language.
//!
//! One message per line. `alice> /join 1` speaks as alice; `alice@games> ...` speaks in room
//! `games`; a line that is just a number presses that button of the room's last message; lines
//! starting with `;` are comments. The console's own user (`--user`) is the rooms' admin.

mod outbox;
mod render;
mod script;

pub use outbox::ConsoleOutbox;
pub use script::{Line, Speaker};

use convene_core::delivery::Outbox;
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::{Button, Engine, Incoming};
use std::collections::HashMap;
use std::sync::Arc;
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::Mutex;

/// How the console starts.
#[derive(Debug, Clone)]
pub struct ConsoleOptions {
    /// The room lines without `@room` are said in.
    pub chat: String,
    /// Who speaks on lines without `name>`; also the rooms' admin.
    pub user: String,
    /// Repeat each input line in the output, so a piped script reads as a conversation.
    pub echo: bool,
}

/// A console session over any line input and text output.
pub struct Console {
    /// The engine every line goes to.
    engine: Engine,
    /// Start-up options.
    options: ConsoleOptions,
    /// The buttons of the last message in each room, for pressing by number.
    buttons: HashMap<String, Vec<Button>>,
    /// Where messages the console cannot print go (email), when configured.
    elsewhere: Option<Arc<dyn Outbox>>,
}

impl Console {
    /// A console talking to `engine`.
    pub fn new(engine: Engine, options: ConsoleOptions) -> Self {
        Self { engine, options, buttons: HashMap::new(), elsewhere: None }
    }

    /// Sends messages for other channels (email) through `outbox`.
    pub fn with_outbox(mut self, outbox: Arc<dyn Outbox>) -> Self {
        self.elsewhere = Some(outbox);
        self
    }

    /// Reads lines until the end of input, answering each. `output` is shared with the console's
    /// [`ConsoleOutbox`], so reminders print between replies, never inside one.
    pub async fn run<R, W>(&mut self, input: R, output: Arc<Mutex<W>>) -> std::io::Result<()>
    where
        R: AsyncBufRead + Unpin,
        W: AsyncWrite + Unpin,
    {
        let mut lines = input.lines();
        while let Some(raw) = lines.next_line().await? {
            let Some(line) = script::read_line(&raw) else { continue };
            let text = self.say(&line).await;
            let mut out = output.lock().await;
            if self.options.echo {
                out.write_all(format!("{}\n", raw.trim()).as_bytes()).await?;
            }
            out.write_all(text.as_bytes()).await?;
            out.flush().await?;
        }
        Ok(())
    }

    /// Handles one line and returns what the console prints for it.
    pub async fn say(&mut self, line: &Line) -> String {
        let room = line.speaker.room.clone().unwrap_or_else(|| self.options.chat.clone());
        let user = line.speaker.name.clone().unwrap_or_else(|| self.options.user.clone());
        let text = match line.text.trim().parse::<usize>() {
            Ok(n) if n >= 1 => match self.buttons.get(&room).and_then(|b| b.get(n - 1)) {
                Some(button) => button.command.clone(),
                None => line.text.clone(),
            },
            _ => line.text.clone(),
        };
        let message = Incoming {
            language: None,
            chat: ChatIdentity { platform: Platform::Console, external_id: room.clone(), title: room.clone() },
            user: UserIdentity {
                platform: Platform::Console,
                external_id: user.to_lowercase(),
                display_name: user.clone(),
            },
            is_admin: user.eq_ignore_ascii_case(&self.options.user),
            text,
        };
        let mut outcome = self.engine.handle(&message).await;
        self.buttons.insert(room.clone(), outcome.reply.buttons.iter().flatten().cloned().collect());
        let (emails, notices): (Vec<_>, Vec<_>) =
            outcome.notices.drain(..).partition(|n| matches!(n.to, convene_core::Audience::Email(_)));
        outcome.notices = notices;
        let mut text = render::outcome(&outcome, &room);
        for email in emails {
            let status = match &self.elsewhere {
                Some(outbox) => match outbox.deliver(&email.to, &email.reply).await {
                    Ok(()) => "sent".to_string(),
                    Err(error) => format!("not sent ({error})"),
                },
                None => "not sent: email is not configured (CONVENE_SMTP_URL)".to_string(),
            };
            if let convene_core::Audience::Email(address) = &email.to {
                text.push_str(&format!("  >> email to {}: {status}\n\n", address.masked()));
            }
        }
        text
    }
}
