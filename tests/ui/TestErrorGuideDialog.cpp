// SPDX-License-Identifier: GPL-3.0-or-later
// The error guide dialog, offscreen: the list, the filter, the detail pane, the keyboard, and the
// Help menu entry of the main window that opens it.
#include "core/rules/ErrorGuide.h"
#include "ui/ErrorGuideDialog.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"

#include "tests/support/TestData.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using irndesk::ErrorExplanation;
using irndesk::ui::ErrorGuideDialog;
using irndesk::ui::MainWindow;

class TestErrorGuideDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsEveryCode();
    void filterHasFocusAndFirstRowIsShown();
    void filterByCode();
    void filterByWords_data();
    void filterByWords();
    void unknownFilterShowsNoRows();
    void showCodeSelectsIt();
    void showCodeClearsAHidingFilter();
    void keyboardMovesBetweenFilterAndList();
    void helpMenuOpensOneDialog();

private:
    QStringList visibleCodes() const;
    static QStringList expectedMatches(const QStringList& words);
    QString detailText() const { return m_detail->toPlainText(); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<ErrorGuideDialog> m_dialog;
    QLineEdit* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QTextBrowser* m_detail = nullptr;
};

void TestErrorGuideDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Never touch the real profile: every QSettings lands in the temporary dir.
    irndesk::test::isolateSettings(m_settingsDir.path(), u"TestErrorGuideDialog"_s);
}

void TestErrorGuideDialog::init()
{
    m_dialog = std::make_unique<ErrorGuideDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_filter = m_dialog->findChild<QLineEdit*>(u"filterEdit"_s);
    m_view = m_dialog->findChild<QTableView*>(u"codeView"_s);
    m_detail = m_dialog->findChild<QTextBrowser*>(u"detailBrowser"_s);
    QVERIFY(m_filter);
    QVERIFY(m_view);
    QVERIFY(m_detail);
}

void TestErrorGuideDialog::cleanup()
{
    m_dialog.reset();
    m_filter = nullptr;
    m_view = nullptr;
    m_detail = nullptr;
}

// The codes, in the guide's order, in whose texts every word of `words` starts a word (so "pin"
// is not found in "shipping"), worked out here with a regular expression.
QStringList TestErrorGuideDialog::expectedMatches(const QStringList& words)
{
    QStringList expected;
    for (const ErrorExplanation& e : irndesk::allExplanations()) {
        const QString text = e.code + u'\n' + e.title + u'\n' + e.meaning + u'\n' + e.fix;
        bool all = true;
        for (const QString& word : words) {
            const QRegularExpression wordStart(
                u"(^|[^\\w])"_s + QRegularExpression::escape(word), QRegularExpression::CaseInsensitiveOption);
            all = all && text.contains(wordStart);
        }
        if (all) {
            expected.append(e.code);
        }
    }
    return expected;
}

QStringList TestErrorGuideDialog::visibleCodes() const
{
    QStringList codes;
    const QAbstractItemModel* model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        codes.append(model->index(row, 0).data().toString());
    }
    return codes;
}

void TestErrorGuideDialog::listsEveryCode()
{
    QCOMPARE(m_dialog->windowTitle(), u"IRP error codes"_s);
    QVERIFY(!m_dialog->isModal());
    QCOMPARE(m_filter->placeholderText(), u"Code or words, e.g. 2189 or PIN"_s);

    const QList<ErrorExplanation> all = irndesk::allExplanations();
    QVERIFY(all.size() > 100);
    const QAbstractItemModel* model = m_view->model();
    QCOMPARE(model->rowCount(), all.size());
    int obsolete = 0;
    for (int row = 0; row < all.size(); ++row) {
        const ErrorExplanation& e = all.at(row);
        QCOMPARE(model->index(row, 0).data().toString(), e.code);
        const QString title = model->index(row, 1).data().toString();
        QVERIFY2(title.startsWith(e.title), qPrintable(e.code));
        QCOMPARE(title.contains(u"(no longer used)"_s), e.obsolete);
        obsolete += e.obsolete ? 1 : 0;
    }
    QVERIFY(obsolete > 0); // so the mark above was really checked
}

