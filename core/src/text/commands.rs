//! The command catalogue: every command's name and aliases. The parser finds commands here by name
//! ([`CommandSpec::find`]), so the language and its help never disagree; what `/help` and the
//! menus say of each (usage, summary, details, examples) is in the message catalogue, as the
//! attributes of `cmd-<name>`.

use super::catalog;
use crate::domain::Language;
use crate::time::fold_accents;

/// One command of the command language, as listed by `/help`.
#[derive(Debug, PartialEq, Eq)]
pub struct CommandSpec {
    /// The name, without `/`: the same in every language.
    pub name: &'static str,
    /// Other names people may type, English and Spanish (ASCII, lower case).
    pub aliases: &'static [&'static str],
}

impl CommandSpec {
    /// The spec called `name` (or one of its aliases), case- and accent-insensitively.
    pub fn find(name: &str) -> Option<&'static CommandSpec> {
        let name = fold_accents(&name.trim_start_matches('/').to_lowercase());
        COMMANDS.iter().find(|c| c.name == name || c.aliases.contains(&name.as_str()))
    }

    /// The known command closest to a typo, if one is close enough: fewer edits than the name
    /// (or alias) it is close to has letters, so short aliases ("si", "no") only match one edit off.
    pub fn closest(name: &str) -> Option<&'static str> {
        let name = fold_accents(&name.to_lowercase());
        COMMANDS
            .iter()
            .flat_map(|c| std::iter::once(c.name).chain(c.aliases.iter().copied()).map(move |n| (c.name, n)))
            .map(|(canonical, n)| (canonical, n, strsim::damerau_levenshtein(&name, n)))
            .filter(|(_, n, d)| *d <= 2 && *d < n.len())
            .min_by_key(|(_, _, d)| *d)
            .map(|(canonical, _, _)| canonical)
    }

    /// The shape of its arguments, e.g. `<id>`, in the language being spoken (may be empty).
    pub fn usage(&self) -> String {
        self.said(catalog::language(), "usage")
    }

    /// One line: what it does, in the language being spoken.
    pub fn summary(&self) -> String {
        self.said(catalog::language(), "summary")
    }

    /// One line: what it does, in `language` (for menus published per language).
    pub fn summary_in(&self, language: Language) -> String {
        self.said(language, "summary")
    }

    /// More explanation for `/help <name>`, in the language being spoken.
    pub fn details(&self) -> String {
        self.said(catalog::language(), "details")
    }

    /// Examples that work as typed, in the language being spoken.
    pub fn examples(&self) -> Vec<String> {
        let examples = self.said(catalog::language(), "examples");
        examples.lines().map(str::trim).filter(|e| !e.is_empty()).map(str::to_owned).collect()
    }

    /// The first of its examples (what a hint shows), in the language being spoken.
    pub fn example(&self) -> String {
        self.examples().into_iter().next().unwrap_or_else(|| format!("/{}", self.name))
    }

    fn said(&self, language: Language, attribute: &str) -> String {
        catalog::say_in(language, &format!("cmd-{}.{attribute}", self.name), &[])
    }
}

/// Every command, in the order `/help` lists them.
pub static COMMANDS: &[CommandSpec] = &[
    CommandSpec { name: "new", aliases: &["create", "add", "nuevo", "nueva", "crear"] },
    CommandSpec { name: "draft", aliases: &["borrador"] },
    CommandSpec { name: "events", aliases: &["agenda", "list", "upcoming", "eventos", "proximos"] },
    CommandSpec { name: "event", aliases: &["show", "info", "evento", "ver"] },
    CommandSpec { name: "search", aliases: &["find", "buscar"] },
    CommandSpec { name: "join", aliases: &["going", "yes", "rsvp", "voy", "unirme", "si", "apuntarme"] },
    CommandSpec { name: "maybe", aliases: &["quizas", "quiza", "tal_vez"] },
    CommandSpec { name: "decline", aliases: &["no", "cant", "nopuedo", "no_puedo", "novoy"] },
    CommandSpec { name: "leave", aliases: &["unjoin", "salir", "borrarme"] },
    CommandSpec { name: "edit", aliases: &["editar"] },
    CommandSpec { name: "move", aliases: &["reschedule", "mover"] },
    CommandSpec { name: "cancel", aliases: &["delete", "remove", "cancelar"] },
    CommandSpec { name: "poll", aliases: &["when", "encuesta"] },
    CommandSpec { name: "vote", aliases: &["votar"] },
    CommandSpec { name: "close", aliases: &["cerrar"] },
    CommandSpec { name: "remind", aliases: &["recordar", "recordarme"] },
    CommandSpec { name: "reminders", aliases: &["recordatorios"] },
    CommandSpec { name: "snooze", aliases: &["posponer"] },
    CommandSpec { name: "digest", aliases: &["resumen"] },
    CommandSpec { name: "email", aliases: &["correo"] },
    CommandSpec { name: "verify", aliases: &["verificar"] },
    CommandSpec { name: "timezone", aliases: &["tz", "zona", "zonahoraria"] },
    CommandSpec { name: "mytimezone", aliases: &["mytz", "mizona"] },
    CommandSpec { name: "language", aliases: &["idioma", "lang"] },
    CommandSpec { name: "mylanguage", aliases: &["miidioma", "mylang"] },
    CommandSpec { name: "share", aliases: &["compartir"] },
    CommandSpec { name: "subscribe", aliases: &["follow", "seguir", "suscribir", "suscribirme"] },
    CommandSpec { name: "unsubscribe", aliases: &["unfollow", "dejar_de_seguir", "desuscribir", "desuscribirme"] },
    CommandSpec { name: "settings", aliases: &["config", "ajustes", "configuracion"] },
    CommandSpec { name: "help", aliases: &["ayuda"] },
    CommandSpec { name: "start", aliases: &["inicio", "empezar"] },
];
