-- SPDX-License-Identifier: GPL-3.0-or-later
-- IRN Desk store, schema version 1. Applied in one transaction by core/store/Store.cpp, which
-- then sets PRAGMA user_version = 1. Never edit a migration that has shipped: add the next one.
--
-- Money is INTEGER paise and quantities/rates INTEGER thousandths: no floating point anywhere.
-- Dates of documents are ISO yyyy-mm-dd (sortable); times are UTC ISO 8601.

-- One seller GSTIN with its profile.
CREATE TABLE workspace (
    id          INTEGER PRIMARY KEY,
    gstin       TEXT NOT NULL COLLATE NOCASE UNIQUE,
    legal_name  TEXT NOT NULL,
    trade_name  TEXT,
    addr1       TEXT,
    addr2       TEXT,
    location    TEXT,
    pin         INTEGER,
    state_code  TEXT,
    phone       TEXT,
    email       TEXT,
    aato_10cr   INTEGER NOT NULL DEFAULT 0 CHECK (aato_10cr IN (0, 1)),
    created_at  TEXT NOT NULL
);

-- Buyers, ship-to and dispatch-from addresses of a workspace.
CREATE TABLE party (
    id            INTEGER PRIMARY KEY,
    workspace_id  INTEGER NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('buyer', 'ship', 'dispatch')),
    gstin         TEXT COLLATE NOCASE,
    legal_name    TEXT NOT NULL,
    trade_name    TEXT,
    pos           TEXT,
    addr1         TEXT,
    addr2         TEXT,
    location      TEXT,
    pin           INTEGER,
    state_code    TEXT,
    phone         TEXT,
    email         TEXT
);
CREATE INDEX party_by_name ON party(workspace_id, kind, legal_name COLLATE NOCASE);
CREATE INDEX party_by_gstin ON party(workspace_id, gstin);

-- Products and services of a workspace, to fill invoice lines.
CREATE TABLE product (
    id              INTEGER PRIMARY KEY,
    workspace_id    INTEGER NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
    description     TEXT NOT NULL,
    hsn             TEXT NOT NULL,
    unit            TEXT,
    is_service      INTEGER NOT NULL DEFAULT 0 CHECK (is_service IN (0, 1)),
    gst_rate        INTEGER,          -- thousandths of a percent: 18% = 18000
    unit_price      INTEGER,          -- thousandths of a rupee
    cess_rate       INTEGER,          -- thousandths of a percent
    cess_non_advol  INTEGER           -- paise per unit
);
CREATE INDEX product_by_description ON product(workspace_id, description COLLATE NOCASE);

-- Number series per document type and financial year: pattern "INV/{fy}/{n}", width 4 gives
-- INV/25-26/0001.
CREATE TABLE number_series (
    id            INTEGER PRIMARY KEY,
    workspace_id  INTEGER NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
    doc_type      TEXT NOT NULL CHECK (doc_type IN ('INV', 'CRN', 'DBN')),
    fy            TEXT NOT NULL,      -- "2025-26"
    pattern       TEXT NOT NULL,
    width         INTEGER NOT NULL DEFAULT 4 CHECK (width BETWEEN 1 AND 10),
    next_value    INTEGER NOT NULL DEFAULT 1 CHECK (next_value >= 1),
    UNIQUE (workspace_id, doc_type, fy)
);

