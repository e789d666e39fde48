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
    <name>GoalDetail</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="93"/>
        <source>no local PDF</source>
        <translation>ingen lokal PDF</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="96"/>
        <source>p. %1</source>
        <translation>s. %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="104"/>
        <source>In the documents</source>
        <translation>I dokumentene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="112"/>
        <source>Contains</source>
        <translation>Inneholder</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="124"/>
        <source>Related goals</source>
        <translation>Beslektede mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="128"/>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="301"/>
        <source>Search in plans and goals …</source>
        <translation>Søk i planer og mål …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="302"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="304"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="303"/>
        <source>Search in plans and goals (Ctrl+F)</source>
        <translation>Søk i planer og mål (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="305"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="309"/>
        <source>Goals and strategies</source>
        <translation>Mål og strategier</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="306"/>
        <source>Filter …</source>
        <translation>Filtrer …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="307"/>
        <source>Filter goals</source>
        <translation>Filtrer mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="308"/>
        <source>Show only goals whose number, title or text contains this</source>
        <translation>Vis bare mål der nummer, tittel eller tekst inneholder dette</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="311"/>
        <source>Expand all</source>
        <translation>Utvid alle</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="312"/>
        <source>Collapse all</source>
        <translation>Fold sammen alle</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="316"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="494"/>
        <source>Hits</source>
        <translation>Treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="317"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="318"/>
        <source>Choose a goal in the tree or a hit in the list to see it here.</source>
        <translation>Velg et mål i treet eller et treff i listen for å se det her.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="320"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="321"/>
        <source>&amp;Open PDF …</source>
        <translation>&amp;Åpne PDF …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="322"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="323"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="324"/>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="325"/>
        <source>&amp;Filter goals</source>
        <translation>&amp;Filtrer mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="326"/>
        <source>&amp;Preferences …</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="327"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="328"/>
        <source>&amp;Goals and strategies</source>
        <translation>&amp;Mål og strategier</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="329"/>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="330"/>
        <source>&amp;Expand all goals</source>
        <translation>&amp;Utvid alle mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="331"/>
        <source>&amp;Collapse all goals</source>
        <translation>&amp;Fold sammen alle mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="332"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="333"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="334"/>
        <source>&amp;Add folder …</source>
        <translation>&amp;Legg til mappe …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="335"/>
        <source>&amp;Rebuild index</source>
        <translation>&amp;Bygg indeksen på nytt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="336"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="337"/>
        <source>&amp;Search tips</source>
        <translation>&amp;Søketips</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="338"/>
        <source>&amp;About Tromsvekst</source>
        <translation>&amp;Om Tromsvekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="339"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="366"/>
        <source>Plans: %1 · Goals: %2 · Documents: %3</source>
        <translation>Planer: %1 · Mål: %2 · Dokumenter: %3</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="375"/>
        <source>the word, also in other forms (klimatilpasningen)</source>
        <translation>ordet, også i andre former (klimatilpasningen)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="376"/>
        <source>pages and goals with both words</source>
        <translation>sider og mål med begge ordene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="377"/>
        <source>the exact phrase</source>
        <translation>nøyaktig denne frasen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="378"/>
        <source>housing OR homes</source>
        <translation>bolig ELLER boliger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="378"/>
        <source>either word</source>
        <translation>ett av ordene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="379"/>
        <source>climate NOT transport</source>
        <translation>klima IKKE transport</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="379"/>
        <source>leave out what contains the word after NOT</source>
        <translation>utelat det som inneholder ordet etter IKKE</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="380"/>
        <source>words that begin with “areal”</source>
        <translation>ord som begynner med «areal»</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="381"/>
        <source>also similar spellings</source>
        <translation>også lignende stavemåter</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="382"/>
        <source>year:2024</source>
        <translation>år:2024</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="382"/>
        <source>only documents that concern the year 2024</source>
        <translation>bare dokumenter som gjelder år 2024</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="391"/>
        <source>Plans in the library</source>
        <translation>Planer i biblioteket</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="394"/>
        <source>No plans are loaded yet.</source>
        <translation>Ingen planer er lastet ennå.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="395"/>
        <source>Search in plans and goals</source>
        <translation>Søk i planer og mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="398"/>
        <source>Type in the field above. Tromsvekst finds pages in the plan documents and goals in the plans, and marks the words it found.</source>
        <translation>Skriv i feltet over. Tromsvekst finner sider i plandokumentene og mål i planene, og markerer ordene den fant.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="513"/>
        <source>No local PDF for %1.</source>
        <translation>Ingen lokal PDF for %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="580"/>
        <source>Open PDF</source>
        <translation>Åpne PDF</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="580"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="586"/>
        <source>Add a folder to the library</source>
        <translation>Legg til en mappe i biblioteket</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="599"/>
        <source>Offline search in the plan documents of the Tromsø region, beside their goals and strategies.</source>
        <translation>Søk uten nett i Tromsøregionens plandokumenter, side om side med målene og strategiene deres.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="602"/>
        <source>Licence: GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later).</source>
        <translation>Lisens: GNU Affero General Public License, versjon 3 eller senere (AGPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="604"/>
        <source>Built with:</source>
        <translation>Bygd med:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="617"/>
        <source>About Tromsvekst</source>
        <translation>Om Tromsvekst</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="63"/>
        <source>Wrong password. Try again for «%1»:</source>
        <translation>Feil passord. Prøv igjen for «%1»:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="65"/>
        <source>«%1» is password protected. Password:</source>
        <translation>«%1» er passordbeskyttet. Passord:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="67"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="272"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="273"/>
        <source>Next page</source>
        <translation>Neste side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="274"/>
        <source>First page</source>
        <translation>Første side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="275"/>
        <source>Last page</source>
        <translation>Siste side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="276"/>
        <source>Previous page with hits</source>
        <translation>Forrige side med treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="277"/>
        <source>Next page with hits</source>
        <translation>Neste side med treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="278"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="279"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="280"/>
        <source>Fit width</source>
        <translation>Tilpass bredden</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="281"/>
        <source>Fit page</source>
        <translation>Tilpass siden</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="282"/>
        <source>Copy page text</source>
        <translation>Kopier sidetekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="283"/>
        <source>Open in system viewer</source>
        <translation>Åpne i systemvisning</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="291"/>
        <source>p. </source>
        <translation>s. </translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="292"/>
        <source>Page number</source>
        <translation>Sidenummer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="293"/>
        <source>Go to page</source>
        <translation>Gå til side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="294"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="295"/>
        <source>More actions</source>
        <translation>Flere handlinger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="296"/>
        <source>This page has no searchable text.</source>
        <translation>Denne siden har ingen søkbar tekst.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="298"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="396"/>
        <source>No document is open.</source>
        <translation>Ingen dokument er åpent.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="333"/>
        <source>Cannot find the file «%1». It may have been moved or deleted.</source>
        <translation>Finner ikke filen «%1». Den kan være flyttet eller slettet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="341"/>
        <source>Cannot open «%1»: %2</source>
        <translation>Kan ikke åpne «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="346"/>
        <source>«%1» is password protected. Open it again and enter the password to read it.</source>
        <translation>«%1» er passordbeskyttet. Åpne den på nytt og skriv inn passordet for å lese den.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="351"/>
        <source>«%1» has no pages.</source>
        <translation>«%1» har ingen sider.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="478"/>
        <source>No other page has hits.</source>
        <translation>Ingen andre sider har treff.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="482"/>
        <source>No hits in this document.</source>
        <translation>Ingen treff i dette dokumentet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="572"/>
        <source>Cannot show page %1: %2</source>
        <translation>Kan ikke vise side %1: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="616"/>
        <source>Copied the text of page %1.</source>
        <translation>Kopierte teksten på side %1.</translation>
    </message>
</context>
</TS>
