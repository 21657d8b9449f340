// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/InvoiceReader.h"
#include "tests/support/TestData.h"

#include <QBuffer>
#include <QTest>

using namespace irndesk;

namespace {

const char kMinimal[] = R"({"Version":"1.1","TranDtls":{"TaxSch":"GST","SupTyp":"B2B"},
"DocDtls":{"Typ":"INV","No":"A/1","Dt":"01/04/2025"},
"SellerDtls":{"Gstin":"27AAPFU0939F1ZV","LglNm":"Seller Ltd","Addr1":"1 Road","Loc":"Pune","Pin":411001,"Stcd":"27"},
"BuyerDtls":{"Gstin":"29AAACP7879D1Z0","LglNm":"Buyer Ltd","Pos":"29","Addr1":"2 Road","Loc":"Bengaluru","Pin":560001,"Stcd":"29"},
"ItemList":[{"SlNo":"1","IsServc":"N","HsnCd":"84713010","Qty":2,"Unit":"NOS","UnitPrice":100,"TotAmt":200,"AssAmt":200,"GstRt":18,"IgstAmt":36,"TotItemVal":236}],
"ValDtls":{"AssVal":200,"IgstVal":36,"TotInvVal":236}})";

QByteArray minimal()
{
    return QByteArray(kMinimal);
}

QString dump(const Diagnostics& ds)
{
    QStringList lines;
    for (const Diagnostic& d : ds) {
        lines << d.toString();
    }
    return lines.join(QLatin1Char('\n'));
}

const Diagnostic* find(const Diagnostics& ds, const QString& path)
{
    for (const Diagnostic& d : ds) {
        if (d.path == path) {
            return &d;
        }
    }
    return nullptr;
}

