<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddCodebookCommand</name>
    <message>
        <source>Import Codebook &apos;{name}&apos;</source>
        <translation>Kodiersystem &apos;{name}&apos; importieren</translation>
    </message>
</context>
<context>
    <name>AddGuideQuestionsCommand</name>
    <message>
        <source>Add {count} Interview-Guide Questions</source>
        <translation>{count} Fragen des Interviewleitfadens hinzufügen</translation>
    </message>
</context>
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
    <name>ApplyCodeCommand</name>
    <message>
        <source>Code &apos;{code_name}&apos;</source>
        <translation>&apos;{code_name}&apos; kodieren</translation>
    </message>
</context>
<context>
    <name>ArrangeBoardCommand</name>
    <message>
        <source>Arrange Codes by Co-occurrence</source>
        <translation>Codes nach Kookkurrenz anordnen</translation>
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
    <message>
        <source>Coding {count} passages…</source>
        <translation>{count} Passagen werden kodiert…</translation>
    </message>
</context>
<context>
    <name>AutocodeCommand</name>
    <message>
        <source>Redoing the auto-coding…</source>
        <translation>Autokodierung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Coding…</source>
        <translation>Wird kodiert…</translation>
    </message>
    <message>
        <source>Undoing the auto-coding…</source>
        <translation>Autokodierung wird rückgängig gemacht…</translation>
    </message>
