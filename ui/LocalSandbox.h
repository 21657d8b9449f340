// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/irp/IrpClient.h"
#include "core/sandbox/SandboxIrp.h"

#include <QObject>

#include <memory>

namespace irndesk::sandbox {
class SandboxThread;
}

namespace irndesk::ui {

/// The profile name the journal records for the app's local sandbox (not a saved profile).
inline constexpr QLatin1String kLocalSandboxProfile("local-sandbox");

/// The "local sandbox" IRP the app starts for practice and demos: the same sandbox as
/// `irndesk-cli sandbox`, in a thread of the app, on 127.0.0.1, with its keys and registrations
/// kept in the data folder (so they survive a restart) and a user for the seller being worked on.
/// Its signing certificate is added to the keys the user trusts, so its QR codes verify (and are
/// marked as sandbox ones).
class LocalSandbox : public QObject
{
    Q_OBJECT

public:
    explicit LocalSandbox(QObject* parent = nullptr);
    ~LocalSandbox() override;

    /// Starts the sandbox (or restarts it, when the seller changed) and returns a connection to
    /// it for `gstin`. `folder` holds its keys and registrations (default: the data folder).
    /// `gstins` are the GSTIN details its Master/gstin API answers (the store's sellers and parties).
    Result<irp::IrpConnection> connectionFor(const QString& gstin, const QString& folder = {}, const QList<sandbox::GstinDetails>& gstins = {});
    bool isRunning() const { return m_server != nullptr; }
    void stop();

private:
    std::unique_ptr<sandbox::SandboxThread> m_server;
    QString m_gstin;
    irp::IrpConnection m_connection;
};

} // namespace irndesk::ui
