<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnalysisTab</name>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>AutocodeActions</name>
    <message>
        <source>Speaker or Role…</source>
        <translation>Sprecher:in oder Rolle…</translation>
    </message>
    <message>
        <source>Interview Guide Answers…</source>
        <translation>Antworten zum Interviewleitfaden…</translation>
    </message>
    <message>
        <source>Interview Guide…</source>
        <translation>Interviewleitfaden…</translation>
    </message>
    <message>
        <source>Auto-Code</source>
        <translation>Autokodierung</translation>
    </message>
</context>
<context>
    <name>CodeInspector</name>
    <message>
        <source>What this code means, in one or two sentences</source>
        <translation>Was dieser Code bedeutet, in ein oder zwei Sätzen</translation>
    </message>
    <message>
        <source>When to apply it</source>
        <translation>Wann er anzuwenden ist</translation>
    </message>
    <message>
        <source>When not to apply it (and which code to use instead)</source>
        <translation>Wann er nicht anzuwenden ist (und welcher Code stattdessen)</translation>
    </message>
    <message>
        <source>A typical quote</source>
        <translation>Ein typisches Zitat</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <source>Inclusion:</source>
        <translation>Einschluss:</translation>
    </message>
    <message>
        <source>Exclusion:</source>
        <translation>Ausschluss:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n Kodierung</numerusform>
            <numerusform>%n Kodierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a code to see and edit its definition.</source>
        <translation>Wählen Sie einen Code, um seine Definition zu sehen und zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>CodebookPane</name>
    <message>
        <source>Filter codes…</source>
        <translation>Codes filtern…</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Kodiersystem</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <source>New Sub-code</source>
        <translation>Neuer Subcode</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Interviewleitfaden</translation>
    </message>
    <message>
        <source>Interview Guide</source>
        <translation>Interviewleitfaden</translation>
    </message>
    <message>
        <source>Interview-guide questions: structural codes, kept apart from the codebook (Code ▸ Interview Guide…)</source>
        <translation>Fragen des Interviewleitfadens: strukturierende Codes, getrennt vom Kodiersystem (Kodieren ▸ Interviewleitfaden…)</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation>Andere Farbe…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
