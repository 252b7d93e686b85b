//! Replies as Discord messages: a card is an embed (times as Discord timestamps, which every
//! viewer sees in their own zone, next to the chat's zone), other replies are message text;
//! buttons in rows of five. User text is escaped so it cannot format, link or mention, and every
//! message says "ping nobody".

use convene_core::card_view::CardView;
use convene_core::{text, Button, Reply};
use serenity::builder::{
    CreateActionRow, CreateAllowedMentions, CreateButton, CreateEmbed, CreateEmbedFooter,
    CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateMessage, EditInteractionResponse,
    EditMessage,
};
use serenity::model::application::ButtonStyle;

/// Discord's limits on one message.
pub const MAX_CONTENT: usize = 2_000;
const MAX_DESCRIPTION: usize = 4_096;
const MAX_FIELD_VALUE: usize = 1_024;
const MAX_TITLE: usize = 256;
const MAX_BUTTON_LABEL: usize = 80;
const MAX_CUSTOM_ID: usize = 100;
const BUTTONS_PER_ROW: usize = 5;
const ROWS: usize = 5;
/// The embed colour of cards (Convene's teal).
const CARD_COLOUR: u32 = 0x2a9d8f;

/// A reply drawn for Discord, ready to become any kind of message.
#[derive(Debug, Clone, Default)]
pub struct Drawn {
    /// The message text, escaped.
    pub content: Option<String>,
    /// The card, or a text too long for a message.
    pub embed: Option<CreateEmbed>,
    /// The buttons.
    pub rows: Vec<CreateActionRow>,
}

/// Draws `reply`: its lead as text above the card's embed, or its text as the message.
pub fn draw(reply: &Reply) -> Drawn {
    let rows = button_rows(&reply.buttons);
    if let Some(view) = &reply.view {
        // Worded in the chat's language, as the engine wrote the card.
        let embed = match view.as_ref() {
            CardView::Event(card) => text::speaking_now(card.language, || event_embed(card)),
            CardView::Poll(card) => text::speaking_now(card.language, || parts_embed(&text::poll_parts(card), None)),
        };
        return Drawn { content: reply.lead().map(|lead| clip(&escape(lead), MAX_CONTENT)), embed: Some(embed), rows };
    }
    let whole = escape(&reply.plain_text());
    if whole.chars().count() <= MAX_CONTENT {
        return Drawn { content: Some(whole), embed: None, rows };
    }
    let embed = CreateEmbed::new().description(clip(&whole, MAX_DESCRIPTION));
    Drawn { content: None, embed: Some(embed), rows }
}

impl Drawn {
    /// As a new channel message.
    pub fn message(self) -> CreateMessage {
        let mut message = CreateMessage::new().allowed_mentions(CreateAllowedMentions::new()).components(self.rows);
        if let Some(content) = self.content {
            message = message.content(content);
        }
        if let Some(embed) = self.embed {
            message = message.embed(embed);
        }
        message
    }

    /// As the new content of a message the bot sent (what it does not carry is cleared).
    pub fn edit(self) -> EditMessage {
        EditMessage::new()
            .allowed_mentions(CreateAllowedMentions::new())
            .content(self.content.unwrap_or_default())
            .embeds(self.embed.into_iter().collect())
            .components(self.rows)
    }

    /// As the answer to an interaction (a new message, or the pressed one updated).
    pub fn response(self, only_asker: bool) -> CreateInteractionResponseMessage {
        let message = CreateInteractionResponseMessage::new()
            .allowed_mentions(CreateAllowedMentions::new())
            .ephemeral(only_asker)
            .content(self.content.unwrap_or_default())
            .embeds(self.embed.into_iter().collect());
        message.components(self.rows)
    }

    /// As the edit of a deferred answer.
    pub fn edit_response(self) -> EditInteractionResponse {
        EditInteractionResponse::new()
            .allowed_mentions(CreateAllowedMentions::new())
            .content(self.content.unwrap_or_default())
            .embeds(self.embed.into_iter().collect())
            .components(self.rows)
    }

