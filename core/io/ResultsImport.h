// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/store/Store.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace irndesk::io {

/// What happened to one entry of a results file (what the portal gave back after an upload by
/// hand, or an API reply).
struct ResultsEntry
{
    enum class Outcome {
        Registered, ///< the invoice in the store is now registered, with its IRN and QR
        AlreadyRegistered, ///< it already was, with the same IRN
        UsedElsewhere, ///< no invoice in the store: its number is now known as used
        Conflict, ///< the store's invoice cannot take it (another IRN, a status that cannot move)
        Problem, ///< the entry itself could not be read
    };
    Outcome outcome = Outcome::Problem;
    QString file;
    int index = 0; ///< the entry's number in the file, from 1
    int line = 0;
    QString sellerGstin, docType, docNo, irn, ackNo;
    std::optional<qint64> invoiceId;
    QString message; ///< what happened, or why not
};

QString resultsOutcomeName(ResultsEntry::Outcome outcome); ///< "registered", "already", ...

struct ResultsSummary
{
    qint64 registered = 0, alreadyRegistered = 0, usedElsewhere = 0, conflicts = 0, problems = 0;
    QStringList fileErrors;
};

/// Reads results files (see PortalResults.h for what is accepted) and records each result on the
/// invoice of the same seller GSTIN, financial year, type and number: it becomes registered with
/// its IRN, Ack No and date, SignedInvoice and SignedQRCode. A result for a number the store has
/// no invoice for is recorded in the number registry, so the number is never used again.
Result<ResultsSummary> importResults(store::Store& store,
                                     const QStringList& files,
                                     const std::function<void(const ResultsEntry&)>& sink);

} // namespace irndesk::io
