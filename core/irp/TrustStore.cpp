// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/irp/TrustStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QFileInfo>
#include <QRegularExpression>

namespace irndesk::irp {

namespace {

class TrustText
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::irp::TrustStore)
};

/// kid from the header, else from x5t (base64url of the same SHA-1 bytes).
QString jwtKid(const Jwt& jwt)
{
    if (!jwt.kid.isEmpty()) {
        return jwt.kid.toUpper();
    }
    if (!jwt.x5t.isEmpty()) {
        const QByteArray bytes = QByteArray::fromBase64(jwt.x5t.toLatin1(), QByteArray::Base64UrlEncoding);
        if (bytes.size() == 20) {
            return QString::fromLatin1(bytes.toHex().toUpper());
        }
    }
    return {};
}

/// A key read from `bytes`; its kid is the certificate's thumbprint, else the one in `fileName`.
Result<TrustedKey> trustedKey(const QByteArray& bytes, const QString& fileName, const QString& origin)
{
    Result<PublicKey> key = PublicKey::fromPem(bytes);
    if (!key) {
        return key.error();
    }
    TrustedKey trusted;
    trusted.key = key.value();
    trusted.kid = trusted.key.thumbprint().isEmpty() ? kidFromFileName(fileName) : trusted.key.thumbprint();
    trusted.name = QFileInfo(fileName).fileName();
    trusted.origin = origin;
    return trusted;
}

/// `v` decided by `key`.
void decidedBy(Verification& v, Verification::Verdict verdict, const TrustedKey& key)
{
    v.verdict = verdict;
    v.keyName = key.name;
    v.keyOrigin = key.origin;
    v.sandbox = v.sandbox || key.sandbox;
}

} // namespace

QString kidFromFileName(const QString& fileName)
{
    static const QRegularExpression re(QStringLiteral("kid[_-]([0-9A-Fa-f]{8,40})(?![0-9A-Fa-f])"));
    const QRegularExpressionMatch m = re.match(QFileInfo(fileName).fileName());
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

bool TrustedKey::matches(const QString& jwtKid) const
{
    return !kid.isEmpty() && !jwtKid.isEmpty() && jwtKid.toUpper().startsWith(kid);
}

QString Verification::verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::InvalidSignature:
        return QStringLiteral("invalid-signature");
    case Verdict::UnknownKey:
        return QStringLiteral("unknown-key");
    case Verdict::Malformed:
        break;
    }
    return QStringLiteral("malformed");
}

QString Verification::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return TrustText::tr("valid signature");
    case Verdict::InvalidSignature:
        return TrustText::tr("INVALID SIGNATURE");
    case Verdict::UnknownKey:
        return TrustText::tr("unknown key");
    case Verdict::Malformed:
        break;
    }
    return TrustText::tr("unreadable");
}

bool TrustStore::isKnownSandboxKid(const QString& kid)
{
    const QString k = kid.toUpper();
    return k == u"EDC57DE1358B300BA9F79340A6696831F3C85047" || k == u"1513B821EE46C749A63B86E318BF711099287D1F";
}

TrustStore TrustStore::withBuiltInKeys()
{
    TrustStore store;
    const QDir dir(QStringLiteral(":/keys"));
    for (const QFileInfo& info : dir.entryInfoList({ QStringLiteral("*.pem") }, QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        Result<TrustedKey> trusted = trustedKey(file.readAll(), info.fileName(), QStringLiteral("built-in"));
        if (trusted) {
            trusted.value().sandbox = info.fileName().contains(QLatin1String("sandbox"), Qt::CaseInsensitive);
            store.m_keys.append(trusted.value());
        }
    }
    return store;
}

bool Verification::isNicSandbox() const
{
    return sandbox && (TrustStore::isKnownSandboxKid(kid) || (jwt && jwt->iss.startsWith(QLatin1String("NIC"))));
}

QStringList TrustStore::addKeyDirectory(const QString& directory)
{
    QStringList problems;
    const QDir dir(directory);
    const QStringList patterns{ QStringLiteral("*.pem"), QStringLiteral("*.crt"), QStringLiteral("*.cer"),
        QStringLiteral("*.der") };
    for (const QFileInfo& info : dir.entryInfoList(patterns, QDir::Files | QDir::Readable, QDir::Name)) {
        if (Status added = addKeyFile(info.filePath()); !added) {
            problems.append(added.error().message);
        }
    }
    return problems;
}

QString TrustStore::userKeyDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("IRNDESK_KEYS");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("keys"));
}

