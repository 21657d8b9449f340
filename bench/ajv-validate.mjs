#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The reference for `irndesk-bench`'s validation figures: ajv, the fastest widely used JSON Schema
// validator for JavaScript, checking a bulk file invoice by invoice against the INV-01 v1.1 schema
// (schema only: no business rules).
//
//   node ajv-validate.mjs FILE [--schema-dir DIR]
//
// It reads the file, JSON.parses it whole, and runs one compiled validator over each element, with
// the options of the test oracle (tests/schema/validate.mjs: allErrors, strict). ajv is loaded from
// the schema directory's node_modules (installed by `make deps` from tests/schema/package-lock.json).
// Prints one JSON line: invoices, invalid, bytes, compileSeconds, readSeconds, parseSeconds,
// validateSeconds, seconds (read + parse + validate, without starting node and compiling the
// schema), peakRssKb. Exit status 0 when every invoice is valid, 1 when some is not, 2 on a problem.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function fail(message) {
    console.error(`ajv-validate.mjs: ${message}`);
    process.exit(2);
}

const args = process.argv.slice(2);
let file = null;
let schemaDir = join(dirname(fileURLToPath(import.meta.url)), "..", "tests", "schema");
for (let i = 0; i < args.length; ++i) {
    if (args[i] === "--schema-dir") {
        schemaDir = args[++i] ?? fail("--schema-dir needs a directory");
    } else if (args[i].startsWith("--")) {
        fail(`unknown option ${args[i]}`);
    } else if (file === null) {
        file = args[i];
    } else {
        fail("only one file");
    }
}
if (file === null) {
    fail("usage: node ajv-validate.mjs FILE [--schema-dir DIR]");
}
schemaDir = resolve(schemaDir);

let Ajv;
try {
    const require = createRequire(join(schemaDir, "package.json"));
    const module = require("ajv");
    Ajv = module.default ?? module;
} catch (e) {
    fail(`cannot load ajv from ${schemaDir}/node_modules (run make deps): ${e.message}`);
}

const now = () => Number(process.hrtime.bigint()) / 1e9;

const compileStart = now();
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addKeyword({ keyword: "x-decimals", schemaType: "number" });
const validate = ajv.compile(JSON.parse(readFileSync(join(schemaDir, "inv01-v1.1.schema.json"), "utf8")));
const compileSeconds = now() - compileStart;

const start = now();
let text;
try {
    text = readFileSync(file, "utf8");
} catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
}
const readDone = now();
let document;
try {
    document = JSON.parse(text);
} catch (e) {
    fail(`${file}: not JSON: ${e.message}`);
}
const parseDone = now();
const invoices = Array.isArray(document) ? document : [document];
let invalid = 0;
for (const invoice of invoices) {
    if (!validate(invoice)) {
        ++invalid;
    }
}
const done = now();

console.log(JSON.stringify({
    invoices: invoices.length,
    invalid,
    bytes: Buffer.byteLength(text, "utf8"),
    compileSeconds,
    readSeconds: readDone - start,
    parseSeconds: parseDone - readDone,
    validateSeconds: done - parseDone,
    seconds: done - start,
    peakRssKb: process.resourceUsage().maxRSS,
}));
process.exitCode = invalid === 0 ? 0 : 1;
