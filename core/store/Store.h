// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/model/Invoice.h"
#include "core/rules/Finding.h"
#include "core/store/InvoiceStatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace irndesk::store {

/// The seller a workspace stands for.
struct SellerProfile
{
    QString gstin, legalName, tradeName, addr1, addr2, location;
    std::optional<qint64> pin;
    QString stateCode, phone, email;
    bool aato10Crore = false; ///< aggregate turnover ≥ ₹10 crore (the 30-day reporting window)

    /// The profile of the seller of `invoice` (its SellerDtls).
    static SellerProfile fromInvoice(const Invoice& invoice);
    bool operator==(const SellerProfile&) const = default;
};

struct Workspace
{
    qint64 id = 0;
    SellerProfile profile;
    QDateTime createdAt;
};

struct Party
{
    enum class Kind { Buyer, ShipTo, Dispatch };
    qint64 id = 0;
    qint64 workspaceId = 0;
    Kind kind = Kind::Buyer;
    QString gstin, legalName, tradeName, pos, addr1, addr2, location;
    std::optional<qint64> pin;
    QString stateCode, phone, email;
    bool operator==(const Party&) const = default;
};

struct Product
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString description, hsn, unit;
    bool isService = false;
    Decimal3 gstRate, unitPrice, cessRate;
    Amount cessNonAdvol;
    bool operator==(const Product&) const = default;
};

/// Numbers of one document type in one financial year of a workspace: `pattern` with "{fy}"
/// ("25-26"), "{fy4}" ("2025-26") and "{n}" (the counter, zero-padded to `width`).
struct NumberSeries
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString docType; ///< INV, CRN, DBN
    QString fy; ///< "2025-26"
    QString pattern;
    int width = 4;
    qint64 nextValue = 1;

    /// The number `value` gives: INV/25-26/0001.
    QString format(qint64 value) const;
    /// The pattern a new series of `docType` starts with: "INV/{fy}/{n}", "CN/{fy}/{n}", "DN/{fy}/{n}".
    static QString defaultPattern(const QString& docType);
};

/// A document number in the registry: one per workspace, financial year and type, compared
/// without regard to letter case.
struct DocKey
{
    qint64 workspaceId = 0;
    QString fy; ///< "2025-26", from the document date
    QString docType;
    QString docNo;

    /// The key of `invoice` in workspace `workspaceId`; fy is empty while its date is invalid.
    static DocKey of(qint64 workspaceId, const Invoice& invoice);
};

/// What the registry knows of a number.
enum class NumberUse {
    Free, ///< never used: it may be given out
    Draft, ///< an invoice in the store has it, not yet registered (draft, ready, exported, rejected)
    InFlight, ///< an invoice with it was sent (submitting, unknown)
    Registered, ///< an invoice with it is registered at the IRP
    Cancelled, ///< its IRN was cancelled: the number can never be used again
    UsedElsewhere, ///< registered at the IRP by another program
};

/// What the IRP said about an invoice.
struct IrpResult
{
    QString irn, ackNo, ackDate, signedInvoice, signedQrCode;
    QString ewbNo, ewbDate, ewbValidTill;
    bool operator==(const IrpResult&) const = default;
};

struct IrpError
{
    QString code, message;
    bool operator==(const IrpError&) const = default;
};

/// One row of the invoice list: what lists, filters and reports need, without the content.
struct InvoiceSummary
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString docType, docNo;
    QDate docDate; ///< invalid while the document's date is not a valid date
    QString fy;
    QString buyerGstin, buyerName;
    Amount total;
    int items = 0;
    InvoiceStatus status = InvoiceStatus::Draft;
    int errors = 0;
    int warnings = 0;
    QString irn, ackNo, ackDate, exportFile, source;
    QDateTime updatedAt;
};

/// Everything the store keeps about one invoice.
struct StoredInvoice
{
    InvoiceSummary summary;
    Invoice invoice;
    Findings findings;
    QDateTime validatedAt;
    IrpResult irp;
    QList<IrpError> irpErrors;
    QString cancelDate, cancelRemark;
    int cancelReason = 0;
    QDateTime createdAt;
};

