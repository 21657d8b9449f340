// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/InvoiceGenerator.h"

#include "core/model/Dates.h"
#include "core/model/Recompute.h"
#include "core/rules/Gstin.h"

#include <QList>
#include <QSet>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <limits>
#include <random>

namespace irndesk::bench {

using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------------------------------------
// Master data. Copied from ../shared/masters (the project may not read that folder): a few places
// per state whose PIN is in the India Post directory for that state and whose first three digits
// lie in the state's prefix range, the HSN/SAC codes below are all in hsn_codes_einvoice_valid.json,
// ports in port_codes.json, currencies in currency_codes.json, countries in ISO 3166-1.

struct PlaceSpec
{
    const char16_t* stateCode;
    int pin;
    const char16_t* city;
};

constexpr PlaceSpec kPlaces[] = {
    { u"07", 110001, u"New Delhi" },
    { u"07", 110020, u"New Delhi" },
    { u"07", 110085, u"Delhi" },
    { u"27", 400001, u"Mumbai" },
    { u"27", 411001, u"Pune" },
    { u"27", 440001, u"Nagpur" },
    { u"29", 560001, u"Bengaluru" },
    { u"29", 570001, u"Mysuru" },
    { u"29", 580020, u"Hubballi" },
    { u"33", 600001, u"Chennai" },
    { u"33", 641001, u"Coimbatore" },
    { u"33", 625001, u"Madurai" },
    { u"24", 380001, u"Ahmedabad" },
    { u"24", 395003, u"Surat" },
    { u"24", 390001, u"Vadodara" },
    { u"09", 201301, u"Noida" },
    { u"09", 226001, u"Lucknow" },
    { u"09", 221001, u"Varanasi" },
    { u"19", 700001, u"Kolkata" },
    { u"19", 711101, u"Howrah" },
    { u"19", 734001, u"Siliguri" },
    { u"06", 122001, u"Gurugram" },
    { u"06", 121001, u"Faridabad" },
    { u"06", 132001, u"Karnal" },
    { u"08", 302001, u"Jaipur" },
    { u"08", 342001, u"Jodhpur" },
    { u"08", 313001, u"Udaipur" },
    { u"32", 695001, u"Thiruvananthapuram" },
    { u"32", 682011, u"Kochi" },
    { u"32", 673001, u"Kozhikode" },
    { u"23", 452001, u"Indore" },
    { u"23", 462001, u"Bhopal" },
    { u"23", 482001, u"Jabalpur" },
    { u"03", 141001, u"Ludhiana" },
    { u"03", 143001, u"Amritsar" },
    { u"03", 160062, u"Mohali" },
    { u"21", 751001, u"Bhubaneswar" },
    { u"21", 753001, u"Cuttack" },
    { u"21", 769001, u"Rourkela" },
    { u"37", 520001, u"Vijayawada" },
    { u"37", 530001, u"Visakhapatnam" },
    { u"37", 515001, u"Anantapur" },
    { u"10", 800001, u"Patna" },
    { u"10", 800020, u"Patna" },
    { u"10", 811201, u"Munger" },
    { u"20", 834001, u"Ranchi" },
    { u"20", 834002, u"Ranchi" },
    { u"20", 826001, u"Dhanbad" },
    { u"18", 781001, u"Guwahati" },
    { u"18", 781005, u"Guwahati" },
    { u"30", 403001, u"Panaji" },
    { u"30", 403002, u"Panaji" },
    { u"22", 492001, u"Raipur" },
    { u"22", 492004, u"Raipur" },
    { u"22", 495001, u"Bilaspur" },
    { u"05", 248001, u"Dehradun" },
    { u"02", 171001, u"Shimla" },
    { u"01", 180001, u"Jammu" },
    { u"04", 160017, u"Chandigarh" },
};

/// State code and the letters its vehicle registrations start with.
struct StateSpec
{
    const char16_t* code;
    const char16_t* vehiclePrefix;
};

constexpr StateSpec kStates[] = {
    { u"07", u"DL" },
    { u"27", u"MH" },
    { u"29", u"KA" },
    { u"33", u"TN" },
    { u"24", u"GJ" },
    { u"09", u"UP" },
    { u"19", u"WB" },
    { u"06", u"HR" },
    { u"08", u"RJ" },
    { u"32", u"KL" },
    { u"23", u"MP" },
    { u"03", u"PB" },
    { u"21", u"OD" },
    { u"37", u"AP" },
    { u"10", u"BR" },
    { u"20", u"JH" },
    { u"18", u"AS" },
    { u"30", u"GA" },
    { u"22", u"CG" },
    { u"05", u"UK" },
    { u"02", u"HP" },
    { u"01", u"JK" },
    { u"04", u"CH" },
};

enum ProductFlag : unsigned
{
    kNone = 0,
    kBatch = 1, ///< carries batch details (food, medicines, cosmetics)
    kSerial = 2, ///< carries a product serial number
    kAttributes = 4, ///< colour and size
    kMeasured = 8, ///< quantity with three decimals (weight, volume)
    kExportable = 16, ///< services that are exported
};

/// A product or service line template. Rates in thousandths of a percent (18000 = 18 %).
struct ProductSpec
{
    const char16_t* description;
    const char16_t* hsn;
    const char16_t* unit;
    int priceLow; ///< rupees per unit
    int priceHigh;
    int qtyLow; ///< units
    int qtyHigh;
    int rateBefore; ///< before 22-Sep-2025
    int rateAfter; ///< from 22-Sep-2025: 5, 18 or 40 %; 0 = not sold then
    int cessBefore; ///< compensation cess before 22-Sep-2025
    unsigned flags;
};

constexpr ProductSpec kGoods[] = {
    { u"Laptop computer 14 inch", u"84713010", u"NOS", 32000, 95000, 1, 20, 18000, 18000, 0, kSerial },
    { u"Desktop computer system unit", u"847141", u"NOS", 25000, 70000, 1, 20, 18000, 18000, 0, kSerial },
    { u"Smartphone 128 GB", u"85171300", u"PCS", 8000, 60000, 1, 25, 18000, 18000, 0, kSerial },
    { u"Mobile phone charger 20 W", u"85044090", u"PCS", 200, 1500, 5, 400, 18000, 18000, 0, kNone },
    { u"LED television 43 inch", u"85287217", u"NOS", 18000, 45000, 1, 12, 28000, 18000, 0, kSerial },
    { u"Split air conditioner 1.5 ton", u"84151010", u"NOS", 28000, 52000, 1, 10, 28000, 18000, 0, kSerial },
    { u"Commercial freezer 400 litre", u"84181010", u"NOS", 35000, 90000, 1, 5, 18000, 18000, 0, kSerial },
    { u"Sports utility vehicle 1.5 litre", u"87032291", u"NOS", 900000, 1600000, 1, 2, 28000, 40000, 22000, kSerial },
    { u"Brake pad set", u"87089900", u"SET", 800, 4000, 2, 150, 28000, 18000, 0, kNone },
    { u"Car tyre 185/65 R15", u"40111010", u"NOS", 3000, 7500, 4, 120, 28000, 18000, 0, kNone },
    { u"Paracetamol tablets 500 mg", u"30049099", u"BOX", 20, 200, 10, 600, 12000, 5000, 0, kBatch },
    { u"Amoxicillin capsules 250 mg", u"30042019", u"BOX", 50, 400, 10, 400, 12000, 5000, 0, kBatch },
    { u"Cotton T-shirt round neck", u"61091000", u"PCS", 150, 900, 10, 600, 5000, 5000, 0, kAttributes },
    { u"Men cotton shirt", u"62052000", u"PCS", 400, 2400, 10, 300, 12000, 5000, 0, kAttributes },
    { u"Leather shoes", u"64039990", u"PRS", 2600, 4500, 5, 150, 18000, 18000, 0, kAttributes },
    { u"Skimmed milk powder", u"04022910", u"KGS", 250, 450, 5, 800, 5000, 5000, 0, kBatch | kMeasured },
    { u"Black tea leaves", u"09024020", u"KGS", 180, 900, 5, 500, 5000, 5000, 0, kBatch | kMeasured },
    { u"Basmati rice", u"10063020", u"KGS", 60, 180, 25, 2000, 5000, 5000, 0, kMeasured },
    { u"Refined sugar", u"17019990", u"QTL", 3500, 4600, 1, 60, 5000, 5000, 0, kMeasured },
    { u"Cream biscuits", u"19053100", u"CTN", 300, 1200, 5, 200, 18000, 5000, 0, kBatch },
    { u"Aerated soft drink 2 litre", u"22021010", u"BTL", 60, 110, 24, 1200, 28000, 40000, 12000, kBatch },
    { u"Portland cement 50 kg", u"25232930", u"BAG", 330, 450, 10, 800, 28000, 18000, 0, kNone },
    { u"Lubricating oil", u"27101990", u"LTR", 150, 600, 5, 1000, 18000, 18000, 0, kBatch | kMeasured },
    { u"PET bottles 1 litre", u"39233090", u"PCS", 3, 12, 500, 20000, 18000, 18000, 0, kNone },
    { u"Copier paper A4 75 gsm", u"48025590", u"BOX", 1200, 2200, 2, 150, 12000, 18000, 0, kNone },
    { u"Hot rolled steel coil", u"72085110", u"MTS", 48000, 62000, 1, 40, 18000, 18000, 0, kMeasured },
    { u"Hex bolts M10", u"73181500", u"KGS", 120, 260, 10, 900, 18000, 18000, 0, kMeasured },
    { u"Aluminium sheet 1 mm", u"76061200", u"KGS", 220, 320, 10, 900, 18000, 18000, 0, kMeasured },
    { u"Wooden office table", u"94036000", u"NOS", 4500, 18000, 1, 40, 18000, 18000, 0, kNone },
    { u"LED ceiling light 18 W", u"94054090", u"PCS", 250, 2200, 5, 500, 18000, 18000, 0, kNone },
    { u"Kids tricycle", u"95030030", u"NOS", 1200, 4500, 2, 60, 12000, 5000, 0, kAttributes },
    { u"Face cream 50 g", u"33049990", u"PCS", 90, 650, 12, 600, 18000, 18000, 0, kBatch },
    { u"Bath soap 100 g", u"34011190", u"DOZ", 250, 600, 5, 400, 18000, 5000, 0, kBatch },
    // Sold only before the reform: the generator keeps to 5/18/40 % from 22-Sep-2025.
    { u"Gold bar 24 carat", u"71081300", u"GMS", 6000, 7800, 10, 500, 3000, 0, 0, kSerial | kMeasured },
    { u"Gold jewellery 22 carat unstudded", u"71131910", u"GMS", 5500, 7200, 5, 200, 3000, 0, 0, kMeasured },
    { u"Rough diamonds non-industrial", u"71023100", u"NOS", 8000, 90000, 1, 40, 250, 0, 0, kNone },
    { u"Worked semi-precious stones", u"71039990", u"NOS", 500, 9000, 5, 200, 1500, 0, 0, kNone },
};

constexpr ProductSpec kServices[] = {
    { u"IT consulting and support", u"998313", u"OTH", 1500, 6000, 8, 160, 18000, 18000, 0, kExportable },
    { u"Software development services", u"998314", u"OTH", 2000, 8000, 20, 400, 18000, 18000, 0, kExportable },
    { u"Cloud hosting services", u"998315", u"UNT", 500, 40000, 1, 50, 18000, 18000, 0, kExportable },
    { u"Management consulting", u"998311", u"OTH", 3000, 15000, 4, 80, 18000, 18000, 0, kExportable },
    { u"Software licence subscription", u"997331", u"UNT", 800, 25000, 1, 200, 18000, 18000, 0, kExportable },
    { u"Office premises rent", u"997212", u"OTH", 25000, 400000, 1, 3, 18000, 18000, 0, kNone },
    { u"Facility support services", u"998599", u"OTH", 5000, 90000, 1, 6, 18000, 18000, 0, kNone },
    { u"Machinery maintenance and repair", u"998719", u"NOS", 1500, 40000, 1, 12, 18000, 18000, 0, kNone },
    { u"Statutory audit fees", u"998221", u"OTH", 40000, 400000, 1, 1, 18000, 18000, 0, kNone },
    { u"Corporate training programme", u"999293", u"NOS", 2000, 12000, 5, 60, 18000, 18000, 0, kExportable },
    { u"Goods transport by road", u"996791", u"NOS", 3000, 60000, 1, 20, 5000, 5000, 0, kNone },
    { u"Courier services", u"996812", u"NOS", 80, 900, 10, 500, 18000, 18000, 0, kNone },
    { u"Security guard services", u"998525", u"NOS", 15000, 28000, 2, 40, 18000, 18000, 0, kNone },
    { u"Legal services", u"998212", u"OTH", 10000, 250000, 1, 4, 18000, 18000, 0, kNone },
    { u"Event management services", u"998596", u"OTH", 20000, 500000, 1, 3, 18000, 18000, 0, kNone },
};

struct ForeignSpec
{
    const char16_t* name;
    const char16_t* street;
    const char16_t* city;
    const char16_t* country; ///< ISO 3166-1 alpha-2
    const char16_t* currency; ///< ISO 4217
    qint64 rupeesPerUnit; ///< exchange rate, four decimals (882500 = 88.25)
};

constexpr ForeignSpec kForeignBuyers[] = {
    { u"Acme Trading LLC", u"350 Fifth Avenue", u"New York", u"US", u"USD", 882500 },
    { u"Pacific Rim Distributors Inc", u"1200 Harbor Boulevard", u"Los Angeles", u"US", u"USD", 882500 },
    { u"Hanse Handelshaus GmbH", u"Grosse Elbstrasse 145", u"Hamburg", u"DE", u"EUR", 1024000 },
    { u"Van Dijk Import BV", u"Wilhelminakade 91", u"Rotterdam", u"NL", u"EUR", 1024000 },
    { u"Maison Durand SARL", u"18 Rue de la Republique", u"Lyon", u"FR", u"EUR", 1024000 },
    { u"Albion Supplies Ltd", u"22 Bishopsgate", u"London", u"GB", u"GBP", 1168000 },
    { u"Al Noor General Trading LLC", u"Al Maktoum Road", u"Dubai", u"AE", u"AED", 240300 },
    { u"Sakura Shoji KK", u"2-3-1 Umeda Kita-ku", u"Osaka", u"JP", u"JPY", 5800 },
    { u"Lion City Distributors Pte Ltd", u"10 Anson Road", u"Singapore", u"SG", u"SGD", 681000 },
    { u"Southern Cross Imports Pty Ltd", u"88 George Street", u"Sydney", u"AU", u"AUD", 579000 },
    { u"Maple Leaf Wholesale Inc", u"200 Bay Street", u"Toronto", u"CA", u"CAD", 632000 },
    { u"Alpen Handels AG", u"Bahnhofstrasse 40", u"Zurich", u"CH", u"CHF", 1105000 },
    { u"Riyadh Trading Establishment", u"King Fahd Road", u"Riyadh", u"SA", u"SAR", 235300 },
};

constexpr const char16_t* kPorts[] = {
    u"INNSA1",
    u"INBOM1",
    u"INMAA1",
    u"INCCU1",
    u"INMUN1",
    u"INDEL4",
    u"INBLR4",
    u"INCOK1",
    u"INVTZ1",
    u"INTUT1",
    u"INHZA1",
    u"INPAV1",
};

constexpr const char16_t* kSurnames[] = {
    u"Sharma",
    u"Patel",
    u"Gupta",
    u"Reddy",
    u"Iyer",
    u"Nair",
    u"Singh",
    u"Kapoor",
    u"Mehta",
    u"Agarwal",
    u"Bose",
    u"Das",
    u"Khan",
    u"Joshi",
    u"Kulkarni",
    u"Menon",
    u"Rao",
    u"Verma",
    u"Chopra",
    u"Banerjee",
    u"Pillai",
    u"Shetty",
    u"Goyal",
    u"Mishra",
    u"Chatterjee",
    u"Deshpande",
    u"Bhat",
    u"Saxena",
};

constexpr const char16_t* kTrades[] = {
    u"Traders",
    u"Industries",
    u"Enterprises",
    u"Exports",
    u"Textiles",
    u"Steel",
    u"Pharma",
    u"Foods",
    u"Electronics",
    u"Logistics",
    u"Infotech",
    u"Polymers",
    u"Agro",
    u"Motors",
    u"Chemicals",
    u"Distributors",
    u"Retail",
    u"Systems",
    u"Engineering",
    u"Healthcare",
};

/// Legal-form suffix and the PAN holder-type letter (4th PAN character) it implies.
struct LegalForm
{
    const char16_t* suffix;
    char16_t panType;
};

constexpr LegalForm kLegalForms[] = {
    { u" Private Limited", u'C' },
    { u" Pvt Ltd", u'C' },
    { u" Limited", u'C' },
    { u" LLP", u'F' },
    { u" and Sons", u'F' },
    { u"", u'P' },
};

constexpr const char16_t* kStreets[] = {
    u"MG Road",
    u"Station Road",
    u"Industrial Area Phase 2",
    u"Nehru Nagar",
    u"Ring Road",
    u"Park Street",
    u"Anna Salai",
    u"Linking Road",
    u"Sector 18",
    u"GIDC Estate",
    u"Civil Lines",
    u"Gandhi Chowk",
    u"Residency Road",
    u"MIDC Bhosari",
    u"Okhla Phase 1",
    u"Peenya 2nd Stage",
};

constexpr const char16_t* kAddressLines2[] = {
    u"Near Bus Stand",
    u"Opp. City Mall",
    u"2nd Floor",
    u"Plot No. 14",
    u"Behind Railway Station",
    u"Ground Floor, Block B",
    u"Near Water Tank",
    u"Unit 5, Tech Park",
};

constexpr const char16_t* kTransporters[] = {
    u"Speedway Roadlines",
    u"Bharat Cargo Movers",
    u"Express Freight Carriers",
    u"Shree Ganesh Transport",
    u"Coastal Logistics",
    u"Northern Roadways",
    u"Blue Dart Cargo Agents",
    u"Sahyadri Carriers",
};

constexpr const char16_t* kRemarks[] = {
    u"Goods once sold will not be taken back",
    u"Subject to local jurisdiction",
    u"Payment within 30 days",
    u"Delivered as per purchase order",
    u"Warranty as per manufacturer terms",
    u"Thank you for your business",
};

constexpr const char16_t* kColours[] = { u"Blue", u"Black", u"White", u"Red", u"Green", u"Grey" };
constexpr const char16_t* kSizes[] = { u"S", u"M", u"L", u"XL", u"XXL", u"Free size" };
constexpr const char16_t* kPayModes[] = { u"NEFT", u"RTGS", u"UPI", u"Cheque", u"Credit", u"Direct Transfer" };
constexpr const char16_t* kBanks[] = { u"HDFC", u"ICIC", u"SBIN", u"UTIB", u"KKBK", u"PUNB", u"BARB", u"CNRB" };

QString str(const char16_t* text)
{
    return QString::fromUtf16(text);
}

/// Our own uniform draws over std::mt19937_64, whose output sequence the standard fixes, so the
/// same seed gives the same invoices with every standard library.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}

