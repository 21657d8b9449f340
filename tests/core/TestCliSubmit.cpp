// SPDX-License-Identifier: GPL-3.0-or-later
// What a user does on the command line: start `irndesk-cli sandbox`, add a profile whose secrets
// come from environment variables, `submit` — killed mid-batch with SIGKILL and run again — then
// `status` and `cancel`. Every invoice ends registered exactly once and the sandbox agrees; the
// settings file never holds a secret.
#include "core/json/InvoiceReader.h"
#include "core/store/Store.h"

#include "tests/support/TestData.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace irndesk;

namespace {

const QString kSeller = u"27AAPFU0939F1ZV"_s;

Invoice sample(const QString& number)
{
    return test::sampleInvoice(number);
}

} // namespace

class TestCliSubmit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void profileKeepsNoSecret();
    void killedMidBatchThenResumed();
    void statusAndCancel();

private:
    QByteArray get(const QString& path);

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_url;
    QString m_store;
    QList<qint64> m_ids;
};

void TestCliSubmit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The CLI's settings (profiles) go to a folder of the test, never the user's.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toLocal8Bit());
    qputenv("IRNDESK_TEST_SECRET", "secret-1");
    qputenv("IRNDESK_TEST_PASSWORD", "pass-1");
    m_sandbox.setProgram(test::cliPath());
    m_sandbox.setArguments({ u"sandbox"_s, u"--port"_s, u"0"_s, u"--keys-dir"_s, m_dir.filePath(u"keys"_s),
        u"--client-id"_s, u"client-1"_s, u"--client-secret"_s, u"secret-1"_s, u"--user"_s, u"user1"_s,
        u"--password"_s, u"pass-1"_s, u"--gstin"_s, kSeller, u"--delay-ms"_s, u"100"_s });
    m_sandbox.start();
    QVERIFY(m_sandbox.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 20000);
    const QString first = QString::fromUtf8(m_sandbox.readLine()).trimmed();
    m_url = first.mid(first.indexOf(u"http"_s));
    QVERIFY2(m_url.startsWith(u"http://127.0.0.1:"_s), qPrintable(first));

    m_store = m_dir.filePath(u"cli.sqlite"_s);
    auto store = std::move(store::Store::open(m_store)).value();
    const qint64 ws = store->addWorkspace(store::SellerProfile::fromInvoice(sample(u"X"_s))).value().id;
    for (int i = 1; i <= 12; ++i) {
        m_ids.append(store->addInvoice(ws, sample(u"K/"_s + QString::number(i)), {}).value());
    }
}

void TestCliSubmit::cleanupTestCase()
{
    m_sandbox.terminate();
    if (!m_sandbox.waitForFinished(10000)) {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }
}

QByteArray TestCliSubmit::get(const QString& path)
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(m_url + path)));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

void TestCliSubmit::profileKeepsNoSecret()
{
    test::CliRun run = test::runCli({ u"profile"_s, u"add"_s, u"local"_s, u"--base-url"_s, m_url, u"--client-id"_s,
        u"client-1"_s, u"--client-secret-env"_s, u"IRNDESK_TEST_SECRET"_s, u"--user"_s, u"user1"_s, u"--password-env"_s,
        u"IRNDESK_TEST_PASSWORD"_s, u"--gstin"_s, kSeller, u"--public-key"_s, m_dir.filePath(u"keys/auth_public.pem"_s) });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = test::runCli({ u"profile"_s, u"list"_s });
    QVERIFY(run.out.contains(u"local\t"_s + m_url));
    // Neither secret is anywhere under the settings folder.
    QDirIterator files(m_dir.filePath(u"config"_s), QDir::Files, QDirIterator::Subdirectories);
    int seen = 0;
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(!content.contains("secret-1"));
        QVERIFY(!content.contains("pass-1"));
        seen += content.contains("IRNDESK_TEST_PASSWORD") ? 1 : 0;
    }
    QCOMPARE(seen, 1);
    // A profile over plain http to another machine is refused.
    run = test::runCli({ u"profile"_s, u"add"_s, u"far"_s, u"--base-url"_s, u"http://example.com"_s, u"--client-id"_s, u"c"_s,
        u"--client-secret-env"_s, u"X"_s, u"--user"_s, u"u"_s, u"--password-env"_s, u"Y"_s, u"--gstin"_s, kSeller,
        u"--public-key"_s, m_dir.filePath(u"keys/auth_public.pem"_s) });
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(u"https"_s));
    // A missing variable is named, its value never printed.
    qunsetenv("IRNDESK_TEST_PASSWORD");
    run = test::runCli({ u"submit"_s, u"--store"_s, m_store, u"--profile"_s, u"local"_s });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"IRNDESK_TEST_PASSWORD"_s), qPrintable(run.err));
    qputenv("IRNDESK_TEST_PASSWORD", "pass-1");
}

