// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/Exporter.h"
#include "core/io/Batch.h"
#include "core/io/Worker.h"

#include "core/json/InvoiceReader.h"
#include "core/rules/Validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <future>

namespace irndesk::io {

namespace {

// lupdate files Tr::tr() calls under this context wherever they are, inside classes too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::io::Exporter)
};

using store::InvoiceStatus;
using store::Store;

constexpr int kChunk = 512;
// The marks of several files share one Batch: a kill in between leaves files whose invoices are
// still ready (never the other way round): they are simply exported again.

// Writes the bulk files of one workspace and marks their invoices exported.
class WorkspaceExport
{
public:
    WorkspaceExport(Store& store, Batch& batch, const store::Workspace& workspace, const ExportOptions& options,
                    ExportSummary& summary, const std::function<void(const ExportEntry&)>& sink)
        : m_store(store)
        , m_batch(batch)
        , m_workspace(workspace)
        , m_options(options)
        , m_summary(summary)
        , m_sink(sink)
        , m_splitter(options.maxBytes, [this](const QByteArray& bulk) { return writeFile(bulk); })
    {
        m_context = RuleContext::withBuiltInMasters(options.today.isValid() ? options.today : QDate::currentDate());
        m_context.sandbox = options.sandbox;
        m_context.aatoAtLeast10Crore = workspace.profile.aato10Crore;
        m_base = QStringLiteral("%1-%2").arg(workspace.profile.gstin, m_context.today.toString(QStringLiteral("yyyyMMdd")));
    }

    // Chunks of invoices are read from the store, then parsed and checked in a worker thread
    // while the chunk before them is written.
    Status run(const QList<qint64>& ids, qint64& done, qint64 total)
    {
        QList<Candidate> current = load(ids, 0);
        if (m_loadError) {
            return *m_loadError;
        }
        check(current);
        for (qsizetype at = kChunk;; at += kChunk) {
            QList<Candidate> next = load(ids, at);
            if (m_loadError) {
                return *m_loadError;
            }
            std::future<void> checking;
            if (!next.isEmpty()) {
                checking = runInPool([this, &next] { check(next); });
            }
            Status written = write(current);
            if (checking.valid()) {
                checking.get();
            }
            if (!written) {
                return written;
            }
            done += current.size();
            if (next.isEmpty()) {
                break;
            }
            if (m_options.progress && !m_options.progress(done, total)) {
                m_summary.cancelled = true;
                break;
            }
            current = std::move(next);
        }
        return m_splitter.finish();
    }

private:
    struct Candidate
    {
        store::InvoiceSummary summary;
        QByteArray json;
        Findings findings;
        bool readable = true;
    };

    QList<Candidate> load(const QList<qint64>& ids, qsizetype at)
    {
        QList<Candidate> chunk;
        if (at >= ids.size()) {
            return chunk;
        }
        for (auto& [summary, json] : m_store.invoiceContents(ids.mid(at, kChunk))) {
            chunk.append({std::move(summary), std::move(json), {}, true});
        }
        m_loadError = m_store.queryError();
        return chunk;
    }

    // Checked again: a date window may have closed, or the masters changed, since it was stored.
    void check(QList<Candidate>& chunk) const
    {
        for (Candidate& c : chunk) {
            if (!wanted(c.summary)) {
                continue;
            }
            ReadInvoice read = readInvoice(c.json);
            if (!read.invoice || hasErrors(read.diagnostics)) {
                c.readable = false;
                continue;
            }
            c.findings = validate(*read.invoice, m_context);
        }
    }

    // Drafts are looked at too: checked again, one whose errors are gone is exported, the others
    // are reported with their errors.
    bool wanted(const store::InvoiceSummary& summary) const
    {
        return summary.status == InvoiceStatus::Ready || summary.status == InvoiceStatus::Draft
            || (summary.status == InvoiceStatus::Exported && m_options.includeExported);
    }

    Status write(const QList<Candidate>& chunk)
    {
        for (const Candidate& c : chunk) {
            if (Status s = one(c); !s) {
                return s;
            }
        }
        return Ok{};
    }

    void leaveOut(const ExportEntry& entry)
    {
        ++m_summary.leftOut;
        if (m_sink) {
            m_sink(entry);
        }
    }

    Status one(const Candidate& c)
    {
        const store::InvoiceSummary& summary = c.summary;
        ExportEntry entry;
        entry.id = summary.id;
        entry.workspaceGstin = m_workspace.profile.gstin;
        entry.docType = summary.docType;
        entry.docNo = summary.docNo;
        if (!wanted(summary)) {
            entry.reasons.append(summary.status == InvoiceStatus::Exported
                                     ? Tr::tr("it was exported before, to %1 (export again with --include-exported)").arg(summary.exportFile)
                                     : Tr::tr("it is %1, and only ready invoices are exported").arg(store::statusName(summary.status)));
            leaveOut(entry);
            return Ok{};
        }
        if (!c.readable) {
            entry.reasons.append(Tr::tr("its stored content cannot be read back: check the store (irndesk-cli store check)"));
            leaveOut(entry);
            return Ok{};
        }
        if (hasErrors(c.findings)) {
            for (const Finding& f : c.findings) {
                if (f.isError()) {
                    entry.reasons.append(QStringLiteral("%1 %2: %3").arg(f.code, f.path, f.message));
                }
            }
            if (summary.status == InvoiceStatus::Ready) {
                if (Status s = m_store.recordValidation(summary.id, c.findings); !s) {
                    return s;
                }
            }
            leaveOut(entry);
            return Ok{};
        }
        if (summary.status == InvoiceStatus::Draft) {
            if (Status s = m_store.recordValidation(summary.id, c.findings); !s) {
                return s;
            }
        }
        const QString label = QStringLiteral("%1 %2").arg(summary.docType, summary.docNo);
        // The stored JSON is the canonical form the writer makes: it goes into the file as it is.
        if (Status s = m_splitter.addJson(c.json, label); !s) {
            if (s.error().code != ErrorCode::TooLarge) {
                return s;
            }
            entry.reasons.append(s.error().message);
            leaveOut(entry);
            return Ok{};
        }
        m_pending.append(std::move(entry));
        return Ok{};
    }

