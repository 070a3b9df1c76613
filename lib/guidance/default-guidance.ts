import type { Phase } from "@/lib/trajectory/constants";

export type GuidanceEntry = {
  phase: Phase;
  perspective: "municipality" | "provider";
  aspect: "topics" | "decides" | "whom" | "organise";
  items: string[];
};

/**
 * Starting guidance per phase, perspective and aspect, based on the dialogue matrix of the
 * Handreiking Dialoog but written for this portal. It is seeded as data so that a municipality
 * can rewrite it on the guidance page; nothing reads this constant after seeding.
 */
export const DEFAULT_GUIDANCE: GuidanceEntry[] = [
  // Fase 1 — strategische doelen
  {
    phase: "strategic_goals",
    perspective: "municipality",
    aspect: "topics",
    items: [
      "Leg vast welke maatschappelijke effecten de gemeente nastreeft en welke voorrang krijgen, bijvoorbeeld " +
        "tijdig signaleren en voorkomen, passende hulp in de buurt met een vangnet, en het benutten van eigen " +
        "netwerk en mantelzorg.",
      "Maak elk doel toetsbaar met een concreet resultaat, zoals het aandeel kinderen dat thuis opgroeit. Benoem " +
        "ook welk doel zwaarder weegt als doelen botsen, bijvoorbeeld keuzevrijheid tegenover maximale kwaliteit.",
      "Beschrijf de rolverdeling: wat houdt de gemeente zelf in handen, en in hoeverre wordt de aanbieder " +
        "verantwoordelijk voor de inzet die het resultaat vraagt?",
      "Bepaal samen ook wat buiten bereik ligt. Een korte lijst haalbare doelen geeft meer richting dan een " +
        "lange wensenlijst.",
      "Zie de doelen niet als eenmalig besluit: kom er geregeld op terug en stel ze bij als de praktijk daarom " +
        "vraagt. Regionale transformatieplannen zijn een bruikbaar vertrekpunt.",
    ],
  },
  {
    phase: "strategic_goals",
    perspective: "municipality",
    aspect: "decides",
    items: [
      "Kies vooraf hoeveel u zelf uitwerkt. Met een blanco start krijgen aanbieders veel ruimte, maar een " +
        "verschil in kennis kan het gesprek scheeftrekken; met een uitgewerkt plan is uw standpunt helder, maar " +
        "valt er voor aanbieders weinig te beïnvloeden.",
      "Neem bijdragen van aanbieders serieus en laat zien wat u ermee doet, zodat zij zich partner voelen en " +
        "geen onbetaalde adviseur.",
      "Controleer aan het begin of gemeente en aanbieders van hetzelfde vertrekpunt uitgaan; verschillen daarin " +
        "leiden later tot misverstanden.",
      "De gemeenteraad kan de discussie over het waarom van de inkoop aanjagen. Zorg dat het democratische " +
        "besluit niet valt voordat die discussie echt is gevoerd.",
    ],
  },
  {
    phase: "strategic_goals",
    perspective: "municipality",
    aspect: "whom",
    items: [
      "Bepaal of u de visie eerst bespreekt met de aanbieders die het grootste deel van de zorg leveren, of " +
        "meteen ook met kleine, gespecialiseerde en vernieuwende partijen. Die laatste groep kijkt vaak anders " +
        "naar het vraagstuk.",
      "Zoek een groep koplopers die wil veranderen, ook als dat hun eigen groei beperkt; met hen komt de visie " +
        "sneller verder.",
      "Werk met themabijeenkomsten waarvoor partijen zich per onderwerp kunnen aanmelden. Dat vergroot het draagvlak.",
      "Laat cliënten, cliëntenraden en de Wmo-raad vanaf het begin meedenken: zij ervaren zelf wat werkt en wat " +
        "ontbreekt.",
      "Houd er rekening mee dat doelen per sector kunnen verschillen, bijvoorbeeld tussen jeugdhulp en Wmo.",
    ],
  },
  {
    phase: "strategic_goals",
    perspective: "municipality",
    aspect: "organise",
    items: [
      "Werk met een compact projectteam. Dan blijven de lijnen kort en krijgen aanbieders één consistente boodschap.",
      "Houd dezelfde contactpersonen aan van de eerste tot de laatste fase, zodat aanbieders hun verhaal niet " +
        "bij elk gesprek opnieuw hoeven te vertellen.",
      "Betrek bestuurders, beleidsmakers én uitvoerders, zowel bij de gemeente als bij de aanbieders.",
      "Voer de gesprekken met eigen medewerkers. Een duurzame relatie bouwt u niet op via tijdelijke inhuur.",
    ],
  },
  {
    phase: "strategic_goals",
    perspective: "provider",
    aspect: "topics",
    items: [
      "Welke maatschappelijke effecten wil de gemeente bereiken, welke krijgen voorrang, en hoe worden ze " +
        "meetbaar gemaakt?",
      "Welke taken en verantwoordelijkheden wil de gemeente bij aanbieders beleggen, en welke houdt zij zelf?",
      "Passen de koers en doelen van uw organisatie bij wat gemeente en aanbieders samen afspreken? Benoem waar " +
        "het wringt.",
      "Denk mee over wat níet haalbaar is; een eerlijke afbakening helpt iedereen.",
    ],
  },
  {
    phase: "strategic_goals",
    perspective: "provider",
    aspect: "decides",
    items: [
      "De doelen zijn in deze fase nog breed geformuleerd, maar de koers voor inhoud en aanpak van de inkoop " +
        "wordt hier al grotendeels uitgezet.",
      "Wilt u meepraten over de grote lijnen in plaats van over de uitwerking, meld u dan in een vroeg stadium " +
        "bij de gemeente.",
      "Wie er vroeg bij is, kan de prioriteiten nog beïnvloeden; later gaat het vooral over uitwerking.",
      "Houd uw eigen meerjarenplanning wendbaar: gemeentelijke besluiten kunnen u dwingen die om te gooien.",
    ],
  },
  {
    phase: "strategic_goals",
    perspective: "provider",
    aspect: "whom",
    items: [
      "U hoeft niet in elke gemeente aan tafel. Kies bijvoorbeeld op basis van uw capaciteit en huidige positie, " +
        "gemeenten waar u wilt beginnen of uitbreiden, of gemeenten waar het beleid flink gaat wijzigen.",
      "Uw inzet kan per gemeente een ander doel dienen, zoals minder administratieve last of ruimte voor " +
        "vernieuwing. Kies de fase waarin u voor dat doel het meeste bereikt.",
      "Let op hoe bereid een gemeente is om te veranderen en stem uw inzet daarop af.",
      "Laat een collega die het werk inhoudelijk kent meebepalen wat u in de gesprekken wilt bereiken, en zorg " +
        "dat de koers in de hele organisatie bekend is.",
    ],
  },
  {
    phase: "strategic_goals",
    perspective: "provider",
    aspect: "organise",
    items: [
      "Houd de delegatie klein, zodat de gemeente één helder verhaal hoort.",
      "Stuur steeds dezelfde vertegenwoordigers; bij wisselende gezichten gaan afspraken en vertrouwen verloren.",
      "Zorg dat bestuur, staf en uitvoering van uw organisatie elk een eigen gesprekspartner bij de gemeente hebben.",
    ],
  },
  // Fase 2 — analyse
  {
    phase: "analysis",
    perspective: "municipality",
    aspect: "topics",
    items: [
      "Maak een feitelijk beeld van de huidige situatie: aantallen cliënten, zorgvraag, budget, aanbieders per " +
        "segment, nieuwkomers en vernieuwers, en hoe aanbieders samenwerken.",
      "Onderzoek andere oplossingsrichtingen: wat kan collectief of preventief worden georganiseerd, zodat " +
        "minder individuele hulp nodig is?",
      "Kijk vooruit: hoe veranderen de cliëntgroepen, en past de huidige organisatie van de zorg daar nog bij?",
      "Bepaal wat in de volgende contractperiode realistisch te veranderen is voor cliënten, aanbieders en de " +
        "eigen organisatie, en kies een beperkt aantal onderwerpen waarop u echt inzet.",
      "Vergelijk uw situatie met de regio en met landelijke trends, en zoek verbinding met andere domeinen zoals " +
        "onderwijs en werk.",
      "Ga na hoe u meer vanuit de vraag van inwoners kunt inkopen in plaats van vanuit het bestaande aanbod.",
    ],
  },
  {
    phase: "analysis",
    perspective: "municipality",
    aspect: "decides",
    items: [
      "De cijferanalyse kan de gemeente grotendeels zelf maken; zij kent de financiële kaders van de inkoop.",
      "Voor het beeld van de markt en wat daar mogelijk is, heeft u aanbieders en cliënten nodig. Vraag " +
        "bijvoorbeeld hoe een inwoner nu bij hulp komt en waar die route hapert.",
      "Werk in rondes: de gemeente legt een voorstel neer, aanbieders reageren, en de gemeente laat zien welke " +
        "reacties zij overneemt en waarom wel of niet.",
    ],
  },
  {
    phase: "analysis",
    perspective: "municipality",
    aspect: "whom",
    items: [
      "Kies tussen een gesprek voor iedereen die wil en een bewust samengestelde doorsnede van de markt: grote " +
        "en kleine aanbieders, vernieuwers, initiatieven van bewoners en sociaal ondernemers, ook uit niches.",
      "Stem uw vragen af op het soort aanbieder dat tegenover u zit; een massabijeenkomst levert zelden " +
        "bruikbare antwoorden op.",
      "Nodig ook aanbieders van buiten de regio uit. Zij kijken met een frisse blik naar uw vraagstuk.",
      "Vermeld in de uitnodiging wie u wilt spreken (zorgverleners, verkoop, staf of bestuur) en spreek bij " +
        "voorkeur meerdere niveaus.",
      "Controleer of u voorlopers, de grote middengroep én achterblijvers in beeld hebt.",
    ],
  },
  {
    phase: "analysis",
    perspective: "municipality",
    aspect: "organise",
    items: [
      "Aanbieders hebben weinig tijd: vraag alleen wat u echt nodig hebt en zorg dat elk gesprek inhoud heeft.",
      "Nodig aan beide kanten mensen uit die over het onderwerp kunnen meepraten en beslissen.",
      "Wees vooraf duidelijk over voorwaarden en tarieven, zodat aanbieders niet voor verrassingen komen te staan.",
      "Breng eerst uw eigen organisatie in kaart: hoe ver is de gemeente met haar ontwikkeldoelen en met " +
        "contractmanagement? Pas dan kunt u de markt de goede vraag stellen.",
    ],
  },
  {
    phase: "analysis",
    perspective: "provider",
    aspect: "topics",
    items: [
      "Welke prioriteiten tekenen zich af, en welke nieuwe richtingen verkent de gemeente?",
      "Wat kan uw organisatie aan die richting bijdragen, en waarmee helpt u gemeente en cliënten het meest?",
      "Hoe worden de strategische doelen uitgewerkt tot jaardoelen die specifiek en meetbaar zijn (SMART)?",
      "Hoe verhouden de doelen van uw organisatie zich tot die van de gemeente of regio?",
    ],
  },
  {
    phase: "analysis",
    perspective: "provider",
    aspect: "decides",
    items: [
      "De gemeente verzamelt nu de gegevens waarop zij haar inkoop straks baseert. Wat u nu niet inbrengt, telt " +
        "later moeilijk mee.",
      "Uw bijdrage heeft vooral effect als de gemeente een deel van het veld nog niet ziet, als er veel gaat " +
        "veranderen, of als uw organisatie of dienst nieuw is voor de gemeente.",
      "Reageer op voorstellen van de gemeente met voorbeelden uit de praktijk; dat maakt uw feedback bruikbaar.",
    ],
  },
  {
    phase: "analysis",
    perspective: "provider",
    aspect: "whom",
    items: [
      "Vaardig iemand af die het overzicht heeft en ook inhoudelijk sterk is. Kan één persoon dat niet, ga dan " +
        "met z'n tweeën.",
      "Zorg dat wat u in het gesprek hoort binnen uw organisatie bij de goede collega's terechtkomt.",
      "Bedenk per gesprek wie het best past: een directeur, een zorgprofessional of een stafmedewerker voert " +
        "steeds een ander gesprek.",
    ],
  },
  {
    phase: "analysis",
    perspective: "provider",
    aspect: "organise",
    items: [
      "Bepaal vooraf wat u met het gesprek wilt bereiken en concentreer u daarop.",
      "Laat discussies over bijzaken liggen; die kosten tijd en kunnen de dialoog schaden.",
      "Stem met de gemeente af welke deskundigen bij het gesprek nodig zijn, van uw kant en van de hare.",
    ],
  },
  // Fase 3 — keuzes maken
  {
    phase: "choices",
    perspective: "municipality",
    aspect: "topics",
    items: [
      "Contractvorm: kies de looptijd, de ingebouwde prikkels, hoeveel vrijheid de aanbieder krijgt in zijn " +
        "werkwijze, en welke resultaten u meet (KPI's).",
      "Bekostiging: bepaal hoe de aanbieder wordt betaald en welk gedrag die betaalwijze uitlokt.",
      "Toegang: beslis welk deel van de toegang tot zorg bij de aanbieder komt te liggen en hoe de gemeente zelf " +
        "blijft sturen.",
      "Leveranciersmanagement: met hoeveel aanbieders wilt u werken, en wat moeten zij in huis hebben?",
      "Zorg dat deze vier keuzes elkaar versterken en werk ze uit tot één inkoopscenario met een duidelijke " +
        "lijn, geen mengvorm. Teruggaan naar een eerdere fase blijft mogelijk.",
      "Het contract is een middel, geen doel: redeneer vanuit de langere termijn.",
    ],
  },
  {
    phase: "choices",
    perspective: "municipality",
    aspect: "decides",
    items: [
      "Over de contractvorm beslist de gemeente bij voorkeur zelf.",
      "Pas als keuzes concreet worden, ziet u hoe ze samenhangen en wat ze teweegbrengen. Hoe meer u alleen " +
        "beslist, hoe minder aanbieders het plan als het hunne zien.",
      "Toets bij aanbieders, cliëntenraden en de Wmo-raad of de keuzes uitvoerbaar zijn: zijn de gevraagde KPI's " +
        "bijvoorbeeld te leveren?",
      "Geef aanbieders zekerheid met langere contracten, maar plan vaste evaluaties in en verbind gevolgen aan " +
        "de KPI's, zodat u kunt bijsturen.",
      "Wees u ervan bewust dat de politieke agenda van een gemeente kan afwijken van de regionale visie.",
    ],
  },
  {
    phase: "choices",
    perspective: "municipality",
    aspect: "whom",
    items: [
      "Stel de consultatie open voor iedereen en benader daarnaast enkele partijen gericht, zodat u zeker genoeg " +
        "reacties krijgt.",
      "Geef specialistische onderwerpen, zoals de opbouw van de prijs of de administratieve afhandeling, een " +
        "eigen sessie met deskundigen.",
      "Gebruik bij veel partijen een digitale consultatie, en let erop dat niet alleen de grootste of " +
        "luidruchtigste aanbieders gehoord worden.",
      "Stuur de conclusies van de consultatie terug naar de deelnemers, zodat zij kunnen controleren of hun " +
        "inbreng goed is begrepen.",
      "Overweeg of aanbieders tijdens de looptijd nog kunnen toetreden, voor het geval er een behoefte blijkt " +
        "die eerder is gemist.",
    ],
  },
  {
    phase: "choices",
    perspective: "municipality",
    aspect: "organise",
    items: [
      "Leg bij een ingewikkelde procedure, zoals een concurrentiegerichte dialoog, in een protocol vast hoe " +
        "vragen, inlichtingen en gesprekken worden afgehandeld, en deel dat protocol met de aanbieders.",
      "Plan met marge: sommige vraagstukken vragen meer uitzoekwerk dan vooraf te voorzien is, en een te strak " +
        "schema wreekt zich.",
      "Toets het concept-contract steeds aan de doelen uit fase 1.",
      "Een publicatie op TenderNed alleen is te weinig; geef ook mondeling uitleg om verkeerde interpretaties te " +
        "voorkomen.",
      "Opdrachtgever en opdrachtnemer zijn sterk van elkaar afhankelijk. Gedraag u daarnaar, ook als u de " +
        "opdracht verstrekt.",
    ],
  },
  {
    phase: "choices",
    perspective: "provider",
    aspect: "topics",
    items: [
      "Wat betekenen de gekozen contractvorm, bekostiging, toegang en het beoogde aantal aanbieders concreet " +
        "voor uw organisatie?",
      "Geef aan of de gevraagde KPI's haalbaar zijn en of de regeling van de toegang botst met de manier van " +
        "bekostigen.",
      "Praat niet alleen over geld en financiële prikkels, maar ook over inhoud, kwaliteit en werkwijze.",
      "Deel ervaringen met andere aanbieders, zoals gemeenten dat onderling al doen; samen staat u sterker.",
    ],
  },
  {
    phase: "choices",
    perspective: "provider",
    aspect: "decides",
    items: [
      "Nu de keuzes concreet zijn, ziet u wat de inkoop voor uw organisatie betekent. Beoordeel of het haalbaar " +
        "is, of de risico's eerlijk verdeeld zijn en of het past bij markt en financiering.",
      "Ook als kleinere aanbieder in de gemeente is uw reactie waardevol; laat die dus horen.",
      "Gemeenten hebben niet altijd een kant-en-klaar antwoord. Trek op met andere aanbieders om samen " +
        "oplossingen aan te dragen.",
      "Besef dat u in een open markt werkt en dat dit uw bedrijfsvoering mede bepaalt.",
    ],
  },
  {
    phase: "choices",
    perspective: "provider",
    aspect: "whom",
    items: [
      "Steek uw energie in de punten waar u de grootste knelpunten verwacht. Technische opmerkingen kunnen prima " +
        "schriftelijk; principiële kwesties bespreekt u beter in een gesprek.",
      "Zoek zoveel mogelijk afspraken die voor de hele regio gelden, zodat u niet met een veelheid aan " +
        "werkwijzen te maken krijgt.",
      "Leg uw standpunt uit met cijfers én met de context die de cijfers verklaart.",
      "Spreek vooraf af wie namens u het gesprek voert met bestuurders, beleidsmakers en uitvoerders van de gemeente.",
    ],
  },
  {
    phase: "choices",
    perspective: "provider",
    aspect: "organise",
    items: [
      "Laat specialisten binnen uw organisatie technische vragen uitzoeken, maar houd naar de gemeente toe één " +
        "vast aanspreekpunt.",
      "Zorg dat uw organisatie naar buiten één standpunt uitdraagt.",
      "Schuift de gemeente aan bij een werkgroep of ontwikkeltafel van aanbieders, geef haar dan een luisterende " +
        "of voorzittende rol en niet die van opdrachtgever die alleen beslist.",
    ],
  },
  // Fase 4 — uitvoering
  {
    phase: "execution",
    perspective: "municipality",
    aspect: "topics",
    items: [
      "Deze fase omvat het contracteren zelf en daarna het volgen van de afspraken (leveranciersmanagement).",
      "Ga na of het gekozen proces werkbaar is, en of contractbepalingen anders kunnen worden opgeschreven zodat " +
        "aanbieders minder werk of risico hebben.",
      "Bespreek na de start regelmatig of de afspraken over volumes en kwaliteit worden gehaald, en stel " +
        "resultaten, gebieden of doelgroepen waar nodig bij.",
      "Houd de strategische doelen in beeld: dragen de contracten er nog aan bij, of is het tijd voor een nieuwe " +
        "inkoopcyclus?",
      "Benoem samen wat goed loopt, wat beter kan en welke risico's er zijn.",
    ],
  },
  {
    phase: "execution",
    perspective: "municipality",
    aspect: "decides",
    items: [
      "Vernieuwing ontstaat doordat gemeente en aanbieders samen zoeken naar wat hen bindt en welke doelen zij delen.",
      "Spreek af hoeveel tijd aanbieders krijgen om een nieuwe werkwijze in te voeren.",
      "Baseer het monitoringsgesprek op gegevens: de aanbieder toont zijn inzet en resultaten, de gemeente " +
        "beoordeelt de kwaliteit en waar haar geld naartoe gaat.",
      "Wissel gesprekken met afzonderlijke aanbieders af met gezamenlijke bijeenkomsten; zo leren partijen van elkaar.",
    ],
  },
  {
    phase: "execution",
    perspective: "municipality",
    aspect: "whom",
    items: [
      "Een reeks kleine bijeenkomsten is meestal vruchtbaarder dan één grote, omdat het gesprek dan dieper gaat.",
      "Kies wie u spreekt: de grootste aanbieders, aanbieders bij wie het stroef loopt, de voorlopers, of " +
        "partijen die belangrijk zijn voor beleidsprioriteiten. Bepaal ook op welk niveau in die organisaties.",
      "Overleg in regioverband bespaart aanbieders tijd; lokaal is er vaak meer ruimte voor experimenten en " +
        "eigen vraagstukken.",
      "Houd in het oog waar het snel mis kan gaan: bij bepaalde aanbieders of bij kwetsbare groepen cliënten.",
      "Vraagt u veel tijd van aanbieders, overweeg dan een vergoeding.",
    ],
  },
  {
    phase: "execution",
    perspective: "municipality",
    aspect: "organise",
    items: [
      "Stem de verantwoording die u vraagt af op de gesprekken die u voert, en plan vaste evaluatiemomenten.",
      "Stuur vooraf de agenda, het doel en de beoogde uitkomst rond, en laat weten wie er uitgenodigd zijn en " +
        "wie komen.",
      "Laat na afloop weten wat de gemeente met de opbrengst heeft gedaan.",
      "Zorg voor een sfeer waarin aanbieders eerlijk durven te zeggen wat niet goed gaat.",
    ],
  },
  {
    phase: "execution",
    perspective: "provider",
    aspect: "topics",
    items: [
      "Welke KPI's en evaluatiecriteria gelden er, en wat is nodig om eraan te voldoen?",
      "Hoe laat u zien dat u vordert op de gemaakte afspraken: met cijfers, met voorbeelden uit de praktijk, of " +
        "allebei?",
      "Kunnen contractbepalingen eenvoudiger worden opgeschreven, zodat u minder administratie of risico hebt?",
      "Hoe blijft u structureel in contact met de gemeente en bouwt u een relatie op?",
    ],
  },
  {
    phase: "execution",
    perspective: "provider",
    aspect: "decides",
    items: [
      "Monitoring is in het belang van beide partijen: u maakt zichtbaar wat u doet en bereikt.",
      "Meld vroeg wanneer problemen dreigen, bij kwetsbare cliëntgroepen, als gevolg van beleid of binnen uw " +
        "eigen organisatie. Dan is er nog tijd om bij te sturen.",
      "Goede inhoudelijke gesprekken in deze fase maken de volgende inkoopronde soepeler. U kunt hier al " +
        "voorsorteren op gemeenten waarmee u straks intensief wilt samenwerken.",
    ],
  },
  {
    phase: "execution",
    perspective: "provider",
    aspect: "whom",
    items: [
      "Gemeenten waarmee de dialoog in het contract is afgesproken, horen in elk geval op uw lijst.",
      "Voeg gemeenten toe waar u inhoudelijke prioriteiten ziet, waar de uitvoering hapert of waar samen iets te " +
        "ontwikkelen valt.",
      "Regionaal overleg betekent minder gesprekspartners; lokaal is er vaak meer ruimte voor maatwerk en proeven.",
    ],
  },
  {
    phase: "execution",
    perspective: "provider",
    aspect: "organise",
    items: [
      "Zorg dat wat u verantwoordt en wat u in gesprekken inbrengt hetzelfde verhaal vertelt.",
      "Zoek het contact met de gemeente juist ook op als bepaalde doelen buiten bereik blijken.",
      "Coördineer het relatiebeheer voor bestuur, beleid en uitvoering, zodat uw organisatie met één stem spreekt.",
    ],
  },
];
