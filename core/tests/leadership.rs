//! Several instances on one database: one holds a role at a time, a standby takes over when the
//! holder dies (its lease expires), a clean stop hands the role over at once, and a holder that
//! loses its lease stops its work.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(
    one_holder_at_a_time_and_a_standby_takes_over,
    a_holder_that_loses_its_lease_stops_working,
    a_restarted_instance_takes_its_role_back_at_once,
);

use convene_core::leadership::{Instance, LeaseTimes};
use convene_core::store::testing::TestDb;
use convene_core::{Clock, ManualClock};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use support::{at, NOW};
use tokio::sync::watch;

const TIMES: LeaseTimes = LeaseTimes {
    term: Duration::from_secs(10),
    renew_every: Duration::from_millis(20),
    retry_every: Duration::from_millis(10),
};

/// An instance leading "poller" until stopped; `working` counts it while its work runs.
fn start(
    db: &TestDb,
    clock: &Arc<ManualClock>,
    id: &str,
    working: Arc<AtomicUsize>,
) -> (watch::Sender<bool>, tokio::task::JoinHandle<()>) {
    let instance = Instance::new(id, db.store.clone(), clock.clone() as Arc<dyn Clock>, TIMES);
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(async move {
        instance
            .lead("poller", stopped, |mut term| {
                let working = working.clone();
                async move {
                    working.fetch_add(1, Ordering::SeqCst);
                    while !*term.borrow_and_update() {
                        if term.changed().await.is_err() {
                            break;
                        }
                    }
                    working.fetch_sub(1, Ordering::SeqCst);
                }
            })
            .await;
    });
    (stop, task)
}

async fn until(what: &str, check: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !check() {
        assert!(std::time::Instant::now() < deadline, "never: {what}");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

async fn one_holder_at_a_time_and_a_standby_takes_over(db: TestDb) {
    let clock = Arc::new(ManualClock::new(at(NOW)));
    let (a, b, c) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let (_stop_a, task_a) = start(&db, &clock, "a", a.clone());
    until("a holds the role", || a.load(Ordering::SeqCst) == 1).await;
    // While a's lease runs, nobody else gets the role.
    let (now, until_then) = (clock.now(), clock.now() + chrono::Duration::seconds(10));
    assert!(!db.store.hold_lease("poller", "b", now, until_then).await.unwrap(), "the role is a's");
    let (stop_b, task_b) = start(&db, &clock, "b", b.clone());

    task_a.abort(); // killed: no goodbye, the lease stays until it expires
    assert!(!db.store.hold_lease("poller", "b", now, until_then).await.unwrap(), "still a's until it expires");
    assert_eq!(b.load(Ordering::SeqCst), 0, "b stands by");
    clock.advance(chrono::Duration::seconds(11));
    until("b takes over", || b.load(Ordering::SeqCst) == 1).await;

    let (_stop_c, _task_c) = start(&db, &clock, "c", c.clone());
    stop_b.send(true).unwrap();
    task_b.await.unwrap();
    assert_eq!(b.load(Ordering::SeqCst), 0, "b's work stopped");
    until("c takes over at once: b gave the role up", || c.load(Ordering::SeqCst) == 1).await;
}

async fn a_holder_that_loses_its_lease_stops_working(db: TestDb) {
    let clock = Arc::new(ManualClock::new(at(NOW)));
    let a = Arc::new(AtomicUsize::new(0));
    let (_stop, _task) = start(&db, &clock, "a", a.clone());
    until("a holds the role", || a.load(Ordering::SeqCst) == 1).await;
    // Cut off for longer than the term (its clock says so), someone else took the role.
    let later = clock.now() + chrono::Duration::seconds(11);
    assert!(db.store.hold_lease("poller", "z", later, later + chrono::Duration::seconds(10)).await.unwrap());
    until("a stops working", || a.load(Ordering::SeqCst) == 0).await;
}

async fn a_restarted_instance_takes_its_role_back_at_once(db: TestDb) {
    let clock = Arc::new(ManualClock::new(at(NOW)));
    let (before, after) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let (_stop, killed) = start(&db, &clock, "host:8080", before.clone());
    until("it holds the role", || before.load(Ordering::SeqCst) == 1).await;
    killed.abort();
    // Restarted under the same name (same host and admin port): no waiting for the old lease.
    let (_stop, _task) = start(&db, &clock, "host:8080", after.clone());
    until("the restarted instance holds the role", || after.load(Ordering::SeqCst) == 1).await;
}
