// SPDX-License-Identifier: GPL-3.0-or-later
//
// irndesk-bench: reading and writing bulk files of generated invoices, and what it costs in memory,
// side by side with QJsonDocument as a reference.
//
//   irndesk-bench --out-dir DIR [--invoices 100000] [--items-max 5] [--seed 1] [--today dd/mm/yyyy]
//   irndesk-bench generate FILE [--invoices N] [--items-max 5] [--seed 1] [--today dd/mm/yyyy] [--verify]
//   irndesk-bench read-file FILE      (child process: BulkReader, prints its figures as JSON)
//   irndesk-bench read-qjson FILE     (child process: QJsonDocument::fromJson, the same)
//
// The benchmark also times `irndesk-cli validate` (schema and business rules) on the same file with
// one and two worker threads, side by side with ajv (bench/ajv-validate.mjs: JSON.parse and a
// compiled INV-01 schema, schema only), each in a child process whose peak RSS comes from wait4()
// in irndesk-measure (bench/measure.cpp).
// --cli, --node and --ajv-script say where those are; --validate-only skips reading and writing.
//
// Timings and MB/s are doubles: they are measurements, not money.

#include "core/json/BulkWriter.h"
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "core/model/Dates.h"
#include "core/model/Recompute.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>


#include "bench/InvoiceGenerator.h"

namespace irndesk::bench {
namespace {

using namespace Qt::StringLiterals;

constexpr int kRuns = 3;
constexpr int kChunk = 10'000; // invoices generated at a time for the write benchmark

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// A field of /proc/self/status in kB (VmHWM: peak resident set size, VmRSS: current), or -1.
qint64 procStatusKb(QByteArrayView field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray text = status.readAll();
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':') {
            bool ok = false;
            const qint64 kb = line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kb : -1;
        }
    }
    return -1;
}

qint64 peakRssKb()
{
    const qint64 hwm = procStatusKb("VmHWM");
    if (hwm >= 0) {
        return hwm;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kB on Linux
}

double seconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

QJsonArray toJsonArray(const std::vector<double>& values)
{
    QJsonArray array;
    for (double v : values) {
        array.append(v);
    }
    return array;
}

QString number(qint64 n)
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(n);
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString megabytes(qint64 bytes)
{
    return fixed(static_cast<double>(bytes) / 1e6, 1) + u" MB";
}

QString mebibytesFromKb(qint64 kb)
{
    return fixed(static_cast<double>(kb) / 1024.0, 1) + u" MiB";
}

void printJsonLine(const QJsonObject& object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

// --- child processes ------------------------------------------------------------------------

/// Reads a bulk file with BulkReader, invoice by invoice, and reports time and peak memory.
int readFileCommand(const QString& path)
{
    const qint64 baseline = procStatusKb("VmRSS");
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "cannot open " << path << ": " << file.errorString() << Qt::endl;
        return 2;
    }
    BulkReader reader(&file);
    qint64 invoices = 0;
    qint64 invalid = 0;
    ReadInvoice read; // read into again and again, as irndesk-cli validate does
    while (reader.nextInto(read)) {
        ++invoices;
        if (!read.invoice || hasErrors(read.diagnostics)) {
            ++invalid;
        }
    }
    const double elapsed = seconds(timer);
    printJsonLine({
        { u"invoices"_s, invoices },
        { u"invalid"_s, invalid },
        { u"fileErrors"_s, static_cast<qint64>(reader.fileDiagnostics().size()) },
        { u"bytes"_s, file.size() },
        { u"seconds"_s, elapsed },
        { u"baselineRssKb"_s, baseline },
        { u"peakRssKb"_s, peakRssKb() },
    });
    return hasErrors(reader.fileDiagnostics()) ? 1 : 0;
}

/// The reference: the whole file into one QJsonDocument.
int readQJsonCommand(const QString& path)
{
    const qint64 baseline = procStatusKb("VmRSS");
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "cannot open " << path << ": " << file.errorString() << Qt::endl;
        return 2;
    }
    const qint64 bytes = file.size();
    QJsonParseError error{};
    qint64 invoices = 0;
    {
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        invoices = document.array().size();
    }
    const double elapsed = seconds(timer);
    printJsonLine({
        { u"invoices"_s, invoices },
        { u"parseError"_s, error.error == QJsonParseError::NoError ? QString() : error.errorString() },
        { u"bytes"_s, bytes },
        { u"seconds"_s, elapsed },
        { u"baselineRssKb"_s, baseline },
        { u"peakRssKb"_s, peakRssKb() },
    });
    return error.error == QJsonParseError::NoError ? 0 : 1;
}

struct ChildResult
{
    bool ok = false;
    qint64 invoices = 0;
    qint64 bytes = 0;
    double seconds = 0;
    qint64 baselineRssKb = 0;
    qint64 peakRssKb = 0;
    QString problem;
};

