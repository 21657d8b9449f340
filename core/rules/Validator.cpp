// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Validator.h"

#include "core/model/Dates.h"
#include "core/model/Invoice.h"
#include "core/rules/Checks.h"

#include <algorithm>

namespace irndesk {

namespace rules {

std::optional<int> stateCodeOf(const Text& text)
{
    if (!text || text->isEmpty() || text->size() > 2)
        return std::nullopt;
    int value = 0;
    for (QChar c : *text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

Supply supplyOf(const Text& supTyp)
{
    if (!supTyp)
        return Supply::Unknown;
    const QStringView s(*supTyp);
    auto is = [&](const char* name) { return s.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0; };
    if (is("B2B"))
        return Supply::B2b;
    if (is("SEZWP"))
        return Supply::SezWithPayment;
    if (is("SEZWOP"))
        return Supply::SezWithoutPayment;
    if (is("EXPWP"))
        return Supply::ExportWithPayment;
    if (is("EXPWOP"))
        return Supply::ExportWithoutPayment;
    if (is("DEXP"))
        return Supply::Deemed;
    return Supply::Unknown;
}

} // namespace rules

Findings validate(const Invoice& invoice, const RuleContext& context)
{
    Q_ASSERT(context.masters);
    Findings findings;
    rules::Report report(findings);
    rules::checkSchema(invoice, context, report);
    rules::checkDocument(invoice, context, report);
    rules::checkParties(invoice, context, report);
    rules::checkSupply(invoice, context, report);
    rules::checkItems(invoice, context, report);
    rules::checkTotals(invoice, context, report);
    rules::checkEwayBill(invoice, context, report);
    return findings;
}

namespace {

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

char asciiUpper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - ('a' - 'A')) : c;
}

/// Upper-cased ASCII text, as QString::toUpper() gives it, in a buffer of its own.
struct UpperText
{
    static constexpr int kCapacity = 64;
    char bytes[kCapacity];
    int size = 0;

