// SPDX-License-Identifier: GPL-3.0-or-later
// The invoices of the store: adding, editing, the status moves, queries.
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "core/model/Dates.h"
#include "core/store/StorePrivate.h"

#include <QHash>
#include <QSet>
#include <QSqlDriver>

#include <sqlite3.h>

namespace irndesk::store {

namespace {

// The columns of the invoice table that copy fields of its content.
struct Copies
{
    DocKey key;
    QVariant docDate;
    QVariant buyerGstin, buyerName, total;
    int items = 0;
};

Copies copiesOf(qint64 workspaceId, const Invoice& invoice)
{
    Copies c;
    c.key = DocKey::of(workspaceId, invoice);
    if (c.key.fy.isNull()) {
        c.key.fy = QLatin1String(""); // not a real date (31/02/2026): '' in the store, not NULL
    }
    const QDate date = parseInvoiceDate(invoice.docDtls.dt.value_or(QString()));
    c.docDate = date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
    c.buyerGstin = optionalText(invoice.buyerDtls.gstin);
    c.buyerName = optionalText(invoice.buyerDtls.lglNm);
    c.total = rawOrNull(invoice.valDtls.totInvVal);
    c.items = static_cast<int>(invoice.itemList.size());
    return c;
}

Status checkIdentity(const DocKey& key)
{
    if (key.docType.isEmpty() || key.docNo.isEmpty()) {
        return Error{ErrorCode::InvalidArgument,
                     Tr::tr("an invoice needs its document type (DocDtls.Typ) and number (DocDtls.No) to be stored"),
                     {}};
    }
    return Ok{};
}

QString describe(const DocKey& key)
{
    return QStringLiteral("%1 %2").arg(key.docType, key.docNo);
}

struct Counts
{
    int errors = 0;
    int warnings = 0;
};

Counts countsOf(const Findings& findings)
{
    Counts c;
    for (const Finding& f : findings) {
        (f.isError() ? c.errors : c.warnings)++;
    }
    return c;
}

InvoiceSummary summaryFrom(const QSqlQuery& q)
{
    InvoiceSummary s;
    s.id = q.value(0).toLongLong();
    s.workspaceId = q.value(1).toLongLong();
    s.docType = q.value(2).toString();
    s.docNo = q.value(3).toString();
    s.docDate = isoDate(q.value(4).toString());
    s.fy = q.value(5).toString();
    s.buyerGstin = q.value(6).toString();
    s.buyerName = q.value(7).toString();
    s.total = fixedFrom<2>(q.value(8));
    s.items = q.value(9).toInt();
    s.status = statusFromName(q.value(10).toString()).value_or(InvoiceStatus::Draft);
    s.errors = q.value(11).toInt();
    s.warnings = q.value(12).toInt();
    s.irn = q.value(13).toString();
    s.ackNo = q.value(14).toString();
    s.ackDate = q.value(15).toString();
    s.exportFile = q.value(16).toString();
    s.source = q.value(17).toString();
    s.updatedAt = timeFrom(q.value(18));
    return s;
}

} // namespace

namespace detail {

Result<qint64> insertInvoice(Store::Private& d,
                             qint64 workspaceId,
                             const Copies& copies,
                             const Invoice& invoice,
                             const Findings& findings,
                             const QString& source,
                             const QByteArray& content);

// The status and identity of invoice `id`, or NotFound.
struct Current
{
    InvoiceStatus status = InvoiceStatus::Draft;
    qint64 workspaceId = 0;
    QString docType, docNo;
};

Result<Current> currentOf(Store::Private& d, qint64 id)
{
    QSqlQuery& q = d.prepared(sql::kSelectStatus);
    q.bindValue(0, id);
    if (!q.exec()) {
        return d.sqlError(q.lastError(), Tr::tr("cannot read invoice #%1").arg(id));
    }
    if (!q.next()) {
        q.finish();
        return Error{ErrorCode::NotFound, Tr::tr("there is no invoice #%1 in the store").arg(id), {}};
    }
    Current c{statusFromName(q.value(0).toString()).value_or(InvoiceStatus::Draft), q.value(1).toLongLong(),
              q.value(2).toString(), q.value(3).toString()};
    q.finish();
    return c;
}

Error moveRefused(const Current& c, InvoiceStatus to)
{
    if (isImmutable(c.status)) {
        return Error{ErrorCode::Conflict,
                     Tr::tr("%1 %2 is %3: a registered or cancelled invoice cannot be changed")
                         .arg(c.docType, c.docNo, statusName(c.status)),
                     {}};
    }
    return Error{ErrorCode::Conflict,
                 Tr::tr("%1 %2 is %3 and cannot become %4").arg(c.docType, c.docNo, statusName(c.status), statusName(to)),
                 {}};
}

// Moves invoice `id` to `to` (a status it may move to) and logs `action`.
Status moveTo(Store::Private& d, qint64 id, InvoiceStatus to, const QString& action, const QString& detail)
{
    const Result<Current> current = currentOf(d, id);
    if (!current) {
        return current.error();
    }
    if (!isAllowedMove(current.value().status, to)) {
        return moveRefused(current.value(), to);
    }
    QSqlQuery& q = d.prepared(sql::kUpdateStatus);
    q.bindValue(0, statusName(to));
    q.bindValue(1, nowText());
    q.bindValue(2, id);
    if (Status s = d.exec(q, Tr::tr("cannot change the status of invoice #%1").arg(id)); !s) {
        return s;
    }
    return d.audit(action, current.value().workspaceId, id, detail);
}

} // namespace detail

Result<qint64> Store::addInvoice(qint64 workspaceId, const Invoice& invoice, const Findings& findings, const QString& source)
{
    return addInvoice(workspaceId, invoice, findings, source, invoiceToJson(invoice));
}

Result<qint64> Store::addInvoice(qint64 workspaceId,
                                 const Invoice& invoice,
                                 const Findings& findings,
                                 const QString& source,
                                 const QByteArray& content)
{
    const Copies copies = copiesOf(workspaceId, invoice);
    if (Status s = checkIdentity(copies.key); !s) {
        return s.error();
    }
    return inTransaction(*d, [&]() -> Result<qint64> {
        Result<qint64> id = insertInvoice(*d, workspaceId, copies, invoice, findings, source, content);
        if (!id) {
            return id;
        }
        const Counts counts = countsOf(findings);
        const QString detail = source.isEmpty()
            ? describe(copies.key)
            : QStringLiteral("%1 from %2 (%3 errors, %4 warnings)").arg(describe(copies.key), source).arg(counts.errors).arg(counts.warnings);
        if (Status s = d->audit(source.isEmpty() ? QStringLiteral("created") : QStringLiteral("imported"), workspaceId, id.value(), detail); !s) {
            return s.error();
        }
        return id;
    });
}

Result<qint64> Store::addInvoiceInBulk(qint64 workspaceId,
                                       const Invoice& invoice,
                                       const Findings& findings,
                                       const QString& source,
                                       const QByteArray& content)
{
    if (d->transactionDepth == 0) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("addInvoiceInBulk() needs a Store::Transaction"), {}};
    }
    const Copies copies = copiesOf(workspaceId, invoice);
    if (Status s = checkIdentity(copies.key); !s) {
        return s.error();
    }
    return insertInvoice(*d, workspaceId, copies, invoice, findings, source, content);
}

