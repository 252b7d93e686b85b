//! `/new` with nothing filled in opens a form (a Discord modal): title, when, place, places and
//! a description. Its answers become the same command text as a filled-in `/new`.

use super::commands::written;
use convene_core::text;
use serenity::builder::{CreateActionRow, CreateInputText, CreateModal};
use serenity::model::application::{ActionRow, ActionRowComponent, InputTextStyle};

/// The form's custom id.
pub const NEW_EVENT_FORM: &str = "new";

/// The fields: (part of `/new` it fills, style, required). Their words come from the text module.
const FIELDS: &[(&str, InputTextStyle, bool)] = &[
    ("title", InputTextStyle::Short, true),
    ("when", InputTextStyle::Short, true),
    ("place", InputTextStyle::Short, false),
    ("max", InputTextStyle::Short, false),
    ("description", InputTextStyle::Paragraph, false),
];

/// The form, in the language being spoken.
pub fn new_event_form() -> CreateModal {
    let rows = FIELDS
        .iter()
        .filter_map(|(id, style, required)| {
            let field = text::event_form_field(id)?;
            Some(CreateActionRow::InputText(
                CreateInputText::new(*style, field.label, *id).placeholder(field.example).required(*required),
            ))
        })
        .collect();
    CreateModal::new(NEW_EVENT_FORM, text::event_form_title()).components(rows)
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
