// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Decimal.h"

#include <QList>
#include <QString>

#include <optional>

/// The INV-01 v1.1 e-invoice as one value type.
///
/// Every scalar field is std::optional: "absent" (std::nullopt) and "present but empty" ("") are
/// different states, so an invoice read from a file and written again keeps exactly what it had,
/// and the rule engine can tell a missing field from a blank one. Optional sections are
/// std::optional too; the mandatory ones (TranDtls, DocDtls, SellerDtls, BuyerDtls, ValDtls) are
/// plain members, and an absent one reads as a section with no fields.
///
/// Each section lists its fields in schema order in a static `fields(visitor)` function. The JSON
/// codec and any other generic code (comparison, the store) walk the model through it, so the
/// schema's names and order live in exactly one place.
namespace irndesk {

using Text = std::optional<QString>;
using Amount = std::optional<Money>;
using Decimal3 = std::optional<Fixed<3>>; // quantity, unit price, rate
using Integer = std::optional<qint64>;

struct TranDetails
{
    Text taxSch, supTyp, regRev, ecmGstin, igstOnIntra;
    template <class V>
    static void fields(V& v)
    {
        v.field("TaxSch", &TranDetails::taxSch);
        v.field("SupTyp", &TranDetails::supTyp);
        v.field("RegRev", &TranDetails::regRev);
        v.field("EcmGstin", &TranDetails::ecmGstin);
        v.field("IgstOnIntra", &TranDetails::igstOnIntra);
    }
    bool operator==(const TranDetails&) const = default;
};

struct DocDetails
{
    Text typ, no, dt;
    template <class V>
    static void fields(V& v)
    {
        v.field("Typ", &DocDetails::typ);
        v.field("No", &DocDetails::no);
        v.field("Dt", &DocDetails::dt);
    }
    bool operator==(const DocDetails&) const = default;
};

struct SellerDetails
{
    Text gstin, lglNm, trdNm, addr1, addr2, loc;
    Integer pin;
    Text stcd, ph, em;
    template <class V>
    static void fields(V& v)
    {
        v.field("Gstin", &SellerDetails::gstin);
        v.field("LglNm", &SellerDetails::lglNm);
        v.field("TrdNm", &SellerDetails::trdNm);
        v.field("Addr1", &SellerDetails::addr1);
        v.field("Addr2", &SellerDetails::addr2);
        v.field("Loc", &SellerDetails::loc);
        v.field("Pin", &SellerDetails::pin);
        v.field("Stcd", &SellerDetails::stcd);
        v.field("Ph", &SellerDetails::ph);
        v.field("Em", &SellerDetails::em);
    }
    bool operator==(const SellerDetails&) const = default;
};

struct BuyerDetails
{
    Text gstin, lglNm, trdNm, pos, addr1, addr2, loc;
    Integer pin;
    Text stcd, ph, em;
    template <class V>
    static void fields(V& v)
    {
        v.field("Gstin", &BuyerDetails::gstin);
        v.field("LglNm", &BuyerDetails::lglNm);
        v.field("TrdNm", &BuyerDetails::trdNm);
        v.field("Pos", &BuyerDetails::pos);
        v.field("Addr1", &BuyerDetails::addr1);
        v.field("Addr2", &BuyerDetails::addr2);
        v.field("Loc", &BuyerDetails::loc);
        v.field("Pin", &BuyerDetails::pin);
        v.field("Stcd", &BuyerDetails::stcd);
        v.field("Ph", &BuyerDetails::ph);
        v.field("Em", &BuyerDetails::em);
    }
    bool operator==(const BuyerDetails&) const = default;
};

struct DispatchDetails
{
    Text nm, addr1, addr2, loc;
    Integer pin;
    Text stcd;
    template <class V>
    static void fields(V& v)
    {
        v.field("Nm", &DispatchDetails::nm);
        v.field("Addr1", &DispatchDetails::addr1);
        v.field("Addr2", &DispatchDetails::addr2);
        v.field("Loc", &DispatchDetails::loc);
        v.field("Pin", &DispatchDetails::pin);
        v.field("Stcd", &DispatchDetails::stcd);
    }
    bool operator==(const DispatchDetails&) const = default;
};

struct ShipDetails
{
    Text gstin, lglNm, trdNm, addr1, addr2, loc;
    Integer pin;
    Text stcd;
    template <class V>
    static void fields(V& v)
    {
        v.field("Gstin", &ShipDetails::gstin);
        v.field("LglNm", &ShipDetails::lglNm);
        v.field("TrdNm", &ShipDetails::trdNm);
        v.field("Addr1", &ShipDetails::addr1);
        v.field("Addr2", &ShipDetails::addr2);
        v.field("Loc", &ShipDetails::loc);
        v.field("Pin", &ShipDetails::pin);
        v.field("Stcd", &ShipDetails::stcd);
    }
    bool operator==(const ShipDetails&) const = default;
};

struct BatchDetails
{
    Text nm, expDt, wrDt;
    template <class V>
    static void fields(V& v)
    {
        v.field("Nm", &BatchDetails::nm);
        v.field("ExpDt", &BatchDetails::expDt);
        v.field("WrDt", &BatchDetails::wrDt);
    }
    bool operator==(const BatchDetails&) const = default;
};

struct Attribute
{
    Text nm, val;
    template <class V>
    static void fields(V& v)
    {
        v.field("Nm", &Attribute::nm);
        v.field("Val", &Attribute::val);
    }
    bool operator==(const Attribute&) const = default;
};

struct Item
{
    Text slNo, prdDesc, isServc, hsnCd, barcde;
    Decimal3 qty, freeQty;
    Text unit;
    Decimal3 unitPrice;
    Amount totAmt, discount, preTaxVal, assAmt;
    Decimal3 gstRt;
    Amount igstAmt, cgstAmt, sgstAmt;
    Decimal3 cesRt;
    Amount cesAmt, cesNonAdvlAmt;
    Decimal3 stateCesRt;
    Amount stateCesAmt, stateCesNonAdvlAmt, othChrg, totItemVal;
    Text ordLineRef, orgCntry, prdSlNo;
    std::optional<BatchDetails> bchDtls;
    QList<Attribute> attribDtls;

