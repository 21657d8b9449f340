// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SingleInstance.h"

#include "core/store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

constexpr char kMagic[] = "IRNDESK-INSTANCE ";
constexpr char kEnd[] = "END";
constexpr qsizetype kMaxRequest = 1 << 20; // a request is a few lines; more is not one of ours
constexpr int kConnectMs = 2000;
constexpr int kAnswerMs = 10000; // the first may be busy for a moment (a dialog opening, a query)
constexpr int kLockMs = 15000;

QByteArray header()
{
    return QByteArray(kMagic) + QByteArray::number(SingleInstance::kProtocolVersion);
}

QString lockPath(const QString& name)
{
    return QDir(QDir::tempPath()).filePath(name + u".lock"_s);
}

} // namespace

SingleInstance::SingleInstance(QObject* parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::canonicalPath(const QString& path)
{
    const QFileInfo info(path);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) {
        // Not made yet (the default store at a first start): its folder's canonical path, if any.
        const QString folder = info.absoluteDir().canonicalPath();
        canonical = folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + u'/' + info.fileName();
    }
#ifdef Q_OS_WIN
    canonical = canonical.toLower(); // one file, however its name is cased
#endif
    return canonical;
}

QString SingleInstance::serverName(const QString& storePath)
{
    QString user;
    for (const QChar c : store::Store::osUser()) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            user += c;
        }
    }
    const QByteArray hash =
        QCryptographicHash::hash(canonicalPath(storePath).toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return u"irndesk-"_s + user.left(32) + u'-' + QString::fromLatin1(hash);
}

SingleInstance::Start SingleInstance::start(const QString& storePath, const QStringList& files)
{
    const QString name = serverName(storePath);
    // The check and the listen are one step for all starts on the store. A lock left by a killed
    // start is taken over (QLockFile sees that its process is gone).
    QLockFile lock(lockPath(name));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(kLockMs)) {
        m_error = tr("another start on this store did not finish");
        return Start::Failed;
    }
    switch (send(name, files)) {
    case Sent::Taken:
        return Start::HandedOver;
    case Sent::Refused:
        return Start::Failed;
    case Sent::NoInstance:
        break;
    }
    return listen(name) ? Start::First : Start::Failed;
}

bool SingleInstance::serve(const QString& storePath)
{
    const QString name = serverName(storePath);
    if (m_server && m_server->isListening() && m_server->serverName() == name) {
        return true;
    }
    if (m_server) {
        m_server->close();
    }
    QLockFile lock(lockPath(name));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(kLockMs)) {
        m_error = tr("another start on this store did not finish");
        return false;
    }
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(kConnectMs)) {
        m_error = tr("another IRN Desk has this store open");
        return false;
    }
    return listen(name);
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

SingleInstance::Sent SingleInstance::send(const QString& name, const QStringList& files)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(kConnectMs)) {
        return Sent::NoInstance; // none, or a socket file left by a killed one
    }
    QByteArray request = header() + "\nACTIVATE\n";
    for (const QString& file : files) {
        request += "IMPORT " + QUrl::toPercentEncoding(file) + '\n';
    }
    request += QByteArray(kEnd) + '\n';
    socket.write(request);
    socket.flush();
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(kAnswerMs)) {
            m_error = tr("the IRN Desk already open on this store does not answer");
            return Sent::Refused;
        }
    }
    const QByteArray answer = socket.readLine().trimmed();
    if (answer != "OK") {
        m_error = tr("the IRN Desk already open on this store refused: %1").arg(QString::fromUtf8(answer));
        return Sent::Refused;
    }
    return Sent::Taken;
}

bool SingleInstance::listen(const QString& name)
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption); // no other user may ask
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    }
    QLocalServer::removeServer(name); // a socket file left by a killed instance: nobody answered
    if (!m_server->listen(name)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadable(socket); });
    }
}

void SingleInstance::onReadable(QLocalSocket* socket)
{
    const auto refuse = [socket](const QByteArray& why) {
        socket->write("ERROR " + why + '\n');
        socket->flush();
        socket->disconnectFromServer();
    };
    const QByteArray seen = socket->peek(socket->bytesAvailable());
    if (seen.size() > kMaxRequest) {
        refuse("request too long");
        return;
    }
    const qsizetype firstEnd = seen.indexOf('\n');
    if (firstEnd < 0) {
        return; // more is coming
    }
    const QByteArray first = seen.left(firstEnd).trimmed();
    if (first != header()) {
        refuse(first.startsWith(kMagic) ? "unsupported version" : "not a request");
        return;
    }
    if (!seen.endsWith('\n') || !seen.split('\n').contains(QByteArray(kEnd))) {
        return; // more is coming
    }
    const QList<QByteArray> lines = socket->readAll().split('\n');
    QStringList files;
    bool activate = false;
    for (const QByteArray& line : lines) {
        if (line == "ACTIVATE") {
            activate = true;
        } else if (line.startsWith("IMPORT ")) {
            const QString file = QUrl::fromPercentEncoding(line.mid(7));
            if (QFileInfo(file).isAbsolute()) {
                files << file;
            }
        } else if (line == kEnd) {
            break;
        }
    }
    socket->write("OK\n");
    socket->flush();
    socket->disconnectFromServer();
    if (activate || !files.isEmpty()) {
        emit activationRequested(files);
    }
}

} // namespace irndesk::ui
