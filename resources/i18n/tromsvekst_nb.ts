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
    <name>DetailsController</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/details.py" line="113"/>
        <source>No local PDF for %1.</source>
        <translation>Ingen lokal PDF for %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/details.py" line="158"/>
        <source>This goal is not in the library any more.</source>
        <translation>Dette målet finnes ikke lenger i biblioteket.</translation>
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
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="115"/>
        <source>Search only in these documents</source>
        <translation>Søk bare i disse dokumentene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="123"/>
        <source>Limit the search to the documents this goal links to: %1</source>
        <translation>Avgrens søket til dokumentene dette målet peker til: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="125"/>
        <source>This goal links to no documents.</source>
        <translation>Dette målet peker ikke til noe dokument.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="163"/>
        <source>no local PDF</source>
        <translation>ingen lokal PDF</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="166"/>
        <source>p. %1</source>
        <translation>s. %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="174"/>
        <source>In the documents</source>
        <translation>I dokumentene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="182"/>
        <source>Contains</source>
        <translation>Inneholder</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="194"/>
        <source>Related goals</source>
        <translation>Beslektede mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="206"/>
        <source>Saved searches for this goal</source>
        <translation>Lagrede søk for dette målet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="210"/>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
</context>
<context>
    <name>GoalImportDialog</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="272"/>
        <source>Choose a table or a PDF</source>
        <translation>Velg en tabell eller en PDF</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="274"/>
        <source>Tables and PDFs (%1)</source>
        <translation>Tabeller og PDF-er (%1)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="283"/>
        <source>Choose a table of the plans</source>
        <translation>Velg en tabell over planene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="283"/>
        <source>Tables (%1)</source>
        <translation>Tabeller (%1)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="293"/>
        <source>Save the goals in</source>
        <translation>Lagre målene i</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="311"/>
        <source>Reading …</source>
        <translation>Leser …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="388"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="464"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="739"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="504"/>
        <source>Choose a table (CSV, Excel, JSON) or a plan PDF.</source>
        <translation>Velg en tabell (CSV, Excel, JSON) eller en plan som PDF.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="507"/>
        <source>Plans: %1 · Goals: %2</source>
        <translation>Planer: %1 · Mål: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="519"/>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="521"/>
        <source>Problems (%1)</source>
        <translation>Problemer (%1)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="625"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="627"/>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="656"/>
        <source>There is no goal above it to move it under.</source>
        <translation>Det er ikke noe mål over å flytte det inn under.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="668"/>
        <source>The goal is already at the top level.</source>
        <translation>Målet er allerede på øverste nivå.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="695"/>
        <source>Choose the folder to save the goals in.</source>
        <translation>Velg mappen målene skal lagres i.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="701"/>
        <source>Saving …</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="714"/>
        <source>Nothing was saved:</source>
        <translation>Ingenting ble lagret:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="725"/>
        <source>Import goals</source>
        <translation>Importer mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="726"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="728"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="730"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="763"/>
        <source>Choose …</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="729"/>
        <source>Plans table (optional):</source>
        <translation>Plantabell (valgfri):</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="731"/>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="733"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="734"/>
        <source>Parent</source>
        <translation>Overordnet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="735"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="749"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="736"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="749"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="737"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="738"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="740"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="741"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="749"/>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="742"/>
        <source>Tags</source>
        <translation>Emneknagger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="746"/>
        <source>Names of level codes</source>
        <translation>Navn på nivåkoder</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="747"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="747"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="748"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="749"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="750"/>
        <source>Add goal</source>
        <translation>Legg til mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="751"/>
        <source>Add a goal under the selected one</source>
        <translation>Legg til et mål under det valgte</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="752"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="753"/>
        <source>Merge with the one above</source>
        <translation>Slå sammen med målet over</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="754"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="755"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="757"/>
        <source>Move under the goal above</source>
        <translation>Flytt inn under målet over</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="759"/>
        <source>Move out of its parent</source>
        <translation>Flytt ut av det overordnede målet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="760"/>
        <source>Double-click a title or level to change it; drag a goal to move it.</source>
        <translation>Dobbeltklikk på en tittel eller et nivå for å endre det; dra et mål for å flytte det.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="761"/>
        <source>Save in &amp;folder:</source>
        <translation>Lagre i &amp;mappe:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_import_dialog.py" line="764"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>GoalPickerDialog</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_picker.py" line="95"/>
        <source>Choose a goal</source>
        <translation>Velg et mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_picker.py" line="96"/>
        <source>Filter …</source>
        <translation>Filtrer …</translation>
    </message>