</context>
<context>
    <name>CoderBar</name>
    <message>
        <source>Add Coder</source>
        <translation>Kodierende Person hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new coder:</source>
        <translation>Name der neuen kodierenden Person:</translation>
    </message>
    <message>
        <source>Switch to Coder &apos;{name}&apos;</source>
        <translation>Zu Kodierender Person „{name}“ wechseln</translation>
    </message>
    <message>
        <source>Add Coder &apos;{name}&apos;</source>
        <translation>Kodierende Person „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>Kodierende Person:</translation>
    </message>
    <message>
        <source>Who is coding now: new codings are theirs</source>
        <translation>Wer gerade kodiert: neue Kodierungen gehören dieser Person</translation>
    </message>
    <message>
        <source>Show Coders</source>
        <translation>Kodierende anzeigen</translation>
    </message>
    <message>
        <source>Whose codings the transcript and its stripes show</source>
        <translation>Wessen Kodierungen das Transkript und seine Streifen zeigen</translation>
    </message>
    <message>
        <source>Blind Coding</source>
        <translation>Blindkodierung</translation>
    </message>
    <message>
        <source>Show only your own codings while you code (Ctrl+Shift+B)</source>
        <translation>Nur die eigenen Kodierungen zeigen, während Sie kodieren (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Add Coder…</source>
        <translation>Kodierende Person hinzufügen…</translation>
    </message>
    <message>
        <source>Show Coders ({shown}/{all})</source>
        <translation>Kodierende anzeigen ({shown}/{all})</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodierungen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Kodierte Segmente</translation>
    </message>
    <message>
        <source>Sources with a coded segment</source>
        <translation>Quellen mit einem kodierten Segment</translation>
    </message>
    <message>
        <source>Participants with a coded segment</source>
        <translation>Teilnehmende mit einem kodierten Segment</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Kodierende Person</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a command (e.g. import, export, theme)…</source>
        <translation>Befehl eingeben (z. B. Import, Export, Thema)…</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare &amp;Coders…</source>
        <translation>Kodierende verg&amp;leichen…</translation>
    </message>
    <message>
        <source>Two coders side by side: agreement, disagreements, consensus</source>
        <translation>Zwei Kodierende nebeneinander: Übereinstimmung, Abweichungen, Konsens</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Import REFI-QDA &amp;Project…</source>
        <translation>REFI-QDA-&amp;Projekt importieren…</translation>
    </message>
    <message>
        <source>Import Code&amp;book (.qdc)…</source>
        <translation>&amp;Kodiersystem importieren (.qdc)…</translation>
    </message>
    <message>
        <source>E&amp;xport REFI-QDA Project…</source>
        <translation>REFI-QDA-Projekt e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export Codebook (.&amp;qdc)…</source>
        <translation>Kodiersystem exportieren (.&amp;qdc)…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Export Report and Workbook</source>
        <translation>Bericht und Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Word theme report</source>
        <translation>Themenbericht (Word)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>candidate ({n})</source>
        <translation>vorläufig ({n})</translation>
    </message>
    <message>
        <source>reviewed ({n})</source>
        <translation>überprüft ({n})</translation>
    </message>
    <message>
        <source>final ({n})</source>
        <translation>endgültig ({n})</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Themen:</translation>
    </message>
    <message>
        <source>Suggest quotes to fill each theme up to</source>
        <translation>Zitate vorschlagen, um jedes Thema aufzufüllen bis</translation>
    </message>
    <message>
        <source>Pinned quotes always appear. Suggested ones carry a Word comment asking for review.</source>
        <translation>Angeheftete Zitate erscheinen immer. Vorgeschlagene tragen einen Word-Kommentar mit der Bitte um Prüfung.</translation>
    </message>
    <message>
        <source>quotes (each marked for review)</source>
        <translation>Zitate (jedes zur Prüfung markiert)</translation>
    </message>
    <message>
        <source>Quotes:</source>
        <translation>Zitate:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <source>label (P3)</source>
        <translation>Kennung (P3)</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Name participants by:</source>
        <translation>Teilnehmende benennen nach:</translation>
    </message>
    <message>
        <source>Summary by:</source>
        <translation>Übersicht nach:</translation>
    </message>
    <message>
        <source>Keep interviewer talk inside quotes</source>
        <translation>Aussagen der Interviewer:in in Zitaten behalten</translation>
    </message>
    <message>
        <source>Print where each quote is in the recording (00:12:04)</source>
        <translation>Angeben, wo jedes Zitat in der Aufnahme liegt (00:12:04)</translation>
    </message>
    <message>
        <source>From the transcript&apos;s turn times, spread over the characters of a turn; quotes from transcripts without times get none.</source>
        <translation>Aus den Zeiten der Redebeiträge im Transkript, über die Zeichen eines Beitrags verteilt; Zitate aus Transkripten ohne Zeiten erhalten keine.</translation>
    </message>
    <message>
        <source>Name participants in the study summary (else counts only)</source>
        <translation>Teilnehmende in der Studienübersicht nennen (sonst nur Anzahlen)</translation>
    </message>
    <message>
        <source>Include the thematic map</source>
        <translation>Thematische Landkarte einfügen</translation>
    </message>
    <message>
        <source>Include charts (theme prevalence by role, code frequencies)</source>
        <translation>Diagramme einfügen (Verbreitung der Themen nach Rolle, Häufigkeit der Codes)</translation>
    </message>
    <message>
        <source>Checklists:</source>
        <translation>Checklisten:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Headings, tables, captions, methods and checklists, sheet and column names. Your codes, themes, narratives and quotations are never translated.</source>
        <translation>Überschriften, Tabellen, Beschriftungen, Methoden und Checklisten, Blatt- und Spaltennamen. Ihre Codes, Themen, Beschreibungen und Zitate werden nie übersetzt.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word-Vorlage</translation>
    </message>
    <message>
        <source>a .docx or .dotx whose styles and pages to use</source>
        <translation>eine .docx- oder .dotx-Datei, deren Formatvorlagen und Seiten verwendet werden</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:in:</translation>
    </message>
    <message>
        <source>Names in quotations</source>
        <translation>Namen in Zitaten</translation>
    </message>
    <message>
        <source>Each quotation is checked against the project&apos;s speaker names, pseudonym fields and pseudonym list before the report is written.</source>
        <translation>Jedes Zitat wird vor dem Schreiben des Berichts mit den Sprechernamen, Pseudonymfeldern und der Pseudonymliste des Projekts abgeglichen.</translation>
    </message>
    <message>
        <source>Keep the names found (the report&apos;s methods will say so)</source>
        <translation>Gefundene Namen behalten (die Methoden des Berichts sagen es)</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) found in quotations. Edit or pseudonymise the transcript, unpin the quotation, or keep them below.</source>
        <translation>
            <numerusform>%n Name in Zitaten gefunden. Bearbeiten oder pseudonymisieren Sie das Transkript, lösen Sie das Zitat oder behalten Sie ihn unten.</numerusform>
            <numerusform>%n Namen in Zitaten gefunden. Bearbeiten oder pseudonymisieren Sie das Transkript, lösen Sie das Zitat oder behalten Sie sie unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No names known to the project appear in the report&apos;s quotations.</source>
        <translation>Kein dem Projekt bekannter Name erscheint in den Zitaten des Berichts.</translation>
    </message>
    <message>
        <source>For example: “…” {sample}</source>
        <translation>Zum Beispiel: „…“ {sample}</translation>
    </message>
    <message>
        <source>Choose at least one file to write.</source>
        <translation>Wählen Sie mindestens eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>Geschrieben: {files}.</translation>
    </message>
    <message>
        <source>Cancelled: the file in progress was not written.</source>
        <translation>Abgebrochen: Die Datei in Arbeit wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to use iKT Desktop, step by step</source>
        <translation>iKT Desktop Schritt für Schritt</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Link the recording found beside the file</source>
        <translation>Die neben der Datei gefundene Aufnahme verknüpfen</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Aufnahme:</translation>
    </message>
    <message>
        <source>None beside this file (link one later: Recording ▸ Link Recording…)</source>
        <translation>Keine neben dieser Datei (später verknüpfen: Aufnahme ▸ Aufnahme verknüpfen…)</translation>
    </message>
    <message>
        <source>Not linked: {reason}</source>
        <translation>Nicht verknüpft: {reason}</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>length unknown</source>
        <translation>Länge unbekannt</translation>
    </message>
    <message>
        <source>Link {name} ({kind}, {length}) as a reference</source>
        <translation>{name} ({kind}, {length}) als Verweis verknüpfen</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>Takes effect the next time iKT Desktop starts.</source>
        <translation>Wirkt beim nächsten Start von iKT Desktop.</translation>
    </message>
    <message>
        <source>iKT Desktop will show its menus and windows in {language} the next time it starts.</source>
        <translation>iKT Desktop zeigt seine Menüs und Fenster beim nächsten Start auf {language}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>iKT Desktop projects (*.ikt)</source>
        <translation>iKT-Desktop-Projekte (*.ikt)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Transcripts…</source>
        <translation>Transkripte &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Report and Workbook…</source>
        <translation>Bericht und Arbeitsmappe &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find in Project…</source>
        <translation>Im Projekt &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>Study &amp;Details…</source>
        <translation>Studien&amp;angaben…</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kodieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Participant Talk Only</source>
        <translation>Nur Aussagen der &amp;Teilnehmenden</translation>
    </message>
    <message>
        <source>&amp;Dim Interviewer Turns</source>
        <translation>Beiträge der Interviewer:in abblen&amp;den</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Next Coded Segment</source>
        <translation>&amp;Nächstes kodiertes Segment</translation>
    </message>
    <message>
        <source>Pre&amp;vious Coded Segment</source>
        <translation>&amp;Vorheriges kodiertes Segment</translation>
    </message>
    <message>
        <source>Reset Pane Sizes</source>
        <translation>Bereichsgrößen zurücksetzen</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>{path}: {finding}. Nothing was written to it; it is open read-only. File ▸ Restore Snapshot… brings back an earlier copy.</source>
        <translation>{path}: {finding}. Es wurde nichts hineingeschrieben; das Projekt ist schreibgeschützt geöffnet. Datei ▸ Sicherung wiederherstellen… holt eine frühere Kopie zurück.</translation>
    </message>
    <message>
        <source>The project file is damaged</source>
        <translation>Die Projektdatei ist beschädigt</translation>
    </message>
    <message>
        <source>Project closed with a problem</source>
        <translation>Projekt mit einem Problem geschlossen</translation>
    </message>
    <message>
        <source>Recent Codes</source>
        <translation>Zuletzt verwendete Codes</translation>
    </message>
    <message>
        <source>No more coded segments in this direction</source>
        <translation>Keine weiteren kodierten Segmente in dieser Richtung</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[schreibgeschützt]</translation>
    </message>
    <message>
        <source>Coder: {name}</source>
        <translation>Kodierende Person: {name}</translation>
    </message>
    <message>
        <source>No coder</source>
        <translation>Keine kodierende Person</translation>
    </message>
    <message>
        <source>Read-only: changes are not possible</source>
        <translation>Schreibgeschützt: Änderungen sind nicht möglich</translation>
    </message>
    <message>
        <source>Wrote {files}</source>
        <translation>Geschrieben: {files}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n transcript(s)</source>
        <translation>
            <numerusform>%n Transkript importiert</numerusform>
            <numerusform>%n Transkripte importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Offline qualitative interview research. Your projects never leave this computer.</source>
        <translation>Qualitative Interviewforschung, offline. Ihre Projekte verlassen diesen Computer nie.</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Link Recording…</source>
        <translation>Aufnahme verknüpfen…</translation>
    </message>
    <message>
        <source>Relink Recording…</source>
        <translation>Aufnahme neu verknüpfen…</translation>
    </message>
    <message>
        <source>Embed Recording in Project</source>
        <translation>Aufnahme in das Projekt einbetten</translation>
    </message>
    <message>
        <source>Unlink Recording</source>
        <translation>Verknüpfung der Aufnahme lösen</translation>
    </message>
    <message>
        <source>Set Turn Time from Playhead</source>
        <translation>Zeit des Beitrags von der Abspielposition setzen</translation>
    </message>
    <message>
        <source>No recording linked: Recording ▸ Link Recording…</source>
        <translation>Keine Aufnahme verknüpft: Aufnahme ▸ Aufnahme verknüpfen…</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>&amp;Meeting Mode</source>
        <translation>&amp;Besprechungsmodus</translation>
    </message>
    <message>
        <source>Next &amp;Disagreement</source>
        <translation>Nächste &amp;Abweichung</translation>
    </message>
    <message>
        <source>Previous Disa&amp;greement</source>
        <translation>Vorherige Abwei&amp;chung</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>&amp;Merge Project…</source>
        <translation>Projekt zusammenfüh&amp;ren…</translation>
    </message>