    /// Uniform in [0, n), n > 0, without modulo bias.
    quint64 below(quint64 n)
    {
        const quint64 threshold = (quint64{ 0 } - n) % n; // 2^64 mod n
        quint64 x = m_engine();
        while (x < threshold) {
            x = m_engine();
        }
        return x % n;
    }
    /// Uniform in [low, high].
    qint64 range(qint64 low, qint64 high)
    {
        return low + static_cast<qint64>(below(static_cast<quint64>(high - low) + 1));
    }
    int rangeInt(int low, int high) { return static_cast<int>(range(low, high)); }
    bool chance(int percent) { return below(100) < static_cast<quint64>(percent); }
    /// An index drawn with the given weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = static_cast<int>(below(static_cast<quint64>(total)));
        int index = 0;
        for (int w : weights) {
            if (x < w) {
                return index;
            }
            x -= w;
            ++index;
        }
        return index - 1;
    }
    template <class T, std::size_t N> const T& pick(const T (&array)[N]) { return array[below(N)]; }
    template <class T> const T& pick(const QList<T>& list)
    {
        return list.at(static_cast<qsizetype>(below(static_cast<quint64>(list.size()))));
    }
    QChar letter() { return QChar(u'A' + static_cast<char16_t>(below(26))); }
    QChar digit() { return QChar(u'0' + static_cast<char16_t>(below(10))); }
    QString digits(int count)
    {
        QString s;
        s.reserve(count);
        for (int i = 0; i < count; ++i) {
            s += digit();
        }
        return s;
    }
    QDate dateBetween(QDate first, QDate last) { return first.addDays(range(0, first.daysTo(last))); }

