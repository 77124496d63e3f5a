<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnalysisTab</name>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>AutocodeActions</name>
    <message>
        <source>Speaker or Role…</source>
        <translation>Hablante o rol…</translation>
    </message>
    <message>
        <source>Interview Guide Answers…</source>
        <translation>Respuestas al guion de entrevista…</translation>
    </message>
    <message>
        <source>Interview Guide…</source>
        <translation>Guion de entrevista…</translation>
    </message>
    <message>
        <source>Auto-Code</source>
        <translation>Codificación automática</translation>
    </message>
</context>
<context>
    <name>CodeInspector</name>
    <message>
        <source>What this code means, in one or two sentences</source>
        <translation>Qué significa este código, en una o dos frases</translation>
    </message>
    <message>
        <source>When to apply it</source>
        <translation>Cuándo aplicarlo</translation>
    </message>
    <message>
        <source>When not to apply it (and which code to use instead)</source>
        <translation>Cuándo no aplicarlo (y qué código usar en su lugar)</translation>
    </message>
    <message>
        <source>A typical quote</source>
        <translation>Una cita típica</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definición:</translation>
    </message>
    <message>
        <source>Inclusion:</source>
        <translation>Inclusión:</translation>
    </message>
    <message>
        <source>Exclusion:</source>
        <translation>Exclusión:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificación</numerusform>
            <numerusform>%n codificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a code to see and edit its definition.</source>
        <translation>Seleccione un código para ver y editar su definición.</translation>
    </message>
</context>
<context>
    <name>CodebookPane</name>
    <message>
        <source>Filter codes…</source>
        <translation>Filtrar códigos…</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <source>New Sub-code</source>
        <translation>Subcódigo</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Guion de entrevista</translation>
    </message>
    <message>
        <source>Interview Guide</source>
        <translation>Guion de entrevista</translation>
    </message>
    <message>
        <source>Interview-guide questions: structural codes, kept apart from the codebook (Code ▸ Interview Guide…)</source>
        <translation>Preguntas del guion de entrevista: códigos estructurales, separados del libro de códigos (Codificar ▸ Guion de entrevista…)</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation>Otro color…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Fusionar con…</translation>
    </message>
