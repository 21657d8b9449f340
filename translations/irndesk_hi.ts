<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>irndesk::cli</name>
    <message>
        <source>Usage: irndesk-cli COMMAND [OPTIONS]

Commands:
  --version                      print the version
  irn GSTIN DD/MM/YYYY INV|CRN|DBN DOCNO [--as-typed]
                                 print the IRN of a document
  normalize FILE... --out-dir DIR [--max-bytes N] [--format text|json]
                                 read INV-01 JSON (one invoice or a bulk array),
                                 report what is wrong, and write it again as
                                 bulk files of at most N bytes (default 2000000)

Exit codes: 0 success, 1 the data has errors, 2 the command could not run.
</source>
        <translation>उपयोग: irndesk-cli COMMAND [OPTIONS]

कमांड:
  --version                      संस्करण दिखाएँ
  irn GSTIN DD/MM/YYYY INV|CRN|DBN DOCNO [--as-typed]
                                 किसी दस्तावेज़ का IRN दिखाएँ
  normalize FILE... --out-dir DIR [--max-bytes N] [--format text|json]
                                 INV-01 JSON (एक इनवॉइस या बल्क ऐरे) पढ़ें,
                                 जो गलत है उसकी रिपोर्ट दें, और उसे अधिकतम
                                 N बाइट की बल्क फ़ाइलों में फिर से लिखें
                                 (डिफ़ॉल्ट 2000000)

एग्ज़िट कोड: 0 सफल, 1 डेटा में त्रुटियाँ हैं, 2 कमांड नहीं चल सका।
</translation>
    </message>
    <message>
        <source>hash the document number as typed (IRNs issued before June 2025)</source>
        <translation>दस्तावेज़ संख्या को जैसी टाइप की गई, वैसी ही हैश करें (जून 2025 से पहले जारी IRN के लिए)</translation>
    </message>
    <message>
        <source>irn: expected 4 arguments: GSTIN DD/MM/YYYY INV|CRN|DBN DOCNO, got %1</source>
        <translation>irn: 4 आर्ग्युमेंट अपेक्षित थे: GSTIN DD/MM/YYYY INV|CRN|DBN DOCNO, मिले %1</translation>
    </message>
    <message>
        <source>irn: %1</source>
        <translation>irn: %1</translation>
    </message>
    <message>
        <source>folder for the bulk files</source>
        <translation>बल्क फ़ाइलों के लिए फ़ोल्डर</translation>
    </message>
    <message>
        <source>largest bulk file in bytes (default 2000000)</source>
        <translation>बल्क फ़ाइल का अधिकतम आकार, बाइट में (डिफ़ॉल्ट 2000000)</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text या json</translation>
    </message>
    <message>
        <source>normalize: no input file given</source>
        <translation>normalize: कोई इनपुट फ़ाइल नहीं दी गई</translation>
    </message>
    <message>
        <source>normalize: --out-dir DIR is required</source>
        <translation>normalize: --out-dir DIR देना आवश्यक है</translation>
    </message>
    <message>
        <source>normalize: --max-bytes must be a whole number of at least 1000, got &apos;%1&apos;</source>
        <translation>normalize: --max-bytes कम से कम 1000 की पूर्ण संख्या होनी चाहिए, मिला &apos;%1&apos;</translation>
    </message>
    <message>
        <source>normalize: --format must be text or json, got &apos;%1&apos;</source>
        <translation>normalize: --format text या json होना चाहिए, मिला &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: invoice [%2]</source>
        <translation>%1: इनवॉइस [%2]</translation>
    </message>
    <message>
        <source>error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>normalize: cannot read %1: %2</source>
        <translation>normalize: %1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>normalize: %1: %2</source>
        <translation>normalize: %1: %2</translation>
    </message>
    <message>
        <source>normalize: %1</source>
        <translation>normalize: %1</translation>
    </message>
    <message>
        <source>normalize: %1 invoices read, %2 written to %3 files, %4 with errors, %5 warnings</source>
        <translation>normalize: %1 इनवॉइस पढ़े गए, %2 को %3 फ़ाइलों में लिखा गया, %4 में त्रुटियाँ, %5 चेतावनियाँ</translation>
    </message>
    <message>
        <source>irndesk-cli: unknown command &apos;%1&apos;</source>
        <translation>irndesk-cli: अज्ञात कमांड &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>irndesk::irn</name>
    <message>
        <source>GSTIN &apos;%1&apos; is not 15 characters: 2 digits and 13 of 0-9 A-Z</source>
        <translation>GSTIN &apos;%1&apos; 15 अक्षरों का नहीं है: पहले 2 अंक और फिर 0-9 A-Z में से 13 अक्षर होने चाहिए</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not a real date in the form DD/MM/YYYY</source>
        <translation>तारीख &apos;%1&apos; DD/MM/YYYY रूप में कोई वास्तविक तारीख नहीं है</translation>
    </message>
    <message>
        <source>document type &apos;%1&apos; is not one of INV, CRN, DBN</source>
        <translation>दस्तावेज़ प्रकार &apos;%1&apos; INV, CRN, DBN में से कोई नहीं है</translation>
    </message>
    <message>
        <source>document number &apos;%1&apos; must be 1 to 16 characters of A-Z a-z 0-9 / -, not starting with 0, / or -</source>
        <translation>दस्तावेज़ संख्या &apos;%1&apos; में A-Z a-z 0-9 / - में से 1 से 16 अक्षर होने चाहिए, और वह 0, / या - से शुरू नहीं हो सकती</translation>
    </message>
