// SPDX-License-Identifier: GPL-3.0-or-later
// The local sandbox IRP (core/sandbox) through the wire, as any client sees it: a minimal client
// made of QNetworkAccessManager and the IRP cryptography (core/irp/IrpCrypto.h) speaks spec §5 to
// a sandbox started in this process on 127.0.0.1 port 0, and once to `irndesk-cli sandbox` run as
// a child process. The codes and orders of checks are those of spec §8. No sleeps: the clock and
// the tokens are moved through the sandbox's API.
#include "core/irp/IrpCrypto.h"
#include "core/irp/TrustStore.h"
#include "core/json/InvoiceReader.h"
#include "core/model/Irn.h"
#include "core/sandbox/SandboxServer.h"
#include "core/sandbox/SandboxThread.h"
#include "core/store/Store.h"

#include "tests/support/TestData.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace irndesk;
using namespace irndesk::sandbox;

namespace {

const QString kGstin = u"27AAPFU0939F1ZV"_s;
const QString kOtherGstin = u"29AWGPV7107B1Z1"_s;

/// What one call gave: the HTTP status, the envelope, and its Data decrypted.
struct Answer
{
    int http = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray raw;
    QByteArray contentType;
    QJsonObject envelope;
    QJsonObject data; ///< decrypted with the SEK when Data is a string, else Data itself

    int status() const { return envelope.value(u"Status"_s).toInt(-1); }
    QStringList codes() const
    {
        QStringList out;
        for (const QJsonValue& e : envelope.value(u"ErrorDetails"_s).toArray()) {
            out.append(e.toObject().value(u"ErrorCode"_s).toString());
        }
        return out;
    }
};

/// A client of the IRP API built from nothing but QNAM and IrpCrypto.
class RawClient
{
public:
    QUrl base;
    irp::PublicKey authKey;
    QString clientId = u"CLIENT-A"_s, clientSecret = u"secret-a"_s, user = u"user_a"_s, password = u"pass-a"_s,
            gstin = kGstin;
    QString token;
    QByteArray sek;
    std::optional<QSslConfiguration> ssl;
    QNetworkAccessManager nam;

