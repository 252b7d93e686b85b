//! The message catalogue: every sentence in every language, in Fluent files
//! (`core/locales/<code>.ftl`), and the language being spoken now.
//!
//! The language is set once where Convene knows who it speaks to (a command's chat, a
//! reminder's chat or person) with [`speaking`] or [`speaking_now`]; the text functions read it
//! with [`language`], so a sentence is worded in one place whatever the language.

use crate::domain::Language;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::future::Future;
use std::sync::OnceLock;

/// The catalogue files, one per language, built into the binary.
const SOURCES: [(Language, &str); 2] =
    [(Language::En, include_str!("../../locales/en.ftl")), (Language::Es, include_str!("../../locales/es.ftl"))];

tokio::task_local! {
    /// The language of whoever Convene is answering in this task.
    static SPEAKING: Language;
}

/// Runs `work` speaking `language`: every text it produces is in that language.
pub async fn speaking<F: Future>(language: Language, work: F) -> F::Output {
    SPEAKING.scope(language, work).await
}

/// Runs `work` (no waiting inside) speaking `language`.
pub fn speaking_now<R>(language: Language, work: impl FnOnce() -> R) -> R {
    SPEAKING.sync_scope(language, work)
}

/// The language being spoken: English outside [`speaking`].
pub fn language() -> Language {
    SPEAKING.try_with(|language| *language).unwrap_or_default()
}

/// A value put into a message.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Words (a title, a name, a time already written out).
    Text(String),
    /// A count: the message may choose its plural by it.
    Number(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}
impl From<String> for Arg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}
impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Self::Text(text.clone())
    }
}
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Self::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(i32, i64, u32, u64, usize);

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [(Language, Bundle)] {
    static BUNDLES: OnceLock<Vec<(Language, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| SOURCES.iter().map(|(language, source)| (*language, bundle(*language, source))).collect())
}

fn bundle(language: Language, source: &str) -> Bundle {
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
        // The catalogue test refuses files with errors, so this is only reached by a broken build.
        tracing::error!(language = language.code(), errors = errors.len(), "message catalogue has syntax errors");
        partial
    });
    let tag: unic_langid::LanguageIdentifier = language.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![tag]);
    // Chat apps show text as it is: no invisible direction marks around values.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(language = language.code(), errors = errors.len(), "message catalogue has clashing ids");
    }
    bundle
}

fn bundle_for(language: Language) -> &'static Bundle {
    let all = bundles();
    all.iter().find(|(l, _)| *l == language).map_or(&all[0].1, |(_, b)| b)
}

/// The message `id` (or `id.attribute`) in the language being spoken, with `args` put in.
pub fn say(id: &str, args: &[(&str, Arg)]) -> String {
    say_in(language(), id, args)
}

/// The message `id` (or `id.attribute`) in `language`. A message missing from a language falls
/// back to English (the catalogue test keeps both complete); a missing one altogether shows its id.
pub fn say_in(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        fluent_args
    });
    for bundle in [bundle_for(language), bundle_for(Language::En)] {
        if let Some(text) = format(bundle, id, fluent_args.as_ref()) {
            return text;
        }
    }
    tracing::error!(id, "message missing from the catalogue");
    id.to_owned()
}

fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (message_id, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message_id)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
    if !errors.is_empty() {
        tracing::error!(id, errors = errors.len(), "message could not be formatted");
    }
    Some(text)
}

/// Every message id (with `.attribute` ids) a language's file holds, for the catalogue test.
pub fn ids(language: Language) -> Vec<String> {
    let source = SOURCES.iter().find(|(l, _)| *l == language).map_or("", |(_, s)| s);
    let Ok(resource) = FluentResource::try_new(source.to_owned()) else { return Vec::new() };
    let mut ids = Vec::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(message) = entry {
            let id = message.id.name;
            ids.push(id.to_owned());
            ids.extend(message.attributes.iter().map(|a| format!("{id}.{}", a.id.name)));
        }
    }
    ids
}

/// Whether a language's file reads without syntax errors (the catalogue test asks).
pub fn parses(language: Language) -> bool {
    SOURCES.iter().find(|(l, _)| *l == language).is_some_and(|(_, s)| FluentResource::try_new((*s).to_owned()).is_ok())
}

/// Puts values into a message of the catalogue: `tr!("created", title = title, count = 3)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::text::catalog::say($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::text::catalog::say($id, &[$((stringify!($name), $crate::text::catalog::Arg::from($value))),+])
    };
}