    /// False when the text does not fit.
    bool setAscii(const char* text, int length)
    {
        if (length > kCapacity)
            return false;
        for (int i = 0; i < length; ++i)
            bytes[i] = asciiUpper(text[i]);
        size = length;
        return true;
    }
    /// False when the upper case is not ASCII, or does not fit.
    bool setUpper(const QString& text)
    {
        const QString upper = text.toUpper(); // other scripts: the rare way
        if (upper.size() > kCapacity || !isAscii(upper))
            return false;
        for (qsizetype i = 0; i < upper.size(); ++i)
            bytes[i] = char(upper[i].unicode());
        size = int(upper.size());
        return true;
    }
};

/// An upper-cased document number of at most 8 of 0-9 A-Z / - as a number in base 39 (digits
/// 1-38, so "0" and "00" differ): below 39^8 < 2^43. -1 for anything else.
qint64 numberPart(const char* text, int length)
{
    qint64 value = 0;
    for (int i = 0; i < length; ++i) {
        const char c = text[i];
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = 1 + (c - '0');
        else if (c >= 'A' && c <= 'Z')
            digit = 11 + (c - 'A');
        else if (c == '/')
            digit = 37;
        else if (c == '-')
            digit = 38;
        else
            return -1;
        value = value * 39 + digit;
    }
    return value;
}

} // namespace

BatchChecker::Entry::Entry(const Invoice& invoice)
{
    const Text& gstin = invoice.sellerDtls.gstin;
    const Text& type = invoice.docDtls.typ;
    const Text& number = invoice.docDtls.no;
    const std::optional<DateParts> date = parseInvoiceDateParts(invoice.docDtls.dt.value_or(QString()));
    if (!gstin || !type || !number || !date)
        return;
    m_present = true;
    m_financialYear = financialYearStart(date->year, date->month);
    if (gstin->size() + type->size() + number->size() <= kInline && isAscii(*gstin) && isAscii(*type)
        && isAscii(*number)) {
        m_inline = true;
        m_gstinSize = quint8(gstin->size());
        m_typeSize = quint8(type->size());
        m_numberSize = quint8(number->size());
        char* out = m_typed;
        for (const QString* part : { &*gstin, &*type, &*number }) {
            for (QChar c : *part)
                *out++ = char(c.unicode());
        }
    } else {
        // Copies that share no memory with the invoice, which its reader fills again.
        m_gstin = QString(gstin->constData(), gstin->size());
        m_type = QString(type->constData(), type->size());
        m_number = QString(number->constData(), number->size());
    }
}

int BatchChecker::groupOf(QByteArrayView group)
{
    if (m_lastGroupId >= 0 && QByteArrayView(m_lastGroup) == group)
        return m_lastGroupId;
    const auto it = m_groups.constFind(QByteArray::fromRawData(group.data(), group.size()));
    m_lastGroupId = it != m_groups.cend() ? it.value() : int(m_groups.size());
    m_lastGroup = group.toByteArray();
    if (it == m_groups.cend())
        m_groups.insert(m_lastGroup, m_lastGroupId);
    return m_lastGroupId;
}

// The key: the GSTIN, financial year and type make a group (most batches hold one or a few), and
// the number, of the schema's form (up to 16 of 0-9 A-Z / - once upper-cased), is two numbers
// below 2^43. Group and number fit 128 bits exactly, so equal keys are equal documents: no hash
// of the text, no text kept per invoice. Anything else (longer numbers, other characters) is
// spelt out in a second table; which table a document goes to depends on its upper-cased
// fields only, so two spellings of one document always meet.
Findings BatchChecker::add(const Entry& entry, int index)
{
    Findings findings;
    if (!entry.m_present)
        return findings;
    UpperText gstin, type, number;
    const bool ascii = entry.m_inline
        ? gstin.setAscii(entry.m_typed, entry.m_gstinSize)
            && type.setAscii(entry.m_typed + entry.m_gstinSize, entry.m_typeSize)
            && number.setAscii(entry.m_typed + entry.m_gstinSize + entry.m_typeSize, entry.m_numberSize)
        : gstin.setUpper(entry.m_gstin) && type.setUpper(entry.m_type) && number.setUpper(entry.m_number);
    const int firstLength = std::min(number.size, 8);
    const qint64 first = ascii && number.size <= 16 ? numberPart(number.bytes, firstLength) : -1;
    const qint64 second = first >= 0 ? numberPart(number.bytes + firstLength, number.size - firstLength) : -1;
    int* slot = nullptr;
    if (second >= 0) {
        // The group: GSTIN length, GSTIN, financial year (two bytes), type.
        char group[2 + 2 * UpperText::kCapacity + 2];
        int size = 0;
        group[size++] = char(gstin.size);
        std::copy_n(gstin.bytes, gstin.size, group + size);
        size += gstin.size;
        group[size++] = char(entry.m_financialYear >> 8);
        group[size++] = char(entry.m_financialYear & 0xff);
        std::copy_n(type.bytes, type.size, group + size);
        size += type.size;
        const auto id = quint64(groupOf(QByteArrayView(group, size)));
        const Key key{ (id << 22) | (quint64(second) >> 21), quint64(first) | (quint64(second) << 43) };
        slot = &m_first[key];
    } else {
        // Each field upper-cased, the GSTIN and type after their lengths: one text per document.
        auto upper = [&](const UpperText& text, const QString& typed) {
            return ascii ? QString::fromLatin1(text.bytes, text.size) : typed.toUpper();
        };
        const QString upperGstin = upper(gstin, entry.m_gstin);
        const QString upperType = upper(type, entry.m_type);
        const QString spelt = QString::number(upperGstin.size()) + u':' + upperGstin + u'|'
            + QString::number(entry.m_financialYear) + u'|' + QString::number(upperType.size()) + u':' + upperType
            + u'|' + upper(number, entry.m_number);
        slot = &m_other[spelt];
    }
    if (*slot == 0) {
        *slot = index + 1;
        return findings;
    }
    const int firstIndex = *slot - 1;
    auto typed = [&](const QString& text, int offset, int size) {
        return entry.m_inline ? QString::fromLatin1(entry.m_typed + offset, size) : text;
    };
    const QString typedGstin = typed(entry.m_gstin, 0, entry.m_gstinSize);
    const QString typedType = typed(entry.m_type, entry.m_gstinSize, entry.m_typeSize);
    const QString typedNumber = typed(entry.m_number, entry.m_gstinSize + entry.m_typeSize, entry.m_numberSize);
    const int fy = entry.m_financialYear;
    const QString financialYearText =
        QString::number(fy) + u'-' + QString::number((fy + 1) % 100).rightJustified(2, u'0');
    rules::Report report(findings);
    report.error("2150",
        "batch.duplicate-document",
        QStringLiteral("DocDtls.No"),
        rules::Rules::tr("Document %1 %2 of %3 appears again: invoice [%4] of this batch has the same "
                         "number in financial year %5 (the IRP compares numbers ignoring case)")
            // One arg() for all: a number like "A%1" must not take the later values.
            .arg(typedType, typedNumber, typedGstin, QString::number(firstIndex), financialYearText),
        rules::Rules::tr("Give each document its own number, or remove the duplicate. The IRP registers "
                         "a number only once per GSTIN, financial year and document type (2150)."));
    return findings;
}

} // namespace irndesk
