// SPDX-License-Identifier: GPL-3.0-or-later
// A registered invoice in the app: opened from the main window as the read-only view, with its
// IRN and Ack, the QR code drawn on screen (decoded back by zbar), the signature verdict, the
// sandbox warning, the QR claims that differ from the invoice, the cancel window, and printing
// through Qt's preview and a printer. Real NIC sandbox JWTs, a real store file.
#include "core/irp/Jwt.h"
#include "core/json/InvoiceReader.h"
#include "core/store/Store.h"
#include "ui/AppContext.h"
#include "ui/InvoiceView.h"
#include "ui/MainWindow.h"

#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace irndesk;
using irndesk::ui::InvoiceView;

namespace {

QString sampleJwt(const QString& kind, const QString& seller)
{
    const QJsonArray all =
        QJsonDocument::fromJson(test::readData(u"print/real_signed_jwts.json"_s)).object().value(u"jwts").toArray();
    for (const QJsonValue& v : all) {
        const QJsonObject o = v.toObject();
        if (o.value(u"kind").toString() == kind && o.value(u"seller_gstin").toString() == seller) {
            return o.value(u"jwt").toString();
        }
    }
    return {};
}

// The IRP's AckDt form, in IST, `hoursAgo` before now.
QString ackDateHoursAgo(int hoursAgo)
{
    return QDateTime::currentDateTimeUtc()
        .addSecs(-hoursAgo * 3600)
        .toTimeZone(QTimeZone(19800))
        .toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

class TestInvoiceView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registeredInvoiceShowsIrnQrAndVerdict();
    void qrClaimsThatDifferAreListed();
    void cancelWindowCountsDown();
    void editableInvoicesOpenInTheEditor();
    void printPreviewRendersThePages();
    void printsThroughAPrinterAndToPdf();

private:
    InvoiceView* openView(qint64 id);

    QTemporaryDir m_dir;
    std::unique_ptr<ui::AppContext> m_context;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_matching = 0, m_differing = 0, m_old = 0, m_ready = 0;
    QString m_qr, m_signedInvoice, m_irn;
};

void TestInvoiceView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir.filePath(u"settings"_s), u"TestInvoiceView"_s);
    qputenv("IRNDESK_KEYS", m_dir.filePath(u"keys"_s).toLocal8Bit());
    m_qr = sampleJwt(u"SignedQRCode"_s, u"02AMBPG7773M002"_s);
    m_signedInvoice = sampleJwt(u"SignedInvoice"_s, u"02AMBPG7773M002"_s);
    QVERIFY(!m_qr.isEmpty() && !m_signedInvoice.isEmpty());

    // The invoice the QR code stands for (02AMBPG7773M002, INV 9sQ5E2 of 02/10/2023, ₹1,416, one
    // line of HSN 61149090), registered; one more with the same QR code but another number and
    // total; the same registered long ago; and one ready.
    auto opened = store::Store::open(m_dir.filePath(u"view.sqlite"_s));
    QVERIFY(opened);
    store::Store& db = *opened.value();
    store::SellerProfile seller;
    seller.gstin = u"02AMBPG7773M002"_s;
    seller.legalName = u"Sandbox seller"_s;
    const qint64 ws = db.addWorkspace(seller).value().id;
    Invoice invoice = readInvoice(test::readData(u"rules/valid-b2b-intra-goods/invoice.json"_s)).invoice.value();
    invoice.sellerDtls.gstin = u"02AMBPG7773M002"_s;
    invoice.buyerDtls.gstin = u"36AMBPG7773M002"_s;
    invoice.docDtls.typ = u"INV"_s;
    invoice.docDtls.no = u"9sQ5E2"_s;
    invoice.docDtls.dt = u"02/10/2023"_s;
    invoice.itemList = { invoice.itemList.first() };
    invoice.itemList[0].hsnCd = u"61149090"_s;
    invoice.valDtls.totInvVal = Money::parse(u"1416.00"_s);
    // The IRN and its date as the QR code has them.
    const irp::Jwt qr = irp::parseJwt(m_qr).value();
    store::IrpResult irp;
    irp.irn = qr.claim(u"Irn"_s);
    irp.ackNo = u"172310058044444"_s;
    irp.ackDate = qr.claim(u"IrnDt"_s);
    irp.signedQrCode = m_qr;
    irp.signedInvoice = m_signedInvoice;
    const auto registered = [&](const Invoice& inv, const store::IrpResult& result) {
        const qint64 id = db.addInvoice(ws, inv, {}).value();
        return db.recordRegistered(id, result, u"test"_s) ? id : 0;
    };
    m_matching = registered(invoice, irp);
    QVERIFY(m_matching);
    m_irn = irp.irn;

    Invoice other = invoice;
    other.docDtls.no = u"9SQ5E3"_s;
    other.valDtls.totInvVal = Money::parse(u"1500.00"_s);
    store::IrpResult otherIrp = irp;
    otherIrp.irn = QString(64, u'b');
    otherIrp.ackDate = ackDateHoursAgo(2);
    m_differing = registered(other, otherIrp);
    QVERIFY(m_differing);

    Invoice old = invoice;
    old.docDtls.no = u"9SQ5E4"_s;
    store::IrpResult oldIrp = irp;
    oldIrp.irn = QString(64, u'c');
    oldIrp.ackDate = ackDateHoursAgo(30);
    m_old = registered(old, oldIrp);
    QVERIFY(m_old);

    Invoice ready = invoice;
    ready.docDtls.no = u"9SQ5E5"_s;
    m_ready = db.addInvoice(ws, ready, {}).value();
}

