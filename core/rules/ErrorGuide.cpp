// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/ErrorGuide.h"

namespace irndesk {

namespace {

using Kind = ErrorExplanation::Kind;

constexpr int kRetry = 1; ///< ErrorExplanation::retry
constexpr int kObsolete = 2; ///< ErrorExplanation::obsolete

/// One code. The texts are marked for lupdate and translated when looked up; `arg1`/`arg2` fill
/// %1/%2 (field names, never translated) so that one text serves a family of codes.
struct Entry
{
    const char* code;
    Kind kind;
    int flags;
    const char* title;
    const char* meaning;
    const char* fix;
    const char* arg1 = nullptr;
    const char* arg2 = nullptr;
};

/// Holds the table so that lupdate files its texts under irndesk::ErrorGuide.
class GuideTexts
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::ErrorGuide)

public:
    static const Entry* begin();
    static const Entry* end();

private:
    static const QList<Entry>& table();
};

// Sources: spec §3.12 (codes and short meanings), §3.1-3.11 (the rules behind them), §8 (the codes
// the reference peer answers with) and §10 (codes that are probably obsolete). Where the spec gives
// only a range (2182-2188, 2204-2209, 2251-2254, 3074-3079, 4031-4036) each code's meaning is our
// best reading of the range's description; the choices are noted at the entries.
const QList<Entry>& GuideTexts::table()
{
    constexpr Kind D = Kind::Data;
    constexpr Kind A = Kind::Authentication;
    constexpr Kind T = Kind::Transient;
    constexpr Kind Q = Kind::Request;
    constexpr Kind R = Kind::Retrieval;
    constexpr Kind C = Kind::Cancellation;
    constexpr Kind E = Kind::EWayBill;
    constexpr Kind L = Kind::Local;

    // Fixes several codes share: one text to translate, not one per code.
    static const char* const kSettingsFix = QT_TR_NOOP(
        "Check that the IRP connection settings (GSTIN, API user name, password, client ID and secret) are all "
        "filled in. If they are, report this as a problem in IRN Desk.");
    static const char* const kPasswordFix =
        QT_TR_NOOP("Check the API user name and password you created on the e-invoice portal (API user management). "
                   "Several failed tries can lock the user.");
    static const char* const kPublicKeyFix = QT_TR_NOOP(
        "Use the IRP public key of the system you connect to (sandbox or production): download it again from "
        "the e-invoice portal and set it in the connection settings.");
    static const char* const kRetryFix =
        QT_TR_NOOP("Wait a few minutes and send it again. If it keeps failing, contact the IRP helpdesk.");
    static const char* const kSoftwareFix =
        QT_TR_NOOP("Send it again. If this repeats, report it as a problem in IRN Desk.");
    static const char* const kSchemaFix = QT_TR_NOOP("Run Validate and correct every SCHEMA error it shows.");
    static const char* const kObsoleteFix =
        QT_TR_NOOP("The IRP no longer applies this rule. If you still get it, check the field it names and contact the "
                   "IRP helpdesk.");
    static const char* const kDateFix = QT_TR_NOOP("Write the date as DD/MM/YYYY, for example 05/04/2026.");
    static const char* const kRecomputeFix =
        QT_TR_NOOP("Let IRN Desk recompute the amounts, or correct them by hand: tax = taxable value × rate.");
    static const char* const kTaxHeadsFix =
        QT_TR_NOOP("Check the place of supply (BuyerDtls.Pos) and the seller's state code. Same state: CGST and SGST, "
                   "half the rate each. Different states, or IgstOnIntra = Y: IGST only.");
    static const char* const kExportBuyerFix =
        QT_TR_NOOP("For an export the buyer's GSTIN is URP, state code and place of supply are 96, PIN is 999999. "
                   "IRN Desk can fill these in.");
    static const char* const kStateFix =
        QT_TR_NOOP("Use the two-digit GST state code, for example 27 for Maharashtra, or 96 for another country.");
    static const char* const kStcdFix =
        QT_TR_NOOP("Set the state code to the first two digits of the GSTIN. IRN Desk can do this for you.");
    static const char* const kCessFix =
        QT_TR_NOOP("Check the cess rate notified for this HSN code, and correct the rate and the amount.");
    static const char* const kOtherGstinFix =
        QT_TR_NOOP("Check the IRN, and that you are logged in with the GSTIN that generated it.");
    static const char* const kOldPortalFix =
        QT_TR_NOOP("Check the IRN or document details. After 2 days an IRN can only be seen on the e-invoice portal.");
    static const char* const kShipPortFix =
        QT_TR_NOOP("Enter the Indian port or place of export as ship-to (ShipDtls), with its Indian PIN and state.");
    static const char* const kDispatchFix = QT_TR_NOOP(
        "Enter the Indian place the goods leave from as dispatch details (DispDtls), with its PIN and state.");
    static const char* const kDistanceFix =
        QT_TR_NOOP("Enter 0 to let the IRP use its own distance between the PINs, or the real road distance in km.");
    static const char* const kOwnDistanceFix = QT_TR_NOOP("Enter the real road distance in km.");
    static const char* const kShipToStateFix = QT_TR_NOOP("Check the ship-to GSTIN, PIN and state code agree.");
    static const char* const kVehTypeFix = QT_TR_NOOP("Set VehType to R (regular) or O (over-dimensional cargo).");
    static const char* const kTransporterFix = QT_TR_NOOP(
        "Enter the transporter's 15-character GSTIN or enrolment number (TransId), or the vehicle or transport "
        "document details.");
    static const char* const kNoEwbFix = QT_TR_NOOP("Remove the e-way bill details (EwbDtls) from this document.");
    static const char* const kRemoveEwbOrGoodsFix =
        QT_TR_NOOP("Remove the e-way bill details (EwbDtls), or check that the goods lines have goods HSN codes.");
    static const char* const kEwbLookupFix = QT_TR_NOOP("Check the IRN or the e-way bill number.");

    // Meanings several codes share.
    static const char* const kTotalsMeaning = QT_TR_NOOP("ValDtls.%1 must be the sum of %2 over all lines.");
    static const char* const kTotalsTitle = QT_TR_NOOP("Invoice total %1 does not match the lines");
    static const char* const kRegistrationMeaning = QT_TR_NOOP(
        "A GSTIN in the invoice is cancelled or inactive, and its registration dates do not allow an invoice "
        "on this document date.");
    static const char* const kRegistrationFix =
        QT_TR_NOOP("Check the document date and the party's registration and cancellation dates on the GST portal. An "
                   "invoice for that GSTIN must be dated while it was registered.");
    static const char* const kOldTransactionTypeMeaning =
        QT_TR_NOOP("Schema 1.0 had a transaction type (regular, bill-to/ship-to, bill-from/dispatch-from, combination) "
                   "that decided which address blocks were needed. Schema 1.1 dropped it.");
    static const char* const kExportPosTitle = QT_TR_NOOP("Export: place of supply must be 96");
    static const char* const kExportPosMeaning =
        QT_TR_NOOP("For an export the place of supply (BuyerDtls.Pos) must be 96, other country.");
    static const char* const kEwbNotesMeaning =
        QT_TR_NOOP("An e-way bill cannot be made for a credit or debit note, or for an invoice of services only.");
    static const char* const kEwbNotesTitle = QT_TR_NOOP("No e-way bill for notes or services");
    static const char* const kEwbMissingMeaning = QT_TR_NOOP("No e-way bill was found for this request.");
    static const char* const kTransporterMeaning =
        QT_TR_NOOP("With Part-A only (no vehicle or transport document), the transporter ID is required.");

    // One entry per code, kept compact: clang-format would put every member on a line of its own.
    // clang-format off
    static const QList<Entry> entries = {
        // Authentication ("vital") errors.
        {"1004", A, 0, QT_TR_NOOP("GSTIN missing in the request"),
         QT_TR_NOOP("The request to the IRP did not say which GSTIN it is for."), kSettingsFix},
        {"1005", A, kRetry, QT_TR_NOOP("Login expired or invalid"),
         QT_TR_NOOP("The IRP login (token) has expired, or belongs to another GSTIN or user. A login lasts 6 "
                    "hours."),
         QT_TR_NOOP("Log in again and send it again. IRN Desk does this itself; if it keeps failing, check the "
                    "GSTIN and user name in the connection settings.")},
        {"1006", A, 0, QT_TR_NOOP("API user name missing in the request"),
         QT_TR_NOOP("The request did not carry the API user name."), kSettingsFix},
        {"1007", A, 0, QT_TR_NOOP("Login request not readable"),
         QT_TR_NOOP("The IRP could not read the login request, or the user name or password was missing."),
         kSettingsFix},
        {"1008", A, 0, QT_TR_NOOP("Wrong API user name or password"),
         QT_TR_NOOP("The IRP did not accept the API user name or password."), kPasswordFix},
        {"1010", A, 0, QT_TR_NOOP("Wrong client ID or secret"),
         QT_TR_NOOP("The client ID or client secret of your API access is wrong."),
         QT_TR_NOOP("Copy the client ID and secret again from the e-invoice portal, or from your GSP, into the "
                    "connection settings.")},
        {"1011", A, 0, QT_TR_NOOP("Client ID missing in the request"),
         QT_TR_NOOP("The request did not carry the client ID of your API access."), kSettingsFix},
        {"1012", A, 0, QT_TR_NOOP("Client secret missing in the request"),
         QT_TR_NOOP("The request did not carry the client secret of your API access."), kSettingsFix},
        {"1013", A, 0, QT_TR_NOOP("Password could not be decrypted"),
         QT_TR_NOOP("The IRP could not decrypt the password, usually because the wrong IRP public key is set."),
         kPublicKeyFix},
        {"1014", A, 0, QT_TR_NOOP("User or GSTIN not enabled"),
         QT_TR_NOOP("The GSTIN or the API user is inactive, or not enabled for e-invoicing."),
         QT_TR_NOOP("On the e-invoice portal, check that the GSTIN is enabled for e-invoicing and the API user "
                    "is active.")},
        {"1015", A, 0, QT_TR_NOOP("Login made for another GSTIN"),
         QT_TR_NOOP("The login was made for a different GSTIN than the one in this request."),
         QT_TR_NOOP("Log in with the GSTIN of the seller. Each GSTIN needs its own connection settings.")},
        {"1016", A, 0, QT_TR_NOOP("Session key could not be decrypted"),
         QT_TR_NOOP("The IRP could not decrypt the session key IRN Desk sent, usually because the wrong IRP "
                    "public key is set."),
         kPublicKeyFix},
        {"1017", A, 0, QT_TR_NOOP("API user does not exist"),
         QT_TR_NOOP("The IRP has no API user with this name. Sandbox and production have separate users."),
         QT_TR_NOOP("Check the API user name, and that it was created for this GSTIN on the portal of the "
                    "system you connect to.")},
        {"1018", A, 0, QT_TR_NOOP("API user not linked to this client ID"),
         QT_TR_NOOP("The API user belongs to other credentials: direct-access and GSP credentials were mixed."),
         QT_TR_NOOP("Use the user name with the client ID and secret it was created for: your own direct API "
                    "access, or your GSP's.")},
        {"1019", A, 0, QT_TR_NOOP("Wrong password"), QT_TR_NOOP("The API password is wrong."), kPasswordFix},
        {"1020", A, 0, QT_TR_NOOP("Request could not be decrypted"),
         QT_TR_NOOP("The IRP could not decrypt the request, usually because the IRP public key in the settings is "
                    "wrong or old."),
         kPublicKeyFix},

        // IRN generation, cancellation and retrieval.
        {"2139", T, kRetry, QT_TR_NOOP("IRP could not create the invoice"),
         QT_TR_NOOP("An unexpected error at the IRP while registering the invoice."), kRetryFix},
        {"2140", D, 0, QT_TR_NOOP("Invoice not as per the schema"),
         QT_TR_NOOP("The IRP could not read the invoice: a field has the wrong type, length or format, or a "
                    "required field is missing."),
         kSchemaFix},
        {"2141", C, kRetry, QT_TR_NOOP("IRP could not cancel the IRN"),
         QT_TR_NOOP("An unexpected error at the IRP while cancelling."), kRetryFix},
        {"2142", Q, 0, QT_TR_NOOP("Request incomplete"),
         QT_TR_NOOP("A required part of the request is missing, for example the IRN or the reason of a "
                    "cancellation."),
         QT_TR_NOOP("Fill in everything the request needs (to cancel: the IRN, the reason and a remark) and send "
                    "it again.")},
        {"2143", R, 0, QT_TR_NOOP("IRN belongs to another GSTIN"),
         QT_TR_NOOP("Only the GSTIN that generated an IRN can cancel it or work with it."), kOtherGstinFix},
        {"2144", D, 0, QT_TR_NOOP("Document date format wrong"),
         QT_TR_NOOP("The document date is not written as DD/MM/YYYY."), kDateFix},
        {"2145", R, 0, QT_TR_NOOP("IRN not valid"), QT_TR_NOOP("The IRN given is not a 64-character IRN."),
         QT_TR_NOOP("Copy the full IRN again: 64 characters, digits and the letters a to f.")},
        {"2146", T, kRetry, QT_TR_NOOP("IRN could not be created now"),
         QT_TR_NOOP("A passing problem at the IRP while creating the IRN."), kRetryFix},
        {"2147", T, kRetry, QT_TR_NOOP("Invoice could not be signed now"),
         QT_TR_NOOP("A passing problem at the IRP while signing the invoice."), kRetryFix},
        {"2148", R, 0, QT_TR_NOOP("IRN not found"),
         QT_TR_NOOP("The IRP has no data for this IRN, or it is too old to fetch through the API."),
         kOldPortalFix},
        {"2150", D, 0, QT_TR_NOOP("Duplicate IRN"),
         QT_TR_NOOP("This document (same seller GSTIN, type, number and financial year) is already registered, "
                    "perhaps by an earlier try whose answer was lost. Capitals in the number do not count."),
         QT_TR_NOOP("If it is the same invoice, keep the IRN the IRP returned with this error. If it is another "
                    "invoice, give it a new number: a used number, even a cancelled one, cannot be used again in "
                    "the financial year.")},
        {"2154", R, 0, QT_TR_NOOP("IRN details not found"),
         QT_TR_NOOP("No IRN was found for these document details."), kOldPortalFix},
        {"2155", D, 0, QT_TR_NOOP("Seller GSTIN missing"), QT_TR_NOOP("The seller's GSTIN is empty."),
         QT_TR_NOOP("Enter the seller's GSTIN (SellerDtls.Gstin).")},
        {"2156", R, 0, QT_TR_NOOP("'From' date format wrong"),
         QT_TR_NOOP("The start date of the search is not written as DD/MM/YYYY."), kDateFix},
        {"2157", R, 0, QT_TR_NOOP("'To' date format wrong"),
         QT_TR_NOOP("The end date of the search is not written as DD/MM/YYYY."), kDateFix},
        {"2159", D, 0, QT_TR_NOOP("Reverse charge flag wrong"),
         QT_TR_NOOP("Reverse charge (RegRev) must be Y or N."), QT_TR_NOOP("Set RegRev to Y or N.")},
        {"2161", D, 0, QT_TR_NOOP("Document type wrong"),
         QT_TR_NOOP("Only INV (invoice), CRN (credit note) and DBN (debit note) can be e-invoiced."),
         QT_TR_NOOP("Set the document type (DocDtls.Typ) to INV, CRN or DBN.")},
        {"2162", D, 0, QT_TR_NOOP("Reverse charge only for B2B"),
         QT_TR_NOOP("Reverse charge (RegRev = Y) is allowed only with supply type B2B."),
         QT_TR_NOOP("Set RegRev to N, or the supply type to B2B if the supply really is under reverse charge.")},
        {"2163", D, kObsolete, QT_TR_NOOP("Date must be today or yesterday"),
         QT_TR_NOOP("An early IRP rule accepted only today's or yesterday's date. It was withdrawn."),
         kObsoleteFix},
        // §8: the reference peer also answers 2169 when the seller GSTIN is not the login's GSTIN.
        {"2169", D, 0, QT_TR_NOOP("Seller or e-commerce operator, not both"),
         QT_TR_NOOP("An invoice is reported by the seller or by the e-commerce operator, not by both. Also given "
                    "when the seller GSTIN is not the GSTIN you are logged in with."),
         QT_TR_NOOP("Check that the seller GSTIN is the GSTIN of your login, and that the operator has not "
                    "already reported this invoice.")},
        {"2171", D, 0, QT_TR_NOOP("Deemed export buyer cannot be URP"),
         QT_TR_NOOP("For a deemed export (DEXP) the buyer must have a GSTIN."),
         QT_TR_NOOP("Enter the buyer's GSTIN.")},
        {"2172", D, 0, QT_TR_NOOP("IGST on an intra-state line"),
         QT_TR_NOOP("Seller state and place of supply are the same, so the line must carry CGST and SGST, not "
                    "IGST."),
         kTaxHeadsFix},
        {"2173", D, 0, QT_TR_NOOP("Too many lines"), QT_TR_NOOP("An invoice can have at most 1000 lines."),
         QT_TR_NOOP("Split it into several invoices.")},
        {"2174", D, 0, QT_TR_NOOP("CGST or SGST on an inter-state line"),
         QT_TR_NOOP("Seller state and place of supply differ, so the line must carry IGST only."), kTaxHeadsFix},
        {"2176", D, 0, QT_TR_NOOP("HSN code not known"),
         QT_TR_NOOP("An HSN or SAC code is not in the GST list, or is too short: at least 6 digits are needed."),
         QT_TR_NOOP("Look up the full 6 or 8 digit code in the GST HSN/SAC list and use it.")},
        {"2177", D, 0, QT_TR_NOOP("Unit code not known"),
         QT_TR_NOOP("A unit is not a GST unit code (UQC), for example 'pcs.' or 'Nos'."),
         QT_TR_NOOP("Use a UQC code such as NOS, PCS, KGS, MTR, or OTH for others.")},
        {"2178", D, 0, QT_TR_NOOP("PIN not in the state"),
         QT_TR_NOOP("A PIN code does not belong to the state code given with it."),
         QT_TR_NOOP("Check the PIN and the state code of that address.")},
        {"2179", D, 0, QT_TR_NOOP("Tax amounts do not match the rates"),
         QT_TR_NOOP("Tax amounts do not agree with the tax rate and the taxable value."), kRecomputeFix},
        {"2180", D, 0, QT_TR_NOOP("Export with CGST or SGST"), QT_TR_NOOP("An export can carry IGST only."),
         QT_TR_NOOP("Put the tax in IGST and remove CGST and SGST.")},
        {"2181", D, 0, QT_TR_NOOP("Export cannot be intra-state"),
         QT_TR_NOOP("For an export the place of supply must be 96 (other country), not the seller's state."),
         kExportBuyerFix},
        // 2182-2188 in the order of §3.12's description: taxable, SGST, CGST, IGST, cess, state
        // cess, non-ad-valorem cess (§3.6 agrees for 2182-2187).
        {"2182", D, 0, kTotalsTitle, kTotalsMeaning, kRecomputeFix, "AssVal", "AssAmt"},
        {"2183", D, 0, kTotalsTitle, kTotalsMeaning, kRecomputeFix, "SgstVal", "SgstAmt"},
        {"2184", D, 0, kTotalsTitle, kTotalsMeaning, kRecomputeFix, "CgstVal", "CgstAmt"},
        {"2185", D, 0, kTotalsTitle, kTotalsMeaning, kRecomputeFix, "IgstVal", "IgstAmt"},
        {"2186", D, 0, kTotalsTitle, kTotalsMeaning, kRecomputeFix, "CesVal", "CesAmt + CesNonAdvlAmt"},
        {"2187", D, 0, kTotalsTitle, kTotalsMeaning, kRecomputeFix, "StCesVal",
         "StateCesAmt + StateCesNonAdvlAmt"},
        {"2188", D, 0, kTotalsTitle,
         QT_TR_NOOP("ValDtls.%1 must include the non-ad-valorem cess (CesNonAdvlAmt) of all lines."), kRecomputeFix,
         "CesVal"},
        {"2189", D, 0, QT_TR_NOOP("Invoice value does not add up"),
         QT_TR_NOOP("TotInvVal must equal the line totals + other charges − discount + round-off, within ₹1."),
         kRecomputeFix},
        {"2190", D, 0, QT_TR_NOOP("Buyer type not valid for an export"),
         QT_TR_NOOP("The buyer's registration type does not fit an export."), kExportBuyerFix},
        {"2191", D, 0, QT_TR_NOOP("Original invoice missing"),
         QT_TR_NOOP("A credit or debit note must name the invoice it corrects (RefDtls.PrecDocDtls)."),
         QT_TR_NOOP("Enter the original invoice's number and date as the preceding document.")},
        {"2192", D, 0, QT_TR_NOOP("Amount is not quantity × price"),
         QT_TR_NOOP("TotAmt is not Qty × UnitPrice. The IRP has suspended this check, but the amount looks "
                    "wrong."),
         kRecomputeFix},
        {"2193", D, 0, QT_TR_NOOP("Taxable value wrong"), QT_TR_NOOP("AssAmt must be TotAmt − Discount."),
         kRecomputeFix},
        {"2194", D, 0, QT_TR_NOOP("Line total wrong"),
         QT_TR_NOOP("TotItemVal must be the taxable value plus all taxes, cess and other charges of the line."),
         kRecomputeFix},
        {"2195", D, 0, QT_TR_NOOP("E-commerce GSTIN is not a TCS registration"),
         QT_TR_NOOP("EcmGstin must be the e-commerce operator's TCS GSTIN (C as 14th character)."),
         QT_TR_NOOP("Ask the operator for its TCS GSTIN and enter it.")},
        {"2196", D, 0, QT_TR_NOOP("URP not allowed for this export"),
         QT_TR_NOOP("The buyer is URP, which this kind of export does not allow."),
         QT_TR_NOOP("Check that the supply type fits the buyer: a buyer registered in India means B2B, SEZ or "
                    "deemed export.")},
        {"2197", D, 0, QT_TR_NOOP("E-commerce GSTIN missing"),
         QT_TR_NOOP("The supply is made through an e-commerce operator, but EcmGstin is missing."),
         QT_TR_NOOP("Enter the operator's TCS GSTIN (EcmGstin).")},
        {"2198", D, kObsolete, QT_TR_NOOP("Ship or dispatch details not allowed"),
         kOldTransactionTypeMeaning, kObsoleteFix},
        {"2199", D, 0, QT_TR_NOOP("HSN code does not fit the line"),
         QT_TR_NOOP("An HSN or SAC code does not fit the line, for example a goods code on a service line."),
         QT_TR_NOOP("Service codes (SAC) start with 99: set IsServc to Y for them and N for goods.")},
        {"2200", D, 0, QT_TR_NOOP("Dispatch or ship-to state code wrong"),
         QT_TR_NOOP("The state code of the dispatch or ship-to address is not a valid state code."), kStateFix},
        {"2201", D, 0, QT_TR_NOOP("Port code wrong"),
         QT_TR_NOOP("ExpDtls.Port is not in the list of Indian port codes."),
         QT_TR_NOOP("Enter the port code from the customs list, for example INNSA1 for Nhava Sheva.")},
        {"2202", D, 0, QT_TR_NOOP("Country code wrong"),
         QT_TR_NOOP("ExpDtls.CntCode is not a two-letter country code."),
         QT_TR_NOOP("Use the ISO country code, for example US, AE or GB.")},
        {"2203", D, 0, QT_TR_NOOP("Currency code wrong"),
         QT_TR_NOOP("ExpDtls.ForCur is not a three-letter currency code."),
         QT_TR_NOOP("Use the ISO currency code, for example USD, EUR or AED.")},
        // 2204-2209 "ship/dispatch/export blocks missing or not allowed for the transaction type":
        // the transaction type of schema 1.0 (REG, SHP, DIS, CMB). Which code named which block is
        // our reading [U]; all but 2208 are obsolete (§10).
        {"2204", D, kObsolete, QT_TR_NOOP("Ship-to details required"), kOldTransactionTypeMeaning,
         kObsoleteFix},
        {"2205", D, kObsolete, QT_TR_NOOP("Dispatch details required"), kOldTransactionTypeMeaning,
         kObsoleteFix},
        {"2206", D, kObsolete, QT_TR_NOOP("Ship-to and dispatch details required"),
         kOldTransactionTypeMeaning, kObsoleteFix},
        {"2207", D, kObsolete, QT_TR_NOOP("Ship-to details not allowed"), kOldTransactionTypeMeaning,
         kObsoleteFix},
        // 2208 is in that range but §3.9 and §3.4 give it today's meaning: ExpDtls required.
        {"2208", D, 0, QT_TR_NOOP("Export details missing"),
         QT_TR_NOOP("An export (EXPWP or EXPWOP) needs export details (ExpDtls)."),
         QT_TR_NOOP("Fill in the export details: country (CntCode), currency (ForCur) and, for goods, the port "
                    "and shipping bill.")},
        {"2209", D, kObsolete, QT_TR_NOOP("Dispatch details not allowed"), kOldTransactionTypeMeaning,
         kObsoleteFix},
        {"2210", D, 0, QT_TR_NOOP("Original invoice not expected"),
         QT_TR_NOOP("An invoice (INV) must not name a preceding invoice; only credit and debit notes do."),
         QT_TR_NOOP("Remove RefDtls.PrecDocDtls, or set the document type to CRN or DBN if this is a note.")},
        {"2211", D, 0, QT_TR_NOOP("Seller and buyer GSTIN are the same"),
         QT_TR_NOOP("A seller cannot invoice its own GSTIN."),
         QT_TR_NOOP("Check the buyer's GSTIN. A branch in another state has a GSTIN of its own.")},
        {"2212", D, 0, QT_TR_NOOP("Buyer cannot be URP here"),
         QT_TR_NOOP("This supply type needs a registered buyer; URP is for exports."),
         QT_TR_NOOP("Enter the buyer's GSTIN. Sales to unregistered buyers in India (B2C) are not e-invoiced.")},
        {"2213", D, 0, QT_TR_NOOP("Seller cannot be URP"), QT_TR_NOOP("The seller must be a registered GSTIN."),
         QT_TR_NOOP("Enter your own GSTIN as the seller.")},
        {"2214", D, 0, QT_TR_NOOP("Party GSTIN missing"),
         QT_TR_NOOP("A party (seller, buyer or ship-to) has no GSTIN."),
         QT_TR_NOOP("Enter the GSTIN, or URP for an unregistered or foreign party where that is allowed.")},
        {"2215", D, 0, QT_TR_NOOP("PIN or state missing"), QT_TR_NOOP("An address has no PIN or no state code."),
         QT_TR_NOOP("Enter the PIN and the state code of that address.")},
        {"2216", D, 0, QT_TR_NOOP("Party name missing"), QT_TR_NOOP("A party has no name."),
         QT_TR_NOOP("Enter the party's legal name.")},
        {"2217", D, 0, QT_TR_NOOP("Location missing"), QT_TR_NOOP("An address has no location (city or town)."),
         QT_TR_NOOP("Enter the city or town (Loc).")},
        {"2218", D, 0, QT_TR_NOOP("Date in the future"),
         QT_TR_NOOP("A date is later than today, or is not a real date."),
         QT_TR_NOOP("Use the real date, not a future one, written as DD/MM/YYYY.")},
        {"2219", D, 0, QT_TR_NOOP("Start date after end date"),
         QT_TR_NOOP("A period starts after it ends, for example the invoice period in RefDtls.DocPerdDtls."),
         QT_TR_NOOP("Correct the dates so that the start comes first.")},
        {"2220", D, 0, QT_TR_NOOP("Discount too large"),
         QT_TR_NOOP("The invoice discount (ValDtls.Discount) is not below the invoice value."),
         QT_TR_NOOP("Check the discount. A line's own discount belongs in that line's Discount.")},
        {"2221", D, 0, QT_TR_NOOP("Export: with or without tax?"),
         QT_TR_NOOP("An export must say whether tax is paid: EXPWP with payment, EXPWOP without (under bond or "
                    "LUT)."),
         QT_TR_NOOP("Set the supply type to EXPWP or EXPWOP.")},
        {"2222", D, 0, QT_TR_NOOP("State cess rate wrong"),
         QT_TR_NOOP("The state cess rate is not the rate for this HSN code."), kCessFix},
        {"2223", D, 0, QT_TR_NOOP("State cess rate missing"),
         QT_TR_NOOP("This HSN code carries a state cess, but no rate is given."), kCessFix},
        {"2224", D, 0, QT_TR_NOOP("E-commerce GSTIN not expected"),
         QT_TR_NOOP("EcmGstin is given for a supply that is not made through an e-commerce operator."),
         QT_TR_NOOP("Remove EcmGstin.")},
        {"2225", D, 0, QT_TR_NOOP("Document date wrong"),
         QT_TR_NOOP("DocDtls.Dt is not a real date written as DD/MM/YYYY."), kDateFix},
        {"2226", R, 0, QT_TR_NOOP("Not allowed to fetch this IRN"),
         QT_TR_NOOP("Your login may not fetch this IRN, for example because another GSTIN generated it."),
         kOtherGstinFix},
        {"2227", D, 0, QT_TR_NOOP("CGST and SGST differ"),
         QT_TR_NOOP("On an intra-state line CGST and SGST must be equal, half the tax each."), kRecomputeFix},
        {"2228", D, 0, QT_TR_NOOP("No lines"), QT_TR_NOOP("The invoice has no items."),
         QT_TR_NOOP("Add at least one item.")},
        {"2229", D, 0, kExportPosTitle, kExportPosMeaning, kExportBuyerFix},
        {"2230", C, 0, QT_TR_NOOP("E-way bill still active"),
         QT_TR_NOOP("The IRN has an active e-way bill, so it cannot be cancelled."),
         QT_TR_NOOP("Cancel the e-way bill first, then the IRN.")},
        {"2231", D, 0, QT_TR_NOOP("SEZ seller cannot e-invoice"),
         QT_TR_NOOP("SEZ units are exempt from e-invoicing; the IRP does not accept them as sellers."),
         QT_TR_NOOP("Issue the invoice without an IRN.")},
        {"2232", D, 0, kExportPosTitle, kExportPosMeaning, kExportBuyerFix},
        {"2233", D, 0, QT_TR_NOOP("Duplicate line numbers"),
         QT_TR_NOOP("Two lines have the same serial number (SlNo)."),
         QT_TR_NOOP("Number the lines 1, 2, 3 and so on, without repeats.")},
        {"2234", D, 0, QT_TR_NOOP("CGST or SGST of a line wrong"),
         QT_TR_NOOP("A line's CGST or SGST is not taxable value × rate ÷ 2."), kRecomputeFix},
        {"2235", D, 0, QT_TR_NOOP("IGST of a line wrong"), QT_TR_NOOP("A line's IGST is not taxable value × rate."),
         kRecomputeFix},
        {"2236", D, 0, QT_TR_NOOP("Export e-way bill: ship-to must be the port"),
         QT_TR_NOOP("For an export with an e-way bill, ship-to must be the Indian port or place the goods leave "
                    "from."),
         kShipPortFix},
        {"2237", D, 0, QT_TR_NOOP("SEZ supply with CGST or SGST"),
         QT_TR_NOOP("Supplies to an SEZ carry IGST only, even within the state."),
         QT_TR_NOOP("Put the tax in IGST and set CGST and SGST to 0.")},
        {"2238", D, 0, QT_TR_NOOP("Quantity missing"), QT_TR_NOOP("A goods line needs a quantity."),
         QT_TR_NOOP("Enter the quantity (Qty).")},
        {"2239", D, 0, QT_TR_NOOP("Unit missing"), QT_TR_NOOP("A goods line needs a unit."),
         QT_TR_NOOP("Enter the unit code (UQC), for example NOS.")},
        {"2240", D, 0, QT_TR_NOOP("GST rate not allowed"),
         QT_TR_NOOP("The GST rate is not one of the rates allowed for this HSN code."),
         QT_TR_NOOP("Use the rate notified for the HSN code: 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28 or "
                    "40.")},
        {"2241", D, 0, QT_TR_NOOP("Intra-state line needs CGST and SGST"),
         QT_TR_NOOP("Seller state and place of supply are the same, so the line needs both CGST and SGST."),
         kTaxHeadsFix},
        {"2242", D, 0, QT_TR_NOOP("Place of supply 96 not allowed"),
         QT_TR_NOOP("96 (other country) is the place of supply only of exports and some transport services."),
         QT_TR_NOOP("Set the place of supply to the buyer's state, or the supply type to an export.")},
        {"2243", D, 0, QT_TR_NOOP("Place of supply wrong"),
         QT_TR_NOOP("The place of supply is not a valid state code."), kStateFix},
        {"2244", D, 0, QT_TR_NOOP("Buyer PIN missing"), QT_TR_NOOP("This supply type needs the buyer's PIN."),
         QT_TR_NOOP("Enter the buyer's PIN, or 999999 for a foreign buyer.")},
        {"2245", D, kObsolete, QT_TR_NOOP("Ship-to state must be the place of supply"),
         QT_TR_NOOP("An older rule required the ship-to state to equal the place of supply for B2B. It is no "
                    "longer applied."),
         kObsoleteFix},
        {"2246", D, 0, QT_TR_NOOP("Buyer is an SEZ"),
         QT_TR_NOOP("The buyer is an SEZ unit, so the supply type must be SEZWP or SEZWOP."),
         QT_TR_NOOP("Set the supply type to SEZWP (with tax) or SEZWOP (without tax).")},
        {"2247", D, 0, QT_TR_NOOP("Buyer is not an SEZ"),
         QT_TR_NOOP("SEZWP and SEZWOP supplies need an SEZ unit or developer as buyer."),
         QT_TR_NOOP("Check the buyer's GSTIN; if the buyer is not an SEZ, use supply type B2B.")},
        {"2248", D, 0, QT_TR_NOOP("Export buyer must be URP"),
         QT_TR_NOOP("For an export the buyer's GSTIN must be URP."), kExportBuyerFix},
        {"2249", D, 0, QT_TR_NOOP("Goods and services mixed"),
         QT_TR_NOOP("An inter-state invoice whose place of supply is the seller's state cannot mix goods and "
                    "services."),
         QT_TR_NOOP("Put the goods and the services on separate invoices.")},
        // 2251-2254 "EWB-with-IRN prerequisites (at least one goods line; not for CRN/DBN/services;
        // vehicle data for road; transport doc for other modes)", one each in that order (§3.10 agrees on 2252).
        {"2251", E, 0, QT_TR_NOOP("E-way bill needs a goods line"),
         QT_TR_NOOP("An e-way bill needs at least one goods line (HSN not starting with 99)."),
         kRemoveEwbOrGoodsFix},
        {"2252", E, 0, kEwbNotesTitle, kEwbNotesMeaning, kNoEwbFix},
        {"2253", E, 0, QT_TR_NOOP("Vehicle details missing"),
         QT_TR_NOOP("Transport by road needs the vehicle number and type."),
         QT_TR_NOOP("Enter VehNo and VehType, or only the transporter ID (TransId) to add the vehicle later.")},
        {"2254", E, 0, QT_TR_NOOP("Transport document missing"),
         QT_TR_NOOP("Transport by rail, air or ship needs the transport document number and date."),
         QT_TR_NOOP("Enter TransDocNo and TransDocDt.")},
        {"2255", Q, 0, QT_TR_NOOP("Empty request"), QT_TR_NOOP("The IRP received no invoice data."),
         kSoftwareFix},
        {"2256", Q, 0, QT_TR_NOOP("Signature not valid"),
         QT_TR_NOOP("The IRP could not verify the signature of the request."), kSoftwareFix},
        {"2257", R, 0, QT_TR_NOOP("Login not valid for this IRN"),
         QT_TR_NOOP("Your login is not allowed to work with this IRN."), kOtherGstinFix},
        {"2258", D, 0, QT_TR_NOOP("Seller state code is not the GSTIN's"),
         QT_TR_NOOP("SellerDtls.Stcd must equal the first two digits of the seller's GSTIN."), kStcdFix},
        {"2259", D, 0, QT_TR_NOOP("Seller state code wrong"),
         QT_TR_NOOP("SellerDtls.Stcd is not a valid state code."), kStateFix},
        {"2260", D, 0, QT_TR_NOOP("Buyer state code wrong"), QT_TR_NOOP("BuyerDtls.Stcd is not a valid state code."),
         kStateFix},
        {"2261", D, 0, QT_TR_NOOP("Export: buyer state must be 96"),
         QT_TR_NOOP("For an export the buyer's state code must be 96, other country."), kExportBuyerFix},
        {"2262", D, 0, QT_TR_NOOP("IgstOnIntra needs the seller's state as place of supply"),
         QT_TR_NOOP("With IgstOnIntra = Y the place of supply must be the seller's own state."),
         QT_TR_NOOP("Set the place of supply to the seller's state, or IgstOnIntra to N.")},
        {"2263", D, 0, QT_TR_NOOP("IgstOnIntra value wrong"), QT_TR_NOOP("IgstOnIntra must be Y or N."),
         QT_TR_NOOP("Set IgstOnIntra to Y or N.")},
        {"2264", D, kObsolete, QT_TR_NOOP("Other charges do not add up"),
         QT_TR_NOOP("An older rule required ValDtls.OthChrg to equal the sum of the lines' other charges. It is "
                    "no longer applied."),
         kObsoleteFix},
        {"2265", D, 0, QT_TR_NOOP("Buyer state code is not the GSTIN's"),
         QT_TR_NOOP("BuyerDtls.Stcd must equal the first two digits of the buyer's GSTIN."), kStcdFix},
        {"2266", D, 0, QT_TR_NOOP("Cess amount wrong"),
         QT_TR_NOOP("The cess amount does not fit the cess rate of this HSN code."), kCessFix},
        {"2267", D, 0, QT_TR_NOOP("State cess amount wrong"),
         QT_TR_NOOP("The state cess amount does not fit the state cess rate of this HSN code."), kCessFix},
        {"2270", C, 0, QT_TR_NOOP("Too late to cancel"),
         QT_TR_NOOP("An IRN can be cancelled only within 24 hours of its generation."),
         QT_TR_NOOP("Issue a credit note instead, or amend the invoice in GSTR-1 on the GST portal.")},
        {"2283", R, 0, QT_TR_NOOP("IRN too old to fetch"),
         QT_TR_NOOP("The IRN exists but is older than 2 days, so the API no longer returns it."),
         QT_TR_NOOP("See it on the e-invoice portal instead.")},
        {"2302", E, 0, QT_TR_NOOP("IRN not active"),
         QT_TR_NOOP("The IRN is cancelled or otherwise not active, so no e-way bill can be made from it."),
         QT_TR_NOOP("Check the IRN's status. A cancelled IRN cannot be used.")},
        {"2305", D, 0, QT_TR_NOOP("Reported too late (30 days)"),
         QT_TR_NOOP("A seller with a turnover of ₹10 crore or more must report a document within 30 days of its "
                    "date."),
         QT_TR_NOOP("The IRP will not accept it any more. Ask your tax adviser; do not change the document "
                    "date.")},
        {"2323", D, 0, QT_TR_NOOP("Buyer and ship-to GSTIN are the same"),
         QT_TR_NOOP("From 1 August 2026, with ship-to details, the ship-to GSTIN must differ from the buyer's."),
         QT_TR_NOOP("Leave out the ship-to details when the goods go to the buyer, or enter the ship-to party's "
                    "own GSTIN.")},
        {"2325", D, 0, QT_TR_NOOP("Ship-to state does not match"),
         QT_TR_NOOP("From 1 August 2026, the ship-to state code must match the ship-to GSTIN and PIN."),
         kShipToStateFix},

        // GSTIN status. The IRP lists these with the authentication errors, but they are about a
        // party in the invoice.
        {"3001", R, 0, QT_TR_NOOP("Requested data not available"),
         QT_TR_NOOP("The IRP has no data for what was asked, for example a GSTIN it does not know."),
         QT_TR_NOOP("Check the GSTIN. A new registration can take a few days to reach the IRP.")},
        {"3028", D, 0, QT_TR_NOOP("GSTIN not valid"),
         QT_TR_NOOP("A GSTIN in the invoice is not a valid registration for the IRP. Usually a typing mistake, "
                    "or a very new registration."),
         QT_TR_NOOP("Check the GSTIN on the GST portal (Search Taxpayer) and correct it. If it is right and new, "
                    "try again a day later.")},
        {"3029", D, 0, QT_TR_NOOP("GSTIN inactive or cancelled"),
         QT_TR_NOOP("A GSTIN in the invoice is cancelled, suspended or inactive in the IRP's records."),
         QT_TR_NOOP("Check its status on the GST portal. If it is active there, use Sync GSTIN on the e-invoice "
                    "portal and send again.")},
        {"3039", D, 0, QT_TR_NOOP("Ship-to PIN does not match"),
         QT_TR_NOOP("From 1 August 2026, the ship-to PIN must belong to the ship-to state."), kShipToStateFix},
        // 3074-3079 "cancelled/inactive GSTIN vs document date vs registration/de-registration date".
        // 3074 (after the cancellation), 3076 (before the registration of a cancelled GSTIN) and 3079
        // (an active GSTIN, before its registration) are our reading [U]; 3075, 3077 and 3078 get the
        // range's meaning.
        {"3074", D, 0, QT_TR_NOOP("GSTIN cancelled before the document date"),
         QT_TR_NOOP("A GSTIN in the invoice is cancelled, and the document date is after the cancellation."),
         kRegistrationFix},
        {"3075", D, 0, QT_TR_NOOP("GSTIN status does not fit the date"), kRegistrationMeaning, kRegistrationFix},
        {"3076", D, 0, QT_TR_NOOP("Document dated before the registration"),
         QT_TR_NOOP("A GSTIN in the invoice is cancelled, and the document date is before its registration."),
         kRegistrationFix},
        {"3077", D, 0, QT_TR_NOOP("GSTIN status does not fit the date"), kRegistrationMeaning, kRegistrationFix},
        {"3078", D, 0, QT_TR_NOOP("GSTIN status does not fit the date"), kRegistrationMeaning, kRegistrationFix},
        {"3079", D, 0, QT_TR_NOOP("Document dated before the registration"),
         QT_TR_NOOP("The document date is before the date a GSTIN in the invoice was registered."),
         kRegistrationFix},

        // E-way bill made with the IRN or from it.
        {"4000", E, 0, QT_TR_NOOP("IRN not active"),
         QT_TR_NOOP("The e-way bill cannot be made: the IRN is not active, for example cancelled."),
         QT_TR_NOOP("Check the IRN's status. A cancelled IRN cannot be used.")},
        {"4001", E, 0, QT_TR_NOOP("E-way bill not created"), QT_TR_NOOP("The IRP could not create the e-way bill."),
         QT_TR_NOOP("Check the transport details and try again. If it repeats, make the e-way bill on the e-way "
                    "bill portal.")},
        {"4002", E, 0, QT_TR_NOOP("E-way bill already made"),
         QT_TR_NOOP("An e-way bill was already generated for this IRN."),
         QT_TR_NOOP("Use the existing e-way bill: look it up by the IRN.")},
        {"4003", E, 0, QT_TR_NOOP("IRN data not available"),
         QT_TR_NOOP("The IRP has no data for this IRN to make an e-way bill from."),
         QT_TR_NOOP("Check the IRN.")},
        {"4004", E, kRetry, QT_TR_NOOP("IRN data could not be read"),
         QT_TR_NOOP("A passing problem at the IRP while reading the IRN's data."), kRetryFix},
        {"4005", E, 0, QT_TR_NOOP("E-way bill not found"), kEwbMissingMeaning, kEwbLookupFix},
        {"4006", E, 0, QT_TR_NOOP("Required value empty"),
         QT_TR_NOOP("A value the e-way bill request needs is empty."),
         QT_TR_NOOP("Fill in all the transport details the transport mode needs.")},
        {"4007", E, 0, QT_TR_NOOP("E-way bill not available"), kEwbMissingMeaning, kEwbLookupFix},
        {"4008", E, 0, QT_TR_NOOP("E-way bill number wrong"),
         QT_TR_NOOP("The e-way bill number is not valid; it has 12 digits."), kEwbLookupFix},
        {"4009", E, 0, QT_TR_NOOP("E-way bill needs goods"),
         QT_TR_NOOP("At least one line must be goods (HSN not starting with 99) for an e-way bill."),
         kRemoveEwbOrGoodsFix},
        {"4010", E, 0, kEwbNotesTitle, kEwbNotesMeaning, kNoEwbFix},
        {"4011", E, 0, QT_TR_NOOP("Vehicle number missing"), QT_TR_NOOP("Transport by road needs the vehicle number."),
         QT_TR_NOOP("Enter the vehicle number (VehNo), for example MH12AB1234.")},
        {"4012", E, 0, QT_TR_NOOP("Transport document number missing"),
         QT_TR_NOOP("Transport by rail, air or ship needs the transport document number."),
         QT_TR_NOOP("Enter TransDocNo.")},
        {"4013", E, 0, QT_TR_NOOP("Distance too high"),
         QT_TR_NOOP("The distance is more than 10% above the IRP's distance between the two PINs."), kDistanceFix},
        {"4014", E, 0, QT_TR_NOOP("Vehicle number wrong"), QT_TR_NOOP("The vehicle number is not in a valid format."),
         QT_TR_NOOP("Write it without spaces or dashes, for example MH12AB1234.")},
        {"4015", E, 0, QT_TR_NOOP("Blocked from e-way bills"),
         QT_TR_NOOP("The seller or buyer GSTIN is blocked from e-way bills for not filing returns."),
         QT_TR_NOOP("File the pending GST returns; the block is lifted after that.")},
        {"4016", E, 0, QT_TR_NOOP("Transport document date in the future"),
         QT_TR_NOOP("TransDocDt is later than today."), QT_TR_NOOP("Enter the real date of the transport document.")},
        {"4017", E, 0, QT_TR_NOOP("Date format wrong"), QT_TR_NOOP("A date of the e-way bill is not DD/MM/YYYY."),
         kDateFix},
        // 4018/4019/4027 "transporter ID invalid / required for Part-A": 4018 invalid, 4019 and 4027
        // required is our reading [U].
        {"4018", E, 0, QT_TR_NOOP("Transporter ID wrong"),
         QT_TR_NOOP("The transporter ID (TransId) is not a valid GSTIN or enrolment number."), kTransporterFix},
        {"4019", E, 0, QT_TR_NOOP("Transporter ID needed"), kTransporterMeaning, kTransporterFix},
        {"4020", E, 0, QT_TR_NOOP("Vehicle type wrong"), QT_TR_NOOP("VehType must be R or O."), kVehTypeFix},
        {"4021", E, 0, QT_TR_NOOP("Transport document dated before the invoice"),
         QT_TR_NOOP("TransDocDt is before the document date."),
         QT_TR_NOOP("Enter the real transport document date; it cannot be before the invoice date.")},
        {"4022", E, 0, QT_TR_NOOP("Vehicle type missing"), QT_TR_NOOP("Transport by road needs the vehicle type."),
         kVehTypeFix},
        {"4023", E, 0, QT_TR_NOOP("Transport document date missing"),
         QT_TR_NOOP("Transport by rail, air or ship needs the transport document date."),
         QT_TR_NOOP("Enter TransDocDt.")},
        {"4024", E, 0, QT_TR_NOOP("Over-dimensional cargo not allowed"),
         QT_TR_NOOP("Vehicle type O (over-dimensional cargo) is allowed only for road and ship."),
         QT_TR_NOOP("Set VehType to R, or check the transport mode.")},
        {"4025", E, 0, QT_TR_NOOP("User not valid"), QT_TR_NOOP("The user of the e-way bill request is not valid."),
         kSettingsFix},
        {"4026", E, 0, QT_TR_NOOP("E-way bill exists for this document"),
         QT_TR_NOOP("An e-way bill was already made for this document number."),
         QT_TR_NOOP("Use the existing e-way bill, or cancel it on the e-way bill portal first.")},
        {"4027", E, 0, QT_TR_NOOP("Transporter ID needed"), kTransporterMeaning, kTransporterFix},
        {"4028", E, 0, QT_TR_NOOP("Transport mode missing"),
         QT_TR_NOOP("The transport mode is needed when a vehicle or transport document is given."),
         QT_TR_NOOP("Set TransMode: 1 road, 2 rail, 3 air, 4 ship.")},
        {"4029", E, 0, QT_TR_NOOP("Same PIN: give the distance"),
         QT_TR_NOOP("Dispatch and delivery PINs are the same, so the IRP cannot compute the distance."),
         QT_TR_NOOP("Enter the real distance, 1 to 100 km.")},
        {"4030", E, 0, QT_TR_NOOP("Distance unknown for these PINs"),
         QT_TR_NOOP("The IRP has no distance for this pair of PINs."), kOwnDistanceFix},
        // 4031-4036 "export/ship-to/dispatch constraints (ship-to required for export EWB; state
        // 96 / PIN 999999 not allowed; distance not 0 with 999999)": one constraint per code in
        // that order, ship-to before dispatch, is our reading [U].
        {"4031", E, 0, QT_TR_NOOP("Export e-way bill needs ship-to details"),
         QT_TR_NOOP("An export e-way bill needs ship-to details: the Indian port or place of export."),
         kShipPortFix},
        {"4032", E, 0, QT_TR_NOOP("Ship-to state 96 not allowed"),
         QT_TR_NOOP("An e-way bill needs an Indian ship-to state; 96 (other country) is not allowed."),
         kShipPortFix},
        {"4033", E, 0, QT_TR_NOOP("Ship-to PIN 999999 not allowed"),
         QT_TR_NOOP("An e-way bill needs an Indian ship-to PIN; 999999 is not allowed."), kShipPortFix},
        {"4034", E, 0, QT_TR_NOOP("Dispatch state 96 not allowed"),
         QT_TR_NOOP("An e-way bill needs an Indian dispatch state; 96 (other country) is not allowed."),
         kDispatchFix},
        {"4035", E, 0, QT_TR_NOOP("Dispatch PIN 999999 not allowed"),
         QT_TR_NOOP("An e-way bill needs an Indian dispatch PIN; 999999 is not allowed."), kDispatchFix},
        {"4036", E, 0, QT_TR_NOOP("Distance 0 with PIN 999999"),
         QT_TR_NOOP("With PIN 999999 the IRP cannot compute the distance, so 0 is not allowed."), kOwnDistanceFix},
        {"4037", E, 0, QT_TR_NOOP("Not authorised"), QT_TR_NOOP("Your login may not make this e-way bill request."),
         kOtherGstinFix},
        {"4038", E, 0, QT_TR_NOOP("Distance too low"),
         QT_TR_NOOP("The distance is more than 10% below the IRP's distance between the two PINs."), kDistanceFix},
        {"4039", E, 0, QT_TR_NOOP("Ship transport with a regular vehicle"),
         QT_TR_NOOP("For transport by ship the vehicle type cannot be R (regular)."),
         QT_TR_NOOP("Give the vessel or transport document number instead of a regular vehicle.")},
        {"4040", E, 0, QT_TR_NOOP("Ship transport needs vessel or document"),
         QT_TR_NOOP("Transport by ship needs a vessel number or a transport document number."),
         QT_TR_NOOP("Enter VehNo (the vessel) or TransDocNo.")},
        {"4074", E, 0, QT_TR_NOOP("Ship-to state does not match"),
         QT_TR_NOOP("From 1 August 2026, the ship-to state code must match the ship-to GSTIN."), kShipToStateFix},

        // System errors.
        {"5001", T, kRetry, QT_TR_NOOP("IRP system error"),
         QT_TR_NOOP("Something failed inside the IRP. In the sandbox it also means a missing ship-to GSTIN."),
         kRetryFix},
        // §8: the reference peer answers 5002 for schema failures; NIC's list says "request too large".
        {"5002", D, 0, QT_TR_NOOP("Request not accepted"),
         QT_TR_NOOP("The request as a whole is not as per the schema, or too large. In the sandbox it also "
                    "means a missing ship-to GSTIN."),
         QT_TR_NOOP("Run Validate and correct every SCHEMA error. Send a large batch in smaller parts.")},
        {"5003", A, 0, QT_TR_NOOP("Data empty"), QT_TR_NOOP("The request carried no data, for example an empty login."),
         kSettingsFix},
        {"9999", C, 0, QT_TR_NOOP("Invoice not active"),
         QT_TR_NOOP("The IRN is not active, usually because it is already cancelled."),
         QT_TR_NOOP("Look the IRN up: if it shows as cancelled, nothing more is needed.")},

        // Our own codes (DESIGN §4).
        {"SCHEMA", L, 0, QT_TR_NOOP("Not as per the e-invoice schema"),
         QT_TR_NOOP("A field is missing, or has the wrong type, length, format or value for the INV-01 schema. "
                    "The IRP would refuse the invoice (2140 or 5002)."),
         QT_TR_NOOP("Correct the field the message names.")},
        {"LOCAL-CESS-AMOUNT", L, 0, QT_TR_NOOP("Cess does not match its rate"),
         QT_TR_NOOP("A line's CesAmt is not AssAmt × CesRt. The IRP checks cess against its own HSN-wise rates "
                    "(2266), which are not public."),
         QT_TR_NOOP("Compute the cess as taxable value × cess rate; a cess per unit goes in CesNonAdvlAmt.")},
        {"LOCAL-DATE-BEFORE-EINVOICING", L, 0, QT_TR_NOOP("Dated before e-invoicing began"),
         QT_TR_NOOP("The document date is before 1 October 2020, when e-invoicing began. The IRP is not expected "
                    "to accept it."),
         QT_TR_NOOP("Check the document date.")},
        {"LOCAL-JSON", L, 0, QT_TR_NOOP("File read leniently"),
         QT_TR_NOOP("The file was read, but not exactly as written: a null value, a key in other capitals, or a "
                    "key given twice. The IRP may not be as lenient."),
         QT_TR_NOOP("Save the invoice again from IRN Desk, or correct the file.")},
        {"LOCAL-PRECEDING-DATE", L, 0, QT_TR_NOOP("Original invoice dated after the note"),
         QT_TR_NOOP("A preceding document (RefDtls.PrecDocDtls) is dated after this credit or debit note."),
         QT_TR_NOOP("Check the original invoice's date (InvDt): it comes on or before the note.")},
        {"LOCAL-ROUND-OFF", L, 0, QT_TR_NOOP("Round-off larger than rounding"),
         QT_TR_NOOP("RndOffAmt is ₹1 or more: more than rounding to the rupee needs. The IRP accepts it."),
         QT_TR_NOOP("Keep the round-off below ₹1; put other adjustments in other charges or discount.")},
        {"LOCAL-SEZ-POS", L, 0, QT_TR_NOOP("SEZ place of supply is not the SEZ's state"),
         QT_TR_NOOP("For a supply to an SEZ the place of supply is the SEZ's state, but here it differs from the "
                    "buyer's state code."),
         QT_TR_NOOP("Set the place of supply to the buyer's state code, unless the supply really takes place "
                    "elsewhere.")},
        {"LOCAL-STATE-CESS-AMOUNT", L, 0, QT_TR_NOOP("State cess does not match its rate"),
         QT_TR_NOOP("A line's StateCesAmt is not AssAmt × StateCesRt. The IRP checks it against its own HSN-wise "
                    "rates (2267)."),
         QT_TR_NOOP("Compute the state cess as taxable value × its rate; a state cess per unit goes in "
                    "StateCesNonAdvlAmt.")},
    };
    // clang-format on
    return entries;
}

