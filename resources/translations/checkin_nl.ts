<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n gezinnen kwamen langer dan de bewaartermijn niet meer. Hun naam, code en kinderen zijn gewist; hun bezoeken tellen anoniem mee in de cijfers.</source>
        <translation>
            <numerusform>%n gezin kwam langer dan de bewaartermijn niet meer. Zijn naam, code en kinderen zijn gewist; zijn bezoeken tellen anoniem mee in de cijfers.</numerusform>
            <numerusform>%n gezinnen kwamen langer dan de bewaartermijn niet meer. Hun naam, code en kinderen zijn gewist; hun bezoeken tellen anoniem mee in de cijfers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Het gezin is gewist, ook uit %n backups op deze laptop. Backups die eerder op een USB-stick zijn gezet, kan de app niet bereiken: wis of vervang die zelf.</source>
        <translation>
            <numerusform>Het gezin is gewist, ook uit %n backup op deze laptop. Backups die eerder op een USB-stick zijn gezet, kan de app niet bereiken: wis of vervang die zelf.</numerusform>
            <numerusform>Het gezin is gewist, ook uit %n backups op deze laptop. Backups die eerder op een USB-stick zijn gezet, kan de app niet bereiken: wis of vervang die zelf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locaties</source>
        <translation>
            <numerusform>%n locatie</numerusform>
            <numerusform>%n locaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gezinnen</source>
        <translation>
            <numerusform>%n gezin</numerusform>
            <numerusform>%n gezinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ochtenden</source>
        <translation>
            <numerusform>%n ochtend</numerusform>
            <numerusform>%n ochtenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drankjes</source>
        <translation>
            <numerusform>%n drankje</numerusform>
            <numerusform>%n drankjes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nieuwe gezinnen</source>
        <translation>
            <numerusform>%n nieuw gezin</numerusform>
            <numerusform>%n nieuwe gezinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nieuwe ochtenden</source>
        <translation>
            <numerusform>%n nieuwe ochtend</numerusform>
            <numerusform>%n nieuwe ochtenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rijen</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gezinscodes kwamen daar al voor en zijn vernummerd: geef die gezinnen hun nieuwe code (Gezinnen, of een nieuwe gezinskaart).</source>
        <translation>
            <numerusform>%n gezinscode kwam daar al voor en is vernummerd: geef dat gezin zijn nieuwe code (Gezinnen, of een nieuwe gezinskaart).</numerusform>
            <numerusform>%n gezinscodes kwamen daar al voor en zijn vernummerd: geef die gezinnen hun nieuwe code (Gezinnen, of een nieuwe gezinskaart).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lijstwaarden (dorpen, drankjes, thema&apos;s...) stonden er al en zijn niet dubbel gezet.</source>
        <translation>
            <numerusform>%n lijstwaarde (dorpen, drankjes, thema&apos;s...) stond er al en is niet dubbel gezet.</numerusform>
            <numerusform>%n lijstwaarden (dorpen, drankjes, thema&apos;s...) stonden er al en zijn niet dubbel gezet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acties van een open ochtend gaan niet mee in de lijst van Ongedaan maken.</source>
        <translation>
            <numerusform>%n actie van een open ochtend gaat niet mee in de lijst van Ongedaan maken.</numerusform>
            <numerusform>%n acties van een open ochtend gaan niet mee in de lijst van Ongedaan maken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CijfersScreen</name>
    <message numerus="yes">
        <source>Samengevoegd overzicht uit %n bestanden</source>
        <translation>
            <numerusform>Samengevoegd overzicht uit %n bestand</numerusform>
            <numerusform>Samengevoegd overzicht uit %n bestanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message numerus="yes">
        <source>%n gezinnen</source>
        <translation>
            <numerusform>%n gezin</numerusform>
            <numerusform>%n gezinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ochtenden</source>
        <translation>
            <numerusform>%n ochtend</numerusform>
            <numerusform>%n ochtenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gezinscodes kwamen daar al voor en zijn vernummerd: geef die gezinnen hun nieuwe code (Gezinnen, of een nieuwe gezinskaart).</source>
        <translation>
            <numerusform>%n gezinscode kwam daar al voor en is vernummerd: geef dat gezin zijn nieuwe code (Gezinnen, of een nieuwe gezinskaart).</numerusform>
            <numerusform>%n gezinscodes kwamen daar al voor en zijn vernummerd: geef die gezinnen hun nieuwe code (Gezinnen, of een nieuwe gezinskaart).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GezinnenScreen</name>
    <message numerus="yes">
        <source>%n gezinnen</source>
        <translation>
            <numerusform>%n gezin</numerusform>
            <numerusform>%n gezinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} van %n gezinnen</source>
        <translation>
            <numerusform>{shown} van %n gezin</numerusform>
            <numerusform>{shown} van %n gezinnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nieuwe gezinnen</source>
        <translation>
            <numerusform>%n nieuw gezin</numerusform>
            <numerusform>%n nieuwe gezinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nieuwe ochtenden</source>
        <translation>
            <numerusform>%n nieuwe ochtend</numerusform>
            <numerusform>%n nieuwe ochtenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>Naar de printer gestuurd: %n pagina&apos;s.</source>
        <translation>
            <numerusform>Naar de printer gestuurd: %n pagina.</numerusform>
            <numerusform>Naar de printer gestuurd: %n pagina&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VandaagScreen</name>
    <message numerus="yes">
        <source>Nog door te sturen: %n.</source>
        <translation>
            <numerusform>Nog door te sturen: %n.</numerusform>
            <numerusform>Nog door te sturen: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De verbinding is terug. Doorgestuurd: %n. Niet overgenomen door de server: {refused}.</source>
        <translation>
            <numerusform>De verbinding is terug. Doorgestuurd: %n. Niet overgenomen door de server: {refused}.</numerusform>
            <numerusform>De verbinding is terug. Doorgestuurd: %n. Niet overgenomen door de server: {refused}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De verbinding is terug. Alles is doorgestuurd (%n).</source>
        <translation>
            <numerusform>De verbinding is terug. Alles is doorgestuurd (%n).</numerusform>
            <numerusform>De verbinding is terug. Alles is doorgestuurd (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nieuwe gezinnen</source>
        <translation>
            <numerusform>%n nieuw gezin</numerusform>
            <numerusform>%n nieuwe gezinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gezinnen</source>
        <translation>
            <numerusform>%n gezin</numerusform>
            <numerusform>%n gezinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kinderen</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinderen</numerusform>
        </translation>
    </message>
</context>
</TS>
