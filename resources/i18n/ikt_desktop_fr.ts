<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddCodebookCommand</name>
    <message>
        <source>Import Codebook &apos;{name}&apos;</source>
        <translation>Importer la grille de codage &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>AddGuideQuestionsCommand</name>
    <message>
        <source>Add {count} Interview-Guide Questions</source>
        <translation>Ajouter {count} questions du guide d’entretien</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
</context>
<context>
    <name>ApplyCodeCommand</name>
    <message>
        <source>Code &apos;{code_name}&apos;</source>
        <translation>Coder &apos;{code_name}&apos;</translation>
    </message>
</context>
<context>
    <name>ArrangeBoardCommand</name>
    <message>
        <source>Arrange Codes by Co-occurrence</source>
        <translation>Disposer les codes par cooccurrence</translation>
    </message>
</context>
<context>
    <name>AutocodeActions</name>
    <message>
        <source>Speaker or Role…</source>
        <translation>Locuteur ou rôle…</translation>
    </message>
    <message>
        <source>Interview Guide Answers…</source>
        <translation>Réponses au guide d’entretien…</translation>
    </message>
    <message>
        <source>Interview Guide…</source>
        <translation>Guide d’entretien…</translation>
    </message>
    <message>
        <source>Auto-Code</source>
        <translation>Codage automatique</translation>
    </message>
    <message>
        <source>Coding {count} passages…</source>
        <translation>Codage de {count} passages…</translation>
    </message>
</context>
<context>
    <name>AutocodeCommand</name>
    <message>
        <source>Redoing the auto-coding…</source>
        <translation>Rétablissement du codage automatique…</translation>
    </message>
    <message>
        <source>Coding…</source>
        <translation>Codage…</translation>
    </message>
    <message>
        <source>Undoing the auto-coding…</source>
        <translation>Annulation du codage automatique…</translation>
    </message>
