//! The engine applies one command in one transaction and answers with an [`Outcome`].
//! Refused commands roll back, so bad input changes nothing.

mod admission;
mod bookkeeping;
mod calendars;
mod current_card;
mod drafting;
mod email;
mod events;
mod failure;
mod incoming;
mod language;
mod membership;
mod native;
mod polls;
mod reminding;
mod rsvp;
mod settings;
mod suggest;
mod turn;

pub use admission::{Admission, Admitted};
pub use bookkeeping::{Nudges, PostedCards};
pub use failure::Failure;
pub use incoming::Incoming;
pub use native::{NativeEvent, NativeEvents};
pub use suggest::{Suggestion, WhenReading};

use crate::clock::Clock;
use crate::command::{parse, Command};
use crate::domain::{Language, Platform};
use crate::limits::RateLimiter;
use crate::refusal::{ParseError, Refusal};
use crate::reply::Outcome;
use crate::store::{CommandRecord, Store};
use crate::text;
use crate::time::TimeContext;
use chrono_tz::Tz;
use std::sync::Arc;
use std::time::Instant;
use tracing::Instrument;
use turn::Turn;

/// Settings the engine needs from configuration.
#[derive(Debug, Clone)]
pub struct EngineSettings {
    /// The zone for chats and people that set none.
    pub default_zone: Tz,
    /// The language of a new chat whose platform names none Convene speaks (English if none).
    pub default_language: Option<Language>,
    /// Commands one person may give per minute (0: unlimited).
    pub commands_per_minute: u32,
    /// Where the admin HTTP server is reached from outside, for calendar feed URLs.
    pub public_url: String,
}

impl Default for EngineSettings {
    fn default() -> Self {
        Self {
            default_zone: chrono_tz::UTC,
            default_language: None,
            commands_per_minute: 20,
            public_url: "http://127.0.0.1:8080".into(),
        }
    }
}

/// The scheduling engine shared by every adapter.
#[derive(Debug, Clone)]
pub struct Engine {
    /// Where everything is kept.
    store: Arc<dyn Store>,
    /// Where "now" comes from.
    clock: Arc<dyn Clock>,
    /// Configured defaults.
    settings: EngineSettings,
    /// Per-person command rate limit.
    limiter: Arc<RateLimiter<(Platform, String)>>,
    /// How many instances take requests now (1 unless told otherwise).
    instances: Arc<std::sync::atomic::AtomicUsize>,
    /// Log rows of commands that did not commit their own, until the database takes them.
    backlog: Arc<admission::CommandBacklog>,
    /// Raised when a command changed reminders, to wake the scheduler early.
    reminder_signal: Arc<tokio::sync::Notify>,
}

impl Engine {
    /// An engine over `store`, reading time from `clock`.
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>, settings: EngineSettings) -> Self {
        let limiter = Arc::new(RateLimiter::new(settings.commands_per_minute));
        Self {
            store,
            clock,
            settings,
            limiter,
            instances: Arc::new(std::sync::atomic::AtomicUsize::new(1)),
            backlog: Arc::default(),
            reminder_signal: Arc::new(tokio::sync::Notify::new()),
        }
    }

    /// Notified whenever a command adds, moves or drops reminders: the scheduler waits on it.
    pub fn reminder_signal(&self) -> Arc<tokio::sync::Notify> {
        self.reminder_signal.clone()
    }

    /// The clock the engine reads.
    pub fn clock(&self) -> Arc<dyn Clock> {
        self.clock.clone()
    }

    /// The store, for adapters that need readiness checks.
    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// Handles one message: [`Engine::admit`], then [`Engine::handle_admitted`]. A message over
    /// its sender's limit gets the one answer of its window, or an empty outcome.
    pub async fn handle(&self, message: &Incoming) -> Outcome {
        match self.admit(message) {
            Admission::Admitted(admitted) => self.handle_admitted(message, admitted).await,
            Admission::OverLimit(answer) => answer.unwrap_or_default(),
        }
    }

    /// Handles a message [`Engine::admit`] let in. Never fails: refusals and faults become
    /// friendly replies.
    pub async fn handle_admitted(&self, message: &Incoming, admitted: Admitted) -> Outcome {
        let message = &*message.cleaned();
        let command = command_name(&message.text);
        let span = tracing::info_span!(
            "command",
            platform = %message.chat.platform,
            chat = %message.chat.external_id,
            command,
        );
        let started = Instant::now();
        let now = self.clock.now();
        let record =
            |outcome| CommandRecord { at: now, platform: message.chat.platform, command: command.into(), outcome };
        // Until the chat is read, a refusal speaks the language the platform reported.
        let mut spoken = message.language.unwrap_or_default();
        let result =
            self.run(message, now, record("ok"), admitted.update(), &mut spoken).instrument(span.clone()).await;
        let seconds = started.elapsed().as_secs_f64();
        // A command that went through was logged in its own transaction; others are logged here.
        let logged = result.is_ok();
        let (outcome, label) = span.in_scope(|| text::speaking_now(spoken, || self.settle(result, seconds)));
        metrics::counter!("convene_commands_total", "command" => command, "outcome" => label).increment(1);
        metrics::histogram!("convene_command_duration_seconds", "command" => command).record(seconds);
        if !logged {
            self.backlog.keep(record(label));
        }
        self.backlog.write(self.store.as_ref()).await;
        outcome
    }

    /// Turns a result into what the chat sees, logging it once; also names the outcome.
    fn settle(&self, result: Result<Outcome, Failure>, seconds: f64) -> (Outcome, &'static str) {
        let elapsed_ms = seconds * 1000.0;
        let label = match &result {
            Ok(_) => "ok",
            Err(Failure::Refused(Refusal::Blocked)) => "blocked",
            Err(Failure::Refused(_)) => "refused",
            Err(Failure::Store(_)) => "error",
        };
        let outcome = match result {
            Ok(outcome) => outcome,
            Err(Failure::Refused(refusal)) => text::refusal(&refusal).for_the_asker().into(),
            Err(Failure::Store(error)) if error.is_unreachable() => {
                tracing::error!(outcome = label, elapsed_ms, %error, "command failed: no database");
                return (text::database_unreachable().for_the_asker().into(), label);
            }
            Err(Failure::Store(error)) => {
                tracing::error!(outcome = label, elapsed_ms, %error, "command failed");
                return (text::internal_error().for_the_asker().into(), label);
            }
        };
        tracing::info!(outcome = label, elapsed_ms, "command handled");
        (outcome, label)
    }

    async fn run(
        &self,
        message: &Incoming,
        now: chrono::DateTime<chrono::Utc>,
        log: CommandRecord,
        update: Option<&str>,
        spoken: &mut Language,
    ) -> Result<Outcome, Failure> {
        let mut tx = self.store.begin(now).await?;
        if let Some(update) = update {
            if !tx.first_handling(update).await? {
                tracing::info!("update handled before: nothing to do");
                return Ok(Outcome::default());
            }
        }
        let (mut chat, user) = tx.speaker(&message.chat, &message.user).await?;
        let first_language = message.language.or(self.settings.default_language);
        if chat.language.is_none() && first_language.is_some() {
            tx.set_chat_language(chat.id, first_language).await?;
            chat.language = first_language;
        }
        *spoken = spoken_to(&chat, &user);
        if user.blocked {
            return Err(Refusal::Blocked.into());
        }
        let zone = user.zone.or(chat.zone).unwrap_or(self.settings.default_zone);
        let command = match parse(&message.text, &TimeContext { now, zone }) {
            // Plain text answers the question of an open step-by-step /new.
            Err(ParseError::NotACommand) if tx.draft(chat.id, user.id).await?.is_some() => {
                Command::DraftAnswer(message.text.clone())
            }
            parsed => parsed?,
        };
        let personal = command.is_personal();
        let mut turn = Turn::new(tx.as_mut(), chat, user, message.is_admin, now, &self.settings);
        let mut outcome = text::speaking(*spoken, turn.apply(command)).await?;
        outcome.reply.personal |= personal;
        let wake = turn.reminders_changed;
        tx.record_command(&log).await?;
        tx.commit().await?;
        if wake {
            self.reminder_signal.notify_one();
        }
        Ok(outcome)
    }
}

