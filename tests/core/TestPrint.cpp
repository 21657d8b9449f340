// SPDX-License-Identifier: GPL-3.0-or-later
// The printed e-invoice (issue 7): the amount in words, the QR symbol, and the PDF that
// `irndesk-cli print` writes, read back as a user's tools would: the page rendered at 300 dpi by
// poppler's pdftoppm and the QR decoded by zbar's zbarimg, the text by pdftotext.
#include "core/json/InvoiceReader.h"
#include "core/print/AmountInWords.h"
#include "core/print/InvoicePdf.h"
#include "core/print/QrSymbol.h"
#include "core/store/Store.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/TestData.h"

using namespace irndesk;
using namespace irndesk::print;

namespace {

/// A Debian tool the test reads the PDF with; empty when it is missing.
#define REQUIRE_TOOL(var, name)                                                                                        \
    const QString var = test::findTool(QStringLiteral(name));                                                          \
    QVERIFY2(!var.isEmpty(), name " is not installed: run `make deps` (zbar-tools, poppler-utils)")

using test::runTool;
using Run = test::ToolRun;

/// The JWTs of tests/data/print/real_signed_jwts.json (copied from the shared samples).
QJsonArray jwts()
{
    return QJsonDocument::fromJson(test::readData(QStringLiteral("print/real_signed_jwts.json")))
        .object()
        .value(u"jwts")
        .toArray();
}

/// A real SignedQRCode issued by NIC's sandbox, with its IRN, and the AckNo of the same IRN.
struct RealIrp
{
    QString qr, irn, ackNo, ackDate;
};

RealIrp realIrp(const QString& seller = QStringLiteral("01AMBPG7773M002"))
{
    RealIrp r;
    const QJsonArray all = jwts();
    for (const QJsonValue& v : all) {
        const QJsonObject o = v.toObject();
        if (o.value(u"kind").toString() == u"SignedQRCode" && o.value(u"seller_gstin").toString() == seller) {
            r.qr = o.value(u"jwt").toString();
            r.irn = o.value(u"irn").toString();
            r.ackDate = o.value(u"irn_or_ack_date").toString();
        }
    }
    for (const QJsonValue& v : all) {
        const QJsonObject o = v.toObject();
        if (o.value(u"kind").toString() == u"SignedInvoice" && o.value(u"irn").toString() == r.irn) {
            r.ackNo = QString::number(o.value(u"ack_no").toInteger());
        }
    }
    return r;
}

Invoice sampleInvoice()
{
    ReadInvoice read = readInvoice(test::readData(QStringLiteral("rules/valid-b2b-intra-goods/invoice.json")));
    return *read.invoice;
}

/// An invoice of `lines` lines (the sample's first line again and again).
Invoice longInvoice(int lines)
{
    Invoice invoice = sampleInvoice();
    const Item first = invoice.itemList.first();
    invoice.itemList.clear();
    for (int i = 0; i < lines; ++i) {
        Item item = first;
        item.slNo = QString::number(i + 1);
        item.prdDesc =
            QStringLiteral("Laptop computer, model %1, with a charger, a carry bag and a three-year warranty")
                .arg(i + 1);
        invoice.itemList.append(item);
    }
    invoice.docDtls.no = QStringLiteral("MH/2026/LONG");
    return invoice;
}

/// A store at `path` with the sample invoice registered (with a real SignedQRCode), a long
/// registered invoice, and a ready one; returns the ids.
struct Stored
{
    qint64 registered = 0, longOne = 0, ready = 0;
};

Stored makeStore(const QString& path, const RealIrp& irp, const RealIrp& longIrp)
{
    Stored ids;
    auto opened = store::Store::open(path);
    if (!opened) {
        qWarning() << opened.error().message;
        return ids;
    }
    store::Store& db = *opened.value();
    const Invoice invoice = sampleInvoice();
    const qint64 ws = db.addWorkspace(store::SellerProfile::fromInvoice(invoice)).value().id;
    const auto registerIt = [&](const Invoice& inv, const RealIrp& real) {
        const qint64 id = db.addInvoice(ws, inv, {}).value();
        if (!db.markExported({ id }, QStringLiteral("bulk-001.json"))) {
            return qint64(0);
        }
        store::IrpResult result;
        result.irn = real.irn;
        result.ackNo = real.ackNo;
        result.ackDate = real.ackDate;
        result.signedQrCode = real.qr;
        if (!db.recordRegistered(id, result, QStringLiteral("portal"))) {
            return qint64(0);
        }
        return id;
    };
    ids.registered = registerIt(invoice, irp);
    Invoice longOne = longInvoice(120);
    ids.longOne = registerIt(longOne, longIrp);
    Invoice ready = invoice;
    ready.docDtls.no = QStringLiteral("MH/2026/0043");
    ids.ready = db.addInvoice(ws, ready, {}).value();
    return ids;
}

int pageCount(const QString& pdfinfo, const QString& pdf)
{
    const Run info = runTool(pdfinfo, { pdf });
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestPrint : public QObject
{
    Q_OBJECT

private slots:
    void amountInWords_data();
    void amountInWords();
    void indianGrouping_data();
    void indianGrouping();
    void qrLevelAndVersion();
    void qrImageDecodes();
    void registeredInvoicePdf();
    void longInvoiceSpansPages();
    void cliExitCodes();
    void creditNoteAndExport();

private:
    QTemporaryDir m_dir;
};

void TestPrint::amountInWords_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("words");
    QTest::newRow("zero") << "0"
                          << "Rupees Zero Only";
    QTest::newRow("paise only") << "0.05"
                                << "Five Paise Only";
    QTest::newRow("one rupee") << "1"
                               << "Rupees One Only";
    QTest::newRow("teens") << "19.19"
                           << "Rupees Nineteen and Nineteen Paise Only";
    QTest::newRow("hundred") << "100"
                             << "Rupees One Hundred Only";
    QTest::newRow("thousand") << "1000"
                              << "Rupees One Thousand Only";
    QTest::newRow("one lakh") << "100000"
                              << "Rupees One Lakh Only";
    QTest::newRow("issue example")
        << "123145.50"
        << "Rupees One Lakh Twenty-Three Thousand One Hundred Forty-Five and Fifty Paise Only";
    QTest::newRow("one crore") << "10000000"
                               << "Rupees One Crore Only";
    QTest::newRow("largest below 100 crore") << "999999999.99"
                                             << "Rupees Ninety-Nine Crore Ninety-Nine Lakh Ninety-Nine Thousand Nine "
                                                "Hundred Ninety-Nine and Ninety-Nine Paise Only";
    QTest::newRow("hundred crore") << "1000000000"
                                   << "Rupees One Hundred Crore Only";
    QTest::newRow("lakh crore") << "1000000000000.01"
                                << "Rupees One Lakh Crore and One Paise Only";
    QTest::newRow("zeros inside") << "10010001.10"
                                  << "Rupees One Crore Ten Thousand One and Ten Paise Only";
    QTest::newRow("negative") << "-1500.75"
                              << "Minus Rupees One Thousand Five Hundred and Seventy-Five Paise Only";
    QTest::newRow("negative paise") << "-0.50"
                                    << "Minus Fifty Paise Only";
}

void TestPrint::amountInWords()
{
    QFETCH(QString, amount);
    QFETCH(QString, words);
    const std::optional<Money> money = Money::parse(amount);
    QVERIFY(money);
    QCOMPARE(print::amountInWords(*money), words);
}

void TestPrint::indianGrouping_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << "0"
                          << "0.00";
    QTest::newRow("hundreds") << "999.5"
                              << "999.50";
    QTest::newRow("thousand") << "1000"
                              << "1,000.00";
    QTest::newRow("lakh") << "123145"
                          << "1,23,145.00";
    QTest::newRow("crore") << "999999999.99"
                           << "99,99,99,999.99";
    QTest::newRow("hundred crore") << "1000000000"
                                   << "1,00,00,00,000.00";
    QTest::newRow("negative") << "-100000.05"
                              << "-1,00,000.05";
}