</context>
<context>
    <name>AutocodeDialogs</name>
    <message>
        <source>Load Interview Guide</source>
        <translation>Interviewleitfaden laden</translation>
    </message>
    <message>
        <source>Interview guide (*.txt *.md *.docx);;All files (*)</source>
        <translation>Interviewleitfaden (*.txt *.md *.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BackgroundWorker</name>
    <message>
        <source>unexpected error ({exc})</source>
        <translation>unerwarteter Fehler ({exc})</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Theme board</source>
        <translation>Themenwand</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>{path}: could not be written</source>
        <translation>{path}: Datei konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ChartsPane</name>
    <message>
        <source>Code frequencies</source>
        <translation>Häufigkeit der Codes</translation>
    </message>
    <message>
        <source>Theme prevalence by role</source>
        <translation>Verbreitung der Themen nach Rolle</translation>
    </message>
    <message>
        <source>Codings per source</source>
        <translation>Kodierungen pro Quelle</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>CodeAsNewCommand</name>
    <message>
        <source>Code as New</source>
        <translation>Als neuen Code kodieren</translation>
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
    <message>
        <source>Code {name}</source>
        <translation>{name} kodieren</translation>
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
    <message>
        <source>Ctrl+Z in the field brings back your text.</source>
        <translation>Strg+Z im Feld holt Ihren Text zurück.</translation>
    </message>
</context>
<context>
    <name>CodeSearchHitsCommand</name>
    <message>
        <source>Code Hits of “{query}” with &apos;{code_name}&apos;</source>
        <translation>Treffer von „{query}“ mit &apos;{code_name}&apos; kodieren</translation>
    </message>
    <message>
        <source>Coding the hits again…</source>
        <translation>Treffer werden erneut kodiert…</translation>
    </message>
    <message>
        <source>Removing the codings…</source>
        <translation>Kodierungen werden entfernt…</translation>
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
        <source>New Sub-code</source>
        <comment>toolbar button</comment>
        <translation>Subcode</translation>
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
    <name>CodingActions</name>
    <message>
        <source>Code Selection As…</source>
        <translation>Auswahl kodieren als…</translation>
    </message>
    <message>
        <source>In-Vivo Code</source>
        <translation>In-vivo-Code</translation>
    </message>
    <message>
        <source>Remove Coding at Cursor</source>
        <translation>Kodierung am Cursor entfernen</translation>
    </message>
    <message>
        <source>Resize Coding to Selection</source>
        <translation>Kodierung an Auswahl anpassen</translation>
    </message>
    <message>
        <source>Snap Selection to Whole Words</source>
        <translation>Auswahl auf ganze Wörter erweitern</translation>
    </message>
    <message>
        <source>Recent Code {n}</source>
        <translation>Letzter Code {n}</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code.</source>
        <translation>Markieren Sie zuerst Text und wählen Sie dann einen Code.</translation>
    </message>
    <message>
        <source>Coded {count} characters as &apos;{code_name}&apos;</source>
        <translation>{count} Zeichen als &apos;{code_name}&apos; kodiert</translation>
    </message>
    <message>
        <source>Code as New</source>
        <translation>Als neuen Code kodieren</translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation>Markieren Sie zuerst Text.</translation>
    </message>
    <message>
        <source>Select the words to use as the code&apos;s name.</source>
        <translation>Markieren Sie die Wörter, die der Name des Codes werden sollen.</translation>
    </message>
    <message>
        <source>Select some text first, then press Ctrl+K.</source>
        <translation>Markieren Sie zuerst Text und drücken Sie dann Strg+K.</translation>
    </message>
    <message>
        <source>There is no coding at the cursor.</source>
        <translation>Am Cursor gibt es keine Kodierung.</translation>
    </message>
    <message>
        <source>Select the new extent, starting inside the coding to resize.</source>
        <translation>Markieren Sie den neuen Umfang, beginnend innerhalb der anzupassenden Kodierung.</translation>
    </message>
    <message>
        <source>Coding menu</source>
        <translation>Kodiermenü</translation>
    </message>
    <message>
        <source>Recent Codes</source>
        <translation>Letzte Codes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Remove Coding &apos;{name}&apos;</source>
        <translation>Kodierung &apos;{name}&apos; entfernen</translation>
    </message>
    <message>
        <source>Change Code of &apos;{name}&apos;…</source>
        <translation>Code von &apos;{name}&apos; ändern…</translation>
    </message>
    <message>
        <source>Edit Memo of &apos;{name}&apos;…</source>
        <translation>Memo von &apos;{name}&apos; bearbeiten…</translation>
    </message>
    <message>
        <source>Resize &apos;{name}&apos; to Selection</source>
        <translation>&apos;{name}&apos; an Auswahl anpassen</translation>
    </message>
    <message>
        <source>Memo on this coding of &apos;{name}&apos;</source>
        <translation>Memo zu dieser Kodierung von &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wortlaut</translation>
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
        <source>Turns to code</source>
        <translation>Zu kodieren</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Asked as</source>
        <translation>Gestellt als</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Beiträge</translation>
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
    <message>
        <source>Speaker in file</source>
        <translation>Sprecher:in (Datei)</translation>
    </message>
    <message>
        <source>Label in text</source>
        <translation>Kennung im Text</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Hit in Context</source>
        <translation>Treffer im Kontext</translation>
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
    <message>
        <source>Command to find</source>
        <translation>Gesuchter Befehl</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
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
    <message>
        <source>Compare Coders</source>
        <translation>Kodierende vergleichen</translation>
    </message>
    <message>
        <source>Coder A</source>
        <translation>Kodierende A</translation>
    </message>
    <message>
        <source>Coder B</source>
        <translation>Kodierende B</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Shading:</source>
        <translation>Schattierung:</translation>
    </message>
    <message>
        <source>Computing agreement…</source>
        <translation>Übereinstimmung wird berechnet…</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorherige</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nächste ▶</translation>
    </message>
    <message>
        <source>Previous disagreement (Shift+N, Shift+F8)</source>
        <translation>Vorherige Abweichung (Umschalt+N, Umschalt+F8)</translation>
    </message>
    <message>
        <source>Next disagreement (N, F8)</source>
        <translation>Nächste Abweichung (N, F8)</translation>
    </message>
    <message>
        <source>Note for the decision log (why)</source>
        <translation>Notiz für das Entscheidungsprotokoll (warum)</translation>
    </message>
    <message>
        <source>Accept A</source>
        <translation>A übernehmen</translation>
    </message>
    <message>
        <source>Accept B</source>
        <translation>B übernehmen</translation>
    </message>
    <message>
        <source>Accept Both</source>
        <translation>Beide übernehmen</translation>
    </message>
    <message>
        <source>Consensus Coding</source>
        <translation>Konsenskodierung</translation>
    </message>
    <message>
        <source>Code the selected text (or the whole stretch) under the &apos;{coder}&apos; coder</source>
        <translation>Den markierten Text (oder den ganzen Abschnitt) als kodierende Person &apos;{coder}&apos; kodieren</translation>
    </message>
    <message>
        <source>Only {name}</source>
        <translation>Nur {name}</translation>
    </message>
    <message>
        <source>{total} disagreements ({open} open). Press N for the next.</source>
        <translation>{total} Abweichungen ({open} offen). N drücken für die nächste.</translation>
    </message>
    <message>
        <source>Disagreement {number} of {total} ({open} open): &lt;b&gt;{code}&lt;/b&gt; [{start}–{end}); {a} coded {a_chars}, {b} coded {b_chars} characters of it; {state}.</source>
        <translation>Abweichung {number} von {total} ({open} offen): &lt;b&gt;{code}&lt;/b&gt; [{start}–{end}); {a} kodierte {a_chars}, {b} kodierte {b_chars} Zeichen davon; {state}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {sources} transcript(s) coded by both&lt;br&gt;&lt;b&gt;Character level&lt;/b&gt; (unit: {unit}, {units}): agreement {agreement}, Cohen&apos;s kappa {kappa}, Krippendorff&apos;s alpha {alpha}&lt;br&gt;&amp;nbsp;&amp;nbsp;both {both} · only {a} {a_only} · only {b} {b_only} · neither {neither}&lt;br&gt;&lt;b&gt;Segment level&lt;/b&gt; (unit: coded segment, agreeing at ≥ {overlap} overlap; {segments}): agreement {segment_agreement}, Brennan &amp;amp; Prediger kappa {segment_kappa}{pooled}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {sources} von beiden kodierte(s) Transkript(e)&lt;br&gt;&lt;b&gt;Zeichenebene&lt;/b&gt; (Einheit: {unit}, {units}): Übereinstimmung {agreement}, Cohens Kappa {kappa}, Krippendorffs Alpha {alpha}&lt;br&gt;&amp;nbsp;&amp;nbsp;beide {both} · nur {a} {a_only} · nur {b} {b_only} · keine {neither}&lt;br&gt;&lt;b&gt;Segmentebene&lt;/b&gt; (Einheit: kodiertes Segment, übereinstimmend ab ≥ {overlap} Überlappung; {segments}): Übereinstimmung {segment_agreement}, Kappa nach Brennan &amp;amp; Prediger {segment_kappa}{pooled}</translation>
    </message>
    <message>
        <source>Decisions on this transcript</source>
        <translation>Entscheidungen zu diesem Transkript</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <source>Only {name} (wavy underline)</source>
        <translation>Nur {name} (Wellenlinie)</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>Wählen Sie zwei verschiedene Kodierende.</translation>
    </message>
    <message>
        <source>{a} and {b} have not coded any transcript in common.</source>
        <translation>{a} und {b} haben kein gemeinsames Transkript kodiert.</translation>
    </message>
    <message>
        <source>{decided:%Y-%m-%d %H:%M} {who}: {choice} on {code} [{start}–{end}){note}</source>
        <translation>{decided:%Y-%m-%d %H:%M} {who}: {choice} für {code} [{start}–{end}){note}</translation>
    </message>
    <message>
        <source>No disagreements here.</source>
        <translation>Hier keine Abweichungen.</translation>
    </message>
    <message>
        <source>decided: {choice}</source>
        <translation>entschieden: {choice}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>all codes (pooled)</source>
        <translation>alle Codes (zusammengefasst)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: neither coder used this code in the {sources} transcript(s) both coded; nothing to compare.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: Keine der kodierenden Personen hat diesen Code in den {sources} von beiden kodierten Transkript(en) verwendet; nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>character x code pairs</source>
        <translation>Paare Zeichen × Code</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;All codes&lt;/b&gt; (character level, pooled): agreement {agreement}, kappa {kappa}, alpha {alpha}</source>
        <translation>&lt;br&gt;&lt;b&gt;Alle Codes&lt;/b&gt; (Zeichenebene, zusammengefasst): Übereinstimmung {agreement}, Kappa {kappa}, Alpha {alpha}</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Participant attribute</source>
        <translation>Merkmal der Teilnehmenden</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>choose values</source>
        <translation>Werte wählen</translation>
    </message>
    <message>
        <source>Attribute values</source>
        <translation>Merkmalswerte</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>from (YYYY-MM-DD)</source>
        <translation>von (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to (YYYY-MM-DD)</source>
        <translation>bis (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>inclusion rule</source>
        <translation>Einschlusskriterium</translation>
    </message>
    <message>
        <source>exclusion rule</source>
        <translation>Ausschlusskriterium</translation>
    </message>
    <message>
        <source>example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>place in the codebook</source>
        <translation>Platz im Kodiersystem</translation>
    </message>
    <message>
        <source>central concept</source>
        <translation>zentrales Konzept</translation>
    </message>
    <message>
        <source>boundaries</source>
        <translation>Abgrenzung</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>span</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>Another coder</source>
        <translation>Eine andere kodierende Person</translation>
    </message>
    <message>
        <source>{who} changed the {what} of &apos;{name}&apos; at {time}; your edit was not saved.</source>
        <translation>{who} hat das Feld „{what}“ von „{name}“ um {time} geändert; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>{who} changed the {what} of &apos;{name}&apos;; your edit was not saved.</source>
        <translation>{who} hat das Feld „{what}“ von „{name}“ geändert; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The new {what} is shown.</source>
        <translation>Das gespeicherte Feld „{what}“ wird angezeigt.</translation>
    </message>
    <message>
        <source>{who} has since applied it to 1 segment.</source>
        <translation>{who} hat ihn seitdem auf 1 Segment angewendet.</translation>
    </message>
    <message>
        <source>{who} has since applied it to {count} segments.</source>
        <translation>{who} hat ihn seitdem auf {count} Segmente angewendet.</translation>
    </message>
    <message>
        <source>{who} has since pinned it as a quote of &apos;{theme}&apos;.</source>
        <translation>{who} hat es seitdem als Zitat von „{theme}“ angeheftet.</translation>
    </message>
    <message>
        <source>{who} has since pinned a quote of it in &apos;{theme}&apos;.</source>
        <translation>{who} hat seitdem ein Zitat daraus in „{theme}“ angeheftet.</translation>
    </message>
    <message>
        <source>{who} has since pinned {count} quotes of it in &apos;{theme}&apos;.</source>
        <translation>{who} hat seitdem {count} Zitate daraus in „{theme}“ angeheftet.</translation>
    </message>
    <message>
        <source>{who} has since edited this coding of &apos;{code}&apos;.</source>
        <translation>{who} hat diese Kodierung von „{code}“ seitdem bearbeitet.</translation>
    </message>
    <message>
        <source>{who} has since changed &apos;{name}&apos;.</source>
        <translation>{who} hat „{name}“ seitdem geändert.</translation>
    </message>
    <message>
        <source>{who} has since changed the {what} of &apos;{name}&apos;.</source>
        <translation>{who} hat seitdem das Feld „{what}“ von „{name}“ geändert.</translation>
    </message>
    <message>
        <source>Cannot redo “{action}”:</source>
        <translation>„{action}“ kann nicht wiederhergestellt werden:</translation>
    </message>
    <message>
        <source>Cannot undo “{action}”:</source>
        <translation>„{action}“ kann nicht rückgängig gemacht werden:</translation>
    </message>
</context>
<context>
    <name>CountedNames</name>
    <message numerus="yes">
        <source>Import %n Transcript(s)</source>
        <translation>
            <numerusform>%n Transkript importieren</numerusform>
            <numerusform>%n Transkripte importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>{app}: something went wrong</source>
        <translation>{app}: Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>An unexpected error happened. Your project is safe: every action is saved as it happens, and the action that failed was not saved.

Please copy the details below into a bug report.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Ihr Projekt ist sicher: Jede Aktion wird gespeichert, sobald sie geschieht, und die fehlgeschlagene Aktion wurde nicht gespeichert.

Bitte kopieren Sie die Details unten in einen Fehlerbericht.</translation>
    </message>
    <message>
        <source>
The log file is {log_file}.</source>
        <translation>
Die Protokolldatei ist {log_file}.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>CreateCodeCommand</name>
    <message>
        <source>New Code &apos;{name}&apos;</source>
        <translation>Neuer Code &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>CreateThemeCommand</name>
    <message>
        <source>New Theme &apos;{name}&apos;</source>
        <translation>Neues Thema &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>DecideCommand</name>
    <message>
        <source>Accept A</source>
        <translation>A übernehmen</translation>
    </message>
    <message>
        <source>Accept B</source>
        <translation>B übernehmen</translation>
    </message>
    <message>
        <source>Accept Both</source>
        <translation>Beide übernehmen</translation>
    </message>
    <message>
        <source>Consensus Coding</source>
        <translation>Konsenskodierung</translation>
    </message>
    <message>
        <source>{decision} on &apos;{code}&apos;</source>
        <translation>{decision} für &apos;{code}&apos;</translation>
    </message>
</context>
<context>
    <name>DeleteCodeCommand</name>
    <message>
        <source>Delete &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; löschen</translation>
    </message>
</context>
<context>
    <name>DeleteSavedQueryCommand</name>
    <message>
        <source>Delete {noun} &apos;{name}&apos;</source>
        <translation>{noun} &apos;{name}&apos; löschen</translation>
    </message>
</context>
<context>
    <name>DeleteThemeCommand</name>
    <message>
        <source>Delete Theme &apos;{name}&apos;</source>
        <translation>Thema &apos;{name}&apos; löschen</translation>
    </message>
</context>
<context>
    <name>EditCodeDetailsCommand</name>
    <message>
        <source>Edit {fields} of &apos;{name}&apos;</source>
        <translation>{fields} von &apos;{name}&apos; bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditCodingMemoCommand</name>
    <message>
        <source>Edit Coding Memo</source>
        <translation>Kodierungsmemo bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditThemeCommand</name>
    <message>
        <source>Edit {what} of &apos;{name}&apos;</source>
        <translation>{what} von &apos;{name}&apos; bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditTranscriptCommand</name>
    <message>
        <source>Edit Transcript &apos;{name}&apos;</source>
        <translation>Transkript &apos;{name}&apos; bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditTranscriptDialog</name>
    <message>
        <source>Edit Transcript — {name}</source>
        <translation>Transkript bearbeiten — {name}</translation>
    </message>
    <message>
        <source>Fix typos, mishearings or names. Codings, turns and pinned quotes follow the text; codings whose text you delete entirely are listed before saving.</source>
        <translation>Korrigieren Sie Tippfehler, Hörfehler oder Namen. Kodierungen, Redebeiträge und angeheftete Zitate folgen dem Text; Kodierungen, deren Text Sie ganz löschen, werden vor dem Speichern aufgelistet.</translation>
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
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt importieren</translation>
    </message>
    <message>
        <source>Save the Imported Project As</source>
        <translation>Importiertes Projekt speichern unter</translation>
    </message>
    <message>
        <source>Import {name} as</source>
        <translation>{name} importieren als</translation>
    </message>
    <message>
        <source>REFI-QDA project imported</source>
        <translation>REFI-QDA-Projekt importiert</translation>
    </message>
    <message>
        <source>Cannot import the project</source>
        <translation>Das Projekt kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt exportieren</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
    <message>
        <source>Cannot export the project</source>
        <translation>Das Projekt kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>Kodiersystem importieren</translation>
    </message>
    <message>
        <source>Codebook imported</source>
        <translation>Kodiersystem importiert</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>Kodiersystem exportieren</translation>
    </message>
    <message>
        <source>Cannot export the codebook</source>
        <translation>Das Kodiersystem kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>Abgebrochen; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Imported from {file}</source>
        <translation>Importiert aus {file}</translation>
    </message>
    <message>
        <source>Written by: {origin}</source>
        <translation>Geschrieben von: {origin}</translation>
    </message>
    <message>
        <source>Positions: {unit} — {reason}</source>
        <translation>Positionen: {unit} — {reason}</translation>
    </message>
    <message>
        <source>Positions (check): {line}</source>
        <translation>Positionen (prüfen): {line}</translation>
    </message>
    <message>
        <source>Positions: {line}</source>
        <translation>Positionen: {line}</translation>
    </message>
    <message>
        <source>Check: {line}</source>
        <translation>Prüfen: {line}</translation>
    </message>
    <message>
        <source>Imported: {line}</source>
        <translation>Importiert: {line}</translation>
    </message>
    <message>
        <source>Converted: {line}</source>
        <translation>Umgewandelt: {line}</translation>
    </message>
    <message>
        <source>Skipped: {line}</source>
        <translation>Übersprungen: {line}</translation>
    </message>
</context>
<context>
    <name>ExchangeSummaryDialog</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — from &lt;i&gt;{origin}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — aus &lt;i&gt;{origin}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Written by &lt;b&gt;{origin}&lt;/b&gt;.</source>
        <translation>Geschrieben von &lt;b&gt;{origin}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Positions read as &lt;b&gt;{unit}&lt;/b&gt;: {reason}.</source>
        <translation>Positionen gelesen als &lt;b&gt;{unit}&lt;/b&gt;: {reason}.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importzusammenfassung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Umgewandelt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s) sit where their own text disagrees</source>
        <translation>
            <numerusform>%n Auswahl liegt dort, wo ihr eigener Text abweicht</numerusform>
            <numerusform>%n Auswahlen liegen dort, wo ihr eigener Text abweicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the positions of %n source(s) rest on weak or mixed evidence</source>
        <translation>
            <numerusform>die Positionen von %n Quelle beruhen auf schwachen oder gemischten Hinweisen</numerusform>
            <numerusform>die Positionen von %n Quellen beruhen auf schwachen oder gemischten Hinweisen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Please check:&lt;/b&gt; {problems}.</source>
        <translation>&lt;b&gt;Bitte prüfen:&lt;/b&gt; {problems}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Positions by source</source>
        <translation>Positionen nach Quelle</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{path}: could not be written</source>
        <translation>{path}: Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Thematic map</source>
        <translation>Thematische Landkarte</translation>
    </message>
    <message>
        <source>Themes, sub-themes and codes, exported from iKT Desktop</source>
        <translation>Themen, Unterthemen und Codes, exportiert aus iKT Desktop</translation>
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
        <source>{name}: {themes} themes, {quotes} quotes</source>
        <translation>{name}: {themes} Themen, {quotes} Zitate</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n quote(s)</source>
        <translation>
            <numerusform>{file}: %n Zitat</numerusform>
            <numerusform>{file}: %n Zitate</numerusform>
        </translation>
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
    <name>FileFilters</name>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-Projekte (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA-Kodiersysteme (*.qdc)</translation>
    </message>
    <message>
        <source>iKT Desktop projects (*.ikt)</source>
        <translation>iKT-Desktop-Projekte (*.ikt)</translation>
    </message>
    <message>
        <source>Transcripts ({patterns})</source>
        <translation>Transkripte ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Recordings ({patterns})</source>
        <translation>Aufnahmen ({patterns})</translation>
    </message>
    <message>
        <source>Projects to merge (*.ikt *.qdpx);;iKT Desktop projects (*.ikt);;REFI-QDA projects (*.qdpx)</source>
        <translation>Zusammenzuführende Projekte (*.ikt *.qdpx);;iKT-Desktop-Projekte (*.ikt);;REFI-QDA-Projekte (*.qdpx)</translation>
    </message>
</context>
<context>
    <name>FilePlaces</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open Files</source>
        <translation>Dateien öffnen</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>FiltersBox</name>
    <message>
        <source>+ Condition</source>
        <translation>+ Bedingung</translation>
    </message>
    <message>
        <source>Only what participants with this value said</source>
        <translation>Nur, was Teilnehmende mit diesem Wert gesagt haben</translation>
    </message>
    <message>
        <source>any coder</source>
        <translation>beliebige kodierende Person</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Kodierende</translation>
    </message>
    <message>
        <source>all sources</source>
        <translation>alle Quellen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Gesagt von</translation>
    </message>
    <message>
        <source>Coded by</source>
        <translation>Kodiert von</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
</context>
<context>
    <name>GroupRow</name>
    <message>
        <source>( group</source>
        <translation>( Gruppe</translation>
    </message>
    <message>
        <source>A group: worked out first, then combined with the rest</source>
        <translation>Eine Gruppe: zuerst ausgewertet, dann mit dem Rest kombiniert</translation>
    </message>
</context>
<context>
    <name>GuideAnswersDialog</name>
    <message>
        <source>Auto-Code Interview Guide Answers</source>
        <translation>Antworten auf den Interviewleitfaden automatisch kodieren</translation>
    </message>
    <message>
        <source>How much of a question&apos;s wording the interviewer&apos;s turn must share (0-1; token-set similarity)</source>
        <translation>Wie viel vom Wortlaut einer Frage der Beitrag der interviewenden Person teilen muss (0-1; Ähnlichkeit der Wortmengen)</translation>
    </message>
    <message>
        <source>Also code the interviewer&apos;s question turn</source>
        <translation>Auch den Fragebeitrag der interviewenden Person kodieren</translation>
    </message>
    <message>
        <source>Preview to see which turns ask which guide question.</source>
        <translation>Vorschau zeigt, welche Beiträge welche Leitfadenfrage stellen.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Similarity at least</source>
        <translation>Ähnlichkeit mindestens</translation>
    </message>
    <message>
        <source>For each source, the interviewer&apos;s turn that asks each guide question is found; the participant&apos;s turns after it, up to the next guide question, are coded with that question. Untick wrong matches.</source>
        <translation>In jeder Quelle wird der Beitrag der interviewenden Person gesucht, der eine Leitfadenfrage stellt; die folgenden Beiträge der teilnehmenden Person bis zur nächsten Leitfadenfrage werden mit dieser Frage kodiert. Falsche Zuordnungen abwählen.</translation>
    </message>
    <message>
        <source>Matching the interview guide…</source>
        <translation>Interviewleitfaden wird zugeordnet…</translation>
    </message>
    <message>
        <source>{count} questions found ({missing} not found); {turns} turns to code; {already} already coded (skipped).</source>
        <translation>{count} Fragen gefunden ({missing} nicht gefunden); {turns} Beiträge zu kodieren; {already} bereits kodiert (übersprungen).</translation>
    </message>
    <message>
        <source>Auto-Code Guide Answers ({count} Turns)</source>
        <translation>Leitfadenantworten kodieren ({count} Beiträge)</translation>
    </message>
    <message>
        <source>Nothing ticked to code.</source>
        <translation>Nichts zum Kodieren angehakt.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Interview Guide</source>
        <translation>Interviewleitfaden</translation>
    </message>
    <message>
        <source>Paste the guide&apos;s questions here, one per line:
1. Can you tell me how you first became involved?
2. What has helped you take part?</source>
        <translation>Fügen Sie hier die Fragen des Leitfadens ein, eine pro Zeile:
1. Können Sie erzählen, wie Sie zum ersten Mal beteiligt waren?
2. Was hat Ihnen geholfen, mitzumachen?</translation>
    </message>
    <message>
        <source>Load File…</source>
        <translation>Datei laden…</translation>
    </message>
    <message>
        <source>interview guide</source>
        <translation>Interviewleitfaden</translation>
    </message>
    <message>
        <source>From Memo</source>
        <translation>Aus Memo</translation>
    </message>
    <message>
        <source>Take the questions from the project memo &apos;{title}&apos;</source>
        <translation>Die Fragen aus dem Projektmemo &apos;{title}&apos; übernehmen</translation>
    </message>
    <message>
        <source>Add Questions</source>
        <translation>Fragen hinzufügen</translation>
    </message>
    <message>
        <source>Guide questions are structural codes under &apos;Interview guide&apos;, kept apart from the codebook (see the Interview Guide tab). Double-click a short name or a wording to edit it; drag rows or use Move Up / Move Down to reorder. Use Code ▸ Auto-Code ▸ Interview Guide Answers… to code the answers.</source>
        <translation>Leitfadenfragen sind Strukturcodes unter &apos;Interview guide&apos;, getrennt vom Kodiersystem (siehe Reiter Interviewleitfaden). Doppelklicken Sie auf einen Kurznamen oder Wortlaut, um ihn zu bearbeiten; ziehen Sie Zeilen oder verwenden Sie Nach oben / Nach unten, um sie neu zu ordnen. Mit Kodieren ▸ Autokodierung ▸ Antworten auf den Interviewleitfaden… werden die Antworten kodiert.</translation>
    </message>
    <message>
        <source>New questions</source>
        <translation>Neue Fragen</translation>
    </message>
    <message>
        <source>Will be added as</source>
        <translation>Werden hinzugefügt als</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>In the guide ({count} questions)</source>
        <translation>Im Leitfaden ({count} Fragen)</translation>
    </message>
    <message>
        <source>Load Interview Guide</source>
        <translation>Interviewleitfaden laden</translation>
    </message>
</context>
<context>
    <name>GuideEditor</name>
    <message>
        <source>Delete Guide Questions</source>
        <translation>Leitfadenfragen löschen</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} Fragen</translation>
    </message>
    <message>
        <source>and its {codings} coding(s)</source>
        <translation>und ihre {codings} Kodierung(en)</translation>
    </message>
    <message>
        <source>and their {codings} coding(s)</source>
        <translation>und ihre {codings} Kodierung(en)</translation>
    </message>
    <message>
        <source>Delete {what}{with_codings}? Edit ▸ Undo brings them back.</source>
        <translation>{what}{with_codings} löschen? Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Guide questions</source>
        <translation>Leitfadenfragen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Reword &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; umformulieren</translation>
    </message>
    <message>
        <source>Move {count} Guide Questions</source>
        <translation>{count} Leitfadenfragen verschieben</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; löschen</translation>
    </message>
    <message>
        <source>Delete {count} Guide Questions</source>
        <translation>{count} Leitfadenfragen löschen</translation>
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
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer:in</translation>
    </message>
    <message>
        <source>Other speaker</source>
        <translation>Andere sprechende Person</translation>
    </message>
    <message>
        <source>Import Transcripts</source>
        <translation>Transkripte importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Preview of the stored text</source>
        <translation>Vorschau des gespeicherten Texts</translation>
    </message>
    <message>
        <source>Make Speaker</source>
        <translation>Zur sprechenden Person machen</translation>
    </message>
    <message>
        <source>Read one of these header labels as a speaker</source>
        <translation>Eine dieser Kopfzeilen-Kennungen als sprechende Person lesen</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <source>Header lines:</source>
        <translation>Kopfzeilen:</translation>
    </message>
    <message>
        <source>Source name:</source>
        <translation>Name der Quelle:</translation>
    </message>
    <message>
        <source>Link the recording found beside the file</source>
        <translation>Die neben der Datei gefundene Aufnahme verknüpfen</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Aufnahme:</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprechende</translation>
    </message>
    <message>
        <source>Preview (as it will be stored)</source>
        <translation>Vorschau (wie gespeichert)</translation>
    </message>
    <message>
        <source>{name}: unexpected error ({exc})</source>
        <translation>{name}: unerwarteter Fehler ({exc})</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>{state}: {file}</source>
        <translation>{state}: {file}</translation>
    </message>
    <message>
        <source>Add Transcripts</source>
        <translation>Transkripte hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be imported:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;Kann nicht importiert werden:&lt;/b&gt; {error}</translation>
    </message>
    <message>
        <source>Kept as notes, not speakers: </source>
        <translation>Als Notizen behalten, nicht als Sprechende: </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
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
    <message>
        <source>role of a new participant</source>
        <translation>Rolle einer neuen teilnehmenden Person</translation>
    </message>
    <message>
        <source>{file}: choose a participant label for {speaker}</source>
        <translation>{file}: Wählen Sie eine Teilnehmerkennung für {speaker}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n File(s)</source>
        <translation>
            <numerusform>%n Datei importieren</numerusform>
            <numerusform>%n Dateien importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported</source>
        <translation>
            <numerusform>%n Datei kann nicht importiert werden</numerusform>
            <numerusform>%n Dateien können nicht importiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Abbruch nach der aktuellen Datei…</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>{name}: unexpected error ({exc})</source>
        <translation>{name}: unerwarteter Fehler ({exc})</translation>
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
    <name>LooseArea</name>
    <message>
        <source>Codes not in a theme ({count})</source>
        <translation>Codes ohne Thema ({count})</translation>
    </message>
    <message>
        <source>Codes in no theme yet: drag one onto a theme, or onto another to start a new theme</source>
        <translation>Codes noch ohne Thema: Ziehen Sie einen auf ein Thema oder auf einen anderen Code, um ein neues Thema zu beginnen</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
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
        <source>Open &amp;Team Project…</source>
        <translation>&amp;Teamprojekt öffnen…</translation>
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
        <source>in the codebook</source>
        <translation>im Kodiersystem</translation>
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
    <name>MatrixPane</name>
    <message>
        <source>Codings</source>
        <translation>Kodierungen</translation>
    </message>
    <message>
        <source>Words coded</source>
        <translation>Kodierte Wörter</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Thematic codes</source>
        <translation>Thematische Codes</translation>
    </message>
    <message>
        <source>Structural codes</source>
        <translation>Strukturcodes</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <source>Click a cell to list its segments.</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Segmente aufzulisten.</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Subcodes einbeziehen</translation>
    </message>
    <message>
        <source>A code&apos;s row counts its sub-codes&apos; codings too</source>
        <translation>Die Zeile eines Codes zählt auch die Kodierungen seiner Subcodes</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Nach Excel exportieren…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Codes (co-occurrence)</source>
        <translation>Codes (Kookkurrenz)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({rows} × {columns})</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({rows} × {columns})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({rows} × {columns}) — nothing to show: no codes or themes of this kind yet.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({rows} × {columns}) — nichts anzuzeigen: noch keine Codes oder Themen dieser Art.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{row} × {column}&lt;/b&gt;: %n segment(s) (click one to see it in its transcript)</source>
        <translation>
            <numerusform>&lt;b&gt;{row} × {column}&lt;/b&gt;: %n Segment (anklicken, um es im Transkript zu sehen)</numerusform>
            <numerusform>&lt;b&gt;{row} × {column}&lt;/b&gt;: %n Segmente (eines anklicken, um es im Transkript zu sehen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Nach Excel exportieren</translation>
    </message>
    <message>
        <source>Export Matrix to Excel</source>
        <translation>Matrix nach Excel exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MatrixTableModel</name>
    <message>
        <source>{where}
{title}
Click to list the segments.</source>
        <translation>{where}
{title}
Klicken, um die Segmente aufzulisten.</translation>
    </message>
    <message numerus="yes">
        <source>{who}: %n participant(s)</source>
        <translation>
            <numerusform>{who}: %n teilnehmende Person</numerusform>
            <numerusform>{who}: %n Teilnehmende</numerusform>
        </translation>
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
    <message>
        <source>This transcript has no times yet: put the cursor in a turn and press F6 to set its time from the playhead.</source>
        <translation>Dieses Transkript hat noch keine Zeiten: Setzen Sie den Cursor in einen Beitrag und drücken Sie F6, um seine Zeit von der Abspielposition zu setzen.</translation>
    </message>
    <message>
        <source>Link Recording</source>
        <translation>Aufnahme verknüpfen</translation>
    </message>
    <message>
        <source>Link Recording &apos;{name}&apos;</source>
        <translation>Aufnahme &apos;{name}&apos; verknüpfen</translation>
    </message>
    <message>
        <source>Relink Recording</source>
        <translation>Aufnahme neu verknüpfen</translation>
    </message>
    <message>
        <source>Embed Recording</source>
        <translation>Aufnahme einbetten</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>No audio output: playback runs silently (the transcript still follows).</source>
        <translation>Keine Audioausgabe: Die Wiedergabe läuft stumm (das Transkript folgt trotzdem).</translation>
    </message>
    <message>
        <source>{name}: cannot be played (not a supported recording).</source>
        <translation>{name}: kann nicht abgespielt werden (keine unterstützte Aufnahme).</translation>
    </message>
    <message>
        <source>{name}: cannot be played ({reason}).</source>
        <translation>{name}: kann nicht abgespielt werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>&amp;Meeting Mode</source>
        <translation>&amp;Besprechungsmodus</translation>
    </message>
    <message>
        <source>Projector view for a team meeting (F9; Esc leaves)</source>
        <translation>Projektoransicht für eine Teambesprechung (F9; Esc beendet)</translation>
    </message>
    <message>
        <source>Next &amp;Disagreement</source>
        <translation>Nächste &amp;Abweichung</translation>
    </message>
    <message>
        <source>Previous Disa&amp;greement</source>
        <translation>Vorherige Abwei&amp;chung</translation>
    </message>
    <message>
        <source>Two coders have not coded this transcript</source>
        <translation>Zwei Kodierende haben dieses Transkript nicht kodiert</translation>
    </message>
    <message>
        <source>No more disagreements in this direction</source>
        <translation>Keine weiteren Abweichungen in dieser Richtung</translation>
    </message>
</context>
<context>
    <name>MemoPopup</name>
    <message>
        <source>Coding memo</source>
        <translation>Kodierungsmemo</translation>
    </message>
    <message>
        <source>Save the memo (Ctrl+Enter)</source>
        <translation>Memo speichern (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>&amp;Merge Project…</source>
        <translation>Projekt zusammenfüh&amp;ren…</translation>
    </message>
    <message>
        <source>Bring a teammate&apos;s project (.ikt or .qdpx) into this one</source>
        <translation>Das Projekt einer Kollegin oder eines Kollegen (.ikt oder .qdpx) in dieses übernehmen</translation>
    </message>
    <message>
        <source>Merge Project</source>
        <translation>Projekt zusammenführen</translation>
    </message>
    <message>
        <source>Cannot merge the project</source>
        <translation>Das Projekt kann nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>Another project is open now than when the preview was made; nothing was merged. Choose File ▸ Merge Project… again.</source>
        <translation>Jetzt ist ein anderes Projekt offen als bei der Vorschau; nichts wurde zusammengeführt. Wählen Sie erneut Datei ▸ Projekt zusammenführen….</translation>
    </message>
    <message>
        <source>; backup at {name}</source>
        <translation>; Sicherung unter {name}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed</source>
        <translation>Abgebrochen; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>MergeCodeCommand</name>
    <message>
        <source>Merge &apos;{source}&apos; into &apos;{target}&apos;</source>
        <translation>&apos;{source}&apos; mit &apos;{target}&apos; zusammenführen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>by GUID</source>
        <translation>nach GUID</translation>
    </message>
    <message>
        <source>as in an earlier merge</source>
        <translation>wie bei einer früheren Zusammenführung</translation>
    </message>
    <message>
        <source>by text</source>
        <translation>nach Text</translation>
    </message>
    <message>
        <source>by name and place</source>
        <translation>nach Name und Ort</translation>
    </message>
    <message>
        <source>by label</source>
        <translation>nach Kennung</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>nach Name</translation>
    </message>
    <message>
        <source>by content</source>
        <translation>nach Inhalt</translation>
    </message>
    <message>
        <source>chosen near-duplicate</source>
        <translation>gewähltes Beinahe-Duplikat</translation>
    </message>
    <message>
        <source>Undo is not available for a merge: to go back, close this project and open the backup instead.</source>
        <translation>Eine Zusammenführung kann nicht rückgängig gemacht werden: Um zurückzugehen, schließen Sie dieses Projekt und öffnen Sie stattdessen die Sicherung.</translation>
    </message>
    <message>
        <source>Merge Project</source>
        <translation>Projekt zusammenführen</translation>
    </message>
    <message>
        <source>Merging &lt;b&gt;{other}&lt;/b&gt; into &lt;b&gt;{project}&lt;/b&gt;. Nothing has changed yet: check what the merge will do, then press Merge.</source>
        <translation>&lt;b&gt;{other}&lt;/b&gt; wird mit &lt;b&gt;{project}&lt;/b&gt; zusammengeführt. Noch hat sich nichts geändert: Prüfen Sie, was die Zusammenführung tun wird, und drücken Sie dann Zusammenführen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts ({conflicts})&lt;/b&gt; — this project&apos;s version is kept unless said otherwise</source>
        <translation>&lt;b&gt;Konflikte ({conflicts})&lt;/b&gt; — die Version dieses Projekts bleibt, sofern nicht anders angegeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt;: none</source>
        <translation>&lt;b&gt;Konflikte&lt;/b&gt;: keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Near-duplicate codes ({near})&lt;/b&gt; — tick to merge into the suggested code; otherwise added as a separate code</source>
        <translation>&lt;b&gt;Beinahe gleiche Codes ({near})&lt;/b&gt; — anhaken, um sie mit dem vorgeschlagenen Code zusammenzuführen; sonst als eigener Code hinzugefügt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Near-duplicate codes&lt;/b&gt;: none</source>
        <translation>&lt;b&gt;Beinahe gleiche Codes&lt;/b&gt;: keine</translation>
    </message>
    <message>
        <source>Near-duplicate codes</source>
        <translation>Beinahe gleiche Codes</translation>
    </message>
    <message>
        <source>A backup of this project is written beside it before anything changes; the merge is one step. {no_undo} The other file is only read.</source>
        <translation>Vor jeder Änderung wird neben diesem Projekt eine Sicherung geschrieben; die Zusammenführung ist ein Schritt. {no_undo} Die andere Datei wird nur gelesen.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Nothing to add: everything in that file is here already.</source>
        <translation>Nichts hinzuzufügen: Alles aus dieser Datei ist schon hier.</translation>
    </message>
    <message>
        <source>What the merge will add and match</source>
        <translation>Was die Zusammenführung hinzufügt und zuordnet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>all {how}</source>
        <translation>alle {how}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>Empty fields of ours filled from theirs ({count})</source>
        <translation>Leere Felder bei uns aus ihren gefüllt ({count})</translation>
    </message>
    <message>
        <source>Left out: {n} {reason}</source>
        <translation>Ausgelassen: {n} {reason}</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Kodierende</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodierungen</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Gespeicherte Abfragen</translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n kodierende Person</numerusform>
            <numerusform>%n Kodierende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n Merkmal</numerusform>
            <numerusform>%n Merkmale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n Kodierung</numerusform>
            <numerusform>%n Kodierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n Memo</numerusform>
            <numerusform>%n Memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved query(ies)</source>
        <translation>
            <numerusform>%n gespeicherte Abfrage</numerusform>
            <numerusform>%n gespeicherte Abfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged.&lt;/b&gt; Added {added}.</source>
        <translation>&lt;b&gt;Zusammengeführt.&lt;/b&gt; Hinzugefügt: {added}.</translation>
    </message>
    <message>
        <source>A backup of the project as it was is at &lt;b&gt;{backup}&lt;/b&gt;. </source>
        <translation>Eine Sicherung des Projekts im vorherigen Zustand liegt unter &lt;b&gt;{backup}&lt;/b&gt;. </translation>
    </message>
    <message>
        <source>Nothing needed writing. </source>
        <translation>Es musste nichts geschrieben werden. </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MergeThemesCommand</name>
    <message>
        <source>Merge Theme &apos;{source}&apos; into &apos;{target}&apos;</source>
        <translation>Thema &apos;{source}&apos; mit &apos;{target}&apos; zusammenführen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Delete Securely</source>
        <translation>Sicher löschen</translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Project is read-only</source>
        <translation>Das Projekt ist schreibgeschützt</translation>
    </message>
    <message>
        <source>You can open it read-only to look without changing anything.</source>
        <translation>Sie können es schreibgeschützt öffnen, um es anzusehen, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projekt wird verwendet</translation>
    </message>
    <message>
        <source>Only one window may change a project at a time. You can open it read-only to look without changing anything.</source>
        <translation>Nur ein Fenster darf ein Projekt gleichzeitig ändern. Sie können es schreibgeschützt öffnen, um es anzusehen, ohne etwas zu ändern.</translation>
    </message>
</context>
<context>
    <name>MoveCodeCommand</name>
    <message>
        <source>Move &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; verschieben</translation>
    </message>
    <message>
        <source>Unassign &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; aus dem Thema nehmen</translation>
    </message>
    <message>
        <source>Assign &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; einem Thema zuordnen</translation>
    </message>
</context>
<context>
    <name>MoveThemeCommand</name>
    <message>
        <source>Nest &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; einordnen</translation>
    </message>
    <message>
        <source>Move &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; verschieben</translation>
    </message>
</context>
<context>
    <name>OpenTeamDialog</name>
    <message>
        <source>Open Team Project</source>
        <translation>Teamprojekt öffnen</translation>
    </message>
    <message>
        <source>qda.example.org, or a socket folder</source>
        <translation>qda.example.org oder ein Socket-Ordner</translation>
    </message>
    <message>
        <source>ms_study</source>
        <translation>ms_study</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>Ihre Anmeldung auf dem Server</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>Nicht verfügbar: {reason}.</translation>
    </message>
    <message>
        <source>Kept by the operating system, never in iKT Desktop&apos;s settings.</source>
        <translation>Vom Betriebssystem verwahrt, nie in den Einstellungen von iKT Desktop.</translation>
    </message>
    <message>
        <source>Data stays on your institution&apos;s server. Connections to another computer use TLS with the server&apos;s certificate checked (sslmode=verify-full); only localhost and a Unix socket folder connect without it.</source>
        <translation>Die Daten bleiben auf dem Server Ihrer Einrichtung. Verbindungen zu einem anderen Rechner nutzen TLS mit geprüftem Serverzertifikat (sslmode=verify-full); nur localhost und ein Unix-Socket-Ordner verbinden sich ohne.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Cannot open team project</source>
        <translation>Teamprojekt kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>OperandRow</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Remove this from the query</source>
        <translation>Dies aus der Abfrage entfernen</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Use at least {count} characters; a passphrase of a few words is best.</source>
        <translation>Verwenden Sie mindestens {count} Zeichen; eine Passphrase aus ein paar Wörtern ist am besten.</translation>
    </message>
    <message>
        <source>Keep the password safe: without it the project cannot be opened, and nobody can recover it.</source>
        <translation>Bewahren Sie das Passwort sicher auf: Ohne es kann das Projekt nicht geöffnet werden, und niemand kann es wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a password</source>
        <translation>Mit einem Passwort &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>The whole project file is encrypted (AES-256, SQLCipher).</source>
        <translation>Die ganze Projektdatei wird verschlüsselt (AES-256, SQLCipher).</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>Encrypted Project</source>
        <translation>Verschlüsseltes Projekt</translation>
    </message>
    <message>
        <source>“{name}” is encrypted. Type its password to open it.</source>
        <translation>„{name}“ ist verschlüsselt. Geben Sie sein Passwort ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>{verb} “{name}”. Health-research data can be protected with a password: the whole file is then encrypted.</source>
        <translation>{verb} „{name}“. Daten aus der Gesundheitsforschung können mit einem Passwort geschützt werden: Die ganze Datei wird dann verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>PinQuoteCommand</name>
    <message>
        <source>Reorder Quotes</source>
        <translation>Zitate neu ordnen</translation>
    </message>
    <message>
        <source>Pin Quote</source>
        <translation>Zitat anheften</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PseudonymActions</name>
    <message>
        <source>Export Pseudonym Key</source>
        <translation>Pseudonymschlüssel exportieren</translation>
    </message>
    <message>
        <source>Encrypted key (*.iktkey);;Plain CSV (*.csv);;Plain JSON (*.json)</source>
        <translation>Verschlüsselter Schlüssel (*.iktkey);;Unverschlüsseltes CSV (*.csv);;Unverschlüsseltes JSON (*.json)</translation>
    </message>
    <message>
        <source>Password to encrypt the key (leave empty to write a PLAIN, unencrypted file):</source>
        <translation>Passwort zum Verschlüsseln des Schlüssels (leer lassen, um eine UNVERSCHLÜSSELTE Datei zu schreiben):</translation>
    </message>
    <message>
        <source>{count} automatic snapshot(s) taken before now</source>
        <translation>{count} automatische(r) Sicherungspunkt(e) von vorher</translation>
    </message>
    <message>
        <source>{count} backup(s) beside the project file</source>
        <translation>{count} Sicherungskopie(n) neben der Projektdatei</translation>
    </message>
    <message>
        <source>The project is pseudonymised. But </source>
        <translation>Das Projekt ist pseudonymisiert. Aber </translation>
    </message>
    <message>
        <source> still contain the real names.

Delete them securely (each file is overwritten, then deleted)?

They are also the way back: once they are gone, the real names return only through Edit ▸ Undo while this project stays open (an exported key says who is who, but cannot rebuild the original text). Keep them if you may need the original project again.

Either way a fresh snapshot of the pseudonymised project is taken now. The replacement list (the key to the real names) stays in the project and its snapshots until you export it and choose Remove Key from Project.</source>
        <translation> enthalten noch die echten Namen.

Sicher löschen (jede Datei wird überschrieben und dann gelöscht)?

Sie sind auch der Weg zurück: Sind sie gelöscht, kommen die echten Namen nur über Bearbeiten ▸ Rückgängig zurück, solange dieses Projekt offen bleibt (ein exportierter Schlüssel sagt, wer wer ist, kann aber den Originaltext nicht wiederherstellen). Behalten Sie sie, wenn Sie das Originalprojekt noch brauchen könnten.

In beiden Fällen wird jetzt ein neuer Sicherungspunkt des pseudonymisierten Projekts erstellt. Die Ersetzungsliste (der Schlüssel zu den echten Namen) bleibt im Projekt und seinen Sicherungspunkten, bis Sie sie exportieren und Schlüssel aus dem Projekt entfernen wählen.</translation>
    </message>
    <message>
        <source>Copies with the real names</source>
        <translation>Kopien mit den echten Namen</translation>
    </message>
    <message>
        <source>Pseudonymising…</source>
        <translation>Wird pseudonymisiert…</translation>
    </message>
    <message>
        <source>Pseudonymise…</source>
        <translation>Pseudonymisieren…</translation>
    </message>
    <message>
        <source>Replace real names in the whole project (one undoable step)</source>
        <translation>Echte Namen im ganzen Projekt ersetzen (ein rückgängig zu machender Schritt)</translation>
    </message>
    <message>
        <source>Remove Pseudonym Key</source>
        <translation>Pseudonymschlüssel entfernen</translation>
    </message>
    <message>
        <source>Pseudonymised: {hits} replacement(s) in {transcripts} transcript(s) and {fields} other field(s)</source>
        <translation>Pseudonymisiert: {hits} Ersetzung(en) in {transcripts} Transkript(en) und {fields} weiteren Feld(ern)</translation>
    </message>
    <message>
        <source>Compacting the project file…</source>
        <translation>Projektdatei wird verdichtet…</translation>
    </message>
    <message>
        <source>Taking a snapshot of the pseudonymised project…</source>
        <translation>Sicherungspunkt des pseudonymisierten Projekts wird erstellt…</translation>
    </message>
    <message>
        <source>{deleted} copy(ies) with the real names deleted securely</source>
        <translation>{deleted} Kopie(n) mit den echten Namen sicher gelöscht</translation>
    </message>
    <message>
        <source>; a snapshot of the pseudonymised project was taken</source>
        <translation>; ein Sicherungspunkt des pseudonymisierten Projekts wurde erstellt</translation>
    </message>
    <message>
        <source>Deleting old copies…</source>
        <translation>Alte Kopien werden gelöscht…</translation>
    </message>
    <message>
        <source>Pseudonymise</source>
        <translation>Pseudonymisieren</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed</source>
        <translation>Abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>PLAIN (not encrypted)</source>
        <translation>UNVERSCHLÜSSELT</translation>
    </message>
    <message>
        <source>The key was written, {kind}:
{written}</source>
        <translation>Der Schlüssel wurde geschrieben, {kind}:
{written}</translation>
    </message>
</context>
<context>
    <name>PseudonymiseCommand</name>
    <message>
        <source>Pseudonymise the Project</source>
        <translation>Das Projekt pseudonymisieren</translation>
    </message>
    <message>
        <source>Undoing the pseudonymisation…</source>
        <translation>Pseudonymisierung wird rückgängig gemacht…</translation>
    </message>
</context>
<context>
    <name>PseudonymiseDialog</name>
    <message>
        <source>Pseudonymise</source>
        <translation>Pseudonymisieren</translation>
    </message>
    <message>
        <source>Replace real names and identifying terms in every transcript, memo, code and theme text, participant note and source name. Whole words; the longest term wins. Codings keep covering the same words. Undo puts it all back.</source>
        <translation>Ersetzt echte Namen und identifizierende Begriffe in jedem Transkript, Memo, Code- und Thementext, jeder Notiz zu Teilnehmenden und jedem Quellennamen. Ganze Wörter; der längste Begriff gewinnt. Kodierungen decken weiter dieselben Wörter ab. Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <source>Term (real name)</source>
        <translation>Begriff (echter Name)</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersetzung</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Seed from Project</source>
        <translation>Aus dem Projekt vorbelegen</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove Rows</source>
        <translation>Zeilen entfernen</translation>
    </message>
    <message>
        <source>Export Key…</source>
        <translation>Schlüssel exportieren…</translation>
    </message>
    <message>
        <source>Remove Key from Project</source>
        <translation>Schlüssel aus dem Projekt entfernen</translation>
    </message>
    <message>
        <source>Apply to the Whole Project</source>
        <translation>Auf das ganze Projekt anwenden</translation>
    </message>
    <message>
        <source>Save List</source>
        <translation>Liste speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>An interviewer&apos;s name (also identifying)</source>
        <translation>Der Name einer interviewenden Person (ebenfalls identifizierend)</translation>
    </message>
    <message>
        <source>Looking for the terms…</source>
        <translation>Begriffe werden gesucht…</translation>
    </message>
    <message>
        <source>Looking for the terms… {percent}%  {what}</source>
        <translation>Begriffe werden gesucht… {percent} %  {what}</translation>
    </message>
    <message>
        <source>{total} replacement(s) in {count} transcript(s)</source>
        <translation>{total} Ersetzung(en) in {count} Transkript(en)</translation>
    </message>
    <message>
        <source> and {places} other field(s) (memos, codes, themes, notes…)</source>
        <translation> und {places} weiteren Feld(ern) (Memos, Codes, Themen, Notizen…)</translation>
    </message>
    <message>
        <source>; the first {count} are listed</source>
        <translation>; die ersten {count} sind aufgelistet</translation>
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message>
        <source>Text coded with</source>
        <translation>Text kodiert mit</translation>
    </message>
</context>
<context>
    <name>QueryPane</name>
    <message>
        <source>Export Query Results</source>
        <translation>Abfrageergebnisse exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Gespeicherte Abfragen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Nach Excel exportieren…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>The query in words</source>
        <translation>Die Abfrage in Worten</translation>
    </message>
    <message>
        <source>Build a query and press Run.</source>
        <translation>Stellen Sie eine Abfrage zusammen und drücken Sie Ausführen.</translation>
    </message>
    <message>
        <source>Query results</source>
        <translation>Abfrageergebnisse</translation>
    </message>
    <message>
        <source>Add codes to the codebook first.</source>
        <translation>Fügen Sie dem Kodiersystem zuerst Codes hinzu.</translation>
    </message>
    <message>
        <source>Running the query…</source>
        <translation>Abfrage wird ausgeführt…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>The query did not run.</source>
        <translation>Die Abfrage wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Cannot run the query</source>
        <translation>Die Abfrage kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot export the results</source>
        <translation>Die Ergebnisse können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Save Query</source>
        <translation>Abfrage speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Cannot open the query</source>
        <translation>Die Abfrage kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Rename Query</source>
        <translation>Abfrage umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>QuickCodePicker</name>
    <message>
        <source>Code selection as…</source>
        <translation>Auswahl kodieren als…</translation>
    </message>
    <message>
        <source>Type to find a code…</source>
        <translation>Tippen, um einen Code zu finden…</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>Code finden</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Passende Codes</translation>
    </message>
    <message>
        <source>Enter applies the highlighted code · Esc closes</source>
        <translation>Eingabe wendet den markierten Code an · Esc schließt</translation>
    </message>
    <message>
        <source>No code matches. Enter creates &lt;b&gt;{name}&lt;/b&gt; and applies it.</source>
        <translation>Kein Code passt. Eingabe erstellt &lt;b&gt;{name}&lt;/b&gt; und wendet ihn an.</translation>
    </message>
    <message>
        <source>No code matches.</source>
        <translation>Kein Code passt.</translation>
    </message>
</context>
<context>
    <name>RecodeCodingCommand</name>
    <message>
        <source>Change Coding to &apos;{code_name}&apos;</source>
        <translation>Kodierung in &apos;{code_name}&apos; ändern</translation>
    </message>
</context>
<context>
    <name>RecolorCodeCommand</name>
    <message>
        <source>Recolour &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; umfärben</translation>
    </message>
</context>
<context>
    <name>RemoveCodingCommand</name>
    <message>
        <source>Remove Coding &apos;{code_name}&apos;</source>
        <translation>Kodierung &apos;{code_name}&apos; entfernen</translation>
    </message>
</context>
<context>
    <name>RenameCodeCommand</name>
    <message>
        <source>Rename &apos;{before}&apos; to &apos;{name}&apos;</source>
        <translation>&apos;{before}&apos; in &apos;{name}&apos; umbenennen</translation>
    </message>
</context>
<context>
    <name>RenameSavedQueryCommand</name>
    <message>
        <source>Rename {noun} &apos;{before}&apos; to &apos;{name}&apos;</source>
        <translation>{noun} &apos;{before}&apos; in &apos;{name}&apos; umbenennen</translation>
    </message>
</context>
<context>
    <name>RenameThemeCommand</name>
    <message>
        <source>Rename Theme &apos;{before}&apos;</source>
        <translation>Thema &apos;{before}&apos; umbenennen</translation>
    </message>
</context>
<context>
    <name>ReorderCodeCommand</name>
    <message>
        <source>Reorder &apos;{code_name}&apos;</source>
        <translation>&apos;{code_name}&apos; neu ordnen</translation>
    </message>
</context>
<context>
    <name>ResizeCodingCommand</name>
    <message>
        <source>Resize Coding &apos;{code_name}&apos;</source>
        <translation>Kodierung &apos;{code_name}&apos; anpassen</translation>
    </message>
</context>
<context>
    <name>ResizeHandle</name>
    <message>
        <source>Drag to resize the theme</source>
        <translation>Ziehen, um die Größe des Themas zu ändern</translation>
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
    <name>SaveQueryCommand</name>
    <message>
        <source>Save {noun} &apos;{name}&apos;</source>
        <translation>{noun} &apos;{name}&apos; speichern</translation>
    </message>
</context>
<context>
    <name>SavedQueryCommand</name>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
</context>
<context>
    <name>SavedSearchBar</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>Die Suche kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Cannot open the search</source>
        <translation>Die Suche kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Rename Search</source>
        <translation>Suche umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Code the Hit with the Selected Code</source>
        <translation>Den Treffer mit dem gewählten Code kodieren</translation>
    </message>
    <message>
        <source>Code Its Sentence with the Selected Code</source>
        <translation>Seinen Satz mit dem gewählten Code kodieren</translation>
    </message>
    <message>
        <source>Code Its Whole Turn with the Selected Code</source>
        <translation>Seinen ganzen Beitrag mit dem gewählten Code kodieren</translation>
    </message>
    <message>
        <source>Search all transcripts: words, &quot;a phrase&quot;, care*, fatigue NOT sleep…</source>
        <translation>Alle Transkripte durchsuchen: Wörter, &quot;eine Phrase&quot;, Pflege*, Müdigkeit NOT Schlaf…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Suchanfrage</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Word beginnings</source>
        <translation>Wortanfänge</translation>
    </message>
    <message>
        <source>care also finds carer and careful (like care*)</source>
        <translation>Pflege findet auch Pflegende und pflegerisch (wie Pflege*)</translation>
    </message>
    <message>
        <source>Match accents</source>
        <translation>Akzente beachten</translation>
    </message>
    <message>
        <source>Off: cafe finds café and Zoe finds Zoë</source>
        <translation>Aus: cafe findet café und Zoe findet Zoë</translation>
    </message>
    <message>
        <source>Participant talk only</source>
        <translation>Nur Beiträge der Teilnehmenden</translation>
    </message>
    <message>
        <source>Code All Hits</source>
        <translation>Alle Treffer kodieren</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>Suchtreffer</translation>
    </message>
    <message>
        <source>deleted since it was saved: {gone}</source>
        <translation>seit dem Speichern gelöscht: {gone}</translation>
    </message>
    <message>
        <source>All Sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>The search did not run.</source>
        <translation>Die Suche wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>{hits}+ hits (more load as you scroll)</source>
        <translation>{hits}+ Treffer (weitere laden beim Blättern)</translation>
    </message>
    <message>
        <source>{hits}+ hits in {passages} passages (more as you scroll)</source>
        <translation>{hits}+ Treffer in {passages} Passagen (weitere beim Blättern)</translation>
    </message>
    <message>
        <source>Select a code in the codebook first.</source>
        <translation>Wählen Sie zuerst einen Code im Kodiersystem.</translation>
    </message>
    <message>
        <source>Finding the hits of “{text}”…</source>
        <translation>Treffer von „{text}“ werden gesucht…</translation>
    </message>
    <message>
        <source>Coding the hits was cancelled; nothing was coded.</source>
        <translation>Das Kodieren der Treffer wurde abgebrochen; nichts wurde kodiert.</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n passage(s) with &apos;{code_name}&apos;</source>
        <translation>
            <numerusform>%n Passage mit &apos;{code_name}&apos; kodiert</numerusform>
            <numerusform>%n Passagen mit &apos;{code_name}&apos; kodiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>The project is closed, rewritten and opened again. This is not an edit: Undo cannot reverse it, and the undo history is cleared.</source>
        <translation>Das Projekt wird geschlossen, neu geschrieben und wieder geöffnet. Dies ist keine Bearbeitung: Rückgängig kann es nicht umkehren, und der Rückgängig-Verlauf wird geleert.</translation>
    </message>
    <message>
        <source>The password is wrong. Try again.</source>
        <translation>Das Passwort ist falsch. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{count} automatic snapshot(s) taken before</source>
        <translation>{count} automatische(r) Sicherungspunkt(e) von vorher</translation>
    </message>
    <message>
        <source>{count} backup(s) beside the project file</source>
        <translation>{count} Sicherungskopie(n) neben der Projektdatei</translation>
    </message>
    <message>
        <source>The project is encrypted. But </source>
        <translation>Das Projekt ist verschlüsselt. Aber </translation>
    </message>
    <message>
        <source> are still plain text: anyone with those files can read the whole project.

Delete them securely (each file is overwritten, then deleted)?

They are also a way back to earlier states of the project; keep them only if you need that and they are safe.</source>
        <translation> sind noch unverschlüsselt: Wer diese Dateien hat, kann das ganze Projekt lesen.

Sicher löschen (jede Datei wird überschrieben und dann gelöscht)?

Sie sind auch ein Weg zurück zu früheren Ständen des Projekts; behalten Sie sie nur, wenn Sie das brauchen und sie sicher sind.</translation>
    </message>
    <message>
        <source>Plain-text copies</source>
        <translation>Unverschlüsselte Kopien</translation>
    </message>
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
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>This project file is encrypted with a password</source>
        <translation>Diese Projektdatei ist mit einem Passwort verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted project</source>
        <translation>Verschlüsseltes Projekt</translation>
    </message>
    <message>
        <source>Encrypt “{title}” with a password?

{not_undoable} Snapshots and backups taken from now on are encrypted too.</source>
        <translation>„{title}“ mit einem Passwort verschlüsseln?

{not_undoable} Ab jetzt erstellte Sicherungspunkte und Sicherungen werden ebenfalls verschlüsselt.</translation>
    </message>
    <message>
        <source>Encrypt Project</source>
        <translation>Projekt verschlüsseln</translation>
    </message>
    <message>
        <source>Choose the project&apos;s password.</source>
        <translation>Wählen Sie das Passwort des Projekts.</translation>
    </message>
    <message>
        <source>Encrypting the project…</source>
        <translation>Projekt wird verschlüsselt…</translation>
    </message>
    <message>
        <source>Encrypted the project</source>
        <translation>Projekt verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted the project: {name}; no plain-text copy remains</source>
        <translation>Projekt verschlüsselt: {name}; keine unverschlüsselte Kopie bleibt</translation>
    </message>
    <message>
        <source>Encrypted; {count} plain-text copy(ies) kept</source>
        <translation>Verschlüsselt; {count} unverschlüsselte Kopie(n) behalten</translation>
    </message>
    <message>
        <source>Deleting plain-text copies…</source>
        <translation>Unverschlüsselte Kopien werden gelöscht…</translation>
    </message>
    <message>
        <source>{deleted} plain-text copy(ies) deleted securely</source>
        <translation>{deleted} unverschlüsselte Kopie(n) sicher gelöscht</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Choose the new password.

{not_undoable}</source>
        <translation>Wählen Sie das neue Passwort.

{not_undoable}</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Passwort wird geändert…</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Remove the encryption of “{title}”? Anyone with the file can then read it.

{not_undoable}</source>
        <translation>Verschlüsselung von „{title}“ entfernen? Wer die Datei hat, kann sie dann lesen.

{not_undoable}</translation>
    </message>
    <message>
        <source>Remove Encryption</source>
        <translation>Verschlüsselung entfernen</translation>
    </message>
    <message>
        <source>Removing the encryption…</source>
        <translation>Verschlüsselung wird entfernt…</translation>
    </message>
    <message>
        <source>Removed the encryption</source>
        <translation>Verschlüsselung entfernt</translation>
    </message>
    <message>
        <source>The current password is wrong; nothing changed.</source>
        <translation>Das aktuelle Passwort ist falsch; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The project was not changed</source>
        <translation>Das Projekt wurde nicht geändert</translation>
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
    <name>SetListCommand</name>
    <message>
        <source>Edit Pseudonym List</source>
        <translation>Pseudonymliste bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetStudyDetailsCommand</name>
    <message>
        <source>Edit Study Details</source>
        <translation>Studienangaben bearbeiten</translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message>
        <source>Snapshot restored</source>
        <translation>Sicherungspunkt wiederhergestellt</translation>
    </message>
    <message>
        <source>The snapshot was restored as a new project:
{path}

Open it now? (The project open now will be closed; it is not changed.)</source>
        <translation>Der Sicherungspunkt wurde als neues Projekt wiederhergestellt:
{path}

Jetzt öffnen? (Das offene Projekt wird geschlossen; es wird nicht geändert.)</translation>
    </message>
    <message>
        <source>Restore &amp;Snapshot…</source>
        <translation>Sicherungspunkt &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>This project is in a {service} folder: keep projects in a local folder</source>
        <translation>Dieses Projekt liegt in einem {service}-Ordner: Bewahren Sie Projekte in einem lokalen Ordner auf</translation>
    </message>
    <message>
        <source>Project in a synchronised folder</source>
        <translation>Projekt in einem synchronisierten Ordner</translation>
    </message>
    <message>
        <source>Could not take a snapshot: {error}</source>
        <translation>Sicherungspunkt konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <source>Automatic snapshots of “{title}”, newest first. Restoring makes a new project file; this project is not changed.</source>
        <translation>Automatische Sicherungspunkte von „{title}“, neueste zuerst. Wiederherstellen erzeugt eine neue Projektdatei; dieses Projekt wird nicht geändert.</translation>
    </message>
    <message>
        <source>Automatic snapshots of every project, newest first. Restoring makes a new project file.</source>
        <translation>Automatische Sicherungspunkte aller Projekte, neueste zuerst. Wiederherstellen erzeugt eine neue Projektdatei.</translation>
    </message>
    <message>
        <source>Restore Snapshot as New Project</source>
        <translation>Sicherungspunkt als neues Projekt wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot restore the snapshot</source>
        <translation>Der Sicherungspunkt kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored the snapshot as {restored}</source>
        <translation>Sicherungspunkt wiederhergestellt als {restored}</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Restore Snapshot</source>
        <translation>Sicherungspunkt wiederherstellen</translation>
    </message>
    <message>
        <source>{taken} (UTC)
{path}</source>
        <translation>{taken} (UTC)
{path}</translation>
    </message>
    <message>
        <source>No snapshots yet: one is taken each time a project is opened.</source>
        <translation>Noch keine Sicherungspunkte: Bei jedem Öffnen eines Projekts wird einer erstellt.</translation>
    </message>
    <message>
        <source>Restore as New Project…</source>
        <translation>Als neues Projekt wiederherstellen…</translation>
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
    <name>SpeakerAutocodeDialog</name>
    <message>
        <source>Auto-Code Speaker or Role</source>
        <translation>Sprecher:in oder Rolle automatisch kodieren</translation>
    </message>
    <message>
        <source>Role: {role} ({turns} turns)</source>
        <translation>Rolle: {role} ({turns} Beiträge)</translation>
    </message>
    <message>
        <source>All interviewers ({interviewer_turns} turns)</source>
        <translation>Alle Interviewer:innen ({interviewer_turns} Beiträge)</translation>
    </message>
    <message>
        <source>{label} — {role} ({turns} turns)</source>
        <translation>{label} — {role} ({turns} Beiträge)</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Speaker: {name} ({turns} turns)</source>
        <translation>Sprecher:in: {name} ({turns} Beiträge)</translation>
    </message>
    <message>
        <source>Choose who and where, then Preview.</source>
        <translation>Wählen Sie, wer und wo, dann Vorschau.</translation>
    </message>
    <message>
        <source>Code with</source>
        <translation>Kodieren mit</translation>
    </message>
    <message>
        <source>Whose turns</source>
        <translation>Wessen Beiträge</translation>
    </message>
    <message>
        <source>In which sources</source>
        <translation>In welchen Quellen</translation>
    </message>
    <message>
        <source>Each turn is coded from its first word to its last (the speaker&apos;s label is left out). Turns you already coded with this code are skipped.</source>
        <translation>Jeder Beitrag wird vom ersten bis zum letzten Wort kodiert (die Kennung der sprechenden Person bleibt außen vor). Bereits mit diesem Code kodierte Beiträge werden übersprungen.</translation>
    </message>
    <message>
        <source>Create a code first.</source>
        <translation>Legen Sie zuerst einen Code an.</translation>
    </message>
    <message>
        <source>Finding the turns…</source>
        <translation>Beiträge werden gesucht…</translation>
    </message>
    <message>
        <source>{turns} turns in {sources} sources will be coded &apos;{code_name}&apos;; {already} already coded (skipped).</source>
        <translation>{turns} Beiträge in {sources} Quellen werden als &apos;{code_name}&apos; kodiert; {already} bereits kodiert (übersprungen).</translation>
    </message>
    <message>
        <source>Auto-Code {count} Turns as &apos;{code_name}&apos;</source>
        <translation>{count} Beiträge als &apos;{code_name}&apos; automatisch kodieren</translation>
    </message>
</context>
<context>
    <name>SplitThemeCommand</name>
    <message>
        <source>Split &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; aufteilen</translation>
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
    <message>
        <source>team server</source>
        <translation>Teamserver</translation>
    </message>
</context>
<context>
    <name>StripesMargin</name>
    <message>
        <source>Coding stripes</source>
        <translation>Kodierstreifen</translation>
    </message>
    <message>
        <source>One bar per code beside the lines it covers. Click a bar to select its coding; right-click for remove, change code, edit memo and resize.</source>
        <translation>Ein Balken pro Code neben den Zeilen, die er abdeckt. Klicken Sie auf einen Balken, um seine Kodierung auszuwählen; Rechtsklick zum Entfernen, Code ändern, Memo bearbeiten und Anpassen.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click to select · right-click for more&lt;/i&gt;</source>
        <translation>&lt;i&gt;Klicken zum Auswählen · Rechtsklick für mehr&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>StudyDetailsDialog</name>
    <message>
        <source>Study Details</source>
        <translation>Studienangaben</translation>
    </message>
    <message>
        <source>The report&apos;s methods are built only from these details and from what the project counts. A field left empty appears in the report as a highlighted “[Add: …]”.</source>
        <translation>Die Methoden des Berichts entstehen nur aus diesen Angaben und aus dem, was das Projekt zählt. Ein leeres Feld erscheint im Bericht als hervorgehobenes „[Ergänzen: …]“.</translation>
    </message>
</context>
<context>
    <name>StudyDialog</name>
    <message>
        <source>extended collaborator = extended collaborators; staff = staff members</source>
        <translation>erweiterte Mitarbeiterin = erweiterte Mitarbeiterinnen; Mitarbeitende = Mitarbeitende</translation>
    </message>
</context>
<context>
    <name>TeamLive</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connection to the team server lost — read-only until it returns. Nothing you typed is lost; trying again…</source>
        <translation>Verbindung zum Teamserver verloren — schreibgeschützt, bis sie zurückkehrt. Nichts, was Sie eingegeben haben, geht verloren; neuer Versuch…</translation>
    </message>
    <message>
        <source>Also here: {names}</source>
        <translation>Ebenfalls hier: {names}</translation>
    </message>
    <message>
        <source>Connected to the team server again</source>
        <translation>Wieder mit dem Teamserver verbunden</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <source>+ Code</source>
        <translation>+ Code</translation>
    </message>
    <message>
        <source>Combine one more code with the query</source>
        <translation>Einen weiteren Code mit der Abfrage kombinieren</translation>
    </message>
    <message>
        <source>+ ( Group )</source>
        <translation>+ ( Gruppe )</translation>
    </message>
    <message>
        <source>Add a bracketed group of codes</source>
        <translation>Eine geklammerte Gruppe von Codes hinzufügen</translation>
    </message>
</context>
<context>
    <name>TermRow</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>sub-codes</source>
        <translation>Subcodes</translation>
    </message>
    <message>
        <source>Include the code&apos;s sub-codes</source>
        <translation>Die Subcodes des Codes einbeziehen</translation>
    </message>
</context>
<context>
    <name>TextEditActions</name>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>• {lost_decisions} consensus decision(s)</source>
        <translation>• {lost_decisions} Konsensentscheidung(en)</translation>
    </message>
    <message>
        <source>Remove codings?</source>
        <translation>Kodierungen entfernen?</translation>
    </message>
    <message>
        <source>This edit deletes all the text of these codings; they will be removed:</source>
        <translation>Diese Bearbeitung löscht den ganzen Text dieser Kodierungen; sie werden entfernt:</translation>
    </message>
    <message>
        <source>

Undo puts them back.</source>
        <translation>

Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Save and Remove Them</source>
        <translation>Speichern und entfernen</translation>
    </message>
    <message>
        <source>Edit Transcript…</source>
        <translation>Transkript bearbeiten…</translation>
    </message>
    <message>
        <source>Fix typos, mishearings or names; codings follow the text</source>
        <translation>Tippfehler, Hörfehler oder Namen korrigieren; Kodierungen folgen dem Text</translation>
    </message>
    <message>
        <source>Edit Transcript</source>
        <translation>Transkript bearbeiten</translation>
    </message>
</context>
<context>
    <name>ThemeBoard</name>
    <message>
        <source>Themes and codes</source>
        <translation>Themen und Codes</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>New Theme</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>Delete Theme</source>
        <translation>Thema löschen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Export Map…</source>
        <translation>Landkarte exportieren…</translation>
    </message>
    <message>
        <source>Move {count} Items on the Board</source>
        <translation>{count} Elemente auf der Wand verschieben</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>New sub-theme</source>
        <translation>Neues Unterthema</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New Sub-theme</source>
        <translation>Neues Unterthema</translation>
    </message>
    <message>
        <source>Merge Into</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <source>Split {count} Selected Cards into a New Theme</source>
        <translation>{count} gewählte Karten in ein neues Thema aufteilen</translation>
    </message>
    <message>
        <source>Fit the Board</source>
        <translation>Wand einpassen</translation>
    </message>
    <message>
        <source>Thematic map: {title}</source>
        <translation>Thematische Landkarte: {title}</translation>
    </message>
    <message>
        <source>Export Thematic Map</source>
        <translation>Thematische Landkarte exportieren</translation>
    </message>
</context>
<context>
    <name>ThemeInspector</name>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Central concept</source>
        <translation>Zentrales Konzept</translation>
    </message>
    <message>
        <source>Boundaries (what it is not)</source>
        <translation>Abgrenzung (was es nicht ist)</translation>
    </message>
    <message>
        <source>Analytic narrative</source>
        <translation>Analytische Beschreibung</translation>
    </message>
    <message>
        <source>Select a theme on the board.</source>
        <translation>Wählen Sie ein Thema auf der Wand.</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>überprüft</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Farbe des Themas</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Pinned quotes</source>
        <translation>Angeheftete Zitate</translation>
    </message>
    <message>
        <source>Coded segments of the theme</source>
        <translation>Kodierte Segmente des Themas</translation>
    </message>
    <message>
        <source>Pin as Quote</source>
        <translation>Als Zitat anheften</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Representative quotes (drag to reorder):</source>
        <translation>Repräsentative Zitate (zum Ordnen ziehen):</translation>
    </message>
    <message>
        <source>Coded segments of this theme:</source>
        <translation>Kodierte Segmente dieses Themas:</translation>
    </message>
    <message>
        <source>History of the theme</source>
        <translation>Verlauf des Themas</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt;: {roles}</source>
        <translation>&lt;b&gt;Teilnehmende&lt;/b&gt;: {roles}</translation>
    </message>
    <message>
        <source>Ctrl+Z in the field brings back your text.</source>
        <translation>Strg+Z im Feld holt Ihren Text zurück.</translation>
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
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Choose a source on the left to read it here.</source>
        <translation>Wählen Sie links eine Quelle, um sie hier zu lesen.</translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <source>Transcription mode: {play_key} play/pause (pausing rewinds {rewind} s) · {stamp_key} insert the time · {replay_key} play the last {replay} s again</source>
        <translation>Transkriptionsmodus: {play_key} Wiedergabe/Pause (Pause spult {rewind} s zurück) · {stamp_key} Zeit einfügen · {replay_key} die letzten {replay} s wiederholen</translation>
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
    <name>TreeActions</name>
    <message>
        <source>Move to Theme</source>
        <translation>In Thema verschieben</translation>
    </message>
    <message>
        <source>Remove from Theme</source>
        <translation>Aus Thema entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move Into</source>
        <translation>Verschieben in</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>Delete Theme</source>
        <translation>Thema löschen</translation>
    </message>
</context>
<context>
    <name>TurnTimeCommand</name>
    <message>
        <source>Set Turn Time</source>
        <translation>Zeit des Beitrags setzen</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Cannot Redo</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>Rückgängig nicht möglich</translation>
    </message>
</context>
<context>
    <name>UnpinQuoteCommand</name>
    <message>
        <source>Unpin Quote</source>
        <translation>Zitat lösen</translation>
    </message>
</context>
<context>
    <name>UpdateSavedQueryCommand</name>
    <message>
        <source>Change {noun} &apos;{name}&apos;</source>
        <translation>{noun} &apos;{name}&apos; ändern</translation>
    </message>
</context>
<context>
    <name>VideoDock</name>
    <message>
        <source>Show &amp;Video</source>
        <translation>&amp;Video anzeigen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Show or hide the video of the recording</source>
        <translation>Video der Aufnahme ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Detach Video</source>
        <translation>Video &amp;abdocken</translation>
    </message>
    <message>
        <source>Attach to Transcript</source>
        <translation>An Transkript andocken</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Abdocken</translation>
    </message>
    <message>
        <source>Video – {name}</source>
        <translation>Video – {name}</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Video of the recording</source>
        <translation>Video der Aufnahme</translation>
    </message>
    <message>
        <source>Double-click to detach or attach the video</source>
        <translation>Doppelklicken, um das Video ab- oder anzudocken</translation>
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
<context>
    <name>_PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Changed: Preview again.</source>
        <translation>Geändert: erneut Vorschau anzeigen.</translation>
    </message>
</context>
</TS>
