// SPDX-License-Identifier: GPL-3.0-or-later
// The commands over the store as a user or a script runs them: the real irndesk-cli in a child
// process, on real SQLite files in a temporary folder. Also what happens to a store when the
// program is killed in the middle of an import or an export, and when two programs share it.
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "core/io/PortalResults.h"
#include "core/store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include "bench/InvoiceGenerator.h"
#include "tests/support/TestData.h"

using namespace irndesk;

namespace {

using Run = test::CliRun;

// The sellers of tests/data/store/mixed.json: A has 6 good invoices and ERR/0001 (a total that
// does not add up: error 2189), B has 4; REF/0001 has the seller GSTIN "NOTAGSTIN" (refused).
const QString kSellerA = QStringLiteral("21FPNFD5631J1ZI");
const QString kSellerB = QStringLiteral("19WQUCV7033X2Z8");
/// The day the invoices of mixed.json and gen-400.json are valid on.
const QString kToday = QStringLiteral("20/11/2026");

const QStringList kJson{ QStringLiteral("--format"), QStringLiteral("json") };

Run cli(const QStringList& args)
{
    return test::runCli(args);
}

QString data(const QString& name)
{
    return test::dataPath(name);
}

QJsonObject parseOutput(const Run& r)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("not a JSON object (%s): %s / %s",
            qPrintable(error.errorString()),
            qPrintable(r.out.left(500)),
            qPrintable(r.err.left(500)));
    }
    return document.object();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

/// The last line a command printed.
QString lastLine(const QString& text)
{
    return text.trimmed().split(QLatin1Char('\n')).last();
}

/// `store info --format json` of `store`.
QJsonObject info(const QString& store)
{
    return parseOutput(
        cli(QStringList{ QStringLiteral("store"), QStringLiteral("info"), QStringLiteral("--store"), store } + kJson));
}

qint64 invoiceCount(const QString& store)
{
    return info(store).value(QLatin1String("invoices")).toInteger(-1);
}

QJsonObject listJson(const QString& store, const QStringList& extra = {})
{
    return parseOutput(cli(QStringList{ QStringLiteral("list"), QStringLiteral("--store"), store } + extra + kJson));
}

Run import(const QString& store, const QString& file, const QStringList& extra = {})
{
    return cli(QStringList{
                   QStringLiteral("import"), file, QStringLiteral("--store"), store, QStringLiteral("--today"), kToday }
        + extra);
}

