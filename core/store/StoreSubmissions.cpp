// SPDX-License-Identifier: GPL-3.0-or-later
// The submission journal (migration 0004): a request is journaled, with the invoice moved to
// submitting, before it leaves; its outcome closes the entry together with the invoice's new
// status. Open entries are what a run after a crash must look up first.
#include "core/store/StorePrivate.h"

namespace irndesk::store {

namespace {

constexpr const char* kInsertRequest =
    "INSERT INTO submission(invoice_id, profile, irn, request, state, started_at) VALUES(?, ?, ?, ?, 'open', ?)";
constexpr const char* kCloseRequest =
    "UPDATE submission SET state = 'closed', outcome = ?, detail = ?, finished_at = ? WHERE id = ? AND state = 'open'";
constexpr const char* kOpenRequests =
    "SELECT s.id, s.invoice_id, s.profile, s.irn, s.request, s.state, s.outcome, s.detail, s.started_at, s.finished_at "
    "FROM submission s JOIN invoice i ON i.id = s.invoice_id "
    "WHERE s.state = 'open' AND (?1 IS NULL OR i.workspace_id = ?1) ORDER BY s.id";
constexpr const char* kRequestsOf =
    "SELECT id, invoice_id, profile, irn, request, state, outcome, detail, started_at, finished_at "
    "FROM submission WHERE invoice_id = ? ORDER BY id";

QList<SubmissionEntry> entriesFrom(Store::Private& d, QSqlQuery& q)
{
    QList<SubmissionEntry> out;
    if (!d.read(q)) {
        return out;
    }
    while (q.next()) {
        SubmissionEntry e;
        e.id = q.value(0).toLongLong();
        e.invoiceId = q.value(1).toLongLong();
        e.profile = q.value(2).toString();
        e.irn = q.value(3).toString();
        e.request = q.value(4).toString();
        e.open = q.value(5).toString() == QLatin1String("open");
        e.outcome = q.value(6).toString();
        e.detail = q.value(7).toString();
        e.startedAt = timeFrom(q.value(8));
        e.finishedAt = timeFrom(q.value(9));
        out.append(e);
    }
    d.checkRows(q);
    q.finish();
    return out;
}

Result<qint64> insertRequest(Store::Private& d, qint64 invoiceId, const QString& profile, const QString& irn, const QString& request)
{
    QSqlQuery& q = d.prepared(kInsertRequest);
    q.bindValue(0, invoiceId);
    q.bindValue(1, profile);
    q.bindValue(2, irn);
    q.bindValue(3, request);
    q.bindValue(4, nowText());
    if (Status s = d.exec(q, Tr::tr("cannot journal the request for invoice #%1").arg(invoiceId)); !s) {
        return s.error();
    }
    return q.lastInsertId().toLongLong();
}

} // namespace

Result<qint64> Store::beginSubmission(qint64 invoiceId, const QString& profile, const QString& irn)
{
    return inTransaction(*d, [&]() -> Result<qint64> {
        if (Status moved = markSubmitting(invoiceId); !moved) {
            return moved.error();
        }
        return insertRequest(*d, invoiceId, profile, irn, QStringLiteral("generate"));
    });
}

Result<qint64> Store::beginRequest(qint64 invoiceId, const QString& profile, const QString& irn, const QString& request)
{
    return inTransaction(*d, [&]() -> Result<qint64> { return insertRequest(*d, invoiceId, profile, irn, request); });
}

Status Store::closeRequest(qint64 entryId, const QString& outcome, const QString& detail)
{
    return inTransaction(*d, [&]() -> Status {
        QSqlQuery& q = d->prepared(kCloseRequest);
        q.bindValue(0, outcome);
        q.bindValue(1, textOrNull(detail));
        q.bindValue(2, nowText());
        q.bindValue(3, entryId);
        return d->exec(q, Tr::tr("cannot close journal entry #%1").arg(entryId));
    });
}

QList<SubmissionEntry> Store::openRequests(std::optional<qint64> workspaceId)
{
    QSqlQuery& q = d->prepared(kOpenRequests);
    q.bindValue(0, workspaceId ? QVariant(*workspaceId) : QVariant(QMetaType::fromType<qlonglong>()));
    return entriesFrom(*d, q);
}

QList<SubmissionEntry> Store::requestsOf(qint64 invoiceId)
{
    QSqlQuery& q = d->prepared(kRequestsOf);
    q.bindValue(0, invoiceId);
    return entriesFrom(*d, q);
}

} // namespace irndesk::store
