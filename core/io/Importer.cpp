// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/Importer.h"

#include "core/io/Batch.h"
#include "core/io/ImportSource.h"
#include "core/io/Worker.h"
#include "core/json/InvoiceWriter.h"
#include "core/rules/FileValidation.h"
#include "core/rules/Gstin.h"
#include "core/rules/Validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <future>

namespace irndesk::io {

namespace {

// lupdate files Tr::tr() calls under this context wherever they are, inside classes too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::io::Importer)
};

// How many invoices are read and checked together, and stored in one transaction.
constexpr int kChunkInvoices = 1024;
constexpr int kCommitInvoices = 32768;

using store::InvoiceStatus;
using store::Store;

// The rule context of each seller: the AATO band is per workspace.
class Contexts
{
public:
    Contexts(const ImportOptions& options, Store& store)
    {
        m_base = RuleContext::withBuiltInMasters(options.today.isValid() ? options.today : QDate::currentDate());
        m_base.sandbox = options.sandbox;
        m_aato = m_base;
        m_aato.aatoAtLeast10Crore = true;
        for (const store::Workspace& w : store.workspaces()) {
            if (w.profile.aato10Crore) {
                m_aatoSellers.insert(w.profile.gstin.toUpper());
            }
        }
    }
    const RuleContext& of(const Invoice& invoice) const
    {
        return m_aatoSellers.contains(invoice.sellerDtls.gstin.value_or(QString()).trimmed().toUpper()) ? m_aato : m_base;
    }

private:
    RuleContext m_base, m_aato;
    QSet<QString> m_aatoSellers;
};

// Reads and checks one chunk: runs in a worker thread.
void check(QList<SourceInvoice>& chunk, const Contexts& contexts)
{
    for (SourceInvoice& s : chunk) {
        s.parse();
        if (s.invoice && s.messages.isEmpty()) {
            s.findings += validate(*s.invoice, contexts.of(*s.invoice));
            s.content = invoiceToJson(*s.invoice);
        }
    }
}

class Run
{
public:
    Run(Store& store, const ImportOptions& options, const std::function<void(const ImportEntry&)>& sink)
        : m_store(store)
        , m_options(options)
        , m_sink(sink)
        , m_contexts(options, store)
    {
        m_onlyGstin = options.workspaceGstin.trimmed().toUpper();
    }

    ImportSummary summary;

    // Stores one chunk; an Error only when the store fails. Chunks share the Batch's transaction
    // until it holds kCommitInvoices invoices or is half a second old.
    Status store(QList<SourceInvoice>& chunk, const QString& file)
    {
        if (Status s = m_batch.begin(); !s) {
            return s;
        }
        for (SourceInvoice& s : chunk) {
            ImportEntry entry;
            if (Status status = storeOne(s, file, entry); !status) {
                m_batch.rollback(); // none of the pending invoices is stored
                m_pending.clear();
                m_added.clear();
                return status;
            }
            m_pending.append(std::move(entry));
        }
        if (m_pending.size() >= kCommitInvoices || m_batch.isOld()) {
            return commit();
        }
        return Ok{};
    }

    Status commit()
    {
        if (!m_batch.isOpen()) {
            return Ok{};
        }
        // The audit entries of the invoices added, in one statement, in the same transaction.
        Status committed = m_store.auditImported(m_added);
        m_added.clear();
        if (committed) {
            committed = m_batch.commit();
        } else {
            m_batch.rollback();
        }
        if (!committed) {
            m_pending.clear();
            return committed;
        }
        // Only what is committed is reported.
        for (const ImportEntry& e : std::as_const(m_pending)) {
            count(e);
            if (m_sink) {
                m_sink(e);
            }
        }
        m_pending.clear();
        return Ok{};
    }

