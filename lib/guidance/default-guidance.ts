import type { Phase } from "@/lib/trajectory/constants";

export type GuidanceEntry = {
  phase: Phase;
  perspective: "municipality" | "provider";
  aspect: "topics" | "decides" | "whom" | "organise";
  items: string[];
};

/**
 * Starting guidance per phase, perspective and aspect, after the dialogue matrix of the
 * Handreiking Dialoog. A municipality adapts it on the guidance page; this is only the default.
 */
export const DEFAULT_GUIDANCE: GuidanceEntry[] = [
  // Fase 1 — strategische doelen
  { phase: "strategic_goals", perspective: "municipality", aspect: "topics", items: [
    "Welke maatschappelijke resultaten wil de gemeente bereiken, en welke gaan voor? Denk aan preventie en vroeg signaleren, passende hulp dichtbij, en het benutten van eigen kracht en netwerk.",
    "Vertaal elk doel naar een meetbaar resultaat en maak de voorrang tussen doelen expliciet.",
    "Bespreek welke rol de gemeente zelf neemt en welke verantwoordelijkheid bij aanbieders komt te liggen.",
    "Spreek ook af wat níet haalbaar is, zodat er focus ontstaat.",
    "Zie het gesprek over doelen als doorlopend: doelen mogen later worden bijgesteld.",
  ] },
  { phase: "strategic_goals", perspective: "municipality", aspect: "decides", items: [
    "Kies bewust tussen eigen voorwerk presenteren of de koers samen met aanbieders uitwerken; beide hebben voor- en nadelen.",
    "Luister echt naar de inbreng van aanbieders en voorkom dat zij zich een gratis adviesbureau voelen.",
    "Stel samen de uitgangspunten vast en controleer of gemeente en aanbieders dezelfde hanteren.",
    "De gemeenteraad stelt uiteindelijk vast; laat het inhoudelijke gesprek eerst ruimte houden.",
  ] },
  { phase: "strategic_goals", perspective: "municipality", aspect: "whom", items: [
    "Weeg af of u eerst met de grootste aanbieders spreekt of juist ook met kleine, gespecialiseerde en vernieuwende partijen.",
    "Een kopgroep van partijen die echt willen veranderen, ook als dat hun eigen positie raakt, kan de visie verder helpen.",
    "Organiseer gesprekken per thema en nodig partijen uit die over dat thema willen meedenken.",
    "Betrek cliënten en inwoners actief: zij weten wat nodig is.",
  ] },
  { phase: "strategic_goals", perspective: "municipality", aspect: "organise", items: [
    "Houd het team klein, zodat de lijnen kort en de boodschap eenduidig blijven.",
    "Zorg voor vaste gezichten door alle fasen heen, zodat aanbieders hun verhaal niet steeds opnieuw hoeven te doen.",
    "Voer het gesprek op alle niveaus: bestuurlijk, beleidsmatig en in de uitvoering.",
  ] },
  { phase: "strategic_goals", perspective: "provider", aspect: "topics", items: [
    "Welke maatschappelijke resultaten en prioriteiten kiest de gemeente, en wat betekent dat voor uw organisatie?",
    "Hoe sluiten de doelen van uw organisatie aan op die van de gemeente of regio?",
    "Welke rol ziet u voor uzelf naast de gemeente en andere aanbieders?",
  ] },
  { phase: "strategic_goals", perspective: "provider", aspect: "decides", items: [
    "Strategische doelen zijn vaak nog globaal, maar hier wordt de richting voor inhoud en proces gezet.",
    "Wie vroeg aanhaakt, kan nog invloed hebben op de prioriteiten.",
    "Houd rekening met uw eigen planning: plannen van de gemeente kunnen die doorkruisen.",
  ] },
  { phase: "strategic_goals", perspective: "provider", aspect: "whom", items: [
    "Kies in welke gemeenten u meepraat: waar u capaciteit en marktaandeel hebt, waar u wilt groeien, of waar grote veranderingen komen.",
    "Uw doelen kunnen per gemeente verschillen, bijvoorbeeld minder administratieve lasten of ruimte voor vernieuwing.",
    "Laat een collega met inhoudelijke kennis meedenken over de inzet, en zorg dat de hele organisatie de koers kent.",
  ] },
  { phase: "strategic_goals", perspective: "provider", aspect: "organise", items: [
    "Beperk het aantal mensen dat namens u spreekt, zodat de communicatie helder blijft.",
    "Stuur in elke fase dezelfde mensen; wisselende gezichten maken afspraken lastiger.",
    "Zorg dat het gesprek op alle niveaus van uw organisatie wordt gevoerd.",
  ] },
  // Fase 2 — analyse
  { phase: "analysis", perspective: "municipality", aspect: "topics", items: [
    "Breng de markt in beeld met cijfers: cliënten, zorgvraag, budget, aantal aanbieders per segment, nieuwkomers en samenwerking.",
    "Kijk naar alternatieven: naast individuele hulp ook collectieve oplossingen en preventie.",
    "Kijk vooruit: hoe ontwikkelen de cliëntgroepen zich en past de huidige inrichting daar nog bij?",
    "Bepaal het ontwikkelpotentieel: welke veranderingen zijn in de komende periode haalbaar voor aanbieders, gemeente en cliënten?",
    "Vergelijk met de regio en het land, en zoek samenhang met andere domeinen.",
  ] },
  { phase: "analysis", perspective: "municipality", aspect: "decides", items: [
    "De cijfermatige analyse kan de gemeente zelf doen; zij kent de financiële ruimte.",
    "Het beeld van markt en ontwikkelpotentieel vraagt inbreng van aanbieders en cliënten, bijvoorbeeld over de route van een cliënt naar hulp.",
    "Werk met voorstel en reactie: de gemeente legt iets voor, aanbieders geven feedback, en de gemeente laat zien wat ze ermee doet.",
  ] },
  { phase: "analysis", perspective: "municipality", aspect: "whom", items: [
    "Spreek iedereen die dat wil, of stel een representatieve doorsnede samen: grote en kleine aanbieders, vernieuwers, bewonersinitiatieven en sociale ondernemingen.",
    "Stem uw vragen af op het type aanbieder waarmee u spreekt, in plaats van één grote bijeenkomst voor iedereen.",
    "Nodig ook partijen van buiten de regio uit; zij brengen nieuwe invalshoeken.",
    "Geef in de uitnodiging aan wie u wilt spreken: zorgverleners, staf of bestuur.",
  ] },
  { phase: "analysis", perspective: "municipality", aspect: "organise", items: [
    "Houd rekening met de beperkte tijd van aanbieders: maak elk gesprek zinvol en diepgaand.",
    "Zorg dat de juiste mensen aan tafel zitten, aan beide kanten.",
    "Wees open over voorwaarden en tarieven, zodat aanbieders weten waar ze aan toe zijn.",
    "Weet als gemeente hoe volwassen uw eigen organisatie en contractmanagement zijn voordat u de markt iets vraagt.",
  ] },
  { phase: "analysis", perspective: "provider", aspect: "topics", items: [
    "Welke prioriteiten worden zichtbaar en welke nieuwe richtingen onderzoekt de gemeente?",
    "Wat kan uw organisatie bijdragen, en hoe komt u gemeente en cliënten tegemoet?",
    "Hoe worden de strategische doelen vertaald naar jaarlijkse, SMART geformuleerde doelen?",
  ] },
  { phase: "analysis", perspective: "provider", aspect: "decides", items: [
    "De gemeente verzamelt in deze fase de informatie waarop zij de inkoop baseert.",
    "Uw inbreng weegt het zwaarst als de gemeente iets over het hoofd ziet, als er veel gaat veranderen of als de gemeente u nog niet kent.",
  ] },
  { phase: "analysis", perspective: "provider", aspect: "whom", items: [
    "Stuur iemand die het geheel overziet én de inhoud kent; soms is een duo verstandig.",
    "Zorg voor goede interne lijnen, zodat wat u hoort bij de juiste collega's terechtkomt.",
  ] },
  { phase: "analysis", perspective: "provider", aspect: "organise", items: [
    "Bepaal vooraf wat u met het gesprek wilt bereiken en richt daar uw inzet op.",
    "Vermijd discussies over bijzaken; die leiden af van de echte dialoog.",
    "Zorg dat de juiste mensen aan tafel zitten.",
  ] },
  // Fase 3 — keuzes maken
  { phase: "choices", perspective: "municipality", aspect: "topics", items: [
    "Contractvorm: looptijd, prikkels, vrijheid van de aanbieder in de uitvoering, en de beoogde resultaten (KPI's).",
    "Bekostigingsmodel: hoe wordt de aanbieder beloond en welke prikkels geeft dat?",
    "Toegang: welke verantwoordelijkheid legt de gemeente bij de aanbieder en hoe stuurt zij zelf?",
    "Leveranciersmanagement: hoeveel aanbieders, met welke kwaliteiten?",
    "Bewaak de samenhang tussen deze keuzes en vertaal ze naar één inkoopscenario; terug naar een eerdere fase mag nog.",
  ] },
  { phase: "choices", perspective: "municipality", aspect: "decides", items: [
    "De contractvorm kan de gemeente het best zelf bepalen.",
    "Hoe meer aanbieders meebeslissen, hoe groter het draagvlak; alles zelf bepalen kost draagvlak.",
    "Toets het realisme van de keuzes met aanbieders, cliëntenraden en Wmo-raden: kunnen de gevraagde KPI's worden geleverd?",
    "Bied continuïteit met evaluatiemomenten en KPI's met gevolgen in langere contracten, en houd ruimte voor nieuwe ontwikkelingen.",
  ] },
  { phase: "choices", perspective: "municipality", aspect: "whom", items: [
    "Overweeg een mix: de consultatie staat open voor iedereen, en enkele partijen worden gericht uitgenodigd om genoeg reactie te krijgen.",
    "Behandel specialistische onderwerpen, zoals prijsopbouw of administratieve verwerking, apart met experts.",
    "Gebruik elektronische consultatie om veel partijen te horen, en voorkom dat alleen de grootste of luidste stemmen tellen.",
    "Koppel de uitkomsten van de consultatie terug aan de deelnemers, zodat u weet of u ze goed hebt begrepen.",
  ] },
  { phase: "choices", perspective: "municipality", aspect: "organise", items: [
    "Leg bij een complexe procedure een aanbestedingsprotocol vast en deel het met aanbieders.",
    "Plan ruim: sommige vraagstukken hebben tijd nodig om uit te werken.",
    "Houd de doelen uit fase 1 in het oog; het contract moet daarbij passen.",
    "Alleen publiceren op een aanbestedingsplatform is niet genoeg; licht toe om misverstanden te voorkomen.",
  ] },
  { phase: "choices", perspective: "provider", aspect: "topics", items: [
    "Wat betekenen de gekozen contractvorm, bekostiging, toegang en leveranciersmanagement concreet voor uw organisatie?",
    "Zijn de gevraagde KPI's haalbaar? Ziet u spanning tussen de toegang en de bekostiging? Meld dat.",
    "Bespreek ook andere onderwerpen dan financiële prikkels.",
    "Met welke andere aanbieders kunt en wilt u samenwerken?",
  ] },
  { phase: "choices", perspective: "provider", aspect: "decides", items: [
    "Nu de keuzes concreet worden, ziet u hun samenhang en gevolgen en kunt u gericht reageren op haalbaarheid en risicoverdeling.",
    "Laat u horen, ook als u lokaal geen grote partij bent.",
    "Bundel krachten met andere aanbieders; ook de gemeente heeft niet altijd de oplossing.",
  ] },
  { phase: "choices", perspective: "provider", aspect: "whom", items: [
    "Zet in waar u de grootste knelpunten ziet; technische punten kunnen schriftelijk, fundamentele punten liever in gesprek.",
    "Streef naar afspraken op regionaal niveau om een lappendeken van werkwijzen te voorkomen.",
    "Bepaal op welke niveaus en door wie het gesprek wordt gevoerd: bestuurlijk, beleidsmatig en operationeel.",
    "Cijfers met het verhaal erachter helpen om uw standpunt te onderbouwen.",
  ] },
  { phase: "choices", perspective: "provider", aspect: "organise", items: [
    "Laat technische vragen intern beoordelen zonder van contactpersoon te wisselen.",
    "Spreek met één stem namens de organisatie.",
    "Neemt de gemeente deel aan een werkgroep van aanbieders, geef haar dan de rol van toehoorder of voorzitter.",
  ] },
  // Fase 4 — uitvoering
  { phase: "execution", perspective: "municipality", aspect: "topics", items: [
    "Contracteren en daarna monitoren: worden de afspraken over aantallen en kwaliteit waargemaakt?",
    "Bespreek of het gekozen proces realistisch is en of contractvoorwaarden eenvoudiger of met minder risico kunnen worden geformuleerd.",
    "Blijf het strategische gesprek voeren: werken we nog naar de doelen toe, of is een nieuwe cyclus nodig?",
    "Wat gaat goed, wat kan beter, en welke risico's zien we?",
  ] },
  { phase: "execution", perspective: "municipality", aspect: "decides", items: [
    "Verandering ontstaat door samen te zoeken naar gedeelde doelen.",
    "Maak afspraken over de tijd die nodig is om nieuwe werkwijzen in te voeren.",
    "Voer het gesprek op basis van data: de aanbieder laat zien wat hij bereikt, de gemeente controleert kwaliteit en besteding.",
    "Combineer voortgangsgesprekken met individuele aanbieders en gezamenlijke gesprekken.",
  ] },
  { phase: "execution", perspective: "municipality", aspect: "whom", items: [
    "Meerdere sessies met een kleine groep leveren vaak meer diepgang op dan één grote bijeenkomst.",
    "Kies bewust: de grootste spelers, de probleemgevallen, de voorlopers, of aanbieders rond beleidsprioriteiten.",
    "Regionaal overleg is efficiënter voor aanbieders; lokaal is er meer ruimte voor experiment en lokale vraagstukken.",
    "Houd zicht op risicovolle aanbieders en kwetsbare cliëntgroepen, en overweeg een vergoeding als u veel tijd van aanbieders vraagt.",
  ] },
  { phase: "execution", perspective: "municipality", aspect: "organise", items: [
    "Laat verantwoording en dialoog op elkaar aansluiten en evalueer regelmatig.",
    "Deel vooraf de agenda, het doel, de verwachte opbrengst en wie er zijn uitgenodigd.",
    "Koppel na afloop terug wat er met de uitkomsten is gedaan.",
    "Creëer een sfeer waarin aanbieders ook durven te zeggen wat er niet goed gaat.",
  ] },
  { phase: "execution", perspective: "provider", aspect: "topics", items: [
    "Welke evaluatiecriteria en KPI's gelden, en hoe kunt u daaraan voldoen?",
    "Hoe meet u de voortgang op de afgesproken doelen?",
    "Bespreek concrete contractvoorwaarden: kan een andere formulering werk of risico besparen?",
  ] },
  { phase: "execution", perspective: "provider", aspect: "decides", items: [
    "Monitoring is een gezamenlijk belang: u laat zien wat u doet en bereikt.",
    "Maak tijdig bespreekbaar waar het mis dreigt te gaan, bij kwetsbare cliënten, door beleid of in uw eigen organisatie.",
    "Goede gesprekken in de uitvoering maken de volgende inkoopronde soepeler.",
  ] },
  { phase: "execution", perspective: "provider", aspect: "whom", items: [
    "Met gemeenten waar dialoog in het contract is afgesproken spreekt u in elk geval.",
    "Kies daarnaast gemeenten waar u inhoudelijke prioriteiten ziet, waar de uitvoering stroef loopt of waar kansen liggen voor gezamenlijke ontwikkeling.",
    "Regionaal overleg scheelt tijd; lokaal is er vaak meer ruimte voor maatwerk.",
  ] },
  { phase: "execution", perspective: "provider", aspect: "organise", items: [
    "Laat uw verantwoording en uw inbreng in de dialoog op elkaar aansluiten.",
    "Blijf in gesprek met de gemeente, ook als doelen niet worden gehaald.",
    "Organiseer het relatiebeheer op alle niveaus van uw organisatie.",
  ] },
];
