// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/irp/Submitter.h"

#include "core/model/Irn.h"
#include "core/rules/Validator.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <atomic>
#include <vector>

namespace irndesk::irp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::irp::Submitter)
};

using Outcome = SubmitEvent::Outcome;

QString text(const std::optional<QString>& v)
{
    return v.value_or(QString()).trimmed();
}

/// Whether the registered document the IRP sent (its SignedQRCode's exact claims) is the same
/// invoice as ours: buyer GSTIN and total (spec §5.5). Empty when it is, else what differs.
QString differences(const Invoice& local, const store::IrpResult& registered)
{
    Result<Jwt> qr = parseJwt(registered.signedQrCode);
    if (!qr) {
        return Tr::tr("the IRP's record has no readable QR code to compare with");
    }
    QStringList out;
    const QString buyer = qr.value().claim(QStringLiteral("BuyerGstin")).trimmed();
    if (buyer.compare(text(local.buyerDtls.gstin), Qt::CaseInsensitive) != 0) {
        out << Tr::tr("buyer GSTIN %1 at the IRP, %2 here").arg(buyer, text(local.buyerDtls.gstin));
    }
    const QString totalText = qr.value().claim(QStringLiteral("TotInvVal")).trimmed();
    const std::optional<Money> total = Money::parse(totalText);
    if (!total || !local.valDtls.totInvVal || *total != *local.valDtls.totInvVal) {
        out << Tr::tr("total %1 at the IRP, %2 here")
                   .arg(totalText, local.valDtls.totInvVal ? local.valDtls.totInvVal->toString() : QString());
    }
    return out.join(QStringLiteral("; "));
}

/// The invoice's new status and its journal entry's outcome, in one transaction: both land, or
/// neither (the entry then stays open, and the next run looks the invoice up).
Status recordTogether(store::Store& store,
                      const std::function<Status()>& newStatus,
                      qint64 entry,
                      const QString& outcome,
                      const QString& detail)
{
    store::Store::Transaction transaction(store);
    Status s = transaction.status();
    if (s && newStatus) {
        s = newStatus();
    }
    if (s) {
        s = store.closeRequest(entry, outcome, detail);
    }
    if (s) {
        s = transaction.commit();
    }
    return s;
}

class Worker
{
public:
    Worker(store::Store& store, IrpClient& client, const SubmitOptions& options)
        : m_store(store)
        , m_client(client)
        , m_options(options)
    {
    }

    SubmitEvent process(qint64 id, int& lookups);

private:
    enum class Lookup { Registered, NotRegistered, Conflict, Failed };
    Lookup lookUp(const store::StoredInvoice& stored, const QString& irn, SubmitEvent& event, int& lookups);
    bool recordRegistered(qint64 id, qint64 entry, const store::IrpResult& result, const QString& how, SubmitEvent& event);
    void recordConflict(qint64 id, qint64 entry, const QString& why, SubmitEvent& event);
    bool cancelled() const { return m_options.cancelled && m_options.cancelled(); }
    Status record(const std::function<Status()>& newStatus, qint64 entry, const QString& outcome, const QString& detail)
    {
        return recordTogether(m_store, newStatus, entry, outcome, detail);
    }
    void backoff(int attempt) const;

    store::Store& m_store;
    IrpClient& m_client;
    const SubmitOptions& m_options;
};

void Worker::backoff(int attempt) const
{
    int wait = m_options.backoffMs << std::min(attempt, 6);
    while (wait > 0 && !cancelled()) {
        QThread::msleep(static_cast<unsigned long>(std::min(wait, 50)));
        wait -= 50;
    }
}

bool Worker::recordRegistered(qint64 id, qint64 entry, const store::IrpResult& result, const QString& how, SubmitEvent& event)
{
    const Status s = record([&] { return m_store.recordRegistered(id, result, how); }, entry, QStringLiteral("registered"), result.irn);
    if (!s) {
        // The IRP registered it; the store could not say so. The journal entry stays open and
        // the next run looks the IRN up again: nothing is sent twice.
        event.outcome = Outcome::Unknown;
        event.message = Tr::tr("registered as %1, but the store could not record it: %2").arg(result.irn, s.error().message);
        return false;
    }
    event.outcome = Outcome::Registered;
    event.how = how;
    event.result = result;
    return true;
}

