// SPDX-License-Identifier: GPL-3.0-or-later
// The rule engine against its golden cases (tests/data/rules/<case>/), the fixed samples and the
// invoice generator. Every case goes through validateStream(), the path `irndesk-cli validate`
// takes: reader, rules, batch rules.
#include "bench/InvoiceGenerator.h"
#include "core/json/InvoiceWriter.h"
#include "core/model/Dates.h"
#include "core/rules/FileValidation.h"
#include "core/rules/Validator.h"
#include "tests/support/TestData.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace irndesk;

namespace {

/// One expected or actual finding, reduced to what a case pins down.
QString key(int index, const QString& code, const QString& path, const QString& severity)
{
    return QStringLiteral("[%1] %2 %3 at %4").arg(index).arg(code, severity, path.isEmpty() ? u"(invoice)"_qs : path);
}

struct CaseResult
{
    QStringList findings; ///< key() of each finding
    QStringList problems; ///< findings without a message or hint
    Diagnostics fileDiagnostics;
};

CaseResult runFile(const QByteArray& json, const RuleContext& context)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    CaseResult result;
    result.fileDiagnostics = validateStream(&buffer, context, [&](InvoiceReport&& report) {
        for (const Finding& f : report.findings) {
            const QString k = key(report.index, f.code, f.path, severityName(f.severity));
            result.findings.append(k);
            if (f.message.isEmpty())
                result.problems.append(k + u": no message"_qs);
            const bool fromReader = f.rule == u"schema.json" || f.rule == u"json.lenient";
            if (!fromReader && f.hint.isEmpty())
                result.problems.append(k + u": no hint"_qs);
            if (f.rule.isEmpty())
                result.problems.append(k + u": no rule id"_qs);
        }
    });
    return result;
}

