// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to irndesk-cli: the subcommands that live in files of their own.

#include <QCommandLineOption>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace irndesk::cli {

/// Parses a subcommand's options; on a problem prints it to `err` and returns false.
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments, QTextStream& err);

/// The `--format text|json` option of the commands that report.
QCommandLineOption formatOption();
/// Whether `--format` asked for JSON; std::nullopt, after saying so on `err`, when it is neither
/// text nor json.
std::optional<bool> jsonFormat(const QCommandLineParser& parser,
                               const QCommandLineOption& format,
                               const QString& command,
                               QTextStream& err);

/// `validate FILE|- [--today DD/MM/YYYY] [--aato-10cr] [--sandbox] [--format text|json]`
int commandValidate(const QStringList& arguments, QTextStream& out, QTextStream& err); // ValidateCommand.cpp
/// `fix FILE|- --out FILE [--format text|json]`
int commandFix(const QStringList& arguments, QTextStream& out, QTextStream& err); // FixCommand.cpp
/// `explain CODE`
int commandExplain(const QStringList& arguments, QTextStream& out, QTextStream& err); // ExplainCommand.cpp
/// `verify FILE|JWT|DIR... [--key PEM]... [--format text|json]`: signatures of signed e-invoices and QR codes
int commandVerify(const QStringList& arguments, QTextStream& out, QTextStream& err); // VerifyCommand.cpp

// Commands over the store (StoreOption.h has what they share).
/// `workspace add|list|show ...`
int commandWorkspace(const QStringList& arguments, QTextStream& out, QTextStream& err); // WorkspaceCommand.cpp
/// `list [--workspace GSTIN] [--status S[,S]] [--from D] [--to D] [--buyer X] [--type T] [--search TEXT] ...`
int commandList(const QStringList& arguments, QTextStream& out, QTextStream& err); // ListCommand.cpp
/// `import FILE... [--workspace GSTIN] [--mapping FILE] [--update] [--today D] [--sandbox]`
int commandImport(const QStringList& arguments, QTextStream& out, QTextStream& err); // ImportCommand.cpp
/// `import-results FILE...`: the IRNs the portal gave back, onto the store's invoices
int commandImportResults(const QStringList& arguments, QTextStream& out, QTextStream& err); // ResultsCommand.cpp
/// `export [--workspace GSTIN] --out DIR [--max-bytes N] [--include-exported] [--ids 1,2,3]`
int commandExport(const QStringList& arguments, QTextStream& out, QTextStream& err); // ExportCommand.cpp
/// `report [--workspace GSTIN] [--status S[,S]] --out FILE.csv|FILE.xlsx`
int commandReport(const QStringList& arguments, QTextStream& out, QTextStream& err); // ReportCommand.cpp
/// `print --doc TYPE/NO --out FILE.pdf [--workspace GSTIN] [--fy YYYY-YY] [--draft]`
int commandPrint(const QStringList& arguments, QTextStream& out, QTextStream& err); // PrintCommand.cpp
/// `sandbox [--port N] [--keys-dir DIR] [users] [--tls] [fault options] ...`: the local sandbox IRP
int commandSandbox(const QStringList& arguments, QTextStream& out, QTextStream& err); // SandboxCommand.cpp
/// `store check|backup FILE|restore FILE|info`
int commandStore(const QStringList& arguments, QTextStream& out, QTextStream& err); // StoreCommand.cpp

// An IRP (SubmitCommand.cpp).
int commandProfile(const QStringList& arguments, QTextStream& out, QTextStream& err);
int commandSubmit(const QStringList& arguments, QTextStream& out, QTextStream& err);
int commandCancel(const QStringList& arguments, QTextStream& out, QTextStream& err);
int commandStatus(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace irndesk::cli
