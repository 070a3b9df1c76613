import encodeQR from "@paulmillr/qr";

/** The enrolment QR code as SVG, drawn on the server: the secret never passes through page scripts. */
export const qrSvg = (text: string): string => encodeQR(text, "svg", { ecc: "medium", border: 2 });
