// SPDX-License-Identifier: GPL-3.0-or-later
//
// irndesk-bench-gui: the invoice list of the desktop app on a store of 1,000,000 invoices.
//
//   irndesk-bench-gui --work-dir DIR [--count 1000000] [--base 20000]
//   irndesk-bench-gui --reuse STORE
//
// 1. build: --base generated invoices (bench/InvoiceGenerator) added to one workspace, then copied
//    in SQL under new numbers until the store holds --count (skipped with --reuse, or when
//    DIR/gui-bench.sqlite already holds --count invoices);
// 2. measure, in a child process of its own so that its peak memory is the list's only: the time
//    from constructing the model and the view to the first paint of the first page (offscreen),
//    the time to jump to the last row and paint it, a sort by buyer and a free-text search (both
//    run by the model's worker thread while the GUI stays live), and the memory the list holds:
//    resident set growth and the process's peak.
// Budgets: first page in under 1 s; the list under 150 MB. Timings are doubles: measurements.

#include "bench/InvoiceGenerator.h"
#include "core/json/InvoiceWriter.h"
#include "core/rules/Validator.h"
#include "core/store/Store.h"
#include "ui/InvoiceListModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTextStream>

#include <cstdio>
#include <algorithm>
#include <optional>

namespace {

using namespace irndesk;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double ms(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

/// A field of /proc/self/status in kB ("VmRSS", "VmHWM"); 0 where there is none.
qint64 procStatusKb(const char* field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return 0;
}

double mb(qint64 kb)
{
    return static_cast<double>(kb) / 1024.0;
}

qint64 invoiceCount(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        return 0;
    }
    auto opened = store::Store::open(path, {store::Store::IntegrityCheck::Never, 5000, {}});
    return opened ? opened.value()->countInvoices({}) : 0;
}

bool build(const QString& path, qint64 count, qint64 base)
{
    QElapsedTimer timer;
    timer.start();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    base = std::min(base, count);
    {
        auto opened = store::Store::open(path);
        if (!opened) {
            out() << "cannot create " << path << ": " << opened.error().message << Qt::endl;
            return false;
        }
        store::Store& db = *opened.value();
        bench::GeneratorOptions options;
        options.today = QDate(2026, 3, 20);
        bench::InvoiceGenerator generator(options);
        Invoice first = generator.next();
        auto ws = db.addWorkspace(store::SellerProfile::fromInvoice(first));
        if (!ws) {
            out() << "cannot add the workspace: " << ws.error().message << Qt::endl;
            return false;
        }
        const RuleContext rules = RuleContext::withBuiltInMasters(options.today);
        std::optional<Invoice> pending = std::move(first);
        for (qint64 done = 0; done < base;) {
            store::Store::Transaction tx(db);
            QList<qint64> ids;
            for (int i = 0; i < 5000 && done < base; ++i, ++done) {
                Invoice invoice = pending ? std::move(*pending) : generator.next();
                pending.reset();
                const Findings findings = validate(invoice, rules);
                auto id = db.addInvoiceInBulk(ws.value().id, invoice, findings, QStringLiteral("bench"), invoiceToJson(invoice));
                if (!id) {
                    out() << "cannot add an invoice: " << id.error().message << Qt::endl;
                    return false;
                }
                ids.append(id.value());
            }
            if (!tx.commit()) {
                return false;
            }
        }
    }
    // Copies of those rows under new numbers (the list reads only the invoice table's columns).
    const QString name = QStringLiteral("grow");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT max(id) FROM invoice"));
        q.next();
        const qint64 maxId = q.value(0).toLongLong();
        for (qint64 round = 1; ok && base * round < count; ++round) {
            const qint64 wanted = std::min(base, count - base * round);
            ok = q.exec(QStringLiteral("INSERT INTO invoice(id, workspace_id, doc_type, doc_no, doc_date, fy, buyer_gstin, "
                                       "buyer_name, total, items, status, findings, errors, warnings, validated_at, source, "
                                       "created_at, updated_at) SELECT id + %2 * %1, workspace_id, doc_type, doc_no || '-C%1', "
                                       "doc_date, fy, buyer_gstin, buyer_name, total, items, status, findings, errors, warnings, "
                                       "validated_at, source, created_at, updated_at FROM invoice WHERE id <= %2 ORDER BY id "
                                       "LIMIT %3")
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
    out() << QStringLiteral("build    %1 invoices (%2 generated, the rest copied) in %3 s, %4 MB")
                 .arg(count)
                 .arg(base)
                 .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(static_cast<double>(QFileInfo(path).size()) / 1e6, 0, 'f', 0)
          << Qt::endl;
    return ok;
}

/// A table view that notes when it has painted.
class TimedView : public QTableView
{
public:
    qint64 paints = 0;
    int lastTopRow = -1;

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QTableView::paintEvent(event);
        ++paints;
        lastTopRow = rowAt(0);
    }
};

int measure(const QString& path)
{
    const qint64 rssStart = procStatusKb("VmRSS");
    QElapsedTimer timer;
    timer.start();
    auto opened = store::Store::open(path, {store::Store::IntegrityCheck::Never, 5000, {}});
    if (!opened) {
        out() << "cannot open " << path << ": " << opened.error().message << Qt::endl;
        return 1;
    }
    store::Store& db = *opened.value();
    const auto workspaces = db.workspaces();
    if (workspaces.isEmpty()) {
        out() << "the store has no workspace" << Qt::endl;
        return 1;
    }
    const double openMs = ms(timer.nsecsElapsed());
    const qint64 rssBefore = procStatusKb("VmRSS");

    // 1. Model and view to the first paint of the first page.
    timer.restart();
    auto* model = new ui::InvoiceListModel(&db, path);
    double idsMs = 0;
    QObject::connect(model, &ui::InvoiceListModel::loaded, model, [&] {
        if (idsMs == 0) {
            idsMs = ms(timer.nsecsElapsed());
        }
    });
    store::InvoiceFilter filter;
    filter.workspaceId = workspaces.first().id;
    model->setFilter(filter);
    TimedView view;
    view.setModel(model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.resize(1280, 800);
    view.show();
    const auto waitFor = [](const std::function<bool()>& done) {
        QElapsedTimer limit;
        limit.start();
        while (!done() && limit.elapsed() < 120'000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        return done();
    };
    const bool firstOk = waitFor([&] { return model->rowCount() > 0 && view.paints > 0 && !model->isSearching(); });
    // The first paint that had rows: wait until a paint happened after the rows came.
    const qint64 paintsAtLoad = view.paints;
    if (firstOk && view.paints == paintsAtLoad) {
        view.viewport()->update();
        waitFor([&] { return view.paints > paintsAtLoad; });
    }
    const double firstMs = ms(timer.nsecsElapsed());
    const qint64 rows = model->rowCount();
    const qint64 rssFirst = procStatusKb("VmRSS");

    // 2. The last row.
    timer.restart();
    const qint64 paintsBefore = view.paints;
    view.scrollToBottom();
    waitFor([&] { return view.paints > paintsBefore && view.lastTopRow > rows - 200; });
    const double lastMs = ms(timer.nsecsElapsed());

    // 3. Scrolling: 200 page-downs from the top, each painted.
    view.scrollToTop();
    QCoreApplication::processEvents();
    timer.restart();
    for (int i = 0; i < 200; ++i) {
        const qint64 before = view.paints;
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + view.verticalScrollBar()->pageStep());
        waitFor([&] { return view.paints > before; });
    }
    const double pageMs = ms(timer.nsecsElapsed()) / 200.0;

    // 4. Sort by buyer, and a free-text search, to the paint of their first page.
    double longestTurnMs = 0;
    const auto timedReload = [&](const std::function<void()>& change) {
        QElapsedTimer t;
        t.start();
        QSignalSpy loaded(model, &ui::InvoiceListModel::loaded);
        change();
        // While the worker reads, the GUI thread must keep turning: the longest turn of its loop.
        QElapsedTimer turn;
        turn.start();
        waitFor([&] {
            longestTurnMs = std::max(longestTurnMs, ms(turn.nsecsElapsed()));
            turn.restart();
            return loaded.count() > 0;
        });
        const qint64 before = view.paints;
        waitFor([&] { return view.paints > before; });
        return ms(t.nsecsElapsed());
    };
    const double sortMs = timedReload([&] { model->sort(ui::InvoiceListModel::Buyer, Qt::AscendingOrder); });
    const qint64 sortedRows = model->rowCount();
    const double searchMs = timedReload([&] {
        store::InvoiceFilter f = filter;
        f.text = QStringLiteral("-C7");
        model->setFilter(f);
    });
    const qint64 found = model->rowCount();
    const qint64 rssEnd = procStatusKb("VmRSS");
    const qint64 peak = procStatusKb("VmHWM");

    out() << QStringLiteral("open     the store: %1 ms").arg(openMs, 0, 'f', 1) << Qt::endl;
    out() << QStringLiteral("first    model + view to the first painted page of %1 invoices: %2 ms (budget 1,000 ms)")
                 .arg(rows)
                 .arg(firstMs, 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("         of which the ids in the worker (its store opened, 1 query): %1 ms").arg(idsMs, 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("last     jump to the last row, painted: %1 ms").arg(lastMs, 0, 'f', 1) << Qt::endl;
    out() << QStringLiteral("scroll   page down, painted: %1 ms per page (200 pages)").arg(pageMs, 0, 'f', 2) << Qt::endl;
    out() << QStringLiteral("sort     by buyer, %1 rows, to the painted first page: %2 ms (worker thread)")
                 .arg(sortedRows)
                 .arg(sortMs, 0, 'f', 0)
          << Qt::endl;
    out() << QStringLiteral("search   free text \"-C7\" (%1 found) to the painted first page: %2 ms (worker thread)")
                 .arg(found)
                 .arg(searchMs, 0, 'f', 0)
          << Qt::endl;
    out() << QStringLiteral("gui      its event loop's longest turn while the worker sorted and searched: %1 ms")
                 .arg(longestTurnMs, 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("memory   the list holds %1 MB after the first page, %2 MB at the end (budget 150 MB); "
                            "process peak %3 MB, of which %4 MB before the list")
                 .arg(mb(rssFirst - rssBefore), 0, 'f', 1)
                 .arg(mb(rssEnd - rssBefore), 0, 'f', 1)
                 .arg(mb(peak), 0, 'f', 1)
                 .arg(mb(rssBefore), 0, 'f', 1)
          << Qt::endl;
    Q_UNUSED(rssStart);
    delete model;
    return firstOk ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The invoice list on a store of a million invoices."));
    parser.addHelpOption();
    const QCommandLineOption workDir(QStringLiteral("work-dir"), QStringLiteral("Where the store is built."), QStringLiteral("DIR"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Invoices in the store (1000000)."), QStringLiteral("N"),
                                   QStringLiteral("1000000"));
    const QCommandLineOption base(QStringLiteral("base"), QStringLiteral("Generated invoices; the rest are copies (20000)."),
                                  QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption reuse(QStringLiteral("reuse"), QStringLiteral("Measure on this store as it is."), QStringLiteral("STORE"));
    parser.addOptions({workDir, count, base, reuse});
    parser.process(app);

    if (parser.isSet(reuse)) {
        return measure(parser.value(reuse));
    }
    if (!parser.isSet(workDir)) {
        out() << "irndesk-bench-gui: --work-dir DIR or --reuse STORE" << Qt::endl;
        return 2;
    }
    QDir().mkpath(parser.value(workDir));
    const QString path = QDir(parser.value(workDir)).filePath(QStringLiteral("gui-bench.sqlite"));
    const qint64 wanted = parser.value(count).toLongLong();
    if (invoiceCount(path) != wanted && !build(path, wanted, parser.value(base).toLongLong())) {
        return 1;
    }
    // Measured in a process of its own: its peak memory is that of the list, not of the build.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--reuse"), path});
    child.waitForFinished(-1);
    return child.exitCode();
}
