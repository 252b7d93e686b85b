//! Sentences about delivering messages, for adapters whose platform needs a person's consent
//! before it lets a bot write to them privately, and the words of forms only one platform shows.

use crate::tr;

/// Said once in a group when `name` cannot get private messages yet; `link` opens a private chat.
pub fn private_messages_blocked(name: &str, link: &str) -> String {
    tr!("delivery-private-blocked", name = name, link = link)
}

/// Said once in a server's channel when `name` has closed their direct messages (Discord).
pub fn direct_messages_closed(name: &str) -> String {
    tr!("delivery-direct-closed", name = name)
}

/// A button press that was understood but is no longer possible (e.g. on a very old message).
pub fn button_expired() -> String {
    tr!("delivery-button-expired")
}

/// One field of the form for planning an event: what it asks, and an example answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormField {
    /// The question above the field.
    pub label: String,
    /// The example shown inside the empty field.
    pub example: String,
}

/// The title of the form for planning an event (Discord's `/new` with nothing filled in).
pub fn event_form_title() -> String {
    tr!("discord-form")
}

/// The field of the event form that fills `/new`'s part `name` (title, when, place, max,
/// description), or None for a part the form does not ask.
pub fn event_form_field(name: &str) -> Option<FormField> {
    let (label, example) = match name {
        "title" => (tr!("discord-form-title"), tr!("discord-form-title.example")),
        "when" => (tr!("discord-form-when"), tr!("discord-form-when.example")),
        "place" => (tr!("discord-form-place"), tr!("discord-form-place.example")),
        "max" => (tr!("discord-form-max"), tr!("discord-form-max.example")),
        "description" => (tr!("discord-form-description"), tr!("discord-form-description.example")),
        _ => return None,
    };
    Some(FormField { label, example })
}
