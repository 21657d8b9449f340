// SPDX-License-Identifier: GPL-3.0-or-later
// The invoice list model over a real SQLite store of generated invoices: the model tester, sort and
// filter against the store's own queries, pages across cache boundaries, refresh after a change.
#include "core/print/AmountInWords.h"
#include "ui/InvoiceListModel.h"

#include "tests/ui/InvoiceFixture.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using irndesk::store::InvoiceFilter;
using irndesk::store::InvoiceSort;
using irndesk::store::InvoiceStatus;
using irndesk::ui::InvoiceListModel;

class TestInvoiceListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void passesModelTester();
    void defaultOrderIsNewestFirst();
    void rowsShowTheSummary();
    void sortMatchesStore_data();
    void sortMatchesStore();
    void unsortableColumnKeepsOrder();
    void filterMatchesStore_data();
    void filterMatchesStore();
    void pagesAcrossCacheBoundaries();
    void refreshAfterChange();
    void staleResultIsDropped();

private:
    QList<qint64> modelIds() const;
    QList<qint64> storeIds(const InvoiceFilter& filter, InvoiceSort sort, Qt::SortOrder order) const;
    bool waitLoaded();

    static constexpr int kCount = 300;
    QTemporaryDir m_dir;
    QString m_path;
    irndesk::test::InvoiceFixture m_fixture;
    std::unique_ptr<InvoiceListModel> m_model;
};

void TestInvoiceListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"store.sqlite"_s);
    QVERIFY(m_fixture.fill(m_path, kCount));
}

void TestInvoiceListModel::init()
{
    m_model = std::make_unique<InvoiceListModel>(m_fixture.store.get(), m_path);
    InvoiceFilter filter;
    filter.workspaceId = m_fixture.workspaceId;
    m_model->setFilter(filter);
    QVERIFY(waitLoaded());
}

void TestInvoiceListModel::cleanup()
{
    m_model.reset();
}

bool TestInvoiceListModel::waitLoaded()
{
    // Searching until the newest request's ids are in.
    return QTest::qWaitFor([this] { return !m_model->isSearching(); }, 10'000);
}

QList<qint64> TestInvoiceListModel::modelIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ids.append(m_model->data(m_model->index(row, 0), InvoiceListModel::IdRole).toLongLong());
    }
    return ids;
}

QList<qint64> TestInvoiceListModel::storeIds(const InvoiceFilter& filter, InvoiceSort sort, Qt::SortOrder order) const
{
    QList<qint64> ids;
    for (const auto& s : m_fixture.store->listInvoices(filter, sort, order, 0, 1'000'000)) {
        ids.append(s.id);
    }
    return ids;
}

void TestInvoiceListModel::passesModelTester()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), kCount);
    // Every cell in every role, across a resort and a filter.
    for (int row = 0; row < m_model->rowCount(); row += 13) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            for (int role : {Qt::DisplayRole, Qt::ForegroundRole, Qt::DecorationRole, Qt::TextAlignmentRole, Qt::ToolTipRole}) {
                m_model->data(m_model->index(row, column), role);
            }
        }
    }
    m_model->sort(InvoiceListModel::Total, Qt::AscendingOrder);
    QVERIFY(waitLoaded());
    InvoiceFilter filter = m_model->filter();
    filter.statuses = {InvoiceStatus::Draft};
    m_model->setFilter(filter);
    QVERIFY(waitLoaded());
    QVERIFY(m_model->rowCount() > 0);
    QVERIFY(m_model->rowCount() < kCount);
}

void TestInvoiceListModel::defaultOrderIsNewestFirst()
{
    QCOMPARE(modelIds(), storeIds(m_model->filter(), InvoiceSort::DocDate, Qt::DescendingOrder));
    QCOMPARE(m_model->sortKey(), InvoiceSort::DocDate);
    QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
    const QDate first = QDate::fromString(m_model->index(0, InvoiceListModel::Date).data().toString(), u"dd/MM/yyyy"_s);
    const QDate last = QDate::fromString(m_model->index(kCount - 1, InvoiceListModel::Date).data().toString(), u"dd/MM/yyyy"_s);
    QVERIFY(first.isValid());
    QVERIFY(last.isValid());
    QVERIFY(first >= last);
}

