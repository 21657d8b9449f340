// SPDX-License-Identifier: GPL-3.0-or-later
//
// irndesk-bench-store: the store's budgets (DESIGN §9) on a bulk file of generated invoices.
//
//   irndesk-bench-store --file BULK.json --work-dir DIR [--today dd/mm/yyyy] [--grow-to 1000000]
//                       [--cli irndesk-cli]
//
// 1. import: the file into a new store (importFiles, as `irndesk-cli import` does), invoices/s and
//    the store's size per invoice;
// 2. export: every ready invoice to bulk files of at most 2,000,000 bytes (exportBulk), invoices/s;
// 3. list: the store grown to --grow-to invoices (copies of the imported rows under new numbers,
//    made in SQL: listing reads only the copied columns), then the first page of `irndesk-cli list`
//    (the whole command: start, open, query, print), median of 5 runs, and the same in-process.
// Budgets: import and export ≥ 20,000 invoices/s each; the first page of a 1,000,000-invoice store
// in under 100 ms. Timings are doubles: they are measurements, not money.

#include "core/io/Exporter.h"
#include "core/io/Importer.h"
#include "core/model/Dates.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

using namespace irndesk;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double seconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

qint64 storeBytes(const QString& path)
{
    qint64 total = 0;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        total += QFileInfo(path + suffix).size();
    }
    return total;
}

