// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TableCsv.h"

#include "core/json/JsonCursor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace irndesk::io {

namespace {
constexpr qsizetype kBlockBytes = qsizetype(1) << 20;
constexpr qsizetype kMaxRowBytes = qsizetype(64) << 20;

// lupdate files Tr::tr() calls under this context wherever they are, inside classes too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::io)
};

bool isAscii(const char* begin, const char* end)
{
    unsigned char any = 0;
    for (const char* p = begin; p < end; ++p) {
        any |= static_cast<unsigned char>(*p);
    }
    return any < 0x80;
}
} // namespace

Result<std::unique_ptr<TableCsv>> TableCsv::open(const QString& path, char delimiter)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        return Error{ ErrorCode::Io,
            Tr::tr("%1: the file cannot be opened: %2").arg(QFileInfo(path).fileName(), file->errorString()),
            {} };
    }
    auto reader = std::make_unique<TableCsv>(file.get(), QFileInfo(path).fileName(), delimiter);
    reader->m_owned = std::move(file);
    return reader;
}

TableCsv::TableCsv(QIODevice* device, QString name, char delimiter)
    : m_device(device)
    , m_name(std::move(name))
    , m_delimiter(delimiter)
{}

TableCsv::~TableCsv() = default;

int TableCsv::lineAt(qsizetype offset) const
{
    const char* b = m_buffer.constData();
    return m_line + static_cast<int>(std::count(b + m_pos, b + std::min(offset, m_buffer.size()), '\n'));
}

void TableCsv::failAt(qsizetype offset, const QString& what)
{
    setError(ErrorCode::Syntax, Tr::tr("%1, line %2: %3").arg(m_name).arg(lineAt(offset)).arg(what));
}

bool TableCsv::fill()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_buffer.size() > kMaxRowBytes) {
        failAt(0, Tr::tr("a row longer than %1 MB: is a double quote not closed?").arg(kMaxRowBytes >> 20));
        return false;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kBlockBytes);
    const qint64 n = m_device->read(m_buffer.data() + old, kBlockBytes);
    if (n < 0) {
        m_buffer.resize(old);
        setError(ErrorCode::Io, Tr::tr("%1: the file cannot be read: %2").arg(m_name, m_device->errorString()));
        return false;
    }
    m_buffer.resize(old + static_cast<qsizetype>(n));
    m_deviceBytes += n;
    if (n == 0) {
        m_eof = true;
    }
    return true;
}

bool TableCsv::start()
{
    while (!m_eof && m_buffer.size() - m_pos < 3) {
        if (!fill()) {
            return false;
        }
    }
    const auto* u = reinterpret_cast<const unsigned char*>(m_buffer.constData());
    const qsizetype n = m_buffer.size();
    if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        setError(ErrorCode::Unsupported, Tr::tr("%1: the file is UTF-16 text; save it as \"CSV UTF-8\"").arg(m_name));
        return false;
    }
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        m_pos = 3;
    }
    if (m_delimiter != 0) {
        return true;
    }
    // The delimiter is the one of , ; TAB that the header line has most of outside quotes; a
    // tie or none at all means a comma.
    for (;;) {
        const char* b = m_buffer.constData();
        const qsizetype end = m_buffer.size();
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        bool quoted = false;
        qsizetype p = m_pos;
        for (; p < end; ++p) {
            const char c = b[p];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                commas += c == ',';
                semicolons += c == ';';
                tabs += c == '\t';
            }
        }
        if (p == end && !m_eof) {
            if (!fill()) {
                return false;
            }
            continue;
        }
        m_delimiter = ',';
        if (semicolons > commas && semicolons >= tabs) {
            m_delimiter = ';';
        } else if (tabs > commas && tabs > semicolons) {
            m_delimiter = '\t';
        }
        return true;
    }
}