Status Store::auditImported(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return Ok{};
    }
    QSqlQuery& q = d->prepared(sql::kAuditImported);
    q.bindValue(0, nowText());
    q.bindValue(1, d->user);
    q.bindValue(2, sql::idArray(ids));
    return d->exec(q, Tr::tr("cannot write the audit log"));
}

namespace detail {

// The rows of a new invoice, without a transaction or an audit entry of its own.
Result<qint64> insertInvoice(Store::Private& d,
                             qint64 workspaceId,
                             const Copies& copies,
                             const Invoice& /*invoice*/,
                             const Findings& findings,
                             const QString& source,
                             const QByteArray& content)
{
    const Counts counts = countsOf(findings);
    const QString now = nowText();
    {
        QSqlQuery& q = d.prepared(sql::kInsertInvoice);
        q.bindValue(0, workspaceId);
        q.bindValue(1, copies.key.docType);
        q.bindValue(2, copies.key.docNo);
        q.bindValue(3, copies.docDate);
        q.bindValue(4, copies.key.fy);
        q.bindValue(5, copies.buyerGstin);
        q.bindValue(6, copies.buyerName);
        q.bindValue(7, copies.total);
        q.bindValue(8, copies.items);
        q.bindValue(9, statusName(counts.errors == 0 ? InvoiceStatus::Ready : InvoiceStatus::Draft));
        q.bindValue(10, textOrNull(findingsJson(findings)));
        q.bindValue(11, counts.errors);
        q.bindValue(12, counts.warnings);
        q.bindValue(13, now);
        q.bindValue(14, textOrNull(source));
        q.bindValue(15, now);
        q.bindValue(16, now);
        if (!q.exec()) {
            Error e = d.sqlError(q.lastError(), {});
            if (e.code == ErrorCode::Conflict) {
                e.message = Tr::tr("the number %1 is already used for this seller in financial year %2: a document "
                                   "number can be used once per seller, year and type")
                                .arg(describe(copies.key), copies.key.fy);
            }
            return e;
        }
        const qint64 id = q.lastInsertId().toLongLong();
        QSqlQuery& c = d.prepared(sql::kInsertContent);
        c.bindValue(0, id);
        c.bindValue(1, content);
        if (Status s = d.exec(c, Tr::tr("cannot store the invoice %1").arg(describe(copies.key))); !s) {
            return s.error();
        }
        return id;
    }
}

} // namespace detail

