// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace irndesk::bench {

/// A valid two-line B2B intra-state invoice (Maharashtra, CGST + SGST) that the benchmarks send,
/// print and sign again and again.
inline const QByteArray& sampleInvoiceJson()
{
    static const QByteArray json = R"({"Version":"1.1","TranDtls":{"TaxSch":"GST","SupTyp":"B2B","RegRev":"N"},
"DocDtls":{"Typ":"INV","No":"MH/2026/0042","Dt":"10/11/2026"},
"SellerDtls":{"Gstin":"27AAPFU0939F1ZV","LglNm":"Pune Traders Private Limited","Addr1":"12 Laxmi Road","Loc":"Pune","Pin":411001,"Stcd":"27"},
"BuyerDtls":{"Gstin":"27AABCU9603R1ZN","LglNm":"Mumbai Retail LLP","Pos":"27","Addr1":"5 Marine Drive","Loc":"Mumbai","Pin":400001,"Stcd":"27"},
"ItemList":[{"SlNo":"1","PrdDesc":"Laptop computer","IsServc":"N","HsnCd":"84713010","Qty":2,"Unit":"NOS","UnitPrice":50000,"TotAmt":100000,"AssAmt":100000,"GstRt":18,"CgstAmt":9000,"SgstAmt":9000,"TotItemVal":118000},
{"SlNo":"2","PrdDesc":"Cotton T-shirt","IsServc":"N","HsnCd":"61091000","Qty":10,"Unit":"PCS","UnitPrice":499.5,"TotAmt":4995,"Discount":95,"AssAmt":4900,"GstRt":5,"CgstAmt":122.5,"SgstAmt":122.5,"TotItemVal":5145}],
"ValDtls":{"AssVal":104900,"CgstVal":9122.5,"SgstVal":9122.5,"TotInvVal":123145}})";
    return json;
}

} // namespace irndesk::bench
