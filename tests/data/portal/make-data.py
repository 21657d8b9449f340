#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Derives the portal-result test files from the real samples in samples/ (copied verbatim from
the project's spec samples; see README.md). Run from this folder: python3 make-data.py"""
import base64
import json

gsp = json.load(open('samples/india_compliance_gsp_responses.json'))
jwts = [entry['jwt'] for entry in json.load(open('samples/real_signed_jwts.json'))['jwts']]
decoded = json.load(open('samples/decoded_signed_jwt_examples.json'))

goods_response = gsp['goods_item_with_ewaybill']['response_data']  # GSP wrapper, real
goods = goods_response['result']  # the decrypted generate Data, real
# The 2023 JWT pair (kid 1513B821) in the shape of a generate response. The values next to the
# JWTs are those the JWTs sign (the get_e_invoice_by_irn sample pairs them with other values).
sandbox_2023 = {
    'AckNo': 132310046063601, 'AckDt': '2023-10-03 15:08:39',
    'Irn': '2ecc42a8e81dcbbb56923e4bd046c861ce7374060bd31875ce35447e922c9399',
    'SignedInvoice': jwts[3], 'SignedQRCode': jwts[4], 'Status': 'ACT',
    'EwbNo': None, 'EwbDt': None, 'EwbValidTill': None, 'Remarks': None,
}
assert goods['SignedInvoice'] == jwts[1] and goods['SignedQRCode'] == jwts[2]


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b'=').decode()


def payload_bytes(jwt: str) -> bytes:
    part = jwt.split('.')[1]
    return base64.urlsafe_b64decode(part + '=' * (-len(part) % 4))


def write(name, value, indent=2):
    with open(name, 'w', encoding='utf-8') as f:
        json.dump(value, f, indent=indent, ensure_ascii=False)
        f.write('\n')


write('gsp-generate-response.json', goods_response)
write('generate-result.json', goods)
write('results-array.json', [goods, sandbox_2023])
write('nic-envelope.json', {'Status': 1, 'Data': json.dumps(goods, separators=(',', ':')),
                            'ErrorDetails': None, 'InfoDtls': None})
write('get-by-irn-mismatch.json', gsp['get_e_invoice_by_irn']['response_data'])

with open('jwts.txt', 'w') as f:
    f.write('\n'.join(jwts) + '\n')
write('jwts.json', jwts)

# The decoded documents: a JWT payload as it is ({"data": "<JSON text>", "iss": ...}), and the
# signed invoices' data already parsed.
with open('decoded-payload.json', 'wb') as f:
    f.write(payload_bytes(jwts[1]) + b'\n')
write('decoded-invoices.json', [decoded['goods_item_with_ewaybill.SignedInvoice']['jwt_payload_data_parsed'],
                                decoded['get_e_invoice_by_irn.SignedInvoice']['jwt_payload_data_parsed']])

# Other tools' spellings of the keys.
write('key-variants.json', [
    {k[0].lower() + k[1:]: v for k, v in goods.items()},  # ackNo, irn, signedInvoice, ...
    {'ack_no': sandbox_2023['AckNo'], 'ack_dt': sandbox_2023['AckDt'], 'IRN': sandbox_2023['Irn'],
     'signed_invoice': jwts[3], 'signed_qr_code': jwts[4], 'STATUS': 'act'},
])

# Broken entries between good ones: each is reported on its own, the good ones still read.
header, payload, signature = jwts[1].split('.')
invoice = decoded['goods_item_with_ewaybill.SignedInvoice']['jwt_payload_data_parsed']
no_irn = {k: v for k, v in invoice.items() if k != 'Irn'}
bad_irn = dict(invoice, Irn='706daeccda0ef6f818da78f3a2a05a12887310573730022')
mangled = json.loads(json.dumps(invoice))
mangled['DocDtls']['No'] = 'SINV-CFY-00068'
swapped_qr = dict(goods, SignedQRCode=jwts[4])
# The signed invoice edited inside its JWT (number changed, signature kept): it still decodes, and
# only the IRN check (or the signature check, elsewhere) finds it.
edited_payload = json.loads(payload_bytes(jwts[1]))
edited_data = json.loads(edited_payload['data'])
edited_data['DocDtls']['No'] = 'SINV-CFY-00069'
edited_payload['data'] = json.dumps(edited_data, separators=(',', ':'))
edited_jwt = header + '.' + b64url(json.dumps(edited_payload, separators=(',', ':')).encode()) + '.' + signature
write('broken-entries.json', [
    goods,                                                                     # 1 good
    dict(goods, SignedInvoice=jwts[1][:700]),                                  # 2 JWT cut short
    dict(goods, SignedInvoice=header + '.' + b64url(b'not json at all') + '.' + signature),  # 3
    no_irn,                                                                    # 4 no Irn
    bad_irn,                                                                   # 5 Irn not 64 hex
    mangled,                                                                   # 6 number changed
    'hello, not a JWT',                                                        # 7
    42,                                                                        # 8
    gsp['duplicate_irn']['response_data'],                                     # 9 GSP failure
    {'Status': 1, 'Data': 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq8=', 'ErrorDetails': None},  # 10 encrypted
    {'Status': 0, 'Data': None,
     'ErrorDetails': [{'ErrorCode': '2150', 'ErrorMessage': 'Duplicate IRN'}]},  # 11 NIC failure
    swapped_qr,                                                                # 12 QR of another IRN
    dict(goods, AckNo=232210036743850),                                        # 13 AckNo changed
    sandbox_2023,                                                              # 14 good
    goods,                                                                     # 15 repeats entry 1
    dict(goods, SignedInvoice=edited_jwt),                                     # 16 edited in the JWT
])

with open('broken-jwts.txt', 'w') as f:
    f.write('\n'.join([
        jwts[1],
        '',
        'not a jwt',
        jwts[3][:500],
        '"' + jwts[2] + '",',
        jwts[0],
    ]) + '\n')
