//! TEMPORARY STUB: replaced by the real time language.
#![allow(missing_docs, unused_variables)]
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use chrono_tz::Tz;

pub struct TimeContext {
    pub now: DateTime<Utc>,
    pub zone: Tz,
}
#[derive(Debug, Clone, PartialEq)]
pub struct When {
    pub start: DateTime<Tz>,
    pub recurrence: Option<Recurrence>,
    pub adjustment: Option<LocalTimeAdjustment>,
}
#[derive(Debug, Clone, PartialEq)]
pub enum LocalTimeAdjustment {
    ShiftedPastGap { asked: NaiveDateTime, used: NaiveDateTime },
    AmbiguousTookEarlier { asked: NaiveDateTime },
}
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recurrence {
    rule: String,
}
impl Recurrence {
    pub fn rrule(&self) -> &str {
        &self.rule
    }
    pub fn from_rrule(s: &str) -> Result<Recurrence, TimeError> {
        Ok(Self { rule: s.into() })
    }
    pub fn describe(&self) -> String {
        self.rule.clone()
    }
    pub fn occurrences_after(&self, dtstart: DateTime<Tz>, after: DateTime<Utc>, limit: usize) -> Vec<DateTime<Tz>> {
        vec![]
    }
}
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TimeError {
    #[error("unrecognised")]
    Unrecognised { phrase: String },
    #[error("missing time")]
    MissingTime { phrase: String, suggestion: String },
    #[error("in past")]
    InPast { interpreted: DateTime<Tz> },
    #[error("no such date")]
    NoSuchDate { phrase: String },
}
pub fn parse_when(phrase: &str, ctx: &TimeContext) -> Result<When, TimeError> {
    Err(TimeError::Unrecognised { phrase: phrase.into() })
}
pub fn parse_duration(s: &str) -> Option<Duration> {
    None
}
pub fn parse_range(phrase: &str, ctx: &TimeContext) -> Result<(DateTime<Utc>, DateTime<Utc>), TimeError> {
    Err(TimeError::Unrecognised { phrase: phrase.into() })
}
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ZoneError {
    #[error("unknown")]
    Unknown { input: String, suggestion: Option<String> },
}
pub fn parse_zone(s: &str) -> Result<Tz, ZoneError> {
    s.parse().map_err(|_| ZoneError::Unknown { input: s.into(), suggestion: None })
}
