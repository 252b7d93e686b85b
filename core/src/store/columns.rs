//! The column lists rows are read with, in the order of their row types in `rows`.

/// The columns of `chats` in [`ChatRow`] order.
pub const CHAT_COLUMNS: &str =
    "id, platform, external_id, title, home_calendar_id, timezone, create_policy, digest, language";

/// The columns of `users` in [`UserRow`] order (the address only once verified).
pub const USER_COLUMNS: &str = "id, platform, external_id, display_name, timezone, blocked_at IS NOT NULL AS blocked, \
     CASE WHEN email_verified_at IS NOT NULL THEN email END AS email, language";

/// The columns of `events` in [`EventRow`] order.
pub const EVENT_COLUMNS: &str = "id, calendar_id, no, title, description, location, topics, starts_at, \
     ends_at, timezone, rrule, capacity, creator_id, status, version, skipped";
