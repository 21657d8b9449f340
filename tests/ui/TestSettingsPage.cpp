// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings page on a real store: preferences kept in QSettings, the workspace's turnover band
// and number series, switching stores, and backup then restore.
#include "ui/AppContext.h"
#include "ui/SettingsPage.h"

#include "tests/support/TestData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace irndesk;
using namespace irndesk::ui;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundingAndSandboxPersist();
    void aatoSavesTheProfile();
    void numberSeriesPattern();
    void backupThenRestore();
    void openStoreFailureKeepsTheOld();
    void newStore();
    void languageGoesToTheContext();

private:
    void chooseFile(const QString& path);
    void editSeriesCell(int row, int column, const QString& text);
    QString label(const QString& name) const { return m_page->findChild<QLabel*>(name)->text(); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SettingsPage> m_page;
    qint64 m_workspace = 0;
};

void TestSettingsPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir.path(), u"TestSettingsPage"_s);
}

void TestSettingsPage::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_context = std::make_unique<AppContext>();
    m_context->setToday(QDate(2026, 11, 21));
    QVERIFY(m_context->openStore(m_dir->filePath(u"store.sqlite"_s)));
    store::SellerProfile profile;
    profile.gstin = u"27AAPFU0939F1ZV"_s;
    profile.legalName = u"Pune Traders Private Limited"_s;
    profile.pin = 411001;
    auto added = m_context->store()->addWorkspace(profile);
    QVERIFY(added);
    m_workspace = added.value().id;
    m_context->setWorkspace(m_workspace);
    m_page = std::make_unique<SettingsPage>(*m_context);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestSettingsPage::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_dir.reset();
}

void TestSettingsPage::chooseFile(const QString& path)
{
    QFileDialog* dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = m_page->findChild<QFileDialog*>(u"storeFileDialog"_s);
        return dialog && dialog->isVisible();
    }));
    // Chosen through the dialog's API: typing into the widget-based dialog offscreen races its
    // directory loading thread.
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, public through QDialog
    QTRY_VERIFY(m_page->findChild<QFileDialog*>() == nullptr);
}

void TestSettingsPage::editSeriesCell(int row, int column, const QString& text)
{
    auto* table = m_page->findChild<QTableWidget*>(u"seriesTable"_s);
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit* editor = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (editor = table->viewport()->findChild<QLineEdit*>()) != nullptr; }));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's text on the next turn of the event loop.
    QTRY_VERIFY(table->viewport()->findChild<QLineEdit*>() == nullptr);
}

void TestSettingsPage::roundingAndSandboxPersist()
{
    auto* round = m_page->findChild<QCheckBox*>(u"roundCheck"_s);
    auto* sandbox = m_page->findChild<QCheckBox*>(u"sandboxCheck"_s);
    QVERIFY(round && sandbox);
    QVERIFY(round->isChecked()); // the default
    QVERIFY(!sandbox->isChecked());
    round->setFocus();
    QTest::keyClick(round, Qt::Key_Space);
    sandbox->setFocus();
    QTest::keyClick(sandbox, Qt::Key_Space);
    QVERIFY(!m_context->roundToRupee());
    QVERIFY(m_context->sandboxMode());
    QCOMPARE(QSettings().value(u"editor/roundToRupee"_s).toBool(), false);
    QCOMPARE(QSettings().value(u"rules/sandbox"_s).toBool(), true);
    // The next start reads them back.
    AppContext next;
    QVERIFY(!next.roundToRupee());
    QVERIFY(next.sandboxMode());
    SettingsPage shown(next);
    QVERIFY(!shown.findChild<QCheckBox*>(u"roundCheck"_s)->isChecked());
    QVERIFY(shown.findChild<QCheckBox*>(u"sandboxCheck"_s)->isChecked());
}