    Answer call(const QByteArray& method, const QString& path, const QByteArray& body, bool session = true)
    {
        QNetworkRequest request(QUrl(base.toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("client_id", clientId.toUtf8());
        request.setRawHeader("client_secret", clientSecret.toUtf8());
        request.setRawHeader("Gstin", gstin.toUtf8());
        if (session) {
            request.setRawHeader("user_name", user.toUtf8());
            request.setRawHeader("AuthToken", token.toUtf8());
        }
        if (ssl) {
            request.setSslConfiguration(*ssl);
        }
        request.setTransferTimeout(30000);
        QNetworkReply* reply = nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            finished.wait(30000);
        }
        Answer a;
        a.error = reply->error();
        a.http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        a.raw = reply->readAll();
        reply->deleteLater();
        a.envelope = QJsonDocument::fromJson(a.raw).object();
        const QJsonValue data = a.envelope.value(u"Data"_s);
        if (data.isString() && !sek.isEmpty()) {
            Result<QByteArray> plain = irp::decryptData(sek, data.toString());
            if (plain) {
                a.data = QJsonDocument::fromJson(plain.value()).object();
            }
        } else if (data.isObject()) {
            a.data = data.toObject();
        }
        return a;
    }

    Answer auth(bool force = false, const QByteArray& appKey = irp::crypto::randomBytes(32))
    {
        Result<QByteArray> body = irp::authRequestBody(authKey, user, password, appKey, force);
        if (!body) {
            return {};
        }
        Answer a = call("POST", u"/eivital/v1.04/auth"_s, body.value(), false);
        if (a.status() == 1) {
            token = a.data.value(u"AuthToken"_s).toString();
            Result<QByteArray> key = irp::decryptSek(appKey, a.data.value(u"Sek"_s).toString());
            sek = key ? key.value() : QByteArray();
        }
        return a;
    }

    Answer post(const QString& path, const QByteArray& json)
    {
        Result<QByteArray> body = irp::encryptedBody(sek, json);
        return call("POST", path, body ? body.value() : QByteArray());
    }
    Answer generate(const QByteArray& invoice) { return post(u"/eicore/v1.03/Invoice"_s, invoice); }
    Answer get(const QString& path) { return call("GET", path, {}); }
    Answer cancel(const QString& irn, const QJsonValue& reason = u"1"_s, const QString& remark = u"Wrong entry"_s)
    {
        const QJsonObject body{ { u"Irn"_s, irn }, { u"CnlRsn"_s, reason }, { u"CnlRem"_s, remark } };
        return post(u"/eicore/v1.03/Invoice/Cancel"_s, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
};

/// The four keys of every envelope (spec §8), Status a number.
bool hasFullEnvelope(const Answer& a)
{
    return a.envelope.contains(u"Status"_s) && a.envelope.value(u"Status"_s).isDouble()
        && a.envelope.contains(u"Data"_s) && a.envelope.contains(u"ErrorDetails"_s)
        && a.envelope.contains(u"InfoDtls"_s);
}

QJsonObject jwtData(const QString& jwt)
{
    Result<irp::Jwt> parsed = irp::parseJwt(jwt);
    return parsed ? QJsonDocument::fromJson(parsed.value().dataJson).object() : QJsonObject();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void authOk();
    void authErrors_data();
    void authErrors();
    void sessionErrors();
    void generateSignsWhatTrustStoreVerifies();
    void duplicate();
    void ruleEngineRejects_data();
    void ruleEngineRejects();
    void malformedBodies_data();
    void malformedBodies();
    void getByIrnAndDocument();
    void cancelInsideAndOutside24Hours();
    void getAfter48Hours();
    void tokenExpiry();
    void failEvery();
    void dropEvery();
    void delay();
    void gstinDetails();
    void gstinDetailsFromAStore();
    void usersFile();
    void statusAsString();
    void expectContinue();
    void keysAndStateSurviveARestart();
    void https();
    void cliChildProcess();
    void inItsOwnThread();

private:
    QByteArray invoice(const QString& docNo, const std::function<void(QJsonObject&)>& change = {}) const;
    QString today() const;
    std::unique_ptr<SandboxServer> startServer(const QString& keysDir, bool tls = false, const QString& stateFile = {});

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<RawClient> m_client;
    QList<SandboxUser> m_users;
};

std::unique_ptr<SandboxServer> TestSandbox::startServer(const QString& keysDir, bool tls, const QString& stateFile)
{
    SandboxOptions options;
    options.keysDir = keysDir;
    options.users = m_users;
    options.tls = tls;
    options.stateFile = stateFile;
    GstinDetails buyer;
    buyer.gstin = u"27AABCU9603R1ZN"_s;
    buyer.legalName = u"Mumbai Retail LLP"_s;
    buyer.addrBno = u"5 Marine Drive"_s;
    buyer.addrLoc = u"Mumbai"_s;
    buyer.stateCode = 27;
    buyer.pin = 400001;
    options.gstins = { buyer };
    auto server = std::make_unique<SandboxServer>(options);
    const Status started = server->start();
    if (!started) {
        qWarning() << started.error().message;
        return nullptr;
    }
    return server;
}

void TestSandbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_users = {
        { u"CLIENT-A"_s, u"secret-a"_s, u"user_a"_s, u"pass-a"_s, kGstin },
        { u"CLIENT-A"_s, u"secret-a"_s, u"user_b"_s, u"pass-b"_s, kOtherGstin },
    };
    m_server = startServer(m_dir.filePath(u"keys"_s));
    QVERIFY(m_server);
    QVERIFY(m_server->isListening());
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->url().toString(), u"http://127.0.0.1:%1"_s.arg(m_server->port()));
    QVERIFY(QFile::exists(m_server->authPublicKeyPath()));
    QVERIFY(QFile::exists(m_server->signCertPath()));
    m_client = std::make_unique<RawClient>();
    m_client->base = m_server->url();
    Result<irp::PublicKey> key = irp::PublicKey::fromPem(readFile(m_server->authPublicKeyPath()));
    QVERIFY(key);
    m_client->authKey = key.value();
}

void TestSandbox::cleanupTestCase()
{
    m_client.reset();
    m_server.reset();
}

void TestSandbox::init()
{
    // A test that failed half-way must not leave its clock or faults to the next one.
    m_server->setClockOffsetSeconds(0);
    m_server->setFaults({});
}

QString TestSandbox::today() const
{
    return m_server->now().toOffsetFromUtc(5 * 3600 + 1800).date().toString(u"dd/MM/yyyy"_s);
}

QByteArray TestSandbox::invoice(const QString& docNo, const std::function<void(QJsonObject&)>& change) const
{
    QJsonObject o = QJsonDocument::fromJson(test::readData(u"sandbox/invoice.json"_s)).object();
    QJsonObject doc = o.value(u"DocDtls"_s).toObject();
    doc.insert(u"No"_s, docNo);
    doc.insert(u"Dt"_s, today());
    o.insert(u"DocDtls"_s, doc);
    if (change) {
        change(o);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void TestSandbox::authOk()
{
    RawClient& c = *m_client;
    const Answer first = c.auth();
    QCOMPARE(first.http, 200);
    QVERIFY(hasFullEnvelope(first));
    QCOMPARE(first.status(), 1);
    QCOMPARE(first.data.value(u"UserName"_s).toString(), u"user_a"_s);
    QCOMPARE(first.data.value(u"ClientId"_s).toString(), u"CLIENT-A"_s);
    QVERIFY(!c.token.isEmpty());
    QCOMPARE(c.sek.size(), 32);
    const QDateTime expiry =
        QDateTime::fromString(first.data.value(u"TokenExpiry"_s).toString(), u"yyyy-MM-dd HH:mm:ss"_s);
    QVERIFY(expiry.isValid());

    // Within validity: the same token and the same SEK, wrapped with the new AppKey; a forced
    // refresh outside the last 10 minutes changes nothing.
    const QString token = c.token;
    const QByteArray sek = c.sek;
    QCOMPARE(c.auth().status(), 1);
    QCOMPARE(c.token, token);
    QCOMPARE(c.sek, sek);
    QCOMPARE(c.auth(true).status(), 1);
    QCOMPARE(c.token, token);

    // In the last 10 minutes, ForceRefreshAccessToken gives a new token; the old one stays valid
    // until its own expiry.
    const qint64 offset = m_server->clockOffsetSeconds();
    m_server->setClockOffsetSeconds(offset + 55 * 60);
    QCOMPARE(c.auth(false).status(), 1);
    QCOMPARE(c.token, token);
    QCOMPARE(c.auth(true).status(), 1);
    QVERIFY(c.token != token);
    QVERIFY(c.sek != sek);
    const QString fresh = c.token;
    const QByteArray freshSek = c.sek;
    c.token = token;
    c.sek = sek;
    QCOMPARE(c.get(u"/eicore/v1.03/Invoice/irn/"_s + QString(64, u'a')).codes(), QStringList{ u"2148"_s });
    c.token = fresh;
    c.sek = freshSek;
    m_server->setClockOffsetSeconds(offset);
}

void TestSandbox::authErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong password") << u"password"_s << u"nope"_s << u"1019"_s;
    QTest::newRow("wrong client secret") << u"clientSecret"_s << u"nope"_s << u"1010"_s;
    QTest::newRow("unknown client id") << u"clientId"_s << u"NOBODY"_s << u"1010"_s;
    QTest::newRow("unknown user") << u"user"_s << u"user_x"_s << u"1017"_s;
    QTest::newRow("Gstin header not the user's") << u"gstin"_s << kOtherGstin << u"1015"_s;
    QTest::newRow("no client_id") << u"clientId"_s << QString() << u"1011"_s;
    QTest::newRow("no client_secret") << u"clientSecret"_s << QString() << u"1012"_s;
    QTest::newRow("no Gstin") << u"gstin"_s << QString() << u"1004"_s;
    // The order of §8: the headers before the body, the client before the user.
    QTest::newRow("wrong secret and wrong password: 1010 first") << u"clientSecret+password"_s << u"nope"_s
                                                                 << u"1010"_s;
}

void TestSandbox::authErrors()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, code);
    RawClient c;
    c.base = m_client->base;
    c.authKey = m_client->authKey;
    for (const QString& f : field.split(u'+')) {
        QString* target = f == u"password" ? &c.password
            : f == u"clientSecret"         ? &c.clientSecret
            : f == u"clientId"             ? &c.clientId
            : f == u"user"                 ? &c.user
                                           : &c.gstin;
        *target = value;
    }
    const Answer a = c.auth();
    QVERIFY(hasFullEnvelope(a));
    QCOMPARE(a.status(), 0);
    QCOMPARE(a.codes(), QStringList{ code });
    QVERIFY(a.envelope.value(u"Data"_s).isNull());
}

void TestSandbox::sessionErrors()
{
    RawClient& c = *m_client;
    QCOMPARE(c.auth().status(), 1);
    // An auth body that is not what §5.2 says: 5003 empty, 1020 not decryptable, 1007 not
    // base64-of-JSON, 1016 an AppKey of the wrong size.
    QCOMPARE(c.call("POST", u"/eivital/v1.04/auth"_s, {}, false).codes(), QStringList{ u"5003"_s });
    QCOMPARE(c.call("POST", u"/eivital/v1.04/auth"_s, R"({"Data":"AAAA"})", false).codes(), QStringList{ u"1020"_s });
    auto rsaBody = [&](const QByteArray& inner) {
        Result<QByteArray> cipher = irp::crypto::rsaEncrypt(c.authKey, inner);
        return QJsonDocument(QJsonObject{ { u"Data"_s, QString::fromLatin1(cipher.value().toBase64()) } })
            .toJson(QJsonDocument::Compact);
    };
    QCOMPARE(c.call("POST", u"/eivital/v1.04/auth"_s, rsaBody("not base64 json!"), false).codes(),
             QStringList{ u"1007"_s });
    const QByteArray shortKey =
        QJsonDocument(QJsonObject{ { u"UserName"_s, c.user }, { u"Password"_s, c.password },
                                   { u"AppKey"_s, QString::fromLatin1(QByteArray(16, 'k').toBase64()) },
                                   { u"ForceRefreshAccessToken"_s, false } })
            .toJson(QJsonDocument::Compact)
            .toBase64();
    QCOMPARE(c.call("POST", u"/eivital/v1.04/auth"_s, rsaBody(shortKey), false).codes(), QStringList{ u"1016"_s });

    // The other APIs: headers 1011/1012/1004/1006, token 1005, Gstin 1015.
    const QString path = u"/eicore/v1.03/Invoice/irn/"_s + QString(64, u'b');
    QCOMPARE(c.get(path).codes(), QStringList{ u"2148"_s });
    RawClient other;
    other.base = c.base;
    other.token = c.token;
    other.sek = c.sek;
    other.user = u""_s;
    QCOMPARE(other.get(path).codes(), QStringList{ u"1006"_s });
    other.user = c.user;
    other.gstin = QString();
    QCOMPARE(other.get(path).codes(), QStringList{ u"1004"_s });
    other.gstin = kOtherGstin;
    QCOMPARE(other.get(path).codes(), QStringList{ u"1015"_s });
    other.gstin = kGstin;
    other.user = u"user_b"_s; // the token of another user
    QCOMPARE(other.get(path).codes(), QStringList{ u"1005"_s });
    other.user = c.user;
    other.token = u"not-a-token"_s;
    QCOMPARE(other.get(path).codes(), QStringList{ u"1005"_s });
    // Paths in any letter case (spec §8).
    QCOMPARE(c.get(u"/EICORE/v1.03/invoice/IRN/"_s + QString(64, u'b')).codes(), QStringList{ u"2148"_s });
}

void TestSandbox::generateSignsWhatTrustStoreVerifies()
{
    RawClient& c = *m_client;
    QCOMPARE(c.auth().status(), 1);
    const QByteArray json = invoice(u"SBX/0001"_s);
    const Answer a = c.generate(json);
    QVERIFY2(a.status() == 1, a.raw.constData());
    QVERIFY(hasFullEnvelope(a));
    QVERIFY(a.envelope.value(u"Data"_s).isString()); // encrypted with the SEK

    ReadInvoice read = readInvoice(json);
    QVERIFY(read.invoice);
    const QString irn = invoiceIrn(*read.invoice);
    QCOMPARE(a.data.value(u"Irn"_s).toString(), irn);
    QCOMPARE(a.data.value(u"Status"_s).toString(), u"ACT"_s);
    const qint64 ackNo = a.data.value(u"AckNo"_s).toInteger();
    QCOMPARE(QString::number(ackNo).size(), 15);
    QVERIFY(QString::number(ackNo).startsWith(u"11"_s));
    QVERIFY(QDateTime::fromString(a.data.value(u"AckDt"_s).toString(), u"yyyy-MM-dd HH:mm:ss"_s).isValid());
    for (const QString& key : { u"EwbNo"_s, u"EwbDt"_s, u"EwbValidTill"_s, u"Remarks"_s }) {
        QVERIFY2(a.data.contains(key) && a.data.value(key).isNull(), qPrintable(key));
    }

    // Both JWTs verify with sign_cert.pem through TrustStore, as the sandbox's.
    irp::TrustStore trust;
    QVERIFY(trust.addKeyFile(m_server->signCertPath()));
    for (const QString& key : { u"SignedInvoice"_s, u"SignedQRCode"_s }) {
        const irp::Verification v = trust.verify(a.data.value(key).toString());
        QVERIFY2(v.isValid(), qPrintable(key));
        QVERIFY(v.sandbox);
        QCOMPARE(v.kid, m_server->keys().kid);
        QCOMPARE(v.jwt->alg, u"RS256"_s);
        QCOMPARE(v.jwt->typ, u"JWT"_s);
        QCOMPARE(v.jwt->x5t, m_server->keys().x5t);
        QCOMPARE(v.jwt->iss, u"IRN Desk Sandbox"_s);
    }
    // A changed signature does not verify, and an empty store knows no key.
    QString tampered = a.data.value(u"SignedQRCode"_s).toString();
    tampered[tampered.size() - 5] = tampered.at(tampered.size() - 5) == u'A' ? u'B' : u'A';
    QVERIFY(!trust.verify(tampered).isValid());
    QCOMPARE(irp::TrustStore().verify(a.data.value(u"SignedQRCode"_s).toString()).verdict,
             irp::Verification::Verdict::UnknownKey);

    const QJsonObject qr = jwtData(a.data.value(u"SignedQRCode"_s).toString());
    QStringList keys;
    Result<irp::Jwt> qrJwt = irp::parseJwt(a.data.value(u"SignedQRCode"_s).toString());
    for (const irp::Claim& claim : qrJwt.value().claims) {
        keys.append(claim.name);
    }
    QCOMPARE(keys,
             (QStringList{ u"SellerGstin"_s, u"BuyerGstin"_s, u"DocNo"_s, u"DocTyp"_s, u"DocDt"_s, u"TotInvVal"_s,
                           u"ItemCnt"_s, u"MainHsnCode"_s, u"Irn"_s, u"IrnDt"_s }));
    QCOMPARE(qr.value(u"SellerGstin"_s).toString(), kGstin);
    QCOMPARE(qr.value(u"BuyerGstin"_s).toString(), u"27AABCU9603R1ZN"_s);
    QCOMPARE(qr.value(u"DocNo"_s).toString(), u"SBX/0001"_s);
    QCOMPARE(qr.value(u"DocTyp"_s).toString(), u"INV"_s);
    QCOMPARE(qr.value(u"DocDt"_s).toString(), today());
    QCOMPARE(qr.value(u"TotInvVal"_s).toDouble(), 123145.0);
    QCOMPARE(qr.value(u"ItemCnt"_s).toInt(), 2);
    QCOMPARE(qr.value(u"MainHsnCode"_s).toString(), u"84713010"_s); // AssAmt 100000 > 4900
    QCOMPARE(qr.value(u"Irn"_s).toString(), irn);
    QCOMPARE(qr.value(u"IrnDt"_s).toString(), a.data.value(u"AckDt"_s).toString());

    const QJsonObject signedInvoice = jwtData(a.data.value(u"SignedInvoice"_s).toString());
    Result<irp::Jwt> invoiceJwt = irp::parseJwt(a.data.value(u"SignedInvoice"_s).toString());
    QCOMPARE(invoiceJwt.value().claims.value(0).name, u"AckNo"_s);
    QCOMPARE(invoiceJwt.value().claims.value(1).name, u"AckDt"_s);
    QCOMPARE(invoiceJwt.value().claims.value(2).name, u"Irn"_s);
    QCOMPARE(signedInvoice.value(u"AckNo"_s).toInteger(), ackNo);
    QCOMPARE(signedInvoice.value(u"Irn"_s).toString(), irn);
    QCOMPARE(signedInvoice.value(u"DocDtls"_s).toObject().value(u"No"_s).toString(), u"SBX/0001"_s);
    const QJsonArray items = signedInvoice.value(u"ItemList"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).toObject().value(u"ItemNo"_s).toInt(-1), 0);
    QCOMPARE(items.at(1).toObject().value(u"HsnCd"_s).toString(), u"61091000"_s);
    QCOMPARE(signedInvoice.value(u"ValDtls"_s).toObject().value(u"TotInvVal"_s).toDouble(), 123145.0);
    QVERIFY(invoiceJwt.value().dataJson.contains("{\"ItemNo\":0,\"SlNo\":\"1\""));