void TestPrint::indianGrouping()
{
    QFETCH(QString, amount);
    QFETCH(QString, text);
    QCOMPARE(print::indianGrouping(*Money::parse(amount)), text);
}

void TestPrint::qrLevelAndVersion()
{
    const RealIrp irp = realIrp();
    QVERIFY(irp.qr.size() > 900);
    const Result<QrSymbol> qr = QrSymbol::encode(irp.qr.toUtf8());
    QVERIFY(qr);
    // Level M fits a SignedQRCode (see QrSymbol.h): version 25 for ~950 characters.
    QCOMPARE(qr.value().level(), 'M');
    QVERIFY2(qr.value().version() <= 25, qPrintable(QString::number(qr.value().version())));
    QCOMPARE(qr.value().size(), 17 + 4 * qr.value().version());
    // At the printed size a module is at least 0.4 mm.
    QVERIFY(kQrSideInches >= 2.0);
    QVERIFY(kQrSideInches * 25.4 / qr.value().sizeWithQuietZone() >= 0.4);
    // Too long for M: L; too long for any symbol: an error, not a crash.
    QCOMPARE(QrSymbol::encode(QByteArray(2500, 'a')).value().level(), 'L');
    QVERIFY(!QrSymbol::encode(QByteArray(3000, 'a')));
    QVERIFY(!QrSymbol::encode(QByteArray()));
}

