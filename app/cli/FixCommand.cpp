// SPDX-License-Identifier: GPL-3.0-or-later
// `irndesk-cli fix`: the Fixer (core/rules/Fixer.h) for files. It writes a new file and lists
// every change it made; the input file is never touched.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "core/rules/Fixer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace irndesk::cli {

namespace {


QString shown(const QString& value)
{
    return value.isNull() ? QCoreApplication::translate("irndesk::cli", "(absent)") : u'\'' + value + u'\'';
}

QString invoiceName(const ReadInvoice& read)
{
    if (read.invoice && read.invoice->docDtls.no)
        return QStringLiteral("%1 %2 (invoice [%3])")
            .arg(read.invoice->docDtls.typ.value_or(QString()), *read.invoice->docDtls.no)
            .arg(read.index);
    return QStringLiteral("invoice [%1]").arg(read.index);
}

} // namespace

int commandFix(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("irndesk::cli", "where to write the repaired invoices"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({ outOption, format });
    if (!parse(parser, QStringLiteral("fix"), arguments, err))
        return kExitCannotRun;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << QCoreApplication::translate("irndesk::cli", "fix: expected one input file (or - for standard input)")
            << Qt::endl;
        return kExitCannotRun;
    }
    const std::optional<bool> jsonWanted = jsonFormat(parser, format, QStringLiteral("fix"), err);
    if (!jsonWanted)
        return kExitCannotRun;
    const bool json = *jsonWanted;
    const QString input = files[0];
    const QString output = parser.value(outOption);
    if (output.isEmpty()) {
        err << QCoreApplication::translate("irndesk::cli", "fix: --out FILE is required (the input is never overwritten)")
            << Qt::endl;
        return kExitCannotRun;
    }
    if (input != u"-" && QFileInfo(input).canonicalFilePath() == QFileInfo(output).canonicalFilePath()) {
        err << QCoreApplication::translate("irndesk::cli", "fix: --out must be another file than the input %1").arg(input)
            << Qt::endl;
        return kExitCannotRun;
    }

    QFile file;
    if (input == u"-" ? !file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(input), !file.open(QIODevice::ReadOnly))) {
        err << QCoreApplication::translate("irndesk::cli", "fix: cannot read %1: %2").arg(input, file.errorString())
            << Qt::endl;
        return kExitCannotRun;
    }
    const ReadFile read = readInvoiceFile(&file);
    for (const Diagnostic& d : read.fileDiagnostics) {
        if (d.isError()) {
            err << QCoreApplication::translate("irndesk::cli", "fix: %1: %2").arg(input, d.toString()) << Qt::endl;
            return kExitCannotRun;
        }
    }
    // An invoice that is not JSON any more cannot be written again: nothing is written then, so
    // no invoice is lost on the way.
    for (const ReadInvoice& r : read.invoices) {
        if (!r.invoice) {
            err << QCoreApplication::translate("irndesk::cli",
                                               "fix: %1: %2 is not readable JSON (%3); nothing was written")
                       .arg(input, invoiceName(r), r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().toString())
                << Qt::endl;
            return kExitDataError;
        }
    }

    QList<Invoice> fixed;
    QJsonArray report;
    qsizetype changes = 0;
    qsizetype changedInvoices = 0;
    for (const ReadInvoice& r : read.invoices) {
        const FixResult result = fixInvoice(*r.invoice);
        fixed.append(result.invoice);
        changes += result.fixes.size();
        changedInvoices += result.changed() ? 1 : 0;
        QJsonArray fixesJson;
        for (const Fix& f : result.fixes) {
            if (!json) {
                out << QCoreApplication::translate("irndesk::cli", "%1: %2: %3 -> %4: %5")
                           .arg(invoiceName(r), f.path, shown(f.before), shown(f.after), f.description)
                    << Qt::endl;
            } else {
                fixesJson.append(QJsonObject{ { u"path"_qs, f.path },
                                              { u"before"_qs, f.before.isNull() ? QJsonValue() : QJsonValue(f.before) },
                                              { u"after"_qs, f.after.isNull() ? QJsonValue() : QJsonValue(f.after) },
                                              { u"description"_qs, f.description } });
            }
        }
        for (const QString& note : result.notes) {
            if (!json)
                out << QCoreApplication::translate("irndesk::cli", "%1: note: %2").arg(invoiceName(r), note) << Qt::endl;
        }
        if (json)
            report.append(QJsonObject{ { u"index"_qs, r.index },
                                       { u"docNo"_qs, r.invoice->docDtls.no.value_or(QString()) },
                                       { u"fixes"_qs, fixesJson },
                                       { u"notes"_qs, QJsonArray::fromStringList(result.notes) } });
    }

    QSaveFile save(output);
    if (!save.open(QIODevice::WriteOnly)) {
        err << QCoreApplication::translate("irndesk::cli", "fix: cannot write %1: %2").arg(output, save.errorString())
            << Qt::endl;
        return kExitCannotRun;
    }
    save.write(read.singleInvoice && fixed.size() == 1 ? invoiceToJson(fixed.first(), JsonStyle::Indented)
                                                       : invoicesToJsonArray(fixed, JsonStyle::Indented));
    save.write("\n");
    if (!save.commit()) {
        err << QCoreApplication::translate("irndesk::cli", "fix: cannot write %1: %2").arg(output, save.errorString())
            << Qt::endl;
        return kExitCannotRun;
    }

    if (json) {
        const QJsonObject summary{ { u"invoices"_qs, read.invoices.size() },
                                   { u"changed"_qs, changedInvoices },
                                   { u"fixes"_qs, changes },
                                   { u"out"_qs, output } };
        out << QString::fromUtf8(QJsonDocument(QJsonObject{ { u"invoices"_qs, report }, { u"summary"_qs, summary } })
                                     .toJson(QJsonDocument::Compact))
            << Qt::endl;
    } else {
        out << QCoreApplication::translate("irndesk::cli", "fix: %1 invoices, %2 changed, %3 changes; written to %4")
                   .arg(read.invoices.size())
                   .arg(changedInvoices)
                   .arg(changes)
                   .arg(output)
            << Qt::endl;
    }
    return kExitOk;
}

} // namespace irndesk::cli