</context>
<context>
    <name>CoderBar</name>
    <message>
        <source>Add Coder</source>
        <translation>Añadir codificador</translation>
    </message>
    <message>
        <source>Name of the new coder:</source>
        <translation>Nombre del nuevo codificador:</translation>
    </message>
    <message>
        <source>Switch to Coder &apos;{name}&apos;</source>
        <translation>Cambiar al codificador «{name}»</translation>
    </message>
    <message>
        <source>Add Coder &apos;{name}&apos;</source>
        <translation>Añadir el codificador «{name}»</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>Codificador:</translation>
    </message>
    <message>
        <source>Who is coding now: new codings are theirs</source>
        <translation>Quién codifica ahora: las nuevas codificaciones son suyas</translation>
    </message>
    <message>
        <source>Show Coders</source>
        <translation>Mostrar codificadores</translation>
    </message>
    <message>
        <source>Whose codings the transcript and its stripes show</source>
        <translation>De quién son las codificaciones que muestran la transcripción y sus franjas</translation>
    </message>
    <message>
        <source>Blind Coding</source>
        <translation>Codificación a ciegas</translation>
    </message>
    <message>
        <source>Show only your own codings while you code (Ctrl+Shift+B)</source>
        <translation>Mostrar solo sus propias codificaciones mientras codifica (Ctrl+Mayús+B)</translation>
    </message>
    <message>
        <source>Add Coder…</source>
        <translation>Añadir codificador…</translation>
    </message>
    <message>
        <source>Show Coders ({shown}/{all})</source>
        <translation>Mostrar codificadores ({shown}/{all})</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Segmentos codificados</translation>
    </message>
    <message>
        <source>Sources with a coded segment</source>
        <translation>Fuentes con un segmento codificado</translation>
    </message>
    <message>
        <source>Participants with a coded segment</source>
        <translation>Participantes con un segmento codificado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Type a command (e.g. import, export, theme)…</source>
        <translation>Escriba un comando (p. ej. importar, exportar, tema)…</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare &amp;Coders…</source>
        <translation>C&amp;omparar codificadores…</translation>
    </message>
    <message>
        <source>Two coders side by side: agreement, disagreements, consensus</source>
        <translation>Dos codificadores lado a lado: acuerdo, desacuerdos, consenso</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Import REFI-QDA &amp;Project…</source>
        <translation>Importar &amp;proyecto REFI-QDA…</translation>
    </message>
    <message>
        <source>Import Code&amp;book (.qdc)…</source>
        <translation>Importar &amp;libro de códigos (.qdc)…</translation>
    </message>
    <message>
        <source>E&amp;xport REFI-QDA Project…</source>
        <translation>E&amp;xportar proyecto REFI-QDA…</translation>
    </message>
    <message>
        <source>Export Codebook (.&amp;qdc)…</source>
        <translation>Exportar libro de códigos (.&amp;qdc)…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Export Report and Workbook</source>
        <translation>Exportar informe y libro</translation>
    </message>
    <message>
        <source>Word theme report</source>
        <translation>Informe temático de Word</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>candidate ({n})</source>
        <translation>provisionales ({n})</translation>
    </message>
    <message>
        <source>reviewed ({n})</source>
        <translation>revisados ({n})</translation>
    </message>
    <message>
        <source>final ({n})</source>
        <translation>definitivos ({n})</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>Suggest quotes to fill each theme up to</source>
        <translation>Sugerir citas para completar cada tema hasta</translation>
    </message>
    <message>
        <source>Pinned quotes always appear. Suggested ones carry a Word comment asking for review.</source>
        <translation>Las citas fijadas aparecen siempre. Las sugeridas llevan un comentario de Word que pide revisarlas.</translation>
    </message>
    <message>
        <source>quotes (each marked for review)</source>
        <translation>citas (cada una marcada para revisión)</translation>
    </message>
    <message>
        <source>Quotes:</source>
        <translation>Citas:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Atribución:</translation>
    </message>
    <message>
        <source>label (P3)</source>
        <translation>código de participante (P3)</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>seudónimo</translation>
    </message>
    <message>
        <source>Name participants by:</source>
        <translation>Nombrar a los participantes por:</translation>
    </message>
    <message>
        <source>Summary by:</source>
        <translation>Resumen por:</translation>
    </message>
    <message>
        <source>Keep interviewer talk inside quotes</source>
        <translation>Mantener el discurso del entrevistador en las citas</translation>
    </message>
    <message>
        <source>Print where each quote is in the recording (00:12:04)</source>
        <translation>Indicar dónde está cada cita en la grabación (00:12:04)</translation>
    </message>
    <message>
        <source>From the transcript&apos;s turn times, spread over the characters of a turn; quotes from transcripts without times get none.</source>
        <translation>A partir de los tiempos de los turnos de la transcripción, repartidos entre los caracteres de un turno; las citas de transcripciones sin tiempos no llevan ninguno.</translation>
    </message>
    <message>
        <source>Name participants in the study summary (else counts only)</source>
        <translation>Nombrar a los participantes en el resumen del estudio (si no, solo recuentos)</translation>
    </message>
    <message>
        <source>Include the thematic map</source>
        <translation>Incluir el mapa temático</translation>
    </message>
    <message>
        <source>Include charts (theme prevalence by role, code frequencies)</source>
        <translation>Incluir gráficos (prevalencia de los temas por rol, frecuencia de los códigos)</translation>
    </message>
    <message>
        <source>Checklists:</source>
        <translation>Listas de verificación:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Headings, tables, captions, methods and checklists, sheet and column names. Your codes, themes, narratives and quotations are never translated.</source>
        <translation>Títulos, tablas, leyendas, métodos y listas de verificación, nombres de hojas y columnas. Sus códigos, temas, narrativas y citas nunca se traducen.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Plantilla de Word</translation>
    </message>
    <message>
        <source>a .docx or .dotx whose styles and pages to use</source>
        <translation>un .docx o .dotx cuyos estilos y páginas usar</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Names in quotations</source>
        <translation>Nombres en las citas</translation>
    </message>
    <message>
        <source>Each quotation is checked against the project&apos;s speaker names, pseudonym fields and pseudonym list before the report is written.</source>
        <translation>Cada cita se compara con los nombres de hablantes, los campos de seudónimo y la lista de seudónimos del proyecto antes de escribir el informe.</translation>
    </message>
    <message>
        <source>Keep the names found (the report&apos;s methods will say so)</source>
        <translation>Mantener los nombres encontrados (los métodos del informe lo dirán)</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) found in quotations. Edit or pseudonymise the transcript, unpin the quotation, or keep them below.</source>
        <translation>
            <numerusform>%n nombre encontrado en las citas. Edite o seudonimice la transcripción, desfije la cita o manténgalo abajo.</numerusform>
            <numerusform>%n nombres encontrados en las citas. Edite o seudonimice la transcripción, desfije la cita o manténgalos abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No names known to the project appear in the report&apos;s quotations.</source>
        <translation>Ningún nombre conocido por el proyecto aparece en las citas del informe.</translation>
    </message>
    <message>
        <source>For example: “…” {sample}</source>
        <translation>Por ejemplo: «…» {sample}</translation>
    </message>
    <message>
        <source>Choose at least one file to write.</source>
        <translation>Elija al menos un archivo para escribir.</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>Escrito: {files}.</translation>
    </message>
    <message>
        <source>Cancelled: the file in progress was not written.</source>
        <translation>Cancelado: el archivo en curso no se escribió.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to use iKT Desktop, step by step</source>
        <translation>Cómo usar iKT Desktop, paso a paso</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Link the recording found beside the file</source>
        <translation>Vincular la grabación encontrada junto al archivo</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Grabación:</translation>
    </message>
    <message>
        <source>None beside this file (link one later: Recording ▸ Link Recording…)</source>
        <translation>Ninguna junto a este archivo (vincule una más tarde: Grabación ▸ Vincular grabación…)</translation>
    </message>
    <message>
        <source>Not linked: {reason}</source>
        <translation>No vinculada: {reason}</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>length unknown</source>
        <translation>duración desconocida</translation>
    </message>
    <message>
        <source>Link {name} ({kind}, {length}) as a reference</source>
        <translation>Vincular {name} ({kind}, {length}) como referencia</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>Takes effect the next time iKT Desktop starts.</source>
        <translation>Se aplica la próxima vez que se inicie iKT Desktop.</translation>
    </message>
    <message>
        <source>iKT Desktop will show its menus and windows in {language} the next time it starts.</source>
        <translation>iKT Desktop mostrará sus menús y ventanas en {language} la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>iKT Desktop projects (*.ikt)</source>
        <translation>Proyectos de iKT Desktop (*.ikt)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import Transcripts…</source>
        <translation>&amp;Importar transcripciones…</translation>
    </message>
    <message>
        <source>&amp;Export Report and Workbook…</source>
        <translation>&amp;Exportar informe y libro…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find in Project…</source>
        <translation>&amp;Buscar en el proyecto…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>Study &amp;Details…</source>
        <translation>&amp;Detalles del estudio…</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Codificar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Participant Talk Only</source>
        <translation>Solo el discurso de los &amp;participantes</translation>
    </message>
    <message>
        <source>&amp;Dim Interviewer Turns</source>
        <translation>A&amp;tenuar los turnos del entrevistador</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>&amp;Next Coded Segment</source>
        <translation>Segmento codificado &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Coded Segment</source>
        <translation>Segmento codificado a&amp;nterior</translation>
    </message>
    <message>
        <source>Reset Pane Sizes</source>
        <translation>Restablecer el tamaño de los paneles</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>Pa&amp;leta de comandos…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <source>{path}: {finding}. Nothing was written to it; it is open read-only. File ▸ Restore Snapshot… brings back an earlier copy.</source>
        <translation>{path}: {finding}. No se escribió nada en él; está abierto en solo lectura. Archivo ▸ Restaurar instantánea… recupera una copia anterior.</translation>
    </message>
    <message>
        <source>The project file is damaged</source>
        <translation>El archivo del proyecto está dañado</translation>
    </message>
    <message>
        <source>Project closed with a problem</source>
        <translation>Proyecto cerrado con un problema</translation>
    </message>
    <message>
        <source>Recent Codes</source>
        <translation>Códigos recientes</translation>
    </message>
    <message>
        <source>No more coded segments in this direction</source>
        <translation>No hay más segmentos codificados en esta dirección</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[solo lectura]</translation>
    </message>
    <message>
        <source>Coder: {name}</source>
        <translation>Codificador: {name}</translation>
    </message>
    <message>
        <source>No coder</source>
        <translation>Sin codificador</translation>
    </message>
    <message>
        <source>Read-only: changes are not possible</source>
        <translation>Solo lectura: no se pueden hacer cambios</translation>
    </message>
    <message>
        <source>Wrote {files}</source>
        <translation>Escrito: {files}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n transcript(s)</source>
        <translation>
            <numerusform>%n transcripción importada</numerusform>
            <numerusform>%n transcripciones importadas</numerusform>
        </translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Offline qualitative interview research. Your projects never leave this computer.</source>
        <translation>Investigación cualitativa con entrevistas, sin conexión. Sus proyectos nunca salen de este equipo.</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Link Recording…</source>
        <translation>Vincular grabación…</translation>
    </message>
    <message>
        <source>Relink Recording…</source>
        <translation>Volver a vincular la grabación…</translation>
    </message>
    <message>
        <source>Embed Recording in Project</source>
        <translation>Incrustar la grabación en el proyecto</translation>
    </message>
    <message>
        <source>Unlink Recording</source>
        <translation>Desvincular la grabación</translation>
    </message>
    <message>
        <source>Set Turn Time from Playhead</source>
        <translation>Fijar la hora del turno desde el cabezal</translation>
    </message>
    <message>
        <source>No recording linked: Recording ▸ Link Recording…</source>
        <translation>No hay grabación vinculada: Grabación ▸ Vincular grabación…</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>&amp;Meeting Mode</source>
        <translation>&amp;Modo reunión</translation>
    </message>
    <message>
        <source>Next &amp;Disagreement</source>
        <translation>&amp;Desacuerdo siguiente</translation>
    </message>
    <message>
        <source>Previous Disa&amp;greement</source>
        <translation>Desacuerdo ant&amp;erior</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>&amp;Merge Project…</source>
        <translation>&amp;Fusionar proyecto…</translation>
    </message>
