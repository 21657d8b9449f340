// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/io: work handed to a thread of Qt's global pool.

#include <QThreadPool>

#include <functional>
#include <future>
#include <memory>

namespace irndesk::io {

/// Runs `work` on a thread of QThreadPool::globalInstance() and returns its future. Bulk import
/// and export hand over one chunk after another: a pooled thread is used again each time (with
/// its warm malloc caches), where std::async would start and end a thread per chunk.
inline std::future<void> runInPool(std::function<void()> work)
{
    auto promise = std::make_shared<std::promise<void>>();
    std::future<void> future = promise->get_future();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        work();
        promise->set_value();
    });
    return future;
}

} // namespace irndesk::io
