// SPDX-License-Identifier: GPL-3.0-or-later
// Writes an XLSX file with libxlsxwriter from a JSON description, for TestTabularImport.
//
// It is a program of its own because libxlsxwriter cannot share a process with QuaZip: QuaZip
// exports its own, changed copy of minizip's functions (zipOpen ...), and libxlsxwriter's calls to
// Debian's libminizip bind to those and crash. So this program links libxlsxwriter and Qt Core
// only, and the test, which reads the files with irndesk_core (QuaZip), runs it.
//
//   irndesk_test_xlsxwriter SPEC.json OUT.xlsx
//
// SPEC: {"constantMemory": false, "sheets": [{"name": "Lines", "rows": [[cell, ...], ...]}]}
// A cell is null (none), a string, true/false, {"n": "1180.5"} (a number, written as the double
// nearest to it, as a spreadsheet program stores it), {"f": "=B2*2", "v": 2361} (a formula and
// its cached value), or {"rich": ["plain ", "bold", " plain" ...]} (a rich string, every other run
// in bold).

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <xlsxwriter.h>

#include <cstdio>
#include <vector>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: irndesk_test_xlsxwriter SPEC.json OUT.xlsx\n");
        return 2;
    }
    QFile specFile(args[1]);
    if (!specFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args[1]));
        return 2;
    }
    const QJsonObject spec = QJsonDocument::fromJson(specFile.readAll()).object();
    lxw_workbook_options options{};
    options.constant_memory = spec.value(QStringLiteral("constantMemory")).toBool() ? LXW_TRUE : LXW_FALSE;
    const QByteArray out = args[2].toUtf8();
    lxw_workbook* book = workbook_new_opt(out.constData(), &options);
    if (book == nullptr) {
        return 1;
    }
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    std::vector<QByteArray> keep; // the texts must live until the workbook is closed
    for (const QJsonValue& sheetValue : spec.value(QStringLiteral("sheets")).toArray()) {
        const QJsonObject sheet = sheetValue.toObject();
        keep.push_back(sheet.value(QStringLiteral("name")).toString().toUtf8());
        lxw_worksheet* ws = workbook_add_worksheet(book, keep.back().constData());
        const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonArray cells = rows[r].toArray();
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const QJsonValue cell = cells[c];
                const auto row = static_cast<lxw_row_t>(r);
                const auto col = static_cast<lxw_col_t>(c);
                lxw_error error = LXW_NO_ERROR;
                if (cell.isString()) {
                    keep.push_back(cell.toString().toUtf8());
                    error = worksheet_write_string(ws, row, col, keep.back().constData(), nullptr);
                } else if (cell.isBool()) {
                    error = worksheet_write_boolean(ws, row, col, cell.toBool() ? 1 : 0, nullptr);
                } else if (cell.isObject()) {
                    const QJsonObject o = cell.toObject();
                    if (o.contains(QStringLiteral("n"))) {
                        error = worksheet_write_number(
                            ws, row, col, o.value(QStringLiteral("n")).toString().toDouble(), nullptr);
                    } else if (o.contains(QStringLiteral("f"))) {
                        keep.push_back(o.value(QStringLiteral("f")).toString().toUtf8());
                        error = worksheet_write_formula_num(
                            ws, row, col, keep.back().constData(), nullptr, o.value(QStringLiteral("v")).toDouble());
                    } else if (o.contains(QStringLiteral("rich"))) {
                        const QJsonArray runs = o.value(QStringLiteral("rich")).toArray();
                        std::vector<lxw_rich_string_tuple> tuples(static_cast<std::size_t>(runs.size()));
                        std::vector<lxw_rich_string_tuple*> pointers;
                        for (qsizetype k = 0; k < runs.size(); ++k) {
                            keep.push_back(runs[k].toString().toUtf8());
                            tuples[static_cast<std::size_t>(k)].format = k % 2 == 1 ? bold : nullptr;
                            tuples[static_cast<std::size_t>(k)].string = keep.back().data();
                            pointers.push_back(&tuples[static_cast<std::size_t>(k)]);
                        }
                        pointers.push_back(nullptr);
                        error = worksheet_write_rich_string(ws, row, col, pointers.data(), nullptr);
                    }
                }
                if (error != LXW_NO_ERROR) {
                    std::fprintf(stderr, "cell %lld,%lld: %s\n", qlonglong(r), qlonglong(c), lxw_strerror(error));
                    return 1;
                }
            }
        }
    }
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        std::fprintf(stderr, "%s\n", lxw_strerror(closed));
        return 1;
    }
    return 0;
}