    QString nextFileName()
    {
        const QDir dir(m_options.outDir);
        for (int n = 1;; ++n) {
            const QString name = QStringLiteral("%1-%2.json").arg(m_base).arg(n, 3, 10, QLatin1Char('0'));
            if (!QFileInfo::exists(dir.filePath(name))) {
                return dir.filePath(name);
            }
        }
    }

    // One bulk array is complete: write it, then mark its invoices exported (in that order: an
    // invoice is never marked exported to a file that does not exist).
    Status writeFile(const QByteArray& bulk)
    {
        const QString path = nextFileName();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bulk) != bulk.size() || !file.commit()) {
            return Error{ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
        }
        const QString name = QFileInfo(path).fileName();
        QList<qint64> ids;
        ids.reserve(m_pending.size());
        for (const ExportEntry& e : std::as_const(m_pending)) {
            ids.append(e.id);
        }
        if (Status s = m_batch.begin(); !s) {
            return s;
        }
        if (Status s = m_store.markExported(ids, name); !s) {
            return s;
        }
        m_summary.files.append(path);
        m_summary.exported += ids.size();
        for (ExportEntry& e : m_pending) {
            e.exported = true;
            e.file = name;
            if (m_sink) {
                m_sink(e);
            }
        }
        m_pending.clear();
        return m_batch.commitIfOld();
    }

    Store& m_store;
    Batch& m_batch;
    const store::Workspace& m_workspace;
    const ExportOptions& m_options;
    ExportSummary& m_summary;
    const std::function<void(const ExportEntry&)>& m_sink;
    RuleContext m_context;
    QString m_base;
    QList<ExportEntry> m_pending; ///< added to the array being filled, not yet in a file
    std::optional<Error> m_loadError;
    BulkSplitter m_splitter;
};

} // namespace

Result<ExportSummary> exportBulk(store::Store& store, const ExportOptions& options, const std::function<void(const ExportEntry&)>& sink)
{
    if (options.outDir.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, Tr::tr("say where the bulk files go (the output folder)"), {}};
    }
    if (!QDir().mkpath(options.outDir)) {
        return Error{ErrorCode::Io, Tr::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(options.outDir)), {}};
    }
    QList<store::Workspace> workspaces;
    if (options.workspaceId) {
        const std::optional<store::Workspace> w = store.workspace(*options.workspaceId);
        if (!w) {
            return Error{ErrorCode::NotFound, Tr::tr("there is no workspace #%1").arg(*options.workspaceId), {}};
        }
        workspaces.append(*w);
    } else {
        workspaces = store.workspaces();
        if (const auto e = store.queryError()) {
            return *e;
        }
    }
    // The invoices of each workspace, found before any is written.
    QList<QList<qint64>> idsOf;
    qint64 total = 0;
    for (const store::Workspace& w : std::as_const(workspaces)) {
        store::InvoiceFilter filter;
        filter.workspaceId = w.id;
        if (options.ids.isEmpty()) {
            filter.statuses = {InvoiceStatus::Ready, InvoiceStatus::Draft};
            if (options.includeExported) {
                filter.statuses.append(InvoiceStatus::Exported);
            }
        } else {
            filter.ids = options.ids;
        }
        idsOf.append(store.invoiceIds(filter));
        if (const auto e = store.queryError()) {
            return *e;
        }
        total += idsOf.last().size();
    }
    ExportSummary summary;
    qint64 done = 0;
    Batch batch(store);
    for (qsizetype i = 0; i < workspaces.size() && !summary.cancelled; ++i) {
        WorkspaceExport run(store, batch, workspaces[i], options, summary, sink);
        if (Status s = run.run(idsOf[i], done, total); !s) {
            return s.error();
        }
    }
    if (Status s = batch.commit(); !s) {
        return s.error();
    }
    if (!summary.files.isEmpty()) {
        const Status logged = store.audit(QStringLiteral("export"), options.workspaceId, std::nullopt,
                    Tr::tr("%1 invoices to %2 files in %3, %4 left out")
                        .arg(summary.exported)
                        .arg(summary.files.size())
                        .arg(QDir::toNativeSeparators(options.outDir))
                        .arg(summary.leftOut));
        if (!logged) {
            return logged.error();
        }
    }
    return summary;
}

} // namespace irndesk::io
