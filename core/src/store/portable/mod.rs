//! Queries both backends run with the same SQL (`$1` parameters, no backend-only syntax), written
//! once as macros that each backend instantiates for its own connection type: the two backends
//! cannot drift where they do not have to differ.

mod calendars;
mod dump;
mod email;
mod events;
mod messages;
mod reminders;
mod stats;
mod writes;

pub(crate) use calendars::calendar_queries;
pub(crate) use dump::dump_queries;
pub(crate) use email::email_queries;
pub(crate) use events::event_queries;
pub(crate) use messages::message_queries;
pub(crate) use reminders::reminder_queries;
pub(crate) use stats::stats_queries;
pub(crate) use writes::event_writes;
