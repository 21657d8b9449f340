// SPDX-License-Identifier: GPL-3.0-or-later
// `irndesk-cli print --doc TYPE/NO --out FILE.pdf`: the printed e-invoice of an invoice of the
// store (core/print/InvoicePdf.h). Only a registered invoice prints, unless --draft.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "app/cli/StoreOption.h"
#include "core/print/InvoicePdf.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace irndesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("irndesk::cli", text);
}

} // namespace

int commandPrint(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("print");
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption workspace(
        QStringLiteral("workspace"), tr("only the invoices of this seller"), QStringLiteral("GSTIN"));
    const QCommandLineOption doc(
        QStringLiteral("doc"), tr("the document: INV/NO, CRN/NO or DBN/NO"), QStringLiteral("TYPE/NO"));
    const QCommandLineOption fy(
        QStringLiteral("fy"), tr("the financial year, when the number is used in several"), QStringLiteral("YYYY-YY"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("the PDF file to write"), QStringLiteral("FILE.pdf"));
    const QCommandLineOption draft(
        QStringLiteral("draft"), tr("print an invoice that is not registered, marked as a draft"));
    parser.addOptions({ store, workspace, doc, fy, outFile, draft });
    if (!parse(parser, command, arguments, err)) {
        return kExitCannotRun;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("%1: unexpected argument '%2'").arg(command, parser.positionalArguments().first()) << Qt::endl;
        return kExitCannotRun;
    }
    // TYPE/NO: the type is before the first slash; the number may hold slashes itself.
    const QString key = parser.value(doc).trimmed();
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    const QString docType = slash > 0 ? key.left(slash).toUpper() : QString();
    const QString docNo = slash > 0 ? key.mid(slash + 1).trimmed() : QString();
    if (docNo.isEmpty() || (docType != u"INV" && docType != u"CRN" && docType != u"DBN")) {
        err << tr("%1: --doc must be INV/NO, CRN/NO or DBN/NO, got '%2'").arg(command, key) << Qt::endl;
        return kExitCannotRun;
    }
    const QString path = parser.value(outFile);
    if (path.isEmpty() || QFileInfo(path).isDir()) {
        err << tr("%1: --out FILE.pdf is required%2")
                   .arg(command, path.isEmpty() ? QString() : tr(", got '%1'").arg(QDir::toNativeSeparators(path)))
            << Qt::endl;
        return kExitCannotRun;
    }
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        // Fonts need a QGuiApplication: main() makes one for this command.
        err << tr("%1: printing needs the graphics library, which could not start").arg(command) << Qt::endl;
        return kExitCannotRun;
    }

    const auto db = openStore(storePath(parser, store), StoreAccess::Existing, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    store::InvoiceFilter filter;
    if (parser.isSet(workspace)) {
        const auto w = findWorkspace(*db, parser.value(workspace), command, err);
        if (!w) {
            return kExitCannotRun;
        }
        filter.workspaceId = w->id;
    }
    // The store searches numbers by part; the exact number (in any letter case, as the registry
    // compares them) is picked out here.
    filter.docType = docType;
    filter.text = docNo;
    QList<store::InvoiceSummary> matches;
    for (const store::InvoiceSummary& s :
        db->listInvoices(filter, store::InvoiceSort::DocDate, Qt::DescendingOrder, 0, 10000)) {
        if (s.docNo.compare(docNo, Qt::CaseInsensitive) == 0 && (!parser.isSet(fy) || s.fy == parser.value(fy))) {
            matches.append(s);
        }
    }
    if (const std::optional<Error> e = db->queryError()) {
        printStoreError(command, *e, db->path(), err);
        return kExitCannotRun;
    }
    if (matches.isEmpty()) {
        err << tr("%1: there is no %2 in the store").arg(command, key) << Qt::endl;
        return kExitCannotRun;
    }
    if (matches.size() > 1) {
        const QHash<qint64, QString> gstinOf = gstinsById(*db);
        QStringList which;
        for (const store::InvoiceSummary& s : matches) {
            which.append(QStringLiteral("%1 %2").arg(gstinOf.value(s.workspaceId), s.fy));
        }
        err << tr("%1: %2 is in the store more than once (%3): choose with --workspace or --fy")
                   .arg(command, key, which.join(QStringLiteral(", ")))
            << Qt::endl;
        return kExitCannotRun;
    }
    const store::InvoiceSummary& found = matches.first();
    const bool asDraft = parser.isSet(draft);
    if (found.status != store::InvoiceStatus::Registered && !asDraft) {
        err << tr("%1: %2 is %3, not registered: only a registered invoice prints as an e-invoice (--draft prints a "
                  "draft)")
                   .arg(command, key, store::statusTitle(found.status))
            << Qt::endl;
        return kExitDataError;
    }
    Result<store::StoredInvoice> stored = db->invoice(found.id);
    if (!stored) {
        printStoreError(command, stored.error(), db->path(), err);
        return kExitCannotRun;
    }
    print::PrintOptions options;
    // --draft on a registered invoice prints the e-invoice itself: it is no draft.
    options.draft = asDraft && found.status != store::InvoiceStatus::Registered;
    if (Status s = print::writeInvoicePdf(stored.value(), path, options); !s) {
        err << command << ": " << s.error().message << Qt::endl;
        return s.error().code == ErrorCode::InvalidArgument ? kExitDataError : kExitCannotRun;
    }
    out << tr("%1: wrote %2").arg(command, QDir::toNativeSeparators(path)) << Qt::endl;
    return kExitOk;
}

} // namespace irndesk::cli
