// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sandbox/SandboxServer.h"

#include <QThread>

namespace irndesk::sandbox {

/// A SandboxServer in a thread of its own, for callers whose IRP client blocks the thread it runs
/// in (irp::IrpClient waits on its socket): tests, benchmarks, the app. Every call is made from
/// the thread that owns the SandboxThread and waits until the sandbox's thread has done it.
class SandboxThread
{
public:
    explicit SandboxThread(SandboxOptions options);
    ~SandboxThread();
    SandboxThread(const SandboxThread&) = delete;
    SandboxThread& operator=(const SandboxThread&) = delete;

    /// Starts the thread and the sandbox in it (SandboxServer::start()).
    Status start();
    /// Stops the sandbox and its thread (the registrations are gone unless kept in a state file).
    void stop();
    bool isRunning() const { return m_server != nullptr; }

    QUrl url() const { return m_url; }
    const SandboxKeys& keys() const { return m_keys; }
    QString authPublicKeyPath() const { return m_authPublicKeyPath; }
    QString signCertPath() const { return m_signCertPath; }
    QString caCertPath() const { return m_caCertPath; }

    void setFaults(const SandboxFaults& faults);
    void setClockOffsetSeconds(qint64 seconds);
    int expireTokens();
    QList<Registration> registrations() const;
    int requestCount() const;

private:
    /// Runs `f` on the sandbox's thread and waits for it.
    template <class F>
    void inThread(F f) const;

    SandboxOptions m_options;
    QThread m_thread;
    SandboxServer* m_server = nullptr; ///< lives in m_thread
    QUrl m_url;
    SandboxKeys m_keys;
    QString m_authPublicKeyPath, m_signCertPath, m_caCertPath;
};

} // namespace irndesk::sandbox
