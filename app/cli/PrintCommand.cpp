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
    const DocumentOptions document;
    const QCommandLineOption outFile(QStringLiteral("out"), tr("the PDF file to write"), QStringLiteral("FILE.pdf"));
    const QCommandLineOption draft(
        QStringLiteral("draft"), tr("print an invoice that is not registered, marked as a draft"));
    parser.addOptions({ store, outFile, draft });
    parser.addOptions(document.all());
    if (!parse(parser, command, arguments, err)) {
        return kExitCannotRun;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("%1: unexpected argument '%2'").arg(command, parser.positionalArguments().first()) << Qt::endl;
        return kExitCannotRun;
    }
    if (!checkDocumentOption(parser, document, command, err)) {
        return kExitCannotRun;
    }
    const QString key = parser.value(document.doc).trimmed();
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
    const std::optional<store::InvoiceSummary> found = findDocument(*db, parser, document, command, err);
    if (!found) {
        return kExitCannotRun;
    }
    const bool asDraft = parser.isSet(draft);
    if (found->status != store::InvoiceStatus::Registered && !asDraft) {
        err << tr("%1: %2 is %3, not registered: only a registered invoice prints as an e-invoice (--draft prints a "
                  "draft)")
                   .arg(command, key, store::statusTitle(found->status))
            << Qt::endl;
        return kExitDataError;
    }
    Result<store::StoredInvoice> stored = db->invoice(found->id);
    if (!stored) {
        printStoreError(command, stored.error(), db->path(), err);
        return kExitCannotRun;
    }
    print::PrintOptions options;
    // --draft on a registered invoice prints the e-invoice itself: it is no draft.
    options.draft = asDraft && found->status != store::InvoiceStatus::Registered;
    if (Status s = print::writeInvoicePdf(stored.value(), path, options); !s) {
        err << command << ": " << s.error().message << Qt::endl;
        return s.error().code == ErrorCode::InvalidArgument ? kExitDataError : kExitCannotRun;
    }
    out << tr("%1: wrote %2").arg(command, QDir::toNativeSeparators(path)) << Qt::endl;
    return kExitOk;
}

} // namespace irndesk::cli