private:
    std::mt19937_64 m_engine;
};

struct Place
{
    int state = 0; ///< index in kStates
    int pin = 0;
    QString city;
};

struct Party
{
    QString gstin, legalName, tradeName, addr1, addr2, city, stateCode, phone, email, slug;
    int state = 0;
    int pin = 0;
    int numberStyle = 0; ///< how this seller numbers its documents
};

enum class Scenario
{
    B2bIntra,
    B2bInter,
    B2bIgstOnIntra,
    SezWithPayment,
    SezWithoutPayment,
    ExportWithPayment,
    ExportWithoutPayment,
    DeemedExportIntra,
    DeemedExportInter,
};

enum class Mix
{
    Goods,
    Services,
    Mixed,
};

QDate reformDate()
{
    return QDate(2025, 9, 22);
}

/// "2627" for a date in FY 2026-27.
QString financialYearDigits(QDate date)
{
    const int start = date.month() >= 4 ? date.year() : date.year() - 1;
    return QString::number(start % 100).rightJustified(2, u'0')
        + QString::number((start + 1) % 100).rightJustified(2, u'0');
}

/// Document-number prefix of a numbering style: at most 9 characters, starting with a letter.
QString numberPrefix(int style, const QString& type, QDate date)
{
    const QString fy = financialYearDigits(date);
    const int t = type == u"INV" ? 0 : (type == u"CRN" ? 1 : 2);
    switch (style) {
    case 0:
        return type + u'/' + fy + u'/';
    case 1:
        return std::array{ u"SI/"_s, u"CN/"_s, u"DN/"_s }[static_cast<std::size_t>(t)] + fy + u'/';
    case 2:
        return std::array{ u"GST"_s, u"CR"_s, u"DR"_s }[static_cast<std::size_t>(t)] + fy + u'-';
    case 3: // lower case: numbers are compared case-insensitively
        return std::array{ u"inv-"_s, u"cn-"_s, u"dn-"_s }[static_cast<std::size_t>(t)] + fy + u'-';
    case 4:
        return std::array{ u"T"_s, u"C"_s, u"D"_s }[static_cast<std::size_t>(t)] + fy + u'/';
    default:
        return std::array{ u"B2B/"_s, u"CRN/"_s, u"DBN/"_s }[static_cast<std::size_t>(t)];
    }
}
constexpr int kNumberStyles = 6;
constexpr int kSerialWidth = 7; // prefix (<= 9) + serial = at most 16 characters

