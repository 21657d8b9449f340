// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/FileValidation.h"

#include "core/json/InvoiceReader.h"
#include "core/model/Irn.h"
#include "core/rules/Checks.h"
#include "core/rules/Validator.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace irndesk {

namespace rules {
namespace {

/// The hint of a reader finding: the reader says what is wrong, not how each case is fixed.
QString readerHint(bool error)
{
    return error ? Rules::tr("Correct the JSON at this place (or the export that wrote it): the IRP reads the invoice "
                             "with the INV-01 schema and rejects what does not fit it.")
                 : Rules::tr("IRN Desk read this as said, but write it as the schema does (exact key spelling, no "
                             "null) so that every reader, the IRP's included, reads the same.");
}

} // namespace
} // namespace rules

void ValidationSummary::add(const InvoiceReport& report)
{
    ++invoices;
    if (report.valid())
        ++valid;
    for (const Finding& f : report.findings)
        ++(f.isError() ? errors : warnings);
}

Findings findingsFromDiagnostics(const Diagnostics& diagnostics)
{
    Findings findings;
    findings.reserve(diagnostics.size());
    for (const Diagnostic& d : diagnostics) {
        Finding f;
        f.code = d.isError() ? QStringLiteral("SCHEMA") : QStringLiteral("LOCAL-JSON");
        f.rule = d.isError() ? QStringLiteral("schema.json") : QStringLiteral("json.lenient");
        f.path = d.path;
        f.severity = d.isError() ? Finding::Severity::Error : Finding::Severity::Warning;
        f.message = d.line > 0 ? QStringLiteral("line %1, column %2: %3").arg(d.line).arg(d.column).arg(d.message)
                               : d.message;
        f.hint = rules::readerHint(d.isError());
        findings.append(std::move(f));
    }
    return findings;
}

namespace {

/// A value the reader could not take (a number where text belongs, a string for a section) is
/// absent in the model, so the rules would call it missing as well: one problem, two findings.
/// The reader's finding says what is really wrong, so the rules' findings at that path, or inside
/// it, go.
void dropWhatTheReaderReported(Findings& rules, const Diagnostics& diagnostics)
{
    for (const Diagnostic& d : diagnostics) {
        if (!d.isError() || d.path.isEmpty())
            continue;
        rules.removeIf([&](const Finding& f) {
            if (!f.path.startsWith(d.path))
                return false;
            if (f.path.size() == d.path.size())
                return true;
            const QChar next = f.path.at(d.path.size());
            return next == u'.' || next == u'[';
        });
    }
}

/// Everything about one invoice but the batch rules, which need the invoices in file order.
InvoiceReport checkInvoice(const ReadInvoice& read, const RuleContext& context)
{
    InvoiceReport report;
    report.index = read.index;
    report.line = read.line;
    report.findings = findingsFromDiagnostics(read.diagnostics);
    if (read.invoice) {
        const Invoice& invoice = *read.invoice;
        report.docType = invoice.docDtls.typ.value_or(QString());
        report.docNo = invoice.docDtls.no.value_or(QString());
        report.irn = invoiceIrn(invoice);
        Findings rules = validate(invoice, context);
        dropWhatTheReaderReported(rules, read.diagnostics);
        report.findings += rules;
    }
    return report;
}

/// A copy that shares no memory with `text`. What a worker hands to the consumer thread is copied
/// so: the worker reads its next invoice into the same strings, and threads that share nothing
/// need no thought (and keep ThreadSanitizer quiet, which cannot see Qt's own reference counts).
QString ownCopy(const QString& text)
{
    return QString(text.constData(), text.size());
}
Diagnostics validateInOneThread(QIODevice* device,
                                const RuleContext& context,
                                const std::function<void(InvoiceReport&&)>& sink)
{
    BulkReader reader(device);
    BatchChecker batch;
    ReadInvoice read; // one invoice, read into again and again: its memory is reused
    while (reader.nextInto(read)) {
        InvoiceReport report = checkInvoice(read, context);
        if (read.invoice)
            report.findings += batch.add(*read.invoice, report.index);
        sink(std::move(report));
    }
    return reader.fileDiagnostics();
}

// The pipeline of validateInThreads(). One thread cuts the file into elements (BulkReader::nextRaw,
// a quick bracket scan) and hands them out in batches; the workers read and validate them; the
// calling thread puts the results back in file order, runs the batch rules and calls the sink.
// Plain std::thread rather than QtConcurrent: the core does not link Qt Concurrent, and its
// ordered map wants the whole input up front, where this must stream with bounded memory.

constexpr qsizetype kBatchBytes = 256 * 1024; ///< bytes of JSON per batch, about 170 invoices
constexpr int kBatchInvoices = 256;

struct WorkBatch
{
    QByteArray bytes;
    std::vector<RawElement> elements;
};

struct DoneBatch
{
    std::vector<InvoiceReport> reports;
    std::vector<BatchChecker::Entry> batchEntries; ///< what the batch rules read of each invoice
};

class Pipeline
{
public:
    Pipeline(QIODevice* device, const RuleContext& context, int workers)
        : m_device(device)
        , m_context(context)
        , m_workers(workers)
        , m_window(static_cast<std::size_t>(2 * workers + 2))
        , m_done(m_window)
        , m_ready(m_window, false)
    {
    }

