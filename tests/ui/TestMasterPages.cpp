// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace dialog and the Parties and Products pages, offscreen, on a real store in a
// temporary directory, driven through their widgets with the keyboard where a user would type.
#include "core/rules/Gstin.h"
#include "ui/AppContext.h"
#include "ui/MasterDialog.h"
#include "ui/PartiesPage.h"
#include "ui/ProductsPage.h"
#include "ui/WorkspaceDialog.h"

#include "tests/support/TestData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace irndesk;
using namespace irndesk::ui;

namespace {

/// `first14` completed with its check character.
QString gstin(const QString& first14)
{
    return first14 + gstinCheckCharacter(first14);
}

/// Selects all of `edit` and types `text`, as a user replaces a field.
void retype(QWidget* edit, const QString& text)
{
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty()) {
        QTest::keyClick(edit, Qt::Key_Delete);
    } else {
        QTest::keyClicks(edit, text);
    }
}

/// Writes a minimal XLSX workbook with one sheet of inline strings and numbers (a cell that
/// parses as a number is written as one).
bool writeXlsx(const QString& path, const QList<QStringList>& rows)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        return false;
    }
    const auto add = [&](const QString& name, const QByteArray& data) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
            return false;
        }
        file.write(data);
        file.close();
        return file.getZipError() == 0;
    };
    QByteArray sheet = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
    for (int r = 0; r < rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString ref = QString(QChar(u'A' + c)) + QString::number(r + 1);
            const QString value = rows[r][c];
            bool number = false;
            value.toDouble(&number);
            if (value.isEmpty()) {
                continue;
            }
            if (number && r > 0) {
                sheet += "<c r=\"" + ref.toUtf8() + "\"><v>" + value.toUtf8() + "</v></c>";
            } else {
                sheet += "<c r=\"" + ref.toUtf8() + "\" t=\"inlineStr\"><is><t>" + value.toHtmlEscaped().toUtf8()
                    + "</t></is></c>";
            }
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    return add(u"[Content_Types].xml"_s, R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>)")
        && add(u"_rels/.rels"_s, R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)")
        && add(u"xl/workbook.xml"_s, R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Products" sheetId="1" r:id="rId1"/></sheets></workbook>)")
        && add(u"xl/_rels/workbook.xml.rels"_s, R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)")
        && add(u"xl/worksheets/sheet1.xml"_s, sheet);
}

} // namespace

class TestMasterPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void workspaceDialogCreates();
    void workspaceDialogRefuses_data();
    void workspaceDialogRefuses();
    void workspaceDialogEdits();
    void partyAddEditDelete();
    void productAddEditDelete();
    void importPartiesFromCsv();
    void importProductsFromXlsx();
    void pagesFollowTheWorkspace();
    void cancelledImportAddsNothing();
    void shippedTemplatesImportWhole_data();
    void shippedTemplatesImportWhole();

private:
    qint64 addWorkspace(const QString& first14 = u"27AAPFU0939F1Z"_s);
    template <class Dialog> Dialog* waitForDialog(QWidget* parent, const QString& name);
    void chooseFile(QWidget* page, const QString& dialogName, const QString& path);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
};

void TestMasterPages::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir.path(), u"TestMasterPages"_s);
}

void TestMasterPages::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_context = std::make_unique<AppContext>();
    m_context->setToday(QDate(2026, 11, 21));
    const Status opened = m_context->openStore(m_dir->filePath(u"store.sqlite"_s));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
}

void TestMasterPages::cleanup()
{
    m_context.reset();
    m_dir.reset();
}

qint64 TestMasterPages::addWorkspace(const QString& first14)
{
    store::SellerProfile profile;
    profile.gstin = gstin(first14);
    profile.legalName = u"Pune Traders Private Limited"_s;
    profile.addr1 = u"12 Laxmi Road"_s;
    profile.location = u"Pune"_s;
    profile.pin = 411001;
    profile.stateCode = u"27"_s;
    auto added = m_context->store()->addWorkspace(profile);
    if (!added) {
        qWarning() << added.error().message;
        return 0;
    }
    m_context->setWorkspace(added.value().id);
    return added.value().id;
}