    // The highest AssAmt decides MainHsnCode (above: 100000 > 4900, whatever the order); on a
    // tie the first line wins.
    auto twoLines = [&](const QString& docNo, const QString& firstHsn, const QString& secondHsn, bool smallFirst) {
        return invoice(docNo, [&](QJsonObject& o) {
            QJsonArray list = o.value(u"ItemList"_s).toArray();
            QJsonObject big = list.at(0).toObject();
            QJsonObject small = list.at(1).toObject();
            if (smallFirst) {
                small.insert(u"SlNo"_s, u"1"_s);
                big.insert(u"SlNo"_s, u"2"_s);
                o.insert(u"ItemList"_s, QJsonArray{ small, big });
                return;
            }
            // Two lines of the same value: the laptop twice, under two HSNs of 18%.
            QJsonObject second = big;
            big.insert(u"HsnCd"_s, firstHsn);
            second.insert(u"HsnCd"_s, secondHsn);
            second.insert(u"SlNo"_s, u"2"_s);
            o.insert(u"ItemList"_s, QJsonArray{ big, second });
            o.insert(u"ValDtls"_s,
                     QJsonObject{ { u"AssVal"_s, 200000 }, { u"CgstVal"_s, 18000 }, { u"SgstVal"_s, 18000 },
                                  { u"IgstVal"_s, 0 }, { u"TotInvVal"_s, 236000 } });
        });
    };
    auto mainHsn = [&](const QByteArray& json) {
        const Answer answer = c.generate(json);
        if (answer.status() != 1) {
            qWarning() << answer.raw;
        }
        return jwtData(answer.data.value(u"SignedQRCode"_s).toString()).value(u"MainHsnCode"_s).toString();
    };
    QCOMPARE(mainHsn(twoLines(u"SBX/0002"_s, {}, {}, true)), u"84713010"_s);
    QCOMPARE(mainHsn(twoLines(u"SBX/0003"_s, u"84713010"_s, u"84716060"_s, false)), u"84713010"_s);
    QCOMPARE(mainHsn(twoLines(u"SBX/0004"_s, u"84716060"_s, u"84713010"_s, false)), u"84716060"_s);
}