/// One request of the submission journal (what was about to be sent to an IRP, and what came of it).
struct SubmissionEntry
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString profile; ///< the IRP profile it went to
    QString irn; ///< the IRN computed locally, to look the invoice up by
    QString request; ///< generate, lookup, cancel
    bool open = true; ///< no outcome recorded yet: after a crash, look it up before sending again
    QString outcome, detail;
    QDateTime startedAt, finishedAt;
};

/// Which invoices a list shows. Empty members do not filter.
struct InvoiceFilter
{
    std::optional<qint64> workspaceId;
    QList<InvoiceStatus> statuses;
    QDate from, to; ///< document date, both ends included
    QString buyer; ///< buyer GSTIN or part of the buyer's name
    QString docType;
    QString text; ///< part of the number, buyer name or GSTIN, or the IRN
    QList<qint64> ids;
};

enum class InvoiceSort { DocDate, DocNo, Buyer, Total, Status, Updated };

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString osUser;
    std::optional<qint64> workspaceId, invoiceId;
    QString action; ///< created, edited, imported, validated, exported, submitted, registered, ...
    QString detail;
};

/// The local SQLite store of workspaces and invoices (DESIGN.md §5).
///
/// One object is one connection, to be used by one thread. Several objects, in this and other
/// processes, may open the same file: SQLite's WAL lets readers go on while one writes; a writer
/// waits for another up to the busy timeout and then gets an Error with ErrorCode::Busy.
class Store
{
public:
    enum class IntegrityCheck {
        Auto, ///< full check when the last session did not end cleanly or the last check is a week old
        Always,
        Never,
    };
    struct Options
    {
        IntegrityCheck integrity = IntegrityCheck::Auto;
        int busyTimeoutMs = 5000;
        /// Where the copy made before a migration goes; empty: next to the store.
        QString backupDirectory;
    };

    /// Opens (creating it if needed) the store at `path`, checks it, and brings its schema up to
    /// date (a copy of the file is made before a migration). Refuses a file that is not an IRN
    /// Desk store, fails its integrity check, or was written by a newer version.
    static Result<std::unique_ptr<Store>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Store>> open(const QString& path) { return open(path, Options{}); }
    /// The store the user gets without --store: $IRNDESK_STORE, else irndesk.sqlite in the
    /// application data directory.
    static QString defaultPath();
    /// The schema version this program writes.
    static int latestSchemaVersion();

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    QString path() const;
    int schemaVersion() const;
    /// The copy made before the last migration of this open, if one was made.
    QString migrationBackup() const;
    /// Runs PRAGMA integrity_check; an empty list means the store is sound.
    QStringList integrityProblems();

    /// A write transaction (BEGIN IMMEDIATE): every change made while one is open is committed or
    /// rolled back together. Without one, each call below is its own transaction.
    class Transaction
    {
    public:
        explicit Transaction(Store& store);
        ~Transaction(); ///< rolls back unless committed
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        Status status() const { return m_status; } ///< whether BEGIN worked
        Status commit();

    private:
        Store& m_store;
        Status m_status;
        bool m_open = false;
    };

    // Workspaces ---------------------------------------------------------------------------------
    Result<Workspace> addWorkspace(const SellerProfile& profile);
    Status updateWorkspace(qint64 id, const SellerProfile& profile);
    QList<Workspace> workspaces();
    std::optional<Workspace> workspace(qint64 id);
    std::optional<Workspace> workspaceByGstin(const QString& gstin);

    // Parties and products -----------------------------------------------------------------------
    Result<qint64> saveParty(const Party& party); ///< inserts when id is 0, else updates
    Status deleteParty(qint64 id);
    QList<Party> parties(qint64 workspaceId, const QString& search = {}, int limit = -1);
    Result<qint64> saveProduct(const Product& product);
    Status deleteProduct(qint64 id);
    QList<Product> products(qint64 workspaceId, const QString& search = {}, int limit = -1);

