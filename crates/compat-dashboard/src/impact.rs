//! The impact matrix the impact page draws: providers (columns) x consumers
//! (rows), each cell the state of the consumer if the provider changes as
//! judged (`breaking`, `warning`, `info`, `ok`, `none` when it binds nothing
//! of the provider, `error`). The caller computes it (from an index, or
//! from `compat impact` reports); this crate only draws it.

use std::collections::BTreeSet;

use serde::Serialize;

/// One cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImpactCell {
    /// The provider's SONAME.
    pub provider: String,
    /// The consumer's path.
    pub consumer: String,
    /// Its state.
    pub cell: String,
    /// How many of its references bind to the provider.
    pub bound: usize,
    /// The rules of the findings behind the state, each once.
    pub rules: Vec<String>,
}

/// One provider (a column) and the change judged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImpactProvider {
    /// Its SONAME.
    pub soname: String,
    /// The change judged (`CANDIDATE`, `drop version V`, `latest recorded findings`).
    pub change: String,
    /// The component of the store it is, when known.
    pub component: Option<String>,
}

/// The matrix.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImpactMatrix {
    /// Where it comes from (the index file), shown on the page.
    pub source: String,
    /// The providers (columns), in order.
    pub providers: Vec<ImpactProvider>,
    /// Every cell that is not empty.
    pub cells: Vec<ImpactCell>,
}

impl ImpactMatrix {
    /// A matrix from `compat impact` matrices (one per provider).
    pub fn from_columns(
        source: impl Into<String>,
        columns: &[compat_report::impact::ImpactMatrix],
    ) -> ImpactMatrix {
        let mut m = ImpactMatrix {
            source: source.into(),
            ..ImpactMatrix::default()
        };
        for col in columns {
            m.providers.push(ImpactProvider {
                soname: col.provider.clone(),
                change: col.change.clone(),
                component: None,
            });
            for r in &col.rows {
                m.cells.push(ImpactCell {
                    provider: col.provider.clone(),
                    consumer: r.consumer.clone(),
                    cell: r.cell.clone(),
                    bound: r.bound,
                    rules: r.rules.clone(),
                });
            }
        }
        m
    }

    /// The consumers (rows), sorted.
    pub fn consumers(&self) -> Vec<&str> {
        let set: BTreeSet<&str> = self.cells.iter().map(|c| c.consumer.as_str()).collect();
        set.into_iter().collect()
    }

    /// The cell of `consumer` for `provider`, if it binds or loads it.
    pub fn cell(&self, provider: &str, consumer: &str) -> Option<&ImpactCell> {
        self.cells
            .iter()
            .find(|c| c.provider == provider && c.consumer == consumer)
    }
}
