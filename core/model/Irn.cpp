// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Irn.h"

#include "core/model/Dates.h"
#include "core/model/Invoice.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#endif

#include <algorithm>
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

#if defined(__x86_64__) || defined(__i386__)
#define IRNDESK_SHA_NI 1

// SHA-256 (FIPS 180-4) with the x86 SHA extensions, which most CPUs of the last years have (AMD
// since Zen, Intel since Ice Lake and the Atoms): an IRN's one block takes about 150 instructions
// here and about 4,000 in QCryptographicHash's portable code. Chosen at run time; the others
// keep QCryptographicHash. TestIrn checks this against QCryptographicHash on inputs of every
// length up to a few blocks.

bool cpuHasShaExtensions()
{
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) {
        return false;
    }
    const bool ssse3 = (ecx & (1u << 9)) != 0;
    const bool sse41 = (ecx & (1u << 19)) != 0;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) {
        return false;
    }
    const bool sha = (ebx & (1u << 29)) != 0;
    return ssse3 && sse41 && sha;
}

alignas(16) constexpr quint32 kRoundConstants[64] = {
    0x428a2f98,
    0x71374491,
    0xb5c0fbcf,
    0xe9b5dba5,
    0x3956c25b,
    0x59f111f1,
    0x923f82a4,
    0xab1c5ed5,
    0xd807aa98,
    0x12835b01,
    0x243185be,
    0x550c7dc3,
    0x72be5d74,
    0x80deb1fe,
    0x9bdc06a7,
    0xc19bf174,
    0xe49b69c1,
    0xefbe4786,
    0x0fc19dc6,
    0x240ca1cc,
    0x2de92c6f,
    0x4a7484aa,
    0x5cb0a9dc,
    0x76f988da,
    0x983e5152,
    0xa831c66d,
    0xb00327c8,
    0xbf597fc7,
    0xc6e00bf3,
    0xd5a79147,
    0x06ca6351,
    0x14292967,
    0x27b70a85,
    0x2e1b2138,
    0x4d2c6dfc,
    0x53380d13,
    0x650a7354,
    0x766a0abb,
    0x81c2c92e,
    0x92722c85,
    0xa2bfe8a1,
    0xa81a664b,
    0xc24b8b70,
    0xc76c51a3,
    0xd192e819,
    0xd6990624,
    0xf40e3585,
    0x106aa070,
    0x19a4c116,
    0x1e376c08,
    0x2748774c,
    0x34b0bcb5,
    0x391c0cb3,
    0x4ed8aa4a,
    0x5b9cca4f,
    0x682e6ff3,
    0x748f82ee,
    0x78a5636f,
    0x84c87814,
    0x8cc70208,
    0x90befffa,
    0xa4506ceb,
    0xbef9a3f7,
    0xc67178f2,
};

/// Runs the compression function over `blocks` 64-byte blocks. `state` is H0..H7.
__attribute__((target("sha,sse4.1,ssse3"))) void sha256Blocks(quint32 (&state)[8], const uchar* data, qsizetype blocks)
{
    // The instructions keep the eight words as ABEF and CDGH.
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[0]));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[4]));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    hgfe = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, hgfe, 8);
    __m128i cdgh = _mm_blend_epi16(hgfe, cdab, 0xF0);

    for (qsizetype block = 0; block < blocks; ++block, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i w[4]; // the message schedule, four words per register, reused in turn
        for (int g = 0; g < 16; ++g) { // 16 groups of four rounds
            __m128i& current = w[g % 4];
            if (g < 4) {
                current = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * g)), byteSwap);
            }
            __m128i words =
                _mm_add_epi32(current, _mm_load_si128(reinterpret_cast<const __m128i*>(&kRoundConstants[4 * g])));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, words);
            if (g >= 3 && g <= 14) { // the next group's words
                __m128i& next = w[(g + 1) % 4];
                next = _mm_add_epi32(next, _mm_alignr_epi8(current, w[(g + 3) % 4], 4));
                next = _mm_sha256msg2_epu32(next, current);
            }
            words = _mm_shuffle_epi32(words, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, words);
            if (g >= 1 && g <= 12) {
                __m128i& previous = w[(g + 3) % 4];
                previous = _mm_sha256msg1_epu32(previous, current);
            }
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[0]), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[4]), _mm_alignr_epi8(dchg, feba, 8));
}

/// SHA-256 of `input` with the SHA extensions: the whole blocks, then the padded tail.
void sha256WithShaExtensions(QByteArrayView input, uchar (&digest)[32])
{
    quint32 state[8] = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    };
    const auto* data = reinterpret_cast<const uchar*>(input.data());
    const qsizetype whole = input.size() / 64;
    sha256Blocks(state, data, whole);
    // The rest, 0x80, zeros and the length in bits (big-endian): one block or two.
    uchar tail[128] = {};
    const qsizetype rest = input.size() - whole * 64;
    std::copy_n(data + whole * 64, rest, tail);
    tail[rest] = 0x80;
    const qsizetype tailSize = rest < 56 ? 64 : 128;
    const quint64 bits = quint64(input.size()) * 8;
    for (int i = 0; i < 8; ++i) {
        tail[tailSize - 1 - i] = uchar(bits >> (8 * i));
    }
    sha256Blocks(state, tail, tailSize / 64);
    for (int i = 0; i < 8; ++i) {
        digest[4 * i] = uchar(state[i] >> 24);
        digest[4 * i + 1] = uchar(state[i] >> 16);
        digest[4 * i + 2] = uchar(state[i] >> 8);
        digest[4 * i + 3] = uchar(state[i]);
    }
}
#endif

/// The lower-case hex SHA-256 of `input`, without allocating but for the result.
QString sha256Hex(QByteArrayView input)
{
    uchar digest[32];
#ifdef IRNDESK_SHA_NI
    static const bool shaExtensions = cpuHasShaExtensions() && !qEnvironmentVariableIsSet("IRNDESK_NO_SHA_NI");
    if (shaExtensions) {
        sha256WithShaExtensions(input, digest);
    } else
#endif
    {
        thread_local QCryptographicHash hasher(QCryptographicHash::Sha256); // one per thread: no allocation
        hasher.reset();
        hasher.addData(input);
        const QByteArrayView result = hasher.resultView();
        std::copy_n(reinterpret_cast<const uchar*>(result.data()), 32, digest);
    }
    static constexpr char kHex[] = "0123456789abcdef";
    QString hex(64, Qt::Uninitialized);
    QChar* out = hex.data();
    for (uchar byte : digest) {
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
