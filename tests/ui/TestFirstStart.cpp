// SPDX-License-Identifier: GPL-3.0-or-later
// The guided setup of the first start, driven with the keyboard as a user does: a GSTIN with a
// wrong check character is named and stops the wizard, the right one fills the state, the turnover
// band, no IRP profile, the demo workspace; the seller and the sample invoices are then read back
// from the SQLite file itself. Cancel leaves a usable store and the wizard does not come back. The
// language chosen on the first page changes the wizard's texts at once.
#include "core/irp/IrpProfile.h"
#include "ui/AppContext.h"
#include "ui/DemoWorkspace.h"
#include "ui/FirstStartWizard.h"
#include "ui/MainWindow.h"
#include "ui/MainWindowHost.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <QTimer>
#include <QTranslator>

#include <sqlite3.h>

#include "tests/support/TestData.h"

using namespace Qt::Literals::StringLiterals;
using namespace irndesk;

namespace {

// Reads the store's file with SQLite itself, not through the program's Store.
class Sqlite
{
public:
    explicit Sqlite(const QString& path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~Sqlite() { sqlite3_close(m_db); }
    Sqlite(const Sqlite&) = delete;
    Sqlite& operator=(const Sqlite&) = delete;

    /// The first column of the first row of `sql`, as text; "<error>" when it fails.
    QString value(const QString& sql, const QString& bind = {}) const
    {
        QString result = u"<error>"_s;
        sqlite3_stmt* statement = nullptr;
        const QByteArray text = sql.toUtf8();
        const QByteArray bound = bind.toUtf8();
        if (m_db && sqlite3_prepare_v2(m_db, text.constData(), -1, &statement, nullptr) == SQLITE_OK) {
            if (!bind.isNull()) {
                sqlite3_bind_text(statement, 1, bound.constData(), int(bound.size()), SQLITE_TRANSIENT);
            }
            if (sqlite3_step(statement) == SQLITE_ROW) {
                result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
            }
        }
        sqlite3_finalize(statement);
        return result;
    }

private:
    sqlite3* m_db = nullptr;
};

/// Whether `text` has a Devanagari letter (the built Hindi translation is in use).
bool hasDevanagari(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097F; });
}

} // namespace

class TestFirstStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.path(), u"TestFirstStart"_s);
    }

    void init()
    {
        QSettings().clear();
        ++m_run;
    }

    void setupWithTheKeyboard()
    {
        ui::AppContext context;
        context.setToday(QDate(2026, 4, 3)); // early in a financial year: the samples span two
        const QString path = storePath();
        QVERIFY(context.openStore(path));
        QVERIFY(context.store()->workspaces().isEmpty()); // what a fresh store has
        QVERIFY(ui::needsFirstStart(context));

        ui::FirstStartWizard wizard(context);
        wizard.show();
        QVERIFY(activeWithFocus(&wizard));
        QVERIFY(wizard.windowTitle().contains(u"IRN Desk"_s));
        QCOMPARE(wizard.currentId(), int(ui::FirstStartWizard::Welcome));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QVERIFY(next->isEnabled());
        // A button's mnemonic clicks it after a short press animation: QTRY waits for that.
        key(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(ui::FirstStartWizard::Seller));
        QVERIFY(!next->isEnabled()); // no GSTIN yet

        auto* status = wizard.findChild<QLabel*>(u"gstinStatusLabel"_s);
        auto* state = wizard.findChild<QLineEdit*>(u"stateEdit"_s);
        auto* pan = wizard.findChild<QLineEdit*>(u"panEdit"_s);
        auto* problem = wizard.findChild<QLabel*>(u"problemLabel"_s);
        QVERIFY(status && state && pan && problem);

        // A mistyped check character (27AAPFU0939F1ZV is right): named, and no way on.
        key(Qt::Key_G, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"gstinEdit"_s);
        QCOMPARE(QApplication::focusWidget()->accessibleName(), u"GSTIN"_s);
        QCOMPARE(wizard.findChild<QRadioButton*>(u"from10Radio"_s)->accessibleName(), u"₹10 crore or more"_s);
        type(u"27aapfu0939f1zw"_s);
        QVERIFY2(status->text().contains(u"check character"_s) && status->text().contains(u"should be V, not W"_s),
            qPrintable(status->text()));
        QVERIFY(!next->isEnabled());
        key(Qt::Key_Backspace);
        QVERIFY2(status->text().contains(u"14 of 15"_s), qPrintable(status->text()));
        type(u"V"_s);
        QCOMPARE(status->text(), u"Valid GSTIN"_s);
        QCOMPARE(wizard.findChild<QLineEdit*>(u"gstinEdit"_s)->text(), u"27AAPFU0939F1ZV"_s); // upper case as typed
        QCOMPARE(state->text(), u"Maharashtra (27)"_s);
        QCOMPARE(pan->text(), u"AAPFU0939F · a firm or LLP"_s);
        QVERIFY(next->isEnabled());

        // Next with the legal name empty: named, and the focus goes there.
        key(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(problem->text(), u"Legal name: required"_s);
        QCOMPARE(wizard.currentId(), int(ui::FirstStartWizard::Seller));
        QCOMPARE(QApplication::focusWidget()->objectName(), u"legalNameEdit"_s);
        type(u"Unique Traders LLP"_s);
        key(Qt::Key_T, Qt::AltModifier);
        type(u"Unique"_s);
        key(Qt::Key_D, Qt::AltModifier);
        type(u"12, MG Road"_s);
        key(Qt::Key_C, Qt::AltModifier);
        type(u"Pune"_s);
        // A PIN of another state: named, and no way on.
        key(Qt::Key_I, Qt::AltModifier);
        type(u"560001"_s);
        QVERIFY2(problem->text().contains(u"Karnataka"_s) && problem->text().contains(u"Maharashtra"_s),
            qPrintable(problem->text()));
        QVERIFY(!next->isEnabled());
        key(Qt::Key_A, Qt::ControlModifier);
        type(u"411001"_s);
        QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
        QVERIFY(next->isEnabled());
        key(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(ui::FirstStartWizard::Aato));

        // The band: a choice is needed; ₹10 crore or more tells of the 30-day limit.
        QVERIFY(!next->isEnabled());
        auto* effect = wizard.findChild<QLabel*>(u"aatoEffectLabel"_s);
        key(Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(wizard.findChild<QRadioButton*>(u"from10Radio"_s)->isChecked());
        QVERIFY2(effect->text().contains(u"30 days"_s), qPrintable(effect->text()));
        key(Qt::Key_5, Qt::AltModifier);
        QTRY_COMPARE(wizard.band(), ui::FirstStartWizard::Band::Below5Crore);
        QVERIFY2(effect->text().contains(u"not mandatory"_s), qPrintable(effect->text()));
        key(Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(wizard.band(), ui::FirstStartWizard::Band::From10Crore);
        QVERIFY(next->isEnabled());
        key(Qt::Key_N, Qt::AltModifier);

        // The IRP profile: later (Next skips it).
        QTRY_COMPARE(wizard.currentId(), int(ui::FirstStartWizard::Irp));
        QVERIFY(next->isEnabled());
        key(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(ui::FirstStartWizard::Finish));
        const QString summary = wizard.findChild<QLabel*>(u"summaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"27AAPFU0939F1ZV"_s) && summary.contains(u"Maharashtra (27)"_s)
                && summary.contains(u"later"_s) && summary.contains(u"₹10 crore or more"_s),
            qPrintable(summary));
        auto* demo = wizard.findChild<QCheckBox*>(u"demoCheck"_s);
        QVERIFY(!demo->isChecked());
        key(Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(demo->isChecked());

        QSignalSpy workspaceChanged(&context, &ui::AppContext::workspaceChanged);
        key(Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!ui::needsFirstStart(context));

        // The seller's workspace is the current one.
        QVERIFY(context.workspaceId());
        QCOMPARE(*context.workspaceId(), wizard.workspaceId());
        QVERIFY(!workspaceChanged.isEmpty());

        // What the SQLite file holds.
        const Sqlite db(path);
        const QString seller = u"27AAPFU0939F1ZV"_s;
        QCOMPARE(db.value(u"SELECT legal_name || '|' || trade_name || '|' || addr1 || '|' || location || '|' || pin "
                          "|| '|' || state_code || '|' || aato_10cr FROM workspace WHERE gstin = ?"_s,
                     seller),
            u"Unique Traders LLP|Unique|12, MG Road|Pune|411001|27|1"_s);
        QCOMPARE(
            db.value(u"SELECT id FROM workspace WHERE gstin = ?"_s, seller), QString::number(wizard.workspaceId()));
        QCOMPARE(db.value(u"SELECT COUNT(*) FROM workspace"_s), u"2"_s);
        const QString demoId = db.value(u"SELECT id FROM workspace WHERE trade_name = ?"_s, u"Demo"_s);
        QCOMPARE(db.value(u"SELECT COUNT(*) FROM invoice WHERE workspace_id = ?"_s, demoId), u"20"_s);
        // Some carry the mistakes of the samples, none is about the document's age or a future date.
        const QString withErrors = db.value(
            u"SELECT COUNT(*) FROM invoice WHERE workspace_id = ? AND errors > 0 AND status = 'draft'"_s, demoId);
        QVERIFY2(withErrors.toInt() >= 3 && withErrors.toInt() <= 6, qPrintable(withErrors));
        QCOMPARE(db.value(u"SELECT COUNT(*) FROM invoice WHERE workspace_id = ? AND status = 'ready'"_s, demoId),
            QString::number(20 - withErrors.toInt()));
        QCOMPARE(db.value(u"SELECT MAX(doc_date) FROM invoice WHERE workspace_id = ?"_s, demoId), u"2026-04-03"_s);
        QCOMPARE(db.value(u"SELECT COUNT(*) FROM invoice WHERE workspace_id = ? AND (findings LIKE '%2305%' OR "
                          "findings LIKE '%2218%')"_s,
                     demoId),
            u"0"_s);
        QCOMPARE(db.value(u"SELECT COUNT(*) FROM invoice WHERE workspace_id = ? AND findings LIKE '%3028%'"_s, demoId),
            u"1"_s);
    }

    void cancelLeavesAUsableStoreAndDoesNotComeBack()
    {
        ui::AppContext context;
        QVERIFY(context.openStore(storePath()));
        QVERIFY(ui::needsFirstStart(context));

        // runFirstStart() is modal: Escape to the wizard it opened, as the user presses it.
        bool seen = false;
        QTimer::singleShot(0, this, [&seen] {
            auto* wizard = qobject_cast<ui::FirstStartWizard*>(QApplication::activeModalWidget());
            if (wizard && activeWithFocus(wizard)) {
                seen = wizard->windowTitle().contains(u"IRN Desk"_s);
                QTest::keyClick(wizard, Qt::Key_Escape);
            }
        });
        ui::runFirstStart(context, nullptr);
        QVERIFY(seen);
        QVERIFY(!ui::needsFirstStart(context));
        QVERIFY(context.store()->workspaces().isEmpty());

        // The next start (a new context on the same store) does not open it either.
        ui::AppContext next;
        QVERIFY(next.openStore(context.storePath()));
        QVERIFY(!ui::needsFirstStart(next));
        // The store is usable: a workspace can be added, the demo too.
        const auto demo = ui::addDemoWorkspace(next);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
        QCOMPARE(demo.value().imported, 20);
        QVERIFY(demo.value().withErrors > 0);
    }

    void demoNamesDoNotClash()
    {
        ui::AppContext context;
        QVERIFY(context.openStore(storePath()));
        const auto first = ui::addDemoWorkspace(context);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        const auto second = ui::addDemoWorkspace(context);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QCOMPARE(first.value().name, u"Demo"_s);
        QCOMPARE(second.value().name, u"Demo 2"_s);
        QVERIFY(first.value().gstin != second.value().gstin);
        QCOMPARE(second.value().imported, 20);
        QCOMPARE(second.value().withErrors, first.value().withErrors);
        QCOMPARE(context.store()->workspaces().size(), 2);
        QVERIFY(!ui::needsFirstStart(context)); // a store with a workspace needs no setup
    }

    void languageChangesTheTextsAtOnce()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("IRNDESK_TRANSLATIONS"), "CTest sets IRNDESK_TRANSLATIONS");
        ui::AppContext context;
        QVERIFY(context.openStore(storePath()));
        ui::FirstStartWizard wizard(context);
        wizard.show();
        QVERIFY(activeWithFocus(&wizard));
        const QString title = wizard.windowTitle();
        QVERIFY(!hasDevanagari(title));

        auto* combo = wizard.findChild<QComboBox*>(u"languageCombo"_s);
        key(Qt::Key_L, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), combo);
        QCOMPARE(combo->currentData().toString(), u"en"_s);
        key(Qt::Key_Down);
        QCOMPARE(combo->currentText(), u"हिन्दी"_s);
        QCOMPARE(context.language(), u"hi"_s);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"hi"_s);
        // Set again at once, in Hindi: the window, the page and the wizard's own buttons.
        QTRY_VERIFY2(hasDevanagari(wizard.windowTitle()), qPrintable(wizard.windowTitle()));
        QVERIFY(hasDevanagari(wizard.currentPage()->title()));
        QVERIFY(hasDevanagari(wizard.button(QWizard::NextButton)->text()));
        QCOMPARE(combo->count(), 4);

        context.setLanguage(u"en"_s);
        QTRY_COMPARE(wizard.windowTitle(), title);
        wizard.reject();
    }

    // From the menu the wizard opens over the main window; choosing a language there rebuilds that
    // window (MainWindowHost) while the wizard stays open and goes on.
    void languageFromTheMenuKeepsTheWizard()
    {
        ui::AppContext context;
        QVERIFY(context.openStore(storePath()));
        ui::MainWindowHost host(context);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(host.window()));
        QPointer<ui::MainWindow> first = host.window();

        QPointer<ui::FirstStartWizard> wizard = ui::openFirstStart(context, host.window());
        QVERIFY(activeWithFocus(wizard));
        QVERIFY(wizard->isModal());
        QSignalSpy replaced(&host, &ui::MainWindowHost::windowReplaced);
        key(Qt::Key_L, Qt::AltModifier);
        key(Qt::Key_Down);
        QCOMPARE(context.language(), u"hi"_s);
        QVERIFY(replaced.wait());
        QVERIFY(first.isNull());
        QVERIFY(wizard && wizard->isVisible());

        wizard->activateWindow();
        QVERIFY(activeWithFocus(wizard));
        key(Qt::Key_Escape);
        QTRY_VERIFY(wizard.isNull()); // deleted on close
        QVERIFY(!ui::needsFirstStart(context));
        context.setLanguage(u"en"_s);
        QVERIFY(replaced.wait());
    }

    // Run again (Help > Guided setup): it starts from the current workspace and updates it; the
    // IRP page adds a profile through the settings' own dialog, with the seller's GSTIN filled in.
    void againUpdatesTheSellerAndAddsAnIrpProfile()
    {
        ui::AppContext context;
        QVERIFY(context.openStore(storePath()));
        store::SellerProfile seller;
        seller.gstin = u"27AAPFU0939F1ZV"_s;
        seller.legalName = u"Old Name"_s;
        seller.addr1 = u"12, MG Road"_s;
        seller.location = u"Pune"_s;
        seller.pin = 411001;
        seller.stateCode = u"27"_s;
        seller.phone = u"9822012345"_s;
        seller.aato10Crore = true;
        const auto added = context.store()->addWorkspace(seller);
        QVERIFY(added);
        context.setWorkspace(added.value().id);
        QVERIFY(!ui::needsFirstStart(context)); // a store with a workspace

        QPointer<ui::FirstStartWizard> wizard = ui::openFirstStart(context, nullptr);
        QVERIFY(activeWithFocus(wizard));
        key(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(ui::FirstStartWizard::Seller));
        QCOMPARE(wizard->findChild<QLineEdit*>(u"gstinEdit"_s)->text(), seller.gstin);
        QCOMPARE(wizard->findChild<QLineEdit*>(u"stateEdit"_s)->text(), u"Maharashtra (27)"_s);
        key(Qt::Key_L, Qt::AltModifier);
        key(Qt::Key_A, Qt::ControlModifier);
        type(u"Unique Traders LLP"_s);
        key(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(ui::FirstStartWizard::Aato));
        QCOMPARE(wizard->band(), ui::FirstStartWizard::Band::From10Crore); // as saved
        key(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(ui::FirstStartWizard::Irp));

        key(Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(
            QApplication::activeModalWidget() && QApplication::activeModalWidget()->objectName() == u"profileDialog"_s);
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(activeWithFocus(dialog));
        QCOMPARE(dialog->findChild<QLineEdit*>(u"gstinEdit"_s)->text(), seller.gstin);
        key(Qt::Key_N, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"nameEdit"_s);
        type(u"nic-sandbox"_s);
        key(Qt::Key_Tab);
        type(u"https://einv-apisandbox.nic.in"_s);
        key(Qt::Key_Tab);
        type(u"client-1"_s);
        key(Qt::Key_Tab);
        type(u"api-user"_s);
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"publicKeyEdit"_s);
        type(test::dataPath(u"irp/test_rsa_public.pem"_s));
        key(Qt::Key_Return); // Save
        QTRY_VERIFY(QApplication::activeModalWidget() == wizard);
        const auto profile = irp::IrpProfile::load(u"nic-sandbox"_s);
        QVERIFY(profile);
        QCOMPARE(profile->gstin, seller.gstin);
        QVERIFY(wizard->findChild<QLabel*>(u"irpStatusLabel"_s)->text().contains(u"nic-sandbox"_s));

        // The offscreen platform does not give the activation back when a dialog closes, as a
        // window manager does.
        wizard->activateWindow();
        QVERIFY(activeWithFocus(wizard));
        key(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(ui::FirstStartWizard::Finish));
        QVERIFY(wizard->findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"nic-sandbox"_s));
        key(Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(wizard.isNull());

        // The same workspace, its new name, and what the wizard does not ask (the phone) kept.
        const QList<store::Workspace> workspaces = context.store()->workspaces();
        QCOMPARE(workspaces.size(), 1);
        QCOMPARE(workspaces.first().id, added.value().id);
        QCOMPARE(workspaces.first().profile.legalName, u"Unique Traders LLP"_s);
        QCOMPARE(workspaces.first().profile.phone, seller.phone);
        QVERIFY(workspaces.first().profile.aato10Crore);
        QCOMPARE(context.workspaceId(), std::optional<qint64>(added.value().id));
    }

private:
    QString storePath() const { return m_dir.filePath(u"store-%1.sqlite"_s.arg(m_run)); }

    // The window is active and its focus widget is the application's (that one follows the
    // activation a little later, which a slow run such as valgrind's shows): keys typed now reach it.
    static bool activeWithFocus(QWidget* window)
    {
        return window && QTest::qWaitForWindowActive(window) && QTest::qWaitFor([window] {
            QWidget* focus = QApplication::focusWidget();
            return focus && focus->window() == window;
        });
    }

    // Keys go where a keyboard sends them: the focus widget of the active window.
    static void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        QVERIFY(target);
        QTest::keyClick(target, k, modifiers);
    }
    static void type(const QString& text)
    {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, text);
    }

    QTemporaryDir m_dir;
    int m_run = 0;
};

QTEST_MAIN(TestFirstStart)
#include "TestFirstStart.moc"