void TestPrint::qrImageDecodes()
{
    REQUIRE_TOOL(zbarimg, "zbarimg");
    const RealIrp irp = realIrp();
    const QrSymbol qr = QrSymbol::encode(irp.qr.toUtf8()).value();
    const QImage image = qr.toImage(3);
    QCOMPARE(image.width(), qr.sizeWithQuietZone() * 3);
    // The quiet zone is white, the finder pattern's corner dark.
    QCOMPARE(qGray(image.pixel(0, 0)), 255);
    QCOMPARE(qGray(image.pixel(QrSymbol::kQuietZone * 3, QrSymbol::kQuietZone * 3)), 0);
    const QString png = m_dir.filePath(QStringLiteral("screen.png"));
    QVERIFY(image.save(png));
    const Run r = runTool(zbarimg, { QStringLiteral("--raw"), QStringLiteral("-q"), png });
    QCOMPARE(r.code, 0);
    QCOMPARE(QString::fromUtf8(r.out).chopped(1), irp.qr);
}

void TestPrint::registeredInvoicePdf()
{
    REQUIRE_TOOL(zbarimg, "zbarimg");
    REQUIRE_TOOL(pdftoppm, "pdftoppm");
    REQUIRE_TOOL(pdftotext, "pdftotext");
    const RealIrp irp = realIrp();
    QVERIFY(!irp.qr.isEmpty() && !irp.ackNo.isEmpty());
    const QString db = m_dir.filePath(QStringLiteral("registered.sqlite"));
    const Stored ids = makeStore(db, irp, realIrp(QStringLiteral("02AMBPG7773M002")));
    QVERIFY(ids.registered != 0);

    // Through the command a user runs.
    const QString pdf = m_dir.filePath(QStringLiteral("MH-2026-0042.pdf"));
    const test::CliRun run = test::runCli({ QStringLiteral("print"),
        QStringLiteral("--store"),
        db,
        QStringLiteral("--doc"),
        QStringLiteral("INV/mh/2026/0042"),
        QStringLiteral("--out"),
        pdf });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(pdf));

    // Rendered at 300 dpi, the printed QR decodes to exactly the SignedQRCode.
    const QString prefix = m_dir.filePath(QStringLiteral("registered"));
    QCOMPARE(runTool(pdftoppm,
                 { QStringLiteral("-r"),
                     QStringLiteral("300"),
                     QStringLiteral("-png"),
                     QStringLiteral("-f"),
                     QStringLiteral("1"),
                     QStringLiteral("-l"),
                     QStringLiteral("1"),
                     QStringLiteral("-singlefile"),
                     pdf,
                     prefix })
                 .code,
        0);
    const QImage page(prefix + QStringLiteral(".png"));
    QCOMPARE(page.width(), 2480); // A4 at 300 dpi: 210 mm
    const Run decoded =
        runTool(zbarimg, { QStringLiteral("--raw"), QStringLiteral("-q"), prefix + QStringLiteral(".png") });
    QCOMPARE(decoded.code, 0);
    QCOMPARE(QString::fromUtf8(decoded.out).chopped(1), irp.qr);

    // The QR's printed size: its dark modules span (version*4+17) modules of 2.2 in / (that + 8).
    int minX = page.width(), maxX = -1;
    // The QR's square: 2.2 in at the right margin (12 mm) of the top of the page.
    const int qrLeft = page.width() - int((12 / 25.4 + kQrSideInches) * 300) - 5;
    for (int y = 0; y < int((12 / 25.4 + kQrSideInches) * 300) + 5; ++y) {
        for (int x = qrLeft; x < page.width(); ++x) {
            if (qGray(page.pixel(x, y)) < 128) {
                minX = std::min(minX, x);
                maxX = std::max(maxX, x);
            }
        }
    }
    const QrSymbol qr = QrSymbol::encode(irp.qr.toUtf8()).value();
    const double symbolInches = double(maxX - minX + 1) / 300.0;
    const double expected = kQrSideInches * qr.size() / qr.sizeWithQuietZone();
    QVERIFY2(std::abs(symbolInches - expected) < 0.02, qPrintable(QString::number(symbolInches)));
    QVERIFY(kQrSideInches >= 2.0);

    const Run text = runTool(pdftotext, { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QCOMPARE(text.code, 0);
    const QString t = QString::fromUtf8(text.out);
    QVERIFY2(t.contains(irp.irn), qPrintable(t));
    QVERIFY(t.contains(irp.ackNo));
    QVERIFY(t.contains(irp.ackDate));
    QVERIFY(t.contains(QStringLiteral("Tax Invoice")));
    QVERIFY(t.contains(QStringLiteral("e-Invoice")));
    QVERIFY(t.contains(QStringLiteral("MH/2026/0042")));
    QVERIFY(t.contains(QStringLiteral("Pune Traders Private Limited")));
    QVERIFY(t.contains(QStringLiteral("Mumbai Retail LLP")));
    QVERIFY(t.contains(QStringLiteral("84713010")));
    QVERIFY(t.contains(QStringLiteral("1,23,145.00")));
    QVERIFY(t.contains(QStringLiteral("1,04,900.00")));
    QVERIFY(t.contains(QStringLiteral("Rupees One Lakh Twenty-Three Thousand One Hundred Forty-Five Only")));
    QVERIFY(t.contains(QStringLiteral("Page 1 of 1")));
    QVERIFY(!t.contains(QStringLiteral("DRAFT")));
}

void TestPrint::longInvoiceSpansPages()
{
    REQUIRE_TOOL(zbarimg, "zbarimg");
    REQUIRE_TOOL(pdftoppm, "pdftoppm");
    REQUIRE_TOOL(pdftotext, "pdftotext");
    REQUIRE_TOOL(pdfinfo, "pdfinfo");
    const RealIrp irp = realIrp(QStringLiteral("02AMBPG7773M002"));
    const QString db = m_dir.filePath(QStringLiteral("long.sqlite"));
    const Stored ids = makeStore(db, realIrp(), irp);
    QVERIFY(ids.longOne != 0);
    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    const test::CliRun run = test::runCli({ QStringLiteral("print"),
        QStringLiteral("--store"),
        db,
        QStringLiteral("--doc"),
        QStringLiteral("INV/MH/2026/LONG"),
        QStringLiteral("--out"),
        pdf });
    QVERIFY2(run.code == 0, qPrintable(run.err));

    const int pages = pageCount(pdfinfo, pdf);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    const QString t =
        QString::fromUtf8(runTool(pdftotext, { QStringLiteral("-layout"), pdf, QStringLiteral("-") }).out);
    const QStringList pageTexts = t.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages);
    int rowsSeen = 0;
    for (int i = 0; i < pages; ++i) {
        const QString& p = pageTexts.at(i);
        // The table header on every page that has lines, and the page number on every page.
        QVERIFY2(p.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)), qPrintable(p));
        if (i == 0 || rowsSeen < 120) {
            QVERIFY2(p.contains(QStringLiteral("Description")) && p.contains(QStringLiteral("Taxable")), qPrintable(p));
        }
        rowsSeen += int(p.count(QStringLiteral("84713010"))); // the HSN: once per line
        QCOMPARE(p.contains(irp.irn), i == 0); // the e-invoice details on page 1 only
    }
    QCOMPARE(rowsSeen, 120); // every line once
    QVERIFY(pageTexts.last().contains(QStringLiteral("Invoice total")));
    QVERIFY(t.count(QStringLiteral("Invoice total")) == 1);

    // The QR on page 1 only: zbar finds it there, and nothing on the other pages.
    const QString prefix = m_dir.filePath(QStringLiteral("long"));
    QCOMPARE(
        runTool(pdftoppm, { QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), pdf, prefix }).code,
        0);
    QDir dir(m_dir.path());
    const QStringList pngs = dir.entryList({ QStringLiteral("long-*.png") }, QDir::Files, QDir::Name);
    QCOMPARE(pngs.size(), pages);
    for (int i = 0; i < pngs.size(); ++i) {
        const Run r = runTool(zbarimg, { QStringLiteral("--raw"), QStringLiteral("-q"), dir.filePath(pngs.at(i)) });
        if (i == 0) {
            QCOMPARE(r.code, 0);
            QCOMPARE(QString::fromUtf8(r.out).chopped(1), irp.qr);
        } else {
            QCOMPARE(r.code, 4); // zbarimg: no symbol found
            QVERIFY(r.out.isEmpty());
        }
    }
}