void TestSandbox::duplicate()
{
    RawClient& c = *m_client;
    QCOMPARE(c.auth().status(), 1);
    const Answer first = c.generate(invoice(u"SBX/DUP1"_s));
    QCOMPARE(first.status(), 1);
    // The same number in another letter case is the same document (spec §8).
    const Answer again = c.generate(invoice(u"sbx/dup1"_s));
    QVERIFY(hasFullEnvelope(again));
    QCOMPARE(again.status(), 0);
    QCOMPARE(again.codes(), QStringList{ u"2150"_s });
    const QJsonArray info = again.envelope.value(u"InfoDtls"_s).toArray();
    QCOMPARE(info.size(), 1);
    QCOMPARE(info.at(0).toObject().value(u"InfCd"_s).toString(), u"DUPIRN"_s);
    const QJsonObject desc = info.at(0).toObject().value(u"Desc"_s).toObject();
    QCOMPARE(desc.value(u"Irn"_s).toString(), first.data.value(u"Irn"_s).toString());
    QCOMPARE(desc.value(u"AckNo"_s).toInteger(), first.data.value(u"AckNo"_s).toInteger());
    QCOMPARE(desc.value(u"AckDt"_s).toString(), first.data.value(u"AckDt"_s).toString());
}

void TestSandbox::ruleEngineRejects_data()
{
    QTest::addColumn<QString>("docNo");
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("code");
    QTest::newRow("invoice value off by 100: 2189") << u"SBX/R1"_s << 0 << u"2189"_s;
    QTest::newRow("supplier is another GSTIN: 2169") << u"SBX/R2"_s << 1 << u"2169"_s;
    QTest::newRow("schema: Version 1.0: 5002") << u"SBX/R3"_s << 2 << u"5002"_s;
    QTest::newRow("schema: empty ItemList: 5002") << u"SBX/R4"_s << 3 << u"5002"_s;
    QTest::newRow("dated tomorrow on the sandbox's clock: 2218") << u"SBX/R5"_s << 4 << u"2218"_s;
}

void TestSandbox::ruleEngineRejects()
{
    QFETCH(QString, docNo);
    QFETCH(int, what);
    QFETCH(QString, code);
    RawClient& c = *m_client;
    QCOMPARE(c.auth().status(), 1);
    const QString tomorrow =
        m_server->now().toOffsetFromUtc(5 * 3600 + 1800).date().addDays(1).toString(u"dd/MM/yyyy"_s);
    const qsizetype before = m_server->registrations().size();
    const Answer a = c.generate(invoice(docNo, [&](QJsonObject& o) {
        switch (what) {
        case 0: {
            QJsonObject val = o.value(u"ValDtls"_s).toObject();
            val.insert(u"TotInvVal"_s, 123245);
            o.insert(u"ValDtls"_s, val);
            break;
        }
        case 1: {
            QJsonObject seller = o.value(u"SellerDtls"_s).toObject();
            seller.insert(u"Gstin"_s, kOtherGstin);
            o.insert(u"SellerDtls"_s, seller);
            break;
        }
        case 2:
            o.insert(u"Version"_s, u"1.0"_s);
            break;
        case 3:
            o.insert(u"ItemList"_s, QJsonArray());
            break;
        case 4: {
            QJsonObject doc = o.value(u"DocDtls"_s).toObject();
            doc.insert(u"Dt"_s, tomorrow);
            o.insert(u"DocDtls"_s, doc);
            break;
        }
        }
    }));
    QVERIFY(hasFullEnvelope(a));
    QCOMPARE(a.status(), 0);
    QVERIFY2(a.codes().contains(code), qPrintable(a.codes().join(u',')));
    if (code == u"5002") {
        QCOMPARE(a.codes().removeAll(u"5002"_s), a.codes().size()); // only schema entries
    }
    QCOMPARE(m_server->registrations().size(), before);
}

void TestSandbox::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("encrypt");
    QTest::addColumn<QString>("code");
    QTest::newRow("body not JSON") << QByteArray("this is not json") << false << u"2140"_s;
    QTest::newRow("no Data") << QByteArray("{}") << false << u"2255"_s;
    QTest::newRow("empty Data") << QByteArray(R"({"Data":""})") << false << u"2255"_s;
    QTest::newRow("Data not encrypted with the SEK") << QByteArray(R"({"Data":"QUJDREVGR0hJSktMTU5PUA=="})") << false
                                                     << u"1020"_s;
    QTest::newRow("decrypted text not JSON") << QByteArray("{not json") << true << u"2140"_s;
    QTest::newRow("an array, not one invoice") << QByteArray("[]") << true << u"5002"_s;
}

