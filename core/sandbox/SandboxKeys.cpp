// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sandbox/SandboxKeys.h"

#include "core/io/Base64Url.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace irndesk::sandbox {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::sandbox::Sandbox)
};

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;

QByteArray certPem(X509* cert)
{
    BIO* bio = BIO_new(BIO_s_mem());
    QByteArray out;
    if (bio && PEM_write_bio_X509(bio, cert) == 1) {
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        out = QByteArray(data, static_cast<qsizetype>(length));
    }
    BIO_free(bio);
    return out;
}

X509Ptr certFromPem(const QByteArray& pem)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    ERR_clear_error();
    return X509Ptr(cert, &X509_free);
}

QByteArray certDer(X509* cert)
{
    const int length = i2d_X509(cert, nullptr);
    if (length <= 0) {
        return {};
    }
    QByteArray out(length, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    i2d_X509(cert, &p);
    return out;
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext) {
        return false;
    }
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

enum class CertKind
{
    Signing, ///< self-signed, for RS256 signatures
    Ca, ///< self-signed CA of the HTTPS server
    Server, ///< issued by the CA for 127.0.0.1 and localhost
};

/// A certificate for `key`, valid from a day ago for ten years, signed by `issuerKey` (self-signed
/// when `issuer` is null).
X509Ptr makeCertificate(const irp::PrivateKey& key,
                        const char* commonName,
                        CertKind kind,
                        X509* issuer,
                        const irp::PrivateKey& issuerKey)
{
    X509Ptr cert(X509_new(), &X509_free);
    if (!cert) {
        return cert;
    }
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    ASN1_INTEGER* asn1Serial = BN_to_ASN1_INTEGER(bn, nullptr);
    BN_free(bn);
    bool ok = X509_set_version(cert.get(), 2) == 1 && X509_set_serialNumber(cert.get(), asn1Serial) == 1
        && X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24L * 3600) != nullptr
        && X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 366 * 24 * 3600) != nullptr
        && X509_set_pubkey(cert.get(), key.handle()) == 1;
    ASN1_INTEGER_free(asn1Serial);
    X509_NAME* name = X509_get_subject_name(cert.get());
    ok = ok
        && X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>("IRN Desk Sandbox"), -1, -1, 0) == 1
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName),
                                      -1, -1, 0) == 1;
    X509* signer = issuer ? issuer : cert.get();
    ok = ok && X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) == 1;
    ok = ok && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (issuer) {
        ok = ok && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    }
    switch (kind) {
    case CertKind::Signing:
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,nonRepudiation");
        break;
    case CertKind::Ca:
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
            && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
        break;
    case CertKind::Server:
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyEncipherment")
            && addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth")
            && addExtension(cert.get(), signer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1");
        break;
    }
    ok = ok && X509_sign(cert.get(), issuer ? issuerKey.handle() : key.handle(), EVP_sha256()) > 0;
    ERR_clear_error();
    if (!ok) {
        cert.reset();
    }
    return cert;
}

/// Writes `bytes` to `directory`/`name` whole (QSaveFile); private files are readable by the
/// owner only.
Status writeFile(const QString& directory, const QString& name, const QByteArray& bytes, bool secret)
{
    const QString path = QDir(directory).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{ ErrorCode::Io, Tr::tr("%1: cannot write: %2").arg(path, file.errorString()), {} };
    }
    if (secret) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    file.write(bytes);
    if (!file.commit()) {
        return Error{ ErrorCode::Io, Tr::tr("%1: cannot write: %2").arg(path, file.errorString()), {} };
    }
    return Ok{};
}