ChildResult runChild(const QString& command, const QString& path)
{
    ChildResult result;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), { command, path });
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        result.problem = u"%1 did not finish: %2"_s.arg(command, process.errorString());
        return result;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject o = QJsonDocument::fromJson(lines.last()).object();
    result.invoices = o.value(u"invoices"_s).toInteger();
    result.bytes = o.value(u"bytes"_s).toInteger();
    result.seconds = o.value(u"seconds"_s).toDouble();
    result.baselineRssKb = o.value(u"baselineRssKb"_s).toInteger();
    result.peakRssKb = o.value(u"peakRssKb"_s).toInteger();
    result.ok = process.exitCode() == 0 && o.value(u"invalid"_s).toInteger() == 0;
    if (!result.ok) {
        result.problem = u"%1 %2 exited with %3: %4"_s.arg(command, path)
                             .arg(process.exitCode())
                             .arg(QString::fromUtf8(lines.last()));
    }
    return result;
}

/// Median time and largest peak of `runs` child runs.
ChildResult runChildRepeated(const QString& command, const QString& path, int runs)
{
    std::vector<double> times;
    ChildResult summary;
    for (int i = 0; i < runs; ++i) {
        const ChildResult r = runChild(command, path);
        if (!r.ok) {
            return r;
        }
        times.push_back(r.seconds);
        summary = r;
        summary.peakRssKb = std::max(summary.peakRssKb, r.peakRssKb);
    }
    summary.seconds = median(times);
    return summary;
}

// --- generating -----------------------------------------------------------------------------

struct GeneratedFiles
{
    qint64 bytes = 0;
    qint64 smallBytes = 0;
    double seconds = 0;
};

/// Streams `count` invoices as one compact bulk array, one invoice per line, into `path`, and the
/// first `smallCount` of them into `smallPath` as well (when it is not empty). Memory stays flat.
std::optional<GeneratedFiles> generateFiles(const GeneratorOptions& options,
    qint64 count,
    const QString& path,
    qint64 smallCount = 0,
    const QString& smallPath = {})
{
    QFile file(path);
    QFile small(smallPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || (!smallPath.isEmpty() && !small.open(QIODevice::WriteOnly | QIODevice::Truncate))) {
        err() << "cannot write " << path << ": " << file.errorString() << small.errorString() << Qt::endl;
        return std::nullopt;
    }
    QElapsedTimer timer;
    timer.start();
    InvoiceGenerator generator(options);
    QByteArray buffer;
    QByteArray smallBuffer;
    constexpr qsizetype kFlushAt = 1 << 20;
    const auto flush = [](QFile& f, QByteArray& b) {
        const bool ok = f.write(b) == b.size();
        b.clear();
        return ok;
    };
    buffer.append("[\n");
    smallBuffer.append("[\n");
    bool ok = true;
    for (qint64 i = 0; i < count && ok; ++i) {
        const qsizetype start = buffer.size() + (i > 0 ? 2 : 0);
        if (i > 0) {
            buffer.append(",\n");
        }
        appendInvoiceJson(buffer, generator.next(), JsonStyle::Compact);
        if (i < smallCount && small.isOpen()) {
            if (i > 0) {
                smallBuffer.append(",\n");
            }
            smallBuffer.append(QByteArrayView(buffer).sliced(start));
            if (i + 1 == smallCount) {
                smallBuffer.append("\n]\n");
            }
            if (smallBuffer.size() >= kFlushAt) {
                ok = flush(small, smallBuffer);
            }
        }
        if (buffer.size() >= kFlushAt) {
            ok = ok && flush(file, buffer);
        }
    }
    buffer.append("\n]\n");
    ok = ok && flush(file, buffer) && (!small.isOpen() || flush(small, smallBuffer));
    file.close();
    small.close();
    if (!ok || file.error() != QFile::NoError) {
        err() << "cannot write " << path << ": " << file.errorString() << Qt::endl;
        return std::nullopt;
    }
    GeneratedFiles result;
    result.seconds = seconds(timer);
    result.bytes = QFileInfo(path).size();
    result.smallBytes = smallPath.isEmpty() ? 0 : QFileInfo(smallPath).size();
    return result;
}

/// Checks that what the generator made reads back equal, with no diagnostics, and that recompute()
/// leaves every amount as it is. Returns the number of invoices that fail; prints the first few.
qint64 verifyFile(const GeneratorOptions& options, const QString& path, qint64 count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "cannot open " << path << Qt::endl;
        return count;
    }
    InvoiceGenerator generator(options);
    BulkReader reader(&file);
    qint64 failures = 0;
    qint64 read = 0;
    const auto report = [&](qint64 index, const QString& what) {
        if (++failures <= 5) {
            err() << "invoice #" << index + 1 << ": " << what << Qt::endl;
        }
    };
    while (std::optional<ReadInvoice> r = reader.next()) {
        const Invoice expected = generator.next();
        if (!r->invoice || !r->diagnostics.isEmpty()) {
            report(read, r->diagnostics.isEmpty() ? u"unreadable"_s : r->diagnostics.first().toString());
        } else if (!(*r->invoice == expected)) {
            report(read, u"reads back different from what was written"_s);
        } else {
            Invoice again = expected;
            recompute(again, { RecomputeOptions::RoundOff::Keep });
            if (!(again == expected)) {
                report(read, u"recompute() changes its amounts"_s);
            }
        }
        ++read;
    }
    for (const Diagnostic& d : reader.fileDiagnostics()) {
        report(read, d.toString());
    }
    if (read != count) {
        report(read, u"%1 invoices in the file, %2 expected"_s.arg(read).arg(count));
    }
    return failures;
}