void TestErrorGuideDialog::filterHasFocusAndFirstRowIsShown()
{
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QCOMPARE(QApplication::focusWidget(), m_filter);

    const ErrorExplanation first = irndesk::allExplanations().constFirst();
    QCOMPARE(m_dialog->currentCode(), first.code);
    QVERIFY(detailText().contains(first.title));
    QVERIFY(detailText().contains(first.meaning));
}

void TestErrorGuideDialog::filterByCode()
{
    QTest::keyClicks(m_filter, u"2189"_s);
    QCOMPARE(visibleCodes(), QStringList{ u"2189"_s });
    QCOMPARE(m_dialog->currentCode(), u"2189"_s);

    const std::optional<ErrorExplanation> e = irndesk::explainCode(u"2189");
    QVERIFY(e);
    const QString detail = detailText();
    QVERIFY2(detail.contains(e->title), qPrintable(detail));
    QVERIFY2(detail.contains(e->meaning), qPrintable(detail));
    QVERIFY2(detail.contains(e->fix), qPrintable(detail));
    QVERIFY2(detail.contains(irndesk::ErrorGuide::kindLabel(e->kind)), qPrintable(detail));
    QVERIFY2(detail.contains(u"Does retrying help?"_s), qPrintable(detail));
    QVERIFY(!e->retry);
    QVERIFY2(detail.contains(u"No: the same request fails again"_s), qPrintable(detail));

    // As you type, the first match is selected: "21" already narrows to the 21xx codes (and
    // those whose texts have a number starting with 21).
    m_filter->clear();
    QTest::keyClicks(m_filter, u"21"_s);
    const QStringList codes = visibleCodes();
    QCOMPARE(codes, expectedMatches({ u"21"_s }));
    QVERIFY(codes.size() > 5);
    QVERIFY(codes.contains(u"2189"_s));
    QVERIFY(!codes.contains(u"2270"_s));
    QCOMPARE(m_dialog->currentCode(), codes.constFirst());
}

void TestErrorGuideDialog::filterByWords_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("PIN") << u"PIN"_s << QStringList{ u"pin"_s };
    QTest::newRow("lower case") << u"pin"_s << QStringList{ u"pin"_s };
    QTest::newRow("two words") << u"pin state"_s << QStringList{ u"pin"_s, u"state"_s };
}

void TestErrorGuideDialog::filterByWords()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, words);

    const QStringList expected = expectedMatches(words);
    QVERIFY2(expected.size() >= 3, qPrintable(expected.join(u' ')));

    QTest::keyClicks(m_filter, typed);
    QCOMPARE(visibleCodes(), expected);
    QVERIFY(visibleCodes().size() < irndesk::allExplanations().size());
    QCOMPARE(m_dialog->currentCode(), expected.constFirst());
    QVERIFY(detailText().contains(irndesk::explainCode(expected.constFirst())->meaning));
}

void TestErrorGuideDialog::unknownFilterShowsNoRows()
{
    QTest::keyClicks(m_filter, u"zzqx"_s);
    QCOMPARE(m_view->model()->rowCount(), 0);
    QCOMPARE(m_dialog->currentCode(), QString());
    QVERIFY2(detailText().contains(u"No code matches"_s), qPrintable(detailText()));
    QVERIFY(detailText().contains(u"zzqx"_s));

    // Clearing the filter brings every code back, the first one selected.
    m_filter->clear();
    QCOMPARE(m_view->model()->rowCount(), irndesk::allExplanations().size());
    QCOMPARE(m_dialog->currentCode(), irndesk::allExplanations().constFirst().code);
    QVERIFY(!detailText().contains(u"No code matches"_s));
}