// Copies the imported rows under new numbers until the store holds `target` invoices.
bool grow(const QString& path, qint64 target)
{
    const QString name = QStringLiteral("grow");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            return false;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT count(*), max(id) FROM invoice"));
        q.next();
        const qint64 base = q.value(0).toLongLong();
        const qint64 maxId = q.value(1).toLongLong();
        for (int round = 1; ok && base * (round) < target; ++round) {
            const qint64 wanted = std::min(base, target - base * round);
            // Copy k of invoice i gets id i + k * maxId, so its content can follow it.
            ok = q.exec(QStringLiteral("INSERT INTO invoice(id, workspace_id, doc_type, doc_no, doc_date, fy, buyer_gstin, "
                                       "buyer_name, total, items, status, findings, errors, warnings, validated_at, source, "
                                       "created_at, updated_at) SELECT id + %2 * %1, workspace_id, doc_type, doc_no || '-C%1', "
                                       "doc_date, fy, buyer_gstin, buyer_name, total, items, CASE WHEN errors = 0 THEN 'ready' "
                                       "ELSE 'draft' END, findings, errors, warnings, validated_at, source, created_at, "
                                       "updated_at FROM invoice WHERE id <= %2 ORDER BY id LIMIT %3")
                            .arg(round)
                            .arg(maxId)
                            .arg(wanted))
                && q.exec(QStringLiteral("INSERT INTO invoice_content(invoice_id, content) SELECT invoice_id + %2 * %1, content "
                                         "FROM invoice_content WHERE invoice_id <= %2 AND invoice_id + %2 * %1 IN (SELECT id FROM "
                                         "invoice)")
                              .arg(round)
                              .arg(maxId));
            if (!ok) {
                out() << "grow: " << q.lastError().text() << Qt::endl;
            }
        }
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The store's benchmarks: import, export, list."));
    parser.addHelpOption();
    const QCommandLineOption fileOption(QStringLiteral("file"), QStringLiteral("Bulk JSON file to import."), QStringLiteral("FILE"));
    const QCommandLineOption dirOption(QStringLiteral("work-dir"), QStringLiteral("Where the store and exports go."), QStringLiteral("DIR"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QStringLiteral("The day invoices are checked against."), QStringLiteral("DATE"));
    const QCommandLineOption growOption(QStringLiteral("grow-to"), QStringLiteral("Invoices in the store for the list benchmark."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("irndesk-cli, to time `list`."), QStringLiteral("PATH"));
    parser.addOptions({fileOption, dirOption, todayOption, growOption, cliOption});
    parser.process(app);
    if (!parser.isSet(fileOption) || !parser.isSet(dirOption)) {
        parser.showHelp(2);
    }
    const QString file = parser.value(fileOption);
    const QDir dir(parser.value(dirOption));
    const QDate today = parser.isSet(todayOption) ? parseInvoiceDate(parser.value(todayOption)) : QDate::currentDate();
    dir.mkpath(QStringLiteral("."));
    const QString storePath = dir.filePath(QStringLiteral("bench-store.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(storePath + suffix);
    }
    QDir(dir.filePath(QStringLiteral("export"))).removeRecursively();
    QJsonObject result;

    // 1. Import.
    qint64 imported = 0;
    {
        auto store = std::move(store::Store::open(storePath)).value();
        io::ImportOptions options;
        options.today = today;
        options.threads = 2;
        QElapsedTimer timer;
        timer.start();
        Result<io::ImportSummary> summary = io::importFiles(*store, {file}, options, {});
        const double took = seconds(timer);
        if (!summary) {
            out() << "import failed: " << summary.error().message << Qt::endl;
            return 1;
        }
        imported = summary.value().imported;
        result[QStringLiteral("import_invoices")] = imported;
        result[QStringLiteral("import_seconds")] = took;
        result[QStringLiteral("import_per_second")] = static_cast<double>(imported) / took;
        out() << QStringLiteral("import   %1 invoices in %2 s: %3 invoices/s (budget 20,000: %4x); %5 ready, %6 drafts, "
                                "%7 refused")
                     .arg(imported)
                     .arg(took, 0, 'f', 3)
                     .arg(static_cast<double>(imported) / took, 0, 'f', 0)
                     .arg(static_cast<double>(imported) / took / 20000.0, 0, 'f', 2)
                     .arg(summary.value().ready)
                     .arg(summary.value().drafts)
                     .arg(summary.value().refused)
              << Qt::endl;
    }
    const qint64 bytes = storeBytes(storePath);
    result[QStringLiteral("store_bytes_per_invoice")] = static_cast<double>(bytes) / std::max<qint64>(imported, 1);
    out() << QStringLiteral("store    %1 MB for %2 invoices: %3 bytes per invoice (the bulk file: %4 bytes per invoice)")
                 .arg(static_cast<double>(bytes) / 1e6, 0, 'f', 1)
                 .arg(imported)
                 .arg(bytes / std::max<qint64>(imported, 1))
                 .arg(QFileInfo(file).size() / std::max<qint64>(imported, 1))
          << Qt::endl;

    // 2. Export.
    {
        auto store = std::move(store::Store::open(storePath)).value();
        io::ExportOptions options;
        options.outDir = dir.filePath(QStringLiteral("export"));
        options.today = today;
        QElapsedTimer timer;
        timer.start();
        Result<io::ExportSummary> summary = io::exportBulk(*store, options, {});
        const double took = seconds(timer);
        if (!summary) {
            out() << "export failed: " << summary.error().message << Qt::endl;
            return 1;
        }
        qint64 largest = 0;
        for (const QString& f : summary.value().files) {
            largest = std::max(largest, QFileInfo(f).size());
        }
        const double rate = static_cast<double>(summary.value().exported) / took;
        result[QStringLiteral("export_invoices")] = summary.value().exported;
        result[QStringLiteral("export_seconds")] = took;
        result[QStringLiteral("export_per_second")] = rate;
        result[QStringLiteral("export_files")] = summary.value().files.size();
        result[QStringLiteral("export_largest_file")] = largest;
        out() << QStringLiteral("export   %1 invoices in %2 s: %3 invoices/s (budget 20,000: %4x); %5 files, the largest %6 "
                                "bytes (limit 2,000,000); %7 left out")
                     .arg(summary.value().exported)
                     .arg(took, 0, 'f', 3)
                     .arg(rate, 0, 'f', 0)
                     .arg(rate / 20000.0, 0, 'f', 2)
                     .arg(summary.value().files.size())
                     .arg(largest)
                     .arg(summary.value().leftOut)
              << Qt::endl;
    }

    // 3. List the first page of a big store.
    const qint64 target = parser.value(growOption).toLongLong();
    if (!grow(storePath, target)) {
        return 1;
    }
    std::vector<double> inProcess;
    qint64 count = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto store = std::move(store::Store::open(storePath)).value();
        store::InvoiceFilter all;
        const QList<store::InvoiceSummary> page = store->listInvoices(all, store::InvoiceSort::DocDate, Qt::DescendingOrder, 0, 50);
        count = store->countInvoices(all);
        inProcess.push_back(seconds(timer) * 1000);
        if (page.size() != 50) {
            out() << "list: the first page has " << page.size() << " rows" << Qt::endl;
            return 1;
        }
    }
    result[QStringLiteral("list_store_invoices")] = count;
    result[QStringLiteral("list_in_process_ms")] = median(inProcess);
    out() << QStringLiteral("list     first 50 of %1 invoices, open + page + count, in process: %2 ms (budget 100 ms)")
                 .arg(count)
                 .arg(median(inProcess), 0, 'f', 1)
          << Qt::endl;
    if (parser.isSet(cliOption)) {
        std::vector<double> cli;
        for (int run = 0; run < 5; ++run) {
            QProcess process;
            QElapsedTimer timer;
            timer.start();
            process.start(parser.value(cliOption), {QStringLiteral("list"), QStringLiteral("--store"), storePath,
                                                    QStringLiteral("--limit"), QStringLiteral("50")});
            process.waitForFinished(60000);
            cli.push_back(seconds(timer) * 1000);
            if (process.exitCode() != 0) {
                out() << "irndesk-cli list failed: " << process.readAllStandardError() << Qt::endl;
                return 1;
            }
        }
        result[QStringLiteral("list_cli_ms")] = median(cli);
        out() << QStringLiteral("list     `irndesk-cli list --limit 50` on %1 invoices, the whole command: %2 ms (budget 100 ms)")
                     .arg(count)
                     .arg(median(cli), 0, 'f', 1)
              << Qt::endl;
    }
    out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