</context>
<context>
    <name>irndesk::json</name>
    <message>
        <source>invoice %1 is %2 bytes as JSON: more than the %3-byte limit of a bulk file on its own</source>
        <translation>इनवॉइस %1 JSON में %2 बाइट का है: यह अकेले ही बल्क फ़ाइल की %3 बाइट की सीमा से बड़ा है</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>फ़ोल्डर %1 नहीं बनाया जा सका</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 लिखी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: </source>
        <translation>पंक्ति %1, कॉलम %2: </translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 अपेक्षित था, मिला %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>स्ट्रिंग</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; संख्या नहीं है</translation>
    </message>
    <message>
        <source>%1 is far too large for this field</source>
        <translation>%1 इस फ़ील्ड के लिए बहुत बड़ा है</translation>
    </message>
    <message>
        <source>%1 must be a whole number; read as %2</source>
        <translation>%1 पूर्ण संख्या होनी चाहिए; इसे %2 पढ़ा गया</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places, at most %3 are allowed; read as %4 (rounded half-up)</source>
        <translation>%1 में दशमलव के बाद %2 अंक हैं, अधिकतम %3 की अनुमति है; इसे %4 पढ़ा गया (आधे या अधिक को ऊपर पूर्णांकित करके)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ऐरे</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after a value</source>
        <translation>मान के बाद &apos;,&apos; या &apos;]&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>डबल कोट्स में कुंजी (key) अपेक्षित थी</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>कुंजी के बाद &apos;:&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; read as &apos;%2&apos; (the schema&apos;s spelling)</source>
        <translation>कुंजी &apos;%1&apos; को &apos;%2&apos; पढ़ा गया (स्कीमा की वर्तनी)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;: the schema has no such field here, its value is not read</source>
        <translation>अज्ञात कुंजी &apos;%1&apos;: स्कीमा में यहाँ ऐसा कोई फ़ील्ड नहीं है, इसका मान नहीं पढ़ा गया</translation>
    </message>
    <message>
        <source>the key appears twice; the last value is used</source>
        <translation>यह कुंजी दो बार आई है; अंतिम मान लिया गया है</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a value</source>
        <translation>मान के बाद &apos;,&apos; या &apos;}&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>expected an invoice object, got %1</source>
        <translation>इनवॉइस ऑब्जेक्ट अपेक्षित था, मिला %1</translation>
    </message>
    <message>
        <source>unexpected text after the end of the invoice</source>
        <translation>इनवॉइस समाप्त होने के बाद अनपेक्षित टेक्स्ट</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>invoice [%1] is larger than 256 MB: this is not an INV-01 file</source>
        <translation>इनवॉइस [%1] 256 MB से बड़ा है: यह INV-01 फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>the file ends inside the invoice: is it cut short?</source>
        <translation>फ़ाइल इनवॉइस के बीच में ही समाप्त हो जाती है: क्या यह अधूरी है?</translation>
    </message>
    <message>
        <source>the file ends inside invoice [%1]: is it cut short?</source>
        <translation>फ़ाइल इनवॉइस [%1] के बीच में ही समाप्त हो जाती है: क्या यह अधूरी है?</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>फ़ाइल खाली है</translation>
    </message>
    <message>
        <source>not an INV-01 file: it must start with &apos;[&apos; (a bulk array) or &apos;{&apos; (one invoice)</source>
        <translation>यह INV-01 फ़ाइल नहीं है: इसे &apos;[&apos; (बल्क ऐरे) या &apos;{&apos; (एक इनवॉइस) से शुरू होना चाहिए</translation>
    </message>
    <message>
        <source>the file ends inside the array: is it cut short?</source>
        <translation>फ़ाइल ऐरे के बीच में ही समाप्त हो जाती है: क्या यह अधूरी है?</translation>
    </message>
    <message>
        <source>unexpected text after the end of the array</source>
        <translation>ऐरे समाप्त होने के बाद अनपेक्षित टेक्स्ट</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after invoice [%1]</source>
        <translation>इनवॉइस [%1] के बाद &apos;,&apos; या &apos;]&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>expected a string in double quotes</source>
        <translation>डबल कोट्स में स्ट्रिंग अपेक्षित थी</translation>
    </message>
    <message>
        <source>the string is not valid UTF-8</source>
        <translation>स्ट्रिंग मान्य UTF-8 नहीं है</translation>
    </message>
    <message>
        <source>the string is not closed: the text ends inside it</source>
        <translation>स्ट्रिंग बंद नहीं हुई: टेक्स्ट उसके भीतर ही समाप्त हो जाता है</translation>
    </message>
    <message>
        <source>a control character (such as a line break) inside a string must be escaped</source>
        <translation>स्ट्रिंग के भीतर कंट्रोल कैरेक्टर (जैसे लाइन ब्रेक) को एस्केप करना आवश्यक है</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u के बाद चार हेक्साडेसिमल अंक होने चाहिए</translation>
    </message>
    <message>
        <source>a \u escape of a surrogate pair is incomplete</source>
        <translation>सरोगेट पेयर का \u एस्केप अधूरा है</translation>
    </message>
    <message>
        <source>unknown escape sequence in a string</source>
        <translation>स्ट्रिंग में अज्ञात एस्केप अनुक्रम</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>संख्या अपेक्षित थी</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point</source>
        <translation>दशमलव बिंदु के बाद अंक होना चाहिए</translation>
    </message>
    <message>
        <source>a digit must follow the exponent</source>
        <translation>घातांक (exponent) के बाद अंक होना चाहिए</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>मान्य संख्या नहीं है</translation>
    </message>
    <message>
        <source>unexpected text: expected a value (a string, number, object, array, true, false or null)</source>
        <translation>अनपेक्षित टेक्स्ट: कोई मान अपेक्षित था (स्ट्रिंग, संख्या, ऑब्जेक्ट, ऐरे, true, false या null)</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>जहाँ मान अपेक्षित था, वहीं टेक्स्ट समाप्त हो जाता है</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true या false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something that is not JSON</source>
        <translation>ऐसा कुछ जो JSON नहीं है</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>टेक्स्ट का अंत</translation>
    </message>
    <message>
        <source>null read as an absent field</source>
        <translation>null को अनुपस्थित फ़ील्ड के रूप में पढ़ा गया</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::MainWindow</name>
    <message>
        <source>IRN Desk</source>
        <translation>IRN Desk</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>नेविगेशन</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Your invoices will be listed here, with filters by status, date and buyer, and the editor for every section of an e-invoice.</source>
        <translation>यहाँ आपके इनवॉइस की सूची होगी, जिसे स्थिति, तारीख और खरीदार के अनुसार फ़िल्टर किया जा सकेगा, और ई-इनवॉइस के हर भाग को भरने के लिए संपादक भी।</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>पार्टियाँ</translation>
    </message>
    <message>
        <source>Buyers, consignees and dispatch addresses will be kept here, with their GSTIN, state and PIN code.</source>
        <translation>यहाँ खरीदार, कंसाइनी (माल प्राप्तकर्ता) और डिस्पैच पते उनके GSTIN, राज्य और PIN कोड के साथ रखे जाएँगे।</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Goods and services will be kept here, with their HSN/SAC code, unit and GST rate.</source>
        <translation>यहाँ वस्तुएँ और सेवाएँ उनके HSN/SAC कोड, इकाई और GST दर के साथ रखी जाएँगी।</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>The status of every invoice will be shown here: its IRN and acknowledgement, or the exact errors the portal returned.</source>
        <translation>यहाँ हर इनवॉइस की स्थिति दिखेगी: उसका IRN और पावती (Ack), या पोर्टल द्वारा लौटाई गई सटीक त्रुटियाँ।</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>The seller profile, the number series and the IRP connection will be set up here.</source>
        <translation>यहाँ विक्रेता प्रोफ़ाइल, नंबर सीरीज़ और IRP कनेक्शन सेट किए जाएँगे।</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About IRN Desk</source>
        <translation>IRN Desk के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>IRN Desk %1</source>
        <translation>IRN Desk %1</translation>
    </message>
    <message>
        <source>Prepares GST e-invoices (INV-01), checks them offline against the rules of the Invoice Registration Portal and writes bulk JSON files that the portal accepts.</source>
        <translation>GST ई-इनवॉइस (INV-01) तैयार करता है, उन्हें इनवॉइस रजिस्ट्रेशन पोर्टल (IRP) के नियमों के अनुसार ऑफ़लाइन जाँचता है, और ऐसी बल्क JSON फ़ाइलें बनाता है जिन्हें पोर्टल स्वीकार करता है।</translation>
    </message>
    <message>
        <source>About IRN Desk</source>
        <translation>IRN Desk के बारे में</translation>
    </message>
</context>
</TS>