void TestSettingsPage::aatoSavesTheProfile()
{
    QSignalSpy changed(m_context.get(), &AppContext::workspacesChanged);
    auto* aato = m_page->findChild<QCheckBox*>(u"aatoCheck"_s);
    QVERIFY(!aato->isChecked());
    aato->setFocus();
    QTest::keyClick(aato, Qt::Key_Space);
    QVERIFY(m_context->store()->workspace(m_workspace)->profile.aato10Crore);
    QVERIFY(m_context->ruleContext().aatoAtLeast10Crore);
    QCOMPARE(changed.count(), 1);
    QTest::keyClick(aato, Qt::Key_Space);
    QVERIFY(!m_context->store()->workspace(m_workspace)->profile.aato10Crore);
}

void TestSettingsPage::numberSeriesPattern()
{
    auto* table = m_page->findChild<QTableWidget*>(u"seriesTable"_s);
    QVERIFY(table);
    // This year's three series are shown before any number was given.
    QCOMPARE(table->rowCount(), 3);
    int inv = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, 1)->text(), u"2026-27"_s);
        if (table->item(row, 0)->text() == u"INV"_s) {
            inv = row;
        }
    }
    QVERIFY(inv >= 0);
    QCOMPARE(table->item(inv, 2)->text(), u"INV/{fy}/{n}"_s);
    QCOMPARE(table->item(inv, 5)->text(), u"INV/26-27/0001"_s);

    // No {n}: refused, the cell goes back.
    editSeriesCell(inv, 2, u"INV/{fy}"_s);
    QVERIFY2(label(u"seriesMessageLabel"_s).startsWith(u"Pattern: must contain {n}"_s), qPrintable(label(u"seriesMessageLabel"_s)));
    QTRY_COMPARE(table->item(inv, 2)->text(), u"INV/{fy}/{n}"_s);
    QVERIFY(m_context->store()->numberSeries(m_workspace).isEmpty());

    // Longer than 16 characters: refused.
    editSeriesCell(inv, 2, u"INVOICE/{fy4}/{n}"_s);
    QVERIFY2(label(u"seriesMessageLabel"_s).startsWith(u"Pattern: INVOICE/2026-27/0001 is longer"_s),
             qPrintable(label(u"seriesMessageLabel"_s)));
    QTRY_COMPARE(table->item(inv, 2)->text(), u"INV/{fy}/{n}"_s);
    QVERIFY(m_context->store()->numberSeries(m_workspace).isEmpty());

    // A good one is saved, and the next number follows it.
    editSeriesCell(inv, 2, u"MH/{fy}/{n}"_s);
    QCOMPARE(label(u"seriesMessageLabel"_s), u"Saved: the next number is MH/26-27/0001"_s);
    const QList<store::NumberSeries> series = m_context->store()->numberSeries(m_workspace);
    QCOMPARE(series.size(), 1);
    QCOMPARE(series[0].pattern, u"MH/{fy}/{n}"_s);
    QTRY_COMPARE(table->item(inv, 5)->text(), u"MH/26-27/0001"_s);
    editSeriesCell(inv, 4, u"42"_s);
    QTRY_COMPARE(table->item(inv, 5)->text(), u"MH/26-27/0042"_s);
    auto next = m_context->store()->nextDocumentNumber(m_workspace, u"INV"_s, u"2026-27"_s, false);
    QVERIFY(next);
    QCOMPARE(next.value(), u"MH/26-27/0042"_s);
}