Result<QString> TrustStore::importUserKey(const QString& path)
{
    TrustStore probe;
    if (Status readable = probe.addKeyFile(path); !readable) {
        return readable.error();
    }
    const QString directory = userKeyDirectory();
    if (!QDir().mkpath(directory)) {
        return Error{ ErrorCode::Io, TrustText::tr("%1: cannot create the folder").arg(directory), {} };
    }
    const QString target = QDir(directory).filePath(QFileInfo(path).fileName());
    if (QFileInfo(target).canonicalFilePath() == QFileInfo(path).canonicalFilePath()) {
        return target; // already there
    }
    QFile::remove(target); // a newer copy of the same key replaces the old one
    if (!QFile::copy(path, target)) {
        return Error{ ErrorCode::Io, TrustText::tr("%1: cannot copy the key to %2").arg(path, directory), {} };
    }
    return target;
}

TrustStore TrustStore::withUserKeys(QStringList* problems)
{
    TrustStore store = withBuiltInKeys();
    const QStringList found = store.addKeyDirectory(userKeyDirectory());
    if (problems) {
        *problems = found;
    }
    return store;
}

Status TrustStore::addKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ ErrorCode::Io, TrustText::tr("%1: cannot read the key: %2").arg(path, file.errorString()), {} };
    }
    Result<TrustedKey> trusted = trustedKey(file.readAll(), path, path);
    if (!trusted) {
        return Error{ ErrorCode::Syntax, QStringLiteral("%1: %2").arg(path, trusted.error().message), {} };
    }
    m_keys.append(trusted.value());
    return Ok{};
}

Verification TrustStore::verify(const Jwt& jwt) const
{
    Verification v;
    v.kid = jwtKid(jwt);
    // NIC's sandbox, or IRN Desk's own local sandbox (core/sandbox): neither signs real e-invoices.
    const QString iss = jwt.iss.trimmed();
    v.sandbox = iss.compare(QLatin1String("NIC Sandbox"), Qt::CaseInsensitive) == 0
        || iss.compare(QLatin1String("IRN Desk Sandbox"), Qt::CaseInsensitive) == 0 || isKnownSandboxKid(v.kid);
    v.jwt = jwt;
    // The keys that claim this kid decide: one of them verifies, or the signature is invalid.
    const TrustedKey* claimed = nullptr;
    for (const TrustedKey& key : m_keys) {
        if (key.matches(v.kid)) {
            claimed = claimed ? claimed : &key;
            if (verifyRs256(jwt, key.key)) {
                decidedBy(v, Verification::Verdict::Valid, key);
                return v;
            }
        }
    }
    if (claimed) {
        decidedBy(v, Verification::Verdict::InvalidSignature, *claimed);
        return v;
    }
    // No key claims the kid: the keys of unknown kid may have signed it. If none did, the key is
    // unknown (a changed JWT and a foreign key cannot be told apart without the key).
    for (const TrustedKey& key : m_keys) {
        if (key.kid.isEmpty() && verifyRs256(jwt, key.key)) {
            decidedBy(v, Verification::Verdict::Valid, key);
            return v;
        }
    }
    v.verdict = Verification::Verdict::UnknownKey;
    return v;
}

Verification TrustStore::verify(const QString& jwtText) const
{
    Result<Jwt> jwt = parseJwt(jwtText);
    if (!jwt) {
        Verification v;
        v.verdict = Verification::Verdict::Malformed;
        v.message = jwt.error().message;
        return v;
    }
    return verify(jwt.value());
}

} // namespace irndesk::irp
