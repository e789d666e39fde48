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
        <location filename="../../tromsvekst_desktop/gui/widgets/facet_panel.py" line="156"/>
        <source>%1 hits in documents and pages that %2 links to. Click to show only these.</source>
        <translation>%1 treff i dokumenter og sider som %2 peker til. Klikk for å vise bare disse.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/facet_panel.py" line="172"/>
        <source>Only: %1 (%2)</source>
        <translation>Bare: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/facet_panel.py" line="176"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/facet_panel.py" line="177"/>
        <source>Hits per plan and goal</source>
        <translation>Treff per plan og mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/facet_panel.py" line="178"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/facet_panel.py" line="179"/>
        <source>Show all hits again</source>
        <translation>Vis alle treff igjen</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="116"/>
        <source>Search only in these documents</source>
        <translation>Søk bare i disse dokumentene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="124"/>
        <source>Limit the search to the documents this goal links to: %1</source>
        <translation>Avgrens søket til dokumentene dette målet peker til: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="126"/>
        <source>This goal links to no documents.</source>
        <translation>Dette målet peker ikke til noe dokument.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="161"/>
        <source>no local PDF</source>
        <translation>ingen lokal PDF</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="164"/>
        <source>p. %1</source>
        <translation>s. %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="172"/>
        <source>In the documents</source>
        <translation>I dokumentene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="180"/>
        <source>Contains</source>
        <translation>Inneholder</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="192"/>
        <source>Related goals</source>
        <translation>Beslektede mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="204"/>
        <source>Saved searches for this goal</source>
        <translation>Lagrede søk for dette målet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="208"/>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/workers/indexer.py" line="304"/>
        <source>Indexing stopped: the indexing process ended unexpectedly (exit code %1). Searching uses the index as it was before this update.</source>
        <translation>Indekseringen stoppet: indekseringsprosessen avsluttet uventet (avslutningskode %1). Søket bruker indeksen slik den var før denne oppdateringen.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/workers/indexer.py" line="311"/>
        <source>Another Tromsvekst window is updating the index. Searching uses the index as it is; try again when the other one has finished.</source>
        <translation>Et annet Tromsvekst-vindu oppdaterer indeksen. Søket bruker indeksen slik den er; prøv igjen når det andre vinduet er ferdig.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/workers/indexer.py" line="317"/>
        <source>The index could not be updated: %1 (%2)</source>
        <translation>Indeksen kunne ikke oppdateres: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/workers/indexer.py" line="326"/>
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
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="250"/>
        <source>Indexing %1/%2 documents</source>
        <translation>Indekserer %1/%2 dokumenter</translation>
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
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="274"/>
        <source>%1 document</source>
        <translation>%1 dokument</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="274"/>
        <source>%1 documents</source>
        <translation>%1 dokumenter</translation>
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
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="272"/>
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
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="415"/>
        <source>Rebuild the index</source>
        <translation>Bygg indeksen på nytt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="416"/>
        <source>Search in plans and goals …</source>
        <translation>Søk i planer og mål …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="417"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="419"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="418"/>
        <source>Search in plans and goals (Ctrl+F)</source>
        <translation>Søk i planer og mål (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="420"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="424"/>
        <source>Goals and strategies</source>
        <translation>Mål og strategier</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="421"/>
        <source>Filter …</source>
        <translation>Filtrer …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="422"/>
        <source>Filter goals</source>
        <translation>Filtrer mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="423"/>
        <source>Show only goals whose number, title or text contains this</source>
        <translation>Vis bare mål der nummer, tittel eller tekst inneholder dette</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="426"/>
        <source>Expand all</source>
        <translation>Utvid alle</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="427"/>
        <source>Collapse all</source>
        <translation>Fold sammen alle</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="431"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="812"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="832"/>
        <source>Hits</source>
        <translation>Treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="432"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="433"/>
        <source>Choose a goal in the tree or a hit in the list to see it here.</source>
        <translation>Velg et mål i treet eller et treff i listen for å se det her.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="435"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="436"/>
        <source>&amp;Open PDF …</source>
        <translation>&amp;Åpne PDF …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="437"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="438"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="439"/>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="440"/>
        <source>&amp;Filter goals</source>
        <translation>&amp;Filtrer mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="441"/>
        <source>&amp;Preferences …</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="442"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="443"/>
        <source>&amp;Goals and strategies</source>
        <translation>&amp;Mål og strategier</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="444"/>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="445"/>
        <source>&amp;Expand all goals</source>
        <translation>&amp;Utvid alle mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="446"/>
        <source>&amp;Collapse all goals</source>
        <translation>&amp;Fold sammen alle mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="447"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="448"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="449"/>
        <source>&amp;Add folder …</source>
        <translation>&amp;Legg til mappe …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="450"/>
        <source>&amp;Update index</source>
        <translation>&amp;Oppdater indeksen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="451"/>
        <source>&amp;Rebuild index</source>
        <translation>&amp;Bygg indeksen på nytt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="452"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="453"/>
        <source>&amp;Search tips</source>
        <translation>&amp;Søketips</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="454"/>
        <source>&amp;About Tromsvekst</source>
        <translation>&amp;Om Tromsvekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="455"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="488"/>
        <source>Plans: %1 · Goals: %2 · Documents: %3</source>
        <translation>Planer: %1 · Mål: %2 · Dokumenter: %3</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="497"/>
        <source>the word, also in other forms (klimatilpasningen)</source>
        <translation>ordet, også i andre former (klimatilpasningen)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="498"/>
        <source>pages and goals with both words</source>
        <translation>sider og mål med begge ordene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="499"/>
        <source>the exact phrase</source>
        <translation>nøyaktig denne frasen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="500"/>
        <source>housing OR homes</source>
        <translation>bolig ELLER boliger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="500"/>
        <source>either word</source>
        <translation>ett av ordene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="501"/>
        <source>climate NOT transport</source>
        <translation>klima IKKE transport</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="501"/>
        <source>leave out what contains the word after NOT</source>
        <translation>utelat det som inneholder ordet etter IKKE</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="502"/>
        <source>words that begin with “areal”</source>
        <translation>ord som begynner med «areal»</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="503"/>
        <source>also similar spellings</source>
        <translation>også lignende stavemåter</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="504"/>
        <source>year:2024</source>
        <translation>år:2024</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="504"/>
        <source>only documents that concern the year 2024</source>
        <translation>bare dokumenter som gjelder år 2024</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="513"/>
        <source>Plans in the library</source>
        <translation>Planer i biblioteket</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="516"/>
        <source>No plans are loaded yet.</source>
        <translation>Ingen planer er lastet ennå.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="517"/>
        <source>Search in plans and goals</source>
        <translation>Søk i planer og mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="520"/>
        <source>Type in the field above. Tromsvekst finds pages in the plan documents and goals in the plans, and marks the words it found.</source>
        <translation>Skriv i feltet over. Tromsvekst finner sider i plandokumentene og mål i planene, og markerer ordene den fant.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="719"/>
        <source>The search index is damaged (%1). Rebuild it from your library: your documents are not affected.</source>
        <translation>Søkeindeksen er skadet (%1). Bygg den på nytt fra biblioteket: dokumentene dine berøres ikke.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="752"/>
        <source>This goal is not in the library any more.</source>
        <translation>Dette målet finnes ikke lenger i biblioteket.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="802"/>
        <source>Type in the search field to search only in %1.</source>
        <translation>Skriv i søkefeltet for å søke bare i %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="806"/>
        <source>The search index is not ready yet. It is made when the library is indexed; your search runs as soon as it is ready.</source>
        <translation>Søkeindeksen er ikke klar ennå. Den lages når biblioteket indekseres; søket ditt kjøres så snart den er klar.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="863"/>
        <source>No local PDF for %1.</source>
        <translation>Ingen lokal PDF for %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="936"/>
        <source>&amp;Export hits …</source>
        <translation>&amp;Eksporter treff …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="937"/>
        <source>Copy &amp;citation</source>
        <translation>Kopier &amp;kildehenvisning</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="938"/>
        <source>Sa&amp;ve search …</source>
        <translation>&amp;Lagre søk …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="995"/>
        <source>Search only in this goal</source>
        <translation>Søk bare i dette målet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="997"/>
        <source>Save search here …</source>
        <translation>Lagre søk her …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1013"/>
        <source>No hits to export.</source>
        <translation>Ingen treff å eksportere.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1016"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1026"/>
        <source>Export hits</source>
        <translation>Eksporter treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1016"/>
        <source>hits.csv</source>
        <translation>treff.csv</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1016"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1027"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1031"/>
        <source>%1 hits exported to %2</source>
        <translation>%1 treff eksportert til %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1039"/>
        <source>Choose a hit to cite.</source>
        <translation>Velg et treff å henvise til.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1043"/>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1059"/>
        <source>Type a search first, then save it.</source>
        <translation>Skriv et søk først, og lagre det så.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1061"/>
        <source>Name of the saved search:</source>
        <translation>Navn på det lagrede søket:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1063"/>
        <source>Name of the search saved for %1:</source>
        <translation>Navn på søket som lagres for %1:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1064"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1071"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1080"/>
        <source>Save search</source>
        <translation>Lagre søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1072"/>
        <source>Replace the saved search «%1»?</source>
        <translation>Erstatte det lagrede søket «%1»?</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1083"/>
        <source>Search saved as «%1».</source>
        <translation>Søket er lagret som «%1».</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1099"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1105"/>
        <source>Rename saved search</source>
        <translation>Gi lagret søk nytt navn</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1099"/>
        <source>New name:</source>
        <translation>Nytt navn:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1112"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1119"/>
        <source>Delete saved search</source>
        <translation>Slett lagret søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1112"/>
        <source>Delete the saved search «%1»?</source>
        <translation>Slette det lagrede søket «%1»?</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1127"/>
        <source>Open PDF</source>
        <translation>Åpne PDF</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1127"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1133"/>
        <source>Add a folder to the library</source>
        <translation>Legg til en mappe i biblioteket</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1146"/>
        <source>Offline search in the plan documents of the Tromsø region, beside their goals and strategies.</source>
        <translation>Søk uten nett i Tromsøregionens plandokumenter, side om side med målene og strategiene deres.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1149"/>
        <source>Licence: GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later).</source>
        <translation>Lisens: GNU Affero General Public License, versjon 3 eller senere (AGPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1151"/>
        <source>Built with:</source>
        <translation>Bygd med:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="1164"/>
        <source>About Tromsvekst</source>
        <translation>Om Tromsvekst</translation>
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
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="323"/>
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
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="317"/>
        <source>p. </source>
        <translation>s. </translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="318"/>
        <source>Page number</source>
        <translation>Sidenummer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="319"/>
        <source>Go to page</source>
        <translation>Gå til side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="320"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="321"/>
        <source>More actions</source>
        <translation>Flere handlinger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="322"/>
        <source>This page has no searchable text.</source>
        <translation>Denne siden har ingen søkbar tekst.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="325"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="528"/>
        <source>No document is open.</source>
        <translation>Ingen dokument er åpent.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="361"/>
        <source>Cannot find the file «%1». It may have been moved or deleted.</source>
        <translation>Finner ikke filen «%1». Den kan være flyttet eller slettet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="369"/>
        <source>Cannot open «%1»: %2</source>
        <translation>Kan ikke åpne «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="374"/>
        <source>«%1» is password protected. Open it again and enter the password to read it.</source>
        <translation>«%1» er passordbeskyttet. Åpne den på nytt og skriv inn passordet for å lese den.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="379"/>
        <source>«%1» has no pages.</source>
        <translation>«%1» har ingen sider.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="611"/>
        <source>No other page has hits.</source>
        <translation>Ingen andre sider har treff.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="615"/>
        <source>No hits in this document.</source>
        <translation>Ingen treff i dette dokumentet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="704"/>
        <source>Cannot show page %1: %2</source>
        <translation>Kan ikke vise side %1: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="748"/>
        <source>Copied the text of page %1.</source>
        <translation>Kopierte teksten på side %1.</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="14"/>
        <source>empty file (0 bytes)</source>
        <translation>tom fil (0 byte)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="15"/>
        <source>not a PDF: the file is %1</source>
        <translation>ikke en PDF: filen er %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="16"/>
        <source>password-protected: a password is needed</source>
        <translation>passordbeskyttet: trenger passord</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="17"/>
        <source>wrong password</source>
        <translation>feil passord</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="18"/>
        <source>encrypted with a certificate (public key); cannot be opened</source>
        <translation>kryptert med sertifikat (offentlig nøkkel); kan ikke åpnes</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="19"/>
        <source>damaged PDF: cannot be opened (%1)</source>
        <translation>skadet PDF: kan ikke åpnes (%1)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="20"/>
        <source>damaged or truncated PDF: no readable pages%1</source>
        <translation>skadet eller avkortet PDF: ingen lesbare sider%1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="21"/>
        <source>damaged PDF, repaired when opened: text may be incomplete%1</source>
        <translation>skadet PDF, reparert ved åpning: teksten kan være ufullstendig%1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="22"/>
        <source>no text layer: %1 of %2 pages are images only (scanned?)</source>
        <translation>intet tekstlag: %1 av %2 sider er bare bilder (skannet?)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="23"/>
        <source>no text: %1 of %2 pages are blank</source>
        <translation>ingen tekst: %1 av %2 sider er blanke</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="24"/>
        <source>text could not be read: %1</source>
        <translation>teksten kunne ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="25"/>
        <source>the PDF reader crashed on this file (%1)</source>
        <translation>PDF-leseren krasjet på denne filen (%1)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="26"/>
        <source>took longer than %1 s to read; skipped</source>
        <translation>tok mer enn %1 s å lese; hoppet over</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="27"/>
        <source>cannot be read: %1</source>
        <translation>kan ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="28"/>
        <source>not found</source>
        <translation>finnes ikke</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="33"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="34"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="35"/>
        <source>plain text</source>
        <translation>ren tekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="36"/>
        <source>a JPEG image</source>
        <translation>et JPEG-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="37"/>
        <source>a PNG image</source>
        <translation>et PNG-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="38"/>
        <source>a GIF image</source>
        <translation>et GIF-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="39"/>
        <source>a TIFF image</source>
        <translation>et TIFF-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="40"/>
        <source>an SVG image</source>
        <translation>et SVG-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="41"/>
        <source>an RTF document</source>
        <translation>et RTF-dokument</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="42"/>
        <source>a ZIP/Office file (Word, Excel, OpenDocument...)</source>
        <translation>en ZIP-/Office-fil (Word, Excel, OpenDocument …)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="43"/>
        <source>an old Office file (Word/Excel 97-2003)</source>
        <translation>en gammel Office-fil (Word/Excel 97–2003)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="44"/>
        <source>another format</source>
        <translation>et annet format</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="72"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="73"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="74"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="107"/>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="109"/>
        <source>page %1</source>
        <translation>side %1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="215"/>
        <source>Every file in the library could be read.</source>
        <translation>Alle filene i biblioteket kunne leses.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="219"/>
        <source>These files could not be used, or not completely: %1 in %2.</source>
        <translation>Disse filene kunne ikke brukes, eller ikke helt: %1 i %2.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="220"/>
        <source>%1 problem</source>
        <translation>%1 problem</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="220"/>
        <source>%1 problems</source>
        <translation>%1 problemer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="221"/>
        <source>%1 file</source>
        <translation>%1 fil</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="221"/>
        <source>%1 files</source>
        <translation>%1 filer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="225"/>
        <source>Problems in the library</source>
        <translation>Problemer i biblioteket</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="226"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="227"/>
        <source>Copy the whole list as text</source>
        <translation>Kopier hele listen som tekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="228"/>
        <source>Open folder</source>
        <translation>Åpne mappe</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="229"/>
        <source>Show the selected file&apos;s folder in the file manager</source>
        <translation>Vis mappen til den valgte filen i filbehandleren</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/problems_panel.py" line="230"/>
        <source>Problems</source>
        <translation>Problemer</translation>
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
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="454"/>
        <source>%1 (for %2)</source>
        <translation>%1 (for %2)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="458"/>
        <source>Search only for «%1»</source>
        <translation>Søk bare etter «%1»</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="460"/>
        <source>Also searched for: %1</source>
        <translation>Søkte også etter: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="537"/>
        <source>1 hit</source>
        <translation>1 treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="537"/>
        <source>%1 hits</source>
        <translation>%1 treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="539"/>
        <source>%1, the best %2 shown</source>
        <translation>%1, de %2 beste vises</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="544"/>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="545"/>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="545"/>
        <source>%1 pages</source>
        <translation>%1 sider</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="548"/>
        <source>1 document</source>
        <translation>1 dokument</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="548"/>
        <source>%1 documents</source>
        <translation>%1 dokumenter</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="553"/>
        <source>1 goal</source>
        <translation>1 mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="553"/>
        <source>%1 goals</source>
        <translation>%1 mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="554"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="560"/>
        <source>No hits for «%1»</source>
        <translation>Ingen treff for «%1»</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="564"/>
        <source>Did you mean «%1»?</source>
        <translation>Mente du «%1»?</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="569"/>
        <source>The search is limited to %1.</source>
        <translation>Søket er avgrenset til %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="570"/>
        <source>Search in all documents</source>
        <translation>Søk i alle dokumenter</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="576"/>
        <source>Try fewer or other words, a word with * at the end, or ~ for similar spellings.</source>
        <translation>Prøv færre eller andre ord, et ord med * på slutten, eller ~ for lignende stavemåter.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="578"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="585"/>
        <source>Search tips</source>
        <translation>Søketips</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="584"/>
        <source>This search cannot be run</source>
        <translation>Dette søket kan ikke kjøres</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="612"/>
        <source>Only in: %1</source>
        <translation>Bare i: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="616"/>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="617"/>
        <source>Search in all documents again</source>
        <translation>Søk i alle dokumenter igjen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="618"/>
        <source>Remove the limit</source>
        <translation>Fjern avgrensningen</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPanel</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="73"/>
        <source>Run</source>
        <translation>Kjør</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="74"/>
        <source>Rename …</source>
        <translation>Gi nytt navn …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="75"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="84"/>
        <source>Search: %1</source>
        <translation>Søk: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="88"/>
        <source>Only in: %1</source>
        <translation>Bare i: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="109"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="110"/>
        <source>Saved searches</source>
        <translation>Lagrede søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/saved_searches.py" line="111"/>
        <source>None yet: Ctrl+S saves the current search.</source>
        <translation>Ingen ennå: Ctrl+S lagrer søket du har.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="174"/>
        <source>This folder does not exist (any more).</source>
        <translation>Denne mappen finnes ikke (lenger).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="181"/>
        <source>Add a folder to the library</source>
        <translation>Legg til en mappe i biblioteket</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="195"/>
        <source>Where to keep the index</source>
        <translation>Hvor indeksen skal ligge</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="218"/>
        <source>Settings not saved</source>
        <translation>Innstillingene ble ikke lagret</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="219"/>
        <source>The settings could not be saved to %1:
%2</source>
        <translation>Innstillingene kunne ikke lagres i %1:
%2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="244"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="245"/>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="246"/>
        <source>Library folders</source>
        <translation>Bibliotekmapper</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="247"/>
        <source>Folders with plan documents (PDF) and goal files (YAML)</source>
        <translation>Mapper med plandokumenter (PDF) og målfiler (YAML)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="248"/>
        <source>Add …</source>
        <translation>Legg til …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="249"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="250"/>
        <source>Include the plans that come with Tromsvekst</source>
        <translation>Ta med planene som følger med Tromsvekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="251"/>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="252"/>
        <source>Location:</source>
        <translation>Plassering:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="253"/>
        <source>Index location</source>
        <translation>Indeksens plassering</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="254"/>
        <source>Leave empty for the default location</source>
        <translation>La feltet stå tomt for å bruke standardplasseringen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="255"/>
        <source>Browse …</source>
        <translation>Bla gjennom …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="256"/>
        <source>A new index location is used from the next start of Tromsvekst.</source>
        <translation>En ny plassering for indeksen tas i bruk neste gang Tromsvekst starter.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="257"/>
        <source>Index now</source>
        <translation>Indekser nå</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="258"/>
        <source>Save the settings and read new and changed files</source>
        <translation>Lagre innstillingene og les nye og endrede filer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="259"/>
        <source>Rebuild the index</source>
        <translation>Bygg indeksen på nytt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="261"/>
        <source>Save the settings and read every file again; searching works meanwhile</source>
        <translation>Lagre innstillingene og les alle filene på nytt; søket virker i mellomtiden</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="263"/>
        <source>User interface</source>
        <translation>Brukergrensesnitt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="264"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="265"/>
        <source>A word also finds compounds (forvaltning → besøksforvaltning)</source>
        <translation>Et ord finner også sammensatte ord (forvaltning → besøksforvaltning)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="266"/>
        <source>Language of the user interface</source>
        <translation>Språket i brukergrensesnittet</translation>
    </message>
</context>
</TS>
