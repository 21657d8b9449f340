// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user or a script runs it: the real irndesk-cli in a child process.
#include "core/Version.h"
#include "core/json/InvoiceReader.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace irndesk;

namespace {

using Run = test::CliRun;

Run cli(const QStringList& args)
{
    return test::runCli(args);
}

/// The CLI with `input` on its standard input.
Run cliWithInput(const QStringList& args, const QByteArray& input)
{
    return test::runCli(args, input);
}

/// The base valid invoice of the rule cases (valid on 21/11/2026), pretty-printed over 31 lines.
QByteArray validInvoice()
{
    return test::readData(QStringLiteral("rules/valid-b2b-intra-goods/invoice.json")).trimmed();
}

/// The same invoice under another document number.
QByteArray validInvoiceNumbered(const QByteArray& number)
{
    QByteArray json = validInvoice();
    json.replace(QByteArrayView("\"MH/2026/0042\""), QByteArray("\"" + number + "\""));
    return json;
}

QStringList validateArgs(const QString& file, const QStringList& extra = {})
{
    return QStringList{QStringLiteral("validate"), file, QStringLiteral("--today"), QStringLiteral("21/11/2026")} + extra;
}

const QStringList kJson{QStringLiteral("--format"), QStringLiteral("json")};

QJsonObject parseOutput(const Run& r)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), qPrintable(r.out.left(500)));
    }
    return document.object();
}