Status Store::updateInvoice(qint64 id, const Invoice& invoice, const Findings& findings)
{
    return inTransaction(*d, [&]() -> Status {
        const Result<Current> current = currentOf(*d, id);
        if (!current) {
            return current.error();
        }
        if (!isEditable(current.value().status)) {
            return moveRefused(current.value(), InvoiceStatus::Draft);
        }
        const Copies copies = copiesOf(current.value().workspaceId, invoice);
        if (Status s = checkIdentity(copies.key); !s) {
            return s;
        }
        // An edit sends the invoice back to draft (DESIGN §5); its new validation may then make
        // it ready again.
        const Counts counts = countsOf(findings);
        const InvoiceStatus status = counts.errors == 0 ? InvoiceStatus::Ready : InvoiceStatus::Draft;
        if (current.value().status != InvoiceStatus::Draft && current.value().status != status) {
            if (Status s = moveTo(*d, id, InvoiceStatus::Draft, QStringLiteral("reopened"), statusName(current.value().status)); !s) {
                return s;
            }
        }
        const QString now = nowText();
        QSqlQuery& q = d->prepared(sql::kUpdateInvoiceContent);
        q.bindValue(0, copies.key.docType);
        q.bindValue(1, copies.key.docNo);
        q.bindValue(2, copies.docDate);
        q.bindValue(3, copies.key.fy);
        q.bindValue(4, copies.buyerGstin);
        q.bindValue(5, copies.buyerName);
        q.bindValue(6, copies.total);
        q.bindValue(7, copies.items);
        q.bindValue(8, statusName(status));
        q.bindValue(9, textOrNull(findingsJson(findings)));
        q.bindValue(10, counts.errors);
        q.bindValue(11, counts.warnings);
        q.bindValue(12, now);
        q.bindValue(13, now);
        q.bindValue(14, id);
        if (!q.exec()) {
            Error e = d->sqlError(q.lastError(), {});
            if (e.code == ErrorCode::Conflict) {
                e.message = Tr::tr("the number %1 is already used in this workspace (financial year %2)").arg(describe(copies.key), copies.key.fy);
            }
            return e;
        }
        QSqlQuery& c = d->prepared(sql::kUpdateContent);
        c.bindValue(0, invoiceToJson(invoice));
        c.bindValue(1, id);
        if (Status s = d->exec(c, Tr::tr("cannot store the invoice %1").arg(describe(copies.key))); !s) {
            return s;
        }
        return d->audit(QStringLiteral("edited"), current.value().workspaceId, id,
                        QStringLiteral("%1 (%2 errors, %3 warnings)").arg(describe(copies.key)).arg(counts.errors).arg(counts.warnings));
    });
}

