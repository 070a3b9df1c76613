import { formatDate, t } from "@/lib/i18n";

const percent = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });

/** The share of files failing, as Dutch text ("10,1%"); one decimal, so 10.05% never reads as exactly 10%. */
export function failingShare(filesDrawn: number, filesFailing: number): string {
  const share = (filesFailing * 100) / filesDrawn;
  // Round up, so a share just above 10% is never shown as 10%.
  return `${percent.format(Math.ceil(share * 10) / 10)}%`;
}

/** The shortfall a sample check above 10% states as the ground of step 1, with the officer's note. */
export function sampleShortfall(check: {
  checkedOn: string;
  filesDrawn: number;
  filesFailing: number;
  note: string | null;
}): string {
  const text = t("agreement.sampleShortfall", {
    date: formatDate(check.checkedOn),
    failing: String(check.filesFailing),
    drawn: String(check.filesDrawn),
    share: failingShare(check.filesDrawn, check.filesFailing),
  });
  return check.note ? `${text} ${check.note}` : text;
}
