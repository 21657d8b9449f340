// SPDX-License-Identifier: GPL-3.0-or-later
// Document-level rules (spec §3.1): the document type, the document date (not in the future, the
// 30-day reporting window), the references of credit and debit notes, the document period.
#include "core/model/Dates.h"
#include "core/rules/Checks.h"

namespace irndesk::rules {

namespace {

/// The reporting window of spec §3.1: AATO >= ₹10 crore (from 01/04/2025; >= ₹100 crore from
/// 01/11/2023) cannot report a document more than 30 days after its date.
///
/// How we count: age = the number of days from the document date to today (QDate::daysTo), so a
/// document dated today has age 0. Age 30 is still allowed, age 31 is 2305; india-compliance blocks
/// the same way (today > date + 30 days). Example: dated 01/04/2025, the last day to report is
/// 01/05/2025. [U] "30 days" is not defined by GSTN; if the IRP counts one day less, an invoice
/// reported on its last day is rejected, which is why we warn from age 25 (five days or fewer left).
constexpr qint64 kWindowDays = 30;
constexpr qint64 kWindowWarningAge = 25;

QDate windowRuleStart()
{
    return QDate(2023, 11, 1);
}

/// From this day the window binds AATO >= ₹10 crore; before it only AATO >= ₹100 crore (spec §3.1).
QDate windowTenCroreStart()
{
    return QDate(2025, 4, 1);
}

/// E-invoicing began on 01/10/2020.
QDate eInvoicingStart()
{
    return QDate(2020, 10, 1);
}

QDate dateOf(const Text& text)
{
    return text ? parseInvoiceDate(*text) : QDate();
}

/// True when the date rules below would speak but the schema check already rejected DocDtls.Dt
/// (a year outside the schema's 2010-2029, say): one finding for one date.
bool hasDateFinding(QDate date, QDate today, const Report& report)
{
    const qint64 age = date.daysTo(today);
    const bool mayReport = age < 0 || age >= kWindowWarningAge || date < eInvoicingStart();
    return mayReport && report.hasFindingAt(u"DocDtls.Dt");
}

} // namespace

void checkDocument(const Invoice& invoice, const RuleContext& context, Report& report)
{
    const DocDetails& doc = invoice.docDtls;

    // 2161: only INV, CRN and DBN. The schema check reports the enum (SCHEMA at DocDtls.Typ); this
    // rule speaks only when it did not, so one wrong type is one finding.
    if (doc.typ && !doc.typ->isEmpty() && doc.typ->compare(u"INV", Qt::CaseInsensitive) != 0 && !isNote(doc.typ)
        && !report.hasFindingAt(u"DocDtls.Typ")) {
        report.error("2161",
            "document.type",
            QStringLiteral("DocDtls.Typ"),
            Rules::tr("Document type %1 is not one the IRP registers").arg(*doc.typ),
            Rules::tr("Use INV for a tax invoice, CRN for a credit note or DBN for a debit note; B2C "
                      "documents are not reported to the IRP."));
    }

    // The date itself (format, real calendar date) is the schema check's; the rules below need a
    // valid one.
    const QDate date = dateOf(doc.dt);
    if (date.isValid() && context.today.isValid() && !hasDateFinding(date, context.today, report)) {
        const qint64 age = date.daysTo(context.today);
        if (age < 0) {
            // [U] The code for a future document date is not firmly established; NIC's list has
            // 2218 "date later than today". Today is the caller's date (RuleContext::today).
            report.error("2218",
                "document.date.future",
                QStringLiteral("DocDtls.Dt"),
                Rules::tr("The document date %1 is after today (%2)").arg(*doc.dt, formatInvoiceDate(context.today)),
                Rules::tr("An e-invoice is reported on or after its document date: correct the date or "
                          "report the document on that day."));
        } else if (context.aatoAtLeast10Crore && context.today >= windowRuleStart()
            && context.today < windowTenCroreStart() && age > kWindowDays) {
            // Before 01/04/2025 the window bound AATO >= ₹100 crore only. The context knows
            // "₹10 crore or more", which may be less than ₹100 crore: the IRP may have accepted the
            // document, so a warning.
            report.warning("2305",
                "document.date.window",
                QStringLiteral("DocDtls.Dt"),
                Rules::tr("The document is dated %1, %2 days before today; until 31/03/2025 the 30-day "
                          "reporting window applied to an aggregate turnover of ₹100 crore or more, which "
                          "had to report it by %3")
                    .arg(*doc.dt)
                    .arg(age)
                    .arg(formatInvoiceDate(date.addDays(kWindowDays))),
                Rules::tr("If your aggregate turnover is ₹100 crore or more the IRP rejects the document "
                          "(2305); below that it may still be reported."));
        } else if (context.aatoAtLeast10Crore && context.today >= windowRuleStart() && age > kWindowDays) {
            report.error("2305",
                "document.date.window",
                QStringLiteral("DocDtls.Dt"),
                Rules::tr("The document is dated %1, %2 days before today; with an aggregate turnover of "
                          "₹10 crore or more it had to be reported within 30 days, by %3")
                    .arg(*doc.dt)
                    .arg(age)
                    .arg(formatInvoiceDate(date.addDays(kWindowDays))),
                Rules::tr("The IRP will not register it any more. Do not change the document date: ask "
                          "your tax adviser how to report this supply, and report documents sooner."));
        } else if (context.aatoAtLeast10Crore && context.today >= windowRuleStart() && age >= kWindowWarningAge) {
            report.warning("2305",
                "document.date.window",
                QStringLiteral("DocDtls.Dt"),
                age == kWindowDays
                    ? Rules::tr("The document is dated %1, 30 days ago: today is the last day of the 30-day "
                                "reporting window")
                          .arg(*doc.dt)
                    : Rules::tr("The document is dated %1, %2 days ago: the 30-day reporting window closes "
                                "on %3 (%4 days left)")
                          .arg(*doc.dt)
                          .arg(age)
                          .arg(formatInvoiceDate(date.addDays(kWindowDays)))
                          .arg(kWindowDays - age),
                Rules::tr("Report this document now: after the 30th day the IRP rejects it (2305)."));
        } else if (date < eInvoicingStart()) {
            // [S/U] Documents dated before e-invoicing began (01/10/2020) are said to be rejected; NIC's
            // own sandbox sample is dated 08/08/2020. Without a documented code: a LOCAL warning.
            report.warning("LOCAL-DATE-BEFORE-EINVOICING",
                "document.date.before-einvoicing",
                QStringLiteral("DocDtls.Dt"),
                Rules::tr("The document date %1 is before e-invoicing began on 01/10/2020").arg(*doc.dt),
                Rules::tr("The IRP is not expected to register documents of that age: check the date."));
        }
    }

    // Credit and debit notes refer to the original invoice (2191); an invoice refers to none (2210).
    // [U] Both are warnings, not errors: india-compliance reports debit notes without PrecDocDtls
    // from real sandbox runs (spec §3.1: "NIC may have relaxed 2191"), and NIC's own sample invoice
    // (an INV) carries PrecDocDtls. GSTR-1 needs the original's number for a note all the same.
    const bool hasReferences = invoice.refDtls && !invoice.refDtls->precDocDtls.isEmpty();
    if (isNote(doc.typ) && !hasReferences) {
        report.warning("2191",
            "document.note.references",
            QStringLiteral("RefDtls.PrecDocDtls"),
            Rules::tr("%1 %2 names no original invoice (RefDtls.PrecDocDtls)")
                .arg(doc.typ->toUpper(), doc.no.value_or(QString())),
            Rules::tr("Give the number and date of the invoice this note adjusts in "
                      "RefDtls.PrecDocDtls (InvNo, InvDt); the IRP may answer 2191 without them."));
    } else if (doc.typ && doc.typ->compare(u"INV", Qt::CaseInsensitive) == 0 && hasReferences) {
        report.warning("2210",
            "document.invoice.references",
            QStringLiteral("RefDtls.PrecDocDtls"),
            Rules::tr("Invoice %1 carries preceding-document references (RefDtls.PrecDocDtls), which "
                      "belong to credit and debit notes")
                .arg(doc.no.value_or(QString())),
            Rules::tr("Remove RefDtls.PrecDocDtls from the invoice (the IRP may answer 2210), or use "
                      "CRN/DBN if this document adjusts an earlier invoice."));
    }

    if (!invoice.refDtls)
        return;
    const RefDetails& ref = *invoice.refDtls;

    // The preceding document comes before the note. [U] No IRP code is known for this; a LOCAL
    // warning, since an original dated after its own note is a typing error.
    if (date.isValid()) {
        for (qsizetype k = 0; k < ref.precDocDtls.size(); ++k) {
            const QDate original = dateOf(ref.precDocDtls[k].invDt);
            if (original.isValid() && original > date) {
                const QString path = QStringLiteral("RefDtls.PrecDocDtls[%1].InvDt").arg(k);
                if (report.hasFindingAt(path))
                    continue;
                report.warning("LOCAL-PRECEDING-DATE",
                    "document.references.date",
                    path,
                    Rules::tr("The preceding document %1 is dated %2, after this document's date %3")
                        .arg(ref.precDocDtls[k].invNo.value_or(QString()), *ref.precDocDtls[k].invDt, *doc.dt),
                    Rules::tr("Check InvDt: the original invoice is dated on or before the note."));
            }
        }
    }

    // 2219: the document period runs forwards.
    if (ref.docPerdDtls) {
        const QDate start = dateOf(ref.docPerdDtls->invStDt);
        const QDate end = dateOf(ref.docPerdDtls->invEndDt);
        const QString path = QStringLiteral("RefDtls.DocPerdDtls.InvStDt");
        if (start.isValid() && end.isValid() && start > end && !report.hasFindingAt(path)) {
            report.error("2219",
                "document.period.order",
                path,
                Rules::tr("The document period starts on %1, after it ends on %2")
                    .arg(*ref.docPerdDtls->invStDt, *ref.docPerdDtls->invEndDt),
                Rules::tr("InvStDt is the first day of the period the document covers, InvEndDt the last: "
                          "swap or correct them."));
        }
    }
}

} // namespace irndesk::rules