void TestCliSubmit::killedMidBatchThenResumed()
{
    QProcess submit;
    submit.setProgram(test::cliPath());
    submit.setArguments({ u"submit"_s, u"--store"_s, m_store, u"--profile"_s, u"local"_s, u"--concurrency"_s, u"1"_s,
        u"--today"_s, u"20/11/2026"_s });
    submit.start();
    QVERIFY(submit.waitForStarted());
    int registered = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            while (submit.canReadLine()) {
                registered += submit.readLine().contains(": registered") ? 1 : 0;
            }
            return registered >= 3;
        }(),
        60000);
    submit.kill(); // SIGKILL, mid-batch: the next request is in flight (the sandbox delays replies)
    QVERIFY(submit.waitForFinished());

    {
        auto store = std::move(store::Store::open(m_store)).value();
        int done = 0;
        for (const qint64 id : m_ids) {
            done += store->invoice(id).value().summary.status == store::InvoiceStatus::Registered ? 1 : 0;
        }
        QVERIFY(done >= 3 && done < 12);
    }

    // Run again: what the kill left is looked up first, the rest is sent; nothing twice.
    const test::CliRun run = test::runCli(
        { u"submit"_s, u"--store"_s, m_store, u"--profile"_s, u"local"_s, u"--format"_s, u"json"_s, u"--today"_s, u"20/11/2026"_s });
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"summary").toObject();
    QVERIFY(summary.value(u"registered").toInt() >= 1);
    QCOMPARE(summary.value(u"auths").toInt(), 1);
    auto store = std::move(store::Store::open(m_store)).value();
    QSet<QString> irns;
    for (const qint64 id : m_ids) {
        const store::StoredInvoice stored = store->invoice(id).value();
        QCOMPARE(stored.summary.status, store::InvoiceStatus::Registered);
        irns.insert(stored.irp.irn);
    }
    QCOMPARE(irns.size(), 12);
    QVERIFY(store->openRequests().isEmpty());
    const QJsonDocument registrations = QJsonDocument::fromJson(get(u"/sandbox/registrations"_s));
    const QJsonArray list = registrations.isArray() ? registrations.array() : registrations.object().value(u"registrations").toArray();
    QCOMPARE(list.size(), 12);
}

void TestCliSubmit::statusAndCancel()
{
    test::CliRun run = test::runCli({ u"status"_s, u"--store"_s, m_store });
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"0 invoices submitting, unknown or rejected; 0 requests"_s), qPrintable(run.out));
    QString irn;
    {
        auto store = std::move(store::Store::open(m_store)).value();
        irn = store->invoice(m_ids.first()).value().irp.irn;
    }
    run = test::runCli({ u"cancel"_s, u"--store"_s, m_store, u"--irn"_s, irn, u"--reason"_s, u"2"_s, u"--remark"_s,
        u"Wrong rate"_s, u"--profile"_s, u"local"_s });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"K/1 cancelled on"_s));
    run = test::runCli({ u"cancel"_s, u"--store"_s, m_store, u"--irn"_s, irn, u"--reason"_s, u"9"_s, u"--remark"_s, u"x"_s,
        u"--profile"_s, u"local"_s });
    QCOMPARE(run.code, 2);
}

QTEST_GUILESS_MAIN(TestCliSubmit)
#include "TestCliSubmit.moc"
