-- SPDX-License-Identifier: GPL-3.0-or-later
-- IRN Desk store, schema version 4: the submission journal. A row is written, in the same
-- transaction that moves the invoice to `submitting`, before its request leaves for the IRP; it
-- is closed with the outcome in the transaction that records it. A row still open after a crash
-- or a kill is what the next run looks up (by the locally computed IRN) before anything is sent
-- again: an invoice is never registered twice.
CREATE TABLE submission (
    id          INTEGER PRIMARY KEY,
    invoice_id  INTEGER NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
    profile     TEXT NOT NULL,
    irn         TEXT NOT NULL CHECK (length(irn) = 64),
    request     TEXT NOT NULL CHECK (request IN ('generate', 'lookup', 'cancel')),
    state       TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    outcome     TEXT,
    detail      TEXT,
    started_at  TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX submission_open ON submission(state, invoice_id) WHERE state = 'open';
CREATE INDEX submission_by_invoice ON submission(invoice_id, id);
