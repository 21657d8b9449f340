// SPDX-License-Identifier: GPL-3.0-or-later
// The invoices page, offscreen, on a real store: filters through the widgets, the selection and
// the bulk actions (validate, export, import with its report, cancel), opening an invoice.
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "ui/AppContext.h"
#include "ui/BulkTask.h"
#include "ui/ImportReportDialog.h"
#include "ui/InvoiceListModel.h"
#include "ui/InvoicesPage.h"

#include "tests/support/TestData.h"
#include "tests/ui/InvoiceFixture.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using irndesk::store::InvoiceFilter;
using irndesk::store::InvoiceStatus;
using irndesk::ui::BulkProgressDialog;
using irndesk::ui::InvoiceListModel;
using irndesk::ui::InvoicesPage;

class TestInvoicesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryInvoiceWithCount();
    void filterByStatusThroughMenu();
    void filterByTextThroughSearchBox();
    void badDateNamesTheField();
    void headerClickSorts();
    void workspaceSwitchReloads();
    void multiSelectAndValidate();
    void exportWritesBulkFiles();
    void importReportNamesTheBadRow();
    void cancelStopsLargeImport();
    void doubleClickAndEnterOpenInvoice();
    void newInvoiceButtonAsksForOne();
    void deleteKeyDeletesAfterConfirmation();

private:
    template <class T>
    T* child(const QString& name) const
    {
        return m_page->findChild<T*>(name);
    }
    bool waitLoaded() const;
    QString countText() const { return child<QLabel>(u"invoiceCountLabel"_s)->text(); }
    QPoint rowCenter(int row) const;
    void clickRow(int row, Qt::KeyboardModifiers modifiers = {});
    /// Waits for the bulk dialog to finish; its summary.
    QString finishBulk(BulkProgressDialog* dialog);
    QList<irndesk::Invoice> importInvoices(int count, quint64 seed) const;

    static constexpr int kCount = 120;
    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    qint64 m_workspaceId = 0;
    irndesk::Invoice m_firstInvoice;
    QList<qint64> m_fixtureIds;
    int m_run = 0;
    std::unique_ptr<irndesk::ui::AppContext> m_context;
    std::unique_ptr<InvoicesPage> m_page;
};

void TestInvoicesPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    irndesk::test::isolateSettings(m_dir.path(), u"TestInvoicesPage"_s);
    m_template = m_dir.filePath(u"template.sqlite"_s);
    irndesk::test::InvoiceFixture fixture;
    QVERIFY(fixture.fill(m_template, kCount));
    m_workspaceId = fixture.workspaceId;
    m_fixtureIds = fixture.ids;
    m_firstInvoice = fixture.store->invoice(fixture.ids.first()).value().invoice;
    fixture.store.reset(); // checkpointed and closed: the file can be copied
}

void TestInvoicesPage::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_run));
    QVERIFY(QFile::copy(m_template, m_path));
    m_context = std::make_unique<irndesk::ui::AppContext>();
    QVERIFY(m_context->openStore(m_path));
    m_context->setToday(irndesk::test::InvoiceFixture::today());
    m_context->setWorkspace(m_workspaceId);
    m_page = std::make_unique<InvoicesPage>(*m_context);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->model()->rowCount(), kCount);
}

void TestInvoicesPage::cleanup()
{
    m_page.reset();
    m_context.reset();
}

bool TestInvoicesPage::waitLoaded() const
{
    return QTest::qWaitFor([this] { return !m_page->model()->isSearching(); }, 10'000);
}

QPoint TestInvoicesPage::rowCenter(int row) const
{
    QTableView* view = m_page->view();
    view->scrollTo(view->model()->index(row, 1));
    return view->visualRect(view->model()->index(row, 1)).center();
}

void TestInvoicesPage::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, modifiers, rowCenter(row));
}

