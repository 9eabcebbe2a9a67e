//! The JSON Schema dialect of a document, from its `$schema` keyword.

use serde_json::Value;

/// A JSON Schema draft. The differences compat honours: `$ref` beside other
/// keywords is ignored before 2019-09 and is one more conjunct from 2019-09
/// on; `id` (draft 4) against `$id`; boolean `exclusiveMinimum` and
/// `exclusiveMaximum` (draft 4, OpenAPI 3.0); `items` as an array with
/// `additionalItems` (up to 2019-09) against `prefixItems` with `items`
/// (2020-12); `dependencies` (up to 7) against `dependentRequired` and
/// `dependentSchemas` (2019-09 on; both spellings are read in every draft).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Draft {
    /// draft-04 (and OpenAPI 3.0's schema object, with `nullable`).
    Draft4,
    /// draft-06.
    Draft6,
    /// draft-07.
    Draft7,
    /// 2019-09.
    Draft2019,
    /// 2020-12 (the default when `$schema` is absent or unknown).
    Draft2020,
}

impl Draft {
    /// The draft a `$schema` URI names, if it names one.
    pub fn from_uri(uri: &str) -> Option<Draft> {
        let u = uri.trim_end_matches('#').trim_end_matches('/');
        let u = u
            .strip_prefix("https://")
            .or_else(|| u.strip_prefix("http://"))
            .unwrap_or(u);
        let u = u.trim_end_matches("/schema");
        Some(match u {
            "json-schema.org/draft-04" => Draft::Draft4,
            "json-schema.org/draft-03" => Draft::Draft4,
            "json-schema.org/draft-06" => Draft::Draft6,
            "json-schema.org/draft-07" => Draft::Draft7,
            "json-schema.org/draft/2019-09" => Draft::Draft2019,
            "json-schema.org/draft/2020-12" => Draft::Draft2020,
            _ => return None,
        })
    }

    /// The draft of a document: its `$schema`, else `default`.
    pub fn of(doc: &Value, default: Draft) -> Draft {
        doc.get("$schema")
            .and_then(Value::as_str)
            .and_then(Draft::from_uri)
            .unwrap_or(default)
    }

    /// The `$schema` URI of the draft (as Python's jsonschema knows it).
    pub fn uri(self) -> &'static str {
        match self {
            Draft::Draft4 => "http://json-schema.org/draft-04/schema#",
            Draft::Draft6 => "http://json-schema.org/draft-06/schema#",
            Draft::Draft7 => "http://json-schema.org/draft-07/schema#",
            Draft::Draft2019 => "https://json-schema.org/draft/2019-09/schema",
            Draft::Draft2020 => "https://json-schema.org/draft/2020-12/schema",
        }
    }

    /// Whether `$ref` overrides its sibling keywords (drafts 4 to 7).
    pub fn ref_overrides_siblings(self) -> bool {
        self <= Draft::Draft7
    }

    /// The keyword naming a schema resource (`id` in draft 4).
    pub fn id_keyword(self) -> &'static str {
        if self == Draft::Draft4 {
            "id"
        } else {
            "$id"
        }
    }
}