/// The bytes of `directory`/`name`, empty when there is no such file (or no directory).
QByteArray readFile(const QString& directory, const QString& name)
{
    if (directory.isEmpty()) {
        return {};
    }
    QFile file(QDir(directory).filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The private key kept as `name` in `directory`, or a new one (written there).
Result<irp::PrivateKey> keyIn(const QString& directory, const QString& name, bool& made)
{
    made = false;
    const QByteArray pem = readFile(directory, name);
    if (!pem.isEmpty()) {
        Result<irp::PrivateKey> key = irp::PrivateKey::fromPem(pem);
        if (!key) {
            return Error{ ErrorCode::Syntax,
                Tr::tr("%1: %2 (delete the file to make a new key)")
                    .arg(QDir(directory).filePath(name), key.error().message),
                {} };
        }
        return key;
    }
    Result<irp::PrivateKey> key = irp::PrivateKey::generate(2048);
    if (!key) {
        return key;
    }
    made = true;
    if (!directory.isEmpty()) {
        if (Status written = writeFile(directory, name, key.value().toPem(), true); !written) {
            return written.error();
        }
    }
    return key;
}

/// The certificate kept as `name` for `key`, or a new one (written there) when there is none,
/// it is unreadable, or the key was just made.
Result<QByteArray> certificateIn(const QString& directory,
                                 const QString& name,
                                 const irp::PrivateKey& key,
                                 bool keyIsNew,
                                 const char* commonName,
                                 CertKind kind,
                                 X509* issuer,
                                 const irp::PrivateKey& issuerKey)
{
    if (!keyIsNew) {
        const QByteArray pem = readFile(directory, name);
        X509Ptr kept = certFromPem(pem);
        if (kept && X509_check_private_key(kept.get(), key.handle()) == 1) {
            return pem;
        }
        ERR_clear_error();
    }
    X509Ptr cert = makeCertificate(key, commonName, kind, issuer, issuerKey);
    if (!cert) {
        return Error{ ErrorCode::Io, Tr::tr("could not make the sandbox's certificate %1").arg(name), {} };
    }
    const QByteArray pem = certPem(cert.get());
    if (!directory.isEmpty()) {
        if (Status written = writeFile(directory, name, pem, false); !written) {
            return written.error();
        }
    }
    return pem;
}

} // namespace

Result<SandboxKeys> SandboxKeys::loadOrCreate(const QString& directory, bool tls)
{
    if (!directory.isEmpty() && !QDir().mkpath(directory)) {
        return Error{ ErrorCode::Io, Tr::tr("%1: cannot create the folder").arg(directory), {} };
    }
    SandboxKeys keys;
    bool made = false;
    Result<irp::PrivateKey> auth = keyIn(directory, QStringLiteral("auth_private.pem"), made);
    if (!auth) {
        return auth.error();
    }
    keys.authKey = auth.value();
    if (!directory.isEmpty()) {
        // Always written: a client must never hold a public key that is not the sandbox's.
        if (Status written = writeFile(directory, QLatin1String(kAuthPublicFile), keys.authKey.publicKeyPem(), false);
            !written) {
            return written.error();
        }
    }

    Result<irp::PrivateKey> sign = keyIn(directory, QStringLiteral("sign_private.pem"), made);
    if (!sign) {
        return sign.error();
    }
    keys.signKey = sign.value();
    Result<QByteArray> signCert = certificateIn(directory, QLatin1String(kSignCertFile), keys.signKey, made,
                                                "IRN Desk Sandbox Signing", CertKind::Signing, nullptr, {});
    if (!signCert) {
        return signCert.error();
    }
    keys.signCertPem = signCert.value();
    X509Ptr cert = certFromPem(keys.signCertPem);
    keys.signCertDer = certDer(cert.get());
    const QByteArray sha1 = QCryptographicHash::hash(keys.signCertDer, QCryptographicHash::Sha1);
    keys.kid = QString::fromLatin1(sha1.toHex().toUpper());
    keys.x5t = QString::fromLatin1(io::encodeBase64Url(sha1));

    if (tls) {
        Result<irp::PrivateKey> caKey = keyIn(directory, QStringLiteral("ca_private.pem"), made);
        if (!caKey) {
            return caKey.error();
        }
        Result<QByteArray> ca = certificateIn(directory, QLatin1String(kCaCertFile), caKey.value(), made,
                                              "IRN Desk Sandbox CA", CertKind::Ca, nullptr, {});
        if (!ca) {
            return ca.error();
        }
        keys.caCertPem = ca.value();
        X509Ptr caCert = certFromPem(keys.caCertPem);
        bool serverKeyMade = false;
        Result<irp::PrivateKey> serverKey = keyIn(directory, QStringLiteral("server_private.pem"), serverKeyMade);
        if (!serverKey) {
            return serverKey.error();
        }
        // The server certificate is made again whenever the CA is new, so it is always the CA's.
        bool serverCertOk = !made && !serverKeyMade;
        if (serverCertOk) {
            X509Ptr kept = certFromPem(readFile(directory, QStringLiteral("server_cert.pem")));
            serverCertOk = kept && X509_check_private_key(kept.get(), serverKey.value().handle()) == 1
                && X509_check_issued(caCert.get(), kept.get()) == X509_V_OK;
            ERR_clear_error();
        }
        Result<QByteArray> server = certificateIn(directory, QStringLiteral("server_cert.pem"), serverKey.value(),
                                                  !serverCertOk, "127.0.0.1", CertKind::Server, caCert.get(),
                                                  caKey.value());
        if (!server) {
            return server.error();
        }
        keys.serverCertPem = server.value();
        keys.serverKeyPem = serverKey.value().toPem();
    }
    return keys;
}

} // namespace irndesk::sandbox
