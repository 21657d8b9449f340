<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_IN">
<context>
    <name></name>
    <message>
        <source>%1 is not a state code</source>
        <translation>%1 ஒரு மாநிலக் குறியீடு அல்ல</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1 எழுத்துகளை விட நீளமானது</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>சட்டப்பூர்வ பெயர்</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>வர்த்தகப் பெயர்</translation>
    </message>
    <message>
        <source>State</source>
        <translation>மாநிலம்</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN குறியீடு</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>இடம்</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>முகவரி 1</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>முகவரி 2</translation>
    </message>
    <message>
        <source>Place of supply</source>
        <translation>வழங்கல் இடம்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>விவரம்</translation>
    </message>
    <message>
        <source>HSN</source>
        <translation>HSN</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>அலகு</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>சேவை</translation>
    </message>
    <message>
        <source>GST rate</source>
        <translation>GST விகிதம்</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>அலகு விலை</translation>
    </message>
    <message>
        <source>Cess rate</source>
        <translation>செஸ் விகிதம்</translation>
    </message>
    <message>
        <source>Cess per unit</source>
        <translation>ஒரு அலகுக்கான செஸ்</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>அனுப்ப வேண்டிய இடம்</translation>
    </message>
    <message>
        <source>Dispatch from</source>
        <translation>அனுப்பும் இடம்</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>வாங்குபவர்</translation>
    </message>
    <message>
        <source>%1 is not buyer, shipto or dispatch</source>
        <translation>%1 என்பது buyer, shipto அல்லது dispatch அல்ல</translation>
    </message>
    <message>
        <source>%1 is not a GSTIN (15 characters)</source>
        <translation>%1 ஒரு GSTIN அல்ல (15 எழுத்துகள்)</translation>
    </message>
    <message>
        <source>%1 has a wrong check character</source>
        <translation>%1 இல் சரிபார்ப்பு எழுத்து தவறாக உள்ளது</translation>
    </message>
    <message>
        <source>URP is only for a buyer</source>
        <translation>URP வாங்குபவருக்கு மட்டுமே</translation>
    </message>
    <message>
        <source>required</source>
        <translation>கட்டாயம்</translation>
    </message>
    <message>
        <source>%1 is not 6 digits</source>
        <translation>%1 இல் 6 இலக்கங்கள் இல்லை</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1, %2 இல் இல்லை</translation>
    </message>
    <message>
        <source>6 to 12 digits</source>
        <translation>6 முதல் 12 இலக்கங்கள்</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 ஒரு மின்னஞ்சல் முகவரி அல்ல</translation>
    </message>
    <message>
        <source>%1 is not 4, 6 or 8 digits</source>
        <translation>%1 இல் 4, 6 அல்லது 8 இலக்கங்கள் இல்லை</translation>
    </message>
    <message>
        <source>%1 is not in the HSN list</source>
        <translation>%1 HSN பட்டியலில் இல்லை</translation>
    </message>
    <message>
        <source>%1 is not a unit code (UQC)</source>
        <translation>%1 ஒரு அலகுக் குறியீடு (UQC) அல்ல</translation>
    </message>
    <message>
        <source>Y or N</source>
        <translation>Y அல்லது N</translation>
    </message>
    <message>
        <source>%1 is not a GST rate</source>
        <translation>%1 ஒரு GST விகிதம் அல்ல</translation>
    </message>
    <message>
        <source>%1 is not an amount</source>
        <translation>%1 ஒரு தொகை அல்ல</translation>
    </message>
    <message>
        <source>%1 is not a rate</source>
        <translation>%1 ஒரு விகிதம் அல்ல</translation>
    </message>
    <message>
        <source>%1 is an old .xls file: save it as .xlsx or CSV</source>
        <translation>%1 ஒரு பழைய .xls கோப்பு: அதை .xlsx அல்லது CSV ஆகச் சேமிக்கவும்</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 காலியாக உள்ளது</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot; is not known; it was not read</source>
        <translation>நெடுவரிசை %1 &quot;%2&quot; அறியப்படாதது; அது படிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>%1 has no column %2</source>
        <translation>%1 இல் நெடுவரிசை %2 இல்லை</translation>
    </message>
    <message>
        <source>already in the list; left out</source>
        <translation>ஏற்கனவே பட்டியலில் உள்ளது; விடப்பட்டது</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>பணி</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>முடிவு:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>எதுவுமில்லை</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>பேனர் பக்கங்கள்</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>இரவு (18:00 முதல் 05:59 வரை)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>குறிப்பிட்ட நேரம்</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>பில்லிங் தகவல்:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>திட்டமிட்ட அச்சிடல்:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>ரகசியம்</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>மிக ரகசியம்</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>தொடக்கம்:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>பகல் (06:00 முதல் 17:59 வரை)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>இரண்டாம் ஷிஃப்ட் (16:00 முதல் 23:59 வரை)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>பணிக் கட்டுப்பாடு</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>வார இறுதி (சனி முதல் ஞாயிறு வரை)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>நிலையானது</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>வகைப்படுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>மூன்றாம் ஷிஃப்ட் (00:00 முதல் 07:59 வரை)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>காலவரையின்றி நிறுத்திவை</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>உடனே அச்சிடு</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>அந்தரங்கமானது</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>பணி முன்னுரிமை:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>வகைப்படுத்தப்படாதது</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>சரி</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>பின்செல்</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>திற</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>திற(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>சேமி(&amp;S)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>கோப்புகள்</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>காட்டு </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; எழுதுவதிலிருந்து பாதுகாக்கப்பட்டுள்ளது.
இருப்பினும் அதை நீக்க வேண்டுமா?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; ஐ நிச்சயமாக நீக்க வேண்டுமா?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>இடங்கள் மற்றும் புக்மார்க்குகளின் பட்டியல்</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>கோப்புப் பெயர்(&amp;N):</translation>
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
        <translation>நீக்கு</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>புதிய கோப்புறை</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>மேல் கோப்புறை</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>புதிய கோப்புறை(&amp;N)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>அகற்று</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>இதில் பார்:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>புதிய கோப்புறையை உருவாக்கு</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>கோப்பு வகை:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>கோப்புறையைக் கண்டறி</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>மறைந்த கோப்புகளைக் காட்டு(&amp;H)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>இவ்வாறு சேமி</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
கோப்புறை கிடைக்கவில்லை.
சரியான கோப்புறைப் பெயர் கொடுக்கப்பட்டுள்ளதா எனச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>பக்கப்பட்டி</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>பட்டியல் காட்சி</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>தேர்ந்தெடு(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>நீக்கு(&amp;D)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>கோப்புறைகள்</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>மறுபெயரிடு(&amp;R)</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>கோப்புறையை நீக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>கோப்புறை:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ஏற்கெனவே உள்ளது.
அதை மாற்றியமைக்க வேண்டுமா?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>முன்செல்</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>முன்னோக்கிச் செல்</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>மேல் கோப்புறைக்குச் செல்</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>சமீபத்திய இடங்கள்</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>பின்னோக்கிச் செல்</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>விவரக் காட்சிப் பயன்முறைக்கு மாற்று</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>புதிய கோப்புறையை உருவாக்கு</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>விவரக் காட்சி</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
கோப்பு கிடைக்கவில்லை.
சரியான கோப்புப் பெயர் கொடுக்கப்பட்டுள்ளதா எனச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>பட்டியல் காட்சிப் பயன்முறைக்கு மாற்று</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>எனது கணினி</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>கணினி</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>மாற்றிய தேதி</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>செயல்தவிர்(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>மீண்டும் செய்(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>வெட்டு(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>நகலெடு(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ஒட்டு(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>அனைத்தையும் தேர்ந்தெடு</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>விவரங்களைக் காட்டு...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>விவரங்களை மறை...</translation>
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
        <translation>படிவம்</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>கீழ் ஓரம்</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>தாள்</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>தாள் மூலம்:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>வலது ஓரம்</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>பைகா (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>ஓரங்கள்</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>தனிப்பயன்</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>கிடைமட்டம்</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>பக்க அமைவு</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>அகலம்:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>திசையமைவு</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>டிடோ (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>செங்குத்து</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>பக்க வரிசை:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>மேல் ஓரம்</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>இடது ஓரம்</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>பக்க அளவு:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>சிசரோ (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>தலைகீழ் செங்குத்து</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>மில்லிமீட்டர் (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>புள்ளிகள் (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>ஒரு தாளுக்கான பக்கங்கள்:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>அங்குலம் (in)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>தலைகீழ் கிடைமட்டம்</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>உயரம்:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>சரி</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>அனைத்தையும் சேமி</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>திற</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ஆம்(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>அனைத்திற்கும் ஆம்(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>இல்லை(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>அனைத்திற்கும் இல்லை(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>நிறுத்து</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>மீண்டும் முயல்</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>புறக்கணி</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>கைவிடு</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>உதவி</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>பயன்படுத்து</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>மறுஅமை</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>இயல்புநிலைகளை மீட்டமை</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Even Pages</source>
        <translation>இரட்டைப்படைப் பக்கங்கள்</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>அச்சிடு</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>விருப்பங்கள்(&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>விருப்பங்கள்(&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>இடமிருந்து வலம், மேலிருந்து கீழ்</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>வலமிருந்து இடம், கீழிருந்து மேல்</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF கோப்பை எழுது</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>அச்சிடு(&amp;P)</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>&apos;ஒரு தாளுக்கான பக்கங்கள்&apos; மற்றும் &apos;பக்கத் தொகுப்பு&apos; விருப்பங்களை ஒன்றாகப் பயன்படுத்த முடியாது.
அவற்றில் ஒன்றை முடக்கவும்.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 ஏற்கெனவே உள்ளது.
அதை மேலெழுத வேண்டுமா?</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>இடமிருந்து வலம், கீழிருந்து மேல்</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>ஒற்றைப்படைப் பக்கங்கள்</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>உள்ளூர்க் கோப்பு</translation>
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
        <translation>இருபக்க அமைப்புகளில் முரண்பாடுகள் உள்ளன. அவற்றைச் சரிசெய்ய வேண்டுமா?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>கோப்பில் அச்சிடு (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>கோப்பில் அச்சிடு ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>தவறான பக்க வரையறை</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 சரியான தொடரியலைப் பின்பற்றவில்லை. வரம்புகளையும் பக்கங்களையும் பிரிக்க &apos;,&apos; ஐயும், வரம்புகளை வரையறுக்க &apos;-&apos; ஐயும் பயன்படுத்தவும்; வரம்புகள் ஒன்றோடொன்று மேற்பொருந்தாமல் இருப்பதை உறுதிசெய்யவும்.</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>வலமிருந்து இடம், மேலிருந்து கீழ்</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>கீழிருந்து மேல், இடமிருந்து வலம்</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>&apos;இருந்து&apos; மதிப்பு &apos;வரை&apos; மதிப்பை விடப் பெரியதாக இருக்கக்கூடாது.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>அனைத்துப் பக்கங்களும்</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>இருபக்க அமைப்பு முரண்பாடுகள்</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 ஒரு கோப்புறை.
வேறு கோப்புப் பெயரைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 கோப்பில் எழுத முடியாது.
வேறு கோப்புப் பெயரைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>கீழிருந்து மேல், வலமிருந்து இடம்</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>மேலிருந்து கீழ், இடமிருந்து வலம்</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>மேலிருந்து கீழ், வலமிருந்து இடம்</translation>
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
        <translation>அச்சு முன்னோட்டம்</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>அச்சிடு</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>பக்கத்திற்குப் பொருத்து</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>பெரிதாக்கு</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>கிடைமட்டம்</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>சிறிதாக்கு</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>அகலத்திற்குப் பொருத்து</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>செங்குத்து</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>பக்க அமைப்பு</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>பக்க அமைப்பு</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>அனைத்துப் பக்கங்களின் மேலோட்டத்தைக் காட்டு</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>முதல் பக்கம்</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>கடைசிப் பக்கம்</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>ஒற்றைப் பக்கத்தைக் காட்டு</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF ஆக ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>முந்தைய பக்கம்</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>அடுத்த பக்கம்</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>எதிரெதிர்ப் பக்கங்களைக் காட்டு</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>மேம்பட்ட விருப்ப முரண்பாடுகள்</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>பணி விருப்பங்கள்</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>பக்க அமைப்பு முரண்பாடுகள்</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>சில மேம்பட்ட விருப்பங்களில் முரண்பாடுகள் உள்ளன. அவற்றைச் சரிசெய்ய வேண்டுமா?</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>பக்க அமைப்பு விருப்பங்களில் முரண்பாடுகள் உள்ளன. அவற்றைச் சரிசெய்ய வேண்டுமா?</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>அச்சுப்பொறி பண்புகள்</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>வரை</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>முடக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>படிவம்</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>வண்ணம்</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>அனைத்தையும் அச்சிடு</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>பக்கங்கள்</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>தற்போதைய பக்கம்</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>தேர்வு</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>நகல்கள்</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>அச்சு வரம்பு</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>வண்ணப் பயன்முறை</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>விருப்பங்கள்</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>வெளியீட்டு அமைப்புகள்</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>தலைகீழ்</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>சாம்பல் நிறம்</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>வரிசைப்படுத்து</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>நகல்கள்:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>குறுகிய பக்கப் பிணைப்பு</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>பக்கங்களையோ வரம்புகளையோ காற்புள்ளிகளால் பிரித்துக் குறிப்பிடவும். வரம்பு என்பது இடைக்கோட்டால் பிரிக்கப்பட்ட இரு எண்கள். எ.கா: 3,5-7,9 என்பது 3, 5, 6, 7, 9 ஆகிய பக்கங்களை அச்சிடும்.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>பக்கங்கள்: இருந்து</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>இருபக்க அச்சிடல்</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>பக்கத் தொகுப்பு:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>நீண்ட பக்கப் பிணைப்பு</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; பின்செல்(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>அடுத்து(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>அடுத்து(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>முடி(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>உதவி(&amp;H)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>உதவி</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>உறுதிசெய்</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>பின்செல்</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>தொடர்</translation>
    </message>
</context>
<context>
    <name>irndesk::ErrorGuide</name>
    <message>
        <source>Check that the IRP connection settings (GSTIN, API user name, password, client ID and secret) are all filled in. If they are, report this as a problem in IRN Desk.</source>
        <translation>IRP இணைப்பு அமைப்புகள் (GSTIN, API பயனர் பெயர், கடவுச்சொல், கிளையன்ட் ID மற்றும் ரகசியம்) அனைத்தும் நிரப்பப்பட்டுள்ளனவா எனச் சரிபார்க்கவும். நிரப்பப்பட்டிருந்தால், இதை IRN Desk இல் உள்ள சிக்கலாகப் புகாரளிக்கவும்.</translation>
    </message>
    <message>
        <source>Check the API user name and password you created on the e-invoice portal (API user management). Several failed tries can lock the user.</source>
        <translation>மின்-விலைப்பட்டியல் போர்டலில் (API பயனர் மேலாண்மை) நீங்கள் உருவாக்கிய API பயனர் பெயரையும் கடவுச்சொல்லையும் சரிபார்க்கவும். பலமுறை தோல்வியடைந்த முயற்சிகள் பயனரைப் பூட்டிவிடக்கூடும்.</translation>
    </message>
    <message>
        <source>Use the IRP public key of the system you connect to (sandbox or production): download it again from the e-invoice portal and set it in the connection settings.</source>
        <translation>நீங்கள் இணைக்கும் அமைப்பின் (சாண்ட்பாக்ஸ் அல்லது புரொடக்ஷன்) IRP பொது விசையைப் பயன்படுத்தவும்: அதை மின்-விலைப்பட்டியல் போர்டலில் இருந்து மீண்டும் பதிவிறக்கி, இணைப்பு அமைப்புகளில் அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Wait a few minutes and send it again. If it keeps failing, contact the IRP helpdesk.</source>
        <translation>சில நிமிடங்கள் காத்திருந்து மீண்டும் அனுப்பவும். தொடர்ந்து தோல்வியடைந்தால், IRP உதவி மையத்தைத் தொடர்புகொள்ளவும்.</translation>
    </message>
    <message>
        <source>Send it again. If this repeats, report it as a problem in IRN Desk.</source>
        <translation>மீண்டும் அனுப்பவும். இது மீண்டும் நிகழ்ந்தால், இதை IRN Desk இல் உள்ள சிக்கலாகப் புகாரளிக்கவும்.</translation>
    </message>
    <message>
        <source>Run Validate and correct every SCHEMA error it shows.</source>
        <translation>Validate-ஐ இயக்கி, அது காட்டும் ஒவ்வொரு SCHEMA பிழையையும் சரிசெய்யவும்.</translation>
    </message>
    <message>
        <source>The IRP no longer applies this rule. If you still get it, check the field it names and contact the IRP helpdesk.</source>
        <translation>IRP இந்த விதியை இனி பயன்படுத்துவதில்லை. இன்னும் இது வந்தால், அது குறிப்பிடும் புலத்தைச் சரிபார்த்து IRP உதவி மையத்தைத் தொடர்புகொள்ளவும்.</translation>
    </message>
    <message>
        <source>Write the date as DD/MM/YYYY, for example 05/04/2026.</source>
        <translation>தேதியை DD/MM/YYYY என எழுதவும், எடுத்துக்காட்டாக 05/04/2026.</translation>
    </message>
    <message>
        <source>Let IRN Desk recompute the amounts, or correct them by hand: tax = taxable value × rate.</source>
        <translation>தொகைகளை IRN Desk மீண்டும் கணக்கிட விடவும், அல்லது கைமுறையாகச் சரிசெய்யவும்: வரி = வரிக்குட்பட்ட மதிப்பு × விகிதம்.</translation>
    </message>
    <message>
        <source>Check the place of supply (BuyerDtls.Pos) and the seller&apos;s state code. Same state: CGST and SGST, half the rate each. Different states, or IgstOnIntra = Y: IGST only.</source>
        <translation>வழங்கல் இடத்தையும் (BuyerDtls.Pos) விற்பனையாளரின் மாநிலக் குறியீட்டையும் சரிபார்க்கவும். ஒரே மாநிலம்: CGST மற்றும் SGST, ஒவ்வொன்றும் பாதி விகிதம். வெவ்வேறு மாநிலங்கள், அல்லது IgstOnIntra = Y: IGST மட்டும்.</translation>
    </message>
    <message>
        <source>For an export the buyer&apos;s GSTIN is URP, state code and place of supply are 96, PIN is 999999. IRN Desk can fill these in.</source>
        <translation>ஏற்றுமதிக்கு வாங்குபவரின் GSTIN: URP, மாநிலக் குறியீடு மற்றும் வழங்கல் இடம்: 96, PIN: 999999. இவற்றை IRN Desk நிரப்ப முடியும்.</translation>
    </message>
    <message>
        <source>Use the two-digit GST state code, for example 27 for Maharashtra, or 96 for another country.</source>
        <translation>இரண்டு இலக்க GST மாநிலக் குறியீட்டைப் பயன்படுத்தவும், எடுத்துக்காட்டாக மகாராஷ்டிராவுக்கு 27, அல்லது வேறு நாட்டுக்கு 96.</translation>
    </message>
    <message>
        <source>Set the state code to the first two digits of the GSTIN. IRN Desk can do this for you.</source>
        <translation>மாநிலக் குறியீட்டை GSTIN இன் முதல் இரண்டு இலக்கங்களாக அமைக்கவும். IRN Desk இதை உங்களுக்காகச் செய்ய முடியும்.</translation>
    </message>
    <message>
        <source>Check the cess rate notified for this HSN code, and correct the rate and the amount.</source>
        <translation>இந்த HSN குறியீட்டுக்கு அறிவிக்கப்பட்ட செஸ் விகிதத்தைச் சரிபார்த்து, விகிதத்தையும் தொகையையும் சரிசெய்யவும்.</translation>
    </message>
    <message>
        <source>Check the IRN, and that you are logged in with the GSTIN that generated it.</source>
        <translation>IRN-ஐயும், அதை உருவாக்கிய GSTIN உடன் நீங்கள் உள்நுழைந்துள்ளீர்களா என்பதையும் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>Check the IRN or document details. After 2 days an IRN can only be seen on the e-invoice portal.</source>
        <translation>IRN அல்லது ஆவண விவரங்களைச் சரிபார்க்கவும். 2 நாட்களுக்குப் பிறகு ஒரு IRN-ஐ மின்-விலைப்பட்டியல் போர்டலில் மட்டுமே பார்க்க முடியும்.</translation>
    </message>
    <message>
        <source>Enter the Indian port or place of export as ship-to (ShipDtls), with its Indian PIN and state.</source>
        <translation>இந்தியத் துறைமுகம் அல்லது ஏற்றுமதி இடத்தை, அதன் இந்திய PIN மற்றும் மாநிலத்துடன், அனுப்ப வேண்டிய இடமாக (ShipDtls) உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Enter the Indian place the goods leave from as dispatch details (DispDtls), with its PIN and state.</source>
        <translation>சரக்குகள் புறப்படும் இந்திய இடத்தை, அதன் PIN மற்றும் மாநிலத்துடன், அனுப்பும் இட விவரங்களாக (DispDtls) உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Enter 0 to let the IRP use its own distance between the PINs, or the real road distance in km.</source>
        <translation>PIN-களுக்கு இடையிலான தனது சொந்த தூரத்தை IRP பயன்படுத்த 0-ஐ உள்ளிடவும், அல்லது உண்மையான சாலை தூரத்தை கி.மீ.-இல் உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Enter the real road distance in km.</source>
        <translation>உண்மையான சாலை தூரத்தை கி.மீ.-இல் உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Check the ship-to GSTIN, PIN and state code agree.</source>
        <translation>அனுப்ப வேண்டிய இடத்தின் GSTIN, PIN மற்றும் மாநிலக் குறியீடு ஒன்றுக்கொன்று பொருந்துகின்றனவா எனச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>Set VehType to R (regular) or O (over-dimensional cargo).</source>
        <translation>VehType-ஐ R (வழக்கமானது) அல்லது O (அளவுக்கு மீறிய சரக்கு) என அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Enter the transporter&apos;s 15-character GSTIN or enrolment number (TransId), or the vehicle or transport document details.</source>
        <translation>போக்குவரத்தாளரின் 15-எழுத்து GSTIN அல்லது சேர்க்கை எண்ணை (TransId) உள்ளிடவும், அல்லது வாகனம் அல்லது போக்குவரத்து ஆவண விவரங்களை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Remove the e-way bill details (EwbDtls) from this document.</source>
        <translation>இந்த ஆவணத்திலிருந்து இ-வே பில் விவரங்களை (EwbDtls) அகற்றவும்.</translation>
    </message>
    <message>
        <source>Remove the e-way bill details (EwbDtls), or check that the goods lines have goods HSN codes.</source>
        <translation>இ-வே பில் விவரங்களை (EwbDtls) அகற்றவும், அல்லது சரக்கு வரிசைகளில் சரக்குகளுக்கான HSN குறியீடுகள் உள்ளனவா எனச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>Check the IRN or the e-way bill number.</source>
        <translation>IRN அல்லது இ-வே பில் எண்ணைச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>ValDtls.%1 must be the sum of %2 over all lines.</source>
        <translation>ValDtls.%1 அனைத்து வரிசைகளின் %2 கூட்டுத்தொகையாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Invoice total %1 does not match the lines</source>
        <translation>விலைப்பட்டியல் மொத்தம் %1 வரிசைகளுடன் பொருந்தவில்லை</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is cancelled or inactive, and its registration dates do not allow an invoice on this document date.</source>
        <translation>விலைப்பட்டியலில் உள்ள ஒரு GSTIN ரத்துசெய்யப்பட்டது அல்லது செயலற்றது; அதன் பதிவுத் தேதிகள் இந்த ஆவணத் தேதியில் விலைப்பட்டியலை அனுமதிக்கவில்லை.</translation>
    </message>
    <message>
        <source>Check the document date and the party&apos;s registration and cancellation dates on the GST portal. An invoice for that GSTIN must be dated while it was registered.</source>
        <translation>ஆவணத் தேதியையும், GST போர்டலில் தரப்பினரின் பதிவு மற்றும் ரத்துத் தேதிகளையும் சரிபார்க்கவும். அந்த GSTIN-க்கான விலைப்பட்டியலின் தேதி, அது பதிவில் இருந்த காலத்துக்குள் இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Schema 1.0 had a transaction type (regular, bill-to/ship-to, bill-from/dispatch-from, combination) that decided which address blocks were needed. Schema 1.1 dropped it.</source>
        <translation>ஸ்கீமா 1.0 இல் ஒரு பரிவர்த்தனை வகை (வழக்கமானது, பில்-டு/ஷிப்-டு, பில்-ஃப்ரம்/டிஸ்பாட்ச்-ஃப்ரம், கூட்டு) இருந்தது; எந்த முகவரிப் பகுதிகள் தேவை என்பதை அது தீர்மானித்தது. ஸ்கீமா 1.1 அதை நீக்கியது.</translation>
    </message>
    <message>
        <source>Export: place of supply must be 96</source>
        <translation>ஏற்றுமதி: வழங்கல் இடம் 96 ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>For an export the place of supply (BuyerDtls.Pos) must be 96, other country.</source>
        <translation>ஏற்றுமதிக்கு வழங்கல் இடம் (BuyerDtls.Pos) 96 (வேறு நாடு) ஆக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>An e-way bill cannot be made for a credit or debit note, or for an invoice of services only.</source>
        <translation>கிரெடிட் அல்லது டெபிட் நோட்டுக்கோ, சேவைகள் மட்டுமே உள்ள விலைப்பட்டியலுக்கோ இ-வே பில் உருவாக்க முடியாது.</translation>
    </message>
    <message>
        <source>No e-way bill for notes or services</source>
        <translation>நோட்டுகள் அல்லது சேவைகளுக்கு இ-வே பில் இல்லை</translation>
    </message>
    <message>
        <source>No e-way bill was found for this request.</source>
        <translation>இந்தக் கோரிக்கைக்கு இ-வே பில் எதுவும் கிடைக்கவில்லை.</translation>
    </message>
    <message>
        <source>With Part-A only (no vehicle or transport document), the transporter ID is required.</source>
        <translation>Part-A மட்டும் இருந்தால் (வாகனம் அல்லது போக்குவரத்து ஆவணம் இல்லை), போக்குவரத்தாளர் ID கட்டாயம்.</translation>
    </message>
    <message>
        <source>GSTIN missing in the request</source>
        <translation>கோரிக்கையில் GSTIN இல்லை</translation>
    </message>
    <message>
        <source>The request to the IRP did not say which GSTIN it is for.</source>
        <translation>IRP-க்கான கோரிக்கை எந்த GSTIN-க்கானது என்பதைக் குறிப்பிடவில்லை.</translation>
    </message>
    <message>
        <source>Login expired or invalid</source>
        <translation>உள்நுழைவு காலாவதியானது அல்லது செல்லாதது</translation>
    </message>
    <message>
        <source>The IRP login (token) has expired, or belongs to another GSTIN or user. A login lasts 6 hours.</source>
        <translation>IRP உள்நுழைவு (டோக்கன்) காலாவதியாகிவிட்டது, அல்லது வேறொரு GSTIN அல்லது பயனருக்குரியது. ஒரு உள்நுழைவு 6 மணி நேரம் செல்லுபடியாகும்.</translation>
    </message>
    <message>
        <source>Log in again and send it again. IRN Desk does this itself; if it keeps failing, check the GSTIN and user name in the connection settings.</source>
        <translation>மீண்டும் உள்நுழைந்து மீண்டும் அனுப்பவும். IRN Desk இதைத் தானாகவே செய்கிறது; தொடர்ந்து தோல்வியடைந்தால், இணைப்பு அமைப்புகளில் GSTIN மற்றும் பயனர் பெயரைச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>API user name missing in the request</source>
        <translation>கோரிக்கையில் API பயனர் பெயர் இல்லை</translation>
    </message>
    <message>
        <source>The request did not carry the API user name.</source>
        <translation>கோரிக்கையில் API பயனர் பெயர் இடம்பெறவில்லை.</translation>
    </message>
    <message>
        <source>Login request not readable</source>
        <translation>உள்நுழைவுக் கோரிக்கையைப் படிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>The IRP could not read the login request, or the user name or password was missing.</source>
        <translation>IRP-ஆல் உள்நுழைவுக் கோரிக்கையைப் படிக்க முடியவில்லை, அல்லது பயனர் பெயர் அல்லது கடவுச்சொல் இல்லை.</translation>
    </message>
    <message>
        <source>Wrong API user name or password</source>
        <translation>தவறான API பயனர் பெயர் அல்லது கடவுச்சொல்</translation>
    </message>
    <message>
        <source>The IRP did not accept the API user name or password.</source>
        <translation>IRP, API பயனர் பெயரையோ கடவுச்சொல்லையோ ஏற்கவில்லை.</translation>
    </message>
    <message>
        <source>Wrong client ID or secret</source>
        <translation>தவறான கிளையன்ட் ID அல்லது ரகசியம்</translation>
    </message>
    <message>
        <source>The client ID or client secret of your API access is wrong.</source>
        <translation>உங்கள் API அணுகலின் கிளையன்ட் ID அல்லது கிளையன்ட் ரகசியம் தவறானது.</translation>
    </message>
    <message>
        <source>Copy the client ID and secret again from the e-invoice portal, or from your GSP, into the connection settings.</source>
        <translation>கிளையன்ட் ID மற்றும் ரகசியத்தை மின்-விலைப்பட்டியல் போர்டலில் இருந்தோ உங்கள் GSP-யிடமிருந்தோ மீண்டும் நகலெடுத்து இணைப்பு அமைப்புகளில் ஒட்டவும்.</translation>
    </message>
    <message>
        <source>Client ID missing in the request</source>
        <translation>கோரிக்கையில் கிளையன்ட் ID இல்லை</translation>
    </message>
    <message>
        <source>The request did not carry the client ID of your API access.</source>
        <translation>கோரிக்கையில் உங்கள் API அணுகலின் கிளையன்ட் ID இடம்பெறவில்லை.</translation>
    </message>
    <message>
        <source>Client secret missing in the request</source>
        <translation>கோரிக்கையில் கிளையன்ட் ரகசியம் இல்லை</translation>
    </message>
    <message>
        <source>The request did not carry the client secret of your API access.</source>
        <translation>கோரிக்கையில் உங்கள் API அணுகலின் கிளையன்ட் ரகசியம் இடம்பெறவில்லை.</translation>
    </message>
    <message>
        <source>Password could not be decrypted</source>
        <translation>கடவுச்சொல்லை மறைவிலக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>The IRP could not decrypt the password, usually because the wrong IRP public key is set.</source>
        <translation>IRP-ஆல் கடவுச்சொல்லை மறைவிலக்க முடியவில்லை; பொதுவாக தவறான IRP பொது விசை அமைக்கப்பட்டிருப்பதே காரணம்.</translation>
    </message>
    <message>
        <source>User or GSTIN not enabled</source>
        <translation>பயனர் அல்லது GSTIN இயக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>The GSTIN or the API user is inactive, or not enabled for e-invoicing.</source>
        <translation>GSTIN அல்லது API பயனர் செயலற்றது, அல்லது மின்-விலைப்பட்டியலுக்கு இயக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>On the e-invoice portal, check that the GSTIN is enabled for e-invoicing and the API user is active.</source>
        <translation>மின்-விலைப்பட்டியல் போர்டலில், GSTIN மின்-விலைப்பட்டியலுக்கு இயக்கப்பட்டுள்ளதா, API பயனர் செயலில் உள்ளாரா எனச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>Login made for another GSTIN</source>
        <translation>வேறொரு GSTIN-க்காக உள்நுழைவு செய்யப்பட்டது</translation>
    </message>
    <message>
        <source>The login was made for a different GSTIN than the one in this request.</source>
        <translation>இந்தக் கோரிக்கையில் உள்ள GSTIN அல்லாமல் வேறொரு GSTIN-க்காக உள்நுழைவு செய்யப்பட்டது.</translation>
    </message>
    <message>
        <source>Log in with the GSTIN of the seller. Each GSTIN needs its own connection settings.</source>
        <translation>விற்பனையாளரின் GSTIN உடன் உள்நுழையவும். ஒவ்வொரு GSTIN-க்கும் தனி இணைப்பு அமைப்புகள் தேவை.</translation>
    </message>
    <message>
        <source>Session key could not be decrypted</source>
        <translation>அமர்வு விசையை மறைவிலக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>The IRP could not decrypt the session key IRN Desk sent, usually because the wrong IRP public key is set.</source>
        <translation>IRN Desk அனுப்பிய அமர்வு விசையை IRP-ஆல் மறைவிலக்க முடியவில்லை; பொதுவாக தவறான IRP பொது விசை அமைக்கப்பட்டிருப்பதே காரணம்.</translation>
    </message>
    <message>
        <source>API user does not exist</source>
        <translation>API பயனர் இல்லை</translation>
    </message>
    <message>
        <source>The IRP has no API user with this name. Sandbox and production have separate users.</source>
        <translation>இந்தப் பெயரில் IRP-இல் API பயனர் எவரும் இல்லை. சாண்ட்பாக்ஸ் மற்றும் புரொடக்ஷனுக்குத் தனித்தனி பயனர்கள் உள்ளனர்.</translation>
    </message>
    <message>
        <source>Check the API user name, and that it was created for this GSTIN on the portal of the system you connect to.</source>
        <translation>API பயனர் பெயரையும், நீங்கள் இணைக்கும் அமைப்பின் போர்டலில் இந்த GSTIN-க்காக அது உருவாக்கப்பட்டதா என்பதையும் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>API user not linked to this client ID</source>
        <translation>API பயனர் இந்தக் கிளையன்ட் ID உடன் இணைக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>The API user belongs to other credentials: direct-access and GSP credentials were mixed.</source>
        <translation>API பயனர் வேறு அணுகல் சான்றுகளுக்குரியவர்: நேரடி அணுகல் மற்றும் GSP அணுகல் சான்றுகள் கலக்கப்பட்டுள்ளன.</translation>
    </message>
    <message>
        <source>Use the user name with the client ID and secret it was created for: your own direct API access, or your GSP&apos;s.</source>
        <translation>பயனர் பெயரை, அது எந்தக் கிளையன்ட் ID மற்றும் ரகசியத்துக்காக உருவாக்கப்பட்டதோ அவற்றுடன் பயன்படுத்தவும்: உங்கள் சொந்த நேரடி API அணுகல், அல்லது உங்கள் GSP-யின் அணுகல்.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>தவறான கடவுச்சொல்</translation>
    </message>
    <message>
        <source>The API password is wrong.</source>
        <translation>API கடவுச்சொல் தவறானது.</translation>
    </message>
    <message>
        <source>Request could not be decrypted</source>
        <translation>கோரிக்கையை மறைவிலக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>The IRP could not decrypt the request, usually because the IRP public key in the settings is wrong or old.</source>
        <translation>IRP-ஆல் கோரிக்கையை மறைவிலக்க முடியவில்லை; பொதுவாக அமைப்புகளில் உள்ள IRP பொது விசை தவறானது அல்லது பழையது என்பதே காரணம்.</translation>
    </message>
    <message>
        <source>IRP could not create the invoice</source>
        <translation>IRP-ஆல் விலைப்பட்டியலை உருவாக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>An unexpected error at the IRP while registering the invoice.</source>
        <translation>விலைப்பட்டியலைப் பதிவுசெய்யும்போது IRP-இல் எதிர்பாராத பிழை.</translation>
    </message>
    <message>
        <source>Invoice not as per the schema</source>
        <translation>விலைப்பட்டியல் ஸ்கீமாவின்படி இல்லை</translation>
    </message>
    <message>
        <source>The IRP could not read the invoice: a field has the wrong type, length or format, or a required field is missing.</source>
        <translation>IRP-ஆல் விலைப்பட்டியலைப் படிக்க முடியவில்லை: ஒரு புலத்தின் வகை, நீளம் அல்லது வடிவம் தவறானது, அல்லது கட்டாயப் புலம் ஒன்று இல்லை.</translation>
    </message>
    <message>
        <source>IRP could not cancel the IRN</source>
        <translation>IRP-ஆல் IRN-ஐ ரத்துசெய்ய முடியவில்லை</translation>
    </message>
    <message>
        <source>An unexpected error at the IRP while cancelling.</source>
        <translation>ரத்துசெய்யும்போது IRP-இல் எதிர்பாராத பிழை.</translation>
    </message>
    <message>
        <source>Request incomplete</source>
        <translation>கோரிக்கை முழுமையற்றது</translation>
    </message>
    <message>
        <source>A required part of the request is missing, for example the IRN or the reason of a cancellation.</source>
        <translation>கோரிக்கையின் கட்டாயப் பகுதி ஒன்று இல்லை, எடுத்துக்காட்டாக IRN அல்லது ரத்துக்கான காரணம்.</translation>
    </message>
    <message>
        <source>Fill in everything the request needs (to cancel: the IRN, the reason and a remark) and send it again.</source>
        <translation>கோரிக்கைக்குத் தேவையான அனைத்தையும் (ரத்துசெய்ய: IRN, காரணம் மற்றும் ஒரு குறிப்பு) நிரப்பி மீண்டும் அனுப்பவும்.</translation>
    </message>
    <message>
        <source>IRN belongs to another GSTIN</source>
        <translation>IRN வேறொரு GSTIN-க்குரியது</translation>
    </message>
    <message>
        <source>Only the GSTIN that generated an IRN can cancel it or work with it.</source>
        <translation>ஒரு IRN-ஐ உருவாக்கிய GSTIN மட்டுமே அதை ரத்துசெய்யவோ அதனுடன் செயல்படவோ முடியும்.</translation>
    </message>
    <message>
        <source>Document date format wrong</source>
        <translation>ஆவணத் தேதியின் வடிவம் தவறானது</translation>
    </message>
    <message>
        <source>The document date is not written as DD/MM/YYYY.</source>
        <translation>ஆவணத் தேதி DD/MM/YYYY என எழுதப்படவில்லை.</translation>
    </message>
    <message>
        <source>IRN not valid</source>
        <translation>IRN செல்லாதது</translation>
    </message>
    <message>
        <source>The IRN given is not a 64-character IRN.</source>
        <translation>கொடுக்கப்பட்ட IRN, 64-எழுத்து IRN அல்ல.</translation>
    </message>
    <message>
        <source>Copy the full IRN again: 64 characters, digits and the letters a to f.</source>
        <translation>முழு IRN-ஐ மீண்டும் நகலெடுக்கவும்: 64 எழுத்துகள், இலக்கங்கள் மற்றும் a முதல் f வரையிலான எழுத்துகள்.</translation>
    </message>
    <message>
        <source>IRN could not be created now</source>
        <translation>இப்போது IRN-ஐ உருவாக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>A passing problem at the IRP while creating the IRN.</source>
        <translation>IRN-ஐ உருவாக்கும்போது IRP-இல் தற்காலிகச் சிக்கல்.</translation>
    </message>
    <message>
        <source>Invoice could not be signed now</source>
        <translation>இப்போது விலைப்பட்டியலில் கையொப்பமிட முடியவில்லை</translation>
    </message>
    <message>
        <source>A passing problem at the IRP while signing the invoice.</source>
        <translation>விலைப்பட்டியலில் கையொப்பமிடும்போது IRP-இல் தற்காலிகச் சிக்கல்.</translation>
    </message>
    <message>
        <source>IRN not found</source>
        <translation>IRN கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>The IRP has no data for this IRN, or it is too old to fetch through the API.</source>
        <translation>இந்த IRN-க்கான தரவு IRP-இல் இல்லை, அல்லது API மூலம் பெற முடியாத அளவுக்கு அது பழையது.</translation>
    </message>
    <message>
        <source>Duplicate IRN</source>
        <translation>நகல் IRN</translation>
    </message>
    <message>
        <source>This document (same seller GSTIN, type, number and financial year) is already registered, perhaps by an earlier try whose answer was lost. Capitals in the number do not count.</source>
        <translation>இந்த ஆவணம் (அதே விற்பனையாளர் GSTIN, வகை, எண் மற்றும் நிதியாண்டு) ஏற்கனவே பதிவுசெய்யப்பட்டுள்ளது; பதில் தொலைந்துபோன முந்தைய முயற்சியால் இருக்கலாம். எண்ணில் உள்ள பெரிய/சிறிய எழுத்து வேறுபாடு கணக்கில் கொள்ளப்படாது.</translation>
    </message>
    <message>
        <source>If it is the same invoice, keep the IRN the IRP returned with this error. If it is another invoice, give it a new number: a used number, even a cancelled one, cannot be used again in the financial year.</source>
        <translation>இது அதே விலைப்பட்டியல் என்றால், இந்தப் பிழையுடன் IRP திருப்பி அனுப்பிய IRN-ஐ வைத்துக்கொள்ளவும். இது வேறு விலைப்பட்டியல் என்றால், அதற்குப் புதிய எண் கொடுக்கவும்: பயன்படுத்திய எண்ணை, ரத்துசெய்யப்பட்டதாக இருந்தாலும், அந்த நிதியாண்டில் மீண்டும் பயன்படுத்த முடியாது.</translation>
    </message>
    <message>
        <source>IRN details not found</source>
        <translation>IRN விவரங்கள் கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>No IRN was found for these document details.</source>
        <translation>இந்த ஆவண விவரங்களுக்கு IRN எதுவும் கிடைக்கவில்லை.</translation>
    </message>
    <message>
        <source>Seller GSTIN missing</source>
        <translation>விற்பனையாளர் GSTIN இல்லை</translation>
    </message>
    <message>
        <source>The seller&apos;s GSTIN is empty.</source>
        <translation>விற்பனையாளரின் GSTIN காலியாக உள்ளது.</translation>
    </message>
    <message>
        <source>Enter the seller&apos;s GSTIN (SellerDtls.Gstin).</source>
        <translation>விற்பனையாளரின் GSTIN-ஐ (SellerDtls.Gstin) உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>&apos;From&apos; date format wrong</source>
        <translation>&apos;முதல்&apos; தேதியின் வடிவம் தவறானது</translation>
    </message>
    <message>
        <source>The start date of the search is not written as DD/MM/YYYY.</source>
        <translation>தேடலின் தொடக்கத் தேதி DD/MM/YYYY என எழுதப்படவில்லை.</translation>
    </message>
    <message>
        <source>&apos;To&apos; date format wrong</source>
        <translation>&apos;வரை&apos; தேதியின் வடிவம் தவறானது</translation>
    </message>
    <message>
        <source>The end date of the search is not written as DD/MM/YYYY.</source>
        <translation>தேடலின் முடிவுத் தேதி DD/MM/YYYY என எழுதப்படவில்லை.</translation>
    </message>
    <message>
        <source>Reverse charge flag wrong</source>
        <translation>ரிவர்ஸ் சார்ஜ் குறி தவறானது</translation>
    </message>
    <message>
        <source>Reverse charge (RegRev) must be Y or N.</source>
        <translation>ரிவர்ஸ் சார்ஜ் (RegRev) Y அல்லது N ஆக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Set RegRev to Y or N.</source>
        <translation>RegRev-ஐ Y அல்லது N என அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Document type wrong</source>
        <translation>ஆவண வகை தவறானது</translation>
    </message>
    <message>
        <source>Only INV (invoice), CRN (credit note) and DBN (debit note) can be e-invoiced.</source>
        <translation>INV (விலைப்பட்டியல்), CRN (கிரெடிட் நோட்) மற்றும் DBN (டெபிட் நோட்) ஆகியவற்றுக்கு மட்டுமே மின்-விலைப்பட்டியல் உருவாக்க முடியும்.</translation>
    </message>
    <message>
        <source>Set the document type (DocDtls.Typ) to INV, CRN or DBN.</source>
        <translation>ஆவண வகையை (DocDtls.Typ) INV, CRN அல்லது DBN என அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Reverse charge only for B2B</source>
        <translation>ரிவர்ஸ் சார்ஜ் B2B-க்கு மட்டுமே</translation>
    </message>
    <message>
        <source>Reverse charge (RegRev = Y) is allowed only with supply type B2B.</source>
        <translation>ரிவர்ஸ் சார்ஜ் (RegRev = Y), வழங்கல் வகை B2B உடன் மட்டுமே அனுமதிக்கப்படும்.</translation>
    </message>
    <message>
        <source>Set RegRev to N, or the supply type to B2B if the supply really is under reverse charge.</source>
        <translation>RegRev-ஐ N என அமைக்கவும், அல்லது வழங்கல் உண்மையில் ரிவர்ஸ் சார்ஜின் கீழ் இருந்தால் வழங்கல் வகையை B2B என அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Date must be today or yesterday</source>
        <translation>தேதி இன்றோ நேற்றோ ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>An early IRP rule accepted only today&apos;s or yesterday&apos;s date. It was withdrawn.</source>
        <translation>IRP-இன் ஒரு ஆரம்பகால விதி இன்றைய அல்லது நேற்றைய தேதியை மட்டுமே ஏற்றது. அது திரும்பப் பெறப்பட்டது.</translation>
    </message>
    <message>
        <source>Seller or e-commerce operator, not both</source>
        <translation>விற்பனையாளர் அல்லது மின்-வணிக இயக்குநர், இருவரும் அல்ல</translation>
    </message>
    <message>
        <source>An invoice is reported by the seller or by the e-commerce operator, not by both. Also given when the seller GSTIN is not the GSTIN you are logged in with.</source>
        <translation>ஒரு விலைப்பட்டியலை விற்பனையாளரோ மின்-வணிக இயக்குநரோ தெரிவிக்க வேண்டும், இருவரும் அல்ல. நீங்கள் உள்நுழைந்துள்ள GSTIN விற்பனையாளர் GSTIN ஆக இல்லாதபோதும் இது வரும்.</translation>
    </message>
    <message>
        <source>Check that the seller GSTIN is the GSTIN of your login, and that the operator has not already reported this invoice.</source>
        <translation>விற்பனையாளர் GSTIN உங்கள் உள்நுழைவின் GSTIN தானா என்பதையும், இயக்குநர் இந்த விலைப்பட்டியலை ஏற்கனவே தெரிவிக்கவில்லை என்பதையும் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>Deemed export buyer cannot be URP</source>
        <translation>கருதப்படும் ஏற்றுமதியின் வாங்குபவர் URP ஆக இருக்க முடியாது</translation>
    </message>
    <message>
        <source>For a deemed export (DEXP) the buyer must have a GSTIN.</source>
        <translation>கருதப்படும் ஏற்றுமதிக்கு (DEXP) வாங்குபவருக்கு GSTIN இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s GSTIN.</source>
        <translation>வாங்குபவரின் GSTIN-ஐ உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>IGST on an intra-state line</source>
        <translation>மாநிலத்துக்குள்ளான வரிசையில் IGST</translation>
    </message>
    <message>
        <source>Seller state and place of supply are the same, so the line must carry CGST and SGST, not IGST.</source>
        <translation>விற்பனையாளர் மாநிலமும் வழங்கல் இடமும் ஒன்றே, எனவே வரிசையில் IGST அல்ல, CGST மற்றும் SGST இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Too many lines</source>
        <translation>வரிசைகள் மிக அதிகம்</translation>
    </message>
    <message>
        <source>An invoice can have at most 1000 lines.</source>
        <translation>ஒரு விலைப்பட்டியலில் அதிகபட்சம் 1000 வரிசைகள் இருக்கலாம்.</translation>
    </message>
    <message>
        <source>Split it into several invoices.</source>
        <translation>அதைப் பல விலைப்பட்டியல்களாகப் பிரிக்கவும்.</translation>
    </message>
    <message>
        <source>CGST or SGST on an inter-state line</source>
        <translation>மாநிலங்களுக்கு இடையிலான வரிசையில் CGST அல்லது SGST</translation>
    </message>
    <message>
        <source>Seller state and place of supply differ, so the line must carry IGST only.</source>
        <translation>விற்பனையாளர் மாநிலமும் வழங்கல் இடமும் வேறுபடுகின்றன, எனவே வரிசையில் IGST மட்டுமே இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>HSN code not known</source>
        <translation>அறியப்படாத HSN குறியீடு</translation>
    </message>
    <message>
        <source>An HSN or SAC code is not in the GST list, or is too short: at least 6 digits are needed.</source>
        <translation>ஒரு HSN அல்லது SAC குறியீடு GST பட்டியலில் இல்லை, அல்லது மிகக் குறுகியது: குறைந்தது 6 இலக்கங்கள் தேவை.</translation>
    </message>
    <message>
        <source>Look up the full 6 or 8 digit code in the GST HSN/SAC list and use it.</source>
        <translation>GST HSN/SAC பட்டியலில் முழு 6 அல்லது 8 இலக்கக் குறியீட்டைத் தேடிப் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>Unit code not known</source>
        <translation>அறியப்படாத அலகுக் குறியீடு</translation>
    </message>
    <message>
        <source>A unit is not a GST unit code (UQC), for example &apos;pcs.&apos; or &apos;Nos&apos;.</source>
        <translation>ஒரு அலகு GST அலகுக் குறியீடு (UQC) அல்ல, எடுத்துக்காட்டாக &apos;pcs.&apos; அல்லது &apos;Nos&apos;.</translation>
    </message>
    <message>
        <source>Use a UQC code such as NOS, PCS, KGS, MTR, or OTH for others.</source>
        <translation>NOS, PCS, KGS, MTR போன்ற UQC குறியீட்டைப் பயன்படுத்தவும், பிறவற்றுக்கு OTH.</translation>
    </message>
    <message>
        <source>PIN not in the state</source>
        <translation>PIN அந்த மாநிலத்தில் இல்லை</translation>
    </message>
    <message>
        <source>A PIN code does not belong to the state code given with it.</source>
        <translation>ஒரு PIN குறியீடு அதனுடன் கொடுக்கப்பட்ட மாநிலக் குறியீட்டுக்குரியது அல்ல.</translation>
    </message>
    <message>
        <source>Check the PIN and the state code of that address.</source>
        <translation>அந்த முகவரியின் PIN மற்றும் மாநிலக் குறியீட்டைச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>Tax amounts do not match the rates</source>
        <translation>வரித் தொகைகள் விகிதங்களுடன் பொருந்தவில்லை</translation>
    </message>
    <message>
        <source>Tax amounts do not agree with the tax rate and the taxable value.</source>
        <translation>வரித் தொகைகள் வரி விகிதம் மற்றும் வரிக்குட்பட்ட மதிப்புடன் ஒத்துப்போகவில்லை.</translation>
    </message>
    <message>
        <source>Export with CGST or SGST</source>
        <translation>CGST அல்லது SGST உடன் ஏற்றுமதி</translation>
    </message>
    <message>
        <source>An export can carry IGST only.</source>
        <translation>ஏற்றுமதியில் IGST மட்டுமே இருக்கலாம்.</translation>
    </message>
    <message>
        <source>Put the tax in IGST and remove CGST and SGST.</source>
        <translation>வரியை IGST இல் இட்டு, CGST மற்றும் SGST-ஐ அகற்றவும்.</translation>
    </message>
    <message>
        <source>Export cannot be intra-state</source>
        <translation>ஏற்றுமதி மாநிலத்துக்குள்ளானதாக இருக்க முடியாது</translation>
    </message>
    <message>
        <source>For an export the place of supply must be 96 (other country), not the seller&apos;s state.</source>
        <translation>ஏற்றுமதிக்கு வழங்கல் இடம் விற்பனையாளரின் மாநிலம் அல்ல, 96 (வேறு நாடு) ஆக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>ValDtls.%1 must include the non-ad-valorem cess (CesNonAdvlAmt) of all lines.</source>
        <translation>ValDtls.%1 இல் அனைத்து வரிசைகளின் மதிப்பு அடிப்படையல்லாத செஸ் (CesNonAdvlAmt) சேர்க்கப்பட வேண்டும்.</translation>
    </message>
    <message>
        <source>Invoice value does not add up</source>
        <translation>விலைப்பட்டியல் மதிப்பு கூட்டுத்தொகையுடன் பொருந்தவில்லை</translation>
    </message>
    <message>
        <source>TotInvVal must equal the line totals + other charges − discount + round-off, within ₹1.</source>
        <translation>TotInvVal, ₹1 வித்தியாசத்துக்குள், வரிசை மொத்தங்கள் + பிற கட்டணங்கள் − தள்ளுபடி + முழுமையாக்கல் என்பதற்குச் சமமாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Buyer type not valid for an export</source>
        <translation>ஏற்றுமதிக்கு வாங்குபவர் வகை செல்லாதது</translation>
    </message>
    <message>
        <source>The buyer&apos;s registration type does not fit an export.</source>
        <translation>வாங்குபவரின் பதிவு வகை ஏற்றுமதிக்குப் பொருந்தவில்லை.</translation>
    </message>
    <message>
        <source>Original invoice missing</source>
        <translation>அசல் விலைப்பட்டியல் இல்லை</translation>
    </message>
    <message>
        <source>A credit or debit note must name the invoice it corrects (RefDtls.PrecDocDtls).</source>
        <translation>கிரெடிட் அல்லது டெபிட் நோட், அது திருத்தும் விலைப்பட்டியலைக் (RefDtls.PrecDocDtls) குறிப்பிட வேண்டும்.</translation>
    </message>
    <message>
        <source>Enter the original invoice&apos;s number and date as the preceding document.</source>
        <translation>அசல் விலைப்பட்டியலின் எண் மற்றும் தேதியை முந்தைய ஆவணமாக உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Amount is not quantity × price</source>
        <translation>தொகை அளவு × விலை அல்ல</translation>
    </message>
    <message>
        <source>TotAmt is not Qty × UnitPrice. The IRP has suspended this check, but the amount looks wrong.</source>
        <translation>TotAmt, Qty × UnitPrice அல்ல. IRP இந்தச் சரிபார்ப்பை நிறுத்திவைத்துள்ளது, ஆனால் தொகை தவறாகத் தெரிகிறது.</translation>
    </message>
    <message>
        <source>Taxable value wrong</source>
        <translation>வரிக்குட்பட்ட மதிப்பு தவறானது</translation>
    </message>
    <message>
        <source>AssAmt must be TotAmt − Discount.</source>
        <translation>AssAmt, TotAmt − Discount ஆக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Line total wrong</source>
        <translation>வரிசை மொத்தம் தவறானது</translation>
    </message>
    <message>
        <source>TotItemVal must be the taxable value plus all taxes, cess and other charges of the line.</source>
        <translation>TotItemVal, வரிசையின் வரிக்குட்பட்ட மதிப்பும் அனைத்து வரிகள், செஸ் மற்றும் பிற கட்டணங்களும் சேர்ந்த தொகையாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>E-commerce GSTIN is not a TCS registration</source>
        <translation>மின்-வணிக GSTIN ஒரு TCS பதிவு அல்ல</translation>
    </message>
    <message>
        <source>EcmGstin must be the e-commerce operator&apos;s TCS GSTIN (C as 14th character).</source>
        <translation>EcmGstin, மின்-வணிக இயக்குநரின் TCS GSTIN ஆக இருக்க வேண்டும் (14வது எழுத்து C).</translation>
    </message>
    <message>
        <source>Ask the operator for its TCS GSTIN and enter it.</source>
        <translation>இயக்குநரிடம் அதன் TCS GSTIN-ஐக் கேட்டு உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>URP not allowed for this export</source>
        <translation>இந்த ஏற்றுமதிக்கு URP அனுமதிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>The buyer is URP, which this kind of export does not allow.</source>
        <translation>வாங்குபவர் URP; இந்த வகை ஏற்றுமதி அதை அனுமதிக்காது.</translation>
    </message>
    <message>
        <source>Check that the supply type fits the buyer: a buyer registered in India means B2B, SEZ or deemed export.</source>
        <translation>வழங்கல் வகை வாங்குபவருக்குப் பொருந்துகிறதா எனச் சரிபார்க்கவும்: இந்தியாவில் பதிவுசெய்யப்பட்ட வாங்குபவர் என்றால் B2B, SEZ அல்லது கருதப்படும் ஏற்றுமதி.</translation>
    </message>
    <message>
        <source>E-commerce GSTIN missing</source>
        <translation>மின்-வணிக GSTIN இல்லை</translation>
    </message>
    <message>
        <source>The supply is made through an e-commerce operator, but EcmGstin is missing.</source>
        <translation>வழங்கல் ஒரு மின்-வணிக இயக்குநர் மூலம் செய்யப்படுகிறது, ஆனால் EcmGstin இல்லை.</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s TCS GSTIN (EcmGstin).</source>
        <translation>இயக்குநரின் TCS GSTIN-ஐ (EcmGstin) உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Ship or dispatch details not allowed</source>
        <translation>அனுப்ப வேண்டிய இடம் அல்லது அனுப்பும் இட விவரங்கள் அனுமதிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>HSN code does not fit the line</source>
        <translation>HSN குறியீடு வரிசைக்குப் பொருந்தவில்லை</translation>
    </message>
    <message>
        <source>An HSN or SAC code does not fit the line, for example a goods code on a service line.</source>
        <translation>ஒரு HSN அல்லது SAC குறியீடு வரிசைக்குப் பொருந்தவில்லை, எடுத்துக்காட்டாக சேவை வரிசையில் சரக்குக் குறியீடு.</translation>
    </message>
    <message>
        <source>Service codes (SAC) start with 99: set IsServc to Y for them and N for goods.</source>
        <translation>சேவைக் குறியீடுகள் (SAC) 99 இல் தொடங்கும்: அவற்றுக்கு IsServc-ஐ Y எனவும், சரக்குகளுக்கு N எனவும் அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Dispatch or ship-to state code wrong</source>
        <translation>அனுப்பும் இடம் அல்லது அனுப்ப வேண்டிய இடத்தின் மாநிலக் குறியீடு தவறானது</translation>
    </message>
    <message>
        <source>The state code of the dispatch or ship-to address is not a valid state code.</source>
        <translation>அனுப்பும் இடம் அல்லது அனுப்ப வேண்டிய இட முகவரியின் மாநிலக் குறியீடு செல்லுபடியான மாநிலக் குறியீடு அல்ல.</translation>
    </message>
    <message>
        <source>Port code wrong</source>
        <translation>துறைமுகக் குறியீடு தவறானது</translation>
    </message>
    <message>
        <source>ExpDtls.Port is not in the list of Indian port codes.</source>
        <translation>ExpDtls.Port இந்தியத் துறைமுகக் குறியீடுகளின் பட்டியலில் இல்லை.</translation>
    </message>
    <message>
        <source>Enter the port code from the customs list, for example INNSA1 for Nhava Sheva.</source>
        <translation>சுங்கப் பட்டியலில் உள்ள துறைமுகக் குறியீட்டை உள்ளிடவும், எடுத்துக்காட்டாக நவா ஷேவாவுக்கு INNSA1.</translation>
    </message>
    <message>
        <source>Country code wrong</source>
        <translation>நாட்டுக் குறியீடு தவறானது</translation>
    </message>
    <message>
        <source>ExpDtls.CntCode is not a two-letter country code.</source>
        <translation>ExpDtls.CntCode இரண்டெழுத்து நாட்டுக் குறியீடு அல்ல.</translation>
    </message>
    <message>
        <source>Use the ISO country code, for example US, AE or GB.</source>
        <translation>ISO நாட்டுக் குறியீட்டைப் பயன்படுத்தவும், எடுத்துக்காட்டாக US, AE அல்லது GB.</translation>
    </message>
    <message>
        <source>Currency code wrong</source>
        <translation>நாணயக் குறியீடு தவறானது</translation>
    </message>
    <message>
        <source>ExpDtls.ForCur is not a three-letter currency code.</source>
        <translation>ExpDtls.ForCur மூன்றெழுத்து நாணயக் குறியீடு அல்ல.</translation>
    </message>
    <message>
        <source>Use the ISO currency code, for example USD, EUR or AED.</source>
        <translation>ISO நாணயக் குறியீட்டைப் பயன்படுத்தவும், எடுத்துக்காட்டாக USD, EUR அல்லது AED.</translation>
    </message>
    <message>
        <source>Ship-to details required</source>
        <translation>அனுப்ப வேண்டிய இட விவரங்கள் தேவை</translation>
    </message>
    <message>
        <source>Dispatch details required</source>
        <translation>அனுப்பும் இட விவரங்கள் தேவை</translation>
    </message>
    <message>
        <source>Ship-to and dispatch details required</source>
        <translation>அனுப்ப வேண்டிய இடம் மற்றும் அனுப்பும் இட விவரங்கள் தேவை</translation>
    </message>
    <message>
        <source>Ship-to details not allowed</source>
        <translation>அனுப்ப வேண்டிய இட விவரங்கள் அனுமதிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Export details missing</source>
        <translation>ஏற்றுமதி விவரங்கள் இல்லை</translation>
    </message>
    <message>
        <source>An export (EXPWP or EXPWOP) needs export details (ExpDtls).</source>
        <translation>ஏற்றுமதிக்கு (EXPWP அல்லது EXPWOP) ஏற்றுமதி விவரங்கள் (ExpDtls) தேவை.</translation>
    </message>
    <message>
        <source>Fill in the export details: country (CntCode), currency (ForCur) and, for goods, the port and shipping bill.</source>
        <translation>ஏற்றுமதி விவரங்களை நிரப்பவும்: நாடு (CntCode), நாணயம் (ForCur) மற்றும், சரக்குகளுக்கு, துறைமுகம் மற்றும் ஷிப்பிங் பில்.</translation>
    </message>
    <message>
        <source>Dispatch details not allowed</source>
        <translation>அனுப்பும் இட விவரங்கள் அனுமதிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Original invoice not expected</source>
        <translation>அசல் விலைப்பட்டியல் எதிர்பார்க்கப்படவில்லை</translation>
    </message>
    <message>
        <source>An invoice (INV) must not name a preceding invoice; only credit and debit notes do.</source>
        <translation>ஒரு விலைப்பட்டியல் (INV) முந்தைய விலைப்பட்டியலைக் குறிப்பிடக் கூடாது; கிரெடிட் மற்றும் டெபிட் நோட்டுகள் மட்டுமே குறிப்பிடும்.</translation>
    </message>
    <message>
        <source>Remove RefDtls.PrecDocDtls, or set the document type to CRN or DBN if this is a note.</source>
        <translation>RefDtls.PrecDocDtls-ஐ அகற்றவும், அல்லது இது ஒரு நோட் என்றால் ஆவண வகையை CRN அல்லது DBN என அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Seller and buyer GSTIN are the same</source>
        <translation>விற்பனையாளர் மற்றும் வாங்குபவர் GSTIN ஒன்றே</translation>
    </message>
    <message>
        <source>A seller cannot invoice its own GSTIN.</source>
        <translation>ஒரு விற்பனையாளர் தனது சொந்த GSTIN-க்கு விலைப்பட்டியல் இட முடியாது.</translation>
    </message>
    <message>
        <source>Check the buyer&apos;s GSTIN. A branch in another state has a GSTIN of its own.</source>
        <translation>வாங்குபவரின் GSTIN-ஐச் சரிபார்க்கவும். வேறு மாநிலத்தில் உள்ள கிளைக்குத் தனி GSTIN உண்டு.</translation>
    </message>
    <message>
        <source>Buyer cannot be URP here</source>
        <translation>இங்கு வாங்குபவர் URP ஆக இருக்க முடியாது</translation>
    </message>
    <message>
        <source>This supply type needs a registered buyer; URP is for exports.</source>
        <translation>இந்த வழங்கல் வகைக்குப் பதிவுசெய்யப்பட்ட வாங்குபவர் தேவை; URP ஏற்றுமதிகளுக்கு மட்டுமே.</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s GSTIN. Sales to unregistered buyers in India (B2C) are not e-invoiced.</source>
        <translation>வாங்குபவரின் GSTIN-ஐ உள்ளிடவும். இந்தியாவில் பதிவுசெய்யப்படாத வாங்குபவர்களுக்கான விற்பனைகளுக்கு (B2C) மின்-விலைப்பட்டியல் உருவாக்கப்படுவதில்லை.</translation>
    </message>
    <message>
        <source>Seller cannot be URP</source>
        <translation>விற்பனையாளர் URP ஆக இருக்க முடியாது</translation>
    </message>
    <message>
        <source>The seller must be a registered GSTIN.</source>
        <translation>விற்பனையாளர் பதிவுசெய்யப்பட்ட GSTIN ஆக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Enter your own GSTIN as the seller.</source>
        <translation>உங்கள் சொந்த GSTIN-ஐ விற்பனையாளராக உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Party GSTIN missing</source>
        <translation>தரப்பினர் GSTIN இல்லை</translation>
    </message>
    <message>
        <source>A party (seller, buyer or ship-to) has no GSTIN.</source>
        <translation>ஒரு தரப்பினருக்கு (விற்பனையாளர், வாங்குபவர் அல்லது அனுப்ப வேண்டிய இடம்) GSTIN இல்லை.</translation>
    </message>
    <message>
        <source>Enter the GSTIN, or URP for an unregistered or foreign party where that is allowed.</source>
        <translation>GSTIN-ஐ உள்ளிடவும், அல்லது அனுமதிக்கப்படும் இடங்களில் பதிவுசெய்யப்படாத அல்லது வெளிநாட்டுத் தரப்பினருக்கு URP என உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>PIN or state missing</source>
        <translation>PIN அல்லது மாநிலம் இல்லை</translation>
    </message>
    <message>
        <source>An address has no PIN or no state code.</source>
        <translation>ஒரு முகவரியில் PIN அல்லது மாநிலக் குறியீடு இல்லை.</translation>
    </message>
    <message>
        <source>Enter the PIN and the state code of that address.</source>
        <translation>அந்த முகவரியின் PIN மற்றும் மாநிலக் குறியீட்டை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Party name missing</source>
        <translation>தரப்பினர் பெயர் இல்லை</translation>
    </message>
    <message>
        <source>A party has no name.</source>
        <translation>ஒரு தரப்பினருக்குப் பெயர் இல்லை.</translation>
    </message>
    <message>
        <source>Enter the party&apos;s legal name.</source>
        <translation>தரப்பினரின் சட்டப்பூர்வ பெயரை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Location missing</source>
        <translation>இருப்பிடம் இல்லை</translation>
    </message>
    <message>
        <source>An address has no location (city or town).</source>
        <translation>ஒரு முகவரியில் இருப்பிடம் (நகரம் அல்லது ஊர்) இல்லை.</translation>
    </message>
    <message>
        <source>Enter the city or town (Loc).</source>
        <translation>நகரம் அல்லது ஊரை (Loc) உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Date in the future</source>
        <translation>எதிர்காலத் தேதி</translation>
    </message>
    <message>
        <source>A date is later than today, or is not a real date.</source>
        <translation>ஒரு தேதி இன்றைய தேதிக்குப் பிந்தையது, அல்லது உண்மையான தேதி அல்ல.</translation>
    </message>
    <message>
        <source>Use the real date, not a future one, written as DD/MM/YYYY.</source>
        <translation>எதிர்காலத் தேதியை அல்ல, உண்மையான தேதியை DD/MM/YYYY என எழுதிப் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>Start date after end date</source>
        <translation>தொடக்கத் தேதி முடிவுத் தேதிக்குப் பின் உள்ளது</translation>
    </message>
    <message>
        <source>A period starts after it ends, for example the invoice period in RefDtls.DocPerdDtls.</source>
        <translation>ஒரு காலம் முடிந்த பிறகு தொடங்குகிறது, எடுத்துக்காட்டாக RefDtls.DocPerdDtls இல் உள்ள விலைப்பட்டியல் காலம்.</translation>
    </message>
    <message>
        <source>Correct the dates so that the start comes first.</source>
        <translation>தொடக்கம் முதலில் வரும்படி தேதிகளைச் சரிசெய்யவும்.</translation>
    </message>
    <message>
        <source>Discount too large</source>
        <translation>தள்ளுபடி மிக அதிகம்</translation>
    </message>
    <message>
        <source>The invoice discount (ValDtls.Discount) is not below the invoice value.</source>
        <translation>விலைப்பட்டியல் தள்ளுபடி (ValDtls.Discount) விலைப்பட்டியல் மதிப்பை விடக் குறைவாக இல்லை.</translation>
    </message>
    <message>
        <source>Check the discount. A line&apos;s own discount belongs in that line&apos;s Discount.</source>
        <translation>தள்ளுபடியைச் சரிபார்க்கவும். ஒரு வரிசையின் சொந்தத் தள்ளுபடி அந்த வரிசையின் Discount இல் இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Export: with or without tax?</source>
        <translation>ஏற்றுமதி: வரியுடனா, வரியின்றியா?</translation>
    </message>
    <message>
        <source>An export must say whether tax is paid: EXPWP with payment, EXPWOP without (under bond or LUT).</source>
        <translation>வரி செலுத்தப்பட்டதா என்பதை ஏற்றுமதி குறிப்பிட வேண்டும்: செலுத்தியிருந்தால் EXPWP, செலுத்தாமல் (பாண்ட் அல்லது LUT இன் கீழ்) EXPWOP.</translation>
    </message>
    <message>
        <source>Set the supply type to EXPWP or EXPWOP.</source>
        <translation>வழங்கல் வகையை EXPWP அல்லது EXPWOP என அமைக்கவும்.</translation>
    </message>
    <message>
        <source>State cess rate wrong</source>
        <translation>மாநில செஸ் விகிதம் தவறானது</translation>
    </message>
    <message>
        <source>The state cess rate is not the rate for this HSN code.</source>
        <translation>மாநில செஸ் விகிதம் இந்த HSN குறியீட்டுக்கான விகிதம் அல்ல.</translation>
    </message>
    <message>
        <source>State cess rate missing</source>
        <translation>மாநில செஸ் விகிதம் இல்லை</translation>
    </message>
    <message>
        <source>This HSN code carries a state cess, but no rate is given.</source>
        <translation>இந்த HSN குறியீட்டுக்கு மாநில செஸ் உண்டு, ஆனால் விகிதம் கொடுக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>E-commerce GSTIN not expected</source>
        <translation>மின்-வணிக GSTIN எதிர்பார்க்கப்படவில்லை</translation>
    </message>
    <message>
        <source>EcmGstin is given for a supply that is not made through an e-commerce operator.</source>
        <translation>மின்-வணிக இயக்குநர் மூலம் செய்யப்படாத வழங்கலுக்கு EcmGstin கொடுக்கப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>Remove EcmGstin.</source>
        <translation>EcmGstin-ஐ அகற்றவும்.</translation>
    </message>
    <message>
        <source>Document date wrong</source>
        <translation>ஆவணத் தேதி தவறானது</translation>
    </message>
    <message>
        <source>DocDtls.Dt is not a real date written as DD/MM/YYYY.</source>
        <translation>DocDtls.Dt, DD/MM/YYYY என எழுதப்பட்ட உண்மையான தேதி அல்ல.</translation>
    </message>
    <message>
        <source>Not allowed to fetch this IRN</source>
        <translation>இந்த IRN-ஐப் பெற அனுமதி இல்லை</translation>
    </message>
    <message>
        <source>Your login may not fetch this IRN, for example because another GSTIN generated it.</source>
        <translation>உங்கள் உள்நுழைவால் இந்த IRN-ஐப் பெற முடியாது, எடுத்துக்காட்டாக வேறொரு GSTIN அதை உருவாக்கியிருந்தால்.</translation>
    </message>
    <message>
        <source>CGST and SGST differ</source>
        <translation>CGST மற்றும் SGST வேறுபடுகின்றன</translation>
    </message>
    <message>
        <source>On an intra-state line CGST and SGST must be equal, half the tax each.</source>
        <translation>மாநிலத்துக்குள்ளான வரிசையில் CGST மற்றும் SGST சமமாக இருக்க வேண்டும், ஒவ்வொன்றும் வரியில் பாதி.</translation>
    </message>
    <message>
        <source>No lines</source>
        <translation>வரிசைகள் இல்லை</translation>
    </message>
    <message>
        <source>The invoice has no items.</source>
        <translation>விலைப்பட்டியலில் பொருட்கள் இல்லை.</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>குறைந்தது ஒரு பொருளைச் சேர்க்கவும்.</translation>
    </message>
    <message>
        <source>E-way bill still active</source>
        <translation>இ-வே பில் இன்னும் செயலில் உள்ளது</translation>
    </message>
    <message>
        <source>The IRN has an active e-way bill, so it cannot be cancelled.</source>
        <translation>IRN-க்குச் செயலில் உள்ள இ-வே பில் இருப்பதால், அதை ரத்துசெய்ய முடியாது.</translation>
    </message>
    <message>
        <source>Cancel the e-way bill first, then the IRN.</source>
        <translation>முதலில் இ-வே பில்லை ரத்துசெய்யவும், பிறகு IRN-ஐ.</translation>
    </message>
    <message>
        <source>SEZ seller cannot e-invoice</source>
        <translation>SEZ விற்பனையாளர் மின்-விலைப்பட்டியல் உருவாக்க முடியாது</translation>
    </message>
    <message>
        <source>SEZ units are exempt from e-invoicing; the IRP does not accept them as sellers.</source>
        <translation>SEZ யூனிட்களுக்கு மின்-விலைப்பட்டியலில் இருந்து விலக்கு உண்டு; IRP அவற்றை விற்பனையாளர்களாக ஏற்காது.</translation>
    </message>
    <message>
        <source>Issue the invoice without an IRN.</source>
        <translation>IRN இல்லாமல் விலைப்பட்டியலை வழங்கவும்.</translation>
    </message>
    <message>
        <source>Duplicate line numbers</source>
        <translation>நகல் வரிசை எண்கள்</translation>
    </message>
    <message>
        <source>Two lines have the same serial number (SlNo).</source>
        <translation>இரண்டு வரிசைகளுக்கு ஒரே வரிசை எண் (SlNo) உள்ளது.</translation>
    </message>
    <message>
        <source>Number the lines 1, 2, 3 and so on, without repeats.</source>
        <translation>வரிசைகளுக்கு 1, 2, 3 என, மீண்டும் வராதபடி எண்ணிடவும்.</translation>
    </message>
    <message>
        <source>CGST or SGST of a line wrong</source>
        <translation>ஒரு வரிசையின் CGST அல்லது SGST தவறானது</translation>
    </message>
    <message>
        <source>A line&apos;s CGST or SGST is not taxable value × rate ÷ 2.</source>
        <translation>ஒரு வரிசையின் CGST அல்லது SGST, வரிக்குட்பட்ட மதிப்பு × விகிதம் ÷ 2 ஆக இல்லை.</translation>
    </message>
    <message>
        <source>IGST of a line wrong</source>
        <translation>ஒரு வரிசையின் IGST தவறானது</translation>
    </message>
    <message>
        <source>A line&apos;s IGST is not taxable value × rate.</source>
        <translation>ஒரு வரிசையின் IGST, வரிக்குட்பட்ட மதிப்பு × விகிதம் ஆக இல்லை.</translation>
    </message>
    <message>
        <source>Export e-way bill: ship-to must be the port</source>
        <translation>ஏற்றுமதி இ-வே பில்: அனுப்ப வேண்டிய இடம் துறைமுகமாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>For an export with an e-way bill, ship-to must be the Indian port or place the goods leave from.</source>
        <translation>இ-வே பில் உள்ள ஏற்றுமதிக்கு, அனுப்ப வேண்டிய இடம் சரக்குகள் புறப்படும் இந்தியத் துறைமுகம் அல்லது இடமாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>SEZ supply with CGST or SGST</source>
        <translation>CGST அல்லது SGST உடன் SEZ வழங்கல்</translation>
    </message>
    <message>
        <source>Supplies to an SEZ carry IGST only, even within the state.</source>
        <translation>SEZ-க்கான வழங்கல்களுக்கு, மாநிலத்துக்குள்ளேயே இருந்தாலும், IGST மட்டுமே.</translation>
    </message>
    <message>
        <source>Put the tax in IGST and set CGST and SGST to 0.</source>
        <translation>வரியை IGST இல் இட்டு, CGST மற்றும் SGST-ஐ 0 என அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Quantity missing</source>
        <translation>அளவு இல்லை</translation>
    </message>
    <message>
        <source>A goods line needs a quantity.</source>
        <translation>சரக்கு வரிசைக்கு அளவு தேவை.</translation>
    </message>
    <message>
        <source>Enter the quantity (Qty).</source>
        <translation>அளவை (Qty) உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Unit missing</source>
        <translation>அலகு இல்லை</translation>
    </message>
    <message>
        <source>A goods line needs a unit.</source>
        <translation>சரக்கு வரிசைக்கு அலகு தேவை.</translation>
    </message>
    <message>
        <source>Enter the unit code (UQC), for example NOS.</source>
        <translation>அலகுக் குறியீட்டை (UQC) உள்ளிடவும், எடுத்துக்காட்டாக NOS.</translation>
    </message>
    <message>
        <source>GST rate not allowed</source>
        <translation>GST விகிதம் அனுமதிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>The GST rate is not one of the rates allowed for this HSN code.</source>
        <translation>GST விகிதம் இந்த HSN குறியீட்டுக்கு அனுமதிக்கப்பட்ட விகிதங்களில் ஒன்று அல்ல.</translation>
    </message>
    <message>
        <source>Use the rate notified for the HSN code: 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28 or 40.</source>
        <translation>HSN குறியீட்டுக்கு அறிவிக்கப்பட்ட விகிதத்தைப் பயன்படுத்தவும்: 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28 அல்லது 40.</translation>
    </message>
    <message>
        <source>Intra-state line needs CGST and SGST</source>
        <translation>மாநிலத்துக்குள்ளான வரிசைக்கு CGST மற்றும் SGST தேவை</translation>
    </message>
    <message>
        <source>Seller state and place of supply are the same, so the line needs both CGST and SGST.</source>
        <translation>விற்பனையாளர் மாநிலமும் வழங்கல் இடமும் ஒன்றே, எனவே வரிசைக்கு CGST, SGST இரண்டும் தேவை.</translation>
    </message>
    <message>
        <source>Place of supply 96 not allowed</source>
        <translation>வழங்கல் இடம் 96 அனுமதிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>96 (other country) is the place of supply only of exports and some transport services.</source>
        <translation>96 (வேறு நாடு) என்பது ஏற்றுமதிகள் மற்றும் சில போக்குவரத்துச் சேவைகளுக்கு மட்டுமே வழங்கல் இடம்.</translation>
    </message>
    <message>
        <source>Set the place of supply to the buyer&apos;s state, or the supply type to an export.</source>
        <translation>வழங்கல் இடத்தை வாங்குபவரின் மாநிலமாக அமைக்கவும், அல்லது வழங்கல் வகையை ஏற்றுமதியாக அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Place of supply wrong</source>
        <translation>வழங்கல் இடம் தவறானது</translation>
    </message>
    <message>
        <source>The place of supply is not a valid state code.</source>
        <translation>வழங்கல் இடம் செல்லுபடியான மாநிலக் குறியீடு அல்ல.</translation>
    </message>
    <message>
        <source>Buyer PIN missing</source>
        <translation>வாங்குபவர் PIN இல்லை</translation>
    </message>
    <message>
        <source>This supply type needs the buyer&apos;s PIN.</source>
        <translation>இந்த வழங்கல் வகைக்கு வாங்குபவரின் PIN தேவை.</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s PIN, or 999999 for a foreign buyer.</source>
        <translation>வாங்குபவரின் PIN-ஐ உள்ளிடவும், அல்லது வெளிநாட்டு வாங்குபவருக்கு 999999.</translation>
    </message>
    <message>
        <source>Ship-to state must be the place of supply</source>
        <translation>அனுப்ப வேண்டிய இடத்தின் மாநிலம் வழங்கல் இடமாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>An older rule required the ship-to state to equal the place of supply for B2B. It is no longer applied.</source>
        <translation>B2B-க்கு அனுப்ப வேண்டிய இடத்தின் மாநிலம் வழங்கல் இடத்துக்குச் சமமாக இருக்க வேண்டும் என ஒரு பழைய விதி கோரியது. அது இனி பயன்படுத்தப்படுவதில்லை.</translation>
    </message>
    <message>
        <source>Buyer is an SEZ</source>
        <translation>வாங்குபவர் ஒரு SEZ</translation>
    </message>
    <message>
        <source>The buyer is an SEZ unit, so the supply type must be SEZWP or SEZWOP.</source>
        <translation>வாங்குபவர் ஒரு SEZ யூனிட், எனவே வழங்கல் வகை SEZWP அல்லது SEZWOP ஆக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Set the supply type to SEZWP (with tax) or SEZWOP (without tax).</source>
        <translation>வழங்கல் வகையை SEZWP (வரியுடன்) அல்லது SEZWOP (வரியின்றி) என அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Buyer is not an SEZ</source>
        <translation>வாங்குபவர் SEZ அல்ல</translation>
    </message>
    <message>
        <source>SEZWP and SEZWOP supplies need an SEZ unit or developer as buyer.</source>
        <translation>SEZWP மற்றும் SEZWOP வழங்கல்களுக்கு SEZ யூனிட் அல்லது டெவலப்பர் வாங்குபவராக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Check the buyer&apos;s GSTIN; if the buyer is not an SEZ, use supply type B2B.</source>
        <translation>வாங்குபவரின் GSTIN-ஐச் சரிபார்க்கவும்; வாங்குபவர் SEZ இல்லையெனில், வழங்கல் வகை B2B-ஐப் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>Export buyer must be URP</source>
        <translation>ஏற்றுமதி வாங்குபவர் URP ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>For an export the buyer&apos;s GSTIN must be URP.</source>
        <translation>ஏற்றுமதிக்கு வாங்குபவரின் GSTIN, URP ஆக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Goods and services mixed</source>
        <translation>சரக்குகளும் சேவைகளும் கலந்துள்ளன</translation>
    </message>
    <message>
        <source>An inter-state invoice whose place of supply is the seller&apos;s state cannot mix goods and services.</source>
        <translation>வழங்கல் இடம் விற்பனையாளரின் மாநிலமாக உள்ள மாநிலங்களுக்கிடையேயான விலைப்பட்டியலில் சரக்குகளையும் சேவைகளையும் கலக்க முடியாது.</translation>
    </message>
    <message>
        <source>Put the goods and the services on separate invoices.</source>
        <translation>சரக்குகளையும் சேவைகளையும் தனித்தனி விலைப்பட்டியல்களில் இடவும்.</translation>
    </message>
    <message>
        <source>E-way bill needs a goods line</source>
        <translation>இ-வே பில்லுக்கு ஒரு சரக்கு வரிசை தேவை</translation>
    </message>
    <message>
        <source>An e-way bill needs at least one goods line (HSN not starting with 99).</source>
        <translation>இ-வே பில்லுக்குக் குறைந்தது ஒரு சரக்கு வரிசை தேவை (99 இல் தொடங்காத HSN).</translation>
    </message>
    <message>
        <source>Vehicle details missing</source>
        <translation>வாகன விவரங்கள் இல்லை</translation>
    </message>
    <message>
        <source>Transport by road needs the vehicle number and type.</source>
        <translation>சாலைப் போக்குவரத்துக்கு வாகன எண்ணும் வாகன வகையும் தேவை.</translation>
    </message>
    <message>
        <source>Enter VehNo and VehType, or only the transporter ID (TransId) to add the vehicle later.</source>
        <translation>VehNo, VehType ஆகியவற்றை உள்ளிடவும்; அல்லது வாகனத்தைப் பின்னர் சேர்க்க, போக்குவரத்தாளர் ID (TransId) மட்டும் உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Transport document missing</source>
        <translation>போக்குவரத்து ஆவணம் இல்லை</translation>
    </message>
    <message>
        <source>Transport by rail, air or ship needs the transport document number and date.</source>
        <translation>ரயில், விமானம் அல்லது கப்பல் போக்குவரத்துக்கு போக்குவரத்து ஆவண எண்ணும் தேதியும் தேவை.</translation>
    </message>
    <message>
        <source>Enter TransDocNo and TransDocDt.</source>
        <translation>TransDocNo, TransDocDt ஆகியவற்றை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Empty request</source>
        <translation>வெற்றுக் கோரிக்கை</translation>
    </message>
    <message>
        <source>The IRP received no invoice data.</source>
        <translation>IRP-க்கு விலைப்பட்டியல் தரவு எதுவும் கிடைக்கவில்லை.</translation>
    </message>
    <message>
        <source>Signature not valid</source>
        <translation>கையொப்பம் செல்லாதது</translation>
    </message>
    <message>
        <source>The IRP could not verify the signature of the request.</source>
        <translation>கோரிக்கையின் கையொப்பத்தை IRP-ஆல் சரிபார்க்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>Login not valid for this IRN</source>
        <translation>இந்த IRN-க்கு உள்நுழைவு செல்லாது</translation>
    </message>
    <message>
        <source>Your login is not allowed to work with this IRN.</source>
        <translation>உங்கள் உள்நுழைவுக்கு இந்த IRN-உடன் பணிபுரிய அனுமதி இல்லை.</translation>
    </message>
    <message>
        <source>Seller state code is not the GSTIN&apos;s</source>
        <translation>விற்பனையாளர் மாநிலக் குறியீடு GSTIN-இன் குறியீடு அல்ல</translation>
    </message>
    <message>
        <source>SellerDtls.Stcd must equal the first two digits of the seller&apos;s GSTIN.</source>
        <translation>SellerDtls.Stcd, விற்பனையாளரின் GSTIN-இன் முதல் இரண்டு இலக்கங்களுக்குச் சமமாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Seller state code wrong</source>
        <translation>விற்பனையாளர் மாநிலக் குறியீடு தவறு</translation>
    </message>
    <message>
        <source>SellerDtls.Stcd is not a valid state code.</source>
        <translation>SellerDtls.Stcd செல்லுபடியான மாநிலக் குறியீடு அல்ல.</translation>
    </message>
    <message>
        <source>Buyer state code wrong</source>
        <translation>வாங்குபவர் மாநிலக் குறியீடு தவறு</translation>
    </message>
    <message>
        <source>BuyerDtls.Stcd is not a valid state code.</source>
        <translation>BuyerDtls.Stcd செல்லுபடியான மாநிலக் குறியீடு அல்ல.</translation>
    </message>
    <message>
        <source>Export: buyer state must be 96</source>
        <translation>ஏற்றுமதி: வாங்குபவர் மாநிலம் 96 ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>For an export the buyer&apos;s state code must be 96, other country.</source>
        <translation>ஏற்றுமதிக்கு வாங்குபவரின் மாநிலக் குறியீடு 96 (பிற நாடு) ஆக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>IgstOnIntra needs the seller&apos;s state as place of supply</source>
        <translation>IgstOnIntra-க்கு விற்பனையாளரின் மாநிலமே வழங்கல் இடமாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>With IgstOnIntra = Y the place of supply must be the seller&apos;s own state.</source>
        <translation>IgstOnIntra = Y எனில், வழங்கல் இடம் விற்பனையாளரின் சொந்த மாநிலமாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Set the place of supply to the seller&apos;s state, or IgstOnIntra to N.</source>
        <translation>வழங்கல் இடத்தை விற்பனையாளரின் மாநிலமாக அமைக்கவும், அல்லது IgstOnIntra-ஐ N ஆக அமைக்கவும்.</translation>
    </message>
    <message>
        <source>IgstOnIntra value wrong</source>
        <translation>IgstOnIntra மதிப்பு தவறு</translation>
    </message>
    <message>
        <source>IgstOnIntra must be Y or N.</source>
        <translation>IgstOnIntra, Y அல்லது N ஆக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Set IgstOnIntra to Y or N.</source>
        <translation>IgstOnIntra-ஐ Y அல்லது N ஆக அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Other charges do not add up</source>
        <translation>பிற கட்டணங்களின் கூட்டுத்தொகை பொருந்தவில்லை</translation>
    </message>
    <message>
        <source>An older rule required ValDtls.OthChrg to equal the sum of the lines&apos; other charges. It is no longer applied.</source>
        <translation>ValDtls.OthChrg, வரிசைகளின் பிற கட்டணங்களின் கூட்டுத்தொகைக்குச் சமமாக இருக்க வேண்டும் என ஒரு பழைய விதி கோரியது. அது இப்போது பயன்படுத்தப்படுவதில்லை.</translation>
    </message>
    <message>
        <source>Buyer state code is not the GSTIN&apos;s</source>
        <translation>வாங்குபவர் மாநிலக் குறியீடு GSTIN-இன் குறியீடு அல்ல</translation>
    </message>
    <message>
        <source>BuyerDtls.Stcd must equal the first two digits of the buyer&apos;s GSTIN.</source>
        <translation>BuyerDtls.Stcd, வாங்குபவரின் GSTIN-இன் முதல் இரண்டு இலக்கங்களுக்குச் சமமாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Cess amount wrong</source>
        <translation>செஸ் தொகை தவறு</translation>
    </message>
    <message>
        <source>The cess amount does not fit the cess rate of this HSN code.</source>
        <translation>செஸ் தொகை இந்த HSN குறியீட்டின் செஸ் விகிதத்துடன் பொருந்தவில்லை.</translation>
    </message>
    <message>
        <source>State cess amount wrong</source>
        <translation>மாநில செஸ் தொகை தவறு</translation>
    </message>
    <message>
        <source>The state cess amount does not fit the state cess rate of this HSN code.</source>
        <translation>மாநில செஸ் தொகை இந்த HSN குறியீட்டின் மாநில செஸ் விகிதத்துடன் பொருந்தவில்லை.</translation>
    </message>
    <message>
        <source>Too late to cancel</source>
        <translation>ரத்துசெய்வதற்கான காலம் கடந்துவிட்டது</translation>
    </message>
    <message>
        <source>An IRN can be cancelled only within 24 hours of its generation.</source>
        <translation>IRN உருவாக்கப்பட்ட 24 மணி நேரத்துக்குள் மட்டுமே அதை ரத்துசெய்ய முடியும்.</translation>
    </message>
    <message>
        <source>Issue a credit note instead, or amend the invoice in GSTR-1 on the GST portal.</source>
        <translation>அதற்குப் பதிலாக ஒரு கிரெடிட் நோட் வழங்கவும், அல்லது GST போர்டலில் GSTR-1 இல் விலைப்பட்டியலைத் திருத்தவும்.</translation>
    </message>
    <message>
        <source>IRN too old to fetch</source>
        <translation>பெற முடியாத அளவுக்கு IRN பழையது</translation>
    </message>
    <message>
        <source>The IRN exists but is older than 2 days, so the API no longer returns it.</source>
        <translation>IRN உள்ளது, ஆனால் 2 நாட்களுக்கு மேல் பழையது; எனவே API இனி அதைத் தருவதில்லை.</translation>
    </message>
    <message>
        <source>See it on the e-invoice portal instead.</source>
        <translation>அதற்குப் பதிலாக மின்-விலைப்பட்டியல் போர்டலில் பார்க்கவும்.</translation>
    </message>
    <message>
        <source>IRN not active</source>
        <translation>IRN செயலில் இல்லை</translation>
    </message>
    <message>
        <source>The IRN is cancelled or otherwise not active, so no e-way bill can be made from it.</source>
        <translation>IRN ரத்துசெய்யப்பட்டது அல்லது வேறு காரணத்தால் செயலில் இல்லை; எனவே அதிலிருந்து இ-வே பில் உருவாக்க முடியாது.</translation>
    </message>
    <message>
        <source>Check the IRN&apos;s status. A cancelled IRN cannot be used.</source>
        <translation>IRN-இன் நிலையைச் சரிபார்க்கவும். ரத்துசெய்யப்பட்ட IRN-ஐப் பயன்படுத்த முடியாது.</translation>
    </message>
    <message>
        <source>Reported too late (30 days)</source>
        <translation>தாமதமாகப் புகாரளிக்கப்பட்டது (30 நாட்கள்)</translation>
    </message>
    <message>
        <source>A seller with a turnover of ₹10 crore or more must report a document within 30 days of its date.</source>
        <translation>₹10 கோடி அல்லது அதற்கு மேல் விற்றுமுதல் உள்ள விற்பனையாளர், ஆவணத்தை அதன் தேதியிலிருந்து 30 நாட்களுக்குள் புகாரளிக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>The IRP will not accept it any more. Ask your tax adviser; do not change the document date.</source>
        <translation>IRP இனி இதை ஏற்காது. உங்கள் வரி ஆலோசகரிடம் கேளுங்கள்; ஆவணத் தேதியை மாற்ற வேண்டாம்.</translation>
    </message>
    <message>
        <source>Buyer and ship-to GSTIN are the same</source>
        <translation>வாங்குபவரின் GSTIN-உம் அனுப்ப வேண்டிய இட GSTIN-உம் ஒன்றே</translation>
    </message>
    <message>
        <source>From 1 August 2026, with ship-to details, the ship-to GSTIN must differ from the buyer&apos;s.</source>
        <translation>1 ஆகஸ்ட் 2026 முதல், அனுப்ப வேண்டிய இட விவரங்கள் இருந்தால், அந்த இடத்தின் GSTIN வாங்குபவரின் GSTIN-இலிருந்து வேறுபட வேண்டும்.</translation>
    </message>
    <message>
        <source>Leave out the ship-to details when the goods go to the buyer, or enter the ship-to party&apos;s own GSTIN.</source>
        <translation>சரக்குகள் வாங்குபவருக்கே செல்லும்போது அனுப்ப வேண்டிய இட விவரங்களை விட்டுவிடவும், அல்லது அனுப்ப வேண்டிய இடத் தரப்பினரின் சொந்த GSTIN-ஐ உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Ship-to state does not match</source>
        <translation>அனுப்ப வேண்டிய இட மாநிலம் பொருந்தவில்லை</translation>
    </message>
    <message>
        <source>From 1 August 2026, the ship-to state code must match the ship-to GSTIN and PIN.</source>
        <translation>1 ஆகஸ்ட் 2026 முதல், அனுப்ப வேண்டிய இட மாநிலக் குறியீடு அந்த இடத்தின் GSTIN, PIN ஆகியவற்றுடன் பொருந்த வேண்டும்.</translation>
    </message>
    <message>
        <source>Requested data not available</source>
        <translation>கோரிய தரவு கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>The IRP has no data for what was asked, for example a GSTIN it does not know.</source>
        <translation>கேட்கப்பட்டதற்கான தரவு IRP-இடம் இல்லை; எடுத்துக்காட்டாக, அதற்குத் தெரியாத ஒரு GSTIN.</translation>
    </message>
    <message>
        <source>Check the GSTIN. A new registration can take a few days to reach the IRP.</source>
        <translation>GSTIN-ஐச் சரிபார்க்கவும். புதிய பதிவு IRP-ஐ அடைய சில நாட்கள் ஆகலாம்.</translation>
    </message>
    <message>
        <source>GSTIN not valid</source>
        <translation>GSTIN செல்லாதது</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is not a valid registration for the IRP. Usually a typing mistake, or a very new registration.</source>
        <translation>விலைப்பட்டியலில் உள்ள ஒரு GSTIN, IRP-க்குச் செல்லுபடியான பதிவு அல்ல. பொதுவாக இது தட்டச்சுப் பிழை, அல்லது மிகப் புதிய பதிவு.</translation>
    </message>
    <message>
        <source>Check the GSTIN on the GST portal (Search Taxpayer) and correct it. If it is right and new, try again a day later.</source>
        <translation>GST போர்டலில் (Search Taxpayer) GSTIN-ஐச் சரிபார்த்துத் திருத்தவும். அது சரியானதாகவும் புதியதாகவும் இருந்தால், ஒரு நாள் கழித்து மீண்டும் முயலவும்.</translation>
    </message>
    <message>
        <source>GSTIN inactive or cancelled</source>
        <translation>GSTIN செயலற்றது அல்லது ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is cancelled, suspended or inactive in the IRP&apos;s records.</source>
        <translation>விலைப்பட்டியலில் உள்ள ஒரு GSTIN, IRP-இன் தரவில் ரத்துசெய்யப்பட்டது, இடைநிறுத்தப்பட்டது அல்லது செயலற்றது.</translation>
    </message>
    <message>
        <source>Check its status on the GST portal. If it is active there, use Sync GSTIN on the e-invoice portal and send again.</source>
        <translation>GST போர்டலில் அதன் நிலையைச் சரிபார்க்கவும். அங்கு அது செயலில் இருந்தால், மின்-விலைப்பட்டியல் போர்டலில் Sync GSTIN-ஐப் பயன்படுத்தி மீண்டும் அனுப்பவும்.</translation>
    </message>
    <message>
        <source>Ship-to PIN does not match</source>
        <translation>அனுப்ப வேண்டிய இட PIN பொருந்தவில்லை</translation>
    </message>
    <message>
        <source>From 1 August 2026, the ship-to PIN must belong to the ship-to state.</source>
        <translation>1 ஆகஸ்ட் 2026 முதல், அனுப்ப வேண்டிய இட PIN அந்த இடத்தின் மாநிலத்தைச் சேர்ந்ததாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>GSTIN cancelled before the document date</source>
        <translation>ஆவணத் தேதிக்கு முன்பே GSTIN ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is cancelled, and the document date is after the cancellation.</source>
        <translation>விலைப்பட்டியலில் உள்ள ஒரு GSTIN ரத்துசெய்யப்பட்டுள்ளது; ஆவணத் தேதி ரத்துசெய்த தேதிக்குப் பின்னர் உள்ளது.</translation>
    </message>
    <message>
        <source>GSTIN status does not fit the date</source>
        <translation>GSTIN நிலை தேதியுடன் பொருந்தவில்லை</translation>
    </message>
    <message>
        <source>Document dated before the registration</source>
        <translation>பதிவுக்கு முந்தைய தேதியிட்ட ஆவணம்</translation>
    </message>
    <message>
        <source>A GSTIN in the invoice is cancelled, and the document date is before its registration.</source>
        <translation>விலைப்பட்டியலில் உள்ள ஒரு GSTIN ரத்துசெய்யப்பட்டுள்ளது; ஆவணத் தேதி அதன் பதிவுக்கு முன்பு உள்ளது.</translation>
    </message>
    <message>
        <source>The document date is before the date a GSTIN in the invoice was registered.</source>
        <translation>விலைப்பட்டியலில் உள்ள ஒரு GSTIN பதிவுசெய்யப்பட்ட தேதிக்கு முன்பே ஆவணத் தேதி உள்ளது.</translation>
    </message>
    <message>
        <source>The e-way bill cannot be made: the IRN is not active, for example cancelled.</source>
        <translation>இ-வே பில் உருவாக்க முடியாது: IRN செயலில் இல்லை, எடுத்துக்காட்டாக ரத்துசெய்யப்பட்டது.</translation>
    </message>
    <message>
        <source>E-way bill not created</source>
        <translation>இ-வே பில் உருவாக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>The IRP could not create the e-way bill.</source>
        <translation>IRP-ஆல் இ-வே பில்லை உருவாக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>Check the transport details and try again. If it repeats, make the e-way bill on the e-way bill portal.</source>
        <translation>போக்குவரத்து விவரங்களைச் சரிபார்த்து மீண்டும் முயலவும். மீண்டும் நிகழ்ந்தால், இ-வே பில் போர்டலில் இ-வே பில்லை உருவாக்கவும்.</translation>
    </message>
    <message>
        <source>E-way bill already made</source>
        <translation>இ-வே பில் ஏற்கெனவே உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <source>An e-way bill was already generated for this IRN.</source>
        <translation>இந்த IRN-க்கு ஏற்கெனவே ஒரு இ-வே பில் உருவாக்கப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>Use the existing e-way bill: look it up by the IRN.</source>
        <translation>ஏற்கெனவே உள்ள இ-வே பில்லைப் பயன்படுத்தவும்: IRN மூலம் அதைத் தேடவும்.</translation>
    </message>
    <message>
        <source>IRN data not available</source>
        <translation>IRN தரவு கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>The IRP has no data for this IRN to make an e-way bill from.</source>
        <translation>இ-வே பில் உருவாக்க இந்த IRN-க்கான தரவு IRP-இடம் இல்லை.</translation>
    </message>
    <message>
        <source>Check the IRN.</source>
        <translation>IRN-ஐச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>IRN data could not be read</source>
        <translation>IRN தரவைப் படிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>A passing problem at the IRP while reading the IRN&apos;s data.</source>
        <translation>IRN-இன் தரவைப் படிக்கும்போது IRP-இல் ஏற்பட்ட ஒரு தற்காலிகச் சிக்கல்.</translation>
    </message>
    <message>
        <source>E-way bill not found</source>
        <translation>இ-வே பில் கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>Required value empty</source>
        <translation>தேவையான மதிப்பு காலியாக உள்ளது</translation>
    </message>
    <message>
        <source>A value the e-way bill request needs is empty.</source>
        <translation>இ-வே பில் கோரிக்கைக்குத் தேவையான ஒரு மதிப்பு காலியாக உள்ளது.</translation>
    </message>
    <message>
        <source>Fill in all the transport details the transport mode needs.</source>
        <translation>போக்குவரத்து முறைக்குத் தேவையான அனைத்துப் போக்குவரத்து விவரங்களையும் நிரப்பவும்.</translation>
    </message>
    <message>
        <source>E-way bill not available</source>
        <translation>இ-வே பில் கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>E-way bill number wrong</source>
        <translation>இ-வே பில் எண் தவறு</translation>
    </message>
    <message>
        <source>The e-way bill number is not valid; it has 12 digits.</source>
        <translation>இ-வே பில் எண் செல்லாதது; அதில் 12 இலக்கங்கள் இருக்கும்.</translation>
    </message>
    <message>
        <source>E-way bill needs goods</source>
        <translation>இ-வே பில்லுக்குச் சரக்குகள் தேவை</translation>
    </message>
    <message>
        <source>At least one line must be goods (HSN not starting with 99) for an e-way bill.</source>
        <translation>இ-வே பில்லுக்குக் குறைந்தது ஒரு வரிசை சரக்காக (99 இல் தொடங்காத HSN) இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Vehicle number missing</source>
        <translation>வாகன எண் இல்லை</translation>
    </message>
    <message>
        <source>Transport by road needs the vehicle number.</source>
        <translation>சாலைப் போக்குவரத்துக்கு வாகன எண் தேவை.</translation>
    </message>
    <message>
        <source>Enter the vehicle number (VehNo), for example MH12AB1234.</source>
        <translation>வாகன எண்ணை (VehNo) உள்ளிடவும், எடுத்துக்காட்டாக MH12AB1234.</translation>
    </message>
    <message>
        <source>Transport document number missing</source>
        <translation>போக்குவரத்து ஆவண எண் இல்லை</translation>
    </message>
    <message>
        <source>Transport by rail, air or ship needs the transport document number.</source>
        <translation>ரயில், விமானம் அல்லது கப்பல் போக்குவரத்துக்கு போக்குவரத்து ஆவண எண் தேவை.</translation>
    </message>
    <message>
        <source>Enter TransDocNo.</source>
        <translation>TransDocNo-ஐ உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Distance too high</source>
        <translation>தூரம் மிக அதிகம்</translation>
    </message>
    <message>
        <source>The distance is more than 10% above the IRP&apos;s distance between the two PINs.</source>
        <translation>இரண்டு PIN-களுக்கு இடையிலான IRP தூரத்தைவிட இந்தத் தூரம் 10%-க்கும் மேல் அதிகம்.</translation>
    </message>
    <message>
        <source>Vehicle number wrong</source>
        <translation>வாகன எண் தவறு</translation>
    </message>
    <message>
        <source>The vehicle number is not in a valid format.</source>
        <translation>வாகன எண் செல்லுபடியான வடிவத்தில் இல்லை.</translation>
    </message>
    <message>
        <source>Write it without spaces or dashes, for example MH12AB1234.</source>
        <translation>இடைவெளிகள் அல்லது கோடுகள் இல்லாமல் எழுதவும், எடுத்துக்காட்டாக MH12AB1234.</translation>
    </message>
    <message>
        <source>Blocked from e-way bills</source>
        <translation>இ-வே பில்களுக்குத் தடுக்கப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>The seller or buyer GSTIN is blocked from e-way bills for not filing returns.</source>
        <translation>ரிட்டர்ன்களைத் தாக்கல் செய்யாததால் விற்பனையாளர் அல்லது வாங்குபவர் GSTIN இ-வே பில்களுக்குத் தடுக்கப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>File the pending GST returns; the block is lifted after that.</source>
        <translation>நிலுவையில் உள்ள GST ரிட்டர்ன்களைத் தாக்கல் செய்யவும்; அதன் பிறகு தடை நீக்கப்படும்.</translation>
    </message>
    <message>
        <source>Transport document date in the future</source>
        <translation>போக்குவரத்து ஆவணத் தேதி எதிர்காலத்தில் உள்ளது</translation>
    </message>
    <message>
        <source>TransDocDt is later than today.</source>
        <translation>TransDocDt இன்றைய தேதிக்குப் பிந்தையது.</translation>
    </message>
    <message>
        <source>Enter the real date of the transport document.</source>
        <translation>போக்குவரத்து ஆவணத்தின் உண்மையான தேதியை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Date format wrong</source>
        <translation>தேதி வடிவம் தவறு</translation>
    </message>
    <message>
        <source>A date of the e-way bill is not DD/MM/YYYY.</source>
        <translation>இ-வே பில்லின் ஒரு தேதி DD/MM/YYYY வடிவத்தில் இல்லை.</translation>
    </message>
    <message>
        <source>Transporter ID wrong</source>
        <translation>போக்குவரத்தாளர் ID தவறு</translation>
    </message>
    <message>
        <source>The transporter ID (TransId) is not a valid GSTIN or enrolment number.</source>
        <translation>போக்குவரத்தாளர் ID (TransId) செல்லுபடியான GSTIN அல்லது பதிவெண் அல்ல.</translation>
    </message>
    <message>
        <source>Transporter ID needed</source>
        <translation>போக்குவரத்தாளர் ID தேவை</translation>
    </message>
    <message>
        <source>Vehicle type wrong</source>
        <translation>வாகன வகை தவறு</translation>
    </message>
    <message>
        <source>VehType must be R or O.</source>
        <translation>VehType, R அல்லது O ஆக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Transport document dated before the invoice</source>
        <translation>விலைப்பட்டியலுக்கு முந்தைய தேதியிட்ட போக்குவரத்து ஆவணம்</translation>
    </message>
    <message>
        <source>TransDocDt is before the document date.</source>
        <translation>TransDocDt ஆவணத் தேதிக்கு முந்தையது.</translation>
    </message>
    <message>
        <source>Enter the real transport document date; it cannot be before the invoice date.</source>
        <translation>போக்குவரத்து ஆவணத்தின் உண்மையான தேதியை உள்ளிடவும்; அது விலைப்பட்டியல் தேதிக்கு முன்பாக இருக்கக் கூடாது.</translation>
    </message>
    <message>
        <source>Vehicle type missing</source>
        <translation>வாகன வகை இல்லை</translation>
    </message>
    <message>
        <source>Transport by road needs the vehicle type.</source>
        <translation>சாலைப் போக்குவரத்துக்கு வாகன வகை தேவை.</translation>
    </message>
    <message>
        <source>Transport document date missing</source>
        <translation>போக்குவரத்து ஆவணத் தேதி இல்லை</translation>
    </message>
    <message>
        <source>Transport by rail, air or ship needs the transport document date.</source>
        <translation>ரயில், விமானம் அல்லது கப்பல் போக்குவரத்துக்கு போக்குவரத்து ஆவணத் தேதி தேவை.</translation>
    </message>
    <message>
        <source>Enter TransDocDt.</source>
        <translation>TransDocDt-ஐ உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Over-dimensional cargo not allowed</source>
        <translation>அளவுக்கு மீறிய சரக்கு அனுமதிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Vehicle type O (over-dimensional cargo) is allowed only for road and ship.</source>
        <translation>வாகன வகை O (அளவுக்கு மீறிய சரக்கு) சாலை, கப்பல் போக்குவரத்துக்கு மட்டுமே அனுமதிக்கப்படும்.</translation>
    </message>
    <message>
        <source>Set VehType to R, or check the transport mode.</source>
        <translation>VehType-ஐ R ஆக அமைக்கவும், அல்லது போக்குவரத்து முறையைச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>User not valid</source>
        <translation>பயனர் செல்லாதவர்</translation>
    </message>
    <message>
        <source>The user of the e-way bill request is not valid.</source>
        <translation>இ-வே பில் கோரிக்கையின் பயனர் செல்லுபடியானவர் அல்ல.</translation>
    </message>
    <message>
        <source>E-way bill exists for this document</source>
        <translation>இந்த ஆவணத்துக்கு இ-வே பில் ஏற்கெனவே உள்ளது</translation>
    </message>
    <message>
        <source>An e-way bill was already made for this document number.</source>
        <translation>இந்த ஆவண எண்ணுக்கு ஏற்கெனவே ஒரு இ-வே பில் உருவாக்கப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>Use the existing e-way bill, or cancel it on the e-way bill portal first.</source>
        <translation>ஏற்கெனவே உள்ள இ-வே பில்லைப் பயன்படுத்தவும், அல்லது முதலில் இ-வே பில் போர்டலில் அதை ரத்துசெய்யவும்.</translation>
    </message>
    <message>
        <source>Transport mode missing</source>
        <translation>போக்குவரத்து முறை இல்லை</translation>
    </message>
    <message>
        <source>The transport mode is needed when a vehicle or transport document is given.</source>
        <translation>வாகனம் அல்லது போக்குவரத்து ஆவணம் கொடுக்கப்பட்டால் போக்குவரத்து முறை தேவை.</translation>
    </message>
    <message>
        <source>Set TransMode: 1 road, 2 rail, 3 air, 4 ship.</source>
        <translation>TransMode-ஐ அமைக்கவும்: 1 சாலை, 2 ரயில், 3 விமானம், 4 கப்பல்.</translation>
    </message>
    <message>
        <source>Same PIN: give the distance</source>
        <translation>ஒரே PIN: தூரத்தைக் கொடுக்கவும்</translation>
    </message>
    <message>
        <source>Dispatch and delivery PINs are the same, so the IRP cannot compute the distance.</source>
        <translation>அனுப்பும் இட PIN-உம் விநியோக PIN-உம் ஒன்றே; எனவே IRP-ஆல் தூரத்தைக் கணக்கிட முடியாது.</translation>
    </message>
    <message>
        <source>Enter the real distance, 1 to 100 km.</source>
        <translation>உண்மையான தூரத்தை உள்ளிடவும், 1 முதல் 100 கி.மீ.</translation>
    </message>
    <message>
        <source>Distance unknown for these PINs</source>
        <translation>இந்த PIN-களுக்குத் தூரம் தெரியவில்லை</translation>
    </message>
    <message>
        <source>The IRP has no distance for this pair of PINs.</source>
        <translation>இந்த PIN இணைக்கான தூரம் IRP-இடம் இல்லை.</translation>
    </message>
    <message>
        <source>Export e-way bill needs ship-to details</source>
        <translation>ஏற்றுமதி இ-வே பில்லுக்கு அனுப்ப வேண்டிய இட விவரங்கள் தேவை</translation>
    </message>
    <message>
        <source>An export e-way bill needs ship-to details: the Indian port or place of export.</source>
        <translation>ஏற்றுமதி இ-வே பில்லுக்கு அனுப்ப வேண்டிய இட விவரங்கள் தேவை: இந்தியத் துறைமுகம் அல்லது ஏற்றுமதி செய்யும் இடம்.</translation>
    </message>
    <message>
        <source>Ship-to state 96 not allowed</source>
        <translation>அனுப்ப வேண்டிய இட மாநிலம் 96 அனுமதிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>An e-way bill needs an Indian ship-to state; 96 (other country) is not allowed.</source>
        <translation>இ-வே பில்லுக்கு அனுப்ப வேண்டிய இடம் இந்திய மாநிலமாக இருக்க வேண்டும்; 96 (பிற நாடு) அனுமதிக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Ship-to PIN 999999 not allowed</source>
        <translation>அனுப்ப வேண்டிய இட PIN 999999 அனுமதிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>An e-way bill needs an Indian ship-to PIN; 999999 is not allowed.</source>
        <translation>இ-வே பில்லுக்கு அனுப்ப வேண்டிய இடத்தின் PIN இந்திய PIN ஆக இருக்க வேண்டும்; 999999 அனுமதிக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Dispatch state 96 not allowed</source>
        <translation>அனுப்பும் இட மாநிலம் 96 அனுமதிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>An e-way bill needs an Indian dispatch state; 96 (other country) is not allowed.</source>
        <translation>இ-வே பில்லுக்கு அனுப்பும் இடம் இந்திய மாநிலமாக இருக்க வேண்டும்; 96 (பிற நாடு) அனுமதிக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Dispatch PIN 999999 not allowed</source>
        <translation>அனுப்பும் இட PIN 999999 அனுமதிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>An e-way bill needs an Indian dispatch PIN; 999999 is not allowed.</source>
        <translation>இ-வே பில்லுக்கு அனுப்பும் இடத்தின் PIN இந்திய PIN ஆக இருக்க வேண்டும்; 999999 அனுமதிக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Distance 0 with PIN 999999</source>
        <translation>PIN 999999 உடன் தூரம் 0</translation>
    </message>
    <message>
        <source>With PIN 999999 the IRP cannot compute the distance, so 0 is not allowed.</source>
        <translation>PIN 999999 எனில் IRP-ஆல் தூரத்தைக் கணக்கிட முடியாது; எனவே 0 அனுமதிக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>அங்கீகாரம் இல்லை</translation>
    </message>
    <message>
        <source>Your login may not make this e-way bill request.</source>
        <translation>இந்த இ-வே பில் கோரிக்கையைச் செய்ய உங்கள் உள்நுழைவுக்கு அனுமதி இல்லை.</translation>
    </message>
    <message>
        <source>Distance too low</source>
        <translation>தூரம் மிகக் குறைவு</translation>
    </message>
    <message>
        <source>The distance is more than 10% below the IRP&apos;s distance between the two PINs.</source>
        <translation>இரண்டு PIN-களுக்கு இடையிலான IRP தூரத்தைவிட இந்தத் தூரம் 10%-க்கும் மேல் குறைவு.</translation>
    </message>
    <message>
        <source>Ship transport with a regular vehicle</source>
        <translation>சாதாரண வாகனத்துடன் கப்பல் போக்குவரத்து</translation>
    </message>
    <message>
        <source>For transport by ship the vehicle type cannot be R (regular).</source>
        <translation>கப்பல் போக்குவரத்துக்கு வாகன வகை R (சாதாரணம்) ஆக இருக்க முடியாது.</translation>
    </message>
    <message>
        <source>Give the vessel or transport document number instead of a regular vehicle.</source>
        <translation>சாதாரண வாகனத்துக்குப் பதிலாக கப்பல் எண் அல்லது போக்குவரத்து ஆவண எண்ணைக் கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>Ship transport needs vessel or document</source>
        <translation>கப்பல் போக்குவரத்துக்கு கப்பல் அல்லது ஆவணம் தேவை</translation>
    </message>
    <message>
        <source>Transport by ship needs a vessel number or a transport document number.</source>
        <translation>கப்பல் போக்குவரத்துக்கு கப்பல் எண் அல்லது போக்குவரத்து ஆவண எண் தேவை.</translation>
    </message>
    <message>
        <source>Enter VehNo (the vessel) or TransDocNo.</source>
        <translation>VehNo (கப்பல்) அல்லது TransDocNo-ஐ உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>From 1 August 2026, the ship-to state code must match the ship-to GSTIN.</source>
        <translation>1 ஆகஸ்ட் 2026 முதல், அனுப்ப வேண்டிய இட மாநிலக் குறியீடு அந்த இடத்தின் GSTIN உடன் பொருந்த வேண்டும்.</translation>
    </message>
    <message>
        <source>IRP system error</source>
        <translation>IRP அமைப்புப் பிழை</translation>
    </message>
    <message>
        <source>Something failed inside the IRP. In the sandbox it also means a missing ship-to GSTIN.</source>
        <translation>IRP-க்குள் ஏதோ தோல்வியடைந்தது. சாண்ட்பாக்ஸில் இது அனுப்ப வேண்டிய இட GSTIN இல்லை என்பதையும் குறிக்கும்.</translation>
    </message>
    <message>
        <source>Request not accepted</source>
        <translation>கோரிக்கை ஏற்கப்படவில்லை</translation>
    </message>
    <message>
        <source>The request as a whole is not as per the schema, or too large. In the sandbox it also means a missing ship-to GSTIN.</source>
        <translation>கோரிக்கை முழுமையாக ஸ்கீமாவுக்கு ஏற்ப இல்லை, அல்லது மிகப் பெரியது. சாண்ட்பாக்ஸில் இது அனுப்ப வேண்டிய இட GSTIN இல்லை என்பதையும் குறிக்கும்.</translation>
    </message>
    <message>
        <source>Run Validate and correct every SCHEMA error. Send a large batch in smaller parts.</source>
        <translation>சரிபார்ப்பை (Validate) இயக்கி, ஒவ்வொரு SCHEMA பிழையையும் திருத்தவும். பெரிய தொகுப்பைச் சிறு பகுதிகளாக அனுப்பவும்.</translation>
    </message>
    <message>
        <source>Data empty</source>
        <translation>தரவு காலியாக உள்ளது</translation>
    </message>
    <message>
        <source>The request carried no data, for example an empty login.</source>
        <translation>கோரிக்கையில் தரவு எதுவும் இல்லை, எடுத்துக்காட்டாக வெற்று உள்நுழைவு.</translation>
    </message>
    <message>
        <source>Invoice not active</source>
        <translation>விலைப்பட்டியல் செயலில் இல்லை</translation>
    </message>
    <message>
        <source>The IRN is not active, usually because it is already cancelled.</source>
        <translation>IRN செயலில் இல்லை; பொதுவாக அது ஏற்கெனவே ரத்துசெய்யப்பட்டதால்.</translation>
    </message>
    <message>
        <source>Look the IRN up: if it shows as cancelled, nothing more is needed.</source>
        <translation>IRN-ஐத் தேடவும்: அது ரத்துசெய்யப்பட்டதாகக் காட்டினால், வேறு எதுவும் செய்ய வேண்டியதில்லை.</translation>
    </message>
    <message>
        <source>Not as per the e-invoice schema</source>
        <translation>மின்-விலைப்பட்டியல் ஸ்கீமாவுக்கு ஏற்ப இல்லை</translation>
    </message>
    <message>
        <source>A field is missing, or has the wrong type, length, format or value for the INV-01 schema. The IRP would refuse the invoice (2140 or 5002).</source>
        <translation>ஒரு புலம் இல்லை, அல்லது INV-01 ஸ்கீமாவுக்குத் தவறான வகை, நீளம், வடிவம் அல்லது மதிப்பைக் கொண்டுள்ளது. IRP இந்த விலைப்பட்டியலை நிராகரிக்கும் (2140 அல்லது 5002).</translation>
    </message>
    <message>
        <source>Correct the field the message names.</source>
        <translation>செய்தி குறிப்பிடும் புலத்தைத் திருத்தவும்.</translation>
    </message>
    <message>
        <source>Cess does not match its rate</source>
        <translation>செஸ் அதன் விகிதத்துடன் பொருந்தவில்லை</translation>
    </message>
    <message>
        <source>A line&apos;s CesAmt is not AssAmt × CesRt. The IRP checks cess against its own HSN-wise rates (2266), which are not public.</source>
        <translation>ஒரு வரிசையின் CesAmt, AssAmt × CesRt ஆக இல்லை. IRP செஸ்ஸைத் தனது சொந்த HSN வாரியான விகிதங்களுடன் (2266) சரிபார்க்கிறது; அவை பொதுவில் வெளியிடப்படவில்லை.</translation>
    </message>
    <message>
        <source>Compute the cess as taxable value × cess rate; a cess per unit goes in CesNonAdvlAmt.</source>
        <translation>செஸ்ஸை வரிக்குட்பட்ட மதிப்பு × செஸ் விகிதம் எனக் கணக்கிடவும்; அலகுக்கான செஸ் CesNonAdvlAmt-இல் செல்லும்.</translation>
    </message>
    <message>
        <source>Dated before e-invoicing began</source>
        <translation>மின்-விலைப்பட்டியல் தொடங்கும் முன்பான தேதி</translation>
    </message>
    <message>
        <source>The document date is before 1 October 2020, when e-invoicing began. The IRP is not expected to accept it.</source>
        <translation>ஆவணத் தேதி, மின்-விலைப்பட்டியல் தொடங்கிய 1 அக்டோபர் 2020-க்கு முந்தையது. IRP இதை ஏற்கும் என எதிர்பார்க்க முடியாது.</translation>
    </message>
    <message>
        <source>Check the document date.</source>
        <translation>ஆவணத் தேதியைச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>File read leniently</source>
        <translation>கோப்பு தளர்வாகப் படிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>The file was read, but not exactly as written: a null value, a key in other capitals, or a key given twice. The IRP may not be as lenient.</source>
        <translation>கோப்பு படிக்கப்பட்டது, ஆனால் எழுதியபடியே அல்ல: ஒரு null மதிப்பு, வேறு எழுத்து அளவில் (capitals) உள்ள ஒரு key, அல்லது இருமுறை கொடுக்கப்பட்ட ஒரு key. IRP இவ்வளவு தளர்வாக இருக்காமல் போகலாம்.</translation>
    </message>
    <message>
        <source>Save the invoice again from IRN Desk, or correct the file.</source>
        <translation>IRN Desk-இலிருந்து விலைப்பட்டியலை மீண்டும் சேமிக்கவும், அல்லது கோப்பைத் திருத்தவும்.</translation>
    </message>
    <message>
        <source>Original invoice dated after the note</source>
        <translation>அசல் விலைப்பட்டியல் நோட்டுக்குப் பிந்தைய தேதியிட்டது</translation>
    </message>
    <message>
        <source>A preceding document (RefDtls.PrecDocDtls) is dated after this credit or debit note.</source>
        <translation>ஒரு முந்தைய ஆவணம் (RefDtls.PrecDocDtls) இந்தக் கிரெடிட் அல்லது டெபிட் நோட்டுக்குப் பிந்தைய தேதியிட்டது.</translation>
    </message>
    <message>
        <source>Check the original invoice&apos;s date (InvDt): it comes on or before the note.</source>
        <translation>அசல் விலைப்பட்டியலின் தேதியை (InvDt) சரிபார்க்கவும்: அது நோட்டின் தேதியிலோ அதற்கு முன்போ இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Round-off larger than rounding</source>
        <translation>முழுமையாக்கல் தொகை தேவையைவிட அதிகம்</translation>
    </message>
    <message>
        <source>RndOffAmt is ₹1 or more: more than rounding to the rupee needs. The IRP accepts it.</source>
        <translation>RndOffAmt ₹1 அல்லது அதற்கு மேல் உள்ளது: ரூபாய்க்கு முழுமையாக்கத் தேவையானதைவிட அதிகம். IRP இதை ஏற்கும்.</translation>
    </message>
    <message>
        <source>Keep the round-off below ₹1; put other adjustments in other charges or discount.</source>
        <translation>முழுமையாக்கல் தொகையை ₹1-க்குக் கீழ் வைக்கவும்; பிற சரிசெய்தல்களைப் பிற கட்டணங்கள் அல்லது தள்ளுபடியில் இடவும்.</translation>
    </message>
    <message>
        <source>SEZ place of supply is not the SEZ&apos;s state</source>
        <translation>SEZ வழங்கல் இடம் SEZ-இன் மாநிலம் அல்ல</translation>
    </message>
    <message>
        <source>For a supply to an SEZ the place of supply is the SEZ&apos;s state, but here it differs from the buyer&apos;s state code.</source>
        <translation>SEZ-க்கான வழங்கலில் வழங்கல் இடம் SEZ-இன் மாநிலம்; ஆனால் இங்கு அது வாங்குபவரின் மாநிலக் குறியீட்டிலிருந்து வேறுபடுகிறது.</translation>
    </message>
    <message>
        <source>Set the place of supply to the buyer&apos;s state code, unless the supply really takes place elsewhere.</source>
        <translation>வழங்கல் உண்மையில் வேறு இடத்தில் நடைபெறாவிட்டால், வழங்கல் இடத்தை வாங்குபவரின் மாநிலக் குறியீடாக அமைக்கவும்.</translation>
    </message>
    <message>
        <source>State cess does not match its rate</source>
        <translation>மாநில செஸ் அதன் விகிதத்துடன் பொருந்தவில்லை</translation>
    </message>
    <message>
        <source>A line&apos;s StateCesAmt is not AssAmt × StateCesRt. The IRP checks it against its own HSN-wise rates (2267).</source>
        <translation>ஒரு வரிசையின் StateCesAmt, AssAmt × StateCesRt ஆக இல்லை. IRP இதைத் தனது சொந்த HSN வாரியான விகிதங்களுடன் (2267) சரிபார்க்கிறது.</translation>
    </message>
    <message>
        <source>Compute the state cess as taxable value × its rate; a state cess per unit goes in StateCesNonAdvlAmt.</source>
        <translation>மாநில செஸ்ஸை வரிக்குட்பட்ட மதிப்பு × அதன் விகிதம் எனக் கணக்கிடவும்; அலகுக்கான மாநில செஸ் StateCesNonAdvlAmt-இல் செல்லும்.</translation>
    </message>
    <message>
        <source>error in the invoice</source>
        <translation>விலைப்பட்டியலில் பிழை</translation>
    </message>
    <message>
        <source>login and API access</source>
        <translation>உள்நுழைவு மற்றும் API அணுகல்</translation>
    </message>
    <message>
        <source>passing problem at the IRP</source>
        <translation>IRP-இல் தற்காலிகச் சிக்கல்</translation>
    </message>
    <message>
        <source>request incomplete</source>
        <translation>கோரிக்கை முழுமையற்றது</translation>
    </message>
    <message>
        <source>looking up an IRN</source>
        <translation>IRN-ஐத் தேடுதல்</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>ரத்துசெய்தல்</translation>
    </message>
    <message>
        <source>e-way bill</source>
        <translation>இ-வே பில்</translation>
    </message>
    <message>
        <source>IRN Desk check</source>
        <translation>IRN Desk சரிபார்ப்பு</translation>
    </message>
</context>
<context>
    <name>irndesk::Fixer</name>
    <message>
        <source>Quantity × unit price</source>
        <translation>அளவு × அலகு விலை</translation>
    </message>
    <message>
        <source>Amount − discount</source>
        <translation>தொகை − தள்ளுபடி</translation>
    </message>
    <message>
        <source>Taxable value × GST rate ÷ 2</source>
        <translation>வரிக்குட்பட்ட மதிப்பு × GST விகிதம் ÷ 2</translation>
    </message>
    <message>
        <source>No CGST or SGST on this supply</source>
        <translation>இந்த வழங்கலுக்கு CGST அல்லது SGST இல்லை</translation>
    </message>
    <message>
        <source>Taxable value × GST rate</source>
        <translation>வரிக்குட்பட்ட மதிப்பு × GST விகிதம்</translation>
    </message>
    <message>
        <source>No IGST on this supply</source>
        <translation>இந்த வழங்கலுக்கு IGST இல்லை</translation>
    </message>
    <message>
        <source>Taxable value × cess rate</source>
        <translation>வரிக்குட்பட்ட மதிப்பு × செஸ் விகிதம்</translation>
    </message>
    <message>
        <source>Taxable value × state cess rate</source>
        <translation>வரிக்குட்பட்ட மதிப்பு × மாநில செஸ் விகிதம்</translation>
    </message>
    <message>
        <source>Taxable value + taxes, cess and other charges of the line</source>
        <translation>வரிக்குட்பட்ட மதிப்பு + வரிசையின் வரிகள், செஸ், பிற கட்டணங்கள்</translation>
    </message>
    <message>
        <source>Line totals + other charges − discount + round-off</source>
        <translation>வரிசை மொத்தங்கள் + பிற கட்டணங்கள் − தள்ளுபடி + முழுமையாக்கல்</translation>
    </message>
    <message>
        <source>Rounds the invoice value to the rupee</source>
        <translation>விலைப்பட்டியல் மதிப்பை ரூபாய்க்கு முழுமையாக்குகிறது</translation>
    </message>
    <message>
        <source>Sum of the lines</source>
        <translation>வரிசைகளின் கூட்டுத்தொகை</translation>
    </message>
    <message>
        <source>Recomputed from the other amounts</source>
        <translation>பிற தொகைகளிலிருந்து மீண்டும் கணக்கிடப்பட்டது</translation>
    </message>
    <message>
        <source>A buyer abroad has no GSTIN: URP</source>
        <translation>வெளிநாட்டு வாங்குபவருக்கு GSTIN இல்லை: URP</translation>
    </message>
    <message>
        <source>The place of supply of an export is 96, other country</source>
        <translation>ஏற்றுமதியின் வழங்கல் இடம் 96, பிற நாடு</translation>
    </message>
    <message>
        <source>A buyer abroad has state code 96</source>
        <translation>வெளிநாட்டு வாங்குபவரின் மாநிலக் குறியீடு 96</translation>
    </message>
    <message>
        <source>An address abroad has PIN 999999</source>
        <translation>வெளிநாட்டு முகவரியின் PIN 999999</translation>
    </message>
    <message>
        <source>Spaces around the text removed</source>
        <translation>உரையின் முன்னும் பின்னும் உள்ள இடைவெளிகள் நீக்கப்பட்டன</translation>
    </message>
    <message>
        <source>Codes are written in capital letters</source>
        <translation>குறியீடுகள் பெரிய (capital) எழுத்துகளில் எழுதப்படுகின்றன</translation>
    </message>
    <message>
        <source>The first two digits of GSTIN %1 are its state code</source>
        <translation>GSTIN %1-இன் முதல் இரண்டு இலக்கங்கள் அதன் மாநிலக் குறியீடு</translation>
    </message>
    <message>
        <source>Amounts not recomputed: lines taxed on the retail sale price (tobacco, pan masala) follow another formula.</source>
        <translation>தொகைகள் மீண்டும் கணக்கிடப்படவில்லை: சில்லறை விற்பனை விலையில் வரி விதிக்கப்படும் வரிசைகள் (புகையிலை, பான் மசாலா) வேறு சூத்திரத்தைப் பின்பற்றுகின்றன.</translation>
    </message>
</context>
<context>
    <name>irndesk::MastersText</name>
    <message>
        <source>Master file %1: %2</source>
        <translation>முதன்மைக் கோப்பு %1: %2</translation>
    </message>
    <message>
        <source>no &quot;data&quot; member</source>
        <translation>&quot;data&quot; உறுப்பினர் இல்லை</translation>
    </message>
    <message>
        <source>expected the columns %1</source>
        <translation>%1 நெடுவரிசைகள் எதிர்பார்க்கப்பட்டன</translation>
    </message>
    <message>
        <source>%1 columns instead of %2</source>
        <translation>%2-க்குப் பதிலாக %1 நெடுவரிசைகள்</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>மேற்கோள் குறியிட்ட ஒரு புலம் மூடப்படவில்லை</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>கோப்பு காலியாக உள்ளது</translation>
    </message>
    <message>
        <source>&quot;data&quot; must map state names to codes</source>
        <translation>&quot;data&quot; மாநிலப் பெயர்களைக் குறியீடுகளுடன் இணைக்க வேண்டும்</translation>
    </message>
    <message>
        <source>state %1 has no valid code</source>
        <translation>மாநிலம் %1-க்குச் செல்லுபடியான குறியீடு இல்லை</translation>
    </message>
    <message>
        <source>state %1 is not in %2</source>
        <translation>மாநிலம் %1, %2-இல் இல்லை</translation>
    </message>
    <message>
        <source>state %1: a range must be [low, high]</source>
        <translation>மாநிலம் %1: வரம்பு [low, high] ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>%1 is not a six-digit PIN</source>
        <translation>%1 ஆறு இலக்க PIN அல்ல</translation>
    </message>
    <message>
        <source>PIN %1: %2 is not a state code</source>
        <translation>PIN %1: %2 ஒரு மாநிலக் குறியீடு அல்ல</translation>
    </message>
    <message>
        <source>&quot;data&quot; must map codes to names</source>
        <translation>&quot;data&quot; குறியீடுகளைப் பெயர்களுடன் இணைக்க வேண்டும்</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; must have %2 to %3 characters</source>
        <translation>குறியீடு &quot;%1&quot; %2 முதல் %3 எழுத்துகள் கொண்டிருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code</source>
        <translation>&quot;%1&quot; இரண்டு எழுத்து நாட்டுக் குறியீடு அல்ல</translation>
    </message>
    <message>
        <source>&quot;data&quot; must list the rates as strings, e.g. [&quot;0&quot;, &quot;5&quot;, &quot;18&quot;]</source>
        <translation>&quot;data&quot; விகிதங்களை உரைகளாகப் பட்டியலிட வேண்டும், எ.கா. [&quot;0&quot;, &quot;5&quot;, &quot;18&quot;]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate</source>
        <translation>&quot;%1&quot; ஒரு விகிதம் அல்ல</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>இரட்டை மேற்கோள் குறிகளுக்குள் ஒரு key எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>key-க்குப் பின் &apos;:&apos; எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; அல்லது &apos;}&apos; எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HSN/SAC code</source>
        <translation>&quot;%1&quot; ஒரு HSN/SAC குறியீடு அல்ல</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; அல்லது &apos;]&apos; எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>expected a list or an object</source>
        <translation>ஒரு பட்டியல் அல்லது object எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>ஆவணத்தின் இறுதியில் தேவையற்ற உள்ளடக்கம்</translation>
    </message>
    <message>
        <source>expected a list of {&quot;hsn_code&quot;, &quot;description&quot;}</source>
        <translation>{&quot;hsn_code&quot;, &quot;description&quot;} பட்டியல் எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>Master folder %1 does not exist</source>
        <translation>முதன்மைக் கோப்புறை %1 இல்லை</translation>
    </message>
    <message>
        <source>Cannot read master file %1: %2</source>
        <translation>முதன்மைக் கோப்பு %1-ஐப் படிக்க முடியவில்லை: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::cli</name>
    <message>
        <source>text or json</source>
        <translation>text அல்லது json</translation>
    </message>
    <message>
        <source>%1: --format must be text or json, got &apos;%2&apos;</source>
        <translation>%1: --format text அல்லது json ஆக இருக்க வேண்டும், &apos;%2&apos; கிடைத்தது</translation>
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
        <translation>பயன்பாடு: irndesk-cli COMMAND [OPTIONS]

கட்டளைகள்:
  --version                      பதிப்பைக் காட்டு
  irn GSTIN DD/MM/YYYY INV|CRN|DBN DOCNO [--as-typed]
                                 ஒரு ஆவணத்தின் IRN-ஐக் காட்டு
  normalize FILE... --out-dir DIR [--max-bytes N] [--format text|json]
                                 INV-01 JSON-ஐப் (ஒரு விலைப்பட்டியல் அல்லது மொத்த அரே) படித்து,
                                 தவறுகளைத் தெரிவித்து, அதிகபட்சம் N பைட்டுகள் கொண்ட
                                 மொத்தக் கோப்புகளாக மீண்டும் எழுது (இயல்பு 2000000)
  validate FILE|- [--today DD/MM/YYYY] [--aato-10cr] [--sandbox]
           [--format text|json] [--masters DIR] [--threads N]
                                 IRP சரிபார்ப்பது போலவே விலைப்பட்டியல்களை ஆஃப்லைனில் சரிபார்
  fix FILE|- --out FILE [--format text|json]
                                 கணக்கிட்டுப் பெறக்கூடியவற்றைச் சரிசெய் (தொகைகள், மாநிலக்
                                 குறியீடுகள், பெரிய எழுத்துகள், ஏற்றுமதி இயல்புகள்),
                                 ஒவ்வொரு மாற்றத்தையும் பட்டியலிட்டு, முடிவை FILE இல் எழுது
  explain CODE|--all [--format text|json]
                                 IRP பிழைக் குறியீட்டின் பொருளும் அதைச் சரிசெய்யும் வழியும்
  verify FILE|JWT|DIR [--key PEM]... [--format text|json]
                                 கையொப்பமிட்ட மின்-விலைப்பட்டியல்கள், QR குறியீடுகளின் கையொப்பத்தைச் சரிபார்

ஸ்டோர் (கீழே உள்ள ஒவ்வொரு கட்டளையும் --store DB ஏற்கும்; இயல்பு $IRNDESK_STORE,
இல்லையெனில் பயன்பாட்டுத் தரவுக் கோப்புறையில் உள்ள irndesk.sqlite):
  import FILE... [--workspace GSTIN] [--mapping FILE] [--update]
           [--today DD/MM/YYYY] [--sandbox] [--format text|json]
                                 JSON, CSV அல்லது XLSX விலைப்பட்டியல்களை ஸ்டோரில் இறக்குமதி செய்
  export --out DIR [--workspace GSTIN] [--max-bytes N] [--include-exported]
           [--ids 1,2,3] [--today DD/MM/YYYY] [--format text|json]
                                 தயார் நிலை விலைப்பட்டியல்களைப் போர்டலுக்கான மொத்தக் கோப்புகளாக ஏற்றுமதி செய்
  list [--workspace GSTIN] [--status S[,S]] [--from DD/MM/YYYY] [--to ..]
           [--buyer X] [--type INV|CRN|DBN] [--search TEXT] [--limit N]
           [--offset N] [--format text|json]
                                 ஸ்டோரின் விலைப்பட்டியல்கள், ஒரு நேரத்தில் ஒரு பக்கம்
  import-results FILE... [--format text|json]
                                 கையால் செய்த போர்டல் பதிவேற்றத்தின் IRN-களைப் பதிவுசெய்
                                 (போர்டல் திருப்பித் தந்த கையொப்பமிட்ட மின்-விலைப்பட்டியல்கள்)
  report --out FILE.csv|FILE.xlsx [--workspace GSTIN] [--status S[,S]]
                                 ஒவ்வொரு விலைப்பட்டியலின் நிலை அறிக்கை
  print --doc TYPE/NO --out FILE.pdf [--workspace GSTIN] [--fy YYYY-YY] [--draft]
                                 அச்சிடப்பட்ட மின்-விலைப்பட்டியல் (PDF, A4, அதன் QR குறியீட்டுடன்)
  workspace add|list|show        விற்பனையாளர்கள் (மேலும் அறிய workspace --help)
  store check|backup FILE|restore FILE|info
                                 ஸ்டோர் கோப்பு தொடர்பான செயல்கள்
  sandbox [--port N] [--keys-dir DIR] [--client-id ID --client-secret S --user U
           --password P --gstin G]... [--users FILE] [--token-minutes M] [--tls]
           [--fail-every N] [--drop-every N] [--delay-ms MS]
           [--clock-offset-hours H] [--store DB] [--state FILE]
                                 பயிற்சிக்கும் சோதனைகளுக்குமான உள்ளூர் சாண்ட்பாக்ஸ் IRP

ஒரு IRP (சுயவிவரம் அதன் URL, பயனர், விசைகளைக் குறிப்பிடும்; ரகசியங்கள்
OS கீசெயினிலிருந்தோ சூழல் மாறிகளிலிருந்தோ வரும், ஒருபோதும் கோப்பிலிருந்து அல்ல):
  profile add NAME --base-url URL --client-id ID --client-secret-env VAR
           --user NAME --password-env VAR --gstin GSTIN --public-key PEM
           [--ca-cert PEM] [--keychain] | profile list | profile remove NAME
  submit --profile NAME [--workspace GSTIN] [--concurrency N] [--doc TYPE/NO]...
           [--format text|json]
                                 தயார் நிலை விலைப்பட்டியல்களைப் பதிவுசெய், ஒவ்வொன்றுக்கும் ஒரு வரிசை
  cancel --irn IRN --reason 1|2|3|4 --remark TEXT --profile NAME
                                 24 மணி நேரத்துக்குள் ஒரு IRN-ஐ ரத்துசெய்
  status [--workspace GSTIN] [--format text|json]
                                 சமர்ப்பிக்கப்படுபவை, நிலை தெரியாதவை அல்லது நிராகரிக்கப்பட்டவை

வெளியேறும் குறியீடுகள்: 0 வெற்றி, 1 தரவில் பிழைகள் உள்ளன, 2 கட்டளையை இயக்க முடியவில்லை.
</translation>
    </message>
    <message>
        <source>hash the document number as typed (IRNs issued before June 2025)</source>
        <translation>ஆவண எண்ணைத் தட்டச்சு செய்தபடியே ஹாஷ் செய் (ஜூன் 2025-க்கு முன் வழங்கப்பட்ட IRN-கள்)</translation>
    </message>
    <message>
        <source>irn: expected 4 arguments: GSTIN DD/MM/YYYY INV|CRN|DBN DOCNO, got %1</source>
        <translation>irn: 4 அளவுருக்கள் எதிர்பார்க்கப்பட்டன: GSTIN DD/MM/YYYY INV|CRN|DBN DOCNO, %1 கிடைத்தன</translation>
    </message>
    <message>
        <source>irn: %1</source>
        <translation>irn: %1</translation>
    </message>
    <message>
        <source>folder for the bulk files</source>
        <translation>மொத்தக் கோப்புகளுக்கான கோப்புறை</translation>
    </message>
    <message>
        <source>largest bulk file in bytes (default 2000000)</source>
        <translation>அதிகபட்ச மொத்தக் கோப்பு அளவு, பைட்டுகளில் (இயல்பு 2000000)</translation>
    </message>
    <message>
        <source>normalize: no input file given</source>
        <translation>normalize: உள்ளீட்டுக் கோப்பு எதுவும் தரப்படவில்லை</translation>
    </message>
    <message>
        <source>normalize: --out-dir DIR is required</source>
        <translation>normalize: --out-dir DIR தேவை</translation>
    </message>
    <message>
        <source>normalize: --max-bytes must be a whole number of at least 1000, got &apos;%1&apos;</source>
        <translation>normalize: --max-bytes குறைந்தது 1000 உள்ள முழு எண்ணாக இருக்க வேண்டும், &apos;%1&apos; கிடைத்தது</translation>
    </message>
    <message>
        <source>%1: invoice [%2]</source>
        <translation>%1: விலைப்பட்டியல் [%2]</translation>
    </message>
    <message>
        <source>error</source>
        <translation>பிழை</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>எச்சரிக்கை</translation>
    </message>
    <message>
        <source>normalize: cannot read %1: %2</source>
        <translation>normalize: %1 ஐப் படிக்க முடியவில்லை: %2</translation>
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
        <translation>normalize: %1 விலைப்பட்டியல்கள் படிக்கப்பட்டன, %2 விலைப்பட்டியல்கள் %3 கோப்புகளில் எழுதப்பட்டன, %4 இல் பிழைகள், %5 எச்சரிக்கைகள்</translation>
    </message>
    <message>
        <source>irndesk-cli: unknown command &apos;%1&apos;</source>
        <translation>irndesk-cli: தெரியாத கட்டளை &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(no longer used)</source>
        <translation>(இனி பயன்பாட்டில் இல்லை)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>வகை: %1</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>இதன் பொருள்: %1</translation>
    </message>
    <message>
        <source>How to fix it: %1</source>
        <translation>சரிசெய்வது எப்படி: %1</translation>
    </message>
    <message>
        <source>Trying again later can help.</source>
        <translation>பின்னர் மீண்டும் முயன்றால் உதவக்கூடும்.</translation>
    </message>
    <message>
        <source>Trying again unchanged does not help.</source>
        <translation>மாற்றமின்றி மீண்டும் முயல்வது உதவாது.</translation>
    </message>
    <message>
        <source>list every code the guide knows, one per line</source>
        <translation>வழிகாட்டிக்குத் தெரிந்த ஒவ்வொரு குறியீட்டையும் பட்டியலிடு, ஒரு வரிசைக்கு ஒன்று</translation>
    </message>
    <message>
        <source>explain: give either a code or --all, not both</source>
        <translation>explain: ஒரு குறியீடு அல்லது --all ஐக் கொடுக்கவும், இரண்டையும் அல்ல</translation>
    </message>
    <message>
        <source>explain: expected one error code, for example: irndesk-cli explain 2189</source>
        <translation>explain: ஒரு பிழைக் குறியீடு எதிர்பார்க்கப்பட்டது, எடுத்துக்காட்டாக: irndesk-cli explain 2189</translation>
    </message>
    <message>
        <source>explain: unknown error code &apos;%1&apos;. &apos;irndesk-cli explain --all&apos; lists the known codes.</source>
        <translation>explain: தெரியாத பிழைக் குறியீடு &apos;%1&apos;. &apos;irndesk-cli explain --all&apos; தெரிந்த குறியீடுகளைப் பட்டியலிடும்.</translation>
    </message>
    <message>
        <source>only this seller&apos;s invoices</source>
        <translation>இந்த விற்பனையாளரின் விலைப்பட்டியல்கள் மட்டும்</translation>
    </message>
    <message>
        <source>the folder for the bulk files</source>
        <translation>மொத்தக் கோப்புகளுக்கான கோப்புறை</translation>
    </message>
    <message>
        <source>largest bulk file in bytes (default %1, the portal&apos;s limit)</source>
        <translation>அதிகபட்ச மொத்தக் கோப்பு அளவு, பைட்டுகளில் (இயல்பு %1, போர்டலின் வரம்பு)</translation>
    </message>
    <message>
        <source>also write the invoices exported before</source>
        <translation>முன்பு ஏற்றுமதி செய்யப்பட்ட விலைப்பட்டியல்களையும் எழுது</translation>
    </message>
    <message>
        <source>only these invoices (ids as `list` shows them)</source>
        <translation>இந்த விலைப்பட்டியல்கள் மட்டும் (`list` காட்டும் ID-கள்)</translation>
    </message>
    <message>
        <source>the day to check against, DD/MM/YYYY (default: the current date)</source>
        <translation>சரிபார்ப்புக்கான நாள், DD/MM/YYYY (இயல்பு: இன்றைய தேதி)</translation>
    </message>
    <message>
        <source>NIC sandbox data: a wrong GSTIN check character is only a warning</source>
        <translation>NIC சாண்ட்பாக்ஸ் தரவு: தவறான GSTIN சரிபார்ப்பு எழுத்து ஒரு எச்சரிக்கை மட்டுமே</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: எதிர்பாராத அளவுரு &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --out DIR is required: the folder for the bulk files</source>
        <translation>%1: --out DIR தேவை: மொத்தக் கோப்புகளுக்கான கோப்புறை</translation>
    </message>
    <message>
        <source>%1: --out %2 is a file, not a folder</source>
        <translation>%1: --out %2 ஒரு கோப்பு, கோப்புறை அல்ல</translation>
    </message>
    <message>
        <source>%1: --max-bytes must be a whole number of at least %2, got &apos;%3&apos;</source>
        <translation>%1: --max-bytes குறைந்தது %2 உள்ள முழு எண்ணாக இருக்க வேண்டும், &apos;%3&apos; கிடைத்தது</translation>
    </message>
    <message>
        <source>%1: warning: --max-bytes %2 is above the portal&apos;s limit of %3 bytes per file: it may refuse the files</source>
        <translation>%1: எச்சரிக்கை: --max-bytes %2, ஒரு கோப்புக்கான போர்டலின் %3 பைட்டுகள் வரம்பை விட அதிகம்: போர்டல் கோப்புகளை ஏற்க மறுக்கலாம்</translation>
    </message>
    <message>
        <source>%1: --today must be a real date written DD/MM/YYYY, got &apos;%2&apos;</source>
        <translation>%1: --today, DD/MM/YYYY வடிவில் எழுதப்பட்ட உண்மையான தேதியாக இருக்க வேண்டும், &apos;%2&apos; கிடைத்தது</translation>
    </message>
    <message>
        <source>%1: --ids must be invoice ids separated by commas, got &apos;%2&apos;</source>
        <translation>%1: --ids, காற்புள்ளிகளால் பிரிக்கப்பட்ட விலைப்பட்டியல் ID-களாக இருக்க வேண்டும், &apos;%2&apos; கிடைத்தது</translation>
    </message>
    <message>
        <source>%1: --ids names no invoice</source>
        <translation>%1: --ids எந்த விலைப்பட்டியலையும் குறிப்பிடவில்லை</translation>
    </message>
    <message>
        <source>%1: --ids: no invoice %2 in the workspace %3</source>
        <translation>%1: --ids: பணியிடம் %3 இல் விலைப்பட்டியல் %2 இல்லை</translation>
    </message>
    <message>
        <source>%1: --ids: no invoice %2 in the store</source>
        <translation>%1: --ids: ஸ்டோரில் விலைப்பட்டியல் %2 இல்லை</translation>
    </message>
    <message>
        <source>%1: stopped; the %2 invoices in the %3 files written before the problem are marked exported</source>
        <translation>%1: நிறுத்தப்பட்டது; சிக்கலுக்கு முன் எழுதப்பட்ட %3 கோப்புகளில் உள்ள %2 விலைப்பட்டியல்கள் ஏற்றுமதியானவை எனக் குறிக்கப்பட்டுள்ளன</translation>
    </message>
    <message>
        <source>%1: wrote %2 (%3 bytes, %4 invoices)</source>
        <translation>%1: %2 எழுதப்பட்டது (%3 பைட்டுகள், %4 விலைப்பட்டியல்கள்)</translation>
    </message>
    <message>
        <source>%1: left out %2 %3 (#%4, %5, %6): %7</source>
        <translation>%1: %2 %3 (#%4, %5, %6) விடுபட்டது: %7</translation>
    </message>
    <message>
        <source>%1: nothing to export: no ready invoices</source>
        <translation>%1: ஏற்றுமதி செய்ய எதுவுமில்லை: தயார் நிலையில் விலைப்பட்டியல்கள் இல்லை</translation>
    </message>
    <message>
        <source>%1: %2 invoices exported to %3 files in %4; %5 left out</source>
        <translation>%1: %2 விலைப்பட்டியல்கள் %4 இல் %3 கோப்புகளாக ஏற்றுமதி செய்யப்பட்டன; %5 விடுபட்டன</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(இல்லை)</translation>
    </message>
    <message>
        <source>where to write the repaired invoices</source>
        <translation>சரிசெய்த விலைப்பட்டியல்களை எங்கே எழுத வேண்டும்</translation>
    </message>
    <message>
        <source>fix: expected one input file (or - for standard input)</source>
        <translation>fix: ஒரு உள்ளீட்டுக் கோப்பு எதிர்பார்க்கப்பட்டது (அல்லது நிலையான உள்ளீட்டுக்கு -)</translation>
    </message>
    <message>
        <source>fix: --out FILE is required (the input is never overwritten)</source>
        <translation>fix: --out FILE தேவை (உள்ளீடு ஒருபோதும் மேலெழுதப்படாது)</translation>
    </message>
    <message>
        <source>fix: --out must be another file than the input %1</source>
        <translation>fix: --out, உள்ளீடு %1 அல்லாத வேறு கோப்பாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>fix: cannot read %1: %2</source>
        <translation>fix: %1 ஐப் படிக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>fix: %1: %2</source>
        <translation>fix: %1: %2</translation>
    </message>
    <message>
        <source>fix: %1: %2 is not readable JSON (%3); nothing was written</source>
        <translation>fix: %1: %2 படிக்கக்கூடிய JSON அல்ல (%3); எதுவும் எழுதப்படவில்லை</translation>
    </message>
    <message>
        <source>%1: %2: %3 -&gt; %4: %5</source>
        <translation>%1: %2: %3 -&gt; %4: %5</translation>
    </message>
    <message>
        <source>%1: note: %2</source>
        <translation>%1: குறிப்பு: %2</translation>
    </message>
    <message>
        <source>fix: cannot write %1: %2</source>
        <translation>fix: %1 இல் எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>fix: %1 invoices, %2 changed, %3 changes; written to %4</source>
        <translation>fix: %1 விலைப்பட்டியல்கள், %2 மாற்றப்பட்டன, %3 மாற்றங்கள்; %4 இல் எழுதப்பட்டது</translation>
    </message>
    <message>
        <source>import only the invoices of this seller; refuse the others</source>
        <translation>இந்த விற்பனையாளரின் விலைப்பட்டியல்களை மட்டும் இறக்குமதி செய்; மற்றவற்றை மறு</translation>
    </message>
    <message>
        <source>column mapping for CSV/XLSX files in another layout</source>
        <translation>வேறு அமைப்பிலுள்ள CSV/XLSX கோப்புகளுக்கான நெடுவரிசை மேப்பிங்</translation>
    </message>
    <message>
        <source>replace an invoice already in the store whose content changed, while it can be edited</source>
        <translation>ஸ்டோரில் ஏற்கனவே உள்ள விலைப்பட்டியலின் உள்ளடக்கம் மாறியிருந்தால், அது திருத்தக்கூடியதாக இருக்கும்வரை அதை மாற்றியமை</translation>
    </message>
    <message>
        <source>%1: no file given: irndesk-cli import FILE... (JSON, CSV or XLSX)</source>
        <translation>%1: கோப்பு எதுவும் தரப்படவில்லை: irndesk-cli import FILE... (JSON, CSV அல்லது XLSX)</translation>
    </message>
    <message>
        <source>%1: --workspace &apos;%2&apos; is not a GSTIN (15 characters: two digits, then capital letters and digits)</source>
        <translation>%1: --workspace &apos;%2&apos; ஒரு GSTIN அல்ல (15 எழுத்துகள்: இரண்டு இலக்கங்கள், பின்னர் பெரிய எழுத்துகளும் இலக்கங்களும்)</translation>
    </message>
    <message>
        <source>%1: cannot read the mapping file %2</source>
        <translation>%1: மேப்பிங் கோப்பு %2 ஐப் படிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 ஐப் படிக்க முடியவில்லை: %3</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>அப்படி ஒரு கோப்பு இல்லை</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>இது ஒரு கோப்புறை</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>அனுமதி மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>%1: note: there is no workspace %2 yet; it is made from the first of its invoices</source>
        <translation>%1: குறிப்பு: பணியிடம் %2 இன்னும் இல்லை; அதன் முதல் விலைப்பட்டியலிலிருந்து அது உருவாக்கப்படும்</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>முரண்பாடு</translation>
    </message>
    <message>
        <source>%1: %2%3: %4</source>
        <translation>%1: %2%3: %4</translation>
    </message>
    <message>
        <source>%1: %2%3: %4 %5 imported as a draft, with 1 error:</source>
        <translation>%1: %2%3: %4 %5 வரைவாக இறக்குமதி செய்யப்பட்டது, 1 பிழையுடன்:</translation>
    </message>
    <message>
        <source>%1: %2%3: %4 %5 imported as a draft, with %6 errors:</source>
        <translation>%1: %2%3: %4 %5 வரைவாக இறக்குமதி செய்யப்பட்டது, %6 பிழைகளுடன்:</translation>
    </message>
    <message>
        <source>%1: stopped; %2 invoices were imported before the problem and stay in the store</source>
        <translation>%1: நிறுத்தப்பட்டது; சிக்கலுக்கு முன் %2 விலைப்பட்டியல்கள் இறக்குமதி செய்யப்பட்டன, அவை ஸ்டோரில் இருக்கும்</translation>
    </message>
    <message>
        <source>%1: imported %2 and updated %3</source>
        <translation>%1: %2 இறக்குமதி செய்யப்பட்டன, %3 புதுப்பிக்கப்பட்டன</translation>
    </message>
    <message>
        <source>%1: imported %2</source>
        <translation>%1: %2 இறக்குமதி செய்யப்பட்டன</translation>
    </message>
    <message>
        <source>, of which %1 ready and %2</source>
        <translation>, அவற்றில் %1 தயார் நிலையில், %2</translation>
    </message>
    <message>
        <source>1 draft</source>
        <translation>1 வரைவு</translation>
    </message>
    <message>
        <source>%1 drafts</source>
        <translation>%1 வரைவுகள்</translation>
    </message>
    <message>
        <source>; %1 refused</source>
        <translation>; %1 மறுக்கப்பட்டன</translation>
    </message>
    <message>
        <source>; 1 duplicate</source>
        <translation>; 1 நகல்</translation>
    </message>
    <message>
        <source>; %1 duplicates</source>
        <translation>; %1 நகல்கள்</translation>
    </message>
    <message>
        <source>; 1 conflict</source>
        <translation>; 1 முரண்பாடு</translation>
    </message>
    <message>
        <source>; %1 conflicts</source>
        <translation>; %1 முரண்பாடுகள்</translation>
    </message>
    <message>
        <source>; workspace %1 created</source>
        <translation>; பணியிடம் %1 உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <source>; %1 workspaces created: %2</source>
        <translation>; %1 பணியிடங்கள் உருவாக்கப்பட்டன: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>list: --%1 must be a whole number of at least %2, got &apos;%3&apos;</source>
        <translation>list: --%1 குறைந்தது %2 உள்ள முழு எண்ணாக இருக்க வேண்டும், &apos;%3&apos; கிடைத்தது</translation>
    </message>
    <message>
        <source>only the invoices of this seller</source>
        <translation>இந்த விற்பனையாளரின் விலைப்பட்டியல்கள் மட்டும்</translation>
    </message>
    <message>
        <source>only these statuses, separated by commas</source>
        <translation>இந்த நிலைகள் மட்டும், காற்புள்ளிகளால் பிரிக்கப்பட்டவை</translation>
    </message>
    <message>
        <source>documents dated on or after this day</source>
        <translation>இந்த நாளன்று அல்லது அதற்குப் பிறகு தேதியிட்ட ஆவணங்கள்</translation>
    </message>
    <message>
        <source>documents dated on or before this day</source>
        <translation>இந்த நாளன்று அல்லது அதற்கு முன் தேதியிட்ட ஆவணங்கள்</translation>
    </message>
    <message>
        <source>the buyer&apos;s GSTIN or part of the buyer&apos;s name</source>
        <translation>வாங்குபவரின் GSTIN அல்லது வாங்குபவர் பெயரின் ஒரு பகுதி</translation>
    </message>
    <message>
        <source>INV, CRN or DBN</source>
        <translation>INV, CRN அல்லது DBN</translation>
    </message>
    <message>
        <source>part of the number, the buyer&apos;s name or GSTIN, or an IRN</source>
        <translation>எண்ணின் ஒரு பகுதி, வாங்குபவரின் பெயர் அல்லது GSTIN, அல்லது ஒரு IRN</translation>
    </message>
    <message>
        <source>invoices shown (default %1; 0: all)</source>
        <translation>காட்டப்படும் விலைப்பட்டியல்கள் (இயல்பு %1; 0: அனைத்தும்)</translation>
    </message>
    <message>
        <source>invoices skipped before the first shown</source>
        <translation>முதலில் காட்டப்படுவதற்கு முன் தவிர்க்கப்படும் விலைப்பட்டியல்கள்</translation>
    </message>
    <message>
        <source>%1: --%2 must be a real date written DD/MM/YYYY, got &apos;%3&apos;</source>
        <translation>%1: --%2, DD/MM/YYYY வடிவில் எழுதப்பட்ட உண்மையான தேதியாக இருக்க வேண்டும், &apos;%3&apos; கிடைத்தது</translation>
    </message>
    <message>
        <source>%1: --type must be INV, CRN or DBN, got &apos;%2&apos;</source>
        <translation>%1: --type INV, CRN அல்லது DBN ஆக இருக்க வேண்டும், &apos;%2&apos; கிடைத்தது</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>எண்</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>தேதி</translation>
    </message>
    <message>
        <source>BUYER</source>
        <translation>வாங்குபவர்</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>மொத்தம்</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>ERR/WARN</source>
        <translation>பிழை/எச்சரிக்கை</translation>
    </message>
    <message>
        <source>IRN</source>
        <translation>IRN</translation>
    </message>
    <message>
        <source>SELLER</source>
        <translation>விற்பனையாளர்</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(தேதி இல்லை)</translation>
    </message>
    <message>
        <source>%1: no invoices match</source>
        <translation>%1: பொருந்தும் விலைப்பட்டியல்கள் இல்லை</translation>
    </message>
    <message>
        <source>%1: no invoices after the first %2 of %3</source>
        <translation>%1: %3 இல் முதல் %2 க்குப் பிறகு விலைப்பட்டியல்கள் இல்லை</translation>
    </message>
    <message>
        <source>%1: invoices %2 to %3 of %4</source>
        <translation>%1: %4 இல் விலைப்பட்டியல்கள் %2 முதல் %3 வரை</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>எழுத வேண்டிய PDF கோப்பு</translation>
    </message>
    <message>
        <source>print an invoice that is not registered, marked as a draft</source>
        <translation>பதிவுசெய்யப்படாத விலைப்பட்டியலை வரைவு எனக் குறித்து அச்சிடு</translation>
    </message>
    <message>
        <source>%1: --out FILE.pdf is required%2</source>
        <translation>%1: --out FILE.pdf தேவை%2</translation>
    </message>
    <message>
        <source>, got &apos;%1&apos;</source>
        <translation>, &apos;%1&apos; கிடைத்தது</translation>
    </message>
    <message>
        <source>%1: printing needs the graphics library, which could not start</source>
        <translation>%1: அச்சிடுவதற்கு வரைகலை நூலகம் தேவை, அது தொடங்கவில்லை</translation>
    </message>
    <message>
        <source>%1: %2 is %3, not registered: only a registered invoice prints as an e-invoice (--draft prints a draft)</source>
        <translation>%1: %2 %3 நிலையில் உள்ளது, பதிவுசெய்யப்படவில்லை: பதிவுசெய்யப்பட்ட விலைப்பட்டியல் மட்டுமே மின்-விலைப்பட்டியலாக அச்சாகும் (--draft வரைவை அச்சிடும்)</translation>
    </message>
    <message>
        <source>%1: wrote %2</source>
        <translation>%1: %2 எழுதப்பட்டது</translation>
    </message>
    <message>
        <source>the report file: .csv or .xlsx</source>
        <translation>அறிக்கைக் கோப்பு: .csv அல்லது .xlsx</translation>
    </message>
    <message>
        <source>%1: --out FILE.csv or --out FILE.xlsx is required%2</source>
        <translation>%1: --out FILE.csv அல்லது --out FILE.xlsx தேவை%2</translation>
    </message>
    <message>
        <source>%1: --out %2 is a folder</source>
        <translation>%1: --out %2 ஒரு கோப்புறை</translation>
    </message>
    <message>
        <source>%1: %2 invoices written to %3</source>
        <translation>%1: %2 விலைப்பட்டியல்கள் %3 இல் எழுதப்பட்டன</translation>
    </message>
    <message>
        <source>%1: no file given: irndesk-cli import-results FILE... (the signed e-invoices the portal gave back)</source>
        <translation>%1: கோப்பு எதுவும் தரப்படவில்லை: irndesk-cli import-results FILE... (போர்டல் திருப்பித் தந்த கையொப்பமிட்ட மின்-விலைப்பட்டியல்கள்)</translation>
    </message>
    <message>
        <source>registered %1; %2 already registered; %3 not in the store (numbers recorded as used); %4 conflicts; %5 unreadable entries</source>
        <translation>பதிவுசெய்யப்பட்டவை %1; %2 ஏற்கனவே பதிவுசெய்யப்பட்டவை; %3 ஸ்டோரில் இல்லை (எண்கள் பயன்படுத்தப்பட்டவையாகப் பதிவுசெய்யப்பட்டன); %4 முரண்பாடுகள்; %5 படிக்க முடியாத பதிவுகள்</translation>
    </message>
    <message>
        <source>sandbox: --%1 must be a whole number of at least %2, got &apos;%3&apos;</source>
        <translation>sandbox: --%1 குறைந்தது %2 உள்ள முழு எண்ணாக இருக்க வேண்டும், &apos;%3&apos; கிடைத்தது</translation>
    </message>
    <message>
        <source>port on 127.0.0.1 (0: any free port)</source>
        <translation>127.0.0.1 இல் போர்ட் (0: ஏதேனும் காலியான போர்ட்)</translation>
    </message>
    <message>
        <source>folder of the sandbox&apos;s keys; auth_public.pem and sign_cert.pem are written there for clients (default: &apos;sandbox&apos; in the application data folder)</source>
        <translation>சாண்ட்பாக்ஸின் விசைகளுக்கான கோப்புறை; கிளையன்ட்களுக்காக auth_public.pem, sign_cert.pem ஆகியவை அங்கே எழுதப்படும் (இயல்பு: பயன்பாட்டுத் தரவுக் கோப்புறையில் &apos;sandbox&apos;)</translation>
    </message>
    <message>
        <source>client id of a user (repeatable)</source>
        <translation>ஒரு பயனரின் கிளையன்ட் ID (மீண்டும் தரலாம்)</translation>
    </message>
    <message>
        <source>client secret of a user (repeatable)</source>
        <translation>ஒரு பயனரின் கிளையன்ட் ரகசியம் (மீண்டும் தரலாம்)</translation>
    </message>
    <message>
        <source>API user name (repeatable)</source>
        <translation>API பயனர் பெயர் (மீண்டும் தரலாம்)</translation>
    </message>
    <message>
        <source>password of a user (repeatable)</source>
        <translation>ஒரு பயனரின் கடவுச்சொல் (மீண்டும் தரலாம்)</translation>
    </message>
    <message>
        <source>GSTIN of a user (repeatable)</source>
        <translation>ஒரு பயனரின் GSTIN (மீண்டும் தரலாம்)</translation>
    </message>
    <message>
        <source>users from a JSON file</source>
        <translation>JSON கோப்பிலிருந்து பயனர்கள்</translation>
    </message>
    <message>
        <source>token validity (default 60)</source>
        <translation>டோக்கன் செல்லுபடிக் காலம் (இயல்பு 60)</translation>
    </message>
    <message>
        <source>HTTPS with a certificate of the sandbox&apos;s own CA (ca_cert.pem in the keys folder)</source>
        <translation>சாண்ட்பாக்ஸின் சொந்த CA வழங்கிய சான்றிதழுடன் HTTPS (விசைகள் கோப்புறையில் ca_cert.pem)</translation>
    </message>
    <message>
        <source>answer every Nth request with HTTP 500, unprocessed</source>
        <translation>ஒவ்வொரு N-ஆவது கோரிக்கைக்கும் செயலாக்காமல் HTTP 500 உடன் பதிலளிக்கவும்</translation>
    </message>
    <message>
        <source>process every Nth request, then close the connection without a reply</source>
        <translation>ஒவ்வொரு N-ஆவது கோரிக்கையையும் செயலாக்கி, பின் பதிலளிக்காமல் இணைப்பை மூடவும்</translation>
    </message>
    <message>
        <source>count only IRN generations for --fail-every and --drop-every</source>
        <translation>--fail-every, --drop-every ஆகியவற்றுக்கு IRN உருவாக்கங்களை மட்டும் எண்ணவும்</translation>
    </message>
    <message>
        <source>write the envelope&apos;s Status as a string (&quot;1&quot;/&quot;0&quot;)</source>
        <translation>உறையின் Status-ஐ ஸ்ட்ரிங்காக எழுதவும் (&quot;1&quot;/&quot;0&quot;)</translation>
    </message>
    <message>
        <source>delay every reply</source>
        <translation>ஒவ்வொரு பதிலையும் தாமதப்படுத்தவும்</translation>
    </message>
    <message>
        <source>move the sandbox&apos;s clock (for the 24 h and 48 h limits)</source>
        <translation>சாண்ட்பாக்ஸின் கடிகாரத்தை நகர்த்தவும் (24 மணி, 48 மணி நேர வரம்புகளுக்காக)</translation>
    </message>
    <message>
        <source>GSTIN details from this store&apos;s workspaces and parties</source>
        <translation>இந்த ஸ்டோரின் பணியிடங்கள், தரப்பினரிலிருந்து GSTIN விவரங்கள்</translation>
    </message>
    <message>
        <source>keep the registrations in this file across restarts (default: in memory only)</source>
        <translation>மறுதொடக்கங்களுக்கு இடையிலும் பதிவுகளை இந்தக் கோப்பில் வைத்திருக்கவும் (இயல்பு: நினைவகத்தில் மட்டும்)</translation>
    </message>
    <message>
        <source>print one line per request on standard error (method, path, outcome)</source>
        <translation>ஒவ்வொரு கோரிக்கைக்கும் ஒரு வரியை நிலையான பிழை வெளியீட்டில் எழுதவும் (முறை, பாதை, விளைவு)</translation>
    </message>
    <message>
        <source>reject only what fails the schema, not the business rules</source>
        <translation>ஸ்கீமாவில் தோல்வியடைவதை மட்டும் நிராகரிக்கவும், வணிக விதிகளில் தோல்வியடைவதை அல்ல</translation>
    </message>
    <message>
        <source>sandbox: unexpected argument &apos;%1&apos;</source>
        <translation>sandbox: எதிர்பாராத அளவுரு &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sandbox: --port must be at most 65535</source>
        <translation>sandbox: --port அதிகபட்சம் 65535 ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>sandbox: --clock-offset-hours must be a number of hours, got &apos;%1&apos;</source>
        <translation>sandbox: --clock-offset-hours மணிநேர எண்ணிக்கையாக இருக்க வேண்டும், கிடைத்தது &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sandbox: give --user, --password and --gstin once per user, and --client-id and --client-secret once per user or once for all</source>
        <translation>sandbox: --user, --password, --gstin ஆகியவற்றை ஒவ்வொரு பயனருக்கும் ஒருமுறை கொடுக்கவும்; --client-id, --client-secret ஆகியவற்றை ஒவ்வொரு பயனருக்கும் ஒருமுறை அல்லது அனைவருக்கும் ஒருமுறை கொடுக்கவும்</translation>
    </message>
    <message>
        <source>sandbox: %1</source>
        <translation>sandbox: %1</translation>
    </message>
    <message>
        <source>sandbox: no API user: give --client-id ID --client-secret S --user U --password P --gstin G, or --users FILE</source>
        <translation>sandbox: API பயனர் இல்லை: --client-id ID --client-secret S --user U --password P --gstin G, அல்லது --users FILE கொடுக்கவும்</translation>
    </message>
    <message>
        <source>keys: %1 (clients encrypt with auth_public.pem and verify with sign_cert.pem%2)</source>
        <translation>விசைகள்: %1 (கிளையன்ட்கள் auth_public.pem மூலம் மறைகுறியாக்கி, sign_cert.pem மூலம் சரிபார்க்கின்றன%2)</translation>
    </message>
    <message>
        <source>; trust ca_cert.pem</source>
        <translation>; ca_cert.pem-ஐ நம்புகின்றன</translation>
    </message>
    <message>
        <source>users: %1; tokens valid %2 minutes; registrations %3</source>
        <translation>பயனர்கள்: %1; டோக்கன்கள் %2 நிமிடங்கள் செல்லுபடியாகும்; பதிவுகள் %3</translation>
    </message>
    <message>
        <source>in memory only (lost when the sandbox stops)</source>
        <translation>நினைவகத்தில் மட்டும் (சாண்ட்பாக்ஸ் நிற்கும்போது இழக்கப்படும்)</translation>
    </message>
    <message>
        <source>kept in %1</source>
        <translation>%1-இல் வைக்கப்படும்</translation>
    </message>
    <message>
        <source>sandbox: cannot set up the signal handlers</source>
        <translation>sandbox: சிக்னல் ஹேண்ட்லர்களை அமைக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>sandbox stopped: %1 requests, %2 IRNs registered</source>
        <translation>சாண்ட்பாக்ஸ் நிறுத்தப்பட்டது: %1 கோரிக்கைகள், %2 IRN-கள் பதிவுசெய்யப்பட்டன</translation>
    </message>
    <message>
        <source>replace FILE when it exists</source>
        <translation>FILE ஏற்கனவே இருந்தால் அதை மேலெழுதவும்</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3 arguments</source>
        <translation>%1: %2 அளவுருக்கள் எதிர்பார்க்கப்பட்டன, %3 கிடைத்தன</translation>
    </message>
    <message>
        <source>%1: %2 is sound (integrity and foreign keys checked, schema version %3)</source>
        <translation>%1: %2 சரியாக உள்ளது (ஒருமைப்பாடு, foreign key-கள் சரிபார்க்கப்பட்டன, ஸ்கீமா பதிப்பு %3)</translation>
    </message>
    <message>
        <source>the backup FILE</source>
        <translation>காப்புப்பிரதி FILE</translation>
    </message>
    <message>
        <source>%1: %2 is a folder; give the name of the backup file</source>
        <translation>%1: %2 ஒரு கோப்புறை; காப்புப்பிரதிக் கோப்பின் பெயரைக் கொடுக்கவும்</translation>
    </message>
    <message>
        <source>%1: %2 exists; give another name, or --force to replace it</source>
        <translation>%1: %2 ஏற்கனவே உள்ளது; வேறு பெயர் கொடுக்கவும், அல்லது அதை மேலெழுத --force பயன்படுத்தவும்</translation>
    </message>
    <message>
        <source>%1: %2 copied to %3 (%4 bytes)</source>
        <translation>%1: %2, %3-க்கு நகலெடுக்கப்பட்டது (%4 பைட்டுகள்)</translation>
    </message>
    <message>
        <source>%1: %2 now holds what %3 holds; what it held before was copied to %4 beside it</source>
        <translation>%1: %3-இல் உள்ளவை இப்போது %2-இலும் உள்ளன; அதில் முன்பு இருந்தவை அதன் அருகில் %4-க்கு நகலெடுக்கப்பட்டன</translation>
    </message>
    <message>
        <source>Store:          %1</source>
        <translation>ஸ்டோர்:          %1</translation>
    </message>
    <message>
        <source>Size:           %1 bytes</source>
        <translation>அளவு:          %1 பைட்டுகள்</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program writes %2)</source>
        <translation>ஸ்கீமா பதிப்பு:   %1 (இந்த நிரல் %2 எழுதுகிறது)</translation>
    </message>
    <message>
        <source>Workspaces:     %1</source>
        <translation>பணியிடங்கள்:     %1</translation>
    </message>
    <message>
        <source>Invoices:       %1</source>
        <translation>விலைப்பட்டியல்கள்: %1</translation>
    </message>
    <message>
        <source>%1: 1 workspace, %2 invoices</source>
        <translation>%1: 1 பணியிடம், %2 விலைப்பட்டியல்கள்</translation>
    </message>
    <message>
        <source>%1: %2 workspaces, %3 invoices</source>
        <translation>%1: %2 பணியிடங்கள், %3 விலைப்பட்டியல்கள்</translation>
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
        <translation>பயன்பாடு:
  irndesk-cli store check [--store DB]     முழு ஒருமைப்பாடு சரிபார்ப்பு (வெளியேறும் குறியீடு 0 சரி, 2 சேதமடைந்தது)
  irndesk-cli store backup FILE [--force] [--store DB]
                                           ஸ்டோர் பயன்பாட்டில் இருக்கும்போதே ஒரு சீரான நகல்
  irndesk-cli store restore FILE [--store DB]
                                           ஸ்டோரின் உள்ளடக்கத்தைக் காப்புப்பிரதியால் மாற்றவும்
  irndesk-cli store info [--store DB]      பாதை, ஸ்கீமா பதிப்பு, எண்ணிக்கைகள்
ஒவ்வொன்றும் --format text|json ஏற்கும்.
</translation>
    </message>
    <message>
        <source>store: say check, backup, restore or info</source>
        <translation>store: check, backup, restore அல்லது info எனக் குறிப்பிடவும்</translation>
    </message>
    <message>
        <source>store: unknown subcommand &apos;%1&apos;</source>
        <translation>store: தெரியாத துணைக்கட்டளை &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the store file (default: $IRNDESK_STORE, else irndesk.sqlite in the application data folder)</source>
        <translation>ஸ்டோர் கோப்பு (இயல்பு: $IRNDESK_STORE, இல்லையெனில் பயன்பாட்டுத் தரவுக் கோப்புறையில் உள்ள irndesk.sqlite)</translation>
    </message>
    <message>
        <source>--store needs a file name</source>
        <translation>--store-க்கு ஒரு கோப்புப் பெயர் தேவை</translation>
    </message>
    <message>
        <source>%1: --store needs a file name</source>
        <translation>%1: --store-க்கு ஒரு கோப்புப் பெயர் தேவை</translation>
    </message>
    <message>
        <source>there is no store at %1</source>
        <translation>%1-இல் ஸ்டோர் இல்லை</translation>
    </message>
    <message>
        <source>%1: there is no store at %2. Give the right one with --store DB or IRNDESK_STORE, or make one with `irndesk-cli import` or `irndesk-cli workspace add`.</source>
        <translation>%1: %2-இல் ஸ்டோர் இல்லை. சரியானதை --store DB அல்லது IRNDESK_STORE மூலம் கொடுக்கவும், அல்லது `irndesk-cli import` அல்லது `irndesk-cli workspace add` மூலம் ஒன்றை உருவாக்கவும்.</translation>
    </message>
    <message>
        <source>%1: the store is busy: another program is writing to %2 and did not finish within %3 ms. Try again when it has finished.</source>
        <translation>%1: ஸ்டோர் பயன்பாட்டில் உள்ளது: வேறொரு நிரல் %2-இல் எழுதிக்கொண்டிருக்கிறது, அது %3 ms-க்குள் முடிக்கவில்லை. அது முடிந்ததும் மீண்டும் முயலவும்.</translation>
    </message>
    <message>
        <source>%1: --status &apos;%2&apos; is not a status; the statuses are %3</source>
        <translation>%1: --status &apos;%2&apos; ஒரு நிலை அல்ல; நிலைகள்: %3</translation>
    </message>
    <message>
        <source>%1: there is no workspace %2: the store %3 has no workspaces yet</source>
        <translation>%1: பணியிடம் %2 இல்லை: ஸ்டோர் %3-இல் இன்னும் பணியிடங்கள் எதுவும் இல்லை</translation>
    </message>
    <message>
        <source>%1: there is no workspace %2 in the store; it has %3</source>
        <translation>%1: ஸ்டோரில் பணியிடம் %2 இல்லை; அதில் உள்ளவை: %3</translation>
    </message>
    <message>
        <source>%1: --doc must be INV/NO, CRN/NO or DBN/NO, got &apos;%2&apos;</source>
        <translation>%1: --doc INV/NO, CRN/NO அல்லது DBN/NO ஆக இருக்க வேண்டும், கிடைத்தது &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: there is no %2 in the store</source>
        <translation>%1: ஸ்டோரில் %2 இல்லை</translation>
    </message>
    <message>
        <source>%1: %2 is in the store more than once (%3): choose with --workspace or --fy</source>
        <translation>%1: %2 ஸ்டோரில் ஒன்றுக்கு மேற்பட்ட முறை உள்ளது (%3): --workspace அல்லது --fy மூலம் தேர்ந்தெடுக்கவும்</translation>
    </message>
    <message>
        <source>%1: %2 %3: %4</source>
        <translation>%1: %2 %3: %4</translation>
    </message>
    <message>
        <source>the IRP&apos;s base URL</source>
        <translation>IRP-இன் அடிப்படை URL</translation>
    </message>
    <message>
        <source>the API client id</source>
        <translation>API கிளையன்ட் ஐடி</translation>
    </message>
    <message>
        <source>the environment variable that holds the client secret</source>
        <translation>கிளையன்ட் ரகசியத்தைக் கொண்ட சூழல் மாறி</translation>
    </message>
    <message>
        <source>the API user name</source>
        <translation>API பயனர் பெயர்</translation>
    </message>
    <message>
        <source>the environment variable that holds the password</source>
        <translation>கடவுச்சொல்லைக் கொண்ட சூழல் மாறி</translation>
    </message>
    <message>
        <source>the GSTIN the user logs in for</source>
        <translation>பயனர் உள்நுழையும் GSTIN</translation>
    </message>
    <message>
        <source>the IRP&apos;s encryption public key (PEM)</source>
        <translation>IRP-இன் மறைகுறியாக்கப் பொது விசை (PEM)</translation>
    </message>
    <message>
        <source>trust exactly this CA for a private endpoint (PEM)</source>
        <translation>தனியார் endpoint-க்கு இந்த CA-வை மட்டுமே நம்பவும் (PEM)</translation>
    </message>
    <message>
        <source>copy the secrets from the variables into the OS keychain now, and read them from there</source>
        <translation>ரகசியங்களை மாறிகளிலிருந்து OS கீசெயினுக்கு இப்போதே நகலெடுத்து, அங்கிருந்தே படிக்கவும்</translation>
    </message>
    <message>
        <source>%1: give one profile name: irndesk-cli profile add NAME --base-url URL ...</source>
        <translation>%1: ஒரு சுயவிவரப் பெயரைக் கொடுக்கவும்: irndesk-cli profile add NAME --base-url URL ...</translation>
    </message>
    <message>
        <source>%1: --public-key PEM is required (the IRP&apos;s encryption key)</source>
        <translation>%1: --public-key PEM தேவை (IRP-இன் மறைகுறியாக்க விசை)</translation>
    </message>
    <message>
        <source>%1: --keychain copies the %2 from its variable, and %3 is not set</source>
        <translation>%1: --keychain %2-ஐ அதன் மாறியிலிருந்து நகலெடுக்கும், ஆனால் %3 அமைக்கப்படவில்லை</translation>
    </message>
    <message>
        <source> (use --client-secret-env and --password-env without --keychain)</source>
        <translation> (--keychain இல்லாமல் --client-secret-env, --password-env ஆகியவற்றைப் பயன்படுத்தவும்)</translation>
    </message>
    <message>
        <source>%1: saved profile %2 (%3, user %4, GSTIN %5; secrets from %6)</source>
        <translation>%1: சுயவிவரம் %2 சேமிக்கப்பட்டது (%3, பயனர் %4, GSTIN %5; ரகசியங்கள் %6-இலிருந்து)</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>கீசெயின்</translation>
    </message>
    <message>
        <source>profile remove: removed %1</source>
        <translation>profile remove: %1 நீக்கப்பட்டது</translation>
    </message>
    <message>
        <source>profile: irndesk-cli profile add NAME ... | profile list | profile remove NAME</source>
        <translation>profile: irndesk-cli profile add NAME ... | profile list | profile remove NAME</translation>
    </message>
    <message>
        <source>%1: there is no IRP profile &apos;%2&apos; (irndesk-cli profile list)</source>
        <translation>%1: &apos;%2&apos; என்ற IRP சுயவிவரம் இல்லை (irndesk-cli profile list)</translation>
    </message>
    <message>
        <source>%1: registered (%2) IRN %3 Ack %4 of %5</source>
        <translation>%1: பதிவுசெய்யப்பட்டது (%2) IRN %3 Ack %4, தேதி %5</translation>
    </message>
    <message>
        <source>%1: rejected: %2</source>
        <translation>%1: நிராகரிக்கப்பட்டது: %2</translation>
    </message>
    <message>
        <source>%1: CONFLICT: %2</source>
        <translation>%1: முரண்பாடு: %2</translation>
    </message>
    <message>
        <source>%1: unknown: %2</source>
        <translation>%1: தெரியாதது: %2</translation>
    </message>
    <message>
        <source>the IRP profile to submit to</source>
        <translation>சமர்ப்பிக்க வேண்டிய IRP சுயவிவரம்</translation>
    </message>
    <message>
        <source>the seller (default: the profile&apos;s GSTIN)</source>
        <translation>விற்பனையாளர் (இயல்பு: சுயவிவரத்தின் GSTIN)</translation>
    </message>
    <message>
        <source>invoices in flight at once (default 4)</source>
        <translation>ஒரே நேரத்தில் அனுப்பப்படும் விலைப்பட்டியல்கள் (இயல்பு 4)</translation>
    </message>
    <message>
        <source>only this document (repeatable): INV/NO, CRN/NO, DBN/NO</source>
        <translation>இந்த ஆவணம் மட்டும் (பலமுறை கொடுக்கலாம்): INV/NO, CRN/NO, DBN/NO</translation>
    </message>
    <message>
        <source>the day the rules check against (default: today)</source>
        <translation>விதிகள் சரிபார்க்கப்படும் நாள் (இயல்பு: இன்று)</translation>
    </message>
    <message>
        <source>NIC sandbox rules: test GSTINs only warn</source>
        <translation>NIC சாண்ட்பாக்ஸ் விதிகள்: சோதனை GSTIN-களுக்கு எச்சரிக்கை மட்டும்</translation>
    </message>
    <message>
        <source>%1: --profile NAME is required</source>
        <translation>%1: --profile NAME தேவை</translation>
    </message>
    <message>
        <source>%1: --concurrency must be 1 to 16, got &apos;%2&apos;</source>
        <translation>%1: --concurrency 1 முதல் 16 வரை இருக்க வேண்டும், கிடைத்தது &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: profile %2 logs in for %3, not for the seller %4</source>
        <translation>%1: சுயவிவரம் %2, %3-க்காக உள்நுழைகிறது, விற்பனையாளர் %4-க்காக அல்ல</translation>
    </message>
    <message>
        <source>%1 invoices: %2 registered, %3 rejected, %4 conflicts, %5 unknown, %6 not sent; %7 lookups%8</source>
        <translation>%1 விலைப்பட்டியல்கள்: %2 பதிவுசெய்யப்பட்டன, %3 நிராகரிக்கப்பட்டன, %4 முரண்பாடுகள், %5 தெரியாதவை, %6 அனுப்பப்படவில்லை; %7 தேடல்கள்%8</translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation>; நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>the IRP profile</source>
        <translation>IRP சுயவிவரம்</translation>
    </message>
    <message>
        <source>the IRN to cancel</source>
        <translation>ரத்துசெய்ய வேண்டிய IRN</translation>
    </message>
    <message>
        <source>1 duplicate, 2 data entry mistake, 3 order cancelled, 4 other</source>
        <translation>1 நகல், 2 தரவு உள்ளீட்டுப் பிழை, 3 ஆர்டர் ரத்துசெய்யப்பட்டது, 4 பிற</translation>
    </message>
    <message>
        <source>why, up to 100 characters</source>
        <translation>காரணம், அதிகபட்சம் 100 எழுத்துகள்</translation>
    </message>
    <message>
        <source>%1: --irn IRN --reason 1|2|3|4 --remark TEXT --profile NAME are all required</source>
        <translation>%1: --irn IRN --reason 1|2|3|4 --remark TEXT --profile NAME அனைத்தும் தேவை</translation>
    </message>
    <message>
        <source>%1: no invoice in the store has IRN %2</source>
        <translation>%1: ஸ்டோரில் எந்த விலைப்பட்டியலுக்கும் IRN %2 இல்லை</translation>
    </message>
    <message>
        <source>%1: %2/%3 cancelled on %4</source>
        <translation>%1: %2/%3 %4 அன்று ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>only this seller</source>
        <translation>இந்த விற்பனையாளர் மட்டும்</translation>
    </message>
    <message>
        <source>%1 invoices submitting, unknown or rejected; %2 requests without an answer in the journal</source>
        <translation>%1 விலைப்பட்டியல்கள் சமர்ப்பிப்பில், தெரியாத அல்லது நிராகரிக்கப்பட்ட நிலையில்; பதிவேட்டில் பதில் இல்லாத %2 கோரிக்கைகள்</translation>
    </message>
    <message>
        <source>%1 %2 (invoice [%3], line %4)</source>
        <translation>%1 %2 (விலைப்பட்டியல் [%3], வரிசை %4)</translation>
    </message>
    <message>
        <source>invoice [%1] (line %2)</source>
        <translation>விலைப்பட்டியல் [%1] (வரிசை %2)</translation>
    </message>
    <message>
        <source>(invoice)</source>
        <translation>(விலைப்பட்டியல்)</translation>
    </message>
    <message>
        <source>the seller&apos;s turnover is at least 10 crore: the 30-day reporting window applies</source>
        <translation>விற்பனையாளரின் விற்றுமுதல் குறைந்தது 10 கோடி: 30 நாள் அறிக்கையிடல் கால வரம்பு பொருந்தும்</translation>
    </message>
    <message>
        <source>folder with newer copies of the master lists</source>
        <translation>முதன்மைப் பட்டியல்களின் புதிய நகல்கள் உள்ள கோப்புறை</translation>
    </message>
    <message>
        <source>worker threads (default: one per core, at most %1)</source>
        <translation>வொர்க்கர் த்ரெட்கள் (இயல்பு: ஒரு கோருக்கு ஒன்று, அதிகபட்சம் %1)</translation>
    </message>
    <message>
        <source>validate: expected one FILE (or - for standard input), got %1</source>
        <translation>validate: ஒரு FILE (அல்லது நிலையான உள்ளீட்டுக்கு -) எதிர்பார்க்கப்பட்டது, கிடைத்தவை %1</translation>
    </message>
    <message>
        <source>validate: --today must be a real date written DD/MM/YYYY, got &apos;%1&apos;</source>
        <translation>validate: --today DD/MM/YYYY என எழுதப்பட்ட உண்மையான தேதியாக இருக்க வேண்டும், கிடைத்தது &apos;%1&apos;</translation>
    </message>
    <message>
        <source>validate: --threads must be a whole number from 1 to %1, got &apos;%2&apos;</source>
        <translation>validate: --threads 1 முதல் %1 வரையிலான முழு எண்ணாக இருக்க வேண்டும், கிடைத்தது &apos;%2&apos;</translation>
    </message>
    <message>
        <source>validate: --masters %1 is not a folder that can be read</source>
        <translation>validate: --masters %1 படிக்கக்கூடிய கோப்புறை அல்ல</translation>
    </message>
    <message>
        <source>validate: cannot use the masters in %1: %2</source>
        <translation>validate: %1-இல் உள்ள முதன்மைப் பட்டியல்களைப் பயன்படுத்த முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>நிலையான உள்ளீடு</translation>
    </message>
    <message>
        <source>validate: cannot read %1: %2</source>
        <translation>validate: %1-ஐப் படிக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>validate: %1: %2 invoices, %3 valid, %4 with errors; %5 errors, %6 warnings</source>
        <translation>validate: %1: %2 விலைப்பட்டியல்கள், %3 செல்லுபடியானவை, %4 பிழைகளுடன்; %5 பிழைகள், %6 எச்சரிக்கைகள்</translation>
    </message>
    <message>
        <source>validate: %1: %2</source>
        <translation>validate: %1: %2</translation>
    </message>
    <message>
        <source>validate: %1: only the %2 invoices before the problem were checked</source>
        <translation>validate: %1: சிக்கலுக்கு முந்தைய %2 விலைப்பட்டியல்கள் மட்டுமே சரிபார்க்கப்பட்டன</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>படிக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON அல்ல: பைட் %2-இல் %1</translation>
    </message>
    <message>
        <source>no signed invoice or QR code (JWT) found</source>
        <translation>கையொப்பமிட்ட விலைப்பட்டியலோ QR குறியீடோ (JWT) கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>WARNING: signed by the NIC sandbox: a test document, not a valid e-invoice</source>
        <translation>எச்சரிக்கை: NIC சாண்ட்பாக்ஸால் கையொப்பமிடப்பட்டது: சோதனை ஆவணம், செல்லுபடியான மின்-விலைப்பட்டியல் அல்ல</translation>
    </message>
    <message>
        <source>WARNING: signed by a sandbox IRP (%1): a test document, not a valid e-invoice</source>
        <translation>எச்சரிக்கை: சாண்ட்பாக்ஸ் IRP (%1) கையொப்பமிட்டது: சோதனை ஆவணம், செல்லுபடியான மின்-விலைப்பட்டியல் அல்ல</translation>
    </message>
    <message>
        <source>%1: %2 has no signed QR code in the store (it is %3)</source>
        <translation>%1: %2-க்கு ஸ்டோரில் கையொப்பமிட்ட QR குறியீடு இல்லை (நிலை: %3)</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>சேமிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>QR claims: all match the invoice in the store</source>
        <translation>QR தகவல்கள்: அனைத்தும் ஸ்டோரில் உள்ள விலைப்பட்டியலுடன் பொருந்துகின்றன</translation>
    </message>
    <message>
        <source>QR claim %1 differs: QR code &apos;%2&apos;, invoice &apos;%3&apos;</source>
        <translation>QR தகவல் %1 வேறுபடுகிறது: QR குறியீடு &apos;%2&apos;, விலைப்பட்டியல் &apos;%3&apos;</translation>
    </message>
    <message>
        <source>a trusted public key or certificate (PEM); may be repeated</source>
        <translation>நம்பகமான பொது விசை அல்லது சான்றிதழ் (PEM); பலமுறை கொடுக்கலாம்</translation>
    </message>
    <message>
        <source>%1: check either FILE|JWT|DIR or --doc TYPE/NO: irndesk-cli verify FILE|JWT|DIR [--key PEM]... or irndesk-cli verify --doc TYPE/NO [--workspace GSTIN] [--fy YYYY-YY]</source>
        <translation>%1: FILE|JWT|DIR அல்லது --doc TYPE/NO இவற்றில் ஒன்றை மட்டும் சரிபார்க்கவும்: irndesk-cli verify FILE|JWT|DIR [--key PEM]... அல்லது irndesk-cli verify --doc TYPE/NO [--workspace GSTIN] [--fy YYYY-YY]</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>விடுபட்டது: %1</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>அத்தகைய கோப்போ கோப்புறையோ இல்லை</translation>
    </message>
    <message>
        <source>%1 checked: %2 valid, %3 invalid signature, %4 unknown key, %5 unreadable, %6 signed by a sandbox</source>
        <translation>%1 சரிபார்க்கப்பட்டன: %2 செல்லுபடியானவை, %3 செல்லாத கையொப்பம், %4 தெரியாத விசை, %5 படிக்க இயலாதவை, %6 சாண்ட்பாக்ஸால் கையொப்பமிடப்பட்டவை</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;</source>
        <translation>%1: புலம் &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: SellerDtls.%2</source>
        <translation>%1: SellerDtls.%2</translation>
    </message>
    <message>
        <source>%1 must be %2 to %3 characters long, got &apos;%4&apos; (%5)</source>
        <translation>%1 %2 முதல் %3 எழுத்துகள் நீளமாக இருக்க வேண்டும், கிடைத்தது &apos;%4&apos; (%5)</translation>
    </message>
    <message>
        <source>%1 must not hold a double quote (&quot;), got &apos;%2&apos;</source>
        <translation>%1-இல் இரட்டை மேற்கோள் (&quot;) இருக்கக்கூடாது, கிடைத்தது &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is required: the seller&apos;s GSTIN</source>
        <translation>%1 தேவை: விற்பனையாளரின் GSTIN</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a GSTIN: it must be 15 characters, two digits (the state code) and thirteen capital letters or digits</source>
        <translation>%1 &apos;%2&apos; GSTIN அல்ல: அது 15 எழுத்துகளாக இருக்க வேண்டும்: இரண்டு இலக்கங்கள் (மாநிலக் குறியீடு), பின் பதின்மூன்று பெரிய எழுத்துகள் அல்லது இலக்கங்கள்</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; starts with %3, which is not a state code</source>
        <translation>%1 &apos;%2&apos; %3 உடன் தொடங்குகிறது, அது மாநிலக் குறியீடு அல்ல</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: its last character should be &apos;%3&apos;, not &apos;%4&apos;: one of its characters is mistyped</source>
        <translation>%1 &apos;%2&apos;: அதன் கடைசி எழுத்து &apos;%4&apos; அல்ல, &apos;%3&apos; ஆக இருக்க வேண்டும்: அதன் எழுத்துகளில் ஒன்று தவறாகத் தட்டச்சு செய்யப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source> (accepted with --sandbox: NIC&apos;s test GSTINs fail this check)</source>
        <translation> (--sandbox உடன் ஏற்கப்பட்டது: NIC-இன் சோதனை GSTIN-கள் இந்தச் சரிபார்ப்பில் தோல்வியடைகின்றன)</translation>
    </message>
    <message>
        <source> (add --sandbox for NIC&apos;s test GSTINs)</source>
        <translation> (NIC-இன் சோதனை GSTIN-களுக்கு --sandbox சேர்க்கவும்)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not the state of the GSTIN %3, which is %4</source>
        <translation>%1 &apos;%2&apos; என்பது GSTIN %3-இன் மாநிலம் அல்ல; அதன் மாநிலம் %4</translation>
    </message>
    <message>
        <source>%1 is required: the seller&apos;s legal name as registered for GST</source>
        <translation>%1 தேவை: GST-க்காகப் பதிவுசெய்யப்பட்ட விற்பனையாளரின் சட்டப்பூர்வப் பெயர்</translation>
    </message>
    <message>
        <source>%1 must be a PIN code of 6 digits, got &apos;%2&apos;</source>
        <translation>%1 6 இலக்க PIN குறியீடாக இருக்க வேண்டும், கிடைத்தது &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 %2 is not a PIN code of state %3 (%4)</source>
        <translation>%1 %2 என்பது மாநிலம் %3-இன் PIN குறியீடு அல்ல (%4)</translation>
    </message>
    <message>
        <source>%1 must be 6 to 12 digits, got &apos;%2&apos;</source>
        <translation>%1 6 முதல் 12 இலக்கங்கள் இருக்க வேண்டும், கிடைத்தது &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address the IRP accepts (6 to 100 characters, name@domain), got &apos;%2&apos;</source>
        <translation>%1 IRP ஏற்கும் மின்னஞ்சல் முகவரி அல்ல (6 முதல் 100 எழுத்துகள், name@domain), கிடைத்தது &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>வரிசை %1, நெடுவரிசை %2</translation>
    </message>
    <message>
        <source>%1: %2 is not JSON: %3: %4</source>
        <translation>%1: %2 JSON அல்ல: %3: %4</translation>
    </message>
    <message>
        <source>%1: %2 must hold one object: a seller profile, an invoice or a SellerDtls object</source>
        <translation>%1: %2-இல் ஒரே ஒரு ஆப்ஜெக்ட் இருக்க வேண்டும்: விற்பனையாளர் சுயவிவரம், விலைப்பட்டியல் அல்லது SellerDtls ஆப்ஜெக்ட்</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: the invoice cannot be read</source>
        <translation>%1: %2: விலைப்பட்டியலைப் படிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a field of a seller profile (gstin, legalName, tradeName, addr1, addr2, location, pin, stateCode, phone, email, aato10Crore)</source>
        <translation>புலம் &apos;%1&apos; விற்பனையாளர் சுயவிவரத்தின் புலம் அல்ல (gstin, legalName, tradeName, addr1, addr2, location, pin, stateCode, phone, email, aato10Crore)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string (in double quotes)</source>
        <translation>புலம் &apos;%1&apos; ஒரு ஸ்ட்ரிங்காக (இரட்டை மேற்கோள்களுக்குள்) இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>field &apos;pin&apos; must be a PIN code of 6 digits, got &quot;%1&quot;</source>
        <translation>புலம் &apos;pin&apos; 6 இலக்க PIN குறியீடாக இருக்க வேண்டும், கிடைத்தது &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &apos;pin&apos; must be a PIN code of 6 digits</source>
        <translation>புலம் &apos;pin&apos; 6 இலக்க PIN குறியீடாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>field &apos;aato10Crore&apos; must be true or false</source>
        <translation>புலம் &apos;aato10Crore&apos; true அல்லது false ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>the seller&apos;s GSTIN</source>
        <translation>விற்பனையாளரின் GSTIN</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>சட்டப்பூர்வப் பெயர்</translation>
    </message>
    <message>
        <source>trade name</source>
        <translation>வணிகப் பெயர்</translation>
    </message>
    <message>
        <source>address line 1</source>
        <translation>முகவரி வரி 1</translation>
    </message>
    <message>
        <source>address line 2</source>
        <translation>முகவரி வரி 2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>இடம்</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN குறியீடு</translation>
    </message>
    <message>
        <source>state code (default: from the GSTIN)</source>
        <translation>மாநிலக் குறியீடு (இயல்பு: GSTIN-இலிருந்து)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>aggregate turnover of at least 10 crore</source>
        <translation>குறைந்தது 10 கோடி மொத்த விற்றுமுதல்</translation>
    </message>
    <message>
        <source>a seller profile, an invoice or a SellerDtls object in JSON</source>
        <translation>JSON-இல் விற்பனையாளர் சுயவிவரம், விலைப்பட்டியல் அல்லது SellerDtls ஆப்ஜெக்ட்</translation>
    </message>
    <message>
        <source>accept NIC&apos;s test GSTINs, whose check character is wrong</source>
        <translation>சரிபார்ப்பு எழுத்து தவறாக உள்ள NIC-இன் சோதனை GSTIN-களை ஏற்கவும்</translation>
    </message>
    <message>
        <source>%1: give --gstin GSTIN and --legal-name NAME (and the other details), or --from-json FILE</source>
        <translation>%1: --gstin GSTIN, --legal-name NAME (மற்றும் பிற விவரங்கள்) கொடுக்கவும், அல்லது --from-json FILE கொடுக்கவும்</translation>
    </message>
    <message>
        <source>--pin must be a PIN code of 6 digits, got &apos;%1&apos;</source>
        <translation>--pin 6 இலக்க PIN குறியீடாக இருக்க வேண்டும், கிடைத்தது &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: no workspace was added</source>
        <translation>%1: எந்தப் பணியிடமும் சேர்க்கப்படவில்லை</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: எச்சரிக்கை: %2</translation>
    </message>
    <message>
        <source>%1: the store %2 already has the workspace %3 (%4); nothing was changed</source>
        <translation>%1: ஸ்டோர் %2-இல் ஏற்கனவே பணியிடம் %3 (%4) உள்ளது; எதுவும் மாற்றப்படவில்லை</translation>
    </message>
    <message>
        <source>%1: workspace %2 (%3, state %4) added to %5</source>
        <translation>%1: பணியிடம் %2 (%3, மாநிலம் %4) %5-இல் சேர்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>மாநிலம்</translation>
    </message>
    <message>
        <source>INVOICES</source>
        <translation>விலைப்பட்டியல்கள்</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>%1: 1 workspace in %2</source>
        <translation>%1: %2-இல் 1 பணியிடம்</translation>
    </message>
    <message>
        <source>%1: %2 workspaces in %3</source>
        <translation>%1: %3-இல் %2 பணியிடங்கள்</translation>
    </message>
    <message>
        <source>%1: expected one GSTIN, got %2 arguments</source>
        <translation>%1: ஒரு GSTIN எதிர்பார்க்கப்பட்டது, %2 அளவுருக்கள் கிடைத்தன</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>சட்டப்பூர்வப் பெயர்</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>வணிகப் பெயர்</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>முகவரி</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>இடம்</translation>
    </message>
    <message>
        <source>State</source>
        <translation>மாநிலம்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>விற்றுமுதல்</translation>
    </message>
    <message>
        <source>10 crore or more (30-day reporting window)</source>
        <translation>10 கோடி அல்லது அதற்கு மேல் (30 நாள் அறிக்கையிடல் கால வரம்பு)</translation>
    </message>
    <message>
        <source>under 10 crore</source>
        <translation>10 கோடிக்குக் கீழ்</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>விலைப்பட்டியல்கள்</translation>
    </message>
    <message>
        <source>none</source>
        <translation>எதுவுமில்லை</translation>
    </message>
    <message>
        <source>Series %1 %2</source>
        <translation>எண் தொடர் %1 %2</translation>
    </message>
    <message>
        <source>%1, next %2</source>
        <translation>%1, அடுத்தது %2</translation>
    </message>
    <message>
        <source>%1: workspace %2 in %3: %4 invoices</source>
        <translation>%1: %3-இல் பணியிடம் %2: %4 விலைப்பட்டியல்கள்</translation>
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
        <translation>பயன்பாடு:
  irndesk-cli workspace add --gstin GSTIN --legal-name NAME [--trade-name NAME]
        [--addr1 TEXT] [--addr2 TEXT] [--location TEXT] [--pin PIN] [--state CODE]
        [--phone DIGITS] [--email ADDRESS] [--aato-10cr] [--sandbox] [--store DB]
  irndesk-cli workspace add --from-json FILE [அதன் புலங்களை மாற்றும் விருப்பங்கள்]
  irndesk-cli workspace list [--store DB] [--format text|json]
  irndesk-cli workspace show GSTIN [--store DB] [--format text|json]
</translation>
    </message>
    <message>
        <source>workspace: say add, list or show</source>
        <translation>workspace: add, list அல்லது show எனக் குறிப்பிடவும்</translation>
    </message>
    <message>
        <source>workspace: unknown subcommand &apos;%1&apos;</source>
        <translation>workspace: தெரியாத துணைக்கட்டளை &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>irndesk::cli::DocumentOptions</name>
    <message>
        <source>only the invoices of this seller</source>
        <translation>இந்த விற்பனையாளரின் விலைப்பட்டியல்கள் மட்டும்</translation>
    </message>
    <message>
        <source>the document: INV/NO, CRN/NO or DBN/NO</source>
        <translation>ஆவணம்: INV/NO, CRN/NO அல்லது DBN/NO</translation>
    </message>
    <message>
        <source>the financial year, when the number is used in several</source>
        <translation>நிதியாண்டு, ஒரே எண் பல ஆண்டுகளில் பயன்படுத்தப்பட்டிருக்கும்போது</translation>
    </message>
</context>
<context>
    <name>irndesk::io</name>
    <message>
        <source>the value &quot;%1&quot; of &quot;%2&quot; %3</source>
        <translation>&quot;%2&quot;-இன் மதிப்பு &quot;%1&quot; %3</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON: %3</source>
        <translation>%1, வரிசை %2: செல்லுபடியான JSON அல்ல: %3</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, வரிசை %2: %3</translation>
    </message>
    <message>
        <source>a mapping file is a JSON object { ... }</source>
        <translation>மேப்பிங் கோப்பு ஒரு JSON object { ... } ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object { ... }</source>
        <translation>&quot;%1&quot; ஒரு object { ... } ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is written twice (first on line %2)</source>
        <translation>key &quot;%1&quot; இருமுறை எழுதப்பட்டுள்ளது (முதலில் வரிசை %2-இல்)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; அல்லது &apos;}&apos; எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text in double quotes</source>
        <translation>&quot;%1&quot; இரட்டை மேற்கோள் குறிகளுக்குள் உள்ள உரையாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1; this file may be for a newer IRN Desk</source>
        <translation>&quot;version&quot; 1 ஆக இருக்க வேண்டும்; இந்தக் கோப்பு புதிய IRN Desk பதிப்புக்கானதாக இருக்கலாம்</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;sheets&quot;: it takes &quot;invoices&quot; and &quot;lines&quot;</source>
        <translation>&quot;sheets&quot;-இல் தெரியாத key &quot;%1&quot;: அது &quot;invoices&quot;, &quot;lines&quot; ஆகியவற்றை மட்டுமே ஏற்கும்</translation>
    </message>
    <message>
        <source>&quot;headerRow&quot; must be a row number, 1 or more</source>
        <translation>&quot;headerRow&quot; ஒரு வரிசை எண்ணாக, 1 அல்லது அதற்கு மேல், இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>&quot;decimalSeparator&quot; must be &quot;.&quot; or &quot;,&quot;</source>
        <translation>&quot;decimalSeparator&quot; &quot;.&quot; அல்லது &quot;,&quot; ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>&quot;csvDelimiter&quot; must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;</source>
        <translation>&quot;csvDelimiter&quot; என்பது &quot;,&quot;, &quot;;&quot; அல்லது &quot;tab&quot; ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; a mapping file has &quot;version&quot;, &quot;description&quot;, &quot;sheet&quot;, &quot;sheets&quot;, &quot;headerRow&quot;, &quot;columns&quot;, &quot;dateFormats&quot;, &quot;decimalSeparator&quot; and &quot;csvDelimiter&quot;</source>
        <translation>தெரியாத key &quot;%1&quot;; மேப்பிங் கோப்பில் &quot;version&quot;, &quot;description&quot;, &quot;sheet&quot;, &quot;sheets&quot;, &quot;headerRow&quot;, &quot;columns&quot;, &quot;dateFormats&quot;, &quot;decimalSeparator&quot;, &quot;csvDelimiter&quot; ஆகியவை இருக்கும்</translation>
    </message>
    <message>
        <source>text after the end of the mapping</source>
        <translation>மேப்பிங்கின் முடிவுக்குப் பின் உரை உள்ளது</translation>
    </message>
    <message>
        <source>&quot;sheets&quot; needs both &quot;invoices&quot; and &quot;lines&quot;</source>
        <translation>&quot;sheets&quot;-க்கு &quot;invoices&quot;, &quot;lines&quot; இரண்டும் தேவை</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column of the import template (see docs/import-template.md)</source>
        <translation>&quot;%1&quot; இறக்குமதி வார்ப்புருவின் நெடுவரிசை அல்ல (docs/import-template.md-ஐப் பார்க்கவும்)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is mapped twice (first on line %2)</source>
        <translation>&quot;%1&quot; இருமுறை மேப் செய்யப்பட்டுள்ளது (முதலில் வரிசை %2-இல்)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; for &quot;%2&quot;: it takes &quot;column&quot; and &quot;value&quot;</source>
        <translation>&quot;%2&quot;-க்கான தெரியாத key &quot;%1&quot;: அது &quot;column&quot;, &quot;value&quot; ஆகியவற்றை மட்டுமே ஏற்கும்</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a &quot;column&quot; or a &quot;value&quot;</source>
        <translation>&quot;%1&quot;-க்கு &quot;column&quot; அல்லது &quot;value&quot; தேவை</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; அல்லது &apos;]&apos; எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>&quot;dateFormats&quot; must be a list of formats such as [&quot;dd.mm.yyyy&quot;]</source>
        <translation>&quot;dateFormats&quot; என்பது [&quot;dd.mm.yyyy&quot;] போன்ற வடிவங்களின் பட்டியலாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>the date format &quot;%1&quot; needs one day (d or dd), one month (m, mm, mmm or mmmm) and one year (yy or yyyy)</source>
        <translation>தேதி வடிவம் &quot;%1&quot;-இல் ஒரு நாள் (d அல்லது dd), ஒரு மாதம் (m, mm, mmm அல்லது mmmm), ஒரு ஆண்டு (yy அல்லது yyyy) இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>%1: the mapping file cannot be opened: %2</source>
        <translation>%1: மேப்பிங் கோப்பைத் திறக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>%1: too large for a mapping file</source>
        <translation>%1: மேப்பிங் கோப்புக்கு மிகப் பெரியது</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened: %2</source>
        <translation>%1: கோப்பைத் திறக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>a row longer than %1 MB: is a double quote not closed?</source>
        <translation>%1 MB-ஐவிட நீளமான வரிசை: ஓர் இரட்டை மேற்கோள் குறி மூடப்படவில்லையா?</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1: கோப்பைப் படிக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>%1: the file is UTF-16 text; save it as &quot;CSV UTF-8&quot;</source>
        <translation>%1: கோப்பு UTF-16 உரை; அதை &quot;CSV UTF-8&quot; ஆகச் சேமிக்கவும்</translation>
    </message>
    <message>
        <source>a field in double quotes that starts on this line is never closed</source>
        <translation>இந்த வரிசையில் தொடங்கும், இரட்டை மேற்கோள் குறிகளுக்குள் உள்ள ஒரு புலம் மூடப்படவே இல்லை</translation>
    </message>
    <message>
        <source>text after the closing double quote of a field; a double quote inside a quoted field must be written twice (&quot;&quot;)</source>
        <translation>ஒரு புலத்தின் மூடும் இரட்டை மேற்கோள் குறிக்குப் பின் உரை உள்ளது; மேற்கோள் குறியிட்ட புலத்துக்குள் இரட்டை மேற்கோள் குறியை இருமுறை (&quot;&quot;) எழுத வேண்டும்</translation>
    </message>
    <message>
        <source>the text is not UTF-8; save the file as &quot;CSV UTF-8&quot;</source>
        <translation>உரை UTF-8 அல்ல; கோப்பை &quot;CSV UTF-8&quot; ஆகச் சேமிக்கவும்</translation>
    </message>
    <message>
        <source>is Excel&apos;s day 60, 29/02/1900, a day that did not exist; type the date as dd/mm/yyyy</source>
        <translation>Excel-இன் நாள் 60, அதாவது 29/02/1900 — இல்லாத ஒரு நாள்; தேதியை dd/mm/yyyy என உள்ளிடவும்</translation>
    </message>
    <message>
        <source>is not a date: as an Excel day number it is out of range</source>
        <translation>தேதி அல்ல: Excel நாள் எண்ணாக அது வரம்புக்கு வெளியே உள்ளது</translation>
    </message>
    <message>
        <source>is not a number: its digits are not grouped in thousands (1.234.567,50)</source>
        <translation>எண் அல்ல: அதன் இலக்கங்கள் ஆயிரங்களாகக் குழுவாக்கப்படவில்லை (1.234.567,50)</translation>
    </message>
    <message>
        <source>is not a number: its digits are not grouped as 1,234,567.50 or 12,34,567.50 (if &quot;,&quot; is the decimal separator, set &quot;decimalSeparator&quot;: &quot;,&quot; in the mapping file)</source>
        <translation>எண் அல்ல: அதன் இலக்கங்கள் 1,234,567.50 அல்லது 12,34,567.50 எனக் குழுவாக்கப்படவில்லை (&quot;,&quot; தசமப் பிரிப்பானாக இருந்தால், மேப்பிங் கோப்பில் &quot;decimalSeparator&quot;: &quot;,&quot; என அமைக்கவும்)</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>எண் அல்ல</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>தேதி அல்ல</translation>
    </message>
    <message>
        <source>is not a date in a known format (%1, or an Excel date)</source>
        <translation>அறியப்பட்ட வடிவத்தில் (%1, அல்லது Excel தேதி) உள்ள தேதி அல்ல</translation>
    </message>
    <message>
        <source>is not a real calendar date</source>
        <translation>உண்மையான நாட்காட்டித் தேதி அல்ல</translation>
    </message>
    <message>
        <source>is an error value of the spreadsheet, not a value</source>
        <translation>விரிதாளின் பிழை மதிப்பு, உண்மையான மதிப்பு அல்ல</translation>
    </message>
    <message>
        <source>is not Y or N (Yes, No, True and False are read too)</source>
        <translation>Y அல்லது N அல்ல (Yes, No, True, False ஆகியவையும் ஏற்கப்படும்)</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>மிகப் பெரியது</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>முழு எண் அல்ல</translation>
    </message>
    <message>
        <source>has %1 decimal places; %2 allows at most %3</source>
        <translation>%1 தசம இடங்களைக் கொண்டுள்ளது; %2 அதிகபட்சம் %3 இடங்களை மட்டுமே அனுமதிக்கும்</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook: the part %2 is missing</source>
        <translation>%1: XLSX வொர்க்புக் அல்ல: %2 பகுதி இல்லை</translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to %3 MB, more than the limit of %4 MB; the file is refused so that it cannot exhaust the memory (it may be a ZIP bomb)</source>
        <translation>%1: %2 பகுதி விரிக்கும்போது %3 MB ஆகிறது, இது %4 MB வரம்பைவிட அதிகம்; நினைவகம் தீர்ந்துவிடாமல் இருக்கக் கோப்பு நிராகரிக்கப்பட்டது (இது ZIP bomb ஆக இருக்கலாம்)</translation>
    </message>
    <message>
        <source>%1: the file is damaged: the ZIP archive inside it cannot be read (error %2)</source>
        <translation>%1: கோப்பு சேதமடைந்துள்ளது: அதனுள் உள்ள ZIP காப்பகத்தைப் படிக்க முடியவில்லை (பிழை %2)</translation>
    </message>
    <message>
        <source>%1: the part %2 is not valid XML: %3 (line %4)</source>
        <translation>%1: %2 பகுதி செல்லுபடியான XML அல்ல: %3 (வரிசை %4)</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened again to read a sheet</source>
        <translation>%1: ஒரு தாளைப் படிக்கக் கோப்பை மீண்டும் திறக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>a row has the number &quot;%1&quot;</source>
        <translation>ஒரு வரிசையின் எண் &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the sheet is larger than %1 MB</source>
        <translation>தாள் %1 MB-ஐவிடப் பெரியது</translation>
    </message>
    <message>
        <source>%1, sheet %2: the sheet&apos;s XML is damaged: %3 (line %4)</source>
        <translation>%1, தாள் %2: தாளின் XML சேதமடைந்துள்ளது: %3 (வரிசை %4)</translation>
    </message>
    <message>
        <source>%1, sheet %2: the file is damaged: its data does not match its checksum</source>
        <translation>%1, தாள் %2: கோப்பு சேதமடைந்துள்ளது: அதன் தரவு அதன் checksum-உடன் பொருந்தவில்லை</translation>
    </message>
    <message>
        <source>%1, sheet %2: %3</source>
        <translation>%1, தாள் %2: %3</translation>
    </message>
    <message>
        <source>row %1 has a cell with the reference &quot;%2&quot;</source>
        <translation>வரிசை %1-இல் &quot;%2&quot; என்ற குறிப்புடன் ஒரு செல் உள்ளது</translation>
    </message>
    <message>
        <source>cell %1%2 refers to the shared string &quot;%3&quot;, which the file does not have</source>
        <translation>செல் %1%2, பகிரப்பட்ட string &quot;%3&quot;-ஐக் குறிக்கிறது; அது கோப்பில் இல்லை</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: கோப்பு இல்லை</translation>
    </message>
    <message>
        <source>%1: not an XLSX file, or a damaged one: an XLSX file is a ZIP archive, and this file cannot be read as one</source>
        <translation>%1: XLSX கோப்பு அல்ல, அல்லது சேதமடைந்தது: XLSX கோப்பு ஒரு ZIP காப்பகம்; இந்தக் கோப்பை அவ்வாறு படிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>%1: the file is damaged: the sheet &quot;%2&quot; has no part in the archive</source>
        <translation>%1: கோப்பு சேதமடைந்துள்ளது: &quot;%2&quot; தாளுக்குக் காப்பகத்தில் பகுதி இல்லை</translation>
    </message>
    <message>
        <source>%1: there is no sheet named &quot;%2&quot;; the workbook has %3</source>
        <translation>%1: &quot;%2&quot; என்ற பெயரில் தாள் இல்லை; வொர்க்புக்கில் உள்ளவை: %3</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet</source>
        <translation>%1: வொர்க்புக்கில் தாள் எதுவும் இல்லை</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>வரிசை %1</translation>
    </message>
    <message>
        <source>rows %1–%2</source>
        <translation>வரிசைகள் %1–%2</translation>
    </message>
    <message>
        <source>%1 %2 of seller %3</source>
        <translation>விற்பனையாளர் %3-இன் %1 %2</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>தாள் %1</translation>
    </message>
    <message>
        <source>row %1 (line %2)</source>
        <translation>வரிசை %1 (கோப்பில் வரிசை %2)</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot;</source>
        <translation>நெடுவரிசை %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>value &quot;%1&quot;</source>
        <translation>மதிப்பு &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the old Excel format (.xls) is not read; save the file as an Excel workbook (.xlsx) or as CSV UTF-8</source>
        <translation>%1: பழைய Excel வடிவம் (.xls) படிக்கப்படாது; கோப்பை Excel வொர்க்புக் (.xlsx) ஆகவோ CSV UTF-8 ஆகவோ சேமிக்கவும்</translation>
    </message>
    <message>
        <source>%1: a CSV file has one sheet, but the mapping %2 names two (&quot;sheets&quot;); use an XLSX workbook or a mapping without &quot;sheets&quot;</source>
        <translation>%1: CSV கோப்பில் ஒரே ஒரு தாள் இருக்கும், ஆனால் மேப்பிங் %2 இரண்டு தாள்களைக் (&quot;sheets&quot;) குறிப்பிடுகிறது; XLSX வொர்க்புக்கை அல்லது &quot;sheets&quot; இல்லாத மேப்பிங்கைப் பயன்படுத்தவும்</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, தாள் %2</translation>
    </message>
    <message>
        <source>%1: row %2, which the mapping %3 names as the header row, is empty</source>
        <translation>%1: மேப்பிங் %3 தலைப்பு வரிசையாகக் குறிப்பிடும் வரிசை %2 காலியாக உள்ளது</translation>
    </message>
    <message>
        <source>%1: empty: there is no header row with the column names</source>
        <translation>%1: காலியாக உள்ளது: நெடுவரிசைப் பெயர்களுடன் தலைப்பு வரிசை இல்லை</translation>
    </message>
    <message>
        <source>%1: columns %2 &quot;%3&quot; and %4 both give %5; keep one</source>
        <translation>%1: நெடுவரிசைகள் %2 &quot;%3&quot;, %4 இரண்டும் %5-ஐத் தருகின்றன; ஒன்றை மட்டும் வைக்கவும்</translation>
    </message>
    <message>
        <source>these columns are not in the import template, and are not read: %1</source>
        <translation>இந்த நெடுவரிசைகள் இறக்குமதி வார்ப்புருவில் இல்லை, எனவே படிக்கப்படாது: %1</translation>
    </message>
    <message>
        <source>these columns are not read, because the mapping %1 takes their fields from other columns: %2</source>
        <translation>மேப்பிங் %1 இவற்றின் புலங்களைப் பிற நெடுவரிசைகளிலிருந்து எடுப்பதால், இந்த நெடுவரிசைகள் படிக்கப்படாது: %2</translation>
    </message>
    <message>
        <source>these line item columns are not read from the invoices sheet; put them in the lines sheet: %1</source>
        <translation>பொருள் வரிசைகளுக்கான இந்த நெடுவரிசைகள் விலைப்பட்டியல் தாளிலிருந்து படிக்கப்படாது; அவற்றை வரிசைகள் தாளில் இடவும்: %1</translation>
    </message>
    <message>
        <source>%1: no column %2; every row needs SellerDtls.Gstin, DocDtls.Typ and DocDtls.No to tell which invoice it belongs to (a mapping file can give a constant instead)</source>
        <translation>%1: நெடுவரிசை %2 இல்லை; ஒவ்வொரு வரிசையும் எந்த விலைப்பட்டியலைச் சேர்ந்தது என அறிய SellerDtls.Gstin, DocDtls.Typ, DocDtls.No தேவை (பதிலாக மேப்பிங் கோப்பு ஒரு நிலையான மதிப்பைத் தரலாம்)</translation>
    </message>
    <message>
        <source>the mapping %1 takes this field from the column &quot;%2&quot;, which the file does not have</source>
        <translation>மேப்பிங் %1 இந்தப் புலத்தை &quot;%2&quot; நெடுவரிசையிலிருந்து எடுக்கிறது; அது கோப்பில் இல்லை</translation>
    </message>
    <message>
        <source>%1 is blank; every row needs SellerDtls.Gstin, DocDtls.Typ and DocDtls.No to tell which invoice it belongs to</source>
        <translation>%1 காலியாக உள்ளது; ஒவ்வொரு வரிசையும் எந்த விலைப்பட்டியலைச் சேர்ந்தது என அறிய SellerDtls.Gstin, DocDtls.Typ, DocDtls.No தேவை</translation>
    </message>
    <message>
        <source>invoice %1 also has %2, above; the rows of one invoice must be next to each other (sort the sheet by invoice). These rows are not imported, and the invoice was read from %2 alone</source>
        <translation>விலைப்பட்டியல் %1 மேலே %2-இலும் உள்ளது; ஒரு விலைப்பட்டியலின் வரிசைகள் அடுத்தடுத்து இருக்க வேண்டும் (தாளை விலைப்பட்டியல்படி வரிசைப்படுத்தவும்). இந்த வரிசைகள் இறக்குமதி செய்யப்படவில்லை; விலைப்பட்டியல் %2-இலிருந்து மட்டுமே படிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>invoice %1 has no row in sheet %2</source>
        <translation>தாள் %2-இல் விலைப்பட்டியல் %1-க்கு வரிசை இல்லை</translation>
    </message>
    <message>
        <source>invoice %1 has more than one row in this sheet: rows %2</source>
        <translation>இந்தத் தாளில் விலைப்பட்டியல் %1-க்கு ஒன்றுக்கு மேற்பட்ட வரிசைகள் உள்ளன: வரிசைகள் %2</translation>
    </message>
    <message>
        <source>row %1 of sheet %2</source>
        <translation>தாள் %2 இல் வரிசை %1</translation>
    </message>
    <message>
        <source>differs from &quot;%1&quot; on %2 of the same invoice; an invoice&apos;s columns must be the same on all its rows</source>
        <translation>அதே விலைப்பட்டியலின் %2 இல் உள்ள &quot;%1&quot; இலிருந்து வேறுபடுகிறது; ஒரு விலைப்பட்டியலின் நெடுவரிசைகள் அதன் எல்லா வரிசைகளிலும் ஒரே மாதிரி இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3</source>
        <translation>%1, தாள் %2, வரிசை %3</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3; sheet %4, %5</source>
        <translation>%1, தாள் %2, வரிசை %3; தாள் %4, %5</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, sheet %2, %3</source>
        <translation>%1, தாள் %2, %3</translation>
    </message>
    <message>
        <source>invoice %1 has no lines in sheet %2</source>
        <translation>விலைப்பட்டியல் %1 க்குத் தாள் %2 இல் வரிசைகள் இல்லை</translation>
    </message>
    <message>
        <source>%1 is blank; every row needs SellerDtls.Gstin, DocDtls.Typ and DocDtls.No to tell which invoice it is</source>
        <translation>%1 காலியாக உள்ளது; எந்த விலைப்பட்டியல் என்று அறிய ஒவ்வொரு வரிசைக்கும் SellerDtls.Gstin, DocDtls.Typ மற்றும் DocDtls.No தேவை</translation>
    </message>
</context>
<context>
    <name>irndesk::io::Exporter</name>
    <message>
        <source>it was exported before, to %1 (export again with --include-exported)</source>
        <translation>இது முன்பே %1 க்கு ஏற்றுமதி செய்யப்பட்டது (--include-exported உடன் மீண்டும் ஏற்றுமதி செய்யவும்)</translation>
    </message>
    <message>
        <source>it is %1, and only ready invoices are exported</source>
        <translation>இது %1 நிலையில் உள்ளது; தயார் நிலையிலுள்ள விலைப்பட்டியல்கள் மட்டுமே ஏற்றுமதி செய்யப்படும்</translation>
    </message>
    <message>
        <source>its stored content cannot be read back: check the store (irndesk-cli store check)</source>
        <translation>இதன் சேமித்த உள்ளடக்கத்தைத் திரும்பப் படிக்க முடியவில்லை: ஸ்டோரைச் சரிபார்க்கவும் (irndesk-cli store check)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 இல் எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>say where the bulk files go (the output folder)</source>
        <translation>மொத்தக் கோப்புகள் எங்கு செல்ல வேண்டும் என்று குறிப்பிடவும் (வெளியீட்டுக் கோப்புறை)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>%1 கோப்புறையை உருவாக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>there is no workspace #%1</source>
        <translation>பணியிடம் #%1 இல்லை</translation>
    </message>
    <message>
        <source>%1 invoices to %2 files in %3, %4 left out</source>
        <translation>%1 விலைப்பட்டியல்கள், %3 இல் %2 கோப்புகளுக்கு; %4 விடுபட்டன</translation>
    </message>
</context>
<context>
    <name>irndesk::io::Importer</name>
    <message>
        <source>the invoice at line %1</source>
        <translation>வரிசை %1 இல் உள்ள விலைப்பட்டியல்</translation>
    </message>
    <message>
        <source>invoice [%1] at line %2</source>
        <translation>வரிசை %2 இல் உள்ள விலைப்பட்டியல் [%1]</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: அத்தகைய கோப்பு இல்லை</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: இதைப் படிக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 updated, %4 duplicates, %5 conflicts, %6 refused</source>
        <translation>%1: %2 இறக்குமதி செய்யப்பட்டன, %3 புதுப்பிக்கப்பட்டன, %4 நகல்கள், %5 முரண்பாடுகள், %6 மறுக்கப்பட்டன</translation>
    </message>
    <message>
        <source>workspace %1 (%2) created from SellerDtls</source>
        <translation>SellerDtls இலிருந்து பணியிடம் %1 (%2) உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <source>%1: the invoice could not be read</source>
        <translation>%1: விலைப்பட்டியலைப் படிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>%1: SellerDtls.Gstin is missing, so the invoice belongs to no workspace</source>
        <translation>%1: SellerDtls.Gstin இல்லை, எனவே விலைப்பட்டியல் எந்தப் பணியிடத்துக்கும் சொந்தமில்லை</translation>
    </message>
    <message>
        <source>%1: SellerDtls.Gstin &apos;%2&apos; is not a GSTIN (15 characters: state code, PAN, entity, Z, check character)</source>
        <translation>%1: SellerDtls.Gstin &apos;%2&apos; ஒரு GSTIN அல்ல (15 எழுத்துகள்: மாநிலக் குறியீடு, PAN, நிறுவனம், Z, சரிபார்ப்பு எழுத்து)</translation>
    </message>
    <message>
        <source>%1: the seller %2 is not the workspace %3 the import is limited to (--workspace)</source>
        <translation>%1: விற்பனையாளர் %2, இறக்குமதி வரம்பிடப்பட்ட பணியிடம் %3 அல்ல (--workspace)</translation>
    </message>
    <message>
        <source>%1: DocDtls.Typ and DocDtls.No are needed to store an invoice</source>
        <translation>%1: விலைப்பட்டியலைச் சேமிக்க DocDtls.Typ மற்றும் DocDtls.No தேவை</translation>
    </message>
    <message>
        <source>%1: %2 %3 is already in the store (%4), unchanged: not imported again</source>
        <translation>%1: %2 %3 ஏற்கனவே ஸ்டோரில் உள்ளது (%4), மாற்றமில்லை: மீண்டும் இறக்குமதி செய்யப்படவில்லை</translation>
    </message>
    <message>
        <source>%1: the store already has a different %2 %3 (%4); import with --update to replace it</source>
        <translation>%1: ஸ்டோரில் ஏற்கனவே வேறுபட்ட %2 %3 உள்ளது (%4); அதை மாற்ற --update உடன் இறக்குமதி செய்யவும்</translation>
    </message>
    <message>
        <source>%1: the store already has a different %2 %3, and it is %4: it cannot be replaced</source>
        <translation>%1: ஸ்டோரில் ஏற்கனவே வேறுபட்ட %2 %3 உள்ளது, அது %4 நிலையில் உள்ளது: அதை மாற்ற முடியாது</translation>
    </message>
</context>
<context>
    <name>irndesk::io::PortalResults</name>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>JSON மதிப்பின் முடிவுக்குப் பின் எதிர்பாராத உரை</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>வரிசை %1, நெடுவரிசை %2: %3</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>JSON %1 நிலைகளுக்கு மேல் உள்ளடுக்கப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>இரட்டை மேற்கோள்களில் ஒரு விசை எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>விசைக்குப் பின் &apos;:&apos; எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a value</source>
        <translation>மதிப்புக்குப் பின் &apos;,&apos; அல்லது &apos;}&apos; எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after a value</source>
        <translation>மதிப்புக்குப் பின் &apos;,&apos; அல்லது &apos;]&apos; எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>மதிப்பு எதிர்பார்க்கப்பட்ட இடத்தில் உரை முடிந்துவிடுகிறது</translation>
    </message>
    <message>
        <source>the JWT has no signature</source>
        <translation>JWT இல் கையொப்பம் இல்லை</translation>
    </message>
    <message>
        <source>not a JWT: its header is not base64url-encoded JSON</source>
        <translation>JWT அல்ல: இதன் ஹெடர் base64url-குறியாக்கப்பட்ட JSON அல்ல</translation>
    </message>
    <message>
        <source>the JWT payload is not JSON: %1</source>
        <translation>JWT பேலோடு JSON அல்ல: %1</translation>
    </message>
    <message>
        <source>the JWT payload has no &quot;data&quot; text</source>
        <translation>JWT பேலோடில் &quot;data&quot; உரை இல்லை</translation>
    </message>
    <message>
        <source>the JWT&apos;s &quot;data&quot; is not JSON: %1</source>
        <translation>JWT இன் &quot;data&quot; JSON அல்ல: %1</translation>
    </message>
    <message>
        <source>the JWT&apos;s &quot;data&quot; is not a JSON object</source>
        <translation>JWT இன் &quot;data&quot; ஒரு JSON ஆப்ஜெக்ட் அல்ல</translation>
    </message>
    <message>
        <source>too many wrappers inside each other</source>
        <translation>ஒன்றுக்குள் ஒன்றாக மிக அதிகமான உறைகள் உள்ளன</translation>
    </message>
    <message>
        <source>expected an object or a JWT text, not %1</source>
        <translation>ஒரு ஆப்ஜெக்ட் அல்லது JWT உரை எதிர்பார்க்கப்பட்டது, %1 அல்ல</translation>
    </message>
    <message>
        <source>the JWT holds neither a signed invoice (DocDtls) nor a signed QR code (DocTyp)</source>
        <translation>JWT இல் கையொப்பமிட்ட விலைப்பட்டியலும் (DocDtls) இல்லை, கையொப்பமிட்ட QR குறியீடும் (DocTyp) இல்லை</translation>
    </message>
    <message>
        <source>the response reports a failure: %1</source>
        <translation>பதில் ஒரு தோல்வியைத் தெரிவிக்கிறது: %1</translation>
    </message>
    <message>
        <source>the response has no &quot;result&quot;</source>
        <translation>பதிலில் &quot;result&quot; இல்லை</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not JSON: %1</source>
        <translation>&quot;data&quot; JSON அல்ல: %1</translation>
    </message>
    <message>
        <source>&quot;Data&quot; is not JSON: %1</source>
        <translation>&quot;Data&quot; JSON அல்ல: %1</translation>
    </message>
    <message>
        <source>the response has no &quot;Data&quot;</source>
        <translation>பதிலில் &quot;Data&quot; இல்லை</translation>
    </message>
    <message>
        <source>&quot;Data&quot; is not JSON: it is still encrypted with the session key (SEK); decrypt it first, or use the decrypted response</source>
        <translation>&quot;Data&quot; JSON அல்ல: இது இன்னும் அமர்வு விசையால் (SEK) மறைகுறியாக்கப்பட்டுள்ளது; முதலில் இதை மறைநீக்கம் செய்யவும், அல்லது மறைநீக்கப்பட்ட பதிலைப் பயன்படுத்தவும்</translation>
    </message>
    <message>
        <source>the decoded document is neither a signed invoice (DocDtls) nor a signed QR code (DocTyp)</source>
        <translation>குறிநீக்கப்பட்ட ஆவணம் கையொப்பமிட்ட விலைப்பட்டியலும் (DocDtls) அல்ல, கையொப்பமிட்ட QR குறியீடும் (DocTyp) அல்ல</translation>
    </message>
    <message>
        <source>not an IRP result: it has no Irn, SignedInvoice or SignedQRCode</source>
        <translation>IRP முடிவு அல்ல: இதில் Irn, SignedInvoice அல்லது SignedQRCode இல்லை</translation>
    </message>
    <message>
        <source>SignedInvoice: %1</source>
        <translation>SignedInvoice: %1</translation>
    </message>
    <message>
        <source>SignedInvoice holds no invoice (no DocDtls)</source>
        <translation>SignedInvoice இல் விலைப்பட்டியல் இல்லை (DocDtls இல்லை)</translation>
    </message>
    <message>
        <source>SignedQRCode: %1</source>
        <translation>SignedQRCode: %1</translation>
    </message>
    <message>
        <source>SignedQRCode holds no QR code data (no DocTyp)</source>
        <translation>SignedQRCode இல் QR குறியீட்டுத் தரவு இல்லை (DocTyp இல்லை)</translation>
    </message>
    <message>
        <source>the SignedQRCode is for IRN %1, the SignedInvoice for IRN %2</source>
        <translation>SignedQRCode, IRN %1 க்கானது; SignedInvoice, IRN %2 க்கானது</translation>
    </message>
    <message>
        <source>the Irn given (%1) is not the one signed (%2)</source>
        <translation>கொடுக்கப்பட்ட Irn (%1) கையொப்பமிடப்பட்டது (%2) அல்ல</translation>
    </message>
    <message>
        <source>the AckNo given (%1) is not the one signed (%2)</source>
        <translation>கொடுக்கப்பட்ட AckNo (%1) கையொப்பமிடப்பட்டது (%2) அல்ல</translation>
    </message>
    <message>
        <source>no Irn: this is an invoice as sent, not as registered</source>
        <translation>Irn இல்லை: இது அனுப்பப்பட்ட நிலையிலான விலைப்பட்டியல், பதிவுசெய்யப்பட்டது அல்ல</translation>
    </message>
    <message>
        <source>the Irn &apos;%1&apos; is not 64 hexadecimal digits</source>
        <translation>Irn &apos;%1&apos; 64 ஹெக்ஸாடெசிமல் இலக்கங்களாக இல்லை</translation>
    </message>
    <message>
        <source>no AckNo</source>
        <translation>AckNo இல்லை</translation>
    </message>
    <message>
        <source>the AckNo &apos;%1&apos; is not a whole number</source>
        <translation>AckNo &apos;%1&apos; ஒரு முழு எண் அல்ல</translation>
    </message>
    <message>
        <source>no AckDt</source>
        <translation>AckDt இல்லை</translation>
    </message>
    <message>
        <source>the Status &apos;%1&apos; is neither ACT (active) nor CNL (cancelled)</source>
        <translation>Status &apos;%1&apos; ACT (செயலில்) அல்லது CNL (ரத்துசெய்யப்பட்டது) எதுவும் அல்ல</translation>
    </message>
    <message>
        <source>no document details: neither a SignedInvoice nor a SignedQRCode to read them from</source>
        <translation>ஆவண விவரங்கள் இல்லை: அவற்றைப் படிக்க SignedInvoice அல்லது SignedQRCode எதுவும் இல்லை</translation>
    </message>
    <message>
        <source>the signed document lacks its seller GSTIN, document type, number or date</source>
        <translation>கையொப்பமிட்ட ஆவணத்தில் விற்பனையாளர் GSTIN, ஆவண வகை, எண் அல்லது தேதி இல்லை</translation>
    </message>
    <message>
        <source>the same IRN as entry %1: that entry is used</source>
        <translation>உள்ளீடு %1 இன் அதே IRN: அந்த உள்ளீடு பயன்படுத்தப்படுகிறது</translation>
    </message>
    <message>
        <source>the signed document details are not valid: %1</source>
        <translation>கையொப்பமிட்ட ஆவண விவரங்கள் செல்லாதவை: %1</translation>
    </message>
    <message>
        <source>the Irn %1 is not the IRN of %2 %3 dated %4 of GSTIN %5 (that is %6): the document or the Irn was changed</source>
        <translation>Irn %1, GSTIN %5 இன் %4 தேதியிட்ட %2 %3 இன் IRN அல்ல (அது %6): ஆவணம் அல்லது Irn மாற்றப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>a SignedQRCode (IRN %1) without its SignedInvoice or AckNo: the QR code does not carry the acknowledgement</source>
        <translation>SignedInvoice அல்லது AckNo இல்லாத SignedQRCode (IRN %1): QR குறியீட்டில் ஒப்புகை இல்லை</translation>
    </message>
    <message>
        <source>a second, different SignedQRCode for IRN %1 (entry %2 has one)</source>
        <translation>IRN %1 க்கு இரண்டாவது, வேறுபட்ட SignedQRCode (உள்ளீடு %2 இல் ஒன்று உள்ளது)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: கோப்பு காலியாக உள்ளது</translation>
    </message>
    <message>
        <source>%1: neither JSON nor a JWT per line: %2</source>
        <translation>%1: JSON-உம் அல்ல, ஒரு வரிசைக்கு ஒரு JWT-உம் அல்ல: %2</translation>
    </message>
    <message>
        <source>entry %1 (line %2): %3</source>
        <translation>உள்ளீடு %1 (வரிசை %2): %3</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>உள்ளீடு %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file holds no results</source>
        <translation>%1: கோப்பில் முடிவுகள் எதுவும் இல்லை</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ஐப் படிக்க முடியவில்லை: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::io::ResultsImport</name>
    <message>
        <source>there is no workspace for the seller %1 in the store</source>
        <translation>ஸ்டோரில் விற்பனையாளர் %1 க்குப் பணியிடம் இல்லை</translation>
    </message>
    <message>
        <source>the document date &apos;%1&apos; is not a date</source>
        <translation>ஆவணத் தேதி &apos;%1&apos; ஒரு தேதி அல்ல</translation>
    </message>
    <message>
        <source>IRN %1 from %2</source>
        <translation>%2 இலிருந்து IRN %1</translation>
    </message>
    <message>
        <source>%1 %2 is not in the store: its number is now recorded as used at the IRP</source>
        <translation>%1 %2 ஸ்டோரில் இல்லை: அதன் எண் இப்போது IRP இல் பயன்படுத்தப்பட்டதாகப் பதிவுசெய்யப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>%1 %2 is already %3 with this IRN</source>
        <translation>%1 %2 ஏற்கனவே இந்த IRN உடன் %3 நிலையில் உள்ளது</translation>
    </message>
    <message>
        <source>%1 %2 is registered in the store with another IRN (%3), not %4: check which one the IRP holds</source>
        <translation>%1 %2 ஸ்டோரில் வேறொரு IRN (%3) உடன் பதிவுசெய்யப்பட்டுள்ளது, %4 உடன் அல்ல: IRP இல் எது உள்ளது என்று சரிபார்க்கவும்</translation>
    </message>
    <message>
        <source>%1 %2 is %3 in the store: only a ready, exported, sent or unknown invoice can become registered. The IRP registered it: check that the store&apos;s invoice is the one that was uploaded, then validate it and import the results again</source>
        <translation>%1 %2 ஸ்டோரில் %3 நிலையில் உள்ளது: தயார், ஏற்றுமதியானது, அனுப்பப்பட்டது அல்லது தெரியாதது நிலையிலுள்ள விலைப்பட்டியல் மட்டுமே பதிவுசெய்யப்பட்டதாக மாற முடியும். IRP இதைப் பதிவுசெய்துள்ளது: ஸ்டோரிலுள்ள விலைப்பட்டியல்தான் பதிவேற்றப்பட்டது என்பதை உறுதிசெய்து, பின் அதைச் சரிபார்த்து, முடிவுகளை மீண்டும் இறக்குமதி செய்யவும்</translation>
    </message>
    <message>
        <source>results file %1</source>
        <translation>முடிவுகள் கோப்பு %1</translation>
    </message>
    <message>
        <source>%1 %2 registered: IRN %3, Ack No %4</source>
        <translation>%1 %2 பதிவுசெய்யப்பட்டது: IRN %3, Ack No %4</translation>
    </message>
</context>
<context>
    <name>irndesk::io::StatusReport</name>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Status (%1)</source>
        <translation>நிலை (%1)</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>zip பிழை %1</translation>
    </message>
    <message>
        <source>Seller GSTIN</source>
        <translation>விற்பனையாளர் GSTIN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>எண்</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>தேதி</translation>
    </message>
    <message>
        <source>Buyer GSTIN</source>
        <translation>வாங்குபவர் GSTIN</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>வாங்குபவர் பெயர்</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>மொத்தம்</translation>
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
        <translation>Ack தேதி</translation>
    </message>
    <message>
        <source>E-way bill No</source>
        <translation>இ-வே பில் எண்</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>பிழைகள்</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>எச்சரிக்கைகள்</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>ஏற்றுமதிக் கோப்பு</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 இல் எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 இல் எழுத முடியவில்லை: அது ஒரு கோப்புறை</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>the store changed or could not be read while the report was written</source>
        <translation>அறிக்கை எழுதப்படும்போது ஸ்டோர் மாறியது அல்லது அதைப் படிக்க முடியவில்லை</translation>
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
        <translation>GSTIN &apos;%1&apos; 15 எழுத்துகளாக இல்லை: 2 இலக்கங்களும் 0-9 A-Z இலிருந்து 13 எழுத்துகளும் தேவை</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not a real date in the form DD/MM/YYYY</source>
        <translation>தேதி &apos;%1&apos;, DD/MM/YYYY வடிவத்தில் உள்ள உண்மையான தேதி அல்ல</translation>
    </message>
    <message>
        <source>document type &apos;%1&apos; is not one of INV, CRN, DBN</source>
        <translation>ஆவண வகை &apos;%1&apos;, INV, CRN, DBN இவற்றில் ஒன்று அல்ல</translation>
    </message>
    <message>
        <source>document number &apos;%1&apos; must be 1 to 16 characters of A-Z a-z 0-9 / -, not starting with 0, / or -</source>
        <translation>ஆவண எண் &apos;%1&apos;, A-Z a-z 0-9 / - இலிருந்து 1 முதல் 16 எழுத்துகளாக இருக்க வேண்டும்; 0, / அல்லது - இல் தொடங்கக்கூடாது</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::Crypto</name>
    <message>
        <source>an AES-256 key has 32 bytes, this one %1</source>
        <translation>AES-256 விசைக்கு 32 பைட்டுகள் இருக்கும், இதற்கு %1</translation>
    </message>
    <message>
        <source>the encrypted data is %1 bytes long, not a whole number of 16-byte blocks</source>
        <translation>மறைகுறியாக்கப்பட்ட தரவு %1 பைட்டுகள் நீளம், இது 16-பைட் தொகுதிகளின் முழு எண்ணிக்கை அல்ல</translation>
    </message>
    <message>
        <source>AES encryption failed</source>
        <translation>AES மறைகுறியாக்கம் தோல்வியடைந்தது</translation>
    </message>
    <message>
        <source>the data cannot be decrypted with this key (bad padding)</source>
        <translation>இந்த விசையால் தரவை மறைநீக்கம் செய்ய முடியவில்லை (தவறான பேடிங்)</translation>
    </message>
    <message>
        <source>no public key to encrypt with</source>
        <translation>மறைகுறியாக்கப் பொது விசை இல்லை</translation>
    </message>
    <message>
        <source>RSA encryption of %1 bytes failed (an RSA-2048 key takes at most 245): %2</source>
        <translation>%1 பைட்டுகளின் RSA மறைகுறியாக்கம் தோல்வியடைந்தது (RSA-2048 விசை அதிகபட்சம் 245 ஏற்கும்): %2</translation>
    </message>
    <message>
        <source>not an RSA private key in PEM</source>
        <translation>PEM இல் உள்ள RSA தனிப்பட்ட விசை அல்ல</translation>
    </message>
    <message>
        <source>could not make an RSA key: %1</source>
        <translation>RSA விசையை உருவாக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>RSA decryption failed</source>
        <translation>RSA மறைநீக்கம் தோல்வியடைந்தது</translation>
    </message>
    <message>
        <source>RS256 signing failed: %1</source>
        <translation>RS256 கையொப்பமிடல் தோல்வியடைந்தது: %1</translation>
    </message>
    <message>
        <source>the AppKey must be 32 bytes, not %1</source>
        <translation>AppKey 32 பைட்டுகளாக இருக்க வேண்டும், %1 அல்ல</translation>
    </message>
    <message>
        <source>the Sek of the auth reply is not base64</source>
        <translation>அங்கீகாரப் பதிலில் உள்ள Sek, base64 அல்ல</translation>
    </message>
    <message>
        <source>the Sek cannot be decrypted with this AppKey: %1</source>
        <translation>இந்த AppKey ஆல் Sek ஐ மறைநீக்கம் செய்ய முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>the decrypted Sek has %1 bytes, not 32</source>
        <translation>மறைநீக்கப்பட்ட Sek இல் %1 பைட்டுகள் உள்ளன, 32 அல்ல</translation>
    </message>
    <message>
        <source>the reply&apos;s Data is not base64</source>
        <translation>பதிலில் உள்ள Data, base64 அல்ல</translation>
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
        <translation>அனுப்பும்போது இணைப்பு துண்டிக்கப்பட்டது: %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 வினாடிகளுக்குள் பதில் இல்லை</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>பதில் இல்லாமல் இணைப்பு மூடப்பட்டது</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>பதில் இடையில் துண்டிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>the answer is not valid HTTP (chunk size)</source>
        <translation>பதில் செல்லுபடியான HTTP அல்ல (chunk அளவு)</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::IrpClient</name>
    <message>
        <source>cannot make the auth request: %1</source>
        <translation>அங்கீகாரக் கோரிக்கையை உருவாக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>auth: %1</source>
        <translation>அங்கீகாரம்: %1</translation>
    </message>
    <message>
        <source>auth: the IRP&apos;s reply is not JSON (HTTP %1)</source>
        <translation>அங்கீகாரம்: IRP இன் பதில் JSON அல்ல (HTTP %1)</translation>
    </message>
    <message>
        <source>the IRP refused the login without saying why</source>
        <translation>காரணம் சொல்லாமல் IRP உள்நுழைவை மறுத்தது</translation>
    </message>
    <message>
        <source>the IRP answered HTTP %1</source>
        <translation>IRP, HTTP %1 எனப் பதிலளித்தது</translation>
    </message>
    <message>
        <source>the IRP&apos;s reply is not JSON (HTTP %1)</source>
        <translation>IRP இன் பதில் JSON அல்ல (HTTP %1)</translation>
    </message>
    <message>
        <source>the IRP refused the request without saying why</source>
        <translation>காரணம் சொல்லாமல் IRP கோரிக்கையை மறுத்தது</translation>
    </message>
    <message>
        <source>the IRP&apos;s reply cannot be decrypted: %1</source>
        <translation>IRP இன் பதிலை மறைநீக்கம் செய்ய முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>the IRP&apos;s decrypted reply is not a JSON object</source>
        <translation>IRP இன் மறைநீக்கப்பட்ட பதில் ஒரு JSON ஆப்ஜெக்ட் அல்ல</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::IrpProfile</name>
    <message>
        <source>profile name &apos;%1&apos;: use 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>சுயவிவரப் பெயர் &apos;%1&apos;: 1 முதல் 40 எழுத்துகள், இலக்கங்கள், &apos;-&apos;, &apos;_&apos; அல்லது &apos;.&apos; பயன்படுத்தவும்</translation>
    </message>
    <message>
        <source>--base-url &apos;%1&apos; is not an http(s) URL</source>
        <translation>--base-url &apos;%1&apos; ஒரு http(s) URL அல்ல</translation>
    </message>
    <message>
        <source>--base-url &apos;%1&apos;: plain http is allowed only to this computer (127.0.0.1); use https</source>
        <translation>--base-url &apos;%1&apos;: சாதாரண http இந்தக் கணினிக்கு (127.0.0.1) மட்டுமே அனுமதிக்கப்படும்; https பயன்படுத்தவும்</translation>
    </message>
    <message>
        <source>--client-id and --user are required</source>
        <translation>--client-id மற்றும் --user தேவை</translation>
    </message>
    <message>
        <source>--gstin &apos;%1&apos; is not a GSTIN (15 characters)</source>
        <translation>--gstin &apos;%1&apos; ஒரு GSTIN அல்ல (15 எழுத்துகள்)</translation>
    </message>
    <message>
        <source>--public-key: %1</source>
        <translation>--public-key: %1</translation>
    </message>
    <message>
        <source>--ca-cert: not a PEM certificate</source>
        <translation>--ca-cert: PEM சான்றிதழ் அல்ல</translation>
    </message>
    <message>
        <source>say where the secrets come from: --client-secret-env VAR and --password-env VAR (or --keychain)</source>
        <translation>ரகசியங்கள் எங்கிருந்து வருகின்றன என்று குறிப்பிடவும்: --client-secret-env VAR மற்றும் --password-env VAR (அல்லது --keychain)</translation>
    </message>
    <message>
        <source>cannot write the settings file %1</source>
        <translation>அமைப்புகள் கோப்பு %1 இல் எழுத முடியவில்லை</translation>
    </message>
    <message>
        <source>there is no IRP profile &apos;%1&apos;</source>
        <translation>&apos;%1&apos; என்ற IRP சுயவிவரம் இல்லை</translation>
    </message>
    <message>
        <source>profile %1: the IRP&apos;s public key: %2</source>
        <translation>சுயவிவரம் %1: IRP இன் பொது விசை: %2</translation>
    </message>
    <message>
        <source>profile %1: the %2 is not in the keychain</source>
        <translation>சுயவிவரம் %1: %2 கீசெயினில் இல்லை</translation>
    </message>
    <message>
        <source>profile %1: the %2 is read from the environment variable %3, which is not set</source>
        <translation>சுயவிவரம் %1: %2 சூழல் மாறி %3 இலிருந்து படிக்கப்படுகிறது, ஆனால் அது அமைக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>no keychain took the secret: %1</source>
        <translation>எந்தக் கீசெயினும் ரகசியத்தை ஏற்கவில்லை: %1</translation>
    </message>
    <message>
        <source>the keychain did not give the secret: %1</source>
        <translation>கீசெயின் ரகசியத்தைத் தரவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::Jwt</name>
    <message>
        <source>not a JWT: expected three base64url parts separated by dots</source>
        <translation>JWT அல்ல: புள்ளிகளால் பிரிக்கப்பட்ட மூன்று base64url பகுதிகள் எதிர்பார்க்கப்பட்டன</translation>
    </message>
    <message>
        <source>not a JWT: its header is not base64url-encoded JSON</source>
        <translation>JWT அல்ல: இதன் ஹெடர் base64url-குறியாக்கப்பட்ட JSON அல்ல</translation>
    </message>
    <message>
        <source>not a JWT: its signature is not base64url</source>
        <translation>JWT அல்ல: இதன் கையொப்பம் base64url அல்ல</translation>
    </message>
    <message>
        <source>the JWT payload is not base64url (the text may be cut or changed)</source>
        <translation>JWT பேலோடு base64url அல்ல (உரை துண்டிக்கப்பட்டிருக்கலாம் அல்லது மாற்றப்பட்டிருக்கலாம்)</translation>
    </message>
    <message>
        <source>the JWT payload is not JSON: %1</source>
        <translation>JWT பேலோடு JSON அல்ல: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ஆப்ஜெக்ட் அல்ல</translation>
    </message>
    <message>
        <source>the JWT&apos;s &quot;data&quot; is not a JSON object</source>
        <translation>JWT இன் &quot;data&quot; ஒரு JSON ஆப்ஜெக்ட் அல்ல</translation>
    </message>
    <message>
        <source>not an RSA public key or certificate in PEM (or a DER certificate)</source>
        <translation>PEM இல் உள்ள RSA பொது விசையோ சான்றிதழோ அல்ல (DER சான்றிதழும் அல்ல)</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::Submitter</name>
    <message>
        <source>the IRP&apos;s record has no readable QR code to compare with</source>
        <translation>IRP இல் உள்ள பதிவில் ஒப்பிடுவதற்குப் படிக்கக்கூடிய QR குறியீடு இல்லை</translation>
    </message>
    <message>
        <source>buyer GSTIN %1 at the IRP, %2 here</source>
        <translation>வாங்குபவர் GSTIN: IRP இல் %1, இங்கே %2</translation>
    </message>
    <message>
        <source>total %1 at the IRP, %2 here</source>
        <translation>மொத்தம்: IRP இல் %1, இங்கே %2</translation>
    </message>
    <message>
        <source>registered as %1, but the store could not record it: %2</source>
        <translation>%1 ஆகப் பதிவுசெய்யப்பட்டது, ஆனால் ஸ்டோரில் அதைச் சேமிக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>Duplicate IRN: this number is registered at the IRP with other content (%1). Cancel that IRN on the portal within 24 hours, or give this invoice another number.</source>
        <translation>நகல் IRN: இந்த எண் வேறு உள்ளடக்கத்துடன் IRP இல் பதிவுசெய்யப்பட்டுள்ளது (%1). அந்த IRN ஐ 24 மணி நேரத்துக்குள் போர்டலில் ரத்துசெய்யவும், அல்லது இந்த விலைப்பட்டியலுக்கு வேறு எண் கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>sent, no answer; the lookup failed too (%1): it is looked up again before any resend</source>
        <translation>அனுப்பப்பட்டது, பதில் இல்லை; தேடலும் தோல்வியடைந்தது (%1): மீண்டும் அனுப்பும் முன் இது மீண்டும் தேடப்படும்</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>ஏற்கனவே பதிவுசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>not sent: it has errors; correct it first (%1)</source>
        <translation>அனுப்பப்படவில்லை: இதில் பிழைகள் உள்ளன; முதலில் அவற்றைச் சரிசெய்யவும் (%1)</translation>
    </message>
    <message>
        <source>found submitting at the start of a run</source>
        <translation>இயக்கத்தின் தொடக்கத்தில் சமர்ப்பிப்பு நடைபெறும் நிலையில் காணப்பட்டது</translation>
    </message>
    <message>
        <source>not sent: the rules find errors (%1)</source>
        <translation>அனுப்பப்படவில்லை: விதிகள் பிழைகளைக் கண்டறிந்தன (%1)</translation>
    </message>
    <message>
        <source>not sent: the run was cancelled</source>
        <translation>அனுப்பப்படவில்லை: இயக்கம் நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>IRN %1, whose details the IRP no longer gives (%2)</source>
        <translation>IRN %1, இதன் விவரங்களை IRP இப்போது தருவதில்லை (%2)</translation>
    </message>
    <message>
        <source>not registered after %1 attempts; it stays ready</source>
        <translation>%1 முயற்சிகளுக்குப் பிறகும் பதிவுசெய்யப்படவில்லை; இது தயார் நிலையிலேயே இருக்கும்</translation>
    </message>
    <message>
        <source>cannot log in to the IRP at %1: %2</source>
        <translation>%1 இல் IRP இல் உள்நுழைய முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>only a registered invoice can be cancelled; this one is %1</source>
        <translation>பதிவுசெய்யப்பட்ட விலைப்பட்டியலை மட்டுமே ரத்துசெய்ய முடியும்; இது %1 நிலையில் உள்ளது</translation>
    </message>
    <message>
        <source>the reason must be 1 (duplicate), 2 (data entry mistake), 3 (order cancelled) or 4 (other)</source>
        <translation>காரணம் 1 (நகல்), 2 (தரவு உள்ளீட்டுப் பிழை), 3 (ஆர்டர் ரத்துசெய்யப்பட்டது) அல்லது 4 (பிற) ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>the remark must have 1 to 100 characters</source>
        <translation>குறிப்பு 1 முதல் 100 எழுத்துகள் கொண்டதாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>the IRP did not cancel %1: %2</source>
        <translation>IRP %1 ஐ ரத்துசெய்யவில்லை: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::irp::TrustStore</name>
    <message>
        <source>valid signature</source>
        <translation>செல்லுபடியான கையொப்பம்</translation>
    </message>
    <message>
        <source>INVALID SIGNATURE</source>
        <translation>செல்லாத கையொப்பம்</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>தெரியாத விசை</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>படிக்க முடியாதது</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: கோப்புறையை உருவாக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>%1: cannot copy the key to %2</source>
        <translation>%1: விசையை %2 க்கு நகலெடுக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>%1: cannot read the key: %2</source>
        <translation>%1: விசையைப் படிக்க முடியவில்லை: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::json</name>
    <message>
        <source>expected a key in double quotes</source>
        <translation>இரட்டை மேற்கோள்களில் ஒரு விசை எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>விசைக்குப் பின் &apos;:&apos; எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>invoice %1 is %2 bytes as JSON: more than the %3-byte limit of a bulk file on its own</source>
        <translation>விலைப்பட்டியல் %1, JSON ஆக %2 பைட்டுகள்: இது தனியாகவே ஒரு மொத்தக் கோப்பின் %3-பைட் வரம்பை விட அதிகம்</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>%1 கோப்புறையை உருவாக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 இல் எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: </source>
        <translation>வரிசை %1, நெடுவரிசை %2: </translation>
    </message>
    <message>
        <source>null read as an absent field</source>
        <translation>null, இல்லாத புலமாகப் படிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 எதிர்பார்க்கப்பட்டது, %2 கிடைத்தது</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ஒரு ஸ்ட்ரிங்</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ஒரு எண்</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ஒரு எண் அல்ல</translation>
    </message>
    <message>
        <source>%1 is far too large for this field</source>
        <translation>%1 இந்தப் புலத்துக்கு மிக மிகப் பெரியது</translation>
    </message>
    <message>
        <source>%1 must be a whole number; read as %2</source>
        <translation>%1 ஒரு முழு எண்ணாக இருக்க வேண்டும்; %2 ஆகப் படிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places, at most %3 are allowed; read as %4 (rounded half-up)</source>
        <translation>%1 இல் %2 தசம இடங்கள் உள்ளன, அதிகபட்சம் %3 மட்டுமே அனுமதிக்கப்படும்; %4 ஆகப் படிக்கப்பட்டது (half-up முறையில் முழுமையாக்கப்பட்டது)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ஒரு ஆப்ஜெக்ட்</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ஒரு அரே</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after a value</source>
        <translation>மதிப்புக்குப் பின் &apos;,&apos; அல்லது &apos;]&apos; எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; read as &apos;%2&apos; (the schema&apos;s spelling)</source>
        <translation>விசை &apos;%1&apos;, &apos;%2&apos; ஆகப் படிக்கப்பட்டது (ஸ்கீமாவின் எழுத்துக்கூட்டல்)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;: the schema has no such field here, its value is not read</source>
        <translation>தெரியாத விசை &apos;%1&apos;: இங்கே ஸ்கீமாவில் அத்தகைய புலம் இல்லை, அதன் மதிப்பு படிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>the key appears twice; the last value is used</source>
        <translation>விசை இருமுறை வருகிறது; கடைசி மதிப்பு பயன்படுத்தப்படுகிறது</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a value</source>
        <translation>மதிப்புக்குப் பின் &apos;,&apos; அல்லது &apos;}&apos; எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>expected an invoice object, got %1</source>
        <translation>விலைப்பட்டியல் ஆப்ஜெக்ட் எதிர்பார்க்கப்பட்டது, %1 கிடைத்தது</translation>
    </message>
    <message>
        <source>unexpected text after the end of the invoice</source>
        <translation>விலைப்பட்டியலின் முடிவுக்குப் பின் எதிர்பாராத உரை</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>கோப்பைப் படிக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>the file ends inside the array: is it cut short?</source>
        <translation>அரேயின் உள்ளேயே கோப்பு முடிகிறது: இது இடையில் துண்டிக்கப்பட்டதா?</translation>
    </message>
    <message>
        <source>unexpected text after the end of the array</source>
        <translation>அரேயின் முடிவுக்குப் பின் எதிர்பாராத உரை</translation>
    </message>
    <message>
        <source>invoice [%1] is larger than 256 MB: this is not an INV-01 file</source>
        <translation>விலைப்பட்டியல் [%1] 256 MB ஐ விடப் பெரியது: இது INV-01 கோப்பு அல்ல</translation>
    </message>
    <message>
        <source>the file ends inside the invoice: is it cut short?</source>
        <translation>விலைப்பட்டியலின் உள்ளேயே கோப்பு முடிகிறது: இது இடையில் துண்டிக்கப்பட்டதா?</translation>
    </message>
    <message>
        <source>the file ends inside invoice [%1]: is it cut short?</source>
        <translation>விலைப்பட்டியல் [%1] இன் உள்ளேயே கோப்பு முடிகிறது: இது இடையில் துண்டிக்கப்பட்டதா?</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>கோப்பு காலியாக உள்ளது</translation>
    </message>
    <message>
        <source>not an INV-01 file: it must start with &apos;[&apos; (a bulk array) or &apos;{&apos; (one invoice)</source>
        <translation>INV-01 கோப்பு அல்ல: இது &apos;[&apos; (மொத்த அரே) அல்லது &apos;{&apos; (ஒரு விலைப்பட்டியல்) உடன் தொடங்க வேண்டும்</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after invoice [%1]</source>
        <translation>விலைப்பட்டியல் [%1] க்குப் பின் &apos;,&apos; அல்லது &apos;]&apos; எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>expected a string in double quotes</source>
        <translation>இரட்டை மேற்கோள்களில் ஒரு ஸ்ட்ரிங் எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>the string is not valid UTF-8</source>
        <translation>ஸ்ட்ரிங் செல்லுபடியான UTF-8 அல்ல</translation>
    </message>
    <message>
        <source>the string is not closed: the text ends inside it</source>
        <translation>ஸ்ட்ரிங் மூடப்படவில்லை: உரை அதன் உள்ளேயே முடிகிறது</translation>
    </message>
    <message>
        <source>a control character (such as a line break) inside a string must be escaped</source>
        <translation>ஸ்ட்ரிங்கினுள் உள்ள கட்டுப்பாட்டு எழுத்து (வரி முறிவு போன்றவை) escape செய்யப்பட வேண்டும்</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u க்குப் பின் நான்கு ஹெக்ஸாடெசிமல் இலக்கங்கள் வர வேண்டும்</translation>
    </message>
    <message>
        <source>a \u escape of a surrogate pair is incomplete</source>
        <translation>surrogate pair இன் \u escape முழுமையாக இல்லை</translation>
    </message>
    <message>
        <source>unknown escape sequence in a string</source>
        <translation>ஸ்ட்ரிங்கில் தெரியாத escape வரிசைமுறை</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>ஒரு எண் எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point</source>
        <translation>தசமப் புள்ளிக்குப் பின் ஒரு இலக்கம் வர வேண்டும்</translation>
    </message>
    <message>
        <source>a digit must follow the exponent</source>
        <translation>அடுக்குக்குறிக்குப் (exponent) பின் ஒரு இலக்கம் வர வேண்டும்</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>செல்லுபடியான எண் அல்ல</translation>
    </message>
    <message>
        <source>unexpected text: expected a value (a string, number, object, array, true, false or null)</source>
        <translation>எதிர்பாராத உரை: ஒரு மதிப்பு எதிர்பார்க்கப்பட்டது (ஸ்ட்ரிங், எண், ஆப்ஜெக்ட், அரே, true, false அல்லது null)</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>மதிப்பு எதிர்பார்க்கப்பட்ட இடத்தில் உரை முடிந்துவிடுகிறது</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true அல்லது false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something that is not JSON</source>
        <translation>JSON அல்லாத ஏதோ ஒன்று</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>உரையின் முடிவு</translation>
    </message>
</context>
<context>
    <name>irndesk::print</name>
    <message>
        <source>%1 is not registered: it has no IRN or QR code to print.</source>
        <translation>%1 பதிவுசெய்யப்படவில்லை: அச்சிட இதற்கு IRN அல்லது QR குறியீடு இல்லை.</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>அச்சிடலைத் தொடங்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 இல் எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>There is no QR code to print.</source>
        <translation>அச்சிட QR குறியீடு இல்லை.</translation>
    </message>
    <message>
        <source>The QR code text is too long for a QR symbol (%1 bytes).</source>
        <translation>QR குறியீட்டு உரை ஒரு QR சின்னத்துக்கு மிக நீளமானது (%1 பைட்டுகள்).</translation>
    </message>
</context>
<context>
    <name>irndesk::rules::Rules</name>
    <message>
        <source>Document type %1 is not one the IRP registers</source>
        <translation>ஆவண வகை %1, IRP பதிவுசெய்யும் வகைகளில் ஒன்று அல்ல</translation>
    </message>
    <message>
        <source>Use INV for a tax invoice, CRN for a credit note or DBN for a debit note; B2C documents are not reported to the IRP.</source>
        <translation>வரி விலைப்பட்டியலுக்கு INV, கிரெடிட் நோட்டுக்கு CRN அல்லது டெபிட் நோட்டுக்கு DBN பயன்படுத்தவும்; B2C ஆவணங்கள் IRP க்கு அறிக்கையிடப்படுவதில்லை.</translation>
    </message>
    <message>
        <source>The document date %1 is after today (%2)</source>
        <translation>ஆவணத் தேதி %1 இன்றைய தேதிக்குப் (%2) பிறகு உள்ளது</translation>
    </message>
    <message>
        <source>An e-invoice is reported on or after its document date: correct the date or report the document on that day.</source>
        <translation>மின்-விலைப்பட்டியல் அதன் ஆவணத் தேதியன்றோ அதற்குப் பிறகோ அறிக்கையிடப்படும்: தேதியைச் சரிசெய்யவும் அல்லது அந்த நாளில் ஆவணத்தை அறிக்கையிடவும்.</translation>
    </message>
    <message>
        <source>The document is dated %1, %2 days before today; until 31/03/2025 the 30-day reporting window applied to an aggregate turnover of ₹100 crore or more, which had to report it by %3</source>
        <translation>ஆவணத்தின் தேதி %1, இன்றிலிருந்து %2 நாட்களுக்கு முன்; 31/03/2025 வரை 30-நாள் அறிக்கையிடல் காலவரம்பு ₹100 கோடி அல்லது அதற்கு மேல் மொத்த விற்றுமுதல் உள்ளவர்களுக்குப் பொருந்தியது, அவர்கள் இதை %3 க்குள் அறிக்கையிட்டிருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>If your aggregate turnover is ₹100 crore or more the IRP rejects the document (2305); below that it may still be reported.</source>
        <translation>உங்கள் மொத்த விற்றுமுதல் ₹100 கோடி அல்லது அதற்கு மேல் என்றால் IRP இந்த ஆவணத்தை நிராகரிக்கும் (2305); அதற்குக் குறைவு என்றால் இதை இன்னும் அறிக்கையிடலாம்.</translation>
    </message>
    <message>
        <source>The document is dated %1, %2 days before today; with an aggregate turnover of ₹10 crore or more it had to be reported within 30 days, by %3</source>
        <translation>ஆவணத்தின் தேதி %1, இன்றிலிருந்து %2 நாட்களுக்கு முன்; ₹10 கோடி அல்லது அதற்கு மேல் மொத்த விற்றுமுதல் இருந்தால் இது 30 நாட்களுக்குள், %3 க்குள் அறிக்கையிடப்பட்டிருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>The IRP will not register it any more. Do not change the document date: ask your tax adviser how to report this supply, and report documents sooner.</source>
        <translation>IRP இனி இதைப் பதிவுசெய்யாது. ஆவணத் தேதியை மாற்ற வேண்டாம்: இந்த வழங்கலை எப்படி அறிக்கையிடுவது என்று உங்கள் வரி ஆலோசகரிடம் கேளுங்கள்; இனி ஆவணங்களை விரைவாக அறிக்கையிடுங்கள்.</translation>
    </message>
    <message>
        <source>The document is dated %1, 30 days ago: today is the last day of the 30-day reporting window</source>
        <translation>ஆவணத்தின் தேதி %1, 30 நாட்களுக்கு முன்: இன்று 30-நாள் அறிக்கையிடல் காலவரம்பின் கடைசி நாள்</translation>
    </message>
    <message>
        <source>The document is dated %1, %2 days ago: the 30-day reporting window closes on %3 (%4 days left)</source>
        <translation>ஆவணத்தின் தேதி %1, %2 நாட்களுக்கு முன்: 30-நாள் அறிக்கையிடல் காலவரம்பு %3 அன்று முடிகிறது (%4 நாட்கள் உள்ளன)</translation>
    </message>
    <message>
        <source>Report this document now: after the 30th day the IRP rejects it (2305).</source>
        <translation>இந்த ஆவணத்தை இப்போதே அறிக்கையிடவும்: 30-வது நாளுக்குப் பிறகு IRP இதை நிராகரிக்கும் (2305).</translation>
    </message>
    <message>
        <source>The document date %1 is before e-invoicing began on 01/10/2020</source>
        <translation>ஆவணத் தேதி %1, மின்-விலைப்பட்டியல் தொடங்கிய 01/10/2020 க்கு முன் உள்ளது</translation>
    </message>
    <message>
        <source>The IRP is not expected to register documents of that age: check the date.</source>
        <translation>அவ்வளவு பழைய ஆவணங்களை IRP பதிவுசெய்யும் என்று எதிர்பார்க்க முடியாது: தேதியைச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>%1 %2 names no original invoice (RefDtls.PrecDocDtls)</source>
        <translation>%1 %2 எந்த அசல் விலைப்பட்டியலையும் குறிப்பிடவில்லை (RefDtls.PrecDocDtls)</translation>
    </message>
    <message>
        <source>Give the number and date of the invoice this note adjusts in RefDtls.PrecDocDtls (InvNo, InvDt); the IRP may answer 2191 without them.</source>
        <translation>இந்த நோட் சரிசெய்யும் விலைப்பட்டியலின் எண்ணையும் தேதியையும் RefDtls.PrecDocDtls இல் (InvNo, InvDt) கொடுக்கவும்; அவை இல்லாவிட்டால் IRP 2191 எனப் பதிலளிக்கலாம்.</translation>
    </message>
    <message>
        <source>Invoice %1 carries preceding-document references (RefDtls.PrecDocDtls), which belong to credit and debit notes</source>
        <translation>விலைப்பட்டியல் %1 இல் முந்தைய ஆவணக் குறிப்புகள் (RefDtls.PrecDocDtls) உள்ளன, அவை கிரெடிட் மற்றும் டெபிட் நோட்டுகளுக்கு உரியவை</translation>
    </message>
    <message>
        <source>Remove RefDtls.PrecDocDtls from the invoice (the IRP may answer 2210), or use CRN/DBN if this document adjusts an earlier invoice.</source>
        <translation>விலைப்பட்டியலிலிருந்து RefDtls.PrecDocDtls ஐ நீக்கவும் (IRP 2210 எனப் பதிலளிக்கலாம்), அல்லது இந்த ஆவணம் முந்தைய விலைப்பட்டியலைச் சரிசெய்தால் CRN/DBN பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>The preceding document %1 is dated %2, after this document&apos;s date %3</source>
        <translation>முந்தைய ஆவணம் %1 இன் தேதி %2, இது இந்த ஆவணத்தின் தேதி %3 க்குப் பிறகு உள்ளது</translation>
    </message>
    <message>
        <source>Check InvDt: the original invoice is dated on or before the note.</source>
        <translation>InvDt ஐச் சரிபார்க்கவும்: அசல் விலைப்பட்டியலின் தேதி நோட்டின் தேதியன்றோ அதற்கு முன்போ இருக்கும்.</translation>
    </message>
    <message>
        <source>The document period starts on %1, after it ends on %2</source>
        <translation>ஆவணக் காலம் %1 அன்று தொடங்குகிறது, அது முடியும் %2 க்குப் பிறகு</translation>
    </message>
    <message>
        <source>InvStDt is the first day of the period the document covers, InvEndDt the last: swap or correct them.</source>
        <translation>InvStDt என்பது ஆவணம் உள்ளடக்கும் காலத்தின் முதல் நாள், InvEndDt கடைசி நாள்: அவற்றை இடம் மாற்றவும் அல்லது சரிசெய்யவும்.</translation>
    </message>
    <message>
        <source>EwbDtls gives a vehicle or transport document but no TransMode</source>
        <translation>EwbDtls இல் வாகனம் அல்லது போக்குவரத்து ஆவணம் உள்ளது, ஆனால் TransMode இல்லை</translation>
    </message>
    <message>
        <source>Set TransMode: 1 road, 2 rail, 3 air, 4 ship. Leave vehicle and transport document out for a Part-A-only e-way bill (transporter ID only).</source>
        <translation>TransMode ஐ அமைக்கவும்: 1 சாலை, 2 ரயில், 3 விமானம், 4 கப்பல். Part-A மட்டுமான இ-வே பில்லுக்கு (போக்குவரத்தாளர் ID மட்டும்) வாகனம் மற்றும் போக்குவரத்து ஆவணத்தை விட்டுவிடவும்.</translation>
    </message>
    <message>
        <source>Transport by road (TransMode 1) but EwbDtls has no vehicle number</source>
        <translation>சாலைப் போக்குவரத்து (TransMode 1), ஆனால் EwbDtls இல் வாகன எண் இல்லை</translation>
    </message>
    <message>
        <source>Give VehNo (e.g. MH12AB1234), or give TransId, the transporter&apos;s GSTIN or enrolment ID, for a Part-A-only e-way bill (the transporter adds the vehicle later).</source>
        <translation>VehNo கொடுக்கவும் (எ.கா. MH12AB1234), அல்லது Part-A மட்டுமான இ-வே பில்லுக்கு TransId ஆகப் போக்குவரத்தாளரின் GSTIN அல்லது என்ரோல்மென்ட் ID ஐக் கொடுக்கவும் (போக்குவரத்தாளர் பின்னர் வாகனத்தைச் சேர்ப்பார்).</translation>
    </message>
    <message>
        <source>Transport by road (TransMode 1) but EwbDtls has no vehicle type</source>
        <translation>சாலைப் போக்குவரத்து (TransMode 1), ஆனால் EwbDtls இல் வாகன வகை இல்லை</translation>
    </message>
    <message>
        <source>Set VehType to R for a regular vehicle or O for over-dimensional cargo.</source>
        <translation>வழக்கமான வாகனத்துக்கு VehType ஐ R ஆகவும், அளவுக்கு மீறிய சரக்குக்கு O ஆகவும் அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Transport by %1 (TransMode %2) but EwbDtls has no transport document number</source>
        <translation>போக்குவரத்து முறை %1 (TransMode %2), ஆனால் EwbDtls இல் போக்குவரத்து ஆவண எண் இல்லை</translation>
    </message>
    <message>
        <source>rail</source>
        <translation>ரயில்</translation>
    </message>
    <message>
        <source>air</source>
        <translation>விமானம்</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>கப்பல்</translation>
    </message>
    <message>
        <source>Give TransDocNo (railway receipt, airway bill or bill of lading) and TransDocDt.</source>
        <translation>TransDocNo (ரயில்வே ரசீது, ஏர்வே பில் அல்லது பில் ஆஃப் லேடிங்) மற்றும் TransDocDt கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>Transport document %1 has no date</source>
        <translation>போக்குவரத்து ஆவணம் %1 க்குத் தேதி இல்லை</translation>
    </message>
    <message>
        <source>Give TransDocDt, the date of the transport document, as dd/mm/yyyy.</source>
        <translation>போக்குவரத்து ஆவணத்தின் தேதியான TransDocDt ஐ dd/mm/yyyy வடிவில் கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>Over-dimensional cargo (VehType O) is declared for transport by %1</source>
        <translation>போக்குவரத்து முறை %1 க்கு அளவுக்கு மீறிய சரக்கு (VehType O) அறிவிக்கப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>VehType O applies to road and ship only; leave VehType out for rail and air.</source>
        <translation>VehType O சாலை மற்றும் கப்பலுக்கு மட்டுமே பொருந்தும்; ரயில் மற்றும் விமானத்துக்கு VehType ஐ விட்டுவிடவும்.</translation>
    </message>
    <message>
        <source>Transport by ship (TransMode 4) with VehType R, a regular road vehicle</source>
        <translation>கப்பல் போக்குவரத்து (TransMode 4), ஆனால் VehType R, அதாவது வழக்கமான சாலை வாகனம்</translation>
    </message>
    <message>
        <source>For a ship leave VehType out, or use O for over-dimensional cargo.</source>
        <translation>கப்பலுக்கு VehType ஐ விட்டுவிடவும், அல்லது அளவுக்கு மீறிய சரக்குக்கு O பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>The transport document date %1 is after today (%2)</source>
        <translation>போக்குவரத்து ஆவணத் தேதி %1 இன்றைய தேதிக்குப் (%2) பிறகு உள்ளது</translation>
    </message>
    <message>
        <source>Give the date the transport document was issued; it cannot lie ahead.</source>
        <translation>போக்குவரத்து ஆவணம் வழங்கப்பட்ட தேதியைக் கொடுக்கவும்; அது எதிர்காலத்தில் இருக்க முடியாது.</translation>
    </message>
    <message>
        <source>The transport document date %1 is before the document date %2</source>
        <translation>போக்குவரத்து ஆவணத் தேதி %1, ஆவணத் தேதி %2 க்கு முன் உள்ளது</translation>
    </message>
    <message>
        <source>The e-way bill system refuses a transport document older than the invoice (4021): check TransDocDt.</source>
        <translation>விலைப்பட்டியலை விடப் பழைய போக்குவரத்து ஆவணத்தை இ-வே பில் அமைப்பு மறுக்கிறது (4021): TransDocDt ஐச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>The ship-to state is 96 (other countries), but an e-way bill runs between Indian places</source>
        <translation>அனுப்ப வேண்டிய இடத்தின் மாநிலம் 96 (பிற நாடுகள்), ஆனால் இ-வே பில் இந்திய இடங்களுக்கு இடையே மட்டுமே செல்லும்</translation>
    </message>
    <message>
        <source>For an export give the Indian port or place of export as ShipDtls, with its state code and PIN.</source>
        <translation>ஏற்றுமதிக்கு, இந்தியத் துறைமுகம் அல்லது ஏற்றுமதி இடத்தை அதன் மாநிலக் குறியீடு மற்றும் PIN உடன் ShipDtls ஆகக் கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>The ship-to PIN is 999999, but an e-way bill needs an Indian PIN</source>
        <translation>அனுப்ப வேண்டிய இடத்தின் PIN 999999, ஆனால் இ-வே பில்லுக்கு இந்திய PIN தேவை</translation>
    </message>
    <message>
        <source>Give the PIN of the place the goods are taken to in India (for an export, the port or place of export).</source>
        <translation>இந்தியாவில் சரக்குகள் கொண்டு செல்லப்படும் இடத்தின் PIN ஐக் கொடுக்கவும் (ஏற்றுமதிக்கு, துறைமுகம் அல்லது ஏற்றுமதி இடம்).</translation>
    </message>
    <message>
        <source>The e-way bill would end at the buyer, who is abroad (state 96 or PIN 999999)</source>
        <translation>இ-வே பில் வெளிநாட்டில் உள்ள வாங்குபவரிடம் முடியும் (மாநிலம் 96 அல்லது PIN 999999)</translation>
    </message>
    <message>
        <source>Add ShipDtls with the Indian port or place of export, or leave EwbDtls out and generate the e-way bill later.</source>
        <translation>இந்தியத் துறைமுகம் அல்லது ஏற்றுமதி இடத்துடன் ShipDtls ஐச் சேர்க்கவும், அல்லது EwbDtls ஐ விட்டுவிட்டு இ-வே பில்லைப் பின்னர் உருவாக்கவும்.</translation>
    </message>
    <message>
        <source>The dispatch state is 96 (other countries), but an e-way bill starts in India</source>
        <translation>அனுப்பும் இடத்தின் மாநிலம் 96 (பிற நாடுகள்), ஆனால் இ-வே பில் இந்தியாவில்தான் தொடங்கும்</translation>
    </message>
    <message>
        <source>Give the Indian place the goods leave from as DispDtls.</source>
        <translation>சரக்குகள் புறப்படும் இந்திய இடத்தை DispDtls ஆகக் கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>The dispatch PIN is 999999, but an e-way bill needs an Indian PIN</source>
        <translation>அனுப்பும் இடத்தின் PIN 999999, ஆனால் இ-வே பில்லுக்கு இந்திய PIN தேவை</translation>
    </message>
    <message>
        <source>Give the PIN of the place the goods leave from.</source>
        <translation>சரக்குகள் புறப்படும் இடத்தின் PIN ஐக் கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>Goods move within PIN %1 but the distance is %2 km</source>
        <translation>சரக்குகள் PIN %1 க்குள்ளேயே செல்கின்றன, ஆனால் தூரம் %2 km</translation>
    </message>
    <message>
        <source>When origin and destination share a PIN the IRP cannot compute the distance: give the actual distance, 1 to 100 km.</source>
        <translation>புறப்படும் இடமும் சேருமிடமும் ஒரே PIN கொண்டிருந்தால் IRP தூரத்தைக் கணக்கிட முடியாது: உண்மையான தூரத்தை 1 முதல் 100 km வரை கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>Ship-to details without a GSTIN: from 01/08/2026 an e-way bill needs the ship-to GSTIN</source>
        <translation>GSTIN இல்லாத அனுப்ப வேண்டிய இட விவரங்கள்: 01/08/2026 முதல் இ-வே பில்லுக்கு அனுப்ப வேண்டிய இடத்தின் GSTIN தேவை</translation>
    </message>
    <message>
        <source>Give the consignee&apos;s GSTIN in ShipDtls.Gstin, or URP if the consignee is not registered.</source>
        <translation>சரக்கு பெறுநரின் GSTIN ஐ ShipDtls.Gstin இல் கொடுக்கவும், அல்லது சரக்கு பெறுநர் பதிவுசெய்யப்படாதவர் என்றால் URP கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>The ship-to GSTIN %1 is the bill-to GSTIN: from 01/08/2026 ship-to details name another party</source>
        <translation>அனுப்ப வேண்டிய இடத்தின் GSTIN %1, பில் பெறுநரின் GSTIN ஆகவே உள்ளது: 01/08/2026 முதல் அனுப்ப வேண்டிய இட விவரங்கள் வேறொரு தரப்பினரைக் குறிப்பிட வேண்டும்</translation>
    </message>
    <message>
        <source>Leave ShipDtls out when the goods go to the buyer&apos;s own address; otherwise give the consignee&apos;s GSTIN (or URP).</source>
        <translation>சரக்குகள் வாங்குபவரின் சொந்த முகவரிக்கே செல்லும்போது ShipDtls ஐ விட்டுவிடவும்; இல்லையெனில் சரக்கு பெறுநரின் GSTIN (அல்லது URP) கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>The ship-to state code is %1 but the ship-to GSTIN %2 is registered in state %3</source>
        <translation>அனுப்ப வேண்டிய இடத்தின் மாநிலக் குறியீடு %1, ஆனால் அனுப்ப வேண்டிய இடத்தின் GSTIN %2 மாநிலம் %3 இல் பதிவுசெய்யப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>Give the GSTIN of the consignee&apos;s registration in the ship-to state, or correct ShipDtls.Stcd.</source>
        <translation>அனுப்ப வேண்டிய மாநிலத்தில் சரக்கு பெறுநர் பதிவுசெய்த GSTIN ஐக் கொடுக்கவும், அல்லது ShipDtls.Stcd ஐச் சரிசெய்யவும்.</translation>
    </message>
    <message>
        <source>An e-way bill is requested with %1 %2, but credit and debit notes move no goods under an e-way bill generated with the IRN</source>
        <translation>%1 %2 உடன் இ-வே பில் கோரப்பட்டுள்ளது, ஆனால் கிரெடிட் மற்றும் டெபிட் நோட்டுகள் IRN உடன் உருவாக்கப்படும் இ-வே பில்லின் கீழ் சரக்குகளை நகர்த்துவதில்லை</translation>
    </message>
    <message>
        <source>Leave EwbDtls out of credit and debit notes; generate the e-way bill for goods returns on the e-way bill portal.</source>
        <translation>கிரெடிட் மற்றும் டெபிட் நோட்டுகளில் EwbDtls ஐ விட்டுவிடவும்; திரும்பும் சரக்குகளுக்கான இ-வே பில்லை இ-வே பில் போர்டலில் உருவாக்கவும்.</translation>
    </message>
    <message>
        <source>An e-way bill is requested but every line is a service</source>
        <translation>இ-வே பில் கோரப்பட்டுள்ளது, ஆனால் ஒவ்வொரு வரிசையும் ஒரு சேவை</translation>
    </message>
    <message>
        <source>E-way bills cover the movement of goods: leave EwbDtls out of an invoice for services.</source>
        <translation>இ-வே பில்கள் சரக்குகளின் நகர்வுக்கானவை: சேவைகளுக்கான விலைப்பட்டியலில் EwbDtls ஐ விட்டுவிடவும்.</translation>
    </message>
    <message>
        <source>Correct the JSON at this place (or the export that wrote it): the IRP reads the invoice with the INV-01 schema and rejects what does not fit it.</source>
        <translation>இந்த இடத்தில் JSON ஐச் சரிசெய்யவும் (அல்லது அதை எழுதிய ஏற்றுமதியை): IRP விலைப்பட்டியலை INV-01 ஸ்கீமாவுடன் படிக்கிறது, அதற்குப் பொருந்தாததை நிராகரிக்கிறது.</translation>
    </message>
    <message>
        <source>IRN Desk read this as said, but write it as the schema does (exact key spelling, no null) so that every reader, the IRP&apos;s included, reads the same.</source>
        <translation>IRN Desk இதை மேலே கூறியபடி படித்தது, ஆனால் ஸ்கீமாவில் உள்ளபடியே எழுதவும் (விசையின் சரியான எழுத்துக்கூட்டல், null இல்லாமல்); அப்போதுதான் IRP உட்பட ஒவ்வொரு வாசிப்பானும் ஒரே மாதிரி படிக்கும்.</translation>
    </message>
    <message>
        <source>more than the ±1.00 the IRP is taken to allow</source>
        <translation>IRP அனுமதிப்பதாகக் கருதப்படும் ±1.00 ஐ விட அதிகம்</translation>
    </message>
    <message>
        <source>within the ±1.00 the IRP is taken to allow, but not what the numbers give</source>
        <translation>IRP அனுமதிப்பதாகக் கருதப்படும் ±1.00 க்குள், ஆனால் எண்கள் தரும் மதிப்பு அல்ல</translation>
    </message>
    <message>
        <source>HSN/SAC code %1 of line %2 is in neither the e-invoice HSN list nor the GST portal&apos;s HSN/SAC master (masters %3)</source>
        <translation>வரிசை %2 இன் HSN/SAC குறியீடு %1, மின்-விலைப்பட்டியல் HSN பட்டியலிலும் இல்லை, GST போர்டலின் HSN/SAC முதன்மைப் பட்டியலிலும் இல்லை (முதன்மைப் பட்டியல்கள் %3)</translation>
    </message>
    <message>
        <source>Look the code up in the GST portal&apos;s HSN/SAC search and use a current 6- or 8-digit code. If the code is new, update the HSN master files.</source>
        <translation>GST போர்டலின் HSN/SAC தேடலில் குறியீட்டைத் தேடி, நடப்பு 6- அல்லது 8-இலக்கக் குறியீட்டைப் பயன்படுத்தவும். குறியீடு புதியது என்றால், HSN முதன்மைப் பட்டியல் கோப்புகளைப் புதுப்பிக்கவும்.</translation>
    </message>
    <message>
        <source>HSN/SAC code %1 of line %2 has 4 digits; taxpayers with an aggregate turnover above ₹5 crore must report at least 6</source>
        <translation>வரிசை %2 இன் HSN/SAC குறியீடு %1 இல் 4 இலக்கங்கள் உள்ளன; ₹5 கோடிக்கு மேல் மொத்த விற்றுமுதல் உள்ள வரி செலுத்துவோர் குறைந்தது 6 இலக்கங்களைத் தெரிவிக்க வேண்டும்</translation>
    </message>
    <message>
        <source>Use the 6- or 8-digit code under heading %1 that describes the item.</source>
        <translation>தலைப்பு %1 இன் கீழ் பொருளை விவரிக்கும் 6- அல்லது 8-இலக்கக் குறியீட்டைப் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>HSN/SAC code %1 of line %2 is in the GST portal&apos;s master but not in the list of codes known to be accepted on e-invoices; the IRP may reject it (2176)</source>
        <translation>வரிசை %2 இன் HSN/SAC குறியீடு %1, GST போர்டலின் முதன்மைப் பட்டியலில் உள்ளது, ஆனால் மின்-விலைப்பட்டியல்களில் ஏற்கப்படுவதாக அறியப்பட்ட குறியீடுகளின் பட்டியலில் இல்லை; IRP இதை நிராகரிக்கலாம் (2176)</translation>
    </message>
    <message>
        <source>Prefer the more specific 8-digit code under %1 if there is one.</source>
        <translation>%1 இன் கீழ் மேலும் குறிப்பான 8-இலக்கக் குறியீடு இருந்தால் அதையே பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>Check the code in the GST portal&apos;s HSN/SAC search; if the IRP rejects it, use the nearest code that e-invoices accept.</source>
        <translation>GST போர்டலின் HSN/SAC தேடலில் குறியீட்டைச் சரிபார்க்கவும்; IRP இதை நிராகரித்தால், மின்-விலைப்பட்டியல்கள் ஏற்கும் மிக நெருக்கமான குறியீட்டைப் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>Line %1 is marked as a service (IsServc Y) but %2 is an HSN code of goods; SAC codes of services begin with 99</source>
        <translation>வரிசை %1 சேவையாகக் குறிக்கப்பட்டுள்ளது (IsServc Y), ஆனால் %2 சரக்குகளின் HSN குறியீடு; சேவைகளின் SAC குறியீடுகள் 99 இல் தொடங்கும்</translation>
    </message>
    <message>
        <source>Line %1 is marked as goods (IsServc N) but %2 is a SAC code of a service</source>
        <translation>வரிசை %1 சரக்குகளாகக் குறிக்கப்பட்டுள்ளது (IsServc N), ஆனால் %2 ஒரு சேவையின் SAC குறியீடு</translation>
    </message>
    <message>
        <source>Set IsServc to Y for SAC codes (99...) and to N for goods, or correct the code.</source>
        <translation>SAC குறியீடுகளுக்கு (99...) IsServc-ஐ Y ஆகவும், சரக்குகளுக்கு N ஆகவும் அமைக்கவும், அல்லது குறியீட்டைச் சரிசெய்யவும்.</translation>
    </message>
    <message>
        <source>Line %1 is goods but has no quantity</source>
        <translation>வரிசை %1 சரக்கு, ஆனால் அதற்கு அளவு இல்லை</translation>
    </message>
    <message>
        <source>Give Qty for every goods line (IsServc N); only services may leave it out.</source>
        <translation>ஒவ்வொரு சரக்கு வரிசைக்கும் (IsServc N) Qty-ஐக் கொடுக்கவும்; சேவைகள் மட்டுமே அதை விட்டுவிடலாம்.</translation>
    </message>
    <message>
        <source>Line %1 is goods but has no unit</source>
        <translation>வரிசை %1 சரக்கு, ஆனால் அதற்கு அலகு இல்லை</translation>
    </message>
    <message>
        <source>Give Unit, a UQC code such as NOS, KGS or PCS, for every goods line; use OTH when no other code fits.</source>
        <translation>ஒவ்வொரு சரக்கு வரிசைக்கும் Unit-ஐக் (NOS, KGS அல்லது PCS போன்ற UQC குறியீடு) கொடுக்கவும்; வேறு எந்தக் குறியீடும் பொருந்தாதபோது OTH-ஐப் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>Unit %1 of line %2 is the UQC code %3 in lower case</source>
        <translation>வரிசை %2-இன் அலகு %1, UQC குறியீடு %3-ஐச் சிறிய எழுத்துகளில் கொண்டுள்ளது</translation>
    </message>
    <message>
        <source>Write UQC codes in capitals (%1): the master lists them so.</source>
        <translation>UQC குறியீடுகளைப் பெரிய எழுத்துகளில் (%1) எழுதவும்: முதன்மைப் பட்டியலில் அவை அவ்வாறே உள்ளன.</translation>
    </message>
    <message>
        <source>Unit %1 of line %2 is not a UQC code</source>
        <translation>வரிசை %2-இன் அலகு %1 ஒரு UQC குறியீடு அல்ல</translation>
    </message>
    <message>
        <source>Use a code of the UQC master (NOS, PCS, KGS, LTR, MTR, BOX, SET, ...); OTH stands for any other unit.</source>
        <translation>UQC முதன்மைப் பட்டியலில் உள்ள குறியீட்டைப் பயன்படுத்தவும் (NOS, PCS, KGS, LTR, MTR, BOX, SET, ...); OTH என்பது வேறு எந்த அலகையும் குறிக்கும்.</translation>
    </message>
    <message>
        <source>GST rate %1% of line %2 is not a GST rate</source>
        <translation>வரிசை %2-இன் GST விகிதம் %1% ஒரு GST விகிதம் அல்ல</translation>
    </message>
    <message>
        <source>Use one of the rates 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28 or 40 (the whole rate: CGST + SGST together, or IGST).</source>
        <translation>0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28 அல்லது 40 ஆகிய விகிதங்களில் ஒன்றைப் பயன்படுத்தவும் (முழு விகிதம்: CGST + SGST சேர்த்து, அல்லது IGST).</translation>
    </message>
    <message>
        <source>Line serial number %1 is used again: lines %2 and %3 of the list have it</source>
        <translation>வரிசையின் தொடர் எண் %1 மீண்டும் பயன்படுத்தப்பட்டுள்ளது: பட்டியலின் %2, %3 ஆகிய வரிசைகளில் அது உள்ளது</translation>
    </message>
    <message>
        <source>Number the lines 1, 2, 3, ... with each SlNo used once.</source>
        <translation>வரிசைகளுக்கு 1, 2, 3, ... என எண்ணிடவும்; ஒவ்வொரு SlNo-வும் ஒருமுறை மட்டுமே பயன்பட வேண்டும்.</translation>
    </message>
    <message>
        <source>Discount %1 of line %2 is more than its TotAmt %3, so the line has no taxable value (AssAmt is %4)</source>
        <translation>வரிசை %2-இன் தள்ளுபடி %1 அதன் TotAmt %3-ஐ விட அதிகம், எனவே அந்த வரிசைக்கு வரிக்குட்பட்ட மதிப்பு இல்லை (AssAmt %4)</translation>
    </message>
    <message>
        <source>A line&apos;s Discount cannot exceed its gross amount TotAmt: correct the discount or the quantity and price. To pass value back to the buyer, issue a credit note.</source>
        <translation>ஒரு வரிசையின் Discount அதன் மொத்தத் தொகை TotAmt-ஐ விட அதிகமாக இருக்க முடியாது: தள்ளுபடியை, அல்லது அளவையும் விலையையும் சரிசெய்யவும். வாங்குபவருக்கு மதிப்பைத் திருப்பித் தர, கிரெடிட் நோட் வழங்கவும்.</translation>
    </message>
    <message>
        <source>AssAmt of line %1 is %2 but TotAmt %3 less Discount %4 is %5 (%6)</source>
        <translation>வரிசை %1-இன் AssAmt %2, ஆனால் TotAmt %3 கழித்தல் Discount %4 = %5 (%6)</translation>
    </message>
    <message>
        <source>Set AssAmt (the taxable value) to TotAmt - Discount.</source>
        <translation>AssAmt-ஐ (வரிக்குட்பட்ட மதிப்பு) TotAmt - Discount ஆக அமைக்கவும்.</translation>
    </message>
    <message>
        <source>TotAmt of line %1 is %2 but Qty %3 × UnitPrice %4 is %5</source>
        <translation>வரிசை %1-இன் TotAmt %2, ஆனால் Qty %3 × UnitPrice %4 = %5</translation>
    </message>
    <message>
        <source>The IRP no longer rejects this (2192 was withdrawn), but the printed invoice should add up: TotAmt = Qty × UnitPrice.</source>
        <translation>IRP இனி இதை நிராகரிப்பதில்லை (2192 திரும்பப் பெறப்பட்டது), ஆனால் அச்சிட்ட விலைப்பட்டியலில் கணக்கு சரியாக இருக்க வேண்டும்: TotAmt = Qty × UnitPrice.</translation>
    </message>
    <message>
        <source>%1 of line %2 is %3 but half of %4% of AssAmt %5 is %6 (%7)</source>
        <translation>வரிசை %2-இன் %1 %3, ஆனால் AssAmt %5-இன் %4%-இல் பாதி %6 (%7)</translation>
    </message>
    <message>
        <source>Compute CGST and SGST each as AssAmt × GstRt / 200, rounded half-up to the paisa, so that both are equal.</source>
        <translation>CGST, SGST ஒவ்வொன்றையும் AssAmt × GstRt / 200 எனக் கணக்கிட்டு, பைசா வரை முழுமையாக்கவும் (பாதி மேல்நோக்கி); இரண்டும் சமமாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>IgstAmt of line %1 is %2 but %3% of AssAmt %4 is %5 (%6)</source>
        <translation>வரிசை %1-இன் IgstAmt %2, ஆனால் AssAmt %4-இன் %3% = %5 (%6)</translation>
    </message>
    <message>
        <source>Compute IGST as AssAmt × GstRt / 100, rounded half-up to the paisa.</source>
        <translation>IGST-ஐ AssAmt × GstRt / 100 எனக் கணக்கிட்டு, பைசா வரை முழுமையாக்கவும் (பாதி மேல்நோக்கி).</translation>
    </message>
    <message>
        <source>%1 of line %2 is %3 but %4 %5% of AssAmt %6 is %7</source>
        <translation>வரிசை %2-இன் %1 %3, ஆனால் AssAmt %6-இல் %4 %5% கணக்கில் %7</translation>
    </message>
    <message>
        <source>Compute the ad-valorem cess as AssAmt × rate / 100; a specific (per-unit) cess goes in the NonAdvl field. The IRP also checks cess against its HSN-wise rates (2266), which cannot be checked offline.</source>
        <translation>மதிப்பு அடிப்படையிலான செஸ்ஸை AssAmt × விகிதம் / 100 எனக் கணக்கிடவும்; குறிப்பிட்ட (ஓர் அலகுக்கான) செஸ் NonAdvl புலத்தில் வரும். IRP செஸ்ஸை அதன் HSN வாரியான விகிதங்களுடனும் சரிபார்க்கிறது (2266); அதை ஆஃப்லைனில் சரிபார்க்க முடியாது.</translation>
    </message>
    <message>
        <source>TotItemVal of line %1 is %2 but AssAmt %3 + GST %4 + cess %5 + OthChrg %6 is %7 (%8)</source>
        <translation>வரிசை %1-இன் TotItemVal %2, ஆனால் AssAmt %3 + GST %4 + செஸ் %5 + OthChrg %6 = %7 (%8)</translation>
    </message>
    <message>
        <source>Set TotItemVal to the line&apos;s taxable value plus its tax, cess and other charges (under reverse charge or EXPWP it may leave the tax out).</source>
        <translation>TotItemVal-ஐ வரிசையின் வரிக்குட்பட்ட மதிப்புடன் அதன் வரி, செஸ், பிற கட்டணங்களைச் சேர்த்த தொகையாக அமைக்கவும் (ரிவர்ஸ் சார்ஜ் அல்லது EXPWP-இல் வரியை விட்டுவிடலாம்).</translation>
    </message>
    <message>
        <source>Set TotItemVal to the line&apos;s taxable value plus its tax, cess and other charges.</source>
        <translation>TotItemVal-ஐ வரிசையின் வரிக்குட்பட்ட மதிப்புடன் அதன் வரி, செஸ், பிற கட்டணங்களைச் சேர்த்த தொகையாக அமைக்கவும்.</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid GSTIN: its check character (the 15th) should be %3, not %4</source>
        <translation>%1 %2 செல்லுபடியான GSTIN அல்ல: அதன் சரிபார்ப்பு எழுத்து (15-ஆவது) %4 அல்ல, %3 ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>Copy the GSTIN again from the registration certificate or the GST portal: one mistyped character changes the check character. The IRP rejects a GSTIN it does not know (3028). NIC&apos;s sandbox test GSTINs fail this check; in sandbox mode it is only a warning.</source>
        <translation>பதிவுச் சான்றிதழிலிருந்தோ GST போர்டலிலிருந்தோ GSTIN-ஐ மீண்டும் நகலெடுக்கவும்: தவறாகத் தட்டச்சு செய்த ஓர் எழுத்தே சரிபார்ப்பு எழுத்தை மாற்றிவிடும். தனக்குத் தெரியாத GSTIN-ஐ IRP நிராகரிக்கும் (3028). NIC-இன் சாண்ட்பாக்ஸ் சோதனை GSTIN-கள் இந்தச் சரிபார்ப்பில் தோல்வியடையும்; சாண்ட்பாக்ஸ் பயன்முறையில் இது எச்சரிக்கை மட்டுமே.</translation>
    </message>
    <message>
        <source>%1 %2 has a correct check character but fits none of GSTN&apos;s GSTIN formats (regular, government, UIN, TDS, TCS, non-resident)</source>
        <translation>%1 %2-இன் சரிபார்ப்பு எழுத்து சரியானது, ஆனால் அது GSTN-இன் எந்த GSTIN வடிவத்துக்கும் (வழக்கமான, அரசு, UIN, TDS, TCS, குடியுரிமையற்றவர்) பொருந்தவில்லை</translation>
    </message>
    <message>
        <source>A regular GSTIN is the state code, the 10-character PAN, the registration number (1-9 or A-Z), Z and the check character, e.g. 27AAPFU0939F1ZV. Copy it again from the registration certificate. The IRP rejects a GSTIN it does not know (3028); in sandbox mode this is only a warning.</source>
        <translation>வழக்கமான GSTIN என்பது மாநிலக் குறியீடு, 10 எழுத்து PAN, பதிவு எண் (1-9 அல்லது A-Z), Z, சரிபார்ப்பு எழுத்து ஆகியவை சேர்ந்தது, எ.கா. 27AAPFU0939F1ZV. பதிவுச் சான்றிதழிலிருந்து அதை மீண்டும் நகலெடுக்கவும். தனக்குத் தெரியாத GSTIN-ஐ IRP நிராகரிக்கும் (3028); சாண்ட்பாக்ஸ் பயன்முறையில் இது எச்சரிக்கை மட்டுமே.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a state or union territory code of the master</source>
        <translation>%1 %2 ஆக உள்ளது; இது முதன்மைப் பட்டியலில் உள்ள மாநில அல்லது யூனியன் பிரதேசக் குறியீடு அல்ல</translation>
    </message>
    <message>
        <source>Use the two-digit GST state code, e.g. 07 Delhi, 27 Maharashtra, 29 Karnataka, 36 Telangana; 96 is a place outside India and 97 Other Territory.</source>
        <translation>இரண்டு இலக்க GST மாநிலக் குறியீட்டைப் பயன்படுத்தவும், எ.கா. 07 டெல்லி, 27 மகாராஷ்டிரா, 29 கர்நாடகா, 36 தெலங்கானா; 96 இந்தியாவுக்கு வெளியே உள்ள இடம், 97 பிற பிரதேசம் (Other Territory).</translation>
    </message>
    <message>
        <source>%1 is 96 (Other Countries), but a supplier is registered in an Indian state</source>
        <translation>%1 96 (பிற நாடுகள்) ஆக உள்ளது, ஆனால் வழங்குநர் ஓர் இந்திய மாநிலத்தில் பதிவுசெய்யப்பட்டவர்</translation>
    </message>
    <message>
        <source>Give the state of the supplier&apos;s registration: the first two digits of its GSTIN.</source>
        <translation>வழங்குநரின் பதிவு உள்ள மாநிலத்தைக் கொடுக்கவும்: அதன் GSTIN-இன் முதல் இரண்டு இலக்கங்கள்.</translation>
    </message>
    <message>
        <source>%1 is %2, but %3 is %4: a party outside India or in Other Territory has PIN 999999</source>
        <translation>%1 %2 ஆக உள்ளது, ஆனால் %3 %4 ஆக உள்ளது: இந்தியாவுக்கு வெளியே அல்லது பிற பிரதேசத்தில் உள்ள தரப்பினரின் PIN 999999</translation>
    </message>
    <message>
        <source>Write 999999 as the PIN of a foreign (96) or Other Territory (97) address, or give the Indian state code if the address is in India.</source>
        <translation>வெளிநாட்டு (96) அல்லது பிற பிரதேச (97) முகவரியின் PIN-ஆக 999999 என எழுதவும்; முகவரி இந்தியாவில் இருந்தால் இந்திய மாநிலக் குறியீட்டைக் கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>%1 is 999999, which only a place outside India (96) or Other Territory (97) has, but %2 is %3</source>
        <translation>%1 999999 ஆக உள்ளது; இது இந்தியாவுக்கு வெளியே உள்ள இடத்துக்கு (96) அல்லது பிற பிரதேசத்துக்கு (97) மட்டுமே உரியது, ஆனால் %2 %3 ஆக உள்ளது</translation>
    </message>
    <message>
        <source>Give the real six-digit PIN of the address, or state code 96 for an address outside India.</source>
        <translation>முகவரியின் உண்மையான ஆறு இலக்க PIN-ஐக் கொடுக்கவும், அல்லது இந்தியாவுக்கு வெளியே உள்ள முகவரிக்கு மாநிலக் குறியீடு 96-ஐக் கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>%1 %2 is a PIN of %3, not of state %4 %5 given in %6</source>
        <translation>%1 %2 என்பது %3-இன் PIN; %6-இல் கொடுக்கப்பட்ட மாநிலம் %4 %5-இன் PIN அல்ல</translation>
    </message>
    <message>
        <source>Correct the PIN or the state code so that they agree; the IRP checks the PIN against its PIN master (2178).</source>
        <translation>PIN-உம் மாநிலக் குறியீடும் பொருந்துமாறு அவற்றைச் சரிசெய்யவும்; IRP தனது PIN முதன்மைப் பட்டியலுடன் PIN-ஐச் சரிபார்க்கிறது (2178).</translation>
    </message>
    <message>
        <source>%1 %2 is not in the PIN directory, and its first three digits do not belong to state %3 %4 given in %5</source>
        <translation>%1 %2 PIN அடைவில் இல்லை; அதன் முதல் மூன்று இலக்கங்கள் %5-இல் கொடுக்கப்பட்ட மாநிலம் %3 %4-க்கு உரியவை அல்ல</translation>
    </message>
    <message>
        <source>Check the PIN and the state code: the IRP rejects a PIN of another state (2178). If the PIN is new and right, update the PIN master.</source>
        <translation>PIN-ஐயும் மாநிலக் குறியீட்டையும் சரிபார்க்கவும்: வேறு மாநிலத்தின் PIN-ஐ IRP நிராகரிக்கும் (2178). PIN புதியதாகவும் சரியானதாகவும் இருந்தால், PIN முதன்மைப் பட்டியலைப் புதுப்பிக்கவும்.</translation>
    </message>
    <message>
        <source>ShipDtls.Stcd is %1, but the ship-to GSTIN %2 is registered in state %3</source>
        <translation>ShipDtls.Stcd %1 ஆக உள்ளது, ஆனால் அனுப்ப வேண்டிய இட GSTIN %2 மாநிலம் %3-இல் பதிவுசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Give the ship-to party&apos;s GSTIN of the state the goods go to, or URP for an unregistered place. From 1 August 2026 the IRP rejects the mismatch when an e-way bill is generated (2325).</source>
        <translation>சரக்குகள் செல்லும் மாநிலத்தில் உள்ள, அனுப்ப வேண்டிய இடத் தரப்பினரின் GSTIN-ஐக் கொடுக்கவும்; பதிவுசெய்யப்படாத இடத்துக்கு URP. 1 ஆகஸ்ட் 2026 முதல், இ-வே பில் உருவாக்கப்படும்போது இந்தப் பொருத்தமின்மையை IRP நிராகரிக்கும் (2325).</translation>
    </message>
    <message>
        <source>SellerDtls.Gstin is URP, but the supplier of an e-invoice is always registered</source>
        <translation>SellerDtls.Gstin URP ஆக உள்ளது, ஆனால் மின்-விலைப்பட்டியலின் வழங்குநர் எப்போதும் பதிவுசெய்யப்பட்டவர்</translation>
    </message>
    <message>
        <source>Give the supplier&apos;s own GSTIN: only a registered person generates an IRN.</source>
        <translation>வழங்குநரின் சொந்த GSTIN-ஐக் கொடுக்கவும்: பதிவுசெய்யப்பட்ட நபர் மட்டுமே IRN-ஐ உருவாக்க முடியும்.</translation>
    </message>
    <message>
        <source>SellerDtls.Stcd is %1, but the supplier GSTIN %2 is registered in state %3</source>
        <translation>SellerDtls.Stcd %1 ஆக உள்ளது, ஆனால் வழங்குநர் GSTIN %2 மாநிலம் %3-இல் பதிவுசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>The supplier&apos;s state code is the first two digits of its GSTIN: write %1, or use the GSTIN of the registration in state %2.</source>
        <translation>வழங்குநரின் மாநிலக் குறியீடு அதன் GSTIN-இன் முதல் இரண்டு இலக்கங்கள்: %1 என எழுதவும், அல்லது மாநிலம் %2-இல் உள்ள பதிவின் GSTIN-ஐப் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>BuyerDtls.Gstin is URP, but the recipient of a deemed export (DEXP) is registered</source>
        <translation>BuyerDtls.Gstin URP ஆக உள்ளது, ஆனால் கருதப்படும் ஏற்றுமதியின் (DEXP) பெறுநர் பதிவுசெய்யப்பட்டவர்</translation>
    </message>
    <message>
        <source>Give the recipient&apos;s GSTIN. A supply to an unregistered person is not a deemed export.</source>
        <translation>பெறுநரின் GSTIN-ஐக் கொடுக்கவும். பதிவுசெய்யப்படாத நபருக்கான வழங்கல் கருதப்படும் ஏற்றுமதி அல்ல.</translation>
    </message>
    <message>
        <source>BuyerDtls.Gstin is URP, but a %1 supply needs a registered recipient</source>
        <translation>BuyerDtls.Gstin URP ஆக உள்ளது, ஆனால் %1 வழங்கலுக்குப் பதிவுசெய்யப்பட்ட பெறுநர் தேவை</translation>
    </message>
    <message>
        <source>Give the recipient&apos;s GSTIN. Supplies to unregistered persons (B2C) are not reported to the IRP; URP is only for exports.</source>
        <translation>பெறுநரின் GSTIN-ஐக் கொடுக்கவும். பதிவுசெய்யப்படாத நபர்களுக்கான (B2C) வழங்கல்கள் IRP-க்குத் தெரிவிக்கப்படுவதில்லை; URP ஏற்றுமதிகளுக்கு மட்டுமே.</translation>
    </message>
    <message>
        <source>BuyerDtls.Gstin is %1, but the recipient of an export (%2) is URP</source>
        <translation>BuyerDtls.Gstin %1 ஆக உள்ளது, ஆனால் ஏற்றுமதியின் (%2) பெறுநர் URP</translation>
    </message>
    <message>
        <source>Write URP as the GSTIN of a foreign buyer, with Pos and Stcd 96 and PIN 999999. A supply to a registered Indian recipient is B2B, SEZ or DEXP.</source>
        <translation>வெளிநாட்டு வாங்குபவரின் GSTIN-ஆக URP என எழுதவும்; Pos, Stcd 96, PIN 999999. பதிவுசெய்யப்பட்ட இந்தியப் பெறுநருக்கான வழங்கல் B2B, SEZ அல்லது DEXP ஆகும்.</translation>
    </message>
    <message>
        <source>BuyerDtls.Gstin %1 is the supplier&apos;s own GSTIN</source>
        <translation>BuyerDtls.Gstin %1 வழங்குநரின் சொந்த GSTIN ஆகும்</translation>
    </message>
    <message>
        <source>Give the recipient&apos;s GSTIN. A registration cannot supply to itself; a transfer to a branch in another state uses that branch&apos;s GSTIN.</source>
        <translation>பெறுநரின் GSTIN-ஐக் கொடுக்கவும். ஒரு பதிவு தனக்குத்தானே வழங்கல் செய்ய முடியாது; வேறு மாநிலத்தில் உள்ள கிளைக்கான மாற்றத்துக்கு அந்தக் கிளையின் GSTIN பயன்படுத்தப்படும்.</translation>
    </message>
    <message>
        <source>BuyerDtls.Stcd is %1, but the recipient GSTIN %2 is registered in state %3</source>
        <translation>BuyerDtls.Stcd %1 ஆக உள்ளது, ஆனால் பெறுநர் GSTIN %2 மாநிலம் %3-இல் பதிவுசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>The recipient&apos;s state code is the first two digits of its GSTIN: write %1, or use the recipient&apos;s GSTIN of state %2. Where the goods go is ShipDtls and the place of supply is Pos.</source>
        <translation>பெறுநரின் மாநிலக் குறியீடு அதன் GSTIN-இன் முதல் இரண்டு இலக்கங்கள்: %1 என எழுதவும், அல்லது மாநிலம் %2-இல் உள்ள பெறுநரின் GSTIN-ஐப் பயன்படுத்தவும். சரக்குகள் செல்லும் இடம் ShipDtls-இலும், வழங்கல் இடம் Pos-இலும் குறிக்கப்படும்.</translation>
    </message>
    <message>
        <source>BuyerDtls.Pin is missing; a %1 supply needs the recipient&apos;s PIN</source>
        <translation>BuyerDtls.Pin இல்லை; %1 வழங்கலுக்குப் பெறுநரின் PIN தேவை</translation>
    </message>
    <message>
        <source>Give the six-digit PIN of the recipient&apos;s address.</source>
        <translation>பெறுநரின் முகவரியின் ஆறு இலக்க PIN-ஐக் கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>A GSTIN has 15 characters: 2 digits (the state code), then 13 digits or capital letters, e.g. 27AAPFU0939F1ZV.</source>
        <translation>GSTIN-இல் 15 எழுத்துகள் உள்ளன: 2 இலக்கங்கள் (மாநிலக் குறியீடு), பிறகு 13 இலக்கங்கள் அல்லது பெரிய எழுத்துகள், எ.கா. 27AAPFU0939F1ZV.</translation>
    </message>
    <message>
        <source>A GSTIN has 15 characters: 2 digits (the state code), then 13 digits or capital letters, e.g. 27AAPFU0939F1ZV; an unregistered party is URP (in capitals).</source>
        <translation>GSTIN-இல் 15 எழுத்துகள் உள்ளன: 2 இலக்கங்கள் (மாநிலக் குறியீடு), பிறகு 13 இலக்கங்கள் அல்லது பெரிய எழுத்துகள், எ.கா. 27AAPFU0939F1ZV; பதிவுசெய்யப்படாத தரப்பினருக்கு URP (பெரிய எழுத்துகளில்).</translation>
    </message>
    <message>
        <source>1 to 16 characters: letters, digits, / and -; the first one a letter or a digit other than 0, e.g. INV/2026/0042.</source>
        <translation>1 முதல் 16 எழுத்துகள்: ஆங்கில எழுத்துகள், இலக்கங்கள், / மற்றும் -; முதல் எழுத்து ஓர் ஆங்கில எழுத்து அல்லது 0 அல்லாத இலக்கம், எ.கா. INV/2026/0042.</translation>
    </message>
    <message>
        <source>2 to 16 characters: letters, digits, / and -; the first one a letter or a digit other than 0 (the schema&apos;s pattern needs at least two characters here).</source>
        <translation>2 முதல் 16 எழுத்துகள்: ஆங்கில எழுத்துகள், இலக்கங்கள், / மற்றும் -; முதல் எழுத்து ஓர் ஆங்கில எழுத்து அல்லது 0 அல்லாத இலக்கம் (இங்கே ஸ்கீமாவின் வடிவ விதிக்குக் குறைந்தது இரண்டு எழுத்துகள் தேவை).</translation>
    </message>
    <message>
        <source>The state code: 1 or 2 digits, not 0, e.g. 07 or 27 (96 for a place outside India).</source>
        <translation>மாநிலக் குறியீடு: 1 அல்லது 2 இலக்கங்கள், 0 அல்ல, எ.கா. 07 அல்லது 27 (இந்தியாவுக்கு வெளியே உள்ள இடத்துக்கு 96).</translation>
    </message>
    <message>
        <source>Digits only, %1 to %2 of them: no spaces, +, - or brackets.</source>
        <translation>இலக்கங்கள் மட்டும், %1 முதல் %2 வரை: இடைவெளிகள், +, - அல்லது அடைப்புக்குறிகள் கூடாது.</translation>
    </message>
    <message>
        <source>One e-mail address: letters, digits and + _ . - before the @, letters, digits, . and - after it, e.g. accounts@example.in.</source>
        <translation>ஒரு மின்னஞ்சல் முகவரி: @-க்கு முன் ஆங்கில எழுத்துகள், இலக்கங்கள், + _ . -; அதற்குப் பின் ஆங்கில எழுத்துகள், இலக்கங்கள், . மற்றும் -, எ.கா. accounts@example.in.</translation>
    </message>
    <message>
        <source>An HSN or SAC code of 4, 6 or 8 digits, not all zeros, e.g. 84713010.</source>
        <translation>4, 6 அல்லது 8 இலக்க HSN அல்லது SAC குறியீடு, அனைத்தும் பூஜ்ஜியங்களாக இல்லாமல், எ.கா. 84713010.</translation>
    </message>
    <message>
        <source>Letters A-Z only, %1 to %2 of them.</source>
        <translation>A-Z எழுத்துகள் மட்டும், %1 முதல் %2 வரை.</translation>
    </message>
    <message>
        <source>Letters A-Z and digits only, %1 to %2 of them: no spaces or punctuation.</source>
        <translation>A-Z எழுத்துகளும் இலக்கங்களும் மட்டும், %1 முதல் %2 வரை: இடைவெளிகளோ நிறுத்தற்குறிகளோ கூடாது.</translation>
    </message>
    <message>
        <source>Two capital letters: the ISO 3166 country code, e.g. US or AE.</source>
        <translation>இரண்டு பெரிய எழுத்துகள்: ISO 3166 நாட்டுக் குறியீடு, எ.கா. US அல்லது AE.</translation>
    </message>
    <message>
        <source>Y or N (in capitals).</source>
        <translation>Y அல்லது N (பெரிய எழுத்துகளில்).</translation>
    </message>
    <message>
        <source>1 to 15 characters: letters, digits, / and - only.</source>
        <translation>1 முதல் 15 எழுத்துகள்: ஆங்கில எழுத்துகள், இலக்கங்கள், / மற்றும் - மட்டும்.</translation>
    </message>
    <message>
        <source>The transport document&apos;s date as dd/mm/yyyy, e.g. 05/11/2026.</source>
        <translation>போக்குவரத்து ஆவணத்தின் தேதி dd/mm/yyyy வடிவில், எ.கா. 05/11/2026.</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 இல்லை</translation>
    </message>
    <message>
        <source>The schema requires %1 whenever %2 is sent: fill it in, or leave %2 out.</source>
        <translation>%2 அனுப்பப்படும்போதெல்லாம் ஸ்கீமாவுக்கு %1 தேவை: அதை நிரப்பவும், அல்லது %2-ஐ விட்டுவிடவும்.</translation>
    </message>
    <message>
        <source>Fill in %1: the schema requires it.</source>
        <translation>%1-ஐ நிரப்பவும்: ஸ்கீமாவுக்கு அது தேவை.</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 காலியாக உள்ளது</translation>
    </message>
    <message>
        <source>%1 is %2 characters long (&apos;%3&apos;): at most %4 are allowed</source>
        <translation>%1 %2 எழுத்துகள் நீளம் (&apos;%3&apos;): அதிகபட்சம் %4 மட்டுமே அனுமதிக்கப்படும்</translation>
    </message>
    <message>
        <source>%1 is %2 characters long (&apos;%3&apos;): at least %4 are needed</source>
        <translation>%1 %2 எழுத்துகள் நீளம் (&apos;%3&apos;): குறைந்தது %4 தேவை</translation>
    </message>
    <message>
        <source>%1 must have exactly %2 characters.</source>
        <translation>%1-இல் சரியாக %2 எழுத்துகள் இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>%1 takes %2 to %3 characters.</source>
        <translation>%1-இல் %2 முதல் %3 எழுத்துகள் இருக்கலாம்.</translation>
    </message>
    <message>
        <source>An optional field that has no value is left out, not sent empty or short.</source>
        <translation>மதிப்பு இல்லாத விருப்பப் புலம் விடப்படும்; காலியாகவோ குறைந்த நீளத்திலோ அனுப்பப்படாது.</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: neither a GSTIN of 15 characters nor URP</source>
        <translation>%1 &apos;%2&apos; ஆக உள்ளது: 15 எழுத்து GSTIN-உம் அல்ல, URP-உம் அல்ல</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: the schema&apos;s pattern needs at least 2 characters here</source>
        <translation>%1 &apos;%2&apos; ஆக உள்ளது: இங்கே ஸ்கீமாவின் வடிவ விதிக்குக் குறைந்தது 2 எழுத்துகள் தேவை</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: a state code cannot be 0</source>
        <translation>%1 &apos;%2&apos; ஆக உள்ளது: மாநிலக் குறியீடு 0 ஆக இருக்க முடியாது</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: an HSN code cannot be all zeros</source>
        <translation>%1 &apos;%2&apos; ஆக உள்ளது: HSN குறியீடு முழுவதும் பூஜ்ஜியங்களாக இருக்க முடியாது</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: %3 digits, but an HSN or SAC code has 4, 6 or 8</source>
        <translation>%1 &apos;%2&apos; ஆக உள்ளது: %3 இலக்கங்கள், ஆனால் HSN அல்லது SAC குறியீட்டில் 4, 6 அல்லது 8 இலக்கங்கள் இருக்கும்</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: an e-mail address needs an @</source>
        <translation>%1 &apos;%2&apos; ஆக உள்ளது: மின்னஞ்சல் முகவரியில் @ இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: nothing before the @</source>
        <translation>%1 &apos;%2&apos; ஆக உள்ளது: @-க்கு முன் எதுவும் இல்லை</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: nothing after the @</source>
        <translation>%1 &apos;%2&apos; ஆக உள்ளது: @-க்குப் பின் எதுவும் இல்லை</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which does not have the form the schema requires</source>
        <translation>%1 &apos;%2&apos; ஆக உள்ளது; இது ஸ்கீமா கோரும் வடிவத்தில் இல்லை</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: the character &apos;%3&apos; at position %4 is not allowed there</source>
        <translation>%1 &apos;%2&apos; ஆக உள்ளது: நிலை %4-இல் உள்ள &apos;%3&apos; எழுத்து அங்கு அனுமதிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which is not a date written dd/mm/yyyy</source>
        <translation>%1 &apos;%2&apos; ஆக உள்ளது; இது dd/mm/yyyy வடிவில் எழுதப்பட்ட தேதி அல்ல</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy with two-digit day and month and a four-digit year, e.g. 05/11/2026.</source>
        <translation>தேதியை dd/mm/yyyy என, இரண்டு இலக்க நாள், மாதம், நான்கு இலக்க ஆண்டுடன் எழுதவும், எ.கா. 05/11/2026.</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: the schema admits only years 2010 to 2029</source>
        <translation>%1 &apos;%2&apos; ஆக உள்ளது: ஸ்கீமா 2010 முதல் 2029 வரையிலான ஆண்டுகளை மட்டுமே ஏற்கும்</translation>
    </message>
    <message>
        <source>Check the year: the IRP&apos;s date pattern accepts dd/mm/yyyy dates from 2010 to 2029.</source>
        <translation>ஆண்டைச் சரிபார்க்கவும்: IRP-இன் தேதி வடிவ விதி 2010 முதல் 2029 வரையிலான dd/mm/yyyy தேதிகளை மட்டுமே ஏற்கும்.</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which is not a day of the calendar</source>
        <translation>%1 &apos;%2&apos; ஆக உள்ளது; இது நாட்காட்டியில் உள்ள நாள் அல்ல</translation>
    </message>
    <message>
        <source>Check the day and the month (dd/mm/yyyy): months have 28 to 31 days, February 29 only in leap years.</source>
        <translation>நாளையும் மாதத்தையும் சரிபார்க்கவும் (dd/mm/yyyy): மாதங்களில் 28 முதல் 31 நாட்கள் உண்டு; பிப்ரவரி 29 லீப் ஆண்டுகளில் மட்டுமே.</translation>
    </message>
    <message>
        <source>%1 contains a double quote (&quot;): &apos;%2&apos;</source>
        <translation>%1-இல் இரட்டை மேற்கோள் குறி (&quot;) உள்ளது: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Remove the double quote from %1, or write two single quotes (&apos;&apos;) instead: the schema forbids &quot; in free text.</source>
        <translation>%1-இலிருந்து இரட்டை மேற்கோள் குறியை நீக்கவும், அல்லது அதற்குப் பதிலாக இரண்டு ஒற்றை மேற்கோள் குறிகளை (&apos;&apos;) எழுதவும்: கட்டற்ற உரையில் &quot; குறியை ஸ்கீமா தடைசெய்கிறது.</translation>
    </message>
    <message>
        <source>%1 contains a backslash (\): &apos;%2&apos;</source>
        <translation>%1-இல் பின்சாய்வுக்கோடு (\) உள்ளது: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Remove the backslash from %1 or write / instead: NIC rejects a backslash in any free-text field.</source>
        <translation>%1-இலிருந்து பின்சாய்வுக்கோட்டை நீக்கவும், அல்லது அதற்குப் பதிலாக / எழுதவும்: எந்தக் கட்டற்ற உரைப் புலத்திலும் பின்சாய்வுக்கோட்டை NIC நிராகரிக்கும்.</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which is not one of %3</source>
        <translation>%1 &apos;%2&apos; ஆக உள்ளது; இது %3-இல் ஒன்று அல்ல</translation>
    </message>
    <message>
        <source>Write %1 in capitals: one of %2.</source>
        <translation>%1-ஐப் பெரிய எழுத்துகளில் எழுதவும்: %2-இல் ஒன்று.</translation>
    </message>
    <message>
        <source>Use one of %1 for %2.</source>
        <translation>%2-க்கு %1-இல் ஒன்றைப் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>%1 is %2: it must lie between %3 and %4</source>
        <translation>%1 %2 ஆக உள்ளது: அது %3-க்கும் %4-க்கும் இடையில் இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2 in %3.</source>
        <translation>%3-இல் %1 முதல் %2 வரையிலான மதிப்பை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Version is &apos;%1&apos;: the IRP accepts only schema version 1.1</source>
        <translation>Version &apos;%1&apos; ஆக உள்ளது: IRP ஸ்கீமா பதிப்பு 1.1-ஐ மட்டுமே ஏற்கும்</translation>
    </message>
    <message>
        <source>Set Version to &quot;1.1&quot;.</source>
        <translation>Version-ஐ &quot;1.1&quot; ஆக அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Irn is sent with the invoice (&apos;%1&apos;): the IRP computes the IRN itself</source>
        <translation>விலைப்பட்டியலுடன் Irn அனுப்பப்பட்டுள்ளது (&apos;%1&apos;): IRN-ஐ IRP தானே கணக்கிடும்</translation>
    </message>
    <message>
        <source>Remove Irn from the invoice: a request must not carry one.</source>
        <translation>விலைப்பட்டியலிலிருந்து Irn-ஐ நீக்கவும்: கோரிக்கையில் அது இருக்கக் கூடாது.</translation>
    </message>
    <message>
        <source>ItemList has no items (or is missing)</source>
        <translation>ItemList-இல் பொருட்கள் இல்லை (அல்லது அதுவே இல்லை)</translation>
    </message>
    <message>
        <source>Add at least one item line: the IRP rejects an invoice without items (2228).</source>
        <translation>குறைந்தது ஒரு பொருள் வரிசையைச் சேர்க்கவும்: பொருட்கள் இல்லாத விலைப்பட்டியலை IRP நிராகரிக்கும் (2228).</translation>
    </message>
    <message>
        <source>ItemList has %1 items: the IRP accepts at most %2</source>
        <translation>ItemList-இல் %1 பொருட்கள் உள்ளன: IRP அதிகபட்சம் %2 மட்டுமே ஏற்கும்</translation>
    </message>
    <message>
        <source>Split the invoice: one invoice may have at most %1 item lines (2173).</source>
        <translation>விலைப்பட்டியலைப் பிரிக்கவும்: ஒரு விலைப்பட்டியலில் அதிகபட்சம் %1 பொருள் வரிசைகள் இருக்கலாம் (2173).</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>இல்லை</translation>
    </message>
    <message>
        <source>TranDtls.RegRev is Y on a %1 supply, but reverse charge applies only to B2B supplies</source>
        <translation>%1 வழங்கலில் TranDtls.RegRev Y ஆக உள்ளது, ஆனால் ரிவர்ஸ் சார்ஜ் B2B வழங்கல்களுக்கு மட்டுமே பொருந்தும்</translation>
    </message>
    <message>
        <source>Set RegRev to N. Tax on SEZ supplies, exports and deemed exports is never paid by the recipient under reverse charge.</source>
        <translation>RegRev-ஐ N ஆக அமைக்கவும். SEZ வழங்கல்கள், ஏற்றுமதிகள், கருதப்படும் ஏற்றுமதிகள் ஆகியவற்றின் வரியை ரிவர்ஸ் சார்ஜ் முறையில் பெறுநர் ஒருபோதும் செலுத்துவதில்லை.</translation>
    </message>
    <message>
        <source>TranDtls.EcmGstin %1 is not the GSTIN of an e-commerce operator: an operator&apos;s TCS GSTIN has C as its 14th character</source>
        <translation>TranDtls.EcmGstin %1 மின்-வணிக இயக்குநரின் GSTIN அல்ல: இயக்குநரின் TCS GSTIN-இல் 14-ஆவது எழுத்து C ஆக இருக்கும்</translation>
    </message>
    <message>
        <source>Give the e-commerce operator&apos;s TCS registration (e.g. 07AAECA1234B1CR), not its regular GSTIN, or leave EcmGstin out when the supply was not made through an operator.</source>
        <translation>மின்-வணிக இயக்குநரின் வழக்கமான GSTIN-ஐ அல்ல, அதன் TCS பதிவைக் (எ.கா. 07AAECA1234B1CR) கொடுக்கவும்; வழங்கல் இயக்குநர் மூலம் செய்யப்படவில்லை எனில் EcmGstin-ஐ விட்டுவிடவும்.</translation>
    </message>
    <message>
        <source>TranDtls.EcmGstin %1 belongs to the supplier itself (PAN %2 of SellerDtls.Gstin %3)</source>
        <translation>TranDtls.EcmGstin %1 வழங்குநருக்கே உரியது (SellerDtls.Gstin %3-இன் PAN %2)</translation>
    </message>
    <message>
        <source>Leave EcmGstin out when the operator sells on its own account: EcmGstin names the operator through whom another supplier sells (2224).</source>
        <translation>இயக்குநர் தனது சொந்தக் கணக்கில் விற்கும்போது EcmGstin-ஐ விட்டுவிடவும்: வேறொரு வழங்குநர் எந்த இயக்குநர் மூலம் விற்கிறாரோ அந்த இயக்குநரையே EcmGstin குறிக்கிறது (2224).</translation>
    </message>
    <message>
        <source>%1 is %2; the master lists the code in capitals: %3</source>
        <translation>%1 %2 ஆக உள்ளது; முதன்மைப் பட்டியலில் இக்குறியீடு பெரிய எழுத்துகளில் உள்ளது: %3</translation>
    </message>
    <message>
        <source>Write the code in capital letters.</source>
        <translation>குறியீட்டைப் பெரிய எழுத்துகளில் எழுதவும்.</translation>
    </message>
    <message>
        <source>%1 %2 is not a code of the master</source>
        <translation>%1 %2 முதன்மைப் பட்டியலில் உள்ள குறியீடு அல்ல</translation>
    </message>
    <message>
        <source>ExpDtls is missing on an export (%1)</source>
        <translation>ஏற்றுமதியில் (%1) ExpDtls இல்லை</translation>
    </message>
    <message>
        <source>Add ExpDtls with the country code (CntCode), the currency (ForCur), for goods the port (Port) and, when known, the shipping bill number and date.</source>
        <translation>நாட்டுக் குறியீடு (CntCode), நாணயம் (ForCur), சரக்குகளுக்குத் துறைமுகம் (Port), தெரிந்தால் ஷிப்பிங் பில் எண், தேதி ஆகியவற்றுடன் ExpDtls-ஐச் சேர்க்கவும்.</translation>
    </message>
    <message>
        <source>Use a port code of the master (six characters, e.g. INNSA1 Nhava Sheva, INBOM1 Mumbai, INMAA1 Chennai); leave Port out for services.</source>
        <translation>முதன்மைப் பட்டியலில் உள்ள துறைமுகக் குறியீட்டைப் பயன்படுத்தவும் (ஆறு எழுத்துகள், எ.கா. INNSA1 நவா ஷேவா, INBOM1 மும்பை, INMAA1 சென்னை); சேவைகளுக்கு Port-ஐ விட்டுவிடவும்.</translation>
    </message>
    <message>
        <source>Use the ISO 3166 two-letter code of the buyer&apos;s country, e.g. US, AE, GB.</source>
        <translation>வாங்குபவரின் நாட்டுக்கான ISO 3166 இரண்டு எழுத்துக் குறியீட்டைப் பயன்படுத்தவும், எ.கா. US, AE, GB.</translation>
    </message>
    <message>
        <source>Use the ISO 4217 code of the invoice currency, e.g. USD, EUR, AED.</source>
        <translation>விலைப்பட்டியல் நாணயத்தின் ISO 4217 குறியீட்டைப் பயன்படுத்தவும், எ.கா. USD, EUR, AED.</translation>
    </message>
    <message>
        <source>BuyerDtls.Pos is %1, the supplier&apos;s own state (SellerDtls.Stcd %2), but an export (%3) is never an intra-state supply</source>
        <translation>BuyerDtls.Pos %1 ஆக உள்ளது, இது வழங்குநரின் சொந்த மாநிலம் (SellerDtls.Stcd %2); ஆனால் ஏற்றுமதி (%3) ஒருபோதும் மாநிலத்திற்குள்ளான வழங்கல் அல்ல</translation>
    </message>
    <message>
        <source>Write 96 (Other Countries) as the place of supply of an export. A supply to a recipient in India is B2B, SEZ or DEXP.</source>
        <translation>ஏற்றுமதியின் வழங்கல் இடமாக 96 (பிற நாடுகள்) என எழுதவும். இந்தியாவில் உள்ள பெறுநருக்கான வழங்கல் B2B, SEZ அல்லது DEXP ஆகும்.</translation>
    </message>
    <message>
        <source>BuyerDtls.Pos is %1, but the place of supply of an export (%2) is 96 (Other Countries)</source>
        <translation>BuyerDtls.Pos %1 ஆக உள்ளது, ஆனால் ஏற்றுமதியின் (%2) வழங்கல் இடம் 96 (பிற நாடுகள்)</translation>
    </message>
    <message>
        <source>Write 96 as BuyerDtls.Pos of an export.</source>
        <translation>ஏற்றுமதியின் BuyerDtls.Pos-ஆக 96 என எழுதவும்.</translation>
    </message>
    <message>
        <source>BuyerDtls.Stcd is %1, but the foreign buyer of an export (%2) has state code 96</source>
        <translation>BuyerDtls.Stcd %1 ஆக உள்ளது, ஆனால் ஏற்றுமதியின் (%2) வெளிநாட்டு வாங்குபவருக்கு மாநிலக் குறியீடு 96</translation>
    </message>
    <message>
        <source>Write 96 (Other Countries) as BuyerDtls.Stcd and 999999 as its PIN; an Indian port or consignee goes in ShipDtls.</source>
        <translation>BuyerDtls.Stcd-ஆக 96 (பிற நாடுகள்) எனவும், அதன் PIN-ஆக 999999 எனவும் எழுதவும்; இந்தியத் துறைமுகம் அல்லது சரக்குப் பெறுநர் ShipDtls-இல் வரும்.</translation>
    </message>
    <message>
        <source>TranDtls.IgstOnIntra is Y on an export (%1), which is never an intra-state supply</source>
        <translation>ஏற்றுமதியில் (%1) TranDtls.IgstOnIntra Y ஆக உள்ளது; ஏற்றுமதி ஒருபோதும் மாநிலத்திற்குள்ளான வழங்கல் அல்ல</translation>
    </message>
    <message>
        <source>Set IgstOnIntra to N or leave it out: exports always carry IGST (or no tax under bond or LUT).</source>
        <translation>IgstOnIntra-ஐ N ஆக அமைக்கவும் அல்லது விட்டுவிடவும்: ஏற்றுமதிகளுக்கு எப்போதும் IGST உண்டு (பிணைப்பத்திரம் அல்லது LUT-இன் கீழ் வரி இல்லை).</translation>
    </message>
    <message>
        <source>BuyerDtls.Pos is 96 (Other Countries), which a %1 supply may not have</source>
        <translation>BuyerDtls.Pos 96 (பிற நாடுகள்) ஆக உள்ளது; %1 வழங்கலுக்கு இது இருக்கக் கூடாது</translation>
    </message>
    <message>
        <source>Give the state code of the place of supply (for goods, where the delivery ends). Only exports, and B2B goods transport or courier services (SAC 9965, 9968) to a place abroad, have place of supply 96.</source>
        <translation>வழங்கல் இடத்தின் மாநிலக் குறியீட்டைக் கொடுக்கவும் (சரக்குகளுக்கு, டெலிவரி முடியும் இடம்). ஏற்றுமதிகளுக்கும், வெளிநாட்டு இடத்துக்கான B2B சரக்குப் போக்குவரத்து அல்லது கூரியர் சேவைகளுக்கும் (SAC 9965, 9968) மட்டுமே வழங்கல் இடம் 96.</translation>
    </message>
    <message>
        <source>TranDtls.IgstOnIntra is Y, but BuyerDtls.Pos %1 is not the supplier&apos;s state (SellerDtls.Stcd %2)</source>
        <translation>TranDtls.IgstOnIntra Y ஆக உள்ளது, ஆனால் BuyerDtls.Pos %1 வழங்குநரின் மாநிலம் (SellerDtls.Stcd %2) அல்ல</translation>
    </message>
    <message>
        <source>IgstOnIntra = Y marks an intra-state supply that carries IGST; for an inter-state supply set it to N (IGST applies anyway), or correct the place of supply.</source>
        <translation>IgstOnIntra = Y என்பது IGST விதிக்கப்படும் மாநிலத்திற்குள்ளான வழங்கலைக் குறிக்கிறது; மாநிலங்களுக்கிடையேயான வழங்கலுக்கு அதை N ஆக அமைக்கவும் (IGST எப்படியும் பொருந்தும்), அல்லது வழங்கல் இடத்தைச் சரிசெய்யவும்.</translation>
    </message>
    <message>
        <source>BuyerDtls.Pos is %1, but the SEZ recipient is in state %2 (BuyerDtls.Stcd)</source>
        <translation>BuyerDtls.Pos %1 ஆக உள்ளது, ஆனால் SEZ பெறுநர் மாநிலம் %2-இல் உள்ளார் (BuyerDtls.Stcd)</translation>
    </message>
    <message>
        <source>The place of supply of a supply to an SEZ unit or developer is the SEZ&apos;s state: write %1 unless the supply really takes place elsewhere.</source>
        <translation>SEZ அலகு அல்லது டெவலப்பருக்கான வழங்கலின் வழங்கல் இடம் SEZ-இன் மாநிலம்: வழங்கல் உண்மையில் வேறு இடத்தில் நடைபெறாவிட்டால் %1 என எழுதவும்.</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) carries IGST %3, but the supply is intra-state (SellerDtls.Stcd %4, BuyerDtls.Pos %5): CGST and SGST apply</source>
        <translation>வரிசை %1 (ItemList[%2])-இல் IGST %3 உள்ளது, ஆனால் வழங்கல் மாநிலத்திற்குள்ளானது (SellerDtls.Stcd %4, BuyerDtls.Pos %5): CGST, SGST பொருந்தும்</translation>
    </message>
    <message>
        <source>Split the tax into CgstAmt and SgstAmt, half the rate each, and set IgstAmt to 0. If IGST really applies to this intra-state supply, set TranDtls.IgstOnIntra to Y.</source>
        <translation>வரியை CgstAmt, SgstAmt எனப் பிரித்து, ஒவ்வொன்றுக்கும் பாதி விகிதம் வைத்து, IgstAmt-ஐ 0 ஆக அமைக்கவும். இந்த மாநிலத்திற்குள்ளான வழங்கலுக்கு உண்மையில் IGST பொருந்தினால், TranDtls.IgstOnIntra-ஐ Y ஆக அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) has GST rate %3% on an intra-state supply but no %4</source>
        <translation>வரிசை %1 (ItemList[%2])-இல் மாநிலத்திற்குள்ளான வழங்கலுக்கு GST விகிதம் %3% உள்ளது, ஆனால் %4 இல்லை</translation>
    </message>
    <message>
        <source>Send both CgstAmt and SgstAmt on an intra-state line, each half the tax.</source>
        <translation>மாநிலத்திற்குள்ளான வரிசையில் CgstAmt, SgstAmt இரண்டையும் அனுப்பவும்; ஒவ்வொன்றும் வரியில் பாதி.</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]): CgstAmt %3 and SgstAmt %4 differ</source>
        <translation>வரிசை %1 (ItemList[%2]): CgstAmt %3, SgstAmt %4 வேறுபடுகின்றன</translation>
    </message>
    <message>
        <source>CGST and SGST are equal halves: compute each as AssAmt × GstRt / 200, rounded to the paisa.</source>
        <translation>CGST, SGST சம பாதிகள்: ஒவ்வொன்றையும் AssAmt × GstRt / 200 எனக் கணக்கிட்டு, பைசா வரை முழுமையாக்கவும்.</translation>
    </message>
    <message>
        <source>CgstAmt %1, SgstAmt %2</source>
        <translation>CgstAmt %1, SgstAmt %2</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) carries %3 on a supply to an SEZ (%4), which is inter-state: IGST only</source>
        <translation>வரிசை %1 (ItemList[%2])-இல் SEZ-க்கான வழங்கலில் (%4) %3 உள்ளது; இது மாநிலங்களுக்கிடையேயானது: IGST மட்டுமே</translation>
    </message>
    <message>
        <source>Set CgstAmt and SgstAmt to 0: a supply to an SEZ under bond or LUT (SEZWOP) carries no tax.</source>
        <translation>CgstAmt, SgstAmt-ஐ 0 ஆக அமைக்கவும்: பிணைப்பத்திரம் அல்லது LUT-இன் கீழ் SEZ-க்குச் செய்யப்படும் வழங்கலுக்கு (SEZWOP) வரி இல்லை.</translation>
    </message>
    <message>
        <source>Charge the whole tax as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and SgstAmt to 0, even when the SEZ is in the supplier&apos;s state.</source>
        <translation>முழு வரியையும் IgstAmt ஆக (AssAmt × GstRt / 100) விதித்து, CgstAmt, SgstAmt-ஐ 0 ஆக அமைக்கவும்; SEZ வழங்குநரின் மாநிலத்திலேயே இருந்தாலும் இதுவே பொருந்தும்.</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) carries %3 on an export (%4): IGST only</source>
        <translation>வரிசை %1 (ItemList[%2])-இல் ஏற்றுமதியில் (%4) %3 உள்ளது: IGST மட்டுமே</translation>
    </message>
    <message>
        <source>Set CgstAmt and SgstAmt to 0: an export under bond or LUT (EXPWOP) carries no tax.</source>
        <translation>CgstAmt, SgstAmt-ஐ 0 ஆக அமைக்கவும்: பிணைப்பத்திரம் அல்லது LUT-இன் கீழான ஏற்றுமதிக்கு (EXPWOP) வரி இல்லை.</translation>
    </message>
    <message>
        <source>Charge the whole tax as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and SgstAmt to 0.</source>
        <translation>முழு வரியையும் IgstAmt ஆக (AssAmt × GstRt / 100) விதித்து, CgstAmt, SgstAmt-ஐ 0 ஆக அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Line %1 (ItemList[%2]) carries %3, but the supply carries IGST (SellerDtls.Stcd %4, BuyerDtls.Pos %5, IgstOnIntra %6)</source>
        <translation>வரிசை %1 (ItemList[%2])-இல் %3 உள்ளது, ஆனால் இந்த வழங்கலுக்கு IGST விதிக்கப்படும் (SellerDtls.Stcd %4, BuyerDtls.Pos %5, IgstOnIntra %6)</translation>
    </message>
    <message>
        <source>TranDtls.IgstOnIntra is Y, so the whole tax is IGST: charge it as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and SgstAmt to 0, or set IgstOnIntra to N if CGST and SGST apply.</source>
        <translation>TranDtls.IgstOnIntra Y ஆக உள்ளதால் முழு வரியும் IGST: அதை IgstAmt ஆக (AssAmt × GstRt / 100) விதித்து, CgstAmt, SgstAmt-ஐ 0 ஆக அமைக்கவும்; CGST, SGST பொருந்தினால் IgstOnIntra-ஐ N ஆக அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Charge the whole tax as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and SgstAmt to 0: a supply whose place of supply is another state is inter-state.</source>
        <translation>முழு வரியையும் IgstAmt ஆக (AssAmt × GstRt / 100) விதித்து, CgstAmt, SgstAmt-ஐ 0 ஆக அமைக்கவும்: வழங்கல் இடம் வேறு மாநிலமாக உள்ள வழங்கல் மாநிலங்களுக்கிடையேயானது.</translation>
    </message>
    <message>
        <source>ItemList[%1] is %2 and an earlier line is %3, but goods and services may not be mixed on an invoice that charges IGST with the place of supply in the supplier&apos;s state (%4)</source>
        <translation>ItemList[%1] %2, முந்தைய வரிசை ஒன்று %3; ஆனால் வழங்கல் இடம் வழங்குநரின் மாநிலமாக (%4) இருந்து IGST விதிக்கப்படும் விலைப்பட்டியலில் சரக்குகளையும் சேவைகளையும் கலக்கக் கூடாது</translation>
    </message>
    <message>
        <source>a service</source>
        <translation>சேவை</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>சரக்கு</translation>
    </message>
    <message>
        <source>Issue separate invoices for the goods and for the services.</source>
        <translation>சரக்குகளுக்கும் சேவைகளுக்கும் தனித்தனி விலைப்பட்டியல்களை வழங்கவும்.</translation>
    </message>
    <message>
        <source>within the ±1.00 the IRP is taken to allow, but not exact</source>
        <translation>IRP அனுமதிப்பதாகக் கருதப்படும் ±1.00 வரம்புக்குள், ஆனால் துல்லியமாக இல்லை</translation>
    </message>
    <message>
        <source>%1 is %2 but the lines&apos; %3 add up to %4 (%5)</source>
        <translation>%1 %2 ஆக உள்ளது, ஆனால் வரிசைகளின் %3 கூட்டுத்தொகை %4 (%5)</translation>
    </message>
    <message>
        <source>absent (0)</source>
        <translation>இல்லை (0)</translation>
    </message>
    <message>
        <source>Set ValDtls.%1 to the sum of the lines, %2.</source>
        <translation>ValDtls.%1-ஐ வரிசைகளின் கூட்டுத்தொகையான %2 ஆக அமைக்கவும்.</translation>
    </message>
    <message>
        <source>CesVal is %1, the lines&apos; ad-valorem cess only; their non-ad-valorem cess (CesNonAdvlAmt) of %2 is missing from it</source>
        <translation>CesVal %1 ஆக உள்ளது, இது வரிசைகளின் மதிப்பு அடிப்படையிலான செஸ் மட்டுமே; அவற்றின் மதிப்பு அடிப்படையல்லாத செஸ் (CesNonAdvlAmt) %2 இதில் விடுபட்டுள்ளது</translation>
    </message>
    <message>
        <source>CesVal holds both kinds of compensation cess: set it to %1.</source>
        <translation>CesVal இரண்டு வகை இழப்பீட்டுச் செஸ்ஸையும் உள்ளடக்கும்: அதை %1 ஆக அமைக்கவும்.</translation>
    </message>
    <message>
        <source>TotInvVal is %1 but the lines&apos; TotItemVal %2 + OthChrg %3 - Discount %4 + RndOffAmt %5 is %6 (%7)</source>
        <translation>TotInvVal %1 ஆக உள்ளது, ஆனால் வரிசைகளின் TotItemVal %2 + OthChrg %3 - Discount %4 + RndOffAmt %5 = %6 (%7)</translation>
    </message>
    <message>
        <source>Set TotInvVal to %1, or put the rounding difference in RndOffAmt.</source>
        <translation>TotInvVal-ஐ %1 ஆக அமைக்கவும், அல்லது முழுமையாக்கல் வேறுபாட்டை RndOffAmt-இல் இடவும்.</translation>
    </message>
    <message>
        <source>The invoice discount ValDtls.Discount %1 is not less than the invoice value TotInvVal %2</source>
        <translation>விலைப்பட்டியல் தள்ளுபடி ValDtls.Discount %1, விலைப்பட்டியல் மதிப்பு TotInvVal %2-ஐ விடக் குறைவாக இல்லை</translation>
    </message>
    <message>
        <source>An invoice discount must be smaller than TotInvVal; give a larger discount as a credit note or reduce the line values instead.</source>
        <translation>விலைப்பட்டியல் தள்ளுபடி TotInvVal-ஐ விடக் குறைவாக இருக்க வேண்டும்; பெரிய தள்ளுபடியைக் கிரெடிட் நோட்டாக வழங்கவும், அல்லது அதற்குப் பதிலாக வரிசை மதிப்புகளைக் குறைக்கவும்.</translation>
    </message>
    <message>
        <source>RndOffAmt is %1: more than rounding the invoice value to the rupee needs</source>
        <translation>RndOffAmt %1 ஆக உள்ளது: விலைப்பட்டியல் மதிப்பை ரூபாய்க்கு முழுமையாக்கத் தேவையானதை விட அதிகம்</translation>
    </message>
    <message>
        <source>Round-off should only take TotInvVal to the nearest rupee (at most 0.99); put other adjustments in ValDtls.OthChrg or ValDtls.Discount.</source>
        <translation>முழுமையாக்கல் TotInvVal-ஐ அருகிலுள்ள ரூபாய்க்கு மட்டுமே கொண்டுசெல்ல வேண்டும் (அதிகபட்சம் 0.99); பிற சரிசெய்தல்களை ValDtls.OthChrg அல்லது ValDtls.Discount-இல் இடவும்.</translation>
    </message>
    <message>
        <source>Document %1 %2 of %3 appears again: invoice [%4] of this batch has the same number in financial year %5 (the IRP compares numbers ignoring case)</source>
        <translation>%3-இன் ஆவணம் %1 %2 மீண்டும் வருகிறது: இந்தத் தொகுப்பின் விலைப்பட்டியல் [%4]-இலும் நிதியாண்டு %5-இல் அதே எண் உள்ளது (IRP பெரிய/சிறிய எழுத்து வேறுபாடின்றி எண்களை ஒப்பிடுகிறது)</translation>
    </message>
    <message>
        <source>Give each document its own number, or remove the duplicate. The IRP registers a number only once per GSTIN, financial year and document type (2150).</source>
        <translation>ஒவ்வொரு ஆவணத்துக்கும் தனி எண் கொடுக்கவும், அல்லது நகலை நீக்கவும். ஒரு GSTIN, நிதியாண்டு, ஆவண வகைக்கு ஓர் எண்ணை IRP ஒருமுறை மட்டுமே பதிவுசெய்யும் (2150).</translation>
    </message>
</context>
<context>
    <name>irndesk::sandbox::Sandbox</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: படிக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>%1: not JSON (at byte %2: %3)</source>
        <translation>%1: JSON அல்ல (பைட் %2-இல்: %3)</translation>
    </message>
    <message>
        <source>%1: user %2 needs clientId, clientSecret, userName, password and gstin</source>
        <translation>%1: பயனர் %2-க்கு clientId, clientSecret, userName, password, gstin தேவை</translation>
    </message>
    <message>
        <source>%1: no user (an array of objects, or {&quot;users&quot;: [...]})</source>
        <translation>%1: பயனர் இல்லை (ஆப்ஜெக்ட்களின் அணி, அல்லது {&quot;users&quot;: [...]})</translation>
    </message>
    <message>
        <source>The request body is not JSON</source>
        <translation>கோரிக்கையின் உள்ளடக்கம் JSON அல்ல</translation>
    </message>
    <message>
        <source>Data cannot be null or empty</source>
        <translation>Data null ஆகவோ காலியாகவோ இருக்க முடியாது</translation>
    </message>
    <message>
        <source>Decryption failed: the Data is not encrypted with the session key</source>
        <translation>மறைகுறிநீக்கம் தோல்வியடைந்தது: Data அமர்வு விசையால் மறைகுறியாக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>The decrypted data is not JSON: %1</source>
        <translation>மறைகுறிநீக்கப்பட்ட தரவு JSON அல்ல: %1</translation>
    </message>
    <message>
        <source>Client Id is required</source>
        <translation>Client Id தேவை</translation>
    </message>
    <message>
        <source>Client Secret is required</source>
        <translation>Client Secret தேவை</translation>
    </message>
    <message>
        <source>Header GSTIN is required</source>
        <translation>Header-இல் GSTIN தேவை</translation>
    </message>
    <message>
        <source>Invalid Client-ID/Client-Secret</source>
        <translation>செல்லாத Client-ID/Client-Secret</translation>
    </message>
    <message>
        <source>Decryption failed: encrypt the payload with the sandbox&apos;s auth_public.pem</source>
        <translation>மறைகுறிநீக்கம் தோல்வியடைந்தது: சாண்ட்பாக்ஸின் auth_public.pem மூலம் பேலோடை மறைகுறியாக்கவும்</translation>
    </message>
    <message>
        <source>Invalid auth payload: base64 of a JSON object with UserName and Password</source>
        <translation>செல்லாத அங்கீகாரப் பேலோடு: UserName, Password கொண்ட JSON ஆப்ஜெக்ட்டின் base64 தேவை</translation>
    </message>
    <message>
        <source>Invalid AppKey: the base64 of 32 random bytes is expected</source>
        <translation>செல்லாத AppKey: 32 சீரற்ற பைட்டுகளின் base64 எதிர்பார்க்கப்படுகிறது</translation>
    </message>
    <message>
        <source>Invalid UserName</source>
        <translation>செல்லாத UserName</translation>
    </message>
    <message>
        <source>Incorrect Password</source>
        <translation>தவறான கடவுச்சொல்</translation>
    </message>
    <message>
        <source>Invalid Gstin for this user</source>
        <translation>இந்தப் பயனருக்குச் செல்லாத Gstin</translation>
    </message>
    <message>
        <source>User name is required</source>
        <translation>பயனர் பெயர் தேவை</translation>
    </message>
    <message>
        <source>Invalid Token</source>
        <translation>செல்லாத டோக்கன்</translation>
    </message>
    <message>
        <source>Invalid GSTIN for this token</source>
        <translation>இந்த டோக்கனுக்குச் செல்லாத GSTIN</translation>
    </message>
    <message>
        <source>Request payload is not as per the schema: one invoice object is expected</source>
        <translation>கோரிக்கைப் பேலோடு ஸ்கீமாவுக்கு ஏற்ப இல்லை: ஒரு விலைப்பட்டியல் ஆப்ஜெக்ட் எதிர்பார்க்கப்படுகிறது</translation>
    </message>
    <message>
        <source>Request payload is not as per the schema</source>
        <translation>கோரிக்கைப் பேலோடு ஸ்கீமாவுக்கு ஏற்ப இல்லை</translation>
    </message>
    <message>
        <source>The supplier GSTIN %1 is not the GSTIN of this session (%2)</source>
        <translation>வழங்குநர் GSTIN %1 இந்த அமர்வின் GSTIN (%2) அல்ல</translation>
    </message>
    <message>
        <source>Request payload is not as per the schema: GSTIN, type, number or date</source>
        <translation>கோரிக்கைப் பேலோடு ஸ்கீமாவுக்கு ஏற்ப இல்லை: GSTIN, வகை, எண் அல்லது தேதி</translation>
    </message>
    <message>
        <source>Invalid IRN: 64 hexadecimal digits are expected</source>
        <translation>செல்லாத IRN: 64 ஹெக்ஸாடெசிமல் இலக்கங்கள் எதிர்பார்க்கப்படுகின்றன</translation>
    </message>
    <message>
        <source>Requested IRN data is not available</source>
        <translation>கோரப்பட்ட IRN தரவு கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>This IRN was not generated by this GSTIN</source>
        <translation>இந்த IRN இந்த GSTIN-ஆல் உருவாக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>IRN details cannot be provided as it is generated more than 2 days prior</source>
        <translation>IRN 2 நாட்களுக்கு மேல் முன்பு உருவாக்கப்பட்டதால் அதன் விவரங்களை வழங்க முடியாது</translation>
    </message>
    <message>
        <source>doctype, docnum and docdate are required</source>
        <translation>doctype, docnum, docdate தேவை</translation>
    </message>
    <message>
        <source>docdate must be in dd/MM/yyyy format</source>
        <translation>docdate dd/MM/yyyy வடிவத்தில் இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>doctype must be INV, CRN or DBN</source>
        <translation>doctype INV, CRN அல்லது DBN ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>Irn and CnlRsn are required</source>
        <translation>Irn, CnlRsn தேவை</translation>
    </message>
    <message>
        <source>CnlRsn must be 1, 2, 3 or 4</source>
        <translation>CnlRsn 1, 2, 3 அல்லது 4 ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>CnlRem must be a text of at most 100 characters</source>
        <translation>CnlRem அதிகபட்சம் 100 எழுத்துகள் கொண்ட உரையாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>Invoice is not active</source>
        <translation>விலைப்பட்டியல் செயலில் இல்லை</translation>
    </message>
    <message>
        <source>The allowed cancellation time limit is crossed, you cannot cancel the IRN</source>
        <translation>அனுமதிக்கப்பட்ட ரத்துசெய்தல் கால வரம்பு கடந்துவிட்டது, IRN-ஐ ரத்துசெய்ய முடியாது</translation>
    </message>
    <message>
        <source>GSTIN is invalid</source>
        <translation>GSTIN செல்லாதது</translation>
    </message>
    <message>
        <source>Requested data is not available</source>
        <translation>கோரப்பட்ட தரவு கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>not a sandbox state (a JSON object)</source>
        <translation>சாண்ட்பாக்ஸ் நிலை அல்ல (ஒரு JSON ஆப்ஜெக்ட்)</translation>
    </message>
    <message>
        <source>registration %1 has no valid IRN or AckDt</source>
        <translation>பதிவு %1 இல் செல்லுபடியான IRN அல்லது AckDt இல்லை</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>%1: %2 (delete the file to make a new key)</source>
        <translation>%1: %2 (புதிய விசையை உருவாக்க கோப்பை நீக்கவும்)</translation>
    </message>
    <message>
        <source>could not make the sandbox&apos;s certificate %1</source>
        <translation>சாண்ட்பாக்ஸின் சான்றிதழ் %1 ஐ உருவாக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: கோப்புறையை உருவாக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>the sandbox needs at least one API user</source>
        <translation>சாண்ட்பாக்ஸுக்குக் குறைந்தது ஒரு API பயனர் தேவை</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>%1 முகவரியின் போர்ட் %2 இல் இணைப்புகளை ஏற்க முடியவில்லை: %3</translation>
    </message>
</context>
<context>
    <name>irndesk::store</name>
    <message>
        <source>Draft</source>
        <translation>வரைவு</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>தயார்</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>ஏற்றுமதியானது</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>சமர்ப்பிக்கப்படுகிறது</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>பதிவுசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Unknown (look up)</source>
        <translation>தெரியாதது (தேடிப் பார்க்கவும்)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>நிராகரிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not an IRN Desk store.</source>
        <translation>%1 ஒரு SQLite தரவுத்தளம், ஆனால் IRN Desk ஸ்டோர் அல்ல.</translation>
    </message>
    <message>
        <source>%1 was written by a newer IRN Desk (store version %2; this program knows versions up to %3). Update IRN Desk to open it; the file has not been changed.</source>
        <translation>%1 புதிய IRN Desk பதிப்பால் எழுதப்பட்டது (ஸ்டோர் பதிப்பு %2; இந்த நிரலுக்குப் பதிப்பு %3 வரை மட்டுமே தெரியும்). இதைத் திறக்க IRN Desk ஐப் புதுப்பிக்கவும்; கோப்பு மாற்றப்படவில்லை.</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2. Restore it from a backup (the store has not been changed).</source>
        <translation>%1 ஒருமைப்பாட்டுச் சரிபார்ப்பில் தோல்வியடைந்தது: %2. காப்புப்பிரதியிலிருந்து இதை மீட்டமைக்கவும் (ஸ்டோர் மாற்றப்படவில்லை).</translation>
    </message>
    <message>
        <source>migration %1 is missing from the program</source>
        <translation>மைக்ரேஷன் %1 நிரலில் இல்லை</translation>
    </message>
    <message>
        <source>cannot update the store %1 to version %2 (nothing was changed): %3</source>
        <translation>ஸ்டோர் %1 ஐப் பதிப்பு %2 க்குப் புதுப்பிக்க முடியவில்லை (எதுவும் மாற்றப்படவில்லை): %3</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 ஒரு கோப்புறை, ஸ்டோர் கோப்பு அல்ல.</translation>
    </message>
    <message>
        <source>%1 is not an IRN Desk store: it is not an SQLite database (or it cannot be read).</source>
        <translation>%1 ஒரு IRN Desk ஸ்டோர் அல்ல: இது SQLite தரவுத்தளம் அல்ல (அல்லது இதைப் படிக்க முடியவில்லை).</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the store</source>
        <translation>ஸ்டோருக்கான கோப்புறை %1 ஐ உருவாக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>ஸ்டோர் %1 ஐத் திறக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver did not give its connection handle</source>
        <translation>Qt SQLite இயக்கி அதன் இணைப்பு ஹேண்டிலைத் தரவில்லை</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not a readable SQLite database.</source>
        <translation>%1 சேதமடைந்துள்ளது: இது படிக்கக்கூடிய SQLite தரவுத்தளம் அல்ல.</translation>
    </message>
    <message>
        <source>cannot set up the store %1</source>
        <translation>ஸ்டோர் %1 ஐ அமைக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>cannot switch the store %1 to write-ahead logging</source>
        <translation>ஸ்டோர் %1 ஐ ரைட்-அஹெட் லாகிங் முறைக்கு மாற்ற முடியவில்லை</translation>
    </message>
    <message>
        <source>cannot copy the store before updating it (nothing was changed): %1</source>
        <translation>புதுப்பிக்கும் முன் ஸ்டோரை நகலெடுக்க முடியவில்லை (எதுவும் மாற்றப்படவில்லை): %1</translation>
    </message>
    <message>
        <source>a workspace needs the seller&apos;s GSTIN</source>
        <translation>பணியிடத்துக்கு விற்பனையாளரின் GSTIN தேவை</translation>
    </message>
    <message>
        <source>the workspace of %1 needs the seller&apos;s legal name</source>
        <translation>%1 இன் பணியிடத்துக்கு விற்பனையாளரின் சட்டப்பூர்வ பெயர் தேவை</translation>
    </message>
    <message>
        <source>there is already a workspace for %1</source>
        <translation>%1 க்கு ஏற்கெனவே ஒரு பணியிடம் உள்ளது</translation>
    </message>
    <message>
        <source>cannot change the workspace of %1</source>
        <translation>%1 இன் பணியிடத்தை மாற்ற முடியவில்லை</translation>
    </message>
    <message>
        <source>there is no workspace #%1</source>
        <translation>பணியிடம் #%1 இல்லை</translation>
    </message>
    <message>
        <source>a party needs a legal name</source>
        <translation>தரப்பினருக்குச் சட்டப்பூர்வ பெயர் தேவை</translation>
    </message>
    <message>
        <source>cannot save the party %1</source>
        <translation>தரப்பினர் %1 ஐச் சேமிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>there is no party #%1</source>
        <translation>தரப்பினர் #%1 இல்லை</translation>
    </message>
    <message>
        <source>cannot delete the party #%1</source>
        <translation>தரப்பினர் #%1 ஐ நீக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>a product needs a description and an HSN code</source>
        <translation>தயாரிப்புக்கு விவரமும் HSN குறியீடும் தேவை</translation>
    </message>
    <message>
        <source>cannot save the product %1</source>
        <translation>தயாரிப்பு %1 ஐச் சேமிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>there is no product #%1</source>
        <translation>தயாரிப்பு #%1 இல்லை</translation>
    </message>
    <message>
        <source>cannot delete the product #%1</source>
        <translation>தயாரிப்பு #%1 ஐ நீக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>the number pattern &apos;%1&apos; has no {n} for the counter</source>
        <translation>எண் வடிவம் &apos;%1&apos; இல் கவுண்டருக்கான {n} இல்லை</translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; gives %2, longer than the 16 characters a document number may have</source>
        <translation>வடிவம் &apos;%1&apos; தரும் %2, ஆவண எண்ணுக்கு அனுமதிக்கப்பட்ட 16 எழுத்துகளை விட நீளமானது</translation>
    </message>
    <message>
        <source>cannot save the number series %1 %2</source>
        <translation>எண் தொடர் %1 %2 ஐச் சேமிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>the next number %1 is longer than the 16 characters a document number may have</source>
        <translation>அடுத்த எண் %1, ஆவண எண்ணுக்கு அனுமதிக்கப்பட்ட 16 எழுத்துகளை விட நீளமானது</translation>
    </message>
    <message>
        <source>cannot record the number %1</source>
        <translation>எண் %1 ஐப் பதிவுசெய்ய முடியவில்லை</translation>
    </message>
    <message>
        <source>the backup cannot replace the store itself (%1)</source>
        <translation>காப்புப்பிரதி ஸ்டோர் கோப்பின் மேலேயே எழுத முடியாது (%1)</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>%1 இன் கோப்புறையை உருவாக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>காப்புப்பிரதி %1 ஐ எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation>காப்புப்பிரதி %1 ஐ எழுத முடியவில்லை</translation>
    </message>
    <message>
        <source>%1 is not an IRN Desk backup: it is not an SQLite database.</source>
        <translation>%1 ஒரு IRN Desk காப்புப்பிரதி அல்ல: இது SQLite தரவுத்தளம் அல்ல.</translation>
    </message>
    <message>
        <source>cannot open the backup %1</source>
        <translation>காப்புப்பிரதி %1 ஐத் திறக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>%1 is an empty database, not an IRN Desk backup.</source>
        <translation>%1 ஒரு வெற்றுத் தரவுத்தளம், IRN Desk காப்புப்பிரதி அல்ல.</translation>
    </message>
    <message>
        <source>cannot restore the store from %1 (error %2); the store was kept as it was, and a copy is in %3</source>
        <translation>%1 இலிருந்து ஸ்டோரை மீட்டமைக்க முடியவில்லை (பிழை %2); ஸ்டோர் முன்பு இருந்தபடியே வைக்கப்பட்டது, அதன் நகல் %3 இல் உள்ளது</translation>
    </message>
    <message>
        <source>an invoice needs its document type (DocDtls.Typ) and number (DocDtls.No) to be stored</source>
        <translation>விலைப்பட்டியலைச் சேமிக்க அதன் ஆவண வகை (DocDtls.Typ) மற்றும் எண் (DocDtls.No) தேவை</translation>
    </message>
    <message>
        <source>cannot read invoice #%1</source>
        <translation>விலைப்பட்டியல் #%1 ஐப் படிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>there is no invoice #%1 in the store</source>
        <translation>ஸ்டோரில் விலைப்பட்டியல் #%1 இல்லை</translation>
    </message>
    <message>
        <source>%1 %2 is %3: a registered or cancelled invoice cannot be changed</source>
        <translation>%1 %2 %3 நிலையில் உள்ளது: பதிவுசெய்யப்பட்ட அல்லது ரத்துசெய்யப்பட்ட விலைப்பட்டியலை மாற்ற முடியாது</translation>
    </message>
    <message>
        <source>%1 %2 is %3 and cannot become %4</source>
        <translation>%1 %2 %3 நிலையில் உள்ளது, %4 ஆக மாற முடியாது</translation>
    </message>
    <message>
        <source>cannot change the status of invoice #%1</source>
        <translation>விலைப்பட்டியல் #%1 இன் நிலையை மாற்ற முடியவில்லை</translation>
    </message>
    <message>
        <source>cannot write the audit log</source>
        <translation>தணிக்கைப் பதிவை எழுத முடியவில்லை</translation>
    </message>
    <message>
        <source>the number %1 is already used for this seller in financial year %2: a document number can be used once per seller, year and type</source>
        <translation>எண் %1 இந்த விற்பனையாளருக்கு நிதியாண்டு %2 இல் ஏற்கெனவே பயன்படுத்தப்பட்டுள்ளது: ஒரு ஆவண எண்ணை ஒரு விற்பனையாளர், ஆண்டு, வகைக்கு ஒருமுறை மட்டுமே பயன்படுத்தலாம்</translation>
    </message>
    <message>
        <source>cannot store the invoice %1</source>
        <translation>விலைப்பட்டியல் %1 ஐச் சேமிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>the number %1 is already used in this workspace (financial year %2)</source>
        <translation>எண் %1 இந்தப் பணியிடத்தில் ஏற்கெனவே பயன்படுத்தப்பட்டுள்ளது (நிதியாண்டு %2)</translation>
    </message>
    <message>
        <source>cannot store the validation of invoice #%1</source>
        <translation>விலைப்பட்டியல் #%1 இன் சரிபார்ப்பு முடிவைச் சேமிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>cannot mark the invoices exported</source>
        <translation>விலைப்பட்டியல்களை ஏற்றுமதியானவையாகக் குறிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>a registration needs the IRN and the acknowledgement number</source>
        <translation>பதிவுக்கு IRN மற்றும் ஒப்புகை எண் தேவை</translation>
    </message>
    <message>
        <source>cannot record the registration of invoice #%1</source>
        <translation>விலைப்பட்டியல் #%1 பதிவுசெய்யப்பட்டதைச் சேமிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>cannot record the rejection of invoice #%1</source>
        <translation>விலைப்பட்டியல் #%1 நிராகரிக்கப்பட்டதைச் சேமிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>the cancel reason must be 1, 2, 3 or 4, not %1</source>
        <translation>ரத்துசெய்வதற்கான காரணம் 1, 2, 3 அல்லது 4 ஆக இருக்க வேண்டும், %1 அல்ல</translation>
    </message>
    <message>
        <source>cannot record the cancellation of invoice #%1</source>
        <translation>விலைப்பட்டியல் #%1 ரத்துசெய்யப்பட்டதைச் சேமிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>cannot record the e-way bill of invoice #%1</source>
        <translation>விலைப்பட்டியல் #%1 இன் இ-வே பில்லைச் சேமிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>%1 %2 is %3: an invoice that was sent to the IRP cannot be deleted</source>
        <translation>%1 %2 %3 நிலையில் உள்ளது: IRP க்கு அனுப்பப்பட்ட விலைப்பட்டியலை நீக்க முடியாது</translation>
    </message>
    <message>
        <source>cannot delete invoice #%1</source>
        <translation>விலைப்பட்டியல் #%1 ஐ நீக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>the stored content of invoice #%1 cannot be read back: %2</source>
        <translation>விலைப்பட்டியல் #%1 இன் சேமிக்கப்பட்ட உள்ளடக்கத்தைத் திரும்பப் படிக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>cannot read the store %1</source>
        <translation>ஸ்டோர் %1 ஐப் படிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>The store %1 is busy: another IRN Desk program is writing to it. Try again when it has finished.</source>
        <translation>ஸ்டோர் %1 பயன்பாட்டில் உள்ளது: வேறொரு IRN Desk நிரல் அதில் எழுதுகிறது. அது முடிந்ததும் மீண்டும் முயலவும்.</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>பரிவர்த்தனையைத் தொடங்க முடியவில்லை</translation>
    </message>
    <message>
        <source>cannot save the changes</source>
        <translation>மாற்றங்களைச் சேமிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>cannot journal the request for invoice #%1</source>
        <translation>விலைப்பட்டியல் #%1 க்கான கோரிக்கையைப் பதிவேட்டில் பதிய முடியவில்லை</translation>
    </message>
    <message>
        <source>cannot close journal entry #%1</source>
        <translation>பதிவேட்டு உள்ளீடு #%1 ஐ மூட முடியவில்லை</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::AppContext</name>
    <message>
        <source>choose a workspace first</source>
        <translation>முதலில் ஒரு பணியிடத்தைத் தேர்ந்தெடுக்கவும்</translation>
    </message>
    <message>
        <source>there is no IRP profile &apos;%1&apos;</source>
        <translation>IRP சுயவிவரம் &apos;%1&apos; இல்லை</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::BulkProgressDialog</name>
    <message>
        <source>Working…</source>
        <translation>செயல்படுகிறது…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>முன்னேற்றம்</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>நிறுத்து</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>நிறுத்தப்படுகிறது…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::DemoWorkspace</name>
    <message>
        <source>the sample invoices are missing from the program</source>
        <translation>மாதிரி விலைப்பட்டியல்கள் நிரலில் இல்லை</translation>
    </message>
    <message>
        <source>the sample invoices of the program cannot be read</source>
        <translation>நிரலின் மாதிரி விலைப்பட்டியல்களைப் படிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>the store has all the demo workspaces it can hold</source>
        <translation>ஸ்டோரில் வைக்கக்கூடிய அனைத்து டெமோ பணியிடங்களும் ஏற்கெனவே உள்ளன</translation>
    </message>
    <message>
        <source>no temporary folder for the sample invoices</source>
        <translation>மாதிரி விலைப்பட்டியல்களுக்குத் தற்காலிகக் கோப்புறை இல்லை</translation>
    </message>
    <message>
        <source>cannot write the sample invoices to %1</source>
        <translation>மாதிரி விலைப்பட்டியல்களை %1 இல் எழுத முடியவில்லை</translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>எந்த ஸ்டோரும் திறக்கப்படவில்லை</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ErrorGuideDialog</name>
    <message>
        <source>IRP error codes</source>
        <translation>IRP பிழைக் குறியீடுகள்</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>தேடு(&amp;F):</translation>
    </message>
    <message>
        <source>Code or words, e.g. 2189 or PIN</source>
        <translation>குறியீடு அல்லது சொற்கள், எ.கா. 2189 அல்லது PIN</translation>
    </message>
    <message>
        <source>Find an error code</source>
        <translation>பிழைக் குறியீட்டைத் தேடு</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>குறியீடு</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>தலைப்பு</translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation>%1 (இனி பயன்பாட்டில் இல்லை)</translation>
    </message>
    <message>
        <source>Error codes</source>
        <translation>பிழைக் குறியீடுகள்</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>விளக்கம்</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>“%1” உடன் பொருந்தும் குறியீடு இல்லை.</translation>
    </message>
    <message>
        <source>Try the number of the code only, or one word from the error message.</source>
        <translation>குறியீட்டு எண்ணை மட்டும், அல்லது பிழைச் செய்தியிலிருந்து ஒரு சொல்லை முயலவும்.</translation>
    </message>
    <message>
        <source>Pick a code to see what it means.</source>
        <translation>அதன் பொருளைப் பார்க்க ஒரு குறியீட்டைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No longer used: the IRP still lists this code but no longer applies its rule.</source>
        <translation>இனி பயன்பாட்டில் இல்லை: IRP இந்தக் குறியீட்டை இன்னும் பட்டியலிடுகிறது, ஆனால் அதன் விதியை இனி பயன்படுத்துவதில்லை.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>இதன் பொருள்</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>சரிசெய்வது எப்படி</translation>
    </message>
    <message>
        <source>Does retrying help?</source>
        <translation>மீண்டும் முயல்வது உதவுமா?</translation>
    </message>
    <message>
        <source>Yes: sending the same request again, unchanged, can succeed.</source>
        <translation>ஆம்: அதே கோரிக்கையை மாற்றாமல் மீண்டும் அனுப்பினால் வெற்றிபெறலாம்.</translation>
    </message>
    <message>
        <source>No: the same request fails again until the cause is fixed.</source>
        <translation>இல்லை: காரணம் சரிசெய்யப்படும் வரை அதே கோரிக்கை மீண்டும் தோல்வியடையும்.</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::FirstStartWizard</name>
    <message>
        <source>Welcome to IRN Desk</source>
        <translation>IRN Desk-க்கு வரவேற்கிறோம்</translation>
    </message>
    <message>
        <source>IRN Desk checks your GST e-invoices as the IRP does, before you report them, and keeps them with their IRNs and QR codes.
This short setup asks for your GSTIN, your turnover band and, if you have it, your IRP access.</source>
        <translation>IRN Desk உங்கள் GST மின்-விலைப்பட்டியல்களை, நீங்கள் புகாரளிக்கும் முன், IRP சரிபார்ப்பது போலவே சரிபார்த்து, அவற்றின் IRN மற்றும் QR குறியீடுகளுடன் சேமித்து வைக்கிறது.
இந்தச் சிறிய அமைவு உங்கள் GSTIN, உங்கள் விற்றுமுதல் வரம்பு மற்றும், இருந்தால், உங்கள் IRP அணுகல் ஆகியவற்றைக் கேட்கிறது.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>மொழி(&amp;L):</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>உங்கள் வணிகம்</translation>
    </message>
    <message>
        <source>The seller on your invoices. The GSTIN fills the state.</source>
        <translation>உங்கள் விலைப்பட்டியல்களில் உள்ள விற்பனையாளர். GSTIN மூலம் மாநிலம் தானாக நிரப்பப்படும்.</translation>
    </message>
    <message>
        <source>&amp;GSTIN:</source>
        <translation>GSTIN(&amp;G):</translation>
    </message>
    <message>
        <source>GSTIN check</source>
        <translation>GSTIN சரிபார்ப்பு</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>மாநிலம்(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;AN:</source>
        <translation>PAN(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>சட்டப்பூர்வ பெயர்(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Trade name:</source>
        <translation>வர்த்தகப் பெயர்(&amp;T):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>முகவரி(&amp;D):</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>இடம்(&amp;C):</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>PIN(&amp;I):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>சிக்கல்</translation>
    </message>
    <message>
        <source>15 characters, as on your registration certificate</source>
        <translation>15 எழுத்துகள், உங்கள் பதிவுச் சான்றிதழில் உள்ளபடி</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be in a GSTIN: only letters and digits</source>
        <translation>&apos;%1&apos; GSTIN இல் இருக்க முடியாது: எழுத்துகளும் இலக்கங்களும் மட்டுமே</translation>
    </message>
    <message>
        <source>A GSTIN starts with the 2 digits of the state code</source>
        <translation>GSTIN மாநிலக் குறியீட்டின் 2 இலக்கங்களுடன் தொடங்கும்</translation>
    </message>
    <message>
        <source>%1 is not a state code</source>
        <translation>%1 ஒரு மாநிலக் குறியீடு அல்ல</translation>
    </message>
    <message>
        <source>%1 of 15 characters</source>
        <translation>15 இல் %1 எழுத்துகள்</translation>
    </message>
    <message>
        <source>Not a GSTIN: state code, PAN, entity number, Z and a check character</source>
        <translation>GSTIN அல்ல: மாநிலக் குறியீடு, PAN, அமைப்பு எண், Z மற்றும் சரிபார்ப்பு எழுத்து இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>Wrong check character: the 15th should be %1, not %2 (a mistyped character?)</source>
        <translation>தவறான சரிபார்ப்பு எழுத்து: 15வது எழுத்து %2 அல்ல, %1 ஆக இருக்க வேண்டும் (தவறாகத் தட்டச்சு செய்யப்பட்ட எழுத்தா?)</translation>
    </message>
    <message>
        <source>Valid GSTIN</source>
        <translation>செல்லுபடியான GSTIN</translation>
    </message>
    <message>
        <source>%1 (allowed in sandbox mode)</source>
        <translation>%1 (சாண்ட்பாக்ஸ் பயன்முறையில் அனுமதிக்கப்படும்)</translation>
    </message>
    <message>
        <source>the name of PAN %1, as registered</source>
        <translation>PAN %1 இன் பதிவுசெய்யப்பட்ட பெயர்</translation>
    </message>
    <message>
        <source>PIN: 6 digits, not starting with 0</source>
        <translation>PIN: 6 இலக்கங்கள், 0 இல் தொடங்கக்கூடாது</translation>
    </message>
    <message>
        <source>PIN %1 is not in %2</source>
        <translation>PIN %1, %2 இல் இல்லை</translation>
    </message>
    <message>
        <source>PIN %1 is in %2, not in %3</source>
        <translation>PIN %1, %3 இல் அல்ல, %2 இல் உள்ளது</translation>
    </message>
    <message>
        <source>an individual</source>
        <translation>தனிநபர்</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>கம்பெனி</translation>
    </message>
    <message>
        <source>a Hindu undivided family</source>
        <translation>இந்து பிரிக்கப்படாத குடும்பம்</translation>
    </message>
    <message>
        <source>a firm or LLP</source>
        <translation>கூட்டாண்மை நிறுவனம் அல்லது LLP</translation>
    </message>
    <message>
        <source>an association of persons</source>
        <translation>நபர்களின் சங்கம்</translation>
    </message>
    <message>
        <source>a trust</source>
        <translation>அறக்கட்டளை</translation>
    </message>
    <message>
        <source>a government body or local authority</source>
        <translation>அரசு அமைப்பு அல்லது உள்ளாட்சி அமைப்பு</translation>
    </message>
    <message>
        <source>another kind of holder</source>
        <translation>வேறு வகை வைத்திருப்பவர்</translation>
    </message>
    <message>
        <source>E-invoicing is not mandatory for you. IRN Desk still helps you make valid invoice JSON, for your buyers or for the day it applies.</source>
        <translation>மின்-விலைப்பட்டியல் உங்களுக்குக் கட்டாயமில்லை. இருப்பினும், உங்கள் வாங்குபவர்களுக்காகவோ அது பொருந்தும் நாளுக்காகவோ, செல்லுபடியான விலைப்பட்டியல் JSON ஐ உருவாக்க IRN Desk உதவுகிறது.</translation>
    </message>
    <message>
        <source>E-invoicing applies: report every B2B invoice, credit and debit note to an IRP. The 30-day reporting limit does not apply to you.</source>
        <translation>மின்-விலைப்பட்டியல் பொருந்தும்: ஒவ்வொரு B2B விலைப்பட்டியல், கிரெடிட் நோட் மற்றும் டெபிட் நோட்டையும் IRP க்குப் புகாரளிக்கவும். 30 நாள் புகாரளிப்பு வரம்பு உங்களுக்குப் பொருந்தாது.</translation>
    </message>
    <message>
        <source>E-invoicing applies, and the IRP refuses a document more than 30 days after its date. IRN Desk warns you from the 25th day.</source>
        <translation>மின்-விலைப்பட்டியல் பொருந்தும்; ஆவணத்தின் தேதியிலிருந்து 30 நாட்களுக்குப் பிறகு IRP அதை ஏற்காது. 25வது நாளிலிருந்து IRN Desk உங்களை எச்சரிக்கும்.</translation>
    </message>
    <message>
        <source>Choose the band of your aggregate turnover.</source>
        <translation>உங்கள் மொத்த விற்றுமுதல் வரம்பைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>விற்றுமுதல்</translation>
    </message>
    <message>
        <source>Aggregate annual turnover (AATO) of your PAN, in the highest financial year since 2017-18.</source>
        <translation>2017-18 முதல் அதிகபட்ச விற்றுமுதல் உள்ள நிதியாண்டில், உங்கள் PAN இன் மொத்த ஆண்டு விற்றுமுதல் (AATO).</translation>
    </message>
    <message>
        <source>Up to ₹&amp;5 crore</source>
        <translation>₹5 கோடி வரை(&amp;5)</translation>
    </message>
    <message>
        <source>Above ₹5 crore, below ₹&amp;10 crore</source>
        <translation>₹5 கோடிக்கு மேல், ₹10 கோடிக்குக் கீழ்(&amp;1)</translation>
    </message>
    <message>
        <source>₹10 crore or &amp;more</source>
        <translation>₹10 கோடி அல்லது அதற்கு மேல்(&amp;M)</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>இதன் பொருள்</translation>
    </message>
    <message>
        <source>IRP access (optional)</source>
        <translation>IRP அணுகல் (விருப்பத்தேர்வு)</translation>
    </message>
    <message>
        <source>To report invoices from IRN Desk you need API access to an IRP (client id, secret, user and password). Without it you can still check invoices and export JSON for the portal.</source>
        <translation>IRN Desk இலிருந்து விலைப்பட்டியல்களைப் புகாரளிக்க, ஒரு IRP இன் API அணுகல் (கிளையன்ட் ஐடி, ரகசியம், பயனர், கடவுச்சொல்) தேவை. அது இல்லாமலும் விலைப்பட்டியல்களைச் சரிபார்க்கலாம், போர்டலுக்கான JSON ஐ ஏற்றுமதி செய்யலாம்.</translation>
    </message>
    <message>
        <source>&amp;Add an IRP profile…</source>
        <translation>IRP சுயவிவரத்தைச் சேர்(&amp;A)…</translation>
    </message>
    <message>
        <source>IRP profiles</source>
        <translation>IRP சுயவிவரங்கள்</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>சேர்க்கப்பட்டது: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>தயார்</translation>
    </message>
    <message>
        <source>Add a &amp;demo workspace with sample invoices</source>
        <translation>மாதிரி விலைப்பட்டியல்களுடன் டெமோ பணியிடத்தைச் சேர்(&amp;D)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>சுருக்கம்</translation>
    </message>
    <message>
        <source>GSTIN: %1
Seller: %2
State: %3
Turnover: %4
IRP profile: %5</source>
        <translation>GSTIN: %1
விற்பனையாளர்: %2
மாநிலம்: %3
விற்றுமுதல்: %4
IRP சுயவிவரம்: %5</translation>
    </message>
    <message>
        <source>later</source>
        <translation>பின்னர்</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>எந்த ஸ்டோரும் திறக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>The demo workspace could not be added: %1</source>
        <translation>டெமோ பணியிடத்தைச் சேர்க்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>IRN Desk — guided setup</source>
        <translation>IRN Desk — வழிகாட்டப்பட்ட அமைவு</translation>
    </message>
    <message>
        <source>Five short steps; you can change everything later.</source>
        <translation>ஐந்து சிறிய படிகள்; எதையும் பின்னர் மாற்றலாம்.</translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation>%1: கட்டாயம்</translation>
    </message>
    <message>
        <source>Optional: press Next to set it up later in Settings.</source>
        <translation>விருப்பத்தேர்வு: பின்னர் அமைப்புகளில் அமைக்க &quot;அடுத்து&quot; என்பதை அழுத்தவும்.</translation>
    </message>
    <message>
        <source>Check what you entered, then press Finish.</source>
        <translation>நீங்கள் உள்ளிட்டதைச் சரிபார்த்து, பின்னர் &quot;முடி&quot; என்பதை அழுத்தவும்.</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ImportReportDialog</name>
    <message>
        <source>Imported</source>
        <translation>இறக்குமதியானது</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>புதுப்பிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>நகல்</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>முரண்பாடு</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>இறக்குமதி அறிக்கை</translation>
    </message>
    <message>
        <source>File</source>
        <translation>கோப்பு</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>வரிசை</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ஆவணம்</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>முடிவு</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>குறியீடுகள்</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>செய்திகள்</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>CSV ஆக சேமி(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>அறிக்கையை CSV ஆக சேமி</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 இல் எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>இறக்குமதி அறிக்கையைச் சேமி</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV கோப்புகள் (*.csv)</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoiceEditor</name>
    <message>
        <source>Edit</source>
        <translation>திருத்து</translation>
    </message>
    <message>
        <source>The invoice could not be opened: %1</source>
        <translation>விலைப்பட்டியலைத் திறக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>சரிபார்</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>புதிய வரிசை</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>வரிசையை நீக்கு</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>செயல்தவிர்</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>மீண்டும் செய்</translation>
    </message>
    <message>
        <source>Unsaved changes of %1 from %2 were kept when the program stopped.</source>
        <translation>நிரல் நின்றபோது %1 இன் சேமிக்கப்படாத மாற்றங்கள் (%2 முதல்) பாதுகாக்கப்பட்டன.</translation>
    </message>
    <message>
        <source>a new invoice</source>
        <translation>ஒரு புதிய விலைப்பட்டியல்</translation>
    </message>
    <message>
        <source>free</source>
        <translation>கிடைக்கிறது</translation>
    </message>
    <message>
        <source>this invoice</source>
        <translation>இந்த விலைப்பட்டியல்</translation>
    </message>
    <message>
        <source>already used</source>
        <translation>ஏற்கெனவே பயன்படுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>already sent</source>
        <translation>ஏற்கெனவே அனுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>ஏற்கெனவே பதிவுசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>cancelled: never again</source>
        <translation>ரத்துசெய்யப்பட்டது: மீண்டும் பயன்படுத்த முடியாது</translation>
    </message>
    <message>
        <source>registered elsewhere</source>
        <translation>வேறிடத்தில் பதிவுசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>new</source>
        <translation>புதியது</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is not edited here</source>
        <translation>%1 இங்கே திருத்தப்படுவதில்லை</translation>
    </message>
    <message numerus="yes">
        <source>%n fixes applied</source>
        <translation>
            <numerusform>%n திருத்தங்கள் செய்யப்பட்டன</numerusform>
            <numerusform>%n திருத்தங்கள் செய்யப்பட்டன</numerusform>
        </translation>
    </message>
    <message>
        <source>Buyer filled from the parties</source>
        <translation>தரப்பினர் பட்டியலிலிருந்து வாங்குபவர் விவரம் நிரப்பப்பட்டது</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s GSTIN first</source>
        <translation>முதலில் வாங்குபவரின் GSTIN ஐ உள்ளிடவும்</translation>
    </message>
    <message>
        <source>Asking the IRP about %1…</source>
        <translation>%1 பற்றி IRP இடம் கேட்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>The IRP gave no details for %1: %2</source>
        <translation>%1 க்கான விவரங்களை IRP தரவில்லை: %2</translation>
    </message>
    <message>
        <source>Buyer filled from the IRP&apos;s details of %1</source>
        <translation>%1 பற்றிய IRP விவரங்களிலிருந்து வாங்குபவர் விவரம் நிரப்பப்பட்டது</translation>
    </message>
    <message>
        <source>Buyer filled from the IRP; its GSTIN %1 has status %2, not active</source>
        <translation>IRP இலிருந்து வாங்குபவர் விவரம் நிரப்பப்பட்டது; அதன் GSTIN %1 இன் நிலை %2, செயலில் இல்லை</translation>
    </message>
    <message>
        <source>A party needs at least a legal name</source>
        <translation>தரப்பினருக்குக் குறைந்தது சட்டப்பூர்வ பெயர் தேவை</translation>
    </message>
    <message>
        <source>Save to parties</source>
        <translation>தரப்பினர் பட்டியலில் சேமி</translation>
    </message>
    <message>
        <source>%1 saved to the parties</source>
        <translation>%1 தரப்பினர் பட்டியலில் சேமிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Choose a registered invoice…</source>
        <translation>பதிவுசெய்யப்பட்ட விலைப்பட்டியலைத் தேர்ந்தெடு…</translation>
    </message>
    <message>
        <source>No store or workspace is open</source>
        <translation>ஸ்டோர் அல்லது பணியிடம் எதுவும் திறக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>சேமிக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>The invoice was not saved: %1</source>
        <translation>விலைப்பட்டியல் சேமிக்கப்படவில்லை: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved as a draft: %n errors</source>
        <translation>
            <numerusform>வரைவாகச் சேமிக்கப்பட்டது: %n பிழைகள்</numerusform>
            <numerusform>வரைவாகச் சேமிக்கப்பட்டது: %n பிழைகள்</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: ready</source>
        <translation>சேமிக்கப்பட்டது: தயார்</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>சேமிக்கப்படாத மாற்றங்கள்</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 இல் சேமிக்கப்படாத மாற்றங்கள் உள்ளன.</translation>
    </message>
    <message>
        <source>The invoice</source>
        <translation>விலைப்பட்டியல்</translation>
    </message>
    <message>
        <source>Save them? A draft with errors can be saved too.</source>
        <translation>அவற்றைச் சேமிக்கவா? பிழைகளுள்ள வரைவையும் சேமிக்கலாம்.</translation>
    </message>
    <message>
        <source>Invoice form</source>
        <translation>விலைப்பட்டியல் படிவம்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>சரிபார்(&amp;V)</translation>
    </message>
    <message>
        <source>Validate now (Ctrl+Enter, F5)</source>
        <translation>இப்போது சரிபார் (Ctrl+Enter, F5)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>சேமி(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>சேமி (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>மீட்டெடு</translation>
    </message>
    <message>
        <source>Recover the unsaved changes</source>
        <translation>சேமிக்கப்படாத மாற்றங்களை மீட்டெடு</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>கைவிடு</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>சேமிக்கப்படாத மாற்றங்களைக் கைவிடு</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ஆவணம்</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>வகை(&amp;T)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>எண்</translation>
    </message>
    <message>
        <source>Number status</source>
        <translation>எண் நிலை</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>எண்(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>தேதி(&amp;D)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Su&amp;pply type</source>
        <translation>வழங்கல் வகை(&amp;P)</translation>
    </message>
    <message>
        <source>Business to business</source>
        <translation>வணிகத்திலிருந்து வணிகத்துக்கு</translation>
    </message>
    <message>
        <source>SEZ with payment of tax</source>
        <translation>வரி செலுத்துதலுடன் SEZ</translation>
    </message>
    <message>
        <source>SEZ without payment of tax</source>
        <translation>வரி செலுத்துதல் இன்றி SEZ</translation>
    </message>
    <message>
        <source>Export with payment of tax</source>
        <translation>வரி செலுத்துதலுடன் ஏற்றுமதி</translation>
    </message>
    <message>
        <source>Export without payment of tax</source>
        <translation>வரி செலுத்துதல் இன்றி ஏற்றுமதி</translation>
    </message>
    <message>
        <source>Deemed export</source>
        <translation>கருதப்படும் ஏற்றுமதி</translation>
    </message>
    <message>
        <source>&amp;Reverse charge</source>
        <translation>ரிவர்ஸ் சார்ஜ்(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;IGST on intra-state supply</source>
        <translation>மாநிலத்துக்குள் வழங்கலில் IGST(&amp;I)</translation>
    </message>
    <message>
        <source>E-commerce GSTIN</source>
        <translation>இ-காமர்ஸ் GSTIN</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>விற்பனையாளர்</translation>
    </message>
    <message>
        <source>The seller is the workspace&apos;s profile</source>
        <translation>விற்பனையாளர் என்பது பணியிடத்தின் சுயவிவரம்</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>வாங்குபவர்</translation>
    </message>
    <message>
        <source>&amp;GSTIN</source>
        <translation>GSTIN(&amp;G)</translation>
    </message>
    <message>
        <source>15 characters, or URP</source>
        <translation>15 எழுத்துகள், அல்லது URP</translation>
    </message>
    <message>
        <source>Legal na&amp;me</source>
        <translation>சட்டப்பூர்வ பெயர்(&amp;M)</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>வர்த்தகப் பெயர்</translation>
    </message>
    <message>
        <source>Address &amp;1</source>
        <translation>முகவரி 1(&amp;1)</translation>
    </message>
    <message>
        <source>Address &amp;2</source>
        <translation>முகவரி 2(&amp;2)</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>இடம்(&amp;O)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN குறியீடு</translation>
    </message>
    <message>
        <source>State &amp;code</source>
        <translation>மாநிலக் குறியீடு(&amp;C)</translation>
    </message>
    <message>
        <source>Place of suppl&amp;y</source>
        <translation>வழங்கல் இடம்(&amp;Y)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Save &amp;buyer to parties</source>
        <translation>வாங்குபவரைத் தரப்பினர் பட்டியலில் சேமி(&amp;B)</translation>
    </message>
    <message>
        <source>Fetch details from the IRP</source>
        <translation>IRP இலிருந்து விவரங்களைப் பெறு</translation>
    </message>
    <message>
        <source>Fetch the buyer&apos;s details from the IRP by GSTIN</source>
        <translation>GSTIN மூலம் வாங்குபவரின் விவரங்களை IRP இலிருந்து பெறு</translation>
    </message>
    <message>
        <source>Dispatch from</source>
        <translation>அனுப்பும் இடம்</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>முகவரி 1</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>முகவரி 2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>இடம்</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>மாநிலக் குறியீடு</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>அனுப்ப வேண்டிய இடம்</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>சட்டப்பூர்வ பெயர்</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>கட்டணம்</translation>
    </message>
    <message>
        <source>Payee name</source>
        <translation>பணம் பெறுபவர் பெயர்</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>கணக்கு</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>முறை</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>நிபந்தனைகள்</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>அறிவுறுத்தல்</translation>
    </message>
    <message>
        <source>Credit transfer</source>
        <translation>கிரெடிட் டிரான்ஸ்ஃபர்</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>டைரக்ட் டெபிட்</translation>
    </message>
    <message>
        <source>Credit days</source>
        <translation>கிரெடிட் நாட்கள்</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>செலுத்தப்பட்ட தொகை</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>நிலுவைத் தொகை</translation>
    </message>
    <message>
        <source>References</source>
        <translation>குறிப்புகள்</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>கருத்துகள்</translation>
    </message>
    <message>
        <source>Registered invoice</source>
        <translation>பதிவுசெய்யப்பட்ட விலைப்பட்டியல்</translation>
    </message>
    <message>
        <source>Pic&amp;k registered invoice</source>
        <translation>பதிவுசெய்யப்பட்ட விலைப்பட்டியலைத் தேர்ந்தெடு(&amp;K)</translation>
    </message>
    <message>
        <source>Preceding number</source>
        <translation>முந்தைய எண்</translation>
    </message>
    <message>
        <source>Preceding date</source>
        <translation>முந்தைய தேதி</translation>
    </message>
    <message>
        <source>Other reference</source>
        <translation>பிற குறிப்பு</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>காலம் தொடக்கம்</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>காலம் முடிவு</translation>
    </message>
    <message>
        <source>Receipt advice</source>
        <translation>பெறுதல் அறிவிப்பு</translation>
    </message>
    <message>
        <source>Receipt advice date</source>
        <translation>பெறுதல் அறிவிப்புத் தேதி</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>ஒப்பந்தப்புள்ளி</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>ஒப்பந்தம்</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>வெளிக் குறிப்பு</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>திட்டம்</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>கொள்முதல் ஆணை</translation>
    </message>
    <message>
        <source>Purchase order date</source>
        <translation>கொள்முதல் ஆணைத் தேதி</translation>
    </message>
    <message>
        <source>Document URL</source>
        <translation>ஆவண URL</translation>
    </message>
    <message>
        <source>Document note</source>
        <translation>ஆவணக் குறிப்பு</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ஏற்றுமதி</translation>
    </message>
    <message>
        <source>Shipping bill</source>
        <translation>ஷிப்பிங் பில்</translation>
    </message>
    <message>
        <source>Shipping bill date</source>
        <translation>ஷிப்பிங் பில் தேதி</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>துறைமுகம்</translation>
    </message>
    <message>
        <source>Refund claim (Y/N)</source>
        <translation>ரீஃபண்ட் கோரிக்கை (Y/N)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>நாணயம்</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>நாடு</translation>
    </message>
    <message>
        <source>Export duty</source>
        <translation>ஏற்றுமதி வரி</translation>
    </message>
    <message>
        <source>Total in foreign currency</source>
        <translation>வெளிநாட்டு நாணயத்தில் மொத்தம்</translation>
    </message>
    <message>
        <source>E-way bill</source>
        <translation>இ-வே பில்</translation>
    </message>
    <message>
        <source>Transporter GSTIN</source>
        <translation>போக்குவரத்தாளர் GSTIN</translation>
    </message>
    <message>
        <source>Transporter</source>
        <translation>போக்குவரத்தாளர்</translation>
    </message>
    <message>
        <source>Mode (1-4)</source>
        <translation>முறை (1-4)</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>தூரம் (கி.மீ.)</translation>
    </message>
    <message>
        <source>Transport document</source>
        <translation>போக்குவரத்து ஆவணம்</translation>
    </message>
    <message>
        <source>Transport date</source>
        <translation>போக்குவரத்துத் தேதி</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>வாகனம்</translation>
    </message>
    <message>
        <source>Vehicle type (R/O)</source>
        <translation>வாகன வகை (R/O)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>வரிசைகள்</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>வரிசைகள்(&amp;L)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>வரிசையைச் சேர்</translation>
    </message>
    <message>
        <source>Add a line (Ctrl+L)</source>
        <translation>ஒரு வரிசையைச் சேர் (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete the current line (Ctrl+Delete)</source>
        <translation>தற்போதைய வரிசையை நீக்கு (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Line details</source>
        <translation>வரிசை விவரங்கள்</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>பார்கோடு</translation>
    </message>
    <message>
        <source>Free quantity</source>
        <translation>இலவச அளவு</translation>
    </message>
    <message>
        <source>Pre-tax value</source>
        <translation>வரிக்கு முந்தைய மதிப்பு</translation>
    </message>
    <message>
        <source>Cess (non ad valorem)</source>
        <translation>செஸ் (மதிப்பு அடிப்படையல்லாத)</translation>
    </message>
    <message>
        <source>State cess %</source>
        <translation>மாநில செஸ் %</translation>
    </message>
    <message>
        <source>State cess (non ad valorem)</source>
        <translation>மாநில செஸ் (மதிப்பு அடிப்படையல்லாத)</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>பிற கட்டணங்கள்</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>ஆர்டர் வரிசை</translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation>பிறப்பிட நாடு</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>சீரியல் எண்</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>பேட்ச்</translation>
    </message>
    <message>
        <source>Batch expiry</source>
        <translation>பேட்ச் காலாவதி</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>உத்தரவாதம்</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoiceIdLoader</name>
    <message>
        <source>cannot read the list of invoices</source>
        <translation>விலைப்பட்டியல்களின் பட்டியலைப் படிக்க முடியவில்லை</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoiceListModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(நீக்கப்பட்டது)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 பிழைகள், %2 எச்சரிக்கைகள்</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>எண்</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>தேதி</translation>
    </message>
    <message>
        <source>Buyer GSTIN</source>
        <translation>வாங்குபவர் GSTIN</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>வாங்குபவர்</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>மொத்தம்</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>பொருட்கள்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Errors/Warnings</source>
        <translation>பிழைகள்/எச்சரிக்கைகள்</translation>
    </message>
    <message>
        <source>IRN</source>
        <translation>IRN</translation>
    </message>
    <message>
        <source>Ack date</source>
        <translation>Ack தேதி</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoiceView</name>
    <message>
        <source>Registration</source>
        <translation>பதிவு</translation>
    </message>
    <message>
        <source>IRN</source>
        <translation>IRN</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>ஒப்புகை</translation>
    </message>
    <message>
        <source>Cancel window</source>
        <translation>ரத்துசெய்யும் கால அவகாசம்</translation>
    </message>
    <message>
        <source>IRN:</source>
        <translation>IRN:</translation>
    </message>
    <message>
        <source>Ack No and date:</source>
        <translation>Ack No மற்றும் தேதி:</translation>
    </message>
    <message>
        <source>Cancel I&amp;RN…</source>
        <translation>IRN ஐ ரத்துசெய்(&amp;R)…</translation>
    </message>
    <message>
        <source>Cancel this e-invoice at the IRP (only within 24 hours of its acknowledgement)</source>
        <translation>இந்த மின்-விலைப்பட்டியலை IRP இல் ரத்துசெய் (ஒப்புகையிலிருந்து 24 மணி நேரத்துக்குள் மட்டும்)</translation>
    </message>
    <message>
        <source>Cancel:</source>
        <translation>ரத்துசெய்தல்:</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>கையொப்பச் சரிபார்ப்பு</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>கையொப்பங்கள்:</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>சாண்ட்பாக்ஸ் எச்சரிக்கை</translation>
    </message>
    <message>
        <source>QR claims that differ from the invoice</source>
        <translation>விலைப்பட்டியலிலிருந்து வேறுபடும் QR தகவல்கள்</translation>
    </message>
    <message>
        <source>&amp;Trust a key…</source>
        <translation>ஒரு விசையை நம்பு(&amp;T)…</translation>
    </message>
    <message>
        <source>Add a public key or certificate of an IRP (PEM) to the keys signatures are checked against</source>
        <translation>கையொப்பங்களைச் சரிபார்க்கப் பயன்படும் விசைகளில் ஒரு IRP இன் பொது விசை அல்லது சான்றிதழை (PEM) சேர்</translation>
    </message>
    <message>
        <source>Signed QR code</source>
        <translation>கையொப்பமிட்ட QR குறியீடு</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>வரிசைகள்</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>எண்</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>விவரம்</translation>
    </message>
    <message>
        <source>HSN</source>
        <translation>HSN</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>அலகு</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>விலை</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>வரிக்குட்பட்ட மதிப்பு</translation>
    </message>
    <message>
        <source>GST %</source>
        <translation>GST %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>மொத்தம்</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>அச்சு முன்னோட்டம்(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>அச்சிடு(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF ஆக சேமி(&amp;D)…</translation>
    </message>
    <message>
        <source>The invoice could not be read: %1</source>
        <translation>விலைப்பட்டியலைப் படிக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1, தேதி %2 — %3</translation>
    </message>
    <message>
        <source>Seller: %1 %2
Buyer: %3 %4
Total: %5 (%6 lines)</source>
        <translation>விற்பனையாளர்: %1 %2
வாங்குபவர்: %3 %4
மொத்தம்: %5 (%6 வரிசைகள்)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>இன்னும் இல்லை</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1, தேதி %2</translation>
    </message>
    <message>
        <source>No signed QR code stored</source>
        <translation>கையொப்பமிட்ட QR குறியீடு எதுவும் சேமிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>The QR code is too long to draw</source>
        <translation>QR குறியீடு வரைய முடியாத அளவுக்கு நீளமானது</translation>
    </message>
    <message>
        <source> (kid %1)</source>
        <translation> (kid %1)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR குறியீடு</translation>
    </message>
    <message>
        <source>Signed invoice</source>
        <translation>கையொப்பமிட்ட விலைப்பட்டியல்</translation>
    </message>
    <message>
        <source>Nothing signed is stored for this invoice.</source>
        <translation>இந்த விலைப்பட்டியலுக்குக் கையொப்பமிட்ட எதுவும் சேமிக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Signed by NIC&apos;s sandbox: a test document (sandbox mode is on).</source>
        <translation>NIC சாண்ட்பாக்ஸ் கையொப்பமிட்டது: சோதனை ஆவணம் (சாண்ட்பாக்ஸ் முறை இயக்கத்தில் உள்ளது).</translation>
    </message>
    <message>
        <source>Warning: signed by NIC&apos;s sandbox, not by the IRP. This is not a valid e-invoice.</source>
        <translation>எச்சரிக்கை: IRP அல்ல, NIC சாண்ட்பாக்ஸ் கையொப்பமிட்டது. இது செல்லுபடியான மின்-விலைப்பட்டியல் அல்ல.</translation>
    </message>
    <message>
        <source>Signed by a sandbox IRP (%1): a test document (sandbox mode is on).</source>
        <translation>சாண்ட்பாக்ஸ் IRP (%1) கையொப்பமிட்டது: சோதனை ஆவணம் (சாண்ட்பாக்ஸ் முறை இயக்கத்தில் உள்ளது).</translation>
    </message>
    <message>
        <source>Warning: signed by a sandbox IRP (%1), not by the IRP. This is not a valid e-invoice.</source>
        <translation>எச்சரிக்கை: IRP அல்ல, சாண்ட்பாக்ஸ் IRP (%1) கையொப்பமிட்டது. இது செல்லுபடியான மின்-விலைப்பட்டியல் அல்ல.</translation>
    </message>
    <message>
        <source>%1 differs: QR code &apos;%2&apos;, invoice &apos;%3&apos;</source>
        <translation>%1 வேறுபடுகிறது: QR குறியீடு &apos;%2&apos;, விலைப்பட்டியல் &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Cancelled on %1</source>
        <translation>%1 அன்று ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Not registered (%1)</source>
        <translation>பதிவுசெய்யப்படவில்லை (%1)</translation>
    </message>
    <message>
        <source>Unknown: the acknowledgement date cannot be read</source>
        <translation>தெரியாதது: ஒப்புகைத் தேதியைப் படிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>The 24-hour window closed on %1 IST: only a credit note can undo it now</source>
        <translation>24 மணி நேர அவகாசம் %1 IST அன்று முடிந்தது: இனி கிரெடிட் நோட் மூலம் மட்டுமே இதை ஈடுசெய்ய முடியும்</translation>
    </message>
    <message>
        <source>Can be cancelled until %1 IST (%2 h %3 min left)</source>
        <translation>%1 IST வரை ரத்துசெய்யலாம் (%2 மணி %3 நிமிடம் மீதம்)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>அச்சு முன்னோட்டம்</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>அச்சிடு</translation>
    </message>
    <message>
        <source>Save the e-invoice as PDF</source>
        <translation>மின்-விலைப்பட்டியலை PDF ஆக சேமி</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF கோப்புகள் (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ஆக சேமி</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 ஐ ரத்துசெய்</translation>
    </message>
    <message>
        <source>1 — Duplicate</source>
        <translation>1 — நகல்</translation>
    </message>
    <message>
        <source>2 — Data entry mistake</source>
        <translation>2 — தரவு உள்ளீட்டுப் பிழை</translation>
    </message>
    <message>
        <source>3 — Order cancelled</source>
        <translation>3 — ஆர்டர் ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>4 — Other</source>
        <translation>4 — பிற</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>காரணம்(&amp;R):</translation>
    </message>
    <message>
        <source>Re&amp;mark:</source>
        <translation>கருத்து(&amp;M):</translation>
    </message>
    <message>
        <source>Cancel the IRN</source>
        <translation>IRN ஐ ரத்துசெய்</translation>
    </message>
    <message>
        <source>Cancel IRN</source>
        <translation>IRN ஐ ரத்துசெய்</translation>
    </message>
    <message>
        <source>Say why in the remark (1 to 100 characters).</source>
        <translation>காரணத்தைக் கருத்தில் குறிப்பிடவும் (1 முதல் 100 எழுத்துகள்).</translation>
    </message>
    <message>
        <source>Cancelling at the IRP…</source>
        <translation>IRP இல் ரத்துசெய்யப்படுகிறது…</translation>
    </message>
    <message>
        <source>Trust a public key or certificate</source>
        <translation>பொது விசை அல்லது சான்றிதழை நம்பு</translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>விசைகள் மற்றும் சான்றிதழ்கள் (*.pem *.crt *.cer *.der);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>Trust a key</source>
        <translation>விசையை நம்பு</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation>விலைப்பட்டியல்கள்</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>புதிய விலைப்பட்டியல்</translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation>புதிய விலைப்பட்டியல்(&amp;N)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>விலைப்பட்டியல்</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>கிரெடிட் நோட்</translation>
    </message>
    <message>
        <source>Debit note</source>
        <translation>டெபிட் நோட்</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>சரிபார்(&amp;V)</translation>
    </message>
    <message>
        <source>Validate the selected invoices, or all shown</source>
        <translation>தேர்ந்தெடுத்த விலைப்பட்டியல்களை, அல்லது காட்டப்படும் அனைத்தையும் சரிபார்</translation>
    </message>
    <message>
        <source>&amp;Export bulk JSON…</source>
        <translation>மொத்த JSON ஐ ஏற்றுமதி செய்(&amp;E)…</translation>
    </message>
    <message>
        <source>Export bulk JSON</source>
        <translation>மொத்த JSON ஐ ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>கோப்புகளை இறக்குமதி செய்(&amp;I)…</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>கோப்புகளை இறக்குமதி செய்</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>சமர்ப்பி(&amp;U)…</translation>
    </message>
    <message>
        <source>Submit the selected invoices to the IRP, or all ready ones</source>
        <translation>தேர்ந்தெடுத்த விலைப்பட்டியல்களை, அல்லது தயாரான அனைத்தையும் IRP க்குச் சமர்ப்பி</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>நீக்கு(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected invoices</source>
        <translation>தேர்ந்தெடுத்த விலைப்பட்டியல்களை நீக்கு</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>தேடுகிறது…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>நிலை வடிகட்டி</translation>
    </message>
    <message>
        <source>&amp;Status: all</source>
        <translation>நிலை: அனைத்தும்(&amp;S)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>தொடக்கத் தேதி</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>இறுதித் தேதி</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>முதல்(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>வரை(&amp;T):</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>ஆவண வகை</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>அனைத்து வகைகளும்</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>கிரெடிட் நோட்டுகள்</translation>
    </message>
    <message>
        <source>Debit notes</source>
        <translation>டெபிட் நோட்டுகள்</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>வகை(&amp;Y):</translation>
    </message>
    <message>
        <source>Buyer GSTIN or name</source>
        <translation>வாங்குபவர் GSTIN அல்லது பெயர்</translation>
    </message>
    <message>
        <source>GSTIN or name</source>
        <translation>GSTIN அல்லது பெயர்</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>வாங்குபவர்(&amp;B):</translation>
    </message>
    <message>
        <source>Search number, buyer or IRN</source>
        <translation>எண், வாங்குபவர் அல்லது IRN ஐத் தேடு</translation>
    </message>
    <message>
        <source>Number, buyer, GSTIN or IRN</source>
        <translation>எண், வாங்குபவர், GSTIN அல்லது IRN</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>தேடு(&amp;R):</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as dd/mm/yyyy.</source>
        <translation>%1: “%2” ஒரு தேதி அல்ல; dd/mm/yyyy என எழுதவும்.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>தொடக்கத் தேதி</translation>
    </message>
    <message>
        <source>To</source>
        <translation>இறுதித் தேதி</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Status: %n chosen</source>
        <translation>
            <numerusform>நிலை: %n தேர்ந்தெடுக்கப்பட்டன(&amp;S)</numerusform>
            <numerusform>நிலை: %n தேர்ந்தெடுக்கப்பட்டன(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation>1 விலைப்பட்டியல்</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>%1 விலைப்பட்டியல்கள்</translation>
    </message>
    <message>
        <source>, %1 selected</source>
        <translation>, %1 தேர்ந்தெடுக்கப்பட்டன</translation>
    </message>
    <message>
        <source>Validate invoices</source>
        <translation>விலைப்பட்டியல்களைச் சரிபார்</translation>
    </message>
    <message>
        <source>%1 of %2 invoices checked: %3 ready, %4 with errors (drafts).</source>
        <translation>%2 இல் %1 விலைப்பட்டியல்கள் சரிபார்க்கப்பட்டன: %3 தயார், %4 பிழைகளுடன் (வரைவுகள்).</translation>
    </message>
    <message>
        <source>%1 left as they are (exported, sent or registered).</source>
        <translation>%1 அப்படியே விடப்பட்டன (ஏற்றுமதியானவை, அனுப்பப்பட்டவை அல்லது பதிவுசெய்யப்பட்டவை).</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 ஐப் படிக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>Cancelled: the rest was not checked.</source>
        <translation>நிறுத்தப்பட்டது: மீதமுள்ளவை சரிபார்க்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>கோப்புறை</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>உலாவு(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>கோப்புறையைத் தேர்ந்தெடு</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>ஏற்றுமதி செய்யும் இடம்</translation>
    </message>
    <message>
        <source>Largest file, in bytes</source>
        <translation>அதிகபட்சக் கோப்பு அளவு, பைட்டுகளில்</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> பைட்டுகள்</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected invoices (those ready to upload).</source>
        <translation>
            <numerusform>தேர்ந்தெடுத்த %n விலைப்பட்டியல்கள் (பதிவேற்றத் தயாரானவை).</numerusform>
            <numerusform>தேர்ந்தெடுத்த %n விலைப்பட்டியல்கள் (பதிவேற்றத் தயாரானவை).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every invoice shown that is ready to upload.</source>
        <translation>காட்டப்படும், பதிவேற்றத் தயாரான ஒவ்வொரு விலைப்பட்டியலும்.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>கோப்புறை(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>அதிகபட்சக் கோப்பு அளவு(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ஏற்றுமதி செய்(&amp;E)</translation>
    </message>
    <message>
        <source>Folder: “%1” does not exist.</source>
        <translation>கோப்புறை: “%1” இல்லை.</translation>
    </message>
    <message>
        <source>No invoice is shown: nothing to export.</source>
        <translation>எந்த விலைப்பட்டியலும் காட்டப்படவில்லை: ஏற்றுமதி செய்ய எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>%1 invoices written to %2 files in %3.</source>
        <translation>%1 விலைப்பட்டியல்கள் %3 இல் %2 கோப்புகளில் எழுதப்பட்டன.</translation>
    </message>
    <message>
        <source>%1 left out, for example:</source>
        <translation>%1 விடுபட்டன, எடுத்துக்காட்டாக:</translation>
    </message>
    <message>
        <source>Cancelled: the files written so far are complete.</source>
        <translation>நிறுத்தப்பட்டது: இதுவரை எழுதப்பட்ட கோப்புகள் முழுமையானவை.</translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation>விலைப்பட்டியல்களை இறக்குமதி செய்</translation>
    </message>
    <message>
        <source>Invoices (*.json *.csv *.xlsx);;All files (*)</source>
        <translation>விலைப்பட்டியல்கள் (*.json *.csv *.xlsx);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>What was imported before stays, whole invoices only.</source>
        <translation>முன்பு இறக்குமதியானவை அப்படியே இருக்கும்; முழு விலைப்பட்டியல்கள் மட்டுமே.</translation>
    </message>
    <message>
        <source>%1 imported (%2 ready, %3 drafts), %4 updated, %5 duplicates, %6 conflicts, %7 refused.</source>
        <translation>%1 இறக்குமதியாயின (%2 தயார், %3 வரைவுகள்), %4 புதுப்பிக்கப்பட்டன, %5 நகல்கள், %6 முரண்பாடுகள், %7 மறுக்கப்பட்டன.</translation>
    </message>
    <message>
        <source>%1 imported without findings are not listed.</source>
        <translation>கண்டறிதல்கள் இல்லாமல் இறக்குமதியான %1 பட்டியலிடப்படவில்லை.</translation>
    </message>
    <message>
        <source>%1 more are not listed.</source>
        <translation>மேலும் %1 பட்டியலிடப்படவில்லை.</translation>
    </message>
    <message>
        <source>Cancelled: what was imported stays, whole invoices only.</source>
        <translation>நிறுத்தப்பட்டது: இறக்குமதியானவை அப்படியே இருக்கும்; முழு விலைப்பட்டியல்கள் மட்டுமே.</translation>
    </message>
    <message>
        <source>Delete invoices</source>
        <translation>விலைப்பட்டியல்களை நீக்கு</translation>
    </message>
    <message>
        <source>Delete the selected invoice?</source>
        <translation>தேர்ந்தெடுத்த விலைப்பட்டியலை நீக்கவா?</translation>
    </message>
    <message>
        <source>Delete the %1 selected invoices?</source>
        <translation>தேர்ந்தெடுத்த %1 விலைப்பட்டியல்களை நீக்கவா?</translation>
    </message>
    <message>
        <source>Only invoices never sent to the IRP are deleted; the others stay.</source>
        <translation>IRP க்கு ஒருபோதும் அனுப்பப்படாத விலைப்பட்டியல்கள் மட்டுமே நீக்கப்படும்; மற்றவை அப்படியே இருக்கும்.</translation>
    </message>
    <message>
        <source>%1 deleted; %2 kept (sent to the IRP, or gone).</source>
        <translation>%1 நீக்கப்பட்டன; %2 வைக்கப்பட்டன (IRP க்கு அனுப்பப்பட்டவை, அல்லது ஏற்கெனவே இல்லாதவை).</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::LocalSandbox</name>
    <message>
        <source>the local sandbox published no key: %1</source>
        <translation>உள்ளூர் சாண்ட்பாக்ஸ் எந்த விசையையும் வெளியிடவில்லை: %1</translation>
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
        <translation>வழிசெலுத்தல்</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>விலைப்பட்டியல்கள்</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>தரப்பினர்</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>தயாரிப்புகள்</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>அறிக்கைகள்</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>அமைப்புகள்</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>கோப்பு(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>ஸ்டோரைத் திற(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent &amp;stores</source>
        <translation>சமீபத்திய ஸ்டோர்கள்(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import invoices…</source>
        <translation>விலைப்பட்டியல்களை இறக்குமதி செய்(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;recent</source>
        <translation>சமீபத்திய கோப்புகளை இறக்குமதி செய்(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>வெளியேறு(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>பணியிடம்(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation>புதிய விலைப்பட்டியல்(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Submit to the IRP…</source>
        <translation>IRP-க்குச் சமர்ப்பி(&amp;S)…</translation>
    </message>
    <message>
        <source>New &amp;workspace…</source>
        <translation>புதிய பணியிடம்(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Seller profile…</source>
        <translation>விற்பனையாளர் சுயவிவரம்(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>உதவி(&amp;H)</translation>
    </message>
    <message>
        <source>IRP &amp;error codes…</source>
        <translation>IRP பிழைக் குறியீடுகள்(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;About IRN Desk</source>
        <translation>IRN Desk பற்றி(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (காணவில்லை)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>பட்டியலை அழி(&amp;C)</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>ஸ்டோரைத் திற</translation>
    </message>
    <message>
        <source>IRN Desk stores (*.sqlite);;All files (*)</source>
        <translation>IRN Desk ஸ்டோர்கள் (*.sqlite);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation>%1 காணப்படவில்லை.</translation>
    </message>
    <message>
        <source>The store was not opened: %1</source>
        <translation>ஸ்டோர் திறக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation>விலைப்பட்டியல்களை இறக்குமதி செய்</translation>
    </message>
    <message>
        <source>Not imported: %1. Only JSON, CSV and XLSX files can be imported.</source>
        <translation>இறக்குமதி செய்யப்படவில்லை: %1. JSON, CSV, XLSX கோப்புகளை மட்டுமே இறக்குமதி செய்ய முடியும்.</translation>
    </message>
    <message>
        <source>IRN Desk %1</source>
        <translation>IRN Desk %1</translation>
    </message>
    <message>
        <source>Prepares GST e-invoices (INV-01), checks them offline against the rules of the Invoice Registration Portal and writes bulk JSON files that the portal accepts.</source>
        <translation>GST மின்-விலைப்பட்டியல்களை (INV-01) தயாரிக்கிறது, அவற்றை விலைப்பட்டியல் பதிவு போர்டலின் விதிகளின்படி ஆஃப்லைனில் சரிபார்க்கிறது, போர்டல் ஏற்கும் மொத்த JSON கோப்புகளை உருவாக்குகிறது.</translation>
    </message>
    <message>
        <source>About IRN Desk</source>
        <translation>IRN Desk பற்றி</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>பணியிடம்</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>பணியிடம்(&amp;W):</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>ஸ்டோர்: %1</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>எந்த ஸ்டோரும் திறக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>No invoices</source>
        <translation>விலைப்பட்டியல்கள் இல்லை</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>விலைப்பட்டியல்</translation>
    </message>
    <message>
        <source>The invoice could not be opened: %1</source>
        <translation>விலைப்பட்டியலைத் திறக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Add a &amp;demo workspace</source>
        <translation>டெமோ பணியிடத்தைச் சேர்(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Guided setup…</source>
        <translation>வழிகாட்டப்பட்ட அமைவு(&amp;G)…</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>டெமோ பணியிடம்</translation>
    </message>
    <message>
        <source>The demo workspace could not be added: %1</source>
        <translation>டெமோ பணியிடத்தைச் சேர்க்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Workspace %1: %2 sample invoices, %3 of them with mistakes to fix</source>
        <translation>பணியிடம் %1: %2 மாதிரி விலைப்பட்டியல்கள், அவற்றில் %3 இல் சரிசெய்ய வேண்டிய தவறுகள் உள்ளன</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::MasterDialog</name>
    <message>
        <source>Party</source>
        <translation>தரப்பினர்</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>தயாரிப்பு</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>சிக்கல்</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::MasterPage</name>
    <message>
        <source>Yes</source>
        <translation>ஆம்</translation>
    </message>
    <message>
        <source>No</source>
        <translation>இல்லை</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>தேடு(&amp;S):</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>தேடு</translation>
    </message>
    <message>
        <source>Name or GSTIN</source>
        <translation>பெயர் அல்லது GSTIN</translation>
    </message>
    <message>
        <source>Description or HSN</source>
        <translation>விவரம் அல்லது HSN</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>சேர்(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>திருத்து(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>நீக்கு(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import from CSV/XLSX…</source>
        <translation>CSV/XLSX-இலிருந்து இறக்குமதி(&amp;I)…</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>தரப்பினர்</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>தயாரிப்புகள்</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>இறக்குமதி முன்னேற்றம்</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>நிறுத்து</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>இறக்குமதியை நிறுத்து</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>இறக்குமதி அறிக்கை</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>எந்தப் பணியிடமும் திறக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 ஐ நீக்கவா?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>இறக்குமதி</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>விரிதாள்கள் (*.csv *.xlsx);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 படிக்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>Rows read: %L1…</source>
        <translation>படித்த வரிசைகள்: %L1…</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>%1 இலிருந்து எதுவும் இறக்குமதி செய்யப்படவில்லை: %2</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>இறக்குமதி நிறுத்தப்பட்டது; எதுவும் சேர்க்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 left out.</source>
        <translation>%1: %2 சேர்க்கப்பட்டன, %3 விடுபட்டன.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>வரிசை %1: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ProfileDialog</name>
    <message>
        <source>Browse…</source>
        <translation>உலாவு…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 ஐத் தேர்ந்தெடுக்க உலாவு</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM கோப்புகள் (*.pem *.crt *.cer);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>IRP profile %1</source>
        <translation>IRP சுயவிவரம் %1</translation>
    </message>
    <message>
        <source>New IRP profile</source>
        <translation>புதிய IRP சுயவிவரம்</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>சுயவிவரப் பெயர்</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>அடிப்படை URL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>கிளையன்ட் ஐடி</translation>
    </message>
    <message>
        <source>API user name</source>
        <translation>API பயனர் பெயர்</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>The IRP&apos;s public key file</source>
        <translation>IRP-இன் பொது விசைக் கோப்பு</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA சான்றிதழ் கோப்பு</translation>
    </message>
    <message>
        <source>only for a private endpoint</source>
        <translation>தனிப்பட்ட எண்ட்பாயிண்டுக்கு மட்டும்</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>பெயர்(&amp;N):</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>அடிப்படை URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>கிளையன்ட் ஐடி(&amp;C):</translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation>API பயனர்(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;GSTIN:</source>
        <translation>GSTIN(&amp;G):</translation>
    </message>
    <message>
        <source>IRP public &amp;key (PEM):</source>
        <translation>IRP பொது விசை (PEM)(&amp;K):</translation>
    </message>
    <message>
        <source>The IRP&apos;s public key</source>
        <translation>IRP-இன் பொது விசை</translation>
    </message>
    <message>
        <source>C&amp;A certificate (PEM):</source>
        <translation>CA சான்றிதழ் (PEM)(&amp;A):</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA சான்றிதழ்</translation>
    </message>
    <message>
        <source>Keep the secrets in the system &amp;keychain</source>
        <translation>ரகசியங்களை சிஸ்டம் கீசெயினில் வை(&amp;K)</translation>
    </message>
    <message>
        <source>Read the secrets from &amp;environment variables</source>
        <translation>ரகசியங்களைச் சூழல் மாறிகளிலிருந்து படி(&amp;E)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>கிளையன்ட் ரகசியம்</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <source>Variable of the client secret</source>
        <translation>கிளையன்ட் ரகசியத்தின் மாறி</translation>
    </message>
    <message>
        <source>Variable of the password</source>
        <translation>கடவுச்சொல்லின் மாறி</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>கிளையன்ட் ரகசியம்(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>கடவுச்சொல்(&amp;P):</translation>
    </message>
    <message>
        <source>Client secret &amp;variable:</source>
        <translation>கிளையன்ட் ரகசிய மாறி(&amp;V):</translation>
    </message>
    <message>
        <source>Pass&amp;word variable:</source>
        <translation>கடவுச்சொல் மாறி(&amp;W):</translation>
    </message>
    <message>
        <source>unchanged (choose a file to replace it)</source>
        <translation>மாற்றப்படவில்லை (மாற்ற ஒரு கோப்பைத் தேர்ந்தெடுக்கவும்)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>மாற்றப்படவில்லை</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose the IRP&apos;s public key file (PEM).</source>
        <translation>IRP-இன் பொது விசைக் கோப்பைத் (PEM) தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>%1 Choose environment variables instead.</source>
        <translation>%1 அதற்குப் பதிலாகச் சூழல் மாறிகளைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ProfilesGroup</name>
    <message>
        <source>IRP connection</source>
        <translation>IRP இணைப்பு</translation>
    </message>
    <message>
        <source>Profiles of the IRPs invoices are submitted to. The local sandbox needs none: choose it when you submit.</source>
        <translation>விலைப்பட்டியல்கள் சமர்ப்பிக்கப்படும் IRP-களின் சுயவிவரங்கள். உள்ளூர் சாண்ட்பாக்ஸுக்குச் சுயவிவரம் தேவையில்லை: சமர்ப்பிக்கும்போது அதைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>IRP profiles</source>
        <translation>IRP சுயவிவரங்கள்</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>அடிப்படை URL</translation>
    </message>
    <message>
        <source>User</source>
        <translation>பயனர்</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>ரகசியங்கள்</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>சுயவிவரம் சேர்(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>சுயவிவரத்தைத் திருத்து(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>சுயவிவரத்தை அகற்று(&amp;R)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>கீசெயின்</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>சுயவிவரத்தை அகற்று</translation>
    </message>
    <message>
        <source>Remove the IRP profile %1 (and its secrets in the keychain)?</source>
        <translation>IRP சுயவிவரம் %1 ஐ (கீசெயினில் உள்ள அதன் ரகசியங்களுடன்) அகற்றவா?</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ReportsModel</name>
    <message>
        <source>Doc no</source>
        <translation>ஆவண எண்</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>தேதி</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>வாங்குபவர்</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>மொத்தம்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
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
        <translation>ஒப்புகைத் தேதி</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>பிழைகள்</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::ReportsPage</name>
    <message>
        <source>Overview</source>
        <translation>மேலோட்டம்</translation>
    </message>
    <message>
        <source>Reporting limit</source>
        <translation>அறிக்கையிடல் வரம்பு</translation>
    </message>
    <message>
        <source>Cancel windows</source>
        <translation>ரத்துசெய்யும் காலவரம்புகள்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>All</source>
        <translation>அனைத்தும்</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>ஏதேனும்</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>தொடக்கத் தேதி</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>இறுதித் தேதி</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>ஆவண வகை</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>விலைப்பட்டியல்</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>கிரெடிட் நோட்</translation>
    </message>
    <message>
        <source>Debit note</source>
        <translation>டெபிட் நோட்</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>நிலை(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>முதல்(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>வரை(&amp;O):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>வகை(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Save as CSV/XLSX…</source>
        <translation>CSV/XLSX ஆகச் சேமி(&amp;S)…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>அறிக்கையைச் சேமி</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>விலைப்பட்டியல்கள்</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>சேமிக்கப்படுகிறது</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>நிறுத்து</translation>
    </message>
    <message>
        <source>Cancel saving</source>
        <translation>சேமிப்பதை நிறுத்து</translation>
    </message>
    <message>
        <source>Invoices: %L1</source>
        <translation>விலைப்பட்டியல்கள்: %L1</translation>
    </message>
    <message>
        <source>1 invoice must be reported within 5 days</source>
        <translation>1 விலைப்பட்டியலை 5 நாட்களுக்குள் அறிக்கையிட வேண்டும்</translation>
    </message>
    <message>
        <source>%L1 invoices must be reported within 5 days</source>
        <translation>%L1 விலைப்பட்டியல்களை 5 நாட்களுக்குள் அறிக்கையிட வேண்டும்</translation>
    </message>
    <message>
        <source>1 invoice is past the 30-day limit</source>
        <translation>1 விலைப்பட்டியல் 30 நாள் வரம்பைக் கடந்துவிட்டது</translation>
    </message>
    <message>
        <source>%L1 invoices are past the 30-day limit</source>
        <translation>%L1 விலைப்பட்டியல்கள் 30 நாள் வரம்பைக் கடந்துவிட்டன</translation>
    </message>
    <message>
        <source>%1: %2 h %3 min left to cancel</source>
        <translation>%1: ரத்துசெய்ய %2 மணி %3 நிமிடம் உள்ளது</translation>
    </message>
    <message>
        <source>and %L1 more</source>
        <translation>மேலும் %L1</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel பணிப்புத்தகம் (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 சேமிக்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>Saved to %1 (rows: %L2)</source>
        <translation>%1 இல் சேமிக்கப்பட்டது (வரிசைகள்: %L2)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>அறிக்கை சேமிக்கப்படவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::SettingsPage</name>
    <message>
        <source>General</source>
        <translation>பொது</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>&amp;Round new invoices to the rupee</source>
        <translation>புதிய விலைப்பட்டியல்களை முழு ரூபாய்க்கு முழுமையாக்கு(&amp;R)</translation>
    </message>
    <message>
        <source>Round to the rupee</source>
        <translation>முழு ரூபாய்க்கு முழுமையாக்கு</translation>
    </message>
    <message>
        <source>NIC &amp;sandbox mode (test GSTINs allowed)</source>
        <translation>NIC சாண்ட்பாக்ஸ் பயன்முறை (சோதனை GSTIN-கள் அனுமதிக்கப்படும்)(&amp;S)</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>சாண்ட்பாக்ஸ் பயன்முறை</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>மொழி(&amp;L):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>தோற்றம்</translation>
    </message>
    <message>
        <source>System</source>
        <translation>சிஸ்டம்</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>வெளிர்</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>அடர்</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>தோற்றம்(&amp;P):</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>ஸ்டோர்</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>ஸ்டோர் கோப்பு</translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translation>வேறு ஸ்டோரைத் திற(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>புதிய ஸ்டோர்(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>காப்புப்பிரதி(&amp;B)…</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>மீட்டமை(&amp;E)…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>முடிவு</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>பணியிடம்</translation>
    </message>
    <message>
        <source>Annual turnover of ₹10 crore or more (30-day &amp;reporting limit)</source>
        <translation>ஆண்டு விற்றுமுதல் ₹10 கோடி அல்லது அதற்கு மேல் (30 நாள் அறிக்கையிடல் வரம்பு)(&amp;R)</translation>
    </message>
    <message>
        <source>Turnover of ₹10 crore or more</source>
        <translation>₹10 கோடி அல்லது அதற்கு மேல் விற்றுமுதல்</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>எண் தொடர்</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>FY</source>
        <translation>நிதியாண்டு</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>வடிவம்</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>அகலம்</translation>
    </message>
    <message>
        <source>Next value</source>
        <translation>அடுத்த மதிப்பு</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>அடுத்த எண்</translation>
    </message>
    <message>
        <source>N&amp;umber series ({fy}, {fy4}, {n}):</source>
        <translation>எண் தொடர் ({fy}, {fy4}, {n})(&amp;U):</translation>
    </message>
    <message>
        <source>Number series result</source>
        <translation>எண் தொடர் முடிவு</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>ஸ்டோரைத் திற</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>புதிய ஸ்டோர்</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>காப்புப்பிரதி</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>மீட்டமை</translation>
    </message>
    <message>
        <source>IRN Desk stores (*.sqlite);;All files (*)</source>
        <translation>IRN Desk ஸ்டோர்கள் (*.sqlite);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>எந்த ஸ்டோரும் திறக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>%1 already exists: use Open another store.</source>
        <translation>%1 ஏற்கெனவே உள்ளது: வேறு ஸ்டோரைத் திற என்பதைப் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>The store was not opened: %1</source>
        <translation>ஸ்டோர் திறக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>Store %1 is open.</source>
        <translation>ஸ்டோர் %1 திறந்துள்ளது.</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>%1 இல் காப்புப்பிரதி எடுக்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>காப்புப்பிரதி %1 இல் சேமிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>No backup made: %1</source>
        <translation>காப்புப்பிரதி எடுக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>Replace everything in the store with the backup %1?
A copy of the store is kept.</source>
        <translation>ஸ்டோரில் உள்ள அனைத்தையும் காப்புப்பிரதி %1 கொண்டு மாற்றவா?
ஸ்டோரின் ஒரு நகல் வைக்கப்படும்.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>மீட்டமைக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>%1 இலிருந்து மீட்டமைக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Pattern: must contain {n}</source>
        <translation>வடிவம்: {n} இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>Width: 1 to 10</source>
        <translation>அகலம்: 1 முதல் 10</translation>
    </message>
    <message>
        <source>Next value: a number from 1</source>
        <translation>அடுத்த மதிப்பு: 1 அல்லது அதற்கு மேற்பட்ட எண்</translation>
    </message>
    <message>
        <source>Pattern: %1 is longer than 16 characters</source>
        <translation>வடிவம்: %1 16 எழுத்துகளை விட நீளமானது</translation>
    </message>
    <message>
        <source>Saved: the next number is %1</source>
        <translation>சேமிக்கப்பட்டது: அடுத்த எண் %1</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::SingleInstance</name>
    <message>
        <source>another start on this store did not finish</source>
        <translation>இந்த ஸ்டோரில் மற்றொரு தொடக்கம் நிறைவடையவில்லை</translation>
    </message>
    <message>
        <source>another IRN Desk has this store open</source>
        <translation>மற்றொரு IRN Desk இந்த ஸ்டோரைத் திறந்து வைத்துள்ளது</translation>
    </message>
    <message>
        <source>the IRN Desk already open on this store does not answer</source>
        <translation>இந்த ஸ்டோரில் ஏற்கெனவே திறந்துள்ள IRN Desk பதிலளிக்கவில்லை</translation>
    </message>
    <message>
        <source>the IRN Desk already open on this store refused: %1</source>
        <translation>இந்த ஸ்டோரில் ஏற்கெனவே திறந்துள்ள IRN Desk மறுத்தது: %1</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::SubmitDialog</name>
    <message>
        <source>Registered</source>
        <translation>பதிவுசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>நிராகரிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>முரண்பாடு</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>தெரியாதது</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>அனுப்பப்படவில்லை</translation>
    </message>
    <message>
        <source>Submit to the IRP</source>
        <translation>IRP-க்குச் சமர்ப்பி</translation>
    </message>
    <message>
        <source>IRP</source>
        <translation>IRP</translation>
    </message>
    <message>
        <source>Local sandbox (practice: nothing is registered for real)</source>
        <translation>உள்ளூர் சாண்ட்பாக்ஸ் (பயிற்சி: உண்மையில் எதுவும் பதிவுசெய்யப்படாது)</translation>
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
        <translation>ஒரே நேரத்தில் விலைப்பட்டியல்கள்</translation>
    </message>
    <message>
        <source>Invoices at &amp;once:</source>
        <translation>ஒரே நேரத்தில் விலைப்பட்டியல்கள்(&amp;O):</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>முன்னேற்றம்</translation>
    </message>
    <message>
        <source>What became of each invoice</source>
        <translation>ஒவ்வொரு விலைப்பட்டியலின் முடிவு</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ஆவணம்</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>விளைவு</translation>
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
        <translation>ஒப்புகைத் தேதி</translation>
    </message>
    <message>
        <source>Errors or note</source>
        <translation>பிழைகள் அல்லது குறிப்பு</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>சமர்ப்பி(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>சமர்ப்பிப்பை நிறுத்து(&amp;C)</translation>
    </message>
    <message>
        <source>Sa&amp;ve as CSV…</source>
        <translation>CSV ஆகச் சேமி(&amp;V)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) to submit.</source>
        <translation>
            <numerusform>சமர்ப்பிக்க வேண்டிய விலைப்பட்டியல்கள்: %Ln.</numerusform>
            <numerusform>சமர்ப்பிக்க வேண்டிய விலைப்பட்டியல்கள்: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>profile %1 logs in for %2, not for this seller (%3)</source>
        <translation>சுயவிவரம் %1, %2 க்காக உள்நுழைகிறது; இந்த விற்பனையாளருக்காக (%3) அல்ல</translation>
    </message>
    <message>
        <source>Cannot submit: %1</source>
        <translation>சமர்ப்பிக்க முடியாது: %1</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>சமர்ப்பிக்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>Enter or double-click: what this code means and how to fix it</source>
        <translation>Enter அல்லது இருமுறை கிளிக்: இந்தக் குறியீட்டின் பொருளும் அதைச் சரிசெய்யும் வழியும்</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>எதுவும் அனுப்பப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>%1 registered, %2 rejected, %3 conflicts, %4 unknown, %5 not sent%6</source>
        <translation>%1 பதிவுசெய்யப்பட்டன, %2 நிராகரிக்கப்பட்டன, %3 முரண்பாடுகள், %4 தெரியாதவை, %5 அனுப்பப்படவில்லை%6</translation>
    </message>
    <message>
        <source> — cancelled</source>
        <translation> — நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>Cancelling: the invoices in flight are finished and recorded…</source>
        <translation>நிறுத்தப்படுகிறது: அனுப்பப்பட்டுக்கொண்டிருக்கும் விலைப்பட்டியல்கள் முடிக்கப்பட்டுப் பதிவேட்டில் சேர்க்கப்படுகின்றன…</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>முடிவுகளைச் சேமி</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV கோப்புகள் (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ஐ எழுத முடியவில்லை: %2</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::WorkspaceDialog</name>
    <message>
        <source>Seller profile</source>
        <translation>விற்பனையாளர் சுயவிவரம்</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>புதிய பணியிடம்</translation>
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
        <translation>GSTIN சரிபார்ப்பு</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>சட்டப்பூர்வ பெயர்(&amp;L):</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>சட்டப்பூர்வ பெயர்</translation>
    </message>
    <message>
        <source>&amp;Trade name:</source>
        <translation>வர்த்தகப் பெயர்(&amp;T):</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>வர்த்தகப் பெயர்</translation>
    </message>
    <message>
        <source>Address &amp;1:</source>
        <translation>முகவரி 1(&amp;1):</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>முகவரி 1</translation>
    </message>
    <message>
        <source>Address &amp;2:</source>
        <translation>முகவரி 2(&amp;2):</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>முகவரி 2</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>இடம்(&amp;A):</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>இடம்</translation>
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
        <translation>மாநிலம்</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>மாநிலம்:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>தொலைபேசி(&amp;H):</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>மின்னஞ்சல்(&amp;M):</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Annual turnover of ₹10 crore or more (30-day &amp;reporting limit)</source>
        <translation>ஆண்டு விற்றுமுதல் ₹10 கோடி அல்லது அதற்கு மேல் (30 நாள் அறிக்கையிடல் வரம்பு)(&amp;R)</translation>
    </message>
    <message>
        <source>Turnover of ₹10 crore or more</source>
        <translation>₹10 கோடி அல்லது அதற்கு மேல் விற்றுமுதல்</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>சிக்கல்</translation>
    </message>
    <message>
        <source>%1 of 15 characters</source>
        <translation>15 இல் %1 எழுத்துகள்</translation>
    </message>
    <message>
        <source>Not a GSTIN</source>
        <translation>இது GSTIN அல்ல</translation>
    </message>
    <message>
        <source>Wrong check character (allowed in sandbox mode)</source>
        <translation>தவறான சரிபார்ப்பு எழுத்து (சாண்ட்பாக்ஸ் பயன்முறையில் அனுமதிக்கப்படும்)</translation>
    </message>
    <message>
        <source>Wrong check character</source>
        <translation>தவறான சரிபார்ப்பு எழுத்து</translation>
    </message>
    <message>
        <source>Valid GSTIN</source>
        <translation>செல்லுபடியான GSTIN</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>எந்த ஸ்டோரும் திறக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>GSTIN: required</source>
        <translation>GSTIN: தேவை</translation>
    </message>
    <message>
        <source>GSTIN: the seller must have a GSTIN</source>
        <translation>GSTIN: விற்பனையாளருக்கு GSTIN இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>PIN: %1 is not 6 digits</source>
        <translation>PIN: %1 6 இலக்கங்கள் கொண்டதல்ல</translation>
    </message>
    <message>
        <source>GSTIN: %1 already has a workspace</source>
        <translation>GSTIN: %1 க்கு ஏற்கெனவே ஒரு பணியிடம் உள்ளது</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::editor::FindingsPanel</name>
    <message>
        <source>&amp;Explain</source>
        <translation>விளக்கு(&amp;E)</translation>
    </message>
    <message>
        <source>Apply fi&amp;xes</source>
        <translation>சரிசெய்தல்களைப் பயன்படுத்து(&amp;X)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>கண்டறிதல்கள்</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>குறியீடு</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>புலம்</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>செய்தி</translation>
    </message>
    <message>
        <source>Explain the code</source>
        <translation>குறியீட்டை விளக்கு</translation>
    </message>
    <message>
        <source>Apply fixes</source>
        <translation>சரிசெய்தல்களைப் பயன்படுத்து</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>பிழை</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>எச்சரிக்கை</translation>
    </message>
    <message>
        <source>&amp;Findings: none</source>
        <translation>கண்டறிதல்கள்(&amp;F): இல்லை</translation>
    </message>
    <message>
        <source>&amp;Findings: %1 errors, %2 warnings</source>
        <translation>கண்டறிதல்கள்(&amp;F): %1 பிழைகள், %2 எச்சரிக்கைகள்</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::editor::LinesModel</name>
    <message>
        <source>Description</source>
        <translation>விவரம்</translation>
    </message>
    <message>
        <source>HSN</source>
        <translation>HSN</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>சேவை</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>அலகு</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>விலை</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>தள்ளுபடி</translation>
    </message>
    <message>
        <source>GST %</source>
        <translation>GST %</translation>
    </message>
    <message>
        <source>Cess %</source>
        <translation>செஸ் %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>வரிக்குட்பட்டது</translation>
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
        <translation>செஸ்</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>வரிசை மொத்தம்</translation>
    </message>
</context>
<context>
    <name>irndesk::ui::editor::TotalsPanel</name>
    <message>
        <source>Taxable value</source>
        <translation>வரிக்குட்பட்ட மதிப்பு</translation>
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
        <translation>செஸ்</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>பிற கட்டணங்கள்</translation>
    </message>
    <message>
        <source>Other c&amp;harges</source>
        <translation>பிற கட்டணங்கள்(&amp;H)</translation>
    </message>
    <message>
        <source>Invoice discount</source>
        <translation>விலைப்பட்டியல் தள்ளுபடி</translation>
    </message>
    <message>
        <source>Disco&amp;unt</source>
        <translation>தள்ளுபடி(&amp;U)</translation>
    </message>
    <message>
        <source>Round-off</source>
        <translation>முழுமையாக்கல்</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>விலைப்பட்டியல் மொத்தம்</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>தொகை (சொற்களில்)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GST e-invoicing desktop tool</source>
        <translation>GST மின்-விலைப்பட்டியல் டெஸ்க்டாப் கருவி</translation>
    </message>
    <message>
        <source>The store to open (default: the last one, $IRNDESK_STORE, or the data folder).</source>
        <translation>திறக்க வேண்டிய ஸ்டோர் (இயல்பு: கடைசியாகப் பயன்படுத்தியது, $IRNDESK_STORE, அல்லது தரவுக் கோப்புறை).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>கோப்பு</translation>
    </message>
    <message>
        <source>Invoices to import (JSON, CSV or XLSX).</source>
        <translation>இறக்குமதி செய்ய வேண்டிய விலைப்பட்டியல்கள் (JSON, CSV அல்லது XLSX).</translation>
    </message>
    <message>
        <source>IRN Desk</source>
        <translation>IRN Desk</translation>
    </message>
    <message>
        <source>The store %1 could not be opened: %2</source>
        <translation>ஸ்டோர் %1 ஐத் திறக்க முடியவில்லை: %2</translation>
    </message>
</context>
</TS>
