// SPDX-License-Identifier: GPL-3.0-or-later
// Import of files into a real store file and export of bulk files from it, through the same
// functions the CLI and the GUI call.
#include "bench/InvoiceGenerator.h"
#include "core/io/Exporter.h"
#include "core/io/Importer.h"
#include "core/io/PortalResults.h"
#include "core/io/ResultsImport.h"
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "core/model/Dates.h"
#include "core/rules/Validator.h"
#include "core/store/Store.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace irndesk;
using namespace irndesk::io;
using irndesk::bench::GeneratorOptions;
using irndesk::bench::InvoiceGenerator;
using store::InvoiceStatus;
using store::Store;

namespace {

const QDate kToday(2026, 11, 21);

QList<Invoice> generated(int count, quint64 seed = 7)
{
    GeneratorOptions options;
    options.seed = seed;
    options.today = kToday;
    InvoiceGenerator generator(options);
    QList<Invoice> list;
    for (int i = 0; i < count; ++i) {
        list.append(generator.next());
    }
    return list;
}

QString write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

ImportOptions options()
{
    ImportOptions o;
    o.today = kToday;
    return o;
}

struct Collected
{
    ImportSummary summary;
    QList<ImportEntry> entries;
};

Collected importInto(Store& store, const QStringList& files, const ImportOptions& o = options())
{
    Collected c;
    Result<ImportSummary> r = importFiles(store, files, o, [&](const ImportEntry& e) { c.entries.append(e); });
    if (!r) {
        qWarning() << r.error().message;
        return c;
    }
    c.summary = r.value();
    return c;
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> freshStore(const QString& name) { return std::move(Store::open(m_dir.filePath(name))).value(); }

private slots:
    void aBulkFileGoesToTheWorkspacesOfItsSellers()
    {
        auto store = freshStore(QStringLiteral("bulk.sqlite"));
        const QList<Invoice> invoices = generated(300);
        const QString file = write(m_dir.filePath(QStringLiteral("bulk.json")), invoicesToJsonArray(invoices));
        const Collected first = importInto(*store, {file});
        QCOMPARE(first.summary.imported, 300);
        QCOMPARE(first.summary.ready, 300);
        QCOMPARE(first.entries.size(), 300);
        QSet<QString> sellers;
        for (const Invoice& i : invoices) {
            sellers.insert(*i.sellerDtls.gstin);
        }
        QCOMPARE(first.summary.createdWorkspaces.size(), sellers.size());
        QCOMPARE(store->workspaces().size(), sellers.size());
        // In file order, each with its place in the file and its id.
        for (int i = 0; i < 300; ++i) {
            QCOMPARE(first.entries[i].index, i);
            QCOMPARE(first.entries[i].docNo, *invoices[i].docDtls.no);
            QVERIFY(first.entries[i].invoiceId);
            QVERIFY(first.entries[i].where.contains(QStringLiteral("invoice [%1]").arg(i)));
        }
        // Stored losslessly.
        const Result<store::StoredInvoice> back = store->invoice(*first.entries[17].invoiceId);
        QVERIFY(back.value().invoice == invoices[17]);
        QCOMPARE(back.value().summary.source, QStringLiteral("bulk.json"));
        // Each has its audit entry: imported, from which file, by whom.
        const QList<store::AuditEntry> log = store->auditLog(std::nullopt, *first.entries[17].invoiceId);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].action, QStringLiteral("imported"));
        QVERIFY2(log[0].detail.contains(QLatin1String("from bulk.json (0 errors")), qPrintable(log[0].detail));
        QCOMPARE(log[0].osUser, Store::osUser());
        QCOMPARE(log[0].workspaceId, std::optional<qint64>(back.value().summary.workspaceId));