    template <class V>
    static void fields(V& v)
    {
        v.field("SlNo", &Item::slNo);
        v.field("PrdDesc", &Item::prdDesc);
        v.field("IsServc", &Item::isServc);
        v.field("HsnCd", &Item::hsnCd);
        v.field("Barcde", &Item::barcde);
        v.field("Qty", &Item::qty);
        v.field("FreeQty", &Item::freeQty);
        v.field("Unit", &Item::unit);
        v.field("UnitPrice", &Item::unitPrice);
        v.field("TotAmt", &Item::totAmt);
        v.field("Discount", &Item::discount);
        v.field("PreTaxVal", &Item::preTaxVal);
        v.field("AssAmt", &Item::assAmt);
        v.field("GstRt", &Item::gstRt);
        v.field("IgstAmt", &Item::igstAmt);
        v.field("CgstAmt", &Item::cgstAmt);
        v.field("SgstAmt", &Item::sgstAmt);
        v.field("CesRt", &Item::cesRt);
        v.field("CesAmt", &Item::cesAmt);
        v.field("CesNonAdvlAmt", &Item::cesNonAdvlAmt);
        v.field("StateCesRt", &Item::stateCesRt);
        v.field("StateCesAmt", &Item::stateCesAmt);
        v.field("StateCesNonAdvlAmt", &Item::stateCesNonAdvlAmt);
        v.field("OthChrg", &Item::othChrg);
        v.field("TotItemVal", &Item::totItemVal);
        v.field("OrdLineRef", &Item::ordLineRef);
        v.field("OrgCntry", &Item::orgCntry);
        v.field("PrdSlNo", &Item::prdSlNo);
        v.field("BchDtls", &Item::bchDtls);
        v.field("AttribDtls", &Item::attribDtls);
    }
    bool operator==(const Item&) const = default;
};

struct ValueDetails
{
    Amount assVal, cgstVal, sgstVal, igstVal, cesVal, stCesVal, discount, othChrg, rndOffAmt, totInvVal, totInvValFc;
    template <class V>
    static void fields(V& v)
    {
        v.field("AssVal", &ValueDetails::assVal);
        v.field("CgstVal", &ValueDetails::cgstVal);
        v.field("SgstVal", &ValueDetails::sgstVal);
        v.field("IgstVal", &ValueDetails::igstVal);
        v.field("CesVal", &ValueDetails::cesVal);
        v.field("StCesVal", &ValueDetails::stCesVal);
        v.field("Discount", &ValueDetails::discount);
        v.field("OthChrg", &ValueDetails::othChrg);
        v.field("RndOffAmt", &ValueDetails::rndOffAmt);
        v.field("TotInvVal", &ValueDetails::totInvVal);
        v.field("TotInvValFc", &ValueDetails::totInvValFc);
    }
    bool operator==(const ValueDetails&) const = default;
};

struct PayDetails
{
    Text nm, accDet, mode, finInsBr, payTerm, payInstr, crTrn, dirDr;
    Integer crDay;
    Amount paidAmt, paymtDue;
    template <class V>
    static void fields(V& v)
    {
        v.field("Nm", &PayDetails::nm);
        v.field("AccDet", &PayDetails::accDet);
        v.field("Mode", &PayDetails::mode);
        v.field("FinInsBr", &PayDetails::finInsBr);
        v.field("PayTerm", &PayDetails::payTerm);
        v.field("PayInstr", &PayDetails::payInstr);
        v.field("CrTrn", &PayDetails::crTrn);
        v.field("DirDr", &PayDetails::dirDr);
        v.field("CrDay", &PayDetails::crDay);
        v.field("PaidAmt", &PayDetails::paidAmt);
        v.field("PaymtDue", &PayDetails::paymtDue);
    }
    bool operator==(const PayDetails&) const = default;
};

struct DocPeriodDetails
{
    Text invStDt, invEndDt;
    template <class V>
    static void fields(V& v)
    {
        v.field("InvStDt", &DocPeriodDetails::invStDt);
        v.field("InvEndDt", &DocPeriodDetails::invEndDt);
    }
    bool operator==(const DocPeriodDetails&) const = default;
};

struct PrecedingDocument
{
    Text invNo, invDt, othRefNo;
    template <class V>
    static void fields(V& v)
    {
        v.field("InvNo", &PrecedingDocument::invNo);
        v.field("InvDt", &PrecedingDocument::invDt);
        v.field("OthRefNo", &PrecedingDocument::othRefNo);
    }
    bool operator==(const PrecedingDocument&) const = default;
};

struct ContractDetails
{
    Text recAdvRefr, recAdvDt, tendRefr, contrRefr, extRefr, projRefr, poRefr, poRefDt;
    template <class V>
    static void fields(V& v)
    {
        v.field("RecAdvRefr", &ContractDetails::recAdvRefr);
        v.field("RecAdvDt", &ContractDetails::recAdvDt);
        v.field("TendRefr", &ContractDetails::tendRefr);
        v.field("ContrRefr", &ContractDetails::contrRefr);
        v.field("ExtRefr", &ContractDetails::extRefr);
        v.field("ProjRefr", &ContractDetails::projRefr);
        v.field("PORefr", &ContractDetails::poRefr);
        v.field("PORefDt", &ContractDetails::poRefDt);
    }
    bool operator==(const ContractDetails&) const = default;
};

struct RefDetails
{
    Text invRm;
    std::optional<DocPeriodDetails> docPerdDtls;
    QList<PrecedingDocument> precDocDtls;
    QList<ContractDetails> contrDtls;
    template <class V>
    static void fields(V& v)
    {
        v.field("InvRm", &RefDetails::invRm);
        v.field("DocPerdDtls", &RefDetails::docPerdDtls);
        v.field("PrecDocDtls", &RefDetails::precDocDtls);
        v.field("ContrDtls", &RefDetails::contrDtls);
    }
    bool operator==(const RefDetails&) const = default;
};

struct AdditionalDocument
{
    Text url, docs, info;
    template <class V>
    static void fields(V& v)
    {
        v.field("Url", &AdditionalDocument::url);
        v.field("Docs", &AdditionalDocument::docs);
        v.field("Info", &AdditionalDocument::info);
    }
    bool operator==(const AdditionalDocument&) const = default;
};

struct ExportDetails
{
    Text shipBNo, shipBDt, port, refClm, forCur, cntCode;
    Amount expDuty;
    template <class V>
    static void fields(V& v)
    {
        v.field("ShipBNo", &ExportDetails::shipBNo);
        v.field("ShipBDt", &ExportDetails::shipBDt);
        v.field("Port", &ExportDetails::port);
        v.field("RefClm", &ExportDetails::refClm);
        v.field("ForCur", &ExportDetails::forCur);
        v.field("CntCode", &ExportDetails::cntCode);
        v.field("ExpDuty", &ExportDetails::expDuty);
    }
    bool operator==(const ExportDetails&) const = default;
};

struct EwbDetails
{
    Text transId, transName, transMode;
    Integer distance;
    Text transDocNo, transDocDt, vehNo, vehType;
    template <class V>
    static void fields(V& v)
    {
        v.field("TransId", &EwbDetails::transId);
        v.field("TransName", &EwbDetails::transName);
        v.field("TransMode", &EwbDetails::transMode);
        v.field("Distance", &EwbDetails::distance);
        v.field("TransDocNo", &EwbDetails::transDocNo);
        v.field("TransDocDt", &EwbDetails::transDocDt);
        v.field("VehNo", &EwbDetails::vehNo);
        v.field("VehType", &EwbDetails::vehType);
    }
    bool operator==(const EwbDetails&) const = default;
};

struct Invoice
{
    Text version;
    Text irn; ///< allowed by the schema, never sent: the IRP computes it
    TranDetails tranDtls;
    DocDetails docDtls;
    SellerDetails sellerDtls;
    BuyerDetails buyerDtls;
    std::optional<DispatchDetails> dispDtls;
    std::optional<ShipDetails> shipDtls;
    QList<Item> itemList;
    ValueDetails valDtls;
    std::optional<PayDetails> payDtls;
    std::optional<RefDetails> refDtls;
    QList<AdditionalDocument> addlDocDtls;
    std::optional<ExportDetails> expDtls;
    std::optional<EwbDetails> ewbDtls;

    template <class V>
    static void fields(V& v)
    {
        v.field("Version", &Invoice::version);
        v.field("Irn", &Invoice::irn);
        v.field("TranDtls", &Invoice::tranDtls);
        v.field("DocDtls", &Invoice::docDtls);
        v.field("SellerDtls", &Invoice::sellerDtls);
        v.field("BuyerDtls", &Invoice::buyerDtls);
        v.field("DispDtls", &Invoice::dispDtls);
        v.field("ShipDtls", &Invoice::shipDtls);
        v.field("ItemList", &Invoice::itemList);
        v.field("ValDtls", &Invoice::valDtls);
        v.field("PayDtls", &Invoice::payDtls);
        v.field("RefDtls", &Invoice::refDtls);
        v.field("AddlDocDtls", &Invoice::addlDocDtls);
        v.field("ExpDtls", &Invoice::expDtls);
        v.field("EwbDtls", &Invoice::ewbDtls);
    }
    bool operator==(const Invoice&) const = default;

    /// A new invoice as a user starts one: schema version 1.1, tax scheme GST.
    static Invoice blank();
};

} // namespace irndesk