    /// As a further message after an interaction was answered.
    pub fn followup(self, only_asker: bool) -> CreateInteractionResponseFollowup {
        let mut followup = CreateInteractionResponseFollowup::new()
            .allowed_mentions(CreateAllowedMentions::new())
            .ephemeral(only_asker)
            .components(self.rows);
        if let Some(content) = self.content {
            followup = followup.content(content);
        }
        if let Some(embed) = self.embed {
            followup = followup.embed(embed);
        }
        followup
    }
}

/// An event card: the time as Discord timestamps (each viewer's zone) and in the chat's zone.
fn event_embed(card: &convene_core::card_view::EventCard) -> CreateEmbed {
    let start = card.starts_at.timestamp();
    let when = format!("<t:{start}:F> (<t:{start}:R>)\n{}", escape(&text::event_parts(card).when));
    parts_embed(&text::event_parts(card), Some((when, card.description.as_deref())))
}

/// A card's parts as an embed; `lines` is the time line (already Discord text) and the
/// description for an event.
fn parts_embed(parts: &text::CardParts, lines: Option<(String, Option<&str>)>) -> CreateEmbed {
    let (when, about) = match lines {
        Some((when, about)) => (when, about),
        None => (escape(&parts.when), None),
    };
    let mut description = when;
    if let Some(series) = &parts.series {
        description = format!("{}\n{description}", escape(series));
    }
    if let Some(about) = about {
        description = format!("{description}\n\n{}", escape(about));
    }
    let fields = parts.fields.iter().map(|(name, value)| {
        (clip(&escape_inline(name), MAX_TITLE), clip(&escape(value), MAX_FIELD_VALUE), name.len() + value.len() < 40)
    });
    let mut embed = CreateEmbed::new()
        .title(clip(&escape_inline(&parts.heading), MAX_TITLE))
        .description(clip(&description, MAX_DESCRIPTION))
        .colour(CARD_COLOUR)
        .fields(fields);
    if let Some(footer) = &parts.footer {
        embed = embed.footer(CreateEmbedFooter::new(footer.clone()));
    }
    embed
}

/// Buttons in rows of five, at most five rows (the reply's rows are kept where they fit).
fn button_rows(rows: &[Vec<Button>]) -> Vec<CreateActionRow> {
    let buttons: Vec<&Button> = rows.iter().flatten().collect();
    let grouped: Vec<Vec<&Button>> = if rows.len() <= ROWS && rows.iter().all(|r| r.len() <= BUTTONS_PER_ROW) {
        rows.iter().map(|row| row.iter().collect()).collect()
    } else {
        buttons.chunks(BUTTONS_PER_ROW).take(ROWS).map(<[&Button]>::to_vec).collect()
    };
    grouped.into_iter().map(|row| CreateActionRow::Buttons(row.into_iter().map(discord_button).collect())).collect()
}

fn discord_button(button: &Button) -> CreateButton {
    let style = match button.command.split_whitespace().next() {
        Some("/join") => ButtonStyle::Success,
        Some("/decline") => ButtonStyle::Danger,
        Some("/maybe") => ButtonStyle::Primary,
        _ => ButtonStyle::Secondary,
    };
    CreateButton::new(clip(&button.command, MAX_CUSTOM_ID)).label(clip(&button.label, MAX_BUTTON_LABEL)).style(style)
}

/// Escapes Discord's markdown, so user text shows as typed: no bold, links, spoilers, mentions,
/// headings, lists or quotes made of it (the last three only mean something at a line's start).
pub fn escape(text: &str) -> String {
    escaped(text, true)
}

/// Escapes for one-line places where Discord draws no headings, lists or quotes (embed titles
/// and field names).
fn escape_inline(text: &str) -> String {
    escaped(text, false)
}

fn escaped(text: &str, lines: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut line_start = lines;
    for c in text.chars() {
        let special = matches!(c, '\\' | '*' | '_' | '~' | '`' | '|' | '<' | '[' | ']' | '@');
        if special || (line_start && matches!(c, '#' | '-' | '>' | '+')) {
            out.push('\\');
        }
        out.push(c);
        line_start = lines && (c == '\n' || (line_start && c == ' '));
    }
    out
}

/// At most `max` characters, with "…" where cut.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests;