// --- the benchmark --------------------------------------------------------------------------

struct Settings
{
    GeneratorOptions generator;
    qint64 invoices = 100'000;
    QString outDir;
    QString cli; ///< irndesk-cli for the validation figures
    QString node; ///< node for the ajv reference
    QString ajvScript; ///< bench/ajv-validate.mjs
    bool validateOnly = false;
};

// --- validation: irndesk-cli and ajv in child processes -------------------------------------

/// What a child process took: wall time, CPU time (user + system) and peak RSS from wait4().
struct Measured
{
    bool ran = false;
    int exitCode = -1;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    qint64 peakRssKb = 0;
    QString problem;
};

/// Runs `program` with `arguments`, its standard output into `stdoutPath` (or /dev/null) and its
/// standard error into `stderrPath`, through irndesk-measure (bench/measure.cpp: it says why).
Measured runMeasured(const QString& program, const QStringList& arguments, const QString& stdoutPath, const QString& stderrPath)
{
    Measured m;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationDirPath() + u"/irndesk-measure"_s,
        QStringList{ stdoutPath.isEmpty() ? u"/dev/null"_s : stdoutPath, stderrPath, program } + arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m.problem = u"irndesk-measure did not run %1: %2"_s.arg(program, process.errorString());
        return m;
    }
    const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 4) {
        m.problem = u"irndesk-measure printed no figures for %1"_s.arg(program);
        return m;
    }
    m.exitCode = fields[0].toInt();
    m.wallSeconds = fields[1].toDouble();
    m.cpuSeconds = fields[2].toDouble();
    m.peakRssKb = fields[3].toLongLong();
    m.ran = m.exitCode >= 0 && m.exitCode < 126;
    if (!m.ran) {
        m.problem = m.exitCode < 0 ? u"%1 was killed by signal %2"_s.arg(program).arg(-m.exitCode)
                                   : u"cannot start %1"_s.arg(program);
    }
    return m;
}

QString tail(const QString& path, qsizetype bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    f.seek(std::max<qint64>(0, f.size() - bytes));
    return QString::fromUtf8(f.readAll()).trimmed();
}

struct ValidateResult
{
    bool ok = false;
    double seconds = 0; ///< median wall time of the whole process
    double cpuSeconds = 0; ///< median CPU time (user + system)
    qint64 peakRssKb = 0; ///< largest of the runs
    std::vector<double> runs;
    QJsonObject summary; ///< the CLI's summary, or the ajv script's own figures
    QString problem;
};

/// `irndesk-cli validate FILE --format json --threads N`, `runs` times; the first run's report is
/// kept in `reportPath` to count what it found.
ValidateResult benchmarkValidate(const Settings& settings, const QString& path, QDate today, int threads, int runs, const QString& reportPath)
{
    ValidateResult r;
    std::vector<double> cpu;
    const QString errPath = reportPath + u".stderr"_s;
    for (int run = 0; run < runs; ++run) {
        const Measured m = runMeasured(settings.cli,
            { u"validate"_s, path, u"--today"_s, formatInvoiceDate(today), u"--format"_s, u"json"_s, u"--threads"_s,
                QString::number(threads) },
            run == 0 ? reportPath : QString(), errPath);
        if (!m.ran || (m.exitCode != 0 && m.exitCode != 1)) {
            r.problem = m.problem.isEmpty() ? u"irndesk-cli validate exited with %1: %2"_s.arg(m.exitCode).arg(tail(errPath, 2000))
                                            : m.problem;
            return r;
        }
        r.runs.push_back(m.wallSeconds);
        cpu.push_back(m.cpuSeconds);
        r.peakRssKb = std::max(r.peakRssKb, m.peakRssKb);
    }
    QFile::remove(errPath);
    // The summary is the last object of the report: {"invoices":N,"valid":V,"errors":E,"warnings":W}.
    const QString end = tail(reportPath, 400);
    const qsizetype at = end.lastIndexOf(u"\"summary\":"_s);
    r.summary = QJsonDocument::fromJson(end.mid(at + 10).chopped(1).toUtf8()).object();
    r.seconds = median(r.runs);
    r.cpuSeconds = median(cpu);
    r.ok = !r.summary.isEmpty();
    if (!r.ok) {
        r.problem = u"no summary at the end of %1"_s.arg(reportPath);
    }
    return r;
}

