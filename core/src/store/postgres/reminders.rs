//! Reminder planning storage: leads, pending reminders, and what a delivery needs to know.

use super::rows::{ChatRow, EventRow, UserRow, EVENT_COLUMNS};
use crate::domain::*;
use crate::reminders::{Lead, NewReminder};
use crate::store::{PendingReminder, StoreResult};
use chrono::{DateTime, Utc};
use sqlx::PgConnection;

fn leads(minutes: Vec<i32>) -> Vec<Lead> {
    minutes.into_iter().filter_map(|m| Lead::from_minutes(m.into())).collect()
}

pub async fn calendar_leads(conn: &mut PgConnection, calendar: CalendarId) -> StoreResult<Vec<Lead>> {
    let minutes: Option<Vec<i32>> = sqlx::query_scalar("SELECT reminder_leads FROM calendars WHERE id = $1")
        .bind(calendar.0)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(leads(minutes.unwrap_or_default()))
}

pub async fn set_calendar_leads(conn: &mut PgConnection, calendar: CalendarId, leads: &[Lead]) -> StoreResult<()> {
    let minutes: Vec<i32> = leads.iter().map(|l| l.minutes() as i32).collect();
    sqlx::query("UPDATE calendars SET reminder_leads = $2 WHERE id = $1")
        .bind(calendar.0)
        .bind(&minutes)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn personal_leads(conn: &mut PgConnection, event: EventId) -> StoreResult<Vec<(UserId, Lead)>> {
    let rows: Vec<(i64, i32)> = sqlx::query_as(
        "SELECT user_id, lead_minutes FROM personal_leads WHERE event_id = $1 ORDER BY user_id, lead_minutes",
    )
    .bind(event.0)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().filter_map(|(u, m)| Lead::from_minutes(m.into()).map(|l| (UserId(u), l))).collect())
}

pub async fn set_personal_leads(
    conn: &mut PgConnection,
    event: EventId,
    user: UserId,
    leads: &[Lead],
) -> StoreResult<()> {
    sqlx::query("DELETE FROM personal_leads WHERE event_id = $1 AND user_id = $2")
        .bind(event.0)
        .bind(user.0)
        .execute(&mut *conn)
        .await?;
    let minutes: Vec<i32> = leads.iter().map(|l| l.minutes() as i32).collect();
    sqlx::query("INSERT INTO personal_leads (event_id, user_id, lead_minutes) SELECT $1, $2, unnest($3::int[]) ON CONFLICT DO NOTHING")
        .bind(event.0)
        .bind(user.0)
        .bind(&minutes)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn replace_pending(
    conn: &mut PgConnection,
    event: EventId,
    planned: &[NewReminder],
    now: DateTime<Utc>,
) -> StoreResult<()> {
    sqlx::query("DELETE FROM reminders WHERE event_id = $1 AND state = 'pending'")
        .bind(event.0)
        .execute(&mut *conn)
        .await?;
    for reminder in planned {
        add(conn, reminder, now).await?;
    }
    Ok(())
}

pub async fn add(conn: &mut PgConnection, reminder: &NewReminder, now: DateTime<Utc>) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO reminders (event_id, occurrence, lead_minutes, user_id, due_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
    )
    .bind(reminder.event.0)
    .bind(reminder.occurrence)
    .bind(reminder.lead.minutes() as i32)
    .bind(reminder.user.map(|u| u.0))
    .bind(reminder.due_at)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct PendingRow {
    occurrence: DateTime<Utc>,
    lead_minutes: i32,
    #[sqlx(flatten)]
    event: EventRow,
}

pub async fn pending_of(conn: &mut PgConnection, user: UserId) -> StoreResult<Vec<PendingReminder>> {
    let columns = EVENT_COLUMNS.split(", ").map(|c| format!("e.{c}")).collect::<Vec<_>>().join(", ");
    let rows: Vec<PendingRow> = sqlx::query_as(&format!(
        "SELECT r.occurrence, r.lead_minutes, {columns} FROM reminders r JOIN events e ON e.id = r.event_id \
         WHERE r.user_id = $1 AND r.state = 'pending' ORDER BY r.due_at LIMIT 50"
    ))
    .bind(user.0)
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter()
        .filter_map(|row| {
            let lead = Lead::from_minutes(row.lead_minutes.into())?;
            Some(row.event.into_event().map(|event| PendingReminder { event, occurrence: row.occurrence, lead }))
        })
        .collect()
}

pub async fn event_by_id(conn: &mut PgConnection, event: EventId) -> StoreResult<Option<Event>> {
    let row: Option<EventRow> = sqlx::query_as(&format!("SELECT {EVENT_COLUMNS} FROM events WHERE id = $1"))
        .bind(event.0)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(EventRow::into_event).transpose()
}

pub async fn user_by_id(conn: &mut PgConnection, user: UserId) -> StoreResult<Option<User>> {
    let row: Option<UserRow> = sqlx::query_as(
        "SELECT id, platform, external_id, display_name, timezone, blocked_at IS NOT NULL AS blocked, \
         CASE WHEN email_verified_at IS NOT NULL THEN email END AS email FROM users WHERE id = $1",
    )
    .bind(user.0)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(UserRow::into_user).transpose()
}

pub async fn chats_of_calendar(conn: &mut PgConnection, calendar: CalendarId) -> StoreResult<Vec<Chat>> {
    let rows: Vec<ChatRow> = sqlx::query_as(
        "SELECT c.id, c.platform, c.external_id, c.title, c.home_calendar_id, c.timezone, c.create_policy, c.digest \
         FROM chats c LEFT JOIN subscriptions s ON s.chat_id = c.id AND s.calendar_id = $1 \
         WHERE c.active AND (c.home_calendar_id = $1 OR s.calendar_id IS NOT NULL) \
         ORDER BY c.home_calendar_id <> $1, s.created_at, c.id",
    )
    .bind(calendar.0)
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter().map(ChatRow::into_chat).collect()
}