</context>
<context>
    <name>AutocodeDialogs</name>
    <message>
        <source>Load Interview Guide</source>
        <translation>Charger le guide d’entretien</translation>
    </message>
    <message>
        <source>Interview guide (*.txt *.md *.docx);;All files (*)</source>
        <translation>Guide d’entretien (*.txt *.md *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BackgroundWorker</name>
    <message>
        <source>unexpected error ({exc})</source>
        <translation>erreur inattendue ({exc})</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Theme board</source>
        <translation>Tableau des thèmes</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l’instant.</translation>
    </message>
    <message>
        <source>{path}: could not be written</source>
        <translation>{path} : impossible d’écrire le fichier</translation>
    </message>
</context>
<context>
    <name>ChartsPane</name>
    <message>
        <source>Code frequencies</source>
        <translation>Fréquence des codes</translation>
    </message>
    <message>
        <source>Theme prevalence by role</source>
        <translation>Prévalence des thèmes par rôle</translation>
    </message>
    <message>
        <source>Codings per source</source>
        <translation>Codages par source</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
</context>
<context>
    <name>CodeAsNewCommand</name>
    <message>
        <source>Code as New</source>
        <translation>Coder comme nouveau code</translation>
    </message>
</context>
<context>
    <name>CodeInspector</name>
    <message>
        <source>What this code means, in one or two sentences</source>
        <translation>Ce que ce code signifie, en une ou deux phrases</translation>
    </message>
    <message>
        <source>When to apply it</source>
        <translation>Quand l’appliquer</translation>
    </message>
    <message>
        <source>When not to apply it (and which code to use instead)</source>
        <translation>Quand ne pas l’appliquer (et quel code utiliser à la place)</translation>
    </message>
    <message>
        <source>A typical quote</source>
        <translation>Un verbatim typique</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Définition&#xa0;:</translation>
    </message>
    <message>
        <source>Inclusion:</source>
        <translation>Inclusion&#xa0;:</translation>
    </message>
    <message>
        <source>Exclusion:</source>
        <translation>Exclusion&#xa0;:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemple&#xa0;:</translation>
    </message>
    <message>
        <source>Code {name}</source>
        <translation>Coder {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codage</numerusform>
            <numerusform>%n codages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a code to see and edit its definition.</source>
        <translation>Sélectionnez un code pour voir et modifier sa définition.</translation>
    </message>
    <message>
        <source>Ctrl+Z in the field brings back your text.</source>
        <translation>Ctrl+Z dans le champ rétablit votre texte.</translation>
    </message>
</context>
<context>
    <name>CodeSearchHitsCommand</name>
    <message>
        <source>Code Hits of “{query}” with &apos;{code_name}&apos;</source>
        <translation>Coder les occurrences de « {query} » avec &apos;{code_name}&apos;</translation>
    </message>
    <message>
        <source>Coding the hits again…</source>
        <translation>Nouveau codage des occurrences…</translation>
    </message>
    <message>
        <source>Removing the codings…</source>
        <translation>Suppression des codages…</translation>
    </message>
</context>
<context>
    <name>CodebookPane</name>
    <message>
        <source>Filter codes…</source>
        <translation>Filtrer les codes…</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Grille de codage</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>New Sub-code</source>
        <translation>Sous-code</translation>
    </message>
    <message>
        <source>New Sub-code</source>
        <comment>toolbar button</comment>
        <translation>Sous-code</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Guide d’entretien</translation>
    </message>
    <message>
        <source>Interview Guide</source>
        <translation>Guide d’entretien</translation>
    </message>
    <message>
        <source>Interview-guide questions: structural codes, kept apart from the codebook (Code ▸ Interview Guide…)</source>
        <translation>Questions du guide d’entretien&#xa0;: codes structurels, tenus à l’écart de la grille de codage (Coder ▸ Guide d’entretien…)</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation>Autre couleur…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Fusionner dans…</translation>
    </message>
</context>
<context>
    <name>CoderBar</name>
    <message>
        <source>Add Coder</source>
        <translation>Ajouter un codeur</translation>
    </message>
    <message>
        <source>Name of the new coder:</source>
        <translation>Nom du nouveau codeur&#xa0;:</translation>
    </message>
    <message>
        <source>Switch to Coder &apos;{name}&apos;</source>
        <translation>Passer au codeur «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Add Coder &apos;{name}&apos;</source>
        <translation>Ajouter le codeur «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>Codeur&#xa0;:</translation>
    </message>
    <message>
        <source>Who is coding now: new codings are theirs</source>
        <translation>Qui code maintenant&#xa0;: les nouveaux codages sont les siens</translation>
    </message>
    <message>
        <source>Show Coders</source>
        <translation>Codeurs affichés</translation>
    </message>
    <message>
        <source>Whose codings the transcript and its stripes show</source>
        <translation>Les codages de qui la transcription et ses bandes affichent</translation>
    </message>
    <message>
        <source>Blind Coding</source>
        <translation>Codage à l’aveugle</translation>
    </message>
    <message>
        <source>Show only your own codings while you code (Ctrl+Shift+B)</source>
        <translation>N’afficher que vos propres codages pendant que vous codez (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <source>Add Coder…</source>
        <translation>Ajouter un codeur…</translation>
    </message>
    <message>
        <source>Show Coders ({shown}/{all})</source>
        <translation>Codeurs affichés ({shown}/{all})</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <source>Code Selection As…</source>
        <translation>Coder la sélection comme…</translation>
    </message>
    <message>
        <source>In-Vivo Code</source>
        <translation>Code in vivo</translation>
    </message>
    <message>
        <source>Remove Coding at Cursor</source>
        <translation>Retirer le codage au curseur</translation>
    </message>
    <message>
        <source>Resize Coding to Selection</source>
        <translation>Ajuster le codage à la sélection</translation>
    </message>
    <message>
        <source>Snap Selection to Whole Words</source>
        <translation>Étendre la sélection aux mots entiers</translation>
    </message>
    <message>
        <source>Recent Code {n}</source>
        <translation>Code récent {n}</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code.</source>
        <translation>Sélectionnez d’abord du texte, puis choisissez un code.</translation>
    </message>
    <message>
        <source>Coded {count} characters as &apos;{code_name}&apos;</source>
        <translation>{count} caractères codés &apos;{code_name}&apos;</translation>
    </message>
    <message>
        <source>Code as New</source>
        <translation>Coder comme nouveau code</translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation>Sélectionnez d’abord du texte.</translation>
    </message>
    <message>
        <source>Select the words to use as the code&apos;s name.</source>
        <translation>Sélectionnez les mots à utiliser comme nom du code.</translation>
    </message>
    <message>
        <source>Select some text first, then press Ctrl+K.</source>
        <translation>Sélectionnez d’abord du texte, puis appuyez sur Ctrl+K.</translation>
    </message>
    <message>
        <source>There is no coding at the cursor.</source>
        <translation>Aucun codage au curseur.</translation>
    </message>
    <message>
        <source>Select the new extent, starting inside the coding to resize.</source>
        <translation>Sélectionnez la nouvelle étendue en commençant dans le codage à ajuster.</translation>
    </message>
    <message>
        <source>Coding menu</source>
        <translation>Menu de codage</translation>
    </message>
    <message>
        <source>Recent Codes</source>
        <translation>Codes récents</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Remove Coding &apos;{name}&apos;</source>
        <translation>Retirer le codage &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Change Code of &apos;{name}&apos;…</source>
        <translation>Changer le code de &apos;{name}&apos;…</translation>
    </message>
    <message>
        <source>Edit Memo of &apos;{name}&apos;…</source>
        <translation>Modifier le mémo de &apos;{name}&apos;…</translation>
    </message>
    <message>
        <source>Resize &apos;{name}&apos; to Selection</source>
        <translation>Ajuster &apos;{name}&apos; à la sélection</translation>
    </message>
    <message>
        <source>Memo on this coding of &apos;{name}&apos;</source>
        <translation>Mémo sur ce codage de &apos;{name}&apos;</translation>
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
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Segments codés</translation>
    </message>
    <message>
        <source>Sources with a coded segment</source>
        <translation>Sources ayant un segment codé</translation>
    </message>
    <message>
        <source>Participants with a coded segment</source>
        <translation>Participants ayant un segment codé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Turns to code</source>
        <translation>Tours à coder</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Asked as</source>
        <translation>Posée ainsi</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Verbatim</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Speaker in file</source>
        <translation>Locuteur dans le fichier</translation>
    </message>
    <message>
        <source>Label in text</source>
        <translation>Étiquette dans le texte</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>Est</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Hit in Context</source>
        <translation>Occurrence en contexte</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type a command (e.g. import, export, theme)…</source>
        <translation>Tapez une commande (p. ex. importer, exporter, thème)…</translation>
    </message>
    <message>
        <source>Command to find</source>
        <translation>Commande à trouver</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Commandes correspondantes</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare &amp;Coders…</source>
        <translation>Comparer les c&amp;odeurs…</translation>
    </message>
    <message>
        <source>Two coders side by side: agreement, disagreements, consensus</source>
        <translation>Deux codeurs côte à côte&#xa0;: accord, désaccords, consensus</translation>
    </message>
    <message>
        <source>Compare Coders</source>
        <translation>Comparer les codeurs</translation>
    </message>
    <message>
        <source>Coder A</source>
        <translation>Codeur A</translation>
    </message>
    <message>
        <source>Coder B</source>
        <translation>Codeur B</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Shading:</source>
        <translation>Ombrage :</translation>
    </message>
    <message>
        <source>Computing agreement…</source>
        <translation>Calcul de l’accord…</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Previous disagreement (Shift+N, Shift+F8)</source>
        <translation>Désaccord précédent (Maj+N, Maj+F8)</translation>
    </message>
    <message>
        <source>Next disagreement (N, F8)</source>
        <translation>Désaccord suivant (N, F8)</translation>
    </message>
    <message>
        <source>Note for the decision log (why)</source>
        <translation>Note pour le journal des décisions (pourquoi)</translation>
    </message>
    <message>
        <source>Accept A</source>
        <translation>Accepter A</translation>
    </message>
    <message>
        <source>Accept B</source>
        <translation>Accepter B</translation>
    </message>
    <message>
        <source>Accept Both</source>
        <translation>Accepter les deux</translation>
    </message>
    <message>
        <source>Consensus Coding</source>
        <translation>Codage de consensus</translation>
    </message>
    <message>
        <source>Code the selected text (or the whole stretch) under the &apos;{coder}&apos; coder</source>
        <translation>Coder le texte sélectionné (ou tout le passage) au nom du codeur &apos;{coder}&apos;</translation>
    </message>
    <message>
        <source>Only {name}</source>
        <translation>Seulement {name}</translation>
    </message>
    <message>
        <source>{total} disagreements ({open} open). Press N for the next.</source>
        <translation>{total} désaccords ({open} ouverts). Appuyez sur N pour le suivant.</translation>
    </message>
    <message>
        <source>Disagreement {number} of {total} ({open} open): &lt;b&gt;{code}&lt;/b&gt; [{start}–{end}); {a} coded {a_chars}, {b} coded {b_chars} characters of it; {state}.</source>
        <translation>Désaccord {number} sur {total} ({open} ouverts) : &lt;b&gt;{code}&lt;/b&gt; [{start}–{end}) ; {a} en a codé {a_chars}, {b} en a codé {b_chars} caractères ; {state}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {sources} transcript(s) coded by both&lt;br&gt;&lt;b&gt;Character level&lt;/b&gt; (unit: {unit}, {units}): agreement {agreement}, Cohen&apos;s kappa {kappa}, Krippendorff&apos;s alpha {alpha}&lt;br&gt;&amp;nbsp;&amp;nbsp;both {both} · only {a} {a_only} · only {b} {b_only} · neither {neither}&lt;br&gt;&lt;b&gt;Segment level&lt;/b&gt; (unit: coded segment, agreeing at ≥ {overlap} overlap; {segments}): agreement {segment_agreement}, Brennan &amp;amp; Prediger kappa {segment_kappa}{pooled}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {sources} transcription(s) codée(s) par les deux&lt;br&gt;&lt;b&gt;Niveau caractère&lt;/b&gt; (unité : {unit}, {units}) : accord {agreement}, kappa de Cohen {kappa}, alpha de Krippendorff {alpha}&lt;br&gt;&amp;nbsp;&amp;nbsp;les deux {both} · seulement {a} {a_only} · seulement {b} {b_only} · aucun {neither}&lt;br&gt;&lt;b&gt;Niveau segment&lt;/b&gt; (unité : segment codé, accord à ≥ {overlap} de chevauchement ; {segments}) : accord {segment_agreement}, kappa de Brennan &amp;amp; Prediger {segment_kappa}{pooled}</translation>
    </message>
    <message>
        <source>Decisions on this transcript</source>
        <translation>Décisions sur cette transcription</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>Only {name} (wavy underline)</source>
        <translation>Seulement {name} (soulignement ondulé)</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>Choisissez deux codeurs différents.</translation>
    </message>
    <message>
        <source>{a} and {b} have not coded any transcript in common.</source>
        <translation>{a} et {b} n’ont codé aucune transcription en commun.</translation>
    </message>
    <message>
        <source>{decided:%Y-%m-%d %H:%M} {who}: {choice} on {code} [{start}–{end}){note}</source>
        <translation>{decided:%Y-%m-%d %H:%M} {who} : {choice} sur {code} [{start}–{end}){note}</translation>
    </message>
    <message>
        <source>No disagreements here.</source>
        <translation>Aucun désaccord ici.</translation>
    </message>
    <message>
        <source>decided: {choice}</source>
        <translation>décidé : {choice}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>all codes (pooled)</source>
        <translation>tous les codes (regroupés)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: neither coder used this code in the {sources} transcript(s) both coded; nothing to compare.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; : aucun des codeurs n’a utilisé ce code dans les {sources} transcription(s) codées par les deux ; rien à comparer.</translation>
    </message>
    <message>
        <source>character x code pairs</source>
        <translation>paires caractère × code</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;All codes&lt;/b&gt; (character level, pooled): agreement {agreement}, kappa {kappa}, alpha {alpha}</source>
        <translation>&lt;br&gt;&lt;b&gt;Tous les codes&lt;/b&gt; (niveau caractère, regroupés) : accord {agreement}, kappa {kappa}, alpha {alpha}</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Participant attribute</source>
        <translation>Attribut du participant</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>choose values</source>
        <translation>choisir des valeurs</translation>
    </message>
    <message>
        <source>Attribute values</source>
        <translation>Valeurs de l’attribut</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Retirer cette condition</translation>
    </message>
    <message>
        <source>from (YYYY-MM-DD)</source>
        <translation>du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to (YYYY-MM-DD)</source>
        <translation>au (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>définition</translation>
    </message>
    <message>
        <source>inclusion rule</source>
        <translation>critère d&apos;inclusion</translation>
    </message>
    <message>
        <source>exclusion rule</source>
        <translation>critère d&apos;exclusion</translation>
    </message>
    <message>
        <source>example</source>
        <translation>exemple</translation>
    </message>
    <message>
        <source>place in the codebook</source>
        <translation>place dans la grille de codage</translation>
    </message>
    <message>
        <source>central concept</source>
        <translation>concept central</translation>
    </message>
    <message>
        <source>boundaries</source>
        <translation>limites</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>récit</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>mémo</translation>
    </message>
    <message>
        <source>span</source>
        <translation>étendue</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>Another coder</source>
        <translation>Un autre codeur</translation>
    </message>
    <message>
        <source>{who} changed the {what} of &apos;{name}&apos; at {time}; your edit was not saved.</source>
        <translation>{who} a modifié le champ «&#xa0;{what}&#xa0;» de «&#xa0;{name}&#xa0;» à {time}&#xa0;; votre modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>{who} changed the {what} of &apos;{name}&apos;; your edit was not saved.</source>
        <translation>{who} a modifié le champ «&#xa0;{what}&#xa0;» de «&#xa0;{name}&#xa0;»&#xa0;; votre modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The new {what} is shown.</source>
        <translation>Le champ «&#xa0;{what}&#xa0;» enregistré est affiché.</translation>
    </message>
    <message>
        <source>{who} has since applied it to 1 segment.</source>
        <translation>{who} l&apos;a appliqué depuis à 1 segment.</translation>
    </message>
    <message>
        <source>{who} has since applied it to {count} segments.</source>
        <translation>{who} l&apos;a appliqué depuis à {count} segments.</translation>
    </message>
    <message>
        <source>{who} has since pinned it as a quote of &apos;{theme}&apos;.</source>
        <translation>{who} l&apos;a épinglé depuis comme verbatim de «&#xa0;{theme}&#xa0;».</translation>
    </message>
    <message>
        <source>{who} has since pinned a quote of it in &apos;{theme}&apos;.</source>
        <translation>{who} en a épinglé depuis un verbatim dans «&#xa0;{theme}&#xa0;».</translation>
    </message>
    <message>
        <source>{who} has since pinned {count} quotes of it in &apos;{theme}&apos;.</source>
        <translation>{who} en a épinglé depuis {count} verbatims dans «&#xa0;{theme}&#xa0;».</translation>
    </message>
    <message>
        <source>{who} has since edited this coding of &apos;{code}&apos;.</source>
        <translation>{who} a modifié depuis ce codage de «&#xa0;{code}&#xa0;».</translation>
    </message>
    <message>
        <source>{who} has since changed &apos;{name}&apos;.</source>
        <translation>{who} a modifié «&#xa0;{name}&#xa0;» depuis.</translation>
    </message>
    <message>
        <source>{who} has since changed the {what} of &apos;{name}&apos;.</source>
        <translation>{who} a modifié depuis le champ «&#xa0;{what}&#xa0;» de «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot redo “{action}”:</source>
        <translation>Impossible de rétablir «&#xa0;{action}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot undo “{action}”:</source>
        <translation>Impossible d&apos;annuler «&#xa0;{action}&#xa0;»&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CountedNames</name>
    <message numerus="yes">
        <source>Import %n Transcript(s)</source>
        <translation>
            <numerusform>Importer %n transcription</numerusform>
            <numerusform>Importer %n transcriptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>{app}: something went wrong</source>
        <translation>{app} : un problème est survenu</translation>
    </message>
    <message>
        <source>An unexpected error happened. Your project is safe: every action is saved as it happens, and the action that failed was not saved.

Please copy the details below into a bug report.</source>
        <translation>Une erreur inattendue s’est produite. Votre projet est en sécurité : chaque action est enregistrée au moment où elle a lieu, et l’action qui a échoué n’a pas été enregistrée.

Veuillez copier les détails ci-dessous dans un rapport de bogue.</translation>
    </message>
    <message>
        <source>
The log file is {log_file}.</source>
        <translation>
Le fichier journal est {log_file}.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>CreateCodeCommand</name>
    <message>
        <source>New Code &apos;{name}&apos;</source>
        <translation>Nouveau code &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>CreateThemeCommand</name>
    <message>
        <source>New Theme &apos;{name}&apos;</source>
        <translation>Nouveau thème &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>DecideCommand</name>
    <message>
        <source>Accept A</source>
        <translation>Accepter A</translation>
    </message>
    <message>
        <source>Accept B</source>
        <translation>Accepter B</translation>
    </message>
    <message>
        <source>Accept Both</source>
        <translation>Accepter les deux</translation>
    </message>
    <message>
        <source>Consensus Coding</source>
        <translation>Codage de consensus</translation>
    </message>
    <message>
        <source>{decision} on &apos;{code}&apos;</source>
        <translation>{decision} sur &apos;{code}&apos;</translation>
    </message>
</context>
<context>
    <name>DeleteCodeCommand</name>
    <message>
        <source>Delete &apos;{name}&apos;</source>
        <translation>Supprimer &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>DeleteSavedQueryCommand</name>
    <message>
        <source>Delete {noun} &apos;{name}&apos;</source>
        <translation>Supprimer {noun} &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>DeleteThemeCommand</name>
    <message>
        <source>Delete Theme &apos;{name}&apos;</source>
        <translation>Supprimer le thème &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>EditCodeDetailsCommand</name>
    <message>
        <source>Edit {fields} of &apos;{name}&apos;</source>
        <translation>Modifier {fields} de &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>EditCodingMemoCommand</name>
    <message>
        <source>Edit Coding Memo</source>
        <translation>Modifier le mémo du codage</translation>
    </message>
</context>
<context>
    <name>EditThemeCommand</name>
    <message>
        <source>Edit {what} of &apos;{name}&apos;</source>
        <translation>Modifier {what} de &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>EditTranscriptCommand</name>
    <message>
        <source>Edit Transcript &apos;{name}&apos;</source>
        <translation>Modifier la transcription &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>EditTranscriptDialog</name>
    <message>
        <source>Edit Transcript — {name}</source>
        <translation>Modifier la transcription — {name}</translation>
    </message>
    <message>
        <source>Fix typos, mishearings or names. Codings, turns and pinned quotes follow the text; codings whose text you delete entirely are listed before saving.</source>
        <translation>Corrigez les coquilles, les erreurs d’écoute ou les noms. Les codages, les tours de parole et les verbatims épinglés suivent le texte ; les codages dont vous supprimez tout le texte sont listés avant l’enregistrement.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Import REFI-QDA &amp;Project…</source>
        <translation>Importer un &amp;projet REFI-QDA…</translation>
    </message>
    <message>
        <source>Import Code&amp;book (.qdc)…</source>
        <translation>Importer une &amp;grille de codage (.qdc)…</translation>
    </message>
    <message>
        <source>E&amp;xport REFI-QDA Project…</source>
        <translation>E&amp;xporter le projet REFI-QDA…</translation>
    </message>
    <message>
        <source>Export Codebook (.&amp;qdc)…</source>
        <translation>Exporter la grille de codage (.&amp;qdc)…</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <source>Save the Imported Project As</source>
        <translation>Enregistrer le projet importé sous</translation>
    </message>
    <message>
        <source>Import {name} as</source>
        <translation>Importer {name} sous</translation>
    </message>
    <message>
        <source>REFI-QDA project imported</source>
        <translation>Projet REFI-QDA importé</translation>
    </message>
    <message>
        <source>Cannot import the project</source>
        <translation>Impossible d’importer le projet</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>Exporter un projet REFI-QDA</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exporté</translation>
    </message>
    <message>
        <source>Cannot export the project</source>
        <translation>Impossible d’exporter le projet</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>Importer une grille de codage</translation>
    </message>
    <message>
        <source>Codebook imported</source>
        <translation>Grille de codage importée</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>Exporter la grille de codage</translation>
    </message>
    <message>
        <source>Cannot export the codebook</source>
        <translation>Impossible d’exporter la grille de codage</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>Annulé ; rien n’a été écrit</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Imported from {file}</source>
        <translation>Importé depuis {file}</translation>
    </message>
    <message>
        <source>Written by: {origin}</source>
        <translation>Écrit par : {origin}</translation>
    </message>
    <message>
        <source>Positions: {unit} — {reason}</source>
        <translation>Positions : {unit} — {reason}</translation>
    </message>
    <message>
        <source>Positions (check): {line}</source>
        <translation>Positions (à vérifier) : {line}</translation>
    </message>
    <message>
        <source>Positions: {line}</source>
        <translation>Positions : {line}</translation>
    </message>
    <message>
        <source>Check: {line}</source>
        <translation>À vérifier : {line}</translation>
    </message>
    <message>
        <source>Imported: {line}</source>
        <translation>Importé : {line}</translation>
    </message>
    <message>
        <source>Converted: {line}</source>
        <translation>Converti : {line}</translation>
    </message>
    <message>
        <source>Skipped: {line}</source>
        <translation>Ignoré : {line}</translation>
    </message>
</context>
<context>
    <name>ExchangeSummaryDialog</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — from &lt;i&gt;{origin}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — depuis &lt;i&gt;{origin}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Written by &lt;b&gt;{origin}&lt;/b&gt;.</source>
        <translation>Écrit par &lt;b&gt;{origin}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Positions read as &lt;b&gt;{unit}&lt;/b&gt;: {reason}.</source>
        <translation>Positions lues comme &lt;b&gt;{unit}&lt;/b&gt; : {reason}.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s) sit where their own text disagrees</source>
        <translation>
            <numerusform>%n sélection se trouve là où son propre texte diverge</numerusform>
            <numerusform>%n sélections se trouvent là où leur propre texte diverge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the positions of %n source(s) rest on weak or mixed evidence</source>
        <translation>
            <numerusform>les positions de %n source reposent sur des indices faibles ou mixtes</numerusform>
            <numerusform>les positions de %n sources reposent sur des indices faibles ou mixtes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Please check:&lt;/b&gt; {problems}.</source>
        <translation>&lt;b&gt;À vérifier :&lt;/b&gt; {problems}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Positions by source</source>
        <translation>Positions par source</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{path}: could not be written</source>
        <translation>{path} : impossible d’écrire le fichier</translation>
    </message>
    <message>
        <source>Thematic map</source>
        <translation>Carte thématique</translation>
    </message>
    <message>
        <source>Themes, sub-themes and codes, exported from iKT Desktop</source>
        <translation>Thèmes, sous-thèmes et codes, exportés depuis iKT Desktop</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Export Report and Workbook</source>
        <translation>Exporter le rapport et le classeur</translation>
    </message>
    <message>
        <source>Word theme report</source>
        <translation>Rapport thématique Word</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>candidate ({n})</source>
        <translation>provisoires ({n})</translation>
    </message>
    <message>
        <source>reviewed ({n})</source>
        <translation>révisés ({n})</translation>
    </message>
    <message>
        <source>final ({n})</source>
        <translation>définitifs ({n})</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Thèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Suggest quotes to fill each theme up to</source>
        <translation>Suggérer des verbatims pour compléter chaque thème jusqu’à</translation>
    </message>
    <message>
        <source>Pinned quotes always appear. Suggested ones carry a Word comment asking for review.</source>
        <translation>Les verbatims épinglés figurent toujours. Les suggestions portent un commentaire Word demandant une vérification.</translation>
    </message>
    <message>
        <source>quotes (each marked for review)</source>
        <translation>verbatims (chacun signalé pour vérification)</translation>
    </message>
    <message>
        <source>Quotes:</source>
        <translation>Verbatims&#xa0;:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Attribution&#xa0;:</translation>
    </message>
    <message>
        <source>label (P3)</source>
        <translation>code du participant (P3)</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>pseudonyme</translation>
    </message>
    <message>
        <source>Name participants by:</source>
        <translation>Nommer les participants par&#xa0;:</translation>
    </message>
    <message>
        <source>Summary by:</source>
        <translation>Résumé par&#xa0;:</translation>
    </message>
    <message>
        <source>Keep interviewer talk inside quotes</source>
        <translation>Garder les propos de l’intervieweur dans les verbatims</translation>
    </message>
    <message>
        <source>Print where each quote is in the recording (00:12:04)</source>
        <translation>Indiquer où se trouve chaque verbatim dans l’enregistrement (00:12:04)</translation>
    </message>
    <message>
        <source>From the transcript&apos;s turn times, spread over the characters of a turn; quotes from transcripts without times get none.</source>
        <translation>D’après les temps des tours de parole de la transcription, répartis sur les caractères d’un tour ; les verbatims des transcriptions sans temps n’en ont pas.</translation>
    </message>
    <message>
        <source>Name participants in the study summary (else counts only)</source>
        <translation>Nommer les participants dans le résumé de l’étude (sinon effectifs seulement)</translation>
    </message>
    <message>
        <source>Include the thematic map</source>
        <translation>Inclure la carte thématique</translation>
    </message>
    <message>
        <source>Include charts (theme prevalence by role, code frequencies)</source>
        <translation>Inclure des graphiques (prévalence des thèmes par rôle, fréquence des codes)</translation>
    </message>
    <message>
        <source>Checklists:</source>
        <translation>Grilles&#xa0;:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Headings, tables, captions, methods and checklists, sheet and column names. Your codes, themes, narratives and quotations are never translated.</source>
        <translation>Titres, tableaux, légendes, méthodes et grilles, noms des feuilles et des colonnes. Vos codes, thèmes, récits et verbatims ne sont jamais traduits.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Modèle Word</translation>
    </message>
    <message>
        <source>a .docx or .dotx whose styles and pages to use</source>
        <translation>un .docx ou .dotx dont reprendre les styles et la mise en page</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Names in quotations</source>
        <translation>Noms dans les verbatims</translation>
    </message>
    <message>
        <source>Each quotation is checked against the project&apos;s speaker names, pseudonym fields and pseudonym list before the report is written.</source>
        <translation>Chaque verbatim est comparé aux noms des locuteurs, aux champs de pseudonyme et à la liste de pseudonymes du projet avant l’écriture du rapport.</translation>
    </message>
    <message>
        <source>Keep the names found (the report&apos;s methods will say so)</source>
        <translation>Garder les noms trouvés (les méthodes du rapport le diront)</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) found in quotations. Edit or pseudonymise the transcript, unpin the quotation, or keep them below.</source>
        <translation>
            <numerusform>%n nom trouvé dans les verbatims. Modifiez ou pseudonymisez la transcription, désépinglez le verbatim, ou gardez-le ci-dessous.</numerusform>
            <numerusform>%n noms trouvés dans les verbatims. Modifiez ou pseudonymisez la transcription, désépinglez le verbatim, ou gardez-les ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>No names known to the project appear in the report&apos;s quotations.</source>
        <translation>Aucun nom connu du projet n’apparaît dans les verbatims du rapport.</translation>
    </message>
    <message>
        <source>For example: “…” {sample}</source>
        <translation>Par exemple&#xa0;: «&#xa0;…&#xa0;» {sample}</translation>
    </message>
    <message>
        <source>Choose at least one file to write.</source>
        <translation>Choisissez au moins un fichier à écrire.</translation>
    </message>
    <message>
        <source>{name}: {themes} themes, {quotes} quotes</source>
        <translation>{name} : {themes} thèmes, {quotes} verbatims</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n quote(s)</source>
        <translation>
            <numerusform>{file} : %n verbatim</numerusform>
            <numerusform>{file} : %n verbatims</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>Écrit&#xa0;: {files}.</translation>
    </message>
    <message>
        <source>Cancelled: the file in progress was not written.</source>
        <translation>Annulé&#xa0;: le fichier en cours n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Projets REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Grilles de codage REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>iKT Desktop projects (*.ikt)</source>
        <translation>Projets iKT Desktop (*.ikt)</translation>
    </message>
    <message>
        <source>Transcripts ({patterns})</source>
        <translation>Transcriptions ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Recordings ({patterns})</source>
        <translation>Enregistrements ({patterns})</translation>
    </message>
    <message>
        <source>Projects to merge (*.ikt *.qdpx);;iKT Desktop projects (*.ikt);;REFI-QDA projects (*.qdpx)</source>
        <translation>Projets à fusionner (*.ikt *.qdpx);;Projets iKT Desktop (*.ikt);;Projets REFI-QDA (*.qdpx)</translation>
    </message>
</context>
<context>
    <name>FilePlaces</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open Files</source>
        <translation>Ouvrir les fichiers</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>FiltersBox</name>
    <message>
        <source>+ Condition</source>
        <translation>+ Condition</translation>
    </message>
    <message>
        <source>Only what participants with this value said</source>
        <translation>Seulement ce qu’ont dit les participants ayant cette valeur</translation>
    </message>
    <message>
        <source>any coder</source>
        <translation>n’importe quel codeur</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>all sources</source>
        <translation>toutes les sources</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Dit par</translation>
    </message>
    <message>
        <source>Coded by</source>
        <translation>Codé par</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
</context>
<context>
    <name>GroupRow</name>
    <message>
        <source>( group</source>
        <translation>( groupe</translation>
    </message>
    <message>
        <source>A group: worked out first, then combined with the rest</source>
        <translation>Un groupe : évalué d’abord, puis combiné avec le reste</translation>
    </message>
</context>
<context>
    <name>GuideAnswersDialog</name>
    <message>
        <source>Auto-Code Interview Guide Answers</source>
        <translation>Codage automatique des réponses au guide d’entretien</translation>
    </message>
    <message>
        <source>How much of a question&apos;s wording the interviewer&apos;s turn must share (0-1; token-set similarity)</source>
        <translation>Part de la formulation d’une question que le tour de l’intervieweur doit partager (0-1 ; similarité par ensembles de mots)</translation>
    </message>
    <message>
        <source>Also code the interviewer&apos;s question turn</source>
        <translation>Coder aussi le tour de question de l’intervieweur</translation>
    </message>
    <message>
        <source>Preview to see which turns ask which guide question.</source>
        <translation>Prévisualisez pour voir quels tours posent quelle question du guide.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Similarity at least</source>
        <translation>Similarité d’au moins</translation>
    </message>
    <message>
        <source>For each source, the interviewer&apos;s turn that asks each guide question is found; the participant&apos;s turns after it, up to the next guide question, are coded with that question. Untick wrong matches.</source>
        <translation>Pour chaque source, le tour de l’intervieweur qui pose chaque question du guide est repéré ; les tours du participant qui suivent, jusqu’à la question suivante du guide, sont codés avec cette question. Décochez les mauvaises correspondances.</translation>
    </message>
    <message>
        <source>Matching the interview guide…</source>
        <translation>Mise en correspondance du guide d’entretien…</translation>
    </message>
    <message>
        <source>{count} questions found ({missing} not found); {turns} turns to code; {already} already coded (skipped).</source>
        <translation>{count} questions trouvées ({missing} non trouvées) ; {turns} tours à coder ; {already} déjà codés (ignorés).</translation>
    </message>
    <message>
        <source>Auto-Code Guide Answers ({count} Turns)</source>
        <translation>Coder les réponses au guide ({count} tours)</translation>
    </message>
    <message>
        <source>Nothing ticked to code.</source>
        <translation>Rien n’est coché pour le codage.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Interview Guide</source>
        <translation>Guide d’entretien</translation>
    </message>
    <message>
        <source>Paste the guide&apos;s questions here, one per line:
1. Can you tell me how you first became involved?
2. What has helped you take part?</source>
        <translation>Collez ici les questions du guide, une par ligne :
1. Pouvez-vous me raconter comment vous vous êtes impliqué·e au départ ?
2. Qu’est-ce qui vous a aidé·e à participer ?</translation>
    </message>
    <message>
        <source>Load File…</source>
        <translation>Charger un fichier…</translation>
    </message>
    <message>
        <source>interview guide</source>
        <translation>guide d’entretien</translation>
    </message>
    <message>
        <source>From Memo</source>
        <translation>Depuis un mémo</translation>
    </message>
    <message>
        <source>Take the questions from the project memo &apos;{title}&apos;</source>
        <translation>Reprendre les questions du mémo de projet &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>Add Questions</source>
        <translation>Ajouter les questions</translation>
    </message>
    <message>
        <source>Guide questions are structural codes under &apos;Interview guide&apos;, kept apart from the codebook (see the Interview Guide tab). Double-click a short name or a wording to edit it; drag rows or use Move Up / Move Down to reorder. Use Code ▸ Auto-Code ▸ Interview Guide Answers… to code the answers.</source>
        <translation>Les questions du guide sont des codes structurels sous &apos;Interview guide&apos;, tenus à part de la grille de codage (voir l’onglet Guide d’entretien). Double-cliquez sur un nom court ou une formulation pour le modifier ; faites glisser les lignes ou utilisez Monter / Descendre pour les réordonner. Utilisez Coder ▸ Codage automatique ▸ Réponses au guide d’entretien… pour coder les réponses.</translation>
    </message>
    <message>
        <source>New questions</source>
        <translation>Nouvelles questions</translation>
    </message>
    <message>
        <source>Will be added as</source>
        <translation>Seront ajoutées sous</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>In the guide ({count} questions)</source>
        <translation>Dans le guide ({count} questions)</translation>
    </message>
    <message>
        <source>Load Interview Guide</source>
        <translation>Charger le guide d’entretien</translation>
    </message>
</context>
<context>
    <name>GuideEditor</name>
    <message>
        <source>Delete Guide Questions</source>
        <translation>Supprimer des questions du guide</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} questions</translation>
    </message>
    <message>
        <source>and its {codings} coding(s)</source>
        <translation>et ses {codings} codage(s)</translation>
    </message>
    <message>
        <source>and their {codings} coding(s)</source>
        <translation>et leurs {codings} codage(s)</translation>
    </message>
    <message>
        <source>Delete {what}{with_codings}? Edit ▸ Undo brings them back.</source>
        <translation>Supprimer {what}{with_codings} ? Édition ▸ Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Guide questions</source>
        <translation>Questions du guide</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Reword &apos;{name}&apos;</source>
        <translation>Reformuler &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Move {count} Guide Questions</source>
        <translation>Déplacer {count} questions du guide</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos;</source>
        <translation>Supprimer &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Delete {count} Guide Questions</source>
        <translation>Supprimer {count} questions du guide</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>User Guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>How to use iKT Desktop, step by step</source>
        <translation>Utiliser iKT Desktop, étape par étape</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Intervieweur</translation>
    </message>
    <message>
        <source>Other speaker</source>
        <translation>Autre locuteur</translation>
    </message>
    <message>
        <source>Import Transcripts</source>
        <translation>Importer des transcriptions</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Preview of the stored text</source>
        <translation>Aperçu du texte enregistré</translation>
    </message>
    <message>
        <source>Make Speaker</source>
        <translation>Faire un locuteur</translation>
    </message>
    <message>
        <source>Read one of these header labels as a speaker</source>
        <translation>Lire l’une de ces étiquettes d’en-tête comme un locuteur</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Détecté :</translation>
    </message>
    <message>
        <source>Header lines:</source>
        <translation>Lignes d’en-tête :</translation>
    </message>
    <message>
        <source>Source name:</source>
        <translation>Nom de la source :</translation>
    </message>
    <message>
        <source>Link the recording found beside the file</source>
        <translation>Lier l’enregistrement trouvé à côté du fichier</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <source>Preview (as it will be stored)</source>
        <translation>Aperçu (tel qu’il sera enregistré)</translation>
    </message>
    <message>
        <source>{name}: unexpected error ({exc})</source>
        <translation>{name} : erreur inattendue ({exc})</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>{state}: {file}</source>
        <translation>{state} : {file}</translation>
    </message>
    <message>
        <source>Add Transcripts</source>
        <translation>Ajouter des transcriptions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be imported:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;Ne peut être importé :&lt;/b&gt; {error}</translation>
    </message>
    <message>
        <source>Kept as notes, not speakers: </source>
        <translation>Gardées comme notes, pas comme locuteurs : </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>None beside this file (link one later: Recording ▸ Link Recording…)</source>
        <translation>Aucun à côté de ce fichier (à lier plus tard&#xa0;: Enregistrement ▸ Lier un enregistrement…)</translation>
    </message>
    <message>
        <source>Not linked: {reason}</source>
        <translation>Non lié&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>length unknown</source>
        <translation>durée inconnue</translation>
    </message>
    <message>
        <source>Link {name} ({kind}, {length}) as a reference</source>
        <translation>Lier {name} ({kind}, {length}) comme référence</translation>
    </message>
    <message>
        <source>role of a new participant</source>
        <translation>rôle d’un nouveau participant</translation>
    </message>
    <message>
        <source>{file}: choose a participant label for {speaker}</source>
        <translation>{file} : choisissez un code de participant pour {speaker}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n File(s)</source>
        <translation>
            <numerusform>Importer %n fichier</numerusform>
            <numerusform>Importer %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported</source>
        <translation>
            <numerusform>%n fichier ne peut être importé</numerusform>
            <numerusform>%n fichiers ne peuvent être importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>{name}: unexpected error ({exc})</source>
        <translation>{name} : erreur inattendue ({exc})</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>System Language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>Takes effect the next time iKT Desktop starts.</source>
        <translation>Prend effet au prochain démarrage d’iKT Desktop.</translation>
    </message>
    <message>
        <source>iKT Desktop will show its menus and windows in {language} the next time it starts.</source>
        <translation>iKT Desktop affichera ses menus et ses fenêtres en {language} au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LooseArea</name>
    <message>
        <source>Codes not in a theme ({count})</source>
        <translation>Codes hors thème ({count})</translation>
    </message>
    <message>
        <source>Codes in no theme yet: drag one onto a theme, or onto another to start a new theme</source>
        <translation>Codes sans thème pour l’instant : faites-en glisser un sur un thème, ou sur un autre code pour créer un nouveau thème</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>iKT Desktop projects (*.ikt)</source>
        <translation>Projets iKT Desktop (*.ikt)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open &amp;Team Project…</source>
        <translation>Ouvrir un projet d&apos;é&amp;quipe…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Import Transcripts…</source>
        <translation>&amp;Importer des transcriptions…</translation>
    </message>
    <message>
        <source>&amp;Export Report and Workbook…</source>
        <translation>&amp;Exporter le rapport et le classeur…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Fer&amp;mer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find in Project…</source>
        <translation>&amp;Rechercher dans le projet…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>Study &amp;Details…</source>
        <translation>&amp;Détails de l’étude…</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Coder</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Participant Talk Only</source>
        <translation>Propos des &amp;participants seulement</translation>
    </message>
    <message>
        <source>&amp;Dim Interviewer Turns</source>
        <translation>&amp;Estomper les tours de l’intervieweur</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Contras&amp;te élevé</translation>
    </message>
    <message>
        <source>&amp;Next Coded Segment</source>
        <translation>Segment codé &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Coded Segment</source>
        <translation>Segment codé pr&amp;écédent</translation>
    </message>
    <message>
        <source>Reset Pane Sizes</source>
        <translation>Rétablir la taille des volets</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>Pa&amp;lette de commandes…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>{path}: {finding}. Nothing was written to it; it is open read-only. File ▸ Restore Snapshot… brings back an earlier copy.</source>
        <translation>{path} : {finding}. Rien n’y a été écrit ; il est ouvert en lecture seule. Fichier ▸ Restaurer un instantané… rétablit une copie antérieure.</translation>
    </message>
    <message>
        <source>The project file is damaged</source>
        <translation>Le fichier du projet est endommagé</translation>
    </message>
    <message>
        <source>Project closed with a problem</source>
        <translation>Projet fermé avec un problème</translation>
    </message>
    <message>
        <source>in the codebook</source>
        <translation>dans la grille de codage</translation>
    </message>
    <message>
        <source>Recent Codes</source>
        <translation>Codes récents</translation>
    </message>
    <message>
        <source>No more coded segments in this direction</source>
        <translation>Plus de segment codé dans cette direction</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[lecture seule]</translation>
    </message>
    <message>
        <source>Coder: {name}</source>
        <translation>Codeur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>No coder</source>
        <translation>Aucun codeur</translation>
    </message>
    <message>
        <source>Read-only: changes are not possible</source>
        <translation>Lecture seule&#xa0;: aucune modification possible</translation>
    </message>
    <message>
        <source>Wrote {files}</source>
        <translation>Écrit&#xa0;: {files}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n transcript(s)</source>
        <translation>
            <numerusform>%n transcription importée</numerusform>
            <numerusform>%n transcriptions importées</numerusform>
        </translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Offline qualitative interview research. Your projects never leave this computer.</source>
        <translation>Recherche qualitative par entretiens, hors ligne. Vos projets ne quittent jamais cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>MatrixPane</name>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Words coded</source>
        <translation>Mots codés</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Thematic codes</source>
        <translation>Codes thématiques</translation>
    </message>
    <message>
        <source>Structural codes</source>
        <translation>Codes structurels</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>Click a cell to list its segments.</source>
        <translation>Cliquez sur une cellule pour lister ses segments.</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <source>A code&apos;s row counts its sub-codes&apos; codings too</source>
        <translation>La ligne d’un code compte aussi les codages de ses sous-codes</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Codes (co-occurrence)</source>
        <translation>Codes (cooccurrence)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({rows} × {columns})</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({rows} × {columns})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({rows} × {columns}) — nothing to show: no codes or themes of this kind yet.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({rows} × {columns}) — rien à afficher : aucun code ni thème de ce type pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{row} × {column}&lt;/b&gt;: %n segment(s) (click one to see it in its transcript)</source>
        <translation>
            <numerusform>&lt;b&gt;{row} × {column}&lt;/b&gt; : %n segment (cliquez dessus pour le voir dans sa transcription)</numerusform>
            <numerusform>&lt;b&gt;{row} × {column}&lt;/b&gt; : %n segments (cliquez sur l’un d’eux pour le voir dans sa transcription)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>Export Matrix to Excel</source>
        <translation>Exporter la matrice vers Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
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
Cliquez pour lister les segments.</translation>
    </message>
    <message numerus="yes">
        <source>{who}: %n participant(s)</source>
        <translation>
            <numerusform>{who} : %n participant</numerusform>
            <numerusform>{who} : %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Link Recording…</source>
        <translation>Lier un enregistrement…</translation>
    </message>
    <message>
        <source>Relink Recording…</source>
        <translation>Relier l’enregistrement…</translation>
    </message>
    <message>
        <source>Embed Recording in Project</source>
        <translation>Intégrer l’enregistrement au projet</translation>
    </message>
    <message>
        <source>Unlink Recording</source>
        <translation>Délier l’enregistrement</translation>
    </message>
    <message>
        <source>Set Turn Time from Playhead</source>
        <translation>Fixer l’heure du tour à la tête de lecture</translation>
    </message>
    <message>
        <source>No recording linked: Recording ▸ Link Recording…</source>
        <translation>Aucun enregistrement lié&#xa0;: Enregistrement ▸ Lier un enregistrement…</translation>
    </message>
    <message>
        <source>This transcript has no times yet: put the cursor in a turn and press F6 to set its time from the playhead.</source>
        <translation>Cette transcription n’a pas encore de temps : placez le curseur dans un tour de parole et appuyez sur F6 pour fixer son heure à la tête de lecture.</translation>
    </message>
    <message>
        <source>Link Recording</source>
        <translation>Lier un enregistrement</translation>
    </message>
    <message>
        <source>Link Recording &apos;{name}&apos;</source>
        <translation>Lier l’enregistrement &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Relink Recording</source>
        <translation>Relier l’enregistrement</translation>
    </message>
    <message>
        <source>Embed Recording</source>
        <translation>Intégrer l’enregistrement</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>No audio output: playback runs silently (the transcript still follows).</source>
        <translation>Aucune sortie audio : la lecture se fait en silence (la transcription suit quand même).</translation>
    </message>
    <message>
        <source>{name}: cannot be played (not a supported recording).</source>
        <translation>{name} : lecture impossible (enregistrement non pris en charge).</translation>
    </message>
    <message>
        <source>{name}: cannot be played ({reason}).</source>
        <translation>{name} : lecture impossible ({reason}).</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>&amp;Meeting Mode</source>
        <translation>&amp;Mode réunion</translation>
    </message>
    <message>
        <source>Projector view for a team meeting (F9; Esc leaves)</source>
        <translation>Vue projecteur pour une réunion d’équipe (F9 ; Échap pour quitter)</translation>
    </message>
    <message>
        <source>Next &amp;Disagreement</source>
        <translation>&amp;Désaccord suivant</translation>
    </message>
    <message>
        <source>Previous Disa&amp;greement</source>
        <translation>Désaccord pré&amp;cédent</translation>
    </message>
    <message>
        <source>Two coders have not coded this transcript</source>
        <translation>Deux codeurs n’ont pas codé cette transcription</translation>
    </message>
    <message>
        <source>No more disagreements in this direction</source>
        <translation>Plus de désaccord dans cette direction</translation>
    </message>
</context>
<context>
    <name>MemoPopup</name>
    <message>
        <source>Coding memo</source>
        <translation>Mémo du codage</translation>
    </message>
    <message>
        <source>Save the memo (Ctrl+Enter)</source>
        <translation>Enregistrer le mémo (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>&amp;Merge Project…</source>
        <translation>&amp;Fusionner un projet…</translation>
    </message>
    <message>
        <source>Bring a teammate&apos;s project (.ikt or .qdpx) into this one</source>
        <translation>Intégrer le projet d’un·e collègue (.ikt ou .qdpx) à celui-ci</translation>
    </message>
    <message>
        <source>Merge Project</source>
        <translation>Fusionner un projet</translation>
    </message>
    <message>
        <source>Cannot merge the project</source>
        <translation>Impossible de fusionner le projet</translation>
    </message>
    <message>
        <source>Another project is open now than when the preview was made; nothing was merged. Choose File ▸ Merge Project… again.</source>
        <translation>Un autre projet est ouvert que lors de l’aperçu ; rien n’a été fusionné. Choisissez à nouveau Fichier ▸ Fusionner un projet….</translation>
    </message>
    <message>
        <source>; backup at {name}</source>
        <translation>; sauvegarde dans {name}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed</source>
        <translation>Annulé ; rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>MergeCodeCommand</name>
    <message>
        <source>Merge &apos;{source}&apos; into &apos;{target}&apos;</source>
        <translation>Fusionner &apos;{source}&apos; dans &apos;{target}&apos;</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>by GUID</source>
        <translation>par GUID</translation>
    </message>
    <message>
        <source>as in an earlier merge</source>
        <translation>comme lors d’une fusion précédente</translation>
    </message>
    <message>
        <source>by text</source>
        <translation>par texte</translation>
    </message>
    <message>
        <source>by name and place</source>
        <translation>par nom et emplacement</translation>
    </message>
    <message>
        <source>by label</source>
        <translation>par étiquette</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>par nom</translation>
    </message>
    <message>
        <source>by content</source>
        <translation>par contenu</translation>
    </message>
    <message>
        <source>chosen near-duplicate</source>
        <translation>quasi-doublon choisi</translation>
    </message>
    <message>
        <source>Undo is not available for a merge: to go back, close this project and open the backup instead.</source>
        <translation>Il n’est pas possible d’annuler une fusion : pour revenir en arrière, fermez ce projet et ouvrez plutôt la sauvegarde.</translation>
    </message>
    <message>
        <source>Merge Project</source>
        <translation>Fusionner un projet</translation>
    </message>
    <message>
        <source>Merging &lt;b&gt;{other}&lt;/b&gt; into &lt;b&gt;{project}&lt;/b&gt;. Nothing has changed yet: check what the merge will do, then press Merge.</source>
        <translation>Fusion de &lt;b&gt;{other}&lt;/b&gt; dans &lt;b&gt;{project}&lt;/b&gt;. Rien n’a encore changé : vérifiez ce que fera la fusion, puis appuyez sur Fusionner.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts ({conflicts})&lt;/b&gt; — this project&apos;s version is kept unless said otherwise</source>
        <translation>&lt;b&gt;Conflits ({conflicts})&lt;/b&gt; — la version de ce projet est conservée sauf indication contraire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt;: none</source>
        <translation>&lt;b&gt;Conflits&lt;/b&gt; : aucun</translation>
    </message>
    <message>
        <source>&lt;b&gt;Near-duplicate codes ({near})&lt;/b&gt; — tick to merge into the suggested code; otherwise added as a separate code</source>
        <translation>&lt;b&gt;Codes quasi identiques ({near})&lt;/b&gt; — cochez pour fusionner avec le code suggéré ; sinon ajouté comme code distinct</translation>
    </message>
    <message>
        <source>&lt;b&gt;Near-duplicate codes&lt;/b&gt;: none</source>
        <translation>&lt;b&gt;Codes quasi identiques&lt;/b&gt; : aucun</translation>
    </message>
    <message>
        <source>Near-duplicate codes</source>
        <translation>Codes quasi identiques</translation>
    </message>
    <message>
        <source>A backup of this project is written beside it before anything changes; the merge is one step. {no_undo} The other file is only read.</source>
        <translation>Une sauvegarde de ce projet est écrite à côté de lui avant tout changement ; la fusion se fait en une étape. {no_undo} L’autre fichier est seulement lu.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Nothing to add: everything in that file is here already.</source>
        <translation>Rien à ajouter : tout ce que contient ce fichier est déjà ici.</translation>
    </message>
    <message>
        <source>What the merge will add and match</source>
        <translation>Ce que la fusion va ajouter et apparier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Appariés</translation>
    </message>
    <message>
        <source>all {how}</source>
        <translation>tous {how}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>Empty fields of ours filled from theirs ({count})</source>
        <translation>Champs vides des nôtres remplis à partir des leurs ({count})</translation>
    </message>
    <message>
        <source>Left out: {n} {reason}</source>
        <translation>Laissés de côté : {n} {reason}</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n codeur</numerusform>
            <numerusform>%n codeurs</numerusform>
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
            <numerusform>%n attribut</numerusform>
            <numerusform>%n attributs</numerusform>
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
            <numerusform>%n codage</numerusform>
            <numerusform>%n codages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thème</numerusform>
            <numerusform>%n thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n mémo</numerusform>
            <numerusform>%n mémos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved query(ies)</source>
        <translation>
            <numerusform>%n requête enregistrée</numerusform>
            <numerusform>%n requêtes enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged.&lt;/b&gt; Added {added}.</source>
        <translation>&lt;b&gt;Fusion faite.&lt;/b&gt; Ajouté : {added}.</translation>
    </message>
    <message>
        <source>A backup of the project as it was is at &lt;b&gt;{backup}&lt;/b&gt;. </source>
        <translation>Une sauvegarde du projet tel qu’il était se trouve dans &lt;b&gt;{backup}&lt;/b&gt;. </translation>
    </message>
    <message>
        <source>Nothing needed writing. </source>
        <translation>Rien n’avait besoin d’être écrit. </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MergeThemesCommand</name>
    <message>
        <source>Merge Theme &apos;{source}&apos; into &apos;{target}&apos;</source>
        <translation>Fusionner le thème &apos;{source}&apos; dans &apos;{target}&apos;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Delete Securely</source>
        <translation>Supprimer de façon sécurisée</translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <source>Project is read-only</source>
        <translation>Le projet est en lecture seule</translation>
    </message>
    <message>
        <source>You can open it read-only to look without changing anything.</source>
        <translation>Vous pouvez l’ouvrir en lecture seule pour le consulter sans rien modifier.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projet en cours d’utilisation</translation>
    </message>
    <message>
        <source>Only one window may change a project at a time. You can open it read-only to look without changing anything.</source>
        <translation>Une seule fenêtre peut modifier un projet à la fois. Vous pouvez l’ouvrir en lecture seule pour le consulter sans rien modifier.</translation>
    </message>
</context>
<context>
    <name>MoveCodeCommand</name>
    <message>
        <source>Move &apos;{name}&apos;</source>
        <translation>Déplacer &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Unassign &apos;{name}&apos;</source>
        <translation>Retirer &apos;{name}&apos; du thème</translation>
    </message>
    <message>
        <source>Assign &apos;{name}&apos;</source>
        <translation>Placer &apos;{name}&apos; dans un thème</translation>
    </message>
</context>
<context>
    <name>MoveThemeCommand</name>
    <message>
        <source>Nest &apos;{name}&apos;</source>
        <translation>Imbriquer &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Move &apos;{name}&apos;</source>
        <translation>Déplacer &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>OpenTeamDialog</name>
    <message>
        <source>Open Team Project</source>
        <translation>Ouvrir un projet d&apos;équipe</translation>
    </message>
    <message>
        <source>qda.example.org, or a socket folder</source>
        <translation>qda.example.org, ou un dossier de socket</translation>
    </message>
    <message>
        <source>ms_study</source>
        <translation>ms_study</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>votre identifiant sur le serveur</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>Indisponible&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Kept by the operating system, never in iKT Desktop&apos;s settings.</source>
        <translation>Conservé par le système d&apos;exploitation, jamais dans les réglages d&apos;iKT Desktop.</translation>
    </message>
    <message>
        <source>Data stays on your institution&apos;s server. Connections to another computer use TLS with the server&apos;s certificate checked (sslmode=verify-full); only localhost and a Unix socket folder connect without it.</source>
        <translation>Les données restent sur le serveur de votre établissement. Les connexions à un autre ordinateur utilisent TLS avec vérification du certificat du serveur (sslmode=verify-full)&#xa0;; seuls localhost et un dossier de socket Unix s&apos;en passent.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot open team project</source>
        <translation>Impossible d&apos;ouvrir le projet d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>OperandRow</name>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Remove this from the query</source>
        <translation>Retirer ceci de la requête</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Use at least {count} characters; a passphrase of a few words is best.</source>
        <translation>Utilisez au moins {count} caractères ; une phrase de passe de quelques mots est l’idéal.</translation>
    </message>
    <message>
        <source>Keep the password safe: without it the project cannot be opened, and nobody can recover it.</source>
        <translation>Gardez le mot de passe en lieu sûr : sans lui, le projet ne peut pas être ouvert, et personne ne peut le récupérer.</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a password</source>
        <translation>&amp;Chiffrer avec un mot de passe</translation>
    </message>
    <message>
        <source>The whole project file is encrypted (AES-256, SQLCipher).</source>
        <translation>Tout le fichier du projet est chiffré (AES-256, SQLCipher).</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Tapez le mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Encrypted Project</source>
        <translation>Projet chiffré</translation>
    </message>
    <message>
        <source>“{name}” is encrypted. Type its password to open it.</source>
        <translation>« {name} » est chiffré. Tapez son mot de passe pour l’ouvrir.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>{verb} “{name}”. Health-research data can be protected with a password: the whole file is then encrypted.</source>
        <translation>{verb} « {name} ». Les données de recherche en santé peuvent être protégées par un mot de passe : tout le fichier est alors chiffré.</translation>
    </message>
</context>
<context>
    <name>PinQuoteCommand</name>
    <message>
        <source>Reorder Quotes</source>
        <translation>Réordonner les verbatims</translation>
    </message>
    <message>
        <source>Pin Quote</source>
        <translation>Épingler le verbatim</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PseudonymActions</name>
    <message>
        <source>Export Pseudonym Key</source>
        <translation>Exporter la clé des pseudonymes</translation>
    </message>
    <message>
        <source>Encrypted key (*.iktkey);;Plain CSV (*.csv);;Plain JSON (*.json)</source>
        <translation>Clé chiffrée (*.iktkey);;CSV en clair (*.csv);;JSON en clair (*.json)</translation>
    </message>
    <message>
        <source>Password to encrypt the key (leave empty to write a PLAIN, unencrypted file):</source>
        <translation>Mot de passe pour chiffrer la clé (laissez vide pour écrire un fichier EN CLAIR, non chiffré) :</translation>
    </message>
    <message>
        <source>{count} automatic snapshot(s) taken before now</source>
        <translation>{count} instantané(s) automatique(s) pris avant maintenant</translation>
    </message>
    <message>
        <source>{count} backup(s) beside the project file</source>
        <translation>{count} sauvegarde(s) à côté du fichier du projet</translation>
    </message>
    <message>
        <source>The project is pseudonymised. But </source>
        <translation>Le projet est pseudonymisé. Mais </translation>
    </message>
    <message>
        <source> still contain the real names.

Delete them securely (each file is overwritten, then deleted)?

They are also the way back: once they are gone, the real names return only through Edit ▸ Undo while this project stays open (an exported key says who is who, but cannot rebuild the original text). Keep them if you may need the original project again.

Either way a fresh snapshot of the pseudonymised project is taken now. The replacement list (the key to the real names) stays in the project and its snapshots until you export it and choose Remove Key from Project.</source>
        <translation> contiennent encore les vrais noms.

Les supprimer de façon sécurisée (chaque fichier est écrasé, puis supprimé) ?

Ils sont aussi le chemin du retour : une fois supprimés, les vrais noms ne reviennent que par Édition ▸ Annuler tant que ce projet reste ouvert (une clé exportée dit qui est qui, mais ne peut pas reconstruire le texte d’origine). Gardez-les si vous pourriez avoir encore besoin du projet d’origine.

Dans les deux cas, un nouvel instantané du projet pseudonymisé est pris maintenant. La liste des remplacements (la clé des vrais noms) reste dans le projet et ses instantanés jusqu’à ce que vous l’exportiez et choisissiez Retirer la clé du projet.</translation>
    </message>
    <message>
        <source>Copies with the real names</source>
        <translation>Copies contenant les vrais noms</translation>
    </message>
    <message>
        <source>Pseudonymising…</source>
        <translation>Pseudonymisation…</translation>
    </message>
    <message>
        <source>Pseudonymise…</source>
        <translation>Pseudonymiser…</translation>
    </message>
    <message>
        <source>Replace real names in the whole project (one undoable step)</source>
        <translation>Remplacer les vrais noms dans tout le projet (une étape annulable)</translation>
    </message>
    <message>
        <source>Remove Pseudonym Key</source>
        <translation>Retirer la clé des pseudonymes</translation>
    </message>
    <message>
        <source>Pseudonymised: {hits} replacement(s) in {transcripts} transcript(s) and {fields} other field(s)</source>
        <translation>Pseudonymisé : {hits} remplacement(s) dans {transcripts} transcription(s) et {fields} autre(s) champ(s)</translation>
    </message>
    <message>
        <source>Compacting the project file…</source>
        <translation>Compactage du fichier du projet…</translation>
    </message>
    <message>
        <source>Taking a snapshot of the pseudonymised project…</source>
        <translation>Prise d’un instantané du projet pseudonymisé…</translation>
    </message>
    <message>
        <source>{deleted} copy(ies) with the real names deleted securely</source>
        <translation>{deleted} copie(s) contenant les vrais noms supprimée(s) de façon sécurisée</translation>
    </message>
    <message>
        <source>; a snapshot of the pseudonymised project was taken</source>
        <translation>; un instantané du projet pseudonymisé a été pris</translation>
    </message>
    <message>
        <source>Deleting old copies…</source>
        <translation>Suppression des anciennes copies…</translation>
    </message>
    <message>
        <source>Pseudonymise</source>
        <translation>Pseudonymiser</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed</source>
        <translation>Annulé ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>PLAIN (not encrypted)</source>
        <translation>EN CLAIR (non chiffré)</translation>
    </message>
    <message>
        <source>The key was written, {kind}:
{written}</source>
        <translation>La clé a été écrite, {kind} :
{written}</translation>
    </message>
</context>
<context>
    <name>PseudonymiseCommand</name>
    <message>
        <source>Pseudonymise the Project</source>
        <translation>Pseudonymiser le projet</translation>
    </message>
    <message>
        <source>Undoing the pseudonymisation…</source>
        <translation>Annulation de la pseudonymisation…</translation>
    </message>
</context>
<context>
    <name>PseudonymiseDialog</name>
    <message>
        <source>Pseudonymise</source>
        <translation>Pseudonymiser</translation>
    </message>
    <message>
        <source>Replace real names and identifying terms in every transcript, memo, code and theme text, participant note and source name. Whole words; the longest term wins. Codings keep covering the same words. Undo puts it all back.</source>
        <translation>Remplace les vrais noms et les termes identifiants dans chaque transcription, mémo, texte de code et de thème, note de participant et nom de source. Mots entiers ; le terme le plus long l’emporte. Les codages continuent de couvrir les mêmes mots. Annuler remet tout en place.</translation>
    </message>
    <message>
        <source>Term (real name)</source>
        <translation>Terme (vrai nom)</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Ignorer la casse</translation>
    </message>
    <message>
        <source>Seed from Project</source>
        <translation>Amorcer depuis le projet</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove Rows</source>
        <translation>Retirer les lignes</translation>
    </message>
    <message>
        <source>Export Key…</source>
        <translation>Exporter la clé…</translation>
    </message>
    <message>
        <source>Remove Key from Project</source>
        <translation>Retirer la clé du projet</translation>
    </message>
    <message>
        <source>Apply to the Whole Project</source>
        <translation>Appliquer à tout le projet</translation>
    </message>
    <message>
        <source>Save List</source>
        <translation>Enregistrer la liste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>An interviewer&apos;s name (also identifying)</source>
        <translation>Le nom d’un intervieweur (identifiant lui aussi)</translation>
    </message>
    <message>
        <source>Looking for the terms…</source>
        <translation>Recherche des termes…</translation>
    </message>
    <message>
        <source>Looking for the terms… {percent}%  {what}</source>
        <translation>Recherche des termes… {percent} %  {what}</translation>
    </message>
    <message>
        <source>{total} replacement(s) in {count} transcript(s)</source>
        <translation>{total} remplacement(s) dans {count} transcription(s)</translation>
    </message>
    <message>
        <source> and {places} other field(s) (memos, codes, themes, notes…)</source>
        <translation> et {places} autre(s) champ(s) (mémos, codes, thèmes, notes…)</translation>
    </message>
    <message>
        <source>; the first {count} are listed</source>
        <translation>; les {count} premiers sont listés</translation>
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message>
        <source>Text coded with</source>
        <translation>Texte codé avec</translation>
    </message>
</context>
<context>
    <name>QueryPane</name>
    <message>
        <source>Export Query Results</source>
        <translation>Exporter les résultats de la requête</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>The query in words</source>
        <translation>La requête en mots</translation>
    </message>
    <message>
        <source>Build a query and press Run.</source>
        <translation>Construisez une requête et appuyez sur Exécuter.</translation>
    </message>
    <message>
        <source>Query results</source>
        <translation>Résultats de la requête</translation>
    </message>
    <message>
        <source>Add codes to the codebook first.</source>
        <translation>Ajoutez d’abord des codes à la grille de codage.</translation>
    </message>
    <message>
        <source>Running the query…</source>
        <translation>Exécution de la requête…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>The query did not run.</source>
        <translation>La requête ne s’est pas exécutée.</translation>
    </message>
    <message>
        <source>Cannot run the query</source>
        <translation>Impossible d’exécuter la requête</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot export the results</source>
        <translation>Impossible d’exporter les résultats</translation>
    </message>
    <message>
        <source>Save Query</source>
        <translation>Enregistrer la requête</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Cannot open the query</source>
        <translation>Impossible d’ouvrir la requête</translation>
    </message>
    <message>
        <source>Rename Query</source>
        <translation>Renommer la requête</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
</context>
<context>
    <name>QuickCodePicker</name>
    <message>
        <source>Code selection as…</source>
        <translation>Coder la sélection comme…</translation>
    </message>
    <message>
        <source>Type to find a code…</source>
        <translation>Tapez pour trouver un code…</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>Trouver un code</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Codes correspondants</translation>
    </message>
    <message>
        <source>Enter applies the highlighted code · Esc closes</source>
        <translation>Entrée applique le code en surbrillance · Échap ferme</translation>
    </message>
    <message>
        <source>No code matches. Enter creates &lt;b&gt;{name}&lt;/b&gt; and applies it.</source>
        <translation>Aucun code ne correspond. Entrée crée &lt;b&gt;{name}&lt;/b&gt; et l’applique.</translation>
    </message>
    <message>
        <source>No code matches.</source>
        <translation>Aucun code ne correspond.</translation>
    </message>
</context>
<context>
    <name>RecodeCodingCommand</name>
    <message>
        <source>Change Coding to &apos;{code_name}&apos;</source>
        <translation>Changer le codage en &apos;{code_name}&apos;</translation>
    </message>
</context>
<context>
    <name>RecolorCodeCommand</name>
    <message>
        <source>Recolour &apos;{name}&apos;</source>
        <translation>Recolorer &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>RemoveCodingCommand</name>
    <message>
        <source>Remove Coding &apos;{code_name}&apos;</source>
        <translation>Retirer le codage &apos;{code_name}&apos;</translation>
    </message>
</context>
<context>
    <name>RenameCodeCommand</name>
    <message>
        <source>Rename &apos;{before}&apos; to &apos;{name}&apos;</source>
        <translation>Renommer &apos;{before}&apos; en &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>RenameSavedQueryCommand</name>
    <message>
        <source>Rename {noun} &apos;{before}&apos; to &apos;{name}&apos;</source>
        <translation>Renommer {noun} &apos;{before}&apos; en &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>RenameThemeCommand</name>
    <message>
        <source>Rename Theme &apos;{before}&apos;</source>
        <translation>Renommer le thème &apos;{before}&apos;</translation>
    </message>
</context>
<context>
    <name>ReorderCodeCommand</name>
    <message>
        <source>Reorder &apos;{code_name}&apos;</source>
        <translation>Réordonner &apos;{code_name}&apos;</translation>
    </message>
</context>
<context>
    <name>ResizeCodingCommand</name>
    <message>
        <source>Resize Coding &apos;{code_name}&apos;</source>
        <translation>Ajuster le codage &apos;{code_name}&apos;</translation>
    </message>
</context>
<context>
    <name>ResizeHandle</name>
    <message>
        <source>Drag to resize the theme</source>
        <translation>Faire glisser pour redimensionner le thème</translation>
    </message>
</context>
<context>
    <name>RetrievalPane</name>
    <message>
        <source>Select a code to see its segments.</source>
        <translation>Sélectionnez un code pour voir ses segments.</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <source>Filter segments by participant</source>
        <translation>Filtrer les segments par participant</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Segments codés</translation>
    </message>
    <message>
        <source>Copy Quotes</source>
        <translation>Copier les verbatims</translation>
    </message>
    <message>
        <source>Remove Coding</source>
        <translation>Retirer le codage</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Memo on the selected coding…</source>
        <translation>Mémo sur le codage sélectionné…</translation>
    </message>
    <message>
        <source>Coding memo</source>
        <translation>Mémo du codage</translation>
    </message>
    <message>
        <source>Save Memo</source>
        <translation>Enregistrer le mémo</translation>
    </message>
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
            <numerusform>de %n participant</numerusform>
            <numerusform>de %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Tous les participants</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rôle&#xa0;: {role}</translation>
    </message>
</context>
<context>
    <name>SaveQueryCommand</name>
    <message>
        <source>Save {noun} &apos;{name}&apos;</source>
        <translation>Enregistrer {noun} &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>SavedQueryCommand</name>
    <message>
        <source>Query</source>
        <translation>la requête</translation>
    </message>
</context>
<context>
    <name>SavedSearchBar</name>
    <message>
        <source>Search</source>
        <translation>la recherche</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>Impossible d’enregistrer la recherche</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Cannot open the search</source>
        <translation>Impossible d’ouvrir la recherche</translation>
    </message>
    <message>
        <source>Rename Search</source>
        <translation>Renommer la recherche</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Code the Hit with the Selected Code</source>
        <translation>Coder l’occurrence avec le code sélectionné</translation>
    </message>
    <message>
        <source>Code Its Sentence with the Selected Code</source>
        <translation>Coder sa phrase avec le code sélectionné</translation>
    </message>
    <message>
        <source>Code Its Whole Turn with the Selected Code</source>
        <translation>Coder tout son tour de parole avec le code sélectionné</translation>
    </message>
    <message>
        <source>Search all transcripts: words, &quot;a phrase&quot;, care*, fatigue NOT sleep…</source>
        <translation>Chercher dans toutes les transcriptions : mots, &quot;une expression&quot;, soin*, fatigue NOT sommeil…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Requête de recherche</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Word beginnings</source>
        <translation>Débuts de mots</translation>
    </message>
    <message>
        <source>care also finds carer and careful (like care*)</source>
        <translation>soin trouve aussi soignant et soigneux (comme soin*)</translation>
    </message>
    <message>
        <source>Match accents</source>
        <translation>Respecter les accents</translation>
    </message>
    <message>
        <source>Off: cafe finds café and Zoe finds Zoë</source>
        <translation>Désactivé : cafe trouve café et Zoe trouve Zoë</translation>
    </message>
    <message>
        <source>Participant talk only</source>
        <translation>Paroles des participants seulement</translation>
    </message>
    <message>
        <source>Code All Hits</source>
        <translation>Coder toutes les occurrences</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>Occurrences de la recherche</translation>
    </message>
    <message>
        <source>deleted since it was saved: {gone}</source>
        <translation>supprimé depuis l’enregistrement : {gone}</translation>
    </message>
    <message>
        <source>All Sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The search did not run.</source>
        <translation>La recherche ne s’est pas exécutée.</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>{hits}+ hits (more load as you scroll)</source>
        <translation>{hits}+ occurrences (la suite se charge au défilement)</translation>
    </message>
    <message>
        <source>{hits}+ hits in {passages} passages (more as you scroll)</source>
        <translation>{hits}+ occurrences dans {passages} passages (la suite au défilement)</translation>
    </message>
    <message>
        <source>Select a code in the codebook first.</source>
        <translation>Sélectionnez d’abord un code dans la grille de codage.</translation>
    </message>
    <message>
        <source>Finding the hits of “{text}”…</source>
        <translation>Recherche des occurrences de « {text} »…</translation>
    </message>
    <message>
        <source>Coding the hits was cancelled; nothing was coded.</source>
        <translation>Le codage des occurrences a été annulé ; rien n’a été codé.</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n passage(s) with &apos;{code_name}&apos;</source>
        <translation>
            <numerusform>%n passage codé avec &apos;{code_name}&apos;</numerusform>
            <numerusform>%n passages codés avec &apos;{code_name}&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>The project is closed, rewritten and opened again. This is not an edit: Undo cannot reverse it, and the undo history is cleared.</source>
        <translation>Le projet est fermé, réécrit et rouvert. Ce n’est pas une modification : Annuler ne peut pas l’inverser, et l’historique d’annulation est effacé.</translation>
    </message>
    <message>
        <source>The password is wrong. Try again.</source>
        <translation>Le mot de passe est incorrect. Réessayez.</translation>
    </message>
    <message>
        <source>{count} automatic snapshot(s) taken before</source>
        <translation>{count} instantané(s) automatique(s) pris avant</translation>
    </message>
    <message>
        <source>{count} backup(s) beside the project file</source>
        <translation>{count} sauvegarde(s) à côté du fichier du projet</translation>
    </message>
    <message>
        <source>The project is encrypted. But </source>
        <translation>Le projet est chiffré. Mais </translation>
    </message>
    <message>
        <source> are still plain text: anyone with those files can read the whole project.

Delete them securely (each file is overwritten, then deleted)?

They are also a way back to earlier states of the project; keep them only if you need that and they are safe.</source>
        <translation> sont encore en clair : toute personne qui a ces fichiers peut lire tout le projet.

Les supprimer de façon sécurisée (chaque fichier est écrasé, puis supprimé) ?

Ils sont aussi un moyen de revenir à des états antérieurs du projet ; ne les gardez que si vous en avez besoin et qu’ils sont en sécurité.</translation>
    </message>
    <message>
        <source>Plain-text copies</source>
        <translation>Copies en clair</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Séc&amp;urité</translation>
    </message>
    <message>
        <source>&amp;Encrypt Project…</source>
        <translation>&amp;Chiffrer le projet…</translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Remove Encryption…</source>
        <translation>&amp;Retirer le chiffrement…</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>This project file is encrypted with a password</source>
        <translation>Ce fichier de projet est chiffré par un mot de passe</translation>
    </message>
    <message>
        <source>Encrypted project</source>
        <translation>Projet chiffré</translation>
    </message>
    <message>
        <source>Encrypt “{title}” with a password?

{not_undoable} Snapshots and backups taken from now on are encrypted too.</source>
        <translation>Chiffrer « {title} » avec un mot de passe ?

{not_undoable} Les instantanés et sauvegardes pris à partir de maintenant sont chiffrés eux aussi.</translation>
    </message>
    <message>
        <source>Encrypt Project</source>
        <translation>Chiffrer le projet</translation>
    </message>
    <message>
        <source>Choose the project&apos;s password.</source>
        <translation>Choisissez le mot de passe du projet.</translation>
    </message>
    <message>
        <source>Encrypting the project…</source>
        <translation>Chiffrement du projet…</translation>
    </message>
    <message>
        <source>Encrypted the project</source>
        <translation>Projet chiffré</translation>
    </message>
    <message>
        <source>Encrypted the project: {name}; no plain-text copy remains</source>
        <translation>Projet chiffré : {name} ; aucune copie en clair ne reste</translation>
    </message>
    <message>
        <source>Encrypted; {count} plain-text copy(ies) kept</source>
        <translation>Chiffré ; {count} copie(s) en clair conservée(s)</translation>
    </message>
    <message>
        <source>Deleting plain-text copies…</source>
        <translation>Suppression des copies en clair…</translation>
    </message>
    <message>
        <source>{deleted} plain-text copy(ies) deleted securely</source>
        <translation>{deleted} copie(s) en clair supprimée(s) de façon sécurisée</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Choose the new password.

{not_undoable}</source>
        <translation>Choisissez le nouveau mot de passe.

{not_undoable}</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Changement du mot de passe…</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Remove the encryption of “{title}”? Anyone with the file can then read it.

{not_undoable}</source>
        <translation>Retirer le chiffrement de « {title} » ? Toute personne qui a le fichier pourra alors le lire.

{not_undoable}</translation>
    </message>
    <message>
        <source>Remove Encryption</source>
        <translation>Retirer le chiffrement</translation>
    </message>
    <message>
        <source>Removing the encryption…</source>
        <translation>Retrait du chiffrement…</translation>
    </message>
    <message>
        <source>Removed the encryption</source>
        <translation>Chiffrement retiré</translation>
    </message>
    <message>
        <source>The current password is wrong; nothing changed.</source>
        <translation>Le mot de passe actuel est incorrect ; rien n’a changé.</translation>
    </message>
    <message>
        <source>The project was not changed</source>
        <translation>Le projet n’a pas été modifié</translation>
    </message>
</context>
<context>
    <name>SegmentPlay</name>
    <message>
        <source>Play Segment</source>
        <translation>Lire le segment</translation>
    </message>
    <message>
        <source>Play the segment&apos;s time in its recording, then stop ({key})</source>
        <translation>Lire le passage du segment dans son enregistrement, puis s’arrêter ({key})</translation>
    </message>
</context>
<context>
    <name>SetListCommand</name>
    <message>
        <source>Edit Pseudonym List</source>
        <translation>Modifier la liste des pseudonymes</translation>
    </message>
</context>
<context>
    <name>SetStudyDetailsCommand</name>
    <message>
        <source>Edit Study Details</source>
        <translation>Modifier les détails de l’étude</translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message>
        <source>Snapshot restored</source>
        <translation>Instantané restauré</translation>
    </message>
    <message>
        <source>The snapshot was restored as a new project:
{path}

Open it now? (The project open now will be closed; it is not changed.)</source>
        <translation>L’instantané a été restauré comme nouveau projet :
{path}

L’ouvrir maintenant ? (Le projet ouvert sera fermé ; il n’est pas modifié.)</translation>
    </message>
    <message>
        <source>Restore &amp;Snapshot…</source>
        <translation>Restaurer un instan&amp;tané…</translation>
    </message>
    <message>
        <source>This project is in a {service} folder: keep projects in a local folder</source>
        <translation>Ce projet est dans un dossier {service} : gardez les projets dans un dossier local</translation>
    </message>
    <message>
        <source>Project in a synchronised folder</source>
        <translation>Projet dans un dossier synchronisé</translation>
    </message>
    <message>
        <source>Could not take a snapshot: {error}</source>
        <translation>Impossible de prendre un instantané : {error}</translation>
    </message>
    <message>
        <source>Automatic snapshots of “{title}”, newest first. Restoring makes a new project file; this project is not changed.</source>
        <translation>Instantanés automatiques de « {title} », du plus récent au plus ancien. La restauration crée un nouveau fichier de projet ; ce projet n’est pas modifié.</translation>
    </message>
    <message>
        <source>Automatic snapshots of every project, newest first. Restoring makes a new project file.</source>
        <translation>Instantanés automatiques de tous les projets, du plus récent au plus ancien. La restauration crée un nouveau fichier de projet.</translation>
    </message>
    <message>
        <source>Restore Snapshot as New Project</source>
        <translation>Restaurer l’instantané comme nouveau projet</translation>
    </message>
    <message>
        <source>Cannot restore the snapshot</source>
        <translation>Impossible de restaurer l’instantané</translation>
    </message>
    <message>
        <source>Restored the snapshot as {restored}</source>
        <translation>Instantané restauré sous {restored}</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Restore Snapshot</source>
        <translation>Restaurer un instantané</translation>
    </message>
    <message>
        <source>{taken} (UTC)
{path}</source>
        <translation>{taken} (UTC)
{path}</translation>
    </message>
    <message>
        <source>No snapshots yet: one is taken each time a project is opened.</source>
        <translation>Aucun instantané pour l’instant : un instantané est pris à chaque ouverture d’un projet.</translation>
    </message>
    <message>
        <source>Restore as New Project…</source>
        <translation>Restaurer comme nouveau projet…</translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <source>Filter sources…</source>
        <translation>Filtrer les sources…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>SpeakerAutocodeDialog</name>
    <message>
        <source>Auto-Code Speaker or Role</source>
        <translation>Codage automatique par locuteur ou rôle</translation>
    </message>
    <message>
        <source>Role: {role} ({turns} turns)</source>
        <translation>Rôle : {role} ({turns} tours)</translation>
    </message>
    <message>
        <source>All interviewers ({interviewer_turns} turns)</source>
        <translation>Tous les intervieweurs ({interviewer_turns} tours)</translation>
    </message>
    <message>
        <source>{label} — {role} ({turns} turns)</source>
        <translation>{label} — {role} ({turns} tours)</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>sans rôle</translation>
    </message>
    <message>
        <source>Speaker: {name} ({turns} turns)</source>
        <translation>Locuteur : {name} ({turns} tours)</translation>
    </message>
    <message>
        <source>Choose who and where, then Preview.</source>
        <translation>Choisissez qui et où, puis Aperçu.</translation>
    </message>
    <message>
        <source>Code with</source>
        <translation>Coder avec</translation>
    </message>
    <message>
        <source>Whose turns</source>
        <translation>Tours de qui</translation>
    </message>
    <message>
        <source>In which sources</source>
        <translation>Dans quelles sources</translation>
    </message>
    <message>
        <source>Each turn is coded from its first word to its last (the speaker&apos;s label is left out). Turns you already coded with this code are skipped.</source>
        <translation>Chaque tour est codé de son premier à son dernier mot (l’étiquette du locuteur est laissée de côté). Les tours déjà codés avec ce code sont ignorés.</translation>
    </message>
    <message>
        <source>Create a code first.</source>
        <translation>Créez d’abord un code.</translation>
    </message>
    <message>
        <source>Finding the turns…</source>
        <translation>Recherche des tours…</translation>
    </message>
    <message>
        <source>{turns} turns in {sources} sources will be coded &apos;{code_name}&apos;; {already} already coded (skipped).</source>
        <translation>{turns} tours dans {sources} sources seront codés &apos;{code_name}&apos; ; {already} déjà codés (ignorés).</translation>
    </message>
    <message>
        <source>Auto-Code {count} Turns as &apos;{code_name}&apos;</source>
        <translation>Coder automatiquement {count} tours comme &apos;{code_name}&apos;</translation>
    </message>
</context>
<context>
    <name>SplitThemeCommand</name>
    <message>
        <source>Split &apos;{name}&apos;</source>
        <translation>Scinder &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Qualitative interview research on this computer: import transcripts, code them, build themes, compare coders, write the report. Nothing leaves the laptop.</source>
        <translation>La recherche qualitative par entretiens sur cet ordinateur : importez les transcriptions, codez-les, construisez les thèmes, comparez les codeurs, rédigez le rapport. Rien ne quitte l’ordinateur.</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Start an empty project (Ctrl+N)</source>
        <translation>Commencer un projet vide (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open an .ikt project file (Ctrl+O)</source>
        <translation>Ouvrir un fichier de projet .ikt (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <source>A fresh copy of the example study: 8 interviews, codes and themes</source>
        <translation>Une copie neuve de l’étude d’exemple : 8 entretiens, codes et thèmes</translation>
    </message>
    <message>
        <source>Import Transcripts…</source>
        <translation>Importer des transcriptions…</translation>
    </message>
    <message>
        <source>Create a project, then add Word, text, WebVTT or SRT transcripts</source>
        <translation>Créer un projet, puis ajouter des transcriptions Word, texte, WebVTT ou SRT</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(introuvable)</translation>
    </message>
    <message>
        <source>team server</source>
        <translation>serveur d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>StripesMargin</name>
    <message>
        <source>Coding stripes</source>
        <translation>Bandes de codage</translation>
    </message>
    <message>
        <source>One bar per code beside the lines it covers. Click a bar to select its coding; right-click for remove, change code, edit memo and resize.</source>
        <translation>Une barre par code à côté des lignes qu’il couvre. Cliquez sur une barre pour sélectionner son codage ; clic droit pour retirer, changer de code, modifier le mémo et ajuster.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click to select · right-click for more&lt;/i&gt;</source>
        <translation>&lt;i&gt;Clic pour sélectionner · clic droit pour plus&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>StudyDetailsDialog</name>
    <message>
        <source>Study Details</source>
        <translation>Détails de l’étude</translation>
    </message>
    <message>
        <source>The report&apos;s methods are built only from these details and from what the project counts. A field left empty appears in the report as a highlighted “[Add: …]”.</source>
        <translation>Les méthodes du rapport sont construites uniquement à partir de ces détails et de ce que compte le projet. Un champ laissé vide apparaît dans le rapport comme un « [À compléter : …] » surligné.</translation>
    </message>
</context>
<context>
    <name>StudyDialog</name>
    <message>
        <source>extended collaborator = extended collaborators; staff = staff members</source>
        <translation>collaborateur élargi = collaborateurs élargis ; membre du personnel = membres du personnel</translation>
    </message>
</context>
<context>
    <name>TeamLive</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connection to the team server lost — read-only until it returns. Nothing you typed is lost; trying again…</source>
        <translation>Connexion au serveur d&apos;équipe perdue — lecture seule jusqu&apos;à son retour. Rien de ce que vous avez saisi n&apos;est perdu&#xa0;; nouvelle tentative…</translation>
    </message>
    <message>
        <source>Also here: {names}</source>
        <translation>Aussi présents&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Connected to the team server again</source>
        <translation>De nouveau connecté au serveur d&apos;équipe</translation>
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
        <translation>Combiner un code de plus avec la requête</translation>
    </message>
    <message>
        <source>+ ( Group )</source>
        <translation>+ ( Groupe )</translation>
    </message>
    <message>
        <source>Add a bracketed group of codes</source>
        <translation>Ajouter un groupe de codes entre parenthèses</translation>
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
        <translation>sous-codes</translation>
    </message>
    <message>
        <source>Include the code&apos;s sub-codes</source>
        <translation>Inclure les sous-codes du code</translation>
    </message>
</context>
<context>
    <name>TextEditActions</name>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>• {lost_decisions} consensus decision(s)</source>
        <translation>• {lost_decisions} décision(s) de consensus</translation>
    </message>
    <message>
        <source>Remove codings?</source>
        <translation>Retirer les codages ?</translation>
    </message>
    <message>
        <source>This edit deletes all the text of these codings; they will be removed:</source>
        <translation>Cette modification supprime tout le texte de ces codages ; ils seront retirés :</translation>
    </message>
    <message>
        <source>

Undo puts them back.</source>
        <translation>

Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Save and Remove Them</source>
        <translation>Enregistrer et les retirer</translation>
    </message>
    <message>
        <source>Edit Transcript…</source>
        <translation>Modifier la transcription…</translation>
    </message>
    <message>
        <source>Fix typos, mishearings or names; codings follow the text</source>
        <translation>Corriger les coquilles, les erreurs d’écoute ou les noms ; les codages suivent le texte</translation>
    </message>
    <message>
        <source>Edit Transcript</source>
        <translation>Modifier la transcription</translation>
    </message>
</context>
<context>
    <name>ThemeBoard</name>
    <message>
        <source>Themes and codes</source>
        <translation>Thèmes et codes</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>New Theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Delete Theme</source>
        <translation>Supprimer le thème</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Export Map…</source>
        <translation>Exporter la carte…</translation>
    </message>
    <message>
        <source>Move {count} Items on the Board</source>
        <translation>Déplacer {count} éléments sur le tableau</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>New sub-theme</source>
        <translation>Nouveau sous-thème</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New Sub-theme</source>
        <translation>Nouveau sous-thème</translation>
    </message>
    <message>
        <source>Merge Into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <source>Split {count} Selected Cards into a New Theme</source>
        <translation>Séparer {count} cartes sélectionnées dans un nouveau thème</translation>
    </message>
    <message>
        <source>Fit the Board</source>
        <translation>Ajuster le tableau</translation>
    </message>
    <message>
        <source>Thematic map: {title}</source>
        <translation>Carte thématique : {title}</translation>
    </message>
    <message>
        <source>Export Thematic Map</source>
        <translation>Exporter la carte thématique</translation>
    </message>
</context>
<context>
    <name>ThemeInspector</name>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Central concept</source>
        <translation>Concept central</translation>
    </message>
    <message>
        <source>Boundaries (what it is not)</source>
        <translation>Limites (ce qu’il n’est pas)</translation>
    </message>
    <message>
        <source>Analytic narrative</source>
        <translation>Récit analytique</translation>
    </message>
    <message>
        <source>Select a theme on the board.</source>
        <translation>Sélectionnez un thème sur le tableau.</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>révisé</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Couleur du thème</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field} :</translation>
    </message>
    <message>
        <source>Pinned quotes</source>
        <translation>Verbatims épinglés</translation>
    </message>
    <message>
        <source>Coded segments of the theme</source>
        <translation>Segments codés du thème</translation>
    </message>
    <message>
        <source>Pin as Quote</source>
        <translation>Épingler comme verbatim</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Representative quotes (drag to reorder):</source>
        <translation>Verbatims représentatifs (faites glisser pour réordonner) :</translation>
    </message>
    <message>
        <source>Coded segments of this theme:</source>
        <translation>Segments codés de ce thème :</translation>
    </message>
    <message>
        <source>History of the theme</source>
        <translation>Historique du thème</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt;: {roles}</source>
        <translation>&lt;b&gt;Participants&lt;/b&gt; : {roles}</translation>
    </message>
    <message>
        <source>Ctrl+Z in the field brings back your text.</source>
        <translation>Ctrl+Z dans le champ rétablit votre texte.</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>C&amp;ontraste élevé</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Appare&amp;nce</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark setting</source>
        <translation>Suivre le réglage clair ou sombre du bureau</translation>
    </message>
    <message>
        <source>Use the {palette} palette</source>
        <translation>Utiliser la palette {palette}</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln codage</numerusform>
            <numerusform>%Ln codages</numerusform>
        </translation>
    </message>
    <message>
        <source>(some coders hidden)</source>
        <translation>(certains codeurs masqués)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Choose a source on the left to read it here.</source>
        <translation>Choisissez une source à gauche pour la lire ici.</translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <source>Transcription mode: {play_key} play/pause (pausing rewinds {rewind} s) · {stamp_key} insert the time · {replay_key} play the last {replay} s again</source>
        <translation>Mode transcription : {play_key} lecture/pause (la pause recule de {rewind} s) · {stamp_key} insérer l’heure · {replay_key} rejouer les {replay} dernières s</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Play / pause ({key})</source>
        <translation>Lecture / pause ({key})</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5&#xa0;s</translation>
    </message>
    <message>
        <source>Back 5 seconds ({key})</source>
        <translation>Reculer de 5 secondes ({key})</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5&#xa0;s</translation>
    </message>
    <message>
        <source>Forward 5 seconds ({key})</source>
        <translation>Avancer de 5 secondes ({key})</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Position dans l’enregistrement</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Highlight the turn being played and keep it in view</source>
        <translation>Surligner le tour en cours de lecture et le garder visible</translation>
    </message>
    <message>
        <source>Relink…</source>
        <translation>Relier…</translation>
    </message>
    <message>
        <source>Vol</source>
        <translation>Vol.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
</context>
<context>
    <name>TreeActions</name>
    <message>
        <source>Move to Theme</source>
        <translation>Déplacer vers le thème</translation>
    </message>
    <message>
        <source>Remove from Theme</source>
        <translation>Retirer du thème</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move Into</source>
        <translation>Déplacer dans</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <source>Delete Theme</source>
        <translation>Supprimer le thème</translation>
    </message>
</context>
<context>
    <name>TurnTimeCommand</name>
    <message>
        <source>Set Turn Time</source>
        <translation>Fixer l’heure du tour</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Cannot Redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
</context>
<context>
    <name>UnpinQuoteCommand</name>
    <message>
        <source>Unpin Quote</source>
        <translation>Désépingler le verbatim</translation>
    </message>
</context>
<context>
    <name>UpdateSavedQueryCommand</name>
    <message>
        <source>Change {noun} &apos;{name}&apos;</source>
        <translation>Modifier {noun} &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>VideoDock</name>
    <message>
        <source>Show &amp;Video</source>
        <translation>Afficher la &amp;vidéo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Show or hide the video of the recording</source>
        <translation>Afficher ou masquer la vidéo de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Detach Video</source>
        <translation>&amp;Détacher la vidéo</translation>
    </message>
    <message>
        <source>Attach to Transcript</source>
        <translation>Rattacher à la transcription</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Video – {name}</source>
        <translation>Vidéo – {name}</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Video of the recording</source>
        <translation>Vidéo de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Double-click to detach or attach the video</source>
        <translation>Double-cliquez pour détacher ou rattacher la vidéo</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Coded Segments</source>
        <translation>Segments codés</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codage</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
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
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Changed: Preview again.</source>
        <translation>Modifié : refaites l’aperçu.</translation>
    </message>
</context>
</TS>
