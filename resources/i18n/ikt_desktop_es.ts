<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddCodebookCommand</name>
    <message>
        <source>Import Codebook &apos;{name}&apos;</source>
        <translation>Importar libro de códigos &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>AddGuideQuestionsCommand</name>
    <message>
        <source>Add {count} Interview-Guide Questions</source>
        <translation>Añadir {count} preguntas del guion de entrevista</translation>
    </message>
</context>
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
    <name>ApplyCodeCommand</name>
    <message>
        <source>Code &apos;{code_name}&apos;</source>
        <translation>Codificar &apos;{code_name}&apos;</translation>
    </message>
</context>
<context>
    <name>ArrangeBoardCommand</name>
    <message>
        <source>Arrange Codes by Co-occurrence</source>
        <translation>Ordenar los códigos por coocurrencia</translation>
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
    <message>
        <source>Coding {count} passages…</source>
        <translation>Codificando {count} pasajes…</translation>
    </message>
</context>
<context>
    <name>AutocodeCommand</name>
    <message>
        <source>Redoing the auto-coding…</source>
        <translation>Rehaciendo la codificación automática…</translation>
    </message>
    <message>
        <source>Coding…</source>
        <translation>Codificando…</translation>
    </message>
    <message>
        <source>Undoing the auto-coding…</source>
        <translation>Deshaciendo la codificación automática…</translation>
    </message>