/// node bench/ajv-validate.mjs FILE, `runs` times. Its time is what it measures itself (read,
/// JSON.parse, validate: not node's start nor compiling the schema), the median of the runs.
ValidateResult benchmarkAjv(const Settings& settings, const QString& path, int runs, const QString& dir)
{
    ValidateResult r;
    std::vector<double> cpu;
    const QString outPath = dir + u"/ajv.out"_s;
    const QString errPath = dir + u"/ajv.stderr"_s;
    std::vector<double> wall;
    for (int run = 0; run < runs; ++run) {
        const Measured m = runMeasured(settings.node, { settings.ajvScript, path }, outPath, errPath);
        if (!m.ran || (m.exitCode != 0 && m.exitCode != 1)) {
            r.problem = m.problem.isEmpty() ? u"%1 exited with %2: %3"_s.arg(settings.ajvScript).arg(m.exitCode).arg(tail(errPath, 2000))
                                            : m.problem;
            return r;
        }
        r.summary = QJsonDocument::fromJson(tail(outPath, 2000).toUtf8()).object();
        r.runs.push_back(r.summary.value(u"seconds"_s).toDouble());
        wall.push_back(m.wallSeconds);
        cpu.push_back(m.cpuSeconds);
        r.peakRssKb = std::max(r.peakRssKb, m.peakRssKb);
    }
    QFile::remove(outPath);
    QFile::remove(errPath);
    r.seconds = median(r.runs);
    r.cpuSeconds = median(cpu);
    r.summary.insert(u"wallSeconds"_s, median(wall));
    r.ok = r.summary.value(u"invoices"_s).toInteger() > 0;
    if (!r.ok) {
        r.problem = u"%1 printed no figures"_s.arg(settings.ajvScript);
    }
    return r;
}

struct ValidationFigures
{
    ValidateResult one, two, ajv;
};

/// Step 5 of the benchmark. Prints its own table; returns false when the CLI cannot be run.
std::optional<ValidationFigures> benchmarkValidation(const Settings& settings, const QString& path, QDate today, qint64 n, qint64 bytes, const QDir& dir)
{
    out() << "validating in child processes ..." << Qt::endl;
    ValidationFigures f;
    f.one = benchmarkValidate(settings, path, today, 1, kRuns, dir.absoluteFilePath(u"validate-report.json"_s));
    f.two = benchmarkValidate(settings, path, today, 2, kRuns, dir.absoluteFilePath(u"validate-report-2.json"_s));
    for (const ValidateResult* r : { &f.one, &f.two }) {
        if (!r->ok) {
            err() << r->problem << Qt::endl;
            return std::nullopt;
        }
    }
    f.ajv = benchmarkAjv(settings, path, kRuns, dir.absolutePath());

    const double mb = static_cast<double>(bytes) / 1e6;
    const double nd = static_cast<double>(n);
    const auto row = [](const QString& what, const QString& time, const QString& cpu, const QString& mbps, const QString& ips, const QString& peak) {
        out() << what.leftJustified(44) << time.rightJustified(9) << cpu.rightJustified(9) << mbps.rightJustified(9)
              << ips.rightJustified(12) << peak.rightJustified(12) << Qt::endl;
    };
    const auto line = [&](const QString& what, const ValidateResult& r) {
        row(what, fixed(r.seconds, 3) + u" s"_s, fixed(r.cpuSeconds, 3) + u" s"_s, fixed(mb / r.seconds, 1),
            number(qRound64(nd / r.seconds)), mebibytesFromKb(r.peakRssKb));
    };
    out() << Qt::endl
          << "validation of " << number(n) << " invoices (" << megabytes(bytes) << "), each in a fresh process (peak RSS "
          << "from wait4()):" << Qt::endl;
    row(u""_s, u"time"_s, u"CPU"_s, u"MB/s"_s, u"invoices/s"_s, u"peak RSS"_s);
    line(u"ours: irndesk-cli validate --threads 1"_s, f.one);
    line(u"ours: irndesk-cli validate --threads 2"_s, f.two);
    if (f.ajv.ok) {
        line(u"ref: ajv, JSON.parse + compiled schema"_s, f.ajv);
    } else {
        out() << "ref: ajv: not measured: " << f.ajv.problem << Qt::endl;
    }
    out() << "    ours: the whole process (start, masters, schema + business rules + batch rules, the JSON"
          << Qt::endl
          << "    report to /dev/null); ajv: its own timing of read + JSON.parse + validate, schema only, without"
          << Qt::endl
          << "    starting node (" << fixed(f.ajv.summary.value(u"wallSeconds"_s).toDouble(), 3) << " s with it)" << Qt::endl;
    const auto checked = [](const ValidateResult& r) {
        return u"%1 invoices, %2 valid, %3 errors, %4 warnings"_s.arg(r.summary.value(u"invoices"_s).toInteger())
            .arg(r.summary.value(u"valid"_s).toInteger())
            .arg(r.summary.value(u"errors"_s).toInteger())
            .arg(r.summary.value(u"warnings"_s).toInteger());
    };
    out() << "    ours found: " << checked(f.one) << Qt::endl;
    if (f.one.summary.value(u"valid"_s).toInteger() != n || f.one.summary.value(u"warnings"_s).toInteger() != 0) {
        out() << "    WARNING: the generated file should validate clean; see " << dir.absoluteFilePath(u"validate-report.json"_s)
              << Qt::endl;
    }
    if (f.ajv.ok) {
        out() << "    ajv found: " << f.ajv.summary.value(u"invoices"_s).toInteger() << " invoices, "
              << f.ajv.summary.value(u"invalid"_s).toInteger() << " invalid" << Qt::endl;
        const auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
        out() << Qt::endl
              << "ours vs ajv: " << fixed(ratio(f.ajv.seconds, f.one.seconds), 1) << "\u00d7 the throughput with 1 thread, "
              << fixed(ratio(f.ajv.seconds, f.two.seconds), 1) << "\u00d7 with 2; "
              << fixed(ratio(static_cast<double>(f.ajv.peakRssKb), static_cast<double>(f.two.peakRssKb)), 1)
              << "\u00d7 less memory" << Qt::endl;
    }
    return f;
}

