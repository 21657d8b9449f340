// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page on a real store whose invoices have dates set relative to a fixed "today":
// the dashboard counts, the 30-day and 24-hour notes, the filters, opening an invoice and saving
// the report as CSV (read back with the core's CSV reader).
#include "core/io/StatusReport.h"
#include "core/io/TableCsv.h"
#include "core/io/TableXlsx.h"
#include "core/json/InvoiceReader.h"
#include "core/model/Dates.h"
#include "ui/AppContext.h"
#include "ui/ReportsModel.h"
#include "ui/ReportsPage.h"

#include "tests/support/TestData.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace irndesk;
using namespace irndesk::ui;

namespace {

const QDate kToday(2026, 11, 21);
const QTimeZone kIst(5 * 3600 + 1800);
const QDateTime kNow(kToday, QTime(12, 0), kIst);

Invoice numbered(const QString& number, QDate date)
{
    ReadInvoice read = readInvoice(test::readData(u"rules/valid-b2b-intra-goods/invoice.json"_s));
    Invoice invoice = *read.invoice;
    invoice.docDtls.no = number;
    invoice.docDtls.dt = formatInvoiceDate(date);
    return invoice;
}

Finding anError()
{
    return Finding{ u"2189"_s, u"totals.invoice-value"_s, u"ValDtls.TotInvVal"_s, Finding::Severity::Error,
                    u"wrong total"_s, u"fix it"_s };
}

} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dashboardCounts();
    void reportingLimitNotes();
    void noReportingNoteWithoutAato();
    void cancelWindows();
    void filters();
    void doubleClickOpensInvoice();
    void saveAsCsv();
    void saveAsXlsx();

private:
    qint64 add(const QString& number, int daysAgo, bool ready = true);
    void registerAt(qint64 id, const QDateTime& ack);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<ReportsPage> m_page;
    qint64 m_workspace = 0;
};

void TestReportsPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir.path(), u"TestReportsPage"_s);
}

void TestReportsPage::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_context = std::make_unique<AppContext>();
    m_context->setToday(kToday);
    QVERIFY(m_context->openStore(m_dir->filePath(u"store.sqlite"_s)));
    store::SellerProfile profile = store::SellerProfile::fromInvoice(numbered(u"X"_s, kToday));
    profile.aato10Crore = true;
    auto added = m_context->store()->addWorkspace(profile);
    QVERIFY(added);
    m_workspace = added.value().id;
    m_context->setWorkspace(m_workspace);

    // Due soon (25 to 30 days old, not registered): 2; past the limit: 1; registered: 3, of which
    // two still in their cancel window; a fresh draft.
    add(u"DUE/1"_s, 28);
    add(u"DUE/2"_s, 26, false);
    add(u"LATE/1"_s, 40);
    add(u"FRESH/1"_s, 2, false);
    registerAt(add(u"REG/1"_s, 27), kNow.addSecs(-2 * 3600)); // 22 h left
    registerAt(add(u"REG/2"_s, 1), kNow.addSecs(-(23 * 3600 + 30 * 60))); // 30 min left
    registerAt(add(u"REG/3"_s, 3), kNow.addSecs(-25 * 3600)); // closed
    m_page = std::make_unique<ReportsPage>(*m_context);
    m_page->setNow(kNow);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestReportsPage::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_dir.reset();
}

qint64 TestReportsPage::add(const QString& number, int daysAgo, bool ready)
{
    const Findings findings = ready ? Findings{} : Findings{ anError() };
    auto id = m_context->store()->addInvoice(m_workspace, numbered(number, kToday.addDays(-daysAgo)), findings);
    if (!id) {
        qWarning() << id.error().message;
        return 0;
    }
    return id.value();
}

void TestReportsPage::registerAt(qint64 id, const QDateTime& ack)
{
    store::IrpResult irp;
    irp.irn = QString::number(id).repeated(64).left(64);
    irp.ackNo = u"11220000"_s + QString::number(id);
    irp.ackDate = ack.toTimeZone(kIst).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    const Status s = m_context->store()->recordRegistered(id, irp, u"test"_s);
    if (!s) {
        qWarning() << s.error().message;
    }
}

void TestReportsPage::dashboardCounts()
{
    const auto count = [this](const QString& status) {
        auto* label = m_page->findChild<QLabel*>(status + u"CountLabel"_s);
        return label ? label->text() : QString();
    };
    QCOMPARE(count(u"registered"_s), u"3"_s);
    QCOMPARE(count(u"ready"_s), u"2"_s);
    QCOMPARE(count(u"draft"_s), u"2"_s);
    QCOMPARE(count(u"cancelled"_s), u"0"_s);
    QCOMPARE(m_page->findChild<QLabel*>(u"reportCountLabel"_s)->text(), u"Invoices: 7"_s);

    // Another invoice elsewhere refreshes the page.
    add(u"NEW/1"_s, 0);
    m_context->notifyInvoicesChanged();
    QCOMPARE(count(u"ready"_s), u"3"_s);
    QCOMPARE(m_page->model()->rowCount(), 8);
}

void TestReportsPage::reportingLimitNotes()
{
    auto* label = m_page->findChild<QLabel*>(u"reportingLabel"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"2 invoices must be reported within 5 days\n1 invoice is past the 30-day limit"_s);
    // Three days later DUE/1 is 31 days old: past the limit; DUE/2 (29 days) is still within.
    m_context->setToday(kToday.addDays(3));
    m_context->notifyInvoicesChanged();
    QCOMPARE(label->text(), u"1 invoice must be reported within 5 days\n2 invoices are past the 30-day limit"_s);
}

