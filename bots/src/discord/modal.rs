//! `/new` with nothing filled in opens a form (a Discord modal): title, when, place, places and
//! a description. Its answers become the same command text as a filled-in `/new`.

use super::commands::written;
use serenity::builder::{CreateActionRow, CreateInputText, CreateModal};
use serenity::model::application::{ActionRow, ActionRowComponent, InputTextStyle};

/// The form's custom id.
pub const NEW_EVENT_FORM: &str = "new";

/// The fields: (option of `/new` it fills, label, placeholder, style, required).
const FIELDS: &[(&str, &str, &str, InputTextStyle, bool)] = &[
    ("title", "What is it?", "Board games", InputTextStyle::Short, true),
    ("when", "When?", "friday 19:30, tomorrow 9am, every monday 10:00", InputTextStyle::Short, true),
    ("place", "Where? (optional)", "Kim's place", InputTextStyle::Short, false),
    ("max", "How many places? (optional)", "6", InputTextStyle::Short, false),
    ("description", "Anything else? (optional)", "Bring snacks", InputTextStyle::Paragraph, false),
];

/// The form.
pub fn new_event_form() -> CreateModal {
    let rows = FIELDS
        .iter()
        .map(|(id, label, example, style, required)| {
            CreateActionRow::InputText(
                CreateInputText::new(*style, *label, *id).placeholder(*example).required(*required),
            )
        })
        .collect();
    CreateModal::new(NEW_EVENT_FORM, "Plan an event").components(rows)
}

/// The filled-in form as `/new` command text.
pub fn form_text(rows: &[ActionRow]) -> String {
    written("new", answers(rows))
}

/// One answer of the filled-in form, when given.
pub fn form_answer(rows: &[ActionRow], field: &str) -> Option<String> {
    answers(rows).find(|(id, value)| *id == field && !value.trim().is_empty()).map(|(_, value)| value)
}

fn answers(rows: &[ActionRow]) -> impl Iterator<Item = (&str, String)> {
    rows.iter().flat_map(|row| &row.components).filter_map(|component| match component {
        ActionRowComponent::InputText(input) => {
            Some((input.custom_id.as_str(), input.value.clone().unwrap_or_default()))
        }
        _ => None,
    })
}
