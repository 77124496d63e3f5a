<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>Columns</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
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
        <source>Link the recording found beside the file</source>
        <translation>Lier l’enregistrement trouvé à côté du fichier</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Enregistrement&#xa0;:</translation>
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
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>&amp;Meeting Mode</source>
        <translation>&amp;Mode réunion</translation>
    </message>
    <message>
        <source>Next &amp;Disagreement</source>
        <translation>&amp;Désaccord suivant</translation>
    </message>
    <message>
        <source>Previous Disa&amp;greement</source>
        <translation>Désaccord pré&amp;cédent</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>&amp;Merge Project…</source>
        <translation>&amp;Fusionner un projet…</translation>
    </message>
</context>
<context>
    <name>QueryPane</name>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
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
    <name>SecurityActions</name>
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
    <name>SnapshotActions</name>
    <message>
        <source>Restore &amp;Snapshot…</source>
        <translation>Restaurer un instan&amp;tané…</translation>
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
</context>
<context>
    <name>ThemeInspector</name>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
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
</TS>
