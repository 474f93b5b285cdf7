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
        <source>Het bestand {path} bestaat niet.</source>
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
        <source>{path} is geen database van deze app, of het bestand is beschadigd.</source>
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
        <source>Kies eerst een ontmoetingsplek.</source>
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
        <source>De minimale telling mag niet lager zijn dan {k}.</source>
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
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: lijkt op een gezin dat al bestaat: {names}. Zoek het gezin liever op.</source>
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
        <source>typ 2-3 letters en druk op Enter</source>
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
        <source>De app kan niet starten</source>
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
