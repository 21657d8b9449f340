// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "bench/InvoiceGenerator.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace irndesk;

namespace {

Money money(const char* text)
{
    return *Money::parse(std::string_view(text));
}

/// The documented normalisations of the reader, applied to an independently parsed document:
/// keys folded to the schema's casing (as named in `casing`), nulls dropped.
QJsonValue normalise(const QJsonValue& v, const QHash<QString, QString>& casing)
{
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it->isNull()) {
                continue;
            }
            out.insert(casing.value(it.key().toLower(), it.key()), normalise(*it, casing));
        }
        return out;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& e : v.toArray()) {
            out.append(normalise(e, casing));
        }
        return out;
    }
    return v;
}

/// Every key name the writer produced, to learn the schema casing from.
void collectKeys(const QJsonValue& v, QHash<QString, QString>& casing)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            casing.insert(it.key().toLower(), it.key());
            collectKeys(*it, casing);
        }
    } else if (v.isArray()) {
        for (const QJsonValue& e : v.toArray()) {
            collectKeys(e, casing);
        }
    }
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void numbersHaveNoNoise()
    {
        Invoice inv = Invoice::blank();
        inv.valDtls.assVal = money("1180.5");
        inv.valDtls.cgstVal = money("0.1");
        inv.valDtls.totInvVal = money("118");
        inv.valDtls.rndOffAmt = money("-0.25");
        inv.valDtls.othChrg = money("0");
        const QByteArray json = invoiceToJson(inv);
        QVERIFY2(json.contains("\"ValDtls\":{\"AssVal\":1180.5,\"CgstVal\":0.1,\"OthChrg\":0,\"RndOffAmt\":-0.25,"
                               "\"TotInvVal\":118}"),
                 json.constData());
        QVERIFY(!json.contains("e+") && !json.contains("e-") && !json.contains("E"));
    }

    void schemaOrderAndCasing()
    {
        // keys in another order and casing come out in schema order and casing
        const QByteArray in = R"({"docdtls":{"Dt":"01/04/2025","No":"A1","Typ":"INV"},"Version":"1.1",
            "TranDtls":{"SupTyp":"B2B","TaxSch":"GST"}})";
        const ReadInvoice r = readInvoice(in);
        QVERIFY(r.invoice);
        QCOMPARE(invoiceToJson(*r.invoice),
                 QByteArray(R"({"Version":"1.1","TranDtls":{"TaxSch":"GST","SupTyp":"B2B"},)"
                            R"("DocDtls":{"Typ":"INV","No":"A1","Dt":"01/04/2025"}})"));
    }

    void absentEmptyAndOptionalSections()
    {
        Invoice inv = Invoice::blank();
        inv.buyerDtls.trdNm = QString(); // present but empty: written, the rules will flag it
        inv.payDtls.emplace(); // an empty optional object is omitted
        inv.refDtls.emplace();
        inv.refDtls->docPerdDtls.emplace();
        inv.expDtls.emplace();
        inv.expDtls->port = QStringLiteral("INNSA1");
        const QByteArray json = invoiceToJson(inv);
        QVERIFY(json.contains("\"BuyerDtls\":{\"TrdNm\":\"\"}"));
        QVERIFY(!json.contains("PayDtls"));
        QVERIFY(!json.contains("RefDtls"));
        QVERIFY(json.contains("\"ExpDtls\":{\"Port\":\"INNSA1\"}"));
        QVERIFY(!json.contains("ItemList")); // an empty list is omitted
        QVERIFY(!json.contains("null"));
    }

    void stringsAreEscaped()
    {
        Invoice inv;
        inv.version = QStringLiteral("a\"b\\c\nd\te\x01") + QString::fromUtf8("\xe0\xa4\x97 \xF0\x9F\x98\x80\"");
        const QByteArray json = invoiceToJson(inv);
        QCOMPARE(json, QByteArray("{\"Version\":\"a\\\"b\\\\c\\nd\\te\\u0001\xe0\xa4\x97 \xF0\x9F\x98\x80\\\"\"}"));
        const ReadInvoice back = readInvoice(json);
        QVERIFY(back.invoice);
        QCOMPARE(back.invoice->version, inv.version);
    }

    void indentedIsTheSameDocument()
    {
        const ReadFile f = readInvoiceBytes(test::readData(QStringLiteral("samples/india_compliance_goods_item_with_ewaybill_request.json")));
        QVERIFY(f.ok());
        const Invoice& inv = *f.invoices[0].invoice;
        const QByteArray pretty = invoiceToJson(inv, JsonStyle::Indented);
        QVERIFY(pretty.count('\n') > 30);
        const ReadInvoice back = readInvoice(pretty);
        QVERIFY(back.diagnostics.isEmpty());
        QVERIFY(*back.invoice == inv);
    }

    // Round trip: every sample and every reference-generator invoice, read and written again, is
    // structurally equal to the input after the documented normalisations.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : {"samples/mastergst_doc_nic_style_sample_invoice.json",
                              "samples/constructed_bulk_upload_example.json",
                              "samples/india_compliance_debit_invoice_request.json",
                              "samples/india_compliance_foreign_transaction_request.json",
                              "samples/india_compliance_goods_item_with_ewaybill_request.json",
                              "samples/india_compliance_return_invoice_request.json",
                              "samples/india_compliance_service_item_request.json",
                              "gen/gen-400.json"}) {
            QTest::newRow(f) << QString::fromLatin1(f);
        }
    }
    void roundTrip()
    {
        QFETCH(QString, file);
        const QByteArray input = test::readData(file);
        const ReadFile f = readInvoiceBytes(input);
        QVERIFY(f.ok());
        QList<Invoice> invoices;
        for (const ReadInvoice& r : f.invoices) {
            invoices.append(*r.invoice);
        }
        const QByteArray output = invoicesToJsonArray(invoices);

        // 1. our own reader gives the same model back
        const ReadFile again = readInvoiceBytes(output);
        QVERIFY(again.ok());
        QCOMPARE(again.invoices.size(), invoices.size());
        for (int i = 0; i < invoices.size(); ++i) {
            QVERIFY(*again.invoices[i].invoice == invoices[i]);
        }

        // 2. an independent parser (QJsonDocument) sees the same document as the input
        QJsonParseError error;
        const QJsonDocument written = QJsonDocument::fromJson(output, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QJsonDocument original = QJsonDocument::fromJson(input, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QHash<QString, QString> casing;
        collectKeys(written.array(), casing);
        const QJsonValue expected = original.isArray() ? normalise(original.array(), casing)
                                                       : QJsonValue(QJsonArray{normalise(original.object(), casing)});
        QCOMPARE(QJsonValue(written.array()), expected);
    }

    // What the writer produces from the project's own generator (every supply type, notes,
    // exports, e-way bills) passes the draft-07 schema, checked by ajv.
    void generatedInvoicesPassTheSchema()
    {
        bench::InvoiceGenerator generator({42, 8, QDate(2026, 11, 20)});
        QList<Invoice> invoices;
        for (int i = 0; i < 1500; ++i) {
            invoices.append(generator.next());
        }
        QTemporaryDir dir;
        const QString compact = dir.filePath(QStringLiteral("compact.json"));
        const QString indented = dir.filePath(QStringLiteral("indented.json"));
        for (const auto& [path, style] : {std::pair{compact, JsonStyle::Compact}, std::pair{indented, JsonStyle::Indented}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(invoicesToJsonArray(invoices, style));
        }
        QProcess node;
        node.start(qEnvironmentVariable("IRNDESK_NODE"),
                   {qEnvironmentVariable("IRNDESK_SCHEMA_VALIDATOR"), compact, indented});
        QVERIFY(node.waitForFinished(120000));
        const QByteArray report = node.readAllStandardOutput() + node.readAllStandardError();
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, report.constData());
        // and the oracle can fail: a bad value is caught
        Invoice broken = invoices.first();
        broken.docDtls.no = QStringLiteral("0BAD_NUMBER");
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(invoicesToJsonArray({broken}));
        f.close();
        node.start(qEnvironmentVariable("IRNDESK_NODE"), {qEnvironmentVariable("IRNDESK_SCHEMA_VALIDATOR"), bad});
        QVERIFY(node.waitForFinished(60000));
        QCOMPARE(node.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "TestJsonWriter.moc"
