// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include "core/Version.h"
#include "core/json/BulkWriter.h"
#include "core/json/InvoiceReader.h"
#include "core/model/Irn.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace irndesk::cli {

bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments, QTextStream& err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("irndesk-cli ") + command} + arguments)) {
        err << command << ": " << parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), QCoreApplication::translate("irndesk::cli", "text or json"),
                              QStringLiteral("FORMAT"), QStringLiteral("text"));
}

std::optional<bool> jsonFormat(const QCommandLineParser& parser,
                               const QCommandLineOption& format,
                               const QString& command,
                               QTextStream& err)
{
    const QString value = parser.value(format);
    if (value != u"text" && value != u"json") {
        err << QCoreApplication::translate("irndesk::cli", "%1: --format must be text or json, got '%2'")
                   .arg(command, value)
            << Qt::endl;
        return std::nullopt;
    }
    return value == u"json";
}

namespace {

const char* const kUsage = QT_TRANSLATE_NOOP("irndesk::cli",
                                             "Usage: irndesk-cli COMMAND [OPTIONS]\n"
                                             "\n"
                                             "Commands:\n"
                                             "  --version                      print the version\n"
                                             "  irn GSTIN DD/MM/YYYY INV|CRN|DBN DOCNO [--as-typed]\n"
                                             "                                 print the IRN of a document\n"
                                             "  normalize FILE... --out-dir DIR [--max-bytes N] [--format text|json]\n"
                                             "                                 read INV-01 JSON (one invoice or a bulk "
                                             "array),\n"
                                             "                                 report what is wrong, and write it again "
                                             "as\n"
                                             "                                 bulk files of at most N bytes (default "
                                             "2000000)\n"
                                             "  validate FILE|- [--today DD/MM/YYYY] [--aato-10cr] [--sandbox]\n"
                                             "           [--format text|json] [--masters DIR] [--threads N]\n"
                                             "                                 check invoices offline as the IRP "
                                             "would\n"
                                             "  fix FILE|- --out FILE [--format text|json]\n"
                                             "                                 repair what can be derived (amounts, "
                                             "state\n"
                                             "                                 codes, capitals, export defaults), "
                                             "list each\n"
                                             "                                 change, write the result to FILE\n"
                                             "  explain CODE|--all [--format text|json]\n"
                                             "                                 what an IRP error code means and how "
                                             "to fix it\n"
                                             "  verify FILE|JWT|DIR [--key PEM]... [--format text|json]\n"
                                             "                                 check the signature of signed e-invoices and QR codes\n"
                                             "\n"
                                             "The store (every command below takes --store DB; default $IRNDESK_STORE,\n"
                                             "else irndesk.sqlite in the application data folder):\n"
                                             "  import FILE... [--workspace GSTIN] [--mapping FILE] [--update]\n"
                                             "           [--today DD/MM/YYYY] [--sandbox] [--format text|json]\n"
                                             "                                 JSON, CSV or XLSX invoices into the store\n"
                                             "  export --out DIR [--workspace GSTIN] [--max-bytes N] [--include-exported]\n"
                                             "           [--ids 1,2,3] [--today DD/MM/YYYY] [--format text|json]\n"
                                             "                                 ready invoices to bulk files for the portal\n"
                                             "  list [--workspace GSTIN] [--status S[,S]] [--from DD/MM/YYYY] [--to ..]\n"
                                             "           [--buyer X] [--type INV|CRN|DBN] [--search TEXT] [--limit N]\n"
                                             "           [--offset N] [--format text|json]\n"
                                             "                                 the invoices of the store, a page at a time\n"
                                             "  import-results FILE... [--format text|json]\n"
                                             "                                 record the IRNs of a portal upload done by\n"
                                             "                                 hand (the signed e-invoices it gave back)\n"
                                             "  report --out FILE.csv|FILE.xlsx [--workspace GSTIN] [--status S[,S]]\n"
                                             "                                 the per-invoice status report\n"
                                             "  print --doc TYPE/NO --out FILE.pdf [--workspace GSTIN] [--fy YYYY-YY] [--draft]\n"
                                             "                                 the printed e-invoice (PDF, A4, with its QR code)\n"
                                             "  workspace add|list|show        the sellers (workspace --help for more)\n"
                                             "  store check|backup FILE|restore FILE|info\n"
                                             "                                 the store file itself\n"
                                             "  sandbox [--port N] [--keys-dir DIR] [--client-id ID --client-secret S --user U\n"
                                             "           --password P --gstin G]... [--users FILE] [--token-minutes M] [--tls]\n"
                                             "           [--fail-every N] [--drop-every N] [--delay-ms MS]\n"
                                             "           [--clock-offset-hours H] [--store DB] [--state FILE]\n"
                                             "                                 a local sandbox IRP for practice and tests\n"
                                             "\n"
                                             "An IRP (a profile names its URL, user and keys; secrets come from the\n"
                                             "OS keychain or from environment variables, never from a file):\n"
                                             "  profile add NAME --base-url URL --client-id ID --client-secret-env VAR\n"
                                             "           --user NAME --password-env VAR --gstin GSTIN --public-key PEM\n"
                                             "           [--ca-cert PEM] [--keychain] | profile list | profile remove NAME\n"
                                             "  submit --profile NAME [--workspace GSTIN] [--concurrency N] [--doc TYPE/NO]...\n"
                                             "           [--format text|json]\n"
                                             "                                 register the ready invoices, one line each\n"
                                             "  cancel --irn IRN --reason 1|2|3|4 --remark TEXT --profile NAME\n"
                                             "                                 cancel an IRN within 24 hours\n"
                                             "  status [--workspace GSTIN] [--format text|json]\n"
                                             "                                 what is submitting, unknown or rejected\n"
                                             "\n"
                                             "Exit codes: 0 success, 1 the data has errors, 2 the command could not "
                                             "run.\n");

int commandIrn(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption asTyped(QStringLiteral("as-typed"),
                                     QCoreApplication::translate("irndesk::cli", "hash the document number as typed (IRNs issued before June 2025)"));
    parser.addOption(asTyped);
    if (!parse(parser, QStringLiteral("irn"), arguments, err)) {
        return kExitCannotRun;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() != 4) {
        err << QCoreApplication::translate("irndesk::cli", "irn: expected 4 arguments: GSTIN DD/MM/YYYY INV|CRN|DBN DOCNO, got %1").arg(args.size())
            << Qt::endl;
        return kExitCannotRun;
    }
    const auto irn = irnFromParts(args[0], args[1], args[2], args[3],
                                  parser.isSet(asTyped) ? DocNoCase::AsTyped : DocNoCase::Upper);
    if (!irn) {
        err << QCoreApplication::translate("irndesk::cli", "irn: %1").arg(irn.error().message) << Qt::endl;
        return kExitCannotRun;
    }
    out << irn.value() << Qt::endl;
    return kExitOk;
}

QJsonObject diagnosticJson(const QString& file, int index, const Diagnostic& d)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), file);
    if (index >= 0) {
        o.insert(QStringLiteral("index"), index);
    }
    o.insert(QStringLiteral("severity"), d.isError() ? QStringLiteral("error") : QStringLiteral("warning"));
    o.insert(QStringLiteral("line"), d.line);
    o.insert(QStringLiteral("column"), d.column);
    o.insert(QStringLiteral("path"), d.path);
    o.insert(QStringLiteral("message"), d.message);
    return o;
}

