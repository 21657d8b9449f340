// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "core/rules/ErrorGuide.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace irndesk::cli {

namespace {

QJsonObject toJson(const ErrorExplanation& x)
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), x.code);
    o.insert(QStringLiteral("title"), x.title);
    o.insert(QStringLiteral("meaning"), x.meaning);
    o.insert(QStringLiteral("fix"), x.fix);
    o.insert(QStringLiteral("kind"), ErrorGuide::kindName(x.kind));
    o.insert(QStringLiteral("retry"), x.retry);
    o.insert(QStringLiteral("obsolete"), x.obsolete);
    return o;
}

void printText(const ErrorExplanation& x, QTextStream& out)
{
    out << x.code << ": " << x.title;
    if (x.obsolete) {
        out << ' ' << QCoreApplication::translate("irndesk::cli", "(no longer used)");
    }
    out << Qt::endl;
    out << QCoreApplication::translate("irndesk::cli", "Kind: %1").arg(ErrorGuide::kindLabel(x.kind)) << Qt::endl;
    out << QCoreApplication::translate("irndesk::cli", "What it means: %1").arg(x.meaning) << Qt::endl;
    out << QCoreApplication::translate("irndesk::cli", "How to fix it: %1").arg(x.fix) << Qt::endl;
    out << (x.retry ? QCoreApplication::translate("irndesk::cli", "Trying again later can help.")
                    : QCoreApplication::translate("irndesk::cli", "Trying again unchanged does not help."))
        << Qt::endl;
}

} // namespace

int commandExplain(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption all(QStringLiteral("all"),
        QCoreApplication::translate("irndesk::cli", "list every code the guide knows, one per line"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({ all, format });
    if (!parse(parser, QStringLiteral("explain"), arguments, err)) {
        return kExitCannotRun;
    }
    const std::optional<bool> jsonWanted = jsonFormat(parser, format, QStringLiteral("explain"), err);
    if (!jsonWanted) {
        return kExitCannotRun;
    }
    const bool json = *jsonWanted;
    const QStringList codes = parser.positionalArguments();

    if (parser.isSet(all)) {
        if (!codes.isEmpty()) {
            err << QCoreApplication::translate("irndesk::cli", "explain: give either a code or --all, not both")
                << Qt::endl;
            return kExitCannotRun;
        }
        const QList<ErrorExplanation> explanations = allExplanations();
        if (json) {
            QJsonArray array;
            for (const ErrorExplanation& x : explanations) {
                array.append(toJson(x));
            }
            out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        } else {
            qsizetype width = 0;
            for (const ErrorExplanation& x : explanations) {
                width = std::max(width, x.code.size());
            }
            for (const ErrorExplanation& x : explanations) {
                out << x.code.leftJustified(width + 2) << x.title;
                if (x.obsolete) {
                    out << ' ' << QCoreApplication::translate("irndesk::cli", "(no longer used)");
                }
                out << Qt::endl;
            }
        }
        return kExitOk;
    }

    if (codes.size() != 1) {
        err << QCoreApplication::translate(
            "irndesk::cli", "explain: expected one error code, for example: irndesk-cli explain 2189")
            << Qt::endl;
        return kExitCannotRun;
    }
    // An unknown code is bad input, like a bad argument: "could not run" (DESIGN §7).
    const std::optional<ErrorExplanation> x = explainCode(codes[0]);
    if (!x) {
        err << QCoreApplication::translate(
            "irndesk::cli", "explain: unknown error code '%1'. 'irndesk-cli explain --all' lists the known codes.")
                   .arg(codes[0])
            << Qt::endl;
        return kExitCannotRun;
    }
    if (json) {
        out << QString::fromUtf8(QJsonDocument(toJson(*x)).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        printText(*x, out);
    }
    return kExitOk;
}

} // namespace irndesk::cli
