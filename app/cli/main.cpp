// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IRN Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("irndesk"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("irndesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = irndesk::cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}
