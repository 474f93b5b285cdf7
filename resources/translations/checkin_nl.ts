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
</context>
</TS>
