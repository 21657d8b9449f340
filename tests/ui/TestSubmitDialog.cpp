// SPDX-License-Identifier: GPL-3.0-or-later
// Submitting from the app: the submit dialog on the local sandbox the app starts (a live row per
// invoice, progress, the summary), the registered invoice's view with its verified QR code and
// the cancel button, and the IRP profiles in the settings (secrets never in the settings file).
#include "core/json/InvoiceReader.h"
#include "core/store/Store.h"
#include "ui/AppContext.h"
#include "ui/InvoiceView.h"
#include "ui/MainWindow.h"
#include "ui/ProfilesGroup.h"
#include "ui/SubmitDialog.h"
#include "ui/LocalSandbox.h"
#include "ui/editor/InvoiceEditor.h"

#include <QUndoStack>

#include "tests/support/TestData.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace irndesk;

namespace {

Invoice sample(const QString& number)
{
    return test::sampleInvoice(number);
}

} // namespace

class TestSubmitDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.filePath(u"settings"_s), u"TestSubmitDialog"_s);
        qputenv("IRNDESK_KEYS", m_dir.filePath(u"trusted"_s).toLocal8Bit());
        // The local sandbox keeps its registrations in the data folder: start from none.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        auto store = std::move(store::Store::open(m_dir.filePath(u"app.sqlite"_s))).value();
        const qint64 ws = store->addWorkspace(store::SellerProfile::fromInvoice(sample(u"X"_s))).value().id;
        for (int i = 1; i <= 3; ++i) {
            m_ids.append(store->addInvoice(ws, sample(u"GUI/"_s + QString::number(i)), {}).value());
        }
        Invoice bad = sample(u"GUI/4"_s);
        bad.buyerDtls.gstin = u"27AABCU9603R1ZX"_s;
        m_bad = store->addInvoice(ws, bad, {}).value();
    }

    void submitsToTheLocalSandbox()
    {
        ui::AppContext context;
        context.setToday(QDate(2026, 11, 20));
        QVERIFY(context.openStore(m_dir.filePath(u"app.sqlite"_s)));
        ui::MainWindow window(context);
        window.show();
        auto* dialog = qobject_cast<ui::SubmitDialog*>(window.submitInvoices());
        QVERIFY(dialog);
        QCOMPARE(dialog->profileChoices().first(), QString()); // the local sandbox comes first
        QSignalSpy finished(dialog, &ui::SubmitDialog::finishedRun);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        auto* table = dialog->findChild<QTableWidget*>(u"resultsTable"_s);
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(dialog->summary().registered, 3);
        QCOMPARE(dialog->summary().notSent, 1);
        QVERIFY(dialog->findChild<QLabel*>(u"summaryLabel"_s)->text().startsWith(u"3 registered"_s));
        for (const qint64 id : m_ids) {
            QCOMPARE(context.store()->invoice(id).value().summary.status, store::InvoiceStatus::Registered);
        }
        QCOMPARE(context.store()->invoice(m_bad).value().summary.status, store::InvoiceStatus::Draft);

        // The registered invoice: its QR code verifies with the local sandbox's certificate
        // (trusted by the app when it started the sandbox) and says it is a sandbox one.
        auto* view = qobject_cast<ui::InvoiceView*>(window.openInvoice(m_ids.first()));
        QVERIFY(view);
        QVERIFY(view->check().ok());
        QVERIFY(view->check().sandbox());
        QVERIFY(view->findChild<QLabel*>(u"sandboxLabel"_s)->isVisible());
        QVERIFY2(view->findChild<QLabel*>(u"sandboxLabel"_s)->text().contains(u"a sandbox IRP (IRN Desk Sandbox)"_s),
            qPrintable(view->findChild<QLabel*>(u"sandboxLabel"_s)->text()));
        auto* cancel = view->findChild<QPushButton*>(u"cancelIrnButton"_s);
        QVERIFY(cancel->isEnabled());
        QSignalSpy cancelled(view, &ui::InvoiceView::cancelFinished);
        view->startCancel(2, u"Wrong rate"_s);
        QVERIFY(cancelled.wait(30000));
        QVERIFY2(cancelled.first().at(0).toBool(), qPrintable(cancelled.first().at(1).toString()));
        QCOMPARE(context.store()->invoice(m_ids.first()).value().summary.status, store::InvoiceStatus::Cancelled);
        QVERIFY(view->findChild<QLabel*>(u"cancelLabel"_s)->text().startsWith(u"Cancelled on"_s));
        QVERIFY(!cancel->isEnabled());
        view->close();
        dialog->close();
    }

    void editorFetchesTheBuyerFromTheIrp()
    {
        ui::AppContext context;
        context.setToday(QDate(2026, 11, 20));
        QVERIFY(context.openStore(m_dir.filePath(u"app.sqlite"_s)));
        // A buyer the (local sandbox) IRP knows: a party of the store.
        store::Party buyer;
        buyer.workspaceId = *context.workspaceId();
        buyer.gstin = u"29AAGCB7383J1Z4"_s;
        buyer.legalName = u"Bengaluru Components Pvt Ltd"_s;
        buyer.addr1 = u"14 MG Road"_s;
        buyer.location = u"Bengaluru"_s;
        buyer.pin = 560001;
        buyer.stateCode = u"29"_s;
        QVERIFY(context.store()->saveParty(buyer));
        context.localSandbox().stop(); // started again with the store's GSTINs
        ui::InvoiceEditor editor(context, std::nullopt, u"INV"_s);
        editor.show();
        auto* gstin = editor.findChild<QLineEdit*>(u"buyerDtlsGstinEdit"_s);
        gstin->setFocus();
        QTest::keyClicks(gstin, u"29AAGCB7383J1Z4"_s);
        QSignalSpy looked(&editor, &ui::InvoiceEditor::buyerLookedUp);
        QTest::mouseClick(editor.findChild<QPushButton*>(u"fetchBuyerButton"_s), Qt::LeftButton);
        QVERIFY(looked.wait(30000));
        QVERIFY2(looked.first().at(0).toBool(), qPrintable(looked.first().at(1).toString()));
        QCOMPARE(editor.invoice().buyerDtls.lglNm, std::optional<QString>(u"Bengaluru Components Pvt Ltd"_s));
        QCOMPARE(editor.invoice().buyerDtls.pin, std::optional<qint64>(560001));
        QCOMPARE(editor.invoice().buyerDtls.stcd, std::optional<QString>(u"29"_s));
        // One the IRP does not know: said, and nothing changed.
        gstin->selectAll();
        QTest::keyClicks(gstin, u"33AAACT2727Q1ZV"_s);
        QTest::mouseClick(editor.findChild<QPushButton*>(u"fetchBuyerButton"_s), Qt::LeftButton);
        QVERIFY(looked.wait(30000));
        QVERIFY(!looked.last().at(0).toBool());
        QVERIFY2(looked.last().at(1).toString().contains(u"3001"_s), qPrintable(looked.last().at(1).toString()));
        editor.undoStack()->setClean();
    }

    void profilesKeepNoSecret()
    {
        ui::ProfilesGroup group;
        group.show();
        QTest::mouseClick(group.findChild<QPushButton*>(u"addProfileButton"_s), Qt::LeftButton);
        ui::ProfileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = group.findChild<ui::ProfileDialog*>()) != nullptr);
        const auto type = [&](const char* name, const QString& text) {
            auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(name));
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        type("nameEdit", u"nic-sandbox"_s);
        type("urlEdit", u"https://einv-apisandbox.nic.in"_s);
        type("clientIdEdit", u"AAACLIENT"_s);
        type("userEdit", u"apiuser"_s);
        type("gstinEdit", u"27AAPFU0939F1Z"_s); // one character short
        type("publicKeyEdit", test::dataPath(u"irp/test_rsa_public.pem"_s));
        type("secretEnvEdit", u"MY_SECRET"_s);
        type("passwordEnvEdit", u"MY_PASSWORD"_s);
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problem().contains(u"gstin"_s, Qt::CaseInsensitive), qPrintable(dialog->problem()));
        type("gstinEdit", u"27AAPFU0939F1ZV"_s);
        dialog->accept();
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        auto* table = group.findChild<QTableWidget*>(u"profilesTable"_s);
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 4)->text(), u"$MY_SECRET, $MY_PASSWORD"_s);
        const auto saved = irp::IrpProfile::load(u"nic-sandbox"_s);
        QVERIFY(saved);
        QVERIFY(saved->publicKeyPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        // Without the variables set, the connection says which one is missing.
        const Result<irp::IrpConnection> missing = saved->connection();
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"MY_SECRET"_s));
        qputenv("MY_SECRET", "s3cr3t-value");
        qputenv("MY_PASSWORD", "pa55-value");
        QCOMPARE(saved->connection().value().password, u"pa55-value"_s);
        QDirIterator files(m_dir.filePath(u"settings"_s), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY(!content.contains("s3cr3t-value") && !content.contains("pa55-value"));
        }
    }

private:
    QTemporaryDir m_dir;
    QList<qint64> m_ids;
    qint64 m_bad = 0;
};

QTEST_MAIN(TestSubmitDialog)
#include "TestSubmitDialog.moc"