void TestSandbox::malformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, encrypt);
    QFETCH(QString, code);
    RawClient& c = *m_client;
    QCOMPARE(c.auth().status(), 1);
    const Answer a = encrypt ? c.generate(body) : c.call("POST", u"/eicore/v1.03/Invoice"_s, body);
    QVERIFY(hasFullEnvelope(a));
    QCOMPARE(a.codes(), QStringList{ code });
}

void TestSandbox::getByIrnAndDocument()
{
    RawClient& c = *m_client;
    QCOMPARE(c.auth().status(), 1);
    const Answer made = c.generate(invoice(u"SBX/GET1"_s));
    QCOMPARE(made.status(), 1);
    const QString irn = made.data.value(u"Irn"_s).toString();

    const Answer byIrn = c.get(u"/eicore/v1.03/Invoice/irn/"_s + irn);
    QVERIFY(hasFullEnvelope(byIrn));
    QCOMPARE(byIrn.status(), 1);
    QCOMPARE(byIrn.data.value(u"Irn"_s).toString(), irn);
    QCOMPARE(byIrn.data.value(u"AckNo"_s).toInteger(), made.data.value(u"AckNo"_s).toInteger());
    QCOMPARE(byIrn.data.value(u"SignedQRCode"_s).toString(), made.data.value(u"SignedQRCode"_s).toString());
    QCOMPARE(byIrn.data.value(u"Status"_s).toString(), u"ACT"_s);

    // By document: the number in any letter case, query names in any letter case, '/' encoded.
    const QString query = u"/eicore/v1.03/Invoice/irnbydocdetails?DocType=INV&docnum=sbx%2Fget1&docdate="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(today()));
    const Answer byDoc = c.get(query);
    QCOMPARE(byDoc.status(), 1);
    QCOMPARE(byDoc.data.value(u"Irn"_s).toString(), irn);

    QCOMPARE(c.get(u"/eicore/v1.03/Invoice/irn/1234"_s).codes(), QStringList{ u"2145"_s });
    QCOMPARE(c.get(u"/eicore/v1.03/Invoice/irn/"_s + QString(64, u'c')).codes(), QStringList{ u"2148"_s });
    QCOMPARE(c.get(u"/eicore/v1.03/Invoice/irnbydocdetails?doctype=INV&docnum=NONE1&docdate=01/04/2026"_s).codes(),
             QStringList{ u"2148"_s });
    QCOMPARE(c.get(u"/eicore/v1.03/Invoice/irnbydocdetails?doctype=INV&docnum=NONE1"_s).codes(),
             QStringList{ u"2142"_s });

    // Another GSTIN's IRN: 2143.
    RawClient b;
    b.base = c.base;
    b.authKey = c.authKey;
    b.user = u"user_b"_s;
    b.password = u"pass-b"_s;
    b.gstin = kOtherGstin;
    QCOMPARE(b.auth().status(), 1);
    QCOMPARE(b.get(u"/eicore/v1.03/Invoice/irn/"_s + irn).codes(), QStringList{ u"2143"_s });
    QCOMPARE(b.cancel(irn).codes(), QStringList{ u"2143"_s });
}

void TestSandbox::cancelInsideAndOutside24Hours()
{
    RawClient& c = *m_client;
    QCOMPARE(c.auth().status(), 1);
    const Answer made = c.generate(invoice(u"SBX/CNL1"_s));
    QCOMPARE(made.status(), 1);
    const QString irn = made.data.value(u"Irn"_s).toString();

    // The checks of the body first: 2142 missing, 2145 malformed, 5002 reason or remark.
    QCOMPARE(c.post(u"/eicore/v1.03/Invoice/Cancel"_s, R"({"Irn":"abc"})").codes(), QStringList{ u"2142"_s });
    QCOMPARE(c.cancel(u"abc"_s).codes(), QStringList{ u"2145"_s });
    QCOMPARE(c.cancel(irn, u"5"_s).codes(), QStringList{ u"5002"_s });
    QCOMPARE(c.cancel(irn, u"1"_s, QString(101, u'x')).codes(), QStringList{ u"5002"_s });
    QCOMPARE(c.cancel(QString(64, u'd')).codes(), QStringList{ u"2148"_s });

    // 23 hours later: inside the window (a numeric CnlRsn is read too).
    m_server->setClockOffsetSeconds(23 * 3600);
    QCOMPARE(c.auth().status(), 1); // the old token expired on the moved clock
    const Answer cancelled = c.cancel(irn, 2);
    QVERIFY2(cancelled.status() == 1, cancelled.raw.constData());
    QCOMPARE(cancelled.data.value(u"Irn"_s).toString(), irn);
    QVERIFY(QDateTime::fromString(cancelled.data.value(u"CancelDate"_s).toString(), u"yyyy-MM-dd HH:mm:ss"_s)
                .isValid());
    QCOMPARE(c.cancel(irn).codes(), QStringList{ u"9999"_s });
    const Answer after = c.get(u"/eicore/v1.03/Invoice/irn/"_s + irn);
    QCOMPARE(after.status(), 1);
    QCOMPARE(after.data.value(u"Status"_s).toString(), u"CNL"_s);
    // The number stays taken.
    m_server->setClockOffsetSeconds(0);
    QCOMPARE(c.auth().status(), 1);
    QCOMPARE(c.generate(invoice(u"SBX/CNL1"_s)).codes(), QStringList{ u"2150"_s });

    // Outside 24 hours: 2270.
    const Answer late = c.generate(invoice(u"SBX/CNL2"_s));
    QCOMPARE(late.status(), 1);
    m_server->setClockOffsetSeconds(24 * 3600 + 60);
    QCOMPARE(c.auth().status(), 1);
    QCOMPARE(c.cancel(late.data.value(u"Irn"_s).toString()).codes(), QStringList{ u"2270"_s });
    m_server->setClockOffsetSeconds(0);
}

