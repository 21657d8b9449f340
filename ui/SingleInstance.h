// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace irndesk::ui {

/// One running irndesk per store: a second start on the same store hands its files to the first
/// and exits; a start on another store runs on its own.
///
/// The first listens on a local socket named after the user and a hash of the store's canonical
/// path (serverName()). A start connects to it: when one answers, it sends its request and is
/// done; when none does, a socket left by a killed instance is removed and the start listens. A
/// lock file beside the socket makes the check and the listen one step, so that two starts at
/// the same moment do not both become the first.
///
/// The request is a few lines of UTF-8, the first naming the protocol and its version:
///
///     IRNDESK-INSTANCE 1
///     ACTIVATE
///     IMPORT <absolute path, percent-encoded>      (none or more)
///     END
///
/// and the answer is "OK" or "ERROR <why>", on a line. A line the server does not know is ignored
/// (a later version may add some); another version is answered with ERROR.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    static constexpr int kProtocolVersion = 1;

    enum class Start
    {
        First, ///< no other instance on the store: this one listens now
        HandedOver, ///< another one took the request: this one may exit
        Failed, ///< another one is there but did not take it, or listening failed (see error())
    };

    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    /// The local socket name for the store at `storePath` (an existing file or not).
    static QString serverName(const QString& storePath);
    /// The canonical absolute path of `path`, also for a file not made yet (its folder's).
    static QString canonicalPath(const QString& path);

    /// Hands `files` to the instance on `storePath` or, when there is none, becomes it.
    Start start(const QString& storePath, const QStringList& files);
    /// Listens for `storePath` instead of the store listened for so far (after the user opened
    /// another). False when another instance already serves it (this one then serves none).
    bool serve(const QString& storePath);
    bool isListening() const;
    QString error() const { return m_error; }

signals:
    /// A later start on the same store asks to be shown, and to import `files` (absolute paths).
    void activationRequested(const QStringList& files);

private:
    enum class Sent
    {
        NoInstance,
        Taken,
        Refused,
    };
    Sent send(const QString& name, const QStringList& files);
    bool listen(const QString& name);
    void onConnection();
    void onReadable(QLocalSocket* socket);

    QLocalServer* m_server = nullptr;
    QString m_error;
};

} // namespace irndesk::ui