/// The language a command is answered in: a person's own in their private chat with the bot,
/// else the chat's.
pub(super) fn spoken_to(chat: &crate::domain::Chat, user: &crate::domain::User) -> Language {
    let private =
        chat.identity.platform == user.identity.platform && chat.identity.external_id == user.identity.external_id;
    let own = if private { user.language } else { None };
    own.or(chat.language).unwrap_or_default()
}

/// The command word, for logs (never the rest of the message: it may hold personal data).
fn command_name(text: &str) -> &'static str {
    let word = text.split_whitespace().next().unwrap_or("");
    let word = word.split('@').next().unwrap_or(word);
    match crate::command::CommandSpec::find(word) {
        Some(spec) if word.starts_with('/') => spec.name,
        _ if word.starts_with('/') => "unknown",
        _ => "text",
    }
}

impl Turn<'_> {
    /// Applies a parsed command.
    pub async fn apply(&mut self, command: Command) -> Result<Outcome, Failure> {
        match command {
            Command::Help(None) => Ok(text::help_overview().into()),
            Command::Help(Some(spec)) => Ok(text::help_for(spec).into()),
            Command::Start => Ok(text::welcome().into()),
            Command::New(draft) => self.create_event(*draft).await,
            Command::NewStepByStep => self.start_draft().await,
            Command::Draft(action) => self.draft_action(action).await,
            Command::DraftAnswer(answer) => self.draft_answer(answer).await,
            Command::Events { page } => self.agenda(page).await,
            Command::Show(event) => self.show_event(event).await,
            Command::Search(query) => self.search(query).await,
            Command::Rsvp(event, answer) => self.answer(event, answer).await,
            Command::PickEvent(answer) => self.pick_event(answer).await,
            Command::Leave(event) => self.leave(event).await,
            Command::Edit(event, change) => self.edit(event, change).await,
            Command::Move(event, when, length) => self.move_event(event, *when, length).await,
            Command::Cancel(event, None) => self.cancel(event).await,
            Command::Cancel(event, Some(day)) => self.cancel_occurrence(event, day).await,
            Command::Poll(draft) => self.start_poll(draft).await,
            Command::Vote(poll, options) => self.vote(poll, options).await,
            Command::Close(poll) => self.close_poll(poll).await,
            Command::ChatZone(choice) => self.chat_zone_command(choice).await,
            Command::MyZone(choice) => self.my_zone(choice).await,
            Command::ChatLanguage(choice) => self.chat_language(choice).await,
            Command::MyLanguage(choice) => self.my_language(choice).await,
            Command::Share => self.share().await,
            Command::Subscribe(code) => self.subscribe(code).await,
            Command::Unsubscribe(which) => self.unsubscribe(which).await,
            Command::Settings(change) => self.settings(change).await,
            Command::Remind(event, leads) => self.remind(event, leads).await,
            Command::Reminders => self.list_reminders().await,
            Command::Snooze(event, lead) => self.snooze(event, lead).await,
            Command::Email(choice) => self.email(choice).await,
            Command::Verify(code) => self.verify(code).await,
            Command::Digest(choice) => self.digest(choice).await,
        }
    }
}
