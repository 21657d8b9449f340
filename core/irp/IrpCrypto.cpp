// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/irp/IrpCrypto.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

namespace irndesk::irp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::irp::Crypto)
};

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

// OpenSSL's last error, for messages (and to clear its queue).
QString lastOpenSslError()
{
    char text[256] = {};
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) {
        return {};
    }
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

Result<QByteArray> aes(const QByteArray& key, const QByteArray& input, bool encrypt)
{
    if (key.size() != 32) {
        return Error{ ErrorCode::InvalidArgument, Tr::tr("an AES-256 key has 32 bytes, this one %1").arg(key.size()), {} };
    }
    if (!encrypt && (input.isEmpty() || input.size() % 16 != 0)) {
        return Error{ ErrorCode::Syntax,
            Tr::tr("the encrypted data is %1 bytes long, not a whole number of 16-byte blocks").arg(input.size()), {} };
    }
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(input.size() + 32, Qt::Uninitialized);
    int written = 0;
    int last = 0;
    const bool ok = ctx && EVP_CipherInit_ex(ctx.get(), EVP_aes_256_ecb(), nullptr, bytes(key), nullptr, encrypt ? 1 : 0) == 1
        && EVP_CIPHER_CTX_set_padding(ctx.get(), 1) == 1 // PKCS#7
        && EVP_CipherUpdate(ctx.get(), bytes(out), &written, bytes(input), static_cast<int>(input.size())) == 1
        && EVP_CipherFinal_ex(ctx.get(), bytes(out) + written, &last) == 1;
    if (!ok) {
        lastOpenSslError();
        return Error{ ErrorCode::Syntax,
            encrypt ? Tr::tr("AES encryption failed") : Tr::tr("the data cannot be decrypted with this key (bad padding)"), {} };
    }
    out.resize(written + last);
    return out;
}

} // namespace

namespace crypto {

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (RAND_bytes(bytes(out), n) != 1) {
        return {};
    }
    return out;
}

Result<QByteArray> rsaEncrypt(const PublicKey& key, const QByteArray& plain)
{
    if (key.isNull()) {
        return Error{ ErrorCode::InvalidArgument, Tr::tr("no public key to encrypt with"), {} };
    }
    PkeyCtx ctx(EVP_PKEY_CTX_new(key.handle(), nullptr), &EVP_PKEY_CTX_free);
    std::size_t length = 0;
    bool ok = ctx && EVP_PKEY_encrypt_init(ctx.get()) == 1 && EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) == 1
        && EVP_PKEY_encrypt(ctx.get(), nullptr, &length, bytes(plain), static_cast<std::size_t>(plain.size())) == 1;
    QByteArray out(static_cast<qsizetype>(length), Qt::Uninitialized);
    ok = ok && EVP_PKEY_encrypt(ctx.get(), bytes(out), &length, bytes(plain), static_cast<std::size_t>(plain.size())) == 1;
    if (!ok) {
        return Error{ ErrorCode::InvalidArgument,
            Tr::tr("RSA encryption of %1 bytes failed (an RSA-2048 key takes at most 245): %2")
                .arg(plain.size())
                .arg(lastOpenSslError()),
            {} };
    }
    out.resize(static_cast<qsizetype>(length));
    return out;
}

Result<QByteArray> aesEncrypt(const QByteArray& key, const QByteArray& plain)
{
    return aes(key, plain, true);
}

Result<QByteArray> aesDecrypt(const QByteArray& key, const QByteArray& cipher)
{
    return aes(key, cipher, false);
}

} // namespace crypto

Result<PrivateKey> PrivateKey::fromPem(const QByteArray& pem)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    EVP_PKEY* pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!pkey || EVP_PKEY_get_base_id(pkey) != EVP_PKEY_RSA) {
        EVP_PKEY_free(pkey);
        lastOpenSslError();
        return Error{ ErrorCode::Syntax, Tr::tr("not an RSA private key in PEM"), {} };
    }
    PrivateKey key;
    key.m_key = std::shared_ptr<evp_pkey_st>(pkey, EVP_PKEY_free);
    return key;
}

Result<PrivateKey> PrivateKey::generate(int bits)
{
    EVP_PKEY* pkey = EVP_RSA_gen(static_cast<unsigned int>(bits));
    if (!pkey) {
        return Error{ ErrorCode::Io, Tr::tr("could not make an RSA key: %1").arg(lastOpenSslError()), {} };
    }
    PrivateKey key;
    key.m_key = std::shared_ptr<evp_pkey_st>(pkey, EVP_PKEY_free);
    return key;
}

namespace {

template <class Write>
QByteArray pemOf(Write write)
{
    BIO* bio = BIO_new(BIO_s_mem());
    QByteArray out;
    if (bio && write(bio) == 1) {
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        out = QByteArray(data, static_cast<qsizetype>(length));
    }
    BIO_free(bio);
    return out;
}

} // namespace

