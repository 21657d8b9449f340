// SPDX-License-Identifier: GPL-3.0-or-later
// `irndesk-cli validate`: checks an INV-01 file offline as the IRP would (DESIGN.md §7).
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include "core/model/Dates.h"
#include "core/rules/FileValidation.h"
#include "core/rules/Masters.h"
#include "core/rules/RuleContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <iterator>

namespace irndesk::cli {

namespace {

/// The default --threads: one per core, but past a few the one thread that cuts the file into
/// invoices is the limit.
constexpr int kDefaultThreadsMax = 8;

/// Output in UTF-8, gathered into blocks and written straight to the stream's device: 100,000
/// invoices give a few MB of output, written as they come, never held whole.
class Output
{
public:
    explicit Output(QTextStream& stream)
        : m_stream(stream)
    {
        m_buffer.reserve(kBlock + kBlock / 4);
    }
    ~Output() { flush(); }
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    template <std::size_t N>
    Output& operator<<(const char (&literal)[N])
    {
        m_buffer.append(literal, N - 1);
        return *this;
    }
    Output& operator<<(const char* ascii)
    {
        m_buffer.append(ascii);
        return *this;
    }
    Output& operator<<(QStringView text)
    {
        appendUtf8(text, false);
        return *this;
    }
    Output& operator<<(qint64 n)
    {
        char digits[24];
        const auto end = std::to_chars(std::begin(digits), std::end(digits), n).ptr;
        m_buffer.append(digits, end - std::begin(digits));
        return *this;
    }
    /// `text` as a JSON string, in double quotes.
    void jsonString(QStringView text)
    {
        m_buffer.append('"');
        appendUtf8(text, true);
        m_buffer.append('"');
    }
    /// Ends a unit of output (an invoice): writes the block when it is full.
    void endUnit()
    {
        if (m_buffer.size() >= kBlock)
            flush();
    }
    void flush()
    {
        if (m_buffer.isEmpty())
            return;
        if (QIODevice* device = m_stream.device()) {
            m_stream.flush(); // what was written through the stream comes first
            device->write(m_buffer);
        } else {
            m_stream << QString::fromUtf8(m_buffer);
        }
        m_buffer.clear();
    }

private:
    static constexpr qsizetype kBlock = 64 * 1024;