Status Store::recordValidation(qint64 id, const Findings& findings)
{
    return inTransaction(*d, [&]() -> Status {
        const Result<Current> current = currentOf(*d, id);
        if (!current) {
            return current.error();
        }
        const Counts counts = countsOf(findings);
        InvoiceStatus status = current.value().status;
        // Only a draft or ready invoice changes status with its validation; the findings of the
        // others are kept for the user to see.
        if (status == InvoiceStatus::Draft || status == InvoiceStatus::Ready) {
            status = counts.errors == 0 ? InvoiceStatus::Ready : InvoiceStatus::Draft;
        } else if (isImmutable(status)) {
            return moveRefused(current.value(), status);
        }
        const QString now = nowText();
        QSqlQuery& q = d->prepared(sql::kUpdateFindings);
        q.bindValue(0, statusName(status));
        q.bindValue(1, textOrNull(findingsJson(findings)));
        q.bindValue(2, counts.errors);
        q.bindValue(3, counts.warnings);
        q.bindValue(4, now);
        q.bindValue(5, now);
        q.bindValue(6, id);
        if (Status s = d->exec(q, Tr::tr("cannot store the validation of invoice #%1").arg(id)); !s) {
            return s;
        }
        return d->audit(QStringLiteral("validated"), current.value().workspaceId, id,
                        QStringLiteral("%1 errors, %2 warnings").arg(counts.errors).arg(counts.warnings));
    });
}

Status Store::markExported(const QList<qint64>& ids, const QString& file)
{
    if (ids.isEmpty()) {
        return Ok{};
    }
    return inTransaction(*d, [&]() -> Status {
        const QString now = nowText();
        // The ids go in as one JSON array (json_each): SQLite and Qt handle one parameter faster
        // than hundreds. The status_move trigger refuses any invoice that may not become
        // exported, and the whole step with it.
        const QString array = sql::idArray(ids);
        QSqlQuery& update = d->prepared(sql::kMarkExported);
        update.bindValue(0, file);
        update.bindValue(1, now);
        update.bindValue(2, array);
        if (!update.exec() || update.numRowsAffected() != QSet<qint64>(ids.begin(), ids.end()).size()) {
            // Say which one, and why.
            for (qint64 id : ids) {
                const Result<Current> current = currentOf(*d, id);
                if (!current) {
                    return current.error();
                }
                if (!isAllowedMove(current.value().status, InvoiceStatus::Exported)) {
                    return moveRefused(current.value(), InvoiceStatus::Exported);
                }
            }
            return d->sqlError(update.lastError(), Tr::tr("cannot mark the invoices exported"));
        }
        QSqlQuery& audit = d->prepared(sql::kAuditExported);
        audit.bindValue(0, now);
        audit.bindValue(1, d->user);
        audit.bindValue(2, file);
        audit.bindValue(3, array);
        return d->exec(audit, Tr::tr("cannot write the audit log"));
    });
}

Status Store::markSubmitting(qint64 id)
{
    return inTransaction(*d, [&]() -> Status { return moveTo(*d, id, InvoiceStatus::Submitting, QStringLiteral("submitted"), {}); });
}

Status Store::recordRegistered(qint64 id, const IrpResult& r, const QString& how)
{
    if (r.irn.isEmpty() || r.ackNo.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, Tr::tr("a registration needs the IRN and the acknowledgement number"), {}};
    }
    return inTransaction(*d, [&]() -> Status {
        const Result<Current> current = currentOf(*d, id);
        if (!current) {
            return current.error();
        }
        if (!isAllowedMove(current.value().status, InvoiceStatus::Registered) || current.value().status == InvoiceStatus::Registered) {
            return moveRefused(current.value(), InvoiceStatus::Registered);
        }
        QSqlQuery& q = d->prepared(sql::kRecordRegistered);
        q.bindValue(0, r.irn);
        q.bindValue(1, r.ackNo);
        q.bindValue(2, textOrNull(r.ackDate));
        q.bindValue(3, textOrNull(r.signedInvoice));
        q.bindValue(4, textOrNull(r.signedQrCode));
        q.bindValue(5, textOrNull(r.ewbNo));
        q.bindValue(6, textOrNull(r.ewbDate));
        q.bindValue(7, textOrNull(r.ewbValidTill));
        q.bindValue(8, nowText());
        q.bindValue(9, id);
        if (Status s = d->exec(q, Tr::tr("cannot record the registration of invoice #%1").arg(id)); !s) {
            return s;
        }
        return d->audit(QStringLiteral("registered"), current.value().workspaceId, id,
                        QStringLiteral("IRN %1, Ack No %2 (%3)").arg(r.irn, r.ackNo, how));
    });
}

