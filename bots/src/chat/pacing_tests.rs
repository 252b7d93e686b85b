//! The pacer's tests, with paused time.

use super::*;

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    async fn send_times(pacer: Arc<Pacer>, chats: Vec<i64>) -> Vec<(i64, Duration)> {
        let start = Instant::now();
        let tasks: Vec<_> = chats
            .into_iter()
            .map(|chat| {
                let pacer = pacer.clone();
                tokio::spawn(async move {
                    pacer.wait_turn(chat, chat < 0).await;
                    (chat, start.elapsed())
                })
            })
            .collect();
        let mut times = Vec::new();
        for task in tasks {
            times.push(task.await.unwrap_or((0, Duration::ZERO)));
        }
        times.sort_by_key(|(_, t)| *t);
        times
    }

    #[tokio::test(start_paused = true)]
    async fn distinct_chats_go_out_at_just_under_thirty_a_second() {
        let times = send_times(Arc::new(Pacer::new(Limits::default())), (1..=90).collect()).await;
        let last = times.last().map(|(_, t)| *t).unwrap_or_default();
        // 90 messages: the 90th goes 89 spacings after the first (the timer rounds to the ms).
        assert!(last >= Duration::from_micros(33_900 * 89) && last < Duration::from_micros(33_900 * 89 + 50_000));
        for window in times.windows(31) {
            assert!(window[30].1 - window[0].1 > Duration::from_secs(1), "never 31 within a second");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn one_busy_chat_waits_its_turn_without_holding_up_others() {
        let times = send_times(Arc::new(Pacer::new(Limits::default())), vec![7, 7, 7, 8, -9, -9]).await;
        let at = |chat: i64| times.iter().filter(|(c, _)| *c == chat).map(|(_, t)| t.as_millis()).collect::<Vec<_>>();
        assert_eq!(at(7).len(), 3);
        assert!(at(7)[1] >= 1000 && at(7)[2] >= 2000, "one a second to a private chat: {:?}", at(7));
        assert!(at(8)[0] < 200, "another chat goes out at once: {:?}", at(8));
        assert!(at(-9)[1] < 200, "a quiet group's replies go out at once: {:?}", at(-9));
    }
}

#[cfg(test)]
mod group_tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_group_gets_twenty_a_minute() {
        let pacer = Pacer::new(Limits::default());
        let start = Instant::now();
        for _ in 0..20 {
            pacer.wait_turn(-5, true).await;
        }
        assert!(start.elapsed() < Duration::from_secs(1), "the first 20 go out at once");
        pacer.wait_turn(-5, true).await;
        assert!(start.elapsed() >= Duration::from_secs(60), "the 21st waits for the window");
    }
}

#[cfg(test)]
mod share_tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn three_instances_each_take_a_third() {
        let share = Share::default();
        share.set(3);
        let pacer = Pacer::sharing(Limits::telegram(), share.clone());
        let start = Instant::now();
        for chat in 1..=31 {
            pacer.wait_turn(chat, false).await;
        }
        let rate = 30.0 / start.elapsed().as_secs_f64();
        assert!((8.5..9.5).contains(&rate), "{rate:.1} a second: a third of Telegram's 30, less a tenth");
        for _ in 0..2 {
            pacer.wait_turn(-5, true).await;
        }
        share.set(1);
        let alone = Instant::now();
        for chat in 100..131 {
            pacer.wait_turn(chat, false).await;
        }
        assert!(alone.elapsed() < Duration::from_millis(1_250), "alone again: the whole limit, not a third (3 s)");
    }
}

#[cfg(test)]
mod joining_tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn an_instance_joining_others_waits_until_they_have_counted_it() {
        let settle = Duration::from_secs(4);
        let share = Share::joining(settle);
        let pacer = Arc::new(Pacer::sharing(Limits::telegram(), share.clone()));
        let start = Instant::now();
        let sending = tokio::spawn({
            let pacer = pacer.clone();
            async move { pacer.wait_turn(1, false).await }
        });
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert!(!sending.is_finished(), "nothing goes out before the instances are counted");
        share.set(3);
        sending.await.unwrap();
        assert!(start.elapsed() >= Duration::from_secs(5), "counted among others: it waits while they count it");

        let alone = Share::joining(settle);
        let pacer = Pacer::sharing(Limits::telegram(), alone.clone());
        alone.set(1);
        let start = Instant::now();
        pacer.wait_turn(1, false).await;
        assert!(start.elapsed() < Duration::from_millis(100), "alone: at once");
    }
}

#[cfg(test)]
mod discord_tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_discord_channel_gets_five_per_five_seconds_and_all_channels_just_under_fifty_a_second() {
        let pacer = Pacer::new(Limits::discord());
        let start = Instant::now();
        for _ in 0..5 {
            pacer.wait_turn(42, true).await;
        }
        assert!(start.elapsed() < Duration::from_millis(200), "the first five go out at once");
        pacer.wait_turn(42, true).await;
        assert!(start.elapsed() >= Duration::from_secs(5), "the sixth waits for the window");

        let start = Instant::now();
        for channel in 100..200 {
            pacer.wait_turn(channel, true).await;
        }
        let rate = 99.0 / start.elapsed().as_secs_f64();
        assert!((45.0..50.0).contains(&rate), "{rate:.1} a second across channels");
    }
}
