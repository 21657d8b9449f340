// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite store through its API and, where the store promises something about the file itself
// (WAL, version, integrity, triggers), through a second, raw connection to the same file.
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "core/rules/Validator.h"
#include "core/store/Store.h"
#include "tests/support/TestData.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace irndesk;
using namespace irndesk::store;

namespace {

Invoice baseInvoice()
{
    ReadInvoice read = readInvoice(test::readData(QStringLiteral("rules/valid-b2b-intra-goods/invoice.json")));
    return *read.invoice;
}

Invoice numbered(const QString& number, const QString& date = QStringLiteral("10/11/2026"))
{
    Invoice invoice = baseInvoice();
    invoice.docDtls.no = number;
    invoice.docDtls.dt = date;
    return invoice;
}

Findings findingsOf(const Invoice& invoice)
{
    return validate(invoice, RuleContext::withBuiltInMasters(QDate(2026, 11, 21)));
}

Finding anError()
{
    return Finding{QStringLiteral("2189"), QStringLiteral("totals.invoice-value"), QStringLiteral("ValDtls.TotInvVal"),
                   Finding::Severity::Error, QStringLiteral("wrong total"), QStringLiteral("fix it")};
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A raw connection to a store file, beside the Store under test.
class Raw
{
public:
    explicit Raw(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        db.open();
    }
    ~Raw()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next()) {
            return {};
        }
        return q.value(0);
    }
    QString exec(const QString& sql) // the error text, empty on success
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) ? QString() : q.lastError().databaseText();
    }