void TestInvoiceView::init()
{
    m_context = std::make_unique<ui::AppContext>();
    QVERIFY(m_context->openStore(m_dir.filePath(u"view.sqlite"_s)));
    m_window = std::make_unique<ui::MainWindow>(*m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestInvoiceView::cleanup()
{
    m_window.reset();
    m_context.reset();
}

InvoiceView* TestInvoiceView::openView(qint64 id)
{
    QWidget* window = m_window->openInvoice(id);
    auto* view = qobject_cast<InvoiceView*>(window);
    if (view) {
        [[maybe_unused]] const bool exposed = QTest::qWaitForWindowExposed(view);
    }
    return view;
}

void TestInvoiceView::registeredInvoiceShowsIrnQrAndVerdict()
{
    InvoiceView* view = openView(m_matching);
    QVERIFY(view);
    QVERIFY(view->windowTitle().contains(u"9sQ5E2"_s));
    QCOMPARE(view->findChild<QLabel*>(u"irnLabel"_s)->text(), m_irn);
    QVERIFY(view->findChild<QLabel*>(u"ackLabel"_s)->text().startsWith(u"172310058044444 of "_s));

    // Both signatures verify with NIC's sandbox key, and the warning says it is no e-invoice.
    const QString verdict = view->findChild<QLabel*>(u"verdictLabel"_s)->text();
    QVERIFY2(verdict.contains(u"QR code: valid signature"_s), qPrintable(verdict));
    QVERIFY2(verdict.contains(u"Signed invoice: valid signature"_s), qPrintable(verdict));
    auto* sandbox = view->findChild<QLabel*>(u"sandboxLabel"_s);
    QVERIFY(sandbox->isVisible());
    QVERIFY(sandbox->text().contains(u"not a valid e-invoice"_s));
    QVERIFY(!view->findChild<QListWidget*>(u"mismatchList"_s)->isVisible());
    QVERIFY(view->check().ok());

    // The QR code on screen: whole pixels per module, with its quiet zone, and zbar reads the
    // whole SignedQRCode back from it.
    const QImage qr = view->qrImage();
    QVERIFY(!qr.isNull());
    QCOMPARE(qr.width(), qr.height());
    QVERIFY(qr.width() >= 250);
    const QPixmap shown = view->findChild<QLabel*>(u"qrLabel"_s)->pixmap();
    QCOMPARE(shown.size(), qr.size());
    const QString png = m_dir.filePath(u"screen-qr.png"_s);
    QVERIFY(qr.save(png));
    const QString zbarimg = test::findTool(u"zbarimg"_s);
    QVERIFY2(!zbarimg.isEmpty(), "zbarimg is not installed: run `make deps` (zbar-tools)");
    const test::ToolRun decoded = test::runTool(zbarimg, { u"--raw"_s, u"-q"_s, png });
    QCOMPARE(decoded.code, 0);
    QCOMPARE(QString::fromLatin1(decoded.out).trimmed(), m_qr);

    // Opening it again raises the same window.
    QCOMPARE(m_window->openInvoice(m_matching), view);
}

void TestInvoiceView::qrClaimsThatDifferAreListed()
{
    InvoiceView* view = openView(m_differing);
    QVERIFY(view);
    auto* list = view->findChild<QListWidget*>(u"mismatchList"_s);
    QVERIFY(list->isVisible());
    QStringList rows;
    for (int i = 0; i < list->count(); ++i) {
        rows << list->item(i)->text();
    }
    QVERIFY2(rows.contains(u"TotInvVal differs: QR code '1416.0', invoice '1500.00'"_s), qPrintable(rows.join(u'\n')));
    QVERIFY(rows.join(u'\n').contains(u"DocNo differs"_s));
    QVERIFY(!view->check().ok());
    // The signature itself is still valid: it is the invoice that does not match.
    QVERIFY(view->check().qrCode->isValid());
}

void TestInvoiceView::cancelWindowCountsDown()
{
    InvoiceView* recent = openView(m_differing);
    QVERIFY(recent);
    const QString left = recent->findChild<QLabel*>(u"cancelLabel"_s)->text();
    QVERIFY2(left.contains(u"(21 h"_s) || left.contains(u"(22 h"_s), qPrintable(left));
    InvoiceView* old = openView(m_old);
    QVERIFY(old);
    QVERIFY(old->findChild<QLabel*>(u"cancelLabel"_s)->text().contains(u"window closed"_s));
}

void TestInvoiceView::editableInvoicesOpenInTheEditor()
{
    QWidget* window = m_window->openInvoice(m_ready);
    QVERIFY(window);
    QVERIFY(!qobject_cast<InvoiceView*>(window));
    QCOMPARE(window->metaObject()->className(), "irndesk::ui::InvoiceEditor");
}

void TestInvoiceView::printPreviewRendersThePages()
{
    InvoiceView* view = openView(m_matching);
    QVERIFY(view);
    QTest::mouseClick(view->findChild<QPushButton*>(u"printPreviewButton"_s), Qt::LeftButton);
    QPrintPreviewDialog* preview = nullptr;
    QTRY_VERIFY((preview = view->findChild<QPrintPreviewDialog*>(u"printPreview"_s)) != nullptr);
    QTRY_VERIFY(preview->isVisible());
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    QVERIFY(pages);
    QTRY_COMPARE(pages->pageCount(), 1);
    preview->close();
}

void TestInvoiceView::printsThroughAPrinterAndToPdf()
{
    InvoiceView* view = openView(m_matching);
    QVERIFY(view);
    // The printer path (what the print dialog hands over), to a PDF file the test can read.
    const QString printed = m_dir.filePath(u"printed.pdf"_s);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QVERIFY(view->printTo(printer));
    }
    const QString saved = m_dir.filePath(u"saved.pdf"_s);
    QVERIFY(view->savePdf(saved));
    const QString pdftotext = test::findTool(u"pdftotext"_s);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is not installed: run `make deps` (poppler-utils)");
    for (const QString& pdf : { printed, saved }) {
        const test::ToolRun text = test::runTool(pdftotext, { pdf, u"-"_s });
        QCOMPARE(text.code, 0);
        const QString words = QString::fromUtf8(text.out);
        QVERIFY2(words.contains(u"172310058044444"_s), qPrintable(pdf));
        QVERIFY2(words.contains(m_irn.left(32)) || words.contains(m_irn.left(16)), qPrintable(words.left(2000)));
    }
}

QTEST_MAIN(TestInvoiceView)
#include "TestInvoiceView.moc"