void TestReportsPage::noReportingNoteWithoutAato()
{
    store::SellerProfile profile = m_context->workspace()->profile;
    profile.aato10Crore = false;
    QVERIFY(m_context->store()->updateWorkspace(m_workspace, profile));
    m_context->notifyWorkspacesChanged();
    QVERIFY(!m_page->findChild<QLabel*>(u"reportingLabel"_s)->isVisible());
}

void TestReportsPage::cancelWindows()
{
    auto* label = m_page->findChild<QLabel*>(u"cancelWindowLabel"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"REG/2: 0 h 30 min left to cancel\nREG/1: 22 h 0 min left to cancel"_s);
    m_page->setNow(kNow.addSecs(3600));
    QCOMPARE(label->text(), u"REG/1: 21 h 0 min left to cancel"_s);
    m_page->setNow(kNow.addDays(1));
    QVERIFY(!label->isVisible());
}

void TestReportsPage::filters()
{
    auto* status = m_page->findChild<QComboBox*>(u"statusCombo"_s);
    QVERIFY(status);
    status->setFocus();
    // The keyboard: the status list after "All" is in the order of the statuses.
    const int registered = status->findData(int(store::InvoiceStatus::Registered));
    for (int i = 0; i < registered; ++i) {
        QTest::keyClick(status, Qt::Key_Down);
    }
    QCOMPARE(status->currentIndex(), registered);
    QCOMPARE(m_page->model()->rowCount(), 3);
    QCOMPARE(m_page->model()->index(0, ReportsModel::Status).data().toString(),
             store::statusTitle(store::InvoiceStatus::Registered));
    QVERIFY(!m_page->model()->index(0, ReportsModel::AckNo).data().toString().isEmpty());

    status->setCurrentIndex(0);
    QCOMPARE(m_page->model()->rowCount(), 7);
    m_page->findChild<QDateEdit*>(u"fromDateEdit"_s)->setDate(kToday.addDays(-5));
    QCOMPARE(m_page->model()->rowCount(), 3); // FRESH/1 (2 days), REG/2 (1), REG/3 (3)
    m_page->findChild<QDateEdit*>(u"toDateEdit"_s)->setDate(kToday.addDays(-2));
    QCOMPARE(m_page->model()->rowCount(), 2); // FRESH/1 (2 days), REG/3 (3 days)
    auto* type = m_page->findChild<QComboBox*>(u"docTypeCombo"_s);
    type->setCurrentIndex(type->findData(u"CRN"_s));
    QCOMPARE(m_page->model()->rowCount(), 0);
}

void TestReportsPage::doubleClickOpensInvoice()
{
    QSignalSpy open(m_context.get(), &AppContext::openInvoiceRequested);
    auto* table = m_page->findChild<QTableView*>(u"reportTable"_s);
    const QModelIndex first = table->model()->index(0, 0);
    const QRect cell = table->visualRect(first);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), m_page->model()->idAt(0));
    // Enter on a row does the same.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.last().first().toLongLong(), m_page->model()->idAt(1));
}

void TestReportsPage::saveAsCsv()
{
    // Only the registered ones.
    auto* status = m_page->findChild<QComboBox*>(u"statusCombo"_s);
    status->setCurrentIndex(status->findData(int(store::InvoiceStatus::Registered)));
    const QString path = m_dir->filePath(u"report.csv"_s);
    QSignalSpy saved(m_page.get(), &ReportsPage::reportSaved);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"saveReportButton"_s), Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = m_page->findChild<QFileDialog*>(u"saveFileDialog"_s);
        return dialog && dialog->isVisible();
    }));
    // Chosen through the dialog's API: typing into the widget-based dialog offscreen races its
    // directory loading thread.
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, public through QDialog
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.first().at(0).toString(), path);
    QCOMPARE(saved.first().at(1).toLongLong(), 3);
    QCOMPARE(saved.first().at(2).toString(), QString());
    QVERIFY(m_page->findChild<QLabel*>(u"saveResultLabel"_s)->text().startsWith(u"Saved to"_s));

    auto csv = io::TableCsv::open(path);
    QVERIFY(csv);
    io::TableRow row;
    QVERIFY(csv.value()->next(row));
    QStringList header;
    for (const io::TableCell& c : row.cells) {
        header << c.text;
    }
    QCOMPARE(header, io::statusReportHeader());
    const int docNo = int(header.indexOf(io::statusReportHeader().at(2)));
    QSet<QString> numbers;
    QStringList irns;
    while (csv.value()->next(row)) {
        numbers.insert(row.cells.at(docNo).text);
        for (const io::TableCell& c : row.cells) {
            if (c.text.size() == 64) {
                irns << c.text;
            }
        }
    }
    QCOMPARE(numbers, (QSet<QString>{ u"REG/1"_s, u"REG/2"_s, u"REG/3"_s }));
    QCOMPARE(irns.size(), 3);
}

void TestReportsPage::saveAsXlsx()
{
    const QString path = m_dir->filePath(u"report.xlsx"_s);
    QSignalSpy saved(m_page.get(), &ReportsPage::reportSaved);
    QVERIFY(m_page->startSave(path));
    QVERIFY(!m_page->startSave(path)); // one at a time
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.first().at(1).toLongLong(), 7);
    QCOMPARE(saved.first().at(2).toString(), QString());
    auto workbook = io::TableXlsx::open(path);
    QVERIFY(workbook);
    auto sheet = workbook.value()->sheet(0);
    QVERIFY(sheet);
    io::TableRow row;
    int rows = 0;
    while (sheet.value()->next(row)) {
        ++rows;
    }
    QCOMPARE(rows, 1 + 7);
}

QTEST_MAIN(TestReportsPage)
#include "TestReportsPage.moc"
