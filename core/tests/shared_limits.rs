//! With several instances taking requests (webhook and HTTP interactions modes), a person's
//! command limit holds across them: their commands are counted in the database.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(a_persons_limit_holds_across_instances,);

use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::store::testing::TestDb;
use convene_core::{Admission, Engine, EngineSettings, Incoming, ManualClock};
use std::sync::Arc;
use support::{at, NOW};

fn said(who: &str, text: &str) -> Incoming {
    Incoming {
        language: None,
        chat: ChatIdentity { platform: Platform::Telegram, external_id: "-1".into(), title: "Friends".into() },
        user: UserIdentity { platform: Platform::Telegram, external_id: who.into(), display_name: who.into() },
        is_admin: false,
        text: text.into(),
    }
}

fn verdict(admission: &Admission) -> &'static str {
    match admission {
        Admission::Admitted(_) => "in",
        Admission::OverLimit(Some(_)) => "told",
        Admission::OverLimit(None) => "silent",
    }
}

async fn a_persons_limit_holds_across_instances(db: TestDb) {
    let clock = Arc::new(ManualClock::new(at(NOW)));
    let settings = EngineSettings { commands_per_minute: 3, ..EngineSettings::default() };
    let instances: Vec<Engine> =
        (0..2).map(|_| Engine::new(db.store.clone(), clock.clone(), settings.clone())).collect();
    for engine in &instances {
        engine.set_instances(2);
    }
    let mut verdicts = Vec::new();
    for n in 0..6 {
        let admission = instances[n % 2].admit_across(&said("ana", "/events")).await;
        verdicts.push(verdict(&admission));
    }
    assert_eq!(verdicts, ["in", "in", "in", "told", "silent", "silent"], "3 a minute in all, told once");
    assert_eq!(verdict(&instances[1].admit_across(&said("bob", "/events")).await), "in", "per person");

    clock.advance(chrono::Duration::seconds(61));
    assert_eq!(verdict(&instances[0].admit_across(&said("ana", "/events")).await), "in", "a new minute");
}
