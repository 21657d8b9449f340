// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user or a script runs it: the real irndesk-cli in a child process.
#include "core/Version.h"
#include "core/json/InvoiceReader.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace irndesk;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(test::cliPath(), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