int generateCommand(const Settings& settings, const QString& path, bool verify)
{
    const std::optional<GeneratedFiles> files = generateFiles(settings.generator, settings.invoices, path);
    if (!files) {
        return 2;
    }
    out() << "wrote " << number(settings.invoices) << " invoices, " << number(files->bytes) << " bytes, to " << path
          << Qt::endl;
    if (verify) {
        const qint64 failures = verifyFile(settings.generator, path, settings.invoices);
        out() << "verify: "
              << (failures == 0 ? u"every invoice reads back equal and recompute() keeps its amounts"_s
                                : u"%1 failures"_s.arg(failures))
              << Qt::endl;
        return failures == 0 ? 0 : 1;
    }
    return 0;
}

struct WriteResult
{
    double seconds = 0;
    qint64 bytes = 0;
    qint64 files = 0;
    qint64 largestFile = 0;
};

/// Serializes the invoices into <= 2,000,000-byte bulk files with BulkFileWriter, `kRuns` writers
/// side by side. Invoices are generated kChunk at a time outside the timed part; only add() and
/// finish() are timed.
std::optional<std::vector<WriteResult>> benchmarkWrite(const Settings& settings, const QStringList& directories)
{
    // Held by pointer: BulkFileWriter's splitter calls back into `this`, so a writer must not move.
    std::vector<std::unique_ptr<BulkFileWriter>> writers;
    std::vector<qint64> nanoseconds(static_cast<std::size_t>(directories.size()), 0);
    for (const QString& dir : directories) {
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        writers.push_back(std::make_unique<BulkFileWriter>(dir, u"bulk"_s, kDefaultBulkFileBytes));
    }
    InvoiceGenerator generator(settings.generator);
    QList<Invoice> chunk;
    QElapsedTimer timer;
    for (qint64 done = 0; done < settings.invoices; done += chunk.size()) {
        chunk.clear();
        const qint64 n = std::min<qint64>(kChunk, settings.invoices - done);
        for (qint64 i = 0; i < n; ++i) {
            chunk.append(generator.next());
        }
        for (std::size_t w = 0; w < writers.size(); ++w) {
            timer.start();
            for (const Invoice& invoice : std::as_const(chunk)) {
                if (Status s = writers[w]->add(invoice, invoice.docDtls.no.value_or(QString())); !s) {
                    err() << "write: " << s.error().message << Qt::endl;
                    return std::nullopt;
                }
            }
            nanoseconds[w] += timer.nsecsElapsed();
        }
    }
    std::vector<WriteResult> results;
    for (std::size_t w = 0; w < writers.size(); ++w) {
        timer.start();
        const Result<QStringList> files = writers[w]->finish();
        nanoseconds[w] += timer.nsecsElapsed();
        if (!files) {
            err() << "write: " << files.error().message << Qt::endl;
            return std::nullopt;
        }
        WriteResult r;
        r.seconds = static_cast<double>(nanoseconds[w]) / 1e9;
        r.files = files.value().size();
        for (const QString& f : files.value()) {
            const qint64 size = QFileInfo(f).size();
            r.bytes += size;
            r.largestFile = std::max(r.largestFile, size);
        }
        results.push_back(r);
    }
    return results;
}

