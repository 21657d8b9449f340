// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ResultsImport.h"

#include "core/io/PortalResults.h"
#include "core/model/Dates.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace irndesk::io {

namespace {

// lupdate files Tr::tr() calls under this context wherever they are, inside classes too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::io::ResultsImport)
};

using store::InvoiceStatus;

// Records one result; an Error only when the store fails.
Status apply(store::Store& store, const PortalResult& r, const QString& file, ResultsEntry& e)
{
    e.sellerGstin = r.sellerGstin;
    e.docType = r.docType;
    e.docNo = r.docNo;
    e.irn = r.irn;
    e.ackNo = r.ackNo;
    const QDate date = parseInvoiceDate(r.docDate);
    const std::optional<store::Workspace> workspace = store.workspaceByGstin(r.sellerGstin);
    if (!workspace || !date.isValid()) {
        e.outcome = ResultsEntry::Outcome::Problem;
        e.message = !workspace ? Tr::tr("there is no workspace for the seller %1 in the store").arg(r.sellerGstin)
                               : Tr::tr("the document date '%1' is not a date").arg(r.docDate);
        return Ok{};
    }
    const store::DocKey key{workspace->id, financialYear(date), r.docType, r.docNo};
    const std::optional<qint64> id = store.findInvoice(key);
    if (!id) {
        // Registered by another program: the number must never be given out here.
        if (Status s = store.recordUsedNumber(key, r.status == QLatin1String("CNL"), Tr::tr("IRN %1 from %2").arg(r.irn, file)); !s) {
            return s;
        }
        e.outcome = ResultsEntry::Outcome::UsedElsewhere;
        e.message = Tr::tr("%1 %2 is not in the store: its number is now recorded as used at the IRP").arg(r.docType, r.docNo);
        return Ok{};
    }
    e.invoiceId = id;
    Result<store::StoredInvoice> stored = store.invoice(*id);
    if (!stored) {
        return stored.error();
    }
    const store::InvoiceSummary& s = stored.value().summary;
    if (s.status == InvoiceStatus::Registered || s.status == InvoiceStatus::Cancelled) {
        const bool same = s.irn.compare(r.irn, Qt::CaseInsensitive) == 0;
        e.outcome = same ? ResultsEntry::Outcome::AlreadyRegistered : ResultsEntry::Outcome::Conflict;
        e.message = same ? Tr::tr("%1 %2 is already %3 with this IRN").arg(r.docType, r.docNo, store::statusName(s.status))
                         : Tr::tr("%1 %2 is registered in the store with another IRN (%3), not %4: check which one the "
                              "IRP holds")
                               .arg(r.docType, r.docNo, s.irn, r.irn);
        return Ok{};
    }
    if (!store::isAllowedMove(s.status, InvoiceStatus::Registered)) {
        e.outcome = ResultsEntry::Outcome::Conflict;
        e.message = Tr::tr("%1 %2 is %3 in the store: only a ready, exported, sent or unknown invoice can become "
                       "registered. The IRP registered it: check that the store's invoice is the one that was "
                       "uploaded, then validate it and import the results again")
                        .arg(r.docType, r.docNo, store::statusName(s.status));
        return Ok{};
    }
    store::IrpResult irp;
    irp.irn = r.irn;
    irp.ackNo = r.ackNo;
    irp.ackDate = r.ackDate;
    irp.signedInvoice = r.signedInvoice;
    irp.signedQrCode = r.signedQrCode;
    irp.ewbNo = r.ewbNo;
    irp.ewbDate = r.ewbDate;
    irp.ewbValidTill = r.ewbValidTill;
    if (Status st = store.recordRegistered(*id, irp, Tr::tr("results file %1").arg(file)); !st) {
        if (st.error().code != ErrorCode::Conflict) {
            return st;
        }
        e.outcome = ResultsEntry::Outcome::Conflict;
        e.message = st.error().message;
        return Ok{};
    }
    e.outcome = ResultsEntry::Outcome::Registered;
    e.message = Tr::tr("%1 %2 registered: IRN %3, Ack No %4").arg(r.docType, r.docNo, r.irn, r.ackNo);
    return Ok{};
}

} // namespace

QString resultsOutcomeName(ResultsEntry::Outcome outcome)
{
    switch (outcome) {
    case ResultsEntry::Outcome::Registered:
        return QStringLiteral("registered");
    case ResultsEntry::Outcome::AlreadyRegistered:
        return QStringLiteral("already-registered");
    case ResultsEntry::Outcome::UsedElsewhere:
        return QStringLiteral("used-elsewhere");
    case ResultsEntry::Outcome::Conflict:
        return QStringLiteral("conflict");
    case ResultsEntry::Outcome::Problem:
        return QStringLiteral("problem");
    }
    return {};
}

Result<ResultsSummary> importResults(store::Store& store, const QStringList& files, const std::function<void(const ResultsEntry&)>& sink)
{
    ResultsSummary summary;
    for (const QString& path : files) {
        const QString file = QFileInfo(path).fileName();
        Result<PortalResults> read = readPortalResults(path);
        if (!read) {
            summary.fileErrors.append(read.error().message);
            continue;
        }
        QList<ResultsEntry> entries;
        for (const PortalProblem& p : read.value().problems) {
            ResultsEntry e;
            e.file = file;
            e.index = p.index;
            e.line = p.line;
            e.message = p.toString();
            entries.append(e);
        }
        {
            // One transaction per file: all its results are recorded, or none.
            store::Store::Transaction transaction(store);
            if (Status s = transaction.status(); !s) {
                return s.error();
            }
            for (const PortalResult& r : read.value().results) {
                ResultsEntry e;
                e.file = file;
                e.index = r.index;
                e.line = r.line;
                if (Status s = apply(store, r, file, e); !s) {
                    return s.error();
                }
                entries.append(e);
            }
            if (Status s = transaction.commit(); !s) {
                return s.error();
            }
        }
        std::sort(entries.begin(), entries.end(), [](const ResultsEntry& a, const ResultsEntry& b) { return a.index < b.index; });
        for (const ResultsEntry& e : entries) {
            switch (e.outcome) {
            case ResultsEntry::Outcome::Registered:
                ++summary.registered;
                break;
            case ResultsEntry::Outcome::AlreadyRegistered:
                ++summary.alreadyRegistered;
                break;
            case ResultsEntry::Outcome::UsedElsewhere:
                ++summary.usedElsewhere;
                break;
            case ResultsEntry::Outcome::Conflict:
                ++summary.conflicts;
                break;
            case ResultsEntry::Outcome::Problem:
                ++summary.problems;
                break;
            }
            if (sink) {
                sink(e);
            }
        }
    }
    return summary;
}

} // namespace irndesk::io
