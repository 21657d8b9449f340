// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's main(): application identity, translations, the main window. Nothing else belongs here.
#include "core/Version.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

// Installs the first translation of `name` for the system locale found in one of `directories`.
// A missing translation is not an error: the program then speaks English.
void installTranslator(QTranslator& translator, const QString& name, const QStringList& directories)
{
    for (const QString& directory : directories) {
        if (translator.load(QLocale(), name, u"_"_s, directory)) {
            QApplication::installTranslator(&translator);
            return;
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"IRN Desk"_s);
    QApplication::setApplicationName(u"irndesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(IRNDESK_VERSION));

    // Ours are embedded at :/i18n (qt_add_translations); Qt's own come from an installer that
    // ships them next to ours, else from the Qt installation.
    QTranslator appTranslator;
    installTranslator(appTranslator, u"irndesk"_s, { u":/i18n"_s });
    QTranslator qtTranslator;
    installTranslator(qtTranslator,
        u"qtbase"_s,
        { u":/i18n"_s,
            QApplication::applicationDirPath() + u"/translations"_s,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) });

    irndesk::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
