#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Schema oracle for IRN Desk's tests: checks INV-01 v1.1 JSON files against the draft-07 schema
// kept next to this script, with ajv.
//
//   node validate.mjs [--max-bytes N] [--max-errors N] [--quiet] FILE...
//
// A file that holds a JSON array is a portal bulk-upload file and is checked against
// inv01-v1.1.bulk.schema.json (at least one element, each one an invoice); anything else is
// checked as one invoice against inv01-v1.1.schema.json.
//
//   --max-bytes N    also fail a file that is larger than N bytes (the portal's per-file limit,
//                    which no schema can express)
//   --max-errors N   print at most N errors per file (default 50; 0 = all)
//   --quiet          print only the errors and the final summary
//
// Exit status: 0 every file valid, 1 at least one file invalid, 2 could not run (bad arguments,
// an unreadable file, a file that is not JSON).

import Ajv from "ajv";
import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const EXIT_VALID = 0;
const EXIT_INVALID = 1;
const EXIT_CANNOT_RUN = 2;

function usage(problem) {
    if (problem) {
        console.error(`validate.mjs: ${problem}`);
    }
    console.error("usage: node validate.mjs [--max-bytes N] [--max-errors N] [--quiet] FILE...");
    process.exit(EXIT_CANNOT_RUN);
}

function parseCount(option, text) {
    if (text === undefined || !/^[0-9]+$/.test(text)) {
        usage(`${option} needs a non-negative integer`);
    }
    return Number(text);
}

function parseArguments(argv) {
    const options = { maxBytes: null, maxErrors: 50, quiet: false, files: [] };
    for (let i = 0; i < argv.length; ++i) {
        const arg = argv[i];
        if (arg === "--max-bytes") {
            options.maxBytes = parseCount(arg, argv[++i]);
        } else if (arg === "--max-errors") {
            options.maxErrors = parseCount(arg, argv[++i]);
        } else if (arg === "--quiet") {
            options.quiet = true;
        } else if (arg === "--help" || arg === "-h") {
            usage();
        } else if (arg === "--") {
            options.files.push(...argv.slice(i + 1));
            break;
        } else if (arg.startsWith("--")) {
            usage(`unknown option ${arg}`);
        } else {
            options.files.push(arg);
        }
    }
    if (options.files.length === 0) {
        usage("no input file");
    }
    return options;
}

function loadValidators() {
    const here = dirname(fileURLToPath(import.meta.url));
    const readSchema = (name) => JSON.parse(readFileSync(join(here, name), "utf8"));
    // ajv's default class speaks draft-07. Strict mode stays on, so a typo in the schema copy is
    // an error instead of a silently ignored keyword; the schema's one extension, x-decimals,
    // is an annotation that the schema itself does not enforce.
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addKeyword({ keyword: "x-decimals", schemaType: "number" });
    ajv.addSchema(readSchema("inv01-v1.1.schema.json"));
    ajv.addSchema(readSchema("inv01-v1.1.bulk.schema.json"));
    const invoice = ajv.getSchema("https://gst-einvoice.invalid/schema/inv01-v1.1.schema.json");
    const bulk = ajv.getSchema("https://gst-einvoice.invalid/schema/inv01-v1.1.bulk.schema.json");
    if (!invoice || !bulk) {
        throw new Error("the schema copies do not have the expected $id");
    }
    return { invoice, bulk };
}

// The details ajv keeps in `params` that its message leaves out.
function detailOf(error) {
    const p = error.params ?? {};
    switch (error.keyword) {
    case "additionalProperties":
        return ` '${p.additionalProperty}'`;
    case "enum":
        return ` ${JSON.stringify(p.allowedValues)}`;
    default:
        return "";
    }
}

// Splits a bulk-array instancePath "/12/ItemList/0/Qty" into invoice 12 and "/ItemList/0/Qty".
function locate(error, isBulk) {
    if (!isBulk) {
        return { index: 0, path: error.instancePath || "/" };
    }
    const match = /^\/([0-9]+)(\/.*)?$/.exec(error.instancePath);
    if (!match) {
        return { index: null, path: error.instancePath || "/" };
    }
    return { index: Number(match[1]), path: match[2] ?? "/" };
}

function checkFile(file, validators, options) {
    let text;
    let size;
    try {
        size = statSync(file).size;
        text = readFileSync(file, "utf8");
    } catch (e) {
        console.error(`${file}: cannot read: ${e.message}`);
        return EXIT_CANNOT_RUN;
    }
    let document;
    try {
        document = JSON.parse(text);
    } catch (e) {
        console.error(`${file}: not JSON: ${e.message}`);
        return EXIT_CANNOT_RUN;
    }

    const problems = [];
    if (options.maxBytes !== null && size > options.maxBytes) {
        problems.push(`${file}: file: ${size} bytes, more than the limit of ${options.maxBytes}`);
    }
    const isBulk = Array.isArray(document);
    const validate = isBulk ? validators.bulk : validators.invoice;
    const invalidInvoices = new Set();
    if (!validate(document)) {
        for (const error of validate.errors) {
            const { index, path } = locate(error, isBulk);
            const where = index === null ? "file" : `invoice ${index}`;
            if (index !== null) {
                invalidInvoices.add(index);
            }
            problems.push(`${file}: ${where}: ${path}: ${error.message}${detailOf(error)} (${error.keyword})`);
        }
    }

    const shown = options.maxErrors === 0 ? problems : problems.slice(0, options.maxErrors);
    for (const line of shown) {
        console.log(line);
    }
    if (shown.length < problems.length) {
        console.log(`${file}: ... and ${problems.length - shown.length} more errors`);
    }
    const count = isBulk ? document.length : 1;
    if (problems.length === 0) {
        if (!options.quiet) {
            console.log(`${file}: ${count} invoice(s), valid`);
        }
        return EXIT_VALID;
    }
    console.log(`${file}: ${count} invoice(s), ${invalidInvoices.size} invalid, ${problems.length} error(s)`);
    return EXIT_INVALID;
}

function main() {
    const options = parseArguments(process.argv.slice(2));
    let validators;
    try {
        validators = loadValidators();
    } catch (e) {
        console.error(`validate.mjs: cannot load the schema: ${e.message}`);
        return EXIT_CANNOT_RUN;
    }
    let status = EXIT_VALID;
    let invalidFiles = 0;
    for (const file of options.files) {
        const result = checkFile(file, validators, options);
        if (result === EXIT_INVALID) {
            ++invalidFiles;
        }
        status = Math.max(status, result);
    }
    console.log(`validate.mjs: ${options.files.length} file(s), ${invalidFiles} invalid`
        + (status === EXIT_CANNOT_RUN ? ", some could not be checked" : ""));
    return status;
}

process.exitCode = main();
