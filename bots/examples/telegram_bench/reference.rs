//! The reference bot: about the least a Telegram bot can do per command, as a yardstick for
//! Convene's own cost. teloxide long polling with its default dispatcher (each chat's updates in
//! order, chats apart); per message one sqlx `UPDATE` of a one-row answer and one `sendMessage`.

use crate::rsvp_load::Groups;
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;
use teloxide::prelude::*;
use tokio::task::JoinHandle;

/// Makes its table (one row per chat and person) and starts polling the fake at `api_url`, with
/// a pool of `pool_size` connections, in the task returned. (Abort it to stop: teloxide's
/// graceful shutdown sometimes waits for ever here, after the last update was answered.)
pub async fn start(url: &str, api_url: &str, pool_size: u32, groups: &Groups) -> anyhow::Result<JoinHandle<()>> {
    let pool = PgPoolOptions::new().max_connections(pool_size).connect(url).await?;
    sqlx::query(
        "CREATE TABLE reference_answers (chat BIGINT, person BIGINT, answer TEXT NOT NULL DEFAULT '', \
         PRIMARY KEY (chat, person))",
    )
    .execute(&pool)
    .await?;
    let (chats, people): (Vec<i64>, Vec<i64>) = groups.pairs().unzip();
    sqlx::query("INSERT INTO reference_answers (chat, person) SELECT * FROM UNNEST($1::bigint[], $2::bigint[])")
        .bind(chats)
        .bind(people)
        .execute(&pool)
        .await?;
    let bot = Bot::new("1:REFERENCE").set_api_url(api_url.parse()?);
    let handler = Update::filter_message().endpoint(answer);
    let mut dispatcher = Dispatcher::builder(bot, handler).dependencies(dptree::deps![pool]).build();
    Ok(tokio::spawn(async move { dispatcher.dispatch().await }))
}

/// Records the answer and says so.
async fn answer(bot: Bot, message: Message, pool: PgPool) -> ResponseResult<()> {
    let person = message.from.as_ref().map(|u| u.id.0 as i64).unwrap_or_default();
    let noted = sqlx::query("UPDATE reference_answers SET answer = $3 WHERE chat = $1 AND person = $2")
        .bind(message.chat.id.0)
        .bind(person)
        .bind(message.text().unwrap_or_default())
        .execute(&pool)
        .await;
    let reply = match noted {
        Ok(_) => "Noted: you are going to Party.",
        Err(_) => "Sorry, that did not work.",
    };
    bot.send_message(message.chat.id, reply).await?;
    Ok(())
}
