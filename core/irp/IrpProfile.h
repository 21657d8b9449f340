// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/irp/IrpClient.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace irndesk::irp {

/// A configured IRP: where it is and who we are there, kept in the program's settings (shared by
/// the app and irndesk-cli). The two secrets — the client secret and the API user's password —
/// are never written there: they live in the OS keychain (when the profile says so and one is
/// available) or are read at run time from environment variables the profile names.
struct IrpProfile
{
    QString name;
    QString baseUrl;
    QString clientId, userName, gstin;
    QByteArray publicKeyPem; ///< the IRP's encryption key (auth), PEM
    QByteArray caCertPem; ///< a private endpoint's CA certificate(s), PEM; empty: the system's CAs
    QString clientSecretEnv, passwordEnv; ///< environment variables that hold the secrets
    bool keychain = false; ///< the secrets are in the OS keychain (tried before the variables)

    /// Checks the fields (name, URL, GSTIN, key); the error names the field.
    Status check() const;

    static QStringList names();
    static std::optional<IrpProfile> load(const QString& name);
    /// Adds or replaces the profile (no secret is written).
    Status save() const;
    static Status remove(const QString& name);

    /// The connection with the secrets read now: from the keychain, else the environment. The
    /// error says which secret is missing and where it was looked for — never its value.
    Result<IrpConnection> connection() const;
};

/// The OS keychain (qtkeychain: Secret Service, KWallet, macOS Keychain, Windows Credential
/// Store), for the secrets of profile `profile` ("client-secret", "password"). Errors say that no
/// keychain answered; callers then fall back to environment variables.
Status writeSecret(const QString& profile, const QString& which, const QString& value);
Result<QString> readSecret(const QString& profile, const QString& which);
Status deleteSecret(const QString& profile, const QString& which);

} // namespace irndesk::irp