QString TestInvoicesPage::finishBulk(BulkProgressDialog* dialog)
{
    if (!QTest::qWaitFor([dialog] { return dialog->task()->isFinished(); }, 60'000)) {
        return {};
    }
    const QString summary = dialog->summary();
    auto* close = dialog->findChild<QPushButton*>(u"bulkCloseButton"_s);
    if (close) {
        QTest::mouseClick(close, Qt::LeftButton);
    }
    return summary;
}

QList<irndesk::Invoice> TestInvoicesPage::importInvoices(int count, quint64 seed) const
{
    // Invoices of the workspace's seller, under numbers of their own.
    irndesk::bench::GeneratorOptions options;
    options.seed = seed;
    options.today = irndesk::test::InvoiceFixture::today();
    irndesk::bench::InvoiceGenerator generator(options);
    QList<irndesk::Invoice> list;
    for (int i = 0; i < count; ++i) {
        irndesk::Invoice invoice = generator.next();
        invoice.sellerDtls = m_firstInvoice.sellerDtls;
        invoice.docDtls.no = u"IMP/%1/%2"_s.arg(seed).arg(i);
        list.append(invoice);
    }
    return list;
}

void TestInvoicesPage::showsEveryInvoiceWithCount()
{
    QCOMPARE(countText(), u"%1 invoices"_s.arg(kCount));
    QCOMPARE(m_page->view()->model()->rowCount(), kCount);
    QVERIFY(!child<QLabel>(u"searchingLabel"_s)->isVisible());
}

void TestInvoicesPage::filterByStatusThroughMenu()
{
    auto* button = child<QToolButton>(u"statusFilterButton"_s);
    QVERIFY(button);
    QMenu* menu = button->menu();
    QAction* drafts = menu->findChild<QAction*>(u"statusFilter_draft"_s);
    QVERIFY(drafts);
    // The menu opens from the keyboard too; its action is what a click on it does.
    drafts->trigger();
    QVERIFY(waitLoaded());
    InvoiceFilter filter;
    filter.workspaceId = m_workspaceId;
    filter.statuses = {InvoiceStatus::Draft};
    const qint64 expected = m_context->store()->countInvoices(filter);
    QVERIFY(expected > 0);
    QCOMPARE(m_page->model()->rowCount(), expected);
    QCOMPARE(countText(), u"%1 invoices"_s.arg(expected));
    for (int row = 0; row < expected; ++row) {
        QCOMPARE(m_page->model()->index(row, InvoiceListModel::Status).data().toString(),
                 irndesk::store::statusTitle(InvoiceStatus::Draft));
    }
    // A second status adds its invoices.
    menu->findChild<QAction*>(u"statusFilter_exported"_s)->trigger();
    QVERIFY(waitLoaded());
    filter.statuses.append(InvoiceStatus::Exported);
    QCOMPARE(m_page->model()->rowCount(), m_context->store()->countInvoices(filter));
    QVERIFY(button->text().contains(u"2"_s));
}

void TestInvoicesPage::filterByTextThroughSearchBox()
{
    auto* search = child<QLineEdit>(u"searchEdit"_s);
    const QString number = m_page->model()->index(10, InvoiceListModel::Number).data().toString();
    search->setFocus();
    QTest::keyClicks(search, number);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 5000);
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->model()->index(0, InvoiceListModel::Number).data().toString(), number);
    QCOMPARE(countText(), u"1 invoice"_s);
    // Cleared: everything again.
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), kCount, 5000);
}

void TestInvoicesPage::badDateNamesTheField()
{
    auto* from = child<QLineEdit>(u"fromDateEdit"_s);
    QTest::keyClicks(from, u"31/02/2026"_s);
    QTest::keyClick(from, Qt::Key_Tab);
    auto* problem = child<QLabel>(u"filterProblemLabel"_s);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"From"_s), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(u"31/02/2026"_s));
    QCOMPARE(m_page->model()->rowCount(), kCount); // the list stays as it was
    from->clear();
    QTest::keyClicks(from, u"15/03/2026"_s);
    QTRY_VERIFY(!problem->isVisible());
    QVERIFY(waitLoaded());
    InvoiceFilter filter;
    filter.workspaceId = m_workspaceId;
    filter.from = QDate(2026, 3, 15);
    QCOMPARE(m_page->model()->rowCount(), m_context->store()->countInvoices(filter));
}