/// A sequential device that produces a bulk array of `count` copies of an invoice on demand, and
/// remembers how far it has been read: a reader that loads the whole file would read it all.
class GeneratedBulk : public QIODevice
{
public:
    GeneratedBulk(QByteArray invoice, qint64 count)
        : m_invoice(std::move(invoice))
        , m_count(count)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_produced; }
    qint64 totalSize() const { return m_count * (m_invoice.size() + 2) + 3; } // "[\n" ... "\n]\n"

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        qint64 n = 0;
        while (n < maxSize) {
            if (m_pending.isEmpty()) {
                if (m_next == 0) {
                    m_pending = "[\n";
                } else if (m_next <= m_count) {
                    m_pending = m_invoice + (m_next < m_count ? ",\n" : "\n");
                } else if (m_next == m_count + 1) {
                    m_pending = "]\n";
                } else {
                    break;
                }
                ++m_next;
            }
            const qint64 take = std::min<qint64>(maxSize - n, m_pending.size());
            memcpy(data + n, m_pending.constData(), size_t(take));
            m_pending.remove(0, qsizetype(take));
            n += take;
        }
        m_produced += n;
        return n; // 0 at the end, as QFile does
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_invoice;
    qint64 m_count;
    qint64 m_next = 0;
    qint64 m_produced = 0;
    QByteArray m_pending;
};

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryField()
    {
        const ReadInvoice r = readInvoice(minimal());
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        QVERIFY(r.invoice);
        const Invoice& inv = *r.invoice;
        QCOMPARE(inv.version, QStringLiteral("1.1"));
        QCOMPARE(inv.docDtls.no, QStringLiteral("A/1"));
        QCOMPARE(inv.sellerDtls.pin, qint64(411001));
        QCOMPARE(inv.itemList.size(), 1);
        QCOMPARE(inv.itemList[0].igstAmt->toPlainString(), QStringLiteral("36.00"));
        QCOMPARE(inv.itemList[0].gstRt->raw(), qint64(18000));
        QVERIFY(!inv.itemList[0].cgstAmt); // absent stays absent
        QVERIFY(!inv.dispDtls);
        QCOMPARE(inv.valDtls.totInvVal->raw(), qint64(23600));
    }

    void absentAndEmptyDiffer()
    {
        QByteArray json = minimal();
        json.replace("\"LglNm\":\"Buyer Ltd\"", "\"LglNm\":\"Buyer Ltd\",\"TrdNm\":\"\"");
        const ReadInvoice r = readInvoice(json);
        QVERIFY(r.invoice);
        QVERIFY(r.invoice->buyerDtls.trdNm.has_value());
        QCOMPARE(*r.invoice->buyerDtls.trdNm, QString());
        QVERIFY(!r.invoice->sellerDtls.trdNm.has_value());
    }

    void syntaxErrorNamesLineAndColumn()
    {
        // line 3 lacks the comma after "Typ":"INV"
        const QByteArray json = "{\n  \"Version\": \"1.1\",\n  \"DocDtls\": {\"Typ\":\"INV\" \"No\":\"A1\"}\n}";
        const ReadInvoice r = readInvoice(json);
        QVERIFY(!r.invoice);
        QCOMPARE(r.diagnostics.size(), 1);
        const Diagnostic& d = r.diagnostics[0];
        QCOMPARE(d.line, 3);
        QCOMPARE(d.column, 27); // where "No" starts
        QVERIFY2(d.message.contains(QLatin1String("expected ',' or '}'")), qPrintable(d.message));
        QVERIFY(d.toString().startsWith(QLatin1String("line 3, column 27: DocDtls")));
    }

    void wrongTypesNameThePath_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("string for number") << QByteArray("\"Qty\":2") << QByteArray("\"Qty\":\"2\"")
                                           << QStringLiteral("ItemList[0].Qty")
                                           << QStringLiteral("expected a number, got a string");
        QTest::newRow("number for string") << QByteArray("\"Stcd\":\"27\"") << QByteArray("\"Stcd\":27")
                                           << QStringLiteral("SellerDtls.Stcd")
                                           << QStringLiteral("expected a string, got a number");
        QTest::newRow("array for object") << QByteArray("\"TranDtls\":{\"TaxSch\":\"GST\",\"SupTyp\":\"B2B\"}")
                                          << QByteArray("\"TranDtls\":[1,2]") << QStringLiteral("TranDtls")
                                          << QStringLiteral("expected an object, got an array");
        QTest::newRow("object for array") << QByteArray("\"ItemList\":[") << QByteArray("\"AddlDocDtls\":{},\"ItemList\":[")
                                          << QStringLiteral("AddlDocDtls")
                                          << QStringLiteral("expected an array, got an object");
        QTest::newRow("boolean for string") << QByteArray("\"No\":\"A/1\"") << QByteArray("\"No\":true")
                                            << QStringLiteral("DocDtls.No")
                                            << QStringLiteral("expected a string, got true or false");
        QTest::newRow("too many decimals") << QByteArray("\"TotAmt\":200") << QByteArray("\"TotAmt\":200.005")
                                           << QStringLiteral("ItemList[0].TotAmt")
                                           << QStringLiteral("200.005 has 3 decimal places, at most 2 are allowed");
        QTest::newRow("fractional PIN") << QByteArray("\"Pin\":411001") << QByteArray("\"Pin\":411001.5")
                                        << QStringLiteral("SellerDtls.Pin")
                                        << QStringLiteral("411001.5 must be a whole number");
        QTest::newRow("huge number") << QByteArray("\"AssVal\":200") << QByteArray("\"AssVal\":1e40")
                                     << QStringLiteral("ValDtls.AssVal") << QStringLiteral("far too large");
    }
    void wrongTypesNameThePath()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QByteArray json = minimal();
        QVERIFY(json.contains(from));
        json.replace(from, to);
        const ReadInvoice r = readInvoice(json);
        QVERIFY2(r.invoice, qPrintable(dump(r.diagnostics))); // the rest is still read
        const Diagnostic* d = find(r.diagnostics, path);
        QVERIFY2(d, qPrintable(dump(r.diagnostics)));
        QVERIFY(d->isError());
        QVERIFY2(d->message.contains(message), qPrintable(d->message));
        QVERIFY(d->line > 0 && d->column > 0);
        QCOMPARE(r.invoice->docDtls.dt, QStringLiteral("01/04/2025")); // other fields survive
    }

    void otherLetterCaseIsReadWithAWarning()
    {
        QByteArray json = minimal();
        json.replace("\"Version\":\"1.1\"", "\"version\":\"1.1\"");
        json.replace("\"SupTyp\"", "\"suptyp\"");
        const ReadInvoice r = readInvoice(json);
        QVERIFY(r.invoice);
        QCOMPARE(r.invoice->version, QStringLiteral("1.1"));
        QCOMPARE(r.invoice->tranDtls.supTyp, QStringLiteral("B2B"));
        QCOMPARE(r.diagnostics.size(), 2);
        const Diagnostic* d = find(r.diagnostics, QStringLiteral("TranDtls.SupTyp"));
        QVERIFY(d);
        QVERIFY(!d->isError());
        QVERIFY(d->message.contains(QLatin1String("'suptyp' read as 'SupTyp'")));
    }

    void unknownKeysAreReportedWithTheirPath()
    {
        QByteArray json = minimal();
        json.replace("\"HsnCd\"", "\"Colour\":{\"deep\":[[[[1]]]]},\"HsnCd\"");
        const ReadInvoice r = readInvoice(json);
        QVERIFY(r.invoice);
        const Diagnostic* d = find(r.diagnostics, QStringLiteral("ItemList[0].Colour"));
        QVERIFY2(d, qPrintable(dump(r.diagnostics)));
        QVERIFY(d->isError());
        QVERIFY(d->message.contains(QLatin1String("unknown key 'Colour'")));
        QCOMPARE(r.invoice->itemList[0].hsnCd, QStringLiteral("84713010"));
    }

    void nullMeansAbsent()
    {
        QByteArray json = minimal();
        json.replace("\"SupTyp\":\"B2B\"", "\"SupTyp\":\"B2B\",\"EcmGstin\":null");
        json.replace("\"ValDtls\"", "\"PayDtls\":null,\"ValDtls\"");
        const ReadInvoice r = readInvoice(json);
        QVERIFY(r.invoice);
        QVERIFY(!r.invoice->tranDtls.ecmGstin);
        // not dropped silently: each null is a warning with its path
        QCOMPARE(r.diagnostics.size(), 2);
        QVERIFY(!hasErrors(r.diagnostics));
        QVERIFY(find(r.diagnostics, QStringLiteral("TranDtls.EcmGstin")));
        QVERIFY(find(r.diagnostics, QStringLiteral("PayDtls"))->message.contains(QLatin1String("null")));
        QVERIFY(!r.invoice->payDtls);
    }

    void duplicateKeyKeepsTheLast()
    {
        QByteArray json = minimal();
        json.replace("\"No\":\"A/1\"", "\"No\":\"A/1\",\"No\":\"A/2\"");
        const ReadInvoice r = readInvoice(json);
        QCOMPARE(r.invoice->docDtls.no, QStringLiteral("A/2"));
        const Diagnostic* d = find(r.diagnostics, QStringLiteral("DocDtls.No"));
        QVERIFY(d && !d->isError());
    }

    void stringsAreDecoded()
    {
        QByteArray json = minimal();
        json.replace("\"LglNm\":\"Seller Ltd\"",
                     "\"LglNm\":\"Sh\\u0072ee \\\"Ganesh\\\" \\\\ Co \\ud83d\\ude00 \xe0\xa4\x97\xe0\xa4\xa3\"");
        const ReadInvoice r = readInvoice(json);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        QCOMPARE(*r.invoice->sellerDtls.lglNm,
                 QStringLiteral("Shree \"Ganesh\" \\ Co ") + QString::fromUtf8("\xF0\x9F\x98\x80 \xe0\xa4\x97\xe0\xa4\xa3"));
    }

    void brokenStringsAreSyntaxErrors_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid UTF-8") << QByteArray("\"Seller \xff Ltd\"") << QStringLiteral("not valid UTF-8");
        QTest::newRow("raw line break") << QByteArray("\"Seller\nLtd\"") << QStringLiteral("control character");
        QTest::newRow("bad escape") << QByteArray("\"Seller \\x Ltd\"") << QStringLiteral("unknown escape");
        QTest::newRow("lone surrogate") << QByteArray("\"\\ud83d\"") << QStringLiteral("surrogate");
        QTest::newRow("short unicode escape") << QByteArray("\"\\u12\"") << QStringLiteral("four hexadecimal digits");
    }
    void brokenStringsAreSyntaxErrors()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, message);
        QByteArray json = minimal();
        json.replace("\"Seller Ltd\"", value);
        const ReadInvoice r = readInvoice(json);
        QVERIFY(!r.invoice);
        QVERIFY2(!r.diagnostics.isEmpty() && r.diagnostics.last().message.contains(message), qPrintable(dump(r.diagnostics)));
    }

    void bulkReadsEachInvoiceOnItsOwn()
    {
        QByteArray good = minimal();
        good.replace('\n', ' ');
        QByteArray typeError = good;
        typeError.replace("\"Qty\":2", "\"Qty\":\"two\"");
        QByteArray syntaxError = good;
        syntaxError.replace("\"No\":\"A/1\"", "\"No\" \"A/1\"");
        const QByteArray bulk = "[\n" + good + ",\n" + typeError + ",\n" + syntaxError + ",\n" + good + ",\n42\n]\n";
        const ReadFile file = readInvoiceBytes(bulk);
        QVERIFY(file.fileDiagnostics.isEmpty());
        QVERIFY(!file.singleInvoice);
        QCOMPARE(file.invoices.size(), 5);
        QVERIFY(file.invoices[0].invoice && file.invoices[0].diagnostics.isEmpty());
        QVERIFY(file.invoices[1].invoice);
        QCOMPARE(file.invoices[1].diagnostics.size(), 1);
        QCOMPARE(file.invoices[1].diagnostics[0].path, QStringLiteral("ItemList[0].Qty"));
        QCOMPARE(file.invoices[1].diagnostics[0].line, 3);
        QVERIFY(!file.invoices[2].invoice); // broken JSON is not trusted
        QCOMPARE(file.invoices[2].diagnostics[0].line, 4);
        QVERIFY(file.invoices[3].invoice && file.invoices[3].diagnostics.isEmpty());
        QCOMPARE(file.invoices[3].index, 3);
        QVERIFY(!file.invoices[4].invoice);
        QVERIFY(file.invoices[4].diagnostics[0].message.contains(QLatin1String("expected an invoice object, got a number")));
        QCOMPARE(file.invoices[4].diagnostics[0].line, 6);
        QVERIFY(!file.ok());
    }

    void fileProblems_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("invoices");
        QTest::addColumn<QString>("message");
        QByteArray one = minimal();
        QTest::newRow("empty") << QByteArray("  \n") << 0 << QStringLiteral("the file is empty");
        QTest::newRow("not JSON") << QByteArray("Invoice No,Date\nA1,01/04/2025\n") << 0
                                  << QStringLiteral("must start with '[' (a bulk array) or '{' (one invoice)");
        QTest::newRow("cut short inside an invoice") << ("[" + one.left(300)) << 0
                                                     << QStringLiteral("the file ends inside invoice [0]");
        QTest::newRow("cut short after an invoice") << ("[" + one + ",") << 1
                                                    << QStringLiteral("the file ends inside the array");
        QTest::newRow("missing comma between invoices") << ("[" + one + " " + one + "]") << 1
                                                        << QStringLiteral("expected ',' or ']' after invoice [0]");
        QTest::newRow("text after the array") << ("[" + one + "] x") << 1
                                              << QStringLiteral("unexpected text after the end of the array");
        QTest::newRow("text after one invoice") << (one + " {}") << 1
                                                << QStringLiteral("unexpected text after the end of the invoice");
    }
    void fileProblems()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, invoices);
        QFETCH(QString, message);
        const ReadFile file = readInvoiceBytes(content);
        QCOMPARE(file.invoices.size(), invoices);
        QCOMPARE(file.fileDiagnostics.size(), 1);
        QVERIFY2(file.fileDiagnostics[0].message.contains(message), qPrintable(file.fileDiagnostics[0].toString()));
        QVERIFY(!file.ok());
    }

    void emptyArrayAndByteOrderMark()
    {
        const ReadFile empty = readInvoiceBytes("[ ]");
        QVERIFY(empty.fileDiagnostics.isEmpty());
        QVERIFY(empty.invoices.isEmpty());
        const ReadFile bom = readInvoiceBytes("\xEF\xBB\xBF" + minimal());
        QVERIFY(bom.ok());
        QVERIFY(bom.singleInvoice);
        QCOMPARE(bom.invoices.size(), 1);
    }

    void deepNestingDoesNotCrash()
    {
        QByteArray json = minimal();
        json.replace("\"HsnCd\"", QByteArray("\"Deep\":" + QByteArray(200000, '[') + QByteArray(200000, ']') + ",\"HsnCd\""));
        const ReadInvoice r = readInvoice(json);
        QVERIFY(r.invoice);
        QVERIFY(find(r.diagnostics, QStringLiteral("ItemList[0].Deep")));
    }

    void bulkIsStreamed()
    {
        QByteArray invoice = minimal();
        invoice.replace('\n', ' ');
        GeneratedBulk device(invoice, 100000); // about 70 MB
        QVERIFY(device.totalSize() > 50'000'000);
        BulkReader reader(&device);
        auto first = reader.next();
        QVERIFY(first && first->invoice);
        // Only a chunk was read to return the first invoice, not the file.
        QVERIFY2(device.produced() < 4'000'000, qPrintable(QString::number(device.produced())));
        int count = 1;
        while (auto r = reader.next()) {
            QVERIFY(r->invoice);
            ++count;
        }
        QCOMPARE(count, 100000);
        QVERIFY(reader.fileDiagnostics().isEmpty());
        QCOMPARE(reader.bytesRead(), device.totalSize());
    }

    void readsTheSharedSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("warnings");
        // 23 keys in other casing and "EcmGstin": null
        QTest::newRow("NIC sample") << QStringLiteral("samples/mastergst_doc_nic_style_sample_invoice.json") << 24;
        QTest::newRow("bulk example") << QStringLiteral("samples/constructed_bulk_upload_example.json") << 0;
        QTest::newRow("debit note") << QStringLiteral("samples/india_compliance_debit_invoice_request.json") << 0;
        QTest::newRow("export") << QStringLiteral("samples/india_compliance_foreign_transaction_request.json") << 0;
        QTest::newRow("goods with EWB") << QStringLiteral("samples/india_compliance_goods_item_with_ewaybill_request.json") << 0;
        QTest::newRow("return") << QStringLiteral("samples/india_compliance_return_invoice_request.json") << 0;
        QTest::newRow("service") << QStringLiteral("samples/india_compliance_service_item_request.json") << 0;
    }
    void readsTheSharedSamples()
    {
        QFETCH(QString, file);
        QFETCH(int, warnings);
        const ReadFile f = readInvoiceBytes(test::readData(file));
        QVERIFY(f.ok());
        int seen = 0;
        for (const ReadInvoice& r : f.invoices) {
            seen += int(r.diagnostics.size());
        }
        QCOMPARE(seen, warnings);
    }

    void numbersReadAsParseDecimalReadsThem_data()
    {
        QTest::addColumn<QByteArray>("number");
        // The reader takes plain numbers (at most 15 digits, at most the field's decimals, no
        // exponent) on a fast path of its own, and everything else through parseDecimal().
        for (const char* n : {"0", "-0", "7", "0.5", "-0.35", "12.3", "100.000", "1.505", "1.50", "123456789012345",
                              "123456789012345.99", "1234567890123456", "-99999999999999.999", "1e2", "1E+2", "2.5e-1", "0.0001"}) {
            QTest::newRow(n) << QByteArray(n);
        }
    }
    void numbersReadAsParseDecimalReadsThem()
    {
        QFETCH(QByteArray, number);
        QByteArray json = minimal();
        json.replace(QByteArrayView("\"TotAmt\":200"), QByteArray("\"TotAmt\":" + number));
        json.replace(QByteArrayView("\"Qty\":2"), QByteArray("\"Qty\":" + number));
        const ReadInvoice r = readInvoice(json);
        QVERIFY(r.invoice);
        std::int64_t amount = 0, quantity = 0;
        int amountDecimals = 0, quantityDecimals = 0;
        const std::string_view text(number.constData(), static_cast<std::size_t>(number.size()));
        QCOMPARE(parseDecimal(text, 2, amount, amountDecimals), DecimalParse::Ok);
        QCOMPARE(parseDecimal(text, 3, quantity, quantityDecimals), DecimalParse::Ok);
        QCOMPARE(r.invoice->itemList.at(0).totAmt->raw(), amount);
        QCOMPARE(r.invoice->itemList.at(0).qty->raw(), quantity);
        QCOMPARE(find(r.diagnostics, QStringLiteral("ItemList[0].TotAmt")) != nullptr, amountDecimals > 2);
        QCOMPARE(find(r.diagnostics, QStringLiteral("ItemList[0].Qty")) != nullptr, quantityDecimals > 3);
    }

    void readingIntoAnInvoiceAgainLeavesNothingBehind()
    {
        // nextInto() reuses the invoice it reads into: whatever the invoice before had and this
        // one has not (sections, items, fields, a key given twice) must be gone. The shared
        // samples, generated invoices and odd ones, in an order that goes from big to small.
        QList<QByteArray> elements;
        for (const char* file : {"samples/mastergst_doc_nic_style_sample_invoice.json", "samples/constructed_bulk_upload_example.json",
                                 "samples/india_compliance_foreign_transaction_request.json",
                                 "samples/india_compliance_goods_item_with_ewaybill_request.json",
                                 "samples/india_compliance_return_invoice_request.json", "samples/india_compliance_service_item_request.json",
                                 "samples/india_compliance_debit_invoice_request.json"}) {
            QByteArray json = test::readData(QLatin1String(file)).trimmed();
            if (json.startsWith('[')) {
                json = json.mid(1, json.lastIndexOf(']') - 1).trimmed(); // the elements of a bulk file
            }
            elements << json;
        }
        const QByteArray gen = test::readData(QStringLiteral("gen/gen-400.json"));
        for (const QByteArray& line : gen.split('\n').mid(1, 40)) {
            elements << line.trimmed().chopped(line.trimmed().endsWith(',') ? 1 : 0);
        }
        QByteArray twice = minimal();
        twice.replace("\"DocDtls\":{", "\"DocDtls\":{\"Typ\":\"CRN\"},\"DocDtls\":{");
        QByteArray nulls = minimal();
        nulls.replace("\"ValDtls\":", "\"ExpDtls\":null,\"ItemList\":null,\"ValDtls\":");
        elements << minimal() << "{}" << twice << nulls << "{\"Version\":\"1.1\",\"ItemList\":[{},{\"SlNo\":\"2\"}]}"
                 << "{\"Version\": 11}" << "{\"Version\":\"1.1\" \"TranDtls\":{}}";
        QByteArray file = "[";
        for (int round = 0; round < 2; ++round) {
            for (qsizetype i = 0; i < elements.size(); ++i) {
                file += (file.size() > 1 ? ",\n" : "") + elements.at(round == 0 ? i : elements.size() - 1 - i);
            }
        }
        file += "]";

        QBuffer fresh(&file);
        QBuffer again(&file);
        QVERIFY(fresh.open(QIODevice::ReadOnly) && again.open(QIODevice::ReadOnly));
        BulkReader freshReader(&fresh);
        BulkReader reader(&again);
        ReadInvoice into;
        int count = 0;
        while (std::optional<ReadInvoice> expected = freshReader.next()) {
            QVERIFY(reader.nextInto(into));
            QCOMPARE(into.index, expected->index);
            QCOMPARE(into.line, expected->line);
            QCOMPARE(dump(into.diagnostics), dump(expected->diagnostics));
            QCOMPARE(into.invoice.has_value(), expected->invoice.has_value());
            QVERIFY2(!into.invoice || *into.invoice == *expected->invoice, qPrintable(QString::number(count)));
            ++count;
        }
        QVERIFY(!reader.nextInto(into));
        QCOMPARE(count, 2 * elements.size() + 2); // the bulk example holds 2, in each round
        QVERIFY(freshReader.fileDiagnostics().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "TestJsonReader.moc"