bool isIrn(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("irndesk-cli " IRNDESK_VERSION));
    }

    void usageOnNoArguments()
    {
        const Run r = cli({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("Usage: irndesk-cli")));
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QLatin1String("unknown command 'frobnicate'")));
    }

    void irn()
    {
        const Run r = cli({QStringLiteral("irn"), QStringLiteral("01AMBPG7773M002"), QStringLiteral("16/09/2022"),
                           QStringLiteral("INV"), QStringLiteral("SINV-CFY-00067")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("706daeccda0ef6f818da78f3a2a05a1288731057373002289b46c3229289a2e7"));
        const Run typed = cli({QStringLiteral("irn"), QStringLiteral("02AMBPG7773M002"), QStringLiteral("15/10/2023"),
                               QStringLiteral("INV"), QStringLiteral("9sQ5E2"), QStringLiteral("--as-typed")});
        QCOMPARE(typed.out.trimmed(), QStringLiteral("2ecc42a8e81dcbbb56923e4bd046c861ce7374060bd31875ce35447e922c9399"));
    }

    void irnBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing number") << QStringList{QStringLiteral("irn"), QStringLiteral("01AMBPG7773M002"),
                                                       QStringLiteral("16/09/2022"), QStringLiteral("INV")}
                                        << QStringLiteral("expected 4 arguments");
        QTest::newRow("bad date") << QStringList{QStringLiteral("irn"), QStringLiteral("01AMBPG7773M002"),
                                                 QStringLiteral("2022-09-16"), QStringLiteral("INV"), QStringLiteral("A1")}
                                  << QStringLiteral("date '2022-09-16'");
        QTest::newRow("bad type") << QStringList{QStringLiteral("irn"), QStringLiteral("01AMBPG7773M002"),
                                                 QStringLiteral("16/09/2022"), QStringLiteral("INVOICE"), QStringLiteral("A1")}
                                  << QStringLiteral("document type 'INVOICE'");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("irn"), QStringLiteral("--upper")}
                                        << QStringLiteral("upper");
    }
    void irnBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void normalizeWritesPortalReadyFiles()
    {
        QTemporaryDir dir;
        const Run r = cli({QStringLiteral("normalize"), test::dataPath(QStringLiteral("gen/gen-400.json")),
                           test::dataPath(QStringLiteral("samples/mastergst_doc_nic_style_sample_invoice.json")),
                           QStringLiteral("--out-dir"), dir.path(), QStringLiteral("--max-bytes"), QStringLiteral("100000")});
        QCOMPARE(r.code, 0); // case warnings only
        QVERIFY2(r.out.contains(QLatin1String("401 invoices read, 401 written")), qPrintable(r.out));
        QVERIFY(r.err.contains(QLatin1String("warning")));
        QVERIFY(r.err.contains(QLatin1String("key 'Accdet' read as 'AccDet'")));
        const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() > 5);
        QVERIFY(files.contains(QStringLiteral("gen-400-001.json")));
        QVERIFY(files.contains(QStringLiteral("mastergst_doc_nic_style_sample_invoice-001.json")));
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.size() <= 100000);
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains("Accdet"));
            QVERIFY(!bytes.contains("null"));
            f.seek(0);
            QVERIFY(readInvoiceFile(&f).ok());
        }
    }

    void normalizeReportsDataErrors()
    {
        QTemporaryDir dir;
        QByteArray good = test::readData(QStringLiteral("samples/constructed_bulk_upload_example.json"));
        QByteArray bad = good;
        const QByteArray pin = "\"Pin\": 500055";
        bad.replace(bad.indexOf(pin), pin.size(), "\"Pin\": \"500055\""); // first invoice only
        QVERIFY(bad != good);
        const QString path = writeFile(dir, QStringLiteral("client.json"), bad);
        const Run r = cli({QStringLiteral("normalize"), path, QStringLiteral("--out-dir"), dir.filePath(QStringLiteral("out"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("client.json: invoice [0]: error: line ")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("BuyerDtls.Pin: expected a number, got a string")));
        QVERIFY(r.out.contains(QLatin1String("2 invoices read, 1 written to 1 files, 1 with errors")));
    }

    void normalizeJsonFormat()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("x.json"), "[{\"Version\":1.1}]");
        const Run r = cli({QStringLiteral("normalize"), path, QStringLiteral("--out-dir"), dir.path(), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("invoices")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("withErrors")).toInt(), 1);
        const QJsonObject d = o.value(QStringLiteral("diagnostics")).toArray().at(0).toObject();
        QCOMPARE(d.value(QStringLiteral("path")).toString(), QStringLiteral("Version"));
        QCOMPARE(d.value(QStringLiteral("line")).toInt(), 1);
        QCOMPARE(d.value(QStringLiteral("column")).toInt(), 13);
        QCOMPARE(d.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    }

    void normalizeCannotRun_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("GSTIN,Name\n") << QStringList() << QStringLiteral("must start with '['");
        QTest::newRow("missing file") << QByteArray() << QStringList() << QStringLiteral("cannot read");
        QTest::newRow("bad max-bytes") << QByteArray("[]") << QStringList{QStringLiteral("--max-bytes"), QStringLiteral("2MB")}
                                       << QStringLiteral("--max-bytes must be a whole number");
        QTest::newRow("bad format") << QByteArray("[]") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                    << QStringLiteral("--format must be text or json");
    }
    void normalizeCannotRun()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = content.isNull() ? dir.filePath(QStringLiteral("absent.json"))
                                              : writeFile(dir, QStringLiteral("in.csv"), content);
        const Run r = cli(QStringList{QStringLiteral("normalize"), path, QStringLiteral("--out-dir"), dir.filePath(QStringLiteral("o"))} + extra);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // --- validate --------------------------------------------------------------------------

    void validateValidFile()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("two.json"),
                                       QByteArray("[" + validInvoice() + ",\n" + validInvoiceNumbered("MH/2026/0043") + "]\n"));
        const Run r = cli(validateArgs(path, kJson));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject o = parseOutput(r);
        const QJsonArray invoices = o.value(QStringLiteral("invoices")).toArray();
        QCOMPARE(invoices.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject invoice = invoices.at(i).toObject();
            QCOMPARE(invoice.value(QStringLiteral("index")).toInt(-1), i);
            QCOMPARE(invoice.value(QStringLiteral("docType")).toString(), QStringLiteral("INV"));
            QCOMPARE(invoice.value(QStringLiteral("valid")).toBool(false), true);
            QVERIFY(isIrn(invoice.value(QStringLiteral("irn")).toString()));
            QVERIFY(invoice.value(QStringLiteral("findings")).isArray());
            QVERIFY(invoice.value(QStringLiteral("findings")).toArray().isEmpty());
        }
        QCOMPARE(invoices.at(0).toObject().value(QStringLiteral("docNo")).toString(), QStringLiteral("MH/2026/0042"));
        QCOMPARE(invoices.at(0).toObject().value(QStringLiteral("line")).toInt(), 1);
        QCOMPARE(invoices.at(1).toObject().value(QStringLiteral("docNo")).toString(), QStringLiteral("MH/2026/0043"));
        QCOMPARE(invoices.at(1).toObject().value(QStringLiteral("line")).toInt(), validInvoice().count('\n') + 2);
        // The IRN is the one `irn` prints for the same parts.
        const Run irn = cli({QStringLiteral("irn"), QStringLiteral("27AAPFU0939F1ZV"), QStringLiteral("10/11/2026"),
                             QStringLiteral("INV"), QStringLiteral("MH/2026/0042")});
        QCOMPARE(invoices.at(0).toObject().value(QStringLiteral("irn")).toString(), irn.out.trimmed());
        const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("invoices")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("valid")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("errors")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("warnings")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("fileErrors")).toArray().size(), 0);

        const Run text = cli(validateArgs(path));
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out, QStringLiteral("validate: %1: 2 invoices, 2 valid, 0 with errors; 0 errors, 0 warnings\n").arg(path));
    }

    void validateInvalidFile()
    {
        // The same number twice (2150), and a PIN written as a string (a schema error).
        QTemporaryDir dir;
        QByteArray second = validInvoice();
        second.replace("\"Pin\": 400001", "\"Pin\": \"400001\"");
        QVERIFY(second != validInvoice());
        const QString path = writeFile(dir, QStringLiteral("bad.json"), "[" + validInvoice() + ",\n" + second + "]");
        const Run r = cli(validateArgs(path, kJson));
        QCOMPARE(r.code, 1);
        const QJsonObject o = parseOutput(r);
        const QJsonArray invoices = o.value(QStringLiteral("invoices")).toArray();
        QCOMPARE(invoices.size(), 2);
        QCOMPARE(invoices.at(0).toObject().value(QStringLiteral("valid")).toBool(false), true);
        const QJsonObject bad = invoices.at(1).toObject();
        QCOMPARE(bad.value(QStringLiteral("valid")).toBool(true), false);
        QVERIFY(isIrn(bad.value(QStringLiteral("irn")).toString())); // computable all the same
        QSet<QString> found;
        for (const QJsonValue& v : bad.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            found.insert(f.value(QStringLiteral("code")).toString() + u' ' + f.value(QStringLiteral("path")).toString());
            for (const char* key : {"code", "rule", "path", "severity", "message", "hint"}) {
                QVERIFY2(f.contains(QLatin1String(key)), key);
            }
            QVERIFY(!f.value(QStringLiteral("message")).toString().isEmpty());
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        }
        QVERIFY2(found.contains(QStringLiteral("2150 DocDtls.No")), qPrintable(r.out));
        QVERIFY2(found.contains(QStringLiteral("SCHEMA BuyerDtls.Pin")), qPrintable(r.out));
        const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("invoices")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("valid")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("errors")).toInt(), bad.value(QStringLiteral("findings")).toArray().size());

        // The same as text: one line per finding, the hint under it, the summary last.
        const Run text = cli(validateArgs(path));
        QCOMPARE(text.code, 1);
        const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
        const int line = validInvoice().count('\n') + 2;
        const QString duplicate = QStringLiteral("INV MH/2026/0042 (invoice [1], line %1): DocDtls.No: error 2150: ").arg(line);
        const auto at = std::find_if(lines.begin(), lines.end(), [&](const QString& l) { return l.startsWith(duplicate); });
        QVERIFY2(at != lines.end(), qPrintable(text.out));
        QVERIFY2(at + 1 != lines.end() && (at + 1)->startsWith(QLatin1String("    ")), qPrintable(text.out)); // the hint
        QVERIFY2(text.out.contains(QStringLiteral("(invoice [1], line %1): BuyerDtls.Pin: error SCHEMA: line ").arg(line)),
                 qPrintable(text.out));
        QVERIFY(lines.last().startsWith(QStringLiteral("validate: %1: 2 invoices, 1 valid, 1 with errors; ").arg(path)));
    }

    void validateStdin()
    {
        const Run r = cliWithInput(validateArgs(QStringLiteral("-"), kJson), validInvoice());
        QCOMPARE(r.code, 0);
        const QJsonObject o = parseOutput(r);
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("valid")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("invoices")).toArray().at(0).toObject().value(QStringLiteral("docNo")).toString(),
                 QStringLiteral("MH/2026/0042"));
        const Run text = cliWithInput(validateArgs(QStringLiteral("-")), "[" + validInvoice() + "," + validInvoice() + "]");
        QCOMPARE(text.code, 1);
        QVERIFY2(text.out.contains(QLatin1String("validate: standard input: 2 invoices, 1 valid")), qPrintable(text.out));
    }

    void validateBrokenInvoiceInTheMiddle()
    {
        // The middle invoice is not JSON inside (a comma missing); the ones around it are checked.
        QTemporaryDir dir;
        const QByteArray broken = "{\"Version\": \"1.1\", \"DocDtls\": {\"Typ\": \"INV\" \"No\": \"X/1\"}}";
        const QString path = writeFile(dir, QStringLiteral("mixed.json"),
                                       "[\n" + validInvoice() + ",\n" + broken + ",\n" + validInvoiceNumbered("MH/2026/0043") + "\n]\n");
        const Run r = cli(validateArgs(path, kJson));
        QCOMPARE(r.code, 1);
        const QJsonObject o = parseOutput(r);
        const QJsonArray invoices = o.value(QStringLiteral("invoices")).toArray();
        QCOMPARE(invoices.size(), 3);
        QCOMPARE(invoices.at(0).toObject().value(QStringLiteral("valid")).toBool(false), true);
        QCOMPARE(invoices.at(2).toObject().value(QStringLiteral("valid")).toBool(false), true);
        QCOMPARE(invoices.at(2).toObject().value(QStringLiteral("docNo")).toString(), QStringLiteral("MH/2026/0043"));
        const QJsonObject bad = invoices.at(1).toObject();
        QCOMPARE(bad.value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(bad.value(QStringLiteral("irn")).toString(), QString()); // not computable: the invoice is unreadable
        const QJsonArray findings = bad.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("SCHEMA"));
        const int line = validInvoice().count('\n') + 3;
        QVERIFY2(findings.at(0).toObject().value(QStringLiteral("message")).toString().startsWith(
                     QStringLiteral("line %1, column 45: expected ',' or '}'").arg(line)),
                 qPrintable(r.out));
        QCOMPARE(o.value(QStringLiteral("fileErrors")).toArray().size(), 0);
    }

    void validateTruncatedFile()
    {
        // The file breaks off in the second invoice: the first is reported, the file error too,
        // and the exit code says the file could not be checked to its end.
        QTemporaryDir dir;
        const QByteArray second = validInvoiceNumbered("MH/2026/0043");
        const QString path = writeFile(dir, QStringLiteral("cut.json"), "[" + validInvoice() + ",\n" + second.left(second.size() / 2));
        const Run r = cli(validateArgs(path, kJson));
        QCOMPARE(r.code, 2);
        const QJsonObject o = parseOutput(r);
        QCOMPARE(o.value(QStringLiteral("invoices")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("valid")).toInt(), 1);
        const QJsonArray fileErrors = o.value(QStringLiteral("fileErrors")).toArray();
        QCOMPARE(fileErrors.size(), 1);
        QVERIFY(fileErrors.at(0).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("cut short")));
        QVERIFY2(r.err.contains(path + QStringLiteral(": line ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("only the 1 invoices before the problem were checked")), qPrintable(r.err));
    }

    void validateCannotRun_data()
    {
        QTest::addColumn<QByteArray>("content"); // null: no file
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message"); // %1: the file's path
        const QByteArray valid = validInvoice();
        QTest::newRow("not JSON") << QByteArray("GSTIN,Name\n") << QStringList() << QStringLiteral("validate: %1: line 1, column 1: not an INV-01 file");
        QTest::newRow("empty") << QByteArray("") << QStringList() << QStringLiteral("validate: %1: the file is empty");
        QTest::newRow("missing file") << QByteArray() << QStringList() << QStringLiteral("validate: cannot read %1");
        QTest::newRow("bad today") << valid << QStringList{QStringLiteral("--today"), QStringLiteral("31/02/2026")}
                                   << QStringLiteral("--today must be a real date written DD/MM/YYYY, got '31/02/2026'");
        QTest::newRow("bad format") << valid << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                    << QStringLiteral("--format must be text or json, got 'xml'");
        QTest::newRow("bad threads") << valid << QStringList{QStringLiteral("--threads"), QStringLiteral("0")}
                                     << QStringLiteral("--threads must be a whole number from 1 to 64, got '0'");
        QTest::newRow("unknown option") << valid << QStringList{QStringLiteral("--strict")} << QStringLiteral("strict");
        QTest::newRow("masters missing") << valid << QStringList{QStringLiteral("--masters"), QStringLiteral("/nonexistent/masters")}
                                         << QStringLiteral("--masters /nonexistent/masters is not a folder that can be read");
    }
    void validateCannotRun()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = content.isNull() ? dir.filePath(QStringLiteral("absent.json")) : writeFile(dir, QStringLiteral("in.json"), content);
        const Run r = cli(QStringList{QStringLiteral("validate"), path} + extra);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message.contains(QLatin1String("%1")) ? message.arg(path) : message), qPrintable(r.err));
    }

    void validateWithMasters()
    {
        // A folder without replacements: the built-in masters; a broken replacement: exit 2,
        // naming the file.
        QTemporaryDir masters;
        const QString invoice = test::dataPath(QStringLiteral("rules/valid-b2b-intra-goods/invoice.json"));
        const Run r = cli(validateArgs(invoice, {QStringLiteral("--masters"), masters.path()}));
        QCOMPARE(r.code, 0);
        writeFile(masters, QStringLiteral("uqc_units.json"), "not JSON");
        const Run broken = cli(validateArgs(invoice, {QStringLiteral("--masters"), masters.path()}));
        QCOMPARE(broken.code, 2);
        QVERIFY2(broken.err.contains(QLatin1String("uqc_units.json")), qPrintable(broken.err));
        QVERIFY(broken.out.isEmpty());
    }

    void validateThreadsGiveTheSameReport()
    {
        // Generated invoices, repeated (so the batch rule finds duplicates across the batches the
        // threads get), with traps for the scanner that cuts the file: a broken invoice, strings
        // with brackets, quotes and backslashes, a pretty-printed invoice, an element that is not
        // an object, CRLF line ends.
        const QByteArray gen = test::readData(QStringLiteral("gen/gen-400.json"));
        QList<QByteArray> invoices;
        for (const QByteArray& line : gen.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.startsWith('{')) {
                invoices.append(trimmed.endsWith(',') ? trimmed.chopped(1) : trimmed);
            }
        }
        QCOMPARE(invoices.size(), 400);
        QByteArray file = "[\r\n";
        for (int i = 0; i < 3000; ++i) {
            QByteArray invoice = invoices.at(i % invoices.size());
            if (i % 97 == 13) {
                invoice = "{\"Version\": \"1.1\", \"DocDtls\": {\"Typ\": \"INV\" \"No\": \"X/" + QByteArray::number(i) + "\"}}";
            } else if (i % 89 == 7) {
                invoice.replace("\"LglNm\":\"", "\"LglNm\":\"}]{[ \\\"quoted\\\" \\\\ back\\\\slash \\u00e9 ");
            } else if (i % 211 == 5) {
                invoice = validInvoiceNumbered("P/" + QByteArray::number(i));
            } else if (i == 1500) {
                invoice = "42";
            }
            file += (i > 0 ? ",\r\n" : "") + invoice;
        }
        file += "\r\n]\r\n";
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("mixed.json"), file);

        const Run one = cli(validateArgs(path, kJson + QStringList{QStringLiteral("--threads"), QStringLiteral("1")}));
        QCOMPARE(one.code, 1);
        const QJsonObject o = parseOutput(one);
        const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("invoices")).toInt(), 3000);
        QVERIFY2(summary.value(QStringLiteral("valid")).toInt() < 600, // the repeats are duplicates
                 qPrintable(QString::fromUtf8(QJsonDocument(summary).toJson())));
        QVERIFY(one.out.contains(QLatin1String("\"code\":\"2150\"")));
        QVERIFY(one.out.contains(QLatin1String("expected ',' or '}' after a value")));
        QVERIFY(one.out.contains(QLatin1String("expected an invoice object, got a number")));
        for (const char* threads : {"2", "3"}) {
            const Run many = cli(validateArgs(path, kJson + QStringList{QStringLiteral("--threads"), QLatin1String(threads)}));
            QCOMPARE(many.code, one.code);
            QVERIFY2(many.out == one.out, threads); // byte for byte
            QCOMPARE(many.err, one.err);
        }
        const Run text1 = cli(validateArgs(path, {QStringLiteral("--threads"), QStringLiteral("1")}));
        const Run text2 = cli(validateArgs(path, {QStringLiteral("--threads"), QStringLiteral("2")}));
        QVERIFY(text1.out == text2.out);

        // Cut short: the same invoices before the break, the same file error.
        const QString cut = writeFile(dir, QStringLiteral("cut.json"), file.left(file.size() * 2 / 3));
        const Run cutOne = cli(validateArgs(cut, kJson + QStringList{QStringLiteral("--threads"), QStringLiteral("1")}));
        const Run cutTwo = cli(validateArgs(cut, kJson + QStringList{QStringLiteral("--threads"), QStringLiteral("2")}));
        QCOMPARE(cutOne.code, 2);
        QCOMPARE(cutTwo.code, 2);
        QVERIFY(cutOne.out == cutTwo.out);
        QCOMPARE(cutOne.err, cutTwo.err);
    }

    /// fix: repairs what it can derive into a new file, lists every change with its old and new
    /// value, and the result validates; the input stays as it was.
    void fixRepairsAndLists()
    {
        QTemporaryDir dir;
        QByteArray broken = validInvoice();
        broken.replace(QByteArrayView("\"SupTyp\": \"B2B\""), QByteArrayView("\"SupTyp\": \"b2b\""));
        broken.replace(QByteArrayView("\"CgstAmt\": 9000"), QByteArrayView("\"CgstAmt\": 9500"));
        broken.replace(QByteArrayView("\"TotInvVal\": 123145"), QByteArrayView("\"TotInvVal\": 123000"));
        QVERIFY(broken != validInvoice());
        const QString in = writeFile(dir, QStringLiteral("in.json"), broken);
        const QString out = dir.filePath(QStringLiteral("out.json"));
        QCOMPARE(cli(validateArgs(in)).code, 1);

        const Run r = cli({QStringLiteral("fix"), in, QStringLiteral("--out"), out});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("TranDtls.SupTyp: 'b2b' -> 'B2B'")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("ItemList[0].CgstAmt: '9500.00' -> '9000.00'")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("ValDtls.TotInvVal: '123000.00' -> '123145.00'")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("1 invoices, 1 changed, 3 changes")), qPrintable(r.out));
        QCOMPARE(cli(validateArgs(out)).code, 0);
        QFile input(in);
        QVERIFY(input.open(QIODevice::ReadOnly));
        QCOMPARE(input.readAll(), broken);

        const Run json = cli({QStringLiteral("fix"), in, QStringLiteral("--out"), out, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        const QJsonObject o = parseOutput(json);
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("fixes")).toInt(), 3);
        const QJsonArray fixes = o.value(QStringLiteral("invoices")).toArray().at(0).toObject().value(QStringLiteral("fixes")).toArray();
        QCOMPARE(fixes.size(), 3);
        QCOMPARE(fixes.at(0).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("TranDtls.SupTyp"));

        // A valid invoice: no change, written as it was meant.
        const QString valid = writeFile(dir, QStringLiteral("valid.json"), validInvoice());
        const Run none = cli({QStringLiteral("fix"), valid, QStringLiteral("--out"), out});
        QCOMPARE(none.code, 0);
        QVERIFY2(none.out.contains(QLatin1String("1 invoices, 0 changed, 0 changes")), qPrintable(none.out));
    }

    /// fix never overwrites its input, and writes nothing when an invoice cannot be read.
    void fixRefuses()
    {
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("in.json"), validInvoice());
        QCOMPARE(cli({QStringLiteral("fix"), in}).code, 2); // no --out
        const Run same = cli({QStringLiteral("fix"), in, QStringLiteral("--out"), in});
        QCOMPARE(same.code, 2);
        QVERIFY(same.err.contains(in));

        const QString bulk = writeFile(dir, QStringLiteral("bulk.json"), "[" + validInvoice() + ", {\"Version\": }]");
        const QString out = dir.filePath(QStringLiteral("out.json"));
        const Run broken = cli({QStringLiteral("fix"), bulk, QStringLiteral("--out"), out});
        QCOMPARE(broken.code, 1);
        QVERIFY2(broken.err.contains(QLatin1String("invoice [1]")), qPrintable(broken.err));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(cli({QStringLiteral("fix"), dir.filePath(QStringLiteral("missing.json")), QStringLiteral("--out"), out}).code, 2);
    }

    /// irndesk-cli speaks the language of the user's locale: Hindi, Tamil or Marathi (the
    /// translations are embedded in the program), English otherwise.
    void speaksTheLocaleLanguage_data()
    {
        QTest::addColumn<QByteArray>("locale");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("Hindi") << QByteArray("hi_IN.UTF-8") << 0x0900 << 0x097F;
        QTest::newRow("Tamil") << QByteArray("ta_IN.UTF-8") << 0x0B80 << 0x0BFF;
        QTest::newRow("Marathi") << QByteArray("mr_IN.UTF-8") << 0x0900 << 0x097F;
        QTest::newRow("English") << QByteArray("C.UTF-8") << 0 << 0;
    }

    void speaksTheLocaleLanguage()
    {
        QFETCH(QByteArray, locale);
        QFETCH(int, first);
        QFETCH(int, last);
        const QByteArray saved = qgetenv("LC_ALL");
        qputenv("LC_ALL", locale);
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        const Run run = cli({QStringLiteral("validate"), missing});
        const Run help = cli({QStringLiteral("--help")});
        qputenv("LC_ALL", saved);
        const auto inScript = [&](const QString& text) {
            return std::any_of(text.cbegin(), text.cend(), [&](QChar c) { return c.unicode() >= first && c.unicode() <= last; });
        };
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(missing), qPrintable(run.err)); // the file is still named as it is
        if (first == 0) {
            QVERIFY2(run.err.contains(QLatin1String("cannot read")), qPrintable(run.err));
            QVERIFY2(help.out.startsWith(QLatin1String("Usage: irndesk-cli")), qPrintable(help.out));
        } else {
            QVERIFY2(inScript(run.err), qPrintable(run.err));
            QVERIFY2(inScript(help.out.section(QLatin1Char('\n'), 0, 0)), qPrintable(help.out.left(200)));
            QVERIFY2(help.out.contains(QLatin1String("irndesk-cli")), qPrintable(help.out.left(200)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