RuleContext contextFrom(const QJsonObject& object)
{
    RuleContext context = RuleContext::withBuiltInMasters(
        parseInvoiceDate(object.value(u"today").toString(u"21/11/2026"_qs)));
    context.aatoAtLeast10Crore = object.value(u"aato10cr").toBool(false);
    context.sandbox = object.value(u"sandbox").toBool(false);
    return context;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void goldenCases_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(test::dataPath(u"rules"_qs));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(cases.size() >= 2, "no golden cases found");
        for (const QString& name : cases)
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }

    /// invoice.json (one invoice or a bulk array) gives exactly the findings of expected.json:
    /// {"description": "...", "context": {"today": "dd/mm/yyyy", "aato10cr": bool, "sandbox": bool},
    ///  "findings": [{"index": 0, "code": "2189", "path": "ValDtls.TotInvVal", "severity": "error"}]}
    void goldenCases()
    {
        QFETCH(QString, dir);
        QFile expectedFile(dir + u"/expected.json"_qs);
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
        QJsonParseError error;
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(expectedFile.fileName() + u": "_qs + error.errorString()));
        QVERIFY2(!expected.value(u"description").toString().isEmpty(), "expected.json needs a description");
        QVERIFY2(expected.value(u"findings").isArray(), "expected.json needs a findings array");

        QFile invoiceFile(dir + u"/invoice.json"_qs);
        QVERIFY2(invoiceFile.open(QIODevice::ReadOnly), qPrintable(invoiceFile.fileName()));
        const CaseResult actual = runFile(invoiceFile.readAll(), contextFrom(expected.value(u"context").toObject()));
        QVERIFY2(!hasErrors(actual.fileDiagnostics), "the file itself could not be read");
        QVERIFY2(actual.problems.isEmpty(), qPrintable(actual.problems.join(u'\n')));

        QStringList want;
        for (const QJsonValue& v : expected.value(u"findings").toArray()) {
            const QJsonObject f = v.toObject();
            want.append(key(f.value(u"index").toInt(0), f.value(u"code").toString(), f.value(u"path").toString(),
                            f.value(u"severity").toString(u"error"_qs)));
        }
        QStringList got = actual.findings;
        want.sort();
        got.sort();
        if (got != want) {
            QStringList missing, unexpected;
            for (const QString& k : want)
                if (!got.contains(k))
                    missing.append(k);
            for (const QString& k : got)
                if (!want.contains(k))
                    unexpected.append(k);
            QFAIL(qPrintable(u"\nmissing:\n  "_qs + missing.join(u"\n  "_qs) + u"\nunexpected:\n  "_qs
                             + unexpected.join(u"\n  "_qs) + u"\nall found:\n  "_qs + got.join(u"\n  "_qs)));
        }
    }

    /// The fixed samples (tests/data/conformance) are valid invoices. They use NIC's sandbox
    /// GSTINs, so they are checked in sandbox mode, and dated 2020-2023: no 30-day window. The
    /// ship-to GSTIN rules of e-way bills from 01/08/2026 only warn about documents dated before
    /// that day, such as NIC's 2020 sample (ship-to GSTIN = buyer GSTIN).
    void fixedSamplesAreValid_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(test::dataPath(u"conformance"_qs));
        for (const QString& name : dir.entryList({ u"*.json"_qs }, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void fixedSamplesAreValid()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        RuleContext context = RuleContext::withBuiltInMasters(QDate(2026, 11, 21));
        context.sandbox = true;
        const CaseResult result = runFile(f.readAll(), context);
        QVERIFY(!hasErrors(result.fileDiagnostics));
        QStringList errors;
        for (const QString& k : result.findings)
            if (k.contains(u" error at "_qs))
                errors.append(k);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    /// 1,000 invoices of our generator, every supply type and document type, are valid with the
    /// 30-day window on (their dates lie in the 20 days before today) and without sandbox leniency,
    /// and give no warning either.
    void generatedInvoicesAreValid()
    {
        bench::GeneratorOptions options;
        options.seed = 20261121;
        options.itemsMax = 8;
        options.today = QDate(2026, 11, 21);
        bench::InvoiceGenerator generator(options);
        RuleContext context = RuleContext::withBuiltInMasters(options.today);
        context.aatoAtLeast10Crore = true;
        QSet<QString> supplyTypes, documentTypes;
        QList<Invoice> invoices;
        for (int i = 0; i < 1000; ++i) {
            invoices.append(generator.next());
            supplyTypes.insert(invoices.last().tranDtls.supTyp.value_or(QString()));
            documentTypes.insert(invoices.last().docDtls.typ.value_or(QString()));
        }
        QCOMPARE(supplyTypes.size(), 6);
        QCOMPARE(documentTypes.size(), 3);
        const CaseResult result = runFile(invoicesToJsonArray(invoices), context);
        QVERIFY(!hasErrors(result.fileDiagnostics));
        QVERIFY2(result.findings.isEmpty(), qPrintable(result.findings.mid(0, 40).join(u'\n')));
    }

    /// The batch rule: the same number twice (in another letter case) is 2150 on the second one
    /// only; another type, year or seller is no duplicate.
    void batchDuplicates()
    {
        bench::GeneratorOptions options;
        options.today = QDate(2026, 11, 21);
        bench::InvoiceGenerator generator(options);
        Invoice a = generator.next();
        a.docDtls.typ = u"INV"_qs;
        a.docDtls.no = u"abc/1"_qs;
        a.docDtls.dt = u"10/11/2026"_qs;
        Invoice b = a;
        b.docDtls.no = u"ABC/1"_qs;
        Invoice otherType = a;
        otherType.docDtls.typ = u"DBN"_qs;
        Invoice otherYear = a;
        otherYear.docDtls.dt = u"10/11/2025"_qs;
        BatchChecker batch;
        QVERIFY(batch.add(a, 0).isEmpty());
        const Findings dup = batch.add(b, 1);
        QCOMPARE(dup.size(), 1);
        QCOMPARE(dup[0].code, u"2150"_qs);
        QCOMPARE(dup[0].path, u"DocDtls.No"_qs);
        QVERIFY(dup[0].message.contains(u"invoice [0]"_qs));
        QVERIFY(batch.add(otherType, 2).isEmpty());
        QVERIFY(batch.add(otherYear, 3).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "TestRules.moc"