Status Store::recordRejected(qint64 id, const QList<IrpError>& errors)
{
    return inTransaction(*d, [&]() -> Status {
        const Result<Current> current = currentOf(*d, id);
        if (!current) {
            return current.error();
        }
        if (!isAllowedMove(current.value().status, InvoiceStatus::Rejected) || current.value().status == InvoiceStatus::Rejected) {
            return moveRefused(current.value(), InvoiceStatus::Rejected);
        }
        QSqlQuery& q = d->prepared(sql::kRecordRejected);
        q.bindValue(0, irpErrorsJson(errors));
        q.bindValue(1, nowText());
        q.bindValue(2, id);
        if (Status s = d->exec(q, Tr::tr("cannot record the rejection of invoice #%1").arg(id)); !s) {
            return s;
        }
        QStringList codes;
        for (const IrpError& e : errors) {
            codes.append(e.code);
        }
        return d->audit(QStringLiteral("rejected"), current.value().workspaceId, id, codes.join(QStringLiteral(", ")));
    });
}

Status Store::recordUnknown(qint64 id, const QString& why)
{
    return inTransaction(*d, [&]() -> Status { return moveTo(*d, id, InvoiceStatus::Unknown, QStringLiteral("unknown"), why); });
}

Status Store::recordNotRegistered(qint64 id)
{
    return inTransaction(*d, [&]() -> Status {
        const Result<Current> current = currentOf(*d, id);
        if (current && current.value().status != InvoiceStatus::Unknown) {
            return moveRefused(current.value(), InvoiceStatus::Ready);
        }
        return moveTo(*d, id, InvoiceStatus::Ready, QStringLiteral("not-registered"), {});
    });
}

Status Store::recordCancelled(qint64 id, const QString& cancelDate, int reason, const QString& remark)
{
    if (reason < 1 || reason > 4) {
        return Error{ErrorCode::InvalidArgument, Tr::tr("the cancel reason must be 1, 2, 3 or 4, not %1").arg(reason), {}};
    }
    return inTransaction(*d, [&]() -> Status {
        const Result<Current> current = currentOf(*d, id);
        if (!current) {
            return current.error();
        }
        if (current.value().status != InvoiceStatus::Registered) {
            return moveRefused(current.value(), InvoiceStatus::Cancelled);
        }
        QSqlQuery& q = d->prepared(sql::kRecordCancelled);
        q.bindValue(0, cancelDate);
        q.bindValue(1, reason);
        q.bindValue(2, textOrNull(remark));
        q.bindValue(3, nowText());
        q.bindValue(4, id);
        if (Status s = d->exec(q, Tr::tr("cannot record the cancellation of invoice #%1").arg(id)); !s) {
            return s;
        }
        return d->audit(QStringLiteral("cancelled"), current.value().workspaceId, id,
                        QStringLiteral("reason %1: %2").arg(reason).arg(remark));
    });
}

Status Store::recordEwayBill(qint64 id, const QString& ewbNo, const QString& ewbDate, const QString& validTill)
{
    return inTransaction(*d, [&]() -> Status {
        const Result<Current> current = currentOf(*d, id);
        if (!current) {
            return current.error();
        }
        QSqlQuery& q = d->prepared(sql::kRecordEwayBill);
        q.bindValue(0, ewbNo);
        q.bindValue(1, textOrNull(ewbDate));
        q.bindValue(2, textOrNull(validTill));
        q.bindValue(3, nowText());
        q.bindValue(4, id);
        if (Status s = d->exec(q, Tr::tr("cannot record the e-way bill of invoice #%1").arg(id)); !s) {
            return s;
        }
        return d->audit(QStringLiteral("eway-bill"), current.value().workspaceId, id, ewbNo);
    });
}

Status Store::deleteInvoice(qint64 id)
{
    return inTransaction(*d, [&]() -> Status {
        const Result<Current> current = currentOf(*d, id);
        if (!current) {
            return current.error();
        }
        if (!isEditable(current.value().status)) {
            return Error{ErrorCode::Conflict,
                         Tr::tr("%1 %2 is %3: an invoice that was sent to the IRP cannot be deleted")
                             .arg(current.value().docType, current.value().docNo, statusName(current.value().status)),
                         {}};
        }
        QSqlQuery& q = d->prepared(sql::kDeleteInvoice);
        q.bindValue(0, id);
        if (Status s = d->exec(q, Tr::tr("cannot delete invoice #%1").arg(id)); !s) {
            return s;
        }
        return d->audit(QStringLiteral("deleted"), current.value().workspaceId, id,
                        QStringLiteral("%1 %2").arg(current.value().docType, current.value().docNo));
    });
}

