// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/store: the statements the store prepares once per connection. They are
// identified by address (Store::Private::prepared), so each lives here exactly once.

#include <QByteArray>
#include <QList>
#include <QString>

namespace irndesk::store::sql {

// The columns of an InvoiceSummary, in the order Store reads them (summaryFrom), then what a
// statement reads after them from column 19 on.
#define IRNDESK_SUMMARY_COLUMNS \
    "id, workspace_id, doc_type, doc_no, doc_date, fy, buyer_gstin, buyer_name, total, items, status, errors, " \
    "warnings, irn, ack_no, ack_date, export_file, source, updated_at"

inline constexpr char kInsertAudit[] =
    "INSERT INTO audit(at, os_user, workspace_id, invoice_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)";

inline constexpr char kInsertWorkspace[] =
    "INSERT INTO workspace(gstin, legal_name, trade_name, addr1, addr2, location, pin, state_code, phone, email, "
    "aato_10cr, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
inline constexpr char kUpdateWorkspace[] =
    "UPDATE workspace SET gstin = ?, legal_name = ?, trade_name = ?, addr1 = ?, addr2 = ?, location = ?, pin = ?, "
    "state_code = ?, phone = ?, email = ?, aato_10cr = ? WHERE id = ?";
#define IRNDESK_WORKSPACE_COLUMNS \
    "SELECT id, gstin, legal_name, trade_name, addr1, addr2, location, pin, state_code, phone, email, aato_10cr, " \
    "created_at FROM workspace "
inline constexpr char kSelectWorkspaces[] = IRNDESK_WORKSPACE_COLUMNS "ORDER BY legal_name COLLATE NOCASE, gstin";
inline constexpr char kSelectWorkspaceById[] = IRNDESK_WORKSPACE_COLUMNS "WHERE id = ?";
inline constexpr char kSelectWorkspaceByGstin[] = IRNDESK_WORKSPACE_COLUMNS "WHERE gstin = ?";
#undef IRNDESK_WORKSPACE_COLUMNS

inline constexpr char kInsertParty[] =
    "INSERT INTO party(workspace_id, kind, gstin, legal_name, trade_name, pos, addr1, addr2, location, pin, "
    "state_code, phone, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
inline constexpr char kUpdateParty[] =
    "UPDATE party SET workspace_id = ?, kind = ?, gstin = ?, legal_name = ?, trade_name = ?, pos = ?, addr1 = ?, "
    "addr2 = ?, location = ?, pin = ?, state_code = ?, phone = ?, email = ? WHERE id = ?";
inline constexpr char kDeleteParty[] = "DELETE FROM party WHERE id = ?";
inline constexpr char kSelectParties[] =
    "SELECT id, workspace_id, kind, gstin, legal_name, trade_name, pos, addr1, addr2, location, pin, state_code, "
    "phone, email FROM party WHERE workspace_id = ? AND (legal_name LIKE ? ESCAPE '\\' OR trade_name LIKE ? "
    "ESCAPE '\\' OR gstin LIKE ? ESCAPE '\\') ORDER BY legal_name COLLATE NOCASE LIMIT ?";

inline constexpr char kInsertProduct[] =
    "INSERT INTO product(workspace_id, description, hsn, unit, is_service, gst_rate, unit_price, cess_rate, "
    "cess_non_advol) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
inline constexpr char kUpdateProduct[] =
    "UPDATE product SET workspace_id = ?, description = ?, hsn = ?, unit = ?, is_service = ?, gst_rate = ?, "
    "unit_price = ?, cess_rate = ?, cess_non_advol = ? WHERE id = ?";
inline constexpr char kDeleteProduct[] = "DELETE FROM product WHERE id = ?";
inline constexpr char kSelectProducts[] =
    "SELECT id, workspace_id, description, hsn, unit, is_service, gst_rate, unit_price, cess_rate, cess_non_advol "
    "FROM product WHERE workspace_id = ? AND (description LIKE ? ESCAPE '\\' OR hsn LIKE ? ESCAPE '\\') "
    "ORDER BY description COLLATE NOCASE LIMIT ?";

inline constexpr char kSelectSeries[] =
    "SELECT id, workspace_id, doc_type, fy, pattern, width, next_value FROM number_series WHERE workspace_id = ? "
    "ORDER BY fy DESC, doc_type";
inline constexpr char kUpsertSeries[] =
    "INSERT INTO number_series(workspace_id, doc_type, fy, pattern, width, next_value) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (workspace_id, doc_type, fy) DO UPDATE SET pattern = excluded.pattern, width = excluded.width, "
    "next_value = excluded.next_value";
inline constexpr char kSelectNumberStatus[] =
    "SELECT status FROM invoice WHERE workspace_id = ? AND fy = ? AND doc_type = ? AND doc_no = ?";
inline constexpr char kSelectUsedNumber[] =
    "SELECT state FROM used_number WHERE workspace_id = ? AND fy = ? AND doc_type = ? AND doc_no = ?";
inline constexpr char kUpsertUsedNumber[] =
    "INSERT INTO used_number(workspace_id, fy, doc_type, doc_no, state, note) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT DO UPDATE SET state = excluded.state, note = excluded.note";

inline constexpr char kInsertInvoice[] =
    "INSERT INTO invoice(workspace_id, doc_type, doc_no, doc_date, fy, buyer_gstin, buyer_name, total, items, "
    "status, findings, errors, warnings, validated_at, source, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
inline constexpr char kInsertContent[] = "INSERT INTO invoice_content(invoice_id, content) VALUES (?, ?)";
inline constexpr char kUpdateContent[] = "UPDATE invoice_content SET content = ? WHERE invoice_id = ?";
inline constexpr char kUpdateInvoiceContent[] =
    "UPDATE invoice SET doc_type = ?, doc_no = ?, doc_date = ?, fy = ?, buyer_gstin = ?, buyer_name = ?, total = ?, "
    "items = ?, status = ?, findings = ?, errors = ?, warnings = ?, validated_at = ?, updated_at = ? WHERE id = ?";
inline constexpr char kUpdateFindings[] =
    "UPDATE invoice SET status = ?, findings = ?, errors = ?, warnings = ?, validated_at = ?, updated_at = ? WHERE id = ?";
inline constexpr char kSelectStatus[] = "SELECT status, workspace_id, doc_type, doc_no FROM invoice WHERE id = ?";
inline constexpr char kUpdateStatus[] = "UPDATE invoice SET status = ?, updated_at = ? WHERE id = ?";
// Lists of invoices go in as one JSON array of ids: "id IN (SELECT value FROM json_each(?))".
inline constexpr char kMarkExported[] =
    "UPDATE invoice SET status = 'exported', export_file = ?, updated_at = ? WHERE id IN (SELECT value FROM json_each(?))";
inline constexpr char kAuditExported[] =
    "INSERT INTO audit(at, os_user, workspace_id, invoice_id, action, detail) SELECT ?, ?, workspace_id, id, 'exported', ? "
    "FROM invoice WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id";
inline constexpr char kAuditImported[] =
    "INSERT INTO audit(at, os_user, workspace_id, invoice_id, action, detail) SELECT ?, ?, workspace_id, id, 'imported', "
    "doc_type || ' ' || doc_no || ' from ' || ifnull(source, '') || ' (' || errors || ' errors, ' || warnings || "
    "' warnings)' FROM invoice WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id";
inline constexpr char kSelectSummaries[] = "SELECT " IRNDESK_SUMMARY_COLUMNS
                                           " FROM invoice WHERE id IN (SELECT value FROM json_each(?))";
inline constexpr char kSelectContents[] = "SELECT " IRNDESK_SUMMARY_COLUMNS
                                          ", content FROM invoice JOIN invoice_content ON invoice_id = id "
                                          "WHERE id IN (SELECT value FROM json_each(?))";
inline constexpr char kRecordRegistered[] =
    "UPDATE invoice SET status = 'registered', irn = ?, ack_no = ?, ack_date = ?, signed_invoice = ?, signed_qr = ?, "
    "ewb_no = ?, ewb_date = ?, ewb_valid_till = ?, irp_errors = NULL, updated_at = ? WHERE id = ?";
inline constexpr char kRecordRejected[] =
    "UPDATE invoice SET status = 'rejected', irp_errors = ?, updated_at = ? WHERE id = ?";
inline constexpr char kRecordCancelled[] =
    "UPDATE invoice SET status = 'cancelled', cancel_date = ?, cancel_reason = ?, cancel_remark = ?, updated_at = ? "
    "WHERE id = ?";
inline constexpr char kRecordEwayBill[] =
    "UPDATE invoice SET ewb_no = ?, ewb_date = ?, ewb_valid_till = ?, updated_at = ? WHERE id = ?";
inline constexpr char kDeleteInvoice[] = "DELETE FROM invoice WHERE id = ?";
inline constexpr char kSelectInvoice[] =
    "SELECT " IRNDESK_SUMMARY_COLUMNS ", content, findings, validated_at, "
    "signed_invoice, signed_qr, ewb_no, ewb_date, ewb_valid_till, irp_errors, cancel_date, cancel_reason, "
    "cancel_remark, created_at FROM invoice JOIN invoice_content ON invoice_id = id WHERE id = ?";
inline constexpr char kSelectContent[] = "SELECT content FROM invoice_content WHERE invoice_id = ?";
inline constexpr char kFindInvoice[] =
    "SELECT id FROM invoice WHERE workspace_id = ? AND fy = ? AND doc_type = ? AND doc_no = ?";
inline constexpr char kFindInvoiceByIrn[] = "SELECT id FROM invoice WHERE irn = ?";

inline constexpr char kSummaryColumns[] = IRNDESK_SUMMARY_COLUMNS;
#undef IRNDESK_SUMMARY_COLUMNS

/// "[1,2,3]": ids as a JSON array, for json_each(?).
inline QString idArray(const QList<qint64>& ids)
{
    QByteArray out;
    out.reserve(ids.size() * 8 + 2);
    out += '[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        out += QByteArray::number(ids[i]);
    }
    out += ']';
    return QString::fromLatin1(out); // text: SQLite's JSON functions do not read BLOBs
}

/// "?,?,?": `count` positional parameters for an IN list.
inline QString placeholders(qsizetype count)
{
    QString marks(count * 2 - 1, QLatin1Char(','));
    for (qsizetype i = 0; i < marks.size(); i += 2) {
        marks[i] = QLatin1Char('?');
    }
    return marks;
}

/// `text` with the LIKE wildcards % and _ (and the escape character) escaped by a backslash.
inline QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

} // namespace irndesk::store::sql
