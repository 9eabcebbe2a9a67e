//! `compat index export --parquet DIR` read back with DuckDB (PyPI `duckdb`,
//! in `$COMPAT_CI_TOOLS/venv`): every table has the rows of the SQLite index
//! (counted with Python's sqlite3) and the partition columns it was filed
//! under; a second partition exported into the same directory adds to it.
//! Then with Spark SQL (PyPI `pyspark` and a Java runtime, `local[1]` on
//! 127.0.0.1): the README's table definitions and query, taken from the
//! README as written, read the same rows. Each skips locally when its
//! engine is missing; fails under CI.

use std::path::{Path, PathBuf};
use std::process::Command;

use compat_testkit::Fixture;
use serde_json::Value;

mod common;
use common::compat;

const LIB: &str = "int demo_add(int a, int b) { return a + b; }\nint demo_value = 7;\n";
const APP: &str = "#include <stdio.h>\nextern int demo_add(int, int);\nextern int demo_value;\n\
int main(void) { printf(\"%d\\n\", demo_add(demo_value, 1)); return 0; }\n";

/// Counts per table in the SQLite index and in the export as DuckDB reads
/// it, and the distinct partition values DuckDB sees per table.
const CHECK: &str = r#"
import json, sqlite3, sys, duckdb
index, root = sys.argv[1], sys.argv[2]
db = sqlite3.connect(index)
sql = {"files": "elf_file", "needed": "needed", "definitions": "def",
       "references": "ref", "bindings": "bind"}
out = {}
for table, src in sql.items():
    n = db.execute(f"SELECT count(*) FROM {src}").fetchone()[0]
    glob = f"{root}/{table}/**/*.parquet"
    con = duckdb.connect()
    rows = con.execute(
        "SELECT distribution, release, architecture, count(*) FROM read_parquet(?, hive_partitioning=true) "
        "GROUP BY ALL ORDER BY ALL", [glob]).fetchall()
    out[table] = {"sqlite": n, "parquet": [[str(r[0]), str(r[1]), str(r[2]), r[3]] for r in rows]}
machines = [m for (m,) in db.execute("SELECT DISTINCT machine FROM elf_file WHERE machine IS NOT NULL")]
out["machines"] = machines
print(json.dumps(out))
"#;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// An index of a small library and a program linked against it.
fn indexed() -> (Fixture, PathBuf) {
    let fx = Fixture::new();
    let lib = fx
        .lib("libdemo.so.1")
        .source(LIB)
        .soname("libdemo.so.1")
        .build();
    fx.exe("app")
        .source(APP)
        .runpath(s(lib.parent().unwrap()))
        .link_lib(&lib)
        .build();
    let index = fx.join("index.db");
    let r = compat(&["index", "build", s(fx.path()), "--index", s(&index)]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    (fx, index)
}

fn export(index: &Path, dir: &Path, extra: &[&str]) -> Value {
    let mut args = vec![
        "index",
        "export",
        "--parquet",
        s(dir),
        "--index",
        s(index),
        "-f",
        "json",
    ];
    args.extend_from_slice(extra);
    let r = compat(&args);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    r.json()["export"]["summary"].clone()
}

/// `ID` and `VERSION_ID` of the host's os-release.
fn host_os() -> (String, String) {
    let text = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let get = |k: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{k}=")))
            .map(|v| v.trim_matches('"').to_owned())
    };
    (
        get("ID").unwrap_or_else(|| "unknown".into()),
        get("VERSION_ID")
            .or_else(|| get("VERSION_CODENAME"))
            .unwrap_or_else(|| "unknown".into()),
    )
}

