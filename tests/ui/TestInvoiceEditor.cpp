// SPDX-License-Identifier: GPL-3.0-or-later
// The invoice editor, offscreen, driven from the keyboard: a real store in a temporary directory,
// a fixed "today", and the rule engine's own codes.
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "core/model/Recompute.h"
#include "core/rules/Validator.h"
#include "ui/AppContext.h"
#include "ui/ErrorGuideDialog.h"
#include "ui/editor/InvoiceEditor.h"
#include "ui/editor/LinesModel.h"

#include "tests/support/TestData.h"
#include "tests/ui/EditorKeyboard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSet>
#include <QSignalSpy>
#include <QToolButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using irndesk::Invoice;
using irndesk::ui::InvoiceEditor;
using irndesk::ui::editor::LinesModel;

namespace {
const QDate kToday(2026, 11, 21);
}

class TestInvoiceEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void intraStateInvoiceByKeyboard();
    void exportInvoice();
    void creditNoteAgainstRegisteredInvoice();
    void undoRestoresFieldAndLine();
    void closingWithChangesAsks();
    void findingClickFocusesField();
    void reopenAndSaveKeepsJson();
    void usedNumberIsFlagged();
    void everyControlIsNamedAndReachable();
    void explainOpensTheGuide();
    void lineDetailsFollowTheCurrentLine();
    void unsavedChangesSurviveAKill();

private:
    InvoiceEditor* openEditor(std::optional<qint64> id, const QString& docType = u"INV"_s);
    QWidget* target() const;
    void restoreActivation();
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString& text);
    bool tabTo(QWidget* widget, int maxTabs = 60);
    template <class W>
    W* child(const QString& name) const
    {
        return m_editor->findChild<W*>(name);
    }
    QString cell(int row, int column) const;
    QJsonObject storedJson(qint64 id) const;
    qint64 addRegisteredInvoice();
    bool panelHas(const QString& code, const QString& path) const;
    bool enterLine(const QString& productPrefix, const QString& qty);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_storeDir;
    std::unique_ptr<irndesk::ui::AppContext> m_context;
    std::unique_ptr<InvoiceEditor> m_editor;
    irndesk::test::EditorKeyboard m_keyboard;
    qint64 m_workspace = 0;
};

void TestInvoiceEditor::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    irndesk::test::isolateSettings(m_settingsDir.path(), u"TestInvoiceEditor"_s);
}

void TestInvoiceEditor::init()
{
    QSettings().clear();
    QDir(InvoiceEditor::recoveryDirectory()).removeRecursively();
    m_storeDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_storeDir->isValid());
    m_context = std::make_unique<irndesk::ui::AppContext>();
    m_context->setToday(kToday);
    m_context->setRoundToRupee(true);
    QVERIFY(m_context->openStore(m_storeDir->filePath(u"store.sqlite"_s)));
    irndesk::store::Store* store = m_context->store();

    irndesk::store::SellerProfile seller;
    seller.gstin = u"27AAPFU0939F1ZV"_s;
    seller.legalName = u"Pune Traders Private Limited"_s;
    seller.addr1 = u"12 Laxmi Road"_s;
    seller.location = u"Pune"_s;
    seller.pin = 411001;
    seller.stateCode = u"27"_s;
    auto workspace = store->addWorkspace(seller);
    QVERIFY(workspace);
    m_workspace = workspace.value().id;
    m_context->setWorkspace(m_workspace);

    irndesk::store::Party party;
    party.workspaceId = m_workspace;
    party.gstin = u"27AABCU9603R1ZN"_s;
    party.legalName = u"Mumbai Retail LLP"_s;
    party.pos = u"27"_s;
    party.addr1 = u"5 Marine Drive"_s;
    party.location = u"Mumbai"_s;
    party.pin = 400001;
    party.stateCode = u"27"_s;
    QVERIFY(store->saveParty(party));

    irndesk::store::Product product;
    product.workspaceId = m_workspace;
    product.description = u"Laptop computer"_s;
    product.hsn = u"84713010"_s;
    product.unit = u"NOS"_s;
    product.gstRate = irndesk::Fixed<3>::parse(u"18"_s);
    product.unitPrice = irndesk::Fixed<3>::parse(u"50000"_s);
    QVERIFY(store->saveProduct(product));
}

void TestInvoiceEditor::cleanup()
{
    if (m_editor) {
        m_editor->undoStack()->setClean(); // no question on the way out
        m_editor.reset();
    }
    m_context.reset();
    m_storeDir.reset();
}

InvoiceEditor* TestInvoiceEditor::openEditor(std::optional<qint64> id, const QString& docType)
{
    m_editor = std::make_unique<InvoiceEditor>(*m_context, id, docType);
    m_editor->show();
    m_editor->activateWindow();
    if (!QTest::qWaitForWindowActive(m_editor.get())) {
        return nullptr;
    }
    return m_editor.get();
}

