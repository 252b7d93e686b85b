//! One message as an adapter hands it over, cleaned before the engine reads it.

use crate::domain::{one_line, typed_text, ChatIdentity, Language, UserIdentity};
use std::borrow::Cow;

/// One message from a chat, as an adapter hands it over.
#[derive(Debug, Clone)]
pub struct Incoming {
    /// The chat it was said in.
    pub chat: ChatIdentity,
    /// Who said it.
    pub user: UserIdentity,
    /// Whether the speaker administers the chat (the platform knows; private chats: yes).
    pub is_admin: bool,
    /// What was said (or the command of a pressed button).
    pub text: String,
    /// The language the platform says the chat or speaker uses (Telegram's `language_code`,
    /// Discord's guild or user locale), if Convene speaks it: a chat that has not chosen one is
    /// spoken to in it from then on.
    pub language: Option<Language>,
}

impl Incoming {
    /// The same message, with the language the platform reports.
    pub fn speaking(self, language: Option<Language>) -> Self {
        Self { language, ..self }
    }

    /// The message without control characters: the text keeps its lines, the chat's title and
    /// the speaker's name are put on one line. Borrowed when there was nothing to clean.
    pub(super) fn cleaned(&self) -> Cow<'_, Incoming> {
        let (text, title, name) =
            (typed_text(&self.text), one_line(&self.chat.title), one_line(&self.user.display_name));
        if [&text, &title, &name].iter().all(|part| matches!(part, Cow::Borrowed(_))) {
            return Cow::Borrowed(self);
        }
        Cow::Owned(Incoming {
            chat: ChatIdentity { title: title.into_owned(), ..self.chat.clone() },
            user: UserIdentity { display_name: name.into_owned(), ..self.user.clone() },
            is_admin: self.is_admin,
            text: text.into_owned(),
            language: self.language,
        })
    }
}
