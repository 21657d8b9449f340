// SPDX-License-Identifier: GPL-3.0-or-later
// `irndesk-cli report`: the per-invoice status report (document, buyer, total, status, IRN,
// AckNo, errors) as CSV or XLSX, through core/io/StatusReport.h. Rows are read from the store a
// page at a time, so a report of a million invoices does not hold them all in memory; the full
// stored invoice is read only for the rows that need more than the list columns (errors, IRP
// results, a date that is not a real date).
//
// Exit: 0 the report was written (whatever the invoices' state: it is a report); 2 it could not
// be (bad arguments, the file cannot be written, the store busy or unusable).
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "app/cli/StoreOption.h"
#include "core/io/StatusReport.h"
#include "core/model/Dates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace irndesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("irndesk::cli", text);
}

constexpr qsizetype kPage = 500;

} // namespace

int commandReport(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption workspace(
        QStringLiteral("workspace"), tr("only this seller's invoices"), QStringLiteral("GSTIN"));
    const QCommandLineOption status(
        QStringLiteral("status"), tr("only these statuses, separated by commas"), QStringLiteral("S[,S]"));
    const QCommandLineOption outFile(
        QStringLiteral("out"), tr("the report file: .csv or .xlsx"), QStringLiteral("FILE"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({ store, workspace, status, outFile, format });
    if (!parse(parser, command, arguments, err)) {
        return kExitCannotRun;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("%1: unexpected argument '%2'").arg(command, parser.positionalArguments().first()) << Qt::endl;
        return kExitCannotRun;
    }
    const std::optional<bool> json = jsonFormat(parser, format, command, err);
    if (!json) {
        return kExitCannotRun;
    }
    const QString path = parser.value(outFile);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.isEmpty() || (suffix != u"csv" && suffix != u"xlsx")) {
        err << tr("%1: --out FILE.csv or --out FILE.xlsx is required%2")
                   .arg(command, path.isEmpty() ? QString() : tr(", got '%1'").arg(path))
            << Qt::endl;
        return kExitCannotRun;
    }
    if (QFileInfo(path).isDir()) {
        err << tr("%1: --out %2 is a folder").arg(command, QDir::toNativeSeparators(path)) << Qt::endl;
        return kExitCannotRun;
    }
    store::InvoiceFilter filter;
    if (parser.isSet(status)) {
        const std::optional<QList<store::InvoiceStatus>> statuses = parseStatuses(parser.value(status), command, err);
        if (!statuses) {
            return kExitCannotRun;
        }
        filter.statuses = *statuses;
    }

    const auto db = openStore(storePath(parser, store), StoreAccess::Existing, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    if (parser.isSet(workspace)) {
        const auto w = findWorkspace(*db, parser.value(workspace), command, err);
        if (!w) {
            return kExitCannotRun;
        }
        filter.workspaceId = w->id;
    }

    const io::StatusReportSource source = io::storeReportSource(*db, db->invoiceIds(filter));
    const Result<qint64> written =
        suffix == u"csv" ? io::writeStatusReportCsv(path, source) : io::writeStatusReportXlsx(path, source);
    if (!written) {
        printStoreError(command, written.error(), db->path(), err);
        return kExitCannotRun;
    }
    if (const auto failed = db->queryError()) {
        printStoreError(command, *failed, db->path(), err);
        return kExitCannotRun;
    }
    if (*json) {
        JsonWriter j;
        j.beginObject().field("file", QDir::toNativeSeparators(path)).field("rows", written.value()).endObject();
        j.flushTo(out);
    } else {
        out << tr("%1: %2 invoices written to %3").arg(command).arg(written.value()).arg(QDir::toNativeSeparators(path))
            << Qt::endl;
    }
    return kExitOk;
}

} // namespace irndesk::cli
