// SPDX-License-Identifier: GPL-3.0-or-later
// `irndesk-cli import`: JSON, CSV and XLSX invoices into the store (DESIGN.md §7), through
// core/io/Importer.h. Text output: one line per invoice that was not imported (refused, in
// conflict with the store) or was imported with errors (as a draft), then the summary. Invoices
// already in the store unchanged are only counted ("duplicates"): re-importing a file with a few
// new rows then shows the new problems, not every row again. --format json lists every entry.
//
// Exit: 0 everything imported (or already there) without errors; 1 something was refused, in
// conflict, or imported as a draft because it has errors; 2 the command could not run (bad
// arguments, a file that cannot be read or is not JSON/CSV/XLSX, the store busy or unusable).
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "app/cli/StoreOption.h"
#include "core/io/Importer.h"
#include "core/model/Dates.h"
#include "core/rules/Gstin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace irndesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("irndesk::cli", text);
}

void writeEntry(JsonWriter& j, const io::ImportEntry& e)
{
    j.beginObject()
        .field("file", e.file)
        .field("where", e.where)
        .field("index", e.index)
        .field("outcome", io::outcomeName(e.outcome))
        .field("sellerGstin", e.sellerGstin)
        .field("docType", e.docType)
        .field("docNo", e.docNo)
        .field("id", e.invoiceId);
    const bool stored = e.outcome == io::ImportEntry::Outcome::Imported
        || e.outcome == io::ImportEntry::Outcome::Updated || e.outcome == io::ImportEntry::Outcome::Duplicate;
    j.key("status");
    if (stored) {
        j.value(store::statusName(e.status));
    } else {
        j.null();
    }
    j.field("errors", e.errors).field("warnings", e.warnings).key("messages").strings(e.messages).endObject();
}

} // namespace