QByteArray PrivateKey::toPem() const
{
    return pemOf([this](BIO* bio) {
        return PEM_write_bio_PKCS8PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
}

QByteArray PrivateKey::publicKeyPem() const
{
    return pemOf([this](BIO* bio) { return PEM_write_bio_PUBKEY(bio, m_key.get()); });
}

PublicKey PrivateKey::publicKey() const
{
    Result<PublicKey> key = PublicKey::fromPem(publicKeyPem());
    return key ? key.value() : PublicKey();
}

Result<QByteArray> PrivateKey::decrypt(const QByteArray& cipher) const
{
    PkeyCtx ctx(EVP_PKEY_CTX_new(m_key.get(), nullptr), &EVP_PKEY_CTX_free);
    std::size_t length = 0;
    bool ok = ctx && EVP_PKEY_decrypt_init(ctx.get()) == 1 && EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) == 1
        && EVP_PKEY_decrypt(ctx.get(), nullptr, &length, bytes(cipher), static_cast<std::size_t>(cipher.size())) == 1;
    QByteArray out(static_cast<qsizetype>(length), Qt::Uninitialized);
    ok = ok && EVP_PKEY_decrypt(ctx.get(), bytes(out), &length, bytes(cipher), static_cast<std::size_t>(cipher.size())) == 1;
    if (!ok) {
        lastOpenSslError();
        return Error{ ErrorCode::Syntax, Tr::tr("RSA decryption failed"), {} };
    }
    out.resize(static_cast<qsizetype>(length));
    return out;
}

Result<QByteArray> PrivateKey::signRs256(const QByteArray& data) const
{
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    std::size_t length = 0;
    bool ok = ctx && EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) == 1
        && EVP_PKEY_CTX_set_rsa_padding(EVP_MD_CTX_get_pkey_ctx(ctx.get()), RSA_PKCS1_PADDING) > 0
        && EVP_DigestSign(ctx.get(), nullptr, &length, bytes(data), static_cast<std::size_t>(data.size())) == 1;
    QByteArray out(static_cast<qsizetype>(length), Qt::Uninitialized);
    ok = ok && EVP_DigestSign(ctx.get(), bytes(out), &length, bytes(data), static_cast<std::size_t>(data.size())) == 1;
    if (!ok) {
        return Error{ ErrorCode::Io, Tr::tr("RS256 signing failed: %1").arg(lastOpenSslError()), {} };
    }
    out.resize(static_cast<qsizetype>(length));
    return out;
}

Result<QByteArray> authRequestBody(const PublicKey& irpKey,
                                   const QString& userName,
                                   const QString& password,
                                   const QByteArray& appKey,
                                   bool forceRefresh)
{
    if (appKey.size() != 32) {
        return Error{ ErrorCode::InvalidArgument, Tr::tr("the AppKey must be 32 bytes, not %1").arg(appKey.size()), {} };
    }
    const QJsonObject payload{
        { QStringLiteral("UserName"), userName },
        { QStringLiteral("Password"), password },
        { QStringLiteral("AppKey"), QString::fromLatin1(appKey.toBase64()) },
        { QStringLiteral("ForceRefreshAccessToken"), forceRefresh },
    };
    const QByteArray inner = QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64();
    Result<QByteArray> encrypted = crypto::rsaEncrypt(irpKey, inner);
    if (!encrypted) {
        return encrypted.error();
    }
    return QJsonDocument(QJsonObject{ { QStringLiteral("Data"), QString::fromLatin1(encrypted.value().toBase64()) } })
        .toJson(QJsonDocument::Compact);
}

Result<QByteArray> decryptSek(const QByteArray& appKey, const QString& sekBase64)
{
    const auto decoded = QByteArray::fromBase64Encoding(sekBase64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return Error{ ErrorCode::Syntax, Tr::tr("the Sek of the auth reply is not base64"), {} };
    }
    Result<QByteArray> sek = crypto::aesDecrypt(appKey, *decoded);
    if (!sek) {
        return Error{ ErrorCode::Syntax, Tr::tr("the Sek cannot be decrypted with this AppKey: %1").arg(sek.error().message), {} };
    }
    if (sek.value().size() != 32) {
        return Error{ ErrorCode::Syntax, Tr::tr("the decrypted Sek has %1 bytes, not 32").arg(sek.value().size()), {} };
    }
    return sek;
}

Result<QByteArray> encryptedBody(const QByteArray& sek, const QByteArray& json)
{
    Result<QByteArray> encrypted = crypto::aesEncrypt(sek, json);
    if (!encrypted) {
        return encrypted.error();
    }
    return QJsonDocument(QJsonObject{ { QStringLiteral("Data"), QString::fromLatin1(encrypted.value().toBase64()) } })
        .toJson(QJsonDocument::Compact);
}

Result<QByteArray> decryptData(const QByteArray& sek, const QString& dataBase64)
{
    const auto decoded = QByteArray::fromBase64Encoding(dataBase64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return Error{ ErrorCode::Syntax, Tr::tr("the reply's Data is not base64"), {} };
    }
    return crypto::aesDecrypt(sek, *decoded);
}

} // namespace irndesk::irp