private:
    QString m_name;
    static inline int s_counter = 0;
};

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    std::unique_ptr<Store> open(const QString& file)
    {
        Result<std::unique_ptr<Store>> store = Store::open(file);
        if (!store) {
            qWarning() << store.error().message;
            return nullptr;
        }
        return std::move(store).value();
    }

    qint64 workspaceOf(Store& store)
    {
        const Invoice invoice = baseInvoice();
        if (auto w = store.workspaceByGstin(*invoice.sellerDtls.gstin)) {
            return w->id;
        }
        return store.addWorkspace(SellerProfile::fromInvoice(invoice)).value().id;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newStoreIsWalWithForeignKeys()
    {
        const QString file = path(QStringLiteral("new/store.sqlite"));
        auto store = open(file);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        Raw raw(file);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Store::latestSchemaVersion());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")).toInt(), 0x49524E44);
        // Foreign keys are on in the store's connection: a party of no workspace is refused.
        Party orphan;
        orphan.workspaceId = 999;
        orphan.legalName = QStringLiteral("Nobody");
        QVERIFY(!store->saveParty(orphan));
    }

    void refusesFilesThatAreNotStores()
    {
        const QString text = path(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are not the invoices you are looking for\n");
        f.close();
        Result<std::unique_ptr<Store>> r = Store::open(text);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("not an SQLite database")), qPrintable(r.error().message));

        const QString other = path(QStringLiteral("other.sqlite"));
        {
            Raw raw(other);
            QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE t(x)")), QString());
        }
        const QByteArray before = fileHash(other);
        r = Store::open(other);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("not an IRN Desk store")), qPrintable(r.error().message));
        QCOMPARE(fileHash(other), before);
    }

    void refusesAStoreOfANewerVersion()
    {
        const QString file = path(QStringLiteral("newer.sqlite"));
        open(file).reset();
        {
            Raw raw(file);
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = 99")), QString());
        }
        const QByteArray before = fileHash(file);
        Result<std::unique_ptr<Store>> r = Store::open(file);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unsupported);
        QVERIFY2(r.error().message.contains(QLatin1String("newer IRN Desk")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("99")));
        QCOMPARE(fileHash(file), before);
    }

    // A store of an older version is copied beside itself, then brought up to date.
    void anOlderStoreIsCopiedThenMigrated()
    {
        const QString file = path(QStringLiteral("older/store.sqlite"));
        {
            auto store = open(file);
            QVERIFY(store->addInvoice(workspaceOf(*store), numbered(QStringLiteral("O/1")), {}));
        }
        {
            // What version 1 was: no status_report view (2), no index by type (3), no submission
            // journal (4).
            Raw raw(file);
            QCOMPARE(raw.exec(QStringLiteral("DROP VIEW status_report")), QString());
            QCOMPARE(raw.exec(QStringLiteral("DROP INDEX invoice_by_type")), QString());
            QCOMPARE(raw.exec(QStringLiteral("DROP TABLE submission")), QString());
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = 1")), QString());
        }
        auto store = open(file);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        const QString copy = store->migrationBackup();
        QVERIFY2(QFileInfo(copy).fileName().startsWith(QLatin1String("store.v1-backup-")), qPrintable(copy));
        {
            Raw old(copy);
            QCOMPARE(old.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QCOMPARE(old.value(QStringLiteral("SELECT count(*) FROM invoice")).toInt(), 1);
        }
        Raw raw(file);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'invoice_by_type'")).toInt(), 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT total FROM status_report WHERE doc_no = 'O/1'")).toString(), QStringLiteral("123145.00"));
        QCOMPARE(raw.value(QStringLiteral("SELECT seller_gstin FROM status_report")).toString(), QStringLiteral("27AAPFU0939F1ZV"));
    }

    void aFailedMigrationChangesNothing()
    {
        // A store whose version says 0 but which holds the tables: migration 1 fails half-way
        // (the table exists) and must leave the file as it was.
        const QString file = path(QStringLiteral("half.sqlite"));
        {
            auto store = open(file);
            workspaceOf(*store);
        }
        {
            Raw raw(file);
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = 0")), QString());
        }
        Result<std::unique_ptr<Store>> r = Store::open(file);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("nothing was changed")), qPrintable(r.error().message));
        Raw raw(file);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM workspace")).toInt(), 1);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    }

    void corruptStoreFailsItsIntegrityCheck()
    {
        const QString file = path(QStringLiteral("corrupt.sqlite"));
        {
            auto store = open(file);
            const qint64 ws = workspaceOf(*store);
            for (int i = 0; i < 300; ++i) {
                QVERIFY(store->addInvoice(ws, numbered(QStringLiteral("C/%1").arg(i)), {}));
            }
        }
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")) || QFileInfo(file + QStringLiteral("-wal")).size() == 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 64 * 1024);
        // Scribble over pages in the middle of the file (B-tree pages of the tables).
        for (qint64 at = 4096 * 3; at < size - 4096; at += 4096 * 5) {
            f.seek(at + 8);
            f.write(QByteArray(200, '\x5a'));
        }
        f.close();
        Store::Options options;
        options.integrity = Store::IntegrityCheck::Always;
        Result<std::unique_ptr<Store>> r = Store::open(file, options);
        QVERIFY(!r);
        QVERIFY2(r.error().code == ErrorCode::Corrupt || r.error().message.contains(QLatin1String("damaged")),
                 qPrintable(r.error().message));
        // Opened without the check (it ran less than a week ago, say), a list that meets a
        // damaged page says so instead of showing fewer invoices.
        options.integrity = Store::IntegrityCheck::Never;
        Result<std::unique_ptr<Store>> unchecked = Store::open(file, options);
        QVERIFY(unchecked);
        QVERIFY(!unchecked.value()->queryError());
        store::InvoiceFilter everything;
        const QList<InvoiceSummary> rows = unchecked.value()->listInvoices(everything, InvoiceSort::DocNo, Qt::AscendingOrder, 0, 1000);
        unchecked.value()->invoiceContents(unchecked.value()->invoiceIds(everything));
        QVERIFY2(unchecked.value()->queryError(), qPrintable(QString::number(rows.size())));
        QVERIFY(unchecked.value()->queryError()->message.contains(QLatin1String("cannot read the store")));
        unchecked.value()->clearQueryError();
        QVERIFY(!unchecked.value()->queryError());
    }

    void workspacesAreOnePerGstin()
    {
        auto store = open(path(QStringLiteral("ws.sqlite")));
        SellerProfile p;
        p.gstin = QStringLiteral("29aagcb1286q000");
        p.legalName = QStringLiteral("Bengaluru Books");
        p.aato10Crore = true;
        Result<Workspace> w = store->addWorkspace(p);
        QVERIFY(w);
        QCOMPARE(w.value().profile.gstin, QStringLiteral("29AAGCB1286Q000"));
        QVERIFY(w.value().profile.aato10Crore);
        QVERIFY(store->workspaceByGstin(QStringLiteral("29AAGCB1286Q000")));
        Result<Workspace> again = store->addWorkspace(p);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        p.gstin.clear();
        QVERIFY(!store->addWorkspace(p));
        SellerProfile second;
        second.gstin = QStringLiteral("27AAPFU0939F1ZV");
        second.legalName = QStringLiteral("Pune Traders");
        QVERIFY(store->addWorkspace(second));
        QCOMPARE(store->workspaces().size(), 2);
        second.tradeName = QStringLiteral("PT");
        QVERIFY(store->updateWorkspace(store->workspaceByGstin(second.gstin)->id, second));
        QCOMPARE(store->workspaceByGstin(second.gstin)->profile.tradeName, QStringLiteral("PT"));
    }

    void partiesAndProducts()
    {
        auto store = open(path(QStringLiteral("masters.sqlite")));
        const qint64 ws = workspaceOf(*store);
        Party buyer;
        buyer.workspaceId = ws;
        buyer.gstin = QStringLiteral("27AABCU9603R1ZN");
        buyer.legalName = QStringLiteral("Mumbai Retail LLP");
        buyer.pin = 400001;
        Result<qint64> id = store->saveParty(buyer);
        QVERIFY(id);
        QCOMPARE(store->parties(ws, QStringLiteral("retail")).size(), 1);
        QCOMPARE(store->parties(ws, QStringLiteral("27AABCU")).size(), 1);
        QCOMPARE(store->parties(ws, QStringLiteral("50%")).size(), 0); // LIKE wildcards are literal
        buyer.id = id.value();
        buyer.legalName = QStringLiteral("Mumbai Retail LLP (new)");
        QVERIFY(store->saveParty(buyer));
        QCOMPARE(store->parties(ws).first().legalName, buyer.legalName);
        QCOMPARE(store->parties(ws).first(), buyer);

        Product p;
        p.workspaceId = ws;
        p.description = QStringLiteral("Laptop computer");
        p.hsn = QStringLiteral("84713010");
        p.unit = QStringLiteral("NOS");
        p.gstRate = Fixed<3>::parse(std::string_view("18"));
        p.unitPrice = Fixed<3>::parse(std::string_view("49999.995"));
        Result<qint64> pid = store->saveProduct(p);
        QVERIFY(pid);
        p.id = pid.value();
        QCOMPARE(store->products(ws, QStringLiteral("lap")), QList<Product>{p});
        QVERIFY(store->deleteProduct(p.id));
        QVERIFY(store->products(ws).isEmpty());
    }

    void invoicesComeBackExactly()
    {
        auto store = open(path(QStringLiteral("lossless.sqlite")));
        const qint64 ws = workspaceOf(*store);
        // Every sample we have, including optional sections and 3-decimal quantities.
        for (const QString& file : {QStringLiteral("rules/valid-b2b-intra-goods/invoice.json"),
                                    QStringLiteral("conformance/india_compliance_foreign_transaction_request.json"),
                                    QStringLiteral("conformance/india_compliance_goods_item_with_ewaybill_request.json")}) {
            ReadInvoice read = readInvoice(test::readData(file));
            QVERIFY2(read.invoice, qPrintable(file));
            Invoice invoice = *read.invoice;
            Result<qint64> id = store->addInvoice(ws, invoice, findingsOf(invoice));
            QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
            Result<StoredInvoice> back = store->invoice(id.value());
            QVERIFY(back);
            QCOMPARE(invoiceToJson(back.value().invoice), invoiceToJson(invoice));
            QVERIFY(back.value().invoice == invoice);
            QCOMPARE(store->invoiceJson(id.value()).value(), invoiceToJson(invoice));
            QCOMPARE(back.value().findings, findingsOf(invoice));
        }
    }

    void statusFollowsFindings()
    {
        auto store = open(path(QStringLiteral("status.sqlite")));
        const qint64 ws = workspaceOf(*store);
        const qint64 clean = store->addInvoice(ws, numbered(QStringLiteral("S/1")), {}).value();
        const qint64 broken = store->addInvoice(ws, numbered(QStringLiteral("S/2")), {anError()}).value();
        QCOMPARE(store->invoice(clean).value().summary.status, InvoiceStatus::Ready);
        QCOMPARE(store->invoice(broken).value().summary.status, InvoiceStatus::Draft);
        QCOMPARE(store->invoice(broken).value().summary.errors, 1);
        QVERIFY(store->recordValidation(broken, {}));
        QCOMPARE(store->invoice(broken).value().summary.status, InvoiceStatus::Ready);
        QVERIFY(store->recordValidation(clean, {anError()}));
        QCOMPARE(store->invoice(clean).value().summary.status, InvoiceStatus::Draft);
    }

    void theWholeLifeOfAnInvoice()
    {
        auto store = open(path(QStringLiteral("life.sqlite")));
        const qint64 ws = workspaceOf(*store);
        const qint64 id = store->addInvoice(ws, numbered(QStringLiteral("L/1")), {}).value();
        QVERIFY(store->markExported({id}, QStringLiteral("x-001.json")));
        QCOMPARE(store->invoice(id).value().summary.exportFile, QStringLiteral("x-001.json"));
        // An edit of an exported invoice sends it back through draft; clean, it is ready again.
        Invoice edited = numbered(QStringLiteral("L/1"));
        edited.buyerDtls.trdNm = QStringLiteral("MRL");
        QVERIFY(store->updateInvoice(id, edited, {}));
        QCOMPARE(store->invoice(id).value().summary.status, InvoiceStatus::Ready);
        QVERIFY(store->markSubmitting(id));
        QVERIFY(!store->updateInvoice(id, edited, {})); // on its way: not editable
        QVERIFY(store->recordUnknown(id, QStringLiteral("timeout")));
        IrpResult irp{QString(64, QLatin1Char('a')), QStringLiteral("112010000000001"), QStringLiteral("2026-11-21 10:00:00"),
                      QStringLiteral("jwt1"), QStringLiteral("jwt2"), {}, {}, {}};
        QVERIFY(store->recordRegistered(id, irp, QStringLiteral("lookup")));
        const StoredInvoice registered = store->invoice(id).value();
        QCOMPARE(registered.summary.status, InvoiceStatus::Registered);
        QCOMPARE(registered.irp, irp);
        QCOMPARE(store->findInvoiceByIrn(irp.irn), std::optional<qint64>(id));
        QCOMPARE(store->numberUse(DocKey::of(ws, edited)), NumberUse::Registered);

        Status s = store->updateInvoice(id, numbered(QStringLiteral("L/1")), {});
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("cannot be changed")), qPrintable(s.error().message));
        QVERIFY(!store->deleteInvoice(id));
        QVERIFY(!store->recordRegistered(id, irp, QStringLiteral("again")));
        QVERIFY(store->recordEwayBill(id, QStringLiteral("321000000001"), QStringLiteral("21/11/2026"), {}));
        QVERIFY(!store->recordCancelled(id, QStringLiteral("2026-11-21"), 7, QStringLiteral("bad reason")));
        QVERIFY(store->recordCancelled(id, QStringLiteral("2026-11-21 12:00:00"), 2, QStringLiteral("Data entry mistake")));
        QCOMPARE(store->invoice(id).value().summary.status, InvoiceStatus::Cancelled);
        QCOMPARE(store->numberUse(DocKey::of(ws, edited)), NumberUse::Cancelled);
        QVERIFY(!store->recordCancelled(id, QStringLiteral("2026-11-21 12:00:01"), 1, QStringLiteral("again")));

        QStringList actions;
        for (const AuditEntry& e : store->auditLog(ws, id)) {
            actions.prepend(e.action);
            QCOMPARE(e.osUser, Store::osUser());
            QVERIFY(e.at.isValid());
        }
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("created"), QStringLiteral("exported"), QStringLiteral("reopened"),
                              QStringLiteral("edited"), QStringLiteral("submitted"), QStringLiteral("unknown"),
                              QStringLiteral("registered"), QStringLiteral("eway-bill"), QStringLiteral("cancelled")}));
    }

    // The moves the program allows are exactly those the file's triggers allow.
    void triggersEnforceTheMovesAndImmutability()
    {
        const QString file = path(QStringLiteral("triggers.sqlite"));
        auto store = open(file);
        const qint64 ws = workspaceOf(*store);
        const qint64 id = store->addInvoice(ws, numbered(QStringLiteral("T/1")), {anError()}).value();
        Raw raw(file);
        int moves = 0;
        for (InvoiceStatus from : kAllStatuses) {
            for (InvoiceStatus to : kAllStatuses) {
                const QVariant inTable = raw.value(QStringLiteral("SELECT 1 FROM status_move WHERE from_status = '%1' AND "
                                                                  "to_status = '%2'")
                                                       .arg(statusName(from), statusName(to)));
                QCOMPARE(inTable.isValid() || from == to, isAllowedMove(from, to));
                moves += inTable.isValid();
            }
        }
        QCOMPARE(moves, 16);
        // Around the API: a draft cannot jump to registered, even in SQL.
        QVERIFY(raw.exec(QStringLiteral("UPDATE invoice SET status = 'registered', irn = 'x', ack_no = '1' WHERE id = %1").arg(id))
                    .contains(QLatin1String("IRNDESK-STATUS-MOVE")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO invoice(workspace_id, doc_type, doc_no, fy, items, status, "
                                        "created_at, updated_at) VALUES (%1, 'INV', 'T/2', '2026-27', 0, 'registered', '', '')")
                             .arg(ws))
                    .contains(QLatin1String("IRNDESK-STATUS-MOVE")));
        // A ready invoice must have no errors.
        QVERIFY(store->recordValidation(id, {}));
        QVERIFY(raw.exec(QStringLiteral("UPDATE invoice SET errors = 2 WHERE id = %1").arg(id)).contains(QLatin1String("CHECK")));
        QVERIFY(store->markSubmitting(id));
        QVERIFY(store->recordRegistered(id, {QStringLiteral("b"), QStringLiteral("2"), {}, {}, {}, {}, {}, {}}, QStringLiteral("t")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE invoice_content SET content = '{}' WHERE invoice_id = %1").arg(id))
                    .contains(QLatin1String("IRNDESK-IMMUTABLE")));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM invoice_content WHERE invoice_id = %1").arg(id)).contains(QLatin1String("IRNDESK-IMMUTABLE")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE invoice SET total = 1 WHERE id = %1").arg(id)).contains(QLatin1String("IRNDESK-IMMUTABLE")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE invoice SET doc_no = 'T/9' WHERE id = %1").arg(id)).contains(QLatin1String("IRNDESK-IMMUTABLE")));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM invoice WHERE id = %1").arg(id)).contains(QLatin1String("IRNDESK-IMMUTABLE")));
    }

    void theRegistryKnowsEveryNumber()
    {
        auto store = open(path(QStringLiteral("registry.sqlite")));
        const qint64 ws = workspaceOf(*store);
        QVERIFY(store->addInvoice(ws, numbered(QStringLiteral("ab/1")), {}));
        // The IRP compares numbers without regard to case.
        Result<qint64> clash = store->addInvoice(ws, numbered(QStringLiteral("AB/1")), {});
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, ErrorCode::Conflict);
        QVERIFY2(clash.error().message.contains(QLatin1String("AB/1")), qPrintable(clash.error().message));
        // The same number in another financial year is another document.
        QVERIFY(store->addInvoice(ws, numbered(QStringLiteral("AB/1"), QStringLiteral("10/03/2026")), {}));
        // A number used elsewhere at the IRP is never given out and cannot be stored.
        const DocKey elsewhere{ws, QStringLiteral("2026-27"), QStringLiteral("INV"), QStringLiteral("INV/26-27/0002")};
        QVERIFY(store->recordUsedNumber(elsewhere, false, QStringLiteral("registered by the ERP")));
        QCOMPARE(store->numberUse(elsewhere), NumberUse::UsedElsewhere);
        QVERIFY(!store->addInvoice(ws, numbered(QStringLiteral("inv/26-27/0002")), {}));
        QCOMPARE(store->nextDocumentNumber(ws, QStringLiteral("INV"), QStringLiteral("2026-27"), true).value(), QStringLiteral("INV/26-27/0001"));
        QVERIFY(store->addInvoice(ws, numbered(QStringLiteral("INV/26-27/0001")), {}));
        QCOMPARE(store->nextDocumentNumber(ws, QStringLiteral("INV"), QStringLiteral("2026-27"), true).value(), QStringLiteral("INV/26-27/0003"));
        QCOMPARE(store->nextDocumentNumber(ws, QStringLiteral("CRN"), QStringLiteral("2026-27"), false).value(), QStringLiteral("CN/26-27/0001"));
        QCOMPARE(store->nextDocumentNumber(ws, QStringLiteral("CRN"), QStringLiteral("2026-27"), false).value(), QStringLiteral("CN/26-27/0001"));
        NumberSeries series{0, ws, QStringLiteral("DBN"), QStringLiteral("2026-27"), QStringLiteral("DEBIT-NOTE/{fy4}/{n}"), 6, 1};
        QVERIFY(!store->saveNumberSeries(series)); // 26 characters: too long for DocDtls.No
        series.pattern = QStringLiteral("D{fy}-{n}");
        QVERIFY(store->saveNumberSeries(series));
        QCOMPARE(store->nextDocumentNumber(ws, QStringLiteral("DBN"), QStringLiteral("2026-27"), true).value(), QStringLiteral("D26-27-000001"));
        // A deleted draft frees its number: the IRP never saw it.
        const qint64 draft = store->findInvoice({ws, QStringLiteral("2026-27"), QStringLiteral("INV"), QStringLiteral("AB/1")}).value();
        QVERIFY(store->deleteInvoice(draft));
        QCOMPARE(store->numberUse({ws, QStringLiteral("2026-27"), QStringLiteral("INV"), QStringLiteral("ab/1")}), NumberUse::Free);
    }

    void listsFilterAndSort()
    {
        auto store = open(path(QStringLiteral("list.sqlite")));
        const qint64 ws = workspaceOf(*store);
        for (int i = 1; i <= 30; ++i) {
            Invoice inv = numbered(QStringLiteral("F/%1").arg(i), QStringLiteral("%1/11/2026").arg(i, 2, 10, QLatin1Char('0')));
            if (i % 3 == 0) {
                inv.buyerDtls.lglNm = QStringLiteral("Chennai Silks");
            }
            QVERIFY(store->addInvoice(ws, inv, i % 5 == 0 ? Findings{anError()} : Findings{}));
        }
        InvoiceFilter all;
        all.workspaceId = ws;
        QCOMPARE(store->countInvoices(all), 30);
        const QList<InvoiceSummary> page = store->listInvoices(all, InvoiceSort::DocDate, Qt::DescendingOrder, 0, 10);
        QCOMPARE(page.size(), 10);
        QCOMPARE(page.first().docNo, QStringLiteral("F/30"));
        QCOMPARE(page.first().docDate, QDate(2026, 11, 30));
        QCOMPARE(page.first().total, Money::parse(std::string_view("123145")));
        QCOMPARE(store->listInvoices(all, InvoiceSort::DocDate, Qt::AscendingOrder, 10, 1).first().docNo, QStringLiteral("F/11"));
        InvoiceFilter drafts = all;
        drafts.statuses = {InvoiceStatus::Draft};
        QCOMPARE(store->countInvoices(drafts), 6);
        InvoiceFilter silks = all;
        silks.buyer = QStringLiteral("chennai");
        QCOMPARE(store->countInvoices(silks), 10);
        InvoiceFilter range = all;
        range.from = QDate(2026, 11, 5);
        range.to = QDate(2026, 11, 9);
        QCOMPARE(store->countInvoices(range), 5);
        InvoiceFilter text = all;
        text.text = QStringLiteral("F/2");
        QCOMPARE(store->countInvoices(text), 11); // F/2, F/20..F/29
        const QMap<InvoiceStatus, qint64> counts = store->countsByStatus(ws);
        QCOMPARE(counts.value(InvoiceStatus::Ready), 24);
        QCOMPARE(counts.value(InvoiceStatus::Draft), 6);
        QCOMPARE(store->invoiceIds(drafts).size(), 6);
    }

    void backupAndRestoreWhileOpen()
    {
        const QString file = path(QStringLiteral("backup/store.sqlite"));
        auto store = open(file);
        const qint64 ws = workspaceOf(*store);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(store->addInvoice(ws, numbered(QStringLiteral("B/%1").arg(i)), {}));
        }
        const QString copy = path(QStringLiteral("backup/copy.sqlite"));
        QVERIFY(store->backupTo(copy));
        for (int i = 20; i < 25; ++i) {
            QVERIFY(store->addInvoice(ws, numbered(QStringLiteral("B/%1").arg(i)), {}));
        }
        // The copy is a store of its own, sound and complete.
        {
            auto opened = open(copy);
            QVERIFY(opened);
            QVERIFY(opened->integrityProblems().isEmpty());
            QCOMPARE(opened->countInvoices({}), 20);
        }
        QVERIFY(!store->backupTo(file)); // never over the store itself
        QVERIFY(store->restoreFrom(copy));
        QCOMPARE(store->countInvoices({}), 20);
        QVERIFY(store->integrityProblems().isEmpty());
        QVERIFY(store->addInvoice(ws, numbered(QStringLiteral("B/99")), {})); // still writable
        // What the restore replaced was kept.
        const QStringList kept = QDir(path(QStringLiteral("backup"))).entryList({QStringLiteral("store.before-restore-*.sqlite")});
        QCOMPARE(kept.size(), 1);
        // A file that is not a store is not restored.
        QFile junk(path(QStringLiteral("backup/junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("junk");
        junk.close();
        QVERIFY(!store->restoreFrom(junk.fileName()));
        QCOMPARE(store->countInvoices({}), 21);
    }

    void aBusyStoreSaysSo()
    {
        const QString file = path(QStringLiteral("busy.sqlite"));
        auto first = open(file);
        const qint64 ws = workspaceOf(*first);
        Store::Options quick;
        quick.busyTimeoutMs = 100;
        auto second = std::move(Store::open(file, quick)).value();
        {
            Store::Transaction holding(*first);
            QVERIFY(holding.status());
            QVERIFY(first->addInvoice(ws, numbered(QStringLiteral("W/1")), {}));
            Result<qint64> blocked = second->addInvoice(ws, numbered(QStringLiteral("W/2")), {});
            QVERIFY(!blocked);
            QCOMPARE(blocked.error().code, ErrorCode::Busy);
            QVERIFY2(blocked.error().message.contains(QLatin1String("busy")), qPrintable(blocked.error().message));
            // Readers are not blocked by the writer (WAL), and do not see its uncommitted work.
            QCOMPARE(second->countInvoices({}), 0);
            QVERIFY(holding.commit());
        }
        QVERIFY(second->addInvoice(ws, numbered(QStringLiteral("W/2")), {}));
        QCOMPARE(first->countInvoices({}), 2);
    }

    void aFailedStepInsideATransactionIsUndoneAlone()
    {
        auto store = open(path(QStringLiteral("savepoint.sqlite")));
        const qint64 ws = workspaceOf(*store);
        Store::Transaction transaction(*store);
        QVERIFY(store->addInvoice(ws, numbered(QStringLiteral("P/1")), {}));
        QVERIFY(!store->addInvoice(ws, numbered(QStringLiteral("p/1")), {}));
        QVERIFY(store->addInvoice(ws, numbered(QStringLiteral("P/2")), {}));
        QVERIFY(transaction.commit());
        QCOMPARE(store->countInvoices({}), 2);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
