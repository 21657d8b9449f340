// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/irp/IrpClient.h"
#include "core/store/Store.h"

#include <QDate>

#include <functional>
#include <memory>

namespace irndesk::irp {

struct SubmitOptions
{
    QString profile; ///< its name, for the journal
    int concurrency = 4; ///< invoices in flight at once (1..16)
    /// Sends of one invoice at most, counting the resends after a failure that turned out not to
    /// have registered it (5xx, dropped connection, timeout); validation errors are never resent.
    int maxAttempts = 4;
    int backoffMs = 300; ///< the wait before a lookup and resend, doubled each time
    QDate today; ///< for the rule engine
    bool sandboxRules = false;
    /// Polled between requests: true stops the run (requests in flight are finished and recorded).
    std::function<bool()> cancelled;
    int busyTimeoutMs = 30000; ///< each worker's store connection
};

/// What happened to one invoice.
struct SubmitEvent
{
    enum class Outcome {
        Registered, ///< the IRP registered it (now, or found registered by a lookup or a duplicate)
        Rejected, ///< the IRP refused it: `errors` has every entry
        Conflict, ///< its number is registered with other content (a duplicate that differs)
        Unknown, ///< sent, no answer, and the lookup could not tell: looked up first next time
        NotSent, ///< not sent: errors of the rule engine, not in a status to send, gave up, cancelled
    };
    qint64 invoiceId = 0;
    QString docType, docNo;
    Outcome outcome = Outcome::NotSent;
    QString how; ///< for Registered: "submitted", "looked up", "duplicate"
    store::IrpResult result;
    QList<store::IrpError> errors;
    QString message; ///< in words, for the user
};

struct SubmitSummary
{
    int registered = 0, rejected = 0, conflicts = 0, unknown = 0, notSent = 0;
    int lookups = 0; ///< get-by-IRN calls made to settle unknown or duplicate invoices
    bool cancelled = false;
    int total() const { return registered + rejected + conflicts + unknown + notSent; }
};

/// "registered", "rejected", ... (for --format json).
QString outcomeName(SubmitEvent::Outcome outcome);

/// Sends invoices `ids` of the store at `storePath` to the IRP of `session`, `concurrency` at a
/// time, each in a thread with its own store connection and client:
/// - an invoice with errors (rule engine) or not ready/exported is not sent;
/// - before a generate leaves, the invoice moves to `submitting` and the request is journaled;
/// - registered: IRN, AckNo, AckDt, SignedInvoice, SignedQRCode stored before `sink` hears of it;
/// - rejected: every ErrorDetails entry stored;
/// - no answer (timeout, dropped connection, 5xx): `unknown`, then looked up by the locally
///   computed IRN after a backoff — registered, or sent again (bounded), never blindly;
/// - duplicate (2150): the existing IRN is fetched and its buyer GSTIN and total compared: the
///   same means registered, different a conflict;
/// - invoices found `submitting` or `unknown` (a run that crashed or was killed) are looked up
///   before anything else is done with them.
/// `sink` is called from the worker threads, one call at a time.
/// Returns an Error only when the run could not start (store, auth).
Result<SubmitSummary> submitInvoices(const QString& storePath,
                                     std::shared_ptr<IrpSession> session,
                                     const QList<qint64>& ids,
                                     const SubmitOptions& options,
                                     const std::function<void(const SubmitEvent&)>& sink);

/// Cancels the IRN of invoice `id` (reason 1–4, remark ≤ 100 characters), journaled; the
/// invoice becomes `cancelled` with the IRP's CancelDate. The error carries the IRP's codes.
Status cancelInvoice(store::Store& store, IrpClient& client, const QString& profile, qint64 id, int reason, const QString& remark);

} // namespace irndesk::irp