template <class Dialog> Dialog* TestMasterPages::waitForDialog(QWidget* parent, const QString& name)
{
    Dialog* dialog = nullptr;
    const bool found = QTest::qWaitFor([&] {
        dialog = parent->findChild<Dialog*>(name);
        return dialog && dialog->isVisible();
    });
    if (!found) {
        return nullptr;
    }
    // Offscreen windows are not activated by themselves; a user's new dialog is.
    dialog->activateWindow();
    return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

void TestMasterPages::chooseFile(QWidget* page, const QString& dialogName, const QString& path)
{
    auto* dialog = waitForDialog<QFileDialog>(page, dialogName);
    QVERIFY(dialog);
    // The file is chosen through the dialog's API: typing into the widget-based dialog offscreen
    // races its directory loading thread.
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, public through QDialog
    QTRY_VERIFY(page->findChild<QFileDialog*>() == nullptr);
}

void TestMasterPages::workspaceDialogCreates()
{
    WorkspaceDialog dialog(*m_context, std::nullopt);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* gstinEdit = dialog.findChild<QLineEdit*>(u"gstinEdit"_s);
    QVERIFY(gstinEdit);
    QTest::keyClicks(gstinEdit, u"27AAPFU0939F1Z"_s);
    QCOMPARE(dialog.findChild<QLabel*>(u"gstinStatusLabel"_s)->text(), u"14 of 15 characters"_s);
    QTest::keyClicks(gstinEdit, u"V"_s);
    QCOMPARE(dialog.findChild<QLabel*>(u"gstinStatusLabel"_s)->text(), u"Valid GSTIN"_s);
    QVERIFY(dialog.findChild<QLabel*>(u"stateLabel"_s)->text().startsWith(u"27 "_s));
    // Tab through the form, as a user fills it.
    QTest::keyClick(gstinEdit, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"Pune Traders Private Limited"_s);
    QCOMPARE(dialog.findChild<QLineEdit*>(u"legalNameEdit"_s)->text(), u"Pune Traders Private Limited"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"addr1Edit"_s), u"12 Laxmi Road"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"locationEdit"_s), u"Pune"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"pinEdit"_s), u"411001"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"emailEdit"_s), u"accounts@pune.example"_s);
    dialog.findChild<QCheckBox*>(u"aatoCheck"_s)->setFocus();
    QTest::keyClick(dialog.findChild<QCheckBox*>(u"aatoCheck"_s), Qt::Key_Space);
    QTest::keyClick(dialog.findChild<QLineEdit*>(u"pinEdit"_s), Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(dialog.workspaceId());
    const auto saved = m_context->store()->workspace(*dialog.workspaceId());
    QVERIFY(saved);
    QCOMPARE(saved->profile.gstin, u"27AAPFU0939F1ZV"_s);
    QCOMPARE(saved->profile.legalName, u"Pune Traders Private Limited"_s);
    QCOMPARE(saved->profile.pin, std::optional<qint64>(411001));
    QCOMPARE(saved->profile.stateCode, u"27"_s);
    QCOMPARE(saved->profile.email, u"accounts@pune.example"_s);
    QVERIFY(saved->profile.aato10Crore);
}

