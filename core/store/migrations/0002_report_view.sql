-- SPDX-License-Identifier: GPL-3.0-or-later
-- IRN Desk store, schema version 2: the per-invoice status report as a view, for people who read
-- the store with sqlite3 or a spreadsheet's database connection (`SELECT * FROM status_report`).
-- Amounts are in rupees as text with two places, exactly as stored (no floating point).
CREATE VIEW status_report AS
SELECT w.gstin AS seller_gstin,
       i.doc_type,
       i.doc_no,
       i.doc_date,
       i.buyer_gstin,
       i.buyer_name,
       CASE WHEN i.total IS NULL THEN NULL
            ELSE (CASE WHEN i.total < 0 THEN '-' ELSE '' END) || (abs(i.total) / 100) || '.'
                 || substr('0' || (abs(i.total) % 100), -2) END AS total,
       i.status,
       i.errors,
       i.warnings,
       i.irn,
       i.ack_no,
       i.ack_date,
       i.ewb_no,
       i.export_file,
       i.updated_at
FROM invoice i JOIN workspace w ON w.id = i.workspace_id;
