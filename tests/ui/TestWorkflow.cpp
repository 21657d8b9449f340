// SPDX-License-Identifier: GPL-3.0-or-later
// What a small business does on its first day, through the real main window, keyboard only where
// a user types: create the workspace, add a buyer and a product, type an intra-state invoice
// (CGST and SGST computed), see a mistyped GSTIN flagged and fixed, save it, find it ready in the
// list, export it, and read the bulk file back.
#include "ui/AppContext.h"
#include "ui/BulkTask.h"
#include "ui/InvoiceListModel.h"
#include "ui/InvoicesPage.h"
#include "ui/MainWindow.h"
#include "ui/MasterDialog.h"
#include "ui/WorkspaceDialog.h"
#include "ui/editor/InvoiceEditor.h"

#include "tests/support/TestData.h"
#include "tests/ui/EditorKeyboard.h"

#include <QAction>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace irndesk;

namespace {

template <class W>
W* waitForChild(QObject* parent, const QString& name = {})
{
    W* found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        found = name.isEmpty() ? parent->findChild<W*>() : parent->findChild<W*>(name);
        return found && (!qobject_cast<QWidget*>(found) || qobject_cast<QWidget*>(found)->isVisible());
    });
    return shown ? found : nullptr;
}

void typeInto(QWidget* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

bool findingsHave(QWidget* editor, const QString& path)
{
    auto* list = editor->findChild<QTreeWidget*>(u"findingsList"_s);
    for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(1) == path) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.filePath(u"settings"_s), u"TestWorkflow"_s);
    }

    void firstDayFromAnEmptyStoreToABulkFile()
    {
        ui::AppContext context;
        context.setToday(QDate(2026, 11, 21));
        QVERIFY(context.openStore(m_dir.filePath(u"first-day.sqlite"_s)));
        QVERIFY(!context.workspaceId());
        ui::MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The workspace: the seller's profile.
        window.findChild<QAction*>(u"newWorkspaceAction"_s)->trigger();
        auto* workspace = waitForChild<ui::WorkspaceDialog>(&window);
        QVERIFY(workspace);
        typeInto(workspace->findChild<QLineEdit*>(u"gstinEdit"_s), u"27AAPFU0939F1ZV"_s);
        typeInto(workspace->findChild<QLineEdit*>(u"legalNameEdit"_s), u"Pune Traders Private Limited"_s);
        typeInto(workspace->findChild<QLineEdit*>(u"addr1Edit"_s), u"12 Laxmi Road"_s);
        typeInto(workspace->findChild<QLineEdit*>(u"locationEdit"_s), u"Pune"_s);
        typeInto(workspace->findChild<QLineEdit*>(u"pinEdit"_s), u"411001"_s);
        QTest::mouseClick(workspace->findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(context.workspaceId().has_value());
        QCOMPARE(context.workspace()->profile.stateCode, u"27"_s);

        // A buyer on the Parties page, a product on the Products page.
        window.setCurrentPage(ui::MainWindow::Page::Parties);
        QWidget* parties = window.findChild<QWidget*>(u"partiesPage"_s);
        QTest::mouseClick(parties->findChild<QPushButton*>(u"addButton"_s), Qt::LeftButton);
        auto* party = waitForChild<ui::MasterDialog>(parties);
        QVERIFY(party);
        typeInto(party->editorOf(u"Gstin"_s), u"27AABCU9603R1ZN"_s);
        typeInto(party->editorOf(u"LglNm"_s), u"Mumbai Retail LLP"_s);
        typeInto(party->editorOf(u"Addr1"_s), u"5 Marine Drive"_s);
        typeInto(party->editorOf(u"Loc"_s), u"Mumbai"_s);
        typeInto(party->editorOf(u"Pin"_s), u"400001"_s);
        QTest::keyClick(party->editorOf(u"Pin"_s), Qt::Key_Return);
        QTRY_COMPARE(context.store()->parties(*context.workspaceId()).size(), 1);

        window.setCurrentPage(ui::MainWindow::Page::Products);
        QWidget* products = window.findChild<QWidget*>(u"productsPage"_s);
        QTest::mouseClick(products->findChild<QPushButton*>(u"addButton"_s), Qt::LeftButton);
        auto* product = waitForChild<ui::MasterDialog>(products);
        QVERIFY(product);
        typeInto(product->editorOf(u"PrdDesc"_s), u"Laptop computer"_s);
        typeInto(product->editorOf(u"HsnCd"_s), u"84713010"_s);
        typeInto(product->editorOf(u"Unit"_s), u"NOS"_s);
        typeInto(product->editorOf(u"GstRt"_s), u"18"_s);
        typeInto(product->editorOf(u"UnitPrice"_s), u"50000"_s);
        QTest::keyClick(product->editorOf(u"UnitPrice"_s), Qt::Key_Return);
        QTRY_COMPARE(context.store()->products(*context.workspaceId()).size(), 1);

        // The invoice, keyboard only: Ctrl+N, the buyer's GSTIN (mistyped, then fixed), the
        // party from the completer, the line from the product, Ctrl+S.
        window.setCurrentPage(ui::MainWindow::Page::Invoices);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto* editor = waitForChild<ui::InvoiceEditor>(&window);
        QVERIFY(editor);
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        test::EditorKeyboard keyboard(editor);
        keyboard.key(Qt::Key_G, Qt::AltModifier);
        keyboard.type(u"27AABCU9603R1ZX"_s);
        QTRY_VERIFY(findingsHave(editor, u"BuyerDtls.Gstin"_s));
        keyboard.key(Qt::Key_Backspace);
        keyboard.type(u"N"_s);
        QTRY_VERIFY(!findingsHave(editor, u"BuyerDtls.Gstin"_s));
        QTRY_VERIFY(QApplication::activePopupWidget());
        keyboard.key(Qt::Key_Down);
        keyboard.key(Qt::Key_Return);
        keyboard.key(Qt::Key_L, Qt::AltModifier);
        QVERIFY(keyboard.enterLine(editor->findChild<QTableView*>(u"linesView"_s), u"Lap"_s, u"2"_s));
        QCOMPARE(editor->findChild<QLabel*>(u"totalCgstLabel"_s)->text(), u"₹9,000.00"_s);
        QCOMPARE(editor->findChild<QLabel*>(u"totalSgstLabel"_s)->text(), u"₹9,000.00"_s);
        QCOMPARE(editor->findChild<QLabel*>(u"totalInvoiceLabel"_s)->text(), u"₹1,18,000.00"_s);
        keyboard.key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(editor->invoiceId().has_value());
        const qint64 id = *editor->invoiceId();
        editor->close();

        // In the list, ready.
        auto* page = window.findChild<ui::InvoicesPage*>(u"invoicesPage"_s);
        QVERIFY(page);
        ui::InvoiceListModel* model = page->model();
        QTRY_VERIFY(model->rowOf(id) >= 0);
        QTRY_COMPARE(model->index(model->rowOf(id), ui::InvoiceListModel::Status).data().toString(),
            store::statusTitle(store::InvoiceStatus::Ready));
        QCOMPARE(model->index(model->rowOf(id), ui::InvoiceListModel::Number).data().toString(), u"INV/26-27/0001"_s);

        // Exported, and the file holds it as typed.
        QTemporaryDir out;
        QSignalSpy started(page, &ui::InvoicesPage::bulkStarted);
        page->exportTo(out.path(), 2'000'000);
        QCOMPARE(started.count(), 1);
        auto* progress = started.first().first().value<ui::BulkProgressDialog*>();
        QVERIFY(QTest::qWaitFor([progress] { return progress->task()->isFinished(); }, 60'000));
        const QStringList files = QDir(out.path()).entryList({ u"*.json"_s }, QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile file(QDir(out.path()).filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray bulk = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(bulk.size(), 1);
        const QJsonObject invoice = bulk.first().toObject();
        QCOMPARE(invoice[u"DocDtls"_s][u"No"_s].toString(), u"INV/26-27/0001"_s);
        QCOMPARE(invoice[u"BuyerDtls"_s][u"Gstin"_s].toString(), u"27AABCU9603R1ZN"_s);
        QCOMPARE(invoice[u"ItemList"_s][0][u"CgstAmt"_s].toDouble(), 9000.0);
        QCOMPARE(invoice[u"ValDtls"_s][u"TotInvVal"_s].toDouble(), 118000.0);
        QCOMPARE(context.store()->invoice(id).value().summary.status, store::InvoiceStatus::Exported);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWorkflow)
#include "TestWorkflow.moc"