void TestMasterPages::workspaceDialogRefuses_data()
{
    QTest::addColumn<QString>("gstin");
    QTest::addColumn<QString>("legalName");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("focused");
    QTest::newRow("bad check character") << u"27AAPFU0939F1ZX"_s << u"Pune Traders"_s << u"411001"_s << u"GSTIN"_s
                                         << u"gstinEdit"_s;
    QTest::newRow("not a GSTIN") << u"27AAPFU0939"_s << u"Pune Traders"_s << u"411001"_s << u"GSTIN"_s << u"gstinEdit"_s;
    QTest::newRow("no legal name") << u"27AAPFU0939F1ZV"_s << QString() << u"411001"_s << u"Legal name"_s
                                   << u"lglNm"_s;
    QTest::newRow("PIN of 5 digits") << u"27AAPFU0939F1ZV"_s << u"Pune Traders"_s << u"41100"_s << u"PIN"_s
                                     << u"pinEdit"_s;
    QTest::newRow("no PIN") << u"27AAPFU0939F1ZV"_s << u"Pune Traders"_s << QString() << u"PIN"_s << u"pinEdit"_s;
    QTest::newRow("GSTIN already a workspace") << u"27AAPFU0939F1ZV"_s << u"Again"_s << u"411001"_s << u"GSTIN"_s
                                               << u"gstinEdit"_s;
}

void TestMasterPages::workspaceDialogRefuses()
{
    QFETCH(QString, gstin);
    QFETCH(QString, legalName);
    QFETCH(QString, pin);
    QFETCH(QString, field);
    QFETCH(QString, focused);
    if (qstrcmp(QTest::currentDataTag(), "GSTIN already a workspace") == 0) {
        QVERIFY(addWorkspace() != 0);
    }
    const auto before = m_context->store()->workspaces().size();
    WorkspaceDialog dialog(*m_context, std::nullopt);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"gstinEdit"_s), gstin);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"legalNameEdit"_s), legalName);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"pinEdit"_s), pin);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    auto* error = dialog.findChild<QLabel*>(u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(field + u':'), qPrintable(error->text()));
    if (focused == u"lglNm"_s) {
        focused = u"legalNameEdit"_s;
    }
    QCOMPARE(QApplication::focusWidget()->objectName(), focused);
    QCOMPARE(m_context->store()->workspaces().size(), before);
}

void TestMasterPages::workspaceDialogEdits()
{
    const qint64 id = addWorkspace();
    QVERIFY(id);
    WorkspaceDialog dialog(*m_context, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QLineEdit*>(u"gstinEdit"_s)->text(), u"27AAPFU0939F1ZV"_s);
    retype(dialog.findChild<QLineEdit*>(u"tradeNameEdit"_s), u"Pune Traders"_s);
    QTest::keyClick(dialog.findChild<QLineEdit*>(u"tradeNameEdit"_s), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.workspaceId(), std::optional<qint64>(id));
    QCOMPARE(m_context->store()->workspace(id)->profile.tradeName, u"Pune Traders"_s);
    QCOMPARE(m_context->store()->workspaces().size(), 1);
}

