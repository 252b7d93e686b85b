//! Convene's commands as Discord slash commands: the same names as the command language, each
//! with typed options, and the way a filled-in command becomes command-language text. The
//! commands' own descriptions come from core's catalogue; the options' wording is here.

use convene_core::command::{CommandSpec, FORM_FIELDS};
use convene_core::domain::Language;
use convene_core::text::catalog;
use serenity::builder::{CreateCommand, CreateCommandOption};
use serenity::model::application::{CommandDataOption, CommandDataOptionValue, CommandOptionType};
use serenity::model::Permissions;

/// What an option holds, and how Discord offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    /// Free text.
    Text,
    /// A whole number.
    Number,
    /// One of the channel's events (autocompleted from its coming events).
    Event,
    /// A time phrase (autocompleted with how Convene reads it).
    When,
    /// An IANA zone (autocompleted).
    Zone,
}

/// One option of a slash command.
#[derive(Debug)]
pub struct OptionSpec {
    /// Its name (lower case, as Discord requires).
    pub name: &'static str,
    /// What it holds.
    pub holds: Holds,
    /// What Discord shows under it: a message of core's catalogue.
    pub description: &'static str,
    /// Whether the command needs it.
    pub required: bool,
    /// What goes before its value in the command's text ("for " before a length, "| " before a
    /// poll's times); `/new` is written as a form instead.
    pub marker: &'static str,
}

const fn opt(
    name: &'static str,
    holds: Holds,
    description: &'static str,
    required: bool,
    marker: &'static str,
) -> OptionSpec {
    OptionSpec { name, holds, description, required, marker }
}

const EVENT: OptionSpec = opt("event", Holds::Event, "slash-event", true, "");
const EVENT_OR_ASK: OptionSpec = opt("event", Holds::Event, "slash-event-or-ask", false, "");
const ZONE: OptionSpec = opt("zone", Holds::Zone, "slash-zone", false, "");

/// The slash commands and their options, in the order the command's text is written.
pub static SLASH_COMMANDS: &[(&str, &[OptionSpec])] = &[
    (
        "new",
        &[
            opt("title", Holds::Text, "slash-new-title", false, ""),
            opt("when", Holds::When, "slash-new-when", false, ""),
            opt("length", Holds::Text, "slash-new-length", false, ""),
            opt("place", Holds::Text, "slash-new-place", false, ""),
            opt("topic", Holds::Text, "slash-new-topic", false, ""),
            opt("max", Holds::Number, "slash-new-max", false, ""),
            opt("description", Holds::Text, "slash-new-description", false, ""),
        ],
    ),
    ("events", &[opt("page", Holds::Number, "slash-events-page", false, "")]),
    ("event", &[EVENT]),
    ("search", &[opt("words", Holds::Text, "slash-search-words", false, "")]),
    ("join", &[EVENT_OR_ASK]),
    ("maybe", &[EVENT_OR_ASK]),
    ("decline", &[EVENT_OR_ASK]),
    ("leave", &[EVENT]),
    (
        "edit",
        &[
            EVENT,
            opt("what", Holds::Text, "slash-edit-what", true, ""),
            opt("value", Holds::Text, "slash-edit-value", true, ""),
        ],
    ),
    (
        "move",
        &[
            EVENT,
            opt("when", Holds::When, "slash-move-when", true, ""),
            opt("length", Holds::Text, "slash-move-length", false, "for "),
        ],
    ),
    ("cancel", &[EVENT, opt("day", Holds::Text, "slash-cancel-day", false, "")]),
    (
        "poll",
        &[
            opt("title", Holds::Text, "slash-poll-title", true, ""),
            opt("times", Holds::Text, "slash-poll-times", true, "| "),
        ],
    ),
    (
        "vote",
        &[
            opt("poll", Holds::Text, "slash-vote-poll", true, ""),
            opt("options", Holds::Text, "slash-vote-options", true, ""),
        ],
    ),
    ("close", &[opt("poll", Holds::Text, "slash-close-poll", true, "")]),
    ("remind", &[EVENT, opt("before", Holds::Text, "slash-remind-before", true, "")]),
    ("reminders", &[]),
    ("snooze", &[EVENT, opt("for", Holds::Text, "slash-snooze-for", false, "")]),
    ("digest", &[opt("when", Holds::Text, "slash-digest-when", false, "")]),
    ("email", &[opt("address", Holds::Text, "slash-email-address", false, "")]),
    ("verify", &[opt("code", Holds::Text, "slash-verify-code", true, "")]),
    ("timezone", &[ZONE]),
    ("mytimezone", &[opt("zone", Holds::Zone, "slash-mytimezone-zone", false, "")]),
    ("language", &[opt("language", Holds::Text, "slash-language-language", false, "")]),
    ("mylanguage", &[opt("language", Holds::Text, "slash-mylanguage-language", false, "")]),
    ("share", &[]),
    ("subscribe", &[opt("code", Holds::Text, "slash-subscribe-code", true, "")]),
    ("unsubscribe", &[opt("calendar", Holds::Text, "slash-unsubscribe-calendar", false, "")]),
    ("settings", &[opt("change", Holds::Text, "slash-settings-change", false, "")]),
    ("help", &[opt("command", Holds::Text, "slash-help-command", false, "")]),
    ("start", &[]),
];

/// Commands only admins change things with: Discord hides them from members without Manage Events.
const ADMIN_COMMANDS: &[&str] = &["settings", "digest", "language"];
/// The Discord locales Spanish descriptions are given for (Spain, Latin America).
const SPANISH_LOCALES: [&str; 2] = ["es-ES", "es-419"];
/// Discord's limit on a command's description.
const MAX_DESCRIPTION: usize = 100;

