//! Errors of loading and resolving schema documents: one line each, naming
//! the document first.

/// Why a schema document could not be loaded or a reference not resolved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SchemaError {
    /// A `$ref` names a remote document: compat never fetches one.
    #[error("{doc}: $ref {reference:?} at {pointer} names the remote document {url}, which compat never fetches (map it to a file: --ref-map {url}=PATH, or a json-schema component's ref_map in compat.toml)")]
    Remote {
        /// The document holding the reference.
        doc: String,
        /// The schema location of the reference (a JSON pointer).
        pointer: String,
        /// The reference as written.
        reference: String,
        /// The document's URL: the reference resolved against its base (a
        /// relative reference under a remote `$id` is remote too), without
        /// its fragment; what `--ref-map` must name.
        url: String,
    },
    /// A `$ref` whose target does not exist.
    #[error("{doc}: $ref {reference:?} at {pointer} resolves to nothing ({reason})")]
    Unresolved {
        /// The document holding the reference.
        doc: String,
        /// The schema location of the reference.
        pointer: String,
        /// The reference as written.
        reference: String,
        /// What is missing.
        reason: String,
    },
    /// A referenced document could not be read or parsed.
    #[error("{uri}: {reason}")]
    Load {
        /// The document's URI (a file path for local files).
        uri: String,
        /// Why it could not be loaded, one line.
        reason: String,
    },
    /// A pointer given to [`crate::compare`] names nothing in the document.
    #[error("{doc}: no schema at {pointer}")]
    NoSuchPointer {
        /// The document.
        doc: String,
        /// The pointer given.
        pointer: String,
    },
    /// A limit that keeps memory and time bounded was reached.
    #[error("{doc}: {what} (limit {limit})")]
    Limit {
        /// The document.
        doc: String,
        /// What grew too large.
        what: &'static str,
        /// The limit.
        limit: usize,
    },
}

impl SchemaError {
    /// The document (or URI) the error is about.
    pub fn file(&self) -> &str {
        match self {
            SchemaError::Remote { doc, .. }
            | SchemaError::Unresolved { doc, .. }
            | SchemaError::NoSuchPointer { doc, .. }
            | SchemaError::Limit { doc, .. } => doc,
            SchemaError::Load { uri, .. } => uri,
        }
    }
}
