// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's main(): application identity, translations, the main window. Nothing else belongs here.
#include "core/Version.h"
#include "core/store/Store.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/MainWindowHost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>


using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"IRN Desk"_s);
    QApplication::setApplicationName(u"irndesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(IRNDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "GST e-invoicing desktop tool"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(u"store"_s,
        QApplication::translate("main", "The store to open (default: the last one, $IRNDESK_STORE, or the data folder)."),
        QApplication::translate("main", "file"));
    parser.addOption(storeOption);
    parser.process(app);

    irndesk::ui::AppContext context;
    context.installSavedLanguage();

    // The store: --store, else the one chosen in the settings, else the default.
    QString storePath = parser.value(storeOption);
    if (storePath.isEmpty()) {
        storePath = QSettings().value(u"session/store"_s).toString();
    }
    if (storePath.isEmpty()) {
        storePath = irndesk::store::Store::defaultPath();
    }

    irndesk::ui::MainWindowHost host(context);
    host.show();
    if (const irndesk::Status opened = context.openStore(storePath); !opened) {
        QMessageBox::critical(host.window(),
            QApplication::translate("main", "IRN Desk"),
            QApplication::translate("main", "The store %1 could not be opened: %2").arg(storePath, opened.error().message));
    }
    return QApplication::exec();
}