#[test]
fn duckdb_reads_every_table_with_the_index_rows_and_partitions() {
    let Some(py) = compat_testkit::ci_python("duckdb") else {
        return;
    };
    let (fx, index) = indexed();
    let dir = fx.join("export");
    let summary = export(&index, &dir, &[]);
    let p = &summary["partition"];
    let (id, version) = host_os();
    assert_eq!(p["distribution"], id.as_str(), "{summary}");
    assert_eq!(p["release"], version.as_str(), "{summary}");
    assert!(
        dir.join("files")
            .join(format!(
                "distribution={id}/release={version}/architecture={}",
                p["architecture"].as_str().unwrap()
            ))
            .join("part-0.parquet")
            .is_file(),
        "{summary}"
    );
    // A second machine's export into the same directory.
    export(
        &index,
        &dir,
        &[
            "--distribution",
            "other",
            "--release",
            "1",
            "--architecture",
            "arm64",
        ],
    );
    let out = Command::new(&py)
        .args(["-c", CHECK, s(&index), s(&dir)])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    if v["machines"] == serde_json::json!(["x86_64"]) {
        assert_eq!(p["architecture"], "amd64");
    }
    let arch = p["architecture"].as_str().unwrap();
    for (table, rows) in summary["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t[0].as_str().unwrap(), &t[1]))
    {
        let n = v[table]["sqlite"].as_u64().unwrap();
        assert_eq!(rows.as_u64(), Some(n), "{table}: {v}");
        assert!(n > 0, "{table}: {v}");
        let mut want = vec![
            serde_json::json!([id, version, arch, n]),
            serde_json::json!(["other", "1", "arm64", n]),
        ];
        want.sort_by_key(|w| w.to_string());
        let mut got = v[table]["parquet"].as_array().unwrap().clone();
        got.sort_by_key(|w| w.to_string());
        assert_eq!(got, want, "{table}: {v}");
    }
    // Exporting the same partition again replaces it.
    export(&index, &dir, &[]);
    let again = Command::new(&py)
        .args(["-c", CHECK, s(&index), s(&dir)])
        .output()
        .unwrap();
    assert_eq!(again.stdout, out.stdout);
}

/// The README's Spark SQL table definitions and its `GLIBC_2.34` query,
/// run in a local Spark session over an export (argv: index, export root,
/// definitions, query, scratch directory): per table, the rows and
/// partitions Spark reads (every column read: a declared type the Parquet
/// column cannot be read as fails), the declared columns against the
/// Parquet files' own, the SQLite index's count, and the query's rows
/// against the same question asked of the SQLite index.
const SPARK_CHECK: &str = r#"
import json, os, re, sqlite3, sys
from pyspark.sql import SparkSession
index, root, ddl, query, scratch = sys.argv[1:6]
spark = (SparkSession.builder.master("local[1]").appName("compat-index-export")
         .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
         .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
         .config("spark.sql.shuffle.partitions", "1")
         .config("spark.sql.warehouse.dir", os.path.join(scratch, "warehouse"))
         .config("spark.local.dir", os.path.join(scratch, "local"))
         .getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
statements = [s.strip() for s in re.split(r";\s*$", ddl, flags=re.M) if s.strip()]
for s in statements:
    spark.sql(s)
db = sqlite3.connect(index)
src = {"files": "elf_file", "needed": "needed", "definitions": "def",
       "references": "ref", "bindings": "bind"}
part = ["distribution", "release", "architecture"]
out = {"statements": len(statements), "tables": {}}
for table, s in src.items():
    t = f"`{table}`"
    rows = spark.sql(
        f"SELECT distribution, release, architecture, count(*), count(hash(*)) FROM {t} "
        "GROUP BY distribution, release, architecture "
        "ORDER BY distribution, release, architecture").collect()
    declared = [c for c in spark.table(t).columns if c not in part]
    files = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(root, table))
             for f in fs if f.endswith(".parquet")]
    own = spark.read.parquet(files[0]).columns
    out["tables"][table] = {
        "sqlite": db.execute(f"SELECT count(*) FROM {s}").fetchone()[0],
        "spark": [[r[0], r[1], r[2], r[3], r[4]] for r in rows],
        "declared": declared, "parquet": own}
out["query"] = [[r[0], r[1], r[2], r[3]] for r in spark.sql(query.strip().rstrip(";")).collect()]
out["query_sqlite"] = db.execute(
    "SELECT count(DISTINCT f.path) FROM ref r JOIN elf_file f ON f.id = r.file_id "
    "JOIN version v ON v.id = r.version_id "
    "WHERE v.name = 'GLIBC_2.34' AND f.kind = 'program'").fetchone()[0]
spark.stop()
print(json.dumps(out))
"#;

/// The body of the first ```` ```sql ```` block after `marker` in the README.
fn readme_sql(readme: &str, marker: &str) -> String {
    let at = readme
        .find(marker)
        .unwrap_or_else(|| panic!("README has no {marker:?}"));
    let rest = &readme[at..];
    let open = rest.find("```sql\n").expect("a sql block after the marker") + "```sql\n".len();
    let len = rest[open..].find("```").expect("the block's end");
    rest[open..open + len].to_owned()
}