-- The invoices: what lists, filters, reports and the document-number registry need. The invoice
-- itself is in invoice_content, so that a change of status does not rewrite it.
CREATE TABLE invoice (
    id              INTEGER PRIMARY KEY,
    workspace_id    INTEGER NOT NULL REFERENCES workspace(id),
    doc_type        TEXT NOT NULL,
    doc_no          TEXT NOT NULL COLLATE NOCASE,
    doc_date        TEXT,             -- yyyy-mm-dd; NULL while the date is not a valid date
    fy              TEXT NOT NULL,    -- "2025-26"; '' while the date is not a valid date
    buyer_gstin     TEXT,
    buyer_name      TEXT,
    total           INTEGER,          -- ValDtls.TotInvVal in paise
    items           INTEGER NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('draft', 'ready', 'exported', 'submitting',
                                                    'registered', 'unknown', 'rejected', 'cancelled')),
    findings        TEXT,             -- JSON array of the last validation's findings
    errors          INTEGER NOT NULL DEFAULT 0,
    warnings        INTEGER NOT NULL DEFAULT 0,
    validated_at    TEXT,
    source          TEXT,             -- the file it was imported from
    export_file     TEXT,             -- the bulk file it was last exported to
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    -- What the IRP said.
    irn             TEXT,
    ack_no          TEXT,
    ack_date        TEXT,
    signed_invoice  TEXT,
    signed_qr       TEXT,
    ewb_no          TEXT,
    ewb_date        TEXT,
    ewb_valid_till  TEXT,
    irp_errors      TEXT,             -- JSON array of {code, message} of the last rejection
    cancel_date     TEXT,
    cancel_reason   INTEGER CHECK (cancel_reason IS NULL OR cancel_reason BETWEEN 1 AND 4),
    cancel_remark   TEXT,
    CHECK (status <> 'ready' OR errors = 0),
    CHECK (status NOT IN ('registered', 'cancelled') OR (irn IS NOT NULL AND ack_no IS NOT NULL)),
    CHECK (status <> 'cancelled' OR cancel_date IS NOT NULL)
);
-- The document-number registry: one number per seller, financial year and type, compared without
-- regard to letter case, as the IRP does (error 2150).
-- The canonical INV-01 JSON of each invoice (lossless): UTF-8 bytes kept as a BLOB, so that nothing
-- converts them on the way in or out (read it in SQL with json(CAST(content AS TEXT))).
CREATE TABLE invoice_content (
    invoice_id  INTEGER PRIMARY KEY REFERENCES invoice(id) ON DELETE CASCADE,
    content     BLOB NOT NULL
);

CREATE UNIQUE INDEX invoice_by_number ON invoice(workspace_id, fy, doc_type, doc_no COLLATE NOCASE);
CREATE INDEX invoice_by_date ON invoice(workspace_id, doc_date, id);
CREATE INDEX invoice_by_date_all ON invoice(doc_date, id);
CREATE INDEX invoice_by_status ON invoice(workspace_id, status, doc_date, id);
CREATE INDEX invoice_by_irn ON invoice(irn) WHERE irn IS NOT NULL;

-- Numbers used at the IRP that have no invoice in this store (registered by another program, or
-- found through a duplicate-IRN reply): they are never given out again either.
CREATE TABLE used_number (
    workspace_id  INTEGER NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
    fy            TEXT NOT NULL,
    doc_type      TEXT NOT NULL,
    doc_no        TEXT NOT NULL COLLATE NOCASE,
    state         TEXT NOT NULL CHECK (state IN ('used', 'cancelled')),
    note          TEXT,
    PRIMARY KEY (workspace_id, fy, doc_type, doc_no)
) WITHOUT ROWID;

CREATE TRIGGER invoice_number_not_used BEFORE INSERT ON invoice
WHEN EXISTS (SELECT 1 FROM used_number u WHERE u.workspace_id = NEW.workspace_id AND u.fy = NEW.fy
             AND u.doc_type = NEW.doc_type AND u.doc_no = NEW.doc_no)
BEGIN
    SELECT RAISE(ABORT, 'IRNDESK-NUMBER-USED');
END;
CREATE TRIGGER invoice_renumber_not_used BEFORE UPDATE OF doc_no, fy, doc_type ON invoice
WHEN EXISTS (SELECT 1 FROM used_number u WHERE u.workspace_id = NEW.workspace_id AND u.fy = NEW.fy
             AND u.doc_type = NEW.doc_type AND u.doc_no = NEW.doc_no)
BEGIN
    SELECT RAISE(ABORT, 'IRNDESK-NUMBER-USED');
END;

