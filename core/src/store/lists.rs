//! List columns (topics, skipped occurrences, reminder leads): arrays in Postgres, JSON arrays in
//! SQLite, read into the same Rust type by either backend.

/// A list column: a Postgres array, a JSON array in SQLite (topics, reminder leads).
pub struct StoredList<T>(pub Vec<T>);

/// An event's topics.
pub type TopicList = StoredList<String>;

impl<T> From<StoredList<T>> for Vec<T> {
    fn from(list: StoredList<T>) -> Self {
        list.0
    }
}

impl<T> sqlx::Type<sqlx::Postgres> for StoredList<T>
where
    Vec<T>: sqlx::Type<sqlx::Postgres>,
{
    fn type_info() -> sqlx::postgres::PgTypeInfo {
        <Vec<T> as sqlx::Type<sqlx::Postgres>>::type_info()
    }
    fn compatible(ty: &sqlx::postgres::PgTypeInfo) -> bool {
        <Vec<T> as sqlx::Type<sqlx::Postgres>>::compatible(ty)
    }
}

impl<'r, T> sqlx::Decode<'r, sqlx::Postgres> for StoredList<T>
where
    Vec<T>: sqlx::Decode<'r, sqlx::Postgres>,
{
    fn decode(value: sqlx::postgres::PgValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        Ok(Self(<Vec<T> as sqlx::Decode<sqlx::Postgres>>::decode(value)?))
    }
}

impl<T> sqlx::Type<sqlx::Sqlite> for StoredList<T> {
    fn type_info() -> sqlx::sqlite::SqliteTypeInfo {
        <String as sqlx::Type<sqlx::Sqlite>>::type_info()
    }
}

impl<'r, T: serde::de::DeserializeOwned> sqlx::Decode<'r, sqlx::Sqlite> for StoredList<T> {
    fn decode(value: sqlx::sqlite::SqliteValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        let text = <&str as sqlx::Decode<sqlx::Sqlite>>::decode(value)?;
        Ok(Self(serde_json::from_str(text)?))
    }
}