void TestSandbox::getAfter48Hours()
{
    RawClient& c = *m_client;
    QCOMPARE(c.auth().status(), 1);
    const Answer made = c.generate(invoice(u"SBX/OLD1"_s));
    QCOMPARE(made.status(), 1);
    const QString irn = made.data.value(u"Irn"_s).toString();
    const QString byDoc = u"/eicore/v1.03/Invoice/irnbydocdetails?doctype=INV&docnum=SBX%2FOLD1&docdate="_s + today();

    // Through the admin request this time: the clock 47 hours on, then 49.
    auto moveClock = [&](const QString& hours) {
        const Answer a = c.call("POST", u"/sandbox/clock?offset-hours="_s + hours, {}, false);
        return a.envelope.value(u"offsetSeconds"_s).toInteger();
    };
    QCOMPARE(moveClock(u"47"_s), 47 * 3600);
    QCOMPARE(c.auth().status(), 1);
    QCOMPARE(c.get(u"/eicore/v1.03/Invoice/irn/"_s + irn).status(), 1);
    QCOMPARE(c.get(byDoc).status(), 1);
    QCOMPARE(moveClock(u"49"_s), 49 * 3600);
    QCOMPARE(c.auth().status(), 1);
    QCOMPARE(c.get(u"/eicore/v1.03/Invoice/irn/"_s + irn).codes(), QStringList{ u"2283"_s });
    QCOMPARE(c.get(byDoc).codes(), QStringList{ u"2283"_s });
    // A duplicate still names it.
    QCOMPARE(c.generate(invoice(u"SBX/OLD1"_s, [&](QJsonObject& o) {
                 QJsonObject doc = o.value(u"DocDtls"_s).toObject();
                 const QStringList ymd = made.data.value(u"AckDt"_s).toString().left(10).split(u'-');
                 doc.insert(u"Dt"_s, QString(ymd.value(2) + u'/' + ymd.value(1) + u'/' + ymd.value(0)));
                 o.insert(u"DocDtls"_s, doc);
             })).codes(),
             QStringList{ u"2150"_s });
    m_server->setClockOffsetSeconds(0);
}

void TestSandbox::tokenExpiry()
{
    RawClient& c = *m_client;
    QCOMPARE(c.auth().status(), 1);
    const QString path = u"/eicore/v1.03/Invoice/irn/"_s + QString(64, u'e');
    QCOMPARE(c.get(path).codes(), QStringList{ u"2148"_s });
    QVERIFY(m_server->expireTokens() >= 1);
    QCOMPARE(c.get(path).codes(), QStringList{ u"1005"_s });
    const QString old = c.token;
    QCOMPARE(c.auth().status(), 1);
    QVERIFY(c.token != old);
    QCOMPARE(c.get(path).codes(), QStringList{ u"2148"_s });
    // The same through the admin request.
    const Answer expired = c.call("POST", u"/sandbox/expire-tokens"_s, {}, false);
    QCOMPARE(expired.http, 200);
    QVERIFY(expired.envelope.value(u"expired"_s).toInt() >= 1);
    QCOMPARE(c.get(path).codes(), QStringList{ u"1005"_s });
    // A token of 60 minutes expires on the sandbox's clock.
    QCOMPARE(c.auth().status(), 1);
    m_server->setClockOffsetSeconds(61 * 60);
    QCOMPARE(c.get(path).codes(), QStringList{ u"1005"_s });
    m_server->setClockOffsetSeconds(0);
    QCOMPARE(c.get(path).codes(), QStringList{ u"2148"_s });
}

void TestSandbox::failEvery()
{
    RawClient& c = *m_client;
    QCOMPARE(c.auth().status(), 1);
    const qsizetype before = m_server->registrations().size();
    m_server->setFaults(SandboxFaults{ 2, 0, 0, false }); // the count starts again: 1, 2 fails
    QCOMPARE(c.get(u"/eicore/v1.03/Invoice/irn/"_s + QString(64, u'f')).codes(), QStringList{ u"2148"_s });
    const Answer failed = c.generate(invoice(u"SBX/FAIL1"_s));
    QCOMPARE(failed.http, 500);
    QVERIFY(failed.contentType.startsWith("text/html"));
    QVERIFY(failed.raw.contains("<html>"));
    QCOMPARE(m_server->registrations().size(), before); // not processed
    const Answer next = c.generate(invoice(u"SBX/FAIL1"_s)); // 5xx then success
    QCOMPARE(next.status(), 1);
    QCOMPARE(m_server->registrations().size(), before + 1);
    m_server->setFaults({});
}

void TestSandbox::dropEvery()
{
    RawClient& c = *m_client;
    QCOMPARE(c.auth().status(), 1);
    const qsizetype before = m_server->registrations().size();
    m_server->setFaults(SandboxFaults{ 0, 1, 0, true }); // every generation is dropped

    // A raw socket, so that nothing retries behind the test's back.
    Result<QByteArray> body = irp::encryptedBody(c.sek, invoice(u"SBX/DROP1"_s));
    QVERIFY(body);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(10000));
    const QByteArray request = "POST /eicore/v1.03/Invoice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                               "client_id: CLIENT-A\r\nclient_secret: secret-a\r\nGstin: "
        + kGstin.toLatin1() + "\r\nuser_name: user_a\r\nAuthToken: " + c.token.toLatin1()
        + "\r\nContent-Length: " + QByteArray::number(body.value().size()) + "\r\n\r\n" + body.value();
    socket.write(request);
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(10000));
    QCOMPARE(socket.readAll(), QByteArray()); // no reply at all
    // ... yet the IRN is registered.
    QCOMPARE(m_server->registrations().size(), before + 1);
    QCOMPARE(m_server->registrations().constLast().docNo, u"SBX/DROP1"_s);

    // Through QNAM: the client gets an error, and the IRN is registered once. (Qt sends a request
    // again by itself when a kept-alive connection closes before any reply: the repeats find a
    // duplicate and are dropped too.)
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const Answer dropped = c.generate(invoice(u"SBX/DROP2"_s));
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QCOMPARE(dropped.http, 0);
    QCOMPARE(m_server->registrations().size(), before + 2);
    QVERIFY(!handled.isEmpty());
    for (const QList<QVariant>& call : handled) {
        QCOMPARE(call.at(2).toString(), u"drop"_s);
    }

    // Other requests are not dropped with generateOnly, and a re-post is a duplicate.
    ReadInvoice read = readInvoice(invoice(u"SBX/DROP1"_s));
    QCOMPARE(c.get(u"/eicore/v1.03/Invoice/irn/"_s + invoiceIrn(*read.invoice)).status(), 1);
    m_server->setFaults({});
    QCOMPARE(c.generate(invoice(u"SBX/DROP1"_s)).codes(), QStringList{ u"2150"_s });
}

void TestSandbox::delay()
{
    RawClient& c = *m_client;
    QCOMPARE(c.auth().status(), 1);
    m_server->setFaults(SandboxFaults{ 0, 0, 300, false });
    QElapsedTimer timer;
    timer.start();
    const Answer a = c.get(u"/eicore/v1.03/Invoice/irn/"_s + QString(64, u'a'));
    QVERIFY(timer.elapsed() >= 300);
    QCOMPARE(a.codes(), QStringList{ u"2148"_s });
    m_server->setFaults({});
}

void TestSandbox::gstinDetails()
{
    RawClient& c = *m_client;
    QCOMPARE(c.auth().status(), 1);
    const Answer known = c.get(u"/eivital/v1.03/Master/gstin/27AABCU9603R1ZN"_s);
    QVERIFY(hasFullEnvelope(known));
    QCOMPARE(known.status(), 1);
    QVERIFY(known.envelope.value(u"Data"_s).isString()); // SEK-encrypted like the other GETs
    QCOMPARE(known.data.value(u"Gstin"_s).toString(), u"27AABCU9603R1ZN"_s);
    QCOMPARE(known.data.value(u"LegalName"_s).toString(), u"Mumbai Retail LLP"_s);
    QCOMPARE(known.data.value(u"StateCode"_s).toInt(), 27);
    QCOMPARE(known.data.value(u"AddrPncd"_s).toInt(), 400001);
    QCOMPARE(known.data.value(u"Status"_s).toString(), u"ACT"_s);
    QCOMPARE(c.get(u"/eivital/v1.03/Master/gstin/07AAACI1195H1ZK"_s).codes(), QStringList{ u"3001"_s });
    QCOMPARE(c.get(u"/eivital/v1.03/Master/gstin/NOTAGSTIN"_s).codes(), QStringList{ u"3028"_s });
}

