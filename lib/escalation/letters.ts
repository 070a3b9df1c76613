import { formatDate } from "@/lib/i18n";
import type { Step3Ground } from "./ladder";

type Base = {
  providerName: string;
  contractReference: string;
  contractTitle: string;
  shortfall: string;
  today: string;
};

export type LetterTemplate =
  | (Base & { kind: "step1"; talkOn: string; agreements: string; planDueOn: string; planTermReason: string | null })
  | (Base & { kind: "step3"; ground: Step3Ground; explanation: string })
  | (Base & { kind: "resolved" });

const GROUND_TEXT: Record<Step3Ground, string> = {
  cannot_improve_in_time:
    "tijdens het escalatiegesprek is gebleken dat de verbeteringen niet binnen de afgesproken termijn kunnen " +
    "worden gerealiseerd",
  permanently_impossible:
    "tijdens het escalatiegesprek is gebleken dat de tekortkoming blijvend onmogelijk is en dat u redelijkerwijs " +
    "niet in staat bent te verbeteren",
  plan_insufficient: "het door u opgeleverde verbeterplan is beoordeeld als onvoldoende",
  plan_not_delivered: "het verbeterplan is niet binnen de gestelde termijn opgeleverd",
  not_realised: "de afgesproken verbeteringen zijn niet conform de afspraak gerealiseerd of niet gerapporteerd",
};

/**
 * The text of a ladder letter, following source 002: step 1 records the shortfall, the agreed
 * improvements and the date for the improvement plan; step 3 states the attributable shortcoming.
 */
export function letterText(letter: LetterTemplate): { subject: string; paragraphs: string[] } {
  const intro = `Dit schrijven betreft de overeenkomst ${letter.contractReference} (${letter.contractTitle}).`;
  switch (letter.kind) {
    case "step1":
      return {
        subject: "Escalatieladder stap 1: geconstateerde tekortkoming en verbeterplan",
        paragraphs: [
          "Geachte heer, mevrouw,",
          intro,
          `De gemeenten hebben geconstateerd dat u niet voldoet aan de verplichtingen uit de overeenkomst en/of ` +
            `de (prestatie)afspraken: ${letter.shortfall}`,
          `Op ${formatDate(letter.talkOn)} hebben wij hierover een escalatiegesprek gevoerd. Daarin zijn de ` +
            `volgende verbeteringen en afspraken gemaakt: ${letter.agreements}`,
          `Wij verzoeken u uiterlijk op ${formatDate(letter.planDueOn)} een verbeterplan op te leveren, ` +
            `inclusief beheersmaatregelen en/of verbeteracties die aansluiten bij de aard en ernst van de ` +
            `tekortkoming (stap 2).` +
            (letter.planTermReason
              ? ` De termijn wijkt af van de gebruikelijke twee weken: ${letter.planTermReason}`
              : ""),
          "Wordt het verbeterplan niet tijdig opgeleverd of beoordeeld als onvoldoende, wordt het onvoldoende " +
            "geïmplementeerd of levert het onvoldoende resultaat op, dan volgt stap 3 van de escalatieladder.",
        ],
      };
    case "step3":
      return {
        subject: "Escalatieladder stap 3: toerekenbare tekortkoming",
        paragraphs: [
          "Geachte heer, mevrouw,",
          intro,
          `Wij stellen vast dat ${GROUND_TEXT[letter.ground]}. ${letter.explanation}`,
          `De oorspronkelijke tekortkoming betrof: ${letter.shortfall}`,
          "Er is daarmee sprake van een toerekenbare tekortkoming in de uitvoering van de overeenkomst; u bent " +
            "in verzuim. De artikelen 3.19.1 tot en met 3.19.5 van de overeenkomst zijn van toepassing, " +
            "onverminderd het recht van de gemeenten passende maatregelen te nemen conform de wet en/of de " +
            "Algemene inkoopvoorwaarden.",
        ],
      };
    case "resolved":
      return {
        subject: "Escalatieladder afgesloten: verbeteringen gerealiseerd",
        paragraphs: [
          "Geachte heer, mevrouw,",
          intro,
          `De verbeteringen uit uw verbeterplan naar aanleiding van de tekortkoming (${letter.shortfall}) zijn ` +
            `gerealiseerd. De escalatie is hiermee beëindigd; eventuele maatregelen zoals een cliëntenstop zijn ` +
            `opgeheven.`,
        ],
      };
  }
}
