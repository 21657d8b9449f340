// SPDX-License-Identifier: GPL-3.0-or-later
// `irndesk-cli import-results FILE...`: what the portal gave back after a bulk upload by hand (the
// signed e-invoices, or their decoded JSON) recorded on the store's invoices, through
// core/io/ResultsImport.h. Text output: one line per entry, then the summary.
//
// Exit: 0 every entry was recorded (or already was); 1 an entry could not be used or clashes
// with the store; 2 the command could not run (bad arguments, no store, a file that is not a
// results file, the store busy).
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "app/cli/StoreOption.h"
#include "core/io/ResultsImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace irndesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("irndesk::cli", text);
}

} // namespace

int commandImportResults(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("import-results");
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption format = formatOption();
    parser.addOptions({store, format});
    if (!parse(parser, command, arguments, err)) {
        return kExitCannotRun;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("%1: no file given: irndesk-cli import-results FILE... (the signed e-invoices the portal gave back)")
                   .arg(command)
            << Qt::endl;
        return kExitCannotRun;
    }
    const std::optional<bool> json = jsonFormat(parser, format, command, err);
    if (!json) {
        return kExitCannotRun;
    }
    const auto db = openStore(storePath(parser, store), StoreAccess::Existing, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    JsonWriter j;
    if (*json) {
        j.beginObject().key("entries").beginArray();
    }
    const Result<io::ResultsSummary> summary = io::importResults(*db, files, [&](const io::ResultsEntry& e) {
        if (*json) {
            j.beginObject()
                .field("file", e.file)
                .field("index", e.index)
                .field("line", e.line)
                .field("outcome", io::resultsOutcomeName(e.outcome))
                .field("sellerGstin", e.sellerGstin)
                .field("docType", e.docType)
                .field("docNo", e.docNo)
                .field("irn", e.irn)
                .field("ackNo", e.ackNo)
                .field("id", e.invoiceId)
                .field("message", e.message)
                .endObject();
        } else {
            out << QStringLiteral("%1, entry %2: %3").arg(e.file).arg(e.index).arg(e.message) << Qt::endl;
        }
    });
    if (!summary) {
        printStoreError(command, summary.error(), db->path(), err);
        return kExitCannotRun;
    }
    const io::ResultsSummary& s = summary.value();
    for (const QString& problem : s.fileErrors) {
        err << command << ": " << problem << Qt::endl;
    }
    if (*json) {
        j.endArray()
            .key("summary")
            .beginObject()
            .field("registered", s.registered)
            .field("alreadyRegistered", s.alreadyRegistered)
            .field("usedElsewhere", s.usedElsewhere)
            .field("conflicts", s.conflicts)
            .field("problems", s.problems)
            .key("fileErrors")
            .strings(s.fileErrors)
            .endObject()
            .endObject();
        j.flushTo(out);
    } else {
        out << tr("registered %1; %2 already registered; %3 not in the store (numbers recorded as used); %4 conflicts; "
                  "%5 unreadable entries")
                   .arg(s.registered)
                   .arg(s.alreadyRegistered)
                   .arg(s.usedElsewhere)
                   .arg(s.conflicts)
                   .arg(s.problems)
            << Qt::endl;
    }
    if (!s.fileErrors.isEmpty() && s.registered + s.alreadyRegistered + s.usedElsewhere + s.conflicts + s.problems == 0) {
        return kExitCannotRun;
    }
    return s.conflicts + s.problems > 0 || !s.fileErrors.isEmpty() ? kExitDataError : kExitOk;
}

} // namespace irndesk::cli
