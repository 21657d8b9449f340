// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/irp/Jwt.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace irndesk::irp {

/// The cryptography of NIC's IRP API (spec §5.2, §5.4), with OpenSSL: RSA PKCS#1 v1.5 for the
/// auth payload, AES-256-ECB with PKCS#7 padding for the session key (SEK) and every body after
/// auth, and a fresh 32-byte AppKey per auth. ECB is what the IRP speaks; nothing else uses it.
namespace crypto {

/// `n` bytes from OpenSSL's CSPRNG (RAND_bytes); empty when it fails.
QByteArray randomBytes(int n);

/// RSA PKCS#1 v1.5 encryption of `plain` (at most the key size − 11 bytes) with `key`.
Result<QByteArray> rsaEncrypt(const PublicKey& key, const QByteArray& plain);

/// AES-256-ECB with PKCS#7 padding. The key must be 32 bytes.
Result<QByteArray> aesEncrypt(const QByteArray& key, const QByteArray& plain);
/// The reverse; fails on a wrong key size, a length that is not a whole number of blocks, or
/// bad padding (a wrong key, usually).
Result<QByteArray> aesDecrypt(const QByteArray& key, const QByteArray& cipher);

} // namespace crypto

/// An RSA private key (PEM, PKCS#1 or PKCS#8): the local sandbox decrypts auth payloads and signs
/// documents with one.
class PrivateKey
{
public:
    PrivateKey() = default;
    static Result<PrivateKey> fromPem(const QByteArray& pem);
    /// A new RSA key of `bits` bits.
    static Result<PrivateKey> generate(int bits = 2048);
    bool isNull() const { return !m_key; }
    QByteArray toPem() const; ///< PKCS#8
    QByteArray publicKeyPem() const; ///< SubjectPublicKeyInfo
    PublicKey publicKey() const;

    /// RSA PKCS#1 v1.5 decryption.
    Result<QByteArray> decrypt(const QByteArray& cipher) const;
    /// RS256 (RSASSA-PKCS1-v1_5 with SHA-256) signature of `data`.
    Result<QByteArray> signRs256(const QByteArray& data) const;

    evp_pkey_st* handle() const { return m_key.get(); }

private:
    std::shared_ptr<evp_pkey_st> m_key;
};

/// The body of `POST /eivital/v1.04/auth` (spec §5.2): {"Data": base64(RSA(irpKey, base64(json)))}
/// where json is {"UserName","Password","AppKey": base64(appKey),"ForceRefreshAccessToken"}.
Result<QByteArray> authRequestBody(const PublicKey& irpKey,
                                   const QString& userName,
                                   const QString& password,
                                   const QByteArray& appKey,
                                   bool forceRefresh);

/// The SEK of an auth reply: AES-256-ECB-decrypt(appKey, base64decode(sek)), which must be 32 bytes.
Result<QByteArray> decryptSek(const QByteArray& appKey, const QString& sekBase64);

/// A POST body after auth (spec §5.4): {"Data": base64(AES(sek, json))}.
Result<QByteArray> encryptedBody(const QByteArray& sek, const QByteArray& json);

/// The `Data` of a reply after auth: base64decode, AES-256-ECB-decrypt with the SEK.
Result<QByteArray> decryptData(const QByteArray& sek, const QString& dataBase64);

} // namespace irndesk::irp
