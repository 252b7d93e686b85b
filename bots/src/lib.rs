//! Chat adapters: each turns its platform's input into [`convene_core::Incoming`] messages and
//! renders the engine's [`convene_core::Outcome`]. No domain logic, SQL or wording lives here.

pub mod chat;
pub mod console;
pub mod discord;
pub mod email;
pub mod telegram;
