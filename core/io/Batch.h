// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/io: one store transaction shared by many small steps of a bulk job.

#include "core/store/Store.h"

#include <QElapsedTimer>

#include <optional>

namespace irndesk::io {

/// A write transaction that bulk import and export keep open for up to half a second: every
/// commit rewrites each index page it touched, so fewer, larger commits write far less, while a
/// killed process loses at most that half second of work (whole invoices only).
class Batch
{
public:
    static constexpr qint64 kMaxAgeMs = 500;

    explicit Batch(store::Store& store)
        : m_store(store)
    {
    }
    /// Opens the transaction unless one is open.
    Status begin()
    {
        if (!m_transaction) {
            m_transaction.emplace(m_store);
            if (Status s = m_transaction->status(); !s) {
                m_transaction.reset();
                return s;
            }
            m_age.start();
        }
        return Ok{};
    }
    bool isOpen() const { return m_transaction.has_value(); }
    bool isOld() const { return m_transaction && m_age.elapsed() >= kMaxAgeMs; }
    Status commitIfOld() { return isOld() ? commit() : Status(Ok{}); }
    Status commit()
    {
        if (!m_transaction) {
            return Ok{};
        }
        const Status s = m_transaction->commit();
        m_transaction.reset();
        return s;
    }
    /// Drops the transaction: nothing done since begin() is kept.
    void rollback() { m_transaction.reset(); }

private:
    store::Store& m_store;
    std::optional<store::Store::Transaction> m_transaction;
    QElapsedTimer m_age;
};

} // namespace irndesk::io
