// SPDX-License-Identifier: GPL-3.0-or-later
// Reading back what the IRP gave for documents uploaded by hand: the real sandbox responses and
// JWTs of the spec's samples (tests/data/portal/samples, copied verbatim), the shapes derived
// from them by tests/data/portal/make-data.py, and broken variants.
#include "core/io/Base64Url.h"
#include "core/io/PortalResults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/TestData.h"

using namespace irndesk;
using namespace irndesk::io;
using irndesk::test::dataPath;
using irndesk::test::readData;

namespace {

const QString kGoodsIrn = QStringLiteral("706daeccda0ef6f818da78f3a2a05a1288731057373002289b46c3229289a2e7");
const QString k2023Irn = QStringLiteral("2ecc42a8e81dcbbb56923e4bd046c861ce7374060bd31875ce35447e922c9399");

/// The real JWTs, in the order of samples/real_signed_jwts.json: [0] the Mittal-Analytics QR,
/// [1]/[2] the 2022 SignedInvoice/SignedQRCode, [3]/[4] the 2023 pair.
QStringList realJwts()
{
    QStringList out;
    const QJsonArray jwts = QJsonDocument::fromJson(readData(QStringLiteral("portal/samples/real_signed_jwts.json")))
                                .object()
                                .value(QLatin1String("jwts"))
                                .toArray();
    for (const QJsonValue& entry : jwts) {
        out.append(entry.toObject().value(QLatin1String("jwt")).toString());
    }
    return out;
}

PortalResults parseFile(const QString& name)
{
    Result<PortalResults> parsed = parsePortalResults(readData(QStringLiteral("portal/") + name), name);
    if (!parsed) {
        qWarning().noquote() << parsed.error().message;
        return {};
    }
    return std::move(parsed).value();
}

QString problemsText(const PortalResults& r)
{
    QStringList lines;
    for (const PortalProblem& p : r.problems) {
        lines.append(p.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

/// The 2022 sandbox invoice with its e-way bill, as every form of it must read.
void verifyGoods(const PortalResult& r, bool fromJwt)
{
    QCOMPARE(r.sellerGstin, QStringLiteral("01AMBPG7773M002"));
    QCOMPARE(r.docType, QStringLiteral("INV"));
    QCOMPARE(r.docNo, QStringLiteral("SINV-CFY-00067"));
    QCOMPARE(r.docDate, QStringLiteral("16/09/2022"));
    QCOMPARE(r.irn, kGoodsIrn);
    QCOMPARE(r.ackNo, QStringLiteral("232210036743849")); // a 15-digit JSON number, digit for digit
    QCOMPARE(r.ackDate, QStringLiteral("2022-09-16 19:29:00"));
    QCOMPARE(r.jwtDecoded, fromJwt);
}

} // namespace

class TestPortalResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void base64Url_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray() << true << QByteArray();
        QTest::newRow("one byte") << QByteArray("QQ") << true << QByteArray("A");
        QTest::newRow("two bytes") << QByteArray("QUI") << true << QByteArray("AB");
        QTest::newRow("three bytes") << QByteArray("QUJD") << true << QByteArray("ABC");
        QTest::newRow("padded") << QByteArray("QQ==") << true << QByteArray("A");
        QTest::newRow("padded two") << QByteArray("QUI=") << true << QByteArray("AB");
        QTest::newRow("url alphabet") << QByteArray("-_8") << true << QByteArray("\xfb\xff");
        QTest::newRow("plus") << QByteArray("+_8") << false << QByteArray();
        QTest::newRow("slash") << QByteArray("-/8") << false << QByteArray();
        QTest::newRow("lone char") << QByteArray("QUJDR") << false << QByteArray();
        QTest::newRow("bad padding") << QByteArray("Q===") << false << QByteArray();
        QTest::newRow("padding inside") << QByteArray("QQ==QUJD") << false << QByteArray();
        QTest::newRow("spare bits") << QByteArray("QR") << false << QByteArray();
        QTest::newRow("space") << QByteArray("QU JD") << false << QByteArray();
    }
    void base64Url()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(QByteArray, bytes);
        const std::optional<QByteArray> decoded = decodeBase64Url(text);
        QCOMPARE(decoded.has_value(), valid);
        if (valid) {
            QCOMPARE(*decoded, bytes);
            QCOMPARE(encodeBase64Url(bytes), QByteArray(text).replace('=', ""));
        }
    }
    void base64UrlRoundTrip()
    {
        QByteArray bytes;
        for (int i = 0; i < 300; ++i) {
            QCOMPARE(decodeBase64Url(encodeBase64Url(bytes)).value(), bytes);
            QCOMPARE(
                encodeBase64Url(bytes), bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            bytes.append(char(i * 37));
        }
    }

    /// The decrypted Data of a generate response: everything comes out, JWTs included.
    void generateResult()
    {
        const QStringList jwts = realJwts();
        const PortalResults r = parseFile(QStringLiteral("generate-result.json"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
        QCOMPARE(r.results.size(), 1);
        const PortalResult& goods = r.results.first();
        verifyGoods(goods, true);
        QCOMPARE(goods.signedInvoice, jwts[1]);
        QCOMPARE(goods.signedQrCode, jwts[2]);
        QCOMPARE(goods.ewbNo, QStringLiteral("391009149369"));
        QCOMPARE(goods.ewbDate, QStringLiteral("2022-09-16 19:29:00"));
        QCOMPARE(goods.ewbValidTill, QStringLiteral("2022-09-29 23:59:00"));
        QCOMPARE(goods.status, QStringLiteral("ACT"));
        QCOMPARE(goods.index, 1);
        QCOMPARE(goods.line, 1);
    }

    /// The wrappers around it are unwrapped: a GSP's {"success", "result"} and NIC's {"Status", "Data"}.
    void wrappers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("GSP response") << QStringLiteral("gsp-generate-response.json") << 9;
        QTest::newRow("NIC envelope, Data as JSON text") << QStringLiteral("nic-envelope.json") << 3;
    }
    void wrappers()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        const PortalResults r = parseFile(file);
        QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
        QCOMPARE(r.results.size(), 1);
        verifyGoods(r.results.first(), true);
        QCOMPARE(r.results.first().ewbNo, QStringLiteral("391009149369"));
        QCOMPARE(r.results.first().line, line);
    }

    /// A "data" text without the envelope's Status is read for what it holds: here a response.
    void dataTextHoldingAResponse()
    {
        const QByteArray result = readData(QStringLiteral("portal/generate-result.json"));
        // The result as a JSON string: ["..."] without its brackets.
        const QByteArray asString =
            QJsonDocument(QJsonArray{ QString::fromUtf8(result) }).toJson(QJsonDocument::Compact);
        const QByteArray wrapped = "{\n  \"Data\": " + asString.sliced(1, asString.size() - 2) + "\n}";
        const Result<PortalResults> r = parsePortalResults(wrapped, QStringLiteral("data.json"));
        QVERIFY(r);
        QVERIFY2(r.value().problems.isEmpty(), qPrintable(problemsText(r.value())));
        QCOMPARE(r.value().results.size(), 1);
        verifyGoods(r.value().results.first(), true);
        QCOMPARE(r.value().results.first().line, 1);
    }

    /// An array of responses; the 2023 document number is lower case and its IRN was computed on
    /// it as typed (before June 2025), which must not count as a mismatch.
    void arrayOfResults()
    {
        const QStringList jwts = realJwts();
        const PortalResults r = parseFile(QStringLiteral("results-array.json"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
        QCOMPARE(r.results.size(), 2);
        verifyGoods(r.results[0], true);
        QCOMPARE(r.results[0].line, 2);
        const PortalResult& second = r.results[1];
        QCOMPARE(second.index, 2);
        QCOMPARE(second.line, 15);
        QCOMPARE(second.sellerGstin, QStringLiteral("02AMBPG7773M002"));
        QCOMPARE(second.docNo, QStringLiteral("9sQ5E2"));
        QCOMPARE(second.docDate, QStringLiteral("02/10/2023"));
        QCOMPARE(second.irn, k2023Irn);
        QCOMPARE(second.ackNo, QStringLiteral("132310046063601"));
        QCOMPARE(second.signedInvoice, jwts[3]);
        QCOMPARE(second.signedQrCode, jwts[4]);
        QVERIFY(second.ewbNo.isEmpty()); // null in the file
    }

    /// Bare JWTs, one per line or in a JSON array: each SignedQRCode joins the SignedInvoice of
    /// its IRN; the Mittal-Analytics QR has no invoice in the file and no AckNo of its own.
    void bareJwts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("firstLine");
        QTest::newRow("one per line") << QStringLiteral("jwts.txt") << 1;
        QTest::newRow("JSON array of strings") << QStringLiteral("jwts.json") << 2;
    }
    void bareJwts()
    {
        QFETCH(QString, file);
        QFETCH(int, firstLine);
        const QStringList jwts = realJwts();
        const PortalResults r = parseFile(file);
        QCOMPARE(r.results.size(), 2);
        verifyGoods(r.results[0], true);
        QCOMPARE(r.results[0].signedInvoice, jwts[1]);
        QCOMPARE(r.results[0].signedQrCode, jwts[2]);
        QCOMPARE(r.results[0].index, 2);
        QCOMPARE(r.results[0].line, firstLine + 1);
        QVERIFY(r.results[0].status.isEmpty()); // a JWT does not say
        QCOMPARE(r.results[1].irn, k2023Irn);
        QCOMPARE(r.results[1].ackNo, QStringLiteral("132310046063601"));
        QCOMPARE(r.results[1].ackDate, QStringLiteral("2023-10-03 15:08:39"));
        QCOMPARE(r.results[1].signedQrCode, jwts[4]);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].index, 1);
        QCOMPARE(r.problems[0].line, firstLine);
        QVERIFY2(r.problems[0].message.contains(
                     QLatin1String("3997d6dbe585dbfc93a855cf2aad1a412ac7df0231ab7875851a15e1ba3f4df4")),
            qPrintable(r.problems[0].message));
        QVERIFY(r.problems[0].message.contains(QLatin1String("AckNo")));
    }