const Entry* GuideTexts::begin()
{
    return table().constData();
}

const Entry* GuideTexts::end()
{
    return table().constData() + table().size();
}

QString filled(const char* text, const Entry& e)
{
    // Only the placeholders a text has: a translation keeps them, and arg() warns about extras.
    const QString s = ErrorGuide::tr(text);
    if (e.arg2 && s.contains(u"%2")) {
        return s.arg(QLatin1StringView(e.arg1), QLatin1StringView(e.arg2));
    }
    if (e.arg1 && s.contains(u"%1")) {
        return s.arg(QLatin1StringView(e.arg1));
    }
    return s;
}

ErrorExplanation explanation(const Entry& e)
{
    ErrorExplanation x;
    x.code = QLatin1StringView(e.code);
    x.title = filled(e.title, e);
    x.meaning = filled(e.meaning, e);
    x.fix = filled(e.fix, e);
    x.kind = e.kind;
    x.retry = (e.flags & kRetry) != 0;
    x.obsolete = (e.flags & kObsolete) != 0;
    return x;
}

} // namespace

QString ErrorGuide::kindName(ErrorExplanation::Kind kind)
{
    switch (kind) {
    case Kind::Data:
        return QStringLiteral("data");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Transient:
        return QStringLiteral("transient");
    case Kind::Request:
        return QStringLiteral("request");
    case Kind::Retrieval:
        return QStringLiteral("retrieval");
    case Kind::Cancellation:
        return QStringLiteral("cancellation");
    case Kind::EWayBill:
        return QStringLiteral("e-way-bill");
    case Kind::Local:
        return QStringLiteral("local");
    }
    return QString();
}