void TestInvoiceListModel::rowsShowTheSummary()
{
    const QList<qint64> ids = modelIds();
    for (int row : {0, 1, 150, kCount - 1}) {
        const auto stored = m_fixture.store->invoice(ids[row]);
        QVERIFY(stored);
        const auto& s = stored.value().summary;
        const auto cell = [&](int column) { return m_model->index(row, column).data().toString(); };
        QCOMPARE(cell(InvoiceListModel::Type), s.docType);
        QCOMPARE(cell(InvoiceListModel::Number), s.docNo);
        QCOMPARE(cell(InvoiceListModel::Date), s.docDate.toString(u"dd/MM/yyyy"_s));
        QCOMPARE(cell(InvoiceListModel::BuyerGstin), s.buyerGstin);
        QCOMPARE(cell(InvoiceListModel::Buyer), s.buyerName);
        QCOMPARE(cell(InvoiceListModel::Total), u"₹"_s + irndesk::print::indianGrouping(*s.total));
        QCOMPARE(cell(InvoiceListModel::Items), QString::number(s.items));
        // The status in words, and a colour beside it.
        QCOMPARE(cell(InvoiceListModel::Status), irndesk::store::statusTitle(s.status));
        QVERIFY(m_model->index(row, InvoiceListModel::Status).data(Qt::ForegroundRole).value<QBrush>().color().isValid());
        QCOMPARE(m_model->index(row, 0).data(InvoiceListModel::StatusRole).toInt(), static_cast<int>(s.status));
    }
    // Indian grouping: a made-up total shows as lakhs.
    QCOMPARE(irndesk::print::indianGrouping(irndesk::Money::fromRaw(12345600)), u"1,23,456.00"_s);
    // The draft with the made-up error shows its count.
    const int draftRow = m_model->rowOf(m_fixture.ids[5]);
    QVERIFY(draftRow >= 0);
    QCOMPARE(m_model->index(draftRow, InvoiceListModel::Status).data().toString(), irndesk::store::statusTitle(InvoiceStatus::Draft));
    QVERIFY(m_model->index(draftRow, InvoiceListModel::Findings).data().toString().startsWith(u"1 /"_s));
}

void TestInvoiceListModel::sortMatchesStore_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<InvoiceSort>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    const std::pair<int, InvoiceSort> columns[] = {{InvoiceListModel::Date, InvoiceSort::DocDate},
                                                   {InvoiceListModel::Number, InvoiceSort::DocNo},
                                                   {InvoiceListModel::Buyer, InvoiceSort::Buyer},
                                                   {InvoiceListModel::Total, InvoiceSort::Total},
                                                   {InvoiceListModel::Status, InvoiceSort::Status}};
    for (const auto& [column, sort] : columns) {
        QTest::addRow("column %d ascending", column) << column << sort << Qt::AscendingOrder;
        QTest::addRow("column %d descending", column) << column << sort << Qt::DescendingOrder;
    }
}

void TestInvoiceListModel::sortMatchesStore()
{
    QFETCH(int, column);
    QFETCH(InvoiceSort, sort);
    QFETCH(Qt::SortOrder, order);
    // From another order first, so that every row really moves.
    m_model->sort(column == InvoiceListModel::Number ? InvoiceListModel::Total : InvoiceListModel::Number, Qt::AscendingOrder);
    QVERIFY(waitLoaded());
    QSignalSpy loaded(m_model.get(), &InvoiceListModel::loaded);
    m_model->sort(column, order);
    QVERIFY(waitLoaded());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(m_model->sortKey(), sort);
    QCOMPARE(modelIds(), storeIds(m_model->filter(), sort, order));
}

void TestInvoiceListModel::unsortableColumnKeepsOrder()
{
    const QList<qint64> before = modelIds();
    QSignalSpy loaded(m_model.get(), &InvoiceListModel::loaded);
    m_model->sort(InvoiceListModel::Irn, Qt::AscendingOrder);
    QVERIFY(!m_model->isSearching());
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(modelIds(), before);
}

void TestInvoiceListModel::filterMatchesStore_data()
{
    QTest::addColumn<QList<InvoiceStatus>>("statuses");
    QTest::addColumn<int>("fromDaysAgo");
    QTest::addColumn<int>("toDaysAgo");
    QTest::addColumn<QString>("docType");
    QTest::addColumn<QString>("buyer");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("someLeft");

    QTest::newRow("drafts") << QList{InvoiceStatus::Draft} << -1 << -1 << QString() << QString() << QString() << true;
    QTest::newRow("ready or exported") << QList{InvoiceStatus::Ready, InvoiceStatus::Exported} << -1 << -1 << QString()
                                       << QString() << QString() << true;
    QTest::newRow("registered (none)") << QList{InvoiceStatus::Registered} << -1 << -1 << QString() << QString() << QString()
                                       << false;
    QTest::newRow("last 10 days") << QList<InvoiceStatus>{} << 10 << 0 << QString() << QString() << QString() << true;
    QTest::newRow("credit notes") << QList<InvoiceStatus>{} << -1 << -1 << u"CRN"_s << QString() << QString() << true;
    QTest::newRow("number text") << QList<InvoiceStatus>{} << -1 << -1 << QString() << QString() << u"00001"_s << true;
    QTest::newRow("buyer name") << QList<InvoiceStatus>{} << -1 << -1 << QString() << u"traders"_s << QString() << true;
    QTest::newRow("buyer and type") << QList<InvoiceStatus>{} << -1 << -1 << u"INV"_s << u"Limited"_s << QString() << true;
    QTest::newRow("nothing") << QList<InvoiceStatus>{} << -1 << -1 << QString() << QString() << u"no such thing"_s << false;
    QTest::newRow("drafts in 15 days") << QList{InvoiceStatus::Draft} << 15 << 0 << QString() << QString() << QString() << true;
}