QString slugOf(const QString& text)
{
    QString slug;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            slug += c.toLower();
        }
    }
    return slug;
}

/// EAN-13 with an Indian (890) prefix and a correct check digit.
QString ean13(Random& random)
{
    QString code = u"890"_s + random.digits(9);
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        sum += (code.at(i).unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    }
    code += QChar(u'0' + static_cast<char16_t>((10 - sum % 10) % 10));
    return code;
}

} // namespace

struct InvoiceGenerator::Private
{
    explicit Private(const GeneratorOptions& options);

    QString newGstin(int state, char16_t panType, char16_t firstLetter);
    Party newParty(int state, bool business);
    Place place(int state) { return random.pick(placesByState.at(state)); }
    Invoice makeInvoice();
    Item makeItem(const ProductSpec& product, int index, bool reformed, bool taxed, bool exported);
    void addEwayBill(Invoice& invoice, const Party& seller, int toPin, QDate documentDate);
    void addReferences(Invoice& invoice, const Party& seller, const QString& type, QDate documentDate, bool reformed);
    QString documentNumber(const Party& seller, const QString& type, QDate date, qint64 serial) const;

    Random random;
    int itemsMax = 5;
    QDate today;
    QDate firstDate; ///< earliest date of the 20-day window
    QDate lastDate; ///< the day before today
    qint64 count = 0;
    QList<QList<Place>> placesByState;
    QList<Party> sellers;
    QList<QList<Party>> buyersByState;
    QList<Party> sezUnits;
    QList<Party> transporters;
    QList<const ProductSpec*> goodsBefore, goodsAfter, servicesAll, servicesExportable;
    QSet<QString> gstins;
};

