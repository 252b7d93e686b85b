//! Reminder leads as Postgres stores them (integer arrays); the other reminder queries are in
//! `portable`.

use crate::domain::*;
use crate::store::StoreResult;
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