void TestMasterPages::partyAddEditDelete()
{
    QVERIFY(addWorkspace());
    PartiesPage page(*m_context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy changed(m_context.get(), &AppContext::partiesChanged);
    auto* table = page.findChild<QTableView*>(u"partiesTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);

    // Add.
    QTest::mouseClick(page.findChild<QPushButton*>(u"addButton"_s), Qt::LeftButton);
    auto* dialog = waitForDialog<MasterDialog>(&page, u"partyDialog"_s);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->editorOf(u"Gstin"_s), u"27AABCU9603R1ZN"_s);
    QTest::keyClicks(dialog->editorOf(u"LglNm"_s), u"Mumbai Retail LLP"_s);
    QTest::keyClicks(dialog->editorOf(u"Pin"_s), u"560001"_s); // Bengaluru: not in Maharashtra
    QTest::keyClick(dialog->editorOf(u"Pin"_s), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    auto* error = dialog->findChild<QLabel*>(u"errorLabel"_s);
    QVERIFY2(error->text().startsWith(u"PIN:"_s), qPrintable(error->text()));
    QCOMPARE(dialog->focusWidget(), dialog->editorOf(u"Pin"_s));
    retype(dialog->editorOf(u"Pin"_s), u"400001"_s);
    QTest::keyClick(dialog->editorOf(u"Pin"_s), Qt::Key_Return);
    QTRY_VERIFY(page.findChild<MasterDialog*>() == nullptr);
    QCOMPARE(changed.count(), 1);
    QList<store::Party> parties = m_context->store()->parties(*m_context->workspaceId());
    QCOMPARE(parties.size(), 1);
    QCOMPARE(parties[0].gstin, u"27AABCU9603R1ZN"_s);
    QCOMPARE(parties[0].stateCode, u"27"_s); // from the GSTIN
    QCOMPARE(parties[0].pin, std::optional<qint64>(400001));
    QCOMPARE(parties[0].kind, store::Party::Kind::Buyer);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 2).data().toString(), u"Mumbai Retail LLP"_s);

    // Edit: Enter on the row opens it.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    dialog = waitForDialog<MasterDialog>(&page, u"partyDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(qobject_cast<QLineEdit*>(dialog->editorOf(u"LglNm"_s))->text(), u"Mumbai Retail LLP"_s);
    retype(dialog->editorOf(u"Gstin"_s), u"27AABCU9603R1ZX"_s);
    QTest::keyClick(dialog->editorOf(u"Gstin"_s), Qt::Key_Return);
    QVERIFY(dialog->findChild<QLabel*>(u"errorLabel"_s)->text().startsWith(u"GSTIN:"_s));
    retype(dialog->editorOf(u"Gstin"_s), u"27AABCU9603R1ZN"_s);
    retype(dialog->editorOf(u"LglNm"_s), u"Mumbai Retail Private Limited"_s);
    auto* kind = qobject_cast<QComboBox*>(dialog->editorOf(u"Kind"_s));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QTest::keyClick(dialog->editorOf(u"LglNm"_s), Qt::Key_Return);
    QTRY_VERIFY(page.findChild<MasterDialog*>() == nullptr);
    parties = m_context->store()->parties(*m_context->workspaceId());
    QCOMPARE(parties.size(), 1);
    QCOMPARE(parties[0].legalName, u"Mumbai Retail Private Limited"_s);
    QCOMPARE(parties[0].kind, store::Party::Kind::ShipTo);
    QCOMPARE(table->model()->index(0, 2).data().toString(), u"Mumbai Retail Private Limited"_s);

    // Search.
    QTest::keyClicks(page.findChild<QLineEdit*>(u"searchEdit"_s), u"nothing like it"_s);
    QCOMPARE(table->model()->rowCount(), 0);
    retype(page.findChild<QLineEdit*>(u"searchEdit"_s), u"mumbai"_s);
    QCOMPARE(table->model()->rowCount(), 1);

    // Delete: the Delete key asks first; No keeps it, Yes deletes.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    auto* box = waitForDialog<QMessageBox>(&page, u"deleteConfirmBox"_s);
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(page.findChild<QMessageBox*>() == nullptr);
    QCOMPARE(m_context->store()->parties(*m_context->workspaceId()).size(), 1);
    QTest::keyClick(table, Qt::Key_Delete);
    box = waitForDialog<QMessageBox>(&page, u"deleteConfirmBox"_s);
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(page.findChild<QMessageBox*>() == nullptr);
    QCOMPARE(m_context->store()->parties(*m_context->workspaceId()).size(), 0);
    QCOMPARE(table->model()->rowCount(), 0);
}

