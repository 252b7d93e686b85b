//! What each command is called and how it is used. The wording lives in [`crate::text::commands`].

pub use crate::text::commands::COMMANDS;

/// One command of the command language, as listed by `/help`.
#[derive(Debug, PartialEq, Eq)]
pub struct CommandSpec {
    /// The name, without `/`.
    pub name: &'static str,
    /// Other names people may type.
    pub aliases: &'static [&'static str],
    /// The shape of its arguments, e.g. `<id>`.
    pub usage: &'static str,
    /// One line: what it does.
    pub summary: &'static str,
    /// Examples that work as typed.
    pub examples: &'static [&'static str],
    /// More explanation for `/help <name>`.
    pub details: &'static str,
}

impl CommandSpec {
    /// The spec called `name` (or one of its aliases), case-insensitively.
    pub fn find(name: &str) -> Option<&'static CommandSpec> {
        let name = name.trim_start_matches('/').to_lowercase();
        COMMANDS.iter().find(|c| c.name == name || c.aliases.contains(&name.as_str()))
    }

    /// The known command closest to a typo, if one is close enough.
    pub fn closest(name: &str) -> Option<&'static str> {
        let name = name.to_lowercase();
        COMMANDS
            .iter()
            .flat_map(|c| std::iter::once(c.name).chain(c.aliases.iter().copied()).map(move |n| (c.name, n)))
            .map(|(canonical, n)| (canonical, strsim::damerau_levenshtein(&name, n)))
            .filter(|(canonical, d)| *d <= 2 && *d < canonical.len())
            .min_by_key(|(_, d)| *d)
            .map(|(canonical, _)| canonical)
    }
}
