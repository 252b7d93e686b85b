//! The sentences of `/language` and `/mylanguage`.

use crate::domain::Language;
use crate::reply::Reply;
use crate::tr;

/// A language's own name in the language being spoken: "Spanish", "español".
pub fn language_name(language: Language) -> String {
    tr!("language-name", code = language.code())
}

/// `/language` on its own.
pub fn chat_language(language: Language) -> Reply {
    Reply::text(tr!("chat-language", name = language_name(language), code = language.code()))
}

/// After `/language <code>`, said in the new language.
pub fn chat_language_set() -> Reply {
    Reply::text(tr!("chat-language-set", name = language_name(super::language())))
}

/// `/mylanguage` on its own.
pub fn my_language(own: Option<Language>, chat: Language) -> Reply {
    Reply::text(match own {
        Some(language) => tr!("my-language", name = language_name(language)),
        None => tr!("my-language-none", chat = language_name(chat)),
    })
}

/// After `/mylanguage <code|off>`.
pub fn my_language_set(own: Option<Language>, chat: Language) -> Reply {
    Reply::text(match own {
        Some(language) => tr!("my-language-set", name = language_name(language)),
        None => tr!("my-language-cleared", chat = language_name(chat)),
    })
}