void Worker::recordConflict(qint64 id, qint64 entry, const QString& why, SubmitEvent& event)
{
    const QList<store::IrpError> errors{ store::IrpError{ QStringLiteral("2150"),
        Tr::tr("Duplicate IRN: this number is registered at the IRP with other content (%1). Cancel that IRN on the "
               "portal within 24 hours, or give this invoice another number.")
            .arg(why) } };
    const Status s = record([&] { return m_store.recordRejected(id, errors); }, entry, QStringLiteral("conflict"), why);
    event.outcome = s ? Outcome::Conflict : Outcome::Unknown;
    event.errors = errors;
    event.message = s ? errors.first().message : s.error().message;
}

Worker::Lookup Worker::lookUp(const store::StoredInvoice& stored, const QString& irn, SubmitEvent& event, int& lookups)
{
    const qint64 id = stored.summary.id;
    Result<qint64> entry = m_store.beginRequest(id, m_options.profile, irn, QStringLiteral("lookup"));
    if (!entry) {
        event.outcome = Outcome::Unknown;
        event.message = entry.error().message;
        return Lookup::Failed;
    }
    ++lookups;
    const ApiReply reply = m_client.getByIrn(irn);
    if (reply.ok()) {
        const store::IrpResult found = IrpClient::resultOf(reply.data);
        const QString differs = differences(stored.invoice, found);
        if (!differs.isEmpty()) {
            recordConflict(id, entry.value(), differs, event);
            return Lookup::Conflict;
        }
        return recordRegistered(id, entry.value(), found, QStringLiteral("looked up"), event) ? Lookup::Registered
                                                                                                : Lookup::Failed;
    }
    // 2148: no such IRN. Only then is it safe to send again.
    if (reply.kind == ApiReply::Kind::Errors && reply.hasError(QStringLiteral("2148"))) {
        const bool wasSent = stored.summary.status != store::InvoiceStatus::Ready;
        const Status s = record(
            [&] { return wasSent ? m_store.recordNotRegistered(id) : Status(Ok{}); }, entry.value(), QStringLiteral("not-registered"), QString());
        if (!s) {
            event.outcome = Outcome::Unknown;
            event.message = s.error().message;
            return Lookup::Failed;
        }
        return Lookup::NotRegistered;
    }
    const QString why = reply.kind == ApiReply::Kind::Errors ? reply.codes() + QStringLiteral(" ") + reply.errors.first().message
                                                              : reply.transportError;
    (void)m_store.closeRequest(entry.value(), QStringLiteral("failed"), why);
    event.outcome = Outcome::Unknown;
    event.message = Tr::tr("sent, no answer; the lookup failed too (%1): it is looked up again before any resend").arg(why);
    return Lookup::Failed;
}

