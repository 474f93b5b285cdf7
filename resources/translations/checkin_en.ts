<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>verwacht</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>{m} mnd</source>
        <translation>{m} mo</translation>
    </message>
    <message>
        <source>{y} jr</source>
        <translation>{y} yr</translation>
    </message>
    <message>
        <source>{y} jr {m} mnd</source>
        <translation>{y} yr {m} mo</translation>
    </message>
    <message>
        <source>Fout: {message}. Zie &apos;{prog} --help&apos;.</source>
        <translation>Error: {message}. See &apos;{prog} --help&apos;.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-31</source>
        <translation>&apos;{text}&apos; is not a date; write YYYY-MM-DD, for example 2026-03-31</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; ligt niet tussen {first} en {last}</source>
        <translation>&apos;{text}&apos; is not between {first} and {last}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen positief geheel getal</source>
        <translation>&apos;{text}&apos; is not a positive whole number</translation>
    </message>
    <message>
        <source>De bestandsnaam is te lang: {path}</source>
        <translation>The file name is too long: {path}</translation>
    </message>
    <message>
        <source>Het bestand of de map bestaat niet: {path}</source>
        <translation>The file or folder does not exist: {path}</translation>
    </message>
    <message>
        <source>Geen toegang tot {path}.</source>
        <translation>No access to {path}.</translation>
    </message>
    <message>
        <source>De schijf is vol: {path}</source>
        <translation>The disk is full: {path}</translation>
    </message>
    <message>
        <source>Op {path} kan niet worden geschreven (alleen lezen).</source>
        <translation>{path} cannot be written to (read-only).</translation>
    </message>
    <message>
        <source>Het bestand {path} kan niet worden gebruikt (foutcode {code}).</source>
        <translation>The file {path} cannot be used (error code {code}).</translation>
    </message>
    <message>
        <source>de gegevensmap (standaard: CHECKIN_DATA_DIR of de gebruikersmap van het systeem)</source>
        <translation>the data folder (default: CHECKIN_DATA_DIR or the system&apos;s user folder)</translation>
    </message>
    <message>
        <source>de database: postgresql://gebruiker@server/database voor een server (standaard: CHECKIN_DATABASE_URL, of het SQLite-bestand in de gegevensmap)</source>
        <translation>the database: postgresql://user@server/database for a server (default: CHECKIN_DATABASE_URL, or the SQLite file in the data folder)</translation>
    </message>
    <message>
        <source>{app}: inchecken, flyers en anonieme cijfers voor ontmoetingsplekken.</source>
        <translation>{app}: check-in, flyers and anonymous figures for meeting places.</translation>
    </message>
    <message>
        <source>toon het versienummer en stop</source>
        <translation>show the version number and stop</translation>
    </message>
    <message>
        <source>opdracht</source>
        <translation>command</translation>
    </message>
    <message>
        <source>Een getal of datum in de opdracht is te groot of te klein.</source>
        <translation>A number or date in the command is too large or too small.</translation>
    </message>
    <message>
        <source>Afgebroken.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Er ging iets mis: {error}</source>
        <translation>Something went wrong: {error}</translation>
    </message>
    <message>
        <source>vul een lege gegevensmap met demogegevens</source>
        <translation>fill an empty data folder with demo data</translation>
    </message>
    <message>
        <source>aantal gezinnen (120)</source>
        <translation>number of families (120)</translation>
    </message>
    <message>
        <source>aantal weken (52)</source>
        <translation>number of weeks (52)</translation>
    </message>
    <message>
        <source>aantal locaties, 1 tot en met {n} (1)</source>
        <translation>number of locations, 1 to {n} (1)</translation>
    </message>
    <message>
        <source>startgetal van het toeval (1)</source>
        <translation>random seed (1)</translation>
    </message>
    <message>
        <source>Demogegevens gemaakt: {locations}, {families}, {mornings}, {visits}, {drinks}.</source>
        <translation>Demo data made: {locations}, {families}, {mornings}, {visits}, {drinks}.</translation>
    </message>
    <message numerus="yes">
        <source>%n locaties</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drankjes</source>
        <translation>
            <numerusform>%n drink</numerusform>
            <numerusform>%n drinks</numerusform>
        </translation>
    </message>
    <message>
        <source>controleer of de database in orde is</source>
        <translation>check that the database is in good order</translation>
    </message>
    <message>
        <source>maak een kopie van de database</source>
        <translation>make a copy of the database</translation>
    </message>
    <message>
        <source>waar de kopie komt</source>
        <translation>where the copy goes</translation>
    </message>
    <message>
        <source>zet een kopie van de database terug</source>
        <translation>restore a copy of the database</translation>
    </message>
    <message>
        <source>de backup om terug te zetten</source>
        <translation>the backup to restore</translation>
    </message>
    <message>
        <source>de herstelsleutel van een versleutelde backup van een andere laptop</source>
        <translation>the recovery key of an encrypted backup from another laptop</translation>
    </message>
    <message>
        <source>De database is in orde: {path}</source>
        <translation>The database is in good order: {path}</translation>
    </message>
    <message>
        <source>Mogelijk dubbel ingeschreven (zonder verbinding, met dezelfde naam, woonplaats en geboortemaanden als een ander gezin): {n}. Kijk ze na in Gezinnen.</source>
        <translation>Possibly registered twice (without a connection, with the same name, village and birth months as another family): {n}. Check them in Families.</translation>
    </message>
    <message>
        <source>Er is geen backup gemaakt. {problems}</source>
        <translation>No backup was made. {problems}</translation>
    </message>
    <message>
        <source>{path} is een map; geef een bestandsnaam op.</source>
        <translation>{path} is a folder; give a file name.</translation>
    </message>
    <message>
        <source>Backup gemaakt: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen geheel getal</source>
        <translation>&apos;{text}&apos; is not a whole number</translation>
    </message>
    <message>
        <source>schrijf de anonieme cijfers naar een bestand</source>
        <translation>write the anonymous figures to a file</translation>
    </message>
    <message>
        <source>eerste dag (JJJJ-MM-DD)</source>
        <translation>first day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>laatste dag (JJJJ-MM-DD)</source>
        <translation>last day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>deel de periode op per maand, kwartaal of jaar (standaard: één periode)</source>
        <translation>split the period by month, quarter or year (default: one period)</translation>
    </message>
    <message>
        <source>alleen deze locatie (standaard: alle locaties en hun totaal)</source>
        <translation>only this location (default: all locations and their total)</translation>
    </message>
    <message>
        <source>minimale telling k, minstens 3 (standaard: de instelling, meestal 5)</source>
        <translation>minimum count k, at least 3 (default: the setting, usually 5)</translation>
    </message>
    <message>
        <source>voeg de JSON-exports van meer locaties samen tot één overzicht</source>
        <translation>merge the JSON exports of several locations into one overview</translation>
    </message>
    <message>
        <source>JSON-exports van checkin</source>
        <translation>JSON exports from checkin</translation>
    </message>
    <message>
        <source>het soort bestand</source>
        <translation>the type of file</translation>
    </message>
    <message>
        <source>de taal van de teksten in het bestand, bijvoorbeeld en (standaard: nl, Nederlands)</source>
        <translation>the language of the texts in the file, for example en (default: nl, Dutch)</translation>
    </message>
    <message>
        <source>het bestand om te maken</source>
        <translation>the file to create</translation>
    </message>
    <message>
        <source>In {folder} staat nog geen database; er zijn dus nog geen cijfers.</source>
        <translation>There is no database in {folder} yet, so there are no figures yet.</translation>
    </message>
    <message>
        <source>Onbekende locatie &apos;{name}&apos;. Bekende locaties: {known}.</source>
        <translation>Unknown location &apos;{name}&apos;. Known locations: {known}.</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Cijfers geschreven naar {path} ({locations}, k = {k}).</source>
        <translation>Figures written to {path} ({locations}, k = {k}).</translation>
    </message>
    <message>
        <source>Het bestand {path} bestaat niet.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>{name} is te groot voor een export van cijfers.</source>
        <translation>{name} is too large for an export of figures.</translation>
    </message>
    <message>
        <source>Het bestand {path} kan niet worden gelezen.</source>
        <translation>The file {path} cannot be read.</translation>
    </message>
    <message>
        <source>Overzicht van {count} bestanden geschreven naar {path} ({locations}, k = {k}).</source>
        <translation>Overview of {count} files written to {path} ({locations}, k = {k}).</translation>
    </message>
    <message>
        <source>Backup teruggezet in {path}</source>
        <translation>Backup restored in {path}</translation>
    </message>
    <message>
        <source>De vorige database is bewaard als {path}</source>
        <translation>The previous database has been kept as {path}</translation>
    </message>
    <message>
        <source>De gegevensmap {path} kan niet worden beschreven ({reason}).</source>
        <translation>The data folder {path} cannot be written to ({reason}).</translation>
    </message>
    <message>
        <source>Er is geen database op {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <source>{path} is geen database van deze app, of het bestand is beschadigd, of het is versleuteld en deze computer kent de sleutel niet.</source>
        <translation>{path} is not a database of this app, or the file is damaged, or it is encrypted and this computer does not know the key.</translation>
    </message>
    <message>
        <source>De database is beschadigd: {detail}</source>
        <translation>The database is damaged: {detail}</translation>
    </message>
    <message>
        <source>{path} is geen database van deze app.</source>
        <translation>{path} is not a database of this app.</translation>
    </message>
    <message>
        <source>Deze gegevens zijn gemaakt met een nieuwere versie van de app: werk de app bij.</source>
        <translation>This data was made with a newer version of the app: update the app.</translation>
    </message>
    <message>
        <source>Het databasebestand is leeg (0 bytes).</source>
        <translation>The database file is empty (0 bytes).</translation>
    </message>
    <message>
        <source>Een eerdere upgrade van de database is halverwege afgebroken; zet de backup van voor de upgrade terug.</source>
        <translation>An earlier upgrade of the database stopped halfway; restore the backup from before the upgrade.</translation>
    </message>
    <message>
        <source>De database verwijst naar {n} ontbrekende rijen.</source>
        <translation>The database refers to {n} missing rows.</translation>
    </message>
    <message>
        <source>De sleutel past niet bij {path}, of het bestand is beschadigd.</source>
        <translation>The key does not fit {path}, or the file is damaged.</translation>
    </message>
    <message>
        <source>De database kan niet worden geopend. {problems}</source>
        <translation>The database cannot be opened. {problems}</translation>
    </message>
    <message>
        <source>De database kan niet worden bijgewerkt naar deze versie van de app; er is niets veranderd ({detail}).</source>
        <translation>The database cannot be upgraded to this version of the app; nothing was changed ({detail}).</translation>
    </message>
    <message>
        <source>De kopie van de database is niet in orde; er is niets opgeslagen.</source>
        <translation>The copy of the database is not in good order; nothing has been saved.</translation>
    </message>
    <message>
        <source>De database kan niet worden gekopieerd: {detail}</source>
        <translation>The database cannot be copied: {detail}</translation>
    </message>
    <message>
        <source>De database kan niet worden versleuteld: {detail}</source>
        <translation>The database cannot be encrypted: {detail}</translation>
    </message>
    <message>
        <source>De database kan niet worden versleuteld. {problems}</source>
        <translation>The database cannot be encrypted. {problems}</translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path} ({reason}).</source>
        <translation>Cannot write to {path} ({reason}).</translation>
    </message>
    <message>
        <source>Deze backup kan niet worden teruggezet. {problems}</source>
        <translation>This backup cannot be restored. {problems}</translation>
    </message>
    <message>
        <source>Kies 1 tot en met {n} locaties.</source>
        <translation>Choose 1 to {n} locations.</translation>
    </message>
    <message>
        <source>Kies 1 tot en met 100.000 gezinnen.</source>
        <translation>Choose 1 to 100,000 families.</translation>
    </message>
    <message>
        <source>Kies 1 tot en met 520 weken.</source>
        <translation>Choose 1 to 520 weeks.</translation>
    </message>
    <message>
        <source>Deze gegevensmap bevat al gegevens; demogegevens gaan alleen in een lege map.</source>
        <translation>This data folder already holds data; demo data only goes into an empty folder.</translation>
    </message>
    <message>
        <source>Kom gezellig langs; de kinderen spelen, wij praten bij.</source>
        <translation>Do drop in: the children play while we catch up.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen bedrag; typ bijvoorbeeld 12,50.</source>
        <translation>&apos;{text}&apos; is not an amount; type for example 12,50.</translation>
    </message>
    <message>
        <source>contant</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>pin/QR-betaling</source>
        <translation>card/QR payment</translation>
    </message>
    <message>
        <source>gratis</source>
        <translation>free</translation>
    </message>
    <message>
        <source>moeder</source>
        <translation>mother</translation>
    </message>
    <message>
        <source>vader</source>
        <translation>father</translation>
    </message>
    <message>
        <source>grootouder</source>
        <translation>grandparent</translation>
    </message>
    <message>
        <source>oppas/anders</source>
        <translation>childminder/other</translation>
    </message>
    <message>
        <source>blij</source>
        <translation>happy</translation>
    </message>
    <message>
        <source>neutraal</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>niet blij</source>
        <translation>not happy</translation>
    </message>
    <message>
        <source>Wij noteren alleen wat nodig is om te tellen hoeveel gezinnen er komen: een voornaam of bijnaam (mag ook leeg), uw woonplaats, hoe u ons gevonden heeft en de geboortemaand en het geboortejaar van uw kinderen. Geen achternaam, adres, telefoonnummer of geboortedatum. De gegevens blijven op deze laptop. Cijfers die we delen zijn altijd anoniem. U kunt altijd vragen wat er over u is opgeslagen, of vragen alles te wissen.</source>
        <translation>We only note what we need to count how many families come: a first name or nickname (this may be left empty), your town, how you found us, and the month and year your children were born. No surname, address, phone number or date of birth. The data stays on this laptop. Any figures we share are always anonymous. You can always ask what we have stored about you, or ask us to erase it all.</translation>
    </message>
    <message>
        <source>De minimale telling k is te groot (hoogstens {k}).</source>
        <translation>The minimum count k is too large (at most {k}).</translation>
    </message>
    <message>
        <source>Voor ouders, opa&apos;s, oma&apos;s en oppassen met kinderen van 0 tot 4 jaar</source>
        <translation>For parents, grandparents and childminders with children aged 0 to 4</translation>
    </message>
    <message>
        <source>Het aantal moet tussen 1 en {n} liggen.</source>
        <translation>The number must be between 1 and {n}.</translation>
    </message>
    <message>
        <source>Onbekende betaalwijze: {payment}.</source>
        <translation>Unknown way of paying: {payment}.</translation>
    </message>
    <message>
        <source>Deze tafel heeft nog geen nummer van de server; een nieuw gezin inschrijven kan pas weer als er verbinding is.</source>
        <translation>This desk has no number from the server yet; a new family can be registered once there is a connection again.</translation>
    </message>
    <message>
        <source>Dit hoort bij een eerdere handeling die de server niet heeft overgenomen.</source>
        <translation>This belongs to an earlier action that the server did not accept.</translation>
    </message>
    <message>
        <source>Dit gezin is niet op deze ochtend ingecheckt.</source>
        <translation>This family is not checked in this morning.</translation>
    </message>
    <message>
        <source>Dit drankje bestaat niet (meer).</source>
        <translation>This drink does not exist (any more).</translation>
    </message>
    <message>
        <source>{name} is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of .csv.</source>
        <translation>{name} is an old Excel file (.xls). Save it in Excel as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>{name} is geen CSV- of XLSX-bestand.</source>
        <translation>{name} is not a CSV or XLSX file.</translation>
    </message>
    <message>
        <source>Het bestand {name} bestaat niet (meer).</source>
        <translation>The file {name} does not exist (any more).</translation>
    </message>
    <message>
        <source>Het bestand {name} kan niet worden gelezen ({reason}). Is het nog open in een ander programma?</source>
        <translation>The file {name} cannot be read ({reason}). Is it still open in another program?</translation>
    </message>
    <message>
        <source>Het bestand {name} is leeg.</source>
        <translation>The file {name} is empty.</translation>
    </message>
    <message>
        <source>Het bestand {name} heeft kolomkoppen, maar geen regels daaronder.</source>
        <translation>The file {name} has column headings but no rows below them.</translation>
    </message>
    <message>
        <source>Het bestand heeft meer dan {n} regels; splits het op.</source>
        <translation>The file has more than {n} rows; split it up.</translation>
    </message>
    <message>
        <source>Dit bestand is geen tekstbestand (CSV).</source>
        <translation>This file is not a text file (CSV).</translation>
    </message>
    <message>
        <source>{name} kan niet worden gelezen als Excel-bestand (.xlsx). Is het beschadigd?</source>
        <translation>{name} cannot be read as an Excel file (.xlsx). Is it damaged?</translation>
    </message>
    <message>
        <source>Het werkblad &apos;{sheet}&apos; staat niet in {name}.</source>
        <translation>The sheet &apos;{sheet}&apos; is not in {name}.</translation>
    </message>
    <message>
        <source>Kolom {n}</source>
        <translation>Column {n}</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Naam gezin</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Gezinscode</source>
        <translation>Family code</translation>
    </message>
    <message>
        <source>Aantal kinderen</source>
        <translation>Number of children</translation>
    </message>
    <message>
        <source>Aantal volwassenen</source>
        <translation>Number of adults</translation>
    </message>
    <message>
        <source>Aantal moeders</source>
        <translation>Number of mothers</translation>
    </message>
    <message>
        <source>Aantal vaders</source>
        <translation>Number of fathers</translation>
    </message>
    <message>
        <source>Aantal grootouders</source>
        <translation>Number of grandparents</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Kies de kolom met de naam of de code van het gezin.</source>
        <translation>Choose the column with the family&apos;s name or code.</translation>
    </message>
    <message>
        <source>Een gekozen kolom staat niet in het bestand.</source>
        <translation>A chosen column is not in the file.</translation>
    </message>
    <message>
        <source>Het bestand {name} is groter dan {mb} MB; splits het op.</source>
        <translation>The file {name} is larger than {mb} MB; split it up.</translation>
    </message>
    <message>
        <source>Regel {row}: een vak is langer dan {n} tekens. Dit is geen lijst met bezoeken.</source>
        <translation>Row {row}: a cell is longer than {n} characters. This is not a list of visits.</translation>
    </message>
    <message>
        <source>Regel {row}: deze regel kan niet worden gelezen (een vak is te lang of een aanhalingsteken sluit niet).</source>
        <translation>Row {row}: this row cannot be read (a cell is too long or a quotation mark is not closed).</translation>
    </message>
    <message>
        <source>Regel {row}: de regel is langer dan {n} tekens. Dit is geen lijst met bezoeken.</source>
        <translation>Row {row}: the row is longer than {n} characters. This is not a list of visits.</translation>
    </message>
    <message>
        <source>{name} is uitgepakt te groot voor een lijst met bezoeken.</source>
        <translation>{name} is too large when unpacked for a list of visits.</translation>
    </message>
    <message>
        <source>niet gekozen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>Het werkblad &apos;{sheet}&apos; heeft geen tabel: geen regels onder kolomkoppen.</source>
        <translation>The sheet &apos;{sheet}&apos; has no table: no rows under column headings.</translation>
    </message>
    <message>
        <source>geen tabel met kolomkoppen en regels</source>
        <translation>no table with column headings and rows</translation>
    </message>
    <message>
        <source>Regel {row}: een vak kan niet worden gelezen. Geef de kolom in Excel een gewone opmaak (Tekst, Getal of Datum) en sla opnieuw op.</source>
        <translation>Row {row}: a cell cannot be read. Give the column a plain format in Excel (Text, Number or Date) and save again.</translation>
    </message>
    <message>
        <source>Naam kind (een kind per regel)</source>
        <translation>Child&apos;s name (one child per row)</translation>
    </message>
    <message>
        <source>Geboortedatum kind</source>
        <translation>Child&apos;s date of birth</translation>
    </message>
    <message>
        <source>Er is geen kolom met de datum van het bezoek. Een lijst zonder bezoekdatums (zoals een lijst met gezinnen of leden) is geen lijst met bezoeken en kan hier niet worden ingelezen. Staat de datum er wel in, kies dan die kolom.</source>
        <translation>There is no column with the date of the visit. A list without visit dates (such as a list of families or members) is not a list of visits and cannot be read here. If the date is there, choose that column.</translation>
    </message>
    <message>
        <source>De kolom &apos;{header}&apos; is een geboortedatum, geen datum van een bezoek. Kies de kolom met de datum van het bezoek.</source>
        <translation>The column &apos;{header}&apos; is a date of birth, not the date of a visit. Choose the column with the date of the visit.</translation>
    </message>
    <message>
        <source>Elke kolom kan maar voor een ding gekozen worden.</source>
        <translation>Each column can only be chosen for one thing.</translation>
    </message>
    <message>
        <source>Kies het aantal kinderen of een kind per regel (naam of geboortedatum van het kind), niet allebei.</source>
        <translation>Choose the number of children or one child per row (the child&apos;s name or date of birth), not both.</translation>
    </message>
    <message>
        <source>De datum ontbreekt.</source>
        <translation>The date is missing.</translation>
    </message>
    <message>
        <source>In de datumkolom staat het getal {value}, geen datum. Geef de kolom in Excel de opmaak Datum.</source>
        <translation>The date column holds the number {value}, not a date. Give the column the Date format in Excel.</translation>
    </message>
    <message>
        <source>In de datumkolom staat een tijd, geen datum.</source>
        <translation>The date column holds a time, not a date.</translation>
    </message>
    <message>
        <source>De datum {day} ligt te ver terug; kijk het jaartal na.</source>
        <translation>The date {day} is too far back; check the year.</translation>
    </message>
    <message>
        <source>De datum {day} ligt in de toekomst.</source>
        <translation>The date {day} is in the future.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen datum die we kunnen lezen. Schrijf bijvoorbeeld 31-3-2026 of 31 maart 2026.</source>
        <translation>&apos;{value}&apos; is not a date we can read. Write for example 31-3-2026 or 31 maart 2026.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; bestaat niet als datum.</source>
        <translation>&apos;{value}&apos; does not exist as a date.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; klopt niet: {day} valt op een andere dag van de week.</source>
        <translation>&apos;{value}&apos; is not right: {day} falls on another day of the week.</translation>
    </message>
    <message>
        <source>In &apos;{value}&apos; heeft het jaar twee cijfers; schrijf het jaar voluit (zoals 2026).</source>
        <translation>In &apos;{value}&apos; the year has two digits; write the year in full (such as 2026).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen datum die we kunnen lezen.</source>
        <translation>&apos;{value}&apos; is not a date we can read.</translation>
    </message>
    <message>
        <source>{what}: het vak is leeg.</source>
        <translation>{what}: the cell is empty.</translation>
    </message>
    <message>
        <source>{what}: &apos;{value}&apos; is geen heel getal.</source>
        <translation>{what}: &apos;{value}&apos; is not a whole number.</translation>
    </message>
    <message>
        <source>{what}: {value} ligt niet tussen {low} en {high}.</source>
        <translation>{what}: {value} is not between {low} and {high}.</translation>
    </message>
    <message>
        <source>Naam en code van het gezin ontbreken.</source>
        <translation>The family&apos;s name and code are missing.</translation>
    </message>
    <message>
        <source>De naam begint met &apos;{char}&apos; en lijkt een formule; zo&apos;n naam wordt niet overgenomen.</source>
        <translation>The name starts with &apos;{char}&apos; and looks like a formula; such a name is not taken over.</translation>
    </message>
    <message>
        <source>In het vak van de naam staat de Excel-foutwaarde {value}, geen naam.</source>
        <translation>The name cell holds the Excel error value {value}, not a name.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen gezinscode (1 tot 8 letters of cijfers).</source>
        <translation>&apos;{value}&apos; is not a family code (1 to 8 letters or digits).</translation>
    </message>
    <message>
        <source>De naam is te lang: hoogstens {n} tekens (een voornaam is genoeg).</source>
        <translation>The name is too long: at most {n} characters (a first name is enough).</translation>
    </message>
    <message>
        <source>De woonplaats &apos;{value}&apos; uit het bestand is onbekend: die staat zo niet in de lijst met woonplaatsen. Kies hierboven welke woonplaats het is, zet hem bij Instellingen in de lijst, of schrijf &apos;{outside}&apos; in het bestand.</source>
        <translation>The home village &apos;{value}&apos; in the file is unknown: it is not in the list of villages as written. Choose above which village it is, add it to the list in Settings, or write &apos;{outside}&apos; in the file.</translation>
    </message>
    <message>
        <source>Geboortedatum van het kind: {reason}</source>
        <translation>Child&apos;s date of birth: {reason}</translation>
    </message>
    <message>
        <source>Het kind is volgens de lijst na de datum van het bezoek geboren.</source>
        <translation>According to the list the child was born after the date of the visit.</translation>
    </message>
    <message>
        <source>Aantal volwassenen ({total}) is kleiner dan moeders, vaders en grootouders samen ({named}).</source>
        <translation>The number of adults ({total}) is smaller than mothers, fathers and grandparents together ({named}).</translation>
    </message>
    <message>
        <source>Op deze regel staat geen enkele volwassene.</source>
        <translation>This row has no adults at all.</translation>
    </message>
    <message>
        <source>Kies eerst een ontmoetingsplek.</source>
        <translation>Choose a meeting place first.</translation>
    </message>
    <message>
        <source>Kies hoe de datums geschreven zijn: dag-maand-jaar of maand-dag-jaar.</source>
        <translation>Choose how the dates are written: day-month-year or month-day-year.</translation>
    </message>
    <message>
        <source>Een totaal- of subtotaalregel; geen bezoek.</source>
        <translation>A total or subtotal row; not a visit.</translation>
    </message>
    <message>
        <source>De kolomkoppen nog een keer; geen bezoek.</source>
        <translation>The column headings once more; not a visit.</translation>
    </message>
    <message>
        <source>Een titel of losse opmerking; geen bezoek.</source>
        <translation>A title or a loose remark; not a visit.</translation>
    </message>
    <message>
        <source>Alleen een datum: die geldt voor de regels eronder.</source>
        <translation>Only a date: it applies to the rows below.</translation>
    </message>
    <message>
        <source>De datums lijken maand-dag-jaar geschreven (zoals &apos;{value}&apos;). Kies &apos;maand-dag-jaar&apos; als dat zo is: dan wordt 01/05/2024 gelezen als 5 januari.</source>
        <translation>The dates seem to be written month-day-year (such as &apos;{value}&apos;). Choose &apos;month-day-year&apos; if so: 01/05/2024 is then read as 5 January.</translation>
    </message>
    <message>
        <source>Sommige datums lijken dag-maand-jaar geschreven (zoals &apos;{value}&apos;). Kijk of &apos;maand-dag-jaar&apos; klopt.</source>
        <translation>Some dates seem to be written day-month-year (such as &apos;{value}&apos;). Check whether &apos;month-day-year&apos; is right.</translation>
    </message>
    <message>
        <source>Werkblad &apos;{sheet}&apos; is niet ingelezen: {reason}.</source>
        <translation>Sheet &apos;{sheet}&apos; was not read: {reason}.</translation>
    </message>
    <message>
        <source>De naam &apos;{name}&apos; hoort in dit bestand bij meer dan een code.</source>
        <translation>In this file the name &apos;{name}&apos; goes with more than one code.</translation>
    </message>
    <message>
        <source>{family} staat op {day} al in regel {row}.</source>
        <translation>{family} is already in row {row} on {day}.</translation>
    </message>
    <message>
        <source>{family} staat op {day} al bij de bezoeken; niet nog een keer overgenomen.</source>
        <translation>{family} is already among the visits on {day}; not taken over again.</translation>
    </message>
    <message>
        <source>neem eerdere bezoeken over uit een CSV- of Excel-lijst</source>
        <translation>take over earlier visits from a CSV or Excel list</translation>
    </message>
    <message>
        <source>Leest de lijst zoals het venster dat doet, toont wat er wordt overgenomen en neemt dan alles in een keer over (of niets).</source>
        <translation>Reads the list as the window does, shows what will be taken over and then takes everything over at once (or nothing).</translation>
    </message>
    <message>
        <source>BESTAND</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>de lijst (.csv, .txt, .xlsx)</source>
        <translation>the list (.csv, .txt, .xlsx)</translation>
    </message>
    <message>
        <source>de ontmoetingsplek</source>
        <translation>the meeting place</translation>
    </message>
    <message>
        <source>lees dit werkblad (mag vaker; standaard: elk werkblad met een tabel)</source>
        <translation>read this sheet (may be repeated; default: every sheet with a table)</translation>
    </message>
    <message>
        <source>kolom KOLOM (kop of nummer) is VELD: {fields}, of geen</source>
        <translation>column COLUMN (heading or number) is FIELD: {fields}, or none</translation>
    </message>
    <message>
        <source>dag-maand-jaar (dmy, standaard) of mdy</source>
        <translation>day-month-year (dmy, default) or mdy</translation>
    </message>
    <message>
        <source>woonplaats voor regels zonder</source>
        <translation>home village for rows without one</translation>
    </message>
    <message>
        <source>lees deze schrijfwijze in het bestand als deze woonplaats uit de lijst (mag vaker; wordt onthouden)</source>
        <translation>read this spelling in the file as this village from the list (may be repeated; remembered)</translation>
    </message>
    <message>
        <source>toon alleen wat er zou worden overgenomen; schrijf niets</source>
        <translation>only show what would be taken over; write nothing</translation>
    </message>
    <message>
        <source>--map &apos;{option}&apos;: schrijf KOLOM=VELD, bijvoorbeeld &quot;Naam kind=kind&quot;.</source>
        <translation>--map &apos;{option}&apos;: write COLUMN=FIELD, for example &quot;Naam kind=kind&quot;.</translation>
    </message>
    <message>
        <source>--map &apos;{option}&apos;: onbekend veld &apos;{field}&apos;. Kies uit: {fields}.</source>
        <translation>--map &apos;{option}&apos;: unknown field &apos;{field}&apos;. Choose from: {fields}.</translation>
    </message>
    <message>
        <source>Kolom &apos;{column}&apos; staat niet in het bestand. Kolommen: {headers}.</source>
        <translation>Column &apos;{column}&apos; is not in the file. Columns: {headers}.</translation>
    </message>
    <message>
        <source>--village-map &apos;{option}&apos;: schrijf SCHRIJFWIJZE=WOONPLAATS, bijvoorbeeld &quot;OBL=Oud-Beijerland&quot;.</source>
        <translation>--village-map &apos;{option}&apos;: write SPELLING=VILLAGE, for example &quot;OBL=Oud-Beijerland&quot;.</translation>
    </message>
    <message>
        <source>In {folder} staat nog geen database; open eerst de app.</source>
        <translation>There is no database in {folder} yet; open the app first.</translation>
    </message>
    <message>
        <source>Alle bezoeken in dit bestand staan er al in. Er is niets overgenomen.</source>
        <translation>All visits in this file are already there. Nothing has been taken over.</translation>
    </message>
    <message>
        <source>Geen enkele regel in het bestand is leesbaar. Er is niets overgenomen.</source>
        <translation>Not a single row in the file can be read. Nothing has been taken over.</translation>
    </message>
    <message>
        <source>Proefdraai: er is niets opgeslagen.</source>
        <translation>Dry run: nothing was saved.</translation>
    </message>
    <message>
        <source>Klaar: {visits} overgenomen, {families}, {mornings}.</source>
        <translation>Done: {visits} taken over, {families}, {mornings}.</translation>
    </message>
    <message numerus="yes">
        <source>%n nieuwe gezinnen</source>
        <translation>
            <numerusform>%n new family</numerusform>
            <numerusform>%n new families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nieuwe ochtenden</source>
        <translation>
            <numerusform>%n new morning</numerusform>
            <numerusform>%n new mornings</numerusform>
        </translation>
    </message>
    <message>
        <source>Werkblad {sheet}, regel {row}</source>
        <translation>Sheet {sheet}, row {row}</translation>
    </message>
    <message>
        <source>Regel {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <source>Kolommen: {columns}</source>
        <translation>Columns: {columns}</translation>
    </message>
    <message>
        <source>Let op: {warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <source>Woonplaats &apos;{raw}&apos; gelezen als {village}.</source>
        <translation>Home village &apos;{raw}&apos; read as {village}.</translation>
    </message>
    <message>
        <source>Woonplaats &apos;{raw}&apos; uit het bestand is onbekend; kies er een met --village-map &quot;{raw}=WOONPLAATS&quot;.</source>
        <translation>Home village &apos;{raw}&apos; in the file is unknown; choose one with --village-map &quot;{raw}=VILLAGE&quot;.</translation>
    </message>
    <message>
        <source>nieuw gezin</source>
        <translation>new family</translation>
    </message>
    <message>
        <source>datum van de regel erboven</source>
        <translation>date of the row above</translation>
    </message>
    <message>
        <source>{place}: {day} {family}, {children} kind(eren), {adults} volwassene(n), {village}{notes}</source>
        <translation>{place}: {day} {family}, {children} child(ren), {adults} adult(s), {village}{notes}</translation>
    </message>
    <message>
        <source>woonplaats onbekend</source>
        <translation>home village unknown</translation>
    </message>
    <message>
        <source>Niet overgenomen: {line}</source>
        <translation>Not taken over: {line}</translation>
    </message>
    <message>
        <source>Over te nemen: {visits} bezoeken ({families} nieuwe gezinnen, {mornings} nieuwe ochtenden). Niet leesbaar: {unreadable}. Al aanwezig of dubbel: {skipped}. Geen bezoek: {left_out}.</source>
        <translation>To take over: {visits} visits ({families} new families, {mornings} new mornings). Unreadable: {unreadable}. Already there or twice: {skipped}. Not a visit: {left_out}.</translation>
    </message>
    <message>
        <source>{what} is te lang: hoogstens {n} tekens (een voornaam of bijnaam is genoeg).</source>
        <translation>{what} is too long: at most {n} characters (a first name or nickname is enough).</translation>
    </message>
    <message>
        <source>Kies een maand van 1 tot en met 12.</source>
        <translation>Choose a month from 1 to 12.</translation>
    </message>
    <message>
        <source>Een verwachte geboortemaand kan niet in het verleden liggen.</source>
        <translation>An expected month of birth cannot be in the past.</translation>
    </message>
    <message>
        <source>Een verwachte geboortemaand ligt hoogstens {n} maanden vooruit.</source>
        <translation>An expected month of birth is at most {n} months ahead.</translation>
    </message>
    <message>
        <source>Een geboortemaand kan niet in de toekomst liggen. Kies &apos;verwacht&apos; voor een baby die nog komt.</source>
        <translation>A month of birth cannot be in the future. Choose &apos;expected&apos; for a baby still on the way.</translation>
    </message>
    <message>
        <source>Een kind is hier jonger dan {n} jaar: kijk het geboortejaar na.</source>
        <translation>A child here is younger than {n}: check the year of birth.</translation>
    </message>
    <message>
        <source>De naam van het kind</source>
        <translation>The child&apos;s name</translation>
    </message>
    <message>
        <source>De naam</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>Kies de woonplaats uit de lijst.</source>
        <translation>Choose the town from the list.</translation>
    </message>
    <message>
        <source>Kies uit de lijst hoe het gezin ons gevonden heeft.</source>
        <translation>Choose from the list how the family found us.</translation>
    </message>
    <message>
        <source>Hoogstens {n} kinderen per gezin.</source>
        <translation>At most {n} children per family.</translation>
    </message>
    <message>
        <source>Er is al een gezin met de code &apos;{code}&apos;.</source>
        <translation>There is already a family with the code &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>Het einde van de ochtend moet na het begin liggen.</source>
        <translation>The end of the morning must be after its start.</translation>
    </message>
    <message>
        <source>Dit gezin bestaat niet.</source>
        <translation>This family does not exist.</translation>
    </message>
    <message>
        <source>Dit gezin staat op deze ochtend al bij de bezoeken.</source>
        <translation>This family is already among this morning&apos;s visits.</translation>
    </message>
    <message>
        <source>Een gezin kan niet weggaan voordat het gekomen is.</source>
        <translation>A family cannot leave before it arrived.</translation>
    </message>
    <message>
        <source>Onbekend drankje: &apos;{value}&apos;.</source>
        <translation>Unknown drink: &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Dit gezin is gewist.</source>
        <translation>This family has been erased.</translation>
    </message>
    <message>
        <source>Er is geen gezin met de code &apos;{code}&apos;.</source>
        <translation>There is no family with the code &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>Lees de toestemmingstekst voor en vink aan dat de ouder akkoord is.</source>
        <translation>Read the consent text aloud and tick that the parent agrees.</translation>
    </message>
    <message>
        <source>Dit kind hoort niet bij dit gezin.</source>
        <translation>This child does not belong to this family.</translation>
    </message>
    <message>
        <source>Onbekende lijst: {kind}.</source>
        <translation>Unknown list: {kind}.</translation>
    </message>
    <message>
        <source>Vul een naam in.</source>
        <translation>Fill in a name.</translation>
    </message>
    <message>
        <source>Een naam mag hoogstens {n} tekens lang zijn.</source>
        <translation>A name may be at most {n} characters long.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; staat al in de lijst.</source>
        <translation>&apos;{value}&apos; is already in the list.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; staat niet (meer) in de lijst.</source>
        <translation>&apos;{value}&apos; is not in the list (any more).</translation>
    </message>
    <message>
        <source>Een lijst heeft minstens één keuze nodig.</source>
        <translation>A list needs at least one choice.</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is geen geldig webadres (begin met https://).</source>
        <translation>&apos;{url}&apos; is not a valid web address (start with https://).</translation>
    </message>
    <message>
        <source>Vul de naam van de ontmoetingsplek in.</source>
        <translation>Fill in the name of the meeting place.</translation>
    </message>
    <message>
        <source>De naam van de ontmoetingsplek is te lang (hoogstens 80 tekens).</source>
        <translation>The name of the meeting place is too long (at most 80 characters).</translation>
    </message>
    <message>
        <source>Er is al een ontmoetingsplek met de naam &apos;{name}&apos;.</source>
        <translation>There is already a meeting place called &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>De prijs per drankje moet tussen 0 en 10 euro liggen.</source>
        <translation>The price per drink must be between 0 and 10 euros.</translation>
    </message>
    <message>
        <source>Het aantal plaatsen moet tussen 1 en 500 liggen.</source>
        <translation>The number of places must be between 1 and 500.</translation>
    </message>
    <message>
        <source>Een openingstijd moet eindigen na het begin.</source>
        <translation>Opening hours must end after they begin.</translation>
    </message>
    <message>
        <source>Elke dag kan maar een keer in de openingstijden staan.</source>
        <translation>Each day can be in the opening hours only once.</translation>
    </message>
    <message>
        <source>Deze ontmoetingsplek bestaat niet.</source>
        <translation>This meeting place does not exist.</translation>
    </message>
    <message>
        <source>Het logo {path} is te groot (hoogstens 10 MB).</source>
        <translation>The logo {path} is too large (at most 10 MB).</translation>
    </message>
    <message>
        <source>De prijs per drankje moet een bedrag in euro&apos;s zijn.</source>
        <translation>The price per drink must be an amount in euros.</translation>
    </message>
    <message>
        <source>De naam van de plaats is te lang (hoogstens 60 tekens).</source>
        <translation>The name of the town is too long (at most 60 characters).</translation>
    </message>
    <message>
        <source>Het adres is te lang (hoogstens 120 tekens).</source>
        <translation>The address is too long (at most 120 characters).</translation>
    </message>
    <message>
        <source>Het webadres is te lang (hoogstens 300 tekens).</source>
        <translation>The web address is too long (at most 300 characters).</translation>
    </message>
    <message>
        <source>Deze ochtend bestaat niet (meer).</source>
        <translation>This morning does not exist (any more).</translation>
    </message>
    <message>
        <source>De ochtend van {day} is al afgesloten.</source>
        <translation>The morning of {day} has already been closed.</translation>
    </message>
    <message>
        <source>De ochtend van {day} is al begonnen.</source>
        <translation>The morning of {day} has already started.</translation>
    </message>
    <message>
        <source>Het aantal gastvrouwen en gastheren moet tussen 0 en 20 liggen.</source>
        <translation>The number of hosts must be between 0 and 20.</translation>
    </message>
    <message>
        <source>Het thema is te lang (hoogstens {n} tekens).</source>
        <translation>The theme is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Het getelde bedrag moet tussen 0 en 10.000 euro liggen.</source>
        <translation>The counted amount must be between 0 and 10,000 euros.</translation>
    </message>
    <message>
        <source>De notities zijn te lang (hoogstens {n} tekens).</source>
        <translation>The notes are too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>De ochtend van {day} is net aan een andere tafel begonnen.</source>
        <translation>The morning of {day} was just started at another desk.</translation>
    </message>
    <message>
        <source>Het wisselgeld moet tussen 0 en 1.000 euro liggen.</source>
        <translation>The float must be between 0 and 1,000 euros.</translation>
    </message>
    <message>
        <source>Deze ochtend is nog open.</source>
        <translation>This morning is still open.</translation>
    </message>
    <message>
        <source>Onbekende rol: {role}.</source>
        <translation>Unknown role: {role}.</translation>
    </message>
    <message>
        <source>Een aantal volwassenen kan niet negatief zijn.</source>
        <translation>A number of adults cannot be negative.</translation>
    </message>
    <message>
        <source>Er komt minstens een volwassene mee.</source>
        <translation>At least one adult comes along.</translation>
    </message>
    <message>
        <source>Hoogstens {n} volwassenen per gezin.</source>
        <translation>At most {n} adults per family.</translation>
    </message>
    <message>
        <source>{name} is al binnen: net ingecheckt aan een andere tafel.</source>
        <translation>{name} is already here: just checked in at another desk.</translation>
    </message>
    <message>
        <source>{name} is vanochtend al ingecheckt (om {time}).</source>
        <translation>{name} has already checked in this morning (at {time}).</translation>
    </message>
    <message>
        <source>Vraag eerst welke kinderen er mee zijn: de vorige keer kwam {name} zonder kinderen.</source>
        <translation>First ask which children came along: last time {name} came without children.</translation>
    </message>
    <message>
        <source>{name} wordt nog verwacht en kan nog niet mee zijn.</source>
        <translation>{name} is still expected and cannot have come along yet.</translation>
    </message>
    <message>
        <source>Een kind dat nog verwacht wordt, kan nog niet mee zijn.</source>
        <translation>A child who is still expected cannot have come along yet.</translation>
    </message>
    <message>
        <source>Dit bezoek bestaat niet (meer).</source>
        <translation>This visit does not exist (any more).</translation>
    </message>
    <message>
        <source>Dit gezin is al uitgecheckt.</source>
        <translation>This family has already checked out.</translation>
    </message>
    <message>
        <source>Onbekende keuze: {mood}.</source>
        <translation>Unknown choice: {mood}.</translation>
    </message>
    <message>
        <source>Dit gezin is nog niet uitgecheckt.</source>
        <translation>This family has not checked out yet.</translation>
    </message>
    <message>
        <source>De bewaartermijn moet tussen 1 en 120 maanden liggen.</source>
        <translation>The retention period must be between 1 and 120 months.</translation>
    </message>
    <message>
        <source>Onbekende taal: {language}.</source>
        <translation>Unknown language: {language}.</translation>
    </message>
    <message>
        <source>Onbekende instelling.</source>
        <translation>Unknown setting.</translation>
    </message>
    <message>
        <source>De backup is niet in orde en is weggegooid. {problems}</source>
        <translation>The backup was not in good order and has been discarded. {problems}</translation>
    </message>
    <message>
        <source>versleutel de gegevens en backups (SQLCipher)</source>
        <translation>encrypt the data and backups (SQLCipher)</translation>
    </message>
    <message>
        <source>waar het blad met de herstelsleutel komt</source>
        <translation>where the recovery key sheet goes</translation>
    </message>
    <message>
        <source>De gegevens zijn al versleuteld.</source>
        <translation>The data is already encrypted.</translation>
    </message>
    <message>
        <source>De gegevens zijn versleuteld. Bewaar het blad met de herstelsleutel op slot: {path}</source>
        <translation>The data is encrypted. Keep the recovery key sheet locked away: {path}</translation>
    </message>
    <message>
        <source>Deze computer heeft geen sleutelbos. De gegevens worden versleuteld met een wachtwoord, dat de app bij elke start vraagt. {rule}</source>
        <translation>This computer has no keyring. The data will be encrypted with a password that the app asks for at every start. {rule}</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Nog een keer hetzelfde wachtwoord: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>maak een poster van een activiteit of het programma van een maand</source>
        <translation>make a poster of an activity or of a month&apos;s programme</translation>
    </message>
    <message>
        <source>het nummer van de activiteit</source>
        <translation>the number of the activity</translation>
    </message>
    <message>
        <source>de maand van het programma, bijvoorbeeld 2026-03</source>
        <translation>the month of the programme, for example 2026-03</translation>
    </message>
    <message>
        <source>a4: een poster; a5: twee folders op een A4-vel, met snijtekens (a4)</source>
        <translation>a4: a poster; a5: two leaflets on an A4 sheet, with cut marks (a4)</translation>
    </message>
    <message>
        <source>het PDF-bestand</source>
        <translation>the PDF file</translation>
    </message>
    <message>
        <source>maak gezinskaarten om af te drukken</source>
        <translation>make family cards to print</translation>
    </message>
    <message>
        <source>de code van een gezin; herhaal voor meer gezinnen (standaard: alle gezinnen)</source>
        <translation>a family&apos;s code; repeat for more families (default: all families)</translation>
    </message>
    <message>
        <source>zet de namen niet op de kaarten</source>
        <translation>leave the names off the cards</translation>
    </message>
    <message>
        <source>Flyer gemaakt: {path}</source>
        <translation>Flyer made: {path}</translation>
    </message>
    <message>
        <source>Gezinskaarten gemaakt: {path}</source>
        <translation>Family cards made: {path}</translation>
    </message>
    <message>
        <source>Deze computer heeft geen sleutelbos voor de sleutel ({reason}). Zet de sleutel in de omgevingsvariabele CHECKIN_PASSPHRASE.</source>
        <translation>This computer has no keyring for the key ({reason}). Put the key in the environment variable CHECKIN_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Versleuteling is ingesteld, maar SQLCipher (het pakket sqlcipher3) is niet geïnstalleerd.</source>
        <translation>Encryption is set up, but SQLCipher (the sqlcipher3 package) is not installed.</translation>
    </message>
    <message>
        <source>De app is al geopend op deze computer. Gebruik het venster dat al open staat; twee keer tegelijk werken kan gegevens door elkaar halen.</source>
        <translation>The app is already open on this computer. Use the window that is already open; working in two at once can mix up the data.</translation>
    </message>
    <message>
        <source>Ontmoetingsplek</source>
        <translation>Meeting place</translation>
    </message>
    <message>
        <source>Gratis toegang, drankjes gratis</source>
        <translation>Free entry, free drinks</translation>
    </message>
    <message>
        <source>Gratis toegang, {price} per drankje</source>
        <translation>Free entry, {price} per drink</translation>
    </message>
    <message>
        <source>Scan voor meer informatie:</source>
        <translation>Scan for more information:</translation>
    </message>
    <message>
        <source>Thema: {theme}</source>
        <translation>Theme: {theme}</translation>
    </message>
    <message>
        <source>Met {partner}</source>
        <translation>With {partner}</translation>
    </message>
    <message>
        <source>Waar: {place}</source>
        <translation>Where: {place}</translation>
    </message>
    <message>
        <source>Programma {month}</source>
        <translation>Programme {month}</translation>
    </message>
    <message>
        <source>Elke week spelen de kinderen en drinken de ouders samen een kopje koffie of thee. Op deze dagen is er iets extra&apos;s:</source>
        <translation>Every week the children play and the parents have a cup of coffee or tea together. On these days there is something extra:</translation>
    </message>
    <message>
        <source>Elke week spelen de kinderen en drinken de ouders samen een kopje koffie of thee.</source>
        <translation>Every week the children play and the parents have a cup of coffee or tea together.</translation>
    </message>
    <message>
        <source>Deze maand staan er (nog) geen ochtenden of activiteiten gepland.</source>
        <translation>No mornings or activities are planned this month (yet).</translation>
    </message>
    <message>
        <source>Vrije inloop: spelen en elkaar ontmoeten</source>
        <translation>Drop-in: play and meet each other</translation>
    </message>
    <message>
        <source>Gezinskaarten</source>
        <translation>Family cards</translation>
    </message>
    <message>
        <source>Gezinskaart</source>
        <translation>Family card</translation>
    </message>
    <message>
        <source>Laat deze kaart scannen als u binnenkomt.</source>
        <translation>Have this card scanned when you come in.</translation>
    </message>
    <message>
        <source>Het logo {path} kan niet worden gelezen; kies een PNG- of JPEG-bestand.</source>
        <translation>The logo {path} cannot be read; choose a PNG or JPEG file.</translation>
    </message>
    <message>
        <source>Onbekend papierformaat &apos;{size}&apos;; kies a4 of a5.</source>
        <translation>Unknown paper size &apos;{size}&apos;; choose a4 or a5.</translation>
    </message>
    <message>
        <source>De gegevensmap {path} staat op een medium waarop niet geschreven kan worden (alleen lezen). Kopieer de map naar de laptop, of zet de schrijfbeveiliging uit.</source>
        <translation>The data folder {path} is on a medium that cannot be written to (read-only). Copy the folder to the laptop, or switch off the write protection.</translation>
    </message>
    <message>
        <source>{path} is een bestand van de gegevens zelf (de database of een backup); er is niets opgeslagen. Kies een andere plek.</source>
        <translation>{path} is a file of the data itself (the database or a backup); nothing was saved. Choose another place.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>In de map {folder} kan niet worden geschreven.</source>
        <translation>The folder {folder} cannot be written to.</translation>
    </message>
    <message>
        <source>De huidige pincode klopt niet.</source>
        <translation>The current PIN is not right.</translation>
    </message>
    <message>
        <source>Een pincode heeft {low} tot {high} cijfers.</source>
        <translation>A PIN has {low} to {high} digits.</translation>
    </message>
    <message>
        <source>Er is nog geen ontmoetingsplek ingesteld.</source>
        <translation>No meeting place has been set up yet.</translation>
    </message>
    <message>
        <source>Elke {weekday} {hours}</source>
        <translation>Every {weekday} {hours}</translation>
    </message>
    <message>
        <source>Het gezin met de code &apos;{code}&apos; is gewist.</source>
        <translation>The family with the code &apos;{code}&apos; has been erased.</translation>
    </message>
    <message>
        <source>Er zijn geen gezinnen om kaarten voor te maken.</source>
        <translation>There are no families to make cards for.</translation>
    </message>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>verwacht {month}</source>
        <translation>expected {month}</translation>
    </message>
    <message>
        <source>Inzage gezinsgegevens</source>
        <translation>Family data access</translation>
    </message>
    <message>
        <source>Wat wij over uw gezin hebben opgeslagen</source>
        <translation>What we have stored about your family</translation>
    </message>
    <message>
        <source>{app}. Overzicht gemaakt op {day}.</source>
        <translation>{app}. Overview made on {day}.</translation>
    </message>
    <message>
        <source>Inzage gezin {code}, pagina {page}</source>
        <translation>Family data {code}, page {page}</translation>
    </message>
    <message>
        <source>Dit is alles wat de app over uw gezin bewaart. Geen achternaam, adres, telefoonnummer of geboortedatum.</source>
        <translation>This is everything the app keeps about your family. No surname, address, phone number or date of birth.</translation>
    </message>
    <message>
        <source>Hoe gevonden</source>
        <translation>How they found us</translation>
    </message>
    <message>
        <source>Stemming</source>
        <translation>Mood</translation>
    </message>
    <message>
        <source>Nog geen bezoeken.</source>
        <translation>No visits yet.</translation>
    </message>
    <message>
        <source>Toestemmingstekst</source>
        <translation>Consent text</translation>
    </message>
    <message>
        <source>Wilt u dat wij uw gegevens wissen? Vraag het een gastvrouw, gastheer of de coördinator. Uw naam, code en kinderen worden dan gewist; uw bezoeken tellen alleen nog anoniem mee. Gegevens van gezinnen die {months} maanden niet meer kwamen, wissen wij vanzelf (de coördinator kan deze termijn instellen).</source>
        <translation>Would you like us to erase your data? Ask a host or the coordinator. Your name, code and children are then erased; your visits only count anonymously. We erase the data of families who have not come for {months} months automatically (the coordinator can set this period).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen geldige maand; schrijf JJJJ-MM, bijvoorbeeld 2026-03.</source>
        <translation>&apos;{text}&apos; is not a valid month; write YYYY-MM, for example 2026-03.</translation>
    </message>
    <message>
        <source>Vul een titel in voor de activiteit.</source>
        <translation>Fill in a title for the activity.</translation>
    </message>
    <message>
        <source>De titel is te lang ({length} tekens; hoogstens {n}).</source>
        <translation>The title is too long ({length} characters; at most {n}).</translation>
    </message>
    <message>
        <source>De omschrijving is te lang (hoogstens {n} tekens).</source>
        <translation>The description is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>De naam van de partner is te lang (hoogstens {n} tekens).</source>
        <translation>The partner&apos;s name is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Het veld Waar is te lang (hoogstens {n} tekens).</source>
        <translation>The Where field is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>De datum {day} is al voorbij; kies vandaag of een latere dag.</source>
        <translation>The date {day} has already passed; choose today or a later day.</translation>
    </message>
    <message>
        <source>Vul zowel de begintijd als de eindtijd in, of geen van beide.</source>
        <translation>Fill in both the start time and the end time, or neither.</translation>
    </message>
    <message>
        <source>De eindtijd moet na de begintijd liggen.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>Deze activiteit bestaat niet (meer).</source>
        <translation>This activity does not exist (any more).</translation>
    </message>
    <message>
        <source>De minimale telling k mag niet lager zijn dan {k}.</source>
        <translation>The minimum count k may not be lower than {k}.</translation>
    </message>
    <message>
        <source>Onbekend formaat &apos;{fmt}&apos;; kies uit csv, xlsx, pdf of json.</source>
        <translation>Unknown format &apos;{fmt}&apos;; choose from csv, xlsx, pdf or json.</translation>
    </message>
    <message>
        <source>Onbekende taal &apos;{language}&apos;; kies uit {languages}.</source>
        <translation>Unknown language &apos;{language}&apos;; choose from {languages}.</translation>
    </message>
    <message>
        <source>het hoofdniveau</source>
        <translation>the top level</translation>
    </message>
    <message>
        <source>{name} is geen JSON-bestand; kies een export van checkin in JSON-formaat.</source>
        <translation>{name} is not a JSON file; choose a checkin export in JSON format.</translation>
    </message>
    <message>
        <source>{name} is geen export van anonieme cijfers van checkin (formaat &apos;{format}&apos; ontbreekt).</source>
        <translation>{name} is not a checkin export of anonymous figures (format &apos;{format}&apos; is missing).</translation>
    </message>
    <message>
        <source>{name} heeft versie {version} van het exportformaat; deze checkin kent alleen versie {known}.</source>
        <translation>{name} has version {version} of the export format; this checkin only knows version {known}.</translation>
    </message>
    <message>
        <source>{name} klopt niet met het exportformaat: fout bij {where}.</source>
        <translation>{name} does not match the export format: error at {where}.</translation>
    </message>
    <message>
        <source>een aantal van {value}, meer dan een export kan bevatten</source>
        <translation>a count of {value}, more than an export can hold</translation>
    </message>
    <message>
        <source>het exacte aantal {value}, kleiner dan k = {k}</source>
        <translation>the exact count {value}, smaller than k = {k}</translation>
    </message>
    <message>
        <source>{name} bevat bij {where} de datum &apos;{text}&apos;, die niet bestaat.</source>
        <translation>{name} has the date &apos;{text}&apos; at {where}, which does not exist.</translation>
    </message>
    <message>
        <source>{name}: bij {where} ligt het einde van de periode voor het begin.</source>
        <translation>{name}: at {where} the end of the period is before its start.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: de periode bij {where} valt buiten de periode van de export.</source>
        <translation>{name}: the period at {where} falls outside the period of the export.</translation>
    </message>
    <message>
        <source>{name}: de locatie &apos;{location}&apos; bij {where} staat niet in de lijst van locaties.</source>
        <translation>{name}: the location &apos;{location}&apos; at {where} is not in the list of locations.</translation>
    </message>
    <message>
        <source>{name} bevat {location} over dezelfde periode twee keer ({where}).</source>
        <translation>{name} has {location} for the same period twice ({where}).</translation>
    </message>
    <message>
        <source>{name} bevat een onbekende maat &apos;{measure}&apos; ({where}).</source>
        <translation>{name} has an unknown measure &apos;{measure}&apos; ({where}).</translation>
    </message>
    <message>
        <source>{name} bevat &apos;{measure}&apos; &apos;{category}&apos; twee keer in {where}.</source>
        <translation>{name} has &apos;{measure}&apos; &apos;{category}&apos; twice in {where}.</translation>
    </message>
    <message>
        <source>{name} bevat bij {where} {problem}: zo&apos;n bestand maakt checkin niet.</source>
        <translation>{name} contains {problem} at {where}: checkin does not make such a file.</translation>
    </message>
    <message>
        <source>geen thema</source>
        <translation>no theme</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>De einddatum ligt voor de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Kies een periode van hoogstens 25 jaar.</source>
        <translation>Choose a period of at most 25 years.</translation>
    </message>
    <message>
        <source>Onbekende indeling &apos;{by}&apos;; kies uit month, quarter of year.</source>
        <translation>Unknown split &apos;{by}&apos;; choose from month, quarter or year.</translation>
    </message>
    <message>
        <source>Er is nog geen ontmoetingsplek; er zijn dus nog geen cijfers.</source>
        <translation>There is no meeting place yet, so there are no figures yet.</translation>
    </message>
    <message>
        <source>Geef minstens één export (JSON) op om samen te voegen.</source>
        <translation>Give at least one export (JSON) to merge.</translation>
    </message>
    <message>
        <source>De bestanden gebruiken een verschillende minimale telling ({ks}). Maak de exports opnieuw met dezelfde k, bijvoorbeeld met &apos;checkin export --min-count {k}&apos;.</source>
        <translation>The files use different minimum counts ({ks}). Make the exports again with the same k, for example with &apos;checkin export --min-count {k}&apos;.</translation>
    </message>
    <message>
        <source>{name} bevat de cijfers van {location} over {period}, maar die staan ook al in {earlier}; geef elke locatie en periode maar één keer op.</source>
        <translation>{name} has the figures of {location} for {period}, but they are already in {earlier}; give each location and period only once.</translation>
    </message>
    <message>
        <source>De bestanden bevatten geen cijfers van een locatie.</source>
        <translation>The files hold no location&apos;s figures.</translation>
    </message>
    <message>
        <source>Alle locaties</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>Ochtenden</source>
        <translation>Mornings</translation>
    </message>
    <message>
        <source>Aantal ochtenden dat de ontmoetingsplek open was.</source>
        <translation>Number of mornings the meeting place was open.</translation>
    </message>
    <message>
        <source>ochtenden</source>
        <translation>mornings</translation>
    </message>
    <message>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Aantal keer dat een gezin is ingecheckt (een gezin telt één keer per ochtend).</source>
        <translation>Number of times a family checked in (a family counts once per morning).</translation>
    </message>
    <message>
        <source>bezoeken</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>Gezinnen</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>gezinnen</source>
        <translation>families</translation>
    </message>
    <message>
        <source>Nieuwe gezinnen</source>
        <translation>New families</translation>
    </message>
    <message>
        <source>Gezinnen die in deze periode voor het eerst op deze plek kwamen.</source>
        <translation>Families who came to this place for the first time in this period.</translation>
    </message>
    <message>
        <source>Terugkerende gezinnen</source>
        <translation>Returning families</translation>
    </message>
    <message>
        <source>Gezinnen die in deze periode kwamen en er daarvoor ook al eens waren.</source>
        <translation>Families who came in this period and had been before.</translation>
    </message>
    <message>
        <source>Bezoeken per gezin</source>
        <translation>Visits per family</translation>
    </message>
    <message>
        <source>Gezinnen naar het aantal keer dat ze in de periode kwamen: 1 keer, 2-3 keer, 4 keer of vaker.</source>
        <translation>Families by the number of times they came in the period: once, 2-3 times, 4 times or more.</translation>
    </message>
    <message>
        <source>Volwassenen</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Volwassenen die meekwamen, opgeteld over alle bezoeken, naar rol.</source>
        <translation>Adults who came along, added up over all visits, by role.</translation>
    </message>
    <message>
        <source>Kinderen die meekwamen, opgeteld over alle bezoeken, naar leeftijd in jaren op de dag van het bezoek; &apos;verwacht&apos; is een kind dat nog geboren moet worden, &apos;onbekend&apos; komt uit een oude lijst zonder leeftijden.</source>
        <translation>Children who came along, added up over all visits, by age in years on the day of the visit; &apos;expected&apos; is a child not yet born, &apos;onbekend&apos; (unknown) comes from an old list without ages.</translation>
    </message>
    <message>
        <source>Gezinnen per woonplaats</source>
        <translation>Families by town</translation>
    </message>
    <message>
        <source>Verschillende gezinnen naar woonplaats; kleine groepen staan samen onder &apos;overig&apos;.</source>
        <translation>Different families by town; small groups are put together under &apos;other&apos;.</translation>
    </message>
    <message>
        <source>Verschillende gezinnen naar hoe ze de ontmoetingsplek gevonden hebben.</source>
        <translation>Different families by how they found the meeting place.</translation>
    </message>
    <message>
        <source>Bezoeken naar het half uur van aankomst (09:30 is van 09:30 tot 10:00); &apos;onbekend&apos; voor bezoeken uit een oude lijst.</source>
        <translation>Visits by the half hour of arrival (09:30 is from 09:30 to 10:00); &apos;onbekend&apos; (unknown) for visits from an old list.</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Bezoeken op ochtenden met een thema, naar thema; &apos;geen thema&apos; voor de andere ochtenden.</source>
        <translation>Visits on mornings with a theme, by theme; &apos;no theme&apos; for the other mornings.</translation>
    </message>
    <message>
        <source>Drankjes</source>
        <translation>Drinks</translation>
    </message>
    <message>
        <source>Verkochte of gratis gegeven drankjes, naar soort.</source>
        <translation>Drinks sold or given free, by kind.</translation>
    </message>
    <message>
        <source>Geld ontvangen voor drankjes in eurocent, naar betaalwijze; bij &apos;gratis&apos; de waarde van de weggegeven drankjes.</source>
        <translation>Money received for drinks in euro cents, by way of paying; for &apos;free&apos; the value of the drinks given away.</translation>
    </message>
    <message>
        <source>Stemming bij vertrek</source>
        <translation>Mood on leaving</translation>
    </message>
    <message>
        <source>Bezoeken naar het gezichtje dat bij vertrek is aangetikt; &apos;niet ingevuld&apos; als er geen was.</source>
        <translation>Visits by the face tapped on leaving; &apos;not filled in&apos; if there was none.</translation>
    </message>
    <message>
        <source>Weggebleven gezinnen</source>
        <translation>Families who stopped coming</translation>
    </message>
    <message>
        <source>Niet voorgekomen: {names}.</source>
        <translation>Did not occur: {names}.</translation>
    </message>
    <message>
        <source>Aantal verschillende gezinnen dat in de periode kwam.</source>
        <translation>Number of different families that came in the period.</translation>
    </message>
    <message>
        <source>Gezinnen die in het jaar vóór de laatste 8 weken van de periode minstens twee keer kwamen, maar in die laatste 8 weken niet meer.</source>
        <translation>Families who came at least twice in the year before the last 8 weeks of the period, but not in those last 8 weeks.</translation>
    </message>
    <message>
        <source>volwassenen</source>
        <translation>adults</translation>
    </message>
    <message>
        <source>Kinderen naar leeftijd (jaren)</source>
        <translation>Children by age (years)</translation>
    </message>
    <message>
        <source>kinderen</source>
        <translation>children</translation>
    </message>
    <message>
        <source>Geen gezinnen uit: {names}.</source>
        <translation>No families from: {names}.</translation>
    </message>
    <message>
        <source>Door niemand genoemd: {names}.</source>
        <translation>Named by nobody: {names}.</translation>
    </message>
    <message>
        <source>Bezoeken per ochtend</source>
        <translation>Visits per morning</translation>
    </message>
    <message>
        <source>Bezoeken per ochtend (datum); ochtenden met weinig bezoeken staan samen onder &apos;overig&apos;.</source>
        <translation>Visits per morning (date); mornings with few visits are put together under &apos;other&apos;.</translation>
    </message>
    <message>
        <source>minder dan {k}</source>
        <translation>fewer than {k}</translation>
    </message>
    <message>
        <source>ten minste {n}</source>
        <translation>at least {n}</translation>
    </message>
    <message>
        <source>{start} tot en met {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>&apos;{all}&apos;: elk gezin telt één keer, ook als het op meer locaties kwam (nieuw is een gezin dat op geen van de locaties eerder kwam); bezoeken, kinderen en drankjes zijn opgeteld. Toont een locatie een aantal gezinnen niet, dan staat bij &apos;{all}&apos; het grootste aantal dat een locatie toont als &apos;ten minste&apos;, of niets, zodat het niet terug te rekenen is.</source>
        <translation>&apos;{all}&apos;: each family counts once, even if it came to more than one location (a family is new if it had not come to any of the locations before); visits, children and drinks are added up. Where a location does not show a number of families, &apos;{all}&apos; shows the largest number a location shows as &apos;at least&apos;, or nothing, so that it cannot be worked out.</translation>
    </message>
    <message>
        <source>Anonieme cijfers over {period}, locaties: {locations}. Minimale telling k = {k}: een aantal mensen of bezoeken van 1 tot en met {below} staat er niet in maar als &apos;&lt;{k}&apos; (minder dan {k}); kleine groepen staan samen onder &apos;overig&apos;.</source>
        <translation>Anonymous figures for {period}, locations: {locations}. Minimum count k = {k}: a number of people or visits from 1 to {below} is not shown but given as &apos;&lt;{k}&apos; (fewer than {k}); small groups are put together under &apos;other&apos;.</translation>
    </message>
    <message>
        <source>&apos;&gt;=N&apos; (ten minste N) is een totaal waarin weggelaten aantallen zitten: het echte aantal is N of meer. Ochtenden, drankjes en opbrengst tellen geen mensen en worden nooit weggelaten.</source>
        <translation>&apos;&gt;=N&apos; (at least N) is a total that includes numbers left out: the real number is N or more. Mornings, drinks and takings do not count people and are never left out.</translation>
    </message>
    <message>
        <source>Het totaal &apos;{all}&apos; telt per periode de gepubliceerde cijfers van de locaties op die over die periode cijfers hebben; een gezin dat op twee plekken kwam telt twee keer mee.</source>
        <translation>The total &apos;{all}&apos; adds up, per period, the published figures of the locations that have figures for that period; a family who came to two places counts twice.</translation>
    </message>
    <message>
        <source>Samengevoegd uit de anonieme exports {files}, die allemaal dezelfde k gebruiken.</source>
        <translation>Merged from the anonymous exports {files}, which all use the same k.</translation>
    </message>
    <message>
        <source>Volwassenen naar rol</source>
        <translation>Adults by role</translation>
    </message>
    <message>
        <source>Hoe hebben de gezinnen ons gevonden?</source>
        <translation>How did the families find us?</translation>
    </message>
    <message>
        <source>Aankomst per half uur</source>
        <translation>Arrivals per half hour</translation>
    </message>
    <message>
        <source>Bezoeken per thema</source>
        <translation>Visits by theme</translation>
    </message>
    <message>
        <source>drankjes</source>
        <translation>drinks</translation>
    </message>
    <message>
        <source>Opbrengst drankjes</source>
        <translation>Drinks takings</translation>
    </message>
    <message>
        <source>pagina {n}</source>
        <translation>page {n}</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Locaties</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Minimale telling</source>
        <translation>Minimum count</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Samengevoegd uit</source>
        <translation>Merged from</translation>
    </message>
    <message>
        <source>De belangrijkste cijfers</source>
        <translation>The key figures</translation>
    </message>
    <message>
        <source>Cijfer</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Te weinig om te tonen: in totaal minder dan {k}.</source>
        <translation>Too few to show: fewer than {k} in total.</translation>
    </message>
    <message>
        <source>Totaal: {total}</source>
        <translation>Total: {total}</translation>
    </message>
    <message>
        <source> (groepen met 0 staan er niet in)</source>
        <translation> (groups with 0 are left out)</translation>
    </message>
    <message>
        <source>Niet getoond: een van beide is kleiner dan {k}.</source>
        <translation>Not shown: one of the two is smaller than {k}.</translation>
    </message>
    <message>
        <source>Nieuwe en terugkerende gezinnen</source>
        <translation>New and returning families</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>terugkerend</source>
        <translation>returning</translation>
    </message>
    <message>
        <source>; gemiddeld {n} per ochtend</source>
        <translation>; on average {n} per morning</translation>
    </message>
    <message>
        <source>Bezoeken per periode</source>
        <translation>Visits per period</translation>
    </message>
    <message>
        <source>Nieuwe en terugkerende gezinnen per periode</source>
        <translation>New and returning families per period</translation>
    </message>
    <message>
        <source>&apos;–&apos;: niet getoond, omdat een van beide kleiner was dan {k}.</source>
        <translation>&apos;–&apos;: not shown, because one of the two was smaller than {k}.</translation>
    </message>
    <message>
        <source>Alle perioden opgeteld. </source>
        <translation>All periods added up. </translation>
    </message>
    <message>
        <source>{location}: {period}</source>
        <translation>{location}: {period}</translation>
    </message>
    <message>
        <source>K{n} {year}</source>
        <translation>Q{n} {year}</translation>
    </message>
    <message>
        <source>Geen cijfers om te tonen.</source>
        <translation>No figures to show.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Minimale telling k = {k}.</source>
        <translation>Minimum count k = {k}.</translation>
    </message>
    <message>
        <source>Wat er in een tabel of grafiek kan staan</source>
        <translation>What a table or chart can show</translation>
    </message>
    <message>
        <source>Wat er geteld is</source>
        <translation>What was counted</translation>
    </message>
    <message>
        <source>Cijfers ontmoetingsplekken</source>
        <translation>Meeting place figures</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source> Hier omgerekend naar euro.</source>
        <translation> Converted to euros here.</translation>
    </message>
    <message>
        <source>Bezoekers</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Bereik</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Drukte</source>
        <translation>Busyness</translation>
    </message>
    <message>
        <source>{category} keer</source>
        <translation>{category} times</translation>
    </message>
    <message>
        <source>Een getal</source>
        <translation>A number</translation>
    </message>
    <message>
        <source>Het precieze aantal.</source>
        <translation>The exact number.</translation>
    </message>
    <message>
        <source>minder dan {k} (&lt;{k})</source>
        <translation>fewer than {k} (&lt;{k})</translation>
    </message>
    <message>
        <source>Het aantal ligt tussen 1 en {last}. Het precieze getal wordt niet getoond, zodat niemand kan afleiden om welk gezin het gaat. In grafieken staat &apos;&lt;{k}&apos; zonder balk.</source>
        <translation>The number is between 1 and {last}. The exact number is not shown, so that nobody can work out which family it is. Charts show &apos;&lt;{k}&apos; without a bar.</translation>
    </message>
    <message>
        <source>ten minste N (≥N)</source>
        <translation>at least N (≥N)</translation>
    </message>
    <message>
        <source>Een optelling waarin kleine aantallen zitten die niet getoond worden: het echte aantal is N of meer. In grafieken is de balk N lang en staat er &apos;≥N&apos;.</source>
        <translation>A sum that includes small numbers that are not shown: the real number is N or more. In charts the bar is N long and shows &apos;≥N&apos;.</translation>
    </message>
    <message>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Groepen kleiner dan {k} zijn samengevoegd onder &apos;overig&apos;, zodat ze niet herkenbaar zijn.</source>
        <translation>Groups smaller than {k} are put together under &apos;other&apos;, so that they cannot be recognised.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Deze groep wordt hier niet apart geteld: hij zit in &apos;overig&apos; of kwam niet voor.</source>
        <translation>This group is not counted separately here: it is in &apos;other&apos; or did not occur.</translation>
    </message>
    <message>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mrt</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>{n}e kwartaal {year}</source>
        <translation>Q{n} {year}</translation>
    </message>
    <message>
        <source>{start} t/m {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>Aantallen kleiner dan {k} worden niet getoond: daar staat &apos;minder dan {k}&apos;. Kleine groepen staan samen onder &apos;overig&apos;. Zo is uit deze cijfers geen gezin te herkennen; namen, codes, geboortedata en notities staan er niet in.</source>
        <translation>Numbers smaller than {k} are not shown: they read &apos;fewer than {k}&apos;. Small groups are put together under &apos;other&apos;. So no family can be recognised from these figures; names, codes, dates of birth and notes are not included.</translation>
    </message>
    <message>
        <source>Samengevoegd uit: {files}</source>
        <translation>Merged from: {files}</translation>
    </message>
    <message>
        <source>{new}% nieuwe gezinnen, {returning}% terugkerend</source>
        <translation>{new}% new families, {returning}% returning</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Minimale telling (k)</source>
        <translation>Minimum count (k)</translation>
    </message>
    <message>
        <source>Anonimiteit</source>
        <translation>Anonymity</translation>
    </message>
    <message>
        <source>De uitleg van elk cijfer staat op het blad &apos;Uitleg&apos;.</source>
        <translation>Each figure is explained on the &apos;Explanation&apos; sheet.</translation>
    </message>
    <message>
        <source>Belangrijkste cijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Gemiddeld aantal bezoeken per ochtend</source>
        <translation>Average number of visits per morning</translation>
    </message>
    <message>
        <source>Nieuw en terugkerend</source>
        <translation>New and returning</translation>
    </message>
    <message>
        <source>Uitleg bij de cijfers</source>
        <translation>About the figures</translation>
    </message>
    <message>
        <source>Wat er in een cel kan staan</source>
        <translation>What a cell can show</translation>
    </message>
    <message>
        <source>Backup terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Deze backup is niet in orde en kan niet worden teruggezet.</source>
        <translation>This backup is not in good order and cannot be restored.</translation>
    </message>
    <message>
        <source>Deze backup vervangt alle gegevens van nu. De gegevens van nu worden eerst bewaard als backup. Daarna sluit de app; start hem opnieuw.</source>
        <translation>This backup replaces all current data. The current data is first kept as a backup. Then the app closes; start it again.</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Gegevens</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Instellingen...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Backup maken naar...</source>
        <translation>Make backup to...</translation>
    </message>
    <message>
        <source>Backup terugzetten...</source>
        <translation>Restore backup...</translation>
    </message>
    <message>
        <source>Pincode coördinator...</source>
        <translation>Coordinator PIN...</translation>
    </message>
    <message>
        <source>Backup (*.sqlite)</source>
        <translation>Backup (*.sqlite)</translation>
    </message>
    <message>
        <source>Dat lukt niet</source>
        <translation>That didn&apos;t work</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Deze backup is versleuteld met een andere sleutel, bijvoorbeeld van een andere laptop. Typ de herstelsleutel van het blad van de coördinator.</source>
        <translation>This backup is encrypted with another key, for example from another laptop. Type the recovery key from the coordinator&apos;s sheet.</translation>
    </message>
    <message>
        <source>Backup teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>De backup is teruggezet. De gegevens van daarvoor zijn bewaard als {name}. De app sluit nu; start hem opnieuw.</source>
        <translation>The backup has been restored. The data from before has been kept as {name}. The app closes now; start it again.</translation>
    </message>
    <message>
        <source>het bestand kan niet worden gelezen.</source>
        <translation>the file cannot be read.</translation>
    </message>
    <message>
        <source>Geen staaf bij {names}: minder dan {k}, dus niet getoond.</source>
        <translation>No bar for {names}: fewer than {k}, so not shown.</translation>
    </message>
    <message>
        <source>Te weinig om te tonen: minder dan {k}.</source>
        <translation>Too few to show: fewer than {k}.</translation>
    </message>
    <message>
        <source>Geen gegevens in deze periode.</source>
        <translation>No data in this period.</translation>
    </message>
    <message>
        <source>{q}e kwartaal {year} ({first} t/m {last})</source>
        <translation>Q{q} {year} ({first} to {last})</translation>
    </message>
    <message>
        <source>Pincode coördinator</source>
        <translation>Coordinator PIN</translation>
    </message>
    <message>
        <source>Dit deel is voor de coördinator. Typ de pincode.</source>
        <translation>This part is for the coordinator. Type the PIN.</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Die pincode klopt niet. Probeer het nog eens.</source>
        <translation>That PIN is not right. Please try again.</translation>
    </message>
    <message>
        <source>Pincode coördinator instellen</source>
        <translation>Set coordinator PIN</translation>
    </message>
    <message>
        <source>Met de pincode beschermt de coördinator de cijfers, de instellingen, het wissen van gezinnen en het terugzetten van een backup. Inchecken kan altijd zonder pincode.</source>
        <translation>With the PIN the coordinator protects the figures, the settings, erasing families and restoring a backup. Checking in always works without a PIN.</translation>
    </message>
    <message>
        <source>&amp;Huidige pincode</source>
        <translation>C&amp;urrent PIN</translation>
    </message>
    <message>
        <source>Nieuwe pincode</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>&amp;Nieuwe pincode ({low} tot {high} cijfers)</source>
        <translation>&amp;New PIN ({low} to {high} digits)</translation>
    </message>
    <message>
        <source>Nieuwe pincode nog &amp;eens</source>
        <translation>New PIN a&amp;gain</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Pincode &amp;weghalen</source>
        <translation>&amp;Remove PIN</translation>
    </message>
    <message>
        <source>Typ eerst de huidige pincode.</source>
        <translation>First type the current PIN.</translation>
    </message>
    <message>
        <source>Typ een nieuwe pincode van {low} tot {high} cijfers, twee keer.</source>
        <translation>Type a new PIN of {low} to {high} digits, twice.</translation>
    </message>
    <message>
        <source>De twee nieuwe pincodes zijn niet gelijk. Typ ze nog eens.</source>
        <translation>The two new PINs are not the same. Type them again.</translation>
    </message>
    <message>
        <source>De pincode is gewijzigd.</source>
        <translation>The PIN has been changed.</translation>
    </message>
    <message>
        <source>De pincode is ingesteld.</source>
        <translation>The PIN has been set.</translation>
    </message>
    <message>
        <source>De pincode is weggehaald. Iedereen kan nu de cijfers en instellingen openen.</source>
        <translation>The PIN has been removed. Anyone can now open the figures and settings.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Huidige pincode</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <source>Nieuwe pincode nog eens</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <source>Inzage opslaan</source>
        <translation>Save data overview</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Gewist</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>Alle gegevens van {name} wissen? De naam, de code en de kinderen worden gewist, hier en in de backups op deze laptop. De bezoeken tellen alleen nog anoniem mee in de cijfers. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Erase all data of {name}? The name, the code and the children are erased, here and in the backups on this laptop. The visits then only count anonymously in the figures. This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>Het gezin is gewist, ook uit %n backups op deze laptop. Backups die eerder op een USB-stick zijn gezet, kan de app niet bereiken: wis of vervang die zelf.</source>
        <translation>
            <numerusform>The family has been erased, also from %n backup on this laptop. Backups put on a USB stick earlier are out of the app&apos;s reach: erase or replace them yourself.</numerusform>
            <numerusform>The family has been erased, also from %n backups on this laptop. Backups put on a USB stick earlier are out of the app&apos;s reach: erase or replace them yourself.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gezin wissen</source>
        <translation>Erase family</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Herstelsleutel opslaan</source>
        <translation>Save recovery key</translation>
    </message>
    <message>
        <source>De gegevens op deze laptop worden versleuteld met uw wachtwoord. Bewaar deze herstelsleutel op papier, op slot: u heeft hem nodig als u het wachtwoord vergeet, en om een backup op een andere laptop terug te zetten. Hij wordt maar één keer getoond.</source>
        <translation>The data on this laptop will be encrypted with your password. Keep this recovery key on paper, locked away: you need it if you forget the password, and to restore a backup on another laptop. It is shown only once.</translation>
    </message>
    <message>
        <source>De gegevens op deze laptop worden versleuteld. De laptop onthoudt de sleutel zelf. Bewaar deze herstelsleutel op papier, op slot: u heeft hem nodig om een backup op een andere laptop terug te zetten. Hij wordt maar één keer getoond.</source>
        <translation>The data on this laptop is being encrypted. The laptop remembers the key itself. Keep this recovery key on paper, locked away: you need it to restore a backup on another laptop. It is shown only once.</translation>
    </message>
    <message>
        <source>Opslaan als PDF om af te drukken...</source>
        <translation>Save as PDF to print...</translation>
    </message>
    <message>
        <source>Ik heb de herstelsleutel bewaard</source>
        <translation>I have kept the recovery key</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Backup van {made}: {families}, {mornings} (laatste ochtend: {last}).</source>
        <translation>Backup of {made}: {families}, {mornings} (last morning: {last}).</translation>
    </message>
    <message numerus="yes">
        <source>%n gezinnen</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ochtenden</source>
        <translation>
            <numerusform>%n morning</numerusform>
            <numerusform>%n mornings</numerusform>
        </translation>
    </message>
    <message>
        <source>De database is niet in orde</source>
        <translation>The database is not in good order</translation>
    </message>
    <message>
        <source>De gegevens van de app kunnen niet worden geopend. Het bestand is beschadigd, of het is geen bestand van deze app.</source>
        <translation>The app&apos;s data cannot be opened. The file is damaged, or it is not a file of this app.</translation>
    </message>
    <message>
        <source>Werk de app bij</source>
        <translation>Update the app</translation>
    </message>
    <message>
        <source>Toch een oudere backup terugzetten</source>
        <translation>Restore an older backup anyway</translation>
    </message>
    <message>
        <source>Er is geen goede backup gevonden. Vraag de coördinator om hulp.</source>
        <translation>No good backup was found. Ask the coordinator for help.</translation>
    </message>
    <message>
        <source>De nieuwste goede backup terugzetten?</source>
        <translation>Restore the newest good backup?</translation>
    </message>
    <message>
        <source>Het beschadigde bestand wordt niet gewist: het wordt bewaard in de map met backups.</source>
        <translation>The damaged file is not erased: it is kept in the backups folder.</translation>
    </message>
    <message>
        <source>De gegevens kunnen niet worden geopend ({detail}).</source>
        <translation>The data cannot be opened ({detail}).</translation>
    </message>
    <message>
        <source>Spiekbriefje: zo werkt de check-in</source>
        <translation>Cheat sheet: how check-in works</translation>
    </message>
    <message>
        <source>Ochtend starten</source>
        <translation>Start the morning</translation>
    </message>
    <message>
        <source>Open de app. Op het tabblad Vandaag staat de ochtend klaar: kies het thema en het aantal gastvrouwen en gastheren en klik op Ochtend starten.</source>
        <translation>Open the app. The morning is ready on the Today tab: choose the theme and the number of hosts and click Start morning.</translation>
    </message>
    <message>
        <source>Inchecken</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Typ 2 of 3 letters van de naam van de ouder of een kind, of de gezinscode, of scan de gezinskaart. Druk op Enter: het bovenste gezin is binnen. Wie er mee zijn: Wie zijn er mee?</source>
        <translation>Type 2 or 3 letters of the parent&apos;s or a child&apos;s name, or the family code, or scan the family card. Press Enter: the top family is in. Who came along: Who came along?</translation>
    </message>
    <message>
        <source>Nieuw gezin (Ctrl+N)</source>
        <translation>New family (Ctrl+N)</translation>
    </message>
    <message>
        <source>Vul woonplaats, hoe ze ons vonden en de kinderen in (geboortemaand en -jaar). Lees de toestemmingstekst voor en vink hem aan. Het gezin krijgt een code voor de gezinskaart.</source>
        <translation>Fill in the home village, how they found us and the children (month and year of birth). Read the consent text aloud and tick it. The family gets a code for the family card.</translation>
    </message>
    <message>
        <source>Kies het gezin in de lijst rechts en tik + koffie (Ctrl+1), + thee (Ctrl+2) of + limonade (Ctrl+3). Pin of gratis? Kies dat eerst. Alleen koffie halen: Verkoop zonder inchecken.</source>
        <translation>Choose the family in the list on the right and tap + koffie (Ctrl+1), + thee (Ctrl+2) or + limonade (Ctrl+3). By card or free? Choose that first. Only a coffee: Sale without check-in.</translation>
    </message>
    <message>
        <source>Foutje? (Ctrl+Z)</source>
        <translation>A mistake? (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Ctrl+Z maakt de laatste handeling ongedaan. Een drankje of bezoek van eerder: kies het gezin en Drankje weghalen of Inchecken terugdraaien.</source>
        <translation>Ctrl+Z undoes the last action. A drink or visit from earlier: choose the family and Remove drink or Undo check-in.</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Klik op Ochtend afsluiten...: u ziet de bezoeken, de nieuwe gezinnen en wat er in de kas hoort. Tel de kas en vul het bedrag in. Sluit daarna de app; de backup gaat vanzelf.</source>
        <translation>Click Close morning...: you see the visits, the new families and what should be in the cash box. Count the cash and fill in the amount. Then close the app; the backup happens by itself.</translation>
    </message>
    <message>
        <source>Wie bel ik?</source>
        <translation>Whom do I call?</translation>
    </message>
    <message>
        <source>Werkt er iets niet, of twijfelt u? Bel:</source>
        <translation>Something not working, or in doubt? Call:</translation>
    </message>
    <message>
        <source>Ontmoetingsplek Check-in · Help &gt; Handleiding (F1) in de app</source>
        <translation>Meeting place check-in · Help &gt; Guide (F1) in the app</translation>
    </message>
    <message>
        <source>De app kan niet starten</source>
        <translation>The app cannot start</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>(geen naam)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Naam of bijnaam</source>
        <translation>Name or nickname</translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>Ingeschreven op</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Toestemming gegeven op</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <source>Versie toestemmingstekst</source>
        <translation>Consent text version</translation>
    </message>
    <message>
        <source>Geboren (maand en jaar)</source>
        <translation>Born (month and year)</translation>
    </message>
    <message>
        <source>Geen kinderen opgeslagen.</source>
        <translation>No children stored.</translation>
    </message>
    <message>
        <source>Bezoeken ({count})</source>
        <translation>Visits ({count})</translation>
    </message>
    <message>
        <source>Plek</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Binnen</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Weg</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <source>Volw.</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Kind.</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Laatst gezien</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Laatste bezoek</source>
        <translation>Last visit</translation>
    </message>
    <message numerus="yes">
        <source>%n gezinnen kwamen langer dan de bewaartermijn niet meer. Hun naam, code en kinderen zijn gewist; hun bezoeken tellen anoniem mee in de cijfers.</source>
        <translation>
            <numerusform>%n family had not come for longer than the retention period. Its name, code and children have been erased; its visits still count anonymously in the figures.</numerusform>
            <numerusform>%n families had not come for longer than the retention period. Their names, codes and children have been erased; their visits still count anonymously in the figures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Onderhoud bij het starten: de bewaartermijn wordt toegepast.</source>
        <translation>Start-up maintenance: the retention period is being applied.</translation>
    </message>
    <message>
        <source>Onderhoud bij het starten...</source>
        <translation>Start-up maintenance...</translation>
    </message>
    <message>
        <source>Het onderhoud bij het starten is niet gelukt. {detail}</source>
        <translation>The start-up maintenance did not succeed. {detail}</translation>
    </message>
    <message>
        <source>De backup is teruggezet. Start de app opnieuw.</source>
        <translation>The backup has been restored. Start the app again.</translation>
    </message>
    <message>
        <source>Er is niets om ongedaan te maken.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <source>inchecken van {name}</source>
        <translation>check-in of {name}</translation>
    </message>
    <message>
        <source>uitchecken van {name}</source>
        <translation>check-out of {name}</translation>
    </message>
    <message>
        <source>wie er mee zijn met {name}</source>
        <translation>who came with {name}</translation>
    </message>
    <message>
        <source>{kind} voor {name}</source>
        <translation>{kind} for {name}</translation>
    </message>
    <message>
        <source>{kind} los verkocht</source>
        <translation>{kind} sold without check-in</translation>
    </message>
    <message>
        <source>weghalen van {kind} van {name}</source>
        <translation>removing {kind} of {name}</translation>
    </message>
    <message>
        <source>weghalen van {kind} (los verkocht)</source>
        <translation>removing {kind} (sold without check-in)</translation>
    </message>
    <message>
        <source>Te veel verkeerde pincodes. Probeer het over {minutes} minuten opnieuw.</source>
        <translation>Too many wrong PINs. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <source>Voor deze opdracht is de pincode van de coördinator nodig: typ hem in, of geef hem in de omgevingsvariabele CHECKIN_PIN.</source>
        <translation>This command needs the coordinator&apos;s PIN: type it, or give it in the environment variable CHECKIN_PIN.</translation>
    </message>
    <message>
        <source>Pincode van de coördinator: </source>
        <translation>Coordinator&apos;s PIN: </translation>
    </message>
    <message>
        <source>De pincode klopt niet.</source>
        <translation>The PIN is not right.</translation>
    </message>
    <message>
        <source>Tip: kies een nieuwe pincode van minstens {n} cijfers (Gegevens &gt; Pincode coördinator...).</source>
        <translation>Tip: choose a new PIN of at least {n} digits (Data &gt; Coordinator PIN...).</translation>
    </message>
    <message>
        <source>Naast de database stond een bestand checkin.sqlite-wal dat er niet bij hoort: de app was de vorige keer netjes afgesloten, dus het komt ergens anders vandaan (bijvoorbeeld gekopieerd van een andere laptop). Het is niet gebruikt, maar bewaard als {name} in de map met backups. De gegevens zijn zoals ze bij het afsluiten waren.</source>
        <translation>Beside the database there was a file checkin.sqlite-wal that does not belong to it: the app was closed properly last time, so it came from somewhere else (for example copied from another laptop). It was not used, but kept as {name} in the backups folder. The data is as it was when the app was closed.</translation>
    </message>
    <message>
        <source>Naast de database staat een bestand checkin.sqlite-wal dat er niet bij hoort, want de app was de vorige keer netjes afgesloten; misschien is het gekopieerd van een andere laptop. Het wordt niet gebruikt: de app zet het bij de volgende opening apart in de map met backups.</source>
        <translation>Beside the database there is a file checkin.sqlite-wal that does not belong to it, because the app was closed properly last time; perhaps it was copied from another laptop. It is not used: the app moves it to the backups folder the next time it opens the data.</translation>
    </message>
    <message>
        <source>De gegevens zijn versleuteld; de sleutel staat in de sleutelbos van deze computer. Herstelsleutel: {key} - schrijf hem op en bewaar hem op slot, hij wordt maar één keer getoond.</source>
        <translation>The data is encrypted; the key is in this computer&apos;s keyring. Recovery key: {key} - write it down and keep it locked away, it is shown only once.</translation>
    </message>
    <message>
        <source>Let op: de gegevens zijn niet versleuteld (deze computer heeft geen sleutelbos). Versleutelen: checkin encrypt --recovery-pdf BESTAND</source>
        <translation>Note: the data is not encrypted (this computer has no keyring). To encrypt: checkin encrypt --recovery-pdf FILE</translation>
    </message>
    <message>
        <source>De demogegevens zijn niet versleuteld; voor verzonnen gegevens is dat niet nodig.</source>
        <translation>The demo data is not encrypted; made-up data does not need it.</translation>
    </message>
    <message>
        <source>De gegevens zijn versleuteld met een wachtwoord: typ het in een terminal, of geef het in de omgevingsvariabele CHECKIN_PASSPHRASE.</source>
        <translation>The data is encrypted with a password: type it in a terminal, or give it in the environment variable CHECKIN_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Wachtwoord van de gegevens: </source>
        <translation>Password of the data: </translation>
    </message>
    <message>
        <source>Kies een wachtwoord van minstens {n} tekens, bijvoorbeeld drie of vier woorden.</source>
        <translation>Choose a password of at least {n} characters, for example three or four words.</translation>
    </message>
    <message>
        <source>Het wachtwoord klopt niet. Probeer het opnieuw.</source>
        <translation>The password is not right. Please try again.</translation>
    </message>
    <message>
        <source>Dit wachtwoord is te kort. {rule}</source>
        <translation>This password is too short. {rule}</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>The two passwords are not the same. Please type them again.</translation>
    </message>
    <message>
        <source>Het sleutelbestand {path} kan niet worden gelezen ({reason}). Typ de herstelsleutel.</source>
        <translation>The key file {path} cannot be read ({reason}). Type the recovery key.</translation>
    </message>
    <message>
        <source>Op deze computer: {path}</source>
        <translation>On this computer: {path}</translation>
    </message>
    <message>
        <source>Server: {host}/{database} als {user}</source>
        <translation>Server: {host}/{database} as {user}</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Wachtwoord van de server</source>
        <translation>Server password</translation>
    </message>
    <message>
        <source>Nog een keer hetzelfde wachtwoord</source>
        <translation>The same password again</translation>
    </message>
    <message>
        <source>Gegevens beveiligen</source>
        <translation>Protect the data</translation>
    </message>
    <message>
        <source>In deze app komen namen van ouders en kinderen. Die willen we goed beschermen. Daarom versleutelen we ze: dan kan niemand ze lezen zonder sleutel, ook niet als de laptop of een backup kwijtraakt. Deze computer heeft geen plek om de sleutel veilig te bewaren. Kies daarom hoe u verder wilt.</source>
        <translation>This app holds names of parents and children. We want to protect them well. That is why we encrypt them: then nobody can read them without the key, not even if the laptop or a backup gets lost. This computer has no place to keep the key safely. So please choose how to continue.</translation>
    </message>
    <message>
        <source>Versleutelen met een wachtwoord (aangeraden)</source>
        <translation>Encrypt with a password (recommended)</translation>
    </message>
    <message>
        <source>Bij elke start vraagt de app dit wachtwoord. Geef het alleen aan wie de app gebruikt. U krijgt ook een herstelsleutel om op papier te bewaren.</source>
        <translation>The app asks for this password at every start. Give it only to the people who use the app. You also get a recovery key to keep on paper.</translation>
    </message>
    <message>
        <source>Niet versleutelen</source>
        <translation>Do not encrypt</translation>
    </message>
    <message>
        <source>Wie de laptop of een backup in handen krijgt, kan de namen lezen. U kunt later alsnog versleutelen via Gegevens &gt; Versleutelen.</source>
        <translation>Anyone who gets hold of the laptop or a backup can read the names. You can still encrypt later with Data &gt; Encrypt.</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Versleutelen</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <source>Deze computer heeft geen plek om de sleutel veilig te bewaren. De gegevens worden daarom versleuteld met een wachtwoord, dat de app bij elke start vraagt.</source>
        <translation>This computer has no place to keep the key safely. The data will therefore be encrypted with a password that the app asks for at every start.</translation>
    </message>
    <message>
        <source>De gegevens zijn versleuteld. Typ het wachtwoord om de app te openen. Wachtwoord vergeten? Typ dan de herstelsleutel van het blad van de coördinator.</source>
        <translation>The data is encrypted. Type the password to open the app. Forgot the password? Then type the recovery key from the coordinator&apos;s sheet.</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Versleutelen...</source>
        <translation>&amp;Encrypt...</translation>
    </message>
    <message>
        <source>De gegevens zijn niet versleuteld.</source>
        <translation>The data is not encrypted.</translation>
    </message>
    <message>
        <source>Wie de laptop of een backup in handen krijgt, kan de namen lezen. Versleutelen voorkomt dat.</source>
        <translation>Anyone who gets hold of the laptop or a backup can read the names. Encrypting prevents that.</translation>
    </message>
    <message>
        <source>De gegevens zijn versleuteld.</source>
        <translation>The data is encrypted.</translation>
    </message>
    <message>
        <source>Een database op een server is geen bestand om te kopiëren. Maak er het draagbare backupbestand van: Gegevens &gt; Backup maken naar..., of &apos;checkin backup --out BESTAND&apos;.</source>
        <translation>A database on a server is not a file to copy. Make its portable backup file: Data &gt; Make backup to..., or &apos;checkin backup --out FILE&apos;.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is geen database-adres dat de app kent; gebruik postgresql://gebruiker@server/database of sqlite:// (het bestand in de gegevensmap).</source>
        <translation>&apos;{url}&apos; is not a database address the app knows; use postgresql://user@server/database or sqlite:// (the file in the data folder).</translation>
    </message>
    <message>
        <source>Een SQLite-database staat altijd in de gegevensmap ({path}); kies een andere map met --data-dir in plaats van een ander bestand.</source>
        <translation>An SQLite database is always in the data folder ({path}); choose another folder with --data-dir instead of another file.</translation>
    </message>
    <message>
        <source>In het database-adres {url} ontbreekt de naam van de database.</source>
        <translation>The database address {url} lacks the name of the database.</translation>
    </message>
    <message>
        <source>Voor een database op een server is het onderdeel &apos;server&apos; van de app nodig (pip install &apos;checkin[server]&apos;).</source>
        <translation>A database on a server needs the app&apos;s &apos;server&apos; component (pip install &apos;checkin[server]&apos;).</translation>
    </message>
    <message>
        <source>De gebruiker van {url} mag de tabellen niet maken of bijwerken; open de database eerst als coördinator (packaging/server/setup.sql).</source>
        <translation>The user of {url} may not create or upgrade the tables; open the database as the coordinator first (packaging/server/setup.sql).</translation>
    </message>
    <message>
        <source>Het certificaat van de databaseserver van {url} is niet te controleren, dus maakt de app geen verbinding: zet het CA-certificaat van de server op deze computer (~/.postgresql/root.crt, of sslrootcert=PAD in het adres) en gebruik de servernaam uit het certificaat; zie README ({reason})</source>
        <translation>The certificate of the database server of {url} cannot be verified, so the app does not connect: put the server&apos;s CA certificate on this computer (~/.postgresql/root.crt, or sslrootcert=PATH in the address) and use the server name from the certificate; see README ({reason})</translation>
    </message>
    <message>
        <source>De databaseserver van {url} is niet bereikbaar of weigert de verbinding: {reason}</source>
        <translation>The database server of {url} cannot be reached or refuses the connection: {reason}</translation>
    </message>
    <message>
        <source>De server brak de opdracht af omdat die te lang duurde; probeer het later nog eens, en meld het aan de beheerder van de server als het zo blijft.</source>
        <translation>The server stopped the command because it took too long; try again later, and tell the server&apos;s administrator if it keeps happening.</translation>
    </message>
    <message>
        <source>De gegevens op de server waren te lang bezet door een andere balie of opdracht; probeer het over een ogenblik nog eens.</source>
        <translation>The data on the server was in use by another desk or command for too long; try again in a moment.</translation>
    </message>
    <message>
        <source>Deze gebruiker mag dit niet op de server {url}; doe het als coördinator, of vraag de beheerder van de server om de rechten (packaging/server/setup.sql).</source>
        <translation>This user is not allowed to do this on the server {url}; do it as the coordinator, or ask the server&apos;s administrator for the rights (packaging/server/setup.sql).</translation>
    </message>
    <message>
        <source>De databaseserver van {url} weigerde de opdracht: {reason}</source>
        <translation>The database server of {url} refused the command: {reason}</translation>
    </message>
    <message>
        <source>zet alle gegevens over naar een database op een server (leeg, of met de gegevens van een andere locatie), of terug naar het bestand</source>
        <translation>move all data to a database on a server (empty, or holding another place&apos;s data), or back to the file</translation>
    </message>
    <message>
        <source>het doel: postgresql://gebruiker@server/database, of &apos;sqlite&apos; voor het bestand in de gegevensmap</source>
        <translation>the target: postgresql://user@server/database, or &apos;sqlite&apos; for the file in the data folder</translation>
    </message>
    <message>
        <source>{places} staat al op {target}, met precies deze gegevens (eerder verhuisd). Er is niets veranderd.</source>
        <translation>{places} is already on {target}, with exactly this data (moved before). Nothing was changed.</translation>
    </message>
    <message>
        <source>{rows} rijen overgezet naar {target} en gecontroleerd (aantallen per tabel en een controlesom).</source>
        <translation>{rows} rows copied to {target} and verified (counts per table and a checksum).</translation>
    </message>
    <message>
        <source>De bron {source} is niet veranderd en blijft bewaard.</source>
        <translation>The source {source} was not changed and is kept.</translation>
    </message>
    <message>
        <source>Gebruik voortaan de server met --database {url} of de omgevingsvariabele CHECKIN_DATABASE_URL; het bestand in de gegevensmap wordt dan niet meer gebruikt.</source>
        <translation>From now on use the server with --database {url} or the environment variable CHECKIN_DATABASE_URL; the file in the data folder is then no longer used.</translation>
    </message>
    <message>
        <source>Gebruik voortaan het bestand door de app te starten zonder --database en zonder CHECKIN_DATABASE_URL.</source>
        <translation>From now on use the file by starting the app without --database and without CHECKIN_DATABASE_URL.</translation>
    </message>
    <message>
        <source>{rows} toegevoegd aan {target}, naast de gegevens die er al stonden, en gecontroleerd (aantallen per tabel en een controlesom van wat erbij kwam).</source>
        <translation>{rows} added to {target}, beside the data already there, and verified (counts per table and a checksum of what was added).</translation>
    </message>
    <message numerus="yes">
        <source>%n rijen</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gezinscodes kwamen daar al voor en zijn vernummerd: geef die gezinnen hun nieuwe code (Gezinnen, of een nieuwe gezinskaart).</source>
        <translation>
            <numerusform>%n family code was already taken there and has been renumbered: give that family its new code (Families, or a new family card).</numerusform>
            <numerusform>%n family codes were already taken there and have been renumbered: give those families their new code (Families, or a new family card).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lijstwaarden (dorpen, drankjes, thema&apos;s...) stonden er al en zijn niet dubbel gezet.</source>
        <translation>
            <numerusform>%n list entry (villages, drinks, themes...) was already there and was not added twice.</numerusform>
            <numerusform>%n list entries (villages, drinks, themes...) were already there and were not added twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acties van een open ochtend gaan niet mee in de lijst van Ongedaan maken.</source>
        <translation>
            <numerusform>%n action of an open morning does not come along in the Undo list.</numerusform>
            <numerusform>%n actions of an open morning do not come along in the Undo list.</numerusform>
        </translation>
    </message>
    <message>
        <source>De instellingen en de pincode van {target} zijn gebleven zoals ze waren.</source>
        <translation>The settings and the PIN of {target} have stayed as they were.</translation>
    </message>
    <message>
        <source>Bron en doel zijn dezelfde database ({target}); er is niets veranderd.</source>
        <translation>Source and target are the same database ({target}); nothing was changed.</translation>
    </message>
    <message>
        <source>Het overzetten naar {target} is mislukt; daar is niets veranderd ({detail}).</source>
        <translation>Copying to {target} failed; nothing was changed there ({detail}).</translation>
    </message>
    <message>
        <source>De gegevens in tabel {table} kwamen na het overzetten niet overeen; er is niets veranderd.</source>
        <translation>The data in table {table} did not match after copying; nothing was changed.</translation>
    </message>
    <message>
        <source>Er is geen database in {path} om te verhuizen.</source>
        <translation>There is no database in {path} to move.</translation>
    </message>
    <message>
        <source>Op {target} staat al een locatie met de naam {name}. Geef een van beide eerst een andere naam (Instellingen) en verhuis dan opnieuw. Er is niets veranderd.</source>
        <translation>{target} already has a place named {name}. Give one of them another name first (Settings) and move again. Nothing was changed.</translation>
    </message>
    <message>
        <source>De bron {source} heeft een andere versie van de database; open hem eerst met deze versie van de app.</source>
        <translation>The source {source} has a different database version; open it with this version of the app first.</translation>
    </message>
    <message>
        <source>De database is even niet bereikbaar.</source>
        <translation>The database cannot be reached for a moment.</translation>
    </message>
    <message>
        <source>Eerst moet alles van de tijd zonder verbinding naar de server. Dat gebeurt vanzelf; probeer het zo nog eens.</source>
        <translation>First everything from the time without a connection must go to the server. That happens by itself; please try again in a moment.</translation>
    </message>
    <message>
        <source>de vorige handeling aan deze tafel</source>
        <translation>the previous action at this desk</translation>
    </message>
    <message>
        <source>De server is bereikbaar en de gegevens kloppen.</source>
        <translation>The server can be reached and the details are correct.</translation>
    </message>
    <message>
        <source>De server is bereikbaar en de gegevens kloppen. De database is nog leeg: de app maakt de tabellen bij de start.</source>
        <translation>The server can be reached and the details are correct. The database is still empty: the app creates the tables at the start.</translation>
    </message>
    <message>
        <source>De server is gevonden, maar de gebruikersnaam of het wachtwoord klopt niet.</source>
        <translation>The server was found, but the user name or the password is wrong.</translation>
    </message>
    <message>
        <source>De server vraagt een wachtwoord; vul het wachtwoord in.</source>
        <translation>The server asks for a password; fill in the password.</translation>
    </message>
    <message>
        <source>De server {server} is niet gevonden of neemt niet op. Kijk de naam van de server en de poort na, en of deze computer op het netwerk zit.</source>
        <translation>The server {server} was not found or does not answer. Check the server&apos;s name and the port, and whether this computer is on the network.</translation>
    </message>
    <message>
        <source>De beveiligde verbinding (TLS) met {server} lukt niet: de server biedt geen TLS aan of zijn certificaat is niet te controleren. Vraag de beheerder van de server om hulp.</source>
        <translation>The secure connection (TLS) to {server} fails: the server offers no TLS or its certificate cannot be verified. Ask the server&apos;s administrator for help.</translation>
    </message>
    <message>
        <source>De server is bereikbaar, maar de database {database} bestaat daar niet (of u mag er niet in).</source>
        <translation>The server can be reached, but the database {database} does not exist there (or you may not use it).</translation>
    </message>
    <message>
        <source>De verbinding met de server lukt niet: {reason}</source>
        <translation>Cannot connect to the server: {reason}</translation>
    </message>
    <message>
        <source>Deze computer heeft geen sleutelbos voor het wachtwoord: de app vraagt het bij elke start. Of zet het in het bestand ~/.pgpass (zie de documentatie van PostgreSQL).</source>
        <translation>This computer has no keyring for the password: the app asks for it at every start. Or put it in the file ~/.pgpass (see the PostgreSQL documentation).</translation>
    </message>
    <message>
        <source>Vul de naam van de server in.</source>
        <translation>Fill in the server&apos;s name.</translation>
    </message>
    <message>
        <source>Vul de naam van de database in.</source>
        <translation>Fill in the database&apos;s name.</translation>
    </message>
    <message>
        <source>Vul de gebruikersnaam in.</source>
        <translation>Fill in the user name.</translation>
    </message>
    <message>
        <source>De poort moet een getal tussen 1 en 65535 zijn.</source>
        <translation>The port must be a number between 1 and 65535.</translation>
    </message>
    <message>
        <source>Er is even geen verbinding met de server. Dit kan weer als de verbinding terug is.</source>
        <translation>There is no connection to the server at the moment. This will be possible again once the connection is back.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activiteit wijzigen</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>bijvoorbeeld: Voorlezen met de bibliotheek</source>
        <translation>for example: Story time with the library</translation>
    </message>
    <message>
        <source>bijvoorbeeld: Jong JGZ, de bibliotheek</source>
        <translation>for example: the child health clinic, the library</translation>
    </message>
    <message>
        <source>Eigen &amp;tijden (anders de openingstijden)</source>
        <translation>Own ti&amp;mes (otherwise the opening hours)</translation>
    </message>
    <message>
        <source>leeg: op de ontmoetingsplek zelf</source>
        <translation>empty: at the meeting place itself</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Eigen tijden</source>
        <translation>Own times</translation>
    </message>
    <message>
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Eindtijd</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>&amp;Waar:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>T&amp;itel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>T&amp;hema:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>&amp;Omschrijving:</source>
        <translation>Desc&amp;ription:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Van:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Tijden</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
</context>
<context>
    <name>ChildRow</name>
    <message>
        <source>naam (mag leeg)</source>
        <translation>name (may be empty)</translation>
    </message>
    <message>
        <source>Naam van kind {n}</source>
        <translation>Name of child {n}</translation>
    </message>
    <message>
        <source>Geboortemaand van kind {n}</source>
        <translation>Month of birth of child {n}</translation>
    </message>
    <message>
        <source>Geboortejaar van kind {n}</source>
        <translation>Year of birth of child {n}</translation>
    </message>
    <message>
        <source>verwacht</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>Aanvinken voor een baby die nog geboren moet worden</source>
        <translation>Tick for a baby not yet born</translation>
    </message>
    <message>
        <source>Weg</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Kind {n} weghalen</source>
        <translation>Remove child {n}</translation>
    </message>
</context>
<context>
    <name>CijfersScreen</name>
    <message>
        <source>De cijfers zijn voor de coördinator. Open ze met de pincode.</source>
        <translation>The figures are for the coordinator. Open them with the PIN.</translation>
    </message>
    <message>
        <source>Cijfers &amp;openen...</source>
        <translation>&amp;Open figures...</translation>
    </message>
    <message>
        <source>Cijfers openen</source>
        <translation>Open figures</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Eigen periode</source>
        <translation>Own period</translation>
    </message>
    <message>
        <source>Soort periode</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <source>◀ &amp;Vorige</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>Vorige periode</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>V&amp;olgende ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>Volgende periode</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>Begindatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>&amp;Locatie:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>Minimale telling</source>
        <translation>Minimum count</translation>
    </message>
    <message>
        <source>Kleinere aantallen worden nergens getoond of geëxporteerd, zodat niemand herkenbaar is.</source>
        <translation>Smaller numbers are never shown or exported, so that nobody can be recognised.</translation>
    </message>
    <message>
        <source>&amp;Minimale telling:</source>
        <translation>&amp;Minimum count:</translation>
    </message>
    <message>
        <source>&amp;Instellen</source>
        <translation>&amp;Set</translation>
    </message>
    <message>
        <source>Minimale telling instellen</source>
        <translation>Set minimum count</translation>
    </message>
    <message>
        <source>Bezig met berekenen</source>
        <translation>Calculating</translation>
    </message>
    <message>
        <source>Exporteren als {name}...</source>
        <translation>Export as {name}...</translation>
    </message>
    <message>
        <source>Taal van het bestand</source>
        <translation>Language of the file</translation>
    </message>
    <message>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Overzicht &amp;samenvoegen...</source>
        <translation>Mer&amp;ge overview...</translation>
    </message>
    <message>
        <source>Voeg de JSON-bestanden van andere ontmoetingsplekken samen tot één overzicht.</source>
        <translation>Merge the JSON files of other meeting places into one overview.</translation>
    </message>
    <message>
        <source>&amp;Terug naar eigen cijfers</source>
        <translation>&amp;Back to own figures</translation>
    </message>
    <message>
        <source>Terugkerend</source>
        <translation>Returning</translation>
    </message>
    <message numerus="yes">
        <source>Samengevoegd overzicht uit %n bestanden</source>
        <translation>
            <numerusform>Merged overview of %n file</numerusform>
            <numerusform>Merged overview of %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Nieuwe en terugkerende gezinnen</source>
        <translation>New and returning families</translation>
    </message>
    <message>
        <source>Alle locaties</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>Aantallen kleiner dan {k} worden niet getoond.</source>
        <translation>Numbers smaller than {k} are not shown.</translation>
    </message>
    <message>
        <source>Deze locatie staat niet in het overzicht.</source>
        <translation>This location is not in the overview.</translation>
    </message>
    <message>
        <source>nieuw of terugkerend is kleiner dan {k}</source>
        <translation>new or returning is smaller than {k}</translation>
    </message>
    <message>
        <source>{n} van {total} gezinnen</source>
        <translation>{n} of {total} families</translation>
    </message>
    <message>
        <source>gezinnen</source>
        <translation>families</translation>
    </message>
    <message>
        <source>geen ochtenden</source>
        <translation>no mornings</translation>
    </message>
    <message>
        <source>te weinig bezoeken om te tonen</source>
        <translation>too few visits to show</translation>
    </message>
    <message>
        <source>bezoeken per ochtend</source>
        <translation>visits per morning</translation>
    </message>
    <message>
        <source>Niet getoond.</source>
        <translation>Not shown.</translation>
    </message>
    <message>
        <source>In totaal minder dan {k}: niet getoond.</source>
        <translation>Fewer than {k} in total: not shown.</translation>
    </message>
    <message>
        <source>Alleen onder &apos;overig&apos; geteld (bij een van de locaties): {names}.</source>
        <translation>Only counted under &apos;other&apos; (at one of the locations): {names}.</translation>
    </message>
    <message>
        <source>Weinig voorkomende groepen staan samen onder &apos;overig&apos;: {value}.</source>
        <translation>Rare groups are counted together under &apos;other&apos;: {value}.</translation>
    </message>
    <message>
        <source>Ochtenden met weinig bezoeken staan samen onder &apos;overig&apos;: {value} bezoeken.</source>
        <translation>Mornings with few visits are put together under &apos;other&apos;: {value} visits.</translation>
    </message>
    <message>
        <source>Niet getoond: nieuw of terugkerend is kleiner dan {k}.</source>
        <translation>Not shown: new or returning is smaller than {k}.</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Dat lukt niet</source>
        <translation>That didn&apos;t work</translation>
    </message>
    <message>
        <source>Exporteren als {name}</source>
        <translation>Export as {name}</translation>
    </message>
    <message>
        <source>{name} (*{suffix})</source>
        <translation>{name} (*{suffix})</translation>
    </message>
    <message>
        <source>De cijfers worden opgeslagen als {name}...</source>
        <translation>Saving the figures as {name}...</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>De cijfers zijn opgeslagen in {path}. Er staan geen namen of codes van gezinnen in.</source>
        <translation>The figures have been saved in {path}. They hold no names or codes of families.</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden opgeslagen: {reason}</source>
        <translation>The file cannot be saved: {reason}</translation>
    </message>
    <message>
        <source>Exporteren lukt niet</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Overzicht samenvoegen: kies de JSON-bestanden</source>
        <translation>Merge overview: choose the JSON files</translation>
    </message>
    <message>
        <source>Cijferbestanden (*.json)</source>
        <translation>Figure files (*.json)</translation>
    </message>
    <message>
        <source>Deze bestanden kunnen niet worden samengevoegd:</source>
        <translation>These files cannot be merged:</translation>
    </message>
    <message>
        <source>Samenvoegen lukt niet</source>
        <translation>Merging failed</translation>
    </message>
    <message>
        <source>Er is niets veranderd.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Er ging iets mis: {error}</source>
        <translation>Something went wrong: {error}</translation>
    </message>
</context>
<context>
    <name>CloseMorningDialog</name>
    <message>
        <source>Ochtend afsluiten</source>
        <translation>Close morning</translation>
    </message>
    <message>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Nieuwe gezinnen</source>
        <translation>New families</translation>
    </message>
    <message>
        <source>Volwassenen / kinderen</source>
        <translation>Adults / children</translation>
    </message>
    <message>
        <source>Via pin</source>
        <translation>By card</translation>
    </message>
    <message>
        <source>Contant verkocht</source>
        <translation>Sold for cash</translation>
    </message>
    <message>
        <source>Wisselgeld</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Het geld dat altijd in de kas blijft; wordt onthouden</source>
        <translation>The money that always stays in the cash box; it is remembered</translation>
    </message>
    <message>
        <source>&amp;Wisselgeld in de kas</source>
        <translation>&amp;Float in the cash box</translation>
    </message>
    <message>
        <source>Verwacht in de kas</source>
        <translation>Expected in the cash box</translation>
    </message>
    <message>
        <source>bijvoorbeeld 32,50</source>
        <translation>for example 32.50</translation>
    </message>
    <message>
        <source>Geteld in de kas, met het wisselgeld</source>
        <translation>Counted in the cash box, with the float</translation>
    </message>
    <message>
        <source>&amp;Geteld in de kas (met wisselgeld)</source>
        <translation>Co&amp;unted in the cash box (with float)</translation>
    </message>
    <message>
        <source>Notities voor de gastvrouwen en gastheren (blijven op deze laptop, nooit in cijfers)</source>
        <translation>Notes for the hosts (stay on this laptop, never in figures)</translation>
    </message>
    <message>
        <source>{amount} te veel</source>
        <translation>{amount} too much</translation>
    </message>
    <message>
        <source>{amount} te weinig</source>
        <translation>{amount} too little</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Drankjes</source>
        <translation>Drinks</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ochtend &amp;afsluiten</source>
        <translation>Close &amp;morning</translation>
    </message>
    <message>
        <source>(wisselgeld is geen bedrag)</source>
        <translation>(the float is not an amount)</translation>
    </message>
    <message>
        <source>(geen bedrag)</source>
        <translation>(no amount)</translation>
    </message>
    <message>
        <source>klopt precies</source>
        <translation>exactly right</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceDialog</name>
    <message>
        <source>Waar staan de gegevens?</source>
        <translation>Where is the data kept?</translation>
    </message>
    <message>
        <source>Kies waar de app de gegevens van de gezinnen en ochtenden bewaart. Weet u het niet? Kies dan deze computer.</source>
        <translation>Choose where the app keeps the data of the families and mornings. Not sure? Then choose this computer.</translation>
    </message>
    <message>
        <source>Op &amp;deze computer (aanbevolen)</source>
        <translation>On &amp;this computer (recommended)</translation>
    </message>
    <message>
        <source>In een bestand in de gegevensmap ({path}). Genoeg voor één laptop per plek.</source>
        <translation>In a file in the data folder ({path}). Enough for one laptop per place.</translation>
    </message>
    <message>
        <source>Op een &amp;server van de organisatie (PostgreSQL)</source>
        <translation>On a &amp;server of the organisation (PostgreSQL)</translation>
    </message>
    <message>
        <source>Voor meer tafels of plekken op één database. De beheerder van de server geeft u deze gegevens.</source>
        <translation>For several desks or places on one database. The server&apos;s administrator gives you these details.</translation>
    </message>
    <message>
        <source>bijvoorbeeld db.voorbeeld.nl</source>
        <translation>for example db.example.org</translation>
    </message>
    <message>
        <source>5432 (mag leeg)</source>
        <translation>5432 (may be empty)</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Poort</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Poort</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>D&amp;atabase</source>
        <translation>D&amp;atabase</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;Gebruiker</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Verbinding &amp;testen</source>
        <translation>Test co&amp;nnection</translation>
    </message>
    <message>
        <source>Een andere keuze verhuist de gegevens niet: dat kan daarna onder Instellingen &gt; Database, of met &apos;checkin move --to ADRES&apos;. De app gebruikt de nieuwe keuze na opnieuw starten.</source>
        <translation>Another choice does not move the data: you can do that afterwards under Settings &gt; Database, or with &apos;checkin move --to ADDRESS&apos;. The app uses the new choice after a restart.</translation>
    </message>
    <message>
        <source>Bezig met verbinden...</source>
        <translation>Connecting...</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>&amp;Wijzigen...</source>
        <translation>&amp;Change...</translation>
    </message>
    <message>
        <source>Een andere keuze verhuist de gegevens niet. De app gebruikt de nieuwe keuze na opnieuw starten.</source>
        <translation>Another choice does not move the data. The app uses the new choice after a restart.</translation>
    </message>
    <message>
        <source>De gegevens van deze computer naar de gekozen server verhuizen: naar een lege database, of naast de gegevens van andere plekken die er al staan. De gegevens op deze computer blijven zoals ze zijn.</source>
        <translation>Move this computer&apos;s data to the chosen server: into an empty database, or beside the data of other places already there. The data on this computer stays as it is.</translation>
    </message>
    <message>
        <source>Naar de server &amp;verhuizen...</source>
        <translation>&amp;Move to the server...</translation>
    </message>
    <message>
        <source>De gegevens staan nu:</source>
        <translation>The data is now:</translation>
    </message>
    <message>
        <source>(gekozen met --database of CHECKIN_DATABASE_URL; die keuze gaat voor)</source>
        <translation>(chosen with --database or CHECKIN_DATABASE_URL; that choice comes first)</translation>
    </message>
    <message>
        <source>Opgeslagen. Start de app opnieuw om de gegevens daar te openen.</source>
        <translation>Saved. Restart the app to open the data there.</translation>
    </message>
    <message>
        <source>Naar de server verhuizen</source>
        <translation>Move to the server</translation>
    </message>
    <message>
        <source>De gegevens van deze computer gaan naar {host}/{database}. Staan daar al gegevens van een andere plek, dan komen deze ernaast. De gegevens op deze computer blijven zoals ze zijn. Verhuizen?</source>
        <translation>This computer&apos;s data goes to {host}/{database}. If another place&apos;s data is there already, it is added beside it. The data on this computer stays as it is. Move?</translation>
    </message>
    <message>
        <source>Verhuizen</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bezig met verhuizen...</source>
        <translation>Moving...</translation>
    </message>
    <message>
        <source>{families}, {mornings} en {visits}</source>
        <translation>{families}, {mornings} and {visits}</translation>
    </message>
    <message numerus="yes">
        <source>%n gezinnen</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ochtenden</source>
        <translation>
            <numerusform>%n morning</numerusform>
            <numerusform>%n mornings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Toegevoegd aan {target}, naast de gegevens die er al stonden: {counts}.</source>
        <translation>Added to {target}, beside the data already there: {counts}.</translation>
    </message>
    <message>
        <source>Verhuisd naar {target}: {counts}.</source>
        <translation>Moved to {target}: {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n gezinscodes kwamen daar al voor en zijn vernummerd: geef die gezinnen hun nieuwe code (Gezinnen, of een nieuwe gezinskaart).</source>
        <translation>
            <numerusform>%n family code was already taken there and has been renumbered: give that family its new code (Families, or a new family card).</numerusform>
            <numerusform>%n family codes were already taken there and have been renumbered: give those families their new code (Families, or a new family card).</numerusform>
        </translation>
    </message>
    <message>
        <source>Gecontroleerd: de aantallen en een controlesom per tabel kloppen. De gegevens op deze computer zijn niet veranderd. Start de app opnieuw om met de server te werken.</source>
        <translation>Checked: the counts and a checksum per table match. The data on this computer has not changed. Restart the app to work with the server.</translation>
    </message>
    <message>
        <source>Het verhuizen is niet gelukt ({detail}); er is niets veranderd.</source>
        <translation>The move did not succeed ({detail}); nothing was changed.</translation>
    </message>
</context>
<context>
    <name>GezinnenScreen</name>
    <message>
        <source>&amp;Zoek een gezin (naam, naam van een kind of code):</source>
        <translation>&amp;Find a family (name, a child&apos;s name or code):</translation>
    </message>
    <message>
        <source>een paar letters of de gezinscode</source>
        <translation>a few letters or the family code</translation>
    </message>
    <message>
        <source>Zoek een gezin</source>
        <translation>Find a family</translation>
    </message>
    <message>
        <source>Aantal gezinnen</source>
        <translation>Number of families</translation>
    </message>
    <message>
        <source>Gezinnen</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Be&amp;werken...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>Naam, woonplaats en kinderen aanpassen (Enter)</source>
        <translation>Change name, town and children (Enter)</translation>
    </message>
    <message>
        <source>Gezinskaart &amp;afdrukken...</source>
        <translation>&amp;Print family card...</translation>
    </message>
    <message>
        <source>De kaart met de QR-code van dit gezin, met voorbeeld</source>
        <translation>This family&apos;s card with its QR code, with a preview</translation>
    </message>
    <message>
        <source>&amp;Inzage (PDF)...</source>
        <translation>&amp;Data overview (PDF)...</translation>
    </message>
    <message>
        <source>Alles wat de app over dit gezin bewaart, als PDF voor de ouder</source>
        <translation>Everything the app keeps about this family, as a PDF for the parent</translation>
    </message>
    <message>
        <source>Wi&amp;ssen...</source>
        <translation>E&amp;rase...</translation>
    </message>
    <message>
        <source>{name} en {other}</source>
        <translation>{name} and {other}</translation>
    </message>
    <message>
        <source>Mogelijk dubbel ingeschreven (aan een tafel zonder verbinding): {pairs}. Kijk na of het hetzelfde gezin is.</source>
        <translation>Possibly registered twice (at a desk without a connection): {pairs}. Check whether it is the same family.</translation>
    </message>
    <message numerus="yes">
        <source>%n gezinnen</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} van %n gezinnen</source>
        <translation>
            <numerusform>{shown} of %n family</numerusform>
            <numerusform>{shown} of %n families</numerusform>
        </translation>
    </message>
    <message>
        <source>Het gezin wissen op verzoek van de ouder (pincode); bezoeken tellen anoniem mee</source>
        <translation>Erase the family at the parent&apos;s request (PIN); visits still count anonymously</translation>
    </message>
    <message>
        <source>Gezin: {name} ({code})</source>
        <translation>Family: {name} ({code})</translation>
    </message>
    <message>
        <source>(geen naam)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Kies een gezin in de lijst.</source>
        <translation>Choose a family in the list.</translation>
    </message>
    <message>
        <source>Er ging iets mis: {error}</source>
        <translation>Something went wrong: {error}</translation>
    </message>
    <message>
        <source>De gegevens van het gezin zijn opgeslagen.</source>
        <translation>The family&apos;s details have been saved.</translation>
    </message>
    <message>
        <source>De kaart wordt gemaakt...</source>
        <translation>Making the card...</translation>
    </message>
    <message>
        <source>De kaart van {code} staat klaar.</source>
        <translation>The card for {code} is ready.</translation>
    </message>
    <message>
        <source>Gezinskaart {code}</source>
        <translation>Family card {code}</translation>
    </message>
    <message>
        <source>De inzage van {name} wordt gemaakt...</source>
        <translation>Making the data overview for {name}...</translation>
    </message>
    <message>
        <source>De inzage van {name} is opgeslagen: {path}</source>
        <translation>The data overview for {name} has been saved: {path}</translation>
    </message>
    <message>
        <source>Het gezin is gewist. De bezoeken tellen anoniem mee in de cijfers.</source>
        <translation>The family has been erased. Its visits still count anonymously in the figures.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Handleiding</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Eerdere bezoeken importeren</source>
        <translation>Import earlier visits</translation>
    </message>
    <message>
        <source>Neem bezoeken over uit een eerdere lijst (CSV of Excel). Er wordt niets opgeslagen voordat u op Importeren klikt. Neem alleen een voornaam of bijnaam over, geen achternaam.</source>
        <translation>Take over visits from an earlier list (CSV or Excel). Nothing is saved until you click Import. Only take over a first name or nickname, no surname.</translation>
    </message>
    <message>
        <source>Nog geen bestand gekozen</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>Gekozen bestand</source>
        <translation>Chosen file</translation>
    </message>
    <message>
        <source>&amp;Bestand kiezen...</source>
        <translation>&amp;Choose file...</translation>
    </message>
    <message>
        <source>Bestand kiezen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Ontmoetingsplek</source>
        <translation>Meeting place</translation>
    </message>
    <message>
        <source>Woonplaats als de lijst die niet noemt</source>
        <translation>Town when the list doesn&apos;t give one</translation>
    </message>
    <message>
        <source>Bestand:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Ontmoetingsplek:</source>
        <translation>Meeting place:</translation>
    </message>
    <message>
        <source>Woonplaats als die ontbreekt:</source>
        <translation>Town when missing:</translation>
    </message>
    <message>
        <source>Kolom voor {field}</source>
        <translation>Column for {field}</translation>
    </message>
    <message>
        <source>Welke kolom is wat?</source>
        <translation>Which column is what?</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Voorbeeld van de bezoeken die worden overgenomen</source>
        <translation>Preview of the visits to be taken over</translation>
    </message>
    <message>
        <source>Regels die niet worden overgenomen, met de reden</source>
        <translation>Rows not taken over, with the reason</translation>
    </message>
    <message>
        <source>Werkbladen om in te lezen</source>
        <translation>Sheets to read</translation>
    </message>
    <message>
        <source>Hoe de datums geschreven zijn</source>
        <translation>How the dates are written</translation>
    </message>
    <message>
        <source>dag-maand-jaar (31-12-2026, zoals in Nederland)</source>
        <translation>day-month-year (31-12-2026, as in the Netherlands)</translation>
    </message>
    <message>
        <source>maand-dag-jaar (12/31/2026, Amerikaans)</source>
        <translation>month-day-year (12/31/2026, American)</translation>
    </message>
    <message>
        <source>Werkbladen:</source>
        <translation>Sheets:</translation>
    </message>
    <message>
        <source>Datums:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>Woonplaatsen uit het bestand die niet in de lijst staan</source>
        <translation>Home villages in the file that are not in the list</translation>
    </message>
    <message>
        <source>Datums worden gelezen als dag-maand-jaar, zoals 31-3-2026, 31/3/2026, 31 maart 2026 of 2026-03-31: 3-4-2026 is dus 3 april (tenzij u hierboven maand-dag-jaar kiest). Schrijf het jaar voluit. Een leeg (of samengevoegd) datumvak krijgt de datum van de regel erboven. Regels die niet zeker te lezen zijn, en titels en totalen, worden niet overgenomen maar hieronder genoemd met de reden. Volwassenen zonder moeder/vader/grootouder-kolom tellen als &apos;oppas/anders&apos;, kinderen uit een lijst tellen met leeftijd &apos;onbekend&apos;.</source>
        <translation>Dates are read as day-month-year, such as 31-3-2026, 31/3/2026, 31 maart 2026 or 2026-03-31: so 3-4-2026 is 3 April (unless you choose month-day-year above). Write the year in full. An empty (or merged) date cell gets the date of the row above. Rows that cannot be read with certainty, and titles and totals, are not taken over but listed below with the reason. Adults without a mother/father/grandparent column count as &apos;carer/other&apos;; children from a list count with age &apos;unknown&apos;.</translation>
    </message>
    <message>
        <source>Waarschuwingen over het hele bestand</source>
        <translation>Warnings about the whole file</translation>
    </message>
    <message>
        <source>Niet overgenomen (met de reden)</source>
        <translation>Not taken over (with the reason)</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kies een CSV- of Excel-bestand met de eerdere bezoeken.</source>
        <translation>Choose a CSV or Excel file with the earlier visits.</translation>
    </message>
    <message>
        <source>(onbekend)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Lijst met eerdere bezoeken kiezen</source>
        <translation>Choose a list of earlier visits</translation>
    </message>
    <message>
        <source>Lijsten (*.csv *.xlsx *.xlsm *.txt);;Alle bestanden (*)</source>
        <translation>Lists (*.csv *.xlsx *.xlsm *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Het bestand wordt gelezen...</source>
        <translation>Reading the file...</translation>
    </message>
    <message>
        <source>Kies minstens een werkblad.</source>
        <translation>Choose at least one sheet.</translation>
    </message>
    <message>
        <source>Maak eerst een ontmoetingsplek aan (Instellingen).</source>
        <translation>First set up a meeting place (Settings).</translation>
    </message>
    <message>
        <source>Werkblad {sheet}, regel {row}: {reason}</source>
        <translation>Sheet {sheet}, row {row}: {reason}</translation>
    </message>
    <message>
        <source>Regel {row}: {reason}</source>
        <translation>Row {row}: {reason}</translation>
    </message>
    <message>
        <source>Klaar om over te nemen: {visits} ({families}, {mornings}).</source>
        <translation>Ready to take over: {visits} ({families}, {mornings}).</translation>
    </message>
    <message numerus="yes">
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nieuwe gezinnen</source>
        <translation>
            <numerusform>%n new family</numerusform>
            <numerusform>%n new families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nieuwe ochtenden</source>
        <translation>
            <numerusform>%n new morning</numerusform>
            <numerusform>%n new mornings</numerusform>
        </translation>
    </message>
    <message>
        <source>Klaar: {visits} overgenomen, {families}, {mornings}.</source>
        <translation>Done: {visits} taken over, {families}, {mornings}.</translation>
    </message>
    <message>
        <source>Er valt niets (meer) over te nemen.</source>
        <translation>There is nothing (more) to take over.</translation>
    </message>
    <message>
        <source>Niet leesbaar: {unreadable}. Al aanwezig of dubbel in de lijst: {skipped}. Geen bezoek (titel, totaal): {left_out}.</source>
        <translation>Unreadable: {unreadable}. Already there or twice in the list: {skipped}. Not a visit (title, total): {left_out}.</translation>
    </message>
    <message>
        <source>Woonplaatsen gelezen als: {villages}.</source>
        <translation>Home villages read as: {villages}.</translation>
    </message>
    <message>
        <source>Woonplaats voor &apos;{value}&apos;</source>
        <translation>Home village for &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>(niet overnemen)</source>
        <translation>(do not take over)</translation>
    </message>
    <message>
        <source>Bezig met importeren...</source>
        <translation>Importing...</translation>
    </message>
    <message>
        <source>Er ging iets mis ({error}).</source>
        <translation>Something went wrong ({error}).</translation>
    </message>
    <message>
        <source>Er is niets opgeslagen.</source>
        <translation>Nothing has been saved.</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Woonplaatsen</source>
        <translation>Towns</translation>
    </message>
    <message>
        <source>Hoe gevonden</source>
        <translation>How they found us</translation>
    </message>
    <message>
        <source>Drankjes</source>
        <translation>Drinks</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Nieuwe keuze</source>
        <translation>New choice</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Uit de lijst &amp;halen</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>Wat u uit de lijst haalt, kunt u niet meer kiezen; de cijfers blijven tellen wat er eerder mee is vastgelegd.</source>
        <translation>What you remove from the list can no longer be chosen; the figures still count what was recorded with it before.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; staat in de lijst.</source>
        <translation>&apos;{value}&apos; is in the list.</translation>
    </message>
    <message>
        <source>Kies eerst wat u uit de lijst wilt halen.</source>
        <translation>First choose what you want to remove from the list.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is uit de lijst gehaald.</source>
        <translation>&apos;{value}&apos; has been removed from the list.</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Gegevens op de flyers</source>
        <translation>Details on the flyers</translation>
    </message>
    <message>
        <source>geen logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>&amp;Kiezen...</source>
        <translation>&amp;Choose...</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Webadres voor de QR-code</source>
        <translation>Web address for the QR code</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>&amp;Plaats:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>&amp;Webadres (QR-code):</source>
        <translation>&amp;Web address (QR code):</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG of JPEG):</source>
        <translation>&amp;Logo (PNG or JPEG):</translation>
    </message>
    <message>
        <source>Leeg webadres: de QR-code wijst naar {url}</source>
        <translation>Empty web address: the QR code points to {url}</translation>
    </message>
    <message>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Even geduld, de gegevens worden geopend...</source>
        <translation>One moment, opening the data...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Spiekbriefje afdrukken...</source>
        <translation>Print &amp;cheat sheet...</translation>
    </message>
    <message>
        <source>&amp;Over {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{app}&lt;/b&gt;&lt;br&gt;Versie {version}&lt;/p&gt;&lt;p&gt;Gezinnen inchecken, flyers maken en anonieme cijfers voor ontmoetingsplekken.&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2 (European Union Public Licence)&lt;/p&gt;&lt;p&gt;Gegevensmap:&lt;br&gt;&lt;tt&gt;{data}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Logboekmap:&lt;br&gt;&lt;tt&gt;{logs}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{app}&lt;/b&gt;&lt;br&gt;Version {version}&lt;/p&gt;&lt;p&gt;Checking families in, making flyers and anonymous figures for meeting places.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2 (European Union Public Licence)&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;tt&gt;{data}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Log folder:&lt;br&gt;&lt;tt&gt;{logs}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Over {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>Spiekbriefje</source>
        <translation>Cheat sheet</translation>
    </message>
</context>
<context>
    <name>MoodDialog</name>
    <message>
        <source>Uitchecken - {name}</source>
        <translation>Check out - {name}</translation>
    </message>
    <message>
        <source>Hoe ging het vandaag? (toets 1, 2 of 3)</source>
        <translation>How did it go today? (key 1, 2 or 3)</translation>
    </message>
    <message>
        <source>blij</source>
        <translation>happy</translation>
    </message>
    <message>
        <source>gewoon</source>
        <translation>okay</translation>
    </message>
    <message>
        <source>niet blij</source>
        <translation>not happy</translation>
    </message>
    <message>
        <source>&amp;Overslaan</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewFamilyDialog</name>
    <message>
        <source>Nieuw gezin</source>
        <translation>New family</translation>
    </message>
    <message>
        <source>Gezin bewerken</source>
        <translation>Edit family</translation>
    </message>
    <message>
        <source>voornaam of bijnaam van de ouder (mag leeg)</source>
        <translation>parent&apos;s first name or nickname (may be left empty)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>kies de woonplaats</source>
        <translation>choose the town</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>&amp;Woonplaats</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <source>kies hoe het gezin ons vond</source>
        <translation>choose how the family found us</translation>
    </message>
    <message>
        <source>Hoe gevonden</source>
        <translation>How they found us</translation>
    </message>
    <message>
        <source>&amp;Hoe gevonden</source>
        <translation>&amp;How they found us</translation>
    </message>
    <message>
        <source>Kinderen (geboortemaand en -jaar)</source>
        <translation>Children (month and year of birth)</translation>
    </message>
    <message>
        <source>+ &amp;Kind toevoegen</source>
        <translation>+ Add &amp;child</translation>
    </message>
    <message>
        <source>Toestemming (lees voor aan de ouder)</source>
        <translation>Consent (read aloud to the parent)</translation>
    </message>
    <message>
        <source>De ouder heeft de uitleg gehoord en gaat &amp;akkoord</source>
        <translation>The parent has heard the explanation and &amp;agrees</translation>
    </message>
    <message>
        <source>&amp;Registreren en inchecken</source>
        <translation>&amp;Register and check in</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Let op: lijkt op een gezin dat al bestaat: {names}. Zoek het gezin liever op.</source>
        <translation>Note: this looks like a family that already exists: {names}. Better to look the family up.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Voorbeeld van de PDF</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <source>&amp;Afdrukken...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;Opslaan als PDF...</source>
        <translation>&amp;Save as PDF...</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Opslaan lukte niet: {error}</source>
        <translation>Saving failed: {error}</translation>
    </message>
    <message>
        <source>Opgeslagen als {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <source>Afdrukken lukte niet.</source>
        <translation>Printing failed.</translation>
    </message>
    <message numerus="yes">
        <source>Naar de printer gestuurd: %n pagina&apos;s.</source>
        <translation>
            <numerusform>Sent to the printer: %n page.</numerusform>
            <numerusform>Sent to the printer: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>Naam van de ontmoetingsplek</source>
        <translation>Name of the meeting place</translation>
    </message>
    <message>
        <source>Vaste dag</source>
        <translation>Regular day</translation>
    </message>
    <message>
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Eindtijd</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>&amp;Plek opslaan</source>
        <translation>Save &amp;place</translation>
    </message>
    <message>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Tijden</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Vaste &amp;dag</source>
        <translation>Regular &amp;day</translation>
    </message>
    <message>
        <source>Er is nog geen ontmoetingsplek ingesteld.</source>
        <translation>No meeting place has been set up yet.</translation>
    </message>
    <message>
        <source>De plek is opgeslagen: {name}.</source>
        <translation>The place has been saved: {name}.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Regel</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Volwassenen</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>{day} (datum van de regel erboven)</source>
        <translation>{day} (date of the row above)</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>nieuw gezin</source>
        <translation>new family</translation>
    </message>
    <message>
        <source>nieuwe ochtend</source>
        <translation>new morning</translation>
    </message>
</context>
<context>
    <name>ProgrammaScreen</name>
    <message>
        <source>Ontmoetingsplek</source>
        <translation>Meeting place</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>&amp;Ontmoetingsplek:</source>
        <translation>Meeting pla&amp;ce:</translation>
    </message>
    <message>
        <source>Openingstijden:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <source>Gegevens op de flyers</source>
        <translation>Details on the flyers</translation>
    </message>
    <message>
        <source>Zoeken in titel, thema of partner</source>
        <translation>Search in title, theme or partner</translation>
    </message>
    <message>
        <source>Activiteiten zoeken</source>
        <translation>Search activities</translation>
    </message>
    <message>
        <source>Alleen &amp;komende activiteiten</source>
        <translation>Only &amp;upcoming activities</translation>
    </message>
    <message>
        <source>Alleen komende activiteiten</source>
        <translation>Only upcoming activities</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>&amp;Nieuwe activiteit...</source>
        <translation>&amp;New activity...</translation>
    </message>
    <message>
        <source>&amp;Wijzigen...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>A4-poster</source>
        <translation>A4 poster</translation>
    </message>
    <message>
        <source>A5-folders (twee op een A4-vel)</source>
        <translation>A5 leaflets (two on an A4 sheet)</translation>
    </message>
    <message>
        <source>Papierformaat</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>&amp;Poster van gekozen activiteit...</source>
        <translation>&amp;Poster of chosen activity...</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>&amp;Maandprogramma...</source>
        <translation>Month&apos;s p&amp;rogramme...</translation>
    </message>
    <message>
        <source>Codes, bijvoorbeeld K7F3 M4TT (leeg: alle gezinnen)</source>
        <translation>Codes, for example K7F3 M4TT (empty: all families)</translation>
    </message>
    <message>
        <source>Codes van gezinnen</source>
        <translation>Family codes</translation>
    </message>
    <message>
        <source>Namen op de kaarten</source>
        <translation>Names on the cards</translation>
    </message>
    <message>
        <source>G&amp;egevens op de flyers...</source>
        <translation>Details on the &amp;flyers...</translation>
    </message>
    <message>
        <source>Gezinskaar&amp;ten...</source>
        <translation>Famil&amp;y cards...</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Activiteit wijzigen</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Activiteit verwijderen</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Poster van gekozen activiteit</source>
        <translation>Poster of chosen activity</translation>
    </message>
    <message>
        <source>Maandprogramma</source>
        <translation>Month&apos;s programme</translation>
    </message>
    <message>
        <source>Gezinskaarten</source>
        <translation>Family cards</translation>
    </message>
    <message>
        <source>&amp;Formaat:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>M&amp;aand:</source>
        <translation>M&amp;onth:</translation>
    </message>
    <message>
        <source>Ge&amp;zinnen:</source>
        <translation>F&amp;amilies:</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Er is nog geen ontmoetingsplek ingesteld.</source>
        <translation>No meeting place has been set up yet.</translation>
    </message>
    <message>
        <source>geen vaste openingstijden</source>
        <translation>no regular opening hours</translation>
    </message>
    <message>
        <source>De gegevens op de flyers zijn opgeslagen.</source>
        <translation>The details on the flyers have been saved.</translation>
    </message>
    <message>
        <source>Activiteit toegevoegd: {title}</source>
        <translation>Activity added: {title}</translation>
    </message>
    <message>
        <source>Activiteit gewijzigd: {title}</source>
        <translation>Activity changed: {title}</translation>
    </message>
    <message>
        <source>De activiteit &apos;{title}&apos; van {day} verwijderen?</source>
        <translation>Delete the activity &apos;{title}&apos; of {day}?</translation>
    </message>
    <message>
        <source>Activiteit verwijderd: {title}</source>
        <translation>Activity deleted: {title}</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Poster: {title}</source>
        <translation>Poster: {title}</translation>
    </message>
    <message>
        <source>Programma {month}</source>
        <translation>Programme {month}</translation>
    </message>
    <message>
        <source>De PDF wordt gemaakt...</source>
        <translation>Making the PDF...</translation>
    </message>
    <message>
        <source>Klaar: {title}</source>
        <translation>Ready: {title}</translation>
    </message>
    <message>
        <source>Er ging iets mis: {error}</source>
        <translation>Something went wrong: {error}</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Wachtwoord van de server</source>
        <translation>Server password</translation>
    </message>
    <message>
        <source>De gegevens staan op de server {host} (database {database}). Typ het wachtwoord van de gebruiker {user}.</source>
        <translation>The data is on the server {host} (database {database}). Type the password of the user {user}.</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Pincode coördinator...</source>
        <translation>Coordinator PIN...</translation>
    </message>
    <message>
        <source>Prijs per drankje</source>
        <translation>Price per drink</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Gezinnen die zo lang niet zijn geweest, worden vanzelf geanonimiseerd: naam, code en kinderen gaan weg, hun bezoeken tellen anoniem mee.</source>
        <translation>Families who have not been for this long are anonymised automatically: name, code and children are removed, their visits still count anonymously.</translation>
    </message>
    <message>
        <source>Minimale telling in de cijfers (k)</source>
        <translation>Minimum count in the figures (k)</translation>
    </message>
    <message>
        <source>Aantallen kleiner dan k worden in de cijfers en exports nooit getoond. Nooit lager dan {k}.</source>
        <translation>Numbers smaller than k are never shown in the figures and exports. Never lower than {k}.</translation>
    </message>
    <message>
        <source>Taal (na opnieuw starten)</source>
        <translation>Language (after restarting)</translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Lijsten</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Ontmoetingsplek</source>
        <translation>Meeting place</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>VandaagScreen</name>
    <message>
        <source>Thema van de ochtend</source>
        <translation>Morning&apos;s theme</translation>
    </message>
    <message>
        <source>Thema of activiteit van vanochtend (uit het programma; aan te passen)</source>
        <translation>This morning&apos;s theme or activity (from the programme; can be changed)</translation>
    </message>
    <message>
        <source>&amp;Thema:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>Aantal gastvrouwen en gastheren</source>
        <translation>Number of hosts</translation>
    </message>
    <message>
        <source>Ochtend &amp;starten</source>
        <translation>&amp;Start morning</translation>
    </message>
    <message>
        <source>Ochtend &amp;afsluiten...</source>
        <translation>&amp;Close morning...</translation>
    </message>
    <message>
        <source>Welkom! Start de ochtend om gezinnen in te checken.</source>
        <translation>Welcome! Start the morning to check families in.</translation>
    </message>
    <message>
        <source>Gezinnen die we m&amp;issen...</source>
        <translation>Families we m&amp;iss...</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ongedaan maken (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Zoek een gezin</source>
        <translation>Find a family</translation>
    </message>
    <message>
        <source>Gevonden gezinnen</source>
        <translation>Families found</translation>
    </message>
    <message>
        <source>&amp;Nieuw gezin... (Ctrl+N)</source>
        <translation>&amp;New family... (Ctrl+N)</translation>
    </message>
    <message>
        <source>Verkoop zonder inchecken</source>
        <translation>Sale without check-in</translation>
    </message>
    <message>
        <source>Verkoop zonder inchecken:</source>
        <translation>Sale without check-in:</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Here now</translation>
    </message>
    <message>
        <source>Aanwezige gezinnen</source>
        <translation>Families here now</translation>
    </message>
    <message>
        <source>Enter: wie zijn er mee?</source>
        <translation>Enter: who came along?</translation>
    </message>
    <message>
        <source>Geselecteerd gezin</source>
        <translation>Selected family</translation>
    </message>
    <message>
        <source>Betaald met:</source>
        <translation>Paid by:</translation>
    </message>
    <message>
        <source>Betaalwijze {kind}</source>
        <translation>Way of paying {kind}</translation>
    </message>
    <message>
        <source>Betaald met {kind} ({keys})</source>
        <translation>Paid by {kind} ({keys})</translation>
    </message>
    <message>
        <source>Inchecken terug&amp;draaien</source>
        <translation>&amp;Undo check-in</translation>
    </message>
    <message>
        <source>Drankjes van dit gezin</source>
        <translation>This family&apos;s drinks</translation>
    </message>
    <message>
        <source>Drankje &amp;weghalen</source>
        <translation>Remove &amp;drink</translation>
    </message>
    <message>
        <source>Gast&amp;vrouwen/-heren:</source>
        <translation>H&amp;osts:</translation>
    </message>
    <message>
        <source>Her&amp;openen</source>
        <translation>R&amp;eopen</translation>
    </message>
    <message>
        <source>&amp;Zoek een gezin of scan de kaart:</source>
        <translation>&amp;Find a family or scan the card:</translation>
    </message>
    <message>
        <source>Een naam, de naam van een kind of de gezinscode</source>
        <translation>A name, a child&apos;s name or the family code</translation>
    </message>
    <message>
        <source>naam, kind of code, dan Enter</source>
        <translation>name, child or code, then Enter</translation>
    </message>
    <message>
        <source>Enter checkt het bovenste gezin in; pijltje omlaag kiest een ander gezin</source>
        <translation>Enter checks in the top family; arrow down chooses another family</translation>
    </message>
    <message>
        <source>Wie zijn er &amp;mee?</source>
        <translation>&amp;Who came along?</translation>
    </message>
    <message>
        <source>&amp;Uitchecken</source>
        <translation>Chec&amp;k out</translation>
    </message>
    <message>
        <source>Een {kind} voor dit gezin, {price}</source>
        <translation>A {kind} for this family, {price}</translation>
    </message>
    <message>
        <source>{kind} voor dit gezin (Ctrl+{n})</source>
        <translation>{kind} for this family (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Een {kind} verkopen zonder inchecken</source>
        <translation>Sell a {kind} without check-in</translation>
    </message>
    <message>
        <source>(nog geen ontmoetingsplek)</source>
        <translation>(no meeting place yet)</translation>
    </message>
    <message>
        <source>De ochtend is afgesloten. Tot volgende week!</source>
        <translation>The morning is closed. See you next week!</translation>
    </message>
    <message>
        <source>De ochtend is open. Typ een naam of scan een kaart.</source>
        <translation>The morning is open. Type a name or scan a card.</translation>
    </message>
    <message>
        <source>Maakt ongedaan: {what}</source>
        <translation>Undoes: {what}</translation>
    </message>
    <message>
        <source>De ochtend is begonnen. Typ een naam of scan een kaart.</source>
        <translation>The morning has started. Type a name or scan a card.</translation>
    </message>
    <message>
        <source>Thema van vanochtend: {theme}</source>
        <translation>This morning&apos;s theme: {theme}</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>De ochtend is afgesloten: {visits}, {new}.</source>
        <translation>The morning is closed: {visits}, {new}.</translation>
    </message>
    <message numerus="yes">
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nieuwe gezinnen</source>
        <translation>
            <numerusform>%n new family</numerusform>
            <numerusform>%n new families</numerusform>
        </translation>
    </message>
    <message>
        <source>Aanwezig: {families}, {adults} volw., {children} ({people} van {capacity} plaatsen) · {visits}</source>
        <translation>Here now: {families}, {adults} adults, {children} ({people} of {capacity} places) · {visits}</translation>
    </message>
    <message numerus="yes">
        <source>%n gezinnen</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kinderen</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <source>Inchecken van {name} is teruggedraaid.</source>
        <translation>Check-in of {name} undone.</translation>
    </message>
    <message>
        <source>Kasverschil: {diff}.</source>
        <translation>Cash difference: {diff}.</translation>
    </message>
    <message>
        <source>Geen verbinding</source>
        <translation>No connection</translation>
    </message>
    <message>
        <source>De ochtend is aan een andere tafel begonnen. Typ een naam of scan een kaart.</source>
        <translation>The morning was started at another desk. Type a name or scan a card.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server. U kunt gewoon doorgaan: de app bewaart alles op deze laptop en stuurt het door als de verbinding terug is.</source>
        <translation>No connection to the server. You can simply carry on: the app keeps everything on this laptop and sends it on when the connection is back.</translation>
    </message>
    <message>
        <source>De verbinding is terug. De app stuurt door wat zonder verbinding is gedaan.</source>
        <translation>The connection is back. The app is sending what was done without a connection.</translation>
    </message>
    <message numerus="yes">
        <source>Nog door te sturen: %n.</source>
        <translation>
            <numerusform>Still to send: %n.</numerusform>
            <numerusform>Still to send: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De verbinding is terug. Doorgestuurd: %n. Niet overgenomen door de server: {refused}.</source>
        <translation>
            <numerusform>The connection is back. Sent: %n. Not accepted by the server: {refused}.</numerusform>
            <numerusform>The connection is back. Sent: %n. Not accepted by the server: {refused}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De verbinding is terug. Alles is doorgestuurd (%n).</source>
        <translation>
            <numerusform>The connection is back. Everything has been sent (%n).</numerusform>
            <numerusform>The connection is back. Everything has been sent (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>De verbinding is terug.</source>
        <translation>The connection is back.</translation>
    </message>
    <message>
        <source>De ochtend is weer open.</source>
        <translation>The morning is open again.</translation>
    </message>
    <message>
        <source>Start eerst de ochtend.</source>
        <translation>Start the morning first.</translation>
    </message>
    <message>
        <source>Geen gezin gevonden voor &apos;{text}&apos;. Nieuw gezin? Druk Ctrl+N.</source>
        <translation>No family found for &apos;{text}&apos;. New family? Press Ctrl+N.</translation>
    </message>
    <message>
        <source>{name} kwam de vorige keer zonder kinderen. Wie zijn er vandaag mee?</source>
        <translation>{name} came without children last time. Who came along today?</translation>
    </message>
    <message>
        <source>{name} is ingecheckt{came}. Welkom!</source>
        <translation>{name} has checked in{came}. Welcome!</translation>
    </message>
    <message>
        <source> met {children}</source>
        <translation> with {children}</translation>
    </message>
    <message>
        <source>verwacht</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>{m} mnd</source>
        <translation>{m} mo</translation>
    </message>
    <message>
        <source>{y} jr</source>
        <translation>{y} yr</translation>
    </message>
    <message>
        <source>{y} jr {m} mnd</source>
        <translation>{y} yr {m} mo</translation>
    </message>
    <message>
        <source>Welkom, {name}! Nieuw gezin ingecheckt. Gezinscode: {code}</source>
        <translation>Welcome, {name}! New family checked in. Family code: {code}</translation>
    </message>
    <message>
        <source>{n} los verkocht</source>
        <translation>{n} sold separately</translation>
    </message>
    <message>
        <source>Geselecteerd gezin: {name}</source>
        <translation>Selected family: {name}</translation>
    </message>
    <message>
        <source>Kies een gezin in de lijst</source>
        <translation>Choose a family in the list</translation>
    </message>
    <message>
        <source>Kies eerst een gezin in de lijst.</source>
        <translation>First choose a family in the list.</translation>
    </message>
    <message>
        <source>losse verkoop</source>
        <translation>separate sale</translation>
    </message>
    <message>
        <source>{kind} voor {who} ({payment}, {amount}).</source>
        <translation>{kind} for {who} ({payment}, {amount}).</translation>
    </message>
    <message>
        <source>Kies eerst het drankje dat weg moet.</source>
        <translation>First choose the drink to remove.</translation>
    </message>
    <message>
        <source>Drankje weggehaald.</source>
        <translation>Drink removed.</translation>
    </message>
    <message>
        <source>Aangepast.</source>
        <translation>Changed.</translation>
    </message>
    <message>
        <source>{name} is uitgecheckt. Tot ziens!</source>
        <translation>{name} has checked out. Goodbye!</translation>
    </message>
    <message>
        <source>Er is niets om ongedaan te maken.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt: {what}.</source>
        <translation>Undone: {what}.</translation>
    </message>
    <message>
        <source>Gezinnen die we missen</source>
        <translation>Families we miss</translation>
    </message>
    <message>
        <source>Gezinnen die minstens {n} keer kwamen, maar de laatste {weeks} weken niet. Misschien fijn om eens naar te vragen.</source>
        <translation>Families who came at least {n} times, but not in the last {weeks} weeks. Perhaps nice to ask after them.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Wie zijn er mee? - {name}</source>
        <translation>Who came along? - {name}</translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Geen kinderen geregistreerd.</source>
        <translation>No children registered.</translation>
    </message>
    <message>
        <source>Volwassenen</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welkom! Vul eerst de gegevens van de ontmoetingsplek in.</source>
        <translation>Welcome! First fill in the details of the meeting place.</translation>
    </message>
    <message>
        <source>bijvoorbeeld &apos;t Kabouterhuis</source>
        <translation>for example &apos;t Kabouterhuis</translation>
    </message>
    <message>
        <source>Naam van de ontmoetingsplek</source>
        <translation>Name of the meeting place</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>gebouw, straat en huisnummer (mag leeg)</source>
        <translation>building, street and number (may be empty)</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>kies de plaats</source>
        <translation>choose the village</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <source>kies de dag</source>
        <translation>choose the day</translation>
    </message>
    <message>
        <source>Vaste dag</source>
        <translation>Regular day</translation>
    </message>
    <message>
        <source>Vaste &amp;dag</source>
        <translation>Regular &amp;day</translation>
    </message>
    <message>
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Eindtijd</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Tijden</source>
        <translation>T&amp;imes</translation>
    </message>
    <message>
        <source>bijvoorbeeld 0,50</source>
        <translation>for example 0.50</translation>
    </message>
    <message>
        <source>Prijs per drankje</source>
        <translation>Price per drink</translation>
    </message>
    <message>
        <source>P&amp;rijs per drankje</source>
        <translation>P&amp;rice per drink</translation>
    </message>
    <message>
        <source>Aantal plaatsen</source>
        <translation>Number of places</translation>
    </message>
    <message>
        <source>Aantal &amp;plaatsen</source>
        <translation>Number of pla&amp;ces</translation>
    </message>
    <message>
        <source>https://... (mag leeg)</source>
        <translation>https://... (may be empty)</translation>
    </message>
    <message>
        <source>Webpagina</source>
        <translation>Web page</translation>
    </message>
    <message>
        <source>&amp;Webpagina (voor QR-codes)</source>
        <translation>&amp;Web page (for QR codes)</translation>
    </message>
    <message>
        <source>&amp;Opslaan en beginnen</source>
        <translation>&amp;Save and start</translation>
    </message>
    <message>
        <source>Eerst proberen met &amp;demogegevens</source>
        <translation>Try with d&amp;emo data first</translation>
    </message>
    <message>
        <source>Vult de app met verzonnen gezinnen en ochtenden om te oefenen</source>
        <translation>Fills the app with made-up families and mornings to practise with</translation>
    </message>
    <message>
        <source>Kies de vaste dag van de ontmoetingsplek.</source>
        <translation>Choose the regular day of the meeting place.</translation>
    </message>
    <message>
        <source>Demogegevens worden gemaakt...</source>
        <translation>Making demo data...</translation>
    </message>
</context>
<context>
    <name>_SubmitDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Gezinnen</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Al geopend</source>
        <translation>Already open</translation>
    </message>
    <message>
        <source>Het venster van de app staat misschien geminimaliseerd.</source>
        <translation>The app&apos;s window may be minimised.</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Bestand apart gezet</source>
        <translation>File set aside</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Eerdere bezoeken importeren...</source>
        <translation>Import earlier visits...</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>handleiding.nl.html</source>
        <comment>the file in resources/help that holds the guide in this language</comment>
        <translation>handleiding.en.html</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Dat lukt niet</source>
        <translation>That didn&apos;t work</translation>
    </message>
</context>
</TS>