    /// Documents already decoded: the payload with its `data` text, and the invoice data itself.
    void decodedDocuments()
    {
        PortalResults r = parseFile(QStringLiteral("decoded-payload.json"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
        QCOMPARE(r.results.size(), 1);
        verifyGoods(r.results[0], false);
        QVERIFY(r.results[0].signedInvoice.isEmpty());

        r = parseFile(QStringLiteral("decoded-invoices.json"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
        QCOMPARE(r.results.size(), 2);
        verifyGoods(r.results[0], false);
        QCOMPARE(r.results[1].irn, k2023Irn);
        QCOMPARE(r.results[1].docNo, QStringLiteral("9sQ5E2"));
        QCOMPARE(r.results[1].line, r.results[0].line + 96); // where the second object starts
    }

    void keyVariants()
    {
        const PortalResults r = parseFile(QStringLiteral("key-variants.json"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
        QCOMPARE(r.results.size(), 2);
        verifyGoods(r.results[0], true);
        QCOMPARE(r.results[0].ewbNo, QStringLiteral("391009149369"));
        QCOMPARE(r.results[0].status, QStringLiteral("ACT"));
        QCOMPARE(r.results[1].irn, k2023Irn);
        QCOMPARE(r.results[1].ackNo, QStringLiteral("132310046063601"));
        QCOMPARE(r.results[1].status, QStringLiteral("ACT")); // "act" in the file
        QVERIFY(!r.results[1].signedQrCode.isEmpty());
    }

    /// The sample get-by-IRN response pairs the 2023 JWTs with the 2022 Irn and AckNo: a file
    /// put together from two documents is refused, not half-believed.
    void valuesThatContradictTheSignedDocument()
    {
        const PortalResults r = parseFile(QStringLiteral("get-by-irn-mismatch.json"));
        QVERIFY(r.results.isEmpty());
        QCOMPARE(r.problems.size(), 2);
        QVERIFY2(r.problems[0].message.contains(QLatin1String("Irn given")), qPrintable(problemsText(r)));
        QVERIFY2(r.problems[1].message.contains(QLatin1String("AckNo given")), qPrintable(problemsText(r)));
        QCOMPARE(r.problems[0].index, 1);
        QCOMPARE(r.problems[0].line, 3);
    }

    /// Each broken entry is reported with its number and line; the good ones around them are read.
    void brokenEntries()
    {
        const PortalResults r = parseFile(QStringLiteral("broken-entries.json"));
        QCOMPARE(r.results.size(), 2);
        QCOMPARE(r.results[0].index, 1);
        verifyGoods(r.results[0], true);
        QCOMPARE(r.results[1].index, 14);
        QCOMPARE(r.results[1].irn, k2023Irn);
        QCOMPARE(r.results[1].line, 386);

        struct Expected
        {
            int index;
            int line;
            const char* words;
        };
        const Expected expected[] = {
            { 2, 15, "SignedInvoice: not a JWT" },
            { 3, 28, "JWT payload is not JSON" },
            { 4, 41, "no Irn" },
            { 5, 136, "not 64 hexadecimal digits" },
            { 6, 232, "is not the IRN of INV SINV-CFY-00068 dated 16/09/2022 of GSTIN 01AMBPG7773M002" },
            { 7, 328, "not a JWT" },
            { 8, 329, "expected an object or a JWT text, not 42" },
            { 9, 330, "failure: 2150 : Duplicate IRN" },
            { 10, 347, "still encrypted" },
            { 11, 350, "failure: 2150 Duplicate IRN" },
            { 12, 360, "the SignedQRCode is for IRN 2ecc42a8" },
            { 13, 373, "the AckNo given (232210036743850)" },
            { 15, 398, "the same IRN as entry 1" },
            { 16, 411, "is not the IRN of INV SINV-CFY-00069" },
        };
        QCOMPARE(r.problems.size(), qsizetype(std::size(expected)));
        for (qsizetype i = 0; i < r.problems.size(); ++i) {
            const PortalProblem& p = r.problems[i];
            const Expected& e = expected[i];
            QVERIFY2(p.index == e.index && p.line == e.line && p.message.contains(QLatin1String(e.words)),
                qPrintable(QStringLiteral("expected entry %1 (line %2): ...%3..., got %4")
                               .arg(e.index)
                               .arg(e.line)
                               .arg(QLatin1String(e.words), p.toString())));
        }
        QCOMPARE(r.problems[4].toString().left(19), QStringLiteral("entry 6 (line 232):"));
    }

    void brokenJwtLines()
    {
        const QStringList jwts = realJwts();
        const PortalResults r = parseFile(QStringLiteral("broken-jwts.txt"));
        QCOMPARE(r.results.size(), 1);
        verifyGoods(r.results[0], true);
        QCOMPARE(r.results[0].line, 1);
        QCOMPARE(r.results[0].signedQrCode, jwts[2]); // line 5, quoted and with a comma
        QCOMPARE(r.problems.size(), 3);
        QCOMPARE(r.problems[0].line, 3);
        QCOMPARE(r.problems[0].index, 2);
        QVERIFY(r.problems[0].message.contains(QLatin1String("not a JWT")));
        QCOMPARE(r.problems[1].line, 4);
        QCOMPARE(r.problems[2].line, 6);
        QVERIFY(r.problems[2].message.contains(QLatin1String("without its SignedInvoice")));
    }

    /// An IRN in upper-case hex is the same IRN.
    void upperCaseIrn()
    {
        QByteArray json = readData(QStringLiteral("portal/decoded-invoices.json"));
        json.replace(kGoodsIrn.toLatin1(), kGoodsIrn.toUpper().toLatin1());
        const Result<PortalResults> r = parsePortalResults(json, QStringLiteral("upper.json"));
        QVERIFY(r);
        QCOMPARE(r.value().results.size(), 2);
        QCOMPARE(r.value().results[0].irn, kGoodsIrn);
    }

    /// A file that cannot be read at all is an Error naming it (and the place).
    void fileErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("words");
        QTest::newRow("syntax") << QByteArray("[\n  {\"Irn\": 1,}\n]") << QStringLiteral("bad.json: line 2, column 13");
        QTest::newRow("empty") << QByteArray(" \n\r\n") << QStringLiteral("bad.json: the file is empty");
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("bad.json: the file is empty");
        QTest::newRow("empty array") << QByteArray("[]") << QStringLiteral("bad.json: the file holds no results");
        QTest::newRow("other text") << QByteArray("Invoice No,IRN\n")
                                    << QStringLiteral("bad.json: neither JSON nor a JWT per line");
        QTest::newRow("CSV") << QByteArray("Invoice No,IRN\r\nINV1,706dae\r\nINV2,2ecc42\r\n")
                             << QStringLiteral("bad.json: neither JSON nor a JWT per line");
        QTest::newRow("trailing text") << QByteArray("{} x") << QStringLiteral("bad.json: line 1, column 4");
        QTest::newRow("deep") << QByteArray(5000, '[') << QStringLiteral("nested more than 200 levels");
    }
    void fileErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, words);
        const Result<PortalResults> r = parsePortalResults(content, QStringLiteral("bad.json"));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(words), qPrintable(r.error().message));
    }

    void readFromDisk()
    {
        Result<PortalResults> r = readPortalResults(dataPath(QStringLiteral("portal/generate-result.json")));
        QVERIFY(r);
        QCOMPARE(r.value().results.size(), 1);
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        r = readPortalResults(missing);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY(r.error().message.contains(QDir::toNativeSeparators(missing)));
    }
};

QTEST_GUILESS_MAIN(TestPortalResults)
#include "TestPortalResults.moc"
