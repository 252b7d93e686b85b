//! Convene's commands as Discord slash commands: the same names as the command language, each
//! with typed options, and the way a filled-in command becomes command-language text. The
//! commands' own descriptions come from core's catalogue; the options' wording is here.

use convene_core::command::{CommandSpec, FORM_FIELDS};
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
    /// What Discord shows under it.
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

const EVENT: OptionSpec = opt("event", Holds::Event, "Which event (start typing its title)", true, "");
const EVENT_OR_ASK: OptionSpec = opt("event", Holds::Event, "Which event (leave empty to choose)", false, "");
const ZONE: OptionSpec = opt("zone", Holds::Zone, "A zone like Europe/Madrid (leave empty to see it)", false, "");

/// The slash commands and their options, in the order the command's text is written.
pub static SLASH_COMMANDS: &[(&str, &[OptionSpec])] = &[
    (
        "new",
        &[
            opt("title", Holds::Text, "What it is, e.g. Board games", false, ""),
            opt("when", Holds::When, "When, e.g. friday 19:30, tomorrow 9am, every monday 10:00", false, ""),
            opt("length", Holds::Text, "How long, e.g. 3h (1 hour unless given)", false, ""),
            opt("place", Holds::Text, "Where, e.g. Kim's place", false, ""),
            opt("topic", Holds::Text, "A topic to find it by, e.g. games", false, ""),
            opt("max", Holds::Number, "How many places (later people join a waitlist)", false, ""),
            opt("description", Holds::Text, "More about it", false, ""),
        ],
    ),
    ("events", &[opt("page", Holds::Number, "Which page", false, "")]),
    ("event", &[EVENT]),
    ("search", &[opt("words", Holds::Text, "Words, #topic, @place or a time range like next week", false, "")]),
    ("join", &[EVENT_OR_ASK]),
    ("maybe", &[EVENT_OR_ASK]),
    ("decline", &[EVENT_OR_ASK]),
    ("leave", &[EVENT]),
    (
        "edit",
        &[
            EVENT,
            opt("what", Holds::Text, "title, place, description, topics, max, length or time", true, ""),
            opt("value", Holds::Text, "The new value (none clears it)", true, ""),
        ],
    ),
    (
        "move",
        &[
            EVENT,
            opt("when", Holds::When, "The new time, e.g. sat 20:00", true, ""),
            opt("length", Holds::Text, "A new length, e.g. 2h", false, "for "),
        ],
    ),
    ("cancel", &[EVENT, opt("day", Holds::Text, "Only this day of a repeating event, e.g. dec 1", false, "")]),
    (
        "poll",
        &[
            opt("title", Holds::Text, "What it is, e.g. Team dinner", true, ""),
            opt("times", Holds::Text, "2 to 10 times split by |, e.g. thu 20:00 | fri 21:00", true, "| "),
        ],
    ),
    (
        "vote",
        &[
            opt("poll", Holds::Text, "The poll's number", true, ""),
            opt("options", Holds::Text, "Option numbers, e.g. 1 3 (again to take back)", true, ""),
        ],
    ),
    ("close", &[opt("poll", Holds::Text, "The poll's number", true, "")]),
    ("remind", &[EVENT, opt("before", Holds::Text, "How long before, e.g. 30m or 1d 2h, or off", true, "")]),
    ("reminders", &[]),
    ("snooze", &[EVENT, opt("for", Holds::Text, "How long, e.g. 30m (10 minutes unless given)", false, "")]),
    ("digest", &[opt("when", Holds::Text, "daily 08:00, weekly mon 08:00, or off", false, "")]),
    ("email", &[opt("address", Holds::Text, "Your address, or off", false, "")]),
    ("verify", &[opt("code", Holds::Text, "The 6-digit code from the email", true, "")]),
    ("timezone", &[ZONE]),
    ("mytimezone", &[opt("zone", Holds::Zone, "A zone like America/New_York, or off", false, "")]),
    ("share", &[]),
    ("subscribe", &[opt("code", Holds::Text, "The code /share gave in the other chat", true, "")]),
    ("unsubscribe", &[opt("calendar", Holds::Text, "The code or calendar number (empty: list them)", false, "")]),
    (
        "settings",
        &[opt("change", Holds::Text, "e.g. create admins, reminders 2h 15m, feed (empty: show them)", false, "")],
    ),
    ("help", &[opt("command", Holds::Text, "A command, e.g. new", false, "")]),
    ("start", &[]),
];

/// Commands only admins change things with: Discord hides them from members without Manage Events.
const ADMIN_COMMANDS: &[&str] = &["settings", "digest"];
/// Discord's limit on a command's description.
const MAX_DESCRIPTION: usize = 100;

/// The slash commands to register.
pub fn slash_commands() -> Vec<CreateCommand> {
    SLASH_COMMANDS.iter().map(|(name, options)| slash_command(name, options)).collect()
}

fn slash_command(name: &str, options: &[OptionSpec]) -> CreateCommand {
    let summary = CommandSpec::find(name).map_or_else(String::new, CommandSpec::summary);
    let mut command = CreateCommand::new(name).description(clip(&summary)).dm_permission(true);
    if ADMIN_COMMANDS.contains(&name) {
        command = command.default_member_permissions(Permissions::MANAGE_EVENTS);
    }
    for spec in options {
        let kind = if spec.holds == Holds::Number { CommandOptionType::Integer } else { CommandOptionType::String };
        let mut option = CreateCommandOption::new(kind, spec.name, spec.description).required(spec.required);
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