/// A Java runtime for Spark: skips locally without one, fails under CI.
fn java() -> Option<()> {
    let ok = Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return Some(());
    }
    common::skip("no Java runtime for Spark (.ci/run installs openjdk-17-jre-headless)")
}

#[test]
fn spark_sql_reads_the_readme_tables_with_the_index_rows() {
    let Some(py) = compat_testkit::ci_python("pyspark") else {
        return;
    };
    let Some(()) = java() else {
        return;
    };
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md"))
            .unwrap();
    let ddl = readme_sql(&readme, "Spark SQL (Spark 4");
    let query = readme_sql(&readme, "in Spark SQL over those tables");
    let (fx, index) = indexed();
    let dir = fx.join("export");
    let summary = export(&index, &dir, &[]);
    export(
        &index,
        &dir,
        &[
            "--distribution",
            "other",
            "--release",
            "1",
            "--architecture",
            "arm64",
        ],
    );
    let location = format!("file://{}", s(&dir));
    assert_eq!(ddl.matches("'s3://bucket/fleet/").count(), 5, "{ddl}");
    let ddl = ddl.replace("s3://bucket/fleet", &location);
    let scratch = fx.join("spark");
    std::fs::create_dir_all(&scratch).unwrap();
    let mut cmd = Command::new(&py);
    cmd.args([
        "-c",
        SPARK_CHECK,
        s(&index),
        s(&dir),
        &ddl,
        &query,
        s(&scratch),
    ])
    .current_dir(&scratch)
    .env("SPARK_LOCAL_IP", "127.0.0.1")
    .env("PYSPARK_PYTHON", &py);
    let (out, _) = common::wait_bounded(cmd, std::time::Duration::from_secs(300));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["statements"], 10, "{v}");
    let p = &summary["partition"];
    let here = [
        p["distribution"].as_str().unwrap(),
        p["release"].as_str().unwrap(),
        p["architecture"].as_str().unwrap(),
    ];
    for (table, rows) in summary["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t[0].as_str().unwrap(), &t[1]))
    {
        let t = &v["tables"][table];
        let n = t["sqlite"].as_u64().unwrap();
        assert!(n > 0, "{table}: {v}");
        assert_eq!(rows.as_u64(), Some(n), "{table}: {v}");
        assert_eq!(
            t["declared"], t["parquet"],
            "{table}: the README's columns: {v}"
        );
        let mut want = vec![
            serde_json::json!([here[0], here[1], here[2], n, n]),
            serde_json::json!(["other", "1", "arm64", n, n]),
        ];
        want.sort_by_key(|w| w.to_string());
        assert_eq!(t["spark"], serde_json::json!(want), "{table}: {v}");
    }
    // The program links against glibc's __libc_start_main@GLIBC_2.34 on
    // glibc 2.34 and later; either way Spark's answer is the index's.
    let programs = v["query_sqlite"].as_u64().unwrap();
    let mut want: Vec<Value> = Vec::new();
    if programs > 0 {
        want.push(serde_json::json!([here[0], here[1], here[2], programs]));
        want.push(serde_json::json!(["other", "1", "arm64", programs]));
        want.sort_by_key(|w| w.to_string());
    }
    assert_eq!(v["query"], serde_json::json!(want), "{v}");
}

#[test]
fn bad_partition_values_and_missing_index_are_one_line_errors() {
    let fx = Fixture::new();
    let dir = fx.join("export");
    let missing = fx.join("none.db");
    let r = compat(&[
        "index",
        "export",
        "--parquet",
        s(&dir),
        "--index",
        s(&missing),
    ]);
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("no index here") || r.stderr.contains("no index here"),
        "{}{}",
        r.stdout,
        r.stderr
    );
    let (fx, index) = indexed();
    let dir = fx.join("export");
    let r = compat(&[
        "index",
        "export",
        "--parquet",
        s(&dir),
        "--index",
        s(&index),
        "--release",
        "a/b",
    ]);
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    assert!(!dir.exists());
    assert!(std::fs::read_dir(fx.path()).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .contains("compat-tmp")));
}