</context>
<context>
    <name>GoalTools</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="95"/>
        <source>Import &amp;goals …</source>
        <translation>Importer &amp;mål …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="96"/>
        <source>Export goa&amp;ls …</source>
        <translation>Eksporter må&amp;l …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="97"/>
        <source>Link this page to a goal …</source>
        <translation>Knytt siden til mål …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="130"/>
        <source>Imported into %3 (plans: %1, goals: %2)</source>
        <translation>Importert til %3 (planer: %1, mål: %2)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="152"/>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="163"/>
        <source>Export goals</source>
        <translation>Eksporter mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="152"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-tabell (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="164"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="169"/>
        <source>Goals exported to %1</source>
        <translation>Målene er eksportert til %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="184"/>
        <source>Link this page to a goal</source>
        <translation>Knytt siden til mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="185"/>
        <source>Only pages of documents in the catalogue can be linked to goals.</source>
        <translation>Bare sider i dokumenter som står i katalogen, kan knyttes til mål.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="192"/>
        <source>Which goal does page %1 of «%2» belong to?</source>
        <translation>Hvilket mål hører side %1 i «%2» til?</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="228"/>
        <source>Its folder is offline: it can be changed when the folder is back</source>
        <translation>Mappen er frakoblet: målet kan endres når mappen er tilbake</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="232"/>
        <source>Open the goal file in your editor</source>
        <translation>Åpne målfilen i redigeringsprogrammet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="233"/>
        <source>Written by hand: the app does not rewrite it, so its comments stay</source>
        <translation>Skrevet for hånd: appen skriver den ikke om, så kommentarene blir stående</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="238"/>
        <source>Add a goal under it …</source>
        <translation>Legg til et mål under …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="242"/>
        <source>Rename …</source>
        <translation>Gi nytt navn …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="243"/>
        <source>Edit text …</source>
        <translation>Rediger teksten …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="244"/>
        <source>Set level …</source>
        <translation>Endre nivå …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="245"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="246"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="247"/>
        <source>Move under another goal …</source>
        <translation>Flytt inn under et annet mål …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="248"/>
        <source>Delete …</source>
        <translation>Slett …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="285"/>
        <source>The folder %1 is offline, so «%2» is shown as it was when the folder was last indexed. The goal can be changed when the folder is back.</source>
        <translation>Mappen %1 er frakoblet, så «%2» vises slik det var da mappen sist ble indeksert. Målet kan endres når mappen er tilbake.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="296"/>
        <source>Add a goal</source>
        <translation>Legg til et mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="296"/>
        <source>Title of the new goal:</source>
        <translation>Tittel på det nye målet:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="302"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="317"/>
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="317"/>
        <source>Title:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="326"/>
        <source>Edit text</source>
        <translation>Rediger teksten</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="326"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="338"/>
        <source>Set level</source>
        <translation>Endre nivå</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="338"/>
        <source>Level:</source>
        <translation>Nivå:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="351"/>
        <source>Move «%1» under which goal? (Choose the plan for its top level.)</source>
        <translation>Flytte «%1» inn under hvilket mål? (Velg planen for å legge det på øverste nivå.)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="373"/>
        <source>Delete «%1»?</source>
        <translation>Slette «%1»?</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="375"/>
        <source>The %1 goals under it are deleted too.</source>
        <translation>De %1 målene under slettes også.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="376"/>
        <source>Delete goal</source>
        <translation>Slett mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="283"/>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="382"/>
        <source>The goal was not changed</source>
        <translation>Målet ble ikke endret</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/goal_tools.py" line="385"/>
        <source>Open in your editor</source>
        <translation>Åpne i redigeringsprogrammet</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/workers/indexer.py" line="321"/>
        <source>Indexing stopped: the indexing process ended unexpectedly (exit code %1). Searching uses the index as it was before this update.</source>
        <translation>Indekseringen stoppet: indekseringsprosessen avsluttet uventet (avslutningskode %1). Søket bruker indeksen slik den var før denne oppdateringen.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/workers/indexer.py" line="328"/>
        <source>Another Tromsvekst window is updating the index. Searching uses the index as it is; try again when the other one has finished.</source>
        <translation>Et annet Tromsvekst-vindu oppdaterer indeksen. Søket bruker indeksen slik den er; prøv igjen når det andre vinduet er ferdig.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/workers/indexer.py" line="334"/>
        <source>The index could not be updated: %1 (%2)</source>
        <translation>Indeksen kunne ikke oppdateres: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/workers/indexer.py" line="343"/>
        <source>Indexing stopped because of an unexpected error: %1</source>
        <translation>Indekseringen stoppet på grunn av en uventet feil: %1</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="200"/>
        <source>Text recognition stopped. The pages recognised so far are searchable; the rest follow on the next run.</source>
        <translation>Tekstgjenkjenningen ble stoppet. Sidene som er gjenkjent så langt, er søkbare; resten tas ved neste oppdatering.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="280"/>
        <source>Text recognition: page %1 of %2</source>
        <translation>Tekstgjenkjenning: side %1 av %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="205"/>
        <source>Indexing cancelled. Searching uses the index as it was.</source>
        <translation>Indekseringen ble avbrutt. Søket bruker indeksen slik den var.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="231"/>
        <source>Cancelling …</source>
        <translation>Avbryter …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="241"/>
        <source>Looking for changes in the library …</source>
        <translation>Ser etter endringer i biblioteket …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="244"/>
        <source>Waiting for another window that is updating the index …</source>
        <translation>Venter på et annet vindu som oppdaterer indeksen …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="254"/>
        <source>Saving the index …</source>
        <translation>Lagrer indeksen …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="266"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="299"/>
        <source>%1 page</source>
        <translation>%1 side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="266"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="299"/>
        <source>%1 pages</source>
        <translation>%1 sider</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="269"/>
        <source>%1 pages/s</source>
        <translation>%1 sider/s</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="291"/>
        <source>about %1 s left</source>
        <translation>ca. %1 s igjen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="292"/>
        <source>about %1 min left</source>
        <translation>ca. %1 min igjen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="262"/>
        <source>Indexing %1/%2 PDF files</source>
        <translation>Indekserer %1/%2 PDF-filer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="298"/>
        <source>%1 PDF file</source>
        <translation>%1 PDF-fil</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="298"/>
        <source>%1 PDF files</source>
        <translation>%1 PDF-filer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="301"/>
        <source>The index is up to date: %1, %2</source>
        <translation>Indeksen er oppdatert: %1, %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="306"/>
        <source>%1 problem</source>
        <translation>%1 problem</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="306"/>
        <source>%1 problems</source>
        <translation>%1 problemer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="309"/>
        <source>Show the files that could not be indexed, and why</source>
        <translation>Vis filene som ikke kunne indekseres, og hvorfor</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="312"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="313"/>
        <source>Stop indexing; the index stays as it was</source>
        <translation>Stopp indekseringen; indeksen blir som den var</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/index_status.py" line="314"/>
        <source>Indexing progress</source>
        <translation>Fremdrift for indekseringen</translation>
    </message>
</context>
<context>
    <name>LibraryCounts</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/library_counts.py" line="33"/>
        <source>%1 plan</source>
        <translation>%1 plan</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/library_counts.py" line="33"/>
        <source>%1 plans</source>
        <translation>%1 planer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/library_counts.py" line="34"/>
        <source>%1 goal</source>
        <translation>%1 mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/library_counts.py" line="34"/>
        <source>%1 goals</source>
        <translation>%1 mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/library_counts.py" line="37"/>
        <source>%1 document in the catalogue</source>
        <translation>%1 dokument i katalogen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/library_counts.py" line="38"/>
        <source>%1 documents in the catalogue</source>
        <translation>%1 dokumenter i katalogen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/library_counts.py" line="45"/>
        <source>The plans and goals of the goal files, and the plan documents the catalogue lists (with or without a PDF here)</source>
        <translation>Planene og målene i målfilene, og plandokumentene som katalogen lister opp (med eller uten PDF her)</translation>
    </message>
</context>
<context>
    <name>LibraryTools</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/library_wiring.py" line="194"/>
        <source>Choose a folder for the search index</source>
        <translation>Velg en mappe for søkeindeksen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/library_wiring.py" line="206"/>
        <source>Tromsvekst cannot write in %1 (%2). Choose another folder.</source>
        <translation>Tromsvekst kan ikke skrive i %1 (%2). Velg en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/library_wiring.py" line="264"/>
        <source>Add a folder to the library</source>
        <translation>Legg til en mappe i biblioteket</translation>
    </message>
</context>
<context>
    <name>LinkingGoalsPanel</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="279"/>
        <source>Goals that point here</source>
        <translation>Mål som peker hit</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/goal_detail.py" line="284"/>
        <source>No goal links to this page.</source>
        <translation>Ingen mål peker til denne siden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="400"/>
        <source>Page viewer</source>
        <translation>Sidevisning</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="587"/>
        <source>Clear the search field</source>
        <translation>Tøm søkefeltet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="402"/>
        <source>Clear the filter</source>
        <translation>Tøm filteret</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="403"/>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="407"/>
        <source>Goals and strategies</source>
        <translation>Mål og strategier</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="404"/>
        <source>Filter …</source>
        <translation>Filtrer …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="405"/>
        <source>Filter goals</source>
        <translation>Filtrer mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="406"/>
        <source>Show only goals whose number, title or text contains this</source>
        <translation>Vis bare mål der nummer, tittel eller tekst inneholder dette</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="409"/>
        <source>Expand all</source>
        <translation>Utvid alle</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="410"/>
        <source>Collapse all</source>
        <translation>Fold sammen alle</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="414"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="415"/>
        <source>Choose a goal in the tree or a hit in the list to see it here.</source>
        <translation>Velg et mål i treet eller et treff i listen for å se det her.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="417"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="418"/>
        <source>&amp;Open PDF …</source>
        <translation>&amp;Åpne PDF …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="420"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="421"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="422"/>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="423"/>
        <source>&amp;Filter goals</source>
        <translation>&amp;Filtrer mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="426"/>
        <source>&amp;Preferences …</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="427"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="428"/>
        <source>&amp;Goals and strategies</source>
        <translation>&amp;Mål og strategier</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="429"/>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="430"/>
        <source>&amp;Expand all goals</source>
        <translation>&amp;Utvid alle mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="431"/>
        <source>&amp;Collapse all goals</source>
        <translation>&amp;Fold sammen alle mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="432"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="433"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="434"/>
        <source>&amp;Add folder …</source>
        <translation>&amp;Legg til mappe …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="435"/>
        <source>&amp;Update index</source>
        <translation>&amp;Oppdater indeksen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="436"/>
        <source>&amp;Rebuild index</source>
        <translation>&amp;Bygg indeksen på nytt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="437"/>
        <source>&amp;Problems in the library …</source>
        <translation>&amp;Problemer i biblioteket …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="438"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="439"/>
        <source>&amp;Search tips</source>
        <translation>&amp;Søketips</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="440"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="441"/>
        <source>&amp;About Tromsvekst</source>
        <translation>&amp;Om Tromsvekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="442"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="419"/>
        <source>&amp;Export hits …</source>
        <translation>&amp;Eksporter treff …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="424"/>
        <source>Copy &amp;citation</source>
        <translation>Kopier &amp;kildehenvisning</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="425"/>
        <source>Sa&amp;ve search …</source>
        <translation>&amp;Lagre søk …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="519"/>
        <source>Open PDF</source>
        <translation>Åpne PDF</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="519"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="539"/>
        <source>Offline search in the plan documents of the Tromsø region, beside their goals and strategies.</source>
        <translation>Søk uten nett i Tromsøregionens plandokumenter, side om side med målene og strategiene deres.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="542"/>
        <source>Licence: GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later).</source>
        <translation>Lisens: GNU Affero General Public License, versjon 3 eller senere (AGPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="544"/>
        <source>Built with:</source>
        <translation>Bygd med:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="557"/>
        <source>About Tromsvekst</source>
        <translation>Om Tromsvekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="585"/>
        <source>Next or previous part: search, hits per plan, hits, page, goals</source>
        <translation>Neste eller forrige del: søk, treff per plan, treff, side, mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="586"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="586"/>
        <source>In the search field: search at once. On a hit or goal: open it</source>
        <translation>I søkefeltet: søk med en gang. På et treff eller mål: åpne det</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="587"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="588"/>
        <source>Previous, next, first or last hit</source>
        <translation>Forrige, neste, første eller siste treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="589"/>
        <source>Recent searches</source>
        <translation>Siste søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="590"/>
        <source>Menu key</source>
        <translation>Menytasten</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="590"/>
        <source>The menu of a hit or a goal</source>
        <translation>Menyen for et treff eller et mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="591"/>
        <source>Next or previous page with hits</source>
        <translation>Neste eller forrige side med treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="595"/>
        <source>Moving about</source>
        <translation>Flytte seg rundt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="596"/>
        <source>Menus</source>
        <translation>Menyer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/main_window.py" line="597"/>
        <source>The page</source>
        <translation>Siden</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/offline.py" line="26"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/offline.py" line="31"/>
        <source>d MMM &apos;at&apos; HH:mm</source>
        <translation>d. MMM &apos;kl.&apos; HH.mm</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/offline.py" line="41"/>
        <source>Offline: %1 – showing the content as it was when last indexed</source>
        <translation>Frakoblet: %1 – viser innholdet slik det var ved siste indeksering</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/offline.py" line="45"/>
        <source>Offline: %1 – showing the content as it was when indexed %2</source>
        <translation>Frakoblet: %1 – viser innholdet slik det var ved indeksering %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/offline.py" line="54"/>
        <source>%1: %2, since %3</source>
        <translation>%1: %2, siden %3</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/offline.py" line="64"/>
        <source>Showing the local copy from %1 – the original is not available</source>
        <translation>Viser lokal kopi fra %1 – originalen er ikke tilgjengelig</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/offline.py" line="111"/>
        <source>Offline: %1 folders – showing their content as it was when last indexed</source>
        <translation>Frakoblet: %1 mapper – viser innholdet slik det var ved siste indeksering</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="909"/>
        <source>Recognised text (OCR), %1 known words: the marks show where the words were recognised.</source>
        <translation>Gjenkjent tekst (OCR), %1 kjente ord: merkingen viser hvor ordene ble gjenkjent.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="83"/>
        <source>Wrong password. Try again for «%1»:</source>
        <translation>Feil passord. Prøv igjen for «%1»:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="85"/>
        <source>«%1» is password protected. Password:</source>
        <translation>«%1» er passordbeskyttet. Passord:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="87"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="333"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="334"/>
        <source>Next page</source>
        <translation>Neste side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="335"/>
        <source>First page</source>
        <translation>Første side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="336"/>
        <source>Last page</source>
        <translation>Siste side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="337"/>
        <source>Previous page with hits</source>
        <translation>Forrige side med treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="338"/>
        <source>Next page with hits</source>
        <translation>Neste side med treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="339"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="340"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="341"/>
        <source>Fit width</source>
        <translation>Tilpass bredden</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="342"/>
        <source>Fit page</source>
        <translation>Tilpass siden</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="343"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="360"/>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="344"/>
        <source>Copy page text</source>
        <translation>Kopier sidetekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="345"/>
        <source>Open in system viewer</source>
        <translation>Åpne i systemvisning</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="354"/>
        <source>p. </source>
        <translation>s. </translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="355"/>
        <source>Page number</source>
        <translation>Sidenummer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="356"/>
        <source>Go to page</source>
        <translation>Gå til side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="357"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="358"/>
        <source>More actions</source>
        <translation>Flere handlinger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="408"/>
        <source>«%1» cannot be read, and its local copy was damaged and has been removed. A new copy is made when the original can be read again.</source>
        <translation>«%1» kan ikke leses, og den lokale kopien var skadet og er fjernet. En ny kopi lages når originalen kan leses igjen.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="422"/>
        <source>Cannot open «%1».</source>
        <translation>Kan ikke åpne «%1».</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="913"/>
        <source>This page has no searchable text.</source>
        <translation>Denne siden har ingen søkbar tekst.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="362"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="607"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="1003"/>
        <source>No document is open.</source>
        <translation>Ingen dokument er åpent.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="417"/>
        <source>Cannot find the file «%1». It may have been moved or deleted.</source>
        <translation>Finner ikke filen «%1». Den kan være flyttet eller slettet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="458"/>
        <source>Cannot open «%1»: %2</source>
        <translation>Kan ikke åpne «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="427"/>
        <source>«%1» is password protected. Open it again and enter the password to read it.</source>
        <translation>«%1» er passordbeskyttet. Åpne den på nytt og skriv inn passordet for å lese den.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="432"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="465"/>
        <source>«%1» has no pages.</source>
        <translation>«%1» har ingen sider.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="718"/>
        <source>No other page has hits.</source>
        <translation>Ingen andre sider har treff.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="728"/>
        <source>No hits in this document.</source>
        <translation>Ingen treff i dette dokumentet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="891"/>
        <source>Cannot show page %1: %2</source>
        <translation>Kan ikke vise side %1: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="951"/>
        <source>Copied the text of page %1.</source>
        <translation>Kopierte teksten på side %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/pdf_viewer.py" line="1005"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="28"/>
        <source>no text layer: %1 of %2 pages are images only (scanned?); text recognition found no readable text either</source>
        <translation>intet tekstlag: %1 av %2 sider er bare bilder (skannet?); tekstgjenkjenningen fant heller ingen lesbar tekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="33"/>
        <source>no text layer: %1 of %2 pages are images only (scanned?); text recognition (OCR) needs Tesseract&apos;s Norwegian language file nor.traineddata: install tesseract-ocr-nor (Debian/Ubuntu), `brew install tesseract-lang` (macOS) or Tesseract with Norwegian from UB Mannheim (Windows), or set TESSDATA_PREFIX to its folder</source>
        <translation>intet tekstlag: %1 av %2 sider er bare bilder (skannet?); tekstgjenkjenning (OCR) trenger Tesseracts norske språkfil nor.traineddata: installer tesseract-ocr-nor (Debian/Ubuntu), «brew install tesseract-lang» (macOS) eller Tesseract med norsk fra UB Mannheim (Windows), eller sett TESSDATA_PREFIX til mappen den ligger i</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="40"/>
        <source>text recognition took longer than %1 s; skipped</source>
        <translation>tekstgjenkjenningen tok mer enn %1 s; hoppet over</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="41"/>
        <source>text recognition crashed on this page (%1)</source>
        <translation>tekstgjenkjenningen krasjet på denne siden (%1)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="42"/>
        <source>text recognition needed more than %1 MB of memory; skipped</source>
        <translation>tekstgjenkjenningen trengte mer enn %1 MB minne; hoppet over</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="43"/>
        <source>text recognition failed: %1</source>
        <translation>tekstgjenkjenningen mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="44"/>
        <source>text recognition found no readable text (%1 known words: a photo, a drawing, upside down?)</source>
        <translation>tekstgjenkjenningen fant ingen lesbar tekst (%1 kjente ord: et bilde, en tegning, opp ned?)</translation>
    </message>
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
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="48"/>
        <source>no text: %1 of %2 pages are blank</source>
        <translation>ingen tekst: %1 av %2 sider er blanke</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="49"/>
        <source>text could not be read: %1</source>
        <translation>teksten kunne ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="50"/>
        <source>the PDF reader crashed on this file (%1)</source>
        <translation>PDF-leseren krasjet på denne filen (%1)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="51"/>
        <source>took longer than %1 s to read; skipped</source>
        <translation>tok mer enn %1 s å lese; hoppet over</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="52"/>
        <source>cannot be read: %1</source>
        <translation>kan ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="53"/>
        <source>not found</source>
        <translation>finnes ikke</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="54"/>
        <source>truncated or incomplete PDF: the end of the file is missing</source>
        <translation>avkortet eller ufullstendig PDF: slutten av filen mangler</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="55"/>
        <source>truncated or incomplete PDF: the end of the file is missing; text may be incomplete</source>
        <translation>avkortet eller ufullstendig PDF: slutten av filen mangler; teksten kan være ufullstendig</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="59"/>
        <source>%1; the last readable version, from %2, is kept</source>
        <translation>%1; siste lesbare versjon fra %2 beholdes</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="60"/>
        <source>the file on disk is incomplete: the end of the PDF is missing</source>
        <translation>filen på disken er ufullstendig: slutten av PDF-en mangler</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="61"/>
        <source>the file on disk is incomplete: it is empty (0 bytes; a cloud file not downloaded?)</source>
        <translation>filen på disken er ufullstendig: den er tom (0 byte; en skyfil som ikke er lastet ned?)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="64"/>
        <source>cannot be read: its folder cannot be listed</source>
        <translation>kan ikke leses: mappen den ligger i, kan ikke leses</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="66"/>
        <source>permission denied</source>
        <translation>ingen tilgang</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="67"/>
        <source>no longer a folder</source>
        <translation>er ikke lenger en mappe</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="68"/>
        <source>none of the %1 files indexed from it is there (an unmounted drive or share?)</source>
        <translation>ingen av de %1 indekserte filene derfra finnes (en frakoblet disk eller nettverksmappe?)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="72"/>
        <source>has %1 cells but the header %2: the extra cells are ignored</source>
        <translation>har %1 celler, men overskriftsraden %2: de overtallige cellene er utelatt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="73"/>
        <source>is not an object but %1: skipped</source>
        <translation>er ikke et objekt, men %1: hoppet over</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="74"/>
        <source>no title column: name it with --map title=COLUMN (the columns: %1)</source>
        <translation>ingen tittelkolonne: velg den under Kolonner (kolonnene: %1)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="75"/>
        <source>the table has no rows below its header</source>
        <translation>tabellen har ingen rader under overskriftsraden</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="76"/>
        <source>id &apos;%1&apos; is also on row %2: row left out</source>
        <translation>id-en «%1» står også på rad %2: raden er utelatt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="77"/>
        <source>goal &apos;%1&apos; has no title: row left out</source>
        <translation>målet «%1» har ingen tittel: raden er utelatt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="78"/>
        <source>the row has no title: row left out</source>
        <translation>raden har ingen tittel: raden er utelatt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="79"/>
        <source>&apos;%1&apos; has no id: row left out</source>
        <translation>«%1» har ingen id: raden er utelatt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="80"/>
        <source>document &apos;%1&apos; is not a catalogue id: link left out</source>
        <translation>«%1» er ikke en dokument-id fra katalogen: lenken er utelatt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="81"/>
        <source>unknown document &apos;%1&apos; (not in the catalogue): link left out</source>
        <translation>ukjent dokument «%1» (ikke i katalogen): lenken er utelatt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="82"/>
        <source>page &apos;%1&apos; is not a page number: page left out</source>
        <translation>«%1» er ikke et sidetall: siden er utelatt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="83"/>
        <source>&apos;%1&apos; names itself as its parent: placed at the top level</source>
        <translation>«%1» er sitt eget overordnede mål: lagt på øverste nivå</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="84"/>
        <source>its parent (row %1) was left out: placed at the top level</source>
        <translation>det overordnede målet (rad %1) er utelatt: lagt på øverste nivå</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="85"/>
        <source>parent &apos;%1&apos; not found: placed at the top level</source>
        <translation>fant ikke det overordnede målet «%1»: lagt på øverste nivå</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="86"/>
        <source>the parents form a cycle (rows %1): this row placed at the top level</source>
        <translation>de overordnede målene går i ring (rad %1): denne raden er lagt på øverste nivå</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="87"/>
        <source>&apos;%1&apos; belongs to no plan: row left out</source>
        <translation>«%1» hører ikke til noen plan: raden er utelatt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="88"/>
        <source>related goal &apos;%1&apos; not found: left out</source>
        <translation>fant ikke det relaterte målet «%1»: utelatt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="89"/>
        <source>same title as row %1 under the same parent: both kept</source>
        <translation>samme tittel som rad %1 under samme overordnede mål: begge er tatt med</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="90"/>
        <source>page %1 names no document (no document column): page left out</source>
        <translation>side %1 viser ikke til noe dokument (ingen dokumentkolonne): siden er utelatt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="91"/>
        <source>%1: the table is empty</source>
        <translation>%1: tabellen er tom</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="92"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: kan ikke lese filen: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="93"/>
        <source>%1: not a readable Excel workbook (%2)</source>
        <translation>%1: ikke en lesbar Excel-arbeidsbok (%2)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="94"/>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: ikke gyldig JSON: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="95"/>
        <source>%1: expected an array of objects (one per goal)</source>
        <translation>%1: ventet en liste med objekter (ett per mål)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="96"/>
        <source>%1: cannot open the PDF (%2)</source>
        <translation>%1: kan ikke åpne PDF-en (%2)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="97"/>
        <source>%1: the PDF is password-protected</source>
        <translation>%1: PDF-en er passordbeskyttet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="98"/>
        <source>%1: the PDF has no text layer (scanned?)</source>
        <translation>%1: PDF-en har ikke noe tekstlag (skannet?)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="99"/>
        <source>%1: found no outline, numbered headings or lists of goals</source>
        <translation>%1: fant ingen innholdsfortegnelse, nummererte overskrifter eller lister med mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="100"/>
        <source>%1: the file would not load</source>
        <translation>%1: filen ville ikke la seg laste</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="101"/>
        <source>cannot write to %1: %2</source>
        <translation>kan ikke skrive til %1: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="106"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="107"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="108"/>
        <source>plain text</source>
        <translation>ren tekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="109"/>
        <source>a JPEG image</source>
        <translation>et JPEG-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="110"/>
        <source>a PNG image</source>
        <translation>et PNG-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="111"/>
        <source>a GIF image</source>
        <translation>et GIF-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="112"/>
        <source>a TIFF image</source>
        <translation>et TIFF-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="113"/>
        <source>an SVG image</source>
        <translation>et SVG-bilde</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="114"/>
        <source>an RTF document</source>
        <translation>et RTF-dokument</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="115"/>
        <source>a ZIP/Office file (Word, Excel, OpenDocument...)</source>
        <translation>en ZIP-/Office-fil (Word, Excel, OpenDocument …)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="116"/>
        <source>an old Office file (Word/Excel 97-2003)</source>
        <translation>en gammel Office-fil (Word/Excel 97–2003)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="117"/>
        <source>another format</source>
        <translation>et annet format</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="123"/>
        <source>Permission denied</source>
        <translation>ingen skrivetilgang</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="124"/>
        <source>Read-only file system</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="125"/>
        <source>No space left on device</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="126"/>
        <source>Disk quota exceeded</source>
        <translation>diskkvoten er brukt opp</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="127"/>
        <source>Not a directory</source>
        <translation>ikke en mappe</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="128"/>
        <source>No such file or directory</source>
        <translation>finnes ikke</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="151"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="152"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="200"/>
        <source>Ask the owner of the document for a new copy.</source>
        <translation>Be om en ny kopi fra den som eier dokumentet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="202"/>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="206"/>
        <source>The goal or catalogue file has an error (%1).</source>
        <translation>Mål- eller katalogfilen har en feil (%1).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="209"/>
        <source>Correct it in the file and save it: Tromsvekst reads it again by itself.</source>
        <translation>Rett feilen i filen og lagre den: Tromsvekst leser den på nytt av seg selv.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="218"/>
        <source>The password was wrong.</source>
        <translation>Passordet var feil.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="220"/>
        <source>The file is protected with a password.</source>
        <translation>Filen er beskyttet med passord.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="221"/>
        <source>Type the password below: the file is read again.</source>
        <translation>Skriv passordet nedenfor, så leses filen på nytt.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="227"/>
        <source>%1 of %2 pages are scanned images: they need text recognition (OCR) to be searched.</source>
        <translation>%1 av %2 sider er skannede bilder og trenger tekstgjenkjenning (OCR) før det kan søkes i dem.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="233"/>
        <source>Run text recognition on the file (e.g. OCRmyPDF), or ask for a copy with text.</source>
        <translation>Kjør tekstgjenkjenning på filen (f.eks. med OCRmyPDF), eller be om en kopi med tekst.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="246"/>
        <source>The file is damaged and cannot be opened.</source>
        <translation>Filen er skadet og kan ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="249"/>
        <source>The file is damaged or cut short: no page can be read.</source>
        <translation>Filen er skadet eller avkortet: ingen sider kan leses.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="252"/>
        <source>The file is empty (0 bytes).</source>
        <translation>Filen er tom (0 byte).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="253"/>
        <source>The file is damaged: the PDF reader stopped on it.</source>
        <translation>Filen er skadet: PDF-leseren stoppet på den.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="261"/>
        <source>The file was damaged and has been repaired: some text may be missing.</source>
        <translation>Filen var skadet og er reparert: noe tekst kan mangle.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="264"/>
        <source>If hits are missing, ask the owner of the document for a new copy.</source>
        <translation>Mangler det treff, be om en ny kopi fra den som eier dokumentet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="272"/>
        <source>The text of this page could not be read.</source>
        <translation>Teksten på denne siden kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="273"/>
        <source>If the page matters, ask the owner of the document for a new copy.</source>
        <translation>Er siden viktig, be om en ny kopi fra den som eier dokumentet.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="281"/>
        <source>This is not a PDF but %1.</source>
        <translation>Dette er ikke en PDF, men %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="284"/>
        <source>Save or export the document as PDF and put the PDF in the library.</source>
        <translation>Lagre eller eksporter dokumentet som PDF, og legg PDF-en i biblioteket.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="292"/>
        <source>%1 of %2 pages are blank: there is nothing to search on them.</source>
        <translation>%1 av %2 sider er blanke: det er ingenting å søke i på dem.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="297"/>
        <source>Check that this is the right file.</source>
        <translation>Sjekk at dette er riktig fil.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="303"/>
        <source>The file or folder does not exist (any more).</source>
        <translation>Filen eller mappen finnes ikke (lenger).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="304"/>
        <source>Check the library folders in Edit → Preferences.</source>
        <translation>Sjekk bibliotekmappene under Rediger → Innstillinger.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/problem_text.py" line="311"/>
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
        <location filename="../../tromsvekst_desktop/gui/models/results.py" line="234"/>
        <source>recognised text, %1 known words</source>
        <translation>gjenkjent tekst, %1 kjente ord</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/models/results.py" line="162"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/models/results.py" line="208"/>
        <source>Goals that point here:</source>
        <translation>Mål som peker hit:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/models/results.py" line="231"/>
        <source>p. %1</source>
        <translation>s. %1</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="525"/>
        <source>%1 (for %2)</source>
        <translation>%1 (for %2)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="529"/>
        <source>Search only for «%1»</source>
        <translation>Søk bare etter «%1»</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="531"/>
        <source>Also searched for: %1</source>
        <translation>Søkte også etter: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="616"/>
        <source>1 hit</source>
        <translation>1 treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="616"/>
        <source>%1 hits</source>
        <translation>%1 treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="618"/>
        <source>%1, the best %2 shown</source>
        <translation>%1, de %2 beste vises</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="623"/>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="624"/>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="624"/>
        <source>%1 pages</source>
        <translation>%1 sider</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="627"/>
        <source>1 document</source>
        <translation>1 dokument</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="627"/>
        <source>%1 documents</source>
        <translation>%1 dokumenter</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="632"/>
        <source>1 goal</source>
        <translation>1 mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="632"/>
        <source>%1 goals</source>
        <translation>%1 mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="633"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="639"/>
        <source>No hits for «%1»</source>
        <translation>Ingen treff for «%1»</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="643"/>
        <source>Did you mean «%1»?</source>
        <translation>Mente du «%1»?</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="648"/>
        <source>The search is limited to %1.</source>
        <translation>Søket er avgrenset til %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="649"/>
        <source>Search in all documents</source>
        <translation>Søk i alle dokumenter</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="655"/>
        <source>Try fewer or other words, a word with * at the end, or ~ for similar spellings.</source>
        <translation>Prøv færre eller andre ord, et ord med * på slutten, eller ~ for lignende stavemåter.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="657"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="664"/>
        <source>Search tips</source>
        <translation>Søketips</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="663"/>
        <source>This search cannot be run</source>
        <translation>Dette søket kan ikke kjøres</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="691"/>
        <source>Only in: %1</source>
        <translation>Bare i: %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="695"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="696"/>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="697"/>
        <source>Search in all documents again</source>
        <translation>Søk i alle dokumenter igjen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/results_view.py" line="698"/>
        <source>Remove the limit</source>
        <translation>Fjern avgrensningen</translation>
    </message>
</context>
<context>
    <name>SavedSearchController</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="54"/>
        <source>Type a search first, then save it.</source>
        <translation>Skriv et søk først, og lagre det så.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="56"/>
        <source>Name of the saved search:</source>
        <translation>Navn på det lagrede søket:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="58"/>
        <source>Name of the search saved for %1:</source>
        <translation>Navn på søket som lagres for %1:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="61"/>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="68"/>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="77"/>
        <source>Save search</source>
        <translation>Lagre søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="69"/>
        <source>Replace the saved search «%1»?</source>
        <translation>Erstatte det lagrede søket «%1»?</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="80"/>
        <source>Search saved as «%1».</source>
        <translation>Søket er lagret som «%1».</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="97"/>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="104"/>
        <source>Rename saved search</source>
        <translation>Gi lagret søk nytt navn</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="97"/>
        <source>New name:</source>
        <translation>Nytt navn:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="112"/>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="120"/>
        <source>Delete saved search</source>
        <translation>Slett lagret søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="113"/>
        <source>Delete the saved search «%1»?</source>
        <translation>Slette det lagrede søket «%1»?</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="126"/>
        <source>Save search here …</source>
        <translation>Lagre søk her …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="137"/>
        <source>No hits to export.</source>
        <translation>Ingen treff å eksportere.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="140"/>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="150"/>
        <source>Export hits</source>
        <translation>Eksporter treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="140"/>
        <source>hits.csv</source>
        <translation>treff.csv</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="140"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="151"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="155"/>
        <source>%1 hits exported to %2</source>
        <translation>%1 treff eksportert til %2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="163"/>
        <source>Choose a hit to cite.</source>
        <translation>Velg et treff å henvise til.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/saved_searches.py" line="167"/>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
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
    <name>SearchBar</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_bar.py" line="123"/>
        <source>Search in plans and goals …</source>
        <translation>Søk i planer og mål …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_bar.py" line="124"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_bar.py" line="125"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_bar.py" line="127"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_bar.py" line="129"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_bar.py" line="127"/>
        <source>Clear the search field</source>
        <translation>Tøm søkefeltet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_bar.py" line="128"/>
        <source>Search in plans and goals (Ctrl+F)</source>
        <translation>Søk i planer og mål (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/search.py" line="114"/>
        <source>Rebuild the index</source>
        <translation>Bygg indeksen på nytt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/search.py" line="115"/>
        <source>Choose another folder …</source>
        <translation>Velg en annen mappe …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/search.py" line="121"/>
        <location filename="../../tromsvekst_desktop/gui/controllers/search.py" line="257"/>
        <location filename="../../tromsvekst_desktop/gui/controllers/search.py" line="265"/>
        <source>Hits</source>
        <translation>Treff</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/search.py" line="354"/>
        <source>Search only in this goal</source>
        <translation>Søk bare i dette målet</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/search.py" line="376"/>
        <source>Type in the search field to search only in %1.</source>
        <translation>Skriv i søkefeltet for å søke bare i %1.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/search.py" line="459"/>
        <source>The search index is damaged (%1). Rebuild it from your library: your documents are not affected.</source>
        <translation>Søkeindeksen er skadet (%1). Bygg den på nytt fra biblioteket: dokumentene dine berøres ikke.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/search.py" line="475"/>
        <source>The search index is not ready yet. It is made when the library is indexed; your search runs as soon as it is ready.</source>
        <translation>Søkeindeksen er ikke klar ennå. Den lages når biblioteket indekseres; søket ditt kjøres så snart den er klar.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/search.py" line="506"/>
        <source>Tromsvekst cannot write in the index folder %1 (%2). Searching uses the index that is there, but new and changed files are left out until you choose a folder you can write in.</source>
        <translation>Tromsvekst kan ikke skrive i indeksmappen %1 (%2). Søket bruker indeksen som ligger der, men nye og endrede filer kommer ikke med før du velger en mappe du kan skrive i.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/search.py" line="511"/>
        <source>Tromsvekst cannot make the search index in %1 (%2). Choose another folder for the index, and it is built there.</source>
        <translation>Tromsvekst kan ikke lage søkeindeksen i %1 (%2). Velg en annen mappe for indeksen, så bygges den der.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/search.py" line="519"/>
        <source>There is no search index yet, and it cannot be made in %1 (%2).</source>
        <translation>Det finnes ingen søkeindeks ennå, og den kan ikke lages i %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/search.py" line="523"/>
        <source>Choose another folder above.</source>
        <translation>Velg en annen mappe ovenfor.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/controllers/search.py" line="525"/>
        <source>The search index could not be made: %1</source>
        <translation>Søkeindeksen kunne ikke lages: %1</translation>
    </message>
</context>
<context>
    <name>SearchGuide</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="26"/>
        <source>Search tips</source>
        <translation>Søketips</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="29"/>
        <source>the word, also in other forms (klimatilpasningen)</source>
        <translation>ordet, også i andre former (klimatilpasningen)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="30"/>
        <source>pages and goals with both words</source>
        <translation>sider og mål med begge ordene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="31"/>
        <source>the exact phrase</source>
        <translation>nøyaktig denne frasen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="32"/>
        <source>housing OR homes</source>
        <translation>bolig ELLER boliger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="32"/>
        <source>either word</source>
        <translation>ett av ordene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="33"/>
        <source>climate NOT transport</source>
        <translation>klima IKKE transport</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="33"/>
        <source>leave out what contains the word after NOT</source>
        <translation>utelat det som inneholder ordet etter IKKE</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="34"/>
        <source>words that begin with “areal”</source>
        <translation>ord som begynner med «areal»</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="35"/>
        <source>also similar spellings</source>
        <translation>også lignende stavemåter</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="36"/>
        <source>year:2024</source>
        <translation>år:2024</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="36"/>
        <source>only documents that concern the year 2024</source>
        <translation>bare dokumenter som gjelder år 2024</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="45"/>
        <source>Plans in the library</source>
        <translation>Planer i biblioteket</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="48"/>
        <source>No plans are loaded yet.</source>
        <translation>Ingen planer er lastet ennå.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="49"/>
        <source>Search in plans and goals</source>
        <translation>Søk i planer og mål</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/search_guide.py" line="52"/>
        <source>Type in the field above. Tromsvekst finds pages in the plan documents and goals in the plans, and marks the words it found.</source>
        <translation>Skriv i feltet over. Tromsvekst finner sider i plandokumentene og mål i planene, og markerer ordene den fant.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="412"/>
        <source>Recognise the text of scanned pages (OCR)</source>
        <translation>Gjenkjenn teksten på skannede sider (OCR)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="415"/>
        <source>Uses Tesseract&apos;s Norwegian language file in %1</source>
        <translation>Bruker Tesseracts norske språkfil i %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="418"/>
        <source>Tesseract&apos;s Norwegian language file (nor.traineddata) was not found: install tesseract-ocr-nor, or set TESSDATA_PREFIX to its folder (see the README)</source>
        <translation>Fant ikke Tesseracts norske språkfil (nor.traineddata): installer tesseract-ocr-nor, eller sett TESSDATA_PREFIX til mappen den ligger i (se README)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="257"/>
        <source>This folder does not exist (any more).</source>
        <translation>Denne mappen finnes ikke (lenger).</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="264"/>
        <source>Add a folder to the library</source>
        <translation>Legg til en mappe i biblioteket</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="314"/>
        <source>Where to keep the index</source>
        <translation>Hvor indeksen skal ligge</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="337"/>
        <source>Settings not saved</source>
        <translation>Innstillingene ble ikke lagret</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="338"/>
        <source>The settings could not be saved to %1:
%2</source>
        <translation>Innstillingene kunne ikke lagres i %1:
%2</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="381"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="382"/>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="383"/>
        <source>Library folders</source>
        <translation>Bibliotekmapper</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="384"/>
        <source>Folders with plan documents (PDF) and goal files (YAML)</source>
        <translation>Mapper med plandokumenter (PDF) og målfiler (YAML)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="385"/>
        <source>Add …</source>
        <translation>Legg til …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="305"/>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="386"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="203"/>
        <source>All (no limit)</source>
        <translation>Alle (ingen grense)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="205"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="207"/>
        <source>%1 (default)</source>
        <translation>%1 (standard)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="209"/>
        <source>Up to %1</source>
        <translation>Opptil %1</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="252"/>
        <source>This folder cannot be reached now; its documents stay searchable until you remove it.</source>
        <translation>Denne mappen kan ikke nås nå; dokumentene fra den er søkbare til du fjerner den.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="283"/>
        <source>Remove from the library</source>
        <translation>Fjern fra biblioteket</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="286"/>
        <source>Remove «%1» from the library?</source>
        <translation>Fjerne «%1» fra biblioteket?</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="289"/>
        <source>Remove %1 folders from the library?</source>
        <translation>Fjerne %1 mapper fra biblioteket?</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="293"/>
        <source>The document from it leaves the search, and its local copy is deleted, when you press OK.</source>
        <translation>Dokumentet derfra forsvinner fra søket, og den lokale kopien av det slettes, når du trykker OK.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="298"/>
        <source>The %1 documents from it leave the search, and their local copies are deleted, when you press OK.</source>
        <translation>De %1 dokumentene derfra forsvinner fra søket, og de lokale kopiene av dem slettes, når du trykker OK.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="303"/>
        <source>The files in the folder itself are not touched.</source>
        <translation>Selve filene i mappen røres ikke.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="363"/>
        <source>Now %1 in %2 copies, in %3</source>
        <translation>Nå %1 i %2 kopier, i %3</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="387"/>
        <source>Include the plans that come with Tromsvekst</source>
        <translation>Ta med planene som følger med Tromsvekst</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="388"/>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="389"/>
        <source>Location:</source>
        <translation>Plassering:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="390"/>
        <source>Index location</source>
        <translation>Indeksens plassering</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="391"/>
        <source>Leave empty for the default location</source>
        <translation>La feltet stå tomt for å bruke standardplasseringen</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="392"/>
        <source>Browse …</source>
        <translation>Bla gjennom …</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="393"/>
        <source>A new index location is used from the next start of Tromsvekst.</source>
        <translation>En ny plassering for indeksen tas i bruk neste gang Tromsvekst starter.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="394"/>
        <source>Index now</source>
        <translation>Indekser nå</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="395"/>
        <source>Save the settings and read new and changed files</source>
        <translation>Lagre innstillingene og les nye og endrede filer</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="396"/>
        <source>Rebuild the index</source>
        <translation>Bygg indeksen på nytt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="398"/>
        <source>Save the settings and read every file again; searching works meanwhile</source>
        <translation>Lagre innstillingene og les alle filene på nytt; søket virker i mellomtiden</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="400"/>
        <source>Local copies:</source>
        <translation>Lokale kopier:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="401"/>
        <source>Disk space for local copies of the PDFs</source>
        <translation>Diskplass til lokale kopier av PDF-ene</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="404"/>
        <source>Copies of the indexed PDFs beside the index, so that every hit opens when a folder is offline. When the space is used up, the least recently opened go first.</source>
        <translation>Kopier av de indekserte PDF-ene ved siden av indeksen, så alle treff kan åpnes når en mappe er frakoblet. Når plassen er brukt opp, går de som er åpnet for lengst siden, først.</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="422"/>
        <source>User interface</source>
        <translation>Brukergrensesnitt</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="423"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="424"/>
        <source>A word also finds compounds (forvaltning → besøksforvaltning)</source>
        <translation>Et ord finner også sammensatte ord (forvaltning → besøksforvaltning)</translation>
    </message>
    <message>
        <location filename="../../tromsvekst_desktop/gui/widgets/settings_dialog.py" line="425"/>
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