</context>
<context>
    <name>QueryPane</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>RetrievalPane</name>
    <message>
        <source>Select a code to see its segments.</source>
        <translation>Seleccione un código para ver sus segmentos.</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Incluir subcódigos</translation>
    </message>
    <message>
        <source>Filter segments by participant</source>
        <translation>Filtrar segmentos por participante</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Segmentos codificados</translation>
    </message>
    <message>
        <source>Copy Quotes</source>
        <translation>Copiar citas</translation>
    </message>
    <message>
        <source>Remove Coding</source>
        <translation>Quitar codificación</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Memo on the selected coding…</source>
        <translation>Memo sobre la codificación seleccionada…</translation>
    </message>
    <message>
        <source>Coding memo</source>
        <translation>Memo de la codificación</translation>
    </message>
    <message>
        <source>Save Memo</source>
        <translation>Guardar memo</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n participant(s)</source>
        <translation>
            <numerusform>de %n participante</numerusform>
            <numerusform>de %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Todos los participantes</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rol: {role}</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>Securit&amp;y</source>
        <translation>Se&amp;guridad</translation>
    </message>
    <message>
        <source>&amp;Encrypt Project…</source>
        <translation>&amp;Cifrar proyecto…</translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation>Cambiar la &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Remove Encryption…</source>
        <translation>&amp;Quitar el cifrado…</translation>
    </message>