    Diagnostics run(const std::function<void(InvoiceReport&&)>& sink)
    {
        std::vector<std::thread> threads;
        threads.emplace_back([this] { produce(); });
        for (int i = 0; i < m_workers; ++i)
            threads.emplace_back([this] { work(); });
        consume(sink);
        for (std::thread& t : threads)
            t.join();
        return m_fileDiagnostics;
    }

private:
    /// Cuts the file into batches. A batch may start only when fewer than m_window batches are
    /// under way (queued, being validated, or waiting for the sink): that bounds the memory.
    void produce()
    {
        BulkReader reader(m_device);
        bool more = true;
        while (more) {
            {
                std::unique_lock lock(m_mutex);
                m_spaceFree.wait(lock, [this] { return m_produced - m_consumed < static_cast<qint64>(m_window); });
            }
            WorkBatch batch;
            batch.bytes.reserve(kBatchBytes + kBatchBytes / 4);
            while (batch.bytes.size() < kBatchBytes && static_cast<int>(batch.elements.size()) < kBatchInvoices) {
                std::optional<RawElement> element = reader.nextRaw(batch.bytes);
                if (!element) {
                    more = false;
                    break;
                }
                batch.elements.push_back(*element);
            }
            std::lock_guard lock(m_mutex);
            if (!batch.elements.empty()) {
                m_queue.push_back({m_produced++, std::move(batch)});
                m_workAvailable.notify_one();
            }
        }
        std::lock_guard lock(m_mutex);
        m_fileDiagnostics = reader.fileDiagnostics();
        m_finished = true;
        m_workAvailable.notify_all();
        m_resultReady.notify_all();
    }

    void work()
    {
        ReadInvoice read; // one invoice per worker, read into again and again
        while (true) {
            std::pair<qint64, WorkBatch> job;
            {
                std::unique_lock lock(m_mutex);
                m_workAvailable.wait(lock, [this] { return !m_queue.empty() || m_finished; });
                if (m_queue.empty())
                    return;
                job = std::move(m_queue.front());
                m_queue.pop_front();
            }
            const WorkBatch& batch = job.second;
            DoneBatch done;
            done.reports.reserve(batch.elements.size());
            done.batchEntries.reserve(batch.elements.size());
            for (const RawElement& e : batch.elements) {
                readInvoiceInto(QByteArrayView(batch.bytes).sliced(e.offset, e.size), e, read);
                InvoiceReport& report = done.reports.emplace_back(checkInvoice(read, m_context));
                report.docType = ownCopy(report.docType);
                report.docNo = ownCopy(report.docNo);
                // The invoice stays with this worker, which reads the next one into it: the
                // consumer gets the few fields the batch rules read, in memory of their own.
                // validateThreadsGiveTheSameReport in TestCli checks that duplicates still come out.
                done.batchEntries.push_back(read.invoice ? BatchChecker::Entry(*read.invoice) : BatchChecker::Entry());
            }
            std::lock_guard lock(m_mutex);
            const std::size_t slot = slotOf(job.first);
            m_done[slot] = std::move(done);
            m_ready[slot] = true;
            m_resultReady.notify_all();
        }
    }

    /// In the calling thread: the batches in order, the batch rules, the sink.
    void consume(const std::function<void(InvoiceReport&&)>& sink)
    {
        BatchChecker batchRules;
        for (qint64 next = 0;; ++next) {
            DoneBatch done;
            {
                std::unique_lock lock(m_mutex);
                m_resultReady.wait(lock, [&] { return m_ready[slotOf(next)] || (m_finished && next >= m_produced); });
                if (!m_ready[slotOf(next)])
                    return; // every batch is through
                done = std::move(m_done[slotOf(next)]);
                m_ready[slotOf(next)] = false;
            }
            for (std::size_t i = 0; i < done.reports.size(); ++i) {
                InvoiceReport& report = done.reports[i];
                report.findings += batchRules.add(done.batchEntries[i], report.index);
                sink(std::move(report));
            }
            std::lock_guard lock(m_mutex);
            ++m_consumed;
            m_spaceFree.notify_one();
        }
    }

    std::size_t slotOf(qint64 sequence) const { return static_cast<std::size_t>(sequence) % m_window; }

    QIODevice* const m_device;
    const RuleContext& m_context;
    const int m_workers;
    const std::size_t m_window; ///< most batches under way at once

    std::mutex m_mutex; // guards everything below
    std::condition_variable m_workAvailable, m_resultReady, m_spaceFree;
    std::deque<std::pair<qint64, WorkBatch>> m_queue; ///< sequence number, batch
    std::vector<DoneBatch> m_done; ///< by sequence number modulo m_window
    std::vector<bool> m_ready;
    qint64 m_produced = 0; ///< batches queued so far
    qint64 m_consumed = 0; ///< batches through the sink
    bool m_finished = false; ///< the producer is done
    Diagnostics m_fileDiagnostics;
};

} // namespace

Diagnostics validateStream(QIODevice* device,
                           const RuleContext& context,
                           const std::function<void(InvoiceReport&&)>& sink,
                           int threads)
{
    if (threads <= 1)
        return validateInOneThread(device, context, sink);
    return Pipeline(device, context, std::min(threads, kMaxValidationThreads)).run(sink);
}

} // namespace irndesk