    Status importFile(const QString& file)
    {
        const QString name = QFileInfo(file).fileName();
        Result<std::unique_ptr<ImportSource>> opened = openImportSource(file, m_options.mappingFile);
        if (!opened) {
            summary.fileErrors.append(opened.error().message);
            return Ok{};
        }
        std::unique_ptr<ImportSource> source = std::move(opened).value();
        const qint64 size = QFileInfo(file).size();
        // One chunk is read and checked in a worker while the one before it is stored. The worker
        // also frees the chunk stored before: what a thread allocates it frees, which keeps
        // malloc's arenas from fighting.
        auto fill = [&]() {
            QList<SourceInvoice> chunk;
            chunk.reserve(kChunkInvoices);
            SourceInvoice s;
            while (chunk.size() < kChunkInvoices && source->next(s)) {
                chunk.append(std::move(s));
                s = SourceInvoice{};
            }
            return chunk;
        };
        QList<SourceInvoice> current = fill();
        check(current, m_contexts);
        QList<SourceInvoice> done;
        const bool parallel = m_options.threads > 1;
        while (!current.isEmpty()) {
            QList<SourceInvoice> next = fill();
            auto work = [&next, &done, this] {
                check(next, m_contexts);
                done.clear();
            };
            std::future<void> checking;
            if (parallel) {
                checking = runInPool(work);
            }
            Status stored = store(current, name);
            if (checking.valid()) {
                checking.get();
            } else {
                work();
            }
            if (!stored) {
                return stored;
            }
            done = std::move(current);
            current = std::move(next);
            if (m_options.progress && !m_options.progress(source->bytesRead(), size)) {
                summary.cancelled = true;
                break;
            }
        }
        if (Status s = commit(); !s) {
            return s;
        }
        summary.fileErrors += source->fileErrors();
        summary.fileWarnings += source->fileWarnings();
        const Status logged = m_store.audit(QStringLiteral("import-file"), std::nullopt, std::nullopt,
                      Tr::tr("%1: %2 imported, %3 updated, %4 duplicates, %5 conflicts, %6 refused")
                          .arg(QDir::toNativeSeparators(file))
                          .arg(m_fileCounts.imported)
                          .arg(m_fileCounts.updated)
                          .arg(m_fileCounts.duplicates)
                          .arg(m_fileCounts.conflicts)
                          .arg(m_fileCounts.refused));
        m_fileCounts = {};
        return logged;
    }

private:
    void count(const ImportEntry& e)
    {
        for (ImportSummary* s : {&summary, &m_fileCounts}) {
            switch (e.outcome) {
            case ImportEntry::Outcome::Imported:
                ++s->imported;
                break;
            case ImportEntry::Outcome::Updated:
                ++s->updated;
                break;
            case ImportEntry::Outcome::Duplicate:
                ++s->duplicates;
                break;
            case ImportEntry::Outcome::Conflict:
                ++s->conflicts;
                break;
            case ImportEntry::Outcome::Refused:
                ++s->refused;
                break;
            }
        }
        if (e.outcome == ImportEntry::Outcome::Imported || e.outcome == ImportEntry::Outcome::Updated) {
            ++(e.status == InvoiceStatus::Ready ? summary.ready : summary.drafts);
        }
    }

    // The workspace of `gstin`, made from the invoice's SellerDtls when there is none.
    Result<qint64> workspaceOf(const QString& gstin, const Invoice& invoice, ImportEntry& entry)
    {
        if (const auto it = m_workspaces.constFind(gstin); it != m_workspaces.cend()) {
            return *it;
        }
        qint64 id = 0;
        if (const auto existing = m_store.workspaceByGstin(gstin)) {
            id = existing->id;
        } else {
            store::SellerProfile profile = store::SellerProfile::fromInvoice(invoice);
            profile.gstin = gstin;
            if (profile.legalName.trimmed().isEmpty()) {
                profile.legalName = gstin;
            }
            Result<store::Workspace> made = m_store.addWorkspace(profile);
            if (!made) {
                return made.error();
            }
            id = made.value().id;
            summary.createdWorkspaces.append(gstin);
            entry.messages.append(Tr::tr("workspace %1 (%2) created from SellerDtls").arg(gstin, profile.legalName));
        }
        m_workspaces.insert(gstin, id);
        return id;
    }

    Status storeOne(SourceInvoice& s, const QString& file, ImportEntry& entry)
    {
        entry.file = file;
        entry.where = s.where;
        entry.index = s.index;
        entry.messages = s.messages;
        if (!s.invoice || !s.messages.isEmpty()) {
            entry.outcome = ImportEntry::Outcome::Refused;
            if (entry.messages.isEmpty()) {
                entry.messages.append(Tr::tr("%1: the invoice could not be read").arg(s.where));
            }
            return Ok{};
        }
        const Invoice& invoice = *s.invoice;
        const QString gstin = invoice.sellerDtls.gstin.value_or(QString()).trimmed().toUpper();
        entry.sellerGstin = gstin;
        entry.docType = invoice.docDtls.typ.value_or(QString());
        entry.docNo = invoice.docDtls.no.value_or(QString());
        auto refuse = [&](const QString& why) {
            entry.outcome = ImportEntry::Outcome::Refused;
            entry.messages.append(why);
            return Status(Ok{});
        };
        if (gstin.isEmpty()) {
            return refuse(Tr::tr("%1: SellerDtls.Gstin is missing, so the invoice belongs to no workspace").arg(s.where));
        }
        if (!isGstinShaped(gstin)) {
            return refuse(Tr::tr("%1: SellerDtls.Gstin '%2' is not a GSTIN (15 characters: state code, PAN, entity, Z, "
                             "check character)")
                              .arg(s.where, gstin));
        }
        if (!m_onlyGstin.isEmpty() && gstin != m_onlyGstin) {
            return refuse(Tr::tr("%1: the seller %2 is not the workspace %3 the import is limited to (--workspace)")
                              .arg(s.where, gstin, m_onlyGstin));
        }
        if (entry.docType.trimmed().isEmpty() || entry.docNo.trimmed().isEmpty()) {
            return refuse(Tr::tr("%1: DocDtls.Typ and DocDtls.No are needed to store an invoice").arg(s.where));
        }
        Result<qint64> workspace = workspaceOf(gstin, invoice, entry);
        if (!workspace) {
            return workspace.error();
        }
        // Stored straight away: the registry (a unique index and a trigger) finds a number that is
        // taken, which is rare, at no cost for the others.
        Result<qint64> id = m_store.addInvoiceInBulk(workspace.value(), invoice, s.findings, file, s.content);
        if (!id) {
            if (id.error().code != ErrorCode::Conflict && id.error().code != ErrorCode::InvalidArgument) {
                return id.error();
            }
            if (const std::optional<qint64> existing = m_store.findInvoice(store::DocKey::of(workspace.value(), invoice))) {
                return sameNumber(*existing, s, entry);
            }
            entry.outcome = ImportEntry::Outcome::Conflict;
            entry.messages.append(s.where + QStringLiteral(": ") + id.error().message);
            return Ok{};
        }
        entry.outcome = ImportEntry::Outcome::Imported;
        entry.invoiceId = id.value();
        m_added.append(id.value());
        setVerdict(entry, s.findings);
        return Ok{};
    }

