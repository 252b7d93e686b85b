//! The command language: what people type (`/new Board games friday 19:30 max 6`), parsed into one
//! [`Command`] whatever the platform. Times inside are read with the speaker's [`TimeContext`], so
//! a parsed command holds validated values only.

mod draft;
mod edit;
mod form;
mod locate;
mod marks;
mod parse;
mod phrases;

pub use crate::domain::Answer;
pub use crate::refusal::{ParseError, Problem};
pub use crate::text::commands::{CommandSpec, COMMANDS};
pub use draft::{EventDraft, PollDraft, SearchQuery};
pub use form::FORM_FIELDS;
pub use parse::parse;
pub use phrases::{read_title, DEFAULT_LENGTH};

use crate::domain::{
    Capacity, CreatePolicy, Description, EventRef, EventTitle, Lead, Location, PollRef, ShareCode, Topic,
};
use crate::time::When;
use chrono::Duration;
use chrono_tz::Tz;

/// One change made by `/edit`.
#[derive(Debug, Clone, PartialEq)]
pub enum EventChange {
    /// New title.
    Title(EventTitle),
    /// New place, or none.
    Place(Option<Location>),
    /// New description, or none.
    Description(Option<Description>),
    /// New topics (may be empty).
    Topics(Vec<Topic>),
    /// New capacity, or unlimited.
    Capacity(Option<Capacity>),
    /// New length.
    Length(Duration),
}

/// A zone setting: show it, set it, or clear it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ZoneChoice {
    /// Just show the current zone.
    Show,
    /// Use this zone.
    Set(Tz),
    /// Forget it (fall back to the chat's, then the default).
    Clear,
}

/// A person's language setting: show it, set it, or clear it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LanguageChoice {
    /// Just show it.
    Show,
    /// Use this language.
    Set(crate::domain::Language),
    /// Forget it (their private messages follow the chats' language again).
    Clear,
}

/// A chat setting change made by `/settings`.
#[derive(Debug, Clone, PartialEq)]
pub enum SettingChange {
    /// Show all settings.
    Show,
    /// Who may create events.
    CreatePolicy(CreatePolicy),
    /// The chat's zone.
    Zone(ZoneChoice),
    /// Show the calendar's iCalendar feed URL (making one if needed).
    Feed,
    /// Replace the feed URL; the old one stops working.
    FeedReset,
    /// The calendar's default reminder leads (empty: no chat reminders).
    Reminders(Vec<Lead>),
    /// Whether the chat's events are also listed in its platform's own event list (Discord's
    /// Events tab).
    MirrorEvents(bool),
}

/// A button of the step-by-step `/new`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftAction {
    /// Create the event as planned.
    Create,
    /// No place.
    Skip,
    /// Forget it.
    Cancel,
}

/// Every command of the command language.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// `/help [command]`
    Help(Option<&'static CommandSpec>),
    /// `/start`
    Start,
    /// `/new <title> <when> [for <length>] [@place] [#topic] [max N] [-- description]`
    New(Box<EventDraft>),
    /// `/new` alone: plan an event step by step.
    NewStepByStep,
    /// `/draft create|skip|cancel`: the buttons of the step-by-step `/new`.
    Draft(DraftAction),
    /// Plain text while a step-by-step `/new` is open: the answer to its question (made by the
    /// engine, never by the parser).
    DraftAnswer(String),
    /// `/events [page]`
    Events {
        /// 1-based page.
        page: u32,
    },
    /// `/event <id>`
    Show(EventRef),
    /// `/search [words] [#topic] [@place] [time range]`
    Search(SearchQuery),
    /// `/join`, `/maybe`, `/decline`
    Rsvp(EventRef, Answer),
    /// `/join`, `/maybe` or `/decline` without an event: which one?
    PickEvent(Answer),
    /// `/leave <id>`: take back an answer.
    Leave(EventRef),
    /// `/edit <id> <field> <value>`
    Edit(EventRef, EventChange),
    /// `/move <id> <when> [for <length>]`
    Move(EventRef, Box<When>, Option<Duration>),
    /// `/cancel <id>`
    /// With a day: only that occurrence of a repeating event ([from, to) of that local day).
    Cancel(EventRef, Option<(chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>)>),
    /// `/poll <title> | <when> | <when> ...`
    Poll(PollDraft),
    /// `/vote <poll> <option> [option ...]`
    Vote(PollRef, Vec<i32>),
    /// `/close <poll>`
    Close(PollRef),
    /// `/timezone [zone]`: the chat's zone.
    ChatZone(ZoneChoice),
    /// `/mytimezone [zone|off]`: the speaker's own zone.
    MyZone(ZoneChoice),
    /// `/language [es|en]`: the chat's language.
    ChatLanguage(Option<crate::domain::Language>),
    /// `/mylanguage [es|en|off]`: the language of the speaker's private messages and emails.
    MyLanguage(LanguageChoice),
    /// `/share`
    Share,
    /// `/subscribe <code>`
    Subscribe(ShareCode),
    /// `/unsubscribe [code or calendar number]`
    Unsubscribe(Option<String>),
    /// `/settings [name value]`
    Settings(SettingChange),
    /// `/remind <id> <lead> [lead ...]` or `/remind <id> off`: the speaker's own reminders.
    Remind(EventRef, Vec<Lead>),
    /// `/reminders`: the speaker's pending reminders.
    Reminders,
    /// `/snooze <id> [lead]`: remind me again in a while (default 10 minutes).
    Snooze(EventRef, Lead),
    /// `/email <address>` (send a code), `/email off` (None), `/email` (show).
    Email(EmailChoice),
    /// `/verify <code>`
    Verify(String),
    /// `/digest daily 08:00`, `/digest weekly mon 08:00`, `/digest off`, `/digest` (show).
    Digest(DigestChoice),
}

impl Command {
    /// Whether its answer concerns only the person who asked (their own reminders, zone, email,
    /// or help), so it need not be shown to the whole chat where a platform can avoid it.
    pub fn is_personal(&self) -> bool {
        matches!(
            self,
            Self::Help(_)
                | Self::MyZone(_)
                | Self::MyLanguage(_)
                | Self::Remind(..)
                | Self::Reminders
                | Self::Snooze(..)
                | Self::Email(_)
                | Self::Verify(_)
                | Self::PickEvent(_)
        )
    }
}

/// What `/email` asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum EmailChoice {
    /// Show the linked address.
    Show,
    /// Link this address (after proving it with a code).
    Link(crate::domain::Email),
    /// Unlink.
    Off,
}

/// What `/digest` asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum DigestChoice {
    /// Show the chat's digest schedule.
    Show,
    /// Stop posting digests in the chat.
    Off,
    /// Post the week ahead on this schedule.
    Set(crate::domain::DigestSchedule),
}
