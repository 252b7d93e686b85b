//! Rendering an outcome as terminal text: buttons become numbered choices.

use convene_core::{Audience, Outcome, Reply};

/// The text printed for one outcome in `room`.
pub fn outcome(outcome: &Outcome, room: &str) -> String {
    let mut out = reply(&outcome.reply);
    for notice in &outcome.notices {
        let to = match &notice.to {
            Audience::Chat(chat) if chat.external_id == room => "this chat".to_string(),
            Audience::Chat(chat) => format!("chat {}", chat.title),
            Audience::Person(person) => format!("{} (private message)", person.display_name),
            Audience::Email(address) => format!("{} (email)", address.masked()),
        };
        out.push_str(&format!("  >> to {to}:\n"));
        for line in reply(&notice.reply).lines() {
            out.push_str(&format!("  >> {line}\n"));
        }
    }
    out.push('\n');
    out
}

/// A reply with its buttons numbered: `[1] Going (2)  [2] Maybe (0)`.
pub fn reply(reply: &Reply) -> String {
    let mut out = format!("{}\n", reply.plain_text());
    let mut number = 0;
    for row in &reply.buttons {
        let choices: Vec<String> = row
            .iter()
            .map(|b| {
                number += 1;
                format!("[{number}] {}", b.label)
            })
            .collect();
        out.push_str(&format!("{}\n", choices.join("  ")));
    }
    out
}
