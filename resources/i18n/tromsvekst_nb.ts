<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/crash.py" line="35"/>
        <source>Unexpected error</source>
        <translation>Uventet feil</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/crash.py" line="37"/>
        <source>Something went wrong that Tromsvekst did not expect. You can usually go on working; if the error comes back, copy the details below into a bug report.</source>
        <translation>Noe gikk galt som Tromsvekst ikke ventet. Som regel kan du arbeide videre; kommer feilen igjen, kopier detaljene nedenfor inn i en feilrapport.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/crash.py" line="41"/>
        <source>The details are also saved in %1.</source>
        <translation>Detaljene er også lagret i %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/crash.py" line="50"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/facet_panel.py" line="181"/>
        <source>%1 hits in documents and pages that %2 links to. Click to show only these.</source>
        <translation>%1 treff i dokumenter og sider som %2 peker til. Klikk for å vise bare disse.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/facet_panel.py" line="198"/>
        <source>Only: %1 (%2)</source>
        <translation>Bare: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/facet_panel.py" line="202"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/facet_panel.py" line="203"/>
        <source>Hits per plan and goal</source>
        <translation>Treff per plan og mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/facet_panel.py" line="204"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/facet_panel.py" line="205"/>
        <source>Show all hits again</source>
        <translation>Vis alle treff igjen</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="113"/>
        <source>Search only in these documents</source>
        <translation>Søk bare i disse dokumentene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="121"/>
        <source>Limit the search to the documents this goal links to: %1</source>
        <translation>Avgrens søket til dokumentene dette målet peker til: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="123"/>
        <source>This goal links to no documents.</source>
        <translation>Dette målet peker ikke til noe dokument.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="158"/>
        <source>no local PDF</source>
        <translation>ingen lokal PDF</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="161"/>
        <source>p. %1</source>
        <translation>s. %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="169"/>
        <source>In the documents</source>
        <translation>I dokumentene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="177"/>
        <source>Contains</source>
        <translation>Inneholder</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="189"/>
        <source>Related goals</source>
        <translation>Beslektede mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="201"/>
        <source>Saved searches for this goal</source>
        <translation>Lagrede søk for dette målet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="205"/>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/workers/indexer.py" line="316"/>
        <source>Indexing stopped: the indexing process ended unexpectedly (exit code %1). Searching uses the index as it was before this update.</source>
        <translation>Indekseringen stoppet: indekseringsprosessen avsluttet uventet (avslutningskode %1). Søket bruker indeksen slik den var før denne oppdateringen.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/workers/indexer.py" line="323"/>
        <source>Another Tromsvekst window is updating the index. Searching uses the index as it is; try again when the other one has finished.</source>
        <translation>Et annet Tromsvekst-vindu oppdaterer indeksen. Søket bruker indeksen slik den er; prøv igjen når det andre vinduet er ferdig.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/workers/indexer.py" line="329"/>
        <source>The index could not be updated: %1 (%2)</source>
        <translation>Indeksen kunne ikke oppdateres: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/workers/indexer.py" line="338"/>
        <source>Indexing stopped because of an unexpected error: %1</source>
        <translation>Indekseringen stoppet på grunn av en uventet feil: %1</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="196"/>
        <source>Indexing cancelled. Searching uses the index as it was.</source>
        <translation>Indekseringen ble avbrutt. Søket bruker indeksen slik den var.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="222"/>
        <source>Cancelling …</source>
        <translation>Avbryter …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="232"/>
        <source>Looking for changes in the library …</source>
        <translation>Ser etter endringer i biblioteket …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="235"/>
        <source>Waiting for another window that is updating the index …</source>
        <translation>Venter på et annet vindu som oppdaterer indeksen …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="242"/>
        <source>Saving the index …</source>
        <translation>Lagrer indeksen …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="254"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="275"/>
        <source>%1 page</source>
        <translation>%1 side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="254"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="275"/>
        <source>%1 pages</source>
        <translation>%1 sider</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="257"/>
        <source>%1 pages/s</source>
        <translation>%1 sider/s</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="267"/>
        <source>about %1 s left</source>
        <translation>ca. %1 s igjen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="268"/>
        <source>about %1 min left</source>
        <translation>ca. %1 min igjen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="250"/>
        <source>Indexing %1/%2 PDF files</source>
        <translation>Indekserer %1/%2 PDF-filer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="274"/>
        <source>%1 PDF file</source>
        <translation>%1 PDF-fil</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="274"/>
        <source>%1 PDF files</source>
        <translation>%1 PDF-filer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="277"/>
        <source>The index is up to date: %1, %2</source>
        <translation>Indeksen er oppdatert: %1, %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="282"/>
        <source>%1 problem</source>
        <translation>%1 problem</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="282"/>
        <source>%1 problems</source>
        <translation>%1 problemer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="285"/>
        <source>Show the files that could not be indexed, and why</source>
        <translation>Vis filene som ikke kunne indekseres, og hvorfor</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="288"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="289"/>
        <source>Stop indexing; the index stays as it was</source>
        <translation>Stopp indekseringen; indeksen blir som den var</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="290"/>
        <source>Indexing progress</source>
        <translation>Fremdrift for indekseringen</translation>
    </message>