SubmitEvent Worker::process(qint64 id, int& lookups)
{
    SubmitEvent event;
    event.invoiceId = id;
    Result<store::StoredInvoice> loaded = m_store.invoice(id);
    if (!loaded) {
        event.message = loaded.error().message;
        return event;
    }
    store::StoredInvoice stored = std::move(loaded).value();
    event.docType = stored.summary.docType;
    event.docNo = stored.summary.docNo;
    const QString irn = invoiceIrn(stored.invoice);
    using store::InvoiceStatus;

    switch (stored.summary.status) {
    case InvoiceStatus::Registered:
    case InvoiceStatus::Cancelled:
        event.message = Tr::tr("already registered");
        return event;
    case InvoiceStatus::Draft:
    case InvoiceStatus::Rejected:
        event.message = Tr::tr("not sent: it has errors; correct it first (%1)").arg(store::statusTitle(stored.summary.status));
        return event;
    case InvoiceStatus::Submitting:
        // A run that crashed or was killed left it: it may be registered.
        if (Status s = m_store.recordUnknown(id, Tr::tr("found submitting at the start of a run")); !s) {
            event.message = s.error().message;
            return event;
        }
        stored.summary.status = InvoiceStatus::Unknown;
        [[fallthrough]];
    case InvoiceStatus::Unknown:
        switch (lookUp(stored, irn, event, lookups)) {
        case Lookup::NotRegistered:
            stored.summary.status = InvoiceStatus::Ready;
            break;
        default:
            return event;
        }
        break;
    case InvoiceStatus::Ready:
    case InvoiceStatus::Exported:
        break;
    }

    // The rule engine first: an invoice with errors is never sent.
    RuleContext context = RuleContext::withBuiltInMasters(m_options.today.isValid() ? m_options.today : QDate::currentDate());
    context.sandbox = m_options.sandboxRules;
    if (const auto workspace = m_store.workspace(stored.summary.workspaceId)) {
        context.aatoAtLeast10Crore = workspace->profile.aato10Crore;
    }
    const Findings findings = validate(stored.invoice, context);
    if (hasErrors(findings)) {
        if (stored.summary.status == InvoiceStatus::Ready) {
            (void)m_store.recordValidation(id, findings); // back to draft, with the findings
        }
        QStringList codes;
        for (const Finding& f : findings) {
            if (f.severity == Finding::Severity::Error) {
                codes << f.code;
            }
        }
        codes.removeDuplicates();
        event.message = Tr::tr("not sent: the rules find errors (%1)").arg(codes.join(QStringLiteral(", ")));
        return event;
    }
    Result<QByteArray> json = m_store.invoiceJson(id);
    if (!json) {
        event.message = json.error().message;
        return event;
    }

    for (int attempt = 0; attempt < std::max(1, m_options.maxAttempts); ++attempt) {
        if (cancelled()) {
            event.message = Tr::tr("not sent: the run was cancelled");
            return event;
        }
        Result<qint64> entry = m_store.beginSubmission(id, m_options.profile, irn);
        if (!entry) {
            event.message = entry.error().message;
            return event;
        }
        const ApiReply reply = m_client.generate(json.value());
        if (reply.ok()) {
            recordRegistered(id, entry.value(), IrpClient::resultOf(reply.data), QStringLiteral("submitted"), event);
            return event;
        }
        if (reply.kind == ApiReply::Kind::Errors && reply.hasError(QStringLiteral("2150"))) {
            // Duplicate: the IRP has this number. Fetch what it registered and compare.
            QString existing = irn;
            for (const QJsonValue& info : reply.info) {
                const QJsonObject o = info.toObject();
                if (o.value(QLatin1String("InfCd")).toString() == QLatin1String("DUPIRN")) {
                    const QString fromDesc = o.value(QLatin1String("Desc")).toObject().value(QLatin1String("Irn")).toString();
                    if (!fromDesc.isEmpty()) {
                        existing = fromDesc;
                    }
                }
            }
            ++lookups;
            const ApiReply got = m_client.getByIrn(existing);
            if (got.ok()) {
                const store::IrpResult found = IrpClient::resultOf(got.data);
                const QString differs = differences(stored.invoice, found);
                if (differs.isEmpty()) {
                    recordRegistered(id, entry.value(), found, QStringLiteral("duplicate"), event);
                } else {
                    recordConflict(id, entry.value(), differs, event);
                }
                return event;
            }
            recordConflict(id,
                entry.value(),
                Tr::tr("IRN %1, whose details the IRP no longer gives (%2)")
                    .arg(existing, got.kind == ApiReply::Kind::Errors ? got.codes() : got.transportError),
                event);
            return event;
        }
        if (reply.kind == ApiReply::Kind::Errors) {
            // The IRP said no: stored with every error, never resent.
            const Status s = record(
                [&] { return m_store.recordRejected(id, reply.errors); }, entry.value(), QStringLiteral("rejected"), reply.codes());
            event.outcome = s ? Outcome::Rejected : Outcome::Unknown;
            event.errors = reply.errors;
            event.message = s ? reply.codes() : s.error().message;
            return event;
        }
        // No answer: the IRN may exist. Unknown until a lookup says otherwise.
        if (const Status s = record([&] { return m_store.recordUnknown(id, reply.transportError); },
                entry.value(), QStringLiteral("unknown"), reply.transportError);
            !s) {
            event.outcome = Outcome::Unknown;
            event.message = s.error().message;
            return event;
        }
        stored.summary.status = InvoiceStatus::Unknown;
        backoff(attempt);
        switch (lookUp(stored, irn, event, lookups)) {
        case Lookup::NotRegistered:
            stored.summary.status = InvoiceStatus::Ready;
            continue; // safe to send again
        default:
            return event;
        }
    }
    event.outcome = Outcome::NotSent;
    event.message = Tr::tr("not registered after %1 attempts; it stays ready").arg(m_options.maxAttempts);
    return event;
}

} // namespace

QString outcomeName(SubmitEvent::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Registered:
        return QStringLiteral("registered");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    case Outcome::NotSent:
        return QStringLiteral("not-sent");
    }
    return {};
}

