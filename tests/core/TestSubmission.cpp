// SPDX-License-Identifier: GPL-3.0-or-later
// The IRP client and the submission queue against the local sandbox on 127.0.0.1 port 0 (in a
// thread of its own, as the app runs it): the whole life cycle, wrong credentials, a token that
// expires mid-batch, dropped replies, 5xx, duplicates with the same and with other content,
// cancel inside and outside 24 hours, HTTPS with the profile's CA and a certificate from another.
// A real store file; every invoice must end registered exactly once, and the sandbox must agree.
#include "core/irp/IrpClient.h"
#include "core/irp/QrCheck.h"
#include "core/irp/Submitter.h"
#include "core/irp/TrustStore.h"
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "core/model/Irn.h"
#include "core/model/Recompute.h"
#include "core/sandbox/SandboxThread.h"
#include "core/store/Store.h"

#include "tests/support/TestData.h"

#include <QFile>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace irndesk;

namespace {

const QString kSeller = u"27AAPFU0939F1ZV"_s;

sandbox::SandboxUser user()
{
    return { u"client-1"_s, u"secret-1"_s, u"user1"_s, u"pass-1"_s, kSeller };
}

Invoice sample(const QString& number, const QString& total = {})
{
    Invoice invoice = test::sampleInvoice(number);
    if (!total.isEmpty()) {
        // Another price on the first line, the totals recomputed: another invoice, same number.
        invoice.itemList[0].unitPrice = Fixed<3>::parse(total);
        recompute(invoice);
    }
    return invoice;
}

} // namespace

class TestSubmission : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void wholeLifeCycle();
    void wrongCredentialsSendNothing();
    void tokenExpiresMidBatch();
    void droppedRepliesEndRegisteredOnce();
    void serverErrorsThenSuccess();
    void duplicateWithTheSameContentIsAdopted();
    void duplicateWithOtherContentIsAConflict();
    void cancelOutsideTwentyFourHoursIsRefused();
    void httpsTrustsExactlyTheProfilesCa();
    void invoicesWithErrorsAreNotSent();

private:
    QList<qint64> addInvoices(int count, const QString& prefix);
    irp::IrpConnection connection(const sandbox::SandboxThread& server) const;
    Status startSandbox(sandbox::SandboxOptions options = {});
    Result<irp::SubmitSummary> submit(const QList<qint64>& ids, int concurrency = 4, std::shared_ptr<irp::IrpSession> session = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    qint64 m_workspace = 0;
    QList<irp::SubmitEvent> m_events;
};

void TestSubmission::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::move(store::Store::open(m_dir->filePath(u"submit.sqlite"_s))).value();
    m_workspace = m_store->addWorkspace(store::SellerProfile::fromInvoice(sample(u"X"_s))).value().id;
    m_events.clear();
}

void TestSubmission::cleanup()
{
    m_sandbox.reset();
    m_store.reset();
    m_dir.reset();
}

Status TestSubmission::startSandbox(sandbox::SandboxOptions options)
{
    options.users = { user() };
    if (options.keysDir.isEmpty()) {
        options.keysDir = m_dir->filePath(u"keys"_s);
    }
    m_sandbox = std::make_unique<sandbox::SandboxThread>(std::move(options));
    return m_sandbox->start();
}

irp::IrpConnection TestSubmission::connection(const sandbox::SandboxThread& server) const
{
    irp::IrpConnection c;
    c.baseUrl = server.url().toString();
    c.clientId = u"client-1"_s;
    c.clientSecret = u"secret-1"_s;
    c.userName = u"user1"_s;
    c.password = u"pass-1"_s;
    c.gstin = kSeller;
    QFile key(server.authPublicKeyPath());
    if (key.open(QIODevice::ReadOnly)) {
        c.authKey = irp::PublicKey::fromPem(key.readAll()).value();
    }
    c.timeoutMs = 5000;
    return c;
}

QList<qint64> TestSubmission::addInvoices(int count, const QString& prefix)
{
    QList<qint64> ids;
    for (int i = 1; i <= count; ++i) {
        auto id = m_store->addInvoice(m_workspace, sample(prefix + QString::number(i)), {});
        if (id) {
            ids.append(id.value());
        }
    }
    return ids;
}

