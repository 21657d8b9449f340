// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Irn.h"

#include "core/model/Dates.h"
#include "core/model/Invoice.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <array>
#include <optional>

namespace irndesk {

namespace {

// The IRN is computed for every invoice a file holds, so this file checks the parts by hand
// (no QRegularExpression), builds the hash input in a buffer on the stack and writes the hex
// digits straight into the result: the only allocation is the returned string.

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
bool isUpperLetter(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}
bool isLetter(char16_t c)
{
    return isUpperLetter(c) || (c >= u'a' && c <= u'z');
}
char16_t asciiUpper(char16_t c)
{
    return c >= u'a' && c <= u'z' ? char16_t(c - (u'a' - u'A')) : c;
}
bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            return false;
        }
    }
    return true;
}

/// ^[0-9]{2}[0-9A-Z]{13}$
bool isGstinShape(QStringView gstin)
{
    if (gstin.size() != 15 || !isDigit(gstin[0].unicode()) || !isDigit(gstin[1].unicode())) {
        return false;
    }
    for (qsizetype i = 2; i < 15; ++i) {
        const char16_t c = gstin[i].unicode();
        if (!isDigit(c) && !isUpperLetter(c)) {
            return false;
        }
    }
    return true;
}

/// ^[a-zA-Z1-9][a-zA-Z0-9/-]{0,15}$, the document number of the schema.
bool isDocNumberShape(QStringView number)
{
    if (number.isEmpty() || number.size() > 16) {
        return false;
    }
    const char16_t first = number[0].unicode();
    if (!isLetter(first) && !(first >= u'1' && first <= u'9')) {
        return false;
    }
    for (qsizetype i = 1; i < number.size(); ++i) {
        const char16_t c = number[i].unicode();
        if (!isLetter(c) && !isDigit(c) && c != u'/' && c != u'-') {
            return false;
        }
    }
    return true;
}

enum class DocType
{
    Invalid,
    Inv,
    Crn,
    Dbn,
};
constexpr std::array<const char*, 4> kDocTypeText = { "", "INV", "CRN", "DBN" };

/// The type upper-cased as QString::toUpper() does it: by hand for ASCII, and through toUpper()
/// otherwise (a dotless ı upper-cases to I, so "ınv" is INV to the old code and stays so).
DocType docTypeOf(QStringView type)
{
    if (!isAscii(type)) {
        const QString upper = type.toString().toUpper();
        return isAscii(upper) ? docTypeOf(upper) : DocType::Invalid;
    }
    if (type.size() != 3) {
        return DocType::Invalid;
    }
    const char16_t a = asciiUpper(type[0].unicode());
    const char16_t b = asciiUpper(type[1].unicode());
    const char16_t c = asciiUpper(type[2].unicode());
    if (a == u'I' && b == u'N' && c == u'V') {
        return DocType::Inv;
    }
    if (a == u'C' && b == u'R' && c == u'N') {
        return DocType::Crn;
    }
    if (a == u'D' && b == u'B' && c == u'N') {
        return DocType::Dbn;
    }
    return DocType::Invalid;
}

/// The bytes that are hashed: GSTIN + "YYYY-YY" + type + number, at most 41 of them for valid parts.
class HashInput
{
public:
    /// Appends ASCII text, upper-cased if asked. False when it does not fit.
    bool append(QStringView ascii, bool upper)
    {
        if (ascii.size() > qsizetype(m_bytes.size()) - m_size) {
            return false;
        }
        for (QChar c : ascii) {
            m_bytes[std::size_t(m_size++)] = char(upper ? asciiUpper(c.unicode()) : c.unicode());
        }
        return true;
    }
    bool append(const char* ascii)
    {
        for (; *ascii; ++ascii) {
            if (m_size == qsizetype(m_bytes.size())) {
                return false;
            }
            m_bytes[std::size_t(m_size++)] = *ascii;
        }
        return true;
    }
    /// "2019-20" for the financial year starting in 2019; false (nothing written) outside the
    /// years 1000 to 9999, which financialYear() spells differently.
    bool appendFinancialYear(int start)
    {
        if (start < 1000 || start > 9999 || m_size + 7 > qsizetype(m_bytes.size())) {
            return false;
        }
        const int next = (start + 1) % 100;
        const char text[7] = { char('0' + start / 1000),
            char('0' + start / 100 % 10),
            char('0' + start / 10 % 10),
            char('0' + start % 10),
            '-',
            char('0' + next / 10),
            char('0' + next % 10) };
        for (char c : text) {
            m_bytes[std::size_t(m_size++)] = c;
        }
        return true;
    }
    QByteArrayView bytes() const { return QByteArrayView(m_bytes.data(), m_size); }

private:
    std::array<char, 96> m_bytes{};
    qsizetype m_size = 0;
};