int commandNormalize(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption outDir(QStringLiteral("out-dir"), QCoreApplication::translate("irndesk::cli", "folder for the bulk files"), QStringLiteral("DIR"));
    const QCommandLineOption maxBytes(QStringLiteral("max-bytes"),
                                      QCoreApplication::translate("irndesk::cli", "largest bulk file in bytes (default 2000000)"),
                                      QStringLiteral("N"),
                                      QString::number(kDefaultBulkFileBytes));
    const QCommandLineOption format = formatOption();
    parser.addOptions({outDir, maxBytes, format});
    if (!parse(parser, QStringLiteral("normalize"), arguments, err)) {
        return kExitCannotRun;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << QCoreApplication::translate("irndesk::cli", "normalize: no input file given") << Qt::endl;
        return kExitCannotRun;
    }
    if (!parser.isSet(outDir)) {
        err << QCoreApplication::translate("irndesk::cli", "normalize: --out-dir DIR is required") << Qt::endl;
        return kExitCannotRun;
    }
    bool ok = false;
    const qint64 limit = parser.value(maxBytes).toLongLong(&ok);
    if (!ok || limit < 1000) {
        err << QCoreApplication::translate("irndesk::cli", "normalize: --max-bytes must be a whole number of at least 1000, got '%1'").arg(parser.value(maxBytes))
            << Qt::endl;
        return kExitCannotRun;
    }
    const std::optional<bool> jsonWanted = jsonFormat(parser, format, QStringLiteral("normalize"), err);
    if (!jsonWanted) {
        return kExitCannotRun;
    }
    const bool json = *jsonWanted;

    int invoicesRead = 0, written = 0, withErrors = 0, warnings = 0;
    bool cannotRun = false;
    QStringList outputs;
    QJsonArray diagnostics;
    auto print = [&](const QString& file, int index, const Diagnostic& d) {
        if (d.isError()) {
            // counted per invoice by the caller
        } else {
            ++warnings;
        }
        if (json) {
            diagnostics.append(diagnosticJson(file, index, d));
        } else {
            const QString where = index >= 0 ? QCoreApplication::translate("irndesk::cli", "%1: invoice [%2]").arg(file).arg(index) : file;
            const QString severity = d.isError() ? QCoreApplication::translate("irndesk::cli", "error") : QCoreApplication::translate("irndesk::cli", "warning");
            err << where << ": " << severity << ": " << d.toString() << Qt::endl;
        }
    };

    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("irndesk::cli", "normalize: cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
            cannotRun = true;
            continue;
        }
        BulkFileWriter writer(parser.value(outDir), QFileInfo(path).completeBaseName(), limit);
        BulkReader reader(&file);
        bool writeFailed = false;
        while (auto r = reader.next()) {
            ++invoicesRead;
            for (const Diagnostic& d : r->diagnostics) {
                print(path, r->index, d);
            }
            if (!r->invoice || hasErrors(r->diagnostics)) {
                ++withErrors; // not written: what it would write is not what the file says
                continue;
            }
            if (Status s = writer.add(*r->invoice, invoiceLabel(*r->invoice, r->index)); !s) {
                err << QCoreApplication::translate("irndesk::cli", "normalize: %1: %2").arg(path, s.error().message) << Qt::endl;
                ++withErrors;
                continue;
            }
            ++written;
        }
        for (const Diagnostic& d : reader.fileDiagnostics()) {
            print(path, -1, d);
        }
        if (hasErrors(reader.fileDiagnostics())) {
            cannotRun = cannotRun || invoicesRead == 0;
            ++withErrors;
        }
        const auto result = writer.finish();
        if (!result) {
            err << QCoreApplication::translate("irndesk::cli", "normalize: %1").arg(result.error().message) << Qt::endl;
            writeFailed = true;
        } else {
            outputs += result.value();
        }
        cannotRun = cannotRun || writeFailed;
    }

    const QString summary = QCoreApplication::translate("irndesk::cli", "normalize: %1 invoices read, %2 written to %3 files, %4 with errors, %5 warnings")
                                .arg(invoicesRead)
                                .arg(written)
                                .arg(outputs.size())
                                .arg(withErrors)
                                .arg(warnings);
    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("invoices"), invoicesRead);
        o.insert(QStringLiteral("written"), written);
        o.insert(QStringLiteral("withErrors"), withErrors);
        o.insert(QStringLiteral("warnings"), warnings);
        o.insert(QStringLiteral("files"), QJsonArray::fromStringList(outputs));
        o.insert(QStringLiteral("diagnostics"), diagnostics);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        for (const QString& f : std::as_const(outputs)) {
            out << f << Qt::endl;
        }
        out << summary << Qt::endl;
    }
    if (cannotRun) {
        return kExitCannotRun;
    }
    return withErrors > 0 ? kExitDataError : kExitOk;
}

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.isEmpty() || arguments[0] == u"--help" || arguments[0] == u"-h" || arguments[0] == u"help") {
        (arguments.isEmpty() ? err : out) << QCoreApplication::translate("irndesk::cli", kUsage);
        return arguments.isEmpty() ? kExitCannotRun : kExitOk;
    }
    const QString command = arguments[0];
    const QStringList rest = arguments.mid(1);
    if (command == u"--version" || command == u"version") {
        out << QStringLiteral("irndesk-cli %1").arg(QLatin1String(IRNDESK_VERSION)) << Qt::endl;
        return kExitOk;
    }
    if (command == u"irn") {
        return commandIrn(rest, out, err);
    }
    if (command == u"normalize") {
        return commandNormalize(rest, out, err);
    }
    if (command == u"validate") {
        return commandValidate(rest, out, err);
    }
    if (command == u"fix") {
        return commandFix(rest, out, err);
    }
    if (command == u"explain") {
        return commandExplain(rest, out, err);
    }
    if (command == u"verify") {
        return commandVerify(rest, out, err);
    }
    if (command == u"workspace") {
        return commandWorkspace(rest, out, err);
    }
    if (command == u"list") {
        return commandList(rest, out, err);
    }
    if (command == u"store") {
        return commandStore(rest, out, err);
    }
    if (command == u"import") {
        return commandImport(rest, out, err);
    }
    if (command == u"import-results") {
        return commandImportResults(rest, out, err);
    }
    if (command == u"export") {
        return commandExport(rest, out, err);
    }
    if (command == u"report") {
        return commandReport(rest, out, err);
    }
    if (command == u"print") {
        return commandPrint(rest, out, err);
    }
    if (command == u"sandbox") {
        return commandSandbox(rest, out, err);
    }
    if (command == u"profile") {
        return commandProfile(rest, out, err);
    }
    if (command == u"submit") {
        return commandSubmit(rest, out, err);
    }
    if (command == u"cancel") {
        return commandCancel(rest, out, err);
    }
    if (command == u"status") {
        return commandStatus(rest, out, err);
    }
    err << QCoreApplication::translate("irndesk::cli", "irndesk-cli: unknown command '%1'").arg(command) << Qt::endl << QCoreApplication::translate("irndesk::cli", kUsage);
    return kExitCannotRun;
}

} // namespace irndesk::cli