Result<irp::SubmitSummary> TestSubmission::submit(const QList<qint64>& ids, int concurrency, std::shared_ptr<irp::IrpSession> session)
{
    if (!session) {
        session = std::make_shared<irp::IrpSession>(connection(*m_sandbox));
    }
    irp::SubmitOptions options;
    options.profile = u"test"_s;
    options.concurrency = concurrency;
    options.backoffMs = 20;
    options.today = QDate(2026, 11, 20);
    return irp::submitInvoices(m_store->path(), session, ids, options, [this](const irp::SubmitEvent& e) { m_events.append(e); });
}

void TestSubmission::wholeLifeCycle()
{
    QVERIFY(startSandbox());
    const QList<qint64> ids = addInvoices(6, u"LC/"_s);
    QCOMPARE(ids.size(), 6);
    auto session = std::make_shared<irp::IrpSession>(connection(*m_sandbox));
    const Result<irp::SubmitSummary> result = submit(ids, 4, session);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result.value().registered, 6);
    QCOMPARE(m_events.size(), 6);
    QCOMPARE(session->authCount(), 1); // one auth for the run, never one per invoice

    // Stored before anyone heard of it: IRN (as computed locally), Ack, signed QR that verifies
    // with the sandbox's published certificate and matches the invoice.
    irp::TrustStore trust;
    QVERIFY(trust.addKeyFile(m_sandbox->signCertPath()));
    for (const qint64 id : ids) {
        const store::StoredInvoice stored = m_store->invoice(id).value();
        QCOMPARE(stored.summary.status, store::InvoiceStatus::Registered);
        QCOMPARE(stored.irp.irn, invoiceIrn(stored.invoice));
        QCOMPARE(stored.irp.ackNo.size(), 15);
        const irp::InvoiceCheck check = irp::checkStoredInvoice(stored, trust);
        QVERIFY2(check.ok(), qPrintable(check.mismatches.isEmpty() ? QString() : check.mismatches.first().field));
        QVERIFY(check.sandbox());
        // The journal has the request, closed as registered.
        const QList<store::SubmissionEntry> journal = m_store->requestsOf(id);
        QCOMPARE(journal.size(), 1);
        QVERIFY(!journal.first().open);
        QCOMPARE(journal.first().outcome, u"registered"_s);
    }
    QCOMPARE(m_sandbox->registrations().size(), 6);

    // Get by IRN and by document.
    irp::IrpClient client(session);
    const store::StoredInvoice first = m_store->invoice(ids.first()).value();
    QCOMPARE(client.getByIrn(first.irp.irn).data.value(u"AckNo").toInteger(), first.irp.ackNo.toLongLong());
    const irp::ApiReply byDoc = client.getByDocument(u"INV"_s, u"lc/1"_s, u"10/11/2026"_s);
    QVERIFY2(byDoc.ok(), qPrintable(byDoc.codes()));
    QCOMPARE(byDoc.data.value(u"Irn").toString(), first.irp.irn);

    // Cancel inside 24 hours; again at the IRP: 9999.
    QVERIFY(irp::cancelInvoice(*m_store, client, u"test"_s, ids.first(), 2, u"Wrong buyer"_s));
    const store::StoredInvoice cancelled = m_store->invoice(ids.first()).value();
    QCOMPARE(cancelled.summary.status, store::InvoiceStatus::Cancelled);
    QVERIFY(!cancelled.cancelDate.isEmpty());
    QVERIFY(client.cancel(first.irp.irn, 2, u"Again"_s).hasError(u"9999"_s));
    QVERIFY(!irp::cancelInvoice(*m_store, client, u"test"_s, ids.first(), 2, u"Again"_s)); // not registered here any more
    QCOMPARE(session->authCount(), 1);
}

void TestSubmission::wrongCredentialsSendNothing()
{
    QVERIFY(startSandbox());
    const QList<qint64> ids = addInvoices(2, u"WC/"_s);
    irp::IrpConnection wrongPassword = connection(*m_sandbox);
    wrongPassword.password = u"nope"_s;
    Result<irp::SubmitSummary> r = submit(ids, 2, std::make_shared<irp::IrpSession>(wrongPassword));
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"1019"_s), qPrintable(r.error().message));
    irp::IrpConnection wrongSecret = connection(*m_sandbox);
    wrongSecret.clientSecret = u"nope"_s;
    r = submit(ids, 2, std::make_shared<irp::IrpSession>(wrongSecret));
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"1010"_s), qPrintable(r.error().message));
    for (const qint64 id : ids) {
        QCOMPARE(m_store->invoice(id).value().summary.status, store::InvoiceStatus::Ready);
        QVERIFY(m_store->requestsOf(id).isEmpty());
    }
    QCOMPARE(m_sandbox->registrations().size(), 0);
}