/// The lower-case hex SHA-256 of `input`. Each thread keeps one hasher, so that hashing does not
/// allocate.
QString sha256Hex(QByteArrayView input)
{
    thread_local QCryptographicHash hasher(QCryptographicHash::Sha256);
    hasher.reset();
    hasher.addData(input);
    const QByteArrayView digest = hasher.resultView();
    static constexpr char kHex[] = "0123456789abcdef";
    QString hex(2 * digest.size(), Qt::Uninitialized);
    QChar* out = hex.data();
    for (char c : digest) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = QLatin1Char(kHex[byte >> 4]);
        *out++ = QLatin1Char(kHex[byte & 0xf]);
    }
    return hex;
}

/// The IRN of parts already checked: a GSTIN of the right shape, the financial year, a valid
/// type and a number of the right shape.
QString irnOfCheckedParts(
    QStringView gstin, int financialYearStart, DocType type, QStringView number, DocNoCase docNoCase)
{
    HashInput input;
    if (!input.append(gstin, false) || !input.appendFinancialYear(financialYearStart)
        || !input.append(kDocTypeText[std::size_t(type)]) || !input.append(number, docNoCase == DocNoCase::Upper)) {
        return {}; // not for checked parts: their bytes always fit
    }
    return sha256Hex(input.bytes());
}

enum class BadPart
{
    None,
    Gstin,
    Date,
    Type,
    Number,
};

/// The checks of irnFromParts(), in its order; on success the financial year and type are set.
BadPart checkParts(
    QStringView gstin, QStringView date, QStringView type, QStringView number, int& fyStart, DocType& docType)
{
    if (!isGstinShape(gstin)) {
        return BadPart::Gstin;
    }
    const std::optional<DateParts> parts = parseInvoiceDateParts(date);
    if (!parts) {
        return BadPart::Date;
    }
    fyStart = financialYearStart(parts->year, parts->month);
    docType = docTypeOf(type);
    if (docType == DocType::Invalid) {
        return BadPart::Type;
    }
    if (!isDocNumberShape(number)) {
        return BadPart::Number;
    }
    return BadPart::None;
}

} // namespace

QString computeIrn(const QString& gstin,
    QDate documentDate,
    const QString& documentType,
    const QString& documentNumber,
    DocNoCase docNoCase)
{
    const int fyStart = financialYearStart(documentDate.year(), documentDate.month());
    HashInput input;
    if (isAscii(gstin) && isAscii(documentType) && isAscii(documentNumber) && input.append(gstin, false)
        && input.appendFinancialYear(fyStart) && input.append(documentType, true)
        && input.append(documentNumber, docNoCase == DocNoCase::Upper)) {
        return sha256Hex(input.bytes());
    }
    // Anything else (other scripts, long parts, odd years): Unicode upper case, UTF-8.
    const QString number = docNoCase == DocNoCase::Upper ? documentNumber.toUpper() : documentNumber;
    const QString text = gstin + financialYear(documentDate) + documentType.toUpper() + number;
    return sha256Hex(text.toUtf8());
}

Result<QString> irnFromParts(const QString& gstin,
    const QString& documentDate,
    const QString& documentType,
    const QString& documentNumber,
    DocNoCase docNoCase)
{
    int fyStart = 0;
    DocType type = DocType::Invalid;
    switch (checkParts(gstin, documentDate, documentType, documentNumber, fyStart, type)) {
    case BadPart::Gstin:
        return Error{ ErrorCode::InvalidArgument,
            QCoreApplication::translate("irndesk::irn", "GSTIN '%1' is not 15 characters: 2 digits and 13 of 0-9 A-Z")
                .arg(gstin),
            {} };
    case BadPart::Date:
        return Error{ ErrorCode::InvalidArgument,
            QCoreApplication::translate("irndesk::irn", "date '%1' is not a real date in the form DD/MM/YYYY")
                .arg(documentDate),
            {} };
    case BadPart::Type:
        return Error{ ErrorCode::InvalidArgument,
            QCoreApplication::translate("irndesk::irn", "document type '%1' is not one of INV, CRN, DBN")
                .arg(documentType),
            {} };
    case BadPart::Number:
        return Error{ ErrorCode::InvalidArgument,
            QCoreApplication::translate("irndesk::irn",
                "document number '%1' must be 1 to 16 characters of A-Z a-z 0-9 / -, "
                "not starting with 0, / or -")
                .arg(documentNumber),
            {} };
    case BadPart::None:
        break;
    }
    return irnOfCheckedParts(gstin, fyStart, type, documentNumber, docNoCase);
}

QString invoiceIrn(const Invoice& invoice, DocNoCase docNoCase)
{
    const Text& gstin = invoice.sellerDtls.gstin;
    const Text& date = invoice.docDtls.dt;
    const Text& type = invoice.docDtls.typ;
    const Text& number = invoice.docDtls.no;
    int fyStart = 0;
    DocType docType = DocType::Invalid;
    if (!gstin || !date || !type || !number
        || checkParts(*gstin, *date, *type, *number, fyStart, docType) != BadPart::None) {
        return {};
    }
    return irnOfCheckedParts(*gstin, fyStart, docType, *number, docNoCase);
}

} // namespace irndesk