-- The moves between statuses (DESIGN §5). The store refuses any other.
CREATE TABLE status_move (
    from_status  TEXT NOT NULL,
    to_status    TEXT NOT NULL,
    PRIMARY KEY (from_status, to_status)
) WITHOUT ROWID;
INSERT INTO status_move VALUES
    ('draft', 'ready'),                                   -- validated without errors
    ('ready', 'draft'), ('exported', 'draft'), ('rejected', 'draft'), -- edited, or errors found again
    ('ready', 'exported'),                                -- written to a bulk file
    ('ready', 'submitting'), ('exported', 'submitting'),  -- sent to the IRP
    ('submitting', 'registered'), ('submitting', 'rejected'), ('submitting', 'unknown'),
    ('unknown', 'registered'), ('unknown', 'rejected'),   -- looked up after no answer came
    ('unknown', 'ready'),                                 -- looked up: the IRP has no such IRN
    ('exported', 'registered'), ('ready', 'registered'),  -- results of an upload on the portal
    ('registered', 'cancelled');

CREATE TRIGGER invoice_insert_status BEFORE INSERT ON invoice
WHEN NEW.status NOT IN ('draft', 'ready')
BEGIN
    SELECT RAISE(ABORT, 'IRNDESK-STATUS-MOVE');
END;
CREATE TRIGGER invoice_status_move BEFORE UPDATE OF status ON invoice
WHEN NEW.status <> OLD.status AND NOT EXISTS (
    SELECT 1 FROM status_move m WHERE m.from_status = OLD.status AND m.to_status = NEW.status)
BEGIN
    SELECT RAISE(ABORT, 'IRNDESK-STATUS-MOVE');
END;
-- Registered and cancelled invoices are immutable: only the cancellation and the e-way bill the
-- IRP adds later may be written to a registered one.
CREATE TRIGGER invoice_immutable BEFORE UPDATE ON invoice
WHEN OLD.status IN ('registered', 'cancelled') AND (
       NEW.workspace_id IS NOT OLD.workspace_id
    OR NEW.doc_type IS NOT OLD.doc_type OR NEW.doc_no IS NOT OLD.doc_no OR NEW.fy IS NOT OLD.fy
    OR NEW.doc_date IS NOT OLD.doc_date OR NEW.total IS NOT OLD.total
    OR NEW.irn IS NOT OLD.irn OR NEW.ack_no IS NOT OLD.ack_no OR NEW.ack_date IS NOT OLD.ack_date
    OR NEW.signed_invoice IS NOT OLD.signed_invoice OR NEW.signed_qr IS NOT OLD.signed_qr
    OR (OLD.status = 'cancelled' AND (NEW.cancel_date IS NOT OLD.cancel_date
        OR NEW.cancel_reason IS NOT OLD.cancel_reason OR NEW.cancel_remark IS NOT OLD.cancel_remark)))
BEGIN
    SELECT RAISE(ABORT, 'IRNDESK-IMMUTABLE');
END;
CREATE TRIGGER invoice_content_immutable BEFORE UPDATE ON invoice_content
WHEN EXISTS (SELECT 1 FROM invoice i WHERE i.id = OLD.invoice_id AND i.status IN ('registered', 'cancelled'))
BEGIN
    SELECT RAISE(ABORT, 'IRNDESK-IMMUTABLE');
END;
CREATE TRIGGER invoice_content_kept BEFORE DELETE ON invoice_content
WHEN EXISTS (SELECT 1 FROM invoice i WHERE i.id = OLD.invoice_id AND i.status IN ('registered', 'cancelled'))
BEGIN
    SELECT RAISE(ABORT, 'IRNDESK-IMMUTABLE');
END;
CREATE TRIGGER invoice_keep_sent BEFORE DELETE ON invoice
WHEN OLD.status IN ('submitting', 'unknown', 'registered', 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'IRNDESK-IMMUTABLE');
END;

-- What happened, for the user: who (OS user), when, to which workspace and invoice.
-- No foreign keys: the log outlives a deleted draft.
CREATE TABLE audit (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    os_user       TEXT NOT NULL,
    workspace_id  INTEGER,
    invoice_id    INTEGER,
    action        TEXT NOT NULL,
    detail        TEXT
);
CREATE INDEX audit_by_invoice ON audit(invoice_id) WHERE invoice_id IS NOT NULL;
CREATE INDEX audit_by_workspace ON audit(workspace_id, id);

-- Facts about the store itself (last full integrity check, ...).
CREATE TABLE store_meta (
    key    TEXT PRIMARY KEY,
    value  TEXT
) WITHOUT ROWID;
