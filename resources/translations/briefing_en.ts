<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Onderdelen van het dossier</source>
        <translation>Parts of the dossier</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Onze inzet</source>
        <translation>Our aim</translation>
    </message>
    <message>
        <source>Ondergrens en BATNA (vertrouwelijk)</source>
        <translation>Bottom line and BATNA (confidential)</translation>
    </message>
    <message>
        <source>Verwacht standpunt van het Rijk</source>
        <translation>Expected position of the government</translation>
    </message>
    <message>
        <source>%1 bewerken</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>%1 toevoegen</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>%1 verwijderen</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>%1 verplaatsen</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Weergave met actuele cijfers</source>
        <translation>Rendered with current figures</translation>
    </message>
    <message>
        <source>Onbekende cijfers</source>
        <translation>Unknown figures</translation>
    </message>
    <message>
        <source>Weergave: %1</source>
        <translation>Rendered: %1</translation>
    </message>
    <message>
        <source>Onbekend cijfer: %1</source>
        <translation>Unknown figure: %1</translation>
    </message>
    <message>
        <source>Onjuiste verwijzing (alleen letters, cijfers, _ . -): %1</source>
        <translation>Malformed reference (letters, digits, _ . - only): %1</translation>
    </message>
    <message>
        <source>Geschiedenis: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <source>(standaardgegevens)</source>
        <translation>(default data)</translation>
    </message>
    <message>
        <source>Versies</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Vergelijk met de huidige versie</source>
        <translation>Compare with the current version</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Verplaatst</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Deze versie terugzetten</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Verplaatst in de lijst: %1 keer, het laatst %2 door %3 (geen nieuwe versie)</source>
        <translation>Moved in the list: %1 times, last on %2 by %3 (no new version)</translation>
    </message>
    <message>
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>Van versie %1 naar de huidige versie</source>
        <translation>From version %1 to the current version</translation>
    </message>
    <message>
        <source>Wat versie %1 veranderde</source>
        <translation>What version %1 changed</translation>
    </message>
    <message>
        <source>De eerste versie</source>
        <translation>The first version</translation>
    </message>
    <message>
        <source>Geen verschil.</source>
        <translation>No difference.</translation>
    </message>
    <message>
        <source>Bron nog te bevestigen: de waarde is gewijzigd. Geef de bron of paragraaf van de nieuwe waarde.</source>
        <translation>Source to be confirmed: the value has changed. Give the source or section of the new value.</translation>
    </message>
    <message>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>JJJJ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>UU:MM, bijv. 14:30</source>
        <translation>HH:MM, e.g. 14:30</translation>
    </message>
    <message>
        <source>heel getal, bijv. 20</source>
        <translation>whole number, e.g. 20</translation>
    </message>
    <message>
        <source>bijv. € 675 mln, 1.000,5 of 2,5%</source>
        <translation>e.g. € 675 mln, 1.000,5 or 2,5%</translation>
    </message>
    <message>
        <source>bijv. 2025: € 1 mld; 2026: ca. € 1,2 mld</source>
        <translation>e.g. 2025: € 1 mld; 2026: ca. € 1,2 mld</translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>%1 is geen jaar met waarde; schrijf bijvoorbeeld 2025: € 1 mld</source>
        <translation>%1 is not a year with a value; write for example 2025: € 1 mld</translation>
    </message>
    <message>
        <source>Briefing — %1</source>
        <translation>Briefing — %1</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Pakket</source>
        <translation>&amp;Pack</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Nieuw dossier…</source>
        <translation>New dossier…</translation>
    </message>
    <message>
        <source>Nieuw overleg…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Nieuwe gesprekspartner…</source>
        <translation>New counterpart…</translation>
    </message>
    <message>
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Geschiedenis…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Nieuw item…</source>
        <translation>New item…</translation>
    </message>
    <message>
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Over Briefing</source>
        <translation>About Briefing</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Gewijzigd sinds pakket v%1 (%2) voor %3, %4</source>
        <translation>Changed since pack v%1 (%2) for %3, %4</translation>
    </message>
    <message>
        <source>Gewijzigd sinds %1</source>
        <translation>Changed since %1</translation>
    </message>
    <message>
        <source>Gewijzigd sinds</source>
        <translation>Changed since</translation>
    </message>
    <message>
        <source>Sinds het laatste pakket (standaard)</source>
        <translation>Since the last pack (default)</translation>
    </message>
    <message>
        <source>Wat sindsdien inhoudelijk is gewijzigd, heeft een stip en vette tekst</source>
        <translation>What changed in content since then has a dot and bold type</translation>
    </message>
    <message>
        <source>Wijzigingen op naam van %1</source>
        <translation>Changes recorded as %1</translation>
    </message>
    <message>
        <source>Dit item is niet (meer) te vinden</source>
        <translation>This item cannot be found (any more)</translation>
    </message>
    <message>
        <source>Briefing %1
Standpunten, kerncijfers en briefingpakketten voor de VNG-delegatie.

Database: %2</source>
        <translation>Briefing %1
Positions, key figures and briefing packs for the VNG delegation.

