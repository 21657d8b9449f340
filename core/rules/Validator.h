// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Finding.h"
#include "core/rules/RuleContext.h"

#include <QHash>
#include <QString>

namespace irndesk {

struct Invoice;

/// Checks one invoice offline as the IRP would: the schema of spec §2.2 (code SCHEMA) and the
/// business rules of spec §3 (IRP codes). Every problem is reported, not just the first.
/// Pure: no I/O, no clock, no settings; safe to call from several threads at once.
Findings validate(const Invoice& invoice, const RuleContext& context);

/// The rules across the invoices of one batch (a bulk file, an export): the same document number
/// twice for one seller GSTIN, financial year and document type, compared case-insensitively as
/// the IRP does since June 2025 (2150). Feed the invoices in order; memory grows with the number
/// of invoices (24 bytes each for schema-valid numbers), not with their size.
class BatchChecker
{
public:
    /// What the batch rules read of one invoice (seller GSTIN, document type and number as
    /// written, and the financial year of the date), in a small value that shares no memory with
    /// the invoice: a worker thread makes it, the thread that calls add() takes it. No allocation
    /// for fields of the schema's lengths in ASCII.
    class Entry
    {
    public:
        Entry() = default; ///< an invoice without those fields: never a duplicate
        explicit Entry(const Invoice& invoice);

    private:
        friend class BatchChecker;
        static constexpr int kInline = 40; ///< GSTIN (15) + type (3) + number (16), with room
        bool m_present = false; ///< GSTIN, type, number and a real date are there
        bool m_inline = false; ///< the three are ASCII and in m_typed
        quint8 m_gstinSize = 0, m_typeSize = 0, m_numberSize = 0;
        int m_financialYear = 0; ///< the year it starts in
        char m_typed[kInline] = {}; ///< GSTIN, type and number as written, one after the other
        QString m_gstin, m_type, m_number; ///< otherwise
    };

    /// Findings for `invoice`, the `index`-th of the batch (0-based), against those added before.
    Findings add(const Invoice& invoice, int index) { return add(Entry(invoice), index); }
    Findings add(const Entry& entry, int index);

private:
    /// A document as 128 bits: its group (GSTIN, year, type) and its number, when that has the
    /// schema's form (see Validator.cpp).
    struct Key
    {
        quint64 high = 0, low = 0;
        friend bool operator==(const Key& a, const Key& b) { return a.high == b.high && a.low == b.low; }
        friend size_t qHash(const Key& key, size_t seed = 0) noexcept { return qHashMulti(seed, key.high, key.low); }
    };
    int groupOf(QByteArrayView group);

    QHash<Key, int> m_first; ///< (group, number) -> 1 + index of its first invoice
    QHash<QByteArray, int> m_groups; ///< GSTIN, financial year and type, upper-cased -> group number
    QByteArray m_lastGroup; ///< the group of the invoice before, and its number: batches are
    int m_lastGroupId = -1; ///< mostly one seller's invoices of one year and type
    QHash<QString, int> m_other; ///< any other key, spelt out -> 1 + index of its first invoice
};

} // namespace irndesk