QWidget* TestInvoiceEditor::target() const
{
    return m_keyboard.target();
}

void TestInvoiceEditor::restoreActivation()
{
    m_keyboard.setWindow(m_editor.get());
    QVERIFY(m_keyboard.restoreActivation());
}

void TestInvoiceEditor::key(Qt::Key k, Qt::KeyboardModifiers modifiers)
{
    m_keyboard.setWindow(m_editor.get());
    m_keyboard.key(k, modifiers);
}

void TestInvoiceEditor::type(const QString& text)
{
    m_keyboard.setWindow(m_editor.get());
    m_keyboard.type(text);
}

bool TestInvoiceEditor::tabTo(QWidget* widget, int maxTabs)
{
    m_keyboard.setWindow(m_editor.get());
    return m_keyboard.tabTo(widget, maxTabs);
}

QString TestInvoiceEditor::cell(int row, int column) const
{
    auto* view = child<QTableView>(u"linesView"_s);
    return view->model()->index(row, column).data().toString();
}

QJsonObject TestInvoiceEditor::storedJson(qint64 id) const
{
    auto json = m_context->store()->invoiceJson(id);
    if (!json) {
        return {};
    }
    return QJsonDocument::fromJson(json.value()).object();
}

bool TestInvoiceEditor::panelHas(const QString& code, const QString& path) const
{
    auto* list = child<QTreeWidget>(u"findingsList"_s);
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == code && list->topLevelItem(i)->text(1) == path) {
            return true;
        }
    }
    return false;
}

bool TestInvoiceEditor::enterLine(const QString& productPrefix, const QString& qty)
{
    m_keyboard.setWindow(m_editor.get());
    return m_keyboard.enterLine(child<QTableView>(u"linesView"_s), productPrefix, qty);
}

qint64 TestInvoiceEditor::addRegisteredInvoice()
{
    Invoice invoice = Invoice::blank();
    invoice.tranDtls.regRev = u"N"_s;
    invoice.docDtls.no = u"MH/2026/0067"_s;
    invoice.docDtls.dt = u"20/11/2026"_s;
    invoice.sellerDtls.gstin = u"27AAPFU0939F1ZV"_s;
    invoice.sellerDtls.lglNm = u"Pune Traders Private Limited"_s;
    invoice.sellerDtls.addr1 = u"12 Laxmi Road"_s;
    invoice.sellerDtls.loc = u"Pune"_s;
    invoice.sellerDtls.pin = 411001;
    invoice.sellerDtls.stcd = u"27"_s;
    invoice.buyerDtls.gstin = u"27AABCU9603R1ZN"_s;
    invoice.buyerDtls.lglNm = u"Mumbai Retail LLP"_s;
    invoice.buyerDtls.pos = u"27"_s;
    invoice.buyerDtls.addr1 = u"5 Marine Drive"_s;
    invoice.buyerDtls.loc = u"Mumbai"_s;
    invoice.buyerDtls.pin = 400001;
    invoice.buyerDtls.stcd = u"27"_s;
    irndesk::Item item;
    item.slNo = u"1"_s;
    item.prdDesc = u"Laptop computer"_s;
    item.isServc = u"N"_s;
    item.hsnCd = u"84713010"_s;
    item.qty = irndesk::Fixed<3>::parse(u"2"_s);
    item.unit = u"NOS"_s;
    item.unitPrice = irndesk::Fixed<3>::parse(u"50000"_s);
    item.gstRt = irndesk::Fixed<3>::parse(u"18"_s);
    invoice.itemList.append(item);
    irndesk::recompute(invoice);
    irndesk::store::Store* store = m_context->store();
    auto id = store->addInvoice(m_workspace, invoice, m_context->validate(invoice));
    if (!id || !store->markSubmitting(id.value())) {
        return 0;
    }
    irndesk::store::IrpResult irp;
    irp.irn = QString(64, u'a');
    irp.ackNo = u"112010000000001"_s;
    irp.ackDate = u"2026-11-20 10:00:00"_s;
    if (!store->recordRegistered(id.value(), irp, u"test"_s)) {
        return 0;
    }
    m_context->notifyInvoicesChanged();
    return id.value();
}

