//! One Convene per SQLite file: an exclusive lock on a file beside the database, held for as long
//! as the store is open and released by the operating system when the process ends.

use crate::store::{StoreError, StoreResult};
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

/// The held lock; dropping it lets another Convene open the database.
#[derive(Debug)]
pub struct InstanceLock {
    /// The open lock file (the lock lives as long as this handle).
    _file: File,
}

/// The lock file of a database file: `convene.db` -> `convene.db.lock`.
pub fn lock_path(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

impl InstanceLock {
    /// Takes the lock of `database`, or says which file another Convene holds.
    pub fn take(database: &Path) -> StoreResult<Self> {
        let path = lock_path(database);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| StoreError::Database(sqlx::Error::Io(e)))?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(TryLockError::WouldBlock) => Err(StoreError::InUse { lock_file: path.display().to_string() }),
            Err(TryLockError::Error(e)) => Err(StoreError::Database(sqlx::Error::Io(e))),
        }
    }
}