void TestSubmission::tokenExpiresMidBatch()
{
    QVERIFY(startSandbox());
    const QList<qint64> ids = addInvoices(6, u"TE/"_s);
    auto session = std::make_shared<irp::IrpSession>(connection(*m_sandbox));
    irp::SubmitOptions options;
    options.profile = u"test"_s;
    options.concurrency = 1;
    options.today = QDate(2026, 11, 20);
    int seen = 0;
    const Result<irp::SubmitSummary> r = irp::submitInvoices(m_store->path(), session, ids, options, [&](const irp::SubmitEvent&) {
        if (++seen == 3) {
            m_sandbox->expireTokens();
        }
    });
    QVERIFY(r);
    QCOMPARE(r.value().registered, 6);
    QCOMPARE(session->authCount(), 2); // 1005 once, one new auth, then on
}

void TestSubmission::droppedRepliesEndRegisteredOnce()
{
    sandbox::SandboxOptions options;
    options.faults.dropEvery = 3;
    options.faults.generateOnly = true;
    QVERIFY(startSandbox(options));
    const QList<qint64> ids = addInvoices(9, u"DR/"_s);
    const Result<irp::SubmitSummary> r = submit(ids, 3);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r.value().registered, 9);
    QVERIFY(r.value().lookups >= 3);
    const auto registrations = m_sandbox->registrations();
    QCOMPARE(registrations.size(), 9);
    QSet<QString> irns;
    for (const sandbox::Registration& reg : registrations) {
        irns.insert(reg.irn);
    }
    QCOMPARE(irns.size(), 9);
    int adoptedByLookup = 0;
    for (const qint64 id : ids) {
        const store::StoredInvoice stored = m_store->invoice(id).value();
        QCOMPARE(stored.summary.status, store::InvoiceStatus::Registered);
        QVERIFY(irns.contains(stored.irp.irn));
        QVERIFY(!stored.irp.signedQrCode.isEmpty());
        for (const store::SubmissionEntry& e : m_store->requestsOf(id)) {
            QVERIFY(!e.open);
            adoptedByLookup += e.outcome == u"unknown" ? 1 : 0;
        }
    }
    QVERIFY(adoptedByLookup >= 3);
    QVERIFY(m_store->openRequests().isEmpty());
}

void TestSubmission::serverErrorsThenSuccess()
{
    sandbox::SandboxOptions options;
    options.faults.failEvery = 2;
    options.faults.generateOnly = true;
    QVERIFY(startSandbox(options));
    const QList<qint64> ids = addInvoices(4, u"SE/"_s);
    const Result<irp::SubmitSummary> r = submit(ids, 1);
    QVERIFY(r);
    QCOMPARE(r.value().registered, 4);
    QCOMPARE(m_sandbox->registrations().size(), 4);
}

void TestSubmission::duplicateWithTheSameContentIsAdopted()
{
    QVERIFY(startSandbox());
    const QList<qint64> ids = addInvoices(1, u"DS/"_s);
    // Registered by another program (the portal, say): the store does not know.
    auto session = std::make_shared<irp::IrpSession>(connection(*m_sandbox));
    irp::IrpClient other(session);
    QVERIFY(other.generate(m_store->invoiceJson(ids.first()).value()).ok());
    const Result<irp::SubmitSummary> r = submit(ids, 1, session);
    QVERIFY(r);
    QCOMPARE(r.value().registered, 1);
    QCOMPARE(m_events.first().how, u"duplicate"_s);
    QCOMPARE(m_store->invoice(ids.first()).value().summary.status, store::InvoiceStatus::Registered);
    QCOMPARE(m_sandbox->registrations().size(), 1);
}