    static void setVerdict(ImportEntry& entry, const Findings& findings)
    {
        entry.errors = static_cast<int>(errorCount(findings));
        entry.warnings = static_cast<int>(findings.size()) - entry.errors;
        entry.status = entry.errors == 0 ? InvoiceStatus::Ready : InvoiceStatus::Draft;
        for (const Finding& f : findings) {
            if (f.isError()) {
                entry.messages.append(QStringLiteral("%1 %2: %3").arg(f.code, f.path, f.message));
            }
        }
    }

    // The store has an invoice with the same number: the same one, or a clash.
    Status sameNumber(qint64 existing, SourceInvoice& s, ImportEntry& entry)
    {
        Result<store::StoredInvoice> stored = m_store.invoice(existing);
        if (!stored) {
            return stored.error();
        }
        entry.invoiceId = existing;
        entry.status = stored.value().summary.status;
        if (stored.value().invoice == *s.invoice) {
            entry.outcome = ImportEntry::Outcome::Duplicate;
            entry.messages.append(Tr::tr("%1: %2 %3 is already in the store (%4), unchanged: not imported again")
                                      .arg(s.where, entry.docType, entry.docNo, store::statusName(entry.status)));
            return Ok{};
        }
        if (m_options.updateChanged && store::isEditable(entry.status)) {
            if (Status u = m_store.updateInvoice(existing, *s.invoice, s.findings); !u) {
                if (u.error().code != ErrorCode::Conflict) {
                    return u;
                }
                entry.outcome = ImportEntry::Outcome::Conflict;
                entry.messages.append(s.where + QStringLiteral(": ") + u.error().message);
                return Ok{};
            }
            entry.outcome = ImportEntry::Outcome::Updated;
            setVerdict(entry, s.findings);
            return Ok{};
        }
        entry.outcome = ImportEntry::Outcome::Conflict;
        entry.messages.append(
            store::isEditable(entry.status)
                ? Tr::tr("%1: the store already has a different %2 %3 (%4); import with --update to replace it")
                      .arg(s.where, entry.docType, entry.docNo, store::statusName(entry.status))
                : Tr::tr("%1: the store already has a different %2 %3, and it is %4: it cannot be replaced")
                      .arg(s.where, entry.docType, entry.docNo, store::statusName(entry.status)));
        return Ok{};
    }

    Store& m_store;
    const ImportOptions& m_options;
    const std::function<void(const ImportEntry&)>& m_sink;
    Contexts m_contexts;
    QString m_onlyGstin;
    QHash<QString, qint64> m_workspaces;
    Batch m_batch{m_store};
    QList<ImportEntry> m_pending;
    QList<qint64> m_added; ///< invoices added in the open transaction, for their audit entries
    ImportSummary m_fileCounts;
};

} // namespace

QString outcomeName(ImportEntry::Outcome outcome)
{
    switch (outcome) {
    case ImportEntry::Outcome::Imported:
        return QStringLiteral("imported");
    case ImportEntry::Outcome::Updated:
        return QStringLiteral("updated");
    case ImportEntry::Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case ImportEntry::Outcome::Conflict:
        return QStringLiteral("conflict");
    case ImportEntry::Outcome::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

Result<ImportSummary> importFiles(store::Store& store,
                                  const QStringList& files,
                                  const ImportOptions& options,
                                  const std::function<void(const ImportEntry&)>& sink)
{
    Run run(store, options, sink);
    for (const QString& file : files) {
        if (Status s = run.importFile(file); !s) {
            return s.error();
        }
        if (run.summary.cancelled) {
            break;
        }
    }
    return run.summary;
}

} // namespace irndesk::io