</context>
<context>
    <name>SegmentPlay</name>
    <message>
        <source>Play Segment</source>
        <translation>Reproducir segmento</translation>
    </message>
    <message>
        <source>Play the segment&apos;s time in its recording, then stop ({key})</source>
        <translation>Reproducir el tramo del segmento en su grabación y detenerse ({key})</translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message>
        <source>Restore &amp;Snapshot…</source>
        <translation>Restaurar instan&amp;tánea…</translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <source>Filter sources…</source>
        <translation>Filtrar fuentes…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Qualitative interview research on this computer: import transcripts, code them, build themes, compare coders, write the report. Nothing leaves the laptop.</source>
        <translation>Investigación cualitativa con entrevistas en este equipo: importe transcripciones, codifíquelas, construya temas, compare codificadores, redacte el informe. Nada sale del portátil.</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Start an empty project (Ctrl+N)</source>
        <translation>Empezar un proyecto vacío (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open an .ikt project file (Ctrl+O)</source>
        <translation>Abrir un archivo de proyecto .ikt (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <source>A fresh copy of the example study: 8 interviews, codes and themes</source>
        <translation>Una copia nueva del estudio de ejemplo: 8 entrevistas, códigos y temas</translation>
    </message>
    <message>
        <source>Import Transcripts…</source>
        <translation>Importar transcripciones…</translation>
    </message>
    <message>
        <source>Create a project, then add Word, text, WebVTT or SRT transcripts</source>
        <translation>Crear un proyecto y añadir transcripciones Word, texto, WebVTT o SRT</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(no encontrado)</translation>
    </message>
</context>
<context>
    <name>ThemeInspector</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Alto co&amp;ntraste</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Es&amp;quema de color</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark setting</source>
        <translation>Seguir el ajuste claro u oscuro del escritorio</translation>
    </message>
    <message>
        <source>Use the {palette} palette</source>
        <translation>Usar la paleta {palette}</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln codificación</numerusform>
            <numerusform>%Ln codificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>(some coders hidden)</source>
        <translation>(algunos codificadores ocultos)</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Play / pause ({key})</source>
        <translation>Reproducir / pausa ({key})</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <source>Back 5 seconds ({key})</source>
        <translation>Retroceder 5 segundos ({key})</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <source>Forward 5 seconds ({key})</source>
        <translation>Avanzar 5 segundos ({key})</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Posición en la grabación</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Highlight the turn being played and keep it in view</source>
        <translation>Resaltar el turno que se reproduce y mantenerlo a la vista</translation>
    </message>
    <message>
        <source>Relink…</source>
        <translation>Revincular…</translation>
    </message>
    <message>
        <source>Vol</source>
        <translation>Vol.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Coded Segments</source>
        <translation>Segmentos codificados</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
</context>
</TS>