</context>
<context>
    <name>QueryPane</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>RetrievalPane</name>
    <message>
        <source>Select a code to see its segments.</source>
        <translation>Wählen Sie einen Code, um seine Segmente zu sehen.</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Subcodes einbeziehen</translation>
    </message>
    <message>
        <source>Filter segments by participant</source>
        <translation>Segmente nach Teilnehmenden filtern</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Kodierte Segmente</translation>
    </message>
    <message>
        <source>Copy Quotes</source>
        <translation>Zitate kopieren</translation>
    </message>
    <message>
        <source>Remove Coding</source>
        <translation>Kodierung entfernen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Memo on the selected coding…</source>
        <translation>Memo zur gewählten Kodierung…</translation>
    </message>
    <message>
        <source>Coding memo</source>
        <translation>Kodiermemo</translation>
    </message>
    <message>
        <source>Save Memo</source>
        <translation>Memo speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n participant(s)</source>
        <translation>
            <numerusform>von %n teilnehmenden Person</numerusform>
            <numerusform>von %n Teilnehmenden</numerusform>
        </translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Alle Teilnehmenden</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rolle: {role}</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>Securit&amp;y</source>
        <translation>Sic&amp;herheit</translation>
    </message>
    <message>
        <source>&amp;Encrypt Project…</source>
        <translation>Projekt &amp;verschlüsseln…</translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;Remove Encryption…</source>
        <translation>Verschlüsselung &amp;entfernen…</translation>
    </message>