    // Number series and registry -----------------------------------------------------------------
    QList<NumberSeries> numberSeries(qint64 workspaceId);
    Status saveNumberSeries(const NumberSeries& series);
    /// The next free number of the series of `docType` in `fy` (created with the default pattern
    /// when missing); numbers the registry knows are skipped. With `reserve`, the series moves on.
    Result<QString> nextDocumentNumber(qint64 workspaceId, const QString& docType, const QString& fy, bool reserve);
    NumberUse numberUse(const DocKey& key);
    /// Records a number registered or cancelled at the IRP outside this store.
    Status recordUsedNumber(const DocKey& key, bool cancelled, const QString& note);

    // Invoices -----------------------------------------------------------------------------------
    /// Adds a new invoice to `workspaceId` with the findings of its validation: ready when they
    /// hold no error, else draft. Fails (ErrorCode::Conflict) when the registry has its number.
    Result<qint64> addInvoice(qint64 workspaceId,
                              const Invoice& invoice,
                              const Findings& findings,
                              const QString& source = {});
    /// The same with the invoice's JSON already made: `content` must be invoiceToJson(invoice)
    /// (bulk imports make it in worker threads).
    Result<qint64> addInvoice(qint64 workspaceId,
                              const Invoice& invoice,
                              const Findings& findings,
                              const QString& source,
                              const QByteArray& content);
    /// For bulk imports, inside a Transaction that the caller rolls back whole when a call fails
    /// with anything but ErrorCode::Conflict (a used number, which writes nothing): addInvoice()
    /// without a savepoint and an audit entry of its own. auditImported() then logs many of them
    /// in one statement, before the transaction is committed.
    Result<qint64> addInvoiceInBulk(qint64 workspaceId,
                                    const Invoice& invoice,
                                    const Findings& findings,
                                    const QString& source,
                                    const QByteArray& content);
    Status auditImported(const QList<qint64>& ids);
    /// Replaces the content of an editable invoice (draft, ready, exported, rejected); it becomes
    /// ready or draft according to `findings`.
    Status updateInvoice(qint64 id, const Invoice& invoice, const Findings& findings);
    /// Stores a new validation of a draft or ready invoice: it becomes ready or draft.
    Status recordValidation(qint64 id, const Findings& findings);
    /// Marks ready (or exported) invoices exported to `file`.
    Status markExported(const QList<qint64>& ids, const QString& file);
    Status markSubmitting(qint64 id);
    Status recordRegistered(qint64 id, const IrpResult& result, const QString& how);
    Status recordRejected(qint64 id, const QList<IrpError>& errors);
    Status recordUnknown(qint64 id, const QString& why);
    /// After a lookup of an unknown invoice found no IRN: it may be sent again.
    Status recordNotRegistered(qint64 id);
    Status recordCancelled(qint64 id, const QString& cancelDate, int reason, const QString& remark);
    Status recordEwayBill(qint64 id, const QString& ewbNo, const QString& ewbDate, const QString& validTill);
    /// Deletes an invoice that was never sent (draft, ready, exported, rejected).
    Status deleteInvoice(qint64 id);