        // The same file again: nothing new, and it says so.
        const Collected again = importInto(*store, {file});
        QCOMPARE(again.summary.imported, 0);
        QCOMPARE(again.summary.duplicates, 300);
        QVERIFY(again.entries[0].messages.join(QLatin1Char(' ')).contains(QLatin1String("already in the store")));
        QCOMPARE(store->countInvoices({}), 300);
    }

    void aChangedInvoiceIsAConflictUnlessUpdated()
    {
        auto store = freshStore(QStringLiteral("changed.sqlite"));
        QList<Invoice> invoices = generated(5, 11);
        const QString file = m_dir.filePath(QStringLiteral("changed.json"));
        write(file, invoicesToJsonArray(invoices));
        QCOMPARE(importInto(*store, {file}).summary.imported, 5);
        invoices[2].buyerDtls.addr2 = QStringLiteral("Second floor");
        write(file, invoicesToJsonArray(invoices));
        Collected c = importInto(*store, {file});
        QCOMPARE(c.summary.duplicates, 4);
        QCOMPARE(c.summary.conflicts, 1);
        QCOMPARE(c.entries[2].outcome, ImportEntry::Outcome::Conflict);
        QVERIFY(c.entries[2].messages.join(QLatin1Char(' ')).contains(QLatin1String("--update")));
        ImportOptions update = options();
        update.updateChanged = true;
        c = importInto(*store, {file}, update);
        QCOMPARE(c.summary.updated, 1);
        QCOMPARE(store->invoice(*c.entries[2].invoiceId).value().invoice.buyerDtls.addr2, QStringLiteral("Second floor"));
        // A registered invoice is never replaced.
        const qint64 id = *c.entries[2].invoiceId;
        QVERIFY(store->markSubmitting(id));
        QVERIFY(store->recordRegistered(id, {QString(64, QLatin1Char('c')), QStringLiteral("1"), {}, {}, {}, {}, {}, {}}, QStringLiteral("test")));
        invoices[2].buyerDtls.addr2 = QStringLiteral("Third floor");
        write(file, invoicesToJsonArray(invoices));
        c = importInto(*store, {file}, update);
        QCOMPARE(c.summary.conflicts, 1);
        QVERIFY(c.entries[2].messages.join(QLatin1Char(' ')).contains(QLatin1String("cannot be replaced")));
    }

    void badInvoicesAreRefusedAndTheRestImported()
    {
        auto store = freshStore(QStringLiteral("bad.sqlite"));
        const QList<Invoice> invoices = generated(4, 13);
        // Invoice [1]: a PIN that is text; [3]: no seller GSTIN. One invoice per line.
        QByteArray broken = "[\n" + invoiceToJson(invoices[0]) + ",\n";
        QByteArray second = invoiceToJson(invoices[1]);
        const qsizetype at = second.indexOf("\"Pin\":") + 6;
        qsizetype end = at;
        while (second[end] != ',' && second[end] != '}') {
            ++end;
        }
        second.replace(at, end - at, "\"seventy\"");
        broken += second + ",\n" + invoiceToJson(invoices[2]) + ",\n";
        Invoice noSeller = invoices[3];
        noSeller.sellerDtls.gstin.reset();
        broken += invoiceToJson(noSeller) + "\n]";
        const QString file = write(m_dir.filePath(QStringLiteral("bad.json")), broken);
        const Collected c = importInto(*store, {file});
        QCOMPARE(c.summary.imported, 2);
        QCOMPARE(c.summary.refused, 2);
        QCOMPARE(c.entries[1].outcome, ImportEntry::Outcome::Refused);
        const QString why = c.entries[1].messages.join(QLatin1Char(' '));
        QVERIFY2(why.contains(QLatin1String("line 3")) && why.contains(QLatin1String("SellerDtls.Pin")), qPrintable(why));
        QVERIFY2(c.entries[3].messages.join(QLatin1Char(' ')).contains(QLatin1String("SellerDtls.Gstin is missing")),
                 qPrintable(c.entries[3].messages.join(QLatin1Char(' '))));
        QCOMPARE(store->countInvoices({}), 2);
    }

    // A date that is no day (31 February): the invoice is kept as a draft with the rule's finding,
    // and the others of the file are imported with it (the store once refused the whole file).
    void anImpossibleDateIsADraftNotAFailedImport()
    {
        auto store = freshStore(QStringLiteral("date.sqlite"));
        QList<Invoice> invoices = generated(3, 17);
        invoices[1].docDtls.dt = QStringLiteral("31/02/2026");
        QByteArray json = "[";
        for (const Invoice& invoice : std::as_const(invoices)) {
            json += invoiceToJson(invoice) + (&invoice == &invoices.last() ? "]" : ",");
        }
        const Collected c = importInto(*store, { write(m_dir.filePath(QStringLiteral("date.json")), json) });
        QCOMPARE(c.summary.imported, 3);
        QCOMPARE(c.entries[1].outcome, ImportEntry::Outcome::Imported);
        QCOMPARE(c.entries[1].status, store::InvoiceStatus::Draft);
        const store::StoredInvoice stored = store->invoice(*c.entries[1].invoiceId).value();
        QVERIFY(!stored.summary.docDate.isValid());
        QCOMPARE(stored.summary.fy, QString());
        QCOMPARE(stored.invoice.docDtls.dt, std::optional<QString>(QStringLiteral("31/02/2026")));
        QVERIFY(hasErrors(stored.findings));
    }

    // A file cut short (a copy that did not finish): the whole invoices before the cut are
    // imported, the cut one is not, and the file's problem names the line.
    void aFileCutShort()
    {
        auto store = freshStore(QStringLiteral("cut.sqlite"));
        const QList<Invoice> invoices = generated(30, 31);
        QByteArray json = invoicesToJsonArray(invoices);
        // invoicesToJsonArray writes one invoice per line: cut in the middle of the 21st.
        qsizetype at = 0;
        for (int line = 0; line < 21; ++line) {
            at = json.indexOf('\n', at) + 1;
        }
        json.truncate(at + 200);
        const QString file = write(m_dir.filePath(QStringLiteral("cut.json")), json);
        const Collected c = importInto(*store, {file});
        QCOMPARE(c.summary.imported, 20);
        QCOMPARE(store->countInvoices({}), 20);
        QCOMPARE(c.summary.fileErrors.size(), 1);
        QVERIFY2(c.summary.fileErrors[0].contains(QLatin1String("cut.json")) && c.summary.fileErrors[0].contains(QLatin1String("line 22")),
                 qPrintable(c.summary.fileErrors[0]));
        // Bytes that are not JSON at all: nothing imported, and it says why.
        const QString junk = write(m_dir.filePath(QStringLiteral("junk.json")), QByteArray("\x00\x01garbage", 9));
        const Collected j = importInto(*store, {junk});
        QCOMPARE(j.summary.total(), 0);
        QCOMPARE(j.summary.fileErrors.size(), 1);
        QCOMPARE(store->countInvoices({}), 20);
    }

    void otherToolsFilesWithOtherCasingAndNulls()
    {
        auto store = freshStore(QStringLiteral("casing.sqlite"));
        QByteArray json = test::readData(QStringLiteral("rules/valid-b2b-intra-goods/invoice.json"));
        json.replace("\"DocDtls\"", "\"docdtls\"");
        json.replace("\"TranDtls\": {", "\"TranDtls\": { \"EcmGstin\": null,");
        const QString file = write(m_dir.filePath(QStringLiteral("casing.json")), json);
        const Collected c = importInto(*store, {file});
        QCOMPARE(c.summary.imported, 1);
        QCOMPARE(c.entries[0].status, InvoiceStatus::Ready);
        QCOMPARE(c.entries[0].warnings, 2); // both kept as warnings the user sees
        QCOMPARE(c.entries[0].docNo, QStringLiteral("MH/2026/0042"));
    }

    void onlyTheChosenWorkspace()
    {
        auto store = freshStore(QStringLiteral("only.sqlite"));
        const QList<Invoice> invoices = generated(40, 17);
        const QString file = write(m_dir.filePath(QStringLiteral("only.json")), invoicesToJsonArray(invoices));
        ImportOptions o = options();
        o.workspaceGstin = invoices[0].sellerDtls.gstin->toLower();
        const Collected c = importInto(*store, {file}, o);
        int mine = 0;
        for (const Invoice& i : invoices) {
            mine += *i.sellerDtls.gstin == *invoices[0].sellerDtls.gstin;
        }
        QVERIFY(mine < 40);
        QCOMPARE(c.summary.imported, mine);
        QCOMPARE(c.summary.refused, 40 - mine);
        for (const ImportEntry& e : c.entries) {
            if (e.outcome == ImportEntry::Outcome::Refused) {
                QVERIFY(e.messages.join(QLatin1Char(' ')).contains(QLatin1String("--workspace")));
            }
        }
    }

    void spreadsheetsInOurTemplate()
    {
        auto store = freshStore(QStringLiteral("csv.sqlite"));
        const Collected c = importInto(*store, {test::dataPath(QStringLiteral("import/roundtrip/invoices.csv"))});
        QVERIFY(c.summary.imported > 0);
        QCOMPARE(c.summary.refused, 0);
        QVERIFY(c.summary.fileErrors.isEmpty());
        // What was stored is what the template's JSON twin says.
        const ReadFile expected = readInvoiceBytes(test::readData(QStringLiteral("import/roundtrip/expected.json")));
        QCOMPARE(c.summary.imported, expected.invoices.size());
        for (int i = 0; i < expected.invoices.size(); ++i) {
            QCOMPARE(invoiceToJson(store->invoice(*c.entries[i].invoiceId).value().invoice), invoiceToJson(*expected.invoices[i].invoice));
        }
        // A file that is not there, and one that is not a spreadsheet.
        const Collected missing = importInto(*store, {m_dir.filePath(QStringLiteral("nothing.csv"))});
        QCOMPARE(missing.summary.fileErrors.size(), 1);
        QVERIFY(missing.summary.fileErrors[0].contains(QLatin1String("nothing.csv")));
    }

    void exportWritesOnlyValidInvoicesInSmallFiles()
    {
        auto store = freshStore(QStringLiteral("export.sqlite"));
        QList<Invoice> invoices = generated(600, 19);
        // One with a wrong total: imported as a draft, never exported.
        invoices[5].valDtls.totInvVal = Money::fromUnits(1);
        const QString file = write(m_dir.filePath(QStringLiteral("export.json")), invoicesToJsonArray(invoices));
        const Collected imported = importInto(*store, {file});
        QCOMPARE(imported.summary.drafts, 1);
        ExportOptions o;
        o.outDir = m_dir.filePath(QStringLiteral("out"));
        o.maxBytes = 20'000;
        o.today = kToday;
        QList<ExportEntry> entries;
        Result<ExportSummary> r = exportBulk(*store, o, [&](const ExportEntry& e) { entries.append(e); });
        QVERIFY(r);
        QCOMPARE(r.value().exported, 599);
        QCOMPARE(r.value().leftOut, 1);
        // The files of a workspace are split at the limit (600 invoices of about 1.5 KB, in a few
        // dozen workspaces).
        QVERIFY2(r.value().files.size() > store->workspaces().size(), qPrintable(QString::number(r.value().files.size())));
        int written = 0;
        const RuleContext context = RuleContext::withBuiltInMasters(kToday);
        for (const QString& path : r.value().files) {
            QVERIFY2(QFileInfo(path).size() <= 20'000, qPrintable(path));
            QVERIFY(QFileInfo(path).fileName().contains(kToday.toString(QStringLiteral("yyyyMMdd"))));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const ReadFile read = readInvoiceFile(&f);
            QVERIFY(read.ok());
            QString seller;
            for (const ReadInvoice& i : read.invoices) {
                QVERIFY(!hasErrors(validate(*i.invoice, context)));
                // One seller per file: a bulk upload belongs to one GSTIN.
                QVERIFY(seller.isEmpty() || seller == *i.invoice->sellerDtls.gstin);
                seller = *i.invoice->sellerDtls.gstin;
                ++written;
            }
        }
        QCOMPARE(written, 599);
        for (const ExportEntry& e : entries) {
            if (e.exported) {
                const store::InvoiceSummary s = store->invoice(e.id).value().summary;
                QCOMPARE(s.status, InvoiceStatus::Exported);
                QCOMPARE(s.exportFile, e.file);
                QVERIFY(QFile::exists(QDir(o.outDir).filePath(e.file)));
            } else {
                QCOMPARE(e.docNo, *invoices[5].docDtls.no);
                QVERIFY2(e.reasons.join(QLatin1Char(' ')).contains(QLatin1String("ValDtls.TotInvVal")), qPrintable(e.reasons.join(QLatin1Char(' '))));
            }
        }
        // Again: nothing is ready any more; with --include-exported all go out again, into new
        // files beside the old ones.
        Result<ExportSummary> again = exportBulk(*store, o, {});
        QCOMPARE(again.value().exported, 0);
        o.includeExported = true;
        again = exportBulk(*store, o, {});
        QCOMPARE(again.value().exported, 599);
        QCOMPARE(QDir(o.outDir).entryList(QDir::Files).size(), r.value().files.size() * 2);
    }

    void exportChecksAgainOnTheDayItRuns()
    {
        auto store = freshStore(QStringLiteral("late.sqlite"));
        const QList<Invoice> invoices = generated(3, 23);
        const QString file = write(m_dir.filePath(QStringLiteral("late.json")), invoicesToJsonArray(invoices));
        QCOMPARE(importInto(*store, {file}).summary.ready, 3);
        // A year later the documents are too old for an AATO ≥ 10 crore seller: the 30-day window.
        for (const store::Workspace& w : store->workspaces()) {
            store::SellerProfile p = w.profile;
            p.aato10Crore = true;
            QVERIFY(store->updateWorkspace(w.id, p));
        }
        ExportOptions o;
        o.outDir = m_dir.filePath(QStringLiteral("late-out"));
        o.today = kToday.addYears(1);
        QList<ExportEntry> entries;
        Result<ExportSummary> r = exportBulk(*store, o, [&](const ExportEntry& e) { entries.append(e); });
        QCOMPARE(r.value().exported, 0);
        QCOMPARE(r.value().leftOut, 3);
        QVERIFY(r.value().files.isEmpty());
        QVERIFY(entries[0].reasons.join(QLatin1Char(' ')).contains(QLatin1String("2305")));
        // Its new findings are stored, and it is a draft again.
        QCOMPARE(store->invoice(entries[0].id).value().summary.status, InvoiceStatus::Draft);
    }

    // What the portal gave back for an upload by hand is matched to the store's invoices.
    void portalResultsRegisterTheInvoices()
    {
        auto store = freshStore(QStringLiteral("results.sqlite"));
        const QString file = test::dataPath(QStringLiteral("portal/results-array.json"));
        const QList<PortalResult> results = readPortalResults(file).value().results;
        QVERIFY(results.size() >= 2);
        // The store has the first document (exported, as after a bulk file), the second as a draft
        // with errors, and not the others.
        store::SellerProfile seller;
        seller.gstin = results[0].sellerGstin;
        seller.legalName = QStringLiteral("Sandbox seller");
        const qint64 ws = store->addWorkspace(seller).value().id;
        auto add = [&](const PortalResult& r, const Findings& findings) {
            Invoice invoice = readInvoice(test::readData(QStringLiteral("rules/valid-b2b-intra-goods/invoice.json"))).invoice.value();
            invoice.sellerDtls.gstin = r.sellerGstin;
            invoice.docDtls.typ = r.docType;
            invoice.docDtls.no = r.docNo;
            invoice.docDtls.dt = r.docDate;
            return store->addInvoice(ws, invoice, findings).value();
        };
        const qint64 exported = add(results[0], {});
        QVERIFY(store->markExported({exported}, QStringLiteral("upload-001.json")));
        std::optional<qint64> draft;
        if (results[1].sellerGstin == results[0].sellerGstin) {
            draft = add(results[1], {Finding{QStringLiteral("2189"), QStringLiteral("r"), QStringLiteral("ValDtls.TotInvVal"),
                                             Finding::Severity::Error, QStringLiteral("m"), QStringLiteral("h")}});
        }
        QList<ResultsEntry> entries;
        Result<ResultsSummary> r = importResults(*store, {file}, [&](const ResultsEntry& e) { entries.append(e); });
        QVERIFY(r);
        QCOMPARE(r.value().registered, 1);
        const store::StoredInvoice registered = store->invoice(exported).value();
        QCOMPARE(registered.summary.status, InvoiceStatus::Registered);
        QCOMPARE(registered.irp.irn, results[0].irn);
        QCOMPARE(registered.irp.ackNo, results[0].ackNo);
        QCOMPARE(registered.irp.signedInvoice, results[0].signedInvoice);
        QCOMPARE(registered.irp.signedQrCode, results[0].signedQrCode);
        QCOMPARE(entries[0].outcome, ResultsEntry::Outcome::Registered);
        if (draft) {
            QCOMPARE(r.value().conflicts, 1);
            QCOMPARE(store->invoice(*draft).value().summary.status, InvoiceStatus::Draft);
        }
        // Documents the store does not have: their numbers are known as used from now on.
        for (const ResultsEntry& e : entries) {
            if (e.outcome == ResultsEntry::Outcome::UsedElsewhere) {
                const PortalResult& pr = results[e.index - 1];
                const std::optional<store::Workspace> w = store->workspaceByGstin(pr.sellerGstin);
                QVERIFY(w);
                QCOMPARE(store->numberUse({w->id, financialYear(parseInvoiceDate(pr.docDate)), pr.docType, pr.docNo}),
                         store::NumberUse::UsedElsewhere);
            }
        }
        // The same file again changes nothing.
        Result<ResultsSummary> again = importResults(*store, {file}, {});
        QCOMPARE(again.value().registered, 0);
        QCOMPARE(again.value().alreadyRegistered, 1);
        // A file that is not a results file.
        Result<ResultsSummary> junk = importResults(*store, {test::dataPath(QStringLiteral("rules/valid-b2b-intra-goods/expected.json"))}, {});
        QCOMPARE(junk.value().registered, 0);
        QVERIFY(junk.value().fileErrors.size() + junk.value().problems > 0);
    }

    void aCancelledImportKeepsWholeInvoicesOnly()
    {
        auto store = freshStore(QStringLiteral("cancel.sqlite"));
        const QString file = write(m_dir.filePath(QStringLiteral("cancel.json")), invoicesToJsonArray(generated(2000, 29)));
        ImportOptions o = options();
        o.progress = [](qint64, qint64) { return false; };
        const Collected c = importInto(*store, {file}, o);
        QVERIFY(c.summary.cancelled);
        QVERIFY(c.summary.imported > 0 && c.summary.imported < 2000);
        QCOMPARE(store->countInvoices({}), c.summary.imported);
        QCOMPARE(c.entries.size(), c.summary.imported);
    }
};

QTEST_GUILESS_MAIN(TestImportExport)
#include "TestImportExport.moc"