Result<StoredInvoice> Store::invoice(qint64 id)
{
    QSqlQuery& q = d->prepared(sql::kSelectInvoice);
    q.bindValue(0, id);
    if (!q.exec()) {
        return d->sqlError(q.lastError(), Tr::tr("cannot read invoice #%1").arg(id));
    }
    if (!q.next()) {
        q.finish();
        return Error{ErrorCode::NotFound, Tr::tr("there is no invoice #%1 in the store").arg(id), {}};
    }
    StoredInvoice s;
    s.summary = summaryFrom(q);
    const QByteArray content = q.value(19).toByteArray();
    s.findings = findingsFrom(q.value(20));
    s.validatedAt = timeFrom(q.value(21));
    s.irp.irn = s.summary.irn;
    s.irp.ackNo = s.summary.ackNo;
    s.irp.ackDate = s.summary.ackDate;
    s.irp.signedInvoice = q.value(22).toString();
    s.irp.signedQrCode = q.value(23).toString();
    s.irp.ewbNo = q.value(24).toString();
    s.irp.ewbDate = q.value(25).toString();
    s.irp.ewbValidTill = q.value(26).toString();
    s.irpErrors = irpErrorsFrom(q.value(27));
    s.cancelDate = q.value(28).toString();
    s.cancelReason = q.value(29).toInt();
    s.cancelRemark = q.value(30).toString();
    s.createdAt = timeFrom(q.value(31));
    q.finish();
    ReadInvoice read = readInvoice(content);
    if (!read.invoice || hasErrors(read.diagnostics)) {
        return Error{ErrorCode::Corrupt,
                     Tr::tr("the stored content of invoice #%1 cannot be read back: %2")
                         .arg(id)
                         .arg(read.diagnostics.isEmpty() ? QString() : read.diagnostics.first().toString()),
                     {}};
    }
    s.invoice = std::move(*read.invoice);
    return s;
}

Result<QByteArray> Store::invoiceJson(qint64 id)
{
    QSqlQuery& q = d->prepared(sql::kSelectContent);
    q.bindValue(0, id);
    if (!q.exec()) {
        return d->sqlError(q.lastError(), Tr::tr("cannot read invoice #%1").arg(id));
    }
    if (!q.next()) {
        q.finish();
        return Error{ErrorCode::NotFound, Tr::tr("there is no invoice #%1 in the store").arg(id), {}};
    }
    QByteArray content = q.value(0).toByteArray();
    q.finish();
    return content;
}

QList<std::pair<InvoiceSummary, QByteArray>> Store::invoiceContents(const QList<qint64>& ids)
{
    QHash<qint64, std::pair<InvoiceSummary, QByteArray>> found;
    found.reserve(ids.size());
    QSqlQuery& q = d->prepared(sql::kSelectContents);
    q.bindValue(0, sql::idArray(ids));
    if (d->read(q)) {
        while (q.next()) {
            InvoiceSummary summary = summaryFrom(q);
            const qint64 id = summary.id;
            found.insert(id, {std::move(summary), q.value(19).toByteArray()});
        }
        d->checkRows(q);
    }
    q.finish();
    QList<std::pair<InvoiceSummary, QByteArray>> list;
    list.reserve(found.size());
    for (qint64 id : ids) {
        if (auto it = found.find(id); it != found.end()) {
            list.append(std::move(*it));
        }
    }
    return list;
}

std::optional<qint64> Store::findInvoice(const DocKey& key)
{
    QSqlQuery& q = d->prepared(sql::kFindInvoice);
    q.bindValue(0, key.workspaceId);
    q.bindValue(1, key.fy);
    q.bindValue(2, key.docType);
    q.bindValue(3, key.docNo);
    std::optional<qint64> id;
    if (q.exec() && q.next()) {
        id = q.value(0).toLongLong();
    }
    q.finish();
    return id;
}

std::optional<qint64> Store::findInvoiceByIrn(const QString& irn)
{
    QSqlQuery& q = d->prepared(sql::kFindInvoiceByIrn);
    q.bindValue(0, irn.toLower());
    std::optional<qint64> id;
    if (q.exec() && q.next()) {
        id = q.value(0).toLongLong();
    }
    q.finish();
    return id;
}

