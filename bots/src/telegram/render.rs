//! Rendering replies for Telegram: HTML escaping, inline keyboards, 4,096-character pages and
//! callback toasts.

use convene_core::{Button, Reply};
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

/// The most characters Telegram accepts in one message (after entity parsing; we count the
/// escaped text, which is never shorter).
pub const MAX_MESSAGE_CHARS: usize = 4096;

/// The most bytes of `callback_data` Telegram accepts.
pub const MAX_CALLBACK_BYTES: usize = 64;

/// The most characters we put in a callback toast (Telegram allows 200).
const MAX_TOAST_CHARS: usize = 190;

/// Escapes plain text for Telegram's HTML parse mode.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The reply's text as escaped HTML pages of at most [`MAX_MESSAGE_CHARS`] characters, cut at
/// line ends where possible (a longer single line is cut between characters, never inside an
/// escape).
pub fn pages(text: &str) -> Vec<String> {
    let mut pages = Vec::new();
    let mut page = String::new();
    let mut page_chars = 0;
    for line in text.split('\n') {
        let line = escape_html(line);
        let line_chars = line.chars().count();
        let needed = if page.is_empty() { line_chars } else { line_chars + 1 };
        if page_chars + needed <= MAX_MESSAGE_CHARS {
            if !page.is_empty() {
                page.push('\n');
            }
            page.push_str(&line);
            page_chars += needed;
            continue;
        }
        if !page.is_empty() {
            pages.push(std::mem::take(&mut page));
        }
        page_chars = 0;
        for piece in cut_long_line(&line) {
            if !page.is_empty() {
                pages.push(std::mem::take(&mut page));
            }
            page_chars = piece.chars().count();
            page = piece;
        }
    }
    if !page.is_empty() || pages.is_empty() {
        pages.push(page);
    }
    pages
}

/// Cuts one escaped line into pieces that fit a message, never splitting `&amp;`-style escapes.
fn cut_long_line(line: &str) -> Vec<String> {
    let mut pieces = vec![String::new()];
    let mut count = 0;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let unit_len = if c == '&' { rest.find(';').map_or(1, |i| i + 1) } else { c.len_utf8() };
        let unit = &rest[..unit_len];
        let unit_chars = unit.chars().count();
        if count + unit_chars > MAX_MESSAGE_CHARS {
            pieces.push(String::new());
            count = 0;
        }
        if let Some(last) = pieces.last_mut() {
            last.push_str(unit);
        }
        count += unit_chars;
        rest = &rest[unit_len..];
    }
    pieces
}

/// The inline keyboard for a reply's buttons; None when it has none. Buttons whose command does
/// not fit Telegram's callback data are left out (and logged).
pub fn keyboard(buttons: &[Vec<Button>]) -> Option<InlineKeyboardMarkup> {
    let rows: Vec<Vec<InlineKeyboardButton>> = buttons
        .iter()
        .map(|row| row.iter().filter_map(callback_button).collect::<Vec<_>>())
        .filter(|row| !row.is_empty())
        .collect();
    (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows))
}

fn callback_button(button: &Button) -> Option<InlineKeyboardButton> {
    if button.command.len() > MAX_CALLBACK_BYTES {
        tracing::warn!(bytes = button.command.len(), "button command too long for Telegram; left out");
        return None;
    }
    Some(InlineKeyboardButton::callback(button.label.clone(), button.command.clone()))
}

/// The toast shown when a button is pressed: the first line of the reply's lead (or of its text
/// when it has none), shortened.
pub fn toast(reply: &Reply) -> String {
    let said = reply.lead().unwrap_or(&reply.text);
    let first = said.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    if first.chars().count() <= MAX_TOAST_CHARS {
        return first.to_string();
    }
    let mut short: String = first.chars().take(MAX_TOAST_CHARS - 1).collect();
    short.push('…');
    short
}

/// Whether the whole reply fits in a toast (one short line, no buttons), so no message is needed.
pub fn fits_in_toast(reply: &Reply) -> bool {
    reply.lead.is_none()
        && reply.buttons.is_empty()
        && !reply.text.contains('\n')
        && reply.text.chars().count() <= MAX_TOAST_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped() {
        assert_eq!(escape_html("<b>Tom & \"Jerry\"</b>"), "&lt;b&gt;Tom &amp; \"Jerry\"&lt;/b&gt;");
    }

    #[test]
    fn long_text_is_paged_on_line_ends_and_never_inside_an_escape() {
        let line = "x".repeat(100);
        let text = vec![line.as_str(); 100].join("\n");
        let paged = pages(&text);
        assert_eq!(paged.len(), 3);
        assert!(paged.iter().all(|p| p.chars().count() <= MAX_MESSAGE_CHARS));
        assert!(paged.iter().all(|p| p.split('\n').all(|l| l.len() == 100)));
        assert_eq!(paged.join("\n"), text);
        let ampersands = "&".repeat(5000);
        let paged = pages(&ampersands);
        assert!(paged.iter().all(|p| p.chars().count() <= MAX_MESSAGE_CHARS && p.ends_with("&amp;")));
        assert_eq!(paged.concat(), escape_html(&ampersands));
        assert_eq!(pages(""), vec![String::new()]);
    }

    #[test]
    fn toasts_are_one_short_line() {
        let reply = Reply::text(format!("{}\nsecond line", "y".repeat(300)));
        let toast = toast(&reply);
        assert_eq!(toast.chars().count(), MAX_TOAST_CHARS);
        assert!(!toast.contains('\n'));
        assert!(fits_in_toast(&Reply::text("Done.")));
        assert!(!fits_in_toast(&reply));
    }

    #[test]
    fn buttons_become_callback_keyboards_without_oversized_data() {
        let rows = vec![vec![Button::new("Going (1)", "/join 3"), Button::new("Too long", "/x ".repeat(30))]];
        let markup = keyboard(&rows).expect("a keyboard");
        assert_eq!(markup.inline_keyboard.len(), 1);
        assert_eq!(markup.inline_keyboard[0].len(), 1);
        assert_eq!(keyboard(&[]), None);
    }
}
