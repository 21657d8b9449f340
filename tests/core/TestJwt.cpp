// SPDX-License-Identifier: GPL-3.0-or-later
// Signed e-invoices and QR codes: JWT decoding, RS256 verification against the shipped NIC sandbox
// keys and user keys, the QR claims against a stored invoice, and `irndesk-cli verify`. The JWTs
// are the real NIC sandbox ones of tests/data/portal/samples/real_signed_jwts.json.
#include "core/io/Base64Url.h"
#include "core/irp/Jwt.h"
#include "core/irp/QrCheck.h"
#include "core/irp/TrustStore.h"
#include "core/json/InvoiceReader.h"
#include "core/store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/TestData.h"

using namespace irndesk;
using namespace irndesk::irp;
using irndesk::test::readData;
using irndesk::test::runCli;
using Verdict = Verification::Verdict;

namespace {

struct Sample
{
    QString kind, kid, iss, key, jwt;
};

/// [0] the Mittal-Analytics QR (2022), [1]/[2] a 2022 SignedInvoice/SignedQRCode (kid EDC57DE1,
/// iss NIC), [3]/[4] a 2023 pair (kid 1513B821, iss NIC Sandbox).
QList<Sample> samples()
{
    QList<Sample> out;
    const QJsonArray jwts = QJsonDocument::fromJson(readData(QStringLiteral("portal/samples/real_signed_jwts.json")))
                                .object()
                                .value(QLatin1String("jwts"))
                                .toArray();
    for (const QJsonValue& value : jwts) {
        const QJsonObject o = value.toObject();
        out.append(Sample{ o.value(QLatin1String("kind")).toString(),
            o.value(QLatin1String("jwt_header")).toObject().value(QLatin1String("kid")).toString(),
            o.value(QLatin1String("iss")).toString(),
            o.value(QLatin1String("verifies_with")).toArray().first().toString(),
            o.value(QLatin1String("jwt")).toString() });
    }
    return out;
}

QStringList parts(const QString& jwt)
{
    return jwt.split(QLatin1Char('.'));
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(io::encodeBase64Url(bytes));
}

QByteArray unb64(const QString& part)
{
    return io::decodeBase64Url(part.toLatin1()).value();
}

/// The JWT with its header replaced (re-encoded; the signature kept).
QString withHeader(const QString& jwt, const QByteArray& header)
{
    QStringList p = parts(jwt);
    p[0] = b64(header);
    return p.join(QLatin1Char('.'));
}

QString write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QByteArray builtInKey(const QString& name)
{
    QFile f(QStringLiteral(":/keys/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("no built-in key %s", qPrintable(name));
    }
    return f.readAll();
}

/// The JWT text with one character of its payload changed so that it still decodes to JSON: the
/// last character of a base64url quadruple holds the low 6 bits of its third byte, and flipping
/// the lowest of them turns a hex digit of the Irn into another printable character.
QString changedCharacter(const QString& jwt)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    const QStringList p = parts(jwt);
    qsizetype byte = unb64(p[1]).indexOf("Irn") + 10;
    while (byte % 3 != 2) {
        ++byte;
    }
    QString text = jwt;
    const qsizetype at = p[0].size() + 1 + byte / 3 * 4 + 3;
    text[at] = alphabet[alphabet.indexOf(text[at]) ^ 1];
    return text;
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TrustStore m_trust = TrustStore::withBuiltInKeys();

private slots:
    void theShippedKeysAreLoadedWithTheirKids()
    {
        QCOMPARE(m_trust.keys().size(), 2);
        for (const TrustedKey& key : m_trust.keys()) {
            QVERIFY(key.sandbox);
            QCOMPARE(key.origin, QStringLiteral("built-in"));
            QVERIFY(key.kid == u"1513B821" || key.kid == u"EDC57DE1");
            QVERIFY(key.name.contains(key.kid));
        }
    }

    void everyRealJwtVerifiesWithItsKey()
    {
        const QList<Sample> all = samples();
        QCOMPARE(all.size(), 5);
        for (const Sample& s : all) {
            const Verification v = m_trust.verify(s.jwt);
            QCOMPARE(Verification::verdictCode(v.verdict), QStringLiteral("valid"));
            QCOMPARE(v.keyName, s.key);
            QCOMPARE(v.kid, s.kid);
            QVERIFY(v.sandbox); // both kids are NIC's sandbox; the 2023 ones also say "NIC Sandbox"
            QVERIFY(v.jwt);
            QCOMPARE(v.jwt->kindName(), s.kind);
            QCOMPARE(v.jwt->iss, s.iss);
            QCOMPARE(v.jwt->alg, QStringLiteral("RS256"));
        }
        // Each key verifies only its own JWTs: with the other key alone, the signature is invalid.
        for (const Sample& s : all) {
            const QString other = s.key.contains(QLatin1String("EDC57DE1"))
                ? QStringLiteral("nic_sandbox_signing_key_kid_1513B821.pem")
                : QStringLiteral("nic_sandbox_signing_key_kid_EDC57DE1.pem");
            TrustStore wrong;
            TrustedKey key;
            key.kid = s.kid.left(8); // claims the kid, but is the other key
            key.name = other;
            key.key = PublicKey::fromPem(builtInKey(other)).value();
            wrong.addKey(key);
            QCOMPARE(wrong.verify(s.jwt).verdict, Verdict::InvalidSignature);
        }
    }

    void theClaimsAreDecodedExactly()
    {
        const Jwt qr = parseJwt(samples()[4].jwt).value();
        QCOMPARE(qr.kind(), Jwt::Kind::SignedQrCode);
        QCOMPARE(qr.kid, QStringLiteral("1513B821EE46C749A63B86E318BF711099287D1F"));
        QCOMPARE(qr.claim(QStringLiteral("SellerGstin")), QStringLiteral("02AMBPG7773M002"));
        QCOMPARE(qr.claim(QStringLiteral("TotInvVal")), QStringLiteral("1416.0")); // the source text, no double
        QCOMPARE(qr.claim(QStringLiteral("ItemCnt")), QStringLiteral("1"));
        QCOMPARE(qr.claim(QStringLiteral("IrnDt")), QStringLiteral("2023-10-03 15:08:39"));
        QCOMPARE(qr.claims.first().name, QStringLiteral("SellerGstin")); // in the IRP's order
        const Jwt invoice = parseJwt(samples()[1].jwt).value();
        QCOMPARE(invoice.kind(), Jwt::Kind::SignedInvoice);
        QCOMPARE(invoice.claim(QStringLiteral("AckNo")), QStringLiteral("232210036743849"));
        QVERIFY(invoice.claim(QStringLiteral("DocDtls")).startsWith(u'{'));
    }

    void oneChangedByteFails()
    {
        for (const Sample& s : samples()) {
            QStringList p = parts(s.jwt);
            // A byte of the decoded payload changed, re-encoded: still a well-formed JWT.
            QByteArray payload = unb64(p[1]);
            const qsizetype at = payload.indexOf("Irn") + 10;
            payload[at] = payload[at] == 'a' ? 'b' : 'a';
            const QString changedPayload = p[0] + u'.' + b64(payload) + u'.' + p[2];
            const Verification v1 = m_trust.verify(changedPayload);
            QCOMPARE(v1.verdict, Verdict::InvalidSignature);
            QVERIFY(!v1.isValid());
            // One byte of the signature changed.
            QByteArray signature = unb64(p[2]);
            signature[100] = static_cast<char>(signature[100] ^ 0x01);
            QCOMPARE(m_trust.verify(p[0] + u'.' + p[1] + u'.' + b64(signature)).verdict, Verdict::InvalidSignature);
            // One character of the JWT text changed, as a copy error would: still readable.
            QCOMPARE(m_trust.verify(changedCharacter(s.jwt)).verdict, Verdict::InvalidSignature);
        }
    }

    void anUnknownKidIsNeverValid()
    {
        const Sample s = samples()[2];
        const QByteArray header = unb64(parts(s.jwt)[0]);
        const QString foreign =
            withHeader(s.jwt, QByteArray(header).replace(s.kid.toLatin1(), "0123456789ABCDEF0123456789ABCDEF01234567"));
        const Verification v = m_trust.verify(foreign);
        QCOMPARE(v.verdict, Verdict::UnknownKey);
        QCOMPARE(v.kid, QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"));
        QVERIFY(v.keyName.isEmpty());
        // No keys at all: the real JWT is of an unknown key too.
        QCOMPARE(TrustStore().verify(s.jwt).verdict, Verdict::UnknownKey);
        // A production JWT (iss NIC, kid not a sandbox one) is not marked sandbox.
        QVERIFY(!v.sandbox);
        QVERIFY(TrustStore::isKnownSandboxKid(s.kid));
    }

    void onlyRs256IsAccepted()
    {
        const Sample s = samples()[4];
        const QStringList p = parts(s.jwt);
        QJsonObject header = QJsonDocument::fromJson(unb64(p[0])).object();
        // alg none with no signature, and with the original signature.
        header.insert(QStringLiteral("alg"), QStringLiteral("none"));
        const QString noneHeader = b64(QJsonDocument(header).toJson(QJsonDocument::Compact));
        QCOMPARE(m_trust.verify(noneHeader + u'.' + p[1] + u'.').verdict, Verdict::InvalidSignature);
        QCOMPARE(m_trust.verify(noneHeader + u'.' + p[1] + u'.' + p[2]).verdict, Verdict::InvalidSignature);
        // HS256 "signed" with the public key as the HMAC secret (the classic key-confusion attack).
        header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
        const QString input = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + u'.' + p[1];
        const QByteArray mac = QMessageAuthenticationCode::hash(input.toLatin1(),
            builtInKey(QStringLiteral("nic_sandbox_signing_key_kid_1513B821.pem")),
            QCryptographicHash::Sha256);
        QCOMPARE(m_trust.verify(input + u'.' + b64(mac)).verdict, Verdict::InvalidSignature);
        const Jwt hs = parseJwt(input + u'.' + b64(mac)).value();
        for (const TrustedKey& key : m_trust.keys()) {
            QVERIFY(!verifyRs256(hs, key.key));
        }
    }

    void malformedJwtsSayWhy()
    {
        const QString good = samples()[0].jwt;
        const QStringList p = parts(good);
        const QList<QPair<QString, QString>> cases = {
            { QStringLiteral("abc"), QStringLiteral("three base64url parts") },
            { p[0] + u'.' + p[1], QStringLiteral("three base64url parts") },
            { good + QStringLiteral(".xyz"), QStringLiteral("three base64url parts") },
            { p[0] + QStringLiteral("..") + p[2], QStringLiteral("three base64url parts") },
            { QStringLiteral("e$J.") + p[1] + u'.' + p[2], QStringLiteral("header is not base64url") },
            { p[0] + QStringLiteral(".ab+c.") + p[2], QStringLiteral("payload is not base64url (the text may be cut") },
            { p[0] + u'.' + p[1] + QStringLiteral(".a/b"), QStringLiteral("signature is not base64url") },
            { b64("not json") + u'.' + p[1] + u'.' + p[2], QStringLiteral("header is not base64url-encoded JSON") },
            { p[0] + u'.' + b64("[1]") + u'.' + p[2], QStringLiteral("payload is not JSON: not an object") },
            { p[0] + u'.' + b64("{\"data\":") + u'.' + p[2], QStringLiteral("payload is not JSON: ") },
            { p[0] + u'.' + b64("{\"data\":\"{\\\"a\\\":\",\"iss\":\"NIC\"}") + u'.' + p[2],
                QStringLiteral("\"data\" is not a JSON object") },
        };
        for (const auto& [jwt, why] : cases) {
            const Verification v = m_trust.verify(jwt);
            QCOMPARE(v.verdict, Verdict::Malformed);
            QVERIFY2(v.message.contains(why), qPrintable(v.message));
            QVERIFY(!v.jwt);
        }
    }

    void aUserKeyWithoutKidVerifies()
    {
        // A bare PEM public key with no kid in its name (as NIC's production key reaches users).
        const QString path = write(m_dir.filePath(QStringLiteral("production.pem")),
            builtInKey(QStringLiteral("nic_sandbox_signing_key_kid_EDC57DE1.pem")));
        TrustStore user;
        QVERIFY(user.addKeyFile(path));
        QVERIFY(user.keys().first().kid.isEmpty());
        const Verification v = user.verify(samples()[0].jwt);
        QCOMPARE(v.verdict, Verdict::Valid);
        QCOMPARE(v.keyOrigin, path);
        QVERIFY(v.sandbox); // a known sandbox kid, even though the key is the user's
        QCOMPARE(user.verify(samples()[3].jwt).verdict, Verdict::UnknownKey); // not its key
        // Not a key: the error names the file.
        const QString junk = write(m_dir.filePath(QStringLiteral("junk.pem")), "-----BEGIN PUBLIC KEY-----\nxx\n");
        const Status bad = user.addKeyFile(junk);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(junk));
        QCOMPARE(
            kidFromFileName(QStringLiteral("/x/nic_sandbox_signing_key_kid_1513b821.pem")), QStringLiteral("1513B821"));
    }

    void theQrClaimsAreCheckedAgainstTheStoredInvoice()
    {
        auto store = std::move(store::Store::open(m_dir.filePath(QStringLiteral("qr.sqlite")))).value();
        const Jwt qr = parseJwt(samples()[4].jwt).value(); // 02AMBPG7773M002 INV 9sQ5E2 02/10/2023, 1416.0
        store::SellerProfile seller;
        seller.gstin = QStringLiteral("02AMBPG7773M002");
        seller.legalName = QStringLiteral("Sandbox seller");
        const qint64 ws = store->addWorkspace(seller).value().id;
        Invoice invoice =
            readInvoice(readData(QStringLiteral("rules/valid-b2b-intra-goods/invoice.json"))).invoice.value();
        invoice.sellerDtls.gstin = QStringLiteral("02AMBPG7773M002");
        invoice.buyerDtls.gstin = QStringLiteral("36AMBPG7773M002");
        invoice.docDtls.typ = QStringLiteral("INV");
        invoice.docDtls.no = QStringLiteral("9SQ5E2"); // letter case differs: the same number
        invoice.docDtls.dt = QStringLiteral("02/10/2023");
        invoice.itemList = { invoice.itemList.first() };
        invoice.itemList[0].hsnCd = QStringLiteral("61149090");
        invoice.valDtls.totInvVal = Money::parse(QStringLiteral("1416.00"));
        const qint64 id = store->addInvoice(ws, invoice, {}).value();
        store::IrpResult irp;
        irp.irn = qr.claim(QStringLiteral("Irn"));
        irp.ackNo = QStringLiteral("172310058044444");
        irp.ackDate = QStringLiteral("2023-10-03 15:08:39");
        irp.signedQrCode = samples()[4].jwt;
        QVERIFY(store->recordRegistered(id, irp, QStringLiteral("test")));
        const store::StoredInvoice stored = store->invoice(id).value();
        const QList<QrMismatch> none = checkQrClaims(qr, stored);
        QVERIFY2(none.isEmpty(), qPrintable(none.isEmpty() ? QString() : none.first().field));

        // The same QR code against a changed invoice: each difference is named, with both values.
        store::StoredInvoice changed = stored;
        changed.invoice.valDtls.totInvVal = Money::parse(QStringLiteral("1416.01"));
        changed.invoice.buyerDtls.gstin = QStringLiteral("36AAACB1234C1Z5");
        changed.invoice.itemList.append(changed.invoice.itemList.first());
        changed.invoice.docDtls.dt = QStringLiteral("03/10/2023");
        changed.irp.irn = QString(64, u'0');
        const QList<QrMismatch> found = checkQrClaims(qr, changed);
        QStringList fields;
        for (const QrMismatch& m : found) {
            fields << m.field;
        }
        QCOMPARE(fields,
            (QStringList{ QStringLiteral("BuyerGstin"),
                QStringLiteral("DocDt"),
                QStringLiteral("TotInvVal"),
                QStringLiteral("ItemCnt"),
                QStringLiteral("Irn") }));
        QCOMPARE(found[2].qrValue, QStringLiteral("1416.0"));
        QCOMPARE(found[2].invoiceValue, QStringLiteral("1416.01"));
        QCOMPARE(found[3].invoiceValue, QStringLiteral("2"));

        // checkStoredInvoice: the signature and the claims together.
        const InvoiceCheck check = checkStoredInvoice(stored, m_trust);
        QVERIFY(check.qrCode && check.qrCode->isValid());
        QVERIFY(!check.signedInvoice);
        QVERIFY(check.sandbox());
        QVERIFY(check.ok());
        QVERIFY(!checkStoredInvoice(changed, m_trust).ok());

        // A second invoice registered with the same QR code: another number and total.
        Invoice other = invoice;
        other.docDtls.no = QStringLiteral("9SQ5E3");
        other.valDtls.totInvVal = Money::parse(QStringLiteral("1500.00"));
        const qint64 otherId = store->addInvoice(ws, other, {}).value();
        irp.irn = QString(64, u'a');
        QVERIFY(store->recordRegistered(otherId, irp, QStringLiteral("test")));
        store.reset();

        // The same through the command line: verify --doc.
        const QString storeFile = m_dir.filePath(QStringLiteral("qr.sqlite"));
        test::CliRun run = runCli({ QStringLiteral("verify"), QStringLiteral("--store"), storeFile,
            QStringLiteral("--doc"), QStringLiteral("INV/9sq5e2") });
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QLatin1String("SignedQRCode: valid signature")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("SignedInvoice: not stored")));
        QVERIFY(run.out.contains(QLatin1String("QR claims: all match the invoice in the store")));
        QVERIFY(run.out.contains(QLatin1String("WARNING: signed by the NIC sandbox")));
        run = runCli({ QStringLiteral("verify"), QStringLiteral("--store"), storeFile, QStringLiteral("--doc"),
            QStringLiteral("INV/9SQ5E3") });
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QLatin1String("QR claim TotInvVal differs: QR code '1416.0', invoice '1500.00'")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("QR claim DocNo differs")));
        run = runCli({ QStringLiteral("verify"), QStringLiteral("--store"), storeFile, QStringLiteral("--doc"),
            QStringLiteral("INV/9SQ5E3"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(run.code, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"qrCode").toString(), QStringLiteral("valid"));
        QCOMPARE(json.value(u"ok").toBool(true), false);
        QCOMPARE(json.value(u"mismatches").toArray().size(), 3); // DocNo, TotInvVal, Irn
        // No such document: 2, and it says so.
        run = runCli({ QStringLiteral("verify"), QStringLiteral("--store"), storeFile, QStringLiteral("--doc"),
            QStringLiteral("INV/NOPE") });
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QLatin1String("there is no INV/NOPE in the store")));
    }

    void theCliPrintsClaimsAndVerdicts()
    {
        const QList<Sample> all = samples();
        const QString one = write(m_dir.filePath(QStringLiteral("qr.txt")), all[0].jwt.toLatin1() + '\n');
        test::CliRun run = runCli({ QStringLiteral("verify"), one });
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QLatin1String("SellerGstin: 09AAJCM7191E1Z5\n")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("TotInvVal: 112\n")));
        QVERIFY(run.out.contains(
            QLatin1String("verdict: valid signature (nic_sandbox_signing_key_kid_EDC57DE1.pem, built-in)")));
        QVERIFY(run.out.contains(QLatin1String("WARNING: signed by the NIC sandbox")));
        // The JWT itself on the command line.
        QCOMPARE(runCli({ QStringLiteral("verify"), all[3].jwt }).code, 0);

        // Changed: 1. Unknown kid: 1. Nothing readable: 2.
        QStringList p = parts(all[0].jwt);
        QByteArray signature = unb64(p[2]);
        signature[0] = static_cast<char>(signature[0] ^ 0x40);
        const QString tampered = p[0] + u'.' + p[1] + u'.' + b64(signature);
        run = runCli({ QStringLiteral("verify"), tampered });
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains(QLatin1String("verdict: INVALID SIGNATURE")));
        const QString foreign = withHeader(all[0].jwt, unb64(p[0]).replace("EDC57DE1", "AAAAAAAA"));
        run = runCli({ QStringLiteral("verify"), foreign });
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains(QLatin1String("verdict: unknown key")));
        QCOMPARE(runCli({ QStringLiteral("verify"), m_dir.filePath(QStringLiteral("missing.txt")) }).code, 2);
        QCOMPARE(
            runCli({ QStringLiteral("verify"), write(m_dir.filePath(QStringLiteral("junk.txt")), "hello\n") }).code, 2);
        QCOMPARE(
            runCli({ QStringLiteral("verify"), write(m_dir.filePath(QStringLiteral("bad.json")), "{\"a\":") }).code, 2);

        // --key: the user's key makes the unknown kid known (here: the sandbox key under the
        // foreign kid's name, so the changed header is what fails).
        const QString userKey = write(m_dir.filePath(QStringLiteral("nic_kid_AAAAAAAA.pem")),
            builtInKey(QStringLiteral("nic_sandbox_signing_key_kid_EDC57DE1.pem")));
        run = runCli({ QStringLiteral("verify"), foreign, QStringLiteral("--key"), userKey });
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains(QLatin1String("INVALID SIGNATURE (nic_kid_AAAAAAAA.pem, ") + userKey));
        QCOMPARE(
            runCli(
                { QStringLiteral("verify"), one, QStringLiteral("--key"), m_dir.filePath(QStringLiteral("none.pem")) })
                .code,
            2);

        // The user's key folder ($IRNDESK_KEYS; the app's "Trust a key…" copies keys into it):
        // read by every verify without --key.
        QTemporaryDir keys;
        qputenv("IRNDESK_KEYS", keys.path().toLocal8Bit());
        QCOMPARE(runCli({ QStringLiteral("verify"), foreign }).code, 1);
        const Result<QString> imported = TrustStore::importUserKey(userKey);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(QFileInfo(imported.value()).dir().path(), keys.path());
        run = runCli({ QStringLiteral("verify"), foreign });
        QVERIFY2(run.out.contains(QLatin1String("INVALID SIGNATURE (nic_kid_AAAAAAAA.pem, ") + imported.value()),
            qPrintable(run.out));
        // Something that is not a key is refused, naming the file, and nothing is copied.
        const QString junk = write(m_dir.filePath(QStringLiteral("not-a-key.pem")), "hello\n");
        const Result<QString> refused = TrustStore::importUserKey(junk);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(junk));
        QCOMPARE(QDir(keys.path()).entryList(QDir::Files).size(), 1);
        qunsetenv("IRNDESK_KEYS");
    }

    void aFolderIsVerifiedInBulk()
    {
        const QList<Sample> all = samples();
        QTemporaryDir folder;
        // A generate-IRN response (SignedInvoice + SignedQRCode), JWT lines, a tampered JWT, junk.
        QJsonObject response{ { QStringLiteral("AckNo"), 232210036743849LL },
            { QStringLiteral("SignedInvoice"), all[1].jwt },
            { QStringLiteral("SignedQRCode"), all[2].jwt } };
        write(folder.filePath(QStringLiteral("a-response.json")),
            QJsonDocument(QJsonObject{ { QStringLiteral("Status"), 1 }, { QStringLiteral("Data"), response } })
                .toJson());
        write(folder.filePath(QStringLiteral("b-lines.txt")),
            (all[3].jwt + u'\n' + u'"' + all[4].jwt + QStringLiteral("\",\n")).toLatin1());
        const QString tampered = changedCharacter(all[0].jwt);
        write(folder.filePath(QStringLiteral("c-tampered.txt")), tampered.toLatin1());
        write(folder.filePath(QStringLiteral("d-notes.txt")), "nothing here\n");

        test::CliRun run = runCli({ QStringLiteral("verify"), folder.path() });
        QCOMPARE(run.code, 1);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 7);
        QVERIFY2(lines[0].contains(QLatin1String("a-response.json: valid signature SignedInvoice INV SINV-CFY-00067 "
                                                 "01AMBPG7773M002 kid EDC57DE1 [sandbox]")),
            qPrintable(lines[0]));
        QVERIFY(lines[1].contains(QLatin1String("a-response.json: valid signature SignedQRCode INV SINV-CFY-00067")));
        QVERIFY(lines[2].contains(QLatin1String("b-lines.txt:1: valid signature SignedInvoice")));
        QVERIFY(lines[3].contains(QLatin1String("b-lines.txt:2: valid signature SignedQRCode INV 9sQ5E2")));
        QVERIFY(lines[4].contains(QLatin1String("c-tampered.txt:1: INVALID SIGNATURE")));
        QVERIFY(lines[5].contains(QLatin1String("d-notes.txt: unreadable: no signed invoice or QR code (JWT) found")));
        QCOMPARE(lines[6],
            QStringLiteral(
                "6 checked: 4 valid, 1 invalid signature, 0 unknown key, 1 unreadable, 5 signed by a sandbox"));

        // JSON: the same verdicts.
        run = runCli({ QStringLiteral("verify"), folder.path(), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(run.code, 1);
        const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray results = doc.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 6);
        QCOMPARE(results[4].toObject().value(QLatin1String("verdict")).toString(), QStringLiteral("invalid-signature"));
        QCOMPARE(results[3].toObject().value(QLatin1String("kind")).toString(), QStringLiteral("SignedQRCode"));
        QCOMPARE(doc.value(QLatin1String("summary")).toObject().value(QLatin1String("valid")).toInt(), 4);

        // Only good files: 0. Only unreadable ones: 2.
        QFile::remove(folder.filePath(QStringLiteral("c-tampered.txt")));
        QFile::remove(folder.filePath(QStringLiteral("d-notes.txt")));
        QCOMPARE(runCli({ QStringLiteral("verify"), folder.path() }).code, 0);
        QTemporaryDir junk;
        write(junk.filePath(QStringLiteral("x.txt")), "x");
        QCOMPARE(runCli({ QStringLiteral("verify"), junk.path() }).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "TestJwt.moc"
