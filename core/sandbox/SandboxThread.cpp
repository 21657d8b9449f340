// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sandbox/SandboxThread.h"

namespace irndesk::sandbox {

SandboxThread::SandboxThread(SandboxOptions options)
    : m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("irndesk sandbox"));
}

SandboxThread::~SandboxThread()
{
    stop();
}

template <class F>
void SandboxThread::inThread(F f) const
{
    if (m_server) {
        QMetaObject::invokeMethod(m_server, f, Qt::BlockingQueuedConnection);
    }
}

Status SandboxThread::start()
{
    if (m_server) {
        return Ok{};
    }
    m_thread.start();
    m_server = new SandboxServer(m_options);
    m_server->moveToThread(&m_thread);
    Status started = Ok{};
    inThread([&] {
        started = m_server->start();
        m_url = m_server->url();
        m_keys = m_server->keys();
        m_authPublicKeyPath = m_server->authPublicKeyPath();
        m_signCertPath = m_server->signCertPath();
        m_caCertPath = m_server->caCertPath();
    });
    if (!started) {
        stop();
    }
    return started;
}

void SandboxThread::stop()
{
    SandboxServer* server = m_server;
    inThread([server] { server->stop(); }); // its sockets are closed in their own thread
    m_server = nullptr;
    m_thread.quit();
    m_thread.wait();
    delete server; // the thread is over: nothing runs in it any more

}

void SandboxThread::setFaults(const SandboxFaults& faults)
{
    inThread([&] { m_server->setFaults(faults); });
}

void SandboxThread::setClockOffsetSeconds(qint64 seconds)
{
    inThread([&] { m_server->setClockOffsetSeconds(seconds); });
}

int SandboxThread::expireTokens()
{
    int expired = 0;
    inThread([&] { expired = m_server->expireTokens(); });
    return expired;
}

QList<Registration> SandboxThread::registrations() const
{
    QList<Registration> out;
    inThread([&] { out = m_server->registrations(); });
    return out;
}

int SandboxThread::requestCount() const
{
    int count = 0;
    inThread([&] { count = m_server->requestCount(); });
    return count;
}

} // namespace irndesk::sandbox
