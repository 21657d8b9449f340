// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Invoice.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <memory>

namespace irndesk::bench {

/// What the generator makes. The same options give the same invoices, in the same order, on every
/// machine: the generator draws from its own std::mt19937_64 stream with its own distributions
/// (the standard distributions are implementation-defined) and reads no clock when `today` is set.
struct GeneratorOptions
{
    quint64 seed = 1;
    /// Each invoice gets 1..itemsMax lines (clamped to 1..1000, the IRP's limit).
    int itemsMax = 5;
    /// Every date lies in the 20 days before `today` (never on or after it), except batch expiry and
    /// warranty dates, which lie ahead of the document date. An invalid date means
    /// QDate::currentDate(), which makes the output depend on the day it runs. The schema's date
    /// pattern admits years 2010-2029, so `today` must lie in 2011-2029.
    QDate today;
};

/// A deterministic source of fully valid INV-01 v1.1 invoices, for benchmarks and for tests that
/// want realistic data.
///
/// Every invoice passes the draft-07 schema and the business rules of spec §3 that can be checked
/// offline: all supply types (B2B intra-state with CGST+SGST, inter-state IGST, IgstOnIntra = Y,
/// SEZWP, SEZWOP, EXPWP, EXPWOP, DEXP), INV/CRN/DBN (CRN and DBN carry RefDtls.PrecDocDtls),
/// reverse charge on B2B services, exports to a URP buyer with ExpDtls, e-way bill blocks on goods
/// invoices, GSTINs with a correct check character and the party's state as prefix, PINs of the
/// party's state, UQC units, HSN/SAC codes of the e-invoice list, GST rates of the date's regime
/// (5/18/40 from 22-Sep-2025), document numbers that are unique (case-insensitively) across one
/// generator's output. Every amount is computed by irndesk::recompute(), so the arithmetic is
/// exact; about 70 % of the invoices are rounded to the rupee.
///
/// Not generated: EcmGstin (e-commerce), state cess, non-ad-valorem cess, Irn.
class InvoiceGenerator
{
public:
    explicit InvoiceGenerator(GeneratorOptions options = {});
    ~InvoiceGenerator();
    InvoiceGenerator(InvoiceGenerator&&) noexcept;
    InvoiceGenerator& operator=(InvoiceGenerator&&) noexcept;
    InvoiceGenerator(const InvoiceGenerator&) = delete;
    InvoiceGenerator& operator=(const InvoiceGenerator&) = delete;

    /// The next invoice of the sequence. Document numbers (a prefix and a 7-digit serial) are unique
    /// and valid for the first 9,999,999 invoices.
    Invoice next();
    /// How many invoices next() has returned.
    qint64 generatedCount() const;
    /// The effective `today` (the option, or the current date when it was invalid).
    QDate today() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace irndesk::bench
