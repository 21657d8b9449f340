// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/JsonCursor.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace irndesk {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

/// The character a one-letter escape stands for (\n -> newline), or 0 for none.
char unescape(char e)
{
    static constexpr std::pair<char, char> kEscapes[] = {
        {'"', '"'}, {'\\', '\\'}, {'/', '/'}, {'b', '\b'}, {'f', '\f'}, {'n', '\n'}, {'r', '\r'}, {'t', '\t'}};
    for (const auto& [letter, character] : kEscapes) {
        if (letter == e) {
            return character;
        }
    }
    return 0;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

} // namespace

bool isValidUtf8(std::string_view bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        char32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + static_cast<std::size_t>(k) >= n || (s[i + k] & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
            return false;
        }
        i += static_cast<std::size_t>(extra) + 1;
    }
    return true;
}

JsonCursor::JsonCursor(const char* begin, const char* end, int firstLine, int firstColumn)
    : m_begin(begin)
    , m_pos(begin)
    , m_end(end)
    , m_firstLine(firstLine)
    , m_firstColumn(firstColumn)
{
}

bool JsonCursor::readStringBytes(std::string_view& out, std::string& scratch)
{
    skipWhitespace();
    if (m_pos >= m_end || *m_pos != '"') {
        fail(QCoreApplication::translate("irndesk::json", "expected a string in double quotes"));
        return false;
    }
    // Bytes that end the fast path: the closing quote, an escape, a control character.
    static constexpr auto kStop = [] {
        std::array<bool, 256> stop{};
        for (int c = 0; c < 0x20; ++c) {
            stop[static_cast<std::size_t>(c)] = true;
        }
        stop['"'] = true;
        stop['\\'] = true;
        return stop;
    }();
    const char* start = m_pos + 1;
    const char* p = start;
    unsigned char high = 0; // the OR of all bytes: bit 7 tells of non-ASCII
#if defined(__SSE2__)
    // Sixteen bytes at a time while they are there: most strings of an invoice end in the first.
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i control = _mm_set1_epi8(0x1F);
    while (m_end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
                                          _mm_cmpeq_epi8(_mm_min_epu8(bytes, control), bytes));
        const unsigned stopMask = static_cast<unsigned>(_mm_movemask_epi8(stop));
        const unsigned highMask = static_cast<unsigned>(_mm_movemask_epi8(bytes));
        if (stopMask != 0) {
            const int at = __builtin_ctz(stopMask);
            high |= (highMask & ((1u << at) - 1)) != 0 ? 0x80 : 0;
            p += at;
            break;
        }
        high |= highMask != 0 ? 0x80 : 0;
        p += 16;
    }
#endif
    while (p < m_end && !kStop[static_cast<unsigned char>(*p)]) {
        high |= static_cast<unsigned char>(*p);
        ++p;
    }
    if (p < m_end && *p == '"') {
        out = std::string_view(start, static_cast<std::size_t>(p - start));
        m_pos = p + 1;
        m_lastAscii = high < 0x80;
        if (!m_lastAscii && !isValidUtf8(out)) {
            m_pos = start - 1;
            fail(QCoreApplication::translate("irndesk::json", "the string is not valid UTF-8"));
            return false;
        }
        return true;
    }
    scratch.clear();
    if (!decodeString(scratch)) {
        return false;
    }
    out = scratch;
    m_lastAscii = std::all_of(scratch.begin(), scratch.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    return true;
}