</context>
<context>
    <name>AutocodeDialogs</name>
    <message>
        <source>Load Interview Guide</source>
        <translation>Cargar guion de entrevista</translation>
    </message>
    <message>
        <source>Interview guide (*.txt *.md *.docx);;All files (*)</source>
        <translation>Guion de entrevista (*.txt *.md *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>BackgroundWorker</name>
    <message>
        <source>unexpected error ({exc})</source>
        <translation>error inesperado ({exc})</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Theme board</source>
        <translation>Tablero de temas</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Aún no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>{path}: could not be written</source>
        <translation>{path}: no se pudo escribir</translation>
    </message>
</context>
<context>
    <name>ChartsPane</name>
    <message>
        <source>Code frequencies</source>
        <translation>Frecuencia de códigos</translation>
    </message>
    <message>
        <source>Theme prevalence by role</source>
        <translation>Prevalencia de temas por rol</translation>
    </message>
    <message>
        <source>Codings per source</source>
        <translation>Codificaciones por fuente</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exportar SVG…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
</context>
<context>
    <name>CodeAsNewCommand</name>
    <message>
        <source>Code as New</source>
        <translation>Codificar como nuevo</translation>
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
    <message>
        <source>Code {name}</source>
        <translation>Codificar {name}</translation>
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
    <message>
        <source>Ctrl+Z in the field brings back your text.</source>
        <translation>Ctrl+Z en el campo recupera su texto.</translation>
    </message>
</context>
<context>
    <name>CodeSearchHitsCommand</name>
    <message>
        <source>Code Hits of “{query}” with &apos;{code_name}&apos;</source>
        <translation>Codificar los resultados de «{query}» con &apos;{code_name}&apos;</translation>
    </message>
    <message>
        <source>Coding the hits again…</source>
        <translation>Volviendo a codificar los resultados…</translation>
    </message>
    <message>
        <source>Removing the codings…</source>
        <translation>Quitando las codificaciones…</translation>
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
        <source>New Sub-code</source>
        <comment>toolbar button</comment>
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
    <name>CodingActions</name>
    <message>
        <source>Code Selection As…</source>
        <translation>Codificar la selección como…</translation>
    </message>
    <message>
        <source>In-Vivo Code</source>
        <translation>Código in vivo</translation>
    </message>
    <message>
        <source>Remove Coding at Cursor</source>
        <translation>Quitar la codificación en el cursor</translation>
    </message>
    <message>
        <source>Resize Coding to Selection</source>
        <translation>Ajustar la codificación a la selección</translation>
    </message>
    <message>
        <source>Snap Selection to Whole Words</source>
        <translation>Ampliar la selección a palabras completas</translation>
    </message>
    <message>
        <source>Recent Code {n}</source>
        <translation>Código reciente {n}</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code.</source>
        <translation>Seleccione primero un texto y luego elija un código.</translation>
    </message>
    <message>
        <source>Coded {count} characters as &apos;{code_name}&apos;</source>
        <translation>{count} caracteres codificados como &apos;{code_name}&apos;</translation>
    </message>
    <message>
        <source>Code as New</source>
        <translation>Codificar como nuevo</translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation>Seleccione primero un texto.</translation>
    </message>
    <message>
        <source>Select the words to use as the code&apos;s name.</source>
        <translation>Seleccione las palabras que serán el nombre del código.</translation>
    </message>
    <message>
        <source>Select some text first, then press Ctrl+K.</source>
        <translation>Seleccione primero un texto y luego pulse Ctrl+K.</translation>
    </message>
    <message>
        <source>There is no coding at the cursor.</source>
        <translation>No hay ninguna codificación en el cursor.</translation>
    </message>
    <message>
        <source>Select the new extent, starting inside the coding to resize.</source>
        <translation>Seleccione la nueva extensión, empezando dentro de la codificación que quiere ajustar.</translation>
    </message>
    <message>
        <source>Coding menu</source>
        <translation>Menú de codificación</translation>
    </message>
    <message>
        <source>Recent Codes</source>
        <translation>Códigos recientes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Remove Coding &apos;{name}&apos;</source>
        <translation>Quitar la codificación &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Change Code of &apos;{name}&apos;…</source>
        <translation>Cambiar el código de &apos;{name}&apos;…</translation>
    </message>
    <message>
        <source>Edit Memo of &apos;{name}&apos;…</source>
        <translation>Editar el memo de &apos;{name}&apos;…</translation>
    </message>
    <message>
        <source>Resize &apos;{name}&apos; to Selection</source>
        <translation>Ajustar &apos;{name}&apos; a la selección</translation>
    </message>
    <message>
        <source>Memo on this coding of &apos;{name}&apos;</source>
        <translation>Memo sobre esta codificación de &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulación</translation>
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
        <source>Turns to code</source>
        <translation>Turnos por codificar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Asked as</source>
        <translation>Formulada como</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
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
    <message>
        <source>Speaker in file</source>
        <translation>Hablante en el archivo</translation>
    </message>
    <message>
        <source>Label in text</source>
        <translation>Etiqueta en el texto</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>Es</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Hit in Context</source>
        <translation>Resultado en contexto</translation>
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
    <message>
        <source>Command to find</source>
        <translation>Comando que buscar</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Comandos coincidentes</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
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
    <message>
        <source>Compare Coders</source>
        <translation>Comparar codificadores</translation>
    </message>
    <message>
        <source>Coder A</source>
        <translation>Codificador A</translation>
    </message>
    <message>
        <source>Coder B</source>
        <translation>Codificador B</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Shading:</source>
        <translation>Sombreado:</translation>
    </message>
    <message>
        <source>Computing agreement…</source>
        <translation>Calculando el acuerdo…</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Previous disagreement (Shift+N, Shift+F8)</source>
        <translation>Desacuerdo anterior (Mayús+N, Mayús+F8)</translation>
    </message>
    <message>
        <source>Next disagreement (N, F8)</source>
        <translation>Desacuerdo siguiente (N, F8)</translation>
    </message>
    <message>
        <source>Note for the decision log (why)</source>
        <translation>Nota para el registro de decisiones (por qué)</translation>
    </message>
    <message>
        <source>Accept A</source>
        <translation>Aceptar A</translation>
    </message>
    <message>
        <source>Accept B</source>
        <translation>Aceptar B</translation>
    </message>
    <message>
        <source>Accept Both</source>
        <translation>Aceptar ambos</translation>
    </message>
    <message>
        <source>Consensus Coding</source>
        <translation>Codificación de consenso</translation>
    </message>
    <message>
        <source>Code the selected text (or the whole stretch) under the &apos;{coder}&apos; coder</source>
        <translation>Codificar el texto seleccionado (o todo el tramo) con el codificador &apos;{coder}&apos;</translation>
    </message>
    <message>
        <source>Only {name}</source>
        <translation>Solo {name}</translation>
    </message>
    <message>
        <source>{total} disagreements ({open} open). Press N for the next.</source>
        <translation>{total} desacuerdos ({open} abiertos). Pulse N para el siguiente.</translation>
    </message>
    <message>
        <source>Disagreement {number} of {total} ({open} open): &lt;b&gt;{code}&lt;/b&gt; [{start}–{end}); {a} coded {a_chars}, {b} coded {b_chars} characters of it; {state}.</source>
        <translation>Desacuerdo {number} de {total} ({open} abiertos): &lt;b&gt;{code}&lt;/b&gt; [{start}–{end}); {a} codificó {a_chars}, {b} codificó {b_chars} caracteres de él; {state}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {sources} transcript(s) coded by both&lt;br&gt;&lt;b&gt;Character level&lt;/b&gt; (unit: {unit}, {units}): agreement {agreement}, Cohen&apos;s kappa {kappa}, Krippendorff&apos;s alpha {alpha}&lt;br&gt;&amp;nbsp;&amp;nbsp;both {both} · only {a} {a_only} · only {b} {b_only} · neither {neither}&lt;br&gt;&lt;b&gt;Segment level&lt;/b&gt; (unit: coded segment, agreeing at ≥ {overlap} overlap; {segments}): agreement {segment_agreement}, Brennan &amp;amp; Prediger kappa {segment_kappa}{pooled}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {sources} transcripción(es) codificada(s) por ambos&lt;br&gt;&lt;b&gt;Nivel de carácter&lt;/b&gt; (unidad: {unit}, {units}): acuerdo {agreement}, kappa de Cohen {kappa}, alfa de Krippendorff {alpha}&lt;br&gt;&amp;nbsp;&amp;nbsp;ambos {both} · solo {a} {a_only} · solo {b} {b_only} · ninguno {neither}&lt;br&gt;&lt;b&gt;Nivel de segmento&lt;/b&gt; (unidad: segmento codificado, coincidente con ≥ {overlap} de solapamiento; {segments}): acuerdo {segment_agreement}, kappa de Brennan &amp;amp; Prediger {segment_kappa}{pooled}</translation>
    </message>
    <message>
        <source>Decisions on this transcript</source>
        <translation>Decisiones sobre esta transcripción</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>Only {name} (wavy underline)</source>
        <translation>Solo {name} (subrayado ondulado)</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>Elija dos codificadores distintos.</translation>
    </message>
    <message>
        <source>{a} and {b} have not coded any transcript in common.</source>
        <translation>{a} y {b} no han codificado ninguna transcripción en común.</translation>
    </message>
    <message>
        <source>{decided:%Y-%m-%d %H:%M} {who}: {choice} on {code} [{start}–{end}){note}</source>
        <translation>{decided:%Y-%m-%d %H:%M} {who}: {choice} en {code} [{start}–{end}){note}</translation>
    </message>
    <message>
        <source>No disagreements here.</source>
        <translation>Aquí no hay desacuerdos.</translation>
    </message>
    <message>
        <source>decided: {choice}</source>
        <translation>decidido: {choice}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>all codes (pooled)</source>
        <translation>todos los códigos (agrupados)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: neither coder used this code in the {sources} transcript(s) both coded; nothing to compare.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: ningún codificador usó este código en las {sources} transcripción(es) que ambos codificaron; nada que comparar.</translation>
    </message>
    <message>
        <source>character x code pairs</source>
        <translation>pares carácter × código</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;All codes&lt;/b&gt; (character level, pooled): agreement {agreement}, kappa {kappa}, alpha {alpha}</source>
        <translation>&lt;br&gt;&lt;b&gt;Todos los códigos&lt;/b&gt; (nivel de carácter, agrupados): acuerdo {agreement}, kappa {kappa}, alfa {alpha}</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Participant attribute</source>
        <translation>Atributo del participante</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>choose values</source>
        <translation>elegir valores</translation>
    </message>
    <message>
        <source>Attribute values</source>
        <translation>Valores del atributo</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
    <message>
        <source>from (YYYY-MM-DD)</source>
        <translation>desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to (YYYY-MM-DD)</source>
        <translation>hasta (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definición</translation>
    </message>
    <message>
        <source>inclusion rule</source>
        <translation>criterio de inclusión</translation>
    </message>
    <message>
        <source>exclusion rule</source>
        <translation>criterio de exclusión</translation>
    </message>
    <message>
        <source>example</source>
        <translation>ejemplo</translation>
    </message>
    <message>
        <source>place in the codebook</source>
        <translation>lugar en el libro de códigos</translation>
    </message>
    <message>
        <source>central concept</source>
        <translation>concepto central</translation>
    </message>
    <message>
        <source>boundaries</source>
        <translation>límites</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>narrativa</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>memo</translation>
    </message>
    <message>
        <source>span</source>
        <translation>extensión</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>Another coder</source>
        <translation>Otro codificador</translation>
    </message>
    <message>
        <source>{who} changed the {what} of &apos;{name}&apos; at {time}; your edit was not saved.</source>
        <translation>{who} cambió el campo «{what}» de «{name}» a las {time}; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>{who} changed the {what} of &apos;{name}&apos;; your edit was not saved.</source>
        <translation>{who} cambió el campo «{what}» de «{name}»; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>The new {what} is shown.</source>
        <translation>Se muestra el campo «{what}» guardado.</translation>
    </message>
    <message>
        <source>{who} has since applied it to 1 segment.</source>
        <translation>{who} lo ha aplicado desde entonces a 1 segmento.</translation>
    </message>
    <message>
        <source>{who} has since applied it to {count} segments.</source>
        <translation>{who} lo ha aplicado desde entonces a {count} segmentos.</translation>
    </message>
    <message>
        <source>{who} has since pinned it as a quote of &apos;{theme}&apos;.</source>
        <translation>{who} la ha fijado desde entonces como cita de «{theme}».</translation>
    </message>
    <message>
        <source>{who} has since pinned a quote of it in &apos;{theme}&apos;.</source>
        <translation>{who} ha fijado desde entonces una cita suya en «{theme}».</translation>
    </message>
    <message>
        <source>{who} has since pinned {count} quotes of it in &apos;{theme}&apos;.</source>
        <translation>{who} ha fijado desde entonces {count} citas suyas en «{theme}».</translation>
    </message>
    <message>
        <source>{who} has since edited this coding of &apos;{code}&apos;.</source>
        <translation>{who} ha editado desde entonces esta codificación de «{code}».</translation>
    </message>
    <message>
        <source>{who} has since changed &apos;{name}&apos;.</source>
        <translation>{who} ha cambiado «{name}» desde entonces.</translation>
    </message>
    <message>
        <source>{who} has since changed the {what} of &apos;{name}&apos;.</source>
        <translation>{who} ha cambiado desde entonces el campo «{what}» de «{name}».</translation>
    </message>
    <message>
        <source>Cannot redo “{action}”:</source>
        <translation>No se puede rehacer «{action}»:</translation>
    </message>
    <message>
        <source>Cannot undo “{action}”:</source>
        <translation>No se puede deshacer «{action}»:</translation>
    </message>
</context>
<context>
    <name>CountedNames</name>
    <message numerus="yes">
        <source>Import %n Transcript(s)</source>
        <translation>
            <numerusform>Importar %n transcripción</numerusform>
            <numerusform>Importar %n transcripciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>{app}: something went wrong</source>
        <translation>{app}: algo salió mal</translation>
    </message>
    <message>
        <source>An unexpected error happened. Your project is safe: every action is saved as it happens, and the action that failed was not saved.

Please copy the details below into a bug report.</source>
        <translation>Se produjo un error inesperado. Su proyecto está a salvo: cada acción se guarda en el momento en que ocurre, y la acción que falló no se guardó.

Copie los detalles de abajo en un informe de error.</translation>
    </message>
    <message>
        <source>
The log file is {log_file}.</source>
        <translation>
El archivo de registro es {log_file}.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>CreateCodeCommand</name>
    <message>
        <source>New Code &apos;{name}&apos;</source>
        <translation>Nuevo código &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>CreateThemeCommand</name>
    <message>
        <source>New Theme &apos;{name}&apos;</source>
        <translation>Nuevo tema &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>DecideCommand</name>
    <message>
        <source>Accept A</source>
        <translation>Aceptar A</translation>
    </message>
    <message>
        <source>Accept B</source>
        <translation>Aceptar B</translation>
    </message>
    <message>
        <source>Accept Both</source>
        <translation>Aceptar ambos</translation>
    </message>
    <message>
        <source>Consensus Coding</source>
        <translation>Codificación de consenso</translation>
    </message>
    <message>
        <source>{decision} on &apos;{code}&apos;</source>
        <translation>{decision} en &apos;{code}&apos;</translation>
    </message>
</context>
<context>
    <name>DeleteCodeCommand</name>
    <message>
        <source>Delete &apos;{name}&apos;</source>
        <translation>Eliminar &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>DeleteSavedQueryCommand</name>
    <message>
        <source>Delete {noun} &apos;{name}&apos;</source>
        <translation>Eliminar {noun} &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>DeleteThemeCommand</name>
    <message>
        <source>Delete Theme &apos;{name}&apos;</source>
        <translation>Eliminar el tema &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>EditCodeDetailsCommand</name>
    <message>
        <source>Edit {fields} of &apos;{name}&apos;</source>
        <translation>Editar {fields} de &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>EditCodingMemoCommand</name>
    <message>
        <source>Edit Coding Memo</source>
        <translation>Editar el memo de la codificación</translation>
    </message>
</context>
<context>
    <name>EditThemeCommand</name>
    <message>
        <source>Edit {what} of &apos;{name}&apos;</source>
        <translation>Editar {what} de &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>EditTranscriptCommand</name>
    <message>
        <source>Edit Transcript &apos;{name}&apos;</source>
        <translation>Editar la transcripción &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>EditTranscriptDialog</name>
    <message>
        <source>Edit Transcript — {name}</source>
        <translation>Editar transcripción — {name}</translation>
    </message>
    <message>
        <source>Fix typos, mishearings or names. Codings, turns and pinned quotes follow the text; codings whose text you delete entirely are listed before saving.</source>
        <translation>Corrija erratas, errores de escucha o nombres. Las codificaciones, los turnos y las citas fijadas siguen al texto; las codificaciones cuyo texto borre por completo se listan antes de guardar.</translation>
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
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Importar proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>Save the Imported Project As</source>
        <translation>Guardar el proyecto importado como</translation>
    </message>
    <message>
        <source>Import {name} as</source>
        <translation>Importar {name} como</translation>
    </message>
    <message>
        <source>REFI-QDA project imported</source>
        <translation>Proyecto REFI-QDA importado</translation>
    </message>
    <message>
        <source>Cannot import the project</source>
        <translation>No se puede importar el proyecto</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>Exportar proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportado</translation>
    </message>
    <message>
        <source>Cannot export the project</source>
        <translation>No se puede exportar el proyecto</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>Importar libro de códigos</translation>
    </message>
    <message>
        <source>Codebook imported</source>
        <translation>Libro de códigos importado</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>Exportar libro de códigos</translation>
    </message>
    <message>
        <source>Cannot export the codebook</source>
        <translation>No se puede exportar el libro de códigos</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>Cancelado; no se escribió nada</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Imported from {file}</source>
        <translation>Importado de {file}</translation>
    </message>
    <message>
        <source>Written by: {origin}</source>
        <translation>Escrito por: {origin}</translation>
    </message>
    <message>
        <source>Positions: {unit} — {reason}</source>
        <translation>Posiciones: {unit} — {reason}</translation>
    </message>
    <message>
        <source>Positions (check): {line}</source>
        <translation>Posiciones (revisar): {line}</translation>
    </message>
    <message>
        <source>Positions: {line}</source>
        <translation>Posiciones: {line}</translation>
    </message>
    <message>
        <source>Check: {line}</source>
        <translation>Revisar: {line}</translation>
    </message>
    <message>
        <source>Imported: {line}</source>
        <translation>Importado: {line}</translation>
    </message>
    <message>
        <source>Converted: {line}</source>
        <translation>Convertido: {line}</translation>
    </message>
    <message>
        <source>Skipped: {line}</source>
        <translation>Omitido: {line}</translation>
    </message>
</context>
<context>
    <name>ExchangeSummaryDialog</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — from &lt;i&gt;{origin}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — de &lt;i&gt;{origin}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Written by &lt;b&gt;{origin}&lt;/b&gt;.</source>
        <translation>Escrito por &lt;b&gt;{origin}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Positions read as &lt;b&gt;{unit}&lt;/b&gt;: {reason}.</source>
        <translation>Posiciones leídas como &lt;b&gt;{unit}&lt;/b&gt;: {reason}.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s) sit where their own text disagrees</source>
        <translation>
            <numerusform>%n selección está donde su propio texto discrepa</numerusform>
            <numerusform>%n selecciones están donde su propio texto discrepa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the positions of %n source(s) rest on weak or mixed evidence</source>
        <translation>
            <numerusform>las posiciones de %n fuente se basan en indicios débiles o mixtos</numerusform>
            <numerusform>las posiciones de %n fuentes se basan en indicios débiles o mixtos</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Please check:&lt;/b&gt; {problems}.</source>
        <translation>&lt;b&gt;Revise:&lt;/b&gt; {problems}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Positions by source</source>
        <translation>Posiciones por fuente</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{path}: could not be written</source>
        <translation>{path}: no se pudo escribir</translation>
    </message>
    <message>
        <source>Thematic map</source>
        <translation>Mapa temático</translation>
    </message>
    <message>
        <source>Themes, sub-themes and codes, exported from iKT Desktop</source>
        <translation>Temas, subtemas y códigos, exportados desde iKT Desktop</translation>
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
        <source>{name}: {themes} themes, {quotes} quotes</source>
        <translation>{name}: {themes} temas, {quotes} citas</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n quote(s)</source>
        <translation>
            <numerusform>{file}: %n cita</numerusform>
            <numerusform>{file}: %n citas</numerusform>
        </translation>
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
    <name>FileFilters</name>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Proyectos REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Libros de códigos REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>iKT Desktop projects (*.ikt)</source>
        <translation>Proyectos de iKT Desktop (*.ikt)</translation>
    </message>
    <message>
        <source>Transcripts ({patterns})</source>
        <translation>Transcripciones ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Recordings ({patterns})</source>
        <translation>Grabaciones ({patterns})</translation>
    </message>
    <message>
        <source>Projects to merge (*.ikt *.qdpx);;iKT Desktop projects (*.ikt);;REFI-QDA projects (*.qdpx)</source>
        <translation>Proyectos para fusionar (*.ikt *.qdpx);;Proyectos de iKT Desktop (*.ikt);;Proyectos REFI-QDA (*.qdpx)</translation>
    </message>
</context>
<context>
    <name>FilePlaces</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open Files</source>
        <translation>Abrir archivos</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
</context>
<context>
    <name>FiltersBox</name>
    <message>
        <source>+ Condition</source>
        <translation>+ Condición</translation>
    </message>
    <message>
        <source>Only what participants with this value said</source>
        <translation>Solo lo que dijeron los participantes con este valor</translation>
    </message>
    <message>
        <source>any coder</source>
        <translation>cualquier codificador</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>all sources</source>
        <translation>todas las fuentes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Dicho por</translation>
    </message>
    <message>
        <source>Coded by</source>
        <translation>Codificado por</translation>
    </message>
    <message>
        <source>In</source>
        <translation>En</translation>
    </message>
</context>
<context>
    <name>GroupRow</name>
    <message>
        <source>( group</source>
        <translation>( grupo</translation>
    </message>
    <message>
        <source>A group: worked out first, then combined with the rest</source>
        <translation>Un grupo: se evalúa primero y luego se combina con el resto</translation>
    </message>
</context>
<context>
    <name>GuideAnswersDialog</name>
    <message>
        <source>Auto-Code Interview Guide Answers</source>
        <translation>Codificar automáticamente las respuestas al guion de entrevista</translation>
    </message>
    <message>
        <source>How much of a question&apos;s wording the interviewer&apos;s turn must share (0-1; token-set similarity)</source>
        <translation>Cuánto de la formulación de una pregunta debe compartir el turno del entrevistador (0-1; similitud de conjuntos de palabras)</translation>
    </message>
    <message>
        <source>Also code the interviewer&apos;s question turn</source>
        <translation>Codificar también el turno de pregunta del entrevistador</translation>
    </message>
    <message>
        <source>Preview to see which turns ask which guide question.</source>
        <translation>Vista previa para ver qué turnos formulan qué pregunta del guion.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Similarity at least</source>
        <translation>Similitud mínima</translation>
    </message>
    <message>
        <source>For each source, the interviewer&apos;s turn that asks each guide question is found; the participant&apos;s turns after it, up to the next guide question, are coded with that question. Untick wrong matches.</source>
        <translation>En cada fuente se busca el turno del entrevistador que formula cada pregunta del guion; los turnos del participante que siguen, hasta la siguiente pregunta del guion, se codifican con esa pregunta. Desmarque las correspondencias erróneas.</translation>
    </message>
    <message>
        <source>Matching the interview guide…</source>
        <translation>Emparejando el guion de entrevista…</translation>
    </message>
    <message>
        <source>{count} questions found ({missing} not found); {turns} turns to code; {already} already coded (skipped).</source>
        <translation>{count} preguntas encontradas ({missing} no encontradas); {turns} turnos por codificar; {already} ya codificados (omitidos).</translation>
    </message>
    <message>
        <source>Auto-Code Guide Answers ({count} Turns)</source>
        <translation>Codificar respuestas al guion ({count} turnos)</translation>
    </message>
    <message>
        <source>Nothing ticked to code.</source>
        <translation>No hay nada marcado para codificar.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Interview Guide</source>
        <translation>Guion de entrevista</translation>
    </message>
    <message>
        <source>Paste the guide&apos;s questions here, one per line:
1. Can you tell me how you first became involved?
2. What has helped you take part?</source>
        <translation>Pegue aquí las preguntas del guion, una por línea:
1. ¿Puede contarme cómo empezó a participar?
2. ¿Qué le ha ayudado a participar?</translation>
    </message>
    <message>
        <source>Load File…</source>
        <translation>Cargar archivo…</translation>
    </message>
    <message>
        <source>interview guide</source>
        <translation>guion de entrevista</translation>
    </message>
    <message>
        <source>From Memo</source>
        <translation>Desde un memo</translation>
    </message>
    <message>
        <source>Take the questions from the project memo &apos;{title}&apos;</source>
        <translation>Tomar las preguntas del memo del proyecto &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>Add Questions</source>
        <translation>Añadir preguntas</translation>
    </message>
    <message>
        <source>Guide questions are structural codes under &apos;Interview guide&apos;, kept apart from the codebook (see the Interview Guide tab). Double-click a short name or a wording to edit it; drag rows or use Move Up / Move Down to reorder. Use Code ▸ Auto-Code ▸ Interview Guide Answers… to code the answers.</source>
        <translation>Las preguntas del guion son códigos estructurales bajo &apos;Interview guide&apos;, separados del libro de códigos (vea la pestaña Guion de entrevista). Haga doble clic en un nombre corto o una formulación para editarlo; arrastre filas o use Subir / Bajar para reordenar. Use Codificar ▸ Codificación automática ▸ Respuestas al guion de entrevista… para codificar las respuestas.</translation>
    </message>
    <message>
        <source>New questions</source>
        <translation>Preguntas nuevas</translation>
    </message>
    <message>
        <source>Will be added as</source>
        <translation>Se añadirán como</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>In the guide ({count} questions)</source>
        <translation>En el guion ({count} preguntas)</translation>
    </message>
    <message>
        <source>Load Interview Guide</source>
        <translation>Cargar guion de entrevista</translation>
    </message>
</context>
<context>
    <name>GuideEditor</name>
    <message>
        <source>Delete Guide Questions</source>
        <translation>Eliminar preguntas del guion</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} preguntas</translation>
    </message>
    <message>
        <source>and its {codings} coding(s)</source>
        <translation>y su(s) {codings} codificación(es)</translation>
    </message>
    <message>
        <source>and their {codings} coding(s)</source>
        <translation>y sus {codings} codificación(es)</translation>
    </message>
    <message>
        <source>Delete {what}{with_codings}? Edit ▸ Undo brings them back.</source>
        <translation>¿Eliminar {what}{with_codings}? Editar ▸ Deshacer las recupera.</translation>
    </message>
    <message>
        <source>Guide questions</source>
        <translation>Preguntas del guion</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Reword &apos;{name}&apos;</source>
        <translation>Reformular &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Move {count} Guide Questions</source>
        <translation>Mover {count} preguntas del guion</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos;</source>
        <translation>Eliminar &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Delete {count} Guide Questions</source>
        <translation>Eliminar {count} preguntas del guion</translation>
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
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador(a)</translation>
    </message>
    <message>
        <source>Other speaker</source>
        <translation>Otro hablante</translation>
    </message>
    <message>
        <source>Import Transcripts</source>
        <translation>Importar transcripciones</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Archivos para importar</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Preview of the stored text</source>
        <translation>Vista previa del texto guardado</translation>
    </message>
    <message>
        <source>Make Speaker</source>
        <translation>Convertir en hablante</translation>
    </message>
    <message>
        <source>Read one of these header labels as a speaker</source>
        <translation>Leer una de estas etiquetas de encabezado como hablante</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Detectado:</translation>
    </message>
    <message>
        <source>Header lines:</source>
        <translation>Líneas de encabezado:</translation>
    </message>
    <message>
        <source>Source name:</source>
        <translation>Nombre de la fuente:</translation>
    </message>
    <message>
        <source>Link the recording found beside the file</source>
        <translation>Vincular la grabación encontrada junto al archivo</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Grabación:</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message>
        <source>Preview (as it will be stored)</source>
        <translation>Vista previa (tal como se guardará)</translation>
    </message>
    <message>
        <source>{name}: unexpected error ({exc})</source>
        <translation>{name}: error inesperado ({exc})</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>{state}: {file}</source>
        <translation>{state}: {file}</translation>
    </message>
    <message>
        <source>Add Transcripts</source>
        <translation>Añadir transcripciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be imported:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;No se puede importar:&lt;/b&gt; {error}</translation>
    </message>
    <message>
        <source>Kept as notes, not speakers: </source>
        <translation>Conservadas como notas, no como hablantes: </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
    <message>
        <source>role of a new participant</source>
        <translation>rol de un nuevo participante</translation>
    </message>
    <message>
        <source>{file}: choose a participant label for {speaker}</source>
        <translation>{file}: elija un código de participante para {speaker}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n File(s)</source>
        <translation>
            <numerusform>Importar %n archivo</numerusform>
            <numerusform>Importar %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported</source>
        <translation>
            <numerusform>%n archivo no se puede importar</numerusform>
            <numerusform>%n archivos no se pueden importar</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Cancelando después del archivo actual…</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>{name}: unexpected error ({exc})</source>
        <translation>{name}: error inesperado ({exc})</translation>
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
    <name>LooseArea</name>
    <message>
        <source>Codes not in a theme ({count})</source>
        <translation>Códigos sin tema ({count})</translation>
    </message>
    <message>
        <source>Codes in no theme yet: drag one onto a theme, or onto another to start a new theme</source>
        <translation>Códigos aún sin tema: arrastre uno a un tema, o a otro código para empezar un tema nuevo</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
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
        <source>Open &amp;Team Project…</source>
        <translation>Abrir proyecto de &amp;equipo…</translation>
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
        <source>in the codebook</source>
        <translation>en el libro de códigos</translation>
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
    <name>MatrixPane</name>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Words coded</source>
        <translation>Palabras codificadas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Thematic codes</source>
        <translation>Códigos temáticos</translation>
    </message>
    <message>
        <source>Structural codes</source>
        <translation>Códigos estructurales</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>Click a cell to list its segments.</source>
        <translation>Haga clic en una celda para listar sus segmentos.</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Incluir subcódigos</translation>
    </message>
    <message>
        <source>A code&apos;s row counts its sub-codes&apos; codings too</source>
        <translation>La fila de un código cuenta también las codificaciones de sus subcódigos</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Codes (co-occurrence)</source>
        <translation>Códigos (coocurrencia)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({rows} × {columns})</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({rows} × {columns})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({rows} × {columns}) — nothing to show: no codes or themes of this kind yet.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({rows} × {columns}) — nada que mostrar: aún no hay códigos ni temas de este tipo.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{row} × {column}&lt;/b&gt;: %n segment(s) (click one to see it in its transcript)</source>
        <translation>
            <numerusform>&lt;b&gt;{row} × {column}&lt;/b&gt;: %n segmento (haga clic para verlo en su transcripción)</numerusform>
            <numerusform>&lt;b&gt;{row} × {column}&lt;/b&gt;: %n segmentos (haga clic en uno para verlo en su transcripción)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <source>Export Matrix to Excel</source>
        <translation>Exportar la matriz a Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
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
Haga clic para listar los segmentos.</translation>
    </message>
    <message numerus="yes">
        <source>{who}: %n participant(s)</source>
        <translation>
            <numerusform>{who}: %n participante</numerusform>
            <numerusform>{who}: %n participantes</numerusform>
        </translation>
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
    <message>
        <source>This transcript has no times yet: put the cursor in a turn and press F6 to set its time from the playhead.</source>
        <translation>Esta transcripción aún no tiene tiempos: ponga el cursor en un turno y pulse F6 para fijar su hora desde el cabezal.</translation>
    </message>
    <message>
        <source>Link Recording</source>
        <translation>Vincular grabación</translation>
    </message>
    <message>
        <source>Link Recording &apos;{name}&apos;</source>
        <translation>Vincular la grabación &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Relink Recording</source>
        <translation>Volver a vincular la grabación</translation>
    </message>
    <message>
        <source>Embed Recording</source>
        <translation>Incrustar la grabación</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>No audio output: playback runs silently (the transcript still follows).</source>
        <translation>No hay salida de audio: la reproducción es silenciosa (la transcripción sigue igualmente).</translation>
    </message>
    <message>
        <source>{name}: cannot be played (not a supported recording).</source>
        <translation>{name}: no se puede reproducir (no es una grabación admitida).</translation>
    </message>
    <message>
        <source>{name}: cannot be played ({reason}).</source>
        <translation>{name}: no se puede reproducir ({reason}).</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>&amp;Meeting Mode</source>
        <translation>&amp;Modo reunión</translation>
    </message>
    <message>
        <source>Projector view for a team meeting (F9; Esc leaves)</source>
        <translation>Vista de proyector para una reunión de equipo (F9; Esc para salir)</translation>
    </message>
    <message>
        <source>Next &amp;Disagreement</source>
        <translation>&amp;Desacuerdo siguiente</translation>
    </message>
    <message>
        <source>Previous Disa&amp;greement</source>
        <translation>Desacuerdo ant&amp;erior</translation>
    </message>
    <message>
        <source>Two coders have not coded this transcript</source>
        <translation>Dos codificadores no han codificado esta transcripción</translation>
    </message>
    <message>
        <source>No more disagreements in this direction</source>
        <translation>No hay más desacuerdos en esta dirección</translation>
    </message>
</context>
<context>
    <name>MemoPopup</name>
    <message>
        <source>Coding memo</source>
        <translation>Memo de la codificación</translation>
    </message>
    <message>
        <source>Save the memo (Ctrl+Enter)</source>
        <translation>Guardar el memo (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>&amp;Merge Project…</source>
        <translation>&amp;Fusionar proyecto…</translation>
    </message>
    <message>
        <source>Bring a teammate&apos;s project (.ikt or .qdpx) into this one</source>
        <translation>Traer el proyecto de un compañero (.ikt o .qdpx) a este</translation>
    </message>
    <message>
        <source>Merge Project</source>
        <translation>Fusionar proyecto</translation>
    </message>
    <message>
        <source>Cannot merge the project</source>
        <translation>No se puede fusionar el proyecto</translation>
    </message>
    <message>
        <source>Another project is open now than when the preview was made; nothing was merged. Choose File ▸ Merge Project… again.</source>
        <translation>Ahora hay otro proyecto abierto que cuando se hizo la vista previa; no se fusionó nada. Elija de nuevo Archivo ▸ Fusionar proyecto….</translation>
    </message>
    <message>
        <source>; backup at {name}</source>
        <translation>; copia de seguridad en {name}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed</source>
        <translation>Cancelado; no se cambió nada</translation>
    </message>
</context>
<context>
    <name>MergeCodeCommand</name>
    <message>
        <source>Merge &apos;{source}&apos; into &apos;{target}&apos;</source>
        <translation>Fusionar &apos;{source}&apos; con &apos;{target}&apos;</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>by GUID</source>
        <translation>por GUID</translation>
    </message>
    <message>
        <source>as in an earlier merge</source>
        <translation>como en una fusión anterior</translation>
    </message>
    <message>
        <source>by text</source>
        <translation>por texto</translation>
    </message>
    <message>
        <source>by name and place</source>
        <translation>por nombre y lugar</translation>
    </message>
    <message>
        <source>by label</source>
        <translation>por etiqueta</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>por nombre</translation>
    </message>
    <message>
        <source>by content</source>
        <translation>por contenido</translation>
    </message>
    <message>
        <source>chosen near-duplicate</source>
        <translation>casi duplicado elegido</translation>
    </message>
    <message>
        <source>Undo is not available for a merge: to go back, close this project and open the backup instead.</source>
        <translation>Una fusión no se puede deshacer: para volver atrás, cierre este proyecto y abra en su lugar la copia de seguridad.</translation>
    </message>
    <message>
        <source>Merge Project</source>
        <translation>Fusionar proyecto</translation>
    </message>
    <message>
        <source>Merging &lt;b&gt;{other}&lt;/b&gt; into &lt;b&gt;{project}&lt;/b&gt;. Nothing has changed yet: check what the merge will do, then press Merge.</source>
        <translation>Fusionando &lt;b&gt;{other}&lt;/b&gt; con &lt;b&gt;{project}&lt;/b&gt;. Aún no ha cambiado nada: revise lo que hará la fusión y luego pulse Fusionar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts ({conflicts})&lt;/b&gt; — this project&apos;s version is kept unless said otherwise</source>
        <translation>&lt;b&gt;Conflictos ({conflicts})&lt;/b&gt; — se conserva la versión de este proyecto salvo que se indique lo contrario</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt;: none</source>
        <translation>&lt;b&gt;Conflictos&lt;/b&gt;: ninguno</translation>
    </message>
    <message>
        <source>&lt;b&gt;Near-duplicate codes ({near})&lt;/b&gt; — tick to merge into the suggested code; otherwise added as a separate code</source>
        <translation>&lt;b&gt;Códigos casi duplicados ({near})&lt;/b&gt; — marque para fusionarlos con el código sugerido; si no, se añaden como código aparte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Near-duplicate codes&lt;/b&gt;: none</source>
        <translation>&lt;b&gt;Códigos casi duplicados&lt;/b&gt;: ninguno</translation>
    </message>
    <message>
        <source>Near-duplicate codes</source>
        <translation>Códigos casi duplicados</translation>
    </message>
    <message>
        <source>A backup of this project is written beside it before anything changes; the merge is one step. {no_undo} The other file is only read.</source>
        <translation>Antes de cualquier cambio se escribe una copia de seguridad de este proyecto a su lado; la fusión es un solo paso. {no_undo} El otro archivo solo se lee.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Nothing to add: everything in that file is here already.</source>
        <translation>Nada que añadir: todo lo de ese archivo ya está aquí.</translation>
    </message>
    <message>
        <source>What the merge will add and match</source>
        <translation>Lo que la fusión añadirá y emparejará</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Emparejados</translation>
    </message>
    <message>
        <source>all {how}</source>
        <translation>todos {how}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>Empty fields of ours filled from theirs ({count})</source>
        <translation>Campos vacíos nuestros rellenados con los suyos ({count})</translation>
    </message>
    <message>
        <source>Left out: {n} {reason}</source>
        <translation>Omitidos: {n} {reason}</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Consultas guardadas</translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n codificador</numerusform>
            <numerusform>%n codificadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n atributo</numerusform>
            <numerusform>%n atributos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n código</numerusform>
            <numerusform>%n códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificación</numerusform>
            <numerusform>%n codificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
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
            <numerusform>%n consulta guardada</numerusform>
            <numerusform>%n consultas guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged.&lt;/b&gt; Added {added}.</source>
        <translation>&lt;b&gt;Fusionado.&lt;/b&gt; Añadido: {added}.</translation>
    </message>
    <message>
        <source>A backup of the project as it was is at &lt;b&gt;{backup}&lt;/b&gt;. </source>
        <translation>Hay una copia de seguridad del proyecto tal como estaba en &lt;b&gt;{backup}&lt;/b&gt;. </translation>
    </message>
    <message>
        <source>Nothing needed writing. </source>
        <translation>No hizo falta escribir nada. </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MergeThemesCommand</name>
    <message>
        <source>Merge Theme &apos;{source}&apos; into &apos;{target}&apos;</source>
        <translation>Fusionar el tema &apos;{source}&apos; con &apos;{target}&apos;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Delete Securely</source>
        <translation>Eliminar de forma segura</translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <source>Project is read-only</source>
        <translation>El proyecto es de solo lectura</translation>
    </message>
    <message>
        <source>You can open it read-only to look without changing anything.</source>
        <translation>Puede abrirlo en solo lectura para verlo sin cambiar nada.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Proyecto en uso</translation>
    </message>
    <message>
        <source>Only one window may change a project at a time. You can open it read-only to look without changing anything.</source>
        <translation>Solo una ventana puede cambiar un proyecto a la vez. Puede abrirlo en solo lectura para verlo sin cambiar nada.</translation>
    </message>
</context>
<context>
    <name>MoveCodeCommand</name>
    <message>
        <source>Move &apos;{name}&apos;</source>
        <translation>Mover &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Unassign &apos;{name}&apos;</source>
        <translation>Quitar &apos;{name}&apos; del tema</translation>
    </message>
    <message>
        <source>Assign &apos;{name}&apos;</source>
        <translation>Asignar &apos;{name}&apos; a un tema</translation>
    </message>
</context>
<context>
    <name>MoveThemeCommand</name>
    <message>
        <source>Nest &apos;{name}&apos;</source>
        <translation>Anidar &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Move &apos;{name}&apos;</source>
        <translation>Mover &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>OpenTeamDialog</name>
    <message>
        <source>Open Team Project</source>
        <translation>Abrir proyecto de equipo</translation>
    </message>
    <message>
        <source>qda.example.org, or a socket folder</source>
        <translation>qda.example.org, o una carpeta de socket</translation>
    </message>
    <message>
        <source>ms_study</source>
        <translation>ms_study</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>su usuario en el servidor</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>No disponible: {reason}.</translation>
    </message>
    <message>
        <source>Kept by the operating system, never in iKT Desktop&apos;s settings.</source>
        <translation>Lo guarda el sistema operativo, nunca la configuración de iKT Desktop.</translation>
    </message>
    <message>
        <source>Data stays on your institution&apos;s server. Connections to another computer use TLS with the server&apos;s certificate checked (sslmode=verify-full); only localhost and a Unix socket folder connect without it.</source>
        <translation>Los datos permanecen en el servidor de su institución. Las conexiones a otro equipo usan TLS con el certificado del servidor verificado (sslmode=verify-full); solo localhost y una carpeta de socket Unix se conectan sin él.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Cannot open team project</source>
        <translation>No se puede abrir el proyecto de equipo</translation>
    </message>
</context>
<context>
    <name>OperandRow</name>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Remove this from the query</source>
        <translation>Quitar esto de la consulta</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Use at least {count} characters; a passphrase of a few words is best.</source>
        <translation>Use al menos {count} caracteres; lo mejor es una frase de contraseña de unas pocas palabras.</translation>
    </message>
    <message>
        <source>Keep the password safe: without it the project cannot be opened, and nobody can recover it.</source>
        <translation>Guarde la contraseña en un lugar seguro: sin ella no se puede abrir el proyecto, y nadie puede recuperarla.</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a password</source>
        <translation>&amp;Cifrar con una contraseña</translation>
    </message>
    <message>
        <source>The whole project file is encrypted (AES-256, SQLCipher).</source>
        <translation>Todo el archivo del proyecto se cifra (AES-256, SQLCipher).</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Escriba la contraseña.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Encrypted Project</source>
        <translation>Proyecto cifrado</translation>
    </message>
    <message>
        <source>“{name}” is encrypted. Type its password to open it.</source>
        <translation>«{name}» está cifrado. Escriba su contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>{verb} “{name}”. Health-research data can be protected with a password: the whole file is then encrypted.</source>
        <translation>{verb} «{name}». Los datos de investigación en salud pueden protegerse con una contraseña: entonces se cifra todo el archivo.</translation>
    </message>
</context>
<context>
    <name>PinQuoteCommand</name>
    <message>
        <source>Reorder Quotes</source>
        <translation>Reordenar citas</translation>
    </message>
    <message>
        <source>Pin Quote</source>
        <translation>Fijar cita</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PseudonymActions</name>
    <message>
        <source>Export Pseudonym Key</source>
        <translation>Exportar la clave de seudónimos</translation>
    </message>
    <message>
        <source>Encrypted key (*.iktkey);;Plain CSV (*.csv);;Plain JSON (*.json)</source>
        <translation>Clave cifrada (*.iktkey);;CSV sin cifrar (*.csv);;JSON sin cifrar (*.json)</translation>
    </message>
    <message>
        <source>Password to encrypt the key (leave empty to write a PLAIN, unencrypted file):</source>
        <translation>Contraseña para cifrar la clave (déjela vacía para escribir un archivo SIN CIFRAR):</translation>
    </message>
    <message>
        <source>{count} automatic snapshot(s) taken before now</source>
        <translation>{count} instantánea(s) automática(s) tomada(s) antes de ahora</translation>
    </message>
    <message>
        <source>{count} backup(s) beside the project file</source>
        <translation>{count} copia(s) de seguridad junto al archivo del proyecto</translation>
    </message>
    <message>
        <source>The project is pseudonymised. But </source>
        <translation>El proyecto está seudonimizado. Pero </translation>
    </message>
    <message>
        <source> still contain the real names.

Delete them securely (each file is overwritten, then deleted)?

They are also the way back: once they are gone, the real names return only through Edit ▸ Undo while this project stays open (an exported key says who is who, but cannot rebuild the original text). Keep them if you may need the original project again.

Either way a fresh snapshot of the pseudonymised project is taken now. The replacement list (the key to the real names) stays in the project and its snapshots until you export it and choose Remove Key from Project.</source>
        <translation> aún contienen los nombres reales.

¿Eliminarlas de forma segura (cada archivo se sobrescribe y luego se elimina)?

También son el camino de vuelta: una vez eliminadas, los nombres reales solo vuelven con Editar ▸ Deshacer mientras este proyecto siga abierto (una clave exportada dice quién es quién, pero no puede reconstruir el texto original). Consérvelas si puede necesitar de nuevo el proyecto original.

En ambos casos se toma ahora una nueva instantánea del proyecto seudonimizado. La lista de reemplazos (la clave de los nombres reales) permanece en el proyecto y sus instantáneas hasta que la exporte y elija Quitar la clave del proyecto.</translation>
    </message>
    <message>
        <source>Copies with the real names</source>
        <translation>Copias con los nombres reales</translation>
    </message>
    <message>
        <source>Pseudonymising…</source>
        <translation>Seudonimizando…</translation>
    </message>
    <message>
        <source>Pseudonymise…</source>
        <translation>Seudonimizar…</translation>
    </message>
    <message>
        <source>Replace real names in the whole project (one undoable step)</source>
        <translation>Reemplazar los nombres reales en todo el proyecto (un paso que se puede deshacer)</translation>
    </message>
    <message>
        <source>Remove Pseudonym Key</source>
        <translation>Quitar la clave de seudónimos</translation>
    </message>
    <message>
        <source>Pseudonymised: {hits} replacement(s) in {transcripts} transcript(s) and {fields} other field(s)</source>
        <translation>Seudonimizado: {hits} reemplazo(s) en {transcripts} transcripción(es) y {fields} campo(s) más</translation>
    </message>
    <message>
        <source>Compacting the project file…</source>
        <translation>Compactando el archivo del proyecto…</translation>
    </message>
    <message>
        <source>Taking a snapshot of the pseudonymised project…</source>
        <translation>Tomando una instantánea del proyecto seudonimizado…</translation>
    </message>
    <message>
        <source>{deleted} copy(ies) with the real names deleted securely</source>
        <translation>{deleted} copia(s) con los nombres reales eliminada(s) de forma segura</translation>
    </message>
    <message>
        <source>; a snapshot of the pseudonymised project was taken</source>
        <translation>; se tomó una instantánea del proyecto seudonimizado</translation>
    </message>
    <message>
        <source>Deleting old copies…</source>
        <translation>Eliminando copias antiguas…</translation>
    </message>
    <message>
        <source>Pseudonymise</source>
        <translation>Seudonimizar</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed</source>
        <translation>Cancelado; no se cambió nada</translation>
    </message>
    <message>
        <source>PLAIN (not encrypted)</source>
        <translation>SIN CIFRAR</translation>
    </message>
    <message>
        <source>The key was written, {kind}:
{written}</source>
        <translation>La clave se escribió, {kind}:
{written}</translation>
    </message>
</context>
<context>
    <name>PseudonymiseCommand</name>
    <message>
        <source>Pseudonymise the Project</source>
        <translation>Seudonimizar el proyecto</translation>
    </message>
    <message>
        <source>Undoing the pseudonymisation…</source>
        <translation>Deshaciendo la seudonimización…</translation>
    </message>
</context>
<context>
    <name>PseudonymiseDialog</name>
    <message>
        <source>Pseudonymise</source>
        <translation>Seudonimizar</translation>
    </message>
    <message>
        <source>Replace real names and identifying terms in every transcript, memo, code and theme text, participant note and source name. Whole words; the longest term wins. Codings keep covering the same words. Undo puts it all back.</source>
        <translation>Reemplaza los nombres reales y los términos identificativos en cada transcripción, memo, texto de código y de tema, nota de participante y nombre de fuente. Palabras completas; gana el término más largo. Las codificaciones siguen cubriendo las mismas palabras. Deshacer lo restablece todo.</translation>
    </message>
    <message>
        <source>Term (real name)</source>
        <translation>Término (nombre real)</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Reemplazo</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Ignorar mayúsculas</translation>
    </message>
    <message>
        <source>Seed from Project</source>
        <translation>Rellenar desde el proyecto</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Remove Rows</source>
        <translation>Quitar filas</translation>
    </message>
    <message>
        <source>Export Key…</source>
        <translation>Exportar clave…</translation>
    </message>
    <message>
        <source>Remove Key from Project</source>
        <translation>Quitar la clave del proyecto</translation>
    </message>
    <message>
        <source>Apply to the Whole Project</source>
        <translation>Aplicar a todo el proyecto</translation>
    </message>
    <message>
        <source>Save List</source>
        <translation>Guardar lista</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>An interviewer&apos;s name (also identifying)</source>
        <translation>El nombre de un entrevistador (también identificativo)</translation>
    </message>
    <message>
        <source>Looking for the terms…</source>
        <translation>Buscando los términos…</translation>
    </message>
    <message>
        <source>Looking for the terms… {percent}%  {what}</source>
        <translation>Buscando los términos… {percent} %  {what}</translation>
    </message>
    <message>
        <source>{total} replacement(s) in {count} transcript(s)</source>
        <translation>{total} reemplazo(s) en {count} transcripción(es)</translation>
    </message>
    <message>
        <source> and {places} other field(s) (memos, codes, themes, notes…)</source>
        <translation> y {places} campo(s) más (memos, códigos, temas, notas…)</translation>
    </message>
    <message>
        <source>; the first {count} are listed</source>
        <translation>; se listan los primeros {count}</translation>
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message>
        <source>Text coded with</source>
        <translation>Texto codificado con</translation>
    </message>
</context>
<context>
    <name>QueryPane</name>
    <message>
        <source>Export Query Results</source>
        <translation>Exportar los resultados de la consulta</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Consultas guardadas</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>The query in words</source>
        <translation>La consulta en palabras</translation>
    </message>
    <message>
        <source>Build a query and press Run.</source>
        <translation>Construya una consulta y pulse Ejecutar.</translation>
    </message>
    <message>
        <source>Query results</source>
        <translation>Resultados de la consulta</translation>
    </message>
    <message>
        <source>Add codes to the codebook first.</source>
        <translation>Añada primero códigos al libro de códigos.</translation>
    </message>
    <message>
        <source>Running the query…</source>
        <translation>Ejecutando la consulta…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>The query did not run.</source>
        <translation>La consulta no se ejecutó.</translation>
    </message>
    <message>
        <source>Cannot run the query</source>
        <translation>No se puede ejecutar la consulta</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cannot export the results</source>
        <translation>No se pueden exportar los resultados</translation>
    </message>
    <message>
        <source>Save Query</source>
        <translation>Guardar consulta</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Cannot open the query</source>
        <translation>No se puede abrir la consulta</translation>
    </message>
    <message>
        <source>Rename Query</source>
        <translation>Renombrar consulta</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
</context>
<context>
    <name>QuickCodePicker</name>
    <message>
        <source>Code selection as…</source>
        <translation>Codificar la selección como…</translation>
    </message>
    <message>
        <source>Type to find a code…</source>
        <translation>Escriba para buscar un código…</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>Buscar un código</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Códigos coincidentes</translation>
    </message>
    <message>
        <source>Enter applies the highlighted code · Esc closes</source>
        <translation>Intro aplica el código resaltado · Esc cierra</translation>
    </message>
    <message>
        <source>No code matches. Enter creates &lt;b&gt;{name}&lt;/b&gt; and applies it.</source>
        <translation>Ningún código coincide. Intro crea &lt;b&gt;{name}&lt;/b&gt; y lo aplica.</translation>
    </message>
    <message>
        <source>No code matches.</source>
        <translation>Ningún código coincide.</translation>
    </message>
</context>
<context>
    <name>RecodeCodingCommand</name>
    <message>
        <source>Change Coding to &apos;{code_name}&apos;</source>
        <translation>Cambiar la codificación a &apos;{code_name}&apos;</translation>
    </message>
</context>
<context>
    <name>RecolorCodeCommand</name>
    <message>
        <source>Recolour &apos;{name}&apos;</source>
        <translation>Cambiar el color de &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>RemoveCodingCommand</name>
    <message>
        <source>Remove Coding &apos;{code_name}&apos;</source>
        <translation>Quitar la codificación &apos;{code_name}&apos;</translation>
    </message>
</context>
<context>
    <name>RenameCodeCommand</name>
    <message>
        <source>Rename &apos;{before}&apos; to &apos;{name}&apos;</source>
        <translation>Renombrar &apos;{before}&apos; como &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>RenameSavedQueryCommand</name>
    <message>
        <source>Rename {noun} &apos;{before}&apos; to &apos;{name}&apos;</source>
        <translation>Renombrar {noun} &apos;{before}&apos; como &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>RenameThemeCommand</name>
    <message>
        <source>Rename Theme &apos;{before}&apos;</source>
        <translation>Renombrar el tema &apos;{before}&apos;</translation>
    </message>
</context>
<context>
    <name>ReorderCodeCommand</name>
    <message>
        <source>Reorder &apos;{code_name}&apos;</source>
        <translation>Reordenar &apos;{code_name}&apos;</translation>
    </message>
</context>
<context>
    <name>ResizeCodingCommand</name>
    <message>
        <source>Resize Coding &apos;{code_name}&apos;</source>
        <translation>Ajustar la codificación &apos;{code_name}&apos;</translation>
    </message>
</context>
<context>
    <name>ResizeHandle</name>
    <message>
        <source>Drag to resize the theme</source>
        <translation>Arrastre para cambiar el tamaño del tema</translation>
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
    <name>SaveQueryCommand</name>
    <message>
        <source>Save {noun} &apos;{name}&apos;</source>
        <translation>Guardar {noun} &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>SavedQueryCommand</name>
    <message>
        <source>Query</source>
        <translation>la consulta</translation>
    </message>
</context>
<context>
    <name>SavedSearchBar</name>
    <message>
        <source>Search</source>
        <translation>la búsqueda</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>No se puede guardar la búsqueda</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Cannot open the search</source>
        <translation>No se puede abrir la búsqueda</translation>
    </message>
    <message>
        <source>Rename Search</source>
        <translation>Renombrar búsqueda</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Code the Hit with the Selected Code</source>
        <translation>Codificar el resultado con el código seleccionado</translation>
    </message>
    <message>
        <source>Code Its Sentence with the Selected Code</source>
        <translation>Codificar su oración con el código seleccionado</translation>
    </message>
    <message>
        <source>Code Its Whole Turn with the Selected Code</source>
        <translation>Codificar todo su turno con el código seleccionado</translation>
    </message>
    <message>
        <source>Search all transcripts: words, &quot;a phrase&quot;, care*, fatigue NOT sleep…</source>
        <translation>Buscar en todas las transcripciones: palabras, &quot;una frase&quot;, cuidado*, fatiga NOT sueño…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Consulta de búsqueda</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Word beginnings</source>
        <translation>Inicios de palabra</translation>
    </message>
    <message>
        <source>care also finds carer and careful (like care*)</source>
        <translation>cuida también encuentra cuidador y cuidadosa (como cuida*)</translation>
    </message>
    <message>
        <source>Match accents</source>
        <translation>Distinguir acentos</translation>
    </message>
    <message>
        <source>Off: cafe finds café and Zoe finds Zoë</source>
        <translation>Desactivado: cafe encuentra café y Zoe encuentra Zoë</translation>
    </message>
    <message>
        <source>Participant talk only</source>
        <translation>Solo lo que dicen los participantes</translation>
    </message>
    <message>
        <source>Code All Hits</source>
        <translation>Codificar todos los resultados</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>deleted since it was saved: {gone}</source>
        <translation>eliminado desde que se guardó: {gone}</translation>
    </message>
    <message>
        <source>All Sources</source>
        <translation>Todas las fuentes</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todas las fuentes</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The search did not run.</source>
        <translation>La búsqueda no se ejecutó.</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Sin resultados</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>{hits}+ hits (more load as you scroll)</source>
        <translation>{hits}+ resultados (se cargan más al desplazarse)</translation>
    </message>
    <message>
        <source>{hits}+ hits in {passages} passages (more as you scroll)</source>
        <translation>{hits}+ resultados en {passages} pasajes (más al desplazarse)</translation>
    </message>
    <message>
        <source>Select a code in the codebook first.</source>
        <translation>Seleccione primero un código en el libro de códigos.</translation>
    </message>
    <message>
        <source>Finding the hits of “{text}”…</source>
        <translation>Buscando los resultados de «{text}»…</translation>
    </message>
    <message>
        <source>Coding the hits was cancelled; nothing was coded.</source>
        <translation>Se canceló la codificación de los resultados; no se codificó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n passage(s) with &apos;{code_name}&apos;</source>
        <translation>
            <numerusform>%n pasaje codificado con &apos;{code_name}&apos;</numerusform>
            <numerusform>%n pasajes codificados con &apos;{code_name}&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>The project is closed, rewritten and opened again. This is not an edit: Undo cannot reverse it, and the undo history is cleared.</source>
        <translation>El proyecto se cierra, se reescribe y se vuelve a abrir. No es una edición: Deshacer no puede revertirlo y el historial de deshacer se borra.</translation>
    </message>
    <message>
        <source>The password is wrong. Try again.</source>
        <translation>La contraseña es incorrecta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{count} automatic snapshot(s) taken before</source>
        <translation>{count} instantánea(s) automática(s) tomada(s) antes</translation>
    </message>
    <message>
        <source>{count} backup(s) beside the project file</source>
        <translation>{count} copia(s) de seguridad junto al archivo del proyecto</translation>
    </message>
    <message>
        <source>The project is encrypted. But </source>
        <translation>El proyecto está cifrado. Pero </translation>
    </message>
    <message>
        <source> are still plain text: anyone with those files can read the whole project.

Delete them securely (each file is overwritten, then deleted)?

They are also a way back to earlier states of the project; keep them only if you need that and they are safe.</source>
        <translation> siguen sin cifrar: cualquiera que tenga esos archivos puede leer todo el proyecto.

¿Eliminarlos de forma segura (cada archivo se sobrescribe y luego se elimina)?

También son una forma de volver a estados anteriores del proyecto; consérvelos solo si lo necesita y están a salvo.</translation>
    </message>
    <message>
        <source>Plain-text copies</source>
        <translation>Copias sin cifrar</translation>
    </message>
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
    <message>
        <source>Encrypted</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>This project file is encrypted with a password</source>
        <translation>Este archivo de proyecto está cifrado con una contraseña</translation>
    </message>
    <message>
        <source>Encrypted project</source>
        <translation>Proyecto cifrado</translation>
    </message>
    <message>
        <source>Encrypt “{title}” with a password?

{not_undoable} Snapshots and backups taken from now on are encrypted too.</source>
        <translation>¿Cifrar «{title}» con una contraseña?

{not_undoable} Las instantáneas y copias de seguridad que se tomen a partir de ahora también se cifran.</translation>
    </message>
    <message>
        <source>Encrypt Project</source>
        <translation>Cifrar proyecto</translation>
    </message>
    <message>
        <source>Choose the project&apos;s password.</source>
        <translation>Elija la contraseña del proyecto.</translation>
    </message>
    <message>
        <source>Encrypting the project…</source>
        <translation>Cifrando el proyecto…</translation>
    </message>
    <message>
        <source>Encrypted the project</source>
        <translation>Proyecto cifrado</translation>
    </message>
    <message>
        <source>Encrypted the project: {name}; no plain-text copy remains</source>
        <translation>Proyecto cifrado: {name}; no queda ninguna copia sin cifrar</translation>
    </message>
    <message>
        <source>Encrypted; {count} plain-text copy(ies) kept</source>
        <translation>Cifrado; {count} copia(s) sin cifrar conservada(s)</translation>
    </message>
    <message>
        <source>Deleting plain-text copies…</source>
        <translation>Eliminando las copias sin cifrar…</translation>
    </message>
    <message>
        <source>{deleted} plain-text copy(ies) deleted securely</source>
        <translation>{deleted} copia(s) sin cifrar eliminada(s) de forma segura</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Choose the new password.

{not_undoable}</source>
        <translation>Elija la nueva contraseña.

{not_undoable}</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Cambiando la contraseña…</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Remove the encryption of “{title}”? Anyone with the file can then read it.

{not_undoable}</source>
        <translation>¿Quitar el cifrado de «{title}»? Cualquiera que tenga el archivo podrá leerlo.

{not_undoable}</translation>
    </message>
    <message>
        <source>Remove Encryption</source>
        <translation>Quitar el cifrado</translation>
    </message>
    <message>
        <source>Removing the encryption…</source>
        <translation>Quitando el cifrado…</translation>
    </message>
    <message>
        <source>Removed the encryption</source>
        <translation>Cifrado quitado</translation>
    </message>
    <message>
        <source>The current password is wrong; nothing changed.</source>
        <translation>La contraseña actual es incorrecta; no se cambió nada.</translation>
    </message>
    <message>
        <source>The project was not changed</source>
        <translation>El proyecto no se modificó</translation>
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
    <name>SetListCommand</name>
    <message>
        <source>Edit Pseudonym List</source>
        <translation>Editar la lista de seudónimos</translation>
    </message>
</context>
<context>
    <name>SetStudyDetailsCommand</name>
    <message>
        <source>Edit Study Details</source>
        <translation>Editar los detalles del estudio</translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message>
        <source>Snapshot restored</source>
        <translation>Instantánea restaurada</translation>
    </message>
    <message>
        <source>The snapshot was restored as a new project:
{path}

Open it now? (The project open now will be closed; it is not changed.)</source>
        <translation>La instantánea se restauró como un proyecto nuevo:
{path}

¿Abrirlo ahora? (El proyecto abierto se cerrará; no se modifica.)</translation>
    </message>
    <message>
        <source>Restore &amp;Snapshot…</source>
        <translation>Restaurar instan&amp;tánea…</translation>
    </message>
    <message>
        <source>This project is in a {service} folder: keep projects in a local folder</source>
        <translation>Este proyecto está en una carpeta de {service}: guarde los proyectos en una carpeta local</translation>
    </message>
    <message>
        <source>Project in a synchronised folder</source>
        <translation>Proyecto en una carpeta sincronizada</translation>
    </message>
    <message>
        <source>Could not take a snapshot: {error}</source>
        <translation>No se pudo tomar una instantánea: {error}</translation>
    </message>
    <message>
        <source>Automatic snapshots of “{title}”, newest first. Restoring makes a new project file; this project is not changed.</source>
        <translation>Instantáneas automáticas de «{title}», de la más reciente a la más antigua. Restaurar crea un archivo de proyecto nuevo; este proyecto no se modifica.</translation>
    </message>
    <message>
        <source>Automatic snapshots of every project, newest first. Restoring makes a new project file.</source>
        <translation>Instantáneas automáticas de todos los proyectos, de la más reciente a la más antigua. Restaurar crea un archivo de proyecto nuevo.</translation>
    </message>
    <message>
        <source>Restore Snapshot as New Project</source>
        <translation>Restaurar la instantánea como proyecto nuevo</translation>
    </message>
    <message>
        <source>Cannot restore the snapshot</source>
        <translation>No se puede restaurar la instantánea</translation>
    </message>
    <message>
        <source>Restored the snapshot as {restored}</source>
        <translation>Instantánea restaurada como {restored}</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Restore Snapshot</source>
        <translation>Restaurar instantánea</translation>
    </message>
    <message>
        <source>{taken} (UTC)
{path}</source>
        <translation>{taken} (UTC)
{path}</translation>
    </message>
    <message>
        <source>No snapshots yet: one is taken each time a project is opened.</source>
        <translation>Aún no hay instantáneas: se toma una cada vez que se abre un proyecto.</translation>
    </message>
    <message>
        <source>Restore as New Project…</source>
        <translation>Restaurar como proyecto nuevo…</translation>
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
    <name>SpeakerAutocodeDialog</name>
    <message>
        <source>Auto-Code Speaker or Role</source>
        <translation>Codificar automáticamente por hablante o rol</translation>
    </message>
    <message>
        <source>Role: {role} ({turns} turns)</source>
        <translation>Rol: {role} ({turns} turnos)</translation>
    </message>
    <message>
        <source>All interviewers ({interviewer_turns} turns)</source>
        <translation>Todos los entrevistadores ({interviewer_turns} turnos)</translation>
    </message>
    <message>
        <source>{label} — {role} ({turns} turns)</source>
        <translation>{label} — {role} ({turns} turnos)</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>sin rol</translation>
    </message>
    <message>
        <source>Speaker: {name} ({turns} turns)</source>
        <translation>Hablante: {name} ({turns} turnos)</translation>
    </message>
    <message>
        <source>Choose who and where, then Preview.</source>
        <translation>Elija quién y dónde, y luego Vista previa.</translation>
    </message>
    <message>
        <source>Code with</source>
        <translation>Codificar con</translation>
    </message>
    <message>
        <source>Whose turns</source>
        <translation>Turnos de quién</translation>
    </message>
    <message>
        <source>In which sources</source>
        <translation>En qué fuentes</translation>
    </message>
    <message>
        <source>Each turn is coded from its first word to its last (the speaker&apos;s label is left out). Turns you already coded with this code are skipped.</source>
        <translation>Cada turno se codifica desde su primera hasta su última palabra (se deja fuera la etiqueta del hablante). Se omiten los turnos ya codificados con este código.</translation>
    </message>
    <message>
        <source>Create a code first.</source>
        <translation>Cree primero un código.</translation>
    </message>
    <message>
        <source>Finding the turns…</source>
        <translation>Buscando los turnos…</translation>
    </message>
    <message>
        <source>{turns} turns in {sources} sources will be coded &apos;{code_name}&apos;; {already} already coded (skipped).</source>
        <translation>{turns} turnos en {sources} fuentes se codificarán como &apos;{code_name}&apos;; {already} ya codificados (omitidos).</translation>
    </message>
    <message>
        <source>Auto-Code {count} Turns as &apos;{code_name}&apos;</source>
        <translation>Codificar automáticamente {count} turnos como &apos;{code_name}&apos;</translation>
    </message>
</context>
<context>
    <name>SplitThemeCommand</name>
    <message>
        <source>Split &apos;{name}&apos;</source>
        <translation>Dividir &apos;{name}&apos;</translation>
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
    <message>
        <source>team server</source>
        <translation>servidor de equipo</translation>
    </message>
</context>
<context>
    <name>StripesMargin</name>
    <message>
        <source>Coding stripes</source>
        <translation>Franjas de codificación</translation>
    </message>
    <message>
        <source>One bar per code beside the lines it covers. Click a bar to select its coding; right-click for remove, change code, edit memo and resize.</source>
        <translation>Una barra por código junto a las líneas que cubre. Haga clic en una barra para seleccionar su codificación; clic derecho para quitar, cambiar el código, editar el memo y ajustar.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click to select · right-click for more&lt;/i&gt;</source>
        <translation>&lt;i&gt;Clic para seleccionar · clic derecho para más&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>StudyDetailsDialog</name>
    <message>
        <source>Study Details</source>
        <translation>Detalles del estudio</translation>
    </message>
    <message>
        <source>The report&apos;s methods are built only from these details and from what the project counts. A field left empty appears in the report as a highlighted “[Add: …]”.</source>
        <translation>Los métodos del informe se construyen solo a partir de estos detalles y de lo que cuenta el proyecto. Un campo vacío aparece en el informe como un «[Añadir: …]» resaltado.</translation>
    </message>
</context>
<context>
    <name>StudyDialog</name>
    <message>
        <source>extended collaborator = extended collaborators; staff = staff members</source>
        <translation>colaborador ampliado = colaboradores ampliados; miembro del personal = miembros del personal</translation>
    </message>
</context>
<context>
    <name>TeamLive</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Connection to the team server lost — read-only until it returns. Nothing you typed is lost; trying again…</source>
        <translation>Se perdió la conexión con el servidor de equipo: solo lectura hasta que vuelva. No se pierde nada de lo escrito; reintentando…</translation>
    </message>
    <message>
        <source>Also here: {names}</source>
        <translation>También aquí: {names}</translation>
    </message>
    <message>
        <source>Connected to the team server again</source>
        <translation>Conectado de nuevo al servidor de equipo</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <source>+ Code</source>
        <translation>+ Código</translation>
    </message>
    <message>
        <source>Combine one more code with the query</source>
        <translation>Combinar un código más con la consulta</translation>
    </message>
    <message>
        <source>+ ( Group )</source>
        <translation>+ ( Grupo )</translation>
    </message>
    <message>
        <source>Add a bracketed group of codes</source>
        <translation>Añadir un grupo de códigos entre paréntesis</translation>
    </message>
</context>
<context>
    <name>TermRow</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>sub-codes</source>
        <translation>subcódigos</translation>
    </message>
    <message>
        <source>Include the code&apos;s sub-codes</source>
        <translation>Incluir los subcódigos del código</translation>
    </message>
</context>
<context>
    <name>TextEditActions</name>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>• {lost_decisions} consensus decision(s)</source>
        <translation>• {lost_decisions} decisión(es) de consenso</translation>
    </message>
    <message>
        <source>Remove codings?</source>
        <translation>¿Quitar las codificaciones?</translation>
    </message>
    <message>
        <source>This edit deletes all the text of these codings; they will be removed:</source>
        <translation>Esta edición borra todo el texto de estas codificaciones; se quitarán:</translation>
    </message>
    <message>
        <source>

Undo puts them back.</source>
        <translation>

Deshacer las recupera.</translation>
    </message>
    <message>
        <source>Save and Remove Them</source>
        <translation>Guardar y quitarlas</translation>
    </message>
    <message>
        <source>Edit Transcript…</source>
        <translation>Editar transcripción…</translation>
    </message>
    <message>
        <source>Fix typos, mishearings or names; codings follow the text</source>
        <translation>Corregir erratas, errores de escucha o nombres; las codificaciones siguen al texto</translation>
    </message>
    <message>
        <source>Edit Transcript</source>
        <translation>Editar transcripción</translation>
    </message>
</context>
<context>
    <name>ThemeBoard</name>
    <message>
        <source>Themes and codes</source>
        <translation>Temas y códigos</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>New Theme</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>Delete Theme</source>
        <translation>Eliminar tema</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>Export Map…</source>
        <translation>Exportar mapa…</translation>
    </message>
    <message>
        <source>Move {count} Items on the Board</source>
        <translation>Mover {count} elementos en el tablero</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>New sub-theme</source>
        <translation>Nuevo subtema</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>New Sub-theme</source>
        <translation>Nuevo subtema</translation>
    </message>
    <message>
        <source>Merge Into</source>
        <translation>Fusionar con</translation>
    </message>
    <message>
        <source>Split {count} Selected Cards into a New Theme</source>
        <translation>Separar {count} tarjetas seleccionadas en un tema nuevo</translation>
    </message>
    <message>
        <source>Fit the Board</source>
        <translation>Ajustar el tablero</translation>
    </message>
    <message>
        <source>Thematic map: {title}</source>
        <translation>Mapa temático: {title}</translation>
    </message>
    <message>
        <source>Export Thematic Map</source>
        <translation>Exportar mapa temático</translation>
    </message>
</context>
<context>
    <name>ThemeInspector</name>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Central concept</source>
        <translation>Concepto central</translation>
    </message>
    <message>
        <source>Boundaries (what it is not)</source>
        <translation>Límites (lo que no es)</translation>
    </message>
    <message>
        <source>Analytic narrative</source>
        <translation>Narrativa analítica</translation>
    </message>
    <message>
        <source>Select a theme on the board.</source>
        <translation>Seleccione un tema en el tablero.</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisado</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitivo</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Color del tema</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Pinned quotes</source>
        <translation>Citas fijadas</translation>
    </message>
    <message>
        <source>Coded segments of the theme</source>
        <translation>Segmentos codificados del tema</translation>
    </message>
    <message>
        <source>Pin as Quote</source>
        <translation>Fijar como cita</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Representative quotes (drag to reorder):</source>
        <translation>Citas representativas (arrastre para reordenar):</translation>
    </message>
    <message>
        <source>Coded segments of this theme:</source>
        <translation>Segmentos codificados de este tema:</translation>
    </message>
    <message>
        <source>History of the theme</source>
        <translation>Historial del tema</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt;: {roles}</source>
        <translation>&lt;b&gt;Participantes&lt;/b&gt;: {roles}</translation>
    </message>
    <message>
        <source>Ctrl+Z in the field brings back your text.</source>
        <translation>Ctrl+Z en el campo recupera su texto.</translation>
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
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Choose a source on the left to read it here.</source>
        <translation>Elija una fuente a la izquierda para leerla aquí.</translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <source>Transcription mode: {play_key} play/pause (pausing rewinds {rewind} s) · {stamp_key} insert the time · {replay_key} play the last {replay} s again</source>
        <translation>Modo de transcripción: {play_key} reproducir/pausa (la pausa retrocede {rewind} s) · {stamp_key} insertar la hora · {replay_key} repetir los últimos {replay} s</translation>
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
    <name>TreeActions</name>
    <message>
        <source>Move to Theme</source>
        <translation>Mover al tema</translation>
    </message>
    <message>
        <source>Remove from Theme</source>
        <translation>Quitar del tema</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move Into</source>
        <translation>Mover dentro de</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>Delete Theme</source>
        <translation>Eliminar tema</translation>
    </message>
</context>
<context>
    <name>TurnTimeCommand</name>
    <message>
        <source>Set Turn Time</source>
        <translation>Fijar la hora del turno</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Cannot Redo</source>
        <translation>No se puede rehacer</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>No se puede deshacer</translation>
    </message>
</context>
<context>
    <name>UnpinQuoteCommand</name>
    <message>
        <source>Unpin Quote</source>
        <translation>Desfijar cita</translation>
    </message>
</context>
<context>
    <name>UpdateSavedQueryCommand</name>
    <message>
        <source>Change {noun} &apos;{name}&apos;</source>
        <translation>Cambiar {noun} &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>VideoDock</name>
    <message>
        <source>Show &amp;Video</source>
        <translation>Mostrar &amp;vídeo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Show or hide the video of the recording</source>
        <translation>Mostrar u ocultar el vídeo de la grabación</translation>
    </message>
    <message>
        <source>&amp;Detach Video</source>
        <translation>&amp;Separar vídeo</translation>
    </message>
    <message>
        <source>Attach to Transcript</source>
        <translation>Unir a la transcripción</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Video – {name}</source>
        <translation>Vídeo – {name}</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Video of the recording</source>
        <translation>Vídeo de la grabación</translation>
    </message>
    <message>
        <source>Double-click to detach or attach the video</source>
        <translation>Doble clic para separar o unir el vídeo</translation>
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
<context>
    <name>_PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Changed: Preview again.</source>
        <translation>Cambiado: vuelva a hacer la vista previa.</translation>
    </message>
</context>
</TS>
