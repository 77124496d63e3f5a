<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
