//! Creating time polls (the other poll queries are in `portable`).

use crate::domain::*;
use crate::store::StoreResult;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;

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