bool JsonCursor::decodeString(std::string& out)
{
    // m_pos is on the opening quote
    const char* p = m_pos + 1;
    const char* runStart = p;
    while (true) {
        if (p >= m_end) {
            m_pos = p;
            fail(QCoreApplication::translate("irndesk::json", "the string is not closed: the text ends inside it"));
            return false;
        }
        const char c = *p;
        if (c == '"') {
            out.append(runStart, static_cast<std::size_t>(p - runStart));
            m_pos = p + 1;
            break;
        }
        if (static_cast<unsigned char>(c) < 0x20) {
            m_pos = p;
            fail(QCoreApplication::translate("irndesk::json", "a control character (such as a line break) inside a string must be escaped"));
            return false;
        }
        if (c != '\\') {
            ++p;
            continue;
        }
        out.append(runStart, static_cast<std::size_t>(p - runStart));
        if (p + 1 >= m_end) {
            m_pos = p;
            fail(QCoreApplication::translate("irndesk::json", "the string is not closed: the text ends inside it"));
            return false;
        }
        const char e = p[1];
        p += 2;
        if (const char plain = unescape(e)) {
            out.push_back(plain);
            runStart = p;
            continue;
        }
        switch (e) {
        case 'u': {
            auto readHex4 = [&](char32_t& v) {
                if (m_end - p < 4) {
                    return false;
                }
                v = 0;
                for (int k = 0; k < 4; ++k) {
                    const int h = hexValue(p[k]);
                    if (h < 0) {
                        return false;
                    }
                    v = v * 16 + static_cast<char32_t>(h);
                }
                p += 4;
                return true;
            };
            char32_t cp = 0;
            if (!readHex4(cp)) {
                m_pos = p - 2;
                fail(QCoreApplication::translate("irndesk::json", "\\u must be followed by four hexadecimal digits"));
                return false;
            }
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low = 0;
                if (m_end - p >= 2 && p[0] == '\\' && p[1] == 'u') {
                    p += 2;
                    if (!readHex4(low) || low < 0xDC00 || low > 0xDFFF) {
                        m_pos = p - 2;
                        fail(QCoreApplication::translate("irndesk::json", "a \\u escape of a surrogate pair is incomplete"));
                        return false;
                    }
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else {
                    m_pos = p - 6;
                    fail(QCoreApplication::translate("irndesk::json", "a \\u escape of a surrogate pair is incomplete"));
                    return false;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                m_pos = p - 6;
                fail(QCoreApplication::translate("irndesk::json", "a \\u escape of a surrogate pair is incomplete"));
                return false;
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            m_pos = p - 2;
            fail(QCoreApplication::translate("irndesk::json", "unknown escape sequence in a string"));
            return false;
        }
        runStart = p;
    }
    if (!isValidUtf8(out)) {
        fail(QCoreApplication::translate("irndesk::json", "the string is not valid UTF-8"));
        return false;
    }
    return true;
}

bool JsonCursor::readString(QString& out)
{
    std::string_view bytes;
    std::string scratch;
    if (!readStringBytes(bytes, scratch)) {
        return false;
    }
    const auto size = static_cast<qsizetype>(bytes.size());
    if (!m_lastAscii) {
        out = QString::fromUtf8(bytes.data(), size);
        return true;
    }
    // ASCII: widened into the string's own memory, which a string read before may have left big
    // enough (resize() reallocates only when it is shared or too small).
    out.resize(size);
    auto* to = reinterpret_cast<char16_t*>(out.data());
    const char* from = bytes.data();
    qsizetype i = 0;
#if defined(__SSE2__)
    // Sixteen at a time: names and addresses are 10 to 40 characters.
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= size; i += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + i));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(to + i), _mm_unpacklo_epi8(chunk, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(to + i + 8), _mm_unpackhi_epi8(chunk, zero));
    }
#endif
    for (; i < size; ++i) {
        to[i] = static_cast<char16_t>(static_cast<unsigned char>(from[i]));
    }
    return true;
}

bool JsonCursor::skipString()
{
    skipWhitespace();
    if (m_pos >= m_end || *m_pos != '"') {
        fail(QCoreApplication::translate("irndesk::json", "expected a string in double quotes"));
        return false;
    }
    const char* p = m_pos + 1;
    while (true) {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        while (m_end - p >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            const auto stop = static_cast<unsigned>(
                _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash))));
            if (stop != 0) {
                p += __builtin_ctz(stop);
                break;
            }
            p += 16;
        }
#endif
        while (p < m_end && *p != '"' && *p != '\\') {
            ++p;
        }
        if (p >= m_end || (*p == '\\' && p + 1 >= m_end)) {
            m_pos = m_end;
            fail(QCoreApplication::translate("irndesk::json", "the string is not closed: the text ends inside it"));
            return false;
        }
        if (*p == '"') {
            m_pos = p + 1;
            return true;
        }
        p += 2; // a backslash and the character it escapes
    }
}

bool JsonCursor::readNumber(std::string_view& text)
{
    skipWhitespace();
    const char* start = m_pos;
    const char* p = m_pos;
    if (p < m_end && *p == '-') {
        ++p;
    }
    if (p >= m_end || !isDigit(*p)) {
        fail(QCoreApplication::translate("irndesk::json", "expected a number"));
        return false;
    }
    if (*p == '0') {
        ++p;
    } else {
        while (p < m_end && isDigit(*p)) {
            ++p;
        }
    }
    if (p < m_end && *p == '.') {
        ++p;
        if (p >= m_end || !isDigit(*p)) {
            m_pos = p;
            fail(QCoreApplication::translate("irndesk::json", "a digit must follow the decimal point"));
            return false;
        }
        while (p < m_end && isDigit(*p)) {
            ++p;
        }
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < m_end && (*p == '+' || *p == '-')) {
            ++p;
        }
        if (p >= m_end || !isDigit(*p)) {
            m_pos = p;
            fail(QCoreApplication::translate("irndesk::json", "a digit must follow the exponent"));
            return false;
        }
        while (p < m_end && isDigit(*p)) {
            ++p;
        }
    }
    if (p < m_end && (isDigit(*p) || *p == '.' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
        m_pos = p;
        fail(QCoreApplication::translate("irndesk::json", "not a valid number"));
        return false;
    }
    text = std::string_view(start, static_cast<std::size_t>(p - start));
    m_pos = p;
    return true;
}

