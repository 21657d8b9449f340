<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mr_IN">
<context>
    <name></name>
    <message>
        <source>%1 is not a state code</source>
        <translation>%1 हा राज्य कोड नाही</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1 वर्णांपेक्षा जास्त लांब</translation>
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
        <translation>कायदेशीर नाव</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>व्यापारी नाव</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ठिकाण</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>पत्ता 1</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>पत्ता 2</translation>
    </message>
    <message>
        <source>Place of supply</source>
        <translation>पुरवठ्याचे ठिकाण</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फोन</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>वर्णन</translation>
    </message>
    <message>
        <source>HSN</source>
        <translation>HSN</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>एकक</translation>
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
        <translation>एकक किंमत</translation>
    </message>
    <message>
        <source>Cess rate</source>
        <translation>उपकर दर</translation>
    </message>
    <message>
        <source>Cess per unit</source>
        <translation>प्रति एकक उपकर</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>पोहोचवण्याचा पत्ता</translation>
    </message>
    <message>
        <source>Dispatch from</source>
        <translation>पाठवण्याचे ठिकाण</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>खरेदीदार</translation>
    </message>
    <message>
        <source>%1 is not buyer, shipto or dispatch</source>
        <translation>%1 हे buyer, shipto किंवा dispatch नाही</translation>
    </message>
    <message>
        <source>%1 is not a GSTIN (15 characters)</source>
        <translation>%1 हा GSTIN नाही (15 वर्ण)</translation>
    </message>
    <message>
        <source>%1 has a wrong check character</source>
        <translation>%1 चा तपासणी वर्ण चुकीचा आहे</translation>
    </message>
    <message>
        <source>URP is only for a buyer</source>
        <translation>URP फक्त खरेदीदारासाठी आहे</translation>
    </message>
    <message>
        <source>required</source>
        <translation>आवश्यक</translation>
    </message>
    <message>
        <source>%1 is not 6 digits</source>
        <translation>%1 मध्ये 6 अंक नाहीत</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 हे %2 मध्ये नाही</translation>
    </message>
    <message>
        <source>6 to 12 digits</source>
        <translation>6 ते 12 अंक</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 हा ईमेल पत्ता नाही</translation>
    </message>
    <message>
        <source>%1 is not 4, 6 or 8 digits</source>
        <translation>%1 मध्ये 4, 6 किंवा 8 अंक नाहीत</translation>
    </message>
    <message>
        <source>%1 is not in the HSN list</source>
        <translation>%1 HSN यादीत नाही</translation>
    </message>
    <message>
        <source>%1 is not a unit code (UQC)</source>
        <translation>%1 हा एकक कोड (UQC) नाही</translation>
    </message>
    <message>
        <source>Y or N</source>
        <translation>Y किंवा N</translation>
    </message>
    <message>
        <source>%1 is not a GST rate</source>
        <translation>%1 हा GST दर नाही</translation>
    </message>
    <message>
        <source>%1 is not an amount</source>
        <translation>%1 ही रक्कम नाही</translation>
    </message>
    <message>
        <source>%1 is not a rate</source>
        <translation>%1 हा दर नाही</translation>
    </message>
    <message>
        <source>%1 is an old .xls file: save it as .xlsx or CSV</source>
        <translation>%1 ही जुनी .xls फाइल आहे: ती .xlsx किंवा CSV म्हणून जतन करा</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 रिकामे आहे</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot; is not known; it was not read</source>
        <translation>स्तंभ %1 &quot;%2&quot; ओळखीचा नाही; तो वाचला गेला नाही</translation>
    </message>
    <message>
        <source>%1 has no column %2</source>
        <translation>%1 मध्ये स्तंभ %2 नाही</translation>
    </message>
    <message>
        <source>already in the list; left out</source>
        <translation>आधीच यादीत आहे; वगळले</translation>
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
        <translation>समाप्ती:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>काहीही नाही</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>बॅनर पृष्ठे</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>रात्र (18:00 ते 05:59)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>विशिष्ट वेळ</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>बिलिंग माहिती:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>नियोजित प्रिंटिंग:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>गुप्त</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>अतिगुप्त</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>प्रारंभ:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>दिवस (06:00 ते 17:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>दुसरी पाळी (16:00 ते 23:59)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>जॉब नियंत्रण</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>आठवड्याचा शेवट (शनिवार ते रविवार)</translation>
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
        <translation>तिसरी पाळी (00:00 ते 07:59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>अनिश्चित काळासाठी रोखून ठेवा</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>लगेच प्रिंट करा</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>गोपनीय</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>जॉब प्राधान्य:</translation>
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
        <translation>ठीक आहे</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>मागे</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>उघडा</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>उघडा(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>जतन करा(&amp;S)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फाइल्स</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>दाखवा </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; लेखन-संरक्षित आहे.
तरीही ते हटवायचे आहे का?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; नक्की हटवायचे आहे का?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>ठिकाणे आणि बुकमार्कची यादी</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>फाइलचे नाव(&amp;N):</translation>
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
        <translation>हटवा</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>नवीन फोल्डर</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>मूळ फोल्डर</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>नवीन फोल्डर(&amp;N)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>काढून टाका</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>यामध्ये पहा:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>नवीन फोल्डर तयार करा</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>फाइलचा प्रकार:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>फोल्डर शोधा</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>लपविलेल्या फाइल्स दाखवा(&amp;H)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>म्हणून जतन करा</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
फोल्डर सापडले नाही.
कृपया फोल्डरचे नाव बरोबर दिले आहे का ते तपासा.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>साइडबार</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>यादी दृश्य</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>निवडा(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटवा(&amp;D)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सर्व फाइल्स (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>सर्व फाइल्स (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>फोल्डर</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>नाव बदला(&amp;R)</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>फोल्डर हटवता आले नाही.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>फोल्डर:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 आधीच अस्तित्वात आहे.
ते बदलायचे आहे का?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>पुढे</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>पुढे जा</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>मूळ फोल्डरवर जा</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>अलीकडील ठिकाणे</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>मागे जा</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>तपशील दृश्यावर जा</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>नवीन फोल्डर तयार करा</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>तपशील दृश्य</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
फाइल सापडली नाही.
कृपया फाइलचे नाव बरोबर दिले आहे का ते तपासा.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>यादी दृश्यावर जा</translation>
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
        <translation>नाव</translation>
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
        <translation>माझा संगणक</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>संगणक</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>बदल केल्याचा दिनांक</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करा(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>पुन्हा करा(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>कापा(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करा(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>पेस्ट करा(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटवा</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सर्व निवडा</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>तपशील दाखवा...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>तपशील लपवा...</translation>
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
        <translation>फॉर्म</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>तळाचा समास</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>कागद</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>कागदाचा स्रोत:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>उजवा समास</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>पायका (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>समास</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>सानुकूल</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>आडवे (लँडस्केप)</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>पृष्ठ मांडणी</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>रुंदी:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>डिडो (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>उभे (पोर्ट्रेट)</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>पृष्ठांचा क्रम:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>वरचा समास</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>डावा समास</translation>
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
        <translation>उलटे उभे</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>मिलिमीटर (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>पॉइंट (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>प्रति शीट पृष्ठे:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>इंच (in)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>उलटे आडवे</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>उंची:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक आहे</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>जतन करा</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सर्व जतन करा</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>उघडा</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>होय(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सर्वांना होय(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नाही(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सर्वांना नाही(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>थांबवा</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>पुन्हा प्रयत्न करा</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>दुर्लक्ष करा</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करा</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>टाकून द्या</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>मदत</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करा</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करा</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डीफॉल्ट पुनर्संचयित करा</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Even Pages</source>
        <translation>सम पृष्ठे</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट करा</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>पर्याय(&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>पर्याय(&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>डावीकडून उजवीकडे, वरून खाली</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>उजवीकडून डावीकडे, खालून वर</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF फाइल लिहा</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>प्रिंट करा(&amp;P)</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>&apos;Pages Per Sheet&apos; (प्रति शीट पृष्ठे) आणि &apos;Page Set&apos; (पृष्ठ संच) हे पर्याय एकत्र वापरता येत नाहीत.
कृपया त्यापैकी एक पर्याय बंद करा.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 आधीच अस्तित्वात आहे.
ते अधिलिखित करायचे आहे का?</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>डावीकडून उजवीकडे, खालून वर</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>विषम पृष्ठे</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>स्थानिक फाइल</translation>
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
        <translation>डुप्लेक्स सेटिंग्जमध्ये संघर्ष आहेत. ते दुरुस्त करायचे आहेत का?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>फाइलमध्ये प्रिंट करा (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>फाइलमध्ये प्रिंट करा ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>अवैध पृष्ठ व्याख्या</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 योग्य वाक्यरचनेनुसार नाही. श्रेणी आणि पृष्ठे वेगळी करण्यासाठी &apos;,&apos; वापरा, श्रेणी दर्शवण्यासाठी &apos;-&apos; वापरा आणि श्रेणी एकमेकांवर येत नाहीत याची खात्री करा.</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>उजवीकडून डावीकडे, वरून खाली</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>खालून वर, डावीकडून उजवीकडे</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>&apos;From&apos; (पासून) मूल्य &apos;To&apos; (पर्यंत) मूल्यापेक्षा मोठे असू शकत नाही.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>सर्व पृष्ठे</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>डुप्लेक्स सेटिंग्ज संघर्ष</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 हे फोल्डर आहे.
कृपया वेगळे फाइल नाव निवडा.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>फाइल %1 मध्ये लिहिता येत नाही.
कृपया वेगळे फाइल नाव निवडा.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>खालून वर, उजवीकडून डावीकडे</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>वरून खाली, डावीकडून उजवीकडे</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>वरून खाली, उजवीकडून डावीकडे</translation>
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
        <translation>प्रिंट करा</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>पृष्ठात बसवा</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>मोठे करा (झूम इन)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>आडवे (लँडस्केप)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>लहान करा (झूम आउट)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>रुंदीत बसवा</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>उभे (पोर्ट्रेट)</translation>
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
        <translation>सर्व पृष्ठांचे विहंगावलोकन दाखवा</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>पहिले पृष्ठ</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>शेवटचे पृष्ठ</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>एकच पृष्ठ दाखवा</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF मध्ये एक्सपोर्ट करा</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>मागील पृष्ठ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>पुढील पृष्ठ</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>समोरासमोरची पृष्ठे दाखवा</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>प्रगत पर्यायांमध्ये संघर्ष</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>जॉब पर्याय</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>पृष्ठ सेटअप संघर्ष</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>काही प्रगत पर्यायांमध्ये संघर्ष आहेत. ते दुरुस्त करायचे आहेत का?</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>पृष्ठ सेटअप पर्यायांमध्ये संघर्ष आहेत. ते दुरुस्त करायचे आहेत का?</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>प्रिंटर गुणधर्म</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>ते</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>फॉर्म</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>रंगीत</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>सर्व प्रिंट करा</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पृष्ठे</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>सध्याचे पृष्ठ</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>निवड</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>प्रती</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>प्रिंट श्रेणी</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>रंग मोड</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>पर्याय</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>आउटपुट सेटिंग्ज</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>उलट क्रम</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>ग्रेस्केल</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>क्रमाने लावा (कोलेट)</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>प्रती:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>लहान बाजूने बाइंडिंग</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>पृष्ठे किंवा श्रेणी स्वल्पविरामाने वेगळ्या करून द्या. श्रेणी हायफनने वेगळ्या केलेल्या दोन संख्यांनी दर्शवा. उदा.: 3,5-7,9 दिल्यास पृष्ठे 3, 5, 6, 7 आणि 9 प्रिंट होतील.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>पृष्ठे यापासून</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>दोन्ही बाजूंनी प्रिंटिंग</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>पृष्ठ संच:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>लांब बाजूने बाइंडिंग</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; मागे(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>पुढे(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>पुढे(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>पूर्ण करा(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मदत(&amp;H)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>मदत</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>निश्चित करा</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>झाले</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>मागे जा</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>सुरू ठेवा</translation>
    </message>
</context>
<context>
    <name>irndesk::ErrorGuide</name>
    <message>
        <source>Check that the IRP connection settings (GSTIN, API user name, password, client ID and secret) are all filled in. If they are, report this as a problem in IRN Desk.</source>
        <translation>IRP कनेक्शन सेटिंग्ज (GSTIN, API वापरकर्ता नाव, पासवर्ड, क्लायंट ID आणि सीक्रेट) सर्व भरल्या आहेत का ते तपासा. त्या भरलेल्या असतील, तर हे IRN Desk मधील समस्या म्हणून कळवा.</translation>
    </message>
    <message>
        <source>Check the API user name and password you created on the e-invoice portal (API user management). Several failed tries can lock the user.</source>
        <translation>ई-इन्व्हॉइस पोर्टलवर (API वापरकर्ता व्यवस्थापन) तयार केलेले API वापरकर्ता नाव आणि पासवर्ड तपासा. अनेक वेळा चुकीचे प्रयत्न झाल्यास वापरकर्ता लॉक होऊ शकतो.</translation>
    </message>
    <message>
        <source>Use the IRP public key of the system you connect to (sandbox or production): download it again from the e-invoice portal and set it in the connection settings.</source>
        <translation>तुम्ही ज्या सिस्टमशी जोडता (सँडबॉक्स किंवा प्रॉडक्शन) त्याचीच IRP सार्वजनिक की वापरा: ती ई-इन्व्हॉइस पोर्टलवरून पुन्हा डाउनलोड करा आणि कनेक्शन सेटिंग्जमध्ये सेट करा.</translation>
    </message>
    <message>
        <source>Wait a few minutes and send it again. If it keeps failing, contact the IRP helpdesk.</source>
        <translation>काही मिनिटे थांबा आणि पुन्हा पाठवा. तरीही अपयश येत राहिल्यास IRP हेल्पडेस्कशी संपर्क साधा.</translation>
    </message>
    <message>
        <source>Send it again. If this repeats, report it as a problem in IRN Desk.</source>
        <translation>पुन्हा पाठवा. असे पुन्हा घडल्यास, हे IRN Desk मधील समस्या म्हणून कळवा.</translation>
    </message>
    <message>
        <source>Run Validate and correct every SCHEMA error it shows.</source>
        <translation>Validate चालवा आणि त्यात दिसणारी प्रत्येक SCHEMA त्रुटी दुरुस्त करा.</translation>
    </message>
    <message>
        <source>The IRP no longer applies this rule. If you still get it, check the field it names and contact the IRP helpdesk.</source>
        <translation>IRP आता हा नियम लागू करत नाही. तरीही ही त्रुटी आल्यास, त्यात नमूद केलेले फील्ड तपासा आणि IRP हेल्पडेस्कशी संपर्क साधा.</translation>
    </message>
    <message>
        <source>Write the date as DD/MM/YYYY, for example 05/04/2026.</source>
        <translation>दिनांक DD/MM/YYYY असा लिहा, उदा. 05/04/2026.</translation>
    </message>
    <message>
        <source>Let IRN Desk recompute the amounts, or correct them by hand: tax = taxable value × rate.</source>
        <translation>IRN Desk ला रकमा पुन्हा मोजू द्या, किंवा त्या हाताने दुरुस्त करा: कर = करपात्र मूल्य × दर.</translation>
    </message>
    <message>
        <source>Check the place of supply (BuyerDtls.Pos) and the seller&apos;s state code. Same state: CGST and SGST, half the rate each. Different states, or IgstOnIntra = Y: IGST only.</source>
        <translation>पुरवठ्याचे ठिकाण (BuyerDtls.Pos) आणि विक्रेत्याचा राज्य कोड तपासा. एकच राज्य: CGST आणि SGST, प्रत्येकी निम्मा दर. वेगवेगळी राज्ये, किंवा IgstOnIntra = Y: फक्त IGST.</translation>
    </message>
    <message>
        <source>For an export the buyer&apos;s GSTIN is URP, state code and place of supply are 96, PIN is 999999. IRN Desk can fill these in.</source>
        <translation>निर्यातीसाठी खरेदीदाराचा GSTIN URP असतो, राज्य कोड आणि पुरवठ्याचे ठिकाण 96 असते, आणि PIN 999999 असतो. IRN Desk हे भरू शकते.</translation>
    </message>
    <message>
        <source>Use the two-digit GST state code, for example 27 for Maharashtra, or 96 for another country.</source>
        <translation>दोन अंकी GST राज्य कोड वापरा, उदा. महाराष्ट्रासाठी 27, किंवा इतर देशासाठी 96.</translation>
    </message>
    <message>
        <source>Set the state code to the first two digits of the GSTIN. IRN Desk can do this for you.</source>
        <translation>राज्य कोड म्हणून GSTIN चे पहिले दोन अंक ठेवा. IRN Desk हे तुमच्यासाठी करू शकते.</translation>
    </message>
    <message>
        <source>Check the cess rate notified for this HSN code, and correct the rate and the amount.</source>
        <translation>या HSN कोडसाठी अधिसूचित उपकर दर तपासा, आणि दर व रक्कम दुरुस्त करा.</translation>
    </message>
    <message>
        <source>Check the IRN, and that you are logged in with the GSTIN that generated it.</source>
        <translation>IRN तपासा, आणि तो तयार करणाऱ्या GSTIN नेच तुम्ही लॉग इन केले आहे याची खात्री करा.</translation>
    </message>
    <message>
        <source>Check the IRN or document details. After 2 days an IRN can only be seen on the e-invoice portal.</source>
        <translation>IRN किंवा दस्तऐवजाचा तपशील तपासा. 2 दिवसांनंतर IRN फक्त ई-इन्व्हॉइस पोर्टलवरच पाहता येतो.</translation>
    </message>
    <message>
        <source>Enter the Indian port or place of export as ship-to (ShipDtls), with its Indian PIN and state.</source>
        <translation>निर्यातीचे भारतीय बंदर किंवा ठिकाण पोहोचवण्याचा पत्ता (ShipDtls) म्हणून, त्याच्या भारतीय PIN आणि राज्यासह प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>Enter the Indian place the goods leave from as dispatch details (DispDtls), with its PIN and state.</source>
        <translation>माल ज्या भारतीय ठिकाणाहून निघतो ते पाठवण्याचे ठिकाण (DispDtls) म्हणून, त्याच्या PIN आणि राज्यासह प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>Enter 0 to let the IRP use its own distance between the PINs, or the real road distance in km.</source>
        <translation>IRP ला PIN मधील त्याचे स्वतःचे अंतर वापरू देण्यासाठी 0 प्रविष्ट करा, किंवा किमीमध्ये प्रत्यक्ष रस्ते अंतर प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>Enter the real road distance in km.</source>
        <translation>किमीमध्ये प्रत्यक्ष रस्ते अंतर प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>Check the ship-to GSTIN, PIN and state code agree.</source>
        <translation>पोहोचवण्याच्या पत्त्याचा GSTIN, PIN आणि राज्य कोड एकमेकांशी जुळतात का ते तपासा.</translation>
    </message>
    <message>
        <source>Set VehType to R (regular) or O (over-dimensional cargo).</source>
        <translation>VehType हे R (नियमित) किंवा O (ओव्हर-डायमेन्शनल कार्गो) ठेवा.</translation>
    </message>
    <message>
        <source>Enter the transporter&apos;s 15-character GSTIN or enrolment number (TransId), or the vehicle or transport document details.</source>
        <translation>वाहतूकदाराचा 15 वर्णांचा GSTIN किंवा नावनोंदणी क्रमांक (TransId) प्रविष्ट करा, किंवा वाहनाचा किंवा वाहतूक दस्तऐवजाचा तपशील प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>Remove the e-way bill details (EwbDtls) from this document.</source>
        <translation>या दस्तऐवजातून ई-वे बिल तपशील (EwbDtls) काढून टाका.</translation>
    </message>
    <message>
        <source>Remove the e-way bill details (EwbDtls), or check that the goods lines have goods HSN codes.</source>
        <translation>ई-वे बिल तपशील (EwbDtls) काढून टाका, किंवा मालाच्या ओळींवर मालाचे HSN कोड आहेत का ते तपासा.</translation>
    </message>
    <message>
        <source>Check the IRN or the e-way bill number.</source>
        <translation>IRN किंवा ई-वे बिल क्रमांक तपासा.</translation>
    </message>
    <message>
        <source>ValDtls.%1 must be the sum of %2 over all lines.</source>
        <translation>ValDtls.%1 ही सर्व ओळींच्या %2 ची बेरीज असली पाहिजे.</translation>
    </message>
    <message>
        <source>Invoice total %1 does not match the lines</source>
        <translation>इन्व्हॉइसची एकूण रक्कम %1 ओळींशी जुळत नाही</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is cancelled or inactive, and its registration dates do not allow an invoice on this document date.</source>
        <translation>इन्व्हॉइसमधील एखादा GSTIN रद्द किंवा निष्क्रिय आहे, आणि त्याच्या नोंदणीच्या दिनांकांनुसार या दस्तऐवज दिनांकाला इन्व्हॉइस देता येत नाही.</translation>
    </message>
    <message>
        <source>Check the document date and the party&apos;s registration and cancellation dates on the GST portal. An invoice for that GSTIN must be dated while it was registered.</source>
        <translation>GST पोर्टलवर दस्तऐवजाचा दिनांक आणि पक्षकाराचे नोंदणी व रद्दीकरण दिनांक तपासा. त्या GSTIN साठीचा इन्व्हॉइस तो नोंदणीकृत असतानाच्या दिनांकाचा असला पाहिजे.</translation>
    </message>
    <message>
        <source>Schema 1.0 had a transaction type (regular, bill-to/ship-to, bill-from/dispatch-from, combination) that decided which address blocks were needed. Schema 1.1 dropped it.</source>
        <translation>स्कीमा 1.0 मध्ये एक व्यवहार प्रकार (नियमित, बिल-टू/शिप-टू, बिल-फ्रॉम/डिस्पॅच-फ्रॉम, संयोजन) होता, ज्यावरून कोणते पत्ता विभाग आवश्यक आहेत ते ठरत असे. स्कीमा 1.1 मध्ये तो काढून टाकला.</translation>
    </message>
    <message>
        <source>Export: place of supply must be 96</source>
        <translation>निर्यात: पुरवठ्याचे ठिकाण 96 असले पाहिजे</translation>
    </message>
    <message>
        <source>For an export the place of supply (BuyerDtls.Pos) must be 96, other country.</source>
        <translation>निर्यातीसाठी पुरवठ्याचे ठिकाण (BuyerDtls.Pos) 96, म्हणजे इतर देश, असले पाहिजे.</translation>
    </message>
    <message>
        <source>An e-way bill cannot be made for a credit or debit note, or for an invoice of services only.</source>
        <translation>क्रेडिट किंवा डेबिट नोटसाठी, किंवा फक्त सेवांच्या इन्व्हॉइससाठी ई-वे बिल तयार करता येत नाही.</translation>
    </message>
    <message>
        <source>No e-way bill for notes or services</source>
        <translation>नोट किंवा सेवांसाठी ई-वे बिल नाही</translation>
    </message>
    <message>
        <source>No e-way bill was found for this request.</source>
        <translation>या विनंतीसाठी कोणतेही ई-वे बिल सापडले नाही.</translation>
    </message>
    <message>
        <source>With Part-A only (no vehicle or transport document), the transporter ID is required.</source>
        <translation>फक्त Part-A असल्यास (वाहन किंवा वाहतूक दस्तऐवज नसल्यास), वाहतूकदार ID आवश्यक आहे.</translation>
    </message>
    <message>
        <source>GSTIN missing in the request</source>
        <translation>विनंतीमध्ये GSTIN नाही</translation>
    </message>
    <message>
        <source>The request to the IRP did not say which GSTIN it is for.</source>
        <translation>IRP ला पाठवलेल्या विनंतीत ती कोणत्या GSTIN साठी आहे हे नमूद नव्हते.</translation>
    </message>
    <message>
        <source>Login expired or invalid</source>
        <translation>लॉगिनची मुदत संपली किंवा लॉगिन अवैध</translation>
    </message>
    <message>
        <source>The IRP login (token) has expired, or belongs to another GSTIN or user. A login lasts 6 hours.</source>
        <translation>IRP लॉगिनची (टोकन) मुदत संपली आहे, किंवा ते दुसऱ्या GSTIN चे किंवा वापरकर्त्याचे आहे. एक लॉगिन 6 तास टिकते.</translation>
    </message>
    <message>
        <source>Log in again and send it again. IRN Desk does this itself; if it keeps failing, check the GSTIN and user name in the connection settings.</source>
        <translation>पुन्हा लॉग इन करा आणि पुन्हा पाठवा. IRN Desk हे आपोआप करते; तरीही अपयश येत राहिल्यास, कनेक्शन सेटिंग्जमधील GSTIN आणि वापरकर्ता नाव तपासा.</translation>
    </message>
    <message>
        <source>API user name missing in the request</source>
        <translation>विनंतीमध्ये API वापरकर्ता नाव नाही</translation>
    </message>
    <message>
        <source>The request did not carry the API user name.</source>
        <translation>विनंतीसोबत API वापरकर्ता नाव पाठवले गेले नाही.</translation>
    </message>
    <message>
        <source>Login request not readable</source>
        <translation>लॉगिन विनंती वाचता आली नाही</translation>
    </message>
    <message>
        <source>The IRP could not read the login request, or the user name or password was missing.</source>
        <translation>IRP ला लॉगिन विनंती वाचता आली नाही, किंवा वापरकर्ता नाव किंवा पासवर्ड दिलेला नव्हता.</translation>
    </message>
    <message>
        <source>Wrong API user name or password</source>
        <translation>चुकीचे API वापरकर्ता नाव किंवा पासवर्ड</translation>
    </message>
    <message>
        <source>The IRP did not accept the API user name or password.</source>
        <translation>IRP ने API वापरकर्ता नाव किंवा पासवर्ड स्वीकारला नाही.</translation>
    </message>
    <message>
        <source>Wrong client ID or secret</source>
        <translation>चुकीचा क्लायंट ID किंवा सीक्रेट</translation>
    </message>
    <message>
        <source>The client ID or client secret of your API access is wrong.</source>
        <translation>तुमच्या API ॲक्सेसचा क्लायंट ID किंवा क्लायंट सीक्रेट चुकीचा आहे.</translation>
    </message>
    <message>
        <source>Copy the client ID and secret again from the e-invoice portal, or from your GSP, into the connection settings.</source>
        <translation>क्लायंट ID आणि सीक्रेट ई-इन्व्हॉइस पोर्टलवरून, किंवा तुमच्या GSP कडून, पुन्हा कॉपी करून कनेक्शन सेटिंग्जमध्ये टाका.</translation>
    </message>
    <message>
        <source>Client ID missing in the request</source>
        <translation>विनंतीमध्ये क्लायंट ID नाही</translation>
    </message>
    <message>
        <source>The request did not carry the client ID of your API access.</source>
        <translation>विनंतीसोबत तुमच्या API ॲक्सेसचा क्लायंट ID पाठवला गेला नाही.</translation>
    </message>
    <message>
        <source>Client secret missing in the request</source>
        <translation>विनंतीमध्ये क्लायंट सीक्रेट नाही</translation>
    </message>
    <message>
        <source>The request did not carry the client secret of your API access.</source>
        <translation>विनंतीसोबत तुमच्या API ॲक्सेसचे क्लायंट सीक्रेट पाठवले गेले नाही.</translation>
    </message>
    <message>
        <source>Password could not be decrypted</source>
        <translation>पासवर्ड डिक्रिप्ट करता आला नाही</translation>
    </message>
    <message>
        <source>The IRP could not decrypt the password, usually because the wrong IRP public key is set.</source>
        <translation>IRP ला पासवर्ड डिक्रिप्ट करता आला नाही, सहसा चुकीची IRP सार्वजनिक की सेट केल्यामुळे.</translation>
    </message>
    <message>
        <source>User or GSTIN not enabled</source>
        <translation>वापरकर्ता किंवा GSTIN सक्षम नाही</translation>
    </message>
    <message>
        <source>The GSTIN or the API user is inactive, or not enabled for e-invoicing.</source>
        <translation>GSTIN किंवा API वापरकर्ता निष्क्रिय आहे, किंवा ई-इन्व्हॉइसिंगसाठी सक्षम नाही.</translation>
    </message>
    <message>
        <source>On the e-invoice portal, check that the GSTIN is enabled for e-invoicing and the API user is active.</source>
        <translation>ई-इन्व्हॉइस पोर्टलवर GSTIN ई-इन्व्हॉइसिंगसाठी सक्षम आहे आणि API वापरकर्ता सक्रिय आहे याची खात्री करा.</translation>
    </message>
    <message>
        <source>Login made for another GSTIN</source>
        <translation>लॉगिन दुसऱ्या GSTIN साठी केले आहे</translation>
    </message>
    <message>
        <source>The login was made for a different GSTIN than the one in this request.</source>
        <translation>लॉगिन या विनंतीतील GSTIN ऐवजी दुसऱ्या GSTIN साठी केले होते.</translation>
    </message>
    <message>
        <source>Log in with the GSTIN of the seller. Each GSTIN needs its own connection settings.</source>
        <translation>विक्रेत्याच्या GSTIN ने लॉग इन करा. प्रत्येक GSTIN साठी स्वतंत्र कनेक्शन सेटिंग्ज लागतात.</translation>
    </message>
    <message>
        <source>Session key could not be decrypted</source>
        <translation>सेशन की डिक्रिप्ट करता आली नाही</translation>
    </message>
    <message>
        <source>The IRP could not decrypt the session key IRN Desk sent, usually because the wrong IRP public key is set.</source>
        <translation>IRN Desk ने पाठवलेली सेशन की IRP ला डिक्रिप्ट करता आली नाही, सहसा चुकीची IRP सार्वजनिक की सेट केल्यामुळे.</translation>
    </message>
    <message>
        <source>API user does not exist</source>
        <translation>API वापरकर्ता अस्तित्वात नाही</translation>
    </message>
    <message>
        <source>The IRP has no API user with this name. Sandbox and production have separate users.</source>
        <translation>IRP मध्ये या नावाचा कोणताही API वापरकर्ता नाही. सँडबॉक्स आणि प्रॉडक्शनचे वापरकर्ते वेगवेगळे असतात.</translation>
    </message>
    <message>
        <source>Check the API user name, and that it was created for this GSTIN on the portal of the system you connect to.</source>
        <translation>API वापरकर्ता नाव तपासा, आणि तुम्ही ज्या सिस्टमशी जोडता त्याच्या पोर्टलवर ते याच GSTIN साठी तयार केले होते याची खात्री करा.</translation>
    </message>
    <message>
        <source>API user not linked to this client ID</source>
        <translation>API वापरकर्ता या क्लायंट ID शी जोडलेला नाही</translation>
    </message>
    <message>
        <source>The API user belongs to other credentials: direct-access and GSP credentials were mixed.</source>
        <translation>API वापरकर्ता दुसऱ्या क्रेडेन्शियल्सचा आहे: डायरेक्ट ॲक्सेस आणि GSP क्रेडेन्शियल्सची सरमिसळ झाली आहे.</translation>
    </message>
    <message>
        <source>Use the user name with the client ID and secret it was created for: your own direct API access, or your GSP&apos;s.</source>
        <translation>वापरकर्ता नाव ज्या क्लायंट ID आणि सीक्रेटसाठी तयार केले होते त्यांच्यासोबतच वापरा: तुमचा स्वतःचा डायरेक्ट API ॲक्सेस, किंवा तुमच्या GSP चा.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>चुकीचा पासवर्ड</translation>
    </message>
    <message>
        <source>The API password is wrong.</source>
        <translation>API पासवर्ड चुकीचा आहे.</translation>
    </message>
    <message>
        <source>Request could not be decrypted</source>
        <translation>विनंती डिक्रिप्ट करता आली नाही</translation>
    </message>
    <message>
        <source>The IRP could not decrypt the request, usually because the IRP public key in the settings is wrong or old.</source>
        <translation>IRP ला विनंती डिक्रिप्ट करता आली नाही, सहसा सेटिंग्जमधील IRP सार्वजनिक की चुकीची किंवा जुनी असल्यामुळे.</translation>
    </message>
    <message>
        <source>IRP could not create the invoice</source>
        <translation>IRP ला इन्व्हॉइस तयार करता आला नाही</translation>
    </message>
    <message>
        <source>An unexpected error at the IRP while registering the invoice.</source>
        <translation>इन्व्हॉइसची नोंदणी करताना IRP वर अनपेक्षित त्रुटी आली.</translation>
    </message>
    <message>
        <source>Invoice not as per the schema</source>
        <translation>इन्व्हॉइस स्कीमानुसार नाही</translation>
    </message>
    <message>
        <source>The IRP could not read the invoice: a field has the wrong type, length or format, or a required field is missing.</source>
        <translation>IRP ला इन्व्हॉइस वाचता आला नाही: एखाद्या फील्डचा प्रकार, लांबी किंवा फॉरमॅट चुकीचा आहे, किंवा एखादे आवश्यक फील्ड दिलेले नाही.</translation>
    </message>
    <message>
        <source>IRP could not cancel the IRN</source>
        <translation>IRP ला IRN रद्द करता आला नाही</translation>
    </message>
    <message>
        <source>An unexpected error at the IRP while cancelling.</source>
        <translation>रद्द करताना IRP वर अनपेक्षित त्रुटी आली.</translation>
    </message>
    <message>
        <source>Request incomplete</source>
        <translation>विनंती अपूर्ण</translation>
    </message>
    <message>
        <source>A required part of the request is missing, for example the IRN or the reason of a cancellation.</source>
        <translation>विनंतीचा एखादा आवश्यक भाग दिलेला नाही, उदा. IRN किंवा रद्द करण्याचे कारण.</translation>
    </message>
    <message>
        <source>Fill in everything the request needs (to cancel: the IRN, the reason and a remark) and send it again.</source>
        <translation>विनंतीसाठी आवश्यक ते सर्व भरा (रद्द करण्यासाठी: IRN, कारण आणि शेरा) आणि पुन्हा पाठवा.</translation>
    </message>
    <message>
        <source>IRN belongs to another GSTIN</source>
        <translation>IRN दुसऱ्या GSTIN चा आहे</translation>
    </message>
    <message>
        <source>Only the GSTIN that generated an IRN can cancel it or work with it.</source>
        <translation>ज्या GSTIN ने IRN तयार केला आहे, फक्त तोच तो रद्द करू शकतो किंवा त्यावर काम करू शकतो.</translation>
    </message>
    <message>
        <source>Document date format wrong</source>
        <translation>दस्तऐवज दिनांकाचा फॉरमॅट चुकीचा</translation>
    </message>
    <message>
        <source>The document date is not written as DD/MM/YYYY.</source>
        <translation>दस्तऐवजाचा दिनांक DD/MM/YYYY असा लिहिलेला नाही.</translation>
    </message>
    <message>
        <source>IRN not valid</source>
        <translation>IRN वैध नाही</translation>
    </message>
    <message>
        <source>The IRN given is not a 64-character IRN.</source>
        <translation>दिलेला IRN 64 वर्णांचा IRN नाही.</translation>
    </message>
    <message>
        <source>Copy the full IRN again: 64 characters, digits and the letters a to f.</source>
        <translation>संपूर्ण IRN पुन्हा कॉपी करा: 64 वर्ण, म्हणजे अंक आणि a ते f अक्षरे.</translation>
    </message>
    <message>
        <source>IRN could not be created now</source>
        <translation>IRN आत्ता तयार करता आला नाही</translation>
    </message>
    <message>
        <source>A passing problem at the IRP while creating the IRN.</source>
        <translation>IRN तयार करताना IRP वर आलेली तात्पुरती समस्या.</translation>
    </message>
    <message>
        <source>Invoice could not be signed now</source>
        <translation>इन्व्हॉइसवर आत्ता स्वाक्षरी करता आली नाही</translation>
    </message>
    <message>
        <source>A passing problem at the IRP while signing the invoice.</source>
        <translation>इन्व्हॉइसवर स्वाक्षरी करताना IRP वर आलेली तात्पुरती समस्या.</translation>
    </message>
    <message>
        <source>IRN not found</source>
        <translation>IRN सापडला नाही</translation>
    </message>
    <message>
        <source>The IRP has no data for this IRN, or it is too old to fetch through the API.</source>
        <translation>IRP कडे या IRN चा कोणताही डेटा नाही, किंवा तो API द्वारे मिळवण्यासाठी खूप जुना आहे.</translation>
    </message>
    <message>
        <source>Duplicate IRN</source>
        <translation>डुप्लिकेट IRN</translation>
    </message>
    <message>
        <source>This document (same seller GSTIN, type, number and financial year) is already registered, perhaps by an earlier try whose answer was lost. Capitals in the number do not count.</source>
        <translation>हा दस्तऐवज (तोच विक्रेता GSTIN, प्रकार, क्रमांक आणि आर्थिक वर्ष) आधीच नोंदणीकृत आहे, कदाचित आधीच्या अशा प्रयत्नात ज्याचे उत्तर मिळाले नाही. क्रमांकातील कॅपिटल-स्मॉल अक्षरांचा फरक धरला जात नाही.</translation>
    </message>
    <message>
        <source>If it is the same invoice, keep the IRN the IRP returned with this error. If it is another invoice, give it a new number: a used number, even a cancelled one, cannot be used again in the financial year.</source>
        <translation>हा तोच इन्व्हॉइस असेल, तर या त्रुटीसोबत IRP ने परत केलेला IRN ठेवा. हा दुसरा इन्व्हॉइस असेल, तर त्याला नवीन क्रमांक द्या: वापरलेला क्रमांक, रद्द केलेला असला तरी, त्या आर्थिक वर्षात पुन्हा वापरता येत नाही.</translation>
    </message>
    <message>
        <source>IRN details not found</source>
        <translation>IRN तपशील सापडला नाही</translation>
    </message>
    <message>
        <source>No IRN was found for these document details.</source>
        <translation>या दस्तऐवज तपशिलासाठी कोणताही IRN सापडला नाही.</translation>
    </message>
    <message>
        <source>Seller GSTIN missing</source>
        <translation>विक्रेता GSTIN दिलेला नाही</translation>
    </message>
    <message>
        <source>The seller&apos;s GSTIN is empty.</source>
        <translation>विक्रेत्याचा GSTIN रिकामा आहे.</translation>
    </message>
    <message>
        <source>Enter the seller&apos;s GSTIN (SellerDtls.Gstin).</source>
        <translation>विक्रेत्याचा GSTIN (SellerDtls.Gstin) प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>&apos;From&apos; date format wrong</source>
        <translation>&apos;पासून&apos; दिनांकाचा फॉरमॅट चुकीचा</translation>
    </message>
    <message>
        <source>The start date of the search is not written as DD/MM/YYYY.</source>
        <translation>शोधाचा सुरुवातीचा दिनांक DD/MM/YYYY असा लिहिलेला नाही.</translation>
    </message>
    <message>
        <source>&apos;To&apos; date format wrong</source>
        <translation>&apos;पर्यंत&apos; दिनांकाचा फॉरमॅट चुकीचा</translation>
    </message>
    <message>
        <source>The end date of the search is not written as DD/MM/YYYY.</source>
        <translation>शोधाचा शेवटचा दिनांक DD/MM/YYYY असा लिहिलेला नाही.</translation>
    </message>
    <message>
        <source>Reverse charge flag wrong</source>
        <translation>रिव्हर्स चार्ज फ्लॅग चुकीचा</translation>
    </message>
    <message>
        <source>Reverse charge (RegRev) must be Y or N.</source>
        <translation>रिव्हर्स चार्ज (RegRev) Y किंवा N असला पाहिजे.</translation>
    </message>
    <message>
        <source>Set RegRev to Y or N.</source>
        <translation>RegRev हे Y किंवा N ठेवा.</translation>
    </message>
    <message>
        <source>Document type wrong</source>
        <translation>दस्तऐवज प्रकार चुकीचा</translation>
    </message>
    <message>
        <source>Only INV (invoice), CRN (credit note) and DBN (debit note) can be e-invoiced.</source>
        <translation>फक्त INV (इन्व्हॉइस), CRN (क्रेडिट नोट) आणि DBN (डेबिट नोट) यांचेच ई-इन्व्हॉइस करता येते.</translation>
    </message>
    <message>
        <source>Set the document type (DocDtls.Typ) to INV, CRN or DBN.</source>
        <translation>दस्तऐवज प्रकार (DocDtls.Typ) INV, CRN किंवा DBN ठेवा.</translation>
    </message>
    <message>
        <source>Reverse charge only for B2B</source>
        <translation>रिव्हर्स चार्ज फक्त B2B साठी</translation>
    </message>
    <message>
        <source>Reverse charge (RegRev = Y) is allowed only with supply type B2B.</source>
        <translation>रिव्हर्स चार्ज (RegRev = Y) फक्त B2B पुरवठा प्रकारासोबतच अनुमत आहे.</translation>
    </message>
    <message>
        <source>Set RegRev to N, or the supply type to B2B if the supply really is under reverse charge.</source>
        <translation>RegRev हे N ठेवा, किंवा पुरवठा खरोखर रिव्हर्स चार्जअंतर्गत असल्यास पुरवठा प्रकार B2B ठेवा.</translation>
    </message>
    <message>
        <source>Date must be today or yesterday</source>
        <translation>दिनांक आजचा किंवा कालचा असला पाहिजे</translation>
    </message>
    <message>
        <source>An early IRP rule accepted only today&apos;s or yesterday&apos;s date. It was withdrawn.</source>
        <translation>IRP चा एक सुरुवातीचा नियम फक्त आजचा किंवा कालचा दिनांक स्वीकारत असे. तो मागे घेण्यात आला आहे.</translation>
    </message>
    <message>
        <source>Seller or e-commerce operator, not both</source>
        <translation>विक्रेता किंवा ई-कॉमर्स ऑपरेटर, दोन्ही नाही</translation>
    </message>
    <message>
        <source>An invoice is reported by the seller or by the e-commerce operator, not by both. Also given when the seller GSTIN is not the GSTIN you are logged in with.</source>
        <translation>इन्व्हॉइस विक्रेता किंवा ई-कॉमर्स ऑपरेटर यांपैकी एकच रिपोर्ट करतो, दोघेही नाही. तुम्ही ज्या GSTIN ने लॉग इन केले आहे तो विक्रेता GSTIN नसल्यासही ही त्रुटी येते.</translation>
    </message>
    <message>
        <source>Check that the seller GSTIN is the GSTIN of your login, and that the operator has not already reported this invoice.</source>
        <translation>विक्रेता GSTIN हा तुमच्या लॉगिनचाच GSTIN आहे, आणि ऑपरेटरने हा इन्व्हॉइस आधीच रिपोर्ट केलेला नाही याची खात्री करा.</translation>
    </message>
    <message>
        <source>Deemed export buyer cannot be URP</source>
        <translation>मानीव निर्यातीचा खरेदीदार URP असू शकत नाही</translation>
    </message>
    <message>
        <source>For a deemed export (DEXP) the buyer must have a GSTIN.</source>
        <translation>मानीव निर्यातीसाठी (DEXP) खरेदीदाराकडे GSTIN असला पाहिजे.</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s GSTIN.</source>
        <translation>खरेदीदाराचा GSTIN प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>IGST on an intra-state line</source>
        <translation>राज्यांतर्गत ओळीवर IGST</translation>
    </message>
    <message>
        <source>Seller state and place of supply are the same, so the line must carry CGST and SGST, not IGST.</source>
        <translation>विक्रेत्याचे राज्य आणि पुरवठ्याचे ठिकाण एकच आहे, म्हणून ओळीवर IGST नव्हे तर CGST आणि SGST असला पाहिजे.</translation>
    </message>
    <message>
        <source>Too many lines</source>
        <translation>खूप जास्त ओळी</translation>
    </message>
    <message>
        <source>An invoice can have at most 1000 lines.</source>
        <translation>एका इन्व्हॉइसमध्ये जास्तीत जास्त 1000 ओळी असू शकतात.</translation>
    </message>
    <message>
        <source>Split it into several invoices.</source>
        <translation>तो अनेक इन्व्हॉइसमध्ये विभागा.</translation>
    </message>
    <message>
        <source>CGST or SGST on an inter-state line</source>
        <translation>आंतरराज्य ओळीवर CGST किंवा SGST</translation>
    </message>
    <message>
        <source>Seller state and place of supply differ, so the line must carry IGST only.</source>
        <translation>विक्रेत्याचे राज्य आणि पुरवठ्याचे ठिकाण वेगवेगळे आहेत, म्हणून ओळीवर फक्त IGST असला पाहिजे.</translation>
    </message>
    <message>
        <source>HSN code not known</source>
        <translation>HSN कोड ओळखीचा नाही</translation>
    </message>
    <message>
        <source>An HSN or SAC code is not in the GST list, or is too short: at least 6 digits are needed.</source>
        <translation>एखादा HSN किंवा SAC कोड GST यादीत नाही, किंवा खूप लहान आहे: किमान 6 अंक आवश्यक आहेत.</translation>
    </message>
    <message>
        <source>Look up the full 6 or 8 digit code in the GST HSN/SAC list and use it.</source>
        <translation>GST HSN/SAC यादीत पूर्ण 6 किंवा 8 अंकी कोड शोधा आणि तो वापरा.</translation>
    </message>
    <message>
        <source>Unit code not known</source>
        <translation>एकक कोड ओळखीचा नाही</translation>
    </message>
    <message>
        <source>A unit is not a GST unit code (UQC), for example &apos;pcs.&apos; or &apos;Nos&apos;.</source>
        <translation>एखादे एकक GST एकक कोड (UQC) नाही, उदा. &apos;pcs.&apos; किंवा &apos;Nos&apos;.</translation>
    </message>
    <message>
        <source>Use a UQC code such as NOS, PCS, KGS, MTR, or OTH for others.</source>
        <translation>NOS, PCS, KGS, MTR यांसारखा UQC कोड वापरा, किंवा इतरांसाठी OTH.</translation>
    </message>
    <message>
        <source>PIN not in the state</source>
        <translation>PIN त्या राज्यातील नाही</translation>
    </message>
    <message>
        <source>A PIN code does not belong to the state code given with it.</source>
        <translation>एखादा PIN कोड त्यासोबत दिलेल्या राज्य कोडमधील नाही.</translation>
    </message>
    <message>
        <source>Check the PIN and the state code of that address.</source>
        <translation>त्या पत्त्याचा PIN आणि राज्य कोड तपासा.</translation>
    </message>
    <message>
        <source>Tax amounts do not match the rates</source>
        <translation>कराच्या रकमा दरांशी जुळत नाहीत</translation>
    </message>
    <message>
        <source>Tax amounts do not agree with the tax rate and the taxable value.</source>
        <translation>कराच्या रकमा कर दर आणि करपात्र मूल्याशी जुळत नाहीत.</translation>
    </message>
    <message>
        <source>Export with CGST or SGST</source>
        <translation>CGST किंवा SGST सह निर्यात</translation>
    </message>
    <message>
        <source>An export can carry IGST only.</source>
        <translation>निर्यातीवर फक्त IGST असू शकतो.</translation>
    </message>
    <message>
        <source>Put the tax in IGST and remove CGST and SGST.</source>
        <translation>कर IGST मध्ये टाका आणि CGST व SGST काढून टाका.</translation>
    </message>
    <message>
        <source>Export cannot be intra-state</source>
        <translation>निर्यात राज्यांतर्गत असू शकत नाही</translation>
    </message>
    <message>
        <source>For an export the place of supply must be 96 (other country), not the seller&apos;s state.</source>
        <translation>निर्यातीसाठी पुरवठ्याचे ठिकाण विक्रेत्याचे राज्य नव्हे, तर 96 (इतर देश) असले पाहिजे.</translation>
    </message>
    <message>
        <source>ValDtls.%1 must include the non-ad-valorem cess (CesNonAdvlAmt) of all lines.</source>
        <translation>ValDtls.%1 मध्ये सर्व ओळींचा नॉन-ॲड-व्हॅलोरम उपकर (CesNonAdvlAmt) समाविष्ट असला पाहिजे.</translation>
    </message>
    <message>
        <source>Invoice value does not add up</source>
        <translation>इन्व्हॉइस मूल्याची बेरीज जुळत नाही</translation>
    </message>
    <message>
        <source>TotInvVal must equal the line totals + other charges − discount + round-off, within ₹1.</source>
        <translation>TotInvVal हे ओळींची एकूण रक्कम + इतर शुल्क − सवलत + राउंड-ऑफ यांच्या बरोबर असले पाहिजे, ₹1 च्या फरकात.</translation>
    </message>
    <message>
        <source>Buyer type not valid for an export</source>
        <translation>खरेदीदाराचा प्रकार निर्यातीसाठी वैध नाही</translation>
    </message>
    <message>
        <source>The buyer&apos;s registration type does not fit an export.</source>
        <translation>खरेदीदाराचा नोंदणी प्रकार निर्यातीशी जुळत नाही.</translation>
    </message>
    <message>
        <source>Original invoice missing</source>
        <translation>मूळ इन्व्हॉइस दिलेला नाही</translation>
    </message>
    <message>
        <source>A credit or debit note must name the invoice it corrects (RefDtls.PrecDocDtls).</source>
        <translation>क्रेडिट किंवा डेबिट नोटमध्ये ती ज्या इन्व्हॉइसची दुरुस्ती करते त्याचा उल्लेख (RefDtls.PrecDocDtls) असला पाहिजे.</translation>
    </message>
    <message>
        <source>Enter the original invoice&apos;s number and date as the preceding document.</source>
        <translation>मूळ इन्व्हॉइसचा क्रमांक आणि दिनांक आधीचा दस्तऐवज म्हणून प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>Amount is not quantity × price</source>
        <translation>रक्कम प्रमाण × किंमत इतकी नाही</translation>
    </message>
    <message>
        <source>TotAmt is not Qty × UnitPrice. The IRP has suspended this check, but the amount looks wrong.</source>
        <translation>TotAmt हे Qty × UnitPrice नाही. IRP ने ही तपासणी स्थगित केली आहे, पण रक्कम चुकीची दिसते.</translation>
    </message>
    <message>
        <source>Taxable value wrong</source>
        <translation>करपात्र मूल्य चुकीचे</translation>
    </message>
    <message>
        <source>AssAmt must be TotAmt − Discount.</source>
        <translation>AssAmt हे TotAmt − Discount असले पाहिजे.</translation>
    </message>
    <message>
        <source>Line total wrong</source>
        <translation>ओळीची एकूण रक्कम चुकीची</translation>
    </message>
    <message>
        <source>TotItemVal must be the taxable value plus all taxes, cess and other charges of the line.</source>
        <translation>TotItemVal हे ओळीचे करपात्र मूल्य आणि त्या ओळीवरील सर्व कर, उपकर व इतर शुल्क यांची बेरीज असले पाहिजे.</translation>
    </message>
    <message>
        <source>E-commerce GSTIN is not a TCS registration</source>
        <translation>ई-कॉमर्स GSTIN हा TCS नोंदणी नाही</translation>
    </message>
    <message>
        <source>EcmGstin must be the e-commerce operator&apos;s TCS GSTIN (C as 14th character).</source>
        <translation>EcmGstin हा ई-कॉमर्स ऑपरेटरचा TCS GSTIN असला पाहिजे (14 वा वर्ण C).</translation>
    </message>
    <message>
        <source>Ask the operator for its TCS GSTIN and enter it.</source>
        <translation>ऑपरेटरकडून त्याचा TCS GSTIN मागून घ्या आणि तो प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>URP not allowed for this export</source>
        <translation>या निर्यातीसाठी URP अनुमत नाही</translation>
    </message>
    <message>
        <source>The buyer is URP, which this kind of export does not allow.</source>
        <translation>खरेदीदार URP आहे, जे या प्रकारच्या निर्यातीत अनुमत नाही.</translation>
    </message>
    <message>
        <source>Check that the supply type fits the buyer: a buyer registered in India means B2B, SEZ or deemed export.</source>
        <translation>पुरवठा प्रकार खरेदीदाराशी जुळतो का ते तपासा: भारतात नोंदणीकृत खरेदीदार म्हणजे B2B, SEZ किंवा मानीव निर्यात.</translation>
    </message>
    <message>
        <source>E-commerce GSTIN missing</source>
        <translation>ई-कॉमर्स GSTIN दिलेला नाही</translation>
    </message>
    <message>
        <source>The supply is made through an e-commerce operator, but EcmGstin is missing.</source>
        <translation>पुरवठा ई-कॉमर्स ऑपरेटरमार्फत झाला आहे, पण EcmGstin दिलेला नाही.</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s TCS GSTIN (EcmGstin).</source>
        <translation>ऑपरेटरचा TCS GSTIN (EcmGstin) प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>Ship or dispatch details not allowed</source>
        <translation>पोहोचवण्याच्या पत्त्याचा किंवा पाठवण्याच्या ठिकाणाचा तपशील अनुमत नाही</translation>
    </message>
    <message>
        <source>HSN code does not fit the line</source>
        <translation>HSN कोड ओळीशी जुळत नाही</translation>
    </message>
    <message>
        <source>An HSN or SAC code does not fit the line, for example a goods code on a service line.</source>
        <translation>एखादा HSN किंवा SAC कोड ओळीशी जुळत नाही, उदा. सेवेच्या ओळीवर मालाचा कोड.</translation>
    </message>
    <message>
        <source>Service codes (SAC) start with 99: set IsServc to Y for them and N for goods.</source>
        <translation>सेवा कोड (SAC) 99 ने सुरू होतात: त्यांच्यासाठी IsServc हे Y आणि मालासाठी N ठेवा.</translation>
    </message>
    <message>
        <source>Dispatch or ship-to state code wrong</source>
        <translation>पाठवण्याच्या ठिकाणाचा किंवा पोहोचवण्याच्या पत्त्याचा राज्य कोड चुकीचा</translation>
    </message>
    <message>
        <source>The state code of the dispatch or ship-to address is not a valid state code.</source>
        <translation>पाठवण्याच्या ठिकाणाचा किंवा पोहोचवण्याच्या पत्त्याचा राज्य कोड वैध राज्य कोड नाही.</translation>
    </message>
    <message>
        <source>Port code wrong</source>
        <translation>बंदर कोड चुकीचा</translation>
    </message>
    <message>
        <source>ExpDtls.Port is not in the list of Indian port codes.</source>
        <translation>ExpDtls.Port भारतीय बंदर कोडच्या यादीत नाही.</translation>
    </message>
    <message>
        <source>Enter the port code from the customs list, for example INNSA1 for Nhava Sheva.</source>
        <translation>सीमाशुल्क यादीतील बंदर कोड प्रविष्ट करा, उदा. न्हावा शेवासाठी INNSA1.</translation>
    </message>
    <message>
        <source>Country code wrong</source>
        <translation>देश कोड चुकीचा</translation>
    </message>
    <message>
        <source>ExpDtls.CntCode is not a two-letter country code.</source>
        <translation>ExpDtls.CntCode हा दोन अक्षरी देश कोड नाही.</translation>
    </message>
    <message>
        <source>Use the ISO country code, for example US, AE or GB.</source>
        <translation>ISO देश कोड वापरा, उदा. US, AE किंवा GB.</translation>
    </message>
    <message>
        <source>Currency code wrong</source>
        <translation>चलन कोड चुकीचा</translation>
    </message>
    <message>
        <source>ExpDtls.ForCur is not a three-letter currency code.</source>
        <translation>ExpDtls.ForCur हा तीन अक्षरी चलन कोड नाही.</translation>
    </message>
    <message>
        <source>Use the ISO currency code, for example USD, EUR or AED.</source>
        <translation>ISO चलन कोड वापरा, उदा. USD, EUR किंवा AED.</translation>
    </message>
    <message>
        <source>Ship-to details required</source>
        <translation>पोहोचवण्याच्या पत्त्याचा तपशील आवश्यक</translation>
    </message>
    <message>
        <source>Dispatch details required</source>
        <translation>पाठवण्याच्या ठिकाणाचा तपशील आवश्यक</translation>
    </message>
    <message>
        <source>Ship-to and dispatch details required</source>
        <translation>पोहोचवण्याचा पत्ता आणि पाठवण्याचे ठिकाण यांचा तपशील आवश्यक</translation>
    </message>
    <message>
        <source>Ship-to details not allowed</source>
        <translation>पोहोचवण्याच्या पत्त्याचा तपशील अनुमत नाही</translation>
    </message>
    <message>
        <source>Export details missing</source>
        <translation>निर्यात तपशील दिलेला नाही</translation>
    </message>
    <message>
        <source>An export (EXPWP or EXPWOP) needs export details (ExpDtls).</source>
        <translation>निर्यातीसाठी (EXPWP किंवा EXPWOP) निर्यात तपशील (ExpDtls) आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Fill in the export details: country (CntCode), currency (ForCur) and, for goods, the port and shipping bill.</source>
        <translation>निर्यात तपशील भरा: देश (CntCode), चलन (ForCur) आणि, मालासाठी, बंदर व शिपिंग बिल.</translation>
    </message>
    <message>
        <source>Dispatch details not allowed</source>
        <translation>पाठवण्याच्या ठिकाणाचा तपशील अनुमत नाही</translation>
    </message>
    <message>
        <source>Original invoice not expected</source>
        <translation>मूळ इन्व्हॉइस अपेक्षित नाही</translation>
    </message>
    <message>
        <source>An invoice (INV) must not name a preceding invoice; only credit and debit notes do.</source>
        <translation>इन्व्हॉइसमध्ये (INV) आधीच्या इन्व्हॉइसचा उल्लेख असू नये; तो फक्त क्रेडिट आणि डेबिट नोटमध्ये असतो.</translation>
    </message>
    <message>
        <source>Remove RefDtls.PrecDocDtls, or set the document type to CRN or DBN if this is a note.</source>
        <translation>RefDtls.PrecDocDtls काढून टाका, किंवा ही नोट असल्यास दस्तऐवज प्रकार CRN किंवा DBN ठेवा.</translation>
    </message>
    <message>
        <source>Seller and buyer GSTIN are the same</source>
        <translation>विक्रेता आणि खरेदीदार यांचा GSTIN एकच आहे</translation>
    </message>
    <message>
        <source>A seller cannot invoice its own GSTIN.</source>
        <translation>विक्रेता स्वतःच्याच GSTIN ला इन्व्हॉइस देऊ शकत नाही.</translation>
    </message>
    <message>
        <source>Check the buyer&apos;s GSTIN. A branch in another state has a GSTIN of its own.</source>
        <translation>खरेदीदाराचा GSTIN तपासा. दुसऱ्या राज्यातील शाखेचा स्वतःचा वेगळा GSTIN असतो.</translation>
    </message>
    <message>
        <source>Buyer cannot be URP here</source>
        <translation>येथे खरेदीदार URP असू शकत नाही</translation>
    </message>
    <message>
        <source>This supply type needs a registered buyer; URP is for exports.</source>
        <translation>या पुरवठा प्रकारासाठी नोंदणीकृत खरेदीदार आवश्यक आहे; URP निर्यातीसाठी आहे.</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s GSTIN. Sales to unregistered buyers in India (B2C) are not e-invoiced.</source>
        <translation>खरेदीदाराचा GSTIN प्रविष्ट करा. भारतातील अनोंदणीकृत खरेदीदारांना केलेल्या विक्रीचे (B2C) ई-इन्व्हॉइस होत नाही.</translation>
    </message>
    <message>
        <source>Seller cannot be URP</source>
        <translation>विक्रेता URP असू शकत नाही</translation>
    </message>
    <message>
        <source>The seller must be a registered GSTIN.</source>
        <translation>विक्रेता नोंदणीकृत GSTIN असला पाहिजे.</translation>
    </message>
    <message>
        <source>Enter your own GSTIN as the seller.</source>
        <translation>विक्रेता म्हणून तुमचा स्वतःचा GSTIN प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>Party GSTIN missing</source>
        <translation>पक्षकाराचा GSTIN दिलेला नाही</translation>
    </message>
    <message>
        <source>A party (seller, buyer or ship-to) has no GSTIN.</source>
        <translation>एखाद्या पक्षकाराचा (विक्रेता, खरेदीदार किंवा पोहोचवण्याचा पत्ता) GSTIN नाही.</translation>
    </message>
    <message>
        <source>Enter the GSTIN, or URP for an unregistered or foreign party where that is allowed.</source>
        <translation>GSTIN प्रविष्ट करा, किंवा अनुमत असेल तेथे अनोंदणीकृत किंवा परदेशी पक्षकारासाठी URP.</translation>
    </message>
    <message>
        <source>PIN or state missing</source>
        <translation>PIN किंवा राज्य दिलेले नाही</translation>
    </message>
    <message>
        <source>An address has no PIN or no state code.</source>
        <translation>एखाद्या पत्त्यात PIN किंवा राज्य कोड नाही.</translation>
    </message>
    <message>
        <source>Enter the PIN and the state code of that address.</source>
        <translation>त्या पत्त्याचा PIN आणि राज्य कोड प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>Party name missing</source>
        <translation>पक्षकाराचे नाव दिलेले नाही</translation>
    </message>
    <message>
        <source>A party has no name.</source>
        <translation>एखाद्या पक्षकाराचे नाव दिलेले नाही.</translation>
    </message>
    <message>
        <source>Enter the party&apos;s legal name.</source>
        <translation>पक्षकाराचे कायदेशीर नाव प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>Location missing</source>
        <translation>ठिकाण दिलेले नाही</translation>
    </message>
    <message>
        <source>An address has no location (city or town).</source>
        <translation>एखाद्या पत्त्यात ठिकाण (शहर किंवा गाव) नाही.</translation>
    </message>
    <message>
        <source>Enter the city or town (Loc).</source>
        <translation>शहर किंवा गाव (Loc) प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>Date in the future</source>
        <translation>भविष्यातील दिनांक</translation>
    </message>
    <message>
        <source>A date is later than today, or is not a real date.</source>
        <translation>एखादा दिनांक आजनंतरचा आहे, किंवा खरा दिनांक नाही.</translation>
    </message>
    <message>
        <source>Use the real date, not a future one, written as DD/MM/YYYY.</source>
        <translation>भविष्यातील नव्हे तर खरा दिनांक वापरा, DD/MM/YYYY असा लिहून.</translation>
    </message>
    <message>
        <source>Start date after end date</source>
        <translation>सुरुवातीचा दिनांक शेवटच्या दिनांकानंतरचा</translation>
    </message>
    <message>
        <source>A period starts after it ends, for example the invoice period in RefDtls.DocPerdDtls.</source>
        <translation>एखादा कालावधी संपल्यानंतर सुरू होतो, उदा. RefDtls.DocPerdDtls मधील इन्व्हॉइस कालावधी.</translation>
    </message>
    <message>
        <source>Correct the dates so that the start comes first.</source>
        <translation>सुरुवातीचा दिनांक आधी येईल असे दिनांक दुरुस्त करा.</translation>
    </message>
    <message>
        <source>Discount too large</source>
        <translation>सवलत खूप जास्त</translation>
    </message>
    <message>
        <source>The invoice discount (ValDtls.Discount) is not below the invoice value.</source>
        <translation>इन्व्हॉइस सवलत (ValDtls.Discount) इन्व्हॉइस मूल्यापेक्षा कमी नाही.</translation>
    </message>
    <message>
        <source>Check the discount. A line&apos;s own discount belongs in that line&apos;s Discount.</source>
        <translation>सवलत तपासा. एखाद्या ओळीची स्वतःची सवलत त्या ओळीच्या Discount मध्ये येते.</translation>
    </message>
    <message>
        <source>Export: with or without tax?</source>
        <translation>निर्यात: करासह की कराशिवाय?</translation>
    </message>
    <message>
        <source>An export must say whether tax is paid: EXPWP with payment, EXPWOP without (under bond or LUT).</source>
        <translation>कर भरला आहे की नाही हे निर्यातीत नमूद केले पाहिजे: EXPWP म्हणजे कर भरून, EXPWOP म्हणजे कर न भरता (बॉण्ड किंवा LUT अंतर्गत).</translation>
    </message>
    <message>
        <source>Set the supply type to EXPWP or EXPWOP.</source>
        <translation>पुरवठा प्रकार EXPWP किंवा EXPWOP ठेवा.</translation>
    </message>
    <message>
        <source>State cess rate wrong</source>
        <translation>राज्य उपकर दर चुकीचा</translation>
    </message>
    <message>
        <source>The state cess rate is not the rate for this HSN code.</source>
        <translation>राज्य उपकर दर हा या HSN कोडचा दर नाही.</translation>
    </message>
    <message>
        <source>State cess rate missing</source>
        <translation>राज्य उपकर दर दिलेला नाही</translation>
    </message>
    <message>
        <source>This HSN code carries a state cess, but no rate is given.</source>
        <translation>या HSN कोडवर राज्य उपकर लागतो, पण दर दिलेला नाही.</translation>
    </message>
    <message>
        <source>E-commerce GSTIN not expected</source>
        <translation>ई-कॉमर्स GSTIN अपेक्षित नाही</translation>
    </message>
    <message>
        <source>EcmGstin is given for a supply that is not made through an e-commerce operator.</source>
        <translation>ई-कॉमर्स ऑपरेटरमार्फत न झालेल्या पुरवठ्यासाठी EcmGstin दिला आहे.</translation>
    </message>
    <message>
        <source>Remove EcmGstin.</source>
        <translation>EcmGstin काढून टाका.</translation>
    </message>
    <message>
        <source>Document date wrong</source>
        <translation>दस्तऐवज दिनांक चुकीचा</translation>
    </message>
    <message>
        <source>DocDtls.Dt is not a real date written as DD/MM/YYYY.</source>
        <translation>DocDtls.Dt हा DD/MM/YYYY असा लिहिलेला खरा दिनांक नाही.</translation>
    </message>
    <message>
        <source>Not allowed to fetch this IRN</source>
        <translation>हा IRN मिळवण्याची परवानगी नाही</translation>
    </message>
    <message>
        <source>Your login may not fetch this IRN, for example because another GSTIN generated it.</source>
        <translation>तुमच्या लॉगिनने हा IRN मिळवता येत नाही, उदा. तो दुसऱ्या GSTIN ने तयार केला असल्यामुळे.</translation>
    </message>
    <message>
        <source>CGST and SGST differ</source>
        <translation>CGST आणि SGST वेगवेगळे आहेत</translation>
    </message>
    <message>
        <source>On an intra-state line CGST and SGST must be equal, half the tax each.</source>
        <translation>राज्यांतर्गत ओळीवर CGST आणि SGST समान असले पाहिजेत, प्रत्येकी कराचा निम्मा भाग.</translation>
    </message>
    <message>
        <source>No lines</source>
        <translation>ओळी नाहीत</translation>
    </message>
    <message>
        <source>The invoice has no items.</source>
        <translation>इन्व्हॉइसमध्ये एकही वस्तू नाही.</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>किमान एक वस्तू जोडा.</translation>
    </message>
    <message>
        <source>E-way bill still active</source>
        <translation>ई-वे बिल अजूनही सक्रिय</translation>
    </message>
    <message>
        <source>The IRN has an active e-way bill, so it cannot be cancelled.</source>
        <translation>या IRN चे ई-वे बिल सक्रिय आहे, म्हणून तो रद्द करता येत नाही.</translation>
    </message>
    <message>
        <source>Cancel the e-way bill first, then the IRN.</source>
        <translation>आधी ई-वे बिल रद्द करा, मग IRN.</translation>
    </message>
    <message>
        <source>SEZ seller cannot e-invoice</source>
        <translation>SEZ विक्रेता ई-इन्व्हॉइस करू शकत नाही</translation>
    </message>
    <message>
        <source>SEZ units are exempt from e-invoicing; the IRP does not accept them as sellers.</source>
        <translation>SEZ युनिट्सना ई-इन्व्हॉइसिंगमधून सूट आहे; IRP त्यांना विक्रेता म्हणून स्वीकारत नाही.</translation>
    </message>
    <message>
        <source>Issue the invoice without an IRN.</source>
        <translation>इन्व्हॉइस IRN शिवाय जारी करा.</translation>
    </message>
    <message>
        <source>Duplicate line numbers</source>
        <translation>डुप्लिकेट ओळ क्रमांक</translation>
    </message>
    <message>
        <source>Two lines have the same serial number (SlNo).</source>
        <translation>दोन ओळींचा अनुक्रमांक (SlNo) एकच आहे.</translation>
    </message>
    <message>
        <source>Number the lines 1, 2, 3 and so on, without repeats.</source>
        <translation>ओळींना पुनरावृत्ती न करता 1, 2, 3 असे क्रमांक द्या.</translation>
    </message>
    <message>
        <source>CGST or SGST of a line wrong</source>
        <translation>ओळीचा CGST किंवा SGST चुकीचा</translation>
    </message>
    <message>
        <source>A line&apos;s CGST or SGST is not taxable value × rate ÷ 2.</source>
        <translation>एखाद्या ओळीचा CGST किंवा SGST करपात्र मूल्य × दर ÷ 2 इतका नाही.</translation>
    </message>
    <message>
        <source>IGST of a line wrong</source>
        <translation>ओळीचा IGST चुकीचा</translation>
    </message>
    <message>
        <source>A line&apos;s IGST is not taxable value × rate.</source>
        <translation>एखाद्या ओळीचा IGST करपात्र मूल्य × दर इतका नाही.</translation>
    </message>
    <message>
        <source>Export e-way bill: ship-to must be the port</source>
        <translation>निर्यात ई-वे बिल: पोहोचवण्याचा पत्ता बंदर असला पाहिजे</translation>
    </message>
    <message>
        <source>For an export with an e-way bill, ship-to must be the Indian port or place the goods leave from.</source>
        <translation>ई-वे बिल असलेल्या निर्यातीत, पोहोचवण्याचा पत्ता म्हणजे माल जेथून बाहेर जातो ते भारतीय बंदर किंवा ठिकाण असले पाहिजे.</translation>
    </message>
    <message>
        <source>SEZ supply with CGST or SGST</source>
        <translation>CGST किंवा SGST सह SEZ पुरवठा</translation>
    </message>
    <message>
        <source>Supplies to an SEZ carry IGST only, even within the state.</source>
        <translation>SEZ ला केलेल्या पुरवठ्यावर फक्त IGST लागतो, तो राज्यांतर्गत असला तरीही.</translation>
    </message>
    <message>
        <source>Put the tax in IGST and set CGST and SGST to 0.</source>
        <translation>कर IGST मध्ये टाका आणि CGST व SGST 0 ठेवा.</translation>
    </message>
    <message>
        <source>Quantity missing</source>
        <translation>प्रमाण दिलेले नाही</translation>
    </message>
    <message>
        <source>A goods line needs a quantity.</source>
        <translation>मालाच्या ओळीत प्रमाण आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Enter the quantity (Qty).</source>
        <translation>प्रमाण (Qty) प्रविष्ट करा.</translation>
    </message>
    <message>
        <source>Unit missing</source>
        <translation>एकक दिलेले नाही</translation>
    </message>
    <message>
        <source>A goods line needs a unit.</source>
        <translation>मालाच्या ओळीत एकक आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Enter the unit code (UQC), for example NOS.</source>
        <translation>एकक कोड (UQC) प्रविष्ट करा, उदा. NOS.</translation>
    </message>
    <message>
        <source>GST rate not allowed</source>
        <translation>GST दर अनुमत नाही</translation>
    </message>
    <message>
        <source>The GST rate is not one of the rates allowed for this HSN code.</source>
        <translation>GST दर या HSN कोडसाठी अनुमत दरांपैकी नाही.</translation>
    </message>
    <message>
        <source>Use the rate notified for the HSN code: 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28 or 40.</source>
        <translation>HSN कोडसाठी अधिसूचित दर वापरा: 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28 किंवा 40.</translation>
    </message>
    <message>
        <source>Intra-state line needs CGST and SGST</source>
        <translation>राज्यांतर्गत ओळीला CGST आणि SGST आवश्यक</translation>
    </message>
    <message>
        <source>Seller state and place of supply are the same, so the line needs both CGST and SGST.</source>
        <translation>विक्रेत्याचे राज्य आणि पुरवठ्याचे ठिकाण एकच आहे, म्हणून ओळीवर CGST आणि SGST दोन्ही आवश्यक आहेत.</translation>
    </message>
    <message>
        <source>Place of supply 96 not allowed</source>
        <translation>पुरवठ्याचे ठिकाण 96 अनुमत नाही</translation>
    </message>
    <message>
        <source>96 (other country) is the place of supply only of exports and some transport services.</source>
        <translation>96 (इतर देश) हे फक्त निर्यात आणि काही वाहतूक सेवांचे पुरवठ्याचे ठिकाण असते.</translation>
    </message>
    <message>
        <source>Set the place of supply to the buyer&apos;s state, or the supply type to an export.</source>
        <translation>पुरवठ्याचे ठिकाण म्हणून खरेदीदाराचे राज्य ठेवा, किंवा पुरवठा प्रकार निर्यात ठेवा.</translation>
    </message>
    <message>
        <source>Place of supply wrong</source>
        <translation>पुरवठ्याचे ठिकाण चुकीचे</translation>
    </message>
    <message>
        <source>The place of supply is not a valid state code.</source>
        <translation>पुरवठ्याचे ठिकाण वैध राज्य कोड नाही.</translation>
    </message>
    <message>
        <source>Buyer PIN missing</source>
        <translation>खरेदीदाराचा PIN दिलेला नाही</translation>
    </message>
    <message>
        <source>This supply type needs the buyer&apos;s PIN.</source>
        <translation>या पुरवठा प्रकारासाठी खरेदीदाराचा PIN आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s PIN, or 999999 for a foreign buyer.</source>
        <translation>खरेदीदाराचा PIN प्रविष्ट करा, किंवा परदेशी खरेदीदारासाठी 999999.</translation>
    </message>
    <message>
        <source>Ship-to state must be the place of supply</source>
        <translation>पोहोचवण्याच्या पत्त्याचे राज्य हेच पुरवठ्याचे ठिकाण असले पाहिजे</translation>
    </message>
    <message>
        <source>An older rule required the ship-to state to equal the place of supply for B2B. It is no longer applied.</source>
        <translation>एका जुन्या नियमानुसार B2B साठी पोहोचवण्याच्या पत्त्याचे राज्य पुरवठ्याच्या ठिकाणाइतकेच असणे आवश्यक होते. तो आता लागू नाही.</translation>
    </message>
    <message>
        <source>Buyer is an SEZ</source>
        <translation>खरेदीदार SEZ आहे</translation>
    </message>
    <message>
        <source>The buyer is an SEZ unit, so the supply type must be SEZWP or SEZWOP.</source>
        <translation>खरेदीदार SEZ युनिट आहे, म्हणून पुरवठा प्रकार SEZWP किंवा SEZWOP असला पाहिजे.</translation>
    </message>
    <message>
        <source>Set the supply type to SEZWP (with tax) or SEZWOP (without tax).</source>
        <translation>पुरवठा प्रकार SEZWP (करासह) किंवा SEZWOP (कराशिवाय) ठेवा.</translation>
    </message>
    <message>
        <source>Buyer is not an SEZ</source>
        <translation>खरेदीदार SEZ नाही</translation>
    </message>
    <message>
        <source>SEZWP and SEZWOP supplies need an SEZ unit or developer as buyer.</source>
        <translation>SEZWP आणि SEZWOP पुरवठ्यासाठी खरेदीदार SEZ युनिट किंवा डेव्हलपर असला पाहिजे.</translation>
    </message>
    <message>
        <source>Check the buyer&apos;s GSTIN; if the buyer is not an SEZ, use supply type B2B.</source>
        <translation>खरेदीदाराचा GSTIN तपासा; खरेदीदार SEZ नसल्यास पुरवठा प्रकार B2B वापरा.</translation>
    </message>
    <message>
        <source>Export buyer must be URP</source>
        <translation>निर्यातीत खरेदीदार URP असणे आवश्यक</translation>
    </message>
    <message>
        <source>For an export the buyer&apos;s GSTIN must be URP.</source>
        <translation>निर्यातीसाठी खरेदीदाराचा GSTIN URP असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Goods and services mixed</source>
        <translation>माल आणि सेवा एकत्र</translation>
    </message>
    <message>
        <source>An inter-state invoice whose place of supply is the seller&apos;s state cannot mix goods and services.</source>
        <translation>ज्या आंतरराज्य इन्व्हॉइसचे पुरवठ्याचे ठिकाण विक्रेत्याचे राज्य आहे, त्यात माल आणि सेवा एकत्र असू शकत नाहीत.</translation>
    </message>
    <message>
        <source>Put the goods and the services on separate invoices.</source>
        <translation>माल आणि सेवा वेगवेगळ्या इन्व्हॉइसवर घ्या.</translation>
    </message>
    <message>
        <source>E-way bill needs a goods line</source>
        <translation>ई-वे बिलसाठी मालाची ओळ आवश्यक</translation>
    </message>
    <message>
        <source>An e-way bill needs at least one goods line (HSN not starting with 99).</source>
        <translation>ई-वे बिलसाठी किमान एक मालाची ओळ (HSN 99 ने सुरू न होणारा) आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Vehicle details missing</source>
        <translation>वाहनाचा तपशील नाही</translation>
    </message>
    <message>
        <source>Transport by road needs the vehicle number and type.</source>
        <translation>रस्ते वाहतुकीसाठी वाहन क्रमांक आणि प्रकार आवश्यक आहेत.</translation>
    </message>
    <message>
        <source>Enter VehNo and VehType, or only the transporter ID (TransId) to add the vehicle later.</source>
        <translation>VehNo आणि VehType भरा, किंवा वाहन नंतर जोडण्यासाठी फक्त वाहतूकदार ID (TransId) भरा.</translation>
    </message>
    <message>
        <source>Transport document missing</source>
        <translation>वाहतूक दस्तऐवज नाही</translation>
    </message>
    <message>
        <source>Transport by rail, air or ship needs the transport document number and date.</source>
        <translation>रेल्वे, हवाई किंवा जहाज वाहतुकीसाठी वाहतूक दस्तऐवज क्रमांक आणि दिनांक आवश्यक आहेत.</translation>
    </message>
    <message>
        <source>Enter TransDocNo and TransDocDt.</source>
        <translation>TransDocNo आणि TransDocDt भरा.</translation>
    </message>
    <message>
        <source>Empty request</source>
        <translation>रिकामी विनंती</translation>
    </message>
    <message>
        <source>The IRP received no invoice data.</source>
        <translation>IRP ला इन्व्हॉइसचा कोणताही डेटा मिळाला नाही.</translation>
    </message>
    <message>
        <source>Signature not valid</source>
        <translation>स्वाक्षरी वैध नाही</translation>
    </message>
    <message>
        <source>The IRP could not verify the signature of the request.</source>
        <translation>IRP विनंतीवरील स्वाक्षरी पडताळू शकले नाही.</translation>
    </message>
    <message>
        <source>Login not valid for this IRN</source>
        <translation>या IRN साठी लॉगिन वैध नाही</translation>
    </message>
    <message>
        <source>Your login is not allowed to work with this IRN.</source>
        <translation>तुमच्या लॉगिनला या IRN वर काम करण्याची परवानगी नाही.</translation>
    </message>
    <message>
        <source>Seller state code is not the GSTIN&apos;s</source>
        <translation>विक्रेत्याचा राज्य कोड GSTIN शी जुळत नाही</translation>
    </message>
    <message>
        <source>SellerDtls.Stcd must equal the first two digits of the seller&apos;s GSTIN.</source>
        <translation>SellerDtls.Stcd हा विक्रेत्याच्या GSTIN च्या पहिल्या दोन अंकांइतका असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Seller state code wrong</source>
        <translation>विक्रेत्याचा राज्य कोड चुकीचा</translation>
    </message>
    <message>
        <source>SellerDtls.Stcd is not a valid state code.</source>
        <translation>SellerDtls.Stcd हा वैध राज्य कोड नाही.</translation>
    </message>
    <message>
        <source>Buyer state code wrong</source>
        <translation>खरेदीदाराचा राज्य कोड चुकीचा</translation>
    </message>
    <message>
        <source>BuyerDtls.Stcd is not a valid state code.</source>
        <translation>BuyerDtls.Stcd हा वैध राज्य कोड नाही.</translation>
    </message>
    <message>
        <source>Export: buyer state must be 96</source>
        <translation>निर्यात: खरेदीदाराचे राज्य 96 असणे आवश्यक</translation>
    </message>
    <message>
        <source>For an export the buyer&apos;s state code must be 96, other country.</source>
        <translation>निर्यातीसाठी खरेदीदाराचा राज्य कोड 96 (इतर देश) असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>IgstOnIntra needs the seller&apos;s state as place of supply</source>
        <translation>IgstOnIntra साठी पुरवठ्याचे ठिकाण विक्रेत्याचे राज्य असणे आवश्यक</translation>
    </message>
    <message>
        <source>With IgstOnIntra = Y the place of supply must be the seller&apos;s own state.</source>
        <translation>IgstOnIntra = Y असल्यास पुरवठ्याचे ठिकाण विक्रेत्याचे स्वतःचे राज्य असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Set the place of supply to the seller&apos;s state, or IgstOnIntra to N.</source>
        <translation>पुरवठ्याचे ठिकाण विक्रेत्याचे राज्य करा, किंवा IgstOnIntra N करा.</translation>
    </message>
    <message>
        <source>IgstOnIntra value wrong</source>
        <translation>IgstOnIntra चे मूल्य चुकीचे</translation>
    </message>
    <message>
        <source>IgstOnIntra must be Y or N.</source>
        <translation>IgstOnIntra हे Y किंवा N असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Set IgstOnIntra to Y or N.</source>
        <translation>IgstOnIntra ला Y किंवा N सेट करा.</translation>
    </message>
    <message>
        <source>Other charges do not add up</source>
        <translation>इतर शुल्कांची बेरीज जुळत नाही</translation>
    </message>
    <message>
        <source>An older rule required ValDtls.OthChrg to equal the sum of the lines&apos; other charges. It is no longer applied.</source>
        <translation>एका जुन्या नियमानुसार ValDtls.OthChrg ही ओळींमधील इतर शुल्कांच्या बेरजेइतकी असणे आवश्यक होते. हा नियम आता लागू होत नाही.</translation>
    </message>
    <message>
        <source>Buyer state code is not the GSTIN&apos;s</source>
        <translation>खरेदीदाराचा राज्य कोड GSTIN शी जुळत नाही</translation>
    </message>
    <message>
        <source>BuyerDtls.Stcd must equal the first two digits of the buyer&apos;s GSTIN.</source>
        <translation>BuyerDtls.Stcd हा खरेदीदाराच्या GSTIN च्या पहिल्या दोन अंकांइतका असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Cess amount wrong</source>
        <translation>उपकराची रक्कम चुकीची</translation>
    </message>
    <message>
        <source>The cess amount does not fit the cess rate of this HSN code.</source>
        <translation>उपकराची रक्कम या HSN कोडच्या उपकर दराशी जुळत नाही.</translation>
    </message>
    <message>
        <source>State cess amount wrong</source>
        <translation>राज्य उपकराची रक्कम चुकीची</translation>
    </message>
    <message>
        <source>The state cess amount does not fit the state cess rate of this HSN code.</source>
        <translation>राज्य उपकराची रक्कम या HSN कोडच्या राज्य उपकर दराशी जुळत नाही.</translation>
    </message>
    <message>
        <source>Too late to cancel</source>
        <translation>रद्द करण्यास खूप उशीर झाला</translation>
    </message>
    <message>
        <source>An IRN can be cancelled only within 24 hours of its generation.</source>
        <translation>IRN तयार झाल्यापासून केवळ 24 तासांच्या आत रद्द करता येतो.</translation>
    </message>
    <message>
        <source>Issue a credit note instead, or amend the invoice in GSTR-1 on the GST portal.</source>
        <translation>त्याऐवजी क्रेडिट नोट जारी करा, किंवा GST पोर्टलवर GSTR-1 मध्ये इन्व्हॉइस दुरुस्त करा.</translation>
    </message>
    <message>
        <source>IRN too old to fetch</source>
        <translation>IRN मिळवण्यासाठी खूप जुना</translation>
    </message>
    <message>
        <source>The IRN exists but is older than 2 days, so the API no longer returns it.</source>
        <translation>IRN अस्तित्वात आहे पण 2 दिवसांपेक्षा जुना आहे, म्हणून API तो आता परत देत नाही.</translation>
    </message>
    <message>
        <source>See it on the e-invoice portal instead.</source>
        <translation>त्याऐवजी तो ई-इन्व्हॉइस पोर्टलवर पहा.</translation>
    </message>
    <message>
        <source>IRN not active</source>
        <translation>IRN सक्रिय नाही</translation>
    </message>
    <message>
        <source>The IRN is cancelled or otherwise not active, so no e-way bill can be made from it.</source>
        <translation>IRN रद्द आहे किंवा अन्य कारणाने सक्रिय नाही, म्हणून त्यावरून ई-वे बिल तयार करता येत नाही.</translation>
    </message>
    <message>
        <source>Check the IRN&apos;s status. A cancelled IRN cannot be used.</source>
        <translation>IRN ची स्थिती तपासा. रद्द केलेला IRN वापरता येत नाही.</translation>
    </message>
    <message>
        <source>Reported too late (30 days)</source>
        <translation>खूप उशिरा कळवले (30 दिवस)</translation>
    </message>
    <message>
        <source>A seller with a turnover of ₹10 crore or more must report a document within 30 days of its date.</source>
        <translation>₹10 कोटी किंवा अधिक उलाढाल असलेल्या विक्रेत्याने दस्तऐवज त्याच्या दिनांकापासून 30 दिवसांच्या आत कळवणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>The IRP will not accept it any more. Ask your tax adviser; do not change the document date.</source>
        <translation>IRP आता तो स्वीकारणार नाही. तुमच्या कर सल्लागाराचा सल्ला घ्या; दस्तऐवजाचा दिनांक बदलू नका.</translation>
    </message>
    <message>
        <source>Buyer and ship-to GSTIN are the same</source>
        <translation>खरेदीदार आणि पोहोचवण्याच्या पत्त्याचा GSTIN एकच आहे</translation>
    </message>
    <message>
        <source>From 1 August 2026, with ship-to details, the ship-to GSTIN must differ from the buyer&apos;s.</source>
        <translation>1 ऑगस्ट 2026 पासून, पोहोचवण्याचा पत्ता दिल्यास त्याचा GSTIN खरेदीदाराच्या GSTIN पेक्षा वेगळा असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Leave out the ship-to details when the goods go to the buyer, or enter the ship-to party&apos;s own GSTIN.</source>
        <translation>माल खरेदीदाराकडेच जात असल्यास पोहोचवण्याच्या पत्त्याचा तपशील वगळा, अन्यथा त्या पक्षकाराचा स्वतःचा GSTIN भरा.</translation>
    </message>
    <message>
        <source>Ship-to state does not match</source>
        <translation>पोहोचवण्याच्या पत्त्याचे राज्य जुळत नाही</translation>
    </message>
    <message>
        <source>From 1 August 2026, the ship-to state code must match the ship-to GSTIN and PIN.</source>
        <translation>1 ऑगस्ट 2026 पासून, पोहोचवण्याच्या पत्त्याचा राज्य कोड त्याच्या GSTIN आणि PIN शी जुळणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Requested data not available</source>
        <translation>मागितलेला डेटा उपलब्ध नाही</translation>
    </message>
    <message>
        <source>The IRP has no data for what was asked, for example a GSTIN it does not know.</source>
        <translation>जे मागितले त्याचा डेटा IRP कडे नाही, उदाहरणार्थ IRP ला माहीत नसलेला GSTIN.</translation>
    </message>
    <message>
        <source>Check the GSTIN. A new registration can take a few days to reach the IRP.</source>
        <translation>GSTIN तपासा. नवीन नोंदणी IRP पर्यंत पोहोचण्यास काही दिवस लागू शकतात.</translation>
    </message>
    <message>
        <source>GSTIN not valid</source>
        <translation>GSTIN वैध नाही</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is not a valid registration for the IRP. Usually a typing mistake, or a very new registration.</source>
        <translation>इन्व्हॉइसमधील एक GSTIN IRP साठी वैध नोंदणी नाही. सहसा टायपिंगची चूक किंवा अगदी नवीन नोंदणी असते.</translation>
    </message>
    <message>
        <source>Check the GSTIN on the GST portal (Search Taxpayer) and correct it. If it is right and new, try again a day later.</source>
        <translation>GST पोर्टलवर (Search Taxpayer) GSTIN तपासा आणि दुरुस्त करा. तो बरोबर आणि नवीन असल्यास एका दिवसानंतर पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>GSTIN inactive or cancelled</source>
        <translation>GSTIN निष्क्रिय किंवा रद्द</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is cancelled, suspended or inactive in the IRP&apos;s records.</source>
        <translation>IRP च्या नोंदींनुसार इन्व्हॉइसमधील एक GSTIN रद्द, निलंबित किंवा निष्क्रिय आहे.</translation>
    </message>
    <message>
        <source>Check its status on the GST portal. If it is active there, use Sync GSTIN on the e-invoice portal and send again.</source>
        <translation>GST पोर्टलवर त्याची स्थिती तपासा. तिथे तो सक्रिय असल्यास ई-इन्व्हॉइस पोर्टलवर Sync GSTIN वापरा आणि पुन्हा पाठवा.</translation>
    </message>
    <message>
        <source>Ship-to PIN does not match</source>
        <translation>पोहोचवण्याच्या पत्त्याचा PIN जुळत नाही</translation>
    </message>
    <message>
        <source>From 1 August 2026, the ship-to PIN must belong to the ship-to state.</source>
        <translation>1 ऑगस्ट 2026 पासून, पोहोचवण्याच्या पत्त्याचा PIN त्याच राज्यातील असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>GSTIN cancelled before the document date</source>
        <translation>दस्तऐवज दिनांकापूर्वीच GSTIN रद्द</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is cancelled, and the document date is after the cancellation.</source>
        <translation>इन्व्हॉइसमधील एक GSTIN रद्द झाला आहे आणि दस्तऐवजाचा दिनांक रद्द झाल्यानंतरचा आहे.</translation>
    </message>
    <message>
        <source>GSTIN status does not fit the date</source>
        <translation>GSTIN ची स्थिती दिनांकाशी जुळत नाही</translation>
    </message>
    <message>
        <source>Document dated before the registration</source>
        <translation>दस्तऐवज नोंदणीपूर्वीच्या दिनांकाचा</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is cancelled, and the document date is before its registration.</source>
        <translation>इन्व्हॉइसमधील एक GSTIN रद्द झाला आहे आणि दस्तऐवजाचा दिनांक त्याच्या नोंदणीपूर्वीचा आहे.</translation>
    </message>
    <message>
        <source>The document date is before the date a GSTIN in the invoice was registered.</source>
        <translation>इन्व्हॉइसमधील एका GSTIN ची नोंदणी झाली त्या दिनांकापूर्वीचा दस्तऐवज दिनांक आहे.</translation>
    </message>
    <message>
        <source>The e-way bill cannot be made: the IRN is not active, for example cancelled.</source>
        <translation>ई-वे बिल तयार करता येत नाही: IRN सक्रिय नाही, उदाहरणार्थ रद्द केलेला.</translation>
    </message>
    <message>
        <source>E-way bill not created</source>
        <translation>ई-वे बिल तयार झाले नाही</translation>
    </message>
    <message>
        <source>The IRP could not create the e-way bill.</source>
        <translation>IRP ई-वे बिल तयार करू शकले नाही.</translation>
    </message>
    <message>
        <source>Check the transport details and try again. If it repeats, make the e-way bill on the e-way bill portal.</source>
        <translation>वाहतुकीचा तपशील तपासा आणि पुन्हा प्रयत्न करा. पुन्हा असे झाल्यास ई-वे बिल पोर्टलवर ई-वे बिल तयार करा.</translation>
    </message>
    <message>
        <source>E-way bill already made</source>
        <translation>ई-वे बिल आधीच तयार आहे</translation>
    </message>
    <message>
        <source>An e-way bill was already generated for this IRN.</source>
        <translation>या IRN साठी ई-वे बिल आधीच तयार केलेले आहे.</translation>
    </message>
    <message>
        <source>Use the existing e-way bill: look it up by the IRN.</source>
        <translation>विद्यमान ई-वे बिल वापरा: IRN द्वारे ते शोधा.</translation>
    </message>
    <message>
        <source>IRN data not available</source>
        <translation>IRN चा डेटा उपलब्ध नाही</translation>
    </message>
    <message>
        <source>The IRP has no data for this IRN to make an e-way bill from.</source>
        <translation>ई-वे बिल तयार करण्यासाठी IRP कडे या IRN चा डेटा नाही.</translation>
    </message>
    <message>
        <source>Check the IRN.</source>
        <translation>IRN तपासा.</translation>
    </message>
    <message>
        <source>IRN data could not be read</source>
        <translation>IRN चा डेटा वाचता आला नाही</translation>
    </message>
    <message>
        <source>A passing problem at the IRP while reading the IRN&apos;s data.</source>
        <translation>IRN चा डेटा वाचताना IRP वर तात्पुरती अडचण आली.</translation>
    </message>
    <message>
        <source>E-way bill not found</source>
        <translation>ई-वे बिल सापडले नाही</translation>
    </message>
    <message>
        <source>Required value empty</source>
        <translation>आवश्यक मूल्य रिकामे</translation>
    </message>
    <message>
        <source>A value the e-way bill request needs is empty.</source>
        <translation>ई-वे बिल विनंतीसाठी आवश्यक असलेले एक मूल्य रिकामे आहे.</translation>
    </message>
    <message>
        <source>Fill in all the transport details the transport mode needs.</source>
        <translation>वाहतुकीच्या प्रकारासाठी आवश्यक असलेला सर्व वाहतूक तपशील भरा.</translation>
    </message>
    <message>
        <source>E-way bill not available</source>
        <translation>ई-वे बिल उपलब्ध नाही</translation>
    </message>
    <message>
        <source>E-way bill number wrong</source>
        <translation>ई-वे बिल क्रमांक चुकीचा</translation>
    </message>
    <message>
        <source>The e-way bill number is not valid; it has 12 digits.</source>
        <translation>ई-वे बिल क्रमांक वैध नाही; तो 12 अंकी असतो.</translation>
    </message>
    <message>
        <source>E-way bill needs goods</source>
        <translation>ई-वे बिलसाठी माल आवश्यक</translation>
    </message>
    <message>
        <source>At least one line must be goods (HSN not starting with 99) for an e-way bill.</source>
        <translation>ई-वे बिलसाठी किमान एक ओळ मालाची (HSN 99 ने सुरू न होणारी) असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Vehicle number missing</source>
        <translation>वाहन क्रमांक नाही</translation>
    </message>
    <message>
        <source>Transport by road needs the vehicle number.</source>
        <translation>रस्ते वाहतुकीसाठी वाहन क्रमांक आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Enter the vehicle number (VehNo), for example MH12AB1234.</source>
        <translation>वाहन क्रमांक (VehNo) भरा, उदाहरणार्थ MH12AB1234.</translation>
    </message>
    <message>
        <source>Transport document number missing</source>
        <translation>वाहतूक दस्तऐवज क्रमांक नाही</translation>
    </message>
    <message>
        <source>Transport by rail, air or ship needs the transport document number.</source>
        <translation>रेल्वे, हवाई किंवा जहाज वाहतुकीसाठी वाहतूक दस्तऐवज क्रमांक आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Enter TransDocNo.</source>
        <translation>TransDocNo भरा.</translation>
    </message>
    <message>
        <source>Distance too high</source>
        <translation>अंतर खूप जास्त</translation>
    </message>
    <message>
        <source>The distance is more than 10% above the IRP&apos;s distance between the two PINs.</source>
        <translation>दोन PIN मधील IRP च्या अंतरापेक्षा हे अंतर 10% पेक्षा अधिक जास्त आहे.</translation>
    </message>
    <message>
        <source>Vehicle number wrong</source>
        <translation>वाहन क्रमांक चुकीचा</translation>
    </message>
    <message>
        <source>The vehicle number is not in a valid format.</source>
        <translation>वाहन क्रमांक वैध स्वरूपात नाही.</translation>
    </message>
    <message>
        <source>Write it without spaces or dashes, for example MH12AB1234.</source>
        <translation>तो स्पेस किंवा डॅशशिवाय लिहा, उदाहरणार्थ MH12AB1234.</translation>
    </message>
    <message>
        <source>Blocked from e-way bills</source>
        <translation>ई-वे बिलसाठी ब्लॉक केलेले</translation>
    </message>
    <message>
        <source>The seller or buyer GSTIN is blocked from e-way bills for not filing returns.</source>
        <translation>रिटर्न न भरल्यामुळे विक्रेत्याचा किंवा खरेदीदाराचा GSTIN ई-वे बिलसाठी ब्लॉक केलेला आहे.</translation>
    </message>
    <message>
        <source>File the pending GST returns; the block is lifted after that.</source>
        <translation>प्रलंबित GST रिटर्न भरा; त्यानंतर ब्लॉक काढला जातो.</translation>
    </message>
    <message>
        <source>Transport document date in the future</source>
        <translation>वाहतूक दस्तऐवजाचा दिनांक भविष्यातील</translation>
    </message>
    <message>
        <source>TransDocDt is later than today.</source>
        <translation>TransDocDt आजच्या दिनांकानंतरचा आहे.</translation>
    </message>
    <message>
        <source>Enter the real date of the transport document.</source>
        <translation>वाहतूक दस्तऐवजाचा खरा दिनांक भरा.</translation>
    </message>
    <message>
        <source>Date format wrong</source>
        <translation>दिनांकाचे स्वरूप चुकीचे</translation>
    </message>
    <message>
        <source>A date of the e-way bill is not DD/MM/YYYY.</source>
        <translation>ई-वे बिलमधील एक दिनांक DD/MM/YYYY स्वरूपात नाही.</translation>
    </message>
    <message>
        <source>Transporter ID wrong</source>
        <translation>वाहतूकदार ID चुकीचा</translation>
    </message>
    <message>
        <source>The transporter ID (TransId) is not a valid GSTIN or enrolment number.</source>
        <translation>वाहतूकदार ID (TransId) हा वैध GSTIN किंवा नावनोंदणी क्रमांक नाही.</translation>
    </message>
    <message>
        <source>Transporter ID needed</source>
        <translation>वाहतूकदार ID आवश्यक</translation>
    </message>
    <message>
        <source>Vehicle type wrong</source>
        <translation>वाहनाचा प्रकार चुकीचा</translation>
    </message>
    <message>
        <source>VehType must be R or O.</source>
        <translation>VehType हे R किंवा O असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Transport document dated before the invoice</source>
        <translation>वाहतूक दस्तऐवजाचा दिनांक इन्व्हॉइसपूर्वीचा</translation>
    </message>
    <message>
        <source>TransDocDt is before the document date.</source>
        <translation>TransDocDt हा दस्तऐवजाच्या दिनांकापूर्वीचा आहे.</translation>
    </message>
    <message>
        <source>Enter the real transport document date; it cannot be before the invoice date.</source>
        <translation>वाहतूक दस्तऐवजाचा खरा दिनांक भरा; तो इन्व्हॉइस दिनांकापूर्वीचा असू शकत नाही.</translation>
    </message>
    <message>
        <source>Vehicle type missing</source>
        <translation>वाहनाचा प्रकार नाही</translation>
    </message>
    <message>
        <source>Transport by road needs the vehicle type.</source>
        <translation>रस्ते वाहतुकीसाठी वाहनाचा प्रकार आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Transport document date missing</source>
        <translation>वाहतूक दस्तऐवजाचा दिनांक नाही</translation>
    </message>
    <message>
        <source>Transport by rail, air or ship needs the transport document date.</source>
        <translation>रेल्वे, हवाई किंवा जहाज वाहतुकीसाठी वाहतूक दस्तऐवजाचा दिनांक आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Enter TransDocDt.</source>
        <translation>TransDocDt भरा.</translation>
    </message>
    <message>
        <source>Over-dimensional cargo not allowed</source>
        <translation>अति-आकारमानाच्या मालवाहतुकीस परवानगी नाही</translation>
    </message>
    <message>
        <source>Vehicle type O (over-dimensional cargo) is allowed only for road and ship.</source>
        <translation>वाहन प्रकार O (अति-आकारमानाचा माल) फक्त रस्ते आणि जहाज वाहतुकीसाठी परवानगी आहे.</translation>
    </message>
    <message>
        <source>Set VehType to R, or check the transport mode.</source>
        <translation>VehType ला R सेट करा, किंवा वाहतुकीचा प्रकार तपासा.</translation>
    </message>
    <message>
        <source>User not valid</source>
        <translation>वापरकर्ता वैध नाही</translation>
    </message>
    <message>
        <source>The user of the e-way bill request is not valid.</source>
        <translation>ई-वे बिल विनंतीचा वापरकर्ता वैध नाही.</translation>
    </message>
    <message>
        <source>E-way bill exists for this document</source>
        <translation>या दस्तऐवजासाठी ई-वे बिल आधीच आहे</translation>
    </message>
    <message>
        <source>An e-way bill was already made for this document number.</source>
        <translation>या दस्तऐवज क्रमांकासाठी ई-वे बिल आधीच तयार केलेले आहे.</translation>
    </message>
    <message>
        <source>Use the existing e-way bill, or cancel it on the e-way bill portal first.</source>
        <translation>विद्यमान ई-वे बिल वापरा, किंवा आधी ई-वे बिल पोर्टलवर ते रद्द करा.</translation>
    </message>
    <message>
        <source>Transport mode missing</source>
        <translation>वाहतुकीचा प्रकार नाही</translation>
    </message>
    <message>
        <source>The transport mode is needed when a vehicle or transport document is given.</source>
        <translation>वाहन किंवा वाहतूक दस्तऐवज दिल्यास वाहतुकीचा प्रकार आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Set TransMode: 1 road, 2 rail, 3 air, 4 ship.</source>
        <translation>TransMode सेट करा: 1 रस्ता, 2 रेल्वे, 3 हवाई, 4 जहाज.</translation>
    </message>
    <message>
        <source>Same PIN: give the distance</source>
        <translation>एकच PIN: अंतर भरा</translation>
    </message>
    <message>
        <source>Dispatch and delivery PINs are the same, so the IRP cannot compute the distance.</source>
        <translation>पाठवण्याचा आणि पोहोचवण्याचा PIN एकच आहे, म्हणून IRP अंतर मोजू शकत नाही.</translation>
    </message>
    <message>
        <source>Enter the real distance, 1 to 100 km.</source>
        <translation>खरे अंतर भरा, 1 ते 100 km.</translation>
    </message>
    <message>
        <source>Distance unknown for these PINs</source>
        <translation>या PIN साठी अंतर अज्ञात</translation>
    </message>
    <message>
        <source>The IRP has no distance for this pair of PINs.</source>
        <translation>या दोन PIN मधील अंतर IRP कडे नाही.</translation>
    </message>
    <message>
        <source>Export e-way bill needs ship-to details</source>
        <translation>निर्यात ई-वे बिलसाठी पोहोचवण्याचा पत्ता आवश्यक</translation>
    </message>
    <message>
        <source>An export e-way bill needs ship-to details: the Indian port or place of export.</source>
        <translation>निर्यात ई-वे बिलसाठी पोहोचवण्याचा पत्ता आवश्यक आहे: भारतीय बंदर किंवा निर्यातीचे ठिकाण.</translation>
    </message>
    <message>
        <source>Ship-to state 96 not allowed</source>
        <translation>पोहोचवण्याच्या पत्त्याचे राज्य 96 चालणार नाही</translation>
    </message>
    <message>
        <source>An e-way bill needs an Indian ship-to state; 96 (other country) is not allowed.</source>
        <translation>ई-वे बिलसाठी पोहोचवण्याच्या पत्त्याचे राज्य भारतातील असणे आवश्यक आहे; 96 (इतर देश) चालणार नाही.</translation>
    </message>
    <message>
        <source>Ship-to PIN 999999 not allowed</source>
        <translation>पोहोचवण्याच्या पत्त्याचा PIN 999999 चालणार नाही</translation>
    </message>
    <message>
        <source>An e-way bill needs an Indian ship-to PIN; 999999 is not allowed.</source>
        <translation>ई-वे बिलसाठी पोहोचवण्याच्या पत्त्याचा PIN भारतातील असणे आवश्यक आहे; 999999 चालणार नाही.</translation>
    </message>
    <message>
        <source>Dispatch state 96 not allowed</source>
        <translation>पाठवण्याचे राज्य 96 चालणार नाही</translation>
    </message>
    <message>
        <source>An e-way bill needs an Indian dispatch state; 96 (other country) is not allowed.</source>
        <translation>ई-वे बिलसाठी पाठवण्याचे राज्य भारतातील असणे आवश्यक आहे; 96 (इतर देश) चालणार नाही.</translation>
    </message>
    <message>
        <source>Dispatch PIN 999999 not allowed</source>
        <translation>पाठवण्याच्या ठिकाणाचा PIN 999999 चालणार नाही</translation>
    </message>
    <message>
        <source>An e-way bill needs an Indian dispatch PIN; 999999 is not allowed.</source>
        <translation>ई-वे बिलसाठी पाठवण्याच्या ठिकाणाचा PIN भारतातील असणे आवश्यक आहे; 999999 चालणार नाही.</translation>
    </message>
    <message>
        <source>Distance 0 with PIN 999999</source>
        <translation>PIN 999999 सह अंतर 0</translation>
    </message>
    <message>
        <source>With PIN 999999 the IRP cannot compute the distance, so 0 is not allowed.</source>
        <translation>PIN 999999 असल्यास IRP अंतर मोजू शकत नाही, म्हणून 0 चालणार नाही.</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>अधिकृत नाही</translation>
    </message>
    <message>
        <source>Your login may not make this e-way bill request.</source>
        <translation>तुमच्या लॉगिनला ही ई-वे बिल विनंती करण्याची परवानगी नाही.</translation>
    </message>
    <message>
        <source>Distance too low</source>
        <translation>अंतर खूप कमी</translation>
    </message>
    <message>
        <source>The distance is more than 10% below the IRP&apos;s distance between the two PINs.</source>
        <translation>दोन PIN मधील IRP च्या अंतरापेक्षा हे अंतर 10% पेक्षा अधिक कमी आहे.</translation>
    </message>
    <message>
        <source>Ship transport with a regular vehicle</source>
        <translation>सामान्य वाहनासह जहाज वाहतूक</translation>
    </message>
    <message>
        <source>For transport by ship the vehicle type cannot be R (regular).</source>
        <translation>जहाज वाहतुकीसाठी वाहनाचा प्रकार R (सामान्य) असू शकत नाही.</translation>
    </message>
    <message>
        <source>Give the vessel or transport document number instead of a regular vehicle.</source>
        <translation>सामान्य वाहनाऐवजी जहाज क्रमांक किंवा वाहतूक दस्तऐवज क्रमांक द्या.</translation>
    </message>
    <message>
        <source>Ship transport needs vessel or document</source>
        <translation>जहाज वाहतुकीसाठी जहाज किंवा दस्तऐवज आवश्यक</translation>
    </message>
    <message>
        <source>Transport by ship needs a vessel number or a transport document number.</source>
        <translation>जहाज वाहतुकीसाठी जहाज क्रमांक किंवा वाहतूक दस्तऐवज क्रमांक आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Enter VehNo (the vessel) or TransDocNo.</source>
        <translation>VehNo (जहाज) किंवा TransDocNo भरा.</translation>
    </message>
    <message>
        <source>From 1 August 2026, the ship-to state code must match the ship-to GSTIN.</source>
        <translation>1 ऑगस्ट 2026 पासून, पोहोचवण्याच्या पत्त्याचा राज्य कोड त्याच्या GSTIN शी जुळणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>IRP system error</source>
        <translation>IRP प्रणाली त्रुटी</translation>
    </message>
    <message>
        <source>Something failed inside the IRP. In the sandbox it also means a missing ship-to GSTIN.</source>
        <translation>IRP मध्ये काहीतरी अयशस्वी झाले. सँडबॉक्समध्ये याचा अर्थ पोहोचवण्याच्या पत्त्याचा GSTIN नसणे असाही होतो.</translation>
    </message>
    <message>
        <source>Request not accepted</source>
        <translation>विनंती स्वीकारली नाही</translation>
    </message>
    <message>
        <source>The request as a whole is not as per the schema, or too large. In the sandbox it also means a missing ship-to GSTIN.</source>
        <translation>संपूर्ण विनंती स्कीमानुसार नाही, किंवा खूप मोठी आहे. सँडबॉक्समध्ये याचा अर्थ पोहोचवण्याच्या पत्त्याचा GSTIN नसणे असाही होतो.</translation>
    </message>
    <message>
        <source>Run Validate and correct every SCHEMA error. Send a large batch in smaller parts.</source>
        <translation>तपासणी (Validate) चालवा आणि प्रत्येक SCHEMA त्रुटी दुरुस्त करा. मोठी बॅच लहान भागांत पाठवा.</translation>
    </message>
    <message>
        <source>Data empty</source>
        <translation>डेटा रिकामा</translation>
    </message>
    <message>
        <source>The request carried no data, for example an empty login.</source>
        <translation>विनंतीत कोणताही डेटा नव्हता, उदाहरणार्थ रिकामे लॉगिन.</translation>
    </message>
    <message>
        <source>Invoice not active</source>
        <translation>इन्व्हॉइस सक्रिय नाही</translation>
    </message>
    <message>
        <source>The IRN is not active, usually because it is already cancelled.</source>
        <translation>IRN सक्रिय नाही, सहसा तो आधीच रद्द केलेला असल्यामुळे.</translation>
    </message>
    <message>
        <source>Look the IRN up: if it shows as cancelled, nothing more is needed.</source>
        <translation>IRN शोधा: तो रद्द दिसत असल्यास आणखी काहीही करण्याची गरज नाही.</translation>
    </message>
    <message>
        <source>Not as per the e-invoice schema</source>
        <translation>ई-इन्व्हॉइस स्कीमानुसार नाही</translation>
    </message>
    <message>
        <source>A field is missing, or has the wrong type, length, format or value for the INV-01 schema. The IRP would refuse the invoice (2140 or 5002).</source>
        <translation>एखादे फील्ड नाही, किंवा त्याचा प्रकार, लांबी, स्वरूप किंवा मूल्य INV-01 स्कीमानुसार चुकीचे आहे. IRP हे इन्व्हॉइस नाकारेल (2140 किंवा 5002).</translation>
    </message>
    <message>
        <source>Correct the field the message names.</source>
        <translation>संदेशात नमूद केलेले फील्ड दुरुस्त करा.</translation>
    </message>
    <message>
        <source>Cess does not match its rate</source>
        <translation>उपकर त्याच्या दराशी जुळत नाही</translation>
    </message>
    <message>
        <source>A line&apos;s CesAmt is not AssAmt × CesRt. The IRP checks cess against its own HSN-wise rates (2266), which are not public.</source>
        <translation>एका ओळीचा CesAmt हा AssAmt × CesRt नाही. IRP उपकर स्वतःच्या HSN-निहाय दरांशी (2266) तपासते, जे सार्वजनिक नाहीत.</translation>
    </message>
    <message>
        <source>Compute the cess as taxable value × cess rate; a cess per unit goes in CesNonAdvlAmt.</source>
        <translation>उपकर = करपात्र मूल्य × उपकर दर असा मोजा; प्रति एकक उपकर CesNonAdvlAmt मध्ये भरा.</translation>
    </message>
    <message>
        <source>Dated before e-invoicing began</source>
        <translation>ई-इन्व्हॉइसिंग सुरू होण्यापूर्वीचा दिनांक</translation>
    </message>
    <message>
        <source>The document date is before 1 October 2020, when e-invoicing began. The IRP is not expected to accept it.</source>
        <translation>दस्तऐवजाचा दिनांक ई-इन्व्हॉइसिंग सुरू झालेल्या 1 ऑक्टोबर 2020 पूर्वीचा आहे. IRP तो स्वीकारण्याची अपेक्षा नाही.</translation>
    </message>
    <message>
        <source>Check the document date.</source>
        <translation>दस्तऐवजाचा दिनांक तपासा.</translation>
    </message>
    <message>
        <source>File read leniently</source>
        <translation>फाइल सैलपणे वाचली</translation>
    </message>
    <message>
        <source>The file was read, but not exactly as written: a null value, a key in other capitals, or a key given twice. The IRP may not be as lenient.</source>
        <translation>फाइल वाचली, पण जशी लिहिली तशीच नाही: null मूल्य, वेगळ्या कॅपिटल अक्षरांतील की, किंवा दोनदा दिलेली की. IRP इतके सैल असेलच असे नाही.</translation>
    </message>
    <message>
        <source>Save the invoice again from IRN Desk, or correct the file.</source>
        <translation>IRN Desk मधून इन्व्हॉइस पुन्हा जतन करा, किंवा फाइल दुरुस्त करा.</translation>
    </message>
    <message>
        <source>Original invoice dated after the note</source>
        <translation>मूळ इन्व्हॉइस नोटनंतरच्या दिनांकाचे</translation>
    </message>
    <message>
        <source>A preceding document (RefDtls.PrecDocDtls) is dated after this credit or debit note.</source>
        <translation>आधीचा दस्तऐवज (RefDtls.PrecDocDtls) या क्रेडिट किंवा डेबिट नोटनंतरच्या दिनांकाचा आहे.</translation>
    </message>
    <message>
        <source>Check the original invoice&apos;s date (InvDt): it comes on or before the note.</source>
        <translation>मूळ इन्व्हॉइसचा दिनांक (InvDt) तपासा: तो नोटच्या दिनांकाला किंवा त्यापूर्वीचा असतो.</translation>
    </message>
    <message>
        <source>Round-off larger than rounding</source>
        <translation>राउंड-ऑफ पूर्णांकनापेक्षा जास्त</translation>
    </message>
    <message>
        <source>RndOffAmt is ₹1 or more: more than rounding to the rupee needs. The IRP accepts it.</source>
        <translation>RndOffAmt ₹1 किंवा अधिक आहे: रुपयापर्यंत पूर्णांकनासाठी लागणाऱ्यापेक्षा जास्त. IRP ते स्वीकारते.</translation>
    </message>
    <message>
        <source>Keep the round-off below ₹1; put other adjustments in other charges or discount.</source>
        <translation>राउंड-ऑफ ₹1 पेक्षा कमी ठेवा; इतर समायोजने इतर शुल्क किंवा सवलतीत घ्या.</translation>
    </message>
    <message>
        <source>SEZ place of supply is not the SEZ&apos;s state</source>
        <translation>SEZ चे पुरवठ्याचे ठिकाण SEZ चे राज्य नाही</translation>
    </message>
    <message>
        <source>For a supply to an SEZ the place of supply is the SEZ&apos;s state, but here it differs from the buyer&apos;s state code.</source>
        <translation>SEZ ला पुरवठ्यासाठी पुरवठ्याचे ठिकाण SEZ चे राज्य असते, पण येथे ते खरेदीदाराच्या राज्य कोडपेक्षा वेगळे आहे.</translation>
    </message>
    <message>
        <source>Set the place of supply to the buyer&apos;s state code, unless the supply really takes place elsewhere.</source>
        <translation>पुरवठा खरोखर दुसरीकडे होत नसल्यास पुरवठ्याचे ठिकाण खरेदीदाराचा राज्य कोड करा.</translation>
    </message>
    <message>
        <source>State cess does not match its rate</source>
        <translation>राज्य उपकर त्याच्या दराशी जुळत नाही</translation>
    </message>
    <message>
        <source>A line&apos;s StateCesAmt is not AssAmt × StateCesRt. The IRP checks it against its own HSN-wise rates (2267).</source>
        <translation>एका ओळीचा StateCesAmt हा AssAmt × StateCesRt नाही. IRP तो स्वतःच्या HSN-निहाय दरांशी (2267) तपासते.</translation>
    </message>
    <message>
        <source>Compute the state cess as taxable value × its rate; a state cess per unit goes in StateCesNonAdvlAmt.</source>
        <translation>राज्य उपकर = करपात्र मूल्य × त्याचा दर असा मोजा; प्रति एकक राज्य उपकर StateCesNonAdvlAmt मध्ये भरा.</translation>
    </message>
    <message>
        <source>error in the invoice</source>
        <translation>इन्व्हॉइसमधील त्रुटी</translation>
    </message>
    <message>
        <source>login and API access</source>
        <translation>लॉगिन आणि API प्रवेश</translation>
    </message>
    <message>
        <source>passing problem at the IRP</source>
        <translation>IRP वरील तात्पुरती अडचण</translation>
    </message>
    <message>
        <source>request incomplete</source>
        <translation>अपूर्ण विनंती</translation>
    </message>
    <message>
        <source>looking up an IRN</source>
        <translation>IRN शोधणे</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>रद्द करणे</translation>
    </message>
    <message>
        <source>e-way bill</source>
        <translation>ई-वे बिल</translation>
    </message>
    <message>
        <source>IRN Desk check</source>
        <translation>IRN Desk तपासणी</translation>
    </message>
</context>
<context>
    <name>irndesk::Fixer</name>
    <message>
        <source>Quantity × unit price</source>
        <translation>प्रमाण × एकक किंमत</translation>
    </message>
    <message>
        <source>Amount − discount</source>
        <translation>रक्कम − सवलत</translation>
    </message>
    <message>
        <source>Taxable value × GST rate ÷ 2</source>
        <translation>करपात्र मूल्य × GST दर ÷ 2</translation>
    </message>
    <message>
        <source>No CGST or SGST on this supply</source>
        <translation>या पुरवठ्यावर CGST किंवा SGST नाही</translation>
    </message>
    <message>
        <source>Taxable value × GST rate</source>
        <translation>करपात्र मूल्य × GST दर</translation>
    </message>
    <message>
        <source>No IGST on this supply</source>
        <translation>या पुरवठ्यावर IGST नाही</translation>
    </message>
    <message>
        <source>Taxable value × cess rate</source>
        <translation>करपात्र मूल्य × उपकर दर</translation>
    </message>
    <message>
        <source>Taxable value × state cess rate</source>
        <translation>करपात्र मूल्य × राज्य उपकर दर</translation>
    </message>
    <message>
        <source>Taxable value + taxes, cess and other charges of the line</source>
        <translation>करपात्र मूल्य + ओळीवरील कर, उपकर आणि इतर शुल्क</translation>
    </message>
    <message>
        <source>Line totals + other charges − discount + round-off</source>
        <translation>ओळींची एकूण रक्कम + इतर शुल्क − सवलत + राउंड-ऑफ</translation>
    </message>
    <message>
        <source>Rounds the invoice value to the rupee</source>
        <translation>इन्व्हॉइस मूल्य रुपयापर्यंत पूर्णांकित करते</translation>
    </message>
    <message>
        <source>Sum of the lines</source>
        <translation>ओळींची बेरीज</translation>
    </message>
    <message>
        <source>Recomputed from the other amounts</source>
        <translation>इतर रकमांवरून पुन्हा मोजले</translation>
    </message>
    <message>
        <source>A buyer abroad has no GSTIN: URP</source>
        <translation>परदेशातील खरेदीदाराला GSTIN नसतो: URP</translation>
    </message>
    <message>
        <source>The place of supply of an export is 96, other country</source>
        <translation>निर्यातीचे पुरवठ्याचे ठिकाण 96 (इतर देश) असते</translation>
    </message>
    <message>
        <source>A buyer abroad has state code 96</source>
        <translation>परदेशातील खरेदीदाराचा राज्य कोड 96 असतो</translation>
    </message>
    <message>
        <source>An address abroad has PIN 999999</source>
        <translation>परदेशातील पत्त्याचा PIN 999999 असतो</translation>
    </message>
    <message>
        <source>Spaces around the text removed</source>
        <translation>मजकुराभोवतीच्या स्पेस काढल्या</translation>
    </message>
    <message>
        <source>Codes are written in capital letters</source>
        <translation>कोड कॅपिटल अक्षरांत लिहिले जातात</translation>
    </message>
    <message>
        <source>The first two digits of GSTIN %1 are its state code</source>
        <translation>GSTIN %1 चे पहिले दोन अंक हा त्याचा राज्य कोड आहे</translation>
    </message>
    <message>
        <source>Amounts not recomputed: lines taxed on the retail sale price (tobacco, pan masala) follow another formula.</source>
        <translation>रकमा पुन्हा मोजल्या नाहीत: किरकोळ विक्री किमतीवर कर लागणाऱ्या ओळी (तंबाखू, पान मसाला) वेगळे सूत्र वापरतात.</translation>
    </message>
</context>
<context>
    <name>irndesk::MastersText</name>
    <message>
        <source>Master file %1: %2</source>
        <translation>मास्टर फाइल %1: %2</translation>
    </message>
    <message>
        <source>no &quot;data&quot; member</source>
        <translation>&quot;data&quot; सदस्य नाही</translation>
    </message>
    <message>
        <source>expected the columns %1</source>
        <translation>अपेक्षित स्तंभ: %1</translation>
    </message>
    <message>
        <source>%1 columns instead of %2</source>
        <translation>%2 ऐवजी %1 स्तंभ</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>अवतरणातील फील्ड बंद केलेले नाही</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>फाइल रिकामी आहे</translation>
    </message>
    <message>
        <source>&quot;data&quot; must map state names to codes</source>
        <translation>&quot;data&quot; मध्ये राज्यांची नावे आणि त्यांचे कोड असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>state %1 has no valid code</source>
        <translation>राज्य %1 चा वैध कोड नाही</translation>
    </message>
    <message>
        <source>state %1 is not in %2</source>
        <translation>राज्य %1 हे %2 मध्ये नाही</translation>
    </message>
    <message>
        <source>state %1: a range must be [low, high]</source>
        <translation>राज्य %1: श्रेणी [किमान, कमाल] अशी असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>%1 is not a six-digit PIN</source>
        <translation>%1 हा सहा अंकी PIN नाही</translation>
    </message>
    <message>
        <source>PIN %1: %2 is not a state code</source>
        <translation>PIN %1: %2 हा राज्य कोड नाही</translation>
    </message>
    <message>
        <source>&quot;data&quot; must map codes to names</source>
        <translation>&quot;data&quot; मध्ये कोड आणि त्यांची नावे असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; must have %2 to %3 characters</source>
        <translation>कोड &quot;%1&quot; मध्ये %2 ते %3 अक्षरे असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code</source>
        <translation>&quot;%1&quot; हा दोन अक्षरी देश कोड नाही</translation>
    </message>
    <message>
        <source>&quot;data&quot; must list the rates as strings, e.g. [&quot;0&quot;, &quot;5&quot;, &quot;18&quot;]</source>
        <translation>&quot;data&quot; मध्ये दर स्ट्रिंग म्हणून यादीत असणे आवश्यक आहे, उदा. [&quot;0&quot;, &quot;5&quot;, &quot;18&quot;]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate</source>
        <translation>&quot;%1&quot; हा दर नाही</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>डबल कोट्समधील की अपेक्षित होती</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>की नंतर &apos;:&apos; अपेक्षित होते</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; किंवा &apos;}&apos; अपेक्षित होते</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HSN/SAC code</source>
        <translation>&quot;%1&quot; हा HSN/SAC कोड नाही</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; किंवा &apos;]&apos; अपेक्षित होते</translation>
    </message>
    <message>
        <source>expected a list or an object</source>
        <translation>यादी किंवा ऑब्जेक्ट अपेक्षित होता</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>दस्तऐवजाच्या शेवटी निरर्थक मजकूर</translation>
    </message>
    <message>
        <source>expected a list of {&quot;hsn_code&quot;, &quot;description&quot;}</source>
        <translation>{&quot;hsn_code&quot;, &quot;description&quot;} यांची यादी अपेक्षित होती</translation>
    </message>
    <message>
        <source>Master folder %1 does not exist</source>
        <translation>मास्टर फोल्डर %1 अस्तित्वात नाही</translation>
    </message>
    <message>
        <source>Cannot read master file %1: %2</source>
        <translation>मास्टर फाइल %1 वाचता येत नाही: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::cli</name>
    <message>
        <source>text or json</source>
        <translation>text किंवा json</translation>
    </message>
    <message>
        <source>%1: --format must be text or json, got &apos;%2&apos;</source>
        <translation>%1: --format हे text किंवा json असले पाहिजे, मिळाले &apos;%2&apos;</translation>
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
        <translation>वापर: irndesk-cli COMMAND [OPTIONS]

कमांड:
  --version                      आवृत्ती दाखवा
  irn GSTIN DD/MM/YYYY INV|CRN|DBN DOCNO [--as-typed]
                                 दस्तऐवजाचा IRN दाखवा
  normalize FILE... --out-dir DIR [--max-bytes N] [--format text|json]
                                 INV-01 JSON (एक इन्व्हॉइस किंवा बल्क अ‍ॅरे) वाचा,
                                 काय चुकीचे आहे ते कळवा, आणि ते पुन्हा कमाल N बाइटच्या
                                 बल्क फाइल म्हणून लिहा (डीफॉल्ट 2000000)
  validate FILE|- [--today DD/MM/YYYY] [--aato-10cr] [--sandbox]
           [--format text|json] [--masters DIR] [--threads N]
                                 IRP तपासते तसेच इन्व्हॉइस ऑफलाइन तपासा
  fix FILE|- --out FILE [--format text|json]
                                 जे आपोआप ठरवता येते ते दुरुस्त करा (रक्कम, राज्य
                                 कोड, कॅपिटल अक्षरे, निर्यातीचे डीफॉल्ट), प्रत्येक
                                 बदलाची यादी द्या, निकाल FILE मध्ये लिहा
  explain CODE|--all [--format text|json]
                                 IRP त्रुटी कोडचा अर्थ काय आणि ती कशी दुरुस्त करावी
  verify FILE|JWT|DIR [--key PEM]... [--format text|json]
                                 स्वाक्षरीत ई-इन्व्हॉइस आणि QR कोडची स्वाक्षरी पडताळा

स्टोअर (खालील प्रत्येक कमांड --store DB घेते; डीफॉल्ट $IRNDESK_STORE,
नसल्यास ॲप्लिकेशन डेटा फोल्डरमधील irndesk.sqlite):
  import FILE... [--workspace GSTIN] [--mapping FILE] [--update]
           [--today DD/MM/YYYY] [--sandbox] [--format text|json]
                                 JSON, CSV किंवा XLSX इन्व्हॉइस स्टोअरमध्ये इम्पोर्ट करा
  export --out DIR [--workspace GSTIN] [--max-bytes N] [--include-exported]
           [--ids 1,2,3] [--today DD/MM/YYYY] [--format text|json]
                                 तयार इन्व्हॉइस पोर्टलसाठी बल्क फाइलमध्ये एक्सपोर्ट करा
  list [--workspace GSTIN] [--status S[,S]] [--from DD/MM/YYYY] [--to ..]
           [--buyer X] [--type INV|CRN|DBN] [--search TEXT] [--limit N]
           [--offset N] [--format text|json]
                                 स्टोअरमधील इन्व्हॉइस, एका वेळी एक पान
  import-results FILE... [--format text|json]
                                 हाताने केलेल्या पोर्टल अपलोडचे IRN नोंदवा
                                 (पोर्टलने परत दिलेले स्वाक्षरीत ई-इन्व्हॉइस)
  report --out FILE.csv|FILE.xlsx [--workspace GSTIN] [--status S[,S]]
                                 प्रत्येक इन्व्हॉइसच्या स्थितीचा अहवाल
  print --doc TYPE/NO --out FILE.pdf [--workspace GSTIN] [--fy YYYY-YY] [--draft]
                                 प्रिंट केलेले ई-इन्व्हॉइस (PDF, A4, त्याच्या QR कोडसह)
  workspace add|list|show        विक्रेते (अधिक माहितीसाठी workspace --help)
  store check|backup FILE|restore FILE|info
                                 खुद्द स्टोअर फाइल
  sandbox [--port N] [--keys-dir DIR] [--client-id ID --client-secret S --user U
           --password P --gstin G]... [--users FILE] [--token-minutes M] [--tls]
           [--fail-every N] [--drop-every N] [--delay-ms MS]
           [--clock-offset-hours H] [--store DB] [--state FILE]
                                 सराव आणि चाचण्यांसाठी स्थानिक सँडबॉक्स IRP

IRP (प्रोफाइलमध्ये त्याचा URL, वापरकर्ता आणि की असतात; गोपनीय मूल्ये
OS कीचेनमधून किंवा एन्व्हायर्नमेंट व्हेरिएबलमधून येतात, कधीही फाइलमधून नाही):
  profile add NAME --base-url URL --client-id ID --client-secret-env VAR
           --user NAME --password-env VAR --gstin GSTIN --public-key PEM
           [--ca-cert PEM] [--keychain] | profile list | profile remove NAME
  submit --profile NAME [--workspace GSTIN] [--concurrency N] [--doc TYPE/NO]...
           [--format text|json]
                                 तयार इन्व्हॉइसची नोंदणी करा, प्रत्येकासाठी एक ओळ
  cancel --irn IRN --reason 1|2|3|4 --remark TEXT --profile NAME
                                 24 तासांच्या आत IRN रद्द करा
  status [--workspace GSTIN] [--format text|json]
                                 काय सबमिट होत आहे, अज्ञात आहे किंवा नाकारले गेले आहे

एक्झिट कोड: 0 यशस्वी, 1 डेटामध्ये त्रुटी आहेत, 2 कमांड चालू शकली नाही.
</translation>
    </message>
    <message>
        <source>hash the document number as typed (IRNs issued before June 2025)</source>
        <translation>दस्तऐवज क्रमांक टाइप केल्याप्रमाणेच हॅश करा (जून 2025 पूर्वी जारी केलेल्या IRN साठी)</translation>
    </message>
    <message>
        <source>irn: expected 4 arguments: GSTIN DD/MM/YYYY INV|CRN|DBN DOCNO, got %1</source>
        <translation>irn: 4 आर्ग्युमेंट अपेक्षित: GSTIN DD/MM/YYYY INV|CRN|DBN DOCNO, मिळाले %1</translation>
    </message>
    <message>
        <source>irn: %1</source>
        <translation>irn: %1</translation>
    </message>
    <message>
        <source>folder for the bulk files</source>
        <translation>बल्क फाइलसाठी फोल्डर</translation>
    </message>
    <message>
        <source>largest bulk file in bytes (default 2000000)</source>
        <translation>बल्क फाइलचा कमाल आकार, बाइटमध्ये (डीफॉल्ट 2000000)</translation>
    </message>
    <message>
        <source>normalize: no input file given</source>
        <translation>normalize: कोणतीही इनपुट फाइल दिलेली नाही</translation>
    </message>
    <message>
        <source>normalize: --out-dir DIR is required</source>
        <translation>normalize: --out-dir DIR देणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>normalize: --max-bytes must be a whole number of at least 1000, got &apos;%1&apos;</source>
        <translation>normalize: --max-bytes ही किमान 1000 इतकी पूर्ण संख्या असली पाहिजे, मिळाले &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: invoice [%2]</source>
        <translation>%1: इन्व्हॉइस [%2]</translation>
    </message>
    <message>
        <source>error</source>
        <translation>त्रुटी</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>इशारा</translation>
    </message>
    <message>
        <source>normalize: cannot read %1: %2</source>
        <translation>normalize: %1 वाचता आली नाही: %2</translation>
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
        <translation>normalize: %1 इन्व्हॉइस वाचले, %2 इन्व्हॉइस %3 फाइलमध्ये लिहिले, %4 मध्ये त्रुटी, %5 इशारे</translation>
    </message>
    <message>
        <source>irndesk-cli: unknown command &apos;%1&apos;</source>
        <translation>irndesk-cli: अज्ञात कमांड &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(no longer used)</source>
        <translation>(आता वापरात नाही)</translation>
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
        <translation>कसे दुरुस्त करावे: %1</translation>
    </message>
    <message>
        <source>Trying again later can help.</source>
        <translation>नंतर पुन्हा प्रयत्न केल्यास उपयोग होऊ शकतो.</translation>
    </message>
    <message>
        <source>Trying again unchanged does not help.</source>
        <translation>काहीही न बदलता पुन्हा प्रयत्न केल्यास उपयोग होत नाही.</translation>
    </message>
    <message>
        <source>list every code the guide knows, one per line</source>
        <translation>मार्गदर्शिकेतील प्रत्येक कोडची यादी, प्रत्येक ओळीत एक</translation>
    </message>
    <message>
        <source>explain: give either a code or --all, not both</source>
        <translation>explain: कोड किंवा --all यांपैकी एकच द्या, दोन्ही नाही</translation>
    </message>
    <message>
        <source>explain: expected one error code, for example: irndesk-cli explain 2189</source>
        <translation>explain: एक त्रुटी कोड अपेक्षित, उदाहरणार्थ: irndesk-cli explain 2189</translation>
    </message>
    <message>
        <source>explain: unknown error code &apos;%1&apos;. &apos;irndesk-cli explain --all&apos; lists the known codes.</source>
        <translation>explain: अज्ञात त्रुटी कोड &apos;%1&apos;. &apos;irndesk-cli explain --all&apos; ज्ञात कोडची यादी देते.</translation>
    </message>
    <message>
        <source>only this seller&apos;s invoices</source>
        <translation>फक्त या विक्रेत्याचे इन्व्हॉइस</translation>
    </message>
    <message>
        <source>the folder for the bulk files</source>
        <translation>बल्क फाइलसाठीचा फोल्डर</translation>
    </message>
    <message>
        <source>largest bulk file in bytes (default %1, the portal&apos;s limit)</source>
        <translation>बल्क फाइलचा कमाल आकार, बाइटमध्ये (डीफॉल्ट %1, पोर्टलची मर्यादा)</translation>
    </message>
    <message>
        <source>also write the invoices exported before</source>
        <translation>आधी एक्सपोर्ट केलेले इन्व्हॉइसही लिहा</translation>
    </message>
    <message>
        <source>only these invoices (ids as `list` shows them)</source>
        <translation>फक्त हे इन्व्हॉइस (`list` दाखवते त्याप्रमाणे id)</translation>
    </message>
    <message>
        <source>the day to check against, DD/MM/YYYY (default: the current date)</source>
        <translation>कोणत्या दिवसानुसार तपासायचे, DD/MM/YYYY (डीफॉल्ट: आजचा दिनांक)</translation>
    </message>
    <message>
        <source>NIC sandbox data: a wrong GSTIN check character is only a warning</source>
        <translation>NIC सँडबॉक्स डेटा: GSTIN मधील चुकीचा चेक कॅरेक्टर हा फक्त इशारा ठरतो</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: अनपेक्षित आर्ग्युमेंट &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --out DIR is required: the folder for the bulk files</source>
        <translation>%1: --out DIR आवश्यक आहे: बल्क फाइलसाठीचा फोल्डर</translation>
    </message>
    <message>
        <source>%1: --out %2 is a file, not a folder</source>
        <translation>%1: --out %2 ही फाइल आहे, फोल्डर नाही</translation>
    </message>
    <message>
        <source>%1: --max-bytes must be a whole number of at least %2, got &apos;%3&apos;</source>
        <translation>%1: --max-bytes ही किमान %2 इतकी पूर्ण संख्या असली पाहिजे, मिळाले &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: warning: --max-bytes %2 is above the portal&apos;s limit of %3 bytes per file: it may refuse the files</source>
        <translation>%1: इशारा: --max-bytes %2 हे पोर्टलच्या प्रति फाइल %3 बाइटच्या मर्यादेपेक्षा जास्त आहे: पोर्टल फाइल नाकारू शकते</translation>
    </message>
    <message>
        <source>%1: --today must be a real date written DD/MM/YYYY, got &apos;%2&apos;</source>
        <translation>%1: --today हा DD/MM/YYYY स्वरूपात लिहिलेला वैध दिनांक असला पाहिजे, मिळाले &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --ids must be invoice ids separated by commas, got &apos;%2&apos;</source>
        <translation>%1: --ids मध्ये स्वल्पविरामाने वेगळे केलेले इन्व्हॉइस id असले पाहिजेत, मिळाले &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --ids names no invoice</source>
        <translation>%1: --ids मध्ये एकही इन्व्हॉइस दिलेले नाही</translation>
    </message>
    <message>
        <source>%1: --ids: no invoice %2 in the workspace %3</source>
        <translation>%1: --ids: वर्कस्पेस %3 मध्ये इन्व्हॉइस %2 नाही</translation>
    </message>
    <message>
        <source>%1: --ids: no invoice %2 in the store</source>
        <translation>%1: --ids: स्टोअरमध्ये इन्व्हॉइस %2 नाही</translation>
    </message>
    <message>
        <source>%1: stopped; the %2 invoices in the %3 files written before the problem are marked exported</source>
        <translation>%1: थांबवले; समस्येपूर्वी लिहिलेल्या %3 फाइलमधील %2 इन्व्हॉइस एक्सपोर्ट केलेले म्हणून चिन्हांकित केले आहेत</translation>
    </message>
    <message>
        <source>%1: wrote %2 (%3 bytes, %4 invoices)</source>
        <translation>%1: %2 लिहिली (%3 बाइट, %4 इन्व्हॉइस)</translation>
    </message>
    <message>
        <source>%1: left out %2 %3 (#%4, %5, %6): %7</source>
        <translation>%1: %2 %3 वगळले (#%4, %5, %6): %7</translation>
    </message>
    <message>
        <source>%1: nothing to export: no ready invoices</source>
        <translation>%1: एक्सपोर्ट करण्यासारखे काही नाही: एकही तयार इन्व्हॉइस नाही</translation>
    </message>
    <message>
        <source>%1: %2 invoices exported to %3 files in %4; %5 left out</source>
        <translation>%1: %2 इन्व्हॉइस %4 मध्ये %3 फाइलमध्ये एक्सपोर्ट केले; %5 वगळले</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(उपलब्ध नाही)</translation>
    </message>
    <message>
        <source>where to write the repaired invoices</source>
        <translation>दुरुस्त केलेले इन्व्हॉइस कुठे लिहायचे</translation>
    </message>
    <message>
        <source>fix: expected one input file (or - for standard input)</source>
        <translation>fix: एक इनपुट फाइल अपेक्षित (किंवा स्टँडर्ड इनपुटसाठी -)</translation>
    </message>
    <message>
        <source>fix: --out FILE is required (the input is never overwritten)</source>
        <translation>fix: --out FILE देणे आवश्यक आहे (इनपुट फाइल कधीही ओव्हरराइट केली जात नाही)</translation>
    </message>
    <message>
        <source>fix: --out must be another file than the input %1</source>
        <translation>fix: --out ही इनपुट %1 पेक्षा वेगळी फाइल असली पाहिजे</translation>
    </message>
    <message>
        <source>fix: cannot read %1: %2</source>
        <translation>fix: %1 वाचता आली नाही: %2</translation>
    </message>
    <message>
        <source>fix: %1: %2</source>
        <translation>fix: %1: %2</translation>
    </message>
    <message>
        <source>fix: %1: %2 is not readable JSON (%3); nothing was written</source>
        <translation>fix: %1: %2 हे वाचता येण्याजोगे JSON नाही (%3); काहीही लिहिले नाही</translation>
    </message>
    <message>
        <source>%1: %2: %3 -&gt; %4: %5</source>
        <translation>%1: %2: %3 -&gt; %4: %5</translation>
    </message>
    <message>
        <source>%1: note: %2</source>
        <translation>%1: टीप: %2</translation>
    </message>
    <message>
        <source>fix: cannot write %1: %2</source>
        <translation>fix: %1 लिहिता आली नाही: %2</translation>
    </message>
    <message>
        <source>fix: %1 invoices, %2 changed, %3 changes; written to %4</source>
        <translation>fix: %1 इन्व्हॉइस, %2 बदलले, %3 बदल; %4 मध्ये लिहिले</translation>
    </message>
    <message>
        <source>import only the invoices of this seller; refuse the others</source>
        <translation>फक्त या विक्रेत्याचे इन्व्हॉइस इम्पोर्ट करा; इतर नाकारा</translation>
    </message>
    <message>
        <source>column mapping for CSV/XLSX files in another layout</source>
        <translation>वेगळ्या मांडणीतील CSV/XLSX फाइलसाठी स्तंभ मॅपिंग</translation>
    </message>
    <message>
        <source>replace an invoice already in the store whose content changed, while it can be edited</source>
        <translation>स्टोअरमध्ये आधीच असलेल्या ज्या इन्व्हॉइसचा मजकूर बदलला आहे, ते संपादित करता येत असल्यास त्याऐवजी नवीन ठेवा</translation>
    </message>
    <message>
        <source>%1: no file given: irndesk-cli import FILE... (JSON, CSV or XLSX)</source>
        <translation>%1: फाइल दिलेली नाही: irndesk-cli import FILE... (JSON, CSV किंवा XLSX)</translation>
    </message>
    <message>
        <source>%1: --workspace &apos;%2&apos; is not a GSTIN (15 characters: two digits, then capital letters and digits)</source>
        <translation>%1: --workspace &apos;%2&apos; हा GSTIN नाही (15 कॅरेक्टर: दोन अंक, नंतर कॅपिटल अक्षरे आणि अंक)</translation>
    </message>
    <message>
        <source>%1: cannot read the mapping file %2</source>
        <translation>%1: मॅपिंग फाइल %2 वाचता आली नाही</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 वाचता आले नाही: %3</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>अशी फाइल नाही</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>हा फोल्डर आहे</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>परवानगी नाकारली</translation>
    </message>
    <message>
        <source>%1: note: there is no workspace %2 yet; it is made from the first of its invoices</source>
        <translation>%1: टीप: वर्कस्पेस %2 अद्याप नाही; तो त्याच्या पहिल्या इन्व्हॉइसवरून तयार केला जातो</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>नाकारले</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>संघर्ष</translation>
    </message>
    <message>
        <source>%1: %2%3: %4</source>
        <translation>%1: %2%3: %4</translation>
    </message>
    <message>
        <source>%1: %2%3: %4 %5 imported as a draft, with 1 error:</source>
        <translation>%1: %2%3: %4 %5 मसुदा म्हणून इम्पोर्ट केले, 1 त्रुटीसह:</translation>
    </message>
    <message>
        <source>%1: %2%3: %4 %5 imported as a draft, with %6 errors:</source>
        <translation>%1: %2%3: %4 %5 मसुदा म्हणून इम्पोर्ट केले, %6 त्रुटींसह:</translation>
    </message>
    <message>
        <source>%1: stopped; %2 invoices were imported before the problem and stay in the store</source>
        <translation>%1: थांबवले; समस्येपूर्वी %2 इन्व्हॉइस इम्पोर्ट झाले होते आणि ते स्टोअरमध्येच राहतील</translation>
    </message>
    <message>
        <source>%1: imported %2 and updated %3</source>
        <translation>%1: %2 इम्पोर्ट केले आणि %3 अपडेट केले</translation>
    </message>
    <message>
        <source>%1: imported %2</source>
        <translation>%1: %2 इम्पोर्ट केले</translation>
    </message>
    <message>
        <source>, of which %1 ready and %2</source>
        <translation>, त्यापैकी %1 तयार आणि %2</translation>
    </message>
    <message>
        <source>1 draft</source>
        <translation>1 मसुदा</translation>
    </message>
    <message>
        <source>%1 drafts</source>
        <translation>%1 मसुदे</translation>
    </message>
    <message>
        <source>; %1 refused</source>
        <translation>; %1 नाकारले</translation>
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
        <translation>; 1 संघर्ष</translation>
    </message>
    <message>
        <source>; %1 conflicts</source>
        <translation>; %1 संघर्ष</translation>
    </message>
    <message>
        <source>; workspace %1 created</source>
        <translation>; वर्कस्पेस %1 तयार केला</translation>
    </message>
    <message>
        <source>; %1 workspaces created: %2</source>
        <translation>; %1 वर्कस्पेस तयार केले: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>list: --%1 must be a whole number of at least %2, got &apos;%3&apos;</source>
        <translation>list: --%1 ही किमान %2 इतकी पूर्ण संख्या असली पाहिजे, मिळाले &apos;%3&apos;</translation>
    </message>
    <message>
        <source>only the invoices of this seller</source>
        <translation>फक्त या विक्रेत्याचे इन्व्हॉइस</translation>
    </message>
    <message>
        <source>only these statuses, separated by commas</source>
        <translation>फक्त या स्थिती, स्वल्पविरामाने वेगळ्या केलेल्या</translation>
    </message>
    <message>
        <source>documents dated on or after this day</source>
        <translation>या दिवशी किंवा त्यानंतरच्या दिनांकाचे दस्तऐवज</translation>
    </message>
    <message>
        <source>documents dated on or before this day</source>
        <translation>या दिवशी किंवा त्यापूर्वीच्या दिनांकाचे दस्तऐवज</translation>
    </message>
    <message>
        <source>the buyer&apos;s GSTIN or part of the buyer&apos;s name</source>
        <translation>खरेदीदाराचा GSTIN किंवा खरेदीदाराच्या नावाचा भाग</translation>
    </message>
    <message>
        <source>INV, CRN or DBN</source>
        <translation>INV, CRN किंवा DBN</translation>
    </message>
    <message>
        <source>part of the number, the buyer&apos;s name or GSTIN, or an IRN</source>
        <translation>क्रमांकाचा भाग, खरेदीदाराचे नाव किंवा GSTIN, किंवा IRN</translation>
    </message>
    <message>
        <source>invoices shown (default %1; 0: all)</source>
        <translation>दाखवायचे इन्व्हॉइस (डीफॉल्ट %1; 0: सर्व)</translation>
    </message>
    <message>
        <source>invoices skipped before the first shown</source>
        <translation>पहिल्या दाखवलेल्या इन्व्हॉइसपूर्वी वगळायचे इन्व्हॉइस</translation>
    </message>
    <message>
        <source>%1: --%2 must be a real date written DD/MM/YYYY, got &apos;%3&apos;</source>
        <translation>%1: --%2 हा DD/MM/YYYY स्वरूपात लिहिलेला वैध दिनांक असला पाहिजे, मिळाले &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: --type must be INV, CRN or DBN, got &apos;%2&apos;</source>
        <translation>%1: --type हे INV, CRN किंवा DBN असले पाहिजे, मिळाले &apos;%2&apos;</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>BUYER</source>
        <translation>खरेदीदार</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>एकूण</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>ERR/WARN</source>
        <translation>त्रुटी/इशारा</translation>
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
        <translation>(दिनांक नाही)</translation>
    </message>
    <message>
        <source>%1: no invoices match</source>
        <translation>%1: एकही इन्व्हॉइस जुळत नाही</translation>
    </message>
    <message>
        <source>%1: no invoices after the first %2 of %3</source>
        <translation>%1: %3 पैकी पहिल्या %2 नंतर एकही इन्व्हॉइस नाही</translation>
    </message>
    <message>
        <source>%1: invoices %2 to %3 of %4</source>
        <translation>%1: %4 पैकी इन्व्हॉइस %2 ते %3</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>लिहायची PDF फाइल</translation>
    </message>
    <message>
        <source>print an invoice that is not registered, marked as a draft</source>
        <translation>नोंदणीकृत नसलेले इन्व्हॉइस मसुदा म्हणून चिन्हांकित करून प्रिंट करा</translation>
    </message>
    <message>
        <source>%1: --out FILE.pdf is required%2</source>
        <translation>%1: --out FILE.pdf आवश्यक आहे%2</translation>
    </message>
    <message>
        <source>, got &apos;%1&apos;</source>
        <translation>, मिळाले &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: printing needs the graphics library, which could not start</source>
        <translation>%1: प्रिंट करण्यासाठी ग्राफिक्स लायब्ररी लागते, ती सुरू होऊ शकली नाही</translation>
    </message>
    <message>
        <source>%1: %2 is %3, not registered: only a registered invoice prints as an e-invoice (--draft prints a draft)</source>
        <translation>%1: %2 ची स्थिती %3 आहे, नोंदणीकृत नाही: फक्त नोंदणीकृत इन्व्हॉइसच ई-इन्व्हॉइस म्हणून प्रिंट होते (--draft मसुदा प्रिंट करते)</translation>
    </message>
    <message>
        <source>%1: wrote %2</source>
        <translation>%1: %2 लिहिली</translation>
    </message>
    <message>
        <source>the report file: .csv or .xlsx</source>
        <translation>अहवाल फाइल: .csv किंवा .xlsx</translation>
    </message>
    <message>
        <source>%1: --out FILE.csv or --out FILE.xlsx is required%2</source>
        <translation>%1: --out FILE.csv किंवा --out FILE.xlsx आवश्यक आहे%2</translation>
    </message>
    <message>
        <source>%1: --out %2 is a folder</source>
        <translation>%1: --out %2 हा फोल्डर आहे</translation>
    </message>
    <message>
        <source>%1: %2 invoices written to %3</source>
        <translation>%1: %2 इन्व्हॉइस %3 मध्ये लिहिले</translation>
    </message>
    <message>
        <source>%1: no file given: irndesk-cli import-results FILE... (the signed e-invoices the portal gave back)</source>
        <translation>%1: फाइल दिलेली नाही: irndesk-cli import-results FILE... (पोर्टलने परत दिलेले स्वाक्षरीत ई-इन्व्हॉइस)</translation>
    </message>
    <message>
        <source>registered %1; %2 already registered; %3 not in the store (numbers recorded as used); %4 conflicts; %5 unreadable entries</source>
        <translation>%1 नोंदणीकृत केले; %2 आधीच नोंदणीकृत; %3 स्टोअरमध्ये नाहीत (क्रमांक वापरलेले म्हणून नोंदवले); %4 संघर्ष; %5 वाचता न येणाऱ्या नोंदी</translation>
    </message>
    <message>
        <source>sandbox: --%1 must be a whole number of at least %2, got &apos;%3&apos;</source>
        <translation>sandbox: --%1 ही किमान %2 इतकी पूर्ण संख्या असली पाहिजे, मिळाले &apos;%3&apos;</translation>
    </message>
    <message>
        <source>port on 127.0.0.1 (0: any free port)</source>
        <translation>127.0.0.1 वरील पोर्ट (0: कोणताही मोकळा पोर्ट)</translation>
    </message>
    <message>
        <source>folder of the sandbox&apos;s keys; auth_public.pem and sign_cert.pem are written there for clients (default: &apos;sandbox&apos; in the application data folder)</source>
        <translation>सँडबॉक्सच्या कींचा फोल्डर; क्लायंटसाठी auth_public.pem आणि sign_cert.pem तिथे लिहिल्या जातात (डीफॉल्ट: ॲप्लिकेशन डेटा फोल्डरमधील &apos;sandbox&apos;)</translation>
    </message>
    <message>
        <source>client id of a user (repeatable)</source>
        <translation>वापरकर्त्याचा क्लायंट ID (पुन्हा देता येतो)</translation>
    </message>
    <message>
        <source>client secret of a user (repeatable)</source>
        <translation>वापरकर्त्याचे क्लायंट सीक्रेट (पुन्हा देता येते)</translation>
    </message>
    <message>
        <source>API user name (repeatable)</source>
        <translation>API वापरकर्ता नाव (पुन्हा देता येते)</translation>
    </message>
    <message>
        <source>password of a user (repeatable)</source>
        <translation>वापरकर्त्याचा पासवर्ड (पुन्हा देता येतो)</translation>
    </message>
    <message>
        <source>GSTIN of a user (repeatable)</source>
        <translation>वापरकर्त्याचा GSTIN (पुन्हा देता येतो)</translation>
    </message>
    <message>
        <source>users from a JSON file</source>
        <translation>JSON फाइलमधील वापरकर्ते</translation>
    </message>
    <message>
        <source>token validity (default 60)</source>
        <translation>टोकनची वैधता (डीफॉल्ट 60)</translation>
    </message>
    <message>
        <source>HTTPS with a certificate of the sandbox&apos;s own CA (ca_cert.pem in the keys folder)</source>
        <translation>सँडबॉक्सच्या स्वतःच्या CA च्या प्रमाणपत्रासह HTTPS (कींच्या फोल्डरमधील ca_cert.pem)</translation>
    </message>
    <message>
        <source>answer every Nth request with HTTP 500, unprocessed</source>
        <translation>प्रत्येक N-व्या विनंतीला प्रक्रिया न करता HTTP 500 ने उत्तर द्या</translation>
    </message>
    <message>
        <source>process every Nth request, then close the connection without a reply</source>
        <translation>प्रत्येक N-व्या विनंतीवर प्रक्रिया करा, नंतर उत्तर न देता कनेक्शन बंद करा</translation>
    </message>
    <message>
        <source>count only IRN generations for --fail-every and --drop-every</source>
        <translation>--fail-every आणि --drop-every साठी केवळ IRN निर्मितीच मोजा</translation>
    </message>
    <message>
        <source>write the envelope&apos;s Status as a string (&quot;1&quot;/&quot;0&quot;)</source>
        <translation>एन्व्हलपचा Status स्ट्रिंग म्हणून लिहा (&quot;1&quot;/&quot;0&quot;)</translation>
    </message>
    <message>
        <source>delay every reply</source>
        <translation>प्रत्येक उत्तराला विलंब करा</translation>
    </message>
    <message>
        <source>move the sandbox&apos;s clock (for the 24 h and 48 h limits)</source>
        <translation>सँडबॉक्सचे घड्याळ पुढे-मागे करा (24 तास आणि 48 तासांच्या मर्यादांसाठी)</translation>
    </message>
    <message>
        <source>GSTIN details from this store&apos;s workspaces and parties</source>
        <translation>या स्टोअरमधील वर्कस्पेस आणि पक्षकारांचे GSTIN तपशील</translation>
    </message>
    <message>
        <source>keep the registrations in this file across restarts (default: in memory only)</source>
        <translation>नोंदण्या रीस्टार्टनंतरही या फाइलमध्ये ठेवा (डीफॉल्ट: फक्त मेमरीमध्ये)</translation>
    </message>
    <message>
        <source>print one line per request on standard error (method, path, outcome)</source>
        <translation>प्रत्येक विनंतीसाठी स्टँडर्ड एररवर एक ओळ लिहा (मेथड, पाथ, परिणाम)</translation>
    </message>
    <message>
        <source>reject only what fails the schema, not the business rules</source>
        <translation>फक्त स्कीमामध्ये अयशस्वी होणारेच नाकारा, व्यावसायिक नियमांत अयशस्वी होणारे नाही</translation>
    </message>
    <message>
        <source>sandbox: unexpected argument &apos;%1&apos;</source>
        <translation>sandbox: अनपेक्षित आर्ग्युमेंट &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sandbox: --port must be at most 65535</source>
        <translation>sandbox: --port जास्तीत जास्त 65535 असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>sandbox: --clock-offset-hours must be a number of hours, got &apos;%1&apos;</source>
        <translation>sandbox: --clock-offset-hours ही तासांची संख्या असणे आवश्यक आहे, मिळाले &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sandbox: give --user, --password and --gstin once per user, and --client-id and --client-secret once per user or once for all</source>
        <translation>sandbox: --user, --password आणि --gstin प्रत्येक वापरकर्त्यासाठी एकदा द्या, आणि --client-id व --client-secret प्रत्येक वापरकर्त्यासाठी एकदा किंवा सर्वांसाठी एकदाच द्या</translation>
    </message>
    <message>
        <source>sandbox: %1</source>
        <translation>sandbox: %1</translation>
    </message>
    <message>
        <source>sandbox: no API user: give --client-id ID --client-secret S --user U --password P --gstin G, or --users FILE</source>
        <translation>sandbox: एकही API वापरकर्ता नाही: --client-id ID --client-secret S --user U --password P --gstin G द्या, किंवा --users FILE द्या</translation>
    </message>
    <message>
        <source>keys: %1 (clients encrypt with auth_public.pem and verify with sign_cert.pem%2)</source>
        <translation>की: %1 (क्लायंट auth_public.pem ने एन्क्रिप्ट करतात आणि sign_cert.pem ने पडताळतात%2)</translation>
    </message>
    <message>
        <source>; trust ca_cert.pem</source>
        <translation>; ca_cert.pem वर विश्वास ठेवा</translation>
    </message>
    <message>
        <source>users: %1; tokens valid %2 minutes; registrations %3</source>
        <translation>वापरकर्ते: %1; टोकन %2 मिनिटे वैध; नोंदण्या %3</translation>
    </message>
    <message>
        <source>in memory only (lost when the sandbox stops)</source>
        <translation>फक्त मेमरीमध्ये (सँडबॉक्स थांबल्यावर नष्ट होतात)</translation>
    </message>
    <message>
        <source>kept in %1</source>
        <translation>%1 मध्ये ठेवल्या जातात</translation>
    </message>
    <message>
        <source>sandbox: cannot set up the signal handlers</source>
        <translation>sandbox: सिग्नल हँडलर सेट करता आले नाहीत</translation>
    </message>
    <message>
        <source>sandbox stopped: %1 requests, %2 IRNs registered</source>
        <translation>सँडबॉक्स थांबला: %1 विनंत्या, %2 IRN नोंदणीकृत</translation>
    </message>
    <message>
        <source>replace FILE when it exists</source>
        <translation>FILE आधीपासून असल्यास ती बदला</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3 arguments</source>
        <translation>%1: %2 आर्ग्युमेंट अपेक्षित होते, %3 मिळाले</translation>
    </message>
    <message>
        <source>%1: %2 is sound (integrity and foreign keys checked, schema version %3)</source>
        <translation>%1: %2 सुस्थितीत आहे (अखंडता आणि फॉरेन की तपासल्या, स्कीमा आवृत्ती %3)</translation>
    </message>
    <message>
        <source>the backup FILE</source>
        <translation>बॅकअप FILE</translation>
    </message>
    <message>
        <source>%1: %2 is a folder; give the name of the backup file</source>
        <translation>%1: %2 हे फोल्डर आहे; बॅकअप फाइलचे नाव द्या</translation>
    </message>
    <message>
        <source>%1: %2 exists; give another name, or --force to replace it</source>
        <translation>%1: %2 आधीपासून आहे; दुसरे नाव द्या, किंवा ती बदलण्यासाठी --force द्या</translation>
    </message>
    <message>
        <source>%1: %2 copied to %3 (%4 bytes)</source>
        <translation>%1: %2 ची प्रत %3 मध्ये तयार केली (%4 बाइट्स)</translation>
    </message>
    <message>
        <source>%1: %2 now holds what %3 holds; what it held before was copied to %4 beside it</source>
        <translation>%1: %2 मध्ये आता %3 मधीलच मजकूर आहे; त्यात आधी जे होते ते त्याच्या शेजारी %4 मध्ये कॉपी केले आहे</translation>
    </message>
    <message>
        <source>Store:          %1</source>
        <translation>स्टोअर:          %1</translation>
    </message>
    <message>
        <source>Size:           %1 bytes</source>
        <translation>आकार:           %1 बाइट्स</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program writes %2)</source>
        <translation>स्कीमा आवृत्ती:    %1 (हा प्रोग्राम %2 लिहितो)</translation>
    </message>
    <message>
        <source>Workspaces:     %1</source>
        <translation>वर्कस्पेस:         %1</translation>
    </message>
    <message>
        <source>Invoices:       %1</source>
        <translation>इन्व्हॉइस:        %1</translation>
    </message>
    <message>
        <source>%1: 1 workspace, %2 invoices</source>
        <translation>%1: 1 वर्कस्पेस, %2 इन्व्हॉइस</translation>
    </message>
    <message>
        <source>%1: %2 workspaces, %3 invoices</source>
        <translation>%1: %2 वर्कस्पेस, %3 इन्व्हॉइस</translation>
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
        <translation>वापर:
  irndesk-cli store check [--store DB]     संपूर्ण अखंडता तपासणी (exit 0 सुस्थितीत, 2 बिघडलेले)
  irndesk-cli store backup FILE [--force] [--store DB]
                                           स्टोअर वापरात असतानाही सुसंगत प्रत
  irndesk-cli store restore FILE [--store DB]
                                           स्टोअरमधील मजकूर बॅकअपमधील मजकुराने बदला
  irndesk-cli store info [--store DB]      पाथ, स्कीमा आवृत्ती, संख्या
प्रत्येक कमांड --format text|json स्वीकारते.
</translation>
    </message>
    <message>
        <source>store: say check, backup, restore or info</source>
        <translation>store: check, backup, restore किंवा info यापैकी एक सांगा</translation>
    </message>
    <message>
        <source>store: unknown subcommand &apos;%1&apos;</source>
        <translation>store: अज्ञात सबकमांड &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the store file (default: $IRNDESK_STORE, else irndesk.sqlite in the application data folder)</source>
        <translation>स्टोअर फाइल (डीफॉल्ट: $IRNDESK_STORE, नसल्यास ॲप्लिकेशन डेटा फोल्डरमधील irndesk.sqlite)</translation>
    </message>
    <message>
        <source>--store needs a file name</source>
        <translation>--store साठी फाइलचे नाव आवश्यक आहे</translation>
    </message>
    <message>
        <source>%1: --store needs a file name</source>
        <translation>%1: --store साठी फाइलचे नाव आवश्यक आहे</translation>
    </message>
    <message>
        <source>there is no store at %1</source>
        <translation>%1 येथे कोणतेही स्टोअर नाही</translation>
    </message>
    <message>
        <source>%1: there is no store at %2. Give the right one with --store DB or IRNDESK_STORE, or make one with `irndesk-cli import` or `irndesk-cli workspace add`.</source>
        <translation>%1: %2 येथे कोणतेही स्टोअर नाही. योग्य स्टोअर --store DB किंवा IRNDESK_STORE ने द्या, किंवा `irndesk-cli import` किंवा `irndesk-cli workspace add` ने नवीन तयार करा.</translation>
    </message>
    <message>
        <source>%1: the store is busy: another program is writing to %2 and did not finish within %3 ms. Try again when it has finished.</source>
        <translation>%1: स्टोअर व्यस्त आहे: दुसरा प्रोग्राम %2 मध्ये लिहित आहे आणि %3 ms मध्ये त्याचे काम पूर्ण झाले नाही. ते पूर्ण झाल्यावर पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>%1: --status &apos;%2&apos; is not a status; the statuses are %3</source>
        <translation>%1: --status &apos;%2&apos; ही स्थिती नाही; स्थिती अशा आहेत: %3</translation>
    </message>
    <message>
        <source>%1: there is no workspace %2: the store %3 has no workspaces yet</source>
        <translation>%1: वर्कस्पेस %2 नाही: स्टोअर %3 मध्ये अद्याप एकही वर्कस्पेस नाही</translation>
    </message>
    <message>
        <source>%1: there is no workspace %2 in the store; it has %3</source>
        <translation>%1: स्टोअरमध्ये वर्कस्पेस %2 नाही; त्यात हे आहेत: %3</translation>
    </message>
    <message>
        <source>%1: --doc must be INV/NO, CRN/NO or DBN/NO, got &apos;%2&apos;</source>
        <translation>%1: --doc हे INV/NO, CRN/NO किंवा DBN/NO असणे आवश्यक आहे, मिळाले &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: there is no %2 in the store</source>
        <translation>%1: स्टोअरमध्ये %2 नाही</translation>
    </message>
    <message>
        <source>%1: %2 is in the store more than once (%3): choose with --workspace or --fy</source>
        <translation>%1: %2 स्टोअरमध्ये एकापेक्षा जास्त वेळा आहे (%3): --workspace किंवा --fy ने निवडा</translation>
    </message>
    <message>
        <source>%1: %2 %3: %4</source>
        <translation>%1: %2 %3: %4</translation>
    </message>
    <message>
        <source>the IRP&apos;s base URL</source>
        <translation>IRP ची बेस URL</translation>
    </message>
    <message>
        <source>the API client id</source>
        <translation>API क्लायंट ID</translation>
    </message>
    <message>
        <source>the environment variable that holds the client secret</source>
        <translation>क्लायंटचे गोपनीय मूल्य (client secret) असलेला एन्व्हायर्नमेंट व्हेरिएबल</translation>
    </message>
    <message>
        <source>the API user name</source>
        <translation>API वापरकर्ता नाव</translation>
    </message>
    <message>
        <source>the environment variable that holds the password</source>
        <translation>पासवर्ड असलेला एन्व्हायर्नमेंट व्हेरिएबल</translation>
    </message>
    <message>
        <source>the GSTIN the user logs in for</source>
        <translation>वापरकर्ता ज्या GSTIN साठी लॉग इन करतो तो GSTIN</translation>
    </message>
    <message>
        <source>the IRP&apos;s encryption public key (PEM)</source>
        <translation>IRP ची एन्क्रिप्शन सार्वजनिक की (PEM)</translation>
    </message>
    <message>
        <source>trust exactly this CA for a private endpoint (PEM)</source>
        <translation>खाजगी एंडपॉइंटसाठी फक्त याच CA वर विश्वास ठेवा (PEM)</translation>
    </message>
    <message>
        <source>copy the secrets from the variables into the OS keychain now, and read them from there</source>
        <translation>गोपनीय मूल्ये आत्ताच व्हेरिएबल्समधून OS कीचेनमध्ये कॉपी करा, आणि पुढे तिथूनच वाचा</translation>
    </message>
    <message>
        <source>%1: give one profile name: irndesk-cli profile add NAME --base-url URL ...</source>
        <translation>%1: एक प्रोफाइल नाव द्या: irndesk-cli profile add NAME --base-url URL ...</translation>
    </message>
    <message>
        <source>%1: --public-key PEM is required (the IRP&apos;s encryption key)</source>
        <translation>%1: --public-key PEM आवश्यक आहे (IRP ची एन्क्रिप्शन की)</translation>
    </message>
    <message>
        <source>%1: --keychain copies the %2 from its variable, and %3 is not set</source>
        <translation>%1: --keychain हे %2 त्याच्या व्हेरिएबलमधून कॉपी करते, आणि %3 सेट केलेला नाही</translation>
    </message>
    <message>
        <source> (use --client-secret-env and --password-env without --keychain)</source>
        <translation> (--keychain शिवाय --client-secret-env आणि --password-env वापरा)</translation>
    </message>
    <message>
        <source>%1: saved profile %2 (%3, user %4, GSTIN %5; secrets from %6)</source>
        <translation>%1: प्रोफाइल %2 जतन केले (%3, वापरकर्ता %4, GSTIN %5; गोपनीय मूल्ये %6 मधून)</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>कीचेन</translation>
    </message>
    <message>
        <source>profile remove: removed %1</source>
        <translation>profile remove: %1 काढून टाकले</translation>
    </message>
    <message>
        <source>profile: irndesk-cli profile add NAME ... | profile list | profile remove NAME</source>
        <translation>profile: irndesk-cli profile add NAME ... | profile list | profile remove NAME</translation>
    </message>
    <message>
        <source>%1: there is no IRP profile &apos;%2&apos; (irndesk-cli profile list)</source>
        <translation>%1: &apos;%2&apos; नावाचे IRP प्रोफाइल नाही (irndesk-cli profile list)</translation>
    </message>
    <message>
        <source>%1: registered (%2) IRN %3 Ack %4 of %5</source>
        <translation>%1: नोंदणीकृत (%2) IRN %3, Ack %4, दिनांक %5</translation>
    </message>
    <message>
        <source>%1: rejected: %2</source>
        <translation>%1: नाकारले: %2</translation>
    </message>
    <message>
        <source>%1: CONFLICT: %2</source>
        <translation>%1: संघर्ष: %2</translation>
    </message>
    <message>
        <source>%1: unknown: %2</source>
        <translation>%1: अज्ञात: %2</translation>
    </message>
    <message>
        <source>the IRP profile to submit to</source>
        <translation>ज्यावर सबमिट करायचे ते IRP प्रोफाइल</translation>
    </message>
    <message>
        <source>the seller (default: the profile&apos;s GSTIN)</source>
        <translation>विक्रेता (डीफॉल्ट: प्रोफाइलचा GSTIN)</translation>
    </message>
    <message>
        <source>invoices in flight at once (default 4)</source>
        <translation>एकाच वेळी पाठवले जाणारे इन्व्हॉइस (डीफॉल्ट 4)</translation>
    </message>
    <message>
        <source>only this document (repeatable): INV/NO, CRN/NO, DBN/NO</source>
        <translation>फक्त हा दस्तऐवज (पुन्हा देता येतो): INV/NO, CRN/NO, DBN/NO</translation>
    </message>
    <message>
        <source>the day the rules check against (default: today)</source>
        <translation>ज्या दिवसानुसार नियम तपासायचे तो दिवस (डीफॉल्ट: आज)</translation>
    </message>
    <message>
        <source>NIC sandbox rules: test GSTINs only warn</source>
        <translation>NIC सँडबॉक्स नियम: चाचणी GSTIN साठी फक्त इशारा</translation>
    </message>
    <message>
        <source>%1: --profile NAME is required</source>
        <translation>%1: --profile NAME आवश्यक आहे</translation>
    </message>
    <message>
        <source>%1: --concurrency must be 1 to 16, got &apos;%2&apos;</source>
        <translation>%1: --concurrency 1 ते 16 असणे आवश्यक आहे, मिळाले &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: profile %2 logs in for %3, not for the seller %4</source>
        <translation>%1: प्रोफाइल %2 हे %3 साठी लॉग इन करते, विक्रेता %4 साठी नाही</translation>
    </message>
    <message>
        <source>%1 invoices: %2 registered, %3 rejected, %4 conflicts, %5 unknown, %6 not sent; %7 lookups%8</source>
        <translation>%1 इन्व्हॉइस: %2 नोंदणीकृत, %3 नाकारलेले, %4 संघर्ष, %5 अज्ञात, %6 पाठवले नाहीत; %7 लुकअप%8</translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation>; थांबवले</translation>
    </message>
    <message>
        <source>the IRP profile</source>
        <translation>IRP प्रोफाइल</translation>
    </message>
    <message>
        <source>the IRN to cancel</source>
        <translation>रद्द करायचा IRN</translation>
    </message>
    <message>
        <source>1 duplicate, 2 data entry mistake, 3 order cancelled, 4 other</source>
        <translation>1 डुप्लिकेट, 2 डेटा नोंदीतील चूक, 3 ऑर्डर रद्द, 4 इतर</translation>
    </message>
    <message>
        <source>why, up to 100 characters</source>
        <translation>कारण, जास्तीत जास्त 100 अक्षरे</translation>
    </message>
    <message>
        <source>%1: --irn IRN --reason 1|2|3|4 --remark TEXT --profile NAME are all required</source>
        <translation>%1: --irn IRN --reason 1|2|3|4 --remark TEXT --profile NAME हे सर्व आवश्यक आहेत</translation>
    </message>
    <message>
        <source>%1: no invoice in the store has IRN %2</source>
        <translation>%1: स्टोअरमधील कोणत्याही इन्व्हॉइसचा IRN %2 नाही</translation>
    </message>
    <message>
        <source>%1: %2/%3 cancelled on %4</source>
        <translation>%1: %2/%3 %4 रोजी रद्द केले</translation>
    </message>
    <message>
        <source>only this seller</source>
        <translation>फक्त हा विक्रेता</translation>
    </message>
    <message>
        <source>%1 invoices submitting, unknown or rejected; %2 requests without an answer in the journal</source>
        <translation>%1 इन्व्हॉइस सबमिट होत असलेले, अज्ञात किंवा नाकारलेले; जर्नलमध्ये %2 विनंत्या उत्तराविना</translation>
    </message>
    <message>
        <source>%1 %2 (invoice [%3], line %4)</source>
        <translation>%1 %2 (इन्व्हॉइस [%3], ओळ %4)</translation>
    </message>
    <message>
        <source>invoice [%1] (line %2)</source>
        <translation>इन्व्हॉइस [%1] (ओळ %2)</translation>
    </message>
    <message>
        <source>(invoice)</source>
        <translation>(इन्व्हॉइस)</translation>
    </message>
    <message>
        <source>the seller&apos;s turnover is at least 10 crore: the 30-day reporting window applies</source>
        <translation>विक्रेत्याची उलाढाल किमान 10 कोटी आहे: 30 दिवसांची रिपोर्टिंग मुदत लागू होते</translation>
    </message>
    <message>
        <source>folder with newer copies of the master lists</source>
        <translation>मास्टर याद्यांच्या नव्या प्रती असलेले फोल्डर</translation>
    </message>
    <message>
        <source>worker threads (default: one per core, at most %1)</source>
        <translation>वर्कर थ्रेड (डीफॉल्ट: प्रत्येक कोरसाठी एक, जास्तीत जास्त %1)</translation>
    </message>
    <message>
        <source>validate: expected one FILE (or - for standard input), got %1</source>
        <translation>validate: एक FILE (किंवा स्टँडर्ड इनपुटसाठी -) अपेक्षित होती, मिळाल्या %1</translation>
    </message>
    <message>
        <source>validate: --today must be a real date written DD/MM/YYYY, got &apos;%1&apos;</source>
        <translation>validate: --today हा DD/MM/YYYY स्वरूपात लिहिलेला खरा दिनांक असणे आवश्यक आहे, मिळाले &apos;%1&apos;</translation>
    </message>
    <message>
        <source>validate: --threads must be a whole number from 1 to %1, got &apos;%2&apos;</source>
        <translation>validate: --threads ही 1 ते %1 मधील पूर्ण संख्या असणे आवश्यक आहे, मिळाले &apos;%2&apos;</translation>
    </message>
    <message>
        <source>validate: --masters %1 is not a folder that can be read</source>
        <translation>validate: --masters %1 हे वाचता येणारे फोल्डर नाही</translation>
    </message>
    <message>
        <source>validate: cannot use the masters in %1: %2</source>
        <translation>validate: %1 मधील मास्टर याद्या वापरता येत नाहीत: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>स्टँडर्ड इनपुट</translation>
    </message>
    <message>
        <source>validate: cannot read %1: %2</source>
        <translation>validate: %1 वाचता येत नाही: %2</translation>
    </message>
    <message>
        <source>validate: %1: %2 invoices, %3 valid, %4 with errors; %5 errors, %6 warnings</source>
        <translation>validate: %1: %2 इन्व्हॉइस, %3 वैध, %4 मध्ये त्रुटी; %5 त्रुटी, %6 इशारे</translation>
    </message>
    <message>
        <source>validate: %1: %2</source>
        <translation>validate: %1: %2</translation>
    </message>
    <message>
        <source>validate: %1: only the %2 invoices before the problem were checked</source>
        <translation>validate: %1: समस्येपूर्वीचे फक्त %2 इन्व्हॉइस तपासले गेले</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>वाचता येत नाही: %1</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON नाही: बाइट %2 वर %1</translation>
    </message>
    <message>
        <source>no signed invoice or QR code (JWT) found</source>
        <translation>स्वाक्षरीत इन्व्हॉइस किंवा QR कोड (JWT) सापडला नाही</translation>
    </message>
    <message>
        <source>WARNING: signed by the NIC sandbox: a test document, not a valid e-invoice</source>
        <translation>इशारा: NIC सँडबॉक्सची स्वाक्षरी: हा चाचणी दस्तऐवज आहे, वैध ई-इन्व्हॉइस नाही</translation>
    </message>
    <message>
        <source>WARNING: signed by a sandbox IRP (%1): a test document, not a valid e-invoice</source>
        <translation>इशारा: सँडबॉक्स IRP (%1) ची स्वाक्षरी: हा चाचणी दस्तऐवज आहे, वैध ई-इन्व्हॉइस नाही</translation>
    </message>
    <message>
        <source>%1: %2 has no signed QR code in the store (it is %3)</source>
        <translation>%1: स्टोअरमध्ये %2 चा स्वाक्षरीत QR कोड नाही (तो %3 आहे)</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>संग्रहित नाही</translation>
    </message>
    <message>
        <source>QR claims: all match the invoice in the store</source>
        <translation>QR क्लेम: सर्व क्लेम स्टोअरमधील इन्व्हॉइसशी जुळतात</translation>
    </message>
    <message>
        <source>QR claim %1 differs: QR code &apos;%2&apos;, invoice &apos;%3&apos;</source>
        <translation>QR क्लेम %1 वेगळा आहे: QR कोड &apos;%2&apos;, इन्व्हॉइस &apos;%3&apos;</translation>
    </message>
    <message>
        <source>a trusted public key or certificate (PEM); may be repeated</source>
        <translation>विश्वसनीय सार्वजनिक की किंवा प्रमाणपत्र (PEM); अनेक वेळा देता येते</translation>
    </message>
    <message>
        <source>%1: check either FILE|JWT|DIR or --doc TYPE/NO: irndesk-cli verify FILE|JWT|DIR [--key PEM]... or irndesk-cli verify --doc TYPE/NO [--workspace GSTIN] [--fy YYYY-YY]</source>
        <translation>%1: FILE|JWT|DIR किंवा --doc TYPE/NO यापैकी एक तपासा: irndesk-cli verify FILE|JWT|DIR [--key PEM]... किंवा irndesk-cli verify --doc TYPE/NO [--workspace GSTIN] [--fy YYYY-YY]</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>वगळले: %1</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>अशी फाइल किंवा फोल्डर नाही</translation>
    </message>
    <message>
        <source>%1 checked: %2 valid, %3 invalid signature, %4 unknown key, %5 unreadable, %6 signed by a sandbox</source>
        <translation>%1 तपासले: %2 वैध, %3 अवैध स्वाक्षरी, %4 अज्ञात की, %5 वाचता न येणारे, %6 सँडबॉक्सची स्वाक्षरी</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;</source>
        <translation>%1: फील्ड &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: SellerDtls.%2</source>
        <translation>%1: SellerDtls.%2</translation>
    </message>
    <message>
        <source>%1 must be %2 to %3 characters long, got &apos;%4&apos; (%5)</source>
        <translation>%1 ची लांबी %2 ते %3 अक्षरे असणे आवश्यक आहे, मिळाले &apos;%4&apos; (%5)</translation>
    </message>
    <message>
        <source>%1 must not hold a double quote (&quot;), got &apos;%2&apos;</source>
        <translation>%1 मध्ये डबल कोट (&quot;) असू नये, मिळाले &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is required: the seller&apos;s GSTIN</source>
        <translation>%1 आवश्यक आहे: विक्रेत्याचा GSTIN</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a GSTIN: it must be 15 characters, two digits (the state code) and thirteen capital letters or digits</source>
        <translation>%1 &apos;%2&apos; हा GSTIN नाही: तो 15 अक्षरांचा असावा, दोन अंक (राज्य कोड) आणि तेरा कॅपिटल अक्षरे किंवा अंक</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; starts with %3, which is not a state code</source>
        <translation>%1 &apos;%2&apos; ची सुरुवात %3 ने होते, जो राज्य कोड नाही</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: its last character should be &apos;%3&apos;, not &apos;%4&apos;: one of its characters is mistyped</source>
        <translation>%1 &apos;%2&apos;: त्याचे शेवटचे अक्षर &apos;%4&apos; नव्हे, &apos;%3&apos; असायला हवे: त्यातील एखादे अक्षर चुकीचे टाइप झाले आहे</translation>
    </message>
    <message>
        <source> (accepted with --sandbox: NIC&apos;s test GSTINs fail this check)</source>
        <translation> (--sandbox सह स्वीकारले: NIC चे चाचणी GSTIN या तपासणीत अयशस्वी होतात)</translation>
    </message>
    <message>
        <source> (add --sandbox for NIC&apos;s test GSTINs)</source>
        <translation> (NIC च्या चाचणी GSTIN साठी --sandbox जोडा)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not the state of the GSTIN %3, which is %4</source>
        <translation>%1 &apos;%2&apos; हे GSTIN %3 चे राज्य नाही, त्याचे राज्य %4 आहे</translation>
    </message>
    <message>
        <source>%1 is required: the seller&apos;s legal name as registered for GST</source>
        <translation>%1 आवश्यक आहे: GST साठी नोंदणी केलेले विक्रेत्याचे कायदेशीर नाव</translation>
    </message>
    <message>
        <source>%1 must be a PIN code of 6 digits, got &apos;%2&apos;</source>
        <translation>%1 हा 6 अंकी PIN कोड असणे आवश्यक आहे, मिळाले &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 %2 is not a PIN code of state %3 (%4)</source>
        <translation>%1 %2 हा राज्य %3 (%4) चा PIN कोड नाही</translation>
    </message>
    <message>
        <source>%1 must be 6 to 12 digits, got &apos;%2&apos;</source>
        <translation>%1 मध्ये 6 ते 12 अंक असणे आवश्यक आहे, मिळाले &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address the IRP accepts (6 to 100 characters, name@domain), got &apos;%2&apos;</source>
        <translation>%1 हा IRP स्वीकारेल असा ई-मेल पत्ता नाही (6 ते 100 अक्षरे, name@domain), मिळाले &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ओळ %1, स्तंभ %2</translation>
    </message>
    <message>
        <source>%1: %2 is not JSON: %3: %4</source>
        <translation>%1: %2 JSON नाही: %3: %4</translation>
    </message>
    <message>
        <source>%1: %2 must hold one object: a seller profile, an invoice or a SellerDtls object</source>
        <translation>%1: %2 मध्ये एकच ऑब्जेक्ट असावा: विक्रेता प्रोफाइल, इन्व्हॉइस किंवा SellerDtls ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: the invoice cannot be read</source>
        <translation>%1: %2: इन्व्हॉइस वाचता येत नाही</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a field of a seller profile (gstin, legalName, tradeName, addr1, addr2, location, pin, stateCode, phone, email, aato10Crore)</source>
        <translation>फील्ड &apos;%1&apos; हे विक्रेता प्रोफाइलचे फील्ड नाही (gstin, legalName, tradeName, addr1, addr2, location, pin, stateCode, phone, email, aato10Crore)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string (in double quotes)</source>
        <translation>फील्ड &apos;%1&apos; स्ट्रिंग (डबल कोटमध्ये) असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>field &apos;pin&apos; must be a PIN code of 6 digits, got &quot;%1&quot;</source>
        <translation>फील्ड &apos;pin&apos; हा 6 अंकी PIN कोड असणे आवश्यक आहे, मिळाले &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &apos;pin&apos; must be a PIN code of 6 digits</source>
        <translation>फील्ड &apos;pin&apos; हा 6 अंकी PIN कोड असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>field &apos;aato10Crore&apos; must be true or false</source>
        <translation>फील्ड &apos;aato10Crore&apos; true किंवा false असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>the seller&apos;s GSTIN</source>
        <translation>विक्रेत्याचा GSTIN</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>कायदेशीर नाव</translation>
    </message>
    <message>
        <source>trade name</source>
        <translation>व्यापारी नाव</translation>
    </message>
    <message>
        <source>address line 1</source>
        <translation>पत्ता ओळ 1</translation>
    </message>
    <message>
        <source>address line 2</source>
        <translation>पत्ता ओळ 2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>ठिकाण</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN कोड</translation>
    </message>
    <message>
        <source>state code (default: from the GSTIN)</source>
        <translation>राज्य कोड (डीफॉल्ट: GSTIN मधून)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>फोन</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>aggregate turnover of at least 10 crore</source>
        <translation>एकूण उलाढाल किमान 10 कोटी</translation>
    </message>
    <message>
        <source>a seller profile, an invoice or a SellerDtls object in JSON</source>
        <translation>JSON मधील विक्रेता प्रोफाइल, इन्व्हॉइस किंवा SellerDtls ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>accept NIC&apos;s test GSTINs, whose check character is wrong</source>
        <translation>NIC चे चाचणी GSTIN स्वीकारा, ज्यांचे चेक कॅरेक्टर चुकीचे असते</translation>
    </message>
    <message>
        <source>%1: give --gstin GSTIN and --legal-name NAME (and the other details), or --from-json FILE</source>
        <translation>%1: --gstin GSTIN आणि --legal-name NAME (आणि इतर तपशील) द्या, किंवा --from-json FILE द्या</translation>
    </message>
    <message>
        <source>--pin must be a PIN code of 6 digits, got &apos;%1&apos;</source>
        <translation>--pin हा 6 अंकी PIN कोड असणे आवश्यक आहे, मिळाले &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: no workspace was added</source>
        <translation>%1: कोणतेही वर्कस्पेस जोडले नाही</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: इशारा: %2</translation>
    </message>
    <message>
        <source>%1: the store %2 already has the workspace %3 (%4); nothing was changed</source>
        <translation>%1: स्टोअर %2 मध्ये वर्कस्पेस %3 (%4) आधीपासून आहे; काहीही बदलले नाही</translation>
    </message>
    <message>
        <source>%1: workspace %2 (%3, state %4) added to %5</source>
        <translation>%1: वर्कस्पेस %2 (%3, राज्य %4) %5 मध्ये जोडले</translation>
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
        <translation>इन्व्हॉइस</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>%1: 1 workspace in %2</source>
        <translation>%1: %2 मध्ये 1 वर्कस्पेस</translation>
    </message>
    <message>
        <source>%1: %2 workspaces in %3</source>
        <translation>%1: %3 मध्ये %2 वर्कस्पेस</translation>
    </message>
    <message>
        <source>%1: expected one GSTIN, got %2 arguments</source>
        <translation>%1: एक GSTIN अपेक्षित होता, %2 आर्ग्युमेंट मिळाले</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>कायदेशीर नाव</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>व्यापारी नाव</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पत्ता</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ठिकाण</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>उलाढाल</translation>
    </message>
    <message>
        <source>10 crore or more (30-day reporting window)</source>
        <translation>10 कोटी किंवा अधिक (30 दिवसांची रिपोर्टिंग मुदत)</translation>
    </message>
    <message>
        <source>under 10 crore</source>
        <translation>10 कोटींपेक्षा कमी</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>इन्व्हॉइस</translation>
    </message>
    <message>
        <source>none</source>
        <translation>काहीही नाही</translation>
    </message>
    <message>
        <source>Series %1 %2</source>
        <translation>क्रमांक मालिका %1 %2</translation>
    </message>
    <message>
        <source>%1, next %2</source>
        <translation>%1, पुढील %2</translation>
    </message>
    <message>
        <source>%1: workspace %2 in %3: %4 invoices</source>
        <translation>%1: %3 मधील वर्कस्पेस %2: %4 इन्व्हॉइस</translation>
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
        <translation>वापर:
  irndesk-cli workspace add --gstin GSTIN --legal-name NAME [--trade-name NAME]
        [--addr1 TEXT] [--addr2 TEXT] [--location TEXT] [--pin PIN] [--state CODE]
        [--phone DIGITS] [--email ADDRESS] [--aato-10cr] [--sandbox] [--store DB]
  irndesk-cli workspace add --from-json FILE [त्यातील फील्ड बदलणारे फ्लॅग]
  irndesk-cli workspace list [--store DB] [--format text|json]
  irndesk-cli workspace show GSTIN [--store DB] [--format text|json]
</translation>
    </message>
    <message>
        <source>workspace: say add, list or show</source>
        <translation>workspace: add, list किंवा show यापैकी एक सांगा</translation>
    </message>
    <message>
        <source>workspace: unknown subcommand &apos;%1&apos;</source>
        <translation>workspace: अज्ञात सबकमांड &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>irndesk::cli::DocumentOptions</name>
    <message>
        <source>only the invoices of this seller</source>
        <translation>फक्त या विक्रेत्याचे इन्व्हॉइस</translation>
    </message>
    <message>
        <source>the document: INV/NO, CRN/NO or DBN/NO</source>
        <translation>दस्तऐवज: INV/NO, CRN/NO किंवा DBN/NO</translation>
    </message>
    <message>
        <source>the financial year, when the number is used in several</source>
        <translation>आर्थिक वर्ष, जेव्हा हा क्रमांक अनेक वर्षांत वापरला गेला असेल</translation>
    </message>
</context>
<context>
    <name>irndesk::io</name>
    <message>
        <source>the value &quot;%1&quot; of &quot;%2&quot; %3</source>
        <translation>&quot;%2&quot; चे मूल्य &quot;%1&quot; %3</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON: %3</source>
        <translation>%1, ओळ %2: वैध JSON नाही: %3</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ओळ %2: %3</translation>
    </message>
    <message>
        <source>a mapping file is a JSON object { ... }</source>
        <translation>मॅपिंग फाइल हा JSON ऑब्जेक्ट { ... } असतो</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object { ... }</source>
        <translation>&quot;%1&quot; हा ऑब्जेक्ट { ... } असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is written twice (first on line %2)</source>
        <translation>की &quot;%1&quot; दोनदा लिहिली आहे (प्रथम ओळ %2 वर)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; किंवा &apos;}&apos; अपेक्षित होते</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text in double quotes</source>
        <translation>&quot;%1&quot; हा डबल कोट्समधील मजकूर असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1; this file may be for a newer IRN Desk</source>
        <translation>&quot;version&quot; 1 असणे आवश्यक आहे; ही फाइल IRN Desk च्या नवीन आवृत्तीसाठी असू शकते</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;sheets&quot;: it takes &quot;invoices&quot; and &quot;lines&quot;</source>
        <translation>&quot;sheets&quot; मध्ये अज्ञात की &quot;%1&quot;: त्यात &quot;invoices&quot; आणि &quot;lines&quot; चालतात</translation>
    </message>
    <message>
        <source>&quot;headerRow&quot; must be a row number, 1 or more</source>
        <translation>&quot;headerRow&quot; हा ओळ क्रमांक, 1 किंवा अधिक, असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>&quot;decimalSeparator&quot; must be &quot;.&quot; or &quot;,&quot;</source>
        <translation>&quot;decimalSeparator&quot; हा &quot;.&quot; किंवा &quot;,&quot; असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>&quot;csvDelimiter&quot; must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;</source>
        <translation>&quot;csvDelimiter&quot; हा &quot;,&quot;, &quot;;&quot; किंवा &quot;tab&quot; असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; a mapping file has &quot;version&quot;, &quot;description&quot;, &quot;sheet&quot;, &quot;sheets&quot;, &quot;headerRow&quot;, &quot;columns&quot;, &quot;dateFormats&quot;, &quot;decimalSeparator&quot; and &quot;csvDelimiter&quot;</source>
        <translation>अज्ञात की &quot;%1&quot;; मॅपिंग फाइलमध्ये &quot;version&quot;, &quot;description&quot;, &quot;sheet&quot;, &quot;sheets&quot;, &quot;headerRow&quot;, &quot;columns&quot;, &quot;dateFormats&quot;, &quot;decimalSeparator&quot; आणि &quot;csvDelimiter&quot; असतात</translation>
    </message>
    <message>
        <source>text after the end of the mapping</source>
        <translation>मॅपिंग संपल्यानंतरही मजकूर आहे</translation>
    </message>
    <message>
        <source>&quot;sheets&quot; needs both &quot;invoices&quot; and &quot;lines&quot;</source>
        <translation>&quot;sheets&quot; मध्ये &quot;invoices&quot; आणि &quot;lines&quot; दोन्ही आवश्यक आहेत</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column of the import template (see docs/import-template.md)</source>
        <translation>&quot;%1&quot; हा इम्पोर्ट टेम्पलेटचा स्तंभ नाही (docs/import-template.md पहा)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is mapped twice (first on line %2)</source>
        <translation>&quot;%1&quot; दोनदा मॅप केला आहे (प्रथम ओळ %2 वर)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; for &quot;%2&quot;: it takes &quot;column&quot; and &quot;value&quot;</source>
        <translation>&quot;%2&quot; साठी अज्ञात की &quot;%1&quot;: त्यात &quot;column&quot; आणि &quot;value&quot; चालतात</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a &quot;column&quot; or a &quot;value&quot;</source>
        <translation>&quot;%1&quot; साठी &quot;column&quot; किंवा &quot;value&quot; आवश्यक आहे</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; किंवा &apos;]&apos; अपेक्षित होते</translation>
    </message>
    <message>
        <source>&quot;dateFormats&quot; must be a list of formats such as [&quot;dd.mm.yyyy&quot;]</source>
        <translation>&quot;dateFormats&quot; ही [&quot;dd.mm.yyyy&quot;] सारख्या स्वरूपांची यादी असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>the date format &quot;%1&quot; needs one day (d or dd), one month (m, mm, mmm or mmmm) and one year (yy or yyyy)</source>
        <translation>दिनांक स्वरूप &quot;%1&quot; मध्ये एक दिवस (d किंवा dd), एक महिना (m, mm, mmm किंवा mmmm) आणि एक वर्ष (yy किंवा yyyy) आवश्यक आहे</translation>
    </message>
    <message>
        <source>%1: the mapping file cannot be opened: %2</source>
        <translation>%1: मॅपिंग फाइल उघडता येत नाही: %2</translation>
    </message>
    <message>
        <source>%1: too large for a mapping file</source>
        <translation>%1: मॅपिंग फाइलसाठी खूप मोठी</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened: %2</source>
        <translation>%1: फाइल उघडता येत नाही: %2</translation>
    </message>
    <message>
        <source>a row longer than %1 MB: is a double quote not closed?</source>
        <translation>%1 MB पेक्षा लांब ओळ: एखादा डबल कोट बंद केलेला नाही का?</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1: फाइल वाचता येत नाही: %2</translation>
    </message>
    <message>
        <source>%1: the file is UTF-16 text; save it as &quot;CSV UTF-8&quot;</source>
        <translation>%1: फाइल UTF-16 मजकूर आहे; ती &quot;CSV UTF-8&quot; म्हणून जतन करा</translation>
    </message>
    <message>
        <source>a field in double quotes that starts on this line is never closed</source>
        <translation>या ओळीवर सुरू होणारे डबल कोट्समधील फील्ड कधीच बंद होत नाही</translation>
    </message>
    <message>
        <source>text after the closing double quote of a field; a double quote inside a quoted field must be written twice (&quot;&quot;)</source>
        <translation>फील्डच्या बंद होणाऱ्या डबल कोटनंतर मजकूर आहे; कोट्समधील फील्डमधला डबल कोट दोनदा (&quot;&quot;) लिहिणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>the text is not UTF-8; save the file as &quot;CSV UTF-8&quot;</source>
        <translation>मजकूर UTF-8 नाही; फाइल &quot;CSV UTF-8&quot; म्हणून जतन करा</translation>
    </message>
    <message>
        <source>is Excel&apos;s day 60, 29/02/1900, a day that did not exist; type the date as dd/mm/yyyy</source>
        <translation>Excel चा दिवस 60, म्हणजे 29/02/1900 आहे, जो दिवस अस्तित्वातच नव्हता; दिनांक dd/mm/yyyy असा टाइप करा</translation>
    </message>
    <message>
        <source>is not a date: as an Excel day number it is out of range</source>
        <translation>दिनांक नाही: Excel दिवस क्रमांक म्हणून तो श्रेणीबाहेर आहे</translation>
    </message>
    <message>
        <source>is not a number: its digits are not grouped in thousands (1.234.567,50)</source>
        <translation>संख्या नाही: त्यातील अंक हजारांच्या गटांत नाहीत (1.234.567,50)</translation>
    </message>
    <message>
        <source>is not a number: its digits are not grouped as 1,234,567.50 or 12,34,567.50 (if &quot;,&quot; is the decimal separator, set &quot;decimalSeparator&quot;: &quot;,&quot; in the mapping file)</source>
        <translation>संख्या नाही: त्यातील अंक 1,234,567.50 किंवा 12,34,567.50 असे गटबद्ध नाहीत (&quot;,&quot; दशांश चिन्ह असल्यास मॅपिंग फाइलमध्ये &quot;decimalSeparator&quot;: &quot;,&quot; सेट करा)</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>संख्या नाही</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>दिनांक नाही</translation>
    </message>
    <message>
        <source>is not a date in a known format (%1, or an Excel date)</source>
        <translation>ओळखीच्या स्वरूपातील दिनांक नाही (%1, किंवा Excel दिनांक)</translation>
    </message>
    <message>
        <source>is not a real calendar date</source>
        <translation>खरा कॅलेंडर दिनांक नाही</translation>
    </message>
    <message>
        <source>is an error value of the spreadsheet, not a value</source>
        <translation>हे स्प्रेडशीटचे त्रुटी मूल्य आहे, खरे मूल्य नाही</translation>
    </message>
    <message>
        <source>is not Y or N (Yes, No, True and False are read too)</source>
        <translation>Y किंवा N नाही (Yes, No, True आणि False सुद्धा वाचले जातात)</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>खूप मोठे आहे</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>पूर्ण संख्या नाही</translation>
    </message>
    <message>
        <source>has %1 decimal places; %2 allows at most %3</source>
        <translation>मध्ये %1 दशांश स्थाने आहेत; %2 मध्ये जास्तीत जास्त %3 चालतात</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook: the part %2 is missing</source>
        <translation>%1: XLSX वर्कबुक नाही: भाग %2 नाही</translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to %3 MB, more than the limit of %4 MB; the file is refused so that it cannot exhaust the memory (it may be a ZIP bomb)</source>
        <translation>%1: भाग %2 उघडल्यावर %3 MB होतो, जो %4 MB मर्यादेपेक्षा जास्त आहे; मेमरी संपू नये म्हणून फाइल नाकारली (ती ZIP बॉम्ब असू शकते)</translation>
    </message>
    <message>
        <source>%1: the file is damaged: the ZIP archive inside it cannot be read (error %2)</source>
        <translation>%1: फाइल खराब झाली आहे: तिच्यातील ZIP संग्रह वाचता येत नाही (त्रुटी %2)</translation>
    </message>
    <message>
        <source>%1: the part %2 is not valid XML: %3 (line %4)</source>
        <translation>%1: भाग %2 वैध XML नाही: %3 (ओळ %4)</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened again to read a sheet</source>
        <translation>%1: शीट वाचण्यासाठी फाइल पुन्हा उघडता येत नाही</translation>
    </message>
    <message>
        <source>a row has the number &quot;%1&quot;</source>
        <translation>एका ओळीचा क्रमांक &quot;%1&quot; आहे</translation>
    </message>
    <message>
        <source>the sheet is larger than %1 MB</source>
        <translation>शीट %1 MB पेक्षा मोठी आहे</translation>
    </message>
    <message>
        <source>%1, sheet %2: the sheet&apos;s XML is damaged: %3 (line %4)</source>
        <translation>%1, शीट %2: शीटचा XML खराब झाला आहे: %3 (ओळ %4)</translation>
    </message>
    <message>
        <source>%1, sheet %2: the file is damaged: its data does not match its checksum</source>
        <translation>%1, शीट %2: फाइल खराब झाली आहे: तिचा डेटा तिच्या चेकसमशी जुळत नाही</translation>
    </message>
    <message>
        <source>%1, sheet %2: %3</source>
        <translation>%1, शीट %2: %3</translation>
    </message>
    <message>
        <source>row %1 has a cell with the reference &quot;%2&quot;</source>
        <translation>ओळ %1 मधील एका सेलचा संदर्भ &quot;%2&quot; आहे</translation>
    </message>
    <message>
        <source>cell %1%2 refers to the shared string &quot;%3&quot;, which the file does not have</source>
        <translation>सेल %1%2 शेअर्ड स्ट्रिंग &quot;%3&quot; चा संदर्भ देतो, जी फाइलमध्ये नाही</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: फाइल अस्तित्वात नाही</translation>
    </message>
    <message>
        <source>%1: not an XLSX file, or a damaged one: an XLSX file is a ZIP archive, and this file cannot be read as one</source>
        <translation>%1: XLSX फाइल नाही, किंवा खराब झालेली आहे: XLSX फाइल ZIP संग्रह असते, आणि ही फाइल तशी वाचता येत नाही</translation>
    </message>
    <message>
        <source>%1: the file is damaged: the sheet &quot;%2&quot; has no part in the archive</source>
        <translation>%1: फाइल खराब झाली आहे: शीट &quot;%2&quot; चा संग्रहात कोणताही भाग नाही</translation>
    </message>
    <message>
        <source>%1: there is no sheet named &quot;%2&quot;; the workbook has %3</source>
        <translation>%1: &quot;%2&quot; नावाची शीट नाही; वर्कबुकमध्ये %3 आहेत</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet</source>
        <translation>%1: वर्कबुकमध्ये एकही शीट नाही</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ओळ %1</translation>
    </message>
    <message>
        <source>rows %1–%2</source>
        <translation>ओळी %1–%2</translation>
    </message>
    <message>
        <source>%1 %2 of seller %3</source>
        <translation>विक्रेता %3 चे %1 %2</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>शीट %1</translation>
    </message>
    <message>
        <source>row %1 (line %2)</source>
        <translation>ओळ %1 (फाइलमधील ओळ %2)</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot;</source>
        <translation>स्तंभ %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>value &quot;%1&quot;</source>
        <translation>मूल्य &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the old Excel format (.xls) is not read; save the file as an Excel workbook (.xlsx) or as CSV UTF-8</source>
        <translation>%1: जुना Excel फॉरमॅट (.xls) वाचला जात नाही; फाइल Excel वर्कबुक (.xlsx) किंवा CSV UTF-8 म्हणून जतन करा</translation>
    </message>
    <message>
        <source>%1: a CSV file has one sheet, but the mapping %2 names two (&quot;sheets&quot;); use an XLSX workbook or a mapping without &quot;sheets&quot;</source>
        <translation>%1: CSV फाइलमध्ये एकच शीट असते, पण मॅपिंग %2 मध्ये दोन (&quot;sheets&quot;) नमूद आहेत; XLSX वर्कबुक किंवा &quot;sheets&quot; नसलेले मॅपिंग वापरा</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, शीट %2</translation>
    </message>
    <message>
        <source>%1: row %2, which the mapping %3 names as the header row, is empty</source>
        <translation>%1: मॅपिंग %3 ज्या ओळ %2 ला हेडर ओळ म्हणते, ती रिकामी आहे</translation>
    </message>
    <message>
        <source>%1: empty: there is no header row with the column names</source>
        <translation>%1: रिकामी: स्तंभांची नावे असलेली हेडर ओळ नाही</translation>
    </message>
    <message>
        <source>%1: columns %2 &quot;%3&quot; and %4 both give %5; keep one</source>
        <translation>%1: स्तंभ %2 &quot;%3&quot; आणि %4 दोन्ही %5 देतात; एकच ठेवा</translation>
    </message>
    <message>
        <source>these columns are not in the import template, and are not read: %1</source>
        <translation>हे स्तंभ इम्पोर्ट टेम्पलेटमध्ये नाहीत आणि वाचले जात नाहीत: %1</translation>
    </message>
    <message>
        <source>these columns are not read, because the mapping %1 takes their fields from other columns: %2</source>
        <translation>हे स्तंभ वाचले जात नाहीत, कारण मॅपिंग %1 त्यांची फील्ड इतर स्तंभांतून घेते: %2</translation>
    </message>
    <message>
        <source>these line item columns are not read from the invoices sheet; put them in the lines sheet: %1</source>
        <translation>हे वस्तू-ओळींचे स्तंभ इन्व्हॉइस शीटमधून वाचले जात नाहीत; ते ओळींच्या शीटमध्ये ठेवा: %1</translation>
    </message>
    <message>
        <source>%1: no column %2; every row needs SellerDtls.Gstin, DocDtls.Typ and DocDtls.No to tell which invoice it belongs to (a mapping file can give a constant instead)</source>
        <translation>%1: स्तंभ %2 नाही; प्रत्येक ओळ कोणत्या इन्व्हॉइसची आहे हे ठरवण्यासाठी प्रत्येक ओळीत SellerDtls.Gstin, DocDtls.Typ आणि DocDtls.No आवश्यक आहेत (मॅपिंग फाइल त्याऐवजी स्थिर मूल्य देऊ शकते)</translation>
    </message>
    <message>
        <source>the mapping %1 takes this field from the column &quot;%2&quot;, which the file does not have</source>
        <translation>मॅपिंग %1 हे फील्ड &quot;%2&quot; स्तंभातून घेते, जो फाइलमध्ये नाही</translation>
    </message>
    <message>
        <source>%1 is blank; every row needs SellerDtls.Gstin, DocDtls.Typ and DocDtls.No to tell which invoice it belongs to</source>
        <translation>%1 रिकामे आहे; प्रत्येक ओळ कोणत्या इन्व्हॉइसची आहे हे ठरवण्यासाठी प्रत्येक ओळीत SellerDtls.Gstin, DocDtls.Typ आणि DocDtls.No आवश्यक आहेत</translation>
    </message>
    <message>
        <source>invoice %1 also has %2, above; the rows of one invoice must be next to each other (sort the sheet by invoice). These rows are not imported, and the invoice was read from %2 alone</source>
        <translation>इन्व्हॉइस %1 वरील %2 मध्येही आहे; एका इन्व्हॉइसच्या ओळी एकमेकांलगत असणे आवश्यक आहे (शीट इन्व्हॉइसनुसार सॉर्ट करा). या ओळी इम्पोर्ट केल्या नाहीत, आणि इन्व्हॉइस फक्त %2 मधून वाचले</translation>
    </message>
    <message>
        <source>invoice %1 has no row in sheet %2</source>
        <translation>इन्व्हॉइस %1 ची शीट %2 मध्ये एकही ओळ नाही</translation>
    </message>
    <message>
        <source>invoice %1 has more than one row in this sheet: rows %2</source>
        <translation>इन्व्हॉइस %1 च्या या शीटमध्ये एकापेक्षा जास्त ओळी आहेत: ओळी %2</translation>
    </message>
    <message>
        <source>row %1 of sheet %2</source>
        <translation>शीट %2 मधील ओळ %1</translation>
    </message>
    <message>
        <source>differs from &quot;%1&quot; on %2 of the same invoice; an invoice&apos;s columns must be the same on all its rows</source>
        <translation>त्याच इन्व्हॉइसच्या %2 वरील &quot;%1&quot; पेक्षा वेगळे आहे; इन्व्हॉइसचे स्तंभ त्याच्या सर्व ओळींवर सारखेच असले पाहिजेत</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3</source>
        <translation>%1, शीट %2, ओळ %3</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3; sheet %4, %5</source>
        <translation>%1, शीट %2, ओळ %3; शीट %4, %5</translation>
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
        <translation>शीट %2 मध्ये इन्व्हॉइस %1 च्या कोणत्याही ओळी नाहीत</translation>
    </message>
    <message>
        <source>%1 is blank; every row needs SellerDtls.Gstin, DocDtls.Typ and DocDtls.No to tell which invoice it is</source>
        <translation>%1 रिकामे आहे; ते कोणते इन्व्हॉइस आहे हे कळण्यासाठी प्रत्येक ओळीत SellerDtls.Gstin, DocDtls.Typ आणि DocDtls.No आवश्यक आहेत</translation>
    </message>
</context>
<context>
    <name>irndesk::io::Exporter</name>
    <message>
        <source>it was exported before, to %1 (export again with --include-exported)</source>
        <translation>हे आधीच %1 मध्ये एक्सपोर्ट केले आहे (पुन्हा एक्सपोर्ट करण्यासाठी --include-exported वापरा)</translation>
    </message>
    <message>
        <source>it is %1, and only ready invoices are exported</source>
        <translation>हे %1 आहे, आणि फक्त तयार इन्व्हॉइसच एक्सपोर्ट केले जातात</translation>
    </message>
    <message>
        <source>its stored content cannot be read back: check the store (irndesk-cli store check)</source>
        <translation>स्टोअरमध्ये जतन केलेला याचा मजकूर परत वाचता येत नाही: स्टोअर तपासा (irndesk-cli store check)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 लिहिता येत नाही: %2</translation>
    </message>
    <message>
        <source>say where the bulk files go (the output folder)</source>
        <translation>बल्क फाइल कुठे ठेवायच्या ते सांगा (आउटपुट फोल्डर)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>फोल्डर %1 तयार करता येत नाही</translation>
    </message>
    <message>
        <source>there is no workspace #%1</source>
        <translation>वर्कस्पेस #%1 अस्तित्वात नाही</translation>
    </message>
    <message>
        <source>%1 invoices to %2 files in %3, %4 left out</source>
        <translation>%1 इन्व्हॉइस, %3 मधील %2 फाइलमध्ये; %4 वगळले</translation>
    </message>
</context>
<context>
    <name>irndesk::io::Importer</name>
    <message>
        <source>the invoice at line %1</source>
        <translation>ओळ %1 वरील इन्व्हॉइस</translation>
    </message>
    <message>
        <source>invoice [%1] at line %2</source>
        <translation>ओळ %2 वरील इन्व्हॉइस [%1]</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: अशी फाइल नाही</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: ती वाचता येत नाही: %2</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 updated, %4 duplicates, %5 conflicts, %6 refused</source>
        <translation>%1: %2 इम्पोर्ट केले, %3 अपडेट केले, %4 डुप्लिकेट, %5 संघर्ष, %6 नाकारले</translation>
    </message>
    <message>
        <source>workspace %1 (%2) created from SellerDtls</source>
        <translation>SellerDtls वरून वर्कस्पेस %1 (%2) तयार केले</translation>
    </message>
    <message>
        <source>%1: the invoice could not be read</source>
        <translation>%1: इन्व्हॉइस वाचता आले नाही</translation>
    </message>
    <message>
        <source>%1: SellerDtls.Gstin is missing, so the invoice belongs to no workspace</source>
        <translation>%1: SellerDtls.Gstin नाही, त्यामुळे हे इन्व्हॉइस कोणत्याही वर्कस्पेसचे नाही</translation>
    </message>
    <message>
        <source>%1: SellerDtls.Gstin &apos;%2&apos; is not a GSTIN (15 characters: state code, PAN, entity, Z, check character)</source>
        <translation>%1: SellerDtls.Gstin &apos;%2&apos; हा GSTIN नाही (15 अक्षरे: राज्य कोड, PAN, संस्था, Z, तपासणी अक्षर)</translation>
    </message>
    <message>
        <source>%1: the seller %2 is not the workspace %3 the import is limited to (--workspace)</source>
        <translation>%1: विक्रेता %2 हा, इम्पोर्ट ज्या वर्कस्पेसपुरते मर्यादित आहे ते वर्कस्पेस %3 नाही (--workspace)</translation>
    </message>
    <message>
        <source>%1: DocDtls.Typ and DocDtls.No are needed to store an invoice</source>
        <translation>%1: इन्व्हॉइस स्टोअरमध्ये ठेवण्यासाठी DocDtls.Typ आणि DocDtls.No आवश्यक आहेत</translation>
    </message>
    <message>
        <source>%1: %2 %3 is already in the store (%4), unchanged: not imported again</source>
        <translation>%1: %2 %3 आधीच स्टोअरमध्ये आहे (%4), कोणताही बदल नाही: पुन्हा इम्पोर्ट केले नाही</translation>
    </message>
    <message>
        <source>%1: the store already has a different %2 %3 (%4); import with --update to replace it</source>
        <translation>%1: स्टोअरमध्ये आधीच वेगळे %2 %3 (%4) आहे; ते बदलण्यासाठी --update सह इम्पोर्ट करा</translation>
    </message>
    <message>
        <source>%1: the store already has a different %2 %3, and it is %4: it cannot be replaced</source>
        <translation>%1: स्टोअरमध्ये आधीच वेगळे %2 %3 आहे, आणि ते %4 आहे: ते बदलता येत नाही</translation>
    </message>
</context>
<context>
    <name>irndesk::io::PortalResults</name>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>JSON मूल्य संपल्यानंतर अनपेक्षित मजकूर</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ओळ %1, स्तंभ %2: %3</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>JSON %1 पेक्षा जास्त स्तरांपर्यंत नेस्टेड आहे</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>दुहेरी अवतरण चिन्हांमधील की अपेक्षित होती</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>की नंतर &apos;:&apos; अपेक्षित होते</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a value</source>
        <translation>मूल्यानंतर &apos;,&apos; किंवा &apos;}&apos; अपेक्षित होते</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after a value</source>
        <translation>मूल्यानंतर &apos;,&apos; किंवा &apos;]&apos; अपेक्षित होते</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>जिथे मूल्य अपेक्षित होते तिथेच मजकूर संपतो</translation>
    </message>
    <message>
        <source>the JWT has no signature</source>
        <translation>JWT मध्ये स्वाक्षरी नाही</translation>
    </message>
    <message>
        <source>not a JWT: its header is not base64url-encoded JSON</source>
        <translation>JWT नाही: त्याचा हेडर base64url-एन्कोड केलेला JSON नाही</translation>
    </message>
    <message>
        <source>the JWT payload is not JSON: %1</source>
        <translation>JWT पेलोड JSON नाही: %1</translation>
    </message>
    <message>
        <source>the JWT payload has no &quot;data&quot; text</source>
        <translation>JWT पेलोडमध्ये &quot;data&quot; मजकूर नाही</translation>
    </message>
    <message>
        <source>the JWT&apos;s &quot;data&quot; is not JSON: %1</source>
        <translation>JWT चा &quot;data&quot; JSON नाही: %1</translation>
    </message>
    <message>
        <source>the JWT&apos;s &quot;data&quot; is not a JSON object</source>
        <translation>JWT चा &quot;data&quot; हा JSON ऑब्जेक्ट नाही</translation>
    </message>
    <message>
        <source>too many wrappers inside each other</source>
        <translation>एकमेकांच्या आत खूप जास्त रॅपर आहेत</translation>
    </message>
    <message>
        <source>expected an object or a JWT text, not %1</source>
        <translation>ऑब्जेक्ट किंवा JWT मजकूर अपेक्षित होता, %1 नाही</translation>
    </message>
    <message>
        <source>the JWT holds neither a signed invoice (DocDtls) nor a signed QR code (DocTyp)</source>
        <translation>JWT मध्ये ना स्वाक्षरीत इन्व्हॉइस (DocDtls) आहे, ना स्वाक्षरीत QR कोड (DocTyp)</translation>
    </message>
    <message>
        <source>the response reports a failure: %1</source>
        <translation>प्रतिसादात अपयश नोंदवले आहे: %1</translation>
    </message>
    <message>
        <source>the response has no &quot;result&quot;</source>
        <translation>प्रतिसादात &quot;result&quot; नाही</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not JSON: %1</source>
        <translation>&quot;data&quot; JSON नाही: %1</translation>
    </message>
    <message>
        <source>&quot;Data&quot; is not JSON: %1</source>
        <translation>&quot;Data&quot; JSON नाही: %1</translation>
    </message>
    <message>
        <source>the response has no &quot;Data&quot;</source>
        <translation>प्रतिसादात &quot;Data&quot; नाही</translation>
    </message>
    <message>
        <source>&quot;Data&quot; is not JSON: it is still encrypted with the session key (SEK); decrypt it first, or use the decrypted response</source>
        <translation>&quot;Data&quot; JSON नाही: ते अजूनही सेशन की (SEK) ने एन्क्रिप्ट केलेले आहे; आधी ते डिक्रिप्ट करा, किंवा डिक्रिप्ट केलेला प्रतिसाद वापरा</translation>
    </message>
    <message>
        <source>the decoded document is neither a signed invoice (DocDtls) nor a signed QR code (DocTyp)</source>
        <translation>डिकोड केलेला दस्तऐवज ना स्वाक्षरीत इन्व्हॉइस (DocDtls) आहे, ना स्वाक्षरीत QR कोड (DocTyp)</translation>
    </message>
    <message>
        <source>not an IRP result: it has no Irn, SignedInvoice or SignedQRCode</source>
        <translation>IRP निकाल नाही: यात Irn, SignedInvoice किंवा SignedQRCode नाही</translation>
    </message>
    <message>
        <source>SignedInvoice: %1</source>
        <translation>SignedInvoice: %1</translation>
    </message>
    <message>
        <source>SignedInvoice holds no invoice (no DocDtls)</source>
        <translation>SignedInvoice मध्ये कोणतेही इन्व्हॉइस नाही (DocDtls नाही)</translation>
    </message>
    <message>
        <source>SignedQRCode: %1</source>
        <translation>SignedQRCode: %1</translation>
    </message>
    <message>
        <source>SignedQRCode holds no QR code data (no DocTyp)</source>
        <translation>SignedQRCode मध्ये QR कोड डेटा नाही (DocTyp नाही)</translation>
    </message>
    <message>
        <source>the SignedQRCode is for IRN %1, the SignedInvoice for IRN %2</source>
        <translation>SignedQRCode हा IRN %1 साठी आहे, तर SignedInvoice IRN %2 साठी</translation>
    </message>
    <message>
        <source>the Irn given (%1) is not the one signed (%2)</source>
        <translation>दिलेला Irn (%1) हा स्वाक्षरीत Irn (%2) नाही</translation>
    </message>
    <message>
        <source>the AckNo given (%1) is not the one signed (%2)</source>
        <translation>दिलेला AckNo (%1) हा स्वाक्षरीत AckNo (%2) नाही</translation>
    </message>
    <message>
        <source>no Irn: this is an invoice as sent, not as registered</source>
        <translation>Irn नाही: हे पाठवलेले इन्व्हॉइस आहे, नोंदणीकृत नाही</translation>
    </message>
    <message>
        <source>the Irn &apos;%1&apos; is not 64 hexadecimal digits</source>
        <translation>Irn &apos;%1&apos; हा 64 हेक्साडेसिमल अंकांचा नाही</translation>
    </message>
    <message>
        <source>no AckNo</source>
        <translation>AckNo नाही</translation>
    </message>
    <message>
        <source>the AckNo &apos;%1&apos; is not a whole number</source>
        <translation>AckNo &apos;%1&apos; ही पूर्ण संख्या नाही</translation>
    </message>
    <message>
        <source>no AckDt</source>
        <translation>AckDt नाही</translation>
    </message>
    <message>
        <source>the Status &apos;%1&apos; is neither ACT (active) nor CNL (cancelled)</source>
        <translation>Status &apos;%1&apos; हा ना ACT (सक्रिय) आहे, ना CNL (रद्द)</translation>
    </message>
    <message>
        <source>no document details: neither a SignedInvoice nor a SignedQRCode to read them from</source>
        <translation>दस्तऐवज तपशील नाहीत: ते वाचण्यासाठी ना SignedInvoice आहे, ना SignedQRCode</translation>
    </message>
    <message>
        <source>the signed document lacks its seller GSTIN, document type, number or date</source>
        <translation>स्वाक्षरीत दस्तऐवजात विक्रेता GSTIN, दस्तऐवज प्रकार, क्रमांक किंवा दिनांक नाही</translation>
    </message>
    <message>
        <source>the same IRN as entry %1: that entry is used</source>
        <translation>नोंद %1 सारखाच IRN: ती नोंद वापरली आहे</translation>
    </message>
    <message>
        <source>the signed document details are not valid: %1</source>
        <translation>स्वाक्षरीत दस्तऐवज तपशील वैध नाहीत: %1</translation>
    </message>
    <message>
        <source>the Irn %1 is not the IRN of %2 %3 dated %4 of GSTIN %5 (that is %6): the document or the Irn was changed</source>
        <translation>Irn %1 हा GSTIN %5 च्या दिनांक %4 च्या %2 %3 चा IRN नाही (तो %6 आहे): दस्तऐवज किंवा Irn बदलला गेला</translation>
    </message>
    <message>
        <source>a SignedQRCode (IRN %1) without its SignedInvoice or AckNo: the QR code does not carry the acknowledgement</source>
        <translation>SignedInvoice किंवा AckNo शिवाय SignedQRCode (IRN %1): QR कोडमध्ये पोचपावती नसते</translation>
    </message>
    <message>
        <source>a second, different SignedQRCode for IRN %1 (entry %2 has one)</source>
        <translation>IRN %1 साठी दुसरा, वेगळा SignedQRCode (नोंद %2 मध्ये एक आहे)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: फाइल रिकामी आहे</translation>
    </message>
    <message>
        <source>%1: neither JSON nor a JWT per line: %2</source>
        <translation>%1: ना JSON, ना प्रत्येक ओळीत एक JWT: %2</translation>
    </message>
    <message>
        <source>entry %1 (line %2): %3</source>
        <translation>नोंद %1 (ओळ %2): %3</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>नोंद %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file holds no results</source>
        <translation>%1: फाइलमध्ये कोणतेही निकाल नाहीत</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 वाचता येत नाही: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::io::ResultsImport</name>
    <message>
        <source>there is no workspace for the seller %1 in the store</source>
        <translation>स्टोअरमध्ये विक्रेता %1 साठी कोणतेही वर्कस्पेस नाही</translation>
    </message>
    <message>
        <source>the document date &apos;%1&apos; is not a date</source>
        <translation>दस्तऐवज दिनांक &apos;%1&apos; हा दिनांक नाही</translation>
    </message>
    <message>
        <source>IRN %1 from %2</source>
        <translation>%2 मधील IRN %1</translation>
    </message>
    <message>
        <source>%1 %2 is not in the store: its number is now recorded as used at the IRP</source>
        <translation>%1 %2 स्टोअरमध्ये नाही: त्याचा क्रमांक आता IRP वर वापरलेला म्हणून नोंदवला आहे</translation>
    </message>
    <message>
        <source>%1 %2 is already %3 with this IRN</source>
        <translation>%1 %2 या IRN सह आधीच %3 आहे</translation>
    </message>
    <message>
        <source>%1 %2 is registered in the store with another IRN (%3), not %4: check which one the IRP holds</source>
        <translation>%1 %2 स्टोअरमध्ये दुसऱ्या IRN (%3) सह नोंदणीकृत आहे, %4 सह नाही: IRP कडे कोणता आहे ते तपासा</translation>
    </message>
    <message>
        <source>%1 %2 is %3 in the store: only a ready, exported, sent or unknown invoice can become registered. The IRP registered it: check that the store&apos;s invoice is the one that was uploaded, then validate it and import the results again</source>
        <translation>%1 %2 स्टोअरमध्ये %3 आहे: फक्त तयार, एक्सपोर्ट केलेले, पाठवलेले किंवा अज्ञात इन्व्हॉइसच नोंदणीकृत होऊ शकते. IRP ने त्याची नोंदणी केली आहे: स्टोअरमधील इन्व्हॉइस तेच आहे जे अपलोड केले होते हे तपासा, मग त्याची तपासणी करा आणि निकाल पुन्हा इम्पोर्ट करा</translation>
    </message>
    <message>
        <source>results file %1</source>
        <translation>निकाल फाइल %1</translation>
    </message>
    <message>
        <source>%1 %2 registered: IRN %3, Ack No %4</source>
        <translation>%1 %2 नोंदणीकृत: IRN %3, Ack No %4</translation>
    </message>
</context>
<context>
    <name>irndesk::io::StatusReport</name>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Status (%1)</source>
        <translation>स्थिती (%1)</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>zip त्रुटी %1</translation>
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
        <translation>क्रमांक</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>Buyer GSTIN</source>
        <translation>खरेदीदार GSTIN</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>खरेदीदाराचे नाव</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>एकूण</translation>
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
        <translation>Ack दिनांक</translation>
    </message>
    <message>
        <source>E-way bill No</source>
        <translation>ई-वे बिल क्रमांक</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>त्रुटी</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>इशारे</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>एक्सपोर्ट फाइल</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 लिहिता येत नाही: %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 लिहिता येत नाही: तो फोल्डर आहे</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>थांबवले</translation>
    </message>
    <message>
        <source>the store changed or could not be read while the report was written</source>
        <translation>अहवाल लिहित असताना स्टोअर बदलले किंवा वाचता आले नाही</translation>
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
        <translation>GSTIN &apos;%1&apos; हा 15 अक्षरांचा नाही: आधी 2 अंक आणि मग 0-9 A-Z मधील 13 अक्षरे हवीत</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not a real date in the form DD/MM/YYYY</source>
        <translation>दिनांक &apos;%1&apos; हा DD/MM/YYYY स्वरूपातील खरा दिनांक नाही</translation>
    </message>
    <message>
        <source>document type &apos;%1&apos; is not one of INV, CRN, DBN</source>
        <translation>दस्तऐवज प्रकार &apos;%1&apos; हा INV, CRN, DBN यांपैकी नाही</translation>
    </message>
    <message>
        <source>document number &apos;%1&apos; must be 1 to 16 characters of A-Z a-z 0-9 / -, not starting with 0, / or -</source>
        <translation>दस्तऐवज क्रमांक &apos;%1&apos; मध्ये A-Z a-z 0-9 / - यांपैकी 1 ते 16 अक्षरे असावीत, आणि तो 0, / किंवा - ने सुरू होऊ नये</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::Crypto</name>
    <message>
        <source>an AES-256 key has 32 bytes, this one %1</source>
        <translation>AES-256 की 32 बाइटची असते, ही %1 बाइटची आहे</translation>
    </message>
    <message>
        <source>the encrypted data is %1 bytes long, not a whole number of 16-byte blocks</source>
        <translation>एन्क्रिप्ट केलेला डेटा %1 बाइट लांब आहे, तो 16-बाइट ब्लॉकच्या पूर्ण संख्येत बसत नाही</translation>
    </message>
    <message>
        <source>AES encryption failed</source>
        <translation>AES एन्क्रिप्शन अयशस्वी झाले</translation>
    </message>
    <message>
        <source>the data cannot be decrypted with this key (bad padding)</source>
        <translation>या की ने डेटा डिक्रिप्ट करता येत नाही (चुकीचे पॅडिंग)</translation>
    </message>
    <message>
        <source>no public key to encrypt with</source>
        <translation>एन्क्रिप्ट करण्यासाठी सार्वजनिक की नाही</translation>
    </message>
    <message>
        <source>RSA encryption of %1 bytes failed (an RSA-2048 key takes at most 245): %2</source>
        <translation>%1 बाइटचे RSA एन्क्रिप्शन अयशस्वी झाले (RSA-2048 की जास्तीत जास्त 245 बाइट घेते): %2</translation>
    </message>
    <message>
        <source>not an RSA private key in PEM</source>
        <translation>PEM मधील RSA खाजगी की नाही</translation>
    </message>
    <message>
        <source>could not make an RSA key: %1</source>
        <translation>RSA की तयार करता आली नाही: %1</translation>
    </message>
    <message>
        <source>RSA decryption failed</source>
        <translation>RSA डिक्रिप्शन अयशस्वी झाले</translation>
    </message>
    <message>
        <source>RS256 signing failed: %1</source>
        <translation>RS256 स्वाक्षरी अयशस्वी झाली: %1</translation>
    </message>
    <message>
        <source>the AppKey must be 32 bytes, not %1</source>
        <translation>AppKey 32 बाइटची असली पाहिजे, %1 बाइटची नाही</translation>
    </message>
    <message>
        <source>the Sek of the auth reply is not base64</source>
        <translation>auth उत्तरातील Sek हा base64 नाही</translation>
    </message>
    <message>
        <source>the Sek cannot be decrypted with this AppKey: %1</source>
        <translation>या AppKey ने Sek डिक्रिप्ट करता येत नाही: %1</translation>
    </message>
    <message>
        <source>the decrypted Sek has %1 bytes, not 32</source>
        <translation>डिक्रिप्ट केलेल्या Sek मध्ये %1 बाइट आहेत, 32 नाहीत</translation>
    </message>
    <message>
        <source>the reply&apos;s Data is not base64</source>
        <translation>उत्तरातील Data हा base64 नाही</translation>
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
        <translation>पाठवताना कनेक्शन तुटले: %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 सेकंदांत उत्तर आले नाही</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>उत्तर न देताच कनेक्शन बंद झाले</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>उत्तर अर्धवट तुटले</translation>
    </message>
    <message>
        <source>the answer is not valid HTTP (chunk size)</source>
        <translation>उत्तर वैध HTTP नाही (चंक आकार)</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::IrpClient</name>
    <message>
        <source>cannot make the auth request: %1</source>
        <translation>auth विनंती तयार करता आली नाही: %1</translation>
    </message>
    <message>
        <source>auth: %1</source>
        <translation>auth: %1</translation>
    </message>
    <message>
        <source>auth: the IRP&apos;s reply is not JSON (HTTP %1)</source>
        <translation>auth: IRP चे उत्तर JSON नाही (HTTP %1)</translation>
    </message>
    <message>
        <source>the IRP refused the login without saying why</source>
        <translation>IRP ने कारण न सांगता लॉगिन नाकारले</translation>
    </message>
    <message>
        <source>the IRP answered HTTP %1</source>
        <translation>IRP ने HTTP %1 उत्तर दिले</translation>
    </message>
    <message>
        <source>the IRP&apos;s reply is not JSON (HTTP %1)</source>
        <translation>IRP चे उत्तर JSON नाही (HTTP %1)</translation>
    </message>
    <message>
        <source>the IRP refused the request without saying why</source>
        <translation>IRP ने कारण न सांगता विनंती नाकारली</translation>
    </message>
    <message>
        <source>the IRP&apos;s reply cannot be decrypted: %1</source>
        <translation>IRP चे उत्तर डिक्रिप्ट करता येत नाही: %1</translation>
    </message>
    <message>
        <source>the IRP&apos;s decrypted reply is not a JSON object</source>
        <translation>IRP चे डिक्रिप्ट केलेले उत्तर JSON ऑब्जेक्ट नाही</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::IrpProfile</name>
    <message>
        <source>profile name &apos;%1&apos;: use 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>प्रोफाइल नाव &apos;%1&apos;: 1 ते 40 अक्षरे, अंक, &apos;-&apos;, &apos;_&apos; किंवा &apos;.&apos; वापरा</translation>
    </message>
    <message>
        <source>--base-url &apos;%1&apos; is not an http(s) URL</source>
        <translation>--base-url &apos;%1&apos; हा http(s) URL नाही</translation>
    </message>
    <message>
        <source>--base-url &apos;%1&apos;: plain http is allowed only to this computer (127.0.0.1); use https</source>
        <translation>--base-url &apos;%1&apos;: साधे http फक्त याच संगणकासाठी (127.0.0.1) चालते; https वापरा</translation>
    </message>
    <message>
        <source>--client-id and --user are required</source>
        <translation>--client-id आणि --user आवश्यक आहेत</translation>
    </message>
    <message>
        <source>--gstin &apos;%1&apos; is not a GSTIN (15 characters)</source>
        <translation>--gstin &apos;%1&apos; हा GSTIN नाही (15 अक्षरे)</translation>
    </message>
    <message>
        <source>--public-key: %1</source>
        <translation>--public-key: %1</translation>
    </message>
    <message>
        <source>--ca-cert: not a PEM certificate</source>
        <translation>--ca-cert: PEM प्रमाणपत्र नाही</translation>
    </message>
    <message>
        <source>say where the secrets come from: --client-secret-env VAR and --password-env VAR (or --keychain)</source>
        <translation>गोपनीय मूल्ये कुठून येतात ते सांगा: --client-secret-env VAR आणि --password-env VAR (किंवा --keychain)</translation>
    </message>
    <message>
        <source>cannot write the settings file %1</source>
        <translation>सेटिंग्ज फाइल %1 लिहिता येत नाही</translation>
    </message>
    <message>
        <source>there is no IRP profile &apos;%1&apos;</source>
        <translation>&apos;%1&apos; नावाचे कोणतेही IRP प्रोफाइल नाही</translation>
    </message>
    <message>
        <source>profile %1: the IRP&apos;s public key: %2</source>
        <translation>प्रोफाइल %1: IRP ची सार्वजनिक की: %2</translation>
    </message>
    <message>
        <source>profile %1: the %2 is not in the keychain</source>
        <translation>प्रोफाइल %1: %2 कीचेनमध्ये नाही</translation>
    </message>
    <message>
        <source>profile %1: the %2 is read from the environment variable %3, which is not set</source>
        <translation>प्रोफाइल %1: %2 हे एनव्हायर्नमेंट व्हेरिएबल %3 मधून वाचले जाते, जे सेट केलेले नाही</translation>
    </message>
    <message>
        <source>no keychain took the secret: %1</source>
        <translation>कोणत्याही कीचेनने गोपनीय मूल्य स्वीकारले नाही: %1</translation>
    </message>
    <message>
        <source>the keychain did not give the secret: %1</source>
        <translation>कीचेनने गोपनीय मूल्य दिले नाही: %1</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::Jwt</name>
    <message>
        <source>not a JWT: expected three base64url parts separated by dots</source>
        <translation>JWT नाही: बिंदूंनी वेगळे केलेले तीन base64url भाग अपेक्षित आहेत</translation>
    </message>
    <message>
        <source>not a JWT: its header is not base64url-encoded JSON</source>
        <translation>JWT नाही: त्याचा हेडर base64url-एन्कोड केलेला JSON नाही</translation>
    </message>
    <message>
        <source>not a JWT: its signature is not base64url</source>
        <translation>JWT नाही: त्याची स्वाक्षरी base64url नाही</translation>
    </message>
    <message>
        <source>the JWT payload is not base64url (the text may be cut or changed)</source>
        <translation>JWT पेलोड base64url नाही (मजकूर कापलेला किंवा बदललेला असू शकतो)</translation>
    </message>
    <message>
        <source>the JWT payload is not JSON: %1</source>
        <translation>JWT पेलोड JSON नाही: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ऑब्जेक्ट नाही</translation>
    </message>
    <message>
        <source>the JWT&apos;s &quot;data&quot; is not a JSON object</source>
        <translation>JWT चा &quot;data&quot; हा JSON ऑब्जेक्ट नाही</translation>
    </message>
    <message>
        <source>not an RSA public key or certificate in PEM (or a DER certificate)</source>
        <translation>PEM मधील RSA सार्वजनिक की किंवा प्रमाणपत्र (किंवा DER प्रमाणपत्र) नाही</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::Submitter</name>
    <message>
        <source>the IRP&apos;s record has no readable QR code to compare with</source>
        <translation>IRP च्या रेकॉर्डमध्ये तुलना करण्यासाठी वाचता येण्याजोगा QR कोड नाही</translation>
    </message>
    <message>
        <source>buyer GSTIN %1 at the IRP, %2 here</source>
        <translation>खरेदीदार GSTIN: IRP वर %1, येथे %2</translation>
    </message>
    <message>
        <source>total %1 at the IRP, %2 here</source>
        <translation>एकूण: IRP वर %1, येथे %2</translation>
    </message>
    <message>
        <source>registered as %1, but the store could not record it: %2</source>
        <translation>%1 म्हणून नोंदणीकृत, पण स्टोअर त्याची नोंद करू शकले नाही: %2</translation>
    </message>
    <message>
        <source>Duplicate IRN: this number is registered at the IRP with other content (%1). Cancel that IRN on the portal within 24 hours, or give this invoice another number.</source>
        <translation>डुप्लिकेट IRN: हा क्रमांक IRP वर वेगळ्या मजकुरासह नोंदणीकृत आहे (%1). तो IRN 24 तासांच्या आत पोर्टलवर रद्द करा, किंवा या इन्व्हॉइसला दुसरा क्रमांक द्या.</translation>
    </message>
    <message>
        <source>sent, no answer; the lookup failed too (%1): it is looked up again before any resend</source>
        <translation>पाठवले, उत्तर आले नाही; चौकशीही अयशस्वी झाली (%1): पुन्हा पाठवण्यापूर्वी पुन्हा चौकशी केली जाईल</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>आधीच नोंदणीकृत</translation>
    </message>
    <message>
        <source>not sent: it has errors; correct it first (%1)</source>
        <translation>पाठवले नाही: यात त्रुटी आहेत; आधी त्या दुरुस्त करा (%1)</translation>
    </message>
    <message>
        <source>found submitting at the start of a run</source>
        <translation>रनच्या सुरुवातीला सबमिट होत असलेल्या स्थितीत आढळले</translation>
    </message>
    <message>
        <source>not sent: the rules find errors (%1)</source>
        <translation>पाठवले नाही: नियमांना त्रुटी आढळल्या (%1)</translation>
    </message>
    <message>
        <source>not sent: the run was cancelled</source>
        <translation>पाठवले नाही: रन थांबवला गेला</translation>
    </message>
    <message>
        <source>IRN %1, whose details the IRP no longer gives (%2)</source>
        <translation>IRN %1, ज्याचे तपशील IRP आता देत नाही (%2)</translation>
    </message>
    <message>
        <source>not registered after %1 attempts; it stays ready</source>
        <translation>%1 प्रयत्नांनंतरही नोंदणीकृत नाही; ते तयार स्थितीतच राहील</translation>
    </message>
    <message>
        <source>cannot log in to the IRP at %1: %2</source>
        <translation>%1 येथील IRP मध्ये लॉग इन करता आले नाही: %2</translation>
    </message>
    <message>
        <source>only a registered invoice can be cancelled; this one is %1</source>
        <translation>फक्त नोंदणीकृत इन्व्हॉइसच रद्द करता येते; हे %1 आहे</translation>
    </message>
    <message>
        <source>the reason must be 1 (duplicate), 2 (data entry mistake), 3 (order cancelled) or 4 (other)</source>
        <translation>कारण 1 (डुप्लिकेट), 2 (डेटा एंट्रीतील चूक), 3 (ऑर्डर रद्द) किंवा 4 (इतर) असले पाहिजे</translation>
    </message>
    <message>
        <source>the remark must have 1 to 100 characters</source>
        <translation>शेऱ्यामध्ये 1 ते 100 अक्षरे असली पाहिजेत</translation>
    </message>
    <message>
        <source>the IRP did not cancel %1: %2</source>
        <translation>IRP ने %1 रद्द केले नाही: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::TrustStore</name>
    <message>
        <source>valid signature</source>
        <translation>वैध स्वाक्षरी</translation>
    </message>
    <message>
        <source>INVALID SIGNATURE</source>
        <translation>अवैध स्वाक्षरी</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>अज्ञात की</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>वाचता येत नाही</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: फोल्डर तयार करता येत नाही</translation>
    </message>
    <message>
        <source>%1: cannot copy the key to %2</source>
        <translation>%1: की %2 मध्ये कॉपी करता येत नाही</translation>
    </message>
    <message>
        <source>%1: cannot read the key: %2</source>
        <translation>%1: की वाचता येत नाही: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::json</name>
    <message>
        <source>expected a key in double quotes</source>
        <translation>दुहेरी अवतरण चिन्हांमधील की अपेक्षित होती</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>की नंतर &apos;:&apos; अपेक्षित होते</translation>
    </message>
    <message>
        <source>invoice %1 is %2 bytes as JSON: more than the %3-byte limit of a bulk file on its own</source>
        <translation>इन्व्हॉइस %1 JSON मध्ये %2 बाइटचे आहे: ते एकटेच बल्क फाइलच्या %3 बाइट मर्यादेपेक्षा मोठे आहे</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>फोल्डर %1 तयार करता येत नाही</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 लिहिता येत नाही: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: </source>
        <translation>ओळ %1, स्तंभ %2: </translation>
    </message>
    <message>
        <source>null read as an absent field</source>
        <translation>null हे अनुपस्थित फील्ड म्हणून वाचले</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 अपेक्षित होते, %2 मिळाले</translation>
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
        <translation>&apos;%1&apos; ही संख्या नाही</translation>
    </message>
    <message>
        <source>%1 is far too large for this field</source>
        <translation>%1 या फील्डसाठी खूपच मोठी आहे</translation>
    </message>
    <message>
        <source>%1 must be a whole number; read as %2</source>
        <translation>%1 पूर्ण संख्या असली पाहिजे; %2 म्हणून वाचली</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places, at most %3 are allowed; read as %4 (rounded half-up)</source>
        <translation>%1 मध्ये %2 दशांश स्थाने आहेत, जास्तीत जास्त %3 चालतात; %4 म्हणून वाचली (अर्धा किंवा अधिक वर पूर्णांकित)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ॲरे</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after a value</source>
        <translation>मूल्यानंतर &apos;,&apos; किंवा &apos;]&apos; अपेक्षित होते</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; read as &apos;%2&apos; (the schema&apos;s spelling)</source>
        <translation>की &apos;%1&apos; ही &apos;%2&apos; म्हणून वाचली (स्कीमामधील स्पेलिंग)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;: the schema has no such field here, its value is not read</source>
        <translation>अज्ञात की &apos;%1&apos;: स्कीमामध्ये येथे असे फील्ड नाही, तिचे मूल्य वाचले नाही</translation>
    </message>
    <message>
        <source>the key appears twice; the last value is used</source>
        <translation>ही की दोनदा आली आहे; शेवटचे मूल्य वापरले आहे</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a value</source>
        <translation>मूल्यानंतर &apos;,&apos; किंवा &apos;}&apos; अपेक्षित होते</translation>
    </message>
    <message>
        <source>expected an invoice object, got %1</source>
        <translation>इन्व्हॉइस ऑब्जेक्ट अपेक्षित होते, %1 मिळाले</translation>
    </message>
    <message>
        <source>unexpected text after the end of the invoice</source>
        <translation>इन्व्हॉइस संपल्यानंतर अनपेक्षित मजकूर</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>फाइल वाचता येत नाही: %1</translation>
    </message>
    <message>
        <source>the file ends inside the array: is it cut short?</source>
        <translation>फाइल ॲरेच्या आतच संपते: ती अर्धवट कापली गेली आहे का?</translation>
    </message>
    <message>
        <source>unexpected text after the end of the array</source>
        <translation>ॲरे संपल्यानंतर अनपेक्षित मजकूर</translation>
    </message>
    <message>
        <source>invoice [%1] is larger than 256 MB: this is not an INV-01 file</source>
        <translation>इन्व्हॉइस [%1] 256 MB पेक्षा मोठे आहे: ही INV-01 फाइल नाही</translation>
    </message>
    <message>
        <source>the file ends inside the invoice: is it cut short?</source>
        <translation>फाइल इन्व्हॉइसच्या आतच संपते: ती अर्धवट कापली गेली आहे का?</translation>
    </message>
    <message>
        <source>the file ends inside invoice [%1]: is it cut short?</source>
        <translation>फाइल इन्व्हॉइस [%1] च्या आतच संपते: ती अर्धवट कापली गेली आहे का?</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>फाइल रिकामी आहे</translation>
    </message>
    <message>
        <source>not an INV-01 file: it must start with &apos;[&apos; (a bulk array) or &apos;{&apos; (one invoice)</source>
        <translation>ही INV-01 फाइल नाही: ती &apos;[&apos; (बल्क ॲरे) किंवा &apos;{&apos; (एक इन्व्हॉइस) ने सुरू झाली पाहिजे</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after invoice [%1]</source>
        <translation>इन्व्हॉइस [%1] नंतर &apos;,&apos; किंवा &apos;]&apos; अपेक्षित होते</translation>
    </message>
    <message>
        <source>expected a string in double quotes</source>
        <translation>दुहेरी अवतरण चिन्हांमधील स्ट्रिंग अपेक्षित होती</translation>
    </message>
    <message>
        <source>the string is not valid UTF-8</source>
        <translation>स्ट्रिंग वैध UTF-8 नाही</translation>
    </message>
    <message>
        <source>the string is not closed: the text ends inside it</source>
        <translation>स्ट्रिंग बंद केलेली नाही: मजकूर तिच्या आतच संपतो</translation>
    </message>
    <message>
        <source>a control character (such as a line break) inside a string must be escaped</source>
        <translation>स्ट्रिंगमधील कंट्रोल कॅरेक्टर (उदा. लाइन ब्रेक) एस्केप केलेले असले पाहिजे</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u नंतर चार हेक्साडेसिमल अंक असले पाहिजेत</translation>
    </message>
    <message>
        <source>a \u escape of a surrogate pair is incomplete</source>
        <translation>सरोगेट पेअरचा \u एस्केप अपूर्ण आहे</translation>
    </message>
    <message>
        <source>unknown escape sequence in a string</source>
        <translation>स्ट्रिंगमध्ये अज्ञात एस्केप क्रम</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>संख्या अपेक्षित होती</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point</source>
        <translation>दशांश चिन्हानंतर अंक आला पाहिजे</translation>
    </message>
    <message>
        <source>a digit must follow the exponent</source>
        <translation>घातांकानंतर (exponent) अंक आला पाहिजे</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>वैध संख्या नाही</translation>
    </message>
    <message>
        <source>unexpected text: expected a value (a string, number, object, array, true, false or null)</source>
        <translation>अनपेक्षित मजकूर: मूल्य अपेक्षित होते (स्ट्रिंग, संख्या, ऑब्जेक्ट, ॲरे, true, false किंवा null)</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>जिथे मूल्य अपेक्षित होते तिथेच मजकूर संपतो</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true किंवा false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something that is not JSON</source>
        <translation>JSON नसलेले काहीतरी</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>मजकुराचा शेवट</translation>
    </message>
</context>
<context>
    <name>irndesk::print</name>
    <message>
        <source>%1 is not registered: it has no IRN or QR code to print.</source>
        <translation>%1 नोंदणीकृत नाही: प्रिंट करण्यासाठी त्यात IRN किंवा QR कोड नाही.</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>प्रिंटिंग सुरू करता येत नाही.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिहिता येत नाही: %2</translation>
    </message>
    <message>
        <source>There is no QR code to print.</source>
        <translation>प्रिंट करण्यासाठी QR कोड नाही.</translation>
    </message>
    <message>
        <source>The QR code text is too long for a QR symbol (%1 bytes).</source>
        <translation>QR कोडचा मजकूर एका QR चिन्हासाठी खूप लांब आहे (%1 बाइट).</translation>
    </message>
</context>
<context>
    <name>irndesk::rules::Rules</name>
    <message>
        <source>Document type %1 is not one the IRP registers</source>
        <translation>दस्तऐवज प्रकार %1 ची IRP नोंदणी करत नाही</translation>
    </message>
    <message>
        <source>Use INV for a tax invoice, CRN for a credit note or DBN for a debit note; B2C documents are not reported to the IRP.</source>
        <translation>कर इन्व्हॉइससाठी INV, क्रेडिट नोटसाठी CRN किंवा डेबिट नोटसाठी DBN वापरा; B2C दस्तऐवज IRP ला रिपोर्ट केले जात नाहीत.</translation>
    </message>
    <message>
        <source>The document date %1 is after today (%2)</source>
        <translation>दस्तऐवज दिनांक %1 हा आजनंतरचा (%2) आहे</translation>
    </message>
    <message>
        <source>An e-invoice is reported on or after its document date: correct the date or report the document on that day.</source>
        <translation>ई-इन्व्हॉइस त्याच्या दस्तऐवज दिनांकाला किंवा त्यानंतर रिपोर्ट केले जाते: दिनांक दुरुस्त करा किंवा दस्तऐवज त्याच दिवशी रिपोर्ट करा.</translation>
    </message>
    <message>
        <source>The document is dated %1, %2 days before today; until 31/03/2025 the 30-day reporting window applied to an aggregate turnover of ₹100 crore or more, which had to report it by %3</source>
        <translation>दस्तऐवजाचा दिनांक %1 आहे, म्हणजे आजपासून %2 दिवस आधी; 31/03/2025 पर्यंत 30 दिवसांची रिपोर्टिंग मुदत ₹100 कोटी किंवा अधिक एकूण उलाढालीला लागू होती, ज्यांना तो %3 पर्यंत रिपोर्ट करायचा होता</translation>
    </message>
    <message>
        <source>If your aggregate turnover is ₹100 crore or more the IRP rejects the document (2305); below that it may still be reported.</source>
        <translation>तुमची एकूण उलाढाल ₹100 कोटी किंवा अधिक असल्यास IRP हा दस्तऐवज नाकारते (2305); त्यापेक्षा कमी असल्यास तो अजूनही रिपोर्ट करता येतो.</translation>
    </message>
    <message>
        <source>The document is dated %1, %2 days before today; with an aggregate turnover of ₹10 crore or more it had to be reported within 30 days, by %3</source>
        <translation>दस्तऐवजाचा दिनांक %1 आहे, म्हणजे आजपासून %2 दिवस आधी; ₹10 कोटी किंवा अधिक एकूण उलाढाल असल्यास तो 30 दिवसांच्या आत, %3 पर्यंत रिपोर्ट करायला हवा होता</translation>
    </message>
    <message>
        <source>The IRP will not register it any more. Do not change the document date: ask your tax adviser how to report this supply, and report documents sooner.</source>
        <translation>IRP आता त्याची नोंदणी करणार नाही. दस्तऐवज दिनांक बदलू नका: हा पुरवठा कसा रिपोर्ट करायचा ते तुमच्या कर सल्लागाराला विचारा, आणि यापुढे दस्तऐवज लवकर रिपोर्ट करा.</translation>
    </message>
    <message>
        <source>The document is dated %1, 30 days ago: today is the last day of the 30-day reporting window</source>
        <translation>दस्तऐवजाचा दिनांक %1 आहे, म्हणजे 30 दिवसांपूर्वी: आज 30 दिवसांच्या रिपोर्टिंग मुदतीचा शेवटचा दिवस आहे</translation>
    </message>
    <message>
        <source>The document is dated %1, %2 days ago: the 30-day reporting window closes on %3 (%4 days left)</source>
        <translation>दस्तऐवजाचा दिनांक %1 आहे, म्हणजे %2 दिवसांपूर्वी: 30 दिवसांची रिपोर्टिंग मुदत %3 रोजी संपते (%4 दिवस बाकी)</translation>
    </message>
    <message>
        <source>Report this document now: after the 30th day the IRP rejects it (2305).</source>
        <translation>हा दस्तऐवज आत्ताच रिपोर्ट करा: 30 व्या दिवसानंतर IRP तो नाकारते (2305).</translation>
    </message>
    <message>
        <source>The document date %1 is before e-invoicing began on 01/10/2020</source>
        <translation>दस्तऐवज दिनांक %1 हा 01/10/2020 रोजी ई-इन्व्हॉइसिंग सुरू होण्यापूर्वीचा आहे</translation>
    </message>
    <message>
        <source>The IRP is not expected to register documents of that age: check the date.</source>
        <translation>IRP कडून एवढ्या जुन्या दस्तऐवजांची नोंदणी अपेक्षित नाही: दिनांक तपासा.</translation>
    </message>
    <message>
        <source>%1 %2 names no original invoice (RefDtls.PrecDocDtls)</source>
        <translation>%1 %2 मध्ये मूळ इन्व्हॉइसचा उल्लेख नाही (RefDtls.PrecDocDtls)</translation>
    </message>
    <message>
        <source>Give the number and date of the invoice this note adjusts in RefDtls.PrecDocDtls (InvNo, InvDt); the IRP may answer 2191 without them.</source>
        <translation>ही नोट ज्या इन्व्हॉइसचे समायोजन करते त्याचा क्रमांक आणि दिनांक RefDtls.PrecDocDtls (InvNo, InvDt) मध्ये द्या; ते नसल्यास IRP 2191 देऊ शकते.</translation>
    </message>
    <message>
        <source>Invoice %1 carries preceding-document references (RefDtls.PrecDocDtls), which belong to credit and debit notes</source>
        <translation>इन्व्हॉइस %1 मध्ये पूर्वीच्या दस्तऐवजाचे संदर्भ (RefDtls.PrecDocDtls) आहेत, जे क्रेडिट नोट आणि डेबिट नोटसाठी असतात</translation>
    </message>
    <message>
        <source>Remove RefDtls.PrecDocDtls from the invoice (the IRP may answer 2210), or use CRN/DBN if this document adjusts an earlier invoice.</source>
        <translation>इन्व्हॉइसमधून RefDtls.PrecDocDtls काढून टाका (IRP 2210 देऊ शकते), किंवा हा दस्तऐवज आधीच्या इन्व्हॉइसचे समायोजन करत असल्यास CRN/DBN वापरा.</translation>
    </message>
    <message>
        <source>The preceding document %1 is dated %2, after this document&apos;s date %3</source>
        <translation>पूर्वीच्या दस्तऐवज %1 चा दिनांक %2 आहे, जो या दस्तऐवजाच्या दिनांकानंतरचा (%3) आहे</translation>
    </message>
    <message>
        <source>Check InvDt: the original invoice is dated on or before the note.</source>
        <translation>InvDt तपासा: मूळ इन्व्हॉइसचा दिनांक नोटच्या दिनांकाला किंवा त्यापूर्वीचा असतो.</translation>
    </message>
    <message>
        <source>The document period starts on %1, after it ends on %2</source>
        <translation>दस्तऐवजाचा कालावधी %1 रोजी सुरू होतो, म्हणजे तो %2 रोजी संपल्यानंतर</translation>
    </message>
    <message>
        <source>InvStDt is the first day of the period the document covers, InvEndDt the last: swap or correct them.</source>
        <translation>InvStDt हा दस्तऐवजात समाविष्ट कालावधीचा पहिला दिवस आहे, InvEndDt शेवटचा: ते अदलाबदल करा किंवा दुरुस्त करा.</translation>
    </message>
    <message>
        <source>EwbDtls gives a vehicle or transport document but no TransMode</source>
        <translation>EwbDtls मध्ये वाहन किंवा वाहतूक दस्तऐवज दिला आहे, पण TransMode नाही</translation>
    </message>
    <message>
        <source>Set TransMode: 1 road, 2 rail, 3 air, 4 ship. Leave vehicle and transport document out for a Part-A-only e-way bill (transporter ID only).</source>
        <translation>TransMode भरा: 1 रस्ता, 2 रेल्वे, 3 हवाई, 4 जहाज. फक्त Part-A असलेल्या ई-वे बिलसाठी (फक्त वाहतूकदार ID) वाहन आणि वाहतूक दस्तऐवज देऊ नका.</translation>
    </message>
    <message>
        <source>Transport by road (TransMode 1) but EwbDtls has no vehicle number</source>
        <translation>रस्त्याने वाहतूक (TransMode 1), पण EwbDtls मध्ये वाहन क्रमांक नाही</translation>
    </message>
    <message>
        <source>Give VehNo (e.g. MH12AB1234), or give TransId, the transporter&apos;s GSTIN or enrolment ID, for a Part-A-only e-way bill (the transporter adds the vehicle later).</source>
        <translation>VehNo द्या (उदा. MH12AB1234), किंवा फक्त Part-A असलेल्या ई-वे बिलसाठी TransId, म्हणजे वाहतूकदाराचा GSTIN किंवा नोंदणी (enrolment) ID द्या (वाहतूकदार वाहन नंतर जोडतो).</translation>
    </message>
    <message>
        <source>Transport by road (TransMode 1) but EwbDtls has no vehicle type</source>
        <translation>रस्त्याने वाहतूक (TransMode 1), पण EwbDtls मध्ये वाहनाचा प्रकार नाही</translation>
    </message>
    <message>
        <source>Set VehType to R for a regular vehicle or O for over-dimensional cargo.</source>
        <translation>सामान्य वाहनासाठी VehType R आणि ओव्हर-डायमेन्शनल मालासाठी O ठेवा.</translation>
    </message>
    <message>
        <source>Transport by %1 (TransMode %2) but EwbDtls has no transport document number</source>
        <translation>%1 ने वाहतूक (TransMode %2), पण EwbDtls मध्ये वाहतूक दस्तऐवज क्रमांक नाही</translation>
    </message>
    <message>
        <source>rail</source>
        <translation>रेल्वे</translation>
    </message>
    <message>
        <source>air</source>
        <translation>हवाई मार्ग</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>जहाज</translation>
    </message>
    <message>
        <source>Give TransDocNo (railway receipt, airway bill or bill of lading) and TransDocDt.</source>
        <translation>TransDocNo (रेल्वे पावती, एअरवे बिल किंवा बिल ऑफ लॅडिंग) आणि TransDocDt द्या.</translation>
    </message>
    <message>
        <source>Transport document %1 has no date</source>
        <translation>वाहतूक दस्तऐवज %1 ला दिनांक नाही</translation>
    </message>
    <message>
        <source>Give TransDocDt, the date of the transport document, as dd/mm/yyyy.</source>
        <translation>TransDocDt, म्हणजे वाहतूक दस्तऐवजाचा दिनांक, dd/mm/yyyy स्वरूपात द्या.</translation>
    </message>
    <message>
        <source>Over-dimensional cargo (VehType O) is declared for transport by %1</source>
        <translation>%1 ने वाहतुकीसाठी ओव्हर-डायमेन्शनल माल (VehType O) घोषित केला आहे</translation>
    </message>
    <message>
        <source>VehType O applies to road and ship only; leave VehType out for rail and air.</source>
        <translation>VehType O फक्त रस्ता आणि जहाज यांना लागू होतो; रेल्वे आणि हवाई मार्गासाठी VehType देऊ नका.</translation>
    </message>
    <message>
        <source>Transport by ship (TransMode 4) with VehType R, a regular road vehicle</source>
        <translation>जहाजाने वाहतूक (TransMode 4), पण VehType R, म्हणजे सामान्य रस्ते वाहन</translation>
    </message>
    <message>
        <source>For a ship leave VehType out, or use O for over-dimensional cargo.</source>
        <translation>जहाजासाठी VehType देऊ नका, किंवा ओव्हर-डायमेन्शनल मालासाठी O वापरा.</translation>
    </message>
    <message>
        <source>The transport document date %1 is after today (%2)</source>
        <translation>वाहतूक दस्तऐवज दिनांक %1 हा आजनंतरचा (%2) आहे</translation>
    </message>
    <message>
        <source>Give the date the transport document was issued; it cannot lie ahead.</source>
        <translation>वाहतूक दस्तऐवज जारी झाल्याचा दिनांक द्या; तो भविष्यातील असू शकत नाही.</translation>
    </message>
    <message>
        <source>The transport document date %1 is before the document date %2</source>
        <translation>वाहतूक दस्तऐवज दिनांक %1 हा दस्तऐवज दिनांक %2 च्या आधीचा आहे</translation>
    </message>
    <message>
        <source>The e-way bill system refuses a transport document older than the invoice (4021): check TransDocDt.</source>
        <translation>ई-वे बिल प्रणाली इन्व्हॉइसपेक्षा जुना वाहतूक दस्तऐवज नाकारते (4021): TransDocDt तपासा.</translation>
    </message>
    <message>
        <source>The ship-to state is 96 (other countries), but an e-way bill runs between Indian places</source>
        <translation>पोहोचवण्याच्या पत्त्याचे राज्य 96 (इतर देश) आहे, पण ई-वे बिल भारतातील ठिकाणांदरम्यानच असते</translation>
    </message>
    <message>
        <source>For an export give the Indian port or place of export as ShipDtls, with its state code and PIN.</source>
        <translation>निर्यातीसाठी ShipDtls मध्ये भारतीय बंदर किंवा निर्यातीचे ठिकाण त्याच्या राज्य कोड आणि PIN सह द्या.</translation>
    </message>
    <message>
        <source>The ship-to PIN is 999999, but an e-way bill needs an Indian PIN</source>
        <translation>पोहोचवण्याच्या पत्त्याचा PIN 999999 आहे, पण ई-वे बिलसाठी भारतीय PIN आवश्यक आहे</translation>
    </message>
    <message>
        <source>Give the PIN of the place the goods are taken to in India (for an export, the port or place of export).</source>
        <translation>माल भारतात ज्या ठिकाणी नेला जातो त्याचा PIN द्या (निर्यातीसाठी, बंदर किंवा निर्यातीचे ठिकाण).</translation>
    </message>
    <message>
        <source>The e-way bill would end at the buyer, who is abroad (state 96 or PIN 999999)</source>
        <translation>ई-वे बिल खरेदीदाराकडे संपेल, जो परदेशात आहे (राज्य 96 किंवा PIN 999999)</translation>
    </message>
    <message>
        <source>Add ShipDtls with the Indian port or place of export, or leave EwbDtls out and generate the e-way bill later.</source>
        <translation>भारतीय बंदर किंवा निर्यातीच्या ठिकाणासह ShipDtls जोडा, किंवा EwbDtls काढून टाका आणि ई-वे बिल नंतर तयार करा.</translation>
    </message>
    <message>
        <source>The dispatch state is 96 (other countries), but an e-way bill starts in India</source>
        <translation>पाठवण्याच्या ठिकाणाचे राज्य 96 (इतर देश) आहे, पण ई-वे बिल भारतातच सुरू होते</translation>
    </message>
    <message>
        <source>Give the Indian place the goods leave from as DispDtls.</source>
        <translation>माल ज्या भारतीय ठिकाणाहून निघतो ते DispDtls मध्ये द्या.</translation>
    </message>
    <message>
        <source>The dispatch PIN is 999999, but an e-way bill needs an Indian PIN</source>
        <translation>पाठवण्याच्या ठिकाणाचा PIN 999999 आहे, पण ई-वे बिलसाठी भारतीय PIN आवश्यक आहे</translation>
    </message>
    <message>
        <source>Give the PIN of the place the goods leave from.</source>
        <translation>माल ज्या ठिकाणाहून निघतो त्याचा PIN द्या.</translation>
    </message>
    <message>
        <source>Goods move within PIN %1 but the distance is %2 km</source>
        <translation>माल PIN %1 च्या आतच जातो, पण अंतर %2 km आहे</translation>
    </message>
    <message>
        <source>When origin and destination share a PIN the IRP cannot compute the distance: give the actual distance, 1 to 100 km.</source>
        <translation>मूळ ठिकाण आणि गंतव्य यांचा PIN एकच असल्यास IRP अंतर मोजू शकत नाही: प्रत्यक्ष अंतर द्या, 1 ते 100 km.</translation>
    </message>
    <message>
        <source>Ship-to details without a GSTIN: from 01/08/2026 an e-way bill needs the ship-to GSTIN</source>
        <translation>पोहोचवण्याच्या पत्त्याच्या तपशिलात GSTIN नाही: 01/08/2026 पासून ई-वे बिलसाठी पोहोचवण्याच्या पत्त्याचा GSTIN आवश्यक आहे</translation>
    </message>
    <message>
        <source>Give the consignee&apos;s GSTIN in ShipDtls.Gstin, or URP if the consignee is not registered.</source>
        <translation>ShipDtls.Gstin मध्ये माल प्राप्तकर्त्याचा (कन्साइनी) GSTIN द्या, किंवा तो नोंदणीकृत नसल्यास URP द्या.</translation>
    </message>
    <message>
        <source>The ship-to GSTIN %1 is the bill-to GSTIN: from 01/08/2026 ship-to details name another party</source>
        <translation>पोहोचवण्याच्या पत्त्याचा GSTIN %1 हाच बिल-टू GSTIN आहे: 01/08/2026 पासून पोहोचवण्याच्या पत्त्याच्या तपशिलात दुसरा पक्षकार असावा</translation>
    </message>
    <message>
        <source>Leave ShipDtls out when the goods go to the buyer&apos;s own address; otherwise give the consignee&apos;s GSTIN (or URP).</source>
        <translation>माल खरेदीदाराच्या स्वतःच्या पत्त्यावर जात असल्यास ShipDtls देऊ नका; अन्यथा कन्साइनीचा GSTIN (किंवा URP) द्या.</translation>
    </message>
    <message>
        <source>The ship-to state code is %1 but the ship-to GSTIN %2 is registered in state %3</source>
        <translation>पोहोचवण्याच्या पत्त्याचा राज्य कोड %1 आहे, पण पोहोचवण्याच्या पत्त्याचा GSTIN %2 राज्य %3 मध्ये नोंदणीकृत आहे</translation>
    </message>
    <message>
        <source>Give the GSTIN of the consignee&apos;s registration in the ship-to state, or correct ShipDtls.Stcd.</source>
        <translation>पोहोचवण्याच्या पत्त्याच्या राज्यातील कन्साइनीच्या नोंदणीचा GSTIN द्या, किंवा ShipDtls.Stcd दुरुस्त करा.</translation>
    </message>
    <message>
        <source>An e-way bill is requested with %1 %2, but credit and debit notes move no goods under an e-way bill generated with the IRN</source>
        <translation>%1 %2 सह ई-वे बिलची विनंती केली आहे, पण IRN सोबत तयार होणाऱ्या ई-वे बिलखाली क्रेडिट आणि डेबिट नोटद्वारे माल पाठवला जात नाही</translation>
    </message>
    <message>
        <source>Leave EwbDtls out of credit and debit notes; generate the e-way bill for goods returns on the e-way bill portal.</source>
        <translation>क्रेडिट आणि डेबिट नोटमध्ये EwbDtls देऊ नका; परत आलेल्या मालाचे ई-वे बिल ई-वे बिल पोर्टलवर तयार करा.</translation>
    </message>
    <message>
        <source>An e-way bill is requested but every line is a service</source>
        <translation>ई-वे बिलची विनंती केली आहे, पण प्रत्येक ओळ सेवेची आहे</translation>
    </message>
    <message>
        <source>E-way bills cover the movement of goods: leave EwbDtls out of an invoice for services.</source>
        <translation>ई-वे बिल मालाच्या वाहतुकीसाठी असते: सेवांच्या इन्व्हॉइसमध्ये EwbDtls देऊ नका.</translation>
    </message>
    <message>
        <source>Correct the JSON at this place (or the export that wrote it): the IRP reads the invoice with the INV-01 schema and rejects what does not fit it.</source>
        <translation>या ठिकाणी JSON दुरुस्त करा (किंवा ते लिहिणारे एक्सपोर्ट): IRP इन्व्हॉइस INV-01 स्कीमानुसार वाचते आणि त्यात न बसणारे नाकारते.</translation>
    </message>
    <message>
        <source>IRN Desk read this as said, but write it as the schema does (exact key spelling, no null) so that every reader, the IRP&apos;s included, reads the same.</source>
        <translation>IRN Desk ने हे वर सांगितल्याप्रमाणे वाचले, पण ते स्कीमाप्रमाणे लिहा (की चे अचूक स्पेलिंग, null नाही) जेणेकरून IRP सह प्रत्येक वाचक ते सारखेच वाचेल.</translation>
    </message>
    <message>
        <source>more than the ±1.00 the IRP is taken to allow</source>
        <translation>IRP कडून मान्य समजल्या जाणाऱ्या ±1.00 पेक्षा जास्त</translation>
    </message>
    <message>
        <source>within the ±1.00 the IRP is taken to allow, but not what the numbers give</source>
        <translation>IRP कडून मान्य समजल्या जाणाऱ्या ±1.00 च्या आत, पण आकड्यांवरून येणाऱ्या मूल्याइतके नाही</translation>
    </message>
    <message>
        <source>HSN/SAC code %1 of line %2 is in neither the e-invoice HSN list nor the GST portal&apos;s HSN/SAC master (masters %3)</source>
        <translation>ओळ %2 चा HSN/SAC कोड %1 ना ई-इन्व्हॉइस HSN यादीत आहे, ना GST पोर्टलच्या HSN/SAC मास्टरमध्ये (मास्टर %3)</translation>
    </message>
    <message>
        <source>Look the code up in the GST portal&apos;s HSN/SAC search and use a current 6- or 8-digit code. If the code is new, update the HSN master files.</source>
        <translation>GST पोर्टलच्या HSN/SAC शोधात कोड पाहा आणि सध्याचा 6 किंवा 8 अंकी कोड वापरा. कोड नवीन असल्यास HSN मास्टर फाइल अपडेट करा.</translation>
    </message>
    <message>
        <source>HSN/SAC code %1 of line %2 has 4 digits; taxpayers with an aggregate turnover above ₹5 crore must report at least 6</source>
        <translation>ओळ %2 चा HSN/SAC कोड %1 फक्त 4 अंकी आहे; ₹5 कोटीपेक्षा जास्त एकूण उलाढाल असलेल्या करदात्यांनी किमान 6 अंक नोंदवले पाहिजेत</translation>
    </message>
    <message>
        <source>Use the 6- or 8-digit code under heading %1 that describes the item.</source>
        <translation>शीर्ष %1 अंतर्गत वस्तूचे वर्णन करणारा 6 किंवा 8 अंकी कोड वापरा.</translation>
    </message>
    <message>
        <source>HSN/SAC code %1 of line %2 is in the GST portal&apos;s master but not in the list of codes known to be accepted on e-invoices; the IRP may reject it (2176)</source>
        <translation>ओळ %2 चा HSN/SAC कोड %1 GST पोर्टलच्या मास्टरमध्ये आहे, पण ई-इन्व्हॉइसवर स्वीकारल्या जाणाऱ्या ज्ञात कोडच्या यादीत नाही; IRP तो नाकारू शकते (2176)</translation>
    </message>
    <message>
        <source>Prefer the more specific 8-digit code under %1 if there is one.</source>
        <translation>%1 अंतर्गत अधिक नेमका 8 अंकी कोड असल्यास तो वापरा.</translation>
    </message>
    <message>
        <source>Check the code in the GST portal&apos;s HSN/SAC search; if the IRP rejects it, use the nearest code that e-invoices accept.</source>
        <translation>GST पोर्टलच्या HSN/SAC शोधात कोड तपासा; IRP ने तो नाकारल्यास ई-इन्व्हॉइसवर स्वीकारला जाणारा सर्वात जवळचा कोड वापरा.</translation>
    </message>
    <message>
        <source>Line %1 is marked as a service (IsServc Y) but %2 is an HSN code of goods; SAC codes of services begin with 99</source>
        <translation>ओळ %1 सेवा (IsServc Y) म्हणून चिन्हांकित आहे, पण %2 हा मालाचा HSN कोड आहे; सेवांचे SAC कोड 99 ने सुरू होतात</translation>
    </message>
    <message>
        <source>Line %1 is marked as goods (IsServc N) but %2 is a SAC code of a service</source>
        <translation>ओळ %1 माल (IsServc N) म्हणून चिन्हांकित आहे, पण %2 हा सेवेचा SAC कोड आहे</translation>
    </message>
    <message>
        <source>Set IsServc to Y for SAC codes (99...) and to N for goods, or correct the code.</source>
        <translation>SAC कोडसाठी (99...) IsServc Y आणि मालासाठी N ठेवा, किंवा कोड दुरुस्त करा.</translation>
    </message>
    <message>
        <source>Line %1 is goods but has no quantity</source>
        <translation>ओळ %1 मालाची आहे, पण तिच्यात प्रमाण नाही</translation>
    </message>
    <message>
        <source>Give Qty for every goods line (IsServc N); only services may leave it out.</source>
        <translation>मालाच्या प्रत्येक ओळीसाठी (IsServc N) Qty द्या; फक्त सेवांमध्ये ते वगळता येते.</translation>
    </message>
    <message>
        <source>Line %1 is goods but has no unit</source>
        <translation>ओळ %1 मालाची आहे, पण तिच्यात एकक नाही</translation>
    </message>
    <message>
        <source>Give Unit, a UQC code such as NOS, KGS or PCS, for every goods line; use OTH when no other code fits.</source>
        <translation>मालाच्या प्रत्येक ओळीसाठी Unit द्या, म्हणजे NOS, KGS किंवा PCS सारखा UQC कोड; दुसरा कोणताही कोड जुळत नसल्यास OTH वापरा.</translation>
    </message>
    <message>
        <source>Unit %1 of line %2 is the UQC code %3 in lower case</source>
        <translation>ओळ %2 चे एकक %1 हा लहान अक्षरांत लिहिलेला UQC कोड %3 आहे</translation>
    </message>
    <message>
        <source>Write UQC codes in capitals (%1): the master lists them so.</source>
        <translation>UQC कोड कॅपिटल अक्षरांत लिहा (%1): मास्टर यादीत ते तसेच आहेत.</translation>
    </message>
    <message>
        <source>Unit %1 of line %2 is not a UQC code</source>
        <translation>ओळ %2 चे एकक %1 हा UQC कोड नाही</translation>
    </message>
    <message>
        <source>Use a code of the UQC master (NOS, PCS, KGS, LTR, MTR, BOX, SET, ...); OTH stands for any other unit.</source>
        <translation>UQC मास्टरमधील कोड वापरा (NOS, PCS, KGS, LTR, MTR, BOX, SET, ...); इतर कोणत्याही एककासाठी OTH आहे.</translation>
    </message>
    <message>
        <source>GST rate %1% of line %2 is not a GST rate</source>
        <translation>ओळ %2 चा GST दर %1% हा GST दर नाही</translation>
    </message>
    <message>
        <source>Use one of the rates 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28 or 40 (the whole rate: CGST + SGST together, or IGST).</source>
        <translation>0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28 किंवा 40 यापैकी एक दर वापरा (पूर्ण दर: CGST + SGST मिळून, किंवा IGST).</translation>
    </message>
    <message>
        <source>Line serial number %1 is used again: lines %2 and %3 of the list have it</source>
        <translation>ओळ अनुक्रमांक %1 पुन्हा वापरला आहे: यादीतील ओळी %2 आणि %3 मध्ये तो आहे</translation>
    </message>
    <message>
        <source>Number the lines 1, 2, 3, ... with each SlNo used once.</source>
        <translation>ओळींना 1, 2, 3, ... असे क्रमांक द्या; प्रत्येक SlNo एकदाच वापरा.</translation>
    </message>
    <message>
        <source>Discount %1 of line %2 is more than its TotAmt %3, so the line has no taxable value (AssAmt is %4)</source>
        <translation>ओळ %2 ची सवलत %1 तिच्या TotAmt %3 पेक्षा जास्त आहे, त्यामुळे ओळीला करपात्र मूल्य उरत नाही (AssAmt %4 आहे)</translation>
    </message>
    <message>
        <source>A line&apos;s Discount cannot exceed its gross amount TotAmt: correct the discount or the quantity and price. To pass value back to the buyer, issue a credit note.</source>
        <translation>ओळीची Discount तिच्या सकल रकमेपेक्षा (TotAmt) जास्त असू शकत नाही: सवलत किंवा प्रमाण व किंमत दुरुस्त करा. खरेदीदाराला मूल्य परत द्यायचे असल्यास क्रेडिट नोट जारी करा.</translation>
    </message>
    <message>
        <source>AssAmt of line %1 is %2 but TotAmt %3 less Discount %4 is %5 (%6)</source>
        <translation>ओळ %1 ची AssAmt %2 आहे, पण TotAmt %3 मधून Discount %4 वजा केल्यास %5 येते (%6)</translation>
    </message>
    <message>
        <source>Set AssAmt (the taxable value) to TotAmt - Discount.</source>
        <translation>AssAmt (करपात्र मूल्य) TotAmt - Discount इतके ठेवा.</translation>
    </message>
    <message>
        <source>TotAmt of line %1 is %2 but Qty %3 × UnitPrice %4 is %5</source>
        <translation>ओळ %1 ची TotAmt %2 आहे, पण Qty %3 × UnitPrice %4 = %5 येते</translation>
    </message>
    <message>
        <source>The IRP no longer rejects this (2192 was withdrawn), but the printed invoice should add up: TotAmt = Qty × UnitPrice.</source>
        <translation>IRP आता हे नाकारत नाही (2192 मागे घेतला आहे), पण छापील इन्व्हॉइसची बेरीज जुळली पाहिजे: TotAmt = Qty × UnitPrice.</translation>
    </message>
    <message>
        <source>%1 of line %2 is %3 but half of %4% of AssAmt %5 is %6 (%7)</source>
        <translation>ओळ %2 मधील %1 %3 आहे, पण AssAmt %5 च्या %4% चा अर्धा भाग %6 येतो (%7)</translation>
    </message>
    <message>
        <source>Compute CGST and SGST each as AssAmt × GstRt / 200, rounded half-up to the paisa, so that both are equal.</source>
        <translation>CGST आणि SGST प्रत्येकी AssAmt × GstRt / 200 असे काढा आणि पैशापर्यंत हाफ-अप राउंड करा, म्हणजे दोन्ही समान येतील.</translation>
    </message>
    <message>
        <source>IgstAmt of line %1 is %2 but %3% of AssAmt %4 is %5 (%6)</source>
        <translation>ओळ %1 ची IgstAmt %2 आहे, पण AssAmt %4 च्या %3% = %5 येते (%6)</translation>
    </message>
    <message>
        <source>Compute IGST as AssAmt × GstRt / 100, rounded half-up to the paisa.</source>
        <translation>IGST = AssAmt × GstRt / 100 असे काढा आणि पैशापर्यंत हाफ-अप राउंड करा.</translation>
    </message>
    <message>
        <source>%1 of line %2 is %3 but %4 %5% of AssAmt %6 is %7</source>
        <translation>ओळ %2 मधील %1 %3 आहे, पण AssAmt %6 वर %4 %5% प्रमाणे %7 येतो</translation>
    </message>
    <message>
        <source>Compute the ad-valorem cess as AssAmt × rate / 100; a specific (per-unit) cess goes in the NonAdvl field. The IRP also checks cess against its HSN-wise rates (2266), which cannot be checked offline.</source>
        <translation>मूल्याधारित (ad-valorem) उपकर AssAmt × दर / 100 असा काढा; विशिष्ट (प्रति-एकक) उपकर NonAdvl फील्डमध्ये जातो. IRP उपकर त्याच्या HSN-निहाय दरांशीही तपासते (2266), ते ऑफलाइन तपासता येत नाही.</translation>
    </message>
    <message>
        <source>TotItemVal of line %1 is %2 but AssAmt %3 + GST %4 + cess %5 + OthChrg %6 is %7 (%8)</source>
        <translation>ओळ %1 चे TotItemVal %2 आहे, पण AssAmt %3 + GST %4 + उपकर %5 + OthChrg %6 = %7 येते (%8)</translation>
    </message>
    <message>
        <source>Set TotItemVal to the line&apos;s taxable value plus its tax, cess and other charges (under reverse charge or EXPWP it may leave the tax out).</source>
        <translation>TotItemVal मध्ये ओळीचे करपात्र मूल्य आणि त्यावरील कर, उपकर व इतर शुल्क यांची बेरीज ठेवा (रिव्हर्स चार्ज किंवा EXPWP मध्ये कर वगळता येऊ शकतो).</translation>
    </message>
    <message>
        <source>Set TotItemVal to the line&apos;s taxable value plus its tax, cess and other charges.</source>
        <translation>TotItemVal मध्ये ओळीचे करपात्र मूल्य आणि त्यावरील कर, उपकर व इतर शुल्क यांची बेरीज ठेवा.</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid GSTIN: its check character (the 15th) should be %3, not %4</source>
        <translation>%1 %2 हा वैध GSTIN नाही: त्याचा तपासणी वर्ण (15 वा) %4 नसून %3 असायला हवा</translation>
    </message>
    <message>
        <source>Copy the GSTIN again from the registration certificate or the GST portal: one mistyped character changes the check character. The IRP rejects a GSTIN it does not know (3028). NIC&apos;s sandbox test GSTINs fail this check; in sandbox mode it is only a warning.</source>
        <translation>GSTIN नोंदणी प्रमाणपत्रातून किंवा GST पोर्टलवरून पुन्हा कॉपी करा: एकही वर्ण चुकीचा टाइप झाल्यास तपासणी वर्ण बदलतो. IRP ला माहीत नसलेला GSTIN ते नाकारते (3028). NIC चे सँडबॉक्स चाचणी GSTIN या तपासणीत अयशस्वी ठरतात; सँडबॉक्स मोडमध्ये हा फक्त इशारा असतो.</translation>
    </message>
    <message>
        <source>%1 %2 has a correct check character but fits none of GSTN&apos;s GSTIN formats (regular, government, UIN, TDS, TCS, non-resident)</source>
        <translation>%1 %2 चा तपासणी वर्ण बरोबर आहे, पण तो GSTN च्या कोणत्याही GSTIN स्वरूपात (नियमित, सरकारी, UIN, TDS, TCS, अनिवासी) बसत नाही</translation>
    </message>
    <message>
        <source>A regular GSTIN is the state code, the 10-character PAN, the registration number (1-9 or A-Z), Z and the check character, e.g. 27AAPFU0939F1ZV. Copy it again from the registration certificate. The IRP rejects a GSTIN it does not know (3028); in sandbox mode this is only a warning.</source>
        <translation>नियमित GSTIN म्हणजे राज्य कोड, 10 वर्णांचा PAN, नोंदणी क्रमांक (1-9 किंवा A-Z), Z आणि तपासणी वर्ण, उदा. 27AAPFU0939F1ZV. तो नोंदणी प्रमाणपत्रातून पुन्हा कॉपी करा. IRP ला माहीत नसलेला GSTIN ते नाकारते (3028); सँडबॉक्स मोडमध्ये हा फक्त इशारा असतो.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a state or union territory code of the master</source>
        <translation>%1 %2 आहे, जो मास्टर यादीतील कोणत्याही राज्याचा किंवा केंद्रशासित प्रदेशाचा कोड नाही</translation>
    </message>
    <message>
        <source>Use the two-digit GST state code, e.g. 07 Delhi, 27 Maharashtra, 29 Karnataka, 36 Telangana; 96 is a place outside India and 97 Other Territory.</source>
        <translation>दोन अंकी GST राज्य कोड वापरा, उदा. 07 दिल्ली, 27 महाराष्ट्र, 29 कर्नाटक, 36 तेलंगणा; 96 म्हणजे भारताबाहेरील ठिकाण आणि 97 म्हणजे इतर प्रदेश (Other Territory).</translation>
    </message>
    <message>
        <source>%1 is 96 (Other Countries), but a supplier is registered in an Indian state</source>
        <translation>%1 हा 96 (इतर देश) आहे, पण पुरवठादार भारतातील एखाद्या राज्यात नोंदणीकृत असतो</translation>
    </message>
    <message>
        <source>Give the state of the supplier&apos;s registration: the first two digits of its GSTIN.</source>
        <translation>पुरवठादाराच्या नोंदणीचे राज्य द्या: त्याच्या GSTIN चे पहिले दोन अंक.</translation>
    </message>
    <message>
        <source>%1 is %2, but %3 is %4: a party outside India or in Other Territory has PIN 999999</source>
        <translation>%1 %2 आहे, पण %3 %4 आहे: भारताबाहेरील किंवा इतर प्रदेशातील (Other Territory) पक्षकाराचा PIN 999999 असतो</translation>
    </message>
    <message>
        <source>Write 999999 as the PIN of a foreign (96) or Other Territory (97) address, or give the Indian state code if the address is in India.</source>
        <translation>परदेशी (96) किंवा इतर प्रदेशातील (97) पत्त्याचा PIN म्हणून 999999 लिहा, किंवा पत्ता भारतात असल्यास भारतीय राज्य कोड द्या.</translation>
    </message>
    <message>
        <source>%1 is 999999, which only a place outside India (96) or Other Territory (97) has, but %2 is %3</source>
        <translation>%1 999999 आहे, जो फक्त भारताबाहेरील (96) किंवा इतर प्रदेशातील (97) ठिकाणाचा असतो, पण %2 %3 आहे</translation>
    </message>
    <message>
        <source>Give the real six-digit PIN of the address, or state code 96 for an address outside India.</source>
        <translation>पत्त्याचा खरा सहा अंकी PIN द्या, किंवा भारताबाहेरील पत्त्यासाठी राज्य कोड 96 द्या.</translation>
    </message>
    <message>
        <source>%1 %2 is a PIN of %3, not of state %4 %5 given in %6</source>
        <translation>%1 %2 हा %3 चा PIN आहे, %6 मध्ये दिलेल्या राज्य %4 %5 चा नाही</translation>
    </message>
    <message>
        <source>Correct the PIN or the state code so that they agree; the IRP checks the PIN against its PIN master (2178).</source>
        <translation>PIN आणि राज्य कोड जुळतील असे PIN किंवा राज्य कोड दुरुस्त करा; IRP PIN त्याच्या PIN मास्टरशी तपासते (2178).</translation>
    </message>
    <message>
        <source>%1 %2 is not in the PIN directory, and its first three digits do not belong to state %3 %4 given in %5</source>
        <translation>%1 %2 PIN निर्देशिकेत नाही, आणि त्याचे पहिले तीन अंक %5 मध्ये दिलेल्या राज्य %3 %4 चे नाहीत</translation>
    </message>
    <message>
        <source>Check the PIN and the state code: the IRP rejects a PIN of another state (2178). If the PIN is new and right, update the PIN master.</source>
        <translation>PIN आणि राज्य कोड तपासा: दुसऱ्या राज्याचा PIN IRP नाकारते (2178). PIN नवीन आणि बरोबर असल्यास PIN मास्टर अपडेट करा.</translation>
    </message>
    <message>
        <source>ShipDtls.Stcd is %1, but the ship-to GSTIN %2 is registered in state %3</source>
        <translation>ShipDtls.Stcd %1 आहे, पण पोहोचवण्याच्या पत्त्याचा GSTIN %2 राज्य %3 मध्ये नोंदणीकृत आहे</translation>
    </message>
    <message>
        <source>Give the ship-to party&apos;s GSTIN of the state the goods go to, or URP for an unregistered place. From 1 August 2026 the IRP rejects the mismatch when an e-way bill is generated (2325).</source>
        <translation>माल ज्या राज्यात जातो त्या राज्यातील, पोहोचवण्याच्या पत्त्यावरील पक्षकाराचा GSTIN द्या, किंवा अनोंदणीकृत ठिकाणासाठी URP द्या. 1 ऑगस्ट 2026 पासून ई-वे बिल तयार करताना IRP ही तफावत नाकारते (2325).</translation>
    </message>
    <message>
        <source>SellerDtls.Gstin is URP, but the supplier of an e-invoice is always registered</source>
        <translation>SellerDtls.Gstin URP आहे, पण ई-इन्व्हॉइसचा पुरवठादार नेहमी नोंदणीकृत असतो</translation>
    </message>
    <message>
        <source>Give the supplier&apos;s own GSTIN: only a registered person generates an IRN.</source>
        <translation>पुरवठादाराचा स्वतःचा GSTIN द्या: फक्त नोंदणीकृत व्यक्तीच IRN जनरेट करते.</translation>
    </message>
    <message>
        <source>SellerDtls.Stcd is %1, but the supplier GSTIN %2 is registered in state %3</source>
        <translation>SellerDtls.Stcd %1 आहे, पण पुरवठादाराचा GSTIN %2 राज्य %3 मध्ये नोंदणीकृत आहे</translation>
    </message>
    <message>
        <source>The supplier&apos;s state code is the first two digits of its GSTIN: write %1, or use the GSTIN of the registration in state %2.</source>
        <translation>पुरवठादाराचा राज्य कोड म्हणजे त्याच्या GSTIN चे पहिले दोन अंक: %1 लिहा, किंवा राज्य %2 मधील नोंदणीचा GSTIN वापरा.</translation>
    </message>
    <message>
        <source>BuyerDtls.Gstin is URP, but the recipient of a deemed export (DEXP) is registered</source>
        <translation>BuyerDtls.Gstin URP आहे, पण मानीव निर्यातीचा (DEXP) प्राप्तकर्ता नोंदणीकृत असतो</translation>
    </message>
    <message>
        <source>Give the recipient&apos;s GSTIN. A supply to an unregistered person is not a deemed export.</source>
        <translation>प्राप्तकर्त्याचा GSTIN द्या. अनोंदणीकृत व्यक्तीला केलेला पुरवठा मानीव निर्यात ठरत नाही.</translation>
    </message>
    <message>
        <source>BuyerDtls.Gstin is URP, but a %1 supply needs a registered recipient</source>
        <translation>BuyerDtls.Gstin URP आहे, पण %1 पुरवठ्यासाठी नोंदणीकृत प्राप्तकर्ता आवश्यक आहे</translation>
    </message>
    <message>
        <source>Give the recipient&apos;s GSTIN. Supplies to unregistered persons (B2C) are not reported to the IRP; URP is only for exports.</source>
        <translation>प्राप्तकर्त्याचा GSTIN द्या. अनोंदणीकृत व्यक्तींना केलेले पुरवठे (B2C) IRP ला कळवले जात नाहीत; URP फक्त निर्यातीसाठी आहे.</translation>
    </message>
    <message>
        <source>BuyerDtls.Gstin is %1, but the recipient of an export (%2) is URP</source>
        <translation>BuyerDtls.Gstin %1 आहे, पण निर्यातीचा (%2) प्राप्तकर्ता URP असतो</translation>
    </message>
    <message>
        <source>Write URP as the GSTIN of a foreign buyer, with Pos and Stcd 96 and PIN 999999. A supply to a registered Indian recipient is B2B, SEZ or DEXP.</source>
        <translation>परदेशी खरेदीदाराचा GSTIN म्हणून URP लिहा, सोबत Pos आणि Stcd 96 आणि PIN 999999. नोंदणीकृत भारतीय प्राप्तकर्त्याला केलेला पुरवठा B2B, SEZ किंवा DEXP असतो.</translation>
    </message>
    <message>
        <source>BuyerDtls.Gstin %1 is the supplier&apos;s own GSTIN</source>
        <translation>BuyerDtls.Gstin %1 हा पुरवठादाराचाच GSTIN आहे</translation>
    </message>
    <message>
        <source>Give the recipient&apos;s GSTIN. A registration cannot supply to itself; a transfer to a branch in another state uses that branch&apos;s GSTIN.</source>
        <translation>प्राप्तकर्त्याचा GSTIN द्या. एखादी नोंदणी स्वतःलाच पुरवठा करू शकत नाही; दुसऱ्या राज्यातील शाखेला हस्तांतरण करताना त्या शाखेचा GSTIN वापरला जातो.</translation>
    </message>
    <message>
        <source>BuyerDtls.Stcd is %1, but the recipient GSTIN %2 is registered in state %3</source>
        <translation>BuyerDtls.Stcd %1 आहे, पण प्राप्तकर्त्याचा GSTIN %2 राज्य %3 मध्ये नोंदणीकृत आहे</translation>
    </message>
    <message>
        <source>The recipient&apos;s state code is the first two digits of its GSTIN: write %1, or use the recipient&apos;s GSTIN of state %2. Where the goods go is ShipDtls and the place of supply is Pos.</source>
        <translation>प्राप्तकर्त्याचा राज्य कोड म्हणजे त्याच्या GSTIN चे पहिले दोन अंक: %1 लिहा, किंवा राज्य %2 मधील प्राप्तकर्त्याचा GSTIN वापरा. माल कुठे जातो ते ShipDtls मध्ये आणि पुरवठ्याचे ठिकाण Pos मध्ये असते.</translation>
    </message>
    <message>
        <source>BuyerDtls.Pin is missing; a %1 supply needs the recipient&apos;s PIN</source>
        <translation>BuyerDtls.Pin गहाळ आहे; %1 पुरवठ्यासाठी प्राप्तकर्त्याचा PIN आवश्यक आहे</translation>
    </message>
    <message>
        <source>Give the six-digit PIN of the recipient&apos;s address.</source>
        <translation>प्राप्तकर्त्याच्या पत्त्याचा सहा अंकी PIN द्या.</translation>
    </message>
    <message>
        <source>A GSTIN has 15 characters: 2 digits (the state code), then 13 digits or capital letters, e.g. 27AAPFU0939F1ZV.</source>
        <translation>GSTIN मध्ये 15 वर्ण असतात: 2 अंक (राज्य कोड), त्यानंतर 13 अंक किंवा कॅपिटल अक्षरे, उदा. 27AAPFU0939F1ZV.</translation>
    </message>
    <message>
        <source>A GSTIN has 15 characters: 2 digits (the state code), then 13 digits or capital letters, e.g. 27AAPFU0939F1ZV; an unregistered party is URP (in capitals).</source>
        <translation>GSTIN मध्ये 15 वर्ण असतात: 2 अंक (राज्य कोड), त्यानंतर 13 अंक किंवा कॅपिटल अक्षरे, उदा. 27AAPFU0939F1ZV; अनोंदणीकृत पक्षकारासाठी URP (कॅपिटल अक्षरांत).</translation>
    </message>
    <message>
        <source>1 to 16 characters: letters, digits, / and -; the first one a letter or a digit other than 0, e.g. INV/2026/0042.</source>
        <translation>1 ते 16 वर्ण: अक्षरे, अंक, / आणि -; पहिला वर्ण अक्षर किंवा 0 सोडून इतर अंक असावा, उदा. INV/2026/0042.</translation>
    </message>
    <message>
        <source>2 to 16 characters: letters, digits, / and -; the first one a letter or a digit other than 0 (the schema&apos;s pattern needs at least two characters here).</source>
        <translation>2 ते 16 वर्ण: अक्षरे, अंक, / आणि -; पहिला वर्ण अक्षर किंवा 0 सोडून इतर अंक असावा (येथे स्कीमाच्या पॅटर्नला किमान दोन वर्ण लागतात).</translation>
    </message>
    <message>
        <source>The state code: 1 or 2 digits, not 0, e.g. 07 or 27 (96 for a place outside India).</source>
        <translation>राज्य कोड: 1 किंवा 2 अंक, 0 नाही, उदा. 07 किंवा 27 (भारताबाहेरील ठिकाणासाठी 96).</translation>
    </message>
    <message>
        <source>Digits only, %1 to %2 of them: no spaces, +, - or brackets.</source>
        <translation>फक्त अंक, %1 ते %2: स्पेस, +, - किंवा कंस नकोत.</translation>
    </message>
    <message>
        <source>One e-mail address: letters, digits and + _ . - before the @, letters, digits, . and - after it, e.g. accounts@example.in.</source>
        <translation>एक ई-मेल पत्ता: @ च्या आधी अक्षरे, अंक आणि + _ . -, @ नंतर अक्षरे, अंक, . आणि -, उदा. accounts@example.in.</translation>
    </message>
    <message>
        <source>An HSN or SAC code of 4, 6 or 8 digits, not all zeros, e.g. 84713010.</source>
        <translation>4, 6 किंवा 8 अंकांचा HSN किंवा SAC कोड, सर्व शून्य नसलेला, उदा. 84713010.</translation>
    </message>
    <message>
        <source>Letters A-Z only, %1 to %2 of them.</source>
        <translation>फक्त A-Z अक्षरे, %1 ते %2.</translation>
    </message>
    <message>
        <source>Letters A-Z and digits only, %1 to %2 of them: no spaces or punctuation.</source>
        <translation>फक्त A-Z अक्षरे आणि अंक, %1 ते %2: स्पेस किंवा विरामचिन्हे नकोत.</translation>
    </message>
    <message>
        <source>Two capital letters: the ISO 3166 country code, e.g. US or AE.</source>
        <translation>दोन कॅपिटल अक्षरे: ISO 3166 देश कोड, उदा. US किंवा AE.</translation>
    </message>
    <message>
        <source>Y or N (in capitals).</source>
        <translation>Y किंवा N (कॅपिटल अक्षरांत).</translation>
    </message>
    <message>
        <source>1 to 15 characters: letters, digits, / and - only.</source>
        <translation>1 ते 15 वर्ण: फक्त अक्षरे, अंक, / आणि -.</translation>
    </message>
    <message>
        <source>The transport document&apos;s date as dd/mm/yyyy, e.g. 05/11/2026.</source>
        <translation>वाहतूक दस्तऐवजाचा दिनांक dd/mm/yyyy स्वरूपात, उदा. 05/11/2026.</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 गहाळ आहे</translation>
    </message>
    <message>
        <source>The schema requires %1 whenever %2 is sent: fill it in, or leave %2 out.</source>
        <translation>%2 पाठवले जाते तेव्हा स्कीमानुसार %1 आवश्यक आहे: ते भरा, किंवा %2 वगळा.</translation>
    </message>
    <message>
        <source>Fill in %1: the schema requires it.</source>
        <translation>%1 भरा: स्कीमानुसार ते आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 रिकामे आहे</translation>
    </message>
    <message>
        <source>%1 is %2 characters long (&apos;%3&apos;): at most %4 are allowed</source>
        <translation>%1 %2 वर्णांचे आहे (&apos;%3&apos;): कमाल %4 वर्णांना परवानगी आहे</translation>
    </message>
    <message>
        <source>%1 is %2 characters long (&apos;%3&apos;): at least %4 are needed</source>
        <translation>%1 %2 वर्णांचे आहे (&apos;%3&apos;): किमान %4 वर्ण आवश्यक आहेत</translation>
    </message>
    <message>
        <source>%1 must have exactly %2 characters.</source>
        <translation>%1 मध्ये बरोबर %2 वर्ण असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1 takes %2 to %3 characters.</source>
        <translation>%1 मध्ये %2 ते %3 वर्ण असावेत.</translation>
    </message>
    <message>
        <source>An optional field that has no value is left out, not sent empty or short.</source>
        <translation>मूल्य नसलेले ऐच्छिक फील्ड वगळले जाते; ते रिकामे किंवा अपुरे पाठवले जात नाही.</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: neither a GSTIN of 15 characters nor URP</source>
        <translation>%1 &apos;%2&apos; आहे: हा 15 वर्णांचा GSTIN नाही आणि URP ही नाही</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: the schema&apos;s pattern needs at least 2 characters here</source>
        <translation>%1 &apos;%2&apos; आहे: येथे स्कीमाच्या पॅटर्नला किमान 2 वर्ण लागतात</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: a state code cannot be 0</source>
        <translation>%1 &apos;%2&apos; आहे: राज्य कोड 0 असू शकत नाही</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: an HSN code cannot be all zeros</source>
        <translation>%1 &apos;%2&apos; आहे: HSN कोड सर्व शून्य असू शकत नाही</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: %3 digits, but an HSN or SAC code has 4, 6 or 8</source>
        <translation>%1 &apos;%2&apos; आहे: %3 अंक, पण HSN किंवा SAC कोडमध्ये 4, 6 किंवा 8 अंक असतात</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: an e-mail address needs an @</source>
        <translation>%1 &apos;%2&apos; आहे: ई-मेल पत्त्यात @ आवश्यक आहे</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: nothing before the @</source>
        <translation>%1 &apos;%2&apos; आहे: @ च्या आधी काहीच नाही</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: nothing after the @</source>
        <translation>%1 &apos;%2&apos; आहे: @ नंतर काहीच नाही</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which does not have the form the schema requires</source>
        <translation>%1 &apos;%2&apos; आहे, जे स्कीमाला आवश्यक असलेल्या स्वरूपात नाही</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: the character &apos;%3&apos; at position %4 is not allowed there</source>
        <translation>%1 &apos;%2&apos; आहे: स्थान %4 वरील &apos;%3&apos; हा वर्ण तेथे चालत नाही</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which is not a date written dd/mm/yyyy</source>
        <translation>%1 &apos;%2&apos; आहे, जो dd/mm/yyyy स्वरूपात लिहिलेला दिनांक नाही</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy with two-digit day and month and a four-digit year, e.g. 05/11/2026.</source>
        <translation>दिनांक dd/mm/yyyy स्वरूपात लिहा: दिवस आणि महिना दोन अंकी, वर्ष चार अंकी, उदा. 05/11/2026.</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: the schema admits only years 2010 to 2029</source>
        <translation>%1 &apos;%2&apos; आहे: स्कीमा फक्त 2010 ते 2029 ही वर्षे स्वीकारते</translation>
    </message>
    <message>
        <source>Check the year: the IRP&apos;s date pattern accepts dd/mm/yyyy dates from 2010 to 2029.</source>
        <translation>वर्ष तपासा: IRP चा दिनांक पॅटर्न 2010 ते 2029 मधील dd/mm/yyyy दिनांक स्वीकारतो.</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which is not a day of the calendar</source>
        <translation>%1 &apos;%2&apos; आहे, जो कॅलेंडरमधील दिवस नाही</translation>
    </message>
    <message>
        <source>Check the day and the month (dd/mm/yyyy): months have 28 to 31 days, February 29 only in leap years.</source>
        <translation>दिवस आणि महिना तपासा (dd/mm/yyyy): महिन्यांत 28 ते 31 दिवस असतात, 29 फेब्रुवारी फक्त लीप वर्षात येतो.</translation>
    </message>
    <message>
        <source>%1 contains a double quote (&quot;): &apos;%2&apos;</source>
        <translation>%1 मध्ये डबल कोट (&quot;) आहे: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Remove the double quote from %1, or write two single quotes (&apos;&apos;) instead: the schema forbids &quot; in free text.</source>
        <translation>%1 मधील डबल कोट काढा, किंवा त्याऐवजी दोन सिंगल कोट (&apos;&apos;) लिहा: स्कीमा मुक्त मजकुरात &quot; ला परवानगी देत नाही.</translation>
    </message>
    <message>
        <source>%1 contains a backslash (\): &apos;%2&apos;</source>
        <translation>%1 मध्ये बॅकस्लॅश (\) आहे: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Remove the backslash from %1 or write / instead: NIC rejects a backslash in any free-text field.</source>
        <translation>%1 मधील बॅकस्लॅश काढा किंवा त्याऐवजी / लिहा: NIC कोणत्याही मुक्त-मजकूर फील्डमधील बॅकस्लॅश नाकारते.</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which is not one of %3</source>
        <translation>%1 &apos;%2&apos; आहे, जे %3 पैकी कोणतेही नाही</translation>
    </message>
    <message>
        <source>Write %1 in capitals: one of %2.</source>
        <translation>%1 कॅपिटल अक्षरांत लिहा: %2 पैकी एक.</translation>
    </message>
    <message>
        <source>Use one of %1 for %2.</source>
        <translation>%2 साठी %1 पैकी एक वापरा.</translation>
    </message>
    <message>
        <source>%1 is %2: it must lie between %3 and %4</source>
        <translation>%1 %2 आहे: ते %3 आणि %4 दरम्यान असले पाहिजे</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2 in %3.</source>
        <translation>%3 मध्ये %1 ते %2 दरम्यानचे मूल्य टाका.</translation>
    </message>
    <message>
        <source>Version is &apos;%1&apos;: the IRP accepts only schema version 1.1</source>
        <translation>Version &apos;%1&apos; आहे: IRP फक्त स्कीमा आवृत्ती 1.1 स्वीकारते</translation>
    </message>
    <message>
        <source>Set Version to &quot;1.1&quot;.</source>
        <translation>Version &quot;1.1&quot; ठेवा.</translation>
    </message>
    <message>
        <source>Irn is sent with the invoice (&apos;%1&apos;): the IRP computes the IRN itself</source>
        <translation>इन्व्हॉइससोबत Irn पाठवला आहे (&apos;%1&apos;): IRP स्वतः IRN तयार करते</translation>
    </message>
    <message>
        <source>Remove Irn from the invoice: a request must not carry one.</source>
        <translation>इन्व्हॉइसमधून Irn काढा: विनंतीमध्ये तो असू नये.</translation>
    </message>
    <message>
        <source>ItemList has no items (or is missing)</source>
        <translation>ItemList मध्ये एकही वस्तू नाही (किंवा ते गहाळ आहे)</translation>
    </message>
    <message>
        <source>Add at least one item line: the IRP rejects an invoice without items (2228).</source>
        <translation>किमान एक वस्तूची ओळ जोडा: वस्तू नसलेले इन्व्हॉइस IRP नाकारते (2228).</translation>
    </message>
    <message>
        <source>ItemList has %1 items: the IRP accepts at most %2</source>
        <translation>ItemList मध्ये %1 वस्तू आहेत: IRP जास्तीत जास्त %2 स्वीकारते</translation>
    </message>
    <message>
        <source>Split the invoice: one invoice may have at most %1 item lines (2173).</source>
        <translation>इन्व्हॉइस विभागून द्या: एका इन्व्हॉइसमध्ये जास्तीत जास्त %1 वस्तू ओळी असू शकतात (2173).</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>अनुपस्थित</translation>
    </message>
    <message>
        <source>TranDtls.RegRev is Y on a %1 supply, but reverse charge applies only to B2B supplies</source>
        <translation>%1 पुरवठ्यावर TranDtls.RegRev Y आहे, पण रिव्हर्स चार्ज फक्त B2B पुरवठ्यांना लागू होतो</translation>
    </message>
    <message>
        <source>Set RegRev to N. Tax on SEZ supplies, exports and deemed exports is never paid by the recipient under reverse charge.</source>
        <translation>RegRev N ठेवा. SEZ पुरवठा, निर्यात आणि मानीव निर्यात यांवरील कर प्राप्तकर्ता रिव्हर्स चार्जखाली कधीच भरत नाही.</translation>
    </message>
    <message>
        <source>TranDtls.EcmGstin %1 is not the GSTIN of an e-commerce operator: an operator&apos;s TCS GSTIN has C as its 14th character</source>
        <translation>TranDtls.EcmGstin %1 हा ई-कॉमर्स ऑपरेटरचा GSTIN नाही: ऑपरेटरच्या TCS GSTIN मधील 14 वा वर्ण C असतो</translation>
    </message>
    <message>
        <source>Give the e-commerce operator&apos;s TCS registration (e.g. 07AAECA1234B1CR), not its regular GSTIN, or leave EcmGstin out when the supply was not made through an operator.</source>
        <translation>ई-कॉमर्स ऑपरेटरची TCS नोंदणी द्या (उदा. 07AAECA1234B1CR), त्याचा नियमित GSTIN नव्हे; पुरवठा ऑपरेटरमार्फत झाला नसल्यास EcmGstin वगळा.</translation>
    </message>
    <message>
        <source>TranDtls.EcmGstin %1 belongs to the supplier itself (PAN %2 of SellerDtls.Gstin %3)</source>
        <translation>TranDtls.EcmGstin %1 पुरवठादाराचाच आहे (SellerDtls.Gstin %3 चा PAN %2)</translation>
    </message>
    <message>
        <source>Leave EcmGstin out when the operator sells on its own account: EcmGstin names the operator through whom another supplier sells (2224).</source>
        <translation>ऑपरेटर स्वतःच्या खात्यावर विक्री करत असल्यास EcmGstin वगळा: ज्या ऑपरेटरमार्फत दुसरा पुरवठादार विक्री करतो त्या ऑपरेटरचा उल्लेख EcmGstin मध्ये होतो (2224).</translation>
    </message>
    <message>
        <source>%1 is %2; the master lists the code in capitals: %3</source>
        <translation>%1 %2 आहे; मास्टर यादीत हा कोड कॅपिटल अक्षरांत आहे: %3</translation>
    </message>
    <message>
        <source>Write the code in capital letters.</source>
        <translation>कोड कॅपिटल अक्षरांत लिहा.</translation>
    </message>
    <message>
        <source>%1 %2 is not a code of the master</source>
        <translation>%1 %2 हा मास्टर यादीतील कोड नाही</translation>
    </message>
    <message>
        <source>ExpDtls is missing on an export (%1)</source>
        <translation>निर्यातीवर (%1) ExpDtls गहाळ आहे</translation>
    </message>
    <message>
        <source>Add ExpDtls with the country code (CntCode), the currency (ForCur), for goods the port (Port) and, when known, the shipping bill number and date.</source>
        <translation>ExpDtls जोडा: देश कोड (CntCode), चलन (ForCur), मालासाठी बंदर (Port) आणि माहीत असल्यास शिपिंग बिल क्रमांक व दिनांक.</translation>
    </message>
    <message>
        <source>Use a port code of the master (six characters, e.g. INNSA1 Nhava Sheva, INBOM1 Mumbai, INMAA1 Chennai); leave Port out for services.</source>
        <translation>मास्टर यादीतील बंदर कोड वापरा (सहा वर्ण, उदा. INNSA1 न्हावा शेवा, INBOM1 मुंबई, INMAA1 चेन्नई); सेवांसाठी Port वगळा.</translation>
    </message>
    <message>
        <source>Use the ISO 3166 two-letter code of the buyer&apos;s country, e.g. US, AE, GB.</source>
        <translation>खरेदीदाराच्या देशाचा ISO 3166 दोन-अक्षरी कोड वापरा, उदा. US, AE, GB.</translation>
    </message>
    <message>
        <source>Use the ISO 4217 code of the invoice currency, e.g. USD, EUR, AED.</source>
        <translation>इन्व्हॉइसच्या चलनाचा ISO 4217 कोड वापरा, उदा. USD, EUR, AED.</translation>
    </message>
    <message>
        <source>BuyerDtls.Pos is %1, the supplier&apos;s own state (SellerDtls.Stcd %2), but an export (%3) is never an intra-state supply</source>
        <translation>BuyerDtls.Pos %1 आहे, म्हणजे पुरवठादाराचेच राज्य (SellerDtls.Stcd %2), पण निर्यात (%3) कधीही राज्यांतर्गत पुरवठा नसते</translation>
    </message>
    <message>
        <source>Write 96 (Other Countries) as the place of supply of an export. A supply to a recipient in India is B2B, SEZ or DEXP.</source>
        <translation>निर्यातीचे पुरवठ्याचे ठिकाण म्हणून 96 (इतर देश) लिहा. भारतातील प्राप्तकर्त्याला केलेला पुरवठा B2B, SEZ किंवा DEXP असतो.</translation>
    </message>
    <message>
        <source>BuyerDtls.Pos is %1, but the place of supply of an export (%2) is 96 (Other Countries)</source>
        <translation>BuyerDtls.Pos %1 आहे, पण निर्यातीचे (%2) पुरवठ्याचे ठिकाण 96 (इतर देश) असते</translation>
    </message>
    <message>
        <source>Write 96 as BuyerDtls.Pos of an export.</source>
        <translation>निर्यातीच्या BuyerDtls.Pos मध्ये 96 लिहा.</translation>
    </message>
    <message>
        <source>BuyerDtls.Stcd is %1, but the foreign buyer of an export (%2) has state code 96</source>
        <translation>BuyerDtls.Stcd %1 आहे, पण निर्यातीच्या (%2) परदेशी खरेदीदाराचा राज्य कोड 96 असतो</translation>
    </message>
    <message>
        <source>Write 96 (Other Countries) as BuyerDtls.Stcd and 999999 as its PIN; an Indian port or consignee goes in ShipDtls.</source>
        <translation>BuyerDtls.Stcd मध्ये 96 (इतर देश) आणि त्याचा PIN 999999 लिहा; भारतीय बंदर किंवा मालप्राप्तकर्ता (consignee) ShipDtls मध्ये येतो.</translation>
    </message>
    <message>
        <source>TranDtls.IgstOnIntra is Y on an export (%1), which is never an intra-state supply</source>
        <translation>निर्यातीवर (%1) TranDtls.IgstOnIntra Y आहे, पण निर्यात कधीही राज्यांतर्गत पुरवठा नसते</translation>
    </message>
    <message>
        <source>Set IgstOnIntra to N or leave it out: exports always carry IGST (or no tax under bond or LUT).</source>
        <translation>IgstOnIntra N ठेवा किंवा वगळा: निर्यातीवर नेहमी IGST लागतो (किंवा बॉण्ड अथवा LUT अंतर्गत कोणताही कर लागत नाही).</translation>
    </message>
    <message>
        <source>BuyerDtls.Pos is 96 (Other Countries), which a %1 supply may not have</source>
        <translation>BuyerDtls.Pos 96 (इतर देश) आहे, जे %1 पुरवठ्यासाठी चालत नाही</translation>
    </message>
    <message>
        <source>Give the state code of the place of supply (for goods, where the delivery ends). Only exports, and B2B goods transport or courier services (SAC 9965, 9968) to a place abroad, have place of supply 96.</source>
        <translation>पुरवठ्याच्या ठिकाणाचा राज्य कोड द्या (मालासाठी, जिथे डिलिव्हरी पूर्ण होते ते). फक्त निर्यात आणि परदेशातील ठिकाणासाठी B2B माल वाहतूक किंवा कुरिअर सेवा (SAC 9965, 9968) यांचेच पुरवठ्याचे ठिकाण 96 असते.</translation>
    </message>
    <message>
        <source>TranDtls.IgstOnIntra is Y, but BuyerDtls.Pos %1 is not the supplier&apos;s state (SellerDtls.Stcd %2)</source>
        <translation>TranDtls.IgstOnIntra Y आहे, पण BuyerDtls.Pos %1 हे पुरवठादाराचे राज्य (SellerDtls.Stcd %2) नाही</translation>
    </message>
    <message>
        <source>IgstOnIntra = Y marks an intra-state supply that carries IGST; for an inter-state supply set it to N (IGST applies anyway), or correct the place of supply.</source>
        <translation>IgstOnIntra = Y म्हणजे IGST लागणारा राज्यांतर्गत पुरवठा; आंतरराज्य पुरवठ्यासाठी ते N ठेवा (IGST तरीही लागू होतो), किंवा पुरवठ्याचे ठिकाण दुरुस्त करा.</translation>
    </message>
    <message>
        <source>BuyerDtls.Pos is %1, but the SEZ recipient is in state %2 (BuyerDtls.Stcd)</source>
        <translation>BuyerDtls.Pos %1 आहे, पण SEZ प्राप्तकर्ता राज्य %2 मध्ये आहे (BuyerDtls.Stcd)</translation>
    </message>
    <message>
        <source>The place of supply of a supply to an SEZ unit or developer is the SEZ&apos;s state: write %1 unless the supply really takes place elsewhere.</source>
        <translation>SEZ युनिट किंवा विकासकाला केलेल्या पुरवठ्याचे पुरवठ्याचे ठिकाण म्हणजे SEZ चे राज्य: पुरवठा खरोखर इतरत्र होत नसेल तर %1 लिहा.</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) carries IGST %3, but the supply is intra-state (SellerDtls.Stcd %4, BuyerDtls.Pos %5): CGST and SGST apply</source>
        <translation>ओळ %1 (ItemList[%2]) वर IGST %3 आहे, पण पुरवठा राज्यांतर्गत आहे (SellerDtls.Stcd %4, BuyerDtls.Pos %5): CGST आणि SGST लागू होतात</translation>
    </message>
    <message>
        <source>Split the tax into CgstAmt and SgstAmt, half the rate each, and set IgstAmt to 0. If IGST really applies to this intra-state supply, set TranDtls.IgstOnIntra to Y.</source>
        <translation>कर CgstAmt आणि SgstAmt मध्ये विभागा, प्रत्येकी अर्धा दर, आणि IgstAmt 0 ठेवा. या राज्यांतर्गत पुरवठ्यावर खरोखर IGST लागू होत असल्यास TranDtls.IgstOnIntra Y ठेवा.</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) has GST rate %3% on an intra-state supply but no %4</source>
        <translation>राज्यांतर्गत पुरवठ्यातील ओळ %1 (ItemList[%2]) चा GST दर %3% आहे, पण %4 नाही</translation>
    </message>
    <message>
        <source>Send both CgstAmt and SgstAmt on an intra-state line, each half the tax.</source>
        <translation>राज्यांतर्गत ओळीवर CgstAmt आणि SgstAmt दोन्ही पाठवा, प्रत्येकी अर्धा कर.</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]): CgstAmt %3 and SgstAmt %4 differ</source>
        <translation>ओळ %1 (ItemList[%2]): CgstAmt %3 आणि SgstAmt %4 वेगवेगळे आहेत</translation>
    </message>
    <message>
        <source>CGST and SGST are equal halves: compute each as AssAmt × GstRt / 200, rounded to the paisa.</source>
        <translation>CGST आणि SGST हे समान अर्धे भाग असतात: प्रत्येकी AssAmt × GstRt / 200 असे काढा आणि पैशापर्यंत राउंड करा.</translation>
    </message>
    <message>
        <source>CgstAmt %1, SgstAmt %2</source>
        <translation>CgstAmt %1, SgstAmt %2</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) carries %3 on a supply to an SEZ (%4), which is inter-state: IGST only</source>
        <translation>SEZ ला केलेल्या पुरवठ्यातील (%4) ओळ %1 (ItemList[%2]) वर %3 आहे, पण हा पुरवठा आंतरराज्य असतो: फक्त IGST</translation>
    </message>
    <message>
        <source>Set CgstAmt and SgstAmt to 0: a supply to an SEZ under bond or LUT (SEZWOP) carries no tax.</source>
        <translation>CgstAmt आणि SgstAmt 0 ठेवा: बॉण्ड किंवा LUT अंतर्गत SEZ ला केलेल्या पुरवठ्यावर (SEZWOP) कर लागत नाही.</translation>
    </message>
    <message>
        <source>Charge the whole tax as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and SgstAmt to 0, even when the SEZ is in the supplier&apos;s state.</source>
        <translation>संपूर्ण कर IgstAmt म्हणून आकारा (AssAmt × GstRt / 100) आणि CgstAmt व SgstAmt 0 ठेवा, SEZ पुरवठादाराच्याच राज्यात असले तरीही.</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) carries %3 on an export (%4): IGST only</source>
        <translation>निर्यातीतील (%4) ओळ %1 (ItemList[%2]) वर %3 आहे: फक्त IGST लागू होतो</translation>
    </message>
    <message>
        <source>Set CgstAmt and SgstAmt to 0: an export under bond or LUT (EXPWOP) carries no tax.</source>
        <translation>CgstAmt आणि SgstAmt 0 ठेवा: बॉण्ड किंवा LUT अंतर्गत निर्यातीवर (EXPWOP) कर लागत नाही.</translation>
    </message>
    <message>
        <source>Charge the whole tax as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and SgstAmt to 0.</source>
        <translation>संपूर्ण कर IgstAmt म्हणून आकारा (AssAmt × GstRt / 100) आणि CgstAmt व SgstAmt 0 ठेवा.</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) carries %3, but the supply carries IGST (SellerDtls.Stcd %4, BuyerDtls.Pos %5, IgstOnIntra %6)</source>
        <translation>ओळ %1 (ItemList[%2]) वर %3 आहे, पण या पुरवठ्यावर IGST लागतो (SellerDtls.Stcd %4, BuyerDtls.Pos %5, IgstOnIntra %6)</translation>
    </message>
    <message>
        <source>TranDtls.IgstOnIntra is Y, so the whole tax is IGST: charge it as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and SgstAmt to 0, or set IgstOnIntra to N if CGST and SGST apply.</source>
        <translation>TranDtls.IgstOnIntra Y आहे, म्हणून संपूर्ण कर IGST आहे: तो IgstAmt म्हणून आकारा (AssAmt × GstRt / 100) आणि CgstAmt व SgstAmt 0 ठेवा, किंवा CGST आणि SGST लागू होत असल्यास IgstOnIntra N ठेवा.</translation>
    </message>
    <message>
        <source>Charge the whole tax as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and SgstAmt to 0: a supply whose place of supply is another state is inter-state.</source>
        <translation>संपूर्ण कर IgstAmt म्हणून आकारा (AssAmt × GstRt / 100) आणि CgstAmt व SgstAmt 0 ठेवा: ज्या पुरवठ्याचे ठिकाण दुसऱ्या राज्यात आहे तो पुरवठा आंतरराज्य असतो.</translation>
    </message>
    <message>
        <source>ItemList[%1] is %2 and an earlier line is %3, but goods and services may not be mixed on an invoice that charges IGST with the place of supply in the supplier&apos;s state (%4)</source>
        <translation>ItemList[%1] %2 आहे आणि आधीची एक ओळ %3 आहे, पण पुरवठ्याचे ठिकाण पुरवठादाराच्याच राज्यात (%4) असून IGST आकारणाऱ्या इन्व्हॉइसमध्ये माल आणि सेवा एकत्र असू शकत नाहीत</translation>
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
        <translation>माल आणि सेवांसाठी स्वतंत्र इन्व्हॉइस जारी करा.</translation>
    </message>
    <message>
        <source>within the ±1.00 the IRP is taken to allow, but not exact</source>
        <translation>IRP ला मान्य असल्याचे मानल्या जाणाऱ्या ±1.00 च्या मर्यादेत, पण अचूक नाही</translation>
    </message>
    <message>
        <source>%1 is %2 but the lines&apos; %3 add up to %4 (%5)</source>
        <translation>%1 %2 आहे, पण ओळींच्या %3 ची बेरीज %4 येते (%5)</translation>
    </message>
    <message>
        <source>absent (0)</source>
        <translation>अनुपस्थित (0)</translation>
    </message>
    <message>
        <source>Set ValDtls.%1 to the sum of the lines, %2.</source>
        <translation>ValDtls.%1 ओळींच्या बेरजेइतके, म्हणजे %2, ठेवा.</translation>
    </message>
    <message>
        <source>CesVal is %1, the lines&apos; ad-valorem cess only; their non-ad-valorem cess (CesNonAdvlAmt) of %2 is missing from it</source>
        <translation>CesVal %1 आहे, म्हणजे फक्त ओळींचा मूल्याधारित उपकर; त्यांचा गैर-मूल्याधारित उपकर (CesNonAdvlAmt) %2 त्यात समाविष्ट नाही</translation>
    </message>
    <message>
        <source>CesVal holds both kinds of compensation cess: set it to %1.</source>
        <translation>CesVal मध्ये दोन्ही प्रकारचा भरपाई उपकर असतो: तो %1 ठेवा.</translation>
    </message>
    <message>
        <source>TotInvVal is %1 but the lines&apos; TotItemVal %2 + OthChrg %3 - Discount %4 + RndOffAmt %5 is %6 (%7)</source>
        <translation>TotInvVal %1 आहे, पण ओळींचे TotItemVal %2 + OthChrg %3 - Discount %4 + RndOffAmt %5 = %6 येते (%7)</translation>
    </message>
    <message>
        <source>Set TotInvVal to %1, or put the rounding difference in RndOffAmt.</source>
        <translation>TotInvVal %1 ठेवा, किंवा राउंडिंगचा फरक RndOffAmt मध्ये टाका.</translation>
    </message>
    <message>
        <source>The invoice discount ValDtls.Discount %1 is not less than the invoice value TotInvVal %2</source>
        <translation>इन्व्हॉइस सवलत ValDtls.Discount %1 ही इन्व्हॉइस मूल्य TotInvVal %2 पेक्षा कमी नाही</translation>
    </message>
    <message>
        <source>An invoice discount must be smaller than TotInvVal; give a larger discount as a credit note or reduce the line values instead.</source>
        <translation>इन्व्हॉइस सवलत TotInvVal पेक्षा कमी असली पाहिजे; जास्त सवलत क्रेडिट नोटद्वारे द्या किंवा त्याऐवजी ओळींची मूल्ये कमी करा.</translation>
    </message>
    <message>
        <source>RndOffAmt is %1: more than rounding the invoice value to the rupee needs</source>
        <translation>RndOffAmt %1 आहे: इन्व्हॉइस मूल्य रुपयापर्यंत राउंड करण्यासाठी लागते त्यापेक्षा जास्त</translation>
    </message>
    <message>
        <source>Round-off should only take TotInvVal to the nearest rupee (at most 0.99); put other adjustments in ValDtls.OthChrg or ValDtls.Discount.</source>
        <translation>राउंड-ऑफने TotInvVal फक्त जवळच्या रुपयापर्यंत न्यावे (जास्तीत जास्त 0.99); इतर समायोजने ValDtls.OthChrg किंवा ValDtls.Discount मध्ये टाका.</translation>
    </message>
    <message>
        <source>Document %1 %2 of %3 appears again: invoice [%4] of this batch has the same number in financial year %5 (the IRP compares numbers ignoring case)</source>
        <translation>%3 चा दस्तऐवज %1 %2 पुन्हा आला आहे: या बॅचमधील इन्व्हॉइस [%4] चा आर्थिक वर्ष %5 मधील क्रमांकही हाच आहे (IRP क्रमांकांची तुलना करताना कॅपिटल-लहान अक्षरांचा फरक पाहत नाही)</translation>
    </message>
    <message>
        <source>Give each document its own number, or remove the duplicate. The IRP registers a number only once per GSTIN, financial year and document type (2150).</source>
        <translation>प्रत्येक दस्तऐवजाला स्वतंत्र क्रमांक द्या, किंवा डुप्लिकेट काढून टाका. IRP एका GSTIN, आर्थिक वर्ष आणि दस्तऐवज प्रकारासाठी एखादा क्रमांक एकदाच नोंदवते (2150).</translation>
    </message>
</context>
<context>
    <name>irndesk::sandbox::Sandbox</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: वाचता आले नाही: %2</translation>
    </message>
    <message>
        <source>%1: not JSON (at byte %2: %3)</source>
        <translation>%1: JSON नाही (बाइट %2 वर: %3)</translation>
    </message>
    <message>
        <source>%1: user %2 needs clientId, clientSecret, userName, password and gstin</source>
        <translation>%1: वापरकर्ता %2 साठी clientId, clientSecret, userName, password आणि gstin आवश्यक आहेत</translation>
    </message>
    <message>
        <source>%1: no user (an array of objects, or {&quot;users&quot;: [...]})</source>
        <translation>%1: एकही वापरकर्ता नाही (ऑब्जेक्ट्सचा अ‍ॅरे, किंवा {&quot;users&quot;: [...]})</translation>
    </message>
    <message>
        <source>The request body is not JSON</source>
        <translation>विनंतीचा मुख्य भाग (body) JSON नाही</translation>
    </message>
    <message>
        <source>Data cannot be null or empty</source>
        <translation>Data रिकामा किंवा null असू शकत नाही</translation>
    </message>
    <message>
        <source>Decryption failed: the Data is not encrypted with the session key</source>
        <translation>डिक्रिप्शन अयशस्वी: Data सेशन की ने एन्क्रिप्ट केलेला नाही</translation>
    </message>
    <message>
        <source>The decrypted data is not JSON: %1</source>
        <translation>डिक्रिप्ट केलेला डेटा JSON नाही: %1</translation>
    </message>
    <message>
        <source>Client Id is required</source>
        <translation>Client Id आवश्यक आहे</translation>
    </message>
    <message>
        <source>Client Secret is required</source>
        <translation>Client Secret आवश्यक आहे</translation>
    </message>
    <message>
        <source>Header GSTIN is required</source>
        <translation>हेडरमध्ये GSTIN आवश्यक आहे</translation>
    </message>
    <message>
        <source>Invalid Client-ID/Client-Secret</source>
        <translation>अवैध Client-ID/Client-Secret</translation>
    </message>
    <message>
        <source>Decryption failed: encrypt the payload with the sandbox&apos;s auth_public.pem</source>
        <translation>डिक्रिप्शन अयशस्वी: payload सँडबॉक्सच्या auth_public.pem ने एन्क्रिप्ट करा</translation>
    </message>
    <message>
        <source>Invalid auth payload: base64 of a JSON object with UserName and Password</source>
        <translation>अवैध auth payload: UserName आणि Password असलेल्या JSON ऑब्जेक्टचे base64 अपेक्षित आहे</translation>
    </message>
    <message>
        <source>Invalid AppKey: the base64 of 32 random bytes is expected</source>
        <translation>अवैध AppKey: 32 यादृच्छिक बाइट्सचे base64 अपेक्षित आहे</translation>
    </message>
    <message>
        <source>Invalid UserName</source>
        <translation>अवैध UserName</translation>
    </message>
    <message>
        <source>Incorrect Password</source>
        <translation>चुकीचा पासवर्ड</translation>
    </message>
    <message>
        <source>Invalid Gstin for this user</source>
        <translation>या वापरकर्त्यासाठी Gstin अवैध आहे</translation>
    </message>
    <message>
        <source>User name is required</source>
        <translation>वापरकर्तानाव आवश्यक आहे</translation>
    </message>
    <message>
        <source>Invalid Token</source>
        <translation>अवैध टोकन</translation>
    </message>
    <message>
        <source>Invalid GSTIN for this token</source>
        <translation>या टोकनसाठी GSTIN अवैध आहे</translation>
    </message>
    <message>
        <source>Request payload is not as per the schema: one invoice object is expected</source>
        <translation>विनंतीचा payload स्कीमानुसार नाही: एक इन्व्हॉइस ऑब्जेक्ट अपेक्षित आहे</translation>
    </message>
    <message>
        <source>Request payload is not as per the schema</source>
        <translation>विनंतीचा payload स्कीमानुसार नाही</translation>
    </message>
    <message>
        <source>The supplier GSTIN %1 is not the GSTIN of this session (%2)</source>
        <translation>पुरवठादार GSTIN %1 हा या सेशनचा GSTIN (%2) नाही</translation>
    </message>
    <message>
        <source>Request payload is not as per the schema: GSTIN, type, number or date</source>
        <translation>विनंतीचा payload स्कीमानुसार नाही: GSTIN, प्रकार, क्रमांक किंवा दिनांक</translation>
    </message>
    <message>
        <source>Invalid IRN: 64 hexadecimal digits are expected</source>
        <translation>अवैध IRN: 64 हेक्साडेसिमल अंक अपेक्षित आहेत</translation>
    </message>
    <message>
        <source>Requested IRN data is not available</source>
        <translation>विनंती केलेला IRN डेटा उपलब्ध नाही</translation>
    </message>
    <message>
        <source>This IRN was not generated by this GSTIN</source>
        <translation>हा IRN या GSTIN ने जनरेट केलेला नाही</translation>
    </message>
    <message>
        <source>IRN details cannot be provided as it is generated more than 2 days prior</source>
        <translation>IRN 2 दिवसांपेक्षा जास्त आधी जनरेट झाल्यामुळे त्याचा तपशील देता येत नाही</translation>
    </message>
    <message>
        <source>doctype, docnum and docdate are required</source>
        <translation>doctype, docnum आणि docdate आवश्यक आहेत</translation>
    </message>
    <message>
        <source>docdate must be in dd/MM/yyyy format</source>
        <translation>docdate dd/MM/yyyy स्वरूपात असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>doctype must be INV, CRN or DBN</source>
        <translation>doctype INV, CRN किंवा DBN असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>Irn and CnlRsn are required</source>
        <translation>Irn आणि CnlRsn आवश्यक आहेत</translation>
    </message>
    <message>
        <source>CnlRsn must be 1, 2, 3 or 4</source>
        <translation>CnlRsn 1, 2, 3 किंवा 4 असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>CnlRem must be a text of at most 100 characters</source>
        <translation>CnlRem हा जास्तीत जास्त 100 वर्णांचा मजकूर असणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>Invoice is not active</source>
        <translation>इन्व्हॉइस सक्रिय नाही</translation>
    </message>
    <message>
        <source>The allowed cancellation time limit is crossed, you cannot cancel the IRN</source>
        <translation>रद्द करण्याची अनुमत वेळमर्यादा ओलांडली आहे, तुम्ही IRN रद्द करू शकत नाही</translation>
    </message>
    <message>
        <source>GSTIN is invalid</source>
        <translation>GSTIN अवैध आहे</translation>
    </message>
    <message>
        <source>Requested data is not available</source>
        <translation>विनंती केलेला डेटा उपलब्ध नाही</translation>
    </message>
    <message>
        <source>not a sandbox state (a JSON object)</source>
        <translation>सँडबॉक्स स्थिती (JSON ऑब्जेक्ट) नाही</translation>
    </message>
    <message>
        <source>registration %1 has no valid IRN or AckDt</source>
        <translation>नोंदणी %1 मध्ये वैध IRN किंवा AckDt नाही</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: लिहिता येत नाही: %2</translation>
    </message>
    <message>
        <source>%1: %2 (delete the file to make a new key)</source>
        <translation>%1: %2 (नवीन की तयार करण्यासाठी फाइल हटवा)</translation>
    </message>
    <message>
        <source>could not make the sandbox&apos;s certificate %1</source>
        <translation>सँडबॉक्सचे प्रमाणपत्र %1 तयार करता आले नाही</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: फोल्डर तयार करता येत नाही</translation>
    </message>
    <message>
        <source>the sandbox needs at least one API user</source>
        <translation>सँडबॉक्ससाठी किमान एक API वापरकर्ता आवश्यक आहे</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>%1 वरील पोर्ट %2 वर लिसन करता येत नाही: %3</translation>
    </message>
</context>
<context>
    <name>irndesk::store</name>
    <message>
        <source>Draft</source>
        <translation>मसुदा</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तयार</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>एक्सपोर्ट केलेले</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>सबमिट होत आहे</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>नोंदणीकृत</translation>
    </message>
    <message>
        <source>Unknown (look up)</source>
        <translation>अज्ञात (तपासा)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>नाकारलेले</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not an IRN Desk store.</source>
        <translation>%1 हा SQLite डेटाबेस आहे, पण IRN Desk स्टोअर नाही.</translation>
    </message>
    <message>
        <source>%1 was written by a newer IRN Desk (store version %2; this program knows versions up to %3). Update IRN Desk to open it; the file has not been changed.</source>
        <translation>%1 हे IRN Desk च्या नवीन आवृत्तीने लिहिले आहे (स्टोअर आवृत्ती %2; हा प्रोग्राम आवृत्ती %3 पर्यंत ओळखतो). ते उघडण्यासाठी IRN Desk अपडेट करा; फाइल बदललेली नाही.</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2. Restore it from a backup (the store has not been changed).</source>
        <translation>%1 अखंडता तपासणीत अयशस्वी: %2. बॅकअपमधून ते पुनर्संचयित करा (स्टोअर बदललेले नाही).</translation>
    </message>
    <message>
        <source>migration %1 is missing from the program</source>
        <translation>मायग्रेशन %1 प्रोग्राममध्ये नाही</translation>
    </message>
    <message>
        <source>cannot update the store %1 to version %2 (nothing was changed): %3</source>
        <translation>स्टोअर %1 आवृत्ती %2 वर अपडेट करता येत नाही (काहीही बदलले नाही): %3</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 हे फोल्डर आहे, स्टोअर फाइल नाही.</translation>
    </message>
    <message>
        <source>%1 is not an IRN Desk store: it is not an SQLite database (or it cannot be read).</source>
        <translation>%1 हे IRN Desk स्टोअर नाही: तो SQLite डेटाबेस नाही (किंवा वाचता येत नाही).</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the store</source>
        <translation>स्टोअरसाठी फोल्डर %1 तयार करता येत नाही</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>स्टोअर %1 उघडता येत नाही: %2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver did not give its connection handle</source>
        <translation>Qt SQLite ड्रायव्हरने त्याचे कनेक्शन हँडल दिले नाही</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not a readable SQLite database.</source>
        <translation>%1 खराब झाले आहे: तो वाचता येणारा SQLite डेटाबेस नाही.</translation>
    </message>
    <message>
        <source>cannot set up the store %1</source>
        <translation>स्टोअर %1 सेट करता येत नाही</translation>
    </message>
    <message>
        <source>cannot switch the store %1 to write-ahead logging</source>
        <translation>स्टोअर %1 साठी write-ahead logging सुरू करता येत नाही</translation>
    </message>
    <message>
        <source>cannot copy the store before updating it (nothing was changed): %1</source>
        <translation>अपडेट करण्यापूर्वी स्टोअरची प्रत बनवता येत नाही (काहीही बदलले नाही): %1</translation>
    </message>
    <message>
        <source>a workspace needs the seller&apos;s GSTIN</source>
        <translation>वर्कस्पेससाठी विक्रेत्याचा GSTIN आवश्यक आहे</translation>
    </message>
    <message>
        <source>the workspace of %1 needs the seller&apos;s legal name</source>
        <translation>%1 च्या वर्कस्पेससाठी विक्रेत्याचे कायदेशीर नाव आवश्यक आहे</translation>
    </message>
    <message>
        <source>there is already a workspace for %1</source>
        <translation>%1 साठी वर्कस्पेस आधीच आहे</translation>
    </message>
    <message>
        <source>cannot change the workspace of %1</source>
        <translation>%1 चे वर्कस्पेस बदलता येत नाही</translation>
    </message>
    <message>
        <source>there is no workspace #%1</source>
        <translation>वर्कस्पेस #%1 अस्तित्वात नाही</translation>
    </message>
    <message>
        <source>a party needs a legal name</source>
        <translation>पक्षकारासाठी कायदेशीर नाव आवश्यक आहे</translation>
    </message>
    <message>
        <source>cannot save the party %1</source>
        <translation>पक्षकार %1 जतन करता येत नाही</translation>
    </message>
    <message>
        <source>there is no party #%1</source>
        <translation>पक्षकार #%1 अस्तित्वात नाही</translation>
    </message>
    <message>
        <source>cannot delete the party #%1</source>
        <translation>पक्षकार #%1 हटवता येत नाही</translation>
    </message>
    <message>
        <source>a product needs a description and an HSN code</source>
        <translation>उत्पादनासाठी वर्णन आणि HSN कोड आवश्यक आहे</translation>
    </message>
    <message>
        <source>cannot save the product %1</source>
        <translation>उत्पादन %1 जतन करता येत नाही</translation>
    </message>
    <message>
        <source>there is no product #%1</source>
        <translation>उत्पादन #%1 अस्तित्वात नाही</translation>
    </message>
    <message>
        <source>cannot delete the product #%1</source>
        <translation>उत्पादन #%1 हटवता येत नाही</translation>
    </message>
    <message>
        <source>the number pattern &apos;%1&apos; has no {n} for the counter</source>
        <translation>क्रमांक नमुना &apos;%1&apos; मध्ये काउंटरसाठी {n} नाही</translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; gives %2, longer than the 16 characters a document number may have</source>
        <translation>नमुना &apos;%1&apos; मधून %2 मिळतो, जो दस्तऐवज क्रमांकाच्या 16 अक्षरांच्या मर्यादेपेक्षा लांब आहे</translation>
    </message>
    <message>
        <source>cannot save the number series %1 %2</source>
        <translation>क्रमांक मालिका %1 %2 जतन करता येत नाही</translation>
    </message>
    <message>
        <source>the next number %1 is longer than the 16 characters a document number may have</source>
        <translation>पुढील क्रमांक %1 दस्तऐवज क्रमांकाच्या 16 अक्षरांच्या मर्यादेपेक्षा लांब आहे</translation>
    </message>
    <message>
        <source>cannot record the number %1</source>
        <translation>क्रमांक %1 नोंदवता येत नाही</translation>
    </message>
    <message>
        <source>the backup cannot replace the store itself (%1)</source>
        <translation>बॅकअप स्टोअरच्याच जागी लिहिता येत नाही (%1)</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>%1 चे फोल्डर तयार करता येत नाही</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>बॅकअप %1 लिहिता येत नाही: %2</translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation>बॅकअप %1 लिहिता येत नाही</translation>
    </message>
    <message>
        <source>%1 is not an IRN Desk backup: it is not an SQLite database.</source>
        <translation>%1 हा IRN Desk बॅकअप नाही: तो SQLite डेटाबेस नाही.</translation>
    </message>
    <message>
        <source>cannot open the backup %1</source>
        <translation>बॅकअप %1 उघडता येत नाही</translation>
    </message>
    <message>
        <source>%1 is an empty database, not an IRN Desk backup.</source>
        <translation>%1 हा रिकामा डेटाबेस आहे, IRN Desk बॅकअप नाही.</translation>
    </message>
    <message>
        <source>cannot restore the store from %1 (error %2); the store was kept as it was, and a copy is in %3</source>
        <translation>%1 मधून स्टोअर पुनर्संचयित करता येत नाही (त्रुटी %2); स्टोअर पूर्वीसारखेच ठेवले आहे आणि त्याची प्रत %3 मध्ये आहे</translation>
    </message>
    <message>
        <source>an invoice needs its document type (DocDtls.Typ) and number (DocDtls.No) to be stored</source>
        <translation>इन्व्हॉइस जतन करण्यासाठी त्याचा दस्तऐवज प्रकार (DocDtls.Typ) आणि क्रमांक (DocDtls.No) आवश्यक आहेत</translation>
    </message>
    <message>
        <source>cannot read invoice #%1</source>
        <translation>इन्व्हॉइस #%1 वाचता येत नाही</translation>
    </message>
    <message>
        <source>there is no invoice #%1 in the store</source>
        <translation>स्टोअरमध्ये इन्व्हॉइस #%1 नाही</translation>
    </message>
    <message>
        <source>%1 %2 is %3: a registered or cancelled invoice cannot be changed</source>
        <translation>%1 %2 ची स्थिती %3 आहे: नोंदणीकृत किंवा रद्द इन्व्हॉइस बदलता येत नाही</translation>
    </message>
    <message>
        <source>%1 %2 is %3 and cannot become %4</source>
        <translation>%1 %2 ची स्थिती %3 आहे आणि ती %4 होऊ शकत नाही</translation>
    </message>
    <message>
        <source>cannot change the status of invoice #%1</source>
        <translation>इन्व्हॉइस #%1 ची स्थिती बदलता येत नाही</translation>
    </message>
    <message>
        <source>cannot write the audit log</source>
        <translation>ऑडिट लॉग लिहिता येत नाही</translation>
    </message>
    <message>
        <source>the number %1 is already used for this seller in financial year %2: a document number can be used once per seller, year and type</source>
        <translation>क्रमांक %1 या विक्रेत्यासाठी आर्थिक वर्ष %2 मध्ये आधीच वापरला आहे: दस्तऐवज क्रमांक प्रत्येक विक्रेता, वर्ष आणि प्रकारासाठी एकदाच वापरता येतो</translation>
    </message>
    <message>
        <source>cannot store the invoice %1</source>
        <translation>इन्व्हॉइस %1 जतन करता येत नाही</translation>
    </message>
    <message>
        <source>the number %1 is already used in this workspace (financial year %2)</source>
        <translation>क्रमांक %1 या वर्कस्पेसमध्ये आधीच वापरला आहे (आर्थिक वर्ष %2)</translation>
    </message>
    <message>
        <source>cannot store the validation of invoice #%1</source>
        <translation>इन्व्हॉइस #%1 च्या वैधता तपासणीचा निकाल जतन करता येत नाही</translation>
    </message>
    <message>
        <source>cannot mark the invoices exported</source>
        <translation>इन्व्हॉइस एक्सपोर्ट केलेले म्हणून चिन्हांकित करता येत नाहीत</translation>
    </message>
    <message>
        <source>a registration needs the IRN and the acknowledgement number</source>
        <translation>नोंदणीसाठी IRN आणि पोचपावती क्रमांक आवश्यक आहेत</translation>
    </message>
    <message>
        <source>cannot record the registration of invoice #%1</source>
        <translation>इन्व्हॉइस #%1 ची नोंदणी नोंदवता येत नाही</translation>
    </message>
    <message>
        <source>cannot record the rejection of invoice #%1</source>
        <translation>इन्व्हॉइस #%1 नाकारल्याची नोंद करता येत नाही</translation>
    </message>
    <message>
        <source>the cancel reason must be 1, 2, 3 or 4, not %1</source>
        <translation>रद्द करण्याचे कारण 1, 2, 3 किंवा 4 असावे, %1 नाही</translation>
    </message>
    <message>
        <source>cannot record the cancellation of invoice #%1</source>
        <translation>इन्व्हॉइस #%1 रद्द केल्याची नोंद करता येत नाही</translation>
    </message>
    <message>
        <source>cannot record the e-way bill of invoice #%1</source>
        <translation>इन्व्हॉइस #%1 चे ई-वे बिल नोंदवता येत नाही</translation>
    </message>
    <message>
        <source>%1 %2 is %3: an invoice that was sent to the IRP cannot be deleted</source>
        <translation>%1 %2 ची स्थिती %3 आहे: IRP कडे पाठवलेले इन्व्हॉइस हटवता येत नाही</translation>
    </message>
    <message>
        <source>cannot delete invoice #%1</source>
        <translation>इन्व्हॉइस #%1 हटवता येत नाही</translation>
    </message>
    <message>
        <source>the stored content of invoice #%1 cannot be read back: %2</source>
        <translation>इन्व्हॉइस #%1 चा जतन केलेला मजकूर परत वाचता येत नाही: %2</translation>
    </message>
    <message>
        <source>cannot read the store %1</source>
        <translation>स्टोअर %1 वाचता येत नाही</translation>
    </message>
    <message>
        <source>The store %1 is busy: another IRN Desk program is writing to it. Try again when it has finished.</source>
        <translation>स्टोअर %1 व्यस्त आहे: दुसरा IRN Desk प्रोग्राम त्यात लिहित आहे. तो संपल्यावर पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>ट्रान्झॅक्शन सुरू करता येत नाही</translation>
    </message>
    <message>
        <source>cannot save the changes</source>
        <translation>बदल जतन करता येत नाहीत</translation>
    </message>
    <message>
        <source>cannot journal the request for invoice #%1</source>
        <translation>इन्व्हॉइस #%1 ची विनंती जर्नलमध्ये नोंदवता येत नाही</translation>
    </message>
    <message>
        <source>cannot close journal entry #%1</source>
        <translation>जर्नल नोंद #%1 बंद करता येत नाही</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::AppContext</name>
    <message>
        <source>choose a workspace first</source>
        <translation>आधी वर्कस्पेस निवडा</translation>
    </message>
    <message>
        <source>there is no IRP profile &apos;%1&apos;</source>
        <translation>IRP प्रोफाइल &apos;%1&apos; अस्तित्वात नाही</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::BulkProgressDialog</name>
    <message>
        <source>Working…</source>
        <translation>काम सुरू आहे…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगती</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>थांबवा</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>थांबवत आहे…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करा</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::DemoWorkspace</name>
    <message>
        <source>the sample invoices are missing from the program</source>
        <translation>नमुना इन्व्हॉइस प्रोग्राममध्ये नाहीत</translation>
    </message>
    <message>
        <source>the sample invoices of the program cannot be read</source>
        <translation>प्रोग्राममधील नमुना इन्व्हॉइस वाचता येत नाहीत</translation>
    </message>
    <message>
        <source>the store has all the demo workspaces it can hold</source>
        <translation>स्टोअरमध्ये ठेवता येतील तेवढे सर्व डेमो वर्कस्पेस आधीच आहेत</translation>
    </message>
    <message>
        <source>no temporary folder for the sample invoices</source>
        <translation>नमुना इन्व्हॉइससाठी तात्पुरते फोल्डर नाही</translation>
    </message>
    <message>
        <source>cannot write the sample invoices to %1</source>
        <translation>नमुना इन्व्हॉइस %1 मध्ये लिहिता येत नाहीत</translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>कोणतेही स्टोअर उघडलेले नाही</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ErrorGuideDialog</name>
    <message>
        <source>IRP error codes</source>
        <translation>IRP त्रुटी कोड</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>शोधा(&amp;F):</translation>
    </message>
    <message>
        <source>Code or words, e.g. 2189 or PIN</source>
        <translation>कोड किंवा शब्द, उदा. 2189 किंवा PIN</translation>
    </message>
    <message>
        <source>Find an error code</source>
        <translation>त्रुटी कोड शोधा</translation>
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
        <translation>%1 (आता वापरात नाही)</translation>
    </message>
    <message>
        <source>Error codes</source>
        <translation>त्रुटी कोड</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>स्पष्टीकरण</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>“%1” शी जुळणारा कोड नाही.</translation>
    </message>
    <message>
        <source>Try the number of the code only, or one word from the error message.</source>
        <translation>फक्त कोडचा क्रमांक किंवा त्रुटी संदेशातील एक शब्द वापरून पहा.</translation>
    </message>
    <message>
        <source>Pick a code to see what it means.</source>
        <translation>अर्थ पाहण्यासाठी कोड निवडा.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No longer used: the IRP still lists this code but no longer applies its rule.</source>
        <translation>आता वापरात नाही: IRP अजूनही हा कोड यादीत दाखवते, पण त्याचा नियम आता लागू करत नाही.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>याचा अर्थ</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>कसे दुरुस्त करावे</translation>
    </message>
    <message>
        <source>Does retrying help?</source>
        <translation>पुन्हा प्रयत्न केल्याने उपयोग होईल का?</translation>
    </message>
    <message>
        <source>Yes: sending the same request again, unchanged, can succeed.</source>
        <translation>होय: तीच विनंती न बदलता पुन्हा पाठवल्यास यशस्वी होऊ शकते.</translation>
    </message>
    <message>
        <source>No: the same request fails again until the cause is fixed.</source>
        <translation>नाही: कारण दुरुस्त होईपर्यंत तीच विनंती पुन्हा अयशस्वी होते.</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::FirstStartWizard</name>
    <message>
        <source>Welcome to IRN Desk</source>
        <translation>IRN Desk मध्ये आपले स्वागत आहे</translation>
    </message>
    <message>
        <source>IRN Desk checks your GST e-invoices as the IRP does, before you report them, and keeps them with their IRNs and QR codes.
This short setup asks for your GSTIN, your turnover band and, if you have it, your IRP access.</source>
        <translation>IRN Desk तुमचे GST ई-इन्व्हॉइस तुम्ही कळवण्यापूर्वी IRP प्रमाणेच तपासते, आणि ते त्यांच्या IRN व QR कोडसह जतन करून ठेवते.
या छोट्या सेटअपमध्ये तुमचा GSTIN, तुमची उलाढाल श्रेणी आणि, असल्यास, तुमचा IRP ॲक्सेस विचारला जातो.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>तुमचा व्यवसाय</translation>
    </message>
    <message>
        <source>The seller on your invoices. The GSTIN fills the state.</source>
        <translation>तुमच्या इन्व्हॉइसवरील विक्रेता. GSTIN वरून राज्य आपोआप भरले जाते.</translation>
    </message>
    <message>
        <source>&amp;GSTIN:</source>
        <translation>GSTIN(&amp;G):</translation>
    </message>
    <message>
        <source>GSTIN check</source>
        <translation>GSTIN तपासणी</translation>
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
        <translation>कायदेशीर नाव(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Trade name:</source>
        <translation>व्यापारी नाव(&amp;T):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>पत्ता(&amp;D):</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>ठिकाण(&amp;C):</translation>
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
        <translation>15 अक्षरे, तुमच्या नोंदणी प्रमाणपत्रावर असल्याप्रमाणे</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be in a GSTIN: only letters and digits</source>
        <translation>&apos;%1&apos; GSTIN मध्ये असू शकत नाही: फक्त अक्षरे आणि अंक</translation>
    </message>
    <message>
        <source>A GSTIN starts with the 2 digits of the state code</source>
        <translation>GSTIN राज्य कोडच्या 2 अंकांनी सुरू होतो</translation>
    </message>
    <message>
        <source>%1 is not a state code</source>
        <translation>%1 हा राज्य कोड नाही</translation>
    </message>
    <message>
        <source>%1 of 15 characters</source>
        <translation>15 पैकी %1 अक्षरे</translation>
    </message>
    <message>
        <source>Not a GSTIN: state code, PAN, entity number, Z and a check character</source>
        <translation>हा GSTIN नाही: त्यात राज्य कोड, PAN, संस्था क्रमांक, Z आणि तपासणी अक्षर असते</translation>
    </message>
    <message>
        <source>Wrong check character: the 15th should be %1, not %2 (a mistyped character?)</source>
        <translation>चुकीचे तपासणी अक्षर: 15 वे अक्षर %2 नव्हे, %1 असायला हवे (एखादे अक्षर चुकीचे टाइप झाले?)</translation>
    </message>
    <message>
        <source>Valid GSTIN</source>
        <translation>वैध GSTIN</translation>
    </message>
    <message>
        <source>%1 (allowed in sandbox mode)</source>
        <translation>%1 (सँडबॉक्स मोडमध्ये परवानगी)</translation>
    </message>
    <message>
        <source>the name of PAN %1, as registered</source>
        <translation>PAN %1 चे नोंदणीकृत नाव</translation>
    </message>
    <message>
        <source>PIN: 6 digits, not starting with 0</source>
        <translation>PIN: 6 अंक, 0 ने सुरू न होणारा</translation>
    </message>
    <message>
        <source>PIN %1 is not in %2</source>
        <translation>PIN %1 %2 मध्ये नाही</translation>
    </message>
    <message>
        <source>PIN %1 is in %2, not in %3</source>
        <translation>PIN %1 %3 मध्ये नाही, %2 मध्ये आहे</translation>
    </message>
    <message>
        <source>an individual</source>
        <translation>व्यक्ती</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>a Hindu undivided family</source>
        <translation>हिंदू अविभक्त कुटुंब</translation>
    </message>
    <message>
        <source>a firm or LLP</source>
        <translation>फर्म किंवा LLP</translation>
    </message>
    <message>
        <source>an association of persons</source>
        <translation>व्यक्तींची संघटना</translation>
    </message>
    <message>
        <source>a trust</source>
        <translation>ट्रस्ट</translation>
    </message>
    <message>
        <source>a government body or local authority</source>
        <translation>सरकारी संस्था किंवा स्थानिक प्राधिकरण</translation>
    </message>
    <message>
        <source>another kind of holder</source>
        <translation>इतर प्रकारचा धारक</translation>
    </message>
    <message>
        <source>E-invoicing is not mandatory for you. IRN Desk still helps you make valid invoice JSON, for your buyers or for the day it applies.</source>
        <translation>ई-इन्व्हॉइसिंग तुमच्यासाठी बंधनकारक नाही. तरीही IRN Desk तुम्हाला तुमच्या खरेदीदारांसाठी, किंवा ते लागू होईल त्या दिवसासाठी, वैध इन्व्हॉइस JSON तयार करण्यात मदत करते.</translation>
    </message>
    <message>
        <source>E-invoicing applies: report every B2B invoice, credit and debit note to an IRP. The 30-day reporting limit does not apply to you.</source>
        <translation>ई-इन्व्हॉइसिंग लागू आहे: प्रत्येक B2B इन्व्हॉइस, क्रेडिट नोट आणि डेबिट नोट IRP ला कळवा. 30 दिवसांची रिपोर्टिंग मर्यादा तुम्हाला लागू नाही.</translation>
    </message>
    <message>
        <source>E-invoicing applies, and the IRP refuses a document more than 30 days after its date. IRN Desk warns you from the 25th day.</source>
        <translation>ई-इन्व्हॉइसिंग लागू आहे, आणि दस्तऐवजाच्या दिनांकापासून 30 दिवसांनंतर IRP तो नाकारते. IRN Desk तुम्हाला 25 व्या दिवसापासून इशारा देते.</translation>
    </message>
    <message>
        <source>Choose the band of your aggregate turnover.</source>
        <translation>तुमच्या एकूण उलाढालीची श्रेणी निवडा.</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>उलाढाल</translation>
    </message>
    <message>
        <source>Aggregate annual turnover (AATO) of your PAN, in the highest financial year since 2017-18.</source>
        <translation>2017-18 पासूनच्या सर्वाधिक उलाढालीच्या आर्थिक वर्षातील तुमच्या PAN ची एकूण वार्षिक उलाढाल (AATO).</translation>
    </message>
    <message>
        <source>Up to ₹&amp;5 crore</source>
        <translation>₹5 कोटीपर्यंत(&amp;5)</translation>
    </message>
    <message>
        <source>Above ₹5 crore, below ₹&amp;10 crore</source>
        <translation>₹5 कोटीपेक्षा जास्त, ₹10 कोटीपेक्षा कमी(&amp;1)</translation>
    </message>
    <message>
        <source>₹10 crore or &amp;more</source>
        <translation>₹10 कोटी किंवा अधिक(&amp;M)</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>याचा अर्थ</translation>
    </message>
    <message>
        <source>IRP access (optional)</source>
        <translation>IRP ॲक्सेस (ऐच्छिक)</translation>
    </message>
    <message>
        <source>To report invoices from IRN Desk you need API access to an IRP (client id, secret, user and password). Without it you can still check invoices and export JSON for the portal.</source>
        <translation>IRN Desk मधून इन्व्हॉइस कळवण्यासाठी तुम्हाला IRP चा API ॲक्सेस (क्लायंट आयडी, सीक्रेट, वापरकर्ता आणि पासवर्ड) आवश्यक आहे. त्याशिवायही तुम्ही इन्व्हॉइस तपासू शकता आणि पोर्टलसाठी JSON एक्सपोर्ट करू शकता.</translation>
    </message>
    <message>
        <source>&amp;Add an IRP profile…</source>
        <translation>IRP प्रोफाइल जोडा(&amp;A)…</translation>
    </message>
    <message>
        <source>IRP profiles</source>
        <translation>IRP प्रोफाइल्स</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>जोडले: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तयार</translation>
    </message>
    <message>
        <source>Add a &amp;demo workspace with sample invoices</source>
        <translation>नमुना इन्व्हॉइससह डेमो वर्कस्पेस जोडा(&amp;D)</translation>
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
उलाढाल: %4
IRP प्रोफाइल: %5</translation>
    </message>
    <message>
        <source>later</source>
        <translation>नंतर</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>कोणतेही स्टोअर उघडलेले नाही.</translation>
    </message>
    <message>
        <source>The demo workspace could not be added: %1</source>
        <translation>डेमो वर्कस्पेस जोडता आले नाही: %1</translation>
    </message>
    <message>
        <source>IRN Desk — guided setup</source>
        <translation>IRN Desk — मार्गदर्शित सेटअप</translation>
    </message>
    <message>
        <source>Five short steps; you can change everything later.</source>
        <translation>पाच छोट्या पायऱ्या; सर्व काही नंतर बदलता येईल.</translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation>%1: आवश्यक</translation>
    </message>
    <message>
        <source>Optional: press Next to set it up later in Settings.</source>
        <translation>ऐच्छिक: नंतर सेटिंग्जमध्ये सेट करण्यासाठी &quot;पुढे&quot; दाबा.</translation>
    </message>
    <message>
        <source>Check what you entered, then press Finish.</source>
        <translation>तुम्ही भरलेली माहिती तपासा, नंतर &quot;पूर्ण करा&quot; दाबा.</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ImportReportDialog</name>
    <message>
        <source>Imported</source>
        <translation>इम्पोर्ट केले</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अद्ययावत केले</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>डुप्लिकेट</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>संघर्ष</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>नाकारले</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>इम्पोर्ट अहवाल</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ओळ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तऐवज</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>निकाल</translation>
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
        <translation>CSV म्हणून जतन करा(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>अहवाल CSV म्हणून जतन करा</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिहिता येत नाही: %2</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>इम्पोर्ट अहवाल जतन करा</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फाइल्स (*.csv)</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoiceEditor</name>
    <message>
        <source>Edit</source>
        <translation>संपादन</translation>
    </message>
    <message>
        <source>The invoice could not be opened: %1</source>
        <translation>इन्व्हॉइस उघडता आले नाही: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>जतन करा</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>वैधता तपासा</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>नवीन ओळ</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>ओळ हटवा</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पूर्ववत करा</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>पुन्हा करा</translation>
    </message>
    <message>
        <source>Unsaved changes of %1 from %2 were kept when the program stopped.</source>
        <translation>प्रोग्राम थांबला तेव्हा %1 चे जतन न केलेले बदल (%2) राखून ठेवले होते.</translation>
    </message>
    <message>
        <source>a new invoice</source>
        <translation>नवीन इन्व्हॉइस</translation>
    </message>
    <message>
        <source>free</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <source>this invoice</source>
        <translation>हेच इन्व्हॉइस</translation>
    </message>
    <message>
        <source>already used</source>
        <translation>आधीच वापरलेला</translation>
    </message>
    <message>
        <source>already sent</source>
        <translation>आधीच पाठवलेला</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>आधीच नोंदणीकृत</translation>
    </message>
    <message>
        <source>cancelled: never again</source>
        <translation>रद्द: पुन्हा वापरता येणार नाही</translation>
    </message>
    <message>
        <source>registered elsewhere</source>
        <translation>इतरत्र नोंदणीकृत</translation>
    </message>
    <message>
        <source>new</source>
        <translation>नवीन</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is not edited here</source>
        <translation>%1 येथे संपादित करता येत नाही</translation>
    </message>
    <message numerus="yes">
        <source>%n fixes applied</source>
        <translation>
            <numerusform>%n दुरुस्त्या लागू केल्या</numerusform>
            <numerusform>%n दुरुस्त्या लागू केल्या</numerusform>
        </translation>
    </message>
    <message>
        <source>Buyer filled from the parties</source>
        <translation>पक्षकारांमधून खरेदीदार भरला</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s GSTIN first</source>
        <translation>आधी खरेदीदाराचा GSTIN टाइप करा</translation>
    </message>
    <message>
        <source>Asking the IRP about %1…</source>
        <translation>IRP कडे %1 बद्दल विचारत आहे…</translation>
    </message>
    <message>
        <source>The IRP gave no details for %1: %2</source>
        <translation>IRP ने %1 चे तपशील दिले नाहीत: %2</translation>
    </message>
    <message>
        <source>Buyer filled from the IRP&apos;s details of %1</source>
        <translation>IRP कडील %1 च्या तपशिलांवरून खरेदीदार भरला</translation>
    </message>
    <message>
        <source>Buyer filled from the IRP; its GSTIN %1 has status %2, not active</source>
        <translation>IRP कडून खरेदीदार भरला; त्याच्या GSTIN %1 ची स्थिती %2 आहे, सक्रिय नाही</translation>
    </message>
    <message>
        <source>A party needs at least a legal name</source>
        <translation>पक्षकारासाठी किमान कायदेशीर नाव आवश्यक आहे</translation>
    </message>
    <message>
        <source>Save to parties</source>
        <translation>पक्षकारांमध्ये जतन करा</translation>
    </message>
    <message>
        <source>%1 saved to the parties</source>
        <translation>%1 पक्षकारांमध्ये जतन केला</translation>
    </message>
    <message>
        <source>Choose a registered invoice…</source>
        <translation>नोंदणीकृत इन्व्हॉइस निवडा…</translation>
    </message>
    <message>
        <source>No store or workspace is open</source>
        <translation>कोणतेही स्टोअर किंवा वर्कस्पेस उघडलेले नाही</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>जतन केले नाही: %1</translation>
    </message>
    <message>
        <source>The invoice was not saved: %1</source>
        <translation>इन्व्हॉइस जतन झाले नाही: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved as a draft: %n errors</source>
        <translation>
            <numerusform>मसुदा म्हणून जतन केले: %n त्रुटी</numerusform>
            <numerusform>मसुदा म्हणून जतन केले: %n त्रुटी</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: ready</source>
        <translation>जतन केले: तयार</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>जतन न केलेले बदल</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 मध्ये जतन न केलेले बदल आहेत.</translation>
    </message>
    <message>
        <source>The invoice</source>
        <translation>हे इन्व्हॉइस</translation>
    </message>
    <message>
        <source>Save them? A draft with errors can be saved too.</source>
        <translation>ते जतन करायचे? त्रुटी असलेला मसुदाही जतन करता येतो.</translation>
    </message>
    <message>
        <source>Invoice form</source>
        <translation>इन्व्हॉइस फॉर्म</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>वैधता तपासा(&amp;V)</translation>
    </message>
    <message>
        <source>Validate now (Ctrl+Enter, F5)</source>
        <translation>आता वैधता तपासा (Ctrl+Enter, F5)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>जतन करा(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>जतन करा (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करा</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>पुनर्प्राप्त करा</translation>
    </message>
    <message>
        <source>Recover the unsaved changes</source>
        <translation>जतन न केलेले बदल पुनर्प्राप्त करा</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>टाकून द्या</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>जतन न केलेले बदल टाकून द्या</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तऐवज</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>प्रकार(&amp;T)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <source>Number status</source>
        <translation>क्रमांकाची स्थिती</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>क्रमांक(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>दिनांक(&amp;D)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Su&amp;pply type</source>
        <translation>पुरवठा प्रकार(&amp;P)</translation>
    </message>
    <message>
        <source>Business to business</source>
        <translation>व्यवसाय ते व्यवसाय</translation>
    </message>
    <message>
        <source>SEZ with payment of tax</source>
        <translation>SEZ, कर भरून</translation>
    </message>
    <message>
        <source>SEZ without payment of tax</source>
        <translation>SEZ, कर न भरता</translation>
    </message>
    <message>
        <source>Export with payment of tax</source>
        <translation>निर्यात, कर भरून</translation>
    </message>
    <message>
        <source>Export without payment of tax</source>
        <translation>निर्यात, कर न भरता</translation>
    </message>
    <message>
        <source>Deemed export</source>
        <translation>मानीव निर्यात</translation>
    </message>
    <message>
        <source>&amp;Reverse charge</source>
        <translation>रिव्हर्स चार्ज(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;IGST on intra-state supply</source>
        <translation>राज्यांतर्गत पुरवठ्यावर IGST(&amp;I)</translation>
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
        <translation>विक्रेत्याचे तपशील वर्कस्पेसच्या प्रोफाइलमधून येतात</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>खरेदीदार</translation>
    </message>
    <message>
        <source>&amp;GSTIN</source>
        <translation>GSTIN(&amp;G)</translation>
    </message>
    <message>
        <source>15 characters, or URP</source>
        <translation>15 अक्षरे, किंवा URP</translation>
    </message>
    <message>
        <source>Legal na&amp;me</source>
        <translation>कायदेशीर नाव(&amp;M)</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>व्यापारी नाव</translation>
    </message>
    <message>
        <source>Address &amp;1</source>
        <translation>पत्ता 1(&amp;1)</translation>
    </message>
    <message>
        <source>Address &amp;2</source>
        <translation>पत्ता 2(&amp;2)</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>ठिकाण(&amp;O)</translation>
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
        <translation>पुरवठ्याचे ठिकाण(&amp;Y)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फोन</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Save &amp;buyer to parties</source>
        <translation>खरेदीदार पक्षकारांमध्ये जतन करा(&amp;B)</translation>
    </message>
    <message>
        <source>Fetch details from the IRP</source>
        <translation>IRP कडून तपशील आणा</translation>
    </message>
    <message>
        <source>Fetch the buyer&apos;s details from the IRP by GSTIN</source>
        <translation>GSTIN वरून खरेदीदाराचे तपशील IRP कडून आणा</translation>
    </message>
    <message>
        <source>Dispatch from</source>
        <translation>पाठवण्याचे ठिकाण</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>पत्ता 1</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>पत्ता 2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ठिकाण</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>राज्य कोड</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>पोहोचवण्याचा पत्ता</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>कायदेशीर नाव</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>पेमेंट</translation>
    </message>
    <message>
        <source>Payee name</source>
        <translation>पेमेंट घेणाऱ्याचे नाव</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाते</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>पद्धत</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>अटी</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <source>Credit transfer</source>
        <translation>क्रेडिट ट्रान्सफर</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>डायरेक्ट डेबिट</translation>
    </message>
    <message>
        <source>Credit days</source>
        <translation>क्रेडिट दिवस</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>दिलेली रक्कम</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>देय रक्कम</translation>
    </message>
    <message>
        <source>References</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>शेरा</translation>
    </message>
    <message>
        <source>Registered invoice</source>
        <translation>नोंदणीकृत इन्व्हॉइस</translation>
    </message>
    <message>
        <source>Pic&amp;k registered invoice</source>
        <translation>नोंदणीकृत इन्व्हॉइस निवडा(&amp;K)</translation>
    </message>
    <message>
        <source>Preceding number</source>
        <translation>मूळ दस्तऐवज क्रमांक</translation>
    </message>
    <message>
        <source>Preceding date</source>
        <translation>मूळ दस्तऐवज दिनांक</translation>
    </message>
    <message>
        <source>Other reference</source>
        <translation>इतर संदर्भ</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>कालावधी पासून</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>कालावधी पर्यंत</translation>
    </message>
    <message>
        <source>Receipt advice</source>
        <translation>पावती सूचना</translation>
    </message>
    <message>
        <source>Receipt advice date</source>
        <translation>पावती सूचना दिनांक</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>निविदा</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>करार</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>बाह्य संदर्भ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>प्रकल्प</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>खरेदी ऑर्डर</translation>
    </message>
    <message>
        <source>Purchase order date</source>
        <translation>खरेदी ऑर्डर दिनांक</translation>
    </message>
    <message>
        <source>Document URL</source>
        <translation>दस्तऐवज URL</translation>
    </message>
    <message>
        <source>Document note</source>
        <translation>दस्तऐवज टीप</translation>
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
        <translation>शिपिंग बिल दिनांक</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>बंदर</translation>
    </message>
    <message>
        <source>Refund claim (Y/N)</source>
        <translation>परतावा दावा (Y/N)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>चलन</translation>
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
        <translation>परकीय चलनात एकूण</translation>
    </message>
    <message>
        <source>E-way bill</source>
        <translation>ई-वे बिल</translation>
    </message>
    <message>
        <source>Transporter GSTIN</source>
        <translation>वाहतूकदार GSTIN</translation>
    </message>
    <message>
        <source>Transporter</source>
        <translation>वाहतूकदार</translation>
    </message>
    <message>
        <source>Mode (1-4)</source>
        <translation>वाहतूक पद्धत (1-4)</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>अंतर (किमी)</translation>
    </message>
    <message>
        <source>Transport document</source>
        <translation>वाहतूक दस्तऐवज</translation>
    </message>
    <message>
        <source>Transport date</source>
        <translation>वाहतूक दिनांक</translation>
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
        <translation>ओळी</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>ओळी(&amp;L)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>ओळ जोडा</translation>
    </message>
    <message>
        <source>Add a line (Ctrl+L)</source>
        <translation>ओळ जोडा (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete the current line (Ctrl+Delete)</source>
        <translation>सध्याची ओळ हटवा (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Line details</source>
        <translation>ओळ तपशील</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>बारकोड</translation>
    </message>
    <message>
        <source>Free quantity</source>
        <translation>मोफत प्रमाण</translation>
    </message>
    <message>
        <source>Pre-tax value</source>
        <translation>करपूर्व मूल्य</translation>
    </message>
    <message>
        <source>Cess (non ad valorem)</source>
        <translation>उपकर (मूल्याधारित नसलेला)</translation>
    </message>
    <message>
        <source>State cess %</source>
        <translation>राज्य उपकर %</translation>
    </message>
    <message>
        <source>State cess (non ad valorem)</source>
        <translation>राज्य उपकर (मूल्याधारित नसलेला)</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>इतर शुल्क</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>ऑर्डर ओळ</translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation>मूळ देश</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>अनुक्रमांक</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>बॅच</translation>
    </message>
    <message>
        <source>Batch expiry</source>
        <translation>बॅच कालबाह्यता दिनांक</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>वॉरंटी</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoiceIdLoader</name>
    <message>
        <source>cannot read the list of invoices</source>
        <translation>इन्व्हॉइसची यादी वाचता येत नाही</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoiceListModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(हटवलेले)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 त्रुटी, %2 इशारे</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>Buyer GSTIN</source>
        <translation>खरेदीदार GSTIN</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>खरेदीदार</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>एकूण</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>वस्तू</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Errors/Warnings</source>
        <translation>त्रुटी/इशारे</translation>
    </message>
    <message>
        <source>IRN</source>
        <translation>IRN</translation>
    </message>
    <message>
        <source>Ack date</source>
        <translation>Ack दिनांक</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoiceView</name>
    <message>
        <source>Registration</source>
        <translation>नोंदणी</translation>
    </message>
    <message>
        <source>IRN</source>
        <translation>IRN</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>पोचपावती</translation>
    </message>
    <message>
        <source>Cancel window</source>
        <translation>रद्द करण्याची मुदत</translation>
    </message>
    <message>
        <source>IRN:</source>
        <translation>IRN:</translation>
    </message>
    <message>
        <source>Ack No and date:</source>
        <translation>Ack No आणि दिनांक:</translation>
    </message>
    <message>
        <source>Cancel I&amp;RN…</source>
        <translation>IRN रद्द करा(&amp;R)…</translation>
    </message>
    <message>
        <source>Cancel this e-invoice at the IRP (only within 24 hours of its acknowledgement)</source>
        <translation>हे ई-इन्व्हॉइस IRP वर रद्द करा (फक्त पोचपावतीपासून 24 तासांच्या आत)</translation>
    </message>
    <message>
        <source>Cancel:</source>
        <translation>रद्दीकरण:</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>स्वाक्षरी तपासणी</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>स्वाक्षऱ्या:</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>सँडबॉक्स इशारा</translation>
    </message>
    <message>
        <source>QR claims that differ from the invoice</source>
        <translation>QR मधील इन्व्हॉइसपेक्षा वेगळे तपशील</translation>
    </message>
    <message>
        <source>&amp;Trust a key…</source>
        <translation>की वर विश्वास ठेवा(&amp;T)…</translation>
    </message>
    <message>
        <source>Add a public key or certificate of an IRP (PEM) to the keys signatures are checked against</source>
        <translation>स्वाक्षऱ्या पडताळण्यासाठीच्या कीमध्ये IRP ची सार्वजनिक की किंवा प्रमाणपत्र (PEM) जोडा</translation>
    </message>
    <message>
        <source>Signed QR code</source>
        <translation>स्वाक्षरीत QR कोड</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>ओळी</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>वर्णन</translation>
    </message>
    <message>
        <source>HSN</source>
        <translation>HSN</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>प्रमाण</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>एकक</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>किंमत</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>करपात्र</translation>
    </message>
    <message>
        <source>GST %</source>
        <translation>GST %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>एकूण</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>प्रिंट पूर्वावलोकन(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF म्हणून जतन करा(&amp;D)…</translation>
    </message>
    <message>
        <source>The invoice could not be read: %1</source>
        <translation>इन्व्हॉइस वाचता आले नाही: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%2 पैकी %1 — %3</translation>
    </message>
    <message>
        <source>Seller: %1 %2
Buyer: %3 %4
Total: %5 (%6 lines)</source>
        <translation>विक्रेता: %1 %2
खरेदीदार: %3 %4
एकूण: %5 (%6 ओळी)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>अजून नाही</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 पैकी %1</translation>
    </message>
    <message>
        <source>No signed QR code stored</source>
        <translation>स्वाक्षरीत QR कोड जतन केलेला नाही</translation>
    </message>
    <message>
        <source>The QR code is too long to draw</source>
        <translation>QR कोड काढण्यासाठी खूप लांब आहे</translation>
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
        <translation>स्वाक्षरीत इन्व्हॉइस</translation>
    </message>
    <message>
        <source>Nothing signed is stored for this invoice.</source>
        <translation>या इन्व्हॉइससाठी स्वाक्षरीत काहीही जतन केलेले नाही.</translation>
    </message>
    <message>
        <source>Signed by NIC&apos;s sandbox: a test document (sandbox mode is on).</source>
        <translation>NIC च्या सँडबॉक्सने स्वाक्षरी केली: चाचणी दस्तऐवज (सँडबॉक्स मोड चालू आहे).</translation>
    </message>
    <message>
        <source>Warning: signed by NIC&apos;s sandbox, not by the IRP. This is not a valid e-invoice.</source>
        <translation>इशारा: IRP ने नव्हे, तर NIC च्या सँडबॉक्सने स्वाक्षरी केली आहे. हे वैध ई-इन्व्हॉइस नाही.</translation>
    </message>
    <message>
        <source>Signed by a sandbox IRP (%1): a test document (sandbox mode is on).</source>
        <translation>सँडबॉक्स IRP (%1) ने स्वाक्षरी केली: चाचणी दस्तऐवज (सँडबॉक्स मोड चालू आहे).</translation>
    </message>
    <message>
        <source>Warning: signed by a sandbox IRP (%1), not by the IRP. This is not a valid e-invoice.</source>
        <translation>इशारा: IRP ने नव्हे, तर सँडबॉक्स IRP (%1) ने स्वाक्षरी केली आहे. हे वैध ई-इन्व्हॉइस नाही.</translation>
    </message>
    <message>
        <source>%1 differs: QR code &apos;%2&apos;, invoice &apos;%3&apos;</source>
        <translation>%1 वेगळे आहे: QR कोड &apos;%2&apos;, इन्व्हॉइस &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Cancelled on %1</source>
        <translation>%1 रोजी रद्द केले</translation>
    </message>
    <message>
        <source>Not registered (%1)</source>
        <translation>नोंदणीकृत नाही (%1)</translation>
    </message>
    <message>
        <source>Unknown: the acknowledgement date cannot be read</source>
        <translation>अज्ञात: पोचपावती दिनांक वाचता येत नाही</translation>
    </message>
    <message>
        <source>The 24-hour window closed on %1 IST: only a credit note can undo it now</source>
        <translation>24 तासांची मुदत %1 IST ला संपली: आता फक्त क्रेडिट नोटनेच ते उलटवता येईल</translation>
    </message>
    <message>
        <source>Can be cancelled until %1 IST (%2 h %3 min left)</source>
        <translation>%1 IST पर्यंत रद्द करता येईल (%2 तास %3 मिनिटे शिल्लक)</translation>
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
        <translation>ई-इन्व्हॉइस PDF म्हणून जतन करा</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइल्स (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF म्हणून जतन करा</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 रद्द करा</translation>
    </message>
    <message>
        <source>1 — Duplicate</source>
        <translation>1 — डुप्लिकेट</translation>
    </message>
    <message>
        <source>2 — Data entry mistake</source>
        <translation>2 — डेटा एंट्रीतील चूक</translation>
    </message>
    <message>
        <source>3 — Order cancelled</source>
        <translation>3 — ऑर्डर रद्द झाली</translation>
    </message>
    <message>
        <source>4 — Other</source>
        <translation>4 — इतर</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण(&amp;R):</translation>
    </message>
    <message>
        <source>Re&amp;mark:</source>
        <translation>शेरा(&amp;M):</translation>
    </message>
    <message>
        <source>Cancel the IRN</source>
        <translation>IRN रद्द करा</translation>
    </message>
    <message>
        <source>Cancel IRN</source>
        <translation>IRN रद्द करा</translation>
    </message>
    <message>
        <source>Say why in the remark (1 to 100 characters).</source>
        <translation>कारण शेऱ्यात लिहा (1 ते 100 अक्षरे).</translation>
    </message>
    <message>
        <source>Cancelling at the IRP…</source>
        <translation>IRP वर रद्द करत आहे…</translation>
    </message>
    <message>
        <source>Trust a public key or certificate</source>
        <translation>सार्वजनिक की किंवा प्रमाणपत्रावर विश्वास ठेवा</translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>की आणि प्रमाणपत्रे (*.pem *.crt *.cer *.der);;सर्व फाइल्स (*)</translation>
    </message>
    <message>
        <source>Trust a key</source>
        <translation>की वर विश्वास ठेवा</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation>इन्व्हॉइस</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>नवीन इन्व्हॉइस</translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation>नवीन इन्व्हॉइस(&amp;N)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इन्व्हॉइस</translation>
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
        <translation>वैधता तपासा(&amp;V)</translation>
    </message>
    <message>
        <source>Validate the selected invoices, or all shown</source>
        <translation>निवडलेल्या इन्व्हॉइसची, किंवा दाखवलेल्या सर्वांची वैधता तपासा</translation>
    </message>
    <message>
        <source>&amp;Export bulk JSON…</source>
        <translation>बल्क JSON एक्सपोर्ट करा(&amp;E)…</translation>
    </message>
    <message>
        <source>Export bulk JSON</source>
        <translation>बल्क JSON एक्सपोर्ट करा</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>फाइल्स इम्पोर्ट करा(&amp;I)…</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>फाइल्स इम्पोर्ट करा</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>सबमिट करा(&amp;U)…</translation>
    </message>
    <message>
        <source>Submit the selected invoices to the IRP, or all ready ones</source>
        <translation>निवडलेले इन्व्हॉइस, किंवा सर्व तयार इन्व्हॉइस IRP कडे सबमिट करा</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>हटवा(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected invoices</source>
        <translation>निवडलेले इन्व्हॉइस हटवा</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>शोधत आहे…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>स्थिती फिल्टर</translation>
    </message>
    <message>
        <source>&amp;Status: all</source>
        <translation>स्थिती: सर्व(&amp;S)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>पासून दिनांक</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>पर्यंत दिनांक</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>पासून(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>पर्यंत(&amp;T):</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>दस्तऐवज प्रकार</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>सर्व प्रकार</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>क्रेडिट नोट्स</translation>
    </message>
    <message>
        <source>Debit notes</source>
        <translation>डेबिट नोट्स</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>प्रकार(&amp;Y):</translation>
    </message>
    <message>
        <source>Buyer GSTIN or name</source>
        <translation>खरेदीदार GSTIN किंवा नाव</translation>
    </message>
    <message>
        <source>GSTIN or name</source>
        <translation>GSTIN किंवा नाव</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>खरेदीदार(&amp;B):</translation>
    </message>
    <message>
        <source>Search number, buyer or IRN</source>
        <translation>क्रमांक, खरेदीदार किंवा IRN शोधा</translation>
    </message>
    <message>
        <source>Number, buyer, GSTIN or IRN</source>
        <translation>क्रमांक, खरेदीदार, GSTIN किंवा IRN</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>शोधा(&amp;R):</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as dd/mm/yyyy.</source>
        <translation>%1: “%2” हा दिनांक नाही; तो dd/mm/yyyy असा लिहा.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>पासून</translation>
    </message>
    <message>
        <source>To</source>
        <translation>पर्यंत</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Status: %n chosen</source>
        <translation>
            <numerusform>स्थिती: %n निवडल्या(&amp;S)</numerusform>
            <numerusform>स्थिती: %n निवडल्या(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation>1 इन्व्हॉइस</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>%1 इन्व्हॉइस</translation>
    </message>
    <message>
        <source>, %1 selected</source>
        <translation>, %1 निवडलेले</translation>
    </message>
    <message>
        <source>Validate invoices</source>
        <translation>इन्व्हॉइसची वैधता तपासा</translation>
    </message>
    <message>
        <source>%1 of %2 invoices checked: %3 ready, %4 with errors (drafts).</source>
        <translation>%2 पैकी %1 इन्व्हॉइस तपासले: %3 तयार, %4 मध्ये त्रुटी (मसुदे).</translation>
    </message>
    <message>
        <source>%1 left as they are (exported, sent or registered).</source>
        <translation>%1 जसे होते तसे ठेवले (एक्सपोर्ट केलेले, पाठवलेले किंवा नोंदणीकृत).</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 वाचता आले नाहीत.</translation>
    </message>
    <message>
        <source>Cancelled: the rest was not checked.</source>
        <translation>थांबवले: उरलेले तपासले नाहीत.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>फोल्डर</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ब्राउझ करा(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>फोल्डर निवडा</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>येथे एक्सपोर्ट करा</translation>
    </message>
    <message>
        <source>Largest file, in bytes</source>
        <translation>सर्वात मोठी फाइल, बाइट्समध्ये</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> बाइट्स</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected invoices (those ready to upload).</source>
        <translation>
            <numerusform>निवडलेले %n इन्व्हॉइस (अपलोडसाठी तयार असलेले).</numerusform>
            <numerusform>निवडलेले %n इन्व्हॉइस (अपलोडसाठी तयार असलेले).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every invoice shown that is ready to upload.</source>
        <translation>दाखवलेले, अपलोडसाठी तयार असलेले प्रत्येक इन्व्हॉइस.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>फोल्डर(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>सर्वात मोठी फाइल(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>एक्सपोर्ट करा(&amp;E)</translation>
    </message>
    <message>
        <source>Folder: “%1” does not exist.</source>
        <translation>फोल्डर: “%1” अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>No invoice is shown: nothing to export.</source>
        <translation>एकही इन्व्हॉइस दाखवलेले नाही: एक्सपोर्ट करण्यासारखे काही नाही.</translation>
    </message>
    <message>
        <source>%1 invoices written to %2 files in %3.</source>
        <translation>%1 इन्व्हॉइस %3 मध्ये %2 फाइल्समध्ये लिहिले.</translation>
    </message>
    <message>
        <source>%1 left out, for example:</source>
        <translation>%1 वगळले, उदाहरणार्थ:</translation>
    </message>
    <message>
        <source>Cancelled: the files written so far are complete.</source>
        <translation>थांबवले: आतापर्यंत लिहिलेल्या फाइल्स पूर्ण आहेत.</translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation>इन्व्हॉइस इम्पोर्ट करा</translation>
    </message>
    <message>
        <source>Invoices (*.json *.csv *.xlsx);;All files (*)</source>
        <translation>इन्व्हॉइस (*.json *.csv *.xlsx);;सर्व फाइल्स (*)</translation>
    </message>
    <message>
        <source>What was imported before stays, whole invoices only.</source>
        <translation>आधी इम्पोर्ट झालेले पूर्ण इन्व्हॉइस तसेच राहतात.</translation>
    </message>
    <message>
        <source>%1 imported (%2 ready, %3 drafts), %4 updated, %5 duplicates, %6 conflicts, %7 refused.</source>
        <translation>%1 इम्पोर्ट केले (%2 तयार, %3 मसुदे), %4 अद्ययावत, %5 डुप्लिकेट, %6 संघर्ष, %7 नाकारले.</translation>
    </message>
    <message>
        <source>%1 imported without findings are not listed.</source>
        <translation>निष्कर्षांशिवाय इम्पोर्ट झालेले %1 यादीत दाखवलेले नाहीत.</translation>
    </message>
    <message>
        <source>%1 more are not listed.</source>
        <translation>आणखी %1 यादीत दाखवलेले नाहीत.</translation>
    </message>
    <message>
        <source>Cancelled: what was imported stays, whole invoices only.</source>
        <translation>थांबवले: इम्पोर्ट झालेले पूर्ण इन्व्हॉइस तसेच राहतात.</translation>
    </message>
    <message>
        <source>Delete invoices</source>
        <translation>इन्व्हॉइस हटवा</translation>
    </message>
    <message>
        <source>Delete the selected invoice?</source>
        <translation>निवडलेले इन्व्हॉइस हटवायचे?</translation>
    </message>
    <message>
        <source>Delete the %1 selected invoices?</source>
        <translation>निवडलेले %1 इन्व्हॉइस हटवायचे?</translation>
    </message>
    <message>
        <source>Only invoices never sent to the IRP are deleted; the others stay.</source>
        <translation>फक्त IRP कडे कधीही न पाठवलेले इन्व्हॉइस हटवले जातात; इतर तसेच राहतात.</translation>
    </message>
    <message>
        <source>%1 deleted; %2 kept (sent to the IRP, or gone).</source>
        <translation>%1 हटवले; %2 ठेवले (IRP कडे पाठवलेले, किंवा आधीच नसलेले).</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::LocalSandbox</name>
    <message>
        <source>the local sandbox published no key: %1</source>
        <translation>स्थानिक सँडबॉक्सने कोणतीही की प्रकाशित केली नाही: %1</translation>
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
        <translation>नेव्हिगेशन</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>इन्व्हॉइस</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>पक्षकार</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>उत्पादने</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>अहवाल</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्ज</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>स्टोअर उघडा(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent &amp;stores</source>
        <translation>अलीकडील स्टोअर(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import invoices…</source>
        <translation>इन्व्हॉइस इम्पोर्ट करा(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;recent</source>
        <translation>अलीकडील फाइल्स इम्पोर्ट करा(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहेर पडा(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>वर्कस्पेस(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation>नवीन इन्व्हॉइस(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Submit to the IRP…</source>
        <translation>IRP वर सबमिट करा(&amp;S)…</translation>
    </message>
    <message>
        <source>New &amp;workspace…</source>
        <translation>नवीन वर्कस्पेस(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Seller profile…</source>
        <translation>विक्रेता प्रोफाइल(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मदत(&amp;H)</translation>
    </message>
    <message>
        <source>IRP &amp;error codes…</source>
        <translation>IRP त्रुटी कोड(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;About IRN Desk</source>
        <translation>IRN Desk विषयी(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (सापडत नाही)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>यादी साफ करा(&amp;C)</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>स्टोअर उघडा</translation>
    </message>
    <message>
        <source>IRN Desk stores (*.sqlite);;All files (*)</source>
        <translation>IRN Desk स्टोअर (*.sqlite);;सर्व फाइल्स (*)</translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation>%1 सापडत नाही.</translation>
    </message>
    <message>
        <source>The store was not opened: %1</source>
        <translation>स्टोअर उघडले नाही: %1</translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation>इन्व्हॉइस इम्पोर्ट करा</translation>
    </message>
    <message>
        <source>Not imported: %1. Only JSON, CSV and XLSX files can be imported.</source>
        <translation>इम्पोर्ट केले नाही: %1. फक्त JSON, CSV आणि XLSX फाइल्स इम्पोर्ट करता येतात.</translation>
    </message>
    <message>
        <source>IRN Desk %1</source>
        <translation>IRN Desk %1</translation>
    </message>
    <message>
        <source>Prepares GST e-invoices (INV-01), checks them offline against the rules of the Invoice Registration Portal and writes bulk JSON files that the portal accepts.</source>
        <translation>GST ई-इन्व्हॉइस (INV-01) तयार करते, इन्व्हॉइस नोंदणी पोर्टलच्या (IRP) नियमांनुसार ते ऑफलाइन तपासते आणि पोर्टल स्वीकारते अशा बल्क JSON फाइल्स तयार करते.</translation>
    </message>
    <message>
        <source>About IRN Desk</source>
        <translation>IRN Desk विषयी</translation>
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
        <translation>स्टोअर: %1</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>कोणतेही स्टोअर उघडलेले नाही</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>No invoices</source>
        <translation>इन्व्हॉइस नाहीत</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इन्व्हॉइस</translation>
    </message>
    <message>
        <source>The invoice could not be opened: %1</source>
        <translation>इन्व्हॉइस उघडता आले नाही: %1</translation>
    </message>
    <message>
        <source>Add a &amp;demo workspace</source>
        <translation>डेमो वर्कस्पेस जोडा(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Guided setup…</source>
        <translation>मार्गदर्शित सेटअप(&amp;G)…</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>डेमो वर्कस्पेस</translation>
    </message>
    <message>
        <source>The demo workspace could not be added: %1</source>
        <translation>डेमो वर्कस्पेस जोडता आले नाही: %1</translation>
    </message>
    <message>
        <source>Workspace %1: %2 sample invoices, %3 of them with mistakes to fix</source>
        <translation>वर्कस्पेस %1: %2 नमुना इन्व्हॉइस, त्यांपैकी %3 मध्ये दुरुस्त करायच्या चुका आहेत</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::MasterDialog</name>
    <message>
        <source>Party</source>
        <translation>पक्षकार</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पादन</translation>
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
        <translation>होय</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नाही</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>शोधा(&amp;S):</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>शोधा</translation>
    </message>
    <message>
        <source>Name or GSTIN</source>
        <translation>नाव किंवा GSTIN</translation>
    </message>
    <message>
        <source>Description or HSN</source>
        <translation>वर्णन किंवा HSN</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>जोडा(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करा(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटवा(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import from CSV/XLSX…</source>
        <translation>CSV/XLSX मधून इम्पोर्ट करा(&amp;I)…</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>पक्षकार</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>उत्पादने</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>इम्पोर्टची प्रगती</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>थांबवा</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>इम्पोर्ट थांबवा</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>इम्पोर्ट अहवाल</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>कोणतेही वर्कस्पेस उघडलेले नाही.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटवा</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 हटवायचे?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>इम्पोर्ट</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>स्प्रेडशीट (*.csv *.xlsx);;सर्व फाइल्स (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 वाचत आहे…</translation>
    </message>
    <message>
        <source>Rows read: %L1…</source>
        <translation>वाचलेल्या ओळी: %L1…</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>%1 मधून काहीही इम्पोर्ट झाले नाही: %2</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>इम्पोर्ट थांबवले; काहीही जोडले नाही.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 left out.</source>
        <translation>%1: %2 जोडले, %3 वगळले.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>ओळ %1: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ProfileDialog</name>
    <message>
        <source>Browse…</source>
        <translation>ब्राउझ करा…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 साठी ब्राउझ करा</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM फाइल्स (*.pem *.crt *.cer);;सर्व फाइल्स (*)</translation>
    </message>
    <message>
        <source>IRP profile %1</source>
        <translation>IRP प्रोफाइल %1</translation>
    </message>
    <message>
        <source>New IRP profile</source>
        <translation>नवीन IRP प्रोफाइल</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>प्रोफाइलचे नाव</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>बेस URL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>क्लायंट आयडी</translation>
    </message>
    <message>
        <source>API user name</source>
        <translation>API वापरकर्ता नाव</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>The IRP&apos;s public key file</source>
        <translation>IRP ची सार्वजनिक की फाइल</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA प्रमाणपत्र फाइल</translation>
    </message>
    <message>
        <source>only for a private endpoint</source>
        <translation>फक्त खाजगी एंडपॉइंटसाठी</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाव(&amp;N):</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>बेस URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>क्लायंट आयडी(&amp;C):</translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation>API वापरकर्ता(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;GSTIN:</source>
        <translation>GSTIN(&amp;G):</translation>
    </message>
    <message>
        <source>IRP public &amp;key (PEM):</source>
        <translation>IRP सार्वजनिक की (PEM)(&amp;K):</translation>
    </message>
    <message>
        <source>The IRP&apos;s public key</source>
        <translation>IRP ची सार्वजनिक की</translation>
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
        <translation>गोपनीय मूल्ये सिस्टम कीचेनमध्ये ठेवा(&amp;K)</translation>
    </message>
    <message>
        <source>Read the secrets from &amp;environment variables</source>
        <translation>गोपनीय मूल्ये एन्व्हायर्नमेंट व्हेरिएबल्समधून वाचा(&amp;E)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>क्लायंट सीक्रेट</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Variable of the client secret</source>
        <translation>क्लायंट सीक्रेटचा व्हेरिएबल</translation>
    </message>
    <message>
        <source>Variable of the password</source>
        <translation>पासवर्डचा व्हेरिएबल</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>क्लायंट सीक्रेट(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>Client secret &amp;variable:</source>
        <translation>क्लायंट सीक्रेट व्हेरिएबल(&amp;V):</translation>
    </message>
    <message>
        <source>Pass&amp;word variable:</source>
        <translation>पासवर्ड व्हेरिएबल(&amp;W):</translation>
    </message>
    <message>
        <source>unchanged (choose a file to replace it)</source>
        <translation>अपरिवर्तित (बदलण्यासाठी फाइल निवडा)</translation>
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
        <translation>IRP ची सार्वजनिक की फाइल (PEM) निवडा.</translation>
    </message>
    <message>
        <source>%1 Choose environment variables instead.</source>
        <translation>%1 त्याऐवजी एन्व्हायर्नमेंट व्हेरिएबल्स निवडा.</translation>
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
        <translation>ज्या IRP वर इन्व्हॉइस सबमिट केले जातात त्यांची प्रोफाइल्स. स्थानिक सँडबॉक्सला प्रोफाइलची गरज नाही: सबमिट करताना तो निवडा.</translation>
    </message>
    <message>
        <source>IRP profiles</source>
        <translation>IRP प्रोफाइल्स</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>बेस URL</translation>
    </message>
    <message>
        <source>User</source>
        <translation>वापरकर्ता</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>गोपनीय मूल्ये</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>प्रोफाइल जोडा(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>प्रोफाइल संपादित करा(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>प्रोफाइल काढा(&amp;R)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>कीचेन</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>प्रोफाइल काढा</translation>
    </message>
    <message>
        <source>Remove the IRP profile %1 (and its secrets in the keychain)?</source>
        <translation>IRP प्रोफाइल %1 (आणि कीचेनमधील त्याची गोपनीय मूल्ये) काढायचे?</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ReportsModel</name>
    <message>
        <source>Doc no</source>
        <translation>दस्तऐवज क्र.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>खरेदीदार</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>एकूण</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
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
        <translation>Ack दिनांक</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>त्रुटी</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ReportsPage</name>
    <message>
        <source>Overview</source>
        <translation>आढावा</translation>
    </message>
    <message>
        <source>Reporting limit</source>
        <translation>रिपोर्टिंग मर्यादा</translation>
    </message>
    <message>
        <source>Cancel windows</source>
        <translation>रद्द करण्याची मुदत</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सर्व</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>कोणतीही</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>सुरुवातीचा दिनांक</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>शेवटचा दिनांक</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>दस्तऐवज प्रकार</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इन्व्हॉइस</translation>
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
        <translation>स्थिती(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>पासून(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>पर्यंत(&amp;O):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>प्रकार(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Save as CSV/XLSX…</source>
        <translation>CSV/XLSX म्हणून जतन करा(&amp;S)…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>अहवाल जतन करा</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>इन्व्हॉइस</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>जतन करत आहे</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>थांबवा</translation>
    </message>
    <message>
        <source>Cancel saving</source>
        <translation>जतन करणे थांबवा</translation>
    </message>
    <message>
        <source>Invoices: %L1</source>
        <translation>इन्व्हॉइस: %L1</translation>
    </message>
    <message>
        <source>1 invoice must be reported within 5 days</source>
        <translation>1 इन्व्हॉइस 5 दिवसांत रिपोर्ट करणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>%L1 invoices must be reported within 5 days</source>
        <translation>%L1 इन्व्हॉइस 5 दिवसांत रिपोर्ट करणे आवश्यक आहे</translation>
    </message>
    <message>
        <source>1 invoice is past the 30-day limit</source>
        <translation>1 इन्व्हॉइसने 30 दिवसांची मर्यादा ओलांडली आहे</translation>
    </message>
    <message>
        <source>%L1 invoices are past the 30-day limit</source>
        <translation>%L1 इन्व्हॉइसनी 30 दिवसांची मर्यादा ओलांडली आहे</translation>
    </message>
    <message>
        <source>%1: %2 h %3 min left to cancel</source>
        <translation>%1: रद्द करण्यासाठी %2 तास %3 मिनिटे शिल्लक</translation>
    </message>
    <message>
        <source>and %L1 more</source>
        <translation>आणि आणखी %L1</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 जतन करत आहे…</translation>
    </message>
    <message>
        <source>Saved to %1 (rows: %L2)</source>
        <translation>%1 मध्ये जतन केले (ओळी: %L2)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>अहवाल जतन झाला नाही: %1</translation>
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
        <translation>नवीन इन्व्हॉइस पूर्ण रुपयात राउंड करा(&amp;R)</translation>
    </message>
    <message>
        <source>Round to the rupee</source>
        <translation>पूर्ण रुपयात राउंड करा</translation>
    </message>
    <message>
        <source>NIC &amp;sandbox mode (test GSTINs allowed)</source>
        <translation>NIC सँडबॉक्स मोड (चाचणी GSTIN ला परवानगी)(&amp;S)</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>सँडबॉक्स मोड</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>स्वरूप</translation>
    </message>
    <message>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>फिकट</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गडद</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>स्वरूप(&amp;P):</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>स्टोअर</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>स्टोअर फाइल</translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translation>दुसरे स्टोअर उघडा(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>नवीन स्टोअर(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>बॅकअप(&amp;B)…</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>पुनर्संचयित करा(&amp;E)…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>निकाल</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>वर्कस्पेस</translation>
    </message>
    <message>
        <source>Annual turnover of ₹10 crore or more (30-day &amp;reporting limit)</source>
        <translation>वार्षिक उलाढाल ₹10 कोटी किंवा अधिक (30 दिवसांची रिपोर्टिंग मर्यादा)(&amp;R)</translation>
    </message>
    <message>
        <source>Turnover of ₹10 crore or more</source>
        <translation>₹10 कोटी किंवा अधिक उलाढाल</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>क्रमांक मालिका</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>FY</source>
        <translation>आर्थिक वर्ष</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>नमुना</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>रुंदी</translation>
    </message>
    <message>
        <source>Next value</source>
        <translation>पुढील मूल्य</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>पुढील क्रमांक</translation>
    </message>
    <message>
        <source>N&amp;umber series ({fy}, {fy4}, {n}):</source>
        <translation>क्रमांक मालिका ({fy}, {fy4}, {n})(&amp;U):</translation>
    </message>
    <message>
        <source>Number series result</source>
        <translation>क्रमांक मालिकेचा निकाल</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>स्टोअर उघडा</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>नवीन स्टोअर</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>बॅकअप</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>पुनर्संचयित करा</translation>
    </message>
    <message>
        <source>IRN Desk stores (*.sqlite);;All files (*)</source>
        <translation>IRN Desk स्टोअर (*.sqlite);;सर्व फाइल्स (*)</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>कोणतेही स्टोअर उघडलेले नाही</translation>
    </message>
    <message>
        <source>%1 already exists: use Open another store.</source>
        <translation>%1 आधीच अस्तित्वात आहे: दुसरे स्टोअर उघडा हा पर्याय वापरा.</translation>
    </message>
    <message>
        <source>The store was not opened: %1</source>
        <translation>स्टोअर उघडले नाही: %1</translation>
    </message>
    <message>
        <source>Store %1 is open.</source>
        <translation>स्टोअर %1 उघडले आहे.</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>%1 मध्ये बॅकअप घेत आहे…</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>बॅकअप %1 मध्ये जतन केला</translation>
    </message>
    <message>
        <source>No backup made: %1</source>
        <translation>बॅकअप घेतला नाही: %1</translation>
    </message>
    <message>
        <source>Replace everything in the store with the backup %1?
A copy of the store is kept.</source>
        <translation>स्टोअरमधील सर्व काही बॅकअप %1 ने बदलायचे?
स्टोअरची एक प्रत ठेवली जाते.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>पुनर्संचयित झाले नाही: %1</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>%1 मधून पुनर्संचयित केले</translation>
    </message>
    <message>
        <source>Pattern: must contain {n}</source>
        <translation>नमुना: त्यात {n} असणे आवश्यक</translation>
    </message>
    <message>
        <source>Width: 1 to 10</source>
        <translation>रुंदी: 1 ते 10</translation>
    </message>
    <message>
        <source>Next value: a number from 1</source>
        <translation>पुढील मूल्य: 1 किंवा त्याहून मोठी संख्या</translation>
    </message>
    <message>
        <source>Pattern: %1 is longer than 16 characters</source>
        <translation>नमुना: %1 हा 16 अक्षरांपेक्षा लांब आहे</translation>
    </message>
    <message>
        <source>Saved: the next number is %1</source>
        <translation>जतन केले: पुढील क्रमांक %1 आहे</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::SingleInstance</name>
    <message>
        <source>another start on this store did not finish</source>
        <translation>या स्टोअरवर सुरू केलेली दुसरी प्रत पूर्णपणे सुरू झाली नाही</translation>
    </message>
    <message>
        <source>another IRN Desk has this store open</source>
        <translation>हे स्टोअर दुसऱ्या IRN Desk मध्ये उघडलेले आहे</translation>
    </message>
    <message>
        <source>the IRN Desk already open on this store does not answer</source>
        <translation>या स्टोअरवर आधीच उघडलेले IRN Desk प्रतिसाद देत नाही</translation>
    </message>
    <message>
        <source>the IRN Desk already open on this store refused: %1</source>
        <translation>या स्टोअरवर आधीच उघडलेल्या IRN Desk ने नकार दिला: %1</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::SubmitDialog</name>
    <message>
        <source>Registered</source>
        <translation>नोंदणीकृत</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>नाकारलेले</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>संघर्ष</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>पाठवले नाही</translation>
    </message>
    <message>
        <source>Submit to the IRP</source>
        <translation>IRP वर सबमिट करा</translation>
    </message>
    <message>
        <source>IRP</source>
        <translation>IRP</translation>
    </message>
    <message>
        <source>Local sandbox (practice: nothing is registered for real)</source>
        <translation>स्थानिक सँडबॉक्स (सराव: प्रत्यक्षात काहीही नोंदणीकृत होत नाही)</translation>
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
        <translation>एकाच वेळी इन्व्हॉइस</translation>
    </message>
    <message>
        <source>Invoices at &amp;once:</source>
        <translation>एकाच वेळी इन्व्हॉइस(&amp;O):</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगती</translation>
    </message>
    <message>
        <source>What became of each invoice</source>
        <translation>प्रत्येक इन्व्हॉइसचे काय झाले</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तऐवज</translation>
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
        <translation>Ack दिनांक</translation>
    </message>
    <message>
        <source>Errors or note</source>
        <translation>त्रुटी किंवा टीप</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>सबमिट करा(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>प्रक्रिया थांबवा(&amp;C)</translation>
    </message>
    <message>
        <source>Sa&amp;ve as CSV…</source>
        <translation>CSV म्हणून जतन करा(&amp;V)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) to submit.</source>
        <translation>
            <numerusform>सबमिट करण्यासाठी %Ln इन्व्हॉइस.</numerusform>
            <numerusform>सबमिट करण्यासाठी %Ln इन्व्हॉइस.</numerusform>
        </translation>
    </message>
    <message>
        <source>profile %1 logs in for %2, not for this seller (%3)</source>
        <translation>प्रोफाइल %1, %2 साठी लॉग इन करते, या विक्रेत्यासाठी (%3) नाही</translation>
    </message>
    <message>
        <source>Cannot submit: %1</source>
        <translation>सबमिट करता येत नाही: %1</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>सबमिट करत आहे…</translation>
    </message>
    <message>
        <source>Enter or double-click: what this code means and how to fix it</source>
        <translation>Enter किंवा डबल-क्लिक: या कोडचा अर्थ आणि तो कसा दुरुस्त करावा</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>काहीही पाठवले नाही: %1</translation>
    </message>
    <message>
        <source>%1 registered, %2 rejected, %3 conflicts, %4 unknown, %5 not sent%6</source>
        <translation>%1 नोंदणीकृत, %2 नाकारलेले, %3 संघर्ष, %4 अज्ञात, %5 न पाठवलेले%6</translation>
    </message>
    <message>
        <source> — cancelled</source>
        <translation> — थांबवले</translation>
    </message>
    <message>
        <source>Cancelling: the invoices in flight are finished and recorded…</source>
        <translation>थांबवत आहे: आधीच पाठवलेले इन्व्हॉइस पूर्ण करून नोंदवले जात आहेत…</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>निकाल जतन करा</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फाइल्स (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिहिता आले नाही: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::WorkspaceDialog</name>
    <message>
        <source>Seller profile</source>
        <translation>विक्रेता प्रोफाइल</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>नवीन वर्कस्पेस</translation>
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
        <translation>GSTIN तपासणी</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>कायदेशीर नाव(&amp;L):</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>कायदेशीर नाव</translation>
    </message>
    <message>
        <source>&amp;Trade name:</source>
        <translation>व्यापारी नाव(&amp;T):</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>व्यापारी नाव</translation>
    </message>
    <message>
        <source>Address &amp;1:</source>
        <translation>पत्ता 1(&amp;1):</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>पत्ता 1</translation>
    </message>
    <message>
        <source>Address &amp;2:</source>
        <translation>पत्ता 2(&amp;2):</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>पत्ता 2</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>ठिकाण(&amp;A):</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ठिकाण</translation>
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
        <translation>फोन(&amp;H):</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फोन</translation>
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
        <translation>वार्षिक उलाढाल ₹10 कोटी किंवा अधिक (30 दिवसांची रिपोर्टिंग मर्यादा)(&amp;R)</translation>
    </message>
    <message>
        <source>Turnover of ₹10 crore or more</source>
        <translation>₹10 कोटी किंवा अधिक उलाढाल</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>%1 of 15 characters</source>
        <translation>15 पैकी %1 अक्षरे</translation>
    </message>
    <message>
        <source>Not a GSTIN</source>
        <translation>GSTIN नाही</translation>
    </message>
    <message>
        <source>Wrong check character (allowed in sandbox mode)</source>
        <translation>चुकीचे तपासणी अक्षर (सँडबॉक्स मोडमध्ये परवानगी)</translation>
    </message>
    <message>
        <source>Wrong check character</source>
        <translation>चुकीचे तपासणी अक्षर</translation>
    </message>
    <message>
        <source>Valid GSTIN</source>
        <translation>वैध GSTIN</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>कोणतेही स्टोअर उघडलेले नाही.</translation>
    </message>
    <message>
        <source>GSTIN: required</source>
        <translation>GSTIN: आवश्यक</translation>
    </message>
    <message>
        <source>GSTIN: the seller must have a GSTIN</source>
        <translation>GSTIN: विक्रेत्याकडे GSTIN असणे आवश्यक</translation>
    </message>
    <message>
        <source>PIN: %1 is not 6 digits</source>
        <translation>PIN: %1 हा 6 अंकी नाही</translation>
    </message>
    <message>
        <source>GSTIN: %1 already has a workspace</source>
        <translation>GSTIN: %1 साठी आधीच वर्कस्पेस आहे</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::editor::FindingsPanel</name>
    <message>
        <source>&amp;Explain</source>
        <translation>स्पष्ट करा(&amp;E)</translation>
    </message>
    <message>
        <source>Apply fi&amp;xes</source>
        <translation>दुरुस्त्या लागू करा(&amp;X)</translation>
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
        <translation>फील्ड</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Explain the code</source>
        <translation>कोड स्पष्ट करा</translation>
    </message>
    <message>
        <source>Apply fixes</source>
        <translation>दुरुस्त्या लागू करा</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटी</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>इशारा</translation>
    </message>
    <message>
        <source>&amp;Findings: none</source>
        <translation>निष्कर्ष(&amp;F): काहीही नाही</translation>
    </message>
    <message>
        <source>&amp;Findings: %1 errors, %2 warnings</source>
        <translation>निष्कर्ष(&amp;F): %1 त्रुटी, %2 इशारे</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::editor::LinesModel</name>
    <message>
        <source>Description</source>
        <translation>वर्णन</translation>
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
        <translation>प्रमाण</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>एकक</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>किंमत</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>सवलत</translation>
    </message>
    <message>
        <source>GST %</source>
        <translation>GST %</translation>
    </message>
    <message>
        <source>Cess %</source>
        <translation>उपकर %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>रक्कम</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>करपात्र</translation>
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
        <translation>उपकर</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>ओळीची एकूण रक्कम</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::editor::TotalsPanel</name>
    <message>
        <source>Taxable value</source>
        <translation>करपात्र मूल्य</translation>
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
        <translation>उपकर</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>इतर शुल्क</translation>
    </message>
    <message>
        <source>Other c&amp;harges</source>
        <translation>इतर शुल्क(&amp;H)</translation>
    </message>
    <message>
        <source>Invoice discount</source>
        <translation>इन्व्हॉइस सवलत</translation>
    </message>
    <message>
        <source>Disco&amp;unt</source>
        <translation>सवलत(&amp;U)</translation>
    </message>
    <message>
        <source>Round-off</source>
        <translation>राउंड-ऑफ</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>इन्व्हॉइसची एकूण रक्कम</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>अक्षरी रक्कम</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GST e-invoicing desktop tool</source>
        <translation>GST ई-इन्व्हॉइसिंग डेस्कटॉप साधन</translation>
    </message>
    <message>
        <source>The store to open (default: the last one, $IRNDESK_STORE, or the data folder).</source>
        <translation>उघडायचे स्टोअर (डीफॉल्ट: शेवटचे वापरलेले, $IRNDESK_STORE, किंवा डेटा फोल्डर).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <source>Invoices to import (JSON, CSV or XLSX).</source>
        <translation>इम्पोर्ट करायचे इन्व्हॉइस (JSON, CSV किंवा XLSX).</translation>
    </message>
    <message>
        <source>IRN Desk</source>
        <translation>IRN Desk</translation>
    </message>
    <message>
        <source>The store %1 could not be opened: %2</source>
        <translation>स्टोअर %1 उघडता आले नाही: %2</translation>
    </message>
</context>
</TS>