int benchmarkCommand(const Settings& settings)
{
    QDir dir(settings.outDir);
    if (!dir.mkpath(u"."_s)) {
        err() << "cannot create " << settings.outDir << Qt::endl;
        return 2;
    }
    const qint64 n = settings.invoices;
    const qint64 quarter = std::max<qint64>(1, n / 4);
    const QString bigPath = dir.absoluteFilePath(u"invoices-%1.json"_s.arg(n));
    const QString smallPath = dir.absoluteFilePath(u"invoices-%1-first-%2.json"_s.arg(n).arg(quarter));
    QDate today = settings.generator.today.isValid() ? settings.generator.today : QDate::currentDate();
    GeneratorOptions options = settings.generator;
    options.today = today;

    out() << "IRN Desk benchmark: " << number(n) << " invoices of 1-" << options.itemsMax << " lines, seed "
          << options.seed << ", today " << formatInvoiceDate(today) << Qt::endl;
    out() << "(MB = 1,000,000 bytes; times are medians of " << kRuns << " runs)" << Qt::endl << Qt::endl;

    // 1. The data set, streamed to disk, and a self-check of the first invoices.
    out() << "generating " << bigPath << " ..." << Qt::endl;
    const std::optional<GeneratedFiles> generated = generateFiles(options, n, bigPath, quarter, smallPath);
    if (!generated) {
        return 2;
    }
    const qint64 checked = std::min<qint64>(n, 2'000);
    {
        const QString checkPath = dir.absoluteFilePath(u"check.json"_s);
        if (!generateFiles(options, checked, checkPath)) {
            return 2;
        }
        if (const qint64 failures = verifyFile(options, checkPath, checked); failures != 0) {
            err() << "self-check failed for " << failures << " invoices: not benchmarking broken data" << Qt::endl;
            return 1;
        }
        QFile::remove(checkPath);
    }

    const auto validationJson = [&](const ValidationFigures& f) {
        const auto one = [](const ValidateResult& r) {
            return QJsonObject{ { u"seconds"_s, r.seconds }, { u"runs"_s, toJsonArray(r.runs) }, { u"cpuSeconds"_s, r.cpuSeconds },
                { u"peakRssKb"_s, r.peakRssKb }, { u"summary"_s, r.summary } };
        };
        QJsonObject o{ { u"threads1"_s, one(f.one) }, { u"threads2"_s, one(f.two) } };
        if (f.ajv.ok) {
            o.insert(u"ajv"_s, one(f.ajv));
            o.insert(u"speedRatio1"_s, f.ajv.seconds / f.one.seconds);
            o.insert(u"speedRatio2"_s, f.ajv.seconds / f.two.seconds);
        }
        return o;
    };
    if (settings.validateOnly) {
        const std::optional<ValidationFigures> figures =
            benchmarkValidation(settings, bigPath, today, n, generated->bytes, dir);
        if (!figures) {
            return 1;
        }
        QFile json(dir.absoluteFilePath(u"bench-validate-results.json"_s));
        if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || json.write(QJsonDocument(validationJson(*figures)).toJson(QJsonDocument::Indented)) < 0) {
            err() << "cannot write " << json.fileName() << Qt::endl;
            return 2;
        }
        out() << Qt::endl << "results: " << json.fileName() << Qt::endl;
        return 0;
    }

    // 2. Read throughput in this process (the file is in the page cache after the first run).
    out() << "reading ..." << Qt::endl;
    std::vector<double> readTimes;
    for (int run = 0; run < kRuns; ++run) {
        QFile file(bigPath);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "cannot open " << bigPath << Qt::endl;
            return 2;
        }
        QElapsedTimer timer;
        timer.start();
        BulkReader reader(&file);
        qint64 count = 0;
        qint64 invalid = 0;
        ReadInvoice r;
        while (reader.nextInto(r)) {
            ++count;
            invalid += (!r.invoice || hasErrors(r.diagnostics)) ? 1 : 0;
        }
        readTimes.push_back(seconds(timer));
        if (count != n || invalid != 0 || hasErrors(reader.fileDiagnostics())) {
            err() << "read " << count << " invoices, " << invalid << " invalid, expected " << n << Qt::endl;
            return 1;
        }
    }
    const double readSeconds = median(readTimes);

    // 3. Write throughput into <= 2 MB bulk files.
    out() << "writing bulk files ..." << Qt::endl;
    QStringList writeDirs;
    for (int run = 0; run < kRuns; ++run) {
        writeDirs << dir.absoluteFilePath(run == 0 ? u"bulk"_s : u"bulk-run%1"_s.arg(run + 1));
    }
    const std::optional<std::vector<WriteResult>> writes = benchmarkWrite(settings, writeDirs);
    if (!writes) {
        return 1;
    }
    for (qsizetype i = 1; i < writeDirs.size(); ++i) {
        QDir(writeDirs.at(i)).removeRecursively(); // keep the first run's files only
    }
    std::vector<double> writeTimes;
    for (const WriteResult& w : *writes) {
        writeTimes.push_back(w.seconds);
    }
    const double writeSeconds = median(writeTimes);
    const WriteResult& write = writes->front();

    // 4. Peak memory of reading, and the QJsonDocument reference, each in a fresh process.
    out() << "reading in child processes ..." << Qt::endl;
    const ChildResult oursBig = runChildRepeated(u"read-file"_s, bigPath, kRuns);
    const ChildResult oursSmall = runChildRepeated(u"read-file"_s, smallPath, kRuns);
    const ChildResult qjsonBig = runChildRepeated(u"read-qjson"_s, bigPath, kRuns);
    const ChildResult qjsonSmall = runChildRepeated(u"read-qjson"_s, smallPath, 1);
    for (const ChildResult* r : { &oursBig, &oursSmall, &qjsonBig, &qjsonSmall }) {
        if (!r->ok) {
            err() << r->problem << Qt::endl;
            return 1;
        }
    }

    // The table.
    const auto perSecond = [](double count, double secs) {
        return secs > 0 ? count / secs : 0.0;
    };
    const double nd = static_cast<double>(n);
    const double bigMb = static_cast<double>(generated->bytes) / 1e6;
    const double smallMb = static_cast<double>(generated->smallBytes) / 1e6;
    const double writeMb = static_cast<double>(write.bytes) / 1e6;
    const auto row =
        [](const QString& what, const QString& time, const QString& mbps, const QString& ips, const QString& peak) {
            out() << what.leftJustified(52) << time.rightJustified(9) << mbps.rightJustified(10)
                  << ips.rightJustified(13) << peak.rightJustified(13) << Qt::endl;
        };
    const auto secs = [](double s) -> QString {
        return fixed(s, 3) + u" s";
    };
    out() << Qt::endl;
    out() << "data: " << QFileInfo(bigPath).fileName() << " " << megabytes(generated->bytes) << ", "
          << QFileInfo(smallPath).fileName() << " " << megabytes(generated->smallBytes) << Qt::endl
          << Qt::endl;
    row(u""_s, u"time"_s, u"MB/s"_s, u"invoices/s"_s, u"peak RSS"_s);
    row(u"generate + write the bulk file"_s,
        secs(generated->seconds),
        fixed(perSecond(bigMb, generated->seconds), 1),
        number(qRound64(perSecond(nd, generated->seconds))),
        u"-"_s);
    row(u"read: BulkReader::nextInto, every invoice"_s,
        secs(readSeconds),
        fixed(perSecond(bigMb, readSeconds), 1),
        number(qRound64(perSecond(nd, readSeconds))),
        u"-"_s);
    row(u"write: BulkFileWriter, <= 2,000,000 B files"_s,
        secs(writeSeconds),
        fixed(perSecond(writeMb, writeSeconds), 1),
        number(qRound64(perSecond(nd, writeSeconds))),
        u"-"_s);
    out() << "    " << number(write.files) << " files, " << number(write.bytes) << " bytes, largest "
          << number(write.largestFile) << " bytes (in " << writeDirs.first() << ")" << Qt::endl;
    const auto childRow = [&](const QString& what, const ChildResult& r, double mb) {
        row(what + u", " + number(r.invoices) + u" (" + megabytes(r.bytes) + u')',
            secs(r.seconds),
            fixed(perSecond(mb, r.seconds), 1),
            number(qRound64(perSecond(static_cast<double>(r.invoices), r.seconds))),
            mebibytesFromKb(r.peakRssKb));
    };
    out() << Qt::endl
          << "in a fresh process each (peak RSS = VmHWM; an idle process holds "
          << mebibytesFromKb(oursBig.baselineRssKb) << "):" << Qt::endl;
    childRow(u"ours: BulkReader"_s, oursBig, bigMb);
    childRow(u"ours: BulkReader"_s, oursSmall, smallMb);
    childRow(u"ref: QJsonDocument::fromJson"_s, qjsonBig, bigMb);
    childRow(u"ref: QJsonDocument::fromJson"_s, qjsonSmall, smallMb);

    const double faster = oursBig.seconds > 0 ? qjsonBig.seconds / oursBig.seconds : 0.0;
    const double lessMemory =
        oursBig.peakRssKb > 0 ? static_cast<double>(qjsonBig.peakRssKb) / static_cast<double>(oursBig.peakRssKb) : 0.0;
    const QString speedText =
        faster >= 1.0 ? fixed(faster, 1) + u"\u00d7 faster" : fixed(1.0 / faster, 1) + u"\u00d7 slower";
    out() << Qt::endl
          << "ours vs QJsonDocument: " << speedText << ", " << fixed(lessMemory, 1) << "\u00d7 less memory" << Qt::endl
          << "(ours reads every field into typed invoices with diagnostics; QJsonDocument only builds a tree)"
          << Qt::endl;

    // 5. Validation, ours and ajv's.
    const std::optional<ValidationFigures> validation =
        benchmarkValidation(settings, bigPath, today, n, generated->bytes, dir);
    if (!validation) {
        return 1;
    }

    // The same figures as JSON.
    const auto childJson = [](const ChildResult& r) {
        return QJsonObject{ { u"invoices"_s, r.invoices },
            { u"bytes"_s, r.bytes },
            { u"seconds"_s, r.seconds },
            { u"baselineRssKb"_s, r.baselineRssKb },
            { u"peakRssKb"_s, r.peakRssKb } };
    };
    QJsonObject results{
        { u"invoices"_s, n },
        { u"itemsMax"_s, options.itemsMax },
        { u"seed"_s, QString::number(options.seed) },
        { u"today"_s, formatInvoiceDate(today) },
        { u"runs"_s, kRuns },
        { u"file"_s, QJsonObject{ { u"path"_s, bigPath }, { u"bytes"_s, generated->bytes } } },
        { u"smallFile"_s, QJsonObject{ { u"path"_s, smallPath }, { u"bytes"_s, generated->smallBytes } } },
        { u"generate"_s,
            QJsonObject{
                { u"seconds"_s, generated->seconds }, { u"invoicesPerSecond"_s, perSecond(nd, generated->seconds) } } },
        { u"read"_s,
            QJsonObject{ { u"seconds"_s, readSeconds },
                { u"runs"_s, toJsonArray(readTimes) },
                { u"mbPerSecond"_s, perSecond(bigMb, readSeconds) },
                { u"invoicesPerSecond"_s, perSecond(nd, readSeconds) } } },
        { u"write"_s,
            QJsonObject{ { u"seconds"_s, writeSeconds },
                { u"runs"_s, toJsonArray(writeTimes) },
                { u"mbPerSecond"_s, perSecond(writeMb, writeSeconds) },
                { u"invoicesPerSecond"_s, perSecond(nd, writeSeconds) },
                { u"files"_s, write.files },
                { u"bytes"_s, write.bytes },
                { u"largestFileBytes"_s, write.largestFile },
                { u"maxFileBytes"_s, kDefaultBulkFileBytes } } },
        { u"readChild"_s, QJsonObject{ { u"full"_s, childJson(oursBig) }, { u"quarter"_s, childJson(oursSmall) } } },
        { u"qjsonChild"_s, QJsonObject{ { u"full"_s, childJson(qjsonBig) }, { u"quarter"_s, childJson(qjsonSmall) } } },
        { u"oursVsQJsonDocument"_s, QJsonObject{ { u"speedRatio"_s, faster }, { u"memoryRatio"_s, lessMemory } } },
    };
    results.insert(u"validate"_s, validationJson(*validation));
    QFile json(dir.absoluteFilePath(u"bench-results.json"_s));
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || json.write(QJsonDocument(results).toJson(QJsonDocument::Indented)) < 0) {
        err() << "cannot write " << json.fileName() << Qt::endl;
        return 2;
    }
    out() << Qt::endl << "results: " << json.fileName() << Qt::endl;
    return 0;
}

} // namespace
} // namespace irndesk::bench