namespace {

// WHERE clause and its values for a filter.
struct Where
{
    QString text;
    QVariantList values;
};

Where whereOf(const InvoiceFilter& f)
{
    Where w;
    QStringList terms;
    if (f.workspaceId) {
        terms.append(QStringLiteral("workspace_id = ?"));
        w.values.append(*f.workspaceId);
    }
    if (!f.statuses.isEmpty()) {
        for (InvoiceStatus s : f.statuses) {
            w.values.append(statusName(s));
        }
        terms.append(QStringLiteral("status IN (%1)").arg(sql::placeholders(f.statuses.size())));
    }
    if (f.from.isValid()) {
        terms.append(QStringLiteral("doc_date >= ?"));
        w.values.append(f.from.toString(Qt::ISODate));
    }
    if (f.to.isValid()) {
        terms.append(QStringLiteral("doc_date <= ?"));
        w.values.append(f.to.toString(Qt::ISODate));
    }
    if (!f.docType.isEmpty()) {
        terms.append(QStringLiteral("doc_type = ?"));
        w.values.append(f.docType.toUpper());
    }
    if (!f.buyer.isEmpty()) {
        terms.append(QStringLiteral("(buyer_gstin = ? COLLATE NOCASE OR buyer_name LIKE ? ESCAPE '\\')"));
        w.values.append(f.buyer);
        w.values.append(QStringLiteral("%%1%").arg(sql::likeEscaped(f.buyer)));
    }
    if (!f.text.isEmpty()) {
        terms.append(QStringLiteral("(doc_no LIKE ?1x ESCAPE '\\' OR buyer_name LIKE ?1x ESCAPE '\\' OR buyer_gstin LIKE ?1x "
                                    "ESCAPE '\\' OR irn = ?)"));
        const QString like = QStringLiteral("%%1%").arg(sql::likeEscaped(f.text));
        // Positional parameters only: the same value is bound once per use.
        terms.last().replace(QLatin1String("?1x"), QLatin1String("?"));
        w.values.append(like);
        w.values.append(like);
        w.values.append(like);
        w.values.append(f.text.toLower());
    }
    if (!f.ids.isEmpty()) {
        w.values.append(sql::idArray(f.ids));
        terms.append(QStringLiteral("id IN (SELECT value FROM json_each(?))"));
    }
    if (!terms.isEmpty()) {
        w.text = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
    return w;
}

QString orderOf(InvoiceSort sort, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString column;
    switch (sort) {
    case InvoiceSort::DocDate:
        column = QStringLiteral("doc_date");
        break;
    case InvoiceSort::DocNo:
        column = QStringLiteral("doc_no");
        break;
    case InvoiceSort::Buyer:
        column = QStringLiteral("buyer_name COLLATE NOCASE");
        break;
    case InvoiceSort::Total:
        column = QStringLiteral("total");
        break;
    case InvoiceSort::Status:
        column = QStringLiteral("status");
        break;
    case InvoiceSort::Updated:
        column = QStringLiteral("updated_at");
        break;
    }
    return QStringLiteral(" ORDER BY %1 %2, id %2").arg(column, dir);
}

} // namespace

QList<InvoiceSummary> Store::listInvoices(const InvoiceFilter& filter, InvoiceSort sort, Qt::SortOrder order, int offset, int limit)
{
    QList<InvoiceSummary> list;
    const Where where = whereOf(filter);
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM invoice").arg(QLatin1String(sql::kSummaryColumns)) + where.text + orderOf(sort, order)
              + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& v : where.values) {
        q.addBindValue(v);
    }
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (d->read(q)) {
        while (q.next()) {
            list.append(summaryFrom(q));
        }
        d->checkRows(q);
    }
    return list;
}

QList<qint64> Store::invoiceIds(const InvoiceFilter& filter)
{
    QList<qint64> ids;
    const Where where = whereOf(filter);
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM invoice") + where.text + QStringLiteral(" ORDER BY doc_date, id"));
    for (const QVariant& v : where.values) {
        q.addBindValue(v);
    }
    if (d->read(q)) {
        while (q.next()) {
            ids.append(q.value(0).toLongLong());
        }
        d->checkRows(q);
    }
    return ids;
}

qint64 Store::countInvoices(const InvoiceFilter& filter)
{
    const Where where = whereOf(filter);
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM invoice") + where.text);
    for (const QVariant& v : where.values) {
        q.addBindValue(v);
    }
    if (!d->read(q)) {
        return 0;
    }
    const qint64 count = q.next() ? q.value(0).toLongLong() : 0;
    d->checkRows(q);
    return count;
}

