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

} // namespace irndesk::cli