</context>
<context>
    <name>SegmentPlay</name>
    <message>
        <source>Play Segment</source>
        <translation>Segment abspielen</translation>
    </message>
    <message>
        <source>Play the segment&apos;s time in its recording, then stop ({key})</source>
        <translation>Die Zeit des Segments in seiner Aufnahme abspielen, dann anhalten ({key})</translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message>
        <source>Restore &amp;Snapshot…</source>
        <translation>Sicherungspunkt &amp;wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <source>Filter sources…</source>
        <translation>Quellen filtern…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Qualitative interview research on this computer: import transcripts, code them, build themes, compare coders, write the report. Nothing leaves the laptop.</source>
        <translation>Qualitative Interviewforschung auf diesem Rechner: Transkripte importieren, kodieren, Themen bilden, Kodierende vergleichen, den Bericht schreiben. Nichts verlässt den Laptop.</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Start an empty project (Ctrl+N)</source>
        <translation>Ein leeres Projekt beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open an .ikt project file (Ctrl+O)</source>
        <translation>Eine .ikt-Projektdatei öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>A fresh copy of the example study: 8 interviews, codes and themes</source>
        <translation>Eine frische Kopie der Beispielstudie: 8 Interviews, Codes und Themen</translation>
    </message>
    <message>
        <source>Import Transcripts…</source>
        <translation>Transkripte importieren…</translation>
    </message>
    <message>
        <source>Create a project, then add Word, text, WebVTT or SRT transcripts</source>
        <translation>Ein Projekt anlegen, dann Word-, Text-, WebVTT- oder SRT-Transkripte hinzufügen</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>ThemeInspector</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark setting</source>
        <translation>Der hellen oder dunklen Einstellung des Desktops folgen</translation>
    </message>
    <message>
        <source>Use the {palette} palette</source>
        <translation>Die Palette {palette} verwenden</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln Kodierung</numerusform>
            <numerusform>%Ln Kodierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(some coders hidden)</source>
        <translation>(einige Kodierende ausgeblendet)</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Play / pause ({key})</source>
        <translation>Abspielen / Pause ({key})</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <source>Back 5 seconds ({key})</source>
        <translation>5 Sekunden zurück ({key})</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <source>Forward 5 seconds ({key})</source>
        <translation>5 Sekunden vor ({key})</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Position in der Aufnahme</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Highlight the turn being played and keep it in view</source>
        <translation>Den abgespielten Beitrag hervorheben und im Blick behalten</translation>
    </message>
    <message>
        <source>Relink…</source>
        <translation>Neu verknüpfen…</translation>
    </message>
    <message>
        <source>Vol</source>
        <translation>Lautst.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Coded Segments</source>
        <translation>Kodierte Segmente</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Kodieren</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
</context>
</TS>