int main(int argc, char* argv[])
{
    using namespace irndesk::bench;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"irndesk-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Benchmarks reading and writing INV-01 bulk files of generated invoices.\n"
        "Commands: (none) run the benchmark; generate FILE; read-file FILE; read-qjson FILE."_s);
    parser.addHelpOption();
    const QCommandLineOption outDirOption(
        u"out-dir"_s, u"Directory for the data and results."_s, u"dir"_s, u"bench-data"_s);
    const QCommandLineOption invoicesOption(
        u"invoices"_s, u"Number of invoices (default 100000)."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption itemsOption(u"items-max"_s, u"Most lines per invoice (default 5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Generator seed (default 1)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption todayOption(
        u"today"_s, u"Date the invoices are generated on, dd/mm/yyyy (default: today)."_s, u"date"_s);
    const QCommandLineOption verifyOption(u"verify"_s, u"generate: read the file back and check every invoice."_s);
    const QCommandLineOption cliOption(u"cli"_s, u"irndesk-cli to time (default: ../app/irndesk-cli next to this program)."_s, u"path"_s,
        QCoreApplication::applicationDirPath() + u"/../app/irndesk-cli"_s);
    const QCommandLineOption nodeOption(u"node"_s, u"Node.js for the ajv reference (default: node)."_s, u"path"_s, u"node"_s);
    const QCommandLineOption ajvOption(u"ajv-script"_s, u"The ajv reference script (default: bench/ajv-validate.mjs of the source tree)."_s,
        u"path"_s, QStringLiteral(IRNDESK_SOURCE_DIR "/bench/ajv-validate.mjs"));
    const QCommandLineOption validateOnlyOption(u"validate-only"_s, u"Time validation only, not reading and writing."_s);
    parser.addOptions({ outDirOption, invoicesOption, itemsOption, seedOption, todayOption, verifyOption, cliOption, nodeOption, ajvOption,
        validateOnlyOption });
    parser.addPositionalArgument(u"command"_s, u"generate, read-file or read-qjson (internal)"_s, u"[command FILE]"_s);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (!command.isEmpty() && args.size() != 2) {
        parser.showHelp(2);
    }
    if (command == u"read-file") {
        return readFileCommand(args.at(1));
    }
    if (command == u"read-qjson") {
        return readQJsonCommand(args.at(1));
    }

    Settings settings;
    bool ok = true;
    settings.invoices = parser.value(invoicesOption).toLongLong(&ok);
    if (!ok || settings.invoices < 1) {
        parser.showHelp(2);
    }
    settings.generator.itemsMax = parser.value(itemsOption).toInt(&ok);
    if (!ok || settings.generator.itemsMax < 1 || settings.generator.itemsMax > 1000) {
        parser.showHelp(2);
    }
    settings.generator.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        parser.showHelp(2);
    }
    if (parser.isSet(todayOption)) {
        settings.generator.today = irndesk::parseInvoiceDate(parser.value(todayOption));
        if (!settings.generator.today.isValid() || settings.generator.today.year() < 2011
            || settings.generator.today.year() > 2029) {
            parser.showHelp(2);
        }
    } else {
        // The schema's date pattern ends with 2029: past it, generate as on its last day.
        settings.generator.today = std::min(QDate::currentDate(), QDate(2029, 12, 31));
    }
    settings.outDir = parser.value(outDirOption);
    settings.cli = QFileInfo(parser.value(cliOption)).absoluteFilePath();
    settings.node = parser.value(nodeOption);
    settings.ajvScript = parser.value(ajvOption);
    settings.validateOnly = parser.isSet(validateOnlyOption);

    if (command == u"generate") {
        return generateCommand(settings, args.at(1), parser.isSet(verifyOption));
    }
    if (!command.isEmpty()) {
        parser.showHelp(2);
    }
    return benchmarkCommand(settings);
}
