//! One table of the index as one Parquet file, with parquet's low-level
//! column writer (no Arrow): row groups of [`ROW_GROUP`] rows, Snappy pages.

use std::fs::File;
use std::sync::Arc;

use parquet::basic::{Compression, ConvertedType, Repetition, Type as Physical};
use parquet::data_type::{ByteArray, ByteArrayType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;
use rusqlite::types::ValueRef;
use rusqlite::Connection;

use super::tables::{Kind, Table};

/// Rows per row group.
const ROW_GROUP: usize = 100_000;

/// Why a table could not be exported (the caller names the files).
#[derive(Debug)]
pub(super) enum WriteError {
    /// Reading the index.
    Sqlite(rusqlite::Error),
    /// Writing the Parquet file.
    Parquet(String),
}

impl From<rusqlite::Error> for WriteError {
    fn from(e: rusqlite::Error) -> Self {
        WriteError::Sqlite(e)
    }
}

impl From<parquet::errors::ParquetError> for WriteError {
    fn from(e: parquet::errors::ParquetError) -> Self {
        WriteError::Parquet(e.to_string())
    }
}

/// A column's values of the row group being filled.
enum Buffer {
    /// Values.
    Int(Vec<i64>),
    /// Values, definition levels, and whether the column is nullable.
    Text(Vec<ByteArray>, Vec<i16>, bool),
}

/// Writes `table` read from `conn` to the new file `file` and syncs it;
/// returns its rows.
pub(super) fn write_table(conn: &Connection, table: &Table, file: File) -> Result<u64, WriteError> {
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_created_by(format!("compat {}", env!("CARGO_PKG_VERSION")))
        .build();
    let mut writer = SerializedFileWriter::new(file, schema(table)?, Arc::new(props))?;
    let mut buffers = new_buffers(table);
    let mut stmt = conn.prepare(table.sql)?;
    let mut rows = stmt.query([])?;
    let (mut total, mut pending) = (0u64, 0usize);
    while let Some(row) = rows.next()? {
        for (i, buf) in buffers.iter_mut().enumerate() {
            match (buf, row.get_ref(i)?) {
                (Buffer::Int(v), ValueRef::Integer(n)) => v.push(n),
                (Buffer::Int(v), ValueRef::Null) => v.push(0),
                (Buffer::Text(_, d, _), ValueRef::Null) => d.push(0),
                (Buffer::Text(v, d, _), ValueRef::Text(s) | ValueRef::Blob(s)) => {
                    v.push(ByteArray::from(s.to_vec()));
                    d.push(1);
                }
                (Buffer::Int(v), other) => v.push(other.as_i64().unwrap_or(0)),
                (Buffer::Text(v, d, _), other) => {
                    v.push(ByteArray::from(format!("{other:?}").into_bytes()));
                    d.push(1);
                }
            }
        }
        total += 1;
        pending += 1;
        if pending == ROW_GROUP {
            flush(&mut writer, &mut buffers)?;
            pending = 0;
        }
    }
    if pending > 0 {
        flush(&mut writer, &mut buffers)?;
    }
    writer
        .into_inner()?
        .sync_all()
        .map_err(|e| WriteError::Parquet(e.to_string()))?;
    Ok(total)
}

fn new_buffers(table: &Table) -> Vec<Buffer> {
    table
        .columns
        .iter()
        .map(|(_, k)| match k {
            Kind::Int => Buffer::Int(Vec::new()),
            Kind::Text => Buffer::Text(Vec::new(), Vec::new(), false),
            Kind::OptText => Buffer::Text(Vec::new(), Vec::new(), true),
        })
        .collect()
}

/// Writes the buffered rows as one row group and empties the buffers.
fn flush(
    writer: &mut SerializedFileWriter<File>,
    buffers: &mut [Buffer],
) -> Result<(), WriteError> {
    let mut group = writer.next_row_group()?;
    let mut i = 0;
    while let Some(mut col) = group.next_column()? {
        match &mut buffers[i] {
            Buffer::Int(v) => {
                col.typed::<Int64Type>().write_batch(v, None, None)?;
                v.clear();
            }
            Buffer::Text(v, d, optional) => {
                let levels = if *optional { Some(&d[..]) } else { None };
                col.typed::<ByteArrayType>().write_batch(v, levels, None)?;
                v.clear();
                d.clear();
            }
        }
        col.close()?;
        i += 1;
    }
    group.close()?;
    Ok(())
}

/// The Parquet schema of `table`: INT64 and UTF-8 BYTE_ARRAY columns.
fn schema(table: &Table) -> Result<Arc<Type>, WriteError> {
    let mut fields = Vec::new();
    for (name, kind) in table.columns {
        let field = match kind {
            Kind::Int => Type::primitive_type_builder(name, Physical::INT64)
                .with_repetition(Repetition::REQUIRED)
                .build()?,
            Kind::Text | Kind::OptText => Type::primitive_type_builder(name, Physical::BYTE_ARRAY)
                .with_repetition(if *kind == Kind::Text {
                    Repetition::REQUIRED
                } else {
                    Repetition::OPTIONAL
                })
                .with_converted_type(ConvertedType::UTF8)
                .build()?,
        };
        fields.push(Arc::new(field));
    }
    Ok(Arc::new(
        Type::group_type_builder("schema")
            .with_fields(fields)
            .build()?,
    ))
}
