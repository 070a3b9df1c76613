/**
 * The questions of the demo's nota van inlichtingen and their answers. No text names a provider or a person:
 * what is published never says who asked.
 */

/** The cost price a provider quotes; the policy officer redacts it as competition-sensitive (5.1.2f). */
export const COST_PRICE = "€ 64,80";

export const COST_QUESTION =
  `Onze kostprijs voor begeleiding individueel is ${COST_PRICE} per uur. Gaat de regio bij het nieuwe tarief ` +
  "uit van de kostprijs van de aanbieders?";

export const SAME_COST_QUESTION = "Op basis van welke kostprijs stelt de regio het tarief voor begeleiding vast?";

export const COST_ANSWER =
  "De regio laat dit voorjaar een onafhankelijk kostprijsonderzoek doen onder alle gecontracteerde aanbieders. " +
  "Het tarief volgt uit dat onderzoek, niet uit de kostprijs van één aanbieder; de uitkomst staat in een " +
  "volgende ronde van deze nota.";

export const WALK_IN_QUESTION =
  "Telt een inloopspreekuur in het wijkcentrum mee als collectieve voorziening, ook als inwoners er zonder " +
  "beschikking binnenlopen?";

export const WALK_IN_ANSWER =
  "Ja. Een inloop die zonder beschikking toegankelijk is, valt onder de collectieve voorzieningen van deze " +
  "consultatie. Beschrijf in uw reactie hoe u bijhoudt hoeveel inwoners er komen.";

/** Still unanswered: the officers' list shows it as waiting, and the reminder job picks it up. */
export const WAITING_QUESTION =
  "Kunnen buurtkamers die door vrijwilligers worden gedraaid ook onder de collectieve voorziening vallen?";

export const TRAJECTORY_QUESTION =
  "Neemt de regio in de analyse ook mee hoe lang jeugdigen per gemeente wachten tussen toewijzing en start " +
  "van de hulp?";

export const TRAJECTORY_ANSWER =
  "Ja. De analyse vergelijkt de wachttijden tussen toewijzing en start per gemeente over de afgelopen twee " +
  "jaar. De uitkomsten bespreken wij in de fase Keuzes met alle aanbieders die aan dit traject deelnemen.";
