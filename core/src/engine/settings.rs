//! Zones and chat settings.

use super::turn::Turn;
use super::Failure;
use crate::command::{SettingChange, ZoneChoice};
use crate::reply::Outcome;
use crate::text;

impl Turn<'_> {
    pub(super) async fn chat_zone_command(&mut self, choice: ZoneChoice) -> Result<Outcome, Failure> {
        match choice {
            ZoneChoice::Show => Ok(text::chat_zone(self.chat_zone(), self.chat.zone.is_some()).into()),
            ZoneChoice::Set(zone) => {
                self.check_admin()?;
                self.tx.set_chat_zone(self.chat.id, Some(zone)).await?;
                Ok(text::chat_zone_set(zone, &text::moment(self.now, zone)).into())
            }
            ZoneChoice::Clear => {
                self.check_admin()?;
                self.tx.set_chat_zone(self.chat.id, None).await?;
                Ok(text::chat_zone(self.default_zone, false).into())
            }
        }
    }

    pub(super) async fn my_zone(&mut self, choice: ZoneChoice) -> Result<Outcome, Failure> {
        let fallback = self.chat_zone();
        match choice {
            ZoneChoice::Show => Ok(text::my_zone(self.user.zone, fallback).into()),
            ZoneChoice::Set(zone) => {
                self.tx.set_user_zone(self.user.id, Some(zone)).await?;
                Ok(text::my_zone_set(Some(zone), fallback).into())
            }
            ZoneChoice::Clear => {
                self.tx.set_user_zone(self.user.id, None).await?;
                Ok(text::my_zone_set(None, fallback).into())
            }
        }
    }

    pub(super) async fn settings(&mut self, change: SettingChange) -> Result<Outcome, Failure> {
        match change {
            SettingChange::Show => {
                let follows = self.tx.subscriptions(self.chat.id).await?.len();
                Ok(text::settings(self.chat_zone(), self.chat.zone.is_some(), self.chat.create_policy, follows).into())
            }
            SettingChange::CreatePolicy(policy) => {
                self.check_admin()?;
                self.tx.set_create_policy(self.chat.id, policy).await?;
                Ok(text::policy_set(policy).into())
            }
            SettingChange::Zone(choice) => self.chat_zone_command(choice).await,
        }
    }
}
