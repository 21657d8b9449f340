// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language in the app: the main window is rebuilt and what the user reads changes
// to Hindi and back; the choice is remembered for the next start. The built irndesk_hi.qm is
// found through IRNDESK_TRANSLATIONS (set by CTest), as the app finds its embedded copy.
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/MainWindowHost.h"

#include "tests/support/TestData.h"

#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace irndesk;

namespace {

bool hasDevanagari(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x0900 && c.unicode() <= 0x097F) {
            return true;
        }
    }
    return false;
}

QStringList navigationTexts(ui::MainWindow* window)
{
    QStringList texts;
    auto* list = window->findChild<QListWidget*>(u"navigationList"_s);
    for (int i = 0; list && i < list->count(); ++i) {
        texts << list->item(i)->text();
    }
    return texts;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.path(), u"TestLanguage"_s);
        QVERIFY2(!qEnvironmentVariableIsEmpty("IRNDESK_TRANSLATIONS"), "CTest sets IRNDESK_TRANSLATIONS");
    }

    void switchingLanguageRebuildsTheWindow()
    {
        ui::AppContext context;
        QVERIFY(context.openStore(m_dir.filePath(u"lang.sqlite"_s)));
        ui::MainWindowHost host(context);
        host.show();
        const QStringList english = navigationTexts(host.window());
        QCOMPARE(english.first(), u"Invoices"_s);
        QCOMPARE(host.window()->findChild<QMenu*>(u"fileMenu"_s)->title(), u"&File"_s);

        QSignalSpy replaced(&host, &ui::MainWindowHost::windowReplaced);
        context.setLanguage(u"hi"_s);
        QVERIFY(replaced.wait());
        const QStringList hindi = navigationTexts(host.window());
        QCOMPARE(hindi.size(), english.size());
        for (int i = 0; i < hindi.size(); ++i) {
            QVERIFY2(hasDevanagari(hindi.at(i)) && hindi.at(i) != english.at(i), qPrintable(hindi.at(i)));
        }
        QVERIFY(hasDevanagari(host.window()->findChild<QMenu*>(u"fileMenu"_s)->title()));
        QVERIFY(host.window()->isVisible());

        // Back to English.
        context.setLanguage(u"en"_s);
        QVERIFY(replaced.wait());
        QCOMPARE(navigationTexts(host.window()), english);

        // Remembered: the next start speaks Hindi.
        context.setLanguage(u"hi"_s);
        QVERIFY(replaced.wait());
    }

    void theSavedLanguageIsUsedAtStart()
    {
        ui::AppContext context;
        QCOMPARE(context.language(), u"hi"_s);
        context.installSavedLanguage();
        ui::MainWindow window(context);
        QVERIFY(hasDevanagari(navigationTexts(&window).first()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
