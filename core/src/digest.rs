//! Digests: the coming week's agenda posted into a chat every day or every week, at a local time.

use crate::agenda;
use crate::domain::Chat;
use crate::reply::Reply;
use crate::store::{EventFilter, StoreResult, Transaction};
use crate::text;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

/// How far ahead a digest looks.
pub const HORIZON: Duration = Duration::days(7);

/// The digest message for `chat` at `now`: the coming week's events in the chat's zone and
/// language.
pub async fn message(tx: &mut dyn Transaction, chat: &Chat, now: DateTime<Utc>, zone: Tz) -> StoreResult<Reply> {
    let filter = EventFilter { range: Some((now, now + HORIZON)), ..EventFilter::default() };
    text::speaking(chat.language.unwrap_or_default(), async {
        let events = agenda::upcoming(tx, chat, now, &filter).await?;
        let lines = agenda::lines(tx, chat, &events, now, zone).await?;
        Ok(text::digest(lines, zone))
    })
    .await
}