void TestInvoicesPage::headerClickSorts()
{
    QHeaderView* header = m_page->view()->horizontalHeader();
    const auto clickSection = [header](int section) {
        const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    clickSection(InvoiceListModel::Total);
    // The id query runs in the worker: the page says so until its rows are in.
    QVERIFY(m_page->model()->isSearching());
    QVERIFY(child<QLabel>(u"searchingLabel"_s)->isVisible());
    QVERIFY(waitLoaded());
    QVERIFY(!child<QLabel>(u"searchingLabel"_s)->isVisible());
    QCOMPARE(m_page->model()->sortKey(), irndesk::store::InvoiceSort::Total);
    const Qt::SortOrder order = header->sortIndicatorOrder();
    InvoiceFilter filter;
    filter.workspaceId = m_workspaceId;
    QList<qint64> expected;
    for (const auto& s : m_context->store()->listInvoices(filter, irndesk::store::InvoiceSort::Total, order, 0, kCount)) {
        expected.append(s.id);
    }
    QCOMPARE(m_page->model()->ids(), expected);
    // The IRN column cannot be sorted by: the indicator stays on Total, the rows as they are.
    clickSection(InvoiceListModel::Irn);
    QCOMPARE(header->sortIndicatorSection(), int(InvoiceListModel::Total));
    QVERIFY(!m_page->model()->isSearching());
    QCOMPARE(m_page->model()->ids(), expected);
}

void TestInvoicesPage::workspaceSwitchReloads()
{
    irndesk::store::SellerProfile other = irndesk::store::SellerProfile::fromInvoice(m_firstInvoice);
    other.gstin = u"29AAGCB7383J1Z4"_s;
    const auto ws = m_context->store()->addWorkspace(other);
    QVERIFY(ws);
    m_context->setWorkspace(ws.value().id);
    QVERIFY(waitLoaded());
    QTRY_COMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(countText(), u"0 invoices"_s);
    m_context->setWorkspace(m_workspaceId);
    QVERIFY(waitLoaded());
    QTRY_COMPARE(m_page->model()->rowCount(), kCount);
}

void TestInvoicesPage::multiSelectAndValidate()
{
    // Two drafts with a made-up error (fixture rows 5 and 16) and one ready invoice.
    InvoiceListModel* model = m_page->model();
    const QList<qint64> chosen = {m_fixtureIds[5], m_fixtureIds[16], m_fixtureIds[0]};
    clickRow(model->rowOf(chosen[0]));
    clickRow(model->rowOf(chosen[1]), Qt::ControlModifier);
    clickRow(model->rowOf(chosen[2]), Qt::ControlModifier);
    QCOMPARE(countText(), u"%1 invoices, 3 selected"_s.arg(kCount));
    auto sorted = chosen;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(m_page->selectedIds(), sorted);

    QSignalSpy started(m_page.get(), &InvoicesPage::bulkStarted);
    QSignalSpy changed(m_context.get(), &irndesk::ui::AppContext::invoicesChanged);
    QTest::mouseClick(child<QPushButton>(u"validateButton"_s), Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    auto* dialog = started.first().first().value<BulkProgressDialog*>();
    QVERIFY(dialog->isVisible());
    const QString summary = finishBulk(dialog);
    QVERIFY2(summary.startsWith(u"3 of 3 invoices checked: 3 ready"_s), qPrintable(summary));
    QVERIFY(changed.count() >= 1);
    // The made-up error is gone: the generated invoices are valid.
    for (qint64 id : chosen) {
        QCOMPARE(m_context->store()->invoice(id).value().summary.status, InvoiceStatus::Ready);
    }
    // The list shows it, and the selection is kept.
    QVERIFY(waitLoaded());
    QTRY_COMPARE(model->index(model->rowOf(chosen[0]), InvoiceListModel::Status).data().toString(),
                 irndesk::store::statusTitle(InvoiceStatus::Ready));
    QCOMPARE(m_page->selectedIds(), sorted);
}

void TestInvoicesPage::exportWritesBulkFiles()
{
    // Only the ready invoices, through the status filter; nothing selected: all of them.
    child<QToolButton>(u"statusFilterButton"_s)->menu()->findChild<QAction*>(u"statusFilter_ready"_s)->trigger();
    QVERIFY(waitLoaded());
    const QList<qint64> ready = m_page->model()->ids();
    QVERIFY(ready.size() > 10);
    QSet<QString> numbers;
    for (const auto& s : m_context->store()->invoiceSummaries(ready)) {
        numbers.insert(s.docNo);
    }

    QTemporaryDir out;
    QTest::mouseClick(child<QPushButton>(u"exportButton"_s), Qt::LeftButton);
    auto* dialog = child<QDialog>(u"exportDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* folder = dialog->findChild<QLineEdit*>(u"exportFolderEdit"_s);
    folder->selectAll();
    QTest::keyClicks(folder, out.path());
    auto* size = dialog->findChild<QSpinBox*>(u"exportSizeSpin"_s);
    QCOMPARE(size->value(), 2'000'000);
    size->selectAll();
    QTest::keyClicks(size, u"60000"_s);
    QCOMPARE(size->value(), 60'000);
    QSignalSpy started(m_page.get(), &InvoicesPage::bulkStarted);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"exportOkButton"_s), Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    const QString summary = finishBulk(started.first().first().value<BulkProgressDialog*>());
    QVERIFY2(summary.startsWith(u"%1 invoices written to "_s.arg(ready.size())), qPrintable(summary));

    // The files: each at most 60,000 bytes, a JSON array of INV-01 invoices, together the ready ones.
    const QStringList files = QDir(out.path()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 2);
    QSet<QString> written;
    for (const QString& name : files) {
        QVERIFY2(summary.contains(name), qPrintable(name));
        QFile file(QDir(out.path()).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.size() <= 60'000);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(content, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        for (const QJsonValue& v : doc.array()) {
            const QString no = v.toObject().value(u"DocDtls"_s).toObject().value(u"No"_s).toString();
            QVERIFY2(numbers.contains(no), qPrintable(no));
            written.insert(no);
        }
    }
    QCOMPARE(written, numbers);
    for (qint64 id : ready) {
        QCOMPARE(m_context->store()->invoice(id).value().summary.status, InvoiceStatus::Exported);
    }
}

void TestInvoicesPage::importReportNamesTheBadRow()
{
    const QList<irndesk::Invoice> invoices = importInvoices(2, 99);
    const QString path = m_dir.filePath(u"bad-row.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[\n" + irndesk::invoiceToJson(invoices[0]) + ",\n{\"Version\": \"1.1\", \"DocDtls\": 42},\n"
               + irndesk::invoiceToJson(invoices[1]) + "\n]\n");
    file.close();

    QTest::mouseClick(child<QPushButton>(u"importButton"_s), Qt::LeftButton);
    auto* chooser = child<QFileDialog>(u"importFileDialog"_s);
    QVERIFY(chooser);
    QTRY_VERIFY(chooser->isVisible());
    chooser->selectFile(path);
    QVERIFY(QMetaObject::invokeMethod(chooser, "accept")); // the Open button

    QTRY_VERIFY_WITH_TIMEOUT(child<irndesk::ui::ImportReportDialog>(u"importReportDialog"_s), 30'000);
    auto* report = child<irndesk::ui::ImportReportDialog>(u"importReportDialog"_s);
    QTableWidget* table = report->table();
    int refusedRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 3)->text() == u"Refused"_s) {
            refusedRow = row;
        }
    }
    QVERIFY2(refusedRow >= 0, "no refused row in the report");
    QCOMPARE(table->item(refusedRow, 0)->text(), u"bad-row.json"_s);
    QVERIFY2(table->item(refusedRow, 1)->text().contains(u"[1]"_s), qPrintable(table->item(refusedRow, 1)->text()));
    QVERIFY(!table->item(refusedRow, 5)->text().isEmpty());
    QVERIFY(report->findChild<QLabel*>(u"importReportSummary"_s)->text().startsWith(u"2 imported"_s));
    // The two good ones are in the list.
    QVERIFY(waitLoaded());
    QTRY_COMPARE(m_page->model()->rowCount(), kCount + 2);
    // The codes column holds the codes the findings start with, each once.
    QCOMPARE(irndesk::ui::ImportReportDialog::codesOf({u"2189 ValDtls.TotInvVal: the total is wrong"_s,
                                                       u"LOCAL-pin-state BuyerDtls.Pin: not of the state"_s,
                                                       u"2189 ValDtls.AssVal: again"_s,
                                                       u"invoice [1] at line 3: the invoice could not be read"_s}),
             u"2189 LOCAL-pin-state"_s);
    // The report saved as CSV names the row too.
    const QString csv = m_dir.filePath(u"report.csv"_s);
    QString error;
    QVERIFY2(report->saveCsv(csv, &error), qPrintable(error));
    QFile saved(csv);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(saved.readAll());
    QVERIFY(text.startsWith(u"File,Row,Document,Outcome,Codes,Messages"_s));
    QVERIFY(text.contains(u"invoice [1]"_s));
    QVERIFY(text.contains(u"Refused"_s));
    report->close();
}

void TestInvoicesPage::cancelStopsLargeImport()
{
    // The importer reads 1,024 invoices at a time and asks about cancelling after each batch.
    constexpr int kLarge = 6000;
    const QString path = m_dir.filePath(u"large.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(irndesk::invoicesToJsonArray(importInvoices(kLarge, 123)));
    }
    QSignalSpy started(m_page.get(), &InvoicesPage::bulkStarted);
    m_page->importFiles({path});
    QCOMPARE(started.count(), 1);
    auto* dialog = started.first().first().value<BulkProgressDialog*>();
    QPointer<BulkProgressDialog> guard(dialog);
    // Cancel once the first batch is in, as a user who sees it is the wrong file would.
    auto* bar = dialog->findChild<QProgressBar*>(u"bulkProgressBar"_s);
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 60'000);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"bulkCancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<irndesk::ui::ImportReportDialog>(u"importReportDialog"_s) || (guard && guard->task()->isFinished()), 60'000);
    auto* report = child<irndesk::ui::ImportReportDialog>(u"importReportDialog"_s);
    QVERIFY(report);
    const QString summary = report->findChild<QLabel*>(u"importReportSummary"_s)->text();
    QVERIFY2(summary.contains(u"Cancelled"_s), qPrintable(summary));
    report->close();

    // Fewer than all came in, each of them whole: its stored JSON reads back with its items.
    InvoiceFilter filter;
    filter.workspaceId = m_workspaceId;
    filter.text = u"IMP/123/"_s;
    const QList<qint64> imported = m_context->store()->invoiceIds(filter);
    qInfo("%lld of %d invoices imported before the cancel", static_cast<long long>(imported.size()), kLarge);
    QVERIFY2(imported.size() > 0 && imported.size() < kLarge, qPrintable(QString::number(imported.size())));
    for (const auto& [summary, json] : m_context->store()->invoiceContents(imported)) {
        const irndesk::ReadInvoice read = irndesk::readInvoice(json);
        QVERIFY(read.invoice);
        QCOMPARE(read.invoice->itemList.size(), summary.items);
        QCOMPARE(read.invoice->docDtls.no.value_or(QString()), summary.docNo);
    }
}

