// SPDX-License-Identifier: GPL-3.0-or-later
// `irndesk-cli export`: the ready invoices of a workspace (or a selection) to bulk JSON files for
// the portal's upload (DESIGN.md §7), through core/io/Exporter.h. Each file is written whole
// (QSaveFile) before its invoices are marked exported.
//
// Left out, each with its reasons (the exporter's): invoices that have errors when checked again
// (drafts, and ready ones whose date window closed), selected invoices in another status.
//
// Exit: 0 every invoice looked at was exported (or there was nothing to export); 1 something was
// left out; 2 the command could not run (bad arguments, the folder cannot be written, the store
// busy or unusable).
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "app/cli/StoreOption.h"
#include "core/io/Exporter.h"
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

/// The portal's limit for one bulk file.
constexpr qint64 kPortalMaxBytes = 2'000'000;
/// Below this a bulk file would hardly hold one invoice.
constexpr qint64 kMinBytes = 1000;

struct LeftOut
{
    qint64 id = 0;
    QString workspace, docType, docNo, status;
    QStringList reasons;
};

} // namespace

int commandExport(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption workspace(
        QStringLiteral("workspace"), tr("only this seller's invoices"), QStringLiteral("GSTIN"));
    const QCommandLineOption outDir(QStringLiteral("out"), tr("the folder for the bulk files"), QStringLiteral("DIR"));
    const QCommandLineOption maxBytes(QStringLiteral("max-bytes"),
        tr("largest bulk file in bytes (default %1, the portal's limit)").arg(kDefaultBulkFileBytes),
        QStringLiteral("N"),
        QString::number(kDefaultBulkFileBytes));
    const QCommandLineOption includeExported(
        QStringLiteral("include-exported"), tr("also write the invoices exported before"));
    const QCommandLineOption ids(
        QStringLiteral("ids"), tr("only these invoices (ids as `list` shows them)"), QStringLiteral("1,2,3"));
    const QCommandLineOption today(QStringLiteral("today"),
        tr("the day to check against, DD/MM/YYYY (default: the current date)"),
        QStringLiteral("DD/MM/YYYY"));
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"), tr("NIC sandbox data: a wrong GSTIN check character is only a warning"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({ store, workspace, outDir, maxBytes, includeExported, ids, today, sandbox, format });
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
    io::ExportOptions options;
    if (!parser.isSet(outDir) || parser.value(outDir).isEmpty()) {
        err << tr("%1: --out DIR is required: the folder for the bulk files").arg(command) << Qt::endl;
        return kExitCannotRun;
    }
    options.outDir = parser.value(outDir);
    if (QFileInfo(options.outDir).exists() && !QFileInfo(options.outDir).isDir()) {
        err << tr("%1: --out %2 is a file, not a folder").arg(command, QDir::toNativeSeparators(options.outDir))
            << Qt::endl;
        return kExitCannotRun;
    }
    bool ok = false;
    options.maxBytes = parser.value(maxBytes).toLongLong(&ok);
    if (!ok || options.maxBytes < kMinBytes) {
        err << tr("%1: --max-bytes must be a whole number of at least %2, got '%3'")
                   .arg(command)
                   .arg(kMinBytes)
                   .arg(parser.value(maxBytes))
            << Qt::endl;
        return kExitCannotRun;
    }
    if (options.maxBytes > kPortalMaxBytes) {
        err << tr(
            "%1: warning: --max-bytes %2 is above the portal's limit of %3 bytes per file: it may refuse the files")
                   .arg(command)
                   .arg(options.maxBytes)
                   .arg(kPortalMaxBytes)
            << Qt::endl;
    }
    options.includeExported = parser.isSet(includeExported);
    options.sandbox = parser.isSet(sandbox);
    options.today = parser.isSet(today) ? parseInvoiceDate(parser.value(today)) : QDate::currentDate();
    if (!options.today.isValid()) {
        err << tr("%1: --today must be a real date written DD/MM/YYYY, got '%2'").arg(command, parser.value(today))
            << Qt::endl;
        return kExitCannotRun;
    }
    if (parser.isSet(ids)) {
        for (const QString& part : parser.value(ids).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                err << tr("%1: --ids must be invoice ids separated by commas, got '%2'").arg(command, part) << Qt::endl;
                return kExitCannotRun;
            }
            if (!options.ids.contains(id)) {
                options.ids.append(id);
            }
        }
        if (options.ids.isEmpty()) {
            err << tr("%1: --ids names no invoice").arg(command) << Qt::endl;
            return kExitCannotRun;
        }
    }

    const auto db = openStore(storePath(parser, store), StoreAccess::Existing, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    const QHash<qint64, QString> gstinOf = gstinsById(*db);
    if (parser.isSet(workspace)) {
        const auto w = findWorkspace(*db, parser.value(workspace), command, err);
        if (!w) {
            return kExitCannotRun;
        }
        options.workspaceId = w->id;
    }
    if (!options.ids.isEmpty()) {
        // Every id named must be there (and in the workspace): a typo is not silently skipped.
        store::InvoiceFilter filter;
        filter.ids = options.ids;
        filter.workspaceId = options.workspaceId;
        QList<qint64> found = db->invoiceIds(filter);
        if (const auto failed = db->queryError()) {
            printStoreError(command, *failed, db->path(), err);
            return kExitCannotRun;
        }
        QStringList missing;
        for (qint64 id : std::as_const(options.ids)) {
            if (!found.contains(id)) {
                missing.append(QString::number(id));
            }
        }
        if (!missing.isEmpty()) {
            err << (options.workspaceId
                    ? tr("%1: --ids: no invoice %2 in the workspace %3")
                          .arg(command, missing.join(QStringLiteral(", ")), parser.value(workspace))
                    : tr("%1: --ids: no invoice %2 in the store").arg(command, missing.join(QStringLiteral(", "))))
                << Qt::endl;
            return kExitCannotRun;
        }
    }

    QList<LeftOut> leftOut;
    QHash<QString, qint64> perFile; ///< file name -> invoices
    const auto sink = [&](const io::ExportEntry& e) {
        if (e.exported) {
            ++perFile[e.file];
        } else {
            leftOut.append({ e.id, e.workspaceGstin, e.docType, e.docNo, {}, e.reasons });
        }
    };
    const Result<io::ExportSummary> result = io::exportBulk(*db, options, sink);
    if (!result) {
        printStoreError(command, result.error(), db->path(), err);
        qint64 written = 0;
        for (qint64 n : std::as_const(perFile)) {
            written += n;
        }
        if (written > 0) {
            err << tr("%1: stopped; the %2 invoices in the %3 files written before the problem are marked exported")
                       .arg(command)
                       .arg(written)
                       .arg(perFile.size())
                << Qt::endl;
        }
        return kExitCannotRun;
    }
    const io::ExportSummary& summary = result.value();

    for (LeftOut& l : leftOut) {
        if (const Result<store::StoredInvoice> stored = db->invoice(l.id)) {
            l.status = store::statusName(stored.value().summary.status);
        }
    }

    if (*json) {
        JsonWriter j;
        j.beginObject().key("files").beginArray();
        for (const QString& path : summary.files) {
            j.beginObject()
                .field("path", QDir::toNativeSeparators(path))
                .field("bytes", QFileInfo(path).size())
                .field("invoices", perFile.value(QFileInfo(path).fileName()))
                .endObject();
        }
        j.endArray().field("exported", summary.exported).key("leftOut").beginArray();
        for (const LeftOut& l : std::as_const(leftOut)) {
            j.beginObject()
                .field("id", l.id)
                .field("workspace", l.workspace)
                .field("docType", l.docType)
                .field("docNo", l.docNo)
                .field("status", l.status)
                .key("reasons")
                .strings(l.reasons)
                .endObject();
        }
        j.endArray().endObject();
        j.flushTo(out);
    } else {
        for (const QString& path : summary.files) {
            out << tr("%1: wrote %2 (%3 bytes, %4 invoices)")
                       .arg(command, QDir::toNativeSeparators(path))
                       .arg(QFileInfo(path).size())
                       .arg(perFile.value(QFileInfo(path).fileName()))
                << '\n';
        }
        for (const LeftOut& l : std::as_const(leftOut)) {
            out << tr("%1: left out %2 %3 (#%4, %5, %6): %7")
                       .arg(command, l.docType, l.docNo)
                       .arg(l.id)
                       .arg(l.workspace, l.status, l.reasons.value(0))
                << '\n';
            for (const QString& r : l.reasons.mid(1)) {
                out << QStringLiteral("    ") << r << '\n';
            }
        }
        if (summary.files.isEmpty() && leftOut.isEmpty()) {
            out << tr("%1: nothing to export: no ready invoices").arg(command) << Qt::endl;
        } else {
            out << tr("%1: %2 invoices exported to %3 files in %4; %5 left out")
                       .arg(command)
                       .arg(summary.exported)
                       .arg(summary.files.size())
                       .arg(QDir::toNativeSeparators(options.outDir))
                       .arg(leftOut.size())
                << Qt::endl;
        }
    }
    return leftOut.isEmpty() ? kExitOk : kExitDataError;
}

} // namespace irndesk::cli