void TestInvoiceListModel::filterMatchesStore()
{
    QFETCH(QList<InvoiceStatus>, statuses);
    QFETCH(int, fromDaysAgo);
    QFETCH(int, toDaysAgo);
    QFETCH(QString, docType);
    QFETCH(QString, buyer);
    QFETCH(QString, text);
    QFETCH(bool, someLeft);
    InvoiceFilter filter = m_model->filter();
    filter.statuses = statuses;
    const QDate today = irndesk::test::InvoiceFixture::today();
    if (fromDaysAgo >= 0) {
        filter.from = today.addDays(-fromDaysAgo);
        filter.to = today.addDays(-toDaysAgo);
    }
    filter.docType = docType;
    filter.buyer = buyer;
    filter.text = text;
    m_model->setFilter(filter);
    QVERIFY(waitLoaded());
    const QList<qint64> expected = storeIds(filter, InvoiceSort::DocDate, Qt::DescendingOrder);
    QCOMPARE(modelIds(), expected);
    QCOMPARE(!expected.isEmpty(), someLeft);
    QVERIFY(expected.size() < kCount || !someLeft || statuses.isEmpty());
}

void TestInvoiceListModel::pagesAcrossCacheBoundaries()
{
    // Pages of 7 rows, 3 kept: reading the list forwards, backwards and at random crosses pages
    // and evicts them all the time; every row must still be its own.
    m_model->setPageCache(7, 3);
    const QList<qint64> ids = storeIds(m_model->filter(), InvoiceSort::DocDate, Qt::DescendingOrder);
    QHash<qint64, QString> numbers;
    for (const auto& s : m_fixture.store->invoiceSummaries(ids)) {
        numbers.insert(s.id, s.docNo);
    }
    QCOMPARE(numbers.size(), kCount);
    QList<int> order;
    for (int row = 0; row < kCount; ++row) {
        order.append(row);
    }
    for (int row = kCount - 1; row >= 0; --row) {
        order.append(row);
    }
    QRandomGenerator random(42);
    for (int i = 0; i < 500; ++i) {
        order.append(random.bounded(kCount));
    }
    for (int row : order) {
        QCOMPARE(m_model->index(row, InvoiceListModel::Number).data().toString(), numbers.value(ids[row]));
        QVERIFY(m_model->cachedPages() <= 3);
    }
    // Rows 6 and 7 sit on two pages.
    QCOMPARE(m_model->index(6, InvoiceListModel::Number).data().toString(), numbers.value(ids[6]));
    QCOMPARE(m_model->index(7, InvoiceListModel::Number).data().toString(), numbers.value(ids[7]));
}

void TestInvoiceListModel::refreshAfterChange()
{
    const qint64 gone = m_model->idAt(3);
    const QString goneNumber = m_model->index(3, InvoiceListModel::Number).data().toString();
    QVERIFY(m_fixture.store->deleteInvoice(gone));
    // Before the refresh the row is still there (its ids are those read), and shows as gone once
    // its page is read again.
    m_model->refresh();
    QVERIFY(waitLoaded());
    QCOMPARE(m_model->rowCount(), kCount - 1);
    QCOMPARE(m_model->rowOf(gone), -1);
    QCOMPARE(modelIds(), storeIds(m_model->filter(), InvoiceSort::DocDate, Qt::DescendingOrder));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row, InvoiceListModel::Number).data().toString() != goneNumber);
    }
    // A change of status shows after a refresh too.
    const qint64 id = m_model->idAt(0);
    QVERIFY(m_fixture.store->markExported({id}, u"again.json"_s));
    m_model->refresh();
    QVERIFY(waitLoaded());
    QCOMPARE(m_model->index(m_model->rowOf(id), InvoiceListModel::Status).data().toString(),
             irndesk::store::statusTitle(InvoiceStatus::Exported));
}

void TestInvoiceListModel::staleResultIsDropped()
{
    // Three requests at once: only the last one's rows may show, and only once.
    QSignalSpy loaded(m_model.get(), &InvoiceListModel::loaded);
    InvoiceFilter filter = m_model->filter();
    filter.text = u"no such thing"_s;
    m_model->setFilter(filter);
    filter.text.clear();
    filter.statuses = {InvoiceStatus::Draft};
    m_model->setFilter(filter);
    filter.statuses = {InvoiceStatus::Exported};
    m_model->setFilter(filter);
    QVERIFY(m_model->isSearching());
    QVERIFY(waitLoaded());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(modelIds(), storeIds(filter, InvoiceSort::DocDate, Qt::DescendingOrder));
    QVERIFY(m_model->rowCount() > 0);
}

QTEST_MAIN(TestInvoiceListModel)
#include "TestInvoiceListModel.moc"
