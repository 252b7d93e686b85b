//! Every sentence Convene says, in one place: wording (and later translations) lives here only.
//! Text is plain; adapters escape and decorate it for their platform.

mod card_parts;
mod cards;
pub mod catalog;
pub mod commands;
mod delivery;
mod drafts;
mod format;
mod language;
mod messages;
mod refusals;
mod reminding;
mod settings;

pub use card_parts::{event_parts, poll_parts, CardParts};
pub use cards::{event_card, event_line, poll_card, EventView, PollView};
pub use catalog::{language, speaking, speaking_now};
pub use delivery::{
    button_expired, direct_messages_closed, event_form_field, event_form_title, private_messages_blocked, FormField,
};
pub use drafts::*;
pub use format::{adjustment_note, date, moment, month_short, span, weekday_short, when_with_zone};
pub use language::*;
pub use messages::*;
pub use refusals::{database_unreachable, internal_error, problem_text, refusal, still_too_many, time_not_read};
pub use reminding::*;
pub use settings::*;