void TestInvoiceEditor::intraStateInvoiceByKeyboard()
{
    QVERIFY(openEditor(std::nullopt));
    auto* number = child<QLineEdit>(u"docDtlsNoEdit"_s);
    QCOMPARE(number->text(), u"INV/26-27/0001"_s); // the series' next number, not yet reserved
    QCOMPARE(child<QLineEdit>(u"docDtlsDtEdit"_s)->text(), u"21/11/2026"_s);
    QCOMPARE(child<QLabel>(u"numberStatusLabel"_s)->text(), u"free"_s);
    QVERIFY(child<QLabel>(u"sellerLabel"_s)->text().contains(u"27AAPFU0939F1ZV"_s));

    // Buyer GSTIN, mistyped (wrong check character): the rule engine's finding is listed and the
    // field is marked.
    auto* gstin = child<QLineEdit>(u"buyerDtlsGstinEdit"_s);
    key(Qt::Key_G, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), gstin);
    type(u"27AABCU9603R1ZX"_s);
    QCOMPARE(m_editor->invoice().buyerDtls.stcd, std::optional<QString>(u"27"_s)); // from the GSTIN
    QCOMPARE(m_editor->invoice().buyerDtls.pos, std::optional<QString>(u"27"_s)); // proposed
    QString code;
    for (const irndesk::Finding& f : irndesk::validate(m_editor->invoice(), m_context->ruleContext())) {
        if (f.path == u"BuyerDtls.Gstin"_s && f.isError()) {
            code = f.code;
        }
    }
    QVERIFY2(!code.isEmpty(), "the rule engine flags the mistyped GSTIN");
    QTRY_VERIFY(panelHas(code, u"BuyerDtls.Gstin"_s));
    QCOMPARE(gstin->property("finding").toString(), u"error"_s);
    QVERIFY(gstin->toolTip().startsWith(code));
    // Fixed: the finding goes, and so does the mark.
    key(Qt::Key_Backspace);
    type(u"N"_s);
    QTRY_VERIFY(!panelHas(code, u"BuyerDtls.Gstin"_s));
    QCOMPARE(gstin->property("finding").toString(), QString());

    // The rest of the buyer from the parties: the completer offers the party of that GSTIN.
    QTRY_VERIFY(QApplication::activePopupWidget());
    key(Qt::Key_Down);
    key(Qt::Key_Return);
    QCOMPARE(m_editor->invoice().buyerDtls.lglNm, std::optional<QString>(u"Mumbai Retail LLP"_s));
    QCOMPARE(m_editor->invoice().buyerDtls.pin, std::optional<qint64>(400001));
    QCOMPARE(child<QLineEdit>(u"buyerDtlsLocEdit"_s)->text(), u"Mumbai"_s);

    // The line: product autocomplete on the description, then the quantity.
    key(Qt::Key_L, Qt::AltModifier);
    auto* view = child<QTableView>(u"linesView"_s);
    QCOMPARE(QApplication::focusWidget(), view);
    QVERIFY(enterLine(u"Lap"_s, u"2"_s));
    QCOMPARE(cell(0, LinesModel::Hsn), u"84713010"_s);
    QCOMPARE(cell(0, LinesModel::UnitPrice), u"50000"_s);
    QCOMPARE(cell(0, LinesModel::GstRate), u"18"_s);

    // Computed as typed: CGST and SGST (intra-state), no IGST column.
    QCOMPARE(cell(0, LinesModel::TotAmt), u"100000"_s);
    QCOMPARE(cell(0, LinesModel::Cgst), u"9000"_s);
    QCOMPARE(cell(0, LinesModel::Sgst), u"9000"_s);
    QCOMPARE(cell(0, LinesModel::TotItemVal), u"118000"_s);
    QVERIFY(view->isColumnHidden(LinesModel::Igst));
    QVERIFY(!view->isColumnHidden(LinesModel::Cgst));
    QCOMPARE(child<QLabel>(u"totalTaxableLabel"_s)->text(), u"₹1,00,000.00"_s);
    QCOMPARE(child<QLabel>(u"totalCgstLabel"_s)->text(), u"₹9,000.00"_s);
    QCOMPARE(child<QLabel>(u"totalSgstLabel"_s)->text(), u"₹9,000.00"_s);
    QCOMPARE(child<QLabel>(u"totalInvoiceLabel"_s)->text(), u"₹1,18,000.00"_s);
    QVERIFY(!child<QLabel>(u"amountInWordsLabel"_s)->text().isEmpty());
    QVERIFY(m_editor->isModified());
    QVERIFY(m_editor->windowTitle().contains(u"INV/26-27/0001"_s));

    // Validate (Ctrl+Enter), then save (Ctrl+S).
    key(Qt::Key_Return, Qt::ControlModifier);
    QString errors;
    for (const irndesk::Finding& f : m_editor->findings()) {
        if (f.isError()) {
            errors += f.code + u' ' + f.path + u' ' + f.message + u'\n';
        }
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    key(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(m_editor->invoiceId());
    QVERIFY(!m_editor->isModified());
    auto stored = m_context->store()->invoice(*m_editor->invoiceId());
    QVERIFY(stored);
    QCOMPARE(stored.value().summary.status, irndesk::store::InvoiceStatus::Ready);
    const QJsonObject json = storedJson(*m_editor->invoiceId());
    QCOMPARE(json[u"DocDtls"_s][u"No"_s].toString(), u"INV/26-27/0001"_s);
    QCOMPARE(json[u"DocDtls"_s][u"Dt"_s].toString(), u"21/11/2026"_s);
    QCOMPARE(json[u"BuyerDtls"_s][u"Gstin"_s].toString(), u"27AABCU9603R1ZN"_s);
    QCOMPARE(json[u"BuyerDtls"_s][u"Pos"_s].toString(), u"27"_s);
    const QJsonObject line = json[u"ItemList"_s].toArray().at(0).toObject();
    QCOMPARE(line[u"PrdDesc"_s].toString(), u"Laptop computer"_s);
    QCOMPARE(line[u"HsnCd"_s].toString(), u"84713010"_s);
    QCOMPARE(line[u"Qty"_s].toDouble(), 2.0);
    QCOMPARE(line[u"CgstAmt"_s].toDouble(), 9000.0);
    QCOMPARE(line[u"SgstAmt"_s].toDouble(), 9000.0);
    QCOMPARE(json[u"ValDtls"_s][u"TotInvVal"_s].toDouble(), 118000.0);
    // The number is now reserved: the next new invoice gets the following one.
    auto next = m_context->store()->nextDocumentNumber(m_workspace, u"INV"_s, u"2026-27"_s, false);
    QVERIFY(next);
    QCOMPARE(next.value(), u"INV/26-27/0002"_s);
}

void TestInvoiceEditor::exportInvoice()
{
    QVERIFY(openEditor(std::nullopt));
    auto* supply = child<QComboBox>(u"tranDtlsSupTypCombo"_s);
    key(Qt::Key_P, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), supply);
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    QCOMPARE(m_editor->invoice().tranDtls.supTyp, std::optional<QString>(u"EXPWP"_s));
    auto* port = child<QLineEdit>(u"expDtlsPortEdit"_s);
    QVERIFY(!port->isHidden() && port->isVisibleTo(m_editor.get())); // the export section opened

    key(Qt::Key_G, Qt::AltModifier);
    type(u"URP"_s);
    key(Qt::Key_Tab);
    type(u"Gulf Imports LLC"_s);
    QVERIFY(tabTo(child<QLineEdit>(u"buyerDtlsAddr1Edit"_s)));
    type(u"1 Harbour Street"_s);
    QVERIFY(tabTo(child<QLineEdit>(u"buyerDtlsLocEdit"_s)));
    type(u"Dubai"_s);
    key(Qt::Key_Tab);
    type(u"999999"_s);
    key(Qt::Key_Tab);
    type(u"96"_s);
    key(Qt::Key_Tab);
    type(u"96"_s);
    // A new buyer goes to the parties from here (Alt+B).
    QSignalSpy partiesChanged(m_context.get(), &irndesk::ui::AppContext::partiesChanged);
    key(Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(partiesChanged.count(), 1);
    const auto saved = m_context->store()->parties(m_workspace, u"Gulf"_s);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().gstin, u"URP"_s);
    QCOMPARE(saved.first().stateCode, u"96"_s);
    QCOMPARE(saved.first().pin, std::optional<qint64>(999999));
    QVERIFY(tabTo(child<QLineEdit>(u"expDtlsShipBNoEdit"_s)));
    type(u"1234567"_s);
    key(Qt::Key_Tab);
    type(u"20/11/2026"_s);
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), port);
    type(u"INNSA1"_s);
    key(Qt::Key_Tab);
    type(u"N"_s);
    key(Qt::Key_Tab);
    type(u"AED"_s);
    key(Qt::Key_Tab);
    type(u"AE"_s);

    key(Qt::Key_L, Qt::AltModifier);
    QVERIFY(enterLine(u"Lap"_s, u"1"_s));

    // Export with payment: IGST, not CGST/SGST.
    auto* view = child<QTableView>(u"linesView"_s);
    QVERIFY(!view->isColumnHidden(LinesModel::Igst));
    QVERIFY(view->isColumnHidden(LinesModel::Cgst));
    QCOMPARE(cell(0, LinesModel::Igst), u"9000"_s);
    QCOMPARE(child<QLabel>(u"totalIgstLabel"_s)->text(), u"₹9,000.00"_s);

    key(Qt::Key_F5);
    QString errors;
    for (const irndesk::Finding& f : m_editor->findings()) {
        if (f.isError()) {
            errors += f.code + u' ' + f.path + u' ' + f.message + u'\n';
        }
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    key(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(m_editor->invoiceId());
    QCOMPARE(m_context->store()->invoice(*m_editor->invoiceId()).value().summary.status,
             irndesk::store::InvoiceStatus::Ready);
    const QJsonObject json = storedJson(*m_editor->invoiceId());
    QCOMPARE(json[u"TranDtls"_s][u"SupTyp"_s].toString(), u"EXPWP"_s);
    QCOMPARE(json[u"BuyerDtls"_s][u"Gstin"_s].toString(), u"URP"_s);
    QCOMPARE(json[u"BuyerDtls"_s][u"Stcd"_s].toString(), u"96"_s);
    QCOMPARE(json[u"BuyerDtls"_s][u"Pos"_s].toString(), u"96"_s);
    QCOMPARE(json[u"BuyerDtls"_s][u"Pin"_s].toInt(), 999999);
    QCOMPARE(json[u"ExpDtls"_s][u"Port"_s].toString(), u"INNSA1"_s);
    QCOMPARE(json[u"ExpDtls"_s][u"ForCur"_s].toString(), u"AED"_s);
    QCOMPARE(json[u"ExpDtls"_s][u"CntCode"_s].toString(), u"AE"_s);
    QCOMPARE(json[u"ItemList"_s].toArray().at(0)[u"IgstAmt"_s].toDouble(), 9000.0);
}

void TestInvoiceEditor::creditNoteAgainstRegisteredInvoice()
{
    const qint64 registered = addRegisteredInvoice();
    QVERIFY(registered);
    QVERIFY(openEditor(std::nullopt, u"CRN"_s));
    QCOMPARE(child<QLineEdit>(u"docDtlsNoEdit"_s)->text(), u"CN/26-27/0001"_s);
    auto* picker = child<QComboBox>(u"precedingInvoiceCombo"_s);
    QVERIFY(picker->isVisibleTo(m_editor.get())); // references open for a note
    QCOMPARE(picker->count(), 2);
    QVERIFY(tabTo(picker));
    key(Qt::Key_Down);
    QCOMPARE(child<QLineEdit>(u"refDtlsPrecDocDtls0InvNoEdit"_s)->text(), u"MH/2026/0067"_s);
    QCOMPARE(child<QLineEdit>(u"refDtlsPrecDocDtls0InvDtEdit"_s)->text(), u"20/11/2026"_s);
    // The buyer of the invoice it corrects.
    QCOMPARE(child<QLineEdit>(u"buyerDtlsGstinEdit"_s)->text(), u"27AABCU9603R1ZN"_s);

    key(Qt::Key_L, Qt::AltModifier);
    QVERIFY(enterLine(u"Lap"_s, u"1"_s));
    QCOMPARE(cell(0, LinesModel::Cgst), u"4500"_s);

    key(Qt::Key_F5);
    QString errors;
    for (const irndesk::Finding& f : m_editor->findings()) {
        if (f.isError()) {
            errors += f.code + u' ' + f.path + u' ' + f.message + u'\n';
        }
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    key(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(m_editor->invoiceId());
    QCOMPARE(m_context->store()->invoice(*m_editor->invoiceId()).value().summary.status,
             irndesk::store::InvoiceStatus::Ready);
    const QJsonObject json = storedJson(*m_editor->invoiceId());
    QCOMPARE(json[u"DocDtls"_s][u"Typ"_s].toString(), u"CRN"_s);
    QCOMPARE(json[u"DocDtls"_s][u"No"_s].toString(), u"CN/26-27/0001"_s);
    const QJsonObject preceding = json[u"RefDtls"_s][u"PrecDocDtls"_s].toArray().at(0).toObject();
    QCOMPARE(preceding[u"InvNo"_s].toString(), u"MH/2026/0067"_s);
    QCOMPARE(preceding[u"InvDt"_s].toString(), u"20/11/2026"_s);
    QCOMPARE(json[u"ValDtls"_s][u"TotInvVal"_s].toDouble(), 59000.0);
}

void TestInvoiceEditor::undoRestoresFieldAndLine()
{
    QVERIFY(openEditor(std::nullopt));
    auto* name = child<QLineEdit>(u"buyerDtlsLglNmEdit"_s);
    key(Qt::Key_M, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), name);
    type(u"Acme"_s);
    QCOMPARE(m_editor->invoice().buyerDtls.lglNm, std::optional<QString>(u"Acme"_s));
    QVERIFY(m_editor->isModified());
    QVERIFY(m_editor->windowTitle().contains(u"[*]"_s) && m_editor->isWindowModified());
    key(Qt::Key_Z, Qt::ControlModifier); // the whole typing is one step
    QCOMPARE(name->text(), QString());
    QVERIFY(!m_editor->invoice().buyerDtls.lglNm);
    QVERIFY(!m_editor->isModified());
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(name->text(), u"Acme"_s);

    // Enter on the last cell adds a line; undo takes it away again.
    key(Qt::Key_L, Qt::AltModifier);
    auto* view = child<QTableView>(u"linesView"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    view->setCurrentIndex(view->model()->index(0, LinesModel::CessRate));
    key(Qt::Key_Return);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(m_editor->invoice().itemList.at(1).slNo, std::optional<QString>(u"2"_s));
    QCOMPARE(view->currentIndex().row(), 1);
    key(Qt::Key_Escape);
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(view->model()->rowCount(), 1);
    // Ctrl+L adds one too, Ctrl+Delete deletes the current one.
    key(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(view->model()->rowCount(), 2);
    key(Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), view);
    key(Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestInvoiceEditor::closingWithChangesAsks()
{
    QVERIFY(openEditor(std::nullopt));
    // Unchanged: closes without a question.
    QVERIFY(m_editor->close());
    QVERIFY(openEditor(std::nullopt));
    key(Qt::Key_M, Qt::AltModifier);
    type(u"Acme"_s);

    QString asked;
    auto answer = [&asked](Qt::Key k) {
        QTimer::singleShot(0, [&asked, k] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box) {
                asked = box->objectName();
                QTest::keyClick(box, k);
            }
        });
    };
    answer(Qt::Key_Escape); // Cancel
    QVERIFY(!m_editor->close());
    QCOMPARE(asked, u"unsavedChangesBox"_s);
    QVERIFY(m_editor->isVisible());
    QVERIFY(!m_editor->invoiceId());

    asked.clear();
    answer(Qt::Key_Return); // the default: Save (a draft with errors may be saved)
    QVERIFY(m_editor->close());
    QCOMPARE(asked, u"unsavedChangesBox"_s);
    QVERIFY(m_editor->invoiceId());
    QCOMPARE(m_context->store()->invoice(*m_editor->invoiceId()).value().summary.status,
             irndesk::store::InvoiceStatus::Draft);
}

void TestInvoiceEditor::findingClickFocusesField()
{
    QVERIFY(openEditor(std::nullopt));
    key(Qt::Key_G, Qt::AltModifier);
    type(u"27AABCU9603R1ZX"_s);
    key(Qt::Key_L, Qt::AltModifier);
    auto* gstin = child<QLineEdit>(u"buyerDtlsGstinEdit"_s);
    QVERIFY(QApplication::focusWidget() != gstin);
    auto* list = child<QTreeWidget>(u"findingsList"_s);
    QTreeWidgetItem* item = nullptr;
    QTRY_VERIFY((item = list->findItems(u"BuyerDtls.Gstin"_s, Qt::MatchExactly, 1).value(0)));
    list->scrollToItem(item);
    restoreActivation();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(QApplication::focusWidget(), gstin);

    // The findings on the (empty) line are marked on their cells.
    const irndesk::Finding* lineFinding = nullptr;
    for (const irndesk::Finding& f : m_editor->findings()) {
        if (f.path.startsWith(u"ItemList[0].PrdDesc"_s) || f.path.startsWith(u"ItemList[0].HsnCd"_s)) {
            lineFinding = &f;
            break;
        }
    }
    QVERIFY(lineFinding);
    const int column = LinesModel::columnOfField(lineFinding->path.section(u'.', 1));
    auto* lines = child<QTableView>(u"linesView"_s);
    QVERIFY(lines->model()->index(0, column).data(Qt::ToolTipRole).toString().startsWith(lineFinding->code));
    QVERIFY(lines->model()->index(0, column).data(Qt::BackgroundRole).isValid());

    // A finding on a line puts the cursor in its cell; one in a folded section opens it.
    QVERIFY(m_editor->goToField(u"ItemList[0].HsnCd"_s));
    auto* view = child<QTableView>(u"linesView"_s);
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->currentIndex(), view->model()->index(0, LinesModel::Hsn));
    auto* port = child<QLineEdit>(u"expDtlsPortEdit"_s);
    QVERIFY(!port->isVisibleTo(m_editor.get()));
    QVERIFY(m_editor->goToField(u"ExpDtls.Port"_s));
    QVERIFY(port->isVisibleTo(m_editor.get()));
    QCOMPARE(QApplication::focusWidget(), port);

    // The fixes the rule engine offers, in one click: the state code follows the GSTIN.
    QVERIFY(m_editor->goToField(u"BuyerDtls.Gstin"_s)); // selects the text: typing replaces it
    type(u"27AABCU9603R1ZN"_s);
    if (QApplication::activePopupWidget()) {
        key(Qt::Key_Escape); // the completer offers the party; not taken
    }
    QVERIFY(m_editor->goToField(u"BuyerDtls.Stcd"_s));
    auto* stcd = child<QLineEdit>(u"buyerDtlsStcdEdit"_s);
    QCOMPARE(QApplication::focusWidget(), stcd);
    type(u"29"_s);
    QCOMPARE(stcd->text(), u"29"_s);
    auto* fixButton = child<QPushButton>(u"applyFixesButton"_s);
    QTRY_VERIFY(fixButton->isEnabled());
    QTest::mouseClick(fixButton, Qt::LeftButton);
    QCOMPARE(stcd->text(), u"27"_s);
}

void TestInvoiceEditor::reopenAndSaveKeepsJson()
{
    // A stored invoice with what an editor could lose: absent flags, a present-but-empty name,
    // amounts the rules accept but recompute would not write, a second preceding document.
    QByteArray source = irndesk::test::readData(u"rules/date-today-pass/invoice.json"_s);
    auto read = irndesk::readInvoice(source);
    QVERIFY(read.invoice);
    Invoice invoice = *read.invoice;
    invoice.buyerDtls.trdNm = QString(u""_s);
    invoice.tranDtls.igstOnIntra.reset();
    irndesk::RefDetails ref;
    ref.invRm = u"Kept as it is"_s;
    irndesk::ContractDetails po1;
    po1.poRefr = u"PO-1"_s;
    irndesk::ContractDetails po2;
    po2.poRefr = u"PO-2"_s;
    ref.contrDtls = { po1, po2 };
    invoice.refDtls = ref;
    irndesk::AdditionalDocument document;
    document.url = u"https://example.com/po-1.pdf"_s;
    invoice.addlDocDtls = { document };
    auto id = m_context->store()->addInvoice(m_workspace, invoice, m_context->validate(invoice));
    QVERIFY(id);
    const QByteArray before = m_context->store()->invoiceJson(id.value()).value();

    QVERIFY(openEditor(id.value()));
    QCOMPARE(child<QLineEdit>(u"buyerDtlsLglNmEdit"_s)->text(), u"Mumbai Retail LLP"_s);
    QCOMPARE(child<QLineEdit>(u"refDtlsInvRmEdit"_s)->text(), u"Kept as it is"_s);
    QCOMPARE(child<QLineEdit>(u"refDtlsContrDtls0PORefrEdit"_s)->text(), u"PO-1"_s);
    QCOMPARE(child<QLineEdit>(u"addlDocDtls0UrlEdit"_s)->text(), u"https://example.com/po-1.pdf"_s);
    QCOMPARE(child<QLineEdit>(u"itemListHsnCdEdit"_s), nullptr); // HSN is a column, not a detail
    QCOMPARE(child<QLineEdit>(u"itemListPrdSlNoEdit"_s)->text(), QString());
    QVERIFY(child<QLineEdit>(u"refDtlsInvRmEdit"_s)->isVisibleTo(m_editor.get())); // its section is open
    QCOMPARE(child<QLabel>(u"numberStatusLabel"_s)->text(), u"this invoice"_s);
    QVERIFY(!m_editor->isModified());
    key(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_context->store()->invoiceJson(id.value()).value(), before);

    // An edit and its undo: still the same JSON.
    key(Qt::Key_M, Qt::AltModifier);
    type(u"X"_s);
    key(Qt::Key_Z, Qt::ControlModifier);
    key(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_context->store()->invoiceJson(id.value()).value(), before);
}

void TestInvoiceEditor::usedNumberIsFlagged()
{
    QVERIFY(addRegisteredInvoice());
    QVERIFY(openEditor(std::nullopt));
    auto* number = child<QLineEdit>(u"docDtlsNoEdit"_s);
    key(Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), number);
    number->selectAll();
    type(u"MH/2026/0067"_s);
    QCOMPARE(child<QLabel>(u"numberStatusLabel"_s)->text(), u"already registered"_s);
    QTRY_COMPARE(number->property("finding").toString(), u"error"_s);
    key(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_editor->invoiceId()); // the store refuses the number
    QVERIFY(!child<QLabel>(u"editorStatusLabel"_s)->text().isEmpty());
}

void TestInvoiceEditor::everyControlIsNamedAndReachable()
{
    QVERIFY(openEditor(std::nullopt));
    // Open every folded section, so that their fields count too.
    for (auto* header : m_editor->findChildren<QToolButton*>()) {
        if (header->objectName().endsWith(u"SectionHeader"_s)) {
            header->setChecked(true);
        }
    }
    QStringList unnamed;
    QSet<QChar> mnemonics;
    QStringList clashes;
    for (QWidget* w : m_editor->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(m_editor.get())) {
            continue;
        }
        if (w->focusPolicy() & Qt::TabFocus && (w->objectName().isEmpty() || w->accessibleName().isEmpty())) {
            unnamed << QString::fromLatin1(w->metaObject()->className()) + u'/' + w->objectName();
        }
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            text = label->text();
            if (text.contains(u'&') && !label->buddy()) {
                clashes << u"no buddy: "_s + text;
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            text = button->text();
        }
        const qsizetype amp = text.indexOf(u'&');
        if (amp >= 0 && amp + 1 < text.size()) {
            const QChar c = text.at(amp + 1).toLower();
            if (mnemonics.contains(c)) {
                clashes << text;
            }
            mnemonics.insert(c);
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u", "_s)));

    // Tab reaches the fields of a section and the lines from the header.
    QVERIFY(tabTo(child<QLineEdit>(u"ewbDtlsVehNoEdit"_s), 120));
    QVERIFY(tabTo(child<QTableView>(u"linesView"_s), 40));
}