void TestMasterPages::productAddEditDelete()
{
    QVERIFY(addWorkspace());
    ProductsPage page(*m_context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = page.findChild<QTableView*>(u"productsTable"_s);
    QVERIFY(table);

    QTest::mouseClick(page.findChild<QPushButton*>(u"addButton"_s), Qt::LeftButton);
    auto* dialog = waitForDialog<MasterDialog>(&page, u"productDialog"_s);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->editorOf(u"PrdDesc"_s), u"Laptop computer"_s);
    QTest::keyClicks(dialog->editorOf(u"HsnCd"_s), u"84713010"_s);
    QTest::keyClicks(dialog->editorOf(u"Unit"_s), u"nos"_s);
    QTest::keyClicks(dialog->editorOf(u"GstRt"_s), u"17"_s);
    QTest::keyClicks(dialog->editorOf(u"UnitPrice"_s), u"50,000.125"_s);
    QTest::keyClick(dialog->editorOf(u"UnitPrice"_s), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->findChild<QLabel*>(u"errorLabel"_s)->text().startsWith(u"GST rate:"_s),
             qPrintable(dialog->findChild<QLabel*>(u"errorLabel"_s)->text()));
    QCOMPARE(dialog->focusWidget(), dialog->editorOf(u"GstRt"_s));
    retype(dialog->editorOf(u"GstRt"_s), u"18"_s);
    retype(dialog->editorOf(u"HsnCd"_s), u"84713"_s);
    QTest::keyClick(dialog->editorOf(u"HsnCd"_s), Qt::Key_Return);
    QVERIFY(dialog->findChild<QLabel*>(u"errorLabel"_s)->text().startsWith(u"HSN:"_s));
    retype(dialog->editorOf(u"HsnCd"_s), u"84713010"_s);
    QTest::keyClick(dialog->editorOf(u"HsnCd"_s), Qt::Key_Return);
    QTRY_VERIFY(page.findChild<MasterDialog*>() == nullptr);
    QList<store::Product> products = m_context->store()->products(*m_context->workspaceId());
    QCOMPARE(products.size(), 1);
    QCOMPARE(products[0].unit, u"NOS"_s);
    QCOMPARE(products[0].gstRate, Decimal3(Rate::fromUnits(18)));
    QCOMPARE(products[0].unitPrice->raw(), 50000125); // exact, thousandths of a rupee
    QVERIFY(!products[0].isService);
    QCOMPARE(table->model()->rowCount(), 1);

    // Edit with the Edit button: a service now.
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::mouseClick(page.findChild<QPushButton*>(u"editButton"_s), Qt::LeftButton);
    dialog = waitForDialog<MasterDialog>(&page, u"productDialog"_s);
    QVERIFY(dialog);
    retype(dialog->editorOf(u"PrdDesc"_s), u"Laptop repair"_s);
    retype(dialog->editorOf(u"HsnCd"_s), u"998713"_s);
    retype(dialog->editorOf(u"Unit"_s), u"BOXX"_s);
    auto* service = qobject_cast<QCheckBox*>(dialog->editorOf(u"IsServc"_s));
    service->setFocus();
    QTest::keyClick(service, Qt::Key_Space);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(dialog->findChild<QLabel*>(u"errorLabel"_s)->text().startsWith(u"Unit:"_s));
    retype(dialog->editorOf(u"Unit"_s), QString());
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(page.findChild<MasterDialog*>() == nullptr);
    products = m_context->store()->products(*m_context->workspaceId());
    QCOMPARE(products.size(), 1);
    QCOMPARE(products[0].description, u"Laptop repair"_s);
    QVERIFY(products[0].isService);
    QCOMPARE(products[0].unit, QString());

    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::mouseClick(page.findChild<QPushButton*>(u"deleteButton"_s), Qt::LeftButton);
    auto* box = waitForDialog<QMessageBox>(&page, u"deleteConfirmBox"_s);
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QVERIFY(m_context->store()->products(*m_context->workspaceId()).isEmpty());
}

