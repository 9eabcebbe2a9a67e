//! Sets of JSON types, with `integer` inside `number`.

use serde_json::Value;

/// A set of JSON types. `number` is `INTEGER | FRACTION`: a schema of type
/// `integer` accepts the integers, `number` accepts those and the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct TypeSet(pub u8);

impl TypeSet {
    /// No type.
    pub const EMPTY: TypeSet = TypeSet(0);
    /// `null`.
    pub const NULL: TypeSet = TypeSet(1);
    /// `boolean`.
    pub const BOOLEAN: TypeSet = TypeSet(2);
    /// `object`.
    pub const OBJECT: TypeSet = TypeSet(4);
    /// `array`.
    pub const ARRAY: TypeSet = TypeSet(8);
    /// `string`.
    pub const STRING: TypeSet = TypeSet(16);
    /// Integral numbers (`integer`).
    pub const INTEGER: TypeSet = TypeSet(32);
    /// Numbers with a fractional part.
    pub const FRACTION: TypeSet = TypeSet(64);
    /// `number`.
    pub const NUMBER: TypeSet = TypeSet(32 | 64);
    /// Every type.
    pub const ALL: TypeSet = TypeSet(127);

    /// The set a `type` name stands for (an unknown name: nothing).
    pub fn named(name: &str) -> TypeSet {
        match name {
            "null" => TypeSet::NULL,
            "boolean" => TypeSet::BOOLEAN,
            "object" => TypeSet::OBJECT,
            "array" => TypeSet::ARRAY,
            "string" => TypeSet::STRING,
            "integer" => TypeSet::INTEGER,
            "number" => TypeSet::NUMBER,
            _ => TypeSet::EMPTY,
        }
    }

    /// The type of a value.
    pub fn of(v: &Value) -> TypeSet {
        match v {
            Value::Null => TypeSet::NULL,
            Value::Bool(_) => TypeSet::BOOLEAN,
            Value::Object(_) => TypeSet::OBJECT,
            Value::Array(_) => TypeSet::ARRAY,
            Value::String(_) => TypeSet::STRING,
            Value::Number(n) => {
                if n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0) {
                    TypeSet::INTEGER
                } else {
                    TypeSet::FRACTION
                }
            }
        }
    }

    /// Union.
    pub fn union(self, o: TypeSet) -> TypeSet {
        TypeSet(self.0 | o.0)
    }

    /// Intersection.
    pub fn intersect(self, o: TypeSet) -> TypeSet {
        TypeSet(self.0 & o.0)
    }

    /// Difference.
    pub fn minus(self, o: TypeSet) -> TypeSet {
        TypeSet(self.0 & !o.0)
    }

    /// Whether empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether `o` is inside.
    pub fn contains(self, o: TypeSet) -> bool {
        self.0 & o.0 == o.0
    }

    /// The single types in the set, `number` split in two.
    pub fn each(self) -> impl Iterator<Item = TypeSet> {
        [1u8, 2, 4, 8, 16, 32, 64]
            .into_iter()
            .filter(move |b| self.0 & b != 0)
            .map(TypeSet)
    }

    /// The names, as `type` spells them (`number` for both number bits).
    pub fn names(self) -> Vec<&'static str> {
        let mut out = Vec::new();
        for (bit, name) in [
            (1, "null"),
            (2, "boolean"),
            (4, "object"),
            (8, "array"),
            (16, "string"),
        ] {
            if self.0 & bit != 0 {
                out.push(name);
            }
        }
        if self.contains(TypeSet::NUMBER) {
            out.push("number");
        } else if self.contains(TypeSet::INTEGER) {
            out.push("integer");
        } else if self.contains(TypeSet::FRACTION) {
            out.push("number (not integer)");
        }
        out
    }
}