InvoiceGenerator::Private::Private(const GeneratorOptions& options)
    : random(options.seed)
    , itemsMax(std::clamp(options.itemsMax, 1, 1000))
    , today(options.today.isValid() ? options.today : QDate::currentDate())
{
    firstDate = today.addDays(-20);
    lastDate = today.addDays(-1);

    placesByState.resize(std::size(kStates));
    for (const PlaceSpec& spec : kPlaces) {
        for (std::size_t s = 0; s < std::size(kStates); ++s) {
            if (QStringView(spec.stateCode) == QStringView(kStates[s].code)) {
                placesByState[static_cast<qsizetype>(s)].append(Place{ static_cast<int>(s), spec.pin, str(spec.city) });
            }
        }
    }
    for (const ProductSpec& p : kGoods) {
        goodsBefore.append(&p);
        if (p.rateAfter != 0) {
            goodsAfter.append(&p);
        }
    }
    for (const ProductSpec& p : kServices) {
        servicesAll.append(&p);
        if (p.flags & kExportable) {
            servicesExportable.append(&p);
        }
    }

    // The parties depend only on the seed, so a sequence is reproducible from its options alone.
    const int stateCount = static_cast<int>(std::size(kStates));
    for (int i = 0; i < 40; ++i) {
        Party seller = newParty(random.rangeInt(0, stateCount - 1), true);
        seller.numberStyle = random.rangeInt(0, kNumberStyles - 1);
        sellers.append(seller);
    }
    buyersByState.resize(stateCount);
    for (int s = 0; s < stateCount; ++s) {
        for (int i = 0; i < 6; ++i) {
            buyersByState[s].append(newParty(s, true));
        }
    }
    for (int i = 0; i < 12; ++i) {
        Party unit = newParty(random.rangeInt(0, stateCount - 1), true);
        unit.legalName = str(random.pick(kSurnames)) + u' ' + str(random.pick(kTrades)) + u" SEZ Unit"_s;
        unit.tradeName.clear();
        sezUnits.append(unit);
    }
    for (const char16_t* name : kTransporters) {
        Party t = newParty(random.rangeInt(0, stateCount - 1), false);
        t.legalName = str(name);
        transporters.append(t);
    }
}

QString InvoiceGenerator::Private::newGstin(int state, char16_t panType, char16_t firstLetter)
{
    for (;;) {
        // State code, PAN (AAA + holder type + name initial + 4 digits + letter), registration
        // number in the state, 'Z', check character.
        QString g = str(kStates[state].code);
        g += random.letter();
        g += random.letter();
        g += random.letter();
        g += QChar(panType);
        g += QChar(firstLetter);
        g += random.digits(4);
        g += random.letter();
        g += random.chance(85) ? QChar(u'1') : QChar(u'2' + static_cast<char16_t>(random.below(8)));
        g += u'Z';
        g += gstinCheckCharacter(g);
        if (!gstins.contains(g)) {
            gstins.insert(g);
            return g;
        }
    }
}

Party InvoiceGenerator::Private::newParty(int state, bool business)
{
    Party p;
    const QString surname = str(random.pick(kSurnames));
    const QString trade = str(random.pick(kTrades));
    const LegalForm& form = random.pick(kLegalForms);
    p.legalName = surname + u' ' + trade + str(form.suffix);
    if (business && random.chance(50)) {
        p.tradeName = surname + u' ' + trade;
    }
    p.slug = slugOf(surname + trade);
    p.state = state;
    p.stateCode = str(kStates[state].code);
    p.gstin = newGstin(state, form.panType, surname.at(0).unicode());
    const Place where = place(state);
    p.pin = where.pin;
    p.city = where.city;
    p.addr1 = QString::number(random.range(1, 999)) + u", " + random.pick(kStreets);
    if (random.chance(60)) {
        p.addr2 = str(random.pick(kAddressLines2));
    }
    if (random.chance(70)) {
        p.phone = QChar(u'6' + static_cast<char16_t>(random.below(4))) + random.digits(9);
    }
    if (random.chance(60)) {
        p.email = std::array{ u"accounts@"_s, u"billing@"_s, u"sales@"_s }[random.below(3)] + p.slug + u".in";
    }
    return p;
}

QString InvoiceGenerator::Private::documentNumber(
    const Party& seller, const QString& type, QDate date, qint64 serial) const
{
    // A fixed-width serial unique to the invoice: two numbers of equal length that differ
    // (ignoring case) in the prefix or in the serial differ, so numbers never collide.
    return numberPrefix(seller.numberStyle, type, date) + QString::number(serial).rightJustified(kSerialWidth, u'0');
}