void TestMasterPages::importPartiesFromCsv()
{
    QVERIFY(addWorkspace());
    // One party is there already: the same GSTIN in the file is left out as a copy.
    store::Party existing;
    existing.workspaceId = *m_context->workspaceId();
    existing.gstin = u"27AABCU9603R1ZN"_s;
    existing.legalName = u"Mumbai Retail LLP"_s;
    QVERIFY(m_context->store()->saveParty(existing));

    const QString path = m_dir->filePath(u"parties.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Kind,GSTIN,LglNm,Pin,Loc,Unknown\r\n"
               "buyer," + gstin(u"29AABCT1332L1Z"_s).toLatin1() + ",\"Bengaluru Tools, Pvt Ltd\",560001,Bengaluru,x\r\n"
               "shipto,,Warehouse 4,411014,Pune,\r\n"
               "buyer,29AABCT1332L1ZX,Bad Check Ltd,560001,,\r\n"
               "buyer,27AABCU9603R1ZN,Mumbai Retail LLP,400001,,\r\n"
               "\r\n"
               "dispatch,,,411001,Pune,\r\n");
    file.close();

    PartiesPage page(*m_context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy finished(&page, &MasterPage::importFinished);
    QTest::mouseClick(page.findChild<QPushButton*>(u"importButton"_s), Qt::LeftButton);
    chooseFile(&page, u"importFileDialog"_s, path);
    QVERIFY(finished.wait(20000));
    const auto result = finished.first().first().value<MasterImportResult>();
    QVERIFY(!result.error);
    QCOMPARE(result.rowsRead, 5);
    QCOMPARE(result.added, 2);

    auto* report = page.findChild<QListWidget*>(u"importReportList"_s);
    QVERIFY(report->isVisible());
    QStringList lines;
    for (int i = 0; i < report->count(); ++i) {
        lines << report->item(i)->text();
    }
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].startsWith(u"Row 1: column F \"Unknown\""_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines[1].startsWith(u"Row 4: GSTIN: 29AABCT1332L1ZX"_s), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(u"Row 5: already in the list"_s), qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(u"Row 7: Legal name: required"_s), qPrintable(lines[3]));
    QVERIFY(page.findChild<QLabel*>(u"importSummaryLabel"_s)->text().contains(u"2 added, 3 left out"_s));

    const QList<store::Party> parties = m_context->store()->parties(*m_context->workspaceId());
    QCOMPARE(parties.size(), 3);
    auto* table = page.findChild<QTableView*>(u"partiesTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    bool sawTools = false;
    bool sawWarehouse = false;
    for (const store::Party& p : parties) {
        if (p.legalName == u"Bengaluru Tools, Pvt Ltd"_s) {
            sawTools = true;
            QCOMPARE(p.stateCode, u"29"_s);
            QCOMPARE(p.pin, std::optional<qint64>(560001));
        }
        if (p.legalName == u"Warehouse 4"_s) {
            sawWarehouse = true;
            QCOMPARE(p.kind, store::Party::Kind::ShipTo);
        }
    }
    QVERIFY(sawTools && sawWarehouse);
}

void TestMasterPages::importProductsFromXlsx()
{
    QVERIFY(addWorkspace());
    const QString path = m_dir->filePath(u"products.xlsx"_s);
    QVERIFY(writeXlsx(path,
                      {
                          { u"PrdDesc"_s, u"HsnCd"_s, u"Unit"_s, u"IsServc"_s, u"GstRt"_s, u"UnitPrice"_s, u"CesRt"_s },
                          { u"Laptop computer"_s, u"84713010"_s, u"NOS"_s, u"N"_s, u"18"_s, u"50000.5"_s, QString() },
                          { u"Consulting"_s, u"998311"_s, QString(), u"Y"_s, u"18"_s, u"1.5E3"_s, QString() },
                          { u"Cotton T-shirt"_s, u"61091000"_s, u"PCS"_s, u"N"_s, u"7"_s, u"499"_s, QString() },
                      }));
    ProductsPage page(*m_context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy finished(&page, &MasterPage::importFinished);
    QTest::mouseClick(page.findChild<QPushButton*>(u"importButton"_s), Qt::LeftButton);
    chooseFile(&page, u"importFileDialog"_s, path);
    QVERIFY(finished.wait(20000));
    const auto result = finished.first().first().value<MasterImportResult>();
    QVERIFY2(!result.error, result.error ? qPrintable(result.error->message) : "");
    QCOMPARE(result.rowsRead, 3);
    QCOMPARE(result.added, 2);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems[0].row, 4);
    QVERIFY2(result.problems[0].message.startsWith(u"GST rate: 7"_s), qPrintable(result.problems[0].message));
    auto* report = page.findChild<QListWidget*>(u"importReportList"_s);
    QCOMPARE(report->count(), 1);
    QVERIFY(report->item(0)->text().startsWith(u"Row 4: GST rate"_s));

    QList<store::Product> products = m_context->store()->products(*m_context->workspaceId());
    QCOMPARE(products.size(), 2);
    std::sort(products.begin(), products.end(), [](const auto& a, const auto& b) { return a.description < b.description; });
    QCOMPARE(products[0].description, u"Consulting"_s);
    QVERIFY(products[0].isService);
    QCOMPARE(products[0].unitPrice->raw(), 1500000);
    QCOMPARE(products[1].unitPrice->raw(), 50000500);
    QCOMPARE(products[1].unit, u"NOS"_s);
    QTRY_COMPARE(page.findChild<QTableView*>(u"productsTable"_s)->model()->rowCount(), 2);
}

void TestMasterPages::pagesFollowTheWorkspace()
{
    const qint64 first = addWorkspace();
    const qint64 second = addWorkspace(u"29AABCT1332L1Z"_s);
    QVERIFY(first && second);
    store::Party party;
    party.workspaceId = first;
    party.legalName = u"Only in the first"_s;
    QVERIFY(m_context->store()->saveParty(party));
    PartiesPage page(*m_context);
    auto* table = page.findChild<QTableView*>(u"partiesTable"_s);
    QCOMPARE(table->model()->rowCount(), 0); // the second is current
    m_context->setWorkspace(first);
    QCOMPARE(table->model()->rowCount(), 1);
    m_context->setWorkspace(std::nullopt);
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!page.findChild<QPushButton*>(u"addButton"_s)->isEnabled());
}

