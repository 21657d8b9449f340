// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LocalSandbox.h"

#include "core/irp/IrpCrypto.h"
#include "core/irp/TrustStore.h"
#include "core/sandbox/SandboxThread.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace irndesk::ui {

LocalSandbox::LocalSandbox(QObject* parent)
    : QObject(parent)
{
}

LocalSandbox::~LocalSandbox()
{
    stop();
}

void LocalSandbox::stop()
{
    m_server.reset();
}

Result<irp::IrpConnection> LocalSandbox::connectionFor(const QString& gstin, const QString& folder, const QList<sandbox::GstinDetails>& gstins)
{
    if (m_server && gstin == m_gstin) {
        return m_connection;
    }
    stop();
    const QString dir = folder.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sandbox"))
        : folder;
    QDir().mkpath(dir);
    // A user made up for this run: the sandbox is on loopback, for this program only.
    const QString secret = QString::fromLatin1(irp::crypto::randomBytes(12).toHex());
    const QString password = QString::fromLatin1(irp::crypto::randomBytes(12).toHex());
    sandbox::SandboxOptions options;
    options.keysDir = QDir(dir).filePath(QStringLiteral("keys"));
    options.stateFile = QDir(dir).filePath(QStringLiteral("registrations.json"));
    options.gstins = gstins;
    options.users = { sandbox::SandboxUser{ QStringLiteral("irndesk-app"), secret, QStringLiteral("app"), password, gstin } };
    m_server = std::make_unique<sandbox::SandboxThread>(options);
    if (Status started = m_server->start(); !started) {
        stop();
        return started.error();
    }
    irp::IrpConnection c;
    c.baseUrl = m_server->url().toString();
    c.clientId = QStringLiteral("irndesk-app");
    c.clientSecret = secret;
    c.userName = QStringLiteral("app");
    c.password = password;
    c.gstin = gstin;
    QFile key(m_server->authPublicKeyPath());
    if (!key.open(QIODevice::ReadOnly)) {
        stop();
        return Error{ ErrorCode::Io, tr("the local sandbox published no key: %1").arg(key.fileName()), {} };
    }
    c.authKey = irp::PublicKey::fromPem(key.readAll()).value();
    c.timeoutMs = 15000;
    // Its QR codes verify in the app (and say they come from a sandbox).
    (void)irp::TrustStore::importUserKey(m_server->signCertPath());
    m_gstin = gstin;
    m_connection = c;
    return c;
}

} // namespace irndesk::ui