Result<SubmitSummary> submitInvoices(const QString& storePath,
                                     std::shared_ptr<IrpSession> session,
                                     const QList<qint64>& ids,
                                     const SubmitOptions& options,
                                     const std::function<void(const SubmitEvent&)>& sink)
{
    SubmitSummary summary;
    if (ids.isEmpty()) {
        return summary;
    }
    // One auth for the whole run, before anything moves to submitting: wrong credentials or a
    // refused certificate stop the run with every invoice as it was.
    {
        IrpClient probe(session);
        const ApiReply auth = probe.authenticate(false);
        if (!auth.ok()) {
            const QString why = auth.kind == ApiReply::Kind::Errors
                ? auth.codes() + QStringLiteral(": ") + auth.errors.first().message
                : auth.transportError;
            return Error{ ErrorCode::Io, Tr::tr("cannot log in to the IRP at %1: %2").arg(session->connection().baseUrl, why), {} };
        }
    }

    QMutex mutex;
    std::atomic<qsizetype> next{ 0 };
    std::optional<Error> failure;
    const int threads = std::clamp(options.concurrency, 1, 16);
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < std::min<qsizetype>(threads, ids.size()); ++t) {
        workers.push_back(std::unique_ptr<QThread>(QThread::create([&] {
            store::Store::Options storeOptions;
            storeOptions.integrity = store::Store::IntegrityCheck::Never;
            storeOptions.busyTimeoutMs = options.busyTimeoutMs;
            auto opened = store::Store::open(storePath, storeOptions);
            if (!opened) {
                const QMutexLocker lock(&mutex);
                failure = opened.error();
                return;
            }
            IrpClient client(session);
            Worker worker(*opened.value(), client, options);
            for (;;) {
                const qsizetype index = next.fetch_add(1);
                if (index >= ids.size()) {
                    return;
                }
                if (options.cancelled && options.cancelled()) {
                    const QMutexLocker lock(&mutex);
                    summary.cancelled = true;
                    return;
                }
                int lookups = 0;
                const SubmitEvent event = worker.process(ids.at(index), lookups);
                const QMutexLocker lock(&mutex);
                summary.lookups += lookups;
                switch (event.outcome) {
                case Outcome::Registered:
                    ++summary.registered;
                    break;
                case Outcome::Rejected:
                    ++summary.rejected;
                    break;
                case Outcome::Conflict:
                    ++summary.conflicts;
                    break;
                case Outcome::Unknown:
                    ++summary.unknown;
                    break;
                case Outcome::NotSent:
                    ++summary.notSent;
                    break;
                }
                if (sink) {
                    sink(event);
                }
            }
        })));
        workers.back()->start();
    }
    for (auto& worker : workers) {
        worker->wait();
    }
    if (failure && summary.total() == 0) {
        return *failure;
    }
    return summary;
}

Status cancelInvoice(store::Store& store, IrpClient& client, const QString& profile, qint64 id, int reason, const QString& remark)
{
    Result<store::StoredInvoice> stored = store.invoice(id);
    if (!stored) {
        return stored.error();
    }
    if (stored.value().summary.status != store::InvoiceStatus::Registered) {
        return Error{ ErrorCode::InvalidArgument,
            Tr::tr("only a registered invoice can be cancelled; this one is %1").arg(store::statusTitle(stored.value().summary.status)),
            {} };
    }
    if (reason < 1 || reason > 4) {
        return Error{ ErrorCode::InvalidArgument, Tr::tr("the reason must be 1 (duplicate), 2 (data entry mistake), 3 (order cancelled) or 4 (other)"), {} };
    }
    if (remark.trimmed().isEmpty() || remark.size() > 100) {
        return Error{ ErrorCode::InvalidArgument, Tr::tr("the remark must have 1 to 100 characters"), {} };
    }
    const QString irn = stored.value().irp.irn;
    Result<qint64> entry = store.beginRequest(id, profile, irn, QStringLiteral("cancel"));
    if (!entry) {
        return entry.error();
    }
    const ApiReply reply = client.cancel(irn, reason, remark);
    if (!reply.ok()) {
        const QString why = reply.kind == ApiReply::Kind::Errors
            ? reply.codes() + QStringLiteral(": ") + reply.errors.first().message
            : reply.transportError;
        (void)store.closeRequest(entry.value(), QStringLiteral("failed"), why);
        return Error{ ErrorCode::Io, Tr::tr("the IRP did not cancel %1: %2").arg(irn, why), reply.codes() };
    }
    return recordTogether(
        store,
        [&] { return store.recordCancelled(id, reply.data.value(QLatin1String("CancelDate")).toString(), reason, remark.trimmed()); },
        entry.value(),
        QStringLiteral("cancelled"),
        QString());
}

} // namespace irndesk::irp
