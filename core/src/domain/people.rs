//! Platforms, chats, users and share codes.

use super::{CalendarId, ChatId, UserId};
use chrono_tz::Tz;
use rand::Rng;
use std::fmt;

/// Where a chat or person lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Platform {
    /// Telegram.
    Telegram,
    /// Discord.
    Discord,
    /// The local terminal chat.
    Console,
}

impl Platform {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Telegram => "telegram",
            Self::Discord => "discord",
            Self::Console => "console",
        }
    }

    /// Reads the stored name.
    pub fn from_stored(s: &str) -> Option<Self> {
        match s {
            "telegram" => Some(Self::Telegram),
            "discord" => Some(Self::Discord),
            "console" => Some(Self::Console),
            _ => None,
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A chat as the platform names it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ChatIdentity {
    /// Its platform.
    pub platform: Platform,
    /// The platform's id for it.
    pub external_id: String,
    /// Its title, used to name its calendar.
    pub title: String,
}

/// A person as the platform names them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UserIdentity {
    /// Their platform.
    pub platform: Platform,
    /// The platform's id for them.
    pub external_id: String,
    /// The name others see.
    pub display_name: String,
}

/// Who may create events and polls in a chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreatePolicy {
    /// Every member.
    Everyone,
    /// Only the chat's admins.
    Admins,
}

impl CreatePolicy {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Everyone => "everyone",
            Self::Admins => "admins",
        }
    }

    /// Reads the stored name (anything unknown is the default, everyone).
    pub fn from_stored(s: &str) -> Self {
        if s == "admins" {
            Self::Admins
        } else {
            Self::Everyone
        }
    }
}

/// A chat as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Chat {
    /// Internal id.
    pub id: ChatId,
    /// How the platform names it.
    pub identity: ChatIdentity,
    /// The calendar it owns.
    pub home_calendar: CalendarId,
    /// Its zone, when set.
    pub zone: Option<Tz>,
    /// Who may create events.
    pub create_policy: CreatePolicy,
    /// When the chat gets its digest, if it asked for one.
    pub digest: Option<super::DigestSchedule>,
    /// The language it is spoken to in, once chosen (or taken from the platform).
    pub language: Option<super::Language>,
}

/// A person as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    /// Internal id.
    pub id: UserId,
    /// How the platform names them.
    pub identity: UserIdentity,
    /// Their own zone, when set.
    pub zone: Option<Tz>,
    /// Whether an operator blocked them.
    pub blocked: bool,
    /// Their verified email address, if they linked one.
    pub email: Option<super::Email>,
    /// The language they chose for their private messages and emails.
    pub language: Option<super::Language>,
}

impl User {
    /// The name shown to others.
    pub fn name(&self) -> &str {
        &self.identity.display_name
    }
}

/// A calendar's join code, e.g. `KQ7M-X2PD`: 8 characters from an alphabet without look-alikes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareCode(String);

const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

impl ShareCode {
    /// A fresh random code.
    pub fn generate() -> Self {
        let mut rng = rand::thread_rng();
        let mut pick = || CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char;
        let first: String = (0..4).map(|_| pick()).collect();
        let second: String = (0..4).map(|_| pick()).collect();
        Self(format!("{first}-{second}"))
    }

    /// Reads a typed code, forgiving case, spaces and a missing dash; None if it cannot be one.
    pub fn parse(text: &str) -> Option<Self> {
        let letters: String =
            text.chars().filter(|c| !c.is_whitespace() && *c != '-').flat_map(char::to_uppercase).collect();
        let valid = letters.len() == 8 && letters.bytes().all(|b| CODE_ALPHABET.contains(&b));
        valid.then(|| Self(format!("{}-{}", &letters[..4], &letters[4..])))
    }

    /// The code as shown.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_codes_round_trip_and_forgive_typing() {
        let code = ShareCode::generate();
        assert_eq!(ShareCode::parse(code.as_str()), Some(code.clone()));
        let sloppy = code.as_str().to_lowercase().replace('-', " ");
        assert_eq!(ShareCode::parse(&sloppy), Some(code));
        assert_eq!(ShareCode::parse("hello"), None);
        assert_eq!(ShareCode::parse("AAAA-AAA1"), None);
    }
}