void TestPrint::cliExitCodes()
{
    REQUIRE_TOOL(zbarimg, "zbarimg");
    REQUIRE_TOOL(pdftoppm, "pdftoppm");
    REQUIRE_TOOL(pdftotext, "pdftotext");
    const RealIrp irp = realIrp();
    const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const Stored ids = makeStore(db, irp, realIrp(QStringLiteral("02AMBPG7773M002")));
    QVERIFY(ids.ready != 0);
    const auto print = [&](const QStringList& more) {
        return test::runCli(QStringList{ QStringLiteral("print"), QStringLiteral("--store"), db } + more);
    };
    const QString out = m_dir.filePath(QStringLiteral("ready.pdf"));

    // A ready invoice is not an e-invoice yet: 1, and no file.
    test::CliRun r =
        print({ QStringLiteral("--doc"), QStringLiteral("INV/MH/2026/0043"), QStringLiteral("--out"), out });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not registered")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));

    // --draft prints it with the watermark and without a QR.
    r = print({ QStringLiteral("--doc"),
        QStringLiteral("INV/MH/2026/0043"),
        QStringLiteral("--out"),
        out,
        QStringLiteral("--draft") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString t = QString::fromUtf8(runTool(pdftotext, { out, QStringLiteral("-") }).out);
    QVERIFY2(t.contains(QStringLiteral("DRAFT")), qPrintable(t));
    QVERIFY(t.contains(QStringLiteral("not registered")));
    const QString prefix = m_dir.filePath(QStringLiteral("draft"));
    QCOMPARE(runTool(pdftoppm,
                 { QStringLiteral("-r"),
                     QStringLiteral("150"),
                     QStringLiteral("-png"),
                     QStringLiteral("-singlefile"),
                     out,
                     prefix })
                 .code,
        0);
    QCOMPARE(
        runTool(zbarimg, { QStringLiteral("--raw"), QStringLiteral("-q"), prefix + QStringLiteral(".png") }).code, 4);

    // The command could not run: 2, and nothing written.
    const QString none = m_dir.filePath(QStringLiteral("none.pdf"));
    QCOMPARE(print({ QStringLiteral("--doc"), QStringLiteral("INV/NOPE/1"), QStringLiteral("--out"), none }).code, 2);
    QCOMPARE(
        print({ QStringLiteral("--doc"), QStringLiteral("XYZ/MH/2026/0042"), QStringLiteral("--out"), none }).code, 2);
    QCOMPARE(print({ QStringLiteral("--doc"), QStringLiteral("MH-2026-0042"), QStringLiteral("--out"), none }).code, 2);
    QCOMPARE(print({ QStringLiteral("--doc"), QStringLiteral("INV/MH/2026/0042") }).code, 2);
    QCOMPARE(print({ QStringLiteral("--doc"),
                       QStringLiteral("INV/MH/2026/0042"),
                       QStringLiteral("--out"),
                       none,
                       QStringLiteral("--workspace"),
                       QStringLiteral("29AAACB1234C1Z5") })
                 .code,
        2);
    QCOMPARE(test::runCli({ QStringLiteral("print"),
                              QStringLiteral("--store"),
                              m_dir.filePath(QStringLiteral("missing.sqlite")),
                              QStringLiteral("--doc"),
                              QStringLiteral("INV/1"),
                              QStringLiteral("--out"),
                              none })
                 .code,
        2);
    QVERIFY(!QFile::exists(none));
    // An unwritable place: 2, and the PDF is not half-written anywhere.
    QCOMPARE(print({ QStringLiteral("--doc"),
                       QStringLiteral("INV/MH/2026/0042"),
                       QStringLiteral("--out"),
                       m_dir.filePath(QStringLiteral("no-such-dir/x.pdf")) })
                 .code,
        2);

    // The registered one, with --workspace, in any letter case: 0.
    r = print({ QStringLiteral("--doc"),
        QStringLiteral("inv/MH/2026/0042"),
        QStringLiteral("--workspace"),
        QStringLiteral("27aapfu0939f1zv"),
        QStringLiteral("--out"),
        out });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!QString::fromUtf8(runTool(pdftotext, { out, QStringLiteral("-") }).out).contains(QStringLiteral("DRAFT")));
}

void TestPrint::creditNoteAndExport()
{
    REQUIRE_TOOL(pdftotext, "pdftotext");
    const RealIrp irp = realIrp();
    store::StoredInvoice stored;
    stored.invoice = sampleInvoice();
    stored.invoice.docDtls.typ = QStringLiteral("CRN");
    stored.invoice.docDtls.no = QStringLiteral("CN/26-27/0007");
    stored.invoice.tranDtls.supTyp = QStringLiteral("EXPWP");
    RefDetails ref;
    PrecedingDocument preceding;
    preceding.invNo = QStringLiteral("MH/2026/0042");
    preceding.invDt = QStringLiteral("10/11/2026");
    ref.precDocDtls.append(preceding);
    stored.invoice.refDtls = ref;
    ExportDetails exp;
    exp.forCur = QStringLiteral("USD");
    exp.port = QStringLiteral("INBOM1");
    exp.shipBNo = QStringLiteral("SB123456");
    exp.shipBDt = QStringLiteral("12/11/2026");
    exp.cntCode = QStringLiteral("US");
    stored.invoice.expDtls = exp;
    stored.irp.irn = irp.irn;
    stored.irp.ackNo = irp.ackNo;
    stored.irp.ackDate = irp.ackDate;
    stored.irp.signedQrCode = irp.qr;
    const QString pdf = m_dir.filePath(QStringLiteral("crn.pdf"));
    QVERIFY(writeInvoicePdf(stored, pdf, {}));
    const QString t = QString::fromUtf8(runTool(pdftotext, { pdf, QStringLiteral("-") }).out);
    QVERIFY2(t.contains(QStringLiteral("Credit Note")), qPrintable(t));
    QVERIFY(!t.contains(QStringLiteral("Tax Invoice")));
    QVERIFY(t.contains(QStringLiteral("Invoice MH/2026/0042 dated 10/11/2026")));
    QVERIFY(t.contains(QStringLiteral("Currency: USD")));
    QVERIFY(t.contains(QStringLiteral("Port: INBOM1")));
    QVERIFY(t.contains(QStringLiteral("Shipping bill: SB123456 dated 12/11/2026")));

    // Without an IRN it is refused, and no file is left behind.
    stored.irp = {};
    const QString refused = m_dir.filePath(QStringLiteral("refused.pdf"));
    const Status s = writeInvoicePdf(stored, refused, {});
    QVERIFY(!s);
    QVERIFY(s.error().message.contains(QStringLiteral("CN/26-27/0007")));
    QVERIFY(!QFile::exists(refused));
}

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    TestPrint test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestPrint.moc"
