// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/irp/IrpCrypto.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace irndesk::sandbox {

/// The keys of the local sandbox IRP.
///
/// - the auth key: RSA-2048; clients encrypt the auth payload with its public half, which is
///   published as `auth_public.pem` (what NIC publishes for its own sandbox, spec §5.2);
/// - the signing key: a separate RSA-2048 key with a self-signed X.509 certificate
///   (`sign_cert.pem`); SignedInvoice and SignedQRCode carry kid = upper-case hex SHA-1 of the
///   certificate's DER and x5t = base64url of the same 20 bytes, as NIC does (spec §4.2), so
///   irp::TrustStore::addKeyFile("sign_cert.pem") verifies what the sandbox signs;
/// - for HTTPS only: a CA (`ca_cert.pem`, for clients to trust exactly this CA) and a server
///   certificate it issued for 127.0.0.1 and localhost.
///
/// In a folder, the private keys are kept next to the public files (mode 0600) and reused on the
/// next start, so clients keep trusting the same keys.
struct SandboxKeys
{
    irp::PrivateKey authKey;
    irp::PrivateKey signKey;
    QByteArray signCertPem, signCertDer;
    QString kid; ///< upper-case hex SHA-1 of signCertDer
    QString x5t; ///< base64url of the same 20 bytes

    // HTTPS (empty unless asked for)
    QByteArray caCertPem, serverCertPem, serverKeyPem;

    static constexpr const char* kAuthPublicFile = "auth_public.pem";
    static constexpr const char* kSignCertFile = "sign_cert.pem";
    static constexpr const char* kCaCertFile = "ca_cert.pem";

    /// Reads the keys kept in `directory`, makes those that are missing and writes them there
    /// (with their public files). An empty `directory` makes fresh keys in memory only.
    static Result<SandboxKeys> loadOrCreate(const QString& directory, bool tls);
};

} // namespace irndesk::sandbox
