//! Time polls, their options and votes.

use super::rows::{zone, UserRow};
use crate::domain::*;
use crate::store::StoreResult;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;

#[derive(sqlx::FromRow)]
struct PollRow {
    id: i64,
    calendar_id: i64,
    no: i32,
    title: String,
    timezone: String,
    creator_id: i64,
    event_no: Option<i32>,
}

impl PollRow {
    fn into_poll(self) -> StoreResult<Poll> {
        Ok(Poll {
            id: PollId(self.id),
            calendar: CalendarId(self.calendar_id),
            no: PollNo(self.no),
            title: PollTitle::parse(&self.title)
                .ok_or_else(|| crate::store::StoreError::Corrupt { what: "polls.title", value: self.title.clone() })?,
            zone: zone("polls.timezone", &self.timezone)?,
            creator: UserId(self.creator_id),
            closed_into: self.event_no.map(EventNo),
        })
    }
}

const POLL_SELECT: &str = "SELECT p.id, p.calendar_id, p.no, p.title, p.timezone, p.creator_id, e.no AS event_no \
     FROM polls p LEFT JOIN events e ON e.id = p.event_id";

pub async fn insert(conn: &mut PgConnection, new: &NewPoll, now: DateTime<Utc>) -> StoreResult<Poll> {
    let no: i32 = sqlx::query_scalar(
        "UPDATE calendars SET next_poll_no = next_poll_no + 1 WHERE id = $1 RETURNING next_poll_no - 1",
    )
    .bind(new.calendar.0)
    .fetch_one(&mut *conn)
    .await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO polls (calendar_id, no, title, timezone, creator_id, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(new.calendar.0)
    .bind(no)
    .bind(new.title.as_str())
    .bind(new.zone.name())
    .bind(new.creator.0)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    let positions: Vec<i32> = (1..=new.options.len() as i32).collect();
    sqlx::query("INSERT INTO poll_options (poll_id, position, starts_at) SELECT $1, * FROM UNNEST($2::int[], $3::timestamptz[])")
        .bind(id)
        .bind(&positions)
        .bind(&new.options)
        .execute(&mut *conn)
        .await?;
    Ok(Poll {
        id: PollId(id),
        calendar: new.calendar,
        no: PollNo(no),
        title: new.title.clone(),
        zone: new.zone,
        creator: new.creator,
        closed_into: None,
    })
}

pub async fn by_no(conn: &mut PgConnection, calendar: CalendarId, no: PollNo, lock: bool) -> StoreResult<Option<Poll>> {
    let lock = if lock { " FOR UPDATE OF p" } else { "" };
    let row: Option<PollRow> = sqlx::query_as(&format!("{POLL_SELECT} WHERE p.calendar_id = $1 AND p.no = $2{lock}"))
        .bind(calendar.0)
        .bind(no.0)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(PollRow::into_poll).transpose()
}

/// One option joined with one of its voters (none when nobody voted for it).
#[derive(sqlx::FromRow)]
struct OptionVoteRow {
    position: i32,
    starts_at: DateTime<Utc>,
    id: Option<i64>,
    platform: Option<String>,
    external_id: Option<String>,
    display_name: Option<String>,
    timezone: Option<String>,
}

impl OptionVoteRow {
    fn voter(self) -> Option<UserRow> {
        Some(UserRow {
            id: self.id?,
            platform: self.platform?,
            external_id: self.external_id?,
            display_name: self.display_name?,
            timezone: self.timezone,
            blocked: false,
            email: None,
        })
    }
}

pub async fn options(conn: &mut PgConnection, poll: PollId) -> StoreResult<Vec<PollOption>> {
    let rows: Vec<OptionVoteRow> = sqlx::query_as(
        "SELECT o.position, o.starts_at, u.id, u.platform, u.external_id, u.display_name, u.timezone \
         FROM poll_options o LEFT JOIN votes v ON v.option_id = o.id LEFT JOIN users u ON u.id = v.user_id \
         WHERE o.poll_id = $1 ORDER BY o.position, v.created_at, u.id",
    )
    .bind(poll.0)
    .fetch_all(&mut *conn)
    .await?;
    let mut options: Vec<PollOption> = Vec::new();
    for row in rows {
        if options.last().map(|o| o.position) != Some(row.position) {
            options.push(PollOption { position: row.position, starts_at: row.starts_at, voters: Vec::new() });
        }
        if let Some(voter) = row.voter() {
            let voter = voter.into_user()?;
            if let Some(option) = options.last_mut() {
                option.voters.push(voter);
            }
        }
    }
    Ok(options)
}

pub async fn toggle_vote(
    conn: &mut PgConnection,
    poll: PollId,
    position: i32,
    user: UserId,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let removed = sqlx::query(
        "DELETE FROM votes WHERE user_id = $3 AND option_id = \
         (SELECT id FROM poll_options WHERE poll_id = $1 AND position = $2)",
    )
    .bind(poll.0)
    .bind(position)
    .bind(user.0)
    .execute(&mut *conn)
    .await?;
    if removed.rows_affected() > 0 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO votes (option_id, user_id, created_at) SELECT id, $3, $4 FROM poll_options WHERE poll_id = $1 AND position = $2",
    )
    .bind(poll.0)
    .bind(position)
    .bind(user.0)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

pub async fn close(conn: &mut PgConnection, poll: PollId, event: EventId, now: DateTime<Utc>) -> StoreResult<()> {
    sqlx::query("UPDATE polls SET event_id = $2, closed_at = $3 WHERE id = $1")
        .bind(poll.0)
        .bind(event.0)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
