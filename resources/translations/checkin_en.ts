<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <source>verwacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} mnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y} jr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y} jr {m} mnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fout: {message}. Zie &apos;{prog} --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen positief geheel getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de gegevensmap (standaard: CHECKIN_DATA_DIR of de gebruikersmap van het systeem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: inchecken, flyers en anonieme cijfers voor ontmoetingsplekken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toon het versienummer en stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgebroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vul een lege gegevensmap met demogegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aantal gezinnen (120)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aantal weken (52)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aantal locaties, 1 tot en met {n} (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startgetal van het toeval (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demogegevens gemaakt: {locations} locatie(s), {families} gezinnen, {mornings} ochtenden, {visits} bezoeken, {drinks} consumpties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controleer of de database in orde is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maak een kopie van de database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waar de kopie komt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zet een kopie van de database terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de backup om terug te zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de herstelsleutel van een versleutelde backup van een andere laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database is in orde: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen backup gemaakt. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is een map; geef een bestandsnaam op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup gemaakt: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen geheel getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schrijf de anonieme cijfers naar een bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eerste dag (JJJJ-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laatste dag (JJJJ-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deel de periode op per maand, kwartaal of jaar (standaard: één periode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen deze locatie (standaard: alle locaties en hun totaal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimale telling k, minstens 3 (standaard: de instelling, meestal 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voeg de JSON-exports van meer locaties samen tot één overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-exports van checkin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het soort bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand om te maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {folder} staat nog geen database; er zijn dus nog geen cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende locatie &apos;{name}&apos;. Bekende locaties: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers geschreven naar {path} ({locations}, k = {k}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {path} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is te groot voor een export van cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {path} kan niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht van {count} bestanden geschreven naar {path} ({locations}, k = {k}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup teruggezet in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vorige database is bewaard als {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gegevensmap {path} kan niet worden beschreven ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen database op {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is geen database van deze app, of het bestand is beschadigd, of het is versleuteld en deze computer kent de sleutel niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database is beschadigd: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is geen database van deze app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database is gemaakt met een nieuwere versie van de app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database verwijst naar {n} ontbrekende rijen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sleutel past niet bij {path}, of het bestand is beschadigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database kan niet worden geopend. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kopie van de database is niet in orde; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database kan niet worden gekopieerd: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database kan niet worden versleuteld: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database kan niet worden versleuteld. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze backup kan niet worden teruggezet. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies 1 tot en met {n} locaties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies 1 tot en met 100.000 gezinnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies 1 tot en met 520 weken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze gegevensmap bevat al gegevens; demogegevens gaan alleen in een lege map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kom gezellig langs; de kinderen spelen, wij praten bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen bedrag; typ bijvoorbeeld 12,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin/QR-betaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gratis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grootouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oppas/anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wij noteren alleen wat nodig is om te tellen hoeveel gezinnen er komen: een voornaam of bijnaam (mag ook leeg), uw woonplaats, hoe u ons gevonden heeft en de geboortemaand en het geboortejaar van uw kinderen. Geen achternaam, adres, telefoonnummer of geboortedatum. De gegevens blijven op deze laptop. Cijfers die we delen zijn altijd anoniem. U kunt altijd vragen wat er over u is opgeslagen, of vragen alles te wissen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor ouders en verzorgers met kinderen van 0 tot 4 jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende consumptie: &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het aantal moet tussen 1 en {n} liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende betaalwijze: {payment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit gezin is niet op deze ochtend ingecheckt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is geen CSV- of XLSX-bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {name} bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {name} kan niet worden gelezen ({reason}). Is het nog open in een ander programma?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {name} is leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {name} heeft kolomkoppen, maar geen regels daaronder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand heeft meer dan {n} regels; splits het op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is geen tekstbestand (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} kan niet worden gelezen als Excel-bestand (.xlsx). Is het beschadigd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het werkblad &apos;{sheet}&apos; staat niet in {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal kinderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal volwassenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal moeders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal vaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal grootouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de kolom met de datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de kolom met de naam of de code van het gezin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een gekozen kolom staat niet in het bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke kolom kan maar voor een ding gekozen worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de datumkolom staat het getal {value}, geen datum. Geef de kolom in Excel de opmaak Datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de datumkolom staat een tijd, geen datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum {day} ligt te ver terug; kijk het jaartal na.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum {day} ligt in de toekomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen datum die we kunnen lezen. Schrijf bijvoorbeeld 31-3-2026 of 31 maart 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; bestaat niet als datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; klopt niet: {day} valt op een andere dag van de week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &apos;{value}&apos; heeft het jaar twee cijfers; schrijf het jaar voluit (zoals 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen datum die we kunnen lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: het vak is leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: &apos;{value}&apos; is geen heel getal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {value} ligt niet tussen {low} en {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam en code van het gezin ontbreken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen gezinscode (1 tot 8 letters of cijfers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam is te lang: hoogstens {n} tekens (een voornaam is genoeg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De woonplaats &apos;{value}&apos; staat niet in de lijst met woonplaatsen. Zet hem bij Instellingen in de lijst, of schrijf &apos;{outside}&apos; in het bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal volwassenen ({total}) is kleiner dan moeders, vaders en grootouders samen ({named}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op deze regel staat geen enkele volwassene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een ontmoetingsplek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam &apos;{name}&apos; hoort in dit bestand bij meer dan een code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family} staat op {day} al in regel {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family} staat op {day} al bij de bezoeken; niet nog een keer overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle bezoeken in dit bestand staan er al in. Er is niets overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen enkele regel in het bestand is leesbaar. Er is niets overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze consumptie bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is te lang: hoogstens {n} tekens (een voornaam of bijnaam is genoeg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een maand van 1 tot en met 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een verwachte geboortemaand kan niet in het verleden liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een verwachte geboortemaand ligt hoogstens {n} maanden vooruit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een geboortemaand kan niet in de toekomst liggen. Kies &apos;verwacht&apos; voor een baby die nog komt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een kind is hier jonger dan {n} jaar: kijk het geboortejaar na.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam van het kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de woonplaats uit de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies uit de lijst hoe het gezin ons gevonden heeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoogstens {n} kinderen per gezin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit gezin bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit gezin is gewist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen gezin met de code &apos;{code}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lees de toestemmingstekst voor en vink aan dat de ouder akkoord is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit kind hoort niet bij dit gezin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende lijst: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul een naam in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een naam mag hoogstens {n} tekens lang zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; staat al in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; staat niet (meer) in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een lijst heeft minstens één keuze nodig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maandag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zondag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is geen geldig webadres (begin met https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de naam van de ontmoetingsplek in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam van de ontmoetingsplek is te lang (hoogstens 80 tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is al een ontmoetingsplek met de naam &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De prijs per consumptie moet tussen 0 en 10 euro liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het aantal plaatsen moet tussen 1 en 500 liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een openingstijd moet eindigen na het begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze ontmoetingsplek bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het logo {path} is te groot (hoogstens 10 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De prijs per consumptie moet een bedrag in euro&apos;s zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het adres is te lang (hoogstens 120 tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam van de kern is te lang (hoogstens 60 tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het webadres is te lang (hoogstens 300 tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze ochtend bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ochtend van {day} is al afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ochtend van {day} is al begonnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het aantal gastvrouwen en gastheren moet tussen 0 en 20 liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het thema is te lang (hoogstens {n} tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het getelde bedrag moet tussen 0 en 10.000 euro liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De notities zijn te lang (hoogstens {n} tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze ochtend is nog open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende rol: {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een aantal volwassenen kan niet negatief zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er komt minstens een volwassene mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoogstens {n} volwassenen per gezin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is vanochtend al ingecheckt (om {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze inchecking bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit gezin is al uitgecheckt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende keuze: {mood}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit gezin is nog niet uitgecheckt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bewaartermijn moet tussen 1 en 120 maanden liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende taal: {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende instelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De backup is niet in orde en is weggegooid. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versleutel de gegevens en backups (SQLCipher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waar het blad met de herstelsleutel komt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gegevens zijn al versleuteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gegevens zijn versleuteld. Bewaar het blad met de herstelsleutel op slot: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maak een poster van een activiteit of het programma van een maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het nummer van de activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de maand van het programma, bijvoorbeeld 2026-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4: een poster; a5: twee folders op een A4-vel, met snijtekens (a4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het PDF-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maak gezinskaarten om af te drukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de code van een gezin; herhaal voor meer gezinnen (standaard: alle gezinnen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zet de namen niet op de kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyer gemaakt: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinskaarten gemaakt: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze computer heeft geen sleutelbos voor de sleutel ({reason}). Zet de sleutel in de omgevingsvariabele CHECKIN_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versleuteling is ingesteld, maar SQLCipher (het pakket sqlcipher3) is niet geïnstalleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De app is al geopend op deze computer. Gebruik het venster dat al open staat; twee keer tegelijk werken kan gegevens door elkaar halen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontmoetingsplek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratis toegang, consumpties gratis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratis toegang, {price} per consumptie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan voor meer informatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema: {theme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programma {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke week spelen de kinderen en drinken de ouders samen een kopje koffie of thee. Op deze dagen is er iets extra&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke week spelen de kinderen en drinken de ouders samen een kopje koffie of thee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze maand staan er (nog) geen ochtenden of activiteiten gepland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrije inloop: spelen en elkaar ontmoeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinskaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinskaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laat deze kaart scannen als u binnenkomt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het logo {path} kan niet worden gelezen; kies een PNG- of JPEG-bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend papierformaat &apos;{size}&apos;; kies a4 of a5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de map {folder} kan niet worden geschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De huidige pincode klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een pincode heeft {low} tot {high} cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen ontmoetingsplek ingesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke {weekday} {hours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gezin met de code &apos;{code}&apos; is gewist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen gezinnen om kaarten voor te maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>april</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>augustus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>september</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>november</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>december</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen geldige maand; schrijf JJJJ-MM, bijvoorbeeld 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul een titel in voor de activiteit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De titel is te lang ({length} tekens; hoogstens {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De omschrijving is te lang (hoogstens {n} tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam van de partner is te lang (hoogstens {n} tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De plaats is te lang (hoogstens {n} tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum {day} is al voorbij; kies vandaag of een latere dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul zowel de begintijd als de eindtijd in, of geen van beide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De eindtijd moet na de begintijd liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze activiteit bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De minimale telling k mag niet lager zijn dan {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De minimale telling k is te groot (hoogstens 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend formaat &apos;{fmt}&apos;; kies uit csv, xlsx, pdf of json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het hoofdniveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is geen JSON-bestand; kies een export van checkin in JSON-formaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is geen export van anonieme cijfers van checkin (formaat &apos;{format}&apos; ontbreekt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} heeft versie {version} van het exportformaat; deze checkin kent alleen versie {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} klopt niet met het exportformaat: fout bij {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} bevat bij {where} de datum &apos;{text}&apos;, die niet bestaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: bij {where} ligt het einde van de periode voor het begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: de periode bij {where} valt buiten de periode van de export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: de locatie &apos;{location}&apos; bij {where} staat niet in de lijst van locaties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} bevat {location} over dezelfde periode twee keer ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} bevat een onbekende maat &apos;{measure}&apos; ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} bevat &apos;{measure}&apos; &apos;{category}&apos; twee keer in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De einddatum ligt voor de begindatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een periode van hoogstens 25 jaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende indeling &apos;{by}&apos;; kies uit month, quarter of year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen ontmoetingsplek; er zijn dus nog geen cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef minstens één export (JSON) op om samen te voegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bestanden gebruiken een verschillende minimale telling ({ks}). Maak de exports opnieuw met dezelfde k, bijvoorbeeld met &apos;checkin export --min-count {k}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} bevat de cijfers van {location} over {period}, maar die staan ook al in {earlier}; geef elke locatie en periode maar één keer op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bestanden bevatten geen cijfers van een locatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle locaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ochtenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal ochtenden dat de ontmoetingsplek open was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal keer dat een gezin is ingecheckt (een gezin telt één keer per ochtend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal verschillende gezinnen dat in de periode kwam. Bij meer locaties samen telt een gezin dat op twee plekken kwam twee keer mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen die in deze periode voor het eerst op deze plek kwamen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkerende gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen die in deze periode kwamen en er daarvoor ook al eens waren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken per gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen naar het aantal keer dat ze in de periode kwamen: 1 keer, 2-3 keer, 4 keer of vaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volwassenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volwassenen die meekwamen, opgeteld over alle bezoeken, naar rol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinderen naar leeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinderen die meekwamen, opgeteld over alle bezoeken, naar leeftijd in jaren op de dag van het bezoek; &apos;verwacht&apos; is een kind dat nog geboren moet worden, &apos;onbekend&apos; komt uit een oude lijst zonder leeftijden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen per woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschillende gezinnen naar woonplaats; kleine groepen staan samen onder &apos;overig&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschillende gezinnen naar hoe ze de ontmoetingsplek gevonden hebben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aankomsttijden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken naar het half uur van aankomst (09:30 is van 09:30 tot 10:00); &apos;onbekend&apos; voor bezoeken uit een oude lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken op ochtenden met een thema, naar thema; &apos;geen thema&apos; voor de andere ochtenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drankjes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verkochte of gratis gegeven drankjes, naar soort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opbrengst (centen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geld ontvangen voor drankjes in eurocent, naar betaalwijze; bij &apos;gratis&apos; de waarde van de weggegeven drankjes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stemming bij vertrek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken naar het gezichtje dat bij vertrek is aangetikt; &apos;niet ingevuld&apos; als er geen was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weggebleven gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen die in het jaar vóór de laatste 8 weken van de periode minstens twee keer kwamen, maar in die laatste 8 weken niet meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken per ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken per ochtend (datum); ochtenden met weinig bezoeken staan samen onder &apos;overig&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minder dan {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ten minste {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} tot en met {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonieme cijfers over {period}, locaties: {locations}. Minimale telling k = {k}: een aantal mensen of bezoeken van 1 tot en met {below} staat er niet in maar als &apos;&lt;{k}&apos; (minder dan {k}); kleine groepen staan samen onder &apos;overig&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&gt;=N&apos; (ten minste N) is een totaal waarin weggelaten aantallen zitten: het echte aantal is N of meer. Ochtenden, drankjes en opbrengst tellen geen mensen en worden nooit weggelaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het totaal &apos;{all}&apos; telt per periode de gepubliceerde cijfers van de locaties op die over die periode cijfers hebben; een gezin dat op twee plekken kwam telt twee keer mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samengevoegd uit de anonieme exports {files}, die allemaal dezelfde k gebruiken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe vaak kwamen de gezinnen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volwassenen naar rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinderen naar leeftijd (in jaren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe hebben de gezinnen ons gevonden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aankomst per half uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken per thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opbrengst drankjes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagina {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimale telling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samengevoegd uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De belangrijkste cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te weinig om te tonen: in totaal minder dan {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaal: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (groepen met 0 staan er niet in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet getoond: een van beide is kleiner dan {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe en terugkerende gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terugkerend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; gemiddeld {n} per ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken per periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe en terugkerende gezinnen per periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;–&apos;: niet getoond, omdat een van beide kleiner was dan {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle perioden opgeteld. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{location}: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K{n} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen cijfers om te tonen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimale telling k = {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Alle locaties&apos; telt de getoonde cijfers van de locaties op. Zit er een klein aantal in dat niet getoond wordt, dan staat er &apos;ten minste&apos; (≥).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat er in een tabel of grafiek kan staan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat er geteld is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers ontmoetingsplekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Hier omgerekend naar euro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoekers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drukte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opbrengst drankjes (euro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het precieze aantal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minder dan {k} (&lt;{k})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het aantal ligt tussen 1 en {last}. Het precieze getal wordt niet getoond, zodat niemand kan afleiden om welk gezin het gaat. In grafieken staat &apos;&lt;{k}&apos; zonder balk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ten minste N (≥N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een optelling waarin kleine aantallen zitten die niet getoond worden: het echte aantal is N of meer. In grafieken is de balk N lang en staat er &apos;≥N&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groepen kleiner dan {k} zijn samengevoegd onder &apos;overig&apos;, zodat ze niet herkenbaar zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze groep wordt hier niet apart geteld: hij zit in &apos;overig&apos; of kwam niet voor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mrt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}e kwartaal {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} t/m {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantallen kleiner dan {k} worden niet getoond: daar staat &apos;minder dan {k}&apos;. Kleine groepen staan samen onder &apos;overig&apos;. Zo is uit deze cijfers geen gezin te herkennen; namen, codes, geboortedata en notities staan er niet in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samengevoegd uit: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new}% nieuwe gezinnen, {returning}% terugkerend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimale telling (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De uitleg van elk cijfer staat op het blad &apos;Uitleg&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belangrijkste cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemiddeld aantal bezoeken per ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw en terugkerend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg bij de cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kolom &apos;Alle locaties&apos; telt de getoonde cijfers van de locaties op. Zit er een klein aantal in dat niet getoond wordt, dan staat er &apos;ten minste&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat er in een cel kan staan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze backup is niet in orde en kan niet worden teruggezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze backup vervangt alle gegevens van nu. De gegevens van nu worden eerst bewaard als backup. Daarna sluit de app; start hem opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instellingen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup maken naar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup terugzetten...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode coördinator...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat lukt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze backup is versleuteld met een andere sleutel, bijvoorbeeld van een andere laptop. Typ de herstelsleutel van het blad van de coördinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup teruggezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De backup is teruggezet. De gegevens van daarvoor zijn bewaard als {name}. De app sluit nu; start hem opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand kan niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet getoond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen staaf bij {names}: minder dan {k}, dus niet getoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te weinig om te tonen: minder dan {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen gegevens in deze periode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{q}e kwartaal {year} ({first} t/m {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode coördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit deel is voor de coördinator. Typ de pincode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die pincode klopt niet. Probeer het nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode coördinator instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met de pincode beschermt de coördinator de cijfers, de instellingen, het wissen van gezinnen en het terugzetten van een backup. Inchecken kan altijd zonder pincode. Laat de nieuwe pincode leeg om de pincode weg te halen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidige pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe pincode ({low} tot {high} cijfers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe pincode nog eens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee nieuwe pincodes zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzage opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle gegevens van {name} wissen? De naam, de code en de kinderen worden gewist, hier en in de backups op deze laptop. De bezoeken tellen alleen nog anoniem mee in de cijfers. Dit kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gezin is gewist, ook uit {n} backup(s) op deze laptop. Backups die eerder op een USB-stick zijn gezet, kan de app niet bereiken: wis of vervang die zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezin wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelsleutel opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gegevens op deze laptop worden versleuteld. De laptop onthoudt de sleutel zelf. Bewaar deze herstelsleutel op papier, op slot: u heeft hem nodig om een backup op een andere laptop terug te zetten. Hij wordt maar één keer getoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF om af te drukken...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik heb de herstelsleutel bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup van {made}: {families} gezinnen, {mornings} ochtenden (laatste ochtend: {last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database is niet in orde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gegevens van de app kunnen niet worden geopend. Het bestand is beschadigd, of het is geen bestand van deze app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen goede backup gevonden. Vraag de coördinator om hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De nieuwste goede backup terugzetten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het beschadigde bestand wordt niet gewist: het wordt bewaard in de map met backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De app kan niet starten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activiteit wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld: Voorlezen met de bibliotheek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld: Jong JGZ, de bibliotheek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen &amp;tijden (anders de openingstijden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leeg: op de ontmoetingsplek zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen tijden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begintijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eindtijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Omschrijving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;laats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;slaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildRow</name>
    <message>
        <source>roepnaam (mag leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roepnaam van kind {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortemaand van kind {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortejaar van kind {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvinken voor een baby die nog geboren moet worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind {n} weghalen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CijfersScreen</name>
    <message>
        <source>De cijfers zijn voor de coördinator. Open ze met de pincode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers &amp;openen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwartaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;olgende ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begindatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t/m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimale telling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kleinere aantallen worden nergens getoond of geëxporteerd, zodat niemand herkenbaar is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimale telling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimale telling instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met berekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren als {name}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht &amp;samenvoegen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voeg de JSON-bestanden van andere ontmoetingsplekken samen tot één overzicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terug naar eigen cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkerend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ochtenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemiddeld per ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken per ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe en terugkerende gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinderen naar leeftijd (jaren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volwassenen naar rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aankomsttijden (per half uur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen per woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken per thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle locaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantallen kleiner dan {k} worden niet getoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze locatie staat niet in het overzicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuw of terugkerend is kleiner dan {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} van {total} gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen ochtenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te weinig bezoeken om te tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bezoeken per ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet getoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In totaal minder dan {k}: niet getoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen onder &apos;overig&apos; geteld (bij een van de locaties): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ochtenden met weinig bezoeken staan samen onder &apos;overig&apos;: {value} bezoeken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet getoond: nieuw of terugkerend is kleiner dan {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door niemand genoemd: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen gezinnen uit: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat lukt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren als {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De cijfers worden opgeslagen als {name}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De cijfers zijn opgeslagen in {path}. Er staan geen namen of codes van gezinnen in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kan niet worden opgeslagen: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren lukt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht samenvoegen: kies de JSON-bestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijferbestanden (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samengevoegd overzicht uit {n} bestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze bestanden kunnen niet worden samengevoegd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvoegen lukt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseMorningDialog</name>
    <message>
        <source>Ochtend afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volwassenen / kinderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumpties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht in de kas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld 12,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geteld in de kas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geteld in de kas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities voor de gastvrouwen (blijven op deze laptop, nooit in cijfers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ochtend &amp;afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen bedrag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>klopt precies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GezinnenScreen</name>
    <message>
        <source>&amp;Zoek een gezin (naam, naam van een kind of code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een paar letters of de gezinscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek een gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bewerken...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam, woonplaats en kinderen aanpassen (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinskaart &amp;afdrukken...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kaart met de QR-code van dit gezin, met voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inzage (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles wat de app over dit gezin bewaart, als PDF voor de ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijderen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gezin wissen op verzoek van de ouder (pincode); bezoeken tellen anoniem mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} van {n} gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezin: {name} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen naam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een gezin in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gegevens van het gezin zijn opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kaart wordt gemaakt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kaart van {code} staat klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinskaart {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De inzage van {name} wordt gemaakt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De inzage van {name} is opgeslagen: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gezin is gewist. De bezoeken tellen anoniem mee in de cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Eerdere bezoeken importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neem bezoeken over uit een eerdere lijst (CSV of Excel). Er wordt niets opgeslagen voordat u op Importeren klikt. Neem alleen een voornaam of bijnaam over, geen achternaam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen bestand gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand kiezen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkblad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontmoetingsplek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woonplaats als de lijst die niet noemt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkblad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontmoetingsplek:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woonplaats als die ontbreekt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom voor {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke kolom is wat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datums worden gelezen als dag-maand-jaar, zoals 31-3-2026, 31/3/2026, 31 maart 2026 of 2026-03-31: 3-4-2026 is dus 3 april. Schrijf het jaar voluit. Regels die niet zeker te lezen zijn, worden niet overgenomen maar hieronder genoemd. Volwassenen zonder moeder/vader/grootouder-kolom tellen als &apos;oppas/anders&apos;, kinderen uit een lijst tellen met leeftijd &apos;onbekend&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld van de bezoeken die worden overgenomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regels die niet worden overgenomen, met de reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet overgenomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een CSV- of Excel-bestand met de eerdere bezoeken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst met eerdere bezoeken kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijsten (*.csv *.xlsx *.xlsm *.txt);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand wordt gelezen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak eerst een ontmoetingsplek aan (Instellingen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar om over te nemen: {visits} bezoeken ({families} nieuwe gezinnen, {mornings} nieuwe ochtenden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er valt niets (meer) over te nemen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet leesbaar: {unreadable}. Al aanwezig of dubbel in de lijst: {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met importeren...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar: {visits} bezoeken overgenomen, {families} nieuwe gezinnen, {mornings} nieuwe ochtenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Woonplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drankjes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe keuze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit de lijst &amp;halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat u uit de lijst haalt, kunt u niet meer kiezen; de cijfers blijven tellen wat er eerder mee is vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; staat in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst wat u uit de lijst wilt halen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is uit de lijst gehaald.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Gegevens op de flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiezen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webadres voor de QR-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webadres (QR-code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo (PNG of JPEG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeg webadres: de QR-code wijst naar {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;slaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Even geduld, de gegevens worden geopend...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFamilyDialog</name>
    <message>
        <source>Nieuw gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezin bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voornaam of bijnaam van de ouder (mag leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies de woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies hoe het gezin ons vond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe bij ons gekomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hoe bij ons gekomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinderen (geboortemaand en -jaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Kind toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming (lees voor aan de ouder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ouder heeft de uitleg gehoord en gaat &amp;akkoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registreren en inchecken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: lijkt op een gezin dat al bestaat: {names}. Zoek het gezin liever op.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Voorbeeld van de PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afdrukken...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan als PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan lukte niet: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen als {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken lukte niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar de printer gestuurd: {n} pagina(&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volwassenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuw gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuwe ochtend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammaScreen</name>
    <message>
        <source>Ontmoetingsplek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ontmoetingsplek:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openingstijden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens op de &amp;flyers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens op de flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in titel, thema of partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteiten zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen &amp;komende activiteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen komende activiteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe activiteit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wijzigen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4-poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5-folders (twee op een A4-vel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papierformaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poster van gekozen activiteit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maandprogramma...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes, bijvoorbeeld K7F3 M4TT (leeg: alle gezinnen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes van gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namen op de kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gezinskaarten...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteit wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteit verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster van gekozen activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maandprogramma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinskaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formaat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;aand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge&amp;zinnen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen ontmoetingsplek ingesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen vaste openingstijden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gegevens op de flyers zijn opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteit toegevoegd: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteit gewijzigd: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De activiteit &apos;{title}&apos; van {day} verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteit verwijderd: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programma {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De PDF wordt gemaakt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode coördinator...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prijs per drankje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen die zo lang niet zijn geweest, worden vanzelf geanonimiseerd: naam, code en kinderen gaan weg, hun bezoeken tellen anoniem mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimale telling in de cijfers (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantallen kleiner dan k worden in de cijfers en exports nooit getoond. Nooit lager dan {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal (na opnieuw starten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VandaagScreen</name>
    <message>
        <source>Thema van de ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema of activiteit van vanochtend (uit het programma; aan te passen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal gastvrouwen en gastheren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gastvrouwen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ochtend &amp;starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ochtend &amp;afsluiten...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heropenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen die we &amp;missen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welkom! Start de ochtend om gezinnen in te checken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongedaan maken (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoek een gezin (naam, naam van een kind of code) of scan de kaart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-3 letters, dan Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek een gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevonden gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw gezin... (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanwezige gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geselecteerd gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betaald met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betaalwijze {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drankjes van dit gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drankje &amp;weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie zijn er &amp;mee?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uitchecken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inchecking &amp;terugdraaien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verkoop zonder inchecken (iemand die alleen koffie komt halen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een {kind} voor dit gezin, {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een {kind} verkopen zonder inchecken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nog geen ontmoetingsplek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ochtend is afgesloten. Tot volgende week!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maakt ongedaan: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ochtend is begonnen. Typ een naam of scan een kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema van vanochtend: {theme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ochtend is afgesloten: {visits} bezoeken, {new} nieuwe gezinnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasverschil: {diff}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ochtend is weer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start eerst de ochtend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen gezin gevonden voor &apos;{text}&apos;. Nieuw gezin? Druk Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inchecken van {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is ingecheckt{came}. Welkom!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> met {children}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} mnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y} jr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y} jr {m} mnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welkom, {name}! Nieuw gezin ingecheckt. Gezinscode: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanwezig: {families} gezinnen, {adults} volwassenen, {children} kinderen ({people} van {capacity} plaatsen) · vandaag {total} bezoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} los verkocht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geselecteerd gezin: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een gezin in de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een gezin in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>losse verkoop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} voor {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} voor {who} ({payment}, {amount}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst het drankje dat weg moet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drankje weggehaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangepast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uitchecken van {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is uitgecheckt. Tot ziens!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inchecking van {name} is teruggedraaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets om ongedaan te maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongedaan gemaakt: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen die we missen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen die minstens {n} keer kwamen, maar de laatste {weeks} weken niet. Misschien fijn om eens naar te vragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Wie zijn er mee? - {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen kinderen geregistreerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volwassenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welkom! Vul eerst de gegevens van de ontmoetingsplek in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de ontmoetingsplek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaste dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaste &amp;dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begintijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eindtijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tijden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prijs per consumptie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rijs per consumptie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal plaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal &amp;plaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webpagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webpagina (voor QR-codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan en beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerst proberen met &amp;demogegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vult de app met verzonnen gezinnen en ochtenden om te oefenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demogegevens worden gemaakt...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SubmitDialog</name>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het venster van de app staat misschien geminimaliseerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} gezin(nen) kwam(en) langer dan de bewaartermijn niet meer. Hun naam, code en kinderen zijn gewist; hun bezoeken tellen anoniem mee in de cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerdere bezoeken importeren...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cijfers_period</name>
    <message>
        <source>januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>april</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>augustus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>september</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>november</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>december</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Dat lukt niet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
