// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/irp/Jwt.h"

#include "core/io/Base64Url.h"
#include "core/json/JsonCursor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <optional>

namespace irndesk::irp {

namespace {

class JwtText
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::irp::Jwt)
};

Error syntaxError(const QString& message)
{
    return Error{ ErrorCode::Syntax, message, {} };
}

std::optional<QByteArray> decodePart(QStringView part)
{
    for (QChar c : part) {
        if (c.unicode() >= 0x80) {
            return std::nullopt;
        }
    }
    const QByteArray latin = part.toLatin1();
    return io::decodeBase64Url(latin);
}

/// The top-level members of the JSON object `json`, numbers kept as their text.
bool parseClaims(const QByteArray& json, QList<Claim>& out)
{
    JsonCursor cursor(json.constData(), json.constData() + json.size());
    if (!cursor.consume('{')) {
        return false;
    }
    if (cursor.consume('}')) {
        return cursor.atEnd();
    }
    for (;;) {
        Claim claim;
        if (cursor.peekKind() != JsonCursor::Kind::String || !cursor.readString(claim.name) || !cursor.consume(':')) {
            return false;
        }
        const JsonCursor::Kind kind = cursor.peekKind();
        switch (kind) {
        case JsonCursor::Kind::String:
            claim.isString = true;
            if (!cursor.readString(claim.value)) {
                return false;
            }
            break;
        case JsonCursor::Kind::Number: {
            std::string_view text;
            if (!cursor.readNumber(text)) {
                return false;
            }
            claim.value = QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
            break;
        }
        case JsonCursor::Kind::Object:
        case JsonCursor::Kind::Array:
        case JsonCursor::Kind::True:
        case JsonCursor::Kind::False:
        case JsonCursor::Kind::Null: {
            const char* start = cursor.position();
            if (!cursor.skipValue()) {
                return false;
            }
            claim.value = QString::fromUtf8(start, cursor.position() - start);
            break;
        }
        default:
            return false;
        }
        out.append(claim);
        if (cursor.consume(',')) {
            continue;
        }
        return cursor.consume('}') && cursor.atEnd() && !cursor.failed();
    }
}

} // namespace

Jwt::Kind Jwt::kind() const
{
    if (hasClaim(QStringLiteral("DocDtls"))) {
        return Kind::SignedInvoice;
    }
    if (hasClaim(QStringLiteral("DocTyp"))) {
        return Kind::SignedQrCode;
    }
    return Kind::Other;
}

QString Jwt::kindName() const
{
    switch (kind()) {
    case Kind::SignedInvoice:
        return QStringLiteral("SignedInvoice");
    case Kind::SignedQrCode:
        return QStringLiteral("SignedQRCode");
    case Kind::Other:
        break;
    }
    return QStringLiteral("JWT");
}

QString Jwt::claim(const QString& name) const
{
    for (const Claim& c : claims) {
        if (c.name == name) {
            return c.value;
        }
    }
    return {};
}

bool Jwt::hasClaim(const QString& name) const
{
    for (const Claim& c : claims) {
        if (c.name == name) {
            return true;
        }
    }
    return false;
}

Result<JwtParts> splitJwt(QStringView text)
{
    const QStringView whole = text.trimmed();
    const qsizetype firstDot = whole.indexOf(u'.');
    const qsizetype secondDot = firstDot < 0 ? -1 : whole.indexOf(u'.', firstDot + 1);
    if (firstDot <= 0 || secondDot < 0 || secondDot == firstDot + 1 || whole.indexOf(u'.', secondDot + 1) >= 0) {
        return syntaxError(JwtText::tr("not a JWT: expected three base64url parts separated by dots"));
    }
    const std::optional<QByteArray> header = decodePart(whole.first(firstDot));
    if (!header) {
        return syntaxError(JwtText::tr("not a JWT: its header is not base64url-encoded JSON"));
    }
    const std::optional<QByteArray> signature = decodePart(whole.sliced(secondDot + 1));
    if (!signature) {
        return syntaxError(JwtText::tr("not a JWT: its signature is not base64url"));
    }
    const std::optional<QByteArray> payload = decodePart(whole.sliced(firstDot + 1, secondDot - firstDot - 1));
    if (!payload) {
        return syntaxError(JwtText::tr("the JWT payload is not base64url (the text may be cut or changed)"));
    }
    return JwtParts{ *header, *payload, *signature, whole.first(secondDot).toLatin1() };
}