/// A connection of the SQLite C API, closed at the end of the scope: the test's own view of a
/// store file, apart from the program's.
class Sqlite
{
public:
    explicit Sqlite(const QString& path, bool readOnly = false)
    {
        const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~Sqlite() { sqlite3_close(m_db); }
    Sqlite(const Sqlite&) = delete;
    Sqlite& operator=(const Sqlite&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    bool exec(const char* sql) { return m_db && sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    /// The first column of the first row, -1 when the query fails.
    qint64 integer(const char* sql)
    {
        sqlite3_stmt* statement = nullptr;
        qint64 value = -1;
        if (m_db && sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            value = sqlite3_column_int64(statement, 0);
        }
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3* m_db = nullptr;
};

/// Sets an environment variable for the programs this test starts, until the end of the scope.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had) {
            qputenv(m_name, m_old);
        } else {
            qunsetenv(m_name);
        }
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

/// (type, number) of every invoice in a bulk file; an empty list when it is not a whole array.
QStringList documentsIn(const QString& file, bool* whole = nullptr)
{
    QStringList docs;
    const ReadFile read = readInvoiceBytes(fileBytes(file));
    bool ok = read.ok() && !read.singleInvoice && !read.invoices.isEmpty();
    for (const ReadInvoice& r : read.invoices) {
        ok = ok && r.invoice.has_value();
        if (r.invoice) {
            docs.append(r.invoice->docDtls.typ.value_or(QString()) + QLatin1Char(' ')
                + r.invoice->docDtls.no.value_or(QString()));
        }
    }
    if (whole) {
        *whole = ok;
    }
    return docs;
}

/// Runs the schema oracle (ajv, tests/schema/validate.mjs) on `files`; its exit code.
int schemaCheck(const QStringList& files, qint64 maxBytes, QString* output)
{
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(qEnvironmentVariable("IRNDESK_NODE"),
        QStringList{
            qEnvironmentVariable("IRNDESK_SCHEMA_VALIDATOR"), QStringLiteral("--max-bytes"), QString::number(maxBytes) }
            + files);
    if (!node.waitForFinished(120000) || node.exitStatus() != QProcess::NormalExit) {
        return -1;
    }
    *output = QString::fromUtf8(node.readAll());
    return node.exitCode();
}

/// `count` generated invoices (valid on `today`) as one bulk array; their JSON by document number.
QByteArray generatedBulk(int count, QHash<QString, QByteArray>& byNumber, const QDate& today)
{
    bench::GeneratorOptions options;
    options.seed = 11;
    options.itemsMax = 6;
    options.today = today;
    bench::InvoiceGenerator generator(options);
    QByteArray out("[\n");
    for (int i = 0; i < count; ++i) {
        const Invoice invoice = generator.next();
        const QByteArray json = invoiceToJson(invoice);
        byNumber.insert(invoice.docDtls.no.value_or(QString()), json);
        if (i > 0) {
            out.append(",\n");
        }
        out.append(json);
    }
    out.append("\n]\n");
    return out;
}

/// The store at `path` opens, passes the full integrity check, and every invoice in it reads back
/// whole: its content is that of the invoice of the same number in `expected`, item for item.
/// Returns the number of invoices.
qint64 verifyWholeInvoices(const QString& path, const QHash<QString, QByteArray>& expected)
{
    store::Store::Options options;
    options.integrity = store::Store::IntegrityCheck::Always;
    auto opened = store::Store::open(path, options);
    if (!opened) {
        QTest::qFail(
            qPrintable(QStringLiteral("the store does not open: ") + opened.error().message), __FILE__, __LINE__);
        return -1;
    }
    store::Store& db = *opened.value();
    const QStringList problems = db.integrityProblems();
    if (!problems.isEmpty()) {
        QTest::qFail(
            qPrintable(QStringLiteral("integrity: ") + problems.join(QStringLiteral("; "))), __FILE__, __LINE__);
        return -1;
    }
    const QList<qint64> ids = db.invoiceIds({});
    for (qint64 id : ids) {
        const Result<store::StoredInvoice> stored = db.invoice(id);
        if (!stored) {
            QTest::qFail(
                qPrintable(QStringLiteral("invoice #%1: %2").arg(id).arg(stored.error().message)), __FILE__, __LINE__);
            return -1;
        }
        const store::StoredInvoice& s = stored.value();
        const QString number = s.invoice.docDtls.no.value_or(QString());
        if (s.summary.items != s.invoice.itemList.size() || s.invoice.itemList.isEmpty()) {
            QTest::qFail(qPrintable(QStringLiteral("invoice %1: %2 items listed, %3 in the content")
                                        .arg(number)
                                        .arg(s.summary.items)
                                        .arg(s.invoice.itemList.size())),
                __FILE__,
                __LINE__);
            return -1;
        }
        if (!expected.contains(number) || invoiceToJson(s.invoice) != expected.value(number)) {
            QTest::qFail(
                qPrintable(QStringLiteral("invoice %1 is not the one imported").arg(number)), __FILE__, __LINE__);
            return -1;
        }
    }
    return ids.size();
}

} // namespace

class TestCliStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    /// A new store path in the temporary folder (the file does not exist yet).
    QString newStore() { return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_n)); }
    QString newDir()
    {
        const QString path = m_dir.filePath(QStringLiteral("dir-%1").arg(++m_n));
        QDir().mkpath(path);
        return path;
    }
    /// A store holding mixed.json: 11 invoices (10 ready, ERR/0001 a draft) of sellers A and B.
    QString mixedStore()
    {
        const QString store = newStore();
        const Run r = import(store, data(QStringLiteral("store/mixed.json")));
        if (r.code != 1) {
            qWarning("import of mixed.json: %d %s %s", r.code, qPrintable(r.out), qPrintable(r.err));
        }
        return store;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv("IRNDESK_STORE");
        qunsetenv("IRNDESK_BUSY_TIMEOUT_MS");
    }

    // Workspaces ---------------------------------------------------------------------------------

    void workspaceAddListShow()
    {
        const QString store = newStore();
        const Run r = cli(QStringList{ QStringLiteral("workspace"),
            QStringLiteral("add"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--gstin"),
            QStringLiteral("21fpnfd5631j1zi"),
            QStringLiteral("--legal-name"),
            QStringLiteral("Deccan Enterprises LLP"),
            QStringLiteral("--addr1"),
            QStringLiteral("Market Yard"),
            QStringLiteral("--location"),
            QStringLiteral("Rourkela"),
            QStringLiteral("--pin"),
            QStringLiteral("769009") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(
                     QLatin1String("workspace 21FPNFD5631J1ZI (Deccan Enterprises LLP, state 21 (Odisha)) added")),
            qPrintable(r.out));

        const QJsonObject shown = parseOutput(cli(QStringList{ QStringLiteral("workspace"),
                                                      QStringLiteral("show"),
                                                      kSellerA.toLower(),
                                                      QStringLiteral("--store"),
                                                      store }
            + kJson));
        const QJsonObject profile = shown.value(QLatin1String("profile")).toObject();
        QCOMPARE(profile.value(QLatin1String("gstin")).toString(), kSellerA);
        QCOMPARE(profile.value(QLatin1String("stateCode")).toString(), QStringLiteral("21")); // from the GSTIN
        QCOMPARE(profile.value(QLatin1String("pin")).toInteger(), 769009);
        QCOMPARE(profile.value(QLatin1String("aato10Crore")).toBool(), false);
        QCOMPARE(shown.value(QLatin1String("invoices")).toInteger(), 0);

        const Run text = cli(QStringList{
            QStringLiteral("workspace"), QStringLiteral("show"), kSellerA, QStringLiteral("--store"), store });
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QLatin1String("State:          21 (Odisha)")));

        const QJsonArray all = parseOutput(
            cli(QStringList{ QStringLiteral("workspace"), QStringLiteral("list"), QStringLiteral("--store"), store }
                + kJson))
                                   .value(QLatin1String("workspaces"))
                                   .toArray();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).toObject().value(QLatin1String("gstin")).toString(), kSellerA);
        const Run listed =
            cli(QStringList{ QStringLiteral("workspace"), QStringLiteral("list"), QStringLiteral("--store"), store });
        QCOMPARE(listed.code, 0);
        QCOMPARE(lastLine(listed.out),
            QStringLiteral("workspace list: 1 workspace in %1").arg(QDir::toNativeSeparators(store)));

        // The same seller again: a conflict, nothing changed.
        const Run again = cli(QStringList{ QStringLiteral("workspace"),
            QStringLiteral("add"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--gstin"),
            kSellerA,
            QStringLiteral("--legal-name"),
            QStringLiteral("Other Name") });
        QCOMPARE(again.code, 1);
        QVERIFY2(
            again.err.contains(QLatin1String("already has the workspace 21FPNFD5631J1ZI (Deccan Enterprises LLP)")),
            qPrintable(again.err));

        const Run unknown = cli(QStringList{
            QStringLiteral("workspace"), QStringLiteral("show"), kSellerB, QStringLiteral("--store"), store });
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(
                     QLatin1String("there is no workspace 19WQUCV7033X2Z8 in the store; it has 21FPNFD5631J1ZI")),
            qPrintable(unknown.err));
    }

    void workspaceAddRefusesBadProfiles_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString name = QStringLiteral("--legal-name");
        const QString legal = QStringLiteral("Deccan Enterprises LLP");
        QTest::newRow("short GSTIN") << QStringList{
            QStringLiteral("--gstin"), QStringLiteral("21FPNFD5631J1Z"), name, legal
        } << QStringLiteral("--gstin '21FPNFD5631J1Z' is not a GSTIN");
        QTest::newRow("check character") << QStringList{
            QStringLiteral("--gstin"), QStringLiteral("21FPNFD5631J1ZX"), name, legal
        } << QStringLiteral("--gstin '21FPNFD5631J1ZX': its last character should be 'I', not 'X'");
        QTest::newRow("no state") << QStringList{
            QStringLiteral("--gstin"), QStringLiteral("00FPNFD5631J1ZI"), name, legal
        } << QStringLiteral("starts with 00, which is not a state code");
        QTest::newRow("other state") << QStringList{
            QStringLiteral("--gstin"), kSellerA, name, legal, QStringLiteral("--state"), QStringLiteral("27")
        } << QStringLiteral("--state '27' is not the state of the GSTIN 21FPNFD5631J1ZI, which is 21");
        QTest::newRow("pin") << QStringList{
            QStringLiteral("--gstin"), kSellerA, name, legal, QStringLiteral("--pin"), QStringLiteral("12")
        } << QStringLiteral("--pin must be a PIN code of 6 digits, got '12'");
        QTest::newRow("email") << QStringList{
            QStringLiteral("--gstin"), kSellerA, name, legal, QStringLiteral("--email"), QStringLiteral("at-nowhere")
        } << QStringLiteral("--email is not an e-mail address the IRP accepts");
        QTest::newRow("short name") << QStringList{ QStringLiteral("--gstin"), kSellerA, name, QStringLiteral("AB") }
                                    << QStringLiteral("--legal-name must be 3 to 100 characters long, got 'AB'");
        QTest::newRow("no name") << QStringList{ QStringLiteral("--gstin"), kSellerA }
                                 << QStringLiteral("give --gstin GSTIN and --legal-name NAME");
        QTest::newRow("stray argument") << QStringList{
            QStringLiteral("--gstin"), kSellerA, name, legal, QStringLiteral("extra")
        } << QStringLiteral("unexpected argument 'extra'");
    }

    void workspaceAddRefusesBadProfiles()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString store = newStore();
        const Run r = cli(
            QStringList{ QStringLiteral("workspace"), QStringLiteral("add"), QStringLiteral("--store"), store } + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!QFileInfo::exists(store), "a refused profile must not leave a store behind");
    }

    void workspaceAddSandboxGstin()
    {
        // NIC's test GSTINs fail the check character: accepted with --sandbox, with a warning.
        const QString store = newStore();
        const Run r = cli(QStringList{ QStringLiteral("workspace"),
            QStringLiteral("add"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--gstin"),
            QStringLiteral("29AWGPV7107B1Z1"),
            QStringLiteral("--legal-name"),
            QStringLiteral("Sandbox Seller"),
            QStringLiteral("--sandbox") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QLatin1String("warning: --gstin '29AWGPV7107B1Z1': its last character should be")),
            qPrintable(r.err));
    }

    void workspaceFromJson()
    {
        const QString store = newStore();
        // Our profile format.
        Run r = cli(QStringList{ QStringLiteral("workspace"),
            QStringLiteral("add"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--from-json"),
            data(QStringLiteral("store/profile.json")) });
        QCOMPARE(r.code, 0);
        QJsonObject shown = parseOutput(
            cli(QStringList{
                    QStringLiteral("workspace"), QStringLiteral("show"), kSellerA, QStringLiteral("--store"), store }
                + kJson));
        QJsonObject profile = shown.value(QLatin1String("profile")).toObject();
        QCOMPARE(profile.value(QLatin1String("tradeName")).toString(), QStringLiteral("Udyog"));
        QCOMPARE(profile.value(QLatin1String("email")).toString(), QStringLiteral("accounts@example.in"));
        QCOMPARE(profile.value(QLatin1String("aato10Crore")).toBool(), true);

        // What `workspace show --format json` prints goes back in: the same profile in another store.
        const QString shownFile =
            writeFile(m_dir.filePath(QStringLiteral("shown.json")), QJsonDocument(shown).toJson());
        const QString copy = newStore();
        QCOMPARE(cli(QStringList{ QStringLiteral("workspace"),
                         QStringLiteral("add"),
                         QStringLiteral("--store"),
                         copy,
                         QStringLiteral("--from-json"),
                         shownFile })
                     .code,
            0);
        QCOMPARE(
            parseOutput(
                cli(QStringList{
                        QStringLiteral("workspace"), QStringLiteral("show"), kSellerA, QStringLiteral("--store"), copy }
                    + kJson))
                .value(QLatin1String("profile")),
            QJsonValue(profile));

        // An INV-01 invoice: its SellerDtls; flags next to it complete it.
        const QJsonArray invoices = QJsonDocument::fromJson(test::readData(QStringLiteral("store/mixed.json"))).array();
        const QString invoiceFile = writeFile(
            m_dir.filePath(QStringLiteral("one-invoice.json")), QJsonDocument(invoices.at(6).toObject()).toJson());
        r = cli(QStringList{ QStringLiteral("workspace"),
            QStringLiteral("add"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--from-json"),
            invoiceFile,
            QStringLiteral("--aato-10cr") });
        QCOMPARE(r.code, 0);
        profile = parseOutput(
            cli(QStringList{
                    QStringLiteral("workspace"), QStringLiteral("show"), kSellerB, QStringLiteral("--store"), store }
                + kJson))
                      .value(QLatin1String("profile"))
                      .toObject();
        const QJsonObject seller = invoices.at(6).toObject().value(QLatin1String("SellerDtls")).toObject();
        QCOMPARE(profile.value(QLatin1String("legalName")).toString(), seller.value(QLatin1String("LglNm")).toString());
        QCOMPARE(profile.value(QLatin1String("pin")).toInteger(), seller.value(QLatin1String("Pin")).toInteger());
        QCOMPARE(profile.value(QLatin1String("aato10Crore")).toBool(), true);

        // Files that cannot be used, each said with where and what.
        const QString broken = writeFile(m_dir.filePath(QStringLiteral("broken.json")),
            "{\n  \"gstin\": \"21FPNFD5631J1ZI\",\n  \"legalName\": }\n");
        r = cli(QStringList{ QStringLiteral("workspace"),
            QStringLiteral("add"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--from-json"),
            broken });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("broken.json is not JSON: line 3, column")), qPrintable(r.err));
        const QString unknownField = writeFile(m_dir.filePath(QStringLiteral("unknown.json")),
            "{\"gstin\": \"21FPNFD5631J1ZI\", \"legalName\": \"Deccan\", \"turnover\": 5}");
        r = cli(QStringList{ QStringLiteral("workspace"),
            QStringLiteral("add"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--from-json"),
            unknownField });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("unknown.json: field 'turnover' is not a field of a seller profile")),
            qPrintable(r.err));
        const QString badPin = writeFile(m_dir.filePath(QStringLiteral("badpin.json")),
            "{\"gstin\": \"19WQUCV7033X2Z8\", \"legalName\": \"Another\", \"pin\": 12}");
        r = cli(QStringList{ QStringLiteral("workspace"),
            QStringLiteral("add"),
            QStringLiteral("--store"),
            newStore(),
            QStringLiteral("--from-json"),
            badPin });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("badpin.json: field 'pin' must be a PIN code of 6 digits, got '12'")),
            qPrintable(r.err));
        r = cli(QStringList{ QStringLiteral("workspace"),
            QStringLiteral("add"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--from-json"),
            m_dir.filePath(QStringLiteral("missing.json")) });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("cannot read")), qPrintable(r.err));
    }

    void storeLocation()
    {
        // Without --store: IRNDESK_STORE.
        const QString store = newStore();
        {
            ScopedEnv env("IRNDESK_STORE", QFile::encodeName(store));
            const Run r = cli(QStringList{ QStringLiteral("workspace"),
                QStringLiteral("add"),
                QStringLiteral("--gstin"),
                kSellerA,
                QStringLiteral("--legal-name"),
                QStringLiteral("Deccan Enterprises LLP") });
            QCOMPARE(r.code, 0);
            QVERIFY(QFileInfo::exists(store));
            const Run listed = cli(QStringList{ QStringLiteral("workspace"), QStringLiteral("list") });
            QCOMPARE(listed.code, 0);
            QVERIFY(listed.out.contains(kSellerA));
        }
        // Commands that read do not make a store where there is none.
        const QString missing = newStore();
        for (const QStringList& args : { QStringList{ QStringLiteral("list") },
                 QStringList{ QStringLiteral("workspace"), QStringLiteral("list") },
                 QStringList{ QStringLiteral("store"), QStringLiteral("info") },
                 QStringList{ QStringLiteral("export"), QStringLiteral("--out"), newDir() } }) {
            const Run r = cli(args + QStringList{ QStringLiteral("--store"), missing });
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QLatin1String("there is no store at")), qPrintable(r.err));
            QVERIFY(!QFileInfo::exists(missing));
        }
    }

    // Import -------------------------------------------------------------------------------------

    void importReportsEachInvoice()
    {
        const QString store = newStore();
        const Run r = import(store, data(QStringLiteral("store/mixed.json")));
        QCOMPARE(r.code, 1); // one refused, one with errors
        // The refused one, with where it is, the field and the value.
        QVERIFY2(
            r.out.contains(QLatin1String(
                "import: mixed.json: refused: invoice [11] at line 13: SellerDtls.Gstin 'NOTAGSTIN' is not a GSTIN")),
            qPrintable(r.out));
        // The draft, with its error.
        QVERIFY2(r.out.contains(QLatin1String(
                     "import: mixed.json: invoice [10] at line 12: INV ERR/0001 imported as a draft, with 1 error:\n"
                     "    2189 ValDtls.TotInvVal: ")),
            qPrintable(r.out));
        QCOMPARE(lastLine(r.out),
            QStringLiteral("import: imported 11, of which 10 ready and 1 draft; 1 refused; 0 duplicates; "
                           "2 workspaces created: 21FPNFD5631J1ZI, 19WQUCV7033X2Z8"));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 4); // nothing about the 10 good ones
        QCOMPARE(invoiceCount(store), 11);

        // The same file again: duplicates, nothing added.
        const qint64 sizeBefore = QFileInfo(store).size();
        const Run again = import(store, data(QStringLiteral("store/mixed.json")));
        QCOMPARE(again.code, 1); // REF/0001 is still refused
        QCOMPARE(lastLine(again.out),
            QStringLiteral("import: imported 0, of which 0 ready and 0 drafts; 1 refused; 11 duplicates"));
        QCOMPARE(invoiceCount(store), 11);
        QCOMPARE(listJson(store).value(QLatin1String("total")).toInteger(), 11);
        QVERIFY(QFileInfo(store).size() <= sizeBefore + 8192); // an audit line, not eleven invoices

        // JSON: every entry.
        const QJsonObject json = parseOutput(import(store, data(QStringLiteral("store/mixed.json")), kJson));
        const QJsonArray entries = json.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 12);
        QCOMPARE(entries.at(0).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(entries.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("ready"));
        QCOMPARE(entries.at(11).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("refused"));
        QCOMPARE(entries.at(11).toObject().value(QLatin1String("where")).toString(),
            QStringLiteral("invoice [11] at line 13"));
        const QJsonObject summary = json.value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("duplicates")).toInteger(), 11);
        QCOMPARE(summary.value(QLatin1String("refused")).toInteger(), 1);
        QCOMPARE(summary.value(QLatin1String("imported")).toInteger(), 0);
    }

    void importAllGood()
    {
        // Only the good invoices of one seller: exit 0, and the summary names the new workspace.
        const QString store = newStore();
        QJsonArray invoices = QJsonDocument::fromJson(test::readData(QStringLiteral("store/mixed.json"))).array();
        QJsonArray good;
        for (int i = 6; i < 10; ++i) {
            good.append(invoices.at(i));
        }
        const QString file = writeFile(m_dir.filePath(QStringLiteral("good.json")), QJsonDocument(good).toJson());
        const Run r = import(store, file);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(),
            QStringLiteral("import: imported 4, of which 4 ready and 0 drafts; 0 refused; 0 duplicates; "
                           "workspace 19WQUCV7033X2Z8 created"));
    }

    void importOnlyOneWorkspace()
    {
        const QString store = newStore();
        const Run r = import(
            store, data(QStringLiteral("store/mixed.json")), { QStringLiteral("--workspace"), kSellerB.toLower() });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String(
                     "import: mixed.json: refused: invoice [0] at line 2: the seller 21FPNFD5631J1ZI is not the "
                     "workspace 19WQUCV7033X2Z8 the import is limited to (--workspace)")),
            qPrintable(r.out));
        QVERIFY(
            lastLine(r.out).startsWith(QLatin1String("import: imported 4, of which 4 ready and 0 drafts; 8 refused;")));
        QCOMPARE(listJson(store).value(QLatin1String("total")).toInteger(), 4);
        const QJsonArray workspaces = parseOutput(
            cli(QStringList{ QStringLiteral("workspace"), QStringLiteral("list"), QStringLiteral("--store"), store }
                + kJson))
                                          .value(QLatin1String("workspaces"))
                                          .toArray();
        QCOMPARE(workspaces.size(), 1);
        QCOMPARE(workspaces.at(0).toObject().value(QLatin1String("gstin")).toString(), kSellerB);

        const Run bad = import(
            store, data(QStringLiteral("store/mixed.json")), { QStringLiteral("--workspace"), QStringLiteral("ABC") });
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QLatin1String("--workspace 'ABC' is not a GSTIN")), qPrintable(bad.err));
    }

    void importConflictAndUpdate()
    {
        const QString store = mixedStore();
        // changed.json: EPHINV/2627/0570 with another buyer phone number.
        const Run conflict = import(store, data(QStringLiteral("store/changed.json")));
        QCOMPARE(conflict.code, 1);
        QVERIFY2(conflict.out.contains(QLatin1String(
                     "import: changed.json: conflict: invoice [0] at line 2: the store already has a different "
                     "INV EPHINV/2627/0570 (ready); import with --update to replace it")),
            qPrintable(conflict.out));
        QCOMPARE(lastLine(conflict.out),
            QStringLiteral("import: imported 0, of which 0 ready and 0 drafts; 0 refused; 0 duplicates; 1 conflict"));

        const Run updated = import(store, data(QStringLiteral("store/changed.json")), { QStringLiteral("--update") });
        QCOMPARE(updated.code, 0);
        QCOMPARE(lastLine(updated.out),
            QStringLiteral("import: imported 0 and updated 1, of which 1 ready and 0 drafts; 0 refused; 0 duplicates"));
        QCOMPARE(invoiceCount(store), 11);
        // Now the store holds the changed one: importing it again is a duplicate.
        QCOMPARE(lastLine(import(store, data(QStringLiteral("store/changed.json"))).out),
            QStringLiteral("import: imported 0, of which 0 ready and 0 drafts; 0 refused; 1 duplicate"));
    }

    void importCannotRun()
    {
        const QString store = newStore();
        Run r = import(store, data(QStringLiteral("store/not-json.json")));
        QCOMPARE(r.code, 2);
        QVERIFY2(
            r.err.contains(QLatin1String("not-json.json: line 1, column 1: not an INV-01 file")), qPrintable(r.err));

        r = import(newStore(), m_dir.filePath(QStringLiteral("nowhere.json")));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("import: cannot read"))
                && r.err.contains(QLatin1String("nowhere.json: no such file")),
            qPrintable(r.err));

        r = cli(QStringList{ QStringLiteral("import"), QStringLiteral("--store"), newStore() });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("no file given")));

        r = cli(QStringList{ QStringLiteral("import"),
            data(QStringLiteral("store/mixed.json")),
            QStringLiteral("--store"),
            newStore(),
            QStringLiteral("--today"),
            QStringLiteral("31/02/2026") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("--today must be a real date written DD/MM/YYYY, got '31/02/2026'")));

        r = import(newStore(),
            data(QStringLiteral("store/mixed.json")),
            { QStringLiteral("--format"), QStringLiteral("xml") });
        QCOMPARE(r.code, 2);
    }

    void importSpreadsheets()
    {
        // Our template, one row per line (template-bad.csv: row 3 has the quantity "two").
        const QString store = newStore();
        Run r = import(store, data(QStringLiteral("store/template-bad.csv")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral(
                     "import: refused: template-bad.csv, rows 2\u20133: row 3, column AM \"ItemList.Qty\", "
                     "value \"two\": is not a number\n")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String(
                     "import: template-bad.csv, row 6: CRN CN/2026/0009 imported as a draft, with 6 errors:\n"
                     "    SCHEMA ItemList[0].PrdDesc: ")),
            qPrintable(r.out));
        QCOMPARE(lastLine(r.out),
            QStringLiteral("import: imported 2, of which 1 ready and 1 draft; 1 refused; 0 duplicates; "
                           "workspace 27AAPFU0939F1ZV created"));
        QCOMPARE(lastLine(import(store, data(QStringLiteral("store/template.csv"))).out),
            QStringLiteral("import: imported 1, of which 1 ready and 0 drafts; 0 refused; 2 duplicates"));

        // A client's own layout, through a mapping file.
        r = import(store,
            data(QStringLiteral("store/sales-register.csv")),
            { QStringLiteral("--mapping"), data(QStringLiteral("store/sales-register-mapping.json")) });
        QCOMPARE(r.code, 0);
        QCOMPARE(lastLine(r.out),
            QStringLiteral("import: imported 2, of which 2 ready and 0 drafts; 0 refused; 0 duplicates"));
        QCOMPARE(invoiceCount(store), 5);
        // Without it, the file cannot be read as invoices.
        r = import(store, data(QStringLiteral("store/sales-register.csv")));
        QCOMPARE(r.code, 2);
        QVERIFY2(
            r.err.contains(QLatin1String("sales-register.csv: no column SellerDtls.Gstin, DocDtls.Typ, DocDtls.No")),
            qPrintable(r.err));
        r = import(store,
            data(QStringLiteral("store/sales-register.csv")),
            { QStringLiteral("--mapping"), m_dir.filePath(QStringLiteral("none.json")) });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("cannot read the mapping file")), qPrintable(r.err));
        QCOMPARE(invoiceCount(store), 5);
    }

    // List ---------------------------------------------------------------------------------------

    void listFilters_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("total");
        QTest::newRow("all") << QStringList{} << 11;
        QTest::newRow("draft") << QStringList{ QStringLiteral("--status"), QStringLiteral("draft") } << 1;
        QTest::newRow("draft,ready") << QStringList{ QStringLiteral("--status"), QStringLiteral("draft,Ready") } << 11;
        QTest::newRow("type") << QStringList{ QStringLiteral("--type"), QStringLiteral("crn") } << 1;
        QTest::newRow("from") << QStringList{ QStringLiteral("--from"), QStringLiteral("05/11/2026") } << 2;
        QTest::newRow("from-to") << QStringList{
            QStringLiteral("--from"), QStringLiteral("02/11/2026"), QStringLiteral("--to"), QStringLiteral("03/11/2026")
        } << 5;
        QTest::newRow("buyer") << QStringList{ QStringLiteral("--buyer"), QStringLiteral("sai tech") } << 2;
        QTest::newRow("search") << QStringList{ QStringLiteral("--search"), QStringLiteral("FMF-TI") } << 2;
        QTest::newRow("workspace") << QStringList{ QStringLiteral("--workspace"), kSellerB } << 4;
        QTest::newRow("workspace+status") << QStringList{
            QStringLiteral("--workspace"), kSellerA, QStringLiteral("--status"), QStringLiteral("ready")
        } << 6;
    }

    void listFilters()
    {
        QFETCH(QStringList, args);
        QFETCH(int, total);
        static const QString store = mixedStore();
        const QJsonObject json = listJson(store, args);
        QCOMPARE(json.value(QLatin1String("total")).toInteger(), total);
        QCOMPARE(json.value(QLatin1String("invoices")).toArray().size(), total);
    }

    void listTable()
    {
        const QString store = mixedStore();
        const Run r = cli(QStringList{ QStringLiteral("list"), QStringLiteral("--store"), store });
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 13); // header, 11 rows, count
        QVERIFY2(lines.first().startsWith(QLatin1String("SELLER           TYPE  NUMBER")),
            qPrintable(lines.first())); // two sellers
        QCOMPARE(lines.last(), QStringLiteral("list: invoices 1 to 11 of 11"));
        const QString draft = lines.filter(QStringLiteral("ERR/0001")).value(0);
        QVERIFY2(draft.contains(QLatin1String("12,28,006.00  draft")) && draft.contains(QLatin1String("1/0")),
            qPrintable(draft));
        // Newest first.
        QVERIFY(lines.at(1).contains(QLatin1String("05/11/2026")));

        // A page of it.
        const QJsonObject page = listJson(
            store, { QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--offset"), QStringLiteral("9") });
        QCOMPARE(page.value(QLatin1String("total")).toInteger(), 11);
        QCOMPARE(page.value(QLatin1String("invoices")).toArray().size(), 2);
        const QJsonObject first = page.value(QLatin1String("invoices")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("docDate")).toString(), QStringLiteral("01/11/2026"));
        QVERIFY(first.value(QLatin1String("total")).isDouble());
        QCOMPARE(cli(QStringList{ QStringLiteral("list"),
                         QStringLiteral("--store"),
                         store,
                         QStringLiteral("--limit"),
                         QStringLiteral("5"),
                         QStringLiteral("--offset"),
                         QStringLiteral("2") })
                     .out.trimmed()
                     .split(QLatin1Char('\n'))
                     .last(),
            QStringLiteral("list: invoices 3 to 7 of 11"));
        QCOMPARE(lastLine(cli(QStringList{ QStringLiteral("list"),
                                  QStringLiteral("--store"),
                                  store,
                                  QStringLiteral("--status"),
                                  QStringLiteral("cancelled") })
                              .out),
            QStringLiteral("list: no invoices match"));
    }

    void listMergesWorkspacesInOrder()
    {
        // 40 sellers: a page of all of them is read seller by seller and merged. Pages of 7 must
        // give the same invoices in the same order as one list of everything.
        const QString store = newStore();
        QVERIFY(import(store, data(QStringLiteral("gen/gen-400.json"))).code != 2);
        const QJsonArray everything = listJson(store, { QStringLiteral("--limit"), QStringLiteral("0") })
                                          .value(QLatin1String("invoices"))
                                          .toArray();
        QCOMPARE(everything.size(), 400);
        QList<qint64> expected, paged;
        QDate previous;
        for (const QJsonValue& v : everything) {
            expected.append(v.toObject().value(QLatin1String("id")).toInteger());
            const QDate date = QDate::fromString(
                v.toObject().value(QLatin1String("docDate")).toString(), QStringLiteral("dd/MM/yyyy"));
            QVERIFY(!previous.isValid() || date <= previous);
            previous = date;
        }
        for (int offset = 0; offset < 84; offset += 7) {
            const QJsonObject page = listJson(store,
                { QStringLiteral("--limit"),
                    QStringLiteral("7"),
                    QStringLiteral("--offset"),
                    QString::number(offset) });
            QCOMPARE(page.value(QLatin1String("total")).toInteger(), 400);
            for (const QJsonValue& v : page.value(QLatin1String("invoices")).toArray()) {
                paged.append(v.toObject().value(QLatin1String("id")).toInteger());
            }
        }
        QCOMPARE(paged, expected.mid(0, 84));
        const QJsonObject late = listJson(store,
            { QStringLiteral("--limit"),
                QStringLiteral("10"),
                QStringLiteral("--offset"),
                QStringLiteral("390"),
                QStringLiteral("--status"),
                QStringLiteral("ready,draft") });
        QList<qint64> tail;
        for (const QJsonValue& v : late.value(QLatin1String("invoices")).toArray()) {
            tail.append(v.toObject().value(QLatin1String("id")).toInteger());
        }
        QCOMPARE(tail, expected.mid(390, 10));
    }

    void listRefusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("status") << QStringList{ QStringLiteral("--status"), QStringLiteral("ready,done") }
                                << QStringLiteral(
                                       "--status 'done' is not a status; the statuses are draft, ready, exported");
        QTest::newRow("date") << QStringList{ QStringLiteral("--from"), QStringLiteral("2026-11-01") }
                              << QStringLiteral("--from must be a real date written DD/MM/YYYY, got '2026-11-01'");
        QTest::newRow("type") << QStringList{ QStringLiteral("--type"), QStringLiteral("BILL") }
                              << QStringLiteral("--type must be INV, CRN or DBN, got 'BILL'");
        QTest::newRow("limit") << QStringList{ QStringLiteral("--limit"), QStringLiteral("-1") }
                               << QStringLiteral("--limit must be a whole number of at least 0, got '-1'");
        QTest::newRow("workspace") << QStringList{ QStringLiteral("--workspace"), QStringLiteral("27AAAAA0000A1Z5") }
                                   << QStringLiteral("there is no workspace 27AAAAA0000A1Z5 in the store; it has");
        QTest::newRow("format") << QStringList{ QStringLiteral("--format"), QStringLiteral("csv") }
                                << QStringLiteral("--format must be text or json, got 'csv'");
    }

    void listRefusesBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        static const QString store = mixedStore();
        const Run r = cli(QStringList{ QStringLiteral("list"), QStringLiteral("--store"), store } + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // Export -------------------------------------------------------------------------------------

    void exportWritesValidFiles()
    {
        const QString store = mixedStore();
        const QString out = newDir();
        constexpr qint64 kMax = 4000;
        const Run r = cli(QStringList{ QStringLiteral("export"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--out"),
            out,
            QStringLiteral("--max-bytes"),
            QString::number(kMax),
            QStringLiteral("--today"),
            kToday });
        QCOMPARE(r.code, 1); // ERR/0001 is left out
        // The draft is listed with its reason; nothing else is left out.
        QVERIFY2(r.out.contains(QLatin1String(
                     "export: left out INV ERR/0001 (#11, 21FPNFD5631J1ZI, draft): 2189 ValDtls.TotInvVal: ")),
            qPrintable(r.out));
        QVERIFY2(lastLine(r.out).startsWith(QLatin1String("export: 10 invoices exported to ")), qPrintable(r.out));
        QVERIFY2(lastLine(r.out).endsWith(QLatin1String("; 1 left out")), qPrintable(r.out));

        const QStringList names = QDir(out).entryList(QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 4); // 4000 bytes hold two or three invoices
        static const QRegularExpression pattern(
            QStringLiteral("^(21FPNFD5631J1ZI|19WQUCV7033X2Z8)-20261120-\\d{3}\\.json$"));
        QStringList files, documents;
        for (const QString& name : names) {
            QVERIFY2(pattern.match(name).hasMatch(), qPrintable(name));
            const QString path = QDir(out).filePath(name);
            QVERIFY(QFileInfo(path).size() <= kMax);
            bool whole = false;
            const QStringList docs = documentsIn(path, &whole);
            QVERIFY(whole);
            documents += docs;
            files.append(path);
            // Each file passes the rule engine, as a user would check it.
            const Run validated =
                cli(QStringList{ QStringLiteral("validate"), path, QStringLiteral("--today"), kToday });
            QVERIFY2(validated.code == 0, qPrintable(validated.out + validated.err));
        }
        QCOMPARE(documents.size(), 10);
        QVERIFY(!documents.contains(QStringLiteral("INV ERR/0001")));
        QCOMPARE(QSet<QString>(documents.begin(), documents.end()).size(), 10);
        // ... and the draft-07 schema, checked by ajv.
        QString schemaOutput;
        QCOMPARE(schemaCheck(files, kMax, &schemaOutput), 0);

        // Each exported invoice names its file.
        const QJsonArray exported = listJson(store, { QStringLiteral("--status"), QStringLiteral("exported") })
                                        .value(QLatin1String("invoices"))
                                        .toArray();
        QCOMPARE(exported.size(), 10);
        for (const QJsonValue& v : exported) {
            const QJsonObject o = v.toObject();
            const QString file = QDir(out).filePath(o.value(QLatin1String("exportFile")).toString());
            QVERIFY(documentsIn(file).contains(o.value(QLatin1String("docType")).toString() + QLatin1Char(' ')
                + o.value(QLatin1String("docNo")).toString()));
        }

        // Again: nothing new; the draft is still said.
        const Run again = cli(QStringList{ QStringLiteral("export"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--out"),
            out,
            QStringLiteral("--today"),
            kToday });
        QCOMPARE(again.code, 1);
        QVERIFY2(lastLine(again.out).startsWith(QLatin1String("export: 0 invoices exported to 0 files")),
            qPrintable(again.out));
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), names.size());

        // A selection, exported again on purpose, as JSON.
        const qint64 id = exported.at(0).toObject().value(QLatin1String("id")).toInteger();
        const QJsonObject json = parseOutput(cli(QStringList{ QStringLiteral("export"),
                                                     QStringLiteral("--store"),
                                                     store,
                                                     QStringLiteral("--out"),
                                                     out,
                                                     QStringLiteral("--today"),
                                                     kToday,
                                                     QStringLiteral("--ids"),
                                                     QString::number(id),
                                                     QStringLiteral("--include-exported") }
            + kJson));
        QCOMPARE(json.value(QLatin1String("exported")).toInteger(), 1);
        QCOMPARE(json.value(QLatin1String("files")).toArray().size(), 1);
        QCOMPARE(json.value(QLatin1String("leftOut")).toArray().size(), 0);
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), names.size() + 1); // never over an old file
    }

    void exportLeavesOutInvoicesWithErrors()
    {
        // Seller A with a turnover of 10 crore or more: 30 days to report. Ready on 20/11/2026,
        // too old on 25/12/2026: never exported, each named with its error, and back to draft.
        const QString store = newStore();
        QCOMPARE(cli(QStringList{ QStringLiteral("workspace"),
                         QStringLiteral("add"),
                         QStringLiteral("--store"),
                         store,
                         QStringLiteral("--from-json"),
                         data(QStringLiteral("store/profile.json")) })
                     .code,
            0);
        QCOMPARE(import(store, data(QStringLiteral("store/mixed.json"))).code, 1);
        QCOMPARE(listJson(store,
                     { QStringLiteral("--workspace"), kSellerA, QStringLiteral("--status"), QStringLiteral("ready") })
                     .value(QLatin1String("total"))
                     .toInteger(),
            6);
        const QString out = newDir();
        const Run r = cli(QStringList{ QStringLiteral("export"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--workspace"),
            kSellerA,
            QStringLiteral("--out"),
            out,
            QStringLiteral("--today"),
            QStringLiteral("25/12/2026") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String(
                     "export: left out INV EPHINV/2627/0569 (#1, 21FPNFD5631J1ZI, draft): 2305 DocDtls.Dt: ")),
            qPrintable(r.out));
        QCOMPARE(r.out.count(QLatin1String("export: left out")), 7); // six too old, and ERR/0001
        QCOMPARE(lastLine(r.out),
            QStringLiteral("export: 0 invoices exported to 0 files in %1; 7 left out")
                .arg(QDir::toNativeSeparators(out)));
        QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());
        QCOMPARE(listJson(store,
                     { QStringLiteral("--workspace"),
                         kSellerA,
                         QStringLiteral("--status"),
                         QStringLiteral("ready,exported") })
                     .value(QLatin1String("total"))
                     .toInteger(),
            0);

        // A selected invoice that is not ready is named too, with its errors.
        const QJsonObject json = parseOutput(cli(QStringList{ QStringLiteral("export"),
                                                     QStringLiteral("--store"),
                                                     store,
                                                     QStringLiteral("--out"),
                                                     out,
                                                     QStringLiteral("--ids"),
                                                     QStringLiteral("11"),
                                                     QStringLiteral("--today"),
                                                     kToday }
            + kJson));
        const QJsonArray leftOut = json.value(QLatin1String("leftOut")).toArray();
        QCOMPARE(leftOut.size(), 1);
        QCOMPARE(leftOut.at(0).toObject().value(QLatin1String("docNo")).toString(), QStringLiteral("ERR/0001"));
        const QJsonArray reasons = leftOut.at(0).toObject().value(QLatin1String("reasons")).toArray();
        QVERIFY(reasons.size() >= 1);
        QVERIFY(reasons.at(0).toString().startsWith(QLatin1String("2189 ValDtls.TotInvVal")));
    }

    void exportRefusesBadArguments()
    {
        static const QString store = mixedStore();
        const QString out = newDir();
        Run r = cli(QStringList{ QStringLiteral("export"), QStringLiteral("--store"), store });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("--out DIR is required")));
        r = cli(QStringList{ QStringLiteral("export"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--out"),
            out,
            QStringLiteral("--max-bytes"),
            QStringLiteral("100") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("--max-bytes must be a whole number of at least 1000, got '100'")));
        r = cli(QStringList{ QStringLiteral("export"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--out"),
            out,
            QStringLiteral("--ids"),
            QStringLiteral("3,999") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--ids: no invoice 999 in the store")), qPrintable(r.err));
        r = cli(QStringList{ QStringLiteral("export"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--out"),
            out,
            QStringLiteral("--ids"),
            QStringLiteral("3,x") });
        QCOMPARE(r.code, 2);
        r = cli(QStringList{ QStringLiteral("export"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--out"),
            data(QStringLiteral("store/mixed.json")) });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("is a file, not a folder")));
        QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());
    }

    // Report -------------------------------------------------------------------------------------

    void report()
    {
        const QString store = mixedStore();
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        Run r = cli(
            QStringList{ QStringLiteral("report"), QStringLiteral("--store"), store, QStringLiteral("--out"), csv });
        QCOMPARE(r.code, 0);
        QCOMPARE(
            r.out.trimmed(), QStringLiteral("report: 11 invoices written to %1").arg(QDir::toNativeSeparators(csv)));
        const QString text = QString::fromUtf8(fileBytes(csv));
        QCOMPARE(text.count(QLatin1String("\r\n")), 12); // header and 11 rows (no error spans lines here)
        const QString draftRow = text.split(QStringLiteral("\r\n")).filter(QStringLiteral("ERR/0001")).value(0);
        QVERIFY2(draftRow.contains(QLatin1String("1228006.00"))
                && draftRow.contains(QLatin1String("2189 ValDtls.TotInvVal")),
            qPrintable(draftRow));

        const QString xlsx = m_dir.filePath(QStringLiteral("report.xlsx"));
        const QJsonObject json = parseOutput(cli(QStringList{ QStringLiteral("report"),
                                                     QStringLiteral("--store"),
                                                     store,
                                                     QStringLiteral("--out"),
                                                     xlsx,
                                                     QStringLiteral("--status"),
                                                     QStringLiteral("draft"),
                                                     QStringLiteral("--workspace"),
                                                     kSellerA }
            + kJson));
        QCOMPARE(json.value(QLatin1String("rows")).toInteger(), 1);
        QVERIFY(fileBytes(xlsx).startsWith("PK"));

        r = cli(QStringList{ QStringLiteral("report"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--out"),
            m_dir.filePath(QStringLiteral("report.txt")) });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("--out FILE.csv or --out FILE.xlsx is required, got")));
        r = cli(QStringList{ QStringLiteral("report"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--out"),
            csv,
            QStringLiteral("--status"),
            QStringLiteral("paid") });
        QCOMPARE(r.code, 2);
    }

    // The store file -----------------------------------------------------------------------------

    void storeInfoCheckBackupRestore()
    {
        const QString store = mixedStore();
        QJsonObject facts = info(store);
        QCOMPARE(facts.value(QLatin1String("invoices")).toInteger(), 11);
        QCOMPARE(facts.value(QLatin1String("workspaces")).toInteger(), 2);
        QCOMPARE(facts.value(QLatin1String("schemaVersion")).toInt(), store::Store::latestSchemaVersion());
        QCOMPARE(facts.value(QLatin1String("byStatus")).toObject().value(QLatin1String("draft")).toInteger(), 1);
        const Run text =
            cli(QStringList{ QStringLiteral("store"), QStringLiteral("info"), QStringLiteral("--store"), store });
        QCOMPARE(lastLine(text.out), QStringLiteral("store info: 2 workspaces, 11 invoices"));

        Run r = cli(QStringList{ QStringLiteral("store"), QStringLiteral("check"), QStringLiteral("--store"), store });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String(" is sound (integrity and foreign keys checked")), qPrintable(r.out));
        QCOMPARE(
            parseOutput(
                cli(QStringList{ QStringLiteral("store"), QStringLiteral("check"), QStringLiteral("--store"), store }
                    + kJson))
                .value(QLatin1String("sound"))
                .toBool(),
            true);

        const QString backup = m_dir.filePath(QStringLiteral("backup-%1.sqlite").arg(++m_n));
        r = cli(
            QStringList{ QStringLiteral("store"), QStringLiteral("backup"), backup, QStringLiteral("--store"), store });
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo(backup).size() > 0);
        r = cli(
            QStringList{ QStringLiteral("store"), QStringLiteral("backup"), backup, QStringLiteral("--store"), store });
        QCOMPARE(r.code, 2);
        QVERIFY2(
            r.err.contains(QLatin1String("exists; give another name, or --force to replace it")), qPrintable(r.err));
        QCOMPARE(cli(QStringList{ QStringLiteral("store"),
                         QStringLiteral("backup"),
                         backup,
                         QStringLiteral("--force"),
                         QStringLiteral("--store"),
                         store })
                     .code,
            0);

        // More invoices, then back to the backup.
        QVERIFY(import(store, data(QStringLiteral("gen/gen-400.json"))).code != 2);
        QCOMPARE(invoiceCount(store), 401); // mixed.json's ten good invoices come from gen-400.json
        r = cli(QStringList{
            QStringLiteral("store"), QStringLiteral("restore"), backup, QStringLiteral("--store"), store });
        QCOMPARE(r.code, 0);
        QCOMPARE(invoiceCount(store), 11);
        const QStringList kept = QFileInfo(store).dir().entryList(
            { QFileInfo(store).completeBaseName() + QStringLiteral(".before-restore-*.sqlite") });
        QCOMPARE(kept.size(), 1);

        // Not a backup: refused, the store unchanged.
        r = cli(QStringList{ QStringLiteral("store"),
            QStringLiteral("restore"),
            data(QStringLiteral("store/not-json.json")),
            QStringLiteral("--store"),
            store });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("is not an IRN Desk backup")), qPrintable(r.err));
        QCOMPARE(invoiceCount(store), 11);

        r = cli(QStringList{ QStringLiteral("store"), QStringLiteral("vacuum"), QStringLiteral("--store"), store });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("store: unknown subcommand 'vacuum'")));
    }

    void storeFromNewerVersionIsRefused()
    {
        const QString store = mixedStore();
        {
            Sqlite db(store);
            QVERIFY(db.exec("PRAGMA user_version = 99"));
        }
        QVERIFY(!QFileInfo::exists(store + QStringLiteral("-wal"))
            || QFileInfo(store + QStringLiteral("-wal")).size() == 0);
        const QByteArray before = fileBytes(store);
        const QList<QStringList> commands{
            { QStringLiteral("list") },
            { QStringLiteral("import"), data(QStringLiteral("store/mixed.json")) },
            { QStringLiteral("export"), QStringLiteral("--out"), newDir() },
            { QStringLiteral("workspace"),
                QStringLiteral("add"),
                QStringLiteral("--gstin"),
                QStringLiteral("29AAGCB1286Q1Z0"),
                QStringLiteral("--legal-name"),
                QStringLiteral("Bharat Co") },
            { QStringLiteral("store"), QStringLiteral("check") },
            { QStringLiteral("store"), QStringLiteral("info") },
        };
        for (const QStringList& args : commands) {
            const Run r = cli(args + QStringList{ QStringLiteral("--store"), store });
            QCOMPARE(r.code, 2);
            QVERIFY2(
                r.err.contains(QLatin1String("was written by a newer IRN Desk (store version 99")), qPrintable(r.err));
            QVERIFY(fileBytes(store) == before);
        }
    }

    void corruptStoreIsRefused()
    {
        // Made by one import and never checked since: the next program checks it when it opens it
        // (the store's rule: a full check when none was made in the last week).
        const QString store = newStore();
        QVERIFY(import(store, data(QStringLiteral("gen/gen-400.json"))).code != 2);
        {
            // A page in the middle of the file overwritten (4096 bytes, the page size).
            QFile file(store);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 16 * 4096);
            QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
            QVERIFY(file.write(QByteArray(4096, '\xa5')) == 4096);
        }
        const QByteArray damaged = fileBytes(store);
        Run r = cli(QStringList{ QStringLiteral("store"), QStringLiteral("check"), QStringLiteral("--store"), store });
        QCOMPARE(r.code, 2);
        QVERIFY2(
            r.err.contains(
                QLatin1String("store check: %1 failed its integrity check: ").arg(QDir::toNativeSeparators(store))),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Restore it from a backup")), qPrintable(r.err));
        const QJsonObject json = parseOutput(cli(
            QStringList{ QStringLiteral("store"), QStringLiteral("check"), QStringLiteral("--store"), store } + kJson));
        QCOMPARE(json.value(QLatin1String("sound")).toBool(true), false);
        QVERIFY(!json.value(QLatin1String("problems")).toArray().isEmpty());
        r = cli(QStringList{ QStringLiteral("list"), QStringLiteral("--store"), store });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("failed its integrity check")), qPrintable(r.err));
        QVERIFY(fileBytes(store) == damaged);
    }

    void busyStore()
    {
        const QString store = mixedStore();
        Sqlite holder(store);
        QVERIFY(holder.isOpen());
        QVERIFY(holder.exec("BEGIN IMMEDIATE")); // another program writing, for longer than the timeout
        {
            ScopedEnv timeout("IRNDESK_BUSY_TIMEOUT_MS", "300");
            QElapsedTimer timer;
            timer.start();
            const Run r = import(store, data(QStringLiteral("gen/gen-400.json")));
            QCOMPARE(r.code, 2);
            QVERIFY2(
                r.err.contains(QLatin1String("the store is busy: another program is writing to")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String("did not finish within 300 ms")), qPrintable(r.err));
            QVERIFY(timer.elapsed() < 20000);
            const Run w = cli(QStringList{ QStringLiteral("workspace"),
                QStringLiteral("add"),
                QStringLiteral("--store"),
                store,
                QStringLiteral("--gstin"),
                QStringLiteral("29AAGCB1286Q1Z0"),
                QStringLiteral("--legal-name"),
                QStringLiteral("Bharat Co") });
            QCOMPARE(w.code, 2);
            QVERIFY2(w.err.contains(QLatin1String("the store is busy")), qPrintable(w.err));
            // Reading goes on while another program writes.
            QCOMPARE(listJson(store).value(QLatin1String("total")).toInteger(), 11);
        }
        QCOMPARE(holder.integer("SELECT count(*) FROM invoice"), 11);
        QVERIFY(holder.exec("COMMIT"));
        QCOMPARE(import(store, data(QStringLiteral("gen/gen-400.json"))).code, 1); // gen-400 has two drafts
        QCOMPARE(invoiceCount(store), 401); // mixed.json's ten good invoices come from gen-400.json

        // A writer that finishes within the timeout: the import waits for it, then runs.
        QVERIFY(holder.exec("BEGIN IMMEDIATE"));
        ScopedEnv timeout("IRNDESK_BUSY_TIMEOUT_MS", "20000");
        QProcess second;
        second.start(test::cliPath(),
            { QStringLiteral("import"),
                data(QStringLiteral("store/changed.json")),
                QStringLiteral("--store"),
                store,
                QStringLiteral("--today"),
                kToday,
                QStringLiteral("--update") });
        QVERIFY(second.waitForStarted());
        QVERIFY(!second.waitForFinished(700)); // it waits
        QVERIFY(holder.exec("COMMIT"));
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(QString::fromUtf8(second.readAllStandardOutput()).contains(QLatin1String("updated 1")));
        QCOMPARE(
            cli(QStringList{ QStringLiteral("store"), QStringLiteral("check"), QStringLiteral("--store"), store }).code,
            0);
    }

    // Killed in the middle ---------------------------------------------------------------------

    // A bulk upload done by hand on the portal: its results make the exported invoice registered.
    void importResults()
    {
        const QString storePath = newStore();
        const QString results = data(QStringLiteral("portal/results-array.json"));
        const QList<io::PortalResult> read = io::readPortalResults(results).value().results;
        QVERIFY(!read.isEmpty());
        const io::PortalResult& first = read.first();
        qint64 id = 0;
        {
            auto db = std::move(store::Store::open(storePath)).value();
            store::SellerProfile seller;
            seller.gstin = first.sellerGstin;
            seller.legalName = QStringLiteral("Sandbox seller");
            const qint64 ws = db->addWorkspace(seller).value().id;
            Invoice invoice = readInvoice(test::readData(QStringLiteral("rules/valid-b2b-intra-goods/invoice.json"))).invoice.value();
            invoice.sellerDtls.gstin = first.sellerGstin;
            invoice.docDtls.typ = first.docType;
            invoice.docDtls.no = first.docNo;
            invoice.docDtls.dt = first.docDate;
            id = db->addInvoice(ws, invoice, {}).value();
            QVERIFY(db->markExported({id}, QStringLiteral("upload-001.json")));
        }
        Run r = cli({QStringLiteral("import-results"), results, QStringLiteral("--store"), storePath});
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("registered: IRN %1").arg(first.irn)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("registered 1;")), qPrintable(r.out));
        {
            auto db = std::move(store::Store::open(storePath)).value();
            const store::StoredInvoice stored = db->invoice(id).value();
            QCOMPARE(stored.summary.status, store::InvoiceStatus::Registered);
            QCOMPARE(stored.irp.ackNo, first.ackNo);
            QCOMPARE(stored.irp.signedQrCode, first.signedQrCode);
        }
        // Again, as JSON: nothing new.
        r = cli(QStringList{QStringLiteral("import-results"), results, QStringLiteral("--store"), storePath} + kJson);
        const QJsonObject summary = parseOutput(r).value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("registered")).toInt(), 0);
        QCOMPARE(summary.value(QLatin1String("alreadyRegistered")).toInt(), 1);
        // Not a results file; no store.
        r = cli({QStringLiteral("import-results"), data(QStringLiteral("rules/valid-b2b-intra-goods/expected.json")),
                 QStringLiteral("--store"), storePath});
        QVERIFY2(r.code == 1 || r.code == 2, qPrintable(r.out + r.err));
        r = cli({QStringLiteral("import-results"), results, QStringLiteral("--store"), m_dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void killedImportLeavesWholeInvoices()
    {
        constexpr int kInvoices = 4000;
        const QDate today(2026, 11, 20);
        QHash<QString, QByteArray> expected;
        const QString big =
            writeFile(m_dir.filePath(QStringLiteral("big.json")), generatedBulk(kInvoices, expected, today));
        QCOMPARE(expected.size(), kInvoices);

        // Kill at a few moments: right after the first commit, a third and two thirds of the way.
        int killedMidway = 0;
        for (const int threshold : { 1, kInvoices / 3, 2 * kInvoices / 3 }) {
            const QString store = newStore();
            QProcess child;
            child.start(test::cliPath(),
                { QStringLiteral("import"), big, QStringLiteral("--store"), store, QStringLiteral("--today"), kToday });
            QVERIFY(child.waitForStarted());
            qint64 seen = 0;
            QElapsedTimer timer;
            timer.start();
            while (child.state() == QProcess::Running && timer.elapsed() < 120000) {
                if (QFileInfo::exists(store)) {
                    Sqlite reader(store, true);
                    seen = reader.integer("SELECT count(*) FROM invoice");
                }
                if (seen >= threshold) {
                    child.kill(); // SIGKILL
                    break;
                }
                QThread::msleep(2);
            }
            child.waitForFinished();
            const bool killed = child.exitStatus() == QProcess::CrashExit;
            killedMidway += killed ? 1 : 0;
            qInfo("import killed after %lld of %d invoices were seen stored (%s)",
                seen,
                kInvoices,
                killed ? "killed" : "it had finished");

            const qint64 stored = verifyWholeInvoices(store, expected);
            QVERIFY(stored >= 0);
            QVERIFY(stored >= seen);
            // The import run again completes the store, and adds no invoice twice.
            const Run again = import(store, big);
            QVERIFY2(again.code != 2, qPrintable(again.err));
            QVERIFY(again.out.contains(QStringLiteral("%1 duplicates").arg(stored)) || stored == 1);
            QCOMPARE(verifyWholeInvoices(store, expected), kInvoices);
        }
        QVERIFY2(killedMidway > 0, "the import was never killed before it finished");
    }

    void killedExportLeavesNoHalfFile()
    {
        constexpr int kInvoices = 3000;
        constexpr qint64 kMax = 12000;
        const QDate today(2026, 11, 20);
        QHash<QString, QByteArray> expected;
        const QString big =
            writeFile(m_dir.filePath(QStringLiteral("big-export.json")), generatedBulk(kInvoices, expected, today));
        const QString source = newStore();
        QVERIFY(import(source, big).code != 2);
        const qint64 ready = listJson(source,
            { QStringLiteral("--status"), QStringLiteral("ready"), QStringLiteral("--limit"), QStringLiteral("1") })
                                 .value(QLatin1String("total"))
                                 .toInteger();
        QVERIFY(ready > kInvoices - 50);

        int killedMidway = 0;
        for (const int threshold : { 1, 40, 120 }) {
            const QString store = newStore();
            QVERIFY(QFile::copy(source, store));
            const QString out = newDir();
            QProcess child;
            child.start(test::cliPath(),
                { QStringLiteral("export"),
                    QStringLiteral("--store"),
                    store,
                    QStringLiteral("--out"),
                    out,
                    QStringLiteral("--max-bytes"),
                    QString::number(kMax),
                    QStringLiteral("--today"),
                    kToday });
            QVERIFY(child.waitForStarted());
            QElapsedTimer timer;
            timer.start();
            qsizetype files = 0;
            while (child.state() == QProcess::Running && timer.elapsed() < 120000) {
                files = QDir(out).entryList({ QStringLiteral("*.json") }, QDir::Files).size();
                if (files >= threshold) {
                    child.kill();
                    break;
                }
                QThread::msleep(1);
            }
            child.waitForFinished();
            const bool killed = child.exitStatus() == QProcess::CrashExit;
            killedMidway += killed ? 1 : 0;
            qInfo("export killed with %lld files in the folder (%s)",
                qint64(files),
                killed ? "killed" : "it had finished");

            // Every .json file there is whole, within the limit, and holds no invoice twice.
            QHash<QString, QSet<QString>> filesDocs;
            QSet<QString> allDocs;
            for (const QString& name : QDir(out).entryList({ QStringLiteral("*.json") }, QDir::Files)) {
                const QString path = QDir(out).filePath(name);
                QVERIFY(QFileInfo(path).size() <= kMax);
                bool whole = false;
                const QStringList docs = documentsIn(path, &whole);
                QVERIFY2(whole, qPrintable(name + QStringLiteral(" is half-written")));
                for (const QString& d : docs) {
                    QVERIFY2(!allDocs.contains(d), qPrintable(d + QStringLiteral(" is in two files")));
                    allDocs.insert(d);
                }
                filesDocs.insert(name, QSet<QString>(docs.begin(), docs.end()));
            }
            // The store is sound, and every invoice marked exported is in the file it names.
            QCOMPARE(verifyWholeInvoices(store, expected), kInvoices);
            const QJsonArray marked = listJson(store,
                { QStringLiteral("--status"),
                    QStringLiteral("exported"),
                    QStringLiteral("--limit"),
                    QStringLiteral("0") })
                                          .value(QLatin1String("invoices"))
                                          .toArray();
            for (const QJsonValue& v : marked) {
                const QJsonObject o = v.toObject();
                const QString file = o.value(QLatin1String("exportFile")).toString();
                QVERIFY2(filesDocs.contains(file),
                    qPrintable(QStringLiteral("%1 names %2, which is not there")
                                   .arg(o.value(QLatin1String("docNo")).toString(), file)));
                QVERIFY(filesDocs.value(file).contains(o.value(QLatin1String("docType")).toString() + QLatin1Char(' ')
                    + o.value(QLatin1String("docNo")).toString()));
            }
            QVERIFY(marked.size() <= allDocs.size());

            // Run again: the rest goes out, and the store stays sound.
            const Run again = cli(QStringList{ QStringLiteral("export"),
                QStringLiteral("--store"),
                store,
                QStringLiteral("--out"),
                out,
                QStringLiteral("--max-bytes"),
                QString::number(kMax),
                QStringLiteral("--today"),
                kToday });
            QVERIFY2(again.code != 2, qPrintable(again.err));
            QCOMPARE(listJson(store,
                         { QStringLiteral("--status"),
                             QStringLiteral("ready"),
                             QStringLiteral("--limit"),
                             QStringLiteral("1") })
                         .value(QLatin1String("total"))
                         .toInteger(),
                0);
            QCOMPARE(
                cli(QStringList{ QStringLiteral("store"), QStringLiteral("check"), QStringLiteral("--store"), store })
                    .code,
                0);
        }
        QVERIFY2(killedMidway > 0, "the export was never killed before it finished");
    }
};

QTEST_GUILESS_MAIN(TestCliStore)
#include "TestCliStore.moc"
