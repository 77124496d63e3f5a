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
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n name(s) found in quotations. Edit or pseudonymise the transcript, unpin the quotation, or keep them below.</source>
        <translation>
            <numerusform>%n name found in quotations. Edit or pseudonymise the transcript, unpin the quotation, or keep it below.</numerusform>
            <numerusform>%n names found in quotations. Edit or pseudonymise the transcript, unpin the quotation, or keep them below.</numerusform>
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