void TestSandbox::gstinDetailsFromAStore()
{
    Result<std::unique_ptr<store::Store>> db = store::Store::open(m_dir.filePath(u"gstins.sqlite"_s));
    QVERIFY(db);
    store::SellerProfile seller;
    seller.gstin = kGstin;
    seller.legalName = u"Pune Traders Private Limited"_s;
    seller.tradeName = u"Pune Traders"_s;
    seller.addr1 = u"12 Laxmi Road"_s;
    seller.location = u"Pune"_s;
    seller.pin = 411001;
    seller.stateCode = u"27"_s;
    Result<store::Workspace> workspace = db.value()->addWorkspace(seller);
    QVERIFY(workspace);
    store::Party buyer;
    buyer.workspaceId = workspace.value().id;
    buyer.gstin = u"29AWGPV7107B1Z1"_s;
    buyer.legalName = u"Bengaluru Buyer"_s;
    buyer.location = u"Bengaluru"_s;
    QVERIFY(db.value()->saveParty(buyer));
    store::Party unregistered;
    unregistered.workspaceId = workspace.value().id;
    unregistered.gstin = u"URP"_s;
    unregistered.legalName = u"Walk-in"_s;
    QVERIFY(db.value()->saveParty(unregistered));

    const QList<GstinDetails> details = gstinDetailsFromStore(*db.value());
    QCOMPARE(details.size(), 2);
    QCOMPARE(details.at(0).gstin, kGstin);
    QCOMPARE(details.at(0).tradeName, u"Pune Traders"_s);
    QCOMPARE(details.at(0).addrBno, u"12 Laxmi Road"_s);
    QCOMPARE(details.at(0).stateCode, std::optional<int>(27));
    QCOMPARE(details.at(0).pin, std::optional<qint64>(411001));
    QCOMPARE(details.at(1).gstin, u"29AWGPV7107B1Z1"_s);
    QCOMPARE(details.at(1).stateCode, std::optional<int>(29)); // from the GSTIN
}

void TestSandbox::usersFile()
{
    const QString path = m_dir.filePath(u"users.json"_s);
    auto write = [&](const QByteArray& bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    };
    write(R"({"users":[{"clientId":"C","clientSecret":"S","userName":"u","password":"p","gstin":"27aapfu0939f1zv"}]})");
    Result<QList<SandboxUser>> users = readUsersFile(path);
    QVERIFY(users);
    QCOMPARE(users.value().size(), 1);
    QCOMPARE(users.value().at(0).gstin, kGstin);
    QCOMPARE(users.value().at(0).userName, u"u"_s);
    write(R"([{"clientId":"C","userName":"u"}])");
    users = readUsersFile(path);
    QVERIFY(!users);
    QVERIFY(users.error().message.contains(path));
    write("not json");
    QVERIFY(!readUsersFile(path));
    QVERIFY(!readUsersFile(m_dir.filePath(u"missing.json"_s)));
}

void TestSandbox::statusAsString()
{
    RawClient& c = *m_client;
    SandboxFaults faults;
    faults.statusAsString = true;
    m_server->setFaults(faults);
    const Answer ok = c.auth();
    QCOMPARE(ok.envelope.value(u"Status"_s).toString(), u"1"_s);
    RawClient wrong;
    wrong.base = c.base;
    wrong.authKey = c.authKey;
    wrong.password = u"nope"_s;
    const Answer refused = wrong.auth();
    QCOMPARE(refused.envelope.value(u"Status"_s).toString(), u"0"_s);
    m_server->setFaults({});
    QCOMPARE(c.auth().envelope.value(u"Status"_s).toInt(), 1);
}

void TestSandbox::expectContinue()
{
    // A client that waits for "100 Continue" before its body (curl does for larger bodies).
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(10000));
    const QByteArray body = R"({"Data":""})";
    socket.write("POST /eivital/v1.04/auth HTTP/1.1\r\nHost: 127.0.0.1\r\nclient_id: CLIENT-A\r\n"
                 "client_secret: secret-a\r\nGstin: 27AAPFU0939F1ZV\r\nExpect: 100-continue\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n");
    // The sandbox runs on this thread's event loop: wait with it, never with waitForReadyRead().
    auto readUntil = [&socket](const QByteArray& marker) {
        QByteArray got = socket.readAll();
        QSignalSpy ready(&socket, &QTcpSocket::readyRead);
        while (!got.contains(marker) && ready.wait(10000)) {
            got += socket.readAll();
        }
        return got;
    };
    QByteArray got = readUntil("\r\n\r\n");
    QVERIFY2(got.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), got.constData());
    socket.write(body);
    got = readUntil("5003");
    QVERIFY2(got.startsWith("HTTP/1.1 200 OK\r\n"), got.constData());
    QVERIFY(got.contains(R"("ErrorCode":"5003")"));
}

void TestSandbox::keysAndStateSurviveARestart()
{
    const QString keys = m_dir.filePath(u"restart-keys"_s);
    const QString state = m_dir.filePath(u"state.json"_s);
    QString kid, irn;
    QByteArray authPem;
    {
        auto server = startServer(keys, false, state);
        QVERIFY(server);
        kid = server->keys().kid;
        authPem = readFile(server->authPublicKeyPath());
        RawClient c;
        c.base = server->url();
        c.authKey = irp::PublicKey::fromPem(authPem).value();
        QCOMPARE(c.auth().status(), 1);
        const Answer made = c.generate(invoice(u"SBX/STATE1"_s));
        QCOMPARE(made.status(), 1);
        irn = made.data.value(u"Irn"_s).toString();
        server->stop();
    }
    auto server = startServer(keys, false, state);
    QVERIFY(server);
    QCOMPARE(server->keys().kid, kid);
    QCOMPARE(readFile(server->authPublicKeyPath()), authPem);
    QCOMPARE(server->registrations().size(), 1);
    RawClient c;
    c.base = server->url();
    c.authKey = irp::PublicKey::fromPem(authPem).value();
    QCOMPARE(c.auth().status(), 1);
    QCOMPARE(c.get(u"/eicore/v1.03/Invoice/irn/"_s + irn).status(), 1);
    QCOMPARE(c.generate(invoice(u"SBX/STATE1"_s)).codes(), QStringList{ u"2150"_s });
}

