// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestData.h"

#include "core/json/InvoiceReader.h"

#include <QFile>
#include <QCoreApplication>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace irndesk::test {

QString dataPath(const QString& relative)
{
    const QString root = qEnvironmentVariable("IRNDESK_TEST_DATA");
    if (root.isEmpty()) {
        qFatal("IRNDESK_TEST_DATA is not set: run the tests through ctest");
    }
    return root + QLatin1Char('/') + relative;
}

QByteArray readData(const QString& relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read test data %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
    }
    return file.readAll();
}

QString cliPath()
{
    const QString path = qEnvironmentVariable("IRNDESK_CLI");
    if (path.isEmpty()) {
        qFatal("IRNDESK_CLI is not set: run the tests through ctest");
    }
    return path;
}

void isolateSettings(const QString& settingsDir, const QString& application)
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    QCoreApplication::setOrganizationName(QStringLiteral("IRN Desk Test"));
    QCoreApplication::setApplicationName(application);
}

CliRun runCli(const QStringList& args, const QByteArray& input)
{
    QProcess p;
    p.start(cliPath(), args);
    if (!p.waitForStarted(120000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

irndesk::Invoice sampleInvoice(const QString& number)
{
    Invoice invoice = readInvoice(readData(QStringLiteral("rules/valid-b2b-intra-goods/invoice.json"))).invoice.value_or(Invoice());
    if (!number.isEmpty()) {
        invoice.docDtls.no = number;
    }
    return invoice;
}

QString findTool(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

ToolRun runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
        return {};
    }
    return { p.exitCode(), p.readAllStandardOutput() };
}

} // namespace irndesk::test