int commandImport(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
        tr("import only the invoices of this seller; refuse the others"),
        QStringLiteral("GSTIN"));
    const QCommandLineOption mapping(
        QStringLiteral("mapping"), tr("column mapping for CSV/XLSX files in another layout"), QStringLiteral("FILE"));
    const QCommandLineOption update(QStringLiteral("update"),
        tr("replace an invoice already in the store whose content changed, while it can be edited"));
    const QCommandLineOption today(QStringLiteral("today"),
        tr("the day to check against, DD/MM/YYYY (default: the current date)"),
        QStringLiteral("DD/MM/YYYY"));
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"), tr("NIC sandbox data: a wrong GSTIN check character is only a warning"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({ store, workspace, mapping, update, today, sandbox, format });
    if (!parse(parser, command, arguments, err)) {
        return kExitCannotRun;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("%1: no file given: irndesk-cli import FILE... (JSON, CSV or XLSX)").arg(command) << Qt::endl;
        return kExitCannotRun;
    }
    const std::optional<bool> json = jsonFormat(parser, format, command, err);
    if (!json) {
        return kExitCannotRun;
    }
    io::ImportOptions options;
    options.updateChanged = parser.isSet(update);
    options.sandbox = parser.isSet(sandbox);
    options.today = parser.isSet(today) ? parseInvoiceDate(parser.value(today)) : QDate::currentDate();
    if (!options.today.isValid()) {
        err << tr("%1: --today must be a real date written DD/MM/YYYY, got '%2'").arg(command, parser.value(today))
            << Qt::endl;
        return kExitCannotRun;
    }
    if (parser.isSet(workspace)) {
        options.workspaceGstin = parser.value(workspace).trimmed().toUpper();
        if (!isGstinShaped(options.workspaceGstin)) {
            err << tr(
                "%1: --workspace '%2' is not a GSTIN (15 characters: two digits, then capital letters and digits)")
                       .arg(command, parser.value(workspace))
                << Qt::endl;
            return kExitCannotRun;
        }
    }
    if (parser.isSet(mapping)) {
        options.mappingFile = parser.value(mapping);
        if (!QFileInfo(options.mappingFile).isFile() || !QFileInfo(options.mappingFile).isReadable()) {
            err << tr("%1: cannot read the mapping file %2").arg(command, QDir::toNativeSeparators(options.mappingFile))
                << Qt::endl;
            return kExitCannotRun;
        }
    }
    // Files that are not there stop the command before anything is imported.
    for (const QString& file : files) {
        const QFileInfo info(file);
        if (!info.exists() || info.isDir() || !info.isReadable()) {
            err << tr("%1: cannot read %2: %3")
                       .arg(command,
                           QDir::toNativeSeparators(file),
                           !info.exists()     ? tr("no such file")
                               : info.isDir() ? tr("it is a folder")
                                              : tr("permission denied"))
                << Qt::endl;
            return kExitCannotRun;
        }
    }

    const auto db = openStore(storePath(parser, store), StoreAccess::Create, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    if (!options.workspaceGstin.isEmpty() && !db->workspaceByGstin(options.workspaceGstin)) {
        // Not an error: the workspace is made from the first of its invoices, as without the option.
        err << tr("%1: note: there is no workspace %2 yet; it is made from the first of its invoices")
                   .arg(command, options.workspaceGstin)
            << Qt::endl;
    }

    // What was committed, counted here too: a store that fails half-way still gets a report.
    io::ImportSummary seen;
    qint64 withErrors = 0;
    JsonWriter j;
    if (*json) {
        j.beginObject().key("entries").beginArray();
    }
    const auto sink = [&](const io::ImportEntry& e) {
        using Outcome = io::ImportEntry::Outcome;
        switch (e.outcome) {
        case Outcome::Imported:
            ++seen.imported;
            break;
        case Outcome::Updated:
            ++seen.updated;
            break;
        case Outcome::Duplicate:
            ++seen.duplicates;
            break;
        case Outcome::Conflict:
            ++seen.conflicts;
            break;
        case Outcome::Refused:
            ++seen.refused;
            break;
        }
        const bool stored = e.outcome == Outcome::Imported || e.outcome == Outcome::Updated;
        if (stored && e.errors > 0) {
            ++withErrors;
        }
        if (*json) {
            writeEntry(j, e);
            j.writeSome(out);
            return;
        }
        // JSON entries say "invoice [3] at line 120", spreadsheet rows "invoices.csv, row 6".
        const QString file = e.where.startsWith(e.file) ? QString() : e.file + QStringLiteral(": ");
        if (e.outcome == Outcome::Refused || e.outcome == Outcome::Conflict) {
            const QString outcome = e.outcome == Outcome::Refused ? tr("refused") : tr("conflict");
            for (const QString& m : e.messages) {
                out << tr("%1: %2%3: %4").arg(command, file, outcome, m) << '\n';
            }
        } else if (stored && e.errors > 0) {
            out << (e.errors == 1 ? tr("%1: %2%3: %4 %5 imported as a draft, with 1 error:")
                                        .arg(command, file, e.where, e.docType, e.docNo)
                                  : tr("%1: %2%3: %4 %5 imported as a draft, with %6 errors:")
                                        .arg(command, file, e.where, e.docType, e.docNo)
                                        .arg(e.errors))
                << '\n';
            // The error findings come last in the messages (after notes such as a workspace made).
            for (const QString& m : e.messages.mid(std::max<qsizetype>(0, e.messages.size() - e.errors))) {
                out << QStringLiteral("    ") << m << '\n';
            }
        }
    };
    const Result<io::ImportSummary> result = io::importFiles(*db, files, options, sink);

    if (!result) {
        // The store failed (busy, disk full): what was committed before stays, whole invoices only.
        if (*json) {
            j.endArray().endObject();
            j.flushTo(out);
        }
        out.flush();
        printStoreError(command, result.error(), db->path(), err);
        err << tr("%1: stopped; %2 invoices were imported before the problem and stay in the store")
                   .arg(command)
                   .arg(seen.imported + seen.updated)
            << Qt::endl;
        return kExitCannotRun;
    }
    const io::ImportSummary& s = result.value();
    // "imported 98, of which 90 ready and 8 drafts; 2 refused; 0 duplicates; 1 conflict"
    QString summary = s.updated > 0 ? tr("%1: imported %2 and updated %3").arg(command).arg(s.imported).arg(s.updated)
                                    : tr("%1: imported %2").arg(command).arg(s.imported);
    summary += tr(", of which %1 ready and %2")
                   .arg(s.ready)
                   .arg(s.drafts == 1 ? tr("1 draft") : tr("%1 drafts").arg(s.drafts));
    summary += tr("; %1 refused").arg(s.refused);
    summary += s.duplicates == 1 ? tr("; 1 duplicate") : tr("; %1 duplicates").arg(s.duplicates);
    if (s.conflicts > 0) {
        summary += s.conflicts == 1 ? tr("; 1 conflict") : tr("; %1 conflicts").arg(s.conflicts);
    }
    if (s.createdWorkspaces.size() == 1) {
        summary += tr("; workspace %1 created").arg(s.createdWorkspaces.first());
    } else if (s.createdWorkspaces.size() > 1) {
        summary += tr("; %1 workspaces created: %2")
                       .arg(s.createdWorkspaces.size())
                       .arg(s.createdWorkspaces.join(QStringLiteral(", ")));
    }
    if (*json) {
        j.endArray()
            .key("summary")
            .beginObject()
            .field("imported", s.imported)
            .field("ready", s.ready)
            .field("drafts", s.drafts)
            .field("updated", s.updated)
            .field("duplicates", s.duplicates)
            .field("conflicts", s.conflicts)
            .field("refused", s.refused)
            .key("createdWorkspaces")
            .strings(s.createdWorkspaces)
            .key("fileErrors")
            .strings(s.fileErrors)
            .field("store", QDir::toNativeSeparators(db->path()))
            .endObject()
            .endObject();
        j.flushTo(out);
    } else {
        out << summary << Qt::endl;
    }
    for (const QString& problem : s.fileErrors) {
        err << tr("%1: %2").arg(command, problem) << Qt::endl;
    }
    if (!s.fileErrors.isEmpty()) {
        return kExitCannotRun;
    }
    return s.refused > 0 || s.conflicts > 0 || withErrors > 0 ? kExitDataError : kExitOk;
}

} // namespace irndesk::cli