QString ErrorGuide::kindLabel(ErrorExplanation::Kind kind)
{
    switch (kind) {
    case Kind::Data:
        return tr("error in the invoice");
    case Kind::Authentication:
        return tr("login and API access");
    case Kind::Transient:
        return tr("passing problem at the IRP");
    case Kind::Request:
        return tr("request incomplete");
    case Kind::Retrieval:
        return tr("looking up an IRN");
    case Kind::Cancellation:
        return tr("cancellation");
    case Kind::EWayBill:
        return tr("e-way bill");
    case Kind::Local:
        return tr("IRN Desk check");
    }
    return QString();
}

std::optional<ErrorExplanation> explainCode(QStringView code)
{
    code = code.trimmed();
    // The IRP sometimes prefixes system errors: "SYS_5001".
    if (code.startsWith(u"SYS_", Qt::CaseInsensitive)) {
        code = code.mid(4);
    }
    for (const Entry* e = GuideTexts::begin(); e != GuideTexts::end(); ++e) {
        if (QLatin1StringView(e->code).compare(code, Qt::CaseInsensitive) == 0) {
            return explanation(*e);
        }
    }
    return std::nullopt;
}

QList<ErrorExplanation> allExplanations()
{
    QList<ErrorExplanation> all;
    all.reserve(GuideTexts::end() - GuideTexts::begin());
    for (const Entry* e = GuideTexts::begin(); e != GuideTexts::end(); ++e) {
        all.append(explanation(*e));
    }
    return all;
}

} // namespace irndesk