void TestErrorGuideDialog::showCodeSelectsIt()
{
    m_dialog->showCode(u"2270"_s);
    QCOMPARE(m_dialog->currentCode(), u"2270"_s);
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data().toString(), u"2270"_s);
    QVERIFY(detailText().contains(irndesk::explainCode(u"2270")->meaning));
    QVERIFY(detailText().contains(irndesk::explainCode(u"2270")->fix));

    // The guide's own spelling rules apply: spaces and the IRP's SYS_ prefix.
    m_dialog->showCode(u" 2189 "_s);
    QCOMPARE(m_dialog->currentCode(), u"2189"_s);
    if (irndesk::explainCode(u"5001")) {
        m_dialog->showCode(u"SYS_5001"_s);
        QCOMPARE(m_dialog->currentCode(), u"5001"_s);
    }

    // An unknown code lands in the filter, which says that nothing matches.
    m_dialog->showCode(u"9999999"_s);
    QCOMPARE(m_filter->text(), u"9999999"_s);
    QCOMPARE(m_dialog->currentCode(), QString());
    QVERIFY(detailText().contains(u"No code matches"_s));
}

void TestErrorGuideDialog::showCodeClearsAHidingFilter()
{
    QTest::keyClicks(m_filter, u"PIN"_s);
    QVERIFY(!visibleCodes().contains(u"2270"_s));
    m_dialog->showCode(u"2270"_s);
    QCOMPARE(m_filter->text(), QString());
    QCOMPARE(m_dialog->currentCode(), u"2270"_s);

    // A filter that shows the code is kept.
    QTest::keyClicks(m_filter, u"PIN"_s);
    const QString last = visibleCodes().constLast();
    m_dialog->showCode(last);
    QCOMPARE(m_filter->text(), u"PIN"_s);
    QCOMPARE(m_dialog->currentCode(), last);
}

void TestErrorGuideDialog::keyboardMovesBetweenFilterAndList()
{
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QCOMPARE(QApplication::focusWidget(), m_filter);

    QTest::keyClicks(m_filter, u"PIN"_s);
    const QStringList codes = visibleCodes();
    QVERIFY(codes.size() >= 3);
    QCOMPARE(m_dialog->currentCode(), codes.at(0));

    QTest::keyClick(m_filter, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), m_view);
    QCOMPARE(m_dialog->currentCode(), codes.at(0));
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_dialog->currentCode(), codes.at(1));
    QVERIFY(detailText().contains(irndesk::explainCode(codes.at(1))->meaning));
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_dialog->currentCode(), codes.at(2));

    QTest::keyClick(m_view, Qt::Key_Up);
    QTest::keyClick(m_view, Qt::Key_Up);
    QCOMPARE(m_dialog->currentCode(), codes.at(0));
    QCOMPARE(QApplication::focusWidget(), m_view);
    // Up from the first row goes back to the filter, to type more.
    QTest::keyClick(m_view, Qt::Key_Up);
    QCOMPARE(QApplication::focusWidget(), m_filter);
    QTest::keyClicks(m_filter, u" state"_s);
    QCOMPARE(m_filter->text(), u"PIN state"_s);

    // Escape closes the dialog (it is only hidden and keeps its state).
    QTest::keyClick(m_filter, Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
}

void TestErrorGuideDialog::helpMenuOpensOneDialog()
{
    cleanup();
    QSettings().clear();
    irndesk::ui::AppContext context;
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* helpMenu = window.findChild<QMenu*>(u"helpMenu"_s);
    auto* action = window.findChild<QAction*>(u"errorGuideAction"_s);
    QVERIFY(helpMenu);
    QVERIFY(action);
    QVERIFY(helpMenu->actions().contains(action));
    QCOMPARE(action->text(), u"IRP &error codes…"_s);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
    QVERIFY(!window.findChild<ErrorGuideDialog*>());

    action->trigger();
    auto* dialog = window.findChild<ErrorGuideDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->windowTitle(), u"IRP error codes"_s);

    // Closed and opened again: the same dialog, not a second one.
    dialog->close();
    QTRY_VERIFY(!dialog->isVisible());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(dialog->isVisible());
    action->trigger();
    QCOMPARE(window.findChildren<ErrorGuideDialog*>().size(), 1);

    // The findings panel will open it at a code.
    window.showErrorGuide(u"2270"_s);
    QCOMPARE(dialog->currentCode(), u"2270"_s);
    QCOMPARE(window.findChildren<ErrorGuideDialog*>().size(), 1);
}

QTEST_MAIN(TestErrorGuideDialog)
#include "TestErrorGuideDialog.moc"
