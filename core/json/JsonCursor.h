// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace irndesk {

/// A forward-only JSON tokenizer over UTF-8 bytes in memory. It keeps numbers as their source
/// text (so decimals are counted on the text and no double is ever made), decodes strings, and
/// reports syntax errors with line and column. It does not allocate except to decode strings.
class JsonCursor
{
public:
    enum class Kind {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
        Invalid,
        End,
    };

    /// `firstLine`/`firstColumn` are the position of `begin` in the whole file.
    JsonCursor(const char* begin, const char* end, int firstLine = 1, int firstColumn = 1);

    Q_ALWAYS_INLINE void skipWhitespace()
    {
        while (m_pos < m_end && isWhitespace(*m_pos)) {
            ++m_pos;
        }
    }
    /// Skips white space and tells what the next value is, without consuming it.
    Q_ALWAYS_INLINE Kind peekKind()
    {
        skipWhitespace();
        if (m_pos >= m_end) {
            return Kind::End;
        }
        switch (*m_pos) {
        case '{':
            return Kind::Object;
        case '[':
            return Kind::Array;
        case '"':
            return Kind::String;
        case 't':
            return Kind::True;
        case 'f':
            return Kind::False;
        case 'n':
            return Kind::Null;
        default:
            return (*m_pos == '-' || (*m_pos >= '0' && *m_pos <= '9')) ? Kind::Number : Kind::Invalid;
        }
    }
    /// Skips white space and consumes `c` if it comes next.
    Q_ALWAYS_INLINE bool consume(char c)
    {
        skipWhitespace();
        if (m_pos < m_end && *m_pos == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool atEnd()
    {
        skipWhitespace();
        return m_pos >= m_end;
    }

    /// Reads a string value (the cursor is on its opening quote) into `out`, in its own memory
    /// when it has room.
    bool readString(QString& out);
    /// Reads a string as UTF-8 bytes: a view into the input when it has no escapes, else decoded
    /// into `scratch`.
    bool readStringBytes(std::string_view& out, std::string& scratch);
    /// The string readStringBytes() returned last is plain ASCII (no byte above 0x7F).
    bool lastStringIsAscii() const { return m_lastAscii; }
    /// When the cursor is on the string `text` written plainly (no escapes; `text` has no quote,
    /// backslash or control character): consumes it and returns true.
    Q_ALWAYS_INLINE bool consumePlainString(const char* text, std::size_t length)
    {
        if (static_cast<std::size_t>(m_end - m_pos) < length + 2 || m_pos[0] != '"' || m_pos[length + 1] != '"') {
            return false;
        }
        for (std::size_t i = 0; i < length; ++i) { // keys are short: a loop beats memcmp
            if (m_pos[i + 1] != text[i]) {
                return false;
            }
        }
        m_pos += length + 2;
        return true;
    }
    /// Reads a number of the kind invoices are made of, as an integer scaled by 10^`scale`: at
    /// most 15 digits before the point, at most `scale` after it, no exponent. Returns false and
    /// leaves the cursor where it was for anything else (readNumber() and parseDecimal() decide).
    bool readPlainDecimal(int scale, std::int64_t& raw)
    {
        const char* p = m_pos;
        const bool negative = p < m_end && *p == '-';
        if (negative) {
            ++p;
        }
        const char* const integerStart = p;
        std::int64_t value = 0;
        while (p < m_end && *p >= '0' && *p <= '9') {
            value = value * 10 + (*p++ - '0');
        }
        if (p == integerStart || p - integerStart > 15 || (*integerStart == '0' && p - integerStart > 1)) {
            return false;
        }
        int fraction = 0;
        if (p < m_end && *p == '.') {
            ++p;
            while (p < m_end && *p >= '0' && *p <= '9') {
                if (fraction == scale) {
                    return false; // to be rounded, and reported
                }
                value = value * 10 + (*p++ - '0');
                ++fraction;
            }
            if (fraction == 0) {
                return false;
            }
        }
        if (p < m_end && (*p == '.' || *p == 'e' || *p == 'E' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
            return false; // an exponent, or not a number
        }
        for (int k = fraction; k < scale; ++k) {
            value *= 10;
        }
        raw = negative ? -value : value;
        m_pos = p;
        return true;
    }
    /// Steps over a string value (the cursor is on its opening quote) without decoding it or
    /// checking its escapes and UTF-8: for the values a reader does not use.
    bool skipString();
    /// Reads a number and returns its source text.
    bool readNumber(std::string_view& text);
    /// Reads true, false or null.
    bool readLiteral();
    /// Skips any value, however nested (iteratively: deep nesting cannot overflow the stack).
    bool skipValue();

    /// Sets a syntax error at the current position (the first one wins).
    void fail(const QString& message);
    bool failed() const { return !m_error.isEmpty(); }
    /// The first error happened because the input ran out (it may be cut short, not broken).
    bool failedAtEnd() const { return m_failedAtEnd; }
    const QString& errorMessage() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

    const char* position() const { return m_pos; }
    /// Line and column of a position in the input (counted on demand: errors are rare).
    void lineColumn(const char* at, int& line, int& column) const;

    /// Human words for a kind: "a string", "a number", ...
    static QString describe(Kind kind);

private:
    static bool isWhitespace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
    bool decodeString(std::string& out);

    const char* m_begin;
    const char* m_pos;
    const char* m_end;
    int m_firstLine;
    int m_firstColumn;
    QString m_error;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    bool m_failedAtEnd = false;
    bool m_lastAscii = true;
};

/// True when `bytes` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view bytes);

} // namespace irndesk