Result<Jwt> parseJwt(const QString& text)
{
    Jwt jwt;
    jwt.text = text.trimmed();
    Result<JwtParts> parts = splitJwt(jwt.text);
    if (!parts) {
        return parts.error();
    }
    jwt.signingInput = parts.value().signingInput;
    jwt.signature = parts.value().signature;
    jwt.headerJson = parts.value().header;
    jwt.payloadJson = parts.value().payload;

    QJsonParseError error{};
    const QJsonDocument headerDoc = QJsonDocument::fromJson(jwt.headerJson);
    if (!headerDoc.isObject()) {
        return syntaxError(JwtText::tr("not a JWT: its header is not base64url-encoded JSON"));
    }
    const QJsonDocument payloadDoc = QJsonDocument::fromJson(jwt.payloadJson, &error);
    if (!payloadDoc.isObject()) {
        return syntaxError(
            JwtText::tr("the JWT payload is not JSON: %1")
                .arg(error.error != QJsonParseError::NoError ? error.errorString() : JwtText::tr("not an object")));
    }
    const QJsonObject h = headerDoc.object();
    jwt.alg = h.value(QLatin1String("alg")).toString();
    jwt.kid = h.value(QLatin1String("kid")).toString();
    jwt.typ = h.value(QLatin1String("typ")).toString();
    jwt.x5t = h.value(QLatin1String("x5t")).toString();
    const QJsonObject p = payloadDoc.object();
    jwt.iss = p.value(QLatin1String("iss")).toString();
    const QJsonValue data = p.value(QLatin1String("data"));
    if (data.isString()) {
        jwt.dataJson = data.toString().toUtf8();
        if (!parseClaims(jwt.dataJson, jwt.claims)) {
            return syntaxError(JwtText::tr("the JWT's \"data\" is not a JSON object"));
        }
    }
    return jwt;
}

Result<PublicKey> PublicKey::fromPem(const QByteArray& bytes)
{
    PublicKey key;
    const auto fromBio = [&](auto read) -> auto
    {
        BIO* bio = BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size()));
        auto* value = read(bio);
        BIO_free(bio);
        return value;
    };
    X509* cert = fromBio([](BIO* b) { return PEM_read_bio_X509(b, nullptr, nullptr, nullptr); });
    if (!cert) {
        cert = fromBio([](BIO* b) { return d2i_X509_bio(b, nullptr); });
    }
    EVP_PKEY* pkey = nullptr;
    if (cert) {
        pkey = X509_get_pubkey(cert);
        unsigned char* der = nullptr;
        const int length = i2d_X509(cert, &der);
        if (length > 0) {
            const QByteArray sha1 = QCryptographicHash::hash(
                QByteArrayView(reinterpret_cast<const char*>(der), length), QCryptographicHash::Sha1);
            key.m_thumbprint = QString::fromLatin1(sha1.toHex().toUpper());
        }
        OPENSSL_free(der);
        X509_free(cert);
    } else {
        pkey = fromBio([](BIO* b) { return PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr); });
    }
    if (!pkey || EVP_PKEY_get_base_id(pkey) != EVP_PKEY_RSA) {
        EVP_PKEY_free(pkey);
        return Error{
            ErrorCode::Syntax, JwtText::tr("not an RSA public key or certificate in PEM (or a DER certificate)"), {}
        };
    }
    key.m_key = std::shared_ptr<evp_pkey_st>(pkey, EVP_PKEY_free);
    return key;
}

bool verifyRs256(const Jwt& jwt, const PublicKey& key)
{
    if (jwt.alg != u"RS256" || key.isNull() || jwt.signature.isEmpty()) {
        return false; // "none", HS256 (a public key used as an HMAC secret) and others: never
    }
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> owner(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_MD_CTX* const ctx = owner.get();
    bool ok = ctx && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key.handle()) == 1;
    if (ok) {
        EVP_PKEY_CTX* pctx = EVP_MD_CTX_get_pkey_ctx(ctx);
        ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) > 0;
    }
    ok = ok
        && EVP_DigestVerify(ctx,
               reinterpret_cast<const unsigned char*>(jwt.signature.constData()),
               static_cast<std::size_t>(jwt.signature.size()),
               reinterpret_cast<const unsigned char*>(jwt.signingInput.constData()),
               static_cast<std::size_t>(jwt.signingInput.size()))
            == 1;
    return ok;
}

} // namespace irndesk::irp