void TestSettingsPage::backupThenRestore()
{
    store::Party party;
    party.workspaceId = m_workspace;
    party.legalName = u"Mumbai Retail LLP"_s;
    auto saved = m_context->store()->saveParty(party);
    QVERIFY(saved);

    const QString backup = m_dir->filePath(u"backup.sqlite"_s);
    QSignalSpy backedUp(m_page.get(), &SettingsPage::backupFinished);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"backupButton"_s), Qt::LeftButton);
    chooseFile(backup);
    QVERIFY(backedUp.wait(20000));
    QCOMPARE(backedUp.first().at(1).toString(), QString());
    QVERIFY2(label(u"storeResultLabel"_s).startsWith(u"Backup saved to"_s), qPrintable(label(u"storeResultLabel"_s)));
    QVERIFY(QFile::exists(backup));

    QVERIFY(m_context->store()->deleteParty(saved.value()));
    QVERIFY(m_context->store()->parties(m_workspace).isEmpty());
    QSignalSpy parties(m_context.get(), &AppContext::partiesChanged);

    // Restore asks first: No leaves the store as it is.
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"restoreButton"_s), Qt::LeftButton);
    chooseFile(backup);
    QMessageBox* box = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        box = m_page->findChild<QMessageBox*>(u"restoreConfirmBox"_s);
        return box && box->isVisible();
    }));
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<QMessageBox*>() == nullptr);
    QVERIFY(m_context->store()->parties(m_workspace).isEmpty());

    QTest::mouseClick(m_page->findChild<QPushButton*>(u"restoreButton"_s), Qt::LeftButton);
    chooseFile(backup);
    QVERIFY(QTest::qWaitFor([&] {
        box = m_page->findChild<QMessageBox*>(u"restoreConfirmBox"_s);
        return box && box->isVisible();
    }));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(label(u"storeResultLabel"_s).startsWith(u"Restored from"_s));
    const QList<store::Party> back = m_context->store()->parties(m_workspace);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back[0].legalName, u"Mumbai Retail LLP"_s);
    QVERIFY(parties.count() >= 1);
    QCOMPARE(m_context->workspaceId(), std::optional<qint64>(m_workspace));

    // A file that is not a backup is refused, and the store is kept.
    const QString junk = m_dir->filePath(u"junk.sqlite"_s);
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    QVERIFY(!m_page->restoreFrom(junk));
    QVERIFY(label(u"storeResultLabel"_s).startsWith(u"Not restored:"_s));
    QCOMPARE(m_context->store()->parties(m_workspace).size(), 1);
}

void TestSettingsPage::openStoreFailureKeepsTheOld()
{
    const QString before = m_context->storePath();
    const QString junk = m_dir->filePath(u"junk.sqlite"_s);
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a database at all");
    file.close();
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"openStoreButton"_s), Qt::LeftButton);
    chooseFile(junk);
    QVERIFY2(label(u"storeResultLabel"_s).startsWith(u"The store was not opened:"_s), qPrintable(label(u"storeResultLabel"_s)));
    QCOMPARE(m_context->storePath(), before);
    QVERIFY(m_context->store());
    QVERIFY(!QSettings().contains(u"session/store"_s));
    QCOMPARE(label(u"storePathLabel"_s), QDir::toNativeSeparators(before));
}

void TestSettingsPage::newStore()
{
    const QString path = m_dir->filePath(u"second.sqlite"_s);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"newStoreButton"_s), Qt::LeftButton);
    chooseFile(path);
    QCOMPARE(QFileInfo(m_context->storePath()).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
    QCOMPARE(QSettings().value(u"session/store"_s).toString(), m_context->storePath());
    QCOMPARE(label(u"storePathLabel"_s), QDir::toNativeSeparators(m_context->storePath()));
    QVERIFY(m_context->store()->workspaces().isEmpty());
    QVERIFY(!m_context->workspaceId());
    QVERIFY(!m_page->findChild<QCheckBox*>(u"aatoCheck"_s)->isEnabled());
    // "New" on a file that exists is refused.
    QVERIFY(!m_page->switchStore(m_dir->filePath(u"store.sqlite"_s), true));
    QVERIFY(label(u"storeResultLabel"_s).contains(u"already exists"_s));
}

void TestSettingsPage::languageGoesToTheContext()
{
    QSignalSpy changed(m_context.get(), &AppContext::languageChanged);
    auto* combo = m_page->findChild<QComboBox*>(u"languageCombo"_s);
    QCOMPARE(combo->currentData().toString(), u"en"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_context->language(), u"hi"_s);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"hi"_s);
    m_context->setLanguage(u"en"_s);
}

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
