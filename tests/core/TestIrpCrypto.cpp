// SPDX-License-Identifier: GPL-3.0-or-later
// The wire format of NIC's IRP API against known answers made with the openssl command line
// (tests/data/irp/README.md): AES-256-ECB with PKCS#7 for the SEK and the bodies, RSA PKCS#1 v1.5
// for the auth payload (decrypted by `openssl pkeyutl`), RS256 signatures.
#include "core/irp/IrpCrypto.h"

#include "tests/support/TestData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace irndesk;
using namespace irndesk::irp;

namespace {

QJsonObject kat()
{
    return QJsonDocument::fromJson(test::readData(u"irp/kat.json"_s)).object();
}

QByteArray hex(const QString& name)
{
    return QByteArray::fromHex(kat().value(name).toString().toLatin1());
}

QByteArray base64(const QString& name)
{
    return QByteArray::fromBase64(kat().value(name).toString().toLatin1());
}

} // namespace

class TestIrpCrypto : public QObject
{
    Q_OBJECT

private slots:
    void aesMatchesOpenSsl()
    {
        const QByteArray key = hex(u"aesKeyHex"_s);
        const QByteArray plain = test::readData(u"irp/kat_plain.json"_s);
        QCOMPARE(crypto::aesEncrypt(key, plain).value(), base64(u"aesCipherBase64"_s));
        QCOMPARE(crypto::aesDecrypt(key, base64(u"aesCipherBase64"_s)).value(), plain);
        // An empty body is one block of padding.
        QCOMPARE(crypto::aesEncrypt(key, {}).value(), base64(u"aesEmptyCipherBase64"_s));
        QCOMPARE(crypto::aesDecrypt(key, base64(u"aesEmptyCipherBase64"_s)).value(), QByteArray());
    }

    void aesRefusesWhatIsWrong()
    {
        const QByteArray key = hex(u"aesKeyHex"_s);
        QVERIFY(!crypto::aesEncrypt(key.left(16), "x")); // AES-128 key: not what the IRP speaks
        QVERIFY(!crypto::aesDecrypt(key, base64(u"aesCipherBase64"_s).chopped(1))); // not whole blocks
        QByteArray otherKey = key;
        otherKey[0] = 'x';
        const Result<QByteArray> wrong = crypto::aesDecrypt(otherKey, base64(u"aesCipherBase64"_s));
        QVERIFY(!wrong); // the padding check catches a wrong key
        QVERIFY(wrong.error().message.contains(u"padding"_s));
    }

    void sekIsDecryptedWithTheAppKey()
    {
        const Result<QByteArray> sek = decryptSek(hex(u"appKeyHex"_s), kat().value(u"sekBase64"_s).toString());
        QVERIFY(sek);
        QCOMPARE(sek.value(), hex(u"sekHex"_s));
        QVERIFY(!decryptSek(hex(u"sekHex"_s), kat().value(u"sekBase64"_s).toString())); // another key
        QVERIFY(!decryptSek(hex(u"appKeyHex"_s), u"not base64!"_s));
    }

    void bodiesAfterAuth()
    {
        const QByteArray sek = hex(u"aesKeyHex"_s);
        const QByteArray plain = test::readData(u"irp/kat_plain.json"_s);
        const QByteArray body = encryptedBody(sek, plain).value();
        const QJsonObject envelope = QJsonDocument::fromJson(body).object();
        QCOMPARE(envelope.keys(), QStringList{ u"Data"_s });
        QCOMPARE(envelope.value(u"Data").toString(), kat().value(u"aesCipherBase64"_s).toString());
        QCOMPARE(decryptData(sek, envelope.value(u"Data").toString()).value(), plain);
    }

    void authPayloadDecryptsWithOpenSsl()
    {
        const QByteArray appKey = crypto::randomBytes(32);
        QCOMPARE(appKey.size(), 32);
        QVERIFY(appKey != crypto::randomBytes(32));
        const PublicKey key = PublicKey::fromPem(test::readData(u"irp/test_rsa_public.pem"_s)).value();
        const QByteArray body = authRequestBody(key, u"sandbox_user"_s, u"S3cret!pass"_s, appKey, false).value();
        const QByteArray data = QByteArray::fromBase64(QJsonDocument::fromJson(body).object().value(u"Data").toString().toLatin1());
        QCOMPARE(data.size(), 256); // RSA-2048

        // openssl pkeyutl, PKCS#1 v1.5: base64 of the JSON.
        QTemporaryDir dir;
        QFile cipher(dir.filePath(u"cipher.bin"_s));
        QVERIFY(cipher.open(QIODevice::WriteOnly));
        cipher.write(data);
        cipher.close();
        const QString openssl = test::findTool(u"openssl"_s);
        QVERIFY2(!openssl.isEmpty(), "the openssl command is not installed (package openssl)");
        const test::ToolRun run = test::runTool(openssl,
            { u"pkeyutl"_s, u"-decrypt"_s, u"-inkey"_s, test::dataPath(u"irp/test_rsa_private.pem"_s), u"-pkeyopt"_s,
                u"rsa_padding_mode:pkcs1"_s, u"-in"_s, cipher.fileName() });
        QCOMPARE(run.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(QByteArray::fromBase64(run.out)).object();
        QCOMPARE(json.value(u"UserName").toString(), u"sandbox_user"_s);
        QCOMPARE(json.value(u"Password").toString(), u"S3cret!pass"_s);
        QCOMPARE(json.value(u"AppKey").toString(), QString::fromLatin1(appKey.toBase64()));
        QCOMPARE(json.value(u"ForceRefreshAccessToken").toBool(true), false);
        QCOMPARE(json.keys().size(), 4);

        // The sandbox's side: our own private-key decryption gives the same.
        const PrivateKey priv = PrivateKey::fromPem(test::readData(u"irp/test_rsa_private.pem"_s)).value();
        QCOMPARE(QByteArray::fromBase64(priv.decrypt(data).value()), QByteArray::fromBase64(run.out));
        QVERIFY(!authRequestBody(key, u"u"_s, u"p"_s, appKey.left(16), false)); // AppKey must be 32 bytes
        // A payload longer than RSA-2048 takes is refused with a clear message.
        const Result<QByteArray> tooLong = authRequestBody(key, QString(200, u'u'), u"p"_s, appKey, false);
        QVERIFY(!tooLong);
        QVERIFY(tooLong.error().message.contains(u"245"_s));
    }

    void rs256SignatureMatchesOpenSsl()
    {
        const PrivateKey priv = PrivateKey::fromPem(test::readData(u"irp/test_rsa_private.pem"_s)).value();
        const QByteArray plain = test::readData(u"irp/kat_plain.json"_s);
        QCOMPARE(priv.signRs256(plain).value(), base64(u"rs256SignatureBase64"_s));
        QVERIFY(!PrivateKey::fromPem(test::readData(u"irp/test_rsa_public.pem"_s))); // a public key is no private key
    }

    void generatedKeysWork()
    {
        const PrivateKey generated = PrivateKey::generate(2048).value();
        const QByteArray pem = generated.toPem();
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        const PrivateKey again = PrivateKey::fromPem(pem).value();
        const QByteArray secret = crypto::randomBytes(32);
        const QByteArray cipher = crypto::rsaEncrypt(generated.publicKey(), secret).value();
        QCOMPARE(again.decrypt(cipher).value(), secret);
    }
};

QTEST_GUILESS_MAIN(TestIrpCrypto)
#include "TestIrpCrypto.moc"