void TestInvoiceEditor::explainOpensTheGuide()
{
    QVERIFY(openEditor(std::nullopt));
    key(Qt::Key_G, Qt::AltModifier);
    type(u"27AABCU9603R1ZX"_s);
    auto* list = child<QTreeWidget>(u"findingsList"_s);
    QTreeWidgetItem* item = nullptr;
    QTRY_VERIFY((item = list->findItems(u"BuyerDtls.Gstin"_s, Qt::MatchExactly, 1).value(0)));
    const QString code = item->text(0);
    QSignalSpy explained(m_editor.get(), &InvoiceEditor::explainRequested);
    list->setCurrentItem(item);
    key(Qt::Key_E, Qt::AltModifier); // the button's mnemonic (it clicks after its animation)
    QTRY_COMPARE(explained.count(), 1);
    QCOMPARE(explained.at(0).at(0).toString(), code);
    auto* guide = m_editor->findChild<irndesk::ui::ErrorGuideDialog*>();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    QCOMPARE(guide->currentCode(), code);
}

void TestInvoiceEditor::lineDetailsFollowTheCurrentLine()
{
    QVERIFY(openEditor(std::nullopt));
    key(Qt::Key_L, Qt::AltModifier);
    key(Qt::Key_L, Qt::ControlModifier); // a second line
    key(Qt::Key_Escape);
    auto* view = child<QTableView>(u"linesView"_s);
    QCOMPARE(view->model()->rowCount(), 2);
    auto* barcode = child<QLineEdit>(u"itemListBarcdeEdit"_s);
    QVERIFY(!barcode->isVisibleTo(m_editor.get()));
    QVERIFY(m_editor->goToField(u"ItemList[1].Barcde"_s));
    QVERIFY(barcode->isVisibleTo(m_editor.get()));
    QCOMPARE(QApplication::focusWidget(), barcode);
    type(u"8901234567890"_s);
    QCOMPARE(m_editor->invoice().itemList.at(1).barcde, std::optional<QString>(u"8901234567890"_s));
    QVERIFY(!m_editor->invoice().itemList.at(0).barcde);
    key(Qt::Key_L, Qt::AltModifier);
    key(Qt::Key_Up);
    QCOMPARE(view->currentIndex().row(), 0);
    QCOMPARE(barcode->text(), QString());
    key(Qt::Key_Down);
    QCOMPARE(barcode->text(), u"8901234567890"_s);
    key(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_editor->invoice().itemList.at(1).barcde);
    QCOMPARE(barcode->text(), QString());
}

