use super::*;
use std::sync::Mutex as StdMutex;
use tokio::sync::oneshot;

fn lanes() -> Lanes<i64> {
    Lanes::new(4, Duration::from_secs(30))
}

#[tokio::test(start_paused = true)]
async fn a_stuck_chat_does_not_hold_up_another() {
    let lanes = lanes();
    let (_never, stuck) = oneshot::channel::<()>();
    lanes.push(1, async move { stuck.await.ok().unwrap_or_default() }).expect("queued");
    let (done, heard) = oneshot::channel();
    lanes.push(2, async move { done.send("answered").unwrap_or_default() }).expect("queued");
    assert_eq!(heard.await.ok(), Some("answered"));
}

#[tokio::test(start_paused = true)]
async fn a_chats_work_runs_in_order() {
    let lanes = lanes();
    let order = Arc::new(StdMutex::new(Vec::new()));
    for n in 0..4 {
        let order = order.clone();
        lanes
            .push(7, async move {
                tokio::time::sleep(Duration::from_millis(10 * (4 - n))).await;
                order.lock().expect("order").push(n);
            })
            .expect("queued");
    }
    assert!(lanes.drain(Duration::from_secs(5)).await);
    assert_eq!(*order.lock().expect("order"), vec![0, 1, 2, 3]);
}

#[tokio::test(start_paused = true)]
async fn a_flooded_chat_is_refused_past_its_depth_and_others_go_on() {
    let lanes = lanes();
    let (release, stuck) = oneshot::channel::<()>();
    lanes.push(1, async move { stuck.await.ok().unwrap_or_default() }).expect("queued");
    tokio::task::yield_now().await; // the lane takes the first job
    for _ in 0..4 {
        lanes.push(1, async {}).expect("room for the depth");
    }
    assert_eq!(lanes.push(1, async {}), Err(LaneFull));
    let (done, heard) = oneshot::channel();
    lanes.push(2, async move { done.send(()).unwrap_or_default() }).expect("another chat is not full");
    assert!(heard.await.is_ok());
    release.send(()).unwrap_or_default();
    assert!(lanes.drain(Duration::from_secs(5)).await, "the flooded chat catches up");
    lanes.push(1, async {}).expect("room again");
}

#[tokio::test(start_paused = true)]
async fn idle_lanes_close_and_open_again_when_needed() {
    let lanes = lanes();
    lanes.push(3, async {}).expect("queued");
    assert!(lanes.drain(Duration::from_secs(1)).await);
    assert_eq!(lock(&lanes.open).len(), 1);
    tokio::time::sleep(Duration::from_secs(31)).await;
    assert_eq!(lock(&lanes.open).len(), 0, "an idle lane ends");
    let (done, heard) = oneshot::channel();
    lanes.push(3, async move { done.send(()).unwrap_or_default() }).expect("queued");
    assert!(heard.await.is_ok(), "and a new one opens for new work");
}

#[tokio::test(start_paused = true)]
async fn drain_gives_up_after_its_limit() {
    let lanes = lanes();
    let (_never, stuck) = oneshot::channel::<()>();
    lanes.push(1, async move { stuck.await.ok().unwrap_or_default() }).expect("queued");
    assert!(!lanes.drain(Duration::from_secs(2)).await);
}

#[tokio::test(start_paused = true)]
async fn a_panicking_job_does_not_close_the_chat_for_good() {
    let lanes = lanes();
    lanes.push(5, async { panic!("a bug in one job") }).expect("queued");
    assert!(lanes.drain(Duration::from_secs(1)).await, "the panicked job is counted out");
    let (done, heard) = oneshot::channel();
    lanes.push(5, async move { done.send(()).unwrap_or_default() }).expect("queued");
    assert!(heard.await.is_ok());
}