bool JsonCursor::readLiteral()
{
    skipWhitespace();
    for (const char* word : {"true", "false", "null"}) {
        const auto len = static_cast<std::ptrdiff_t>(std::strlen(word));
        if (m_end - m_pos >= len && std::memcmp(m_pos, word, static_cast<std::size_t>(len)) == 0) {
            const char* after = m_pos + len;
            if (after < m_end && ((*after >= 'a' && *after <= 'z') || (*after >= 'A' && *after <= 'Z') || isDigit(*after))) {
                break;
            }
            m_pos = after;
            return true;
        }
    }
    fail(QCoreApplication::translate("irndesk::json", "unexpected text: expected a value (a string, number, object, array, true, false or null)"));
    return false;
}

bool JsonCursor::skipValue()
{
    // Iterative: a stack of open containers ('{' or '[').
    std::vector<char> open;
    std::string scratch;
    std::string_view ignored;
    bool expectValue = true;
    auto readKey = [&] {
        if (peekKind() != Kind::String) {
            fail(QCoreApplication::translate("irndesk::json", "expected a key in double quotes"));
            return false;
        }
        if (!readStringBytes(ignored, scratch)) {
            return false;
        }
        if (!consume(':')) {
            fail(QCoreApplication::translate("irndesk::json", "expected ':' after the key"));
            return false;
        }
        return true;
    };
    while (true) {
        if (expectValue) {
            switch (peekKind()) {
            case Kind::Object:
                ++m_pos;
                open.push_back('{');
                if (consume('}')) {
                    open.pop_back();
                    break;
                }
                if (!readKey()) {
                    return false;
                }
                continue;
            case Kind::Array:
                ++m_pos;
                open.push_back('[');
                if (consume(']')) {
                    open.pop_back();
                    break;
                }
                continue;
            case Kind::String:
                if (!readStringBytes(ignored, scratch)) {
                    return false;
                }
                break;
            case Kind::Number:
                if (!readNumber(ignored)) {
                    return false;
                }
                break;
            case Kind::True:
            case Kind::False:
            case Kind::Null:
            case Kind::Invalid:
                if (!readLiteral()) {
                    return false;
                }
                break;
            case Kind::End:
                fail(QCoreApplication::translate("irndesk::json", "the text ends where a value was expected"));
                return false;
            }
            expectValue = false;
        }
        if (open.empty()) {
            return true;
        }
        const char container = open.back();
        if (consume(',')) {
            if (container == '{' && !readKey()) {
                return false;
            }
            expectValue = true;
            continue;
        }
        if (consume(container == '{' ? '}' : ']')) {
            open.pop_back();
            continue;
        }
        fail(container == '{' ? QCoreApplication::translate("irndesk::json", "expected ',' or '}' after a value") : QCoreApplication::translate("irndesk::json", "expected ',' or ']' after a value"));
        return false;
    }
}

void JsonCursor::fail(const QString& message)
{
    if (!m_error.isEmpty()) {
        return;
    }
    m_error = message;
    m_failedAtEnd = m_pos >= m_end;
    lineColumn(m_pos, m_errorLine, m_errorColumn);
}

void JsonCursor::lineColumn(const char* at, int& line, int& column) const
{
    line = m_firstLine;
    const char* lineStart = nullptr;
    for (const char* p = m_begin; p < at && p < m_end; ++p) {
        if (*p == '\n') {
            ++line;
            lineStart = p + 1;
        }
    }
    if (lineStart) {
        column = static_cast<int>(at - lineStart) + 1;
    } else {
        column = static_cast<int>(at - m_begin) + m_firstColumn;
    }
}

QString JsonCursor::describe(Kind kind)
{
    switch (kind) {
    case Kind::Object:
        return QCoreApplication::translate("irndesk::json", "an object");
    case Kind::Array:
        return QCoreApplication::translate("irndesk::json", "an array");
    case Kind::String:
        return QCoreApplication::translate("irndesk::json", "a string");
    case Kind::Number:
        return QCoreApplication::translate("irndesk::json", "a number");
    case Kind::True:
    case Kind::False:
        return QCoreApplication::translate("irndesk::json", "true or false");
    case Kind::Null:
        return QCoreApplication::translate("irndesk::json", "null");
    case Kind::Invalid:
        return QCoreApplication::translate("irndesk::json", "something that is not JSON");
    case Kind::End:
        return QCoreApplication::translate("irndesk::json", "the end of the text");
    }
    return {};
}

} // namespace irndesk
