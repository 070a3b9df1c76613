import { describe, expect, it } from "vitest";
import { isValidBsn, isValidIban } from "@/lib/redaction/checksums";

describe("isValidBsn (elfproef)", () => {
  it.each(["111222333", "123456782", "999999990"])("accepts %s", (bsn) => expect(isValidBsn(bsn)).toBe(true));
  it.each(["123456789", "000000000", "12345678", "1234567890", "12345678a"])("refuses %s", (bsn) => expect(isValidBsn(bsn)).toBe(false));
});

describe("isValidIban (mod 97)", () => {
  it.each(["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "GB82WEST12345698765432", "nl91abna0417164300"])("accepts %s", (iban) => expect(isValidIban(iban)).toBe(true));
  it.each(["NL91ABNA0417164301", "NL91ABNA041716430", "XX00", "NL91 ABNA 0417 1643 0"])("refuses %s", (iban) => expect(isValidIban(iban)).toBe(false));
});
