// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept out of the headers

namespace irndesk::irp {

/// One top-level claim of a JWT's `data` (spec §4.2), in the order the IRP wrote them.
struct Claim
{
    QString name;
    /// A string's value; a number's source text, exactly ("708.0", "21000.00"); true, false or
    /// null; an object or array as its JSON source text.
    QString value;
    bool isString = false;
};

/// A compact JWS (header.payload.signature) split and decoded. The signature is not checked here:
/// verifyRs256() and TrustStore::verify() do that.
struct Jwt
{
    QString text; ///< the JWT as given, trimmed
    QByteArray signingInput; ///< "header.payload", the ASCII bytes the signature covers
    QByteArray signature; ///< decoded
    QByteArray headerJson, payloadJson; ///< decoded
    QString alg, kid, typ, x5t; ///< from the header
    QString iss; ///< from the payload
    QByteArray dataJson; ///< the payload's `data` text (itself JSON), empty when there is none
    QList<Claim> claims; ///< `data` parsed: its top-level members

    enum class Kind
    {
        Other,
        SignedInvoice,
        SignedQrCode
    };
    /// SignedInvoice when `data` has DocDtls, SignedQrCode when it has DocTyp.
    Kind kind() const;
    /// "SignedInvoice", "SignedQRCode" or "JWT".
    QString kindName() const;
    /// The claim `name` (exact name); empty when absent.
    QString claim(const QString& name) const;
    bool hasClaim(const QString& name) const;
};

/// The three parts of a compact JWS, base64url-decoded; nothing parsed.
struct JwtParts
{
    QByteArray header, payload, signature;
    QByteArray signingInput; ///< "header.payload" as written: the ASCII bytes the signature covers
};

/// Splits `text` (trimmed) at its two dots and decodes each part. Errors (ErrorCode::Syntax,
/// translated): not three parts, an empty header or payload, a part that is not base64url. An
/// empty signature is returned as such (the caller decides; it never verifies).
Result<JwtParts> splitJwt(QStringView text);

/// Splits and decodes `text`. Errors (ErrorCode::Syntax, translated): not three dot-separated
/// parts, a part that is not base64url, a header or payload that is not a JSON object, a `data`
/// claim that is not a JSON object. A payload without `data` is accepted (claims stay empty).
Result<Jwt> parseJwt(const QString& text);

/// A public key that can check RS256 signatures: from PEM ("PUBLIC KEY", SubjectPublicKeyInfo, or an
/// X.509 "CERTIFICATE") or a DER certificate.
class PublicKey
{
public:
    PublicKey() = default;
    static Result<PublicKey> fromPem(const QByteArray& bytes);
    bool isNull() const { return !m_key; }
    /// For a certificate: the upper-case hex SHA-1 of its DER bytes, which is how NIC forms `kid`
    /// (and `x5t` is the base64url of the same 20 bytes). Empty for a bare public key.
    QString thumbprint() const { return m_thumbprint; }
    evp_pkey_st* handle() const { return m_key.get(); }

private:
    std::shared_ptr<evp_pkey_st> m_key;
    QString m_thumbprint;
};

/// Whether `jwt` is signed with RS256 (RSASSA-PKCS1-v1_5, SHA-256 over signingInput) by `key`.
/// Any other `alg` ("none", "HS256", "RS512", ...) is false: only RS256 is accepted.
bool verifyRs256(const Jwt& jwt, const PublicKey& key);

} // namespace irndesk::irp