void TestInvoicesPage::doubleClickAndEnterOpenInvoice()
{
    QSignalSpy open(m_context.get(), &irndesk::ui::AppContext::openInvoiceRequested);
    const qint64 id = m_page->model()->idAt(4);
    // A double click is a press and release, then a second press that comes as a double click.
    QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {}, rowCenter(4));
    QTest::mouseDClick(m_page->view()->viewport(), Qt::LeftButton, {}, rowCenter(4));
    QTRY_COMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), id);
    // Enter on the current row.
    const qint64 other = m_page->model()->idAt(7);
    m_page->view()->setFocus();
    clickRow(7);
    open.clear();
    QTest::keyClick(m_page->view(), Qt::Key_Return);
    QTRY_COMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), other);
}

void TestInvoicesPage::newInvoiceButtonAsksForOne()
{
    QSignalSpy wanted(m_context.get(), &irndesk::ui::AppContext::newInvoiceRequested);
    auto* button = child<QToolButton>(u"newInvoiceButton"_s);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(5, button->height() / 2));
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.first().first().toString(), u"INV"_s);
    button->menu()->findChild<QAction*>(u"newCRNAction"_s)->trigger();
    QCOMPARE(wanted.count(), 2);
    QCOMPARE(wanted.last().first().toString(), u"CRN"_s);
}

void TestInvoicesPage::deleteKeyDeletesAfterConfirmation()
{
    const qint64 draft = m_fixtureIds[5];
    clickRow(m_page->model()->rowOf(draft));
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    auto* box = child<QMessageBox>(u"deleteConfirmBox"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(!m_context->store()->invoice(draft));
    QVERIFY(waitLoaded());
    QTRY_COMPARE(m_page->model()->rowCount(), kCount - 1);
    QCOMPARE(m_page->model()->rowOf(draft), -1);
}

QTEST_MAIN(TestInvoicesPage)
#include "TestInvoicesPage.moc"