void TestSandbox::https()
{
    const QString keys = m_dir.filePath(u"tls-keys"_s);
    auto server = startServer(keys, true);
    QVERIFY(server);
    QCOMPARE(server->url().scheme(), u"https"_s);
    QVERIFY(QFile::exists(server->caCertPath()));
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(server->caCertPath());
    QCOMPARE(ca.size(), 1);

    RawClient trusting;
    trusting.base = server->url();
    trusting.authKey = irp::PublicKey::fromPem(readFile(server->authPublicKeyPath())).value();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(ca); // exactly that CA
    trusting.ssl = config;
    const Answer ok = trusting.auth();
    QVERIFY2(ok.status() == 1, qPrintable(QString::number(ok.error)));
    QCOMPARE(trusting.generate(invoice(u"SBX/TLS1"_s)).status(), 1);

    // A client that does not trust the sandbox's CA is refused by its own TLS check.
    RawClient stranger;
    stranger.base = server->url();
    stranger.authKey = trusting.authKey;
    const Answer refused = stranger.auth();
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(refused.status(), -1);
    // Nor does a CA of another sandbox do.
    auto other = startServer(m_dir.filePath(u"tls-keys-2"_s), true);
    QVERIFY(other);
    RawClient wrongCa;
    wrongCa.base = server->url();
    wrongCa.authKey = trusting.authKey;
    QSslConfiguration otherConfig = QSslConfiguration::defaultConfiguration();
    otherConfig.setCaCertificates(QSslCertificate::fromPath(other->caCertPath()));
    wrongCa.ssl = otherConfig;
    QCOMPARE(wrongCa.auth().error, QNetworkReply::SslHandshakeFailedError);
}

void TestSandbox::cliChildProcess()
{
    const QString keys = m_dir.filePath(u"cli-keys"_s);
    QProcess process;
    process.setProgram(test::cliPath());
    process.setArguments({ u"sandbox"_s, u"--port"_s, u"0"_s, u"--keys-dir"_s, keys, u"--client-id"_s, u"CLI"_s,
                           u"--client-secret"_s, u"cli-secret"_s, u"--user"_s, u"cli_user"_s, u"--password"_s,
                           u"cli-pass"_s, u"--gstin"_s, kGstin, u"--token-minutes"_s, u"30"_s, u"--verbose"_s });
    process.start();
    QVERIFY(process.waitForStarted(10000));
    QByteArray line;
    while (!line.contains('\n') && process.state() == QProcess::Running) {
        if (!process.waitForReadyRead(20000)) {
            break;
        }
        line += process.readAllStandardOutput();
    }
    line = line.left(line.indexOf('\n'));
    QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
    const QUrl url(QString::fromLatin1(line.mid(int(strlen("listening on ")))));
    QVERIFY(url.port() > 0);
    QVERIFY(QFile::exists(keys + u"/auth_public.pem"_s));
    QVERIFY(QFile::exists(keys + u"/sign_cert.pem"_s));

    RawClient c;
    c.base = url;
    c.authKey = irp::PublicKey::fromPem(readFile(keys + u"/auth_public.pem"_s)).value();
    c.clientId = u"CLI"_s;
    c.clientSecret = u"cli-secret"_s;
    c.user = u"cli_user"_s;
    c.password = u"cli-pass"_s;
    const Answer auth = c.auth();
    QCOMPARE(auth.status(), 1);
    const QDateTime expiry =
        QDateTime::fromString(auth.data.value(u"TokenExpiry"_s).toString(), u"yyyy-MM-dd HH:mm:ss"_s);
    const QDateTime nowIst =
        QDateTime::fromString(QDateTime::currentDateTimeUtc().toOffsetFromUtc(5 * 3600 + 1800).toString(
                                  u"yyyy-MM-dd HH:mm:ss"_s),
                              u"yyyy-MM-dd HH:mm:ss"_s);
    QVERIFY(qAbs(nowIst.secsTo(expiry) - 30 * 60) < 120); // --token-minutes 30
    const Answer made = c.generate(invoice(u"SBX/CLI1"_s));
    QCOMPARE(made.status(), 1);
    irp::TrustStore trust;
    QVERIFY(trust.addKeyFile(keys + u"/sign_cert.pem"_s));
    QVERIFY(trust.verify(made.data.value(u"SignedInvoice"_s).toString()).isValid());

    // SIGTERM stops it cleanly.
    process.terminate();
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("1 IRNs registered"));
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("POST /eivital/v1.04/auth ok\n") && log.contains("POST /eicore/v1.03/Invoice ok\n"),
             log.constData());

    // Bad arguments: exit 2 with a message.
    const test::CliRun noUser = test::runCli({ u"sandbox"_s, u"--keys-dir"_s, keys });
    QCOMPARE(noUser.code, 2);
    QVERIFY(noUser.err.contains(u"no API user"_s));
    const test::CliRun mismatch =
        test::runCli({ u"sandbox"_s, u"--user"_s, u"a"_s, u"--user"_s, u"b"_s, u"--password"_s, u"p"_s });
    QCOMPARE(mismatch.code, 2);
}

void TestSandbox::inItsOwnThread()
{
    // For clients that block their thread (irp::IrpClient): the sandbox in a thread of its own.
    SandboxOptions options;
    options.keysDir = m_dir.filePath(u"thread-keys"_s);
    options.users = m_users;
    SandboxThread sandbox(options);
    QVERIFY(sandbox.start());
    QVERIFY(sandbox.isRunning());
    QCOMPARE(sandbox.url().scheme(), u"http"_s);
    QVERIFY(sandbox.url().port() > 0);
    QVERIFY(!sandbox.keys().kid.isEmpty());

    RawClient c;
    c.base = sandbox.url();
    c.authKey = irp::PublicKey::fromPem(readFile(sandbox.authPublicKeyPath())).value();
    QCOMPARE(c.auth().status(), 1);
    const Answer made = c.generate(invoice(u"SBX/THREAD1"_s));
    QCOMPARE(made.status(), 1);
    irp::TrustStore trust;
    QVERIFY(trust.addKeyFile(sandbox.signCertPath()));
    QVERIFY(trust.verify(made.data.value(u"SignedQRCode"_s).toString()).isValid());
    QCOMPARE(sandbox.registrations().size(), 1);
    QCOMPARE(sandbox.requestCount(), 2);

    sandbox.setFaults(SandboxFaults{ 1, 0, 0, false, false });
    QCOMPARE(c.get(u"/eicore/v1.03/Invoice/irn/"_s + made.data.value(u"Irn"_s).toString()).http, 500);
    sandbox.setFaults({});
    QVERIFY(sandbox.expireTokens() >= 1);
    QCOMPARE(c.get(u"/eicore/v1.03/Invoice/irn/"_s + made.data.value(u"Irn"_s).toString()).codes(),
             QStringList{ u"1005"_s });
    sandbox.setClockOffsetSeconds(49 * 3600);
    QCOMPARE(c.auth().status(), 1);
    QCOMPARE(c.get(u"/eicore/v1.03/Invoice/irn/"_s + made.data.value(u"Irn"_s).toString()).codes(),
             QStringList{ u"2283"_s });
    sandbox.stop();
    QVERIFY(!sandbox.isRunning());
    QVERIFY(c.get(u"/eicore/v1.03/Invoice/irn/"_s + made.data.value(u"Irn"_s).toString()).error
            != QNetworkReply::NoError);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "TestSandbox.moc"
