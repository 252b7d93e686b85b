//! Convene's core: the domain (calendars, events, RSVPs, polls), the command language people type,
//! the time language inside it, the engine that applies commands, and storage.
//!
//! Nothing here knows about Telegram, Discord, SMTP or HTTP: adapters turn their input into an
//! [`engine::Incoming`] message, call [`engine::Engine::handle`], and render the [`reply::Outcome`].

pub mod agenda;
pub mod card_view;
pub mod clock;
pub mod command;
pub mod delivery;
pub mod digest;
pub mod domain;
pub mod engine;
pub mod ical;
pub mod leadership;
pub mod limits;
pub mod refusal;
pub mod reminders;
pub mod reply;
pub mod stats;
pub mod store;
pub mod text;
pub mod time;

pub use clock::{Clock, ManualClock, SystemClock};
pub use engine::{Admission, Admitted, Engine, EngineSettings, Incoming, WhenReading};
pub use reply::{Attachment, Audience, Button, CardOf, Notice, Outcome, Reply};
