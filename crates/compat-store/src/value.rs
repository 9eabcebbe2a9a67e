//! The values passed to and read from either database: the few SQL types
//! the history uses, with `NULL` typed by the column it meets.

/// One SQL value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    /// `NULL`.
    Null,
    /// An integer (`INTEGER` / `BIGINT`).
    Int(i64),
    /// A floating-point number.
    Real(f64),
    /// Text.
    Text(String),
    /// Bytes (`BLOB` / `BYTEA`).
    Blob(Vec<u8>),
}

impl Value {
    /// Text, or `NULL` for `None`.
    pub fn opt_text(text: Option<&str>) -> Value {
        text.map_or(Value::Null, |t| Value::Text(t.to_owned()))
    }

    /// An unsigned count.
    pub fn count(n: usize) -> Value {
        Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::Text(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::Text(text)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Int(n)
    }
}

/// One row read back, with typed accessors that name the column on error.
pub(crate) struct Row(pub Vec<Value>);

impl Row {
    /// Column `i` as an integer.
    pub fn int(&self, i: usize) -> Result<i64, String> {
        match self.0.get(i) {
            Some(Value::Int(n)) => Ok(*n),
            other => Err(format!("column {i}: expected an integer, found {other:?}")),
        }
    }

    /// Column `i` as text.
    pub fn text(&self, i: usize) -> Result<String, String> {
        match self.0.get(i) {
            Some(Value::Text(t)) => Ok(t.clone()),
            other => Err(format!("column {i}: expected text, found {other:?}")),
        }
    }

    /// Column `i` as text or `NULL`.
    pub fn opt_text(&self, i: usize) -> Result<Option<String>, String> {
        match self.0.get(i) {
            Some(Value::Null) => Ok(None),
            _ => self.text(i).map(Some),
        }
    }

    /// Column `i` as bytes.
    pub fn blob(&self, i: usize) -> Result<Vec<u8>, String> {
        match self.0.get(i) {
            Some(Value::Blob(b)) => Ok(b.clone()),
            other => Err(format!(
                "column {i}: expected bytes, found {}",
                match other {
                    Some(Value::Null) => "NULL",
                    None => "nothing",
                    _ => "another type",
                }
            )),
        }
    }
}