    void appendUtf8(QStringView text, bool escape)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        const qsizetype n = text.size();
        // Most texts (IRNs, numbers, codes, paths) are plain ASCII: copied straight into the buffer
        // up to the first character that needs more.
        const qsizetype start = m_buffer.size();
        m_buffer.resize(start + n);
        char* to = m_buffer.data() + start;
        qsizetype i = 0;
        for (; i < n; ++i) {
            const char16_t c = text[i].unicode();
            if (c >= 0x80 || (escape && (c < 0x20 || c == u'"' || c == u'\\'))) {
                break;
            }
            to[i] = static_cast<char>(c);
        }
        m_buffer.resize(start + i);
        for (; i < n; ++i) {
            char32_t c = text[i].unicode();
            if (c < 0x80) {
                const char ch = static_cast<char>(c);
                if (!escape || (c >= 0x20 && ch != '"' && ch != '\\')) {
                    m_buffer.append(ch);
                } else if (ch == '"' || ch == '\\') {
                    m_buffer.append('\\').append(ch);
                } else if (ch == '\n') {
                    m_buffer.append("\\n");
                } else if (ch == '\t') {
                    m_buffer.append("\\t");
                } else if (ch == '\r') {
                    m_buffer.append("\\r");
                } else {
                    m_buffer.append("\\u00").append(kHex[c >> 4]).append(kHex[c & 0xF]);
                }
                continue;
            }
            if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
                ++i;
            } else if (QChar::isSurrogate(c)) {
                c = 0xFFFD; // a lone surrogate has no UTF-8 form
            }
            if (c < 0x800) {
                m_buffer.append(static_cast<char>(0xC0 | (c >> 6)));
            } else if (c < 0x10000) {
                m_buffer.append(static_cast<char>(0xE0 | (c >> 12)));
                m_buffer.append(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            } else {
                m_buffer.append(static_cast<char>(0xF0 | (c >> 18)));
                m_buffer.append(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
                m_buffer.append(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            }
            m_buffer.append(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }

    QTextStream& m_stream;
    QByteArray m_buffer;
};

QString tr(const char* text)
{
    return QCoreApplication::translate("irndesk::cli", text);
}

/// `{"index":0,"line":2,"docType":"INV","docNo":"A/1","valid":false,"irn":"...","findings":[...]}`
void writeJson(Output& out, const InvoiceReport& report)
{
    out << "{\"index\":" << qint64(report.index) << ",\"line\":" << qint64(report.line) << ",\"docType\":";
    out.jsonString(report.docType);
    out << ",\"docNo\":";
    out.jsonString(report.docNo);
    out << ",\"valid\":" << (report.valid() ? "true" : "false") << ",\"irn\":";
    out.jsonString(report.irn);
    out << ",\"findings\":[";
    for (qsizetype i = 0; i < report.findings.size(); ++i) {
        const Finding& f = report.findings.at(i);
        out << (i > 0 ? ",{\"code\":" : "{\"code\":");
        out.jsonString(f.code);
        out << ",\"rule\":";
        out.jsonString(f.rule);
        out << ",\"path\":";
        out.jsonString(f.path);
        out << ",\"severity\":" << (f.isError() ? "\"error\"" : "\"warning\"") << ",\"message\":";
        out.jsonString(f.message);
        out << ",\"hint\":";
        out.jsonString(f.hint);
        out << "}";
    }
    out << "]}";
}

/// One line per finding: `INV A/1 (invoice [0], line 2): ValDtls.TotInvVal: error 2189: ...`,
/// and the hint indented under it.
void writeText(Output& out, const InvoiceReport& report)
{
    if (report.findings.isEmpty())
        return;
    QString where;
    if (!report.docType.isEmpty() || !report.docNo.isEmpty()) {
        where = tr("%1 %2 (invoice [%3], line %4)").arg(report.docType, report.docNo).arg(report.index).arg(report.line);
    } else {
        where = tr("invoice [%1] (line %2)").arg(report.index).arg(report.line);
    }
    for (const Finding& f : report.findings) {
        out << QStringView(where) << ": " << QStringView(f.path.isEmpty() ? tr("(invoice)") : f.path) << ": "
            << QStringView(f.isError() ? tr("error") : tr("warning")) << " " << QStringView(f.code) << ": "
            << QStringView(f.message) << "\n";
        if (!f.hint.isEmpty())
            out << "    " << QStringView(f.hint) << "\n";
    }
}

} // namespace

int commandValidate(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption today(QStringLiteral("today"),
                                   tr("the day to check against, DD/MM/YYYY (default: the current date)"),
                                   QStringLiteral("DD/MM/YYYY"));
    const QCommandLineOption aato(QStringLiteral("aato-10cr"),
                                  tr("the seller's turnover is at least 10 crore: the 30-day reporting window applies"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     tr("NIC sandbox data: a wrong GSTIN check character is only a warning"));
    const QCommandLineOption format = formatOption();
    const QCommandLineOption masters(QStringLiteral("masters"),
                                     tr("folder with newer copies of the master lists"), QStringLiteral("DIR"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     tr("worker threads (default: one per core, at most %1)").arg(kDefaultThreadsMax),
                                     QStringLiteral("N"));
    parser.addOptions({today, aato, sandbox, format, masters, threads});
    if (!parse(parser, QStringLiteral("validate"), arguments, err))
        return kExitCannotRun;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("validate: expected one FILE (or - for standard input), got %1").arg(files.size()) << Qt::endl;
        return kExitCannotRun;
    }
    const std::optional<bool> jsonWanted = jsonFormat(parser, format, QStringLiteral("validate"), err);
    if (!jsonWanted)
        return kExitCannotRun;
    const bool json = *jsonWanted;

    RuleContext context;
    // The engine reads no clock; the command line does, when it is not told the day.
    context.today = parser.isSet(today) ? parseInvoiceDate(parser.value(today)) : QDate::currentDate();
    if (!context.today.isValid()) {
        err << tr("validate: --today must be a real date written DD/MM/YYYY, got '%1'").arg(parser.value(today))
            << Qt::endl;
        return kExitCannotRun;
    }
    context.aatoAtLeast10Crore = parser.isSet(aato);
    context.sandbox = parser.isSet(sandbox);

    int threadCount = std::clamp(QThread::idealThreadCount(), 1, kDefaultThreadsMax);
    if (parser.isSet(threads)) {
        bool ok = false;
        threadCount = parser.value(threads).toInt(&ok);
        if (!ok || threadCount < 1 || threadCount > kMaxValidationThreads) {
            err << tr("validate: --threads must be a whole number from 1 to %1, got '%2'")
                       .arg(kMaxValidationThreads)
                       .arg(parser.value(threads))
                << Qt::endl;
            return kExitCannotRun;
        }
    }

    if (parser.isSet(masters)) {
        const QString dir = parser.value(masters);
        const QFileInfo info(dir);
        if (!info.isDir() || !info.isReadable()) {
            err << tr("validate: --masters %1 is not a folder that can be read").arg(dir) << Qt::endl;
            return kExitCannotRun;
        }
        auto loaded = Masters::load(dir);
        if (!loaded) {
            err << tr("validate: cannot use the masters in %1: %2").arg(dir, loaded.error().message) << Qt::endl;
            return kExitCannotRun;
        }
        context.masters = std::move(loaded).value();
    } else {
        context.masters = Masters::builtIn();
    }

    const QString path = files.first();
    const bool fromStdin = path == u"-";
    const QString name = fromStdin ? tr("standard input") : path;
    QFile file;
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(path), !QFileInfo(path).isDir() && file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << tr("validate: cannot read %1: %2")
                   .arg(name, QFileInfo(path).isDir() ? tr("it is a folder") : file.errorString())
            << Qt::endl;
        return kExitCannotRun;
    }

    ValidationSummary summary;
    Diagnostics fileProblems;
    {
        Output output(out);
        if (json)
            output << "{\"invoices\":[";
        fileProblems = validateStream(
            &file,
            context,
            [&](InvoiceReport&& report) {
                if (json) {
                    output << (summary.invoices > 0 ? ",\n" : "\n");
                    writeJson(output, report);
                } else {
                    writeText(output, report);
                }
                summary.add(report);
                output.endUnit();
            },
            threadCount);

        if (json) {
            output << (summary.invoices > 0 ? "\n],\"fileErrors\":[" : "],\"fileErrors\":[");
            for (qsizetype i = 0; i < fileProblems.size(); ++i) {
                const Diagnostic& d = fileProblems.at(i);
                output << (i > 0 ? ",{\"line\":" : "{\"line\":") << qint64(d.line) << ",\"column\":" << qint64(d.column)
                       << ",\"message\":";
                output.jsonString(d.message);
                output << "}";
            }
            output << "],\"summary\":{\"invoices\":" << summary.invoices << ",\"valid\":" << summary.valid
                   << ",\"errors\":" << summary.errors << ",\"warnings\":" << summary.warnings << "}}\n";
        } else {
            output << QStringView(tr("validate: %1: %2 invoices, %3 valid, %4 with errors; %5 errors, %6 warnings")
                                      .arg(name)
                                      .arg(summary.invoices)
                                      .arg(summary.valid)
                                      .arg(summary.invoices - summary.valid)
                                      .arg(summary.errors)
                                      .arg(summary.warnings))
                   << "\n";
        }
    }

    for (const Diagnostic& d : std::as_const(fileProblems))
        err << tr("validate: %1: %2").arg(name, d.toString()) << Qt::endl;
    if (hasErrors(fileProblems)) {
        if (summary.invoices > 0) {
            err << tr("validate: %1: only the %2 invoices before the problem were checked").arg(name).arg(summary.invoices)
                << Qt::endl;
        }
        return kExitCannotRun;
    }
    return summary.valid == summary.invoices ? kExitOk : kExitDataError;
}

} // namespace irndesk::cli