void TestSubmission::duplicateWithOtherContentIsAConflict()
{
    QVERIFY(startSandbox());
    const QList<qint64> ids = addInvoices(1, u"DO/"_s);
    auto session = std::make_shared<irp::IrpSession>(connection(*m_sandbox));
    irp::IrpClient other(session);
    QVERIFY(other.generate(invoiceToJson(sample(u"DO/1"_s, u"51000"_s))).ok());
    const Result<irp::SubmitSummary> r = submit(ids, 1, session);
    QVERIFY(r);
    QCOMPARE(r.value().conflicts, 1);
    const store::StoredInvoice stored = m_store->invoice(ids.first()).value();
    QCOMPARE(stored.summary.status, store::InvoiceStatus::Rejected);
    QCOMPARE(stored.irpErrors.first().code, u"2150"_s);
    QVERIFY2(stored.irpErrors.first().message.contains(u"total"_s), qPrintable(stored.irpErrors.first().message));
}

void TestSubmission::cancelOutsideTwentyFourHoursIsRefused()
{
    QVERIFY(startSandbox());
    const QList<qint64> ids = addInvoices(1, u"CO/"_s);
    auto session = std::make_shared<irp::IrpSession>(connection(*m_sandbox));
    QCOMPARE(submit(ids, 1, session).value().registered, 1);
    m_sandbox->setClockOffsetSeconds(25 * 3600);
    irp::IrpClient client(session);
    const Status cancelled = irp::cancelInvoice(*m_store, client, u"test"_s, ids.first(), 1, u"Duplicate"_s);
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.error().message.contains(u"2270"_s), qPrintable(cancelled.error().message));
    QCOMPARE(m_store->invoice(ids.first()).value().summary.status, store::InvoiceStatus::Registered);
    // 48 hours on: the IRP no longer gives the details (2283).
    m_sandbox->setClockOffsetSeconds(49 * 3600);
    QVERIFY(client.getByIrn(m_store->invoice(ids.first()).value().irp.irn).hasError(u"2283"_s));
}

void TestSubmission::httpsTrustsExactlyTheProfilesCa()
{
    sandbox::SandboxOptions options;
    options.tls = true;
    QVERIFY(startSandbox(options));
    QVERIFY(m_sandbox->url().scheme() == u"https");
    const QList<qint64> ids = addInvoices(2, u"TL/"_s);

    // Without the sandbox's CA (only the system's): refused, nothing sent.
    Result<irp::SubmitSummary> r = submit(ids, 1);
    QVERIFY(!r);
    QCOMPARE(m_store->invoice(ids.first()).value().summary.status, store::InvoiceStatus::Ready);
    // Trusting another CA (NIC's sandbox signing certificate is no CA of this server): refused too.
    irp::IrpConnection other = connection(*m_sandbox);
    other.caCertificates = QSslCertificate::fromPath(m_sandbox->signCertPath());
    QVERIFY(!other.caCertificates.isEmpty());
    r = submit(ids, 1, std::make_shared<irp::IrpSession>(other));
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"SSL"_s, Qt::CaseInsensitive) || r.error().message.contains(u"certificate"_s, Qt::CaseInsensitive),
        qPrintable(r.error().message));

    // With exactly its CA: registered.
    irp::IrpConnection trusted = connection(*m_sandbox);
    trusted.caCertificates = QSslCertificate::fromPath(m_sandbox->caCertPath());
    QVERIFY(!trusted.caCertificates.isEmpty());
    r = submit(ids, 2, std::make_shared<irp::IrpSession>(trusted));
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r.value().registered, 2);
}

void TestSubmission::invoicesWithErrorsAreNotSent()
{
    QVERIFY(startSandbox());
    Invoice bad = sample(u"ER/1"_s);
    bad.buyerDtls.gstin = u"27AABCU9603R1ZX"_s; // a wrong check character
    const qint64 id = m_store->addInvoice(m_workspace, bad, {}).value(); // stored as ready without findings
    const Result<irp::SubmitSummary> r = submit({ id }, 1);
    QVERIFY(r);
    QCOMPARE(r.value().notSent, 1);
    QVERIFY2(m_events.first().message.contains(u"3028"_s) || m_events.first().message.contains(u"errors"_s), qPrintable(m_events.first().message));
    QCOMPARE(m_store->invoice(id).value().summary.status, store::InvoiceStatus::Draft);
    QCOMPARE(m_sandbox->registrations().size(), 0);
}

QTEST_GUILESS_MAIN(TestSubmission)
#include "TestSubmission.moc"
