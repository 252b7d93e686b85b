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

/// The lock file of a database file: `convene.db` -> `convene.db.lock`, beside the file itself
/// (a symbolic link, or a path through one, leads to the same lock as the file it points to).
pub fn lock_path(database: &Path) -> PathBuf {
    let mut name = real_path(database).into_os_string();
    name.push(".lock");
    PathBuf::from(name)
}

/// The path with every symbolic link resolved; for a file not made yet, its folder's.
fn real_path(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    match (std::fs::canonicalize(folder), path.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => path.to_path_buf(),
    }
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