void TestInvoiceEditor::unsavedChangesSurviveAKill()
{
    QVERIFY(openEditor(std::nullopt));
    key(Qt::Key_M, Qt::AltModifier);
    type(u"Acme Traders"_s);
    const QString file = m_editor->recoveryFile();
    QVERIFY(file.startsWith(InvoiceEditor::recoveryDirectory()));
    QTRY_VERIFY(QFile::exists(file));
    // The program stops without a close: no question, no save.
    m_editor.reset();
    QVERIFY(QFile::exists(file));

    // The next new invoice of the workspace offers the changes; the bar comes first for the keyboard.
    QVERIFY(openEditor(std::nullopt));
    auto* bar = child<QWidget>(u"recoveryBar"_s);
    QVERIFY(bar->isVisibleTo(m_editor.get()));
    QVERIFY(!m_editor->invoice().buyerDtls.lglNm);
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(u"recoverButton"_s));
    key(Qt::Key_Space);
    QCOMPARE(m_editor->invoice().buyerDtls.lglNm, std::optional<QString>(u"Acme Traders"_s));
    QCOMPARE(child<QLineEdit>(u"buyerDtlsLglNmEdit"_s)->text(), u"Acme Traders"_s);
    QVERIFY(m_editor->isModified());
    QVERIFY(!bar->isVisibleTo(m_editor.get()));
    QCOMPARE(m_editor->recoveryFile(), file);
    // Saved: the file goes, and a new editor offers nothing.
    key(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(m_editor->invoiceId());
    QVERIFY(!QFile::exists(file));
    QVERIFY(openEditor(std::nullopt));
    QVERIFY(!child<QWidget>(u"recoveryBar"_s)->isVisibleTo(m_editor.get()));
}

QTEST_MAIN(TestInvoiceEditor)
#include "TestInvoiceEditor.moc"
