//! The step-by-step `/new`: its questions, buttons and answers.

use crate::reply::{Button, Reply};

fn cancel() -> Button {
    Button::new("Cancel", "/draft cancel")
}

/// The first question.
pub fn draft_ask_title() -> Reply {
    Reply::text("Let's plan an event. What is it called? Reply to this message with a title, like \"Board games\".")
        .with_row(vec![cancel()])
}

/// The second question.
pub fn draft_ask_when(title: &str) -> Reply {
    Reply::text(format!(
        "When is {title}? Reply with a time, like \"friday 19:30\", \"tomorrow 8-10pm\" or \"every tuesday 20:00\"."
    ))
    .with_row(vec![cancel()])
}

/// The third question.
pub fn draft_ask_place() -> Reply {
    Reply::text("Where is it? Reply with the place, or press Skip.")
        .with_row(vec![Button::new("Skip", "/draft skip"), cancel()])
}

/// The last question: what will be created.
pub fn draft_confirm(title: &str, when: &str, place: Option<&str>) -> Reply {
    let place = place.map(|p| format!("\nWhere: {p}")).unwrap_or_default();
    Reply::text(format!("Create this event?\n{title}\nWhen: {when}{place}"))
        .with_row(vec![Button::new("Create", "/draft create"), cancel()])
}

/// An answer that can't be used: why, then the same question again.
pub fn draft_try_again(problem: &str, question: Reply) -> Reply {
    Reply { text: format!("{problem} Please try again.\n\n{}", question.text), ..question }
}

/// `/draft cancel`.
pub fn draft_cancelled() -> Reply {
    Reply::text("OK, I dropped that event. Send /new to start again.")
}

/// An answer to a draft left alone too long.
pub fn draft_expired() -> Reply {
    Reply::text("That event you were planning was left for over an hour, so I dropped it. Send /new to start again.")
}

/// A draft button when there is no draft.
pub fn no_draft() -> Reply {
    Reply::text("You're not planning an event step by step here. Send /new to start one.")
}

/// Skip pressed for a question that can't be skipped.
pub const DRAFT_ONLY_PLACE_SKIPS: &str = "Only the place can be skipped.";

/// Create pressed before every question is answered.
pub const DRAFT_NOT_READY: &str = "A few more answers first.";
