// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace irndesk {
struct Invoice;
}

namespace irndesk::test {

/// Absolute path of a file under tests/data (IRNDESK_TEST_DATA, set by CTest).
QString dataPath(const QString& relative);
/// The bytes of a file under tests/data; fails the current test when it cannot be read.
QByteArray readData(const QString& relative);
/// Path of the built irndesk-cli (IRNDESK_CLI, set by CTest).
QString cliPath();

/// For GUI tests: test-mode standard paths, the C locale, and every QSettings of the program in
/// `settingsDir` under the application name `application`, never in the real profile.
void isolateSettings(const QString& settingsDir, const QString& application);

/// What a run of irndesk-cli gave.
struct CliRun
{
    int code = -1; ///< exit code; -1 when it crashed or did not finish in two minutes
    QString out;
    QString err;
};
/// Runs irndesk-cli with `args`, and `input` on its standard input when given.
CliRun runCli(const QStringList& args, const QByteArray& input = {});

/// The valid intra-state B2B sample (tests/data/rules/valid-b2b-intra-goods: 27AAPFU0939F1ZV to
/// 27AABCU9603R1ZN, two lines, ₹1,23,145), under document number `number` when given.
irndesk::Invoice sampleInvoice(const QString& number = {});

/// The path of a program on PATH (zbarimg, pdftotext, ...), empty when it is not installed.
QString findTool(const QString& name);
/// What a run of another program gave: exit code (-1 when it crashed or hung) and its output.
struct ToolRun
{
    int code = -1;
    QByteArray out;
};
ToolRun runTool(const QString& program, const QStringList& args);

} // namespace irndesk::test
