// SPDX-License-Identifier: GPL-3.0-or-later
// irndesk-screenshots OUT_DIR: builds a demo store (generated invoices of one seller: ready,
// drafts with findings, registered, rejected), opens the real windows of the app on it and saves
// PNGs of what a user sees — the main window, the editor with findings, the import report, the
// status report and a registered invoice — for the README (`make screenshots`, under Xvfb).
#include "bench/InvoiceGenerator.h"
#include "core/io/Importer.h"
#include "core/irp/Submitter.h"
#include "core/json/InvoiceWriter.h"
#include "core/rules/Validator.h"
#include "core/store/Store.h"
#include "ui/AppContext.h"
#include "ui/FirstStartWizard.h"
#include "ui/ImportReportDialog.h"
#include "ui/LocalSandbox.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace irndesk;

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void settle(int ms = 300)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget* widget, const QString& path)
{
    settle();
    const bool ok = widget->grab().save(path);
    err() << (ok ? "wrote " : "could not write ") << QDir::toNativeSeparators(path) << Qt::endl;
    return ok;
}

struct Demo
{
    qint64 workspace = 0, draft = 0, registered = 0;
    QList<Invoice> more; ///< not yet in the store: the demo import's file
    QList<qint64> toRegister; ///< sent to the local sandbox
};