</context>
<context>
    <name>LinkingGoalsPanel</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="270"/>
        <source>Goals that point here</source>
        <translation>Mål som peker hit</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="275"/>
        <source>No goal links to this page.</source>
        <translation>Ingen mål peker til denne siden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="448"/>
        <source>Rebuild the index</source>
        <translation>Bygg indeksen på nytt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="449"/>
        <source>Choose another folder …</source>
        <translation>Velg en annen mappe …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="451"/>
        <source>Search in plans and goals …</source>
        <translation>Søk i planer og mål …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="452"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="453"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="460"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="463"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="454"/>
        <source>Page viewer</source>
        <translation>Sidevisning</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="456"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1329"/>
        <source>Clear the search field</source>
        <translation>Tøm søkefeltet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="457"/>
        <source>Clear the filter</source>
        <translation>Tøm filteret</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="461"/>
        <source>Search tips</source>
        <translation>Søketips</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="462"/>
        <source>Search in plans and goals (Ctrl+F)</source>
        <translation>Søk i planer og mål (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="464"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="468"/>
        <source>Goals and strategies</source>
        <translation>Mål og strategier</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="465"/>
        <source>Filter …</source>
        <translation>Filtrer …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="466"/>
        <source>Filter goals</source>
        <translation>Filtrer mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="467"/>
        <source>Show only goals whose number, title or text contains this</source>
        <translation>Vis bare mål der nummer, tittel eller tekst inneholder dette</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="470"/>
        <source>Expand all</source>
        <translation>Utvid alle</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="471"/>
        <source>Collapse all</source>
        <translation>Fold sammen alle</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="475"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="876"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="897"/>
        <source>Hits</source>
        <translation>Treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="476"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="477"/>
        <source>Choose a goal in the tree or a hit in the list to see it here.</source>
        <translation>Velg et mål i treet eller et treff i listen for å se det her.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="479"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="480"/>
        <source>&amp;Open PDF …</source>
        <translation>&amp;Åpne PDF …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="481"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="482"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="483"/>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="484"/>
        <source>&amp;Filter goals</source>
        <translation>&amp;Filtrer mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="485"/>
        <source>&amp;Preferences …</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="486"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="487"/>
        <source>&amp;Goals and strategies</source>
        <translation>&amp;Mål og strategier</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="488"/>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="489"/>
        <source>&amp;Expand all goals</source>
        <translation>&amp;Utvid alle mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="490"/>
        <source>&amp;Collapse all goals</source>
        <translation>&amp;Fold sammen alle mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="491"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="492"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="493"/>
        <source>&amp;Add folder …</source>
        <translation>&amp;Legg til mappe …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="494"/>
        <source>&amp;Update index</source>
        <translation>&amp;Oppdater indeksen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="495"/>
        <source>&amp;Rebuild index</source>
        <translation>&amp;Bygg indeksen på nytt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="496"/>
        <source>&amp;Problems in the library …</source>
        <translation>&amp;Problemer i biblioteket …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="497"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="498"/>
        <source>&amp;Search tips</source>
        <translation>&amp;Søketips</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="499"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="500"/>
        <source>&amp;About Tromsvekst</source>
        <translation>&amp;Om Tromsvekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="501"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="538"/>
        <source>%1 plan</source>
        <translation>%1 plan</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="538"/>
        <source>%1 plans</source>
        <translation>%1 planer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="539"/>
        <source>%1 goal</source>
        <translation>%1 mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="539"/>
        <source>%1 goals</source>
        <translation>%1 mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="542"/>
        <source>%1 document in the catalogue</source>
        <translation>%1 dokument i katalogen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="543"/>
        <source>%1 documents in the catalogue</source>
        <translation>%1 dokumenter i katalogen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="550"/>
        <source>The plans and goals of the goal files, and the plan documents the catalogue lists (with or without a PDF here)</source>
        <translation>Planene og målene i målfilene, og plandokumentene som katalogen lister opp (med eller uten PDF her)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="558"/>
        <source>the word, also in other forms (klimatilpasningen)</source>
        <translation>ordet, også i andre former (klimatilpasningen)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="559"/>
        <source>pages and goals with both words</source>
        <translation>sider og mål med begge ordene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="560"/>
        <source>the exact phrase</source>
        <translation>nøyaktig denne frasen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="561"/>
        <source>housing OR homes</source>
        <translation>bolig ELLER boliger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="561"/>
        <source>either word</source>
        <translation>ett av ordene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="562"/>
        <source>climate NOT transport</source>
        <translation>klima IKKE transport</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="562"/>
        <source>leave out what contains the word after NOT</source>
        <translation>utelat det som inneholder ordet etter IKKE</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="563"/>
        <source>words that begin with “areal”</source>
        <translation>ord som begynner med «areal»</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="564"/>
        <source>also similar spellings</source>
        <translation>også lignende stavemåter</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="565"/>
        <source>year:2024</source>
        <translation>år:2024</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="565"/>
        <source>only documents that concern the year 2024</source>
        <translation>bare dokumenter som gjelder år 2024</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="574"/>
        <source>Plans in the library</source>
        <translation>Planer i biblioteket</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="577"/>
        <source>No plans are loaded yet.</source>
        <translation>Ingen planer er lastet ennå.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="578"/>
        <source>Search in plans and goals</source>
        <translation>Søk i planer og mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="581"/>
        <source>Type in the field above. Tromsvekst finds pages in the plan documents and goals in the plans, and marks the words it found.</source>
        <translation>Skriv i feltet over. Tromsvekst finner sider i plandokumentene og mål i planene, og markerer ordene den fant.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="783"/>
        <source>The search index is damaged (%1). Rebuild it from your library: your documents are not affected.</source>
        <translation>Søkeindeksen er skadet (%1). Bygg den på nytt fra biblioteket: dokumentene dine berøres ikke.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="816"/>
        <source>This goal is not in the library any more.</source>
        <translation>Dette målet finnes ikke lenger i biblioteket.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="866"/>
        <source>Type in the search field to search only in %1.</source>
        <translation>Skriv i søkefeltet for å søke bare i %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="870"/>
        <source>The search index is not ready yet. It is made when the library is indexed; your search runs as soon as it is ready.</source>
        <translation>Søkeindeksen er ikke klar ennå. Den lages når biblioteket indekseres; søket ditt kjøres så snart den er klar.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="928"/>
        <source>No local PDF for %1.</source>
        <translation>Ingen lokal PDF for %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1001"/>
        <source>&amp;Export hits …</source>
        <translation>&amp;Eksporter treff …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1002"/>
        <source>Copy &amp;citation</source>
        <translation>Kopier &amp;kildehenvisning</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1003"/>
        <source>Sa&amp;ve search …</source>
        <translation>&amp;Lagre søk …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1060"/>
        <source>Search only in this goal</source>
        <translation>Søk bare i dette målet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1062"/>
        <source>Save search here …</source>
        <translation>Lagre søk her …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1078"/>
        <source>No hits to export.</source>
        <translation>Ingen treff å eksportere.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1081"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1091"/>
        <source>Export hits</source>
        <translation>Eksporter treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1081"/>
        <source>hits.csv</source>
        <translation>treff.csv</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1081"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1092"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1096"/>
        <source>%1 hits exported to %2</source>
        <translation>%1 treff eksportert til %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1104"/>
        <source>Choose a hit to cite.</source>
        <translation>Velg et treff å henvise til.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1108"/>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1124"/>
        <source>Type a search first, then save it.</source>
        <translation>Skriv et søk først, og lagre det så.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1126"/>
        <source>Name of the saved search:</source>
        <translation>Navn på det lagrede søket:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1128"/>
        <source>Name of the search saved for %1:</source>
        <translation>Navn på søket som lagres for %1:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1129"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1136"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1145"/>
        <source>Save search</source>
        <translation>Lagre søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1137"/>
        <source>Replace the saved search «%1»?</source>
        <translation>Erstatte det lagrede søket «%1»?</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1148"/>
        <source>Search saved as «%1».</source>
        <translation>Søket er lagret som «%1».</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1164"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1170"/>
        <source>Rename saved search</source>
        <translation>Gi lagret søk nytt navn</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1164"/>
        <source>New name:</source>
        <translation>Nytt navn:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1177"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1184"/>
        <source>Delete saved search</source>
        <translation>Slett lagret søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1177"/>
        <source>Delete the saved search «%1»?</source>
        <translation>Slette det lagrede søket «%1»?</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1192"/>
        <source>Open PDF</source>
        <translation>Åpne PDF</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1192"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1198"/>
        <source>Add a folder to the library</source>
        <translation>Legg til en mappe i biblioteket</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1211"/>
        <source>Offline search in the plan documents of the Tromsø region, beside their goals and strategies.</source>
        <translation>Søk uten nett i Tromsøregionens plandokumenter, side om side med målene og strategiene deres.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1214"/>
        <source>Licence: GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later).</source>
        <translation>Lisens: GNU Affero General Public License, versjon 3 eller senere (AGPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1216"/>
        <source>Built with:</source>
        <translation>Bygd med:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1229"/>
        <source>About Tromsvekst</source>
        <translation>Om Tromsvekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1259"/>
        <source>Tromsvekst cannot write in the index folder %1 (%2). Searching uses the index that is there, but new and changed files are left out until you choose a folder you can write in.</source>
        <translation>Tromsvekst kan ikke skrive i indeksmappen %1 (%2). Søket bruker indeksen som ligger der, men nye og endrede filer kommer ikke med før du velger en mappe du kan skrive i.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1264"/>
        <source>Tromsvekst cannot make the search index in %1 (%2). Choose another folder for the index, and it is built there.</source>
        <translation>Tromsvekst kan ikke lage søkeindeksen i %1 (%2). Velg en annen mappe for indeksen, så bygges den der.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1272"/>
        <source>There is no search index yet, and it cannot be made in %1 (%2).</source>
        <translation>Det finnes ingen søkeindeks ennå, og den kan ikke lages i %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1276"/>
        <source>Choose another folder above.</source>
        <translation>Velg en annen mappe ovenfor.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1278"/>
        <source>The search index could not be made: %1</source>
        <translation>Søkeindeksen kunne ikke lages: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1283"/>
        <source>Choose a folder for the search index</source>
        <translation>Velg en mappe for søkeindeksen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1295"/>
        <source>Tromsvekst cannot write in %1 (%2). Choose another folder.</source>
        <translation>Tromsvekst kan ikke skrive i %1 (%2). Velg en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1327"/>
        <source>Next or previous part: search, hits per plan, hits, page, goals</source>
        <translation>Neste eller forrige del: søk, treff per plan, treff, side, mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1328"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1328"/>
        <source>In the search field: search at once. On a hit or goal: open it</source>
        <translation>I søkefeltet: søk med en gang. På et treff eller mål: åpne det</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1329"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1330"/>
        <source>Previous, next, first or last hit</source>
        <translation>Forrige, neste, første eller siste treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1331"/>
        <source>Recent searches</source>
        <translation>Siste søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1332"/>
        <source>Menu key</source>
        <translation>Menytasten</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1332"/>
        <source>The menu of a hit or a goal</source>
        <translation>Menyen for et treff eller et mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1333"/>
        <source>Next or previous page with hits</source>
        <translation>Neste eller forrige side med treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1337"/>
        <source>Moving about</source>
        <translation>Flytte seg rundt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1338"/>
        <source>Menus</source>
        <translation>Menyer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1339"/>
        <source>The page</source>
        <translation>Siden</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="71"/>
        <source>Wrong password. Try again for «%1»:</source>
        <translation>Feil passord. Prøv igjen for «%1»:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="73"/>
        <source>«%1» is password protected. Password:</source>
        <translation>«%1» er passordbeskyttet. Passord:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="75"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="297"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="298"/>
        <source>Next page</source>
        <translation>Neste side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="299"/>
        <source>First page</source>
        <translation>Første side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="300"/>
        <source>Last page</source>
        <translation>Siste side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="301"/>
        <source>Previous page with hits</source>
        <translation>Forrige side med treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="302"/>
        <source>Next page with hits</source>
        <translation>Neste side med treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="303"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="304"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="305"/>
        <source>Fit width</source>
        <translation>Tilpass bredden</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="306"/>
        <source>Fit page</source>
        <translation>Tilpass siden</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="307"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="324"/>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="308"/>
        <source>Copy page text</source>
        <translation>Kopier sidetekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="309"/>
        <source>Open in system viewer</source>
        <translation>Åpne i systemvisning</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="318"/>
        <source>p. </source>
        <translation>s. </translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="319"/>
        <source>Page number</source>
        <translation>Sidenummer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="320"/>
        <source>Go to page</source>
        <translation>Gå til side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="321"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="322"/>
        <source>More actions</source>
        <translation>Flere handlinger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="323"/>
        <source>This page has no searchable text.</source>
        <translation>Denne siden har ingen søkbar tekst.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="326"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="529"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="811"/>
        <source>No document is open.</source>
        <translation>Ingen dokument er åpent.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="362"/>
        <source>Cannot find the file «%1». It may have been moved or deleted.</source>
        <translation>Finner ikke filen «%1». Den kan være flyttet eller slettet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="370"/>
        <source>Cannot open «%1»: %2</source>
        <translation>Kan ikke åpne «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="375"/>
        <source>«%1» is password protected. Open it again and enter the password to read it.</source>
        <translation>«%1» er passordbeskyttet. Åpne den på nytt og skriv inn passordet for å lese den.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="380"/>
        <source>«%1» has no pages.</source>
        <translation>«%1» har ingen sider.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="612"/>
        <source>No other page has hits.</source>
        <translation>Ingen andre sider har treff.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="616"/>
        <source>No hits in this document.</source>
        <translation>Ingen treff i dette dokumentet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="721"/>
        <source>Cannot show page %1: %2</source>
        <translation>Kan ikke vise side %1: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="765"/>
        <source>Copied the text of page %1.</source>
        <translation>Kopierte teksten på side %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="813"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="18"/>
        <source>empty file (0 bytes)</source>
        <translation>tom fil (0 byte)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="19"/>
        <source>not a PDF: the file is %1</source>
        <translation>ikke en PDF: filen er %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="20"/>
        <source>password-protected: a password is needed</source>
        <translation>passordbeskyttet: trenger passord</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="21"/>
        <source>wrong password</source>
        <translation>feil passord</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="22"/>
        <source>encrypted with a certificate (public key); cannot be opened</source>
        <translation>kryptert med sertifikat (offentlig nøkkel); kan ikke åpnes</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="23"/>
        <source>damaged PDF: cannot be opened (%1)</source>
        <translation>skadet PDF: kan ikke åpnes (%1)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="24"/>
        <source>damaged or truncated PDF: no readable pages%1</source>
        <translation>skadet eller avkortet PDF: ingen lesbare sider%1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="25"/>
        <source>damaged PDF, repaired when opened: text may be incomplete%1</source>
        <translation>skadet PDF, reparert ved åpning: teksten kan være ufullstendig%1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="26"/>
        <source>no text layer: %1 of %2 pages are images only (scanned?)</source>
        <translation>intet tekstlag: %1 av %2 sider er bare bilder (skannet?)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="27"/>
        <source>no text: %1 of %2 pages are blank</source>
        <translation>ingen tekst: %1 av %2 sider er blanke</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="28"/>
        <source>text could not be read: %1</source>
        <translation>teksten kunne ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="29"/>
        <source>the PDF reader crashed on this file (%1)</source>
        <translation>PDF-leseren krasjet på denne filen (%1)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="30"/>
        <source>took longer than %1 s to read; skipped</source>
        <translation>tok mer enn %1 s å lese; hoppet over</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="31"/>
        <source>cannot be read: %1</source>
        <translation>kan ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="32"/>
        <source>not found</source>
        <translation>finnes ikke</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="37"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="38"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="39"/>
        <source>plain text</source>
        <translation>ren tekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="40"/>
        <source>a JPEG image</source>
        <translation>et JPEG-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="41"/>
        <source>a PNG image</source>
        <translation>et PNG-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="42"/>
        <source>a GIF image</source>
        <translation>et GIF-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="43"/>
        <source>a TIFF image</source>
        <translation>et TIFF-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="44"/>
        <source>an SVG image</source>
        <translation>et SVG-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="45"/>
        <source>an RTF document</source>
        <translation>et RTF-dokument</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="46"/>
        <source>a ZIP/Office file (Word, Excel, OpenDocument...)</source>
        <translation>en ZIP-/Office-fil (Word, Excel, OpenDocument …)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="47"/>
        <source>an old Office file (Word/Excel 97-2003)</source>
        <translation>en gammel Office-fil (Word/Excel 97–2003)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="48"/>
        <source>another format</source>
        <translation>et annet format</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="54"/>
        <source>Permission denied</source>
        <translation>ingen skrivetilgang</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="55"/>
        <source>Read-only file system</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="56"/>
        <source>No space left on device</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="57"/>
        <source>Disk quota exceeded</source>
        <translation>diskkvoten er brukt opp</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="58"/>
        <source>Not a directory</source>
        <translation>ikke en mappe</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="59"/>
        <source>No such file or directory</source>
        <translation>finnes ikke</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="117"/>
        <source>Ask the owner of the document for a new copy.</source>
        <translation>Be om en ny kopi fra den som eier dokumentet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="119"/>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="123"/>
        <source>The goal or catalogue file has an error (%1).</source>
        <translation>Mål- eller katalogfilen har en feil (%1).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="126"/>
        <source>Correct it in the file and save it: Tromsvekst reads it again by itself.</source>
        <translation>Rett feilen i filen og lagre den: Tromsvekst leser den på nytt av seg selv.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="135"/>
        <source>The password was wrong.</source>
        <translation>Passordet var feil.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="137"/>
        <source>The file is protected with a password.</source>
        <translation>Filen er beskyttet med passord.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="138"/>
        <source>Type the password below: the file is read again.</source>
        <translation>Skriv passordet nedenfor, så leses filen på nytt.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="144"/>
        <source>%1 of %2 pages are scanned images: they need text recognition (OCR) to be searched.</source>
        <translation>%1 av %2 sider er skannede bilder og trenger tekstgjenkjenning (OCR) før det kan søkes i dem.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="150"/>
        <source>Run text recognition on the file (e.g. OCRmyPDF), or ask for a copy with text.</source>
        <translation>Kjør tekstgjenkjenning på filen (f.eks. med OCRmyPDF), eller be om en kopi med tekst.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="163"/>
        <source>The file is damaged and cannot be opened.</source>
        <translation>Filen er skadet og kan ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="166"/>
        <source>The file is damaged or cut short: no page can be read.</source>
        <translation>Filen er skadet eller avkortet: ingen sider kan leses.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="169"/>
        <source>The file is empty (0 bytes).</source>
        <translation>Filen er tom (0 byte).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="170"/>
        <source>The file is damaged: the PDF reader stopped on it.</source>
        <translation>Filen er skadet: PDF-leseren stoppet på den.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="178"/>
        <source>The file was damaged and has been repaired: some text may be missing.</source>
        <translation>Filen var skadet og er reparert: noe tekst kan mangle.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="181"/>
        <source>If hits are missing, ask the owner of the document for a new copy.</source>
        <translation>Mangler det treff, be om en ny kopi fra den som eier dokumentet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="189"/>
        <source>The text of this page could not be read.</source>
        <translation>Teksten på denne siden kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="190"/>
        <source>If the page matters, ask the owner of the document for a new copy.</source>
        <translation>Er siden viktig, be om en ny kopi fra den som eier dokumentet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="198"/>
        <source>This is not a PDF but %1.</source>
        <translation>Dette er ikke en PDF, men %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="201"/>
        <source>Save or export the document as PDF and put the PDF in the library.</source>
        <translation>Lagre eller eksporter dokumentet som PDF, og legg PDF-en i biblioteket.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="209"/>
        <source>%1 of %2 pages are blank: there is nothing to search on them.</source>
        <translation>%1 av %2 sider er blanke: det er ingenting å søke i på dem.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="214"/>
        <source>Check that this is the right file.</source>
        <translation>Sjekk at dette er riktig fil.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="220"/>
        <source>The file or folder does not exist (any more).</source>
        <translation>Filen eller mappen finnes ikke (lenger).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="221"/>
        <source>Check the library folders in Edit → Preferences.</source>
        <translation>Sjekk bibliotekmappene under Rediger → Innstillinger.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="228"/>
        <source>Check the file; the rest of the library is searchable.</source>
        <translation>Sjekk filen; resten av biblioteket er søkbart.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="77"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="78"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="79"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="113"/>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="115"/>
        <source>page %1</source>
        <translation>side %1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="258"/>
        <source>Reading the file again with this password …</source>
        <translation>Leser filen på nytt med dette passordet …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="299"/>
        <source>Every file in the library could be read.</source>
        <translation>Alle filene i biblioteket kunne leses.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="303"/>
        <source>These files could not be used, or not completely: %1 in %2.</source>
        <translation>Disse filene kunne ikke brukes, eller ikke helt: %1 i %2.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="304"/>
        <source>%1 problem</source>
        <translation>%1 problem</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="304"/>
        <source>%1 problems</source>
        <translation>%1 problemer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="305"/>
        <source>%1 file</source>
        <translation>%1 fil</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="305"/>
        <source>%1 files</source>
        <translation>%1 filer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="309"/>
        <source>Problems in the library</source>
        <translation>Problemer i biblioteket</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="310"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="311"/>
        <source>Copy the whole list as text</source>
        <translation>Kopier hele listen som tekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="312"/>
        <source>Open folder</source>
        <translation>Åpne mappe</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="313"/>
        <source>Show the selected file&apos;s folder in the file manager</source>
        <translation>Vis mappen til den valgte filen i filbehandleren</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="314"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="315"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="316"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="317"/>
        <source>Read the file again</source>
        <translation>Les filen på nytt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="318"/>
        <source>Technical details</source>
        <translation>Tekniske detaljer</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/models/results.py" line="147"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/models/results.py" line="184"/>
        <source>Goals that point here:</source>
        <translation>Mål som peker hit:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/models/results.py" line="207"/>
        <source>p. %1</source>
        <translation>s. %1</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="511"/>
        <source>%1 (for %2)</source>
        <translation>%1 (for %2)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="515"/>
        <source>Search only for «%1»</source>
        <translation>Søk bare etter «%1»</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="517"/>
        <source>Also searched for: %1</source>
        <translation>Søkte også etter: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="594"/>
        <source>1 hit</source>
        <translation>1 treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="594"/>
        <source>%1 hits</source>
        <translation>%1 treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="596"/>
        <source>%1, the best %2 shown</source>
        <translation>%1, de %2 beste vises</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="601"/>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="602"/>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="602"/>
        <source>%1 pages</source>
        <translation>%1 sider</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="605"/>
        <source>1 document</source>
        <translation>1 dokument</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="605"/>
        <source>%1 documents</source>
        <translation>%1 dokumenter</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="610"/>
        <source>1 goal</source>
        <translation>1 mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="610"/>
        <source>%1 goals</source>
        <translation>%1 mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="611"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="617"/>
        <source>No hits for «%1»</source>
        <translation>Ingen treff for «%1»</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="621"/>
        <source>Did you mean «%1»?</source>
        <translation>Mente du «%1»?</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="626"/>
        <source>The search is limited to %1.</source>
        <translation>Søket er avgrenset til %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="627"/>
        <source>Search in all documents</source>
        <translation>Søk i alle dokumenter</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="633"/>
        <source>Try fewer or other words, a word with * at the end, or ~ for similar spellings.</source>
        <translation>Prøv færre eller andre ord, et ord med * på slutten, eller ~ for lignende stavemåter.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="635"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="642"/>
        <source>Search tips</source>
        <translation>Søketips</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="641"/>
        <source>This search cannot be run</source>
        <translation>Dette søket kan ikke kjøres</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="669"/>
        <source>Only in: %1</source>
        <translation>Bare i: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="673"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="674"/>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="675"/>
        <source>Search in all documents again</source>
        <translation>Søk i alle dokumenter igjen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="676"/>
        <source>Remove the limit</source>
        <translation>Fjern avgrensningen</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPanel</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="74"/>
        <source>Run</source>
        <translation>Kjør</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="75"/>
        <source>Rename …</source>
        <translation>Gi nytt navn …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="76"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="85"/>
        <source>Search: %1</source>
        <translation>Søk: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="89"/>
        <source>Only in: %1</source>
        <translation>Bare i: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="110"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="111"/>
        <source>Saved searches</source>
        <translation>Lagrede søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="112"/>
        <source>None yet: Ctrl+S saves the current search.</source>
        <translation>Ingen ennå: Ctrl+S lagrer søket du har.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="175"/>
        <source>This folder does not exist (any more).</source>
        <translation>Denne mappen finnes ikke (lenger).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="182"/>
        <source>Add a folder to the library</source>
        <translation>Legg til en mappe i biblioteket</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="196"/>
        <source>Where to keep the index</source>
        <translation>Hvor indeksen skal ligge</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="219"/>
        <source>Settings not saved</source>
        <translation>Innstillingene ble ikke lagret</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="220"/>
        <source>The settings could not be saved to %1:
%2</source>
        <translation>Innstillingene kunne ikke lagres i %1:
%2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="245"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="246"/>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="247"/>
        <source>Library folders</source>
        <translation>Bibliotekmapper</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="248"/>
        <source>Folders with plan documents (PDF) and goal files (YAML)</source>
        <translation>Mapper med plandokumenter (PDF) og målfiler (YAML)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="249"/>
        <source>Add …</source>
        <translation>Legg til …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="250"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="251"/>
        <source>Include the plans that come with Tromsvekst</source>
        <translation>Ta med planene som følger med Tromsvekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="252"/>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="253"/>
        <source>Location:</source>
        <translation>Plassering:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="254"/>
        <source>Index location</source>
        <translation>Indeksens plassering</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="255"/>
        <source>Leave empty for the default location</source>
        <translation>La feltet stå tomt for å bruke standardplasseringen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="256"/>
        <source>Browse …</source>
        <translation>Bla gjennom …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="257"/>
        <source>A new index location is used from the next start of Tromsvekst.</source>
        <translation>En ny plassering for indeksen tas i bruk neste gang Tromsvekst starter.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="258"/>
        <source>Index now</source>
        <translation>Indekser nå</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="259"/>
        <source>Save the settings and read new and changed files</source>
        <translation>Lagre innstillingene og les nye og endrede filer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="260"/>
        <source>Rebuild the index</source>
        <translation>Bygg indeksen på nytt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="262"/>
        <source>Save the settings and read every file again; searching works meanwhile</source>
        <translation>Lagre innstillingene og les alle filene på nytt; søket virker i mellomtiden</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="264"/>
        <source>User interface</source>
        <translation>Brukergrensesnitt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="265"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="266"/>
        <source>A word also finds compounds (forvaltning → besøksforvaltning)</source>
        <translation>Et ord finner også sammensatte ord (forvaltning → besøksforvaltning)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="267"/>
        <source>Language of the user interface</source>
        <translation>Språket i brukergrensesnittet</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/shortcuts_dialog.py" line="82"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/shortcuts_dialog.py" line="90"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/shortcuts_dialog.py" line="85"/>
        <source>Everything in the window can be reached with the keyboard. Tab moves from the search field to the hits per plan, the hits, the page and the goal tree.</source>
        <translation>Alt i vinduet kan nås med tastaturet. Tab går fra søkefeltet til treff per plan, treffene, siden og måltreet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/shortcuts_dialog.py" line="89"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/shortcuts_dialog.py" line="89"/>
        <source>What they do</source>
        <translation>Hva de gjør</translation>
    </message>
</context>
</TS>
