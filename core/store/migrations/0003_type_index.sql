-- SPDX-License-Identifier: GPL-3.0-or-later
-- IRN Desk store, schema version 3: lists filtered by document type (credit notes only, say) read
-- a workspace's invoices of that type newest first through an index, instead of walking every
-- invoice of the workspace.
CREATE INDEX invoice_by_type ON invoice(workspace_id, doc_type, doc_date, id);
