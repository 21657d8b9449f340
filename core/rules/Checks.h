// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the rule engine: how the check families report, and the families themselves. Each
// family lives in its own file and is called by validate() in the order below.

#include "core/model/Invoice.h"
#include "core/rules/Finding.h"
#include "core/rules/RuleContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace irndesk::rules {

/// Where the checks put their findings. Paths and texts are built only when a check fails, so a
/// valid invoice costs no allocation here.
class Report
{
public:
    explicit Report(Findings& out) : m_out(out) {}

    void error(const char* code, const char* rule, QString path, QString message, QString hint)
    {
        add(Finding::Severity::Error, code, rule, std::move(path), std::move(message), std::move(hint));
    }
    void warning(const char* code, const char* rule, QString path, QString message, QString hint)
    {
        add(Finding::Severity::Warning, code, rule, std::move(path), std::move(message), std::move(hint));
    }
    void add(Finding::Severity severity, const char* code, const char* rule, QString path, QString message,
             QString hint)
    {
        m_out.append(Finding{ QString::fromLatin1(code), QString::fromLatin1(rule), std::move(path), severity,
                              std::move(message), std::move(hint) });
    }
    /// True when any finding so far sits at `path` (lets a business rule stay quiet about a field
    /// the schema check already rejected).
    bool hasFindingAt(QStringView path) const
    {
        for (const Finding& f : m_out)
            if (f.path == path)
                return true;
        return false;
    }
    qsizetype size() const { return m_out.size(); }

private:
    Findings& m_out;
};

/// "ItemList[3].GstRt"
inline QString itemPath(qsizetype index, const char* field)
{
    return QStringLiteral("ItemList[%1].%2").arg(index).arg(QLatin1StringView(field));
}
/// "SellerDtls.Gstin"
inline QString fieldPath(const char* section, const char* field)
{
    return QLatin1StringView(section) + u'.' + QLatin1StringView(field);
}

/// TranDtls.SupTyp read as the rules need it; letter case is the schema check's business.
enum class Supply {
    Unknown,
    B2b,
    SezWithPayment,
    SezWithoutPayment,
    ExportWithPayment,
    ExportWithoutPayment,
    Deemed,
};
Supply supplyOf(const Text& supTyp);
inline bool isExport(Supply s)
{
    return s == Supply::ExportWithPayment || s == Supply::ExportWithoutPayment;
}
inline bool isSez(Supply s)
{
    return s == Supply::SezWithPayment || s == Supply::SezWithoutPayment;
}

/// A credit or debit note (CRN or DBN, in any letter case).
inline bool isNote(const Text& typ)
{
    return typ && (typ->compare(u"CRN", Qt::CaseInsensitive) == 0 || typ->compare(u"DBN", Qt::CaseInsensitive) == 0);
}

/// A Y/N flag that says Y ("y" is the schema check's finding, and reads as not Y here).
inline bool isYes(const Text& flag)
{
    return flag && *flag == u"Y";
}

/// GSTN advisory on the RSP-based levy (Notification 20/2025-CT, spec §3.6): pan masala
/// (2106 90 20) and tobacco (2401-2404) on documents dated from rspLevyStart() are taxed on the
/// retail sale price, which the invoice does not carry; the IRP suppresses 2194, 2234 and 2235.
inline bool isRspLevied(QStringView hsn)
{
    return hsn.startsWith(u"21069020") || hsn.startsWith(u"2401") || hsn.startsWith(u"2402") || hsn.startsWith(u"2403")
        || hsn.startsWith(u"2404");
}
inline QDate rspLevyStart()
{
    return QDate(2026, 2, 1);
}

/// An absent amount counts as zero in every sum.
inline Money orZero(const Amount& a)
{
    return a.value_or(Money());
}
inline Money absolute(Money m)
{
    return m.isNegative() ? -m : m;
}
/// An amount as the messages show it: "1180.50".
inline QString money(Money m)
{
    return m.toPlainString();
}

/// The state code a Stcd/Pos text holds ("07" and "7" are 7), or std::nullopt when it is absent or
/// not 1-2 digits.
std::optional<int> stateCodeOf(const Text& text);

/// The translation context of every rule text: write `Rules::tr("...")` in the check files
/// (lupdate files them under "irndesk::rules::Rules").
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::rules::Rules)
};

// The check families (one file each).
void checkSchema(const Invoice& invoice, const RuleContext& context, Report& report); // SchemaChecks.cpp
void checkParties(const Invoice& invoice, const RuleContext& context, Report& report); // PartyChecks.cpp: GSTIN, PIN, state
void checkSupply(const Invoice& invoice, const RuleContext& context, Report& report); // SupplyChecks.cpp: POS, tax heads, RCM, e-commerce, exports
void checkItems(const Invoice& invoice, const RuleContext& context, Report& report); // ItemChecks.cpp: HSN, units, rates, line arithmetic
void checkTotals(const Invoice& invoice, const RuleContext& context, Report& report); // TotalsChecks.cpp: ValDtls
void checkDocument(const Invoice& invoice, const RuleContext& context, Report& report); // DocumentChecks.cpp: dates, window, CRN/DBN refs
void checkEwayBill(const Invoice& invoice, const RuleContext& context, Report& report); // EwbChecks.cpp

} // namespace irndesk::rules
