//! Linking email addresses with a code: the same SQL on both backends.

/// Defines `mod email_queries` for one backend: `connection` is its connection type; `lock` ends
/// the select that must hold the pending code until commit (empty where writers are serialized).
macro_rules! email_queries {
    (connection: $conn:ty, lock: $lock:literal) => {
        /// Email-linking queries in SQL both backends share.
        pub(super) mod email_queries {
            use crate::domain::{Email, UserId};
            use crate::store::{StoreResult, VerifyOutcome, CODE_TRIES};
            use chrono::{DateTime, Utc};

            pub async fn start(
                conn: &mut $conn,
                user: UserId,
                email: &Email,
                code: &str,
                expires_at: DateTime<Utc>,
            ) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO email_codes (user_id, email, code, expires_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, code = EXCLUDED.code, \
                     expires_at = EXCLUDED.expires_at, attempts = 0",
                )
                .bind(user.0)
                .bind(email.as_str())
                .bind(code)
                .bind(expires_at)
                .execute(&mut *conn)
                .await?;
                Ok(())
            }

            pub async fn finish(
                conn: &mut $conn,
                user: UserId,
                code: &str,
                now: DateTime<Utc>,
            ) -> StoreResult<VerifyOutcome> {
                let pending: Option<(String, String, DateTime<Utc>, i32)> = sqlx::query_as(&format!(
                    "SELECT email, code, expires_at, attempts FROM email_codes WHERE user_id = $1{}",
                    $lock
                ))
                .bind(user.0)
                .fetch_optional(&mut *conn)
                .await?;
                let Some((email, expected, expires_at, attempts)) = pending else {
                    return Ok(VerifyOutcome::NothingPending);
                };
                if attempts >= CODE_TRIES {
                    return Ok(VerifyOutcome::TooManyTries);
                }
                if expires_at <= now {
                    return Ok(VerifyOutcome::Expired);
                }
                if expected != code {
                    sqlx::query("UPDATE email_codes SET attempts = attempts + 1 WHERE user_id = $1")
                        .bind(user.0)
                        .execute(&mut *conn)
                        .await?;
                    let left = CODE_TRIES - attempts - 1;
                    return Ok(if left > 0 { VerifyOutcome::Wrong { left } } else { VerifyOutcome::TooManyTries });
                }
                sqlx::query("UPDATE users SET email = $2, email_verified_at = $3 WHERE id = $1")
                    .bind(user.0)
                    .bind(&email)
                    .bind(now)
                    .execute(&mut *conn)
                    .await?;
                sqlx::query("DELETE FROM email_codes WHERE user_id = $1").bind(user.0).execute(&mut *conn).await?;
                Ok(Email::parse(&email).map(VerifyOutcome::Linked).unwrap_or(VerifyOutcome::NothingPending))
            }

            pub async fn clear(conn: &mut $conn, user: UserId) -> StoreResult<()> {
                sqlx::query("UPDATE users SET email = NULL, email_verified_at = NULL WHERE id = $1")
                    .bind(user.0)
                    .execute(&mut *conn)
                    .await?;
                sqlx::query("DELETE FROM email_codes WHERE user_id = $1").bind(user.0).execute(&mut *conn).await?;
                Ok(())
            }
        }
    };
}

pub(crate) use email_queries;