TableCsv::Parse TableCsv::parseRecord(qsizetype& end)
{
    const char* b = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    const char d = m_delimiter;
    qsizetype p = m_pos;
    m_fields.clear();
    for (;;) {
        Field f;
        if (p < n && b[p] == '"') {
            qsizetype q = p + 1;
            f.begin = q;
            for (;;) {
                const void* hit = q < n ? std::memchr(b + q, '"', static_cast<std::size_t>(n - q)) : nullptr;
                if (hit == nullptr) {
                    if (m_eof) {
                        failAt(p, Tr::tr("a field in double quotes that starts on this line is never closed"));
                        return Parse::Failed;
                    }
                    return Parse::NeedMore;
                }
                q = static_cast<const char*>(hit) - b;
                if (q + 1 >= n && !m_eof) {
                    return Parse::NeedMore; // a doubled quote may follow
                }
                if (q + 1 < n && b[q + 1] == '"') {
                    f.needsCopy = true;
                    q += 2;
                    continue;
                }
                break;
            }
            f.end = q;
            if (!f.needsCopy && std::memchr(b + f.begin, '\r', static_cast<std::size_t>(f.end - f.begin)) != nullptr) {
                f.needsCopy = true;
            }
            p = q + 1;
            if (p < n && b[p] != d && b[p] != '\n' && b[p] != '\r') {
                failAt(p,
                    Tr::tr("text after the closing double quote of a field; a double quote inside a quoted field "
                       "must be written twice (\"\")"));
                return Parse::Failed;
            }
        } else {
            // A quote inside an unquoted field (15" screen) is kept as it is, as spreadsheet
            // programs do.
            f.begin = p;
            while (p < n && b[p] != d && b[p] != '\n' && b[p] != '\r') {
                ++p;
            }
            f.end = p;
            if (p >= n && !m_eof) {
                return Parse::NeedMore;
            }
        }
        m_fields.append(f);
        if (p >= n) {
            end = p; // the last row, without a line break
            return Parse::Record;
        }
        if (b[p] == d) {
            ++p;
            continue;
        }
        if (b[p] == '\r') {
            if (p + 1 >= n && !m_eof) {
                return Parse::NeedMore;
            }
            p += (p + 1 < n && b[p + 1] == '\n') ? 2 : 1;
        } else {
            ++p;
        }
        end = p;
        return Parse::Record;
    }
}

bool TableCsv::next(TableRow& row)
{
    if (error()) {
        return false;
    }
    if (!m_started) {
        if (!start()) {
            return false;
        }
        m_started = true;
    }
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (m_eof) {
                return false;
            }
            if (!fill()) {
                return false;
            }
            continue;
        }
        qsizetype end = 0;
        const Parse parse = parseRecord(end);
        if (parse == Parse::Failed) {
            return false;
        }
        if (parse == Parse::NeedMore) {
            if (!fill()) {
                return false;
            }
            continue;
        }
        emitRecord(end, row);
        return !error();
    }
}

void TableCsv::emitRecord(qsizetype end, TableRow& row)
{
    const char* b = m_buffer.constData();
    const bool ascii = isAscii(b + m_pos, b + end);
    if (!ascii && !isValidUtf8(std::string_view(b + m_pos, static_cast<std::size_t>(end - m_pos)))) {
        // Find the line: a line break is never part of a UTF-8 sequence.
        qsizetype from = m_pos;
        while (from < end) {
            const void* nl = std::memchr(b + from, '\n', static_cast<std::size_t>(end - from));
            const qsizetype to = nl != nullptr ? static_cast<const char*>(nl) - b : end;
            if (!isValidUtf8(std::string_view(b + from, static_cast<std::size_t>(to - from)))) {
                break;
            }
            from = to + 1;
        }
        failAt(from, Tr::tr("the text is not UTF-8; save the file as \"CSV UTF-8\""));
        return;
    }
    ++m_row;
    row.number = m_row;
    row.line = m_line;
    row.cells.resize(m_fields.size());
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const Field& f = m_fields[i];
        TableCell& cell = row.cells[i];
        cell.type = CellType::Text;
        const char* fb = b + f.begin;
        qsizetype length = f.end - f.begin;
        if (f.needsCopy) {
            // Undo the doubled quotes; a CR LF inside the field becomes LF.
            m_scratch.clear();
            for (qsizetype k = 0; k < length; ++k) {
                const char c = fb[k];
                if (c == '"') {
                    ++k;
                } else if (c == '\r' && k + 1 < length && fb[k + 1] == '\n') {
                    continue;
                }
                m_scratch.push_back(c);
            }
            fb = m_scratch.data();
            length = static_cast<qsizetype>(m_scratch.size());
        }
        if (ascii) {
            // Widen in place: the cell's memory is used again row after row.
            cell.text.resize(length);
            QChar* out = cell.text.data();
            for (qsizetype k = 0; k < length; ++k) {
                out[k] = QLatin1Char(fb[k]);
            }
        } else {
            cell.text = QString::fromUtf8(fb, length);
        }
    }
    int lines = static_cast<int>(std::count(b + m_pos, b + end, '\n'));
    if (end > m_pos && b[end - 1] == '\r') {
        ++lines; // a row ended by a lone CR
    }
    m_line += lines;
    m_pos = end;
}

} // namespace irndesk::io
