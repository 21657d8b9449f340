// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/InvoiceWriter.h"

#include <cstring>
#include <string>

namespace irndesk {

namespace {

void appendEscaped(std::string& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    const QChar* chars = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    for (; i < n; ++i) {
        const char16_t c = chars[i].unicode();
        if (c >= 0x80) {
            break;
        }
        if (c >= 0x20 && c != '"' && c != '\\') {
            out.push_back(static_cast<char>(c));
        } else if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c == '\n') {
            out.append("\\n", 2);
        } else if (c == '\r') {
            out.append("\\r", 2);
        } else if (c == '\t') {
            out.append("\\t", 2);
        } else {
            out.append("\\u00", 4);
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 0xF]);
        }
    }
    if (i < n) {
        // Non-ASCII from here on: convert the rest to UTF-8 and escape what JSON requires.
        const QByteArray rest = QStringView(text).mid(i).toUtf8();
        for (const char ch : rest) {
            const auto c = static_cast<unsigned char>(ch);
            if (c == '"' || c == '\\') {
                out.push_back('\\');
                out.push_back(ch);
            } else if (c < 0x20) {
                out.append("\\u00", 4);
                out.push_back(hex[c >> 4]);
                out.push_back(hex[c & 0xF]);
            } else {
                out.push_back(ch);
            }
        }
    }
    out.push_back('"');
}

void appendNumber(std::string& out, std::int64_t raw, int scale)
{
    char buffer[kDecimalBufferSize];
    const int length = formatDecimal(buffer, raw, scale);
    out.append(buffer + sizeof(buffer) - length, static_cast<std::size_t>(length));
}

/// Walks a section's fields() list and appends the present ones.
template <class T>
class ObjectWriter
{
public:
    ObjectWriter(std::string& out, const T& object, JsonStyle style, int depth)
        : m_out(out)
        , m_object(object)
        , m_style(style)
        , m_depth(depth)
    {
    }

    /// Writes {...}; returns false (and writes nothing) when no field is present.
    bool write(bool omitIfEmpty)
    {
        const std::size_t start = m_out.size();
        m_out.push_back('{');
        T::fields(*this);
        if (m_count == 0) {
            if (omitIfEmpty) {
                m_out.resize(start);
                return false;
            }
            m_out.push_back('}');
            return true;
        }
        newline(m_depth);
        m_out.push_back('}');
        return true;
    }

    void field(const char* name, Text T::*member)
    {
        if (const Text& v = m_object.*member) {
            key(name);
            appendEscaped(m_out, *v);
        }
    }
    template <int Scale>
    void field(const char* name, std::optional<Fixed<Scale>> T::*member)
    {
        if (const auto& v = m_object.*member) {
            key(name);
            appendNumber(m_out, v->raw(), Scale);
        }
    }
    void field(const char* name, Integer T::*member)
    {
        if (const Integer& v = m_object.*member) {
            key(name);
            appendNumber(m_out, *v, 0);
        }
    }
    template <class S>
    void field(const char* name, S T::*member) // a mandatory section
    {
        // Written when it has a field. An empty one stays out, so that a file that lacked the
        // section reads, writes and reads again the same (the rules report it missing).
        const std::size_t mark = m_out.size();
        const int count = m_count;
        key(name);
        ObjectWriter<S> inner(m_out, m_object.*member, m_style, m_depth + 1);
        if (!inner.write(true)) {
            m_out.resize(mark);
            m_count = count;
        }
    }
    template <class S>
    void field(const char* name, std::optional<S> T::*member)
    {
        const auto& v = m_object.*member;
        if (!v) {
            return;
        }
        const std::size_t mark = m_out.size();
        const int count = m_count;
        key(name);
        ObjectWriter<S> inner(m_out, *v, m_style, m_depth + 1);
        if (!inner.write(true)) { // an empty optional object is omitted
            m_out.resize(mark);
            m_count = count;
        }
    }
    template <class S>
    void field(const char* name, QList<S> T::*member)
    {
        const QList<S>& list = m_object.*member;
        if (list.isEmpty()) {
            return;
        }
        key(name);
        m_out.push_back('[');
        bool first = true;
        for (const S& element : list) {
            if (!first) {
                m_out.push_back(',');
            }
            first = false;
            newline(m_depth + 2);
            ObjectWriter<S> inner(m_out, element, m_style, m_depth + 2);
            inner.write(false); // keep positions: an empty element stays {}
        }
        newline(m_depth + 1);
        m_out.push_back(']');
    }

private:
    void newline(int depth)
    {
        if (m_style == JsonStyle::Indented) {
            m_out.push_back('\n');
            m_out.append(static_cast<std::size_t>(depth) * 2, ' ');
        }
    }
    void key(const char* name)
    {
        if (m_count++ > 0) {
            m_out.push_back(',');
        }
        newline(m_depth + 1);
        m_out.push_back('"');
        m_out.append(name);
        m_out.append(m_style == JsonStyle::Indented ? "\": " : "\":");
    }

    std::string& m_out;
    const T& m_object;
    JsonStyle m_style;
    int m_depth;
    int m_count = 0;
};

} // namespace

void appendInvoiceJson(QByteArray& out, const Invoice& invoice, JsonStyle style)
{
    // std::string's inline push_back is far cheaper than QByteArray::append(char); one buffer
    // per thread is reused across invoices.
    thread_local std::string buffer;
    buffer.clear();
    ObjectWriter<Invoice>(buffer, invoice, style, 0).write(false);
    out.append(buffer.data(), static_cast<qsizetype>(buffer.size()));
}

QByteArray invoiceToJson(const Invoice& invoice, JsonStyle style)
{
    QByteArray out;
    out.reserve(2048);
    appendInvoiceJson(out, invoice, style);
    return out;
}

QByteArray invoicesToJsonArray(const QList<Invoice>& invoices, JsonStyle style)
{
    QByteArray out;
    out.append('[');
    bool first = true;
    for (const Invoice& invoice : invoices) {
        if (!first) {
            out.append(',');
        }
        first = false;
        out.append('\n');
        appendInvoiceJson(out, invoice, style);
    }
    out.append(invoices.isEmpty() ? "]\n" : "\n]\n");
    return out;
}

} // namespace irndesk
