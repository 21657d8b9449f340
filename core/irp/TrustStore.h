// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/irp/Jwt.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace irndesk::irp {

/// A key that signed documents are checked against.
///
/// NIC's `kid` is the upper-case hex SHA-1 thumbprint of the signing certificate (40 digits; the
/// header's `x5t` is the base64url of the same 20 bytes, spec §4.2). A certificate's kid is that
/// thumbprint, computed. A bare public key has no thumbprint: its kid is taken from its file name
/// ("..._kid_EDC57DE1.pem": the hex digits after "kid_"), and a kid shorter than 40 digits
/// matches the JWT kids that start with it (the shipped NIC sandbox keys are named by their first
/// 8 digits). A public key whose file name gives no kid is tried on JWTs whose kid no other key
/// claims (the user may have NIC's production key as a bare PEM without knowing its kid).
struct TrustedKey
{
    QString kid; ///< upper-case hex, 8 to 40 digits; empty when unknown
    QString name; ///< the file name, e.g. nic_sandbox_signing_key_kid_EDC57DE1.pem
    QString origin; ///< "built-in" or the path it was loaded from
    bool sandbox = false; ///< a key of NIC's sandbox: what it signed is not a real e-invoice
    PublicKey key;

    bool matches(const QString& jwtKid) const;
};

/// The outcome of checking one JWT.
struct Verification
{
    enum class Verdict
    {
        Valid,
        InvalidSignature,
        UnknownKey,
        Malformed
    };
    Verdict verdict = Verdict::Malformed;
    QString kid; ///< the JWT's kid (from x5t when it has no kid)
    QString keyName, keyOrigin; ///< the key that decided (Valid, InvalidSignature)
    /// Signed by a sandbox: the issuer is "NIC Sandbox" or "IRN Desk Sandbox" (the local sandbox
    /// IRP), or the kid is that of a known NIC sandbox key.
    /// A sandbox QR code on a real invoice is not a valid e-invoice: the user must be warned.
    bool sandbox = false;
    QString message; ///< for Malformed: what is wrong (translated)
    std::optional<Jwt> jwt; ///< the decoded JWT, unless Malformed

    bool isValid() const { return verdict == Verdict::Valid; }
    /// Signed by NIC's sandbox (a known NIC sandbox kid, or an issuer that is NIC's), as opposed
    /// to another sandbox IRP such as IRN Desk's local one.
    bool isNicSandbox() const;
    /// "valid", "invalid-signature", "unknown-key", "malformed" (for JSON output; not translated).
    static QString verdictCode(Verdict verdict);
    /// The same in words for people, translated.
    static QString verdictText(Verdict verdict);
};

class TrustStore
{
public:
    /// An empty store (no key at all).
    TrustStore() = default;
    /// The keys shipped with the program: NIC's sandbox signing keys at :/keys, marked sandbox.
    static TrustStore withBuiltInKeys();

    /// Adds a PEM public key or certificate (or DER certificate) from `path`, not sandbox.
    /// The error names the file.
    Status addKeyFile(const QString& path);
    /// Adds every key file (*.pem, *.crt, *.cer, *.der) of `directory`, none of them sandbox. A
    /// file that is not a key is left out and named in the returned list of problems.
    QStringList addKeyDirectory(const QString& directory);
    /// Where the keys the user trusts are kept: $IRNDESK_KEYS, else "keys" in the application's
    /// data folder. The app's "Trust a key…" and `irndesk-cli verify` read it.
    static QString userKeyDirectory();
    /// Checks that `path` is a public key or certificate and copies it into userKeyDirectory().
    /// Returns the copy's path; the error names the file.
    static Result<QString> importUserKey(const QString& path);
    /// withBuiltInKeys() and the keys of userKeyDirectory(); `problems` gets the unreadable files.
    static TrustStore withUserKeys(QStringList* problems = nullptr);
    void addKey(const TrustedKey& key) { m_keys.append(key); }
    const QList<TrustedKey>& keys() const { return m_keys; }

    Verification verify(const Jwt& jwt) const;
    /// parseJwt() then verify(); Malformed with the reason when it does not parse.
    Verification verify(const QString& jwtText) const;

    /// The kids of NIC's sandbox signing keys (spec §4.2), known even when their keys are not loaded.
    static bool isKnownSandboxKid(const QString& kid);

private:
    QList<TrustedKey> m_keys;
};

/// The kid that a key file's name gives ("..._kid_1513B821.pem" -> "1513B821"); empty if none.
QString kidFromFileName(const QString& fileName);

} // namespace irndesk::irp