/// The slash commands to register.
pub fn slash_commands() -> Vec<CreateCommand> {
    SLASH_COMMANDS.iter().map(|(name, options)| slash_command(name, options)).collect()
}

fn slash_command(name: &str, options: &[OptionSpec]) -> CreateCommand {
    let summary = |language| CommandSpec::find(name).map(|spec| spec.summary_in(language)).unwrap_or_default();
    let mut command = CreateCommand::new(name).description(clip(&summary(Language::En))).dm_permission(true);
    for locale in SPANISH_LOCALES {
        command = command.description_localized(locale, clip(&summary(Language::Es)));
    }
    if ADMIN_COMMANDS.contains(&name) {
        command = command.default_member_permissions(Permissions::MANAGE_EVENTS);
    }
    for spec in options {
        let kind = if spec.holds == Holds::Number { CommandOptionType::Integer } else { CommandOptionType::String };
        let described = |language| clip(&catalog::say_in(language, spec.description, &[]));
        let mut option = CreateCommandOption::new(kind, spec.name, described(Language::En)).required(spec.required);
        for locale in SPANISH_LOCALES {
            option = option.description_localized(locale, described(Language::Es));
        }
        if matches!(spec.holds, Holds::Event | Holds::When | Holds::Zone) {
            option = option.set_autocomplete(true);
        }
        if spec.holds == Holds::Number {
            option = option.min_int_value(1);
        }
        command = command.add_option(option);
    }
    command
}

/// The options of command `name`, if it is one of ours.
pub fn options_of(name: &str) -> Option<&'static [OptionSpec]> {
    SLASH_COMMANDS.iter().find(|(n, _)| *n == name).map(|(_, options)| *options)
}

/// A filled-in slash command as command-language text: `/new Board games friday 19:30 @Kim's place`.
pub fn command_text(name: &str, given: &[CommandDataOption]) -> String {
    let values = given.iter().filter_map(|option| Some((option.name.as_str(), option_value(&option.value)?)));
    written(name, values)
}

/// Command text from (option name, value) pairs, in the order the command's text is written.
/// `/new` is written as a form (one `name: value` line each), so each part is read on its own:
/// a title with `@` or words that look like a time stays the title.
pub fn written<'a>(name: &str, values: impl Iterator<Item = (&'a str, String)>) -> String {
    let values: Vec<(&str, String)> = values.filter(|(_, v)| !v.trim().is_empty()).collect();
    if name == "new" {
        let lines = FORM_FIELDS.iter().filter_map(|field| {
            let (_, value) = values.iter().find(|(n, _)| n == field)?;
            Some(format!("\n{field}: {}", value.trim()))
        });
        return std::iter::once("/new".to_string()).chain(lines).collect();
    }
    let mut text = format!("/{name}");
    for spec in options_of(name).unwrap_or_default() {
        if let Some((_, value)) = values.iter().find(|(n, _)| *n == spec.name) {
            text.push(' ');
            text.push_str(spec.marker);
            text.push_str(value.trim());
        }
    }
    text
}

fn option_value(value: &CommandDataOptionValue) -> Option<String> {
    match value {
        CommandDataOptionValue::String(text) => Some(one_line(text)),
        CommandDataOptionValue::Integer(number) => Some(number.to_string()),
        CommandDataOptionValue::Number(number) => Some(number.to_string()),
        CommandDataOptionValue::Autocomplete { value, .. } => Some(one_line(value)),
        _ => None,
    }
}

/// Options are one line each: a line break would start another part of the command.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn clip(text: &str) -> String {
    text.chars().take(MAX_DESCRIPTION).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use convene_core::command::COMMANDS;

    #[test]
    fn a_filled_in_new_is_written_in_the_command_language() {
        let given = [
            ("place", "Kim's place".to_string()),
            ("title", "Board games".to_string()),
            ("max", "6".to_string()),
            ("when", "friday 19:30".to_string()),
            ("description", "Bring snacks".to_string()),
            ("topic", "".to_string()),
        ];
        let text = written("new", given.into_iter());
        assert_eq!(
            text,
            "/new\ntitle: Board games\nwhen: friday 19:30\nplace: Kim's place\nmax: 6\ndescription: Bring snacks"
        );
    }

    #[test]
    fn every_command_of_the_language_is_a_slash_command_and_no_other() {
        for spec in COMMANDS.iter().filter(|spec| spec.name != "draft") {
            assert!(options_of(spec.name).is_some(), "/{} has no slash command", spec.name);
        }
        for (name, options) in SLASH_COMMANDS {
            assert!(CommandSpec::find(name).is_some_and(|spec| spec.name == *name), "/{name} is not in the language");
            assert!(options.len() <= 25, "Discord allows 25 options");
            for option in *options {
                assert!(option.description.chars().count() <= 100, "{name} {}", option.name);
                assert!(option.name.chars().all(|c| c.is_ascii_lowercase()), "{name} {}", option.name);
            }
        }
        for option in options_of("new").unwrap_or_default() {
            assert!(FORM_FIELDS.contains(&option.name), "/new's {} is a part of the form", option.name);
        }
        let registered = serde_json::to_value(slash_commands()).expect("commands serialize");
        let sizes = registered.as_array().expect("a list");
        assert!(sizes.iter().all(|c| c["description"].as_str().is_some_and(|d| !d.is_empty() && d.len() <= 100)));
    }
}