Item InvoiceGenerator::Private::makeItem(
    const ProductSpec& product, int index, bool reformed, bool taxed, bool exported)
{
    const bool service = QStringView(product.hsn).startsWith(u"99");
    Item item;
    item.slNo = QString::number(index + 1);
    item.prdDesc = str(product.description);
    item.isServc = service ? u"Y"_s : u"N"_s;
    item.hsnCd = str(product.hsn);
    if (!service && random.chance(30)) {
        item.barcde = ean13(random);
    }

    const qint64 pricePaise = random.range(qint64{ product.priceLow } * 100, qint64{ product.priceHigh } * 100);
    if (service && random.chance(50)) {
        // A lump sum: no quantity, the price is the amount (two decimals, so TotAmt equals it).
        item.unitPrice = UnitPrice::fromRaw(pricePaise * 10 * random.range(product.qtyLow, product.qtyHigh));
    } else {
        if (product.flags & kMeasured) {
            item.qty =
                Quantity::fromRaw(random.range(qint64{ product.qtyLow } * 1000, qint64{ product.qtyHigh } * 1000));
        } else {
            item.qty = Quantity::fromUnits(random.range(product.qtyLow, product.qtyHigh));
        }
        item.unit = str(product.unit);
        // Most prices are in paise; some carry the third decimal the schema allows.
        item.unitPrice = random.chance(20) ? UnitPrice::fromRaw(pricePaise * 10 + random.range(0, 9))
                                           : UnitPrice::fromRaw(pricePaise * 10);
        if (!service && !(product.flags & kMeasured) && random.chance(5)) {
            item.freeQty = Quantity::fromUnits(random.range(1, std::max<qint64>(1, item.qty->raw() / 10000)));
        }
    }

    const Money gross = item.qty ? multiplyRounded<2>(*item.qty, *item.unitPrice) : item.unitPrice->rescaled<2>();
    if (random.chance(15)) {
        item.discount = multiplyRounded<2>(gross, Rate::fromUnits(random.range(1, 12)), 100);
    }
    item.gstRt = Rate::fromRaw(reformed ? product.rateAfter : product.rateBefore);
    if (!reformed && product.cessBefore != 0 && taxed) {
        item.cesRt = Rate::fromRaw(product.cessBefore);
    }
    if (!service && random.chance(8)) {
        item.othChrg = Money::fromUnits(random.range(50, 2000));
    }
    if (random.chance(10)) {
        item.ordLineRef = u"PO-"_s + random.digits(6) + u'/' + QString::number(index + 1);
    }
    if (!service && (exported || random.chance(15))) {
        item.orgCntry = u"IN"_s;
    }
    if ((product.flags & kSerial) && random.chance(50)) {
        item.prdSlNo = u"SN"_s + random.letter() + random.letter() + random.digits(10);
    }
    if ((product.flags & kBatch) && random.chance(60)) {
        BatchDetails batch;
        batch.nm = u"BT"_s + random.digits(4) + u'-' + random.digits(4);
        // Expiry and warranty lie ahead; the schema's date pattern stops at 2029.
        const QDate lastAllowed(2029, 12, 31);
        const QDate expiry = std::min(today.addDays(random.range(120, 900)), lastAllowed);
        batch.expDt = formatInvoiceDate(expiry);
        if (random.chance(30)) {
            batch.wrDt = formatInvoiceDate(std::min(today.addDays(random.range(180, 730)), lastAllowed));
        }
        item.bchDtls = batch;
    }
    if ((product.flags & kAttributes) && random.chance(50)) {
        item.attribDtls.append(Attribute{ u"Colour"_s, str(random.pick(kColours)) });
        if (random.chance(70)) {
            item.attribDtls.append(Attribute{ u"Size"_s, str(random.pick(kSizes)) });
        }
    }
    return item;
}

void InvoiceGenerator::Private::addEwayBill(Invoice& invoice, const Party& seller, int toPin, QDate documentDate)
{
    EwbDetails ewb;
    const int fromPin = invoice.dispDtls ? static_cast<int>(invoice.dispDtls->pin.value_or(0)) : seller.pin;
    // 0 lets the IRP take its PIN-to-PIN distance (a given one may differ from it by 10 % at most);
    // for the same PIN at both ends the IRP wants 1-100 km.
    ewb.distance = fromPin == toPin ? random.range(1, 100) : 0;
    const Party& transporter = random.pick(transporters);
    const int mode = random.weighted({ 70, 10, 10, 5, 5 }); // road, rail, air, ship, Part A only
    const auto transportDocument = [&](const QString& number) {
        ewb.transDocNo = number;
        ewb.transDocDt = formatInvoiceDate(random.dateBetween(documentDate, lastDate));
    };
    switch (mode) {
    case 0: {
        ewb.transMode = u"1"_s;
        const int dispatchState = seller.state;
        ewb.vehNo = str(kStates[dispatchState].vehiclePrefix)
            + QString::number(random.range(1, 99)).rightJustified(2, u'0') + random.letter() + random.letter()
            + random.digits(4);
        ewb.vehType = random.chance(90) ? u"R"_s : u"O"_s;
        if (random.chance(50)) {
            ewb.transId = transporter.gstin;
            ewb.transName = transporter.legalName;
        }
        if (random.chance(30)) {
            transportDocument(u"LR/"_s + random.digits(6));
        }
        break;
    }
    case 1:
        ewb.transMode = u"2"_s;
        transportDocument(u"RR"_s + random.digits(8));
        break;
    case 2:
        ewb.transMode = u"3"_s;
        transportDocument(u"AWB"_s + random.digits(11));
        break;
    case 3:
        ewb.transMode = u"4"_s;
        transportDocument(u"BL-"_s + random.digits(9));
        break;
    default: // Part A only: the transporter fills in the vehicle later
        ewb.transId = transporter.gstin;
        ewb.transName = transporter.legalName;
        break;
    }
    invoice.ewbDtls = ewb;
}

void InvoiceGenerator::Private::addReferences(
    Invoice& invoice, const Party& seller, const QString& type, QDate documentDate, bool reformed)
{
    RefDetails ref;
    if (type != u"INV") {
        // The original invoice: in the same rate regime, so its lines' rates apply unchanged.
        const QDate earliest = reformed ? std::max(firstDate, reformDate()) : firstDate;
        const QDate originalDate = random.dateBetween(earliest, documentDate);
        PrecedingDocument original;
        original.invNo = documentNumber(seller, u"INV"_s, originalDate, random.range(1, std::max<qint64>(1, count)));
        original.invDt = formatInvoiceDate(originalDate);
        if (random.chance(20)) {
            original.othRefNo = u"RET-"_s + random.digits(6);
        }
        ref.precDocDtls.append(original);
    }
    if (random.chance(15)) {
        ref.invRm = str(random.pick(kRemarks));
    }
    if (random.chance(8)) {
        DocPeriodDetails period;
        const QDate start = random.dateBetween(firstDate, documentDate);
        period.invStDt = formatInvoiceDate(start);
        period.invEndDt = formatInvoiceDate(random.dateBetween(start, documentDate));
        ref.docPerdDtls = period;
    }
    if (random.chance(12)) {
        ContractDetails contract;
        contract.poRefr = u"PO/"_s + financialYearDigits(documentDate) + u'/' + random.digits(5);
        contract.poRefDt = formatInvoiceDate(random.dateBetween(firstDate, documentDate));
        if (random.chance(50)) {
            contract.contrRefr = u"CTR-"_s + random.digits(6);
        }
        if (random.chance(20)) {
            contract.projRefr = u"PRJ-"_s + random.digits(4);
        }
        if (random.chance(20)) {
            contract.recAdvRefr = u"GRN"_s + random.digits(7);
            contract.recAdvDt = formatInvoiceDate(random.dateBetween(firstDate, documentDate));
        }
        if (random.chance(10)) {
            contract.tendRefr = u"TND/"_s + random.digits(5);
        }
        if (random.chance(10)) {
            contract.extRefr = u"EXT"_s + random.digits(8);
        }
        ref.contrDtls.append(contract);
    }
    if (ref.invRm || ref.docPerdDtls || !ref.precDocDtls.isEmpty() || !ref.contrDtls.isEmpty()) {
        invoice.refDtls = ref;
    }
}

