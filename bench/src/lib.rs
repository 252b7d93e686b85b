//! Shared pieces of the benchmark programs: fresh databases, bulk data, the machine.

pub mod setup;