// One seller's invoices: the generator's first seller, its invoices kept, every status shown.
Result<Demo> makeDemoStore(const QString& path, QDate today)
{
    auto opened = store::Store::open(path);
    if (!opened) {
        return opened.error();
    }
    store::Store& db = *opened.value();
    bench::GeneratorOptions options;
    options.seed = 7;
    options.today = today;
    bench::InvoiceGenerator generator(options);
    Demo demo;
    QString seller;
    int added = 0;
    for (int i = 0; i < 20000; ++i) {
        Invoice invoice = generator.next();
        const QString gstin = invoice.sellerDtls.gstin.value_or(QString());
        if (seller.isEmpty()) {
            seller = gstin;
            auto workspace = db.addWorkspace(store::SellerProfile::fromInvoice(invoice));
            if (!workspace) {
                return workspace.error();
            }
            demo.workspace = workspace.value().id;
        }
        if (gstin != seller) {
            continue;
        }
        if (added >= 56) {
            demo.more.append(invoice);
            if (demo.more.size() == 4) {
                break;
            }
            continue;
        }
        ++added;
        if (added % 9 == 0) {
            invoice.buyerDtls.gstin = invoice.buyerDtls.gstin.value_or(QString()).left(14) + u'X'; // a typo
        }
        auto id = db.addInvoice(demo.workspace, invoice, validate(invoice, RuleContext::withBuiltInMasters(today)), u"demo"_s);
        if (!id) {
            return id.error();
        }
        if (added % 9 == 0) {
            demo.draft = id.value();
            continue;
        }
        if (added % 4 == 0) {
            demo.toRegister.append(id.value());        } else if (added % 11 == 0) {
            if (db.markSubmitting(id.value())) {
                (void)db.recordRejected(id.value(),
                    { store::IrpError{ u"2172"_s, u"For intra state supply, IGST amount should not be charged"_s } });
            }
        }
    }
    return demo;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"IRN Desk"_s);
    QApplication::setApplicationName(u"irndesk-screenshots"_s);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        err() << "usage: irndesk-screenshots OUT_DIR" << Qt::endl;
        return 2;
    }
    const QString out = args.at(1);
    if (!QDir().mkpath(out)) {
        err() << "cannot create " << out << Qt::endl;
        return 2;
    }
    QTemporaryDir work;
    qputenv("IRNDESK_KEYS", work.filePath(u"trusted-keys"_s).toLocal8Bit());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, work.filePath(u"settings"_s));

    const QDate today = QDate::currentDate();
    const QString storePath = work.filePath(u"demo.sqlite"_s);
    Result<Demo> demo = makeDemoStore(storePath, today);
    if (!demo) {
        err() << "demo store: " << demo.error().message << Qt::endl;
        return 1;
    }

    ui::AppContext context;
    context.setToday(today);
    if (Status opened = context.openStore(storePath); !opened) {
        err() << opened.error().message << Qt::endl;
        return 1;
    }
    context.setWorkspace(demo.value().workspace);
    // Registered for real, at the local sandbox: signed QR codes that verify.
    {
        const auto workspace = context.workspace();
        Result<irp::IrpConnection> connection =
            context.localSandbox().connectionFor(workspace->profile.gstin, work.filePath(u"sandbox"_s));
        if (!connection) {
            err() << "local sandbox: " << connection.error().message << Qt::endl;
            return 1;
        }
        irp::SubmitOptions options;
        options.profile = ui::kLocalSandboxProfile;
        options.today = today;
        auto submitted = irp::submitInvoices(storePath, std::make_shared<irp::IrpSession>(connection.value()),
            demo.value().toRegister, options, [&](const irp::SubmitEvent& e) {
                if (e.outcome == irp::SubmitEvent::Outcome::Registered) {
                    demo.value().registered = e.invoiceId;
                }
            });
        if (!submitted || submitted.value().registered == 0) {
            err() << "submission to the local sandbox failed" << Qt::endl;
            return 1;
        }
        context.notifyInvoicesChanged();
    }
    ui::MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    bool ok = save(&window, out + u"/main-window.png"_s);

    if (QWidget* editor = window.openInvoice(demo.value().draft)) {
        editor->resize(1280, 860);
        settle(800); // the findings panel updates after a short pause
        ok = save(editor, out + u"/editor-findings.png"_s) && ok;
        editor->close();
    }
    if (QWidget* view = window.openInvoice(demo.value().registered)) {
        ok = save(view, out + u"/registered-invoice.png"_s) && ok;
        view->close();
    }
    // An import with problems: one invoice already in the store, one with a mistyped GSTIN, one
    // that is not an invoice at all; the report the user sees afterwards.
    {
        QList<Invoice> file = demo.value().more;
        if (file.size() >= 3) {
            file[1].buyerDtls.gstin = u"27AABCU9603R1ZX"_s;
            file[2].docDtls.dt = u"31/02/2026"_s;
        }
        QByteArray json = "[";
        for (const Invoice& invoice : std::as_const(file)) {
            json += invoiceToJson(invoice) + ',';
        }
        json += R"({"Version":"1.1","DocDtls":{"Typ":"INV"}}])";
        const QString path = work.filePath(u"import-demo.json"_s);
        QFile jsonFile(path);
        if (jsonFile.open(QIODevice::WriteOnly)) {
            jsonFile.write(json);
            jsonFile.close();
        }
        io::ImportOptions options;
        options.today = today;
        QList<io::ImportEntry> entries;
        auto summary = io::importFiles(*context.store(), { path, path }, options, [&](const io::ImportEntry& e) { entries.append(e); });
        if (summary) {
            ui::ImportReportDialog report(QStringLiteral("%1 imported, %2 duplicates, %3 refused").arg(summary.value().imported).arg(summary.value().duplicates).arg(summary.value().refused), entries, &window);
            report.resize(1100, 520);
            report.show();
            ok = save(&report, out + u"/import-report.png"_s) && ok;
        } else {
            err() << "import: " << summary.error().message << Qt::endl;
            ok = false;
        }
        context.notifyInvoicesChanged();
    }

    window.setCurrentPage(ui::MainWindow::Page::Reports);
    ok = save(&window, out + u"/status-report.png"_s) && ok;

    // The guided setup of a first start (a new store), on the seller page with a GSTIN typed: the
    // state and the PAN filled from it.
    ui::AppContext fresh;
    fresh.setToday(today);
    if (Status opened = fresh.openStore(work.filePath(u"first-start.sqlite"_s)); !opened) {
        err() << opened.error().message << Qt::endl;
        return 1;
    }
    {
        ui::FirstStartWizard wizard(fresh);
        wizard.resize(860, 620);
        wizard.show();
        wizard.next();
        if (auto* gstin = wizard.findChild<QLineEdit*>(u"gstinEdit"_s)) {
            gstin->setText(u"27AAPFU0939F1ZV"_s);
        }
        settle(200);
        ok = save(&wizard, out + u"/first-start.png"_s) && ok;
    }
    // The invoice list in Tamil.
    context.setLanguage(u"ta"_s);
    {
        ui::MainWindow tamil(context);
        tamil.resize(1280, 800);
        tamil.show();
        settle(300);
        ok = save(&tamil, out + u"/main-window-ta.png"_s) && ok;
    }
    context.setLanguage(u"en"_s);
    return ok ? 0 : 1;
}