Database: %2</translation>
    </message>
    <message>
        <source>Gesprekspartners</source>
        <translation>Counterparts</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Nieuw: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Zoek in vragen, cijfers en spreekpunten</source>
        <translation>Search questions, figures and talking points</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ctrl+N: notitie  (z: zei  ·  g: 2 gebruikt  ·  t: wie: wat, datum  ·  v: vraag)</source>
        <translation>Ctrl+N: note  (z: said  ·  g: 2 used  ·  t: who: what, date  ·  v: question)</translation>
    </message>
    <message>
        <source>Zoek in alle dossiers, cijfers, spreekpunten…</source>
        <translation>Search all dossiers, figures, talking points…</translation>
    </message>
    <message>
        <source>Zoekterm</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>Alle rubriceringen</source>
        <translation>All classifications</translation>
    </message>
    <message>
        <source>Filter op rubricering</source>
        <translation>Filter by classification</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Gewijzigd sinds datum</source>
        <translation>Changed since date</translation>
    </message>
    <message>
        <source>Meer tonen</source>
        <translation>Show more</translation>
    </message>
    <message>
        <source>Nog %1 resultaten tonen (Ctrl+M)</source>
        <translation>Show %1 more results (Ctrl+M)</translation>
    </message>
    <message>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Briefing zoekt hele woorden en het begin van woorden, met of zonder accenten; een deel midden in een woord (“korting” in “opschalingskorting”) wordt niet gevonden.</source>
        <translation>Briefing searches for whole words and the beginnings of words, with or without accents; a part in the middle of a word (“korting” in “opschalingskorting”) is not found.</translation>
    </message>
    <message>
        <source>De filters hierboven beperken het zoeken ook.</source>
        <translation>The filters above narrow the search too.</translation>
    </message>
    <message>
        <source>Niets gevonden voor “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <source>eerste %1 van %2</source>
        <translation>first %1 of %2</translation>
    </message>
    <message>
        <source>1 resultaat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <source>%1 resultaten</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <source>%1 toegevoegd</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <source>%1 verwijderd; Ctrl+Z zet het terug</source>
        <translation>%1 deleted; Ctrl+Z brings it back</translation>
    </message>
    <message>
        <source>Verplaatsen kan alleen in de eigen volgorde zonder filter</source>
        <translation>Items can only be moved in their own order without a filter</translation>
    </message>
    <message>
        <source>Versie %1 terugzetten</source>
        <translation>Restore version %1</translation>
    </message>
    <message>
        <source>Versie %1 teruggezet</source>
        <translation>Version %1 restored</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 item</translation>
    </message>
    <message>
        <source>Geen %1 met deze filters. Kies bovenaan andere filters.</source>
        <translation>No %1 with these filters. Choose other filters above.</translation>
    </message>
    <message>
        <source>Nog geen %1. Klik op Nieuw (Ctrl+N) om er een toe te voegen.</source>
        <translation>No %1 yet. Click New (Ctrl+N) to add one.</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>%1 omhoog (Ctrl+↑)</source>
        <translation>%1 up (Ctrl+↑)</translation>
    </message>
    <message>
        <source>%1 omlaag (Ctrl+↓)</source>
        <translation>%1 down (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 verwijderen (Del)</source>
        <translation>Delete %1 (Del)</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Geschiedenis van dit item</source>
        <translation>History of this item</translation>
    </message>
    <message>
        <source>Eigen volgorde</source>
        <translation>Own order</translation>
    </message>
    <message>
        <source>Terug naar eigen volgorde</source>
        <translation>Back to own order</translation>
    </message>
    <message>
        <source>Alleen gewijzigd</source>
        <translation>Changed only</translation>
    </message>
    <message>
        <source>Alleen gewijzigde items tonen</source>
        <translation>Show changed items only</translation>
    </message>
    <message>
        <source>Kies links een item om het te bewerken.</source>
        <translation>Choose an item on the left to edit it.</translation>
    </message>
    <message>
        <source>Alle partijen</source>
        <translation>All parties</translation>
    </message>
    <message>
        <source>Open en afgerond</source>
        <translation>Open and done</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Filter op %1</source>
        <translation>Filter by %1</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Uw naam staat bij elke wijziging in de geschiedenis.</source>
        <translation>Your name is recorded with every change in the history.</translation>
    </message>
    <message>
        <source> min. zonder gebruik</source>
        <translation> min. without use</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Vergrendelen na</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <source>Versleuteling van de database…</source>
        <translation>Database encryption…</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Dossier in één oogopslag</source>
        <translation>Dossier at a glance</translation>
    </message>
    <message>
        <source>(nog niets vastgelegd)</source>
        <translation>(nothing recorded yet)</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Reservekopieën staan in {0}. Terugzetten bewaart eerst de huidige stand.</source>
        <translation>Backups are kept in {0}. Restoring one first saves the current state.</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Nu een reservekopie maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>Terugzetten…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>De gegevens van {0} ({1}) terugzetten? De huidige stand wordt eerst als reservekopie bewaard. Briefing start daarna opnieuw.</source>
        <translation>Restore the data of {0} ({1})? The current state is saved as a backup first. Briefing then starts again.</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Bundel maken</source>
        <translation>Make bundle</translation>
    </message>
    <message>
        <source>De hele database</source>
        <translation>The whole database</translation>
    </message>
    <message>
        <source>Waar komt de bundel?</source>
        <translation>Where should the bundle go?</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>De bundel wordt versleuteld met een wachtwoord.</source>
        <translation>The bundle is encrypted with a passphrase.</translation>
    </message>
    <message>
        <source>Bundel opslaan</source>
        <translation>Save bundle</translation>
    </message>
    <message>
        <source>Kies waar de bundel moet komen.</source>
        <translation>Choose where the bundle should go.</translation>
    </message>
    <message>
        <source>Kies ten minste één dossier.</source>
        <translation>Choose at least one dossier.</translation>
    </message>
    <message>
        <source>Die map bestaat niet.</source>
        <translation>That folder does not exist.</translation>
    </message>
    <message>
        <source>Bundel inlezen</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>Wat deze bundel van {0} zou veranderen: {1}.</source>
        <translation>What this bundle from {0} would change: {1}.</translation>
    </message>
    <message>
        <source>Wat deze bundel zou veranderen: {0}.</source>
        <translation>What this bundle would change: {0}.</translation>
    </message>
    <message>
        <source>Het is de editie {0}: wat daarboven staat, zit er niet in en blijft zoals het is.</source>
        <translation>It is the {0} edition: what is classified above it is not in it and stays as it is.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Verschil (mijn -&gt; hun)</source>
        <translation>Difference (mine -&gt; theirs)</translation>
    </message>
    <message>
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Voor het doorvoeren wordt een reservekopie gemaakt. Wat u weigert of zelf beslist, gaat bij de volgende uitwisseling mee naar de anderen.</source>
        <translation>A backup is made before applying. What you refuse or decide yourself goes to the others at the next exchange.</translation>
    </message>
    <message>
        <source>beide kanten wijzigden dit; de versies staan hieronder</source>
        <translation>both sides changed this; the versions are shown below</translation>
    </message>
    <message>
        <source>{0} (de hogere rubricering geldt, tenzij u anders kiest)</source>
        <translation>{0} (the higher classification applies unless you choose otherwise)</translation>
    </message>
    <message>
        <source>verwijderd door {0}, {1}</source>
        <translation>deleted by {0}, {1}</translation>
    </message>
    <message>
        <source>Mijn versie houden</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <source>Hun versie nemen</source>
        <translation>Take their version</translation>
    </message>
    <message>
        <source>Voorgesteld: de hogere rubricering.</source>
        <translation>Proposed: the higher classification.</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Weigeren (mijn versie houden)</source>
        <translation>Refuse (keep my version)</translation>
    </message>
    <message>
        <source>Geen conflict: alleen één kant veranderde dit.</source>
        <translation>No conflict: only one side changed this.</translation>
    </message>
    <message>
        <source>hun versie van {0}</source>
        <translation>their version from {0}</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>houden</source>
        <translation>keep</translation>
    </message>
    <message>
        <source>Briefing-bundel (*.briefing)</source>
        <translation>Briefing bundle (*.briefing)</translation>
    </message>
    <message>
        <source>Doorvoeren</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>alleen hier gewijzigd</source>
        <translation>changed here only</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>gelijk</source>
        <translation>the same</translation>
    </message>
    <message>
        <source>Kerncijfers inlezen</source>
        <translation>Import key figures</translation>
    </message>
    <message>
        <source>{0} probleem/problemen: los ze op in het bestand; er wordt niets ingelezen.</source>
        <translation>{0} problem(s): fix them in the file; nothing is imported.</translation>
    </message>
    <message>
        <source>Alles in orde. Voor het inlezen wordt een reservekopie gemaakt.</source>
        <translation>All is well. A backup is made before importing.</translation>
    </message>
    <message>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Sleutel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Nabespreking — %1</source>
        <translation>Debrief — %1</translation>
    </message>
    <message>
        <source>Dit overleg heeft geen agenda.</source>
        <translation>This meeting has no agenda.</translation>
    </message>
    <message>
        <source>Nabespreken</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Het overleg nu nabespreken: uitkomsten, toezeggingen en wat te herzien?</source>
        <translation>Debrief the meeting now: outcomes, commitments and what to revise?</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Aim</translation>
    </message>
    <message>
        <source>— nog niet vastgelegd</source>
        <translation>— not recorded yet</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Wat de andere kant in dit overleg innam</source>
        <translation>What the other side took in this meeting</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Verwacht</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>(geen verwacht standpunt)</source>
        <translation>(no expected position)</translation>
    </message>
    <message>
        <source>Ingenomen</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Vervolg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Rubricering</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source> (uiterlijk %1)</source>
        <translation> (by %1)</translation>
    </message>
    <message>
        <source>Vastleggen als toezegging</source>
        <translation>Record as a commitment</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Geen toezeggingen genoteerd.</source>
        <translation>No commitments noted.</translation>
    </message>
    <message>
        <source>Te herzien na dit overleg</source>
        <translation>To revise after this meeting</translation>
    </message>
    <message>
        <source>Te herzien</source>
        <translation>To revise</translation>
    </message>
    <message>
        <source>Standpunt</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Spreekpunt</source>
        <translation>Talking point</translation>
    </message>
    <message>
        <source>Waarom (geldt voor de nieuw aangevinkte)</source>
        <translation>Why (applies to the newly ticked ones)</translation>
    </message>
    <message>
        <source>Spatie vinkt aan of uit.</source>
        <translation>Space ticks or unticks.</translation>
    </message>
    <message>
        <source>Inlezen</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Reservekopieën…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <source>Bundel maken…</source>
        <translation>Make bundle…</translation>
    </message>
    <message>
        <source>Bundel inlezen…</source>
        <translation>Import bundle…</translation>
    </message>
    <message>
        <source>Kerncijfers inlezen uit spreadsheet…</source>
        <translation>Import key figures from spreadsheet…</translation>
    </message>
    <message>
        <source>Synchroniseren met de delegatie…</source>
        <translation>Synchronise with the delegation…</translation>
    </message>
    <message>
        <source>Conflicten oplossen…</source>
        <translation>Resolve conflicts…</translation>
    </message>
    <message>
        <source>Verwijderde items…</source>
        <translation>Deleted items…</translation>
    </message>
    <message>
        <source>Terugzetten mislukt</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Briefing start opnieuw met de gegevens zoals ze waren.</source>
        <translation>Briefing starts again with the data as it was.</translation>
    </message>
    <message>
        <source>De bundel is versleuteld opgeslagen als {0} ({1} items).</source>
        <translation>The bundle was saved, encrypted, as {0} ({1} items).</translation>
    </message>
    <message>
        <source>Ingelezen: {0} nieuw, {1} bijgewerkt, {2} verwijderd, {3} eigen versie(s) gehouden.</source>
        <translation>Imported: {0} new, {1} updated, {2} deleted, {3} own version(s) kept.</translation>
    </message>
    <message>
        <source>Synchroniseren</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Gelezen: {0} bundel(s); {1} nieuw, {2} bijgewerkt, {3} verwijderd.</source>
        <translation>Read: {0} bundle(s); {1} new, {2} updated, {3} deleted.</translation>
    </message>
    <message>
        <source>Uw eigen bundel staat in de map ({0} items).</source>
        <translation>Your own bundle is in the folder ({0} items).</translation>
    </message>
    <message>
        <source>{0} conflict(en) wachten op uw keuze.</source>
        <translation>{0} conflict(s) await your choice.</translation>
    </message>
    <message>
        <source>Conflicten oplossen</source>
        <translation>Resolve conflicts</translation>
    </message>
    <message>
        <source>Verwijderde items</source>
        <translation>Deleted items</translation>
    </message>
    <message>
        <source>Wachtwoord van de bundel</source>
        <translation>Bundle passphrase</translation>
    </message>
    <message>
        <source>Versleuteling opheffen</source>
        <translation>Remove encryption</translation>
    </message>
    <message>
        <source>Database versleutelen</source>
        <translation>Encrypt the database</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Nogmaals</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Onversleuteld opslaan</source>
        <translation>Store unencrypted</translation>
    </message>
    <message>
        <source>Versleutelen</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <source>Niet versleutelen</source>
        <translation>Do not encrypt</translation>
    </message>
    <message>
        <source>Versleutel de database en haar reservekopieën met een wachtwoord (aanbevolen op een laptop). Zonder het wachtwoord kan niemand de ondergrenzen, standpunten en cijfers lezen, ook niet wie het bestand of de laptop in handen krijgt. Briefing vraagt het wachtwoord bij het starten en na een tijd zonder gebruik.</source>
        <translation>Encrypt the database and its backups with a passphrase (recommended on a laptop). Without the passphrase nobody can read the bottom lines, positions and figures, not even whoever gets hold of the file or the laptop. Briefing asks for the passphrase at start and after a time without use.</translation>
    </message>
    <message>
        <source>Let op: een vergeten wachtwoord kan niet worden hersteld. Zonder het wachtwoord zijn de database en haar reservekopieën voorgoed onleesbaar; ook Briefing kan er niet bij.</source>
        <translation>Note: a forgotten passphrase cannot be recovered. Without the passphrase the database and its backups are unreadable for good; Briefing cannot open them either.</translation>
    </message>
    <message>
        <source>De database en haar reservekopieën worden weer onversleuteld opgeslagen: wie het bestand heeft, kan dan alles lezen. Geef het huidige wachtwoord ter bevestiging.</source>
        <translation>The database and its backups will be stored unencrypted again: whoever has the file can then read everything. Enter the current passphrase to confirm.</translation>
    </message>
    <message>
        <source>Kies minstens {0} tekens.</source>
        <translation>Choose at least {0} characters.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden verschillen.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Vul het wachtwoord in.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>De database kan niet worden geopend</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Reservekopie van {0} terugzetten</source>
        <translation>Restore the backup of {0}</translation>
    </message>
    <message>
        <source>Openbaar — mag naar de andere partij</source>
        <translation>Public — may go to the other side</translation>
    </message>
    <message>
        <source>Intern — voor de leden</source>
        <translation>Internal — for the members</translation>
    </message>
    <message>
        <source>Vertrouwelijk — alleen de delegatie</source>
        <translation>Confidential — the delegation only</translation>
    </message>
    <message>
        <source>Briefingpakket exporteren</source>
        <translation>Export briefing pack</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Een overleg</source>
        <translation>A meeting</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Dossiers in het pakket</source>
        <translation>Dossiers in the pack</translation>
    </message>
    <message>
        <source>Vink een of meer dossiers aan om een pakket voor te maken.</source>
        <translation>Tick one or more dossiers to make a pack for.</translation>
    </message>
    <message>
        <source>Editie</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Nieuwe versie maken, ook als de inhoud gelijk is aan de laatste versie</source>
        <translation>Make a new version, even though the content equals the latest version</translation>
    </message>
    <message>
        <source>Controle vóór export</source>
        <translation>Check before export</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Er zijn nog geen overleggen om een pakket voor te maken.</source>
        <translation>There are no meetings yet to make a pack for.</translation>
    </message>
    <message>
        <source>Pakket voor</source>
        <translation>Pack for</translation>
    </message>
    <message>
        <source>De inhoud is gelijk aan versie %1: exporteren maakt versie %1 opnieuw, geen nieuwe versie.</source>
        <translation>The content equals version %1: exporting makes version %1 again, not a new version.</translation>
    </message>
    <message>
        <source>Toch exporteren</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <source>Pakket opslaan als</source>
        <translation>Save pack as</translation>
    </message>
    <message>
        <source>Kies eerst een bestand om het pakket in op te slaan.</source>
        <translation>First choose a file to save the pack in.</translation>
    </message>
    <message>
        <source>Bezig met opmaken van versie %1…</source>
        <translation>Laying out version %1…</translation>
    </message>
    <message>
        <source>Opgeslagen: versie %1, kenmerk %2, in %3 genummerde exemplaren:
%4</source>
        <translation>Saved: version %1, reference %2, in %3 numbered copies:
%4</translation>
    </message>
    <message>
        <source>Opgeslagen: %1 (%2 pagina&apos;s, versie %3, kenmerk %4).</source>
        <translation>Saved: %1 (%2 pages, version %3, fingerprint %4).</translation>
    </message>
    <message>
        <source>Gelijk aan versie %1.</source>
        <translation>Same as version %1.</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Briefingpakket maken…</source>
        <translation>Make briefing pack…</translation>
    </message>
    <message>
        <source>Pakket maken…</source>
        <translation>Make pack…</translation>
    </message>
    <message>
        <source>Pakket bekijken…</source>
        <translation>View pack…</translation>
    </message>
    <message>
        <source>Exportlogboek…</source>
        <translation>Export log…</translation>
    </message>
    <message>
        <source>Pakket bekijken</source>
        <translation>View pack</translation>
    </message>
    <message>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Hele pagina</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Het pakket %1 kan niet worden getoond.</source>
        <translation>The pack %1 cannot be shown.</translation>
    </message>
    <message>
        <source>pagina %1 van %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Afdrukken mislukt</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Voorbeeld: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Briefingpakket</source>
        <translation>Briefing pack</translation>
    </message>
    <message>
        <source>Briefingpakket afdrukken</source>
        <translation>Print briefing pack</translation>
    </message>
    <message>
        <source>Het pakket %1 kan niet worden gelezen om af te drukken.</source>
        <translation>The pack %1 cannot be read for printing.</translation>
    </message>
    <message>
        <source>De printer kan niet worden geopend.</source>
        <translation>The printer cannot be opened.</translation>
    </message>
    <message>
        <source>Dubbelklik of Enter opent het item.</source>
        <translation>Double-click or press Enter to open the item.</translation>
    </message>
    <message>
        <source>Overleggen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Nog bij geen overleg. Voeg deze gesprekspartner toe bij een overleg (tab Gesprekspartners).</source>
        <translation>Not in any meeting yet. Add this counterpart to a meeting (Counterparts tab).</translation>
    </message>
    <message>
        <source>Verwachte standpunten per dossier</source>
        <translation>Expected positions per dossier</translation>
    </message>
    <message>
        <source>Nog geen standpunten. Kies deze gesprekspartner bij een standpunt in een dossier (veld Gesprekspartner).</source>
        <translation>No positions yet. Choose this counterpart on a position in a dossier (Counterpart field).</translation>
    </message>
    <message>
        <source>Database controleren…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>De database wordt gecontroleerd; bewerken kan zo</source>
        <translation>The database is being checked; editing is possible in a moment</translation>
    </message>
    <message>
        <source>Alleen lezen: je bekijkt de editie %1. Kies &apos;Alles (bewerken)&apos; om te bewerken.</source>
        <translation>Read-only: you are viewing the %1 edition. Choose &apos;Everything (edit)&apos; to edit.</translation>
    </message>
    <message>
        <source>Bekijken als</source>
        <translation>View as</translation>
    </message>
    <message>
        <source>Alles (bewerken)</source>
        <translation>Everything (edit)</translation>
    </message>
    <message>
        <source>Editie %1</source>
        <translation>%1 edition</translation>
    </message>
    <message>
        <source>Bekijken als editie</source>
        <translation>View as edition</translation>
    </message>
    <message>
        <source>Toon alles zoals het pakket van deze editie het zou tonen (alleen lezen)</source>
        <translation>Show everything as this edition&apos;s pack would show it (read-only)</translation>
    </message>
    <message>
        <source>Bekijken als editie %1 — alleen lezen. Alles wat boven deze editie staat, is weggelaten, zoals in het pakket van deze editie.</source>
        <translation>Viewing as edition %1 — read-only. Everything above this edition is left out, as in this edition&apos;s pack.</translation>
    </message>
    <message>
        <source>In een lijst</source>
        <translation>In a list</translation>
    </message>
    <message>
        <source>Item omhoog of omlaag verplaatsen</source>
        <translation>Move the item up or down</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Item verwijderen (Ctrl+Z zet het terug)</source>
        <translation>Delete the item (Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <source>Klik op een kolomkop</source>
        <translation>Click a column header</translation>
    </message>
    <message>
        <source>Sorteren; nog eens: andersom</source>
        <translation>Sort; again: the other way round</translation>
    </message>
    <message>
        <source>In een tekst</source>
        <translation>In a text</translation>
    </message>
    <message>
        <source>Lijst met kerncijfers om te verwijzen</source>
        <translation>List of key figures to refer to</translation>
    </message>
    <message>
        <source>Enter / Tab</source>
        <translation>Enter / Tab</translation>
    </message>
    <message>
        <source>Gekozen kerncijfer invoegen</source>
        <translation>Insert the chosen key figure</translation>
    </message>
    <message>
        <source>Backspace / Del</source>
        <translation>Backspace / Del</translation>
    </message>
    <message>
        <source>Een cijferverwijzing in één keer verwijderen</source>
        <translation>Remove a figure reference in one go</translation>
    </message>
    <message>
        <source>In het zoekvenster</source>
        <translation>In the search window</translation>
    </message>
    <message>
        <source>↑ / ↓</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <source>Door de resultaten</source>
        <translation>Through the results</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Naar het gekozen item</source>
        <translation>To the chosen item</translation>
    </message>
    <message>
        <source>Meer resultaten tonen</source>
        <translation>Show more results</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Wat ze doen</source>
        <translation>What they do</translation>
    </message>
    <message>
        <source>In het hele venster</source>
        <translation>Anywhere in the window</translation>
    </message>
    <message>
        <source>Gegarandeerd</source>
        <translation>Guaranteed</translation>
    </message>
    <message>
        <source>Een opgeslagen wijziging blijft bewaard, ook als Briefing daarna hard wordt afgebroken of vastloopt.</source>
        <translation>A saved change stays saved, even if Briefing is then killed or crashes.</translation>
    </message>
    <message>
        <source>Nooit een halve wijziging: elke handeling (ook een import) gebeurt helemaal of helemaal niet.</source>
        <translation>Never half a change: every action (an import too) happens completely or not at all.</translation>
    </message>
    <message>
        <source>Een volle schijf geeft de melding &apos;De schijf is vol&apos; en laat de gegevens van vóór de mislukte wijziging heel.</source>
        <translation>A full disk gives the message &apos;The disk is full&apos; and leaves the data from before the failed change intact.</translation>
    </message>
    <message>
        <source>Reservekopieën: bij de eerste start van de dag, vóór elke schema-update en vóór elke import, naast de database, alleen leesbaar voor u en na het schrijven gecontroleerd.</source>
        <translation>Backups: at the first start of the day, before every schema update and before every import, beside the database, readable by you only and checked after writing.</translation>
    </message>
    <message>
        <source>Een beschadigde database wordt nooit overschreven: hij wordt apart gezet en Briefing biedt de nieuwste goede reservekopie aan.</source>
        <translation>A damaged database is never overwritten: it is moved aside and Briefing offers the newest good backup.</translation>
    </message>
    <message>
        <source>Eén schrijver tegelijk: een tweede programma dat wil schrijven wacht even en stopt dan met een duidelijke melding.</source>
        <translation>One writer at a time: a second program that wants to write waits briefly and then stops with a clear message.</translation>
    </message>
    <message>
        <source>Geen uitvoer over uw gegevens: een pakket of bundel wordt nooit over de database of een reservekopie geschreven.</source>
        <translation>No output over your data: a pack or bundle is never written over the database or a backup.</translation>
    </message>
    <message>
        <source>Bundels zijn versleuteld (AES-256-GCM); een gewijzigd bestand of een verkeerd wachtwoord wordt geweigerd en verandert niets.</source>
        <translation>Bundles are encrypted (AES-256-GCM); a changed file or a wrong passphrase is refused and changes nothing.</translation>
    </message>
    <message>
        <source>Geen netwerk: Briefing maakt nooit verbinding; pakketten bevatten geen gebruikersnaam, pad of programmagegevens.</source>
        <translation>No network: Briefing never connects; packs contain no user name, path or software details.</translation>
    </message>
    <message>
        <source>Niet gegarandeerd</source>
        <translation>Not guaranteed</translation>
    </message>
    <message>
        <source>Stroomuitval en kapotte hardware: reservekopieën staan op dezelfde schijf. Maak zelf kopieën op een andere plek (een versleutelde bundel is daarvoor geschikt).</source>
        <translation>Power cuts and broken hardware: backups are on the same disk. Make your own copies in another place (an encrypted bundle suits that).</translation>
    </message>
    <message>
        <source>Netwerkschijven: met twee gebruikers tegelijk kan de database beschadigen.</source>
        <translation>Network drives: with two users at once the database can be damaged.</translation>
    </message>
    <message>
        <source>Verwijderingen in gedeeltelijke bundels: een bundel voor één editie of voor gekozen dossiers brengt geen verwijderingen over (een volledige bundel en het synchroniseren wel).</source>
        <translation>Deletions in partial bundles: a bundle for one edition or for chosen dossiers carries no deletions (a full bundle and syncing do).</translation>
    </message>
    <message>
        <source>Wijzigen met andere SQLite-programma&apos;s: die kunnen de database lezen, maar een item wijzigen lukt alleen in Briefing (of met een bundel of cijferimport).</source>
        <translation>Changing with other SQLite programs: they can read the database, but changing an item only works in Briefing (or with a bundle or figures import).</translation>
    </message>
    <message>
        <source>Wat gegarandeerd is</source>
        <translation>What is guaranteed</translation>
    </message>
    <message>
        <source>Volgend onderdeel</source>
        <translation>Next section</translation>
    </message>
    <message>
        <source>Vorig onderdeel</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <source>Naar de navigator</source>
        <translation>To the navigator</translation>
    </message>
    <message>
        <source>Naar de lijst</source>
        <translation>To the list</translation>
    </message>
    <message>
        <source>Naar het formulier</source>
        <translation>To the form</translation>
    </message>
    <message>
        <source>Kernboodschap: </source>
        <translation>Key message: </translation>
    </message>
    <message>
        <source>Dit overleg heeft nog geen agenda</source>
        <translation>This meeting has no agenda yet</translation>
    </message>
    <message>
        <source>ONDERGRENS ZICHTBAAR</source>
        <translation>BOTTOM LINE VISIBLE</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 gevonden</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <source>Niets gevonden</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>De notitie is niet bewaard: %1</source>
        <translation>The note was not saved: %1</translation>
    </message>
    <message>
        <source>Bewaard om %1: %2</source>
        <translation>Saved at %1: %2</translation>
    </message>
    <message>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>peildatum </source>
        <translation>as of </translation>
    </message>
    <message>
        <source>Lastige vragen</source>
        <translation>Hard questions</translation>
    </message>
    <message>
        <source>(nog geen antwoord)</source>
        <translation>(no answer yet)</translation>
    </message>
    <message>
        <source>Verwacht van de andere kant</source>
        <translation>Expected from the other side</translation>
    </message>
    <message>
        <source>Ons antwoord: </source>
        <translation>Our answer: </translation>
    </message>
    <message>
        <source>Ondergrens en BATNA — vertrouwelijk</source>
        <translation>Bottom line and BATNA — confidential</translation>
    </message>
    <message>
        <source>Escalatie: </source>
        <translation>Escalation: </translation>
    </message>
    <message>
        <source>Kernboodschappen</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <source>Spreekpunten</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <source>Reactieve lijnen</source>
        <translation>Reactive lines</translation>
    </message>
    <message>
        <source>gebruikt</source>
        <translation>used</translation>
    </message>
    <message>
        <source>Aan tafel</source>
        <translation>At the table</translation>
    </message>
    <message>
        <source>Het overleg op volledig scherm, alleen lezen (Ctrl+T)</source>
        <translation>The meeting full screen, read-only (Ctrl+T)</translation>
    </message>
    <message>
        <source>Nabespreken…</source>
        <translation>Debrief…</translation>
    </message>
    <message>
        <source>Uitkomsten, toezeggingen en wat te herzien</source>
        <translation>Outcomes, commitments and what to revise</translation>
    </message>
    <message>
        <source>Verslag maken…</source>
        <translation>Make report…</translation>
    </message>
    <message>
        <source>Het verslag van het overleg als PDF, voor leden of bestuur</source>
        <translation>The report of the meeting as a PDF, for members or the board</translation>
    </message>
    <message>
        <source>Er is nog geen overleg om aan tafel te gaan</source>
        <translation>There is no meeting yet to take to the table</translation>
    </message>
    <message>
        <source>Er is nog geen overleg om na te bespreken</source>
        <translation>There is no meeting yet to debrief</translation>
    </message>
    <message>
        <source>Nabespreking bewaard</source>
        <translation>Debrief saved</translation>
    </message>
    <message>
        <source>Er is nog geen overleg voor een verslag</source>
        <translation>There is no meeting yet for a report</translation>
    </message>
    <message>
        <source>Verslag maken</source>
        <translation>Make report</translation>
    </message>
    <message>
        <source>Verslag (%1) opgeslagen als %2, %3 pagina&apos;s</source>
        <translation>Report (%1) saved as %2, %3 pages</translation>
    </message>
    <message>
        <source>Zei de andere kant</source>
        <translation>The other side said</translation>
    </message>
    <message>
        <source>Spreekpunt gebruikt</source>
        <translation>Talking point used</translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Vervolgvraag</source>
        <translation>Follow-up question</translation>
    </message>
    <message>
        <source>Akkoord</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Deels akkoord</source>
        <translation>Partly agreed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Uitgesteld</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>openbaar — voor de leden en de commissies</source>
        <translation>public — for the members and the committees</translation>
    </message>
    <message>
        <source>intern — voor het bestuur</source>
        <translation>internal — for the board</translation>
    </message>
    <message>
        <source>→ volgende  ·  ← vorige  ·  typ om te zoeken  ·  F2 ondergrens  ·  Ctrl+N notitie (Ctrl+1 zei · 2 gebruikt · 3 toezegging · 4 vraag)  ·  F6 licht/donker  ·  Esc terug</source>
        <translation>→ next  ·  ← previous  ·  type to find  ·  F2 bottom line  ·  Ctrl+N note (Ctrl+1 said · 2 used · 3 commitment · 4 question)  ·  F6 light/dark  ·  Esc back</translation>
    </message>
    <message>
        <source>Gemeenschappelijk (vóór beide wijzigingen)</source>
        <translation>Common (before both changes)</translation>
    </message>
    <message>
        <source>Mijn versie</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Hun versie</source>
        <translation>Their version</translation>
    </message>
    <message>
        <source>Kies een regel om de versies naast elkaar te zien.</source>
        <translation>Choose a row to see the versions side by side.</translation>
    </message>
    <message>
        <source>(het item bestond op beide plaatsen)</source>
        <translation>(the item existed on both sides)</translation>
    </message>
    <message>
        <source>Hier: {0}</source>
        <translation>Here: {0}</translation>
    </message>
    <message>
        <source>Daar: {0}</source>
        <translation>There: {0}</translation>
    </message>
    <message>
        <source>(onbekend of leeg)</source>
        <translation>(unknown or empty)</translation>
    </message>
    <message>
        <source>Synchroniseren met de delegatie</source>
        <translation>Synchronise with the delegation</translation>
    </message>
    <message>
        <source>De gedeelde map (USB-stick, netwerkschijf)</source>
        <translation>The shared folder (USB stick, network drive)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Wachtwoord van de delegatie</source>
        <translation>Delegation&apos;s passphrase</translation>
    </message>
    <message>
        <source>Briefing leest de nieuwe bundels van uw collega&apos;s in de map, neemt over wat zonder conflict kan (na een reservekopie), bewaart conflicten voor u en schrijft uw eigen bundel. Bestanden van anderen blijven onaangeroerd.</source>
        <translation>Briefing reads your colleagues&apos; new bundles in the folder, takes over what merges without conflict (after a backup), keeps conflicts for you and writes your own bundle. Other people&apos;s files are left untouched.</translation>
    </message>
    <message>
        <source>Gedeelde map kiezen</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <source>Vul het wachtwoord van de delegatie in.</source>
        <translation>Enter the delegation&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Geen open conflicten.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>Alles is beslist.</source>
        <translation>Everything is decided.</translation>
    </message>
    <message>
        <source>van {0}, ontvangen {1}</source>
        <translation>from {0}, received {1}</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Wat u terugzet, komt bij de volgende uitwisseling ook bij de anderen terug.</source>
        <translation>What you restore comes back for the others too at the next exchange.</translation>
    </message>
    <message>
        <source>{0}: {1} (verwijderd door {2}, {3})</source>
        <translation>{0}: {1} (deleted by {2}, {3})</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Verberg alles en vraag het wachtwoord opnieuw</source>
        <translation>Hide everything and ask for the passphrase again</translation>
    </message>
    <message>
        <source>Scherm afschermen</source>
        <translation>Blank the screen</translation>
    </message>
    <message>
        <source>Versleuteling</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>De database kan niet opnieuw worden geopend: %1</source>
        <translation>The database cannot be opened again: %1</translation>
    </message>
    <message>
        <source>Briefing stopt nu. De volgende start controleert de database opnieuw en biedt zo nodig de nieuwste goede reservekopie aan.</source>
        <translation>Briefing will now close. The next start checks the database again and, if needed, offers the newest good backup.</translation>
    </message>
    <message>
        <source>De database en {0} reservekopieën zijn weer onversleuteld opgeslagen.</source>
        <translation>The database and {0} backups are stored unencrypted again.</translation>
    </message>
    <message>
        <source>De database en {0} reservekopieën zijn versleuteld. Briefing vraagt het wachtwoord bij het starten en na een tijd zonder gebruik; Ctrl+L vergrendelt meteen.</source>
        <translation>The database and {0} backups are encrypted. Briefing asks for the passphrase at start and after a time without use; Ctrl+L locks at once.</translation>
    </message>
    <message>
        <source>Briefing — vergrendeld</source>
        <translation>Briefing — locked</translation>
    </message>
    <message>
        <source>Briefing is vergrendeld</source>
        <translation>Briefing is locked</translation>
    </message>
    <message>
        <source>De database {0} is versleuteld. Geef het wachtwoord om verder te werken.</source>
        <translation>The database {0} is encrypted. Enter the passphrase to continue.</translation>
    </message>
    <message>
        <source>Wachtwoord van de database</source>
        <translation>Database passphrase</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Scherm afgeschermd. Druk op een toets of klik om verder te gaan.</source>
        <translation>Screen blanked. Press a key or click to continue.</translation>
    </message>
    <message>
        <source>Exportlogboek</source>
        <translation>Export log</translation>
    </message>
    <message>
        <source>Pakket of exemplaar</source>
        <translation>Pack or copy</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Er zijn nog geen pakketten geëxporteerd.</source>
        <translation>No packs have been exported yet.</translation>
    </message>
    <message>
        <source>%1 (niet genummerd)</source>
        <translation>%1 (not numbered)</translation>
    </message>
    <message>
        <source>Exemplaar %1 · voor %2</source>
        <translation>Copy %1 · for %2</translation>
    </message>
    <message>
        <source>Genummerde exemplaren</source>
        <translation>Numbered copies</translation>
    </message>
    <message>
        <source>Ook deze interne editie per ontvanger nummeren</source>
        <translation>Number this internal edition per recipient too</translation>
    </message>
    <message>
        <source>Ontvangers uit de delegatie</source>
        <translation>Recipients from the delegation</translation>
    </message>
    <message>
        <source>Andere ontvangers, gescheiden door ;</source>
        <translation>Other recipients, separated by ;</translation>
    </message>
    <message>
        <source>Andere ontvangers</source>
        <translation>Other recipients</translation>
    </message>
    <message>
        <source>Elke ontvanger krijgt een eigen exemplaar met ‘Exemplaar N · voor NAAM’ op elke pagina; het exportlogboek houdt bij wie welk exemplaar kreeg.</source>
        <translation>Each recipient gets a copy of their own, numbered and named on every page (in the footer and across the page); the export log records who received which copy.</translation>
    </message>
    <message>
        <source>Reservekopie bij het starten: {0}</source>
        <translation>Start-up backup: {0}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Gesprekspartner</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>Gesprekspartners</source>
        <translation>Counterparts</translation>
    </message>
    <message>
        <source>Standpunt</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Standpunten</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Kerncijfer</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Spreekpunt</source>
        <translation>Talking point</translation>
    </message>
    <message>
        <source>Spreekpunten</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <source>Lastige vraag</source>
        <translation>Hard question</translation>
    </message>
    <message>
        <source>Lastige vragen</source>
        <translation>Hard questions</translation>
    </message>
    <message>
        <source>Ledensignaal</source>
        <translation>Member signal</translation>
    </message>
    <message>
        <source>Ledensignalen</source>
        <translation>Member signals</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Overleggen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Delegatielid</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Delegatie</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Gesprekspartner bij overleg</source>
        <translation>Counterpart at meeting</translation>
    </message>
    <message>
        <source>Gesprekspartners bij overleg</source>
        <translation>Counterparts at meeting</translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Escalatiestrategie</source>
        <translation>Escalation strategy</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Uitgever</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Vindplaats</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Belangen</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Partij</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Ons antwoord</source>
        <translation>Our answer</translation>
    </message>
    <message>
        <source>Paragraaf</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Sleutel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Reeks</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Herkomst</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Aim</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Aanvang</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Soort waarde</source>
        <translation>Kind of value</translation>
    </message>
    <message>
        <source>Waarde bij benadering</source>
        <translation>Approximate value</translation>
    </message>
    <message>
        <source>Jaren bij benadering</source>
        <translation>Approximate years</translation>
    </message>
    <message>
        <source>Bron nog te bevestigen</source>
        <translation>Source to be confirmed</translation>
    </message>
    <message>
        <source>één waarde</source>
        <translation>one value</translation>
    </message>
    <message>
        <source>reeks per jaar</source>
        <translation>series per year</translation>
    </message>
    <message>
        <source>Doel van het overleg</source>
        <translation>Aim of the meeting</translation>
    </message>
    <message>
        <source>Kernboodschap van het overleg</source>
        <translation>Key message of the meeting</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Woordvoerder</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Rubricering</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Openingsbod</source>
        <translation>Opening offer</translation>
    </message>
    <message>
        <source>Ondergrens</source>
        <translation>Bottom line</translation>
    </message>
    <message>
        <source>BATNA / plan B</source>
        <translation>BATNA / plan B</translation>
    </message>
    <message>
        <source>Verwacht standpunt</source>
        <translation>Expected position</translation>
    </message>
    <message>
        <source>Afgesproken</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Afgesproken op</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Voornemen</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Inzet</source>
        <translation>Our ask</translation>
    </message>
    <message>
        <source>Kernboodschap</source>
        <translation>Key message</translation>
    </message>
    <message>
        <source>Kernboodschappen</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <source>Reactieve lijn</source>
        <translation>Reactive line</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>definitief</source>
        <translation>final</translation>
    </message>
    <message>
        <source>Openbaar</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Vertrouwelijk</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>VNG (wij)</source>
        <translation>VNG (us)</translation>
    </message>
    <message>
        <source>Rijk (zij)</source>
        <translation>Government (them)</translation>
    </message>
    <message>
        <source>Samen</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Tegenpartij</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>Bondgenoot</source>
        <translation>Ally</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>procent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>number</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>standaardgegevens</source>
        <translation>default data</translation>
    </message>
    <message>
        <source>geen getal ingevuld</source>
        <translation>no number filled in</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen geldig getal; schrijf bijvoorbeeld 1.000,5 (punt voor duizendtallen, komma voor decimalen)</source>
        <translation>&apos;{text}&apos; is not a valid number; write for example 1.000,5 (a point for thousands, a comma for decimals)</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; past alleen bij een bedrag in euro</source>
        <translation>&apos;{word}&apos; only fits an amount in euros</translation>
    </message>
    <message>
        <source>een percentage past alleen bij de eenheid procent</source>
        <translation>a percentage only fits the unit percent</translation>
    </message>
    <message>
        <source>{label} is verplicht</source>
        <translation>{label} is required</translation>
    </message>
    <message>
        <source>{label} mag niet leeg zijn</source>
        <translation>{label} may not be empty</translation>
    </message>
    <message>
        <source>{label} moet een getal zijn</source>
        <translation>{label} must be a number</translation>
    </message>
    <message>
        <source>{label} moet een eindig getal zijn</source>
        <translation>{label} must be a finite number</translation>
    </message>
    <message>
        <source>{label} moet een heel getal zijn</source>
        <translation>{label} must be a whole number</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen heel getal</source>
        <translation>&apos;{text}&apos; is not a whole number</translation>
    </message>
    <message>
        <source>{label} kan niet negatief zijn</source>
        <translation>{label} cannot be negative</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen tijd (schrijf UU:MM, bijv. 14:30)</source>
        <translation>&apos;{text}&apos; is not a time (write HH:MM, e.g. 14:30)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen datum (schrijf JJJJ-MM-DD)</source>
        <translation>&apos;{text}&apos; is not a date (write YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen jaartal</source>
        <translation>&apos;{text}&apos; is not a year</translation>
    </message>
    <message>
        <source>onbekend veld voor {kind}</source>
        <translation>unknown field for {kind}</translation>
    </message>
    <message>
        <source>onbekende status {value} (kies uit: {choices})</source>
        <translation>unknown status {value} (choose from: {choices})</translation>
    </message>
    <message>
        <source>onbekende waarde {value} (kies uit: {choices})</source>
        <translation>unknown value {value} (choose from: {choices})</translation>
    </message>
    <message>
        <source>moet een geheel getal zijn</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>{label} moet tekst zijn</source>
        <translation>{label} must be text</translation>
    </message>
    <message>
        <source>{label} is ja of nee</source>
        <translation>{label} is yes or no</translation>
    </message>
    <message>
        <source>een lijst van jaartallen</source>
        <translation>a list of years</translation>
    </message>
    <message>
        <source>een reeks is een lijst van jaar en waarde</source>
        <translation>a series is a list of year and value</translation>
    </message>
    <message>
        <source>moet een niet-lege tekst zijn</source>
        <translation>must be a text that is not empty</translation>
    </message>
    <message>
        <source>is langer dan {count} tekens</source>
        <translation>is longer than {count} characters</translation>
    </message>
    <message>
        <source>{value} mag alleen letters, cijfers, &apos;-&apos;, &apos;_&apos; en losse punten bevatten (geen spaties, regeleinden of &apos;/&apos;)</source>
        <translation>{value} may only hold letters, digits, &apos;-&apos;, &apos;_&apos; and single dots (no spaces, line breaks or &apos;/&apos;)</translation>
    </message>
    <message>
        <source>{label} {problem}</source>
        <translation>{label} {problem}</translation>
    </message>
    <message>
        <source>Rubricering van het overleg</source>
        <translation>Classification of the meeting</translation>
    </message>
    <message>
        <source>Het overleg mist</source>
        <translation>The meeting lacks</translation>
    </message>
    <message>
        <source>Onbekende cijferverwijzingen</source>
        <translation>Unknown figure references</translation>
    </message>
    <message>
        <source>Onjuiste cijferverwijzingen (niet ingevuld)</source>
        <translation>Malformed figure references (not filled in)</translation>
    </message>
    <message>
        <source>Gewijzigde cijfers zonder bron voor de nieuwe waarde</source>
        <translation>Changed figures without a source for the new value</translation>
    </message>
    <message>
        <source>Toelichtingen die een getal citeren dat het cijfer niet meer heeft</source>
        <translation>Notes quoting a number the figure no longer has</translation>
    </message>
    <message>
        <source>Tekens die het lettertype niet kan afdrukken</source>
        <translation>Characters the font cannot print</translation>
    </message>
    <message>
        <source>Concept-onderdelen in de samenvatting</source>
        <translation>Draft parts in the summary</translation>
    </message>
    <message>
        <source>Cijfers die niet in deze editie mogen (verwijzing onleesbaar gemaakt)</source>
        <translation>Figures not allowed in this edition (reference made unreadable)</translation>
    </message>
    <message>
        <source>Kerncijfers zonder bron</source>
        <translation>Key figures without a source</translation>
    </message>
    <message>
        <source>Kerncijfers zonder peildatum</source>
        <translation>Key figures without an as-of date</translation>
    </message>
    <message>
        <source>Kerncijfers ouder dan {days} dagen</source>
        <translation>Key figures older than {days} days</translation>
    </message>
    <message>
        <source>Onderdelen nog in concept</source>
        <translation>Parts still in draft</translation>
    </message>
    <message>
        <source>Agendadossiers zonder ondergrens</source>
        <translation>Agenda dossiers without a bottom line</translation>
    </message>
    <message>
        <source>Het overleg zelf is gerubriceerd als {level}; titel, datum en plaats zijn weggelaten; het pakket heet naar zijn dossiers</source>
        <translation>The meeting itself is classified {level}; title, date and place are left out; the pack is named after its dossiers</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>geen aanvangstijd</source>
        <translation>no start time</translation>
    </message>
    <message>
        <source>geen plaats</source>
        <translation>no place</translation>
    </message>
    <message>
        <source>geen doel van het overleg</source>
        <translation>no aim for the meeting</translation>
    </message>
    <message>
        <source>geen delegatie (wie spreekt namens de VNG)</source>
        <translation>no delegation (who speaks for the VNG)</translation>
    </message>
    <message>
        <source>geen rol voor {name}</source>
        <translation>no role for {name}</translation>
    </message>
    <message>
        <source>geen gesprekspartners (met wie is het overleg)</source>
        <translation>no counterparts (whom the meeting is with)</translation>
    </message>
    <message>
        <source>geen functie voor {name}</source>
        <translation>no position given for {name}</translation>
    </message>
    <message>
        <source>{where}: cijfer &apos;{key}&apos; bestaat niet</source>
        <translation>{where}: figure &apos;{key}&apos; does not exist</translation>
    </message>
    <message>
        <source>{where}: cijfer &apos;{key}&apos; staat boven deze editie</source>
        <translation>{where}: figure &apos;{key}&apos; is above this edition</translation>
    </message>
    <message>
        <source>{label} (nu {value})</source>
        <translation>{label} (now {value})</translation>
    </message>
    <message>
        <source>{label}: citeert {written}, het cijfer is nu {value}</source>
        <translation>{label}: quotes {written}, the figure is now {value}</translation>
    </message>
    <message>
        <source>{where}: {title}</source>
        <translation>{where}: {title}</translation>
    </message>
    <message>
        <source>{title}</source>
        <translation>{title}</translation>
    </message>
    <message>
        <source>{label} ({date})</source>
        <translation>{label} ({date})</translation>
    </message>
    <message>
        <source>{where}: {title} (genoemd in de tekst)</source>
        <translation>{where}: {title} (cited in the text)</translation>
    </message>
    <message>
        <source>{title} (genoemd in de tekst)</source>
        <translation>{title} (cited in the text)</translation>
    </message>
    <message>
        <source>Controle vóór export (openbare editie):</source>
        <translation>Check before export (public edition):</translation>
    </message>
    <message>
        <source>Controle vóór export (interne editie):</source>
        <translation>Check before export (internal edition):</translation>
    </message>
    <message>
        <source>Controle vóór export (vertrouwelijke editie):</source>
        <translation>Check before export (confidential edition):</translation>
    </message>
    <message>
        <source>- {title}: {count}</source>
        <translation>- {title}: {count}</translation>
    </message>
    <message>
        <source>    · {item}</source>
        <translation>    · {item}</translation>
    </message>
    <message>
        <source>- Onderdelen die deze editie weglaat: {count}</source>
        <translation>- Parts this edition leaves out: {count}</translation>
    </message>
    <message>
        <source>Geen aandachtspunten.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>bij het starten</source>
        <translation>at start-up</translation>
    </message>
    <message>
        <source>voor een schema-update</source>
        <translation>before a schema update</translation>
    </message>
    <message>
        <source>voor een import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>handmatig</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>voor het terugzetten van een reservekopie</source>
        <translation>before restoring a backup</translation>
    </message>
    <message>
        <source>voor het herstellen van de zoekindex</source>
        <translation>before repairing the search index</translation>
    </message>
    <message>
        <source>Er is geen reservekopie met de naam {name!r}.</source>
        <translation>There is no backup named {name!r}.</translation>
    </message>
    <message>
        <source>Er wordt geen reservekopie gemaakt: {reason}. Briefing schrijft niets naast een database die alleen-lezen is of geen gewoon bestand in haar map.</source>
        <translation>No backup is made: {reason}. Briefing writes nothing beside a database that is read-only or not a regular file in its folder.</translation>
    </message>
    <message>
        <source>De reservekopie is na het schrijven niet in orde ({problem}).</source>
        <translation>The backup is not sound after writing ({problem}).</translation>
    </message>
    <message>
        <source>De reservekopie kon niet worden gemaakt: {reason}</source>
        <translation>The backup could not be made: {reason}</translation>
    </message>
    <message>
        <source>Briefing heeft deze database open in een venster ({holder}). Importeer via het menu van de app, of sluit de app eerst.</source>
        <translation>Briefing has this database open in a window ({holder}). Import through the app&apos;s menu, or close the app first.</translation>
    </message>
    <message>
        <source>onleesbaar: {detail}</source>
        <translation>unreadable: {detail}</translation>
    </message>
    <message>
        <source>De reservekopie {name} is beschadigd en wordt niet teruggezet ({problem}). Er is niets veranderd; kies een andere uit &apos;briefing backup list&apos;.</source>
        <translation>The backup {name} is damaged and is not restored ({problem}). Nothing has changed; choose another one from &apos;briefing backup list&apos;.</translation>
    </message>
    <message>
        <source>Terugzetten is mislukt: {reason}</source>
        <translation>Restoring failed: {reason}</translation>
    </message>
    <message>
        <source>[onbekend cijfer: {key}]</source>
        <translation>[unknown figure: {key}]</translation>
    </message>
    <message>
        <source>[cijfer niet in deze editie]</source>
        <translation>[figure not in this edition]</translation>
    </message>
    <message>
        <source>Rij {row}, kolom {column}: {problem}</source>
        <translation>Row {row}, column {column}: {problem}</translation>
    </message>
    <message>
        <source>jaar {year} van de reeks, zie rij {row}</source>
        <translation>year {year} of the series, see row {row}</translation>
    </message>
    <message>
        <source>{name}: {old} -&gt; {new}</source>
        <translation>{name}: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>{changes}</source>
        <translation>{changes}</translation>
    </message>
    <message>
        <source>dubbel: staat ook op rij {row}</source>
        <translation>duplicate: also on row {row}</translation>
    </message>
    <message>
        <source>de sleutel is verplicht</source>
        <translation>the key is required</translation>
    </message>
    <message>
        <source>kerncijfer &apos;{key}&apos; is een reeks per jaar; geef per jaar een rij met de kolom jaar (één waarde zonder jaar past er niet in)</source>
        <translation>key figure &apos;{key}&apos; is a series per year; give one row per year with the column year (one value without a year does not fit)</translation>
    </message>
    <message>
        <source>kerncijfer &apos;{key}&apos; is één waarde, geen reeks per jaar; laat de kolom jaar leeg (of maak er in de app eerst een reeks van)</source>
        <translation>key figure &apos;{key}&apos; is one value, not a series per year; leave the column year empty (or first make it a series in the app)</translation>
    </message>
    <message>
        <source>geen waarde voor {year}</source>
        <translation>no value for {year}</translation>
    </message>
    <message>
        <source>rij zonder jaar, terwijl rij {row} een jaar van &apos;{key}&apos; geeft; geef elke rij van een reeks een jaar</source>
        <translation>row without a year, while row {row} gives a year of &apos;{key}&apos;; give every row of a series a year</translation>
    </message>
    <message>
        <source>de eenheid is verplicht voor een nieuw kerncijfer (euro, procent of aantal)</source>
        <translation>a new key figure needs a unit (euro, procent or aantal)</translation>
    </message>
    <message>
        <source>het dossier is verplicht</source>
        <translation>the dossier is required</translation>
    </message>
    <message>
        <source>onbekend dossier {slug}</source>
        <translation>unknown dossier {slug}</translation>
    </message>
    <message>
        <source>geen getal</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>{text} is wetenschappelijke notatie; schrijf het getal voluit, bijvoorbeeld 1.500.000 of € 1,5 mln</source>
        <translation>{text} is scientific notation; write the number in full, for example 1.500.000 or € 1,5 mln</translation>
    </message>
    <message>
        <source>het getal is onwaarschijnlijk groot (meer dan 1 biljard); klopt het?</source>
        <translation>the number is improbably large (more than a thousand trillion); is it right?</translation>
    </message>
    <message>
        <source>{text} is geen jaartal (schrijf bijvoorbeeld 2026)</source>
        <translation>{text} is not a year (write for example 2026)</translation>
    </message>
    <message>
        <source>{text} is geen datum (schrijf 15-06-2024 of 2024-06-15)</source>
        <translation>{text} is not a date (write 15-06-2024 or 2024-06-15)</translation>
    </message>
    <message>
        <source>onbekende waarde {text}; kies {choices}</source>
        <translation>unknown value {text}; choose {choices}</translation>
    </message>
    <message>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Meer dan {count} rijen; splits het bestand.</source>
        <translation>More than {count} rows; split the file.</translation>
    </message>
    <message>
        <source>Het bestand heeft alleen een kopregel en geen kerncijfers.</source>
        <translation>The file has only a header row and no key figures.</translation>
    </message>
    <message>
        <source>De eerste rij mist de kolom(men) {missing}. Verwachte kolommen: {expected}</source>
        <translation>The first row lacks the column(s) {missing_en}. Expected columns: {expected_en}</translation>
    </message>
    <message>
        <source>Onbekende kolom(men) in de eerste rij: {columns}.</source>
        <translation>Unknown column(s) in the first row: {columns}.</translation>
    </message>
    <message>
        <source>{count} probleem/problemen in het bestand; er is niets ingelezen.</source>
        <translation>{count} problem(s) in the file; nothing was imported.</translation>
    </message>
    <message>
        <source>{reason} Er is niets ingelezen.</source>
        <translation>{reason} Nothing was imported.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>onbekende eenheid {unit}; kies euro, procent of aantal</source>
        <translation>unknown unit {unit}; choose euro, procent or aantal</translation>
    </message>
    <message>
        <source>of</source>
        <translation>or</translation>
    </message>
    <message>
        <source>Typ eerst de notitie (een lege notitie wordt niet bewaard).</source>
        <translation>Type the note first (an empty note is not saved).</translation>
    </message>
    <message>
        <source>Een toezegging zegt wat er is toegezegd: typ ook de toezegging zelf.</source>
        <translation>A commitment says what was promised: type the commitment itself too.</translation>
    </message>
    <message>
        <source>Onbekend overleg: {id} (zie &apos;briefing meetings&apos;).</source>
        <translation>Unknown meeting: {id} (see &apos;briefing meetings&apos;).</translation>
    </message>
    <message>
        <source>Onbekend dossier: {slug} (zie &apos;briefing dossiers&apos;).</source>
        <translation>Unknown dossier: {slug} (see &apos;briefing dossiers&apos;).</translation>
    </message>
    <message>
        <source>Kies een overleg of ten minste één dossier.</source>
        <translation>Choose a meeting or at least one dossier.</translation>
    </message>
    <message>
        <source>Er zijn geen ontvangers opgegeven; er is niets geschreven.</source>
        <translation>No recipients were given; nothing was written.</translation>
    </message>
    <message>
        <source>Het pakket kan niet worden opgeslagen als {path}: {reason}.</source>
        <translation>The pack cannot be saved as {path}: {reason}.</translation>
    </message>
    <message>
        <source>Het pakket kon niet worden gemaakt: {reason}</source>
        <translation>The pack could not be made: {reason}</translation>
    </message>
    <message>
        <source>Het pakket is niet opgeslagen. {reason}</source>
        <translation>The pack was not saved. {reason}</translation>
    </message>
    <message>
        <source>De versie die dit pakket herhaalt, is niet meer vastgelegd; maak het opnieuw aan.</source>
        <translation>The version this pack repeats is no longer recorded; make the pack again.</translation>
    </message>
    <message>
        <source>{path} is de database van Briefing of een bestand dat erbij hoort (reservekopie, logbestand); kies een andere naam, bijvoorbeeld pakket.pdf.</source>
        <translation>{path} is Briefing&apos;s database or a file that belongs to it (backup, log file); choose another name, for example pakket.pdf.</translation>
    </message>
    <message>
        <source>{path} is een map; geef een bestandsnaam op, bijvoorbeeld pakket.pdf.</source>
        <translation>{path} is a folder; give a file name, for example pakket.pdf.</translation>
    </message>
    <message>
        <source>Intussen is versie {version} van dit pakket al geëxporteerd; het pakket is niet opgeslagen. Maak het opnieuw aan.</source>
        <translation>Meanwhile version {version} of this pack has been exported; the pack was not saved. Make it again.</translation>
    </message>
    <message>
        <source>{date} · {title}</source>
        <translation>{date} · {title}</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>Van deze notitie is al een toezegging gemaakt.</source>
        <translation>This note has already been made a commitment.</translation>
    </message>
    <message>
        <source>Vul in wie de toezegging deed (bijvoorbeeld VNG of Minister BZK).</source>
        <translation>Fill in who made the commitment (for example VNG or Minister BZK).</translation>
    </message>
    <message>
        <source>Alleen standpunten en spreekpunten kunnen worden gemarkeerd.</source>
        <translation>Only positions and talking points can be marked.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen datum: schrijf JJJJ-MM-DD (toezegging &apos;{what}&apos;).</source>
        <translation>&apos;{text}&apos; is not a date: write YYYY-MM-DD (commitment &apos;{what}&apos;).</translation>
    </message>
    <message>
        <source>Er is geen spreekpunt {number} bij dit agendapunt (er is er {count}).</source>
        <translation>There is no talking point {number} on this agenda item (there is {count}).</translation>
    </message>
    <message>
        <source>Er is geen spreekpunt {number} bij dit agendapunt (er zijn er {count}).</source>
        <translation>There is no talking point {number} on this agenda item (there are {count}).</translation>
    </message>
    <message>
        <source>Geen spreekpunt bij dit agendapunt bevat &apos;{text}&apos;; typ het nummer, bijvoorbeeld g: 2.</source>
        <translation>No talking point on this agenda item contains &apos;{text}&apos;; type its number, for example g: 2.</translation>
    </message>
    <message>
        <source>{count} spreekpunten bevatten &apos;{text}&apos;; typ het nummer, bijvoorbeeld g: 2.</source>
        <translation>{count} talking points contain &apos;{text}&apos;; type the number, for example g: 2.</translation>
    </message>
    <message>
        <source>Een verslag is er in de edities openbaar (leden) en intern (bestuur).</source>
        <translation>A report comes in the public (members) and internal (board) editions.</translation>
    </message>
    <message>
        <source>{path} is de database van Briefing of een bestand dat erbij hoort; kies een andere naam, bijvoorbeeld verslag.pdf.</source>
        <translation>{path} is Briefing&apos;s database or a file that belongs to it; choose another name, for example verslag.pdf.</translation>
    </message>
    <message>
        <source>{path} is een map; geef een bestandsnaam op, bijvoorbeeld verslag.pdf.</source>
        <translation>{path} is a folder; give a file name, for example verslag.pdf.</translation>
    </message>
    <message>
        <source>De map {path} bestaat niet.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
        <source>Kan niet schrijven in de map {path}: {reason}.</source>
        <translation>Cannot write in the folder {path}: {reason}.</translation>
    </message>
    <message>
        <source>Het verslag kan niet worden opgeslagen als {path}: {reason}.</source>
        <translation>The report cannot be saved as {path}: {reason}.</translation>
    </message>
    <message>
        <source>Exemplaar {number} · voor {recipient}</source>
        <translation>Copy {number} · for {recipient}</translation>
    </message>
    <message>
        <source>De openbare editie wordt nooit op naam gezet; laat de ontvangers weg of kies een andere editie.</source>
        <translation>The public edition is never put in anyone&apos;s name; leave out the recipients or choose another edition.</translation>
    </message>
    <message>
        <source>Een interne editie gaat als genummerd exemplaar per ontvanger de deur uit: geef ten minste één ontvanger.</source>
        <translation>An internal edition goes out as a numbered copy per recipient: give at least one recipient.</translation>
    </message>
    <message>
        <source>Een vertrouwelijke editie gaat als genummerd exemplaar per ontvanger de deur uit: geef ten minste één ontvanger.</source>
        <translation>A confidential edition goes out as a numbered copy per recipient: give at least one recipient.</translation>
    </message>
    <message>
        <source>Geef ten hoogste {count} ontvangers per keer.</source>
        <translation>Give at most {count} recipients at a time.</translation>
    </message>
    <message>
        <source>Een naam mag ten hoogste {count} tekens hebben: {name}…</source>
        <translation>A name may have at most {count} characters: {name}…</translation>
    </message>
    <message>
        <source>{name} staat twee keer bij de ontvangers; elk exemplaar is persoonlijk.</source>
        <translation>{name} is among the recipients twice; every copy is personal.</translation>
    </message>
    <message>
        <source>Dit bestand is geen (volledige) Briefing-bundel. Er is niets gewijzigd.</source>
        <translation>This file is not a (complete) Briefing bundle. Nothing was changed.</translation>
    </message>
    <message>
        <source>De bundel kan niet worden geopend: het wachtwoord is onjuist, of het bestand is beschadigd of aangepast. Er is niets gewijzigd.</source>
        <translation>The bundle cannot be opened: the passphrase is wrong, or the file is damaged or altered. Nothing was changed.</translation>
    </message>
    <message>
        <source>Deze bundel is gemaakt met een andere versie van Briefing en kan hier niet worden gelezen. Er is niets gewijzigd.</source>
        <translation>This bundle was made with another version of Briefing and cannot be read here. Nothing was changed.</translation>
    </message>
    <message>
        <source>Deze bundel is gemaakt met een andere versie van Briefing. Er is niets gewijzigd.</source>
        <translation>This bundle was made with another version of Briefing. Nothing was changed.</translation>
    </message>
    <message>
        <source>Deze bundel is gemaakt met een oudere versie van Briefing, die nog niet bijhield wie wat gezien heeft. Vraag de afzender om een nieuwe bundel. Er is niets gewijzigd.</source>
        <translation>This bundle was made with an older version of Briefing, which did not yet keep track of who has seen what. Ask the sender for a new bundle. Nothing was changed.</translation>
    </message>
    <message>
        <source>Kies een wachtwoord van minstens {count} tekens.</source>
        <translation>Choose a passphrase of at least {count} characters.</translation>
    </message>
    <message>
        <source>Een wachtwoord mag niet met een spatie beginnen of eindigen.</source>
        <translation>A passphrase may not begin or end with a space.</translation>
    </message>
    <message>
        <source>{problem} Er is niets veranderd.</source>
        <translation>{problem} Nothing has changed.</translation>
    </message>
    <message>
        <source>De database {path} bestaat niet.</source>
        <translation>The database {path} does not exist.</translation>
    </message>
    <message>
        <source>De bundel kon niet worden geschreven: {reason}.</source>
        <translation>The bundle could not be written: {reason}.</translation>
    </message>
    <message>
        <source>De bundel {path} kan niet worden gelezen: {reason}.</source>
        <translation>The bundle {path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Onbekend dossier: {slugs}. Er is niets geschreven.</source>
        <translation>Unknown dossier: {slugs}. Nothing was written.</translation>
    </message>
    <message>
        <source>{count} conflict(en) zonder keuze; kies per item, of alles &apos;hun versie&apos; (--take-theirs) of &apos;mijn versie&apos; (--keep-mine). Er is niets gewijzigd.</source>
        <translation>{count} conflict(s) without a choice; choose per item, or &apos;their version&apos; (--take-theirs) or &apos;my version&apos; (--keep-mine) for all. Nothing was changed.</translation>
    </message>
    <message>
        <source>{reason} Daarom is er niets geïmporteerd.</source>
        <translation>{reason} Therefore nothing was imported.</translation>
    </message>
    <message>
        <source>{reason} Daarom is er niets ingelezen.</source>
        <translation>{reason} Therefore nothing was read in.</translation>
    </message>
    <message>
        <source>De bundel bevat een ongeldig item ({reason}). Er is niets gewijzigd.</source>
        <translation>The bundle holds an invalid item ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <source>De bundel botst met deze database ({reason}). Er is niets gewijzigd.</source>
        <translation>The bundle clashes with this database ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <source>{kind} &apos;{title}&apos; hoort bij iets dat hier niet meer bestaat en ook niet terug kan. Er is niets gewijzigd.</source>
        <translation>{kind} &apos;{title}&apos; belongs to something that no longer exists here and cannot come back either. Nothing was changed.</translation>
    </message>
    <message>
        <source>Er is geen open conflict nummer {number}.</source>
        <translation>There is no open conflict number {number}.</translation>
    </message>
    <message>
        <source>De map {path} bestaat niet (of is geen map). Er is niets gewijzigd.</source>
        <translation>The folder {path} does not exist (or is not a folder). Nothing was changed.</translation>
    </message>
    <message>
        <source>niet te lezen ({reason})</source>
        <translation>cannot be read ({reason})</translation>
    </message>
    <message>
        <source>Deze bundel komt uit een nieuwere Briefing (schemaversie {theirs}, deze versie kent er {ours}). Werk Briefing eerst bij. Er is niets gewijzigd.</source>
        <translation>This bundle comes from a newer Briefing (schema version {theirs}, this version knows {ours}). Update Briefing first. Nothing was changed.</translation>
    </message>
    <message>
        <source>De bundel bevat hetzelfde item meer dan eens ({items}). Er is niets gewijzigd.</source>
        <translation>The bundle holds the same item more than once ({items}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Twee items in de bundel wijzen naar hetzelfde item hier (een hergebruikte code of id). Er is niets gewijzigd.</source>
        <translation>Two items in the bundle point to the same item here (a reused code or id). Nothing was changed.</translation>
    </message>
    <message>
        <source>De bundel is voor {dossiers}, maar &apos;{title}&apos; zou een item van het dossier {slug} hier overschrijven. Er is niets gewijzigd.</source>
        <translation>The bundle is for {dossiers}, but &apos;{title}&apos; would overwrite an item of the dossier {slug} here. Nothing was changed.</translation>
    </message>
    <message>
        <source>De bundel is voor {dossiers} maar bevat een ander dossier. Er is niets gewijzigd.</source>
        <translation>The bundle is for {dossiers} but holds another dossier. Nothing was changed.</translation>
    </message>
    <message>
        <source>Een item in de bundel hoort bij een dossier dat de bundel niet meebrengt. Er is niets gewijzigd.</source>
        <translation>An item in the bundle belongs to a dossier the bundle does not bring. Nothing was changed.</translation>
    </message>
    <message>
        <source>De bundel bevat een ongeldige {what}: {problem}. Er is niets gewijzigd.</source>
        <translation>The bundle holds an invalid {what}: {problem}. Nothing was changed.</translation>
    </message>
    <message>
        <source>dossiercode</source>
        <translation>dossier code</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>bestaat</source>
        <translation>exists</translation>
    </message>
    <message>
        <source>bestaat (met eigen onderdelen)</source>
        <translation>exists (with parts of its own)</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>{what} verwijderd</source>
        <translation>{what} deleted</translation>
    </message>
    <message>
        <source>{name} is in het oude Excel-formaat (.xls); sla het in Excel op als .xlsx of als CSV en lees dat in.</source>
        <translation>{name} is in the old Excel format (.xls); save it in Excel as .xlsx or as CSV and import that.</translation>
    </message>
    <message>
        <source>{name} is geen CSV- of Excel-bestand; Briefing leest kerncijfers uit .csv (of .txt) en .xlsx.</source>
        <translation>{name} is not a CSV or Excel file; Briefing reads key figures from .csv (or .txt) and .xlsx.</translation>
    </message>
    <message>
        <source>{path} is een map, geen bestand.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <source>Het bestand is te groot voor een lijst kerncijfers.</source>
        <translation>The file is too large for a list of key figures.</translation>
    </message>
    <message>
        <source>{path} kan niet worden gelezen: {reason}.</source>
        <translation>{path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>{name} is geen leesbaar Excel-bestand ({reason}).</source>
        <translation>{name} is not a readable Excel file ({reason}).</translation>
    </message>
    <message>
        <source>{name} is geen tekstbestand (CSV); lees een CSV- of .xlsx-bestand in, bijvoorbeeld via Opslaan als &gt; CSV in Excel.</source>
        <translation>{name} is not a text file (CSV); import a CSV or .xlsx file, for example through Save As &gt; CSV in Excel.</translation>
    </message>
    <message>
        <source>{name} is geen geldig CSV-bestand: regel {line} is niet te lezen (een aanhalingsteken te veel of te weinig?).</source>
        <translation>{name} is not a valid CSV file: line {line} cannot be read (a quotation mark too many or too few?).</translation>
    </message>
    <message>
        <source>onbekende rubricering {text} (kies uit: {choices})</source>
        <translation>unknown classification {text} (choose from: {choices})</translation>
    </message>
    <message>
        <source>{label} is altijd vertrouwelijk en kan niet als &apos;{level}&apos; worden gerubriceerd (kies vertrouwelijk)</source>
        <translation>{label} is always confidential and cannot be classified as &apos;{level}&apos; (choose confidential)</translation>
    </message>
    <message>
        <source>bron niet in deze editie</source>
        <translation>source not in this edition</translation>
    </message>
    <message>
        <source>gesprekspartner</source>
        <translation>counterpart</translation>
    </message>
    <message>
        <source>overleg</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>onderdeel niet in deze editie</source>
        <translation>item not in this edition</translation>
    </message>
    <message>
        <source>{where}: {characters}</source>
        <translation>{where}: {characters}</translation>
    </message>
    <message>
        <source>onbekend teken</source>
        <translation>unknown character</translation>
    </message>
    <message>
        <source>Het lettertype {file} ontbreekt of is onleesbaar</source>
        <translation>The font {file} is missing or unreadable</translation>
    </message>
    <message>
        <source>Briefing heeft deze database al open in een ander venster, maar dat venster reageert niet. Sluit het en probeer het opnieuw.</source>
        <translation>Briefing already has this database open in another window, but that window does not respond. Close it and try again.</translation>
    </message>
    <message>
        <source>onbekend dossier &apos;{slug}&apos; (bekende dossiers: {known})</source>
        <translation>unknown dossier &apos;{slug}&apos; (known dossiers: {known})</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>onbekend overleg &apos;{id}&apos;</source>
        <translation>unknown meeting &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>Er is geen verwijderd item {id} dat terug kan.</source>
        <translation>There is no deleted item {id} that can be brought back.</translation>
    </message>
    <message>
        <source>{reason} Daarom is de zoekindex niet hersteld.</source>
        <translation>{reason} So the search index was not repaired.</translation>
    </message>
    <message>
        <source>De zoekindex is na het herstellen nog niet in orde ({problem}).</source>
        <translation>The search index is still not sound after the repair ({problem}).</translation>
    </message>
    <message>
        <source>{path} is een map, geen databasebestand.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>De database {path} bestaat al.</source>
        <translation>The database {path} already exists.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>De gegevens in {source} zijn niet bruikbaar: {reason}</source>
        <translation>The data in {source} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>De database {path} kan niet worden aangemaakt: {reason} Er is niets veranderd.</source>
        <translation>The database {path} cannot be created: {reason} Nothing has changed.</translation>
    </message>
    <message>
        <source>De bestaande database {path} kon niet worden bewaard ({reason}); er is niets veranderd.</source>
        <translation>The existing database {path} could not be kept ({reason}); nothing has changed.</translation>
    </message>
    <message>
        <source>Let op: de database staat op een netwerkschijf. SQLite kan daar niet betrouwbaar vergrendelen; werk er nooit met twee mensen tegelijk in en bewaar hem liever op de eigen schijf.</source>
        <translation>Note: the database is on a network drive. SQLite cannot lock reliably there; never work in it with two people at once, and preferably keep it on your own disk.</translation>
    </message>
    <message>
        <source>Alleen-lezen: {reason}. Wijzigingen kunnen niet worden opgeslagen.</source>
        <translation>Read-only: {reason}. Changes cannot be saved.</translation>
    </message>
    <message>
        <source>{path} is een map, geen databasebestand; geef een bestand op, bijvoorbeeld {example}.</source>
        <translation>{path} is a folder, not a database file; give a file, for example {example}.</translation>
    </message>
    <message>
        <source>Deze database heeft een oudere opbouw en kan alleen-lezen niet worden bijgewerkt; niet alles werkt.</source>
        <translation>This database has an older structure and cannot be updated while read-only; not everything works.</translation>
    </message>
    <message>
        <source>{count} verwijzing(en) in de database wijzen naar iets dat niet meer bestaat; &apos;briefing check&apos; noemt ze.</source>
        <translation>{count} reference(s) in the database point to something that no longer exists; &apos;briefing check&apos; lists them.</translation>
    </message>
    <message>
        <source>De zoekindex is beschadigd ({problem}); zoeken kan fouten geven. De gegevens zelf zijn in orde. Herstel de index met &apos;briefing check --repair&apos; (er wordt eerst een reservekopie gemaakt).</source>
        <translation>The search index is damaged ({problem}); searching may fail. The data itself is sound. Repair the index with &apos;briefing check --repair&apos; (a backup is made first).</translation>
    </message>
    <message>
        <source>Het beschadigde bestand is niet overschreven maar apart gezet als {moved_to}.</source>
        <translation>The damaged file was not overwritten but set aside as {moved_to}.</translation>
    </message>
    <message>
        <source>Het bestand is niet gewijzigd.</source>
        <translation>The file has not been changed.</translation>
    </message>
    <message>
        <source>Er is geen goede reservekopie.</source>
        <translation>There is no good backup.</translation>
    </message>
    <message>
        <source>De database {path} is beschadigd en kan niet veilig worden gebruikt ({detail}). {where} {offer}</source>
        <translation>The database {path} is damaged and cannot be used safely ({detail}). {where} {offer}</translation>
    </message>
    <message>
        <source>De nieuwste goede reservekopie is van {time} ({reason}); zet die terug met &apos;briefing backup restore --newest&apos; of in de app onder Bestand → Reservekopieën.</source>
        <translation>The newest good backup is from {time} ({reason}); restore it with &apos;briefing backup restore --newest&apos; or in the app under File → Backups.</translation>
    </message>
    <message>
        <source>De nieuwste goede reservekopie is van {time} ({reason}); zet die terug met &apos;briefing backup restore --newest&apos; (het bestand wordt dan apart gezet) of in de app onder Bestand → Reservekopieën.</source>
        <translation>The newest good backup is from {time} ({reason}); restore it with &apos;briefing backup restore --newest&apos; (the file is then set aside) or in the app under File → Backups.</translation>
    </message>
    <message>
        <source>Er is geen goede reservekopie. Wie bewust opnieuw wil beginnen met de standaardgegevens, gebruikt &apos;briefing init --force&apos; (het bestand wordt eerst bewaard).</source>
        <translation>There is no good backup. To start afresh with the default data on purpose, use &apos;briefing init --force&apos; (the file is kept first).</translation>
    </message>
    <message>
        <source>{path}: {detail} Het bestand is niet gewijzigd. {offer}</source>
        <translation>{path}: {detail} The file has not been changed. {offer}</translation>
    </message>
    <message>
        <source> Het beschadigde bestand staat apart als {path}.</source>
        <translation> The damaged file is set aside as {path}.</translation>
    </message>
    <message>
        <source>De database {path} ontbreekt, maar er zijn reservekopieën van.{kept} De nieuwste goede is van {time}; zet die terug met &apos;briefing backup restore --newest&apos;, of begin bewust opnieuw met de standaardgegevens met &apos;briefing init --force&apos;.</source>
        <translation>The database {path} is missing, but there are backups of it.{kept} The newest good one is from {time}; restore it with &apos;briefing backup restore --newest&apos;, or start afresh with the default data on purpose with &apos;briefing init --force&apos;.</translation>
    </message>
    <message>
        <source>De database {path} ontbreekt.{kept} Er is geen goede reservekopie. Begin bewust opnieuw met de standaardgegevens met &apos;briefing init --force&apos;, of laat het apart gezette bestand eerst herstellen.</source>
        <translation>The database {path} is missing.{kept} There is no good backup. Start afresh with the default data on purpose with &apos;briefing init --force&apos;, or have the file that was set aside repaired first.</translation>
    </message>
    <message>
        <source>De beschadigde database {path} kon niet apart worden gezet; er is niets teruggezet. Controleer of de map beschreven mag worden.</source>
        <translation>The damaged database {path} could not be set aside; nothing was restored. Check that the folder may be written to.</translation>
    </message>
    <message>
        <source>Er kon geen reservekopie worden gemaakt: {reason}</source>
        <translation>No backup could be made: {reason}</translation>
    </message>
    <message>
        <source>De standaardgegevens zijn onbruikbaar: {reason}</source>
        <translation>The default data cannot be used: {reason}</translation>
    </message>
    <message>
        <source>De database {path} kan niet worden aangemaakt: {reason}.</source>
        <translation>The database {path} cannot be created: {reason}.</translation>
    </message>
    <message>
        <source>Het wachtwoord van de database klopt niet. Er is niets geopend of gewijzigd; probeer het opnieuw.</source>
        <translation>The database passphrase is wrong. Nothing was opened or changed; try again.</translation>
    </message>
    <message>
        <source>Deze database is versleuteld: geef eerst het wachtwoord.</source>
        <translation>This database is encrypted: give the passphrase first.</translation>
    </message>
    <message>
        <source>Let op: een vergeten wachtwoord kan niet worden hersteld. Zonder het wachtwoord zijn de database en haar reservekopieën voorgoed onleesbaar; ook Briefing kan er niet bij.</source>
        <translation>Note: a forgotten passphrase cannot be recovered. Without the passphrase the database and its backups are unreadable for good; Briefing cannot get at them either.</translation>
    </message>
    <message>
        <source>Een leeg wachtwoord kan niet worden gebruikt.</source>
        <translation>An empty passphrase cannot be used.</translation>
    </message>
    <message>
        <source>Versleutelde databases vragen het pakket sqlcipher3, dat ontbreekt in deze installatie.</source>
        <translation>Encrypted databases need the package sqlcipher3, which this installation lacks.</translation>
    </message>
    <message>
        <source>De database kan niet worden geopend. {reason}</source>
        <translation>The database cannot be opened. {reason}</translation>
    </message>
    <message>
        <source>Dit bestand is geen leesbare Briefing-database: {detail}</source>
        <translation>This file is not a readable Briefing database: {detail}</translation>
    </message>
    <message>
        <source>De database kan niet worden geopend: {problem}.</source>
        <translation>The database cannot be opened: {problem}.</translation>
    </message>
    <message>
        <source>Dit is geen Briefing-database: {problem}.</source>
        <translation>This is not a Briefing database: {problem}.</translation>
    </message>
    <message>
        <source>Briefing moet de database bijwerken, maar maakt eerst een reservekopie en dat lukte niet: {reason} Er is niets gewijzigd.</source>
        <translation>Briefing must update the database, but makes a backup first, and that failed: {reason} Nothing has changed.</translation>
    </message>
    <message>
        <source>De database {path} kan niet worden geopend: {detail}</source>
        <translation>The database {path} cannot be opened: {detail}</translation>
    </message>
    <message>
        <source>Deze versleutelde database heeft nog wijzigingen in haar -wal-bestand en staat in een map die niet mag worden beschreven; zo kan ze niet betrouwbaar worden gelezen. Kopieer de map naar een plek waar u mag schrijven en open haar daar.</source>
        <translation>This encrypted database still has changes in its -wal file and is in a folder that may not be written to; it cannot be read reliably like this. Copy the folder to a place where you may write and open it there.</translation>
    </message>
    <message>
        <source>De database kan niet alleen-lezen worden geopend: {reason}.</source>
        <translation>The database cannot be opened read-only: {reason}.</translation>
    </message>
    <message>
        <source>De database {path} is al versleuteld; er is niets veranderd.</source>
        <translation>The database {path} is already encrypted; nothing has changed.</translation>
    </message>
    <message>
        <source>De database {path} is niet versleuteld; er is niets veranderd.</source>
        <translation>The database {path} is not encrypted; nothing has changed.</translation>
    </message>
    <message>
        <source>{path} is geen leesbare database; er is niets veranderd.</source>
        <translation>{path} is not a readable database; nothing has changed.</translation>
    </message>
    <message>
        <source>De omgezette kopie van {name} klopt niet ({problem}); het origineel is niet veranderd.</source>
        <translation>The converted copy of {name} is not right ({problem}); the original has not changed.</translation>
    </message>
    <message>
        <source>{name} kon niet worden omgezet: {reason} Het origineel is niet veranderd.</source>
        <translation>{name} could not be converted: {reason} The original has not changed.</translation>
    </message>
    <message>
        <source>{name} kon niet worden omgezet: {reason}. Het origineel is niet veranderd.</source>
        <translation>{name} could not be converted: {reason}. The original has not changed.</translation>
    </message>
    <message>
        <source>de tabel {table} verschilt</source>
        <translation>the table {table} differs</translation>
    </message>
    <message>
        <source>{pragma} verschilt</source>
        <translation>{pragma} differs</translation>
    </message>
    <message>
        <source>Een ander programma of Briefing-venster schrijft op dit moment in deze database. Er is niets gewijzigd; probeer het over een paar seconden opnieuw.</source>
        <translation>Another program or Briefing window is writing to this database right now. Nothing has changed; try again in a few seconds.</translation>
    </message>
    <message>
        <source>De schijf is vol: de wijziging is niet opgeslagen. De gegevens van vóór deze wijziging zijn intact. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full: the change was not saved. The data from before this change is intact. Free up space and try again.</translation>
    </message>
    <message>
        <source>Deze database is alleen-lezen (het bestand of de map mag niet worden beschreven). Er is niets gewijzigd.</source>
        <translation>This database is read-only (the file or the folder may not be written to). Nothing has changed.</translation>
    </message>
    <message>
        <source>De database is beschadigd. Er is niets overschreven; zet een reservekopie terug met &apos;briefing backup restore --newest&apos; of via Bestand &gt; Reservekopieën in de app.</source>
        <translation>The database is damaged. Nothing was overwritten; restore a backup with &apos;briefing backup restore --newest&apos; or through File &gt; Backups in the app.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gelezen of geschreven (schijf- of netwerkfout). Een onvoltooide wijziging is teruggedraaid.</source>
        <translation>The file could not be read or written (a disk or network error). An unfinished change was rolled back.</translation>
    </message>
    <message>
        <source>Databasefout: {detail}</source>
        <translation>Database error: {detail}</translation>
    </message>
    <message>
        <source>het bestand of de map bestaat niet</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <source>een deel van het pad is geen map</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>dat is een map, geen bestand</source>
        <translation>that is a folder, not a file</translation>
    </message>
    <message>
        <source>er staat al een bestand met die naam</source>
        <translation>a file with that name already exists</translation>
    </message>
    <message>
        <source>de naam is te lang</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>het pad verwijst in een kring naar zichzelf (symbolische koppelingen)</source>
        <translation>the path refers to itself in a loop (symbolic links)</translation>
    </message>
    <message>
        <source>het bestand kan niet naar een andere schijf worden verplaatst</source>
        <translation>the file cannot be moved to another disk</translation>
    </message>
    <message>
        <source>het bestand is in gebruik door een ander programma</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <source>lees- of schrijffout van de schijf</source>
        <translation>the disk failed to read or write</translation>
    </message>
    <message>
        <source>het schijfquotum is op; maak ruimte vrij en probeer het opnieuw</source>
        <translation>the disk quota is used up; free up space and try again</translation>
    </message>
    <message>
        <source>het bestand wordt te groot voor deze schijf</source>
        <translation>the file becomes too large for this disk</translation>
    </message>
    <message>
        <source>te veel open bestanden; sluit andere programma&apos;s en probeer het opnieuw</source>
        <translation>too many open files; close other programs and try again</translation>
    </message>
    <message>
        <source>het apparaat bestaat niet (meer)</source>
        <translation>the device does not exist (any more)</translation>
    </message>
    <message>
        <source>die naam of plaats kan op deze schijf niet worden gebruikt</source>
        <translation>that name or place cannot be used on this disk</translation>
    </message>
    <message>
        <source>de schijf is vol; maak ruimte vrij en probeer het opnieuw</source>
        <translation>the disk is full; free up space and try again</translation>
    </message>
    <message>
        <source>geen toestemming om {where} te lezen</source>
        <translation>no permission to read {where}</translation>
    </message>
    <message>
        <source>geen toestemming om dit bestand te lezen</source>
        <translation>no permission to read this file</translation>
    </message>
    <message>
        <source>geen toestemming om te schrijven in {where}</source>
        <translation>no permission to write in {where}</translation>
    </message>
    <message>
        <source>geen toestemming om te schrijven in deze map</source>
        <translation>no permission to write in this folder</translation>
    </message>
    <message>
        <source>de schijf is alleen-lezen ({where})</source>
        <translation>the disk is read-only ({where})</translation>
    </message>
    <message>
        <source>de schijf is alleen-lezen</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>in de map {folder} kunnen geen bestanden worden gemaakt</source>
        <translation>no files can be created in the folder {folder}</translation>
    </message>
    <message>
        <source>systeemfout {code} ({detail})</source>
        <translation>system error {code} ({detail})</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>{program} (proces {pid})</source>
        <translation>{program} (process {pid})</translation>
    </message>
    <message>
        <source>een ander programma</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>een andere verbinding in dit programma</source>
        <translation>another connection in this program</translation>
    </message>
    <message>
        <source>een ander programma of Briefing-venster</source>
        <translation>another program or Briefing window</translation>
    </message>
    <message>
        <source>De database {path} is nog in gebruik door {who}. Sluit dat eerst en probeer het opnieuw; er is niets veranderd.</source>
        <translation>The database {path} is still in use by {who}. Close that first and try again; nothing has changed.</translation>
    </message>
    <message>
        <source>Briefing heeft deze database open in een venster ({holder}). Sluit de app eerst (of doe dit in de app zelf); er is niets veranderd.</source>
        <translation>Briefing has this database open in a window ({holder}). Close the app first (or do this in the app itself); nothing has changed.</translation>
    </message>
    <message>
        <source>Een ander Briefing-programma neemt de database op dit moment over. Er is niets veranderd; probeer het opnieuw.</source>
        <translation>Another Briefing program is taking over the database right now. Nothing has changed; try again.</translation>
    </message>
    <message>
        <source>het bestand is alleen-lezen</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <source>de map waarin de database staat mag niet worden beschreven</source>
        <translation>the folder that holds the database may not be written to</translation>
    </message>
    <message>
        <source>De database is zojuist vervangen door een ander Briefing-programma (terugzetten of opnieuw aanmaken). Er is niets gewijzigd; open haar opnieuw.</source>
        <translation>The database was just replaced by another Briefing program (a restore or a new start). Nothing has changed; open it again.</translation>
    </message>
    <message>
        <source>{path} is een koppeling naar {target}, buiten de map van de database; Briefing opent alleen een databasebestand in die map zelf</source>
        <translation>{path} is a link to {target}, outside the database&apos;s folder; Briefing only opens a database file in that folder itself</translation>
    </message>
    <message>
        <source>{path} is een map, geen databasebestand</source>
        <translation>{path} is a folder, not a database file</translation>
    </message>
    <message>
        <source>{path} is geen gewoon bestand (maar bijvoorbeeld een apparaat)</source>
        <translation>{path} is not a regular file (but a device, for example)</translation>
    </message>
    <message>
        <source>het is een database van een ander programma (onbekende application_id)</source>
        <translation>it is another program&apos;s database (unknown application_id)</translation>
    </message>
    <message>
        <source>het bestand is leeg</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>het is een database van een ander programma (geen Briefing-tabellen)</source>
        <translation>it is another program&apos;s database (no Briefing tables)</translation>
    </message>
    <message>
        <source>onvolledig: de tabel(len) {tables} ontbreken</source>
        <translation>incomplete: the table(s) {tables} are missing</translation>
    </message>
    <message>
        <source>Deze database is gemaakt met een nieuwere versie van Briefing (onbekende schemawijziging: {names}). Werk Briefing bij om haar te openen.</source>
        <translation>This database was made with a newer version of Briefing (unknown schema change: {names}). Update Briefing to open it.</translation>
    </message>
    <message>
        <source>{target} ligt in de map met reservekopieën ({backups}); daar wordt niets anders geschreven. Kies een andere plaats.</source>
        <translation>{target} is in the backups folder ({backups}); nothing else is written there. Choose another place.</translation>
    </message>
    <message>
        <source>{target} is de database waarin u werkt (of een bestand dat SQLite ernaast bijhoudt); dat wordt nooit overschreven, ook niet met --force. Kies een andere naam.</source>
        <translation>{target} is the database you work in (or a file SQLite keeps beside it); that is never overwritten, not even with --force. Choose another name.</translation>
    </message>
    <message>
        <source>{target} is een apart gezette beschadigde database; die blijft bewaard.</source>
        <translation>{target} is a damaged database that was set aside; it is kept.</translation>
    </message>
    <message>
        <source>{kind} {id} bestaat niet (meer)</source>
        <translation>{kind} {id} does not exist (any more)</translation>
    </message>
    <message>
        <source>{kind} {id} hoort bij iets dat niet meer terug kan.</source>
        <translation>{kind} {id} belongs to something that cannot come back.</translation>
    </message>
    <message>
        <source>Het zoeken duurde te lang en is afgebroken; maak de zoekvraag specifieker (meer of langere woorden).</source>
        <translation>The search took too long and was stopped; make the query more specific (more or longer words).</translation>
    </message>
    <message>
        <source>zoekindex: {detail}</source>
        <translation>search index: {detail}</translation>
    </message>
    <message>
        <source>de database is te groot om zonder schrijfrechten veilig te lezen; kopieer de map naar een plek waar u mag schrijven en open haar daar</source>
        <translation>the database is too large to read safely without write permission; copy the folder to a place where you may write and open it there</translation>
    </message>
    <message>
        <source>het bestand kon niet worden gelezen ({reason})</source>
        <translation>the file could not be read ({reason})</translation>
    </message>
    <message>
        <source>{first}, oplopend tot {last}</source>
        <translation>{first}, rising to {last}</translation>
    </message>
    <message>
        <source>{first}, aflopend tot {last}</source>
        <translation>{first}, falling to {last}</translation>
    </message>
</context>
</TS>
