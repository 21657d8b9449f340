// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/InvoiceWriter.h"

namespace irndesk {

namespace {

void appendEscaped(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const QChar* chars = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    for (; i < n; ++i) {
        const char16_t c = chars[i].unicode();
        if (c >= 0x80) {
            break;
        }
        if (c == '"' || c == '\\') {
            out.append('\\').append(static_cast<char>(c));
        } else if (c < 0x20) {
            switch (c) {
            case '\n':
                out.append("\\n", 2);
                break;
            case '\r':
                out.append("\\r", 2);
                break;
            case '\t':
                out.append("\\t", 2);
                break;
            default:
                out.append("\\u00", 4).append(hex[c >> 4]).append(hex[c & 0xF]);
            }
        } else {
            out.append(static_cast<char>(c));
        }
    }
    if (i < n) {
        // Non-ASCII from here on: convert the rest to UTF-8 and escape what JSON requires.
        const QByteArray rest = QStringView(text).mid(i).toUtf8();
        for (const char ch : rest) {
            const auto c = static_cast<unsigned char>(ch);
            if (c == '"' || c == '\\') {
                out.append('\\').append(ch);
            } else if (c < 0x20) {
                out.append("\\u00", 4).append(hex[c >> 4]).append(hex[c & 0xF]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

/// Walks a section's fields() list and appends the present ones.
template <class T>
class ObjectWriter
{
public:
    ObjectWriter(QByteArray& out, const T& object, JsonStyle style, int depth)
        : m_out(out)
        , m_object(object)
        , m_style(style)
        , m_depth(depth)
    {
    }

    /// Writes {...}; returns false (and writes nothing) when no field is present.
    bool write(bool omitIfEmpty)
    {
        const qsizetype start = m_out.size();
        m_out.append('{');
        T::fields(*this);
        if (m_count == 0) {
            if (omitIfEmpty) {
                m_out.truncate(start);
                return false;
            }
            m_out.append('}');
            return true;
        }
        newline(m_depth);
        m_out.append('}');
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
            appendDecimal(m_out, v->raw(), Scale);
        }
    }
    void field(const char* name, Integer T::*member)
    {
        if (const Integer& v = m_object.*member) {
            key(name);
            m_out.append(QByteArray::number(*v));
        }
    }
    template <class S>
    void field(const char* name, S T::*member) // a mandatory section
    {
        // Written when it has a field. An empty one stays out, so that a file that lacked the
        // section reads, writes and reads again the same (the rules report it missing).
        const qsizetype mark = m_out.size();
        const int count = m_count;
        key(name);
        ObjectWriter<S> inner(m_out, m_object.*member, m_style, m_depth + 1);
        if (!inner.write(true)) {
            m_out.truncate(mark);
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
        const qsizetype mark = m_out.size();
        const int count = m_count;
        key(name);
        ObjectWriter<S> inner(m_out, *v, m_style, m_depth + 1);
        if (!inner.write(true)) { // an empty optional object is omitted
            m_out.truncate(mark);
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
        m_out.append('[');
        bool first = true;
        for (const S& element : list) {
            if (!first) {
                m_out.append(',');
            }
            first = false;
            newline(m_depth + 2);
            ObjectWriter<S> inner(m_out, element, m_style, m_depth + 2);
            inner.write(false); // keep positions: an empty element stays {}
        }
        newline(m_depth + 1);
        m_out.append(']');
    }

private:
    void newline(int depth)
    {
        if (m_style == JsonStyle::Indented) {
            m_out.append('\n');
            m_out.append(QByteArray(depth * 2, ' '));
        }
    }
    void key(const char* name)
    {
        if (m_count++ > 0) {
            m_out.append(',');
        }
        newline(m_depth + 1);
        m_out.append('"').append(name).append('"').append(':');
        if (m_style == JsonStyle::Indented) {
            m_out.append(' ');
        }
    }

    QByteArray& m_out;
    const T& m_object;
    JsonStyle m_style;
    int m_depth;
    int m_count = 0;
};

} // namespace

void appendInvoiceJson(QByteArray& out, const Invoice& invoice, JsonStyle style)
{
    ObjectWriter<Invoice>(out, invoice, style, 0).write(false);
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