    Result<StoredInvoice> invoice(qint64 id);
    std::optional<qint64> findInvoice(const DocKey& key);
    std::optional<qint64> findInvoiceByIrn(const QString& irn);
    QList<InvoiceSummary> listInvoices(const InvoiceFilter& filter,
                                       InvoiceSort sort = InvoiceSort::DocDate,
                                       Qt::SortOrder order = Qt::DescendingOrder,
                                       int offset = 0,
                                       int limit = 100);
    /// The ids of the invoices `filter` selects, in document date and id order (for bulk work).
    QList<qint64> invoiceIds(const InvoiceFilter& filter);
    /// The ids of the invoices `filter` selects in the order of `sort` (ties by id, the same way):
    /// what a list of a million rows holds (8 bytes a row), read through SQLite directly.
    /// `cancelled`, when given, is asked every few thousand steps; when it says true the query
    /// stops and std::nullopt is returned. std::nullopt on an error too: queryError() says why.
    std::optional<QList<qint64>> sortedInvoiceIds(const InvoiceFilter& filter,
                                                  InvoiceSort sort,
                                                  Qt::SortOrder order,
                                                  const std::function<bool()>& cancelled = {});
    /// The summaries of `ids`, in their order; ids that do not exist are left out.
    QList<InvoiceSummary> invoiceSummaries(const QList<qint64>& ids);
    /// For a connection that only reads lists (the invoice list's id loader): a page cache of
    /// `cacheKiB` and sorts that spill to temporary files, so that reading or sorting a million
    /// ids does not keep them in memory (the default is a 64 MiB cache and temporary data in RAM).
    void limitReadMemory(int cacheKiB);
    qint64 countInvoices(const InvoiceFilter& filter);
    QMap<InvoiceStatus, qint64> countsByStatus(std::optional<qint64> workspaceId = std::nullopt);
    /// Why a list, count or search above returned nothing or too little (a damaged page, a busy
    /// store): the first such error since clearQueryError(), or std::nullopt when every one read
    /// everything. Those calls return what they could read; callers that must not mistake a
    /// failure for "no rows" check this after them.
    std::optional<Error> queryError() const;
    void clearQueryError();
    /// The canonical INV-01 JSON of an invoice, as stored (no parsing).
    Result<QByteArray> invoiceJson(qint64 id);
    /// The summaries and stored JSON of several invoices at once (for bulk work), in the order of
    /// `ids`; ids that do not exist are left out.
    QList<std::pair<InvoiceSummary, QByteArray>> invoiceContents(const QList<qint64>& ids);

    // Submission journal ------------------------------------------------------------------------
    /// Before a generate request is sent: moves a ready or exported invoice to submitting and
    /// opens a journal entry, in one transaction. Returns the entry's id.
    Result<qint64> beginSubmission(qint64 invoiceId, const QString& profile, const QString& irn);
    /// Opens a journal entry for a request that changes no status by itself (a lookup of an
    /// unknown invoice, a cancel).
    Result<qint64> beginRequest(qint64 invoiceId, const QString& profile, const QString& irn, const QString& request);
    /// Records what came of an entry's request: "registered", "rejected", "unknown",
    /// "not-registered", "cancelled", "failed", ... Call it inside the Transaction that records the
    /// invoice's new status, so both land together.
    Status closeRequest(qint64 entryId, const QString& outcome, const QString& detail);
    /// The entries without an outcome (of one workspace, or all), oldest first.
    QList<SubmissionEntry> openRequests(std::optional<qint64> workspaceId = std::nullopt);
    /// Every entry of one invoice, oldest first.
    QList<SubmissionEntry> requestsOf(qint64 invoiceId);

    // Audit log -----------------------------------------------------------------------------------
    /// Adds an entry in the name of the OS user running this program.
    Status audit(const QString& action,
                 std::optional<qint64> workspaceId,
                 std::optional<qint64> invoiceId,
                 const QString& detail);
    QList<AuditEntry> auditLog(std::optional<qint64> workspaceId,
                               std::optional<qint64> invoiceId = std::nullopt,
                               int limit = 1000);
    /// Who changes are recorded as: the OS user.
    static QString osUser();

    // Backup and restore ------------------------------------------------------------------------
    /// A consistent copy of the whole store to `file` (SQLite online backup), while it is in use.
    Status backupTo(const QString& file);
    /// Replaces the whole content of this store with that of the backup `file`, after checking it
    /// is a sound IRN Desk store of a version this program can read. A copy of the current content
    /// is made first (see migrationBackup-like naming: <store>.before-restore-<time>.sqlite).
    Status restoreFrom(const QString& file);

    struct Private; ///< internal (StorePrivate.h)

private:
    explicit Store(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace irndesk::store
