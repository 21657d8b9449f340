// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real store of generated invoices for the invoice list's tests: one workspace, `count`
// invoices in several statuses (every 7th exported, every 11th a draft with an error).

#include "bench/InvoiceGenerator.h"
#include "core/json/InvoiceWriter.h"
#include "core/rules/Validator.h"
#include "core/store/Store.h"

#include <QTest>

#include <memory>

namespace irndesk::test {

struct InvoiceFixture
{
    std::unique_ptr<store::Store> store;
    qint64 workspaceId = 0;
    QString sellerGstin;
    QList<qint64> ids;

    static QDate today() { return QDate(2026, 3, 20); }

    /// Fills a new store at `path`; false (with a QtTest failure message) when that fails.
    bool fill(const QString& path, int count, quint64 seed = 7)
    {
        auto opened = store::Store::open(path);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return false;
        }
        store = std::move(opened.value());
        bench::GeneratorOptions options;
        options.seed = seed;
        options.today = today();
        bench::InvoiceGenerator generator(options);
        const RuleContext rules = RuleContext::withBuiltInMasters(today());
        store::Store::Transaction tx(*store);
        for (int i = 0; i < count; ++i) {
            Invoice invoice = generator.next();
            if (i == 0) {
                const auto ws = store->addWorkspace(store::SellerProfile::fromInvoice(invoice));
                if (!ws) {
                    return false;
                }
                workspaceId = ws.value().id;
                sellerGstin = ws.value().profile.gstin;
            }
            // All in one workspace (the list shows one), whatever their generated seller.
            const Findings findings = validate(invoice, rules);
            const auto id = store->addInvoiceInBulk(workspaceId, invoice, findings, QStringLiteral("test"),
                                                    invoiceToJson(invoice));
            if (!id) {
                qWarning("%s", qPrintable(id.error().message));
                return false;
            }
            ids.append(id.value());
        }
        if (!tx.commit()) {
            return false;
        }
        QList<qint64> exported;
        for (int i = 0; i < ids.size(); ++i) {
            if (i % 11 == 5) {
                Finding error;
                error.code = QStringLiteral("2189");
                error.rule = QStringLiteral("test.error");
                error.message = QStringLiteral("made up for the test");
                if (!store->recordValidation(ids[i], {error})) {
                    return false;
                }
            } else if (i % 7 == 3) {
                exported.append(ids[i]);
            }
        }
        return bool(store->markExported(exported, QStringLiteral("test.json")));
    }
};

} // namespace irndesk::test
