//! The step-by-step `/new`: its questions, buttons and answers.

use crate::reply::{Button, Reply};
use crate::tr;

fn cancel() -> Button {
    Button::new(tr!("draft-cancel-button"), "/draft cancel")
}

/// The first question.
pub fn draft_ask_title() -> Reply {
    Reply::text(tr!("draft-ask-title")).with_row(vec![cancel()])
}

/// The second question.
pub fn draft_ask_when(title: &str) -> Reply {
    Reply::text(tr!("draft-ask-when", title = title)).with_row(vec![cancel()])
}

/// The third question.
pub fn draft_ask_place() -> Reply {
    Reply::text(tr!("draft-ask-place")).with_row(vec![Button::new(tr!("draft-skip-button"), "/draft skip"), cancel()])
}

/// The last question: what will be created.
pub fn draft_confirm(title: &str, when: &str, place: Option<&str>) -> Reply {
    let text = match place {
        Some(place) => tr!("draft-confirm-with-place", title = title, when = when, place = place),
        None => tr!("draft-confirm", title = title, when = when),
    };
    Reply::text(text).with_row(vec![Button::new(tr!("draft-create-button"), "/draft create"), cancel()])
}

/// An answer that can't be used: why, then the same question again.
pub fn draft_try_again(problem: &str, question: Reply) -> Reply {
    Reply { text: tr!("draft-try-again", problem = problem, question = &question.text), ..question }
}

/// `/draft cancel`.
pub fn draft_cancelled() -> Reply {
    Reply::text(tr!("draft-cancelled"))
}

/// An answer to a draft left alone too long.
pub fn draft_expired() -> Reply {
    Reply::text(tr!("draft-expired"))
}

/// A draft button when there is no draft.
pub fn no_draft() -> Reply {
    Reply::text(tr!("draft-none"))
}

/// Skip pressed for a question that can't be skipped.
pub fn draft_only_place_skips() -> String {
    tr!("draft-only-place-skips")
}

/// Create pressed before every question is answered.
pub fn draft_not_ready() -> String {
    tr!("draft-not-ready")
}
