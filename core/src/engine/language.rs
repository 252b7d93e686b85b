//! `/language` and `/mylanguage`: which language Convene speaks in a chat, and in a person's own
//! private messages and emails.

use super::turn::Turn;
use super::Failure;
use crate::command::LanguageChoice;
use crate::domain::Language;
use crate::reply::Outcome;
use crate::text;

impl Turn<'_> {
    /// Renders something for the speaker alone, away from the chat (an email, a private
    /// message): in their own language when they chose one, else the language spoken here.
    pub(super) fn in_own_language<R>(&self, render: impl FnOnce() -> R) -> R {
        text::speaking_now(self.user.language.unwrap_or_else(text::language), render)
    }

    /// `/language [es|en]`: shows the chat's language, or sets it (admins only). The answer to a
    /// change is already in the new language.
    pub(super) async fn chat_language(&mut self, choice: Option<Language>) -> Result<Outcome, Failure> {
        let Some(language) = choice else {
            return Ok(text::chat_language(self.chat.language.unwrap_or_default()).into());
        };
        self.check_admin()?;
        self.tx.set_chat_language(self.chat.id, Some(language)).await?;
        self.chat.language = Some(language);
        Ok(text::speaking_now(language, text::chat_language_set).into())
    }

    /// `/mylanguage [es|en|off]`: the language of the speaker's private messages and emails.
    pub(super) async fn my_language(&mut self, choice: LanguageChoice) -> Result<Outcome, Failure> {
        let chat_language = self.chat.language.unwrap_or_default();
        match choice {
            LanguageChoice::Show => Ok(text::my_language(self.user.language, chat_language).into()),
            LanguageChoice::Set(language) => {
                self.tx.set_user_language(self.user.id, Some(language)).await?;
                Ok(text::speaking_now(language, || text::my_language_set(Some(language), chat_language)).into())
            }
            LanguageChoice::Clear => {
                self.tx.set_user_language(self.user.id, None).await?;
                Ok(text::my_language_set(None, chat_language).into())
            }
        }
    }
}