namespace {

// Asked by SQLite every few thousand virtual-machine steps of sortedInvoiceIds(): non-zero stops it.
int stopWhenCancelled(void* cancelled)
{
    return (*static_cast<const std::function<bool()>*>(cancelled))() ? 1 : 0;
}

} // namespace

std::optional<QList<qint64>> Store::sortedInvoiceIds(const InvoiceFilter& filter,
                                                     InvoiceSort sort,
                                                     Qt::SortOrder order,
                                                     const std::function<bool()>& cancelled)
{
    // QSqlQuery costs about a microsecond a row in QVariants; a million ids come through the C API
    // of the same connection in a fraction of that.
    const QVariant handle = d->db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return std::nullopt;
    }
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    const Where where = whereOf(filter);
    const QByteArray text = (QStringLiteral("SELECT id FROM invoice") + where.text + orderOf(sort, order)).toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, text.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        if (!d->queryError) {
            d->queryError = Error{ErrorCode::Io, Tr::tr("cannot read the store %1").arg(QDir::toNativeSeparators(d->path)),
                                  QString::fromUtf8(sqlite3_errmsg(db))};
        }
        return std::nullopt;
    }
    for (int i = 0; i < where.values.size(); ++i) {
        const QVariant& v = where.values[i];
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            sqlite3_bind_int64(statement, i + 1, v.toLongLong());
        } else {
            const QByteArray utf8 = v.toString().toUtf8();
            sqlite3_bind_text(statement, i + 1, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        }
    }
    if (cancelled) {
        sqlite3_progress_handler(db, 4000, &stopWhenCancelled, const_cast<std::function<bool()>*>(&cancelled));
    }
    QList<qint64> ids;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        ids.append(sqlite3_column_int64(statement, 0));
    }
    if (cancelled) {
        sqlite3_progress_handler(db, 0, nullptr, nullptr);
    }
    sqlite3_finalize(statement);
    if (rc == SQLITE_INTERRUPT) {
        return std::nullopt;
    }
    if (rc != SQLITE_DONE) {
        if (!d->queryError) {
            const bool busy = rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
            d->queryError = Error{busy ? ErrorCode::Busy : ErrorCode::Io,
                                  Tr::tr("cannot read the store %1").arg(QDir::toNativeSeparators(d->path)),
                                  QString::fromUtf8(sqlite3_errstr(rc))};
        }
        return std::nullopt;
    }
    return ids;
}

void Store::limitReadMemory(int cacheKiB)
{
    const QVariant handle = d->db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
        const QByteArray pragmas = "PRAGMA cache_size = -" + QByteArray::number(std::max(64, cacheKiB)) + "; PRAGMA temp_store = FILE";
        sqlite3_exec(db, pragmas.constData(), nullptr, nullptr, nullptr);
    }
}

QList<InvoiceSummary> Store::invoiceSummaries(const QList<qint64>& ids)
{
    QHash<qint64, InvoiceSummary> found;
    found.reserve(ids.size());
    QSqlQuery& q = d->prepared(sql::kSelectSummaries);
    q.bindValue(0, sql::idArray(ids));
    if (d->read(q)) {
        while (q.next()) {
            InvoiceSummary summary = summaryFrom(q);
            found.insert(summary.id, std::move(summary));
        }
        d->checkRows(q);
    }
    q.finish();
    QList<InvoiceSummary> list;
    list.reserve(found.size());
    for (qint64 id : ids) {
        if (auto it = found.find(id); it != found.end()) {
            list.append(std::move(*it));
        }
    }
    return list;
}

QMap<InvoiceStatus, qint64> Store::countsByStatus(std::optional<qint64> workspaceId)
{
    QMap<InvoiceStatus, qint64> counts;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (workspaceId) {
        q.prepare(QStringLiteral("SELECT status, count(*) FROM invoice WHERE workspace_id = ? GROUP BY status"));
        q.addBindValue(*workspaceId);
    } else {
        q.prepare(QStringLiteral("SELECT status, count(*) FROM invoice GROUP BY status"));
    }
    if (d->read(q)) {
        while (q.next()) {
            if (const auto s = statusFromName(q.value(0).toString())) {
                counts.insert(*s, q.value(1).toLongLong());
            }
        }
        d->checkRows(q);
    }
    return counts;
}

} // namespace irndesk::store