void TestMasterPages::cancelledImportAddsNothing()
{
    const qint64 workspace = addWorkspace();
    QVERIFY(workspace);
    const QString path = QStringLiteral(QT_TESTCASE_SOURCEDIR "/../resources/templates/parties-template.csv");
    const std::atomic_bool cancel = true; // the Cancel button, pressed before the first row
    const MasterImportResult result =
        importMasters(MasterKind::Party, path, m_context->storePath(), workspace, m_context->ruleContext(), cancel, {});
    QVERIFY(result.cancelled);
    QCOMPARE(result.added, 0);
    QVERIFY(m_context->store()->parties(workspace).isEmpty());
}

void TestMasterPages::shippedTemplatesImportWhole_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::newRow("parties") << int(MasterKind::Party) << u"parties-template.csv"_s << 3;
    QTest::newRow("products") << int(MasterKind::Product) << u"products-template.csv"_s << 3;
}

void TestMasterPages::shippedTemplatesImportWhole()
{
    QFETCH(int, kind);
    QFETCH(QString, file);
    QFETCH(int, rows);
    const qint64 workspace = addWorkspace();
    QVERIFY(workspace);
    const QString path = QStringLiteral(QT_TESTCASE_SOURCEDIR "/../resources/templates/") + file;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const std::atomic_bool cancel = false;
    const MasterImportResult result = importMasters(static_cast<MasterKind>(kind),
                                                    path,
                                                    m_context->storePath(),
                                                    workspace,
                                                    m_context->ruleContext(),
                                                    cancel,
                                                    {});
    QVERIFY(!result.error);
    for (const MasterImportProblem& p : result.problems) {
        qWarning() << p.row << p.message;
    }
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.added, rows);
}

QTEST_MAIN(TestMasterPages)
#include "TestMasterPages.moc"
