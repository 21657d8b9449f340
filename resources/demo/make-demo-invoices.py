#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes demo-invoices.json from the output of `irndesk-demo-data --count 20` (bench/DemoData.cpp):
# the seller becomes Demo Traders Private Limited, the numbers DEMO/001..., the credit notes refer
# to a demo invoice, and three typical mistakes are added (see README.md). A one-off tool for the
# maintainers, not run by the build: python3 make-demo-invoices.py GENERATED.json OUT.json
import json, datetime, sys
A = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
def check(first14):
    t = 0
    for i, c in enumerate(first14):
        p = A.index(c) * (1 if i % 2 == 0 else 2)
        t += p // 36 + p % 36
    return A[(36 - t % 36) % 36]
seller14 = "30AAGCD4321M1Z"
seller = seller14 + check(seller14)
d = json.load(open(sys.argv[1]))
d.sort(key=lambda i: (datetime.datetime.strptime(i['DocDtls']['Dt'], '%d/%m/%Y'), i['DocDtls']['No']))
inv_no = {}
n = cn = 0
for i in d:
    if i['DocDtls']['Typ'] == 'INV':
        n += 1; new = 'DEMO/%03d' % n
    else:
        cn += 1; new = 'DEMO-CN/%02d' % cn
    inv_no[i['DocDtls']['No']] = new
    i['DocDtls']['No'] = new
    i['SellerDtls'] = {"Gstin": seller, "LglNm": "Demo Traders Private Limited", "TrdNm": "Demo",
        "Addr1": "12, Rua de Ourem", "Addr2": "Fontainhas", "Loc": "Panaji", "Pin": 403002, "Stcd": "30",
        "Ph": "8322223344", "Em": "accounts@demo-traders.example"}
    if 'DispDtls' in i: i['DispDtls']['Nm'] = 'Demo Traders Warehouse'
    if 'PayDtls' in i: i['PayDtls']['Nm'] = 'Demo Traders Private Limited'
# credit notes refer to an earlier invoice of the set
invs = [i for i in d if i['DocDtls']['Typ'] == 'INV']
for i in d:
    if i['DocDtls']['Typ'] != 'INV':
        dt = datetime.datetime.strptime(i['DocDtls']['Dt'], '%d/%m/%Y')
        prev = [x for x in invs if datetime.datetime.strptime(x['DocDtls']['Dt'], '%d/%m/%Y') <= dt]
        for p in i['RefDtls']['PrecDocDtls']:
            p['InvNo'] = prev[0]['DocDtls']['No']; p['InvDt'] = prev[0]['DocDtls']['Dt']
b2b = [i for i in d if i['TranDtls']['SupTyp'] == 'B2B' and i['DocDtls']['Typ'] == 'INV']
# typical mistakes: (the typo'd buyer GSTIN from irndesk-demo-data is kept)
b2b[1]['ItemList'][0]['HsnCd'] = '12345678'          # an HSN code that is in no list (2176)
b2b[2]['BuyerDtls']['Pin'] = 560001                   # a Bengaluru PIN for a buyer in Goa
b2b[3]['ValDtls']['TotInvVal'] = round(b2b[3]['ValDtls']['TotInvVal'] + 100, 2)   # a total typed wrong
json.dump(d, open(sys.argv[2], 'w'), ensure_ascii=False, indent=1)
print(seller, [x['DocDtls']['No'] for x in b2b[1:4]])
