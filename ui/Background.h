// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <utility>

namespace irndesk::ui {

/// Runs `work` in a thread of its own and hands its result to `done` on the GUI thread — only if
/// `receiver` still exists then (a window closed while the IRP was answering gets nothing). For
/// single blocking calls (an IRP request) that must not freeze the window.
template <class Work, class Done>
void runInBackground(QObject* receiver, Work work, Done done)
{
    const QPointer<QObject> guard(receiver);
    QThread* thread = QThread::create([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            qApp,
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard) {
                    done(result);
                }
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace irndesk::ui
