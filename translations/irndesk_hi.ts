<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name></name>
    <message>
        <source>%1 is not a state code</source>
        <translation>%1 राज्य कोड नहीं है</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1 अक्षरों से लंबा</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>विधिक नाम</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>व्यापारिक नाम</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>पता 1</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>पता 2</translation>
    </message>
    <message>
        <source>Place of supply</source>
        <translation>आपूर्ति का स्थान</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>HSN</source>
        <translation>HSN</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>GST rate</source>
        <translation>GST दर</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>इकाई मूल्य</translation>
    </message>
    <message>
        <source>Cess rate</source>
        <translation>सेस दर</translation>
    </message>
    <message>
        <source>Cess per unit</source>
        <translation>प्रति इकाई सेस</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>शिप-टू</translation>
    </message>
    <message>
        <source>Dispatch from</source>
        <translation>प्रेषण स्थान</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>खरीदार</translation>
    </message>
    <message>
        <source>%1 is not buyer, shipto or dispatch</source>
        <translation>%1 buyer, shipto या dispatch नहीं है</translation>
    </message>
    <message>
        <source>%1 is not a GSTIN (15 characters)</source>
        <translation>%1 GSTIN नहीं है (15 अक्षर)</translation>
    </message>
    <message>
        <source>%1 has a wrong check character</source>
        <translation>%1 का जाँच अक्षर गलत है</translation>
    </message>
    <message>
        <source>URP is only for a buyer</source>
        <translation>URP केवल खरीदार के लिए है</translation>
    </message>
    <message>
        <source>required</source>
        <translation>आवश्यक</translation>
    </message>
    <message>
        <source>%1 is not 6 digits</source>
        <translation>%1 में 6 अंक नहीं हैं</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1, %2 में नहीं है</translation>
    </message>
    <message>
        <source>6 to 12 digits</source>
        <translation>6 से 12 अंक</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 ईमेल पता नहीं है</translation>
    </message>
    <message>
        <source>%1 is not 4, 6 or 8 digits</source>
        <translation>%1 में 4, 6 या 8 अंक नहीं हैं</translation>
    </message>
    <message>
        <source>%1 is not in the HSN list</source>
        <translation>%1 HSN सूची में नहीं है</translation>
    </message>
    <message>
        <source>%1 is not a unit code (UQC)</source>
        <translation>%1 इकाई कोड (UQC) नहीं है</translation>
    </message>
    <message>
        <source>Y or N</source>
        <translation>Y या N</translation>
    </message>
    <message>
        <source>%1 is not a GST rate</source>
        <translation>%1 GST दर नहीं है</translation>
    </message>
    <message>
        <source>%1 is not an amount</source>
        <translation>%1 राशि नहीं है</translation>
    </message>
    <message>
        <source>%1 is not a rate</source>
        <translation>%1 दर नहीं है</translation>
    </message>
    <message>
        <source>%1 is an old .xls file: save it as .xlsx or CSV</source>
        <translation>%1 पुरानी .xls फ़ाइल है: इसे .xlsx या CSV के रूप में सहेजें</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 खाली है</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot; is not known; it was not read</source>
        <translation>कॉलम %1 &quot;%2&quot; ज्ञात नहीं है; इसे पढ़ा नहीं गया</translation>
    </message>
    <message>
        <source>%1 has no column %2</source>
        <translation>%1 में कॉलम %2 नहीं है</translation>
    </message>
    <message>
        <source>already in the list; left out</source>
        <translation>पहले से सूची में है; छोड़ दिया गया</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>जॉब</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>समाप्ति:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>बैनर पृष्ठ</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>रात (18:00 से 05:59)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>विशिष्ट समय</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>बिलिंग जानकारी:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>निर्धारित प्रिंटिंग:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>गोपनीय</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>अति गोपनीय</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>प्रारंभ:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>दिन (06:00 से 17:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>दूसरी पाली (16:00 से 23:59)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>जॉब नियंत्रण</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>सप्ताहांत (शनिवार से रविवार)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>मानक</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>वर्गीकृत</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>तीसरी पाली (00:00 से 07:59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>अनिश्चित काल तक रोके रखें</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>तुरंत प्रिंट करें</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>गोपनीय</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>जॉब प्राथमिकता:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>अवर्गीकृत</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>दिखाएँ </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; लेखन-सुरक्षित है।
क्या आप फिर भी इसे हटाना चाहते हैं?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>क्या आप वाकई &apos;%1&apos; को हटाना चाहते हैं?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>स्थानों और बुकमार्क की सूची</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>फ़ाइल का नाम(&amp;N):</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>नया फ़ोल्डर</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>मूल फ़ोल्डर</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>नया फ़ोल्डर(&amp;N)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>इसमें देखें:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>फ़ाइल का प्रकार:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>फ़ोल्डर खोजें</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>छिपी फ़ाइलें दिखाएँ(&amp;H)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
फ़ोल्डर नहीं मिला।
कृपया जाँच लें कि फ़ोल्डर का नाम सही दिया गया है।</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>साइडबार</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>सूची दृश्य</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>चुनें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>नाम बदलें(&amp;R)</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>फ़ोल्डर हटाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>फ़ोल्डर:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 पहले से मौजूद है।
क्या आप इसे बदलना चाहते हैं?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>आगे जाएँ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>मूल फ़ोल्डर पर जाएँ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>हाल के स्थान</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>पीछे जाएँ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>विस्तृत दृश्य मोड में बदलें</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>विस्तृत दृश्य</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
फ़ाइल नहीं मिली।
कृपया जाँच लें कि फ़ाइल का नाम सही दिया गया है।</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>सूची दृश्य मोड में बदलें</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>मेरा कंप्यूटर</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>कंप्यूटर</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>संशोधन की तारीख</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>फ़ॉर्म</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>निचला हाशिया</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>कागज़</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>कागज़ का स्रोत:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>दायाँ हाशिया</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>पाइका (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>हाशिये</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>कस्टम</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>लैंडस्केप</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>पृष्ठ लेआउट</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>चौड़ाई:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>अभिविन्यास</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>डिडो (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>पोर्ट्रेट</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>पृष्ठ क्रम:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ऊपरी हाशिया</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>बायाँ हाशिया</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>पृष्ठ आकार:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>सिसेरो (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>उल्टा पोर्ट्रेट</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>मिलीमीटर (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>पॉइंट (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>प्रति शीट पृष्ठ:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>इंच (in)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>उल्टा लैंडस्केप</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>ऊँचाई:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>निरस्त करें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>दोबारा प्रयास करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट पुनर्स्थापित करें</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Even Pages</source>
        <translation>सम पृष्ठ</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>विकल्प(&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>विकल्प(&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>बाएँ से दाएँ, ऊपर से नीचे</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>दाएँ से बाएँ, नीचे से ऊपर</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF फ़ाइल लिखें</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>प्रिंट करें(&amp;P)</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>विकल्प &apos;प्रति शीट पृष्ठ&apos; और &apos;पृष्ठ सेट&apos; एक साथ उपयोग नहीं किए जा सकते।
कृपया इनमें से एक विकल्प बंद करें।</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 पहले से मौजूद है।
क्या आप इसे अधिलेखित करना चाहते हैं?</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>बाएँ से दाएँ, नीचे से ऊपर</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>विषम पृष्ठ</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>स्थानीय फ़ाइल</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>डुप्लेक्स सेटिंग्स में टकराव है। क्या आप इन्हें सुधारना चाहते हैं?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>फ़ाइल में प्रिंट करें (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>फ़ाइल में प्रिंट करें ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>अमान्य पृष्ठ परिभाषा</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 सही सिंटैक्स में नहीं है। कृपया सीमाओं और पृष्ठों को अलग करने के लिए &apos;,&apos; और सीमा बताने के लिए &apos;-&apos; का उपयोग करें, और ध्यान रखें कि सीमाएँ एक-दूसरे पर न चढ़ें।</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>दाएँ से बाएँ, ऊपर से नीचे</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>नीचे से ऊपर, बाएँ से दाएँ</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>&apos;से&apos; वाला मान &apos;तक&apos; वाले मान से बड़ा नहीं हो सकता।</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>सभी पृष्ठ</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>डुप्लेक्स सेटिंग्स में टकराव</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 एक फ़ोल्डर है।
कृपया कोई दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>फ़ाइल %1 में लिखा नहीं जा सकता।
कृपया कोई दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>नीचे से ऊपर, दाएँ से बाएँ</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>ऊपर से नीचे, बाएँ से दाएँ</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>ऊपर से नीचे, दाएँ से बाएँ</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>प्रिंट पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>पृष्ठ में फ़िट करें</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ज़ूम इन</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>लैंडस्केप</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ज़ूम आउट</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>चौड़ाई में फ़िट करें</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>पोर्ट्रेट</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>पृष्ठ सेटअप</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>पृष्ठ सेटअप</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>सभी पृष्ठों का अवलोकन दिखाएँ</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>पहला पृष्ठ</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>अंतिम पृष्ठ</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>एकल पृष्ठ दिखाएँ</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>पिछला पृष्ठ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>अगला पृष्ठ</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>आमने-सामने के पृष्ठ दिखाएँ</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>उन्नत विकल्पों में टकराव</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>जॉब विकल्प</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>पृष्ठ सेटअप में टकराव</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>कुछ उन्नत विकल्पों में टकराव है। क्या आप इन्हें सुधारना चाहते हैं?</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>पृष्ठ सेटअप विकल्पों में टकराव है। क्या आप इन्हें सुधारना चाहते हैं?</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>प्रिंटर गुण</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>फ़ॉर्म</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>रंगीन</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>सभी प्रिंट करें</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>वर्तमान पृष्ठ</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>चयन</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>प्रतियाँ</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>प्रिंट सीमा</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>रंग मोड</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>आउटपुट सेटिंग्स</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>उल्टा</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>ग्रेस्केल</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>क्रम से मिलाएँ</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>प्रतियाँ:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>छोटी ओर से बाइंडिंग</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>पृष्ठ या सीमाएँ अल्पविराम से अलग करके दें। सीमा हाइफ़न से अलग की गई दो संख्याओं से दी जाती है। उदाहरण: 3,5-7,9 से पृष्ठ 3, 5, 6, 7 और 9 प्रिंट होंगे।</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>पृष्ठ से</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>दोनों ओर प्रिंटिंग</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>पृष्ठ सेट:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>लंबी ओर से बाइंडिंग</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>अगला(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>अगला(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>समाप्त करें(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>पुष्टि करें</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>वापस जाएँ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>जारी रखें</translation>
    </message>
</context>
<context>
    <name>irndesk::ErrorGuide</name>
    <message>
        <source>Check that the IRP connection settings (GSTIN, API user name, password, client ID and secret) are all filled in. If they are, report this as a problem in IRN Desk.</source>
        <translation>जाँचें कि IRP कनेक्शन सेटिंग्स (GSTIN, API यूज़र नाम, पासवर्ड, क्लाइंट ID और सीक्रेट) सभी भरी हुई हैं। अगर भरी हैं, तो इसे IRN Desk की समस्या के रूप में रिपोर्ट करें।</translation>
    </message>
    <message>
        <source>Check the API user name and password you created on the e-invoice portal (API user management). Several failed tries can lock the user.</source>
        <translation>ई-इनवॉइस पोर्टल (API यूज़र मैनेजमेंट) पर बनाया गया API यूज़र नाम और पासवर्ड जाँचें। कई बार गलत प्रयास होने पर यूज़र लॉक हो सकता है।</translation>
    </message>
    <message>
        <source>Use the IRP public key of the system you connect to (sandbox or production): download it again from the e-invoice portal and set it in the connection settings.</source>
        <translation>जिस सिस्टम (सैंडबॉक्स या प्रोडक्शन) से आप जुड़ते हैं, उसी की IRP पब्लिक की इस्तेमाल करें: इसे ई-इनवॉइस पोर्टल से फिर से डाउनलोड करें और कनेक्शन सेटिंग्स में सेट करें।</translation>
    </message>
    <message>
        <source>Wait a few minutes and send it again. If it keeps failing, contact the IRP helpdesk.</source>
        <translation>कुछ मिनट रुककर इसे फिर से भेजें। अगर यह बार-बार विफल हो, तो IRP हेल्पडेस्क से संपर्क करें।</translation>
    </message>
    <message>
        <source>Send it again. If this repeats, report it as a problem in IRN Desk.</source>
        <translation>इसे फिर से भेजें। अगर ऐसा दोबारा हो, तो इसे IRN Desk की समस्या के रूप में रिपोर्ट करें।</translation>
    </message>
    <message>
        <source>Run Validate and correct every SCHEMA error it shows.</source>
        <translation>Validate चलाएँ और उसमें दिखने वाली हर SCHEMA त्रुटि सुधारें।</translation>
    </message>
    <message>
        <source>The IRP no longer applies this rule. If you still get it, check the field it names and contact the IRP helpdesk.</source>
        <translation>IRP अब यह नियम लागू नहीं करता। अगर यह फिर भी मिले, तो इसमें बताया गया फ़ील्ड जाँचें और IRP हेल्पडेस्क से संपर्क करें।</translation>
    </message>
    <message>
        <source>Write the date as DD/MM/YYYY, for example 05/04/2026.</source>
        <translation>तारीख DD/MM/YYYY के रूप में लिखें, उदाहरण के लिए 05/04/2026।</translation>
    </message>
    <message>
        <source>Let IRN Desk recompute the amounts, or correct them by hand: tax = taxable value × rate.</source>
        <translation>IRN Desk को राशियाँ फिर से गणना करने दें, या उन्हें हाथ से सुधारें: कर = कर-योग्य मूल्य × दर।</translation>
    </message>
    <message>
        <source>Check the place of supply (BuyerDtls.Pos) and the seller&apos;s state code. Same state: CGST and SGST, half the rate each. Different states, or IgstOnIntra = Y: IGST only.</source>
        <translation>आपूर्ति का स्थान (BuyerDtls.Pos) और विक्रेता का राज्य कोड जाँचें। एक ही राज्य: CGST और SGST, हर एक आधी दर पर। अलग-अलग राज्य, या IgstOnIntra = Y: केवल IGST।</translation>
    </message>
    <message>
        <source>For an export the buyer&apos;s GSTIN is URP, state code and place of supply are 96, PIN is 999999. IRN Desk can fill these in.</source>
        <translation>निर्यात के लिए खरीदार का GSTIN URP होता है, राज्य कोड और आपूर्ति का स्थान 96, और PIN 999999 होता है। IRN Desk इन्हें भर सकता है।</translation>
    </message>
    <message>
        <source>Use the two-digit GST state code, for example 27 for Maharashtra, or 96 for another country.</source>
        <translation>दो अंकों वाला GST राज्य कोड इस्तेमाल करें, उदाहरण के लिए महाराष्ट्र के लिए 27, या किसी अन्य देश के लिए 96।</translation>
    </message>
    <message>
        <source>Set the state code to the first two digits of the GSTIN. IRN Desk can do this for you.</source>
        <translation>राज्य कोड को GSTIN के पहले दो अंकों पर सेट करें। IRN Desk यह आपके लिए कर सकता है।</translation>
    </message>
    <message>
        <source>Check the cess rate notified for this HSN code, and correct the rate and the amount.</source>
        <translation>इस HSN कोड के लिए अधिसूचित सेस दर जाँचें, और दर तथा राशि सुधारें।</translation>
    </message>
    <message>
        <source>Check the IRN, and that you are logged in with the GSTIN that generated it.</source>
        <translation>IRN जाँचें, और यह भी कि आप उसी GSTIN से लॉग इन हैं जिससे यह IRN बनाया गया था।</translation>
    </message>
    <message>
        <source>Check the IRN or document details. After 2 days an IRN can only be seen on the e-invoice portal.</source>
        <translation>IRN या दस्तावेज़ का विवरण जाँचें। 2 दिन के बाद IRN केवल ई-इनवॉइस पोर्टल पर देखा जा सकता है।</translation>
    </message>
    <message>
        <source>Enter the Indian port or place of export as ship-to (ShipDtls), with its Indian PIN and state.</source>
        <translation>भारतीय बंदरगाह या निर्यात के स्थान को शिप-टू (ShipDtls) के रूप में, उसके भारतीय PIN और राज्य के साथ दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the Indian place the goods leave from as dispatch details (DispDtls), with its PIN and state.</source>
        <translation>माल जिस भारतीय स्थान से रवाना होता है, उसे डिस्पैच विवरण (DispDtls) के रूप में, उसके PIN और राज्य के साथ दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter 0 to let the IRP use its own distance between the PINs, or the real road distance in km.</source>
        <translation>IRP को PIN के बीच अपनी दूरी इस्तेमाल करने देने के लिए 0 दर्ज करें, या किमी में वास्तविक सड़क दूरी दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the real road distance in km.</source>
        <translation>किमी में वास्तविक सड़क दूरी दर्ज करें।</translation>
    </message>
    <message>
        <source>Check the ship-to GSTIN, PIN and state code agree.</source>
        <translation>जाँचें कि शिप-टू GSTIN, PIN और राज्य कोड आपस में मेल खाते हैं।</translation>
    </message>
    <message>
        <source>Set VehType to R (regular) or O (over-dimensional cargo).</source>
        <translation>VehType को R (सामान्य) या O (ओवर डाइमेंशनल कार्गो) पर सेट करें।</translation>
    </message>
    <message>
        <source>Enter the transporter&apos;s 15-character GSTIN or enrolment number (TransId), or the vehicle or transport document details.</source>
        <translation>ट्रांसपोर्टर का 15 अक्षरों का GSTIN या नामांकन संख्या (TransId) दर्ज करें, या वाहन अथवा परिवहन दस्तावेज़ का विवरण दर्ज करें।</translation>
    </message>
    <message>
        <source>Remove the e-way bill details (EwbDtls) from this document.</source>
        <translation>इस दस्तावेज़ से ई-वे बिल विवरण (EwbDtls) हटाएँ।</translation>
    </message>
    <message>
        <source>Remove the e-way bill details (EwbDtls), or check that the goods lines have goods HSN codes.</source>
        <translation>ई-वे बिल विवरण (EwbDtls) हटाएँ, या जाँचें कि माल वाली पंक्तियों में माल के HSN कोड हैं।</translation>
    </message>
    <message>
        <source>Check the IRN or the e-way bill number.</source>
        <translation>IRN या ई-वे बिल संख्या जाँचें।</translation>
    </message>
    <message>
        <source>ValDtls.%1 must be the sum of %2 over all lines.</source>
        <translation>ValDtls.%1 सभी पंक्तियों के %2 का योग होना चाहिए।</translation>
    </message>
    <message>
        <source>Invoice total %1 does not match the lines</source>
        <translation>इनवॉइस का कुल %1 पंक्तियों से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is cancelled or inactive, and its registration dates do not allow an invoice on this document date.</source>
        <translation>इनवॉइस में कोई GSTIN रद्द या निष्क्रिय है, और उसकी पंजीकरण तारीखें इस दस्तावेज़ तारीख पर इनवॉइस की अनुमति नहीं देतीं।</translation>
    </message>
    <message>
        <source>Check the document date and the party&apos;s registration and cancellation dates on the GST portal. An invoice for that GSTIN must be dated while it was registered.</source>
        <translation>GST पोर्टल पर दस्तावेज़ की तारीख और पार्टी की पंजीकरण व रद्दीकरण तारीखें जाँचें। उस GSTIN के लिए इनवॉइस की तारीख उसी अवधि की होनी चाहिए जब वह पंजीकृत था।</translation>
    </message>
    <message>
        <source>Schema 1.0 had a transaction type (regular, bill-to/ship-to, bill-from/dispatch-from, combination) that decided which address blocks were needed. Schema 1.1 dropped it.</source>
        <translation>स्कीमा 1.0 में एक लेन-देन प्रकार (रेगुलर, बिल-टू/शिप-टू, बिल-फ़्रॉम/डिस्पैच-फ़्रॉम, कॉम्बिनेशन) होता था, जो तय करता था कि कौन-से पता ब्लॉक ज़रूरी हैं। स्कीमा 1.1 में इसे हटा दिया गया।</translation>
    </message>
    <message>
        <source>Export: place of supply must be 96</source>
        <translation>निर्यात: आपूर्ति का स्थान 96 होना चाहिए</translation>
    </message>
    <message>
        <source>For an export the place of supply (BuyerDtls.Pos) must be 96, other country.</source>
        <translation>निर्यात के लिए आपूर्ति का स्थान (BuyerDtls.Pos) 96, यानी अन्य देश, होना चाहिए।</translation>
    </message>
    <message>
        <source>An e-way bill cannot be made for a credit or debit note, or for an invoice of services only.</source>
        <translation>क्रेडिट या डेबिट नोट के लिए, या केवल सेवाओं वाले इनवॉइस के लिए ई-वे बिल नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <source>No e-way bill for notes or services</source>
        <translation>नोट या सेवाओं के लिए ई-वे बिल नहीं</translation>
    </message>
    <message>
        <source>No e-way bill was found for this request.</source>
        <translation>इस अनुरोध के लिए कोई ई-वे बिल नहीं मिला।</translation>
    </message>
    <message>
        <source>With Part-A only (no vehicle or transport document), the transporter ID is required.</source>
        <translation>केवल Part-A होने पर (वाहन या परिवहन दस्तावेज़ के बिना), ट्रांसपोर्टर ID ज़रूरी है।</translation>
    </message>
    <message>
        <source>GSTIN missing in the request</source>
        <translation>अनुरोध में GSTIN नहीं है</translation>
    </message>
    <message>
        <source>The request to the IRP did not say which GSTIN it is for.</source>
        <translation>IRP को भेजे गए अनुरोध में यह नहीं बताया गया कि यह किस GSTIN के लिए है।</translation>
    </message>
    <message>
        <source>Login expired or invalid</source>
        <translation>लॉगिन की अवधि समाप्त या लॉगिन अमान्य</translation>
    </message>
    <message>
        <source>The IRP login (token) has expired, or belongs to another GSTIN or user. A login lasts 6 hours.</source>
        <translation>IRP लॉगिन (टोकन) की अवधि समाप्त हो गई है, या यह किसी अन्य GSTIN या यूज़र का है। एक लॉगिन 6 घंटे तक चलता है।</translation>
    </message>
    <message>
        <source>Log in again and send it again. IRN Desk does this itself; if it keeps failing, check the GSTIN and user name in the connection settings.</source>
        <translation>फिर से लॉग इन करें और इसे फिर से भेजें। IRN Desk यह अपने-आप करता है; अगर यह बार-बार विफल हो, तो कनेक्शन सेटिंग्स में GSTIN और यूज़र नाम जाँचें।</translation>
    </message>
    <message>
        <source>API user name missing in the request</source>
        <translation>अनुरोध में API यूज़र नाम नहीं है</translation>
    </message>
    <message>
        <source>The request did not carry the API user name.</source>
        <translation>अनुरोध में API यूज़र नाम नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Login request not readable</source>
        <translation>लॉगिन अनुरोध पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>The IRP could not read the login request, or the user name or password was missing.</source>
        <translation>IRP लॉगिन अनुरोध नहीं पढ़ सका, या यूज़र नाम या पासवर्ड नहीं था।</translation>
    </message>
    <message>
        <source>Wrong API user name or password</source>
        <translation>API यूज़र नाम या पासवर्ड गलत है</translation>
    </message>
    <message>
        <source>The IRP did not accept the API user name or password.</source>
        <translation>IRP ने API यूज़र नाम या पासवर्ड स्वीकार नहीं किया।</translation>
    </message>
    <message>
        <source>Wrong client ID or secret</source>
        <translation>क्लाइंट ID या सीक्रेट गलत है</translation>
    </message>
    <message>
        <source>The client ID or client secret of your API access is wrong.</source>
        <translation>आपकी API एक्सेस का क्लाइंट ID या क्लाइंट सीक्रेट गलत है।</translation>
    </message>
    <message>
        <source>Copy the client ID and secret again from the e-invoice portal, or from your GSP, into the connection settings.</source>
        <translation>क्लाइंट ID और सीक्रेट को ई-इनवॉइस पोर्टल से, या अपने GSP से, फिर से कॉपी करके कनेक्शन सेटिंग्स में डालें।</translation>
    </message>
    <message>
        <source>Client ID missing in the request</source>
        <translation>अनुरोध में क्लाइंट ID नहीं है</translation>
    </message>
    <message>
        <source>The request did not carry the client ID of your API access.</source>
        <translation>अनुरोध में आपकी API एक्सेस का क्लाइंट ID नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Client secret missing in the request</source>
        <translation>अनुरोध में क्लाइंट सीक्रेट नहीं है</translation>
    </message>
    <message>
        <source>The request did not carry the client secret of your API access.</source>
        <translation>अनुरोध में आपकी API एक्सेस का क्लाइंट सीक्रेट नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Password could not be decrypted</source>
        <translation>पासवर्ड डिक्रिप्ट नहीं हो सका</translation>
    </message>
    <message>
        <source>The IRP could not decrypt the password, usually because the wrong IRP public key is set.</source>
        <translation>IRP पासवर्ड डिक्रिप्ट नहीं कर सका, आमतौर पर इसलिए कि गलत IRP पब्लिक की सेट है।</translation>
    </message>
    <message>
        <source>User or GSTIN not enabled</source>
        <translation>यूज़र या GSTIN सक्षम नहीं है</translation>
    </message>
    <message>
        <source>The GSTIN or the API user is inactive, or not enabled for e-invoicing.</source>
        <translation>GSTIN या API यूज़र निष्क्रिय है, या ई-इनवॉइसिंग के लिए सक्षम नहीं है।</translation>
    </message>
    <message>
        <source>On the e-invoice portal, check that the GSTIN is enabled for e-invoicing and the API user is active.</source>
        <translation>ई-इनवॉइस पोर्टल पर जाँचें कि GSTIN ई-इनवॉइसिंग के लिए सक्षम है और API यूज़र सक्रिय है।</translation>
    </message>
    <message>
        <source>Login made for another GSTIN</source>
        <translation>लॉगिन किसी अन्य GSTIN के लिए किया गया</translation>
    </message>
    <message>
        <source>The login was made for a different GSTIN than the one in this request.</source>
        <translation>लॉगिन इस अनुरोध वाले GSTIN के बजाय किसी अन्य GSTIN के लिए किया गया था।</translation>
    </message>
    <message>
        <source>Log in with the GSTIN of the seller. Each GSTIN needs its own connection settings.</source>
        <translation>विक्रेता के GSTIN से लॉग इन करें। हर GSTIN के लिए अलग कनेक्शन सेटिंग्स चाहिए।</translation>
    </message>
    <message>
        <source>Session key could not be decrypted</source>
        <translation>सेशन की डिक्रिप्ट नहीं हो सकी</translation>
    </message>
    <message>
        <source>The IRP could not decrypt the session key IRN Desk sent, usually because the wrong IRP public key is set.</source>
        <translation>IRP, IRN Desk द्वारा भेजी गई सेशन की डिक्रिप्ट नहीं कर सका, आमतौर पर इसलिए कि गलत IRP पब्लिक की सेट है।</translation>
    </message>
    <message>
        <source>API user does not exist</source>
        <translation>API यूज़र मौजूद नहीं है</translation>
    </message>
    <message>
        <source>The IRP has no API user with this name. Sandbox and production have separate users.</source>
        <translation>IRP में इस नाम का कोई API यूज़र नहीं है। सैंडबॉक्स और प्रोडक्शन के यूज़र अलग-अलग होते हैं।</translation>
    </message>
    <message>
        <source>Check the API user name, and that it was created for this GSTIN on the portal of the system you connect to.</source>
        <translation>API यूज़र नाम जाँचें, और यह भी कि वह उसी सिस्टम के पोर्टल पर, जिससे आप जुड़ते हैं, इसी GSTIN के लिए बनाया गया था।</translation>
    </message>
    <message>
        <source>API user not linked to this client ID</source>
        <translation>API यूज़र इस क्लाइंट ID से जुड़ा नहीं है</translation>
    </message>
    <message>
        <source>The API user belongs to other credentials: direct-access and GSP credentials were mixed.</source>
        <translation>API यूज़र किन्हीं अन्य क्रेडेंशियल्स का है: डायरेक्ट एक्सेस और GSP क्रेडेंशियल्स आपस में मिल गए हैं।</translation>
    </message>
    <message>
        <source>Use the user name with the client ID and secret it was created for: your own direct API access, or your GSP&apos;s.</source>
        <translation>यूज़र नाम उसी क्लाइंट ID और सीक्रेट के साथ इस्तेमाल करें जिनके लिए वह बनाया गया था: आपकी अपनी डायरेक्ट API एक्सेस, या आपके GSP की।</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>पासवर्ड गलत है</translation>
    </message>
    <message>
        <source>The API password is wrong.</source>
        <translation>API पासवर्ड गलत है।</translation>
    </message>
    <message>
        <source>Request could not be decrypted</source>
        <translation>अनुरोध डिक्रिप्ट नहीं हो सका</translation>
    </message>
    <message>
        <source>The IRP could not decrypt the request, usually because the IRP public key in the settings is wrong or old.</source>
        <translation>IRP अनुरोध डिक्रिप्ट नहीं कर सका, आमतौर पर इसलिए कि सेटिंग्स में IRP पब्लिक की गलत या पुरानी है।</translation>
    </message>
    <message>
        <source>IRP could not create the invoice</source>
        <translation>IRP इनवॉइस नहीं बना सका</translation>
    </message>
    <message>
        <source>An unexpected error at the IRP while registering the invoice.</source>
        <translation>इनवॉइस पंजीकृत करते समय IRP पर एक अनपेक्षित त्रुटि।</translation>
    </message>
    <message>
        <source>Invoice not as per the schema</source>
        <translation>इनवॉइस स्कीमा के अनुसार नहीं है</translation>
    </message>
    <message>
        <source>The IRP could not read the invoice: a field has the wrong type, length or format, or a required field is missing.</source>
        <translation>IRP इनवॉइस नहीं पढ़ सका: किसी फ़ील्ड का प्रकार, लंबाई या फ़ॉर्मैट गलत है, या कोई ज़रूरी फ़ील्ड नहीं है।</translation>
    </message>
    <message>
        <source>IRP could not cancel the IRN</source>
        <translation>IRP, IRN रद्द नहीं कर सका</translation>
    </message>
    <message>
        <source>An unexpected error at the IRP while cancelling.</source>
        <translation>रद्द करते समय IRP पर एक अनपेक्षित त्रुटि।</translation>
    </message>
    <message>
        <source>Request incomplete</source>
        <translation>अनुरोध अधूरा है</translation>
    </message>
    <message>
        <source>A required part of the request is missing, for example the IRN or the reason of a cancellation.</source>
        <translation>अनुरोध का कोई ज़रूरी हिस्सा नहीं है, उदाहरण के लिए IRN या रद्द करने का कारण।</translation>
    </message>
    <message>
        <source>Fill in everything the request needs (to cancel: the IRN, the reason and a remark) and send it again.</source>
        <translation>अनुरोध के लिए ज़रूरी सब कुछ भरें (रद्द करने के लिए: IRN, कारण और टिप्पणी) और इसे फिर से भेजें।</translation>
    </message>
    <message>
        <source>IRN belongs to another GSTIN</source>
        <translation>IRN किसी अन्य GSTIN का है</translation>
    </message>
    <message>
        <source>Only the GSTIN that generated an IRN can cancel it or work with it.</source>
        <translation>केवल वही GSTIN, जिसने IRN बनाया है, उसे रद्द कर सकता है या उस पर काम कर सकता है।</translation>
    </message>
    <message>
        <source>Document date format wrong</source>
        <translation>दस्तावेज़ की तारीख का फ़ॉर्मैट गलत है</translation>
    </message>
    <message>
        <source>The document date is not written as DD/MM/YYYY.</source>
        <translation>दस्तावेज़ की तारीख DD/MM/YYYY के रूप में नहीं लिखी गई है।</translation>
    </message>
    <message>
        <source>IRN not valid</source>
        <translation>IRN मान्य नहीं है</translation>
    </message>
    <message>
        <source>The IRN given is not a 64-character IRN.</source>
        <translation>दिया गया IRN 64 अक्षरों का IRN नहीं है।</translation>
    </message>
    <message>
        <source>Copy the full IRN again: 64 characters, digits and the letters a to f.</source>
        <translation>पूरा IRN फिर से कॉपी करें: 64 अक्षर, यानी अंक और a से f तक के अक्षर।</translation>
    </message>
    <message>
        <source>IRN could not be created now</source>
        <translation>IRN अभी नहीं बनाया जा सका</translation>
    </message>
    <message>
        <source>A passing problem at the IRP while creating the IRN.</source>
        <translation>IRN बनाते समय IRP पर एक अस्थायी समस्या।</translation>
    </message>
    <message>
        <source>Invoice could not be signed now</source>
        <translation>इनवॉइस पर अभी हस्ताक्षर नहीं हो सके</translation>
    </message>
    <message>
        <source>A passing problem at the IRP while signing the invoice.</source>
        <translation>इनवॉइस पर हस्ताक्षर करते समय IRP पर एक अस्थायी समस्या।</translation>
    </message>
    <message>
        <source>IRN not found</source>
        <translation>IRN नहीं मिला</translation>
    </message>
    <message>
        <source>The IRP has no data for this IRN, or it is too old to fetch through the API.</source>
        <translation>IRP के पास इस IRN का कोई डेटा नहीं है, या यह API से प्राप्त करने के लिए बहुत पुराना है।</translation>
    </message>
    <message>
        <source>Duplicate IRN</source>
        <translation>डुप्लिकेट IRN</translation>
    </message>
    <message>
        <source>This document (same seller GSTIN, type, number and financial year) is already registered, perhaps by an earlier try whose answer was lost. Capitals in the number do not count.</source>
        <translation>यह दस्तावेज़ (वही विक्रेता GSTIN, प्रकार, संख्या और वित्त वर्ष) पहले से पंजीकृत है, शायद किसी पिछले प्रयास से जिसका जवाब नहीं मिला। संख्या में बड़े-छोटे अक्षरों का अंतर नहीं गिना जाता।</translation>
    </message>
    <message>
        <source>If it is the same invoice, keep the IRN the IRP returned with this error. If it is another invoice, give it a new number: a used number, even a cancelled one, cannot be used again in the financial year.</source>
        <translation>अगर यह वही इनवॉइस है, तो इस त्रुटि के साथ IRP द्वारा लौटाया गया IRN रखें। अगर यह कोई अन्य इनवॉइस है, तो इसे नई संख्या दें: इस्तेमाल हो चुकी संख्या, रद्द की गई भी, उस वित्त वर्ष में दोबारा इस्तेमाल नहीं की जा सकती।</translation>
    </message>
    <message>
        <source>IRN details not found</source>
        <translation>IRN विवरण नहीं मिला</translation>
    </message>
    <message>
        <source>No IRN was found for these document details.</source>
        <translation>इस दस्तावेज़ विवरण के लिए कोई IRN नहीं मिला।</translation>
    </message>
    <message>
        <source>Seller GSTIN missing</source>
        <translation>विक्रेता का GSTIN नहीं है</translation>
    </message>
    <message>
        <source>The seller&apos;s GSTIN is empty.</source>
        <translation>विक्रेता का GSTIN खाली है।</translation>
    </message>
    <message>
        <source>Enter the seller&apos;s GSTIN (SellerDtls.Gstin).</source>
        <translation>विक्रेता का GSTIN (SellerDtls.Gstin) दर्ज करें।</translation>
    </message>
    <message>
        <source>&apos;From&apos; date format wrong</source>
        <translation>&apos;से&apos; तारीख का फ़ॉर्मैट गलत है</translation>
    </message>
    <message>
        <source>The start date of the search is not written as DD/MM/YYYY.</source>
        <translation>खोज की शुरुआती तारीख DD/MM/YYYY के रूप में नहीं लिखी गई है।</translation>
    </message>
    <message>
        <source>&apos;To&apos; date format wrong</source>
        <translation>&apos;तक&apos; तारीख का फ़ॉर्मैट गलत है</translation>
    </message>
    <message>
        <source>The end date of the search is not written as DD/MM/YYYY.</source>
        <translation>खोज की अंतिम तारीख DD/MM/YYYY के रूप में नहीं लिखी गई है।</translation>
    </message>
    <message>
        <source>Reverse charge flag wrong</source>
        <translation>रिवर्स चार्ज फ़्लैग गलत है</translation>
    </message>
    <message>
        <source>Reverse charge (RegRev) must be Y or N.</source>
        <translation>रिवर्स चार्ज (RegRev) Y या N होना चाहिए।</translation>
    </message>
    <message>
        <source>Set RegRev to Y or N.</source>
        <translation>RegRev को Y या N पर सेट करें।</translation>
    </message>
    <message>
        <source>Document type wrong</source>
        <translation>दस्तावेज़ का प्रकार गलत है</translation>
    </message>
    <message>
        <source>Only INV (invoice), CRN (credit note) and DBN (debit note) can be e-invoiced.</source>
        <translation>केवल INV (इनवॉइस), CRN (क्रेडिट नोट) और DBN (डेबिट नोट) का ई-इनवॉइस बनाया जा सकता है।</translation>
    </message>
    <message>
        <source>Set the document type (DocDtls.Typ) to INV, CRN or DBN.</source>
        <translation>दस्तावेज़ का प्रकार (DocDtls.Typ) INV, CRN या DBN पर सेट करें।</translation>
    </message>
    <message>
        <source>Reverse charge only for B2B</source>
        <translation>रिवर्स चार्ज केवल B2B के लिए</translation>
    </message>
    <message>
        <source>Reverse charge (RegRev = Y) is allowed only with supply type B2B.</source>
        <translation>रिवर्स चार्ज (RegRev = Y) की अनुमति केवल आपूर्ति प्रकार B2B के साथ है।</translation>
    </message>
    <message>
        <source>Set RegRev to N, or the supply type to B2B if the supply really is under reverse charge.</source>
        <translation>RegRev को N पर सेट करें, या अगर आपूर्ति वास्तव में रिवर्स चार्ज के अंतर्गत है तो आपूर्ति प्रकार को B2B पर सेट करें।</translation>
    </message>
    <message>
        <source>Date must be today or yesterday</source>
        <translation>तारीख आज की या पिछले दिन की होनी चाहिए</translation>
    </message>
    <message>
        <source>An early IRP rule accepted only today&apos;s or yesterday&apos;s date. It was withdrawn.</source>
        <translation>IRP का एक शुरुआती नियम केवल आज की या पिछले दिन की तारीख स्वीकार करता था। उसे वापस ले लिया गया है।</translation>
    </message>
    <message>
        <source>Seller or e-commerce operator, not both</source>
        <translation>विक्रेता या ई-कॉमर्स ऑपरेटर, दोनों नहीं</translation>
    </message>
    <message>
        <source>An invoice is reported by the seller or by the e-commerce operator, not by both. Also given when the seller GSTIN is not the GSTIN you are logged in with.</source>
        <translation>इनवॉइस विक्रेता या ई-कॉमर्स ऑपरेटर द्वारा रिपोर्ट किया जाता है, दोनों द्वारा नहीं। यह तब भी आता है जब विक्रेता GSTIN वह GSTIN नहीं है जिससे आप लॉग इन हैं।</translation>
    </message>
    <message>
        <source>Check that the seller GSTIN is the GSTIN of your login, and that the operator has not already reported this invoice.</source>
        <translation>जाँचें कि विक्रेता GSTIN आपके लॉगिन का GSTIN है, और ऑपरेटर ने यह इनवॉइस पहले ही रिपोर्ट नहीं किया है।</translation>
    </message>
    <message>
        <source>Deemed export buyer cannot be URP</source>
        <translation>मानित निर्यात का खरीदार URP नहीं हो सकता</translation>
    </message>
    <message>
        <source>For a deemed export (DEXP) the buyer must have a GSTIN.</source>
        <translation>मानित निर्यात (DEXP) के लिए खरीदार के पास GSTIN होना चाहिए।</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s GSTIN.</source>
        <translation>खरीदार का GSTIN दर्ज करें।</translation>
    </message>
    <message>
        <source>IGST on an intra-state line</source>
        <translation>राज्य के भीतर की पंक्ति पर IGST</translation>
    </message>
    <message>
        <source>Seller state and place of supply are the same, so the line must carry CGST and SGST, not IGST.</source>
        <translation>विक्रेता का राज्य और आपूर्ति का स्थान एक ही है, इसलिए पंक्ति पर CGST और SGST होना चाहिए, IGST नहीं।</translation>
    </message>
    <message>
        <source>Too many lines</source>
        <translation>बहुत अधिक पंक्तियाँ</translation>
    </message>
    <message>
        <source>An invoice can have at most 1000 lines.</source>
        <translation>एक इनवॉइस में अधिकतम 1000 पंक्तियाँ हो सकती हैं।</translation>
    </message>
    <message>
        <source>Split it into several invoices.</source>
        <translation>इसे कई इनवॉइस में बाँटें।</translation>
    </message>
    <message>
        <source>CGST or SGST on an inter-state line</source>
        <translation>अंतर-राज्यीय पंक्ति पर CGST या SGST</translation>
    </message>
    <message>
        <source>Seller state and place of supply differ, so the line must carry IGST only.</source>
        <translation>विक्रेता का राज्य और आपूर्ति का स्थान अलग-अलग हैं, इसलिए पंक्ति पर केवल IGST होना चाहिए।</translation>
    </message>
    <message>
        <source>HSN code not known</source>
        <translation>HSN कोड ज्ञात नहीं</translation>
    </message>
    <message>
        <source>An HSN or SAC code is not in the GST list, or is too short: at least 6 digits are needed.</source>
        <translation>कोई HSN या SAC कोड GST सूची में नहीं है, या बहुत छोटा है: कम से कम 6 अंक ज़रूरी हैं।</translation>
    </message>
    <message>
        <source>Look up the full 6 or 8 digit code in the GST HSN/SAC list and use it.</source>
        <translation>GST HSN/SAC सूची में पूरा 6 या 8 अंकों का कोड देखें और उसे इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Unit code not known</source>
        <translation>इकाई कोड ज्ञात नहीं</translation>
    </message>
    <message>
        <source>A unit is not a GST unit code (UQC), for example &apos;pcs.&apos; or &apos;Nos&apos;.</source>
        <translation>कोई इकाई GST इकाई कोड (UQC) नहीं है, उदाहरण के लिए &apos;pcs.&apos; या &apos;Nos&apos;।</translation>
    </message>
    <message>
        <source>Use a UQC code such as NOS, PCS, KGS, MTR, or OTH for others.</source>
        <translation>NOS, PCS, KGS, MTR जैसा कोई UQC कोड इस्तेमाल करें, या अन्य के लिए OTH।</translation>
    </message>
    <message>
        <source>PIN not in the state</source>
        <translation>PIN उस राज्य में नहीं है</translation>
    </message>
    <message>
        <source>A PIN code does not belong to the state code given with it.</source>
        <translation>कोई PIN कोड उसके साथ दिए गए राज्य कोड से संबंधित नहीं है।</translation>
    </message>
    <message>
        <source>Check the PIN and the state code of that address.</source>
        <translation>उस पते का PIN और राज्य कोड जाँचें।</translation>
    </message>
    <message>
        <source>Tax amounts do not match the rates</source>
        <translation>कर राशियाँ दरों से मेल नहीं खातीं</translation>
    </message>
    <message>
        <source>Tax amounts do not agree with the tax rate and the taxable value.</source>
        <translation>कर राशियाँ कर दर और कर-योग्य मूल्य से मेल नहीं खातीं।</translation>
    </message>
    <message>
        <source>Export with CGST or SGST</source>
        <translation>CGST या SGST के साथ निर्यात</translation>
    </message>
    <message>
        <source>An export can carry IGST only.</source>
        <translation>निर्यात पर केवल IGST लग सकता है।</translation>
    </message>
    <message>
        <source>Put the tax in IGST and remove CGST and SGST.</source>
        <translation>कर को IGST में डालें और CGST व SGST हटाएँ।</translation>
    </message>
    <message>
        <source>Export cannot be intra-state</source>
        <translation>निर्यात राज्य के भीतर नहीं हो सकता</translation>
    </message>
    <message>
        <source>For an export the place of supply must be 96 (other country), not the seller&apos;s state.</source>
        <translation>निर्यात के लिए आपूर्ति का स्थान 96 (अन्य देश) होना चाहिए, विक्रेता का राज्य नहीं।</translation>
    </message>
    <message>
        <source>ValDtls.%1 must include the non-ad-valorem cess (CesNonAdvlAmt) of all lines.</source>
        <translation>ValDtls.%1 में सभी पंक्तियों का नॉन-एड-वैलोरम सेस (CesNonAdvlAmt) शामिल होना चाहिए।</translation>
    </message>
    <message>
        <source>Invoice value does not add up</source>
        <translation>इनवॉइस मूल्य का जोड़ सही नहीं है</translation>
    </message>
    <message>
        <source>TotInvVal must equal the line totals + other charges − discount + round-off, within ₹1.</source>
        <translation>TotInvVal, ₹1 के अंतर तक, पंक्तियों के कुल + अन्य शुल्क − छूट + राउंड-ऑफ़ के बराबर होना चाहिए।</translation>
    </message>
    <message>
        <source>Buyer type not valid for an export</source>
        <translation>निर्यात के लिए खरीदार का प्रकार मान्य नहीं</translation>
    </message>
    <message>
        <source>The buyer&apos;s registration type does not fit an export.</source>
        <translation>खरीदार का पंजीकरण प्रकार निर्यात के अनुरूप नहीं है।</translation>
    </message>
    <message>
        <source>Original invoice missing</source>
        <translation>मूल इनवॉइस नहीं है</translation>
    </message>
    <message>
        <source>A credit or debit note must name the invoice it corrects (RefDtls.PrecDocDtls).</source>
        <translation>क्रेडिट या डेबिट नोट में उस इनवॉइस का उल्लेख होना चाहिए जिसे वह सुधारता है (RefDtls.PrecDocDtls)।</translation>
    </message>
    <message>
        <source>Enter the original invoice&apos;s number and date as the preceding document.</source>
        <translation>मूल इनवॉइस की संख्या और तारीख को पूर्ववर्ती दस्तावेज़ के रूप में दर्ज करें।</translation>
    </message>
    <message>
        <source>Amount is not quantity × price</source>
        <translation>राशि मात्रा × कीमत नहीं है</translation>
    </message>
    <message>
        <source>TotAmt is not Qty × UnitPrice. The IRP has suspended this check, but the amount looks wrong.</source>
        <translation>TotAmt, Qty × UnitPrice नहीं है। IRP ने यह जाँच निलंबित कर दी है, लेकिन राशि गलत लगती है।</translation>
    </message>
    <message>
        <source>Taxable value wrong</source>
        <translation>कर-योग्य मूल्य गलत है</translation>
    </message>
    <message>
        <source>AssAmt must be TotAmt − Discount.</source>
        <translation>AssAmt, TotAmt − Discount होना चाहिए।</translation>
    </message>
    <message>
        <source>Line total wrong</source>
        <translation>पंक्ति का कुल गलत है</translation>
    </message>
    <message>
        <source>TotItemVal must be the taxable value plus all taxes, cess and other charges of the line.</source>
        <translation>TotItemVal, पंक्ति के कर-योग्य मूल्य और उसके सभी कर, सेस तथा अन्य शुल्कों का योग होना चाहिए।</translation>
    </message>
    <message>
        <source>E-commerce GSTIN is not a TCS registration</source>
        <translation>ई-कॉमर्स GSTIN, TCS पंजीकरण नहीं है</translation>
    </message>
    <message>
        <source>EcmGstin must be the e-commerce operator&apos;s TCS GSTIN (C as 14th character).</source>
        <translation>EcmGstin ई-कॉमर्स ऑपरेटर का TCS GSTIN होना चाहिए (14वें अक्षर के रूप में C)।</translation>
    </message>
    <message>
        <source>Ask the operator for its TCS GSTIN and enter it.</source>
        <translation>ऑपरेटर से उसका TCS GSTIN माँगें और उसे दर्ज करें।</translation>
    </message>
    <message>
        <source>URP not allowed for this export</source>
        <translation>इस निर्यात के लिए URP की अनुमति नहीं</translation>
    </message>
    <message>
        <source>The buyer is URP, which this kind of export does not allow.</source>
        <translation>खरीदार URP है, जिसकी इस प्रकार के निर्यात में अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>Check that the supply type fits the buyer: a buyer registered in India means B2B, SEZ or deemed export.</source>
        <translation>जाँचें कि आपूर्ति प्रकार खरीदार के अनुरूप है: भारत में पंजीकृत खरीदार का मतलब B2B, SEZ या मानित निर्यात है।</translation>
    </message>
    <message>
        <source>E-commerce GSTIN missing</source>
        <translation>ई-कॉमर्स GSTIN नहीं है</translation>
    </message>
    <message>
        <source>The supply is made through an e-commerce operator, but EcmGstin is missing.</source>
        <translation>आपूर्ति ई-कॉमर्स ऑपरेटर के माध्यम से की गई है, लेकिन EcmGstin नहीं है।</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s TCS GSTIN (EcmGstin).</source>
        <translation>ऑपरेटर का TCS GSTIN (EcmGstin) दर्ज करें।</translation>
    </message>
    <message>
        <source>Ship or dispatch details not allowed</source>
        <translation>शिप-टू या डिस्पैच विवरण की अनुमति नहीं</translation>
    </message>
    <message>
        <source>HSN code does not fit the line</source>
        <translation>HSN कोड पंक्ति के अनुरूप नहीं है</translation>
    </message>
    <message>
        <source>An HSN or SAC code does not fit the line, for example a goods code on a service line.</source>
        <translation>कोई HSN या SAC कोड पंक्ति के अनुरूप नहीं है, उदाहरण के लिए सेवा वाली पंक्ति पर माल का कोड।</translation>
    </message>
    <message>
        <source>Service codes (SAC) start with 99: set IsServc to Y for them and N for goods.</source>
        <translation>सेवा कोड (SAC) 99 से शुरू होते हैं: उनके लिए IsServc को Y पर और माल के लिए N पर सेट करें।</translation>
    </message>
    <message>
        <source>Dispatch or ship-to state code wrong</source>
        <translation>डिस्पैच या शिप-टू राज्य कोड गलत है</translation>
    </message>
    <message>
        <source>The state code of the dispatch or ship-to address is not a valid state code.</source>
        <translation>डिस्पैच या शिप-टू पते का राज्य कोड मान्य राज्य कोड नहीं है।</translation>
    </message>
    <message>
        <source>Port code wrong</source>
        <translation>पोर्ट कोड गलत है</translation>
    </message>
    <message>
        <source>ExpDtls.Port is not in the list of Indian port codes.</source>
        <translation>ExpDtls.Port भारतीय पोर्ट कोड की सूची में नहीं है।</translation>
    </message>
    <message>
        <source>Enter the port code from the customs list, for example INNSA1 for Nhava Sheva.</source>
        <translation>कस्टम्स सूची से पोर्ट कोड दर्ज करें, उदाहरण के लिए न्हावा शेवा के लिए INNSA1।</translation>
    </message>
    <message>
        <source>Country code wrong</source>
        <translation>देश कोड गलत है</translation>
    </message>
    <message>
        <source>ExpDtls.CntCode is not a two-letter country code.</source>
        <translation>ExpDtls.CntCode दो अक्षरों वाला देश कोड नहीं है।</translation>
    </message>
    <message>
        <source>Use the ISO country code, for example US, AE or GB.</source>
        <translation>ISO देश कोड इस्तेमाल करें, उदाहरण के लिए US, AE या GB।</translation>
    </message>
    <message>
        <source>Currency code wrong</source>
        <translation>मुद्रा कोड गलत है</translation>
    </message>
    <message>
        <source>ExpDtls.ForCur is not a three-letter currency code.</source>
        <translation>ExpDtls.ForCur तीन अक्षरों वाला मुद्रा कोड नहीं है।</translation>
    </message>
    <message>
        <source>Use the ISO currency code, for example USD, EUR or AED.</source>
        <translation>ISO मुद्रा कोड इस्तेमाल करें, उदाहरण के लिए USD, EUR या AED।</translation>
    </message>
    <message>
        <source>Ship-to details required</source>
        <translation>शिप-टू विवरण ज़रूरी है</translation>
    </message>
    <message>
        <source>Dispatch details required</source>
        <translation>डिस्पैच विवरण ज़रूरी है</translation>
    </message>
    <message>
        <source>Ship-to and dispatch details required</source>
        <translation>शिप-टू और डिस्पैच विवरण ज़रूरी हैं</translation>
    </message>
    <message>
        <source>Ship-to details not allowed</source>
        <translation>शिप-टू विवरण की अनुमति नहीं</translation>
    </message>
    <message>
        <source>Export details missing</source>
        <translation>निर्यात विवरण नहीं है</translation>
    </message>
    <message>
        <source>An export (EXPWP or EXPWOP) needs export details (ExpDtls).</source>
        <translation>निर्यात (EXPWP या EXPWOP) के लिए निर्यात विवरण (ExpDtls) ज़रूरी है।</translation>
    </message>
    <message>
        <source>Fill in the export details: country (CntCode), currency (ForCur) and, for goods, the port and shipping bill.</source>
        <translation>निर्यात विवरण भरें: देश (CntCode), मुद्रा (ForCur) और, माल के लिए, पोर्ट और शिपिंग बिल।</translation>
    </message>
    <message>
        <source>Dispatch details not allowed</source>
        <translation>डिस्पैच विवरण की अनुमति नहीं</translation>
    </message>
    <message>
        <source>Original invoice not expected</source>
        <translation>मूल इनवॉइस अपेक्षित नहीं</translation>
    </message>
    <message>
        <source>An invoice (INV) must not name a preceding invoice; only credit and debit notes do.</source>
        <translation>इनवॉइस (INV) में किसी पूर्ववर्ती इनवॉइस का उल्लेख नहीं होना चाहिए; ऐसा केवल क्रेडिट और डेबिट नोट में होता है।</translation>
    </message>
    <message>
        <source>Remove RefDtls.PrecDocDtls, or set the document type to CRN or DBN if this is a note.</source>
        <translation>RefDtls.PrecDocDtls हटाएँ, या अगर यह नोट है तो दस्तावेज़ का प्रकार CRN या DBN पर सेट करें।</translation>
    </message>
    <message>
        <source>Seller and buyer GSTIN are the same</source>
        <translation>विक्रेता और खरीदार का GSTIN एक ही है</translation>
    </message>
    <message>
        <source>A seller cannot invoice its own GSTIN.</source>
        <translation>विक्रेता अपने ही GSTIN के नाम इनवॉइस नहीं बना सकता।</translation>
    </message>
    <message>
        <source>Check the buyer&apos;s GSTIN. A branch in another state has a GSTIN of its own.</source>
        <translation>खरीदार का GSTIN जाँचें। दूसरे राज्य की शाखा का अपना अलग GSTIN होता है।</translation>
    </message>
    <message>
        <source>Buyer cannot be URP here</source>
        <translation>यहाँ खरीदार URP नहीं हो सकता</translation>
    </message>
    <message>
        <source>This supply type needs a registered buyer; URP is for exports.</source>
        <translation>इस आपूर्ति प्रकार के लिए पंजीकृत खरीदार ज़रूरी है; URP निर्यात के लिए है।</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s GSTIN. Sales to unregistered buyers in India (B2C) are not e-invoiced.</source>
        <translation>खरीदार का GSTIN दर्ज करें। भारत में अपंजीकृत खरीदारों को की गई बिक्री (B2C) का ई-इनवॉइस नहीं बनता।</translation>
    </message>
    <message>
        <source>Seller cannot be URP</source>
        <translation>विक्रेता URP नहीं हो सकता</translation>
    </message>
    <message>
        <source>The seller must be a registered GSTIN.</source>
        <translation>विक्रेता का पंजीकृत GSTIN होना चाहिए।</translation>
    </message>
    <message>
        <source>Enter your own GSTIN as the seller.</source>
        <translation>विक्रेता के रूप में अपना GSTIN दर्ज करें।</translation>
    </message>
    <message>
        <source>Party GSTIN missing</source>
        <translation>पार्टी का GSTIN नहीं है</translation>
    </message>
    <message>
        <source>A party (seller, buyer or ship-to) has no GSTIN.</source>
        <translation>किसी पार्टी (विक्रेता, खरीदार या शिप-टू) का GSTIN नहीं है।</translation>
    </message>
    <message>
        <source>Enter the GSTIN, or URP for an unregistered or foreign party where that is allowed.</source>
        <translation>GSTIN दर्ज करें, या जहाँ अनुमति हो वहाँ अपंजीकृत या विदेशी पार्टी के लिए URP दर्ज करें।</translation>
    </message>
    <message>
        <source>PIN or state missing</source>
        <translation>PIN या राज्य नहीं है</translation>
    </message>
    <message>
        <source>An address has no PIN or no state code.</source>
        <translation>किसी पते में PIN या राज्य कोड नहीं है।</translation>
    </message>
    <message>
        <source>Enter the PIN and the state code of that address.</source>
        <translation>उस पते का PIN और राज्य कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>Party name missing</source>
        <translation>पार्टी का नाम नहीं है</translation>
    </message>
    <message>
        <source>A party has no name.</source>
        <translation>किसी पार्टी का नाम नहीं है।</translation>
    </message>
    <message>
        <source>Enter the party&apos;s legal name.</source>
        <translation>पार्टी का वैधानिक नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Location missing</source>
        <translation>स्थान नहीं है</translation>
    </message>
    <message>
        <source>An address has no location (city or town).</source>
        <translation>किसी पते में स्थान (शहर या कस्बा) नहीं है।</translation>
    </message>
    <message>
        <source>Enter the city or town (Loc).</source>
        <translation>शहर या कस्बा (Loc) दर्ज करें।</translation>
    </message>
    <message>
        <source>Date in the future</source>
        <translation>भविष्य की तारीख</translation>
    </message>
    <message>
        <source>A date is later than today, or is not a real date.</source>
        <translation>कोई तारीख आज के बाद की है, या वास्तविक तारीख नहीं है।</translation>
    </message>
    <message>
        <source>Use the real date, not a future one, written as DD/MM/YYYY.</source>
        <translation>भविष्य की तारीख नहीं, वास्तविक तारीख DD/MM/YYYY रूप में लिखें।</translation>
    </message>
    <message>
        <source>Start date after end date</source>
        <translation>आरंभ तारीख समाप्ति तारीख के बाद की है</translation>
    </message>
    <message>
        <source>A period starts after it ends, for example the invoice period in RefDtls.DocPerdDtls.</source>
        <translation>कोई अवधि अपनी समाप्ति के बाद शुरू होती है, उदाहरण के लिए RefDtls.DocPerdDtls में इनवॉइस अवधि।</translation>
    </message>
    <message>
        <source>Correct the dates so that the start comes first.</source>
        <translation>तारीखें सुधारें ताकि आरंभ तारीख पहले आए।</translation>
    </message>
    <message>
        <source>Discount too large</source>
        <translation>छूट बहुत अधिक है</translation>
    </message>
    <message>
        <source>The invoice discount (ValDtls.Discount) is not below the invoice value.</source>
        <translation>इनवॉइस छूट (ValDtls.Discount) इनवॉइस मूल्य से कम नहीं है।</translation>
    </message>
    <message>
        <source>Check the discount. A line&apos;s own discount belongs in that line&apos;s Discount.</source>
        <translation>छूट जाँचें। किसी पंक्ति की अपनी छूट उसी पंक्ति के Discount में दर्ज होती है।</translation>
    </message>
    <message>
        <source>Export: with or without tax?</source>
        <translation>निर्यात: कर सहित या कर रहित?</translation>
    </message>
    <message>
        <source>An export must say whether tax is paid: EXPWP with payment, EXPWOP without (under bond or LUT).</source>
        <translation>निर्यात में बताना आवश्यक है कि कर का भुगतान किया गया है या नहीं: भुगतान सहित EXPWP, भुगतान रहित EXPWOP (बॉन्ड या LUT के तहत)।</translation>
    </message>
    <message>
        <source>Set the supply type to EXPWP or EXPWOP.</source>
        <translation>आपूर्ति प्रकार को EXPWP या EXPWOP पर सेट करें।</translation>
    </message>
    <message>
        <source>State cess rate wrong</source>
        <translation>राज्य सेस दर गलत है</translation>
    </message>
    <message>
        <source>The state cess rate is not the rate for this HSN code.</source>
        <translation>राज्य सेस दर इस HSN कोड की दर नहीं है।</translation>
    </message>
    <message>
        <source>State cess rate missing</source>
        <translation>राज्य सेस दर नहीं दी गई है</translation>
    </message>
    <message>
        <source>This HSN code carries a state cess, but no rate is given.</source>
        <translation>इस HSN कोड पर राज्य सेस लगता है, लेकिन कोई दर नहीं दी गई है।</translation>
    </message>
    <message>
        <source>E-commerce GSTIN not expected</source>
        <translation>ई-कॉमर्स GSTIN अपेक्षित नहीं है</translation>
    </message>
    <message>
        <source>EcmGstin is given for a supply that is not made through an e-commerce operator.</source>
        <translation>EcmGstin ऐसी आपूर्ति के लिए दिया गया है जो ई-कॉमर्स ऑपरेटर के माध्यम से नहीं की गई है।</translation>
    </message>
    <message>
        <source>Remove EcmGstin.</source>
        <translation>EcmGstin हटाएँ।</translation>
    </message>
    <message>
        <source>Document date wrong</source>
        <translation>दस्तावेज़ की तारीख गलत है</translation>
    </message>
    <message>
        <source>DocDtls.Dt is not a real date written as DD/MM/YYYY.</source>
        <translation>DocDtls.Dt, DD/MM/YYYY रूप में लिखी गई वास्तविक तारीख नहीं है।</translation>
    </message>
    <message>
        <source>Not allowed to fetch this IRN</source>
        <translation>इस IRN को प्राप्त करने की अनुमति नहीं है</translation>
    </message>
    <message>
        <source>Your login may not fetch this IRN, for example because another GSTIN generated it.</source>
        <translation>आपका लॉगिन इस IRN को प्राप्त नहीं कर सकता, उदाहरण के लिए क्योंकि इसे किसी अन्य GSTIN ने जनरेट किया है।</translation>
    </message>
    <message>
        <source>CGST and SGST differ</source>
        <translation>CGST और SGST अलग-अलग हैं</translation>
    </message>
    <message>
        <source>On an intra-state line CGST and SGST must be equal, half the tax each.</source>
        <translation>राज्य के भीतर की पंक्ति पर CGST और SGST बराबर होने चाहिए, दोनों कर का आधा-आधा।</translation>
    </message>
    <message>
        <source>No lines</source>
        <translation>कोई पंक्ति नहीं</translation>
    </message>
    <message>
        <source>The invoice has no items.</source>
        <translation>इनवॉइस में कोई आइटम नहीं है।</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>कम से कम एक आइटम जोड़ें।</translation>
    </message>
    <message>
        <source>E-way bill still active</source>
        <translation>ई-वे बिल अभी भी सक्रिय है</translation>
    </message>
    <message>
        <source>The IRN has an active e-way bill, so it cannot be cancelled.</source>
        <translation>इस IRN का एक सक्रिय ई-वे बिल है, इसलिए इसे रद्द नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Cancel the e-way bill first, then the IRN.</source>
        <translation>पहले ई-वे बिल रद्द करें, फिर IRN।</translation>
    </message>
    <message>
        <source>SEZ seller cannot e-invoice</source>
        <translation>SEZ विक्रेता ई-इनवॉइस नहीं बना सकता</translation>
    </message>
    <message>
        <source>SEZ units are exempt from e-invoicing; the IRP does not accept them as sellers.</source>
        <translation>SEZ इकाइयों को ई-इनवॉइसिंग से छूट है; IRP उन्हें विक्रेता के रूप में स्वीकार नहीं करता।</translation>
    </message>
    <message>
        <source>Issue the invoice without an IRN.</source>
        <translation>इनवॉइस बिना IRN के जारी करें।</translation>
    </message>
    <message>
        <source>Duplicate line numbers</source>
        <translation>दोहराई गई पंक्ति संख्याएँ</translation>
    </message>
    <message>
        <source>Two lines have the same serial number (SlNo).</source>
        <translation>दो पंक्तियों की क्रम संख्या (SlNo) एक ही है।</translation>
    </message>
    <message>
        <source>Number the lines 1, 2, 3 and so on, without repeats.</source>
        <translation>पंक्तियों को बिना दोहराव के 1, 2, 3 इत्यादि क्रम में संख्या दें।</translation>
    </message>
    <message>
        <source>CGST or SGST of a line wrong</source>
        <translation>किसी पंक्ति का CGST या SGST गलत है</translation>
    </message>
    <message>
        <source>A line&apos;s CGST or SGST is not taxable value × rate ÷ 2.</source>
        <translation>किसी पंक्ति का CGST या SGST, कर-योग्य मूल्य × दर ÷ 2 के बराबर नहीं है।</translation>
    </message>
    <message>
        <source>IGST of a line wrong</source>
        <translation>किसी पंक्ति का IGST गलत है</translation>
    </message>
    <message>
        <source>A line&apos;s IGST is not taxable value × rate.</source>
        <translation>किसी पंक्ति का IGST, कर-योग्य मूल्य × दर के बराबर नहीं है।</translation>
    </message>
    <message>
        <source>Export e-way bill: ship-to must be the port</source>
        <translation>निर्यात ई-वे बिल: शिप-टू पोर्ट होना चाहिए</translation>
    </message>
    <message>
        <source>For an export with an e-way bill, ship-to must be the Indian port or place the goods leave from.</source>
        <translation>ई-वे बिल वाले निर्यात में शिप-टू वह भारतीय पोर्ट या स्थान होना चाहिए जहाँ से माल बाहर जाता है।</translation>
    </message>
    <message>
        <source>SEZ supply with CGST or SGST</source>
        <translation>CGST या SGST के साथ SEZ आपूर्ति</translation>
    </message>
    <message>
        <source>Supplies to an SEZ carry IGST only, even within the state.</source>
        <translation>SEZ को की गई आपूर्ति पर केवल IGST लगता है, राज्य के भीतर भी।</translation>
    </message>
    <message>
        <source>Put the tax in IGST and set CGST and SGST to 0.</source>
        <translation>कर IGST में डालें और CGST व SGST को 0 करें।</translation>
    </message>
    <message>
        <source>Quantity missing</source>
        <translation>मात्रा नहीं दी गई है</translation>
    </message>
    <message>
        <source>A goods line needs a quantity.</source>
        <translation>माल की पंक्ति में मात्रा आवश्यक है।</translation>
    </message>
    <message>
        <source>Enter the quantity (Qty).</source>
        <translation>मात्रा (Qty) दर्ज करें।</translation>
    </message>
    <message>
        <source>Unit missing</source>
        <translation>इकाई नहीं दी गई है</translation>
    </message>
    <message>
        <source>A goods line needs a unit.</source>
        <translation>माल की पंक्ति में इकाई आवश्यक है।</translation>
    </message>
    <message>
        <source>Enter the unit code (UQC), for example NOS.</source>
        <translation>इकाई कोड (UQC) दर्ज करें, उदाहरण के लिए NOS।</translation>
    </message>
    <message>
        <source>GST rate not allowed</source>
        <translation>GST दर अनुमत नहीं है</translation>
    </message>
    <message>
        <source>The GST rate is not one of the rates allowed for this HSN code.</source>
        <translation>GST दर इस HSN कोड के लिए अनुमत दरों में से नहीं है।</translation>
    </message>
    <message>
        <source>Use the rate notified for the HSN code: 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28 or 40.</source>
        <translation>HSN कोड के लिए अधिसूचित दर उपयोग करें: 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28 या 40।</translation>
    </message>
    <message>
        <source>Intra-state line needs CGST and SGST</source>
        <translation>राज्य के भीतर की पंक्ति में CGST और SGST आवश्यक हैं</translation>
    </message>
    <message>
        <source>Seller state and place of supply are the same, so the line needs both CGST and SGST.</source>
        <translation>विक्रेता का राज्य और आपूर्ति का स्थान एक ही है, इसलिए पंक्ति में CGST और SGST दोनों आवश्यक हैं।</translation>
    </message>
    <message>
        <source>Place of supply 96 not allowed</source>
        <translation>आपूर्ति का स्थान 96 अनुमत नहीं है</translation>
    </message>
    <message>
        <source>96 (other country) is the place of supply only of exports and some transport services.</source>
        <translation>96 (अन्य देश) केवल निर्यात और कुछ परिवहन सेवाओं का आपूर्ति का स्थान होता है।</translation>
    </message>
    <message>
        <source>Set the place of supply to the buyer&apos;s state, or the supply type to an export.</source>
        <translation>आपूर्ति का स्थान खरीदार का राज्य रखें, या आपूर्ति प्रकार को निर्यात पर सेट करें।</translation>
    </message>
    <message>
        <source>Place of supply wrong</source>
        <translation>आपूर्ति का स्थान गलत है</translation>
    </message>
    <message>
        <source>The place of supply is not a valid state code.</source>
        <translation>आपूर्ति का स्थान मान्य राज्य कोड नहीं है।</translation>
    </message>
    <message>
        <source>Buyer PIN missing</source>
        <translation>खरीदार का PIN नहीं दिया गया है</translation>
    </message>
    <message>
        <source>This supply type needs the buyer&apos;s PIN.</source>
        <translation>इस आपूर्ति प्रकार में खरीदार का PIN आवश्यक है।</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s PIN, or 999999 for a foreign buyer.</source>
        <translation>खरीदार का PIN दर्ज करें, या विदेशी खरीदार के लिए 999999।</translation>
    </message>
    <message>
        <source>Ship-to state must be the place of supply</source>
        <translation>शिप-टू राज्य आपूर्ति का स्थान होना चाहिए</translation>
    </message>
    <message>
        <source>An older rule required the ship-to state to equal the place of supply for B2B. It is no longer applied.</source>
        <translation>एक पुराने नियम के अनुसार B2B के लिए शिप-टू राज्य आपूर्ति के स्थान के समान होना आवश्यक था। यह अब लागू नहीं होता।</translation>
    </message>
    <message>
        <source>Buyer is an SEZ</source>
        <translation>खरीदार SEZ है</translation>
    </message>
    <message>
        <source>The buyer is an SEZ unit, so the supply type must be SEZWP or SEZWOP.</source>
        <translation>खरीदार एक SEZ इकाई है, इसलिए आपूर्ति प्रकार SEZWP या SEZWOP होना चाहिए।</translation>
    </message>
    <message>
        <source>Set the supply type to SEZWP (with tax) or SEZWOP (without tax).</source>
        <translation>आपूर्ति प्रकार को SEZWP (कर सहित) या SEZWOP (कर रहित) पर सेट करें।</translation>
    </message>
    <message>
        <source>Buyer is not an SEZ</source>
        <translation>खरीदार SEZ नहीं है</translation>
    </message>
    <message>
        <source>SEZWP and SEZWOP supplies need an SEZ unit or developer as buyer.</source>
        <translation>SEZWP और SEZWOP आपूर्ति के लिए खरीदार SEZ इकाई या डेवलपर होना चाहिए।</translation>
    </message>
    <message>
        <source>Check the buyer&apos;s GSTIN; if the buyer is not an SEZ, use supply type B2B.</source>
        <translation>खरीदार का GSTIN जाँचें; यदि खरीदार SEZ नहीं है, तो आपूर्ति प्रकार B2B उपयोग करें।</translation>
    </message>
    <message>
        <source>Export buyer must be URP</source>
        <translation>निर्यात में खरीदार URP होना चाहिए</translation>
    </message>
    <message>
        <source>For an export the buyer&apos;s GSTIN must be URP.</source>
        <translation>निर्यात के लिए खरीदार का GSTIN URP होना चाहिए।</translation>
    </message>
    <message>
        <source>Goods and services mixed</source>
        <translation>माल और सेवाएँ मिश्रित हैं</translation>
    </message>
    <message>
        <source>An inter-state invoice whose place of supply is the seller&apos;s state cannot mix goods and services.</source>
        <translation>जिस अंतर्राज्यीय इनवॉइस का आपूर्ति का स्थान विक्रेता का राज्य है, उसमें माल और सेवाएँ एक साथ नहीं हो सकतीं।</translation>
    </message>
    <message>
        <source>Put the goods and the services on separate invoices.</source>
        <translation>माल और सेवाओं के लिए अलग-अलग इनवॉइस बनाएँ।</translation>
    </message>
    <message>
        <source>E-way bill needs a goods line</source>
        <translation>ई-वे बिल के लिए माल की पंक्ति आवश्यक है</translation>
    </message>
    <message>
        <source>An e-way bill needs at least one goods line (HSN not starting with 99).</source>
        <translation>ई-वे बिल के लिए कम से कम एक माल की पंक्ति (HSN जो 99 से शुरू न हो) आवश्यक है।</translation>
    </message>
    <message>
        <source>Vehicle details missing</source>
        <translation>वाहन विवरण नहीं दिया गया है</translation>
    </message>
    <message>
        <source>Transport by road needs the vehicle number and type.</source>
        <translation>सड़क परिवहन के लिए वाहन संख्या और प्रकार आवश्यक हैं।</translation>
    </message>
    <message>
        <source>Enter VehNo and VehType, or only the transporter ID (TransId) to add the vehicle later.</source>
        <translation>VehNo और VehType दर्ज करें, या वाहन बाद में जोड़ने के लिए केवल ट्रांसपोर्टर ID (TransId) दर्ज करें।</translation>
    </message>
    <message>
        <source>Transport document missing</source>
        <translation>परिवहन दस्तावेज़ नहीं दिया गया है</translation>
    </message>
    <message>
        <source>Transport by rail, air or ship needs the transport document number and date.</source>
        <translation>रेल, हवाई या जहाज़ द्वारा परिवहन के लिए परिवहन दस्तावेज़ संख्या और तारीख आवश्यक हैं।</translation>
    </message>
    <message>
        <source>Enter TransDocNo and TransDocDt.</source>
        <translation>TransDocNo और TransDocDt दर्ज करें।</translation>
    </message>
    <message>
        <source>Empty request</source>
        <translation>खाली अनुरोध</translation>
    </message>
    <message>
        <source>The IRP received no invoice data.</source>
        <translation>IRP को कोई इनवॉइस डेटा प्राप्त नहीं हुआ।</translation>
    </message>
    <message>
        <source>Signature not valid</source>
        <translation>हस्ताक्षर मान्य नहीं है</translation>
    </message>
    <message>
        <source>The IRP could not verify the signature of the request.</source>
        <translation>IRP अनुरोध के हस्ताक्षर का सत्यापन नहीं कर सका।</translation>
    </message>
    <message>
        <source>Login not valid for this IRN</source>
        <translation>इस IRN के लिए लॉगिन मान्य नहीं है</translation>
    </message>
    <message>
        <source>Your login is not allowed to work with this IRN.</source>
        <translation>आपके लॉगिन को इस IRN पर काम करने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>Seller state code is not the GSTIN&apos;s</source>
        <translation>विक्रेता का राज्य कोड GSTIN से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>SellerDtls.Stcd must equal the first two digits of the seller&apos;s GSTIN.</source>
        <translation>SellerDtls.Stcd विक्रेता के GSTIN के पहले दो अंकों के समान होना चाहिए।</translation>
    </message>
    <message>
        <source>Seller state code wrong</source>
        <translation>विक्रेता का राज्य कोड गलत है</translation>
    </message>
    <message>
        <source>SellerDtls.Stcd is not a valid state code.</source>
        <translation>SellerDtls.Stcd मान्य राज्य कोड नहीं है।</translation>
    </message>
    <message>
        <source>Buyer state code wrong</source>
        <translation>खरीदार का राज्य कोड गलत है</translation>
    </message>
    <message>
        <source>BuyerDtls.Stcd is not a valid state code.</source>
        <translation>BuyerDtls.Stcd मान्य राज्य कोड नहीं है।</translation>
    </message>
    <message>
        <source>Export: buyer state must be 96</source>
        <translation>निर्यात: खरीदार का राज्य 96 होना चाहिए</translation>
    </message>
    <message>
        <source>For an export the buyer&apos;s state code must be 96, other country.</source>
        <translation>निर्यात के लिए खरीदार का राज्य कोड 96 (अन्य देश) होना चाहिए।</translation>
    </message>
    <message>
        <source>IgstOnIntra needs the seller&apos;s state as place of supply</source>
        <translation>IgstOnIntra के लिए आपूर्ति का स्थान विक्रेता का राज्य होना चाहिए</translation>
    </message>
    <message>
        <source>With IgstOnIntra = Y the place of supply must be the seller&apos;s own state.</source>
        <translation>IgstOnIntra = Y होने पर आपूर्ति का स्थान विक्रेता का अपना राज्य होना चाहिए।</translation>
    </message>
    <message>
        <source>Set the place of supply to the seller&apos;s state, or IgstOnIntra to N.</source>
        <translation>आपूर्ति का स्थान विक्रेता का राज्य रखें, या IgstOnIntra को N पर सेट करें।</translation>
    </message>
    <message>
        <source>IgstOnIntra value wrong</source>
        <translation>IgstOnIntra का मान गलत है</translation>
    </message>
    <message>
        <source>IgstOnIntra must be Y or N.</source>
        <translation>IgstOnIntra का मान Y या N होना चाहिए।</translation>
    </message>
    <message>
        <source>Set IgstOnIntra to Y or N.</source>
        <translation>IgstOnIntra को Y या N पर सेट करें।</translation>
    </message>
    <message>
        <source>Other charges do not add up</source>
        <translation>अन्य शुल्कों का योग मेल नहीं खाता</translation>
    </message>
    <message>
        <source>An older rule required ValDtls.OthChrg to equal the sum of the lines&apos; other charges. It is no longer applied.</source>
        <translation>एक पुराने नियम के अनुसार ValDtls.OthChrg पंक्तियों के अन्य शुल्कों के योग के बराबर होना आवश्यक था। यह अब लागू नहीं होता।</translation>
    </message>
    <message>
        <source>Buyer state code is not the GSTIN&apos;s</source>
        <translation>खरीदार का राज्य कोड GSTIN से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>BuyerDtls.Stcd must equal the first two digits of the buyer&apos;s GSTIN.</source>
        <translation>BuyerDtls.Stcd खरीदार के GSTIN के पहले दो अंकों के समान होना चाहिए।</translation>
    </message>
    <message>
        <source>Cess amount wrong</source>
        <translation>सेस राशि गलत है</translation>
    </message>
    <message>
        <source>The cess amount does not fit the cess rate of this HSN code.</source>
        <translation>सेस राशि इस HSN कोड की सेस दर से मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>State cess amount wrong</source>
        <translation>राज्य सेस राशि गलत है</translation>
    </message>
    <message>
        <source>The state cess amount does not fit the state cess rate of this HSN code.</source>
        <translation>राज्य सेस राशि इस HSN कोड की राज्य सेस दर से मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>Too late to cancel</source>
        <translation>रद्द करने की समय-सीमा बीत चुकी है</translation>
    </message>
    <message>
        <source>An IRN can be cancelled only within 24 hours of its generation.</source>
        <translation>IRN को जनरेट होने के 24 घंटे के भीतर ही रद्द किया जा सकता है।</translation>
    </message>
    <message>
        <source>Issue a credit note instead, or amend the invoice in GSTR-1 on the GST portal.</source>
        <translation>इसके बजाय क्रेडिट नोट जारी करें, या GST पोर्टल पर GSTR-1 में इनवॉइस में संशोधन करें।</translation>
    </message>
    <message>
        <source>IRN too old to fetch</source>
        <translation>IRN प्राप्त करने के लिए बहुत पुराना है</translation>
    </message>
    <message>
        <source>The IRN exists but is older than 2 days, so the API no longer returns it.</source>
        <translation>IRN मौजूद है लेकिन 2 दिन से अधिक पुराना है, इसलिए API अब इसे नहीं लौटाता।</translation>
    </message>
    <message>
        <source>See it on the e-invoice portal instead.</source>
        <translation>इसके बजाय इसे ई-इनवॉइस पोर्टल पर देखें।</translation>
    </message>
    <message>
        <source>IRN not active</source>
        <translation>IRN सक्रिय नहीं है</translation>
    </message>
    <message>
        <source>The IRN is cancelled or otherwise not active, so no e-way bill can be made from it.</source>
        <translation>IRN रद्द है या किसी अन्य कारण से सक्रिय नहीं है, इसलिए इससे ई-वे बिल नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <source>Check the IRN&apos;s status. A cancelled IRN cannot be used.</source>
        <translation>IRN की स्थिति जाँचें। रद्द किए गए IRN का उपयोग नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Reported too late (30 days)</source>
        <translation>बहुत देर से रिपोर्ट किया गया (30 दिन)</translation>
    </message>
    <message>
        <source>A seller with a turnover of ₹10 crore or more must report a document within 30 days of its date.</source>
        <translation>₹10 करोड़ या अधिक टर्नओवर वाले विक्रेता को दस्तावेज़ उसकी तारीख से 30 दिन के भीतर रिपोर्ट करना होता है।</translation>
    </message>
    <message>
        <source>The IRP will not accept it any more. Ask your tax adviser; do not change the document date.</source>
        <translation>IRP अब इसे स्वीकार नहीं करेगा। अपने कर सलाहकार से पूछें; दस्तावेज़ की तारीख न बदलें।</translation>
    </message>
    <message>
        <source>Buyer and ship-to GSTIN are the same</source>
        <translation>खरीदार और शिप-टू GSTIN एक ही हैं</translation>
    </message>
    <message>
        <source>From 1 August 2026, with ship-to details, the ship-to GSTIN must differ from the buyer&apos;s.</source>
        <translation>1 अगस्त 2026 से, शिप-टू विवरण दिए जाने पर शिप-टू GSTIN खरीदार के GSTIN से अलग होना चाहिए।</translation>
    </message>
    <message>
        <source>Leave out the ship-to details when the goods go to the buyer, or enter the ship-to party&apos;s own GSTIN.</source>
        <translation>जब माल खरीदार को ही जाता है तो शिप-टू विवरण न दें, या शिप-टू पक्ष का अपना GSTIN दर्ज करें।</translation>
    </message>
    <message>
        <source>Ship-to state does not match</source>
        <translation>शिप-टू राज्य मेल नहीं खाता</translation>
    </message>
    <message>
        <source>From 1 August 2026, the ship-to state code must match the ship-to GSTIN and PIN.</source>
        <translation>1 अगस्त 2026 से, शिप-टू राज्य कोड शिप-टू GSTIN और PIN से मेल खाना चाहिए।</translation>
    </message>
    <message>
        <source>Requested data not available</source>
        <translation>माँगा गया डेटा उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>The IRP has no data for what was asked, for example a GSTIN it does not know.</source>
        <translation>IRP के पास माँगी गई जानकारी का डेटा नहीं है, उदाहरण के लिए ऐसा GSTIN जो उसे ज्ञात नहीं है।</translation>
    </message>
    <message>
        <source>Check the GSTIN. A new registration can take a few days to reach the IRP.</source>
        <translation>GSTIN जाँचें। नए पंजीकरण को IRP तक पहुँचने में कुछ दिन लग सकते हैं।</translation>
    </message>
    <message>
        <source>GSTIN not valid</source>
        <translation>GSTIN मान्य नहीं है</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is not a valid registration for the IRP. Usually a typing mistake, or a very new registration.</source>
        <translation>इनवॉइस में दिया गया कोई GSTIN, IRP के लिए मान्य पंजीकरण नहीं है। आमतौर पर यह टाइपिंग की गलती या बहुत नया पंजीकरण होता है।</translation>
    </message>
    <message>
        <source>Check the GSTIN on the GST portal (Search Taxpayer) and correct it. If it is right and new, try again a day later.</source>
        <translation>GST पोर्टल पर (Search Taxpayer) GSTIN जाँचें और उसे सुधारें। यदि यह सही और नया है, तो एक दिन बाद दोबारा प्रयास करें।</translation>
    </message>
    <message>
        <source>GSTIN inactive or cancelled</source>
        <translation>GSTIN निष्क्रिय या रद्द है</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is cancelled, suspended or inactive in the IRP&apos;s records.</source>
        <translation>इनवॉइस में दिया गया कोई GSTIN, IRP के रिकॉर्ड में रद्द, निलंबित या निष्क्रिय है।</translation>
    </message>
    <message>
        <source>Check its status on the GST portal. If it is active there, use Sync GSTIN on the e-invoice portal and send again.</source>
        <translation>GST पोर्टल पर इसकी स्थिति जाँचें। यदि वहाँ यह सक्रिय है, तो ई-इनवॉइस पोर्टल पर Sync GSTIN का उपयोग करें और फिर से भेजें।</translation>
    </message>
    <message>
        <source>Ship-to PIN does not match</source>
        <translation>शिप-टू PIN मेल नहीं खाता</translation>
    </message>
    <message>
        <source>From 1 August 2026, the ship-to PIN must belong to the ship-to state.</source>
        <translation>1 अगस्त 2026 से, शिप-टू PIN शिप-टू राज्य का ही होना चाहिए।</translation>
    </message>
    <message>
        <source>GSTIN cancelled before the document date</source>
        <translation>GSTIN दस्तावेज़ की तारीख से पहले रद्द हो चुका है</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is cancelled, and the document date is after the cancellation.</source>
        <translation>इनवॉइस में दिया गया कोई GSTIN रद्द है, और दस्तावेज़ की तारीख रद्दीकरण के बाद की है।</translation>
    </message>
    <message>
        <source>GSTIN status does not fit the date</source>
        <translation>GSTIN की स्थिति तारीख से मेल नहीं खाती</translation>
    </message>
    <message>
        <source>Document dated before the registration</source>
        <translation>दस्तावेज़ की तारीख पंजीकरण से पहले की है</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is cancelled, and the document date is before its registration.</source>
        <translation>इनवॉइस में दिया गया कोई GSTIN रद्द है, और दस्तावेज़ की तारीख उसके पंजीकरण से पहले की है।</translation>
    </message>
    <message>
        <source>The document date is before the date a GSTIN in the invoice was registered.</source>
        <translation>दस्तावेज़ की तारीख, इनवॉइस में दिए गए किसी GSTIN की पंजीकरण तारीख से पहले की है।</translation>
    </message>
    <message>
        <source>The e-way bill cannot be made: the IRN is not active, for example cancelled.</source>
        <translation>ई-वे बिल नहीं बनाया जा सकता: IRN सक्रिय नहीं है, उदाहरण के लिए रद्द है।</translation>
    </message>
    <message>
        <source>E-way bill not created</source>
        <translation>ई-वे बिल नहीं बना</translation>
    </message>
    <message>
        <source>The IRP could not create the e-way bill.</source>
        <translation>IRP ई-वे बिल नहीं बना सका।</translation>
    </message>
    <message>
        <source>Check the transport details and try again. If it repeats, make the e-way bill on the e-way bill portal.</source>
        <translation>परिवहन विवरण जाँचें और दोबारा प्रयास करें। यदि यह फिर से हो, तो ई-वे बिल पोर्टल पर ई-वे बिल बनाएँ।</translation>
    </message>
    <message>
        <source>E-way bill already made</source>
        <translation>ई-वे बिल पहले ही बन चुका है</translation>
    </message>
    <message>
        <source>An e-way bill was already generated for this IRN.</source>
        <translation>इस IRN के लिए ई-वे बिल पहले ही जनरेट हो चुका है।</translation>
    </message>
    <message>
        <source>Use the existing e-way bill: look it up by the IRN.</source>
        <translation>मौजूदा ई-वे बिल का उपयोग करें: उसे IRN से खोजें।</translation>
    </message>
    <message>
        <source>IRN data not available</source>
        <translation>IRN डेटा उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>The IRP has no data for this IRN to make an e-way bill from.</source>
        <translation>IRP के पास इस IRN का ऐसा डेटा नहीं है जिससे ई-वे बिल बनाया जा सके।</translation>
    </message>
    <message>
        <source>Check the IRN.</source>
        <translation>IRN जाँचें।</translation>
    </message>
    <message>
        <source>IRN data could not be read</source>
        <translation>IRN डेटा पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>A passing problem at the IRP while reading the IRN&apos;s data.</source>
        <translation>IRN का डेटा पढ़ते समय IRP पर एक अस्थायी समस्या।</translation>
    </message>
    <message>
        <source>E-way bill not found</source>
        <translation>ई-वे बिल नहीं मिला</translation>
    </message>
    <message>
        <source>Required value empty</source>
        <translation>आवश्यक मान खाली है</translation>
    </message>
    <message>
        <source>A value the e-way bill request needs is empty.</source>
        <translation>ई-वे बिल अनुरोध के लिए आवश्यक कोई मान खाली है।</translation>
    </message>
    <message>
        <source>Fill in all the transport details the transport mode needs.</source>
        <translation>परिवहन के साधन के लिए आवश्यक सभी परिवहन विवरण भरें।</translation>
    </message>
    <message>
        <source>E-way bill not available</source>
        <translation>ई-वे बिल उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>E-way bill number wrong</source>
        <translation>ई-वे बिल संख्या गलत है</translation>
    </message>
    <message>
        <source>The e-way bill number is not valid; it has 12 digits.</source>
        <translation>ई-वे बिल संख्या मान्य नहीं है; इसमें 12 अंक होते हैं।</translation>
    </message>
    <message>
        <source>E-way bill needs goods</source>
        <translation>ई-वे बिल के लिए माल आवश्यक है</translation>
    </message>
    <message>
        <source>At least one line must be goods (HSN not starting with 99) for an e-way bill.</source>
        <translation>ई-वे बिल के लिए कम से कम एक पंक्ति माल की होनी चाहिए (HSN जो 99 से शुरू न हो)।</translation>
    </message>
    <message>
        <source>Vehicle number missing</source>
        <translation>वाहन संख्या नहीं दी गई है</translation>
    </message>
    <message>
        <source>Transport by road needs the vehicle number.</source>
        <translation>सड़क परिवहन के लिए वाहन संख्या आवश्यक है।</translation>
    </message>
    <message>
        <source>Enter the vehicle number (VehNo), for example MH12AB1234.</source>
        <translation>वाहन संख्या (VehNo) दर्ज करें, उदाहरण के लिए MH12AB1234।</translation>
    </message>
    <message>
        <source>Transport document number missing</source>
        <translation>परिवहन दस्तावेज़ संख्या नहीं दी गई है</translation>
    </message>
    <message>
        <source>Transport by rail, air or ship needs the transport document number.</source>
        <translation>रेल, हवाई या जहाज़ द्वारा परिवहन के लिए परिवहन दस्तावेज़ संख्या आवश्यक है।</translation>
    </message>
    <message>
        <source>Enter TransDocNo.</source>
        <translation>TransDocNo दर्ज करें।</translation>
    </message>
    <message>
        <source>Distance too high</source>
        <translation>दूरी बहुत अधिक है</translation>
    </message>
    <message>
        <source>The distance is more than 10% above the IRP&apos;s distance between the two PINs.</source>
        <translation>दूरी, दोनों PIN के बीच IRP द्वारा निर्धारित दूरी से 10% से अधिक ज़्यादा है।</translation>
    </message>
    <message>
        <source>Vehicle number wrong</source>
        <translation>वाहन संख्या गलत है</translation>
    </message>
    <message>
        <source>The vehicle number is not in a valid format.</source>
        <translation>वाहन संख्या मान्य प्रारूप में नहीं है।</translation>
    </message>
    <message>
        <source>Write it without spaces or dashes, for example MH12AB1234.</source>
        <translation>इसे बिना स्पेस या डैश के लिखें, उदाहरण के लिए MH12AB1234।</translation>
    </message>
    <message>
        <source>Blocked from e-way bills</source>
        <translation>ई-वे बिल बनाने पर रोक</translation>
    </message>
    <message>
        <source>The seller or buyer GSTIN is blocked from e-way bills for not filing returns.</source>
        <translation>रिटर्न दाखिल न करने के कारण विक्रेता या खरीदार के GSTIN पर ई-वे बिल बनाने की रोक लगी है।</translation>
    </message>
    <message>
        <source>File the pending GST returns; the block is lifted after that.</source>
        <translation>लंबित GST रिटर्न दाखिल करें; उसके बाद रोक हट जाती है।</translation>
    </message>
    <message>
        <source>Transport document date in the future</source>
        <translation>परिवहन दस्तावेज़ की तारीख भविष्य की है</translation>
    </message>
    <message>
        <source>TransDocDt is later than today.</source>
        <translation>TransDocDt आज के बाद की है।</translation>
    </message>
    <message>
        <source>Enter the real date of the transport document.</source>
        <translation>परिवहन दस्तावेज़ की वास्तविक तारीख दर्ज करें।</translation>
    </message>
    <message>
        <source>Date format wrong</source>
        <translation>तारीख का प्रारूप गलत है</translation>
    </message>
    <message>
        <source>A date of the e-way bill is not DD/MM/YYYY.</source>
        <translation>ई-वे बिल की कोई तारीख DD/MM/YYYY रूप में नहीं है।</translation>
    </message>
    <message>
        <source>Transporter ID wrong</source>
        <translation>ट्रांसपोर्टर ID गलत है</translation>
    </message>
    <message>
        <source>The transporter ID (TransId) is not a valid GSTIN or enrolment number.</source>
        <translation>ट्रांसपोर्टर ID (TransId) मान्य GSTIN या नामांकन संख्या नहीं है।</translation>
    </message>
    <message>
        <source>Transporter ID needed</source>
        <translation>ट्रांसपोर्टर ID आवश्यक है</translation>
    </message>
    <message>
        <source>Vehicle type wrong</source>
        <translation>वाहन प्रकार गलत है</translation>
    </message>
    <message>
        <source>VehType must be R or O.</source>
        <translation>VehType का मान R या O होना चाहिए।</translation>
    </message>
    <message>
        <source>Transport document dated before the invoice</source>
        <translation>परिवहन दस्तावेज़ की तारीख इनवॉइस से पहले की है</translation>
    </message>
    <message>
        <source>TransDocDt is before the document date.</source>
        <translation>TransDocDt दस्तावेज़ की तारीख से पहले की है।</translation>
    </message>
    <message>
        <source>Enter the real transport document date; it cannot be before the invoice date.</source>
        <translation>परिवहन दस्तावेज़ की वास्तविक तारीख दर्ज करें; यह इनवॉइस की तारीख से पहले की नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Vehicle type missing</source>
        <translation>वाहन प्रकार नहीं दिया गया है</translation>
    </message>
    <message>
        <source>Transport by road needs the vehicle type.</source>
        <translation>सड़क परिवहन के लिए वाहन प्रकार आवश्यक है।</translation>
    </message>
    <message>
        <source>Transport document date missing</source>
        <translation>परिवहन दस्तावेज़ की तारीख नहीं दी गई है</translation>
    </message>
    <message>
        <source>Transport by rail, air or ship needs the transport document date.</source>
        <translation>रेल, हवाई या जहाज़ द्वारा परिवहन के लिए परिवहन दस्तावेज़ की तारीख आवश्यक है।</translation>
    </message>
    <message>
        <source>Enter TransDocDt.</source>
        <translation>TransDocDt दर्ज करें।</translation>
    </message>
    <message>
        <source>Over-dimensional cargo not allowed</source>
        <translation>ओवर-डाइमेंशनल कार्गो अनुमत नहीं है</translation>
    </message>
    <message>
        <source>Vehicle type O (over-dimensional cargo) is allowed only for road and ship.</source>
        <translation>वाहन प्रकार O (ओवर-डाइमेंशनल कार्गो) केवल सड़क और जहाज़ परिवहन के लिए अनुमत है।</translation>
    </message>
    <message>
        <source>Set VehType to R, or check the transport mode.</source>
        <translation>VehType को R पर सेट करें, या परिवहन का साधन जाँचें।</translation>
    </message>
    <message>
        <source>User not valid</source>
        <translation>उपयोगकर्ता मान्य नहीं है</translation>
    </message>
    <message>
        <source>The user of the e-way bill request is not valid.</source>
        <translation>ई-वे बिल अनुरोध का उपयोगकर्ता मान्य नहीं है।</translation>
    </message>
    <message>
        <source>E-way bill exists for this document</source>
        <translation>इस दस्तावेज़ के लिए ई-वे बिल पहले से मौजूद है</translation>
    </message>
    <message>
        <source>An e-way bill was already made for this document number.</source>
        <translation>इस दस्तावेज़ संख्या के लिए ई-वे बिल पहले ही बन चुका है।</translation>
    </message>
    <message>
        <source>Use the existing e-way bill, or cancel it on the e-way bill portal first.</source>
        <translation>मौजूदा ई-वे बिल का उपयोग करें, या पहले ई-वे बिल पोर्टल पर उसे रद्द करें।</translation>
    </message>
    <message>
        <source>Transport mode missing</source>
        <translation>परिवहन का साधन नहीं दिया गया है</translation>
    </message>
    <message>
        <source>The transport mode is needed when a vehicle or transport document is given.</source>
        <translation>वाहन या परिवहन दस्तावेज़ दिए जाने पर परिवहन का साधन आवश्यक है।</translation>
    </message>
    <message>
        <source>Set TransMode: 1 road, 2 rail, 3 air, 4 ship.</source>
        <translation>TransMode सेट करें: 1 सड़क, 2 रेल, 3 हवाई, 4 जहाज़।</translation>
    </message>
    <message>
        <source>Same PIN: give the distance</source>
        <translation>एक ही PIN: दूरी दर्ज करें</translation>
    </message>
    <message>
        <source>Dispatch and delivery PINs are the same, so the IRP cannot compute the distance.</source>
        <translation>डिस्पैच और डिलीवरी के PIN एक ही हैं, इसलिए IRP दूरी की गणना नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Enter the real distance, 1 to 100 km.</source>
        <translation>वास्तविक दूरी दर्ज करें, 1 से 100 किमी।</translation>
    </message>
    <message>
        <source>Distance unknown for these PINs</source>
        <translation>इन PIN के बीच की दूरी ज्ञात नहीं है</translation>
    </message>
    <message>
        <source>The IRP has no distance for this pair of PINs.</source>
        <translation>IRP के पास PIN की इस जोड़ी के लिए दूरी उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Export e-way bill needs ship-to details</source>
        <translation>निर्यात ई-वे बिल के लिए शिप-टू विवरण आवश्यक है</translation>
    </message>
    <message>
        <source>An export e-way bill needs ship-to details: the Indian port or place of export.</source>
        <translation>निर्यात ई-वे बिल के लिए शिप-टू विवरण आवश्यक है: भारतीय पोर्ट या निर्यात का स्थान।</translation>
    </message>
    <message>
        <source>Ship-to state 96 not allowed</source>
        <translation>शिप-टू राज्य 96 अनुमत नहीं है</translation>
    </message>
    <message>
        <source>An e-way bill needs an Indian ship-to state; 96 (other country) is not allowed.</source>
        <translation>ई-वे बिल के लिए भारतीय शिप-टू राज्य आवश्यक है; 96 (अन्य देश) अनुमत नहीं है।</translation>
    </message>
    <message>
        <source>Ship-to PIN 999999 not allowed</source>
        <translation>शिप-टू PIN 999999 अनुमत नहीं है</translation>
    </message>
    <message>
        <source>An e-way bill needs an Indian ship-to PIN; 999999 is not allowed.</source>
        <translation>ई-वे बिल के लिए भारतीय शिप-टू PIN आवश्यक है; 999999 अनुमत नहीं है।</translation>
    </message>
    <message>
        <source>Dispatch state 96 not allowed</source>
        <translation>डिस्पैच राज्य 96 अनुमत नहीं है</translation>
    </message>
    <message>
        <source>An e-way bill needs an Indian dispatch state; 96 (other country) is not allowed.</source>
        <translation>ई-वे बिल के लिए भारतीय डिस्पैच राज्य आवश्यक है; 96 (अन्य देश) अनुमत नहीं है।</translation>
    </message>
    <message>
        <source>Dispatch PIN 999999 not allowed</source>
        <translation>डिस्पैच PIN 999999 अनुमत नहीं है</translation>
    </message>
    <message>
        <source>An e-way bill needs an Indian dispatch PIN; 999999 is not allowed.</source>
        <translation>ई-वे बिल के लिए भारतीय डिस्पैच PIN आवश्यक है; 999999 अनुमत नहीं है।</translation>
    </message>
    <message>
        <source>Distance 0 with PIN 999999</source>
        <translation>PIN 999999 के साथ दूरी 0</translation>
    </message>
    <message>
        <source>With PIN 999999 the IRP cannot compute the distance, so 0 is not allowed.</source>
        <translation>PIN 999999 होने पर IRP दूरी की गणना नहीं कर सकता, इसलिए 0 अनुमत नहीं है।</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>अधिकृत नहीं</translation>
    </message>
    <message>
        <source>Your login may not make this e-way bill request.</source>
        <translation>आपका लॉगिन यह ई-वे बिल अनुरोध नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Distance too low</source>
        <translation>दूरी बहुत कम है</translation>
    </message>
    <message>
        <source>The distance is more than 10% below the IRP&apos;s distance between the two PINs.</source>
        <translation>दूरी, दोनों PIN के बीच IRP द्वारा निर्धारित दूरी से 10% से अधिक कम है।</translation>
    </message>
    <message>
        <source>Ship transport with a regular vehicle</source>
        <translation>सामान्य वाहन से जहाज़ परिवहन</translation>
    </message>
    <message>
        <source>For transport by ship the vehicle type cannot be R (regular).</source>
        <translation>जहाज़ द्वारा परिवहन के लिए वाहन प्रकार R (सामान्य) नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Give the vessel or transport document number instead of a regular vehicle.</source>
        <translation>सामान्य वाहन के बजाय जलयान संख्या या परिवहन दस्तावेज़ संख्या दें।</translation>
    </message>
    <message>
        <source>Ship transport needs vessel or document</source>
        <translation>जहाज़ परिवहन के लिए जलयान या दस्तावेज़ आवश्यक है</translation>
    </message>
    <message>
        <source>Transport by ship needs a vessel number or a transport document number.</source>
        <translation>जहाज़ द्वारा परिवहन के लिए जलयान संख्या या परिवहन दस्तावेज़ संख्या आवश्यक है।</translation>
    </message>
    <message>
        <source>Enter VehNo (the vessel) or TransDocNo.</source>
        <translation>VehNo (जलयान) या TransDocNo दर्ज करें।</translation>
    </message>
    <message>
        <source>From 1 August 2026, the ship-to state code must match the ship-to GSTIN.</source>
        <translation>1 अगस्त 2026 से, शिप-टू राज्य कोड शिप-टू GSTIN से मेल खाना चाहिए।</translation>
    </message>
    <message>
        <source>IRP system error</source>
        <translation>IRP सिस्टम त्रुटि</translation>
    </message>
    <message>
        <source>Something failed inside the IRP. In the sandbox it also means a missing ship-to GSTIN.</source>
        <translation>IRP के भीतर कुछ विफल हो गया। सैंडबॉक्स में इसका अर्थ शिप-टू GSTIN का न होना भी है।</translation>
    </message>
    <message>
        <source>Request not accepted</source>
        <translation>अनुरोध स्वीकार नहीं किया गया</translation>
    </message>
    <message>
        <source>The request as a whole is not as per the schema, or too large. In the sandbox it also means a missing ship-to GSTIN.</source>
        <translation>पूरा अनुरोध स्कीमा के अनुसार नहीं है, या बहुत बड़ा है। सैंडबॉक्स में इसका अर्थ शिप-टू GSTIN का न होना भी है।</translation>
    </message>
    <message>
        <source>Run Validate and correct every SCHEMA error. Send a large batch in smaller parts.</source>
        <translation>Validate चलाएँ और हर SCHEMA त्रुटि सुधारें। बड़े बैच को छोटे भागों में भेजें।</translation>
    </message>
    <message>
        <source>Data empty</source>
        <translation>डेटा खाली है</translation>
    </message>
    <message>
        <source>The request carried no data, for example an empty login.</source>
        <translation>अनुरोध में कोई डेटा नहीं था, उदाहरण के लिए खाली लॉगिन।</translation>
    </message>
    <message>
        <source>Invoice not active</source>
        <translation>इनवॉइस सक्रिय नहीं है</translation>
    </message>
    <message>
        <source>The IRN is not active, usually because it is already cancelled.</source>
        <translation>IRN सक्रिय नहीं है, आमतौर पर इसलिए कि यह पहले ही रद्द हो चुका है।</translation>
    </message>
    <message>
        <source>Look the IRN up: if it shows as cancelled, nothing more is needed.</source>
        <translation>IRN खोजें: यदि यह रद्द दिखता है, तो आगे कुछ करने की आवश्यकता नहीं है।</translation>
    </message>
    <message>
        <source>Not as per the e-invoice schema</source>
        <translation>ई-इनवॉइस स्कीमा के अनुसार नहीं है</translation>
    </message>
    <message>
        <source>A field is missing, or has the wrong type, length, format or value for the INV-01 schema. The IRP would refuse the invoice (2140 or 5002).</source>
        <translation>कोई फ़ील्ड नहीं दिया गया है, या INV-01 स्कीमा के अनुसार उसका प्रकार, लंबाई, प्रारूप या मान गलत है। IRP इस इनवॉइस को अस्वीकार कर देगा (2140 या 5002)।</translation>
    </message>
    <message>
        <source>Correct the field the message names.</source>
        <translation>संदेश में बताए गए फ़ील्ड को सुधारें।</translation>
    </message>
    <message>
        <source>Cess does not match its rate</source>
        <translation>सेस अपनी दर से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>A line&apos;s CesAmt is not AssAmt × CesRt. The IRP checks cess against its own HSN-wise rates (2266), which are not public.</source>
        <translation>किसी पंक्ति का CesAmt, AssAmt × CesRt के बराबर नहीं है। IRP सेस की जाँच अपनी HSN-वार दरों (2266) से करता है, जो सार्वजनिक नहीं हैं।</translation>
    </message>
    <message>
        <source>Compute the cess as taxable value × cess rate; a cess per unit goes in CesNonAdvlAmt.</source>
        <translation>सेस की गणना कर-योग्य मूल्य × सेस दर के रूप में करें; प्रति इकाई सेस CesNonAdvlAmt में दर्ज करें।</translation>
    </message>
    <message>
        <source>Dated before e-invoicing began</source>
        <translation>तारीख ई-इनवॉइसिंग शुरू होने से पहले की है</translation>
    </message>
    <message>
        <source>The document date is before 1 October 2020, when e-invoicing began. The IRP is not expected to accept it.</source>
        <translation>दस्तावेज़ की तारीख 1 अक्टूबर 2020 से पहले की है, जब ई-इनवॉइसिंग शुरू हुई थी। IRP द्वारा इसे स्वीकार किए जाने की संभावना नहीं है।</translation>
    </message>
    <message>
        <source>Check the document date.</source>
        <translation>दस्तावेज़ की तारीख जाँचें।</translation>
    </message>
    <message>
        <source>File read leniently</source>
        <translation>फ़ाइल को ढील देकर पढ़ा गया</translation>
    </message>
    <message>
        <source>The file was read, but not exactly as written: a null value, a key in other capitals, or a key given twice. The IRP may not be as lenient.</source>
        <translation>फ़ाइल पढ़ ली गई, लेकिन ठीक वैसे नहीं जैसे लिखी गई थी: कोई null मान, अलग बड़े-छोटे अक्षरों वाली कुंजी, या दो बार दी गई कुंजी। हो सकता है IRP इतनी ढील न दे।</translation>
    </message>
    <message>
        <source>Save the invoice again from IRN Desk, or correct the file.</source>
        <translation>IRN Desk से इनवॉइस फिर से सहेजें, या फ़ाइल सुधारें।</translation>
    </message>
    <message>
        <source>Original invoice dated after the note</source>
        <translation>मूल इनवॉइस की तारीख नोट के बाद की है</translation>
    </message>
    <message>
        <source>A preceding document (RefDtls.PrecDocDtls) is dated after this credit or debit note.</source>
        <translation>पिछले दस्तावेज़ (RefDtls.PrecDocDtls) की तारीख इस क्रेडिट नोट या डेबिट नोट के बाद की है।</translation>
    </message>
    <message>
        <source>Check the original invoice&apos;s date (InvDt): it comes on or before the note.</source>
        <translation>मूल इनवॉइस की तारीख (InvDt) जाँचें: यह नोट की तारीख को या उससे पहले की होनी चाहिए।</translation>
    </message>
    <message>
        <source>Round-off larger than rounding</source>
        <translation>राउंड-ऑफ़ पूर्णांकन की ज़रूरत से बड़ा है</translation>
    </message>
    <message>
        <source>RndOffAmt is ₹1 or more: more than rounding to the rupee needs. The IRP accepts it.</source>
        <translation>RndOffAmt ₹1 या उससे अधिक है: रुपये तक पूर्णांकन के लिए इतने की ज़रूरत नहीं होती। IRP इसे स्वीकार कर लेता है।</translation>
    </message>
    <message>
        <source>Keep the round-off below ₹1; put other adjustments in other charges or discount.</source>
        <translation>राउंड-ऑफ़ ₹1 से कम रखें; अन्य समायोजन अन्य शुल्क या छूट में डालें।</translation>
    </message>
    <message>
        <source>SEZ place of supply is not the SEZ&apos;s state</source>
        <translation>SEZ को आपूर्ति: आपूर्ति का स्थान SEZ का राज्य नहीं है</translation>
    </message>
    <message>
        <source>For a supply to an SEZ the place of supply is the SEZ&apos;s state, but here it differs from the buyer&apos;s state code.</source>
        <translation>SEZ को आपूर्ति में आपूर्ति का स्थान SEZ का राज्य होता है, पर यहाँ यह खरीदार के राज्य कोड से अलग है।</translation>
    </message>
    <message>
        <source>Set the place of supply to the buyer&apos;s state code, unless the supply really takes place elsewhere.</source>
        <translation>आपूर्ति का स्थान खरीदार का राज्य कोड रखें, जब तक कि आपूर्ति वास्तव में कहीं और न हो रही हो।</translation>
    </message>
    <message>
        <source>State cess does not match its rate</source>
        <translation>राज्य सेस उसकी दर से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>A line&apos;s StateCesAmt is not AssAmt × StateCesRt. The IRP checks it against its own HSN-wise rates (2267).</source>
        <translation>किसी पंक्ति का StateCesAmt, AssAmt × StateCesRt के बराबर नहीं है। IRP इसे अपनी HSN-वार दरों से जाँचता है (2267)।</translation>
    </message>
    <message>
        <source>Compute the state cess as taxable value × its rate; a state cess per unit goes in StateCesNonAdvlAmt.</source>
        <translation>राज्य सेस की गणना कर-योग्य मूल्य × उसकी दर के रूप में करें; प्रति इकाई राज्य सेस StateCesNonAdvlAmt में जाता है।</translation>
    </message>
    <message>
        <source>error in the invoice</source>
        <translation>इनवॉइस में त्रुटि</translation>
    </message>
    <message>
        <source>login and API access</source>
        <translation>लॉगिन और API एक्सेस</translation>
    </message>
    <message>
        <source>passing problem at the IRP</source>
        <translation>IRP पर अस्थायी समस्या</translation>
    </message>
    <message>
        <source>request incomplete</source>
        <translation>अनुरोध अधूरा</translation>
    </message>
    <message>
        <source>looking up an IRN</source>
        <translation>IRN की खोज</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>रद्दीकरण</translation>
    </message>
    <message>
        <source>e-way bill</source>
        <translation>ई-वे बिल</translation>
    </message>
    <message>
        <source>IRN Desk check</source>
        <translation>IRN Desk जाँच</translation>
    </message>
</context>
<context>
    <name>irndesk::Fixer</name>
    <message>
        <source>Quantity × unit price</source>
        <translation>मात्रा × इकाई मूल्य</translation>
    </message>
    <message>
        <source>Amount − discount</source>
        <translation>राशि − छूट</translation>
    </message>
    <message>
        <source>Taxable value × GST rate ÷ 2</source>
        <translation>कर-योग्य मूल्य × GST दर ÷ 2</translation>
    </message>
    <message>
        <source>No CGST or SGST on this supply</source>
        <translation>इस आपूर्ति पर CGST या SGST नहीं लगता</translation>
    </message>
    <message>
        <source>Taxable value × GST rate</source>
        <translation>कर-योग्य मूल्य × GST दर</translation>
    </message>
    <message>
        <source>No IGST on this supply</source>
        <translation>इस आपूर्ति पर IGST नहीं लगता</translation>
    </message>
    <message>
        <source>Taxable value × cess rate</source>
        <translation>कर-योग्य मूल्य × सेस दर</translation>
    </message>
    <message>
        <source>Taxable value × state cess rate</source>
        <translation>कर-योग्य मूल्य × राज्य सेस दर</translation>
    </message>
    <message>
        <source>Taxable value + taxes, cess and other charges of the line</source>
        <translation>पंक्ति का कर-योग्य मूल्य + कर, सेस और अन्य शुल्क</translation>
    </message>
    <message>
        <source>Line totals + other charges − discount + round-off</source>
        <translation>पंक्तियों के कुल + अन्य शुल्क − छूट + राउंड-ऑफ़</translation>
    </message>
    <message>
        <source>Rounds the invoice value to the rupee</source>
        <translation>इनवॉइस मूल्य को रुपये तक पूर्णांकित करता है</translation>
    </message>
    <message>
        <source>Sum of the lines</source>
        <translation>पंक्तियों का योग</translation>
    </message>
    <message>
        <source>Recomputed from the other amounts</source>
        <translation>अन्य राशियों से दोबारा गणना की गई</translation>
    </message>
    <message>
        <source>A buyer abroad has no GSTIN: URP</source>
        <translation>विदेश के खरीदार का GSTIN नहीं होता: URP</translation>
    </message>
    <message>
        <source>The place of supply of an export is 96, other country</source>
        <translation>निर्यात में आपूर्ति का स्थान 96 (अन्य देश) होता है</translation>
    </message>
    <message>
        <source>A buyer abroad has state code 96</source>
        <translation>विदेश के खरीदार का राज्य कोड 96 होता है</translation>
    </message>
    <message>
        <source>An address abroad has PIN 999999</source>
        <translation>विदेश के पते का PIN 999999 होता है</translation>
    </message>
    <message>
        <source>Spaces around the text removed</source>
        <translation>टेक्स्ट के आगे-पीछे के स्पेस हटाए गए</translation>
    </message>
    <message>
        <source>Codes are written in capital letters</source>
        <translation>कोड बड़े (कैपिटल) अक्षरों में लिखे जाते हैं</translation>
    </message>
    <message>
        <source>The first two digits of GSTIN %1 are its state code</source>
        <translation>GSTIN %1 के पहले दो अंक उसका राज्य कोड हैं</translation>
    </message>
    <message>
        <source>Amounts not recomputed: lines taxed on the retail sale price (tobacco, pan masala) follow another formula.</source>
        <translation>राशियों की दोबारा गणना नहीं की गई: खुदरा बिक्री मूल्य पर कर वाली पंक्तियों (तंबाकू, पान मसाला) का सूत्र अलग है।</translation>
    </message>
</context>
<context>
    <name>irndesk::MastersText</name>
    <message>
        <source>Master file %1: %2</source>
        <translation>मास्टर फ़ाइल %1: %2</translation>
    </message>
    <message>
        <source>no &quot;data&quot; member</source>
        <translation>&quot;data&quot; कुंजी नहीं मिली</translation>
    </message>
    <message>
        <source>expected the columns %1</source>
        <translation>कॉलम %1 अपेक्षित थे</translation>
    </message>
    <message>
        <source>%1 columns instead of %2</source>
        <translation>%2 के बजाय %1 कॉलम</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>कोट्स में लिखा एक फ़ील्ड बंद नहीं हुआ</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>फ़ाइल खाली है</translation>
    </message>
    <message>
        <source>&quot;data&quot; must map state names to codes</source>
        <translation>&quot;data&quot; में राज्यों के नामों के साथ उनके कोड होने चाहिए</translation>
    </message>
    <message>
        <source>state %1 has no valid code</source>
        <translation>राज्य %1 का कोई मान्य कोड नहीं है</translation>
    </message>
    <message>
        <source>state %1 is not in %2</source>
        <translation>राज्य %1, %2 में नहीं है</translation>
    </message>
    <message>
        <source>state %1: a range must be [low, high]</source>
        <translation>राज्य %1: रेंज [न्यूनतम, अधिकतम] के रूप में होनी चाहिए</translation>
    </message>
    <message>
        <source>%1 is not a six-digit PIN</source>
        <translation>%1 छह अंकों का PIN नहीं है</translation>
    </message>
    <message>
        <source>PIN %1: %2 is not a state code</source>
        <translation>PIN %1: %2 राज्य कोड नहीं है</translation>
    </message>
    <message>
        <source>&quot;data&quot; must map codes to names</source>
        <translation>&quot;data&quot; में कोडों के साथ उनके नाम होने चाहिए</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; must have %2 to %3 characters</source>
        <translation>कोड &quot;%1&quot; में %2 से %3 अक्षर होने चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code</source>
        <translation>&quot;%1&quot; दो अक्षरों का देश कोड नहीं है</translation>
    </message>
    <message>
        <source>&quot;data&quot; must list the rates as strings, e.g. [&quot;0&quot;, &quot;5&quot;, &quot;18&quot;]</source>
        <translation>&quot;data&quot; में दरें स्ट्रिंग के रूप में होनी चाहिए, जैसे [&quot;0&quot;, &quot;5&quot;, &quot;18&quot;]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate</source>
        <translation>&quot;%1&quot; कोई दर नहीं है</translation>
    </message>
    <message>
        <source>expected a list of {&quot;hsn_code&quot;, &quot;description&quot;}</source>
        <translation>{&quot;hsn_code&quot;, &quot;description&quot;} की सूची अपेक्षित थी</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HSN/SAC code</source>
        <translation>&quot;%1&quot; HSN/SAC कोड नहीं है</translation>
    </message>
    <message>
        <source>Master folder %1 does not exist</source>
        <translation>मास्टर फ़ोल्डर %1 मौजूद नहीं है</translation>
    </message>
    <message>
        <source>Cannot read master file %1: %2</source>
        <translation>मास्टर फ़ाइल %1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>दोहरे उद्धरण चिह्नों (&quot;) में एक कुंजी अपेक्षित थी</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>कुंजी के बाद &apos;:&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; या &apos;}&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; या &apos;]&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>expected a list or an object</source>
        <translation>एक सूची या ऑब्जेक्ट अपेक्षित था</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>दस्तावेज़ के अंत में अनावश्यक सामग्री है</translation>
    </message>
</context>
<context>
    <name>irndesk::cli</name>
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
    <message>
        <source>(no longer used)</source>
        <translation>(अब उपयोग में नहीं)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>प्रकार: %1</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>अर्थ: %1</translation>
    </message>
    <message>
        <source>How to fix it: %1</source>
        <translation>कैसे सुधारें: %1</translation>
    </message>
    <message>
        <source>Trying again later can help.</source>
        <translation>बाद में दोबारा प्रयास करने से मदद मिल सकती है।</translation>
    </message>
    <message>
        <source>Trying again unchanged does not help.</source>
        <translation>बिना बदलाव के दोबारा प्रयास करने से कोई लाभ नहीं होगा।</translation>
    </message>
    <message>
        <source>list every code the guide knows, one per line</source>
        <translation>गाइड में दर्ज हर कोड की सूची दें, प्रति पंक्ति एक</translation>
    </message>
    <message>
        <source>explain: give either a code or --all, not both</source>
        <translation>explain: या तो कोड दें या --all, दोनों नहीं</translation>
    </message>
    <message>
        <source>explain: expected one error code, for example: irndesk-cli explain 2189</source>
        <translation>explain: एक त्रुटि कोड अपेक्षित था, उदाहरण: irndesk-cli explain 2189</translation>
    </message>
    <message>
        <source>explain: unknown error code &apos;%1&apos;. &apos;irndesk-cli explain --all&apos; lists the known codes.</source>
        <translation>explain: अज्ञात त्रुटि कोड &apos;%1&apos;। &apos;irndesk-cli explain --all&apos; ज्ञात कोडों की सूची देता है।</translation>
    </message>
    <message>
        <source>%1 %2 (invoice [%3], line %4)</source>
        <translation>%1 %2 (इनवॉइस [%3], पंक्ति %4)</translation>
    </message>
    <message>
        <source>invoice [%1] (line %2)</source>
        <translation>इनवॉइस [%1] (पंक्ति %2)</translation>
    </message>
    <message>
        <source>(invoice)</source>
        <translation>(इनवॉइस)</translation>
    </message>
    <message>
        <source>the day to check against, DD/MM/YYYY (default: the current date)</source>
        <translation>जाँच किस दिन के अनुसार हो, DD/MM/YYYY (डिफ़ॉल्ट: आज की तारीख)</translation>
    </message>
    <message>
        <source>the seller&apos;s turnover is at least 10 crore: the 30-day reporting window applies</source>
        <translation>विक्रेता का टर्नओवर कम से कम 10 करोड़ है: 30 दिन की रिपोर्टिंग समय-सीमा लागू होती है</translation>
    </message>
    <message>
        <source>NIC sandbox data: a wrong GSTIN check character is only a warning</source>
        <translation>NIC सैंडबॉक्स डेटा: GSTIN का गलत चेक कैरेक्टर केवल चेतावनी है</translation>
    </message>
    <message>
        <source>folder with newer copies of the master lists</source>
        <translation>मास्टर सूचियों की नई प्रतियों वाला फ़ोल्डर</translation>
    </message>
    <message>
        <source>worker threads (default: one per core, at most %1)</source>
        <translation>वर्कर थ्रेड (डिफ़ॉल्ट: प्रति कोर एक, अधिकतम %1)</translation>
    </message>
    <message>
        <source>validate: expected one FILE (or - for standard input), got %1</source>
        <translation>validate: एक FILE अपेक्षित थी (या स्टैंडर्ड इनपुट के लिए -), मिलीं %1</translation>
    </message>
    <message>
        <source>validate: --today must be a real date written DD/MM/YYYY, got &apos;%1&apos;</source>
        <translation>validate: --today DD/MM/YYYY रूप में लिखी कोई वास्तविक तारीख होनी चाहिए, मिला &apos;%1&apos;</translation>
    </message>
    <message>
        <source>validate: --threads must be a whole number from 1 to %1, got &apos;%2&apos;</source>
        <translation>validate: --threads 1 से %1 तक की पूर्ण संख्या होनी चाहिए, मिला &apos;%2&apos;</translation>
    </message>
    <message>
        <source>validate: --masters %1 is not a folder that can be read</source>
        <translation>validate: --masters %1 ऐसा फ़ोल्डर नहीं है जिसे पढ़ा जा सके</translation>
    </message>
    <message>
        <source>validate: cannot use the masters in %1: %2</source>
        <translation>validate: %1 की मास्टर सूचियों का उपयोग नहीं किया जा सका: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>स्टैंडर्ड इनपुट</translation>
    </message>
    <message>
        <source>validate: cannot read %1: %2</source>
        <translation>validate: %1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>यह एक फ़ोल्डर है</translation>
    </message>
    <message>
        <source>validate: %1: %2 invoices, %3 valid, %4 with errors; %5 errors, %6 warnings</source>
        <translation>validate: %1: %2 इनवॉइस, %3 मान्य, %4 में त्रुटियाँ; %5 त्रुटियाँ, %6 चेतावनियाँ</translation>
    </message>
    <message>
        <source>validate: %1: %2</source>
        <translation>validate: %1: %2</translation>
    </message>
    <message>
        <source>validate: %1: only the %2 invoices before the problem were checked</source>
        <translation>validate: %1: समस्या से पहले के केवल %2 इनवॉइस जाँचे गए</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(अनुपस्थित)</translation>
    </message>
    <message>
        <source>where to write the repaired invoices</source>
        <translation>सुधारे गए इनवॉइस कहाँ लिखे जाएँ</translation>
    </message>
    <message>
        <source>fix: expected one input file (or - for standard input)</source>
        <translation>fix: एक इनपुट फ़ाइल अपेक्षित थी (या स्टैंडर्ड इनपुट के लिए -)</translation>
    </message>
    <message>
        <source>fix: --out FILE is required (the input is never overwritten)</source>
        <translation>fix: --out FILE देना आवश्यक है (इनपुट फ़ाइल कभी ओवरराइट नहीं की जाती)</translation>
    </message>
    <message>
        <source>fix: --out must be another file than the input %1</source>
        <translation>fix: --out के लिए इनपुट %1 से अलग फ़ाइल होनी चाहिए</translation>
    </message>
    <message>
        <source>fix: cannot read %1: %2</source>
        <translation>fix: %1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>fix: %1: %2</source>
        <translation>fix: %1: %2</translation>
    </message>
    <message>
        <source>fix: %1: %2 is not readable JSON (%3); nothing was written</source>
        <translation>fix: %1: %2 पढ़ने योग्य JSON नहीं है (%3); कुछ भी नहीं लिखा गया</translation>
    </message>
    <message>
        <source>%1: %2: %3 -&gt; %4: %5</source>
        <translation>%1: %2: %3 -&gt; %4: %5</translation>
    </message>
    <message>
        <source>%1: note: %2</source>
        <translation>%1: टिप्पणी: %2</translation>
    </message>
    <message>
        <source>fix: cannot write %1: %2</source>
        <translation>fix: %1 लिखी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>fix: %1 invoices, %2 changed, %3 changes; written to %4</source>
        <translation>fix: %1 इनवॉइस, %2 बदले गए, %3 बदलाव; %4 में लिखा गया</translation>
    </message>
    <message>
        <source>%1: --format must be text or json, got &apos;%2&apos;</source>
        <translation>%1: --format text या json होना चाहिए, मिला &apos;%2&apos;</translation>
    </message>
    <message>
        <source>only this seller&apos;s invoices</source>
        <translation>केवल इस विक्रेता के इनवॉइस</translation>
    </message>
    <message>
        <source>the folder for the bulk files</source>
        <translation>बल्क फ़ाइलों का फ़ोल्डर</translation>
    </message>
    <message>
        <source>largest bulk file in bytes (default %1, the portal&apos;s limit)</source>
        <translation>बल्क फ़ाइल का अधिकतम आकार, बाइट में (डिफ़ॉल्ट %1, पोर्टल की सीमा)</translation>
    </message>
    <message>
        <source>also write the invoices exported before</source>
        <translation>पहले एक्सपोर्ट किए गए इनवॉइस भी लिखें</translation>
    </message>
    <message>
        <source>only these invoices (ids as `list` shows them)</source>
        <translation>केवल ये इनवॉइस (ID, जैसे `list` उन्हें दिखाता है)</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: अनपेक्षित आर्गुमेंट &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --out DIR is required: the folder for the bulk files</source>
        <translation>%1: --out DIR आवश्यक है: बल्क फ़ाइलों का फ़ोल्डर</translation>
    </message>
    <message>
        <source>%1: --out %2 is a file, not a folder</source>
        <translation>%1: --out %2 एक फ़ाइल है, फ़ोल्डर नहीं</translation>
    </message>
    <message>
        <source>%1: --max-bytes must be a whole number of at least %2, got &apos;%3&apos;</source>
        <translation>%1: --max-bytes कम से कम %2 की पूर्ण संख्या होनी चाहिए, मिला &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: warning: --max-bytes %2 is above the portal&apos;s limit of %3 bytes per file: it may refuse the files</source>
        <translation>%1: चेतावनी: --max-bytes %2 पोर्टल की प्रति फ़ाइल %3 बाइट की सीमा से अधिक है: पोर्टल फ़ाइलें अस्वीकार कर सकता है</translation>
    </message>
    <message>
        <source>%1: --today must be a real date written DD/MM/YYYY, got &apos;%2&apos;</source>
        <translation>%1: --today DD/MM/YYYY रूप में लिखी कोई वास्तविक तारीख होनी चाहिए, मिला &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --ids must be invoice ids separated by commas, got &apos;%2&apos;</source>
        <translation>%1: --ids कॉमा से अलग किए गए इनवॉइस ID होने चाहिए, मिला &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --ids names no invoice</source>
        <translation>%1: --ids में कोई इनवॉइस नहीं दिया गया</translation>
    </message>
    <message>
        <source>%1: --ids: no invoice %2 in the workspace %3</source>
        <translation>%1: --ids: वर्कस्पेस %3 में कोई इनवॉइस %2 नहीं है</translation>
    </message>
    <message>
        <source>%1: --ids: no invoice %2 in the store</source>
        <translation>%1: --ids: स्टोर में कोई इनवॉइस %2 नहीं है</translation>
    </message>
    <message>
        <source>%1: stopped; the %2 invoices in the %3 files written before the problem are marked exported</source>
        <translation>%1: रोका गया; समस्या से पहले लिखी गई %3 फ़ाइलों के %2 इनवॉइस एक्सपोर्ट किए गए के रूप में चिह्नित हैं</translation>
    </message>
    <message>
        <source>%1: wrote %2 (%3 bytes, %4 invoices)</source>
        <translation>%1: %2 लिखी गई (%3 बाइट, %4 इनवॉइस)</translation>
    </message>
    <message>
        <source>%1: left out %2 %3 (#%4, %5, %6): %7</source>
        <translation>%1: छोड़ा गया %2 %3 (#%4, %5, %6): %7</translation>
    </message>
    <message>
        <source>%1: nothing to export: no ready invoices</source>
        <translation>%1: एक्सपोर्ट करने के लिए कुछ नहीं: कोई तैयार इनवॉइस नहीं</translation>
    </message>
    <message>
        <source>%1: %2 invoices exported to %3 files in %4; %5 left out</source>
        <translation>%1: %2 इनवॉइस %4 में %3 फ़ाइलों में एक्सपोर्ट किए गए; %5 छोड़े गए</translation>
    </message>
    <message>
        <source>import only the invoices of this seller; refuse the others</source>
        <translation>केवल इस विक्रेता के इनवॉइस इम्पोर्ट करें; बाकी अस्वीकार करें</translation>
    </message>
    <message>
        <source>column mapping for CSV/XLSX files in another layout</source>
        <translation>दूसरे लेआउट वाली CSV/XLSX फ़ाइलों के लिए कॉलम मैपिंग</translation>
    </message>
    <message>
        <source>replace an invoice already in the store whose content changed, while it can be edited</source>
        <translation>स्टोर में पहले से मौजूद जिस इनवॉइस की सामग्री बदल गई है, उसे बदलें, जब तक वह संपादित किया जा सकता है</translation>
    </message>
    <message>
        <source>%1: no file given: irndesk-cli import FILE... (JSON, CSV or XLSX)</source>
        <translation>%1: कोई फ़ाइल नहीं दी गई: irndesk-cli import FILE... (JSON, CSV या XLSX)</translation>
    </message>
    <message>
        <source>%1: --workspace &apos;%2&apos; is not a GSTIN (15 characters: two digits, then capital letters and digits)</source>
        <translation>%1: --workspace &apos;%2&apos; GSTIN नहीं है (15 कैरेक्टर: दो अंक, फिर बड़े अक्षर और अंक)</translation>
    </message>
    <message>
        <source>%1: cannot read the mapping file %2</source>
        <translation>%1: मैपिंग फ़ाइल %2 पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 पढ़ा नहीं जा सकता: %3</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ऐसी कोई फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>अनुमति नहीं है</translation>
    </message>
    <message>
        <source>%1: note: there is no workspace %2 yet; it is made from the first of its invoices</source>
        <translation>%1: नोट: वर्कस्पेस %2 अभी नहीं है; यह उसके पहले इनवॉइस से बनाया जाएगा</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>अस्वीकार किया गया</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>टकराव</translation>
    </message>
    <message>
        <source>%1: %2%3: %4</source>
        <translation>%1: %2%3: %4</translation>
    </message>
    <message>
        <source>%1: %2%3: %4 %5 imported as a draft, with 1 error:</source>
        <translation>%1: %2%3: %4 %5 ड्राफ़्ट के रूप में इम्पोर्ट किया गया, 1 त्रुटि के साथ:</translation>
    </message>
    <message>
        <source>%1: %2%3: %4 %5 imported as a draft, with %6 errors:</source>
        <translation>%1: %2%3: %4 %5 ड्राफ़्ट के रूप में इम्पोर्ट किया गया, %6 त्रुटियों के साथ:</translation>
    </message>
    <message>
        <source>%1: stopped; %2 invoices were imported before the problem and stay in the store</source>
        <translation>%1: रोका गया; समस्या से पहले %2 इनवॉइस इम्पोर्ट हो चुके थे और वे स्टोर में बने रहेंगे</translation>
    </message>
    <message>
        <source>%1: imported %2 and updated %3</source>
        <translation>%1: %2 इम्पोर्ट किए गए और %3 अपडेट किए गए</translation>
    </message>
    <message>
        <source>%1: imported %2</source>
        <translation>%1: %2 इम्पोर्ट किए गए</translation>
    </message>
    <message>
        <source>, of which %1 ready and %2</source>
        <translation>, जिनमें से %1 तैयार और %2</translation>
    </message>
    <message>
        <source>1 draft</source>
        <translation>1 ड्राफ़्ट</translation>
    </message>
    <message>
        <source>%1 drafts</source>
        <translation>%1 ड्राफ़्ट</translation>
    </message>
    <message>
        <source>; %1 refused</source>
        <translation>; %1 अस्वीकार किए गए</translation>
    </message>
    <message>
        <source>; 1 duplicate</source>
        <translation>; 1 डुप्लिकेट</translation>
    </message>
    <message>
        <source>; %1 duplicates</source>
        <translation>; %1 डुप्लिकेट</translation>
    </message>
    <message>
        <source>; 1 conflict</source>
        <translation>; 1 टकराव</translation>
    </message>
    <message>
        <source>; %1 conflicts</source>
        <translation>; %1 टकराव</translation>
    </message>
    <message>
        <source>; workspace %1 created</source>
        <translation>; वर्कस्पेस %1 बनाया गया</translation>
    </message>
    <message>
        <source>; %1 workspaces created: %2</source>
        <translation>; %1 वर्कस्पेस बनाए गए: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>list: --%1 must be a whole number of at least %2, got &apos;%3&apos;</source>
        <translation>list: --%1 कम से कम %2 की पूर्ण संख्या होनी चाहिए, मिला &apos;%3&apos;</translation>
    </message>
    <message>
        <source>only the invoices of this seller</source>
        <translation>केवल इस विक्रेता के इनवॉइस</translation>
    </message>
    <message>
        <source>only these statuses, separated by commas</source>
        <translation>केवल ये स्थितियाँ, कॉमा से अलग की गई</translation>
    </message>
    <message>
        <source>documents dated on or after this day</source>
        <translation>इस दिन या उसके बाद की तारीख वाले दस्तावेज़</translation>
    </message>
    <message>
        <source>documents dated on or before this day</source>
        <translation>इस दिन या उससे पहले की तारीख वाले दस्तावेज़</translation>
    </message>
    <message>
        <source>the buyer&apos;s GSTIN or part of the buyer&apos;s name</source>
        <translation>खरीदार का GSTIN या खरीदार के नाम का कोई भाग</translation>
    </message>
    <message>
        <source>INV, CRN or DBN</source>
        <translation>INV, CRN या DBN</translation>
    </message>
    <message>
        <source>part of the number, the buyer&apos;s name or GSTIN, or an IRN</source>
        <translation>संख्या का कोई भाग, खरीदार का नाम या GSTIN, या कोई IRN</translation>
    </message>
    <message>
        <source>invoices shown (default %1; 0: all)</source>
        <translation>दिखाए जाने वाले इनवॉइस (डिफ़ॉल्ट %1; 0: सभी)</translation>
    </message>
    <message>
        <source>invoices skipped before the first shown</source>
        <translation>पहले दिखाए गए इनवॉइस से पहले छोड़े जाने वाले इनवॉइस</translation>
    </message>
    <message>
        <source>%1: --%2 must be a real date written DD/MM/YYYY, got &apos;%3&apos;</source>
        <translation>%1: --%2 DD/MM/YYYY रूप में लिखी कोई वास्तविक तारीख होनी चाहिए, मिला &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: --type must be INV, CRN or DBN, got &apos;%2&apos;</source>
        <translation>%1: --type INV, CRN या DBN होना चाहिए, मिला &apos;%2&apos;</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>BUYER</source>
        <translation>खरीदार</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>ERR/WARN</source>
        <translation>त्रुटि/चेतावनी</translation>
    </message>
    <message>
        <source>IRN</source>
        <translation>IRN</translation>
    </message>
    <message>
        <source>SELLER</source>
        <translation>विक्रेता</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(तारीख नहीं)</translation>
    </message>
    <message>
        <source>%1: no invoices match</source>
        <translation>%1: कोई इनवॉइस मेल नहीं खाता</translation>
    </message>
    <message>
        <source>%1: no invoices after the first %2 of %3</source>
        <translation>%1: %3 में से पहले %2 के बाद कोई इनवॉइस नहीं</translation>
    </message>
    <message>
        <source>%1: invoices %2 to %3 of %4</source>
        <translation>%1: %4 में से इनवॉइस %2 से %3</translation>
    </message>
    <message>
        <source>the report file: .csv or .xlsx</source>
        <translation>रिपोर्ट फ़ाइल: .csv या .xlsx</translation>
    </message>
    <message>
        <source>%1: --out FILE.csv or --out FILE.xlsx is required%2</source>
        <translation>%1: --out FILE.csv या --out FILE.xlsx आवश्यक है%2</translation>
    </message>
    <message>
        <source>, got &apos;%1&apos;</source>
        <translation>, मिला &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: --out %2 is a folder</source>
        <translation>%1: --out %2 एक फ़ोल्डर है</translation>
    </message>
    <message>
        <source>%1: %2 invoices written to %3</source>
        <translation>%1: %2 इनवॉइस %3 में लिखे गए</translation>
    </message>
    <message>
        <source>%1: no file given: irndesk-cli import-results FILE... (the signed e-invoices the portal gave back)</source>
        <translation>%1: कोई फ़ाइल नहीं दी गई: irndesk-cli import-results FILE... (पोर्टल द्वारा लौटाए गए हस्ताक्षरित ई-इनवॉइस)</translation>
    </message>
    <message>
        <source>registered %1; %2 already registered; %3 not in the store (numbers recorded as used); %4 conflicts; %5 unreadable entries</source>
        <translation>पंजीकृत %1; %2 पहले से पंजीकृत; %3 स्टोर में नहीं (संख्याएँ प्रयुक्त के रूप में दर्ज); %4 टकराव; %5 अपठनीय प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>replace FILE when it exists</source>
        <translation>FILE पहले से मौजूद हो तो उसे बदलें</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3 arguments</source>
        <translation>%1: %2 आर्गुमेंट अपेक्षित थे, %3 मिले</translation>
    </message>
    <message>
        <source>%1: %2 is sound (integrity and foreign keys checked, schema version %3)</source>
        <translation>%1: %2 ठीक है (अखंडता और फ़ॉरेन की जाँची गईं, स्कीमा संस्करण %3)</translation>
    </message>
    <message>
        <source>the backup FILE</source>
        <translation>बैकअप FILE</translation>
    </message>
    <message>
        <source>%1: %2 is a folder; give the name of the backup file</source>
        <translation>%1: %2 एक फ़ोल्डर है; बैकअप फ़ाइल का नाम दें</translation>
    </message>
    <message>
        <source>%1: %2 exists; give another name, or --force to replace it</source>
        <translation>%1: %2 पहले से मौजूद है; कोई दूसरा नाम दें, या उसे बदलने के लिए --force दें</translation>
    </message>
    <message>
        <source>%1: %2 copied to %3 (%4 bytes)</source>
        <translation>%1: %2 को %3 में कॉपी किया गया (%4 बाइट)</translation>
    </message>
    <message>
        <source>%1: %2 now holds what %3 holds; what it held before was copied to %4 beside it</source>
        <translation>%1: %2 में अब वही है जो %3 में है; इसमें पहले जो था, उसकी प्रति इसके पास %4 में रखी गई है</translation>
    </message>
    <message>
        <source>Store:          %1</source>
        <translation>स्टोर:          %1</translation>
    </message>
    <message>
        <source>Size:           %1 bytes</source>
        <translation>आकार:          %1 बाइट</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program writes %2)</source>
        <translation>स्कीमा संस्करण: %1 (यह प्रोग्राम %2 लिखता है)</translation>
    </message>
    <message>
        <source>Workspaces:     %1</source>
        <translation>वर्कस्पेस:      %1</translation>
    </message>
    <message>
        <source>Invoices:       %1</source>
        <translation>इनवॉइस:        %1</translation>
    </message>
    <message>
        <source>%1: 1 workspace, %2 invoices</source>
        <translation>%1: 1 वर्कस्पेस, %2 इनवॉइस</translation>
    </message>
    <message>
        <source>%1: %2 workspaces, %3 invoices</source>
        <translation>%1: %2 वर्कस्पेस, %3 इनवॉइस</translation>
    </message>
    <message>
        <source>Usage:
  irndesk-cli store check [--store DB]     full integrity check (exit 0 sound, 2 damaged)
  irndesk-cli store backup FILE [--force] [--store DB]
                                           a consistent copy, while the store is in use
  irndesk-cli store restore FILE [--store DB]
                                           replace the store&apos;s content with a backup
  irndesk-cli store info [--store DB]      path, schema version, counts
Each takes --format text|json.
</source>
        <translation>उपयोग:
  irndesk-cli store check [--store DB]     पूर्ण अखंडता जाँच (एग्ज़िट 0 सही, 2 क्षतिग्रस्त)
  irndesk-cli store backup FILE [--force] [--store DB]
                                           सुसंगत प्रति, स्टोर के उपयोग में रहते हुए भी
  irndesk-cli store restore FILE [--store DB]
                                           स्टोर की सामग्री को बैकअप से बदलें
  irndesk-cli store info [--store DB]      पथ, स्कीमा संस्करण, गिनती
हर कमांड --format text|json लेता है।
</translation>
    </message>
    <message>
        <source>store: say check, backup, restore or info</source>
        <translation>store: check, backup, restore या info बताएँ</translation>
    </message>
    <message>
        <source>store: unknown subcommand &apos;%1&apos;</source>
        <translation>store: अज्ञात सबकमांड &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the store file (default: $IRNDESK_STORE, else irndesk.sqlite in the application data folder)</source>
        <translation>स्टोर फ़ाइल (डिफ़ॉल्ट: $IRNDESK_STORE, अन्यथा एप्लिकेशन डेटा फ़ोल्डर में irndesk.sqlite)</translation>
    </message>
    <message>
        <source>--store needs a file name</source>
        <translation>--store के लिए फ़ाइल का नाम आवश्यक है</translation>
    </message>
    <message>
        <source>%1: --store needs a file name</source>
        <translation>%1: --store के लिए फ़ाइल का नाम आवश्यक है</translation>
    </message>
    <message>
        <source>there is no store at %1</source>
        <translation>%1 पर कोई स्टोर नहीं है</translation>
    </message>
    <message>
        <source>%1: there is no store at %2. Give the right one with --store DB or IRNDESK_STORE, or make one with `irndesk-cli import` or `irndesk-cli workspace add`.</source>
        <translation>%1: %2 पर कोई स्टोर नहीं है। सही स्टोर --store DB या IRNDESK_STORE से दें, या `irndesk-cli import` या `irndesk-cli workspace add` से नया बनाएँ।</translation>
    </message>
    <message>
        <source>%1: the store is busy: another program is writing to %2 and did not finish within %3 ms. Try again when it has finished.</source>
        <translation>%1: स्टोर व्यस्त है: कोई अन्य प्रोग्राम %2 में लिख रहा है और %3 ms में पूरा नहीं हुआ। उसके पूरा होने पर दोबारा प्रयास करें।</translation>
    </message>
    <message>
        <source>%1: --status &apos;%2&apos; is not a status; the statuses are %3</source>
        <translation>%1: --status &apos;%2&apos; कोई स्थिति नहीं है; स्थितियाँ ये हैं: %3</translation>
    </message>
    <message>
        <source>%1: there is no workspace %2: the store %3 has no workspaces yet</source>
        <translation>%1: कोई वर्कस्पेस %2 नहीं है: स्टोर %3 में अभी कोई वर्कस्पेस नहीं है</translation>
    </message>
    <message>
        <source>%1: there is no workspace %2 in the store; it has %3</source>
        <translation>%1: स्टोर में कोई वर्कस्पेस %2 नहीं है; इसमें ये हैं: %3</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;</source>
        <translation>%1: फ़ील्ड &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: SellerDtls.%2</source>
        <translation>%1: SellerDtls.%2</translation>
    </message>
    <message>
        <source>%1 must be %2 to %3 characters long, got &apos;%4&apos; (%5)</source>
        <translation>%1 की लंबाई %2 से %3 कैरेक्टर होनी चाहिए, मिला &apos;%4&apos; (%5)</translation>
    </message>
    <message>
        <source>%1 must not hold a double quote (&quot;), got &apos;%2&apos;</source>
        <translation>%1 में डबल कोट (&quot;) नहीं होना चाहिए, मिला &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is required: the seller&apos;s GSTIN</source>
        <translation>%1 आवश्यक है: विक्रेता का GSTIN</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a GSTIN: it must be 15 characters, two digits (the state code) and thirteen capital letters or digits</source>
        <translation>%1 &apos;%2&apos; GSTIN नहीं है: इसमें 15 कैरेक्टर होने चाहिए, दो अंक (राज्य कोड) और तेरह बड़े अक्षर या अंक</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; starts with %3, which is not a state code</source>
        <translation>%1 &apos;%2&apos; %3 से शुरू होता है, जो राज्य कोड नहीं है</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: its last character should be &apos;%3&apos;, not &apos;%4&apos;: one of its characters is mistyped</source>
        <translation>%1 &apos;%2&apos;: इसका अंतिम कैरेक्टर &apos;%4&apos; नहीं, &apos;%3&apos; होना चाहिए: इसका कोई कैरेक्टर गलत टाइप हुआ है</translation>
    </message>
    <message>
        <source> (accepted with --sandbox: NIC&apos;s test GSTINs fail this check)</source>
        <translation> (--sandbox के साथ स्वीकार्य: NIC के टेस्ट GSTIN इस जाँच में विफल होते हैं)</translation>
    </message>
    <message>
        <source> (add --sandbox for NIC&apos;s test GSTINs)</source>
        <translation> (NIC के टेस्ट GSTIN के लिए --sandbox जोड़ें)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not the state of the GSTIN %3, which is %4</source>
        <translation>%1 &apos;%2&apos; GSTIN %3 का राज्य नहीं है, उसका राज्य %4 है</translation>
    </message>
    <message>
        <source>%1 is required: the seller&apos;s legal name as registered for GST</source>
        <translation>%1 आवश्यक है: GST के लिए पंजीकृत विक्रेता का वैधानिक नाम</translation>
    </message>
    <message>
        <source>%1 must be a PIN code of 6 digits, got &apos;%2&apos;</source>
        <translation>%1 6 अंकों का PIN कोड होना चाहिए, मिला &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 %2 is not a PIN code of state %3 (%4)</source>
        <translation>%1 %2 राज्य %3 (%4) का PIN कोड नहीं है</translation>
    </message>
    <message>
        <source>%1 must be 6 to 12 digits, got &apos;%2&apos;</source>
        <translation>%1 में 6 से 12 अंक होने चाहिए, मिला &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address the IRP accepts (6 to 100 characters, name@domain), got &apos;%2&apos;</source>
        <translation>%1 ऐसा ई-मेल पता नहीं है जिसे IRP स्वीकार करता है (6 से 100 कैरेक्टर, name@domain), मिला &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>पंक्ति %1, कॉलम %2</translation>
    </message>
    <message>
        <source>%1: %2 is not JSON: %3: %4</source>
        <translation>%1: %2 JSON नहीं है: %3: %4</translation>
    </message>
    <message>
        <source>%1: %2 must hold one object: a seller profile, an invoice or a SellerDtls object</source>
        <translation>%1: %2 में एक ही ऑब्जेक्ट होना चाहिए: विक्रेता प्रोफ़ाइल, इनवॉइस या SellerDtls ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: the invoice cannot be read</source>
        <translation>%1: %2: इनवॉइस पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a field of a seller profile (gstin, legalName, tradeName, addr1, addr2, location, pin, stateCode, phone, email, aato10Crore)</source>
        <translation>फ़ील्ड &apos;%1&apos; विक्रेता प्रोफ़ाइल का फ़ील्ड नहीं है (gstin, legalName, tradeName, addr1, addr2, location, pin, stateCode, phone, email, aato10Crore)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string (in double quotes)</source>
        <translation>फ़ील्ड &apos;%1&apos; स्ट्रिंग (डबल कोट में) होना चाहिए</translation>
    </message>
    <message>
        <source>field &apos;pin&apos; must be a PIN code of 6 digits, got &quot;%1&quot;</source>
        <translation>फ़ील्ड &apos;pin&apos; 6 अंकों का PIN कोड होना चाहिए, मिला &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &apos;pin&apos; must be a PIN code of 6 digits</source>
        <translation>फ़ील्ड &apos;pin&apos; 6 अंकों का PIN कोड होना चाहिए</translation>
    </message>
    <message>
        <source>field &apos;aato10Crore&apos; must be true or false</source>
        <translation>फ़ील्ड &apos;aato10Crore&apos; true या false होना चाहिए</translation>
    </message>
    <message>
        <source>the seller&apos;s GSTIN</source>
        <translation>विक्रेता का GSTIN</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>वैधानिक नाम</translation>
    </message>
    <message>
        <source>trade name</source>
        <translation>व्यापारिक नाम</translation>
    </message>
    <message>
        <source>address line 1</source>
        <translation>पता पंक्ति 1</translation>
    </message>
    <message>
        <source>address line 2</source>
        <translation>पता पंक्ति 2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN कोड</translation>
    </message>
    <message>
        <source>state code (default: from the GSTIN)</source>
        <translation>राज्य कोड (डिफ़ॉल्ट: GSTIN से)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>aggregate turnover of at least 10 crore</source>
        <translation>कम से कम 10 करोड़ का सकल टर्नओवर</translation>
    </message>
    <message>
        <source>a seller profile, an invoice or a SellerDtls object in JSON</source>
        <translation>JSON में विक्रेता प्रोफ़ाइल, इनवॉइस या SellerDtls ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>accept NIC&apos;s test GSTINs, whose check character is wrong</source>
        <translation>NIC के टेस्ट GSTIN स्वीकार करें, जिनका चेक कैरेक्टर गलत होता है</translation>
    </message>
    <message>
        <source>%1: give --gstin GSTIN and --legal-name NAME (and the other details), or --from-json FILE</source>
        <translation>%1: --gstin GSTIN और --legal-name NAME (और अन्य विवरण) दें, या --from-json FILE</translation>
    </message>
    <message>
        <source>--pin must be a PIN code of 6 digits, got &apos;%1&apos;</source>
        <translation>--pin 6 अंकों का PIN कोड होना चाहिए, मिला &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: no workspace was added</source>
        <translation>%1: कोई वर्कस्पेस नहीं जोड़ा गया</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: चेतावनी: %2</translation>
    </message>
    <message>
        <source>%1: the store %2 already has the workspace %3 (%4); nothing was changed</source>
        <translation>%1: स्टोर %2 में वर्कस्पेस %3 (%4) पहले से है; कुछ नहीं बदला गया</translation>
    </message>
    <message>
        <source>%1: workspace %2 (%3, state %4) added to %5</source>
        <translation>%1: वर्कस्पेस %2 (%3, राज्य %4) %5 में जोड़ा गया</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>INVOICES</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>%1: 1 workspace in %2</source>
        <translation>%1: %2 में 1 वर्कस्पेस</translation>
    </message>
    <message>
        <source>%1: %2 workspaces in %3</source>
        <translation>%1: %3 में %2 वर्कस्पेस</translation>
    </message>
    <message>
        <source>%1: expected one GSTIN, got %2 arguments</source>
        <translation>%1: एक GSTIN अपेक्षित था, %2 आर्गुमेंट मिले</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>विधिक नाम</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>व्यापारिक नाम</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>टर्नओवर</translation>
    </message>
    <message>
        <source>10 crore or more (30-day reporting window)</source>
        <translation>10 करोड़ या अधिक (30 दिन की रिपोर्टिंग समय-सीमा)</translation>
    </message>
    <message>
        <source>under 10 crore</source>
        <translation>10 करोड़ से कम</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Series %1 %2</source>
        <translation>शृंखला %1 %2</translation>
    </message>
    <message>
        <source>%1, next %2</source>
        <translation>%1, अगला %2</translation>
    </message>
    <message>
        <source>%1: workspace %2 in %3: %4 invoices</source>
        <translation>%1: %3 में वर्कस्पेस %2: %4 इनवॉइस</translation>
    </message>
    <message>
        <source>Usage:
  irndesk-cli workspace add --gstin GSTIN --legal-name NAME [--trade-name NAME]
        [--addr1 TEXT] [--addr2 TEXT] [--location TEXT] [--pin PIN] [--state CODE]
        [--phone DIGITS] [--email ADDRESS] [--aato-10cr] [--sandbox] [--store DB]
  irndesk-cli workspace add --from-json FILE [flags that replace its fields]
  irndesk-cli workspace list [--store DB] [--format text|json]
  irndesk-cli workspace show GSTIN [--store DB] [--format text|json]
</source>
        <translation>उपयोग:
  irndesk-cli workspace add --gstin GSTIN --legal-name NAME [--trade-name NAME]
        [--addr1 TEXT] [--addr2 TEXT] [--location TEXT] [--pin PIN] [--state CODE]
        [--phone DIGITS] [--email ADDRESS] [--aato-10cr] [--sandbox] [--store DB]
  irndesk-cli workspace add --from-json FILE [इसके फ़ील्ड बदलने वाले फ़्लैग]
  irndesk-cli workspace list [--store DB] [--format text|json]
  irndesk-cli workspace show GSTIN [--store DB] [--format text|json]
</translation>
    </message>
    <message>
        <source>workspace: say add, list or show</source>
        <translation>workspace: add, list या show बताएँ</translation>
    </message>
    <message>
        <source>workspace: unknown subcommand &apos;%1&apos;</source>
        <translation>workspace: अज्ञात सबकमांड &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>लिखी जाने वाली PDF फ़ाइल</translation>
    </message>
    <message>
        <source>print an invoice that is not registered, marked as a draft</source>
        <translation>ऐसा इनवॉइस प्रिंट करें जो पंजीकृत नहीं है, ड्राफ़्ट के रूप में चिह्नित</translation>
    </message>
    <message>
        <source>%1: --doc must be INV/NO, CRN/NO or DBN/NO, got &apos;%2&apos;</source>
        <translation>%1: --doc INV/NO, CRN/NO या DBN/NO होना चाहिए, मिला &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --out FILE.pdf is required%2</source>
        <translation>%1: --out FILE.pdf आवश्यक है%2</translation>
    </message>
    <message>
        <source>%1: printing needs the graphics library, which could not start</source>
        <translation>%1: प्रिंट करने के लिए ग्राफ़िक्स लाइब्रेरी चाहिए, जो शुरू नहीं हो सकी</translation>
    </message>
    <message>
        <source>%1: there is no %2 in the store</source>
        <translation>%1: स्टोर में कोई %2 नहीं है</translation>
    </message>
    <message>
        <source>%1: %2 is in the store more than once (%3): choose with --workspace or --fy</source>
        <translation>%1: %2 स्टोर में एक से अधिक बार है (%3): --workspace या --fy से चुनें</translation>
    </message>
    <message>
        <source>%1: %2 is %3, not registered: only a registered invoice prints as an e-invoice (--draft prints a draft)</source>
        <translation>%1: %2 की स्थिति %3 है, पंजीकृत नहीं: केवल पंजीकृत इनवॉइस ही ई-इनवॉइस के रूप में प्रिंट होता है (--draft ड्राफ़्ट प्रिंट करता है)</translation>
    </message>
    <message>
        <source>%1: wrote %2</source>
        <translation>%1: %2 लिखा गया</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON नहीं है: बाइट %2 पर %1</translation>
    </message>
    <message>
        <source>no signed invoice or QR code (JWT) found</source>
        <translation>कोई हस्ताक्षरित इनवॉइस या QR कोड (JWT) नहीं मिला</translation>
    </message>
    <message>
        <source>WARNING: signed by the NIC sandbox: a test document, not a valid e-invoice</source>
        <translation>चेतावनी: NIC सैंडबॉक्स द्वारा हस्ताक्षरित: यह एक परीक्षण दस्तावेज़ है, मान्य ई-इनवॉइस नहीं</translation>
    </message>
    <message>
        <source>a trusted public key or certificate (PEM); may be repeated</source>
        <translation>विश्वसनीय सार्वजनिक कुंजी या प्रमाणपत्र (PEM); एक से अधिक बार दिया जा सकता है</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ऐसी कोई फ़ाइल या फ़ोल्डर नहीं है</translation>
    </message>
    <message>
        <source>%1 checked: %2 valid, %3 invalid signature, %4 unknown key, %5 unreadable, %6 signed by a sandbox</source>
        <translation>%1 जाँचे गए: %2 मान्य, %3 अमान्य हस्ताक्षर, %4 अज्ञात कुंजी, %5 पढ़े नहीं जा सके, %6 सैंडबॉक्स द्वारा हस्ताक्षरित</translation>
    </message>
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
  validate FILE|- [--today DD/MM/YYYY] [--aato-10cr] [--sandbox]
           [--format text|json] [--masters DIR] [--threads N]
                                 check invoices offline as the IRP would
  fix FILE|- --out FILE [--format text|json]
                                 repair what can be derived (amounts, state
                                 codes, capitals, export defaults), list each
                                 change, write the result to FILE
  explain CODE|--all [--format text|json]
                                 what an IRP error code means and how to fix it
  verify FILE|JWT|DIR [--key PEM]... [--format text|json]
                                 check the signature of signed e-invoices and QR codes

The store (every command below takes --store DB; default $IRNDESK_STORE,
else irndesk.sqlite in the application data folder):
  import FILE... [--workspace GSTIN] [--mapping FILE] [--update]
           [--today DD/MM/YYYY] [--sandbox] [--format text|json]
                                 JSON, CSV or XLSX invoices into the store
  export --out DIR [--workspace GSTIN] [--max-bytes N] [--include-exported]
           [--ids 1,2,3] [--today DD/MM/YYYY] [--format text|json]
                                 ready invoices to bulk files for the portal
  list [--workspace GSTIN] [--status S[,S]] [--from DD/MM/YYYY] [--to ..]
           [--buyer X] [--type INV|CRN|DBN] [--search TEXT] [--limit N]
           [--offset N] [--format text|json]
                                 the invoices of the store, a page at a time
  import-results FILE... [--format text|json]
                                 record the IRNs of a portal upload done by
                                 hand (the signed e-invoices it gave back)
  report --out FILE.csv|FILE.xlsx [--workspace GSTIN] [--status S[,S]]
                                 the per-invoice status report
  print --doc TYPE/NO --out FILE.pdf [--workspace GSTIN] [--fy YYYY-YY] [--draft]
                                 the printed e-invoice (PDF, A4, with its QR code)
  workspace add|list|show        the sellers (workspace --help for more)
  store check|backup FILE|restore FILE|info
                                 the store file itself
  sandbox [--port N] [--keys-dir DIR] [--client-id ID --client-secret S --user U
           --password P --gstin G]... [--users FILE] [--token-minutes M] [--tls]
           [--fail-every N] [--drop-every N] [--delay-ms MS]
           [--clock-offset-hours H] [--store DB] [--state FILE]
                                 a local sandbox IRP for practice and tests

An IRP (a profile names its URL, user and keys; secrets come from the
OS keychain or from environment variables, never from a file):
  profile add NAME --base-url URL --client-id ID --client-secret-env VAR
           --user NAME --password-env VAR --gstin GSTIN --public-key PEM
           [--ca-cert PEM] [--keychain] | profile list | profile remove NAME
  submit --profile NAME [--workspace GSTIN] [--concurrency N] [--doc TYPE/NO]...
           [--format text|json]
                                 register the ready invoices, one line each
  cancel --irn IRN --reason 1|2|3|4 --remark TEXT --profile NAME
                                 cancel an IRN within 24 hours
  status [--workspace GSTIN] [--format text|json]
                                 what is submitting, unknown or rejected

Exit codes: 0 success, 1 the data has errors, 2 the command could not run.
</source>
        <translation>उपयोग: irndesk-cli COMMAND [OPTIONS]

कमांड:
  --version                      संस्करण दिखाएँ
  irn GSTIN DD/MM/YYYY INV|CRN|DBN DOCNO [--as-typed]
                                 किसी दस्तावेज़ का IRN दिखाएँ
  normalize FILE... --out-dir DIR [--max-bytes N] [--format text|json]
                                 INV-01 JSON (एक इनवॉइस या बल्क ऐरे) पढ़ें, जो गलत है
                                 उसकी रिपोर्ट दें, और उसे फिर से अधिकतम N बाइट की
                                 बल्क फ़ाइलों के रूप में लिखें (डिफ़ॉल्ट 2000000)
  validate FILE|- [--today DD/MM/YYYY] [--aato-10cr] [--sandbox]
           [--format text|json] [--masters DIR] [--threads N]
                                 इनवॉइस को ऑफ़लाइन वैसे ही जाँचें जैसे IRP जाँचता है
  fix FILE|- --out FILE [--format text|json]
                                 जो निकाला जा सकता है उसे सुधारें (राशियाँ, राज्य
                                 कोड, बड़े अक्षर, निर्यात के डिफ़ॉल्ट), हर बदलाव की
                                 सूची दें, परिणाम FILE में लिखें
  explain CODE|--all [--format text|json]
                                 IRP त्रुटि कोड का अर्थ क्या है और उसे कैसे सुधारें
  verify FILE|JWT|DIR [--key PEM]... [--format text|json]
                                 हस्ताक्षरित ई-इनवॉइस और QR कोड के हस्ताक्षर की जाँच करें

स्टोर (नीचे का हर कमांड --store DB लेता है; डिफ़ॉल्ट $IRNDESK_STORE,
अन्यथा एप्लिकेशन डेटा फ़ोल्डर में irndesk.sqlite):
  import FILE... [--workspace GSTIN] [--mapping FILE] [--update]
           [--today DD/MM/YYYY] [--sandbox] [--format text|json]
                                 JSON, CSV या XLSX इनवॉइस स्टोर में इम्पोर्ट करें
  export --out DIR [--workspace GSTIN] [--max-bytes N] [--include-exported]
           [--ids 1,2,3] [--today DD/MM/YYYY] [--format text|json]
                                 तैयार इनवॉइस पोर्टल के लिए बल्क फ़ाइलों में एक्सपोर्ट करें
  list [--workspace GSTIN] [--status S[,S]] [--from DD/MM/YYYY] [--to ..]
           [--buyer X] [--type INV|CRN|DBN] [--search TEXT] [--limit N]
           [--offset N] [--format text|json]
                                 स्टोर के इनवॉइस, एक बार में एक पेज
  import-results FILE... [--format text|json]
                                 हाथ से किए गए पोर्टल अपलोड के IRN दर्ज करें
                                 (पोर्टल से लौटाए गए हस्ताक्षरित ई-इनवॉइस)
  report --out FILE.csv|FILE.xlsx [--workspace GSTIN] [--status S[,S]]
                                 हर इनवॉइस की स्थिति की रिपोर्ट
  print --doc TYPE/NO --out FILE.pdf [--workspace GSTIN] [--fy YYYY-YY] [--draft]
                                 प्रिंट किया गया ई-इनवॉइस (PDF, A4, उसके QR कोड के साथ)
  workspace add|list|show        विक्रेता (अधिक जानकारी: workspace --help)
  store check|backup FILE|restore FILE|info
                                 स्वयं स्टोर फ़ाइल
  sandbox [--port N] [--keys-dir DIR] [--client-id ID --client-secret S --user U
           --password P --gstin G]... [--users FILE] [--token-minutes M] [--tls]
           [--fail-every N] [--drop-every N] [--delay-ms MS]
           [--clock-offset-hours H] [--store DB] [--state FILE]
                                 अभ्यास और परीक्षण के लिए एक स्थानीय सैंडबॉक्स IRP

IRP (प्रोफ़ाइल उसका URL, उपयोगकर्ता और कुंजियाँ बताती है; गोपनीय मान
OS कीचेन या एनवायरनमेंट वेरिएबल से आते हैं, कभी किसी फ़ाइल से नहीं):
  profile add NAME --base-url URL --client-id ID --client-secret-env VAR
           --user NAME --password-env VAR --gstin GSTIN --public-key PEM
           [--ca-cert PEM] [--keychain] | profile list | profile remove NAME
  submit --profile NAME [--workspace GSTIN] [--concurrency N] [--doc TYPE/NO]...
           [--format text|json]
                                 तैयार इनवॉइस पंजीकृत करें, हर इनवॉइस के लिए एक पंक्ति
  cancel --irn IRN --reason 1|2|3|4 --remark TEXT --profile NAME
                                 24 घंटे के भीतर IRN रद्द करें
  status [--workspace GSTIN] [--format text|json]
                                 क्या सबमिट हो रहा है, अज्ञात है या अस्वीकृत है

एग्ज़िट कोड: 0 सफल, 1 डेटा में त्रुटियाँ हैं, 2 कमांड चल नहीं सकी।
</translation>
    </message>
    <message>
        <source>sandbox: --%1 must be a whole number of at least %2, got &apos;%3&apos;</source>
        <translation>sandbox: --%1 कम से कम %2 की पूर्ण संख्या होनी चाहिए, मिला &apos;%3&apos;</translation>
    </message>
    <message>
        <source>port on 127.0.0.1 (0: any free port)</source>
        <translation>127.0.0.1 पर पोर्ट (0: कोई भी खाली पोर्ट)</translation>
    </message>
    <message>
        <source>folder of the sandbox&apos;s keys; auth_public.pem and sign_cert.pem are written there for clients (default: &apos;sandbox&apos; in the application data folder)</source>
        <translation>सैंडबॉक्स की कुंजियों का फ़ोल्डर; क्लाइंट के लिए auth_public.pem और sign_cert.pem वहीं लिखी जाती हैं (डिफ़ॉल्ट: एप्लिकेशन डेटा फ़ोल्डर में &apos;sandbox&apos;)</translation>
    </message>
    <message>
        <source>client id of a user (repeatable)</source>
        <translation>किसी उपयोगकर्ता की क्लाइंट ID (दोहराया जा सकता है)</translation>
    </message>
    <message>
        <source>client secret of a user (repeatable)</source>
        <translation>किसी उपयोगकर्ता का क्लाइंट सीक्रेट (दोहराया जा सकता है)</translation>
    </message>
    <message>
        <source>API user name (repeatable)</source>
        <translation>API उपयोगकर्ता नाम (दोहराया जा सकता है)</translation>
    </message>
    <message>
        <source>password of a user (repeatable)</source>
        <translation>किसी उपयोगकर्ता का पासवर्ड (दोहराया जा सकता है)</translation>
    </message>
    <message>
        <source>GSTIN of a user (repeatable)</source>
        <translation>किसी उपयोगकर्ता का GSTIN (दोहराया जा सकता है)</translation>
    </message>
    <message>
        <source>users from a JSON file</source>
        <translation>JSON फ़ाइल से उपयोगकर्ता</translation>
    </message>
    <message>
        <source>token validity (default 60)</source>
        <translation>टोकन की वैधता (डिफ़ॉल्ट 60)</translation>
    </message>
    <message>
        <source>HTTPS with a certificate of the sandbox&apos;s own CA (ca_cert.pem in the keys folder)</source>
        <translation>सैंडबॉक्स के अपने CA के प्रमाणपत्र के साथ HTTPS (कुंजियों के फ़ोल्डर में ca_cert.pem)</translation>
    </message>
    <message>
        <source>answer every Nth request with HTTP 500, unprocessed</source>
        <translation>हर N-वें अनुरोध का उत्तर HTTP 500 से दें, उसे प्रोसेस किए बिना</translation>
    </message>
    <message>
        <source>process every Nth request, then close the connection without a reply</source>
        <translation>हर N-वें अनुरोध को प्रोसेस करें, फिर बिना उत्तर दिए कनेक्शन बंद करें</translation>
    </message>
    <message>
        <source>count only IRN generations for --fail-every and --drop-every</source>
        <translation>--fail-every और --drop-every के लिए केवल IRN जनरेशन गिनें</translation>
    </message>
    <message>
        <source>write the envelope&apos;s Status as a string (&quot;1&quot;/&quot;0&quot;)</source>
        <translation>एनवेलप का Status स्ट्रिंग के रूप में लिखें (&quot;1&quot;/&quot;0&quot;)</translation>
    </message>
    <message>
        <source>delay every reply</source>
        <translation>हर उत्तर में देरी करें</translation>
    </message>
    <message>
        <source>move the sandbox&apos;s clock (for the 24 h and 48 h limits)</source>
        <translation>सैंडबॉक्स की घड़ी खिसकाएँ (24 घंटे और 48 घंटे की सीमाओं के लिए)</translation>
    </message>
    <message>
        <source>GSTIN details from this store&apos;s workspaces and parties</source>
        <translation>इस स्टोर के वर्कस्पेस और पक्षकारों से GSTIN विवरण</translation>
    </message>
    <message>
        <source>keep the registrations in this file across restarts (default: in memory only)</source>
        <translation>रीस्टार्ट के बाद भी पंजीकरण इस फ़ाइल में रखें (डिफ़ॉल्ट: केवल मेमोरी में)</translation>
    </message>
    <message>
        <source>print one line per request on standard error (method, path, outcome)</source>
        <translation>हर अनुरोध के लिए स्टैंडर्ड एरर पर एक पंक्ति लिखें (मेथड, पाथ, परिणाम)</translation>
    </message>
    <message>
        <source>reject only what fails the schema, not the business rules</source>
        <translation>केवल वही अस्वीकार करें जो स्कीमा में विफल हो, व्यावसायिक नियमों में नहीं</translation>
    </message>
    <message>
        <source>sandbox: unexpected argument &apos;%1&apos;</source>
        <translation>sandbox: अनपेक्षित आर्ग्युमेंट &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sandbox: --port must be at most 65535</source>
        <translation>sandbox: --port अधिकतम 65535 होना चाहिए</translation>
    </message>
    <message>
        <source>sandbox: --clock-offset-hours must be a number of hours, got &apos;%1&apos;</source>
        <translation>sandbox: --clock-offset-hours घंटों की संख्या होनी चाहिए, मिला &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sandbox: give --user, --password and --gstin once per user, and --client-id and --client-secret once per user or once for all</source>
        <translation>sandbox: --user, --password और --gstin हर उपयोगकर्ता के लिए एक बार दें, और --client-id और --client-secret हर उपयोगकर्ता के लिए एक बार या सभी के लिए एक बार</translation>
    </message>
    <message>
        <source>sandbox: %1</source>
        <translation>sandbox: %1</translation>
    </message>
    <message>
        <source>sandbox: no API user: give --client-id ID --client-secret S --user U --password P --gstin G, or --users FILE</source>
        <translation>sandbox: कोई API उपयोगकर्ता नहीं: --client-id ID --client-secret S --user U --password P --gstin G, या --users FILE दें</translation>
    </message>
    <message>
        <source>keys: %1 (clients encrypt with auth_public.pem and verify with sign_cert.pem%2)</source>
        <translation>कुंजियाँ: %1 (क्लाइंट auth_public.pem से एन्क्रिप्ट करते हैं और sign_cert.pem से सत्यापित करते हैं%2)</translation>
    </message>
    <message>
        <source>; trust ca_cert.pem</source>
        <translation>; ca_cert.pem पर भरोसा करें</translation>
    </message>
    <message>
        <source>users: %1; tokens valid %2 minutes; registrations %3</source>
        <translation>उपयोगकर्ता: %1; टोकन %2 मिनट वैध; पंजीकरण %3</translation>
    </message>
    <message>
        <source>in memory only (lost when the sandbox stops)</source>
        <translation>केवल मेमोरी में (सैंडबॉक्स रुकने पर खो जाते हैं)</translation>
    </message>
    <message>
        <source>kept in %1</source>
        <translation>%1 में रखे जाते हैं</translation>
    </message>
    <message>
        <source>sandbox: cannot set up the signal handlers</source>
        <translation>sandbox: सिग्नल हैंडलर सेट नहीं किए जा सके</translation>
    </message>
    <message>
        <source>sandbox stopped: %1 requests, %2 IRNs registered</source>
        <translation>सैंडबॉक्स रुक गया: %1 अनुरोध, %2 IRN पंजीकृत</translation>
    </message>
    <message>
        <source>%1: %2 %3: %4</source>
        <translation>%1: %2 %3: %4</translation>
    </message>
    <message>
        <source>the IRP&apos;s base URL</source>
        <translation>IRP का बेस URL</translation>
    </message>
    <message>
        <source>the API client id</source>
        <translation>API क्लाइंट ID</translation>
    </message>
    <message>
        <source>the environment variable that holds the client secret</source>
        <translation>वह एनवायरनमेंट वेरिएबल जिसमें क्लाइंट सीक्रेट है</translation>
    </message>
    <message>
        <source>the API user name</source>
        <translation>API उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>the environment variable that holds the password</source>
        <translation>वह एनवायरनमेंट वेरिएबल जिसमें पासवर्ड है</translation>
    </message>
    <message>
        <source>the GSTIN the user logs in for</source>
        <translation>वह GSTIN जिसके लिए उपयोगकर्ता लॉग इन करता है</translation>
    </message>
    <message>
        <source>the IRP&apos;s encryption public key (PEM)</source>
        <translation>IRP की एन्क्रिप्शन सार्वजनिक कुंजी (PEM)</translation>
    </message>
    <message>
        <source>trust exactly this CA for a private endpoint (PEM)</source>
        <translation>निजी एंडपॉइंट के लिए केवल इसी CA पर भरोसा करें (PEM)</translation>
    </message>
    <message>
        <source>copy the secrets from the variables into the OS keychain now, and read them from there</source>
        <translation>गोपनीय मान अभी वेरिएबल से OS कीचेन में कॉपी करें, और आगे वहीं से पढ़ें</translation>
    </message>
    <message>
        <source>%1: give one profile name: irndesk-cli profile add NAME --base-url URL ...</source>
        <translation>%1: एक प्रोफ़ाइल नाम दें: irndesk-cli profile add NAME --base-url URL ...</translation>
    </message>
    <message>
        <source>%1: --public-key PEM is required (the IRP&apos;s encryption key)</source>
        <translation>%1: --public-key PEM आवश्यक है (IRP की एन्क्रिप्शन कुंजी)</translation>
    </message>
    <message>
        <source>%1: --keychain copies the %2 from its variable, and %3 is not set</source>
        <translation>%1: --keychain %2 को उसके वेरिएबल से कॉपी करता है, और %3 सेट नहीं है</translation>
    </message>
    <message>
        <source> (use --client-secret-env and --password-env without --keychain)</source>
        <translation> (--keychain के बिना --client-secret-env और --password-env का उपयोग करें)</translation>
    </message>
    <message>
        <source>%1: saved profile %2 (%3, user %4, GSTIN %5; secrets from %6)</source>
        <translation>%1: प्रोफ़ाइल %2 सहेजी गई (%3, उपयोगकर्ता %4, GSTIN %5; गोपनीय मान %6 से)</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>कीचेन</translation>
    </message>
    <message>
        <source>profile remove: removed %1</source>
        <translation>profile remove: %1 हटाई गई</translation>
    </message>
    <message>
        <source>profile: irndesk-cli profile add NAME ... | profile list | profile remove NAME</source>
        <translation>profile: irndesk-cli profile add NAME ... | profile list | profile remove NAME</translation>
    </message>
    <message>
        <source>%1: there is no IRP profile &apos;%2&apos; (irndesk-cli profile list)</source>
        <translation>%1: &apos;%2&apos; नाम की कोई IRP प्रोफ़ाइल नहीं है (irndesk-cli profile list)</translation>
    </message>
    <message>
        <source>%1: registered (%2) IRN %3 Ack %4 of %5</source>
        <translation>%1: पंजीकृत (%2) IRN %3, Ack %4, तारीख %5</translation>
    </message>
    <message>
        <source>%1: rejected: %2</source>
        <translation>%1: अस्वीकृत: %2</translation>
    </message>
    <message>
        <source>%1: CONFLICT: %2</source>
        <translation>%1: टकराव: %2</translation>
    </message>
    <message>
        <source>%1: unknown: %2</source>
        <translation>%1: अज्ञात: %2</translation>
    </message>
    <message>
        <source>the IRP profile to submit to</source>
        <translation>वह IRP प्रोफ़ाइल जिस पर सबमिट करना है</translation>
    </message>
    <message>
        <source>the seller (default: the profile&apos;s GSTIN)</source>
        <translation>विक्रेता (डिफ़ॉल्ट: प्रोफ़ाइल का GSTIN)</translation>
    </message>
    <message>
        <source>invoices in flight at once (default 4)</source>
        <translation>एक साथ भेजे जा रहे इनवॉइस (डिफ़ॉल्ट 4)</translation>
    </message>
    <message>
        <source>only this document (repeatable): INV/NO, CRN/NO, DBN/NO</source>
        <translation>केवल यह दस्तावेज़ (दोहराया जा सकता है): INV/NO, CRN/NO, DBN/NO</translation>
    </message>
    <message>
        <source>the day the rules check against (default: today)</source>
        <translation>वह दिन जिसके अनुसार नियम जाँचे जाते हैं (डिफ़ॉल्ट: आज)</translation>
    </message>
    <message>
        <source>NIC sandbox rules: test GSTINs only warn</source>
        <translation>NIC सैंडबॉक्स नियम: टेस्ट GSTIN पर केवल चेतावनी</translation>
    </message>
    <message>
        <source>%1: --profile NAME is required</source>
        <translation>%1: --profile NAME आवश्यक है</translation>
    </message>
    <message>
        <source>%1: --concurrency must be 1 to 16, got &apos;%2&apos;</source>
        <translation>%1: --concurrency 1 से 16 होना चाहिए, मिला &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: profile %2 logs in for %3, not for the seller %4</source>
        <translation>%1: प्रोफ़ाइल %2, %3 के लिए लॉग इन करती है, विक्रेता %4 के लिए नहीं</translation>
    </message>
    <message>
        <source>%1 invoices: %2 registered, %3 rejected, %4 conflicts, %5 unknown, %6 not sent; %7 lookups%8</source>
        <translation>%1 इनवॉइस: %2 पंजीकृत, %3 अस्वीकृत, %4 टकराव, %5 अज्ञात, %6 नहीं भेजे गए; %7 जाँच%8</translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation>; रोका गया</translation>
    </message>
    <message>
        <source>the IRP profile</source>
        <translation>IRP प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>the IRN to cancel</source>
        <translation>रद्द करने के लिए IRN</translation>
    </message>
    <message>
        <source>1 duplicate, 2 data entry mistake, 3 order cancelled, 4 other</source>
        <translation>1 डुप्लिकेट, 2 डेटा प्रविष्टि में गलती, 3 ऑर्डर रद्द, 4 अन्य</translation>
    </message>
    <message>
        <source>why, up to 100 characters</source>
        <translation>कारण, अधिकतम 100 अक्षर</translation>
    </message>
    <message>
        <source>%1: --irn IRN --reason 1|2|3|4 --remark TEXT --profile NAME are all required</source>
        <translation>%1: --irn IRN --reason 1|2|3|4 --remark TEXT --profile NAME सभी आवश्यक हैं</translation>
    </message>
    <message>
        <source>%1: no invoice in the store has IRN %2</source>
        <translation>%1: स्टोर में किसी इनवॉइस का IRN %2 नहीं है</translation>
    </message>
    <message>
        <source>%1: %2/%3 cancelled on %4</source>
        <translation>%1: %2/%3 %4 को रद्द किया गया</translation>
    </message>
    <message>
        <source>only this seller</source>
        <translation>केवल यह विक्रेता</translation>
    </message>
    <message>
        <source>%1 invoices submitting, unknown or rejected; %2 requests without an answer in the journal</source>
        <translation>%1 इनवॉइस सबमिट हो रहे, अज्ञात या अस्वीकृत; जर्नल में %2 अनुरोध बिना उत्तर के</translation>
    </message>
    <message>
        <source>%1: %2 has no signed QR code in the store (it is %3)</source>
        <translation>%1: स्टोर में %2 का कोई हस्ताक्षरित QR कोड नहीं है (यह %3 है)</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>संग्रहीत नहीं</translation>
    </message>
    <message>
        <source>QR claims: all match the invoice in the store</source>
        <translation>QR क्लेम: सभी स्टोर के इनवॉइस से मेल खाते हैं</translation>
    </message>
    <message>
        <source>QR claim %1 differs: QR code &apos;%2&apos;, invoice &apos;%3&apos;</source>
        <translation>QR क्लेम %1 अलग है: QR कोड &apos;%2&apos;, इनवॉइस &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: check either FILE|JWT|DIR or --doc TYPE/NO: irndesk-cli verify FILE|JWT|DIR [--key PEM]... or irndesk-cli verify --doc TYPE/NO [--workspace GSTIN] [--fy YYYY-YY]</source>
        <translation>%1: या तो FILE|JWT|DIR जाँचें या --doc TYPE/NO: irndesk-cli verify FILE|JWT|DIR [--key PEM]... या irndesk-cli verify --doc TYPE/NO [--workspace GSTIN] [--fy YYYY-YY]</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>छोड़ा गया: %1</translation>
    </message>
    <message>
        <source>WARNING: signed by a sandbox IRP (%1): a test document, not a valid e-invoice</source>
        <translation>चेतावनी: एक सैंडबॉक्स IRP (%1) द्वारा हस्ताक्षरित: यह एक परीक्षण दस्तावेज़ है, वैध ई-इनवॉइस नहीं</translation>
    </message>
</context>
<context>
    <name>irndesk::cli::DocumentOptions</name>
    <message>
        <source>only the invoices of this seller</source>
        <translation>केवल इस विक्रेता के इनवॉइस</translation>
    </message>
    <message>
        <source>the document: INV/NO, CRN/NO or DBN/NO</source>
        <translation>दस्तावेज़: INV/NO, CRN/NO या DBN/NO</translation>
    </message>
    <message>
        <source>the financial year, when the number is used in several</source>
        <translation>वित्त वर्ष, जब यह संख्या कई वर्षों में उपयोग हुई हो</translation>
    </message>
</context>
<context>
    <name>irndesk::io</name>
    <message>
        <source>the value &quot;%1&quot; of &quot;%2&quot; %3</source>
        <translation>&quot;%2&quot; का मान &quot;%1&quot; %3</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON: %3</source>
        <translation>%1, पंक्ति %2: मान्य JSON नहीं है: %3</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, पंक्ति %2: %3</translation>
    </message>
    <message>
        <source>a mapping file is a JSON object { ... }</source>
        <translation>मैपिंग फ़ाइल एक JSON ऑब्जेक्ट { ... } होती है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object { ... }</source>
        <translation>&quot;%1&quot; एक ऑब्जेक्ट { ... } होना चाहिए</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is written twice (first on line %2)</source>
        <translation>कुंजी &quot;%1&quot; दो बार लिखी गई है (पहली बार पंक्ति %2 पर)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; या &apos;}&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text in double quotes</source>
        <translation>&quot;%1&quot; दोहरे उद्धरण चिह्नों में लिखा टेक्स्ट होना चाहिए</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1; this file may be for a newer IRN Desk</source>
        <translation>&quot;version&quot; 1 होना चाहिए; यह फ़ाइल IRN Desk के किसी नए संस्करण के लिए हो सकती है</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;sheets&quot;: it takes &quot;invoices&quot; and &quot;lines&quot;</source>
        <translation>&quot;sheets&quot; में अज्ञात कुंजी &quot;%1&quot;: इसमें &quot;invoices&quot; और &quot;lines&quot; दिए जाते हैं</translation>
    </message>
    <message>
        <source>&quot;headerRow&quot; must be a row number, 1 or more</source>
        <translation>&quot;headerRow&quot; एक पंक्ति संख्या होनी चाहिए, 1 या अधिक</translation>
    </message>
    <message>
        <source>&quot;decimalSeparator&quot; must be &quot;.&quot; or &quot;,&quot;</source>
        <translation>&quot;decimalSeparator&quot; &quot;.&quot; या &quot;,&quot; होना चाहिए</translation>
    </message>
    <message>
        <source>&quot;csvDelimiter&quot; must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;</source>
        <translation>&quot;csvDelimiter&quot; &quot;,&quot;, &quot;;&quot; या &quot;tab&quot; होना चाहिए</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; a mapping file has &quot;version&quot;, &quot;description&quot;, &quot;sheet&quot;, &quot;sheets&quot;, &quot;headerRow&quot;, &quot;columns&quot;, &quot;dateFormats&quot;, &quot;decimalSeparator&quot; and &quot;csvDelimiter&quot;</source>
        <translation>अज्ञात कुंजी &quot;%1&quot;; मैपिंग फ़ाइल में &quot;version&quot;, &quot;description&quot;, &quot;sheet&quot;, &quot;sheets&quot;, &quot;headerRow&quot;, &quot;columns&quot;, &quot;dateFormats&quot;, &quot;decimalSeparator&quot; और &quot;csvDelimiter&quot; होते हैं</translation>
    </message>
    <message>
        <source>text after the end of the mapping</source>
        <translation>मैपिंग समाप्त होने के बाद भी टेक्स्ट है</translation>
    </message>
    <message>
        <source>&quot;sheets&quot; needs both &quot;invoices&quot; and &quot;lines&quot;</source>
        <translation>&quot;sheets&quot; में &quot;invoices&quot; और &quot;lines&quot; दोनों आवश्यक हैं</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column of the import template (see docs/import-template.md)</source>
        <translation>&quot;%1&quot; इम्पोर्ट टेम्पलेट का कॉलम नहीं है (docs/import-template.md देखें)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is mapped twice (first on line %2)</source>
        <translation>&quot;%1&quot; दो बार मैप किया गया है (पहली बार पंक्ति %2 पर)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; for &quot;%2&quot;: it takes &quot;column&quot; and &quot;value&quot;</source>
        <translation>&quot;%2&quot; के लिए अज्ञात कुंजी &quot;%1&quot;: इसमें &quot;column&quot; और &quot;value&quot; दिए जाते हैं</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a &quot;column&quot; or a &quot;value&quot;</source>
        <translation>&quot;%1&quot; के लिए &quot;column&quot; या &quot;value&quot; आवश्यक है</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; या &apos;]&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>&quot;dateFormats&quot; must be a list of formats such as [&quot;dd.mm.yyyy&quot;]</source>
        <translation>&quot;dateFormats&quot; प्रारूपों की सूची होनी चाहिए, जैसे [&quot;dd.mm.yyyy&quot;]</translation>
    </message>
    <message>
        <source>the date format &quot;%1&quot; needs one day (d or dd), one month (m, mm, mmm or mmmm) and one year (yy or yyyy)</source>
        <translation>तारीख प्रारूप &quot;%1&quot; में एक दिन (d या dd), एक महीना (m, mm, mmm या mmmm) और एक वर्ष (yy या yyyy) होना चाहिए</translation>
    </message>
    <message>
        <source>%1: the mapping file cannot be opened: %2</source>
        <translation>%1: मैपिंग फ़ाइल खोली नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1: too large for a mapping file</source>
        <translation>%1: मैपिंग फ़ाइल के लिए बहुत बड़ी है</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened: %2</source>
        <translation>%1: फ़ाइल खोली नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>a row longer than %1 MB: is a double quote not closed?</source>
        <translation>%1 MB से लंबी पंक्ति: क्या कोई दोहरा उद्धरण चिह्न बंद नहीं हुआ?</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1: फ़ाइल पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1: the file is UTF-16 text; save it as &quot;CSV UTF-8&quot;</source>
        <translation>%1: फ़ाइल UTF-16 टेक्स्ट है; इसे &quot;CSV UTF-8&quot; के रूप में सहेजें</translation>
    </message>
    <message>
        <source>a field in double quotes that starts on this line is never closed</source>
        <translation>इस पंक्ति से शुरू होने वाला, दोहरे उद्धरण चिह्नों वाला फ़ील्ड कभी बंद नहीं होता</translation>
    </message>
    <message>
        <source>text after the closing double quote of a field; a double quote inside a quoted field must be written twice (&quot;&quot;)</source>
        <translation>फ़ील्ड को बंद करने वाले दोहरे उद्धरण चिह्न के बाद टेक्स्ट है; उद्धरण चिह्नों वाले फ़ील्ड के अंदर दोहरा उद्धरण चिह्न दो बार (&quot;&quot;) लिखना होता है</translation>
    </message>
    <message>
        <source>the text is not UTF-8; save the file as &quot;CSV UTF-8&quot;</source>
        <translation>टेक्स्ट UTF-8 नहीं है; फ़ाइल को &quot;CSV UTF-8&quot; के रूप में सहेजें</translation>
    </message>
    <message>
        <source>is Excel&apos;s day 60, 29/02/1900, a day that did not exist; type the date as dd/mm/yyyy</source>
        <translation>Excel का दिन 60, यानी 29/02/1900 है, जो तारीख कभी थी ही नहीं; तारीख dd/mm/yyyy के रूप में लिखें</translation>
    </message>
    <message>
        <source>is not a date: as an Excel day number it is out of range</source>
        <translation>तारीख नहीं है: Excel दिन-संख्या के रूप में यह सीमा से बाहर है</translation>
    </message>
    <message>
        <source>is not a number: its digits are not grouped in thousands (1.234.567,50)</source>
        <translation>संख्या नहीं है: इसके अंक हज़ारों में समूहित नहीं हैं (1.234.567,50)</translation>
    </message>
    <message>
        <source>is not a number: its digits are not grouped as 1,234,567.50 or 12,34,567.50 (if &quot;,&quot; is the decimal separator, set &quot;decimalSeparator&quot;: &quot;,&quot; in the mapping file)</source>
        <translation>संख्या नहीं है: इसके अंक 1,234,567.50 या 12,34,567.50 की तरह समूहित नहीं हैं (यदि दशमलव विभाजक &quot;,&quot; है, तो मैपिंग फ़ाइल में &quot;decimalSeparator&quot;: &quot;,&quot; सेट करें)</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>संख्या नहीं है</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>तारीख नहीं है</translation>
    </message>
    <message>
        <source>is not a date in a known format (%1, or an Excel date)</source>
        <translation>किसी ज्ञात प्रारूप (%1, या Excel तारीख) में तारीख नहीं है</translation>
    </message>
    <message>
        <source>is not a real calendar date</source>
        <translation>वास्तविक कैलेंडर तारीख नहीं है</translation>
    </message>
    <message>
        <source>is an error value of the spreadsheet, not a value</source>
        <translation>स्प्रेडशीट का त्रुटि मान है, कोई वास्तविक मान नहीं</translation>
    </message>
    <message>
        <source>is not Y or N (Yes, No, True and False are read too)</source>
        <translation>Y या N नहीं है (Yes, No, True और False भी पढ़े जाते हैं)</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>बहुत बड़ा है</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <source>has %1 decimal places; %2 allows at most %3</source>
        <translation>%1 दशमलव स्थानों वाला है; %2 में अधिकतम %3 दशमलव स्थान हो सकते हैं</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook: the part %2 is missing</source>
        <translation>%1: XLSX वर्कबुक नहीं है: भाग %2 मौजूद नहीं है</translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to %3 MB, more than the limit of %4 MB; the file is refused so that it cannot exhaust the memory (it may be a ZIP bomb)</source>
        <translation>%1: भाग %2 अनपैक होकर %3 MB का हो जाता है, जो %4 MB की सीमा से अधिक है; फ़ाइल अस्वीकार की गई ताकि यह मेमोरी खत्म न कर दे (यह ZIP बम हो सकती है)</translation>
    </message>
    <message>
        <source>%1: the file is damaged: the ZIP archive inside it cannot be read (error %2)</source>
        <translation>%1: फ़ाइल क्षतिग्रस्त है: इसके भीतर का ZIP आर्काइव पढ़ा नहीं जा सका (त्रुटि %2)</translation>
    </message>
    <message>
        <source>%1: the part %2 is not valid XML: %3 (line %4)</source>
        <translation>%1: भाग %2 मान्य XML नहीं है: %3 (पंक्ति %4)</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened again to read a sheet</source>
        <translation>%1: शीट पढ़ने के लिए फ़ाइल दोबारा खोली नहीं जा सकी</translation>
    </message>
    <message>
        <source>a row has the number &quot;%1&quot;</source>
        <translation>एक पंक्ति की संख्या &quot;%1&quot; है</translation>
    </message>
    <message>
        <source>the sheet is larger than %1 MB</source>
        <translation>शीट %1 MB से बड़ी है</translation>
    </message>
    <message>
        <source>%1, sheet %2: the sheet&apos;s XML is damaged: %3 (line %4)</source>
        <translation>%1, शीट %2: शीट का XML क्षतिग्रस्त है: %3 (पंक्ति %4)</translation>
    </message>
    <message>
        <source>%1, sheet %2: the file is damaged: its data does not match its checksum</source>
        <translation>%1, शीट %2: फ़ाइल क्षतिग्रस्त है: इसका डेटा इसके चेकसम से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>%1, sheet %2: %3</source>
        <translation>%1, शीट %2: %3</translation>
    </message>
    <message>
        <source>row %1 has a cell with the reference &quot;%2&quot;</source>
        <translation>पंक्ति %1 में एक सेल का संदर्भ &quot;%2&quot; है</translation>
    </message>
    <message>
        <source>cell %1%2 refers to the shared string &quot;%3&quot;, which the file does not have</source>
        <translation>सेल %1%2 साझा स्ट्रिंग &quot;%3&quot; को संदर्भित करता है, जो फ़ाइल में नहीं है</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: फ़ाइल मौजूद नहीं है</translation>
    </message>
    <message>
        <source>%1: not an XLSX file, or a damaged one: an XLSX file is a ZIP archive, and this file cannot be read as one</source>
        <translation>%1: XLSX फ़ाइल नहीं है, या क्षतिग्रस्त है: XLSX फ़ाइल एक ZIP आर्काइव होती है, और यह फ़ाइल ZIP आर्काइव के रूप में पढ़ी नहीं जा सकी</translation>
    </message>
    <message>
        <source>%1: the file is damaged: the sheet &quot;%2&quot; has no part in the archive</source>
        <translation>%1: फ़ाइल क्षतिग्रस्त है: आर्काइव में शीट &quot;%2&quot; का कोई भाग नहीं है</translation>
    </message>
    <message>
        <source>%1: there is no sheet named &quot;%2&quot;; the workbook has %3</source>
        <translation>%1: &quot;%2&quot; नाम की कोई शीट नहीं है; वर्कबुक में ये शीट हैं: %3</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet</source>
        <translation>%1: वर्कबुक में कोई शीट नहीं है</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>पंक्ति %1</translation>
    </message>
    <message>
        <source>rows %1–%2</source>
        <translation>पंक्तियाँ %1–%2</translation>
    </message>
    <message>
        <source>%1 %2 of seller %3</source>
        <translation>विक्रेता %3 का %1 %2</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>शीट %1</translation>
    </message>
    <message>
        <source>row %1 (line %2)</source>
        <translation>पंक्ति %1 (फ़ाइल की पंक्ति %2)</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot;</source>
        <translation>कॉलम %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>value &quot;%1&quot;</source>
        <translation>मान &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the old Excel format (.xls) is not read; save the file as an Excel workbook (.xlsx) or as CSV UTF-8</source>
        <translation>%1: पुराना Excel प्रारूप (.xls) नहीं पढ़ा जाता; फ़ाइल को Excel वर्कबुक (.xlsx) या CSV UTF-8 के रूप में सहेजें</translation>
    </message>
    <message>
        <source>%1: a CSV file has one sheet, but the mapping %2 names two (&quot;sheets&quot;); use an XLSX workbook or a mapping without &quot;sheets&quot;</source>
        <translation>%1: CSV फ़ाइल में एक ही शीट होती है, पर मैपिंग %2 में दो शीट (&quot;sheets&quot;) दी गई हैं; XLSX वर्कबुक या &quot;sheets&quot; के बिना वाली मैपिंग इस्तेमाल करें</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, शीट %2</translation>
    </message>
    <message>
        <source>%1: row %2, which the mapping %3 names as the header row, is empty</source>
        <translation>%1: पंक्ति %2, जिसे मैपिंग %3 हेडर पंक्ति बताती है, खाली है</translation>
    </message>
    <message>
        <source>%1: empty: there is no header row with the column names</source>
        <translation>%1: खाली है: कॉलम नामों वाली कोई हेडर पंक्ति नहीं है</translation>
    </message>
    <message>
        <source>%1: columns %2 &quot;%3&quot; and %4 both give %5; keep one</source>
        <translation>%1: कॉलम %2 &quot;%3&quot; और %4 दोनों %5 देते हैं; इनमें से एक रखें</translation>
    </message>
    <message>
        <source>these columns are not in the import template, and are not read: %1</source>
        <translation>ये कॉलम इम्पोर्ट टेम्पलेट में नहीं हैं, और पढ़े नहीं जाते: %1</translation>
    </message>
    <message>
        <source>these columns are not read, because the mapping %1 takes their fields from other columns: %2</source>
        <translation>ये कॉलम नहीं पढ़े जाते, क्योंकि मैपिंग %1 इनके फ़ील्ड दूसरे कॉलमों से लेती है: %2</translation>
    </message>
    <message>
        <source>these line item columns are not read from the invoices sheet; put them in the lines sheet: %1</source>
        <translation>आइटम पंक्तियों के ये कॉलम इनवॉइस शीट से नहीं पढ़े जाते; इन्हें पंक्तियों वाली शीट में रखें: %1</translation>
    </message>
    <message>
        <source>%1: no column %2; every row needs SellerDtls.Gstin, DocDtls.Typ and DocDtls.No to tell which invoice it belongs to (a mapping file can give a constant instead)</source>
        <translation>%1: कॉलम %2 नहीं है; हर पंक्ति में SellerDtls.Gstin, DocDtls.Typ और DocDtls.No होने चाहिए, जिनसे पता चले कि वह किस इनवॉइस की है (इसके बजाय मैपिंग फ़ाइल एक स्थिर मान दे सकती है)</translation>
    </message>
    <message>
        <source>the mapping %1 takes this field from the column &quot;%2&quot;, which the file does not have</source>
        <translation>मैपिंग %1 यह फ़ील्ड कॉलम &quot;%2&quot; से लेती है, जो फ़ाइल में नहीं है</translation>
    </message>
    <message>
        <source>%1 is blank; every row needs SellerDtls.Gstin, DocDtls.Typ and DocDtls.No to tell which invoice it belongs to</source>
        <translation>%1 खाली है; हर पंक्ति में SellerDtls.Gstin, DocDtls.Typ और DocDtls.No होने चाहिए, जिनसे पता चले कि वह किस इनवॉइस की है</translation>
    </message>
    <message>
        <source>invoice %1 also has %2, above; the rows of one invoice must be next to each other (sort the sheet by invoice). These rows are not imported, and the invoice was read from %2 alone</source>
        <translation>इनवॉइस %1 ऊपर %2 में भी है; एक इनवॉइस की पंक्तियाँ लगातार एक साथ होनी चाहिए (शीट को इनवॉइस के अनुसार सॉर्ट करें)। ये पंक्तियाँ इम्पोर्ट नहीं की गईं, और इनवॉइस केवल %2 से पढ़ा गया</translation>
    </message>
    <message>
        <source>invoice %1 has no row in sheet %2</source>
        <translation>शीट %2 में इनवॉइस %1 की कोई पंक्ति नहीं है</translation>
    </message>
    <message>
        <source>invoice %1 has more than one row in this sheet: rows %2</source>
        <translation>इस शीट में इनवॉइस %1 की एक से अधिक पंक्तियाँ हैं: पंक्तियाँ %2</translation>
    </message>
    <message>
        <source>row %1 of sheet %2</source>
        <translation>शीट %2 की पंक्ति %1</translation>
    </message>
    <message>
        <source>differs from &quot;%1&quot; on %2 of the same invoice; an invoice&apos;s columns must be the same on all its rows</source>
        <translation>उसी इनवॉइस की %2 के &quot;%1&quot; से अलग है; इनवॉइस के कॉलम उसकी सभी पंक्तियों में एक जैसे होने चाहिए</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3</source>
        <translation>%1, शीट %2, पंक्ति %3</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3; sheet %4, %5</source>
        <translation>%1, शीट %2, पंक्ति %3; शीट %4, %5</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, sheet %2, %3</source>
        <translation>%1, शीट %2, %3</translation>
    </message>
    <message>
        <source>invoice %1 has no lines in sheet %2</source>
        <translation>शीट %2 में इनवॉइस %1 की कोई आइटम पंक्ति नहीं है</translation>
    </message>
    <message>
        <source>%1 is blank; every row needs SellerDtls.Gstin, DocDtls.Typ and DocDtls.No to tell which invoice it is</source>
        <translation>%1 खाली है; हर पंक्ति में SellerDtls.Gstin, DocDtls.Typ और DocDtls.No होने चाहिए, जिनसे पता चले कि वह कौन-सा इनवॉइस है</translation>
    </message>
</context>
<context>
    <name>irndesk::io::Exporter</name>
    <message>
        <source>it was exported before, to %1 (export again with --include-exported)</source>
        <translation>यह पहले ही %1 में एक्सपोर्ट किया जा चुका है (दोबारा एक्सपोर्ट करने के लिए --include-exported दें)</translation>
    </message>
    <message>
        <source>it is %1, and only ready invoices are exported</source>
        <translation>यह %1 है, और केवल तैयार इनवॉइस एक्सपोर्ट किए जाते हैं</translation>
    </message>
    <message>
        <source>its stored content cannot be read back: check the store (irndesk-cli store check)</source>
        <translation>स्टोर में रखी इसकी सामग्री वापस पढ़ी नहीं जा सकी: स्टोर की जाँच करें (irndesk-cli store check)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 लिखी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>say where the bulk files go (the output folder)</source>
        <translation>बताएँ कि बल्क फ़ाइलें कहाँ रखी जाएँ (आउटपुट फ़ोल्डर)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सका</translation>
    </message>
    <message>
        <source>there is no workspace #%1</source>
        <translation>वर्कस्पेस #%1 मौजूद नहीं है</translation>
    </message>
    <message>
        <source>%1 invoices to %2 files in %3, %4 left out</source>
        <translation>%1 इनवॉइस, %3 में %2 फ़ाइलों में; %4 छोड़े गए</translation>
    </message>
</context>
<context>
    <name>irndesk::io::Importer</name>
    <message>
        <source>the invoice at line %1</source>
        <translation>इनवॉइस (पंक्ति %1)</translation>
    </message>
    <message>
        <source>invoice [%1] at line %2</source>
        <translation>इनवॉइस [%1] (पंक्ति %2)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ऐसी कोई फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: इसे पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 updated, %4 duplicates, %5 conflicts, %6 refused</source>
        <translation>%1: %2 इम्पोर्ट किए गए, %3 अपडेट किए गए, %4 डुप्लिकेट, %5 टकराव, %6 अस्वीकृत</translation>
    </message>
    <message>
        <source>workspace %1 (%2) created from SellerDtls</source>
        <translation>SellerDtls से वर्कस्पेस %1 (%2) बनाया गया</translation>
    </message>
    <message>
        <source>%1: the invoice could not be read</source>
        <translation>%1: इनवॉइस पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>%1: SellerDtls.Gstin is missing, so the invoice belongs to no workspace</source>
        <translation>%1: SellerDtls.Gstin मौजूद नहीं है, इसलिए इनवॉइस किसी वर्कस्पेस का नहीं है</translation>
    </message>
    <message>
        <source>%1: SellerDtls.Gstin &apos;%2&apos; is not a GSTIN (15 characters: state code, PAN, entity, Z, check character)</source>
        <translation>%1: SellerDtls.Gstin &apos;%2&apos; GSTIN नहीं है (15 अक्षर: राज्य कोड, PAN, एंटिटी कोड, Z, जाँच अक्षर)</translation>
    </message>
    <message>
        <source>%1: the seller %2 is not the workspace %3 the import is limited to (--workspace)</source>
        <translation>%1: विक्रेता %2 वह वर्कस्पेस %3 नहीं है जिस तक इम्पोर्ट सीमित है (--workspace)</translation>
    </message>
    <message>
        <source>%1: DocDtls.Typ and DocDtls.No are needed to store an invoice</source>
        <translation>%1: इनवॉइस को स्टोर में रखने के लिए DocDtls.Typ और DocDtls.No आवश्यक हैं</translation>
    </message>
    <message>
        <source>%1: %2 %3 is already in the store (%4), unchanged: not imported again</source>
        <translation>%1: %2 %3 स्टोर में पहले से है (%4), बिना बदलाव के: दोबारा इम्पोर्ट नहीं किया गया</translation>
    </message>
    <message>
        <source>%1: the store already has a different %2 %3 (%4); import with --update to replace it</source>
        <translation>%1: स्टोर में पहले से एक अलग %2 %3 (%4) है; उसे बदलने के लिए --update के साथ इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>%1: the store already has a different %2 %3, and it is %4: it cannot be replaced</source>
        <translation>%1: स्टोर में पहले से एक अलग %2 %3 है, और वह %4 है: उसे बदला नहीं जा सकता</translation>
    </message>
</context>
<context>
    <name>irndesk::io::PortalResults</name>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>JSON मान समाप्त होने के बाद अनपेक्षित टेक्स्ट है</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>पंक्ति %1, कॉलम %2: %3</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>JSON %1 स्तरों से अधिक गहराई तक नेस्टेड है</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>दोहरे उद्धरण चिह्नों (&quot;) में एक कुंजी अपेक्षित थी</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>कुंजी के बाद &apos;:&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a value</source>
        <translation>किसी मान के बाद &apos;,&apos; या &apos;}&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after a value</source>
        <translation>किसी मान के बाद &apos;,&apos; या &apos;]&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>टेक्स्ट वहाँ समाप्त हो जाता है जहाँ एक मान अपेक्षित था</translation>
    </message>
    <message>
        <source>the JWT has no signature</source>
        <translation>JWT में कोई हस्ताक्षर नहीं है</translation>
    </message>
    <message>
        <source>not a JWT: its header is not base64url-encoded JSON</source>
        <translation>JWT नहीं है: इसका हेडर base64url-एन्कोडेड JSON नहीं है</translation>
    </message>
    <message>
        <source>the JWT payload is not JSON: %1</source>
        <translation>JWT पेलोड JSON नहीं है: %1</translation>
    </message>
    <message>
        <source>the JWT payload has no &quot;data&quot; text</source>
        <translation>JWT पेलोड में &quot;data&quot; टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <source>the JWT&apos;s &quot;data&quot; is not JSON: %1</source>
        <translation>JWT का &quot;data&quot; JSON नहीं है: %1</translation>
    </message>
    <message>
        <source>the JWT&apos;s &quot;data&quot; is not a JSON object</source>
        <translation>JWT का &quot;data&quot; JSON ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>too many wrappers inside each other</source>
        <translation>एक के अंदर एक बहुत अधिक रैपर हैं</translation>
    </message>
    <message>
        <source>expected an object or a JWT text, not %1</source>
        <translation>ऑब्जेक्ट या JWT टेक्स्ट अपेक्षित था, %1 नहीं</translation>
    </message>
    <message>
        <source>the JWT holds neither a signed invoice (DocDtls) nor a signed QR code (DocTyp)</source>
        <translation>JWT में न तो हस्ताक्षरित इनवॉइस (DocDtls) है और न ही हस्ताक्षरित QR कोड (DocTyp)</translation>
    </message>
    <message>
        <source>the response reports a failure: %1</source>
        <translation>रिस्पॉन्स विफलता बताता है: %1</translation>
    </message>
    <message>
        <source>the response has no &quot;result&quot;</source>
        <translation>रिस्पॉन्स में &quot;result&quot; नहीं है</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not JSON: %1</source>
        <translation>&quot;data&quot; JSON नहीं है: %1</translation>
    </message>
    <message>
        <source>&quot;Data&quot; is not JSON: %1</source>
        <translation>&quot;Data&quot; JSON नहीं है: %1</translation>
    </message>
    <message>
        <source>the response has no &quot;Data&quot;</source>
        <translation>रिस्पॉन्स में &quot;Data&quot; नहीं है</translation>
    </message>
    <message>
        <source>&quot;Data&quot; is not JSON: it is still encrypted with the session key (SEK); decrypt it first, or use the decrypted response</source>
        <translation>&quot;Data&quot; JSON नहीं है: यह अभी भी सेशन कुंजी (SEK) से एन्क्रिप्टेड है; पहले इसे डिक्रिप्ट करें, या डिक्रिप्ट किया गया रिस्पॉन्स उपयोग करें</translation>
    </message>
    <message>
        <source>the decoded document is neither a signed invoice (DocDtls) nor a signed QR code (DocTyp)</source>
        <translation>डिकोड किया गया दस्तावेज़ न तो हस्ताक्षरित इनवॉइस (DocDtls) है और न ही हस्ताक्षरित QR कोड (DocTyp)</translation>
    </message>
    <message>
        <source>not an IRP result: it has no Irn, SignedInvoice or SignedQRCode</source>
        <translation>IRP परिणाम नहीं है: इसमें Irn, SignedInvoice या SignedQRCode नहीं है</translation>
    </message>
    <message>
        <source>SignedInvoice: %1</source>
        <translation>SignedInvoice: %1</translation>
    </message>
    <message>
        <source>SignedInvoice holds no invoice (no DocDtls)</source>
        <translation>SignedInvoice में कोई इनवॉइस नहीं है (DocDtls नहीं है)</translation>
    </message>
    <message>
        <source>SignedQRCode: %1</source>
        <translation>SignedQRCode: %1</translation>
    </message>
    <message>
        <source>SignedQRCode holds no QR code data (no DocTyp)</source>
        <translation>SignedQRCode में QR कोड डेटा नहीं है (DocTyp नहीं है)</translation>
    </message>
    <message>
        <source>the SignedQRCode is for IRN %1, the SignedInvoice for IRN %2</source>
        <translation>SignedQRCode IRN %1 का है, जबकि SignedInvoice IRN %2 का है</translation>
    </message>
    <message>
        <source>the Irn given (%1) is not the one signed (%2)</source>
        <translation>दिया गया Irn (%1) वह नहीं है जो हस्ताक्षरित है (%2)</translation>
    </message>
    <message>
        <source>the AckNo given (%1) is not the one signed (%2)</source>
        <translation>दिया गया AckNo (%1) वह नहीं है जो हस्ताक्षरित है (%2)</translation>
    </message>
    <message>
        <source>no Irn: this is an invoice as sent, not as registered</source>
        <translation>Irn नहीं है: यह भेजा गया इनवॉइस है, पंजीकृत नहीं</translation>
    </message>
    <message>
        <source>the Irn &apos;%1&apos; is not 64 hexadecimal digits</source>
        <translation>Irn &apos;%1&apos; 64 हेक्साडेसिमल अंकों का नहीं है</translation>
    </message>
    <message>
        <source>no AckNo</source>
        <translation>AckNo नहीं है</translation>
    </message>
    <message>
        <source>the AckNo &apos;%1&apos; is not a whole number</source>
        <translation>AckNo &apos;%1&apos; पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <source>no AckDt</source>
        <translation>AckDt नहीं है</translation>
    </message>
    <message>
        <source>the Status &apos;%1&apos; is neither ACT (active) nor CNL (cancelled)</source>
        <translation>Status &apos;%1&apos; न तो ACT (सक्रिय) है और न ही CNL (रद्द)</translation>
    </message>
    <message>
        <source>no document details: neither a SignedInvoice nor a SignedQRCode to read them from</source>
        <translation>दस्तावेज़ का विवरण नहीं है: इसे पढ़ने के लिए न तो SignedInvoice है और न ही SignedQRCode</translation>
    </message>
    <message>
        <source>the signed document lacks its seller GSTIN, document type, number or date</source>
        <translation>हस्ताक्षरित दस्तावेज़ में विक्रेता का GSTIN, दस्तावेज़ का प्रकार, संख्या या तारीख नहीं है</translation>
    </message>
    <message>
        <source>the same IRN as entry %1: that entry is used</source>
        <translation>प्रविष्टि %1 वाला ही IRN: उस प्रविष्टि का उपयोग किया गया है</translation>
    </message>
    <message>
        <source>the signed document details are not valid: %1</source>
        <translation>हस्ताक्षरित दस्तावेज़ का विवरण मान्य नहीं है: %1</translation>
    </message>
    <message>
        <source>the Irn %1 is not the IRN of %2 %3 dated %4 of GSTIN %5 (that is %6): the document or the Irn was changed</source>
        <translation>Irn %1, GSTIN %5 के %2 %3 दिनांक %4 का IRN नहीं है (वह %6 है): दस्तावेज़ या Irn बदला गया था</translation>
    </message>
    <message>
        <source>a SignedQRCode (IRN %1) without its SignedInvoice or AckNo: the QR code does not carry the acknowledgement</source>
        <translation>SignedQRCode (IRN %1) अपने SignedInvoice या AckNo के बिना है: QR कोड में पावती नहीं होती</translation>
    </message>
    <message>
        <source>a second, different SignedQRCode for IRN %1 (entry %2 has one)</source>
        <translation>IRN %1 के लिए दूसरा, अलग SignedQRCode (प्रविष्टि %2 में एक है)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: फ़ाइल खाली है</translation>
    </message>
    <message>
        <source>%1: neither JSON nor a JWT per line: %2</source>
        <translation>%1: न तो JSON है और न ही प्रति पंक्ति एक JWT: %2</translation>
    </message>
    <message>
        <source>entry %1 (line %2): %3</source>
        <translation>प्रविष्टि %1 (पंक्ति %2): %3</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>प्रविष्टि %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file holds no results</source>
        <translation>%1: फ़ाइल में कोई परिणाम नहीं है</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::io::ResultsImport</name>
    <message>
        <source>there is no workspace for the seller %1 in the store</source>
        <translation>स्टोर में विक्रेता %1 के लिए कोई वर्कस्पेस नहीं है</translation>
    </message>
    <message>
        <source>the document date &apos;%1&apos; is not a date</source>
        <translation>दस्तावेज़ की तारीख &apos;%1&apos; तारीख नहीं है</translation>
    </message>
    <message>
        <source>IRN %1 from %2</source>
        <translation>%2 से IRN %1</translation>
    </message>
    <message>
        <source>%1 %2 is not in the store: its number is now recorded as used at the IRP</source>
        <translation>%1 %2 स्टोर में नहीं है: इसकी संख्या को अब IRP पर उपयोग की गई संख्या के रूप में दर्ज किया गया है</translation>
    </message>
    <message>
        <source>%1 %2 is already %3 with this IRN</source>
        <translation>%1 %2 इस IRN के साथ पहले से %3 है</translation>
    </message>
    <message>
        <source>%1 %2 is registered in the store with another IRN (%3), not %4: check which one the IRP holds</source>
        <translation>%1 %2 स्टोर में किसी अन्य IRN (%3) के साथ पंजीकृत है, %4 के साथ नहीं: जाँचें कि IRP में कौन-सा है</translation>
    </message>
    <message>
        <source>%1 %2 is %3 in the store: only a ready, exported, sent or unknown invoice can become registered. The IRP registered it: check that the store&apos;s invoice is the one that was uploaded, then validate it and import the results again</source>
        <translation>%1 %2 स्टोर में %3 है: केवल तैयार, एक्सपोर्ट किया गया, भेजा गया या अज्ञात इनवॉइस ही पंजीकृत हो सकता है। IRP ने इसे पंजीकृत किया है: जाँचें कि स्टोर का इनवॉइस वही है जो अपलोड किया गया था, फिर इसकी जाँच करें और परिणाम दोबारा इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>results file %1</source>
        <translation>परिणाम फ़ाइल %1</translation>
    </message>
    <message>
        <source>%1 %2 registered: IRN %3, Ack No %4</source>
        <translation>%1 %2 पंजीकृत: IRN %3, Ack No %4</translation>
    </message>
</context>
<context>
    <name>irndesk::io::StatusReport</name>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Status (%1)</source>
        <translation>स्थिति (%1)</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>zip त्रुटि %1</translation>
    </message>
    <message>
        <source>Seller GSTIN</source>
        <translation>विक्रेता GSTIN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Buyer GSTIN</source>
        <translation>खरीदार GSTIN</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>खरीदार का नाम</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>IRN</source>
        <translation>IRN</translation>
    </message>
    <message>
        <source>Ack No</source>
        <translation>Ack No</translation>
    </message>
    <message>
        <source>Ack date</source>
        <translation>Ack तारीख</translation>
    </message>
    <message>
        <source>E-way bill No</source>
        <translation>ई-वे बिल संख्या</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>त्रुटियाँ</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>चेतावनियाँ</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>एक्सपोर्ट फ़ाइल</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 लिखी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 लिखी नहीं जा सकी: यह एक फ़ोल्डर है</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>the store changed or could not be read while the report was written</source>
        <translation>रिपोर्ट लिखते समय स्टोर बदल गया या पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>IRP %1: %2</source>
        <translation>IRP %1: %2</translation>
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
    <name>irndesk::irp::Crypto</name>
    <message>
        <source>an AES-256 key has 32 bytes, this one %1</source>
        <translation>AES-256 कुंजी 32 बाइट की होती है, यह %1 की है</translation>
    </message>
    <message>
        <source>the encrypted data is %1 bytes long, not a whole number of 16-byte blocks</source>
        <translation>एन्क्रिप्ट किया गया डेटा %1 बाइट लंबा है, 16-बाइट ब्लॉकों की पूर्ण संख्या नहीं</translation>
    </message>
    <message>
        <source>AES encryption failed</source>
        <translation>AES एन्क्रिप्शन विफल रहा</translation>
    </message>
    <message>
        <source>the data cannot be decrypted with this key (bad padding)</source>
        <translation>इस कुंजी से डेटा डिक्रिप्ट नहीं किया जा सकता (गलत पैडिंग)</translation>
    </message>
    <message>
        <source>no public key to encrypt with</source>
        <translation>एन्क्रिप्ट करने के लिए कोई सार्वजनिक कुंजी नहीं है</translation>
    </message>
    <message>
        <source>RSA encryption of %1 bytes failed (an RSA-2048 key takes at most 245): %2</source>
        <translation>%1 बाइट का RSA एन्क्रिप्शन विफल रहा (RSA-2048 कुंजी अधिकतम 245 बाइट लेती है): %2</translation>
    </message>
    <message>
        <source>not an RSA private key in PEM</source>
        <translation>PEM में RSA निजी कुंजी नहीं है</translation>
    </message>
    <message>
        <source>could not make an RSA key: %1</source>
        <translation>RSA कुंजी नहीं बनाई जा सकी: %1</translation>
    </message>
    <message>
        <source>RSA decryption failed</source>
        <translation>RSA डिक्रिप्शन विफल रहा</translation>
    </message>
    <message>
        <source>RS256 signing failed: %1</source>
        <translation>RS256 हस्ताक्षर विफल रहा: %1</translation>
    </message>
    <message>
        <source>the AppKey must be 32 bytes, not %1</source>
        <translation>AppKey 32 बाइट की होनी चाहिए, %1 की नहीं</translation>
    </message>
    <message>
        <source>the Sek of the auth reply is not base64</source>
        <translation>auth उत्तर का Sek base64 नहीं है</translation>
    </message>
    <message>
        <source>the Sek cannot be decrypted with this AppKey: %1</source>
        <translation>इस AppKey से Sek डिक्रिप्ट नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <source>the decrypted Sek has %1 bytes, not 32</source>
        <translation>डिक्रिप्ट किए गए Sek में %1 बाइट हैं, 32 नहीं</translation>
    </message>
    <message>
        <source>the reply&apos;s Data is not base64</source>
        <translation>उत्तर का Data base64 नहीं है</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::HttpChannel</name>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>the connection was lost while sending: %1</source>
        <translation>भेजते समय कनेक्शन टूट गया: %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 सेकंड में कोई उत्तर नहीं मिला</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>उत्तर दिए बिना कनेक्शन बंद कर दिया गया</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>उत्तर अधूरा रह गया</translation>
    </message>
    <message>
        <source>the answer is not valid HTTP (chunk size)</source>
        <translation>उत्तर वैध HTTP नहीं है (चंक साइज़)</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::IrpClient</name>
    <message>
        <source>cannot make the auth request: %1</source>
        <translation>auth अनुरोध नहीं बनाया जा सका: %1</translation>
    </message>
    <message>
        <source>auth: %1</source>
        <translation>auth: %1</translation>
    </message>
    <message>
        <source>auth: the IRP&apos;s reply is not JSON (HTTP %1)</source>
        <translation>auth: IRP का उत्तर JSON नहीं है (HTTP %1)</translation>
    </message>
    <message>
        <source>the IRP refused the login without saying why</source>
        <translation>IRP ने बिना कारण बताए लॉगिन अस्वीकार कर दिया</translation>
    </message>
    <message>
        <source>the IRP answered HTTP %1</source>
        <translation>IRP ने HTTP %1 उत्तर दिया</translation>
    </message>
    <message>
        <source>the IRP&apos;s reply is not JSON (HTTP %1)</source>
        <translation>IRP का उत्तर JSON नहीं है (HTTP %1)</translation>
    </message>
    <message>
        <source>the IRP refused the request without saying why</source>
        <translation>IRP ने बिना कारण बताए अनुरोध अस्वीकार कर दिया</translation>
    </message>
    <message>
        <source>the IRP&apos;s reply cannot be decrypted: %1</source>
        <translation>IRP का उत्तर डिक्रिप्ट नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <source>the IRP&apos;s decrypted reply is not a JSON object</source>
        <translation>IRP का डिक्रिप्ट किया गया उत्तर JSON ऑब्जेक्ट नहीं है</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::IrpProfile</name>
    <message>
        <source>profile name &apos;%1&apos;: use 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>प्रोफ़ाइल नाम &apos;%1&apos;: 1 से 40 अक्षर, अंक, &apos;-&apos;, &apos;_&apos; या &apos;.&apos; का उपयोग करें</translation>
    </message>
    <message>
        <source>--base-url &apos;%1&apos; is not an http(s) URL</source>
        <translation>--base-url &apos;%1&apos; http(s) URL नहीं है</translation>
    </message>
    <message>
        <source>--base-url &apos;%1&apos;: plain http is allowed only to this computer (127.0.0.1); use https</source>
        <translation>--base-url &apos;%1&apos;: सादा http केवल इसी कंप्यूटर (127.0.0.1) के लिए अनुमत है; https का उपयोग करें</translation>
    </message>
    <message>
        <source>--client-id and --user are required</source>
        <translation>--client-id और --user आवश्यक हैं</translation>
    </message>
    <message>
        <source>--gstin &apos;%1&apos; is not a GSTIN (15 characters)</source>
        <translation>--gstin &apos;%1&apos; GSTIN नहीं है (15 अक्षर)</translation>
    </message>
    <message>
        <source>--public-key: %1</source>
        <translation>--public-key: %1</translation>
    </message>
    <message>
        <source>--ca-cert: not a PEM certificate</source>
        <translation>--ca-cert: PEM प्रमाणपत्र नहीं है</translation>
    </message>
    <message>
        <source>say where the secrets come from: --client-secret-env VAR and --password-env VAR (or --keychain)</source>
        <translation>बताएँ कि गोपनीय मान कहाँ से आते हैं: --client-secret-env VAR और --password-env VAR (या --keychain)</translation>
    </message>
    <message>
        <source>cannot write the settings file %1</source>
        <translation>सेटिंग्स फ़ाइल %1 नहीं लिखी जा सकी</translation>
    </message>
    <message>
        <source>there is no IRP profile &apos;%1&apos;</source>
        <translation>&apos;%1&apos; नाम की कोई IRP प्रोफ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>profile %1: the IRP&apos;s public key: %2</source>
        <translation>प्रोफ़ाइल %1: IRP की सार्वजनिक कुंजी: %2</translation>
    </message>
    <message>
        <source>profile %1: the %2 is not in the keychain</source>
        <translation>प्रोफ़ाइल %1: %2 कीचेन में नहीं है</translation>
    </message>
    <message>
        <source>profile %1: the %2 is read from the environment variable %3, which is not set</source>
        <translation>प्रोफ़ाइल %1: %2 एनवायरनमेंट वेरिएबल %3 से पढ़ा जाता है, जो सेट नहीं है</translation>
    </message>
    <message>
        <source>no keychain took the secret: %1</source>
        <translation>कोई भी कीचेन गोपनीय मान नहीं सहेज सका: %1</translation>
    </message>
    <message>
        <source>the keychain did not give the secret: %1</source>
        <translation>कीचेन ने गोपनीय मान नहीं दिया: %1</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::Jwt</name>
    <message>
        <source>not a JWT: expected three base64url parts separated by dots</source>
        <translation>JWT नहीं है: बिंदुओं से अलग किए गए तीन base64url भाग अपेक्षित हैं</translation>
    </message>
    <message>
        <source>not a JWT: its header is not base64url-encoded JSON</source>
        <translation>JWT नहीं है: इसका हेडर base64url-एन्कोडेड JSON नहीं है</translation>
    </message>
    <message>
        <source>not a JWT: its signature is not base64url</source>
        <translation>JWT नहीं है: इसका हस्ताक्षर base64url नहीं है</translation>
    </message>
    <message>
        <source>the JWT payload is not base64url (the text may be cut or changed)</source>
        <translation>JWT पेलोड base64url नहीं है (टेक्स्ट कटा हुआ या बदला हुआ हो सकता है)</translation>
    </message>
    <message>
        <source>the JWT payload is not JSON: %1</source>
        <translation>JWT पेलोड JSON नहीं है: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>the JWT&apos;s &quot;data&quot; is not a JSON object</source>
        <translation>JWT का &quot;data&quot; JSON ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>not an RSA public key or certificate in PEM (or a DER certificate)</source>
        <translation>PEM में RSA सार्वजनिक कुंजी या प्रमाणपत्र (या DER प्रमाणपत्र) नहीं है</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::Submitter</name>
    <message>
        <source>the IRP&apos;s record has no readable QR code to compare with</source>
        <translation>IRP के रिकॉर्ड में तुलना के लिए कोई पठनीय QR कोड नहीं है</translation>
    </message>
    <message>
        <source>buyer GSTIN %1 at the IRP, %2 here</source>
        <translation>खरीदार GSTIN: IRP पर %1, यहाँ %2</translation>
    </message>
    <message>
        <source>total %1 at the IRP, %2 here</source>
        <translation>कुल: IRP पर %1, यहाँ %2</translation>
    </message>
    <message>
        <source>registered as %1, but the store could not record it: %2</source>
        <translation>%1 के रूप में पंजीकृत, लेकिन स्टोर इसे दर्ज नहीं कर सका: %2</translation>
    </message>
    <message>
        <source>Duplicate IRN: this number is registered at the IRP with other content (%1). Cancel that IRN on the portal within 24 hours, or give this invoice another number.</source>
        <translation>डुप्लिकेट IRN: यह संख्या IRP पर अन्य विवरण के साथ पंजीकृत है (%1)। उस IRN को 24 घंटे के भीतर पोर्टल पर रद्द करें, या इस इनवॉइस को दूसरी संख्या दें।</translation>
    </message>
    <message>
        <source>sent, no answer; the lookup failed too (%1): it is looked up again before any resend</source>
        <translation>भेजा गया, कोई उत्तर नहीं; जाँच भी विफल रही (%1): दोबारा भेजने से पहले इसकी फिर से जाँच की जाएगी</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>पहले से पंजीकृत</translation>
    </message>
    <message>
        <source>not sent: it has errors; correct it first (%1)</source>
        <translation>नहीं भेजा गया: इसमें त्रुटियाँ हैं; पहले इन्हें सुधारें (%1)</translation>
    </message>
    <message>
        <source>found submitting at the start of a run</source>
        <translation>रन की शुरुआत में सबमिट हो रही स्थिति में मिला</translation>
    </message>
    <message>
        <source>not sent: the rules find errors (%1)</source>
        <translation>नहीं भेजा गया: नियमों की जाँच में त्रुटियाँ मिलीं (%1)</translation>
    </message>
    <message>
        <source>not sent: the run was cancelled</source>
        <translation>नहीं भेजा गया: रन रोक दिया गया</translation>
    </message>
    <message>
        <source>IRN %1, whose details the IRP no longer gives (%2)</source>
        <translation>IRN %1, जिसका विवरण IRP अब नहीं देता (%2)</translation>
    </message>
    <message>
        <source>not registered after %1 attempts; it stays ready</source>
        <translation>%1 प्रयासों के बाद भी पंजीकृत नहीं; यह तैयार स्थिति में रहेगा</translation>
    </message>
    <message>
        <source>cannot log in to the IRP at %1: %2</source>
        <translation>%1 पर IRP में लॉग इन नहीं हो सका: %2</translation>
    </message>
    <message>
        <source>only a registered invoice can be cancelled; this one is %1</source>
        <translation>केवल पंजीकृत इनवॉइस रद्द किया जा सकता है; यह %1 है</translation>
    </message>
    <message>
        <source>the reason must be 1 (duplicate), 2 (data entry mistake), 3 (order cancelled) or 4 (other)</source>
        <translation>कारण 1 (डुप्लिकेट), 2 (डेटा प्रविष्टि में गलती), 3 (ऑर्डर रद्द) या 4 (अन्य) होना चाहिए</translation>
    </message>
    <message>
        <source>the remark must have 1 to 100 characters</source>
        <translation>टिप्पणी में 1 से 100 अक्षर होने चाहिए</translation>
    </message>
    <message>
        <source>the IRP did not cancel %1: %2</source>
        <translation>IRP ने %1 रद्द नहीं किया: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::TrustStore</name>
    <message>
        <source>valid signature</source>
        <translation>मान्य हस्ताक्षर</translation>
    </message>
    <message>
        <source>INVALID SIGNATURE</source>
        <translation>अमान्य हस्ताक्षर</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>अज्ञात कुंजी</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>%1: cannot read the key: %2</source>
        <translation>%1: कुंजी पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: फ़ोल्डर नहीं बनाया जा सका</translation>
    </message>
    <message>
        <source>%1: cannot copy the key to %2</source>
        <translation>%1: कुंजी %2 में कॉपी नहीं की जा सकी</translation>
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
    <name>irndesk::print</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>There is no QR code to print.</source>
        <translation>प्रिंट करने के लिए कोई QR कोड नहीं है।</translation>
    </message>
    <message>
        <source>The QR code text is too long for a QR symbol (%1 bytes).</source>
        <translation>QR कोड का टेक्स्ट एक QR प्रतीक के लिए बहुत लंबा है (%1 बाइट)।</translation>
    </message>
    <message>
        <source>%1 is not registered: it has no IRN or QR code to print.</source>
        <translation>%1 पंजीकृत नहीं है: इसमें प्रिंट करने के लिए कोई IRN या QR कोड नहीं है।</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>प्रिंट करना शुरू नहीं हो सका।</translation>
    </message>
</context>
<context>
    <name>irndesk::rules::Rules</name>
    <message>
        <source>Document type %1 is not one the IRP registers</source>
        <translation>दस्तावेज़ प्रकार %1 को IRP पंजीकृत नहीं करता</translation>
    </message>
    <message>
        <source>Use INV for a tax invoice, CRN for a credit note or DBN for a debit note; B2C documents are not reported to the IRP.</source>
        <translation>टैक्स इनवॉइस के लिए INV, क्रेडिट नोट के लिए CRN या डेबिट नोट के लिए DBN इस्तेमाल करें; B2C दस्तावेज़ IRP को रिपोर्ट नहीं किए जाते।</translation>
    </message>
    <message>
        <source>The document date %1 is after today (%2)</source>
        <translation>दस्तावेज़ की तारीख %1 आज (%2) के बाद की है</translation>
    </message>
    <message>
        <source>An e-invoice is reported on or after its document date: correct the date or report the document on that day.</source>
        <translation>ई-इनवॉइस अपनी दस्तावेज़ तारीख को या उसके बाद रिपोर्ट किया जाता है: तारीख सुधारें या दस्तावेज़ उसी दिन रिपोर्ट करें।</translation>
    </message>
    <message>
        <source>The document is dated %1, %2 days before today; with an aggregate turnover of ₹10 crore or more it had to be reported within 30 days, by %3</source>
        <translation>दस्तावेज़ की तारीख %1 है, यानी आज से %2 दिन पहले; ₹10 करोड़ या अधिक के कुल टर्नओवर पर इसे 30 दिनों के भीतर, %3 तक रिपोर्ट करना था</translation>
    </message>
    <message>
        <source>The document is dated %1, 30 days ago: today is the last day of the 30-day reporting window</source>
        <translation>दस्तावेज़ की तारीख %1 है, यानी 30 दिन पहले: आज 30 दिन की रिपोर्टिंग समय-सीमा का अंतिम दिन है</translation>
    </message>
    <message>
        <source>The document is dated %1, %2 days ago: the 30-day reporting window closes on %3 (%4 days left)</source>
        <translation>दस्तावेज़ की तारीख %1 है, यानी %2 दिन पहले: 30 दिन की रिपोर्टिंग समय-सीमा %3 को समाप्त होगी (%4 दिन बाकी)</translation>
    </message>
    <message>
        <source>Report this document now: after the 30th day the IRP rejects it (2305).</source>
        <translation>यह दस्तावेज़ अभी रिपोर्ट करें: 30वें दिन के बाद IRP इसे अस्वीकार कर देता है (2305)।</translation>
    </message>
    <message>
        <source>The document date %1 is before e-invoicing began on 01/10/2020</source>
        <translation>दस्तावेज़ की तारीख %1, 01/10/2020 को ई-इनवॉइसिंग शुरू होने से पहले की है</translation>
    </message>
    <message>
        <source>The IRP is not expected to register documents of that age: check the date.</source>
        <translation>IRP से इतने पुराने दस्तावेज़ पंजीकृत करने की अपेक्षा नहीं है: तारीख जाँचें।</translation>
    </message>
    <message>
        <source>%1 %2 names no original invoice (RefDtls.PrecDocDtls)</source>
        <translation>%1 %2 में कोई मूल इनवॉइस (RefDtls.PrecDocDtls) नहीं दिया गया है</translation>
    </message>
    <message>
        <source>Give the number and date of the invoice this note adjusts in RefDtls.PrecDocDtls (InvNo, InvDt); the IRP may answer 2191 without them.</source>
        <translation>यह नोट जिस इनवॉइस को समायोजित करता है, उसकी संख्या और तारीख RefDtls.PrecDocDtls (InvNo, InvDt) में दें; इनके बिना IRP 2191 लौटा सकता है।</translation>
    </message>
    <message>
        <source>Invoice %1 carries preceding-document references (RefDtls.PrecDocDtls), which belong to credit and debit notes</source>
        <translation>इनवॉइस %1 में पिछले दस्तावेज़ के संदर्भ (RefDtls.PrecDocDtls) हैं, जो क्रेडिट नोट और डेबिट नोट के लिए होते हैं</translation>
    </message>
    <message>
        <source>Remove RefDtls.PrecDocDtls from the invoice (the IRP may answer 2210), or use CRN/DBN if this document adjusts an earlier invoice.</source>
        <translation>इनवॉइस से RefDtls.PrecDocDtls हटाएँ (IRP 2210 लौटा सकता है), या यदि यह दस्तावेज़ किसी पहले के इनवॉइस को समायोजित करता है तो CRN/DBN इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The preceding document %1 is dated %2, after this document&apos;s date %3</source>
        <translation>पिछले दस्तावेज़ %1 की तारीख %2 है, जो इस दस्तावेज़ की तारीख %3 के बाद की है</translation>
    </message>
    <message>
        <source>Check InvDt: the original invoice is dated on or before the note.</source>
        <translation>InvDt जाँचें: मूल इनवॉइस की तारीख नोट की तारीख को या उससे पहले की होती है।</translation>
    </message>
    <message>
        <source>The document period starts on %1, after it ends on %2</source>
        <translation>दस्तावेज़ की अवधि %1 को शुरू होती है, जो उसकी समाप्ति की तारीख %2 के बाद है</translation>
    </message>
    <message>
        <source>InvStDt is the first day of the period the document covers, InvEndDt the last: swap or correct them.</source>
        <translation>InvStDt दस्तावेज़ में शामिल अवधि का पहला दिन है और InvEndDt अंतिम दिन: इन्हें आपस में बदलें या सुधारें।</translation>
    </message>
    <message>
        <source>EwbDtls gives a vehicle or transport document but no TransMode</source>
        <translation>EwbDtls में वाहन या परिवहन दस्तावेज़ दिया गया है, पर TransMode नहीं</translation>
    </message>
    <message>
        <source>Set TransMode: 1 road, 2 rail, 3 air, 4 ship. Leave vehicle and transport document out for a Part-A-only e-way bill (transporter ID only).</source>
        <translation>TransMode भरें: 1 सड़क, 2 रेल, 3 हवाई, 4 जहाज़। केवल Part-A वाले ई-वे बिल (केवल ट्रांसपोर्टर ID) के लिए वाहन और परिवहन दस्तावेज़ न दें।</translation>
    </message>
    <message>
        <source>Transport by road (TransMode 1) but EwbDtls has no vehicle number</source>
        <translation>परिवहन सड़क मार्ग से (TransMode 1) है, पर EwbDtls में वाहन संख्या नहीं है</translation>
    </message>
    <message>
        <source>Transport by road (TransMode 1) but EwbDtls has no vehicle type</source>
        <translation>परिवहन सड़क मार्ग से (TransMode 1) है, पर EwbDtls में वाहन का प्रकार नहीं है</translation>
    </message>
    <message>
        <source>Set VehType to R for a regular vehicle or O for over-dimensional cargo.</source>
        <translation>सामान्य वाहन के लिए VehType R और ओवर-डायमेंशनल कार्गो के लिए O रखें।</translation>
    </message>
    <message>
        <source>Transport by %1 (TransMode %2) but EwbDtls has no transport document number</source>
        <translation>परिवहन %1 से (TransMode %2) है, पर EwbDtls में परिवहन दस्तावेज़ संख्या नहीं है</translation>
    </message>
    <message>
        <source>rail</source>
        <translation>रेल</translation>
    </message>
    <message>
        <source>air</source>
        <translation>हवाई मार्ग</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>जहाज़</translation>
    </message>
    <message>
        <source>Give TransDocNo (railway receipt, airway bill or bill of lading) and TransDocDt.</source>
        <translation>TransDocNo (रेलवे रसीद, एयरवे बिल या बिल ऑफ़ लैडिंग) और TransDocDt दें।</translation>
    </message>
    <message>
        <source>Transport document %1 has no date</source>
        <translation>परिवहन दस्तावेज़ %1 की तारीख नहीं दी गई है</translation>
    </message>
    <message>
        <source>Give TransDocDt, the date of the transport document, as dd/mm/yyyy.</source>
        <translation>TransDocDt, यानी परिवहन दस्तावेज़ की तारीख, dd/mm/yyyy रूप में दें।</translation>
    </message>
    <message>
        <source>Over-dimensional cargo (VehType O) is declared for transport by %1</source>
        <translation>%1 से परिवहन के लिए ओवर-डायमेंशनल कार्गो (VehType O) घोषित किया गया है</translation>
    </message>
    <message>
        <source>VehType O applies to road and ship only; leave VehType out for rail and air.</source>
        <translation>VehType O केवल सड़क और जहाज़ पर लागू होता है; रेल और हवाई मार्ग के लिए VehType न दें।</translation>
    </message>
    <message>
        <source>Transport by ship (TransMode 4) with VehType R, a regular road vehicle</source>
        <translation>जहाज़ से परिवहन (TransMode 4), पर VehType R है, यानी सामान्य सड़क वाहन</translation>
    </message>
    <message>
        <source>For a ship leave VehType out, or use O for over-dimensional cargo.</source>
        <translation>जहाज़ के लिए VehType न दें, या ओवर-डायमेंशनल कार्गो के लिए O इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The transport document date %1 is after today (%2)</source>
        <translation>परिवहन दस्तावेज़ की तारीख %1 आज (%2) के बाद की है</translation>
    </message>
    <message>
        <source>Give the date the transport document was issued; it cannot lie ahead.</source>
        <translation>परिवहन दस्तावेज़ जारी होने की तारीख दें; यह भविष्य की नहीं हो सकती।</translation>
    </message>
    <message>
        <source>The transport document date %1 is before the document date %2</source>
        <translation>परिवहन दस्तावेज़ की तारीख %1, दस्तावेज़ की तारीख %2 से पहले की है</translation>
    </message>
    <message>
        <source>The e-way bill system refuses a transport document older than the invoice (4021): check TransDocDt.</source>
        <translation>ई-वे बिल सिस्टम इनवॉइस से पुराना परिवहन दस्तावेज़ अस्वीकार करता है (4021): TransDocDt जाँचें।</translation>
    </message>
    <message>
        <source>The ship-to state is 96 (other countries), but an e-way bill runs between Indian places</source>
        <translation>शिप-टू राज्य 96 (अन्य देश) है, पर ई-वे बिल भारत के स्थानों के बीच ही बनता है</translation>
    </message>
    <message>
        <source>For an export give the Indian port or place of export as ShipDtls, with its state code and PIN.</source>
        <translation>निर्यात के लिए ShipDtls में भारतीय बंदरगाह या निर्यात का स्थान उसके राज्य कोड और PIN के साथ दें।</translation>
    </message>
    <message>
        <source>The ship-to PIN is 999999, but an e-way bill needs an Indian PIN</source>
        <translation>शिप-टू PIN 999999 है, पर ई-वे बिल के लिए भारतीय PIN आवश्यक है</translation>
    </message>
    <message>
        <source>Give the PIN of the place the goods are taken to in India (for an export, the port or place of export).</source>
        <translation>भारत में जिस स्थान पर माल ले जाया जा रहा है, उसका PIN दें (निर्यात में बंदरगाह या निर्यात का स्थान)।</translation>
    </message>
    <message>
        <source>The e-way bill would end at the buyer, who is abroad (state 96 or PIN 999999)</source>
        <translation>ई-वे बिल खरीदार पर समाप्त होगा, जो विदेश में है (राज्य 96 या PIN 999999)</translation>
    </message>
    <message>
        <source>Add ShipDtls with the Indian port or place of export, or leave EwbDtls out and generate the e-way bill later.</source>
        <translation>भारतीय बंदरगाह या निर्यात के स्थान के साथ ShipDtls जोड़ें, या EwbDtls हटा दें और ई-वे बिल बाद में बनाएँ।</translation>
    </message>
    <message>
        <source>The dispatch state is 96 (other countries), but an e-way bill starts in India</source>
        <translation>डिस्पैच राज्य 96 (अन्य देश) है, पर ई-वे बिल भारत में ही शुरू होता है</translation>
    </message>
    <message>
        <source>Give the Indian place the goods leave from as DispDtls.</source>
        <translation>माल जिस भारतीय स्थान से भेजा जाता है, उसे DispDtls में दें।</translation>
    </message>
    <message>
        <source>The dispatch PIN is 999999, but an e-way bill needs an Indian PIN</source>
        <translation>डिस्पैच PIN 999999 है, पर ई-वे बिल के लिए भारतीय PIN आवश्यक है</translation>
    </message>
    <message>
        <source>Give the PIN of the place the goods leave from.</source>
        <translation>माल जिस स्थान से भेजा जाता है, उसका PIN दें।</translation>
    </message>
    <message>
        <source>Goods move within PIN %1 but the distance is %2 km</source>
        <translation>माल PIN %1 के भीतर ही जा रहा है, पर दूरी %2 km है</translation>
    </message>
    <message>
        <source>When origin and destination share a PIN the IRP cannot compute the distance: give the actual distance, 1 to 100 km.</source>
        <translation>जब मूल स्थान और गंतव्य का PIN एक ही हो, तो IRP दूरी की गणना नहीं कर सकता: वास्तविक दूरी दें, 1 से 100 km।</translation>
    </message>
    <message>
        <source>Ship-to details without a GSTIN: from 01/08/2026 an e-way bill needs the ship-to GSTIN</source>
        <translation>शिप-टू विवरण में GSTIN नहीं है: 01/08/2026 से ई-वे बिल के लिए शिप-टू GSTIN आवश्यक है</translation>
    </message>
    <message>
        <source>Give the consignee&apos;s GSTIN in ShipDtls.Gstin, or URP if the consignee is not registered.</source>
        <translation>ShipDtls.Gstin में कंसाइनी का GSTIN दें, या कंसाइनी अपंजीकृत हो तो URP दें।</translation>
    </message>
    <message>
        <source>The ship-to GSTIN %1 is the bill-to GSTIN: from 01/08/2026 ship-to details name another party</source>
        <translation>शिप-टू GSTIN %1 वही है जो बिल-टू GSTIN है: 01/08/2026 से शिप-टू विवरण में कोई दूसरी पार्टी होनी चाहिए</translation>
    </message>
    <message>
        <source>Leave ShipDtls out when the goods go to the buyer&apos;s own address; otherwise give the consignee&apos;s GSTIN (or URP).</source>
        <translation>जब माल खरीदार के अपने पते पर जाए तो ShipDtls न दें; अन्यथा कंसाइनी का GSTIN (या URP) दें।</translation>
    </message>
    <message>
        <source>The ship-to state code is %1 but the ship-to GSTIN %2 is registered in state %3</source>
        <translation>शिप-टू राज्य कोड %1 है, पर शिप-टू GSTIN %2 राज्य %3 में पंजीकृत है</translation>
    </message>
    <message>
        <source>Give the GSTIN of the consignee&apos;s registration in the ship-to state, or correct ShipDtls.Stcd.</source>
        <translation>शिप-टू राज्य में कंसाइनी के पंजीकरण का GSTIN दें, या ShipDtls.Stcd सुधारें।</translation>
    </message>
    <message>
        <source>An e-way bill is requested with %1 %2, but credit and debit notes move no goods under an e-way bill generated with the IRN</source>
        <translation>%1 %2 के साथ ई-वे बिल माँगा गया है, पर IRN के साथ बने ई-वे बिल के तहत क्रेडिट नोट और डेबिट नोट से माल नहीं भेजा जाता</translation>
    </message>
    <message>
        <source>Leave EwbDtls out of credit and debit notes; generate the e-way bill for goods returns on the e-way bill portal.</source>
        <translation>क्रेडिट नोट और डेबिट नोट में EwbDtls न दें; लौटाए गए माल का ई-वे बिल ई-वे बिल पोर्टल पर बनाएँ।</translation>
    </message>
    <message>
        <source>An e-way bill is requested but every line is a service</source>
        <translation>ई-वे बिल माँगा गया है, पर हर पंक्ति सेवा की है</translation>
    </message>
    <message>
        <source>E-way bills cover the movement of goods: leave EwbDtls out of an invoice for services.</source>
        <translation>ई-वे बिल माल की आवाजाही के लिए होते हैं: सेवाओं के इनवॉइस में EwbDtls न दें।</translation>
    </message>
    <message>
        <source>Correct the JSON at this place (or the export that wrote it): the IRP reads the invoice with the INV-01 schema and rejects what does not fit it.</source>
        <translation>इस स्थान पर JSON सुधारें (या वह एक्सपोर्ट जिसने इसे लिखा): IRP इनवॉइस को INV-01 स्कीमा के अनुसार पढ़ता है और जो उसमें फ़िट नहीं होता उसे अस्वीकार कर देता है।</translation>
    </message>
    <message>
        <source>IRN Desk read this as said, but write it as the schema does (exact key spelling, no null) so that every reader, the IRP&apos;s included, reads the same.</source>
        <translation>IRN Desk ने इसे ऊपर बताए अनुसार पढ़ा, पर इसे स्कीमा के अनुसार लिखें (कुंजी की सटीक वर्तनी, null नहीं) ताकि IRP सहित हर रीडर इसे एक जैसा पढ़े।</translation>
    </message>
    <message>
        <source>more than the ±1.00 the IRP is taken to allow</source>
        <translation>IRP द्वारा अनुमत मानी जाने वाली ±1.00 की सीमा से अधिक</translation>
    </message>
    <message>
        <source>within the ±1.00 the IRP is taken to allow, but not what the numbers give</source>
        <translation>IRP द्वारा अनुमत मानी जाने वाली ±1.00 की सीमा के भीतर, पर आँकड़ों से निकलने वाले मान के बराबर नहीं</translation>
    </message>
    <message>
        <source>HSN/SAC code %1 of line %2 is in neither the e-invoice HSN list nor the GST portal&apos;s HSN/SAC master (masters %3)</source>
        <translation>पंक्ति %2 का HSN/SAC कोड %1 न तो ई-इनवॉइस HSN सूची में है और न ही GST पोर्टल के HSN/SAC मास्टर में (मास्टर %3)</translation>
    </message>
    <message>
        <source>Look the code up in the GST portal&apos;s HSN/SAC search and use a current 6- or 8-digit code. If the code is new, update the HSN master files.</source>
        <translation>GST पोर्टल की HSN/SAC खोज में कोड देखें और कोई मौजूदा 6 या 8 अंकों का कोड इस्तेमाल करें। यदि कोड नया है, तो HSN मास्टर फ़ाइलें अपडेट करें।</translation>
    </message>
    <message>
        <source>HSN/SAC code %1 of line %2 has 4 digits; taxpayers with an aggregate turnover above ₹5 crore must report at least 6</source>
        <translation>पंक्ति %2 का HSN/SAC कोड %1 केवल 4 अंकों का है; ₹5 करोड़ से अधिक कुल टर्नओवर वाले करदाताओं को कम से कम 6 अंक रिपोर्ट करने होते हैं</translation>
    </message>
    <message>
        <source>Use the 6- or 8-digit code under heading %1 that describes the item.</source>
        <translation>शीर्ष %1 के अंतर्गत वह 6 या 8 अंकों का कोड इस्तेमाल करें जो आइटम का वर्णन करता हो।</translation>
    </message>
    <message>
        <source>HSN/SAC code %1 of line %2 is in the GST portal&apos;s master but not in the list of codes known to be accepted on e-invoices; the IRP may reject it (2176)</source>
        <translation>पंक्ति %2 का HSN/SAC कोड %1 GST पोर्टल के मास्टर में है, पर ई-इनवॉइस पर स्वीकार होने वाले ज्ञात कोडों की सूची में नहीं; IRP इसे अस्वीकार कर सकता है (2176)</translation>
    </message>
    <message>
        <source>Prefer the more specific 8-digit code under %1 if there is one.</source>
        <translation>यदि %1 के अंतर्गत अधिक विशिष्ट 8 अंकों का कोड हो, तो उसे प्राथमिकता दें।</translation>
    </message>
    <message>
        <source>Line %1 is marked as a service (IsServc Y) but %2 is an HSN code of goods; SAC codes of services begin with 99</source>
        <translation>पंक्ति %1 को सेवा (IsServc Y) के रूप में चिह्नित किया गया है, पर %2 माल का HSN कोड है; सेवाओं के SAC कोड 99 से शुरू होते हैं</translation>
    </message>
    <message>
        <source>Line %1 is marked as goods (IsServc N) but %2 is a SAC code of a service</source>
        <translation>पंक्ति %1 को माल (IsServc N) के रूप में चिह्नित किया गया है, पर %2 किसी सेवा का SAC कोड है</translation>
    </message>
    <message>
        <source>Set IsServc to Y for SAC codes (99...) and to N for goods, or correct the code.</source>
        <translation>SAC कोड (99...) के लिए IsServc को Y और माल के लिए N रखें, या कोड सुधारें।</translation>
    </message>
    <message>
        <source>Line %1 is goods but has no quantity</source>
        <translation>पंक्ति %1 माल की है, पर उसमें मात्रा नहीं है</translation>
    </message>
    <message>
        <source>Give Qty for every goods line (IsServc N); only services may leave it out.</source>
        <translation>माल की हर पंक्ति (IsServc N) के लिए Qty दें; केवल सेवाओं में इसे छोड़ा जा सकता है।</translation>
    </message>
    <message>
        <source>Line %1 is goods but has no unit</source>
        <translation>पंक्ति %1 माल की है, पर उसमें इकाई नहीं है</translation>
    </message>
    <message>
        <source>Give Unit, a UQC code such as NOS, KGS or PCS, for every goods line; use OTH when no other code fits.</source>
        <translation>माल की हर पंक्ति के लिए Unit दें, यानी NOS, KGS या PCS जैसा UQC कोड; कोई अन्य कोड उपयुक्त न हो तो OTH इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Unit %1 of line %2 is the UQC code %3 in lower case</source>
        <translation>पंक्ति %2 की इकाई %1, छोटे अक्षरों में लिखा UQC कोड %3 है</translation>
    </message>
    <message>
        <source>Write UQC codes in capitals (%1): the master lists them so.</source>
        <translation>UQC कोड बड़े अक्षरों में लिखें (%1): मास्टर सूची में वे इसी तरह हैं।</translation>
    </message>
    <message>
        <source>Unit %1 of line %2 is not a UQC code</source>
        <translation>पंक्ति %2 की इकाई %1 UQC कोड नहीं है</translation>
    </message>
    <message>
        <source>Use a code of the UQC master (NOS, PCS, KGS, LTR, MTR, BOX, SET, ...); OTH stands for any other unit.</source>
        <translation>UQC मास्टर का कोई कोड इस्तेमाल करें (NOS, PCS, KGS, LTR, MTR, BOX, SET, ...); OTH किसी भी अन्य इकाई के लिए है।</translation>
    </message>
    <message>
        <source>GST rate %1% of line %2 is not a GST rate</source>
        <translation>पंक्ति %2 की GST दर %1% मान्य GST दर नहीं है</translation>
    </message>
    <message>
        <source>Use one of the rates 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28 or 40 (the whole rate: CGST + SGST together, or IGST).</source>
        <translation>इनमें से कोई दर इस्तेमाल करें: 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28 या 40 (पूरी दर: CGST + SGST मिलाकर, या IGST)।</translation>
    </message>
    <message>
        <source>Line serial number %1 is used again: lines %2 and %3 of the list have it</source>
        <translation>पंक्ति क्रम संख्या %1 दोबारा इस्तेमाल हुई है: सूची की पंक्ति %2 और %3 दोनों में यही है</translation>
    </message>
    <message>
        <source>Number the lines 1, 2, 3, ... with each SlNo used once.</source>
        <translation>पंक्तियों को 1, 2, 3, ... क्रम से नंबर दें, हर SlNo केवल एक बार।</translation>
    </message>
    <message>
        <source>AssAmt of line %1 is %2 but TotAmt %3 less Discount %4 is %5 (%6)</source>
        <translation>पंक्ति %1 का AssAmt %2 है, पर TotAmt %3 में से Discount %4 घटाने पर %5 आता है (%6)</translation>
    </message>
    <message>
        <source>Set AssAmt (the taxable value) to TotAmt - Discount.</source>
        <translation>AssAmt (कर-योग्य मूल्य) को TotAmt - Discount रखें।</translation>
    </message>
    <message>
        <source>TotAmt of line %1 is %2 but Qty %3 × UnitPrice %4 is %5</source>
        <translation>पंक्ति %1 का TotAmt %2 है, पर Qty %3 × UnitPrice %4 = %5 होता है</translation>
    </message>
    <message>
        <source>The IRP no longer rejects this (2192 was withdrawn), but the printed invoice should add up: TotAmt = Qty × UnitPrice.</source>
        <translation>IRP अब इसे अस्वीकार नहीं करता (2192 वापस ले लिया गया), पर छपे हुए इनवॉइस का हिसाब सही बैठना चाहिए: TotAmt = Qty × UnitPrice।</translation>
    </message>
    <message>
        <source>%1 of line %2 is %3 but half of %4% of AssAmt %5 is %6 (%7)</source>
        <translation>पंक्ति %2 का %1 %3 है, पर AssAmt %5 के %4% का आधा %6 होता है (%7)</translation>
    </message>
    <message>
        <source>Compute CGST and SGST each as AssAmt × GstRt / 200, rounded half-up to the paisa, so that both are equal.</source>
        <translation>CGST और SGST, दोनों की गणना अलग-अलग AssAmt × GstRt / 200 के रूप में करें, पैसे तक पूर्णांकित करके (आधे या अधिक को ऊपर), ताकि दोनों बराबर रहें।</translation>
    </message>
    <message>
        <source>IgstAmt of line %1 is %2 but %3% of AssAmt %4 is %5 (%6)</source>
        <translation>पंक्ति %1 का IgstAmt %2 है, पर AssAmt %4 का %3% %5 होता है (%6)</translation>
    </message>
    <message>
        <source>Compute IGST as AssAmt × GstRt / 100, rounded half-up to the paisa.</source>
        <translation>IGST की गणना AssAmt × GstRt / 100 के रूप में करें, पैसे तक पूर्णांकित करके (आधे या अधिक को ऊपर)।</translation>
    </message>
    <message>
        <source>%1 of line %2 is %3 but %4 %5% of AssAmt %6 is %7</source>
        <translation>पंक्ति %2 का %1 %3 है, पर AssAmt %6 पर %4 %5% के हिसाब से %7 होता है</translation>
    </message>
    <message>
        <source>Compute the ad-valorem cess as AssAmt × rate / 100; a specific (per-unit) cess goes in the NonAdvl field. The IRP also checks cess against its HSN-wise rates (2266), which cannot be checked offline.</source>
        <translation>मूल्यानुसार (ad-valorem) सेस की गणना AssAmt × दर / 100 के रूप में करें; विशिष्ट (प्रति इकाई) सेस NonAdvl फ़ील्ड में जाता है। IRP सेस को अपनी HSN-वार दरों से भी जाँचता है (2266), जिसे ऑफ़लाइन नहीं जाँचा जा सकता।</translation>
    </message>
    <message>
        <source>TotItemVal of line %1 is %2 but AssAmt %3 + GST %4 + cess %5 + OthChrg %6 is %7 (%8)</source>
        <translation>पंक्ति %1 का TotItemVal %2 है, पर AssAmt %3 + GST %4 + सेस %5 + OthChrg %6 = %7 होता है (%8)</translation>
    </message>
    <message>
        <source>Set TotItemVal to the line&apos;s taxable value plus its tax, cess and other charges (under reverse charge or EXPWP it may leave the tax out).</source>
        <translation>TotItemVal को पंक्ति के कर-योग्य मूल्य और उसके कर, सेस व अन्य शुल्कों के योग के बराबर रखें (रिवर्स चार्ज या EXPWP में कर छोड़ा जा सकता है)।</translation>
    </message>
    <message>
        <source>Set TotItemVal to the line&apos;s taxable value plus its tax, cess and other charges.</source>
        <translation>TotItemVal को पंक्ति के कर-योग्य मूल्य और उसके कर, सेस तथा अन्य शुल्कों के योग के बराबर रखें।</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid GSTIN: its check character (the 15th) should be %3, not %4</source>
        <translation>%1 %2 मान्य GSTIN नहीं है: इसका जाँच अक्षर (15वाँ) %4 नहीं, %3 होना चाहिए</translation>
    </message>
    <message>
        <source>Copy the GSTIN again from the registration certificate or the GST portal: one mistyped character changes the check character. The IRP rejects a GSTIN it does not know (3028). NIC&apos;s sandbox test GSTINs fail this check; in sandbox mode it is only a warning.</source>
        <translation>GSTIN को पंजीकरण प्रमाणपत्र या GST पोर्टल से दोबारा कॉपी करें: एक भी अक्षर गलत टाइप होने पर जाँच अक्षर बदल जाता है। IRP अज्ञात GSTIN को अस्वीकार करता है (3028)। NIC के सैंडबॉक्स के टेस्ट GSTIN इस जाँच में विफल होते हैं; सैंडबॉक्स मोड में यह केवल चेतावनी है।</translation>
    </message>
    <message>
        <source>%1 %2 has a correct check character but fits none of GSTN&apos;s GSTIN formats (regular, government, UIN, TDS, TCS, non-resident)</source>
        <translation>%1 %2 का जाँच अक्षर सही है, पर यह GSTN के किसी भी GSTIN प्रारूप (नियमित, सरकारी, UIN, TDS, TCS, अनिवासी) से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>A regular GSTIN is the state code, the 10-character PAN, the registration number (1-9 or A-Z), Z and the check character, e.g. 27AAPFU0939F1ZV. Copy it again from the registration certificate. The IRP rejects a GSTIN it does not know (3028); in sandbox mode this is only a warning.</source>
        <translation>नियमित GSTIN में क्रम से राज्य कोड, 10 अक्षरों का PAN, पंजीकरण संख्या (1-9 या A-Z), Z और जाँच अक्षर होते हैं, उदा. 27AAPFU0939F1ZV। इसे पंजीकरण प्रमाणपत्र से दोबारा कॉपी करें। IRP अज्ञात GSTIN को अस्वीकार करता है (3028); सैंडबॉक्स मोड में यह केवल चेतावनी है।</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a state or union territory code of the master</source>
        <translation>%1 %2 है, जो मास्टर सूची में किसी राज्य या केंद्र शासित प्रदेश का कोड नहीं है</translation>
    </message>
    <message>
        <source>Use the two-digit GST state code, e.g. 07 Delhi, 27 Maharashtra, 29 Karnataka, 36 Telangana; 96 is a place outside India and 97 Other Territory.</source>
        <translation>दो अंकों वाला GST राज्य कोड दें, उदा. 07 दिल्ली, 27 महाराष्ट्र, 29 कर्नाटक, 36 तेलंगाना; 96 भारत से बाहर के स्थान के लिए है और 97 अन्य क्षेत्र (Other Territory) के लिए।</translation>
    </message>
    <message>
        <source>%1 is 96 (Other Countries), but a supplier is registered in an Indian state</source>
        <translation>%1 96 (अन्य देश) है, पर आपूर्तिकर्ता तो किसी भारतीय राज्य में पंजीकृत होता है</translation>
    </message>
    <message>
        <source>Give the state of the supplier&apos;s registration: the first two digits of its GSTIN.</source>
        <translation>उस राज्य का कोड दें जहाँ आपूर्तिकर्ता पंजीकृत है: उसके GSTIN के पहले दो अंक।</translation>
    </message>
    <message>
        <source>%1 is %2, but %3 is %4: a party outside India or in Other Territory has PIN 999999</source>
        <translation>%1 %2 है, पर %3 %4 है: भारत से बाहर या अन्य क्षेत्र (Other Territory) की पार्टी का PIN 999999 होता है</translation>
    </message>
    <message>
        <source>Write 999999 as the PIN of a foreign (96) or Other Territory (97) address, or give the Indian state code if the address is in India.</source>
        <translation>विदेशी (96) या अन्य क्षेत्र (97) के पते का PIN 999999 लिखें, या पता भारत में हो तो भारतीय राज्य कोड दें।</translation>
    </message>
    <message>
        <source>%1 is 999999, which only a place outside India (96) or Other Territory (97) has, but %2 is %3</source>
        <translation>%1 999999 है, जो केवल भारत से बाहर (96) या अन्य क्षेत्र (97) के स्थान का होता है, पर %2 %3 है</translation>
    </message>
    <message>
        <source>Give the real six-digit PIN of the address, or state code 96 for an address outside India.</source>
        <translation>पते का वास्तविक छह अंकों का PIN दें, या भारत से बाहर के पते के लिए राज्य कोड 96 दें।</translation>
    </message>
    <message>
        <source>%1 %2 is a PIN of %3, not of state %4 %5 given in %6</source>
        <translation>%1 %2, %3 का PIN है, %6 में दिए गए राज्य %4 %5 का नहीं</translation>
    </message>
    <message>
        <source>Correct the PIN or the state code so that they agree; the IRP checks the PIN against its PIN master (2178).</source>
        <translation>PIN या राज्य कोड सुधारें ताकि दोनों मेल खाएँ; IRP PIN को अपनी PIN मास्टर सूची से जाँचता है (2178)।</translation>
    </message>
    <message>
        <source>%1 %2 is not in the PIN directory, and its first three digits do not belong to state %3 %4 given in %5</source>
        <translation>%1 %2 PIN निर्देशिका में नहीं है, और इसके पहले तीन अंक %5 में दिए गए राज्य %3 %4 के नहीं हैं</translation>
    </message>
    <message>
        <source>Check the PIN and the state code: the IRP rejects a PIN of another state (2178). If the PIN is new and right, update the PIN master.</source>
        <translation>PIN और राज्य कोड जाँचें: IRP दूसरे राज्य का PIN अस्वीकार करता है (2178)। यदि PIN नया और सही है, तो PIN मास्टर सूची अपडेट करें।</translation>
    </message>
    <message>
        <source>ShipDtls.Stcd is %1, but the ship-to GSTIN %2 is registered in state %3</source>
        <translation>ShipDtls.Stcd %1 है, पर शिप-टू GSTIN %2 राज्य %3 में पंजीकृत है</translation>
    </message>
    <message>
        <source>Give the ship-to party&apos;s GSTIN of the state the goods go to, or URP for an unregistered place. From 1 August 2026 the IRP rejects the mismatch when an e-way bill is generated (2325).</source>
        <translation>शिप-टू पार्टी का उस राज्य का GSTIN दें जहाँ माल जा रहा है, या अपंजीकृत स्थान के लिए URP दें। 1 अगस्त 2026 से ई-वे बिल बनाते समय IRP यह बेमेल अस्वीकार करता है (2325)।</translation>
    </message>
    <message>
        <source>SellerDtls.Gstin is URP, but the supplier of an e-invoice is always registered</source>
        <translation>SellerDtls.Gstin URP है, पर ई-इनवॉइस का आपूर्तिकर्ता हमेशा पंजीकृत होता है</translation>
    </message>
    <message>
        <source>Give the supplier&apos;s own GSTIN: only a registered person generates an IRN.</source>
        <translation>आपूर्तिकर्ता का अपना GSTIN दें: IRN केवल पंजीकृत व्यक्ति ही जनरेट करता है।</translation>
    </message>
    <message>
        <source>SellerDtls.Stcd is %1, but the supplier GSTIN %2 is registered in state %3</source>
        <translation>SellerDtls.Stcd %1 है, पर आपूर्तिकर्ता का GSTIN %2 राज्य %3 में पंजीकृत है</translation>
    </message>
    <message>
        <source>The supplier&apos;s state code is the first two digits of its GSTIN: write %1, or use the GSTIN of the registration in state %2.</source>
        <translation>आपूर्तिकर्ता का राज्य कोड उसके GSTIN के पहले दो अंक होते हैं: %1 लिखें, या राज्य %2 वाले पंजीकरण का GSTIN इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>BuyerDtls.Gstin is URP, but the recipient of a deemed export (DEXP) is registered</source>
        <translation>BuyerDtls.Gstin URP है, पर मानित निर्यात (DEXP) का प्राप्तकर्ता पंजीकृत होता है</translation>
    </message>
    <message>
        <source>Give the recipient&apos;s GSTIN. A supply to an unregistered person is not a deemed export.</source>
        <translation>प्राप्तकर्ता का GSTIN दें। अपंजीकृत व्यक्ति को की गई आपूर्ति मानित निर्यात नहीं होती।</translation>
    </message>
    <message>
        <source>BuyerDtls.Gstin is URP, but a %1 supply needs a registered recipient</source>
        <translation>BuyerDtls.Gstin URP है, पर %1 आपूर्ति के लिए पंजीकृत प्राप्तकर्ता आवश्यक है</translation>
    </message>
    <message>
        <source>Give the recipient&apos;s GSTIN. Supplies to unregistered persons (B2C) are not reported to the IRP; URP is only for exports.</source>
        <translation>प्राप्तकर्ता का GSTIN दें। अपंजीकृत व्यक्तियों को की गई आपूर्ति (B2C) IRP पर रिपोर्ट नहीं की जाती; URP केवल निर्यात के लिए है।</translation>
    </message>
    <message>
        <source>BuyerDtls.Gstin is %1, but the recipient of an export (%2) is URP</source>
        <translation>BuyerDtls.Gstin %1 है, पर निर्यात (%2) का प्राप्तकर्ता URP होता है</translation>
    </message>
    <message>
        <source>Write URP as the GSTIN of a foreign buyer, with Pos and Stcd 96 and PIN 999999. A supply to a registered Indian recipient is B2B, SEZ or DEXP.</source>
        <translation>विदेशी खरीदार के GSTIN में URP लिखें, साथ में Pos और Stcd 96 तथा PIN 999999। किसी पंजीकृत भारतीय प्राप्तकर्ता को की गई आपूर्ति B2B, SEZ या DEXP होती है।</translation>
    </message>
    <message>
        <source>BuyerDtls.Gstin %1 is the supplier&apos;s own GSTIN</source>
        <translation>BuyerDtls.Gstin %1 आपूर्तिकर्ता का अपना GSTIN है</translation>
    </message>
    <message>
        <source>Give the recipient&apos;s GSTIN. A registration cannot supply to itself; a transfer to a branch in another state uses that branch&apos;s GSTIN.</source>
        <translation>प्राप्तकर्ता का GSTIN दें। कोई पंजीकरण स्वयं को आपूर्ति नहीं कर सकता; दूसरे राज्य की शाखा को स्थानांतरण में उस शाखा का GSTIN दिया जाता है।</translation>
    </message>
    <message>
        <source>BuyerDtls.Stcd is %1, but the recipient GSTIN %2 is registered in state %3</source>
        <translation>BuyerDtls.Stcd %1 है, पर प्राप्तकर्ता का GSTIN %2 राज्य %3 में पंजीकृत है</translation>
    </message>
    <message>
        <source>The recipient&apos;s state code is the first two digits of its GSTIN: write %1, or use the recipient&apos;s GSTIN of state %2. Where the goods go is ShipDtls and the place of supply is Pos.</source>
        <translation>प्राप्तकर्ता का राज्य कोड उसके GSTIN के पहले दो अंक होते हैं: %1 लिखें, या प्राप्तकर्ता का राज्य %2 वाला GSTIN इस्तेमाल करें। माल कहाँ जा रहा है, यह ShipDtls में और आपूर्ति का स्थान Pos में दिया जाता है।</translation>
    </message>
    <message>
        <source>BuyerDtls.Pin is missing; a %1 supply needs the recipient&apos;s PIN</source>
        <translation>BuyerDtls.Pin नहीं दिया गया है; %1 आपूर्ति के लिए प्राप्तकर्ता का PIN आवश्यक है</translation>
    </message>
    <message>
        <source>Give the six-digit PIN of the recipient&apos;s address.</source>
        <translation>प्राप्तकर्ता के पते का छह अंकों का PIN दें।</translation>
    </message>
    <message>
        <source>A GSTIN has 15 characters: 2 digits (the state code), then 13 digits or capital letters, e.g. 27AAPFU0939F1ZV.</source>
        <translation>GSTIN में 15 अक्षर होते हैं: 2 अंक (राज्य कोड), फिर 13 अंक या बड़े (कैपिटल) अक्षर, उदा. 27AAPFU0939F1ZV।</translation>
    </message>
    <message>
        <source>A GSTIN has 15 characters: 2 digits (the state code), then 13 digits or capital letters, e.g. 27AAPFU0939F1ZV; an unregistered party is URP (in capitals).</source>
        <translation>GSTIN में 15 अक्षर होते हैं: 2 अंक (राज्य कोड), फिर 13 अंक या बड़े (कैपिटल) अक्षर, उदा. 27AAPFU0939F1ZV; अपंजीकृत पार्टी के लिए URP (बड़े अक्षरों में) लिखें।</translation>
    </message>
    <message>
        <source>1 to 16 characters: letters, digits, / and -; the first one a letter or a digit other than 0, e.g. INV/2026/0042.</source>
        <translation>1 से 16 अक्षर: अंग्रेज़ी अक्षर, अंक, / और -; पहला अक्षर कोई अंग्रेज़ी अक्षर या 0 के अलावा कोई अंक हो, उदा. INV/2026/0042।</translation>
    </message>
    <message>
        <source>2 to 16 characters: letters, digits, / and -; the first one a letter or a digit other than 0 (the schema&apos;s pattern needs at least two characters here).</source>
        <translation>2 से 16 अक्षर: अंग्रेज़ी अक्षर, अंक, / और -; पहला अक्षर कोई अंग्रेज़ी अक्षर या 0 के अलावा कोई अंक हो (यहाँ स्कीमा के पैटर्न में कम से कम दो अक्षर आवश्यक हैं)।</translation>
    </message>
    <message>
        <source>The state code: 1 or 2 digits, not 0, e.g. 07 or 27 (96 for a place outside India).</source>
        <translation>राज्य कोड: 1 या 2 अंक, 0 नहीं, उदा. 07 या 27 (भारत से बाहर के स्थान के लिए 96)।</translation>
    </message>
    <message>
        <source>Digits only, %1 to %2 of them: no spaces, +, - or brackets.</source>
        <translation>केवल अंक, %1 से %2 तक: स्पेस, +, - या कोष्ठक नहीं।</translation>
    </message>
    <message>
        <source>One e-mail address: letters, digits and + _ . - before the @, letters, digits, . and - after it, e.g. accounts@example.in.</source>
        <translation>एक ही ई-मेल पता: @ से पहले अंग्रेज़ी अक्षर, अंक और + _ . -, @ के बाद अंग्रेज़ी अक्षर, अंक, . और -, उदा. accounts@example.in।</translation>
    </message>
    <message>
        <source>An HSN or SAC code of 4, 6 or 8 digits, not all zeros, e.g. 84713010.</source>
        <translation>4, 6 या 8 अंकों का HSN या SAC कोड, जिसके सभी अंक शून्य न हों, उदा. 84713010।</translation>
    </message>
    <message>
        <source>Letters A-Z only, %1 to %2 of them.</source>
        <translation>केवल A-Z अक्षर, %1 से %2 तक।</translation>
    </message>
    <message>
        <source>Letters A-Z and digits only, %1 to %2 of them: no spaces or punctuation.</source>
        <translation>केवल A-Z अक्षर और अंक, %1 से %2 तक: स्पेस या विराम चिह्न नहीं।</translation>
    </message>
    <message>
        <source>Two capital letters: the ISO 3166 country code, e.g. US or AE.</source>
        <translation>दो बड़े (कैपिटल) अक्षर: ISO 3166 देश कोड, उदा. US या AE।</translation>
    </message>
    <message>
        <source>Y or N (in capitals).</source>
        <translation>Y या N (बड़े अक्षरों में)।</translation>
    </message>
    <message>
        <source>1 to 15 characters: letters, digits, / and - only.</source>
        <translation>1 से 15 अक्षर: केवल अंग्रेज़ी अक्षर, अंक, / और -।</translation>
    </message>
    <message>
        <source>The transport document&apos;s date as dd/mm/yyyy, e.g. 05/11/2026.</source>
        <translation>परिवहन दस्तावेज़ की तारीख dd/mm/yyyy रूप में, उदा. 05/11/2026।</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 नहीं दिया गया है</translation>
    </message>
    <message>
        <source>The schema requires %1 whenever %2 is sent: fill it in, or leave %2 out.</source>
        <translation>जब भी %2 भेजा जाए, स्कीमा में %1 आवश्यक है: इसे भरें, या %2 न भेजें।</translation>
    </message>
    <message>
        <source>Fill in %1: the schema requires it.</source>
        <translation>%1 भरें: स्कीमा में यह आवश्यक है।</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 खाली है</translation>
    </message>
    <message>
        <source>%1 is %2 characters long (&apos;%3&apos;): at most %4 are allowed</source>
        <translation>%1 में %2 अक्षर हैं (&apos;%3&apos;): अधिकतम %4 की अनुमति है</translation>
    </message>
    <message>
        <source>%1 is %2 characters long (&apos;%3&apos;): at least %4 are needed</source>
        <translation>%1 में %2 अक्षर हैं (&apos;%3&apos;): कम से कम %4 आवश्यक हैं</translation>
    </message>
    <message>
        <source>%1 must have exactly %2 characters.</source>
        <translation>%1 में ठीक %2 अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <source>%1 takes %2 to %3 characters.</source>
        <translation>%1 में %2 से %3 अक्षर होते हैं।</translation>
    </message>
    <message>
        <source>An optional field that has no value is left out, not sent empty or short.</source>
        <translation>बिना मान वाला वैकल्पिक फ़ील्ड छोड़ दिया जाता है, उसे खाली या छोटा करके नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: neither a GSTIN of 15 characters nor URP</source>
        <translation>%1 &apos;%2&apos; है: यह न तो 15 अक्षरों का GSTIN है, न URP</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: the schema&apos;s pattern needs at least 2 characters here</source>
        <translation>%1 &apos;%2&apos; है: यहाँ स्कीमा के पैटर्न में कम से कम 2 अक्षर आवश्यक हैं</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: a state code cannot be 0</source>
        <translation>%1 &apos;%2&apos; है: राज्य कोड 0 नहीं हो सकता</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: an HSN code cannot be all zeros</source>
        <translation>%1 &apos;%2&apos; है: HSN कोड के सभी अंक शून्य नहीं हो सकते</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: %3 digits, but an HSN or SAC code has 4, 6 or 8</source>
        <translation>%1 &apos;%2&apos; है: इसमें %3 अंक हैं, पर HSN या SAC कोड में 4, 6 या 8 अंक होते हैं</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: an e-mail address needs an @</source>
        <translation>%1 &apos;%2&apos; है: ई-मेल पते में @ होना आवश्यक है</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: nothing before the @</source>
        <translation>%1 &apos;%2&apos; है: @ से पहले कुछ नहीं है</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: nothing after the @</source>
        <translation>%1 &apos;%2&apos; है: @ के बाद कुछ नहीं है</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which does not have the form the schema requires</source>
        <translation>%1 &apos;%2&apos; है, जो स्कीमा द्वारा अपेक्षित रूप में नहीं है</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: the character &apos;%3&apos; at position %4 is not allowed there</source>
        <translation>%1 &apos;%2&apos; है: स्थान %4 पर अक्षर &apos;%3&apos; की अनुमति नहीं है</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which is not a date written dd/mm/yyyy</source>
        <translation>%1 &apos;%2&apos; है, जो dd/mm/yyyy रूप में लिखी तारीख नहीं है</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy with two-digit day and month and a four-digit year, e.g. 05/11/2026.</source>
        <translation>तारीख dd/mm/yyyy रूप में लिखें: दिन और महीना दो अंकों में और वर्ष चार अंकों में, उदा. 05/11/2026।</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: the schema admits only years 2010 to 2029</source>
        <translation>%1 &apos;%2&apos; है: स्कीमा केवल 2010 से 2029 तक के वर्ष स्वीकार करता है</translation>
    </message>
    <message>
        <source>Check the year: the IRP&apos;s date pattern accepts dd/mm/yyyy dates from 2010 to 2029.</source>
        <translation>वर्ष जाँचें: IRP का तारीख पैटर्न 2010 से 2029 तक की dd/mm/yyyy तारीखें स्वीकार करता है।</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which is not a day of the calendar</source>
        <translation>%1 &apos;%2&apos; है, जो कैलेंडर की कोई वास्तविक तारीख नहीं है</translation>
    </message>
    <message>
        <source>Check the day and the month (dd/mm/yyyy): months have 28 to 31 days, February 29 only in leap years.</source>
        <translation>दिन और महीना जाँचें (dd/mm/yyyy): महीनों में 28 से 31 दिन होते हैं, फ़रवरी में 29 दिन केवल लीप वर्ष में।</translation>
    </message>
    <message>
        <source>%1 contains a double quote (&quot;): &apos;%2&apos;</source>
        <translation>%1 में डबल कोट (&quot;) है: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Remove the double quote from %1, or write two single quotes (&apos;&apos;) instead: the schema forbids &quot; in free text.</source>
        <translation>%1 से डबल कोट हटाएँ, या उसकी जगह दो सिंगल कोट (&apos;&apos;) लिखें: स्कीमा फ़्री टेक्स्ट में &quot; की अनुमति नहीं देता।</translation>
    </message>
    <message>
        <source>%1 contains a backslash (\): &apos;%2&apos;</source>
        <translation>%1 में बैकस्लैश (\) है: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Remove the backslash from %1 or write / instead: NIC rejects a backslash in any free-text field.</source>
        <translation>%1 से बैकस्लैश हटाएँ या उसकी जगह / लिखें: NIC किसी भी फ़्री-टेक्स्ट फ़ील्ड में बैकस्लैश अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which is not one of %3</source>
        <translation>%1 &apos;%2&apos; है, जो %3 में से कोई नहीं है</translation>
    </message>
    <message>
        <source>Write %1 in capitals: one of %2.</source>
        <translation>%1 बड़े अक्षरों में लिखें: %2 में से कोई एक।</translation>
    </message>
    <message>
        <source>Use one of %1 for %2.</source>
        <translation>%2 के लिए %1 में से कोई एक इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>%1 is %2: it must lie between %3 and %4</source>
        <translation>%1 %2 है: यह %3 और %4 के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2 in %3.</source>
        <translation>%3 में %1 से %2 तक का मान दर्ज करें।</translation>
    </message>
    <message>
        <source>Version is &apos;%1&apos;: the IRP accepts only schema version 1.1</source>
        <translation>Version &apos;%1&apos; है: IRP केवल स्कीमा संस्करण 1.1 स्वीकार करता है</translation>
    </message>
    <message>
        <source>Set Version to &quot;1.1&quot;.</source>
        <translation>Version को &quot;1.1&quot; रखें।</translation>
    </message>
    <message>
        <source>Irn is sent with the invoice (&apos;%1&apos;): the IRP computes the IRN itself</source>
        <translation>इनवॉइस के साथ Irn भेजा गया है (&apos;%1&apos;): IRN की गणना IRP स्वयं करता है</translation>
    </message>
    <message>
        <source>Remove Irn from the invoice: a request must not carry one.</source>
        <translation>इनवॉइस से Irn हटाएँ: अनुरोध में यह नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>ItemList has no items (or is missing)</source>
        <translation>ItemList में कोई आइटम नहीं है (या यह दिया ही नहीं गया है)</translation>
    </message>
    <message>
        <source>Add at least one item line: the IRP rejects an invoice without items (2228).</source>
        <translation>कम से कम एक आइटम पंक्ति जोड़ें: IRP बिना आइटम वाला इनवॉइस अस्वीकार करता है (2228)।</translation>
    </message>
    <message>
        <source>ItemList has %1 items: the IRP accepts at most %2</source>
        <translation>ItemList में %1 आइटम हैं: IRP अधिकतम %2 स्वीकार करता है</translation>
    </message>
    <message>
        <source>Split the invoice: one invoice may have at most %1 item lines (2173).</source>
        <translation>इनवॉइस को विभाजित करें: एक इनवॉइस में अधिकतम %1 आइटम पंक्तियाँ हो सकती हैं (2173)।</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>अनुपस्थित</translation>
    </message>
    <message>
        <source>TranDtls.RegRev is Y on a %1 supply, but reverse charge applies only to B2B supplies</source>
        <translation>%1 आपूर्ति पर TranDtls.RegRev Y है, पर रिवर्स चार्ज केवल B2B आपूर्ति पर लागू होता है</translation>
    </message>
    <message>
        <source>Set RegRev to N. Tax on SEZ supplies, exports and deemed exports is never paid by the recipient under reverse charge.</source>
        <translation>RegRev को N रखें। SEZ आपूर्ति, निर्यात और मानित निर्यात पर कर कभी भी प्राप्तकर्ता द्वारा रिवर्स चार्ज के तहत नहीं चुकाया जाता।</translation>
    </message>
    <message>
        <source>TranDtls.EcmGstin %1 is not the GSTIN of an e-commerce operator: an operator&apos;s TCS GSTIN has C as its 14th character</source>
        <translation>TranDtls.EcmGstin %1 किसी ई-कॉमर्स ऑपरेटर का GSTIN नहीं है: ऑपरेटर के TCS GSTIN का 14वाँ अक्षर C होता है</translation>
    </message>
    <message>
        <source>TranDtls.EcmGstin %1 belongs to the supplier itself (PAN %2 of SellerDtls.Gstin %3)</source>
        <translation>TranDtls.EcmGstin %1 स्वयं आपूर्तिकर्ता का है (SellerDtls.Gstin %3 का PAN %2)</translation>
    </message>
    <message>
        <source>Leave EcmGstin out when the operator sells on its own account: EcmGstin names the operator through whom another supplier sells (2224).</source>
        <translation>जब ऑपरेटर अपनी ओर से स्वयं बेचता है, तो EcmGstin न भेजें: EcmGstin उस ऑपरेटर को दर्शाता है जिसके माध्यम से कोई दूसरा आपूर्तिकर्ता बेचता है (2224)।</translation>
    </message>
    <message>
        <source>%1 is %2; the master lists the code in capitals: %3</source>
        <translation>%1 %2 है; मास्टर सूची में यह कोड बड़े अक्षरों में है: %3</translation>
    </message>
    <message>
        <source>Write the code in capital letters.</source>
        <translation>कोड बड़े (कैपिटल) अक्षरों में लिखें।</translation>
    </message>
    <message>
        <source>%1 %2 is not a code of the master</source>
        <translation>%1 %2 मास्टर सूची का कोड नहीं है</translation>
    </message>
    <message>
        <source>ExpDtls is missing on an export (%1)</source>
        <translation>निर्यात (%1) में ExpDtls नहीं दिया गया है</translation>
    </message>
    <message>
        <source>Add ExpDtls with the country code (CntCode), the currency (ForCur), for goods the port (Port) and, when known, the shipping bill number and date.</source>
        <translation>ExpDtls जोड़ें: देश कोड (CntCode), मुद्रा (ForCur), माल के लिए पोर्ट (Port) और, यदि ज्ञात हो, शिपिंग बिल संख्या और तारीख।</translation>
    </message>
    <message>
        <source>Use a port code of the master (six characters, e.g. INNSA1 Nhava Sheva, INBOM1 Mumbai, INMAA1 Chennai); leave Port out for services.</source>
        <translation>मास्टर सूची का पोर्ट कोड इस्तेमाल करें (छह अक्षर, उदा. INNSA1 न्हावा शेवा, INBOM1 मुंबई, INMAA1 चेन्नई); सेवाओं के लिए Port न भेजें।</translation>
    </message>
    <message>
        <source>Use the ISO 3166 two-letter code of the buyer&apos;s country, e.g. US, AE, GB.</source>
        <translation>खरीदार के देश का ISO 3166 दो-अक्षरी कोड इस्तेमाल करें, उदा. US, AE, GB।</translation>
    </message>
    <message>
        <source>Use the ISO 4217 code of the invoice currency, e.g. USD, EUR, AED.</source>
        <translation>इनवॉइस की मुद्रा का ISO 4217 कोड इस्तेमाल करें, उदा. USD, EUR, AED।</translation>
    </message>
    <message>
        <source>BuyerDtls.Pos is %1, the supplier&apos;s own state (SellerDtls.Stcd %2), but an export (%3) is never an intra-state supply</source>
        <translation>BuyerDtls.Pos %1 है, जो आपूर्तिकर्ता का अपना राज्य है (SellerDtls.Stcd %2), पर निर्यात (%3) कभी भी राज्य के भीतर की आपूर्ति नहीं होता</translation>
    </message>
    <message>
        <source>Write 96 (Other Countries) as the place of supply of an export. A supply to a recipient in India is B2B, SEZ or DEXP.</source>
        <translation>निर्यात में आपूर्ति का स्थान 96 (अन्य देश) लिखें। भारत में किसी प्राप्तकर्ता को की गई आपूर्ति B2B, SEZ या DEXP होती है।</translation>
    </message>
    <message>
        <source>BuyerDtls.Pos is %1, but the place of supply of an export (%2) is 96 (Other Countries)</source>
        <translation>BuyerDtls.Pos %1 है, पर निर्यात (%2) में आपूर्ति का स्थान 96 (अन्य देश) होता है</translation>
    </message>
    <message>
        <source>Write 96 as BuyerDtls.Pos of an export.</source>
        <translation>निर्यात में BuyerDtls.Pos 96 लिखें।</translation>
    </message>
    <message>
        <source>BuyerDtls.Stcd is %1, but the foreign buyer of an export (%2) has state code 96</source>
        <translation>BuyerDtls.Stcd %1 है, पर निर्यात (%2) के विदेशी खरीदार का राज्य कोड 96 होता है</translation>
    </message>
    <message>
        <source>Write 96 (Other Countries) as BuyerDtls.Stcd and 999999 as its PIN; an Indian port or consignee goes in ShipDtls.</source>
        <translation>BuyerDtls.Stcd में 96 (अन्य देश) और उसके PIN में 999999 लिखें; भारतीय पोर्ट या कंसाइनी का पता ShipDtls में दें।</translation>
    </message>
    <message>
        <source>TranDtls.IgstOnIntra is Y on an export (%1), which is never an intra-state supply</source>
        <translation>निर्यात (%1) पर TranDtls.IgstOnIntra Y है, जबकि निर्यात कभी भी राज्य के भीतर की आपूर्ति नहीं होता</translation>
    </message>
    <message>
        <source>Set IgstOnIntra to N or leave it out: exports always carry IGST (or no tax under bond or LUT).</source>
        <translation>IgstOnIntra को N रखें या न भेजें: निर्यात पर हमेशा IGST लगता है (या बॉन्ड अथवा LUT के तहत कोई कर नहीं)।</translation>
    </message>
    <message>
        <source>BuyerDtls.Pos is 96 (Other Countries), which a %1 supply may not have</source>
        <translation>BuyerDtls.Pos 96 (अन्य देश) है, जो %1 आपूर्ति में नहीं हो सकता</translation>
    </message>
    <message>
        <source>Give the state code of the place of supply (for goods, where the delivery ends). Only exports, and B2B goods transport or courier services (SAC 9965, 9968) to a place abroad, have place of supply 96.</source>
        <translation>आपूर्ति के स्थान का राज्य कोड दें (माल के लिए, जहाँ डिलीवरी पूरी होती है)। आपूर्ति का स्थान 96 केवल निर्यात में, और विदेश के किसी स्थान तक B2B माल परिवहन या कूरियर सेवाओं (SAC 9965, 9968) में होता है।</translation>
    </message>
    <message>
        <source>TranDtls.IgstOnIntra is Y, but BuyerDtls.Pos %1 is not the supplier&apos;s state (SellerDtls.Stcd %2)</source>
        <translation>TranDtls.IgstOnIntra Y है, पर BuyerDtls.Pos %1 आपूर्तिकर्ता का राज्य (SellerDtls.Stcd %2) नहीं है</translation>
    </message>
    <message>
        <source>IgstOnIntra = Y marks an intra-state supply that carries IGST; for an inter-state supply set it to N (IGST applies anyway), or correct the place of supply.</source>
        <translation>IgstOnIntra = Y राज्य के भीतर की ऐसी आपूर्ति दर्शाता है जिस पर IGST लगता है; अंतर-राज्यीय आपूर्ति के लिए इसे N रखें (IGST तो लगेगा ही), या आपूर्ति का स्थान सुधारें।</translation>
    </message>
    <message>
        <source>BuyerDtls.Pos is %1, but the SEZ recipient is in state %2 (BuyerDtls.Stcd)</source>
        <translation>BuyerDtls.Pos %1 है, पर SEZ प्राप्तकर्ता राज्य %2 (BuyerDtls.Stcd) में है</translation>
    </message>
    <message>
        <source>The place of supply of a supply to an SEZ unit or developer is the SEZ&apos;s state: write %1 unless the supply really takes place elsewhere.</source>
        <translation>SEZ इकाई या डेवलपर को की गई आपूर्ति का स्थान SEZ का राज्य होता है: %1 लिखें, जब तक कि आपूर्ति वास्तव में कहीं और न हो रही हो।</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) carries IGST %3, but the supply is intra-state (SellerDtls.Stcd %4, BuyerDtls.Pos %5): CGST and SGST apply</source>
        <translation>पंक्ति %1 (ItemList[%2]) पर IGST %3 है, पर आपूर्ति राज्य के भीतर की है (SellerDtls.Stcd %4, BuyerDtls.Pos %5): CGST और SGST लगते हैं</translation>
    </message>
    <message>
        <source>Split the tax into CgstAmt and SgstAmt, half the rate each, and set IgstAmt to 0. If IGST really applies to this intra-state supply, set TranDtls.IgstOnIntra to Y.</source>
        <translation>कर को CgstAmt और SgstAmt में बाँटें, प्रत्येक आधी दर पर, और IgstAmt को 0 रखें। यदि राज्य के भीतर की इस आपूर्ति पर वास्तव में IGST लगता है, तो TranDtls.IgstOnIntra को Y रखें।</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) has GST rate %3% on an intra-state supply but no %4</source>
        <translation>पंक्ति %1 (ItemList[%2]) में राज्य के भीतर की आपूर्ति पर GST दर %3% है, पर %4 नहीं है</translation>
    </message>
    <message>
        <source>Send both CgstAmt and SgstAmt on an intra-state line, each half the tax.</source>
        <translation>राज्य के भीतर की आपूर्ति वाली पंक्ति में CgstAmt और SgstAmt दोनों भेजें, प्रत्येक कर का आधा।</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]): CgstAmt %3 and SgstAmt %4 differ</source>
        <translation>पंक्ति %1 (ItemList[%2]): CgstAmt %3 और SgstAmt %4 अलग-अलग हैं</translation>
    </message>
    <message>
        <source>CGST and SGST are equal halves: compute each as AssAmt × GstRt / 200, rounded to the paisa.</source>
        <translation>CGST और SGST बराबर आधे होते हैं: प्रत्येक की गणना AssAmt × GstRt / 200 के रूप में करें, पैसे तक पूर्णांकित।</translation>
    </message>
    <message>
        <source>CgstAmt %1, SgstAmt %2</source>
        <translation>CgstAmt %1, SgstAmt %2</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) carries %3 on a supply to an SEZ (%4), which is inter-state: IGST only</source>
        <translation>पंक्ति %1 (ItemList[%2]) पर SEZ को की गई आपूर्ति (%4) में %3 है, जबकि यह अंतर-राज्यीय आपूर्ति है: केवल IGST लगता है</translation>
    </message>
    <message>
        <source>Set CgstAmt and SgstAmt to 0: a supply to an SEZ under bond or LUT (SEZWOP) carries no tax.</source>
        <translation>CgstAmt और SgstAmt को 0 रखें: बॉन्ड या LUT के तहत SEZ को की गई आपूर्ति (SEZWOP) पर कोई कर नहीं लगता।</translation>
    </message>
    <message>
        <source>Charge the whole tax as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and SgstAmt to 0, even when the SEZ is in the supplier&apos;s state.</source>
        <translation>पूरा कर IgstAmt (AssAmt × GstRt / 100) के रूप में लगाएँ और CgstAmt तथा SgstAmt को 0 रखें, भले ही SEZ आपूर्तिकर्ता के राज्य में हो।</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) carries %3 on an export (%4): IGST only</source>
        <translation>पंक्ति %1 (ItemList[%2]) पर निर्यात (%4) में %3 है: केवल IGST लगता है</translation>
    </message>
    <message>
        <source>Set CgstAmt and SgstAmt to 0: an export under bond or LUT (EXPWOP) carries no tax.</source>
        <translation>CgstAmt और SgstAmt को 0 रखें: बॉन्ड या LUT के तहत निर्यात (EXPWOP) पर कोई कर नहीं लगता।</translation>
    </message>
    <message>
        <source>Charge the whole tax as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and SgstAmt to 0.</source>
        <translation>पूरा कर IgstAmt (AssAmt × GstRt / 100) के रूप में लगाएँ और CgstAmt तथा SgstAmt को 0 रखें।</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) carries %3, but the supply carries IGST (SellerDtls.Stcd %4, BuyerDtls.Pos %5, IgstOnIntra %6)</source>
        <translation>पंक्ति %1 (ItemList[%2]) पर %3 है, पर इस आपूर्ति पर IGST लगता है (SellerDtls.Stcd %4, BuyerDtls.Pos %5, IgstOnIntra %6)</translation>
    </message>
    <message>
        <source>Charge the whole tax as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and SgstAmt to 0: a supply whose place of supply is another state is inter-state.</source>
        <translation>पूरा कर IgstAmt (AssAmt × GstRt / 100) के रूप में लगाएँ और CgstAmt तथा SgstAmt को 0 रखें: जिस आपूर्ति का स्थान दूसरा राज्य हो, वह अंतर-राज्यीय आपूर्ति है।</translation>
    </message>
    <message>
        <source>ItemList[%1] is %2 and an earlier line is %3, but goods and services may not be mixed on an invoice that charges IGST with the place of supply in the supplier&apos;s state (%4)</source>
        <translation>ItemList[%1] %2 है और पहले की एक पंक्ति %3 है, पर जिस इनवॉइस में आपूर्ति का स्थान आपूर्तिकर्ता का अपना राज्य (%4) हो और IGST लगाया गया हो, उसमें माल और सेवाएँ एक साथ नहीं हो सकतीं</translation>
    </message>
    <message>
        <source>a service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>माल</translation>
    </message>
    <message>
        <source>Issue separate invoices for the goods and for the services.</source>
        <translation>माल और सेवाओं के लिए अलग-अलग इनवॉइस जारी करें।</translation>
    </message>
    <message>
        <source>within the ±1.00 the IRP is taken to allow, but not exact</source>
        <translation>IRP द्वारा मान्य मानी गई ±1.00 की सीमा के भीतर, पर सटीक नहीं</translation>
    </message>
    <message>
        <source>%1 is %2 but the lines&apos; %3 add up to %4 (%5)</source>
        <translation>%1 %2 है, पर पंक्तियों के %3 का योग %4 है (%5)</translation>
    </message>
    <message>
        <source>absent (0)</source>
        <translation>अनुपस्थित (0)</translation>
    </message>
    <message>
        <source>Set ValDtls.%1 to the sum of the lines, %2.</source>
        <translation>ValDtls.%1 को पंक्तियों के योग %2 के बराबर रखें।</translation>
    </message>
    <message>
        <source>CesVal is %1, the lines&apos; ad-valorem cess only; their non-ad-valorem cess (CesNonAdvlAmt) of %2 is missing from it</source>
        <translation>CesVal %1 है, जो केवल पंक्तियों का मूल्यानुसार (ad-valorem) सेस है; इसमें उनका %2 का गैर-मूल्यानुसार सेस (CesNonAdvlAmt) शामिल नहीं है</translation>
    </message>
    <message>
        <source>CesVal holds both kinds of compensation cess: set it to %1.</source>
        <translation>CesVal में दोनों प्रकार का क्षतिपूर्ति सेस शामिल होता है: इसे %1 रखें।</translation>
    </message>
    <message>
        <source>TotInvVal is %1 but the lines&apos; TotItemVal %2 + OthChrg %3 - Discount %4 + RndOffAmt %5 is %6 (%7)</source>
        <translation>TotInvVal %1 है, पर पंक्तियों का TotItemVal %2 + OthChrg %3 - Discount %4 + RndOffAmt %5 = %6 है (%7)</translation>
    </message>
    <message>
        <source>Set TotInvVal to %1, or put the rounding difference in RndOffAmt.</source>
        <translation>TotInvVal को %1 रखें, या पूर्णांकन का अंतर RndOffAmt में डालें।</translation>
    </message>
    <message>
        <source>An invoice discount must be smaller than TotInvVal; give a larger discount as a credit note or reduce the line values instead.</source>
        <translation>इनवॉइस छूट TotInvVal से कम होनी चाहिए; इससे बड़ी छूट क्रेडिट नोट के रूप में दें, या इसके बजाय पंक्तियों के मूल्य घटाएँ।</translation>
    </message>
    <message>
        <source>RndOffAmt is %1: more than rounding the invoice value to the rupee needs</source>
        <translation>RndOffAmt %1 है: यह इनवॉइस मूल्य को रुपये तक पूर्णांकित करने के लिए आवश्यक राशि से अधिक है</translation>
    </message>
    <message>
        <source>Round-off should only take TotInvVal to the nearest rupee (at most 0.99); put other adjustments in ValDtls.OthChrg or ValDtls.Discount.</source>
        <translation>राउंड-ऑफ़ से TotInvVal केवल निकटतम रुपये तक पहुँचना चाहिए (अधिकतम 0.99); अन्य समायोजन ValDtls.OthChrg या ValDtls.Discount में डालें।</translation>
    </message>
    <message>
        <source>Give each document its own number, or remove the duplicate. The IRP registers a number only once per GSTIN, financial year and document type (2150).</source>
        <translation>हर दस्तावेज़ को अपनी अलग संख्या दें, या दोहराया गया दस्तावेज़ हटाएँ। IRP किसी संख्या को प्रति GSTIN, वित्त वर्ष और दस्तावेज़ प्रकार में केवल एक बार पंजीकृत करता है (2150)।</translation>
    </message>
    <message>
        <source>The document is dated %1, %2 days before today; until 31/03/2025 the 30-day reporting window applied to an aggregate turnover of ₹100 crore or more, which had to report it by %3</source>
        <translation>दस्तावेज़ की तारीख %1 है, यानी आज से %2 दिन पहले; 31/03/2025 तक 30 दिन की रिपोर्टिंग समय-सीमा ₹100 करोड़ या अधिक के कुल टर्नओवर पर लागू होती थी, और ऐसे करदाताओं को इसे %3 तक रिपोर्ट करना था</translation>
    </message>
    <message>
        <source>If your aggregate turnover is ₹100 crore or more the IRP rejects the document (2305); below that it may still be reported.</source>
        <translation>यदि आपका कुल टर्नओवर ₹100 करोड़ या अधिक है, तो IRP यह दस्तावेज़ अस्वीकार कर देता है (2305); इससे कम होने पर इसे अब भी रिपोर्ट किया जा सकता है।</translation>
    </message>
    <message>
        <source>Give VehNo (e.g. MH12AB1234), or give TransId, the transporter&apos;s GSTIN or enrolment ID, for a Part-A-only e-way bill (the transporter adds the vehicle later).</source>
        <translation>VehNo दें (उदाहरण: MH12AB1234), या केवल Part-A वाले ई-वे बिल के लिए TransId, यानी ट्रांसपोर्टर का GSTIN या नामांकन ID दें (ट्रांसपोर्टर वाहन बाद में जोड़ता है)।</translation>
    </message>
    <message>
        <source>Check the code in the GST portal&apos;s HSN/SAC search; if the IRP rejects it, use the nearest code that e-invoices accept.</source>
        <translation>GST पोर्टल की HSN/SAC खोज में कोड जाँचें; यदि IRP इसे अस्वीकार करता है, तो ई-इनवॉइस पर स्वीकार होने वाला निकटतम कोड इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Discount %1 of line %2 is more than its TotAmt %3, so the line has no taxable value (AssAmt is %4)</source>
        <translation>पंक्ति %2 का Discount %1 उसके TotAmt %3 से अधिक है, इसलिए पंक्ति का कोई कर-योग्य मूल्य नहीं बचता (AssAmt %4 है)</translation>
    </message>
    <message>
        <source>A line&apos;s Discount cannot exceed its gross amount TotAmt: correct the discount or the quantity and price. To pass value back to the buyer, issue a credit note.</source>
        <translation>किसी पंक्ति का Discount उसकी सकल राशि TotAmt से अधिक नहीं हो सकता: छूट, या मात्रा और कीमत सुधारें। खरीदार को राशि लौटाने के लिए क्रेडिट नोट जारी करें।</translation>
    </message>
    <message>
        <source>Give the e-commerce operator&apos;s TCS registration (e.g. 07AAECA1234B1CR), not its regular GSTIN, or leave EcmGstin out when the supply was not made through an operator.</source>
        <translation>ई-कॉमर्स ऑपरेटर का TCS पंजीकरण दें (उदाहरण: 07AAECA1234B1CR), उसका नियमित GSTIN नहीं; या यदि आपूर्ति किसी ऑपरेटर के माध्यम से नहीं की गई थी, तो EcmGstin न भेजें।</translation>
    </message>
    <message>
        <source>TranDtls.IgstOnIntra is Y, so the whole tax is IGST: charge it as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and SgstAmt to 0, or set IgstOnIntra to N if CGST and SGST apply.</source>
        <translation>TranDtls.IgstOnIntra Y है, इसलिए पूरा कर IGST है: इसे IgstAmt (AssAmt × GstRt / 100) के रूप में लगाएँ और CgstAmt तथा SgstAmt को 0 रखें, या यदि CGST और SGST लगते हैं तो IgstOnIntra को N रखें।</translation>
    </message>
    <message>
        <source>The invoice discount ValDtls.Discount %1 is not less than the invoice value TotInvVal %2</source>
        <translation>इनवॉइस छूट ValDtls.Discount %1 इनवॉइस मूल्य TotInvVal %2 से कम नहीं है</translation>
    </message>
    <message>
        <source>Document %1 %2 of %3 appears again: invoice [%4] of this batch has the same number in financial year %5 (the IRP compares numbers ignoring case)</source>
        <translation>%3 का दस्तावेज़ %1 %2 दोबारा आया है: इस बैच के इनवॉइस [%4] की भी वित्त वर्ष %5 में यही संख्या है (IRP संख्याओं की तुलना करते समय बड़े-छोटे अक्षरों का अंतर नहीं देखता)</translation>
    </message>
    <message>
        <source>The IRP will not register it any more. Do not change the document date: ask your tax adviser how to report this supply, and report documents sooner.</source>
        <translation>IRP अब इसे पंजीकृत नहीं करेगा। दस्तावेज़ की तारीख न बदलें: इस आपूर्ति को कैसे रिपोर्ट करें, यह अपने कर सलाहकार से पूछें, और आगे से दस्तावेज़ जल्दी रिपोर्ट करें।</translation>
    </message>
</context>
<context>
    <name>irndesk::sandbox::Sandbox</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1: not JSON (at byte %2: %3)</source>
        <translation>%1: JSON नहीं है (बाइट %2 पर: %3)</translation>
    </message>
    <message>
        <source>%1: user %2 needs clientId, clientSecret, userName, password and gstin</source>
        <translation>%1: उपयोगकर्ता %2 के लिए clientId, clientSecret, userName, password और gstin आवश्यक हैं</translation>
    </message>
    <message>
        <source>%1: no user (an array of objects, or {&quot;users&quot;: [...]})</source>
        <translation>%1: कोई उपयोगकर्ता नहीं (ऑब्जेक्ट का ऐरे, या {&quot;users&quot;: [...]})</translation>
    </message>
    <message>
        <source>The request body is not JSON</source>
        <translation>अनुरोध की बॉडी JSON नहीं है</translation>
    </message>
    <message>
        <source>Data cannot be null or empty</source>
        <translation>Data null या खाली नहीं हो सकता</translation>
    </message>
    <message>
        <source>Decryption failed: the Data is not encrypted with the session key</source>
        <translation>डिक्रिप्शन विफल रहा: Data सत्र कुंजी से एन्क्रिप्ट नहीं किया गया है</translation>
    </message>
    <message>
        <source>The decrypted data is not JSON: %1</source>
        <translation>डिक्रिप्ट किया गया डेटा JSON नहीं है: %1</translation>
    </message>
    <message>
        <source>Client Id is required</source>
        <translation>क्लाइंट ID आवश्यक है</translation>
    </message>
    <message>
        <source>Client Secret is required</source>
        <translation>क्लाइंट सीक्रेट आवश्यक है</translation>
    </message>
    <message>
        <source>Header GSTIN is required</source>
        <translation>हेडर में GSTIN आवश्यक है</translation>
    </message>
    <message>
        <source>Invalid Client-ID/Client-Secret</source>
        <translation>अमान्य Client-ID/Client-Secret</translation>
    </message>
    <message>
        <source>Decryption failed: encrypt the payload with the sandbox&apos;s auth_public.pem</source>
        <translation>डिक्रिप्शन विफल रहा: पेलोड को सैंडबॉक्स की auth_public.pem से एन्क्रिप्ट करें</translation>
    </message>
    <message>
        <source>Invalid auth payload: base64 of a JSON object with UserName and Password</source>
        <translation>अमान्य auth पेलोड: UserName और Password वाले JSON ऑब्जेक्ट का base64 अपेक्षित है</translation>
    </message>
    <message>
        <source>Invalid AppKey: the base64 of 32 random bytes is expected</source>
        <translation>अमान्य AppKey: 32 रैंडम बाइट का base64 अपेक्षित है</translation>
    </message>
    <message>
        <source>Invalid UserName</source>
        <translation>अमान्य UserName</translation>
    </message>
    <message>
        <source>Incorrect Password</source>
        <translation>गलत पासवर्ड</translation>
    </message>
    <message>
        <source>Invalid Gstin for this user</source>
        <translation>इस उपयोगकर्ता के लिए अमान्य GSTIN</translation>
    </message>
    <message>
        <source>User name is required</source>
        <translation>उपयोगकर्ता नाम आवश्यक है</translation>
    </message>
    <message>
        <source>Invalid Token</source>
        <translation>अमान्य टोकन</translation>
    </message>
    <message>
        <source>Invalid GSTIN for this token</source>
        <translation>इस टोकन के लिए अमान्य GSTIN</translation>
    </message>
    <message>
        <source>Request payload is not as per the schema: one invoice object is expected</source>
        <translation>अनुरोध पेलोड स्कीमा के अनुसार नहीं है: एक इनवॉइस ऑब्जेक्ट अपेक्षित है</translation>
    </message>
    <message>
        <source>Request payload is not as per the schema</source>
        <translation>अनुरोध पेलोड स्कीमा के अनुसार नहीं है</translation>
    </message>
    <message>
        <source>The supplier GSTIN %1 is not the GSTIN of this session (%2)</source>
        <translation>आपूर्तिकर्ता GSTIN %1 इस सत्र का GSTIN (%2) नहीं है</translation>
    </message>
    <message>
        <source>Request payload is not as per the schema: GSTIN, type, number or date</source>
        <translation>अनुरोध पेलोड स्कीमा के अनुसार नहीं है: GSTIN, प्रकार, संख्या या तारीख</translation>
    </message>
    <message>
        <source>Invalid IRN: 64 hexadecimal digits are expected</source>
        <translation>अमान्य IRN: 64 हेक्साडेसिमल अंक अपेक्षित हैं</translation>
    </message>
    <message>
        <source>Requested IRN data is not available</source>
        <translation>अनुरोधित IRN डेटा उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>This IRN was not generated by this GSTIN</source>
        <translation>यह IRN इस GSTIN द्वारा जनरेट नहीं किया गया था</translation>
    </message>
    <message>
        <source>IRN details cannot be provided as it is generated more than 2 days prior</source>
        <translation>IRN विवरण नहीं दिया जा सकता क्योंकि यह 2 दिन से अधिक पहले जनरेट किया गया था</translation>
    </message>
    <message>
        <source>doctype, docnum and docdate are required</source>
        <translation>doctype, docnum और docdate आवश्यक हैं</translation>
    </message>
    <message>
        <source>docdate must be in dd/MM/yyyy format</source>
        <translation>docdate dd/MM/yyyy प्रारूप में होनी चाहिए</translation>
    </message>
    <message>
        <source>doctype must be INV, CRN or DBN</source>
        <translation>doctype INV, CRN या DBN होना चाहिए</translation>
    </message>
    <message>
        <source>Irn and CnlRsn are required</source>
        <translation>Irn और CnlRsn आवश्यक हैं</translation>
    </message>
    <message>
        <source>CnlRsn must be 1, 2, 3 or 4</source>
        <translation>CnlRsn 1, 2, 3 या 4 होना चाहिए</translation>
    </message>
    <message>
        <source>CnlRem must be a text of at most 100 characters</source>
        <translation>CnlRem अधिकतम 100 अक्षरों का टेक्स्ट होना चाहिए</translation>
    </message>
    <message>
        <source>Invoice is not active</source>
        <translation>इनवॉइस सक्रिय नहीं है</translation>
    </message>
    <message>
        <source>The allowed cancellation time limit is crossed, you cannot cancel the IRN</source>
        <translation>रद्द करने की अनुमत समय-सीमा पार हो चुकी है, आप IRN रद्द नहीं कर सकते</translation>
    </message>
    <message>
        <source>GSTIN is invalid</source>
        <translation>GSTIN अमान्य है</translation>
    </message>
    <message>
        <source>Requested data is not available</source>
        <translation>अनुरोधित डेटा उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>not a sandbox state (a JSON object)</source>
        <translation>सैंडबॉक्स स्थिति (JSON ऑब्जेक्ट) नहीं है</translation>
    </message>
    <message>
        <source>registration %1 has no valid IRN or AckDt</source>
        <translation>पंजीकरण %1 में कोई वैध IRN या AckDt नहीं है</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1: %2 (delete the file to make a new key)</source>
        <translation>%1: %2 (नई कुंजी बनाने के लिए फ़ाइल हटाएँ)</translation>
    </message>
    <message>
        <source>could not make the sandbox&apos;s certificate %1</source>
        <translation>सैंडबॉक्स का प्रमाणपत्र %1 नहीं बनाया जा सका</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: फ़ोल्डर नहीं बनाया जा सकता</translation>
    </message>
    <message>
        <source>the sandbox needs at least one API user</source>
        <translation>सैंडबॉक्स के लिए कम से कम एक API उपयोगकर्ता आवश्यक है</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>%1 के पोर्ट %2 पर लिसन नहीं किया जा सकता: %3</translation>
    </message>
</context>
<context>
    <name>irndesk::store</name>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>एक्सपोर्ट किया गया</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>पंजीकृत</translation>
    </message>
    <message>
        <source>Unknown (look up)</source>
        <translation>अज्ञात (पता करें)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not an IRN Desk store.</source>
        <translation>%1 एक SQLite डेटाबेस है, पर IRN Desk स्टोर नहीं है।</translation>
    </message>
    <message>
        <source>%1 was written by a newer IRN Desk (store version %2; this program knows versions up to %3). Update IRN Desk to open it; the file has not been changed.</source>
        <translation>%1 को IRN Desk के नए संस्करण ने लिखा है (स्टोर संस्करण %2; यह प्रोग्राम संस्करण %3 तक जानता है)। इसे खोलने के लिए IRN Desk अपडेट करें; फ़ाइल में कोई बदलाव नहीं किया गया है।</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2. Restore it from a backup (the store has not been changed).</source>
        <translation>%1 अखंडता जाँच में विफल रहा: %2। इसे बैकअप से पुनर्स्थापित करें (स्टोर में कोई बदलाव नहीं किया गया है)।</translation>
    </message>
    <message>
        <source>migration %1 is missing from the program</source>
        <translation>माइग्रेशन %1 प्रोग्राम में नहीं है</translation>
    </message>
    <message>
        <source>cannot update the store %1 to version %2 (nothing was changed): %3</source>
        <translation>स्टोर %1 को संस्करण %2 में अपडेट नहीं किया जा सका (कुछ भी नहीं बदला गया): %3</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 एक फ़ोल्डर है, स्टोर फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>%1 is not an IRN Desk store: it is not an SQLite database (or it cannot be read).</source>
        <translation>%1 IRN Desk स्टोर नहीं है: यह SQLite डेटाबेस नहीं है (या इसे पढ़ा नहीं जा सकता)।</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the store</source>
        <translation>स्टोर के लिए फ़ोल्डर %1 नहीं बनाया जा सका</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>स्टोर %1 खोला नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver did not give its connection handle</source>
        <translation>Qt SQLite ड्राइवर ने अपना कनेक्शन हैंडल नहीं दिया</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not a readable SQLite database.</source>
        <translation>%1 क्षतिग्रस्त है: यह पढ़ने योग्य SQLite डेटाबेस नहीं है।</translation>
    </message>
    <message>
        <source>cannot set up the store %1</source>
        <translation>स्टोर %1 सेट अप नहीं किया जा सका</translation>
    </message>
    <message>
        <source>cannot switch the store %1 to write-ahead logging</source>
        <translation>स्टोर %1 को राइट-अहेड लॉगिंग पर नहीं बदला जा सका</translation>
    </message>
    <message>
        <source>cannot copy the store before updating it (nothing was changed): %1</source>
        <translation>अपडेट करने से पहले स्टोर की प्रति नहीं बनाई जा सकी (कुछ भी नहीं बदला गया): %1</translation>
    </message>
    <message>
        <source>a workspace needs the seller&apos;s GSTIN</source>
        <translation>वर्कस्पेस के लिए विक्रेता का GSTIN आवश्यक है</translation>
    </message>
    <message>
        <source>the workspace of %1 needs the seller&apos;s legal name</source>
        <translation>%1 के वर्कस्पेस के लिए विक्रेता का वैधानिक नाम आवश्यक है</translation>
    </message>
    <message>
        <source>there is already a workspace for %1</source>
        <translation>%1 के लिए पहले से एक वर्कस्पेस है</translation>
    </message>
    <message>
        <source>cannot change the workspace of %1</source>
        <translation>%1 का वर्कस्पेस बदला नहीं जा सका</translation>
    </message>
    <message>
        <source>there is no workspace #%1</source>
        <translation>कोई वर्कस्पेस #%1 नहीं है</translation>
    </message>
    <message>
        <source>a party needs a legal name</source>
        <translation>पक्षकार का वैधानिक नाम आवश्यक है</translation>
    </message>
    <message>
        <source>cannot save the party %1</source>
        <translation>पक्षकार %1 सहेजा नहीं जा सका</translation>
    </message>
    <message>
        <source>there is no party #%1</source>
        <translation>कोई पक्षकार #%1 नहीं है</translation>
    </message>
    <message>
        <source>cannot delete the party #%1</source>
        <translation>पक्षकार #%1 हटाया नहीं जा सका</translation>
    </message>
    <message>
        <source>a product needs a description and an HSN code</source>
        <translation>उत्पाद के लिए विवरण और HSN कोड आवश्यक हैं</translation>
    </message>
    <message>
        <source>cannot save the product %1</source>
        <translation>उत्पाद %1 सहेजा नहीं जा सका</translation>
    </message>
    <message>
        <source>there is no product #%1</source>
        <translation>कोई उत्पाद #%1 नहीं है</translation>
    </message>
    <message>
        <source>cannot delete the product #%1</source>
        <translation>उत्पाद #%1 हटाया नहीं जा सका</translation>
    </message>
    <message>
        <source>the number pattern &apos;%1&apos; has no {n} for the counter</source>
        <translation>संख्या पैटर्न &apos;%1&apos; में काउंटर के लिए {n} नहीं है</translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; gives %2, longer than the 16 characters a document number may have</source>
        <translation>पैटर्न &apos;%1&apos; से %2 बनता है, जो दस्तावेज़ संख्या के अधिकतम 16 अक्षरों से लंबा है</translation>
    </message>
    <message>
        <source>cannot save the number series %1 %2</source>
        <translation>संख्या शृंखला %1 %2 सहेजी नहीं जा सकी</translation>
    </message>
    <message>
        <source>the next number %1 is longer than the 16 characters a document number may have</source>
        <translation>अगली संख्या %1 दस्तावेज़ संख्या के अधिकतम 16 अक्षरों से लंबी है</translation>
    </message>
    <message>
        <source>cannot record the number %1</source>
        <translation>संख्या %1 दर्ज नहीं की जा सकी</translation>
    </message>
    <message>
        <source>the backup cannot replace the store itself (%1)</source>
        <translation>बैकअप स्वयं स्टोर की जगह नहीं ले सकता (%1)</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>%1 का फ़ोल्डर नहीं बनाया जा सका</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>बैकअप %1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation>बैकअप %1 लिखा नहीं जा सका</translation>
    </message>
    <message>
        <source>%1 is not an IRN Desk backup: it is not an SQLite database.</source>
        <translation>%1 IRN Desk बैकअप नहीं है: यह SQLite डेटाबेस नहीं है।</translation>
    </message>
    <message>
        <source>cannot open the backup %1</source>
        <translation>बैकअप %1 खोला नहीं जा सका</translation>
    </message>
    <message>
        <source>%1 is an empty database, not an IRN Desk backup.</source>
        <translation>%1 एक खाली डेटाबेस है, IRN Desk बैकअप नहीं।</translation>
    </message>
    <message>
        <source>cannot restore the store from %1 (error %2); the store was kept as it was, and a copy is in %3</source>
        <translation>%1 से स्टोर पुनर्स्थापित नहीं किया जा सका (त्रुटि %2); स्टोर जैसा था वैसा रखा गया है, और उसकी एक प्रति %3 में है</translation>
    </message>
    <message>
        <source>an invoice needs its document type (DocDtls.Typ) and number (DocDtls.No) to be stored</source>
        <translation>इनवॉइस को स्टोर करने के लिए उसका दस्तावेज़ प्रकार (DocDtls.Typ) और संख्या (DocDtls.No) आवश्यक हैं</translation>
    </message>
    <message>
        <source>cannot read invoice #%1</source>
        <translation>इनवॉइस #%1 पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>there is no invoice #%1 in the store</source>
        <translation>स्टोर में कोई इनवॉइस #%1 नहीं है</translation>
    </message>
    <message>
        <source>%1 %2 is %3: a registered or cancelled invoice cannot be changed</source>
        <translation>%1 %2 %3 है: पंजीकृत या रद्द इनवॉइस बदला नहीं जा सकता</translation>
    </message>
    <message>
        <source>%1 %2 is %3 and cannot become %4</source>
        <translation>%1 %2 %3 है और %4 नहीं हो सकता</translation>
    </message>
    <message>
        <source>cannot change the status of invoice #%1</source>
        <translation>इनवॉइस #%1 की स्थिति बदली नहीं जा सकी</translation>
    </message>
    <message>
        <source>cannot store the invoice %1</source>
        <translation>इनवॉइस %1 स्टोर नहीं किया जा सका</translation>
    </message>
    <message>
        <source>the number %1 is already used in this workspace (financial year %2)</source>
        <translation>संख्या %1 इस वर्कस्पेस (वित्त वर्ष %2) में पहले से उपयोग की गई है</translation>
    </message>
    <message>
        <source>cannot store the validation of invoice #%1</source>
        <translation>इनवॉइस #%1 की जाँच का परिणाम स्टोर नहीं किया जा सका</translation>
    </message>
    <message>
        <source>cannot mark the invoices exported</source>
        <translation>इनवॉइस को एक्सपोर्ट किया गया के रूप में चिह्नित नहीं किया जा सका</translation>
    </message>
    <message>
        <source>cannot write the audit log</source>
        <translation>ऑडिट लॉग लिखा नहीं जा सका</translation>
    </message>
    <message>
        <source>a registration needs the IRN and the acknowledgement number</source>
        <translation>पंजीकरण के लिए IRN और पावती संख्या आवश्यक हैं</translation>
    </message>
    <message>
        <source>cannot record the registration of invoice #%1</source>
        <translation>इनवॉइस #%1 का पंजीकरण दर्ज नहीं किया जा सका</translation>
    </message>
    <message>
        <source>cannot record the rejection of invoice #%1</source>
        <translation>इनवॉइस #%1 की अस्वीकृति दर्ज नहीं की जा सकी</translation>
    </message>
    <message>
        <source>the cancel reason must be 1, 2, 3 or 4, not %1</source>
        <translation>रद्द करने का कारण 1, 2, 3 या 4 होना चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>cannot record the cancellation of invoice #%1</source>
        <translation>इनवॉइस #%1 का रद्दीकरण दर्ज नहीं किया जा सका</translation>
    </message>
    <message>
        <source>cannot record the e-way bill of invoice #%1</source>
        <translation>इनवॉइस #%1 का ई-वे बिल दर्ज नहीं किया जा सका</translation>
    </message>
    <message>
        <source>%1 %2 is %3: an invoice that was sent to the IRP cannot be deleted</source>
        <translation>%1 %2 %3 है: जो इनवॉइस IRP को भेजा जा चुका है, उसे हटाया नहीं जा सकता</translation>
    </message>
    <message>
        <source>cannot delete invoice #%1</source>
        <translation>इनवॉइस #%1 हटाया नहीं जा सका</translation>
    </message>
    <message>
        <source>the stored content of invoice #%1 cannot be read back: %2</source>
        <translation>इनवॉइस #%1 की स्टोर की गई सामग्री वापस पढ़ी नहीं जा सकती: %2</translation>
    </message>
    <message>
        <source>The store %1 is busy: another IRN Desk program is writing to it. Try again when it has finished.</source>
        <translation>स्टोर %1 व्यस्त है: कोई अन्य IRN Desk प्रोग्राम इसमें लिख रहा है। उसके समाप्त होने पर दोबारा प्रयास करें।</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>ट्रांज़ैक्शन शुरू नहीं किया जा सका</translation>
    </message>
    <message>
        <source>cannot save the changes</source>
        <translation>बदलाव सहेजे नहीं जा सके</translation>
    </message>
    <message>
        <source>cannot read the store %1</source>
        <translation>स्टोर %1 पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>the number %1 is already used for this seller in financial year %2: a document number can be used once per seller, year and type</source>
        <translation>संख्या %1 इस विक्रेता के लिए वित्त वर्ष %2 में पहले से उपयोग में है: एक दस्तावेज़ संख्या प्रति विक्रेता, वर्ष और प्रकार केवल एक बार उपयोग की जा सकती है</translation>
    </message>
    <message>
        <source>cannot journal the request for invoice #%1</source>
        <translation>इनवॉइस #%1 का अनुरोध जर्नल में दर्ज नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>cannot close journal entry #%1</source>
        <translation>जर्नल प्रविष्टि #%1 बंद नहीं की जा सकती</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::AppContext</name>
    <message>
        <source>choose a workspace first</source>
        <translation>पहले वर्कस्पेस चुनें</translation>
    </message>
    <message>
        <source>there is no IRP profile &apos;%1&apos;</source>
        <translation>कोई IRP प्रोफ़ाइल &apos;%1&apos; नहीं है</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::BulkProgressDialog</name>
    <message>
        <source>Working…</source>
        <translation>कार्य जारी है…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रोका जा रहा है…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::DemoWorkspace</name>
    <message>
        <source>the sample invoices are missing from the program</source>
        <translation>नमूना इनवॉइस प्रोग्राम में नहीं हैं</translation>
    </message>
    <message>
        <source>the sample invoices of the program cannot be read</source>
        <translation>प्रोग्राम के नमूना इनवॉइस पढ़े नहीं जा सकते</translation>
    </message>
    <message>
        <source>the store has all the demo workspaces it can hold</source>
        <translation>स्टोर में जितने डेमो वर्कस्पेस रखे जा सकते हैं, वे सब पहले से मौजूद हैं</translation>
    </message>
    <message>
        <source>no temporary folder for the sample invoices</source>
        <translation>नमूना इनवॉइस के लिए कोई अस्थायी फ़ोल्डर नहीं है</translation>
    </message>
    <message>
        <source>cannot write the sample invoices to %1</source>
        <translation>नमूना इनवॉइस %1 में लिखे नहीं जा सके</translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>कोई स्टोर खुला नहीं है</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ErrorGuideDialog</name>
    <message>
        <source>IRP error codes</source>
        <translation>IRP त्रुटि कोड</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>खोजें(&amp;F):</translation>
    </message>
    <message>
        <source>Code or words, e.g. 2189 or PIN</source>
        <translation>कोड या शब्द, जैसे 2189 या PIN</translation>
    </message>
    <message>
        <source>Find an error code</source>
        <translation>कोई त्रुटि कोड खोजें</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation>%1 (अब उपयोग में नहीं)</translation>
    </message>
    <message>
        <source>Error codes</source>
        <translation>त्रुटि कोड</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>व्याख्या</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>“%1” से कोई कोड मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Try the number of the code only, or one word from the error message.</source>
        <translation>केवल कोड की संख्या, या त्रुटि संदेश का एक शब्द आज़माएँ।</translation>
    </message>
    <message>
        <source>Pick a code to see what it means.</source>
        <translation>कोई कोड चुनें, उसका अर्थ यहाँ दिखेगा।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No longer used: the IRP still lists this code but no longer applies its rule.</source>
        <translation>अब उपयोग में नहीं: IRP की सूची में यह कोड अभी भी है, पर इसका नियम अब लागू नहीं होता।</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>इसका अर्थ</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>इसे कैसे सुधारें</translation>
    </message>
    <message>
        <source>Does retrying help?</source>
        <translation>क्या दोबारा प्रयास करने से मदद मिलेगी?</translation>
    </message>
    <message>
        <source>Yes: sending the same request again, unchanged, can succeed.</source>
        <translation>हाँ: वही अनुरोध बिना बदले दोबारा भेजने पर सफल हो सकता है।</translation>
    </message>
    <message>
        <source>No: the same request fails again until the cause is fixed.</source>
        <translation>नहीं: कारण सुधारे बिना वही अनुरोध फिर विफल होगा।</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::FirstStartWizard</name>
    <message>
        <source>Welcome to IRN Desk</source>
        <translation>IRN Desk में आपका स्वागत है</translation>
    </message>
    <message>
        <source>IRN Desk checks your GST e-invoices as the IRP does, before you report them, and keeps them with their IRNs and QR codes.
This short setup asks for your GSTIN, your turnover band and, if you have it, your IRP access.</source>
        <translation>IRN Desk आपके GST ई-इनवॉइस को रिपोर्ट करने से पहले वैसे ही जाँचता है जैसे IRP जाँचता है, और उन्हें उनके IRN और QR कोड के साथ रखता है।
यह छोटा सेटअप आपका GSTIN, आपकी टर्नओवर श्रेणी और, यदि आपके पास हो, आपकी IRP एक्सेस पूछता है।</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>आपका व्यवसाय</translation>
    </message>
    <message>
        <source>The seller on your invoices. The GSTIN fills the state.</source>
        <translation>आपके इनवॉइस पर विक्रेता। राज्य GSTIN से अपने-आप भर जाता है।</translation>
    </message>
    <message>
        <source>&amp;GSTIN:</source>
        <translation>GSTIN(&amp;G):</translation>
    </message>
    <message>
        <source>GSTIN check</source>
        <translation>GSTIN जाँच</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>राज्य(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;AN:</source>
        <translation>PAN(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>कानूनी नाम(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Trade name:</source>
        <translation>व्यापार नाम(&amp;T):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>पता(&amp;D):</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>स्थान(&amp;C):</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>PIN(&amp;I):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>15 characters, as on your registration certificate</source>
        <translation>15 अक्षर, जैसे आपके पंजीकरण प्रमाणपत्र पर हैं</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be in a GSTIN: only letters and digits</source>
        <translation>&apos;%1&apos; GSTIN में नहीं हो सकता: केवल अक्षर और अंक</translation>
    </message>
    <message>
        <source>A GSTIN starts with the 2 digits of the state code</source>
        <translation>GSTIN राज्य कोड के 2 अंकों से शुरू होता है</translation>
    </message>
    <message>
        <source>%1 is not a state code</source>
        <translation>%1 राज्य कोड नहीं है</translation>
    </message>
    <message>
        <source>%1 of 15 characters</source>
        <translation>15 में से %1 अक्षर</translation>
    </message>
    <message>
        <source>Not a GSTIN: state code, PAN, entity number, Z and a check character</source>
        <translation>यह GSTIN नहीं है: इसमें राज्य कोड, PAN, इकाई संख्या, Z और एक जाँच अक्षर होते हैं</translation>
    </message>
    <message>
        <source>Wrong check character: the 15th should be %1, not %2 (a mistyped character?)</source>
        <translation>गलत जाँच अक्षर: 15वाँ अक्षर %2 नहीं, %1 होना चाहिए (कोई अक्षर गलत टाइप हुआ?)</translation>
    </message>
    <message>
        <source>Valid GSTIN</source>
        <translation>वैध GSTIN</translation>
    </message>
    <message>
        <source>%1 (allowed in sandbox mode)</source>
        <translation>%1 (सैंडबॉक्स मोड में अनुमति है)</translation>
    </message>
    <message>
        <source>the name of PAN %1, as registered</source>
        <translation>PAN %1 का नाम, जैसा पंजीकृत है</translation>
    </message>
    <message>
        <source>PIN: 6 digits, not starting with 0</source>
        <translation>PIN: 6 अंक, जो 0 से शुरू न हो</translation>
    </message>
    <message>
        <source>PIN %1 is not in %2</source>
        <translation>PIN %1 %2 में नहीं है</translation>
    </message>
    <message>
        <source>PIN %1 is in %2, not in %3</source>
        <translation>PIN %1 %3 में नहीं, %2 में है</translation>
    </message>
    <message>
        <source>an individual</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>a Hindu undivided family</source>
        <translation>हिंदू अविभाजित परिवार</translation>
    </message>
    <message>
        <source>a firm or LLP</source>
        <translation>फ़र्म या LLP</translation>
    </message>
    <message>
        <source>an association of persons</source>
        <translation>व्यक्तियों का संघ</translation>
    </message>
    <message>
        <source>a trust</source>
        <translation>ट्रस्ट</translation>
    </message>
    <message>
        <source>a government body or local authority</source>
        <translation>सरकारी निकाय या स्थानीय प्राधिकरण</translation>
    </message>
    <message>
        <source>another kind of holder</source>
        <translation>अन्य प्रकार का धारक</translation>
    </message>
    <message>
        <source>E-invoicing is not mandatory for you. IRN Desk still helps you make valid invoice JSON, for your buyers or for the day it applies.</source>
        <translation>आपके लिए ई-इनवॉइसिंग अनिवार्य नहीं है। फिर भी IRN Desk आपको वैध इनवॉइस JSON बनाने में मदद करता है, आपके खरीदारों के लिए या उस दिन के लिए जब यह लागू होगा।</translation>
    </message>
    <message>
        <source>E-invoicing applies: report every B2B invoice, credit and debit note to an IRP. The 30-day reporting limit does not apply to you.</source>
        <translation>ई-इनवॉइसिंग लागू है: हर B2B इनवॉइस, क्रेडिट नोट और डेबिट नोट IRP को रिपोर्ट करें। 30 दिन की रिपोर्टिंग सीमा आप पर लागू नहीं होती।</translation>
    </message>
    <message>
        <source>E-invoicing applies, and the IRP refuses a document more than 30 days after its date. IRN Desk warns you from the 25th day.</source>
        <translation>ई-इनवॉइसिंग लागू है, और IRP किसी दस्तावेज़ को उसकी तारीख के 30 दिन बाद अस्वीकार कर देता है। IRN Desk आपको 25वें दिन से चेतावनी देता है।</translation>
    </message>
    <message>
        <source>Choose the band of your aggregate turnover.</source>
        <translation>अपने कुल टर्नओवर की श्रेणी चुनें।</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>टर्नओवर</translation>
    </message>
    <message>
        <source>Aggregate annual turnover (AATO) of your PAN, in the highest financial year since 2017-18.</source>
        <translation>आपके PAN का कुल वार्षिक टर्नओवर (AATO), 2017-18 से अब तक के सबसे अधिक टर्नओवर वाले वित्त वर्ष में।</translation>
    </message>
    <message>
        <source>Up to ₹&amp;5 crore</source>
        <translation>₹5 करोड़ तक(&amp;5)</translation>
    </message>
    <message>
        <source>Above ₹5 crore, below ₹&amp;10 crore</source>
        <translation>₹5 करोड़ से अधिक, ₹10 करोड़ से कम(&amp;1)</translation>
    </message>
    <message>
        <source>₹10 crore or &amp;more</source>
        <translation>₹10 करोड़ या अधिक(&amp;M)</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>इसका अर्थ</translation>
    </message>
    <message>
        <source>IRP access (optional)</source>
        <translation>IRP एक्सेस (वैकल्पिक)</translation>
    </message>
    <message>
        <source>To report invoices from IRN Desk you need API access to an IRP (client id, secret, user and password). Without it you can still check invoices and export JSON for the portal.</source>
        <translation>IRN Desk से इनवॉइस रिपोर्ट करने के लिए आपको किसी IRP की API एक्सेस चाहिए (क्लाइंट आईडी, क्लाइंट सीक्रेट, उपयोगकर्ता और पासवर्ड)। इसके बिना भी आप इनवॉइस जाँच सकते हैं और पोर्टल के लिए JSON एक्सपोर्ट कर सकते हैं।</translation>
    </message>
    <message>
        <source>&amp;Add an IRP profile…</source>
        <translation>IRP प्रोफ़ाइल जोड़ें(&amp;A)…</translation>
    </message>
    <message>
        <source>IRP profiles</source>
        <translation>IRP प्रोफ़ाइलें</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>जोड़ी गई: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Add a &amp;demo workspace with sample invoices</source>
        <translation>नमूना इनवॉइस के साथ डेमो वर्कस्पेस जोड़ें(&amp;D)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>GSTIN: %1
Seller: %2
State: %3
Turnover: %4
IRP profile: %5</source>
        <translation>GSTIN: %1
विक्रेता: %2
राज्य: %3
टर्नओवर: %4
IRP प्रोफ़ाइल: %5</translation>
    </message>
    <message>
        <source>later</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>कोई स्टोर खुला नहीं है।</translation>
    </message>
    <message>
        <source>The demo workspace could not be added: %1</source>
        <translation>डेमो वर्कस्पेस नहीं जोड़ा जा सका: %1</translation>
    </message>
    <message>
        <source>IRN Desk — guided setup</source>
        <translation>IRN Desk — निर्देशित सेटअप</translation>
    </message>
    <message>
        <source>Five short steps; you can change everything later.</source>
        <translation>पाँच छोटे चरण; आप बाद में सब कुछ बदल सकते हैं।</translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation>%1: आवश्यक</translation>
    </message>
    <message>
        <source>Optional: press Next to set it up later in Settings.</source>
        <translation>वैकल्पिक: इसे बाद में सेटिंग्स में सेट करने के लिए &quot;अगला&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>Check what you entered, then press Finish.</source>
        <translation>आपने जो दर्ज किया है उसे जाँचें, फिर &quot;समाप्त करें&quot; दबाएँ।</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ImportReportDialog</name>
    <message>
        <source>Imported</source>
        <translation>इम्पोर्ट किया गया</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अपडेट किया गया</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>डुप्लिकेट</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>टकराव</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>अस्वीकार किया गया</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>इम्पोर्ट रिपोर्ट</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>CSV के रूप में सहेजें(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>रिपोर्ट को CSV के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>इम्पोर्ट रिपोर्ट सहेजें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoiceEditor</name>
    <message>
        <source>Edit</source>
        <translation>संपादित करें</translation>
    </message>
    <message>
        <source>The invoice could not be opened: %1</source>
        <translation>इनवॉइस खोला नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>जाँचें</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>नई पंक्ति</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>पंक्ति हटाएँ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>फिर से करें</translation>
    </message>
    <message>
        <source>Unsaved changes of %1 from %2 were kept when the program stopped.</source>
        <translation>%1 के बिना सहेजे गए परिवर्तन (%2 से) प्रोग्राम रुकने पर सुरक्षित रख लिए गए थे।</translation>
    </message>
    <message>
        <source>a new invoice</source>
        <translation>एक नया इनवॉइस</translation>
    </message>
    <message>
        <source>free</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <source>this invoice</source>
        <translation>यह इनवॉइस</translation>
    </message>
    <message>
        <source>already used</source>
        <translation>पहले से उपयोग में</translation>
    </message>
    <message>
        <source>already sent</source>
        <translation>पहले ही भेजा जा चुका</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>पहले से पंजीकृत</translation>
    </message>
    <message>
        <source>cancelled: never again</source>
        <translation>रद्द: दोबारा कभी नहीं</translation>
    </message>
    <message>
        <source>registered elsewhere</source>
        <translation>कहीं और पंजीकृत</translation>
    </message>
    <message>
        <source>new</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is not edited here</source>
        <translation>%1 यहाँ संपादित नहीं किया जाता</translation>
    </message>
    <message numerus="yes">
        <source>%n fixes applied</source>
        <translation>
            <numerusform>%n सुधार लागू किए गए</numerusform>
            <numerusform>%n सुधार लागू किए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>Buyer filled from the parties</source>
        <translation>खरीदार पक्षकारों से भरा गया</translation>
    </message>
    <message>
        <source>A party needs at least a legal name</source>
        <translation>पक्षकार के लिए कम से कम विधिक नाम आवश्यक है</translation>
    </message>
    <message>
        <source>Save to parties</source>
        <translation>पक्षकारों में सहेजें</translation>
    </message>
    <message>
        <source>%1 saved to the parties</source>
        <translation>%1 पक्षकारों में सहेजा गया</translation>
    </message>
    <message>
        <source>Choose a registered invoice…</source>
        <translation>पंजीकृत इनवॉइस चुनें…</translation>
    </message>
    <message>
        <source>No store or workspace is open</source>
        <translation>कोई स्टोर या वर्कस्पेस खुला नहीं है</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>The invoice was not saved: %1</source>
        <translation>इनवॉइस सहेजा नहीं गया: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved as a draft: %n errors</source>
        <translation>
            <numerusform>ड्राफ़्ट के रूप में सहेजा गया: %n त्रुटियाँ</numerusform>
            <numerusform>ड्राफ़्ट के रूप में सहेजा गया: %n त्रुटियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: ready</source>
        <translation>सहेजा गया: तैयार</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे परिवर्तन</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 में ऐसे परिवर्तन हैं जो सहेजे नहीं गए हैं।</translation>
    </message>
    <message>
        <source>The invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Save them? A draft with errors can be saved too.</source>
        <translation>उन्हें सहेजें? त्रुटियों वाला ड्राफ़्ट भी सहेजा जा सकता है।</translation>
    </message>
    <message>
        <source>Invoice form</source>
        <translation>इनवॉइस फ़ॉर्म</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>जाँचें(&amp;V)</translation>
    </message>
    <message>
        <source>Validate now (Ctrl+Enter, F5)</source>
        <translation>अभी जाँचें (Ctrl+Enter, F5)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>पुनर्प्राप्त करें</translation>
    </message>
    <message>
        <source>Recover the unsaved changes</source>
        <translation>बिना सहेजे परिवर्तन पुनर्प्राप्त करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>बिना सहेजे परिवर्तन छोड़ें</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>प्रकार(&amp;T)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Number status</source>
        <translation>संख्या की स्थिति</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>संख्या(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>तारीख(&amp;D)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Su&amp;pply type</source>
        <translation>आपूर्ति का प्रकार(&amp;P)</translation>
    </message>
    <message>
        <source>Business to business</source>
        <translation>व्यवसाय से व्यवसाय</translation>
    </message>
    <message>
        <source>SEZ with payment of tax</source>
        <translation>कर के भुगतान सहित SEZ</translation>
    </message>
    <message>
        <source>SEZ without payment of tax</source>
        <translation>कर के भुगतान के बिना SEZ</translation>
    </message>
    <message>
        <source>Export with payment of tax</source>
        <translation>कर के भुगतान सहित निर्यात</translation>
    </message>
    <message>
        <source>Export without payment of tax</source>
        <translation>कर के भुगतान के बिना निर्यात</translation>
    </message>
    <message>
        <source>Deemed export</source>
        <translation>मानित निर्यात</translation>
    </message>
    <message>
        <source>&amp;Reverse charge</source>
        <translation>रिवर्स चार्ज(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;IGST on intra-state supply</source>
        <translation>राज्य के भीतर आपूर्ति पर IGST(&amp;I)</translation>
    </message>
    <message>
        <source>E-commerce GSTIN</source>
        <translation>ई-कॉमर्स GSTIN</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>विक्रेता</translation>
    </message>
    <message>
        <source>The seller is the workspace&apos;s profile</source>
        <translation>विक्रेता वर्कस्पेस की प्रोफ़ाइल है</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>खरीदार</translation>
    </message>
    <message>
        <source>&amp;GSTIN</source>
        <translation>GSTIN(&amp;G)</translation>
    </message>
    <message>
        <source>15 characters, or URP</source>
        <translation>15 अक्षर, या URP</translation>
    </message>
    <message>
        <source>Legal na&amp;me</source>
        <translation>विधिक नाम(&amp;M)</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>व्यापारिक नाम</translation>
    </message>
    <message>
        <source>Address &amp;1</source>
        <translation>पता 1(&amp;1)</translation>
    </message>
    <message>
        <source>Address &amp;2</source>
        <translation>पता 2(&amp;2)</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>स्थान(&amp;O)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>State &amp;code</source>
        <translation>राज्य कोड(&amp;C)</translation>
    </message>
    <message>
        <source>Place of suppl&amp;y</source>
        <translation>आपूर्ति का स्थान(&amp;Y)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Save &amp;buyer to parties</source>
        <translation>खरीदार को पक्षकारों में सहेजें(&amp;B)</translation>
    </message>
    <message>
        <source>Dispatch from</source>
        <translation>प्रेषण स्थान</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>पता 1</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>पता 2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>राज्य कोड</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>शिप-टू</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>विधिक नाम</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Payee name</source>
        <translation>भुगतान प्राप्तकर्ता का नाम</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>शर्तें</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <source>Credit transfer</source>
        <translation>क्रेडिट ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>डायरेक्ट डेबिट</translation>
    </message>
    <message>
        <source>Credit days</source>
        <translation>क्रेडिट दिन</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान की गई राशि</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>देय राशि</translation>
    </message>
    <message>
        <source>References</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Registered invoice</source>
        <translation>पंजीकृत इनवॉइस</translation>
    </message>
    <message>
        <source>Pic&amp;k registered invoice</source>
        <translation>पंजीकृत इनवॉइस चुनें(&amp;K)</translation>
    </message>
    <message>
        <source>Preceding number</source>
        <translation>पूर्ववर्ती संख्या</translation>
    </message>
    <message>
        <source>Preceding date</source>
        <translation>पूर्ववर्ती तारीख</translation>
    </message>
    <message>
        <source>Other reference</source>
        <translation>अन्य संदर्भ</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>अवधि से</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>अवधि तक</translation>
    </message>
    <message>
        <source>Receipt advice</source>
        <translation>प्राप्ति सूचना</translation>
    </message>
    <message>
        <source>Receipt advice date</source>
        <translation>प्राप्ति सूचना की तारीख</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>निविदा</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>अनुबंध</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>बाहरी संदर्भ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>परियोजना</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>क्रय आदेश</translation>
    </message>
    <message>
        <source>Purchase order date</source>
        <translation>क्रय आदेश की तारीख</translation>
    </message>
    <message>
        <source>Document URL</source>
        <translation>दस्तावेज़ URL</translation>
    </message>
    <message>
        <source>Document note</source>
        <translation>दस्तावेज़ टिप्पणी</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>Shipping bill</source>
        <translation>शिपिंग बिल</translation>
    </message>
    <message>
        <source>Shipping bill date</source>
        <translation>शिपिंग बिल की तारीख</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>Refund claim (Y/N)</source>
        <translation>रिफ़ंड दावा (Y/N)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Export duty</source>
        <translation>निर्यात शुल्क</translation>
    </message>
    <message>
        <source>Total in foreign currency</source>
        <translation>विदेशी मुद्रा में कुल</translation>
    </message>
    <message>
        <source>E-way bill</source>
        <translation>ई-वे बिल</translation>
    </message>
    <message>
        <source>Transporter GSTIN</source>
        <translation>ट्रांसपोर्टर GSTIN</translation>
    </message>
    <message>
        <source>Transporter</source>
        <translation>ट्रांसपोर्टर</translation>
    </message>
    <message>
        <source>Mode (1-4)</source>
        <translation>माध्यम (1-4)</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>दूरी (किमी)</translation>
    </message>
    <message>
        <source>Transport document</source>
        <translation>परिवहन दस्तावेज़</translation>
    </message>
    <message>
        <source>Transport date</source>
        <translation>परिवहन की तारीख</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>वाहन</translation>
    </message>
    <message>
        <source>Vehicle type (R/O)</source>
        <translation>वाहन प्रकार (R/O)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>पंक्तियाँ(&amp;L)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>पंक्ति जोड़ें</translation>
    </message>
    <message>
        <source>Add a line (Ctrl+L)</source>
        <translation>पंक्ति जोड़ें (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete the current line (Ctrl+Delete)</source>
        <translation>वर्तमान पंक्ति हटाएँ (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Line details</source>
        <translation>पंक्ति का विवरण</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>बारकोड</translation>
    </message>
    <message>
        <source>Free quantity</source>
        <translation>मुफ़्त मात्रा</translation>
    </message>
    <message>
        <source>Pre-tax value</source>
        <translation>कर-पूर्व मूल्य</translation>
    </message>
    <message>
        <source>Cess (non ad valorem)</source>
        <translation>सेस (गैर-यथामूल्य)</translation>
    </message>
    <message>
        <source>State cess %</source>
        <translation>राज्य सेस %</translation>
    </message>
    <message>
        <source>State cess (non ad valorem)</source>
        <translation>राज्य सेस (गैर-यथामूल्य)</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>अन्य शुल्क</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>ऑर्डर पंक्ति</translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation>मूल देश</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>सीरियल नंबर</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>बैच</translation>
    </message>
    <message>
        <source>Batch expiry</source>
        <translation>बैच समाप्ति तारीख</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>वारंटी</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s GSTIN first</source>
        <translation>पहले खरीदार का GSTIN लिखें</translation>
    </message>
    <message>
        <source>Asking the IRP about %1…</source>
        <translation>IRP से %1 के बारे में पूछा जा रहा है…</translation>
    </message>
    <message>
        <source>The IRP gave no details for %1: %2</source>
        <translation>IRP ने %1 का कोई विवरण नहीं दिया: %2</translation>
    </message>
    <message>
        <source>Buyer filled from the IRP&apos;s details of %1</source>
        <translation>खरीदार का विवरण IRP से %1 के विवरण से भरा गया</translation>
    </message>
    <message>
        <source>Buyer filled from the IRP; its GSTIN %1 has status %2, not active</source>
        <translation>खरीदार का विवरण IRP से भरा गया; उसके GSTIN %1 की स्थिति %2 है, सक्रिय नहीं</translation>
    </message>
    <message>
        <source>Fetch details from the IRP</source>
        <translation>IRP से विवरण लाएँ</translation>
    </message>
    <message>
        <source>Fetch the buyer&apos;s details from the IRP by GSTIN</source>
        <translation>GSTIN से खरीदार का विवरण IRP से लाएँ</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoiceIdLoader</name>
    <message>
        <source>cannot read the list of invoices</source>
        <translation>इनवॉइस की सूची पढ़ी नहीं जा सकी</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoiceListModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(हटाया गया)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 त्रुटियाँ, %2 चेतावनियाँ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>सं.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Buyer GSTIN</source>
        <translation>खरीदार GSTIN</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>खरीदार</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Errors/Warnings</source>
        <translation>त्रुटियाँ/चेतावनियाँ</translation>
    </message>
    <message>
        <source>IRN</source>
        <translation>IRN</translation>
    </message>
    <message>
        <source>Ack date</source>
        <translation>Ack तारीख</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoiceView</name>
    <message>
        <source>Registration</source>
        <translation>पंजीकरण</translation>
    </message>
    <message>
        <source>IRN</source>
        <translation>IRN</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>पावती</translation>
    </message>
    <message>
        <source>Cancel window</source>
        <translation>रद्द करने की समय-सीमा</translation>
    </message>
    <message>
        <source>IRN:</source>
        <translation>IRN:</translation>
    </message>
    <message>
        <source>Ack No and date:</source>
        <translation>Ack No और तारीख:</translation>
    </message>
    <message>
        <source>Cancel I&amp;RN…</source>
        <translation>IRN रद्द करें(&amp;R)…</translation>
    </message>
    <message>
        <source>Cancel this e-invoice at the IRP (only within 24 hours of its acknowledgement)</source>
        <translation>इस ई-इनवॉइस को IRP पर रद्द करें (केवल इसकी पावती के 24 घंटे के भीतर)</translation>
    </message>
    <message>
        <source>Cancel:</source>
        <translation>रद्दीकरण:</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>हस्ताक्षर जाँच</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>हस्ताक्षर:</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>सैंडबॉक्स चेतावनी</translation>
    </message>
    <message>
        <source>QR claims that differ from the invoice</source>
        <translation>QR के वे दावे जो इनवॉइस से भिन्न हैं</translation>
    </message>
    <message>
        <source>&amp;Trust a key…</source>
        <translation>कुंजी पर भरोसा करें(&amp;T)…</translation>
    </message>
    <message>
        <source>Add a public key or certificate of an IRP (PEM) to the keys signatures are checked against</source>
        <translation>IRP की सार्वजनिक कुंजी या प्रमाणपत्र (PEM) उन कुंजियों में जोड़ें जिनसे हस्ताक्षरों की जाँच होती है</translation>
    </message>
    <message>
        <source>Signed QR code</source>
        <translation>हस्ताक्षरित QR कोड</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्र.सं.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>HSN</source>
        <translation>HSN</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>कर-योग्य</translation>
    </message>
    <message>
        <source>GST %</source>
        <translation>GST %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>प्रिंट पूर्वावलोकन(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF के रूप में सहेजें(&amp;D)…</translation>
    </message>
    <message>
        <source>The invoice could not be read: %1</source>
        <translation>इनवॉइस पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1, तारीख %2 — %3</translation>
    </message>
    <message>
        <source>Seller: %1 %2
Buyer: %3 %4
Total: %5 (%6 lines)</source>
        <translation>विक्रेता: %1 %2
खरीदार: %3 %4
कुल: %5 (%6 पंक्तियाँ)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>अभी तक नहीं</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1, तारीख %2</translation>
    </message>
    <message>
        <source>No signed QR code stored</source>
        <translation>स्टोर में कोई हस्ताक्षरित QR कोड नहीं है</translation>
    </message>
    <message>
        <source>The QR code is too long to draw</source>
        <translation>QR कोड इतना लंबा है कि बनाया नहीं जा सकता</translation>
    </message>
    <message>
        <source> (kid %1)</source>
        <translation> (kid %1)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR कोड</translation>
    </message>
    <message>
        <source>Signed invoice</source>
        <translation>हस्ताक्षरित इनवॉइस</translation>
    </message>
    <message>
        <source>Nothing signed is stored for this invoice.</source>
        <translation>इस इनवॉइस के लिए स्टोर में कुछ भी हस्ताक्षरित नहीं है।</translation>
    </message>
    <message>
        <source>Signed by NIC&apos;s sandbox: a test document (sandbox mode is on).</source>
        <translation>NIC के सैंडबॉक्स द्वारा हस्ताक्षरित: एक परीक्षण दस्तावेज़ (सैंडबॉक्स मोड चालू है)।</translation>
    </message>
    <message>
        <source>Warning: signed by NIC&apos;s sandbox, not by the IRP. This is not a valid e-invoice.</source>
        <translation>चेतावनी: NIC के सैंडबॉक्स द्वारा हस्ताक्षरित, IRP द्वारा नहीं। यह वैध ई-इनवॉइस नहीं है।</translation>
    </message>
    <message>
        <source>%1 differs: QR code &apos;%2&apos;, invoice &apos;%3&apos;</source>
        <translation>%1 भिन्न है: QR कोड &apos;%2&apos;, इनवॉइस &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Cancelled on %1</source>
        <translation>%1 को रद्द किया गया</translation>
    </message>
    <message>
        <source>Not registered (%1)</source>
        <translation>पंजीकृत नहीं (%1)</translation>
    </message>
    <message>
        <source>Unknown: the acknowledgement date cannot be read</source>
        <translation>अज्ञात: पावती की तारीख पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
        <source>The 24-hour window closed on %1 IST: only a credit note can undo it now</source>
        <translation>24 घंटे की समय-सीमा %1 IST को समाप्त हो गई: अब इसे केवल क्रेडिट नोट से ही पलटा जा सकता है</translation>
    </message>
    <message>
        <source>Can be cancelled until %1 IST (%2 h %3 min left)</source>
        <translation>%1 IST तक रद्द किया जा सकता है (%2 घंटे %3 मिनट शेष)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>प्रिंट पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट</translation>
    </message>
    <message>
        <source>Save the e-invoice as PDF</source>
        <translation>ई-इनवॉइस को PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 रद्द करें</translation>
    </message>
    <message>
        <source>1 — Duplicate</source>
        <translation>1 — डुप्लिकेट</translation>
    </message>
    <message>
        <source>2 — Data entry mistake</source>
        <translation>2 — डेटा प्रविष्टि में गलती</translation>
    </message>
    <message>
        <source>3 — Order cancelled</source>
        <translation>3 — ऑर्डर रद्द</translation>
    </message>
    <message>
        <source>4 — Other</source>
        <translation>4 — अन्य</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण(&amp;R):</translation>
    </message>
    <message>
        <source>Re&amp;mark:</source>
        <translation>टिप्पणी(&amp;M):</translation>
    </message>
    <message>
        <source>Cancel the IRN</source>
        <translation>IRN रद्द करें</translation>
    </message>
    <message>
        <source>Cancel IRN</source>
        <translation>IRN रद्द करें</translation>
    </message>
    <message>
        <source>Say why in the remark (1 to 100 characters).</source>
        <translation>टिप्पणी में कारण बताएँ (1 से 100 अक्षर)।</translation>
    </message>
    <message>
        <source>Cancelling at the IRP…</source>
        <translation>IRP पर रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>Trust a public key or certificate</source>
        <translation>सार्वजनिक कुंजी या प्रमाणपत्र पर भरोसा करें</translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>कुंजियाँ और प्रमाणपत्र (*.pem *.crt *.cer *.der);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Trust a key</source>
        <translation>कुंजी पर भरोसा करें</translation>
    </message>
    <message>
        <source>Signed by a sandbox IRP (%1): a test document (sandbox mode is on).</source>
        <translation>एक सैंडबॉक्स IRP (%1) द्वारा हस्ताक्षरित: परीक्षण दस्तावेज़ (सैंडबॉक्स मोड चालू है)।</translation>
    </message>
    <message>
        <source>Warning: signed by a sandbox IRP (%1), not by the IRP. This is not a valid e-invoice.</source>
        <translation>चेतावनी: IRP द्वारा नहीं, एक सैंडबॉक्स IRP (%1) द्वारा हस्ताक्षरित। यह वैध ई-इनवॉइस नहीं है।</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>नया इनवॉइस</translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation>नया इनवॉइस(&amp;N)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Debit note</source>
        <translation>डेबिट नोट</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>जाँचें(&amp;V)</translation>
    </message>
    <message>
        <source>Validate the selected invoices, or all shown</source>
        <translation>चुने गए इनवॉइस की, या दिखाए गए सभी इनवॉइस की जाँच करें</translation>
    </message>
    <message>
        <source>&amp;Export bulk JSON…</source>
        <translation>बल्क JSON एक्सपोर्ट करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Export bulk JSON</source>
        <translation>बल्क JSON एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>फ़ाइलें इम्पोर्ट करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>फ़ाइलें इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>सबमिट करें(&amp;U)…</translation>
    </message>
    <message>
        <source>Submit the selected invoices to the IRP, or all ready ones</source>
        <translation>चुने गए इनवॉइस, या सभी तैयार इनवॉइस IRP को सबमिट करें</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>हटाएँ(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected invoices</source>
        <translation>चुने गए इनवॉइस हटाएँ</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>खोज जारी है…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>स्थिति फ़िल्टर</translation>
    </message>
    <message>
        <source>&amp;Status: all</source>
        <translation>स्थिति: सभी(&amp;S)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>आरंभ तारीख</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>अंतिम तारीख</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>से(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>तक(&amp;T):</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>दस्तावेज़ का प्रकार</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Debit notes</source>
        <translation>डेबिट नोट</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>प्रकार(&amp;Y):</translation>
    </message>
    <message>
        <source>Buyer GSTIN or name</source>
        <translation>खरीदार का GSTIN या नाम</translation>
    </message>
    <message>
        <source>GSTIN or name</source>
        <translation>GSTIN या नाम</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>खरीदार(&amp;B):</translation>
    </message>
    <message>
        <source>Search number, buyer or IRN</source>
        <translation>संख्या, खरीदार या IRN खोजें</translation>
    </message>
    <message>
        <source>Number, buyer, GSTIN or IRN</source>
        <translation>संख्या, खरीदार, GSTIN या IRN</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>खोजें(&amp;R):</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as dd/mm/yyyy.</source>
        <translation>%1: “%2” तारीख नहीं है; इसे dd/mm/yyyy रूप में लिखें।</translation>
    </message>
    <message>
        <source>From</source>
        <translation>आरंभ तारीख</translation>
    </message>
    <message>
        <source>To</source>
        <translation>अंतिम तारीख</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Status: %n chosen</source>
        <translation>
            <numerusform>स्थिति: %n चुनी गईं(&amp;S)</numerusform>
            <numerusform>स्थिति: %n चुनी गईं(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation>1 इनवॉइस</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>%1 इनवॉइस</translation>
    </message>
    <message>
        <source>, %1 selected</source>
        <translation>, %1 चुने गए</translation>
    </message>
    <message>
        <source>Validate invoices</source>
        <translation>इनवॉइस जाँचें</translation>
    </message>
    <message>
        <source>%1 of %2 invoices checked: %3 ready, %4 with errors (drafts).</source>
        <translation>%2 में से %1 इनवॉइस जाँचे गए: %3 तैयार, %4 में त्रुटियाँ (ड्राफ़्ट)।</translation>
    </message>
    <message>
        <source>%1 left as they are (exported, sent or registered).</source>
        <translation>%1 जैसे थे वैसे ही छोड़े गए (एक्सपोर्ट किए गए, भेजे गए या पंजीकृत)।</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 पढ़े नहीं जा सके।</translation>
    </message>
    <message>
        <source>Cancelled: the rest was not checked.</source>
        <translation>रोका गया: बाकी की जाँच नहीं की गई।</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>यहाँ एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Largest file, in bytes</source>
        <translation>सबसे बड़ी फ़ाइल, बाइट में</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> बाइट</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected invoices (those ready to upload).</source>
        <translation>
            <numerusform>चुने गए %n इनवॉइस (जो अपलोड के लिए तैयार हैं)।</numerusform>
            <numerusform>चुने गए %n इनवॉइस (जो अपलोड के लिए तैयार हैं)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Every invoice shown that is ready to upload.</source>
        <translation>दिखाया गया हर इनवॉइस जो अपलोड के लिए तैयार है।</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>फ़ोल्डर(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>सबसे बड़ी फ़ाइल(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>एक्सपोर्ट करें(&amp;E)</translation>
    </message>
    <message>
        <source>Folder: “%1” does not exist.</source>
        <translation>फ़ोल्डर: “%1” मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>No invoice is shown: nothing to export.</source>
        <translation>कोई इनवॉइस नहीं दिखाया गया है: एक्सपोर्ट करने के लिए कुछ नहीं।</translation>
    </message>
    <message>
        <source>%1 invoices written to %2 files in %3.</source>
        <translation>%1 इनवॉइस %3 में %2 फ़ाइलों में लिखे गए।</translation>
    </message>
    <message>
        <source>%1 left out, for example:</source>
        <translation>%1 छोड़े गए, उदाहरण के लिए:</translation>
    </message>
    <message>
        <source>Cancelled: the files written so far are complete.</source>
        <translation>रोका गया: अब तक लिखी गई फ़ाइलें पूरी हैं।</translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation>इनवॉइस इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Invoices (*.json *.csv *.xlsx);;All files (*)</source>
        <translation>इनवॉइस (*.json *.csv *.xlsx);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>What was imported before stays, whole invoices only.</source>
        <translation>जो पहले इम्पोर्ट हो चुका है वह बना रहता है, केवल पूरे इनवॉइस।</translation>
    </message>
    <message>
        <source>%1 imported (%2 ready, %3 drafts), %4 updated, %5 duplicates, %6 conflicts, %7 refused.</source>
        <translation>%1 इम्पोर्ट किए गए (%2 तैयार, %3 ड्राफ़्ट), %4 अपडेट किए गए, %5 डुप्लिकेट, %6 टकराव, %7 अस्वीकार किए गए।</translation>
    </message>
    <message>
        <source>%1 imported without findings are not listed.</source>
        <translation>बिना निष्कर्ष के इम्पोर्ट किए गए %1 इनवॉइस सूची में नहीं दिखाए गए हैं।</translation>
    </message>
    <message>
        <source>%1 more are not listed.</source>
        <translation>%1 और सूची में नहीं दिखाए गए हैं।</translation>
    </message>
    <message>
        <source>Cancelled: what was imported stays, whole invoices only.</source>
        <translation>रोका गया: जो इम्पोर्ट हो चुका है वह बना रहता है, केवल पूरे इनवॉइस।</translation>
    </message>
    <message>
        <source>Delete invoices</source>
        <translation>इनवॉइस हटाएँ</translation>
    </message>
    <message>
        <source>Delete the selected invoice?</source>
        <translation>चुना गया इनवॉइस हटाएँ?</translation>
    </message>
    <message>
        <source>Delete the %1 selected invoices?</source>
        <translation>चुने गए %1 इनवॉइस हटाएँ?</translation>
    </message>
    <message>
        <source>Only invoices never sent to the IRP are deleted; the others stay.</source>
        <translation>केवल वे इनवॉइस हटाए जाते हैं जो कभी IRP को नहीं भेजे गए; बाकी बने रहते हैं।</translation>
    </message>
    <message>
        <source>%1 deleted; %2 kept (sent to the IRP, or gone).</source>
        <translation>%1 हटाए गए; %2 रखे गए (IRP को भेजे गए, या अब मौजूद नहीं)।</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::LocalSandbox</name>
    <message>
        <source>the local sandbox published no key: %1</source>
        <translation>स्थानीय सैंडबॉक्स ने कोई कुंजी प्रकाशित नहीं की: %1</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::MainWindow</name>
    <message>
        <source>IRN Desk</source>
        <translation>IRN Desk</translation>
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
        <source>Parties</source>
        <translation>पार्टियाँ</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
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
    <message>
        <source>IRP &amp;error codes…</source>
        <translation>IRP त्रुटि कोड(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>वर्कस्पेस(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation>नया इनवॉइस(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Submit to the IRP…</source>
        <translation>IRP को सबमिट करें(&amp;S)…</translation>
    </message>
    <message>
        <source>New &amp;workspace…</source>
        <translation>नया वर्कस्पेस(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Seller profile…</source>
        <translation>विक्रेता प्रोफ़ाइल(&amp;S)…</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>वर्कस्पेस</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>वर्कस्पेस(&amp;W):</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>स्टोर: %1</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>कोई स्टोर खुला नहीं है</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>No invoices</source>
        <translation>कोई इनवॉइस नहीं</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>The invoice could not be opened: %1</source>
        <translation>इनवॉइस खोला नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>स्टोर खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent &amp;stores</source>
        <translation>हाल के स्टोर(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import invoices…</source>
        <translation>इनवॉइस इम्पोर्ट करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;recent</source>
        <translation>हाल की फ़ाइलें इम्पोर्ट करें(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (मौजूद नहीं)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>सूची साफ़ करें(&amp;C)</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>स्टोर खोलें</translation>
    </message>
    <message>
        <source>IRN Desk stores (*.sqlite);;All files (*)</source>
        <translation>IRN Desk स्टोर (*.sqlite);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation>%1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The store was not opened: %1</source>
        <translation>स्टोर नहीं खोला गया: %1</translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation>इनवॉइस इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Not imported: %1. Only JSON, CSV and XLSX files can be imported.</source>
        <translation>इम्पोर्ट नहीं किया गया: %1। केवल JSON, CSV और XLSX फ़ाइलें इम्पोर्ट की जा सकती हैं।</translation>
    </message>
    <message>
        <source>Add a &amp;demo workspace</source>
        <translation>डेमो वर्कस्पेस जोड़ें(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Guided setup…</source>
        <translation>निर्देशित सेटअप(&amp;G)…</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>डेमो वर्कस्पेस</translation>
    </message>
    <message>
        <source>The demo workspace could not be added: %1</source>
        <translation>डेमो वर्कस्पेस नहीं जोड़ा जा सका: %1</translation>
    </message>
    <message>
        <source>Workspace %1: %2 sample invoices, %3 of them with mistakes to fix</source>
        <translation>वर्कस्पेस %1: %2 नमूना इनवॉइस, जिनमें से %3 में सुधारने योग्य गलतियाँ हैं</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::MasterDialog</name>
    <message>
        <source>Party</source>
        <translation>पक्ष</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::MasterPage</name>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>खोजें(&amp;S):</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Name or GSTIN</source>
        <translation>नाम या GSTIN</translation>
    </message>
    <message>
        <source>Description or HSN</source>
        <translation>विवरण या HSN</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>जोड़ें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import from CSV/XLSX…</source>
        <translation>CSV/XLSX से इम्पोर्ट करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>पक्षकार</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>इम्पोर्ट की प्रगति</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>इम्पोर्ट रोकें</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>इम्पोर्ट रिपोर्ट</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>कोई वर्कस्पेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 हटाएँ?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>इम्पोर्ट</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>स्प्रेडशीट (*.csv *.xlsx);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>Rows read: %L1…</source>
        <translation>पढ़ी गई पंक्तियाँ: %L1…</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>%1 से कुछ भी इम्पोर्ट नहीं हुआ: %2</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>इम्पोर्ट रोका गया; कुछ भी नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 left out.</source>
        <translation>%1: %2 जोड़े गए, %3 छोड़े गए।</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ProfileDialog</name>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 के लिए ब्राउज़ करें</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM फ़ाइलें (*.pem *.crt *.cer);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>IRP profile %1</source>
        <translation>IRP प्रोफ़ाइल %1</translation>
    </message>
    <message>
        <source>New IRP profile</source>
        <translation>नई IRP प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>प्रोफ़ाइल का नाम</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>बेस URL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>क्लाइंट आईडी</translation>
    </message>
    <message>
        <source>API user name</source>
        <translation>API उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>The IRP&apos;s public key file</source>
        <translation>IRP की सार्वजनिक कुंजी फ़ाइल</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA प्रमाणपत्र फ़ाइल</translation>
    </message>
    <message>
        <source>only for a private endpoint</source>
        <translation>केवल निजी एंडपॉइंट के लिए</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम(&amp;N):</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>बेस URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>क्लाइंट आईडी(&amp;C):</translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation>API उपयोगकर्ता(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;GSTIN:</source>
        <translation>GSTIN(&amp;G):</translation>
    </message>
    <message>
        <source>IRP public &amp;key (PEM):</source>
        <translation>IRP सार्वजनिक कुंजी (PEM)(&amp;K):</translation>
    </message>
    <message>
        <source>The IRP&apos;s public key</source>
        <translation>IRP की सार्वजनिक कुंजी</translation>
    </message>
    <message>
        <source>C&amp;A certificate (PEM):</source>
        <translation>CA प्रमाणपत्र (PEM)(&amp;A):</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA प्रमाणपत्र</translation>
    </message>
    <message>
        <source>Keep the secrets in the system &amp;keychain</source>
        <translation>गोपनीय मान सिस्टम कीचेन में रखें(&amp;K)</translation>
    </message>
    <message>
        <source>Read the secrets from &amp;environment variables</source>
        <translation>गोपनीय मान एनवायरनमेंट वेरिएबल से पढ़ें(&amp;E)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>क्लाइंट सीक्रेट</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Variable of the client secret</source>
        <translation>क्लाइंट सीक्रेट का वेरिएबल</translation>
    </message>
    <message>
        <source>Variable of the password</source>
        <translation>पासवर्ड का वेरिएबल</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>क्लाइंट सीक्रेट(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>Client secret &amp;variable:</source>
        <translation>क्लाइंट सीक्रेट वेरिएबल(&amp;V):</translation>
    </message>
    <message>
        <source>Pass&amp;word variable:</source>
        <translation>पासवर्ड वेरिएबल(&amp;W):</translation>
    </message>
    <message>
        <source>unchanged (choose a file to replace it)</source>
        <translation>अपरिवर्तित (इसे बदलने के लिए फ़ाइल चुनें)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>अपरिवर्तित</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose the IRP&apos;s public key file (PEM).</source>
        <translation>IRP की सार्वजनिक कुंजी फ़ाइल (PEM) चुनें।</translation>
    </message>
    <message>
        <source>%1 Choose environment variables instead.</source>
        <translation>%1 इसके बजाय एनवायरनमेंट वेरिएबल चुनें।</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ProfilesGroup</name>
    <message>
        <source>IRP connection</source>
        <translation>IRP कनेक्शन</translation>
    </message>
    <message>
        <source>Profiles of the IRPs invoices are submitted to. The local sandbox needs none: choose it when you submit.</source>
        <translation>उन IRP की प्रोफ़ाइलें जिन पर इनवॉइस सबमिट किए जाते हैं। स्थानीय सैंडबॉक्स के लिए किसी प्रोफ़ाइल की ज़रूरत नहीं: सबमिट करते समय उसे चुनें।</translation>
    </message>
    <message>
        <source>IRP profiles</source>
        <translation>IRP प्रोफ़ाइलें</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>बेस URL</translation>
    </message>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>गोपनीय मान</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>प्रोफ़ाइल जोड़ें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>प्रोफ़ाइल संपादित करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>प्रोफ़ाइल हटाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>कीचेन</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>प्रोफ़ाइल हटाएँ</translation>
    </message>
    <message>
        <source>Remove the IRP profile %1 (and its secrets in the keychain)?</source>
        <translation>IRP प्रोफ़ाइल %1 (और कीचेन में रखे उसके गोपनीय मान) हटाएँ?</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ReportsModel</name>
    <message>
        <source>Doc no</source>
        <translation>दस्तावेज़ संख्या</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>खरीदार</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>IRN</source>
        <translation>IRN</translation>
    </message>
    <message>
        <source>Ack No</source>
        <translation>Ack No</translation>
    </message>
    <message>
        <source>Ack date</source>
        <translation>पावती तारीख</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>त्रुटियाँ</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ReportsPage</name>
    <message>
        <source>Overview</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <source>Reporting limit</source>
        <translation>रिपोर्टिंग सीमा</translation>
    </message>
    <message>
        <source>Cancel windows</source>
        <translation>रद्द करने की समय-सीमा</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>आरंभ तारीख</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>अंतिम तारीख</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>दस्तावेज़ का प्रकार</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Debit note</source>
        <translation>डेबिट नोट</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>स्थिति(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>से(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>तक(&amp;O):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>प्रकार(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Save as CSV/XLSX…</source>
        <translation>CSV/XLSX के रूप में सहेजें(&amp;S)…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>रिपोर्ट सहेजें</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>सहेजा जा रहा है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Cancel saving</source>
        <translation>सहेजना रोकें</translation>
    </message>
    <message>
        <source>Invoices: %L1</source>
        <translation>इनवॉइस: %L1</translation>
    </message>
    <message>
        <source>1 invoice must be reported within 5 days</source>
        <translation>1 इनवॉइस की रिपोर्टिंग 5 दिनों के भीतर करनी होगी</translation>
    </message>
    <message>
        <source>%L1 invoices must be reported within 5 days</source>
        <translation>%L1 इनवॉइस की रिपोर्टिंग 5 दिनों के भीतर करनी होगी</translation>
    </message>
    <message>
        <source>1 invoice is past the 30-day limit</source>
        <translation>1 इनवॉइस 30 दिन की सीमा पार कर चुका है</translation>
    </message>
    <message>
        <source>%L1 invoices are past the 30-day limit</source>
        <translation>%L1 इनवॉइस 30 दिन की सीमा पार कर चुके हैं</translation>
    </message>
    <message>
        <source>%1: %2 h %3 min left to cancel</source>
        <translation>%1: रद्द करने के लिए %2 घंटे %3 मिनट शेष</translation>
    </message>
    <message>
        <source>and %L1 more</source>
        <translation>और %L1 अन्य</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Saved to %1 (rows: %L2)</source>
        <translation>%1 में सहेजा गया (पंक्तियाँ: %L2)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>रिपोर्ट सहेजी नहीं गई: %1</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::SettingsPage</name>
    <message>
        <source>General</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>&amp;Round new invoices to the rupee</source>
        <translation>नए इनवॉइस को पूरे रुपये में राउंड करें(&amp;R)</translation>
    </message>
    <message>
        <source>Round to the rupee</source>
        <translation>पूरे रुपये में राउंड करें</translation>
    </message>
    <message>
        <source>NIC &amp;sandbox mode (test GSTINs allowed)</source>
        <translation>NIC सैंडबॉक्स मोड (परीक्षण GSTIN की अनुमति)(&amp;S)</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>सैंडबॉक्स मोड</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>स्टोर</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>स्टोर फ़ाइल</translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translation>दूसरा स्टोर खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>नया स्टोर(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>बैकअप(&amp;B)…</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>पुनर्स्थापित करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>वर्कस्पेस</translation>
    </message>
    <message>
        <source>Annual turnover of ₹10 crore or more (30-day &amp;reporting limit)</source>
        <translation>वार्षिक टर्नओवर ₹10 करोड़ या अधिक (30 दिन की रिपोर्टिंग सीमा)(&amp;R)</translation>
    </message>
    <message>
        <source>Turnover of ₹10 crore or more</source>
        <translation>₹10 करोड़ या अधिक का टर्नओवर</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>संख्या शृंखला</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>FY</source>
        <translation>वित्त वर्ष</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>पैटर्न</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>चौड़ाई</translation>
    </message>
    <message>
        <source>Next value</source>
        <translation>अगला मान</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>अगली संख्या</translation>
    </message>
    <message>
        <source>N&amp;umber series ({fy}, {fy4}, {n}):</source>
        <translation>संख्या शृंखला ({fy}, {fy4}, {n})(&amp;U):</translation>
    </message>
    <message>
        <source>Number series result</source>
        <translation>संख्या शृंखला परिणाम</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>स्टोर खोलें</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>नया स्टोर</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>IRN Desk stores (*.sqlite);;All files (*)</source>
        <translation>IRN Desk स्टोर (*.sqlite);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>कोई स्टोर खुला नहीं</translation>
    </message>
    <message>
        <source>%1 already exists: use Open another store.</source>
        <translation>%1 पहले से मौजूद है: दूसरा स्टोर खोलें विकल्प का उपयोग करें।</translation>
    </message>
    <message>
        <source>The store was not opened: %1</source>
        <translation>स्टोर नहीं खोला गया: %1</translation>
    </message>
    <message>
        <source>Store %1 is open.</source>
        <translation>स्टोर %1 खुला है।</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>%1 में बैकअप लिया जा रहा है…</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>बैकअप %1 में सहेजा गया</translation>
    </message>
    <message>
        <source>No backup made: %1</source>
        <translation>बैकअप नहीं बना: %1</translation>
    </message>
    <message>
        <source>Replace everything in the store with the backup %1?
A copy of the store is kept.</source>
        <translation>स्टोर की सारी सामग्री को बैकअप %1 से बदलें?
स्टोर की एक प्रति रखी जाती है।</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>पुनर्स्थापित नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>%1 से पुनर्स्थापित किया गया</translation>
    </message>
    <message>
        <source>Pattern: must contain {n}</source>
        <translation>पैटर्न: इसमें {n} होना चाहिए</translation>
    </message>
    <message>
        <source>Width: 1 to 10</source>
        <translation>चौड़ाई: 1 से 10</translation>
    </message>
    <message>
        <source>Next value: a number from 1</source>
        <translation>अगला मान: 1 या उससे बड़ी संख्या</translation>
    </message>
    <message>
        <source>Pattern: %1 is longer than 16 characters</source>
        <translation>पैटर्न: %1 16 अक्षरों से लंबा है</translation>
    </message>
    <message>
        <source>Saved: the next number is %1</source>
        <translation>सहेजा गया: अगली संख्या %1 है</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>रूप-रंग</translation>
    </message>
    <message>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्का</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरा</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>रूप-रंग(&amp;P):</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::SingleInstance</name>
    <message>
        <source>another start on this store did not finish</source>
        <translation>इस स्टोर पर प्रोग्राम की एक अन्य शुरुआत पूरी नहीं हुई</translation>
    </message>
    <message>
        <source>another IRN Desk has this store open</source>
        <translation>यह स्टोर किसी अन्य IRN Desk में खुला है</translation>
    </message>
    <message>
        <source>the IRN Desk already open on this store does not answer</source>
        <translation>इस स्टोर पर पहले से खुला IRN Desk उत्तर नहीं दे रहा है</translation>
    </message>
    <message>
        <source>the IRN Desk already open on this store refused: %1</source>
        <translation>इस स्टोर पर पहले से खुले IRN Desk ने अस्वीकार किया: %1</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::SubmitDialog</name>
    <message>
        <source>Registered</source>
        <translation>पंजीकृत</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>टकराव</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
    <message>
        <source>Submit to the IRP</source>
        <translation>IRP पर सबमिट करें</translation>
    </message>
    <message>
        <source>IRP</source>
        <translation>IRP</translation>
    </message>
    <message>
        <source>Local sandbox (practice: nothing is registered for real)</source>
        <translation>स्थानीय सैंडबॉक्स (अभ्यास: वास्तव में कुछ भी पंजीकृत नहीं होता)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;IRP:</source>
        <translation>IRP(&amp;I):</translation>
    </message>
    <message>
        <source>Invoices at once</source>
        <translation>एक साथ इनवॉइस</translation>
    </message>
    <message>
        <source>Invoices at &amp;once:</source>
        <translation>एक साथ इनवॉइस(&amp;O):</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>What became of each invoice</source>
        <translation>हर इनवॉइस का परिणाम</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>IRN</source>
        <translation>IRN</translation>
    </message>
    <message>
        <source>Ack No</source>
        <translation>Ack No</translation>
    </message>
    <message>
        <source>Ack date</source>
        <translation>पावती तारीख</translation>
    </message>
    <message>
        <source>Errors or note</source>
        <translation>त्रुटियाँ या टिप्पणी</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>सबमिट करें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>रन रोकें(&amp;C)</translation>
    </message>
    <message>
        <source>Sa&amp;ve as CSV…</source>
        <translation>CSV के रूप में सहेजें(&amp;V)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) to submit.</source>
        <translation>
            <numerusform>सबमिट करने के लिए %Ln इनवॉइस।</numerusform>
            <numerusform>सबमिट करने के लिए %Ln इनवॉइस।</numerusform>
        </translation>
    </message>
    <message>
        <source>profile %1 logs in for %2, not for this seller (%3)</source>
        <translation>प्रोफ़ाइल %1, %2 के लिए लॉग इन करती है, इस विक्रेता (%3) के लिए नहीं</translation>
    </message>
    <message>
        <source>Cannot submit: %1</source>
        <translation>सबमिट नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>सबमिट हो रहा है…</translation>
    </message>
    <message>
        <source>Enter or double-click: what this code means and how to fix it</source>
        <translation>Enter या डबल-क्लिक: इस कोड का अर्थ और इसे कैसे सुधारें</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>कुछ भी नहीं भेजा गया: %1</translation>
    </message>
    <message>
        <source>%1 registered, %2 rejected, %3 conflicts, %4 unknown, %5 not sent%6</source>
        <translation>%1 पंजीकृत, %2 अस्वीकृत, %3 टकराव, %4 अज्ञात, %5 नहीं भेजे गए%6</translation>
    </message>
    <message>
        <source> — cancelled</source>
        <translation> — रोका गया</translation>
    </message>
    <message>
        <source>Cancelling: the invoices in flight are finished and recorded…</source>
        <translation>रोका जा रहा है: जो इनवॉइस भेजे जा चुके हैं, उन्हें पूरा करके दर्ज किया जा रहा है…</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>परिणाम सहेजें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::WorkspaceDialog</name>
    <message>
        <source>Seller profile</source>
        <translation>विक्रेता प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>नया वर्कस्पेस</translation>
    </message>
    <message>
        <source>&amp;GSTIN:</source>
        <translation>GSTIN(&amp;G):</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>GSTIN check</source>
        <translation>GSTIN जाँच</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>कानूनी नाम(&amp;L):</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>कानूनी नाम</translation>
    </message>
    <message>
        <source>&amp;Trade name:</source>
        <translation>व्यापार नाम(&amp;T):</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>व्यापार नाम</translation>
    </message>
    <message>
        <source>Address &amp;1:</source>
        <translation>पता 1(&amp;1):</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>पता 1</translation>
    </message>
    <message>
        <source>Address &amp;2:</source>
        <translation>पता 2(&amp;2):</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>पता 2</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>स्थान(&amp;A):</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P):</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>राज्य:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>फ़ोन(&amp;H):</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>ईमेल(&amp;M):</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Annual turnover of ₹10 crore or more (30-day &amp;reporting limit)</source>
        <translation>वार्षिक टर्नओवर ₹10 करोड़ या अधिक (30 दिन की रिपोर्टिंग सीमा)(&amp;R)</translation>
    </message>
    <message>
        <source>Turnover of ₹10 crore or more</source>
        <translation>₹10 करोड़ या अधिक का टर्नओवर</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>%1 of 15 characters</source>
        <translation>15 में से %1 अक्षर</translation>
    </message>
    <message>
        <source>Not a GSTIN</source>
        <translation>GSTIN नहीं है</translation>
    </message>
    <message>
        <source>Wrong check character (allowed in sandbox mode)</source>
        <translation>गलत जाँच अक्षर (सैंडबॉक्स मोड में अनुमति है)</translation>
    </message>
    <message>
        <source>Wrong check character</source>
        <translation>गलत जाँच अक्षर</translation>
    </message>
    <message>
        <source>Valid GSTIN</source>
        <translation>वैध GSTIN</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>कोई स्टोर खुला नहीं है।</translation>
    </message>
    <message>
        <source>GSTIN: required</source>
        <translation>GSTIN: आवश्यक</translation>
    </message>
    <message>
        <source>GSTIN: the seller must have a GSTIN</source>
        <translation>GSTIN: विक्रेता के पास GSTIN होना चाहिए</translation>
    </message>
    <message>
        <source>PIN: %1 is not 6 digits</source>
        <translation>PIN: %1 6 अंकों का नहीं है</translation>
    </message>
    <message>
        <source>GSTIN: %1 already has a workspace</source>
        <translation>GSTIN: %1 का वर्कस्पेस पहले से है</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::editor::FindingsPanel</name>
    <message>
        <source>&amp;Explain</source>
        <translation>समझाएँ(&amp;E)</translation>
    </message>
    <message>
        <source>Apply fi&amp;xes</source>
        <translation>सुधार लागू करें(&amp;X)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>निष्कर्ष</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Explain the code</source>
        <translation>कोड समझाएँ</translation>
    </message>
    <message>
        <source>Apply fixes</source>
        <translation>सुधार लागू करें</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>&amp;Findings: none</source>
        <translation>निष्कर्ष(&amp;F): कोई नहीं</translation>
    </message>
    <message>
        <source>&amp;Findings: %1 errors, %2 warnings</source>
        <translation>निष्कर्ष(&amp;F): %1 त्रुटियाँ, %2 चेतावनियाँ</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::editor::LinesModel</name>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>HSN</source>
        <translation>HSN</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <source>GST %</source>
        <translation>GST %</translation>
    </message>
    <message>
        <source>Cess %</source>
        <translation>सेस %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>कर-योग्य</translation>
    </message>
    <message>
        <source>IGST</source>
        <translation>IGST</translation>
    </message>
    <message>
        <source>CGST</source>
        <translation>CGST</translation>
    </message>
    <message>
        <source>SGST</source>
        <translation>SGST</translation>
    </message>
    <message>
        <source>Cess</source>
        <translation>सेस</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>पंक्ति का कुल</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::editor::TotalsPanel</name>
    <message>
        <source>Taxable value</source>
        <translation>कर-योग्य मूल्य</translation>
    </message>
    <message>
        <source>CGST</source>
        <translation>CGST</translation>
    </message>
    <message>
        <source>SGST</source>
        <translation>SGST</translation>
    </message>
    <message>
        <source>IGST</source>
        <translation>IGST</translation>
    </message>
    <message>
        <source>Cess</source>
        <translation>सेस</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>अन्य शुल्क</translation>
    </message>
    <message>
        <source>Other c&amp;harges</source>
        <translation>अन्य शुल्क(&amp;H)</translation>
    </message>
    <message>
        <source>Invoice discount</source>
        <translation>इनवॉइस छूट</translation>
    </message>
    <message>
        <source>Disco&amp;unt</source>
        <translation>छूट(&amp;U)</translation>
    </message>
    <message>
        <source>Round-off</source>
        <translation>राउंड-ऑफ़</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>इनवॉइस का कुल</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>राशि शब्दों में</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GST e-invoicing desktop tool</source>
        <translation>GST ई-इनवॉइसिंग डेस्कटॉप टूल</translation>
    </message>
    <message>
        <source>The store to open (default: the last one, $IRNDESK_STORE, or the data folder).</source>
        <translation>खोला जाने वाला स्टोर (डिफ़ॉल्ट: पिछला स्टोर, $IRNDESK_STORE, या डेटा फ़ोल्डर)।</translation>
    </message>
    <message>
        <source>file</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>IRN Desk</source>
        <translation>IRN Desk</translation>
    </message>
    <message>
        <source>The store %1 could not be opened: %2</source>
        <translation>स्टोर %1 खोला नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Invoices to import (JSON, CSV or XLSX).</source>
        <translation>इम्पोर्ट करने के लिए इनवॉइस (JSON, CSV या XLSX)।</translation>
    </message>
</context>
</TS>