Invoice InvoiceGenerator::Private::makeInvoice()
{
    ++count;
    Invoice invoice = Invoice::blank();

    const auto scenario = static_cast<Scenario>(random.weighted({ 30, 24, 4, 6, 6, 8, 8, 7, 7 }));
    const bool exported = scenario == Scenario::ExportWithPayment || scenario == Scenario::ExportWithoutPayment;
    const bool sez = scenario == Scenario::SezWithPayment || scenario == Scenario::SezWithoutPayment;
    const bool b2b =
        scenario == Scenario::B2bIntra || scenario == Scenario::B2bInter || scenario == Scenario::B2bIgstOnIntra;
    const QString type =
        std::array{ u"INV"_s, u"CRN"_s, u"DBN"_s }[static_cast<std::size_t>(random.weighted({ 80, 14, 6 }))];
    const QDate date = random.dateBetween(firstDate, lastDate);
    const bool reformed = date >= reformDate();

    // Goods and services are not mixed where the IRP forbids it (error 2249: IGST while the place
    // of supply is the supplier's state) and kept apart on SEZ supplies for the same reason.
    Mix mix = static_cast<Mix>(random.weighted({ 60, 25, 15 }));
    if (mix == Mix::Mixed && (scenario == Scenario::B2bIgstOnIntra || sez)) {
        mix = Mix::Goods;
    }

    TranDetails& tran = invoice.tranDtls;
    tran.supTyp = std::array{
        u"B2B"_s, u"B2B"_s, u"B2B"_s, u"SEZWP"_s, u"SEZWOP"_s, u"EXPWP"_s, u"EXPWOP"_s, u"DEXP"_s, u"DEXP"_s
    }[static_cast<std::size_t>(scenario)];
    // Reverse charge only on B2B services.
    if (b2b && mix == Mix::Services && random.chance(30)) {
        tran.regRev = u"Y"_s;
    } else if (random.chance(75)) {
        tran.regRev = u"N"_s;
    }
    if (scenario == Scenario::B2bIgstOnIntra) {
        tran.igstOnIntra = u"Y"_s;
    } else if ((b2b || scenario == Scenario::DeemedExportIntra || scenario == Scenario::DeemedExportInter)
        && random.chance(30)) {
        tran.igstOnIntra = u"N"_s;
    }

    DocDetails& doc = invoice.docDtls;
    doc.typ = type;
    const Party& seller = random.pick(sellers);
    doc.no = documentNumber(seller, type, date, count);
    doc.dt = formatInvoiceDate(date);

    SellerDetails& s = invoice.sellerDtls;
    s.gstin = seller.gstin;
    s.lglNm = seller.legalName;
    if (!seller.tradeName.isEmpty()) {
        s.trdNm = seller.tradeName;
    }
    s.addr1 = seller.addr1;
    if (!seller.addr2.isEmpty()) {
        s.addr2 = seller.addr2;
    }
    s.loc = seller.city;
    s.pin = seller.pin;
    s.stcd = seller.stateCode;
    if (!seller.phone.isEmpty()) {
        s.ph = seller.phone;
    }
    if (!seller.email.isEmpty()) {
        s.em = seller.email;
    }

    // The buyer. Domestic buyers sit in the place of supply, so Pos = BuyerDtls.Stcd.
    BuyerDetails& b = invoice.buyerDtls;
    const int stateCount = static_cast<int>(std::size(kStates));
    int buyerState = -1;
    const Party* buyer = nullptr;
    const ForeignSpec* foreign = nullptr;
    switch (scenario) {
    case Scenario::B2bIntra:
    case Scenario::B2bIgstOnIntra:
    case Scenario::DeemedExportIntra:
        buyerState = seller.state;
        break;
    case Scenario::B2bInter:
    case Scenario::DeemedExportInter:
        buyerState = random.rangeInt(0, stateCount - 2);
        if (buyerState >= seller.state) {
            ++buyerState;
        }
        break;
    case Scenario::SezWithPayment:
    case Scenario::SezWithoutPayment:
        buyer = &random.pick(sezUnits);
        break;
    case Scenario::ExportWithPayment:
    case Scenario::ExportWithoutPayment:
        foreign = &random.pick(kForeignBuyers);
        break;
    }
    if (buyerState >= 0) {
        buyer = &random.pick(buyersByState.at(buyerState));
    }
    if (buyer) {
        b.gstin = buyer->gstin;
        b.lglNm = buyer->legalName;
        if (!buyer->tradeName.isEmpty()) {
            b.trdNm = buyer->tradeName;
        }
        b.pos = buyer->stateCode;
        b.addr1 = buyer->addr1;
        if (!buyer->addr2.isEmpty()) {
            b.addr2 = buyer->addr2;
        }
        b.loc = buyer->city;
        b.pin = buyer->pin;
        b.stcd = buyer->stateCode;
        if (!buyer->phone.isEmpty()) {
            b.ph = buyer->phone;
        }
        if (!buyer->email.isEmpty()) {
            b.em = buyer->email;
        }
    } else {
        b.gstin = u"URP"_s;
        b.lglNm = str(foreign->name);
        b.pos = u"96"_s;
        b.addr1 = str(foreign->street);
        b.loc = str(foreign->city);
        b.pin = 999999;
        b.stcd = u"96"_s;
        if (random.chance(40)) {
            b.ph = u"4"_s + random.digits(random.rangeInt(8, 11));
        }
        if (random.chance(50)) {
            b.em = u"purchasing@"_s + slugOf(str(foreign->name)) + u".com";
        }
    }

    // Dispatch from another site of the seller, in the seller's state.
    if (random.chance(15)) {
        DispatchDetails disp;
        disp.nm = (seller.tradeName.isEmpty() ? seller.legalName : seller.tradeName) + u" Warehouse";
        disp.addr1 = u"Plot "_s + QString::number(random.range(1, 400)) + u", " + random.pick(kStreets);
        const Place where = place(seller.state);
        disp.loc = where.city;
        disp.pin = where.pin;
        disp.stcd = seller.stateCode;
        invoice.dispDtls = disp;
    }
    // Ship to another registered site (or an unregistered one) in the buyer's state: the bill-to
    // and ship-to GSTINs differ (error 2323) and the ship-to GSTIN's state is the ship-to state.
    const bool goodsOnInvoice = mix != Mix::Services;
    const bool wantsEwb = type == u"INV" && !exported && goodsOnInvoice && random.chance(30);
    int toPin = buyer ? buyer->pin : 999999;
    if (buyer && !sez && (random.chance(15) || (wantsEwb && random.chance(30)))) {
        const QList<Party>& neighbours = buyersByState.at(buyer->state);
        const Party* consignee = &random.pick(neighbours);
        while (consignee->gstin == buyer->gstin) {
            consignee = &random.pick(neighbours);
        }
        ShipDetails ship;
        if (random.chance(85)) {
            ship.gstin = consignee->gstin;
        } else {
            ship.gstin = u"URP"_s;
        }
        ship.lglNm = consignee->legalName;
        if (!consignee->tradeName.isEmpty()) {
            ship.trdNm = consignee->tradeName;
        }
        ship.addr1 = consignee->addr1;
        if (!consignee->addr2.isEmpty()) {
            ship.addr2 = consignee->addr2;
        }
        ship.loc = consignee->city;
        ship.pin = consignee->pin;
        ship.stcd = consignee->stateCode;
        toPin = consignee->pin;
        invoice.shipDtls = ship;
    }

    // Items: their taxes follow the supply type, seller state and place of supply, as recompute() does.
    const bool taxed = taxHeadsOf(invoice) != TaxHeads::None;
    const int lines = random.rangeInt(1, itemsMax);
    const QList<const ProductSpec*>& goods = reformed ? goodsAfter : goodsBefore;
    const QList<const ProductSpec*>& services = exported ? servicesExportable : servicesAll;
    invoice.itemList.reserve(lines);
    for (int i = 0; i < lines; ++i) {
        bool service = mix == Mix::Services;
        if (mix == Mix::Mixed) {
            service = lines > 1 && i == lines - 1 ? true : (i == 0 ? false : random.chance(40));
        }
        const ProductSpec& product = *random.pick(service ? services : goods);
        invoice.itemList.append(makeItem(product, i, reformed, taxed, exported));
    }

    // Invoice-level charges, then the arithmetic, all by recompute().
    if (random.chance(8)) {
        invoice.valDtls.othChrg = Money::fromUnits(random.range(10, 1500));
    }
    if (random.chance(8)) {
        recompute(invoice, { RecomputeOptions::RoundOff::None });
        // A small cash discount: at most 2 % of the value, so it stays below TotInvVal (2220).
        const Money total = invoice.valDtls.totInvVal.value_or(Money());
        const Money discount = multiplyRounded<2>(total, Rate::fromRaw(random.range(100, 2000)), 100);
        if (!discount.isZero()) {
            invoice.valDtls.discount = discount;
        }
    }
    recompute(invoice, { random.chance(70) ? RecomputeOptions::RoundOff::ToRupee : RecomputeOptions::RoundOff::None });
    const Money totalValue = invoice.valDtls.totInvVal.value_or(Money());

    if (exported) {
        ExportDetails exp;
        if (goodsOnInvoice && random.chance(70)) {
            exp.shipBNo = random.digits(7);
            exp.shipBDt = formatInvoiceDate(random.dateBetween(date, lastDate));
        }
        exp.port = str(random.pick(kPorts));
        exp.refClm = random.chance(50) ? u"Y"_s : u"N"_s;
        exp.forCur = str(foreign->currency);
        exp.cntCode = str(foreign->country);
        invoice.expDtls = exp;
        // Value in the foreign currency: TotInvVal / rate, rounded half-up to the cent.
        invoice.valDtls.totInvValFc = Money::fromRaw(static_cast<std::int64_t>(
            divRoundHalfUp(static_cast<Int128>(totalValue.raw()) * 10000, foreign->rupeesPerUnit)));
    }

    if (random.chance(25)) {
        PayDetails pay;
        pay.nm = seller.legalName;
        pay.accDet = QChar(u'1' + static_cast<char16_t>(random.below(9))) + random.digits(random.rangeInt(8, 15));
        pay.mode = str(random.pick(kPayModes));
        pay.finInsBr = str(random.pick(kBanks)) + u'0' + random.digits(6);
        if (random.chance(60)) {
            const int days = std::array{ 0, 15, 30, 45, 60, 90 }[random.below(6)];
            pay.payTerm = days == 0 ? u"Immediate"_s : u"Net "_s + QString::number(days) + u" days";
            pay.crDay = days;
        }
        if (random.chance(20)) {
            pay.payInstr = u"Quote invoice number with payment"_s;
        }
        const Money paid =
            random.chance(30) ? multiplyRounded<2>(totalValue, Rate::fromUnits(random.range(10, 50)), 100) : Money();
        pay.paidAmt = paid;
        pay.paymtDue = totalValue - paid;
        invoice.payDtls = pay;
    }

    addReferences(invoice, seller, type, date, reformed);

    if (random.chance(5)) {
        AdditionalDocument addl;
        addl.url = u"https://docs."_s + seller.slug + u".in/invoices/" + random.digits(8);
        if (random.chance(50)) {
            addl.info = str(random.pick(kRemarks));
        }
        invoice.addlDocDtls.append(addl);
    }

    if (wantsEwb) {
        addEwayBill(invoice, seller, toPin, date);
    }
    return invoice;
}

InvoiceGenerator::InvoiceGenerator(GeneratorOptions options)
    : d(std::make_unique<Private>(options))
{}

InvoiceGenerator::~InvoiceGenerator() = default;
InvoiceGenerator::InvoiceGenerator(InvoiceGenerator&&) noexcept = default;
InvoiceGenerator& InvoiceGenerator::operator=(InvoiceGenerator&&) noexcept = default;

Invoice InvoiceGenerator::next()
{
    return d->makeInvoice();
}

qint64 InvoiceGenerator::generatedCount() const
{
    return d->count;
}

QDate InvoiceGenerator::today() const
{
    return d->today;
}

} // namespace irndesk::bench
