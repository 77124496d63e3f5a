<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CodeInspector</name>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountedNames</name>
    <message numerus="yes">
        <source>Import %n Transcript(s)</source>
        <translation>
            <numerusform>Import %n Transcript</numerusform>
            <numerusform>Import %n Transcripts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeSummaryDialog</name>
    <message numerus="yes">
        <source>%n selection(s) sit where their own text disagrees</source>
        <translation>
            <numerusform>%n selection sits where its own text disagrees</numerusform>
            <numerusform>%n selections sit where their own text disagrees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the positions of %n source(s) rest on weak or mixed evidence</source>
        <translation>
            <numerusform>the positions of %n source rest on weak or mixed evidence</numerusform>
            <numerusform>the positions of %n sources rest on weak or mixed evidence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n name(s) found in quotations. Edit or pseudonymise the transcript, unpin the quotation, or keep them below.</source>
        <translation>
            <numerusform>%n name found in quotations. Edit or pseudonymise the transcript, unpin the quotation, or keep it below.</numerusform>
            <numerusform>%n names found in quotations. Edit or pseudonymise the transcript, unpin the quotation, or keep them below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n quote(s)</source>
        <translation>
            <numerusform>{file}: %n quote</numerusform>
            <numerusform>{file}: %n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Import %n File(s)</source>
        <translation>
            <numerusform>Import %n File</numerusform>
            <numerusform>Import %n Files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported</source>
        <translation>
            <numerusform>%n file cannot be imported</numerusform>
            <numerusform>%n files cannot be imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Imported %n transcript(s)</source>
        <translation>
            <numerusform>Imported %n transcript</numerusform>
            <numerusform>Imported %n transcripts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixPane</name>
    <message numerus="yes">
        <source>&lt;b&gt;{row} × {column}&lt;/b&gt;: %n segment(s) (click one to see it in its transcript)</source>
        <translation>
            <numerusform>&lt;b&gt;{row} × {column}&lt;/b&gt;: %n segment (click it to see it in its transcript)</numerusform>
            <numerusform>&lt;b&gt;{row} × {column}&lt;/b&gt;: %n segments (click one to see it in its transcript)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixTableModel</name>
    <message numerus="yes">
        <source>{who}: %n participant(s)</source>
        <translation>
            <numerusform>{who}: %n participant</numerusform>
            <numerusform>{who}: %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n coder</numerusform>
            <numerusform>%n coders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n attribute</numerusform>
            <numerusform>%n attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n memo</numerusform>
            <numerusform>%n memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved query(ies)</source>
        <translation>
            <numerusform>%n saved query</numerusform>
            <numerusform>%n saved queries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetrievalPane</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n participant(s)</source>
        <translation>
            <numerusform>from %n participant</numerusform>
            <numerusform>from %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %n passage(s) with &apos;{code_name}&apos;</source>
        <translation>
            <numerusform>Coded %n passage with &apos;{code_name}&apos;</numerusform>
            <numerusform>Coded %n passages with &apos;{code_name}&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln coding</numerusform>
            <numerusform>%Ln codings</numerusform>
        </translation>
    </message>
</context>
</TS>
